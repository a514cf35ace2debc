"""A platform of the rule book asked about before it is on IPP (Lazada before 2019-06-01).

It is not a gap (the book knows the platform was not there), so no engine answers ``unknown``:
every engine that takes a platform and a date refuses it the same way, an
:class:`UnknownNameError` whose message names the date the platform starts; ``check`` says
the same in its ``platform-unknown`` error and the planner in its rejection.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules import default_rulebook, read_plan
from ipprules.checks import advise
from ipprules.counternotice import CounterNotice, assess_counter_notice
from ipprules.coverage import coverage
from ipprules.errors import UnknownNameError
from ipprules.penalties import Violation, penalty_standing

LAZADA = ["lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]
START = dt.date(2019, 6, 1)
BEFORE = st.dates(min_value=dt.date(2015, 1, 6), max_value=START - dt.timedelta(days=1))


def _refusals(platform: str, day: dt.date) -> list[str]:
    """The message of each engine's refusal of ``platform`` on ``day``."""
    calls = [
        lambda: penalty_standing([Violation(on=day, kind="counterfeit")], platform, day),
        lambda: advise("trademark", platform, as_of=day),
        lambda: coverage(read_plan("examples/portfolio.toml"), as_of=day, platforms=[platform]),
        lambda: assess_counter_notice(CounterNotice(platform=platform, complaint_date=day)),
        lambda: default_rulebook().as_of(day).penalties_for(platform),
    ]
    found = []
    for call in calls:
        with pytest.raises(UnknownNameError) as caught:
            call()
        found.append(str(caught.value))
    return found


@given(platform=st.sampled_from(LAZADA), day=BEFORE)
def test_every_engine_names_the_start_date(platform: str, day: dt.date) -> None:
    for message in _refusals(platform, day):
        assert f"{platform} is an IPP platform from {START}, not on {day}" in message, message


def test_from_its_start_date_it_is_answered() -> None:
    s = penalty_standing([Violation(on=START, kind="counterfeit")], "lazada_sg", START)
    assert s.counted == 1
    assert advise("trademark", "lazada_sg", as_of=START).platform == "lazada_sg"


def test_a_name_the_book_never_had_says_nothing_of_dates() -> None:
    with pytest.raises(UnknownNameError) as caught:
        penalty_standing([], "ebay", dt.date(2024, 1, 1))
    assert "IPP platform from" not in str(caught.value)


def test_the_planner_rejection_names_the_start_date() -> None:
    from ipprules.planner import Settings, plan_listings

    plan = read_plan("examples/planner-account.toml")
    url = "https://www.lazada.sg/products/x-i123456789-s987654321.html"
    settings = Settings(reason="tm_counterfeit")
    result = plan_listings([url], plan, as_of="2019-05-01", settings=settings)
    (outcome,) = result.outcomes
    assert outcome.code == "platform-not-in-force"
    assert outcome.message is not None
    assert "lazada_sg is an IPP platform from 2019-06-01, not on 2019-05-01" in outcome.message


def test_penalty_gap_before_a_platform_scheme_names_its_start() -> None:
    # AliExpress is on IPP from the book's start, its penalty rules from 2015-01-21 (R51): a
    # documented gap before then, answered unknown, and the note says when the rules begin
    day = dt.date(2015, 1, 10)
    s = penalty_standing([Violation(on=day, kind="counterfeit")], "aliexpress", day)
    assert s.closed.value == "unknown"
    assert any("penalty rules in the rule book begin on 2015-01-21" in n for n in s.notes)


@pytest.mark.parametrize(
    ("interpretation", "says"),
    [
        (
            "brief",
            "xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao "
            "(differs under: official)",
        ),
        ("brief-at-least-100", "is filed as taobao (differs under: official)"),
        (
            "official",
            "xianyu is not an IPP platform, and what Xianyu (Goofish) is filed as is "
            "not documented (differs under: brief, brief-at-least-100)",
        ),
    ],
)
def test_asking_for_xianyu_as_a_platform_says_what_it_is_filed_as(
    interpretation: str, says: str
) -> None:
    """B1: Xianyu is filed by selecting Taobao (official: a gap, D11). Before, every view asked
    for it by platform id (advise, rules reasons, rules platform...) answered only 'unknown
    platform' with the list of platforms, Taobao's part unsaid. (rulesleft3: under the brief
    ``platform("xianyu")`` answers with Taobao's record, as the CLI does; asked for a platform
    of its own, ``filed_as=False``, it is refused so.)"""
    rules = default_rulebook().as_of("2026-11-23", interpretation)
    with pytest.raises(UnknownNameError) as caught:
        rules.platform("xianyu", filed_as=False)
    assert says in str(caught.value)


def test_advise_for_xianyu_names_taobao_in_its_one_line_error(capsys) -> None:
    """B1: under the brief Xianyu's advice is Taobao's, with a note (rulesleft); under
    ``official`` (R33, a gap) the refusal is one line naming the readings that file it."""
    from ipprules.cli import main

    argv = ["advise", "--ipr-type", "trademark", "--platform", "xianyu", "--as-of", "2026-11-23"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Note: xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1)" in out
    assert main([*argv, "--interpretation", "official"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.endswith(
        "what Xianyu (Goofish) is filed as is not documented (differs under: brief, "
        "brief-at-least-100)"
    )
