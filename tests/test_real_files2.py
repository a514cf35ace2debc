"""Real exported files (tests/data/real_files2/, sources in its README.md) through
``ipprules listings`` and ``ipprules plan``: each file's right answer was decided first
(which column holds the listings, how many rows, read or refused and how to fix it).

Before: a Taobao order export's ``商品链接`` ("item link") column was no URL column, so the
export was refused; and a scraper's header naming its links ``good_url``, ``link_item`` or
``itemUrl`` was refused with "name it with --column" (``listings``) or "a CSV header needs a
url column" (``plan``, which has no ``--column``) without saying which column or what to do."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.listings.columns import url_column, url_key

DATA = Path(__file__).parent / "data" / "real_files2"
PLAN = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23",
        "--right", "tm-cn", "--reason", "tm_counterfeit"]  # fmt: skip


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_taobao_order_export_is_read_by_its_item_link_column(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(DATA / "taobao_orders_export.csv")
    code, out, err = _run(["listings", path, "--format", "json"], capsys)
    assert code == 1, err
    results = json.loads(out)["results"]
    assert [r["line"] for r in results] == list(range(2, 10))  # every order row
    assert Counter(r["code"] for r in results) == {"malformed-id": 6, "empty": 2}
    assert {r["line"] for r in results if r["code"] == "empty"} == {5, 8}  # continuation rows
    code, out, err = _run(["plan", path, *PLAN, "--format", "json"], capsys)
    assert json.loads(out)["counts"] == {"planned": 0, "duplicate": 0, "rejected": 8}


@pytest.mark.parametrize("header", [["订单号", "商品链接"], ["宝贝链接", "价格"]])
def test_the_chinese_item_link_headers_are_url_columns(header: list[str]) -> None:
    assert header[url_column(header, None, "x.csv")] in {"商品链接", "宝贝链接"}
    assert url_key(dict.fromkeys(header, "x"), None, "x.jsonl", 1) in {"商品链接", "宝贝链接"}


#: file -> (the column said, as ``--column``) for a header naming its links otherwise
NAMED = {
    "tmall_good_url.csv": ("(named like links: good_url, image_url, shop_url; "
                           "the listings are likely in good_url: --column good_url)"),
    "lazada_vn_link_item.csv": "(link_item is named like a link: --column link_item)",
}  # fmt: skip

#: file -> (rows read with that column, lines of the first and last, what they are)
READ = {
    "tmall_good_url.csv": (30, 2, 31, "tmall"),
    "lazada_vn_link_item.csv": (40, 2, 53, "lazada_vn"),  # quoted newlines: 53 lines
    "lazada_vn_itemurl_bom.csv": (30, 2, 31, "lazada_vn"),
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_a_header_naming_its_links_otherwise_is_refused_saying_which_column(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / name)
    code, _, err = _run(["listings", path], capsys)
    assert code == 2 and f"{path}:1: " in err
    assert "no URL column in the header (columns: " in err
    assert err.rstrip().endswith(f"name it with --column {NAMED[name]}"), err
    column = NAMED[name].rsplit("--column ", 1)[1].rstrip(")")
    code, out, err = _run(["listings", path, "--column", column, "--format", "json"], capsys)
    assert code == 0, err
    results = json.loads(out)["results"]
    rows, first, last, platform = READ[name]
    assert (len(results), results[0]["line"], results[-1]["line"]) == (rows, first, last)
    assert {(r["status"], r["platform"]) for r in results} == {("listing", platform)}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_plan_says_which_column_to_name_with_column(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / name)
    code, _, err = _run(["plan", path, *PLAN], capsys)
    assert code == 2 and f"{path}:1: " in err and "a CSV header needs a url column" in err
    assert err.rstrip().endswith(f"; name it with --column {NAMED[name]}"), err  # plancol


def test_a_header_naming_its_links_item_url_is_read_without_column(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``itemUrl`` (``Item URL``) is one of the URL column's names since inputs41: the file is
    read as ``--column itemUrl`` read it (it was refused naming that fix)."""
    path = str(DATA / "lazada_vn_itemurl_bom.csv")
    code, out, err = _run(["listings", path, "--format", "json"], capsys)
    assert code == 0, err
    results = json.loads(out)["results"]
    rows, first, last, platform = READ["lazada_vn_itemurl_bom.csv"]
    assert (len(results), results[0]["line"], results[-1]["line"]) == (rows, first, last)
    assert {(r["status"], r["platform"]) for r in results} == {("listing", platform)}


@pytest.mark.parametrize(
    "name", ["aliexpress_no_link.csv", "taobao_images_crlf.csv", "products_no_url.jsonl"]
)
def test_a_file_without_a_link_column_is_refused_without_a_guess(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / name)
    for argv in (["listings", path], ["plan", path, *PLAN]):
        code, _, err = _run(argv, capsys)
        assert code == 2 and f"{path}:1: " in err, err
        assert "named like" not in err and "Traceback" not in err


def test_a_json_lines_object_names_its_link_key() -> None:
    with pytest.raises(InputError, match=r"--column \(goodsUrl is named like a link: --col"):
        url_key({"title": "x", "goodsUrl": "y"}, None, "p.jsonl", 3)


def test_an_amazon_scrape_is_rejected_line_by_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "amazon_products.jsonl")
    code, out, _ = _run(["listings", path, "--format", "json"], capsys)
    results = json.loads(out)["results"]
    assert code == 1 and [r["line"] for r in results] == list(range(1, 21))
    assert {r["code"] for r in results} == {"not-alibaba-host"}


@pytest.mark.parametrize("header", [[1, "url"], None, ["ok", b"link"]])
def test_link_named_refuses_a_header_not_of_str(header: object) -> None:
    from ipprules.listings.columns import link_named

    with pytest.raises(TypeError):
        link_named(header)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_workers_say_the_column_as_one_machine(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Refused before any cluster starts, with the hint one machine gives (``plan --workers``
    said only "no URL column (named url, link, href, 链接...) among the columns (...)")."""
    pytest.importorskip("dask.dataframe")
    path = str(DATA / "tmall_good_url.csv")
    extra = PLAN if command == "plan" else []
    argv = [command, path, *extra, "--workers", "2", "--out", str(tmp_path / "out")]
    code, _, err = _run(argv, capsys)
    assert code == 2 and f"{path}:1: " in err
    assert err.rstrip().endswith("the listings are likely in good_url: --column good_url)"), err
