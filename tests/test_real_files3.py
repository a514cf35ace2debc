"""Real exported files, round 3 (tests/data/real_files3/, sources in its README.md) through
``ipprules listings``, ``plan``, ``good-faith`` and ``penalties``: each file's right answer
was decided first (which column holds the listings, how many rows, read or refused and how
to fix it).

Before: a tracker's list of links given as a history or a violations file was refused
"unknown column 'http://…'" (not that it is a list of URLs); a scraper's JSON array written
over lines given as a JSON Lines history was "not valid JSON: Expecting value" (it is valid
JSON); and ``plan --workers`` of a scraper's CSV said "no column 'account' (columns: …)"
without saying what the rows of many accounts are or how one account's list is planned."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from test_real_files2 import PLAN, _run  # the commands' run and the plan's options

DATA = Path(__file__).parent / "data" / "real_files3"


#: file, extra arguments -> (exit code, inputs, first line, last line, (status, platform) counts)
READ = {
    ("taobao_links_labels.txt", ()): (
        1, 19, 1, 20, {("listing", "taobao"): 9, ("rejected", None): 10}),
    ("aliexpress_dropship_product_link.csv", ("--column", "Product_link")): (
        0, 12, 2, 13, {("listing", "aliexpress"): 12}),
    ("aliexpress_dropship_html.csv", ("--column", "Product_link")): (
        0, 30, 2, 31, {("listing", "aliexpress"): 30}),
    ("vn_marketplaces.jsonl", ("--column", "product_url")): (
        1, 20, 1, 20, {("listing", "lazada_vn"): 7, ("rejected", None): 13}),
    # Product_link and product_url are URL column names since inputs41: read without --column
    ("aliexpress_dropship_product_link.csv", ()): (
        0, 12, 2, 13, {("listing", "aliexpress"): 12}),
    ("vn_marketplaces.jsonl", ()): (
        1, 20, 1, 20, {("listing", "lazada_vn"): 7, ("rejected", None): 13}),
}  # fmt: skip


@pytest.mark.parametrize(("name", "extra"), sorted(READ))
def test_each_file_is_read_as_decided(
    name: str, extra: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["listings", str(DATA / name), *extra, "--format", "json"], capsys)
    results = json.loads(out)["results"]
    want_code, count, first, last, kinds = READ[name, extra]
    assert (code, len(results), results[0]["line"], results[-1]["line"]) == (
        want_code, count, first, last), err  # fmt: skip
    assert Counter((r["status"], r["platform"]) for r in results) == kinds
    assert {r["code"] for r in results if r["status"] == "rejected"} <= {"not-alibaba-host"}


#: file -> what ``listings`` says of it, refused (exit 2, at its line 1)
REFUSED = {
    "aliexpress_links_no_header.csv": "the file has no header; read it with --input lines",
    "aliexpress_ru_tab.csv": "(columns: Name, Price, Rating, Times bought, Store)",
    "lazada_vn_array.json": "a JSON array of objects (records), not a list of URLs",
    "taobao_tracker_wangzhi.csv": "the file looks like GBK (GB18030): save it as UTF-8",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_refused_file_says_why_and_the_fix(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / name)
    code, _, err = _run(["listings", path], capsys)
    assert code == 2 and err.startswith(f"ipprules: error: {path}"), err
    assert REFUSED[name] in err and "Traceback" not in err


def test_a_gbk_tracker_saved_as_utf8_is_read_by_its_wangzhi_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "taobao.csv"
    text = (DATA / "taobao_tracker_wangzhi.csv").read_bytes().decode("gb18030")
    path.write_text(text, encoding="utf-8")
    code, out, _ = _run(["listings", str(path), "--dedupe", "--format", "json"], capsys)
    results = json.loads(out)["results"]
    assert code == 0 and (results[0]["line"], results[-1]["line"]) == (2, 153)
    assert Counter(r["status"] for r in results) == {"listing": 9, "duplicate": 143}


def test_plan_reads_a_headerless_csv_of_links_as_lines(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "aliexpress_links_no_header.csv")
    code, _, err = _run(["plan", path, *PLAN], capsys)  # refused as listings refuses it
    assert code == 2 and "the file has no header; read it with --input lines" in err, err
    code, out, err = _run(["plan", path, *PLAN, "--input", "lines", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["counts"] == {
        "planned": 2, "duplicate": 0, "rejected": 0}, err  # fmt: skip


@pytest.mark.parametrize(
    ("command", "kind"),
    [(["good-faith", "--as-of", "2026-11-23"], "a Good Faith history"),
     (["penalties", "--platform", "taobao", "--as-of", "2026-11-23"], "a violations file")],
)  # fmt: skip
def test_a_list_of_links_given_as_history_or_violations_says_so(
    command: list[str], kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / "taobao_links_labels.txt")
    code, _, err = _run([command[0], path, *command[1:]], capsys)
    assert code == 2
    assert err.startswith(
        f"ipprules: error: {path}:1: $: its first line holds a link, not column names: the "
        f"file looks like a list of listing URLs (for `ipprules listings` or `plan`), not {kind}"
    ), err


def test_a_json_array_over_lines_given_as_a_history_says_it_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (DATA / "lazada_vn_array.json", tmp_path / "h.jsonl"):
        if not path.exists():
            path.write_bytes((DATA / "lazada_vn_array.json").read_bytes())
        code, _, err = _run(["good-faith", str(path), "--as-of", "2026-11-23"], capsys)
        assert code == 2 and f"{path}:1:2: $: the file is a JSON array written over lines" in err
        assert "not JSON Lines" in err and "jq -c '.[]'" in err and "Expecting" not in err


def test_plan_workers_of_one_accounts_csv_says_how_to_plan_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused before a cluster starts: the header has no account column."""
    pytest.importorskip("dask.dataframe")
    path = str(DATA / "aliexpress_dropship_product_link.csv")
    argv = ["plan", path, *PLAN, "--column", "Product_link", "--workers", "2"]
    code, _, err = _run([*argv, "--out", str(tmp_path / "out")], capsys)
    assert code == 2 and f"{path}:1: $: no column 'account' (columns: Vendor Name," in err
    assert err.rstrip().endswith(
        "Image_link_12): the lines of many accounts are read from CSV or Parquet files whose "
        "header names an account column and a URL column (a list of one account's URLs: plan "
        "it without --workers/--scheduler)"
    ), err
