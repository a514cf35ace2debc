"""left21: ``#`` comment lines before a CSV header in ``ipprules listings`` (one machine and
``--workers``), and the folder refusal's advice, per reader."""

from __future__ import annotations

import pathlib

import pytest

from ipprules.cli.listings import read_urls
from ipprules.errors import InputError
from ipprules.scale._listings import _csv_head_checked

URL = "https://item.taobao.com/item.htm?id=123456789"
COMMENTED = f"# crawl export\n\n# 2026-12-01\nseller,url\nacme,{URL}\n\nbeta,{URL}\n"
POWERSHELL = f"#TYPE System.Data.DataRow\nseller,url\nacme,{URL}\n"


def test_listings_skips_comment_lines_before_the_header(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(COMMENTED, encoding="utf-8")
    # the comments are no header and no input; later rows keep their line in the file
    assert read_urls(str(path)) == [(5, URL), (7, URL)]


def test_listings_workers_header_skips_comment_lines(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(COMMENTED, encoding="utf-8")
    head = _csv_head_checked(str(path), None)
    assert head is not None
    assert (head.line, head.cells, head.delimiter) == (4, ("seller", "url"), ",")


def test_powershell_type_line_still_refused_on_both_paths(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "ps.csv"
    path.write_text(POWERSHELL, encoding="utf-8")
    with pytest.raises(InputError, match="PowerShell's #TYPE line") as caught:
        read_urls(str(path))
    assert caught.value.problems[0].line == 1
    with pytest.raises(InputError, match="PowerShell's #TYPE line"):
        _csv_head_checked(str(path), None)
