"""``plan --column`` and what ``--workers`` suggests (plancol).

1. ``ipprules listings`` took ``--column NAME``; ``ipprules plan`` did not: a plan CSV whose
   links sit in ``商品链接`` beside another link column was read by the header hints, and one
   whose URL column has another name was refused with "rename the column to url".
2. ``ipprules listings --workers N`` on a file it cannot read (a TOML file, a CSV whose first
   line is links) suggested ``--input lines``, an option ``--workers`` refuses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_newuser8 import _run

_OFFER = "https://detail.1688.com/offer/6000001.html"


# -------------------- 2. --workers suggests only what it accepts


def test_listings_workers_suggests_no_input_lines(tmp_path: Path) -> None:
    """The Dask readers read a file as its name says: the hint is to rename it; the command
    without ``--workers`` still says ``--input lines``, which it takes."""
    pytest.importorskip("dask.dataframe")
    toml = tmp_path / "plan.toml"
    toml.write_text("[account]\nname = 'a'\n", encoding="utf-8")
    links = tmp_path / "crawl.csv"
    links.write_text(f"https://img.alicdn.com/i1/x.jpg,shoe,{_OFFER}\n", encoding="utf-8")
    for path in (toml, links):
        code, _, err = _run("listings", str(path), "--workers", "1")
        assert code == 2 and "--input" not in err, err
        assert "rename it" in err or "as text (named other than .csv)" in err, err
        code, _, err = _run("listings", str(path))
        assert code == 2 and "--input lines" in err, err
