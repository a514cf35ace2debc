"""urls53: left-overs of urls52 and realurls36-38, decided from the notes (notes in
/work/notes/sweep-urls53.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, checked through
``parse_listing``, the thorough parser, the CLI, ``parse_listings`` and the columnar kernel
(``table_tests``).

1. Stand-in store labels in code and docs (``winportXXXX.1688.com``, ``xxx.tmall.com``,
   ``shopXX.taobao.com``) are templates: ``not-a-url`` saying the label is a stand-in (they were
   read as the vanity stores ``winportxxxx``, ``xxx``, or ``not-a-listing``). The boundary: a
   label ending in three or more ``x`` (``shopXX`` too, for ``shopN``); labels with fewer
   (``yxrywy8``, ``maxx``, ``xx``) stay vanity stores.
2. A marketplace's host alone in quotes in code, with no scheme or path
   (``TAOBAO_HOSTS = {"item.taobao.com", …}``, ``'lazada.vn','s.lazada.vn',``): a host name only,
   ``not-a-url`` saying so, as such a host before a comma already was ("no URL found"; was
   ``missing-id``, ``short-link`` or ``not-a-listing`` by the host read). A store's host alone is
   its link and is still read.
3. ``ali.ski``/``aliexpi.com`` (third-party shorteners): ``not-alibaba-host`` saying so;
   ``robot.aliexpress.com`` (named in code as AliExpress's self-operated channel; the notes are
   silent): ``not-a-listing`` saying so, not the store ``robot``.
4. ``m.1688.com/winport/…`` without a member id the parser reads: the reason says "store page".
5. A scope's ``::`` (``std::string``) is no scheme (``not-a-url``, was ``scheme-not-allowed``);
   a short-link host alone before prose (``// s.lazada.sg is …``) gets no "code followed by
   white space" hint (``sg`` is the host's label, not a code).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import table_tests
from ipprules.listings import parse_listing

STAND_INS: list[tuple[str, str | None, str, str | None]] = [
    ("      // winportXXXX.1688.com, or qm.1688.com/winport/...", None, 'not-a-url', None),  # fix 1; github-index:56684122449, was storefront winportxxxx
    ("https://winportXXXX.1688.com/", None, 'not-a-url', None),  # fix 1: was storefront
    ("https://winportXXXX.1688.com/page/offerlist.htm", None, 'not-a-url', None),  # fix 1: was storefront
    ("https://xxx.tmall.com/category.htm", None, 'not-a-url', None),  # fix 1: was not-a-listing
    ("https://XXX.taobao.com", None, 'not-a-url', None),  # fix 1: was storefront xxx
    ("https://storeXXX.tmall.com/", None, 'not-a-url', None),  # fix 1: was storefront storexxx
    ("https://xxxx.en.alibaba.com/productlist.html", None, 'not-a-url', None),  # fix 1: was storefront
    ("https://shopXX.taobao.com/", None, 'not-a-url', None),  # fix 1: was not-a-listing
    ("https://yxrywy8.1688.com", '1688', 'storefront', 'yxrywy8'),  # control: a real vanity store (notes section 4)
    ("https://maxx.taobao.com/", 'taobao', 'storefront', 'maxx'),  # control: two x are a name
    ("https://xx.1688.com/", '1688', 'storefront', 'xx'),  # control: two x alone too
    ("https://xxx.aliexpress.com/store/1185416", 'aliexpress', 'storefront', '1185416'),  # control: the path names the store
    ("https://{name}.taobao.com/", None, 'not-a-url', None),  # control (unchanged)
]  # fmt: skip

QUOTED: list[tuple[str, str | None, str, str | None]] = [
    ("    'lazada.vn','s.lazada.vn','pages.lazada.vn',", None, 'not-a-url', None),  # fix 2; test_real_urls_38, was short-link
    ("    'lzd.co', 's.lazada.com.ph',                            // Lazada", None, 'not-a-url', None),  # fix 2 (reason); test_real_urls_38
    ('TAOBAO_HOSTS = {"item.taobao.com", "item.m.taobao.com"}', None, 'not-a-url', None),  # fix 2; test_real_urls_37, was not-a-listing
    ('"item.taobao.com"', None, 'not-a-url', None),  # fix 2: was missing-id
    ("if(url.hostname==='item.taobao.com'){", None, 'not-a-url', None),  # fix 2; test_real_urls_33, was missing-id
    ('"s.lazada.vn"', None, 'not-a-url', None),  # fix 2: was short-link
    ('"a.aliexpress.com",', None, 'not-a-url', None),  # fix 2 (reason); test_real_urls_36
    ('hosts.add("uniqlo.tmall.com");', 'tmall', 'storefront', 'uniqlo'),  # control: a store's host is its link
    ('"uniqlo.tmall.com",', None, 'not-a-url', None),  # control: no URL found (unchanged reason)
    ('"https://item.taobao.com"', None, 'missing-id', None),  # control: a scheme, a link
    ('"item.taobao.com/item.htm?id=606832683299"', 'taobao', 'listing', '606832683299'),  # control
    ("item.taobao.com", None, 'missing-id', None),  # control: no quotes
]  # fmt: skip

SITES: list[tuple[str, str | None, str, str | None]] = [
    ("* Arduino NANO http://ali.ski/POpMO", None, 'not-alibaba-host', None),  # fix 3 (reason); test_real_urls_36
    ("- [ESP32 DEVKIT V1](https://aliexpi.com/O208)", None, 'not-alibaba-host', None),  # fix 3 (reason); test_real_urls_36
    ("https://ali.ski.evil.example/x", None, 'not-alibaba-host', None),  # control: another host
    ("https://robot.aliexpress.com/", None, 'not-a-listing', None),  # fix 3: was storefront robot
    ("https://weactstudio.aliexpress.com/", 'aliexpress', 'storefront', 'weactstudio'),  # control: notes section 6
    ("https://m.1688.com/winport/asyncsearch.json", None, 'missing-id', None),  # fix 4 (reason)
    ('                f"https://m.1688.com/winport/{member_id}.html",', None, 'not-a-url', None),  # fix 4 (reason); test_real_urls_17; urls54: a brace template, not a link (was missing-id)
    ("https://m.1688.com/winport/asyncView?ctoken=&memberId=b2b-25396717735e2ts", None, 'missing-id', None),  # fix 4 (reason)
]  # fmt: skip

PROSE: list[tuple[str, str | None, str, str | None]] = [
    ("std::string", None, 'not-a-url', None),  # fix 5: was scheme-not-allowed
    ("    std::string url;", None, 'not-a-url', None),  # fix 5: was scheme-not-allowed
    ("ipprules::listings", None, 'not-a-url', None),  # fix 5: was scheme-not-allowed
    ('std::string u = "taobao://item.taobao.com/item.htm?id=1";', None, 'scheme-not-allowed', None),  # control: the taobao: link
    ("    // s.lazada.sg is another share bridge, not a destination.", None, 'missing-id', None),  # fix 5 (reason); test_real_urls_38; urls54: a short-link host with no code (was short-link)
    ("https://m.tb.cn/h.4CE hFr0", None, 'short-link', None),  # control: a code cut by a space (hint kept)
]  # fmt: skip

ALL = [*STAND_INS, *QUOTED, *SITES, *PROSE]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize("text", [row[0] for row in STAND_INS[:8]])
def test_stand_in_label_is_called_a_template(text: str) -> None:
    reason = parse_listing(text).reason
    assert "is a template, not a link" in reason and "stand-in" in reason


_DOMAINS = st.sampled_from(["taobao.com", "tmall.com", "1688.com", "tmall.hk"])
#: A label's start that no reserved label nor shopN is (``q7`` is no service of any site).
_WORD = st.from_regex(r"q7[a-z0-9]{0,8}", fullmatch=True)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(word=_WORD | st.just(""), xs=st.integers(3, 8), upper=st.booleans(), domain=_DOMAINS)
def test_a_label_ending_in_three_x_is_a_stand_in(
    word: str, xs: int, upper: bool, domain: str
) -> None:
    label = word + ("X" if upper else "x") * xs
    assert parse_listing(f"https://{label}.{domain}/").code == "not-a-url"


@settings(max_examples=50, deadline=None, derandomize=True)
@given(word=_WORD, xs=st.integers(0, 2), end=st.sampled_from("abz09"), domain=_DOMAINS)
def test_a_label_with_fewer_x_or_after_them_stays_a_store(
    word: str, xs: int, end: str, domain: str
) -> None:
    for label in (word + "x" * xs, word + "xxx" + end):
        answer = parse_listing(f"https://{label}.{domain}/")
        assert answer.ok and answer.kind == "storefront" and answer.id == label


@pytest.mark.parametrize("text", [row[0] for row in QUOTED[:7]])
def test_quoted_host_alone_is_a_host_name_only(text: str) -> None:
    reason = parse_listing(text).reason
    assert "in quotes is a host name only" in reason and reason.startswith("not a URL: no URL")


@pytest.mark.parametrize("text", [row[0] for row in SITES[:2]])
def test_third_party_shortener_says_so(text: str) -> None:
    assert "third-party short-link service" in parse_listing(text).reason


def test_robot_aliexpress_is_no_store_and_says_why() -> None:
    assert "self-operated channel" in parse_listing(SITES[3][0]).reason


@pytest.mark.parametrize("text", [SITES[5][0], SITES[7][0]])  # urls54: SITES[6] is a template
def test_winport_without_member_id_is_a_store_page(text: str) -> None:
    reason = parse_listing(text).reason
    assert "is a store page" in reason and "listing page" not in reason


def test_short_host_alone_before_prose_gets_no_code_hint() -> None:
    assert "followed by white space" not in parse_listing(PROSE[4][0]).reason
    assert "the code '4CE' is followed by white space" in parse_listing(PROSE[5][0]).reason
