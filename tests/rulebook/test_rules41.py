"""rules41: disputed rules are never silent (part 2 of the rule book, D1-D13), on every surface.

Where the brief's reading and another answer differently (D4: a counter-notice on Lazada, 3
business days (R61) against 3-5 working days (S53); D6: IPR verification in 3 or 3-5 days), each
view of the answer gives the default and says what the other gives; where they agree (D4 on
AliExpress), nothing extra is said. One table: (case, surface, what must be in it, what must not).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from ipprules import default_rulebook
from ipprules.lifecycle import deadline_for, deadlines_from

BOOK = default_rulebook()
ON = dt.date(2024, 6, 3)  # a Monday


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'")


def _d4_lazada() -> Any:
    return deadlines_from("takedown", ON, BOOK, platform="lazada_sg")


def _d4_aliexpress() -> Any:
    return deadlines_from("takedown", ON, BOOK, platform="aliexpress")


def _d4_one_lazada() -> Any:
    return deadline_for("counter_notice_round_1", ON, BOOK, platform="lazada_sg")


def _d6() -> Any:
    return deadlines_from("ipr_submitted", ON, BOOK, platform="alibaba_com")


SURFACES: dict[str, Callable[[Any], str]] = {
    "text": lambda r: r.text(),
    "json": lambda r: json.dumps(r.to_dict()),
    "html": lambda r: _plain(r._repr_html_()),
}

DEFAULT_D4 = "counter_notice_round_1"
OTHER_D4 = "the named alternative is counter_notice_lazada (3-5 working days; D4)"

# (case id, result, surface, texts that must be there, texts that must not)
CASES: list[tuple[str, Callable[[], Any], str, tuple[str, ...], tuple[str, ...]]] = [
    # D4 on Lazada: the default (R61, 3 business days, due 06-06) and the other (06-06 to 06-10)
    *[
        (f"d4-lazada-{s}", _d4_lazada, s, (DEFAULT_D4, "2024-06-06", OTHER_D4, "2024-06-10"), ())
        for s in SURFACES
    ],
    *[
        (f"d4-one-lazada-{s}", _d4_one_lazada, s, ("2024-06-06", OTHER_D4, "2024-06-10"), ())
        for s in SURFACES
    ],
    # D4 on AliExpress: the readings agree, nothing about an alternative
    *[
        (
            f"d4-aliexpress-{s}",
            _d4_aliexpress,
            s,
            (DEFAULT_D4, "2024-06-06"),
            ("sources differ", "the named alternative is"),
        )
        for s in SURFACES
    ],
    # D6: verification expected within 3 (06-06) or 3-5 working days (06-10): both days shown
    *[(f"d6-{s}", _d6, s, ("2024-06-06", "2024-06-10"), ()) for s in SURFACES],
]


@pytest.mark.parametrize(
    ("make", "surface", "said", "unsaid"),
    [pytest.param(m, s, y, n, id=i) for i, m, s, y, n in CASES],
)
def test_disputed_rule_said_on_every_surface(
    make: Callable[[], Any], surface: str, said: tuple[str, ...], unsaid: tuple[str, ...]
) -> None:
    shown = SURFACES[surface](make())
    for text in said:
        assert text in shown, (surface, text)
    for text in unsaid:
        assert text not in shown, (surface, text)
