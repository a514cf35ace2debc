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

_CSV = "title,goods_link\nx,https://item.taobao.com/item.htm?id=1\n"
_JSONL = '{"title": "x", "goods_link": "https://item.taobao.com/item.htm?id=1"}\n'


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
    reading = iter_urls(str(path), column="goods_link")
    assert next(reading) == (1, "https://item.taobao.com/item.htm?id=1")
    assert _option() == "--column"  # the default again while the caller holds an item
    assert next(reading)[0] == 2
    with pytest.raises(InputError, match=r"name it with column=$"):
        next(reading)
    assert _option() == "--column"


# -------------------- the pointer to the listings' column names plan's --column / column=

_EXPORT = Path("examples/planner-links.csv")  # photos in url, the listings in 商品链接
_ACCOUNT = Path("examples/planner-account.toml")


def _messages(lines: object) -> list[str]:
    from ipprules.checks import read_plan
    from ipprules.planner import plan_listings

    result = plan_listings(lines, read_plan(str(_ACCOUNT)), as_of="2026-11-23")  # type: ignore[arg-type]
    return [str(r["message"]) for r in result.to_records()]


def test_a_planned_export_points_at_column_keyword_in_python() -> None:
    """The pointer said "remove or rename it to read '商品链接'", written before ``plan``
    had ``--column`` (and ``read_lines`` its ``column=``), which reads it as it is."""
    from ipprules.planner import read_lines

    messages = _messages(read_lines(str(_EXPORT)))
    assert len(messages) == 2
    assert all(m.endswith("'url': read '商品链接' with column='商品链接')") for m in messages)
    code, out, _ = _run("plan", str(_EXPORT), "--account", str(_ACCOUNT), "--as-of", "2026-11-23")
    assert code == 1 and out.count("'url': read '商品链接' with --column 商品链接)") == 2, out
    assert "rename it" not in out and "column=" not in out


def test_plan_accounts_points_at_the_option_of_its_caller() -> None:
    """On Dask the pointer is said in the workers, which know no command: the option is
    worked out where the graph is built, ``column=`` in Python and ``--column`` in a command."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from ipprules._options import column_option
    from ipprules.checks import read_plan
    from ipprules.scale import plan_accounts

    rows = pd.read_csv(_EXPORT, dtype=str).assign(account="acme")
    rows = rows.rename(columns={"商品链接": "Product URL"})
    plan = read_plan(str(_ACCOUNT))
    for option, said in (
        ("column=", "column='Product URL'"),
        ("--column", '--column "Product URL"'),
    ):
        with column_option(option):
            planned = plan_accounts(dd.from_pandas(rows, npartitions=1), plan, as_of="2026-11-23")
        outcomes = planned.outcomes.compute(scheduler="synchronous")
        assert [m.endswith(f"read 'Product URL' with {said})") for m in outcomes["message"]] == [
            True,
            True,
        ]
