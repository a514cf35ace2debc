"""A pandas analyst's frictions (newuser29): what the planner tells a notebook's values."""

from __future__ import annotations

from fractions import Fraction

import numpy
import pytest

from ipprules.checks import Plan, read_plan
from ipprules.planner import PlanLine, plan_listings

URL = "https://item.taobao.com/item.htm?id=606832683299"
NAN = float("nan")


@pytest.fixture(scope="module")
def account() -> Plan:
    return read_plan("examples/planner-account.toml")


def _said(lines: list[object], account: Plan) -> str:
    with pytest.raises(TypeError) as raised:
        plan_listings(lines, account, as_of="2026-11-23")  # type: ignore[arg-type]
    return str(raised.value)


def test_a_gap_among_url_strings_is_said_a_missing_value_at_its_index(account: Plan) -> None:
    said = _said([URL, URL, NAN], account)
    # index 2 as iloc counts (it said "item 3", the line number, a row off), and what to do
    assert "not float (item 2, line 3) (a missing value): drop the gaps first" in said
    assert "(a missing value)" in _said([None], account)


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("confidence", 0.95, "a float is not exact: give Fraction(str(value))"),
        ("confidence", NAN, "(a missing value: give None)"),
        ("reason", NAN, "(a missing value: give None)"),
        ("order_number", NAN, "(a missing value: give None)"),
        ("order_number", 2.34568e18, "read the column as text"),
    ],
)
def test_a_cell_of_a_frame_in_a_plan_line_says_what_to_give(
    account: Plan, field: str, value: float, said: str
) -> None:
    line = PlanLine(line=1, url=URL, **{"reason": "tm_counterfeit", field: value})
    assert said in _said([line], account)


def test_a_numpy_line_number_and_a_missing_url_say_what_to_give(account: Plan) -> None:
    assert "int(value)" in _said([PlanLine(line=numpy.int64(1), url=URL)], account)
    assert "the url is a missing value" in _said([PlanLine(line=1, url=NAN)], account)  # type: ignore[arg-type]


def test_a_fraction_confidence_still_plans(account: Plan) -> None:
    line = PlanLine(line=1, url=URL, reason="tm_counterfeit", confidence=Fraction(19, 20))
    assert plan_listings([line], account, as_of="2026-11-23").counts()["planned"] == 1


@pytest.mark.parametrize(
    ("horizon", "said"),
    [
        (numpy.timedelta64(90, "D"), "int(value / numpy.timedelta64(1, 'D'))"),
        (numpy.int64(90), "(numpy's: give int(value) for its days)"),
    ],
)
def test_a_numpy_horizon_says_what_to_give(horizon: object, said: str) -> None:
    from ipprules.coverage import parse_horizon

    with pytest.raises(TypeError, match=r"^horizon must be an int, .* not \w+ \(numpy's") as raised:
        parse_horizon(horizon)  # type: ignore[arg-type]
    assert said in str(raised.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://item.taobao.com/item.htm?id=6.07E+11",  # Excel's scientific notation
        "https://detail.tmall.com/item.htm?id=6,07832E%2B11",  # a decimal comma, encoded +
        "https://item.taobao.com/item.htm?id=606832683299.0",  # pandas' float of an id
    ],
)
def test_an_id_written_as_a_float_is_said_so(url: str) -> None:
    from ipprules.listings import parse_listing

    refused = parse_listing(url)
    assert refused.code == "malformed-id"
    assert "a number written as a float" in (refused.reason or "")
    assert "float" not in (parse_listing(url.replace("id=", "id=x")).reason or "")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "ｈｔｔｐｓ：／／ｉｔｅｍ．ｔａｏｂａｏ．ｃｏｍ／ｉｔｅｍ．ｈｔｍ？ｉｄ＝６０６８３２６８３２９９",
            "https://item.taobao.com/item.htm?id=606832683299",
        ),
        ("看看 ｕｎｉｑｌｏ．ｔｍａｌｌ．ｃｏｍ", "https://uniqlo.tmall.com/"),
    ],
)
def test_a_link_typed_all_in_full_width_suggests_it_in_ascii(text: str, canonical: str) -> None:
    from ipprules.listings import parse_listing

    refused = parse_listing(text)
    assert refused.code == "not-a-url"
    assert refused.suggestion == canonical
    assert (
        f"typed in full-width characters (as a Chinese input method's full-width mode types them), which in ASCII is {canonical}"
        in (refused.reason or "")
    )
    assert parse_listing("ｈｅｌｌｏ").suggestion is None  # no link in it: nothing suggested
