"""A command's positionals may come after its options, as they may before: argparse fills every
optional positional (``nargs="?"``) at the first run of positionals, so ``ipprules rules
platform --as-of 2026-11-23 taobao`` left ``taobao`` "unrecognized" (exit 2)."""

from __future__ import annotations

import pytest

from _cli import run_cli
from ipprules.cli import main

_AS_OF = ["--as-of", "2026-11-23"]
# (command words, positionals, options): each read with the positionals after the options
_CALLS = [
    (["rules", "platform"], ["taobao"], _AS_OF),
    (["rules", "sources"], ["S10"], _AS_OF),
    (["rules"], ["platform", "lazada_sg"], [*_AS_OF, "--interpretation", "official"]),
    (["check"], ["examples/plan.toml"], _AS_OF),
    (["schema"], ["plan"], ["--format", "json"]),
    (["explain"], ["authorisation-missing"], ["--format", "json"]),
]


@pytest.mark.no_cover
@pytest.mark.parametrize("split", [0, 1, 2])
@pytest.mark.parametrize("call", _CALLS, ids=lambda call: " ".join(call[0] + call[1]))
def test_positionals_after_options_read_as_before_them(
    call: tuple[list[str], list[str], list[str]], split: int, capsys: pytest.CaptureFixture[str]
) -> None:
    words, positionals, options = call
    before = run_cli([*words, *positionals, *options], capsys)
    cut = min(split * 2, len(options))  # an option's value stays with its option
    after = run_cli([*words, *options[:cut], *positionals, *options[cut:]], capsys)
    mixed = run_cli([*words, *options, *positionals], capsys)
    assert before[0] in (0, 1), before[2]
    assert after == before == mixed


@pytest.mark.parametrize(
    "argv",
    [
        ["rules", "platform", *_AS_OF, "taobao", "more"],
        ["rules", "platform", *_AS_OF, "--no-such-option", "taobao"],
        ["check", *_AS_OF, "examples/plan.toml", "examples/plan.toml"],
    ],
)
def test_a_word_too_many_or_an_unknown_option_is_still_refused(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
