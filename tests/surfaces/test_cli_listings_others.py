"""``ipprules listings`` names the other listings a line holds beside the one it reads.

A line is one input and is read as its first link (as :func:`ipprules.parse_listing` reads
pasted text); the links of other listings on the same line are named in ``others``, counted in
the summary and make the exit code 1, never dropped without a word.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules import parse_listing
from ipprules.cli import main

A = "https://item.taobao.com/item.htm?id=606832683299"
B = "https://detail.tmall.com/item.htm?id=690091011924"
SHORT = "https://s.tb.cn/h.5abcdef"


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *options: str
) -> tuple[int, str]:
    path = tmp_path / "urls.txt"
    path.write_text(text, encoding="utf-8")
    code = main(["listings", str(path), *options])
    return code, capsys.readouterr().out


def test_second_listing_on_a_line_is_named_counted_and_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(tmp_path, capsys, f"{A} {B}\n{B}\n", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert [row["others"] for row in data["results"]] == [[B], []]
    assert data["summary"]["holding_others"] == 1
    assert "1 holding other listings, not read (see their rows)" in data["summary"]["line"]


def test_a_refused_first_link_still_names_the_listing_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(tmp_path, capsys, f"{SHORT} {A}\n")
    assert code == 1
    assert "short-link" in out
    assert f"not read, other listings on this line: {A}" in out
    assert "1 holding other listings, not read (see their rows): put one link per line" in out


def test_the_same_listing_twice_on_a_line_is_no_other_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(tmp_path, capsys, f"{A}，{A}&spm=x\n")
    assert code == 0
    assert "holding other" not in out


def test_csv_output_has_the_others_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(tmp_path, capsys, f"{A}<br>{B}\n{A}\n", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert [row["others"] for row in rows] == [B, ""]


_IDS = st.integers(min_value=10**11, max_value=10**12 - 1)
_SEPARATORS = st.sampled_from([" ", "  ", "\t", "，", "、", "<br>", " , "])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ids=st.lists(_IDS, min_size=1, max_size=4), separator=_SEPARATORS)
def test_every_listing_on_a_line_is_read_or_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ids: list[int], separator: str
) -> None:
    urls = [f"https://item.taobao.com/item.htm?id={n}" for n in ids]
    code, out = _run(tmp_path, capsys, separator.join(urls) + "\n", "--format", "json")
    (row,) = json.loads(out)["results"]
    named = [row["identity"], *(parse_listing(url).identity for url in row["others"])]
    wanted = list(dict.fromkeys(parse_listing(url).identity for url in urls))
    assert named == wanted
    assert code == (1 if len(wanted) > 1 else 0)


def test_other_listings_after_a_refused_first_link() -> None:
    from ipprules.listings.parser import other_listings

    text = f"{SHORT} {A} {B}"
    assert other_listings(text, parse_listing(text)) == [A, B]
    with pytest.raises(TypeError, match="a Listing or a Rejection"):
        other_listings(text, None)  # type: ignore[arg-type]
