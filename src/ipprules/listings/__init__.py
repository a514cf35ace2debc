"""Listing URLs: parse, canonicalise and de-duplicate whatever people paste.

>>> from ipprules.listings import parse_listing, parse_listings, dedupe
>>> parse_listing("https://detail.tmall.com/item.htm?id=690091011924&skuId=4911012597025").canonical_url
'https://detail.tmall.com/item.htm?id=690091011924'
>>> for position, result in dedupe(parse_listings([
...     "https://item.taobao.com/item.htm?id=606832683299",
...     "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
...     "https://s.taobao.com/search?q=shoes",
... ])):
...     print(position, type(result).__name__, getattr(result, "code", ""))
0 Listing
1 Duplicate
2 Rejection not-a-listing
"""

from __future__ import annotations

from ipprules.listings.bulk import (
    ParseResults,
    StreamConsumedError,
    Summary,
    dedupe,
    duplicate_groups,
    parse_listings,
    summarize,
)
from ipprules.listings.codes import REJECTION_CODES, RejectionCode, rejection_code_table
from ipprules.listings.model import (
    RECORD_FIELDS,
    Duplicate,
    Form,
    Kind,
    Listing,
    Platform,
    Rejection,
)
from ipprules.listings.parser import MAX_LENGTH, parse_listing
from ipprules.listings.text import extract_urls

__all__ = [
    "MAX_LENGTH",
    "RECORD_FIELDS",
    "REJECTION_CODES",
    "Duplicate",
    "Form",
    "Kind",
    "Listing",
    "ParseResults",
    "Platform",
    "Rejection",
    "RejectionCode",
    "StreamConsumedError",
    "Summary",
    "dedupe",
    "duplicate_groups",
    "extract_urls",
    "parse_listing",
    "parse_listings",
    "rejection_code_table",
    "summarize",
]
