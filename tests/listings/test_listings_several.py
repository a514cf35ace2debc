"""The quick paths of ``may_hold_several`` and ``other_listings`` change no answer (#14 item 3).

The planner asks ``may_hold_several`` of every line and ``other_listings`` of every line that
may hold several links (to reject it, or to name the other links in a rejection's message).
``may_hold_several`` answers a plain ASCII URL with one ``bytes.translate`` pass;
``other_listings`` skips the per-character pass over an ASCII text and does not parse the
first link of a refused entry (its own) when nothing follows it. Each property below compares
them with the definitions they replace, kept here as written before, over hostile alphabets,
the example corpus, the tables of real URLs and the benchmark mixes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED, REJECTED
from test_listings_hostile import PIECES, hostile_inputs

from _real_urls import real_texts
from _scripts import load
from _several_reference import reference_others, reference_several
from ipprules.listings import parse_listing
from ipprules.listings import parser as P

CORPUS = [row[0] for row in ACCEPTED] + [row[0] for row in REJECTED]
# every ASCII character, some of them glued to links: each one of the marks the quick path
# deletes, and the ones it must not
ASCII = [chr(i) for i in range(128)]
LINK = "https://item.taobao.com/item.htm?id=606832683299"
TEXTS = st.one_of(
    hostile_inputs(),
    st.lists(
        st.sampled_from(PIECES + ASCII + ["//", "](", "[/", ",https://", "','", LINK, LINK[8:]]),
        max_size=10,
    ).map("".join),
    st.sampled_from(CORPUS),
    st.text(max_size=40),
    st.text(st.sampled_from(ASCII), max_size=40),
)


def agree(text: str) -> None:
    assert P.may_hold_several(text) is reference_several(text), repr(text)
    read = parse_listing(text)
    assert P.other_listings(text, read) == reference_others(text, read), repr(text)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
@example(text=LINK + " " + LINK[:-1] + "7")
@example(text=LINK + "\x1c" + LINK[:-1] + "7")  # a separator str.split() splits at
@example(text=LINK + "\x7f" + LINK[:-1] + "7")  # a control character it does not
@example(text="see https://m.tb.cn/h.5cgjuyi " + LINK)  # a refused link, then a listing
@example(text="see https://m.tb.cn/h.5cgjuyi")  # a refused link alone
@example(text=LINK + "，" + LINK[:-1] + "7")
@example(text="['" + LINK[8:] + "','" + LINK[8:-1] + "7']")  # a quoted list, no schemes (urls32)
@example(text="'" + LINK[8:] + "';'" + LINK[8:-1] + "7'")
@example(text=LINK[8:] + "," + LINK[8:-1] + "7")  # joined by a bare comma, no schemes (urls33)
@example(text=LINK + "|" + LINK[8:-1] + "7")
@example(text=LINK + " " + "x" * P.MAX_LENGTH + " " + LINK)  # too long: its first link is its own
@example(text=LINK + " " + "x" * P.MAX_LENGTH + " " + LINK[:-1] + "7")
def test_the_quick_paths_agree_with_the_definitions(text: str) -> None:
    agree(text)


@pytest.mark.parametrize(
    "mark", [c for c in map(chr, range(128)) if c.isprintable() or c.isspace()]
)
def test_each_ascii_character_between_two_links(mark: str) -> None:
    agree(LINK + mark + LINK[:-1] + "7")
    agree(LINK[8:] + mark + LINK[:-1] + "7")  # one "//" only: the mark alone tells
    agree(LINK + mark + "https://m.tb.cn/h.5cgjuyi")
    agree("https://m.tb.cn/h.5cgjuyi" + mark + LINK)


@pytest.mark.no_cover
def test_the_corpus_the_real_urls_and_the_benchmark_mixes() -> None:
    mixes = load("benchmarks/listings.py")
    texts = CORPUS + real_texts()
    for mix in mixes.MIXES:
        texts += mixes.build(3000, 23, mix)
    several = 0
    for text in texts:
        agree(text)
        several += reference_several(text)
    assert 0 < several < len(texts)  # both answers are asked about
