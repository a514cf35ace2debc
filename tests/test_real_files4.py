"""Real exported files, round 4 (tests/data/real_files4/, sources in its README.md) through
``ipprules listings``, ``plan``, ``check``, ``good-faith`` and the planner's ``read_lines``:
each file's right answer was decided first (which column holds the listings, how many rows,
read or refused and how to fix it).

Before: a spreadsheet's tab-separated export (Google Sheets' ``.tsv``, Excel's "Unicode text"
saved as UTF-8 ``.txt``) was read by ``listings`` as a list of URLs, its header a rejected
``not-a-url`` and each row's first link read ("put one link per line"), where ``plan`` refused
it as a header naming no URL column; ``plan`` of such a ``.txt`` named the whole header line as
"named like a link" (it split the header by commas); and a history with columns of its own
was refused at the first one only, without saying what to do."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ipprules.planner import read_lines
from test_real_files2 import PLAN, _run  # the commands' run and the plan's options

DATA = Path(__file__).parent / "data" / "real_files4"


#: file, --column -> (exit code, lines of the results, (status, platform) counts)
READ = {
    ("sourcing_1688_link_bom.csv", "1688链接"): (
        1, [2, 3, 4, 5], {("listing", "1688"): 2, ("duplicate", "1688"): 1,
                          ("rejected", None): 1}),
    ("ozon_check_1688_link.csv", "正确1688链接"): (
        1, [2, 3, 4, 5, 6], {("listing", "1688"): 3, ("rejected", None): 2}),
    ("aliexpress_shopper_inventory.csv", "Product Url"): (
        0, [2, 3, 4, 5], {("listing", "aliexpress"): 3, ("duplicate", "aliexpress"): 1}),
    ("taobao_search_auctions.jsonl", "detail_url"): (
        1, [1, 2, 3, 4], {("rejected", None): 1, ("listing", "tmall"): 1,
                          ("listing", "taobao"): 1, ("duplicate", "tmall"): 1}),
    ("sheets_fr_lien_alibaba.tsv", "LIEN ALIBABA"): (
        0, [2, 3, 4], {("listing", "alibaba_com"): 3}),
}  # fmt: skip


@pytest.mark.parametrize(("name", "column"), sorted(READ))
def test_each_file_is_read_by_its_column_as_decided(
    name: str, column: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["listings", str(DATA / name), "--column", column, "--dedupe", "--format", "json"]
    code, out, err = _run(argv, capsys)
    results = json.loads(out)["results"]
    want_code, lines, kinds = READ[name, column]
    assert (code, [r["line"] for r in results]) == (want_code, lines), err
    assert Counter((r["status"], r["platform"]) for r in results) == kinds
    codes = {r["code"] for r in results if r["status"] == "rejected"}
    assert codes <= {"malformed-id", "empty", "not-a-listing"}


#: file -> what ``listings`` says of it, refused (exit 2) at its line 1
REFUSED = {
    "sourcing_1688_link_bom.csv": "(1688链接 is named like a link: --column 1688链接)",
    "ozon_check_1688_link.csv": "(正确1688链接 is named like a link: --column 正确1688链接)",
    "aliexpress_shopper_inventory.json": "a JSON array of objects (records), not a list of URLs",
    "taobao_search_auctions.jsonl": "the listings are likely in detail_url: --column detail_url)",
    "sheets_fr_lien_alibaba.tsv": "(columns: PRODUIT, IMAGE APPARENTE, CREATIVE, LIEN ALIBABA,",
    "romania_1688_semicolon_cp1250.csv": ":3:9: $: not UTF-8 text (byte 0xfe): save the file as "
    "UTF-8 (Excel: CSV UTF-8)",
    "aliexpress_orders_unicode_text.txt": ":1:1: $: UTF-16 text (byte order mark); save the "
    "file as UTF-8",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_refused_file_says_why_and_the_fix(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / name)
    code, out, err = _run(["listings", path], capsys)
    assert (code, out) == (2, ""), err
    assert err.startswith(f"ipprules: error: {path}") and REFUSED[name] in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "encoding", "column", "listings"),
    [("romania_1688_semicolon_cp1250.csv", "cp1250", "URL produs", 3)],
)  # fmt: skip
def test_a_refused_encoding_saved_as_utf8_is_a_table_refused_then_read(
    name: str,
    encoding: str,
    column: str,
    listings: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Saved as the error says (UTF-8), the file is a table: ``listings`` names its link
    column (a tab-separated ``.txt`` was read as lines before: header rejected ``not-a-url``,
    one link of each row read) and reads it by ``--column``; ``plan`` says the same."""
    path = tmp_path / name
    path.write_text((DATA / name).read_bytes().decode(encoding), encoding="utf-8")
    code, out, err = _run(["listings", str(path)], capsys)
    assert (code, out) == (2, ""), out
    assert f"{path}:1: $: no URL column in the header (columns: " in err
    assert f'the listings are likely in {column}: --column "{column}")' in err
    code, out, err = _run(["plan", str(path), *PLAN], capsys)
    assert code == 2 and f'--column "{column}")' in err and "\t" not in err.split("(got")[-1]
    code, out, err = _run(["listings", str(path), "--column", column, "--format", "json"], capsys)
    results = json.loads(out)["results"]
    assert code == 0 and [r["status"] for r in results] == ["listing"] * listings, err


