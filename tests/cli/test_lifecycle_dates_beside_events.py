"""Sweep hostile17: a notice date before the rule book's coverage is named where it was given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lifecycle-counter-notice.json"
EVENTS = ["--events", "ipr_verified,takedown", "--on", "2024-02-28,2024-02-29"]
# the verification undated: a notice before a dated one is refused as impossible first (R7)
UNVERIFIED = ["--events", "ipr_verified,takedown", "--on", ",2024-02-29"]


def _unverified() -> dict[str, object]:
    """The example without a submission date or a verification date (rules34)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    del data["ipr_submitted"], data["events"][0]["on"]
    return dict(data)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("day", ["1900-01-01", "2015-01-05"])
def test_the_notice_received_option_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, day: str
) -> None:
    """``--notice-received 1900-01-01`` was 'ipprules: error: 1900-01-01 is before the rule
    book's coverage (from 2015-01-06)': neither the option nor the file was named."""
    message = f"{day} is before the rule book's coverage (from 2015-01-06)\n"
    path = tmp_path / "events.json"
    path.write_text(json.dumps(_unverified()), encoding="utf-8")
    for source in (UNVERIFIED, [str(path)]):
        argv = ["lifecycle", *source, "--platform", "alibaba_com", "--notice-received", day]
        assert _run(argv, capsys) == (2, f"ipprules: error: --notice-received: $: {message}")


def test_the_notice_received_key_is_located_in_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _unverified()
    data.update(platform="alibaba_com", notice_received="1999-01-01")
    path = tmp_path / "events.json"
    text = json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if '"notice_received"' in t)
    code, err = _run(["lifecycle", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"ipprules: error: {path}:{line}:")
    assert err.endswith(
        "$.notice_received: 1999-01-01 is before the rule book's coverage (from 2015-01-06)\n"
    )


def test_a_notice_in_the_coverage_replays(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["lifecycle", *EVENTS, "--platform", "alibaba_com", "--notice-received", "2024-02-29"]
    assert _run(argv, capsys)[0] in (0, 1)
