"""``read_histories`` (many accounts, Dask) and ``History.from_file`` (one machine, here
through ``History.by_account``, its reader for a file of many accounts) read the
same CSV layouts alike: blank and white-space lines anywhere, a byte-order mark, CRLF, LF or
lone CR line ends (an old Mac file; mixed too), a last line with or without its end. A file one refuses the other refuses, with
the same error line (file, line, column, message); a file both accept gives the same rows.

Before, ``read_histories`` read a file whose line 1 was blank (``History.from_file``: "line 1
is blank: a CSV history starts with its header line") and skipped lines of white space that
``History.from_file`` refuses as rows of one field; and it refused a file of lone carriage
returns ("not CSV: new-line character seen in unquoted field") that ``History.from_file`` read.
Since hostile-13 both refuse a file of lone carriage returns (an old Mac file) at its header,
and a bare carriage return outside quotes at its line, as every CSV reader does.
"""

from __future__ import annotations

from pathlib import Path

import dask
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.scale import read_histories

HEADER = "account,type,date,platform,reason_code,listings,taken_down,rejected"
ROWS = (
    "acme,complaint,2023-03-01,taobao,tm_counterfeit,10,10,0",
    "globex,complaint,2023-03-02,tmall,tm_counterfeit,5,4,1",
    "acme,complaint,2023-03-03,taobao,tm_counterfeit,7,7,0",
)
#: Lines that hold no record: empty, or white space only.
FILLERS = ("", " ", "\t", "   ", " \t ", "\u3000", "\x0c")

fillers = st.lists(st.sampled_from(FILLERS), max_size=2)


@st.composite
def layouts(draw: st.DrawFn) -> str:
    rows = list(ROWS[: draw(st.integers(0, len(ROWS)))])
    lines = [*draw(fillers), HEADER]
    for row in rows:
        lines += [*draw(fillers), row]
    lines += draw(fillers)
    ends = st.sampled_from(["\n", "\r\n", "\r"])  # "\r": an old Mac file
    if draw(st.booleans()):  # one line end throughout
        end = draw(ends)
        text = end.join(lines) + (end if draw(st.booleans()) else "")
    else:  # line ends mixed
        text = "".join(line + draw(ends) for line in lines[:-1]) + lines[-1]
        text += draw(ends) if draw(st.booleans()) else ""
    return ("\ufeff" if draw(st.booleans()) else "") + text


def _one_machine(path: str) -> tuple[str, object]:
    """``History.by_account``: ``History.from_file``'s reader, for a file of many accounts."""
    try:
        histories = History.by_account(path)
    except InputError as exc:
        return "refused", str(exc)
    return "read", sum(h.complaints for h in histories.values())


def _many_accounts(path: str) -> tuple[str, object]:
    try:
        with dask.config.set(scheduler="synchronous"):
            frame = read_histories(path).compute()
    except InputError as exc:
        return "refused", str(exc)
    return "read", len(frame)


# 50 draws (150 before scale14): the layouts are few, and the @examples hold the ones found
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=layouts())
@example(text=f"\n{HEADER}\n{ROWS[0]}\n")  # a blank line 1
@example(text=f"\ufeff\r\n{HEADER}\r\n{ROWS[0]}\r\n")  # BOM, then a blank line 1 (CRLF)
@example(text=f" \n{HEADER}\n{ROWS[0]}\n")  # white space on line 1
@example(text=f"{HEADER}\n{ROWS[0]}\n  \n")  # a white-space line after the rows
@example(text=f"{HEADER}\r\n \t\r\n{ROWS[0]}")  # one between header and row, CRLF
@example(text="\n \n\t\n")  # blank to the end: no rows (both)
@example(text=f"{HEADER}\r{ROWS[0]}\r{ROWS[1]}\r")  # carriage returns alone: refused
@example(text=f"{HEADER}\r{ROWS[0]}\r  \r{ROWS[1]}")  # ... with a white-space line, refused
@example(text=f"\r{HEADER}\r{ROWS[0]}\r")  # ... with a blank line 1, refused
def test_both_readers_read_every_layout_alike(text: str, tmp_path_factory: object) -> None:
    folder = Path(tmp_path_factory.mktemp("layout"))  # type: ignore[attr-defined]
    path = folder / "history.csv"
    path.write_bytes(text.encode("utf-8"))
    alone = _one_machine(str(path))
    assert _many_accounts(str(path)) == alone, repr(text)


NOTED = f"{HEADER},note"


def _noted(*lines: str) -> str:
    return "\n".join([NOTED, *lines]) + "\n"


@pytest.mark.parametrize(
    ("text", "refused_on"),
    [
        # a white-space line inside a quoted note is part of the cell, not a line of its own
        (_noted(f'{ROWS[0]},"first\n   \nlast"', f"{ROWS[1]},"), None),
        # after a quoted cell, a white-space line of its own is still refused, on its line
        (_noted(f'{ROWS[0]},"first\nlast"', "  ", f"{ROWS[1]},"), 4),
        (_noted(f'{ROWS[0]},"a ""quoted"" word"', f"{ROWS[1]},", "\t"), 4),
    ],
)
def test_quoted_cells_keep_their_lines(text: str, refused_on: int | None, tmp_path: Path) -> None:
    path = tmp_path / "noted.csv"
    path.write_bytes(text.encode("utf-8"))
    alone = _one_machine(str(path))
    assert _many_accounts(str(path)) == alone
    if refused_on is None:
        assert alone == ("read", 2)
    else:
        assert alone == ("refused", f"{path}:{refused_on}:1: $: expected 9 fields as in the "
                         "header, got 1")  # fmt: skip


