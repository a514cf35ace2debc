"""Readers' left-overs (inputs41).

1. The names users give a listing's link column (``Product URL``, ``Item Link``, ``商品URL``,
   ``产品链接``...) were "no URL column"; they are URL column names now, in every reader
   (``url_column``/``url_key``, ``ipprules listings``, ``read_lines``, the Dask readers),
   while an image's, a shop's or a seller's link column is still not one.
2. A JSON Lines object without the URL key lists its keys, as a CSV header's refusal lists
   its columns.
3. The Dask readers told ``column="url"`` from the default: the default finds ``link``,
   ``"url"`` asked on a header without it is refused, as one machine refuses it.
4. A store link in a code string literal ending in an escaped line break
   (``"https://jlyjx.tmall.com\\n" +``) is read, as ``"https://jlyjx.tmall.com",`` is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli.listings import read_urls as one_machine_urls
from ipprules.errors import InputError
from ipprules.listings import parse_listing
from ipprules.listings.columns import url_column, url_key
from ipprules.listings.model import Rejection
from ipprules.planner import read_lines
from test_real_files2 import _run

LINK = "https://item.taobao.com/item.htm?id=606832683299"
IMAGE = "https://img.alicdn.com/i1/x.jpg"

#: header -> the column read without --column (None: refused, "no URL column")
HEADERS = {
    ("title", "Product URL"): "Product URL",
    ("Product Link",): "Product Link",
    ("Item URL", "price"): "Item URL",
    ("title", "Item Link"): "Item Link",
    ("Listing Link",): "Listing Link",
    ("Offer URL", "title"): "Offer URL",
    ("标题", "商品URL"): "商品URL",
    ("产品链接", "价格"): "产品链接",
    ("Image URL", "Product URL"): "Product URL",  # an image's link is not a listing's
    ("Item URL", "url"): "url",  # the first of URL_COLUMNS the header names
    ("Store URL", "title"): None,
    ("Shop URL", "Seller URL", "Image URL"): None,
}


def _csv(tmp_path: Path, header: tuple[str, ...], name: str = "in.csv") -> Path:
    cells = [IMAGE if "image" in h.casefold() else "x" for h in header]
    if HEADERS[header] is not None:
        cells[header.index(HEADERS[header])] = LINK
    path = tmp_path / name
    path.write_text(",".join(header) + "\n" + ",".join(cells) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("header", sorted(HEADERS))
def test_each_reader_takes_the_listing_names_and_not_a_shops(
    header: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    want = HEADERS[header]
    path = _csv(tmp_path, header)
    data = dict.fromkeys(header, "x")
    if want is None:
        with pytest.raises(InputError, match=r"no URL column in the header \(columns: ") as csv:
            url_column(list(header), None, "in.csv")
        assert "is named like a link" in str(csv.value) or "named like links" in str(csv.value)
        with pytest.raises(InputError, match=r"no URL key \(url, link\.\.\.\) in this object"):
            url_key(data, None, "in.jsonl", 1)
        with pytest.raises(InputError, match="a CSV header needs a url column"):
            list(read_lines(path))
        code, _, err = _run(["listings", str(path)], capsys)
        assert code == 2 and "no URL column in the header" in err and "named like" in err
        return
    assert header[url_column(list(header), None, "in.csv")] == want
    assert url_key(data, None, "in.jsonl", 1) == want
    assert one_machine_urls(str(path)) == [(2, LINK)]
    assert [line.url for line in read_lines(path)] == [LINK]
    code, out, err = _run(["listings", str(path), "--format", "json"], capsys)
    assert code == 0 and [r["input"] for r in json.loads(out)["results"]] == [LINK], err
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({**data, want: LINK}) + "\n", encoding="utf-8")
    assert one_machine_urls(str(jsonl)) == [(1, LINK)]
    assert [line.url for line in read_lines(jsonl)] == [LINK]


def test_a_one_column_header_so_named_starts_a_csv() -> None:
    """A ``.txt`` list whose first line is ``Product URL`` alone: a header, not an input."""
    from ipprules.listings.columns import input_kind

    assert input_kind("-", "Product URL", None) == "csv"
    assert input_kind("-", "Store URL", None) == "lines"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"title": "x", "href2": LINK}, "no URL key (url, link...) in this object (keys: title, "
         "href2); name it with --column (href2 is named like a link: --column href2)"),
        ({"title": "x", "price": 1}, "no URL key (url, link...) in this object (keys: title, "
         "price): no key's name says it holds links (url, link, href, 链接...); if one holds "
         "them all the same, name it with --column"),
        ({}, "no URL key (url, link...) in this object (no keys); name it with --column"),
    ],
)  # fmt: skip
def test_a_json_lines_object_without_the_url_key_lists_its_keys(
    data: dict[str, object], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    code, _, err = _run(["listings", str(path)], capsys)
    assert code == 2 and err.rstrip().endswith(f"in.jsonl:1: $: {said}"), err
    with pytest.raises(InputError, match=r"in this object \((keys: title|no keys)"):
        list(read_lines(path))  # the planner reads the key as listings does
    code, _, err = _run(["listings", str(path), "--column", "nope"], capsys)
    shown = "no keys" if not data else f"keys: {', '.join(data)}"
    assert err.rstrip().endswith(f"no key 'nope' in this object ({shown}); name it with --column")


def test_the_keys_said_are_cut_to_a_few() -> None:
    data = {f"k{i}": "x" for i in range(12)}
    with pytest.raises(InputError, match=r"\(keys: k0, k1, .*k7, \.\.\. \(12 in all\)\)"):
        url_key(data, None, "in.jsonl", 1)


# -------------------- 3. the Dask readers: column="url" asked is not the default

#: header -> what one machine reads with no column and with column="url" (None: refused)
DASK = {
    "title,link": (LINK, None),
    "url,link": (LINK, LINK),
    "Product URL,title": (LINK, None),
    "title,URL": (LINK, LINK),
    "title,Store URL": (None, None),
}


def _one_machine(path: Path, column: str | None) -> str | None:
    try:
        return one_machine_urls(str(path), column=column)[0][1]
    except InputError:
        return None


def _dask(path: Path, column: str | None, default: bool) -> str | None:
    from ipprules.scale import read_urls

    try:
        frame = read_urls(str(path)) if default else read_urls(str(path), column=column)
        return str(frame.compute(scheduler="synchronous").iloc[0, 0])
    except InputError:
        return None


@pytest.mark.parametrize("header", sorted(DASK))
@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_dask_readers_answer_as_one_machine_for_the_default_and_url_asked(
    header: str, suffix: str, tmp_path: Path
) -> None:
    pytest.importorskip("dask.dataframe")
    names = header.split(",")
    cells = [LINK if n.casefold() in ("link", "url", "product url") else "x" for n in names]
    path = tmp_path / f"in.{suffix}"
    if suffix == "csv":
        path.write_text(f"{header}\n{','.join(cells)}\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(dict(zip(names, cells, strict=True))) + "\n", encoding="utf-8")
    default, asked = DASK[header]
    assert (_one_machine(path, None), _one_machine(path, "url")) == (default, asked)
    assert _dask(path, None, default=True) == default  # the default: by the names
    assert _dask(path, None, default=False) == default
    assert _dask(path, "url", default=False) == asked  # asked: that column, or refused


def test_dask_url_asked_is_refused_naming_it(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import parse_urls

    path = tmp_path / "in.csv"
    path.write_text(f"title,link\nx,{LINK}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no column 'url' in the header \(columns: title, link"):
        parse_urls(str(path), column="url")
    table = parse_urls(str(path)).compute(scheduler="synchronous")
    assert table["canonical_url"].tolist() == [LINK]


# -------------------- 4. a store link in a code string ending in an escaped line break

STORE = "https://jlyjx.tmall.com/"


@pytest.mark.parametrize(
    "text",
    [
        '"https://jlyjx.tmall.com\\n" +',  # Python / JavaScript concatenation
        "'https://jlyjx.tmall.com\\n' +",
        '"https://jlyjx.tmall.com\\n",',
        '"https://jlyjx.tmall.com\\r\\n"',
        '"https://jlyjx.tmall.com\n" +',  # the break itself
        '"https://jlyjx.tmall.com",',  # the wrappers it is read alike
        '"https://jlyjx.tmall.com" +',
    ],
)
def test_a_store_link_in_a_string_ending_in_a_line_break_is_read(text: str) -> None:
    found = parse_listing(text)
    assert not isinstance(found, Rejection), found
    assert found.canonical_url == STORE


@pytest.mark.parametrize(
    "text",
    [
        '"https://jlyjx.tmall.com\\n@evil.example/"',  # what follows the break joins the host
        '"https://jlyjx.tmall.com\\n" @evil.example',
        '"https://jlyjx.tmall.com\\nevil.example"',
        "\"https://jlyjx.tmall.com\\n' +",  # not the quote it opened with
        'https://jlyjx.tmall.com\\n" +',  # no quote opened
    ],
)
def test_a_line_break_before_more_than_the_closing_quote_is_still_refused(text: str) -> None:
    found = parse_listing(text)
    assert isinstance(found, Rejection) and found.code == "not-a-url", found
