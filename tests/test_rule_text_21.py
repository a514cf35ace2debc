"""The rule text, sentence by sentence (rules21): cases written from ipp-rules.md alone.

Each case quotes its sentence. They cover what rules18-20 and review22 did not: the Good
Faith boundaries at two decimals (89.99% / 90%, 5% / 5.01%), the rolling window at the
ends of months, D2 (the programme's scope) in the checks and the advisor, and penalty
edges of R85-R88.

Below them, sweep rules34's table: sections 1.8-1.10 and 2 statement by statement (penalties
R85-R89, IPP Plus's guarantee R92 and D5, the deadlines of D4 and D6, the Good Faith lock-out
and scope D2/D3 and R82, R91's documented gaps, the background rules R83, R84, R93, R94).
"""

from __future__ import annotations

import copy
import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

import ipprules
from ipprules.checks import plan_from_data
from ipprules.errors import UnknownNameError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing
from ipprules.penalties import Violation, penalty_standing

_PLAN: dict[str, Any] = {
    "as_of": "2024-06-03",
    "account": {
        "name": "Lumen Optics Co., Ltd.",
        "location": "elsewhere",
        "identity": "enterprise",
        "category": "right_holder",
        "incorporated": "US",
        "documents": [
            {"kind": "business_registration", "name": "Lumen Optics Co., Ltd.", "language": "en"}
        ],
        "registered": True,
        "complaints_filed": 400,
        "good_faith": True,
    },
    "rights": [
        {
            "id": "r",
            "ipr_type": "trademark",
            "name": "LUMEN",
            "place": "US",
            "number": "5812345",
            "registration_date": "2019-06-14",
            "expiry_date": "2029-06-13",
            "classes": [9],
            "registrant": "Lumen Optics Co., Ltd.",
            "verification": "verified",
            "status": "registered",
            "documents": [{"kind": "trademark_certificate", "colour": True, "language": "en"}],
        }
    ],
    "complaints": [
        {
            "id": "c",
            "platform": "aliexpress",
            "right": "r",
            "reason": "tm_counterfeit",
            "listings": ["https://www.aliexpress.com/item/1005001234567890.html"],
            "filing_date": "2024-06-03",
        }
    ],
}


def _findings(plan: dict[str, Any]) -> dict[str, str]:
    report = ipprules.check(plan_from_data(plan), as_of=plan["as_of"])
    return {f.code: f.message for f in report.findings}


# ------------------------------------------------------------------ D2: the programme's scope


def test_d2_member_without_supplement_off_the_tao_marketplaces_names_the_dispute() -> None:
    """D2: "The Handbook (S22) limits it to the Tao marketplaces ... SnapDragon (S21) says it
    covers every Alibaba platform including Lazada." A member leaving out the supplement on
    AliExpress fails under the default (the Handbook), and the finding says that S21 would
    answer otherwise, as the standing's D2 note does: a dispute is never silent."""
    found = _findings(_PLAN)
    message = found["supplement-missing"]
    assert "D2" in message
    assert "S21" in message
    assert "aliexpress" in message


def test_d2_member_on_taobao_and_non_member_elsewhere_get_no_d2_text() -> None:
    """D2 concerns members only, and only off the programme's platforms."""
    plan = copy.deepcopy(_PLAN)
    plan["account"]["good_faith"] = False
    assert "D2" not in _findings(plan)["supplement-missing"]
    plan = copy.deepcopy(_PLAN)
    plan["rights"][0].update(place="CN", number="31234567")
    plan["complaints"][0].update(listings=["https://item.taobao.com/item.htm?id=712345678901"])
    plan["complaints"][0]["platform"] = "taobao"
    found = _findings(plan)
    assert "supplement-missing" not in found
    assert "supplement-burden-inferred" in found


@pytest.mark.parametrize("platform", ["aliexpress", "alibaba_com", "1688", "lazada_sg"])
def test_d2_advisor_for_a_member_off_the_tao_marketplaces_notes_the_dispute(platform: str) -> None:
    """D2, through the advisor: a member advised on a platform outside the Handbook's scope
    gets no lighter burden (the default) and a note naming S21's wider reading."""
    advice = ipprules.advise(
        "trademark", platform, facts=["counterfeit_product"], member=True, as_of="2024-06-03"
    )
    assert all("lighter burden" not in s.why for s in advice.admissible)
    assert any("D2" in n and "S21" in n for n in advice.notes), advice.notes
    plain = ipprules.advise(
        "trademark", platform, facts=["counterfeit_product"], member=False, as_of="2024-06-03"
    )
    assert not any("D2" in n for n in plain.notes)


