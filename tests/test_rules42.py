"""rules42: one other-reading note per verdict whatever the readings' marks (check and
counter-notice); the name lookups' TypeError; ``standing(platforms=...)`` refusing a name
it does not know, as the CLI does."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ipprules.checks import check, plan_from_data
from ipprules.cli import main
from ipprules.rulebook import load_rulebook
from test_rules39 import _patent_plan

DATA = Path(__file__).resolve().parents[1] / "src/ipprules/rulebook/data"


def _record(section: str, id_: str, **fields: Any) -> dict[str, Any]:
    record = next(
        r for r in json.loads((DATA / f"{section}.json").read_text("utf-8")) if r["id"] == id_
    )
    return {**record, **fields}


#: A reading of its own ("weak", on the brief's) that gives the brief's verdicts from weaker
#: sources: the same finding, only its confidence mark differs.
WEAK = {"id": "weak", "title": "t", "description": "d", "base": "brief"}


def _outputs(
    argv: list[str], capsys: pytest.CaptureFixture[str], code: str, quoted: str
) -> tuple[list[tuple[str, list[str]]], str]:
    """The notes of ``code`` quoting ``quoted`` in ``--format json``, and the text output."""
    main([*argv, "--format", "json"])
    shown = json.loads(capsys.readouterr().out)["findings"]
    notes = [(f["message"], f["other_readings"]) for f in shown if f["code"] == code]
    main(argv)
    text = capsys.readouterr().out
    return [n for n in notes if quoted in n[0]], text


# ----------- (1) one note per verdict: readings giving a finding with other marks are one note


def test_check_notes_one_verdict_of_readings_with_other_marks_once_quoting_the_weakest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under official, the brief's B9 error on a patent with no report: the brief and
    brief-at-least-100 give it with no mark, "weak" with an inferred one. One note names the
    three and ends with the weakest mark (was: two notes, one per message)."""
    weak_b9 = _record("document_rules", "patent_evaluation_report", interpretation="weak")
    weak_b9["confidence"] = "inferred"
    rules = tmp_path / "weak.json"
    rules.write_text(
        json.dumps({"interpretations": [WEAK], "document_rules": [weak_b9]}), encoding="utf-8"
    )
    data = _patent_plan("taobao", "invention", "2024-03-02", ["patent_certificate"])
    report = check(plan_from_data(data), interpretation="official", rulebook=load_rulebook(rules))
    notes = [f for f in report.findings if "right-document-missing:" in f.message]
    assert [n.code for n in notes] == ["other-reading-finding"]
    [note] = notes
    assert note.other_readings == ("brief", "brief-at-least-100", "weak")
    assert note.message.startswith("under the brief, brief-at-least-100 and weak interpretations")
    assert (note.confidence_mark, note.confidence) == ("[confidence inferred: B9]", "inferred")
    # the weak reading's own finding says the same verdict with that mark
    weak = check(plan_from_data(data), interpretation="weak", rulebook=load_rulebook(rules))
    [own] = [f for f in weak.findings if f.code == "right-document-missing"]
    assert note.message.endswith(f"error right-document-missing: {own.message}")
    # every output of the report says it once: records, HTML, JSON, text
    records = [r for r in report.to_records() if "right-document-missing:" in r["message"]]
    assert [(r["message"], r["confidence"]) for r in records] == [(note.message, "inferred")]
    assert report._repr_html_().count("right-document-missing:") == 1
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(data), encoding="utf-8")
    argv = ["check", str(plan), "--interpretation", "official", "--rules", str(rules)]
    shown, text = _outputs(argv, capsys, "other-reading-finding", "right-document-missing:")
    assert shown == [(note.message, list(note.other_readings))]
    assert text.count("right-document-missing:") == 1


