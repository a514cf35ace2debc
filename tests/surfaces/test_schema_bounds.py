"""The rule-book override's JSON Schema bounds every whole number as loading does.

The schema allowed a channel's counts of 0 (loading: "max_listings must be at least 1"), a
Good Faith window of 0 months and periods of months, deadlines and counter-notice windows
beyond the longest loading takes. This walks every whole-number field of every section, on a
record of the embedded book, over the values at and around each bound the schema or loading
names, and asks both: the schema accepts exactly what loading accepts, and loading refuses a
value at the field's own path.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ipprules import schemas
from ipprules.errors import IpprulesError
from ipprules.rulebook import load_rulebook
from ipprules.rulebook.model import DEADLINE_MAX_AMOUNT
from ipprules.rulebook.validate import MAX_MONTHS

jsonschema = pytest.importorskip("jsonschema")

DATA = Path(__file__).resolve().parents[2] / "src" / "ipprules" / "rulebook" / "data"
SCHEMA = schemas.schema("rules")
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

#: Fields whose value alone does not decide: loading checks them against another field or
#: another record, which a JSON Schema does not express. The walk keeps those consistent.
RELATIONS = {
    ("deadlines", "amount_max"): "no smaller than the record's amount",
    ("penalties", "counter_notice_bar_points"): "equal to the counter-notice record's bar (R64)",
}


def _integer_fields() -> list[tuple[str, str]]:
    found = []
    for section, prop in SCHEMA["properties"].items():
        ref = prop.get("items", {}).get("$ref") if isinstance(prop, dict) else None
        if ref is None or not (DATA / f"{section}.json").exists():
            continue
        definition = SCHEMA["$defs"][ref.rsplit("/", 1)[1]]
        for field, spec in definition["properties"].items():
            if any(c.get("type") == "integer" for c in spec.get("anyOf", [spec])):
                found.append((section, field))
    return found


def _numbers(value: Any) -> set[int]:
    """Every number a schema fragment names (its bounds)."""
    if isinstance(value, dict):
        return {n for v in value.values() for n in _numbers(v)}
    if isinstance(value, list):
        return {n for v in value for n in _numbers(v)}
    return {value} if isinstance(value, int) and not isinstance(value, bool) else set()


def _probes(section: str, field: str) -> list[int]:
    definition = SCHEMA["$defs"][SCHEMA["properties"][section]["items"]["$ref"].rsplit("/")[-1]]
    bounds = _numbers(definition["properties"][field]) | _numbers(definition.get("allOf", []))
    # and the bounds loading holds to (in case the schema names none of them)
    bounds |= {1, MAX_MONTHS, *DEADLINE_MAX_AMOUNT.values()}
    return sorted({b + d for b in bounds for d in (-1, 0, 1)} | {0, 2})


def _base(section: str, field: str) -> dict[str, Any]:
    records = json.loads((DATA / f"{section}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(next((r for r in records if field in r), records[0]))


def _loads(doc: dict[str, Any], path: Path) -> str | None:
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        load_rulebook(str(path))
    except IpprulesError as exc:
        return str(exc)
    return None


FIELDS = _integer_fields()


def test_the_walk_covers_the_fields_that_were_wrong() -> None:
    for field in ("max_listings", "rights_per_complaint", "reasons_per_complaint"):
        assert ("channels", field) in FIELDS
    assert ("good_faith", "window_months") in FIELDS
    assert ("deadlines", "amount") in FIELDS
    assert ("counter_notice", "value") in FIELDS


@pytest.mark.no_cover
@pytest.mark.parametrize(("section", "field"), FIELDS, ids=[f"{s}.{f}" for s, f in FIELDS])
def test_the_schema_bounds_each_whole_number_as_loading_does(
    section: str, field: str, tmp_path: Path
) -> None:
    base = _base(section, field)
    disagree = []
    for value in _probes(section, field):
        record = {**base, field: value}
        if (section, field) == ("deadlines", "amount_max"):
            record["amount"] = min(value, max(record.get("amount") or 0, 0))
        doc = {section: [record]}
        if (section, field) == ("penalties", "counter_notice_bar_points"):
            doc["replace"] = ["penalties", "counter_notice"]
        refused = _loads(doc, tmp_path / f"{value}.json")
        if refused is not None and value >= 0:
            assert f"$.{section}[0].{field}" in refused, refused
        if VALIDATOR.is_valid(doc) != (refused is None):
            disagree.append((value, VALIDATOR.is_valid(doc), refused))
    assert disagree == []


def test_the_schema_names_the_bounds() -> None:
    channel = SCHEMA["$defs"]["Channel"]["properties"]["max_listings"]["anyOf"][0]
    assert channel["minimum"] == 1
    window = SCHEMA["$defs"]["GoodFaithCriteria"]["properties"]["window_months"]
    assert (window["minimum"], window["maximum"]) == (1, MAX_MONTHS)


def test_a_what_if_complaint_s_listings_are_bounded_as_reading_bounds_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The what-if schema allowed 0 listings and more than 100,000: the what-if refuses both."""
    from ipprules.cli import main
    from ipprules.goodfaith.model import MAX_LISTINGS

    validator = jsonschema.Draft202012Validator(schemas.schema("what-if"))
    history = str(DATA.parents[3] / "examples" / "history.csv")
    for listings in (0, 1, 2, MAX_LISTINGS - 1, MAX_LISTINGS, MAX_LISTINGS + 1):
        doc = {"complaints": [{"reason_code": "tm_counterfeit", "platform": "tmall",
                               "listings": listings}]}  # fmt: skip
        path = tmp_path / f"{listings}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        code = main(["good-faith", history, "--as-of", "2023-01-15", "--what-if", str(path)])
        err = capsys.readouterr().err
        assert code in (0, 1, 2)
        assert validator.is_valid(doc) == (code != 2), (listings, err)
        if code == 2:
            assert "$.complaints[0].listings: listings must lie between 1 and" in err
