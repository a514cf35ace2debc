"""Rule answers the closing notes left open (rules32), each test citing the rule text it
reads (part 0 of the rule book, the brief, B*; parts 1-4, R* and D*)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook, load_rulebook
from ipprules.checks import check, plan_from_data
from ipprules.cli import main
from ipprules.errors import RuleDataError

READINGS = ("brief", "official", "brief-at-least-100")

# ------------------------------ 1. right-not-accepted words the status it refuses (B7, B9)

_LISTINGS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i123456789-s987654321.html",
}
_REASONS = {"trademark": "tm_counterfeit", "patent": "pat_invention"}


def _plan(platform: str, right: dict[str, Any]) -> dict[str, Any]:
    return {
        "as_of": "2026-11-23",
        "account": {
            "name": "Lumen Optics Co., Ltd.",
            "location": "elsewhere",
            "identity": "enterprise",
            "documents": ["business_registration"],
            "complaints_filed": 400,
        },
        "rights": [{"id": "r1", "registrant": "Lumen Optics Co., Ltd.", **right}],
        "complaints": [
            {
                "id": "c1",
                "platform": platform,
                "right": "r1",
                "reason": _REASONS[right["ipr_type"]],
                "supplement": "Infringing listings.",
                "listings": [_LISTINGS[platform]],
            }
        ],
    }


def _refusals(platform: str, right: dict[str, Any], reading: str) -> list[str]:
    report = check(plan_from_data(_plan(platform, right)), interpretation=reading)
    return [f.message for f in report.findings if f.code == "right-not-accepted"]


@settings(max_examples=12)
@given(
    platform=st.sampled_from(sorted(_LISTINGS)),
    ipr_type=st.sampled_from(sorted(_REASONS)),
    status=st.sampled_from(["unregistered", "pending"]),
    reading=st.sampled_from(READINGS),
)
@example(platform="taobao", ipr_type="trademark", status="unregistered", reading="brief")
@example(platform="taobao", ipr_type="patent", status="unregistered", reading="official")
@example(platform="aliexpress", ipr_type="trademark", status="pending", reading="brief")
def test_right_not_accepted_words_the_status_it_refuses(
    platform: str, ipr_type: str, status: str, reading: str
) -> None:
    """B7: "Trademarks must be registered; pending applications cannot be uploaded or relied
    on"; B9/R18 (inferred): a patent must be granted. A right never applied for
    (``status = "unregistered"``) is refused as unregistered, not as "a pending application
    (or a Notice of Acceptance)"; a pending one is still refused as an application. Either
    way the refusal is made on every platform, under every reading."""
    right = {"ipr_type": ipr_type, "status": status, "place": "CN", "filing_date": "2024-03-02"}
    if ipr_type == "patent":
        right["subtype"] = "invention"
    (message,) = _refusals(platform, right, reading)
    words = {"trademark": "mark", "patent": "patent"}[ipr_type]
    if status == "unregistered":
        assert f"an unregistered {words}" in message
        assert "pending" not in message
        assert "application" not in message
        assert "Notice of Acceptance" not in message
    else:
        assert "application" in message
        assert "unregistered" not in message


_OVERRIDE = """
name = "ours"

[[sources]]
id = "OURS"
title = "our notes"
kind = "user"

[[document_rules]]
id = "trademark_certificate"
ipr_type = "trademark"
registered = {registered}
accepted = "no"
message = "Not taken."
unregistered_message = "Never applied for: not taken."
effective_from = 2015-01-06
sources = ["OURS"]
confidence = "user"
"""


def test_unregistered_message_is_refused_on_a_rule_about_registered_rights(tmp_path) -> None:
    """``unregistered_message`` words a right never applied for (B7): on a rule about rights
    registered it would never be shown, so a rule-book file that sets it there is refused at
    its place; on a rule about rights not registered it is taken."""
    bad = tmp_path / "bad.toml"
    bad.write_text(_OVERRIDE.replace("{registered}", "true"), encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"unregistered_message is for a rule about rights"):
        load_rulebook(bad)
    good = tmp_path / "good.toml"
    good.write_text(_OVERRIDE.replace("{registered}", "false"), encoding="utf-8")
    rule = load_rulebook(good).as_of("2024-06-03").document_rules["trademark_certificate"]
    assert rule.unregistered_message == "Never applied for: not taken."


# ---------- 2. ``penalties`` and ``deadline --platform xianyu`` answer as ``rules`` does (B1)


def _cli(*argv: str) -> tuple[int, Any]:
    """The exit code and the JSON ``ipprules ARGV --format json`` prints (``None`` on exit 2)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--format", "json"])
    return code, json.loads(out.getvalue()) if code != 2 else None


_DAYS = ("2015-01-06", "2019-06-03", "2022-01-20", "2024-06-03")


