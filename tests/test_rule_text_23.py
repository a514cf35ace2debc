"""The rule text, case by case, at its edges (rules23): cases written from ipp-rules.md alone.

Each case quotes the few words of rule text it checks. They cover what rules18-22 did not:
a copyright registered outside China on the platforms that want Chinese rights (B8, B12,
R27-R29, R35), the Alibaba.com penalty ladder at each step (R86), business days across
China's adjusted working days for each deadline counted in them (R7, R60, R61, R66, D4-D6),
the other type's court judgment by place (B10, B12, B15), the Madrid extension on every
platform (R25, D8), and a right on its expiry date (B7).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from _copyright_plans import ACCOUNT as _ACCOUNT
from _copyright_plans import CERTIFICATE, NAME, STATEMENT
from _copyright_plans import copyright_right as _copyright
from ipprules.checks import plan_from_data
from ipprules.coverage import coverage

READINGS = ("brief", "official", "brief-at-least-100")
URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=712345678901",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=690091011924",
    "1688": "https://detail.1688.com/offer/612345678901.html",
    "alibaba_com": "https://www.alibaba.com/product-detail/Lamp_1600123456789.html",
    "aliexpress": "https://www.aliexpress.com/item/1005001234567890.html",
    "lazada_sg": "https://www.lazada.sg/products/lamp-i1234567890-s1234567890.html",
    "lazada_th": "https://www.lazada.co.th/products/lamp-i1234567890-s1234567890.html",
}
PLATFORMS = tuple(URLS)


def _plan(platform: str, right: dict[str, Any], reason: str = "cr_copied_content") -> Any:
    return plan_from_data(
        {
            "as_of": "2024-06-03",
            "account": copy.deepcopy(_ACCOUNT),
            "rights": [right],
            "complaints": [
                {
                    "id": "c",
                    "platform": platform,
                    "right": "r",
                    "reason": reason,
                    "listings": [URLS[platform]],
                    "filing_date": "2024-06-03",
                    "supplement": "Our product photographs are copied in the listing.",
                }
            ],
        }
    )


def _errors(platform: str, right: dict[str, Any], reading: str) -> set[str]:
    report = ipprules.check(_plan(platform, right), as_of="2024-06-03", interpretation=reading)
    return {f.code for f in report.findings if f.severity.value in ("error", "unknown")}


# ---------------------------------------- B8, R27-R29, R35: a copyright registered abroad


@pytest.mark.parametrize("platform", ["taobao", "tmall", "tmall_global", "1688"])
@pytest.mark.parametrize(
    ("documents", "brief", "official"),
    [
        pytest.param(
            [CERTIFICATE, STATEMENT],
            {"right-place-not-accepted"},
            set(),
            id="B8-in-China-registered-vs-R28-statement-held",
        ),
        pytest.param(
            [CERTIFICATE],
            {"right-place-not-accepted"},
            {"right-document-missing"},
            id="R28-statement-missing",
        ),
    ],
)
def test_a_copyright_registered_abroad_on_a_chinese_platform(
    platform: str, documents: list[dict[str, Any]], brief: set[str], official: set[str]
) -> None:
    """B8: "Copyright: in China it must be registered to be enforced" (the default: a US
    registration is no Chinese one, B12). R35 (official): Taobao, Tmall and 1688 need "China
    copyright proof (R27 or R28)"; R29: "A registration in China is therefore not needed for
    subsistence, but IPP still needs proof of ownership (R27 or R28)"; R27: answer "Yes" only
    with a certificate "from the National Copyright Administration of the PRC". A work
    registered in the US is unregistered in China: under the official reading it is claimed
    with the Copyright Claim Statement (R28) like any work unregistered there, never worse off
    for its US registration; the default refuses it and names the official reading."""
    right = _copyright("US", "registered", documents)
    assert _errors(platform, right, "brief") == brief
    assert _errors(platform, right, "official") == official
    report = ipprules.check(_plan(platform, right), as_of="2024-06-03")
    refused = [f for f in report.findings if f.code == "right-place-not-accepted"]
    assert refused and "official" in refused[0].other_readings
    if official:
        (missing,) = [
            f
            for f in ipprules.check(
                _plan(platform, right), as_of="2024-06-03", interpretation="official"
            ).findings
            if f.code == "right-document-missing"
        ]
        assert "copyright_claim_statement" in missing.message
        assert "US" in missing.message


def _unregistered_ok(platform: str, place: str, reading: str) -> bool:
    return not _errors(platform, _copyright(place, "unregistered", [STATEMENT]), reading)


@settings(max_examples=40, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    place=st.sampled_from(("US", "EU", "HK", "TW", "SG", "TH", "JP")),
    reading=st.sampled_from(READINGS),
)
@example(platform="taobao", place="US", reading="official")
@example(platform="1688", place="HK", reading="official")
@example(platform="lazada_sg", place="US", reading="official")
def test_a_registration_abroad_never_loses_what_an_unregistered_work_has(
    platform: str, place: str, reading: str
) -> None:
    """R29: IPP "needs proof of ownership (R27 or R28)", a registration in China or the
    Copyright Claim Statement. A work registered abroad that holds its certificate and the
    statement is accepted wherever the same work unregistered, with the statement, is; but
    for the brief on Lazada (B14: "a right registered in the respective country"), where the
    refusal names the reading that accepts it (review27)."""
    if not _unregistered_ok(platform, place, reading):
        return
    right = _copyright(place, "registered", [CERTIFICATE, STATEMENT])
    if platform.startswith("lazada_") and reading != "official" and place != platform[-2:].upper():
        report = ipprules.check(_plan(platform, right), as_of="2024-06-03", interpretation=reading)
        (refused,) = [f for f in report.findings if f.severity.value == "error"]
        assert refused.code == "right-place-not-accepted"
        assert "official" in refused.other_readings
        return
    assert _errors(platform, right, reading) == set(), (platform, place, reading)


def test_coverage_of_a_us_copyright_on_taobao_names_the_statement() -> None:
    """The coverage matrix decides by the same findings: a US-registered copyright on Taobao
    is not covered under the default (B8) and covered under official once the statement is
    held (R28, R29); each answer names the other reading."""
    right = _copyright("US", "registered", [CERTIFICATE, STATEMENT])
    portfolio = plan_from_data(
        {"as_of": "2024-06-03", "account": copy.deepcopy(_ACCOUNT), "rights": [right]}
    )
    brief = coverage(portfolio, as_of="2024-06-03", platforms=["taobao"]).cell("r", "taobao")
    assert brief.status.value == "not_covered"
    assert dict(brief.other_readings)["official"].value == "covered"
    official = coverage(
        portfolio, as_of="2024-06-03", platforms=["taobao"], interpretation="official"
    ).cell("r", "taobao")
    assert official.status.value == "covered"
    assert dict(official.other_readings)["brief"].value == "not_covered"


@pytest.mark.parametrize(("reading", "planned"), [("brief", 0), ("official", 1)])
def test_the_planner_files_a_us_copyright_on_taobao_as_check_accepts_it(
    reading: str, planned: int
) -> None:
    """The planner files what ``check`` accepts: under official a US-registered copyright
    holding the Copyright Claim Statement is planned on Taobao (R28, R29); under the default it
    is refused for its place (B8, B12), and the refusal names the official reading."""
    from ipprules.planner import Settings

    right = _copyright("US", "registered", [CERTIFICATE, STATEMENT])
    portfolio = plan_from_data(
        {"as_of": "2024-06-03", "account": copy.deepcopy(_ACCOUNT), "rights": [right]}
    )
    result = ipprules.plan_listings(
        [URLS["taobao"]],
        portfolio,
        as_of="2024-06-03",
        interpretation=reading,
        settings=Settings(reason="cr_copied_content"),
    )
    assert result.counts()["planned"] == planned
    if not planned:
        (outcome,) = result.outcomes
        assert outcome.code == "right-place-not-accepted"
        assert "official" in (outcome.message or "")


@pytest.mark.parametrize("reading", READINGS)
def test_a_us_copyright_on_lazada_is_read_as_the_unregistered_work_there(reading: str) -> None:
    """B14: Lazada takes "a right registered in the respective country"; B8: "unregistered
    copyright can be enforced on international platforms (e.g. AliExpress) with a statement of
    ownership", which the rule book reads as covering Lazada. Under the brief (the default) a
    work registered in the US is a registered right judged by its place (B14) and refused,
    naming official (review27); under official, where the registration's answer is a gap
    (R40), the work holding the statement is accepted as the same work unregistered is, and
    without it the gap stands."""
    held = _copyright("US", "registered", [CERTIFICATE, STATEMENT])
    bare = _copyright("US", "registered", [CERTIFICATE])
    if reading == "official":
        assert _errors("lazada_sg", held, reading) == set()
        assert _errors("lazada_sg", bare, reading) == {"right-place-unknown"}
    else:
        assert _errors("lazada_sg", held, reading) == {"right-place-not-accepted"}
        assert _errors("lazada_sg", bare, reading) == {"right-place-not-accepted"}


# ------------------------------------------------------------ R86: the Alibaba.com ladder

LADDER = [
    (5, None, "no"),
    (6, "severe warning", "no"),
    (11, "severe warning", "no"),
    (12, "restriction for 7 days", "no"),
    (23, "restriction for 7 days", "no"),
    (24, "restriction for 14 days", "no"),
    (35, "restriction for 14 days", "no"),
    (36, "restriction for 21 days and removal of all products", "no"),
    (47, "restriction for 21 days and removal of all products", "no"),
    (48, "membership termination", "yes"),
]


@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize(("points", "action", "closed"), LADDER, ids=[str(p[0]) for p in LADDER])
def test_r86_ladder_step_on_each_side_of_each_threshold(
    points: int, action: str | None, closed: str, reading: str
) -> None:
    """R86: "6 points = severe warning; 12 = restriction for 7 days; 24 = restriction for 14
    days; 36 = restriction for 21 days plus removal of all products; 48 = membership
    termination." General violations on successive days (the same-day cap of 6 never bites),
    valid for a year by assumption (Alibaba.com does not document it)."""
    from ipprules.penalties import Violation, penalty_standing

    start = dt.date(2024, 3, 4)
    violations = [
        Violation(on=start + dt.timedelta(days=i), kind="general", points=min(6, points - 6 * i))
        for i in range((points + 5) // 6)
    ]
    book = ipprules.default_rulebook().as_of("2024-03-20", interpretation=reading)
    s = penalty_standing(
        violations, "alibaba_com", start + dt.timedelta(days=10), book, validity_days=365
    )
    assert s.points.value == points
    assert (s.ladder_step.action if s.ladder_step else None) == action
    assert s.closed.value == closed


# ------------------------------------------- business days across China's adjusted days
# China 2024: National Day 1-7 Oct off, Sunday 29 Sep and Saturday 12 Oct worked; Spring
# Festival 10-17 Feb off, Sunday 4 Feb and Sunday 18 Feb worked. 2025: 28 Jan - 4 Feb off,
# Sunday 26 Jan and Saturday 8 Feb worked.
CHINA_DAYS = [
    # (deadline, start, due, latest, weekends-only due, text)
    (
        "seller_response_alibaba_com",
        "2024-09-27",
        "2024-10-08",
        "2024-10-08",
        "2024-10-02",
        "R60: the seller has 3 working days from the notice",
    ),
    (
        "seller_response_alibaba_com",
        "2025-01-24",
        "2025-02-05",
        "2025-02-05",
        "2025-01-29",
        "R60: 3 working days (a worked Sunday counts)",
    ),
    (
        "counter_notice_round_1",
        "2024-09-28",
        "2024-10-08",
        "2024-10-08",
        "2024-10-02",
        "R61: 1st counter-notice: within 3 business days (from a Saturday off)",
    ),
    (
        "counter_notice_round_1",
        "2024-02-04",
        "2024-02-07",
        "2024-02-07",
        "2024-02-07",
        "R61: within 3 business days (from a worked Sunday: the day itself is not counted)",
    ),
    (
        "counter_notice_round_2_3",
        "2025-01-24",
        "2025-03-10",
        "2025-03-10",
        "2025-03-04",
        "R61: 2nd and 3rd counter-notices: within 27 business days",
    ),
    (
        "counter_notice_lazada",
        "2025-01-24",
        "2025-02-05",
        "2025-02-07",
        "2025-01-29",
        "D4: Lazada, third party (S53): 3-5 working days",
    ),
    (
        "ipr_verification",
        "2024-09-30",
        "2024-10-10",
        "2024-10-12",
        "2024-10-03",
        "D6: within 3 working days vs 3 to 5 business days (the 5th a worked Saturday)",
    ),
    (
        "processing_alibaba_com_review",
        "2024-09-30",
        "2024-10-15",
        "2024-10-15",
        "2024-10-09",
        "R66: the IPR team reviews a complaint within 7 working days",
    ),
    (
        "processing_general",
        "2024-09-30",
        "2024-10-03",
        "2024-10-03",
        "2024-10-03",
        "B19: generally under three days (calendar days: holidays do not stop it)",
    ),
]


@pytest.mark.parametrize(
    ("deadline", "start", "due", "latest", "weekends", "text"),
    CHINA_DAYS,
    ids=[f"{c[0]}-{c[1]}" for c in CHINA_DAYS],
)
def test_deadlines_across_china_holidays_and_worked_weekends(
    deadline: str, start: str, due: str, latest: str, weekends: str, text: str
) -> None:
    """Product C6: "deadlines in business days with pluggable holiday calendars (China's
    adjusted working days included)". Each count in working or business days skips China's
    public holidays and counts its worked weekend days; a count in calendar days does not."""
    from ipprules.calendars.china import china_calendar

    china = ipprules.deadline_for(deadline, start, calendar=china_calendar(2024, 2025))
    assert (str(china.due), str(china.latest)) == (due, latest), text
    plain = ipprules.deadline_for(deadline, start)
    assert str(plain.due) == weekends, text


def test_cli_deadline_with_the_china_calendar_over_national_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R60 through the CLI: ``ipprules deadline notice_received --calendar china`` over the
    2024 National Day holiday."""
    from ipprules.cli import main

    code = main(
        [
            "deadline",
            "notice_received",
            "--on",
            "2024-09-27",
            "--platform",
            "alibaba_com",
            "--calendar",
            "china",
            "--format",
            "json",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    rows = {d["deadline_id"]: d for d in json.loads(out)["deadlines"]}
    assert rows["seller_response_alibaba_com"]["due"] == "2024-10-08"


# ------------------------------------------------ B10: the other type, by place and platform


def _trademark(**kw: Any) -> dict[str, Any]:
    right: dict[str, Any] = {
        "id": "r",
        "ipr_type": "trademark",
        "name": "LUMEN",
        "place": "CN",
        "number": "31234567",
        "registration_date": "2019-06-14",
        "expiry_date": "2029-06-13",
        "classes": [9],
        "registrant": NAME,
        "documents": [{"kind": "trademark_certificate", "colour": True, "language": "zh"}],
    }
    right.update(kw)
    return right


def _cell(right: dict[str, Any], platform: str, reading: str, as_of: str = "2024-06-03") -> Any:
    portfolio = plan_from_data(
        {"as_of": as_of, "account": copy.deepcopy(_ACCOUNT), "rights": [right]}
    )
    cov = coverage(portfolio, as_of=as_of, platforms=[platform], interpretation=reading)
    return cov.cell("r", platform)


def _other(place: str, judgment: bool) -> dict[str, Any]:
    docs = [{"kind": "court_judgment", "language": "zh"}] if judgment else []
    return {
        "id": "r",
        "ipr_type": "other",
        "name": "Unfair competition judgment",
        "place": place,
        "registrant": NAME,
        "advised": True,
        "documents": docs,
    }


OTHER_CASES = [
    # (place, judgment, platform, status under every reading but Lazada's official)
    ("CN", True, "taobao", "covered"),
    ("CN", True, "1688", "covered"),
    ("US", True, "taobao", "not_covered"),
    ("US", True, "alibaba_com", "covered"),
    ("US", True, "aliexpress", "covered"),
    ("CN", False, "taobao", "unknown"),
    ("US", False, "aliexpress", "unknown"),
]


@pytest.mark.parametrize(("place", "judgment", "platform", "status"), OTHER_CASES)
@pytest.mark.parametrize("reading", READINGS)
def test_b10_other_type_by_place_and_judgment(
    place: str, judgment: bool, platform: str, status: str, reading: str
) -> None:
    """B10: "Other: for court judgments (e.g. unfair competition) and rights that fit no
    other type" (without a judgment what it needs is not documented: unknown); B12: "Taobao,
    Tmall, 1688: rights registered in China (mainland) are required"; B15: Alibaba.com and
    AliExpress "accept IP rights registered outside China"."""
    assert _cell(_other(place, judgment), platform, reading).status.value == status


# ---------------------------------------------- R25, D8: Madrid, on every platform it names


@pytest.mark.parametrize("platform", ["taobao", "tmall", "tmall_global", "1688", "aliexpress"])
@pytest.mark.parametrize(("extension", "status"), [(False, "not_covered"), (True, "covered")])
def test_r25_madrid_designating_china_needs_the_extension_on_every_platform(
    platform: str, extension: bool, status: str
) -> None:
    """R25: "For a WIPO/Madrid international registration that designates China, IPP still
    requires a certificate of territorial extension to China" (IPP-wide: the certificate is
    asked wherever the China designation is relied on); D8: "the designation counts, but
    proof of extension must be uploaded"."""
    docs: list[Any] = [{"kind": "trademark_certificate", "colour": True, "language": "en"}]
    if extension:
        docs.append({"kind": "madrid_extension_certificate", "colour": True, "language": "en"})
    right = _trademark(madrid=True, number="1234567", documents=docs)
    for reading in READINGS:
        cell = _cell(right, platform, reading)
        assert cell.status.value == status, (platform, reading)
        if not extension:
            assert "right-document-missing" in {f.code for f in cell.findings}


# -------------------------------------------------------- B7: the expiration date itself


@pytest.mark.parametrize(
    ("expiry", "status", "code"),
    [
        ("2024-06-02", "not_covered", "right-expired"),
        ("2024-06-03", "covered", "right-expires-soon"),
        ("2024-09-01", "covered", "right-expires-soon"),
        ("2024-09-02", "covered", None),
    ],
)
@pytest.mark.parametrize("platform", ["taobao", "aliexpress"])
def test_b7_a_trademark_on_its_expiration_date(
    expiry: str, status: str, code: str | None, platform: str
) -> None:
    """B7: trademark fields include the "expiration date": a mark is in force on that date and
    lapsed the day after; a warning runs 90 days before it (the ``expiry_warning`` limit, the
    expiry day included: 2024-09-01 is 90 days after 2024-06-03)."""
    cell = _cell(_trademark(expiry_date=expiry), platform, "brief")
    assert cell.status.value == status
    codes = {f.code for f in cell.findings}
    assert (code in codes) if code else not ({"right-expired", "right-expires-soon"} & codes)


# ----------------------------------------- R32: the letter's scope and validity, by platform


def _agent_plan(platform: str) -> Any:
    letter = {
        "rights": ["r"],
        "platforms": [platform],
        "issuer": NAME,
        "issuer_identity": "enterprise",
        "template": True,
        "sealed": True,
        "grants_enforcement": True,
        "language": "en",
    }
    account = copy.deepcopy(_ACCOUNT)
    account.update(
        category="agent",
        name="BrandGuard Ltd",
        documents=[{"kind": "business_registration", "name": "BrandGuard Ltd", "language": "en"}],
        authorisations=[letter],
    )
    return plan_from_data(
        {
            "as_of": "2024-06-03",
            "account": account,
            "rights": [_trademark()],
            "complaints": [
                {
                    "id": "c",
                    "platform": platform,
                    "right": "r",
                    "reason": "tm_counterfeit",
                    "listings": [URLS[platform]],
                    "supplement": "Counterfeit LUMEN lamps: wrong packaging.",
                }
            ],
        }
    )


@pytest.mark.parametrize(
    ("platform", "confidence"),
    [
        ("taobao", "third-party"),
        ("tmall", "inferred"),
        ("tmall_global", "inferred"),
        ("1688", None),
    ],
)
def test_r32_scope_and_validity_on_taobao_and_what_is_inferred_beyond_it(
    platform: str, confidence: str | None
) -> None:
    """R32: "For a non-owner filing on Taobao, the POA must state the validity period and
    scope of the authorization. [3P] S37". The text names Taobao; the rule book extends it to
    Tmall and Tmall Global (the same TaoTian IP platform, R30). That extension is the book's
    inference, not the source's word: on Tmall the answer says so, and the record carries the
    confidence ``inferred``; 1688 asks nothing of the kind."""
    report = ipprules.check(_agent_plan(platform), as_of="2024-06-03")
    found = [f for f in report.findings if f.code == "authorisation-scope-unstated"]
    rules = ipprules.default_rulebook().as_of("2024-06-03")
    records = [
        r
        for r in rules.account_requirements.values()
        if "R32" in r.rules and platform in r.platforms
    ]
    if confidence is None:
        assert not found and not records
        return
    (finding,) = found
    (record,) = records
    assert record.confidence.value == confidence
    assert ("inferred" in finding.message) is (confidence == "inferred")
    assert platform.split("_")[0].capitalize() in finding.message or platform == "taobao"


@pytest.mark.parametrize("platform", ["taobao", "tmall", "1688"])
@pytest.mark.parametrize("madrid", [True, False])
def test_r35_a_madrid_mark_entered_as_wo_is_told_how_china_counts(
    platform: str, madrid: bool
) -> None:
    """R35: Taobao, Tmall and 1688 take "a Madrid registration with a China
    territorial-extension certificate (R25)". A Madrid mark entered under the International
    Register's code (WO) is refused for its place, and the refusal says how its designation
    of China counts (place CN with the extension certificate); a mark of another office gets
    no such hint."""
    right = _trademark(place="WO", number="1234567", madrid=madrid)
    plan = plan_from_data(
        {
            "as_of": "2024-06-03",
            "account": copy.deepcopy(_ACCOUNT),
            "rights": [right],
            "complaints": [
                {
                    "id": "c",
                    "platform": platform,
                    "right": "r",
                    "reason": "tm_counterfeit",
                    "listings": [URLS[platform]],
                    "supplement": "Counterfeit LUMEN lamps: wrong packaging.",
                }
            ],
        }
    )
    report = ipprules.check(plan, as_of="2024-06-03")
    (refused,) = [f for f in report.findings if f.code == "right-place-not-accepted"]
    assert ("madrid_extension_certificate" in refused.message) is madrid
    assert ("place CN" in refused.message) is madrid


@pytest.mark.parametrize(("reading", "exit_code"), [("brief", 1), ("official", 0)])
def test_cli_check_of_a_us_copyright_on_taobao(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], reading: str, exit_code: int
) -> None:
    """B8 (default) against R28/R29 (official) through ``ipprules check``: exit 1 with the
    place refused under the default, exit 0 under official once the statement is held."""
    from ipprules.cli import main

    data = {
        "as_of": "2024-06-03",
        "account": copy.deepcopy(_ACCOUNT),
        "rights": [_copyright("US", "registered", [CERTIFICATE, STATEMENT])],
        "complaints": [
            {
                "id": "c",
                "platform": "taobao",
                "right": "r",
                "reason": "cr_copied_content",
                "listings": [URLS["taobao"]],
                "supplement": "Our product photographs are copied in the listing.",
            }
        ],
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code = main(
        [
            "check",
            str(path),
            "--interpretation",
            reading,
            "--as-of",
            "2024-06-03",
            "--format",
            "json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == exit_code
    codes = {f["code"] for f in out["findings"]}
    assert ("right-place-not-accepted" in codes) is (reading == "brief")


# ----------------------------------- R61: a window the 20 January 2022 change falls into


@pytest.mark.parametrize(
    ("start", "due", "other"),
    [
        ("2021-12-01", "2022-01-12", None),  # the window closes before the change
        ("2021-12-08", "2022-01-19", None),  # its last day is the day before the change
        ("2021-12-09", "2022-01-20", "2022-01-17"),  # its last day is the change day
        ("2022-01-10", "2022-02-21", "2022-02-16"),
        ("2022-01-19", "2022-03-02", "2022-02-25"),  # the day before the change
        ("2022-01-20", "2022-02-28", None),  # the new rule from the start
    ],
)
def test_r61_a_window_open_on_20_january_2022_names_the_other_count(
    start: str, due: str, other: str | None
) -> None:
    """R61: "2nd and 3rd counter-notices: within 27 business days (effective 20 Jan 2022;
    previously 30 business days)", "counted from receipt of the complaint". A complaint
    received before the change is counted under the rule then in force (30 days, the
    default), but the text does not say which rule governs a window still open on 20 January
    2022: the answer names the date under the other count, and says nothing where the window
    closes before the change or opens after it."""
    r = ipprules.deadline_for("counter_notice_round_2_3", start)
    assert str(r.due) == due
    if other is None:  # nothing on the change (the note says R61 names no platform: rules26)
        assert r.note is not None and "rule changes" not in r.note
    else:
        assert r.note is not None
        assert "2022-01-20" in r.note and "27 business days" in r.note and other in r.note


def test_cli_deadline_names_the_other_count_of_r61(capsys: pytest.CaptureFixture[str]) -> None:
    """R61 through ``ipprules deadline``: the text output states the other count."""
    from ipprules.cli import main

    assert main(["deadline", "complaint_received", "--on", "2022-01-10"]) == 0
    out = capsys.readouterr().out
    assert "due 2022-02-21" in out
    assert "counter_notice_round_2_3: the rule changes on 2022-01-20" in out
    assert "it would be 2022-02-16" in out


@pytest.mark.parametrize("platform", ["lazada_sg", "lazada_th", "taobao", "tmall"])
def test_a_refused_registered_copyright_is_told_when_the_unregistered_work_is_taken(
    platform: str,
) -> None:
    """B8 (the default): unregistered copyright is enforced on international platforms, which
    the rule book reads as covering Lazada, with a statement of ownership; B14 refuses there a
    copyright registered outside the site's country. The refusal says the work may be
    entered as unregistered, with the Copyright Claim Statement, where that is so (Lazada),
    and not where the brief refuses unregistered copyright too (B8: in China it must be
    registered)."""
    right = _copyright("US", "registered", [CERTIFICATE])
    (refused,) = [
        f
        for f in ipprules.check(_plan(platform, right), as_of="2024-06-03").findings
        if f.code == "right-place-not-accepted"
    ]
    unregistered_taken = platform.startswith("lazada_")
    assert ("entered as unregistered" in refused.message) is unregistered_taken
    assert ("copyright_claim_statement" in refused.message) is unregistered_taken
    # the hint is true: the work entered so is accepted exactly where it is given
    work = _errors(platform, _copyright("US", "unregistered", [STATEMENT]), "brief")
    assert (work == set()) is unregistered_taken
