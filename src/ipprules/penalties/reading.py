"""Violation files (CSV or JSON), read strictly: every problem named by file, line and path.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "v.json").write_text('[{"date": "2024-03-01", "kind": "piracy"}]')
>>> read_violations(folder / "v.json")[0].kind
<ViolationKind.PIRACY: 'piracy'>
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from ipprules.errors import InputError, IpprulesError, Problem, plain, quoted, suggest
from ipprules.penalties.model import Violation, ViolationKind, _kind
from ipprules.rulebook.platform_names import platform_case_problem, platform_case_slip

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._files import Document, Source

__all__ = ["read_violations"]

_COLUMNS = ("date", "kind", "platform", "points", "right", "id", "counter_notice_accepted")


_Day = date  # a row's field is named ``date``


@attrs.frozen(kw_only=True)
class _Row:
    date: date
    kind: str
    platform: str | None = None
    points: int | None = None
    right: str | None = None
    id: str | None = None
    counter_notice_accepted: _Day | None = None


@attrs.frozen
class _File:
    violations: tuple[_Row, ...]


def _meant(column: str) -> str:
    """`` (did you mean 'points'?)`` after an unknown column near a known one."""
    from ipprules._files import english_column

    near = suggest(column[:100], list(_COLUMNS))
    if near is None and (near := english_column(column, _COLUMNS)) is not None:
        return f" (did you mean {near!r}? the columns are named in English)"
    return f" (did you mean {near!r}?)" if near is not None else ""


def read_violations(
    path: str | Path | IO[Any], *, max_bytes: int | None = None
) -> tuple[Violation, ...]:
    """Established violations from a ``.csv`` or ``.json`` file, read strictly.

    CSV: a header with ``date`` and ``kind`` and optionally ``platform``, ``points``, ``right``,
    ``id``, split by commas, ``;`` or tabs as every CSV reader of ipprules splits them
    (:func:`ipprules._files.iter_csv_dialect`); empty cells are missing values (and empty
    columns after the last one, a spreadsheet's ``,,,``, are ignored; a file with no line but
    blank ones, 0 bytes, has no violations, as a header alone). JSON: a list of
    objects with the same keys, or ``{"violations": [...]}``. Every problem is reported at
    once with its file, line and path. An open stream (``io.StringIO(text)``,
    ``io.BytesIO(data)``), like stdin, is JSON when it starts with ``[`` or ``{``, else CSV.
    Files are read through the shared reading layer (:func:`ipprules._files.open_input`): ``-``
    is stdin, FIFOs, devices and directories are refused at once, and a file larger than
    ``max_bytes`` (default 64 MiB) is refused, and so are more than 100,000 violations (the
    reading limit of a list, ``ipprules._convert.MAX_ITEMS``), in either format.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "v.csv").write_text("date,kind,points\\n2024-03-01,general,2\\n")
    >>> read_violations(folder / "v.csv")[0].points
    2
    >>> _ = (folder / "bad.csv").write_text("date,kind\\n2024-03-01,general\\n2024-02-30,fake\\n")
    >>> read_violations(folder / "bad.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: .../bad.csv:3:1: $[1].date: not a date ...: '2024-02-30' (day ...)
    .../bad.csv:3:12: $[1].kind: unknown violation kind 'fake'; known: counterfeit, ...
    """
    return read_located(path, max_bytes=max_bytes)[0]


def read_located(
    path: str | Path | IO[Any], *, max_bytes: int | None = None
) -> tuple[tuple[Violation, ...], Places]:
    """:func:`read_violations`, with where each violation is in the file (:class:`Places`):
    to place the penalty engine's errors about a row's values at its line.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "v.csv").write_text("date,kind,points\\n\\n2024-03-01,general,2\\n")
    >>> found, places = read_located(folder / "v.csv")
    >>> placed = places.place(Problem("too many points", "$[0].points"))
    >>> placed.line, placed.path        # the row after a blank line
    (3, '$[0].points')
    """
    from ipprules._args import require_source

    require_source(path)
    path = plain(path) if isinstance(path, str) else path  # a str subclass's __str__ not called
    if path == "-" or not isinstance(path, str | Path):  # stdin, a stream: no suffix to go by
        from ipprules._files import first_char, open_input

        with open_input(path, max_bytes=max_bytes) as stream:  # JSON starts with "[" or "{"
            if first_char(stream) in ("[", "{"):
                return _read_json(stream, max_bytes)
            return _read_csv(stream, max_bytes)
    if Path(path).suffix.lower() == ".json":
        return _read_json(path, max_bytes)
    return _read_csv(path, max_bytes)


_ROW = re.compile(r"\$\[(\d+)\](.*)", re.DOTALL)


@attrs.frozen
class Places:
    """Where the violations of a file are: the line of each CSV row and where each of its
    cells starts (by the header's column names), or the JSON document (the line of each
    value) and the path of its list (``$`` or ``$.violations``)."""

    name: str
    lines: tuple[int | None, ...] = ()
    doc: Document | None = None
    prefix: str = "$"
    cells: tuple[dict[str, tuple[int, int]], ...] = ()

    def place(self, problem: Problem) -> Problem:
        """``problem`` about violation ``$[i]`` (as the penalty engine names them) at its
        place in the file: the file's name, the line of the row (of the value, in JSON) and
        its path in the file. A problem placed already, or about no one violation, keeps its
        place (the file's name added)."""
        found = None if problem.file is not None else _ROW.fullmatch(problem.path)
        if found is None:
            return Problem(
                problem.message, problem.path, problem.file or self.name, problem.line,
                problem.column,
            )  # fmt: skip
        index, rest = int(found.group(1)), found.group(2)
        path = f"{self.prefix}[{index}]{rest}"
        line: int | None = None
        column: int | None = None
        if self.doc is not None:
            line, column = self.doc.locate(path) or (None, None)
        elif index < len(self.lines):
            line = self.lines[index]
            cell = self.cells[index].get(rest[1:]) if index < len(self.cells) else None
            line, column = cell or (line, None)
        return Problem(problem.message, path, self.name, line, column)


def _keyed_list(data: object) -> str | None:
    """The one key of a JSON object ``data`` that is not ``violations`` and holds a list
    of objects (DBeaver writes ``{"SELECT * FROM violations": [...]}``), else None."""
    if not isinstance(data, dict) or len(data) != 1 or "violations" in data:
        return None
    ((key, value),) = data.items()
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:10]):
        return str(key)
    return None


