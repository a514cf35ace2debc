"""The rule text, case by case, at its edges (rules25): penalties, counter-notices and the
complaint check, written from ipp-rules.md alone.

Each case quotes the few words of rule text it checks and cites the rule id. They cover what
rules18-24 did not: R63's "more than 20 pieces" for "a transaction" reached only by adding
several purchases; violations established before a platform's penalty rules begin (R51's
policy of 21 Jan 2015, Lazada from June 2019, the rule book's first day for 1688's bar, R64,
R85, R88, R95); 1688's serious and general cases (R89, R52); and two of them through the CLI.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.calendars import china_calendar
from ipprules.cli import main
from ipprules.counternotice import CounterNotice, Purchase, assess_counter_notice
from ipprules.errors import CoverageError
from ipprules.lifecycle import deadline_for
from ipprules.penalties import Violation, penalty_standing

COMPLAINT = date(2024, 6, 10)


def invoice(pieces: int, pid: str = "INV-1", on: date = date(2024, 3, 1)) -> Purchase:
    """A purchase R63 takes apart from its pieces: in the window, signed by both, matching."""
    return Purchase(
        id=pid,
        kind="invoice",
        date=on,
        quantity=pieces,
        signed_by=("buyer", "seller"),
        product_matches=True,
    )


def alibaba_com(*purchases: Purchase) -> CounterNotice:
    return CounterNotice(platform="alibaba_com", complaint_date=COMPLAINT, purchases=purchases)


# ------------------------------------------ R63: "a purchase quantity of more than 20 pieces"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=4))
@example([10, 11])  # together 21, neither alone: the source does not say (rules25's find)
@example([10, 10])  # 20 in all: fewer than asked under both readings
@example([21])  # one transaction of 21: met under both
@example([20, 1])  # 21 only in all
@example([21, 1])  # one of them meets it alone
def test_pieces_bought_in_several_purchases(pieces: list[int]) -> None:
    """R63: purchase documents "for a transaction in the 6 months before the complaint" and "a
    purchase quantity of more than 20 pieces". Whether one transaction must be for more than
    20 pieces, or the pieces of several may be added up, is not said: more than 20 only in
    all is ``unknown`` (cn-purchase-quantity-split), never a pass; 20 or fewer in all is an
    error under both readings; one purchase of more than 20 passes under both."""
    notice = alibaba_com(*(invoice(n, f"INV-{i}") for i, n in enumerate(pieces)))
    found = assess_counter_notice(notice)
    codes = set(found.codes) - {"cn-channel"}
    if sum(pieces) <= 20:
        assert codes == {"cn-purchase-quantity-low"}
        assert found.sufficient.value == "no"
    elif max(pieces) > 20:
        assert codes == set()
        assert found.sufficient.value == "yes"
    else:
        assert codes == {"cn-purchase-quantity-split"}
        assert found.sufficient.value == "unknown"
        (split,) = (f for f in found.findings if f.code == "cn-purchase-quantity-split")
        assert f"{sum(pieces)} piece(s) in all" in split.message
        assert split.rule_ids == ("R63",) and split.sources == ("S49",)


# --------------------------------- R51/R85: violations established before the rules begin


def _strikes(*days: date) -> list[Violation]:
    return [Violation(on=d, kind="counterfeit") for d in days]


@pytest.mark.parametrize(
    ("days", "as_of", "closed", "closed_on"),
    [
        # two strikes before the policy of 21 Jan 2015 and one on its first day: counted
        # under it the account closes, left out it does not; the rule text says neither
        (
            (date(2015, 1, 10), date(2015, 1, 15), date(2015, 1, 21)),
            date(2015, 2, 1),
            "unknown",
            None,
        ),
        # the day before the policy and its first day: the same
        (
            (date(2015, 1, 14), date(2015, 1, 20), date(2015, 1, 24)),
            date(2015, 1, 24),
            "unknown",
            None,
        ),
        # all three from its first day: three serious violations, 3 days apart each
        (
            (date(2015, 1, 21), date(2015, 1, 24), date(2015, 1, 27)),
            date(2015, 2, 1),
            "yes",
            date(2015, 1, 27),
        ),
        # one before it and one after: two strikes at most whichever way; no doubt to report
        ((date(2015, 1, 20), date(2015, 1, 24)), date(2015, 2, 1), "no", None),
    ],
)
def test_aliexpress_strikes_before_the_2015_policy(
    days: tuple[date, ...], as_of: date, closed: str, closed_on: date | None
) -> None:
    """R51: AliExpress's infringement categories, "policy updated 21 Jan 2015"; R85: "Three
    serious violations close the account" and "Each violation stays valid for 365 days". The
    rule book starts AliExpress's penalty rules on 21 Jan 2015; what became of violations
    established under the earlier policy is not documented. Where counting them would close
    the account, the answer is ``unknown`` (before rules25: ``no``, in silence)."""
    s = penalty_standing(_strikes(*days), "aliexpress", as_of)
    assert (s.closed.value, s.closed_on) == (closed, closed_on)
    early = [why for _, why in s.ignored if "before 2015-01-21" in why]
    assert len(early) == sum(d < date(2015, 1, 21) for d in days)
    doubt = [n for n in s.notes if "left out as before 2015-01-21" in n]
    assert bool(doubt) is (closed == "unknown")
    if doubt:
        assert "not documented; counted, closed would be yes" in doubt[0]


def test_lazada_points_before_lazada_joined_ipp() -> None:
    """R88: on Lazada "An account reaching 48 points is closed"; R95: Lazada IPP "opened to
    the public Jun 2019". 32 points in May 2019 and 16 in June: counted, 48; left out, 16.
    Which is not documented, so the closure is ``unknown``, never ``no``."""
    v = [
        Violation(on=date(2019, 5, 30), kind="counterfeit", points=16),
        Violation(on=date(2019, 5, 31), kind="counterfeit", points=16),
        Violation(on=date(2019, 6, 1), kind="counterfeit", points=16),
    ]
    s = penalty_standing(v, "lazada_sg", date(2019, 6, 1))
    assert s.points.text == "16" and s.closed.value == "unknown"
    assert any("2 violation(s) left out as before 2019-06-01" in n for n in s.notes)
    # all three on its first day: 48 points, closed that day whatever the doubt above
    same_day = [attrs.evolve(x, on=date(2019, 6, 1)) for x in v]
    s = penalty_standing(same_day, "lazada_sg", date(2019, 6, 1))
    assert (s.closed.value, s.closed_on) == ("yes", date(2019, 6, 1))


def test_1688_bar_with_points_from_before_the_rule_book() -> None:
    """R64: "no counter-notice is accepted from a user who has 60 or more accumulated points".
    60 points established the day before the rule book begins (2015-01-06), asked the next
    day: left out, the bar would be ``no``; counted, it may hold (how long points stay is not
    documented). ``unknown``."""
    v = [Violation(on=date(2015, 1, 5), kind="general", points=60)]
    s = penalty_standing(v, "1688", date(2015, 1, 6))
    assert s.counter_notice_barred is not None
    assert s.counter_notice_barred.value == "unknown"
    assert any("counter-notice bar unknown" in n for n in s.notes)


# ------------------------------------------------- R89/R52: 1688's serious and general cases


@pytest.mark.parametrize(
    ("kind", "serious"),
    [
        ("counterfeit", True),
        ("piracy", True),
        ("general", False),
        ("patent", False),
        ("registered_design", False),
    ],
)
def test_1688_counts_counterfeits_and_piracy_as_serious(kind: str, serious: bool) -> None:
    """R89: "1688: counterfeits and piracy are 'serious'; everything else is 'general'";
    R64: no counter-notice "from a user who ... has reached the account-closure count for
    serious infringements" (the count is not given). A serious case makes that part of the
    bar ``unknown``; a general one cannot reach it (``no``); the points part is below 60."""
    s = penalty_standing([Violation(on=COMPLAINT, kind=kind, points=5)], "1688", COMPLAINT)
    assert s.serious.value == (1 if serious else 0)
    bar = {c.name: c.met.value for c in s.bar}
    assert bar["points"] == "no"
    assert bar["serious"] == ("unknown" if serious else "no")


# ------------------------------------------------------------------- the same through the CLI


def test_cli_counter_notice_pieces_only_in_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R63 through ``ipprules counter-notice``: 12 + 9 pieces in two invoices; the table names
    cn-purchase-quantity-split and the verdict is unknown (exit 0: not a failing notice)."""
    path = tmp_path / "cn.toml"
    rows = "".join(
        f'[[purchases]]\nid = "INV-{n}"\nkind = "invoice"\ndate = 2024-03-0{n}\n'
        f'quantity = {q}\nsigned_by = ["buyer", "seller"]\nproduct_matches = true\n'
        for n, q in ((1, 12), (2, 9))
    )
    path.write_text(
        f'platform = "alibaba_com"\ncomplaint_date = {COMPLAINT}\n{rows}', encoding="utf-8"
    )
    code = main(["counter-notice", str(path)])
    out = capsys.readouterr().out
    assert "cn-purchase-quantity-split" in out and "21 piece(s) in all" in out
    assert "Sufficient: unknown" in out and code == 0


