"""Sweep hostile17: a Violation built in Python with values of a wrong type or size."""

from __future__ import annotations

import pytest

import ipprules
from ipprules.errors import IpprulesError
from ipprules.penalties import Violation

HUGE = 10**5000  # Python will not make the text of an int over 4,300 digits


@pytest.mark.parametrize("field", ["platform", "right", "id"])
@pytest.mark.parametrize("value", [5, HUGE, b"taobao", ["taobao"]], ids=["5", "huge", "b", "list"])
def test_a_text_field_that_is_not_text_is_a_type_error(field: str, value: object) -> None:
    """``Violation(platform=5)`` was taken and left out as 'platform 5'; of 5,000 digits the
    note raised a ValueError. ``right`` and ``id`` took anything (a list id: unhashable)."""
    with pytest.raises(TypeError, match=f"^{field} must be a str or None, got "):
        Violation(on="2024-01-08", kind="general", **{field: value})


@pytest.mark.parametrize(
    ("field", "message"),
    [("points", "points must be a whole number from 0 to 999999999, got an int of 5,001")],
)
def test_an_int_of_5000_digits_is_refused_in_words(field: str, message: str) -> None:
    """Both messages raised ``ValueError: Exceeds the limit (4300 digits)`` instead."""
    given = {"on": "2024-01-08", "kind": "general", field: HUGE}
    with pytest.raises(IpprulesError, match=message):
        Violation(**given)  # type: ignore[arg-type]


def test_a_kind_that_is_not_text_is_a_type_error() -> None:
    """An int kind (of 5,000 digits too) is a wrong Python type, not an unknown name (life13;
    it was 'unknown violation kind an int of 5,001 digits')."""
    with pytest.raises(TypeError, match=r"^kind must be a ViolationKind or a str, got int$"):
        Violation(on="2024-01-08", kind=HUGE)  # type: ignore[arg-type]


def test_text_fields_are_taken() -> None:
    v = Violation(on="2024-01-08", kind="general", platform="aliexpress", right="TM", id="c1")
    standing = ipprules.penalty_standing([v], "aliexpress", "2024-06-01")
    assert standing.counted == 1
