"""A new user's second look at the readers from Python (newuser20): ``read_urls`` and
``iter_urls`` (``ipprules.cli.listings``) name the URL column's argument, ``column=``, to a
Python caller, as ``read_lines`` does; ``ipprules listings`` still says ``--column``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules._options import _option
from ipprules.cli.listings import iter_urls, read_urls
from ipprules.errors import InputError
from test_newuser8 import _run

_CSV = "title,product_link\nx,https://item.taobao.com/item.htm?id=1\n"
_JSONL = '{"title": "x", "product_link": "https://item.taobao.com/item.htm?id=1"}\n'


@pytest.mark.parametrize(
    ("name", "text", "column"),
    [
        ("a.csv", _CSV, None),
        ("a.csv", _CSV, "nope"),
        ("a.jsonl", _JSONL, None),
        ("a.jsonl", _JSONL, "nope"),
    ],
)
def test_read_urls_names_column_keyword_and_the_command_its_option(
    tmp_path: Path, name: str, text: str, column: str | None
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_urls(str(path), column=column)
    assert "column=" in str(caught.value) and "--column" not in str(caught.value)
    args = ["listings", str(path)] + ([] if column is None else ["--column", column])
    code, _, err = _run(*args)
    assert code == 2 and "--column" in err and "column=" not in err


def test_iter_urls_leaves_no_option_set_between_items_nor_after(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(_JSONL * 2 + '{"title": "y"}\n', encoding="utf-8")
    reading = iter_urls(str(path), column="product_link")
    assert next(reading) == (1, "https://item.taobao.com/item.htm?id=1")
    assert _option() == "--column"  # the default again while the caller holds an item
    assert next(reading)[0] == 2
    with pytest.raises(InputError, match=r"name it with column=$"):
        next(reading)
    assert _option() == "--column"
