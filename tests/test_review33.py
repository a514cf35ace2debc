"""review33: a second look at the last session's merged work (bugs found, each with its test)."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import Complaint, History


def _copy(history: History) -> dict[tuple[str, str], dict[int, list[int]]]:
    return {k: {d: list(v) for d, v in s.items()} for k, s in history.counts.slots.items()}


@example(numpy_text=True, as_list=False, listings=5)
@example(numpy_text=False, as_list=True, listings=2)
@settings(max_examples=10, deadline=None)
@given(
    numpy_text=st.booleans(), as_list=st.booleans(), listings=st.integers(min_value=1, max_value=50)
)
def test_with_records_leaves_the_history_unchanged(
    numpy_text: bool, as_list: bool, listings: int
) -> None:
    # with_records copied the slots it adds to only when a row was a tuple whose platform and
    # reason code were exactly str: a numpy.str_ platform (a value read from a data frame),
    # or a row given as a list, added to the original history's counters in place
    text = np.str_ if numpy_text else str
    history = History.from_records(
        [
            Complaint(
                filed="2023-09-01", platform="taobao", reason_code="tm_x", listings=2, taken_down=2
            )
        ]
    )
    before = _copy(history)
    row = Complaint(
        filed="2023-09-01",
        platform=text("taobao"),
        reason_code=text("tm_x"),
        listings=listings,
        taken_down=listings,
    )
    more = history.with_records([list(row.as_row()) if as_list else row])
    assert _copy(history) == before
    assert more.complaints == history.complaints + 1
