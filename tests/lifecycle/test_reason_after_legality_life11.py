"""An event that needs a reason (reject, R59; filer_rejects_counter_notice, B20) but is not
allowed where it comes is refused as not allowed, before its reason is asked for, from
--events and from a file, with the replay's own words; a legal one still asks for its reason
(life11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

CASES = [
    # (events, the index refused, what the refusal says)
    (["ipr_verified", "takedown", "reject"], 2, "'reject' is not allowed in state 'taken_down'"),
    (["ipr_verified", "filer_rejects_counter_notice"], 1,
     "'filer_rejects_counter_notice' is not allowed in state 'under_review'"),
    (["ipr_verified", "withdraw", "reject"], 1, "'withdraw' is not allowed in state 'under_review'"),
    (["ipr_verified", "reject"], 1, "'reject' needs a reason"),
    (["ipr_verified", "takedown", "counter_notice_filed", "filer_rejects_counter_notice"], 3,
     "'filer_rejects_counter_notice' needs a reason"),
]  # fmt: skip


def _dates(n: int) -> list[str]:
    return [f"2024-05-{6 + i:02d}" for i in range(n)]


@pytest.mark.parametrize(("events", "index", "said"), CASES)
def test_events_option(
    capsys: pytest.CaptureFixture[str], events: list[str], index: int, said: str
) -> None:
    argv = ["lifecycle", "--events", ",".join(events), "--on", ",".join(_dates(len(events)))]
    assert main([*argv, "--platform", "taobao"]) == 2
    err = capsys.readouterr().err
    assert f"--events: $[{index}]: event {said}" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("events", "index", "said"), CASES)
def test_events_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, events: list[str], index: int, said: str
) -> None:
    rows = [{"event": e, "on": d} for e, d in zip(events, _dates(len(events)), strict=True)]
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"platform": "taobao", "events": rows}, indent=1), "utf-8")
    assert main(["lifecycle", str(path)]) == 2
    err = capsys.readouterr().err
    where = f"$.events[{index}]" + (".reason" if "needs a reason" in said else "")
    assert f"{where}: event {said}" in err
    assert err.count("\n") == 1


def test_an_illegal_move_with_its_reason_is_said_the_same_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The refusal given before the reason is the replay's own, word for word."""
    base = ["lifecycle", "--on", ",".join(_dates(3)), "--platform", "taobao", "--events"]
    assert main([*base, "ipr_verified,takedown,reject"]) == 2
    without = capsys.readouterr().err
    assert main([*base, "ipr_verified,takedown,reject=no proof"]) == 2
    assert capsys.readouterr().err == without
