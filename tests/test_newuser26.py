"""newuser26: ipprules embedded in a web service (JSON bodies in, JSON out, errors as 400s)."""

from __future__ import annotations

import gc
import io
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import ipprules
from ipprules import schemas
from ipprules.checks import plan_from_data

jsonschema = pytest.importorskip("jsonschema")


def _body(call):  # the JSON body a service answers an error of the library with
    try:
        call()
    except ipprules.IpprulesError as exc:
        return json.loads(json.dumps(exc.to_dict()))
    raise AssertionError("no error raised")


def test_input_error_body_lists_every_problem() -> None:
    body = _body(lambda: plan_from_data({"account": {"name": 7}}))
    assert body["error"] == "InputError"
    paths = [p["path"] for p in body["problems"]]
    assert paths == ["$.account.name", "$.account.location", "$.account.identity"]
    assert body["problems"][0]["message"] == "expected a string, got int"
    assert body["message"].splitlines()[0] == "$.account.name: expected a string, got int"


def test_coverage_error_body_names_its_path() -> None:
    plan = ipprules.read_plan("examples/plan.toml")
    body = _body(lambda: ipprules.check(plan, as_of="2001-01-01"))
    assert body["error"] == "CoverageError"
    assert body["problems"] == [
        {
            "file": None,
            "line": None,
            "column": None,
            "path": "$.as_of",
            "message": "2001-01-01 is before the rule book's coverage (from 2015-01-06)",
        }
    ]


def test_unknown_name_and_check_failed_bodies() -> None:
    body = _body(lambda: ipprules.advise("trademark", "tmal", as_of="2026-11-23"))
    assert body["error"] == "UnknownNameError"
    assert body["problems"][0]["path"] == "$"
    assert "did you mean 'tmall'" in body["problems"][0]["message"]
    plan = ipprules.read_plan("examples/plan.toml")
    failed = _body(lambda: ipprules.validate(plan, as_of="2026-11-23"))
    assert failed["error"] == "CheckFailed"
    assert failed["report"] == json.loads(json.dumps(ipprules.check(plan).to_dict()))
    assert (
        ipprules.errors.CoverageError("x").as_dict() == ipprules.errors.CoverageError("x").to_dict()
    )


def test_portfolio_to_dict_validates_against_the_portfolio_schema() -> None:
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    data = json.loads(json.dumps(portfolio.to_dict()))
    assert data["complaints"] == []
    validator = jsonschema.Draft202012Validator(schemas.schema("portfolio"))
    assert [e.message for e in validator.iter_errors(data)] == []
    # a whole plan, which coverage reads (its complaints ignored), is valid too
    whole = json.loads(json.dumps(ipprules.read_plan("examples/plan.toml").to_dict()))
    assert [e.message for e in validator.iter_errors(whole)] == []
    # and a complaint the reader refuses is refused by the schema as well
    whole["complaints"][0]["listings"] = 7
    assert list(validator.iter_errors(whole))
    with pytest.raises(ipprules.InputError):
        plan_from_data(whole)


_ROWS = [
    {"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao",
     "reason_code": "tm_counterfeit", "listings": 3, "taken_down": 3},
]  # fmt: skip


def test_json_rows_message_names_the_json_lines_route() -> None:
    with pytest.raises(ipprules.InputError) as info:
        ipprules.History.from_records(_ROWS)
    route = "History.from_file(io.StringIO('\\n'.join(map(json.dumps, rows))), format='jsonl')"
    assert route in str(info.value)
    history = ipprules.History.from_file(
        io.StringIO("\n".join(map(json.dumps, _ROWS))), format="jsonl"
    )
    assert history.to_dict() == ipprules.History.from_file(
        io.StringIO("type,date,id,platform,reason_code,listings,taken_down\n"
                    "complaint,2022-09-05,C1,taobao,tm_counterfeit,3,3\n")
    ).to_dict()  # fmt: skip


def test_tenants_overrides_do_not_leak_across_threads() -> None:
    text = Path("examples/rules-override.toml").read_text(encoding="utf-8")
    books = [
        ipprules.load_rulebook(io.StringIO(text)),
        ipprules.load_rulebook(io.StringIO(text.replace("acme_counterfeit", "beta_counterfeit"))),
        ipprules.default_rulebook(),
    ]  # the two overrides share a name ("ACME account") and a hash

    def advise(i: int) -> tuple[int, str]:
        advice = ipprules.advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23",
            rulebook=books[i % 3],
        )  # fmt: skip
        return i % 3, advice.to_dict()["decision"]["code"]

    with ThreadPoolExecutor(4) as pool:
        answers = set(pool.map(advise, range(24)))
    assert answers == {(0, "acme_counterfeit"), (1, "beta_counterfeit"), (2, "tm_counterfeit")}


def test_typed_records_cache_keeps_no_dead_entries() -> None:
    from ipprules.checks import context

    doc = json.loads(json.dumps(ipprules.read_plan("examples/plan.toml").to_dict()))
    for _ in range(2):  # a request each: the plan is dropped after its report
        ipprules.check(plan_from_data(doc), as_of="2026-11-23")
    gc.collect()
    dead = [key for key, ref in list(context._TYPED.items()) if ref() is None]
    assert dead == []
