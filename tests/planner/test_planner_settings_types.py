"""``planner.Settings`` refuses a right, reason or supplement of another type when it is made.

``Settings(right=3)`` read as the rejection of every line ("the right 3 is not in the plan"),
``Settings(reason=["x"])`` failed deep in the planner with ``unhashable type: 'list'``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.planner import Settings

JUNK = st.one_of(
    st.integers(), st.floats(), st.binary(), st.lists(st.text(), max_size=2), st.booleans()
)


@pytest.mark.parametrize("field", ["right", "reason", "supplement"])
@given(value=JUNK)
def test_a_value_of_another_type_is_a_type_error_naming_the_field(
    field: str, value: object
) -> None:
    with pytest.raises(TypeError, match=rf"settings\.{field} must be a str"):
        Settings(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["right", "reason"])
def test_an_empty_name_is_refused_and_an_empty_supplement_is_none_given(field: str) -> None:
    with pytest.raises(InputError, match=rf"settings\.{field} must not be empty"):
        Settings(**{field: " "})  # type: ignore[arg-type]
    assert Settings(supplement="").supplement == ""
    assert Settings(**{field: "tm1"}) == Settings(**{field: "tm1"})  # type: ignore[arg-type]
