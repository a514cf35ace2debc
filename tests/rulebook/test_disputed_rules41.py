"""rules41: disputed rules are never silent (part 2 of the rule book, D1-D13), on every surface.

Where the brief's reading and another answer differently (D4: a counter-notice on Lazada, 3
business days (R61) against 3-5 working days (S53); D6: IPR verification in 3 or 3-5 days), each
view of the answer gives the default and says what the other gives; where they agree (D4 on
AliExpress), nothing extra is said. D5 is no dispute between readings: Good Faith members'
processing (1-3 business days, R78) is not the named alternative of everyone's 3 days (B19), on
any surface. One table: (case, surface, what must be in it, what must not).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from ipprules import default_rulebook
from ipprules.cli import main
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


def _d5_taobao() -> Any:
    return deadlines_from("complaint_filed", ON, BOOK, platform="taobao")


def _replay(counter_notice_on: str) -> Any:
    """A Lazada complaint taken down on Monday 3 June 2024, counter-notified on the given day:
    day 4 (Friday 7th) is after R61's 3 business days and within Lazada's 3-5 (D4)."""
    from ipprules.lifecycle import EventRecord, lifecycle_report

    events = [
        EventRecord(event="ipr_verified", on="2024-05-27"),
        EventRecord(event="takedown", on="2024-06-03"),
        EventRecord(event="counter_notice_filed", on=counter_notice_on),
    ]
    return lifecycle_report(events, rulebook=BOOK, platform="lazada_sg")


def _standing(complaints: int, taken_down: int) -> Any:
    """A Good Faith standing on 31 May 2024 of ``complaints`` Taobao complaints of 10 listings,
    ``taken_down`` of each removed, with a signed declaration (D1's boundaries)."""
    from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing

    filed = [
        Complaint(
            filed=dt.date(2024, 3, 4) + dt.timedelta(days=i % 80),
            platform="taobao",
            reason_code="tm_misuse",
            listings=10,
            taken_down=taken_down,
            rejected=10 - taken_down,
        )
        for i in range(complaints)
    ]
    signed = AccountEvent(kind=EventKind.DECLARATION, date=dt.date(2024, 1, 2))
    return standing(History.from_records([signed, *filed]), "2024-05-31")


def _penalties(platform: str) -> Any:
    """Three counterfeit violations against three rights (D10): closure on AliExpress under
    every reading; on Alibaba.com 4 strikes close under the brief, 3 under official."""
    from ipprules.penalties import Violation, penalty_standing

    found = [
        Violation(on=dt.date(2024, m, 10), kind="counterfeit", right=f"TM-{m}") for m in (1, 2, 3)
    ]
    return penalty_standing(found, platform, dt.date(2024, 4, 1), BOOK)


def _rules_cli(platform: str, fmt: str) -> Callable[[], str]:
    """``ipprules rules deadlines --platform P`` as printed (text) or its JSON notes."""

    def run() -> str:
        out = io.StringIO()
        args = ["rules", "deadlines", "--platform", platform, "--as-of", str(ON), "--format", fmt]
        with contextlib.redirect_stdout(out):
            assert main(args) == 0
        if fmt == "json":
            return "\n".join(json.loads(out.getvalue())["notes"])
        return out.getvalue()

    return run


SURFACES: dict[str, Callable[[Any], str]] = {
    "text": lambda r: r.text(),
    "json": lambda r: json.dumps(r.to_dict()),
    "html": lambda r: _plain(r._repr_html_()),
    "cli": lambda r: str(r),  # the printed output of an ``ipprules`` command, already text
}

DEFAULT_D4 = "counter_notice_round_1"
OTHER_D4 = "the named alternative is counter_notice_lazada (3-5 working days; D4)"

# (case id, result, surface, texts that must be there, texts that must not)
CASES: list[tuple[str, Callable[[], Any], str, tuple[str, ...], tuple[str, ...]]] = [
    # D4 on Lazada: the default (R61, 3 business days, due 06-06) and the other (06-06 to 06-10)
    *[
        (f"d4-lazada-{s}", _d4_lazada, s, (DEFAULT_D4, "2024-06-06", OTHER_D4, "2024-06-10"), ())
        for s in ("text", "json", "html")
    ],
    *[
        (f"d4-one-lazada-{s}", _d4_one_lazada, s, ("2024-06-06", OTHER_D4, "2024-06-10"), ())
        for s in ("text", "json", "html")
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
        for s in ("text", "json", "html")
    ],
    # D6: verification expected within 3 (06-06) or 3-5 working days (06-10): both days shown
    *[(f"d6-{s}", _d6, s, ("2024-06-06", "2024-06-10"), ()) for s in ("text", "json", "html")],
    # D5: no named alternative to everyone's processing on the Tao marketplaces
    *[
        (f"d5-taobao-{s}", _d5_taobao, s, ("processing_general",), ("sources differ",))
        for s in ("text", "json", "html")
    ],
    # D4 in a replay: a counter-notice on day 4 on Lazada is disputed (not late), on every view
    *[
        (
            f"d4-replay-day4-{s}",
            lambda: _replay("2024-06-07"),
            s,
            ("disputed", "within counter_notice_lazada", "2024-06-10"),
            ("Out of time", "#3 late", '"flag": "late"'),
        )
        for s in ("text", "json", "html")
    ],
    # ... on day 2 both readings agree: nothing is said
    *[
        (
            f"d4-replay-day2-{s}",
            lambda: _replay("2024-06-05"),
            s,
            ("counter_notified_1",),
            ("disput",),
        )
        for s in ("text", "json", "html")
    ],
    # D1: exactly 90.0% fails "above 90%" (brief) and passes "at least 90%" (official)
    *[
        (f"d1-90-{s}", lambda: _standing(101, 9), s, ("official",), ())
        for s in ("text", "json", "html")
    ],
    # D1: 100 complaints fail "more than 100" and pass "at least 100"
    *[
        (f"d1-100-{s}", lambda: _standing(100, 10), s, ("brief-at-least-100",), ())
        for s in ("text", "json", "html")
    ],
    # D10: AliExpress closes at 3 strikes under every reading: nothing said
    *[
        (f"d10-aliexpress-{s}", lambda: _penalties("aliexpress"), s, ("closed",), ("official",))
        for s in ("text", "json", "html")
    ],
    *[
        (f"d10-alibaba-{s}", lambda: _penalties("alibaba_com"), s, ("under official",), ())
        for s in ("text", "json", "html")
    ],
    # ipprules rules deadlines --platform: the table lists both D4 windows; which is which
    *[
        (f"rules-cli-lazada-{f}", _rules_cli("lazada_sg", f), "cli", (OTHER_D4,), ())
        for f in ("text", "json")
    ],
    *[
        (f"rules-cli-{p}-{f}", _rules_cli(p, f), "cli", (), ("sources differ",))
        for p in ("aliexpress", "taobao")
        for f in ("text", "json")
    ],
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
