"""A CSV row's URL cell is parsed once by the planner (sweep elsewhere2).

The pointer to a listing in another cell of a row (``PlanLine.elsewhere``: the URL cell holds
an image's link, ``link`` the listing) was worked out by the reader for every row with another
link-like cell, parsing the row's URL cell, which the planner then parsed again: a CSV of
``url,title,image`` paid two parses a row. The planner now works it out only for a row whose
URL it has rejected, with the same answers as the reader gives outside it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.checks.plan import read_plan
from ipprules.listings.columns import listing_elsewhere
from ipprules.planner import PlanLine, Settings, plan_listings, read_lines
from ipprules.planner.inputs import _elsewhere_said

ACCOUNT = Path(__file__).resolve().parents[2] / "examples" / "planner-account.toml"
IMAGE = "https://img.alicdn.com/i1/O1CN01x/x.jpg"
OFFER = "https://detail.1688.com/offer/6000001.html"
ITEM = "https://item.taobao.com/item.htm?id=606832683299"
#: cells of a scraper's export: listings, an image, a store, a title with a dot and a slash,
#: a short link, text, nothing
CELLS = [
    IMAGE,
    OFFER,
    ITEM,
    " https://detail.tmall.com/item.htm?id=5201314 ",
    "https://www.aliexpress.com/item/1005001234567891.html",
    "https://shop123.taobao.com/",
    "shoe 1.5 m/s",
    "item.taobao.com/item.htm?id=606832683299",
    "not a url",
    "",
]
HEADERS = [["url", "link"], ["url", "title", "image"], ["链接", "image", "商品链接", "title"]]


def _csv(header: list[str], rows: list[list[str]]) -> list[str]:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue().splitlines()


def _outcomes(lines: Any) -> list[tuple[Any, ...]]:
    result = plan_listings(
        lines, read_plan(ACCOUNT), settings=Settings(reason="tm_counterfeit"), as_of="2026-12-01"
    )
    return [(o.line, o.status, o.code, o.message) for o in result.outcomes]


@pytest.mark.no_cover
@settings(max_examples=25, deadline=None, derandomize=True)
@given(data=st.data())
def test_the_planner_points_as_the_reader_and_the_old_function_do(data: st.DataObject) -> None:
    header = data.draw(st.sampled_from(HEADERS))
    cell = st.sampled_from(CELLS)
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(header), max_size=len(header)), max_size=6)
    )
    text = _csv(header, rows)
    read = list(read_lines(text))  # read outside the planner: every pointer said as read
    want = [listing_elsewhere(row, 0, header) for row in rows]
    assert [line.elsewhere for line in read] == [
        None if w is None else _elsewhere_said(*w, header[0]) for w in want
    ]
    # the planner reading the file itself works out a pointer once a row is rejected
    assert _outcomes(read_lines(text)) == _outcomes(read)
    # a line copied on its way (a caller's generator) keeps its pointer
    copied = (line._replace(notes="n") for line in read_lines(text))
    assert _outcomes(copied) == _outcomes([line._replace(notes="n") for line in read])


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts :func:`listing_elsewhere` parses (``ipprules.listings.parse_listing``, which
    it imports when called; the planner and ``parse_listings`` hold their own)."""
    import ipprules.listings as listings

    texts: list[str] = []
    real = listings.parse_listing

    def counted(text: str) -> Any:
        texts.append(text)
        return real(text)

    monkeypatch.setattr(listings, "parse_listing", counted)
    return texts


def test_a_row_whose_url_is_a_listing_is_parsed_once(parsed: list[str]) -> None:
    """The reader parsed the URL cell of each row with an image's link beside it, and the
    planner parsed it again."""
    rows = [[ITEM, "shoe", IMAGE], [IMAGE, "bag", OFFER]]
    outcomes = _outcomes(read_lines(_csv(["url", "title", "image"], rows)))
    assert parsed == [IMAGE, OFFER]  # the rejected row's cells alone
    assert outcomes[0][1].value == "planned"
    assert outcomes[1][3].endswith(
        f"; column 'image' of this row holds a listing link: {OFFER} (the planner reads the "
        "first URL column, 'url': read 'image' with column='image')"
    )


def test_a_pointer_given_with_the_line_is_said_as_given() -> None:
    line = PlanLine(line=2, url=IMAGE, elsewhere="see column 'link'")
    assert _outcomes([line])[0][3].endswith("; see column 'link'")


def _listings(path: Path) -> list[dict[str, Any]]:
    import contextlib
    import json

    from ipprules.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["listings", str(path), "--format", "json"])
    return list(json.loads(out.getvalue())["results"])


@settings(max_examples=15, deadline=None, derandomize=True)
@given(data=st.data())
def test_ipprules_listings_points_as_the_old_function_does(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from ipprules.cli.listings import _pointing

    header = data.draw(st.sampled_from(HEADERS))
    cell = st.sampled_from(CELLS)
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(header), max_size=len(header)), max_size=5)
    )
    path = tmp_path_factory.mktemp("l") / "urls.csv"
    path.write_text("\n".join(_csv(header, rows)) + "\n", encoding="utf-8")
    said = [r["reason"] for r in _listings(path)]
    for row, message in zip(rows, said, strict=True):
        found = listing_elsewhere(row, 0, header)
        if found is not None and message is not None:  # a rejection: it points
            assert message.endswith(f"; {_pointing(*found, header, row)[0]}")
        else:
            assert message is None or "holds a listing link" not in message


def test_ipprules_listings_parses_a_listing_once(parsed: list[str], tmp_path: Path) -> None:
    path = tmp_path / "urls.csv"
    path.write_text("\n".join(_csv(["url", "image"], [[ITEM, IMAGE], [IMAGE, OFFER]])) + "\n")
    results = _listings(path)
    assert parsed == [IMAGE, OFFER]  # the rejected row's cells alone
    assert results[1]["suggestion"] == OFFER and "column 'image'" in results[1]["reason"]
