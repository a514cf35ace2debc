"""Rule answers given for every platform while the sources name only some (rules26): the class
of ``cr_piracy`` (R51, R52; R86-R88), R61's counter-notice windows (S25 names no platform; D4
on Lazada), the stand-alone form on Lazada in the planner (B2, R15) and the counter-notice
check's later rounds (R61)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.calendars import add_business_days
from ipprules.cli import main

BOOK = ipprules.default_rulebook()
DAY = "2024-06-03"
LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")
PLATFORMS = ("taobao", "tmall", "tmall_global", "1688", "alibaba_com", "aliexpress", *LAZADA)

# ------------------------------------------------- 1. the class of cr_piracy, per platform

#: R51 (AliExpress, official) and R52 (1688, third-party) class piracy as serious; the Taobao
#: family has no source classing violations (inferred); Alibaba.com's and Lazada's sources
#: class violations and name only counterfeits as serious (R86-R88): a documented gap.
PIRACY_CLASS = {
    "aliexpress": "official",
    "1688": "third-party",
    **dict.fromkeys(("taobao", "tmall", "tmall_global"), "inferred"),
    **dict.fromkeys(("alibaba_com", *LAZADA), "unknown"),
}


@settings(max_examples=12, deadline=None)
@given(platform=st.sampled_from(PLATFORMS), reading=st.sampled_from(["brief", "official"]))
@example(platform="alibaba_com", reading="brief")
@example(platform="aliexpress", reading="brief")
@example(platform="taobao", reading="official")
@example(platform="lazada_vn", reading="official")
def test_advice_says_how_sure_the_class_of_piracy_is(platform: str, reading: str) -> None:
    """``advise`` gave cr_piracy as "serious infringement" on every platform; the class is
    sourced only on AliExpress and 1688. The suggestion carries the class's confidence there
    and its ``why`` says so where it is inferred or not documented."""
    advice = ipprules.advise(
        "copyright", platform, facts=["pirated_copies"], as_of=DAY, interpretation=reading
    )
    (piracy,) = [s for s in advice.admissible if s.code == "cr_piracy"]
    expected = PIRACY_CLASS[platform]
    assert piracy.severity.value == "serious"
    assert piracy.severity_confidence == expected
    assert piracy.as_dict()["severity_confidence"] == expected
    assert ("not documented on " + platform in piracy.why) == (expected == "unknown")
    assert (f"inferred on {platform}" in piracy.why) == (expected == "inferred")
    # a code whose class is not marked says nothing more than its class
    (copied,) = [s for s in advice.admissible if s.code == "cr_copied_content"]
    assert copied.why.endswith("general infringement")


@pytest.mark.parametrize("platform", ["alibaba_com", "taobao", "aliexpress", "lazada_sg"])
def test_rules_reasons_and_platform_show_the_class_confidence(
    platform: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``rules reasons --platform`` marks the class (``serious (unknown)`` on Alibaba.com, as
    the penalties view says piracy's class is not documented there), and ``rules platform``'s
    data carries ``severity_confidence`` per code."""
    base = ["--as-of", DAY, "--ipr-type", "copyright", "--platform", platform]
    assert main(["rules", "reasons", *base]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("cr_p"))
    expected = PIRACY_CLASS[platform]
    marked = expected in ("inferred", "unknown")
    assert (f"serious ({expected})" in row) == marked
    assert main(["rules", "platform", platform, "--as-of", DAY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["data"]
    assert data["reason_codes"]["cr_piracy"]["severity_confidence"] == expected
    assert main(["rules", "platform", platform, "--as-of", DAY]) == 0
    text = capsys.readouterr().out
    assert (f"cr_piracy=copyright (inferred; class serious: {expected})" in text) == marked


def test_rules_reasons_without_a_platform_counts_where_the_class_is_not_sourced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "reasons", "--as-of", DAY, "--ipr-type", "copyright"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("cr_p"))
    assert "serious (inferred on 3, unknown on 7 platforms)" in row


def test_a_class_platform_must_be_one_of_the_codes(tmp_path: Any) -> None:
    """Rule data is validated when loaded: a platform the class is inferred or unknown on
    must be one the code is offered on."""
    from ipprules import load_rulebook
    from ipprules.errors import RuleDataError

    code = next(c for c in BOOK.to_data()["reason_codes"] if c["id"] == "tm_misleading")
    code = {**code, "severity_unknown_platforms": ["taobao"]}
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"reason_codes": [code]}, default=str), encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    found = {(p.path, p.message) for p in caught.value.problems}
    assert (
        "$.reason_codes[0].severity_unknown_platforms",
        "taobao not among the code's platforms",
    ) in found


# ------------------------------------ 2. R61's windows: no platform named; D4 on Lazada

R61_WINDOWS = ("counter_notice_round_1", "counter_notice_round_2_3")


