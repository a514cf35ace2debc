"""``benchmarks/plan_ab.py``: a base checkout's planner engine against this one in one process.

It times only engines that answer alike (a faster engine that answers otherwise is no
speed-up), says which side differs, refuses a base that is no checkout, and leaves this
checkout's engine as it found it (the script wraps the reading loop to time it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _scripts import ROOT, load, young_gc_only  # noqa: F401  (a fixture)
from ipprules.planner import engine

#: the script collects before every timed job: no full collections of the suite's heap
pytestmark = pytest.mark.usefixtures("young_gc_only")

AB = load("benchmarks/plan_ab.py")
SMALL = ["--n", "300", "--rounds", "1"]


def test_an_ab_of_this_checkout_against_itself_times_both_and_restores_the_engine(
    capsys: pytest.CaptureFixture[str],
) -> None:
    read = engine._read
    AB.main(["--base", str(ROOT), *SMALL])
    out = capsys.readouterr().out
    assert "300 lines, 1 rotated rounds, CPU time; the same answers: yes" in out
    assert out.count("paired new/base") == 2 and "x the parse" in out
    assert "base: reading loop" in out and "new: reading loop" in out
    assert engine._read is read


def test_engines_that_answer_differently_are_not_timed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (ROOT / "src/ipprules/planner/engine.py").read_text(encoding="utf-8")
    said = "the host cannot tell Taobao from Tmall"
    assert said in source
    other = tmp_path / "src/ipprules/planner/engine.py"
    other.parent.mkdir(parents=True)
    other.write_text(source.replace(said, "another message"), encoding="utf-8")
    read = engine._read
    with pytest.raises(SystemExit) as stop:
        AB.main(["--base", str(tmp_path), *SMALL])
    assert stop.value.code == 2
    assert "the two engines answer differently (kept)" in capsys.readouterr().err
    assert engine._read is read


def test_a_base_that_is_no_checkout_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        AB.main(["--base", str(tmp_path), *SMALL])
    assert stop.value.code == 2
    assert "no src/ipprules/planner/engine.py" in capsys.readouterr().err


def test_phases_times_the_work_after_the_loop_apart_and_restores_the_engine(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--phases``: each phase after the reading loop, base and new, paired, per mode; the
    engine's functions are put back afterwards."""
    before = {name: getattr(engine, name) for name in (AB.READ, *AB.PHASES)}
    AB.main(["--base", str(ROOT), *SMALL, "--phases"])
    out = capsys.readouterr().out
    for phase in AB.PHASES:
        for mode in ("streamed", "kept"):
            assert f"{phase} ({mode}): base " in out, (phase, mode)
    assert out.count("paired new/base") == 2 + 2 * len(AB.PHASES)
    assert {name: getattr(engine, name) for name in before} == before


def test_parsed_looks_each_line_up_in_both_engines_and_restores_the_parser(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--parsed``: both engines, in both modes, read every line's answer from the table
    made before timing (the loop's own work is timed); their ``parse_listing`` is put back."""
    looked: list[str] = []

    class Counting(AB.Parsed):  # type: ignore[misc]  # (AB is a module loaded by path)
        def __getitem__(self, text: str) -> object:
            looked.append(text)
            return super().__getitem__(text)

    monkeypatch.setattr(AB, "Parsed", Counting)
    base = AB.load_engine(ROOT)  # the engine main() loads: its parser must be put back too
    monkeypatch.setattr(AB, "load_engine", lambda _path: base)
    before = (engine.parse_listing, base.parse_listing)
    AB.main(["--base", str(ROOT), *SMALL, "--parsed"])
    out = capsys.readouterr().out
    assert "look the lines' answers up, parsed before timing (--parsed)" in out
    assert out.count("paired new/base") == 2
    assert len(looked) >= 4 * 300  # two engines, streamed and kept, each line of the pile
    assert (engine.parse_listing, base.parse_listing) == before
