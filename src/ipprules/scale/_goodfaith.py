"""Good Faith standing for many accounts: a history with an ``account`` column, partitioned by
account, one standing per account.

Each account's rows (in input order) are read exactly as a history file of that account
alone would be (:meth:`ipprules.goodfaith.History.from_file` on the same cells), so the
checks, the error messages and the numbers are those of :func:`ipprules.goodfaith.standing`.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ipprules._args import rulebook_alias
from ipprules._dates import version_date
from ipprules.errors import plain
from ipprules.scale._common import (
    account_name,
    dask_frame,
    dtype,
    files_named,
    named,
    numbered,
    one_file_zips,
    parquet_account,
    record_lines,
    refuse_second_account_column,
    refuse_twice,
    shared,
    shown_file,
    worker_rulebook,
)
from ipprules.scale._deps import DaskFrame, PandasFrame, require
from ipprules.scale._listings import files_as_typed

if TYPE_CHECKING:
    from ipprules.goodfaith import History, Standing
    from ipprules.rulebook import RuleBook

__all__ = ["STANDING_COLUMNS", "read_histories", "standing_row", "standings"]

#: One row per account. Dates are dates (Arrow ``date32``); ``takedown_rate`` is the exact
#: rate as text (a fraction, e.g. ``9/10``) with ``takedown_rate_float`` beside it.
STANDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("account", "string"),
    ("as_of", "date"),
    ("version", "string"),
    ("interpretation", "string"),
    ("complaints", "int64"),
    ("qualifies", "bool"),
    ("member", "bool"),
    ("member_since", "date"),
    ("locked_until", "date"),
    ("takedown_rate", "string"),
    ("takedown_rate_float", "float64"),
    ("criteria_failed", "list"),
    ("headroom_failures", "Int64"),
    ("headroom_counter_notices", "Int64"),
    ("successes_needed", "Int64"),
    ("volume_needed", "Int64"),
    ("declaration_missing", "bool"),
    ("failures_clear_on", "date"),
    ("rates_pass_on", "date"),
    ("rates_outlook", "string"),
    ("rates_fail_on", "date"),
    # the readings under which qualification or membership differ, and the standing's notes
    # (a rate or a headroom another reading counts otherwise, coverage...)
    ("other_readings", "list"),
    ("notes", "list"),
    # the criteria's window, the path's abuse bar and the readings it qualifies under, and
    # what every answer carries: the rule record, its rules, sources and confidence, and the
    # rule book that answered (a user's --rules book names itself)
    ("window_months", "Int64"),
    ("window_from", "date"),
    ("abuse_bar", "date"),
    ("abuse_clears_on", "date"),
    ("qualify_under", "list"),
    ("rule", "string"),
    ("rule_ids", "list"),
    ("sources", "list"),
    ("confidence", "string"),
    ("rulebook", "string"),
    ("rulebook_version", "string"),
    ("rulebook_date", "date"),
)


def _empty() -> PandasFrame:
    pd = require("pandas")
    return pd.DataFrame({name: pd.Series([], dtype=dtype(kind)) for name, kind in STANDING_COLUMNS})


def standing_row(account: str, s: Standing, complaints: int) -> dict[str, Any]:
    """The :data:`STANDING_COLUMNS` of one account's :class:`~ipprules.goodfaith.Standing`,
    ``complaints`` the number of its complaints (the rows :func:`standings` counted).

    >>> import ipprules
    >>> from ipprules.scale import standing_row
    >>> acme = ipprules.History.by_account("examples/history-accounts.csv")["acme"]
    >>> row = standing_row("acme", ipprules.standing(acme, "2023-04-30"), 3)
    >>> row["account"], row["version"], row["qualifies"], row["member_since"]
    ('acme', '2022', True, datetime.date(2023, 3, 30))
    """
    from ipprules.goodfaith import Standing

    if not isinstance(account, str):  # the column is text: a number failed in pandas later
        raise TypeError(f"account must be a str, got {type(account).__name__}")
    account = plain(account)  # the row's cell: never a subclass's own __eq__ or __hash__
    if not isinstance(s, Standing):
        raise TypeError(f"s must be a Standing, got {type(s).__name__}")
    if type(complaints) is not int:
        raise TypeError(f"complaints must be an int, got {type(complaints).__name__}")
    rate = next((c for c in s.criteria if c.name == "takedown_rate"), None)
    value = None if rate is None else rate.value
    return {
        "account": account,
        "as_of": s.as_of,
        "version": s.version,
        "interpretation": s.interpretation,
        "complaints": complaints,
        "qualifies": s.qualifies,
        "member": s.member,
        "member_since": s.member_since,
        "locked_until": s.locked_until,
        "takedown_rate": None if value is None else str(value),
        "takedown_rate_float": None if value is None else float(value),
        "criteria_failed": [c.name for c in s.criteria if not c.met],
        "headroom_failures": s.headroom.failures,
        "headroom_counter_notices": s.headroom.counter_notices,
        "successes_needed": s.path.successes,
        "volume_needed": s.path.volume,
        "declaration_missing": s.path.declaration_missing,
        "failures_clear_on": s.path.failures_clear_on,
        "rates_pass_on": s.path.rates_pass_on,
        "rates_outlook": s.path.rates_outlook,
        "rates_fail_on": s.path.rates_fail_on,
        "other_readings": list(s.other_readings),
        "notes": list(s.notes),
        "window_months": s.window_months,
        "window_from": s.window_from,
        "abuse_bar": s.path.abuse_bar,
        "abuse_clears_on": s.path.abuse_clears_on,
        "qualify_under": list(s.path.qualify_under),
        "rule": s.rule,
        "rule_ids": list(s.rule_ids),
        "sources": list(s.sources),
        "confidence": s.confidence,
        "rulebook": s.rulebook,
        "rulebook_version": s.rulebook_version,
        "rulebook_date": None if s.rulebook_version is None else version_date(s.rulebook_version),
    }


def read_histories(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    require_columns: Sequence[str] = (),
    history: bool = True,
    lines: str | None = None,
) -> DaskFrame:
    """Read CSV files (every cell as text, empty cells as ``""``) or Parquet files into a
    Dask DataFrame: history rows with an ``account`` column (the columns of
    :mod:`ipprules.goodfaith.history`), or the planner's rows (``account``, ``url``...).

    One partition per file, all of one kind (a Parquet file among CSV files is refused).
    Parquet files must have the same columns (in any order: each is read in the first
    file's; a history's names read as a CSV header's, ``Type`` is ``type``), no two of
    one name, and an ``account`` column (where there is one) of text or numbers; a file
    that does not is refused naming it, before anything runs.
    CSV files must be UTF-8 with a header row, the same in every
    file (the headers are read before anything runs); a file that is not is refused with an
    :class:`~ipprules.errors.InputError` naming it (and the line, where known), except a
    file with no rows at all (0 bytes, white space only), which adds none (an empty history,
    as ``History.from_file`` reads it; every file empty: no rows, with ``account`` and the
    columns asked for). Each CSV
    file's cells are split as ``ipprules plan`` splits them on one machine
    (:func:`ipprules._files.csv_dialect`, decided from the file's first lines before
    anything runs): by what an Excel ``sep=`` line names, else by the first of a comma, a
    semicolon or a tab that makes the header name ``text`` and ``require_columns``, else by
    the one that splits the header into most cells. ``text``
    names a column that must hold text (the planner's ``url``): a Parquet file where it holds
    numbers is refused the same way, and so is a file without one of ``require_columns``.
    Without ``text``, the planner's rows (``history=False``) of Parquet files hold their URL
    column, as ``ipprules plan`` finds it (``url``, ``link``, ``链接``...), to text the same way.

    With ``history`` (the default) the CSV files are history files, and their lines are held
    to the layout :meth:`ipprules.goodfaith.History.from_file` reads, with its errors: a
    blank line 1 before the header ("line 1 is blank: a CSV history starts with its header
    line") and a line of white space only (a row of one field) are refused, naming the file
    and line; empty lines between or after the rows, a byte-order mark and CRLF line ends
    are read. A row with fewer or more cells than the header, and a row whose ``account``
    cell is empty or white space, are refused as ``History.by_account`` refuses them (one
    rule, :func:`ipprules.goodfaith.history.row_problem`), naming the file, line and column
    of the first. ``history=False`` reads the planner's rows (blank lines anywhere are skipped,
    blank cells past the header's dropped, and a record of other cells past the header's or of
    fewer cells refused, "expected N cells, got M" at its line, as ``ipprules plan`` reads
    them).

    ``lines`` names a column (int64) to add: each row's line in its file, the line its record
    starts on, as ``ipprules plan`` numbers a CSV's lines on one machine (the header is line
    1, blank lines and an Excel ``sep=`` line counted); in a Parquet file, which has no lines,
    the row's 1-based number.

    >>> from ipprules.scale import read_histories
    >>> rows = read_histories("examples/history-accounts.csv", lines="line")
    >>> table = rows.compute(scheduler="synchronous")
    >>> rows.npartitions, len(table), table[["type", "account", "line"]].values.tolist()[:2]
    (1, 109, [['declaration', 'acme', 2], ['complaint', 'acme', 3]])
    """
    return _located(path, text, require_columns, history, lines)[0]


#: Where each input partition's rows come from, for errors raised after the shuffle: per
#: partition, a CSV file's ``(path, header line, delimiter)``, a Parquet file's ``(path, 0,
#: "")`` (rows, no lines: see :func:`parquet_row`), or ``None`` (no file to name).
Sources = tuple[tuple[str, int, str] | None, ...]


def _located(
    path: str | os.PathLike[str],
    text: str | None = None,
    require_columns: Sequence[str] = (),
    history: bool = True,
    lines: str | None = None,
) -> tuple[DaskFrame, Sources]:
    """:func:`read_histories`, and the :data:`Sources` of its partitions (one per file read:
    the partition number is the file's place among them); its errors name the files as
    typed (:func:`~ipprules.scale._listings.files_as_typed`)."""
    with files_as_typed(path):
        return _located_files(path, text, require_columns, history, lines)


def _located_files(
    path: str | os.PathLike[str],
    text: str | None,
    require_columns: Sequence[str],
    history: bool,
    lines: str | None,
) -> tuple[DaskFrame, Sources]:
    from ipprules._args import require_bool, require_str, require_strs
    from ipprules.errors import InputError
    from ipprules.scale._listings import is_parquet, matching_paths, path_text

    require_bool(history, "history")
    # a str was read letter by letter ("no column 'a'"), a generator used up by the first
    # of its two readings (its columns then went unchecked)
    require_columns = require_strs(require_columns, "require_columns")
    if text is not None:  # as its characters: a str subclass's own __eq__ is never called
        text = require_str(text, "text")
    if lines is not None:
        lines = require_str(lines, "lines")
    path = path_text(path)
    paths = matching_paths(path, one_kind=True)  # a glob of one kind
    one_file_zips(paths)
    if is_parquet(path, paths):
        frame = _read_parquet(paths, text, require_columns, lines, history, typed=path)
        return frame, tuple((p, 0, "") for p in paths)
    from ipprules.scale._listings import file_kind

    for p in paths:
        if file_kind(p) == "parquet":
            raise InputError(
                "a Parquet file among files read as CSV: a glob names files of one kind "
                "(all Parquet, or all CSV)",
                file=p,
            )
        refuse_json_lines(p)
    wanted = (*require_columns, *((text,) if text is not None else ()))
    return _read_csv(paths, wanted, require_columns, history, lines, typed=path)


#: A JSON Lines (or JSON) file's name, compressed or not: read on one machine only.
_JSON_NAME = re.compile(r"(?i)\.(?:jsonl|ndjson|json)(?:\.(?:gz|bz2|xz|lzma))?$")


def refuse_json_lines(path: str) -> None:
    """Refuse a JSON Lines (or JSON) file: named so (``.jsonl``, ``.ndjson``, ``.json``;
    compressed or not) or, named otherwise and not CSV, with a first non-blank line that
    starts a JSON object (as ``ipprules listings`` tells one). One machine reads it
    (``ipprules plan``, ``History.from_file``); the Dask readers of histories and the
    planner's rows do not: it was read as CSV, its first object said as a header."""
    from ipprules.errors import InputError
    from ipprules.scale._listings import file_kind, text_kind

    if _JSON_NAME.search(path) or (file_kind(path) == "text" and text_kind(path, None) == "jsonl"):
        raise InputError(
            "a JSON Lines (or JSON) file: the Dask readers of histories and the planner's rows "
            "(read_histories, standings, ipprules plan --workers) read CSV or Parquet files; "
            "convert it, or read it on one machine (ipprules plan without --workers, "
            "History.from_file)",
            file=path,
        )


def _url_named(columns: list[str]) -> str | None:
    """The URL column of the planner's rows whose columns are ``columns``: the first of
    :data:`~ipprules.listings.columns.URL_COLUMNS` they name (by its key), or None."""
    from ipprules.listings.columns import URL_COLUMNS, column_key

    keys = [column_key(c) for c in columns]
    for wanted in URL_COLUMNS:
        if wanted in keys:
            return columns[keys.index(wanted)]
    return None


def _read_parquet(
    paths: list[str],
    text: str | None,
    require_columns: Sequence[str],
    lines: str | None = None,
    history: bool = True,
    typed: str = "",
) -> DaskFrame:
    """Parquet files as :func:`read_histories` reads them: every file's columns checked
    before anything runs (the same in every file, none named twice, ``text`` holding text,
    an ``account`` of text or numbers; the planner's rows, not ``history``: as ``ipprules
    plan`` checks a CSV header, :func:`_parquet_plan_header`), in a CSV header's words."""
    from ipprules.scale._listings import (
        _check_text_type,
        check_columns,
        parquet_meta,
        parquet_schema,
    )

    dd = require("dask.dataframe")
    schemas = [parquet_schema(p) for p in paths]  # a file footer each
    first: list[str] = []
    read: list[list[str]] = []  # each file's columns, in the first one's order
    for p, schema in zip(paths, schemas, strict=True):
        # the others' columns are the first's, read as a CSV header's (ACCOUNT: account)
        check_columns(schema.names, _as_written(require_columns, schema.names, first), p)
        # a spreadsheet's empty columns after the last named one, as in a CSV: not read
        names = _empty_tail(schema.names, p)
        if history:
            _parquet_twice(names, p)
        else:  # a column named twice too, as one machine says it
            _parquet_plan_header(names, p)
        first = first or names
        read.append(_columns_as_first(names, first, history, p, paths[0]))
        if text is None and not history:
            # the planner's rows without text=: their URL column as ipprules plan finds it
            # (url, link, 链接...), held to text here too, naming the file (a timestamp url
            # was refused later by plan_accounts, naming the account, not the file)
            text = _url_named(first)
        if text is not None and text in first:  # as this file writes it
            own = read[-1][first.index(text)]
            _check_text_type(schema.field(own).type, text, p)
        # the account column as each reader finds it (_account_as_read, read_rows)
        owner = _history_account(schema.names) if history else parquet_account(schema.names)
        if owner is not None and owner in schema.names:
            _check_account_type(schema.field(owner).type, p, owner)
    _refuse_lines_column(lines, first, paths[0])
    # each column by the history formats' name, as a CSV header's (Type, Reason Code)
    named = [history_name(n) if history else n for n in first]
    meta = parquet_meta(schemas[0])[first].set_axis(named, axis="columns")
    # read by this package's reader, so that a worker finding a bad page names the file;
    # every file's columns in the first one's order, as the meta has them
    stamps = _stamps(paths)
    shown = [shown_file(p, typed) for p in paths]  # the names the errors give
    return dd.from_map(
        _unchanged_read, paths, stamps, shown, read, reader=_parquet_named, names=named,
        lines=lines, meta=meta if lines is None else _numbered_rows(meta, lines),
        label="read-histories", enforce_metadata=False,
    )  # fmt: skip


def _columns_as_first(
    names: list[str], first: list[str], history: bool, path: str, first_path: str
) -> list[str]:
    """A Parquet file's column ``names``, in the order of the ``first`` file's, read as a CSV
    header's (:func:`history_name` for a ``history``, else
    :func:`~ipprules._files.column_name`: ``Type`` in one file is ``type`` in another);
    columns that differ otherwise are refused, as CSV headers that differ are."""
    from ipprules._files import column_name
    from ipprules.errors import InputError

    read = history_name if history else column_name
    own = {read(n): n for n in names}
    if sorted(own) != sorted(map(read, first)) or len(own) != len(names):
        raise InputError(
            f"columns ({', '.join(names)}) differ from those of {first_path} ({', '.join(first)})",
            file=path,
        )
    return [own[read(n)] for n in first]


def _as_written(wanted: Sequence[str], names: Sequence[str], first: list[str]) -> list[str]:
    """The columns ``wanted`` of the glob's ``first`` file as a later file writes them among
    its ``names`` (by :func:`~ipprules._files.column_name`), each one it does not write as it
    is (to be refused as missing); the first file's own (``first`` empty) as they are.

    >>> _as_written(["account"], ["ACCOUNT", "url"], ["account", "url"])
    ['ACCOUNT']
    """
    from ipprules._files import column_name

    own = {column_name(n): n for n in names}
    return [own.get(column_name(w), w) if first else w for w in wanted]


def _parquet_named(
    path: str, columns: list[str], names: list[str], lines: str | None
) -> PandasFrame:
    """The ``columns`` of a Parquet file (:func:`~ipprules.scale._listings.parquet_frame`)
    under the ``names`` :func:`read_histories` gives them, with a column ``lines`` of the
    rows' 1-based numbers (not None)."""
    from ipprules.scale._listings import parquet_frame

    frame = parquet_frame(path, columns).set_axis(names, axis="columns")
    return frame if lines is None else _numbered_rows(frame, lines)


def _history_account(names: Sequence[str]) -> str | None:
    """The account column among a Parquet history's column ``names``, as :func:`standings`
    reads it (:func:`history_name`: ``account``, else one written in another case or with
    blanks around it, `` Account ``), or ``None``.

    >>> _history_account(["type", " account "]), _history_account(["Account"])
    (' account ', 'Account')
    >>> _history_account(["type", "owner"]) is None
    True
    """
    own = [str(name) for name in names]
    if "account" in own:
        return "account"
    return next((n for n in own if history_name(n) == "account"), None)


def history_name(name: str) -> str:
    """A history file's column ``name`` as :func:`read_histories` gives it: the history
    formats' own name where ``name`` reads as one (:func:`ipprules._files.column_name`,
    ``Reason Code``: ``reason_code``), as ``History.from_file`` reads a header; any other
    name as written (``Owner``, a column ``account=`` may name).

    >>> history_name(" Reason Code "), history_name("TYPE"), history_name("Owner")
    ('reason_code', 'type', 'Owner')
    """
    from ipprules._files import column_name
    from ipprules.goodfaith.model import CSV_COLUMNS

    own = column_name(name)
    return own if own in CSV_COLUMNS else name


def _account_at(names: Sequence[str], account: str) -> int | None:
    """The place among a history header's ``names`` of the column the ``account=`` option
    names, where it is not the formats' own ``account`` (and there is none), read as
    :func:`ipprules._files.column_name` reads a name: ``account="owner"`` names ``Owner``;
    else ``None``.

    >>> _account_at(["type", " Owner "], "owner"), _account_at(["type", "Account"], "Account")
    (1, None)
    """
    from ipprules._files import column_name

    want, own = column_name(account), [column_name(n) for n in names]
    if want == "account" or "account" in own or want not in own:
        return None
    return own.index(want)


def _empty_tail(names: Sequence[str], path: str) -> list[str]:
    """The column ``names`` of a Parquet file (a history or the planner's rows) without its
    empty names after the last named column, read (as a CSV header's empty columns are read,
    Excel's ``,,,``) when their cells are empty: a cell that holds text is refused at its
    row, in a CSV's words (:func:`ipprules._files.unnamed_cell`). An empty name written twice
    (pyarrow allows it) is kept, to be refused as a column named twice: Arrow's reader
    cannot read such a file (it reads a column by its name)."""
    from ipprules._files import named_width, unnamed_cell
    from ipprules.errors import InputError
    from ipprules.scale._listings import parquet_frame

    own = [str(n) for n in names]
    named = named_width(own)
    if named == len(own):
        return own
    if len(set(own[named:])) < len(own) - named:  # unreadable by name: refused as twice
        return own
    tail = parquet_frame(path, columns=own[named:])
    cells = tail.astype(object).where(tail.notna(), "")  # a missing value: an empty cell
    for row, values in enumerate(cells.itertuples(index=False), start=1):
        bad = unnamed_cell([*own[:named], *map(str, values)], named)
        if bad is not None:
            why = bad[1].replace("name the column in the header", "name the column")
            raise InputError(f"row {row}: {why}", file=path)
    return own[:named]


def _parquet_twice(names: Sequence[str], path: str) -> None:
    """Refuse a Parquet history that names a column twice (Arrow reads a column by its name:
    which one is unknown) in the words of a CSV header's refusal (:func:`_column_twice`),
    naming the file (it has no header line)."""
    from ipprules._files import column_name, twice_message
    from ipprules.errors import InputError

    seen: dict[str, str] = {}
    for name in names:
        own = column_name(name)
        if own in seen:
            raise InputError(twice_message(own, seen[own], name.strip()), file=path)
        seen[own] = name.strip()


def _parquet_plan_header(names: Sequence[str], path: str) -> None:
    """Refuse the columns of a Parquet file of the planner's rows as ``ipprules plan``
    refuses a CSV header without its ``account`` column (:func:`_plan_header`: an empty or
    misspelt name, two names of one column), naming the file (it has no header line): an
    empty name was refused only once the rows were planned, naming no file."""
    from ipprules.planner.inputs import _columns_checked, _header
    from ipprules.scale._listings import parquet_header

    own = [str(n) for n in names]
    owner = parquet_account(own)  # ``Account``, as _plan_header finds it in a CSV header
    if owner is not None:
        own.remove(owner)
        _second_account(owner, own, path)
    with parquet_header(path):
        _columns_checked(_header(own, path, 1), path)


def _second_account(
    owner: str, names: Sequence[str], path: str, line: int | None = None, column: Any = None
) -> None:
    """Refuse a second account column among the planner's column ``names`` (``Account``
    beside ``account``), the account column being ``owner``: with ``--workers`` it was said
    to be "an account column: lines of several accounts are planned with --workers", the
    words one machine gives without the flag. ``column`` gives the cell's column from its
    index among ``names``."""
    from ipprules.errors import InputError
    from ipprules.scale._common import is_account

    second = next((i for i, name in enumerate(names) if is_account(name)), None)
    if second is not None:
        raise InputError(
            f"two account columns: {owner.strip()!r} and {names[second].strip()!r} (the "
            "account column is read ignoring case and spaces): rename or drop one",
            path="$.account",
            file=path,
            line=line,
            column=None if column is None else column(second),
        )


def _stamps(paths: Sequence[str]) -> list[tuple[int, Any]]:
    """Each file's size and time now, when its header or footer is read (see
    :func:`_unchanged_read`)."""
    from ipprules.scale._listings import file_stamp

    return [file_stamp(path) for path in paths]


def _unchanged_read(
    path: str, stamp: tuple[int, Any], shown: str, *args: Any, reader: Any, **options: Any
) -> PandasFrame:
    """``reader(path, *args, **options)``, once the file is found as it was when the graph
    was built: its columns were read then (a CSV file rewritten with its columns in another
    order was read under the old header's names, in silence). Its errors name the file
    ``shown`` (as typed)."""
    from ipprules.scale._listings import check_unchanged

    with files_named({path: shown}):
        check_unchanged(path, stamp)
        frame: PandasFrame = reader(path, *args, **options)
    return frame


def _refuse_lines_column(
    lines: str | None, columns: Sequence[str], path: str, line: int | None = None
) -> None:
    """Refuse a ``lines`` column the files already have: its cells were replaced by the
    line numbers in silence (``lines="account"`` made every row's account its line)."""
    if lines is not None and lines in columns:
        from ipprules.errors import InputError

        raise InputError(
            f"lines: the files have a column {lines!r} already; name the column of line "
            "numbers otherwise",
            file=path,
            line=line,
        )


def _numbered_rows(
    frame: PandasFrame, column: str, numbers: Sequence[int] | None = None
) -> PandasFrame:
    """``frame`` with a ``column`` of ``numbers`` (default 1, 2...: rows without lines)."""
    pd = require("pandas")
    values = range(1, len(frame) + 1) if numbers is None else numbers
    return frame.assign(**{column: pd.Series(values, index=frame.index, dtype="int64")})


def _check_account_type(kind: Any, path: str, column: str = "account") -> None:
    """Refuse a Parquet ``account`` column of ``kind`` that holds neither text nor numbers
    (:func:`~ipprules.scale._common.account_name` reads both): Dask would turn a list, a
    struct or bytes into their ``repr`` (``"['a']"``), an account nobody named."""
    from ipprules.errors import InputError

    pa = require("pyarrow")
    types = pa.types
    value = kind.value_type if types.is_dictionary(kind) else kind
    if not (
        types.is_string(value)
        or types.is_large_string(value)
        or (getattr(types, "is_string_view", None) and types.is_string_view(value))
        or types.is_integer(value)
        or types.is_floating(value)
        or types.is_null(value)
    ):
        raise InputError(
            f"the column {column!r} holds {kind} values: an account is text or a whole number",
            file=path,
        )


def _read_csv(
    paths: list[str],
    wanted: Sequence[str],
    require_columns: Sequence[str],
    history: bool,
    lines: str | None = None,
    typed: str = "",
) -> tuple[DaskFrame, Sources]:
    """CSV files as :func:`read_histories` reads them (``wanted``: the columns a header is
    found by)."""
    from ipprules._files import named_width
    from ipprules.errors import InputError
    from ipprules.scale._listings import check_columns, header_names

    paths, heads = _csv_heads(paths, wanted, history)
    for p, head in zip(paths, heads, strict=True):
        _index_column(p, head, history)
    if not paths:  # every file is empty: no rows (each an empty history on one machine)
        empty = _no_rows(("account", *wanted))
        return (empty if lines is None else empty.map_partitions(_numbered_rows, lines)), ()
    headers = [header_names(p, head) for p, head in zip(paths, heads, strict=True)]
    if history:  # a spreadsheet's empty columns after the last one: not read (as on one machine)
        headers = [h[: named_width(head.cells)] for h, head in zip(headers, heads, strict=True)]
        # each column by the history formats' name, as one machine reads a header: Type, type
        headers = [[history_name(n) for n in h] for h in headers]
    for other, header in zip(paths, headers, strict=True):
        if header != headers[0] and (history or _read_as(header) != _read_as(headers[0])):
            raise InputError(
                f"columns ({', '.join(header)}) differ from those of {paths[0]} "
                f"({', '.join(headers[0])})",
                file=other,
                line=1,
            )
    check_columns(headers[0], require_columns, paths[0], line=1)
    _refuse_lines_column(lines, headers[0], paths[0], line=1)
    if history:
        _column_twice(paths[0], heads[0])
    else:
        _plan_header(paths[0], heads[0])
    pd = require("pandas")
    string = pd.StringDtype("pyarrow")
    meta = pd.DataFrame({name: pd.Series([], dtype=string) for name in headers[0]})
    reader: Any = _history_table if history else _plan_table
    if any(header != headers[0] for header in headers):  # the planner's, in another case
        reader = functools.partial(_first_names, reader=reader, names=headers[0])
    if lines is not None:
        reader = functools.partial(_lined_table, reader=reader, column=lines)
        meta = _numbered_rows(meta, lines)
    rows: DaskFrame = require("dask.dataframe").from_map(
        _unchanged_read, paths, _stamps(paths), [shown_file(p, typed) for p in paths], heads,
        reader=reader, meta=meta,
        label="read-histories", enforce_metadata=False,
    )  # fmt: skip
    return rows, tuple((p, h.line, h.delimiter) for p, h in zip(paths, heads, strict=True))


def _read_as(header: Sequence[str]) -> list[str]:
    """A header's names as :func:`~ipprules._files.column_name` reads them (``ACCOUNT``,
    `` Url ``: ``account``, ``url``)."""
    from ipprules._files import column_name

    return [column_name(name) for name in header]


def _first_names(path: str, head: Any, reader: Any, names: Sequence[str]) -> PandasFrame:
    """``reader(path, head)``, a file of the planner's rows whose header writes a name in
    another case or spacing than the glob's first file (``ACCOUNT``, ``account``), under the
    first file's ``names`` (:func:`_read_csv` found them alike, in the same order)."""
    frame: PandasFrame = reader(path, head)
    return frame.set_axis([*names, *frame.columns[len(names) :]], axis="columns")


def _history_header(source: str | os.PathLike[str], account: str = "account") -> None:
    """Refuse the header of the first file of a history glob as ``History.from_file`` refuses
    it on one machine (its own header check, :func:`ipprules.goodfaith.history._header`, at
    the cell as written): its first problem in the order of the cells. A column named twice
    was said before an unknown column left of it, and an empty name was said as pandas named
    it (``unknown column 'Unnamed: 6'``) at ``account=acme`` and the line among that
    account's rows, not at the file's header. Only a header of commas on line 1 (one machine
    refuses any other: :func:`read_histories` reads them, and its readers say the rest); the
    other files' headers must be the first one's. The column ``account`` names is read as
    the formats' ``account``."""
    from ipprules.errors import InputError
    from ipprules.goodfaith.history import _header
    from ipprules.scale._common import one_file_zips
    from ipprules.scale._listings import _head_lines, is_parquet, matching_paths, path_text

    try:
        text = path_text(source)
        paths = matching_paths(text, one_kind=True)
        parquet = bool(paths) and is_parquet(text, paths)
        if not paths or parquet:
            paths = paths[:1] if parquet else []
        else:
            one_file_zips(paths)  # a zip of no file or several: said by the reader
            for p in paths:
                refuse_json_lines(p)  # caught below: said by the reader
            number, written = next(iter(_head_lines(paths[0], lone_cr=True)), (0, ""))
    except InputError:  # said by the reader, as it says it
        return
    if not paths:
        return
    if parquet:
        _parquet_history_header(paths[0], account)
        return
    header = written.lstrip("\ufeff")
    if number != 1 or not header.strip() or header.startswith(("sep=", '"sep=')):
        return
    if ";" in written or "\t" in written:
        return
    cells = next(csv.reader([written]))
    at = _account_at(cells, account)
    if at is not None:
        cells[at] = "account"  # its place in the line is unchanged
    _header(cells, paths[0], [written])


def _parquet_history_header(path: str, account: str) -> None:
    """Refuse the columns of the first Parquet file of a history glob as
    :func:`_history_header` refuses a CSV header, naming the file (it has no header line):
    an empty or unknown name was said at ``account=acme`` and a line among that account's
    rows. A file that cannot be read now is left to the reader, as it says it."""
    from ipprules._files import named_width
    from ipprules.errors import InputError
    from ipprules.goodfaith.history import _header
    from ipprules.scale._listings import parquet_header, parquet_schema

    try:
        names = [str(n) for n in parquet_schema(path).names]
    except InputError:
        return
    names = names[: named_width(names)]  # empty names after the last: read_histories' to read
    _parquet_twice(names, path)
    at = _account_at(names, account)
    if at is not None:
        names[at] = "account"
    with parquet_header(path):
        _header(names, path)


def _column_twice(path: str, head: Any) -> None:
    """Refuse a history header that names a column twice, as ``History.from_file`` does
    (naming the file, line and the second cell): read into a frame, the second was renamed
    (``listings.1``) and said to be an unknown column."""
    from ipprules._files import column_name, csv_cell_at, twice_message
    from ipprules.errors import InputError
    from ipprules.scale._listings import _head_lines

    names = [column_name(c) for c in head.cells]
    twice = next((i for i, c in enumerate(names) if c and c in names[:i]), None)
    if twice is None:
        return
    cells = [c.lstrip("\ufeff").strip() for c in head.cells]
    said = twice_message(names[twice], cells[names.index(names[twice])], cells[twice])
    written = next((t for n, t in _head_lines(path, lone_cr=True) if n == head.line), None)
    column = None
    if written is not None:
        column = csv_cell_at([written], twice, head.line, head.delimiter)[1]
    raise InputError(said, file=path, line=head.line, column=column)


def _plan_header(path: str, head: Any) -> None:
    """Refuse a header of the planner's rows as ``ipprules plan`` refuses the same header
    without its ``account`` column on one machine (:func:`ipprules.planner.inputs._header`
    and ``_columns_checked``: a column named twice, an empty or misspelt name), naming the
    file, line and cell. Read into a frame, a second ``seller`` or ``链接`` was renamed
    (``seller.1``) and ignored, a second ``order number`` said to be an unknown column
    ``order_number.1``, an empty name read as ``Unnamed: 1`` and ignored, and a misspelt
    one was named at no file or line."""
    from ipprules._files import csv_cell_at, named_width
    from ipprules.planner.inputs import _columns_checked, _header
    from ipprules.scale._common import is_account
    from ipprules.scale._listings import _head_lines

    cells = list(head.cells)
    names = [c.lstrip("\ufeff").strip() for c in cells]
    at = next((i for i, n in enumerate(names) if n == "account"), None)
    if at is None:  # Account, ACCOUNT: one machine's reading of the header (read_rows)
        at = next((i for i, n in enumerate(names) if is_account(n)), len(cells))
    own = [i for i in range(len(cells)) if i != at]  # the cells one machine's header holds
    header = _header([cells[i] for i in own], path, head.line)
    del header[named_width(header) :]  # a spreadsheet's empty columns after the last one
    written = next((t for n, t in _head_lines(path, comments=True) if n == head.line), None)

    def place(index: int) -> tuple[int, int | None]:
        if written is None:  # pragma: no cover - a header read from the first 64 KiB
            return head.line, None
        return head.line, csv_cell_at([written], own[index], head.line, head.delimiter)[1]

    if at < len(cells):
        others = [cells[i] for i in own]
        _second_account(cells[at], others, path, head.line, lambda i: place(i)[1])
    _columns_checked(header, path, place)


def _index_column(path: str, head: Any, history: bool) -> None:
    """Refuse a header whose first cell is empty before named ones (the index pandas'
    ``to_csv`` writes, which pandas reads as a column ``Unnamed: 0``) as one machine does:
    ``History.from_file`` for a history (``history``), ``ipprules plan`` for the planner's
    rows, with their words (the hint :data:`ipprules._files.PANDAS_INDEX`)."""
    from ipprules.errors import InputError

    cells = [cell.lstrip("\ufeff").strip() for cell in head.cells]
    if len(cells) < 2 or cells[0] or not any(cells):
        return
    try:
        if history:
            from ipprules.goodfaith.history import _header

            _header(cells, path)
        else:
            from ipprules.planner.inputs import _columns_checked

            _columns_checked([""], path)
    except InputError as exc:  # at the header's first cell, a sep= line counted
        problem = exc.problems[0]
        raise InputError(
            problem.message, path=problem.path, file=path, line=head.line, column=1
        ) from None
    raise AssertionError("an empty first column name is refused")  # pragma: no cover


def _lined_table(path: str, head: Any, reader: Any, column: str) -> PandasFrame:
    """``reader(path, head)`` (a CSV file's rows) with a ``column`` of the line each row's
    record starts on (:func:`record_lines`)."""
    from ipprules.scale._listings import _whole_text

    frame = reader(path, head)
    text = _whole_text(path, lone_cr=reader is _history_table)  # checked by ``reader``
    numbers = record_lines(text, head.line, head.delimiter)
    if len(numbers) != len(frame):  # pragma: no cover - the rule below is pandas' own
        from ipprules.errors import InputError

        raise InputError(
            f"cannot number the rows: {len(frame)} rows, {len(numbers)} records", file=path
        )
    return _numbered_rows(frame, column, numbers)


_WHITE_START = re.compile(r"\n[^\S\r\n]")
#: The end of a line followed by an empty line.
_EMPTY_LINE = re.compile(r"\n(?=\n)")


def _history_table(path: str, head: Any) -> PandasFrame:
    """:func:`~ipprules.scale._listings.csv_table` of a history file, its lines first held to
    the rule ``History.from_file`` holds them to (:func:`~ipprules.goodfaith.history.row_problem`:
    as many fields as the header, an account on each line where there is an account column),
    with the same error naming the file, line and column of the first line refused. The cheap
    checks (quotes, white-space lines, the count of delimiters, an empty account cell) decide
    whether the file is read again with :mod:`csv` to find that line."""
    from ipprules._files import named_width
    from ipprules.errors import InputError
    from ipprules.scale._listings import LONE_CR, _whole_text, csv_table

    text = _whole_text(path, lone_cr=True)  # a CR alone ends a line: its own error below
    if _maybe_refused(text, head) or ("\r" in text and LONE_CR.search(text)):
        # a bare carriage return outside quotes is refused in its line's turn, as on one
        # machine (pandas ends a line there: it read an old Mac file, a stray CR split a row)
        _refuse_rows(path, text, head)
    try:
        # its records were held to one machine's cap by _refuse_rows (run where a quote is)
        frame = csv_table(path, head, _text=text, keep_cr=True, _checked=True)
    except InputError:  # a long row pandas stopped at: said as on one machine, if it is one
        _refuse_rows(path, text, head)
        raise
    named = named_width(head.cells)
    if named < len(frame.columns):  # a spreadsheet's empty columns after the last one
        unnamed = frame.iloc[:, named:]
        if unnamed.apply(lambda cells: cells.str.strip().ne("")).any(axis=None):
            _refuse_rows(path, text, head)  # a cell that is not empty under no name
        frame = frame.iloc[:, :named]
    frame.columns = [history_name(str(c)) for c in frame.columns]  # as read_histories' meta
    if "account" in frame.columns and frame["account"].str.strip().eq("").any():
        _refuse_rows(path, text, head)
    return frame


def _plan_table(path: str, head: Any) -> PandasFrame:
    """:func:`~ipprules.scale._listings.csv_table` of a file of the planner's rows, its
    records first held to the rule ``ipprules plan`` holds them to on one machine
    (:func:`ipprules.planner.inputs.read_lines`): blank cells past the header's are dropped
    (a spreadsheet's empty columns), and any other record of more or fewer cells than the
    header is refused, "expected N cells, got M" at the line it starts on. The cheap checks
    of :func:`_maybe_refused` decide whether the file is read again with :mod:`csv`."""
    from ipprules._files import named_width
    from ipprules.scale._listings import LONE_CR, _whole_text, csv_table

    text = _whole_text(path)
    if _maybe_refused(text, head) or ("\r" in text and LONE_CR.search(text)):
        _refuse_plan_rows(path, text, head)
    # its records were held to one machine's cap by _refuse_plan_rows (run where a quote is)
    frame = csv_table(path, head, _text=text, usecols=range(len(head.cells)), _checked=True)
    named = named_width(head.cells)
    if named < len(head.cells):  # a spreadsheet's empty columns: their cells must be empty
        unnamed = frame.iloc[:, named:]
        if unnamed.apply(lambda cells: cells.str.strip().ne("")).any(axis=None):
            _refuse_plan_rows(path, text, head)  # a cell that is not empty under no name
    return frame


def _refuse_plan_rows(path: str, text: str, head: Any) -> None:
    """Raise the error of the first record after the header that ``ipprules plan`` refuses
    for its count of cells (:func:`_plan_table`); nothing if there is none (nor for a record
    that is not valid CSV: :func:`~ipprules.scale._listings.csv_table` says why)."""
    from ipprules._files import (
        cells_count_message,
        csv_cell_at,
        named_width,
        record_over,
        unnamed_cell,
    )
    from ipprules.errors import InputError

    width, named = len(head.cells), named_width(head.cells)
    blank = "".join(sorted(set(" \t\r\n") - {head.delimiter}))
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    lines = text.split("\n")[head.line :]
    reader = csv.reader((f"{x}\n" for x in lines), delimiter=head.delimiter, strict=True)
    start = 0  # lines of the body read before the next record
    try:
        for row in reader:
            first, start = start, reader.line_num
            if start > first + 1:  # a record of several lines: no longer than one machine reads
                where = (head.line + first + 1, head.line + start)
                if record_over(text, row, *where, head.delimiter, keep_cr=False):
                    _refuse_long(path, text, row, where, head.delimiter, keep_cr=False)
            elif not lines[first].strip(blank):
                continue  # a blank line: no row
            bad = unnamed_cell(row[:width], named)
            if bad is not None:  # a cell under a column of the header with no name
                at = csv_cell_at(lines[first:start], bad[0], head.line + first + 1, head.delimiter)
                raise InputError(bad[1], file=path, line=at[0], column=at[1])
            if len(row) > width and not any(c.strip() for c in row[width:]):
                continue  # the empty cells of a spreadsheet's empty columns
            if len(row) != width:
                raise InputError(
                    cells_count_message(head.cells, row, head.delimiter),
                    file=path,
                    line=head.line + first + 1,
                )
    except csv.Error:
        return


def _refuse_long(
    path: str, text: str, row: list[str], lines: tuple[int, int], delimiter: str, keep_cr: bool
) -> None:
    """Raise one machine's error for the record of ``row`` (on ``lines``, first and last,
    of ``text``) if it holds more characters than one machine reads
    (:func:`ipprules._files.record_over`; its callers ask it first, the cheap test)."""
    from ipprules import _files
    from ipprules.errors import InputError

    at = _files.record_over(text, row, *lines, delimiter, keep_cr=keep_cr)
    if at is not None:
        message = f"not valid CSV: {_files.long_record(_files.MAX_RECORD)}"
        raise InputError(message, path="$", file=path, line=at[0], column=at[1])


def _maybe_refused(text: str, head: Any) -> bool:
    """Whether a line of ``text`` after the header may break :func:`row_problem`'s field
    count: quotes (a cell may hold delimiters and line ends), a line of white space only,
    a first row of another width, or a count of delimiters that is not the header's on
    every line that is not empty. ``False`` says every line has the header's width."""
    width, sep = len(head.cells), head.delimiter
    if '"' in text or (width > 1 and _WHITE_START.search(text)):
        return True
    at = 0  # where the body starts: after the header line (no copy of the text is made)
    for _ in range(head.line):
        at = text.find("\n", at) + 1
        if at == 0:
            return False  # no line after the header: no row
    lines = text.count("\n", at) + (0 if text.endswith("\n") else 1)
    if text.find("\n\n", at - 1) >= 0:
        lines -= sum(1 for _ in _EMPTY_LINE.finditer(text, at - 1))
    while text.startswith("\n", at):
        at += 1
    end = text.find("\n", at)
    first = text[at : len(text) if end < 0 else end]
    if first and first.count(sep) != width - 1:
        return True
    return text.count(sep, at) != (width - 1) * lines


def _refuse_rows(path: str, text: str, head: Any) -> None:
    """Raise the error of the first line after the header that :func:`row_problem` refuses
    (file, line and column, as ``History.from_file`` gives them), or the first CSV error of
    its strict reader (a quote never closed, text after a closing quote); nothing if there
    is none."""
    from ipprules._files import csv_cell_at, csv_error_at, csv_problem, named_width, record_over
    from ipprules.errors import InputError
    from ipprules.goodfaith.history import row_problem

    cells = [history_name(c) for c in head.cells]
    account = cells.index("account") if "account" in cells else None
    named = named_width(cells)
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline="\n"), delimiter=head.delimiter, strict=True)
    start = 1
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if start > line + 1 and record_over(text, fields, line, start - 1, head.delimiter):
                _refuse_long(path, text, fields, (line, start - 1), head.delimiter, keep_cr=True)
            problem = None if line <= head.line else row_problem(fields, len(cells), account, named)
            if problem is None:
                continue
            message, cell = problem
            column = 1
            if cell is not None:
                own = [f"{x}\n" for x in text.split("\n")[line - 1 : reader.line_num]]
                line, column = csv_cell_at(own, cell, line, head.delimiter)
            where = "$" if cell is None or not cells[cell].strip() else f"$.{cells[cell]}"
            found = InputError(message, path=where, file=path, line=line, column=column)
            raise _said_first(found, path, text, head.line) from None
    except csv.Error as exc:  # as History.from_file's strict reader says it
        own = [f"{x}\n" for x in text.split("\n")[start - 1 : max(reader.line_num, start)]]
        message, line = csv_problem(exc, reader.line_num, start, first=own[0] if own else None)
        line, column = csv_error_at(own, start, head.delimiter) or (line, 1)
        found = InputError(
            f"not valid CSV: {message}", path="$", file=path, line=line, column=column
        )
        raise _said_first(found, path, text, head.line) from None


