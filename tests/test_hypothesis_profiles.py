"""The suite's Hypothesis profiles (tests/_hypothesis_profiles.py): repeatable by default, each
property on at most ``REPEATABLE_CAP`` drawn examples there, on its full budget under
``thorough`` and ``explore``."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _hypothesis_profiles import CAPS, REPEATABLE_CAP, cap_examples, profile_name


def test_the_default_profile_draws_the_same_examples_on_every_run(
    request: pytest.FixtureRequest,
) -> None:
    assert settings.get_profile("repeatable").derandomize is True
    assert settings.get_profile("explore").derandomize is False
    assert settings.get_profile("repeatable").deadline is None
    assert settings.get_profile("explore").deadline is None
    assert settings.get_profile("thorough").derandomize is True
    assert set(CAPS) == {"repeatable"}
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


def test_a_capped_property_runs_the_cap_and_its_written_examples() -> None:
    seen: list[int] = []

    @settings(max_examples=200, database=None)
    @given(st.integers())
    @example(-1)
    def record(x: int) -> None:
        seen.append(x)

    assert cap_examples(record, REPEATABLE_CAP) is True
    assert cap_examples(record, REPEATABLE_CAP) is False  # within the cap now
    record()
    assert seen[0] == -1
    assert len(seen) == REPEATABLE_CAP + 1


def test_a_budget_within_the_cap_and_a_plain_function_are_left_alone() -> None:
    @settings(max_examples=5, database=None)
    @given(st.integers())
    def small(x: int) -> None:
        pass

    def plain() -> None:
        pass

    assert cap_examples(small, REPEATABLE_CAP) is False
    assert small._hypothesis_internal_use_settings.max_examples == 5  # type: ignore[attr-defined]
    assert cap_examples(plain, REPEATABLE_CAP) is False
    plain.is_hypothesis_test = True  # type: ignore[attr-defined]  # copied by a wrapper
    assert cap_examples(plain, REPEATABLE_CAP) is False


@settings(max_examples=60)
@given(st.booleans())
def test_a_collected_property_with_a_budget_over_the_cap(flag: bool) -> None:
    assert flag in (True, False)


def test_the_run_caps_collected_properties_by_its_profile(request: pytest.FixtureRequest) -> None:
    budget = test_a_collected_property_with_a_budget_over_the_cap._hypothesis_internal_use_settings  # type: ignore[attr-defined]
    cap = CAPS.get(profile_name(request.config))
    assert budget.max_examples == (60 if cap is None else min(60, cap))
