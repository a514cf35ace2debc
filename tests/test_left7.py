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


LINK = "item.taobao.com/item.htm?id=1234567890"


@pytest.mark.parametrize(
    "text",
    [
        f"链接：{LINK}",
        f"x链接：{LINK}",
        f"PC端链接：{LINK} 打开",
        f"x=链接：{LINK}",
        f"a=1&u=链接：{LINK}",
    ],
)
def test_a_scheme_less_link_after_a_word_and_a_chinese_label_is_found(text: str) -> None:
    from ipprules.listings import extract_urls, parse_listing

    assert extract_urls(text) == [LINK]
    assert parse_listing(text).id == "1234567890"


@pytest.mark.parametrize(
    "text",
    [
        f"x：{LINK}",  # no label: an ASCII word and a colon alone
        f"evil.cn链接：{LINK}",  # a host's dot before the label: no word
        f"x链接//{LINK}",  # glued to a protocol-relative link: as before
    ],
)
def test_no_other_text_before_a_label_opens_a_link(text: str) -> None:
    from ipprules.listings import extract_urls

    assert extract_urls(text) == []

