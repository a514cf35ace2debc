"""A filer's complaint history: streaming readers (CSV and JSON Lines) and :class:`History`.

A history holds one :class:`~ipprules.goodfaith.model.Complaint` per complaint and one
:class:`~ipprules.goodfaith.model.AccountEvent` per event on the account (an
abusive-complaint finding, a voluntary withdrawal, a removal, the signed declaration, an
admission). Readers are generators: they never hold the whole file, and every error
names the file, line and column.

CSV columns (a header line is required before any row; columns may come in any order;
unknown columns are an error; empty cells of the count columns mean 0; cells split by
commas, ``;`` or tabs, as the header line says by the rule of every CSV reader of ipprules:
:mod:`ipprules.goodfaith._commas`). A file with no rows
at all (0 bytes, blank lines only, or a CSV header alone) is an empty history, in both
formats: the history of an account that has filed nothing, which the standing notes:

========================  =====================================================
``type``                  ``complaint`` or an event: ``abuse``, ``withdrawal``,
                          ``removal``, ``declaration``, ``admission``
``date``                  the filing date (complaint) or event date, YYYY-MM-DD
                          (1900-01-01 to 2999-12-31)
``account``               optional: the filing account, for a file that holds
                          several (see :meth:`History.by_account`)
``id``                    optional complaint id
``platform``              complaint: platform id (``taobao``, ``tmall``...)
``reason_code``           complaint: the reason code chosen
``listings``              complaint: number of listings (1 to 100,000)
``taken_down``            listings removed (including any later reinstated)
``rejected``              listings the platform refused to remove
``withdrawn``             listings the filer withdrew
``pending``               listings not decided yet
``reinstated``            taken-down listings reinstated because the seller's
                          counter-notice was upheld (by the filer or Alibaba)
``counter_rejected``      taken-down listings whose last counter-notice was
                          rejected (informational; a listing counts once,
                          whatever its rounds)
``note``                  free text, ignored
========================  =====================================================

``taken_down + rejected + withdrawn + pending`` must equal ``listings`` and
``reinstated + counter_rejected`` may not exceed ``taken_down``. Event rows leave
the complaint columns empty. JSON Lines use the same keys, one object per line
(counts as integers), and may give ``items`` instead of the counts: one object
per listing, ``{"outcome": "taken_down", "counter_notice": "upheld"}``.

>>> import io
>>> text = '''type,date,id,platform,reason_code,listings,taken_down,rejected,reinstated
... complaint,2023-01-05,C-1,taobao,TM-COUNTERFEIT,10,9,1,0
... declaration,2023-01-02,,,,,,,
... '''
>>> complaint, event = iter_history(io.StringIO(text), name="h.csv")
>>> complaint.filed, complaint.id, complaint.taken_down, complaint.rejected
(datetime.date(2023, 1, 5), 'C-1', 9, 1)
>>> event
AccountEvent(date=datetime.date(2023, 1, 2), kind=<EventKind.DECLARATION: 'declaration'>, note='')
>>> list(iter_history(io.StringIO("type,date\\ncomplaint,2023-02-30\\n"), name="h.csv"))
Traceback (most recent call last):
...
ipprules.errors.InputError: h.csv:2:11: $.date: expected a date ..., got '2023-02-30' (day is ...)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import operator
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import getitem
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

import attrs

from ipprules._args import _article
from ipprules._files import (
    BARE_CR_IN_CELL,
    BOM_INSIDE,
    DEFAULT_MAX_LINE,
    HEADER_AGAIN,
    OLD_MAC_LINES,
    PANDAS_FLOAT,
    PANDAS_INDEX,
    REPORT_FOOTER,
    SEP_AGAIN,
    TOTALS_LINE,
    KeptLines,
    allow_large_csv_fields,
    as_above,
    cap_set,
    column_name,
    compression_of,
    count_hint,
    csv_cell_at,
    csv_error_at,
    csv_problem,
    document_line,
    english_column,
    first_char,
    grouped_count,
    header_again,
    header_renamed,
    json_lines_line,
    jsonl_value,
    loads_json,
    long_or_bad,
    named_width,
    not_utf8,
    old_mac_header,
    open_input,
    other_csv,
    records_hint,
    refuse_closed,
    report_footer,
    sep_again,
    shape_hint,
    source_name,
    totals_line,
    twice_message,
    unnamed_cell,
)
from ipprules._table import shown_html
from ipprules._typed import check_types
from ipprules.errors import InputError, Problem, did_you_mean, shown_value, suggest
from ipprules.goodfaith._commas import CommaStream, by_commas, names_type_and_date
from ipprules.goodfaith.engine import COUNTERS, Counts, fold, fold_counted
from ipprules.goodfaith.ids import IdCheck, IdsAgain, IdsNear, Reread, Span
from ipprules.goodfaith.model import (
    COMPLAINT_ONLY,
    COUNTS,
    CSV_COLUMNS,
    MAX_LISTINGS,
    AccountEvent,
    Complaint,
    EventKind,
    OutcomeRow,
    check_counts,
    type_and_value,
)
from ipprules.rulebook.platform_names import platform_case_problem, platform_case_slip

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["History", "iter_history", "iter_rows", "read_history", "row_blocks"]

#: How to read a history's ids again: with line numbers, without (faster), and only those of
#: some lines (for a CSV history; None for JSON Lines).
Rereads = tuple[Reread, IdsAgain, IdsNear | None]

#: The dates a history may hold.
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2999, 12, 31)
_FIRST_DAY, _LAST_DAY = FIRST_DATE.toordinal(), LAST_DATE.toordinal()

Record = OutcomeRow | AccountEvent
#: A record with its account (:meth:`History.by_account`).
Tagged = tuple[str, Record]

# ------------------------------------------------------------------ low level

_SMALL = {str(i): i for i in range(1000)}
_SMALL[""] = 0
_KINDS = {k.value: k for k in EventKind}


def _int(text: str) -> int | None:
    """A non-negative integer written in at most 9 ASCII digits, or None."""
    value = _SMALL.get(text)
    if value is not None:
        return value
    if text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    return None


class _Dates:
    """ISO date text -> day ordinal, cached (histories repeat their dates)."""

    __slots__ = ("cache",)

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}

    def ordinal(self, text: str) -> int | None:
        """The day ordinal of ``YYYY-MM-DD`` in the supported range, or None."""
        value = self.cache.get(text)
        if value is not None:
            return value
        # YYYY-MM-DD only: fromisoformat also reads the week date YYYY-Www-D (10 characters)
        if len(text) != 10 or not text.isascii() or text[4] != "-" or text[7] != "-":
            return None
        if len(self.cache) > 100_000:
            self.cache.clear()
        try:
            value = dt.date.fromisoformat(text).toordinal()
        except ValueError:
            return None
        if not _FIRST_DAY <= value <= _LAST_DAY:
            return None
        self.cache[text] = value
        return value


def _show(value: str) -> str:
    return repr(value) if len(value) <= 40 else repr(value[:37] + "...")


def _meant(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'taken_down'?)`` after an unknown column or key near a known one."""
    near = suggest(name[:100], sorted(known))
    if near is None and (near := english_column(name, known)) is not None:
        return f" (did you mean {near!r}? the columns are named in English)"
    return f" (did you mean {near!r}?)" if near is not None else ""


def _type_hint(kind: str) -> str:
    """What the refusal of the type ``kind`` adds: the type meant, when it differs only in
    case or spaces (``Complaint``, `` complaint ``: never read as it, types are exact), or
    what an empty cell may mean (:func:`ipprules._files.as_above`).

    >>> _type_hint(" Complaint "), _type_hint("x")
    (" (did you mean 'complaint'? a type is written in lower case, without spaces)", '')
    """
    meant = "".join(kind.split()).lower()
    if meant and (meant == "complaint" or meant in _KINDS):
        return f" (did you mean {meant!r}? a type is written in lower case, without spaces)"
    return as_above(kind)


_DATE_HELP = f"expected a date (YYYY-MM-DD, {FIRST_DATE} to {LAST_DATE})"


def _date_message(text: str) -> str:
    if len(text) == 10 and text.isascii() and text[4] == text[7] == "-":
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            pass
        else:
            return f"{_DATE_HELP}, got {_show(text)}"
    from ipprules._dates import date_hint

    return f"expected a date (YYYY-MM-DD), got {_show(text)}{date_hint(text) or as_above(text)}"


# ----------------------------------------------------------------------- CSV


def _kept(lines: Iterable[str], kept: KeptLines) -> Iterator[str]:
    """``lines``, each added to ``kept`` as :mod:`csv` reads it: the reader of a record
    takes them out (:attr:`_CsvRecords.lines`) to place its cells. They stop when the record
    grows past the most one may hold (:meth:`KeptLines.more`)."""
    for line in lines:
        held = kept.lines
        held.append(line)
        if len(held) > 1 and kept.more(line):
            return  # csv says the quote never closes; csv_problem says why
        yield line


#: Marks a line that gives no record (blank, or another account's).
_BLANK: Any = object()

#: Why a line that names no account is refused where the history has an account column.
NO_ACCOUNT = "a line without an account, in a history with an account column"
#: The same for a JSON Lines history, which has no columns: where another line names one.
_NO_ACCOUNT_JSON = "a line without an account, in a history whose other lines name accounts"


def row_problem(
    fields: Sequence[str], width: int, account: int | None, named: int | None = None
) -> tuple[str, int | None] | None:
    """The one rule for the shape of a CSV history line, which every reader of histories
    holds (``History.from_file``, ``History.by_account``, ``read_histories`` and
    ``standings``): ``(message, cell)`` for a line to refuse (``cell``: the index of the
    cell to name, ``None`` for the line's start), ``None`` for a line that is read.

    A line of no field (an empty line) is no record and is read; any other line has as many
    fields as the header (``width``), and, where the header has an ``account`` column (its
    index, ``account``) and accounts are told apart, names an account: a line without one
    is nobody's. (A one-account read, ``History.from_file`` without ``account=``, passes
    ``None``: an account column left empty there is that one account's.) Where the header
    ends in a spreadsheet's empty columns (its first ``named`` cells name columns,
    :func:`ipprules._files.named_width`), a line has from ``named`` to ``width`` fields, and
    those past ``named`` are empty.

    >>> row_problem(["complaint", "x"], 3, None)
    ('expected 3 fields as in the header, got 2', None)
    >>> row_problem(["complaint", " ", "x"], 3, 1)
    ('a line without an account, in a history with an account column', 1)
    >>> row_problem([], 3, 1) is None and row_problem([""], 3, 1) is None
    True
    >>> row_problem(["complaint", "x", ""], 4, None, 2) is None
    True
    >>> row_problem(["complaint", "x", "", "y"], 4, None, 2)[1]  # the cell named
    3
    """
    if len(fields) != width:
        if not fields or fields == [""]:
            return None
        if named is None or not named <= len(fields) < width:
            said = f"expected {width} fields as in the header, got {len(fields)}"
            if len(fields) < width and report_footer(fields):
                said += f": {REPORT_FOOTER}"
            else:
                said += shape_hint(fields, width)
            return said, None
    if named is not None and named < len(fields):
        found = unnamed_cell(fields, named)
        if found is not None:
            return found[1], found[0]
    if account is not None and not fields[account].strip():
        return NO_ACCOUNT, account
    return None


#: The most characters read at a time by the CSV fast path (blocks of lines), and the
#: most lines its cache keeps.
_BLOCK = 1 << 20
#: A run of this many blank lines or more in a block of a CSV history is counted, not read
#: line by line (:meth:`_FastBlocks.rows`); shorter runs are read with the lines around them.
_BLANK_LINES = "\n" * 64
_BLANK_RUN = re.compile(_BLANK_LINES + "+")
_FIRST_BLOCK = 1 << 10
_CACHE_LINES = 1 << 15


@attrs.define
class _Want:
    """What a reader gives: rows (``tagged``: with their account) of one ``account``; the
    names of the other accounts it passed over are added to ``others`` (at most
    :data:`_OTHERS`), for the did-you-mean of an account no line is for."""

    account: str | None = None
    tagged: bool = False
    others: set[str] = attrs.field(factory=set)


#: The most names of other accounts a one-account read keeps (for a did-you-mean).
_OTHERS = 10_000
#: The most account names an error lists.
_LISTED = 10


def accounts_meant(account: str, others: set[str]) -> str:
    """What the error of an ``account`` no line is for adds: the name meant, when one of the
    ``others`` (the accounts the file holds) is near it, and the accounts the file holds
    (the first :data:`_LISTED`, sorted; each name cut at 60 characters).

    >>> accounts_meant("acm", {"acme", "globex"})
    " (did you mean 'acme'?); the history holds 2 accounts: 'acme', 'globex'"
    >>> print(accounts_meant("x", {f"a{n:02}" for n in range(12)}))
    ; the history holds 12 accounts: 'a00', 'a01', ..., 'a09', ... and 2 more
    >>> accounts_meant("x", set())
    ''
    """
    if not others:
        return ""
    names = sorted(others)
    shown = ", ".join(repr(n if len(n) <= 60 else n[:57] + "...") for n in names[:_LISTED])
    more = f", ... and {len(names) - _LISTED:,} more" if len(names) > _LISTED else ""
    count = f"at least {len(names):,}" if len(names) >= _OTHERS else f"{len(names):,}"
    plural = "s" if len(names) > 1 else ""
    return (
        f"{did_you_mean(account, names)}; the history holds {count} account{plural}: {shown}{more}"
    )


def _no_line_for(account: str, others: set[str], file: str) -> InputError:
    """The error of a read for ``account`` that found no line for it (``others``: the
    accounts the file holds), the same from :meth:`History.from_file`, :func:`iter_rows`
    and :func:`iter_history`: a read for an account never answers empty without a word."""
    return InputError(
        f"no line of the history is for account {account!r} (names are compared exactly)"
        + accounts_meant(account, others),
        path="$.account",
        file=file,
    )


def _also_unknown(written: list[str], header: list[str], first: int) -> str:
    """What follows the first unknown column of a ``header`` (its cells as ``written``) at
    index ``first``: the other unknown columns after it, named at once (a tracker's export
    with columns of its own: ``Handler``, ``Brand``), and that such columns are deleted.

    >>> _also_unknown(["date", "Handler", "Brand"], ["date", "handler", "brand"], 1)
    "; also unknown: 'Brand'; a history reads the known columns only: delete them (a remark \
goes in note)"
    """
    width = named_width(header)
    rest = [_show(written[i]) for i in range(first + 1, width) if header[i] not in CSV_COLUMNS]
    more = f" and {len(rest) - _LISTED:,} more" if len(rest) > _LISTED else ""
    also = f"; also unknown: {', '.join(rest[:_LISTED])}{more}" if rest else ""
    them = "them" if rest else "it"
    return f"{also}; a history reads the known columns only: delete {them} (a remark goes in note)"


def _header(
    fields: list[str], name: str, lines: Sequence[str] = ()
) -> tuple[list[str], dict[str, int]]:
    """The header's names (each the column it names, :func:`ipprules._files.column_name`: case
    and spaces do not count) and each column's index; InputError if bad, at
    the cell in the header's ``lines`` as written (line 1). Empty names after the last one
    (a spreadsheet's empty columns, :func:`ipprules._files.named_width`) are kept, unnamed:
    their cells must be empty (:func:`row_problem`)."""
    lines = lines or [",".join(fields)]
    broken = [i for i, h in enumerate(fields) if "\n" in h or "\r" in h][:1]
    if broken:  # the first such cell starts on line 1: its column
        column = csv_cell_at(lines, broken[0])[1]
        message = "not valid CSV: a column name holds a line break"
        raise InputError(message, file=name, line=1, column=column)
    _other_layout(fields, name, lines[0])
    written = [h.strip() for h in fields]
    if written and written[0].startswith("\ufeff"):
        written[0] = written[0][1:].strip()
    header = [column_name(h) for h in written]
    col: dict[str, int] = {}
    for i, h in enumerate(header[: named_width(header)]):
        if h not in CSV_COLUMNS:
            shown = written[i]
            _not_a_document(lines[0], name)
            index = not (i or h) and any(header)  # pandas' index, before named columns
            unknown = Problem(
                f"unknown column {_show(shown)}{_meant(h or shown, CSV_COLUMNS)}; "
                f"known: {', '.join(CSV_COLUMNS)}"
                + (f"; {PANDAS_INDEX}" if index else _also_unknown(written, header, i)),
                f"$.{shown}" if shown.isidentifier() and len(shown) <= 40 else "$",
                name,
                1,
                csv_cell_at(lines, i)[1],
            )
            other = other_csv(header, "history")  # a violations file or a list of URLs
            said = () if other is None else (Problem(other, "$", name, 1),)
            raise InputError(problems=(*said, unknown))
        if h in col:
            raise InputError(
                twice_message(h, written[col[h]], written[i]),
                file=name,
                line=1,
                column=csv_cell_at(lines, i)[1],
            )
        col[h] = i
    for needed in ("type", "date"):
        if needed not in col:
            raise InputError(f"missing column {needed!r}", file=name, line=1, column=1)
    return header, col


def _not_a_document(line: str, name: str) -> None:
    """Refuse a file whose header ``line`` looks like a line of another command's TOML or
    JSON document (:func:`ipprules._files.document_line`): its unknown column was
    ``'[account]'`` or ``'# An example complaint plan ...'``."""
    said = document_line(line, "a CSV history") or json_lines_line(
        line, "a CSV history", "a file named .jsonl, on one machine"
    )
    if said is not None:
        raise InputError(said, file=name, line=1)


