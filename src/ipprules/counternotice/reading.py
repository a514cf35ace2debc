"""Counter-notice files (TOML or JSON), read strictly through the one converter.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "cn.toml").write_text('platform = "1688"\\ncomplaint_date = 2024-06-10\\n'
...     '[seller]\\npoints = 61\\n')
>>> read_counter_notice(folder / "cn.toml").seller.points
61
>>> _ = (folder / "bad.toml").write_text('platform = "1688"\\ncomplaint_date = 2024-06-10\\n'
...     '[seller]\\npoints = -1\\n')
>>> read_counter_notice(folder / "bad.toml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ipprules.errors.InputError: .../bad.toml:4:1: $.seller.points: expected a whole number from 0 to ..., got -1
"""  # noqa: E501

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ipprules._args import is_blank
from ipprules._convert import shown_value
from ipprules._dates import date_problem
from ipprules.counternotice.model import MOST_COUNT, CounterNotice, document_problems
from ipprules.errors import (
    CoverageError,
    InputError,
    IpprulesError,
    Problem,
    UnknownNameError,
    file_order,
)
from ipprules.penalties.model import _kind

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._files import Document
    from ipprules.rulebook import ResolvedRules, RuleBook

#: ``read_counter_notice_rules`` is the command's reader (it places the rule book's refusals in
#: the file); the API is :func:`read_counter_notice` then ``assess_counter_notice``.
__all__ = ["read_counter_notice"]

_MOST = MOST_COUNT


def read_counter_notice(path: str | Path | IO[Any]) -> CounterNotice:
    """A :class:`CounterNotice` from a ``.toml`` or ``.json`` file.

    Unknown keys, wrong types, bad dates, counts out of range: every problem is reported at
    once, with the file, the line and the JSON path. An open stream (``io.StringIO(text)``,
    ``io.BytesIO(data)``) is read as TOML or JSON by its text.

    >>> from ipprules.counternotice import assess_counter_notice, read_counter_notice
    >>> notice = read_counter_notice("examples/counter-notice-alibaba.toml")
    >>> notice.platform, [p.id for p in notice.purchases]
    ('alibaba_com', ['INV-2024-031', 'PO-2023-118', 'RCPT-77'])
    >>> assess_counter_notice(notice).sufficient.value
    'no'
    """
    return _read(path)[0]


def read_counter_notice_rules(
    path: str | Path | IO[Any], book: RuleBook, interpretation: str | None = None
) -> tuple[CounterNotice, ResolvedRules]:
    """A counter-notice file and the rules of ``book`` in force on its complaint date.

    On top of :func:`read_counter_notice`, the complaint date must lie in the rule book's
    coverage and the platform and IPR type must be known on that date; errors name the file,
    the line and the JSON path (``$.complaint_date``, ``$.platform``, ``$.ipr_type``).
    ``interpretation`` must be one of the book's (it is not a value of the file).
    """
    from ipprules.rulebook import RuleBook

    if not isinstance(book, RuleBook):
        raise TypeError(f"book must be a RuleBook, got {type(book).__name__}")
    notice, doc, problems = _parsed(path)
    if notice is None or problems:  # the names too, where the file's date can be read
        problems += _name_problems(doc, book, interpretation, problems)
        problems.sort(key=file_order)  # file order, the document's own first
        raise InputError(problems=problems)
    try:
        rules = book.as_of(notice.complaint_date, interpretation)
    except CoverageError as exc:
        raise InputError(problems=[_problem(doc, "$.complaint_date", str(exc))]) from None
    for key, check in (("platform", rules.platform), ("ipr_type", rules.ipr_type)):
        try:
            check(getattr(notice, key))
        except UnknownNameError as exc:
            problems.append(_problem(doc, f"$.{key}", str(exc)))
    if problems:
        raise InputError(problems=problems)
    return notice, rules


def _name_problems(
    doc: Document, book: RuleBook, interpretation: str | None, said: list[Problem]
) -> list[Problem]:
    """The problems of the platform and IPR type written in ``doc`` (its data as written:
    the file is refused for the problems ``said``, which its complaint date, platform and
    IPR type are clear of), as :func:`read_counter_notice_rules` reports them of a file read
    whole: an unknown key does not hide an unknown platform. None where the date cannot be
    read, nor for an ``interpretation`` the book lacks (refused once the file is read)."""
    import datetime as dt

    from ipprules._dates import iso_date

    data = doc.data if isinstance(doc.data, dict) else {}
    paths = {p.path for p in said}
    raw = data.get("complaint_date")
    day = raw if type(raw) is dt.date else iso_date(raw)
    if day is None or "$.complaint_date" in paths or date_problem(day, "date") is not None:
        return []
    try:
        rules = book.as_of(day, interpretation)
    except CoverageError as exc:
        return [_problem(doc, "$.complaint_date", str(exc))]
    except UnknownNameError:
        return []
    found = []
    for key, check in (("platform", rules.platform), ("ipr_type", rules.ipr_type)):
        value = data.get(key)
        if not isinstance(value, str) or f"$.{key}" in paths:
            continue
        try:
            check(value)
        except UnknownNameError as exc:
            found.append(_problem(doc, f"$.{key}", str(exc)))
    return found


