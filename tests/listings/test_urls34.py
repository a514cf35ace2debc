"""urls34: a character glued after a marketplace's host (``uniqlo.tmall.com|``).

A bar, caret, plus, dollar, equals sign, underscore or backquote typed or pasted right after a
store or listing host (``uniqlo.tmall.com|``, ``item.taobao.com|/item.htm?id=N``) makes a host
name no browser can reach. It is refused, as before, but the reason said the host "imitates
tmall": the lookalike check folds ``|`` to ``l`` (``comL``) and finds the brand in the genuine
labels. The reason now says what is wrong (the character glued after the host) and offers the
link without it as the suggestion when that is a listing.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import batch_and_columnar_give_parse_listing_answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings
from ipprules.planner import Settings, plan_listings

#: Characters no host name holds, which the text reader does not trim off a link's end.
GLUE = "|^$=+_"

HOSTS = {
    "uniqlo.tmall.com": "https://uniqlo.tmall.com/",
    "shop118454188.taobao.com": "https://shop118454188.taobao.com/",
    "joinsun.1688.com": "https://joinsun.1688.com/",
    "zrzb.tmall.hk": "https://zrzb.tmall.hk/",
}


def _glued_refusal(text: str, bare: str, suggestion: str | None) -> None:
    answer = parse_listing(text)
    assert answer.ok is False
    assert answer.code == "lookalike-host"
    assert "imitates" not in answer.reason, answer.reason
    assert f"after {bare}" in answer.reason, answer.reason
    assert answer.suggestion == suggestion
    batch_and_columnar_give_parse_listing_answer([text, text])  # the miss cache learns keys
    assert other_listings(text, answer) == []
    right = Settings(right="tm-cn", reason="tm_counterfeit")
    (outcome,) = plan_listings([text], ACCOUNT, as_of=DAY, settings=right).outcomes
    assert (outcome.code, outcome.message) == ("listing:lookalike-host", answer.reason)


@pytest.mark.parametrize(
    ("text", "bare", "suggestion"),
    [
        ("uniqlo.tmall.com|", "uniqlo.tmall.com", "https://uniqlo.tmall.com/"),  # the brief's
        ("https://uniqlo.tmall.com|", "uniqlo.tmall.com", "https://uniqlo.tmall.com/"),
        ("uniqlo.tmall.com||", "uniqlo.tmall.com", "https://uniqlo.tmall.com/"),
        ("UNIQLO.TMALL.COM^", "uniqlo.tmall.com", "https://uniqlo.tmall.com/"),
        (
            "item.taobao.com|/item.htm?id=606832683299",
            "item.taobao.com",
            "https://item.taobao.com/item.htm?id=606832683299",
        ),
        ("www.aliexpress.com|", "www.aliexpress.com", None),  # a home page: nothing to suggest
    ],
)
def test_glued_character_is_named(text: str, bare: str, suggestion: str | None) -> None:
    _glued_refusal(text, bare, suggestion)


@settings(max_examples=40)
@given(
    host=st.sampled_from(sorted(HOSTS)),
    glue=st.text(st.sampled_from(GLUE), min_size=1, max_size=3),
    scheme=st.sampled_from(["", "https://", "http://", "//"]),
)
@example(host="uniqlo.tmall.com", glue="|", scheme="")
def test_glued_after_store_host(host: str, glue: str, scheme: str) -> None:
    _glued_refusal(scheme + host + glue, host, HOSTS[host])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("uniqlo.tmall.com|@evil.example", "lookalike-host"),  # userinfo stays userinfo
        ("evil.com|", "not-alibaba-host"),  # no marketplace host before the glue
        ("tmall.com.evil.cn|", "lookalike-host"),  # a lookalike before the glue stays one
    ],
)
def test_controls(text: str, code: str) -> None:
    answer = parse_listing(text)
    assert answer.code == code
    assert "glued" not in answer.reason


#: A store host alone, without its scheme or a path, in ASCII quotes, brackets, a code span or
#: emphasis (a CSV cell, an e-mail's <…>, Markdown): it was "no URL found in the text", though
#: the same host with a slash (``(uniqlo.tmall.com/)``), with its scheme, or in full-width
#: brackets (``店铺（uniqlo.tmall.com）``) was read.
WRAPPED: list[tuple[str, str | None, str, str | None]] = [
    ("(uniqlo.tmall.com)", "tmall", "storefront", "uniqlo"),
    ('"uniqlo.tmall.com"', "tmall", "storefront", "uniqlo"),
    ("<uniqlo.tmall.com>", "tmall", "storefront", "uniqlo"),
    ("[uniqlo.tmall.com]", "tmall", "storefront", "uniqlo"),
    ("'shop118454188.taobao.com'", "taobao", "storefront", "118454188"),
    ("`joinsun.1688.com`", "1688", "storefront", "joinsun"),
    ("**zrzb.tmall.hk**", "tmall_global", "storefront", "zrzb"),
    ("see (uniqlo.tmall.com).", "tmall", "storefront", "uniqlo"),
    ('店铺："uniqlo.tmall.com"', "tmall", "storefront", "uniqlo"),
    ("(item.taobao.com)", None, "missing-id", None),  # control: a listing host, no id
    ("(example.co.uk)", None, "not-a-url", None),  # control: another host alone is no link
    ("(uniqlo.tmall.com.evil.cn)", None, "not-a-url", None),  # control: as in backquotes (table 20)
    ("\"ai.world.taobao.com\",", None, "not-a-url", None),  # control: code listing hosts (table 26)
]  # fmt: skip

(
    test_wrapped_row,
    test_wrapped_cli,
    test_wrapped_batch_and_columnar,
) = table_tests(WRAPPED)


@settings(max_examples=40)
@given(
    host=st.sampled_from(sorted(HOSTS)),
    wrap=st.sampled_from(["()", "[]", "<>", '""', "''", "``", "**", "~~", "{}"]),
    before=st.sampled_from(["", "see ", "店铺："]),
)
@example(host="uniqlo.tmall.com", wrap="()", before="")
def test_wrapped_store_host_reads_as_with_a_slash(host: str, wrap: str, before: str) -> None:
    text = f"{before}{wrap[0]}{host}{wrap[1]}"
    answer = parse_listing(text)
    assert answer.ok, answer
    assert answer.canonical_url == HOSTS[host]
    slashed = parse_listing(f"{before}{wrap[0]}{host}/{wrap[1]}")  # after a label too (urls35)
    assert answer.as_dict() | {"input": None} == slashed.as_dict() | {"input": None}
    batch_and_columnar_give_parse_listing_answer([text, text])
