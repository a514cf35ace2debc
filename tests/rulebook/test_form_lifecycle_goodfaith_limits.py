"""rules40: sections 1.4-1.7 of the rule book at their limits, as a careless user meets them.

Counter-notices (R63): the authorisation letter names the complained brand, whatever the
compatibility forms (full-width letters typed with a Chinese input method) and the runs of
white space it is written with, as account and right names are compared (R5).

Complaint form (R41 step 7, B17) and lifecycle (R59, B20): a supplement reason, a rejection
reason or the filer's reason for rejecting a counter-notice made only of invisible characters
(a zero-width space or a byte-order mark pasted with the text) is no reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest

import ipprules
from ipprules.checks.model import Complaint
from ipprules.counternotice import (
    Authorisation,
    CounterNotice,
    Purchase,
    assess_counter_notice,
)
from ipprules.errors import InputError, IpprulesError
from ipprules.lifecycle import EventRecord


def _notice(letter_brand: str, brand: str = "Acme Lamps") -> CounterNotice:
    purchase = Purchase(
        id="INV-1",
        kind="invoice",
        date=date(2024, 6, 1),
        quantity=30,
        signed_by=["buyer", "seller"],
        product_matches=True,
    )
    letter = Authorisation(
        id="LOA-1", by_owner=True, brand=letter_brand, valid_until=date(2024, 6, 10)
    )
    return CounterNotice(
        platform="alibaba_com",
        ipr_type="trademark",
        brand=brand,
        complaint_date=date(2024, 6, 10),
        purchases=(purchase,),
        authorisations=(letter,),
    )


@pytest.mark.parametrize(
    "letter_brand",
    [
        "ＡＣＭＥ ＬＡＭＰＳ",  # full-width letters
        "Acme\u3000Lamps",  # an ideographic space
        "  acme   lamps ",  # runs of white space
        "Acme\u00a0Lamps",  # a no-break space
    ],
)
def test_letter_naming_the_brand_in_other_forms_names_it(letter_brand: str) -> None:
    a = assess_counter_notice(_notice(letter_brand))
    assert "cn-authorisation-wrong-brand" not in a.codes
    assert a.sufficient.value == "yes"


@pytest.mark.parametrize("letter_brand", ["Acme Lamp", "AcmeLamps", "Acne Lamps"])
def test_letter_naming_another_brand_is_still_wrong(letter_brand: str) -> None:
    a = assess_counter_notice(_notice(letter_brand))
    assert "cn-authorisation-wrong-brand" in a.codes
    assert a.sufficient.value == "no"


# ------------------------------------------------ invisible reasons are no reasons

INVISIBLE = ["\u200b", "\ufeff", " \u2060 ", "\u00ad", "\u200b\u3000\u200d"]


def _supplement_codes(supplement: str) -> set[str]:
    plan = ipprules.read_plan("examples/plan.toml")
    complaint = Complaint(
        id="c",
        platform="taobao",
        right="tm-cn-9",
        reason="tm_counterfeit",
        supplement=supplement,
        listings=("https://item.taobao.com/item.htm?id=606832683299",),
    )
    report = ipprules.check(attrs.evolve(plan, complaints=(complaint,)), as_of="2026-11-23")
    return {f.code for f in report.findings if f.path == "$.complaints[0].supplement"}


@pytest.mark.parametrize("supplement", INVISIBLE)
def test_supplement_of_invisible_characters_is_missing(supplement: str) -> None:
    assert _supplement_codes(supplement) == {"supplement-missing"}


@pytest.mark.parametrize("supplement", ["x", "\u200bCounterfeit\u200b", "假货"])
def test_supplement_with_a_visible_character_is_given(supplement: str) -> None:
    assert _supplement_codes(supplement) == set()


@pytest.mark.parametrize("reason", INVISIBLE)
@pytest.mark.parametrize("event", ["reject", "filer_rejects_counter_notice"])
def test_event_reason_of_invisible_characters_is_refused(event: str, reason: str) -> None:
    with pytest.raises(IpprulesError, match="non-empty"):
        EventRecord(event=event, on=date(2024, 1, 3), reason=reason)


def test_event_reason_with_a_visible_character_is_kept() -> None:
    record = EventRecord(event="reject", on=date(2024, 1, 3), reason="\u200bno IPR\u200b")
    assert record.reason == "\u200bno IPR\u200b"


@pytest.mark.parametrize("number", ["\u200b", "\ufeff\u200b", " "])
def test_order_number_of_invisible_characters_is_missing(number: str) -> None:
    plan = ipprules.read_plan("examples/plan.toml")
    complaint = Complaint(
        id="c",
        platform="taobao",
        right="tm-cn-9",
        reason="tm_counterfeit_test_purchase",
        supplement="Test purchase received: counterfeit.",
        listings=("https://item.taobao.com/item.htm?id=606832683299",),
        evidence=("test_purchase_report",),
        order_number=number,
    )
    report = ipprules.check(attrs.evolve(plan, complaints=(complaint,)), as_of="2026-11-23")
    assert [f.code for f in report.findings if f.path == "$.complaints[0].order_number"] == [
        "evidence-missing"
    ]


# ------------------------------------- a rate next to its threshold is shown apart from it


def _history_at(tmp_path: Path, taken_down: int, rejected: int) -> ipprules.History:
    """Ten complaints of May 2023 on Taobao, 90,000 of 100,000 listings taken down in nine
    and these outcomes in the tenth, and the declaration."""
    head = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending"
    rows = [(90_000, 10_000)] * 9 + [(taken_down, rejected)]
    lines = [head, "declaration,2023-01-02,,,,,,,,"] + [
        f"complaint,2023-05-{i + 1:02d},C{i},taobao,tm_counterfeit,{t + r},{t},{r},0,0"
        for i, (t, r) in enumerate(rows)
    ]
    path = tmp_path / "history.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ipprules.History.from_file(path)


def _takedown_lines(text: str) -> list[str]:
    return [
        line
        for line in text.splitlines()
        if line.lstrip().startswith(("ok ", "FAIL ")) and " takedown_rate " in line
    ]


def test_rate_just_below_the_threshold_is_not_shown_as_the_threshold(tmp_path: Path) -> None:
    # 899,999 of 1,000,000 is 89.9999%: three decimals round it to 90.000%, which would
    # read as meeting ">= 90.0%" while the line says FAIL
    history = _history_at(tmp_path, 89_999, 10_001)
    standing = ipprules.standing(history, "2023-05-31", interpretation="official")
    lines = _takedown_lines(standing.text())
    assert lines and all(line.lstrip().startswith("FAIL") for line in lines)
    assert all("89.9999% (899999/1000000)" in line for line in lines), lines


def test_rate_just_above_the_threshold_is_not_shown_as_the_threshold(tmp_path: Path) -> None:
    history = _history_at(tmp_path, 90_001, 9_999)
    standing = ipprules.standing(history, "2023-05-31")  # brief: > 90%
    lines = _takedown_lines(standing.text())
    assert lines and all(line.lstrip().startswith("ok") for line in lines)
    assert all("90.0001% (900001/1000000)" in line for line in lines), lines


def test_rate_on_the_threshold_keeps_three_decimals(tmp_path: Path) -> None:
    history = _history_at(tmp_path, 90_000, 10_000)
    standing = ipprules.standing(history, "2023-05-31", interpretation="official")
    lines = _takedown_lines(standing.text())
    assert lines and all("90.000% (900000/1000000) >= 90.0%" in line for line in lines), lines


def test_percent_apart() -> None:
    from fractions import Fraction

    from ipprules.goodfaith.render import percent_apart

    tenth = Fraction(9, 10)
    assert percent_apart(Fraction(899_999, 1_000_000), tenth, 3) == "89.9999%"
    assert percent_apart(Fraction(8, 9), tenth, 3) == "88.889%"
    assert percent_apart(tenth, tenth, 3) == "90.000%"
    assert percent_apart(Fraction(1, 20) + Fraction(1, 10**9), Fraction(1, 20), 3) == ("5.0000001%")
    assert percent_apart(None, tenth, 3) == "-"


def test_note_of_a_rate_next_to_its_threshold_shows_it_apart(tmp_path: Path) -> None:
    # per listing 17,990 of 18,190 pass; per complaint 1,799 of 1,999 (89.995%) would fail
    # the official ">= 90%": the note said "= 90.0%, which would fail"
    head = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending"
    rows = [head] + [
        f"complaint,2023-05-{i % 28 + 1:02d},C{i},taobao,tm_counterfeit,10,10,0,0,0"
        for i in range(1799)
    ]
    rows += [
        f"complaint,2023-05-{i % 28 + 1:02d},R{i},taobao,tm_counterfeit,1,0,1,0,0"
        for i in range(200)
    ]
    path = tmp_path / "history.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    standing = ipprules.standing(
        ipprules.History.from_file(path), "2023-05-31", interpretation="official"
    )
    notes = [n for n in standing.notes if "1799/1999" in n]
    assert notes and all("1799/1999 = 89.99%" in n and "would fail" in n for n in notes), notes


def test_planner_does_not_plan_with_an_invisible_supplement() -> None:
    from ipprules.planner import Settings, plan_listings

    plan = ipprules.read_plan("examples/planner-account.toml")
    url = "https://item.taobao.com/item.htm?id=606832683299"
    result = plan_listings(
        [url], plan, settings=Settings(reason="tm_counterfeit", supplement="\u200b\ufeff")
    )
    assert result.counts() == {"planned": 0, "duplicate": 0, "rejected": 1}
    assert "no supplement reason" in str(result.outcomes[0].message)


@pytest.mark.parametrize("where", ["brand", "letter"])
def test_counter_notice_brand_of_invisible_characters_is_refused_as_empty(where: str) -> None:
    notice = _notice("\u200b") if where == "letter" else _notice("Acme Lamps", brand="\ufeff")
    with pytest.raises(InputError, match="brand must not be empty"):
        assess_counter_notice(notice)
