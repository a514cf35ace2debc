"""Store links naming their id in the query, read without a failed match first (speed22).

A store host read by a vanity pattern (``shopN.taobao.com``, ``<shop>.tmall.com``…) whose link
holds ``_id=`` is read first by the patterns taking ``shop_id``/``user_number_id``, its ids
compared without splitting a query that names each once; a punycode store host with an id in
its query is a lookalike, as without one. The answer is always the thorough parser's.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, parse_listing, parser
from ipprules.listings.forms import all_forms
from ipprules.listings.parser import _own_values, _values, parse_slowly

STORE_LINKS = [
    "https://shop137594360.taobao.com/?shop_id=137594360",
    "https://uniqlo.taobao.com/?user_number_id=2657188013",
    "https://zrzb.tmall.com/?shop_id=137594360",
    "https://zrzb.tmall.hk/shop/view_shop.htm?spm=a&user_number_id=2657188013&rn=1",
    "shop137594360.world.taobao.com/shop/view_shop.htm?user_number_id=1",
]


@pytest.mark.parametrize("text", STORE_LINKS)
def test_a_store_with_an_id_in_its_query_takes_no_failed_match(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parse_slowly(text)
    assert type(expected) is Listing
    parse_listing(text)  # the tables are built
    host = text.partition("//")[2] or text
    suffix = host[host.find(".") + 1 : host.find("/")]

    def failed(*args: object) -> None:
        raise AssertionError("the hot loop's pattern was tried first")

    monkeypatch.setitem(parser._BY_SUFFIX, suffix, (failed, parser._BY_SUFFIX[suffix][1]))
    assert parse_listing(text).as_dict() == expected.as_dict()


#: Punycode labels before a store's suffix (speed21's fallback read them as the store).
PUNYCODE = ["https://xn--uniqlo-9x.taobao.com/?user_number_id=2657188013",
            "https://xn--zrzb-9x.tmall.com/?shop_id=137594360",
            "xn--zrzb-9x.tmall.hk/shop/view_shop.htm?user_number_id=1"]  # fmt: skip


@pytest.mark.parametrize("text", PUNYCODE)
def test_a_punycode_store_with_an_id_in_its_query_is_a_lookalike(text: str) -> None:
    got = parse_listing(text)
    assert got.code == "lookalike-host", got
    assert got.as_dict() == parse_slowly(text).as_dict()


#: Pieces of a query: the keys, keys inside longer keys and values, separators, escapes.
PIECES = ["shop_id", "user_number_id", "xshop_id", "shop_idx", "shop_shop_id", "=", "&",
          "&amp;", "%26", "%5F", "1", "2", "137594360", "", "#"]  # fmt: skip
QUERY = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)
#: Queries pinned beside the generated ones: a key without a value, inside a key or a value.
PINNED = ["shop_id", "shop_id&x=1", "x=1&shop_id=2", "xshop_id=1", "x=shop_id=1",
          "shop_id=1&shop_id", "shop_idshop_id=1", "shop_id=1&user_number_id=2&shop_id=1"]  # fmt: skip
KEYS = st.sampled_from([("shop_id",), ("user_number_id",), ("shop_id", "user_number_id")])


@settings(max_examples=50, deadline=None, derandomize=True)
@given(query=QUERY, keys=KEYS)
def test_the_values_read_without_a_split_are_the_values(query: str, keys: tuple[str, ...]) -> None:
    got = _own_values(query, keys, "%" in query)
    assert sorted(got) == sorted(_values(query, keys)), (query, keys)


@pytest.mark.parametrize("query", PINNED)
def test_the_pinned_values_read_without_a_split_are_the_values(query: str) -> None:
    for keys in [("shop_id",), ("user_number_id",), ("shop_id", "user_number_id")]:
        assert sorted(_own_values(query, keys, False)) == sorted(_values(query, keys)), keys


#: Store hosts, in upper case and in punycode too.
HEADS = ["https://shop137594360.taobao.com/", "https://Uniqlo.taobao.com/",
         "https://xn--uniqlo-9x.taobao.com/", "https://zrzb.tmall.com/shop/view_shop.htm",
         "https://137594360.world.taobao.com/", "https://uniqlo.mall.taobao.com/"]  # fmt: skip


@settings(max_examples=50, deadline=None, derandomize=True)
@given(
    head=st.sampled_from(HEADS),
    query=QUERY,
)
def test_a_store_with_ids_in_its_query_is_answered_as_the_thorough_parser(
    head: str, query: str
) -> None:
    text = f"{head}?{query}"
    assert parse_listing(text).as_dict() == parse_slowly(text).as_dict(), text


@settings(max_examples=50, deadline=None, derandomize=True)
@given(query=QUERY, id=st.sampled_from(["uniqlo", "137594360", "1"]))
@example(query="user_number_id=1&user_number_id=2", id="1")  # twice: compared
@example(query="shop_id=1&amp;user_number_id&shop_id=", id="1")
def test_a_query_naming_a_vanity_stores_ids_once_holds_no_conflict(query: str, id: str) -> None:
    parse_listing("https://uniqlo.taobao.com/?user_number_id=1")  # the tables are built
    unowned = parser._id_tables()[2]
    assert {"taobao-vanity", "tmall-store"} <= unowned
    for form in all_forms():
        if form.name in unowned and "%" not in query and query.count("_id=") < 2:
            assert parser._conflict(form, id, query, "") is None, (form.name, query)
