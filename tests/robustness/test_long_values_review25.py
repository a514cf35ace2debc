"""review25: hostile inputs for bounded_text, and the command line's own errors (argparse's,
a file name too long to open) quoting a user's huge value: cut like every error's message."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import MESSAGE_LIMIT, InputError, bounded_text

#: An argument as long as Linux passes one (MAX_ARG_STRLEN, 128 KB).
BIG = "Z" * 131_000

CUT = re.compile(r"(?s)(.*)\.\.\. \[([0-9,]+) characters left out\] \.\.\.(.*)")


def _parts(shown: str) -> tuple[str, int, str]:
    found = CUT.fullmatch(shown)
    assert found is not None, shown
    return found[1], int(found[2].replace(",", "")), found[3]


@pytest.mark.parametrize("limit", [0, 1, 9, 39, -5])
def test_a_limit_too_small_to_cut_is_refused_not_the_whole_text_kept(limit: int) -> None:
    # a limit under 10 took its tail as text[-0:], the whole text: 50,041 characters of 50,000
    with pytest.raises(InputError, match="at least 40"):
        bounded_text("x" * 50_000, limit)


@pytest.mark.parametrize(("text", "limit"), [(None, 2000), (b"x" * 3000, 2000), ("x", True)])
def test_bounded_text_of_another_type_is_a_type_error(text: object, limit: object) -> None:
    with pytest.raises(TypeError):
        bounded_text(text, limit)  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [MESSAGE_LIMIT - 1, MESSAGE_LIMIT, MESSAGE_LIMIT + 1])
def test_the_limit_is_kept_whole_and_one_more_is_cut_shorter(size: int) -> None:
    text = "".join(chr(0x61 + i % 26) for i in range(size))
    shown = bounded_text(text)
    if size <= MESSAGE_LIMIT:
        assert shown == text
    else:
        head, left_out, tail = _parts(shown)
        assert len(shown) < MESSAGE_LIMIT
        assert head + text[len(head) : len(head) + left_out] + tail == text


@pytest.mark.parametrize(
    "unit",
    [
        "e\u0301",  # e and a combining acute accent
        "\u0915\u094d\u0937\u093f",  # a Devanagari cluster (virama, vowel sign)
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family emoji joined by ZWJs
        chr(0xD83D) + chr(0xDE00),  # a surrogate pair left as two code points
        "a\u20dd\u0338",  # an enclosing mark and an overlay
    ],
)
@pytest.mark.parametrize("offset", range(5))
def test_a_cut_never_parts_a_letter_from_its_marks(unit: str, offset: int) -> None:
    text = "q" * offset + unit * (3 * MESSAGE_LIMIT // len(unit))
    head, left_out, tail = _parts(bounded_text(text))
    assert head + text[len(head) : len(head) + left_out] + tail == text
    # whole units on both sides (after the offset's letters)
    assert (len(head) - offset) % len(unit) == 0 or len(head) < offset
    assert len(tail) % len(unit) == 0
    assert unicodedata.category(tail[0])[0] != "M"


@given(st.text(max_size=400), st.integers(min_value=40, max_value=200))
def test_a_cut_is_whole_and_says_how_much_it_left_out(text: str, limit: int) -> None:
    shown = bounded_text(text, limit)
    if len(text) <= limit:
        assert shown == text
        return
    head, left_out, tail = _parts(shown)
    assert text.startswith(head) and text.endswith(tail)
    assert len(head) + left_out + len(tail) == len(text)
    assert len(head) <= limit * 3 // 5 and len(tail) <= limit // 10
    assert len(shown) < limit + 40


@pytest.mark.parametrize(
    "argv",
    [
        ["rules", BIG],  # argparse: invalid choice
        ["explain", "--format", BIG],  # argparse: invalid choice of an option
        ["check", "--" + BIG],  # argparse: unrecognized arguments
        ["check", "p.toml", BIG, BIG],  # unrecognized arguments, twice
        ["check", BIG],  # a file name too long to open
    ],
    ids=["choice", "option-choice", "unknown-option", "extra-arguments", "file-name"],
)
def test_the_command_lines_own_errors_quote_a_huge_value_cut(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.toml").write_text('as_of = "2024-01-01"\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main(argv))
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("ipprules") and err.count("\n") == 1
    assert "characters left out" in err
    assert len(err) < 2 * MESSAGE_LIMIT
    if argv == ["check", BIG]:
        assert ": cannot read the file: File name too long" in err
