"""``ipprules counter-notice`` against the rule text as a user meets it (sweep life11): each
platform, files with facts missing or facts no rule uses, and dates at the edges of the
windows (R61's first round, R60's 3 working days, D4's Lazada range, R63's 6 months and more
than 20 pieces, R64's 60 points)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.counternotice import (
    CounterNotice,
    Purchase,
    SellerFacts,
    assess_counter_notice,
    catalogue,
)

COMPLAINT = date(2024, 6, 10)  # a Monday: R61's 3 business days end on Thursday 13 June


def _purchase(on: date, quantity: int = 21) -> Purchase:
    return Purchase(
        id="INV-1",
        kind="invoice",
        date=on,
        quantity=quantity,
        signed_by=("buyer", "seller"),
        product_matches=True,
    )


def _codes(notice: CounterNotice) -> set[str]:
    return set(assess_counter_notice(notice).codes)


# ------------------------------------------------------------ timing at the window's edge


@pytest.mark.parametrize(
    ("platform", "filed", "code"),
    [
        ("alibaba_com", date(2024, 6, 13), None),  # R60 and R61: the last day is in time
        ("alibaba_com", date(2024, 6, 14), "cn-timing"),
        ("aliexpress", date(2024, 6, 13), None),
        ("aliexpress", date(2024, 6, 14), "cn-timing"),
        ("1688", date(2024, 6, 14), "cn-timing"),
        ("taobao", date(2024, 6, 14), "cn-timing"),
        ("lazada_sg", date(2024, 6, 17), "cn-timing"),  # D4: 3-5 working days, disputed
        ("lazada_my", date(2024, 6, 18), "cn-timing"),  # after both windows
    ],
)
def test_first_round_window_edges(platform: str, filed: date, code: str | None) -> None:
    notice = CounterNotice(platform=platform, complaint_date=COMPLAINT, filed_on=filed)
    found = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    assert [f.code for f in found] == ([code] if code else [])
    if found and platform.startswith("lazada") and filed.day == 17:
        assert "the sources differ" in found[0].message


# ---------------------------------------------------- R63 on Alibaba.com at its edges


@pytest.mark.parametrize(
    ("complaint", "bought", "outside"),
    [
        (date(2024, 6, 10), date(2023, 12, 10), False),  # exactly 6 months before
        (date(2024, 6, 10), date(2023, 12, 9), True),
        (date(2024, 8, 31), date(2024, 2, 29), False),  # clipped to the month's end
        (date(2024, 8, 31), date(2024, 2, 28), True),
        (date(2024, 6, 10), date(2024, 6, 10), False),  # on the complaint date
    ],
)
def test_purchase_window_edges(complaint: date, bought: date, outside: bool) -> None:
    notice = CounterNotice(
        platform="alibaba_com", complaint_date=complaint, purchases=(_purchase(bought),)
    )
    assert ("cn-purchase-outside-window" in _codes(notice)) is outside


@pytest.mark.parametrize(("quantity", "low"), [(20, True), (21, False)])
def test_more_than_20_pieces_at_the_edge(quantity: int, low: bool) -> None:
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=COMPLAINT,
        purchases=(_purchase(date(2024, 3, 1), quantity),),
    )
    assert ("cn-purchase-quantity-low" in _codes(notice)) is low


# ----------------------------------------------------------------- R64 on 1688


@pytest.mark.parametrize(("points", "barred"), [(59, False), (60, True)])
def test_the_1688_bar_at_60_points(points: int, barred: bool) -> None:
    seller = SellerFacts(points=points, closed=False, at_serious_closure_count=False)
    notice = CounterNotice(platform="1688", complaint_date=COMPLAINT, seller=seller)
    assert ("cn-seller-barred-points" in _codes(notice)) is barred


def test_points_not_stated_are_said_without_a_python_none() -> None:
    """A 1688 seller whose points are neither stated nor counted: the finding that asks for
    them names the bar, not 'None'. (Not a closed seller: that bar alone settles the answer,
    and the points are not asked for, life12.)"""
    notice = CounterNotice(
        platform="1688", complaint_date=COMPLAINT, seller=SellerFacts(closed=False)
    )
    asked = [f for f in assess_counter_notice(notice).findings if f.path == "$.seller.points"]
    assert len(asked) == 1
    assert "None" not in asked[0].message
    assert "the seller's points (the bar: >= 60)" in asked[0].message


# ------------------------------------------------- seller facts no rule uses (R64 is 1688's)


@pytest.mark.parametrize("platform", ["alibaba_com", "aliexpress", "taobao", "lazada_sg"])
def test_seller_facts_where_no_bar_applies_are_accounted_for(platform: str) -> None:
    seller = SellerFacts(points=70, closed=True)
    notice = CounterNotice(platform=platform, complaint_date=COMPLAINT, seller=seller)
    found = [
        f for f in assess_counter_notice(notice).findings if f.code == "cn-seller-facts-unused"
    ]
    assert len(found) == 1
    assert found[0].path == "$.seller" and found[0].rule_ids == ("R64",)
    assert "points, closed" in found[0].message
    without = CounterNotice(platform=platform, complaint_date=COMPLAINT)
    assert "cn-seller-facts-unused" not in _codes(without)
    # the verdict is the same with or without them
    verdict = assess_counter_notice(without).sufficient
    assert assess_counter_notice(notice).sufficient == verdict


def test_seller_facts_on_1688_are_used_not_reported_unused() -> None:
    seller = SellerFacts(points=10, closed=False, at_serious_closure_count=False)
    notice = CounterNotice(platform="1688", complaint_date=COMPLAINT, seller=seller)
    assert "cn-seller-facts-unused" not in _codes(notice)


def test_the_new_code_is_in_the_catalogue() -> None:
    entry = catalogue()["cn-seller-facts-unused"]
    assert entry.severity.value == "info" and "R64" in entry.rules


def test_cli_says_it_in_json_and_exit_code_is_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = {"platform": "aliexpress", "complaint_date": "2024-06-10", "seller": {"points": 10}}
    path = tmp_path / "cn.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["counter-notice", str(path), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [f["path"] for f in found if f["code"] == "cn-seller-facts-unused"] == ["$.seller"]


def test_a_violation_left_out_is_said_in_the_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A 1688 violation established after the filing date is not counted (the JSON lists it
    under standing.ignored); the text says so with its path instead of a bare 0."""
    rows = [("2024-06-01", 12), ("2024-07-01", 24)]  # the second after the filing date
    listed = ", ".join(f'{{date = {d}, kind = "general", points = {n}}}' for d, n in rows)
    path = tmp_path / "cn.toml"
    head = 'platform = "1688"\ncomplaint_date = 2024-06-10\n[seller]\n'
    path.write_text(f"{head}violations = [{listed}]\n", encoding="utf-8")
    assert main(["counter-notice", str(path)]) == 0
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith("Seller's points counted from its violations: 0 to 12")
    assert line.endswith("; left out (1): established after 2024-06-10: $.seller.violations[1]")
    assert main(["counter-notice", str(path), "--format", "json"]) == 0
    ignored = json.loads(capsys.readouterr().out)["standing"]["ignored"]
    assert [i["index"] for i in ignored] == [1]
