"""Counter-notices: does a seller's counter-notice meet the rules of its platform (R56-R64)?

The filer of a complaint receives the seller's counter-notice and must decide whether rejecting
it can succeed. :func:`assess_counter_notice` checks it against the counter-notice rules of the
platform in force on the complaint date (rule-book section ``counter_notice``, dated and
sourced) and returns findings (code, severity, path, message, rule ids, sources), not a
boolean:

* :mod:`~ipprules.counternotice.model` - :class:`CounterNotice` (purchases, authorisation
  letters, what the filer knows of the seller) and the :class:`Assessment`;
* :mod:`~ipprules.counternotice.assess` - the checks (Alibaba.com R63, 1688 R64) and the
  channel sellers counter-notify through (R62);
* :mod:`~ipprules.counternotice.reading` - :func:`read_counter_notice` for TOML and JSON files;
* :func:`catalogue` and :func:`explain` - what each finding code means (``findings.json``).

>>> from datetime import date
>>> notice = CounterNotice(platform="1688", complaint_date=date(2024, 6, 10),
...                        seller=SellerFacts(points=60, closed=False,
...                                           at_serious_closure_count=False))
>>> a = assess_counter_notice(notice)
>>> a.sufficient.value, a.codes
('no', ('cn-channel', 'cn-seller-barred-points'))
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from ipprules._shipped import shipped_text
from ipprules.checks.findings import CatalogueEntry, read_catalogue
from ipprules.counternotice.assess import REQUIREMENTS, assess_counter_notice
from ipprules.counternotice.model import (
    Assessment,
    Authorisation,
    CounterNotice,
    Party,
    Purchase,
    PurchaseKind,
    SellerFacts,
    SellerViolation,
)
from ipprules.counternotice.reading import read_counter_notice
from ipprules.errors import UnknownNameError

__all__ = [
    "REQUIREMENTS",
    "Assessment",
    "Authorisation",
    "CounterNotice",
    "Party",
    "Purchase",
    "PurchaseKind",
    "SellerFacts",
    "SellerViolation",
    "assess_counter_notice",
    "catalogue",
    "explain",
    "read_counter_notice",
]


@functools.cache
def catalogue() -> Mapping[str, CatalogueEntry]:
    """Every counter-notice finding code, in catalogue order.

    >>> catalogue()["cn-purchase-outside-window"].rules
    ('R63',)
    """
    return read_catalogue(shipped_text(__name__, "findings.json"))


def explain(code: str) -> CatalogueEntry:
    """The catalogue entry of a counter-notice finding code.

    >>> explain("cn-seller-barred-points").severity.value
    'error'
    """
    from ipprules._args import require_str

    entry = catalogue().get(require_str(code, "code", empty=True))
    if entry is None:
        raise UnknownNameError("counter-notice finding code", code, list(catalogue()))
    return entry
