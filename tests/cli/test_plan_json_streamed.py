"""``ipprules plan --format json`` streams its ``lines`` (planjson): the same bytes as the whole
document given to ``json.dumps(..., indent=2)``, in memory that follows the complaints, not the
lines. It kept every line's outcome and then the whole document: about 300 MB per MiB of
one-character junk lines, so a large junk file ended in MemoryError."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.checks import read_plan
from ipprules.cli import _plan_json, main
from ipprules.planner import Settings, plan_listings, read_lines

ACCOUNT = "examples/planner-account.toml"
DAY = "2026-11-23"
LINES = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299",  # the same listing
    "https://item.taobao.com/item.htm?id=606832683111",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "https://www.aliexpress.com/item/1005006123456789.html",
    "junk",
    "x",
    "über \u2028 \"quoted\" \\ 'share' text",
    "https://item.taobao.com/item.htm?id=606832683299 \u00e9",
]


class _Sink:
    """A stdout that keeps a digest and the length of what is written, not the text."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        self.digest.update(text.encode())
        self.size += len(text)
        return len(text)

    def flush(self) -> None:
        pass


def _expected(path: Path, argv: list[str], shown: str) -> str:
    """The document as it was printed: the whole of it to ``json.dumps(..., indent=2)``, its
    ``lines`` those of a run that kept every outcome in input order."""
    kept = plan_listings(
        read_lines(str(path)),
        read_plan(ACCOUNT),
        as_of=DAY,
        settings=Settings(reason="tm_counterfeit", strategy=argv[argv.index("--strategy") + 1]),
    )
    document = json.loads(shown)
    document["lines"] = kept.to_records()
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None, derandomize=True)
@given(
    lines=st.lists(st.sampled_from(LINES), max_size=40),
    strategy=st.sampled_from(["fewest", "protect"]),
)
def test_streamed_json_is_the_whole_document_indented(lines: list[str], strategy: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        argv = ["plan", str(path), "--account", ACCOUNT, "--as-of", DAY, "--reason"]
        argv += ["tm_counterfeit", "--strategy", strategy, "--format", "json"]
        with contextlib.redirect_stdout(io.StringIO()) as out:
            main(argv)
        shown = out.getvalue()
        assert shown == _expected(path, argv, shown)
    assert len(json.loads(shown)["lines"]) == len(lines)


def test_element_is_the_indented_encoders_text() -> None:
    outcome = plan_listings(['\x00 \u2028 "a"\\b', LINES[0]], read_plan(ACCOUNT), as_of=DAY)
    for line in outcome.outcomes:
        indented = json.dumps(line.as_dict(), indent=2, ensure_ascii=False)
        assert _plan_json.element(line) == indented.replace("\n", "\n    ")


def _peak(path: Path) -> int:
    sink = _Sink()
    tracemalloc.start()
    try:
        with contextlib.redirect_stdout(sink):  # type: ignore[type-var]
            main(["plan", str(path), "--account", ACCOUNT, "--as-of", DAY, "--format", "json"])
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.no_cover
def test_junk_lines_are_not_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a small spool: past it the lines go to a temporary file (16 MiB by default)
    monkeypatch.setattr(_plan_json, "SPOOL_MEMORY", 4096)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("x\n" * 2_000, encoding="utf-8")
    large.write_text("x\n" * 16_000, encoding="utf-8")
    _peak(small)  # the modules imported, the book loaded
    # 8 times the lines: it held each line's outcome (and the whole document) till the end
    assert _peak(large) < 2 * _peak(small)