def _read_json(path: Source, max_bytes: int | None) -> tuple[tuple[Violation, ...], Places]:
    """A JSON list of violations, or ``{"violations": [...]}``: every path is the one the file
    holds (``$[0].kind`` in a list, ``$.violations[0].kind`` in an object), at its value."""
    from ipprules._files import read_document, records_hint, structure_document

    doc = read_document(path, max_bytes=max_bytes)
    table = records_hint(doc.data, document=True) if isinstance(doc.data, dict) else ""
    if table and "violations" not in doc.data:  # a DataFrame's to_json, not a list of objects
        said = 'expected a list of violations (or {"violations": [...]})' + table
        raise InputError(said, path="$", file=doc.name, line=1)
    if (keyed := _keyed_list(doc.data)) is not None:  # DBeaver's JSON export
        said = (
            f'expected a list of violations (or {{"violations": [...]}}); the list is under '
            f"the key {quoted(keyed)} (a database client's JSON export, keyed by its query "
            'or table): write the list alone, or name its key "violations"'
        )
        raise InputError(said, path="$", file=doc.name, line=1)
    try:
        if isinstance(doc.data, list):
            prefix, rows = "$", structure_document(doc, tuple[_Row, ...])
        else:
            prefix, rows = "$.violations", structure_document(doc, _File).violations
    except InputError as error:
        raise _flags_told(error) from None
    problems: list[Problem] = []
    out: list[Violation] = []
    ids: dict[str, tuple[int, int | None]] = {}

    def problem(message: str, where: str) -> Problem:
        line, column = doc.locate(where) or (None, None)
        return Problem(message, where, doc.name, line, column)

    for index, row in enumerate(rows):
        where = f"{prefix}[{index}]"
        refused = [problem(message, where + field) for field, message in _refused(row)]
        if refused:
            problems += refused
            continue
        line = (doc.locate(where) or (None, None))[0]
        twice = _repeated(row.id, (index, line), ids, doc.name, problems, prefix)
        if twice is not None:  # at the id's value
            twice.line, twice.column = doc.locate(twice.path) or (line, None)
        out.append(_violation_of(row))
    if problems:
        raise InputError(problems=problems)
    return tuple(out), Places(doc.name, doc=doc, prefix=prefix)


def _violation_of(row: _Row) -> Violation:
    return Violation(
        on=row.date,
        kind=row.kind,
        platform=row.platform,
        points=row.points,
        right=row.right,
        id=row.id,
        counter_notice_accepted=row.counter_notice_accepted,
    )


