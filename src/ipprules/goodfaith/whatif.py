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
from typing import IO, Any, cast

import attrs

from ipprules._args import (
    bytes_hint,
    is_stream,
    keywords_checked,
    refuse_frame,
    refuse_two_threads,
    refuse_used_stream,
    require_optional_str,
    require_strs,
    rulebook_alias,
)
from ipprules.errors import CoverageError, InputError
from ipprules.goodfaith.engine import RuleSource
from ipprules.goodfaith.history import FRAME_RECORDS, History
from ipprules.goodfaith.model import AccountEvent, Complaint, OutcomeRow, Standing, WhatIf
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

Batch = Iterable[Complaint | OutcomeRow | AccountEvent] | WhatIfPlan | str | Path | IO[Any]


@rulebook_alias("book")
@keywords_checked(options=("batch", WhatIfPlan, "from ipprules.goodfaith.plan import WhatIfPlan"))
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
    a ``.csv``/``.jsonl`` history file serves as well), a stream (``io.StringIO(text)``:
    a history's CSV or JSON Lines when its first line is a history's CSV header naming
    ``type`` or a JSON object with a ``type``, as on stdin; a plan's TOML or JSON
    otherwise), a parsed
    :class:`~ipprules.goodfaith.plan.WhatIfPlan`, or records (:class:`Complaint`, rows,
    events) with the outcomes you expect (see
    :func:`~ipprules.goodfaith.plan.planned_batch` to assume them from a rate).
    ``account`` reads a batch file with an ``account`` column as
    :meth:`History.from_file` reads a history: that account's rows (a batch naming only
    other accounts is an InputError); records are kept by their ``account`` the same way.
    Raises :class:`~ipprules.errors.CoverageError` on a date before the Good Faith Program
    existed (there is no standing to plan against).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> ipprules.what_if(history, "examples/what-if.toml", "2022-12-31")
    WhatIf(as_of=2022-12-31, added=2, qualifies True -> True)
    >>> import io
    >>> batch = io.StringIO("type,date,platform,reason_code,listings,taken_down\\n"
    ...     "complaint,2022-12-01,taobao,tm_counterfeit,5,5\\n")
    >>> ipprules.what_if(history, batch, "2022-12-31")
    WhatIf(as_of=2022-12-31, added=1, qualifies True -> True)
    """
    day = as_of_date(as_of)
    history = check_history(history)
    if platforms is not None:  # as standing() does: a str is not read letter by letter
        platforms = require_strs(platforms, "platforms", function="what_if")
    resolver = resolve(rulebook, interpretation, trial, metrics, function="what_if")
    resolver.refuse_platforms(platforms, day)
    before = standing_with(history, day, resolver, platforms)
    if before.version is None:
        since = programme_start(resolver)
        raise CoverageError(
            f"no what-if on {day}: the Good Faith Program did not apply to this account{since}"
        )
    account = require_optional_str(account, "account")
    refuse_frame(batch, "batch", "records", FRAME_RECORDS)
    if isinstance(batch, str | Path) or is_stream(batch):  # a plan's text, or a history's
        batch = read_plan(cast("str | Path | IO[Any]", batch), account=account)
    if isinstance(batch, WhatIfPlan):
        current = before.criterion("takedown_rate").value
        items: list[Complaint | OutcomeRow | AccountEvent] = list(batch.rows(day, current))
    elif isinstance(batch, bytes | bytearray | Mapping):  # not read item by item
        raise TypeError(f"batch: expected {_BATCH}, got {type(batch).__name__}{bytes_hint(batch)}")
    elif isinstance(batch, Iterable):
        refuse_used_stream(batch, "batch")
        items = _for_account(_records_read(history, batch), account)
    else:
        raise TypeError(f"batch: expected {_BATCH}, got {type(batch).__name__}{_plan_hint(batch)}")
    before = with_other_readings(history, day, resolver, platforms, before)
    after = with_other_readings(history.with_records(items), day, resolver, platforms)
    added = sum(1 for i in items if not isinstance(i, AccountEvent))
    outside = _outside_window(items, after.window_from, day)
    notes = [_no_current_rate(batch, before)] if isinstance(batch, WhatIfPlan) else []
    if outside:
        notes.append(
            f"{outside} planned complaint(s) dated outside the window "
            f"({after.window_from} to {day}) are not counted in it"
        )
    if any(notes):
        after = attrs.evolve(after, notes=(*after.notes, *filter(None, notes)))
    return WhatIf(before=before, after=after, added=added)


def _no_current_rate(plan: WhatIfPlan, before: Standing) -> str:
    """A note where ``assume = "current"`` found no current takedown rate (nothing decided in
    the window) and so assumed every listing of the complaints without outcomes taken down,
    which no rate says (B18: bulk filing is risky for new filers); else ``""``."""
    if plan.assume != "current" or before.criterion("takedown_rate").value is not None:
        return ""
    assumed = sum(
        1
        for c in plan.complaints
        if all(v is None for v in (c.taken_down, c.rejected, c.withdrawn, c.pending))
    )
    if not assumed:
        return ""
    return (
        f'assume = "current" found no current takedown rate (no decided listing in the '
        f"window): the {assumed} planned complaint(s) without outcomes were assumed to have "
        f'every listing taken down, as assume = "success"; give their outcomes or a rate '
        f'(assume = "0.9") to plan for failures (B18: bulk filing is risky for new filers)'
    )


#: What ``batch`` may be, as a TypeError says it.
_BATCH = "a what-if plan (WhatIfPlan), a what-if plan file (a str, a Path or a stream) or records"


def _plan_hint(batch: object) -> str:
    """Why a complaint plan (:func:`ipprules.read_plan`, an engine this one does not import)
    is not a batch: it holds the complaints to file, not the outcomes expected of them."""
    if type(batch).__module__.startswith("ipprules.checks"):
        return (
            " (a complaint plan, for check, coverage and plan_listings; a what-if plan lists "
            "the complaints to add with the outcomes expected: see ipprules.goodfaith.plan)"
        )
    return ""


def _records_read(history: History, batch: Iterable[Any]) -> list[Any]:
    """The records of a batch given as an iterable, each checked as it is read: the first
    that is no record (a Complaint, an outcome row or an AccountEvent) is refused at once, at
    its index, as the whole batch would be (an endless generator of junk stops there); a
    generator read by two threads at once is :func:`~ipprules._args.refuse_two_threads`'s error."""
    items: list[Any] = []
    try:
        for item in batch:
            items.append(item)
            if not isinstance(item, Complaint | AccountEvent | tuple):
                history.with_records(items)  # raises the batch's own error, at $[index]
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "what_if(): batch")
        raise
    return items


