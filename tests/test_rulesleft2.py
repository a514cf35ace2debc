"""Rule answers left open after rulesleft (rulesleft2): the class of the counterfeit reason
codes per platform (R51, R52, R87-R89; no source on the Taobao family), a non-member's abuse
lock-out (R80, R72-R73) and ``rules platform xianyu`` (B1; R33, D11)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History
from ipprules.goodfaith import standing as gf_standing
from ipprules.goodfaith.engine import add_months, first_day_out

BOOK = ipprules.default_rulebook()
DAY = "2024-06-03"
TAO = ("taobao", "tmall", "tmall_global")
LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")
PLATFORMS = (*TAO, "1688", "alibaba_com", "aliexpress", *LAZADA)

# ------------------------------------------- 1. the class of the counterfeit reason codes

#: Counterfeits are serious on AliExpress (R51, official), 1688 (R52, R89) and Alibaba.com
#: (R87: only counterfeits are strikes), all third-party but AliExpress; no source classes
#: violations on the Taobao family (inferred). Lazada (rulesleft3): R88 gives points per kind
#: and names no class, so the class is inferred there too.
COUNTERFEIT_CLASS = {
    **dict.fromkeys(("1688", "alibaba_com"), "third-party"),
    "aliexpress": "official",  # R51 [OFFICIAL] S40 (rules52)
    **dict.fromkeys((*TAO, *LAZADA), "inferred"),
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
    assert all("serious (inferred on 9 platforms)" in row for row in rows)  # Tao + Lazada


def test_the_counterfeit_codes_cite_the_penalty_rules_that_class_them() -> None:
    """The class's sources are cited in the code's note (its ``rules`` and ``sources`` stay
    those of the reason itself, which findings about the reason cite)."""
    rules = BOOK.as_of(DAY)
    for code in COUNTERFEIT_CODES:
        note = rules.reason_code(code).note
        for cited in ("R51", "R52", "R87", "R88", "R89", "S40", "S45", "S43", "S50"):
            assert cited in note, (code, cited)
        assert "Taobao family" in note


# ------------------------------------------------ 2. an abuse finding of a non-member (R80)

D = dt.date
READINGS = ("brief", "official", "brief-at-least-100")
DECLARED = AccountEvent(date=D(2015, 1, 1), kind=EventKind.DECLARATION)


def _passing(day: dt.date, n: int = 101) -> list[Complaint]:
    """``n`` complaints of 10 listings, all taken down: enough to qualify on ``day``."""
    return [
        Complaint(filed=day, platform="taobao", reason_code="tm_misuse", listings=10, taken_down=10)
        for _ in range(n)
    ]


def _abuse_notes(s: Any) -> list[str]:
    return [n for n in s.notes if n.startswith("an abuse finding is recorded on")]


@settings(max_examples=15, deadline=None)
@given(
    reading=st.sampled_from(READINGS),
    found=st.dates(D(2018, 9, 1), D(2025, 6, 30)),
    gap=st.integers(1, 60),
    late=st.integers(0, 150),
)
@example(reading="brief", found=D(2023, 1, 10), gap=50, late=3)
@example(reading="official", found=D(2023, 1, 10), gap=50, late=3)  # in the window: barred
@example(reading="official", found=D(2023, 1, 10), gap=50, late=45)  # left it: admitted
@example(reading="brief-at-least-100", found=D(2023, 1, 10), gap=50, late=45)
def test_an_abuse_finding_of_a_non_member_locks_nothing_out_from_2018(
    reading: str, found: dt.date, gap: int, late: int
) -> None:
    """From 2018 the Good Faith lock-outs follow a removal from the programme (R72) or a
    withdrawal (R73), which only a member undergoes; R80 sanctions malicious filers, member
    or not, but names no lock-out. An abuse finding recorded while the account is not a
    member locked it out for 3 months; it now bars admission through the no-abuse criterion
    only: for good under the brief (B21), while in the window under ``official`` (R82), which
    the lock-out repeated. The standing notes the finding while its lock-out would have run."""
    filed = found + dt.timedelta(days=gap)
    as_of = filed + dt.timedelta(days=late)
    abuse = AccountEvent(date=found, kind=EventKind.ABUSE)
    rows = [DECLARED, abuse, *_passing(filed)]
    s = gf_standing(History.from_records(rows), as_of, interpretation=reading)
    assert s.locked_until is None
    assert bool(_abuse_notes(s)) == (as_of < add_months(found, 3))
    if reading == "official":
        without = gf_standing(
            History.from_records([DECLARED, *_passing(filed)]), as_of, interpretation=reading
        )
        in_window = as_of < first_day_out(found, 3)
        assert s.member == (without.member and not in_window)
    else:
        assert not s.member and not s.qualifies


@pytest.mark.parametrize("reading", READINGS)
def test_an_abuse_finding_of_a_non_member_excludes_it_for_six_months_in_2015(
    reading: str,
) -> None:
    """R69 (2015, S54): complainants who fail the good-faith requirements are excluded for six
    months, member or not: a non-member's abuse finding still locks it out, under every
    reading (the 2015 criteria are one record), and no abuse note says otherwise."""
    found = D(2016, 1, 10)
    rows = [DECLARED, *_passing(D(2015, 12, 20)), AccountEvent(date=found, kind=EventKind.ABUSE)]
    s = gf_standing(History.from_records(rows), D(2016, 2, 1), interpretation=reading)
    assert (s.member, s.locked_until) == (False, add_months(found, 6))
    assert not _abuse_notes(s)


@pytest.mark.parametrize("reading", READINGS)
def test_an_abuse_finding_of_a_member_still_removes_and_locks_it_out(reading: str) -> None:
    """R71, R72: a member with an abuse finding is removed and locked out, as before."""
    found = D(2023, 3, 20)
    rows = [DECLARED, *_passing(D(2023, 3, 1)), AccountEvent(date=found, kind=EventKind.ABUSE)]
    before = gf_standing(History.from_records(rows), D(2023, 3, 10), interpretation=reading)
    s = gf_standing(History.from_records(rows), D(2023, 4, 1), interpretation=reading)
    assert before.member
    assert (s.member, s.locked_until) == (False, add_months(found, 3))
    assert not _abuse_notes(s)


# ------------------------------------------------ 3. rules platform xianyu (B1; R33, D11)


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, Any]:
    assert main([*argv, "--format", "json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("reading", ["brief", "brief-at-least-100"])
@pytest.mark.parametrize("how", [["xianyu"], ["--platform", "xianyu"]])
def test_rules_platform_xianyu_answers_as_taobao_under_the_brief(
    reading: str, how: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``advise`` for Xianyu answers with Taobao's advice and a note (B1: Xianyu is filed by
    selecting Taobao); ``rules platform xianyu`` refused the name. It now answers with
    Taobao's rules, a note saying why, and names ``official`` as the reading that differs."""
    base = ["--as-of", DAY, "--interpretation", reading]
    got = _json(capsys, ["rules", "platform", *how, *base])
    taobao = _json(capsys, ["rules", "platform", "taobao", *base])
    assert got["data"] == taobao["data"]
    assert got["data"]["platform"]["id"] == "taobao"
    [note] = [n for n in got["notes"] if n.startswith("xianyu is not an IPP platform")]
    assert "filed as taobao (B1)" in note
    assert got["other_readings"]["marketplace xianyu"] == ["official"]
    assert main(["rules", "platform", *how, *base]) == 0
    text = capsys.readouterr().out
    assert "note: xianyu is not an IPP platform" in text
    assert "Taobao (taobao)" in text


@pytest.mark.parametrize("how", [["xianyu"], ["--platform", "xianyu"]])
def test_rules_platform_xianyu_is_refused_under_official_saying_why(
    how: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """R33, D11: no official source names Xianyu as a complaint target: exit 2, one line
    naming the gap and the readings that file it as Taobao (as ``advise`` refuses it)."""
    code = main(["rules", "platform", *how, "--as-of", DAY, "--interpretation", "official"])
    err = capsys.readouterr().err
    assert code == 2
    assert "xianyu" in err and "not documented" in err
    assert "brief" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "view", ["registrations", "documents", "deadlines", "penalties", "reasons"]
)
def test_every_rules_view_filtered_by_xianyu_answers_as_taobao(
    view: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["rules", view, "--as-of", DAY]
    got = _json(capsys, [*base, "--platform", "xianyu"])
    taobao = _json(capsys, [*base, "--platform", "taobao"])
    assert got["data"] == taobao["data"]
    assert any("filed as taobao (B1)" in n for n in got["notes"])
    assert main([*base, "--platform", "xianyu", "--interpretation", "official"]) == 2
    assert "not documented" in capsys.readouterr().err
