"""Hypothesis profiles, a pytest plugin (``-p _hypothesis_profiles`` in pyproject.toml).

``repeatable``, the default: each property test draws the same examples on every run
(``derandomize=True``: the seed comes from the test itself), so the suite's verdict on a commit
does not depend on the run's luck, and a failure in CI is one anybody can replay. It runs each
property on at most :data:`REPEATABLE_CAP` drawn examples (and every ``@example`` written
beside it): with fixed draws the examples past the first few dozen are the same ones on every
run, and they cost the suite most of its time (CI has two cores and fifteen minutes).

``thorough``: the same fixed draws, each property on the full budget written on it
(``@settings(max_examples=N)``): ``pytest --hypothesis-profile=thorough``.

``explore``: fresh random draws on every run, each property on its full budget, to look for
what the fixed draws miss: ``pytest --hypothesis-profile=explore`` (add
``--hypothesis-seed=N`` to replay a run). A failure found any way is kept as an ``@example``
beside its test.

None has a deadline: a property's verdict is about its answers, and a time limit per
example failed on a loaded machine (the benchmarks measure speed, not the tests).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("thorough", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile("repeatable")

#: The most drawn examples a property runs under the default profile.
REPEATABLE_CAP = 25
#: Each profile's cap on a property's drawn examples (a profile not named runs full budgets).
CAPS = {"repeatable": REPEATABLE_CAP}


def cap_examples(test: Any, cap: int) -> bool:
    """Cap the drawn examples of the Hypothesis test ``test`` (a function ``@given`` made, or a
    method of one) at ``cap``, keeping its other settings; ``False`` if it is no such test or
    its budget is within the cap already."""
    function = getattr(test, "__func__", test)
    own = getattr(function, "_hypothesis_internal_use_settings", None)
    if not getattr(function, "is_hypothesis_test", False) or not isinstance(own, settings):
        return False  # a plain test, or one that only wraps a Hypothesis test
    if own.max_examples <= cap:
        return False
    function._hypothesis_internal_use_settings = settings(own, max_examples=cap)
    return True


def profile_name(config: pytest.Config) -> str:
    """The Hypothesis profile this run loads (``--hypothesis-profile``, else ``repeatable``)."""
    return config.getoption("hypothesis_profile", default=None) or "repeatable"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    cap = CAPS.get(profile_name(config))
    if cap is None:
        return
    for item in items:
        test = getattr(item, "obj", None)
        if test is not None:
            cap_examples(test, cap)
