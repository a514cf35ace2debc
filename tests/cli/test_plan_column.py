"""``plan --column`` and what ``--workers`` suggests (plancol).

1. ``ipprules listings`` took ``--column NAME``; ``ipprules plan`` did not: a plan CSV whose
   links sit in ``商品链接`` beside another link column was read by the header hints, and one
   whose URL column has another name was refused with "rename the column to url".
2. ``ipprules listings --workers N`` on a file it cannot read (a TOML file, a CSV whose first
   line is links) suggested ``--input lines``, an option ``--workers`` refuses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_newuser8 import _run

_OFFER = "https://detail.1688.com/offer/6000001.html"


# -------------------- 2. --workers suggests only what it accepts


def test_listings_workers_suggests_no_input_lines(tmp_path: Path) -> None:
    """The Dask readers read a file as its name says: the hint is to rename it; the command
    without ``--workers`` still says ``--input lines``, which it takes."""
    pytest.importorskip("dask.dataframe")
    toml = tmp_path / "plan.toml"
    toml.write_text("[account]\nname = 'a'\n", encoding="utf-8")
    links = tmp_path / "crawl.csv"
    links.write_text(f"https://img.alicdn.com/i1/x.jpg,shoe,{_OFFER}\n", encoding="utf-8")
    for path in (toml, links):
        code, _, err = _run("listings", str(path), "--workers", "1")
        assert code == 2 and "--input" not in err, err
        assert "rename it" in err or "as text (named other than .csv)" in err, err
        code, _, err = _run("listings", str(path))
        assert code == 2 and "--input lines" in err, err


# -------------------- 1. plan --column, read_lines(column=)

ACCOUNT = "examples/planner-account.toml"
ARGV = ["--account", ACCOUNT, "--as-of", "2026-11-23", "--right", "tm-cn", "--reason",
        "tm_counterfeit"]  # fmt: skip
TB = "https://item.taobao.com/item.htm?id=606832683299"
HEADER = ["title", "商品链接", "url"]  # two URL columns: without --column, url is read
ROW = ["shoe", _OFFER, TB]


def _csv(tmp_path: Path, header: list[str], row: list[str], delimiter: str = ",") -> Path:
    path = tmp_path / "urls.csv"
    lines = [delimiter.join(header), delimiter.join(row)]
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _planned(*argv: str) -> tuple[int, list[str], list[str]]:
    """The exit code, the URLs planned (in order) and the ignored columns of ``plan``."""
    code, out, err = _run("plan", *argv, *ARGV, "--format", "json")
    assert code in (0, 1), err
    document = json.loads(out)
    return code, [line["url"] for line in document["lines"]], document["ignored_columns"]


@pytest.mark.parametrize(
    ("column", "url", "ignored"),
    [("商品链接", _OFFER, ["title", "url"]), ("URL", TB, ["title", "商品链接"]),
     ("商品 链接", _OFFER, ["title", "url"])],
)  # fmt: skip
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_plan_column_picks_each_url_column(
    tmp_path: Path, column: str, url: str, ignored: list[str], delimiter: str
) -> None:
    """``--column`` picks either link column, by its name as written or by its key, in a
    comma, semicolon or tab CSV; the other is an ignored column; ``read_lines`` alike."""
    from ipprules.planner import read_lines

    path = _csv(tmp_path, HEADER, ROW, delimiter)
    assert _planned(str(path), "--column", column)[1:] == ([url], ignored)
    assert [line.url for line in read_lines(path, column=column)] == [url]


def test_plan_column_reads_a_sep_line_csv_and_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(f"sep=;\ntitle;商品链接;url\nshoe;{_OFFER};{TB}\n", encoding="utf-8")
    assert _planned(str(path), "--column", "商品链接")[1] == [_OFFER]
    jsonl = tmp_path / "urls.jsonl"
    record = dict(zip(HEADER, ROW, strict=True))
    jsonl.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _planned(str(jsonl), "--column", "商品链接")[1:] == ([_OFFER], ["title", "url"])
    assert _planned(str(jsonl))[1] == [TB]


def test_plan_column_missing_is_refused_with_the_column_meant(tmp_path: Path) -> None:
    """A column the header lacks: exit 2 naming the header's columns and the link column to
    give, as ``listings --column`` says it; ``read_lines`` names ``column=``."""
    from ipprules.errors import InputError
    from ipprules.planner import read_lines

    path = _csv(tmp_path, ["title", "Product URL"], ["shoe", _OFFER])
    code, _, err = _run("plan", str(path), *ARGV, "--column", "Prodcut URL")
    _, _, listings = _run("listings", str(path), "--column", "Prodcut URL")
    assert code == 2 and err == listings, (err, listings)
    assert "no column 'Prodcut URL' in the header (columns: title, Product URL)" in err
    assert err.rstrip().endswith('--column "Product URL")'), err
    with pytest.raises(InputError) as caught:
        list(read_lines(path, column="Prodcut URL"))
    assert str(caught.value).endswith("column='Product URL')"), caught.value


def test_plan_header_without_url_column_names_the_option(tmp_path: Path) -> None:
    """No --column and no URL column: the fix is ``--column "Goods URL"`` to the command's
    user (it said to rename the column to url) and ``column='Goods URL'`` in Python."""
    from ipprules.errors import InputError
    from ipprules.planner import read_lines

    path = _csv(tmp_path, ["title", "Goods URL"], ["shoe", _OFFER])
    code, _, err = _run("plan", str(path), *ARGV)
    assert code == 2 and "rename" not in err, err
    assert err.rstrip().endswith('name it with --column (Goods URL is named like a link: '
                                 '--column "Goods URL")'), err  # fmt: skip
    assert _planned(str(path), "--column", "Goods URL")[1] == [_OFFER]
    with pytest.raises(InputError) as caught:
        list(read_lines(path))
    assert "column='Goods URL'" in str(caught.value) and "--" not in str(caught.value)


def test_plan_column_needs_a_csv_or_json_lines(tmp_path: Path) -> None:
    from ipprules.errors import InputError
    from ipprules.planner import read_lines

    path = tmp_path / "urls.txt"
    path.write_text(f"{_OFFER}\n{TB}\n", encoding="utf-8")
    for kind in ([], ["--input", "lines"]):
        code, _, err = _run("plan", str(path), *ARGV, "--column", "url", *kind)
        _, _, listings = _run("listings", str(path), "--column", "url", *kind)
        assert code == 2 and err == listings, (err, listings)
        assert "--column needs a CSV or JSON Lines input" in err
    with pytest.raises(InputError, match="column= needs a CSV or JSON Lines input"):
        list(read_lines(path, column="url"))
    with pytest.raises(TypeError):
        read_lines(path, column=3)  # type: ignore[arg-type]


@pytest.mark.usefixtures("synchronous")
def test_plan_column_on_workers_equals_one_machine(tmp_path: Path) -> None:
    """``--workers`` reads the column ``--column`` names (the other link column ignored), as
    one machine plans it."""
    pd = pytest.importorskip("pandas")
    one = _csv(tmp_path, HEADER, ROW)
    many = tmp_path / "many.csv"
    many.write_text(f"account,{','.join(HEADER)}\nacme,{','.join(ROW)}\n", encoding="utf-8")
    for column, url in (("商品链接", _OFFER), ("url", TB)):
        code, alone, _ = _planned(str(one), "--column", column)
        out = tmp_path / f"out-{column}"
        argv = ["plan", str(many), *ARGV, "--column", column, "--workers", "2", "--out", str(out)]
        assert _run(*argv)[0] == code
        frame = pd.read_parquet(out / "outcomes")
        assert frame["url"].tolist() == alone == [url]
    code, _, err = _run("plan", str(many), *ARGV, "--column", "nope", "--workers", "2")
    assert code == 2 and "no column 'nope' in the header" in err and "--column 商品链接" in err
