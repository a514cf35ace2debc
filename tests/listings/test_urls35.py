"""urls35: the forms of listing-urls.md as users paste them, form by form.

1. After a label and its full-width colon (``店铺：``), a link without its scheme in ASCII
   brackets, angle brackets, a code span, emphasis or braces (``店铺：[joinsun.1688.com/]``,
   ``店铺：<item.taobao.com/item.htm?id=N>``) was "no URL found in the text", though the same
   text without the label, or with ``(`` or ``"``, was read.
2. After a Chinese label and an ASCII colon (``链接:item.taobao.com/…``, typed with the input
   method in English mode), a link without its scheme was "no URL found in the text", though
   after a full-width colon (``链接：…``), or with its scheme, it was read.
3. A CSV row whose link ends in a slash, or in a number before a cell that is no number
   (``https://www.lazada.sg/shop/xmdgbhc3/,12.5``, ``https://www.aliexpress.com/store/N,Shop A``),
   took the cell into the link (not-a-listing, missing-id), though after ``.html`` or a query's
   number the cell was cut off.
4. In text, a link without its scheme whose path or query holds a link with its scheme
   (``see pandabuy.com/product?url=https://item.taobao.com/…``, ``链接:evil.com/x?u=https://…``)
   was read as the embedded link, a listing, though alone it is refused as the agent's or
   the foreign host's link, as it is with its own scheme.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import batch_and_columnar_give_parse_listing_answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings

#: A link without its scheme in ASCII wrappers after a label.
LABELLED: list[tuple[str, str | None, str, str | None]] = [
    ("店铺：[joinsun.1688.com/]", "1688", "storefront", "joinsun"),  # urls34's leftover
    ("店铺：<joinsun.1688.com/>", "1688", "storefront", "joinsun"),
    ("店铺：`joinsun.1688.com/`", "1688", "storefront", "joinsun"),
    ("店铺：*joinsun.1688.com/*", "1688", "storefront", "joinsun"),
    ("店铺：~joinsun.1688.com/~", "1688", "storefront", "joinsun"),
    ("店铺：{joinsun.1688.com/}", "1688", "storefront", "joinsun"),
    ("店铺：[uniqlo.tmall.com/shop/view_shop.htm?shop_id=116576560]", "tmall", "storefront", "uniqlo"),
    ("链接：[item.taobao.com/item.htm?id=606832683299]", "taobao", "listing", "606832683299"),
    ("链接：<item.taobao.com/item.htm?id=606832683299>", "taobao", "listing", "606832683299"),
    ("链接：**detail.tmall.com/item.htm?id=690091011924**", "tmall", "listing", "690091011924"),
    ("链接：~~detail.tmall.com/item.htm?id=690091011924~~", "tmall", "listing", "690091011924"),
    ("店铺：`item.taobao.com.evil.cn/`", None, "lookalike-host", None),  # control: as unlabelled
    ("店铺：[evil.com/x]", None, "not-alibaba-host", None),  # control: as unlabelled
    ("店铺：[]", None, "not-a-url", None),  # control: nothing in the brackets
]  # fmt: skip

(
    test_labelled_row,
    test_labelled_cli,
    test_labelled_batch_and_columnar,
) = table_tests(LABELLED)

_LINKS = [
    "joinsun.1688.com/",
    "uniqlo.tmall.com/",
    "item.taobao.com/item.htm?id=606832683299",
    "detail.1688.com/offer/585943639773.html",
    "www.aliexpress.com/item/1005004878609097.html",
    "item.taobao.com.evil.cn/item.htm?id=606832683299",
]


@settings(max_examples=40)
@given(
    link=st.sampled_from(_LINKS),
    wrap=st.sampled_from(["()", "[]", "<>", '""', "''", "``", "**", "~~", "{}"]),
    label=st.sampled_from(["店铺：", "链接：", "【店铺】"]),
)
@example(link="joinsun.1688.com/", wrap="[]", label="店铺：")
def test_wrapped_after_a_label_reads_as_without(link: str, wrap: str, label: str) -> None:
    text = f"{label}{wrap[0]}{link}{wrap[1]}"
    answer = parse_listing(text)
    alone = parse_listing(f"{wrap[0]}{link}{wrap[1]}")
    assert answer.as_dict() | {"input": None} == alone.as_dict() | {"input": None}
    assert other_listings(text, answer) == []
    batch_and_columnar_give_parse_listing_answer([text, text])


#: A link without its scheme after a Chinese label and an ASCII colon.
ASCII_COLON: list[tuple[str, str | None, str, str | None]] = [
    ("链接:item.taobao.com/item.htm?spm=a1z09.2.0.0.7d2d2e8dUzVLP4&id=606832683299&_u=71cflvne632", "taobao", "listing", "606832683299"),
    ("链接:a.m.taobao.com/i551881638423.htm", "taobao_or_tmall", "listing", "551881638423"),
    ("店铺:uniqlo.tmall.com", "tmall", "storefront", "uniqlo"),
    ("淘宝店铺:shop118454188.taobao.com 欢迎光临", "taobao", "storefront", "118454188"),
    ("链接:detail.tmall.hk/hk/item.htm?id=608529032990", "tmall_global", "listing", "608529032990"),
    ("链接:detail.1688.com/offer/585943639773.html", "1688", "listing", "585943639773"),
    ("链接:www.alibaba.com/product-detail/Most-Popular-GME12864-White-4pins-I2C_1600270997819.html", "alibaba_com", "listing", "1600270997819"),
    ("链接:www.aliexpress.com/item/1005004878609097.html", "aliexpress", "listing", "1005004878609097"),
    ("链接:www.lazada.sg/products/pdp-i2896336114-s20072727483.html", "lazada_sg", "listing", "2896336114"),
    ("链接:www.goofish.com/item?id=965639435219", "taobao", "listing", "965639435219"),
    ("链接:item.taobao.com.evil.cn/item.htm?id=606832683299", None, "lookalike-host", None),  # control
    ("价格:12.5元", None, "not-a-url", None),  # control: no host after the colon
]  # fmt: skip

(
    test_ascii_colon_row,
    test_ascii_colon_cli,
    test_ascii_colon_batch_and_columnar,
) = table_tests(ASCII_COLON)


@settings(max_examples=40)
@given(
    link=st.sampled_from(_LINKS),
    label=st.sampled_from(["链接", "店铺", "淘宝店铺", "商品链接"]),
    wrap=st.sampled_from(["", "[]", "<>", "**"]),
)
@example(link="item.taobao.com/item.htm?id=606832683299", label="链接", wrap="")
def test_ascii_colon_reads_as_full_width(link: str, label: str, wrap: str) -> None:
    text = f"{label}:{wrap[:1]}{link}{wrap[1:]}"
    answer = parse_listing(text)
    wide = parse_listing(f"{label}：{wrap[:1]}{link}{wrap[1:]}")
    assert answer.as_dict() | {"input": None} == wide.as_dict() | {"input": None}
    assert other_listings(text, answer) == []
    batch_and_columnar_give_parse_listing_answer([text, text])


#: A link ending in a slash, or in a number before a cell that is no number, then CSV cells.
CSV_CELLS: list[tuple[str, str | None, str, str | None]] = [
    ("https://www.lazada.sg/shop/xmdgbhc3/,12.5", "lazada_sg", "storefront", "xmdgbhc3"),
    ("https://uniqlo.tmall.com/,优衣库,12.5", "tmall", "storefront", "uniqlo"),
    ("shop118454188.taobao.com/,Shop A", "taobao", "storefront", "118454188"),
    ("title,https://www.aliexpress.com/store/1104927695,Shop A,12.5", "aliexpress", "storefront", "1104927695"),
    ("https://www.aliexpress.com/store/1104927695,", "aliexpress", "storefront", "1104927695"),
    ("https://www.aliexpress.com/item/1005004878609097,Title", "aliexpress", "listing", "1005004878609097"),
    ("https://www.aliexpress.com/store/1104927695,12.5", None, "missing-id", None),  # control: a number may be the id's other half
    ("https://item.taobao.com.evil.cn/,x", None, "lookalike-host", None),  # control
]  # fmt: skip

(
    test_csv_cells_row,
    test_csv_cells_cli,
    test_csv_cells_batch_and_columnar,
) = table_tests(CSV_CELLS)

_CELLED = [
    "https://www.lazada.sg/shop/xmdgbhc3/",
    "https://uniqlo.tmall.com/",
    "https://shop118454188.taobao.com/",
    "https://www.aliexpress.com/store/1104927695",
    "https://www.aliexpress.com/item/1005004878609097",
    "https://detail.1688.com/offer/585943639773.html",
]


@settings(max_examples=40)
@given(
    link=st.sampled_from(_CELLED),
    before=st.sampled_from(["", "title,", "1,"]),
    after=st.sampled_from(["", "Shop A", "优衣库", "Shop A,12.5", "x,1"]),
)
@example(link="https://www.lazada.sg/shop/xmdgbhc3/", before="", after="Shop A,12.5")
def test_csv_cell_after_a_link_is_cut_off(link: str, before: str, after: str) -> None:
    text = f"{before}{link},{after}"
    answer = parse_listing(text)
    alone = parse_listing(link)
    assert answer.as_dict() | {"input": None} == alone.as_dict() | {"input": None}
    assert other_listings(text, answer) == []
    batch_and_columnar_give_parse_listing_answer([text, text])


#: A link without its scheme, in text, whose query or path holds a marketplace link.
EMBEDDING: list[tuple[str, str | None, str, str | None]] = [
    ("see pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299", None, "agent-site", None),
    ("链接:pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299", None, "agent-site", None),
    ("链接：pandabuy.com/product?url=https://item.taobao.com/item.htm?id=606832683299", None, "agent-site", None),
    ("see evil.com/x?u=https://item.taobao.com/item.htm?id=606832683299", None, "not-alibaba-host", None),
    ("(evil.com/https://item.taobao.com/item.htm?id=606832683299)", None, "not-alibaba-host", None),
    ("see item.taobao.com/item.htm?id=606832683299&u=https://evil.example/", "taobao", "listing", "606832683299"),
    ("【淘宝】https://item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299"),  # control: a label
    ("see 20181107/https://item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299"),  # control: no host
]  # fmt: skip

(
    test_embedding_row,
    test_embedding_cli,
    test_embedding_batch_and_columnar,
) = table_tests(EMBEDDING)


@settings(max_examples=40)
@given(
    head=st.sampled_from(["pandabuy.com/product?url=", "evil.com/x?u=", "evil.com/"]),
    inner=st.sampled_from(_CELLED),
    before=st.sampled_from(["see ", "链接:", "链接：", "(", "**"]),
)
@example(head="pandabuy.com/product?url=", inner=_CELLED[0], before="see ")
def test_embedding_link_in_text_reads_as_alone(head: str, inner: str, before: str) -> None:
    text = f"{before}{head}{inner}"
    answer = parse_listing(text)
    alone = parse_listing(f"{head}{inner}")
    assert answer.ok is False
    assert (answer.code, answer.suggestion) == (alone.code, alone.suggestion)
    assert other_listings(text, answer) == other_listings(f"{head}{inner}", alone)
    batch_and_columnar_give_parse_listing_answer([text, text])
