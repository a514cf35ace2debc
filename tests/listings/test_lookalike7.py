"""lookalike7: service hosts on the marketplaces' own domains (lookalike6's leftovers).

- A general guard: a login, API, report, complaint, help or cart page (``/login``,
  ``/member/login.jhtml``, ``/h5/mtop.…``, ``/rest/``, ``/api/``, ``/gw/``, ``jubao``,
  ``.json``, ``callback=`` …) on a would-be vanity store host never suggests the host's root
  as the store: the host may be one of the marketplace's service hosts not yet reserved. A
  store's own item list, search and category pages keep their suggestion (docs/listings.md:
  ``shop458578821.taobao.com/search.htm`` suggests the store), and so does a numbered shop
  (``shopN.taobao.com``: a store whatever the page).
- Alibaba.com stores (``<company>.en.alibaba.com``, ``.fm.``, ``.trustpass.``) apply the
  technical labels every other marketplace's store hosts apply (``login.en.alibaba.com``,
  ``api.``, ``img.`` …: no store), and their mobile twins (``api.m.en.alibaba.com``) suggest
  no such store.
- More of the group's service hosts, each with real sources (hosts.py names them), are
  reserved labels: Taobao's ``healthcenter``, ``tradearchive``, ``wuliu2``, ``ecrm`` …,
  Tmall's ``strategy``, ``bigsale``, ``gongxiao``, ``tgc``, ``insight``, 1688's ``laputa``,
  ``guanjia``, ``rongzi``, ``ufuwu``, ``pinpai``, ``go``, ``x56``, ``aliance``, ``mind``.

Every entry point agrees: parse_listing, parse_listings, the thorough parser, the fast path,
the columnar kernel and the planner.
"""

from __future__ import annotations

import pytest

from ipprules.listings import Listing, parse_listing, parse_listings
from ipprules.listings.parser import _parse_clean, parse_slowly

#: Service pages on hosts no reserved label names (made-up labels: the guard must hold for a
#: service host nobody has listed yet).
SERVICE_PAGES = (
    "https://foo.taobao.com/login",
    "https://foo.taobao.com/member/login.jhtml?redirectURL=x",
    "https://foo.taobao.com/h5/mtop.taobao.detail.getdetail/6.0/?data=%7B%7D",
    "https://foo.taobao.com/router/rest?method=x",
    "https://foo.taobao.com/rest/x",
    "https://foo.taobao.com/api/upload.api",
    "https://foo.taobao.com/report.htm?itemId=546629500525",
    "https://foo.taobao.com/jubao/index.htm",
    "https://foo.taobao.com/complain/create.htm",
    "https://foo.taobao.com/cart.htm",
    "https://foo.taobao.com/help/index.htm",
    "https://foo.taobao.com/home/json/get_list.json",
    "https://foo.taobao.com/data.jsonp",
    "https://foo.taobao.com/x.do?callback=jsonp80",
    "https://foo.tmall.com/gw/mtop.x/1.0/",
    "https://foo.m.tmall.com/h5/mtop.x/1.0/",
    "https://foo.tmall.hk/passport/login.htm",
    "https://foo.1688.com/api/x",
    "https://foo.1688.com/jubao/x",
    "https://foo.world.taobao.com/oauth/authorize",
    "https://foo.m.en.alibaba.com/api/x",
)

#: A store's own pages: still refused with the store suggested.
STORE_PAGES = {
    "https://foo.taobao.com/search.htm?search=y": "https://foo.taobao.com/",
    "https://foo.taobao.com/category-123.htm": "https://foo.taobao.com/",
    "https://foo.m.tmall.com/shop/shop_auction_search.htm": "https://foo.tmall.com/",
    "https://shop458578821.taobao.com/search.htm?search=y": "https://shop458578821.taobao.com/",
    # a numbered shop is a store whatever the page
    "https://shop458578821.taobao.com/login.htm": "https://shop458578821.taobao.com/",
    # a store whose name holds a service word
    "https://loginshop.taobao.com/search.htm": "https://loginshop.taobao.com/",
    "https://foo.taobao.com/apis.htm": "https://foo.taobao.com/",
    "https://foo.m.en.alibaba.com/": "https://foo.en.alibaba.com/",
}

#: Alibaba.com store hosts whose label is a technical one: no store.
ALIBABA_TECH = tuple(
    f"https://{label}.{sub}.alibaba.com/"
    for label, sub in (
        ("login", "en"),
        ("api", "en"),
        ("img", "en"),
        ("help", "en"),
        ("service", "fm"),
        ("h5", "trustpass"),
        ("acs", "en"),
        ("wap", "fm"),
        ("pages", "en"),
    )
)
#: Their mobile twins: refused with no suggestion.
ALIBABA_MOBILE_TECH = ("https://api.m.en.alibaba.com/", "https://login.m.trustpass.alibaba.com/")

