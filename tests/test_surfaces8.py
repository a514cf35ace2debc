"""Small user-surface items (surfaces8): one input is "1 input", a history Parquet file's
empty last column is read as a CSV's, deep JSON is said in one wording, TOML value errors
name their line, and ``plan --reason`` naming no reason code is refused up front.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from ipprules.listings import parse_listings
from ipprules.listings.bulk import Summary

# -- item 1: the summary line and the repr say "1 input", and "N inputs" otherwise -------


@given(st.integers(min_value=0, max_value=10**6))
@example(1)
@example(0)
@example(2)
def test_the_summary_line_says_input_in_the_singular_for_one(total: int) -> None:
    line = Summary(total, 0, 0, {}).line()
    noun = "input" if total == 1 else "inputs"
    assert line.startswith(f"{total} {noun}: 0 parsed, ")


@given(st.lists(st.sampled_from(["x", "https://item.taobao.com/item.htm?id=1234567890"])))
@example(["x"])
def test_the_repr_and_summary_of_one_input_say_one_input(texts: list[str]) -> None:
    results = parse_listings(texts)
    noun = "input" if len(texts) == 1 else "inputs"
    assert repr(results) == f"ParseResults({len(texts)} {noun}, re-iterable)"
    assert results.summary().line().startswith(f"{len(texts)} {noun}: ")
