"""Links glued to one another by Chinese punctuation or text, with no space between (链接1：
https://…，链接2：https://…), are every one extracted: the rest of a token after a link cut
short was never read, so ``extract_urls`` gave the first link only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ipprules.listings import extract_urls

LINKS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.aliexpress.com/item/1005004567890123.html",
    "https://www.lazada.sg/products/pdp-i4212266679.html",
    "https://m.tb.cn/h.4CEhFr0?sm=70d491",
    "http://shop114407458.taobao.com/",
]
GLUE = st.text(
    st.sampled_from("，。、；：！？【】「」《》链接宝贝看这个店"), min_size=1, max_size=4
)


@given(st.lists(st.sampled_from(LINKS), min_size=1, max_size=5), st.data())
def test_every_glued_link_is_extracted_in_order(links: list[str], data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(["", "链接1：", "【淘宝】"]))
    for link in links:
        text += link + data.draw(GLUE)
    assert extract_urls(text) == links


def test_a_link_in_a_query_stays_part_of_its_link() -> None:
    url = "https://s.click.taobao.com/t?e=x&u=https://item.taobao.com/item.htm?id=606832683299"
    assert extract_urls(url) == [url]
    assert extract_urls(url + "，看看") == [url]


def test_the_example_of_the_fix() -> None:
    text = (
        "链接1：https://item.taobao.com/item.htm?id=606832683299，"
        "链接2：https://item.taobao.com/item.htm?id=606832683291"
    )
    assert extract_urls(text) == [
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://item.taobao.com/item.htm?id=606832683291",
    ]
