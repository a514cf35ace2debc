"""Issue #13 item 5 on a real 2-process ``LocalCluster``: a sample of the public classes (those
a Dask job sends and gets back) goes to a worker and back equal, of its type, hashing alike.
The whole list, protocol by protocol, is tests/test_pickle2.py, in one process."""

from __future__ import annotations

from typing import Any

import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from test_pickle2 import _built, _hash

#: The sample: rule books (the shipped one and a user's), what they resolve and the answers.
SAMPLE = (
    "ipprules.rulebook.book.RuleBook",
    "ipprules.rulebook.book.ResolvedRules",
    "ipprules.rulebook.diff.RuleChanges",
    "ipprules.checks.findings.Report",
    "ipprules.checks.advisor.Advice",
    "ipprules.goodfaith.model.Standing",
    "ipprules.coverage.result.Coverage",
    "ipprules.penalties.model.PenaltyStanding",
    "ipprules.counternotice.model.Assessment",
    "ipprules.lifecycle.deadlines.Deadlines",
    "ipprules.lifecycle.deadlines.LifecycleReport",
    "ipprules.lifecycle.machine.BatchResult",
    "ipprules.listings.model.Rejection",
    "ipprules.listings.bulk.ParseResults",
    "ipprules.planner.engine.PlanningResult",
)


def _there_and_back(value: Any) -> tuple[Any, str, bool]:
    """On the worker: the value as it arrived, its class and whether it equals a copy of
    itself made there."""
    import copy

    return value, type(value).__name__, copy.deepcopy(value) == value


@pytest.mark.no_cover
def test_a_sample_of_the_classes_goes_to_a_worker_and_back_equal(client: Any) -> None:
    built = {f"{k.__module__}.{k.__qualname__}": v for k, v in _built().items()}
    values = [value for name in SAMPLE for value in built[name]]
    futures = [client.submit(_there_and_back, v, pure=False) for v in values]
    for value, (back, name, alike) in zip(values, client.gather(futures), strict=True):
        assert name == type(value).__name__ and alike
        assert type(back) is type(value) and back == value
        assert _hash(back) == _hash(value)
