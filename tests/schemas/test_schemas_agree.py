"""The shipped JSON Schemas and the readers agree on what a file may hold.

Each schema's base document is a shipped example (read cleanly, valid). Hypothesis makes one
targeted change to it (a wrong type, a key left out, an unknown key, an enum typo or another
case, an out-of-range whole number, a bad date) and the schema and the reader must agree:
the document the schema accepts is read, the one it refuses is refused. The only refusals a
schema leaves to the reader are those docs/schemas.md lists ("What a schema does not say"):
sums, references to other records or the rule book, a language's name, a calendar's
make-up days. The planner's input reads a row the schema marks in two documented ways (a
column it does not read is ignored and named in the output; a row with no URL is reported).
"""

from __future__ import annotations

import copy
import csv
import functools
import io
import json
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from _hypothesis_profiles import CAPS, profile_name
from _schema_strategies import as_json as _as_json
from _schema_strategies import from_schema
from ipprules import schemas
from ipprules.errors import IpprulesError

jsonschema = pytest.importorskip("jsonschema")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Refusals beyond a schema (docs/schemas.md, "What a schema does not say").
BEYOND_A_SCHEMA = re.compile(
    r"taken_down \+ rejected \+ withdrawn \+ pending"  # the counts add up to the listings
    r"|must lie between 0 and taken_down"  # ... and to the assumed takedowns
    r"|counter_rejected = \d+ exceeds taken_down"  # counter-notices on taken-down listings
    r"|no right with id|names no right$"  # a complaint's right is one of the plan's
    # a name the rule book defines (an evidence rule's documents, the tests it may apply...)
    r"|unknown (source|IPR type|platform|interpretation|test|document|base interpretation) "
    r"|must be a platform id"
    r"|unknown language"  # a document's language names a language
    r"|only weekend days can be make-up working days|is also listed as a holiday"
    r"|is before valid_from|must be after effective_from|must be before effective_from"
    r"|repeats|is cited twice|duplicate|overlap the record"  # two records of a file agree
    # the schema refuses blanks at an id's ends and C0/C1 controls; Unicode's other
    # unprintable characters (unassigned, private use, format) are left to loading
    r"|holds white space at an end or a control character"
    r"|a rate lies between 0 and 1|expected a number from 0 to 1|a rate is from 0 to 1"
    r"|a code that states its severity"
    r"|an account column"  # the scale-out planner's column (docs/planner.md)
    r"|one test purchase"  # one order number per complaint (B17)
    r"|before the complaint date"  # a counter-notice's dates agree
    # a right's, document's or letter's two dates in their order (no schema compares values)
    r"|\(are the two dates swapped\?\)$"
    r"|cannot be accepted \(.*\) before the violation"  # a violation's dates agree (R64)
    r"|outside the rule book's coverage|no rule"
    r"|has no move from state"  # a lifecycle record's state is one its event moves from
    # an override that replaces a section the shipped records refer to (``replace:
    # ["ipr_types"]``): the schema of a file cannot see the book it is laid over
    r"|the override breaks the rule book's own data"
    # a platform id written in another case or width (TMALL_GLOBAL, ＸＩＡＮＹＵ): the schemas
    # take any platform name (one the rule book does not know is counted nowhere, with a note)
    r"|platform ids are exact, in lower case"
)

_DELETE = object()

#: A history row whose counter-notice is on a listing not taken down.
HISTORY_ITEMS = {
    "type": "complaint",
    "date": "2022-09-05",
    "platform": "tmall",
    "reason_code": "tm_misuse",
    "items": [{"outcome": "taken_down"}, {"outcome": "pending", "counter_notice": "rejected"}],
}


def _toml(name: str) -> Any:
    return _as_json(tomllib.loads((EXAMPLES / name).read_text(encoding="utf-8")))


def _csv_rows(name: str) -> list[dict[str, Any]]:
    """CSV rows as JSON objects: empty cells left out, whole numbers as numbers."""
    text = (EXAMPLES / name).read_text(encoding="utf-8-sig")
    return [
        {k: int(v) if v.isdigit() else v for k, v in row.items() if v != ""}
        for row in csv.DictReader(io.StringIO(text, newline=""))
    ]


