"""Hostile horizons: any size, any form, the same bound (ten years) and the library's error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from ipprules.checks import read_plan
from ipprules.cli import main
from ipprules.coverage import coverage, parse_horizon
from ipprules.coverage.engine import MAX_HORIZON_DAYS, MAX_HORIZON_MONTHS
from ipprules.errors import InputError

PORTFOLIO = str(Path(__file__).resolve().parents[2] / "examples" / "portfolio.toml")
BOUND = "must lie between 0 days and 10 years"


@pytest.mark.parametrize(
    "value",
    [
        10**30,
        -(10**30),
        # beyond the int-to-str limit: the message must not convert it
        pytest.param(10**5000, id="10**5000"),
        MAX_HORIZON_DAYS + 1,
        -1,
        "3654d",
        "3654",
        "522w",
        "121m",
        "11y",
        "-1d",
        "99999999999999999999d",
        pytest.param("9" * 5000 + "d", id="5000-digits"),
        "99999y",
        dt.timedelta(days=MAX_HORIZON_DAYS + 1),
        dt.timedelta(days=-1),
        dt.timedelta.max,
    ],
)
def test_a_horizon_out_of_bounds_names_the_bound(value: object) -> None:
    with pytest.raises(InputError, match=BOUND) as info:
        parse_horizon(value)  # type: ignore[arg-type]
    assert "3653 days" in str(info.value) and "120 months" in str(info.value)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("value", ["soon", "", "d", "1.5y", "²d", "١٠d", "0x10", "10 years"])
def test_a_horizon_that_is_no_number_names_the_forms(value: str) -> None:
    with pytest.raises(InputError, match="is not a number of days or 90d, 12w, 6m, 1y"):
        parse_horizon(value)


@pytest.mark.parametrize("value", [1.5, None, b"90d", [90], True])
def test_a_horizon_of_the_wrong_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        parse_horizon(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, dt.timedelta(0)),
        (MAX_HORIZON_DAYS, dt.timedelta(days=3653)),
        ("3653d", dt.timedelta(days=3653)),
        ("3653", dt.timedelta(days=3653)),
        ("520w", dt.timedelta(weeks=520)),
        ("521w", dt.timedelta(weeks=521)),
        ("120m", relativedelta(months=MAX_HORIZON_MONTHS)),
        ("10y", relativedelta(years=10)),
        (" 10Y ", relativedelta(years=10)),
        ("0y", relativedelta(years=0)),
        (dt.timedelta(days=3653, hours=5), dt.timedelta(days=3653, hours=5)),
    ],
)
def test_every_form_up_to_the_bound_is_accepted(
    value: object, expected: dt.timedelta | relativedelta
) -> None:
    assert parse_horizon(value) == expected  # type: ignore[arg-type]


def test_ten_years_never_exceed_the_bound_in_days() -> None:
    # the bound in months and years agrees with the bound in days, whatever the start
    for year in range(2015, 2040):
        for month in (1, 2, 3, 12):
            start = dt.date(year, month, 28)
            assert (start + relativedelta(years=10) - start).days <= MAX_HORIZON_DAYS
            assert (start + relativedelta(months=120) - start).days <= MAX_HORIZON_DAYS


def test_coverage_refuses_a_huge_horizon_with_the_library_error() -> None:
    plan = read_plan(PORTFOLIO)
    for value in (10**30, "99999999999999999999d", dt.timedelta.max):
        with pytest.raises(InputError, match=BOUND):
            coverage(plan, as_of="2026-11-23", horizon=value)


def test_coverage_takes_ten_years() -> None:
    cov = coverage(read_plan(PORTFOLIO), as_of="2026-11-23", horizon="10y")
    assert cov.until == dt.date(2036, 11, 23)


@pytest.mark.no_cover
@pytest.mark.parametrize("span", ["10y", "120m", "3653d", "520w"])
def test_the_command_line_takes_ten_years(span: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["coverage", PORTFOLIO, "--as-of", "2026-11-23", f"--horizon={span}"])
    err = capsys.readouterr().err
    assert code in (0, 1), err
    assert "must lie between" not in err


@pytest.mark.parametrize("span", ["11y", "99999999999999999999d", "-1d", "121m"])
def test_the_command_line_refuses_more_cleanly(
    span: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["coverage", PORTFOLIO, "--as-of", "2026-11-23", f"--horizon={span}"])
    err = capsys.readouterr().err
    assert code == 2
    assert BOUND in err and "Traceback" not in err
