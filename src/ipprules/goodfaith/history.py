"""A filer's complaint history: records and streaming readers (CSV and JSON Lines).

A history holds one :class:`Complaint` per complaint and one :class:`AccountEvent`
per event on the account (an abusive-complaint finding, a voluntary withdrawal,
a removal, the signed declaration, an admission). Readers are generators: they
never hold the whole file, and every error names the file, line and column.

CSV columns (a header line is required; columns may come in any order; unknown
columns are an error; empty cells of the count columns mean 0):

========================  =====================================================
``type``                  ``complaint`` or an event: ``abuse``, ``withdrawal``,
                          ``removal``, ``declaration``, ``admission``
``date``                  the filing date (complaint) or event date, YYYY-MM-DD
``id``                    optional complaint id
``platform``              complaint: platform id (``taobao``, ``tmall``...)
``reason_code``           complaint: the reason code chosen
``listings``              complaint: number of listings (>= 1)
``taken_down``            listings removed (including any later reinstated)
``rejected``              listings the platform refused to remove
``withdrawn``             listings the filer withdrew
``pending``               listings not decided yet
``reinstated``            taken-down listings reinstated because the seller's
                          counter-notice was upheld (by the filer or Alibaba)
``counter_rejected``      counter-notices rejected (informational)
``note``                  free text, ignored
========================  =====================================================

``taken_down + rejected + withdrawn + pending`` must equal ``listings`` and
``reinstated + counter_rejected`` may not exceed ``taken_down``. Event rows leave
the complaint columns empty. JSON Lines use the same keys, one object per line
(counts as integers), and may give ``items`` instead of the counts: one object
per listing, ``{"outcome": "taken_down", "counter_notice": "upheld"}``.

>>> import io
>>> text = '''type,date,platform,reason_code,listings,taken_down,rejected,reinstated
... complaint,2023-01-05,taobao,TM-COUNTERFEIT,10,9,1,0
... declaration,2023-01-02,,,,,,
... '''
>>> complaint, event = iter_history(io.StringIO(text), name="h.csv")
>>> complaint.filed, complaint.reason_code, complaint.taken_down, complaint.rejected
(datetime.date(2023, 1, 5), 'TM-COUNTERFEIT', 9, 1)
>>> event
AccountEvent(date=datetime.date(2023, 1, 2), kind=<EventKind.DECLARATION: 'declaration'>, note='')
>>> list(iter_history(io.StringIO("type,date\\ncomplaint,2023-02-30\\n"), name="h.csv"))
Traceback (most recent call last):
...
ipprules.errors.InputError: h.csv:2:11: $.date: expected a date (YYYY-MM-DD), got '2023-02-30'
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import itertools
import json
import operator
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

import attrs

from ipprules.errors import InputError

__all__ = [
    "CSV_COLUMNS",
    "AccountEvent",
    "Complaint",
    "EventKind",
    "OutcomeRow",
    "iter_history",
    "iter_rows",
    "read_history",
]

#: The compact form of a complaint the engine works on:
#: ``(filed day ordinal, platform, reason code, taken_down, rejected, withdrawn, pending,
#: reinstated)``.
OutcomeRow = tuple[int, str, str, int, int, int, int, int]

CSV_COLUMNS: tuple[str, ...] = (
    "type",
    "date",
    "id",
    "platform",
    "reason_code",
    "listings",
    "taken_down",
    "rejected",
    "withdrawn",
    "pending",
    "reinstated",
    "counter_rejected",
    "note",
)
_COUNTS = ("taken_down", "rejected", "withdrawn", "pending", "reinstated", "counter_rejected")
_COMPLAINT_ONLY = ("id", "platform", "reason_code", "listings", *_COUNTS)


class EventKind(enum.StrEnum):
    """What happened to the account."""

    ABUSE = "abuse"
    """A finding that the account filed abusive (bad-faith) complaints."""
    WITHDRAWAL = "withdrawal"
    """The account left the programme voluntarily (R73)."""
    REMOVAL = "removal"
    """The account was removed from the programme (R71)."""
    DECLARATION = "declaration"
    """The account signed the Good Faith declaration (R68)."""
    ADMISSION = "admission"
    """The account was admitted to the programme."""


@attrs.frozen(kw_only=True)
class Complaint:
    """One complaint and what became of its listings.

    >>> c = Complaint(filed=dt.date(2023, 1, 5), platform="taobao", reason_code="X",
    ...               listings=3, taken_down=2, rejected=1)
    >>> c.as_row()
    (738525, 'taobao', 'X', 2, 1, 0, 0, 0)
    >>> Complaint(filed=dt.date(2023, 1, 5), platform="taobao", reason_code="X", listings=3)
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $: taken_down + rejected + withdrawn + pending = 0, not listings = 3
    """

    filed: dt.date
    platform: str
    reason_code: str
    listings: int
    taken_down: int = 0
    rejected: int = 0
    withdrawn: int = 0
    pending: int = 0
    reinstated: int = 0
    counter_rejected: int = 0
    id: str = ""

    def __attrs_post_init__(self) -> None:
        problem = _check_counts(
            self.listings,
            self.taken_down,
            self.rejected,
            self.withdrawn,
            self.pending,
            self.reinstated,
            self.counter_rejected,
        )
        if problem is not None:
            raise InputError(problem[1])

    def as_row(self) -> OutcomeRow:
        """The compact tuple the engine counts (see :data:`OutcomeRow`)."""
        return (
            self.filed.toordinal(),
            self.platform,
            self.reason_code,
            self.taken_down,
            self.rejected,
            self.withdrawn,
            self.pending,
            self.reinstated,
        )


@attrs.frozen(kw_only=True)
class AccountEvent:
    """Something that happened to the account on a date."""

    date: dt.date
    kind: EventKind
    note: str = ""


def _check_counts(
    listings: int, td: int, rj: int, wd: int, pd: int, ri: int, cr: int
) -> tuple[str, str] | None:
    """``(column, message)`` of the first inconsistency, or None."""
    for name, value in zip(_COUNTS, (td, rj, wd, pd, ri, cr), strict=True):
        if value < 0:
            return name, f"{name} may not be negative, got {value}"
    if listings < 1:
        return "listings", f"listings must be at least 1, got {listings}"
    if td + rj + wd + pd != listings:
        return (
            "listings",
            f"taken_down + rejected + withdrawn + pending = {td + rj + wd + pd}, "
            f"not listings = {listings}",
        )
    if ri + cr > td:
        return "reinstated", f"reinstated + counter_rejected = {ri + cr} exceeds taken_down = {td}"
    return None


# ------------------------------------------------------------------ low level

_SMALL = {str(i): i for i in range(1000)}
_SMALL[""] = 0
_KINDS = {k.value: k for k in EventKind}


def _int(text: str) -> int | None:
    """A non-negative integer written in ASCII digits, or None."""
    value = _SMALL.get(text)
    if value is not None:
        return value
    if text.isascii() and text.isdigit() and len(text) <= 12:
        return int(text)
    return None


class _Dates:
    """ISO date text -> day ordinal, cached (histories repeat their dates)."""

    __slots__ = ("cache",)

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def ordinal(self, text: str) -> int | None:
        value = self.cache.get(text)
        if value is not None:
            return value
        if len(text) != 10 or len(self.cache) > 100_000:
            if len(text) != 10:
                return None
            self.cache.clear()
        try:
            value = dt.date.fromisoformat(text).toordinal()
        except ValueError:
            return None
        self.cache[text] = value
        return value


def _show(value: str) -> str:
    return repr(value) if len(value) <= 40 else repr(value[:37] + "...")


# ----------------------------------------------------------------------- CSV


def _csv_column(fields: Sequence[str], index: int) -> int:
    """1-based column where field ``index`` starts in a CSV line (best effort).

    Counted from the parsed fields, each taken as written unquoted unless it holds a
    quote, comma or newline (then as quoted, inner quotes doubled).
    """
    col = 1
    for i, field in enumerate(fields):
        if i == index:
            return col
        quoted = '"' in field or "," in field or "\n" in field
        col += len(field) + (2 + field.count('"') if quoted else 0) + 1
    return col


#: Marks a blank line (no record) in a block of rows.
_BLANK: Any = object()
#: The most lines read at a time by the CSV fast path, and the most its row cache keeps.
_BLOCK = 1 << 13
_CACHE_LINES = 1 << 15


class _CsvRecords:
    """Turns the fields of one CSV line into a record (the file's columns resolved once)."""

    def __init__(self, header: list[str], col: dict[str, int], name: str) -> None:
        self.header = header
        self.col = col
        self.name = name
        self.width = len(header)
        self.i_type, self.i_date = col["type"], col["date"]
        self.i_plat = col.get("platform")
        self.i_code = col.get("reason_code")
        self.i_list = col.get("listings")
        self.i_counts = [col.get(c) for c in _COUNTS]
        self.i_note = col.get("note")
        self.dates = _Dates()

    def record(self, fields: list[str], lineno: int) -> OutcomeRow | AccountEvent:
        """The record of one line, ``_BLANK`` for a blank line; InputError when invalid."""
        name = self.name
        if len(fields) != self.width:
            if not fields or fields == [""]:
                return _BLANK  # type: ignore[no-any-return]
            raise InputError(
                f"expected {self.width} fields as in the header, got {len(fields)}",
                file=name,
                line=lineno,
                column=1,
            )
        kind = fields[self.i_type]
        day = self.dates.ordinal(fields[self.i_date])
        if day is None:
            raise InputError(
                f"expected a date (YYYY-MM-DD), got {_show(fields[self.i_date])}",
                path="$.date",
                file=name,
                line=lineno,
                column=_csv_column(fields, self.i_date),
            )
        if kind == "complaint":
            i_plat, i_code, i_list = self.i_plat, self.i_code, self.i_list
            if i_plat is None or i_code is None or i_list is None:
                missing = [
                    c
                    for c, i in (
                        ("platform", i_plat),
                        ("reason_code", i_code),
                        ("listings", i_list),
                    )
                    if i is None
                ]
                raise InputError(
                    f"a complaint needs the column(s) {', '.join(missing)}",
                    file=name,
                    line=lineno,
                    column=1,
                )
            platform = fields[i_plat]
            code = fields[i_code]
            small = _SMALL
            n = small.get(fields[i_list])
            counts = [0, 0, 0, 0, 0, 0]
            ok = bool(platform) and bool(code) and n is not None and n > 0
            if ok:
                for j, index in enumerate(self.i_counts):
                    if index is not None:
                        v = small.get(fields[index])
                        if v is None:
                            ok = False
                            break
                        counts[j] = v
            td, rj, wd, pd, ri, cr = counts
            if ok and td + rj + wd + pd == n and ri + cr <= td:
                return (day, platform, code, td, rj, wd, pd, ri)
            raise _complaint_error(fields, self.header, self.col, name, lineno)
        event = _KINDS.get(kind)
        if event is None:
            raise InputError(
                f"expected a type: complaint, {', '.join(_KINDS)}; got {_show(kind)}",
                path="$.type",
                file=name,
                line=lineno,
                column=_csv_column(fields, self.i_type),
            )
        for c in _COMPLAINT_ONLY:
            index = self.col.get(c)
            if index is not None and fields[index] != "":
                raise InputError(
                    f"a {kind} event leaves {c!r} empty",
                    path=f"$.{c}",
                    file=name,
                    line=lineno,
                    column=_csv_column(fields, index),
                )
        return AccountEvent(
            date=dt.date.fromordinal(day),
            kind=event,
            note=fields[self.i_note] if self.i_note is not None else "",
        )


def _csv_blocks(stream: IO[str], name: str) -> Iterator[list[OutcomeRow | AccountEvent]]:
    """The records of a CSV history, in lists (blocks of lines; see :func:`iter_rows`).

    The header is read with :mod:`csv`. The body is read in blocks of lines (1, 2, 4...
    up to :data:`_BLOCK`): a block without quotes (``"``), lone carriage returns or NUL
    characters is split into fields with ``str.split``, which is what :mod:`csv` would
    make of it (line ends ``\\n`` or ``\\r\\n``), and each
    distinct complaint line is validated once (a cache from the line's text to its
    row; histories repeat their lines). From the first block that needs real CSV
    parsing on, the rest of the file goes through :func:`csv.reader`.
    """
    reader = csv.reader(stream, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty file: a header line is required", file=name, line=1) from None
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", file=name, line=1, column=1) from None
    raw_header = header
    header = [h.strip() for h in header]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    col = {}
    for i, h in enumerate(header):
        if h not in CSV_COLUMNS:
            raise InputError(
                f"unknown column {_show(h)}; known: {', '.join(CSV_COLUMNS)}",
                path=f"$.{h}" if h.isidentifier() else "$",
                file=name,
                line=1,
                column=_csv_column(raw_header, i),
            )
        if h in col:
            raise InputError(
                f"column {h!r} appears twice",
                file=name,
                line=1,
                column=_csv_column(raw_header, i),
            )
        col[h] = i
    for needed in ("type", "date"):
        if needed not in col:
            raise InputError(f"missing column {needed!r}", file=name, line=1, column=1)
    records = _CsvRecords(header, col, name)
    record = records.record
    lineno = reader.line_num  # lines read so far
    cache: dict[str, OutcomeRow] = {}
    cache_get = cache.get
    size = 1  # lines per block: from 1 (the first row comes at once) up to _BLOCK
    while True:
        lines = list(itertools.islice(stream, size))
        if not lines:
            return
        size = min(size * 2, _BLOCK)
        text = "".join(lines)
        if '"' in text or "\0" in text:
            break
        if "\r" in text:
            if text.count("\r") != text.count("\r\n"):
                break
            text = text.replace("\r\n", "\n")
        parts = text.split("\n")
        if len(parts) > len(lines):
            parts.pop()  # after the last newline
        if len(cache) > _CACHE_LINES:
            cache.clear()
        rows: list[Any] = list(map(cache_get, parts))
        if not all(rows):  # lines not seen yet: each distinct one is read once
            other: dict[str, Any] = {}  # events and blank lines (not cached)
            for line in dict.fromkeys(itertools.compress(parts, map(operator.not_, rows))):
                try:
                    found = record(line.split(","), 0)  # the line number is set on errors
                except InputError:
                    i = parts.index(line)
                    before = [cache_get(p) or other[p] for p in parts[:i]]
                    yield [r for r in before if r is not _BLANK]
                    record(line.split(","), lineno + i + 1)
                    raise  # pragma: no cover - the line failed once, it fails again
                if type(found) is tuple:
                    cache[line] = found
                else:
                    other[line] = found
            if other:
                rows = [cache_get(p) or other[p] for p in parts]
                if _BLANK in other.values():
                    rows = [r for r in rows if r is not _BLANK]
            else:
                rows = list(map(cache_get, parts))
        lineno += len(lines)
        yield rows
    # the rest of the file needs the csv module (quotes, carriage returns)
    reader = csv.reader(itertools.chain(lines, stream), strict=True)
    out: list[OutcomeRow | AccountEvent] = []
    while True:
        try:
            fields = next(reader)
            found = record(fields, lineno + reader.line_num)
        except StopIteration:
            yield out
            return
        except csv.Error as exc:
            yield out
            raise InputError(
                f"not valid CSV: {exc}", file=name, line=lineno + reader.line_num, column=1
            ) from None
        except InputError:
            yield out
            raise
        if found is not _BLANK:
            out.append(found)
            if len(out) >= size:
                yield out
                out = []
                size = min(size * 2, _BLOCK)


def _complaint_error(
    fields: list[str], header: list[str], col: dict[str, int], name: str, line: int
) -> InputError:
    """The precise error for a complaint row the fast path refused (slow, only on errors)."""

    def err(column: str, message: str) -> InputError:
        index = col.get(column)
        return InputError(
            message,
            path=f"$.{column}",
            file=name,
            line=line,
            column=_csv_column(fields, index) if index is not None else 1,
        )

    for c in ("platform", "reason_code"):
        if not fields[col[c]].strip():
            return err(c, f"a complaint needs a {c}")
    values: dict[str, int] = {}
    for c in ("listings", *_COUNTS):
        index = col.get(c)
        text = fields[index] if index is not None else ""
        if c == "listings" and text == "":
            return err(c, "a complaint needs the number of listings")
        value = _int(text)
        if value is None:
            return err(c, f"expected a non-negative integer, got {_show(text)}")
        values[c] = value
    problem = _check_counts(*(values[c] for c in ("listings", *_COUNTS)))
    if problem is not None:
        return err(problem[0], problem[1])
    return err("listings", "invalid complaint")  # pragma: no cover - fast path accepted it


# --------------------------------------------------------------- JSON Lines

_JSON_KEYS = frozenset((*CSV_COLUMNS, "items"))
_OUTCOMES = ("taken_down", "rejected", "withdrawn", "pending")
_COUNTER = {"upheld": "reinstated", "rejected": "counter_rejected", None: None}


def _raw_jsonl(stream: IO[str], name: str) -> Iterator[OutcomeRow | AccountEvent]:
    from ipprules._files import Document

    dates = _Dates()
    for lineno, line in enumerate(stream, start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        try:
            data = json.loads(line, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not valid JSON: {exc.msg}", file=name, line=lineno, column=exc.colno
            ) from None
        except (ValueError, RecursionError) as exc:
            raise InputError(f"not valid JSON: {exc}", file=name, line=lineno, column=1) from None
        doc = Document(name=name, text=line, data=data, format="json")

        def err(path: str, message: str, doc: Document = doc, lineno: int = lineno) -> InputError:
            found = doc.locate(path)
            return InputError(
                message, path=path, file=name, line=lineno, column=found[1] if found else 1
            )

        yield _json_record(data, err, dates)


def _reject_constant(text: str) -> Any:
    raise ValueError(f"{text} is not allowed")


def _json_record(data: Any, err: Any, dates: _Dates) -> OutcomeRow | AccountEvent:
    if not isinstance(data, dict):
        raise err("$", "expected a JSON object on each line")
    for key in data:
        if key not in _JSON_KEYS:
            raise err("$", f"unknown key {key!r}")
    kind = data.get("type")
    if not isinstance(kind, str):
        raise err("$.type" if "type" in data else "$", "expected a type (string)")
    text = data.get("date")
    day = dates.ordinal(text) if isinstance(text, str) else None
    if day is None:
        raise err("$.date" if "date" in data else "$", "expected a date (YYYY-MM-DD)")
    if kind != "complaint":
        event = _KINDS.get(kind)
        if event is None:
            raise err("$.type", f"expected a type: complaint, {', '.join(_KINDS)}; got {kind!r}")
        for key in (*_COMPLAINT_ONLY, "items"):
            if data.get(key) not in (None, ""):
                raise err(f"$.{key}", f"a {kind} event has no {key!r}")
        note = data.get("note", "")
        if not isinstance(note, str):
            raise err("$.note", "expected a string")
        return AccountEvent(date=dt.date.fromordinal(day), kind=event, note=note)
    for key in ("platform", "reason_code", "id", "note"):
        value = data.get(key, "")
        if not isinstance(value, str) or (key in ("platform", "reason_code") and not value):
            raise err(f"$.{key}" if key in data else "$", f"expected a non-empty string {key}")
    counts = dict.fromkeys(_COUNTS, 0)
    items = data.get("items")
    if items is not None:
        if not isinstance(items, list) or not items:
            raise err("$.items", "expected a non-empty list of listing outcomes")
        for key in ("listings", *_COUNTS):
            if key in data:
                raise err(f"$.{key}", f"give either items or {key!r}, not both")
        for i, item in enumerate(items):
            if not isinstance(item, dict) or set(item) - {"outcome", "counter_notice", "url"}:
                raise err(f"$.items[{i}]", "expected {outcome, counter_notice}")
            outcome = item.get("outcome")
            if outcome not in _OUTCOMES:
                raise err(f"$.items[{i}]", f"outcome must be one of {', '.join(_OUTCOMES)}")
            counts[outcome] += 1
            counter = item.get("counter_notice")
            if counter not in _COUNTER:
                raise err(f"$.items[{i}]", "counter_notice must be upheld, rejected or null")
            target = _COUNTER[counter]
            if target is not None:
                if outcome != "taken_down":
                    raise err(f"$.items[{i}]", "a counter-notice needs a taken-down listing")
                counts[target] += 1
        listings = len(items)
    else:
        given = data.get("listings")
        if isinstance(given, bool) or not isinstance(given, int):
            raise err("$.listings" if "listings" in data else "$", "expected listings (integer)")
        listings = given
        for key in _COUNTS:
            value = data.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int):
                raise err(f"$.{key}", "expected an integer")
            counts[key] = value
    problem = _check_counts(listings, *(counts[c] for c in _COUNTS))
    if problem is not None:
        raise err(f"$.{problem[0]}" if problem[0] in data else "$", problem[1])
    return (
        day,
        data["platform"],
        data["reason_code"],
        counts["taken_down"],
        counts["rejected"],
        counts["withdrawn"],
        counts["pending"],
        counts["reinstated"],
    )


# ----------------------------------------------------------------- front doors


def _open(source: str | Path | IO[str], name: str | None) -> tuple[IO[str], str, str, bool]:
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            stream = path.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise InputError(
                f"cannot read the file: {exc.strerror or exc}", file=str(source)
            ) from None
        fmt = "jsonl" if path.suffix.lower() in (".jsonl", ".ndjson", ".json") else "csv"
        return stream, name or str(source), fmt, True
    label = name or getattr(source, "name", None) or "<stream>"
    fmt = "jsonl" if str(label).lower().endswith((".jsonl", ".ndjson", ".json")) else "csv"
    return source, str(label), fmt, False


def iter_rows(
    source: str | Path | IO[str], *, name: str | None = None, format: str | None = None
) -> Iterator[OutcomeRow | AccountEvent]:
    """Stream a history as compact :data:`OutcomeRow` tuples and :class:`AccountEvent` objects.

    The fast path for large files: no object is built per complaint. ``format`` is
    ``"csv"`` or ``"jsonl"`` (default: from the file name; CSV unless it ends in
    ``.jsonl``, ``.ndjson`` or ``.json``).

    >>> import io
    >>> rows = iter_rows(io.StringIO('{"type": "complaint", "date": "2023-01-05", '
    ...     '"platform": "tmall", "reason_code": "X", "listings": 2, "taken_down": 2}\\n'),
    ...     format="jsonl")
    >>> list(rows)
    [(738525, 'tmall', 'X', 2, 0, 0, 0, 0)]
    """
    blocks = row_blocks(source, name=name, format=format)
    try:
        for block in blocks:
            yield from block
    finally:
        blocks.close()


def row_blocks(
    source: str | Path | IO[str], *, name: str | None = None, format: str | None = None
) -> Generator[list[OutcomeRow | AccountEvent], None, None]:
    """:func:`iter_rows` in lists of rows (blocks of lines: 1, 2, 4... then 8,192 rows).

    Internal: the fold takes rows by the block, without a generator step per row.
    """
    stream, label, fmt, owned = _open(source, name)
    if format is not None:
        fmt = format
    try:
        try:
            if fmt == "jsonl":
                for row in _raw_jsonl(stream, label):
                    yield [row]
            else:
                yield from _csv_blocks(stream, label)
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text: {exc.reason}", file=label) from None
    finally:
        if owned:
            stream.close()


def iter_history(
    source: str | Path | IO[str], *, name: str | None = None, format: str | None = None
) -> Iterator[Complaint | AccountEvent]:
    """Stream a history file as :class:`Complaint` and :class:`AccountEvent` records.

    Built on :func:`iter_rows`: the complaint ``id`` and ``counter_rejected`` columns are
    checked but not kept (the standing does not use them).
    """
    for item in iter_rows(source, name=name, format=format):
        if type(item) is tuple:
            day, platform, code, td, rj, wd, pd, ri = item
            yield Complaint(
                filed=dt.date.fromordinal(day),
                platform=platform,
                reason_code=code,
                listings=td + rj + wd + pd,
                taken_down=td,
                rejected=rj,
                withdrawn=wd,
                pending=pd,
                reinstated=ri,
            )
        else:
            yield cast(AccountEvent, item)


def read_history(
    source: str | Path | IO[str], *, name: str | None = None, format: str | None = None
) -> list[Complaint | AccountEvent]:
    """Every record of a (small) history file, as a list."""
    return list(iter_history(source, name=name, format=format))


def _records_to_rows(
    records: Iterable[Complaint | AccountEvent | OutcomeRow],
) -> Iterator[OutcomeRow | AccountEvent]:
    for record in records:
        if isinstance(record, Complaint):
            yield record.as_row()
        else:
            yield record
