"""The Arrow record builder of the scale path == ``parse_listing(text).as_dict()``, row for row."""

from __future__ import annotations

import importlib.util
import pathlib
from types import ModuleType
from typing import Any

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_data import urls

from ipprules.listings import RECORD_FIELDS, parse_listing
from ipprules.scale._records import record_table

_LISTINGS_TESTS = pathlib.Path(__file__).parent.parent / "listings"


def _load(name: str) -> ModuleType:
    """A module of the listings tests (their corpora and strategies), loaded by path."""
    spec = importlib.util.spec_from_file_location(f"_scale_{name}", _LISTINGS_TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.path.insert(0, str(_LISTINGS_TESTS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(_LISTINGS_TESTS))
    return module


_EXAMPLES = _load("test_listings_examples")
_HOSTILE = _load("test_listings_hostile")
_PROPERTIES = _load("test_listings_properties")
CORPUS = [row[0] for row in _EXAMPLES.ACCEPTED] + [row[0] for row in _EXAMPLES.REJECTED]


def _same(texts: list[str]) -> None:
    table = record_table(texts)
    assert table.schema.names == [name for name, _ in RECORD_FIELDS]
    assert table.num_rows == len(texts)
    kinds = {"string": pa.string(), "bool": pa.bool_(), "int64": pa.int64()}
    assert [field.type for field in table.schema] == [kinds[kind] for _, kind in RECORD_FIELDS]
    got: list[dict[str, Any]] = table.to_pylist()
    want = [parse_listing(text).as_dict() for text in texts]
    for i, (row, expected) in enumerate(zip(got, want, strict=True)):
        assert row == expected, (i, texts[i])


def test_the_listings_example_corpus() -> None:
    assert len(CORPUS) > 100
    _same(CORPUS)
    _same(CORPUS[::-1] * 3)


def test_empty_input_gives_an_empty_typed_table() -> None:
    _same([])


texts = st.one_of(
    urls(),
    _HOSTILE.hostile_inputs(),
    _PROPERTIES.listing_urls(),
    st.sampled_from(CORPUS),
    st.text(max_size=60),
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(texts, max_size=30))
def test_every_row_equals_the_reference(batch: list[str]) -> None:
    _same(batch)
