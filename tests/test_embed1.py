"""ipprules embedded in a long-running service: many threads, many dates and rule books.

A resolved view is cached by its book: a caller who mutates one of its sections must not
change the next call's answer (nor the embedded book every other caller shares), and the
book's cache of views stays bounded however many dates a service asks for.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from attrs import evolve as attrs_evolve

from ipprules import deadline_for, default_rulebook, parse_listings
from ipprules.rulebook import book as book_module
from ipprules.rulebook.book import SECTIONS

DAY = dt.date(2024, 9, 27)


def _mutations(section: Any, rid: str, record: Any) -> list[tuple[str, Any]]:
    return [
        ("pop", lambda: section.pop(rid)),
        ("del", lambda: section.__delitem__(rid)),
        ("set", lambda: section.__setitem__("x", record)),
        ("clear", section.clear),
        ("update", lambda: section.update({"x": record})),
        ("setdefault", lambda: section.setdefault("x", record)),
        ("popitem", section.popitem),
        ("ior", lambda: section.__ior__({"x": record})),
    ]


@pytest.mark.parametrize("name", ["deadlines", "reason_codes", "platforms"])
def test_a_view_s_sections_are_read_only(name: str) -> None:
    """Every mutation of a cached view's section is a TypeError and changes nothing: before,
    ``as_of(day).deadlines.pop("ipr_verification")`` made every later ``deadline_for`` of that
    day an UnknownNameError, process-wide (the embedded book is shared)."""
    book = default_rulebook()
    section = book.as_of(DAY).section(name)
    before = dict(section)
    rid, record = next(iter(before.items()))
    for label, mutate in _mutations(section, rid, record):
        with pytest.raises(TypeError):
            mutate()
        assert dict(book.as_of(DAY).section(name)) == before, label
    assert deadline_for("ipr_verification", DAY).due == dt.date(2024, 10, 2)


def test_a_view_round_trips_and_hashes() -> None:
    """A view's read-only sections still pickle, copy and hash by value."""
    rules = default_rulebook().as_of(DAY)
    for other in (pickle.loads(pickle.dumps(rules)), copy.deepcopy(rules), copy.copy(rules)):
        assert other == rules
        assert hash(other) == hash(rules)
        assert {rules: 1}[other] == 1
        assert all(dict(other.section(s)) == dict(rules.section(s)) for s in SECTIONS)


