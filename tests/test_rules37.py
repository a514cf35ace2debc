"""rules37: follow-ups of rules36 (rule-book domains validated, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import RuleDataError, load_rulebook
from ipprules.checks import Report, check, example_plan
from ipprules.checks.model import Document

TMALL = {
    "id": "tmall",
    "name": "Tmall",
    "group": "tao",
    "country": "CN",
    "storefront_complaints": "yes",
    "effective_from": "2015-01-06",
    "sources": ["BRIEF"],
    "confidence": "official",
    "rules": ["B1"],
}


def _load(tmp_path: Path, domains: list[str]) -> object:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"platforms": [{**TMALL, "domains": domains}]}), "utf-8")
    return load_rulebook(path)


def test_two_platforms_sharing_a_domain_are_refused(tmp_path):
    # tmall.hk is Tmall Global's (R33): site_of would answer None for it, silently
    with pytest.raises(RuleDataError) as info:
        _load(tmp_path, ["tmall.com", "tmall.hk"])
    (problem,) = [p for p in info.value.problems if p.path != "$"]  # "$": tmall_global's
    assert problem.file.endswith("mine.json")
    assert problem.path == "$.platforms[0].domains[1]"
    assert "tmall.hk" in problem.message and "tmall_global" in problem.message


def test_a_platform_and_a_marketplace_sharing_a_domain_are_refused(tmp_path):
    with pytest.raises(RuleDataError) as info:
        _load(tmp_path, ["goofish.com"])
    assert "$.platforms[0].domains[0]" in [p.path for p in info.value.problems]
    assert "xianyu" in info.value.problems[0].message


def test_own_domains_kept_and_repeated_across_readings(tmp_path):
    rules = _load(tmp_path, ["tmall.com", "tmall.cn"]).as_of("2023-01-01")  # type: ignore[attr-defined]
    assert rules.site_of("tmall.cn") == "tmall"


@settings(max_examples=30)
@given(
    st.sampled_from(
        [
            "tmall",
            "Tmall.COM",
            "https://tmall.com",
            "tmall.com/",
            "tmall .com",
            "-tmall.com",
            "tmall..com",
            "",
            "tmall_x.com",
            "tmall.com.",
            "tmäll.com",
        ]
    )
    | st.text(max_size=12).filter(lambda s: "." not in s)
)
@example("Tmall.COM")
@example("tmall")
@example("https://tmall.com")
def test_a_domain_that_is_no_host_name_is_refused(tmp_path_factory, domain):
    tmp_path = tmp_path_factory.mktemp("d")
    with pytest.raises(RuleDataError) as info:
        _load(tmp_path, [domain])
    paths = [p.path for p in info.value.problems]
    assert paths == ["$.platforms[0].domains[0]"]
    assert "host name" in info.value.problems[0].message


# ---------------------------------------------------------------- (1) weak confidence named


def _lazada(sizes: list[float]) -> Report:
    plan = example_plan()
    docs = tuple(Document(kind="test_purchase_report", language="en", size_mb=s) for s in sizes)
    lz = attrs.evolve(plan.complaints[5], reason="tm_counterfeit", evidence=docs)
    return check(attrs.evolve(plan, complaints=(lz,)), as_of="2026-11-23")


@settings(max_examples=10)
@given(st.integers(5, 8), st.floats(5.01, 50, allow_nan=False))
@example(5, 5.01)
def test_lazadas_attachment_limits_say_they_rest_on_a_third_party_source(count, big):
    # R47 (4 files, 5 MB each) has one low-confidence third-party source (S52): the error
    # stays an error, and says so with the rule id and its confidence
    report = _lazada([1.0] * (count - 1) + [big])
    found = {f.code: f for f in report.findings}
    for code in ("attachments-too-many", "attachment-too-large"):
        finding = found[code]
        assert finding.severity.value == "error"
        assert "R47" in finding.rule_ids
        assert finding.message.endswith("[confidence third-party: R47]")
        assert finding.as_dict()["message"] == finding.message


# ---------------------------------------------------------------- (3) site names in penalty rows


@pytest.mark.parametrize("platform", ["1688", "taobao"])  # with penalty rules, and a gap
def test_a_penalty_rows_site_or_misspelt_platform_says_what_it_may_stand_for(platform):
    from datetime import date

    from ipprules.penalties import Violation, penalty_standing

    rows = [
        Violation(on=date(2026, 1, 5), kind="general", platform=name)
        for name in ("tmall.hk", "taobo", "aliexpress", "zzzq")
    ]
    why = dict(penalty_standing(rows, platform, "2026-06-01").ignored)
    assert why == {
        0: "platform tmall.hk (not a platform: the site of tmall_global)",
        1: "platform taobo (not a platform: did you mean 'taobao'?)",  # Taobao: refused (left2)
        2: "platform aliexpress",
        3: "platform zzzq (not a platform)",
    }
