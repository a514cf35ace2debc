"""Review 16: the Dask readers against one machine on the first line of a text file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError

dask = pytest.importorskip("dask")


def _one_machine(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str] | None:
    """The inputs ``ipprules listings`` reads from ``path``, or None when it refuses it."""
    code = main(["listings", str(path), "--format", "json"])
    out = capsys.readouterr().out
    if code == 2:
        return None
    return [row["input"] for row in json.loads(out)["results"]]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf\rhttps://item.taobao.com/item.htm?id=606832683299\n",  # BOM, then a CR
        "\u2028\nu\rv\n".encode(),  # a first line of Unicode white space: blank
        "\x85\nu\rv\n".encode(),
        "\u3000 \nu\rv\n".encode(),
        b"\xef\xbb\xbf\nu\rv\n",  # a first line holding the BOM alone: blank
        b"\xef\xbb\xbfu\rv\n",
    ],
)
@pytest.mark.parametrize("blocksize", [3, 1 << 20])
def test_the_old_mac_check_finds_the_first_line_one_machine_finds(
    tmp_path: Path, data: bytes, blocksize: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of old Mac line ends is refused from its first non-blank line, as one machine
    does: the byte order mark is not text, and a line of Unicode white space (U+2028, U+0085,
    U+3000) is blank. The Dask reader looked at the BOM as part of the line (a file starting
    ``BOM CR url`` refused, read on one machine) and at white space the bytes' ``strip`` kept
    (line 2 never checked: ``u\\rv`` read as one input, refused on one machine)."""
    from ipprules.scale import read_urls

    source = tmp_path / "urls.txt"
    source.write_bytes(data)
    want = _one_machine(source, capsys)
    got: list[str] | None = None
    refused = ""
    try:
        with dask.config.set(scheduler="synchronous"):
            got = read_urls(source, blocksize=blocksize).compute()["url"].tolist()
    except InputError as exc:
        refused = str(exc)
    assert got == want
    assert ("old Mac line endings" in refused) == (want is None)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_csv_url_cell_is_stripped_as_on_one_machine(
    tmp_path: Path, delimiter: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings`` strips a CSV's URL cells of white space (a spreadsheet's padded
    cell, a no-break space, an ideographic space); the Dask reader kept it, so the ``input``
    column differed from the command's rows (a padded empty cell too: ``" "``, not ``""``)."""
    from ipprules.scale import parse_urls

    url = "https://item.taobao.com/item.htm?id=606832683299"
    cells = [f" {url}\u00a0", f"\t{url}", f"\u3000{url}\u2028", " ", "x ", '" y "']
    source = tmp_path / "urls.csv"
    source.write_text(
        f"url{delimiter}n\n" + "".join(f"{c}{delimiter}{i}\n" for i, c in enumerate(cells)),
        encoding="utf-8",
    )
    want = _one_machine(source, capsys)
    assert want == [url, url, url, "", "x", "y"]
    with dask.config.set(scheduler="synchronous"):
        rows = parse_urls(source, column=None).compute()
    assert rows["input"].tolist() == want
    assert rows["status"].tolist() == ["listing", "duplicate", "duplicate", *["rejected"] * 3]


@pytest.mark.parametrize(
    "body",
    [
        '""u\n',
        '"https://item.taobao.com/item.htm?id=606832683299"x\n',
        'https://a.example/1\n"a"b\n',
        '"a""b"c\n',
    ],
)
def test_text_after_a_closing_quote_is_refused_as_on_one_machine(
    tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``"a"b`` is not valid CSV: ``ipprules listings`` refuses the file naming the line and
    the csv module's words; pandas read it as ``ab``, so the Dask reader took a URL the
    command refuses."""
    from ipprules.scale import read_urls

    source = tmp_path / "urls.csv"
    source.write_text("url,n\n" + body.replace("\n", ",1\n"), encoding="utf-8")
    assert main(["listings", str(source)]) == 2
    said = capsys.readouterr().err
    with dask.config.set(scheduler="synchronous"), pytest.raises(InputError) as caught:
        read_urls(source, column=None).compute()
    assert f"ipprules: error: {caught.value}\n" == said


def test_quotes_that_are_valid_csv_are_read_as_on_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipprules.scale import read_urls

    source = tmp_path / "urls.csv"
    source.write_text(
        'url,n\n"a,""b""",1\r\nc"d,"2"\n"e\nf",3\n"",4\n', encoding="utf-8", newline=""
    )
    want = _one_machine(source, capsys)
    assert want == ['a,"b"', 'c"d', "e\nf", ""]
    with dask.config.set(scheduler="synchronous"):
        assert read_urls(source, column=None).compute()["url"].tolist() == want


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_record_of_one_cell_of_white_space_is_no_row_as_on_one_machine(
    tmp_path: Path, delimiter: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line of a no-break space, an ideographic space or U+2028, or a quoted cell of white
    space alone, is no row for ``ipprules listings``; pandas read a row from it (skipping
    only lines of spaces and tabs), so the Dask path counted a rejected input more. A
    record whose URL cell is white space beside other cells (``\\u00a0,2``) and a quoted
    empty cell (``""``) are inputs in both."""
    from ipprules.scale import read_urls

    url = "https://item.taobao.com/item.htm?id=606832683299"
    records = [
        "\u00a0",
        url,
        '"\r"',
        '" "',
        "\u3000 ",
        "\u2028",
        '"\n"',
        f"\u00a0{delimiter}2",
        '""',
    ]
    source = tmp_path / "urls.csv"
    source.write_text(
        f"url{delimiter}n\n" + "\n".join(records) + "\n", encoding="utf-8", newline=""
    )
    want = _one_machine(source, capsys)
    assert want == [url, "", ""]
    with dask.config.set(scheduler="synchronous"):
        assert read_urls(source, column=None).compute()["url"].tolist() == want