#: Hosts reserved by this sweep (hosts.py cites each one's sources).
NEW_RESERVED = tuple(
    f"https://{label}.{domain}/"
    for domain, labels in (
        (
            "taobao.com",
            "healthcenter tradearchive wuliu2 ecrm everyhelp luban holmes scportal "
            "unidesk chuangyi inventorymanage branding stream-upload hot 1bp live tu quick jibu "
            "dianxiaomi agi we",
        ),
        ("tmall.com", "strategy bigsale gongxiao tgc insight"),
        ("1688.com", "laputa guanjia rongzi ufuwu pinpai go x56 aliance mind"),
    )
    for label in labels.split()
)
#: Deep pages on them, from their sources: no store suggested.
NEW_RESERVED_PAGES = (
    "https://healthcenter.taobao.com/home/health_home.htm",
    "https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1796441988877594069",
    "https://wuliu2.taobao.com/user/consign2.htm?tradeId=1&x-frames-allow-from=wuliu2",
    "https://scportal.taobao.com/quali_show.htm?uid=2206570330851&qualitype=all",
    "https://we.taobao.com/daren/index.htm",
    "https://strategy.tmall.com/#/marketOverview",
    "https://bigsale.tmall.com/wow/a/act/haiwaifenzu/dailygroup/1331/wupr?wh_pid=daily-195765",
    "https://tgc.tmall.com/ds/page/supplier/order-manage?x=1",
    "https://guanjia.1688.com/page/consignoffer.htm?menuCode=consignoffer",
    "https://go.1688.com/buyoffer/post_buy_offer.htm",
    "https://mind.1688.com/industry/common-Industry/2H7JMafwk4/index.html?wh_pha=true",
)
#: Stores whose names only hold a reserved word stay stores.
STILL_STORES = (
    "https://hotshop.taobao.com/",
    "https://wework.taobao.com/",
    "https://livehouse.taobao.com/",
    "https://gotrade.1688.com/",
    "https://tgcshop.tmall.com/",
    "https://loginplus.en.alibaba.com/",
    "https://apitech.fm.alibaba.com/",
    "https://cuav.en.alibaba.com/",
)

REFUSED = SERVICE_PAGES + ALIBABA_TECH + ALIBABA_MOBILE_TECH + NEW_RESERVED + NEW_RESERVED_PAGES


def _every_parser(link: str) -> list[object]:
    return [
        parse_listing(link),
        parse_slowly(link),
        _parse_clean(link),
        *(answer for _, answer in parse_listings([link])),
    ]


@pytest.mark.parametrize("link", REFUSED)
def test_no_store_and_no_store_suggested(link: str) -> None:
    answer = parse_listing(link)
    assert not isinstance(answer, Listing), (link, answer)
    assert answer.code == "not-a-listing", (link, answer)
    assert answer.as_dict()["suggestion"] is None, (link, answer)
    for other in _every_parser(link):
        assert other is None or not isinstance(other, Listing), (link, other)
    assert [a for _, a in parse_listings([link])] == [answer]


@pytest.mark.parametrize(("link", "store"), STORE_PAGES.items())
def test_a_stores_own_pages_still_suggest_the_store(link: str, store: str) -> None:
    answer = parse_listing(link)
    assert not isinstance(answer, Listing), (link, answer)
    assert answer.as_dict()["suggestion"] == store, (link, answer)
    assert isinstance(parse_listing(store), Listing), store


@pytest.mark.parametrize("link", STILL_STORES)
def test_stores_named_like_a_service_word_still_are_stores(link: str) -> None:
    for answer in _every_parser(link):
        assert answer is None or isinstance(answer, Listing), (link, answer)
    answer = parse_listing(link)
    assert isinstance(answer, Listing) and answer.kind == "storefront", (link, answer)


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    texts = [*REFUSED, *STORE_PAGES, *STILL_STORES]
    table = parse_column(texts)
    rows = zip(
        texts,
        table.column("ok").to_pylist(),
        table.column("code").to_pylist(),
        table.column("suggestion").to_pylist(),
        strict=True,
    )
    for text, ok, code, suggestion in rows:
        expected = parse_listing(text).as_dict()
        assert ok == (text in STILL_STORES), text
        assert code == expected.get("code"), text
        assert suggestion == expected.get("suggestion"), text


def test_the_planner_plans_none_of_them() -> None:
    from ipprules.planner import Settings, plan_listings
    from planner.planner_accounts import make_account

    texts = [*REFUSED[::3], *STILL_STORES[:2]]
    result = plan_listings(
        texts,
        make_account(),
        as_of="2026-12-07",
        settings=Settings(right="tm-cn", reason="tm_store_misuse"),  # stores only
    )
    assert len(result.outcomes) == len(texts)
    planned = {
        texts[o.line - 1] for o in result.outcomes if o.status.value in ("planned", "duplicate")
    }
    assert planned == set(STILL_STORES[:2]), planned
    codes = {o.code for o in result.outcomes if texts[o.line - 1] not in STILL_STORES}
    assert codes == {"listing:not-a-listing"}, codes
