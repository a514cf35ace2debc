"""Rule answers left open after rulesleft (rulesleft2): the class of the counterfeit reason
codes per platform (R51, R52, R87-R89; no source on the Taobao family), a non-member's abuse
lock-out (R80, R72-R73) and ``rules platform xianyu`` (B1; R33, D11)."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main

BOOK = ipprules.default_rulebook()
DAY = "2024-06-03"
TAO = ("taobao", "tmall", "tmall_global")
LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")
PLATFORMS = (*TAO, "1688", "alibaba_com", "aliexpress", *LAZADA)

# ------------------------------------------- 1. the class of the counterfeit reason codes

#: Counterfeits are serious on AliExpress (R51, official), 1688 (R52, R89), Alibaba.com (R87:
#: only counterfeits are strikes) and Lazada (R88: counterfeits carry the most points), all
#: third-party but AliExpress; no source classes violations on the Taobao family (inferred).
COUNTERFEIT_CLASS = {
    **dict.fromkeys(("1688", "alibaba_com", "aliexpress", *LAZADA), "third-party"),
    **dict.fromkeys(TAO, "inferred"),
}
COUNTERFEIT_CODES = ("tm_counterfeit", "tm_counterfeit_test_purchase")


@settings(max_examples=12, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    reading=st.sampled_from(["brief", "official"]),
    member=st.booleans(),
)
@example(platform="taobao", reading="brief", member=False)
@example(platform="tmall_global", reading="official", member=True)
@example(platform="aliexpress", reading="brief", member=False)
@example(platform="alibaba_com", reading="brief", member=True)
def test_advice_says_the_counterfeit_class_is_inferred_on_the_taobao_family(
    platform: str, reading: str, member: bool
) -> None:
    """``advise`` said "serious infringement" for the counterfeit codes everywhere, the class
    unmarked on the Taobao family where no source gives it (only cr_piracy was marked)."""
    advice = ipprules.advise(
        "trademark",
        platform,
        facts=["counterfeit_product"],
        member=member,
        as_of="2023-06-01",
        interpretation=reading,
    )
    expected = COUNTERFEIT_CLASS[platform]
    found = {s.code: s for s in advice.admissible}
    codes = [
        *COUNTERFEIT_CODES,
        *(["gf_counterfeit_simplified"] if member and platform in TAO else []),
    ]
    for code in codes:
        s = found[code]
        assert s.severity.value == "serious"
        assert s.severity_confidence == expected, code
        assert s.as_dict()["severity_confidence"] == expected
        assert (f"inferred on {platform}: no source classes it there" in s.why) == (
            expected == "inferred"
        )


@pytest.mark.parametrize("platform", ["taobao", "tmall", "aliexpress", "lazada_th", "1688"])
def test_rules_reasons_and_platform_mark_the_counterfeit_class(
    platform: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--as-of", DAY, "--ipr-type", "trademark", "--platform", platform]
    assert main(["rules", "reasons", *base]) == 0
    rows = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("tm_counterfeit")]
    expected = COUNTERFEIT_CLASS[platform]
    assert len(rows) == 2
    for row in rows:
        assert ("serious (inferred)" in row) == (expected == "inferred")
    assert main(["rules", "platform", platform, "--as-of", DAY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["data"]
    for code in COUNTERFEIT_CODES:
        assert data["reason_codes"][code]["severity_confidence"] == expected


def test_rules_reasons_without_a_platform_counts_the_counterfeit_class(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "reasons", "--as-of", DAY, "--ipr-type", "trademark"]) == 0
    rows = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("tm_counterfeit")]
    assert len(rows) == 2
    assert all("serious (inferred on 3 platforms)" in row for row in rows)


def test_the_counterfeit_codes_cite_the_penalty_rules_that_class_them() -> None:
    """The class's sources are cited in the code's note (its ``rules`` and ``sources`` stay
    those of the reason itself, which findings about the reason cite)."""
    rules = BOOK.as_of(DAY)
    for code in COUNTERFEIT_CODES:
        note = rules.reason_code(code).note
        for cited in ("R51", "R52", "R87", "R88", "R89", "S40", "S45", "S43", "S50"):
            assert cited in note, (code, cited)
        assert "Taobao family" in note
