"""``parse_partition`` over URL columns of every text dtype: the same rows, no Python loop over
the rows of a column that is already text, and the ``input`` column not copied."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from ipprules.listings import parse_listing
from ipprules.scale import listing_meta, parse_partition

TAOBAO = "https://item.taobao.com/item.htm?id=606832683299"
TEXTS: list[Any] = [
    TAOBAO,
    None,
    "https://detail.1688.com/offer/585943639773.html?spm=a",
    float("nan"),
    "not a url",
    TAOBAO,
    "https://m.tb.cn/h.4CEhFr0",
    pd.NA,
    "https://s.taobao.com/search?q=shoes",
]
MISSING = [i for i, t in enumerate(TEXTS) if not isinstance(t, str)]


def _expected() -> list[dict[str, Any]]:
    rows = []
    for text in TEXTS:
        row = parse_listing(text if isinstance(text, str) else "").as_dict()
        row["input"] = text if isinstance(text, str) else None
        rows.append(row)
    return rows


def _columns() -> dict[str, Any]:
    """The same URLs, missing values included, as each kind of column a partition may hold."""
    present = [t if isinstance(t, str) else None for t in TEXTS]
    return {
        "object": pd.Series(TEXTS, dtype=object),
        "string[pyarrow]": pd.Series(present, dtype=pd.StringDtype("pyarrow")),
        "large_string": pd.Series(present, dtype=pd.ArrowDtype(pa.large_string())),
        "arrow string": pd.Series(present, dtype=pd.ArrowDtype(pa.string())),
        "categorical": pd.Series(present, dtype="category"),
        "default": pd.Series(present),  # pandas 3: str; pandas 2: object
    }


@pytest.mark.parametrize("kind", list(_columns()))
def test_every_text_dtype_gives_the_rows_of_parse_listing(kind: str) -> None:
    urls = _columns()[kind]
    index = pd.Index([10 + 2 * i for i in range(len(TEXTS))])
    out = parse_partition(pd.DataFrame({"url": urls.set_axis(index)}), "url", {"number": 4})
    assert list(out.columns) == list(listing_meta().columns)
    assert out.dtypes.to_dict() == listing_meta().dtypes.to_dict()
    assert out.index.equals(index)
    assert out["partition"].tolist() == [4] * len(TEXTS)
    assert out["position"].tolist() == list(range(len(TEXTS)))
    assert out["first_partition"].isna().all() and out["first_position"].isna().all()
    assert out["status"].tolist() == ["listing" if row["ok"] else "rejected" for row in _expected()]
    fields = list(_expected()[0])
    got = [
        {k: (None if v is pd.NA else v) for k, v in zip(fields, values, strict=True)}
        for values in out[fields].astype(object).values.tolist()
    ]
    assert got == _expected()
    # and every kind of column gives the frame the object column gives
    plain = parse_partition(pd.DataFrame({"url": _columns()["object"].set_axis(index)}))
    pd.testing.assert_frame_equal(
        out.drop(columns="partition"), plain.drop(columns="partition"), check_exact=True
    )


def test_a_column_of_text_is_not_walked_row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """An object column whose values are text (or missing) goes to Arrow at once, as a column
    of pyarrow strings does: the row-by-row loop (``Series.tolist`` and a type check per
    row) ran for every object column."""
    expected = parse_partition(pd.DataFrame({"url": pd.Series(TEXTS, dtype=object)}))

    def walked(self: Any) -> Any:
        raise AssertionError("the URL column was walked row by row")

    monkeypatch.setattr(pd.Series, "tolist", walked)
    outs = [parse_partition(pd.DataFrame({"url": urls})) for urls in _columns().values()]
    more = [*TEXTS[:-1], None, np.float64("nan"), np.str_(TAOBAO)]  # (pd.NaT: walked)
    last = parse_partition(pd.DataFrame({"url": pd.Series(more, dtype=object)}))
    monkeypatch.undo()
    for out in outs:
        pd.testing.assert_frame_equal(out, expected, check_exact=True)
    assert last["input"].isna().tolist() == [not isinstance(t, str) for t in more]
    assert last["code"].iloc[-3:-1].tolist() == ["empty", "empty"]
    assert last["ok"].iloc[-1] and last["input"].iloc[-1] == TAOBAO


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (b"x", TypeError, "holds a bytes at row 2"),
        (3.5, TypeError, "holds a float at row 2"),
        (np.float32("nan"), TypeError, "holds a float32 at row 2"),
        ("a" + chr(0xD800), None, r"\$\[2\]: not valid Unicode"),
    ],
)
def test_a_value_that_is_not_text_is_still_refused_naming_its_row(
    value: Any, error: type[Exception] | None, message: str
) -> None:
    """The column-at-once path leaves every doubtful column to the row-by-row loop, which
    names the row: a value pyarrow would take as text (bytes) or as missing (a float32 NaN)
    is refused as before."""
    from ipprules.errors import InputError

    urls = pd.Series([TAOBAO, None, value, "not a url"], dtype=object)
    with pytest.raises(error or InputError, match=message):
        parse_partition(pd.DataFrame({"url": urls}))


def test_the_input_column_is_the_partitions_own_arrow_urls() -> None:
    """The ``input`` column holds the partition's Arrow URLs themselves (data and offsets),
    not the kernel's copy cast to ``string`` and back to ``large_string``."""
    urls = _columns()["string[pyarrow]"]
    out = parse_partition(urls)

    def buffers(series: Any) -> list[int]:
        arrow = pa.array(series.array)
        chunks = arrow.chunks if isinstance(arrow, pa.ChunkedArray) else [arrow]
        return [b.address for chunk in chunks for b in chunk.buffers() if b is not None]

    assert buffers(out["input"]) == buffers(urls)
    assert out["input"].isna().tolist() == urls.isna().tolist()
