"""check22: a complaint's field that holds one value (its reason code, target kind, test
purchase) given a list is refused naming the rule (B16, R41; B17), at the field's JSON path,
file and line, exit 2; the JSON Schema says the same."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from ipprules import schemas
from ipprules.checks import plan_from_data, read_plan
from ipprules.checks.plan import EXAMPLE_PLAN
from ipprules.cli import main
from ipprules.errors import InputError

#: field, a list for it, and what the refusal must say.
CASES = [
    ("reason", ["tm_counterfeit", "tm_misuse"], "one reason code per complaint", ("B16", "R41")),
    ("target", ["listing", "storefront"], "one target kind per complaint", ("B16", "R41")),
    ("order_number", ["1001", "1002"], "one test purchase", ("B17",)),
]


def _example() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(EXAMPLE_PLAN.read_text(encoding="utf-8"))
    return data


def _with(field: str, value: object) -> dict[str, Any]:
    data = _example()
    data["complaints"][0][field] = value
    return data


@pytest.mark.parametrize(("field", "value", "said", "rules"), CASES)
def test_a_list_where_a_complaint_takes_one_names_the_rule(
    field: str, value: list[str], said: str, rules: tuple[str, ...]
) -> None:
    with pytest.raises(InputError) as caught:
        plan_from_data(_with(field, value))
    (problem,) = caught.value.problems
    assert problem.path == f"$.complaints[0].{field}"
    assert said in problem.message
    assert all(rule in problem.message for rule in rules)
    assert f"a list of {len(value)}" in problem.message
    assert "expected a string" not in problem.message


@pytest.mark.parametrize(("field", "value", "said", "rules"), CASES)
def test_the_refusal_names_the_file_and_line_and_exits_2(
    field: str,
    value: list[str],
    said: str,
    rules: tuple[str, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(_with(field, value), default=str, indent=1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    (problem,) = caught.value.problems
    assert problem.file is not None and problem.file.endswith("plan.json")
    line = problem.line
    assert line is not None
    assert f'"{field}"' in path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"plan.json:{line}:" in err and said in err and "Traceback" not in err


def test_one_value_still_reads() -> None:
    complaint = plan_from_data(_with("order_number", "1001")).complaints[0]
    assert (
        complaint.order_number == "1001"
        and complaint.reason == _example()["complaints"][0]["reason"]
    )


@pytest.mark.parametrize(("field", "value", "said", "rules"), CASES)
def test_the_json_schema_describes_one_per_complaint(
    field: str, value: list[str], said: str, rules: tuple[str, ...]
) -> None:
    schema = schemas.schema("plan")
    complaint = next(v for k, v in schema["$defs"].items() if k.endswith("Complaint"))
    description = complaint["properties"][field]["description"]
    assert said in description and all(rule in description for rule in rules)
