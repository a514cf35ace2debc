"""Counter-notice left-overs of life11 (sweep life12): an empty brand is refused where it is
written; a 1688 seller whose account is closed is not asked for the other bar facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.counternotice import (
    Authorisation,
    CounterNotice,
    SellerFacts,
    assess_counter_notice,
)
from ipprules.errors import InputError

HEAD = 'platform = "alibaba_com"\ncomplaint_date = 2024-06-10\n'


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ('brand = ""\n', "cn.toml:3:1: $.brand: "),
        ('brand = "   "\n', "cn.toml:3:1: $.brand: "),
        (
            'brand = "Acme"\n[[authorisations]]\nid = "LOA-1"\nbrand = ""\n',
            "cn.toml:6:1: $.authorisations[0].brand: ",
        ),
    ],
)
def test_an_empty_brand_in_a_file_is_refused_where_it_is_written(
    body: str, where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cn.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    assert main(["counter-notice", str(path)]) == 2
    err = capsys.readouterr().err
    assert where + "brand must not be empty" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("blank", ["", " \t"])
def test_an_empty_brand_on_the_api_is_an_input_error_at_its_path(blank: str) -> None:
    letter = Authorisation(id="LOA-1", by_owner=True, brand=blank)
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=date(2024, 6, 10),
        brand=blank,
        authorisations=(letter,),
    )
    with pytest.raises(InputError) as info:
        assess_counter_notice(notice)
    assert [p.path for p in info.value.problems] == ["$.brand", "$.authorisations[0].brand"]


def test_a_stated_brand_is_still_compared() -> None:
    letter = Authorisation(id="LOA-1", by_owner=True, brand="Other")
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=date(2024, 6, 10),
        brand="Acme",
        authorisations=(letter,),
    )
    assert "cn-authorisation-wrong-brand" in assess_counter_notice(notice).codes


ON_1688 = {"platform": "1688", "complaint_date": date(2024, 6, 10)}


@pytest.mark.parametrize(
    ("seller", "code", "unasked"),
    [
        (
            SellerFacts(closed=True),
            "cn-seller-barred-closed",
            ["points", "at_serious_closure_count"],
        ),
        (SellerFacts(points=61), "cn-seller-barred-points", ["at_serious_closure_count", "closed"]),
        (
            SellerFacts(points=61, closed=False),
            "cn-seller-barred-points",
            ["at_serious_closure_count"],
        ),
    ],
)
def test_a_bar_met_asks_for_no_other_bar_fact(
    seller: SellerFacts, code: str, unasked: list[str]
) -> None:
    found = assess_counter_notice(CounterNotice(**ON_1688, seller=seller)).findings
    assert "cn-fact-missing" not in {f.code for f in found}
    (barred,) = [f for f in found if f.code == code]
    named = " and ".join(f"seller.{k}" for k in unasked)
    assert f"{named} {'is' if len(unasked) == 1 else 'are'} not asked for" in barred.message


def test_a_bar_not_met_still_asks_for_the_others() -> None:
    found = assess_counter_notice(CounterNotice(**ON_1688, seller=SellerFacts(closed=False)))
    missing = sorted(f.path for f in found.findings if f.code == "cn-fact-missing")
    assert missing == ["$.seller.at_serious_closure_count", "$.seller.points"]
    assert not any("not asked for" in f.message for f in found.findings)


def test_two_bars_met_are_both_errors() -> None:
    seller = SellerFacts(points=70, closed=True)
    found = assess_counter_notice(CounterNotice(**ON_1688, seller=seller)).findings
    errors = sorted(f.code for f in found if f.severity.value == "error")
    assert errors == ["cn-seller-barred-closed", "cn-seller-barred-points"]
    assert sum("not asked for" in f.message for f in found) == 1
