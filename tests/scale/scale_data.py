"""Inputs the scale tests draw from: URLs of many forms (with repeats), accounts, histories."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

ids = st.sampled_from(["606832683299", "690091011924", "585943639773", "993154784090"])
ae_ids = st.sampled_from(["1005004878609097", "3256804692294345", "4000123456789"])


@st.composite
def urls(draw: st.DrawFn) -> str:
    """A listing URL (few ids, so duplicates are common), a rejection, or a missing value."""
    i = draw(ids)
    ae = draw(ae_ids)
    return draw(
        st.sampled_from(
            [
                f"https://item.taobao.com/item.htm?id={i}",
                f"https://m.intl.taobao.com/detail/detail.html?id={i}&tk=x",
                f"https://detail.tmall.com/item.htm?id={i}&skuId=1",
                f"https://detail.1688.com/offer/{i}.html?spm=a",
                f"https://www.aliexpress.com/item/{ae}.html",
                f"https://www.aliexpress.us/item/{ae}.html",
                f"https://fr.aliexpress.com/i/{ae}.html",
                f"https://www.alibaba.com/product-detail/Lamp-Shade_{i}.html",
                f"https://www.lazada.sg/products/lamp-i{i}-s{i}.html",
                f"https://shop{i}.taobao.com/",
                "https://s.taobao.com/search?q=shoes",
                "https://item.taobao.com.evil.cn/item.htm?id=606832683299",
                "https://m.tb.cn/h.4CEhFr0",
                "not a url",
                "",
            ]
        )
    )


url_lists = st.lists(urls(), min_size=0, max_size=40)


@st.composite
def complaints(draw: st.DrawFn) -> dict[str, object]:
    """One complaint of a history, as the keys of a history CSV row (counts as ints)."""
    day = dt.date(2023, 1, 1) + dt.timedelta(days=draw(st.integers(0, 500)))
    td, rj, wd, pd = (draw(st.integers(0, 30)) for _ in range(4))
    if td + rj + wd + pd == 0:
        td = 1
    ri = draw(st.integers(0, td))
    return {
        "type": "complaint",
        "date": day,
        "platform": draw(st.sampled_from(["taobao", "tmall", "1688", "aliexpress"])),
        "reason_code": draw(st.sampled_from(["tm_counterfeit", "tm_misuse", "cr_image"])),
        "listings": td + rj + wd + pd,
        "taken_down": td,
        "rejected": rj,
        "withdrawn": wd,
        "pending": pd,
        "reinstated": ri,
    }


@st.composite
def events(draw: st.DrawFn) -> dict[str, object]:
    day = dt.date(2023, 1, 1) + dt.timedelta(days=draw(st.integers(0, 500)))
    kind = draw(st.sampled_from(["declaration", "admission", "abuse", "withdrawal"]))
    return {"type": kind, "date": day}


histories = st.dictionaries(
    st.sampled_from(["acme", "lumen", "north", "zeta"]),
    st.lists(st.one_of(complaints(), complaints(), events()), min_size=1, max_size=8),
    min_size=1,
    max_size=4,
)
