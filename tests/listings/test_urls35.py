"""urls35: the forms of listing-urls.md as users paste them, form by form.

1. After a label and its full-width colon (``店铺：``), a link without its scheme in ASCII
   brackets, angle brackets, a code span, emphasis or braces (``店铺：[joinsun.1688.com/]``,
   ``店铺：<item.taobao.com/item.htm?id=N>``) was "no URL found in the text", though the same
   text without the label, or with ``(`` or ``"``, was read.
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
