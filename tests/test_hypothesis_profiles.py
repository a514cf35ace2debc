"""The suite's Hypothesis profiles (tests/_hypothesis_profiles.py): repeatable by default."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_the_default_profile_draws_the_same_examples_on_every_run(
    request: pytest.FixtureRequest,
) -> None:
    assert settings.get_profile("repeatable").derandomize is True
    assert settings.get_profile("explore").derandomize is False
    assert settings.get_profile("repeatable").deadline is None
    assert settings.get_profile("explore").deadline is None
    chosen = request.config.getoption("hypothesis_profile", default=None) or "repeatable"
    assert settings.default.derandomize is settings.get_profile(chosen).derandomize


def test_a_property_draws_alike_twice_under_the_default_profile() -> None:
    def draws() -> list[int]:
        seen: list[int] = []

        @settings(max_examples=10, database=None)
        @given(st.integers())
        def record(x: int) -> None:
            seen.append(x)

        record()
        return seen

    first, second = draws(), draws()
    if settings.default.derandomize:
        assert first == second
    assert len(first) == len(second) == 10
