"""What ``ipprules listings`` says of the lines holding other listings' links, in both runs.

The streamed run (:mod:`ipprules.cli.listings`) and the ``--workers`` run
(:mod:`ipprules.scale.cli`) share these; they live apart from both, as neither module may
import the other at its top (the streamed command hands ``--workers`` to the scale module).
"""

from __future__ import annotations

from collections.abc import Iterable

from ipprules.listings import parse_listing
from ipprules.listings.parser import may_hold_several, other_listings
from ipprules.listings.table import holding_others_line as holding_others_line

__all__ = ["holding_others", "holding_others_line"]


def holding_others(texts: Iterable[str]) -> int:
    """How many of ``texts`` hold the links of other listings beside the one each is read as
    (the ``--workers`` run's count; the streamed run counts its rows)."""
    return sum(
        1 for text in texts if may_hold_several(text) and other_listings(text, parse_listing(text))
    )
