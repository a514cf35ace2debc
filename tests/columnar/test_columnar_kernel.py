"""The columnar kernel (ipprules[arrow]) against the reference, row for row.

Row ``i`` of ``parse_column(urls)`` must equal ``parse_listing(urls[i]).as_dict()`` for EVERY
input: Hypothesis over URLs of every form with hostile characters spliced in (whitespace,
controls, unicode digits, upper case, punycode, homoglyphs, percent escapes, trailing junk),
the whole example corpus of tests/listings, and both benchmark mixes.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _scripts import load

pa = pytest.importorskip("pyarrow")

from ipprules.columnar import BLOCK, parse_column, record_schema  # noqa: E402
from ipprules.columnar._plan import kernel_plan  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.listings import RECORD_FIELDS, parse_listing  # noqa: E402

EXAMPLES = load("tests/listings/test_listings_examples.py")
BENCH = load("benchmarks/listings.py")


def reference(urls: list[str]) -> list[dict[str, Any]]:
    return [parse_listing(url).as_dict() for url in urls]


def check(urls: list[str]) -> None:
    """The kernel's table equals the reference, row for row (and has the record schema)."""
    table = parse_column(urls)
    assert table.schema == record_schema()
    assert table.column_names == [name for name, _ in RECORD_FIELDS]
    got = table.to_pylist()
    want = reference(urls)
    assert len(got) == len(want)
    for url, g, w in zip(urls, got, want, strict=True):
        assert g == w, url


# ------------------------------------------------------------------ inputs


IDS = st.integers(min_value=1, max_value=10**17).map(str)
LABELS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)
SLUGS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,20}", fullmatch=True)
QUERY_KEYS = ["id", "itemId", "item_id", "offerId", "userId", "user_number_id", "spm", "skuId",
              "tk", "x", "ID", "iid", "id%3D", "amp;id", "targetType"]  # fmt: skip
#: what the hostile splicer inserts: whitespace and controls, unicode digits and letters that
#: look like ASCII, upper case, punycode, percent escapes, URL delimiters, junk
HOSTILE = ["\t", "\n", "\r", " ", "\x00", "\x1f", "\x7f", "\x85", "\xa0", "\u200b", "\u3000",
           "\ufeff", "\u202e", "\u0661\u0662", "\uff11", "\u00b2", "\u0430", "\u0131", "\u212a",
           "\u0456", "xn--", "XN--80A", "%2F", "%3D", "%26", "%41", "%", "&amp;", "#", "?", "&",
           "=", "/", "//", "\\", "@", ":", ":443", ";", ".", "..", "-", "_", "~", "A", "I",
           "HTTPS://", "看看", "，", "。", "】", "\U0001f600", "'", '"', "<", "|", "^", "`", "{",
           "0", "9", " 打开淘宝"]  # fmt: skip


def _hosts() -> list[str]:
    return sorted({key.split("//", 1)[-1] for key in kernel_plan().keys})