def _said_first(found: Any, path: str, text: str, header: int = 1) -> Any:
    """``found`` (a line of the history file ``path`` refused for its layout, before any
    account's cells are read), or the error one machine gives for an earlier line or the
    same: it reads the file line by line and says its first bad line (a date on line 3
    before a row of 9 fields on line 5; on a line bad both ways, what it says of that line).
    The file is read as one machine reads it: on the error path only. Not its error of a
    column's name in the header (line ``header``): :func:`standings` holds the names to the
    formats before the rows are read, the column its ``account`` names read as their
    ``account``, which one machine's reading knows nothing of (a row's error was said
    ``unknown column 'owner'``)."""
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    try:
        History.by_account(io.StringIO(text), name=path, format="csv")
    except InputError as exc:
        said, ours = exc.problems[0].line, found.problems[0].line
        if said is None or ours is None or len(exc.problems) != 1:
            return found
        # a column's name in the header: held to the formats before the rows were read
        named = said == header and exc.problems[0].path != "$"
        if said <= ours and not named:
            return exc
    return found


def cell_place(
    sources: Sources,
    partition: int,
    position: int,
    field: str | None,
    name: Callable[[str], str] | None = None,
) -> tuple[str, int, int | None] | None:
    """Where the row at ``position`` of input ``partition`` is in its CSV file: ``(file,
    line, column)`` of its cell under the column ``field`` (header cells read by ``name``,
    default :func:`ipprules._files.column_name`, as one machine reads a history header:
    ``Listings`` is ``listings``), ``(file, line, None)`` for the line its record starts on
    where the header has no ``field``; ``None`` where :data:`Sources` names no file for it. The file
    is read again: for error paths only."""
    from ipprules._files import column_name, csv_cell_at

    found = record_cells(sources, partition, position)
    if found is None:
        return None
    path, first, names, _, own, delimiter = found
    head = [(name or column_name)(h.lstrip("\ufeff")) for h in names]
    if field is None or field not in head:
        return path, first, None
    line, column = csv_cell_at(own, head.index(field), first, delimiter)
    return path, line, column


