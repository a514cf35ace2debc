"""Schemas: shipped = generated, every shipped example validates, schema-valid files read cleanly."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ipprules import schemas
from ipprules.errors import IpprulesError, UnknownNameError

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

#: Shipped examples (by file-name pattern) and the schema each follows.
EXAMPLE_SCHEMAS: tuple[tuple[str, str], ...] = (
    ("plan*.toml", "plan"),
    ("planner-account*.toml", "plan"),
    ("portfolio*.toml", "portfolio"),
    ("history*.csv", "history"),
    ("history*.jsonl", "history"),
    ("what-if*.toml", "what-if"),
    ("what-if*.json", "what-if"),
    ("violations*.csv", "violations"),
    ("violations*.json", "violations"),
    ("calendar*.toml", "calendar"),
    ("calendar*.json", "calendar"),
    ("lifecycle*.json", "lifecycle"),
    ("lifecycle*.toml", "lifecycle"),
    ("planner-urls*.csv", "planner-urls"),
    ("rules*.toml", "rules"),
    ("rules*.json", "rules"),
    ("counter-notice*.toml", "counter-notice"),
    ("counter-notice*.json", "counter-notice"),
)


def _validator(name: str) -> Any:
    return jsonschema.Draft202012Validator(
        schemas.schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _as_json(value: Any) -> Any:
    """TOML data as schema tools for TOML see it: native dates become YYYY-MM-DD strings."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _row_schema(name: str) -> Any:
    """The schema one CSV row follows (for violations: the row definition)."""
    schema = schemas.schema(name)
    if name == "violations":
        return {**schema["$defs"]["Row"], "$defs": schema["$defs"]}
    return schema


def _integer_columns(schema: Any) -> set[str]:
    found: set[str] = set()
    for part in [schema, *schema.get("$defs", {}).values()]:
        for key, prop in part.get("properties", {}).items():
            kinds = [prop, *prop.get("anyOf", [])]
            if any(k.get("type") == "integer" for k in kinds):
                found.add(key)
    return found


def _csv_documents(path: Path, name: str) -> list[dict[str, Any]]:
    """CSV rows as the objects the row schema describes: empty cells left out, counts as ints."""
    integers = _integer_columns(_row_schema(name))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    out = []
    for row in rows:
        doc: dict[str, Any] = {}
        for key, cell in row.items():
            if cell == "":
                continue
            doc[key] = int(cell) if key in integers and cell.isdigit() else cell
        out.append(doc)
    return out


def _examples() -> list[tuple[Path, str]]:
    found = []
    for pattern, name in EXAMPLE_SCHEMAS:
        found.extend((path, name) for path in sorted(EXAMPLES.glob(pattern)))
    return found


def test_every_name_has_a_shipped_file_equal_to_the_generated_schema() -> None:
    """Fails when an input model changed without ``python -m ipprules.schemas``."""
    for name in schemas.NAMES:
        shipped = schemas.path(name).read_text(encoding="utf-8")
        assert shipped == schemas.schema_text(name), (
            f"regenerate: python -m ipprules.schemas ({name})"
        )


def test_no_stray_schema_files() -> None:
    shipped = {p.name for p in schemas.FOLDER.glob("*.schema.json")}
    assert shipped == {f"{name}.schema.json" for name in schemas.NAMES}


@pytest.mark.parametrize("name", schemas.NAMES)
def test_each_schema_is_a_valid_2020_12_schema_whose_id_is_its_file(name: str) -> None:
    schema = schemas.schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == schemas.path(name).name
    assert schema["title"]


@pytest.mark.parametrize("name", schemas.NAMES)
def test_dates_are_described_as_yyyy_mm_dd_strings(name: str) -> None:
    text = schemas.schema_text(name)
    dates = re.findall(r'"format": "date"', text)
    # YYYY-MM-DD in the years the readers take, 1900-2999
    patterns = re.findall(r'"pattern": "\^\(19\|2\\\\d\)\\\\d\{2\}-\\\\d\{2\}-\\\\d\{2\}\$"', text)
    assert len(dates) == len(patterns)
    if name not in ("planner-urls",):
        assert dates, f"{name} has dates"


def test_every_input_format_has_a_shipped_example() -> None:
    covered = {name for _, name in _examples()}
    assert covered == set(schemas.NAMES)


