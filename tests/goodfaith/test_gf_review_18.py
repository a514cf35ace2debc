"""review18: runs of one day whose ids have one width, but for a line or three whose id is
quoted, holds a comma in quotes, a stray quote, a BOM, a carriage return or a space, or is
longer, shorter, empty or in another case; lines ending CRLF; a tail with a quoted comma.
The block reader (the slices of ids of one width, gfcsv3) gives the rows and the first
error the line-by-line reader gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_gf_by_day_fuzz import CONSTANTS, check, fuzz, patch

ODD_IDS: list[Callable[[str], str]] = [
    lambda i: f'"{i}"',
    lambda i: f'"{i[:2]},{i[3:]}"',
    lambda i: i + " ",
    lambda i: " " + i[1:],
    lambda i: i[:-1],
    lambda i: i + "0",
    lambda i: "\ufeff" + i[1:],
    lambda i: i[:-1] + '"',
    lambda i: i[:-1] + "\r",
    lambda i: "é" + i[1:],
    str.lower,
    lambda i: "",
]
TAILS = [
    "taobao,x,1,1,0,",
    ",x,1,1,0,",
    "tmall,y,2,1,1,n",
    'taobao,x,1,1,0,"q,q"',
]


@st.composite
def one_width_files(draw: st.DrawFn) -> str:
    width = draw(st.integers(2, 7))
    n = draw(st.integers(0, 5))
    lines: list[list[str]] = []
    for day in range(1, draw(st.integers(1, 3)) + 1):
        for _ in range(draw(st.integers(1, 50))):
            n += draw(st.sampled_from([1, 1, 1, 0, -1]))  # repeats and a step back too
            tail = draw(st.sampled_from(TAILS))
            lines.append([f"C{abs(n):0{width - 1}d}", f"2023-02-{day:02d}", tail])
    for _ in range(draw(st.integers(1, 3))):
        line = lines[draw(st.integers(0, len(lines) - 1))]
        line[0] = draw(st.sampled_from(ODD_IDS))(line[0])
    end = draw(st.sampled_from(["\n", "\r\n"]))
    body = end.join(f"complaint,{day},{cid},{tail}" for cid, day, tail in lines)
    body += draw(st.sampled_from(["", " "]))
    return "type,date,id,platform,reason_code,listings,taken_down,rejected,note" + end + body + end


@fuzz(300)
@given(text=one_width_files(), constants=CONSTANTS, kind=st.sampled_from(["str", "bytes"]))
def test_one_width_runs_with_an_odd_line_equal_the_line_by_line_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, constants: tuple[int, int, int, int], kind: str
) -> None:
    patch(monkeypatch, constants)
    check(text, kind)
