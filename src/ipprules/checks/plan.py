"""Reading plan files (TOML or JSON) strictly, with references checked.

Structure errors (unknown keys, wrong types, bad dates), dangling or repeated
ids and a document's ``language`` that names no language (R14) are
:class:`~ipprules.errors.InputError` s naming the file, the line where it can
be found, and the JSON path.

>>> plan = plan_from_data({
...     "account": {"name": "Acme", "location": "elsewhere", "identity": "enterprise"},
...     "rights": [{"id": "tm-1", "ipr_type": "trademark"}],
...     "complaints": [{"id": "c1", "platform": "taobao", "right": "pat", "reason": "tm_misuse"}],
... })
Traceback (most recent call last):
...
ipprules.errors.InputError: $.complaints[0].right: no right with id 'pat' in the plan (known: tm-1)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ipprules._args import require_instance
from ipprules._convert import structure
from ipprules._files import Document, parse_document, read_document, refuse_closed, source_name
from ipprules._shipped import shipped_text
from ipprules.checks.languages import language_problems
from ipprules.checks.model import Plan
from ipprules.errors import InputError, Problem, lookalike, plain, quoted, suggest

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.checks.findings import Report

__all__ = [
    "EXAMPLE_PLAN",
    "example_plan",
    "placed_findings",
    "plan_from_data",
    "read_plan",
    "reference_problems",
]

#: The example plan shipped inside the package (``ipprules check --example``).
EXAMPLE_PLAN = Path(__file__).parent / "examples" / "plan.toml"

Locate = Callable[[str], "tuple[int, int] | None"]


def reference_problems(plan: Plan) -> list[Problem]:
    """Repeated right or complaint ids, complaints naming no right, rights named by a
    complaint that are not in the plan, and documents or letters whose ``language`` names
    no language (:func:`~ipprules.checks.languages.language_problems`)."""
    problems: list[Problem] = []
    rights: dict[str, int] = {}
    for i, right in enumerate(require_instance(plan, Plan, "plan").rights):
        if right.id in rights:
            problems.append(
                Problem(
                    f"right id {right.id!r} repeats $.rights[{rights[right.id]}].id",
                    f"$.rights[{i}].id",
                )
            )
        else:
            rights[right.id] = i
    complaints: dict[str, int] = {}
    known = ", ".join(rights) or "none"
    for i, complaint in enumerate(plan.complaints):
        if complaint.id in complaints:
            problems.append(
                Problem(
                    f"complaint id {complaint.id!r} repeats "
                    f"$.complaints[{complaints[complaint.id]}].id",
                    f"$.complaints[{i}].id",
                )
            )
        else:
            complaints[complaint.id] = i
        at = f"$.complaints[{i}].right"
        if not complaint.rights:
            problems.append(Problem("the complaint names no right", at))
        for j, name in enumerate(complaint.rights):
            if name not in rights:
                problems.append(
                    Problem(
                        f"no right with id {name!r} in the plan ({_meant(name, rights)}known: "
                        f"{known})",
                        at if len(complaint.rights) == 1 else f"{at}[{j}]",
                    )
                )
    return problems + language_problems(plan)


def _meant(name: object, rights: Mapping[str, object]) -> str:
    """``did you mean 'tm-cn'?; `` before the known ids, when an id of the plan is near."""
    near = suggest(name, list(rights))
    return f"did you mean {near!r}?{lookalike(name, near)}; " if near is not None else ""


def _raise(problems: list[Problem], file: str | None, locate: Locate | None) -> None:
    located = []
    for p in problems:
        line = column = None
        if locate is not None:
            found = locate(p.path)
            if found is not None:
                line, column = found
        located.append(Problem(p.message, p.path, file, line, column))
    raise InputError(problems=located)


def plan_from_data(data: object, *, file: str | None = None, locate: Locate | None = None) -> Plan:
    """A :class:`Plan` from plain data (parsed JSON or TOML), strictly.

    >>> from ipprules.checks import plan_from_data
    >>> plan = plan_from_data({
    ...     "account": {"name": "Lumen", "location": "elsewhere", "identity": "enterprise"},
    ...     "rights": [{"id": "tm-1", "ipr_type": "trademark", "place": "CN"}]})
    >>> plan.account.name, [r.id for r in plan.rights], plan.complaints
    ('Lumen', ['tm-1'], ())
    >>> plan_from_data({"account": {"name": "Lumen", "location": "mars",
    ...                             "identity": "enterprise"}})
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.account.location: expected one of 'mainland_china', ...
    """
    plan = structure(data, Plan, file=file, locate=locate)
    problems = reference_problems(plan)
    if problems:
        _raise(problems, file, locate)
    return plan


def read_plan(path: str | Path | IO[Any]) -> Plan:
    """Read a plan file (``.toml``, else JSON); errors name the file, line and JSON path.

    ``path`` is a path, ``"-"`` for stdin, or an open stream (an upload's bytes as
    ``io.BytesIO(data)``, its text as ``io.StringIO(text)``), whose ``name`` attribute, if
    it has one, names it in errors (``<stream>`` otherwise).

    >>> from ipprules import read_plan
    >>> plan = read_plan("examples/plan.toml")
    >>> plan.as_of, len(plan.rights), len(plan.complaints)
    (datetime.date(2026, 11, 23), 4, 8)
    """
    if isinstance(path, Mapping | Plan):  # plain data, or a plan already: no file to read
        how = (
            "it is a plan already: pass it on"
            if isinstance(path, Plan)
            else "build a plan from plain data with ipprules.checks.plan_from_data(data)"
        )
        raise TypeError(
            f"read_plan(): path must be a str, an os.PathLike or a stream, got "
            f"{type(path).__name__} ({how})"
        )
    doc = read_document(path)
    return plan_from_data(doc.data, file=doc.name, locate=doc.locate)


def placed_findings(report: Report, source: str | Path | IO[Any]) -> list[dict[str, Any]]:
    """Each finding of ``report`` as plain data with ``file`` and ``line`` after its ``path``:
    where the plan file ``source`` writes the value (for a value left out, the nearest one
    that encloses it; ``line`` ``None`` where no line holds it), as ``ipprules check --format
    json`` shows them. ``source`` is what :func:`read_plan` read: a path, or the stream again
    (read from its start, so it must be seekable: an upload's ``io.BytesIO(data)``). A file
    holding no complaint of an id the report checked (another plan's) is an
    :class:`~ipprules.errors.InputError`, as a closed stream is.

    >>> import ipprules
    >>> from ipprules.checks import placed_findings
    >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    >>> first = placed_findings(report, "examples/plan.toml")[0]
    >>> first["code"], first["path"], first["file"], first["line"]
    ('evidence-missing', '$.complaints[2].evidence', 'examples/plan.toml', 107)
    """
    from ipprules._args import is_stream, require_source
    from ipprules.checks.findings import Report

    require_instance(report, Report, "report")
    require_source(source, "source")
    if is_stream(source):
        if getattr(source, "closed", False) is True:  # its seek would raise ValueError
            refuse_closed(source, source_name(source))
        seek = getattr(source, "seek", None)
        seekable = getattr(source, "seekable", None)
        if seek is None or (callable(seekable) and not seekable()):
            raise TypeError(
                "placed_findings(): source is a stream that cannot be read again from its "
                "start (not seekable): pass io.BytesIO(data) of the plan's bytes"
            )
        seek(0)
    doc = read_document(source)
    _refuse_other_plan(report, doc)
    lines = finding_lines(report, doc)
    return [placed(f.as_dict(), doc.name, lines) for f in report.findings]


def _refuse_other_plan(report: Report, doc: Document) -> None:
    """An InputError naming ``doc`` when it holds no complaint of an id ``report`` checked:
    the file is another plan's (its findings would be placed at lines of other values)."""
    complaints = doc.data.get("complaints") if isinstance(doc.data, dict) else None
    items = complaints if isinstance(complaints, list) else []
    ids = {plain(c["id"]) for c in items if isinstance(c, dict) and isinstance(c.get("id"), str)}
    missing = [cid for cid in report.complaints if cid not in ids]
    if missing:
        raise InputError(
            f"holds no complaint {quoted(missing[0])} of the report: not the plan the report "
            "checked (pass the file or stream read_plan read)",
            file=doc.name,
        )


def finding_lines(report: Report, doc: Document) -> dict[str, int]:
    """Each finding's JSON path in ``report`` mapped to its line in the plan's document
    ``doc`` (where :meth:`~ipprules._files.Document.locate` places it); paths no line holds
    are left out."""
    out: dict[str, int] = {}
    for f in report.findings:
        found = doc.locate(f.path)
        if found is not None:
            out[f.path] = found[0]
    return out


def placed(finding: dict[str, Any], name: str, lines: Mapping[str, int]) -> dict[str, Any]:
    """A finding's (or a record's) data with ``file`` and ``line`` after its ``path``: where
    the plan writes the value (``line`` ``None`` where no line holds it)."""
    out: dict[str, Any] = {}
    for key, value in finding.items():
        out[key] = value
        if key == "path":
            out["file"], out["line"] = name, lines.get(value)
    return out


def example_plan() -> Plan:
    """The example plan shipped with the package (a mix of clean and broken complaints).

    >>> plan = example_plan()
    >>> plan.as_of
    datetime.date(2026, 11, 23)
    """
    doc = example_document()
    return plan_from_data(doc.data, file=doc.name, locate=doc.locate)


def example_document() -> Document:
    """The example plan's document, read through the package's loader (so from a wheel or
    zip on ``sys.path`` too, where :data:`EXAMPLE_PLAN` is no file on disk); named by
    :data:`EXAMPLE_PLAN`.

    >>> example_document().name.endswith("plan.toml")
    True
    """
    text = shipped_text(__name__, "examples", "plan.toml")
    return parse_document(text, str(EXAMPLE_PLAN), "toml")