def _refused(row: _Row) -> list[tuple[str, str]]:
    """``(".field", message)`` for each value of ``row`` a :class:`Violation` refuses (``""``
    for the row as a whole), so that an error names the value, not its row."""
    found: list[tuple[str, str]] = []
    for field, attempt in (
        (".date", lambda: Violation(on=row.date, kind="general")),
        (".kind", lambda: _kind(row.kind)),
        (".points", lambda: Violation(on=date(2000, 1, 1), kind="general", points=row.points)),
        (
            ".platform",
            lambda: Violation(on=date(2000, 1, 1), kind="general", platform=row.platform),
        ),
    ):
        try:
            attempt()
        except IpprulesError as exc:
            found.append((field, str(exc)))
    if not found:
        try:
            _violation_of(row)
        except IpprulesError as exc:
            found.append(("", str(exc)))
    return found


def _repeated(
    case: str | None,
    at: tuple[int, int | None],
    ids: dict[str, tuple[int, int | None]],
    name: str,
    problems: list[Problem],
    prefix: str = "$",
) -> Problem | None:
    """A problem (added to ``problems`` and returned, to be placed at the id) if the case id
    was given before (the same export appended twice would count every case twice); else the
    id is remembered."""
    if case is None:
        return None
    index, line = at
    first = ids.setdefault(case, at)
    if first is at:
        return None
    where = f"line {first[1]}" if first[1] is not None else f"{prefix}[{first[0]}]"
    message = f"id {case!r} repeats {where}: one case listed twice"
    problems.append(Problem(message, f"{prefix}[{index}].id", name, line))
    return problems[-1]


def _names_date_and_kind(cells: list[str]) -> bool:
    """Whether CSV header cells are a violations header: ``date`` and ``kind`` and no
    unknown column (the header that decides a CSV's delimiter: :func:`_read_csv`)."""
    from ipprules._files import column_name

    names = {column_name(cell) for cell in cells}
    return {"date", "kind"} <= names <= set(_COLUMNS)


def _header(
    rows: Iterator[tuple[int, list[str], list[str]]], name: str, delimiter: str = ","
) -> list[str]:
    """The lower-cased header, checked: known columns, ``date`` and ``kind`` present; ``[]``
    for a file with no line that is not blank (no rows: no violations)."""
    from ipprules._files import (
        PANDAS_INDEX,
        column_name,
        csv_cells_at,
        document_line,
        json_lines_line,
        named_width,
        other_csv,
        separator_error,
    )

    # blank lines before the header are skipped, as between rows (a line of spaces was read
    # as a header of one column named '')
    first = next((row for row in rows if any(cell.strip() for cell in row[1])), None)
    if first is None:  # 0 bytes or blank lines only: no rows, as an empty Good Faith history
        return []
    line, cells, lines = first
    separator = separator_error(lines[0], name, line)  # lines ending in U+2028: one line
    if separator is not None:
        raise separator
    # read as a Good Faith history's and the planner's header: a second byte-order mark (the
    # first is decoded), case, spaces and hyphens do not count ("Counter-Notice Accepted")
    header = [column_name(h) for h in cells]
    written = [h.strip().lower() for h in cells]  # an unknown column is named as written
    del header[named_width(header) :]  # a spreadsheet's empty columns after the last one

    unknown = [index for index, column in enumerate(header) if column not in _COLUMNS]
    said = (
        document_line(lines[0], "a violations CSV")
        or json_lines_line(lines[0], "a violations CSV", "a .json file, a JSON array")
        if unknown
        else None
    )
    if said is not None:  # "unknown column '[account]'": a plan's TOML, given here
        raise InputError(said, file=name, line=line)
    twice = _second_of_a_name(header)
    places = csv_cells_at(
        lines, [*unknown, *twice], line, delimiter
    )  # in one pass (one by one: quadratic)
    problems = [  # a header cell is shown cut short: it may be a whole megabyte line
        Problem(
            f"unknown column {quoted(written[index])}{_meant(header[index])}; known: "
            f"{', '.join(_COLUMNS)}"
            + ("; " + PANDAS_INDEX if not (index or header[index]) else ""),
            "$",
            name,
            *places[index],
        )
        for index in unknown
    ]
    problems += [  # one of them was read and the other dropped in silence
        Problem(f"column {header[index]!r} appears twice", "$", name, *places[index])
        for index in twice
    ]
    problems += [
        Problem(f"missing column {needed!r}", "$", name, line)
        for needed in ("date", "kind")
        if needed not in header
    ]
    other = other_csv(header, "violations") if unknown else None
    if other is not None:  # a Good Faith history or a list of URLs, given here
        problems.insert(0, Problem(other, "$", name, line))
    if problems:
        raise InputError(problems=problems)
    return header


