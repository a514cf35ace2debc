"""Sweep hostile21: the command line against hostile files and arguments.

Each test runs the CLI in-process (``ipprules.cli.main``) or, where a hang or the memory
matters, as a subprocess under a time and memory bound. Every refusal is exit code 2 and one
error line naming the file (and its line), never the last-resort "unexpected failure" line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2024-01-02"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    _, err = capsys.readouterr()
    return code, err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _refused(code: int, err: str, name: str, line: int | None = None) -> None:
    """Exit code 2, no traceback, no last-resort line, and the file (and line) named."""
    assert code == 2, err
    assert "Traceback" not in err and "unexpected failure" not in err, err
    assert "input nested too deeply (RecursionError" not in err, err
    where = f"{name}:{line}:" if line is not None else f"{name}"
    assert err.startswith(f"ipprules: error: {where}"), err


# ---------------------------------------------------------------- a deep object on a first line

_ACCOUNT = str(EXAMPLES / "planner-account.toml")
_PLAN = ["--account", _ACCOUNT, "--as-of", AS_OF]

#: The places a list of URLs (or a history on stdin) is told from JSON Lines by its first
#: line: ``FILE`` is the hostile file (or ``-``, standard input).
_SNIFFED = {
    "listings FILE": ["listings", "FILE"],
    "listings -": ["listings", "-"],
    "plan INPUT": ["plan", "FILE", *_PLAN],
    "plan --open": ["plan", str(EXAMPLES / "planner-urls.csv"), *_PLAN, "--open", "FILE"],
    "plan --history -": ["plan", str(EXAMPLES / "planner-urls.csv"), *_PLAN, "--history", "-"],
    "good-faith -": ["good-faith", "-", "--as-of", AS_OF],
    "good-faith --what-if -": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--as-of",
        AS_OF,
        "--what-if",
        "-",
    ],
}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(depth=st.integers(1, 4000), array=st.booleans())
@example(depth=10_000, array=False)
@example(depth=10_000, array=True)
@pytest.mark.parametrize("where", sorted(_SNIFFED))
def test_a_deep_object_on_the_first_line_is_refused_naming_the_file(
    where: str,
    depth: int,
    array: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A first line ``{"a":{"a":...`` 10,000 deep (no ``.jsonl`` in the name) ended in the
    last-resort line, ``input nested too deeply (RecursionError: ...); please report this``,
    naming no file: the sniffing of JSON Lines (``json.loads`` of the first line) caught a
    ValueError only. It is the JSON Lines reader's refusal, naming the file and line 1."""
    inner = "[" * depth + "]" * depth if array else "1"
    nest = 1 if array else depth
    data = (
        '{"a":' * nest + inner + "}" * nest + "\nhttps://item.taobao.com/item.htm?id=1\n"
    ).encode()
    hostile = tmp_path / "urls.txt"
    hostile.write_bytes(data)
    _stdin(monkeypatch, data)
    argv = [str(hostile) if a == "FILE" else a for a in _SNIFFED[where]]
    code, err = _cli(argv, capsys)
    name = "<stdin>" if "-" in _SNIFFED[where] else str(hostile)
    _refused(code, err, name)
