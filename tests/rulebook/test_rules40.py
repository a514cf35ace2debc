"""rules40: sections 1.4-1.7 of the rule book at their limits, as a careless user meets them.

Counter-notices (R63): the authorisation letter names the complained brand, whatever the
compatibility forms (full-width letters typed with a Chinese input method) and the runs of
white space it is written with, as account and right names are compared (R5).
"""

from __future__ import annotations

from datetime import date

import pytest

from ipprules.counternotice import (
    Authorisation,
    CounterNotice,
    Purchase,
    assess_counter_notice,
)


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