def test_carriage_returns_inside_a_quoted_note_keep_the_lines_alike(tmp_path: Path) -> None:
    """A lone carriage return inside a quoted note, in a file of lone carriage returns: a
    white-space line after it is refused on the same line by both readers."""
    text = "\r".join([NOTED, f'{ROWS[0]},"first\rlast"', "  ", f"{ROWS[1]},"]) + "\r"
    path = tmp_path / "noted.csv"
    path.write_bytes(text.encode("utf-8"))
    alone = _one_machine(str(path))
    assert alone == (  # an old Mac file, refused at its header (hostile-13)
        "refused",
        f"{path}:1: $: lines end in bare carriage returns (old Mac line endings): save the "
        "file with LF or CRLF line endings",
    )
    assert _many_accounts(str(path)) == alone
    lf = text.replace("\r", "\n").replace("first\nlast", "first\rlast")  # a CR in quotes
    path.write_bytes(lf.encode("utf-8"))
    alone = _one_machine(str(path))  # a CR is no line end: the white-space line is line 3
    assert alone == ("refused", f"{path}:3:1: $: expected 9 fields as in the header, got 1")
    assert _many_accounts(str(path)) == alone


def _shaped(draw: st.DrawFn, row: str) -> str:
    """A row as written, or one of the shapes a reader refuses: cells left out or added, the
    account cell empty or white space; or quoted cells (a note holding the delimiter)."""
    cells = row.split(",")
    shape = draw(st.sampled_from(["same", "same", "short", "long", "no account", "quoted"]))
    if shape == "short":
        cells = cells[: draw(st.integers(1, len(cells) - 1))]
    elif shape == "long":
        cells += draw(st.lists(st.sampled_from(["", "x", '"a,b"']), min_size=1, max_size=3))
    elif shape == "no account":
        cells[0] = draw(st.sampled_from(["", " ", '""', "\u3000"]))
    elif shape == "quoted":
        cells[0] = f'"{cells[0]}"'
    return ",".join(cells)


@st.composite
def shaped_layouts(draw: st.DrawFn) -> str:
    lines = [HEADER]
    for row in draw(st.lists(st.sampled_from(ROWS), min_size=1, max_size=5)):
        lines += [*draw(st.lists(st.sampled_from(("", "  ")), max_size=1)), _shaped(draw, row)]
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines) + (end if draw(st.booleans()) else "")


def _standings(path: str) -> tuple[str, object]:
    from ipprules.scale import standings

    try:
        with dask.config.set(scheduler="synchronous"):
            frame = standings(path, "2023-03-31").compute()
    except InputError as exc:
        return "refused", str(exc)
    return "read", len(frame)


# 40 draws (150 before scale14, the folder's costliest test): every draw computes
# ``read_histories`` and, refused, ``standings``; the shapes are few, the @examples hold the
# ones found, and the bad rows of many accounts are drawn again in test_same_answer_dasksame
@pytest.mark.no_cover
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=shaped_layouts())
@example(text=f"{HEADER}\n{ROWS[0][:-2]}\n")  # a short first row
@example(text=f"{HEADER}\n{ROWS[0]},x\n")  # a long first row (pandas kept its first cells)
@example(text=f"{HEADER}\n{ROWS[0]}\n{ROWS[1]},x\n{ROWS[2][:-2]}\n")  # long then short
@example(text=f"{HEADER}\n{ROWS[0]}\n{ROWS[1][:-2]}\n{ROWS[2]},x\n")  # short then long
@example(text=f"{HEADER}\n,complaint,2023-03-01,taobao,tm_counterfeit,10,10,0\n")  # no account
@example(text=f'{HEADER}\n{ROWS[0]}\n" ",complaint,2023-03-01,taobao,x,1,1,0\n')  # quoted blank
def test_both_readers_refuse_the_same_rows_alike(text: str, tmp_path_factory: object) -> None:
    """One rule (``row_problem``) for a history line: as many cells as the header, and an
    account on every line of a history with an account column. ``History.by_account``,
    ``read_histories`` and ``standings`` refuse the same first line, with the same file, line,
    column and message; a file all read gives the same rows. Before, ``read_histories`` filled
    a short row, kept the first cells of a long first row, read an empty account cell as an
    account (``by_account`` too, as ``""``), and ``standings`` refused it without a line."""
    folder = Path(tmp_path_factory.mktemp("shaped"))  # type: ignore[attr-defined]
    path = folder / "history.csv"
    path.write_bytes(text.encode("utf-8"))
    alone = _one_machine(str(path))
    assert _many_accounts(str(path)) == alone, repr(text)
    if alone[0] == "refused":
        assert _standings(str(path)) == alone, repr(text)


@pytest.mark.parametrize(
    ("row", "column"),
    [
        (
            f'{ROWS[0]},"never closed',
            len(ROWS[0]) + 2,
        ),  # a quote never closed: where the cell opens
        (
            f'{ROWS[0]},"a"b',
            len(ROWS[0]) + 2,
        ),  # text after a closing quote (a stray quote): where it starts
        (f'"acme"x,{ROWS[0][5:]},', 1),
    ],
)
def test_csv_syntax_errors_name_the_column_of_the_bad_cell(
    row: str, column: int, tmp_path: Path
) -> None:
    """Both readers name the line and the column where the cell that breaks the CSV starts
    (before: the line, and no column or column 1); read_histories accepted "a"b."""
    path = tmp_path / "h.csv"
    path.write_text(f"{NOTED}\n{ROWS[1]},\n{row}\n{ROWS[2]},\n", encoding="utf-8")
    alone = _one_machine(str(path))
    assert alone[0] == "refused" and f"h.csv:3:{column}: $: not valid CSV" in str(alone[1])
    assert _many_accounts(str(path)) == alone