def test_the_view_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A book asked for many dates keeps at most ``_VIEWS_KEPT`` views (before: one per date
    for ever, about 7 KiB each: 24 MiB for ten years of daily calls); answers are unchanged."""
    monkeypatch.setattr(book_module, "_VIEWS_KEPT", 8)
    book = copy.copy(default_rulebook())  # a fresh book: its cache empty
    days = [DAY + dt.timedelta(days=i) for i in range(40)]
    first = [book.as_of(day) for day in days]
    assert len(book._cache) <= 8
    assert [book.as_of(day) for day in days] == first
    assert book.as_of(days[-1]) is book.as_of(days[-1])


def test_threads_give_the_single_thread_answers() -> None:
    """8 threads at once, each with its own book, date and reading, answer as one thread."""
    base = default_rulebook()
    books = [base, copy.copy(base)]
    urls = ["https://detail.tmall.com/item.htm?id=690091011924", "https://example.com/x"]

    def job(i: int) -> tuple[Any, ...]:
        book = books[i % 2]
        day = DAY + dt.timedelta(days=37 * i)
        reading = book.interpretations[i % len(book.interpretations)]
        rules = book.as_of(day, reading)
        return (
            dict(rules.section("reason_codes")),
            deadline_for("ipr_verification", day, rules).due,
            [(n, r.as_dict()) for n, r in parse_listings(urls * (i + 1))],
        )

    alone = [job(i) for i in range(16)]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(job, range(16)))
    assert together == alone


def test_a_counter_notice_assessment_hashes_by_value() -> None:
    """An Assessment (frozen, compared by value) hashes as every other result does: before,
    ``hash()`` raised ``TypeError: unhashable type: 'dict'`` (its ``other_readings``)."""
    from pathlib import Path

    from ipprules import assess_counter_notice
    from ipprules.counternotice import read_counter_notice

    examples = Path(__file__).parent.parent / "examples"
    notice = read_counter_notice(examples / "counter-notice-alibaba.toml")
    first, second = assess_counter_notice(notice), assess_counter_notice(notice)
    marked = attrs_evolve(first, other_readings={"marketplace xianyu": ("official",)})
    assert first == second and hash(first) == hash(second)
    assert {first: 1}[second] == 1
    assert marked != first and {marked: 2}[pickle.loads(pickle.dumps(marked))] == 2


def test_overlapping_runs_leave_the_collector_as_found() -> None:
    """Two planner runs in two threads, the second started while the first is paused: the
    collector stays off until the last run ends, then is on again. Before, each run read
    the switch itself: the first to end turned it back on under the second (and in the
    other interleaving, one reading "off" between another's off and on, turned it off for
    good: ``parse_listings`` from 8 threads left ``gc.isenabled()`` false, process-wide)."""
    import gc
    import threading
    from pathlib import Path

    from ipprules import planner, read_plan

    examples = Path(__file__).parent.parent / "examples"
    plan = read_plan(examples / "planner-account.toml")
    urls = ["https://item.taobao.com/item.htm?id=606832683299"]
    inside = [threading.Event(), threading.Event()]
    go_on = [threading.Event(), threading.Event()]
    seen: list[bool] = []

    def run(i: int) -> None:
        def reconcile(_: object) -> None:
            if not inside[i].is_set():
                inside[i].set()
                assert go_on[i].wait(10)

        planner.plan_listings(urls, plan, as_of="2024-06-01", reconcile=reconcile)

    assert gc.isenabled()
    first = threading.Thread(target=run, args=(0,))
    second = threading.Thread(target=run, args=(1,))
    try:
        first.start()
        assert inside[0].wait(10)
        second.start()
        assert inside[1].wait(10)
        go_on[0].set()
        first.join(10)
        seen.append(gc.isenabled())  # the second run is still going
        go_on[1].set()
        second.join(10)
        seen.append(gc.isenabled())
    finally:
        go_on[0].set()
        go_on[1].set()
        first.join(10)
        second.join(10)
        gc.enable()
    assert seen == [False, True]


_STATE = """
import gc, locale, logging, os, re, signal, sys, warnings
def state():
    root = logging.getLogger()
    return (
        locale.setlocale(locale.LC_ALL), tuple(map(repr, warnings.filters)), root.level,
        tuple(root.handlers), logging.root.manager.disable, sys.getrecursionlimit(),
        gc.isenabled(), gc.get_threshold(), gc.get_freeze_count(), re._MAXCACHE,
        dict(os.environ), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM),
        os.getcwd(), sys.stdout, sys.stderr, sys.getswitchinterval(), sys.gettrace(),
    )
"""


def test_import_and_calls_change_no_process_state() -> None:
    """Importing ipprules and calling its engines leave every process-global setting a host
    service owns as found: locale, warning filters, logging, recursion limit, collector,
    ``re`` cache size, environment, signal handlers, directory, standard streams."""
    import subprocess
    import sys

    script = (
        _STATE
        + """
before = state()
import ipprules
from ipprules import goodfaith, planner
assert state() == before, "import"
ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
list(ipprules.parse_listings(["https://item.taobao.com/item.htm?id=606832683299", "x"]))
plan = ipprules.read_plan("examples/planner-account.toml")
planner.plan_listings(planner.read_lines("examples/planner-urls.csv"), plan, as_of="2024-06-01")
goodfaith.standing(ipprules.History.from_file("examples/history.csv"), "2023-03-31")
ipprules.deadline_for("ipr_verification", "2024-09-27")
ipprules.load_rulebook("examples/rules-override.toml").as_of("2026-11-23")
after = state()
assert after == before, [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
print("same")
"""
    )
    from pathlib import Path

    root = Path(__file__).parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "same", done.stderr[-2000:]