def test_counter_notice_notes_one_warning_of_readings_with_other_marks_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R61's first window of 10 days under official, 3 elsewhere: the brief's from a
    third-party source, "weak"'s inferred. Under official one ``cn-other-reading`` names the
    three readings with the weakest mark; under the brief, the warning reads otherwise under
    official only, not under "weak", whose verdict is the same (it named both, and official
    got two notes)."""
    from ipprules.counternotice import CounterNotice, assess_counter_notice

    round_1 = _record("deadlines", "counter_notice_round_1")
    records = [
        {**round_1, "inferred_platforms": []},  # the brief's: third-party (S25) on AliExpress
        {**round_1, "interpretation": "official", "amount": 10},
        {**round_1, "interpretation": "weak"},  # inferred on AliExpress
    ]
    rules = tmp_path / "o.json"
    rules.write_text(json.dumps({"interpretations": [WEAK], "deadlines": records}), "utf-8")
    book = load_rulebook(rules)
    notice = CounterNotice(
        platform="aliexpress", complaint_date=date(2024, 9, 27), filed_on=date(2024, 10, 7)
    )
    brief = assess_counter_notice(notice, book.as_of(notice.complaint_date, "brief"))
    [warning] = [f for f in brief.findings if f.code == "cn-timing"]
    assert warning.other_readings == ("official",)
    assert "(reads otherwise under: official) [confidence third-party: R61, D4]" in (
        warning.message
    )
    official = assess_counter_notice(notice, book.as_of(notice.complaint_date, "official"))
    [note] = [f for f in official.findings if f.code == "cn-other-reading"]
    assert note.other_readings == ("brief", "brief-at-least-100", "weak")
    assert note.message.startswith("under the brief, brief-at-least-100 and weak interpretations")
    assert (note.confidence_mark, note.confidence) == ("[confidence inferred: R61, D4]", "inferred")
    records_out = [r for r in official.to_records() if r["code"] == "cn-other-reading"]
    assert [(r["message"], r["confidence"]) for r in records_out] == [(note.message, "inferred")]
    assert official._repr_html_().count("cn-other-reading") == 1
    path = tmp_path / "cn.toml"
    path.write_text(
        'platform = "aliexpress"\ncomplaint_date = 2024-09-27\nfiled_on = 2024-10-07\n', "utf-8"
    )
    argv = ["counter-notice", str(path), "--interpretation", "official", "--rules", str(rules)]
    shown, text = _outputs(argv, capsys, "cn-other-reading", "cn-timing")
    # the command names its own option where Python names the argument (msgs8)
    python, command = "ipprules.lifecycle (calendar=", "ipprules lifecycle (--calendar"
    assert python in note.message
    assert shown == [(note.message.replace(python, command), list(note.other_readings))]
    assert text.count("cn-other-reading") == 1


# ----------- (4) every look-up of the book taking a name refuses another type with a TypeError

_HINTS = ["sites_note", "site_note", "platform_hint", "on_ipp", "filed_as", "site_of"]


@pytest.mark.parametrize(
    ("method", "args", "answer"),
    [
        *((m, (bad,), None) for m in _HINTS for bad in (3, None, b"taobao")),
        # the same helpers given a str still answer (a name they do not know: "" or None)
        *((m, ("zzzq",), "not a platform" if m == "platform_hint" else None) for m in _HINTS),
        ("subtype_filter", (3, "design"), None),
        ("subtype_filter", ("patent", 3), None),
        ("subtype_filter", ("trademark", "design"), None),  # a subtype of another type
        ("subtype_filter", ("patent", "design"), "design"),
    ],
)
def test_the_book_s_name_helpers_refuse_a_name_that_is_not_a_str(
    method: str, args: tuple[object, ...], answer: str | None
) -> None:
    """The hint helpers answered ``""`` or ``None`` for a number, ``None`` or bytes, where the
    other look-ups raise ``TypeError`` (docs/errors.md: a wrong Python type)."""
    from ipprules import default_rulebook

    rules = default_rulebook().as_of("2024-06-03")
    if not all(isinstance(a, str) for a in args):
        with pytest.raises(TypeError, match=r"must be a str, got (int|NoneType|bytes)"):
            getattr(rules, method)(*args)
        return
    found = getattr(rules, method)(*args)
    if answer is None:
        assert not found  # "" or None: a str that names nothing is no error here
    else:
        assert found == answer


# ----------- (5) standing(platforms=...) refuses a name the CLI's --platform refuses


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("name", "reading", "day", "refused"),
    [
        ("taobo", "brief", "2022-12-31", "did you mean 'taobao'?"),
        ("TAOBAO", "official", "2022-12-31", "did you mean 'taobao'?"),
        ("tmall.hk", "brief", "2022-12-31", "did you mean 'tmall_global'?"),
        ("lazada_sg", "brief", "2019-03-01", "lazada_sg is an IPP platform from 2019-06-01"),
        ("xianyu", "official", "2022-12-31", "xianyu is not an IPP platform"),  # R33, D11
        # names that stay valid: a platform (counted or not by the criteria), Xianyu (B1)
        ("taobao", "brief", "2022-12-31", None),
        ("alibaba_com", "official", "2022-12-31", None),
        ("xianyu", "brief", "2022-12-31", None),
    ],
)
def test_good_faith_platforms_refused_in_python_as_on_the_command_line(
    name: str, reading: str, day: str, refused: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """``standing(platforms=["taobo"])`` counted nothing with only a note, where
    ``--platform taobo`` is refused (exit 2) with the nearest id: both refuse it now, with
    one message; ``timeline`` and ``what_if`` too."""
    import ipprules
    from ipprules.errors import UnknownNameError

    history = ipprules.History.from_file("examples/history.csv")
    asked = {"interpretation": reading, "platforms": [name]}
    argv = ["good-faith", "examples/history.csv", "--as-of", day, "--platform", name]
    code = main([*argv, "--interpretation", reading, "--format", "json"])
    out, err = capsys.readouterr()
    calls = [
        lambda: ipprules.standing(history, day, **asked),
        lambda: ipprules.timeline(history, day, day, **asked),
        lambda: ipprules.what_if(history, "examples/what-if.toml", day, **asked),
    ]
    if refused is None:
        assert code in (0, 1) and json.loads(out)["as_of"] == day
        assert ipprules.standing(history, day, **asked).as_of.isoformat() == day
        return
    assert code == 2
    for call in calls:
        with pytest.raises(UnknownNameError, match=refused) as info:
            call()
        assert f"error: {info.value}" in err


# ----------- sweep: R61's business days across China's holidays of other years, both readings

#: (deadline, complaint received, last day on China's calendar, on weekdays only, why): days
#: counted by hand from the State Council's notices (the received day itself not counted).
HOLIDAY_YEARS = [
    # 2020: Spring Festival Jan 24-30, extended to Feb 2 (Feb 1's make-up Saturday dropped)
    ("counter_notice_round_1", "2020-01-23", "2020-02-05", "2020-01-28"),
    # 2021: National Day Oct 1-7, Saturday Oct 9 worked
    ("counter_notice_round_1", "2021-09-30", "2021-10-11", "2021-10-05"),
    # 2022: Spring Festival Jan 31-Feb 6, Jan 29-30 (a weekend) worked
    ("counter_notice_round_1", "2022-01-28", "2022-02-07", "2022-02-02"),
    # R61's later rounds: 30 business days for a complaint received before 2022-01-20, 27 from
    ("counter_notice_round_2_3", "2022-01-19", "2022-03-07", "2022-03-02"),
    ("counter_notice_round_2_3", "2022-01-20", "2022-03-03", "2022-02-28"),
    # 2023: Spring Festival Jan 21-27, Jan 28-29 worked; National Day Sep 29-Oct 6, Oct 7-8
    ("counter_notice_round_1", "2023-01-20", "2023-01-30", "2023-01-25"),
    ("counter_notice_round_1", "2023-09-28", "2023-10-09", "2023-10-03"),
    ("seller_response_alibaba_com", "2023-09-28", "2023-10-09", "2023-10-03"),  # R60
    # 2026: Spring Festival Feb 15-23, Saturday Feb 14 worked
    ("counter_notice_round_1", "2026-02-13", "2026-02-25", "2026-02-18"),
]


@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize(("deadline", "received", "china", "weekdays"), HOLIDAY_YEARS)
def test_counter_notice_business_days_across_the_holidays_of_other_years(
    deadline: str, received: str, china: str, weekdays: str, reading: str
) -> None:
    import ipprules
    from ipprules.calendars.china import china_calendar

    rules = ipprules.default_rulebook().as_of(received, reading)
    calendar = china_calendar(2020, 2026)
    found = ipprules.deadline_for(deadline, received, rules, calendar=calendar)
    assert (str(found.due), str(found.latest)) == (china, china)
    assert str(ipprules.deadline_for(deadline, received, rules).due) == weekdays
    if deadline == "counter_notice_round_1":  # the assessment counts the same window
        from ipprules.counternotice import CounterNotice, assess_counter_notice

        last = date.fromisoformat(china)
        for filed, late in ((last, False), (last + timedelta(days=1), True)):
            notice = CounterNotice(
                platform="aliexpress", complaint_date=date.fromisoformat(received), filed_on=filed
            )
            found_cn = assess_counter_notice(notice, rules, calendar=calendar)
            codes = [f.code for f in found_cn.findings]
            assert ("cn-timing" in codes) is late, filed


# ----------- sweep: the reason codes each platform offers for a listing, from the rule text

_TM = ["tm_counterfeit", "tm_counterfeit_test_purchase", "tm_misuse"]  # B16, R51, R52, R55
_CR = ["cr_copied_content", "cr_misuse", "cr_piracy"]  # R51, R52, R55
_TAO = ("taobao", "tmall", "tmall_global")


def _offered(platform: str) -> dict[str, list[str]]:
    """What the rule text offers a Good Faith member for a listing on ``platform`` in 2024:
    the Good Faith code only on the Tao marketplaces (R50, D2), AliExpress's misleading
    information (R51 (c)), Taobao's two design-patent reasons (R54) against a design patent
    elsewhere (R52, R55); the store-front code (tm_store_misuse) never."""
    tao = platform in _TAO
    return {
        "trademark": sorted(
            [*_TM, *(["gf_counterfeit_simplified"] if tao else [])]
            + (["tm_misleading"] if platform == "aliexpress" else [])
        ),
        "copyright": _CR,
        "design": ["pat_design_judgment", "pat_design_suspected"] if tao else ["pat_design"],
        "invention": ["pat_invention"],
        "utility_model": ["pat_invention"],
        "other": ["other_judgment"],
    }


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_reason_codes_of_a_listing_per_platform_follow_the_rule_text(reading: str) -> None:
    from ipprules import default_rulebook

    rules = default_rulebook().as_of("2024-06-03", reading)
    assert len(rules.platforms) == 12
    for platform in rules.platforms:
        found = {}
        for kind in _offered(platform):
            ipr, subtype = (
                ("patent", kind)
                if kind in ("design", "invention", "utility_model")
                else (kind, None)
            )
            codes = rules.reason_codes_for(ipr, platform, "listing", member=True, subtype=subtype)
            found[kind] = sorted(c.id for c in codes)
        assert found == _offered(platform), platform
        # a non-member is not offered the Good Faith code (R50)
        plain = rules.reason_codes_for("trademark", platform, "listing", member=False)
        assert sorted(c.id for c in plain) == [
            c for c in _offered(platform)["trademark"] if c != "gf_counterfeit_simplified"
        ]


@pytest.mark.parametrize(
    ("platform", "code", "day", "only"),
    [
        ("taobao", "tm_misleading", "2015-01-20", "aliexpress"),  # R51 (c): AliExpress's
        ("aliexpress", "tm_misleading", "2015-01-20", None),  # a day early: no more to say
        ("1688", "gf_counterfeit_simplified", "2022-04-14", "taobao, tmall, tmall_global"),
        ("taobao", "gf_counterfeit_simplified", "2022-04-14", None),
    ],
)
def test_a_code_not_yet_in_force_says_it_is_never_offered_on_the_platform(
    platform: str, code: str, day: str, only: str | None
) -> None:
    """A code not in force on the day said only when it begins: on a platform that never
    offers it, waiting would not help, so the message says where it is offered."""
    from test_cross_engine import LISTING

    data = _patent_plan(platform, "invention", "2012-03-02", ["patent_certificate"])
    data["as_of"] = day
    data["rights"][0].update(ipr_type="trademark", subtype=None, documents=[])
    data["complaints"][0].update(reason=code, listings=[LISTING[platform]])
    [found] = [f for f in check(plan_from_data(data)).findings if f.code == "reason-unknown"]
    assert "is in force from" in found.message
    said = f", and only on {only}, never on {platform};" if only else None
    assert (said in found.message) if said else ("never on" not in found.message)


def test_a_ladders_own_rules_must_be_among_its_records(tmp_path: Path) -> None:
    """``ladder_rules`` narrows the ladder step's mark to rules its record cites (R86 of
    R53, R86, R87, D10): a rule id the record does not cite is refused where it is written."""
    from ipprules.errors import RuleDataError

    record = _record("penalties", "alibaba_com")
    assert record["ladder_rules"] == ["R86"]
    for ladder, refused in ((["R86"], False), (["R99"], True), (["R86", "D99"], True)):
        rules = tmp_path / "ladder.json"
        rules.write_text(json.dumps({"penalties": [{**record, "ladder_rules": ladder}]}), "utf-8")
        if not refused:
            assert load_rulebook(rules).as_of("2024-06-03").penalties["alibaba_com"].ladder_rules
            continue
        with pytest.raises(RuleDataError, match=r"\.penalties\[0\]\.ladder_rules: .*99 not among"):
            load_rulebook(rules)
