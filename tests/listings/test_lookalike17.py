"""lookalike17: backslash escapes in a Markdown link's target, pasted forms, extract_urls' pieces.

CommonMark undoes a backslash before ASCII punctuation in a link's target before a browser
opens it: ``[https://uniqlo.tmall.com](https://uniqlo.tmall.com\\@evil.cn)`` leads to
``evil.cn`` (the store's name its user name), ``(https://item.taobao.com\\.evil.cn/…)`` to
``item.taobao.com.evil.cn``. The link shown was read, in every engine: the target's host was
taken up to its backslash (a browser's ``/`` in a bare link), the same as the host shown.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.columnar import parse_column
from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

pytestmark = pytest.mark.no_cover

ITEM = "https://item.taobao.com/item.htm?id=600000000001"
STORE = "https://uniqlo.tmall.com"
SHOP = "https://shop123456789.taobao.com"
EVIL = "https://evil.example/"

# what follows the backslash in the target's host, so that the host a browser opens is another
_ESCAPED = ["\\@evil.cn", "\\.evil.cn", "\\:@evil.cn", '\\"@evil.cn', "\\>@evil.cn", "\\`@evil.cn"]


def _read(text: str) -> dict[str, object]:
    """The reading of ``text``, the same in every engine."""
    read = parse_listing(text).as_dict()
    assert parse_slowly(text).as_dict() == read, text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read, text
    return read


def _forms(shown: str, target: str) -> list[str]:
    """A link showing ``shown`` that leads to ``target``, in each Markdown form."""
    return [
        f"[{shown}]({target})",
        f"[{shown}](<{target}>)",
        f'[{shown}]({target} "title")',
        f"[{shown}]( {target})",
        f"[{shown}][1]\n\n[1]: {target}",
        f"[{shown}][1]\n\n[1]: <{target}>",
        f"{shown}]({target})",  # pasted without its "["
        f"{shown}](<{target}>)",
    ]


def _host_and_rest(link: str) -> tuple[str, str]:
    cut = link.find("/", 8)
    return (link, "") if cut < 0 else (link[:cut], link[cut:])


@pytest.mark.parametrize("shown", [STORE, ITEM])  # (a shop's: the Hypothesis test below)
@pytest.mark.parametrize("escaped", _ESCAPED)
def test_an_escaped_target_on_another_host_is_never_the_link_shown(
    shown: str, escaped: str
) -> None:
    host, rest = _host_and_rest(shown)
    for text in _forms(shown, host + escaped + rest):
        read = _read(text)
        assert read["ok"] is False and read["suggestion"] is None, (text, read)


@pytest.mark.parametrize("shown", [STORE, SHOP, ITEM])
def test_an_escaped_target_of_another_listing_is_never_read(shown: str) -> None:
    # the target is another listing's host made another host by its escape
    for other in (STORE, SHOP, ITEM):
        host, rest = _host_and_rest(other)
        for text in _forms(shown, host + "\\@evil.cn" + rest):
            read = _read(text)
            assert read["ok"] is False and read["suggestion"] is None, (text, read)


@pytest.mark.parametrize("escaped", ["\\/", "\\\\", "\\/x", "\\?x=1", "\\#top"])
def test_an_escape_that_keeps_the_host_reads_the_link_shown(escaped: str) -> None:
    # \/ is a "/", \\ a backslash a browser reads as "/": the link leads to the store shown
    for text in _forms(STORE, STORE + escaped):
        if "]( " in text:
            continue  # (a target after white space with a backslash: refused, see the report)
        assert _read(text)["identity"] == "tmall-store:uniqlo", text


def test_extract_urls_gives_the_target_as_markdown_reads_it() -> None:
    assert extract_urls(f"[{STORE}]({STORE}\\@evil.cn)") == [f"{STORE}@evil.cn"]
    assert extract_urls(f'[x]({STORE}\\"@evil.cn/)') == [f'{STORE}"@evil.cn/']
    assert extract_urls(f"[x](<{STORE}\\>@evil.cn>)") == [f"{STORE}>@evil.cn"]


def test_a_quote_glued_into_the_target_is_where_the_link_leads() -> None:
    # not escaped, the same: the target's host goes on past the quote (as it does alone)
    for shown in (STORE, SHOP):
        text = f'[{shown}]({STORE}"@evil.cn/)'
        read = _read(text)
        assert read["ok"] is False and read["code"] == "lookalike-host", (text, read)


# every ASCII punctuation character but those that end the host unescaped as well
_PUNCTUATION = [c for c in map(chr, range(0x21, 0x7F)) if not c.isalnum() and c not in "/?#\\"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([STORE, SHOP, ITEM]), st.sampled_from(_PUNCTUATION), st.integers(0, 7))
def test_no_escaped_punctuation_makes_a_link_elsewhere_the_link_shown(
    shown: str, mark: str, form: int
) -> None:
    host, rest = _host_and_rest(shown)
    text = _forms(shown, f"{host}\\{mark}@evil.cn{rest}")[form]
    read = _read(text)
    assert read["ok"] is False and read["suggestion"] is None, (text, read)


def test_the_columnar_engine_reads_escaped_targets_as_parse_listing_does() -> None:
    texts = [
        text
        for shown in (STORE,)
        for escaped in ("\\@evil.cn", '\\"@evil.cn', "\\/")
        for text in _forms(shown, _host_and_rest(shown)[0] + escaped + _host_and_rest(shown)[1])
    ]
    # and the other shapes of this file: pasted over a target after white space, references
    texts += [f"{shown}]{gap}{EVIL})" for shown in (STORE, ITEM) for gap in ("( ", "(\n")]
    texts += [f"{STORE}](< {EVIL}>)", f"[{ITEM}](&lt;{EVIL}&gt;)", f"[{STORE}](<<{EVIL}>>)"]
    rows = parse_column(texts).to_pylist()
    for text, row in zip(texts, rows, strict=True):
        read = parse_listing(text).as_dict()
        assert {key: row[key] for key in read if key in row} == {
            key: value for key, value in read.items() if key in row
        }, text


def _linear(shapes: list[str]) -> None:
    for shape in shapes:
        small = shape * (5_000 // len(shape))
        big = shape * (50_000 // len(shape))
        small_time = 1.0
        for _ in range(2):  # the shorter of two runs: the first pays for warm caches
            started = time.perf_counter()
            extract_urls(small)
            small_time = min(small_time, time.perf_counter() - started)
        started = time.perf_counter()
        extract_urls(big)
        big_time = time.perf_counter() - started
        # 10 times the text: a linear scan takes ~10 times as long, a quadratic one 100
        assert big_time < 60 * small_time + 0.05, (shape, small_time, big_time)


def test_long_runs_of_escaped_targets_stay_linear() -> None:
    _linear(
        [
            f"[{STORE}]({STORE}\\@evil.cn) ",
            f'[{STORE}](<{STORE}\\"\\"\\">) ',
            f"[{STORE}][1]\n\n[1]: <{STORE}\\<\\>\\@evil.cn>\n",
            "](\\" * 9,
        ]
    )


def test_a_listing_is_read_from_an_escaped_target_on_its_own_host() -> None:
    read = parse_listing(f"[x]({STORE}\\/)")
    assert isinstance(read, Listing) and read.identity == "tmall-store:uniqlo"


# what a link shown may be followed by when its target comes after white space (lookalike16's)
_GAPS = ["( ", "(\n", "(\r\n", "(\t", "(< ", "(<\n", "(<\t", "(  <", "( \n "]


@pytest.mark.parametrize("shown", [STORE, SHOP, ITEM])
@pytest.mark.parametrize("gap", _GAPS)
def test_a_link_pasted_without_its_bracket_leads_where_its_target_after_white_space_does(
    shown: str, gap: str
) -> None:
    # docs/listings.md: "Such a link pasted without its [ ... is read the same way: the link
    # shown, or its target on another host"; the glued form is not-alibaba-host, so is this
    closing = ">)" if "<" in gap else ")"
    for target, code in ((EVIL, "not-alibaba-host"), (ITEM.replace(".com", ".com.evil.cn"), None)):
        pasted = f"{shown}]{gap}{target}{closing}"
        read = _read(pasted)
        with_bracket = _read("[" + pasted)
        assert read["ok"] is False and read["suggestion"] is None, (pasted, read)
        assert read["code"] == with_bracket["code"], (pasted, read, with_bracket)
        assert read["code"] == (code or "lookalike-host"), (pasted, read)
        assert read["code"] == _read(f"{shown}]({target})")["code"], pasted
        assert extract_urls(pasted) == [target], pasted


def test_a_link_pasted_without_its_bracket_reads_a_listing_target_after_white_space() -> None:
    for gap in ("( ", "(\n", "(< "):
        text = f"{SHOP}]{gap}{ITEM}{'>)' if '<' in gap else ')'}"
        assert _read(text)["identity"] == "taobao-item:600000000001", text


@pytest.mark.parametrize(
    ("lt", "gt"), [("&lt;", "&gt;"), ("&LT;", "&GT;"), ("&#60;", "&#62;"), ("&#x3C;", "&#x3e;")]
)
@pytest.mark.parametrize("shown", ["[x]", f"[{ITEM}]", f"[{STORE}]", ""])
def test_extract_urls_gives_no_angle_bracket_written_as_a_reference(
    shown: str, lt: str, gt: str
) -> None:
    text = f"{shown}({lt}{EVIL}{gt})" if shown else f"see {lt}{EVIL}{gt} now"
    assert extract_urls(text) == [EVIL], text
    read = _read(text)  # the parsers, as before: the link leads to evil.example
    assert read["code"] == "not-alibaba-host", (text, read)


def test_extract_urls_gives_the_item_inside_references_as_parse_listing_reads_it() -> None:
    text = f"see &lt;{ITEM}&gt; now"
    assert extract_urls(text) == [ITEM]
    assert _read(text)["identity"] == "taobao-item:600000000001"
    # a query's own "&gt" not before a ";" stays
    assert extract_urls(f"{ITEM}&gt") == [f"{ITEM}&gt"]


@pytest.mark.parametrize("target", [f"(\uff1c{EVIL}\uff1e)", f"(<<{EVIL}>>)", f"(<<<{EVIL}>>>)"])
@pytest.mark.parametrize("shown", [ITEM, STORE])
def test_extract_urls_gives_no_bracket_opening_a_nested_or_wide_target(
    shown: str, target: str
) -> None:
    text = f"[{shown}]{target}"
    assert extract_urls(text) == [EVIL], text
    assert _read(text)["code"] == "not-a-url", text  # every engine refuses it, as before


def test_long_runs_of_references_around_links_stay_linear() -> None:
    _linear([f"[{ITEM}](&lt;{EVIL}&gt;) ", f"[{STORE}](<<{EVIL}>>) ", "&lt;" * 9 + " "])
