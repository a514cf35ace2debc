"""The counter-notice rules of ipp-rules.md (R53, R56-R64, D4) at the edges the text names
(sweep cn3): the 20 January 2022 change of R61, weekends, China's National Day and Spring
Festival (2022: 31 January to 6 February off, Saturday 29 and Sunday 30 January worked; 2025:
1 to 8 October off, Sunday 28 September and Saturday 11 October worked), month ends of R63's
six months, R64's points on 1688 only and their restoration. Each row names the rule and the
words it tests; the expected answer is counted by hand from those words, not by the library.
Where another reading answers differently, the row asks that the answer says so."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest

from ipprules.counternotice import (
    CounterNotice,
    Purchase,
    SellerFacts,
    SellerViolation,
    assess_counter_notice,
    explain,
)
from ipprules.errors import IpprulesError
from ipprules.lifecycle import (
    DeadlineStatus,
    EventRecord,
    State,
    deadlines_from,
    lifecycle_report,
)

S = State


@functools.cache
def _calendar() -> Any:
    from ipprules.calendars import china_calendar

    return china_calendar(2022, 2025)


def _china() -> Any:
    pytest.importorskip("holidays")
    return _calendar()


def _window(event: str, start: str, wanted: str, *, china: bool = False, **options: Any) -> Any:
    if china:
        options["calendar"] = _china()
    found = [d for d in deadlines_from(event, start, **options) if d.deadline_id == wanted]
    return (found[0].status, found[0].due, found[0].latest) if found else None


def _note(event: str, start: str, wanted: str, **options: Any) -> str:
    found = [d for d in deadlines_from(event, start, **options) if d.deadline_id == wanted]
    return " ".join(str(d.note) for d in found)


PURCHASE = Purchase(
    id="INV-1", kind="invoice", date=date(2025, 2, 28), quantity=21,
    signed_by=["buyer", "seller"], product_matches=True,
)  # fmt: skip


def _r63(complaint: str, bought: str, ipr_type: str = "trademark") -> tuple[str, tuple[str, ...]]:
    """Sufficiency and error/unknown codes of an Alibaba.com counter-notice with one purchase."""
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=complaint,
        ipr_type=ipr_type,
        purchases=[attrs.evolve(PURCHASE, date=date.fromisoformat(bought))],
    )
    found = assess_counter_notice(notice)
    codes = tuple(f.code for f in found.findings if f.severity.value in ("error", "unknown"))
    return found.sufficient.value, codes


def _timing(complaint: str, filed: str, *, china: bool) -> bool:
    notice = CounterNotice(platform="aliexpress", complaint_date=complaint, filed_on=filed)
    extra = {"calendar": _china()} if china else {}
    return "cn-timing" in assess_counter_notice(notice, **extra).codes


def _channel(platform: str, on: str) -> tuple[str, ...]:
    notice = CounterNotice(platform=platform, complaint_date=on)
    return tuple(f.code for f in assess_counter_notice(notice).findings if f.code == "cn-channel")


def _seller(platform: str, **facts: Any) -> tuple[str, tuple[str, ...]]:
    notice = CounterNotice(
        platform=platform, complaint_date="2025-06-10", seller=SellerFacts(**facts)
    )
    found = assess_counter_notice(notice)
    return found.sufficient.value, tuple(c for c in found.codes if c.startswith("cn-seller-b"))


def _violations(accepted: str | None, day: str = "2025-06-10") -> list[SellerViolation]:
    """Five general violations of 12 points (60 in all) on 1688, established on ``day`` (by
    default the day the counter-notice is filed); the last one's counter-notice accepted on
    ``accepted``."""
    out = [SellerViolation(date=day, kind="general", points=12) for _ in range(5)]
    out[-1] = attrs.evolve(out[-1], counter_notice_accepted=accepted)
    return out


def _restored(platform: str) -> bool:
    """Whether the answer of a replay ending in an accepted counter-notice says the deducted
    points or counts are restored (R64)."""
    report = lifecycle_report(
        [
            EventRecord("ipr_verified", on="2025-03-03"),
            EventRecord("takedown", on="2025-03-04"),
            EventRecord("counter_notice_filed", on="2025-03-05"),
            EventRecord("filer_accepts_counter_notice", on="2025-03-06"),
        ],
        platform=platform,
    )
    return any("R64" in n and "restore" in n for n in report.notes)


def _second_2022() -> tuple[object, ...]:
    report = lifecycle_report(
        [
            EventRecord("ipr_verified", on="2022-01-18"),
            EventRecord("takedown", on="2022-01-19"),
            EventRecord("counter_notice_filed", on="2022-01-20"),
            EventRecord("platform_rejects_counter_notice", on="2022-01-25"),
            EventRecord("counter_notice_filed", on="2022-02-28"),
        ],
        platform="alibaba_com",
    )
    kinds = tuple(f.kind.value for f in report.flags)
    return report.state, kinds, any("2022-02-25" in f.message for f in report.flags)


def _lazada_timing(filed: str) -> tuple[bool, bool]:
    """Whether a Lazada counter-notice to a complaint of Friday 7 March 2025 gets cn-timing,
    and whether that warning says the answer is unknown under D4's 3-5 working days."""
    notice = CounterNotice(platform="lazada_sg", complaint_date="2025-03-07", filed_on=filed)
    said = [f.message for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    return bool(said), any("counter_notice_lazada" in m and "unknown" in m for m in said)


def _lazada_replay(filed: str) -> tuple[object, ...]:
    report = lifecycle_report(
        [
            EventRecord("ipr_verified", on="2025-03-06"),
            EventRecord("takedown", on="2025-03-07"),
            EventRecord("counter_notice_filed", on=filed),
        ],
        platform="lazada_sg",
    )
    return report.state, tuple(f.kind.value for f in report.flags)


def _xianyu() -> tuple[str, bool]:
    try:
        assess_counter_notice(CounterNotice(platform="xianyu", complaint_date="2025-03-07"))
    except IpprulesError as error:
        return type(error).__name__, "taobao" in str(error)
    return "accepted", False


def _uncited(platform: str, filed: str) -> set[tuple[str, str]]:
    """The rule ids and sources a finding cites that ``explain`` of its code does not (a
    notice filed on ``filed`` to a complaint of Friday 7 March 2025)."""
    notice = CounterNotice(
        platform=platform, complaint_date="2025-03-07", filed_on=filed, purchases=[PURCHASE]
    )
    out = set()
    for finding in assess_counter_notice(notice).findings:
        entry = explain(finding.code)
        out |= {(finding.code, r) for r in set(finding.rule_ids) - set(entry.rules)}
        out |= {(finding.code, s) for s in set(finding.sources) - set(entry.sources)}
    return out


def _received_friday() -> object:
    """The first window of a takedown on Monday 10 March 2025 whose notice the seller
    received on Friday 7 March (R61: counted from receipt of the complaint)."""
    records = [
        EventRecord("ipr_verified", on="2025-03-05"),
        EventRecord("takedown", on="2025-03-10"),
    ]
    report = lifecycle_report(records, notice_received_on="2025-03-07", platform="taobao")
    return report.deadlines[0].due


R1, R23 = "counter_notice_round_1", "counter_notice_round_2_3"
DUE = DeadlineStatus.DUE
ROWS: list[tuple[str, str, Callable[[], object], object]] = [
    # (rule id, the words tested, the answer asked, the answer from the text)
    ("R61", "1st within 3 business days: received on a Saturday, Mon-Tue-Wed",
     lambda: _window("takedown", "2025-03-01", R1, platform="aliexpress"),
     (DUE, date(2025, 3, 5), date(2025, 3, 5))),
    ("R61", "1st within 3 business days: received on National Day, 9-10-11 Oct (Sat worked)",
     lambda: _window("takedown", "2025-10-01", R1, platform="1688", china=True),
     (DUE, date(2025, 10, 11), date(2025, 10, 11))),
    ("R61", "1st within 3 business days: received on a worked Sunday (28 Sep), 29-30 Sep, 9 Oct",
     lambda: _window("takedown", "2025-09-28", R1, platform="taobao", china=True),
     (DUE, date(2025, 10, 9), date(2025, 10, 9))),
    ("R61", "1st within 3 business days: weekdays only, 2-3-6 Oct",
     lambda: _window("takedown", "2025-10-01", R1, platform="1688"),
     (DUE, date(2025, 10, 6), date(2025, 10, 6))),
    ("R61", "2nd/3rd: 27 business days, effective 20 Jan 2022 (received that day)",
     lambda: _window("takedown", "2022-01-20", R23, platform="alibaba_com"),
     (DUE, date(2022, 2, 28), date(2022, 2, 28))),
    ("R61", "2nd/3rd: 27 business days over the 2022 Spring Festival (29, 30 Jan worked)",
     lambda: _window("takedown", "2022-01-20", R23, platform="alibaba_com", china=True),
     (DUE, date(2022, 3, 3), date(2022, 3, 3))),
    ("R61", "previously 30 business days: received 19 Jan 2022",
     lambda: _window("takedown", "2022-01-19", R23, platform="alibaba_com"),
     (DUE, date(2022, 3, 2), date(2022, 3, 2))),
    ("R61/D4", "a window open on 20 Jan 2022: the other count (27 days: 25 Feb) is said",
     lambda: "2022-02-25" in _note("takedown", "2022-01-19", R23, platform="alibaba_com"),
     True),
    ("R61/D4", "2nd counter-notice on 28 Feb 2022 (received 19 Jan): in time under 30 days, "
            "and the answer says 27 days would have ended it on 25 Feb",
     lambda: _second_2022(),
     (S.COUNTER_NOTIFIED_2, ("disputed",), True)),
    ("R61", "counted from receipt of the complaint: a Friday notice, Mon-Tue-Wed",
     _received_friday,
     date(2025, 3, 12)),
    ("R61", "1st counter-notice on the 3rd business day after National Day: in time",
     lambda: _timing("2025-09-30", "2025-10-11", china=True),
     False),
    ("R61", "1st counter-notice the next business day (Mon 13 Oct): out of time",
     lambda: _timing("2025-09-30", "2025-10-13", china=True),
     True),
    ("R61", "weekdays only, 1-2-3 Oct: 11 Oct is out of time",
     lambda: _timing("2025-09-30", "2025-10-11", china=False),
     True),
    ("R60", "Alibaba.com: 3 working days from the notice (received on a Saturday)",
     lambda: _window(
         "notice_received", "2025-03-01", "seller_response_alibaba_com", platform="alibaba_com"
     ),
     (DUE, date(2025, 3, 5), date(2025, 3, 5))),
    ("R60", "Alibaba.com's window: over National Day, 9-10-11 Oct",
     lambda: _window(
         "notice_received",
         "2025-09-30",
         "seller_response_alibaba_com",
         platform="alibaba_com",
         china=True,
     ),
     (DUE, date(2025, 10, 11), date(2025, 10, 11))),
    ("R60", "a late Alibaba.com notice: the warning counts R60's window, explain cites it",
     lambda: _uncited("alibaba_com", "2025-03-13"),
     set()),
    ("R61/D4", "a late Lazada notice: the warning's rules and sources are explain's",
     lambda: _uncited("lazada_sg", "2025-03-13"),
     set()),
    ("R60", "Alibaba.com's window is Alibaba.com's: none on AliExpress",
     lambda: _window(
         "notice_received", "2025-03-03", "seller_response_alibaba_com", platform="aliexpress"
     ),
     None),
    ("D4", "Lazada (third party): 3-5 working days, received Fri 7 Mar: Wed 12 to Fri 14",
     lambda: _window("takedown", "2025-03-07", "counter_notice_lazada", platform="lazada_sg"),
     (DUE, date(2025, 3, 12), date(2025, 3, 14))),
    ("D4", "Lazada, 4th working day: late by R61's 3, in time by 3-5: unknown, said",
     lambda: _lazada_timing("2025-03-13"),
     (True, True)),
    ("D4", "Lazada, 6th working day: late under both windows, not called unknown",
     lambda: _lazada_timing("2025-03-17"),
     (True, False)),
    ("D4", "Lazada, 4th working day replayed: kept as recorded, flagged disputed",
     lambda: _lazada_replay("2025-03-13"),
     (S.COUNTER_NOTIFIED_1, ("disputed",))),
    ("D4/R61", "Lazada, 6th working day replayed: late, the first chance used up",
     lambda: _lazada_replay("2025-03-17"),
     (S.COUNTER_NOTIFIED_2, ("late",))),
    ("B1", "Xianyu is filed by selecting Taobao: a Xianyu counter-notice names taobao",
     _xianyu,
     ("UnknownNameError", True)),
    ("D4", "Lazada's window is Lazada's: none on Taobao",
     lambda: _window("takedown", "2025-03-07", "counter_notice_lazada", platform="taobao"),
     None),
    ("D4", "no source gives the rights holder's deadline to reply: unknown, no date",
     lambda: _window(
         "counter_notice_filed", "2025-03-03", "filer_reply_to_counter_notice", platform="1688"
     ),
     (DeadlineStatus.UNKNOWN, None, None)),
    ("R62", "appeal pages from AliProtect's shut-down on 15 Dec 2018: that day",
     lambda: _channel("alibaba_com", "2018-12-15"),
     ("cn-channel",)),
    ("R62", "the day before, no channel is documented",
     lambda: _channel("aliexpress", "2018-12-14"),
     ()),
    ("R62", "appeal pages of Alibaba.com, AliExpress and 1688 only: none for Lazada",
     lambda: _channel("lazada_my", "2025-03-03"),
     ()),
    ("R63", "6 months before the complaint: 31 Aug back to 28 Feb (no 31 Feb)",
     lambda: _r63("2025-08-31", "2025-02-28"),
     ("yes", ())),
    ("R63", "6 months before the complaint: 27 Feb is outside",
     lambda: "cn-purchase-outside-window" in _r63("2025-08-31", "2025-02-27")[1],
     True),
    ("R63", "6 months in a leap year: 31 Aug 2024 back to 29 Feb 2024",
     lambda: _r63("2024-08-31", "2024-02-29"),
     ("yes", ())),
    ("R63", "a purchase on the complaint date is before the complaint",
     lambda: _r63("2025-08-31", "2025-08-31"),
     ("yes", ())),
    ("R63", "a purchase after the complaint is not one before it",
     lambda: _r63("2025-08-31", "2025-09-01")[0],
     "no"),
    ("R63", "the standards are for trademark: a copyright counter-notice is a gap (unknown)",
     lambda: _r63("2025-08-31", "2025-02-28", "copyright"),
     ("unknown", ("cn-no-rules",))),
    ("R64", "1688: 60 or more points bars a counter-notice",
     lambda: _seller("1688", points=61, closed=False, at_serious_closure_count=False),
     ("no", ("cn-seller-barred-points",))),
    ("R64", "the bar is 1688's: 60 points on Taobao bars nothing (no rules: unknown)",
     lambda: _seller("taobao", points=60, closed=False, at_serious_closure_count=False),
     ("unknown", ())),
    ("R64", "1688: five violations of 12 points are 60: barred",
     lambda: _seller(
         "1688", violations=_violations(None), closed=False, at_serious_closure_count=False
     ),
     ("no", ("cn-seller-barred-points",))),
    ("R64", "1688: a counter-notice accepted restores its points: 48, not barred",
     lambda: _seller(
         "1688",
         violations=_violations("2025-06-10"),
         closed=False,
         at_serious_closure_count=False,
     ),
     ("unknown", ())),
    ("R64", "1688: restored only from the day it is accepted (the next day: still 60)",
     lambda: _seller(
         "1688",
         violations=_violations("2025-06-11"),
         closed=False,
         at_serious_closure_count=False,
     ),
     ("no", ("cn-seller-barred-points",))),
    ("R64", "how long 1688's points last is not documented: months-old points are unknown",
     lambda: _seller(
         "1688",
         violations=_violations(None, "2025-01-10"),
         closed=False,
         at_serious_closure_count=False,
     ),
     ("unknown", ())),
    ("R64", "1688: accepted by the complainant, the answer says points are restored",
     lambda: _restored("1688"),
     True),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "words", "asked", "expected"), ROWS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])  # fmt: skip
def test_counter_notice_rule(
    rule: str, words: str, asked: Callable[[], object], expected: object
) -> None:
    assert asked() == expected, (rule, words)