@settings(max_examples=15, deadline=None)
@given(
    deadline=st.sampled_from(R61_WINDOWS),
    platform=st.sampled_from((None, *PLATFORMS)),
    start=st.dates(dt.date(2019, 6, 3), dt.date(2026, 6, 30)),
)
@example(deadline="counter_notice_round_1", platform="lazada_sg", start=dt.date(2024, 6, 3))
@example(deadline="counter_notice_round_1", platform=None, start=dt.date(2024, 6, 3))
@example(deadline="counter_notice_round_2_3", platform="alibaba_com", start=dt.date(2021, 12, 20))
def test_r61_windows_say_no_platform_is_named(
    deadline: str, platform: str | None, start: dt.date
) -> None:
    """R61 reproduces a notice that names no platform (S25, "most likely Alibaba.com"):
    ``deadline_for`` says the window is inferred, on the platform asked about or on every
    platform, and its confidence there is ``inferred``; on Lazada, whose 3-5 working days
    (D4) differ from the first window, it names that alternative with its dates."""
    result = ipprules.deadline_for(deadline, start, platform=platform)
    assert result.platform_confidence == "inferred"
    assert result.to_dict()["platform_confidence"] == "inferred"
    where = f"on {platform}" if platform else "on every platform"
    assert result.note is not None and f"names no platform: {where}" in result.note
    alternative = "the named alternative is counter_notice_lazada" in result.note
    assert alternative == (deadline == "counter_notice_round_1" and platform in LAZADA)
    if alternative:
        first = add_business_days(start, 3)  # the alternative's 3-5 working days
        assert f"due {first} to {add_business_days(start, 5)}" in result.note


@pytest.mark.parametrize("platform", LAZADA[:2])
def test_lazadas_window_names_r61_as_the_default(platform: str) -> None:
    """D4 on Lazada: its own 3-5 working days are the named alternative; the default
    reading is R61's first window, with its date. Its own confidence is the record's."""
    result = ipprules.deadline_for("counter_notice_lazada", DAY, platform=platform)
    assert result.platform_confidence == "third-party"
    assert result.note is not None
    assert "the default reading is counter_notice_round_1 (3 business days" in result.note
    assert f"due {add_business_days(dt.date(2024, 6, 3), 3)}" in result.note


def test_a_sourced_deadline_says_nothing_of_its_platform() -> None:
    result = ipprules.deadline_for("seller_response_alibaba_com", DAY, platform="alibaba_com")
    assert result.platform_confidence == "official" and result.note is None


