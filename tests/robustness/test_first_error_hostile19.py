"""One file with several problems: the first in the file is the one said, by one machine and
the Dask readers alike. A NUL byte on line 3 and a bad byte on line 5 named line 5 (the UTF-8
check ran over the whole block before the NUL check); a bad byte or a NUL before a line too
long in the same block named the long line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ipprules._files import decode_text, iter_lines
from ipprules.cli import main
from ipprules.errors import InputError

URL = b"https://item.taobao.com/item.htm?id=606832683299\n"
LONG = b"https://item.taobao.com/item.htm?id=1&x=" + b"a" * 200 + b"\n"
BAD = b"bad\xff\n"
NUL = b"x\x00y\n"


def _first(data: bytes, tmp_path: Path, **options: Any) -> str:
    path = tmp_path / "urls.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(iter_lines(str(path), **options))
    return str(caught.value).removeprefix(str(path))


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (URL * 2 + NUL + URL + BAD, ":3:2: $: NUL byte in text"),
        (URL * 2 + BAD + URL + NUL, ":3:4: $: not UTF-8 text (byte 0xff)"),
        (URL + BAD + URL + LONG, ":2:4: $: not UTF-8 text (byte 0xff)"),
        (URL + NUL + URL + LONG, ":2:2: $: NUL byte in text"),
        (URL + LONG + URL + BAD, ":2: $: line longer than 100 bytes"),
        (URL + LONG + NUL, ":2: $: line longer than 100 bytes"),
        # on one line: a bad byte in its first max_line bytes (inputs24: a binary file without
        # line ends is not a long line), else its length
        (b"x" + b"\xff" * 200 + b"\n", ":1:2: $: not UTF-8 text (byte 0xff)"),
        (b"x" * 100 + b"\xff" * 200 + b"\n", ":1: $: line longer than 100 bytes"),
    ],
)
def test_the_first_problem_of_a_block_is_said(data: bytes, said: str, tmp_path: Path) -> None:
    assert _first(data, tmp_path, max_line=100).startswith(said)


def test_a_whole_document_says_a_nul_before_a_bad_byte() -> None:
    with pytest.raises(InputError, match=r"^plan\.toml:2:4: \$: NUL byte in text"):
        decode_text(b'a = 1\nb="\x00"\nc = "\xff"\n', "plan.toml")
    with pytest.raises(InputError, match=r"^plan\.toml:2:4: \$: not UTF-8 text"):
        decode_text(b'a = 1\nb="\xff"\nc = "\x00"\n', "plan.toml")


def _one_and_dask(data: bytes, tmp_path: Path, capsys: Any) -> tuple[Path, str, str]:
    """``data`` as a file of URLs, and what ``ipprules listings`` says of it (exit code 2) on
    one machine and on Dask (``--workers 1``)."""
    path = tmp_path / "urls.txt"
    path.write_bytes(data)
    assert main(["listings", str(path)]) == 2
    one = capsys.readouterr().err
    assert main(["listings", str(path), "--workers", "1"]) == 2
    return path, one, capsys.readouterr().err


@pytest.mark.parametrize("data", [URL * 2 + NUL + URL + BAD, URL * 2 + BAD + URL + NUL])
def test_one_machine_and_dask_name_the_same_first_problem(
    data: bytes, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    path, one, many = _one_and_dask(data, tmp_path, capsys)
    assert one.startswith(f"ipprules: error: {path}:3:")
    assert many == one


HUGE = b"https://item.taobao.com/item.htm?id=1&x=" + b"a" * (1 << 20) + b"\n"  # over 1 MiB


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (URL + BAD + URL + HUGE, ":2:4: $: not UTF-8 text"),
        (URL + NUL + URL + HUGE, ":2:2: $: NUL byte in text"),
        (b"\xef\xbb\xbf" + URL + BAD + HUGE, ":2:4: $: not UTF-8 text"),
        (b"\xef\xbb\xbf" + URL + URL + HUGE + BAD, ":3: $: line longer than 1 MiB"),
        (URL + HUGE + NUL, ":2: $: line longer than 1 MiB"),
    ],
)
def test_a_problem_before_a_line_too_long_is_said_first_on_dask_too(
    data: bytes, said: str, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """The Dask text reader refused the line too long before it decoded the block, so a bad
    byte or a NUL on an earlier line was passed over there (one machine said it)."""
    path, one, many = _one_and_dask(data, tmp_path, capsys)
    assert one.startswith(f"ipprules: error: {path}{said}")
    assert many == one
