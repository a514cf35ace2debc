"""Rule answers the closing notes listed as left (rulesleft): R61's two counts for the later
counter-notices in the lifecycle replay, coverage's way out for a registered copyright on
Lazada (B8, R28-R29), the stand-alone form on Lazada (B2, R15), advice on Xianyu (B1, R33)
and the per-platform confidence in ``ipprules rules platform``."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
import ipprules.checks
import ipprules.errors
from _copyright_plans import ACCOUNT, CERTIFICATE, STATEMENT, copyright_right
from ipprules.calendars import add_business_days
from ipprules.checks import plan_from_data
from ipprules.lifecycle import EventRecord, FlagKind, State, lifecycle_report

# ------------------------------ 1. R61: a later counter-notice between the 27- and 30-day dates

CHANGE = dt.date(2022, 1, 20)  # R61: 30 business days before, 27 from it


def _replay(takedown: dt.date, *rest: tuple[str, dt.date, str | None]) -> Any:
    return lifecycle_report(
        [
            EventRecord("ipr_verified", on=takedown - dt.timedelta(days=1)),
            EventRecord("takedown", on=takedown),
            *(EventRecord(name, on=on, reason=reason) for name, on, reason in rest),
        ]
    )


def _counts(takedown: dt.date) -> tuple[dt.date, dt.date]:
    """The last day of rounds 2-3 as counted (30 business days, the rule on receipt) and
    under the 27 from 20 Jan 2022 (a count ending before that day ends with it)."""
    due = add_business_days(takedown, 30)
    return due, max(add_business_days(takedown, 27), CHANGE - dt.timedelta(days=1))


@settings(max_examples=40, deadline=None)
@given(
    takedown=st.dates(dt.date(2021, 11, 22), dt.date(2022, 1, 19)),
    day=st.integers(5, 33),
    rounds=st.sampled_from([2, 3]),
)
@example(takedown=dt.date(2022, 1, 10), day=29, rounds=2)  # 2022-02-18: 27th day 02-16
@example(takedown=dt.date(2022, 1, 10), day=29, rounds=3)
@example(takedown=dt.date(2021, 12, 9), day=30, rounds=2)  # the 27 end before the change
@example(takedown=dt.date(2022, 1, 19), day=30, rounds=2)
@example(takedown=dt.date(2022, 1, 19), day=31, rounds=2)  # late under both counts
def test_a_later_counter_notice_between_the_two_counts_is_disputed(
    takedown: dt.date, day: int, rounds: int
) -> None:
    """R61: "2nd and 3rd counter-notices: within 27 business days (effective 20 Jan 2022;
    previously 30 business days)", counted from receipt of the complaint. For a complaint
    received before the change, the replay counts the 30 days then in force; the text does
    not say which count governs a window open on 20 Jan 2022, so a second or third
    counter-notice after the 27-day date but by the 30-day date is flagged ``disputed``,
    naming the other count's date, and kept as recorded (as Lazada's first counter-notice
    within D4's 3-5 working days is)."""
    due, other = _counts(takedown)
    first = add_business_days(takedown, 1)
    rest: list[tuple[str, dt.date, str | None]] = [
        ("counter_notice_filed", first, None),
        ("filer_rejects_counter_notice", first, "not genuine"),
    ]
    if rounds == 3:
        second = add_business_days(takedown, 2)
        rest += [
            ("counter_notice_filed", second, None),
            ("filer_rejects_counter_notice", second, "not genuine"),
        ]
    filed = add_business_days(takedown, day)
    report = _replay(takedown, *rest, ("counter_notice_filed", filed, None))
    kinds = [f.kind for f in report.flags]
    if filed > due:
        assert kinds == [FlagKind.LATE]
        assert report.state is State.CLOSED
        return
    reached = State.COUNTER_NOTIFIED_2 if rounds == 2 else State.COUNTER_NOTIFIED_3
    assert report.state is reached  # kept as recorded
    if filed <= other:
        assert kinds == []
        return
    (flag,) = report.flags
    assert flag.kind is FlagKind.DISPUTED and flag.applied is None
    assert flag.deadline.due == due and flag.path == f"$[{len(rest) + 2}]"
    assert f"ended on {other}" in flag.message and "27 business days" in flag.message
    assert str(due) in flag.message and "R61" in flag.message


def test_a_late_first_counter_notice_taken_as_the_second_names_the_other_count() -> None:
    """R61: a first counter-notice out of its 3 business days uses that chance up and, in
    time for rounds 2-3, is the second; filed on 18 Feb 2022 for a complaint received on
    10 Jan, it is within the 30 days (to 21 Feb) but after the 27 (16 Feb): the flag says so,
    and the replay still takes it as the second counter-notice."""
    report = _replay(dt.date(2022, 1, 10), ("counter_notice_filed", dt.date(2022, 2, 18), None))
    (flag,) = report.flags
    assert flag.kind is FlagKind.LATE and report.state is State.COUNTER_NOTIFIED_2
    assert "to 2022-02-21" in flag.message and "ended on 2022-02-16" in flag.message
    assert "next round's counter-notice" in flag.message


