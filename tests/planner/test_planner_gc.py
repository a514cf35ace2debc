"""The planner and the cyclic garbage collector (#14): a run pauses the collector, and puts
the objects it made (a kept result's outcomes) in the oldest generation when it ends, so the
first young collection after the run does not scan them all; it moves nothing the caller
froze, and leaves a collector the caller turned off as it was."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.planner import Settings, plan_listings

DAY = "2026-11-23"
TB = "https://item.taobao.com/item.htm?id={}"


def _plan(lines: list[str]) -> object:
    chosen = Settings(right="tm-cn", reason="tm_counterfeit")
    return plan_listings(lines, make_account(), as_of=DAY, settings=chosen)


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation))


@contextlib.contextmanager
def _collector_on() -> Iterator[None]:
    """The collector on, and the caller's setting restored after."""
    was = gc.isenabled()
    frozen = gc.get_freeze_count()
    gc.enable()
    try:
        yield
    finally:
        if gc.get_freeze_count() > frozen:  # a failed test must not leave objects frozen
            gc.unfreeze()
        (gc.enable if was else gc.disable)()


@pytest.fixture
def collector() -> Iterator[None]:
    with _collector_on():
        yield


ids = st.lists(st.integers(10**11, 10**12 - 1), min_size=1, max_size=30)


@settings(max_examples=4, deadline=None)
@given(ids)
def test_a_kept_result_is_in_the_oldest_generation(numbers: list[int]) -> None:
    if gc.get_freeze_count():
        pytest.skip("the test process froze objects: the planner then promotes nothing")
    with _collector_on():
        # young counts at zero: no young collection moves the outcomes alone (the young
        # generations only: a full collection of the whole suite's heap took seconds)
        gc.collect(1)
        result = _plan([TB.format(n) for n in numbers])
        assert result.outcomes  # type: ignore[attr-defined]
        # before: the outcomes were left in the youngest generation, which the next young
        # collection scanned whole (about 8% of a kept run at 200,000 lines)
        kept = (result.outcomes[0], result.outcomes[-1], result.plan)  # type: ignore[attr-defined]
        wanted = {id(obj) for obj in kept}
        # one pass over the oldest generation (of the whole suite's heap), not one an object
        oldest = {id(o) for o in gc.get_objects(2) if id(o) in wanted}
        assert oldest == wanted


def test_the_callers_frozen_objects_stay_frozen(collector: None) -> None:
    """Where the caller froze objects, the run moves none: ``gc.unfreeze()`` would thaw
    them. (Frozen objects may die in the meantime: the count may only fall.)"""
    mine = [[] for _ in range(3)]  # tracked objects of the caller's
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        result = _plan([TB.format(606832683299)])
        assert gc.get_freeze_count() <= frozen
        assert result.outcomes[0].status.value == "planned"  # type: ignore[attr-defined]
        assert not any(_in_generation(m, g) for m in mine for g in range(3))  # still frozen
    finally:
        gc.unfreeze()


def test_a_collector_turned_off_stays_off(collector: None) -> None:
    gc.disable()
    frozen = gc.get_freeze_count()
    _plan([TB.format(606832683299)])
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_the_callers_young_garbage_is_collected(collector: None) -> None:
    """The young generations are collected when the run starts (as the collector would have
    while the run allocated): a caller's garbage cycle is not moved to the oldest
    generation, where only a full collection would free it."""
    import weakref

    class Node:
        pass

    gc.collect()
    cycle = Node()
    cycle.self = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    del cycle
    _plan([TB.format(606832683299)])
    assert gone() is None


def test_other_bulk_runs_promote_nothing(collector: None) -> None:
    """Only a planner run promotes what it made: the other users of the pause (the Dask
    partitions' parsing) leave the collector's generations as they were."""
    from ipprules.planner.engine import _cyclic_gc_paused

    gc.collect()
    with _cyclic_gc_paused():
        made = [[n] for n in range(50)]
    assert not _in_generation(made[0], 2)
