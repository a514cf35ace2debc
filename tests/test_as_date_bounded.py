"""``as_date``'s ``bounded`` is a flag: a value that is no bool is a TypeError (the flags
review: ``bounded="no"`` was read for its truth, so the range was checked)."""

from __future__ import annotations

import pytest

from ipprules.rulebook import as_date


@pytest.mark.parametrize("flag", ["no", 0, None, "False"])
def test_bounded_that_is_no_bool_is_a_type_error(flag: object) -> None:
    with pytest.raises(TypeError, match="bounded must be a bool"):
        as_date("9999-12-30", bounded=flag)  # type: ignore[arg-type]


def test_bounded_false_leaves_the_range_to_the_caller() -> None:
    assert as_date("9999-12-30", bounded=False).year == 9999
    with pytest.raises(Exception, match="9999-12-30"):
        as_date("9999-12-30", bounded=True)
