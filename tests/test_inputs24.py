"""inputs24: bad input refused and said as what it is.

Good Faith records built in Python (a :class:`Complaint`'s fields; outcome rows given to
``History.from_records``, ``with_records`` and a ``what_if`` batch) name the field of the
wrong type.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import Complaint, History, what_if

_COUNT_FIELDS = (
    "listings",
    "taken_down",
    "rejected",
    "withdrawn",
    "pending",
    "reinstated",
    "counter_rejected",
)
_GOOD: dict[str, Any] = {
    "filed": dt.date(2023, 3, 1),
    "platform": "taobao",
    "reason_code": "tm_counterfeit",
    "listings": 3,
    "taken_down": 2,
    "rejected": 1,
}
#: Values that are no int: each is refused as a count, naming the field.
_NOT_INTS = st.one_of(
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.none(),
    st.builds(Decimal, st.integers(0, 9)),
    st.builds(Fraction, st.integers(0, 9), st.integers(1, 3)),
    st.lists(st.integers(0, 3), max_size=2),
)


@settings(max_examples=40)
@given(field=st.sampled_from(_COUNT_FIELDS), value=_NOT_INTS)
@example(field="listings", value="5")  # was: '<' not supported between 'str' and 'int'
@example(field="listings", value=3.0)  # was accepted
@example(field="taken_down", value=2.0)  # was accepted, refused later as an outcome row
@example(field="listings", value=math.nan)  # was: "... = 3, not listings = nan"
@example(field="rejected", value=True)
def test_a_count_that_is_no_int_is_a_type_error_naming_it(field: str, value: object) -> None:
    said = "None" if value is None else type(value).__name__
    with pytest.raises(TypeError, match=f"^{field} must be an int, got {said}"):
        Complaint(**{**_GOOD, field: value})


class _Count(enum.IntEnum):
    TWO = 2


@pytest.mark.parametrize("kind", ["intenum", "numpy"])
def test_an_integer_of_another_type_is_kept_as_its_int(kind: str) -> None:
    """``numpy.int64`` (a data frame's cell) and an IntEnum are the ints they stand for: the
    record holds plain ints, so its standing's JSON is plain (numpy's was not serialisable)."""
    if kind == "numpy":
        np = pytest.importorskip("numpy")
        two: Any = np.int64(2)
    else:
        two = _Count.TWO
    made = Complaint(**{**_GOOD, "listings": 2, "taken_down": two, "rejected": 0})
    assert type(made.taken_down) is int
    assert made == Complaint(**{**_GOOD, "listings": 2, "taken_down": 2, "rejected": 0})


@settings(max_examples=30)
@given(
    field=st.sampled_from(["platform", "reason_code"]),
    value=st.one_of(st.none(), st.integers(), st.binary(max_size=3), st.lists(st.text())),
)
@example(field="platform", value=None)  # was said with the internal outcome tuple
def test_a_platform_or_code_that_is_no_str_is_a_type_error_naming_it(
    field: str, value: object
) -> None:
    said = "None" if value is None else type(value).__name__
    with pytest.raises(TypeError, match=f"^{field} must be a str, got {said}"):
        Complaint(**{**_GOOD, field: value})


@pytest.mark.parametrize("field", ["platform", "reason_code"])
def test_an_empty_platform_or_code_is_refused_at_its_path(field: str) -> None:
    with pytest.raises(InputError, match=rf"^\$\.{field}: {field} may not be empty$"):
        Complaint(**{**_GOOD, field: ""})


_DAY = dt.date(2023, 3, 1).toordinal()
_ROW = (_DAY, "taobao", "tm_counterfeit", 2, 1, 0, 0, 0)
_ROW_FIELDS = ("day", "platform", "reason_code", *_COUNT_FIELDS[1:6])


def _said(call: Any) -> str:
    try:
        call()
    except InputError as exc:
        return str(exc)
    return "accepted"


@settings(max_examples=40)
@given(
    at=st.integers(3, 7),
    value=st.one_of(st.floats(), st.text(max_size=3), st.none(), st.builds(Decimal, st.integers())),
    before=st.integers(0, 3),
)
@example(at=3, value=2.0, before=1)
@example(at=7, value=math.nan, before=0)
def test_a_row_value_of_the_wrong_type_is_named_at_its_index(
    at: int, value: object, before: int
) -> None:
    """A count of an outcome row that is no int is named, with the row's index and position,
    alike by ``from_records``, ``with_records`` and a ``what_if`` batch."""
    bad = (*_ROW[:at], value, *_ROW[at + 1 :])
    records = [_ROW] * before + [bad]
    said = _said(lambda: History.from_records(records))
    named = f"{_ROW_FIELDS[at]} (value {at + 1} of the row) must be an int, got "
    assert said.startswith(f"$[{before}]: {named}")
    history = History.from_records([_ROW])
    assert _said(lambda: history.with_records(records)) == said
    assert _said(lambda: what_if(history, records, dt.date(2023, 3, 31))) == said


@pytest.mark.parametrize(("at", "value"), [(1, None), (2, 7), (0, "2023-03-01")])
def test_a_row_day_platform_or_code_of_the_wrong_type_is_named(at: int, value: object) -> None:
    bad = (*_ROW[:at], value, *_ROW[at + 1 :])
    said = _said(lambda: History.from_records([_ROW, bad]))
    kind = "an int" if at == 0 else "a str"
    assert said.startswith(f"$[1]: {_ROW_FIELDS[at]} (value {at + 1} of the row) must be {kind}")


def test_a_row_wrong_for_another_reason_is_said_as_before() -> None:
    """A row whose values have their types (a reinstatement without a takedown) keeps the
    fold's message, at its index."""
    said = _said(lambda: History.from_records([_ROW, (_DAY, "taobao", "x", 0, 1, 0, 0, 1)]))
    assert said.startswith("$[1]: invalid outcome row ")


