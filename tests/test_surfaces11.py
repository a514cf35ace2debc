"""The CLI tried as a new user would (surfaces11): a date given with the option of another
command, an unknown option before a command's positional, and ``--events``/``--on`` items.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date
from html import escape

from hypothesis import example, given, settings
from hypothesis import strategies as st


def _said(argv: list[str]) -> tuple[int, str]:
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -- a date given with the other commands' option --------------------------------------------

# each command with the word before its options, and the date option it has (None: none)
_COMMANDS: dict[str, tuple[list[str], str | None]] = {
    "check": (["check", "examples/plan.toml"], "--as-of"),
    "penalties": (
        ["penalties", "examples/violations-aliexpress.csv", "--platform", "aliexpress"],
        "--as-of",
    ),
    "coverage": (["coverage", "examples/portfolio.toml"], "--as-of"),
    "good-faith": (["good-faith", "examples/history.csv"], "--as-of"),
    "deadline": (["deadline", "notice_received"], "--on"),
    "lifecycle": (["lifecycle", "examples/lifecycle-counter-notice.json"], "--on"),
    "counter-notice": (["counter-notice", "examples/counter-notice-alibaba.toml"], None),
    "listings": (["listings", "examples/urls.txt"], None),
}


@settings(max_examples=30)
@given(
    command=st.sampled_from(sorted(_COMMANDS)),
    option=st.sampled_from(["--as-of", "--on"]),
    day=st.dates().map(str),
    joined=st.booleans(),
)
@example(command="deadline", option="--as-of", day="2024-09-27", joined=False)
@example(command="penalties", option="--on", day="2024-06-01", joined=False)
@example(command="counter-notice", option="--as-of", day="2024-06-01", joined=True)
def test_a_date_option_the_command_lacks_names_the_one_it_takes(
    command: str, option: str, day: str, joined: bool
) -> None:
    """``deadline EVENT --as-of D`` said only ``unrecognized arguments: --as-of D``; the
    command's own date option (or that it takes none) is now said beside it."""
    words, has = _COMMANDS[command]
    if option == has:
        return
    typed = [f"{option}={day}"] if joined else [option, day]
    code, err = _said([*words, *typed])
    assert code == 2
    assert err.count("\n") == 1, err
    assert f"unrecognized arguments: {' '.join(typed)}" in err
    if has is None:
        assert f"(ipprules {command} takes no date option)" in err
    else:
        assert f"(ipprules {command} takes its date as {has} " in err


@settings(max_examples=20)
@given(option=st.sampled_from(["--on", "--bogus", "--as-off"]), day=st.dates().map(str))
@example(option="--on", day="2026-11-23")
def test_an_unknown_option_before_a_positional_is_said_unrecognized(option: str, day: str) -> None:
    """``rules --on 2026-11-23``: argparse took the date for VIEW ("invalid choice:
    '2026-11-23' (choose from 'summary', ...)"), not saying that --on is no option of it."""
    code, err = _said(["rules", option, day])
    assert code == 2
    assert err.startswith(f"ipprules rules: error: unrecognized arguments: {option} {day}"), err
    assert "invalid choice" not in err
    if option == "--on":
        assert "(ipprules rules takes its date as --as-of " in err


def test_a_positional_s_own_invalid_choice_is_unchanged() -> None:
    code, err = _said(["rules", "--as-of", "2026-11-23", "platfrom"])
    assert code == 2
    assert "argument VIEW: invalid choice: 'platfrom'" in err


# -- --events and --on with the same empty items ---------------------------------------------

_EVENTS = ["ipr_verified", "takedown", "counter_notice_filed"]
_DAYS = ["2022-01-13", "2022-01-19", "2022-01-21"]


def _replayed(argv: list[str]) -> tuple[int, str, str]:
    from ipprules.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(["lifecycle", *argv, "--platform", "aliexpress", "--format", "json"])
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=20)
@given(blanks=st.lists(st.integers(0, 3), min_size=1, max_size=3))
@example(blanks=[2])  # "a,b,c," and "d1,d2,d3,": a comma at the end of both
@example(blanks=[1])  # "a,,b,c" and "d1,,d2,d3"
def test_empty_items_at_the_same_places_of_events_and_on_are_skipped(blanks: list[int]) -> None:
    """``--events a,b, --on d1,d2,`` was refused, "3 date(s) for 2 event(s)": --events skips
    its empty items and --on kept them. Empty in both at the same places, they are skipped in
    both: the replay is that of the items without them."""
    events, days = list(_EVENTS), list(_DAYS)
    for at in sorted(blanks, reverse=True):
        events.insert(at, " ")
        days.insert(at, "")
    plain = _replayed(["--events", ",".join(_EVENTS), "--on", ",".join(_DAYS)])
    spaced = _replayed(["--events", ",".join(events), "--on", ",".join(days)])
    assert plain[0] == 0
    assert spaced == plain


def test_a_date_for_an_empty_event_is_refused_naming_it() -> None:
    code, out, err = _replayed(
        ["--events", "ipr_verified,,takedown", "--on", "2022-01-13,2022-01-14,2022-01-19"]
    )
    assert (code, out) == (2, "")
    assert err == (
        "ipprules: error: --on: $[1].on: the date '2022-01-14' is given for no event "
        "(item 2 of --events is empty)\n"
    )


