"""urls31: four forms urls30 left open.

1. A full-width tilde ``～`` (U+FF5E) after a host (``https://uniqlo.tmall.com～``, a Chinese
   sentence's end) was refused as ``lookalike-host ... imitates tmall``: to Unicode it is a
   math symbol, not punctuation, so it did not end the host as ``。！】）》`` and the wave dash
   ``〜`` (U+301C) do. It now does, on the same terms: nothing that could continue the host
   (a dot, ``@``, a port) may follow it in the authority. Alone, the link before it is read,
   as before ``。``. A store's host alone without its scheme, then ``～``, ``。`` or ``，``
   (``店铺：uniqlo.tmall.com～``, ``看 uniqlo.tmall.com。``) was "no URL found"; it is read as
   with its scheme (1b).
2. An encoded no-break space (``%C2%A0``) or ideographic space (``%E3%80%80``) before an id
   (``?id=%E3%80%80N``) said ``malformed id: '\\u3000N'`` with no word of the encoding, while
   the same escape after the id was named; ``%20`` before it already was (urls30). Both are
   now encoded blanks: refused saying a space splits the link, the listing suggested.
3. A link without its scheme in an HTML tag glued to a Chinese word
   (``看<code>item.taobao.com/item.htm?id=N</code>``) was "no URL found"; after an ASCII word
   (``a<code>…``) or alone it was read. No host holds a ``>`` or a quote, so the host starts
   after it, as after a label's full-width colon: it is read. A letter glued straight to the
   host (``链接shop1.taobao.com``) still is not (it could be a label of the host).
4. Two links without their scheme in a table row or a list (``<td>A</td><td>B</td>``,
   ``("A","B")``) were refused as two conflicting ids; with their schemes A is read and B
   reported by ``other_listings``. A dotted host running to a slash after the markup is now
   another link, as a ``//`` is: the two forms agree.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import SAMPLE_LINKS, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings, parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("https://uniqlo.tmall.com\uff5e", "tmall", "storefront", "uniqlo"),  # fix 1; was lookalike-host
    ("uniqlo.tmall.com\uff5e", "tmall", "storefront", "uniqlo"),  # fix 1, no scheme
    ("\u770bhttps://uniqlo.tmall.com\uff5e\u597d", "tmall", "storefront", "uniqlo"),  # fix 1, in text
    ("https://uniqlo.tmall.com\uff5e\uff5e", "tmall", "storefront", "uniqlo"),  # fix 1, two tildes
    ("https://uniqlo.tmall.com\u301c", "tmall", "storefront", "uniqlo"),  # control: the wave dash (unchanged)
    ("https://uniqlo.tmall.com\u3002", "tmall", "storefront", "uniqlo"),  # control: 。 (unchanged)
    ("\u5e97\u94fa\uff1auniqlo.tmall.com\uff5e", "tmall", "storefront", "uniqlo"),  # fix 1b: a host alone after a label; was not-a-url
    ("\u770b uniqlo.tmall.com\u3002", "tmall", "storefront", "uniqlo"),  # fix 1b: so with 。; was not-a-url
    ("\u770b uniqlo.tmall.com\uff0c\u597d", "tmall", "storefront", "uniqlo"),  # fix 1b: so with ，; was not-a-url
    ("\u770b uniqlo.tmall.com\u3002\u597d", None, "not-a-url", None),  # control: 。 and a word may continue the host
    ("\u770b uniqlo.tmall.com\uff0c@evil.cn", None, "not-a-url", None),  # control: @ after it
    ("https://uniqlo.tmall.com\uff5e@evil.example/", None, "lookalike-host", None),  # control: @ after it keeps the host whole
    ("https://uniqlo.tmall.com\uff5e.evil.example/", None, "lookalike-host", None),  # control: a dot after it too
    ("https://uniqlo.tmall.com\uff5e:8080/", None, "not-alibaba-host", None),  # control: a port after it too (as after 。)
    ("https://item.taobao.com/item.htm?id=%E3%80%80606832683299", None, "malformed-id", None),  # fix 2; no hint before
    ("https://item.taobao.com/item.htm?id=%C2%A0606832683299", None, "malformed-id", None),  # fix 2; no hint before
    ("https://item.taobao.com/item.htm?id=%25E3%2580%2580606832683299", None, "malformed-id", None),  # fix 2, encoded twice
    ("https://item.taobao.com/item.htm%C2%A0?id=606832683299", None, "missing-id", None),  # fix 2; was not-a-listing
    ("https://detail.1688.com/offer/%E3%80%80585943639773.html", None, "missing-id", None),  # fix 2; took 80585943639773 for no id
    ("https://item.taobao.com/item.htm?id=%20606832683299", None, "malformed-id", None),  # control: %20 (urls30, unchanged)
    ("\u770b<code>item.taobao.com/item.htm?id=606832683299</code>", "taobao", "listing", "606832683299"),  # fix 3; was not-a-url
    ('\u770b"item.taobao.com/item.htm?id=606832683299"', "taobao", "listing", "606832683299"),  # fix 3, a quote
    ("\u770b<li>shop118454188.taobao.com</li>", "taobao", "storefront", "118454188"),  # fix 3, a host alone
    ("\u94fe\u63a5shop1.taobao.com", None, "not-a-url", None),  # control: a letter glued to the host (unchanged)
    ("\u770b<li>item.taobao.com.evil.cn</li>", None, "not-a-url", None),  # control: another's host alone is none
    ("\u770b<b>item.taobao.com.evil.cn/item.htm?id=606832683299</b>", None, "lookalike-host", None),  # control
    ("<td>item.taobao.com/item.htm?id=606832683299</td><td>item.taobao.com/item.htm?id=612345678901</td>", "taobao", "listing", "606832683299"),  # fix 4; was conflicting-ids
    ('("item.taobao.com/item.htm?id=606832683299","detail.tmall.com/item.htm?id=612345678901")', "taobao", "listing", "606832683299"),  # fix 4
    ("https://item.taobao.com/item.htm?id=606832683299&x=<br>&id=612345678901", None, "conflicting-ids", None),  # control: one link's query past markup (unchanged)
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(FIXED)

#: The fields of an answer that do not quote the input.
_FIELDS = ("ok", "platform", "kind", "id", "canonical_url", "code", "suggestion")


def _same_everywhere(text: str) -> dict[str, object]:
    """``parse_listing``'s record of ``text`` (the third time: a key is learnt by the miss cache
    on its second sighting), checked against the thorough parser's and the columnar kernel's."""
    records = [parse_listing(text).as_dict() for _ in range(3)]
    assert records[0] == records[1] == records[2] == parse_slowly(text).as_dict(), text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text, text, text]).to_pylist() == records, text
    return records[2]


def _fields(record: dict[str, object]) -> list[object]:
    return [record[key] for key in _FIELDS]


_HOSTS = ["https://uniqlo.tmall.com", "https://shop114407458.taobao.com", "https://m.taobao.com"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([*SAMPLE_LINKS, *_HOSTS]),
    st.sampled_from(["\uff5e", "\u301c", "\u3002"]),
    st.sampled_from(["", "\u770b", "\u3010\u6dd8\u5b9d\u3011"]),
    st.sampled_from(["", "\u597d", "\uff01", "\uff5e"]),
    st.booleans(),
)
@example("https://uniqlo.tmall.com", "\uff5e", "", "", True)  # the brief's form
@example("https://uniqlo.tmall.com", "\uff5e", "\u770b", "\u597d", True)
@example("https://uniqlo.tmall.com", "\uff5e", "", "", False)
@example("https://uniqlo.tmall.com", "\uff5e", "\u770b", "", False)  # 看：uniqlo.tmall.com～
@example("https://uniqlo.tmall.com", "\u3002", "\u3010\u6dd8\u5b9d\u3011", "", False)
def test_a_tilde_ends_a_link_as_a_full_stop_does(
    link: str, wave: str, before: str, after: str, scheme: bool
) -> None:
    """Fix 1: a link followed by ``～`` (then a word, or nothing) gets the answer it gets alone,
    as one followed by the wave dash does; so does one followed by ``。`` and nothing. (A word
    after ``。`` may make another host of it: a browser reads ``。`` as a dot.)"""
    if not scheme:
        # without its scheme, a link is read after a label and its full-width punctuation
        # only, never glued to a letter (notes)
        link = link.split("://", 1)[1]
        before = before.replace("\u770b", "\u770b\uff1a")
    if wave == "\u3002":
        after = ""
    record = _same_everywhere(before + link + wave + after)
    assert _fields(record)[:6] == _fields(parse_listing(link).as_dict())[:6], (link, wave)


#: The sample links that are listings or stores (not the short link) with a path.
_READ = [
    link for link in SAMPLE_LINKS if parse_listing(link).ok and link.rstrip("/").count("/") > 2
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_READ),
    st.integers(min_value=1, max_value=200),
    st.sampled_from(["%C2%A0", "%E3%80%80", "%25C2%25A0", "%c2%a0"]),
)
@example(_READ[1], 13, "%E3%80%80")  # ?id=%E3%80%80N
@example(_READ[1], 13, "%C2%A0")
@example(_READ[1], 25, "%C2%A0")  # ?id=N%C2%A0 (named before)
def test_an_encoded_wide_space_in_a_link_says_so(link: str, at: int, blank: str) -> None:
    """Fix 2: a listing's link with an encoded no-break or ideographic space inside it is read
    as the listing (where it falls in free text: a slug, a tracking value) or refused saying
    it looks percent-encoded, the listing suggested, as one with ``%20`` is; never refused
    without a word of it (every parsing path alike)."""
    start = link.index("/", link.index("//") + 2) + 1
    at = start + at % (len(link) - start)
    text = link[:at] + blank + link[at:]
    plain = parse_listing(link).as_dict()
    record = _same_everywhere(text)
    if record["ok"]:
        assert [record[key] for key in ("platform", "kind", "id")] == [
            plain[key] for key in ("platform", "kind", "id")
        ], text
    else:
        assert "looks percent-encoded" in str(record["reason"]), (text, record)
        assert record["suggestion"] == plain["canonical_url"], (text, record)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SAMPLE_LINKS),
    st.sampled_from(["code", "td", "li", "span"]),
    st.sampled_from(["\u770b", "\u94fe\u63a5", "\u4ef7\u683c\u00a5", "\u770b<td>"]),
    st.sampled_from(["tag", '"', "'", "("]),
)
@example(SAMPLE_LINKS[1], "code", "\u770b", "tag")  # the brief's form
@example(SAMPLE_LINKS[7], "li", "\u770b", "tag")
def test_a_link_in_a_tag_after_a_chinese_word_is_read_without_its_scheme(
    link: str, tag: str, before: str, glue: str
) -> None:
    """Fix 3: a link without its scheme glued by a tag, a quote or a parenthesis to a Chinese
    word before it gets the answer it gets alone, and the answer it gets glued to an ASCII
    word (every parsing path alike)."""
    bare = link.split("://", 1)[1]
    opening, closing = {"tag": (f"<{tag}>", f"</{tag}>"), "(": ("(", ")")}.get(glue, (glue, glue))
    text = f"{before}{opening}{bare}{closing}"
    record = _same_everywhere(text)
    assert _fields(record)[:6] == _fields(parse_listing(bare).as_dict())[:6], text
    ascii_word = _same_everywhere(f"a{opening}{bare}{closing}")
    assert _fields(record) == _fields(ascii_word), text


_TWO = [link for link in SAMPLE_LINKS if "?" in link or ".html" in link]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_TWO),
    st.sampled_from([*_TWO, "https://evil.example/item.htm?id=1"]),
    st.sampled_from([("<td>", "</td><td>", "</td>"), ('("', '","', '")'), ("['", "','", "']")]),
)
@example(SAMPLE_LINKS[1], SAMPLE_LINKS[2], ("<td>", "</td><td>", "</td>"))  # the brief's form
@example(
    SAMPLE_LINKS[1], SAMPLE_LINKS[1].replace("606832683299", "612345678901"), ('("', '","', '")')
)
def test_two_links_without_schemes_read_as_with_them(
    first: str, second: str, around: tuple[str, str, str]
) -> None:
    """Fix 4: a table row or a list of two links without their schemes gets the answer it gets
    with them (every parsing path alike), and ``other_listings`` reports the same others."""
    opening, between, closing = around
    schemed = f"{opening}{first}{between}{second}{closing}"
    bare = schemed.replace("https://", "")
    record, with_schemes = _same_everywhere(bare), _same_everywhere(schemed)
    assert _fields(record)[:6] == _fields(with_schemes)[:6], bare
    others = other_listings(bare, parse_listing(bare))
    assert others == [
        link.replace("https://", "") for link in other_listings(schemed, parse_listing(schemed))
    ], bare


@pytest.mark.parametrize("text", [row[0] for row in FIXED[14:19]])
def test_an_encoded_wide_space_is_named(text: str) -> None:
    """Fix 2: the reason says the link looks percent-encoded and a space splits it; the
    listing the link is without the encoded space is the suggestion."""
    result = parse_listing(text)
    assert "looks percent-encoded" in result.reason, text  # type: ignore[union-attr]
    assert "a space splits it" in result.reason, text  # type: ignore[union-attr]
    expected = "https://item.taobao.com/item.htm?id=606832683299"
    if "1688" in text:
        expected = "https://detail.1688.com/offer/585943639773.html"
    assert result.suggestion == expected, text  # type: ignore[union-attr]
