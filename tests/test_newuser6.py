"""Printing the results whose commands draw tables (newuser6): ``str(x) == x.text()`` is the
text the command prints, for a counter-notice's assessment, a penalty standing, a deadline's
result and a lifecycle replay; ``repr()`` stays one line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.counternotice import assess_counter_notice, read_counter_notice
from ipprules.lifecycle import (
    INITIAL_STATE,
    DeadlineResult,
    Event,
    EventRecord,
    LifecycleReport,
    allowed_events,
    deadline_for,
    deadlines_from,
    event_info,
    lifecycle_report,
    read_events,
)
from ipprules.penalties import PenaltyStanding, penalty_standing, read_violations


def _cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    monkeypatch.delenv("IPPRULES_WIDTH", raising=False)  # the full text, as piped
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(argv))
    return out.getvalue()


def _one_line_repr(result: object) -> None:
    assert str(result) == result.text() == f"{result}"  # type: ignore[attr-defined]
    assert "\n" not in repr(result) and repr(result) != str(result)


@functools.cache
def _violations(path: str) -> tuple[object, ...]:
    return tuple(read_violations(path))


_PENALTY_CASES = [
    ("examples/violations-aliexpress.csv", "aliexpress", "2024-06-01", None, None),
    ("examples/violations-aliexpress.csv", "aliexpress", "2023-01-01", "official", None),
    ("examples/violations-alibaba-com.csv", "alibaba_com", "2024-06-01", None, 365),
    ("examples/violations-alibaba-com.csv", "alibaba_com", "2024-06-01", None, None),
]


@pytest.mark.parametrize(("path", "platform", "as_of", "reading", "days"), _PENALTY_CASES)
def test_str_of_a_penalty_standing_is_what_the_cli_prints(
    monkeypatch, path, platform, as_of, reading, days
):
    from ipprules.rulebook import default_rulebook

    rules = default_rulebook().as_of(as_of, reading)
    s = penalty_standing(_violations(path), platform, as_of, rules, validity_days=days)
    _one_line_repr(s)
    argv = ["penalties", path, "--platform", platform, "--as-of", as_of]
    argv += ["--interpretation", reading] if reading else []
    argv += ["--assume-validity", str(days)] if days else []
    assert _cli(monkeypatch, *argv) == s.text() + "\n"


@settings(max_examples=15, deadline=None)
@given(
    path=st.sampled_from(
        ["examples/violations-aliexpress.csv", "examples/violations-alibaba-com.csv"]
    ),
    keep=st.lists(st.booleans(), min_size=12, max_size=12),
    as_of=st.dates(dt.date(2023, 6, 1), dt.date(2026, 6, 1)),
    days=st.none() | st.integers(1, 2000),
)
@example(
    path="examples/violations-aliexpress.csv",
    keep=[False] * 12,
    as_of=dt.date(2024, 6, 1),
    days=None,
)
def test_the_text_of_any_penalty_standing_is_its_str(path, keep, as_of, days):
    platform = "aliexpress" if "aliexpress" in path else "alibaba_com"
    if platform == "aliexpress":  # its rules say how long: an assumption is refused there
        days = None
    violations = [v for v, k in zip(_violations(path), keep * 9, strict=False) if k]
    s = penalty_standing(violations, platform, as_of, validity_days=days)
    assert isinstance(s, PenaltyStanding)
    _one_line_repr(s)
    assert s.text().startswith(f"Penalty standing on {platform} as of {as_of} (")
    assert f"{s.counted} violation(s) counted, {len(s.ignored)} left out" in s.text()


_NOTICES = ["examples/counter-notice-alibaba.toml", "examples/counter-notice-1688.toml"]


@pytest.mark.parametrize("path", _NOTICES)
@pytest.mark.parametrize("reading", [None, "official"])
def test_str_of_an_assessment_is_what_the_cli_prints(monkeypatch, path, reading):
    from ipprules.counternotice.reading import read_counter_notice_rules
    from ipprules.rulebook import default_rulebook

    book = default_rulebook()
    notice, rules = read_counter_notice_rules(path, book, reading)
    result = assess_counter_notice(notice, rules)
    _one_line_repr(result)
    argv = ["counter-notice", path] + (["--interpretation", reading] if reading else [])
    assert _cli(monkeypatch, *argv) == result.text() + "\n"


@settings(max_examples=15, deadline=None)
@given(
    path=st.sampled_from(_NOTICES),
    purchases=st.integers(0, 4),
    authorisations=st.integers(0, 2),
    shift=st.integers(-400, 400),
)
@example(path=_NOTICES[0], purchases=0, authorisations=0, shift=0)  # no evidence at all
def test_the_text_of_any_assessment_is_its_str(path, purchases, authorisations, shift):
    notice = read_counter_notice(path)
    notice = attrs.evolve(
        notice,
        purchases=notice.purchases[:purchases],
        authorisations=notice.authorisations[:authorisations],
        complaint_date=notice.complaint_date + dt.timedelta(days=shift),
        filed_on=notice.filed_on and notice.filed_on + dt.timedelta(days=shift),
    )
    result = assess_counter_notice(notice)
    _one_line_repr(result)
    assert result.text().endswith(f"Sufficient: {result.sufficient.value}") or (
        "Seller's points counted" in result.text().splitlines()[-1]
    )


_DEADLINE_CASES = [
    ("takedown", "2022-01-19", "aliexpress"),
    ("ipr_verified", "2024-05-06", None),
    ("notice_received", "2024-09-27", None),
    ("ipr_submitted", "2024-09-27", None),
    ("takedown", "2021-12-09", "aliexpress"),
]


@pytest.mark.parametrize(("event", "on", "platform"), _DEADLINE_CASES)
def test_the_deadlines_an_event_starts_print_as_the_cli_does(monkeypatch, event, on, platform):
    from ipprules.lifecycle.text import deadlines_text

    results = deadlines_from(event, dt.date.fromisoformat(on), platform=platform)
    argv = ["deadline", event, "--on", on] + (["--platform", platform] if platform else [])
    expected = deadlines_text(f"Deadlines starting with {event} on {on}", results)
    assert _cli(monkeypatch, *argv) == expected + "\n"
    for result in results:
        _one_line_repr(result)


@pytest.mark.parametrize(
    ("name", "on"),
    [("counter_notice_round_2_3", "2022-01-20"), ("processing_counterfeit", "2024-05-06")],
)
def test_str_of_a_deadline_is_what_the_cli_prints_for_it(monkeypatch, name, on):
    result = deadline_for(name, dt.date.fromisoformat(on))
    assert isinstance(result, DeadlineResult)
    _one_line_repr(result)
    assert _cli(monkeypatch, "deadline", name, "--on", on) == result.text() + "\n"


_LIFECYCLES = [
    "examples/lifecycle-counter-notice.json",
    "examples/lifecycle-late-counter-notice.toml",
]


@pytest.mark.parametrize("path", _LIFECYCLES)
def test_str_of_a_lifecycle_report_is_what_the_cli_prints(monkeypatch, path):
    events = read_events(path)
    report = lifecycle_report(
        events.events,
        platform=events.platform,
        counterfeit=events.counterfeit,
        ipp_plus=events.ipp_plus,
        ipr_submitted_on=events.ipr_submitted,
        notice_received_on=events.notice_received,
    )
    _one_line_repr(report)
    assert _cli(monkeypatch, "lifecycle", path) == report.text() + "\n"


@st.composite
def _walks(draw: st.DrawFn) -> tuple[list[EventRecord], str | None]:
    """A legal replay: each event one the state allows, dates that never go backwards."""
    from ipprules.lifecycle import step

    platform = draw(st.sampled_from([None, "aliexpress", "alibaba_com", "lazada_sg", "taobao"]))
    day = draw(st.dates(dt.date(2021, 6, 1), dt.date(2025, 6, 1)))
    state, records = INITIAL_STATE, []
    for _ in range(draw(st.integers(0, 6))):
        allowed = allowed_events(state)
        if not allowed:
            break
        event: Event = draw(st.sampled_from(allowed))
        day += dt.timedelta(days=draw(st.integers(0, 40)))
        reason = "a reason" if event_info(event).needs_reason else None
        records.append(EventRecord(event, on=day, reason=reason))
        state = step(state, event)
    return records, platform


@settings(max_examples=20, deadline=None)
@given(walk=_walks())
@example(walk=([], None))  # nothing happened yet
def test_the_text_of_any_legal_replay_is_its_str(walk):
    records, platform = walk
    report = lifecycle_report(records, platform=platform)
    assert isinstance(report, LifecycleReport)
    _one_line_repr(report)
    text = report.text()
    assert f"\nState: {report.state.value} (" in text
    assert len(text.splitlines()[2:]) >= len(records)  # a row an event under the header


_PLANS = [
    ("examples/planner-urls.csv", "protect", None),
    ("examples/planner-urls.jsonl", "fewest", None),
    ("examples/urls.txt", "fewest", "tm_counterfeit"),
]


@pytest.mark.parametrize(("path", "strategy", "reason"), _PLANS)
def test_str_of_a_planning_result_is_what_the_cli_prints(monkeypatch, path, strategy, reason):
    from ipprules.checks.plan import read_plan
    from ipprules.planner import PlanningResult, Settings, plan_listings, read_lines

    settings = Settings(strategy=strategy, reason=reason)
    plan = read_plan("examples/planner-account.toml")
    result = plan_listings(read_lines(path), plan, as_of="2026-11-23", settings=settings)
    assert isinstance(result, PlanningResult)
    _one_line_repr(result)
    argv = ["plan", path, "--account", "examples/planner-account.toml", "--as-of", "2026-11-23"]
    argv += ["--strategy", strategy] + (["--reason", reason] if reason else [])
    assert _cli(monkeypatch, *argv) == result.text() + "\n"


_LINES = st.sampled_from(
    [
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://detail.tmall.com/item.htm?id=690091011924",
        "https://www.aliexpress.com/item/1005001234567890.html",
        "https://item.taobao.com/item.htm?id=1",
        "not a url",
        "x\thttps://item.taobao.com/item.htm?id=2 https://item.taobao.com/item.htm?id=3",
        "https://s.taobao.com/search?q=shoes",
    ]
)


@settings(max_examples=8, deadline=None)
@given(lines=st.lists(_LINES, max_size=8), strategy=st.sampled_from(["fewest", "protect"]))
@example(lines=[], strategy="fewest")  # no line at all
def test_the_text_of_any_plan_is_what_the_cli_prints(lines, strategy):
    import tempfile
    from pathlib import Path

    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings

    settings = Settings(strategy=strategy, reason="tm_counterfeit")
    plan = read_plan("examples/planner-account.toml")
    result = plan_listings(lines, plan, as_of="2026-11-23", settings=settings)
    _one_line_repr(result)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        argv = ["plan", str(path), "--account", "examples/planner-account.toml"]
        argv += ["--as-of", "2026-11-23", "--strategy", strategy, "--reason", "tm_counterfeit"]
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert _cli(monkeypatch, *argv) == result.text() + "\n"


@settings(max_examples=8, deadline=None)
@given(lines=st.lists(_LINES, max_size=8))
@example(lines=[])  # no input: the header and "0 inputs"
def test_the_text_of_parsed_listings_is_what_the_cli_prints(lines):
    import tempfile
    from pathlib import Path

    from ipprules.listings import ParseResults, parse_listings

    results = parse_listings(lines)
    assert isinstance(results, ParseResults) and results.reiterable
    _one_line_repr(results)
    assert str(results) == str(results)  # re-iterable: parsed again, the same text
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert _cli(monkeypatch, "listings", str(path)) == results.text() + "\n"


@settings(max_examples=15, deadline=None)
@given(texts=st.lists(st.text(max_size=40), max_size=6))
@example(texts=["\x1b[2J https://item.taobao.com/item.htm?id=1\u202e"])  # shown escaped
def test_printing_parsed_listings_never_raises_nor_uses_a_stream_up(texts):
    from ipprules.listings import parse_listings

    text = str(parse_listings(texts))
    assert text.splitlines()[-1].startswith(f"{len(texts)} input")
    assert "\x1b" not in text and "\u202e" not in text  # control characters are escaped
    stream = parse_listings(iter(texts))
    said = str(stream)  # the repr and how to see the rows (surfaces7), on one line
    assert said.startswith(repr(stream) + ": ") and "results.text()" in said and "\n" not in said
    assert [result for _, result in stream] == [result for _, result in parse_listings(texts)]
