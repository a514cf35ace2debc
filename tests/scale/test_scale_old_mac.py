"""A text file of old Mac line ends (CR only) is refused by the Dask path as on one machine
(hostile12 left it: read in blocks split at line ends, it was one line, its first URL parsed
and the others lost without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError

pytest.importorskip("dask.dataframe")

from ipprules.scale import parse_urls

URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=690091011924",
]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    blank=st.integers(0, 3),
    suffix=st.sampled_from([".txt", ".jsonl", ""]),
    end=st.sampled_from(["\r", ""]),
)
def test_a_cr_only_text_file_is_refused_at_its_first_line(
    tmp_path: Path, blank: int, suffix: str, end: str
) -> None:
    path = tmp_path / f"mac{suffix}"
    lines = URLS if suffix != ".jsonl" else [f'{{"url": "{u}"}}' for u in URLS]
    path.write_bytes(("\n" * blank + "\r".join(lines) + end).encode())
    with pytest.raises(InputError, match="old Mac line endings") as raised:
        parse_urls(str(path))
    assert raised.value.problems[0].line == blank + 1


def test_crlf_and_lf_files_are_read(tmp_path: Path) -> None:
    for name, end in (("crlf.txt", "\r\n"), ("lf.txt", "\n")):
        path = tmp_path / name
        path.write_bytes(end.join(URLS).encode() + end.encode())
        frame = parse_urls(str(path)).compute(scheduler="synchronous")
        assert list(frame["id"]) == ["606832683299", "690091011924"]


def test_the_command_exits_2_before_a_cluster_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes("\r".join(URLS).encode())
    assert main(["listings", str(path), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "mac.txt:1:" in err and "old Mac line endings" in err
    assert "Dask dashboard" not in err
