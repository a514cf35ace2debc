"""The Good Faith benchmark times the standing of qualifying histories too (#14: benchmarks
that do not flatter; gfbench30). Before, its built histories signed no declaration, so every
standing it timed failed (and paid for each reading's path to qualify): a user's history
often qualifies. The same built rows are now timed as a failing and as a qualifying history,
interleaved in the same rounds beside the same hand-written loop, each with its verdicts and
each checked to answer as built. Timings are never tests: only the shape of the output, the
interleaving and the checks are."""

from __future__ import annotations

import re
from typing import Any

import pytest

from _scripts import load, young_gc_only  # noqa: F401  (a fixture)

#: benchmark scripts run in this process: no full collections of the suite's heap
pytestmark = pytest.mark.usefixtures("young_gc_only")

GOOD_FAITH = load("benchmarks/good_faith.py")
ORDERS = ("file order", "random order, as read", "random order, shuffled in memory")
RECORDS = 400


def _run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rounds: int = 2,
) -> tuple[str, list[object]]:
    """The standing figures of small built rows: (what they print, what each timed job
    answered, in the order timed)."""
    answered: list[object] = []
    real = GOOD_FAITH.timed

    def spy(fn: Any) -> tuple[float, object]:
        t, answer = real(fn)
        answered.append(answer)
        return t, answer

    monkeypatch.setattr(GOOD_FAITH, "timed", spy)
    GOOD_FAITH.standing_figures(RECORDS, rounds, None)
    return capsys.readouterr().out, answered


def test_built_rows_are_timed_qualifying_and_failing_in_the_same_rounds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows in the window, one round (the labels over 3 years: test_benchmark_verdicts.py)."""
    out, answered = _run(monkeypatch, capsys, rounds=1)
    # per round and order: the loop, the failing standing and the qualifying one
    assert len(answered) == len(ORDERS) * 3, out
    standings = [a for a in answered if not isinstance(a, dict)]
    assert len(standings) == len(ORDERS) * 2
    assert sum(s.qualifies for s in standings) == len(standings) // 2  # type: ignore[attr-defined]
    for i in range(0, len(answered), 3):  # each order of each round times all three
        trio = answered[i : i + 3]
        assert sum(isinstance(a, dict) for a in trio) == 1, trio
        assert sorted(a.qualifies for a in trio if not isinstance(a, dict)) == [False, True]
    assert "failing history: 3 of 3 standings do not qualify, as built -> met" in out, out
    assert "qualifying history: 3 of 3 standings qualify, as built -> met" in out, out
    for variant in ("failing", "qualifying"):
        assert f"of the {variant} history in every order and round: 3 of 3 -> met" in out, out
        for order in ORDERS:
            figure = rf"  {order}, {variant}: hand-written loop .* \| standing end to end "
            assert re.search(figure, out), out
            small = rf"too small to judge \({RECORDS:,} records; a verdict needs 100,000\)"
            target = (
                rf"target \({order}, {variant}\): >= 5M records/s -> {small}; "
                rf">= 0\.5x the loop: \d+\.\d\dx -> {small}"
            )
            assert len(re.findall(target, out)) == 1, out


def test_both_histories_are_judged_beside_the_same_loop(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scripted times (loop 1 s; failing standing 0.1 s; qualifying 0.4 s) over enough
    records to be judged: each history gets its own verdicts against the same loop."""

    def scripted(fn: Any) -> tuple[float, object]:
        answer = fn()
        if isinstance(answer, dict):
            return 1.0, answer
        return (0.4 if answer.qualifies else 0.1), answer

    monkeypatch.setattr(GOOD_FAITH, "timed", scripted)
    monkeypatch.setattr(GOOD_FAITH, "STANDING_MIN_ROWS", RECORDS)
    GOOD_FAITH.standing_figures(RECORDS, 1, None)
    out = capsys.readouterr().out
    failing = re.findall(r"target \([^)]*, failing\): .*? -> (NOT met|met); .*?: (\S+) ->", out)
    qualifying = re.findall(
        r"target \([^)]*, qualifying\): .*? -> (NOT met|met); .*?: (\S+) ->", out
    )
    assert failing == [("NOT met", "10.00x")] * len(ORDERS), out  # 4k records/s
    assert qualifying == [("NOT met", "2.50x")] * len(ORDERS), out


def test_a_qualifying_history_whose_standing_fails_is_reported_not_met(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The answers are checked, not assumed: a "qualifying" history with no declaration
    would time the failing path twice."""
    monkeypatch.setattr(GOOD_FAITH, "declaration", lambda: ())
    out, _answered = _run(monkeypatch, capsys, rounds=1)
    assert "qualifying history: 0 of 3 standings qualify, as built -> NOT met" in out, out
    assert "failing history: 3 of 3 standings do not qualify, as built -> met" in out, out


def test_a_users_file_is_timed_as_it_is(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user's rows (``--history``) are not given a declaration: one history, as before."""
    rows = [(738800 + d % 60, "tmall", "tm_misuse", 1, 0, 0, 0, 0) for d in range(40)]
    GOOD_FAITH.standing_figures(len(rows), 1, rows)
    out = capsys.readouterr().out
    assert "qualifying" not in out and "failing" not in out, out
    assert len(re.findall(r"target \((file order|random order[^)]*)\): ", out)) == 3, out
