"""Sweep realfiles7: what realfiles6 left, and the Good Faith timeline table.

A ``--timeline`` row printed a rate to 2 decimals without its threshold beside it: 899,999
of 1,000,000 listings taken down read ``90.00%`` on a day that does not qualify.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

HEADER = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note"
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def _history(tmp_path: Path, first_taken: int) -> Path:
    """Ten complaints of 100,000 listings: 9 x 90,000 taken down and one of ``first_taken``."""
    rows = [HEADER, "declaration,2022-09-01,,,,,,,,,,,"]
    rows.append(
        f"complaint,2022-09-05,C0,taobao,tm_misuse,100000,{first_taken},"
        f"{100000 - first_taken},0,0,0,0,"
    )
    rows += [
        f"complaint,2022-09-05,C{i},taobao,tm_misuse,100000,90000,10000,0,0,0,0,"
        for i in range(1, 10)
    ]
    path = tmp_path / "h.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("first_taken", "shown"), [(89_999, "89.9999%"), (90_001, "90.0001%")])
def test_timeline_rate_next_to_threshold_is_not_the_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first_taken: int, shown: str
) -> None:
    path = _history(tmp_path, first_taken)
    code, out, err = _run(
        ["good-faith", str(path), "--timeline", "2022-09-04", "2022-09-06"], capsys
    )
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("2022-09-06"))
    assert shown in row.split(), row
    assert "90.00%" not in row


def test_timeline_rate_at_threshold_keeps_two_decimals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        ["good-faith", str(_history(tmp_path, 90_000)), "--timeline", "2022-09-06", "2022-09-06"],
        capsys,
    )
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("2022-09-06"))
    assert "90.00%" in row.split(), row


STDIN_COMMANDS = [
    ["listings", "-"],
    ["good-faith", "-"],
    ["good-faith", "examples/history.csv", "--what-if", "-"],
    ["plan", "-", "--account", "examples/plan.toml"],
    ["penalties", "-", "--platform", "taobao"],
    ["check", "-"],
]


@pytest.mark.parametrize("argv", STDIN_COMMANDS, ids=lambda argv: " ".join(argv))
@pytest.mark.parametrize(
    ("packed", "pipe"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(range(128, 160)), "gunzip -c FILE.gz |"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), "unzip -p FILE.zip |"),
    ],
    ids=["gzip", "zip"],
)
def test_packed_stdin_is_not_told_to_rename_itself(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    packed: bytes,
    pipe: str,
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed)))
    code, _, err = _run(argv, capsys)
    assert code == 2, err
    assert err.startswith("ipprules: error: <stdin>:1:"), err
    assert "name it *" not in err
    assert (
        f"on standard input, which is not read decompressed: decompress it on its way in ({pipe}"
        in err
    )