# ------------------------------------------------------- cut values said to be cut (item 4)


@settings(max_examples=20)
@given(extra=st.integers(0, 120))
@example(extra=100)
def test_a_place_code_cut_says_so(extra: int) -> None:
    from ipprules.checks.model import place_code
    from ipprules.errors import quoted

    value = "China" + "x" * extra
    with pytest.raises(InputError) as info:
        place_code(value)
    assert f"got {quoted(value, 40)}" in str(info.value)
    assert str(info.value).endswith("...'") == (len(value) > 40)


@pytest.mark.parametrize(
    ("code", "number"),
    [
        ("right-number-class", "31234567 class 9" + "x" * 80),
        ("right-number-labelled", "No. 31234567" + "9" * 70),
        ("right-number-class", "31234567 class 9"),
    ],
)
def test_a_right_number_cut_says_so(code: str, number: str) -> None:
    import attrs

    import ipprules
    from ipprules.checks import read_plan
    from ipprules.errors import quoted

    plan = read_plan("examples/plan.toml")
    right = attrs.evolve(plan.rights[0], number=number)
    found = ipprules.check(attrs.evolve(plan, rights=(right, *plan.rights[1:])), as_of="2026-11-23")
    said = [f.message for f in found.findings if f.code == code]
    assert said and f"number {quoted(number, 60)} " in said[0]


@settings(max_examples=20)
@given(digits=st.integers(1, 120))
@example(digits=100)
def test_a_listing_id_cut_says_so(digits: int) -> None:
    from ipprules.errors import quoted
    from ipprules.listings.parser import parse_listing

    id = "12a" + "b" * digits
    found = parse_listing("https://item.taobao.com/item.htm?id=" + id)
    assert f"{quoted(id, 60)} is not a valid" in getattr(found, "message", "")


# ------------------------------------------------------- the as-of date of plan_accounts (item 3)


def test_plan_accounts_says_the_as_of_date_as_the_planner_does() -> None:
    pytest.importorskip("dask.dataframe")
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.checks import read_plan
    from ipprules.planner import plan_listings
    from ipprules.scale._planner import plan_accounts

    plan = read_plan("examples/plan.toml")
    rows = dd.from_pandas(pd.DataFrame({"account": ["a"], "url": ["x"]}), npartitions=1)
    with pytest.raises(InputError) as scaled:
        plan_accounts(rows, plan, as_of="2024-13-01")
    with pytest.raises(InputError) as alone:
        plan_listings(["x"], plan, as_of="2024-13-01")
    assert str(scaled.value) == str(alone.value)
    assert "for the as-of date" in str(scaled.value)


# ------------------------------------- a binary file without line ends is not a long line (item 2)

_LIMIT = 1 << 20  # DEFAULT_MAX_LINE
_BAD = {"nul": b"\0", "byte": b"\xff", "none": b""}


def _first_error(path: Any) -> tuple[str, int | None, int | None]:
    from ipprules._files import iter_lines

    with pytest.raises(InputError) as caught:
        for _ in iter_lines(path):
            pass
    problem = caught.value.problems[0]
    return problem.message, problem.line, problem.column


