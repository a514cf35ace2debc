"""left7: what the last sweeps left (the advisor's target words, a Chinese label before a
scheme-less link, masked ids in a path)."""

from __future__ import annotations

import pytest

import ipprules
from ipprules.cli import main
from ipprules.rulebook.model import Target

DAY = "2026-11-23"


@pytest.mark.parametrize(
    ("word", "target"),
    [
        ("Store front", Target.STOREFRONT),
        ("store-front", Target.STOREFRONT),
        ("Product listing", Target.LISTING),
        ("Listing", Target.LISTING),
    ],
)
def test_advise_reads_the_ipp_forms_target_words_as_the_planner_does(
    word: str, target: Target
) -> None:
    from ipprules.planner.inputs import target_named

    advice = ipprules.advise("trademark", "taobao", target=word, as_of=DAY)
    assert advice.target is target is target_named(word)


def test_advise_still_refuses_an_unknown_target() -> None:
    with pytest.raises(ipprules.errors.UnknownNameError, match="unknown target 'shop'"):
        ipprules.advise("trademark", "taobao", target="shop", as_of=DAY)


def test_the_advise_command_takes_store_front(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["advise", "--ipr-type", "trademark", "--platform", "taobao"]
    argv += ["--target", "Store front", "--fact", "store_name", "--as-of", DAY]
    assert main([*argv, "--format", "json"]) == 0
    assert '"target": "storefront"' in capsys.readouterr().out