def record_cells(
    sources: Sources, partition: int, position: int
) -> tuple[str, int, list[str], list[str], list[str], str] | None:
    """The row at ``position`` of input ``partition`` as its CSV file holds it: ``(file, the
    line its record starts on, the header's cells, the record's cells, the record's lines,
    the delimiter)``; ``None`` where :data:`Sources` names no file for it (or a Parquet
    file). The file is read again: for error paths only."""
    from ipprules.scale._listings import _whole_text

    source = sources[partition] if 0 <= partition < len(sources) else None
    if source is None or not source[1]:  # no file, or a Parquet file (see parquet_row)
        return None
    path, header, delimiter = source
    text = _whole_text(path, lone_cr=True)  # read before: no line is refused again here
    numbers = record_lines(text, header, delimiter)
    if not 0 <= position < len(numbers):  # pragma: no cover - a row of this file is numbered
        return None
    first = numbers[position]
    lines = text.split("\n")
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader((f"{x}\n" for x in lines[header - 1 :]), delimiter=delimiter)
    names = next(reader)
    reader = csv.reader((f"{x}\n" for x in lines[first - 1 :]), delimiter=delimiter)
    cells = next(reader)
    own = [f"{x}\n" for x in lines[first - 1 : first - 1 + reader.line_num]]
    return path, first, names, cells, own, delimiter


