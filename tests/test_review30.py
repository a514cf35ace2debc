"""review30: a second look at the last session's merged work (flaky4, inputs23, rulesleft2,
newuser5, newuser6, urls29, review29, planner5, planner6)."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import Complaint, History, what_if

_OK = Complaint(
    filed="2023-01-02",
    platform="taobao",
    reason_code="tm_counterfeit",
    listings=10,
    taken_down=9,
    rejected=1,
)
_CELLS = st.one_of(
    st.integers(-2, 800_000),
    st.text(max_size=3),
    st.none(),
    st.lists(st.integers(), max_size=1),
    st.dictionaries(st.text(max_size=1), st.integers(), max_size=1),
)


def _said(call: object) -> str:
    try:
        call()  # type: ignore[operator]
    except InputError as exc:
        return str(exc)
    return "accepted"


# newuser5 placed a refused record at its index ($[i]) in from_records, with_records and a
# what_if batch; with_records (and so what_if) first read each tuple's platform and reason
# code, so a row too short was an IndexError and one holding a list a TypeError ("unhashable
# type"), where from_records says "$[1]: invalid outcome row ...".
@settings(max_examples=60)
@given(row=st.lists(_CELLS, max_size=9).map(tuple))
@example(row=())
@example(row=("a",))
@example(row=(738522, ["taobao"], "x", 9, 1, 0, 0, 0))
@example(row=(738522, "taobao", {}, 9, 1, 0, 0, 0))
def test_with_records_and_what_if_refuse_a_row_as_from_records_does(row: tuple) -> None:
    records = [_OK, row]
    alone = _said(lambda: History.from_records(records))
    history = History.from_records([_OK])
    assert _said(lambda: history.with_records(records)) == alone
    if alone != "accepted":
        assert alone.startswith("$[1]: ")
        assert _said(lambda: what_if(history, records, dt.date(2023, 3, 1))) == alone