def _read(path: str | Path | IO[Any]) -> tuple[CounterNotice, Document]:
    notice, doc, problems = _parsed(path)
    if notice is None or problems:
        raise InputError(problems=problems)
    return notice, doc


def _parsed(path: str | Path | IO[Any]) -> tuple[CounterNotice | None, Document, list[Problem]]:
    """The notice of a counter-notice file (None when it cannot be made), the document and
    every problem found in it: its structure's, else its dates', counts' and documents'."""
    from ipprules._args import require_source
    from ipprules._files import read_document, structure_document

    require_source(path)
    doc = read_document(path)
    try:
        notice = structure_document(doc, CounterNotice)
    except InputError as exc:
        return None, doc, [_count_range(p) for p in exc.problems]
    return notice, doc, [_problem(doc, where, message) for where, message in _ranges(notice)]


#: The JSON paths of a counter-notice file's counts (from 0, a quantity from 1, to ``_MOST``).
_COUNTS = re.compile(
    r"\$\.(?:seller\.points|purchases\[\d+\]\.quantity|seller\.violations\[\d+\]\.points)"
)
_ANY_COUNT = "expected a whole number from 0 to 1,000,000,000, got "


def _count_range(problem: Problem) -> Problem:
    """``problem`` with a count's own range where the file's reader gave every count's (0 to
    1,000,000,000): a quantity of -1 was told 0 was allowed, then 0 refused as below 1."""
    if _COUNTS.fullmatch(problem.path) is None or not problem.message.startswith(_ANY_COUNT):
        return problem
    least = 1 if problem.path.endswith(".quantity") else 0
    shown = problem.message[len(_ANY_COUNT) :]
    message = f"expected a whole number from {least} to {_MOST}, got {shown}"
    return Problem(message, problem.path, problem.file, problem.line, problem.column)


def _problem(doc: Document, where: str, message: str) -> Problem:
    """A problem at the JSON path ``where`` of ``doc``, with its line where it can be found."""
    found = doc.locate(where)
    line, column = found if found else (None, None)
    return Problem(message, where, doc.name, line, column)


def _ranges(notice: CounterNotice) -> Iterator[tuple[str, str]]:
    """``(path, message)`` for every date or count out of range."""
    dates = [("$.complaint_date", notice.complaint_date), ("$.filed_on", notice.filed_on)]
    counts = [("$.seller.points", notice.seller.points, 0)]
    for i, p in enumerate(notice.purchases):
        dates.append((f"$.purchases[{i}].date", p.date))
        counts.append((f"$.purchases[{i}].quantity", p.quantity, 1))
    for i, a in enumerate(notice.authorisations):
        dates += [
            (f"$.authorisations[{i}].valid_from", a.valid_from),
            (f"$.authorisations[{i}].valid_until", a.valid_until),
        ]
    for i, v in enumerate(notice.seller.violations or ()):
        dates.append((f"$.seller.violations[{i}].date", v.date))
        counts.append((f"$.seller.violations[{i}].points", v.points, 0))
        try:
            _kind(v.kind)
        except IpprulesError as exc:
            yield f"$.seller.violations[{i}].kind", str(exc)
    yield from _blank_brands(notice)
    for where, day in dates:
        problem = None if day is None else date_problem(day, "date")
        if problem is not None:
            yield where, problem
    for where, value, least in counts:
        if value is not None and not least <= value <= _MOST:
            shown = shown_value(value, 40)  # an int of 5,000 digits has no str
            yield where, f"expected a whole number from {least} to {_MOST}, got {shown}"
    if notice.filed_on is not None and notice.filed_on < notice.complaint_date:
        yield "$.filed_on", f"filed on {notice.filed_on}, before the complaint date"
    yield from document_problems(notice)


def _blank_brands(notice: CounterNotice) -> Iterator[tuple[str, str]]:
    """``(path, message)`` for a brand given empty, as white space or as invisible characters
    (the complained one or a letter's): an absent brand is a fact to add, an empty one
    compared as a name (``names '', not the brand 'Acme'``) or stood for one."""
    brands = [("$.brand", notice.brand)]
    brands += [
        (f"$.authorisations[{i}].brand", a.brand) for i, a in enumerate(notice.authorisations)
    ]
    for where, brand in brands:
        if isinstance(brand, str) and is_blank(brand):  # a pasted zero-width space too
            yield (
                where,
                "brand must not be empty: name the brand, or leave the key out (not stated)",
            )