def parquet_row(sources: Sources, partition: int, position: int) -> tuple[str, int] | None:
    """Where the row at ``position`` of input ``partition`` is when :data:`Sources` names a
    Parquet file for it: ``(file, row)``, the row 1-based in the file (a Parquet file has
    no lines: an error says "row N"); ``None`` otherwise.

    >>> parquet_row((("h.parquet", 0, ""), ("h.csv", 1, ",")), 0, 2)
    ('h.parquet', 3)
    >>> parquet_row((("h.parquet", 0, ""), ("h.csv", 1, ",")), 1, 2) is None
    True
    """
    source = sources[partition] if 0 <= partition < len(sources) else None
    if source is None or source[1]:
        return None
    return source[0], position + 1


def _no_rows(columns: Sequence[str]) -> DaskFrame:
    """A frame of no rows with ``columns`` as text, in one partition."""
    pd = require("pandas")
    string = pd.StringDtype("pyarrow")
    empty = pd.DataFrame({name: pd.Series([], dtype=string) for name in dict.fromkeys(columns)})
    frame: DaskFrame = require("dask.dataframe").from_pandas(empty, npartitions=1)
    return frame


def _csv_heads(
    paths: Sequence[str], wanted: Sequence[str], history: bool = True
) -> tuple[list[str], list[Any]]:
    """The CSV files that hold something, with their heads (:func:`csv_head`): a file with
    no rows at all (0 bytes, a byte-order mark or white space only) contributes none, as
    ``History.from_file`` reads it as an empty history; any other unreadable head is
    refused as before. A history file (``history``) whose line 1 is blank gets one
    machine's answer (:func:`_blank_first_line`): none when it is an empty history there
    (``""`` lines are blank records), else the error ``History.from_file`` gives."""
    from ipprules.errors import InputError
    from ipprules.scale._listings import csv_head

    kept, heads = [], []
    for p in paths:
        try:
            # a planner's rows (not a history): # lines before the header skipped, as there
            head = csv_head(p, _names_every(wanted), comments=not history)
        except InputError:  # a bad byte in the first lines: said first, as on one machine
            if _blank_file(p, comments=not history):
                continue
            # after a blank line 1: one machine's answer (an empty history, or its error)
            if history and _blank_first_line(p):
                continue
            raise
        if history and head.line > 1 and _blank_first_line(p):
            continue
        heads.append(head)
        kept.append(p)
    return kept, heads


