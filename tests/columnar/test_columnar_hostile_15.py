"""parse_column given a frame or an array of two dimensions: a TypeError, not pyarrow's."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

from ipprules.columnar import parse_column  # noqa: E402

URL = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.parametrize("kind", ["frame", "frame-two-columns", "array-2d"])
def test_a_column_of_two_dimensions_is_a_type_error(kind: str) -> None:
    """A DataFrame was a KeyError (0) from pyarrow."""
    urls = {
        "frame": pd.DataFrame({"url": [URL]}),
        "frame-two-columns": pd.DataFrame({"url": [URL], "note": ["x"]}),
        "array-2d": np.array([[URL]]),
    }[kind]
    with pytest.raises(TypeError, match=r"urls must be a column of strings \(one dimension\)"):
        parse_column(urls)


def test_the_frame_s_url_column_is_read() -> None:
    table = parse_column(pd.DataFrame({"url": [URL, None]})["url"])
    assert table.column("identity").to_pylist() == ["taobao-item:606832683299", None]
