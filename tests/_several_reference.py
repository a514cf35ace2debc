"""``may_hold_several`` and ``other_listings`` as written before their quick paths (#14 item
3): the definitions ``tests/listings/test_listings_several.py`` and
``tests/planner/test_planner_quick_paths.py`` compare the library with."""

from __future__ import annotations

import unicodedata

from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings import parser as P
from ipprules.listings.text import LISTED_LINK, extract_urls, unwrap_text


def reference_several(text: str) -> bool:
    """``may_hold_several`` as written before its quick path."""
    return (
        not text.isascii()
        or len(text.split(None, 1)) > 1
        or '"' in text
        or "<" in text
        or "`" in text
        or "\\" in text
        or "](" in text
        or "[/" in text
        or "','" in text  # a list in single quotes: its links may have no scheme (no //)
        or "';'" in text
        or text.count("//") > 1
        or LISTED_LINK.search(text) is not None  # a comma, a semicolon or a bar before a scheme
    )


def reference_others(text: str, read: Listing | Rejection) -> list[str]:
    """``other_listings`` as written before its quick paths."""
    if not reference_several(text):
        return []
    spaced = "".join(
        ("\n" if c in "\u2028\u2029" else " ")
        if not c.isascii() and (c in P._INVISIBLE_SPACES or unicodedata.category(c)[0] in "PZ")
        else c
        for c in P._APART.sub(" ", unwrap_text(text))
    )
    # a link cut at a non-ASCII character and no listing: its whole token, as read alone (lazada4)
    candidates = P._whole_links(P._uncommented(extract_urls(spaced), spaced), spaced)
    seen = {read.identity} if isinstance(read, Listing) else set()
    if type(read) is Rejection and candidates:
        own = parse_listing(candidates[0])
        if type(own) is Listing:
            seen.add(own.identity)
    out = []
    for candidate in candidates:
        other = parse_listing(candidate)
        if type(other) is Listing and other.identity not in seen:
            seen.add(other.identity)
            out.append(candidate)
    return out
