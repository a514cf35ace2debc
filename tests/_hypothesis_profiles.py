"""Hypothesis profiles, a pytest plugin (``-p _hypothesis_profiles`` in pyproject.toml).

``repeatable``, the default: each property test draws the same examples on every run
(``derandomize=True``: the seed comes from the test itself), so the suite's verdict on a commit
does not depend on the run's luck, and a failure in CI is one anybody can replay.

``explore``: fresh random draws on every run, to look for what the fixed draws miss:
``pytest --hypothesis-profile=explore`` (add ``--hypothesis-seed=N`` to replay a run).
A failure found either way is kept as an ``@example`` beside its test.

Neither has a deadline: a property's verdict is about its answers, and a time limit per
example failed on a loaded machine (the benchmarks measure speed, not the tests).
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile("repeatable")