def _other_layout(fields: list[str], name: str, line: str) -> None:
    """Refuse at line 1, saying so, an Excel ``sep=`` line (``line``: the header's line as
    written): a history CSV starts with its header, split by commas, ``;`` or a tab (a
    header split by ``;`` or a tab is read by :func:`~ipprules.goodfaith._commas.by_commas`
    before this, and a file that starts with a ``sep=`` line is read past it;
    :func:`ipprules._files.comma_only_problem` still says so of one that was not: a stream
    whose first line could not be read ahead)."""
    from ipprules._files import comma_only_problem

    problem = comma_only_problem(fields, line, names_type_and_date, "a history CSV", "JSON Lines")
    if problem is not None:
        raise InputError(problem, file=name, line=1, column=1)


class _CsvRecords:
    """Turns the fields of one CSV line into a record (the file's columns resolved once)."""

    def __init__(self, header: list[str], col: dict[str, int], name: str, want: _Want) -> None:
        self.header = header
        self.col = col
        self.name = name
        self.want = want
        self.width = len(header)
        #: the columns named (the header's cells but a spreadsheet's empty ones at its end)
        self.named = named_width(header)
        self.i_type, self.i_date = col["type"], col["date"]
        self.i_plat = col.get("platform")
        self.i_code = col.get("reason_code")
        self.i_list = col.get("listings")
        self.i_counts = [col.get(c) for c in COUNTS]
        self.i_note = col.get("note")
        self.i_account = col.get("account")
        # the cells of a complaint, taken at once: platform, code, listings, the counts present
        self.count_positions = [j for j, i in enumerate(self.i_counts) if i is not None]
        self.all_counts = len(self.count_positions) == len(COUNTS)
        self.take: Callable[[list[str]], Any] | None = None
        if self.i_plat is not None and self.i_code is not None and self.i_list is not None:
            present = [i for i in self.i_counts if i is not None]
            self.take = operator.itemgetter(self.i_plat, self.i_code, self.i_list, *present)
        self.accounts: set[str] = set()
        #: the platforms of the rows read so far, each checked once (_check_platform)
        self.platforms: set[str] = set()
        self.dates = _Dates()
        #: the lines of the record read last, as written, when :mod:`csv` read it (a quoted
        #: cell may span lines; the line given is then the record's last); else the line is
        #: its fields joined by commas
        self.lines: list[str] = []
        if want.account is not None and self.i_account is None:
            raise InputError(
                f"account {want.account!r} asked for, but the history has no account column",
                path="$.account",
                file=name,
                line=1,
            )

    def error(self, fields: Sequence[str], lineno: int, column: str, message: str) -> InputError:
        """An InputError at the cell of ``column`` (or the line's start)."""
        return self._error_at(fields, lineno, self.col.get(column), column, message)

    def _error_at(
        self, fields: Sequence[str], lineno: int, index: int | None, column: str, message: str
    ) -> InputError:
        """An InputError at the cell ``index`` (named ``column``; None: the line's start)."""
        line, at = lineno, 1
        if header_again(fields, self.header[: self.named]):  # two files joined: at its start
            index, message = None, HEADER_AGAIN
            line = lineno - len(self.lines) + 1 if self.lines else lineno
        elif sep_again(fields):  # the second file's first line, its header after it
            index, message = None, SEP_AGAIN
        elif totals_line(fields):  # "Total,,,,,5,5": not a complaint of its own
            index, message = None, TOTALS_LINE
        elif renamed := header_renamed(fields, self.header[: self.named]):
            index, message = None, renamed
            line = lineno - len(self.lines) + 1 if self.lines else lineno
        elif fields and fields[0].startswith("\ufeff"):  # cat a.csv b.csv, each with a BOM
            message = f"{message}; {BOM_INSIDE}"
        if index is not None:
            lines = self.lines or [",".join(fields)]
            line, at = csv_cell_at(lines, index, lineno - len(lines) + 1)
        return InputError(
            message,
            path=f"$.{column}" if index is not None and column else "$",
            file=self.name,
            line=line,
            column=at,
        )

    def record(self, fields: list[str], lineno: int) -> Any:
        """The record of one line as the reader wants it; ``_BLANK`` for no record."""
        if len(fields) != self.width or self.named != self.width:
            if not fields or fields == [""]:
                return _BLANK
            problem = row_problem(fields, self.width, None, self.named)
            if problem is not None:  # at the line's start, or at a cell under no name
                raise self._error_at(fields, lineno, problem[1], "", problem[0])
        found = self.plain(fields, lineno)
        if self.i_account is None:
            return (None, found) if self.want.tagged else found
        return self._by_account(fields[self.i_account], found, fields, lineno)

    def _by_account(self, account: str, found: Record, fields: list[str], lineno: int) -> Any:
        want = self.want
        # where accounts are told apart (by_account, account=), a line names its account: whose
        # line is it? not silently someone else's, nor an account "" (a one-account read with
        # an account column left empty is one account's: nothing is told apart)
        told_apart = want.tagged or want.account is not None
        problem = (
            row_problem(fields, self.width, self.i_account, self.named) if told_apart else None
        )
        if problem is not None:
            message = problem[0]
            if want.account is not None:
                message += f", read for account {want.account!r}"
            raise self.error(fields, lineno, "account", message)
        if want.tagged:
            return (account, found)
        if want.account is not None:
            if account == want.account:
                return found
            if len(want.others) < _OTHERS:
                want.others.add(account)
            return _BLANK
        if account not in self.accounts:
            if self.accounts:
                seen = ", ".join(sorted({*self.accounts, account})[:3])
                raise self.error(
                    fields,
                    lineno,
                    "account",
                    f"the history holds several accounts ({seen}...): read one with "
                    "account= (--account NAME) or split it with History.by_account",
                )
            self.accounts.add(account)
        return found

    def plain(self, fields: list[str], lineno: int) -> Record:
        """The row or event of a line of the right width; InputError when invalid."""
        day = self.dates.ordinal(fields[self.i_date])
        if day is None:
            raise self.error(fields, lineno, "date", _date_message(fields[self.i_date]))
        kind = fields[self.i_type]
        if kind == "complaint":
            return self._complaint(fields, lineno, day)
        return self._event(fields, lineno, day, kind)

    def _complaint(self, fields: list[str], lineno: int, day: int) -> OutcomeRow:
        if self.take is None:
            missing = [
                c
                for c, i in (
                    ("platform", self.i_plat),
                    ("reason_code", self.i_code),
                    ("listings", self.i_list),
                )
                if i is None
            ]
            raise InputError(
                f"a complaint needs the column(s) {', '.join(missing)}",
                file=self.name,
                line=lineno,
                column=1,
            )
        platform, code, *cells = self.take(fields)
        if platform not in self.platforms:  # once per platform written: 'Taobao' is refused
            self._check_platform(platform, fields, lineno)
        values: list[Any] = list(map(_SMALL.get, cells))
        if None in values:
            values = list(map(_int, cells))
        if platform and code and None not in values:
            n, *given = values
            counts = given if self.all_counts else self._place(given)
            td, rj, wd, pd, ri, cr = counts
            if 0 < n <= MAX_LISTINGS and td + rj + wd + pd == n and ri + cr <= td:
                return (day, platform, code, td, rj, wd, pd, ri)
        raise self._complaint_error(fields, lineno)

    def _check_platform(self, platform: str, fields: list[str], lineno: int) -> None:
        """Refuse at its cell a platform written in another case than its id (``Taobao``:
        :func:`~ipprules.rulebook.platform_names.platform_case_slip`), as every input naming a
        platform does; it was left out of the counts with a note only."""
        meant = platform_case_slip(platform)
        if meant is not None:
            raise self.error(fields, lineno, "platform", platform_case_problem(platform, meant))
        self.platforms.add(platform)

    def _place(self, given: list[int]) -> list[int]:
        """The six counts in order, 0 for the columns the file lacks."""
        counts = [0, 0, 0, 0, 0, 0]
        for position, value in zip(self.count_positions, given, strict=True):
            counts[position] = value
        return counts

    def _complaint_error(self, fields: list[str], lineno: int) -> InputError:
        """The precise error for a complaint row the fast path refused (slow, only on errors)."""
        for c in ("platform", "reason_code"):
            if not fields[self.col[c]].strip():
                return self.error(fields, lineno, c, f"a complaint needs a {c}")
        values: dict[str, int] = {}
        for c in ("listings", *COUNTS):
            index = self.col.get(c)
            text = fields[index] if index is not None else ""
            if c == "listings" and text == "":
                return self.error(fields, lineno, c, "a complaint needs the number of listings")
            value = _int(text)
            if value is None:
                what = (
                    "an integer of at most 9 digits"
                    if text.isascii() and text.isdigit()
                    else "a non-negative integer"
                )
                message = f"expected {what}, got {_show(text)}{count_hint(text)}"
                return self.error(fields, lineno, c, message)
            values[c] = value
        problem = check_counts(*(values[c] for c in ("listings", *COUNTS)))
        assert problem is not None  # the fast path refused it for one of these reasons
        return self.error(fields, lineno, problem[0], problem[1])

    def _event(self, fields: list[str], lineno: int, day: int, kind: str) -> AccountEvent:
        event = _KINDS.get(kind)
        if event is None:
            raise self.error(
                fields,
                lineno,
                "type",
                f"expected a type: complaint, {', '.join(_KINDS)}; got {_show(kind)}"
                + _type_hint(kind),
            )
        for c in COMPLAINT_ONLY:
            index = self.col.get(c)
            if index is not None and fields[index] != "":
                from ipprules._dates import SQL_NULL, sql_null

                said = (
                    f", got {_show(fields[index])}: {SQL_NULL}" if sql_null(fields[index]) else ""
                )
                raise self.error(
                    fields, lineno, c, f"{_article(kind)} {kind} event leaves {c!r} empty{said}"
                )
        return AccountEvent(
            date=dt.date.fromordinal(day),
            kind=event,
            note=fields[self.i_note] if self.i_note is not None else "",
            account=fields[self.i_account] if self.i_account is not None else "",
        )

    def complaint(self, fields: list[str], row: OutcomeRow) -> Complaint:
        """The full :class:`Complaint` of a valid complaint line (id, account kept)."""
        i_cr, i_id = self.col.get("counter_rejected"), self.col.get("id")
        return complaint_of(
            row,
            counter_rejected=_int(fields[i_cr]) or 0 if i_cr is not None else 0,
            id=fields[i_id] if i_id is not None else "",
            account=fields[self.i_account] if self.i_account is not None else "",
        )


def complaint_of(row: OutcomeRow, *, counter_rejected: int, id: str, account: str) -> Complaint:
    """The :class:`Complaint` of a valid row, with what the row does not carry."""
    day, platform, code, td, rj, wd, pd, ri = row
    return Complaint(
        filed=dt.date.fromordinal(day),
        platform=platform,
        reason_code=code,
        listings=td + rj + wd + pd,
        taken_down=td,
        rejected=rj,
        withdrawn=wd,
        pending=pd,
        reinstated=ri,
        counter_rejected=counter_rejected,
        id=id,
        account=account,
    )


# ------------------------------------------------------------- reading text


