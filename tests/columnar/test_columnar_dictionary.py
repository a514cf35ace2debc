"""``parse_column`` reads a dictionary-encoded string column (what ``pq.read_table(...,
read_dictionary=[...])`` gives, and how Parquet stores a pandas categorical) as the text it
encodes. Before, it raised ``TypeError: urls must be an array of strings, got dictionary<...>``
while the same column as a pandas categorical Series was parsed."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")

from ipprules.columnar import parse_column  # noqa: E402
from ipprules.listings import parse_listing  # noqa: E402

URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    None,
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://s.taobao.com/search?q=shoes",
    "https://item.taobao.com/item.htm?id=606832683299",
    "",
]


@pytest.mark.parametrize("values", ["string", "large_string"])
def test_a_dictionary_array_is_parsed_as_its_text(values: str) -> None:
    encoded = pa.array(URLS, getattr(pa, values)()).dictionary_encode()
    assert pa.types.is_dictionary(encoded.type)
    table = parse_column(encoded)
    assert table.to_pylist() == parse_column(URLS).to_pylist()
    for row, url in zip(table.to_pylist(), URLS, strict=True):
        if url is not None:
            assert row == parse_listing(url).as_dict()


def test_a_chunked_dictionary_column_and_its_nulls() -> None:
    chunked = pa.chunked_array(
        [pa.array(URLS[:3]).dictionary_encode(), pa.array(URLS[3:]).dictionary_encode()]
    )
    assert parse_column(chunked).to_pylist() == parse_column(URLS).to_pylist()
    with pytest.raises(TypeError, match=r"urls\[1\] is null"):
        parse_column(chunked, nulls="error")


def test_a_dictionary_of_numbers_is_still_refused() -> None:
    with pytest.raises(TypeError, match="array of strings"):
        parse_column(pa.array([1, 2, 1]).dictionary_encode())
