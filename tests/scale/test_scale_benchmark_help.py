"""``python benchmarks/scale.py --help`` tells a new user what the script and each option do.

Before, the description was the docstring's first line, cut mid-sentence ("..., against
one"), and ten of its options had no help at all.
"""

from __future__ import annotations

import pytest

from _scripts import load


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    scale = load("benchmarks/scale.py")
    with pytest.raises(SystemExit) as stop:
        scale.main(["--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_the_description_is_a_whole_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    description = " ".join(text.split("\n\n")[1].split())
    assert description.endswith("."), description
    assert "against one process" in description


def test_every_option_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    scale = load("benchmarks/scale.py")
    parser_options: list[str] = []
    text = _help(capsys)
    options = text.split("options:", 1)[1]
    # an option's help is on its own line or on the next; an option with none has neither
    lines = options.splitlines()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("--"):
            continue
        parser_options.append(stripped.split()[0])
        words = stripped.split()
        has_inline = len(words) > 2 or (len(words) == 2 and not words[1].isupper())
        following = lines[i + 1] if i + 1 < len(lines) else ""
        has_next = following.startswith(" " * 10) and not following.strip().startswith("-")
        assert has_inline or has_next, f"{stripped}: no help"
    assert "--partition-rows" in parser_options and "--skip-memory" in parser_options
    assert scale.__doc__