@settings(max_examples=12, deadline=None)
@given(
    before=st.integers(0, 3),
    at=st.one_of(st.integers(0, 40), st.integers(_LIMIT - 40, _LIMIT + 40)),
    bad=st.sampled_from(sorted(_BAD)),
    ends=st.booleans(),
)
@example(before=0, at=0, bad="nul", ends=False)  # 2 MiB of NULs: was "line longer than 1 MiB"
@example(before=2, at=10, bad="nul", ends=True)
@example(before=1, at=_LIMIT - 1, bad="byte", ends=False)  # the last byte checked
@example(before=1, at=_LIMIT, bad="byte", ends=True)  # the first byte not checked
def test_a_bad_byte_in_a_long_lines_first_mib_is_said_as_such(
    before: int, at: int, bad: str, ends: bool
) -> None:
    """A NUL or a byte that is no UTF-8 in the first 1 MiB of a line too long is said (line and
    column), as it is in a line of any length; beyond it, the line is too long."""
    import tempfile
    from pathlib import Path

    line = b"x" * at + _BAD[bad] + b"x" * (_LIMIT + 8 - at)
    data = b"a\n" * before + line + (b"\n" if ends else b"")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.txt"
        path.write_bytes(data)
        message, line_number, column = _first_error(path)
    assert line_number == before + 1
    if bad != "none" and at < _LIMIT:
        assert message.startswith("NUL byte in text" if bad == "nul" else "not UTF-8 text")
        assert column == at + 1
    else:
        assert message.startswith("line longer than 1 MiB")


def test_a_character_cut_at_the_first_mib_is_no_bad_byte(tmp_path: Any) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(b"x" * (_LIMIT - 1) + "é".encode() * 4 + b"\n")
    assert _first_error(path)[0].startswith("line longer than 1 MiB")


@pytest.mark.no_cover
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\0" * (2 * _LIMIT), id="nuls"),
        pytest.param(b"PAR1" + b"\0" * (2 * _LIMIT), id="parquet-like"),
        pytest.param(b"a\nb\n" + b"x" * 10 + b"\0" + b"x" * _LIMIT + b"\n", id="nul-in-line-3"),
        pytest.param(b"a\n" + b"x" * (_LIMIT - 1) + b"\xff" + b"x" * 5, id="bad-last-byte"),
        pytest.param(b"a\n" + b"x" * (_LIMIT - 1) + "é".encode() * 3, id="cut-character"),
        pytest.param(b"\xef\xbb\xbf" + b"y" * 20 + b"\xc3(" + b"y" * _LIMIT, id="bom-bad-byte"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".csv"])
def test_the_dask_reader_says_the_same(tmp_path: Any, data: bytes, suffix: str) -> None:
    pytest.importorskip("dask.dataframe")
    import dask

    from ipprules.scale import read_urls

    path = tmp_path / f"in{suffix}"
    path.write_bytes(b"url\n" + data if suffix == ".csv" else data)
    said = _first_error(path)
    with pytest.raises(InputError) as caught, dask.config.set(scheduler="synchronous"):
        read_urls(str(path), blocksize=1 << 18).compute()
    problem = caught.value.problems[0]
    assert (problem.message, problem.line, problem.column) == said


def test_a_dask_blocks_long_line_check_looks_at_its_first_mib() -> None:
    """The Dask block check (before the file is read again on one machine for its first
    error) says a NUL in a long line's first 1 MiB as a NUL, as one machine does."""
    from ipprules.scale._listings import _refuse_long_lines

    with pytest.raises(InputError, match="NUL byte in text") as caught:
        _refuse_long_lines(b"\0" * (2 * _LIMIT), "in.txt", 0)
    assert caught.value.problems[0].column == 1
    with pytest.raises(InputError, match="line longer than 1 MiB"):
        _refuse_long_lines(b"x" * _LIMIT + b"\0", "in.txt", 0)


@pytest.mark.parametrize("ends", [True, False])
def test_a_u_feff_that_starts_a_later_block_is_counted_in_the_column(
    tmp_path: Any, ends: bool
) -> None:
    """A U+FEFF at the start of a line read in a later block (not the file's byte order mark,
    dropped before) is a character of the line: a bad byte after it is at the column after."""
    path = tmp_path / "in.txt"
    line = b"\xef\xbb\xbf" + b"y" * 20 + b"\xc3("
    first = b"a" * (256 * 1024 - 1) + b"\n"  # a whole block (256 KiB): line 2 starts the next
    path.write_bytes(first + line + (b"y" * _LIMIT if not ends else b"\n"))
    message, number, column = _first_error(path)
    assert (message[:15], number, column) == ("not UTF-8 text ", 2, 22)