def _for_account(items: list[Any], account: str | None) -> list[Any]:
    """The records of a batch given as records that are ``account``'s, as a batch file's
    lines are read (:func:`~ipprules.goodfaith.history.batch_rows`): records that name no
    account (rows, or records with ``account=""``) are all the account's when none names
    one; where some do, each must (whose would it be?), those of ``account`` are kept, and a
    batch naming only other accounts is refused. Without ``account`` a batch naming several
    accounts is refused."""
    names = [getattr(item, "account", "") for item in items]
    named = sorted({n for n in names if isinstance(n, str) and n})
    if not named:
        return items
    if account is None:
        if len(named) > 1:
            raise InputError(
                f"the what-if batch names several accounts ({_few(named)}): choose one with "
                "account= (--account NAME)",
                path="$.account",
            )
        return items
    for i, name in enumerate(names):
        if not (isinstance(name, str) and name):
            raise InputError(
                f"a record without an account, in a what-if batch read for account {account!r}"
                " whose other records name accounts",
                path=f"$[{i}].account",
            )
    if account not in named:
        raise InputError(
            f"no record of the what-if batch is for account {account!r} (it holds "
            f"{_few(named)}; names are compared exactly)",
            path="$.account",
        )
    return [item for item, name in zip(items, names, strict=True) if name == account]


def _few(names: Sequence[str]) -> str:
    return ", ".join(repr(n) for n in names[:3]) + (", ..." if len(names) > 3 else "")


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
