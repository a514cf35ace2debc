"""Violation files (CSV or JSON), read strictly: every problem named by file, line and path.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "v.json").write_text('[{"date": "2024-03-01", "kind": "piracy"}]')
>>> read_violations(folder / "v.json")[0].kind
<ViolationKind.PIRACY: 'piracy'>
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ipprules.errors import InputError, IpprulesError, Problem
from ipprules.penalties.model import Violation, ViolationKind, _kind

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._files import Document, Source

__all__ = ["read_violations"]

_COLUMNS = ("date", "kind", "platform", "points", "right", "id")


@attrs.frozen(kw_only=True)
class _Row:
    date: date
    kind: str
    platform: str | None = None
    points: int | None = None
    right: str | None = None
    id: str | None = None


@attrs.frozen
class _File:
    violations: tuple[_Row, ...]


def read_violations(path: str | Path, *, max_bytes: int | None = None) -> tuple[Violation, ...]:
    """Established violations from a ``.csv`` or ``.json`` file, read strictly.

    CSV: a header with ``date`` and ``kind`` and optionally ``platform``, ``points``, ``right``,
    ``id``; empty cells are missing values. JSON: a list of objects with the same keys, or
    ``{"violations": [...]}``. Every problem is reported at once with its file, line and path.
    Files are read through the shared reading layer (:func:`ipprules._files.open_input`): ``-``
    is stdin, FIFOs, devices and directories are refused at once, and a file larger than
    ``max_bytes`` (default 64 MiB) is refused.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "v.csv").write_text("date,kind,points\\n2024-03-01,general,2\\n")
    >>> read_violations(folder / "v.csv")[0].points
    2
    >>> _ = (folder / "bad.csv").write_text("date,kind\\n2024-03-01,general\\n2024-02-30,fake\\n")
    >>> read_violations(folder / "bad.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: .../bad.csv:3: $[1].date: not a date (YYYY-MM-DD): '2024-02-30'
    .../bad.csv:3: $[1].kind: unknown violation kind 'fake'; known: counterfeit, ...
    """
    return read_located(path, max_bytes=max_bytes)[0]


def read_located(
    path: str | Path, *, max_bytes: int | None = None
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
    if not isinstance(path, str | Path):
        raise TypeError(f"path must be a str or a Path, got {type(path).__name__}")
    if path == "-":  # stdin has no suffix: JSON starts with "[" or "{"
        from ipprules._files import first_char, open_input

        with open_input("-", max_bytes=max_bytes) as stream:
            if first_char(stream) in ("[", "{"):
                return _read_json(stream, max_bytes)
            return _read_csv(stream, max_bytes)
    if Path(path).suffix.lower() == ".json":
        return _read_json(path, max_bytes)
    return _read_csv(path, max_bytes)


_ROW = re.compile(r"\$\[(\d+)\](.*)", re.DOTALL)


@attrs.frozen
class Places:
    """Where the violations of a file are: the line of each CSV row, or the JSON document
    (the line of each value) and the path of its list (``$`` or ``$.violations``)."""

    name: str
    lines: tuple[int | None, ...] = ()
    doc: Document | None = None
    prefix: str = "$"

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
        return Problem(problem.message, path, self.name, line, column)


def _read_json(path: Source, max_bytes: int | None) -> tuple[tuple[Violation, ...], Places]:
    from ipprules._files import read_document, structure_document

    doc = read_document(path, max_bytes=max_bytes)
    prefix = "$.violations"
    if isinstance(doc.data, list):
        doc = attrs.evolve(doc, data={"violations": doc.data})
        prefix = "$"
    rows = structure_document(doc, _File).violations
    problems: list[Problem] = []
    out: list[Violation] = []
    ids: dict[str, tuple[int, int | None]] = {}
    for index, row in enumerate(rows):
        where = f"{prefix}[{index}]"
        located = doc.locate(where)
        line, column = located if located else (None, None)
        try:
            out.append(
                Violation(
                    on=row.date,
                    kind=row.kind,
                    platform=row.platform,
                    points=row.points,
                    right=row.right,
                    id=row.id,
                )
            )
        except IpprulesError as exc:
            problems.append(Problem(str(exc), where, doc.name, line, column))
            continue
        _repeated(row.id, (index, line), ids, doc.name, problems, prefix)
    if problems:
        raise InputError(problems=problems)
    return tuple(out), Places(doc.name, doc=doc, prefix=prefix)


def _repeated(
    case: str | None,
    at: tuple[int, int | None],
    ids: dict[str, tuple[int, int | None]],
    name: str,
    problems: list[Problem],
    prefix: str = "$",
) -> None:
    """A problem if the case id was given before (the same export appended twice would count
    every case twice); else the id is remembered."""
    if case is None:
        return
    index, line = at
    first = ids.setdefault(case, at)
    if first is not at:
        where = f"line {first[1]}" if first[1] is not None else f"{prefix}[{first[0]}]"
        message = f"id {case!r} repeats {where}: one case listed twice"
        problems.append(Problem(message, f"{prefix}[{index}].id", name, line))


def _cut(text: str) -> str:
    """``text`` quoted, at most 40 characters of it."""
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def _header(rows: Iterator[tuple[int, list[str]]], name: str) -> list[str]:
    """The lower-cased header, checked: known columns, ``date`` and ``kind`` present."""
    first = next(rows, None)
    if first is None:
        raise InputError("empty file: expected a header with date and kind", file=name)
    line, cells = first
    header = [h.strip().lower() for h in cells]
    problems = [  # a header cell is shown cut short: it may be a whole megabyte line
        Problem(f"unknown column {_cut(column)}; known: {', '.join(_COLUMNS)}", "$", name, line)
        for column in header
        if column not in _COLUMNS
    ]
    problems += [
        Problem(f"missing column {needed!r}", "$", name, line)
        for needed in ("date", "kind")
        if needed not in header
    ]
    if problems:
        raise InputError(problems=problems)
    return header


def _violation(
    row: dict[str, str], raw_date: str, at: str, name: str, line: int, problems: list[Problem]
) -> Violation | None:
    """One CSV row as a :class:`Violation`, or ``None`` with its problems added.

    ``raw_date`` is the date cell as written: the other cells are read stripped, the date
    is read as strictly as in a JSON file or a Good Faith history.
    """
    from ipprules._dates import iso_date

    errors: list[Problem] = []
    on = iso_date(raw_date)  # strict: no week date (2024-W03-4), no white space around it
    if on is None:
        message = f"not a date (YYYY-MM-DD): {raw_date[:40]!r}"
        errors.append(Problem(message, f"{at}.date", name, line))
    kind: ViolationKind | None = None
    try:
        kind = _kind(row["kind"])
    except IpprulesError as exc:
        errors.append(Problem(str(exc), f"{at}.kind", name, line))
    points: int | None = None
    raw = row.get("points", "")
    if raw and raw.isdigit() and raw.isascii() and len(raw) <= 9:
        points = int(raw)
    elif raw:
        message = f"expected a whole number from 0 to 999999999, got {raw[:40]!r}"
        errors.append(Problem(message, f"{at}.points", name, line))
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
        )
    except IpprulesError as exc:
        problems.append(Problem(str(exc), at, name, line))
        return None


def _read_csv(path: Source, max_bytes: int | None) -> tuple[tuple[Violation, ...], Places]:
    from ipprules._files import iter_csv, source_name

    name = source_name(path)
    rows = iter_csv(path, max_bytes=max_bytes)
    header = _header(rows, name)
    problems: list[Problem] = []
    out: list[Violation] = []
    lines: list[int | None] = []
    ids: dict[str, tuple[int, int | None]] = {}
    index = -1
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        index += 1
        if len(cells) != len(header):
            message = f"expected {len(header)} cells, got {len(cells)}"
            problems.append(Problem(message, f"$[{index}]", name, line))
            continue
        row = {k: c.strip() for k, c in zip(header, cells, strict=True)}
        found = _violation(row, cells[header.index("date")], f"$[{index}]", name, line, problems)
        if found is not None:
            out.append(found)
            lines.append(line)
            _repeated(found.id, (index, line), ids, name, problems)
    if problems:
        raise InputError(problems=problems)
    return tuple(out), Places(name, lines=tuple(lines))
