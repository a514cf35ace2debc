"""A bad cell after a cell that holds another delimiter is named at its column in the file
as written, by every CSV reader, in every dialect (inputs38). A ``;`` or tab history was
read as its comma rewrite and said the column there: two columns too far right when an
earlier cell (``A,2``) had to be quoted with commas. The comma rewrite is also exact:
a history and its ``;`` and tab renderings read alike, rows and errors (Hypothesis)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import History, iter_history
from ipprules.goodfaith.history import iter_rows
from test_inputs37 import BATCH, DIALECTS, HISTORY, READERS, VIOLATIONS, _cli, render

BAD = "x9"  # not a count: refused where a count is read


def _moved(rows: list[list[str]], before: int, after: int) -> list[list[str]]:
    """``rows`` with column ``before`` moved to just before column ``after``."""
    order = [i for i in range(len(rows[0])) if i != before]
    order.insert(order.index(after), before)
    return [[row[i] for i in order] for row in rows]


def _spoilt(rows: list[list[str]], line: int, column: str) -> list[list[str]]:
    out = [list(row) for row in rows]
    out[line][out[0].index(column)] = BAD
    return out


def _noted(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a note that holds a comma only (quoted in a comma file alone)."""
    return [rows[0], *[[*row[:-1], "a, b"] for row in rows[1:]]]


def _rows_api(path: Path) -> Any:
    return list(iter_rows(path))


#: reader -> (its rows, a bad count after a cell holding a comma, its API); the Dask
#: ``read_histories`` reads cells without checking them (its callers do)
CASES: dict[str, tuple[list[list[str]], Callable[[Path], Any]]] = {
    "good-faith": (_spoilt(HISTORY, 3, "listings"), READERS["good-faith"][1]),
    "iter_history": (_spoilt(HISTORY, 3, "listings"), lambda p: list(iter_history(p))),
    "iter_rows": (_spoilt(HISTORY, 3, "listings"), _rows_api),
    "timeline": (_spoilt(HISTORY, 3, "listings"), READERS["timeline"][1]),
    "what-if": (_spoilt(_moved(_noted(BATCH), 6, 4), 1, "listings"), READERS["what-if"][1]),
    "penalties": (_spoilt(_moved(VIOLATIONS, 4, 3), 2, "points"), READERS["penalties"][1]),
}


def _where(data: bytes, line: int) -> tuple[int, int]:
    """Where :data:`BAD` is on ``line`` of ``data``, as an editor counts (no BOM)."""
    text = data.decode("utf-8").lstrip("\ufeff").split("\n")[line - 1]
    return line, text.index(BAD) + 1


@pytest.mark.no_cover
@pytest.mark.parametrize(("reader", "dialect"), list(itertools.product(CASES, DIALECTS)))
def test_a_bad_cell_after_a_quoted_one_is_named_at_its_column_as_written(
    reader: str, dialect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The error's line and column are where the bad cell is in the file, API and CLI."""
    rows, api = CASES[reader]
    data = render(rows, dialect)
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    line = next(i for i, row in enumerate(rows) if BAD in row) + 1
    where = _where(data, line)
    with pytest.raises(InputError) as caught:
        api(path)
    assert (caught.value.line, caught.value.column) == where, str(caught.value)
    argv = READERS["good-faith" if reader.startswith("iter_") else reader][2](path)
    if argv:
        code, said = _cli(argv, capsys, path)
        assert code == 2 and f"FILE:{where[0]}:{where[1]}:" in said, said


def test_a_sep_line_history_names_the_column_as_written(tmp_path: Path) -> None:
    """With Excel's ``sep=;`` line too: the bad count one line further down, same column."""
    data = b"sep=;\n" + render(_spoilt(HISTORY, 3, "listings"), "semicolon")
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        History.from_file(path)
    assert (caught.value.line, caught.value.column) == _where(data, 5), str(caught.value)


#: cells that need quoting in one dialect or another, or hold a line break
_CELLS = st.text(st.sampled_from(["a", "1", ",", ";", "\t", '"', " ", "\n", "é"]), max_size=5)


def _read(data: bytes) -> Any:
    """The records of a history, or its error's line, path and message (not its column: a
    cell quoted in one dialect only is wider there)."""
    try:
        return [repr(record) for record in iter_history(io.BytesIO(data), format="csv")]
    except InputError as error:
        return [(p.line, p.path, p.message) for p in error.problems]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    ids=st.lists(_CELLS, min_size=3, max_size=3),
    notes=st.lists(_CELLS, min_size=3, max_size=3),
    counts=st.lists(st.sampled_from(["7", "0", "1,5", " 2", "x"]), min_size=3, max_size=3),
)
def test_a_history_reads_alike_in_every_dialect(
    ids: list[str], notes: list[str], counts: list[str]
) -> None:
    """The rows, or the error, of a history and of its ``;`` and tab renderings agree."""
    rows = [list(row) for row in HISTORY]
    rows[0][-1] = "note"
    for row, id_, note, count in zip(rows[2:], ids, notes, counts, strict=True):
        row[2], row[-1], row[-2] = id_, note, count
    comma = _read(render(rows, "comma"))
    for dialect in ("semicolon", "tab", "excel-semicolon"):
        assert _read(render(rows, dialect)) == comma, dialect
