"""``ipprules listings`` and ``ipprules plan`` (and their Python readers) read the same files
alike, and their hints name only what the file has.

Before: a ``.csv`` file of links without a header was refused by ``listings`` and read as a
list of lines by ``plan`` and ``read_lines``; a CSV header with no column named like a link
was told to "name it with --column" with nothing to name; the refusal of a JSON array of
records said "read from their url key" for records without one; ``ipprules.scale``'s readers
took ``column=`` for a list of URLs one a line, which ``read_lines`` refuses; and
``read_lines(column=5)``'s TypeError did not name ``read_lines``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ipprules.cli.listings import read_urls as listings_urls
from ipprules.errors import InputError
from ipprules.planner import read_lines
from test_cli_rules_everywhere import written as _write  # a file of text in tmp_path
from test_real_files2 import PLAN, _run  # the commands' run and the plan's options

LINKS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=600000000001",
]
NO_HEADER = "its line holds links (cell 1: https://item.taobao.com/item.htm?id=606832683299)"


def test_a_csv_of_links_without_a_header_is_refused_alike_saying_how_to_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "links.csv", "\n".join(LINKS) + "\n")
    for command in (["listings", path], ["plan", path, *PLAN]):
        code, _, err = _run(command, capsys)
        assert code == 2 and f"{path}:1: $: no URL column in the header: {NO_HEADER}" in err, err
        assert "read it with --input lines (the first link of each line" in err, err
        code, out, err = _run([*command, "--input", "lines", "--format", "json"], capsys)
        assert code in (0, 1) and not err, err
        assert [row["line"] for row in json.loads(out).get("lines", json.loads(out).get(
            "results"))] == [1, 2]  # fmt: skip
    for reader in (lambda: list(read_lines(path)), lambda: listings_urls(path)):
        with pytest.raises(InputError, match="read it with kind='lines' \\(the first link"):
            reader()
    assert [line.url for line in read_lines(path, kind="lines")] == LINKS
    assert [url for _, url in listings_urls(path, kind="lines")] == LINKS
    # --input csv says it of any name, as a .csv name does
    text = _write(tmp_path, "links.txt", "\n".join(LINKS) + "\n")
    code, _, err = _run(["plan", text, *PLAN, "--input", "csv"], capsys)
    assert code == 2 and NO_HEADER in err and "--input lines" in err, err


def test_a_header_with_no_column_named_for_links_says_so_naming_a_few_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [f"col{i}" for i in range(12)]
    path = _write(tmp_path, "table.csv", ",".join(names) + "\n" + ",".join("x" * 12) + "\n")
    none = "no column's name says it holds links (url, link, href, 链接...); if one holds"
    for command in (["listings", path], ["plan", path, *PLAN]):
        code, _, err = _run(command, capsys)
        assert code == 2 and none in err and "name it with --column" in err, err
        assert "; name it with --column" not in err, err  # no bare order with nothing to name
    code, _, err = _run(["listings", path], capsys)
    assert "(columns: col0, col1, col2, col3, col4, col5, col6, col7, ... (12 in all))" in err
    with pytest.raises(InputError, match="if one holds them all the same, name it with column="):
        list(read_lines(path))
    linked = _write(tmp_path, "linked.csv", "title,goodsUrl\nshoe,x\n")
    code, _, err = _run(["listings", linked], capsys)
    assert err.rstrip().endswith("; name it with --column (goodsUrl is named like a link: "
                                 "--column goodsUrl)"), err  # fmt: skip


@pytest.mark.parametrize(
    ("record", "said"),
    [
        ({"title": "a", "price": 1}, "read from the key --column names: no key of the first "
         "record says it holds links (title, price);"),
        ({"title": "a", "Link": LINKS[0]}, "read from their Link key;"),
        ({"goodsUrl": LINKS[0]}, "read from the key --column names (goodsUrl is named like "
         "a link: --column goodsUrl);"),
    ],
)  # fmt: skip
def test_a_json_array_of_records_names_a_key_only_if_one_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, object], said: str
) -> None:
    path = _write(tmp_path, "records.json", json.dumps([record]) + "\n")
    for command in (["listings", path], ["plan", path, *PLAN]):
        code, _, err = _run(command, capsys)
        assert code == 2 and f"JSON Lines, one object a line (jq -c '.[]'), or as a CSV, " \
            f"and the URLs are {said}" in err, err  # fmt: skip
        assert ("url key" in err) == ("url" in record), err


def test_the_dask_readers_refuse_a_column_for_a_list_of_urls_as_read_lines_does(
    tmp_path: Path,
) -> None:
    scale = pytest.importorskip("ipprules.scale")
    path = _write(tmp_path, "urls.txt", "\n".join(LINKS) + "\n")
    said = re.escape("urls.txt: $: column= needs a CSV or JSON Lines input")
    with pytest.raises(InputError, match=said):
        list(read_lines(path, column="link"))
    for reader in (scale.read_urls, scale.parse_urls):
        with pytest.raises(InputError, match=said):
            reader(path, column="link")
    assert scale.read_urls(path).npartitions == 1  # the default names the one column read


def test_read_lines_names_itself_in_its_type_errors() -> None:
    with pytest.raises(TypeError, match=r"^read_lines: column must be a str or None, not int$"):
        read_lines(["a"], column=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^read_lines: kind must be one of"):
        read_lines(["a"], kind=3)  # type: ignore[arg-type]
