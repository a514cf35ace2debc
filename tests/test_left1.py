"""left1: four wrong answers.

1. A lifecycle file with an unknown key (or an event missing its reason) and an unknown
   platform said only the key (or the reason): every independent error is said, in file order.
2. A Good Faith criterion that two readings both fail (or both pass) was said to differ
   under the other where it needed another number of successes there.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ipprules.cli import main

_EVENTS = Path("examples/lifecycle-counter-notice.json")


def _lifecycle_err(tmp_path: Path, capsys: Any, change: Any, *options: str) -> tuple[int, str]:
    data = json.loads(_EVENTS.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "events.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    code = main(["lifecycle", str(path), *options])
    return code, capsys.readouterr().err


def test_an_unknown_key_does_not_hide_an_unknown_platform(tmp_path: Path, capsys: Any) -> None:
    def change(data: dict[str, Any]) -> None:
        data["platform"] = "nosuch"
        data["platfrm_x"] = 1

    code, err = _lifecycle_err(tmp_path, capsys, change)
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert lines[0].endswith(
        "events.json:2:14: $.platform: unknown platform (as of 2022-01-25) 'nosuch'; known: "
        "1688, alibaba_com, aliexpress, lazada_id, lazada_my, lazada_ph, lazada_sg, lazada_th, "
        "lazada_vn, taobao, tmall, tmall_global"
    )
    assert lines[1].endswith("$: unknown key 'platfrm_x' (did you mean 'platform'?)")
    # --platform overrides the file's: only the key is said
    code, err = _lifecycle_err(tmp_path, capsys, change, "--platform", "taobao")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "platfrm_x" in err


def test_a_missing_reason_does_not_hide_an_unknown_platform(tmp_path: Path, capsys: Any) -> None:
    def change(data: dict[str, Any]) -> None:
        data["platform"] = "nosuch"
        del data["events"][3]["reason"]

    code, err = _lifecycle_err(tmp_path, capsys, change)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert "$.platform: unknown platform (as of 2022-01-25) 'nosuch'" in lines[0]
    assert lines[1].endswith(
        "$.events[3].reason: event 'filer_rejects_counter_notice' needs a reason"
    )


# --- 2. Good Faith: a criterion differs under another reading only where its verdict does ---


def _complaints(n: int) -> list[Any]:
    from ipprules.goodfaith import AccountEvent, Complaint, EventKind

    day = dt.date(2023, 1, 2)
    made: list[Any] = [AccountEvent(date=day, kind=EventKind.DECLARATION)]
    made += [
        Complaint(filed=day, platform="tmall", reason_code="tm_counterfeit", listings=1,
                  taken_down=1)
        for _ in range(n)
    ]  # fmt: skip
    return made


def test_volume_failed_under_both_readings_does_not_differ(capsys: Any, tmp_path: Path) -> None:
    """58 complaints: "more than 100" (brief) and "at least 100" (brief-at-least-100) both
    fail the volume floor; it said [differs under: official, brief-at-least-100] (one needs a
    complaint more). The official wording has no floor in 2023: that one differs."""
    from ipprules.goodfaith import History, standing

    history = History.from_records(_complaints(58))
    s = standing(history, dt.date(2023, 3, 31))
    other = standing(history, dt.date(2023, 3, 31), interpretation="brief-at-least-100")
    volume, theirs = s.criterion("volume"), other.criterion("volume")
    assert not volume.met and not theirs.met and volume.needed != theirs.needed
    assert volume.other_readings == ("official",)
    assert other.criterion("volume").other_readings == ("official",)
    # 100 complaints: fails "more than 100", passes "at least 100": that differs
    at_100 = standing(History.from_records(_complaints(100)), dt.date(2023, 3, 31))
    assert at_100.criterion("volume").other_readings == ("official", "brief-at-least-100")
    # the command's text and JSON say the same
    path = tmp_path / "h.csv"
    rows = [f"complaint,2023-01-02,C{i},tmall,tm_counterfeit,1,1" for i in range(58)]
    lines = ["type,date,id,platform,reason_code,listings,taken_down", "declaration,2023-01-02,,,,,"]
    path.write_text("\n".join([*lines, *rows]) + "\n", encoding="utf-8")
    argv = ["good-faith", str(path), "--as-of", "2023-03-31"]
    assert main(argv) == 1
    (line,) = [t for t in capsys.readouterr().out.splitlines() if " volume " in t]
    assert line.endswith("58 > 100 [differs under: official]"), line
    assert main([*argv, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    said = {c["name"]: c["other_readings"] for c in data["criteria"]}
    assert said["volume"] == ["official"] and said["takedown_rate"] == []
