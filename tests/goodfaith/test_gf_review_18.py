"""review18: R91's withdrawn notes appear exactly when leaving the withdrawn complaints out
(or counting them as failures, for the takedown rate) turns a criterion, the account's or a
reason code's, under each reading; and runs of one day whose ids have one width, but for a line or three whose id is
quoted, holds a comma in quotes, a stray quote, a BOM, a carriage return or a space, or is
longer, shorter, empty or in another case; lines ending CRLF; a tail with a quoted comma.
The block reader (the slices of ids of one width, gfcsv3) gives the rows and the first
error the line-by-line reader gives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_gf_by_day_fuzz import CONSTANTS, check, fuzz, patch

from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing, what_if

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


@fuzz(50)
@given(text=one_width_files(), constants=CONSTANTS, kind=st.sampled_from(["str", "bytes"]))
def test_one_width_runs_with_an_odd_line_equal_the_line_by_line_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, constants: tuple[int, int, int, int], kind: str
) -> None:
    patch(monkeypatch, constants)
    check(text, kind)


# ------------------------------------------------------------------- R91 withdrawn notes

READINGS = ("brief", "official", "brief-at-least-100")
Row = tuple[str, int, int, int, int]  # reason code, taken down, rejected, withdrawn, reinstated


def _history(rows: list[Row], *, withdrawn: str = "kept") -> History:
    """``withdrawn``: ``kept``, ``left out`` (no such complaint), or ``failed`` (rejected)."""
    records: list[AccountEvent | Complaint] = [
        AccountEvent(date=date(2024, 1, 2), kind=EventKind.DECLARATION)
    ]
    for i, (code, down, rejected, gone, reinstated) in enumerate(rows):
        if gone and withdrawn == "left out":
            continue
        if gone and withdrawn == "failed":
            rejected, gone = 1, 0
        records.append(
            Complaint(
                filed=date(2024, 5, 1),
                platform="taobao",
                reason_code=code,
                listings=1,
                taken_down=down,
                rejected=rejected,
                withdrawn=gone,
                reinstated=reinstated,
                id=f"c{i}",
            )
        )
    return History.from_records(records)


@st.composite
def near_thresholds(draw: st.DrawFn) -> list[Row]:
    """One or two reason codes, counts about 100 complaints, 90% and 5%."""
    rows: list[Row] = []
    for code in draw(st.sampled_from([["tm_counterfeit"], ["tm_counterfeit", "tm_misuse"]])):
        down = draw(st.sampled_from([0, 1, 5, 40, 89, 90, 95, 99, 100, 101, 150]))
        gone = draw(st.sampled_from([0, 1, 2, 5, 10, 40]))
        rejected = draw(st.sampled_from([0, 0, 1, 3, 10]))
        reinstated = min(down, draw(st.sampled_from([0, 1, 4, 5, 6, 9, 10])))
        rows += [(code, 1, 0, 0, int(i < reinstated)) for i in range(down)]
        rows += [(code, 0, 1, 0, 0)] * rejected
        rows += [(code, 0, 0, 1, 0)] * gone
    return rows


@fuzz(60)
@given(
    rows=near_thresholds(),
    reading=st.sampled_from(READINGS),
    day=st.sampled_from([date(2024, 6, 3), date(2019, 6, 3)]),
)
def test_withdrawn_notes_appear_exactly_when_the_criterion_would_turn(
    rows: list[Row], reading: str, day: date
) -> None:
    kept = standing(_history(rows), day, interpretation=reading)
    left_out = standing(_history(rows, withdrawn="left out"), day, interpretation=reading)
    failed = standing(_history(rows, withdrawn="failed"), day, interpretation=reading)
    for name, word, other in (
        ("volume", "volume", left_out),
        ("counter_notice_rate", "counter-notice", left_out),
        ("takedown_rate", "takedown", failed),
    ):
        theirs = {c.reason_code: c for c in other.criteria if c.name == name}
        for mine in (c for c in kept.criteria if c.name == name):
            code, found = mine.reason_code, theirs.get(mine.reason_code)
            # a code with nothing left to count is not assessed: it passes
            met = found.met if found is not None else code is not None
            if code is None:
                noted = any(
                    "withdrawn" in n and "R91" in n and word in n and "reason code(s)" not in n
                    for n in kept.notes
                )
            else:
                noted = any(
                    "withdrawn" in n and "R91" in n and word in n and f"{code!r} (" in n
                    for n in kept.notes
                )
            assert noted == (mine.met != met), (name, code, mine.met, met, kept.notes)


# ------------------------------------------------------------------- what_if's batch


@pytest.mark.parametrize("batch", [b"examples/what-if.toml", bytearray(b"x"), {"a": 1}])
def test_a_batch_of_bytes_or_a_mapping_is_a_type_error(batch: object) -> None:
    """A bytes path was read byte by byte ('expected an outcome row ..., got 101'), a dict
    key by key, as a str of platforms was letter by letter (hostile17)."""
    history = History.from_file("examples/history.csv")
    with pytest.raises(TypeError, match="batch: expected a what-if plan"):
        what_if(history, batch, "2022-12-31")  # type: ignore[arg-type]