def test_a_window_recorded_as_passed_between_the_two_counts_names_the_other() -> None:
    """The window recorded as passed on 18 Feb 2022 is early under the 30 days (to 21 Feb),
    but had passed under the 27 (16 Feb): the ``early`` flag names that count."""
    report = _replay(
        dt.date(2022, 1, 10),
        ("counter_notice_filed", dt.date(2022, 1, 11), None),
        ("filer_rejects_counter_notice", dt.date(2022, 1, 12), "not genuine"),
        ("counter_notice_window_expired", dt.date(2022, 2, 18), None),
    )
    (flag,) = report.flags
    assert flag.kind is FlagKind.EARLY and "ended on 2022-02-16" in flag.message


# ------------------- 2. coverage on Lazada: the registered copyright claimed as the unregistered work

LAZADA = ["lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]


def _portfolio(right: dict[str, Any]) -> Any:
    return plan_from_data({"account": copy.deepcopy(ACCOUNT), "rights": [right], "complaints": []})


def _listing_cell(right: dict[str, Any], platform: str, reading: str) -> Any:
    result = ipprules.coverage(
        _portfolio(right), as_of="2024-06-03", interpretation=reading, platforms=[platform]
    )
    (cell,) = [c for c in result.cells if c.target.value == "listing"]
    return cell


def _apply(right: dict[str, Any], opening: Any) -> dict[str, Any]:
    """The right after the move the opening names (the statement added, or the right
    entered as unregistered with it)."""
    moved = copy.deepcopy(right)
    if opening.kind == "fact" and opening.detail == "status":
        moved["status"] = "unregistered"
        moved.pop("number", None)
        moved["documents"] = [*moved["documents"], STATEMENT]
    else:
        assert opening.kind == "document" and opening.detail == "copyright_claim_statement"
        moved["documents"] = [*moved["documents"], STATEMENT]
    return moved


@settings(max_examples=20, deadline=None)
@given(
    platform=st.sampled_from(LAZADA),
    place=st.sampled_from(["US", "DE", "CN", "SG", "TH"]),
    reading=st.sampled_from(["brief", "official"]),
)
@example(platform="lazada_sg", place="US", reading="official")
@example(platform="lazada_sg", place="SG", reading="official")
@example(platform="lazada_th", place="US", reading="brief")
def test_coverage_offers_the_unregistered_work_where_lazada_takes_it(
    platform: str, place: str, reading: str
) -> None:
    """B8 and R28: Lazada takes unregistered copyright with the Copyright Claim Statement
    (under the brief as an international platform, under ``official`` on any platform). A
    registered copyright whose place Lazada refuses (B14, the brief) or does not document
    (R40, ``official``) is then not covered, and coverage offers the way out the refusal's
    hint names: under ``official`` add the statement (the right is then claimed as the work,
    R29), under the brief enter the work as unregistered with it. The move it offers does
    cover the cell."""
    right = copyright_right(place, "registered", [CERTIFICATE])
    cell = _listing_cell(right, platform, reading)
    if cell.status.value == "covered":  # the site's own country, under the brief
        assert reading == "brief" and platform.endswith(place.lower())
        return
    ways = [
        o
        for o in cell.opens
        if o.detail in ("status", "copyright_claim_statement") and o.subject == "r"
    ]
    assert len(ways) == 1, cell.opens
    (way,) = ways
    assert way.kind == ("document" if reading == "official" else "fact")
    assert "R28" in way.text
    assert _listing_cell(_apply(right, way), platform, reading).status.value == "covered"


def test_coverage_offers_no_statement_where_the_work_is_not_taken() -> None:
    """B8: under the brief Taobao refuses unregistered copyright (in China it must be
    registered): the refused US copyright gets no statement opening there."""
    right = copyright_right("US", "registered", [CERTIFICATE])
    cell = _listing_cell(right, "taobao", "brief")
    assert cell.status.value == "not_covered"
    assert not [o for o in cell.opens if o.detail in ("status", "copyright_claim_statement")]


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_coverage_with_the_statement_held_offers_no_document(reading: str) -> None:
    """Under ``official`` a registered copyright holding the statement is covered on Lazada;
    under the brief it is still refused, and only the re-entry (no document) is offered."""
    right = copyright_right("US", "registered", [CERTIFICATE, STATEMENT])
    cell = _listing_cell(right, "lazada_sg", reading)
    if reading == "official":
        assert cell.status.value == "covered"
        return
    assert [o.text for o in cell.opens if o.detail == "status"] == [
        "enter copyright 'r' as unregistered: lazada_sg takes unregistered copyright (B8, R28)"
    ]


# ------------------------------------------- 4. advise on Xianyu: Taobao's advice (B1, R33)


@settings(max_examples=15, deadline=None)
@given(
    ipr_type=st.sampled_from(["trademark", "copyright", "patent", "other"]),
    facts=st.lists(st.sampled_from(ipprules.checks.known_facts()), max_size=3, unique=True),
    reading=st.sampled_from(["brief", "brief-at-least-100"]),
)
@example(ipr_type="trademark", facts=["counterfeit_product"], reading="brief")
def test_advice_on_xianyu_is_taobaos_with_a_note(
    ipr_type: str, facts: list[str], reading: str
) -> None:
    """B1 (the default): "Xianyu (Taobao's second-hand market) is filed by selecting Taobao":
    advice asked for Xianyu is Taobao's, with a note saying so; R33 and D11 (no retrievable
    source names Xianyu) make it a gap under ``official``, which the advice names."""
    asked = ipprules.advise(ipr_type, "xianyu", facts=facts, as_of="2024-06-03",
                            interpretation=reading)  # fmt: skip
    taobao = ipprules.advise(ipr_type, "taobao", facts=facts, as_of="2024-06-03",
                             interpretation=reading)  # fmt: skip
    assert asked.platform == "taobao"
    assert [s.code for s in asked.admissible] == [s.code for s in taobao.admissible]
    assert [n.code for n in asked.not_admissible] == [n.code for n in taobao.not_admissible]
    (note,) = [n for n in asked.notes if n.startswith("xianyu ")]
    assert "filed as taobao (B1)" in note
    assert asked.notes == (note, *taobao.notes)
    assert "official" in asked.other_readings


def test_advice_on_xianyu_under_official_is_a_clear_error() -> None:
    """R33: no retrievable source confirms Xianyu as an IPP complaint target (D11): under
    ``official`` there is no platform to advise on; the error says the gap and the readings
    that file it as Taobao."""
    with pytest.raises(ipprules.errors.UnknownNameError) as caught:
        ipprules.advise("trademark", "xianyu", as_of="2024-06-03", interpretation="official")
    assert "is not documented" in str(caught.value) and "brief" in str(caught.value)


@pytest.mark.parametrize(("reading", "code"), [("brief", 0), ("official", 2)])
def test_cli_advise_on_xianyu_agrees_with_python(
    reading: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules advise --platform xianyu`` gives the Python answer: Taobao's codes and the
    note under the brief (exit 0), the gap as unusable input under ``official`` (exit 2)."""
    import json

    from ipprules.cli import main

    argv = ["advise", "--ipr-type", "trademark", "--platform", "xianyu", "--as-of",
            "2024-06-03", "--fact", "counterfeit_product", "--interpretation", reading,
            "--format", "json"]  # fmt: skip
    assert main(argv) == code
    captured = capsys.readouterr()
    if code == 2:
        assert "xianyu" in captured.err and "Traceback" not in captured.err
        return
    out = json.loads(captured.out)
    python = ipprules.advise("trademark", "xianyu", facts=["counterfeit_product"],
                             as_of="2024-06-03", interpretation=reading)  # fmt: skip
    assert out == json.loads(json.dumps(python.as_dict()))


# --------------------------------------- 3. the stand-alone form on Lazada (B2, R15): unsourced

SITE_URLS = {
    "lazada_sg": "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
    "taobao": "https://item.taobao.com/item.htm?id=600000000001",
}


def _form_plan(platform: str) -> Any:
    """An unregistered account's trademark complaint through the stand-alone form."""
    account = {**copy.deepcopy(ACCOUNT), "registered": False}
    right = {"id": "r", "ipr_type": "trademark", "name": "LUMEN", "number": "T1234567",
             "classes": [9], "place": "SG" if platform == "lazada_sg" else "CN",
             "registrant": ACCOUNT["name"], "expiry_date": "2030-01-01",
             "documents": [{"kind": "trademark_certificate", "colour": True, "language": "en"}]}  # fmt: skip
    complaint = {"id": "c", "platform": platform, "right": "r", "reason": "tm_counterfeit",
                 "channel": "standalone_form", "listings": [SITE_URLS[platform]],
                 "filing_date": "2024-06-03", "supplement": "Counterfeit LUMEN lamps."}  # fmt: skip
    return plan_from_data({"as_of": "2024-06-03", "account": account, "rights": [right],
                           "complaints": [complaint]})  # fmt: skip


@pytest.mark.parametrize("platform", ["lazada_sg", "taobao"])
@pytest.mark.parametrize(
    ("reading", "code", "severity"),
    [
        ("brief", "channel-platform-inferred", "info"),
        ("brief-at-least-100", "channel-platform-inferred", "info"),
        ("official", "channel-platform-unknown", "unknown"),
    ],
)
def test_the_stand_alone_form_on_lazada_is_marked(
    platform: str, reading: str, code: str, severity: str
) -> None:
    """B2 and R15 name no platform, and their sources describe Alibaba's form (S8, S19,
    S20); Lazada's pages send every notice through an IPP account (S16, S17). No source says
    Lazada takes the form: under the brief it is inferred (said, info), under ``official`` a
    documented gap (unknown). Off Lazada nothing changes."""
    report = ipprules.check(_form_plan(platform), as_of="2024-06-03", interpretation=reading)
    found = [f for f in report.findings if f.code.startswith("channel-platform-")]
    if platform == "taobao":
        assert found == []
        return
    (finding,) = found
    assert (finding.code, finding.severity.value) == (code, severity)
    assert finding.path == "$.complaints[0].channel" and "R15" in finding.rule_ids


def test_a_channel_platform_must_be_a_platform(tmp_path: Any) -> None:
    """Rule data is validated when loaded: a channel's inferred or unknown platform must be
    a platform id."""
    import json

    from ipprules import load_rulebook
    from ipprules.errors import RuleDataError

    form = next(
        c
        for c in ipprules.default_rulebook().to_data()["channels"]
        if c["id"] == "standalone_form" and c.get("interpretation") is None
    )
    form = {**form, "inferred_platforms": ["lazada"], "unknown_platforms": ["xianyu"]}
    path = tmp_path / "o.json"
    path.write_text(json.dumps({"channels": [form]}, default=str), encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    found = {(p.path, p.message) for p in caught.value.problems}
    sites = "lazada_id, lazada_my, lazada_ph, lazada_sg, lazada_th, lazada_vn"
    assert (
        "$.channels[0].inferred_platforms[0]",
        f"unknown platform 'lazada' (one of {sites})",
    ) in found
    assert ("$.channels[0].unknown_platforms[0]", "unknown platform 'xianyu'") in found


# --------------------------------------------- 5. rules platform: each record's confidence there


@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize("platform", ["tmall", "taobao", "lazada_sg", "aliexpress"])
def test_rules_platform_shows_the_confidence_on_that_platform(
    platform: str, reading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules rules platform`` gives each reason code's confidence on the platform as
    ``rules reasons --platform`` does (``inferred`` where the code is offered there by
    inference: R54's design-patent codes on Tmall), and each channel's (the stand-alone form
    on Lazada: inferred under the brief, unknown under ``official``)."""
    import json

    from ipprules.cli import main

    base = ["--as-of", "2024-06-03", "--interpretation", reading, "--format", "json"]
    assert main(["rules", "platform", platform, *base]) == 0
    data = json.loads(capsys.readouterr().out)["data"]
    rules = ipprules.default_rulebook().as_of("2024-06-03", reading)
    for code, shown in data["reason_codes"].items():
        record = rules.reason_codes[code]
        inferred = platform in record.inferred_platforms
        assert shown["confidence"] == ("inferred" if inferred else record.confidence.value)
    assert main(["rules", "reasons", "--platform", platform, *base[:4]]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    listed = {row[0]: row[-1] for row in rows if row and row[0] in data["reason_codes"]}
    assert listed and all(data["reason_codes"][c]["confidence"] == v for c, v in listed.items())
    form = data["channel_confidence"]["standalone_form"]
    lazada = platform.startswith("lazada_")
    expected = {"brief": "inferred", "official": "unknown"}[reading] if lazada else None
    assert form == (expected or rules.channel("standalone_form").confidence.value)
    assert main(["rules", "platform", platform, *base[:4]]) == 0
    text = capsys.readouterr().out
    assert f"standalone_form=10 ({form})" in text
    if platform == "tmall":
        assert "pat_design_judgment=patent (inferred)" in text


@pytest.mark.parametrize(("reading", "answer"), [("brief", "inferred"), ("official", "unknown")])
def test_rules_platforms_names_where_a_channel_is_not_sourced(
    reading: str, answer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The channels table of ``ipprules rules platforms`` names the platforms the stand-alone
    form is not sourced on (Lazada, B2 and R15) and the answer there; the portal has none."""
    from ipprules.cli import main

    argv = ["rules", "platforms", "--as-of", "2024-06-03", "--interpretation", reading]
    assert main(argv) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line}
    sites = ", ".join(LAZADA)
    assert rows["standalone_form"].endswith(f"{sites} ({answer})")
    assert rows["portal"].rstrip().endswith("-")
