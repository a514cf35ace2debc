"""Real exported files, round 5 (tests/data/real_files5/, sources in its README.md) through
``ipprules listings``, ``plan``, ``check``, ``good-faith`` and the planner's ``read_lines``:
each file's right answer was decided first (which column holds the listings, how many rows,
read or refused and how to fix it).

Before: a complaint plan written as JSON by hand with a ``//`` comment or a comma before ``}``
was refused in the parser's words only ("Expecting property name enclosed in double quotes"),
not saying what JSON lacks; a history count a spreadsheet displayed grouped by thousands
(``1,204`` in a Google Sheets ``.tsv``) was refused without saying how to write it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ipprules.planner import read_lines
from test_real_files2 import PLAN, _run  # the commands' run and the plan's options

DATA = Path(__file__).parent / "data" / "real_files5"


#: file, --column -> (exit code, lines of the results, (status, platform) counts)
READ = {
    ("mongoexport_taobao_goods.json", "request_url"): (
        0, [1, 2, 3, 4], {("listing", "taobao_or_tmall"): 3, ("duplicate", "taobao_or_tmall"): 1}),
    ("mongoexport_taobao_rates.csv", "auction.link"): (
        1, [2, 3, 4, 5], {("listing", "taobao"): 2, ("listing", "tmall"): 1,
                          ("rejected", None): 1}),
    ("scrapy_taobao_items.csv", None): (
        1, [2, 3, 4], {("listing", "taobao"): 1, ("listing", "tmall"): 1,
                       ("rejected", None): 1}),
    ("takedown_log_semicolon_multiline.csv", None): (
        0, [2, 3, 5, 6], {("listing", "aliexpress"): 1, ("listing", "lazada_my"): 1,
                          ("listing", "alibaba_com"): 1, ("duplicate", "lazada_my"): 1}),
}  # fmt: skip


#: file -> what ``listings`` says of it without ``--column``: refused (exit 2) at line 1
REFUSED = {
    "mongoexport_taobao_goods.json": "(keys: _id, id, request_url, name, name_prev, flag, "
    "date_crawled); name it with --column (request_url is named like a link",
    "mongoexport_taobao_rates.csv": "(auction.link is named like a link: --column auction.link)",
}


@pytest.mark.parametrize(("name", "column"), sorted(READ, key=str))
def test_each_file_is_read_by_its_column_as_decided(
    name: str, column: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file whose link column is not found by name is refused naming it, then read by it."""
    path = str(DATA / name)
    if column is not None:
        refused = _run(["listings", path], capsys)
        assert refused[:2] == (2, "") and refused[2].startswith(f"ipprules: error: {path}:1: ")
        assert REFUSED[name] in refused[2], refused
    argv = ["listings", path, "--dedupe", "--format", "json"]
    code, out, err = _run(argv + (["--column", column] if column else []), capsys)
    results = json.loads(out)["results"]
    want_code, lines, kinds = READ[name, column]
    assert (code, [r["line"] for r in results]) == (want_code, lines), err
    assert Counter((r["status"], r["platform"]) for r in results) == kinds
    assert {r["code"] for r in results if r["status"] == "rejected"} <= {"empty", "short-link"}


def test_the_gbk_orders_saved_as_utf8_hold_no_link_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's GBK is refused saying to save as UTF-8; saved so, the order export is a table
    naming no link at all."""
    gbk = str(DATA / "orders_zh_excel_gbk.csv")
    assert _run(["listings", gbk], capsys) == (2, "", f"ipprules: error: {gbk}:1:2: $: not UTF-8 "
        "text (byte 0xce); the file looks like GBK (GB18030): save it as UTF-8\n")  # fmt: skip
    path = tmp_path / "orders.csv"
    path.write_text((DATA / "orders_zh_excel_gbk.csv").read_bytes().decode("gbk"), "utf-8")
    for command in (["listings", str(path)], ["plan", str(path), *PLAN]):
        code, out, err = _run(command, capsys)
        assert (code, out) == (2, "") and f"{path}:1: $: " in err and "业务订单号" in err, err


def test_read_lines_of_a_multi_line_note_counts_the_lines_of_the_file() -> None:
    """A quoted note over two lines: the row after it is line 5, as a text editor shows."""
    lines = list(read_lines(str(DATA / "takedown_log_semicolon_multiline.csv")))
    assert [(p.line, p.url.split("/")[2]) for p in lines] == [
        (2, "www.aliexpress.com"), (3, "www.lazada.com.my"), (5, "www.alibaba.com"),
        (6, "www.lazada.com.my")]  # fmt: skip


def test_a_json_plan_with_comments_or_a_last_comma_says_what_json_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "plan_vscode_comments.json"
    code, out, err = _run(["check", str(path), "--as-of", "2026-11-23"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {path}:2:3: $: not valid JSON: "), err
    assert err.rstrip().endswith(
        "(JSON has no comments: delete them, or write the file as TOML, where # starts one)"
    ), err
    uncommented = tmp_path / "plan.json"  # the comment deleted, the comma before } left
    uncommented.write_text("".join(path.read_text().splitlines(True)[:1] + path.read_text()
                                   .splitlines(True)[2:]))  # fmt: skip
    code, out, err = _run(["check", str(uncommented), "--as-of", "2026-11-23"], capsys)
    assert (code, out) == (2, "") and f"{uncommented}:8:3: $: not valid JSON: " in err, err
    assert err.rstrip().endswith("(a comma before } or ]: JSON allows none; delete it)"), err


def test_a_sheets_history_says_how_to_write_its_dates_and_grouped_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Google Sheets' TSV writes cells as shown: US dates, then counts grouped by thousands."""
    path = DATA / "history_sheets_us_dates.tsv"
    code, out, err = _run(["good-faith", str(path), "--as-of", "2025-12-01"], capsys)
    assert (code, out) == (2, "") and f"{path}:2:13: $.date: expected a date (YYYY-MM-DD)" in err
    text = path.read_text()
    for us, iso in (("9/1/", "2025-09-01"), ("9/5/", "2025-09-05"), ("9/12/", "2025-09-12")):
        text = text.replace(f"\t{us}2025\t", f"\t{iso}\t")
    fixed = tmp_path / "history.tsv"
    fixed.write_bytes(text.encode())
    code, out, err = _run(["good-faith", str(fixed), "--as-of", "2025-12-01"], capsys)
    assert (code, out) == (2, ""), err
    assert err.rstrip().endswith(
        "$.listings: expected a non-negative integer, got '1,204': digits grouped by a number "
        "format; write 1204"
    ), err
    fixed.write_bytes(text.replace("1,204", "1204").replace("1,180", "1180").encode())
    code, out, err = _run(["good-faith", str(fixed), "--as-of", "2025-12-01", "--format",
                           "json"], capsys)  # fmt: skip
    counts = json.loads(out)["counts"]
    assert code in (0, 1) and counts["listings"]["submitted"] == 1212, err


def test_the_takedown_log_plans_its_lazada_lines_as_the_brief_reads_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Lazada MY with a CN right: refused under the brief's reading, the other said."""
    path = str(DATA / "takedown_log_semicolon_multiline.csv")
    code, out, err = _run(["plan", path, *PLAN, "--format", "json"], capsys)
    lines = json.loads(out)["lines"]
    assert code == 1 and [(r["line"], r["status"], r["code"]) for r in lines] == [
        (2, "planned", None), (3, "rejected", "right-place-not-accepted"), (5, "planned", None),
        (6, "rejected", "right-place-not-accepted")], err  # fmt: skip
    assert all("[differs under: official" in r["message"] for r in lines if r["code"])
