"""Tabular export: dtypes of to_frame, plain records, the missing-extra error."""

from __future__ import annotations

import datetime as dt
import enum
import math
import sys
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules import _frames
from ipprules.errors import IpprulesError, MissingExtra

pd = pytest.importorskip("pandas")


class Code(enum.Enum):
    FAKE = "counterfeit"
    DESIGN = "design_copy"


days = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31))
)
rates = st.one_of(st.none(), st.fractions(min_value=0, max_value=1, max_denominator=1000))
ids = st.lists(st.text(alphabet="0123456789", min_size=1, max_size=12), max_size=5)
records = st.lists(
    st.builds(
        lambda day, rate, code, items, n: {
            "day": day,
            **_frames.rate_fields("rate", rate),
            "code": code,
            "ids": items,
            "n": n,
        },
        days,
        rates,
        st.sampled_from(list(Code)),
        ids,
        st.integers(min_value=0, max_value=10**9),
    ),
    max_size=30,
)

DECLARED: dict[str, Any] = {
    "dates": ("day",),
    "floats": ("rate_float",),
    "categories": ("code",),
    "lists": ("ids",),
}


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # pandas frames per example
@given(records)
def test_declared_columns_get_real_dtypes(rows: list[dict[str, Any]]) -> None:
    frame = _frames.to_frame(rows, **DECLARED)
    expected = (
        ["day", "rate", "rate_float", "code", "ids", "n"]
        if rows
        else ["day", "rate_float", "code", "ids"]
    )
    assert list(frame.columns) == expected
    assert pd.api.types.is_datetime64_dtype(frame["day"].dtype)
    assert frame["rate_float"].dtype == "float64"
    assert isinstance(frame["code"].dtype, pd.CategoricalDtype)
    assert frame["ids"].dtype == object
    assert len(frame) == len(rows)


@settings(deadline=None)  # no timing in unit tests: the first example may pay a GC pause
@given(records)
def test_values_survive_the_frame(rows: list[dict[str, Any]]) -> None:
    frame = _frames.to_frame(rows, **DECLARED)
    for i, row in enumerate(rows):
        day = frame["day"].iloc[i]
        if row["day"] is None:
            assert pd.isna(day)
        else:
            assert day.date() == row["day"]
        rate = frame["rate_float"].iloc[i]
        if row["rate"] is None:
            assert math.isnan(rate)
        else:
            assert rate == float(row["rate"])
        assert frame["code"].iloc[i] == row["code"].value
        # a list column holds lists, never a comma-joined string
        assert frame["ids"].iloc[i] == row["ids"]
        assert isinstance(frame["ids"].iloc[i], list)


def test_dates_beyond_the_nanosecond_range_fit() -> None:
    frame = _frames.to_frame(
        [{"d": dt.date(2999, 12, 31)}, {"d": dt.date(1900, 1, 1)}], dates=("d",)
    )
    assert frame["d"].max().date() == dt.date(2999, 12, 31)
    assert frame["d"].min().date() == dt.date(1900, 1, 1)


def test_dates_sort_and_filter_as_dates() -> None:
    rows = [{"d": dt.date(2026, 3, 1)}, {"d": dt.date(2025, 12, 31)}, {"d": None}]
    frame = _frames.to_frame(rows, dates=("d",))
    after = frame[frame["d"] >= pd.Timestamp("2026-01-01")]
    assert [t.date() for t in after["d"]] == [dt.date(2026, 3, 1)]
    assert [t.date() for t in frame["d"].dropna().sort_values()] == [
        dt.date(2025, 12, 31),
        dt.date(2026, 3, 1),
    ]


def test_columns_fix_the_order_and_add_declared_empty_columns() -> None:
    frame = _frames.to_frame([{"a": 1, "b": 2}], columns=["b", "a", "when"], dates=("when",))
    assert list(frame.columns) == ["b", "a", "when"]
    assert pd.api.types.is_datetime64_dtype(frame["when"].dtype)
    assert pd.isna(frame["when"].iloc[0])


def test_no_records_still_gives_the_declared_dtypes() -> None:
    frame = _frames.to_frame([], **DECLARED)
    assert len(frame) == 0
    assert pd.api.types.is_datetime64_dtype(frame["day"].dtype)
    assert frame["rate_float"].dtype == "float64"
    assert isinstance(frame["code"].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize(
    ("kind", "value"),
    [("dates", "2026-01-01"), ("floats", "0.5"), ("floats", True), ("lists", "a,b")],
)
def test_a_wrong_value_in_a_declared_column_is_a_type_error(kind: str, value: object) -> None:
    with pytest.raises(TypeError, match="column 'x'"):
        _frames.to_frame([{"x": value}], **{kind: ("x",)})


@given(rates.filter(lambda r: r is not None))
def test_rate_fields_keep_the_exact_value_and_a_float(rate: Fraction) -> None:
    fields = _frames.rate_fields("r", rate)
    assert fields["r"] == rate
    assert isinstance(fields["r"], Fraction)
    assert fields["r_float"] == float(rate)


def test_plain_values() -> None:
    assert _frames.plain({"k": (Code.FAKE, {"b", "a"})}) == {"k": ["counterfeit", ["a", "b"]]}
    assert _frames.plain(dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)


def test_missing_pandas_raises_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(MissingExtra) as caught:
        _frames.to_frame([{"a": 1}])
    assert isinstance(caught.value, IpprulesError)
    assert caught.value.extra == "pandas"
    assert "pip install 'ipprules[pandas]'" in str(caught.value)


def test_import_ipprules_does_not_import_pandas() -> None:
    import subprocess

    code = "import sys, ipprules, ipprules._frames; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
