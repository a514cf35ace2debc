"""The fast paths: the tallied fold equals the row-by-row fold; the CSV block reader equals csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import (
    AccountEvent,
    EventKind,
    History,
    engine,
    history,
    iter_rows,
    standing,
)

DAY = dt.date(2023, 1, 1).toordinal()
HEADER = "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated"


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny chunks and blocks, so that a few rows cross every boundary."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
    monkeypatch.setattr(history, "_BLOCK", 16)
    monkeypatch.setattr(history, "_CACHE_LINES", 3)


def naive(rows: list[Any]) -> dict[tuple[str, str], dict[int, list[int]]]:
    """The plain fold: every row into its (platform, code) -> day slot, one at a time."""
    series: dict[tuple[str, str], dict[int, list[int]]] = {}
    for r in rows:
        if isinstance(r, AccountEvent):
            continue
        day, platform, code, td, rj, wd, pd, ri = r
        slot = series.setdefault((platform, code), {}).setdefault(day, [0] * engine.WIDTH)
        outcome = 6 if td else 9 if pd else 7 if rj else 8
        for i, v in ((0, 1), (1, td), (2, rj), (3, wd), (4, pd), (5, ri), (outcome, 1)):
            slot[i] += v
        slot[10] += 1 if td and ri else 0
    return series


outcome = st.tuples(
    st.integers(0, 3), st.integers(0, 3), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)
).filter(lambda o: sum(o[:4]) > 0 and o[4] <= o[0])
row = st.builds(
    lambda d, p, c, o: (DAY + d, p, c, *o),
    st.integers(0, 6),
    st.sampled_from(["taobao", "tmall"]),
    st.sampled_from(["x", "y"]),
    outcome,
)
event = st.builds(
    lambda d, k: AccountEvent(date=dt.date.fromordinal(DAY + d), kind=k),
    st.integers(0, 6),
    st.sampled_from(list(EventKind)),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pool=st.lists(row, min_size=1, max_size=8),
    picks=st.lists(st.integers(0, 7), max_size=60),
    fresh=st.lists(row, max_size=20),
    events=st.lists(st.tuples(st.integers(0, 80), event), max_size=3),
)
def test_tallied_fold_equals_row_fold(
    small_blocks: None,
    pool: list[Any],
    picks: list[int],
    fresh: list[Any],
    events: list[tuple[int, AccountEvent]],
) -> None:
    """Repeated rows (the same objects), equal copies, distinct runs and events in order."""
    rows: list[Any] = [pool[i % len(pool)] for i in picks]
    rows += [tuple(r) for r in rows[::3]] + fresh
    for at, e in events:
        rows.insert(min(at, len(rows)), e)
    fast: dict[tuple[str, str], engine.Slots] = {}
    slow: dict[tuple[str, str], engine.Slots] = {}
    fast_events: list[AccountEvent] = []
    slow_events: list[AccountEvent] = []
    n = engine.fold(iter(rows), fast, fast_events)
    assert n == engine.fold_rows(rows, slow, slow_events)
    assert fast == slow == naive(rows)
    assert fast_events == slow_events == [r for r in rows if isinstance(r, AccountEvent)]


def test_fold_of_distinct_rows_switches_to_the_row_loop(small_blocks: None) -> None:
    rows = [(DAY + i, "tmall", "x", i + 1, 0, 0, 0, 0) for i in range(40)] * 2
    slots: dict[tuple[str, str], engine.Slots] = {}
    assert engine.fold(rows, slots, []) == 80
    assert slots[("tmall", "x")][DAY + 3] == [2, 8, 0, 0, 0, 0, 2, 0, 0, 0, 0]


@pytest.mark.parametrize(
    "bad", [["not", "a", "row"], "text", (DAY, "tmall", ["x"], 1, 0, 0, 0, 0), (DAY, "tmall")]
)
def test_fold_refuses_what_the_row_fold_refuses(small_blocks: None, bad: Any) -> None:
    rows = [(DAY, "tmall", "x", 1, 0, 0, 0, 0)] * 3 + [bad]
    with pytest.raises((InputError, TypeError, ValueError)) as fast:
        engine.fold(rows, {}, [])
    with pytest.raises((InputError, TypeError, ValueError)) as slow:
        engine.fold_rows(rows, {}, [])
    assert type(fast.value) is type(slow.value)


# ---------------------------------------------------------------------- CSV


def reference(text: str) -> list[Any]:
    """What the csv module makes of a valid history (the rows the reader must give)."""
    out: list[Any] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    for fields in reader:
        if not fields or fields == [""]:
            continue
        f = dict(zip(header, fields, strict=True))
        day = dt.date.fromisoformat(f["date"]).toordinal()
        if f["type"] != "complaint":
            out.append(AccountEvent(date=dt.date.fromordinal(day), kind=EventKind(f["type"])))
            continue
        counts = [int(f[c] or 0) for c in HEADER.split(",")[5:]]
        out.append((day, f["platform"], f["reason_code"], *counts))
    return out


def line_of(r: Any, quote: bool) -> str:
    if isinstance(r, AccountEvent):
        return f"{r.kind.value},{r.date.isoformat()},,,,,,,,"
    day, platform, code, td, rj, wd, pd, ri = r
    if quote:
        platform = f'"{platform}"'
    date = dt.date.fromordinal(day).isoformat()
    return f"complaint,{date},{platform},{code},{td + rj + wd + pd},{td},{rj},{wd},{pd},{ri}"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pool=st.lists(st.one_of(row, event), min_size=1, max_size=6),
    picks=st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.booleans()), max_size=40),
    crlf=st.booleans(),
    last_newline=st.booleans(),
)
def test_csv_blocks_equal_the_csv_module(
    small_blocks: None,
    pool: list[Any],
    picks: list[tuple[int, bool, bool]],
    crlf: bool,
    last_newline: bool,
) -> None:
    """Repeated lines, blank lines, quoted fields (from there on: csv), CRLF, no final newline."""
    lines = [HEADER]
    for i, blank, quote in picks:
        lines.append("" if blank else line_of(pool[i % len(pool)], quote and i == 0))
    end = "\r\n" if crlf else "\n"
    text = end.join(lines) + (end if last_newline else "")
    expected = reference(text)
    assert list(iter_rows(io.StringIO(text, newline=""), name="h.csv")) == expected
    history_ = History.from_file(io.StringIO(text, newline=""), name="h.csv")
    assert history_.complaints == sum(1 for r in expected if type(r) is tuple)


@pytest.mark.parametrize("quoted", [False, True])
def test_csv_error_in_a_later_block_names_its_line(small_blocks: None, quoted: bool) -> None:
    good = "complaint,2023-01-04,taobao,x,1,1,0,0,0,0"
    first = '"complaint",2023-01-04,taobao,x,1,1,0,0,0,0' if quoted else good
    lines = [HEADER, first] + [good] * 9 + ["", good, "complaint,2023-01-05,taobao,x,2,1,0,0,0,0"]
    rows = iter_rows(io.StringIO("\n".join(lines) + "\n"), name="h.csv")
    seen: list[Any] = []
    with pytest.raises(InputError) as info:
        seen.extend(rows)
    assert (info.value.line, info.value.column) == (14, 31)
    assert len(seen) == 11  # every row before the bad line came first


def test_csv_lone_carriage_returns_go_through_csv(small_blocks: None) -> None:
    """A lone carriage return goes through csv: a line break inside a quoted cell is read,
    one outside quotes is refused at its line (hostile-13: an old Mac file is refused, as by
    every CSV reader)."""
    text = HEADER + ',note\ncomplaint,2023-01-04,taobao,x,1,1,0,0,0,0,"a\rb"\n'
    assert list(iter_rows(io.StringIO(text, newline=""))) == [
        (DAY + 3, "taobao", "x", 1, 0, 0, 0, 0)
    ]
    text = HEADER + "\ncomplaint,2023-01-04,taobao,x,1,1,0,0,0,0\rcomplaint\n"
    with pytest.raises(InputError, match="bare carriage return") as info:
        list(iter_rows(io.StringIO(text, newline="")))
    assert info.value.line == 2


def test_csv_line_cache_is_bounded(small_blocks: None) -> None:
    lines = [f"complaint,2023-01-{d:02},taobao,x,1,1,0,0,0,0" for d in range(1, 21)]
    text = HEADER + "\n" + "\n".join(lines * 2) + "\n"
    assert [r[0] for r in iter_rows(io.StringIO(text))] == [DAY + d for d in range(20)] * 2


ID_HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,note"
id_line = st.one_of(
    st.builds(
        lambda d, i, td, rj, note: (
            f"complaint,2023-01-0{d},{i},taobao,x,{td + rj},{td},{rj},{note}"
        ),
        st.integers(1, 3),
        st.sampled_from(["", "C1", "C2", "x-9"]),
        st.integers(1, 2),
        st.integers(0, 1),
        st.sampled_from(["", "n"]),
    ),
    st.builds(
        lambda d, i, note: f"declaration,2023-01-0{d},{i},,,,,,{note}",
        st.integers(1, 3),
        st.sampled_from(["", "", "E1"]),
        st.sampled_from(["", "signed"]),
    ),
    st.sampled_from(
        ["", "complaint,2023-01-01", "complaint,2023-01-01,C9,taobao,x,1,1,0,,", "junk"]
    ),
)


def read_fast(text: str) -> list[Any]:
    """The rows (and events) of a CSV history text through the block reader."""
    return list(iter_rows(io.StringIO(text), name="h.csv"))


def read_slow(text: str) -> list[Any]:
    """The same through the line-by-line reading, complaints as rows."""
    return [
        r.as_row() if hasattr(r, "as_row") else r
        for r in history.iter_history(io.StringIO(text), name="h.csv")
    ]


def outcome(fn: Any) -> tuple[str, Any]:
    try:
        return "ok", fn()
    except InputError as exc:
        return "error", (exc.line, exc.path)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(id_line, max_size=30))
def test_csv_with_ids_equals_the_csv_module_path(small_blocks: None, lines: list[str]) -> None:
    """Keys without the id, events that must leave the id empty, blanks, short lines."""
    text = ID_HEADER + "\n" + "\n".join(lines) + "\n"

    def fast() -> list[Any]:
        return read_fast(text)

    def slow() -> list[Any]:
        return read_slow(text)

    assert outcome(fast) == outcome(slow)


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ((DAY, "tmall", "x", -1, 2, 0, 0, 0), "counts must be integers"),
        ((DAY, "tmall", "x", 1 << 17, 0, 0, 0, 0), "counts must be integers"),
        ((DAY, "tmall", "x", 1, 0, 0, 0, 2), "reinstated <= taken_down"),
        # a count the fold accepts (up to 2**17 - 1) is not what is named wrong in a row
        # that fails for another reason
        ((DAY, "tmall", "x", 0, 120_000, 0, 0, 2), "reinstated <= taken_down"),
        ((DAY, "tmall", "x", 0, 0, 0, 0, 0), "a complaint needs a listing"),
        ((DAY, "tmall", "x", 0, 0, 0, 0, 1), "a complaint needs a listing"),
        ((DAY, "tmall", "x", 1.0, 0, 0, 0, 0), "counts must be integers"),
        ((1, "tmall", "x", 1, 0, 0, 0, 0), "the day must be"),
        ((float(DAY + 5), "tmall", "x", 1, 0, 0, 0, 0), "the day must be"),
        ((float(DAY), "tmall", "x", 1, 0, 0, 0, 0), "the day must be"),  # equal to a known day
        ((DAY, "", "x", 1, 0, 0, 0, 0), "non-empty strings"),
        ((DAY, "tmall", 7, 1, 0, 0, 0, 0), "non-empty strings"),
    ],
)
def test_fold_checks_each_row(bad: Any, says: str) -> None:
    """Every invalid row is an InputError naming what is wrong, wherever it comes."""
    good = (DAY, "tmall", "x", 1, 0, 0, 0, 0)
    for rows in ([bad], [good, bad], [good] * 3 + [bad, good]):
        with pytest.raises(InputError, match=says):
            engine.fold(rows, {}, [])


#: The strategies ``day_runs`` draws from for each line, made once (a strategy made in the
#: loop cost a third of the drawing; the examples are the same).
_RUN_LENGTH, _TAKEN_DOWN, _REJECTED = st.integers(1, 400), st.integers(1, 3), st.integers(0, 1)
_PLATFORM = st.sampled_from(["taobao", "tmall"])


@st.composite
def day_runs(draw: st.DrawFn) -> list[str]:
    """Complaint lines in runs of one day, as exports write them (the reader's by-day path),
    with ids of one or of several lengths, repeated tails, and now and then a line that
    breaks the pattern: another day inside a run, an event, a blank, a short line, a bad
    date, a repeated id."""
    days = draw(st.lists(st.integers(1, 28), min_size=1, max_size=4, unique=True))
    days.sort(reverse=draw(st.booleans()))
    width = draw(st.sampled_from([0, 6, 9]))  # 0: ids of several lengths
    lines: list[str] = []
    n = 0
    for day in days:
        for _ in range(draw(_RUN_LENGTH)):
            n += 1
            cid = f"C{n:0{width}d}" if width else f"C{n}"
            td, rj = draw(_TAKEN_DOWN), draw(_REJECTED)
            platform = draw(_PLATFORM)
            lines.append(f"complaint,2023-02-{day:02d},{cid},{platform},x,{td + rj},{td},{rj},")
    for _ in range(draw(st.integers(0, 2))):
        odd = draw(
            st.sampled_from(
                [
                    "complaint,2023-03-01,Z1,taobao,x,1,1,0,",
                    "declaration,2023-02-01,,,,,,,signed",
                    "",
                    "complaint,2023-02-01",
                    "complaint,2023-02-30,Z2,taobao,x,1,1,0,",
                    "complaint,2023-2-01,Z3,taobao,x,1,1,0,",
                    "complaint,2023-02-01,C1,taobao,x,1,1,0,",
                ]
            )
        )
        lines.insert(draw(st.integers(0, len(lines))), odd)
    return lines


@pytest.mark.no_cover
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=day_runs(), block=st.sampled_from([1 << 10, 1 << 13, 1 << 16]))
def test_csv_in_runs_of_one_day_equals_the_csv_module_path(
    monkeypatch: pytest.MonkeyPatch, lines: list[str], block: int
) -> None:
    """The by-day path (complaints in runs of one day, ids cut out by slicing) gives what the
    line-by-line reading gives, errors included, at any block size."""
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(history, "_FIRST_BLOCK", block)
    text = ID_HEADER + "\n" + "\n".join(lines) + "\n"

    def fast() -> list[Any]:
        return read_fast(text)

    def slow() -> list[Any]:
        return read_slow(text)

    def tallied(fn: Any) -> Any:  # equal lines are tallied: the same rows, in any order
        kind, found = outcome(fn)
        return (kind, sorted(map(repr, found))) if kind == "ok" else (kind, found)

    assert tallied(fast) == tallied(slow)
    if outcome(fast)[0] == "ok":  # the counted fold of the file, as the rows give it
        rows = slow()
        by_file = History.from_file(io.StringIO(text), name="h.csv")
        by_rows = History.from_rows(
            [r for r in rows if type(r) is tuple], [e for e in rows if type(e) is not tuple]
        )
        day = dt.date(2023, 3, 31)
        assert standing(by_file, day) == standing(by_rows, day)
        assert by_file.complaints == by_rows.complaints