@settings(max_examples=8)
@given(reading=st.sampled_from(READINGS), day=st.sampled_from(_DAYS))
@example(reading="brief", day="2024-06-03")
@example(reading="official", day="2024-06-03")
@example(reading="brief-at-least-100", day="2022-01-20")
def test_deadline_platform_xianyu_answers_as_rules_deadlines_does(reading: str, day: str) -> None:
    """B1: "Xianyu (Taobao's second-hand market) is filed by selecting Taobao"; R33/D11: no
    source names it under ``official``. ``ipprules deadline --platform xianyu`` gives
    Taobao's deadlines with the note and other readings of ``ipprules rules deadlines
    --platform xianyu``, or refuses (exit 2) where ``rules`` refuses."""
    asked = ("--interpretation", reading)
    code, rules = _cli("rules", "deadlines", "--platform", "xianyu", "--as-of", day, *asked)
    mine, got = _cli("deadline", "takedown", "--on", day, "--platform", "xianyu", *asked)
    assert mine == code
    if code == 2:
        assert default_rulebook().as_of(day, reading).filed_as("xianyu") is None
        return
    _, taobao = _cli("deadline", "takedown", "--on", day, "--platform", "taobao", *asked)
    assert got["deadlines"] == taobao["deadlines"]
    assert got["platform"] == "taobao"
    assert got["notes"] == rules["notes"][:1]
    assert got["other_readings"] == {
        k: v for k, v in rules["other_readings"].items() if k == "marketplace xianyu"
    }


_VIOLATIONS = "date,kind,platform\n2024-05-01,counterfeit,xianyu\n2024-05-02,general,\n"


@settings(max_examples=6)
@given(reading=st.sampled_from(READINGS), platform=st.sampled_from(["xianyu", "taobao"]))
@example(reading="brief", platform="xianyu")
@example(reading="official", platform="xianyu")
def test_penalties_platform_xianyu_answers_as_rules_penalties_does(
    tmp_path_factory: Any, reading: str, platform: str
) -> None:
    """B1 (R33, D11 under ``official``): ``ipprules penalties --platform xianyu`` is Taobao's
    standing, rows given for xianyu counted there, the note of ``rules penalties --platform
    xianyu`` first and ``official`` among the readings that differ; exit 2 where ``rules``
    refuses. ``--platform taobao`` counts a row given for xianyu too where the reading files
    Xianyu as Taobao (one account, rules34), and leaves it out where it does not."""
    path = Path(tmp_path_factory.mktemp("v")) / "v.csv"
    path.write_text(_VIOLATIONS, encoding="utf-8")
    day = ("--as-of", "2024-06-03", "--interpretation", reading)
    code, rules = _cli("rules", "penalties", "--platform", platform, *day)
    mine, got = _cli("penalties", str(path), "--platform", platform, *day)
    assert mine == (2 if code == 2 else 0)
    if code == 2:
        return
    assert got["platform"] == "taobao"
    filed = platform == "xianyu"
    files = default_rulebook().as_of("2024-06-03", reading).filed_as("xianyu") is not None
    assert got["counted"] == (2 if files else 1)
    assert (got["notes"][:1] == rules["notes"][:1]) is filed
    readings = rules["other_readings"].get("marketplace xianyu", [])
    assert set(readings) <= set(got["other_readings"])


# ------------- 3. ``rules reasons --target storefront`` on a D13 gap says so, with the readings

_PLATFORMS = ("1688", "taobao", "tmall_global", "aliexpress", "alibaba_com", "lazada_sg")


@settings(max_examples=10)
@given(
    platform=st.sampled_from(_PLATFORMS),
    reading=st.sampled_from(READINGS),
    ipr_type=st.sampled_from([None, "trademark", "copyright", "patent", "other"]),
)
@example(platform="1688", reading="official", ipr_type=None)
@example(platform="taobao", reading="official", ipr_type="copyright")
@example(platform="taobao", reading="brief", ipr_type=None)
def test_store_front_reasons_on_a_gap_are_marked_unknown_with_the_readings(
    platform: str, reading: str, ipr_type: str | None
) -> None:
    """R42: store fronts are "documented in the Taobao-family trademark how-to. Whether
    Alibaba.com, AliExpress, 1688 or Lazada offer store-front complaints was not found (a
    gap)"; D13: "Availability on other platforms and for other IPR types is unknown"; B16
    (brief): "storefront only on Taobao and Tmall". Where the reading leaves it unknown, the
    codes listed are the gap's (check's and advise's), not store-front codes: the notes say
    so and name what each other reading answers; where it is known, every code listed is a
    store-front code and there is no such note."""
    argv = ["rules", "reasons", "--platform", platform, "--target", "storefront"]
    argv += ["--as-of", "2024-06-03", "--interpretation", reading]
    _, data = _cli(*argv, *(["--ipr-type", ipr_type] if ipr_type else []))
    rules = default_rulebook().as_of("2024-06-03", reading)
    types = [ipr_type] if ipr_type else list(rules.ipr_types)
    gaps = [t for t in types if rules.platforms[platform].storefront_for(t).value == "unknown"]
    codes_note = [n for n in data["notes"] if n.startswith("which reason codes")]
    assert len(codes_note) == (1 if gaps else 0)
    if not gaps:
        assert all("storefront" in c["targets"] for c in data["data"])
        return
    assert "(R42, D13)" in codes_note[0]
    for t in gaps:
        said = {}
        for name in rules.book.interpretations:
            answer = rules.book.as_of("2024-06-03", name).platforms[platform].storefront_for(t)
            if name != reading and answer.value != "unknown":
                said.setdefault(answer.value, []).append(name)
        tail = "".join(f"; {a} under {', '.join(n)}" for a, n in said.items())
        assert any(n.endswith(f"(unknown){tail}") for n in data["notes"])
