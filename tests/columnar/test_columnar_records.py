"""``record_columns``: the record fields of parsed results built column by column from their
tuple fields must be, row for row, what ``as_dict()`` gives (the kernel's rows that fall back
to the reference parser are built so)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _scripts import load

pa = pytest.importorskip("pyarrow")

from ipprules.columnar._kernel import record_columns  # noqa: E402
from ipprules.listings import RECORD_FIELDS, parse_listing  # noqa: E402

BENCH = load("benchmarks/listings.py")

#: every way a field is made: forms whose canonical URL or identity is not "text, id, text"
#: (an Alibaba.com slug, a bare slug, a quoted Xianyu user id), AliExpress ids with and without
#: a derived key and with a region, share text, agent links with a suggestion, rejections
POOL = [
    "https://www.alibaba.com/product-detail/Usb-Cable_1600123456789.html",
    "https://www.alibaba.com/product-detail/_1600123456789.html",
    "https://www.goofish.com/personal?userId=abc/d",
    "https://www.goofish.com/personal?userId=2212345678",
    "https://aliexpress.ru/item/3256804692294345.html",
    "https://www.aliexpress.us/item/3256804692294345.html",
    "https://es.aliexpress.com/item/1005004878609097.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://shop123456.taobao.com/",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.lazada.sg/products/pdp-i4212266679.html",
    "【淘宝】https://m.tb.cn/h.4CEhFr0 打开",
    "https://www.superbuy.com/en/page/buy?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1",
    "https://uland.taobao.com/item/edetail?id=606832683299",
    "https://item.taobao.com.evil.cn/item.htm?id=606832683299",
    "",
    "not a url",
]


def check(texts: list[str]) -> None:
    results = [parse_listing(text) for text in texts]
    columns = record_columns(results)
    assert list(columns) == [name for name, _ in RECORD_FIELDS[1:]]
    for name, column in columns.items():
        assert len(column) == len(texts), name
        want = [r.as_dict()[name] for r in results]
        assert column.to_pylist() == want, name


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(POOL), max_size=30))
@example([])
@example(["https://www.alibaba.com/product-detail/_1600123456789.html"])
@example(["https://es.aliexpress.com/item/1005004878609097.html"])
def test_record_columns_are_as_dict_row_for_row(texts: list[str]) -> None:
    check(texts)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.text(max_size=60), max_size=20))
def test_record_columns_of_any_text(texts: list[str]) -> None:
    check(texts)


@pytest.mark.no_cover
@pytest.mark.parametrize("mix", ["crawl", "pasted"])
def test_record_columns_on_the_benchmark_mixes(mix: str) -> None:
    check(BENCH.build(3000, 5, mix))


def test_equal_codes_of_different_objects_are_one_code() -> None:
    """The distinct heads are found by identity: a code that is an equal but separate string
    (a rejection built elsewhere, or unpickled) still gives its own rows' code."""
    import pickle

    results = [parse_listing("not a url"), pickle.loads(pickle.dumps(parse_listing("x y")))]
    assert record_columns(results)["code"].to_pylist() == [r.code for r in results]


@pytest.mark.parametrize("offset", [-1, 0, 1, 10**7 - 1, 10**7, 10**15])
def test_the_kernel_derives_the_aliexpress_keys_parse_listing_derives(offset: int) -> None:
    from ipprules.columnar import parse_column

    url = f"https://www.aliexpress.us/item/{2**51 + offset}.html"
    table = parse_column([url])
    assert table.column("derived_key").to_pylist() == [parse_listing(url).as_dict()["derived_key"]]
    assert table.column("derived_key").to_pylist()[0] == (
        f"aliexpress-item:{offset}" if offset >= 10**7 else None
    )