def _blank_first_line(path: str) -> bool:
    """For a history file whose line 1 is blank (white space only, a byte-order mark aside):
    what ``History.from_file`` makes of it, read by the one-machine reader itself. ``True``
    when it is an empty history (every later record blank too: white space, or ``""``, a
    blank record to :mod:`csv`); else that reader's InputError ("line 1 is blank", or the
    CSV error of a broken quote first, at its own line). ``False`` when line 1 is not
    blank."""
    import itertools

    from ipprules.errors import InputError
    from ipprules.goodfaith.history import iter_rows
    from ipprules.scale._listings import _head_lines

    try:
        for _, first in _head_lines(path):
            if first.lstrip("\ufeff").strip():
                return False
            break
    except InputError:  # line 1 itself is not read: the caller says why
        return False
    with require("fsspec").open(path, "rb", compression="infer") as handle:
        rows = iter_rows(handle, name=path, format="csv")
        return not any(True for _ in itertools.islice(rows, 1))


def _blank_file(path: str, comments: bool = False) -> bool:
    """Whether a file, decoded as UTF-8 (a byte-order mark dropped), is white space only;
    ``False`` for one that is not UTF-8 (its reader refuses it, naming the line).
    ``comments``: ``#`` lines count as blank, as the one-machine planner skips them before
    a header (:func:`ipprules._files._comment_line`): a file of comments only plans no
    line there."""
    import codecs
    import lzma
    import zlib

    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    try:
        with require("fsspec").open(path, "rb", compression="infer") as handle:
            if comments:
                return _comments_only(handle)
            while True:
                data = handle.read(1 << 16)
                try:
                    if decoder.decode(data, final=not data).strip():
                        return False
                except UnicodeDecodeError:
                    return False
                if not data:
                    return True
    except (OSError, EOFError, zlib.error, lzma.LZMAError, UnicodeDecodeError):
        return False  # not blank: its reader says why it cannot be read, naming it


