"""lookalike15: hostile strings around this session's listing-text changes (reference links with
no definition, white space written as any HTML character reference, words before a label that
start with text that is not ASCII, prose glued after a genuine host, links typed in full width).

Over a thousand variants were tried by hand (definitions later in the text, twice, in another
case, in code spans and fences, ``[url][]``, look-alike spaces as entities, entities inside
the host, ``&amp;#32;``, emoji, RTL and zero-width characters before a label, full-width dots,
slashes and ``＠`` in a full-width link). Two gave a wrong answer; the tests below failed
before:

- a reference definition, or an inline link's target, after a lone carriage return (an old
  Mac's line end, a spreadsheet cell's: CommonMark ends a line at ``\\r`` as at ``\\n``) was not
  seen: ``see [https://item.taobao.com/…][1]\\r[1]: https://evil.cn/x`` read the link shown
  (every engine), where Markdown leads to evil.cn;
- text that is not ASCII glued after a marketplace host but holding a label dot as a browser
  reads a host (``item.taobao.com。evil.cn/…``, ``https://uniqlo.tmall.com．evil.cn``,
  ``…com看看.evil.cn/…``, ``…com店%2Eevil.cn/…``) was said to be prose glued on, with the
  link without it as the ``suggestion``: a browser opens a name under evil.cn there, so no
  link is suggested and the host imitates the marketplace, as before realurls68.
"""

from __future__ import annotations

import time

import pytest

from ipprules.listings import Listing, Rejection, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
LINK = f"https://item.taobao.com/item.htm?id={ID}"
EVIL = "https://evil.cn/x"


def _answer(text: str) -> Listing | Rejection:
    """``parse_listing``'s answer for ``text``, checked against the other parsers (the
    columnar kernel agreed on every variant by hand: its first call, building pyarrow, costs
    about a second, over this file's time budget)."""
    fast, slow = parse_listing(text), parse_slowly(text)
    ((_, bulk),) = list(parse_listings([text]))
    assert fast == slow == bulk
    return fast


@pytest.mark.parametrize(
    "text",
    [
        f"see [{LINK}][1]\r[1]: {EVIL}",
        f"see [{LINK}][1]\r\r[1]: {EVIL}",
        f"see [{LINK}][1]\r[1]:\r{EVIL}",
        f"see [{LINK}][1]\n[1]:\r{EVIL}",
        f"see [{LINK}][Ab]\r> [aB]: {EVIL}",
        f"[{LINK}][]\r[{LINK}]: {EVIL}",
        f"[{LINK}]\r- [{LINK}]: {EVIL}",
        f"[{LINK} (x)](\r{EVIL})",
        f"[{LINK} (x)](\r<{EVIL}>)",
    ],
)
def test_a_definition_after_a_carriage_return_leads_there(text: str) -> None:
    answer = _answer(text)
    assert type(answer) is Rejection
    assert answer.code == "not-alibaba-host"
    assert EVIL in extract_urls(text)
    assert LINK not in extract_urls(text)


@pytest.mark.parametrize(
    "text",
    [
        f"see [{LINK}][1]\r[2]: {EVIL}",  # another label's definition
        f"see [{LINK}][1]\r[1]: {LINK}",  # one on the link's own host
        f"see [{LINK}][1]\r\\[1]: {EVIL}",  # an escaped bracket: no definition
        f"see [{LINK}][1]\r    [1]: {EVIL}",  # indented code: no definition
        f"see [{LINK}][1]\u2028[1]: {EVIL}",  # U+2028 ends no line in CommonMark
        f"see [{LINK}][1]\x85[1]: {EVIL}",
    ],
)
def test_a_carriage_return_keeps_what_is_no_definition(text: str) -> None:
    answer = _answer(text)
    assert type(answer) is Listing
    assert answer.id == ID


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"item.taobao.com。evil.cn/item.htm?id={ID}", "item.taobao.com。evil.cn"),
        ("https://uniqlo.tmall.com．evil.cn", "uniqlo.tmall.com．evil.cn"),
        ("https://uniqlo.tmall.com｡evil.cn/", "uniqlo.tmall.com｡evil.cn"),
        (f"https://item.taobao.com看看.evil.cn/item.htm?id={ID}", "item.taobao.com看看.evil.cn"),
        (f"item.taobao.com看．evil.cn/item.htm?id={ID}", "item.taobao.com看．evil.cn"),
        (f"https://item.taobao.com店\u200bevil.cn/item.htm?id={ID}", "evil.cn"),
        (f"https://item.taobao.com店\u2024evil.cn/item.htm?id={ID}", "evil.cn"),
        (f"https://item.taobao.com店\ufe52evil.cn/item.htm?id={ID}", "evil.cn"),
        (f"https://item.taobao.com店%2Eevil.cn/item.htm?id={ID}", "evil.cn"),
        (f"https://item.taobao.com店%E3%80%82evil.cn/item.htm?id={ID}", "evil.cn"),
        ("https://joinsun.1688.com店铺.evil.cn", "joinsun.1688.com店铺.evil.cn"),
    ],
)
def test_glued_text_hiding_another_host_suggests_nothing(text: str, shown: str) -> None:
    answer = _answer(text)
    assert type(answer) is Rejection
    assert answer.code == "lookalike-host"
    assert answer.suggestion is None
    assert "imitates" in answer.reason
    assert shown.lower() in answer.reason.lower()


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("https://uniqlo.tmall.com看看", "https://uniqlo.tmall.com/"),
        (f"item.taobao.com看看/item.htm?id={ID}", LINK),
        (f"https://item.taobao.com店铺?id={ID}", None),
        ("dj.1688.com被拦截", None),
    ],
)
def test_prose_glued_after_a_host_still_names_the_link(text: str, suggestion: str | None) -> None:
    answer = _answer(text)
    assert type(answer) is Rejection
    assert answer.code == "lookalike-host"
    assert "imitates" not in answer.reason
    assert "glued after" in answer.reason
    if suggestion is not None:
        assert answer.suggestion == suggestion


def test_lines_ended_by_carriage_returns_stay_linear() -> None:
    """100 kB of definitions and reference links on lines ended by ``\\r`` is read in one
    pass (1 MB took 0.3-0.4 s here, 10 kB 3-8 ms, on a shared machine)."""
    unit = f"[{LINK}][1]\r[1]: {EVIL}\r"
    text = unit * (100_000 // len(unit))
    started = time.perf_counter()
    found = extract_urls(text)
    assert time.perf_counter() - started < 1.5
    assert LINK not in found
    assert found.count(EVIL) == text.count(EVIL)
