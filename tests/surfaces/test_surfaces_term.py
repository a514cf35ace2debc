"""Terminal helpers: width detection, wrap/truncate, progress only on a terminal."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.cli import _term

words = st.text(alphabet=st.sampled_from("abcxyz-淘宝/.é"), min_size=1, max_size=30)
lines = st.builds(
    lambda indent, ws: " " * indent + " ".join(ws),
    st.integers(min_value=0, max_value=8),
    st.lists(words, min_size=1, max_size=25),
)
texts = st.lists(lines, min_size=1, max_size=6).map("\n".join)
limits = st.integers(min_value=_term.MIN_WIDTH, max_value=120)


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@given(texts, limits)
def test_wrapped_lines_fit_and_keep_every_word(text: str, limit: int) -> None:
    fitted = _term.fit(text, limit)
    assert all(_term.display_width(line) <= limit for line in fitted.split("\n"))
    # nothing is lost: the words (joined, since long ones may be split) are all there
    assert "".join(fitted.split()) == "".join(text.split())


@given(texts, limits)
def test_truncated_lines_fit_and_keep_their_line_count(text: str, limit: int) -> None:
    fitted = _term.fit(text, limit, mode="truncate")
    out = fitted.split("\n")
    assert len(out) == len(text.split("\n"))
    for before, after in zip(text.split("\n"), out, strict=True):
        assert _term.display_width(after) <= limit
        if _term.display_width(before) <= limit:
            assert after == before
        else:
            assert after.endswith("…")
            assert before.startswith(after[:-1])


@given(texts)
def test_no_limit_leaves_text_alone(text: str) -> None:
    assert _term.fit(text, None) == text
    assert _term.fit(text, None, mode="truncate") == text


def test_width_is_none_when_piped_and_the_terminal_width_on_a_tty(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(_term.WIDTH_ENV, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    assert _term.width(io.StringIO()) is None
    assert _term.width(_TTY()) == 80


@pytest.mark.parametrize(
    ("forced", "expected"), [("100", 100), ("0", None), ("5", _term.MIN_WIDTH), ("junk", None)]
)
def test_forced_width(monkeypatch: pytest.MonkeyPatch, forced: str, expected: int | None) -> None:
    monkeypatch.setenv(_term.WIDTH_ENV, forced)
    assert _term.width(io.StringIO()) == expected


def test_echo_fits_to_the_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_term.WIDTH_ENV, raising=False)
    monkeypatch.setenv("COLUMNS", "30")
    text = "word " * 20
    tty, pipe = _TTY(), io.StringIO()
    _term.echo(text, file=tty)
    _term.echo(text, file=pipe)
    assert max(len(line) for line in tty.getvalue().splitlines()) <= 30
    assert pipe.getvalue() == text + "\n"


def test_bad_mode_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _term.fit("x" * 50, 20, mode="squash")  # type: ignore[arg-type]


def test_progress_is_a_no_op_off_a_terminal() -> None:
    items = iter(range(5))
    assert _term.progress(items, file=io.StringIO()) is items


def _slow(n: int) -> Iterator[int]:
    yield from range(n)


def test_plain_progress_shows_a_counter_after_the_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # the plain fallback
    stream = _TTY()
    assert list(
        _term.progress(_slow(5000), file=stream, desc="planning", unit="line", delay=0.0)
    ) == list(range(5000))
    shown = stream.getvalue()
    assert "planning: 5,000 lines" in shown
    assert shown.endswith("\n")


def test_plain_progress_stays_silent_on_short_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    stream = _TTY()
    assert sum(_term.progress(_slow(5000), file=stream, delay=60.0)) == sum(range(5000))
    assert stream.getvalue() == ""


def test_tqdm_progress_when_installed() -> None:
    pytest.importorskip("tqdm")
    stream = _TTY()
    assert list(_term.progress(_slow(3000), file=stream, desc="planning", delay=0.0)) == list(
        range(3000)
    )
    assert "planning" in stream.getvalue()


def test_a_real_pseudo_terminal_80_columns_wide() -> None:
    """A child process whose stdout is a pty of 80 columns wraps; piped, it does not."""
    code = "from ipprules.cli._term import echo; echo('x ' * 100)"
    env = {k: v for k, v in os.environ.items() if k != _term.WIDTH_ENV}
    env["COLUMNS"] = "80"
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], stdout=follower, env=env, check=True, timeout=60
        )
        assert proc.returncode == 0
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode().replace("\r\n", "\n").splitlines()
    assert len(shown) == 3
    assert max(len(line) for line in shown) <= 80
    piped = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert piped.stdout == "x " * 100 + "\n"


def test_plain_progress_shows_slow_runs_of_few_items(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    stream = _TTY()
    assert list(_term.progress(iter(range(3)), file=stream, unit="step", delay=0.0)) == [0, 1, 2]
    assert "3 steps" in stream.getvalue()