def test_d2_advisor_for_a_member_on_taobao_has_no_scope_note() -> None:
    advice = ipprules.advise(
        "trademark", "taobao", facts=["counterfeit_product"], member=True, as_of="2024-06-03"
    )
    assert not any("D2" in n for n in advice.notes)


# ------------------------------------------------- Good Faith arithmetic at two decimals (D1)


def _history(listings: int, taken: int, reinstated: int, complaints: int = 101) -> History:
    """``complaints`` Taobao complaints filed in April-May 2023 holding ``listings`` listings."""
    rows = []
    per, extra = divmod(listings, complaints)
    taken_left, back_left = taken, reinstated
    for i in range(complaints):
        n = per + (i < extra)
        t = min(n, taken_left)
        r = min(t, back_left)
        taken_left, back_left = taken_left - t, back_left - r
        day = dt.date(2023, 4, 3) + dt.timedelta(days=i % 60)
        rows.append(
            Complaint(
                filed=day,
                platform="taobao",
                reason_code="tm_counterfeit",
                listings=n,
                taken_down=t,
                rejected=n - t,
                reinstated=r,
            )
        )
    return History.from_records(rows)


@pytest.mark.parametrize(
    ("taken", "brief", "official"),
    [(8999, False, False), (9000, False, True), (9001, True, True)],
)
def test_d1_takedown_rate_at_89_99_90_and_90_01_percent(
    taken: int, brief: bool, official: bool
) -> None:
    """B21: "successful takedown rate above 90%" (the brief) against D1's official "90% or
    higher": 89.99% fails both, exactly 90% passes only the official reading, 90.01% both.
    Exact fractions: no rounding at the second decimal."""
    h = _history(10000, taken, 0)
    for name, met in (("brief", brief), ("official", official)):
        c = standing(h, "2023-06-30", interpretation=name).criterion("takedown_rate")
        assert c.value == Fraction(taken, 10000)
        assert c.met is met
    at_90 = standing(h, "2023-06-30").criterion("takedown_rate")
    if taken == 9000:
        assert at_90.other_readings == ("official",)


@pytest.mark.parametrize(
    ("reinstated", "brief", "official"),
    [(501, False, False), (500, False, True), (499, True, True)],
)
def test_d1_counter_notice_rate_at_5_01_5_and_4_99_percent(
    reinstated: int, brief: bool, official: bool
) -> None:
    """B21: "successful counter-notification rate below 5%" against the official "<= 5%"
    (D1): 5.01% fails both, exactly 5% passes only the official reading, 4.99% both."""
    h = _history(10000, 10000, reinstated)
    for name, met in (("brief", brief), ("official", official)):
        c = standing(h, "2023-06-30", interpretation=name).criterion("counter_notice_rate")
        assert c.value == Fraction(reinstated, 10000)
        assert c.met is met
    if reinstated == 500:
        assert standing(h, "2023-06-30").criterion("counter_notice_rate").other_readings == (
            "official",
        )


def test_d1_exactly_90_percent_from_a_ratio_that_floats_misread() -> None:
    """63 of 70 is 90% exactly (0.9 in floats only by luck of rounding): the criterion reads
    the exact fraction."""
    h = _history(7000, 6300, 0)
    assert standing(h, "2023-06-30", interpretation="official").criterion("takedown_rate").met
    assert not standing(h, "2023-06-30").criterion("takedown_rate").met


# ---------------------------------------------- B21 "in the last three months" at month ends


def _volume(edge: str, as_of: str) -> int:
    """The volume as of ``as_of`` of a history of one complaint filed on ``edge``."""
    rows = [
        Complaint(
            filed=edge, platform="taobao", reason_code="tm_counterfeit", listings=1, taken_down=1
        )
    ]
    return int(standing(History.from_records(rows), as_of).criterion("volume").value)