def _comments_only(handle: Any) -> bool:
    """Whether the binary file ``handle`` holds blank and ``#`` comment lines only (a line
    longer than one machine takes is none: its reader refuses it)."""
    from ipprules._files import DEFAULT_MAX_LINE, _comment_line

    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    number = 0
    while line := text.readline(DEFAULT_MAX_LINE + 1):
        number += 1
        if len(line) > DEFAULT_MAX_LINE or (line.strip() and not _comment_line(line, number)):
            return False
    return True


def _names_every(columns: Sequence[str]) -> Callable[[list[str]], bool]:
    """Whether header cells name every one of ``columns`` (none: no header is taken, the
    delimiter is then the one that splits the header into most cells)."""

    def names(cells: list[str]) -> bool:
        return bool(columns) and all(c in cells for c in columns)

    return names


@rulebook_alias("book")
def standings(
    source: DaskFrame | str,
    as_of: dt.date | str,
    *,
    interpretation: str | None = None,
    trial: bool | Iterable[int] = False,
    metrics: Sequence[str] = (),
    rulebook: RuleBook | None = None,
    account: str = "account",
) -> DaskFrame:
    """The Good Faith standing on ``as_of`` of every account in a history, one row each.

    ``source`` is a Dask DataFrame of history rows (the history CSV columns as text, plus
    ``account``) or a path glob read by :func:`read_histories`. The rows are shuffled by
    account; each account's rows, in input order, are read as that account's own history
    file, then :func:`ipprules.goodfaith.standing` is asked with the same options.

    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> rows = pd.DataFrame({"account": ["a", "b"], "type": ["complaint"] * 2,
    ...     "date": ["2023-03-01"] * 2, "platform": ["taobao"] * 2,
    ...     "reason_code": ["tm_counterfeit"] * 2, "listings": ["300", "10"],
    ...     "taken_down": ["0", "10"], "rejected": ["300", "0"]})
    >>> out = standings(dd.from_pandas(rows, npartitions=2), "2023-03-31")
    >>> with dask.config.set(scheduler="synchronous"):
    ...     table = out.compute()
    >>> table.sort_values("account")[["account", "qualifies", "successes_needed"]].values.tolist()
    [['a', False, 2701], ['b', False, 0]]
    """
    from ipprules._args import require_str

    # a number was "no column 1", a blank name "no column ''"; a str subclass as its characters
    account = require_str(account, "account")
    sources: Sources | None = None
    shown: dict[str, str] = {}  # the files' names as typed, for the workers' errors
    if isinstance(source, str | os.PathLike):
        with files_as_typed(source):
            _history_header(source, account)  # before read_histories' own header checks
            frame, sources = _located(source)
        shown = {s[0]: shown_file(s[0], os.fspath(source)) for s in sources if s is not None}
    else:
        frame = dask_frame(source, "source")
    frame = _account_as_read(frame, account)  # Account, OWNER: as one machine reads a header
    for name in dict.fromkeys(frame.columns):  # your own frame's (a file's were checked)
        refuse_twice(frame.columns, name, "accounts" if name == account else f"rows' {name}")
    if account not in frame.columns:
        with files_named(shown):
            _no_account_column(frame, account, sources)
    refuse_second_account_column(frame.columns, account, "the history formats' own")
    _one_account_column(frame.columns, account)
    day = as_date_checked(as_of)
    interpretation, trial, metrics = _options_checked(interpretation, trial, metrics)
    _refused_as_one_machine_would(day, interpretation, trial, metrics, rulebook)
    shuffled = named(numbered(frame), account).shuffle(on=account, npartitions=frame.npartitions)
    out: DaskFrame = shuffled.map_partitions(
        _standings_partition,
        day,
        interpretation,
        trial,
        metrics,
        shared(rulebook),
        account,
        sources,
        shown,
        meta=_empty(),
        enforce_metadata=False,
    )
    return out


