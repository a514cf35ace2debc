"""The rule text, sentence by sentence (rules21): cases written from ipp-rules.md alone.

Each case quotes its sentence. They cover what rules18-20 and review22 did not: the Good
Faith boundaries at two decimals (89.99% / 90%, 5% / 5.01%), the rolling window at the
ends of months, D2 (the programme's scope) in the checks and the advisor, and penalty
edges of R85-R88.
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