#: Half of a UTF-16 pair, which a str from a text stream may hold (UTF-8 bytes never do).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Chunks:
    """A file read in chunks of whole lines (text), from a binary or a text stream.

    Bytes are decoded as strict UTF-8 (a BOM at the start is dropped); a bad byte is
    an InputError naming its line and column, and so are a UTF-16 byte order mark and a NUL.
    """

    def __init__(self, stream: IO[Any], name: str, *, keep: bool = False) -> None:
        self.stream = stream
        self.name = name
        self.binary = not isinstance(stream, io.TextIOBase)
        self.carry: Any = b"" if self.binary else ""
        self.lines = 0  # lines returned before the last text returned (see :meth:`counted`)
        self.uncounted = ""  # the last text returned, its newlines not counted yet
        self.used = 0  # bytes of a binary stream returned so far (decoded)
        self.start = True
        self.eof = False
        #: what was read so far, kept until :meth:`spool` says whether to copy it
        self.early: list[Any] | None = [] if keep else None
        self.copy: IO[bytes] | None = None

    def spool(self, wanted: bool) -> None:
        """Copy everything read (so far and from now on) to a temporary file, or stop keeping.

        For a stream that cannot be opened again, when a second reading may be needed.
        """
        early, self.early = self.early, None
        if wanted and early is not None:
            self.copy = tempfile.TemporaryFile()  # noqa: SIM115 - closed by row_blocks
            for piece in early:
                self._keep(piece)

    def _keep(self, piece: Any) -> None:
        assert self.copy is not None
        self.copy.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))

    def _no_surrogate(self, data: str, more: str) -> None:
        """An InputError at a lone surrogate in a text stream's chunk (a str that did not come
        from UTF-8 bytes): it is no text, and copying or writing it out failed with
        "'utf-8' codec can't encode character ... surrogates not allowed"."""
        found = _LONE_SURROGATE.search(more)
        if found is None:
            return
        text, at = data + more, len(data) + found.start()
        line_start = text.rfind("\n", 0, at) + 1
        raise InputError(
            f"a lone surrogate (\\u{ord(found[0]):04x}, half of a UTF-16 pair) is not text",
            file=self.name,
            line=self.lines + text.count("\n", 0, at) + 1,
            column=at - line_start + 1,
        )

    def read(self, size: int) -> str:
        """The next chunk: about ``size`` characters ending at a newline (or the end)."""
        if self.uncounted:
            self.lines += self.uncounted.count("\n")
            self.uncounted = ""
        data = self.carry
        newline = b"\n" if self.binary else "\n"
        while not self.eof:
            more = self.stream.read(size)
            if not more:
                self.eof = True
                break
            if not self.binary and not more.isascii():
                self._no_surrogate(data, more)
            if self.early is not None:
                self.early.append(more)
            elif self.copy is not None:
                self._keep(more)
            data += more
            if newline in more:
                break
            if len(data) > DEFAULT_MAX_LINE and self._long(data):
                break  # a block of carriage-return lines (\r alone ends a CSV line)
        if self.eof:  # a final Ctrl-Z is DOS's end-of-file mark, dropped as every reader does
            mark = b"\x1a" if self.binary else "\x1a"
            if data[-1:] == mark and data[-2:-1] != mark:
                data = data[:-1]  # as ipprules._files.dos_eof drops it
        cut = len(data) if self.eof else self._cut(data)
        if self.start and self.binary and data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(
                "UTF-16 text (byte order mark); save the file as UTF-8",
                file=self.name,
                line=1,
                column=1,
            )
        if self.binary:
            text, cut = self._decode_lines(data, cut)
            self.used += cut
        else:
            text = data[:cut]
        self.carry = data[cut:]
        if self.start and text.startswith("\ufeff"):
            text = text[1:]
        self.start = False
        if "\0" in text:
            good = text.rfind("\n", 0, text.index("\0")) + 1
            if not good:
                raise self._nul(text)
            # the lines before the NUL's line first (their errors come first, whatever the
            # size of the chunk), as before a byte that is not UTF-8; the next read raises
            rest: Any = text[good:]
            if self.binary:
                rest = rest.encode("utf-8")
                self.used -= len(rest)
            self.carry = rest + self.carry
            text = text[:good]
        text = str(text)
        self.uncounted = text  # counted at the next read, unless the reader tells the count
        return text

    def counted(self, text: str, lines: int) -> None:
        """``text``, the last text read, holds ``lines`` newlines: the reader counted them
        (:attr:`lines` then needs no count of its own)."""
        if text is self.uncounted:
            self.lines += lines
            self.uncounted = ""

    def skip(self, size: int) -> None:
        """Pass over the next ``size`` bytes of a binary stream unread (they end a line; a
        second reading that needs only some blocks of lines)."""
        self.used += size
        if size <= len(self.carry):
            self.carry = self.carry[size:]
            return
        size -= len(self.carry)
        self.carry = b""
        if self.stream.seekable():
            self.stream.seek(size, io.SEEK_CUR)
            return
        while size > 0:
            got = self.stream.read(min(size, _BLOCK))
            if not got:
                self.eof = True
                return
            size -= len(got)

    def _nul(self, text: str) -> InputError:
        """The error of a NUL character (as the shared reading layer words it)."""
        from ipprules._files import nul_message

        at = text.index("\0")
        head = text[:4096].encode("utf-8", "replace") if not self.lines else b""
        around = text[max(0, at - 4096) : at + 4096].encode("utf-8", "surrogatepass")
        nul_at = len(text[max(0, at - 4096) : at].encode("utf-8", "surrogatepass"))  # 4 KiB
        return InputError(
            nul_message(head, name=self.name, around=around, at=nul_at),  # UTF-16 hint: head
            file=self.name,
            line=self.lines + text.count("\n", 0, at) + 1,
            column=at - text.rfind("\n", 0, at),
        )

    def _long(self, data: Any) -> bool:
        """Whether ``data`` (no newline in its last read) may be cut at a lone carriage
        return; raises InputError when its last line is longer than the most a line may
        hold (:data:`~ipprules._files.DEFAULT_MAX_LINE`): an endless line is refused in
        bounded time and memory."""
        start = data.rfind(b"\n" if self.binary else "\n") + 1
        if len(data) - start <= DEFAULT_MAX_LINE:
            return False
        if data.rfind(b"\r" if self.binary else "\r", start, len(data) - 1) >= start:
            return True
        # a bad byte or a NUL before the end of the line's first MiB is said first: a binary
        # file (a picture, compressed data) without line ends is no long line of text
        if self.binary:
            bom = 3 if self.start and data.startswith(b"\xef\xbb\xbf") else 0
            block = data[bom:] if bom else data
            raise long_or_bad(
                block,
                block.count(b"\n", 0, start - bom) + 1,
                self.name,
                InputError,
                self.lines,
                DEFAULT_MAX_LINE,
            )
        if "\0" in data[: start + DEFAULT_MAX_LINE]:
            raise self._nul(data)
        raise InputError(
            f"line longer than {DEFAULT_MAX_LINE // (1024 * 1024)} MiB, the most one may hold",
            file=self.name,
            line=self.lines + data.count(b"\n" if self.binary else "\n", 0, start) + 1,
        )

    def _cut(self, data: Any) -> int:
        """Where the whole lines of ``data`` end: after its last newline, or after its last
        carriage return followed by a character other than a newline (a file of lone
        carriage returns)."""
        newline, cr = (b"\n", b"\r") if self.binary else ("\n", "\r")
        start: int = data.rfind(newline) + 1
        if len(data) - start > DEFAULT_MAX_LINE:
            return max(start, int(data.rfind(cr, start, len(data) - 1)) + 1)
        return start

    def _decode_lines(self, data: bytes, cut: int) -> tuple[str, int]:
        """``data[:cut]`` decoded, and ``cut``; when it holds a byte that is not UTF-8, the
        whole lines before that line (and where they end), so that the lines before a bad
        byte are read, and their errors reported, before it is (the next read raises)."""
        try:
            return data[:cut].decode("utf-8"), cut
        except UnicodeDecodeError as exc:
            good = data.rfind(b"\n", 0, exc.start) + 1
            if good == 0:
                return self._decode(data[:cut]), cut  # raises, naming the line
            return data[:good].decode("utf-8"), good

    def _decode(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = data[: exc.start]
            line_start = head.rfind(b"\n") + 1
            column = len(head[line_start:].decode("utf-8", "replace")) + 1
            raise InputError(
                not_utf8(data, exc.start, data if self.lines == 0 else b"", name=self.name),
                file=self.name,
                line=self.lines + head.count(b"\n") + 1,
                column=column,
            ) from None

    def rest_lines(self, newline: str | None = "") -> Iterator[str]:
        """The remaining lines, line ends kept (``newline=""``: ``\\r``, ``\\n`` and
        ``\\r\\n`` end a line, as csv wants; ``"\\n"``: only ``\\n``, as JSON Lines wants)."""
        while True:
            text = self.read(_BLOCK)
            if not text:
                return
            yield from io.StringIO(text, newline=newline)


def _needs_csv(text: str) -> bool:
    """Whether a block needs the csv module: quotes, a carriage return alone, or a field
    longer than :func:`csv.field_size_limit` (which the csv module refuses). A NUL never
    reaches here (:class:`_Chunks` refuses it)."""
    if '"' in text:
        return True
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return True
    return len(text) > _LIMIT_CHECK and _long_field(text, csv.field_size_limit())


#: Blocks shorter than this hold no field over the csv module's default limit (131,072).
_LIMIT_CHECK = 1 << 16


def _long_field(text: str, limit: int) -> bool:
    """Whether a line of ``text`` holds a field longer than ``limit`` characters.

    Such a line holds a stretch of ``limit // 2`` characters without a newline aligned on a
    multiple of ``limit // 2``: a few :meth:`str.find` calls a block, each stopping at the
    first newline; only a line found so is split.
    """
    step = max(1, limit // 2)
    for k in range(0, len(text) - step + 1, step):
        if text.find("\n", k, k + step) == -1:
            start = text.rfind("\n", 0, k) + 1
            end = text.find("\n", k + step)
            line = text[start : len(text) if end == -1 else end]
            if len(line) > limit and max(map(len, line.split(","))) > limit:
                return True
    return False


class _FastBlocks:
    """Blocks of plain lines split with ``str.split``, equal lines tallied in C, each read once.

    A block gives ``(record, times)`` pairs: equal lines are tallied in C
    (:class:`collections.Counter`) and each distinct line is read once. A block holding an
    account event gives its lines in file order instead (``times`` 1), so that events keep
    their order.

    Where the file starts with the ``type`` and ``date`` columns (and ``id``, if any, comes
    third), a line is keyed by its text, or with an id by its first two fields and the text
    after the id (each line split at its first three commas, in C: :meth:`_columns`); a
    distinct key is read through a cache of heads (type and date) and a cache of a
    complaint's tails (what follows), so that it costs a tuple in Python, and ids do not
    make lines distinct. Otherwise each line is keyed by its text (with an ``id`` column:
    the text before the id and after it, cut out by one regular expression,
    :func:`_id_parts`) and each distinct key read once (a bounded cache). The ids go to the
    duplicate check (:class:`~ipprules.goodfaith.ids.IdCheck`). A block in which a line
    with an id column is an account event is read line by line (an event must leave ``id``
    empty), and so is a block with an error (the error names its line).
    """

    def __init__(self, records: _CsvRecords, ids: IdCheck | None) -> None:
        self.records = records
        self.ids = ids
        self.cache: dict[Any, Any] = {}
        self.events = False  # whether the block just read holds an account event
        self.lines = 0  # the lines of the block just read, when known (else 0)
        self.dated_keys = False  # whether the block's keys are date + tail (_complaints)
        #: where the block read now starts in a binary stream (its first byte), else None
        self.at: int | None = None
        self.heads: dict[tuple[str, str], int] = {}
        self.starts: dict[str, bool] = {}
        self.tails: dict[str, tuple[int, Any]] = {}
        #: a plain complaint row's fields after its date, by the text after its id, comma
        #: first (:meth:`_run`)
        self.run_tails: dict[str, tuple[Any, ...]] = {}
        #: the day of a complaint line's first 21 characters, as a tuple (empty: not a
        #: complaint with a valid date), and a plain complaint row's fields after its date
        #: by the text after its id (:meth:`_dated_rows`)
        self.start_days: dict[str, tuple[int, ...]] = {}
        self.row_tails: dict[str, tuple[Any, ...]] = {}
        i_id = records.col.get("id")
        self.i_id = i_id
        self.index = i_id or 0
        self.parts: Callable[[str], list[tuple[str, str, str]]] | None = (
            None if i_id is None else _id_parts(i_id)
        )
        self.complaints_first = records.header[:3] == ["type", "date", "id"]
        self.columns = records.header[:2] in (["type", "date"], ["date", "type"]) and i_id in (
            None,
            2,
        )
        #: whether complaint lines read ``complaint,YYYY-MM-DD,`` then the id (:meth:`_days`)
        self.by_day = records.header[:3] == ["type", "date", "id"]

    def rows(self, text: str, lineno: int) -> Iterator[list[tuple[Any, int]]]:
        """The records of a block (lines ``lineno + 1...``); raises after yielding the good."""
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        if _BLANK_LINES in text:
            yield from self._around_blank_runs(text, lineno)
            return
        yield from self._rows(text, lineno)

    def _around_blank_runs(self, text: str, lineno: int) -> Iterator[list[tuple[Any, int]]]:
        """The records of a block holding runs of :data:`_BLANK_LINES` blank lines or more:
        the lines between the runs are read as blocks of their own, the runs are counted,
        never read. Each blank line went through the line by line path (1 microsecond and
        more a line, a hundred times a row's cost a byte: a 60 KB gzip of 200 MiB of blank
        lines ran for minutes); records and line numbers are the same."""
        done, at = 0, lineno
        for run in _BLANK_RUN.finditer(text):
            # a run at the start is blank lines from there; else it starts with the newline
            # that ends the line before it
            cut = run.start() + 1 if run.start() else 0
            if cut > done:
                piece = text[done:cut]
                yield from self._rows(piece, at)
                at += piece.count("\n")
            at += run.end() - cut
            done = run.end()
        if done < len(text):
            yield from self._rows(text[done:], at)
        self.lines = 0  # the caller counts the block's lines

    def _rows(self, text: str, lineno: int) -> Iterator[list[tuple[Any, int]]]:
        """:meth:`rows` of a block of lines ending in ``\n``."""
        self.lines = 0
        if self.by_day and text.startswith(_COMPLAINT):
            days = self._days(text)
            if days is not None:
                if self.ids is not None:
                    given, width = days[1], days[3]
                    if width:  # every id of one length (none empty): a faster order check
                        self.ids.feed(given, self.at, width)
                    else:
                        self.ids.feed(list(filter(None, given)) if "" in given else given, self.at)
                self.events = False
                self.lines = days[2]
                yield days[0]
                return
        split = self._columns(text) if self.columns else None
        keys, ids = split if split is not None else self._lines(text)
        tally = Counter(keys)
        distinct = list(tally)
        self.events = False
        found = self._dated(distinct) if split is not None else self._cached(distinct)
        if found is None or (
            split is None and ids is not None and self._hidden(keys, ids, distinct, found)
        ):
            yield from self._slow(text, lineno)
            return
        if self.events if split is not None else not all(map(_is_row_or_blank, found)):
            # an account event: keep the file's order
            if ids is not None:
                yield from self._slow(text, lineno)
                return
            by_key = dict(zip(distinct, found, strict=True))
            yield [(r, 1) for r in map(by_key.__getitem__, keys) if r is not _BLANK]
            return
        if self.ids is not None and ids is not None:
            self.ids.feed(list(filter(None, ids)), self.at)
        pairs = zip(found, tally.values(), strict=True)
        if _BLANK in found:
            yield [pair for pair in pairs if pair[0] is not _BLANK]
        else:
            yield list(pairs)

    def _hidden(
        self, keys: list[Any], ids: list[str], distinct: list[Any], found: list[Any]
    ) -> bool:
        """Whether an event line left out (another account's) has an id: an error the line
        by line reading reports (an event leaves ``id`` empty), which keying the line
        without its id would hide."""
        if _BLANK not in found:
            return False
        i = self.records.i_type
        events = set()
        for key, hit in zip(distinct, found, strict=True):
            if hit is _BLANK and type(key) is tuple:
                fields = (key[0] + key[1]).split(",")
                if i < len(fields) and fields[i] not in ("complaint", ""):
                    events.add(key)
        return bool(events) and any(v and k in events for k, v in zip(keys, ids, strict=True))

    def _days(self, text: str) -> tuple[list[tuple[Any, int]], list[str], int, int] | None:
        """A block of complaint lines ``complaint,YYYY-MM-DD,...`` in runs of one day, as
        exports write them: ``(record, times)`` pairs and the ids; None for any other block
        (blank lines, events, other dates, too many runs, an invalid or new kind of line),
        which the general path then reads. The third value is the number of lines, the
        fourth the length of every id when they all have one (0 otherwise, or if one is
        empty).

        Each run of one day is found by bisection and checked by counting, in its lines
        joined, the newlines followed by its first 21 characters (C loops, cheaper than a
        ``str.startswith`` a line); in a run, each line's id and tail (the text after the
        id) are two slices, equal tails are tallied in C and each distinct tail is read once
        (a cache shared across blocks); a record is the run's day joined to the tail's
        fields.
        """
        lines = text.split("\n")
        lines.pop()  # after the last newline
        n = len(lines)
        most = 1 + n // _RUN  # runs of one day in a block, at most
        first, last = lines[0][:21], lines[-1][:21]
        if not (_complaint_start(first) and _complaint_start(last)):
            return None
        if abs(self._day(first) - self._day(last)) >= most:
            return None  # more days than runs allowed (or a bad date): the general path
        pairs: list[tuple[Any, int]] = []
        ids: list[str] = []
        start = runs = 0
        width = -1  # the length of every id so far (-1: no run yet; 0: not one length)
        while start < n:
            head = lines[start][:21]
            if not _complaint_start(head):
                return None  # an event, a blank line or another kind of date
            end = bisect_right(lines, head, start, n, key=_HEAD_OF)
            runs += 1
            if runs > most:
                return None  # not in runs of one day
            run = lines[start:end]
            if "\n".join(run).count("\n" + head) != end - start - 1:
                return None  # a line of the run starts otherwise
            found = self._run(head, run, pairs, ids)
            if found < 0:
                return None
            width = found if width in (-1, found) else 0
            start = end
        return pairs, ids, n, max(width, 0)

    def _day(self, head: str) -> int:
        """The day of a complaint line's first 21 characters (cached); -1 for a bad date."""
        key = ("complaint", head[10:20])
        day = self.heads.get(key)
        if day is None:
            if len(self.heads) > _CACHE_LINES:
                self.heads.clear()
            day = self.heads[key] = self._head(*key)
        return day

    def _run(self, head: str, run: list[str], pairs: list[tuple[Any, int]], ids: list[str]) -> int:
        """Add the records and ids of a run of lines of one day (see :meth:`_days`); return
        the length of every id of the run when they have one (else 0), -1 when a line is
        not a plain complaint row.

        Ids of one length (as exports write them) are cut with the same two slices on every
        line, the comma after the id kept at the start of the tail: that the ids hold no
        comma and that each distinct tail starts with one shows that every id ends where
        the first does (else each line's comma is looked for, :func:`_ids_and_tails`).
        """
        day = self._day(head)
        if day < 0:
            return -1
        width = 0
        tally: Counter[str] | None = None
        fixed = _fixed_ids_and_tails(run)
        if fixed is not None:
            tally = Counter(fixed[1])
            if all(map(str.startswith, tally, repeat(","))):
                ids.extend(fixed[0])
                width = len(fixed[0][0])
            else:
                tally = None  # an id longer than the first
        if tally is None:
            cut = _ids_and_tails(run, comma=True)
            if cut is None:
                return -1
            ids.extend(cut[0])
            tally = Counter(cut[1])
        cache = self.run_tails
        if len(cache) > _CACHE_LINES:
            cache.clear()
        found: list[Any] = list(map(cache.get, tally))
        if None in found:
            key = ("complaint", head[10:20])
            for i, tail in enumerate(tally):
                if found[i] is None:
                    hit = self._tail(key, tail[1:], day, keep=False)
                    if hit is None or hit[0] != _ROW:
                        return -1
                    found[i] = cache[tail] = hit[1]
        rows = map(operator.add, repeat((day,)), found)
        pairs.extend(zip(rows, tally.values(), strict=False))  # repeat() is endless
        return width

    def _columns(self, text: str) -> tuple[list[Any], list[str] | None] | None:
        """The keys and the ids of ``text``; None if a line has too few fields.

        Without an id the key is the line; with one (third column), the key is
        ``(first field, second field, the text after the id)``: each line split at its first
        three commas only, in C.
        """
        lines = text.split("\n")
        lines.pop()  # after the last newline
        self.dated_keys = False
        if self.i_id is None:
            return lines, None
        if self.complaints_first and text.startswith(_COMPLAINT):
            found = self._complaints(text, lines)
            if found is not None:
                self.dated_keys = True
                return found
        parts = list(map(_SPLIT3, lines))
        try:
            keys = list(map(_HEAD_TAIL, parts))
            ids = list(map(_THIRD, parts))
        except IndexError:  # a line with fewer than 4 fields
            return None
        return keys, ids

    def _complaints(self, text: str, lines: list[str]) -> tuple[list[Any], list[str]] | None:
        """Keys (the first 21 characters, then the text after the id) and ids of a block.

        A line ``complaint,YYYY-MM-DD,<id>,...`` has its id from character 21 to the next
        comma: cut out with one :meth:`str.find` and three slices a line, in C. Whether each
        line really starts that way is read from its first 21 characters, once per distinct
        head (:meth:`_dated`). The keys are strings, not tuples: the cyclic garbage collector
        does not track strings, and it would scan a block's worth of new tuples many times
        over. None when a line has no comma after character 21.
        """
        cut = _ids_and_tails(lines)
        if cut is None:
            return None
        ids, tails = cut
        heads = map(getitem, lines, repeat(_HEAD, len(lines)))
        return list(map(operator.add, heads, tails)), list(ids)

    def ids_of(self, text: str) -> list[str]:
        """The non-empty ids of a block of valid lines without quotes (a second reading)."""
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        lines = text.split("\n")
        if not lines[-1]:
            lines.pop()
        index = self.index
        found = _complaint_ids(text, lines) if self.complaints_first else None
        if found is not None:
            ids: list[str] = found
        else:
            parts = list(map(operator.methodcaller("split", ",", index + 1), lines))
            try:
                ids = list(map(operator.itemgetter(index), parts))
            except IndexError:  # a blank line
                ids = [p[index] for p in parts if len(p) > index]
        return list(filter(None, ids))

    def _dated(self, keys: list[Any]) -> list[Any] | None:
        """The record of each key of :meth:`_columns`; None if one is not a valid line."""
        heads, tails = self.heads, self.tails
        if len(tails) > _CACHE_LINES:
            tails.clear()
        if len(heads) > _CACHE_LINES:
            heads.clear()
            self.starts.clear()
        dated, starts = self.dated_keys, self.starts
        if dated:
            rows = self._dated_rows(keys)
            if rows is not None:
                return rows
        out: list[Any] = []
        for key in keys:
            if dated:  # 21 characters ("complaint,YYYY-MM-DD,"), then the text after the id
                start = key[:21]
                if starts.get(start) is None:
                    starts[start] = _complaint_start(start)
                if not starts[start]:
                    return None  # not a complaint with a 10-character date: line by line
                head, tail = ("complaint", start[10:20]), key[21:]
            else:
                parts = key.split(",", 2) if type(key) is str else key
                if len(parts) != 3:
                    return None
                head, tail = (parts[0], parts[1]), parts[2]
            day = heads.get(head)
            if day is None:
                day = heads[head] = self._head(*head)
            hit = tails.get(tail) if day >= 0 else None
            if hit is None:
                hit = self._tail(head, tail, day)
                if hit is None:
                    return None
            tag, payload = hit
            if tag == _ROW:
                out.append((day, *payload))
            elif tag == _TAGGED_ROW:
                out.append((payload[0], (day, *payload[1])))
            elif tag == _NONE:
                out.append(_BLANK)
            else:
                out.append(payload)  # an account event, read with its date
                self.events = True
        return out

    def _dated_rows(self, keys: list[str]) -> list[Any] | None:
        """:meth:`_dated` of keys ``complaint,YYYY-MM-DD,`` then a tail, when every key is
        a plain complaint row (as in a file whose dates are in no order, where nearly every
        key of a block is distinct): each key's day tuple and fields are looked up in C,
        by its first 21 characters and by its tail (two caches), and joined, the misses
        read once each. None when a key is not such a row (:meth:`_dated` reads it)."""
        days = self.start_days
        if len(days) > _CACHE_LINES:
            days.clear()
        heads: list[str] = list(map(_HEAD_OF, keys))
        found: list[Any] = list(map(days.get, heads))
        if None in found:
            for start in set(itertools.compress(heads, map(operator.is_, found, repeat(None)))):
                day = self._head("complaint", start[10:20]) if _complaint_start(start) else -1
                days[start] = (day,) if day >= 0 else ()
            found = list(map(days.get, heads))
        if () in found:
            return None  # not a complaint with a valid date
        tails: list[str] = list(map(_TAIL_OF, keys))
        rows = self.row_tails
        if len(rows) > _CACHE_LINES:
            rows.clear()
        fields: list[Any] = list(map(rows.get, tails))
        if None in fields:
            missing = list(map(operator.is_, fields, repeat(None)))
            by_tail = zip(
                itertools.compress(tails, missing), itertools.compress(heads, missing), strict=True
            )
            for tail, start in dict(by_tail).items():  # a head of each tail (all valid)
                head = ("complaint", start[10:20])
                hit = self.tails.get(tail) or self._tail(head, tail, days[start][0])
                if hit is None or hit[0] != _ROW:
                    return None
                rows[tail] = hit[1]
            fields = list(map(rows.get, tails))
        return list(map(operator.add, found, fields))

    def _head(self, first: str, second: str) -> int:
        """The day of a complaint's head; -1 for an event's head or a bad date."""
        kind, date = (first, second) if self.records.i_type == 0 else (second, first)
        day = self.records.dates.ordinal(date) if kind == "complaint" else None
        return -1 if day is None else day

    def _tail(
        self, head: tuple[str, str], tail: str, day: int, *, keep: bool = True
    ) -> tuple[int, Any] | None:
        """What a line says: cached by its tail for a complaint (``keep``; :meth:`_run` keeps
        rows in a cache of its own); None for an invalid line."""
        fields = list(head)
        if self.i_id is not None:
            fields.append("")
        fields.extend(tail.split(","))
        try:
            hit = self.records.record(fields, 0)
        except InputError:
            return None
        if day < 0:  # an event (its date is part of it)
            return (_EVENT, hit)
        found: tuple[int, Any]
        if hit is _BLANK:
            found = (_NONE, None)
        elif type(hit) is tuple and len(hit) == 8:
            found = (_ROW, hit[1:])
        else:
            found = (_TAGGED_ROW, (hit[0], hit[1][1:]))
        if keep:
            self.tails[tail] = found
        return found

    def _lines(self, text: str) -> tuple[list[Any], list[str] | None]:
        """The key of each line of ``text``: its text, or (before, after) its id; its ids."""
        if self.parts is None:
            keys: list[Any] = text.split("\n")
            keys.pop()  # after the last newline
            return keys, None
        parts = self.parts(text)
        parts.pop()  # the empty match after the last newline
        return list(map(_BEFORE_AFTER, parts)), list(map(_MIDDLE, parts))

    def _cached(self, keys: list[Any]) -> list[Any] | None:
        """The record of each line key (a bounded cache); None if one is not a valid line."""
        cache = self.cache
        if len(cache) > _CACHE_LINES:
            cache.clear()
        found = list(map(cache.get, keys))
        if None not in found:
            return found
        record = self.records.record
        for key in itertools.compress(keys, map(operator.not_, found)):
            if type(key) is tuple and not key[0] and self.index:
                return None  # fewer fields than the id's column, or a blank line
            try:
                cache[key] = record((key if type(key) is str else key[0] + key[1]).split(","), 0)
            except InputError:
                return None
        return list(map(cache.get, keys))

    def _slow(self, text: str, lineno: int) -> Iterator[list[tuple[Any, int]]]:
        """A block line by line (the first error with its line; events keep their ids)."""
        lines = text.split("\n")
        lines.pop()
        record = self.records.record
        out: list[tuple[Any, int]] = []
        ids: list[str] = []
        i_id = self.records.col.get("id")
        for i, line in enumerate(lines, start=lineno + 1):
            fields = line.split(",")
            try:
                found = record(fields, i)
            except InputError:
                yield out
                raise
            if i_id is not None and i_id < len(fields) and fields[i_id]:
                ids.append(fields[i_id])
            if found is not _BLANK:
                out.append((found, 1))
        if self.ids is not None:
            self.ids.feed(ids, self.at)
        yield out


def _ids_and_tails(
    lines: list[str], *, comma: bool = False
) -> tuple[Iterator[str], Iterator[str]] | None:
    """The id (from character 21 to the next comma) and the text after it (``comma``: from
    that comma) of each line ``complaint,YYYY-MM-DD,<id>,...``, cut with one
    :meth:`str.find` and two slices a line, in C; None when a line has no comma after
    character 21."""
    n = len(lines)
    cut = list(map(str.find, lines, repeat(",", n), repeat(21, n)))
    if -1 in cut:
        return None
    ids: Iterator[str]
    tails: Iterator[str]
    skip = 0 if comma else 1
    if cut.count(cut[0]) == n:  # ids of one length: the same slices for every line
        ids = map(getitem, lines, repeat(slice(21, cut[0]), n))
        tails = map(getitem, lines, repeat(slice(cut[0] + skip, None), n))
    else:
        ids = map(getitem, lines, map(slice, repeat(21, n), cut))
        starts = cut if comma else map(_NEXT, cut)
        tails = map(getitem, lines, map(slice, starts, repeat(None, n)))
    return ids, tails


def _fixed_ids_and_tails(lines: list[str]) -> tuple[list[str], Iterator[str]] | None:
    """The ids of ``complaint,YYYY-MM-DD,<id>,...`` lines, cut where the first line's id
    ends, and the tails from there (which start with a comma when the line's id ends there
    too: the caller checks each distinct tail); None if the first id is empty or a cut id
    holds a comma (shorter than the first)."""
    end = lines[0].find(",", 21)
    if end <= 21:
        return None
    n = len(lines)
    ids: list[str] = list(map(getitem, lines, repeat(slice(21, end), n)))
    if "," in "".join(ids):
        return None
    return ids, map(getitem, lines, repeat(slice(end, None), n))


def _complaint_start(start: str) -> bool:
    """Whether 21 characters are ``complaint,``, 10 characters without a comma, a comma."""
    return start.startswith(_COMPLAINT) and start[20:] == "," and "," not in start[10:20]


def _complaint_ids(text: str, lines: list[str]) -> list[str] | None:
    """The id of each line (from character 21 to the next comma), if every line starts
    ``complaint,`` and a 10-character date and has a comma after its id; None otherwise.

    Ids of one length (as exports write them) are cut where the first line's id ends, with
    no search a line: exact when every line has a comma there and no cut id holds one
    (then that comma is each line's first after character 21). Otherwise one
    :meth:`str.find` a line.
    """
    n = len(lines)
    if not text.startswith(_COMPLAINT) or text.count(_NEW_COMPLAINT) != n - 1:
        return None
    end = lines[0].find(",", 21)
    marks = slice(20, end + 1, end - 20)  # the characters at 20 and ``end``: two commas?
    if end != -1 and set(map(getitem, lines, repeat(marks, n))) == {",,"}:
        ids: list[str] = list(map(getitem, lines, repeat(slice(21, end), n)))
        if "," not in "".join(ids):
            return ids
    try:
        if set(map(getitem, lines, repeat(20, n))) != {","}:
            return None
    except IndexError:  # a line of 20 characters or fewer
        return None
    cut = list(map(str.find, lines, repeat(",", n), repeat(21, n)))
    if -1 in cut:
        return None
    return list(map(getitem, lines, map(slice, repeat(21, n), cut)))


_BEFORE_AFTER = operator.itemgetter(0, 2)
_SPLIT3 = operator.methodcaller("split", ",", 3)
_HEAD_TAIL = operator.itemgetter(0, 1, 3)
_THIRD = operator.itemgetter(2)
_COMPLAINT = "complaint,"
_NEW_COMPLAINT = "\ncomplaint,"
_HEAD = slice(0, 21)
_NEXT = (1).__add__
#: What the rest of a line is (:meth:`_FastBlocks._rest`).
_ROW, _TAGGED_ROW, _NONE, _EVENT = range(4)
_MIDDLE = operator.itemgetter(1)
_HEAD_OF = operator.itemgetter(_HEAD)
_TAIL_OF = operator.itemgetter(slice(21, None))
#: Lines per run of one day, on average at least, for a block to take the by-day path.
_RUN = 32


def _is_row(found: Any) -> bool:
    """Whether a record is a complaint row (plain, or tagged with its account)."""
    if type(found) is not tuple:
        return False
    return len(found) != 2 or type(found[1]) is tuple


def _is_row_or_blank(found: Any) -> bool:
    return found is _BLANK or _is_row(found)


def _id_parts(index: int) -> Callable[[str], list[tuple[str, str, str]]]:
    """A function giving, for each line of a text, (the text before field ``index``, the
    field, the text after it).

    Two lines with the same first and last parts differ in that field only (they fix the
    number of fields and every other field). A line with fewer fields gets
    ``("", field, rest)``, which no line with enough fields can have.
    """
    prefix = f"((?:[^,\n]*,){{{index}}})?" if index else "()"
    return re.compile(f"^{prefix}([^,\n]*)(.*)$", re.MULTILINE).findall


def _csv_blocks(
    chunks: _Chunks, name: str, want: _Want, reread: Rereads
) -> Iterator[list[tuple[Any, int]]]:
    """The records of a CSV history, in lists of ``(record, times)`` (see :func:`iter_rows`).

    The header is read with :mod:`csv`. The body is read in blocks of whole lines (from
    1 KiB up to :data:`_BLOCK` characters): a block without quotes (``"``), lone carriage
    returns or NUL characters goes through :class:`_FastBlocks`, which is what :mod:`csv`
    would make of it (line ends ``\\n`` or ``\\r\\n``). A block that needs real CSV parsing
    is cut (:func:`_mixed_block`): the records that hold a quote or a lone carriage return
    (and short runs of plain lines next to them) go through :func:`csv.reader`, the runs of
    plain lines between them through :class:`_FastBlocks`, and the next block is read as
    any other. With an ``id`` column, a repeated id is an InputError at the end (see
    :mod:`ipprules.goodfaith.ids`; ``reread`` reads the ids again when that is needed).
    """
    first = chunks.read(_FIRST_BLOCK)
    head = io.StringIO(first, newline="\n").readline()  # ends at \n (or \r\n)
    body = first[len(head) :]
    if not head.strip():  # read on as iter_history does: blank to the end, or an error
        return _blank_start(chunks, body, name)
    old_mac_header(head, name, 1)  # lines ending in \r alone: refused, as by every CSV reader
    try:
        fields = next(csv.reader([head.rstrip("\r\n")], strict=True))
    except (csv.Error, StopIteration) as exc:
        if str(exc) == "unexpected end of data":  # a quoted cell goes on past line 1
            return _spanning_head(chunks, first, name)
        at = csv_error_at([head], 1) or (1, 1)
        raise InputError(
            f"not valid CSV: {csv_problem(exc, 1, 1, first=head)[0]}",
            file=name,
            line=at[0],
            column=at[1],
        ) from None
    if not "".join(fields).strip():  # empty quoted cells (""): a blank record, as csv reads
        return _blank_start(chunks, body, name)  # it and iter_history says (not a header)
    records = _CsvRecords(*_header(fields, name, [head]), name, want)
    ids = IdCheck(name, *reread) if "id" in records.col else None
    chunks.spool(ids is not None)
    fast = _FastBlocks(records, ids)
    lineno, text, size = 1, body, _FIRST_BLOCK
    fast.at = 0 if chunks.binary else None  # the header's line is read again, and left out
    while text or not chunks.eof:
        if _needs_csv(text):
            plain = _notes_dropped(text, records)
            got = None if plain is None else _rows_or_none(fast, plain, lineno)
            if got is None:
                lineno = yield from _mixed_block(_Lines(chunks, fast, text), records, lineno, ids)
            else:
                yield from got
                lineno += fast.lines or text.count("\n")
        elif text:
            yield from fast.rows(text, lineno)
            if fast.lines and text.endswith("\n"):  # then as many lines as newlines
                chunks.counted(text, fast.lines)
            lineno += fast.lines or text.count("\n")
        size = min(size * 2, _BLOCK)
        if chunks.binary:
            fast.at = chunks.used
        text = chunks.read(size)
    if ids is not None:
        ids.finish()


def _spanning_head(chunks: _Chunks, first: str, name: str) -> None:
    """A header whose quoted cell goes on past line 1 (``first``: the text read so far),
    read as :func:`iter_history` reads it (:func:`_csv_head`): blank (``"\\n"``), or an
    InputError (a column name holds a line break, a quote never closed, text after it)."""
    lines = itertools.chain(io.StringIO(first, newline="\n"), chunks.rest_lines("\n"))
    got = _csv_head(chunks, lines, name)
    if got is not None:  # a cell of the record holds the line break it spans
        _header(got[2], name, got[1].take()[:1])
        raise AssertionError("a header record spanning lines was read")  # pragma: no cover


def _blank_start(chunks: _Chunks, body: str, name: str) -> None:
    """The records after a blank first line (white space, or cells that are empty), ``body``
    being what was read after it: see :func:`_blank_first`."""
    chunks.spool(False)  # no header, no ids to read again: what was read is not kept
    before = 1
    while True:  # lines of white space without a carriage return: blank, at C speed
        if "\r" in body or body.strip():
            found = _WHITE_LINES.match(body)
            skip = found.end() if found else 0
        else:  # a block of white space only
            skip = len(body)
        before += body.count("\n", 0, skip)
        body = body[skip:]
        if body or (chunks.eof and not chunks.carry):
            break
        body = chunks.read(_BLOCK)
    lines = itertools.chain(io.StringIO(body, newline="\n"), chunks.rest_lines("\n"))
    return _blank_first(lines, name, before)


#: Lines of white space without a carriage return: each a blank record to :mod:`csv`.
_WHITE_LINES = re.compile(r"(?:[^\S\r\n]*+\n)*+")

#: A CSV history whose first line is blank while a later one is not.
_BLANK_HEAD = "line 1 is blank: a CSV history starts with its header line"


def _blank_first(lines: Iterator[str], name: str, before: int) -> None:
    """The records after a blank first line, read from ``lines`` (the lines after the first
    ``before`` lines): ``None`` when they are blank to the end (a history with no rows at all,
    as in JSON Lines; ``""`` is a blank record too); else an InputError: "line 1 is blank"
    at a record that is not, or the :mod:`csv` error of a quote that breaks a record first, at
    its own line. Lines that end in a carriage return alone are white space to the end or
    "line 1 is blank" (as the Dask reader says). Only the record being read is kept, not
    every blank line of the file (sweep blank)."""
    kept = KeptLines()
    reader = csv.reader(_kept(lines, kept), strict=True)
    first = before + 1  # the line kept[0] is on
    try:
        for fields in reader:
            if "".join(fields).strip():
                raise InputError(_BLANK_HEAD, file=name, line=1)
            kept.clear()
            first = before + reader.line_num + 1
    except csv.Error as exc:
        message, line = csv_problem(exc, before + reader.line_num, first, kept)
        if message != BARE_CR_IN_CELL:
            line, column = csv_error_at(kept.parts(), first) or (line, 1)
            error = f"not valid CSV: {message}"
            raise InputError(error, file=name, line=line, column=column) from None
        if kept.text().strip() or any(line.strip() for line in lines):
            raise InputError(_BLANK_HEAD, file=name, line=1) from None


def _notes_dropped(text: str, records: _CsvRecords) -> str | None:
    """``text`` with each line that holds a quote written again without quotes and with
    its note emptied, when that is what :mod:`csv` reads of each such line: a complaint of
    one line, of the header's width, whose cells but its note hold no comma, quote, line end
    or carriage return. A complaint's note is no part of its record, so the fast path reads
    the same records from it, on the same lines (their ends ``\n``, as the fast path reads
    ``\r\n``). None when a line does not qualify, or the block holds a lone carriage
    return (then :func:`_mixed_block` reads it).

    The lines holding a quote are picked out and read by one :func:`csv.reader`, in C: it
    makes one record of each of them exactly when no quote is left open at a line's end (a
    cell spanning lines joins two of them into one record, or fails at the end).
    """
    i_note, i_type, width = records.i_note, records.i_type, records.width
    if i_note is None:
        return None
    if "\r" in text:
        if text.count("\r") != text.count("\r\n"):
            return None
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    quoted = list(itertools.compress(range(len(lines)), map(operator.contains, lines, repeat('"'))))
    try:
        rows = list(csv.reader(list(map(lines.__getitem__, quoted)), strict=True))
    except csv.Error:
        return None  # a quote never closed (a cell spans lines), or broken
    if len(rows) != len(quoted) or set(map(len, rows)) != {width}:
        return None
    if set(map(operator.itemgetter(i_type), rows)) != {"complaint"}:
        return None
    news = [",".join([*row[:i_note], "", *row[i_note + 1 :]]) for row in rows]
    joined = "\n".join(news)
    if joined.count(",") != (width - 1) * len(news) or '"' in joined or "\r" in joined:
        return None
    if joined.count("\n") != len(news) - 1:
        return None  # a cell holds a line end
    for at, line in zip(quoted, news, strict=True):
        lines[at] = line
    plain = "\n".join(lines)
    return None if _needs_csv(plain) else plain


def _rows_or_none(fast: _FastBlocks, text: str, lineno: int) -> list[list[tuple[Any, int]]] | None:
    """The records of a block read by the fast path, or None if it raises (a block that
    raises has fed no id: :meth:`_FastBlocks.rows` feeds a block's ids once it is read)."""
    try:
        return list(fast.rows(text, lineno))
    except InputError:
        return None


#: Plain lines (characters) worth a call of the fast path between two records that need
#: :mod:`csv`; a shorter run of them is read with those records, by :func:`csv.reader`.
_GAP = 1 << 11
#: A quote, or a carriage return that does not end a line (``\r\n``): what the fast path
#: does not read.
_SPECIAL = re.compile('"|\r(?!\n)')


class _Lines:
    """The lines of a block of a CSV history from a place on (``pos``), line ends kept, for
    :func:`csv.reader`: past the block's end only while the reader is inside a record (a
    quoted cell holding line ends may span blocks), then from the next block read (which
    becomes :attr:`text`; :attr:`_FastBlocks.at` follows it). Lines end at ``\\n`` alone,
    as the csv reading always had them (a bare carriage return outside quotes is refused)."""

    def __init__(self, chunks: _Chunks, fast: _FastBlocks, text: str) -> None:
        self.chunks = chunks
        self.fast = fast
        self.text = text
        self.pos = 0
        self.inside = False  # whether the reader is inside a record (set by the caller)
        self.kept = KeptLines()  # the lines of the record being read
        #: whether the block holds a carriage return that does not end a line
        self.lone_cr = "\r" in text and text.count("\r") != text.count("\r\n")

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        text, pos = self.text, self.pos
        if pos >= len(text):
            if not self.inside or (self.chunks.eof and not self.chunks.carry):
                raise StopIteration
            if self.chunks.binary:
                self.fast.at = self.chunks.used
            text = self.read(_BLOCK)
            pos = 0
            if not text:
                raise StopIteration
        end = text.find("\n", pos) + 1 or len(text)
        line = text[pos:end]
        self.pos = end
        self.inside = True
        held = self.kept.lines
        held.append(line)
        if len(held) > 1 and self.kept.more(line):
            raise StopIteration  # a record too long: see :meth:`KeptLines.more`
        return line

    def read(self, size: int) -> str:
        """The next block (it becomes :attr:`text`, read from its start)."""
        self.text = self.chunks.read(size)
        self.lone_cr = "\r" in self.text and self.text.count("\r") != self.text.count("\r\n")
        self.pos = 0
        return self.text

    def special(self) -> int:
        """Where the next quote or lone carriage return of the block is (-1: none)."""
        if not self.lone_cr:
            return self.text.find('"', self.pos)
        found = _SPECIAL.search(self.text, self.pos)
        return -1 if found is None else found.start()


def _mixed_block(
    lines: _Lines, records: _CsvRecords, lineno: int, ids: IdCheck | None
) -> Generator[list[tuple[Any, int]], None, int]:
    """The records of a block that needs :mod:`csv` (lines ``lineno + 1...``), and of the
    blocks a quoted cell it opens spans; returns the number of the last line read (the
    blocks' last). Runs of plain lines of :data:`_GAP` characters or more go through the
    fast path (:meth:`_FastBlocks.rows`), the rest through :func:`_csv_rest` up to the end
    of the record that holds the next quote or lone carriage return."""
    fast = lines.fast
    while lines.pos < len(lines.text):
        text, pos = lines.text, lines.pos
        special = lines.special()
        stop = len(text) if special == -1 else max(pos, text.rfind("\n", pos, special) + 1)
        if stop - pos >= _GAP or (special == -1 and stop > pos):
            run = text[pos:stop]
            if not _needs_csv(run):  # no field too long for the csv module
                yield from fast.rows(run, lineno)
                lineno += fast.lines or run.count("\n")
                lines.pos = stop
                continue
        lineno = yield from _csv_rest(
            lines, records, lineno, ids, len(text) if special == -1 else special
        )
    return lineno


def _csv_rest(
    lines: _Lines, records: _CsvRecords, lineno: int, ids: IdCheck | None, until: int
) -> Generator[list[tuple[Any, int]], None, int]:
    """Records through :func:`csv.reader` (quotes, carriage returns) from ``lines`` (lines
    ``lineno + 1...``) until one ends past character ``until`` of the block or the block
    ends; returns the number of the last line read. Lines end at ``\\n`` (or ``\\r\\n``): a
    bare carriage return outside quotes is refused."""
    kept = lines.kept
    kept.clear()
    reader = csv.reader(lines, strict=True)
    out: list[tuple[Any, int]] = []
    seen: list[str] = []
    i_id = records.col.get("id")
    at = lines.fast.at  # where the block of the first record starts
    block = lines.text
    done = lineno  # the last line of the last record read
    while True:
        try:
            fields = next(reader)
            lines.inside = False
            done = lineno + reader.line_num
            records.lines[:] = kept.take()
            found = records.record(fields, done)
        except StopIteration:
            break
        except csv.Error as exc:
            yield out
            message, line = csv_problem(exc, lineno + reader.line_num, done + 1, kept)
            del reader  # its cell (4 bytes a character) is freed before the record is placed
            line, column = csv_error_at(kept.parts(), done + 1) or (line, 1)
            raise InputError(
                f"not valid CSV: {message}", file=records.name, line=line, column=column
            ) from None
        except InputError:
            yield out
            raise
        if i_id is not None and i_id < len(fields) and fields[i_id]:
            seen.append(fields[i_id])
        if found is not _BLANK:
            out.append((found, 1))
        if lines.text is not block or lines.pos > until:
            break
        if len(seen) + len(out) >= 8192:
            if ids is not None:
                ids.feed(seen, at)
            seen = []
            yield out
            out = []
    if ids is not None:
        ids.feed(seen, at)
    records.lines.clear()  # the fast path's lines are their fields joined by commas
    if out:
        yield out
    return lineno + reader.line_num


def _csv_full(
    chunks: _Chunks, name: str, want: _Want, reread: Rereads
) -> Iterator[Complaint | AccountEvent]:
    """Full records (ids, accounts and ``counter_rejected`` kept), through :mod:`csv`."""
    got = _csv_head(chunks, chunks.rest_lines("\n"), name)
    if got is None:
        return
    reader, kept, head = got
    lineno = 0  # the last line of the last record read
    try:
        records = _CsvRecords(*_header(head, name, kept.take()[:1]), name, want)
        kept.clear()
        i_id = records.col.get("id")
        chunks.spool(i_id is not None)
        ids = _Batches(IdCheck(name, *reread) if i_id is not None else None)
        lineno = reader.line_num
        for fields in reader:
            lineno = reader.line_num
            records.lines[:] = kept.take()
            found = records.record(fields, lineno)
            if i_id is not None and i_id < len(fields):
                ids.add(fields[i_id])
            if found is _BLANK:
                continue
            if type(found) is tuple:
                yield records.complaint(fields, found)
            else:
                yield found
        ids.finish()
    except csv.Error as exc:
        message, line = csv_problem(exc, reader.line_num, lineno + 1, kept)
        del reader  # its cell (4 bytes a character) is freed before the record is placed
        line, column = csv_error_at(kept.parts(), lineno + 1) or (line, 1)
        raise InputError(f"not valid CSV: {message}", file=name, line=line, column=column) from None


def _csv_head(
    chunks: _Chunks, lines: Iterator[str], name: str
) -> tuple[Any, KeptLines, list[str]] | None:
    """The header record of a CSV history, read by :mod:`csv` from ``lines`` (the file's
    lines from its first, ``\\n`` ends): the reader (to read on), the record's kept lines and
    its cells. None when it is blank: the rest is then blank to the end (no rows) or an
    InputError (:func:`_blank_first`). A header that breaks :mod:`csv` is an InputError at
    its cell (a bare carriage return in it: an old Mac file). The one reading of a header
    whose quoted cell spans lines, by :func:`iter_history` and :func:`iter_rows` alike."""
    kept = KeptLines()
    reader = csv.reader(_kept(_mac_checked(lines, name), kept), strict=True)
    try:
        head = next(reader, None)
    except csv.Error as exc:
        message, line = csv_problem(exc, reader.line_num, 1, kept)
        read = reader.line_num
        del reader  # its cell (4 bytes a character) is freed before the record is placed
        if message == BARE_CR_IN_CELL:  # an old Mac file
            if not kept.text().strip():  # or white space (" \r "): a blank line 1
                chunks.spool(False)
                _blank_first(lines, name, read)
                return None
            raise InputError(OLD_MAC_LINES, file=name, line=read) from None
        line, column = csv_error_at(kept.parts(), 1) or (line, 1)
        raise InputError(f"not valid CSV: {message}", file=name, line=line, column=column) from None
    if head is None or not "".join(head).strip():
        chunks.spool(False)  # no header, no ids to read again: what was read is not kept
        _blank_first(lines, name, reader.line_num)
        return None
    return reader, kept, head


def _mac_checked(lines: Iterator[str], name: str) -> Iterator[str]:
    """``lines``, the first of them refused as an old Mac file's if it is not blank and holds
    a carriage return before its end (:func:`~ipprules._files.old_mac_header`), as
    :func:`iter_rows` refuses it before reading its cells: ``"a"\\t\\r"a"`` was "','
    expected after '\"'" here, and a CR in a quoted name "a column name holds a line break".
    """
    for line in lines:
        if line.strip():
            old_mac_header(line, name, 1)
        yield line
        break
    yield from lines


# --------------------------------------------------------------- JSON Lines

_JSON_KEYS = frozenset((*CSV_COLUMNS, "items"))
#: The keys whose null is read as "" (an empty CSV cell): pandas' ``to_json`` writes the NaN
#: of an empty cell as null.
_NULL_AS_EMPTY = ("id", "note", "account")
_OUTCOMES = ("taken_down", "rejected", "withdrawn", "pending")
_COUNTER = {"upheld": "reinstated", "rejected": "counter_rejected", None: None}
#: A key a JSON path names with a dot (``$.colour``); others are named by their object.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


class ErrorAt(Protocol):
    """The error at a JSON path of a JSON Lines record (``key``: at that key of the object at
    the path, as for an unknown key, not at a value)."""

    def __call__(self, path: str, message: str, key: str | None = None) -> InputError: ...


def _jsonl(chunks: _Chunks, name: str) -> Iterator[tuple[Any, ErrorAt, int]]:
    """``(data, err, line)`` for each non-blank line of a JSON Lines file."""
    from ipprules._files import Document

    first = True
    for lineno, line in enumerate(chunks.rest_lines(newline="\n"), start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        data = jsonl_value(line, name, lineno, first=first, old_mac=True, column=1)
        first = False
        doc = Document(name=name, text=line, data=data, format="json")
        written: dict[str, str] = {}

        def err(
            path: str,
            message: str,
            key: str | None = None,
            doc: Document = doc,
            lineno: int = lineno,
            written: dict[str, str] = written,
        ) -> InputError:
            at = _as_written(path, written)
            found = doc.locate(at) if key is None else doc.locate_key("$", key)
            return InputError(
                message, path=path, file=name, line=lineno, column=found[1] if found else 1
            )

        yield _keys_read(data, err, written), err, lineno


def _keys_read(data: Any, err: ErrorAt | None, written: dict[str, str]) -> Any:
    """``data`` (one line's JSON) with each key read as a CSV history's header cell is
    (:func:`~ipprules._files.column_name`: case, spaces, hyphens) renamed to the column it
    names (``"Reason Code"``: ``reason_code``), and ``written`` told the keys so renamed;
    other keys are kept as written (an unknown key is named as it is written). Two keys that
    name one column are refused as a CSV header naming it twice (``err``: None, on a line
    read again, which the first reading found good: the first is kept).

    >>> _keys_read({"Type": "complaint", "reason-code": "x", "colour": 1}, None, {})
    {'type': 'complaint', 'reason_code': 'x', 'colour': 1}
    """
    if not isinstance(data, dict) or _JSON_KEYS.issuperset(data):
        return data
    read: dict[str, Any] = {}
    for key, value in data.items():
        name = column_name(key) if isinstance(key, str) else key
        if name not in _JSON_KEYS:
            name = key
        if name in read:
            if err is None:
                continue
            first = written.get(name, name)
            raise err(f"$.{name}", twice_message(name, first, key), key=key)
        if name != key:
            written[name] = key
        read[name] = value
    return read


def _as_written(path: str, written: dict[str, str]) -> str:
    """A JSON ``path`` naming a key :func:`_keys_read` renamed, as the line writes it (to
    place an error at it).

    >>> _as_written("$.reason_code", {"reason_code": "Reason Code"})
    "$['Reason Code']"
    >>> _as_written("$.items[0].taken_down", {"items": "Items"}), _as_written("$.id", {})
    ("$['Items'][0].taken_down", '$.id')
    """
    if not written:
        return path
    m = _FIRST_KEY.match(path)
    if m is None or m.group(1) not in written:
        return path
    key = written[m.group(1)].replace("\\", "\\\\").replace("'", "\\'")
    return f"$['{key}']{path[m.end() :]}"


#: The first key of a JSON path (``$.reason_code...``).
_FIRST_KEY = re.compile(r"\$\.([A-Za-z_][A-Za-z0-9_]*)")


class _Batches:
    """Ids met one at a time, handed to an :class:`IdCheck` in batches."""

    def __init__(self, check: IdCheck | None) -> None:
        self.check = check
        self.batch: list[str] = []

    def add(self, value: str) -> None:
        if self.check is not None and value:
            self.batch.append(value)
            if len(self.batch) >= 8192:
                self.check.feed(self.batch)
                self.batch = []

    def finish(self) -> None:
        if self.check is not None:
            self.check.feed(self.batch)
            self.check.finish()


def _jsonl_records(
    chunks: _Chunks, name: str, want: _Want, full: bool, reread: Rereads
) -> Iterator[Any]:
    dates = _Dates()
    accounts: set[str] = set()
    chunks.spool(True)
    ids = _Batches(IdCheck(name, *reread))
    # told apart by account (tagged): once a line names an account, a line naming none is
    # refused, as a CSV line with an empty account cell is (whose line would it be?); a
    # file of no named line at all is one account's, {"": ...}, as a CSV file without the
    # column. ``unnamed``: the error of the first line naming none, while no line named one.
    named, unnamed = False, None
    for data, err, _ in _jsonl(chunks, name):
        found: Any
        found, counts = _json_record(data, err, dates)
        ids.add(data.get("id", ""))
        account = data.get("account", "")
        if not isinstance(account, str):
            raise err("$.account", "expected a string account (or null)")
        if full and type(found) is tuple:
            found = complaint_of(
                found,
                counter_rejected=counts["counter_rejected"],
                id=data.get("id", ""),
                account=account,
            )
        if want.tagged:
            if account:
                if not named:
                    if unnamed is not None:  # an earlier line named none: it is refused
                        raise unnamed("$.account", _NO_ACCOUNT_JSON)
                    named = True
            elif named:
                raise err("$.account", _NO_ACCOUNT_JSON)
            elif unnamed is None:
                unnamed = err
            yield (account, found)
        elif want.account is not None:
            if not account:
                raise err(
                    "$.account",
                    f"a line without an account, in a history read for account {want.account!r}",
                )
            if account == want.account:
                yield found
            elif len(want.others) < _OTHERS:
                want.others.add(account)
        else:
            accounts.add(account)
            if len(accounts) > 1:
                raise err(
                    "$.account",
                    "the history holds several accounts: read one with account= "
                    "(--account NAME) or split it with History.by_account",
                )
            yield found
    ids.finish()


def _json_record(data: Any, err: ErrorAt, dates: _Dates) -> tuple[Record, dict[str, int]]:
    """The row or event of one JSON object, and the counts of a complaint."""
    if not isinstance(data, dict):
        raise err("$", "expected a JSON object on each line" + records_hint(data))
    if None in data.values():  # a NaN from pandas: read as the empty CSV cell (and as "")
        for key in _NULL_AS_EMPTY:
            if key in data and data[key] is None:
                data[key] = ""
    for key in data:
        if key not in _JSON_KEYS:
            where = f"$.{key}" if _NAME.fullmatch(key) and len(key) <= 40 else "$"  # shown cut
            said = f"unknown key {_show(key)}{_meant(key, _JSON_KEYS)}{records_hint(data)}"
            raise err(where, said, key=key)
    kind = data.get("type")
    if not isinstance(kind, str):  # pandas' to_json() too: each key a column of cells by row
        table = records_hint(data)  # (its other layouts hold unknown keys, refused above)
        if table:
            raise err("$", "expected one record on each line, each key one value" + table)
        raise err("$.type" if "type" in data else "$", "expected a type (string)")
    text = data.get("date")
    day = dates.ordinal(text) if isinstance(text, str) else None
    if day is None:
        where = "$.date" if "date" in data else "$"
        if isinstance(text, str):
            raise err(where, _date_message(text))
        from ipprules._dates import date_hint_of

        typed = "boolean" if isinstance(text, bool) else type(text).__name__
        shown = "" if text is None else f", got {typed}{date_hint_of(text)}"
        raise err(where, _DATE_HELP + shown)
    if kind != "complaint":
        return _json_event(data, err, kind, day), {}
    for key in ("platform", "reason_code"):
        value = data.get(key, "")
        if not isinstance(value, str) or not value:
            raise err(f"$.{key}" if key in data else "$", f"expected a non-empty string {key}")
    meant = platform_case_slip(data["platform"])  # 'Taobao': refused at its line
    if meant is not None:
        raise err("$.platform", platform_case_problem(data["platform"], meant))
    for key in ("id", "note"):  # may be empty ("" or null)
        if not isinstance(data.get(key, ""), str):
            raise err(f"$.{key}", f"expected a string {key} (or null)")
    items = data.get("items")
    listings, counts = (
        _json_items(data, items, err) if items is not None else _json_counts(data, err)
    )
    problem = check_counts(listings, *(counts[c] for c in COUNTS))
    if problem is not None:
        raise err(f"$.{problem[0]}" if problem[0] in data else "$", problem[1])
    td, rj, wd, pd, ri = (counts[c] for c in COUNTS[:5])
    return (day, data["platform"], data["reason_code"], td, rj, wd, pd, ri), counts


def _json_event(data: dict[str, Any], err: ErrorAt, kind: str, day: int) -> AccountEvent:
    event = _KINDS.get(kind)
    if event is None:
        said = f"expected a type: complaint, {', '.join(_KINDS)}; got {kind!r}{_type_hint(kind)}"
        raise err("$.type", said)
    for key in (*COMPLAINT_ONLY, "items"):
        if data.get(key) not in (None, ""):
            raise err(f"$.{key}", f"a {kind} event has no {key!r}")
    note = data.get("note", "")
    if not isinstance(note, str):
        raise err("$.note", "expected a string note (or null)")
    account = data.get("account", "")
    return AccountEvent(
        date=dt.date.fromordinal(day),
        kind=event,
        note=note,
        account=account if isinstance(account, str) else "",
    )


def _json_items(data: dict[str, Any], items: Any, err: ErrorAt) -> tuple[int, dict[str, int]]:
    """Counts from ``items`` (one object per listing)."""
    counts = dict.fromkeys(COUNTS, 0)
    if not isinstance(items, list) or not items:
        raise err("$.items", "expected a non-empty list of listing outcomes")
    for key in ("listings", *COUNTS):
        if key in data:
            raise err(f"$.{key}", f"give either items or {key!r}, not both")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or set(item) - {"outcome", "counter_notice", "url"}:
            raise err(f"$.items[{i}]", "expected {outcome, counter_notice}")
        outcome = item.get("outcome")
        if outcome not in _OUTCOMES:
            near = did_you_mean(outcome, list(_OUTCOMES)) if isinstance(outcome, str) else ""
            message = f"outcome must be one of {', '.join(_OUTCOMES)}{near}"
            raise err(f"$.items[{i}].outcome", message)  # at the item when it has none
        counts[outcome] += 1
        counter = item.get("counter_notice")
        if counter not in _COUNTER:
            message = "counter_notice must be upheld, rejected or null"
            raise err(f"$.items[{i}].counter_notice", message)
        target = _COUNTER[counter]
        if target is not None:
            if outcome != "taken_down":
                raise err(f"$.items[{i}]", "a counter-notice needs a taken-down listing")
            counts[target] += 1
    return len(items), counts


def _json_counts(data: dict[str, Any], err: ErrorAt) -> tuple[int, dict[str, int]]:
    """``listings`` and the count keys (integers)."""
    counts = dict.fromkeys(COUNTS, 0)
    given = data.get("listings")
    if isinstance(given, bool) or not isinstance(given, int):
        where = "$.listings" if "listings" in data else "$"
        raise err(where, f"expected listings (integer){_json_count_got(data, 'listings')}")
    for key in COUNTS:
        value = data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            raise err(f"$.{key}", f"expected an integer{_json_count_got(data, key)}")
        counts[key] = value
    return given, counts


def _json_count_got(data: dict[str, Any], key: str) -> str:
    """What a JSON count that is no integer was (``, got 20.0``, ``, got null``), and for a
    whole number written as a float (``20.0``, as pandas' ``to_json`` writes an integer column
    holding a missing value) what to do, as a CSV cell ``20.0`` is told; ``""`` without one."""
    if key not in data:
        return ""
    value = data[key]
    if isinstance(value, str):
        got = json.dumps(value[:40]) + ("..." if len(value) > 40 else "")
    elif isinstance(value, bool | float) or value is None:
        got = json.dumps(value)
    else:
        got = "a list or object"
    hint = ""
    if isinstance(value, float) and value.is_integer():
        hint = f": {PANDAS_FLOAT.replace('to_csv', 'to_json')}"
    elif isinstance(value, str) and grouped_count(value) is not None:  # "1,204": as a CSV's
        hint = count_hint(value)
    return f", got {got}{hint}"


# ----------------------------------------------------------------- front doors

Source = str | Path | IO[str] | IO[bytes]


def _open(source: Source, name: str | None, fmt: str | None) -> tuple[_Chunks, str, str, bool]:
    """``(chunks, label, format, owned)``: a path is opened here (and closed by the caller).

    The csv module's field size limit is raised as every CSV reader of ipprules raises it
    (a cell is bounded by the line cap, not by the csv module's 128 KiB default, which a
    reading of another file in the same process may already have lifted).
    """
    from ipprules._args import require_optional_str

    require_optional_str(name, "name")
    require_optional_str(fmt, "format")
    allow_large_csv_fields()
    if isinstance(source, str | Path):
        source = str.__str__(source) if isinstance(source, str) else source  # no own __eq__
        label = name or source_name(source)  # "-" is <stdin>, as every reader names it
        stream: IO[Any] = _open_path(source, label)
        owned = True
    elif hasattr(source, "read"):
        label = name or source_name(source)  # a name that is no str (an fd's int): <stream>
        refuse_closed(source, label)
        stream, owned = source, False
    else:
        from ipprules._args import bytes_hint

        raise TypeError(
            f"source: expected a path or an open file, got {type(source).__name__}"
            + bytes_hint(source)
        )
    if fmt is None and source == "-":  # stdin has no suffix: JSON Lines start with "{"
        fmt = "jsonl" if first_char(stream) == "{" else "csv"
    if fmt is None:  # by the name without a compression suffix: h.jsonl.gz is JSON Lines
        packed = compression_of(label)
        plain = (label[: -len(packed)] if packed else label).lower()
        fmt = "jsonl" if plain.endswith((".jsonl", ".ndjson", ".json")) else "csv"
    elif fmt not in ("csv", "jsonl"):
        from ipprules.errors import UnknownNameError

        raise UnknownNameError("history format", fmt, ("csv", "jsonl"))
    again = isinstance(source, str | Path) and str(source) != "-"  # can be opened again
    if fmt == "csv":  # split by ";" or a tab: read with commas (its copy is read again)
        stream, changed = _by_commas(stream, label, owned=owned)
        again = again and not changed
    return _Chunks(stream, label, keep=not again), label, fmt, owned


def _in_file_cells(chunks: _Chunks, error: InputError) -> InputError:
    """``error`` with its columns counted in the file's own cells when the history was read
    through a :class:`~ipprules.goodfaith._commas.CommaStream` (split by ``;`` or a tab)."""
    stream = chunks.stream
    return stream.placed(error) if isinstance(stream, CommaStream) else error


def _by_commas(stream: IO[Any], name: str, *, owned: bool) -> tuple[IO[Any], bool]:
    """:func:`~ipprules.goodfaith._commas.by_commas` of a history named ``name``: the header
    after an Excel ``sep=`` line is checked as the reader checks a header (:func:`_header`)."""

    def check(cells: list[str], line: str) -> object:
        return _header(cells, name, [line])

    return by_commas(stream, name, owned=owned, cap=_cap(), header=check)


#: The size cap of a history file when neither the caller nor ``--max-bytes`` gives one:
#: histories are streamed in bounded memory, so the shared 64 MiB default would only refuse
#: large honest files.
HISTORY_MAX_BYTES = 1 << 40


def _open_path(path: str | Path, label: str, *, seekable: bool = False) -> IO[bytes]:
    """A history file opened through the shared reading layer (regular files and ``-``);
    ``seekable`` for a second reading that passes over the blocks it does not need.

    A file named ``*.gz``, ``*.bz2`` or ``*.xz`` is decompressed as it is read, as the Dask
    readers read it (the cap counts decompressed bytes; a cut or bad file is an InputError
    naming it); it cannot be moved in then, and a second reading reads it through again
    (:meth:`_Chunks.skip`)."""
    name = str(path) if isinstance(path, Path) else path
    return open_input(name, max_bytes=_cap(), seekable=seekable, gunzip=True)


def _cap() -> int | None:
    """The size cap of a history: :data:`HISTORY_MAX_BYTES` when none is set (a cap given is
    a cap kept)."""
    return HISTORY_MAX_BYTES if cap_set() is None else None


def row_blocks(
    source: Source,
    *,
    name: str | None = None,
    format: str | None = None,
    account: str | None = None,
    tagged: bool = False,
    others: set[str] | None = None,
) -> Generator[list[Any], None, None]:
    """:func:`iter_rows` in lists of rows (blocks of lines).

    Internal: the fold takes rows by the block, without a generator step per row. Each
    block is a list of ``(record, times)``: equal lines of a block come once, with how
    many times they occur. ``tagged`` gives ``(account, record)`` as the records instead.
    A CSV file with an ``id`` column in which an id repeats raises InputError at its end.
    ``others`` gets the names of the accounts a read for ``account`` passed over.
    """
    from ipprules._args import require_optional_str

    name = require_optional_str(name, "name")  # plain str: a subclass's __eq__ is not called
    format = require_optional_str(format, "format")
    account = require_optional_str(account, "account")
    chunks, label, fmt, owned = _open(source, name, format)
    want = _Want(account=account, tagged=tagged, others=set() if others is None else others)
    reread = _rereader(source, chunks, label, fmt)
    try:
        if fmt == "jsonl":
            for row in _jsonl_records(chunks, label, want, False, reread):
                yield [(row, 1)]
        else:
            yield from _csv_blocks(chunks, label, want, reread)
    except InputError as error:
        raise _in_file_cells(chunks, error) from None
    finally:
        if owned:
            chunks.stream.close()
        if chunks.copy is not None:
            chunks.copy.close()


def _rereader(source: Source, chunks: _Chunks, label: str, fmt: str) -> Rereads:
    """How to read the ids of a history again: open its path again, or read its copy.

    The first reads them with their line numbers (for the message), the second without,
    in blocks (faster: only to count the ids behind matching fingerprints).
    """

    def stream(seekable: bool = False) -> tuple[IO[Any], bool]:
        if chunks.copy is not None:
            chunks.copy.seek(0)
            return chunks.copy, False
        assert isinstance(source, str | Path)
        return _open_path(source, label, seekable=seekable), True

    def reread() -> Iterator[tuple[int, str]]:
        found, close = stream()
        return _ids_again(found, label, fmt, close=close)

    def ids_again() -> Iterator[list[str]]:
        found, close = stream()
        if fmt == "jsonl":
            return _id_lists(_ids_again(found, label, fmt, close=close))
        return _csv_ids(found, label, close=close)

    def ids_near(spans: list[Span]) -> Iterator[list[str]]:
        found, close = stream(seekable=True)
        return _csv_ids_at(found, label, spans, close=close)

    return reread, ids_again, None if fmt == "jsonl" else ids_near


def _ids_again(stream: IO[Any], name: str, fmt: str, *, close: bool) -> Iterator[tuple[int, str]]:
    """``(line, id)`` for each line of a history with a non-empty id, read again."""
    try:
        chunks = _Chunks(stream, name)
        if fmt == "jsonl":
            for line, text in enumerate(chunks.rest_lines(newline="\n"), start=1):
                data = _keys_read(loads_json(text), None, {}) if text.strip() else None
                value = data.get("id") if isinstance(data, dict) else None
                if isinstance(value, str) and value:
                    yield line, value
            return
        reader = csv.reader(chunks.rest_lines("\n"), strict=True)
        try:
            head = next(reader, None)
            index = None if head is None else _header(head, name)[1].get("id")
            if index is None:  # an empty file, or no id column (see id_lines)
                return
            for fields in reader:
                if index < len(fields) and fields[index]:
                    yield reader.line_num, fields[index]
        except csv.Error as exc:  # what the first reading let through (a huge field)
            raise InputError(f"not valid CSV: {exc}", file=name, line=reader.line_num) from None
    finally:
        if close:
            stream.close()


def batch_rows(
    source: Source, account: str | None, *, name: str | None = None, format: str | None = None
) -> list[Record]:
    """The rows of a what-if batch given as a history file, for ``account``.

    As :meth:`History.from_file` reads a history: with ``account``, the rows of that account
    (a batch without an ``account`` column is all the account's; a line with an empty
    ``account`` cell in a batch with the column is refused, naming its line, as in a
    history); a batch whose rows all name other accounts is refused. Without it, a batch
    naming several accounts is refused, as :func:`iter_rows` refuses it.
    """
    if account is None:
        return list(iter_rows(source, name=name, format=format))
    from ipprules._args import require_optional_str

    require_optional_str(account, "account")
    label = name if name is not None else source_name(source)
    blocks = row_blocks(source, name=name, format=format, tagged=True)
    try:
        pairs = list(_expand(blocks))
    finally:
        blocks.close()
    rows = [record for tag, record in pairs if not tag or tag == account]
    others = sorted({tag for tag, _ in pairs if tag and tag != account})
    if others and not rows:
        shown = ", ".join(repr(o) for o in others[:3]) + (", ..." if len(others) > 3 else "")
        raise InputError(
            f"no line of the what-if batch is for account {account!r} (it holds {shown}; "
            "names are compared exactly)",
            path="$.account",
            file=label,
        )
    return rows


def ids_among(
    path: str | Path, wanted: set[str], *, name: str | None = None, format: str | None = None
) -> set[str]:
    """The ids of ``wanted`` that the history file ``path`` holds: one reading of its ids
    only, as its own duplicate check reads them again (C loops for a CSV block without
    quotes); none for an empty file or a CSV without an ``id`` column. ``name`` and
    ``format`` as for :func:`id_lines`."""
    label = name or source_name(path)
    stream = _open_path(path, label)
    if (format or _format_of(label)) == "jsonl":
        batches = _id_lists(_ids_again(stream, label, "jsonl", close=True))
    else:
        batches = _csv_ids(_by_commas(stream, label, owned=True)[0], label, close=True)
    found: set[str] = set()
    for batch in batches:
        found.update(wanted.intersection(batch))
    return found


def _format_of(label: str) -> str:
    """A history's format by its name without a compression suffix (h.jsonl.gz: jsonl)."""
    packed = compression_of(label)
    plain = (label[: -len(packed)] if packed else label).lower()
    return "jsonl" if plain.endswith((".jsonl", ".ndjson", ".json")) else "csv"


def id_lines(
    path: str | Path, *, name: str | None = None, format: str | None = None
) -> Iterator[tuple[int, str]]:
    """``(line, id)`` for each line of the history file ``path`` with a non-empty id, in file
    order; nothing for an empty file or a CSV without an ``id`` column. The file is read as
    :func:`iter_history` reads it (compressed too); its rows are not checked again.
    ``name`` is the file's name in messages and ``format`` (``csv`` or ``jsonl``) its format,
    when not told by its path (a copy of stdin).

    >>> [pair for pair in id_lines("examples/history.csv")][:2]
    [(3, 'C00001'), (4, 'C00002')]
    """
    label = name or source_name(path)
    fmt = format or _format_of(label)
    return stream_id_lines(_open_path(path, label), label, fmt)


def stream_id_lines(stream: IO[bytes], name: str, fmt: str) -> Iterator[tuple[int, str]]:
    """:func:`id_lines` of a history held in ``stream`` (``fmt``: ``csv`` or ``jsonl``),
    named ``name``: a what-if batch read from stdin, which cannot be read again."""
    if fmt == "csv":  # split by ";" or a tab: read with commas, as its rows are
        stream = _by_commas(stream, name, owned=True)[0]
    return _ids_again(stream, name, fmt, close=True)


def _id_lists(pairs: Iterator[tuple[int, str]]) -> Iterator[list[str]]:
    while batch := [v for _, v in itertools.islice(pairs, 8192)]:
        yield batch


def _csv_ids(stream: IO[Any], name: str, *, close: bool) -> Iterator[list[str]]:
    """The non-empty ids of a CSV history already read once, in lists (blocks of lines).

    A block without quotes gives its ids through :meth:`_FastBlocks.ids_of` (C loops), and
    so does a block whose quotes are all in one-line complaints' notes, those notes emptied
    (:func:`_notes_dropped`: the same ids); from the first other block that needs the csv
    module (a quoted line end, a comma quoted outside a note, a lone carriage return), the
    rest goes through :func:`csv.reader`.
    """
    try:
        chunks = _Chunks(stream, name)
        first = chunks.read(_FIRST_BLOCK)
        head = io.StringIO(first, newline="\n").readline()
        if not head.strip():  # an empty file (see ids_among)
            return
        fields = next(csv.reader([head.rstrip("\r\n")]))
        records = _CsvRecords(*_header(fields, name), name, _Want())
        if "id" not in records.col:  # no id column (see ids_among)
            return
        fast, index = _FastBlocks(records, None), records.col["id"]
        text = first[len(head) :]
        while text or not chunks.eof:
            plain = _notes_dropped(text, records) if _needs_csv(text) else text
            if plain is None:
                rest = itertools.chain(io.StringIO(text, newline="\n"), chunks.rest_lines("\n"))
                reader = csv.reader(rest, strict=True)
                try:
                    pairs = ((0, f[index]) for f in reader if len(f) > index and f[index])
                    yield from _id_lists(pairs)
                except csv.Error as exc:
                    raise InputError(f"not valid CSV: {exc}", file=name) from None
                return
            if plain:
                yield fast.ids_of(plain)
            text = chunks.read(_BLOCK)
    finally:
        if close:
            stream.close()


def _csv_ids_at(
    stream: IO[Any], name: str, spans: list[Span], *, close: bool
) -> Iterator[list[str]]:
    """The non-empty ids of (at least) some stretches of a CSV history already read once,
    each ``(first byte, end)`` (``end`` None: to the end of the file; sorted, apart, each
    starting a line), in lists: one reading from the start that decodes only the blocks of
    lines that meet a stretch and passes over the bytes between them
    (:meth:`_Chunks.skip`).

    Blocks of plain lines (:meth:`_FastBlocks.ids_of`), and blocks whose quotes are all in
    one-line complaints' notes, read with those notes emptied (:func:`_notes_dropped`; the
    block's bytes, and so the places of the blocks after it, are those read); any other
    block that needs the csv module ends the reading (the caller then reads every id,
    :func:`_csv_ids`).
    """
    try:
        chunks = _Chunks(stream, name)
        first = chunks.read(_FIRST_BLOCK)
        head = io.StringIO(first, newline="\n").readline()
        fields = next(csv.reader([head.rstrip("\r\n")]))
        records = _CsvRecords(*_header(fields, name), name, _Want())
        fast = _FastBlocks(records, None)
        text, lo, todo = first[len(head) :], 0, list(reversed(spans))
        while True:  # ``text``: the lines of bytes lo to chunks.used
            while todo and todo[-1][1] is not None and todo[-1][1] <= lo:
                todo.pop()
            if not todo:
                return
            start = todo[-1][0]
            if text and start < chunks.used:
                plain = _notes_dropped(text, records) if _needs_csv(text) else text
                if plain is None:
                    return
                yield fast.ids_of(plain)
            elif chunks.used < start:
                chunks.skip(start - chunks.used)
            if chunks.eof and not chunks.carry:
                return
            lo, end = chunks.used, todo[-1][1]
            left = _BLOCK if end is None else end - lo - len(chunks.carry)
            text = chunks.read(max(1, min(_BLOCK, left)))  # not past the stretch's end
    finally:
        if close:
            stream.close()


def _expand(blocks: Iterable[list[tuple[Any, int]]]) -> Iterator[Any]:
    """Each record of :func:`row_blocks` as many times as it occurs."""
    for block in blocks:
        for record, times in block:
            if times == 1:
                yield record
            else:
                yield from itertools.repeat(record, times)


def iter_rows(
    source: Source,
    *,
    name: str | None = None,
    format: str | None = None,
    account: str | None = None,
) -> Iterator[Record]:
    """Stream a history as compact :data:`OutcomeRow` tuples and :class:`AccountEvent` objects.

    The fast path for large files: no object is built per complaint. Every line comes
    out once, in file order, except that equal lines close to one another (in one block the
    reader takes, up to about a megabyte of the file) come out together; lines that differ
    only in their ``id`` count as equal (a row carries no id). ``format`` is
    ``"csv"`` or ``"jsonl"`` (default: from the file name; CSV unless it ends in
    ``.jsonl``, ``.ndjson`` or ``.json``). ``source`` is a path or an open file (text
    or binary). A file with an ``account`` column that holds several accounts needs
    ``account`` (the rows of that account only); see :meth:`History.by_account`. A
    stream that ends with no line for ``account`` raises InputError (the accounts the
    file holds, and the name meant), as :meth:`History.from_file` does.

    >>> import io
    >>> rows = iter_rows(io.StringIO('{"type": "complaint", "date": "2023-01-05", '
    ...     '"platform": "tmall", "reason_code": "X", "listings": 2, "taken_down": 2}\\n'),
    ...     format="jsonl")
    >>> list(rows)
    [(738525, 'tmall', 'X', 2, 0, 0, 0, 0)]
    """
    others: set[str] = set()
    blocks = row_blocks(source, name=name, format=format, account=account, others=others)
    matched = False
    try:
        for block in blocks:
            matched = matched or bool(block)
            yield from _expand((block,))
    finally:
        blocks.close()
    if account is not None and not matched:
        raise _no_line_for(account, others, name if name is not None else source_name(source))


def iter_history(
    source: Source,
    *,
    name: str | None = None,
    format: str | None = None,
    account: str | None = None,
) -> Iterator[Complaint | AccountEvent]:
    """Stream a history file as :class:`Complaint` and :class:`AccountEvent` records.

    Every column is kept (``id``, ``account``, ``counter_rejected``). ``account`` as in
    :func:`iter_rows`; a stream that ends with no line for ``account`` raises the
    :class:`~ipprules.errors.InputError` of :meth:`History.from_file` (the accounts the
    file holds, and the name meant), after the file is read, rather than ending empty.

    >>> from ipprules.goodfaith import iter_history
    >>> records = iter_history("examples/history-accounts.csv", account="acme")
    >>> [(type(r).__name__, r.account) for r in records][:2]
    [('AccountEvent', 'acme'), ('Complaint', 'acme')]
    >>> list(iter_history("examples/history-accounts.csv"))  # several accounts: name one
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: examples/history-accounts.csv:5:22: $.account: the history holds ...
    """
    from ipprules._args import require_optional_str

    require_optional_str(account, "account")
    chunks, label, fmt, owned = _open(source, name, format)
    want = _Want(account=account)
    reread = _rereader(source, chunks, label, fmt)
    matched = False
    try:
        if fmt == "jsonl":
            records = _jsonl_records(chunks, label, want, True, reread)
        else:
            records = _csv_full(chunks, label, want, reread)
        for record in records:
            matched = True
            yield record
    except InputError as error:
        raise _in_file_cells(chunks, error) from None
    finally:
        if owned:
            chunks.stream.close()
        if chunks.copy is not None:
            chunks.copy.close()
    if account is not None and not matched:
        raise _no_line_for(account, want.others, label)


def read_history(
    source: Source,
    *,
    name: str | None = None,
    format: str | None = None,
    account: str | None = None,
) -> list[Complaint | AccountEvent]:
    """Every record of a (small) history file, as a list.

    >>> from ipprules.goodfaith import read_history
    >>> records = read_history("examples/history.csv")
    >>> len(records), records[1].id, records[1].filed
    (625, 'C00001', datetime.date(2022, 9, 5))
    """
    return list(iter_history(source, name=name, format=format, account=account))


# --------------------------------------------------------------------- History


def _as_rows(records: Iterable[Complaint | Record]) -> Iterator[Record]:
    for record in records:
        yield record.as_row() if isinstance(record, Complaint) else record


def _placed(exc: InputError, records: object) -> InputError:
    """``exc``, a record refused by the fold (at ``$``), placed at its index ``$[i]`` when
    ``records`` is a sequence (a list given in Python): found again by folding the records
    one at a time, on this error path only (the fold itself keeps no index)."""
    if exc.path != "$" or not isinstance(records, Sequence):
        return exc
    for index, row in enumerate(_as_rows(records)):
        try:
            fold([row], {}, [])
        except InputError:
            field = _wrong_type(row)
            if field is None:
                return InputError(exc.problems[0].message, path=f"$[{index}]")
            return InputError(f"{field}: {exc.problems[0].message}", path=f"$[{index}]")
    return exc  # pragma: no cover - the fold refused a record one at a time as well


#: The fields of an outcome row, in its order (:data:`~ipprules.goodfaith.model.OutcomeRow`).
_ROW_FIELDS = ("day", "platform", "reason_code", *COUNTS[:5])


def _wrong_type(row: object) -> str | None:
    """What is wrong with the first value of an outcome row of the wrong type (a count or
    day that is no int, a platform or reason code that is no str), named as the field it
    stands for; None when each has its type (the row is wrong for another reason)."""
    if type(row) is not tuple or len(row) != len(_ROW_FIELDS):
        return None
    for at, (name, value) in enumerate(zip(_ROW_FIELDS, row, strict=True)):
        text = name in ("platform", "reason_code")
        if isinstance(value, str) if text else _integral(value):
            continue
        got = type_and_value(value)
        return (
            f"{name} (value {at + 1} of the row) must be {'a str' if text else 'an int'}, got {got}"
        )
    return None


def _integral(value: object) -> bool:
    """Whether the fold reads ``value`` as an integer (an int, a bool, ``numpy.int64``)."""
    try:
        operator.index(value)  # type: ignore[arg-type]
    except Exception:
        return False
    return True


#: What a door of a history or a batch says of a data frame given as its records.
FRAME_RECORDS = (
    "read the file with History.from_file(path), or make each row a record: "
    "ipprules.goodfaith.Complaint(**row) or AccountEvent(**row) for row in "
    "df.to_dict('records')"
)

#: What :meth:`History.from_records` says of a data frame: one read from a history file has
#: the file's columns (``type``, ``date``...), not a record's fields (``filed``...);
#: :meth:`History.from_frame` reads it by the file's reader, refusing at the frame's cells.
FRAME_HISTORY = (
    "read the file with History.from_file(path); a frame of its columns (type, date, "
    "platform, ...) reads as History.from_frame(df); "
    "records are ipprules.goodfaith.Complaint(filed=..., platform=..., ...) "
    "and AccountEvent(...)"
)


@attrs.frozen(eq=True, hash=False, repr=False)
class History:
    """A filer's history, folded into per-day counters (see :mod:`ipprules.goodfaith.engine`).

    Build it once, then ask for any number of standings and timelines.

    Histories compare by value (the same counters on the same days and the same events;
    they are not hashable).

    >>> from ipprules import History
    >>> History.from_file("examples/history.csv")  # a CSV or JSON Lines file, or a stream
    History(623 complaint(s), 2 event(s), 2022-09-01..2023-08-31)
    >>> h = History.from_rows([(738525, "taobao", "X", 9, 1, 0, 0, 0)])
    >>> h
    History(1 complaint(s), 0 event(s), 2023-01-05..2023-01-05)
    >>> h == History.from_rows([(738525, "taobao", "X", 9, 1, 0, 0, 0)])
    True
    """

    counts: Counts
    complaints: int

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __repr__(self) -> str:
        first, last = self.counts.first_day(), self.counts.last_day()
        span = (
            ""
            if first is None or last is None
            else f", {dt.date.fromordinal(first)}..{dt.date.fromordinal(last)}"
        )
        return f"History({self.complaints} complaint(s), {len(self.counts.events)} event(s){span})"

    @classmethod
    def from_rows(cls, rows: Iterable[Record], events: Iterable[AccountEvent] = ()) -> History:
        """From compact :data:`~ipprules.goodfaith.model.OutcomeRow` tuples (and events).

        >>> from datetime import date
        >>> day = date(2023, 1, 2).toordinal()
        >>> History.from_rows([(day, "taobao", "tm_counterfeit", 9, 1, 0, 0, 0)])
        History(1 complaint(s), 0 event(s), 2023-01-02..2023-01-02)
        """
        if isinstance(rows, str | bytes) or not isinstance(rows, Iterable):
            raise TypeError(f"rows: expected an iterable of rows, got {type(rows).__name__}")
        from ipprules._args import (
            refuse_two_threads,
            refuse_used_stream,
            require_instance,
            require_iterable,
        )

        refuse_used_stream(rows, "rows")
        try:  # the caller's generator, read by two threads at once: said, around each loop
            found = [
                require_instance(e, AccountEvent, "events[]")
                for e in require_iterable(events, "events", "account events")
            ]
        except ValueError as error:
            refuse_two_threads(error, "History.from_rows(): events")
            raise
        slots: dict[tuple[str, str], dict[int, list[int]]] = {}
        try:
            n = fold(rows, slots, found)
        except ValueError as error:
            refuse_two_threads(error, "History.from_rows(): rows")
            raise
        return cls(Counts(slots, found), n)

    @classmethod
    def from_records(cls, records: Iterable[Complaint | Record]) -> History:
        """From :class:`Complaint` and :class:`AccountEvent` records (or rows).

        >>> from ipprules.goodfaith import Complaint
        >>> History.from_records([Complaint(filed="2023-01-02", platform="taobao",
        ...     reason_code="tm_counterfeit", listings=10, taken_down=9, rejected=1)])
        History(1 complaint(s), 0 event(s), 2023-01-02..2023-01-02)
        """
        from ipprules._args import refuse_frame, refuse_two_threads, refuse_used_stream

        refuse_frame(records, "records", "Complaint and AccountEvent records", FRAME_HISTORY)
        if isinstance(records, str | bytes) or not isinstance(records, Iterable):
            raise TypeError(f"records: expected an iterable, got {type(records).__name__}")
        refuse_used_stream(records, "records")
        try:
            return cls.from_rows(_as_rows(records))
        except InputError as exc:
            raise _placed(exc, records) from None
        except ValueError as error:  # the caller's generator, read by two threads at once
            refuse_two_threads(error, "History.from_records(): records")
            raise

    @classmethod
    def from_file(
        cls,
        source: Source,
        *,
        name: str | None = None,
        format: str | None = None,
        account: str | None = None,
    ) -> History:
        """Stream a CSV or JSON Lines history file (see :mod:`ipprules.goodfaith.history`).

        ``account`` keeps one account of a file with an ``account`` column (required
        when it holds several).

        >>> globex = History.from_file("examples/history-accounts.csv", account="globex")
        >>> globex == History.from_file("examples/history-accounts.csv", account="acme")
        False
        """
        others: set[str] = set()
        blocks = row_blocks(source, name=name, format=format, account=account, others=others)
        try:
            slots: dict[tuple[str, str], dict[int, list[int]]] = {}
            events: list[AccountEvent] = []
            n = fold_counted(itertools.chain.from_iterable(blocks), slots, events)
        finally:
            blocks.close()
        if account is not None and not slots and not events:
            raise _no_line_for(account, others, name if name is not None else source_name(source))
        return cls(Counts(slots, events), n)

    @classmethod
    def by_account(
        cls,
        source: Source | Iterable[Complaint | AccountEvent],
        *,
        name: str | None = None,
        format: str | None = None,
    ) -> dict[str, History]:
        """One history per account of a file (or of records), read in one pass.

        The file's ``account`` column (records: their ``account``) names the account;
        a file without one gives ``{"": history}``. Each history equals the one read
        from a file holding only that account's lines, so ``standing(h, day)`` per
        account gives exactly the numbers of that account's own file. This is the
        per-account entry point for scaling out: split by account, then call
        :func:`~ipprules.goodfaith.standing` on each.

        >>> import io
        >>> text = ("type,date,account,platform,reason_code,listings,taken_down\\n"
        ...         "complaint,2023-01-05,a,taobao,X,1,1\\n"
        ...         "complaint,2023-01-05,b,taobao,X,2,2\\n"
        ...         "declaration,2023-01-02,b,,,,\\n")
        >>> sorted((k, h.complaints) for k, h in History.by_account(io.StringIO(text)).items())
        [('a', 1), ('b', 1)]
        """
        if isinstance(source, str | Path) or hasattr(source, "read"):
            blocks = row_blocks(source, name=name, format=format, tagged=True)  # type: ignore[arg-type]
            try:
                return _fold_tagged(_expand(blocks), checked=True)
            finally:
                blocks.close()
        if not isinstance(source, Iterable) or isinstance(source, bytes | bytearray | Mapping):
            from ipprules._args import bytes_hint

            raise TypeError(
                f"source: expected a path, a file or records, got {type(source).__name__}"
                + bytes_hint(source)
            )
        from ipprules._args import refuse_two_threads

        try:
            return _fold_tagged(
                (r.account, r.as_row() if isinstance(r, Complaint) else r) for r in _records(source)
            )
        except ValueError as error:  # the caller's generator, read by two threads at once
            refuse_two_threads(error, "History.by_account(): source")
            raise

    def with_records(self, records: Iterable[Complaint | Record]) -> History:
        """A new history with more records (this one is unchanged).

        >>> from ipprules.goodfaith import Complaint, History
        >>> h = History.from_file("examples/history.csv")
        >>> more = h.with_records([Complaint(filed="2023-09-01", platform="taobao",
        ...     reason_code="tm_counterfeit", listings=5, taken_down=5)])
        >>> more.complaints - h.complaints
        1
        """
        from ipprules._args import refuse_two_threads, refuse_used_stream

        refuse_used_stream(records, "records")
        slots = dict(self.counts.slots)
        events = list(self.counts.events)
        try:
            extra = list(_as_rows(records))
        except ValueError as error:  # the caller's generator, read by two threads at once
            refuse_two_threads(error, "History.with_records(): records")
            raise
        # the slots the rows add to, copied; a row that is no outcome row (too short, a
        # platform that is a list) is refused by the fold, at its index, as from_records says
        for key in set(map(_slot_key, extra)):
            if key is not None and key in slots:
                slots[key] = {d: list(v) for d, v in slots[key].items()}
        try:
            n = fold(extra, slots, events)
        except InputError as exc:
            raise _placed(exc, extra) from None
        return History(Counts(slots, events), self.complaints + n)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready totals: the complaints, the first and last day, the account events,
        and per platform and reason code the complaints and listings and what became of
        them (the counters a standing is counted from, summed over every day).

        >>> from ipprules import History
        >>> data = History.from_file("examples/history.csv").to_dict()
        >>> data["complaints"], data["first_day"], data["series"][0]["platform"]
        (623, '2022-09-01', 'taobao')
        """
        first, last = self.counts.first_day(), self.counts.last_day()
        series = []
        for platform, code in self.counts.keys(None):
            sums = self.counts._series_of((platform, code)).window(-1, dt.date.max.toordinal())
            row: dict[str, Any] = {"platform": platform, "reason_code": code}
            for (unit, counter), slots in COUNTERS.items():  # as a standing counts them
                row[f"{unit}s_{counter}"] = sum(sums[i] for i in slots)
            series.append(row)
        return {
            "complaints": self.complaints,
            "first_day": None if first is None else dt.date.fromordinal(first).isoformat(),
            "last_day": None if last is None else dt.date.fromordinal(last).isoformat(),
            "events": [
                {"date": e.date.isoformat(), "kind": e.kind.value, "note": e.note}
                for e in self.counts.events
            ],
            "series": series,
        }

    #: The same as :meth:`to_dict`: both names work on every result.
    as_dict = to_dict

    def to_records(self) -> list[dict[str, Any]]:
        """One record per complaint and account event the history holds, in the history
        file's columns (``type``, ``date``, ``platform``, ...; ``account`` only where an
        event names one), by date, events first on their day.

        A history keeps per-day counters, not its lines: the complaints of a day, platform
        and reason code are given back as complaints that add up to the same counters (the
        same number of complaints, listings and outcomes of each kind, which is all a
        standing counts), not as the lines they were read from; ids and ``counter_rejected``
        are not kept. ``History.from_frame(h.to_frame()) == h``. The records are read back as
        the file's rows they are: ``History.from_frame(pandas.DataFrame(records))``, or
        without pandas as JSON Lines of ``json.dumps(record, default=str)``; not by
        :meth:`from_records`, which takes :class:`Complaint` and :class:`AccountEvent`
        records and refuses these saying so.

        >>> from ipprules import History
        >>> h = History.from_rows([(738525, "taobao", "X", 9, 1, 0, 0, 0)] * 2)
        >>> [(r["date"].isoformat(), r["listings"], r["taken_down"]) for r in h.to_records()]
        [('2023-01-05', 19, 17), ('2023-01-05', 1, 1)]
        """
        names = sorted({e.account for e in self.counts.events if e.account})
        account = {"account": names[0] if len(names) == 1 else ""} if names else {}
        records: list[dict[str, Any]] = [
            {
                "type": e.kind.value,
                "date": e.date,
                **({"account": e.account} if names else {}),
                **dict.fromkeys(("platform", "reason_code", "listings", *_FRAME_COUNTS)),
                "note": e.note,
            }
            for e in self.counts.events
        ]
        for (platform, code), days in self.counts.slots.items():
            for day, slot in days.items():
                date = dt.date.fromordinal(day)
                for counts in _complaints_of(slot):
                    records.append(
                        {
                            "type": "complaint",
                            "date": date,
                            **account,
                            "platform": platform,
                            "reason_code": code,
                            "listings": sum(counts[:4]),
                            **dict(zip(_FRAME_COUNTS, counts, strict=True)),
                            "note": "",
                        }
                    )
        records.sort(key=lambda r: (r["date"], r["type"] == "complaint"))
        return records

    def to_frame(self) -> pandas.DataFrame:
        """:meth:`to_records` as a pandas DataFrame: ``date`` as ``datetime64``, ``type``,
        ``platform``, ``reason_code`` and ``account`` as categories, counts as ``Int64``
        (empty on an event's row). Needs the extra ``pip install 'ipprules[pandas]'``.

        >>> from ipprules import History
        >>> h = History.from_file("examples/history.csv")
        >>> df = h.to_frame()
        >>> len(df), str(df["date"].dtype), str(df["listings"].dtype)
        (625, 'datetime64[s]', 'Int64')
        >>> History.from_frame(df) == h
        True

        A history keeps its events' accounts, not its complaints': one whose events name
        several accounts (an event naming none among them), as folded from several accounts'
        records, is refused with :class:`~ipprules.errors.InputError`, since no history file
        of one account holds it (``History.from_frame(h.to_frame()) == h`` for every history
        it writes); :meth:`by_account` gives one history per account.
        """
        from ipprules._frames import to_frame
        from ipprules.errors import quoted

        accounts = sorted({e.account for e in self.counts.events})
        if len(accounts) > 1:
            shown = ", ".join(quoted(a) for a in accounts[:3]) + (
                ", ..." if len(accounts) > 3 else ""
            )
            raise InputError(
                f"the history's events name {len(accounts):,} accounts ({shown}) and its "
                "complaints none (a history keeps no complaint's account): a history frame "
                "is one account's: History.by_account(records) gives one history per account",
                path="$.account",
            )
        records = self.to_records()
        account = any("account" in r for r in records)
        columns = [c for c in _FRAME_COLUMNS if account or c != "account"]
        return to_frame(
            records,
            dates=("date",),
            categories={"type": ("complaint", *(k.value for k in EventKind))}
            | dict.fromkeys(("platform", "reason_code", *(("account",) if account else ())), ()),
            ints=("listings", *_FRAME_COUNTS),
            texts=("note",),
            columns=columns,
        )

    @classmethod
    def from_frame(cls, frame: pandas.DataFrame, *, account: str | None = None) -> History:
        """A history from a data frame of the history file's columns (``type``, ``date``,
        ``platform``, ...; as :meth:`to_frame` or ``pandas.read_csv`` of a history file gives
        it), read by the history file's reader: a value a file would refuse is refused the
        same way, at the frame's row (its index label) and column, ``$[label].column``.
        ``account`` as for :meth:`from_file`. Needs ``pip install 'ipprules[pandas]'``.

        >>> import pandas as pd
        >>> from ipprules import History
        >>> History.from_frame(pd.read_csv("examples/history.csv"))
        History(623 complaint(s), 2 event(s), 2022-09-01..2023-08-31)
        >>> bad = pd.DataFrame({"type": ["complaint"], "date": ["2023-01-05"],
        ...     "platform": ["taobao"], "reason_code": ["X"], "listings": [2], "taken_down": [3]})
        >>> History.from_frame(bad)
        Traceback (most recent call last):
        ...
        ipprules.errors.InputError: <frame>: $[0].listings: taken_down + rejected + ...
        """
        from ipprules._frames import require_pandas

        pd = require_pandas("History.from_frame()")
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(
                f"frame: expected a pandas DataFrame, got {type(frame).__name__}"
                " (records: History.from_records; a file: History.from_file)"
            )
        _frame_shape(frame)
        text = _timed_dates(frame).to_csv(index=False, float_format="%g", date_format="%Y-%m-%d")
        try:
            return cls.from_file(io.StringIO(text), name="<frame>", format="csv", account=account)
        except InputError as exc:
            raise _frame_error(exc, frame, text) from None

    def _repr_html_(self) -> str:
        """Notebook rendering: the one line of ``repr`` and a table of :meth:`to_dict`'s
        series (a row per platform and reason code), every value HTML-escaped."""

        e = shown_html
        series = self.to_dict()["series"]
        names = list(series[0]) if series else ["platform", "reason_code"]
        head = "".join(f"<th>{e(n)}</th>" for n in names)
        rows = "".join(
            "<tr>" + "".join(f"<td>{e(str(r[n]))}</td>" for n in names) + "</tr>" for r in series
        )
        return (
            f"<div><p><strong>{e(repr(self))}</strong></p><table><thead><tr>{head}</tr>"
            f"</thead><tbody>{rows}</tbody></table></div>"
        )


#: The counts of a complaint row of :meth:`History.to_frame`, in an outcome row's order.
_FRAME_COUNTS = ("taken_down", "rejected", "withdrawn", "pending", "reinstated")

#: The columns of :meth:`History.to_frame` (the history file's, less what it does not keep).
_FRAME_COLUMNS = (
    "type",
    "date",
    "account",
    "platform",
    "reason_code",
    "listings",
    *_FRAME_COUNTS,
    "note",
)

#: The columns a history file may have (the module's table): what a frame's index may not hold.
_FILE_COLUMNS = frozenset((*_FRAME_COLUMNS, "id", "counter_rejected"))


def _complaints_of(slot: Sequence[int]) -> list[list[int]]:
    """Complaints ``[taken_down, rejected, withdrawn, pending, reinstated]`` that fold into
    ``slot`` (:func:`~ipprules.goodfaith.engine.fold_rows`): one per complaint counted, each
    in the outcome class the fold gave it (a takedown, with a reinstatement or not; else
    pending, rejected, withdrawn), with one listing of that outcome; the listings beyond
    those go to complaints that may hold them without changing their class, none above
    :data:`~ipprules.goodfaith.model.MAX_LISTINGS`."""
    _n, td, rj, wd, pd, ri, c_td, c_rj, c_wd, c_pd, c_ri = slot
    rows = (
        [[1, 0, 0, 0, 1] for _ in range(c_ri)]
        + [[1, 0, 0, 0, 0] for _ in range(c_td - c_ri)]
        + [[0, 0, 0, 1, 0] for _ in range(c_pd)]
        + [[0, 1, 0, 0, 0] for _ in range(c_rj)]
        + [[0, 0, 1, 0, 0] for _ in range(c_wd)]
    )

    def spread(extra: int, upto: int, columns: tuple[int, ...]) -> None:
        for row in rows[:upto]:
            if extra <= 0:
                return
            k = min(extra, MAX_LISTINGS - sum(row[:4]))
            for column in columns:
                row[column] += k
            extra -= k

    spread(ri - c_ri, c_ri, (0, 4))  # a reinstated listing was taken down
    spread(td - c_td - (ri - c_ri), c_td, (0,))
    spread(pd - c_pd, c_td + c_pd, (3,))
    spread(rj - c_rj, c_td + c_pd + c_rj, (1,))
    spread(wd - c_wd, len(rows), (2,))
    return rows


def _label_shown(label: object) -> str:
    """A frame's row label as ``$[label]`` shows it: a numpy scalar as the Python value it
    holds (``7``, not ``np.int64(7)``), in a MultiIndex's tuple too; by
    :func:`~ipprules.errors.shown_value`, so a label whose repr fails or is huge (an int of
    5,000 digits, a 10 MB string) is no error of its own."""
    if type(label) is tuple and len(label) <= 16:
        label = tuple(map(_python_scalar, label))
    return shown_value(_python_scalar(label))


def _python_scalar(value: object) -> object:
    """``value``, a numpy scalar as the Python value it holds (its ``item()``)."""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        try:
            return value.item()
        except Exception:  # an exotic numpy type: shown as it is
            return value
    return value


def _frame_error(exc: InputError, frame: Any, text: str) -> InputError:
    """``exc``, refused in ``text``, the CSV text of ``frame`` (line 1: its header), placed
    at the frame's row (its index label) and column: ``$[label].column``. A cell holding a
    line break (a note) makes its row's record span several lines: a line is placed in the
    record that holds it, not at the row of its number."""
    ends = _record_ends(text)
    problems = []
    for p in exc.problems:
        where = p.path
        row = None if p.line is None else bisect_left(ends, p.line) - 1
        message = p.message
        if row is not None and 0 <= row < len(frame):
            column = p.path[1:] if p.path.startswith("$.") else ""
            where = f"$[{_label_shown(frame.index[row])}]{column}"
            if _SUM_SAID in message:
                message += _missing_counts(frame, row)
        problems.append(Problem(message, where, p.file))
    return InputError(problems=problems)


#: What the refusal of a complaint whose outcome counts do not add up to its listings says.
_SUM_SAID = "taken_down + rejected + withdrawn + pending = "
#: The counts that the sum adds, by the history file's column names.
_SUMMED = ("taken_down", "rejected", "withdrawn", "pending")


def _missing_counts(frame: Any, row: int) -> str:
    """What the sum refusal of ``frame``'s row at ``row`` (from 0) adds when some of its
    summed counts are missing values (NaN, ``None``, ``pd.NA``), which the file's reader
    reads as empty cells, 0: naming them, since the sum alone reads as a wrong count."""
    from ipprules._frames import require_pandas

    pd = require_pandas("History.from_frame()")
    names = [str(c) for c in frame.columns]
    gaps = [
        name
        for name in _SUMMED
        if names.count(name) == 1 and pd.isna(frame.iloc[row, names.index(name)])
    ]
    if not gaps:
        return ""
    fill = ", ".join(f"{name!r}: 0" for name in gaps)
    if len(gaps) == 1:
        said = f"{gaps[0]} is a missing value in the frame (NaN), read as an empty cell, 0"
    else:
        said = f"{', '.join(gaps)} are missing values in the frame (NaN), read as empty cells, 0"
    counts = "count" if len(gaps) == 1 else "counts"
    return f" ({said}: give the {counts}, or df.fillna({{{fill}}}) where 0 is meant)"


def _timed_dates(frame: Any) -> Any:
    """``frame``, its ``datetime64`` values with a time of day other than midnight written
    as a date and a time (``2026-01-05 10:00:00``), which the history file's reader refuses
    at their cells as it refuses them in a file, rather than cut to their dates by the CSV
    text's date format; the frame itself where every time is midnight (a date-only column
    pandas reads as ``datetime64``: the common case)."""
    from ipprules._frames import require_pandas

    pd = require_pandas("History.from_frame()")
    copy = None
    for i in range(len(frame.columns)):
        column = frame.iloc[:, i]
        if not pd.api.types.is_datetime64_any_dtype(column.dtype):
            continue
        timed = column.notna() & (column != column.dt.normalize())
        if timed.any():
            copy = frame.copy() if copy is None else copy
            text = column.dt.strftime("%Y-%m-%d").astype(object)
            text[timed] = column[timed].dt.strftime("%Y-%m-%d %H:%M:%S")
            copy.isetitem(i, text)
    return frame if copy is None else copy


def _frame_shape(frame: Any) -> None:
    """Refuse a frame whose CSV text would not be its rows under one header line: columns in
    several levels (a ``MultiIndex``: one header line each, the lower ones read as rows) and
    rows without columns (blank lines, read as no rows: the rows would go uncounted)."""
    if frame.columns.nlevels > 1:
        raise InputError(
            f"the frame's columns are in {frame.columns.nlevels} levels (a MultiIndex): give"
            " the history file's columns in one level (df.columns = df.columns.get_level_values"
            "(0), or df.droplevel(...))",
            file="<frame>",
        )
    if len(frame.columns) == 0 and len(frame):
        names = [n for n in frame.index.names if n is not None]
        raise InputError(
            f"missing column 'type': the frame has {len(frame)} row(s) and no columns"
            + (" (its index holds them: df.reset_index())" if names else ""),
            file="<frame>",
        )
    if "type" not in frame.columns and "type" in frame.index.names:
        raise InputError(
            "missing column 'type': it is in the frame's index; df.reset_index() makes it a column",
            file="<frame>",
        )
    # the index is the rows' labels (where an error is placed), never read: a file's column
    # moved there (df.set_index("id"), read_csv(index_col="id")) would be lost in silence
    indexed = [n for n in frame.index.names if n in _FILE_COLUMNS and n not in frame.columns]
    if indexed:
        held = ", ".join(map(repr, indexed))
        raise InputError(
            f"the frame's index holds the history column(s) {held}, which would be lost (the"
            " index only labels the rows; ids find repeated complaints): df.reset_index()"
            " makes the index columns again",
            file="<frame>",
        )


def _record_ends(text: str) -> list[int]:
    """The line each CSV record of ``text`` ends on (the header's first), as the history
    reader numbers lines; ``[]`` where :mod:`csv` cannot read it (then no row is named)."""
    reader = csv.reader(io.StringIO(text))
    ends = []
    try:
        for _ in reader:
            ends.append(reader.line_num)
    except csv.Error:
        return []
    return ends


def _slot_key(row: object) -> tuple[Any, Any] | None:
    """The slot key a row would add to, ``(platform, reason code)``, or None where it has
    none that can be looked up (too short, a list as its platform: the fold refuses the row;
    :meth:`History.with_records`). Any row the fold reads counts: a list as well as a tuple,
    a ``numpy.str_`` platform (read from a data frame) as well as a str; their slots are
    the original history's and were added to in place."""
    try:
        key = (row[1], row[2])  # type: ignore[index]
        hash(key)
    except Exception:
        return None
    return key


def _fold_tagged(
    items: Iterable[tuple[str | None, Record]], checked: bool = False
) -> dict[str, History]:
    """Fold ``(account, record)`` pairs per account, in buffers (bounded memory per account)."""
    buffers: dict[str, list[Record]] = {}
    slots: dict[str, dict[tuple[str, str], dict[int, list[int]]]] = {}
    events: dict[str, list[AccountEvent]] = {}
    totals: dict[str, int] = {}

    def flush(account: str) -> None:
        rows = buffers[account]
        totals[account] += fold(rows, slots[account], events[account], checked=checked)
        rows.clear()

    for account, record in items:
        key = account or ""
        buffer = buffers.get(key)
        if buffer is None:
            buffer = buffers[key] = []
            slots[key], events[key], totals[key] = {}, [], 0
        buffer.append(record)
        if len(buffer) >= 4096:
            flush(key)
    for key in buffers:
        flush(key)
    return {key: History(Counts(slots[key], events[key]), totals[key]) for key in sorted(buffers)}


def _records(source: Iterable[object]) -> Iterator[Complaint | AccountEvent]:
    """The records of an iterable, each checked to be a Complaint or an AccountEvent."""
    for r in source:
        if not isinstance(r, Complaint | AccountEvent):
            raise TypeError(f"source: expected Complaint or AccountEvent records, got {type(r)}")
        yield r
