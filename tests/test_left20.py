"""left20: pandas users' left-overs: a Series' index in the planner's frame, float ids in a
URL's path, full-width query marks, a missing count in a history frame."""

from __future__ import annotations

import pandas as pd
import pytest

import ipprules
from ipprules.planner import Settings, plan_listings

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _plan(lines: object) -> ipprules.planner.PlanningResult:
    plan = ipprules.read_plan("examples/planner-account.toml")
    return plan_listings(
        lines,  # type: ignore[arg-type]
        plan,
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit"),
    )


def test_planner_frame_keeps_the_series_index() -> None:
    df = pd.DataFrame({"url": [_URL, None, "not a url", _URL]}, index=[10, 20, 30, 40])
    frame = _plan(df["url"].dropna()).to_frame()
    assert frame.index.tolist() == [10, 30, 40]
    assert frame["line"].tolist() == [1, 2, 3]
    joined = df.join(frame[["status"]])
    assert joined.loc[30, "status"] == "rejected"
    assert joined.loc[40, "status"] == "duplicate"
    assert pd.isna(joined.loc[20, "status"])


def test_planner_frame_of_a_list_is_numbered_from_0() -> None:
    assert _plan([_URL, "x"]).to_frame().index.tolist() == [0, 1]


_FLOATED = "a number written as a float"


def _engines(url: str) -> list[tuple[str | None, str, str | None]]:
    """(code, reason, suggestion) of ``url`` by parse_listing, parse_slowly and the columnar
    kernel."""
    from ipprules.columnar import parse_column
    from ipprules.listings.parser import parse_slowly

    said = []
    for parse in (ipprules.parse_listing, parse_slowly):
        r = parse(url)
        said.append(
            (
                getattr(r, "code", None),
                str(getattr(r, "message", "")),
                getattr(r, "suggestion", None),
            )
        )
    row = parse_column([url]).to_pylist()[0]
    said.append((row["code"], str(row["reason"] or ""), row["suggestion"]))
    return said


@pytest.mark.parametrize(
    ("url", "id"),
    [
        ("https://detail.1688.com/offer/5.85944E+11.html", "'5.85944E+11'"),
        ("https://www.aliexpress.com/item/1.00501E+15.html", "'1.00501E+15'"),
        ("https://detail.1688.com/offer/585943639773.0.html", "'585943639773.0'"),
        ("https://detail.1688.com/offer/5.85944E%2B11.html", "'5.85944E+11'"),
    ],
)
def test_a_float_id_in_a_path_says_so_as_in_a_query(url: str, id: str) -> None:
    query = _engines("https://item.taobao.com/item.htm?id=6.07E+11")
    for code, reason, suggestion in _engines(url):
        assert code == query[0][0] == "malformed-id"
        assert id in reason
        assert _FLOATED in reason and "dtype=str" in reason
        assert suggestion is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.aliexpress.com/item/12.5.html",  # a decimal, not .0: no float hint
        "https://detail.1688.com/offer/5.85944E+11x.html",
    ],
)
def test_a_path_with_no_float_id_gets_no_float_hint(url: str) -> None:
    for code, reason, _ in _engines(url):
        assert code == "missing-id"
        assert _FLOATED not in reason


def test_a_plain_path_id_is_still_read() -> None:
    for code, _, _ in _engines("https://detail.1688.com/offer/585943639773.html"):
        assert code is None


_ASCII = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.parametrize(
    "url",
    [
        "https://item.taobao.com/item.htm?id＝606832683299",
        "https://item.taobao.com/item.htm?spm=a＆id=606832683299",
        "https://item.taobao.com/item.htm?spm=a＆id＝606832683299",
        "https://item.taobao.com/item.htm?id%EF%BC%9D606832683299",  # as a browser encodes ＝
        "【淘宝】好物 https://item.taobao.com/item.htm?id＝606832683299 点击链接",
    ],
)
def test_a_full_width_query_mark_suggests_the_ascii_link(url: str) -> None:
    for code, reason, suggestion in _engines(url):
        assert code == "missing-id"  # a suggestion only: never read as a listing
        assert suggestion == _ASCII
        assert "full-width ＝ or ＆" in reason and reason.endswith(_ASCII)


@pytest.mark.parametrize(
    "url",
    [
        "https://detail.tmall.com/item.htm?id＝abc",  # in ASCII no listing either
        "https://item.taobao.com/item.htm?spm＝a",
    ],
)
def test_a_full_width_query_mark_suggests_nothing_that_is_no_listing(url: str) -> None:
    for code, reason, suggestion in _engines(url):
        assert code == "missing-id"
        assert suggestion is None and "full-width" not in reason


def test_a_full_width_query_mark_suggests_after_the_miss_cache_learnt_the_page() -> None:
    seen = ["https://item.taobao.com/item.htm?spm=a", "https://item.taobao.com/item.htm"] * 3
    url = "https://item.taobao.com/item.htm?spm=a＆id＝606832683299"
    results = [r for _, r in ipprules.parse_listings([*seen, url])]
    assert results[-1].suggestion == _ASCII


def _history_error(frame: pd.DataFrame) -> str:
    with pytest.raises(ipprules.errors.InputError) as caught:
        ipprules.History.from_frame(frame)
    return str(caught.value)


def _complaint(**counts: object) -> pd.DataFrame:
    row = {"type": "complaint", "date": "2023-01-05", "platform": "taobao"}
    row |= {"reason_code": "tm_misuse", "listings": 10, "taken_down": 9, "rejected": 1}
    return pd.DataFrame([row | counts], index=["r1"])


def test_a_missing_count_in_a_history_frame_is_said_missing() -> None:
    said = _history_error(_complaint(taken_down=float("nan")))
    assert "$['r1'].listings" in said and "not listings = 10" in said
    assert "taken_down is a missing value in the frame" in said
    assert "df.fillna({'taken_down': 0})" in said
    both = _history_error(_complaint(taken_down=None, rejected=pd.NA))
    assert "taken_down, rejected are missing values" in both


def test_a_wrong_count_in_a_history_frame_is_not_said_missing() -> None:
    said = _history_error(_complaint(taken_down=3))
    assert "not listings = 10" in said and "missing" not in said
