"""Bulk parsing and the cyclic garbage collector: keeping every result triggers no collection
during the run (the caller's own setting while its code runs is tested in
test_listings_values)."""

from __future__ import annotations

import gc
import sys

from ipprules.listings import parse_listing, parse_listings

URLS = [f"https://item.taobao.com/item.htm?id={606832683299 + i}" for i in range(5000)] + [
    "not a url",
    "https://m.tb.cn/h.4CEhFr0",
] * 500


def _collections(action: object) -> list[int]:
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    # A line tracer (coverage under CI) allocates tracked objects between the steps of the
    # run; the probe measures the library, so the tracer is off while it runs.
    tracer = sys.gettrace()
    gc.collect()
    gc.callbacks.append(record)
    sys.settrace(None)
    try:
        action()  # type: ignore[operator]
    finally:
        gc.callbacks.remove(record)
        sys.settrace(tracer)
    return seen


def test_keeping_every_result_triggers_no_collection_during_the_run() -> None:
    assert gc.isenabled()
    kept: list[object] = []
    assert _collections(lambda: kept.extend(parse_listings(URLS))) == []
    assert len(kept) == len(URLS)
    assert [r for _, r in kept] == [parse_listing(u) for u in URLS]  # type: ignore[misc]
    # the same run with a tracked allocation per step does collect: the probe can see them
    assert _collections(lambda: [[object()] for _ in range(len(URLS))]) != []
