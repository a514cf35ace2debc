"""A TOML syntax error on a mistyped value said only what the TOML parser says ('Expected
newline or end of document after a statement' for ``expiry_date = 2031-3-13``): the error now
names the value and the form TOML writes, at the same line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.checks import read_plan
from ipprules.errors import InputError

HEAD = """\
[account]
name = "Acme"
location = "elsewhere"
identity = "enterprise"

[[rights]]
id = "tm"
ipr_type = "trademark"
"""


def _error(tmp_path: Path, line: str) -> InputError:
    path = tmp_path / "plan.toml"
    path.write_text(HEAD + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_plan(path)
    return info.value


_ONE_DIGIT = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)).filter(
    lambda d: d.month < 10 or d.day < 10
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=_ONE_DIGIT, key=st.sampled_from(["expiry_date", "registration_date"]))
@example(day=dt.date(2031, 3, 13), key="expiry_date")
def test_a_date_of_one_digit_month_or_day_is_named_with_its_two_digit_form(
    tmp_path: Path, day: dt.date, key: str
) -> None:
    typed = f"{day.year}-{day.month}-{day.day}"
    error = _error(tmp_path, f"{key} = {typed}")
    assert error.line == HEAD.count("\n") + 1
    assert f"({typed}: a date is written YYYY-MM-DD, with two-digit month and day: " in str(error)
    assert str(error).rstrip().endswith(f"{day.isoformat()})")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    form=st.sampled_from(["%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%m/%d/%Y"]),
)
@example(day=dt.date(2031, 3, 13), form="%d.%m.%Y")
def test_a_date_with_slashes_dots_or_day_first_is_told_the_form(
    tmp_path: Path, day: dt.date, form: str
) -> None:
    typed = day.strftime(form)
    error = _error(tmp_path, f"expiry_date = {typed}")
    assert f"({typed}: a date is written YYYY-MM-DD, such as 2031-03-13)" in str(error)


@pytest.mark.parametrize("word", ["True", "FALSE", "yes", "No"])
def test_a_truth_value_not_in_lower_case_is_told_the_form(tmp_path: Path, word: str) -> None:
    error = _error(tmp_path, f"renewed = {word}")
    assert f"({word}: TOML writes true or false, in lower case)" in str(error)


@pytest.mark.parametrize(
    "line",
    [
        'name = "registered 2031-3-13" oops',  # a date inside a string is no value
        "name = LUMEN # renewed 2031-3-13",  # nor one in a comment
        'name = "a" "b"',
    ],
)
def test_a_syntax_error_without_such_a_value_is_told_as_before(tmp_path: Path, line: str) -> None:
    assert "YYYY-MM-DD" not in str(_error(tmp_path, line))
    assert "lower case" not in str(_error(tmp_path, line))
