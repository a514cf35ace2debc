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
