"""The miss paths made cheaper without changing an answer (speed21).

* A Taobao or Tmall store link whose query names ``shop_id`` or ``user_number_id`` (their
  conflict keys since urls49) is read by the fast patterns taking the query as it is, its ids
  compared as the thorough parser compares them, instead of by the whole thorough parser.
* The fast patterns' plain values (no ``%26`` or ``%3D``) are one run between escapes, not
  one alternation per character.
* An agent link's percent-encoded embedded link is sliced out of the link decoded once, not
  decoded again; the ids of a store's query are compared without parsing a query that cannot
  name two.

Whatever the path, the answer is the thorough parser's.
"""

from __future__ import annotations

import re
import urllib.parse
from urllib.parse import unquote

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, parse_listing, parser
from ipprules.listings.fast import _PLAIN_VALUE, _PLAIN_VALUES
from ipprules.listings.forms import all_forms
from ipprules.listings.parser import _ENCODED_LINK, _conflict, _decoded_part, _values, parse_slowly

STORES = [
    "https://shop137594360.taobao.com/",
    "https://shop137594360.taobao.com/index.htm",
    "shop137594360.world.taobao.com/shop/view_shop.htm",
    "https://uniqlo.taobao.com/",
    "//137594360.world.taobao.com/",
    "https://uniqlo.world.taobao.com/",
    "https://uniqlo.mall.taobao.com",
    "https://zrzb.tmall.com/shop/view_shop.htm",
    "https://zrzb.m.tmall.com/",
    "https://zrzb.world.tmall.com/",
    "https://zrzb.tmall.hk/shop/view_shop.htm",
    "https://a.m.taobao.com/i606832683299.htm",
]
PIECES = ["shop_id=", "user_number_id=", "shop%5Fid=", "137594360", "2657188013", "1", "",
          "&", "&amp;", "%26", "%3D", "%2F", "%25", "%E4%B8", "spm=a.b", "=", "#x", ";", "id=",
          "606832683300", "rn=1"]  # fmt: skip
QUERY = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


#: Queries pinned beside the generated ones: ids agreeing, conflicting, encoded, escaped.
PINNED = ["user_number_id=2657188013", "shop_id=1", "shop_id=137594360&user_number_id=2657188013",
          "user_number_id=1&user_number_id=2657188013", "spm=a&user_number_id=2657188013&rn=1",
          "user_number_id=1%26shop_id%3D2", "user_number_id=1&amp;user_number_id=2"]  # fmt: skip


@settings(max_examples=50, deadline=None, derandomize=True)
@given(head=st.sampled_from(STORES), query=st.one_of(st.sampled_from(PINNED), QUERY))
def test_a_store_with_ids_in_its_query_is_answered_as_the_thorough_parser(
    head: str, query: str
) -> None:
    text = f"{head}?{query}"
    assert parse_listing(text).as_dict() == parse_slowly(text).as_dict(), text


@pytest.mark.parametrize(
    "text",
    [
        "https://shop137594360.taobao.com/?user_number_id=2657188013",
        "https://zrzb.tmall.hk/shop/view_shop.htm?spm=a&user_number_id=2657188013&rn=1",
        "https://shop137594360.taobao.com/index.htm?shop_id=137594360#x",
        "https://uniqlo.tmall.com/?user_number_id=5&user_number_id=5",
    ],
)
def test_a_store_with_ids_in_its_query_takes_no_thorough_parse(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parse_slowly(text)
    assert type(expected) is Listing

    def thorough(*args: object, **kwargs: object) -> None:
        raise AssertionError("the thorough parser was called")

    monkeypatch.setattr(parser, "_parse_clean", thorough)
    monkeypatch.setattr(parser, "_parse_text", thorough)
    assert parse_listing(text).as_dict() == expected.as_dict()


@pytest.mark.parametrize(
    "text",
    [
        "https://shop137594360.taobao.com/?shop_id=1",
        "https://uniqlo.tmall.com/?user_number_id=5&user_number_id=6",
    ],
)
def test_a_conflict_in_a_stores_query_is_still_named(text: str) -> None:
    assert parse_listing(text).code == "conflicting-ids"


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.text(st.sampled_from("a=.&%?0123456789ABCDEFdf;~é"), max_size=16))
@example("a%26b")
@example("a%2Fb%3Dc")
@example("%25%41%")
def test_the_unrolled_plain_values_match_as_the_plain_value_run(text: str) -> None:
    unrolled = re.fullmatch(_PLAIN_VALUES, text) is not None
    assert unrolled == (re.fullmatch(f"(?:{_PLAIN_VALUE})*", text) is not None), text


ENCODED = ["https%3A%2F%2F", "http%253A%252F%252F", "HTTPS%3a%2f%2f", "item.taobao.com",
           "%2Fitem.htm%3Fid%3D", "%26id%3D", "%2526", "606832683299", "&", "%", "%2", "%E4%B8",
           "%E4%B8%AD", "中", " ", "'", "?url=", "x=%41"]  # fmt: skip


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(ENCODED), max_size=10).map("".join))
@example(
    "https://www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299"
)
@example("a%E4%B8https%3A%2F%2F%E4%B8&x")
@example("x=%41&u=https%3A%2F%2Fa%26b&c")
def test_an_encoded_link_is_sliced_as_decoded_alone(url: str) -> None:
    decoded = unquote(unquote(url))
    for encoded in _ENCODED_LINK.finditer(url):
        assert _decoded_part(url, decoded, encoded) == unquote(unquote(encoded.group())), url


def test_an_agent_link_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "https://www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299"
    calls: list[str] = []

    def counted(text: str, *args: str) -> str:
        calls.append(text)
        return unquote(text, *args)

    monkeypatch.setattr(urllib.parse, "unquote", counted)
    rejection = parse_listing(url)
    assert rejection.suggestion == "https://item.taobao.com/item.htm?id=606832683299"
    assert calls == [url, unquote(url)]  # the link and its first decoding, no more


def _reference_conflict(form: object, id: str, query: str, where: str) -> str | None:
    """urls49's comparison, as written before speed21's shortcuts."""
    kinds = {"shop_id": "shop", "user_number_id": "seller"}
    keys = form.conflict_keys  # type: ignore[attr-defined]
    id_type = form.id_type  # type: ignore[attr-defined]
    own = tuple(key for key in keys if kinds.get(key, id_type) == id_type)
    others = {v for v in _values(query, own) if v != ""} - {id} if own else set()
    if others:
        shown = ", ".join(sorted(others))[:200]
        return f"the {where} names {id[:60]}, {'/'.join(own)} names {shown}"
    for key in (key for key in keys if key not in own):
        given = {v for v in _values(query, (key,)) if v != ""}
        if len(given) > 1:
            return f"{key} given as {', '.join(sorted(given))[:200]}"
    return None


COMPARED = [form for form in all_forms() if form.conflict_keys]


@settings(max_examples=50, deadline=None, derandomize=True)
@given(form=st.sampled_from(COMPARED), query=QUERY)
@example(COMPARED[0], "user%5Fnumber%5Fid=1&user_number_id=2")
def test_the_comparison_of_ids_is_unchanged(form: object, query: str) -> None:
    got = _conflict(form, "137594360", query, "host")  # type: ignore[arg-type]
    assert got == _reference_conflict(form, "137594360", query, "host"), query
