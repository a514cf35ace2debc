"""A link holding letters of another script (a Vietnamese Lazada slug, a Chinese ``title=``)
inside markup (``<a href="…">链接</a>``) or share text (``【淘宝】… https://… 点击链接``) is read
by the held fast path (``parser._held_token``) once the URL finder has cut it out, instead of
being percent-encoded and parsed again by the thorough parser (about 120 µs a link before).
The answer stays the thorough parser's: a grid of real links x wrappers x positions and a
Hypothesis test compare them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_held_letters import LINKS, PIECES, _agree
from test_listings_properties import listing_urls

from ipprules.listings import Listing, parse_listing
from ipprules.listings import parser as P

#: Markup and share texts a link is pasted in (a quote, a tag, full-width punctuation or a
#: bracket glued after it; white space, a prompt, a title before it).
WRAPPERS = [
    '<a href="{}">链接</a>',
    "【淘宝】蓝牙耳机 {} 点击链接直接打开",
    "Check out this product on Lazada! {}",
    "「{}」，谢谢",
    '{{"url":"{}"}}',
]


@pytest.mark.no_cover
@pytest.mark.parametrize("link", LINKS)
def test_a_held_letter_at_every_position_of_a_wrapped_link_answers_as_the_thorough_parser(
    link: str,
) -> None:
    """A held letter (``ô``) at each position of each link in each wrapper but the prose
    (white space ends the link there, as the other wrappers' tests cover), and a Chinese word
    at every third position after its host in markup: exhaustive where a sampled test would
    miss the one position that matters."""
    host_end = link.find("/", 8)
    for wrapper in (WRAPPERS[0], WRAPPERS[1], WRAPPERS[3], WRAPPERS[4]):
        for at in range(len(link) + 1):
            _agree(wrapper.format(link[:at] + "ô" + link[at:]))
    for at in range(host_end, len(link) + 1, 3):
        _agree(WRAPPERS[0].format(link[:at] + "中文" + link[at:]))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    listing_urls(),
    st.sampled_from(WRAPPERS),
    st.lists(st.tuples(st.sampled_from(PIECES), st.integers(0, 300)), max_size=3),
)
def test_generated_wrapped_links_with_other_scripts_answer_as_the_thorough_parser(
    url: str, wrapper: str, pieces: list[tuple[str, int]]
) -> None:
    for piece, at in pieces:
        url = url[:at] + piece + url[at:]
    _agree(wrapper.format(url))


@pytest.mark.parametrize(
    ("text", "id"),
    [
        (
            '<a href="https://www.lazada.vn/products/tai-nghe-không-dây-i2638225238.html">链接</a>',
            "2638225238",
        ),
        (
            "【淘宝】蓝牙耳机 https://item.taobao.com/item.htm?id=606832683299&title=蓝牙耳机 "
            "点击链接直接打开",
            "606832683299",
        ),
        (
            "Check out this product on Lazada! "
            "https://www.lazada.vn/products/giày-thể-thao-nam-i2638225238-s1234567890.html",
            "2638225238",
        ),
        ("「https://www.lazada.co.th/products/เสื้อ-i4212266679.html」，谢谢", "4212266679"),
    ],
)
def test_wrapped_links_with_other_scripts_are_not_encoded_and_parsed_again(
    text: str, id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read without the thorough parser's second reading of the token (it refuses here)."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the token was parsed again")

    monkeypatch.setattr(P, "_whole_token", refused)
    got = parse_listing(text)
    assert type(got) is Listing and got.id == id and got.source == text
