"""What-if plans: planned complaints with given or assumed outcomes, read from JSON or TOML.

A plan file::

    assume = "current"          # or "success", or an exact rate such as "0.95"

    [[complaints]]
    reason_code = "tm_counterfeit"
    platform = "taobao"         # default "taobao"
    listings = 300
    filed = 2023-06-01          # default: the as-of date

    [[complaints]]
    reason_code = "tm_logo"
    listings = 50
    taken_down = 45             # given outcomes (the four must add up to listings)
    rejected = 5

Complaints without outcomes get them from ``assume``: ``success`` (every listing
taken down), ``current`` (the account's current takedown rate per listing; every
listing taken down when there is no rate), or a rate. A rate holds over the batch
(:func:`planned_batch`): the complaints without outcomes get, together, the successes the
rate gives their listings rounded down once, shared out by largest remainder. A history
file (CSV or JSON Lines) can serve as a plan too.

>>> import datetime as dt
>>> from fractions import Fraction
>>> plan = WhatIfPlan(assume="0.9", complaints=(PlannedComplaint(reason_code="x", listings=7),))
>>> plan.rows(dt.date(2023, 6, 1), current=None)
[(738672, 'taobao', 'x', 6, 1, 0, 0, 0)]
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import IO, Any, cast

import attrs

from ipprules._args import is_stream
from ipprules._files import Document, read_document, structure_document
from ipprules._typed import check_types
from ipprules.errors import InputError, plain, shown_value
from ipprules.goodfaith.history import batch_rows
from ipprules.goodfaith.model import MAX_LISTINGS, AccountEvent, OutcomeRow

__all__ = ["PlannedComplaint", "WhatIfPlan", "planned_batch", "planned_outcomes", "read_plan"]


def planned_outcomes(listings: int, success_rate: Fraction | None) -> tuple[int, int]:
    """``(taken_down, rejected)`` assumed for a planned complaint: successes rounded down.

    ``None`` assumes every listing is taken down.

    >>> planned_outcomes(300, Fraction(19, 20))
    (285, 15)
    >>> planned_outcomes(7, Fraction(9, 10))
    (6, 1)
    """
    from ipprules._args import require_instance, require_int

    require_int(listings, "listings", low=0)
    if success_rate is None:
        return listings, 0
    require_instance(success_rate, (Fraction, int), "success_rate")
    if not 0 <= success_rate <= 1:
        raise InputError(f"success_rate must lie between 0 and 1, got {shown_value(success_rate)}")
    taken = int(success_rate * listings)
    return taken, listings - taken


def planned_batch(listings: Sequence[int], success_rate: Fraction | None) -> list[tuple[int, int]]:
    """``(taken_down, rejected)`` assumed for each complaint of a planned batch, so that the
    batch's successes are the rate's share of its listings, rounded down once (never above
    the rate): each complaint gets its own share rounded down, and the successes left over go
    one each to the complaints with the largest remainders (the earlier among equal ones).
    One complaint gets :func:`planned_outcomes`. ``None`` assumes every listing is taken down.

    >>> planned_batch([1] * 4, Fraction(3, 4))  # per complaint, each would round down to 0
    [(1, 0), (1, 0), (1, 0), (0, 1)]
    >>> planned_batch([300, 7], Fraction(9, 10))
    [(270, 30), (6, 1)]
    """
    from ipprules._args import refuse_two_threads, require_instance, require_int

    try:
        sizes = [require_int(n, "listings", low=0) for n in listings]
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "planned_batch(): listings")
        raise
    if success_rate is None:
        return [(n, 0) for n in sizes]
    require_instance(success_rate, (Fraction, int), "success_rate")
    if not 0 <= success_rate <= 1:
        raise InputError(f"success_rate must lie between 0 and 1, got {shown_value(success_rate)}")
    shares = [success_rate * n for n in sizes]
    taken = [int(share) for share in shares]
    left = int(success_rate * sum(sizes)) - sum(taken)
    by_remainder = sorted(range(len(sizes)), key=lambda i: (taken[i] - shares[i], i))
    for i in by_remainder[:left]:
        taken[i] += 1
    return [(t, n - t) for t, n in zip(taken, sizes, strict=True)]


@attrs.frozen(kw_only=True)
class PlannedComplaint:
    """A complaint to be filed, with its outcomes if you want to fix them."""

    reason_code: str
    listings: int
    platform: str = "taobao"
    filed: dt.date | None = None
    taken_down: int | None = None
    rejected: int | None = None
    withdrawn: int | None = None
    pending: int | None = None
    reinstated: int | None = None

    def __attrs_post_init__(self) -> None:
        # a NaN, a float or a bool is no count (taken_down=True was read as 1): a TypeError
        # naming the field; the ranges are checked where the plan is used (what_if)
        check_types(self)


@attrs.frozen(kw_only=True)
class WhatIfPlan:
    """Planned complaints and how to assume the outcomes not given."""

    complaints: tuple[PlannedComplaint, ...] = ()
    assume: str = "current"

    def rows(self, as_of: dt.date, current: Fraction | None) -> list[OutcomeRow]:
        """The planned complaints as engine rows; ``current`` is the current takedown rate."""
        if self.assume == "success":
            rate: Fraction | None = None
        elif self.assume == "current":
            rate = current
        else:
            try:
                rate = Fraction(self.assume)
            except (ValueError, ZeroDivisionError):
                raise InputError(
                    f'assume must be "success", "current" or a rate, got {self.assume!r}',
                    path="$.assume",
                ) from None
            if not 0 <= rate <= 1:
                raise InputError("assume: a rate lies between 0 and 1", path="$.assume")
        assumed_for = [
            i
            for i, c in enumerate(self.complaints)
            if all(v is None for v in (c.taken_down, c.rejected, c.withdrawn, c.pending))
            and 1 <= c.listings <= MAX_LISTINGS
        ]
        shares = planned_batch([self.complaints[i].listings for i in assumed_for], rate)
        share_of = dict(zip(assumed_for, shares, strict=True))
        out: list[OutcomeRow] = []
        for i, c in enumerate(self.complaints):
            where = f"$.complaints[{i}]"
            for field in ("platform", "reason_code"):
                if not getattr(c, field).strip():
                    raise InputError(f"{field} must not be empty", path=f"{where}.{field}")
            if not 1 <= c.listings <= MAX_LISTINGS:
                raise InputError(
                    f"listings must lie between 1 and {MAX_LISTINGS:,}", path=f"{where}.listings"
                )
            given = (c.taken_down, c.rejected, c.withdrawn, c.pending)
            assumed = all(v is None for v in given)
            if assumed:
                td, rj = share_of[i]
                wd = pd = 0
            else:
                td, rj, wd, pd = (v or 0 for v in given)
                if min(td, rj, wd, pd) < 0 or td + rj + wd + pd != c.listings:
                    raise InputError(
                        "taken_down + rejected + withdrawn + pending must equal listings",
                        path=where,
                    )
            ri = c.reinstated or 0
            if not 0 <= ri <= td:
                raise InputError(
                    f"reinstated ({ri}) must lie between 0 and taken_down ({td})"
                    + (self._assumed(c.listings, rate) if assumed else ""),
                    path=f"{where}.reinstated",
                )
            day = (c.filed or as_of).toordinal()
            out.append((day, c.platform, c.reason_code, td, rj, wd, pd, ri))
        return out

    def _assumed(self, listings: int, rate: Fraction | None) -> str:
        """How ``taken_down`` was assumed, for an error about a value that depends on it."""
        over = "over the batch, rounded down, shared out by largest remainder"
        if rate is None:
            how = "every listing taken down"
        elif self.assume == "current":
            how = f"the current takedown rate, {float(rate):.1%}, {over}"
        else:
            how = f"the rate {over}"
        return (
            f': taken_down was assumed from assume = "{self.assume}" for {listings} '
            f"listing(s) ({how}); give the complaint's outcomes, or fewer reinstated"
        )


def read_plan(
    path: str | Path | IO[Any], *, account: str | None = None
) -> WhatIfPlan | list[OutcomeRow | AccountEvent]:
    """A plan file (``.json``/``.toml``), or a history file (``.csv``/``.jsonl``, compressed
    too: ``.csv.gz``, ``.jsonl.xz``... as a history is read) as given rows. A stream
    (``io.StringIO(text)``) is a history when its first line is a history's CSV header
    (naming ``type``) or a JSON object with a ``type``, as on stdin; a plan, TOML or JSON
    by its text, otherwise.

    >>> import io
    >>> read_plan(io.StringIO("type,date,platform,reason_code,listings,taken_down\\n"
    ...     "complaint,2023-01-02,taobao,tm_counterfeit,5,5\\n"))  # (day, platform, code, counts)
    [(738522, 'taobao', 'tm_counterfeit', 5, 0, 0, 0, 0)]

    A plan is checked as it is read: an error names the file, the line and the JSON path.
    ``account`` reads a history file's rows of that account, as the history is read
    (:func:`~ipprules.goodfaith.history.batch_rows`).
    """
    path = plain(path) if isinstance(path, str) else path  # a str subclass's __str__ not called
    if path == "-":
        return _read_stdin(account)
    if is_stream(path):  # a stream (io.StringIO(text), any object with read): told by its text
        return _read_stream(cast("IO[Any]", path), account)
    named = cast("str | Path", path)
    if _history_name(named):
        return batch_rows(named, account)
    return _checked(read_document(named))


def _history_name(path: str | Path) -> bool:
    """Whether ``path`` names a history file (``.csv``, ``.jsonl``, compressed too)."""
    from ipprules._files import compression_of

    name = Path(path)
    if compression_of(name.name):  # h.csv.gz is a history, read decompressed as HISTORY is
        name = name.with_suffix("")
    return name.suffix.lower() in (".csv", ".jsonl", ".ndjson")


def _read_stream(
    stream: IO[Any], account: str | None
) -> WhatIfPlan | list[OutcomeRow | AccountEvent]:
    """A what-if plan or a history held in a stream (text or bytes), read once: a history
    by the suffix of its name (an open ``.csv`` file) or, without one, by its first line as
    stdin is (:func:`history_format`); a plan, TOML or JSON, otherwise."""
    from ipprules._files import document_from_text, read_text, source_name

    label = source_name(stream)
    text = read_text(cast("IO[bytes]", stream))  # text streams read too
    if not text.strip("\ufeff \t\r\n"):  # no plan nor history: not "not valid JSON"
        raise InputError(
            "the stream holds no plan nor history (it is empty or blank; a stream an earlier"
            " call read to its end reads as empty: seek(0) or open it again)",
            file=label,
        )
    fmt = history_format(text)
    if _history_name(label):
        fmt = "jsonl" if Path(label).suffix.lower() in (".jsonl", ".ndjson") else "csv"
    if fmt is None:
        return _checked(document_from_text(text, label))
    return batch_rows(io.BytesIO(text.encode("utf-8")), account, name=label, format=fmt)


def _read_stdin(account: str | None) -> WhatIfPlan | list[OutcomeRow | AccountEvent]:
    """A what-if plan or history on stdin (:func:`read_stdin_batch`)."""
    return read_stdin_batch(account)[0]


def history_format(text: str) -> str | None:
    """``"jsonl"`` or ``"csv"`` when ``text`` (stdin's, or a stream's: neither has a suffix)
    is a history, else None (a plan, JSON or TOML): a history's first line is a JSON object
    with a ``type`` (JSON Lines) or a CSV header naming ``type``.

    >>> history_format("type,date,platform\\n"), history_format('assume = "success"')
    ('csv', None)
    """
    import json

    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            head = json.loads(first)
        except (ValueError, RecursionError):  # not one object per line: a JSON document
            head = None  # (or one nested too deeply, which its reader refuses, naming it)
        return "jsonl" if isinstance(head, dict) and "type" in head else None
    if "=" not in first and "type" in [c.strip().strip('"').lower() for c in first.split(",")]:
        return "csv"  # a CSV header naming the type column (quoted or not)
    return None


def read_stdin_batch(
    account: str | None,
) -> tuple[WhatIfPlan | list[OutcomeRow | AccountEvent], list[tuple[int, str]]]:
    """A what-if plan or history on stdin, which has no suffix, and the ``(line, id)`` of its
    complaints with an id (a history's; a plan has none), as :func:`~ipprules.goodfaith.
    history.id_lines` gives a batch file's: stdin is read once. It is a history when its
    first line is a JSON object with a ``type`` (JSON Lines) or a CSV header naming
    ``type``; a plan (JSON or TOML) otherwise."""
    import io

    from ipprules._files import parse_document, read_text, stdin_format
    from ipprules.goodfaith.history import stream_id_lines

    text = read_text("-")
    fmt = history_format(text)
    if fmt is not None:
        data = text.encode("utf-8")
        rows = batch_rows(io.BytesIO(data), account, name="<stdin>", format=fmt)
        return rows, list(stream_id_lines(io.BytesIO(data), "<stdin>", fmt))
    return _checked(parse_document(text, "<stdin>", stdin_format(text))), []


def _checked(doc: Document) -> WhatIfPlan:
    """The plan of a document, checked: an error names the file, the line and the path. A rate
    written as a number (``assume = 0.95``) is refused saying to write it in quotes, as the
    docs do (a rate is exact: ``"0.95"``, ``"19/20"``).

    >>> import io
    >>> read_plan(io.StringIO("assume = 0.95"))
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: <stream>:1:1: $.assume: expected a string, got float: write \
the rate in quotes, "0.95" (or "success", "current")
    """
    value = doc.data.get("assume") if isinstance(doc.data, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        where = doc.locate("$.assume")
        raise InputError(
            f"expected a string, got {type(value).__name__}: write the rate in quotes, "
            f'"{value}" (or "success", "current")',
            path="$.assume",
            file=doc.name,
            line=where[0] if where else None,
            column=where[1] if where else None,
        )
    plan = structure_document(doc, WhatIfPlan)
    try:
        plan.rows(dt.date(2000, 1, 1), Fraction(1))
    except InputError as exc:
        where = doc.locate(exc.path)
        raise InputError(
            exc.problems[0].message,
            path=exc.path,
            file=doc.name,
            line=where[0] if where else None,
            column=where[1] if where else None,
        ) from None
    return plan