def _bases() -> dict[str, Any]:
    jsonl = (EXAMPLES / "planner-urls.jsonl").read_text(encoding="utf-8").splitlines()
    return {
        "plan": _toml("plan.toml"),
        "portfolio": _toml("portfolio.toml"),
        "rules": _toml("rules-override.toml"),
        "history": _csv_rows("history.csv")[1],  # a complaint with its counts
        "what-if": _toml("what-if.toml"),
        "violations": {"violations": _csv_rows("violations-aliexpress.csv")[:2]},
        "calendar": _toml("calendar.toml"),
        "lifecycle": json.loads(
            (EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8")
        ),
        "counter-notice": _toml("counter-notice-alibaba.toml"),
        "planner-urls": json.loads(jsonl[1]),
    }


def _json_file(read: Callable[[Path], Any]) -> Callable[[Any, Path], Any]:
    def reader(doc: Any, folder: Path) -> Any:
        path = folder / "doc.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return read(path)

    return reader


def _jsonl_file(read: Callable[[Path], Any], name: str) -> Callable[[Any, Path], Any]:
    def reader(doc: Any, folder: Path) -> Any:
        path = folder / name
        path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
        return list(read(path))

    return reader


@functools.cache
def _readers() -> dict[str, Callable[[Any, Path], Any]]:
    from ipprules import load_rulebook, read_plan
    from ipprules.calendars.files import load_calendar
    from ipprules.cli.lifecycle import _from_file
    from ipprules.counternotice import read_counter_notice
    from ipprules.goodfaith.history import read_history
    from ipprules.goodfaith.plan import read_plan as read_what_if
    from ipprules.penalties import read_violations
    from ipprules.planner.inputs import read_lines

    return {
        "plan": _json_file(read_plan),
        "portfolio": _json_file(read_plan),
        "rules": _json_file(load_rulebook),
        "history": _jsonl_file(read_history, "history.jsonl"),
        "what-if": _json_file(read_what_if),
        "violations": _json_file(read_violations),
        "calendar": _json_file(load_calendar),
        "lifecycle": _json_file(lambda path: _from_file(str(path))),
        "planner-urls": _jsonl_file(read_lines, "urls.jsonl"),
        "counter-notice": _json_file(read_counter_notice),
    }


@functools.cache
def _validator(name: str) -> Any:
    """The schema's validator, built once per run (it holds no state between documents)."""
    return jsonschema.Draft202012Validator(
        schemas.schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _refusal(name: str, doc: Any, folder: Path) -> str | None:
    """The reader's input error for ``doc``, or None when it reads it."""
    try:
        _readers()[name](doc, folder)
    except IpprulesError as exc:
        return str(exc)
    return None


def _paths(doc: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield at, doc
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _paths(value, (*at, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc[:2]):
            yield from _paths(value, (*at, index))


def _set(doc: Any, at: tuple[Any, ...], value: Any) -> Any:
    if not at:
        return value
    doc = copy.deepcopy(doc)
    node = doc
    for key in at[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[at[-1]]
    else:
        node[at[-1]] = value
    return doc


def _changes(value: Any) -> list[Any]:
    """The targeted changes of one value (``_DELETE``: the key left out, by the caller)."""
    out: list[Any] = [w for w in ([], {}, True, 7, "x", None, 1.5) if type(w) is not type(value)]
    if isinstance(value, dict):
        out.append({**value, "zz_unknown": 1})  # an unknown key
    if isinstance(value, str):
        out += [value + "x", value.upper(), value.replace("_", "-").title()]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            out += ["2024/01/01", "2023-02-29", "1899-12-31", "24-01-01", "2024-01-01T09:00:00"]
    if isinstance(value, int) and not isinstance(value, bool):
        out += [-1, 0, 100_001, 10**12]
    return out


def _mutations(doc: Any) -> list[tuple[tuple[Any, ...], Any]]:
    found: list[tuple[tuple[Any, ...], Any]] = []
    for at, value in _paths(doc):
        found += [(at, change) for change in _changes(value)]
        if at and isinstance(at[-1], str):
            found.append((at, _DELETE))
    return found


def _beyond_a_schema(refusal: str) -> bool:
    """Every problem of the reader's error is one a schema leaves to the reader."""
    return all(BEYOND_A_SCHEMA.search(line) for line in refusal.splitlines() if line.strip())


def _disagreement(name: str, doc: Any, folder: Path) -> str | None:
    """What the schema and the reader disagree on for ``doc``, or None."""
    valid = _validator(name).is_valid(doc)
    refusal = _refusal(name, doc, folder)
    if valid and refusal is not None and not _beyond_a_schema(refusal):
        return f"the schema accepts it, the reader refuses it: {refusal}"
    if not valid and refusal is None and not _planner_leniency(name, doc):
        errors = [f"{e.json_path}: {e.message}" for e in _validator(name).iter_errors(doc)]
        return f"the reader reads it, the schema refuses it: {errors}"
    return None


def _planner_leniency(name: str, doc: Any) -> bool:
    """The planner reads a column it does not know (ignored, named in its output) and a row
    with no URL (reported as such): docs/planner.md and docs/schemas.md."""
    if name != "planner-urls" or not isinstance(doc, dict):
        return False
    known = set(schemas.schema(name)["properties"])
    url = doc.get("url", "")
    return bool(set(doc) - known) or url is None or url == ""


def _examples(request: pytest.FixtureRequest, budget: int) -> int:
    """An inner property's drawn examples: its ``budget``, capped as the run's Hypothesis
    profile caps a property (the collection hook does not see a ``@given`` inside a test)."""
    cap = CAPS.get(profile_name(request.config))
    return budget if cap is None else min(budget, cap)


def test_every_schema_has_a_base_document_and_a_reader() -> None:
    assert set(_bases()) == set(_readers()) == set(schemas.NAMES)


@pytest.mark.parametrize("name", schemas.NAMES)
def test_each_base_document_is_valid_and_read(name: str, tmp_path: Path) -> None:
    doc = _bases()[name]
    assert [e.message for e in _validator(name).iter_errors(doc)] == []
    assert _refusal(name, doc, tmp_path) is None


@pytest.mark.no_cover
@pytest.mark.parametrize("name", schemas.NAMES)
def test_the_schema_and_the_reader_agree_on_a_changed_document(
    name: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> None:
    base = _bases()[name]
    mutations = _mutations(base)
    folder = tmp_path_factory.mktemp(name)

    @settings(
        max_examples=_examples(request, 40),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.sampled_from(mutations))
    def check(mutation: tuple[tuple[Any, ...], Any]) -> None:
        doc = _set(base, *mutation)
        assert _disagreement(name, doc, folder) is None, (mutation, doc)

    check()


@pytest.mark.no_cover
@pytest.mark.parametrize("name", schemas.NAMES)
def test_a_document_the_schema_accepts_is_read_or_refused_beyond_a_schema(
    name: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> None:
    """Documents drawn from the schema's own constraints: the reader reads each one the
    schema accepts, or refuses it only for a rule a schema does not state."""
    schema = schemas.schema(name)
    validator = _validator(name)
    folder = tmp_path_factory.mktemp(name)

    @settings(
        # the rule book's draws are the slow part
        max_examples=_examples(request, 12 if name == "rules" else 40),
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
        ],
    )
    @given(from_schema(schema, schema))
    def check(doc: Any) -> None:
        assume(validator.is_valid(doc))
        refusal = _refusal(name, doc, folder)
        assert refusal is None or _beyond_a_schema(refusal), (refusal, doc)

    check()


# ------------------------------------------------ the disagreements this test found


@pytest.mark.parametrize(
    ("name", "at", "value"),
    [
        ("history", ("taken_down",), 100_001),  # a count beyond 100,000 (was up to 10**9)
        ("history", ("counter_rejected",), 10**12),
        ("rules", ("replace", 0), "reason_code"),  # not a section (was any string)
        ("plan", ("complaints", 0, "right"), []),  # no right (was any list)
        # found by documents drawn from the schemas themselves
        ("what-if", ("complaints", 0, "platform"), " "),  # blank (was any string)
        ("what-if", ("assume",), "1/0"),  # no such rate (the pattern took a 0 denominator)
        ("calendar", ("name",), ""),
        ("lifecycle", ("events", 3, "reason"), None),  # this event needs a reason
        ("lifecycle", ("events", 0, "reason"), "  "),
        ("counter-notice", ("brand",), ""),
        ("counter-notice", ("seller",), {"violations": [{"date": "2024-01-02", "kind": ""}]}),
        ("rules", ("reason_codes", 0, "sources"), []),  # a rule needs a source
        ("rules", ("reason_codes", 0, "id"), "acme_counterfeit "),  # blank at an end
        ("rules", ("reason_codes", 0, "platforms"), []),  # a code is on a platform
        ("rules", ("reason_codes", 0, "rules"), ["R999"]),  # not a rule of the reference
        ("rules", ("rule_sources",), {"R39 ": ["ACME-IPP"]}),
        ("planner-urls", ("confidence",), "\u0669/\u0661\u0660"),  # Arabic-Indic digits
        ("history", (), HISTORY_ITEMS),  # a counter-notice on a pending listing
    ],
)
def test_what_the_reader_refuses_the_schema_refuses(
    name: str, at: tuple[Any, ...], value: Any, tmp_path: Path
) -> None:
    doc = _set(_bases()[name], at, value)
    assert _refusal(name, doc, tmp_path) is not None
    assert not _validator(name).is_valid(doc)


@pytest.mark.parametrize(
    ("name", "at", "value"),
    [
        ("violations", ("violations", 0, "kind"), "General"),
        ("violations", ("violations", 1, "kind"), " Registered-Design "),
        ("lifecycle", ("events", 1, "event"), "Counter Notice-Filed"),
        ("lifecycle", ("events", 0, "event"), "TAKEDOWN"),
        ("counter-notice", ("seller",), {"violations": [{"date": "2024-01-02", "kind": "Piracy"}]}),
    ],
)
def test_what_the_reader_reads_the_schema_accepts(
    name: str, at: tuple[Any, ...], value: Any, tmp_path: Path
) -> None:
    """A kind or an event in another case, with dashes or spaces, is read: the schema allows
    it (it refused all but the enum's spelling)."""
    doc = _set(_bases()[name], at, value)
    assert _refusal(name, doc, tmp_path) is None
    assert _validator(name).is_valid(doc), [e.message for e in _validator(name).iter_errors(doc)]