def test_cli_penalties_strikes_before_the_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R51/R85 through ``ipprules penalties``: the closure is unknown (exit 0, not 1) and the
    note says what counting the early strikes gives."""
    path = tmp_path / "v.csv"
    path.write_text(
        "date,kind\n2015-01-10,counterfeit\n2015-01-15,counterfeit\n2015-01-21,counterfeit\n",
        encoding="utf-8",
    )
    code = main(["penalties", str(path), "--platform", "aliexpress", "--as-of", "2015-02-01"])
    out = capsys.readouterr().out
    assert code == 0
    assert "closed             unknown" in out
    assert "counted, closed would be yes (since 2015-01-21)" in out


# ------------------------------ business days over China's 2025 and 2026 adjusted days
# 2025 National Day: 1-8 Oct off, Sunday 28 Sep and Saturday 11 Oct worked. 2026 Spring
# Festival: 15-23 Feb off, Saturdays 14 Feb and 28 Feb worked; 2026 National Day: 1-7 Oct
# off, Sunday 20 Sep and Saturday 10 Oct worked (the State Council's notices).
CHINA_2025_2026 = [
    # (deadline, platform, start, due, text)
    (
        "counter_notice_round_1",
        None,
        date(2025, 9, 30),
        date(2025, 10, 11),
        "R61: a worked Saturday is the 3rd business day",
    ),
    (
        "seller_response_alibaba_com",
        "alibaba_com",
        date(2025, 9, 27),
        date(2025, 9, 30),
        "R60: from a Saturday off, a worked Sunday is the 1st",
    ),
    (
        "counter_notice_round_1",
        None,
        date(2026, 2, 13),
        date(2026, 2, 25),
        "R61: a worked Saturday, then nine days off",
    ),
    (
        "counter_notice_round_1",
        None,
        date(2026, 9, 30),
        date(2026, 10, 10),
        "R61: the worked Saturday after National Day",
    ),
]


@pytest.mark.parametrize(("deadline", "platform", "start", "due", "text"), CHINA_2025_2026)
def test_deadlines_over_chinas_2025_and_2026_holidays(
    deadline: str, platform: str | None, start: date, due: date, text: str
) -> None:
    """R60: "the seller has 3 working days from the notice"; R61: "1st counter-notice:
    within 3 business days" (D4). Counted on China's calendar, the holidays are skipped and
    the worked weekend days count; the start day itself is not counted."""
    china = china_calendar(2025, 2026)
    found = deadline_for(deadline, start, calendar=china, platform=platform)
    assert (found.due, found.latest) == (due, due), text


def test_a_window_past_the_calendars_last_year_is_not_guessed() -> None:
    """R61 counted on China's calendar from 31 Dec 2026: the calendar ends with 2026, and the
    holidays of 2027 decide the third business day: an error naming the calendar, not a
    date counted as if 2027 had none."""
    with pytest.raises(CoverageError, match="2026-12-31"):
        deadline_for(
            "counter_notice_round_1", date(2026, 12, 31), calendar=china_calendar(2025, 2026)
        )


@pytest.mark.parametrize(
    ("filed", "late"),
    [(date(2025, 10, 9), False), (date(2025, 10, 11), False), (date(2025, 10, 13), True)],
)
def test_a_counter_notice_on_the_worked_saturday_is_in_time(filed: date, late: bool) -> None:
    """R61: "1st counter-notice: within 3 business days" of 30 Sep 2025 ends on Saturday 11
    Oct, a worked day (R60's 3 working days too): a notice filed that day is in time, one
    filed the Monday after gets the cn-timing warning."""
    purchase = invoice(21, on=date(2025, 9, 1))
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=date(2025, 9, 30),
        filed_on=filed,
        purchases=(purchase,),
    )
    found = assess_counter_notice(notice, calendar=china_calendar(2025, 2026))
    assert ("cn-timing" in found.codes) is late
    if late:
        (timing,) = (f for f in found.findings if f.code == "cn-timing")
        assert "after 2025-10-11" in timing.message


@pytest.mark.parametrize(("as_of", "points"), [(date(2025, 2, 27), 2), (date(2025, 2, 28), 0)])
def test_aliexpress_validity_from_a_leap_day(as_of: date, points: int) -> None:
    """R85: "Each violation stays valid for 365 days": established on 29 Feb 2024, in force
    on 27 Feb 2025 (day 364) and no longer on 28 Feb 2025 (day 365), not on 1 March."""
    v = [Violation(on=date(2024, 2, 29), kind="general", points=2)]
    assert penalty_standing(v, "aliexpress", as_of).points.value == points
