"""Issues #13 and #14 tried as a new user, from README to the last docs page (newuser19).

1. ``ipprules plan --help`` said ``--workers`` takes "a glob of text, CSV or Parquet files";
   the planner on Dask reads CSV or Parquet files only (an ``account`` column), and a text
   file of URLs was refused as a header naming no URL column. ``listings --help`` left out the
   JSON Lines files it reads with ``--workers``.
2. ``--max-bytes`` said "default 64M" on ``listings`` and ``plan``, where a run with
   ``--workers``/``--scheduler`` caps nothing unless the option is given (docs/scaling.md).
3. ``ipprules plan urls.txt --workers 2`` (a list of URLs, no header) said "no URL column ...
   among the columns (https://...): rename the column of the listings to url": the first
   line is a URL, and the fix is a CSV of many accounts or a run without ``--workers``.
4. ``ddf.url.map(parse_listing)`` (the issue's new user) failed in Dask's meta inference with
   ``parse_listing(): text must be a str, got NAType (a missing value)`` and no way on: a
   missing value given to ``parse_listing`` now names what reads a column with gaps
   (``parse_partition`` with ``listing_meta()``), and the bulk calls keep their own hint.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_newuser8 import _run


def _help(command: str) -> str:
    from ipprules.cli import _parsers

    return " ".join(_parsers()[1][command].format_help().split())


def _option_help(command: str, option: str) -> str:
    from ipprules.cli import _parsers

    parser = _parsers()[1][command]
    [action] = [a for a in parser._actions if option in a.option_strings]
    return " ".join(str(action.help).split())


def test_plan_workers_help_names_only_the_files_the_planner_reads_on_dask() -> None:
    text = _option_help("plan", "--workers")
    assert text.endswith("the input may then be a glob of CSV or Parquet files"), text
    assert "text" not in text.split("glob of")[1]


def test_listings_workers_help_names_every_kind_it_reads_on_dask() -> None:
    text = _option_help("listings", "--workers")
    assert text.endswith("a glob of text, CSV, JSON Lines or Parquet files"), text


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_max_bytes_help_says_no_cap_on_dask_where_workers_are_taken(command: str) -> None:
    text = _option_help(command, "--max-bytes")
    assert "default 64M" in text and text.endswith("none with --workers/--scheduler)"), text
    assert "--workers" in _help(command)


@pytest.mark.parametrize("command", ["check", "good-faith", "coverage"])
def test_max_bytes_help_of_commands_without_workers_is_unchanged(command: str) -> None:
    text = _option_help(command, "--max-bytes")
    assert "--workers" not in text and "default 64M" in text, text
    assert "--workers" not in _help(command)


_URL = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.usefixtures("synchronous")
@pytest.mark.parametrize(
    ("name", "text"),
    [("urls.txt", f"{_URL}\n"), ("urls.csv", f"{_URL},{_URL}8\n{_URL}7,{_URL}6\n")],
)
def test_plan_on_dask_of_a_list_of_urls_says_the_first_line_is_a_url(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    argv = ["plan", str(path), "--account", "examples/plan.toml", "--workers", "2"]
    code, out, err = _run(*argv, "--as-of", "2026-11-23")
    assert code == 2 and out == "", (code, out, err)
    assert err.startswith(f"ipprules: error: {path}:1: $: no URL column"), err
    assert "its first line is a URL, not a header" in err
    assert "plan it without --workers/--scheduler" in err
    assert "rename the column of the listings" not in err


@pytest.mark.usefixtures("synchronous")
def test_plan_on_dask_of_a_header_without_url_column_names_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f"account,goodsUrl\nacme,{_URL}\n", encoding="utf-8")
    argv = ["plan", str(path), "--account", "examples/plan.toml", "--workers", "2"]
    code, _, err = _run(*argv, "--as-of", "2026-11-23")
    assert (
        code == 2
        and "name it with --column (goodsUrl is named like a link: --column goodsUrl)" in err
    ), err
    assert "first line is a URL" not in err


_GAPS = [None, float("nan")]


@pytest.mark.parametrize("gap", _GAPS)
def test_parse_listing_of_a_missing_value_says_what_reads_a_column_with_gaps(gap: object) -> None:
    import ipprules

    with pytest.raises(TypeError) as caught:
        ipprules.parse_listing(gap)  # type: ignore[arg-type]
    said = str(caught.value)
    assert said.startswith("parse_listing(): text must be a str, got "), said
    assert "(a missing value): skip the gaps (series.dropna())" in said
    assert "ipprules.scale.parse_partition (meta=ipprules.scale.listing_meta())" in said
    assert "ipprules.columnar.parse_column" in said


@pytest.mark.parametrize("gap", _GAPS)
def test_bulk_calls_keep_their_own_hint_for_a_missing_value(gap: object) -> None:
    import ipprules

    with pytest.raises(TypeError) as caught:
        list(ipprules.parse_listings([_URL, gap]))  # type: ignore[list-item]
    said = str(caught.value)
    assert said.startswith("parse_listings(): item 1: text must be a str, got "), said
    assert said.count("(a missing value)") == 1 and "drop the gaps first" in said, said
    assert "ipprules.scale" not in said and "skip the gaps" not in said, said


def test_parse_listing_of_a_number_says_no_gap() -> None:
    import ipprules

    with pytest.raises(TypeError) as caught:
        ipprules.parse_listing(5)  # type: ignore[arg-type]
    assert str(caught.value) == "parse_listing(): text must be a str, got int"


def test_a_dask_map_without_meta_names_parse_partition() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    import ipprules

    frame = dd.from_pandas(pd.DataFrame({"url": [_URL]}), npartitions=1)
    with pytest.raises(ValueError, match="Metadata inference failed") as caught:
        frame.url.map(ipprules.parse_listing)
    assert "map ipprules.scale.parse_partition" in str(caught.value)
