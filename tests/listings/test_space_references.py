"""The white-space character references written out in ``ipprules.listings.text`` are the ones
Python's HTML tables give: every entity name that renders white space, and every code point a
numeric reference renders as white space."""

from __future__ import annotations

from html import unescape
from html.entities import html5

from ipprules.listings.text import _SPACE_POINTS, SPACE_NAMES


def test_the_space_names_are_every_html5_name_rendering_white_space() -> None:
    derived = {k[:-1].lower(): v for k, v in html5.items() if k.endswith(";") and v.isspace()}
    assert derived == SPACE_NAMES


def test_the_space_points_are_every_number_rendering_white_space() -> None:
    derived = [n for n in range(0x110000) if chr(n).isspace() and unescape(f"&#{n};").isspace()]
    assert derived == list(_SPACE_POINTS)
