"""urlleft1: listing-parser left-outs of earlier sweeps, decided from listing-urls.md (notes in
/work/notes/sweep-urlleft1.md).

1. Taobao commands (淘口令) in ``€…€``, ``￥…￥``, ``$…$``, ``(…)``, ``《…》``: a share text
   holding a link is read for that link; a bare command is refused, never a listing. Fixed: a
   ``$`` closing a ``$…$`` round a listing's link (``…?id=N$``) was a bare "malformed id"; it
   now says the ``$`` is glued on and suggests the link, as a bar glued on does.
2. 1688 stores: ``/page/<name>.htm[l]`` and ``/page/<name>`` are the store's own pages (section
   4); fixed: ``/page/x.json`` was read as the storefront, it is an API's answer (section 11),
   refused as ``shopN.1688.com/x.json`` already was.
3. Query keys are case-sensitive (section 0): ``?ID=``, ``?Id=``, ``?itemID=``, ``?offerid=``
   are no id keys, on every marketplace alike (no change: pinned).
4. Lazada: fixed: ASCII text glued after ``.html`` (``….htmlfoo``) and a query glued on with
   ``&`` before a later ``?`` now say so and suggest the link (codes unchanged); a decoded or
   percent-encoded slug with ``.HTML`` now gets the upper-case hint an ASCII slug gets.
"""

from __future__ import annotations

import pytest
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
)
from ipprules.listings import Listing, Rejection, extract_urls, parse_listing

ITEM = "606832683299"
TAOBAO = f"https://item.taobao.com/item.htm?id={ITEM}"
SHORT = "https://m.tb.cn/h.4CEhFr0?sm=70d491"
LAZ = "4212266679"
LAZ_LINK = f"https://www.lazada.co.th/products/pdp-i{LAZ}.html"


def _all_agree(texts: list[str]) -> None:
    batch_and_columnar_give_parse_listing_answer(texts)
    planner_refuses_as_parse_listing(texts, ACCOUNT, DAY)


# 1. Taobao commands and the wrappers pasted round them ---------------------------------------

WRAPPERS = [("€", "€"), ("￥", "￥"), ("$", "$"), ("(", ")"), ("《", "》")]


@pytest.mark.parametrize(("left", "right"), WRAPPERS)
def test_a_share_text_with_a_short_link_yields_the_short_link(left: str, right: str) -> None:
    for text in (
        f"{left}AbCdEf12Gh{right} {SHORT} 复制打开淘宝",
        f"【淘宝】「title」 {SHORT} {left}AbCdEf12Gh{right}",
        f"{left}{SHORT}{right}",
    ):
        # "$" is a URL character: the finder keeps it, the short link is read all the same
        assert extract_urls(text) in ([SHORT], [SHORT + "$"]), text
        got = parse_listing(text)
        assert type(got) is Rejection
        assert got.code == "short-link", got
        assert "m.tb.cn" in got.message
    _all_agree([f"{left}AbCdEf12Gh{right} {SHORT} 复制打开淘宝"])


@pytest.mark.parametrize(("left", "right"), WRAPPERS)
def test_a_bare_command_is_refused_never_a_listing(left: str, right: str) -> None:
    for text in (f"{left}AbCdEf12Gh{right}", f"复制这条信息{left}AbCdEf12Gh{right}后打开手淘"):
        got = parse_listing(text)
        assert type(got) is Rejection, text
        assert got.code in ("not-a-url", "short-link"), got
        assert got.suggestion is None
    _all_agree([f"{left}AbCdEf12Gh{right}"])


@pytest.mark.parametrize(("left", "right"), [w for w in WRAPPERS if w[0] != "$"])
def test_a_listing_link_inside_a_wrapper_is_the_listing(left: str, right: str) -> None:
    got = parse_listing(f"{left}{TAOBAO}{right}")
    assert type(got) is Listing
    assert got.canonical_url == TAOBAO


@pytest.mark.parametrize("text", [f"${TAOBAO}$", f"{TAOBAO}$", f"看看 ${TAOBAO}$ 好"])
def test_a_dollar_closing_a_command_round_the_link_is_named(text: str) -> None:
    # "$" is a URL character, so "id=N$" is not silently read as N (as "id=N|" is not): the
    # refusal says what is glued on and suggests the link
    got = parse_listing(text)
    assert type(got) is Rejection
    assert got.code == "malformed-id"
    assert got.suggestion == TAOBAO
    assert "'$' is glued after the link" in got.message
    _all_agree([text])


def test_a_dollar_inside_a_query_is_not_cut() -> None:
    got = parse_listing("https://item.taobao.com/item.htm?id=60683$2683299")
    assert type(got) is Rejection
    assert got.suggestion is None


# 2. API-looking paths on 1688 hosts ----------------------------------------------------------

STORES = ["shop1460133980340.1688.com", "joinsun.1688.com", "shop3w093345o1043.1688.com"]


@pytest.mark.parametrize("host", [*STORES, "shop1460133980340.cn.1688.com"])
@pytest.mark.parametrize("path", ["/page/x.json", "/page/offer.jsonp", "/page/x.json?spm=a"])
def test_an_api_answer_under_a_stores_page_path_is_no_store(host: str, path: str) -> None:
    text = f"https://{host}{path}"
    got = parse_listing(text)
    assert type(got) is Rejection
    assert got.code == "not-a-listing", got
    assert "API" in got.message
    assert got.suggestion is None
    root = parse_listing(f"https://{host}/x.json")
    assert (got.code, got.suggestion) == (root.code, root.suggestion)
    _all_agree([text])


