"""An account not registered with IPP: every line the portal would take is refused, and the
reason says what to do (register, or file on the stand-alone form), as the finding's fix does;
planned on the stand-alone form, the same lines are planned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"


def _unregistered(tmp_path: Path) -> Path:
    text = (EXAMPLES / "planner-account.toml").read_text(encoding="utf-8")
    assert "\ncomplaints_filed = 20\n" in text
    path = tmp_path / "unregistered.toml"
    path.write_text(
        text.replace("\ncomplaints_filed = 20\n", "\ncomplaints_filed = 20\nregistered = false\n"),
        encoding="utf-8",
    )
    return path


def test_the_refusal_names_the_stand_alone_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = str(_unregistered(tmp_path))
    urls = str(EXAMPLES / "planner-urls.csv")
    code = main(["plan", urls, "--account", account, "--as-of", "2026-11-23", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    refused = [line for line in out["lines"] if line.get("code") == "check:channel-needs-account"]
    assert code != 2 and refused
    assert all("standalone_form" in line["message"] for line in refused)
    assert main(
        [
            "plan",
            urls,
            "--account",
            account,
            "--as-of",
            "2026-11-23",
            "--format",
            "json",
            "--channel",
            "standalone_form",
        ]
    ) in (0, 1)
    again = json.loads(capsys.readouterr().out)
    assert not [x for x in again["lines"] if x.get("code") == "check:channel-needs-account"]