# -- good-faith --platform given as a list ---------------------------------------------------

_IDS = ["taobao", "tmall", "tmall_global", "aliexpress", "1688"]


@settings(max_examples=15)
@given(ids=st.lists(st.sampled_from(_IDS), min_size=2, max_size=3, unique=True))
@example(ids=["taobao", "tmall"])
def test_good_faith_platforms_given_with_commas_say_to_repeat_the_option(ids: list[str]) -> None:
    """``good-faith --platform taobao,tmall`` said only "unknown platform 'taobao,tmall' (did
    you mean 'taobao'?)": the option is repeatable, one platform each."""
    joined = ",".join(ids)
    code, err = _said(["good-faith", "examples/history.csv", "--as-of", "2023-03-31",
                       "--platform", joined])  # fmt: skip
    assert code == 2
    assert err.count("\n") == 1, err
    assert f"unknown platform (as of 2023-03-31) {joined!r}" in err
    repeated = " ".join(f"--platform {each}" for each in ids)
    assert err.endswith(f"(--platform takes one platform: give it once for each, {repeated})\n")


# -- counter-notice: the seller's points with their confidence -------------------------------


@settings(max_examples=10)
@given(
    platform=st.sampled_from(["1688", "aliexpress", "lazada_sg", "alibaba_com", "taobao"]),
    points=st.lists(st.integers(1, 30), max_size=3),
)
@example(platform="1688", points=[24, 24, 12])
def test_counter_notice_text_gives_the_points_confidence_as_its_json(
    platform: str, points: list[int]
) -> None:
    """``ipprules counter-notice`` printed "Seller's points counted from its violations: 0 to
    60" bare, where its JSON (and ``ipprules penalties``) give the figure's mark,
    ``[confidence third-party: R52, R64, R89]`` on 1688."""
    from ipprules.counternotice import (
        CounterNotice,
        SellerFacts,
        SellerViolation,
        assess_counter_notice,
    )

    seller = SellerFacts(
        violations=tuple(
            SellerViolation(date="2024-06-01", kind="general", points=p) for p in points
        )
    )
    notice = CounterNotice(platform=platform, complaint_date=date(2024, 6, 10), seller=seller)
    result = assess_counter_notice(notice)
    if result.standing is None:
        return
    figure = result.to_dict()["standing"]["points"]
    said = [line for line in result.text().splitlines() if line.startswith("Seller's points")]
    mark = f" {figure['confidence_mark']}" if figure["confidence_mark"] else ""
    assert said == [f"Seller's points counted from its violations: {figure['text']}{mark}"]
    # and in a notebook, which left the line out
    assert f"<p>{escape(said[0])}</p>" in result._repr_html_()


# -- notebook renderings: the confidence the text shows ---------------------------------------

_LABELS = {
    "points in force": "points",
    "serious (strikes)": "serious",
    "most against one right": "serious_per_right",
    "closed": "closed",
    "ladder step": "ladder_step",
    "counter-notice barred": "counter_notice_barred",
}


@settings(max_examples=15)
@given(
    platform=st.sampled_from(["aliexpress", "alibaba_com", "1688", "lazada_sg", "taobao"]),
    points=st.lists(st.integers(1, 16), max_size=4),
    kinds=st.lists(st.sampled_from(["general", "counterfeit"]), min_size=4, max_size=4),
)
@example(platform="alibaba_com", points=[12, 12], kinds=["counterfeit", "general"] * 2)
def test_penalty_html_gives_each_figure_with_its_confidence(
    platform: str, points: list[int], kinds: list[str]
) -> None:
    """``PenaltyStanding._repr_html_`` showed the figures without the confidence column the
    text (and JSON) give, and without the ladder step."""
    import re

    import ipprules
    from ipprules.penalties import Violation

    violations = [
        Violation(on=date(2024, 5, 1), kind=kind, points=p)
        for p, kind in zip(points, kinds, strict=False)
    ]
    standing = ipprules.penalty_standing(violations, platform, "2024-06-01")
    rows = re.findall(
        r"<tr><th>([^<]*)</th><td>[^<]*</td><td>([^<]*)</td></tr>", standing._repr_html_()
    )
    assert {_LABELS[label]: sure for label, sure in rows} == standing.confidence


def test_deadline_and_lifecycle_html_end_with_the_confidence_mark() -> None:
    """A ``DeadlineResult``'s and a ``LifecycleReport``'s notebook renderings left out the mark
    their text gives (``[confidence inferred: R61, D4]``), on the deadline and on a flag."""
    from ipprules.lifecycle import deadline_for, read_events

    result = deadline_for("counter_notice_round_1", date(2024, 5, 6))
    assert result.confidence_mark.strip() == "[confidence inferred: R61, D4]"
    assert escape(f"{result.describe()}{result.confidence_mark}") in result._repr_html_()
    report = read_events("examples/lifecycle-late-counter-notice.toml").report()
    flag = report.flags[0]
    assert flag.deadline is not None
    shown = report._repr_html_()
    assert f"<li>{escape(flag.message + flag.deadline.confidence_mark)}</li>" in shown
    running = read_events("examples/lifecycle-counter-notice.json").report()
    assert running.deadlines
    for each in running.deadlines:
        assert f"<li>{escape(each.describe() + each.confidence_mark)}</li>" in running._repr_html_()
