"""Small user-surface items (surfaces9): "1 duplicate" in the summary line, JSON Lines lines
held to a document's depth cap, a JSON document's NaN said at its line, and an unknown
option said with the value typed after it.
"""

from __future__ import annotations

import contextlib
import io

from hypothesis import example, given
from hypothesis import strategies as st

from ipprules.listings.bulk import Summary

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _said(argv: list[str]) -> tuple[int, str]:
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -- item 1: "1 duplicate" in the summary line ---------------------------------------------


@given(
    total=st.integers(min_value=0, max_value=10**6),
    duplicates=st.integers(min_value=0, max_value=10**6),
)
@example(total=2, duplicates=1)
@example(total=1, duplicates=0)
@example(total=3, duplicates=2)
def test_the_summary_line_says_duplicate_in_the_singular_for_one(
    total: int, duplicates: int
) -> None:
    line = Summary(total, 0, duplicates, {}).line()
    noun = "duplicate" if duplicates == 1 else "duplicates"
    assert f", {duplicates} {noun}, 0 rejected" in line
    assert Summary(total, 0, duplicates, {}).as_dict()["line"] == line


@given(copies=st.integers(min_value=1, max_value=4))
def test_a_run_with_one_duplicate_says_one_duplicate(copies: int) -> None:
    from ipprules.listings import dedupe, parse_listings, summarize

    line = summarize(dedupe(parse_listings([_URL] * copies))).line()
    n = copies - 1
    assert f"1 parsed, {n} duplicate{'' if n == 1 else 's'}, 0 rejected" in line