@st.composite
def urls(draw: st.DrawFn) -> str:
    """A URL on a kernel host (or a vanity, short or foreign one) of any form, with noise."""
    i, label, slug = draw(IDS), draw(LABELS), draw(SLUGS)
    host = draw(
        st.sampled_from(
            [
                *_hosts(),
                f"{label}.taobao.com",
                f"{label}.aliexpress.com",
                "es.aliexpress.com",
                "he.aliexpress.com",
                "e.aliexpress.com",
                "esp.aliexpress.com",
                "xn--p1ai.aliexpress.com",
                "es.aliexpress.us",
                "s.taobao.com",
                "item.taobao.com.evil.cn",
                "example.com",
            ]
        )
    )
    path = draw(st.sampled_from([
        "/item.htm", "/item.html", "/item_o.htm", "/hk/item.htm", f"/i{i}.htm",
        "/detail/detail.html", "/detail/index.html", "/awp/core/detail.htm",
        f"/item/{i}.htm", f"/item/{i}.html", f"/item/{slug}/{i}.html", f"/item/{i}",
        f"/i/{i}.html", f"/list/item/{i}.htm", f"/dianpu/{i}.htm", "/shop/view_shop.htm",
        f"/offer/{i}.html", "/page/index.htm", f"/winport/b2b-{label}.html",
        f"/product-detail/{slug}_{i}.html", f"/product-introduction/_{i}.html",
        f"/product/{i}.html", f"/product/{i}/{slug}.html", f"/store/{i}", f"/store/{i}/x",
        f"/store/feedback-score/{i}.html", f"/store/group/{slug}/{i}_1.html",
        f"/store/product/{slug}/1_{i}.html", f"/products/{slug}-i{i}-s{i}.html",
        f"/products/i{i}.html", f"/shop/{slug}/", "/shop/site/", "/shop/site", "/item",
        "/personal", "/wow/moyu/moyu-project/fish-detail/pages/home", "/", "", f"/h.{slug}",
    ]))  # fmt: skip
    pairs = draw(
        st.lists(st.tuples(st.sampled_from(QUERY_KEYS), st.sampled_from([i, slug, "", label])),
                 max_size=4)
    )  # fmt: skip
    query = "&".join(f"{k}={v}" for k, v in pairs)
    scheme = draw(st.sampled_from(["https://", "http://", "//", "", "HTTP://", "https:/"]))
    tail = draw(st.sampled_from(["", "", "#detail", "#a&id=1", f"?id={i}", " ", "\n"]))
    url = scheme + host + path + (f"?{query}" if query or draw(st.booleans()) else "") + tail
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(url)))
        url = url[:at] + draw(st.sampled_from(HOSTILE)) + url[at:]
    if draw(st.integers(0, 9)) == 0:
        url = url.upper()
    return url


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.lists(urls(), min_size=1, max_size=40))
@example(["https://item.taobao.com/item.htm?id=123456789&id=123456789"])
@example(["https://www.lazada.sg/shop/site/", "https://www.lazada.sg/shop/site?x=1"])
@example(["https://item.taobao.com/item.htm?a=1#&id=2&id=123456789"])
@example(
    ["https://item.taobao.com/item.htm?a=x?id=5&id=123456789", "//item.taobao.com/item.htm?id"]
)
@example(
    ["https://item.taobao.com/item.htm?itemId=123456789&id", "item.taobao.com/item.htm?x&id=1"]
)
@example(["https://item.taobao.com/item.htm?idx=1&item_id=123456789&id=", "h5.m.taobao.com/x"])
@example(["https://item.taobao.com/item.htm?id=123456789\n", "//m.tb.cn", "m.tb.cn/h.x"])
@example(["https://www.alibaba.com/product-detail/_123456789.html"])
@example(["https://www.aliexpress.com/item/3256804692294345.html"])
@example(["https://item.taobao.com/item.htm?id=123456789&x=12...", "m.tb.cn/h.x?sm=1..."])
def test_kernel_equals_the_reference_on_hostile_urls(texts: list[str]) -> None:
    check(texts)


@SETTINGS
@given(
    st.lists(
        st.lists(st.sampled_from([*HOSTILE, *_hosts(), "/item.htm?id=123456789"]), max_size=6).map(
            "".join
        )
    )
)
def test_kernel_equals_the_reference_on_any_text(texts: list[str]) -> None:
    check(texts)


def test_kernel_equals_the_reference_on_the_example_corpus() -> None:
    corpus = [row[0] for row in EXAMPLES.ACCEPTED] + [row[0] for row in EXAMPLES.REJECTED]
    # Arrow strings are UTF-8: a lone surrogate is refused by the kernel (tested apart)
    corpus = [text for text in corpus if not any("\ud800" <= c <= "\udfff" for c in text)]
    check(corpus)
    check([text.upper() for text in corpus] + [text + " " for text in corpus])


@pytest.mark.no_cover
@pytest.mark.parametrize("mix", ["crawl", "pasted"])
def test_kernel_equals_the_reference_on_the_benchmark_mixes(mix: str) -> None:
    check(BENCH.build(3000, 11, mix))