@pytest.mark.parametrize(
    ("as_of", "out", "in_"),
    [
        ("2024-04-30", "2024-01-30", "2024-01-31"),  # 30 Apr - 3 months = 30 Jan
        ("2024-05-31", "2024-02-29", "2024-03-01"),  # a leap February's last day
        ("2023-05-31", "2023-02-28", "2023-03-01"),
        ("2024-02-29", "2023-11-29", "2023-11-30"),
        ("2024-03-31", "2023-12-31", "2024-01-01"),
    ],
)
def test_b21_three_month_window_at_the_ends_of_months(as_of: str, out: str, in_: str) -> None:
    """B21/R71 "in the last three months": the documented window D - 3 months < f <= D
    (calendar months, the day clipped to the month's end)."""
    assert _volume(out, as_of) == 0
    assert _volume(in_, as_of) == 1


# ------------------------------------------------------------------- penalties (R85-R88)


def _d(day: int) -> dt.date:
    return dt.date(2024, 3, day)


def test_r86_copyright_complaints_share_the_alibaba_com_daily_cap() -> None:
    """R86: "The same-day cap of 6 points applies to general violations and to copyright
    complaints" (Alibaba.com): three piracy cases of 4 points on one day cost 6, and the
    standing says piracy's seriousness there is not documented."""
    s = penalty_standing(
        [Violation(on=_d(4), kind="piracy", points=4) for _ in range(3)], "alibaba_com", _d(4)
    )
    assert s.points.value == 6
    assert any("piracy" in n and "not documented" in n for n in s.notes)


def test_r86_d10_three_serious_on_three_rights_differs_under_official() -> None:
    """R86 "4 times, or 3 times against one IPR" (the default) against the three strikes of
    R87 (official, D10): 3 counterfeits against 3 rights do not close the account under the
    default, and the standing names the reading that answers otherwise."""
    v = [Violation(on=_d(4 + i), kind="counterfeit", right=f"R{i}") for i in range(3)]
    s = penalty_standing(v, "alibaba_com", _d(10))
    assert s.closed.value == "no"
    assert s.other_readings == ("official",)


@pytest.mark.parametrize(("step", "serious", "closed"), [(2, 2, "no"), (3, 3, "yes")])
def test_r85_strikes_three_days_apart(step: int, serious: int, closed: str) -> None:
    """R85: "Serious violations within a 3-day window count as one"; "Three serious
    violations close the account, whatever the infringement type". Counterfeit, piracy,
    counterfeit on days 0, step, 2*step."""
    kinds = ["counterfeit", "piracy", "counterfeit"]
    v = [Violation(on=_d(4 + step * i), kind=k) for i, k in enumerate(kinds)]
    s = penalty_standing(v, "aliexpress", _d(10))
    assert s.serious.value == serious
    assert s.closed.value == closed


def test_r88_lazada_case_maximums_add_up_below_48() -> None:
    """R88: counterfeit up to 16, content 1, patent up to 6, registered design up to 6;
    closed at 48: 16 + 16 + 6 + 6 + 1 = 45 on one day is not closed; a 17-point counterfeit
    is refused."""
    kinds = [("counterfeit", 16), ("counterfeit", 16), ("patent", 6), ("registered_design", 6)]
    v = [Violation(on=_d(4), kind=k, points=p) for k, p in kinds]
    v.append(Violation(on=_d(4), kind="content"))
    s = penalty_standing(v, "lazada_vn", _d(4))
    assert s.points.value == 45
    assert s.closed.value == "no"
    with pytest.raises(ipprules.errors.InputError, match="16"):
        penalty_standing([Violation(on=_d(4), kind="counterfeit", points=17)], "lazada_vn", _d(4))


# --------------------------------------- B21 "no record of abusive complaints", R69, R73


@pytest.mark.parametrize("kind", ["abuse", EventKind.ABUSE])
def test_b21_an_abuse_finding_written_as_a_string_fails_no_abuse(kind: Any) -> None:
    """B21: "no record of abusive complaints"; R69: exclusion for six months (2015). An
    abuse event built with the kind's name (as a CSV row spells it) is the abuse event: it
    fails ``no_abuse`` as well as locking the account out. Before, the string kind locked the
    account out but passed ``no_abuse``."""
    rows: list[Any] = [
        Complaint(
            filed=f"2016-02-{d:02d}",
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=10,
            taken_down=10,
        )
        for d in range(3, 28)
    ]
    rows.append(AccountEvent(date="2016-03-01", kind=kind))
    s = standing(History.from_records(rows), "2016-03-02")
    assert s.locked_until == dt.date(2016, 9, 1)
    assert s.criterion("no_abuse").met is False


