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


def _mixed(folder: pathlib.Path) -> str:
    """A crawl folder of a Parquet file (only its name is looked at), a CSV and a text file."""
    (folder / "a.parquet").write_bytes(b"")
    (folder / "b.csv").write_text(f"account,url\nacme,{URL}\n", encoding="utf-8")
    (folder / "c.txt").write_text(URL, encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("reader", ["read_histories", "read_rows"])
def test_one_kind_readers_refuse_a_mixed_folder_offering_what_they_read(
    tmp_path: pathlib.Path, reader: str
) -> None:
    """``DIR/*`` (a Parquet file among CSV files) is refused by the planner's rows and the
    histories: the refusal offers one glob of each kind instead."""
    from ipprules.scale import _planner, read_histories

    folder = _mixed(tmp_path)
    read = read_histories if reader == "read_histories" else _planner.read_rows
    with pytest.raises(InputError) as caught:
        read(folder)
    message = caught.value.problems[0].message
    assert f"({folder}/*)" not in message
    assert message.endswith(
        f"which would not be read: name the Parquet files alone ({folder}/*.parquet), or the "
        f"CSV files alone with a glob ({folder}/*.csv): a glob names files of one kind (all "
        "Parquet, or all CSV)"
    )


def test_the_listings_reader_still_offers_a_glob_of_them_all(tmp_path: pathlib.Path) -> None:
    from ipprules.scale._listings import matching_paths

    folder = _mixed(tmp_path)
    with pytest.raises(InputError, match=r"name them all with a glob \(.*/\*\), or the Parq"):
        matching_paths(folder)


def test_workers_read_a_csv_of_comment_lines_alone_as_no_rows(tmp_path: pathlib.Path) -> None:
    """As one machine reads it (no header, no input), not "empty file: no header row": the
    worker's reader (``_csv_frame``) gives no rows to a file ``_no_header`` says holds none
    (tested directly: importing pandas alone is most of this file's time budget)."""
    from ipprules.scale._listings import _no_header

    text = "# crawl export\n\n# nothing found\n"
    path = tmp_path / "only.csv"
    path.write_text(text, encoding="utf-8")
    assert read_urls(str(path)) == []
    assert _no_header(text) and _no_header(" \n")
    assert not _no_header("#TYPE System.Data.DataRow\n")  # refused as the header, as today
    assert not _no_header("# export\nurl\n")
