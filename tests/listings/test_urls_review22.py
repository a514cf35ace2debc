"""review22: a marketplace host typed in full-width or compatibility characters.

A Chinese input method in full-width mode types ``ｉｔｅｍ.taobao.com`` or ``item．taobao．com``.
IDNA processing (NFKC, and U+3002/U+FF0E/U+FF61 as label dots) reads both as the genuine
``item.taobao.com``, so the host imitates nothing. The parser still reads a host as it is and
refuses any that is not ASCII (no host outside the allow-list is accepted), but says what the
host reads as and suggests the link typed in ASCII, as it does for a link inside an agent's.
"""

from __future__ import annotations

import pytest

from ipprules import Listing, Rejection, parse_listing, parse_listings

CASES = [
    (
        "https://ｉｔｅｍ.taobao.com/item.htm?id=712345678927",
        "item.taobao.com",
        "https://item.taobao.com/item.htm?id=712345678927",
    ),
    (
        "https://item．taobao．com/item.htm?id=712345678928",
        "item.taobao.com",
        "https://item.taobao.com/item.htm?id=712345678928",
    ),
    (
        "链接：https://ＤＥＴＡＩＬ.tmall.com/item.htm?id=680000000011 看看",
        "detail.tmall.com",
        "https://detail.tmall.com/item.htm?id=680000000011",
    ),
    (
        "https://www.aliexpress｡com/item/1005006000000012.html",
        "www.aliexpress.com",
        "https://www.aliexpress.com/item/1005006000000012.html",
    ),
    (
        "https://ｓｈｏｐ123456780.taobao.com/",
        "shop123456780.taobao.com",
        "https://shop123456780.taobao.com/",
    ),
]


@pytest.mark.parametrize(("text", "reads_as", "suggestion"), CASES)
def test_a_full_width_host_is_refused_with_its_ascii_link(
    text: str, reads_as: str, suggestion: str
) -> None:
    result = parse_listing(text)
    assert isinstance(result, Rejection)
    assert result.code == "lookalike-host"  # still refused: the host is not read as ASCII
    assert f"reads as {reads_as}" in result.reason
    assert "imitates" not in result.reason
    assert result.suggestion == suggestion
    assert isinstance(parse_listing(result.suggestion), Listing)
    ((index, bulk),) = parse_listings([text])
    assert (index, bulk.to_dict()) == (0, result.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "https://t\u0430obao.com/item.htm?id=712345678929",  # Cyrillic a: a homoglyph
        "https://ｉｔｅｍ.taobao.com.evil.cn/item.htm?id=712345678930",  # folds to a lookalike
        "https://ａｌｉｅｘｐｒｅｓｓｓ.com/item/1005006000000013.html",  # folds to a typo-squat
        "https://ｉｔｅｍ.taobao.com@evil.cn/item.htm?id=712345678931",
    ],
)
def test_what_folds_to_no_marketplace_host_gets_no_suggestion(text: str) -> None:
    result = parse_listing(text)
    assert isinstance(result, Rejection) and result.code == "lookalike-host"
    assert result.suggestion is None
    assert "reads as" not in result.reason
