"""A history CSV that starts with Excel's ``sep=`` line, on one machine (sweep gf22).

The Dask ``read_histories`` read such a file past the line; the one-machine reader refused
it ("delete this line"). Now every one-machine reading (``History.from_file``, the
``good-faith`` command with ``--timeline`` and ``--what-if``, the ids read again) reads it
with the delimiter the line names, as the same file without the line, and says every error
at the file's own line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.goodfaith._commas import by_commas
from ipprules.goodfaith.history import id_lines, iter_history

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2024-06-01"

#: the sep= line as written -> the delimiter it names
SEP_LINES = {"sep=;": ";", "sep=,": ",", '"sep=,"': ",", "sep=\t": "\t", "\ufeffsep=;": ";"}

HEADER = ["type", "date", "id", "platform", "reason_code", "listings", "taken_down", "note"]
ROWS = [
    HEADER,
    ["declaration", "2023-01-02", "", "", "", "", "", "signed"],
    ["complaint", "2023-01-05", "A1", "tmall", "tm_counterfeit", "12", "12", "a,b;c\td"],
    ["complaint", "2024-05-04", "A2", "taobao", "tm_misuse", "3", "3", 'two\nlines "q"'],
]


def render(rows: list[list[str]], delimiter: str, sep: str | None) -> bytes:
    out = io.StringIO()
    if sep is not None:
        out.write(sep + "\n")
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _error(data: bytes) -> tuple[int | None, str]:
    with pytest.raises(InputError) as caught:
        History.from_file(io.BytesIO(data))
    return caught.value.line, caught.value.problems[0].message


@pytest.mark.parametrize("sep", sorted(SEP_LINES))
def test_a_sep_line_history_reads_as_the_file_without_it(sep: str, tmp_path: Path) -> None:
    """Refused before: "an Excel sep= line: a history CSV starts with its header line"."""
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    plain.write_bytes(render(ROWS, ",", None))
    marked.write_bytes(render(ROWS, SEP_LINES[sep], sep))
    assert History.from_file(marked) == History.from_file(plain)
    stream = io.BytesIO(marked.read_bytes())
    assert list(iter_history(stream)) == list(iter_history(plain))
    # the ids read again: the same ids, each one line further down (the sep= line)
    assert list(id_lines(marked)) == [(n + 1, i) for n, i in id_lines(plain)]


@pytest.mark.parametrize("sep", sorted(SEP_LINES))
def test_errors_of_a_sep_line_history_are_at_the_files_lines(sep: str) -> None:
    delimiter = SEP_LINES[sep]
    bad_date = [*ROWS[:3], [ROWS[3][0], "2024-05-0x", *ROWS[3][2:]]]
    # line 1 sep=, line 2 header, 3 and 4 rows, the bad date on line 5
    assert _error(render(bad_date, delimiter, sep)) == (
        5,
        "expected a date (YYYY-MM-DD), got '2024-05-0x'",
    )
    line, message = _error(render([["typ", *HEADER[1:]], *ROWS[1:]], delimiter, sep))
    assert (line, message.split(" (")[0]) == (2, "unknown column 'typ'")
    line, message = _error(render([HEADER[1:], *(r[1:] for r in ROWS[1:])], delimiter, sep))
    assert (line, message) == (2, "missing column 'type'")


@pytest.mark.no_cover
@pytest.mark.parametrize("sep", ["sep=;", "sep=\t"])
@pytest.mark.parametrize(
    "argv",
    [
        ["good-faith", "{}", "--as-of", AS_OF, "--format", "json"],
        ["good-faith", "{}", "--timeline", "2024-05-01", AS_OF, "--format", "json"],
        ["good-faith", str(EXAMPLES / "history.csv"), "--what-if", "{}", "--as-of", AS_OF],
    ],
)
def test_the_cli_reads_a_sep_line_history(
    sep: str, argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = []
    for name, data in (("a", render(ROWS, ",", None)), ("b", render(ROWS, SEP_LINES[sep], sep))):
        path = tmp_path / name / "in.csv"
        path.parent.mkdir()
        path.write_bytes(data)
        code = main([part.replace("{}", str(path)) for part in argv])
        out, err = capsys.readouterr()
        answers.append((code, (out + err).replace(str(path), "FILE")))
    assert answers[0][0] in (0, 1), answers[0][1]  # 1: a threshold is not met
    assert answers[1] == answers[0]


def test_the_cli_says_the_line_of_a_bad_row_after_a_sep_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.csv"
    bad = [*ROWS[:2], [ROWS[2][0], "2023-13-05", *ROWS[2][2:]], ROWS[3]]
    path.write_bytes(render(bad, ";", "sep=;"))
    assert main(["good-faith", str(path), "--as-of", AS_OF]) == 2
    assert f"{path}:4:" in capsys.readouterr().err


cells = st.text(st.characters(codec="utf-8", exclude_characters="\r\x00"), max_size=6)


def _read(data: bytes) -> Any:
    """The records and history of ``data``, or its error's line and message."""
    try:
        return list(iter_history(io.BytesIO(data))), History.from_file(io.BytesIO(data))
    except InputError as error:
        return error.line, error.problems[0].message


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    notes=st.lists(cells, min_size=1, max_size=6),
    days=st.lists(st.integers(1, 28), min_size=6, max_size=6),
    spoil=st.none() | st.integers(0, 5),
    sep=st.sampled_from(sorted(SEP_LINES)),
)
def test_any_history_reads_alike_with_and_without_a_sep_line(
    notes: list[str], days: list[int], spoil: int | None, sep: str
) -> None:
    """The same records; an error (a bad date on row ``spoil``) one line further down."""
    rows = [["type", "date", "note"]]
    for i, (note, day) in enumerate(zip(notes, days, strict=False)):
        date = f"2023-02-{day:02d}" if i != spoil else f"2023-02-{day:02d}x"
        rows.append(["declaration", date, note])
    delimiter = SEP_LINES[sep]
    plain = _read(render(rows, delimiter, None))
    marked = _read(render(rows, delimiter, sep))
    if isinstance(plain[0], int):  # an error: its line, one further down
        assert marked == (plain[0] + 1, plain[1])
        assert "expected a date" in plain[1]
    else:
        assert marked == plain


class Greedy:
    """A binary stream with ``read`` only, that returns more than asked."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int | None = -1) -> Any:
        return self._data.read(-1 if size is None or size < 0 else 2 * size + 7)


def test_a_stream_read_ahead_fills_no_more_than_the_buffer_asked() -> None:
    """``_ReplayBytes.readinto`` wrote the surplus past a memoryview's end (ValueError)."""
    data = b"type,date\n" + b"declaration,2023-01-02\n" * 20000  # past the first 64 KiB
    stream = by_commas(Greedy(data), "g")[0]
    got, buffer = bytearray(), bytearray(1000)
    while size := stream.readinto(memoryview(buffer)):
        assert size <= len(buffer)
        got += buffer[:size]
    assert bytes(got) == data
