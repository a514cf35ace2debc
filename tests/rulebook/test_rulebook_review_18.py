"""review18: the dates a record of the book is in force, as ResolvedRules.not_in_force tells
them, are the days the record resolves on: spans with a gap are named apart, and records of
the interpretations a reading builds on count."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from ipprules import default_rulebook
from ipprules._convert import unstructure
from ipprules.checks import check, example_plan
from ipprules.errors import UnknownNameError
from ipprules.rulebook import RuleBook

_HEAD = """
name = "review18"
[[sources]]
id = "ME"
title = "mine"
kind = "user"
"""

_CODE = """
[[reason_codes]]
id = "acme_counterfeit"
label = "Counterfeit"
description = "x"
ipr_type = "trademark"
platforms = ["taobao"]
sources = ["ME"]
confidence = "user"
facts = ["counterfeit_product"]
"""


def _book(tmp_path: Path, text: str) -> RuleBook:
    path = tmp_path / "o.toml"
    path.write_text(_HEAD + text, encoding="utf-8")
    return default_rulebook().with_overrides(path)


def test_a_gap_between_two_spans_is_not_told_as_one_span(tmp_path: Path) -> None:
    book = _book(
        tmp_path,
        _CODE
        + 'effective_from = "2016-01-01"\neffective_until = "2018-01-01"\n'
        + _CODE
        + 'effective_from = "2020-01-01"\n',
    )
    told = "from 2016-01-01 until 2018-01-01 and from 2020-01-01"
    for day in ("2015-06-01", "2018-01-01", "2019-12-31"):
        rules = book.as_of(day)
        assert rules.not_in_force("reason_codes", "acme_counterfeit") == (
            f"acme_counterfeit is in force {told}, not on {day}"
        )
        with pytest.raises(UnknownNameError, match=told):
            rules.reason_code("acme_counterfeit")
    for day in ("2016-01-01", "2017-12-31", "2020-01-01"):
        assert book.as_of(day).not_in_force("reason_codes", "acme_counterfeit") == ""


def test_spans_that_meet_are_one_span() -> None:
    # counter_notice_round_2_3: 30 business days until 2022-01-20, 27 from then (R61)
    rules = default_rulebook().as_of("2019-05-31")
    assert rules.not_in_force("deadlines", "counter_notice_lazada") == (
        "counter_notice_lazada is in force from 2019-06-01, not on 2019-05-31"
    )


def test_records_of_the_reading_a_reading_builds_on_are_counted(tmp_path: Path) -> None:
    book = _book(
        tmp_path,
        '[[interpretations]]\nid = "acme"\ntitle = "ACME"\ndescription = "ours"\n'
        'base = "official"\n'
        + _CODE
        + 'interpretation = "official"\neffective_from = "2020-01-01"\n',
    )
    assert "acme_counterfeit" in book.as_of("2020-01-01", "acme").reason_codes
    rules = book.as_of(dt.date(2019, 12, 31), "acme")
    assert rules.not_in_force("reason_codes", "acme_counterfeit") == (
        "acme_counterfeit is in force from 2020-01-01, not on 2019-12-31"
    )
    # a reading outside the chain has no such record: nothing to tell
    assert book.as_of("2019-12-31", "brief").not_in_force("reason_codes", "acme_counterfeit") == ""


def test_the_checks_reason_unknown_finding_names_every_span(tmp_path: Path) -> None:
    """check()'s reason-unknown finding named the code's first record's dates alone: a code
    in force again from 2020 was told 'in force from 2016-01-01 until 2018-01-01'."""
    book = _book(
        tmp_path,
        _CODE
        + 'effective_from = "2016-01-01"\neffective_until = "2018-01-01"\n'
        + _CODE
        + 'effective_from = "2020-01-01"\n',
    )
    plan = attrs.evolve(
        example_plan(),
        complaints=tuple(
            attrs.evolve(c, reason="acme_counterfeit") for c in example_plan().complaints[:1]
        ),
    )
    report = check(plan, as_of="2019-06-01", rulebook=book)
    found = [f for f in report.findings if f.code == "reason-unknown"]
    assert [f.message.split("; the ")[0] for f in found] == [
        "reason code acme_counterfeit is in force from 2016-01-01 until 2018-01-01 and from "
        "2020-01-01, not on 2019-06-01"
    ]


def test_a_platform_off_ipp_between_two_spans_is_told_both(tmp_path: Path) -> None:
    """on_ipp (a platform's dates in the messages of platform() and of check's
    platform-unknown) told 'from 2019-06-01' of a platform off IPP in 2021."""
    records: list[dict[str, object]] = []
    for base in default_rulebook().records("platforms"):
        if base.id != "lazada_sg":
            continue
        record = {k: v for k, v in unstructure(base).items() if v is not None}
        again = {**record, "effective_from": "2022-01-01"}
        again.pop("caveat", None), again.pop("caveat_until", None)
        records += [{**record, "effective_until": "2021-01-01"}, again]
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"name": "gap", "platforms": records}), encoding="utf-8")
    rules = default_rulebook().with_overrides(path).as_of("2021-06-01")
    told = "from 2019-06-01 until 2021-01-01 and from 2022-01-01"
    assert rules.on_ipp("lazada_sg") == told
    with pytest.raises(UnknownNameError, match=told):
        rules.platform("lazada_sg")
