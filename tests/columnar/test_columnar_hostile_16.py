"""``parse_column`` refuses bytes as ``parse_listing`` does (round 16): asked for strings,
pyarrow decoded ``b"..."``, a ``bytearray`` or a numpy ``bytes_`` as UTF-8 text and the kernel
parsed it, where ``parse_listing``/``parse_listings`` raise ``TypeError`` (the issue asks the
second path for exactly ``parse_listing``'s answer on every input)."""

from __future__ import annotations

from typing import Any

import pytest

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from ipprules.columnar import parse_column  # noqa: E402
from ipprules.listings import parse_listing, parse_listings  # noqa: E402

URL = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.parametrize(
    ("urls", "position", "kind"),
    [
        ([URL.encode()], 0, "bytes"),
        ([URL, URL.encode()], 1, "bytes"),
        ([None, bytearray(b"x")], 1, "bytearray"),
        ([np.bytes_(URL.encode())], 0, "bytes_"),
        (pd.Series([URL.encode(), None], dtype=object), 0, "bytes"),
        (pd.Series([URL, URL.encode()], dtype=object), 1, "bytes"),
    ],
)
def test_bytes_are_refused_as_parse_listing_refuses_them(
    urls: Any, position: int, kind: str
) -> None:
    item = list(urls)[position]
    with pytest.raises(TypeError, match="must be a str, got"):
        parse_listing(item)
    with pytest.raises(TypeError):
        list(parse_listings(list(urls)))
    with pytest.raises(TypeError, match=rf"urls\[{position}\] must be a str or None, got {kind}$"):
        parse_column(urls)


@pytest.mark.parametrize(
    "urls",
    [
        [URL, None, "not a url"],
        pd.Series([URL, None, float("nan"), pd.NA], dtype=object),
        pd.Series([URL, URL], dtype="category"),
        pd.Series([URL, None], dtype="string[pyarrow]"),
        np.array([URL, "x"]),
        [None, None],
        [],
    ],
)
def test_text_and_missing_values_are_still_read(urls: Any) -> None:
    """Guard: what was read before still is, row for row (missing values: null inputs)."""
    table = parse_column(urls)
    items = [None if v is None or v is pd.NA or v != v else v for v in list(urls)]
    assert table.column("input").to_pylist() == items
    expected = [parse_listing(v if v is not None else "").as_dict()["code"] for v in items]
    assert table.column("code").to_pylist() == expected
