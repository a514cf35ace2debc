"""Messages name what the caller can give (msgs7).

3. ``ipprules listings`` on a one-column CSV (a ``url`` or other header) whose line holds a
   comma (share text) said the listing was in ``column 'column 2'`` and to "read that column
   with --column "column 2"": a column the header does not have. A hint names only columns
   the header has; a cell past them is said as a cell, with the fix that reads it.
"""

from __future__ import annotations

import csv
import json
import shlex
from pathlib import Path

import pytest

from test_newuser8 import _run

_OFFER = "https://detail.1688.com/offer/6000001.html"


def _header_names(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [name.strip() for name in next(csv.reader(handle))]


@pytest.mark.parametrize(
    ("header", "extra"),
    [("url", []), ("name", ["--column", "name"]), ("url,", []), ("url,link", [])],
)
def test_a_hint_names_no_column_the_header_lacks(
    tmp_path: Path, header: str, extra: list[str]
) -> None:
    """Every ``--column X`` a rejection shows names a column of the header, and the listing
    the other cell holds is still said (and suggested)."""
    path = tmp_path / "share.csv"
    path.write_text(f"{header}\nshoe,x,{_OFFER}\n", encoding="utf-8")
    code, out, _ = _run("listings", str(path), *extra, "--format", "json")
    assert code == 1
    (row,) = json.loads(out)["results"]
    assert f"holds a listing link: {_OFFER}" in row["reason"] and row["suggestion"] == _OFFER
    names = _header_names(path)
    for hint in row["reason"].split("--column ")[1:]:
        word = shlex.split(hint.split(")")[0])[0]
        assert word in names and word, (word, names, row["reason"])
    assert "'column 3'" not in row["reason"]


def test_a_named_column_is_still_named(tmp_path: Path) -> None:
    """The hint for a column the header names is unchanged."""
    path = tmp_path / "named.csv"
    path.write_text(f"url,link\nhttps://img.alicdn.com/i1/x.jpg,{_OFFER}\n", encoding="utf-8")
    code, out, _ = _run("listings", str(path))
    assert code == 1
    assert (
        f"column 'link' of this row holds a listing link: {_OFFER} (read that column with --column link)"
        in out
    )


# -------------------- 1. a Python function names its argument, a command its option

_HISTORY = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\nadmission,2015-02-01,,,,,,,,,,,\n"
)


def test_an_early_admission_note_names_what_each_caller_gives(tmp_path: Path) -> None:
    """``standing`` told a Python caller ``--trial 2015`` (no such option either: the
    command's is ``--trial-years 2015``); each names what it takes, and that works."""
    import datetime as dt

    from ipprules.goodfaith import History, standing

    path = tmp_path / "history.csv"
    path.write_text(_HISTORY, encoding="utf-8")
    day = dt.date(2016, 1, 1)
    (note,) = [n for n in standing(History.from_file(path), day).notes if "trial" in n]
    assert "--trial" not in note and "trial={2015})" in note
    notes = standing(History.from_file(path), day, trial={2015}).notes
    assert not [n for n in notes if "2015-02" in n and "before the Good Faith Program" in n]
    _, out, _ = _run("good-faith", str(path), "--as-of", "2016-01-01")
    assert "(--trial, or its year: --trial-years 2015)" in out and "trial=" not in out
    _, out, _ = _run("good-faith", str(path), "--as-of", "2016-01-01", "--trial-years", "2015")
    assert "2016-01-01" in out and "admission on 2015-02-01" not in out


def test_read_lines_names_kind_and_the_command_input(tmp_path: Path) -> None:
    """``read_lines`` said "give --input lines" to a Python caller, who gives ``kind``."""
    from ipprules.errors import InputError
    from ipprules.planner import read_lines

    path = tmp_path / "urls.csv"  # a CSV by its name, a plan's TOML inside
    path.write_text("[account]\nname = 'a'\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_lines(path))
    assert str(caught.value).endswith("give kind='lines'") and "--input" not in str(caught.value)
    assert [line.line for line in read_lines(path, kind="lines")] == [1, 2]
    code, _, err = _run("plan", str(path), "--account", "examples/planner-account.toml")
    assert code == 2 and err.rstrip().endswith("give --input lines")


# -------------------- 2. a Dask worker's error names the keyword a Python caller gives


@pytest.mark.no_cover
def test_a_worker_error_names_column_keyword_and_the_command_its_option(tmp_path: Path) -> None:
    """A JSON Lines object without the URL key is found when a worker reads it, outside
    ``parse_urls``: it said ``--column`` to a Python caller; ``listings --workers`` keeps it."""
    pytest.importorskip("dask.dataframe")
    from ipprules.errors import InputError
    from ipprules.scale import parse_urls

    path = tmp_path / "crawl.jsonl"
    link = "https://www.aliexpress.com/item/1005001234567890.html"
    path.write_text(json.dumps({"title": "shoe", "goods_link": link}) + "\n", encoding="utf-8")
    said = []
    for column in (None, "url"):  # the frame is made; its partition's task fails
        frame = parse_urls(str(path), column=column)
        with pytest.raises(InputError) as caught:
            frame.compute()
        said.append(str(caught.value))
    assert all("--column" not in s and "name it with column=" in s for s in said), said
    assert "column='goods_link'" in said[0]
    code, _, err = _run("listings", str(path), "--workers", "1")
    assert code == 2 and "name it with --column (" in err and "--column goods_link)" in err


@pytest.mark.parametrize("reader", ["read_lines", "parse_urls"])
def test_a_document_or_headerless_csv_names_no_option_to_python(
    tmp_path: Path, reader: str
) -> None:
    """A TOML file given as URLs, a CSV whose first line is links: "give --input lines" to a
    Python caller; ``read_lines`` takes ``kind='lines'``, the Dask readers read by name."""
    from ipprules.errors import InputError

    if reader == "parse_urls":
        pytest.importorskip("dask.dataframe")
        from ipprules.scale import parse_urls

        def read(path: Path) -> object:
            return parse_urls(str(path), column=None).compute()
    else:
        from ipprules.planner import read_lines

        def read(path: Path) -> object:
            return list(read_lines(path))

    toml = tmp_path / "plan.toml"
    toml.write_text("[account]\nname = 'a'\n", encoding="utf-8")
    links = tmp_path / "crawl.csv"
    links.write_text(f"https://img.alicdn.com/i1/x.jpg,shoe,{_OFFER}\n", encoding="utf-8")
    # the planner says its own of a CSV of links without a header (a url column, no option)
    for path in (toml, links) if reader == "parse_urls" else (toml,):
        with pytest.raises(InputError) as caught:
            read(path)
        said = str(caught.value)
        assert "--input" not in said
        assert ("kind='lines'" in said) == (reader == "read_lines"), said
        code, _, err = _run("listings", str(path))
        assert code == 2 and "--input lines" in err