def _one_account_column(columns: Any, account: str) -> None:
    """Refuse a frame with another column read as its account column (``Account`` beside
    ``account``, :func:`history_name`): one machine reads both as ``account``, a column
    named twice; each account's rows would have been read with the other as theirs.

    >>> _one_account_column(["type", "account", "Account"], "account")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.account: two account columns: 'account' and 'Account' (...
    """
    from ipprules._files import column_name

    want = {"account", column_name(account)}
    other = next((c for c in columns if c != account and column_name(str(c)) in want), None)
    if other is not None:
        from ipprules.errors import InputError

        raise InputError(
            f"two account columns: {account!r} and {other!r} (a column's name is read "
            "ignoring case and spaces): rename or drop one",
            path="$.account",
        )


def _no_account_column(frame: DaskFrame, account: str, sources: Sources | None) -> None:
    """Refuse a history without the column ``account``, at the header of its first file
    (every file has the first one's columns), a Parquet file by its name, your own frame
    without a file."""
    from ipprules.errors import InputError

    where = sources[0] if sources else None
    raise InputError(
        f"no column {account!r} (columns: {', '.join(map(str, frame.columns))})",
        path=f"$.{account}",
        file=None if where is None else where[0],
        line=None if where is None else where[1] or None,
    )


def _account_as_read(frame: DaskFrame, account: str) -> DaskFrame:
    """``frame`` with its account column named ``account`` where the file's header wrote it
    otherwise (``Owner`` for ``account="owner"``, :func:`ipprules._files.column_name`): one
    machine reads a history header's names so, and the header was checked so (it was "no
    column 'owner'")."""
    from ipprules._files import column_name

    if account in frame.columns:
        return frame
    want = column_name(account)
    written = [c for c in frame.columns if column_name(str(c)) == want]
    if len(written) != 1:  # none: said by the caller; several: a name twice, said before
        return frame
    renamed: DaskFrame = frame.rename(columns={written[0]: account})
    return renamed


def _options_checked(
    interpretation: Any, trial: Any, metrics: Any
) -> tuple[str | None, bool | frozenset[int], tuple[str, ...]]:
    """The options of :func:`standings` of the types :func:`ipprules.goodfaith.standing`
    takes, with its :class:`TypeError` for another (an ``object()`` as ``interpretation``
    stopped Dask's tokenizer with its own error; a ``str`` as ``metrics`` was read as its
    letters), as values every task can share (a generator of trial years read once)."""
    from ipprules._args import refuse_used_stream
    from ipprules.rulebook.model import trial_of

    if interpretation is not None and not isinstance(interpretation, str):
        raise TypeError(f"interpretation must be a str, got {type(interpretation).__name__}")
    if isinstance(metrics, str) or not isinstance(metrics, Iterable):
        what = "a string" if isinstance(metrics, str) else type(metrics).__name__
        raise TypeError(f"metrics: expected a sequence of metric ids, got {what}")
    refuse_used_stream(metrics, "metrics")
    return interpretation, trial_of(trial), tuple(metrics)


def _refused_as_one_machine_would(
    day: dt.date,
    interpretation: str | None,
    trial: bool | frozenset[int],
    metrics: tuple[str, ...],
    rulebook: RuleBook | None,
) -> None:
    """Raise, at the call, what :func:`ipprules.goodfaith.standing` raises for these options
    (an unknown interpretation or metric, a date before the rule book's coverage): they were
    found only when the graph was computed, on a worker, and not at all for an empty history.
    Asked of an empty history (about 25 ms, the rule book's first load included)."""
    from ipprules.goodfaith import History, standing

    standing(
        History.from_records([]),
        day,
        interpretation=interpretation,
        trial=trial,
        metrics=metrics,
        rulebook=rulebook,
    )


def as_date_checked(value: dt.date | str) -> dt.date:
    from ipprules.goodfaith.standing import as_of_date

    return as_of_date(value)


def _standings_partition(
    frame: PandasFrame,
    day: dt.date,
    interpretation: str | None,
    trial: bool | Iterable[int],
    metrics: tuple[str, ...],
    book: RuleBook | None,
    account: str,
    sources: Sources | None = None,
    shown: dict[str, str] | None = None,
) -> PandasFrame:
    """The standings of the accounts of one shuffled partition (:func:`_standings_rows`),
    its errors naming the files of ``sources`` as ``shown`` (as typed)."""
    with files_named(shown or {}):
        return _standings_rows(frame, day, interpretation, trial, metrics, book, account, sources)


def _standings_rows(
    frame: PandasFrame,
    day: dt.date,
    interpretation: str | None,
    trial: bool | Iterable[int],
    metrics: tuple[str, ...],
    book: RuleBook | None,
    account: str,
    sources: Sources | None,
) -> PandasFrame:
    from ipprules.goodfaith.standing import resolve, with_other_readings

    pd = require("pandas")
    # what standing() does per call, with the rules per day resolved once per partition
    resolver = resolve(worker_rulebook(book), interpretation, trial, metrics)
    columns = [c for c in frame.columns if c not in (account, "partition", "position")]
    ordered = frame.sort_values(["partition", "position"], kind="stable")
    cells = [_texts(ordered[c]) for c in columns]
    names = [account_name(key, account) for key in ordered[account].tolist()]
    if not all(name and name.strip() for name in names):  # as a CSV history's row_problem
        _no_account(ordered, names, account, sources)
    rows: list[dict[str, Any]] = []

    def places() -> list[tuple[int, int]]:  # where each row comes from: asked on errors only
        return list(zip(ordered["partition"].tolist(), ordered["position"].tolist(), strict=True))

    for key, history in _histories(columns, cells, names, account, places, sources):
        s = with_other_readings(history, day, resolver, None)  # as standing() answers
        rows.append(standing_row(key, s, history.complaints))
    return pd.DataFrame(
        {
            name: pd.array([r[name] for r in rows], dtype=dtype(kind))
            for name, kind in STANDING_COLUMNS
        }
    )


def _texts(column: Any) -> list[str]:
    """A column's cells as :func:`_text` gives them: a text column (every cell a string or
    missing) at once, any other cell by cell."""
    pd = require("pandas")
    if isinstance(column.dtype, pd.StringDtype):
        texts: list[str] = column.fillna("").tolist()
        return texts
    return [_text(v) for v in column.tolist()]


def _histories(
    columns: list[str],
    cells: list[list[str]],
    names: list[str | None],
    account: str,
    places: Callable[[], list[tuple[int, int]]] | None = None,
    sources: Sources | None = None,
) -> Iterator[tuple[str, History]]:
    """Each account's history (accounts in order), as :func:`_histories_alone` reads it: as a
    history file of that account's rows alone (in input order).

    First, all the rows are read at once, as one history file with an ``account`` column,
    by :meth:`History.by_account`, which gives each account the history its own file would
    give (the reader is set up once per partition, not once per account). Where that read
    refuses anything (a row of a bad layout, a complaint id that two accounts share...) or
    does not give back exactly the accounts asked for, the accounts are read one by one, so
    that what is refused is what reading each account alone refuses; it is said naming the
    row's file, line and column as one machine names them where ``places`` (giving each
    row's input partition and position, asked on an error only) and ``sources``
    (:data:`Sources`) tell them, else naming ``account=NAME`` and the line within the
    account's rows."""
    from ipprules.goodfaith import History

    if "account" not in columns:  # the account column may be named "account" in the file
        text = _csv_file([*columns, "account"], zip(*cells, names, strict=True))
        try:
            found = History.by_account(text, name=f"{account}=*", format="csv")
        except Exception:  # said again, account by account, below
            found = None
        if found is not None and found.keys() == set(names):
            # each history let go once asked (with the caches its standing filled): kept
            # alive until the partition ends, they made every garbage collection slower
            yield from ((key, found.pop(key)) for key in sorted(found, key=str))
            return
    yield from _histories_alone(columns, cells, names, account, places, sources)


def _histories_alone(
    columns: list[str],
    cells: list[list[str]],
    names: list[str | None],
    account: str,
    places: Callable[[], list[tuple[int, int]]] | None = None,
    sources: Sources | None = None,
) -> Iterator[tuple[str, History]]:
    """Each account's history, its rows written as a CSV file of their own and read by
    :meth:`History.from_file` (named ``account=NAME``), accounts in order; an error is
    said at the row's own file, line and column where ``places`` and ``sources`` tell them
    (:func:`_relocated`)."""
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    groups: dict[str, list[tuple[str, ...]]] = {}
    rows_at: dict[str, list[int]] = {}
    for i, (key, row) in enumerate(zip(names, zip(*cells, strict=True), strict=True)):
        groups.setdefault(str(key), []).append(row)
        rows_at.setdefault(str(key), []).append(i)
    # with bad rows in several accounts, the error of the one first in input order (as one
    # machine reads a file: its first bad row), not of the account first by name
    failed: tuple[int, str, InputError] | None = None
    for key in sorted(groups, key=str):
        text = _csv_file(columns, groups[key])
        try:
            history = History.from_file(text, name=f"{account}={key}", format="csv")
        except InputError as exc:
            index = _bad_row(exc, groups[key])
            at = rows_at[key][-1 if index is None else index]
            if failed is None or at < failed[0]:
                failed = (at, key, exc)
            continue
        if failed is None:
            yield key, history
    if failed is None:
        return
    _, key, error = failed
    if places is None or sources is None:
        raise error
    where = places()
    own = [where[i] for i in rows_at[key]]
    raise _relocated(error, columns, groups[key], own, sources, account) or error from None