def test_cli_deadline_and_rules_platform_say_r61_is_inferred(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["deadline", "counter_notice_round_1", "--on", DAY, "--platform", "lazada_sg"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "names no platform: on lazada_sg this window is inferred" in out
    assert "the named alternative is counter_notice_lazada" in out
    assert main(["rules", "platform", "lazada_sg", "--as-of", DAY, "--format", "json"]) == 0
    deadlines = json.loads(capsys.readouterr().out)["data"]["deadlines"]
    assert deadlines["counter_notice_round_1"]["confidence"] == "inferred"
    assert deadlines["counter_notice_lazada"]["confidence"] == "third-party"


# ------------------------------ 3. the planner: the stand-alone form on Lazada is not silent


def _unregistered_plan(registered: bool = False) -> Any:
    """An account without an IPP login (or with one, for the portal) and an unregistered
    copyright with its Copyright Claim Statement, which Lazada takes under every reading (B8,
    R28): only the channel differs."""
    from _copyright_plans import ACCOUNT, STATEMENT, copyright_right
    from ipprules.checks import plan_from_data

    account = {**ACCOUNT, "registered": registered}
    right = copyright_right("US", "unregistered", [STATEMENT])
    return plan_from_data({"as_of": DAY, "account": account, "rights": [right], "complaints": []})


@settings(max_examples=6, deadline=None)
@given(
    reading=st.sampled_from(["brief", "official"]),
    channel=st.sampled_from(["standalone_form", "portal"]),
    site=st.sampled_from(["sg", "vn"]),
)
@example(reading="official", channel="standalone_form", site="sg")
@example(reading="brief", channel="standalone_form", site="sg")
def test_the_planner_says_the_form_is_unknown_on_lazada(
    reading: str, channel: str, site: str
) -> None:
    """B2 and R15 name no platform; under ``official`` whether Lazada takes the stand-alone
    form is a documented gap (the check's unknown ``channel-platform-unknown``). The planner
    plans the lines (the brief accepts them, and an unknown is no error) and its outcome
    says the channel is unknown there; through the portal, or under the brief, no such note."""
    from ipprules.planner import Settings, plan_listings

    host = {"sg": "www.lazada.sg", "vn": "www.lazada.vn"}[site]
    urls = [f"https://{host}/products/lumen-lamp-i12345678{i}-s98765432{i}.html" for i in range(3)]
    result = plan_listings(
        urls,
        _unregistered_plan(registered=channel == "portal"),
        as_of=DAY,
        interpretation=reading,
        settings=Settings(reason="cr_copied_content", channel=channel),
    )
    assert result.counts()["planned"] == 3
    noted = [n for n in result.notes if "channel-platform-unknown" in n]
    gap = reading == "official" and channel == "standalone_form"
    assert bool(noted) == gap
    if gap:
        (note,) = noted
        assert f"lazada_{site} takes the stand-alone takedown form is not documented" in note
        assert note.startswith("1 planned complaint(s)") and note in result.as_dict()["notes"]


def test_cli_plan_prints_the_unknown_channel(tmp_path: Any, capsys: pytest.CaptureFixture[str]):
    from _copyright_plans import ACCOUNT, STATEMENT, copyright_right

    plan = {"account": {**ACCOUNT, "registered": False}, "complaints": [],
            "rights": [copyright_right("US", "unregistered", [STATEMENT])]}  # fmt: skip
    account = tmp_path / "plan.json"
    account.write_text(json.dumps(plan), encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text("https://www.lazada.sg/products/lamp-i123456789-s987654321.html\n")
    argv = ["plan", str(urls), "--account", str(account), "--reason", "cr_copied_content",
            "--channel", "standalone_form", "--interpretation", "official", "--as-of", DAY]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "1 line(s): 1 planned" in out
    assert "note: 1 planned complaint(s) rest on what the rules do not document" in out


# ----------------------------- 4. cn-timing: the later rounds' window (R61), as the replay


CHANGE = dt.date(2022, 1, 20)  # R61: 30 business days before, 27 from it


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None)
@given(
    complaint=st.dates(dt.date(2021, 11, 1), dt.date(2024, 12, 31)),
    day=st.integers(4, 40),
    platform=st.sampled_from(["alibaba_com", "aliexpress", "lazada_sg"]),
)
@example(complaint=dt.date(2022, 1, 10), day=29, platform="alibaba_com")  # between the counts
@example(complaint=dt.date(2022, 1, 10), day=31, platform="alibaba_com")  # after both
@example(complaint=dt.date(2024, 6, 3), day=28, platform="aliexpress")  # after the 27
@example(complaint=dt.date(2024, 6, 3), day=27, platform="aliexpress")  # its last day
@example(complaint=dt.date(2021, 12, 9), day=30, platform="alibaba_com")  # 27 end before
def test_cn_timing_checks_the_later_rounds(complaint: dt.date, day: int, platform: str) -> None:
    """R61: "2nd and 3rd counter-notices: within 27 business days (effective 20 Jan 2022;
    previously 30 business days)", counted from receipt of the complaint. ``cn-timing`` looked
    only at the first round; it now dates the later rounds' window from the complaint date:
    filed after it, out of time in every round; between the 27- and the 30-day dates of a
    complaint received before the change, the counts differ, as the lifecycle replay says."""
    from ipprules.counternotice import CounterNotice, assess_counter_notice

    filed = add_business_days(complaint, day)
    notice = CounterNotice(platform=platform, complaint_date=complaint, filed_on=filed)
    found = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    if not found:  # in time for the first window (Lazada's 3-5 working days reach day 5)
        assert day <= 5
        return
    (finding,) = found
    count = 30 if complaint < CHANGE else 27
    due = add_business_days(complaint, count)
    other = max(add_business_days(complaint, 27), CHANGE - dt.timedelta(days=1))
    assert f"by {due}" in finding.message
    every = "out of time in every round" in finding.message
    assert every == (filed > due)
    between = "the source does not say which count governs" in finding.message
    assert between == (count == 30 and due >= CHANGE and other < filed <= due)
    if between:
        assert f"by {other} under the 27 business days from {CHANGE}" in finding.message


def test_cn_timing_later_rounds_on_a_short_calendar_give_the_earliest_day() -> None:
    """A calendar that ends before the later rounds' window does: its earliest last day
    (the days beyond taken as business days), and no verdict on the round."""
    from ipprules.calendars import HolidayCalendar
    from ipprules.counternotice import CounterNotice, assess_counter_notice

    cut = HolidayCalendar(
        name="cut", holidays=[], valid_from=dt.date(2024, 1, 1), valid_until=dt.date(2024, 12, 31)
    )
    notice = CounterNotice(
        platform="aliexpress", complaint_date="2024-12-02", filed_on="2024-12-20"
    )
    (finding,) = [
        f for f in assess_counter_notice(notice, calendar=cut).findings if f.code == "cn-timing"
    ]
    # the calendar's weekdays to its end, then every day beyond it: the earliest last day
    end = dt.date(2024, 12, 31)
    covered = sum((dt.date(2024, 12, 2) + dt.timedelta(n)).weekday() < 5 for n in range(1, 30))
    earliest = end + dt.timedelta(days=27 - covered)
    assert f"by {earliest} or later (the calendar ends before it)" in finding.message
    assert "every round" not in finding.message