def test_the_kernel_proves_the_clean_rows_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a wrapper around the reference: on clean URLs of the literal-host forms, AliExpress
    language hosts and short links, no row reaches the pure-Python parser."""
    from ipprules.columnar import _kernel

    fell_back: list[str | None] = []
    real = _kernel._reference

    def spy(texts: list[str | None], empty: str) -> dict[str, Any]:
        fell_back.extend(texts)
        return real(texts, empty)

    monkeypatch.setattr(_kernel, "_reference", spy)
    clean = [
        "https://item.taobao.com/item.htm?spm=a1z10&id=606832683299",
        "https://detail.tmall.com/item.htm?id=690091011924&skuId=4911012597025",
        "http://detail.1688.com/offer/585943639773.html#x",
        "//www.alibaba.com/product-introduction/Usb-Cable_1600123456789.html?s=p",
        "www.aliexpress.com/item/1005004878609097.html",
        "https://es.aliexpress.com/item/1005004878609097.html?gatewayAdapt=glo2esp",
        "https://he.aliexpress.com/i/3256804692294345.html",
        "https://www.lazada.co.th/products/pdp-i4212266679-s1.html",
        "https://www.lazada.sg/shop/some-shop/",
        "https://www.goofish.com/item?spm=x&id=606832683299",
        "https://m.tb.cn/h.4CEhFr0?sm=70d491",
    ]
    check(clean)
    assert fell_back == []
    check(["https://abc.taobao.com/", "https://s.taobao.com/search?q=x"])
    assert len(fell_back) == 2  # vanity stores and misses are the reference's


def test_id_supersets_with_their_length_range_are_the_fast_ids() -> None:
    import random
    import re

    from ipprules.columnar._plan import ID_CHARS, ID_SUPERSETS
    from ipprules.listings.forms import ID_RULES

    rng = random.Random(7)
    for rule, (superset, lo, hi) in ID_SUPERSETS.items():
        chars = ID_CHARS.get(rule, "abcdefghijklmnopqrstuvwxyz0123456789-") + "_.~A0"
        samples = ["".join(rng.choices(chars, k=rng.randrange(0, 140))) for _ in range(3000)]
        samples += ["1" + "0" * k for k in range(20)] + ["b2b-" + "a" * k for k in range(45)]
        for text in samples:
            exact = re.fullmatch(ID_RULES[rule][1], text) is not None
            mine = re.fullmatch(superset, text) is not None and lo <= len(text) <= hi
            assert exact == mine, (rule, text)
            if rule in ID_CHARS and exact:
                assert set(text) <= set(ID_CHARS[rule])


# ------------------------------------------------------------------ inputs and nulls


def test_arrow_inputs_of_every_shape_give_the_same_rows() -> None:
    texts = BENCH.build(500, 3, "pasted")
    want = reference(texts)
    array = pa.array(texts, pa.string())
    chunked = pa.chunked_array([texts[:100], texts[100:]], pa.string())
    large = pa.array(texts, pa.large_string())
    sliced = pa.array(["pad", *texts, "pad"], pa.string()).slice(1, len(texts))
    for column in (array, chunked, large, sliced, tuple(texts)):
        assert parse_column(column).to_pylist() == want


def test_blocks_are_put_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import ipprules.columnar as columnar

    monkeypatch.setattr(columnar, "BLOCK", 7)
    texts = BENCH.build(100, 9, "crawl")
    table = parse_column(texts)
    assert table.to_pylist() == reference(texts)
    assert max(len(chunk) for chunk in table.column("input").chunks) == 7
    assert BLOCK >= 1024


def test_nulls_are_rejections_with_a_null_input_or_an_error() -> None:
    texts = ["https://detail.1688.com/offer/585943639773.html", None, "x"]
    rows = parse_column(pa.array(texts, pa.string())).to_pylist()
    empty = parse_listing("").as_dict()
    assert rows[1] == {**empty, "input": None}
    assert rows[0] == parse_listing(texts[0]).as_dict()  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"urls\[4\] is null"):
        parse_column(pa.chunked_array([["a", "b"], ["c", "d", None]]), nulls="error")
    assert parse_column(pa.nulls(2)).column("code").to_pylist() == ["empty", "empty"]


def test_pandas_missing_values_are_nulls() -> None:
    pd = pytest.importorskip("pandas")
    texts = ["https://detail.1688.com/offer/585943639773.html", None, float("nan"), pd.NA]
    rows = parse_column(pd.Series(texts, dtype=object)).to_pylist()
    assert [row["input"] for row in rows] == [texts[0], None, None, None]
    assert [row["code"] for row in rows] == [None, "empty", "empty", "empty"]
    with pytest.raises(TypeError, match=r"urls\[2\] must be a str or None, got float"):
        parse_column(texts[:3])


def test_empty_input_gives_an_empty_table_with_the_schema() -> None:
    table = parse_column([])
    assert table.num_rows == 0
    assert table.schema == record_schema()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("https://item.taobao.com/item.htm?id=1", "not a single str"),
        (b"x", "not a single bytes"),
        (5, "got int"),
        (["a", 5], r"urls\[1\] must be a str or None, got int"),
        (pa.array([1, 2]), "must be an array of strings, got int64"),
    ],
)
def test_bad_columns_raise_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        parse_column(value)  # type: ignore[arg-type]


def test_bad_nulls_policy_and_lone_surrogates() -> None:
    with pytest.raises(TypeError, match="nulls must be"):
        parse_column(["x"], nulls="skip")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"\$\[1\]: not valid Unicode"):
        parse_column(["ok", "bad\ud800"])


#: review12's inputs: the comma after an id (``?id=N,title`` read, ``?id=1,2`` refused, a
#: full-width comma, an encoded one), comment markers beside a scheme-relative link, template
#: hosts and encoded braces, store pages on vanity hosts and the suggestions they make
REVIEW12 = [
    "https://item.taobao.com/item.htm?id=123456789,title",
    "https://item.taobao.com/item.htm?id=1,2",
    "https://item.taobao.com/item.htm?id=123456789,987654321",
    "https://item.taobao.com/item.htm?spm=a,b&id=123456789",
    "https://item.taobao.com/item.htm?id=123456789，title",
    "https://item.taobao.com/item.htm?id=123456789，987654321",
    "https://item.taobao.com/item.htm?id=123456789%2Ctitle",
    "https://item.taobao.com/item.htm?id=123456789,",
    "https://item.taobao.com/item.htm?id=123456789,https://item.taobao.com/item.htm?id=987654321",
    "//item.taobao.com/item.htm?id=123456789",
    "//item.taobao.com/item.htm?id=123456789 // comment",
    "https://item.taobao.com/item.htm?id=123456789 # note",
    "https://item.taobao.com/item.htm?id=123456789#note",
    "# https://item.taobao.com/item.htm?id=123456789",
    "// https://item.taobao.com/item.htm?id=123456789",
    "<!-- https://item.taobao.com/item.htm?id=123456789 -->",
    "https://item.taobao.com/item.htm?id=123456789 -- note",
    "https://{host}/item.htm?id=123456789",
    "https://%7Bhost%7D/item.htm?id=123456789",
    "https://item.taobao.com/item.htm?id={id}",
    "https://item.taobao.com/item.htm?id=%7Bid%7D",
    "https://{{item}}.taobao.com/item.htm?id=123456789",
    "https://item.taobao.com/{path}?id=123456789",
    "https://shop123456.taobao.com/",
    "https://shop123456.taobao.com/search.htm",
    "https://store.taobao.com/shop/view_shop.htm?shop_id=123456",
    "https://store.taobao.com/shop/view_shop.htm?shop_id=123456&user_number_id=999",
    "https://acme.tmall.com/search.htm",
    "https://acme.tmall.com/shop/view_shop.htm",
    "https://acme.tmall.com/category-123.htm",
    "https://s.tb.cn/h.abc",
    "https://s.tb.cn/",
    "https://s.tb.cn/h.abc?x=1",
    "https://chinese.alibaba.com/product-detail/abc_1600123456789.html",
    "https://chinese.alibaba.com/",
    "https://www.lazada.sg/products/iphone.html",
    "https://www.lazada.sg/products/iphone-i123456789.html",
    "https://www.lazada.sg/products/iphone-i123456789-s987.html",
    "https://www.lazada.sg/products/a,b-i123456789.html",
    "https://www.goofish.com/item?id=123456789012",
    "https://www.goofish.com/personal?userId={userId}",
    "https://www.goofish.com/personal?userId=<userId>",
    "https://www.goofish.com/personal?userId=xxx",
    "https://m.es.aliexpress.com/item/1005001234567890.html",
    "https://es.aliexpress.com/item/1005001234567890.html",
    "https://m.aliexpress.com/item/1005001234567890.html",
    "'https://item.taobao.com/item.htm?id=123456789',",
    '"https://item.taobao.com/item.htm?id=123456789","x"',
    "(https://item.taobao.com/item.htm?id=123456789)",
    "`https://item.taobao.com/item.htm?id=123456789`;",
    "url='https://item.taobao.com/item.htm?id=123456789';",
    "https://item.taobao.com/item.htm?id=123456789');",
    "https://detail.tmall.com/item.htm?id=123456789,颜色",
    "https://detail.tmall.com/item.htm?id=123456789,😀",
    "https://item.taobao.com/item.htm?id=123456789;id=987654321",
    "https://item.taobao.com/item.htm?id=123456789, https://detail.tmall.com/item.htm?id=987654321",
    "https://item.taobao.com/item.htm?id=123456789 https://item.taobao.com/item.htm?id=123456789",
    "https://h5.m.taobao.com/awp/core/detail.htm?id=123456789",
    "https://world.taobao.com/item/123456789.htm",
    "https://item.taobao.com/item.htm?id=123456789,title,more",
    "https://item.taobao.com/item.htm?id=0123456789,x",
    "https://item.taobao.com/item.htm?id=,123456789",
    "https://item.taobao.com/item.htm?ID=123456789,x",
    "https://item.taobao.com/item.htm?id=123456789,x&id=987654321",
    "https://item.taobao.com/item.htm?id=123456789&id=123456789,x",
    "https://detail.1688.com/offer/123456789,1.html",
    "https://detail.1688.com/offer/123456789.html,x",
    "https://detail.1688.com/offer/123456789.html // x",
    "https://item.taobao.com//item.htm?id=123456789",
    "https://item.taobao.com/item.htm?id=123456789&u=//x",
    "https://item.taobao.com/item.htm?id=123456789#//x",
    "https://detail.tmall.com/search.htm",
    "https://list.tmall.com/search_product.htm?q=x",
    "https://www.tmall.com/search.htm",
    "https://m.tmall.com/search.htm",
    "https://chaoshi.tmall.com/search.htm",
    "https://pages.tmall.com/wow/a/b",
    "https://login.taobao.com/search.htm",
    "https://login.tmall.com/category-1.htm",
    "https://world.taobao.com/search.htm",
    "https://h5.m.taobao.com/search.htm",
    "https://s.taobao.com/search?q=x",
    "https://www.taobao.com/category-1.htm",
    "https://item.taobao.com/search.htm",
    "https://acme.taobao.com/category-123.htm",
    "https://acme.taobao.com/search.htm?spm=x",
    "https://shop.m.taobao.com/shop/shop_index.htm?shop_id=123456",
    "https://acme.1688.com/page/offerlist.htm",
    "https://shop1234567.1688.com/page/offerlist.htm",
    "https://acme.en.alibaba.com/productlist.html",
    "https://www.aliexpress.com/store/1234567/search",
    "https://m.aliexpress.com/store/1234567/x",
    "https://rate.taobao.com/user-rate-xxx.htm",
    "https://favorite.taobao.com/search.htm",
    "https://buyertrade.taobao.com/search.htm",
    "https://acme.tmall.hk/search.htm",
    "https://acme.world.tmall.com/search.htm",
    "https://acme.m.tmall.com/search.htm",
    "https://acme.tmall.com/p/rd123.htm",
    "https://jiyoujia.taobao.com/search.htm",
    "https://acme.jiyoujia.com/search.htm",
    "https://tmall.com/search.htm",
    "https://www-acme.tmall.com/search.htm",
    "https://acme-.tmall.com/search.htm",
    "https://xn--fiq.tmall.com/search.htm",
    "https://ACME.TMALL.COM/search.htm",
    "https://shop0123.taobao.com/search.htm",
    "https://shop123456.taobao.com.evil.com/search.htm",
    "https://store.taobao.com/shop/view_shop.htm?shop_id=0123",
    "https://store.taobao.com/shop/view_shop.htm?shop_id=123456,789",
    "https://store.taobao.com/shop/view_shop.htm?shop_id=123456&shop_id=654321",
    "https://store.taobao.com/search.htm?shop_id=123456",
]


def test_kernel_equals_the_reference_on_review12_inputs() -> None:
    check(REVIEW12)
    check([text.upper() for text in REVIEW12] + [" " + text + "\t" for text in REVIEW12])


@SETTINGS
@given(
    IDS,
    st.sampled_from([",", "，", "%2C", " // ", " # ", " -- ", ";", "，，"]),
    st.one_of(
        st.from_regex(r"[0-9][0-9a-z]{0,5}", fullmatch=True),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    ),
)
def test_kernel_equals_the_reference_after_an_id_and_a_separator(
    item: str, separator: str, tail: str
) -> None:
    """Whatever follows an id and a comma or a comment marker, both engines agree; and a second
    number after a comma is never dropped for the first id (``?id=1,2`` stays refused)."""
    texts = [
        f"https://item.taobao.com/item.htm?id={item}{separator}{tail}",
        f"//item.taobao.com/item.htm?id={item}{separator}{tail}",
        f"https://detail.tmall.com/item.htm?spm=a{separator}b&id={item}",
    ]
    check(texts)
    if separator in (",", "，") and tail[:1].isascii() and tail[:1].isdigit():
        assert not parse_listing(texts[0]).ok, texts[0]


#: Sweep urls13's constructed inputs: a path's doubled slashes, service hosts, Lazada's own
#: sites, 1688 store pages, Xianyu stand-in user ids and H5 seller pages, hosts quoted in code.
URLS13 = [
    "https://item.taobao.com//item.htm?id=606832683299",
    "https://detail.tmall.com///item.htm?spm=a&id=606832683299",
    "https://www.aliexpress.com//item/1005003264388589.html",
    "https://www.lazada.sg/products//pdp-i2896336114-s20072727483.html",
    "https://list.tmall.com//",
    "https://uniqlo.tmall.com//",
    "https://item.taobao.com//item.htm",
    "https://88vip.tmall.com/",
    "https://pai.taobao.com/index.htm",
    "https://bangpai.taobao.com/group/thread/1-2.htm",
    "https://redmart.lazada.sg/catalog/?q=milk",
    "https://member.lazada.vn/user/login",
    "https://shop1434560114962.1688.com/offerlist.htm",
    "https://joinsun.1688.com/creditdetail.htm",
    "https://joinsun.1688.com/page/creditdetail.htm",
    "https://www.goofish.com/personal?userId=xxx",
    "https://www.goofish.com/personal?userId=XXXXXX&spm=a",
    "https://www.goofish.com/personal?userId=your_user_id",
    "https://www.goofish.com/personal?userId=:userId",
    "https://www.goofish.com/personal?userId=1666703902",
    "https://www.goofish.com/personal?userId=xxxa1",
    "https://h5.m.goofish.com/personal?userId=1666703902",
    "https://www.goofish.com/personal/?userId=1666703902",
    "https://m.ru.aliexpress.com/item/",
    "http://tw.taobao.com/item/43750623059.htm",
    "//us-click.aliexpress.com/ci_bb?ot=x",
    "http://www.panlishop.com/product/detail/543153439169.html",
    'commonHost.add("item.taobao.com");',
    'commonHost.add("shopXX.taobao.com");',
    'Process.Start("https:\\\\russian.alibaba.com/g/china-coffins.html");',
]


def test_kernel_equals_the_reference_on_urls13_inputs() -> None:
    check(URLS13)
    check([text.upper() for text in URLS13] + [" " + text + "\t" for text in URLS13])


#: Review 13's inputs: doubled slashes in a path (an id segment after them), inside a query or
#: a fragment, a path of slashes alone; comment markers after a link and links after them; every
#: class of white space (and the zero-width space, which is none) around a link.
_A = "https://item.taobao.com/item.htm?id=606832683299"
_B = "https://detail.tmall.com/item.htm?id=690091011924"
REVIEW13 = [
    "https://www.aliexpress.com/store//1185416",
    "https://aliexpress.com/store///1185416/pages//all-items.html",
    "https://www.aliexpress.com/store//",
    "https://item.taobao.com///item.htm?id=606832683299",
    "https://item.taobao.com/item.htm?x=a//b&id=606832683299",
    "https://item.taobao.com/item.htm?id=606832683299#a//b",
    "https://item.taobao.com////",
    "https://item.taobao.com/item.htm//?id=606832683299",
    "https://www.lazada.com.my//products/foo-i2896336114-s20072727483.html",
    "https://vip.taobao.com/vip_home.htm",
    "https://shopxx.taobao.com/search.htm",
    *(
        text
        for space in ["\u3000", "\xa0", "\u2028", "\u200b", "\x85", "\u1680", "\u202f", "\x1c"]
        for text in [
            f"{_A}{space}//{space}{_B}",
            f"看看{space}{_A}{space}xx",
            f"{_A}{space}//item.taobao.com/item.htm?id=606832683290",
            f"text{space}//item.taobao.com/item.htm?id=606832683299{space}more",
        ]
    ),
]


def test_kernel_equals_the_reference_on_review13_inputs() -> None:
    check(REVIEW13)
    check([text.upper() for text in REVIEW13] + [" " + text + "\t" for text in REVIEW13])


@pytest.mark.parametrize("enabled", [True, False])
def test_the_reference_rows_are_parsed_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    """As in parse_listings: no cyclic collection rescans the reference rows' results while
    they are made (they are acyclic), and the caller's setting is restored, also on error."""
    import gc

    from ipprules.columnar import _kernel

    seen: list[bool] = []
    real = _kernel.parse_listing

    def spy(text: str) -> Any:
        seen.append(gc.isenabled())
        return real(text)

    monkeypatch.setattr(_kernel, "parse_listing", spy)
    texts = ["https://s.taobao.com/search?q=x", "not a url", None, "https://abc.taobao.com/"]
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        rows = parse_column(pa.array(texts, pa.string())).to_pylist()
        assert gc.isenabled() is enabled
        assert len(seen) == len(texts) and not any(seen)
        assert [row["code"] for row in rows] == [
            parse_listing(t or "").as_dict()["code"] for t in texts
        ]

        def boom(text: str) -> Any:
            raise RuntimeError("boom")

        monkeypatch.setattr(_kernel, "parse_listing", boom)
        with pytest.raises(RuntimeError):
            parse_column(["not a url"])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def _run_end_by_hand(data: bytes, begin: int, end: int, chars: str, width: int) -> int:
    """The run of ``chars`` at ``begin`` byte by byte: at most ``width``, never past ``end``."""
    stop = begin
    while stop < min(begin + width, end) and chr(data[stop]) in chars:
        stop += 1
    return stop


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.text(alphabet="0123456789az_-/=?&.\u00e9\u4e2d\U0001f600", max_size=30),
            st.integers(min_value=-1, max_value=35),
        ),
        min_size=1,
        max_size=25,
    ),
    chars=st.sampled_from(["0123456789", "0123456789az", "az_-"]),
    width=st.integers(min_value=1, max_value=24),
)
def test_the_id_run_ends_where_a_byte_by_byte_scan_ends(
    rows: list[tuple[str, int]], chars: str, width: int
) -> None:
    """``_run_end`` (the end of each proven row's id) on windows cut anywhere in their row:
    inside a multi-byte character, at or past the row's end, in the buffer's first byte."""
    import numpy as np

    from ipprules.columnar import _kernel

    array = pa.array([text for text, _ in rows], pa.string())
    data, start, end = _kernel._bounds(array)
    # each row's run from an offset in it, at its end, or past it (clamped into the buffer)
    begin = np.minimum(start + np.array([max(at, 0) for _, at in rows]), len(data))
    got = _kernel._run_end(data, begin, start, end, chars, width)
    raw = data.tobytes()
    want = [
        _run_end_by_hand(raw, int(b), int(e), chars, width)
        for b, e in zip(begin.tolist(), end.tolist(), strict=True)
    ]
    assert got.tolist() == want


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.text(alphabet=";&#38xa0nbsp;\u00e9\u4e2d\U0001f600/?=", max_size=20),
            st.booleans(),
        ),
        min_size=1,
        max_size=25,
    ),
    cut=st.tuples(st.integers(min_value=0, max_value=25), st.integers(min_value=0, max_value=25)),
)
@example(rows=[(";", True), ("&nbsp;", False), ("", True), ("&#38;", True)], cut=(1, 3))
@example(rows=[("&amp;", True), ("", True), ("x&lt;", True)], cut=(0, 25))
@example(rows=[("&nbsp;&nbsp;xxxx", True), ("aaaa", True), ("&lt;", True)], cut=(1, 2))
def test_the_entity_rows_are_the_rows_whose_own_text_holds_an_entity(
    rows: list[tuple[str, bool]], cut: tuple[int, int]
) -> None:
    """``_maybe_entity`` (``;`` bytes found in the whole buffer, then given to their rows) on
    slices of a block and on null slots that still span text: a row is found exactly when its
    own text holds one of the entities parse_listing renders."""
    import numpy as np

    from ipprules.columnar import _kernel
    from ipprules.listings.parser import _ENTITY

    texts = [text for text, _ in rows]
    valid = pa.array([keep for _, keep in rows])  # a null's slot keeps its bytes
    whole = pa.array(texts, pa.string())
    buffers = whole.buffers()
    block = pa.Array.from_buffers(pa.string(), len(texts), [valid.buffers()[1], *buffers[1:]])
    block = block.slice(cut[0], cut[1])
    got = _kernel._maybe_entity(block)
    want = [
        i
        for i, text in enumerate(block.to_pylist())
        if text is not None and _ENTITY.search(text) is not None
    ]
    assert isinstance(got, np.ndarray)
    assert got.tolist() == want