@pytest.mark.parametrize(("path", "name"), _examples(), ids=lambda v: getattr(v, "name", v))
def test_every_shipped_example_validates(path: Path, name: str) -> None:
    if path.suffix == ".toml":
        documents = [_as_json(tomllib.loads(path.read_text(encoding="utf-8")))]
        validator = _validator(name)
    elif path.suffix == ".csv":
        documents = _csv_documents(path, name)
        validator = jsonschema.Draft202012Validator(_row_schema(name))
    elif path.suffix == ".jsonl":
        documents = [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        validator = _validator(name)
    else:
        documents = [json.loads(path.read_text(encoding="utf-8"))]
        validator = _validator(name)
    assert documents
    for doc in documents:
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]
        assert errors == [], f"{path.name}: {errors}"


def test_a_json_file_may_name_its_schema(tmp_path: Path) -> None:
    """``$schema`` at the top of a JSON file is for editors: the schema allows it, readers ignore it."""
    from ipprules.calendars.files import load_calendar

    doc = {"$schema": "calendar.schema.json", "name": "x", "holidays": ["2024-10-01"]}
    _validator("calendar").validate(doc)
    (tmp_path / "cal.json").write_text(json.dumps(doc), encoding="utf-8")
    assert not load_calendar(tmp_path / "cal.json").is_business_day(dt.date(2024, 10, 1))


def test_the_schema_rejects_what_the_reader_rejects() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator("calendar").validate({"colour": "red"})
    with pytest.raises(jsonschema.ValidationError):
        _validator("history").validate({"type": "abuse", "date": "2024-01-01", "listings": 3})
    with pytest.raises(jsonschema.ValidationError):
        _validator("lifecycle").validate({"events": [{"event": "takedown", "on": "2024/01/01"}]})
    # whole numbers lie from 0 to 1,000,000,000 in every file, as the converter reads them
    channel = {"id": "portal", "name": "p", "effective_from": "2015-01-06", "sources": ["U1"],
               "confidence": "user"}  # fmt: skip
    for bad in (-5, 10**12):
        with pytest.raises(jsonschema.ValidationError, match=r"minimum|maximum"):
            _validator("rules").validate({"channels": [{**channel, "max_listings": bad}]})
    _validator("rules").validate({"channels": [{**channel, "max_listings": 200}]})


def test_unknown_schema_name() -> None:
    with pytest.raises(UnknownNameError):
        schemas.schema("colour")


def test_history_and_planner_schemas_follow_the_readers_columns() -> None:
    from ipprules.goodfaith.history import CSV_COLUMNS
    from ipprules.planner.inputs import COLUMNS

    history = schemas.schema("history")["$defs"]
    keys = set().union(*(set(d["properties"]) for d in history.values()))
    assert keys == {*CSV_COLUMNS, "items"}
    # and the scale-out planner's account column (ipprules.scale.plan_accounts)
    assert tuple(schemas.schema("planner-urls")["properties"]) == (*COLUMNS, "account")


# ------------------------------------------------ documents generated from the schemas


def _from_schema(schema: Any, root: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A Hypothesis strategy for the subset of JSON Schema that ipprules' schemas use."""
    if "$ref" in schema:
        return st.deferred(
            lambda: _from_schema(root["$defs"][schema["$ref"].split("/")[-1]], root, depth + 1)
        )
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return st.one_of([_from_schema(b, root, depth) for b in branches])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date":
            real = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(3100, 12, 31)).map(
                dt.date.isoformat
            )
            return st.one_of(real, st.from_regex(schema["pattern"], fullmatch=True))
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(min_size=schema.get("minLength", 0), max_size=20)
    if kind == "integer":
        return st.integers(
            min_value=schema.get("minimum", -(2**40)), max_value=schema.get("maximum", 2**40)
        )
    if kind == "number":
        return st.one_of(st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if "prefixItems" in schema:
            return st.tuples(*(_from_schema(i, root, depth) for i in schema["prefixItems"])).map(
                list
            )
        items = _from_schema(schema["items"], root, depth)
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=0 if depth > 3 else 3)
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = {k: _from_schema(v, root, depth + 1) for k, v in props.items() if k in required}
        optional = {
            k: _from_schema(v, root, depth + 1)
            for k, v in props.items()
            if k not in required and k != "$schema"
        }
        if props:
            return st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return st.dictionaries(
                st.text(max_size=8), _from_schema(extra, root, depth + 1), max_size=3
            )
        return st.just({})
    raise AssertionError(f"schema construct not covered by the test generator: {schema}")


