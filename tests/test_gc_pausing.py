"""``ipprules.set_gc_pausing``: a service can keep ipprules' bulk runs off the process-wide
cyclic collector switch (overlapping runs in many threads kept it off most of the time)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import ipprules
from ipprules import _gc
from ipprules.checks import read_plan

ROOT = Path(__file__).resolve().parents[1]
URL = "https://item.taobao.com/item.htm?id={}"


@pytest.fixture
def pausing_off() -> Iterator[None]:
    before = ipprules.set_gc_pausing(False)
    try:
        yield
    finally:
        ipprules.set_gc_pausing(before)


def _urls(seen: list[bool], count: int = 3) -> Iterator[str]:
    for i in range(count):
        seen.append(gc.isenabled())
        yield URL.format(520813250866 + i)


def test_bulk_parsing_pauses_the_collector_by_default() -> None:
    assert gc.isenabled()
    seen: list[bool] = []
    assert len(list(ipprules.parse_listings(_urls(seen)))) == 3
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_turned_off_the_runs_leave_the_collector_on(pausing_off: None) -> None:
    seen: list[bool] = []
    assert len(list(ipprules.parse_listings(_urls(seen)))) == 3
    account = read_plan(ROOT / "examples" / "planner-account.toml")
    result = ipprules.plan_listings(_urls(seen), account, as_of="2026-11-23")
    assert len(result.outcomes) == 3
    assert seen == [True] * 6


def test_turned_off_nothing_switches_the_collector(
    pausing_off: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    calls: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    assert parse_column([URL.format(1), "junk"]).num_rows == 2
    account = read_plan(ROOT / "examples" / "planner-account.toml")
    ipprules.plan_listings([URL.format(1)], account, as_of="2026-11-23")
    assert calls == []


def test_a_pause_running_when_turned_off_ends_as_it_began() -> None:
    paused = _gc.pause()
    assert paused and not gc.isenabled()
    before = ipprules.set_gc_pausing(False)
    try:
        assert before is True
        assert _gc.pause() is False  # a run started now leaves the switch alone
        _gc.resume(False)
        assert not gc.isenabled()  # the running pause still holds it
    finally:
        _gc.resume(paused)
        assert ipprules.set_gc_pausing(before) is False
    assert gc.isenabled()


@pytest.mark.parametrize("junk", [1, 0, "no", None])
def test_the_setting_is_a_bool(junk: object) -> None:
    with pytest.raises(TypeError, match=r"enabled must be a bool, got "):
        ipprules.set_gc_pausing(junk)  # type: ignore[arg-type]
    assert _gc.pausing() is True
