"""Schemas: shipped = generated, every shipped example validates, schema-valid files read cleanly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from _schema_strategies import as_json as _as_json
from ipprules import schemas
from ipprules.errors import UnknownNameError

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


# Documents generated from each schema are read (or refused only for a rule a schema does not
# state) in tests/schemas/test_schemas_agree.py.


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