def _second_of_a_name(header: list[str]) -> list[int]:
    """The index of each known column named again in ``header`` (already lower-cased: ``Date``
    and ``date`` are one name), as a Good Faith history's header refuses it."""
    seen: set[str] = set()
    again: list[int] = []
    for index, column in enumerate(header):
        if column in _COLUMNS and column in seen:
            again.append(index)
        seen.add(column)
    return again


def _violation(
    row: dict[str, str], raw_date: str, at: str, name: str, place: _Place, problems: list[Problem]
) -> Violation | None:
    """One CSV row as a :class:`Violation`, or ``None`` with its problems added, each at its
    cell (``place``: its line and column by the column's name).

    ``raw_date`` is the date cell as written: the other cells are read stripped, the date
    is read as strictly as in a JSON file or a Good Faith history.
    """
    from ipprules._dates import date_hint, date_problem, iso_date
    from ipprules._files import as_above, count_hint

    errors: list[Problem] = []
    on = iso_date(raw_date)  # strict: no week date (2024-W03-4), no white space around it
    if on is None:
        hint = date_hint(raw_date) or as_above(raw_date)
        message = f"not a date (YYYY-MM-DD): {quoted(raw_date)}{hint}"
        errors.append(Problem(message, f"{at}.date", name, *place("date")))
    elif date_problem(on) is not None:  # 0001-01-01: at its cell, as a JSON file says it
        errors.append(Problem(str(date_problem(on)), f"{at}.date", name, *place("date")))
    kind: ViolationKind | None = None
    try:
        kind = _kind(row["kind"])
    except IpprulesError as exc:
        message = str(exc) + as_above(row["kind"])  # a merged cell, a ditto mark
        errors.append(Problem(message, f"{at}.kind", name, *place("kind")))
    points: int | None = None
    raw = row.get("points", "")
    if raw and raw.isdigit() and raw.isascii() and len(raw) <= 9:
        points = int(raw)
    elif raw:
        message = f"expected a whole number from 0 to 999999999, got {quoted(raw)}"
        message += count_hint(raw)  # 4.0 (pandas), 1,204 (a number format): as a history's
        errors.append(Problem(message, f"{at}.points", name, *place("points")))
    accepted = _accepted_cell(row.get("counter_notice_accepted", ""), at, name, place, errors)
    meant = platform_case_slip(row.get("platform") or "")  # 'Taobao': at its cell
    if meant is not None:
        message = platform_case_problem(row["platform"], meant)
        errors.append(Problem(message, f"{at}.platform", name, *place("platform")))
    if errors or on is None or kind is None:
        problems.extend(errors)
        return None
    try:
        return Violation(
            on=on,
            kind=kind,
            platform=row.get("platform") or None,
            points=points,
            right=row.get("right") or None,
            id=row.get("id") or None,
            counter_notice_accepted=accepted,
        )
    except IpprulesError as exc:
        problems.append(Problem(str(exc), at, name, place("")[0]))
        return None


#: A yes/no cell as databases and sheets export one (psql ``t``/``f``, MySQL ``1``/``0``),
#: and what it is told in ``counter_notice_accepted``: the column holds a day.
_FLAGS = frozenset({"t", "f", "true", "false", "y", "n", "yes", "no", "1", "0"})
_ACCEPTED_FLAG = (
    " (a yes/no value: the column holds the day the counter-notice was accepted, or "
    "nothing; write that day, or leave the cell empty)"
)

#: What a JSON ``counter_notice_accepted`` of ``true`` or ``false`` is told.
_ACCEPTED_KEY = (
    " (a yes/no value: the key holds the day the counter-notice was accepted, or null; "
    "write that day, or leave the key out)"
)


def _flags_told(error: InputError) -> InputError:
    """``error`` (a JSON file's), its ``counter_notice_accepted`` given ``true`` or ``false``
    told that the key holds a day (:data:`_ACCEPTED_KEY`), as a CSV's yes/no cell is."""
    problems = [
        Problem(p.message + _ACCEPTED_KEY, p.path, p.file, p.line, p.column)
        if (p.path or "").endswith(".counter_notice_accepted") and p.message.endswith("got boolean")
        else p
        for p in error.problems
    ]
    if all(new is old for new, old in zip(problems, error.problems, strict=True)):
        return error
    return InputError(problems=problems)