def test_b21_a_declaration_written_as_a_string_is_signed() -> None:
    """B21: "a declaration signed on joining": ``kind="declaration"`` is that declaration."""
    event = AccountEvent(date="2023-03-01", kind="declaration")
    assert event.kind is EventKind.DECLARATION
    s = standing(History.from_records([event]), "2023-03-02")
    assert s.criterion("declaration").met is True


def test_an_account_event_of_no_known_kind_is_refused() -> None:
    """A kind the history format does not have is refused, never ignored."""
    with pytest.raises(UnknownNameError, match="abuze"):
        AccountEvent(date="2023-03-01", kind="abuze")
    with pytest.raises(TypeError, match="kind"):
        AccountEvent(date="2023-03-01", kind=3)  # type: ignore[arg-type]


# ======================================================================================
# rules34: sections 1.8 (abusive complaints), 1.9 (penalties), 1.10 (metrics, programmes)
# and 2 (disagreements), statement by statement. Each row: the statement quoted with its
# section, the call a user makes, and the answer written down before the call was made.
# ======================================================================================


def _points(violations: list[Violation], platform: str, as_of: str) -> tuple[str, str, str]:
    found = penalty_standing(violations, platform, as_of)
    return found.points.text, found.serious.text, str(found.to_dict()["closed"])


def _cf(on: str, right: str | None = None) -> Violation:
    return Violation(on=on, kind="counterfeit", right=right)


PENALTY_ROWS: list[tuple[str, str, Any, tuple[str, str, str]]] = [
    (
        "1.9 R85",
        "General violations established on the same day ... lead to at most 6 points in total.",
        lambda: _points(
            [Violation(on="2024-01-02", kind="general", points=4)] * 3, "aliexpress", "2024-01-02"
        ),
        ("6", "0", "no"),
    ),
    (
        "1.9 R85",
        "Serious violations within a 3-day window count as one.",
        lambda: _points(
            [_cf("2024-01-01"), _cf("2024-01-03"), _cf("2024-01-06")], "aliexpress", "2024-01-10"
        ),
        ("0", "2", "no"),
    ),
    (
        "1.9 R85, 2 D10",
        "Three serious violations close the account, whatever the infringement type.",
        lambda: _points(
            [_cf("2024-01-01"), _cf("2024-01-10"), _cf("2024-01-20")], "aliexpress", "2024-01-20"
        ),
        ("0", "3", "yes"),
    ),
    (
        "1.9 R85",
        "Each violation stays valid for 365 days from the penalty date (its last day).",
        lambda: _points(
            [Violation(on="2023-01-01", kind="general", points=2)], "aliexpress", "2023-12-31"
        ),
        ("2", "0", "no"),
    ),
    (
        "1.9 R85",
        "Each violation stays valid for 365 days from the penalty date (the day after).",
        lambda: _points(
            [Violation(on="2023-01-01", kind="general", points=2)], "aliexpress", "2024-01-01"
        ),
        ("0", "0", "no"),
    ),
    (
        "1.9 R85, 1.5 R51",
        "General violations ... do not count as serious: three of them close nothing.",
        lambda: _points(
            [Violation(on=d, kind="general", points=2) for d in ("2024-01-01", "2024-01-10")],
            "aliexpress",
            "2024-01-10",
        ),
        ("4", "0", "no"),
    ),
    (
        "0 (no penalty rule for Taobao in 1.9)",
        "R85-R89 give penalties for AliExpress, Alibaba.com, Lazada and 1688 only: Taobao's "
        "are a documented gap.",
        lambda: _points([_cf("2024-01-10")], "taobao", "2024-01-12"),
        ("unknown", "unknown", "unknown"),
    ),
]


@pytest.mark.parametrize(
    ("section", "statement", "call", "expected"),
    PENALTY_ROWS,
    ids=[r[1][:40] for r in PENALTY_ROWS],
)
def test_rules34_penalty_rows(section: str, statement: str, call: Any, expected: Any) -> None:
    assert call() == expected, (section, statement)