def _orders_as_utf8(tmp_path: Path) -> Path:
    """Excel's "Unicode text" export saved as UTF-8, as the error for the UTF-16 file says."""
    path = tmp_path / "orders.txt"
    text = (DATA / "aliexpress_orders_unicode_text.txt").read_bytes().decode("utf-16")
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["aliexpress_shopper_inventory.csv", "orders.txt"])
def test_a_product_url_column_is_read_without_column(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``Product Url`` is a link column by name (inputs41): the CSV export and the
    tab-separated ``.txt`` (a table, not lines: realfiles4) are read as with ``--column``."""
    path = _orders_as_utf8(tmp_path) if name == "orders.txt" else DATA / name
    asked = _run(["listings", str(path), "--column", "Product Url", "--format", "json"], capsys)
    found = _run(["listings", str(path), "--format", "json"], capsys)
    assert found == asked and found[0] == 0, found
    assert {r["status"] for r in json.loads(found[1])["results"]} <= {"listing", "duplicate"}
    code, _, err = _run(["plan", str(path), *PLAN], capsys)
    assert code in (0, 1) and "Traceback" not in err, err


def test_read_lines_of_a_tab_separated_export_finds_its_link_column(tmp_path: Path) -> None:
    """The header is split by tabs (it was split by commas: one column, named like a link)."""
    path = _orders_as_utf8(tmp_path)
    lines = list(read_lines(str(path)))
    assert lines == list(read_lines(str(path), column="Product Url"))
    assert [(p.line, p.url.rsplit("/", 1)[-1]) for p in lines] == [
        (2, "1005006000000001.html"), (3, "1005006000000002.html"),
        (4, "1005006000000003.html")]  # fmt: skip


def test_a_history_with_columns_of_its_own_names_them_all_and_the_fix(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(DATA / "history_excel_extra_columns.csv")
    code, out, err = _run(["good-faith", path, "--as-of", "2026-11-23"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {path}:1:115: $.Handler: unknown column 'Handler';")
    assert err.rstrip().endswith(
        "; also unknown: 'Brand'; a history reads the known columns only: delete them (a "
        "remark goes in note)"
    ), err


def test_the_history_without_its_own_columns_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its BOM, CRLF, ``;`` cells, header words (``Reason Code``, ``Taken-Down``) and quoted
    note are read: only the two columns of its own were wrong."""
    path = tmp_path / "history.csv"
    rows = (DATA / "history_excel_extra_columns.csv").read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join(row.rsplit(b";", 2)[0] for row in rows if row) + b"\r\n")
    code, out, err = _run(["good-faith", str(path), "--as-of", "2025-03-01", "--format", "json"],
                          capsys)  # fmt: skip
    counts = json.loads(out)["counts"]  # Taobao, Tmall (not AliExpress); 1: too few
    assert code == 1 and (counts["complaints"]["submitted"], counts["listings"]) == (2, {
        "submitted": 33, "taken_down": 32, "rejected": 1, "withdrawn": 0, "pending": 0,
        "reinstated": 0}), err  # fmt: skip


def test_a_plan_saved_by_notepad_checks_as_the_example_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A byte order mark, CRLF, a tab, spaces around ``=``, comments after values, an indented
    table header and a trailing comma: the findings are the example's, at the same lines."""
    mine = DATA / "plan_notepad_bom_crlf.toml"
    found = []
    for path in (mine, Path(__file__).parents[1] / "examples" / "plan.toml"):
        argv = ["check", str(path), "--as-of", "2026-11-23", "--format", "json"]
        code, out, _ = _run(argv, capsys)
        report = json.loads(out)
        for finding in report["findings"]:
            finding.pop("file", None)
        found.append((code, report))
    assert found[0] == found[1] and found[0][0] == 1