def _accepted_cell(
    raw: str, at: str, name: str, place: _Place, errors: list[Problem]
) -> date | None:
    """The ``counter_notice_accepted`` cell: empty (none) or a date as strict as ``date``."""
    from ipprules._dates import date_hint, date_problem, iso_date

    if not raw:
        return None
    where = (f"{at}.counter_notice_accepted", name, *place("counter_notice_accepted"))
    day = iso_date(raw)
    if day is None:
        hint = _ACCEPTED_FLAG if raw.strip().lower() in _FLAGS else date_hint(raw)
        errors.append(Problem(f"not a date (YYYY-MM-DD): {quoted(raw)}{hint}", *where))
    elif date_problem(day) is not None:
        errors.append(Problem(str(date_problem(day)), *where))
        day = None
    return day


#: Where a cell of a CSV row starts, by its column's name (``""``: the row's first cell).
_Place = Callable[[str], tuple[int, int]]


def _too_many() -> str:
    """The refusal of a CSV of more than :data:`~ipprules._convert.MAX_ITEMS` violations, at
    its first row past the limit: the reading limit of a JSON list of them, in its words."""
    from ipprules._convert import item_cap, item_limit_words

    cap = item_cap()
    return f"more than {cap:,} rows: at most {cap:,} violations are read ({item_limit_words(cap)})"


def _read_csv(path: Source, max_bytes: int | None) -> tuple[tuple[Violation, ...], Places]:
    from ipprules._convert import item_cap
    from ipprules._files import (
        BOM_INSIDE,
        HEADER_AGAIN,
        SEP_AGAIN,
        TOTALS_LINE,
        cells_count_message,
        csv_cell_at,
        header_again,
        header_renamed,
        iter_csv_dialect,
        sep_again,
        source_name,
        totals_line,
    )

    name = source_name(path)  # split by ",", ";" or a tab, as ipprules plan splits its CSV
    delimiter, rows = iter_csv_dialect(path, _names_date_and_kind, max_bytes=max_bytes)
    header = _header(rows, name, delimiter)
    if not header:  # an empty file: no violations (the CLI says the file held none)
        return (), Places(name)
    problems: list[Problem] = []
    out: list[Violation] = []
    lines: list[int | None] = []
    places: list[dict[str, tuple[int, int]]] = []
    ids: dict[str, tuple[int, int | None]] = {}
    index, i_date, limit = -1, header.index("date"), item_cap()
    for line, cells, text in rows:
        if not any(c.strip() for c in cells):
            continue
        index += 1
        if index == limit:  # as a JSON list of violations: 1,000,000 rows took 69 s, 1.3 GB
            raise InputError(_too_many(), path=f"$[{index}]", file=name, line=line)
        if len(cells) > len(header) and not any(c.strip() for c in cells[len(header) :]):
            cells = cells[: len(header)]  # the empty cells of those empty columns (Excel's ,,,)
        if sep_again(cells):  # two exports joined: the second's first line
            problems.append(Problem(SEP_AGAIN, f"$[{index}]", name, line, 1))
            continue
        if len(cells) != len(header):
            message = cells_count_message(header, cells, delimiter)
            problems.append(Problem(message, f"$[{index}]", name, line))
            continue
        if not cells[i_date].strip()[:1].isdigit() and header_again(cells, header):
            problems.append(Problem(HEADER_AGAIN, f"$[{index}]", name, line, 1))  # joined files
            continue
        dated = cells[i_date].strip()[:1].isdigit()
        if not dated and totals_line(cells):  # "Total,,,12": the sheet's sum, not a case
            problems.append(Problem(TOTALS_LINE, f"$[{index}]", name, line, 1))
            continue
        renamed = header_renamed(cells, header) if not dated else None
        if renamed is not None:  # joined files, a column renamed between them
            problems.append(Problem(renamed, f"$[{index}]", name, line, 1))
            continue
        if cells[0].startswith("\ufeff"):  # cat a.csv b.csv: not read as a cell's text
            problems.append(Problem(BOM_INSIDE, f"$[{index}]", name, line, 1))
            continue

        def place(column: str, text: list[str] = text, line: int = line) -> tuple[int, int]:
            return csv_cell_at(text, header.index(column) if column else 0, line, delimiter)

        row = {k: c.strip() for k, c in zip(header, cells, strict=True)}
        found = _violation(row, cells[header.index("date")], f"$[{index}]", name, place, problems)
        if found is not None:
            out.append(found)
            lines.append(line)
            places.append({column: place(column) for column in header})
            twice = _repeated(found.id, (index, line), ids, name, problems)
            if twice is not None:  # at the id's cell
                twice.line, twice.column = place("id")
    if problems:
        raise InputError(problems=problems)
    return tuple(out), Places(name, lines=tuple(lines), cells=tuple(places))