def test_rules34_r88_lazada_points_per_kind_are_bounded_by_the_rule() -> None:
    """1.9 R88: "counterfeit up to 16, content (text or image) infringement 1": more than the
    rule gives for one case is refused, never counted."""
    with pytest.raises(ipprules.InputError, match="the most a case costs is 16"):
        penalty_standing(
            [Violation(on="2024-01-05", kind="counterfeit", points=17)], "lazada_sg", "2024-01-06"
        )
    with pytest.raises(ipprules.InputError, match="a case costs 1"):
        penalty_standing(
            [Violation(on="2024-01-05", kind="content", points=2)], "lazada_sg", "2024-01-06"
        )


def test_rules34_r86_d10_alibaba_com_three_serious_names_the_official_reading() -> None:
    """1.9 R86/R87, 2 D10: Alibaba.com 2015 closes after 4 serious infringements (the default);
    the Three-Strikes reading is named where it answers otherwise."""
    found = penalty_standing(
        [_cf(d, right=f"r{i}") for i, d in enumerate(("2024-01-01", "2024-01-10", "2024-01-20"))],
        "alibaba_com",
        "2024-01-21",
    )
    assert found.to_dict()["other_readings"] == ["official"]
    assert {"R86", "R87", "D10"} <= set(found.points.rule_ids)


# ------------------------------------------------------------- R92 and D5: IPP Plus


def test_rules34_r92_ipp_plus_processing_is_guaranteed_not_an_expectation() -> None:
    """1.10 R92: "Members are guaranteed processing under 2 business days." [OFFICIAL]; 2 D5:
    the 24 h figure is a statistic, "< 2 business days" is IPP Plus's. Before: the answer was
    "expected by ... (an expectation, not a guarantee)" (rules34)."""
    result = ipprules.deadline_for("processing_lazada_ipp_plus", "2023-03-01", platform="lazada_sg")
    assert (result.status.value, str(result.due)) == ("due", "2023-03-03")
    assert "not a guarantee" not in result.describe()
    assert {"R92", "D5"} <= set(result.rule_ids)
    assert result.to_dict()["confidence"] == "official"
    # the statistic of B19/D5 stays an expectation
    stat = ipprules.deadline_for("processing_counterfeit", "2023-03-01", platform="taobao")
    assert stat.status.value == "expected"


def test_rules34_r92_a_replay_flags_a_takedown_past_the_guarantee() -> None:
    """1.10 R92: the guarantee binds the platform: for an IPP Plus member on Lazada a takedown
    after the 2 business days is late; without IPP Plus nothing is flagged."""
    from ipprules.lifecycle import EventRecord, lifecycle_report

    events = [EventRecord("ipr_verified", "2024-12-02"), EventRecord("takedown", "2024-12-13")]
    member = lifecycle_report(events, platform="lazada_sg", ipp_plus=True).to_dict()["flags"]
    assert [(f["kind"], f["deadline_id"], f["due"]) for f in member] == [
        ("late", "processing_lazada_ipp_plus", "2024-12-04")
    ]
    assert lifecycle_report(events, platform="lazada_sg").to_dict()["flags"] == []


# --------------------------------------------------------------------- D4, D6: deadlines


DEADLINE_ROWS: list[tuple[str, str, str, str, tuple[str, str | None, str | None]]] = [
    (
        "2 D4",
        "No source gives the rights holder's deadline for replying ... Treat it as unknown.",
        "filer_reply_to_counter_notice",
        "2023-03-01",
        ("unknown", None, None),
    ),
    (
        "2 D4",
        "2nd and 3rd within 27 business days (was 30 before 20 Jan 2022): the day before.",
        "counter_notice_round_2_3",
        "2022-01-19",
        ("due", "2022-03-02", "2022-03-02"),
    ),
    (
        "2 D4",
        "2nd and 3rd within 27 business days (was 30 before 20 Jan 2022): the day of.",
        "counter_notice_round_2_3",
        "2022-01-20",
        ("due", "2022-02-28", "2022-02-28"),
    ),
    (
        "2 D6",
        '"Within 3 working days" (S26, S29) vs "3 to 5 business days" (S27): both, a range.',
        "ipr_verification",
        "2023-03-01",
        ("expected", "2023-03-06", "2023-03-08"),
    ),
    (
        "2 D5",
        "The Alibaba.com help text says 7 working days: the stated review window.",
        "processing_alibaba_com_review",
        "2023-03-01",
        ("expected", "2023-03-10", "2023-03-10"),
    ),
]


