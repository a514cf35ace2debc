"""Value semantics (#13 item 5) and notebook objects (#15 item 2) of listings and rejections:
equality and hashing by value, pickle round trips, one record schema, ParseResults."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED, REJECTED
from test_listings_hostile import hostile_inputs
from test_listings_properties import listing_urls

import ipprules
from ipprules.listings import (
    RECORD_FIELDS,
    Duplicate,
    Listing,
    ParseResults,
    Rejection,
    StreamConsumedError,
    dedupe,
    parse_listing,
    parse_listings,
)
from ipprules.listings.forms import all_forms, form_named
from ipprules.listings.model import Form, note_varies

CORPUS = [text for text, *_ in ACCEPTED] + [text for text, _ in REJECTED]
inputs = st.one_of(st.sampled_from(CORPUS), listing_urls(), hostile_inputs(), st.text(max_size=40))
NAMES = [name for name, _ in RECORD_FIELDS]


@settings(max_examples=400, deadline=None)
@given(inputs, st.integers(0, pickle.HIGHEST_PROTOCOL))
def test_results_round_trip_through_pickle_equal_with_equal_hashes(
    text: str, protocol: int
) -> None:
    result = parse_listing(text)
    back = pickle.loads(pickle.dumps(result, protocol=protocol))
    assert type(back) is type(result)
    assert back == result
    assert hash(back) == hash(result)
    assert back.as_dict() == result.as_dict()
    assert copy.deepcopy(result) == result


@settings(max_examples=200, deadline=None)
@given(st.lists(inputs, max_size=12))
def test_bulk_results_round_trip_and_compare_by_value(texts: list[str]) -> None:
    results = list(dedupe(parse_listings(texts + texts)))
    back = pickle.loads(pickle.dumps(results))
    assert back == results
    assert {hash(r) for _, r in back} == {hash(r) for _, r in results}
    assert all(type(a) is type(b) for (_, a), (_, b) in zip(back, results, strict=True))
    # parsing again gives equal (not identical) objects: the set of results is the same
    assert set(results) == set(dedupe(parse_listings(texts + texts)))


def test_forms_compare_by_name_not_identity() -> None:
    for form in all_forms():
        twin = attrs.evolve(form)
        assert twin is not form
        assert twin == form and hash(twin) == hash(form)
        assert form_named(form.name) is form
        assert pickle.loads(pickle.dumps(form)) is form
    first, second = all_forms()[:2]
    assert first != second
    assert first != first.name


def test_a_listing_with_a_copied_form_is_equal() -> None:
    listing = parse_listing("https://detail.tmall.com/item.htm?id=690091011924")
    assert isinstance(listing, Listing)
    twin = Listing((attrs.evolve(listing.form), listing.id, listing[2], listing.source))
    assert twin == listing and hash(twin) == hash(listing)
    assert len({twin, listing}) == 1


def test_unknown_form_name_is_an_own_error() -> None:
    with pytest.raises(ipprules.UnknownNameError, match="listing URL form"):
        form_named("no-such-form")


# --- one record schema --------------------------------------------------------------------

_KINDS = {"string": (str,), "bool": (bool,), "int64": (int,)}


def test_record_fields_are_documented_once() -> None:
    assert len(set(NAMES)) == len(NAMES)
    assert {kind for _, kind in RECORD_FIELDS} <= set(_KINDS)
    for required in ("input", "ok", "platform", "marketplace", "kind", "id", "canonical_url",
                     "identity", "region", "slug", "derived_key", "code", "reason",
                     "suggestion"):  # fmt: skip
        assert required in NAMES


@settings(max_examples=400, deadline=None)
@given(inputs)
def test_as_dict_has_the_record_fields_for_both_outcomes(text: str) -> None:
    result = parse_listing(text)
    record = result.as_dict()
    assert list(record) == NAMES
    for name, kind in RECORD_FIELDS:
        value = record[name]
        assert value is None or isinstance(value, _KINDS[kind]), (name, value)
    assert record["input"] == text == result.input
    assert record["ok"] is result.ok is isinstance(result, Listing)
    if isinstance(result, Listing):
        assert record["code"] is None and record["reason"] is None
        assert record["identity"] == result.identity
        assert record["derived_key"] == result.derived_key == result.derived_identity
    else:
        assert record["platform"] is None and record["identity"] is None
        assert record["code"] == result.code and record["reason"] == result.reason
        assert record["suggestion"] == result.suggestion


def test_duplicate_record_is_the_listing_record_and_the_first_position() -> None:
    url = "https://item.taobao.com/item.htm?id=606832683299"
    (_, first), (_, duplicate) = dedupe([url, url + "&spm=x"])
    assert isinstance(first, Listing) and isinstance(duplicate, Duplicate)
    assert duplicate.as_dict() == {**duplicate.listing.as_dict(), "duplicate_of": 0}
    assert repr(duplicate) == "Duplicate(first=0, key='taobao-item:606832683299')"


# --- notebook objects ---------------------------------------------------------------------


def test_short_reprs_and_escaped_html() -> None:
    listing = parse_listing("https://detail.tmall.com/item.htm?id=690091011924&x=<b>")
    rejection = parse_listing("<script>alert(1)</script> " + "x" * 200)
    assert isinstance(listing, Listing) and isinstance(rejection, Rejection)
    assert repr(listing).startswith("Listing(platform='tmall'")
    assert len(repr(rejection)) < 110
    assert repr(rejection).startswith("Rejection(code='not-a-url', input=")
    for obj in (listing, rejection):
        html = obj._repr_html_()
        assert html.startswith("<table>")
        assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in rejection._repr_html_()
    assert "690091011924" in listing._repr_html_()


def test_listing_rejection_and_parse_results_are_exported() -> None:
    assert ipprules.Listing is Listing
    assert ipprules.Rejection is Rejection
    assert ipprules.ParseResults is ParseResults
    assert {"Listing", "Rejection", "ParseResults"} <= set(ipprules.__all__)


def test_parse_results_from_a_list_iterate_again() -> None:
    texts = CORPUS[:30]
    results = parse_listings(texts)
    assert results.reiterable
    first, second = list(results), list(results)
    assert first == second
    assert [position for position, _ in first] == list(range(len(texts)))
    assert repr(results) == f"ParseResults({len(texts)} inputs, re-iterable)"
    assert results.__length_hint__() == len(texts)


def test_parse_results_from_a_stream_say_so_on_a_second_iteration() -> None:
    results = parse_listings(text for text in CORPUS[:5])
    assert not results.reiterable
    assert repr(results) == "ParseResults(one-shot stream, not read yet)"
    assert "one-shot stream" in results._repr_html_()  # shown without being used up
    assert len(list(results)) == 5
    assert repr(results) == "ParseResults(one-shot stream, already read)"
    with pytest.raises(StreamConsumedError, match="one-shot"):
        iter(results)
    assert isinstance(StreamConsumedError(), ipprules.IpprulesError)


def test_parse_results_html_table_shows_the_first_rows_and_the_counts() -> None:
    texts = ["https://m.tb.cn/h.<i>x</i>", *CORPUS[:40]]
    html = parse_listings(texts)._repr_html_()
    assert html.count("<tr>") == 21  # the header and 20 rows
    assert f"first 20 of {len(texts)} rows shown" in html
    assert "<i>" not in html and "&lt;i&gt;" in html
    summary = parse_listings(texts).summary()
    assert f"{summary.total} inputs: {summary.parsed} parsed" in html


def test_parse_results_to_records() -> None:
    texts = CORPUS[:25]
    records = parse_listings(texts).to_records()
    assert [r["position"] for r in records] == list(range(len(texts)))
    assert all(list(r) == ["position", *NAMES] for r in records)
    assert [r["input"] for r in records] == texts
    assert [r["ok"] for r in records] == [parse_listing(t).ok for t in texts]


def test_parse_results_to_frame_has_typed_columns() -> None:
    pytest.importorskip("pandas")
    texts = CORPUS[:25] + CORPUS[-25:]
    frame: Any = parse_listings(texts).to_frame()
    assert list(frame.columns) == ["position", *NAMES]
    assert len(frame) == len(texts)
    assert str(frame["ok"].dtype) == "bool"
    assert str(frame["position"].dtype) == "int64"
    for column in ("platform", "kind", "code"):
        assert str(frame[column].dtype) == "category"
    assert frame["ok"].sum() == sum(parse_listing(t).ok for t in texts)


def test_parse_results_accept_any_iterable_of_strings() -> None:
    texts = CORPUS[:10]
    expected = list(parse_listings(texts))
    assert list(parse_listings(tuple(texts))) == expected
    assert list(parse_listings(dict.fromkeys(texts).keys())) == expected[: len(set(texts))]
    assert list(parse_listings(iter(texts))) == expected
    assert list(dedupe(iter(texts))) == list(dedupe(parse_listings(texts)))


# --- blocks parsed with the collector paused ----------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(inputs, max_size=30), st.integers(1, 7))
def test_blocks_give_every_result_in_order(texts: list[str], block: int) -> None:
    from ipprules.listings import bulk

    saved = bulk.BLOCK
    bulk.BLOCK = block
    try:
        got = list(parse_listings(texts))
        streamed = list(parse_listings(iter(texts)))
    finally:
        bulk.BLOCK = saved
    expected = [(i, parse_listing(t)) for i, t in enumerate(texts)]
    assert got == expected == streamed


def test_the_callers_collector_setting_is_restored() -> None:
    import gc

    texts = CORPUS * 20
    assert gc.isenabled()
    for position, _ in parse_listings(texts):
        assert gc.isenabled()  # never paused while the caller's code runs
        if position == 700:
            break
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(list(parse_listings(texts))) == len(texts)
        assert not gc.isenabled()
    finally:
        gc.enable()


@given(
    form=st.sampled_from(all_forms()),
    id=st.sampled_from(["1", "12345678", "123456789", "1005004878609097", "abc"]),
    x=st.sampled_from([None, "", "ru", "us", "es", "global", "slug-text"]),
)
def test_a_form_whose_note_does_not_vary_gives_its_own_note(
    form: Form, id: str, x: str | None
) -> None:
    # the planner reads the note of such a form's listings from the form alone
    note = Listing((form, id, x, "text")).note
    if not note_varies(form):
        assert note == form.note
    elif note != form.note:  # it varies: by a short item id or the ru region
        assert (form.id_type == "item" and len(id) < 9) or x == "ru"
