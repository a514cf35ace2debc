"""newuser14 (a new user's inconsistencies): a value typo gets the "did you mean" a key typo
gets; the one-column URL text of ``listings`` and ``plan`` reads its header the same way; the
views and dicts of the result types that lacked them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from ipprules import InputError
from ipprules.checks import plan_from_data
from ipprules.goodfaith import read_history


def test_a_value_typo_in_a_file_gets_a_did_you_mean() -> None:
    data = {"account": {"location": "mainland_chin"}}
    with pytest.raises(InputError) as caught:
        plan_from_data(data)
    assert "(did you mean 'mainland_china'?)" in str(caught.value)


def test_a_value_far_from_every_choice_gets_no_suggestion() -> None:
    with pytest.raises(InputError) as caught:
        plan_from_data({"account": {"location": "zzzzzzzzzzzz"}})
    assert "did you mean" not in str(caught.value)


def test_a_history_outcome_typo_gets_a_did_you_mean(tmp_path: Path) -> None:
    line = {
        "type": "complaint",
        "date": "2023-01-06",
        "platform": "tmall",
        "reason_code": "y",
        "items": [{"outcome": "taken_dwn"}],
    }
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_history(path)
    assert "(did you mean 'taken_down'?)" in str(caught.value)


@pytest.mark.parametrize("word", ["url", "URL", "Link", "href", "链接", '"url"'])
def test_a_one_column_text_reads_its_header_word_as_listings_and_plan_do(
    tmp_path: Path, word: str
) -> None:
    """`listings one.txt` read the header word as a URL and rejected it; the planner reads
    the same text as a one-column CSV."""
    from ipprules.cli.listings import read_urls
    from ipprules.planner import read_lines

    url = "https://item.taobao.com/item.htm?id=606832683299"
    path = tmp_path / "one.txt"
    path.write_text(f"{word}\n{url}\n", encoding="utf-8")
    assert read_urls(str(path)) == [(2, url)]
    assert [(line.line, line.url) for line in read_lines(path)] == [(2, url)]


def test_a_plain_url_list_stays_a_list_of_lines(tmp_path: Path) -> None:
    from ipprules.cli.listings import read_urls

    path = tmp_path / "one.txt"
    path.write_text("item.taobao.com/item.htm?id=1\nurlx\n", encoding="utf-8")
    assert read_urls(str(path)) == [(1, "item.taobao.com/item.htm?id=1"), (2, "urlx")]


def test_the_readme_says_how_deadline_results_become_a_table() -> None:
    """The README promised `to_frame()` for `deadline`'s results, a plain tuple in Python."""
    import datetime as dt

    pandas = pytest.importorskip("pandas")
    from ipprules.lifecycle import deadlines_from

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("`--format csv` gives it") :].split("\n\n")[0]
    deadlines = deadlines_from("takedown", dt.date(2022, 1, 19), platform="aliexpress")
    if not hasattr(deadlines, "to_frame"):
        assert "pandas.DataFrame([d.to_dict() for d in deadlines])" in paragraph
    frame = pandas.DataFrame([d.to_dict() for d in deadlines])
    assert list(frame["deadline_id"]) == [d.deadline_id for d in deadlines]


def _planner_urls_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    from ipprules import schemas

    return jsonschema.Draft202012Validator(schemas.schema("planner-urls"))


@pytest.mark.parametrize(
    "example", ["planner-urls.jsonl", "planner-urls.csv", "planner-accounts.csv"]
)
def test_the_planner_urls_schema_accepts_every_shipped_row(example: str) -> None:
    """Line 1 of planner-urls.jsonl names its URL `link`; planner-accounts.csv has `account`."""
    import csv

    path = Path(__file__).parent.parent / "examples" / example
    text = path.read_text(encoding="utf-8")
    if example.endswith(".jsonl"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        rows = [{k: v for k, v in row.items() if v} for row in csv.DictReader(lines)]
    validator = _planner_urls_validator()
    assert rows
    for row in rows:
        assert validator.is_valid(row), row


@pytest.mark.parametrize(
    "key", ["url", "URL", "Link", "href", "链接", "Listing URL", "listing_url"]
)
def test_the_planner_urls_schema_takes_the_url_names_the_reader_takes(key: str) -> None:
    from ipprules.planner import read_lines

    url = "https://item.taobao.com/item.htm?id=606832683299"
    assert [line.url for line in read_lines([json.dumps({key: url})])] == [url]
    validator = _planner_urls_validator()
    assert validator.is_valid({key: url})
    assert not validator.is_valid({"notes": url})  # a row with no URL stays marked
    assert not validator.is_valid({key + "x": url})


def test_a_semicolon_history_is_read_as_the_planner_reads_a_semicolon_csv(
    tmp_path: Path,
) -> None:
    """The planner reads a `;` CSV without a word; a history refused one without saying that
    the two readers differ, so a user who had just planned from such an export was lost."""
    from ipprules.planner import read_lines

    urls = tmp_path / "urls.csv"
    urls.write_text("url;notes\nhttps://item.taobao.com/item.htm?id=1;x\n", encoding="utf-8")
    assert [line.url for line in read_lines(urls)] == ["https://item.taobao.com/item.htm?id=1"]
    history = tmp_path / "h.csv"
    history.write_text("type;date\ndeclaration;2022-09-01\n", encoding="utf-8")
    # inputs37: the history reader now takes the planner's rule (csv_dialect), not a refusal
    comma = io.StringIO("type,date\ndeclaration,2022-09-01\n")
    assert read_history(history) == read_history(comma)
