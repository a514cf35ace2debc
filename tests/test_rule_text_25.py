"""The rule text, case by case, at its edges (rules25): penalties, counter-notices and the
complaint check, written from ipp-rules.md alone.

Each case quotes the few words of rule text it checks and cites the rule id. They cover what
rules18-24 did not: R63's pieces "for a transaction" bought in several purchases, ...
"""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.counternotice import CounterNotice, Purchase, assess_counter_notice

COMPLAINT = date(2024, 6, 10)


def invoice(pieces: int, pid: str = "INV-1", on: date = date(2024, 3, 1)) -> Purchase:
    """A purchase R63 takes apart from its pieces: in the window, signed by both, matching."""
    return Purchase(
        id=pid,
        kind="invoice",
        date=on,
        quantity=pieces,
        signed_by=("buyer", "seller"),
        product_matches=True,
    )


def alibaba_com(*purchases: Purchase) -> CounterNotice:
    return CounterNotice(platform="alibaba_com", complaint_date=COMPLAINT, purchases=purchases)


# ------------------------------------------ R63: "a purchase quantity of more than 20 pieces"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=4))
@example([10, 11])  # together 21, neither alone: the source does not say (rules25's find)
@example([10, 10])  # 20 in all: fewer than asked under both readings
@example([21])  # one transaction of 21: met under both
@example([20, 1])  # 21 only in all
@example([21, 1])  # one of them meets it alone
def test_pieces_bought_in_several_purchases(pieces: list[int]) -> None:
    """R63: purchase documents "for a transaction in the 6 months before the complaint" and "a
    purchase quantity of more than 20 pieces". Whether one transaction must be for more than
    20 pieces, or the pieces of several may be added up, is not said: more than 20 only in
    all is ``unknown`` (cn-purchase-quantity-split), never a pass; 20 or fewer in all is an
    error under both readings; one purchase of more than 20 passes under both."""
    notice = alibaba_com(*(invoice(n, f"INV-{i}") for i, n in enumerate(pieces)))
    found = assess_counter_notice(notice)
    codes = set(found.codes) - {"cn-channel"}
    if sum(pieces) <= 20:
        assert codes == {"cn-purchase-quantity-low"}
        assert found.sufficient.value == "no"
    elif max(pieces) > 20:
        assert codes == set()
        assert found.sufficient.value == "yes"
    else:
        assert codes == {"cn-purchase-quantity-split"}
        assert found.sufficient.value == "unknown"
        (split,) = (f for f in found.findings if f.code == "cn-purchase-quantity-split")
        assert f"{sum(pieces)} piece(s) in all" in split.message
        assert split.rule_ids == ("R63",) and split.sources == ("S49",)