@pytest.mark.parametrize("host", STORES)
@pytest.mark.parametrize(
    "path",
    [
        "/page/offerlist.htm",
        "/page/index.html",
        "/page/contactinfo.htm",
        "/page/creditdetail.htm",
        "/page/offerlist_82984062_675858",
        "/page/offerlist.htm?spm=a2615",
    ],
)
def test_a_stores_own_pages_stay_the_store(host: str, path: str) -> None:
    got = parse_listing(f"https://{host}{path}")
    assert type(got) is Listing
    assert (got.kind, got.canonical_url) == ("storefront", f"https://{host}/")
    _all_agree([f"https://{host}{path}"])


@pytest.mark.parametrize("host", ["detail.1688.com", "m.1688.com", "detail.m.1688.com"])
def test_an_api_answer_on_a_listing_host_is_no_listing(host: str) -> None:
    got = parse_listing(f"https://{host}/page/x.json")
    assert type(got) is Rejection
    assert got.code == "not-a-listing"


# 3. Query keys keep their case, on every marketplace ----------------------------------------

CASED = [
    (f"https://item.taobao.com/item.htm?{{}}={ITEM}", ("id", "itemId", "item_id")),
    (f"https://detail.tmall.com/item.htm?{{}}={ITEM}", ("id", "itemId", "item_id")),
    (f"https://www.goofish.com/item?{{}}={ITEM}", ("id", "itemId")),
    ("https://detail.m.1688.com/page/index.htm?{}=1002685729834", ("offerId",)),
]


@pytest.mark.parametrize(("template", "keys"), CASED)
def test_only_the_documented_spelling_of_a_key_names_the_id(
    template: str, keys: tuple[str, ...]
) -> None:
    for key in keys:
        assert type(parse_listing(template.format(key))) is Listing, key
    for key in ("ID", "Id", "iD", "itemID", "ItemId", "ITEM_ID", "offerid", "OfferId", "OFFERID"):
        if key in keys:
            continue
        got = parse_listing(template.format(key))
        assert type(got) is Rejection, key
        assert got.code == "missing-id", (key, got)
    _all_agree([template.format("ID"), template.format("itemID")])


# 4. Lazada ------------------------------------------------------------------------------------


@pytest.mark.parametrize("tld", ["co.th", "vn"])
@pytest.mark.parametrize("glue", ["foo", "X1_share"])
@pytest.mark.parametrize("slug", ["pdp", "กระเป๋า", "túi-xách"])
def test_ascii_text_glued_after_html_is_named(tld: str, glue: str, slug: str) -> None:
    text = f"https://www.lazada.{tld}/products/{slug}-i{LAZ}-s20072727483.html{glue}"
    got = parse_listing(text)
    assert type(got) is Rejection
    assert got.code == "missing-id", got
    assert got.suggestion == f"https://www.lazada.{tld}/products/pdp-i{LAZ}.html"
    assert f"'{glue}' is glued after the page's name" in got.message
    _all_agree([text, f"ดูสินค้า {text} นะ"])


@pytest.mark.parametrize(
    ("text", "link", "code"),
    [
        (
            f"https://item.taobao.com/item.htmfoo?id={ITEM}",
            TAOBAO,
            "not-a-listing",
        ),
        (
            "https://detail.1688.com/offer/585943639773.htmlfoo",
            "https://detail.1688.com/offer/585943639773.html",
            "missing-id",
        ),
    ],
)
def test_the_same_glue_elsewhere_says_the_same(text: str, link: str, code: str) -> None:
    got = parse_listing(text)
    assert type(got) is Rejection
    assert (got.code, got.suggestion) == (code, link)
    _all_agree([text])


@pytest.mark.parametrize("tail", [".html)", ".html,", ".html.", ".html]"])
def test_punctuation_after_html_still_leaves_the_listing(tail: str) -> None:
    got = parse_listing(f"https://www.lazada.co.th/products/pdp-i{LAZ}-s1{tail}")
    assert type(got) is Listing
    assert got.canonical_url == LAZ_LINK


@pytest.mark.parametrize("slug", ["pdp", "กระเป๋า", "túi-xách"])
@pytest.mark.parametrize("after", ["&spm=x?y=1", "&spm=a2o42.pdp?itemId=1&z=2"])
def test_an_ampersand_before_a_later_question_mark_is_named(slug: str, after: str) -> None:
    text = f"https://www.lazada.co.th/products/{slug}-i{LAZ}.html{after}"
    got = parse_listing(text)
    assert type(got) is Rejection
    assert got.code == "missing-id"
    assert "glued on with '&'" in got.message, got.message
    assert got.suggestion == LAZ_LINK
    _all_agree([text])


@pytest.mark.parametrize(
    "slug",
    ["กระเป๋า", "túi-xách", "%E0%B8%81%E0%B8%A3%E0%B8%B0", "t%C3%BAi-x%C3%A1ch"],
)
@pytest.mark.parametrize("ext", [".HTML", ".Html", ".HTMLราคาถูก"])
def test_an_upper_case_page_name_after_a_slug_not_in_ascii_is_named(slug: str, ext: str) -> None:
    text = f"https://www.lazada.co.th/products/{slug}-i{LAZ}{ext}"
    ascii_slug = parse_listing(f"https://www.lazada.co.th/products/pdp-i{LAZ}.HTML")
    got = parse_listing(text)
    assert type(got) is Rejection
    assert (got.code, got.suggestion) == (ascii_slug.code, LAZ_LINK), got
    assert "has its path in upper case" in got.message
    _all_agree([text])
