"""Bulk parsing and the cyclic garbage collector: keeping every result triggers no collection
during the run (the caller's own setting while its code runs is tested in
test_listings_values)."""

from __future__ import annotations

import gc
import sys

from ipprules.listings import Listing, parse_listing, parse_listings
from ipprules.listings.forms import all_forms

URLS = [f"https://item.taobao.com/item.htm?id={606832683299 + i}" for i in range(5000)] + [
    "not a url",
    "https://m.tb.cn/h.4CEhFr0",
] * 500

#: one input of every kind of result: listings with and without an extra value (region, slug),
#: rejections with and without a suggestion
KINDS = [
    "https://detail.tmall.com/item.htm?id=701228246411",
    "https://ru.aliexpress.com/item/80958485859.html",
    "https://www.alibaba.com/product-detail/Toy-Silicone_7828206413468.html?s=p",
    "https://cart.taobao.com/cart.htm?spm=a28733.4815.0.0.2c874c28etaqm9",
    "https://axbt1546.m.tmall.com/shop/shop_auction_search.htm",
    "https://a.aliexpress.com/_8vtljj8",
    "https://item.taobao.com/item.htm?id=325603160325&id=748828798719",
    "https://www.cssbuy.com/item-274390334794.html",
    "https://aIiexpress.com/item.htm?id=181498154068",
    "https://2.taobao.com/item.htm?id=test91535",
    "see silicone-keyboard-led-kids 36",
    "https://www.lazada.vn/products/toy-toy.html",
    "www.ebay.com/case-Silicone-oled-Kids-oled-lithium-kids?ref=udhjc3s4",
]


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


def test_a_kept_result_is_two_tracked_objects_and_no_fresh_tracked_field() -> None:
    # What keeping costs beyond streaming is the young collection over the kept results (about
    # 225 ns a result, measured for issue #14) and the first touch of their memory; both grow
    # with the tracked objects a result holds. Each result is its (position, result) pair and
    # the result tuple, nothing more: every field is a string, None or the shared Form.
    list(parse_listings(KINDS))  # first use: lazy tables and caches set up, not measured
    tracer = sys.gettrace()
    sys.settrace(None)
    gc.collect()
    try:
        kept = list(parse_listings(KINDS * 300))
        young = gc.get_objects(generation=0)
    finally:
        sys.settrace(tracer)
    assert len(kept) == len(KINDS) * 300
    assert len(young) <= 2 * len(kept) + 10
    assert {(type(r).__name__, r[2] is not None, r[3] is not None) for _, r in kept} >= {
        ("Listing", True, True), ("Listing", False, True), ("Rejection", True, True),
        ("Rejection", True, False)}  # fmt: skip
    forms = {id(form) for form in all_forms()}
    for pair in kept:
        result = pair[1]
        fields = list(result)
        if type(result) is Listing:
            assert id(fields.pop(0)) in forms
        assert not any(gc.is_tracked(field) for field in fields), result
        assert not hasattr(result, "__dict__")
