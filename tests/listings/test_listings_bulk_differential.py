"""``parse_listings`` gives exactly ``parse_listing``'s answer for every input, at its position
(#14: "identical results are tested, not assumed").

The bulk path parses in blocks with the cyclic collector paused, and ``parse_listing`` learns
misses in a cache as it goes: each property below compares the bulk results with a fresh
``parse_listing`` call per input, and with the thorough parser alone, over hostile alphabets,
the whole example corpus and both benchmark mixes, with blocks small enough that a few inputs
cross their boundaries, and with the inputs as a list, a one-shot stream and repeated.
"""

from __future__ import annotations

import gc
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED, REJECTED
from test_listings_hostile import PIECES, hostile_inputs

from _scripts import load
from ipprules.listings import bulk, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

CORPUS = [row[0] for row in ACCEPTED] + [row[0] for row in REJECTED]
TEXTS = st.one_of(
    hostile_inputs(),
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    st.sampled_from(CORPUS),
    st.text(max_size=40),
)


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BLOCK", 3)


def check(texts: list[str], stream: bool = False) -> None:
    got = list(parse_listings(iter(texts) if stream else texts))
    assert [position for position, _ in got] == list(range(len(texts)))
    for (_, result), text in zip(got, texts, strict=True):
        assert result == parse_listing(text), text
        assert result == parse_slowly(text), text


@pytest.mark.no_cover
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(TEXTS, max_size=30), stream=st.booleans(), repeat=st.integers(1, 3))
def test_bulk_equals_one_by_one_on_hostile_inputs(
    small_blocks: None, texts: list[str], stream: bool, repeat: int
) -> None:
    check(texts * repeat, stream)  # repeated: the miss cache has seen the keys


@pytest.mark.no_cover
def test_bulk_equals_one_by_one_on_the_corpus_and_the_benchmark_mixes(small_blocks: None) -> None:
    mixes = load("benchmarks/listings.py")
    check(CORPUS + [text.upper() for text in CORPUS] + [f" {text}\t" for text in CORPUS])
    for mix in mixes.MIXES:
        check(mixes.build(1500, 17, mix), stream=True)


def test_the_collector_setting_is_restored_between_blocks(small_blocks: None) -> None:
    seen: list[Any] = []
    for _ in parse_listings(CORPUS[:10]):
        seen.append(gc.isenabled())
    assert seen == [True] * 10