def _csv_file(header: list[str], rows: Iterable[Iterable[Any]]) -> io.StringIO:
    """``header`` and ``rows`` written as a CSV file of their own (``\\n`` line ends), to be
    read from its start as a history file."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    text.seek(0)
    return text


def _csv_line(cells: Iterable[Any]) -> str:
    """``cells`` written as one CSV record (``\\n`` line ends: more than one line where a
    quoted cell holds a line break), as :func:`_csv_file` writes each."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerow(cells)
    return text.getvalue()


def _bad_row(exc: Any, rows: list[tuple[str, ...]]) -> int | None:
    """The index in ``rows`` of the row ``exc`` names (raised reading ``rows`` written as a
    CSV file of their own after a header line), ``None`` where it names no one row."""
    problem = exc.problems[0]
    if len(exc.problems) != 1 or problem.line is None or problem.line < 2:
        return None
    starts, at = _starts(rows)
    index = next((i for i in reversed(range(len(rows))) if starts[i] <= problem.line), None)
    return None if index is None or problem.line >= at else index


def _starts(rows: list[tuple[str, ...]]) -> tuple[list[int], int]:
    """The line each of ``rows`` starts on in a CSV file of their own after a header line (a
    quoted cell may span lines), and the line after the last."""
    starts, at = [], 2
    for row in rows:
        starts.append(at)
        at += _csv_line(row).count("\n")
    return starts, at


def _relocated(
    exc: Any,
    columns: list[str],
    rows: list[tuple[str, ...]],
    places: list[tuple[int, int]],
    sources: Sources,
    account: str = "account",
) -> Any:
    """``exc``, raised reading an account's ``rows`` written as a CSV file of their own
    (header ``columns``), said at the row's own file, line and column (the row at
    ``places[i]``: its input partition, whose file :data:`Sources` names, and its position
    there), as ``History.from_file`` says it reading that file; ``None`` where the row's
    file is not known (a Parquet file, a frame of one's own) or the error names no row.
    Only on the error path: the file is read again to place the row."""
    from ipprules.errors import InputError

    problem = exc.problems[0]
    index = _bad_row(exc, rows)
    if index is None:
        return _header_relocated(exc, columns, sources) if problem.line == 1 else None
    starts, _ = _starts(rows)  # the line each row starts on in the account's own file
    partition, position = places[index]
    row = parquet_row(sources, partition, position)
    if row is not None:  # a Parquet file: its row, no line
        message = _first_relocated(problem.message, starts, places, sources, row[0])
        message = _cell_renumbered(message, row[0], account)
        return InputError(f"row {row[1]}: {message}", path=problem.path, file=row[0])
    field = problem.path[2:] if problem.path.startswith("$.") else None
    found = cell_place(sources, partition, position, field)
    if found is None:
        return None
    path, line, column = found
    if column is None:  # the line's start (a line of its record, as in the account's file)
        line, column = line + problem.line - starts[index], 1
    if problem.column is None:  # one machine names no column (a duplicate id): none here
        column = None
    message = _first_relocated(problem.message, starts, places, sources, path)
    return InputError(message, path=problem.path, file=path, line=line, column=column)


def _header_relocated(exc: Any, columns: list[str], sources: Sources) -> Any:
    """``exc``, about the header ``columns`` of an account's rows written as a CSV file of
    their own (an unknown column, one twice), said at the header of the first input file, as
    ``History.from_file`` says it reading that file (it named ``account=NAME`` and a column
    counted without the account column); ``None`` where that file is not a CSV file."""
    from ipprules._files import csv_cell_at, csv_cells_at
    from ipprules.errors import InputError
    from ipprules.scale._listings import _head_lines

    problem = exc.problems[0]
    source = sources[0] if sources else None
    if source is None or not source[1] or problem.column is None:
        return None
    path, line, delimiter = source
    written = [_csv_line(columns)]
    places = csv_cells_at(written, range(len(columns)))  # in one pass (one by one: quadratic)
    at = [places[i][1] for i in range(len(columns))]
    if problem.column not in at:  # pragma: no cover - the reader names a header cell
        return None
    i = at.index(problem.column)
    header = next((t for n, t in _head_lines(path, lone_cr=True) if n == line), None)
    if header is None:  # pragma: no cover - the header was read before
        return None
    cells = [c.strip() for c in next(csv.reader([header], delimiter=delimiter))]
    seen = columns[:i].count(columns[i])  # which of the cells of that name ("twice")
    own = [j for j, c in enumerate(cells) if c == columns[i].strip()]
    if len(own) <= seen:  # pragma: no cover - the columns are the file's
        return None
    column = csv_cell_at([header], own[seen], line, delimiter)[1]
    return InputError(problem.message, path=problem.path, file=path, line=line, column=column)


_FIRST_ON = re.compile(r"\(first on line (\d+);")
_CELL = re.compile(r"cell (\d+) ")


def _cell_renumbered(message: str, path: str, account: str) -> str:
    """``message`` about ``cell N`` of a row written without its ``account`` column, said with
    the cell's number in the Parquet file at ``path`` (its columns, the account's among them):
    a row's cell after the account column was named one too low."""
    from ipprules.errors import InputError
    from ipprules.scale._listings import parquet_schema

    match = _CELL.match(message)
    if match is None:
        return message
    try:
        names = parquet_schema(path).names  # its footer, read as the other readers read it
    except InputError:  # pragma: no cover - the file was read a moment ago
        return message
    kept = [i for i, name in enumerate(names) if name.strip() != account]
    cell = int(match.group(1))
    if not 0 < cell <= len(kept):  # pragma: no cover - the row is the file's
        return message
    return f"cell {kept[cell - 1] + 1} " + message[match.end() :]


def _first_relocated(
    message: str,
    starts: list[int],
    places: list[tuple[int, int]],
    sources: Sources,
    path: str,
) -> str:
    """``message`` with the line of a duplicate id's first row (``first on line N``, a line
    of the account's own file, where only that account's rows are) said as the line of the
    row's own file (its row in a Parquet file), and that file named when it is not ``path``
    (the repeat's file): it named the account's Nth line, another line of the real file, or
    of none."""
    match = _FIRST_ON.search(message)
    if match is None or int(match.group(1)) not in starts:
        return message
    first = places[starts.index(int(match.group(1)))]
    row = parquet_row(sources, *first)
    found = (row[0], f"row {row[1]}") if row is not None else None
    if found is None:
        place = cell_place(sources, *first, None)
        if place is None:
            return message
        found = (place[0], f"line {place[1]}")
    where = found[1] if found[0] == path else f"{found[0]} {found[1]}"
    return message[: match.start()] + f"(first on {where};" + message[match.end() :]


def _no_account(
    ordered: PandasFrame, names: list[str | None], account: str, sources: Sources | None = None
) -> None:
    """Refuse the first row (in input order) whose account is empty, white space only or
    missing: at its file's row (Parquet) or line and cell (CSV) where :data:`Sources` names
    its file, as a CSV history's row is refused (a Parquet file's, or a CSV file's read with
    an account column named otherwise, named no file), else naming the input partition and
    row it came from (the shuffle has moved it)."""
    from ipprules.errors import InputError
    from ipprules.goodfaith.history import NO_ACCOUNT

    at = next(i for i, name in enumerate(names) if not (name and name.strip()))
    partition, position = (int(ordered[c].iloc[at]) for c in ("partition", "position"))
    row = parquet_row(sources, partition, position) if sources else None
    if row is not None:
        raise InputError(f"row {row[1]}: {NO_ACCOUNT}", path=f"$.{account}", file=row[0])
    from ipprules._files import column_name

    found = cell_place(sources, partition, position, column_name(account)) if sources else None
    if found is not None:
        path, line, column = found
        raise InputError(NO_ACCOUNT, path=f"$.{account}", file=path, line=line, column=column)
    raise InputError(
        f"a history row has no account (input partition {partition}, row {position})",
        path=f"$.{account}",
    )


def _text(value: Any) -> str:
    """A cell as the text a CSV file would hold (missing: empty), for columns a typed
    source (Parquet, pandas) keeps as values: a date or a timestamp at midnight (no time
    zone) as its date, a whole float (a count column with a missing cell is float) as its
    digits; anything else as ``str`` gives it, for the reader to check.

    >>> import pandas as pd
    >>> import numpy as np
    >>> [_text(v) for v in (pd.Timestamp("2023-01-05"), np.datetime64("2023-01-05T00:00"))]
    ['2023-01-05', '2023-01-05']
    >>> [_text(v) for v in (3.0, np.float64(2.5), float("nan"), 7, pd.Timestamp("2023-01-05 9:00"))]
    ['3', '2.5', '', '7', '2023-01-05T09:00:00']
    """
    if isinstance(value, str):
        return value
    pd = require("pandas")
    if value is None or pd.isna(value) is True:
        return ""
    if isinstance(value, require("numpy").datetime64):
        value = pd.Timestamp(value)
    value = getattr(value, "item", lambda: value)()  # a numpy number as a Python one
    if isinstance(value, dt.datetime):
        midnight = value.tzinfo is None and value.time() == dt.time()
        return value.date().isoformat() if midnight else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
