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


MASKED = [
    "https://www.aliexpress.com/item/1005****123.html",
    "https://detail.1688.com/offer/63540767****.html",
    "https://a.m.taobao.com/i63540767****.htm",
    "https://item.taobao.com/item.htm?id=6354****0767",  # the query's reading, as before
]


def test_a_masked_id_in_a_path_is_malformed_as_in_a_query_in_every_engine() -> None:
    from ipprules.columnar import parse_column
    from ipprules.listings import parse_listing
    from ipprules.listings.parser import parse_slowly

    assert [parse_listing(u).code for u in MASKED] == ["malformed-id"] * len(MASKED)
    assert [parse_slowly(u).code for u in MASKED] == ["malformed-id"] * len(MASKED)
    assert parse_column(MASKED).column("code").to_pylist() == ["malformed-id"] * len(MASKED)
    assert "'63540767****' is not a valid offer id" in parse_listing(MASKED[1]).reason


def test_a_path_with_stars_alone_still_has_no_id() -> None:
    from ipprules.listings import parse_listing

    assert parse_listing("https://detail.1688.com/offer/*.html").code == "missing-id"


def test_rules_reasons_takes_the_forms_target_words(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["rules", "reasons", "--platform", "taobao", "--ipr-type", "trademark"]
    argv += ["--as-of", DAY, "--format", "json", "--target"]
    assert main([*argv, "storefront"]) == 0
    named = capsys.readouterr().out
    assert main([*argv, "Store front"]) == 0
    assert capsys.readouterr().out == named
    assert '"tm_store_misuse"' in named