@pytest.mark.parametrize(
    ("section", "statement", "deadline_id", "start", "expected"),
    DEADLINE_ROWS,
    ids=[f"{r[2]}-{r[3]}" for r in DEADLINE_ROWS],
)
def test_rules34_deadline_rows(
    section: str, statement: str, deadline_id: str, start: str, expected: Any
) -> None:
    result = ipprules.deadline_for(deadline_id, start)
    due = None if result.due is None else str(result.due)
    latest = None if result.latest is None else str(result.latest)
    assert (result.status.value, due, latest) == expected, (section, statement)
    assert section.split()[-1] in result.rule_ids


# ------------------------------------------------------------ D2, D3, R82: Good Faith


@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
@pytest.mark.parametrize("as_of", ["2019-01-01", "2024-01-01"])
def test_rules34_d2_d3_are_cited_by_the_rule_in_force(reading: str, as_of: str) -> None:
    """2 D3: "The current rule is 3 months, both after automatic removal and after voluntary
    withdrawal."; 2 D2: "Most authoritative: Handbook -> Tao marketplaces only." The standing
    answered with the 3-month lock-out and the Tao marketplaces but cited neither D3 (after
    2022-04-15) nor D2 (under the brief's reading) before rules34."""
    s = standing(History.from_records([]), as_of, interpretation=reading)
    assert {"D2", "D3"} <= set(s.rule_ids), s.rule_ids


LOCKOUT_ROWS = [
    ("2 D3, 1.8 R82", "6 months (2015: S13, S54)", "2016-05-10", "2016-11-10"),
    ("2 D3, 1.8 R82", "3 months (2018 onward: S12, S11)", "2018-08-20", "2018-11-20"),
    ("2 D3", "The current rule is 3 months", "2023-05-10", "2023-08-10"),
]


@pytest.mark.parametrize("kind", ["removal", "withdrawal"])
@pytest.mark.parametrize(("section", "statement", "on", "until"), LOCKOUT_ROWS)
def test_rules34_d3_lock_out_by_date(
    section: str, statement: str, on: str, until: str, kind: str
) -> None:
    """A member removed (or withdrawing) is locked out for the months of the rule in force."""
    events = [AccountEvent(date="2015-04-01", kind="admission"), AccountEvent(date=on, kind=kind)]
    s = standing(History.from_records(events), on)
    assert str(s.locked_until) == until, (section, statement)


# -------------------------------------------------- R91: the formulas' documented gaps


def test_rules34_r91_withdrawn_complaints_are_a_named_gap_where_they_decide() -> None:
    """1.10 R91: "how withdrawn complaints are treated, are not documented": where counting
    them otherwise would change a criterion's answer, the standing says so."""
    rows = [
        Complaint(filed="2023-11-01", platform="taobao", reason_code="tm_counterfeit",
                  listings=1, taken_down=1, reinstated=int(i < 5))
        for i in range(100)
    ]  # fmt: skip
    rows.append(
        Complaint(filed="2023-11-02", platform="taobao", reason_code="tm_counterfeit",
                  listings=20, withdrawn=20)
    )  # fmt: skip
    s = standing(History.from_records(rows), "2023-12-01")
    assert s.criterion("counter_notice_rate").met is True  # 5/120 under the default
    notes = [n for n in s.notes if "withdrawn" in n and "R91" in n]
    assert any("counter-notice criterion" in n for n in notes), s.notes
    assert any("takedown criterion" in n for n in notes), s.notes


# ----------------------------------------- R83, R84, R93, R94: background, said to be so


@pytest.mark.parametrize("rule", ["R83", "R84", "R93", "R94"])
def test_rules34_background_rules_are_said_not_encoded(
    rule: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """1.8 R83/R84, 1.10 R93/R94: figures and programmes nothing is filed under: the rule
    view says they are deliberately not encoded (exit 2), never an empty answer."""
    from ipprules.cli import main

    assert main(["rules", "rule", rule, "--as-of", "2024-01-01"]) == 2
    assert f"{rule} is deliberately not encoded" in capsys.readouterr().err
