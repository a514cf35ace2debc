"""The UTF-16 hint on a NUL byte is not given to files that are not UTF-16 (review23).

hostile19 said "the file looks like UTF-16" when every other byte of the file's head was
NUL. A file of NUL bytes only (a file zeroed by a crash), UTF-32 text and a binary header
followed by zeros met that test too: they keep the general message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules._files import iter_lines, nul_message
from ipprules.errors import InputError

UTF16 = "looks like UTF-16"
TEXT = "url,reason\nhttps://item.taobao.com/item.htm?id=606832683299,counterfeit\n"


@pytest.mark.parametrize(
    "head",
    [
        b"\0" * 4096,
        b"\0" * 4,
        TEXT.encode("utf-32-le"),
        TEXT.encode("utf-32-be"),
        b"SQLite format 3\0" + b"\0" * 400,
    ],
    ids=["zeros", "four-zeros", "utf-32-le", "utf-32-be", "binary-then-zeros"],
)
def test_no_utf16_hint_for_what_is_not_utf16(head: bytes) -> None:
    assert UTF16 not in nul_message(head)
    assert nul_message(head) == "NUL byte in text (is the file UTF-16 or binary?)"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_keeps_its_hint(codec: str) -> None:
    assert UTF16 in nul_message(TEXT.encode(codec))
    assert UTF16 in nul_message("链接,原因\n淘宝,假货\n".encode(codec))


def test_a_zeroed_file_is_not_said_to_be_utf16(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(b"\0" * 10_000)
    with pytest.raises(InputError) as caught:
        list(iter_lines(str(path)))
    assert UTF16 not in str(caught.value)
    assert "NUL byte in text" in str(caught.value)
