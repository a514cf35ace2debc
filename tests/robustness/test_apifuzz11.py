"""Hostile arguments to the API added or changed in the session of sweep apifuzz11:
``History.from_frame`` / ``to_frame``, ``what_if`` reading a history stream, ``set_gc_pausing``,
``IpprulesError.to_dict``, the date hints and look-alike hints. Only ``TypeError`` or an
:class:`~ipprules.errors.IpprulesError` may escape; each test below failed before its fix.
"""

from __future__ import annotations

import pathlib

import pytest

from ipprules.errors import InputError
from ipprules.goodfaith import History

pd = pytest.importorskip("pandas")

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


def _frame(rows: int = 8) -> pd.DataFrame:
    frame = History.from_file(EXAMPLES / "history.csv").to_frame().head(rows).copy()
    frame.index = [f"r{i}" for i in range(rows)]
    return frame


@pytest.mark.parametrize("note", ["a\nb\nc", "x\r\ny", "\n\n", 'say "\n" twice'])
def test_from_frame_names_the_row_after_a_note_holding_line_breaks(note: str) -> None:
    # A note with line breaks makes its row's CSV record span several lines: the refusal of a
    # later row was placed at the row of its line number ('r7' for 'r5'), or at no row.
    frame = _frame()
    frame["note"] = pd.Series([note] + [""] * 7, dtype=object, index=frame.index)
    frame["listings"] = frame["listings"].astype(object)
    frame.loc["r5", "listings"] = "x"
    with pytest.raises(InputError) as caught:
        History.from_frame(frame)
    assert [p.path for p in caught.value.problems] == ["$['r5'].listings"]


def test_from_frame_of_rows_without_columns_is_refused() -> None:
    # 3 rows and no columns made blank lines, read as no rows: an empty history, the rows
    # unaccounted for.
    with pytest.raises(InputError, match=r"missing column 'type'.*3 row"):
        History.from_frame(pd.DataFrame(index=range(3)))
    assert History.from_frame(pd.DataFrame()) == History.from_rows([])


def test_from_frame_of_multiindex_columns_names_the_levels() -> None:
    # Each level made a header line, the lower one read as a row: "$[0].date: ... got 'x'".
    frame = _frame()
    frame.columns = pd.MultiIndex.from_tuples([(c, "x") for c in frame.columns])
    with pytest.raises(InputError, match=r"2 levels \(a MultiIndex\)"):
        History.from_frame(frame)


def test_from_frame_with_type_in_its_index_says_reset_index() -> None:
    frame = _frame().set_index(["type", "date"])
    with pytest.raises(InputError, match=r"in the frame's index; df.reset_index\(\)"):
        History.from_frame(frame)
    assert History.from_frame(frame.reset_index()) == History.from_frame(_frame())
