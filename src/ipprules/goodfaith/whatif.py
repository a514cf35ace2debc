"""What-if: the standing before and after a planned batch of complaints.

>>> import datetime as dt
>>> from ipprules.goodfaith import Complaint, History, what_if
>>> history = History.from_records([Complaint(filed=dt.date(2023, 3, 1), platform="taobao",
...     reason_code="tm_counterfeit", listings=300, taken_down=280, rejected=20)])
>>> what_if(history, "examples/what-if.toml", "2023-03-31")
WhatIf(as_of=2023-03-31, added=2, qualifies False -> False)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ipprules._args import require_optional_str, require_strs, rulebook_alias
from ipprules.errors import CoverageError
from ipprules.goodfaith.engine import RuleSource
from ipprules.goodfaith.history import History
from ipprules.goodfaith.model import AccountEvent, Complaint, OutcomeRow, WhatIf
from ipprules.goodfaith.plan import WhatIfPlan, read_plan
from ipprules.goodfaith.standing import (
    as_of_date,
    check_history,
    programme_start,
    resolve,
    standing_with,
    with_other_readings,
)

__all__ = ["what_if"]

Batch = Iterable[Complaint | OutcomeRow | AccountEvent] | WhatIfPlan | str | Path


@rulebook_alias("book")
def what_if(
    history: History,
    batch: Batch,
    as_of: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool | Iterable[int] = False,
    metrics: Sequence[str] = (),
    platforms: Sequence[str] | None = None,
    rulebook: RuleSource | None = None,
    account: str | None = None,
) -> WhatIf:
    """The standing on ``as_of`` before and after adding a planned batch of complaints.

    ``batch`` is a plan file (``.toml``/``.json``: see :mod:`ipprules.goodfaith.plan`;
    a ``.csv``/``.jsonl`` history file serves as well), a parsed
    :class:`~ipprules.goodfaith.plan.WhatIfPlan`, or records (:class:`Complaint`, rows,
    events) with the outcomes you expect (see
    :func:`~ipprules.goodfaith.plan.planned_outcomes` to assume them from a rate).
    ``account`` reads a batch file with an ``account`` column as
    :meth:`History.from_file` reads a history: that account's rows (a batch naming only
    other accounts is an InputError). Raises :class:`~ipprules.errors.CoverageError` on a
    date before the Good Faith Program existed (there is no standing to plan against).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> ipprules.what_if(history, "examples/what-if.toml", "2022-12-31")
    WhatIf(as_of=2022-12-31, added=2, qualifies True -> True)
    """
    day = as_of_date(as_of)
    history = check_history(history)
    if platforms is not None:  # as standing() does: a str is not read letter by letter
        platforms = require_strs(platforms, "platforms")
    resolver = resolve(rulebook, interpretation, trial, metrics)
    before = standing_with(history, day, resolver, platforms)
    if before.version is None:
        since = programme_start(resolver)
        raise CoverageError(
            f"no what-if on {day}: the Good Faith Program did not apply to this account{since}"
        )
    account = require_optional_str(account, "account")
    if isinstance(batch, str | Path):
        batch = read_plan(batch, account=account)
    if isinstance(batch, WhatIfPlan):
        current = before.criterion("takedown_rate").value
        items: list[Complaint | OutcomeRow | AccountEvent] = list(batch.rows(day, current))
    elif isinstance(batch, bytes | bytearray | Mapping):  # not read item by item
        raise TypeError(
            f"batch: expected a plan, a plan file (a str or Path) or records, got {type(batch)}"
        )
    elif isinstance(batch, Iterable):
        items = list(batch)
    else:
        raise TypeError(f"batch: expected a plan, a plan file or records, got {type(batch)}")
    before = with_other_readings(history, day, resolver, platforms, before)
    after = with_other_readings(history.with_records(items), day, resolver, platforms)
    added = sum(1 for i in items if not isinstance(i, AccountEvent))
    outside = _outside_window(items, after.window_from, day)
    if outside:
        note = (
            f"{outside} planned complaint(s) dated outside the window "
            f"({after.window_from} to {day}) are not counted in it"
        )
        after = attrs.evolve(after, notes=(*after.notes, note))
    return WhatIf(before=before, after=after, added=added)


def _outside_window(items: list[Any], first: dt.date | None, last: dt.date) -> int:
    """How many complaints of ``items`` fall outside the window ``first``..``last``."""
    if first is None:
        return 0
    lo, hi = first.toordinal(), last.toordinal()
    n = 0
    for item in items:
        if isinstance(item, AccountEvent):
            continue
        day = item.as_row()[0] if hasattr(item, "as_row") else item[0]
        if isinstance(day, int) and not lo <= day <= hi:
            n += 1
    return n
