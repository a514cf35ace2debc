"""Command output fitted to an 80-column terminal; unchanged when piped."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.cli._common import table
from ipprules.cli._term import WIDTH_ENV, display_width, fit_text

ROOT = Path(__file__).resolve().parents[2]
EX = ROOT / "examples"

COMMANDS = [
    ["check", str(EX / "plan.toml"), "--as-of", "2026-11-23"],
    ["rules"],
    ["rules", "platforms", "--as-of", "2026-11-23"],
    ["rules", "reasons", "--as-of", "2026-11-23"],
    ["rules", "documents", "--as-of", "2026-11-23"],
    ["rules", "deadlines", "--as-of", "2026-11-23"],
    ["rules", "sources"],
    ["good-faith", str(EX / "history.csv"), "--as-of", "2023-03-31"],
    ["good-faith", str(EX / "history.csv"), "--timeline", "2022-09-01", "2023-08-31"],
    [
        "good-faith",
        str(EX / "history.csv"),
        "--as-of",
        "2022-12-31",
        "--what-if",
        str(EX / "what-if.toml"),
    ],
    ["plan", str(EX / "planner-urls.csv"), "--account", str(EX / "planner-account.toml")],
    ["listings", str(EX / "planner-urls.csv")],
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    assert code in (0, 1), capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.no_cover
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]).replace(str(EX) + "/", ""))
def test_no_line_over_80_columns(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(WIDTH_ENV, raising=False)
    piped = _run(argv, capsys)
    monkeypatch.setenv(WIDTH_ENV, "80")
    fitted = _run(argv, capsys)
    assert max(display_width(line) for line in fitted.splitlines()) <= 80
    # nothing is lost: the same characters, laid out differently (table rules are redrawn)
    assert Counter("".join(fitted.split()).replace("-", "")) == Counter(
        "".join(piped.split()).replace("-", "")
    )


def test_json_is_never_fitted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["check", str(EX / "plan.toml"), "--as-of", "2026-11-23", "--format", "json"]
    monkeypatch.delenv(WIDTH_ENV, raising=False)
    piped = _run(argv, capsys)
    monkeypatch.setenv(WIDTH_ENV, "40")
    assert _run(argv, capsys) == piped


def test_check_on_a_real_80_column_terminal() -> None:
    env = {k: v for k, v in os.environ.items() if k != WIDTH_ENV}
    env["COLUMNS"] = "80"
    argv = [
        sys.executable,
        "-m",
        "ipprules",
        "check",
        str(EX / "plan.toml"),
        "--as-of",
        "2026-11-23",
    ]
    leader, follower = pty.openpty()
    try:
        subprocess.run(
            argv, stdout=follower, stderr=subprocess.DEVNULL, env=env, timeout=120, check=False
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    lines = b"".join(chunks).decode().replace("\r\n", "\n").splitlines()
    assert len(lines) > 10
    assert max(display_width(line) for line in lines) <= 80
    piped = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert max(display_width(line) for line in piped.stdout.splitlines()) > 80  # full width


cells = st.text(alphabet=st.sampled_from("abcdef xyz_-./淘宝"), min_size=0, max_size=40)


@given(
    st.lists(cells, min_size=2, max_size=6).flatmap(
        lambda header: st.tuples(
            st.just(header),
            st.lists(st.lists(cells, min_size=len(header), max_size=len(header)), max_size=6),
        )
    ),
    st.integers(min_value=40, max_value=120),
)
def test_fitted_tables_fit_and_keep_every_character(
    data: tuple[list[str], list[list[str]]], limit: int
) -> None:
    header, rows = data
    header = [h.strip() or "h" for h in header]
    text = table(header, rows)
    fitted = fit_text(text, limit)
    if len(header) * 10 + 2 * (len(header) - 1) <= limit:  # room for every column
        assert all(display_width(line) <= limit for line in fitted.splitlines())
    assert Counter("".join(fitted.split()).replace("-", "")) == Counter(
        "".join(text.split()).replace("-", "")
    )


@given(
    st.lists(
        st.tuples(
            st.text(alphabet="ab淘宝天猫ＡＢ", max_size=6),
            st.text(alphabet="xy商标", min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_table_columns_align_by_display_width(rows: list[tuple[str, str]]) -> None:
    """Wide CJK cells pad by terminal columns, so the second column starts at one column."""
    lines = table(["name", "kind"], rows).splitlines()
    header_start = lines[0].index("kind")
    for line, (_, cell) in zip(lines[2:], rows, strict=True):
        assert display_width(line[: line.rindex(cell)]) == header_start
