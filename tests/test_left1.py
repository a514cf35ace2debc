"""left1: four wrong answers.

1. A lifecycle file with an unknown key (or an event missing its reason) and an unknown
   platform said only the key (or the reason): every independent error is said, in file order.
"""

from __future__ import annotations

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