def _read_json_file(
    reader: Callable[[Path], Any], suffix: str = ".json"
) -> Callable[[Any, Path], Any]:
    def read(doc: Any, folder: Path) -> Any:
        path = folder / f"doc{suffix}"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return reader(path)

    return read


def _lifecycle(path: Path) -> Any:
    from ipprules.cli.lifecycle import _from_file

    return _from_file(str(path))


def _history(doc: Any, folder: Path) -> Any:
    from ipprules.goodfaith.history import read_history

    path = folder / "history.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return read_history(path)


def _planner(doc: Any, folder: Path) -> Any:
    from ipprules.planner.inputs import read_lines

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(doc))
    writer.writeheader()
    writer.writerow(doc)
    path = folder / "urls.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return list(read_lines(path))


def _readers() -> dict[str, Callable[[Any, Path], Any]]:
    from ipprules import load_rulebook, read_plan
    from ipprules.calendars.files import load_calendar
    from ipprules.counternotice import read_counter_notice
    from ipprules.goodfaith.plan import read_plan as read_what_if
    from ipprules.penalties import read_violations

    return {
        "plan": _read_json_file(read_plan),
        "portfolio": _read_json_file(read_plan),
        "rules": _read_json_file(load_rulebook),
        "history": _history,
        "what-if": _read_json_file(read_what_if),
        "violations": _read_json_file(read_violations),
        "calendar": _read_json_file(load_calendar),
        "lifecycle": _read_json_file(_lifecycle),
        "planner-urls": _planner,
        "counter-notice": _read_json_file(read_counter_notice),
    }


def test_every_schema_has_a_reader_in_this_test() -> None:
    assert set(_readers()) == set(schemas.NAMES)


@pytest.mark.parametrize("name", schemas.NAMES)
def test_files_the_schema_accepts_are_read_without_a_type_error(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    schema = schemas.schema(name)
    validator = _validator(name)
    read = _readers()[name]
    folder = tmp_path_factory.mktemp(name)

    @settings(
        # the rule book's schema is the largest: its documents cost ~20x the others' to
        # draw (the draws, not the reading, are the time), so it gets a smaller budget
        max_examples=12 if name == "rules" else 40,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
            HealthCheck.data_too_large,
        ],
    )
    @given(_from_schema(schema, schema))
    def check(doc: Any) -> None:
        assume(validator.is_valid(doc))
        # an input error is allowed (a sum, a reference, a date range: beyond a schema);
        # anything else (TypeError, KeyError...) fails the test
        with contextlib.suppress(IpprulesError):
            read(doc, folder)

    check()


def test_planner_urls_schema_accepts_the_rows_the_planner_reads(tmp_path: Path) -> None:
    """A JSON Lines row's number or null and a spreadsheet's 80% are read by the planner, so
    the schema an editor checks them with does not mark them (it refused all three)."""
    from ipprules.planner.inputs import read_lines

    rows = [
        {"url": "https://item.taobao.com/item.htm?id=606832683299", "confidence": 0.9},
        {"url": "https://item.taobao.com/item.htm?id=606832683298", "confidence": 1},
        {"url": "https://item.taobao.com/item.htm?id=606832683297", "confidence": "80%"},
        {"url": "https://item.taobao.com/item.htm?id=606832683296", "target": "Store front"},
        {"url": "https://item.taobao.com/item.htm?id=606832683295", "reason": None, "notes": None},
    ]
    validator = _validator("planner-urls")
    for row in rows:
        assert validator.is_valid(row), row
    path = tmp_path / "urls.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    lines = list(read_lines(path))
    assert [str(line.confidence) for line in lines[:3]] == ["9/10", "1", "4/5"]
    assert lines[3].target is not None and lines[3].target.value == "storefront"
    # what the reader refuses stays refused: a confidence over 1, a word, a list
    for bad in (1.5, "high", [0.9]):
        assert not validator.is_valid({"url": "https://x.example/", "confidence": bad})
