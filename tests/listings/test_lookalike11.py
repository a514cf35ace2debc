"""lookalike11: hostile strings around the parser's acceptances of realurls62, realurls63 and
lookalike10.

Those sessions taught the parser ``a.m.taobao.com/i<id>.html``, an m.alibaba.com product's
tab after its slug (``/product/N/<slug>/specifications.html``), a foreign link without its
scheme holding a marketplace link wherever it stands, a Markdown title leading where its link
leads, three or more ``*`` after an id's last digit as a masked value's, and ``key=value&…key=``
glued before a marketplace host as a label. This file builds over 300 hostile variants round
them (an evil host in the ``key=value`` label, masked ids mixed with emphasis and stars inside
the id, 2 or 3 tabs, dot-dot segments and encoded slashes after a product's id, a path before
or after ``i<id>.html``, nested quotes and brackets in Markdown titles) and checks that every
engine (``parse_listing``, ``parse_slowly``, ``parse_listings``, the columnar kernel,
``extract_urls``) gives the same answer, and that an accepted text opens the listing: its host
a marketplace's (lookalike3's browser model) and its id still in the path a browser requests.

Fixed (the tests below failed before):

- a dot-dot segment after a path's id, or between a fixed path and its id, was read through:
  ``m.alibaba.com/product/N/../x.html`` (and ``.%2e``, ``%2E%2E``, ``..\\``, the new tab form's
  first segment) was product N, ``aliexpress.com/item/../N.html`` item N,
  ``/store/product/../1_N.html``, ``/store/group/../N_1.html`` and ``/store/N/../x`` the item or
  store; a browser removes the segment with the one before it (WHATWG URL Standard) and opens
  ``/product/x.html``, ``/N.html``, ``/store/…``: pages without the id;
- a Markdown title whose quote holds another (``'"https://…"'``, ``("https://…")``) was read as
  text: an image's title in a linked image gave the listing where the Markdown leads elsewhere
  (``[![a](img '"https://item.taobao.com/…"')](https://evil.cn/)``: every engine read the item),
  and ``extract_urls`` listed a link's (``[x](https://evil.cn '"https://…"')``); so did it the
  title of a link whose text is a linked image (``[![a](img "t")](https://evil.cn/ "https://…")``);
- ``extract_urls`` took quadratic time on a long line of links (realurls63's masked ids: every
  link sliced its line's text before it to look for a star): 1 MB of links on one line took
  0.5 s where 10 KB took under 1 ms; it is linear again.
"""

from __future__ import annotations

import re
import time
from functools import cache

import pytest
import test_lookalike3 as l3
import test_lookalike9 as l9
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
HOST, PATH = "item.taobao.com", f"/item.htm?id={ID}"
LINK = f"https://{HOST}{PATH}"
BARE = f"{HOST}{PATH}"
EVIL = "evil.cn"
AM = "a.m.taobao.com/i36495438217.html"
PRODUCT = "m.alibaba.com/product/1601666174891"
ITEM = "www.aliexpress.com/item/1005004878609097.html"
DOTDOTS = ("..", ".%2e", "%2e.", "%2E%2E", "%2e%2e")

FIXED = [
    f"https://{PRODUCT}/../x.html",
    f"https://{PRODUCT}/%2e%2e/x.html",
    f"https://{PRODUCT}/.%2e/specifications.html",
    f"https://{PRODUCT}/%2E./x.html",
    f"https://{PRODUCT}/..\\x.html",
    f"https://{PRODUCT}/a\\..\\..\\x.html",
    f"{PRODUCT}/../x.html",
    f"//{PRODUCT}/%2e%2e/x.html",
    f"see {PRODUCT}/../x.html now",
    "https://www.aliexpress.com/item/../1005004878609097.html",
    "https://www.aliexpress.com/item/%2E./1005004878609097.html",
    "https://www.aliexpress.com/store/product/../1_1005004878609097.html",
    "https://www.aliexpress.com/store/group/../1234_1.html",
    "https://www.aliexpress.com/store/1234/../x",
    "https://www.aliexpress.com/store/1234/%2e%2e/x",
]

#: Readings kept: no segment a browser removes takes the id with it.
KEPT = [
    (f"https://{PRODUCT}/slug/specifications.html", "1601666174891"),
    (f"https://{PRODUCT}/./x.html", "1601666174891"),
    (f"https://{PRODUCT}/...html", "1601666174891"),
    (f"https://{PRODUCT}/a..b/x.html", "1601666174891"),
    (f"https://{PRODUCT}/slug%2F..%2Fx.html", "1601666174891"),
    (f"https://{PRODUCT}/slug\\specifications.html", "1601666174891"),
    ("https://www.aliexpress.com/item/x/1005004878609097.html", "1005004878609097"),
    ("https://www.aliexpress.com/store/product/x/1_1005004878609097.html", "1005004878609097"),
    ("https://www.aliexpress.com/store/group/x/1234_1.html", "1234"),
    ("https://www.aliexpress.com/store/1234/a/b", "1234"),
    ("https://www.aliexpress.com/store/1234/..html", "1234"),
    (f"https://{AM}", "36495438217"),
    (f"https://{HOST}/item.htm?id={ID}***", None),  # masked: malformed-id, not the id
]

#: A marketplace link in a Markdown title: the Markdown leads elsewhere, so it is not read, and
#: ``extract_urls`` does not list it.
FIXED_TITLES = [
    f"[![a](img '\"{LINK}\"')](https://{EVIL}/)",
    f"[![a](img \"'{LINK}'\")](https://{EVIL}/)",
    f'[![a](img ("{LINK}"))](https://{EVIL}/)',
    f"see [![a](img '\"{LINK}\"')](https://{EVIL}/) now",
    f"[![a](img '\"{LINK}\"')]({EVIL}/x)",
    f"[![a](img '\"{LINK}\"')](#top)",
    f"[x](https://{EVIL} '\"{LINK}\"')",
    f'[x](https://{EVIL} ("{LINK}"))',
    f'[![a](img "t")](https://{EVIL}/ "{LINK}")',
    f'[![a](https://i.cn/a.png)](https://{EVIL}/ "{LINK}")',
    f"see [![a](img \"t\")](https://{EVIL}/ '{LINK}') now",
]
#: The Markdown (or code) leads to the listing: still read.
KEPT_TITLES = [
    f"[![a](img '\"{LINK}\"')]({LINK})",
    f'[![a](img "t")]({LINK} "https://{EVIL}")',
    f"[![a](img \"t\")]({BARE} 'https://{EVIL}')",
    f'f("{LINK}")',
    f'x ("{LINK}")',
    f'["{LINK}"]',
    f'[x]("{LINK}")',
    f"{{'u':'\"{LINK}\"'}}",
]

_DOTDOT = re.compile(r"(?i)\.|%2e")
_PARTS = re.compile(r"^(?:[a-z]+:)?//[^/\\?#]*|^[^/\\?#]*")


def _opened_path(url: str) -> str:
    """The path a browser requests for ``url`` (a scheme, ``//`` or neither): backslashes are
    slashes, and a dot-dot segment removes the one before it (WHATWG URL Standard)."""
    rest = _PARTS.sub("", url, count=1)
    rest = re.split(r"[?#]", rest, maxsplit=1)[0].replace("\\", "/")
    out: list[str] = []
    for segment in rest.split("/")[1:]:
        if segment.lower() in DOTDOTS:
            out = out[:-1]
        elif segment.lower() not in (".", "%2e"):
            out.append(segment)
    return "/" + "/".join(out)


def _link_keeps(url: str, id_: str) -> bool:
    """Whether the page a browser opens for ``url`` still names ``id_``: in its normalised
    path, its host or its query (True when ``url`` does not spell the id: decoded, a short
    link's)."""
    at = url.find(id_)
    if at == -1:
        return True
    host = _PARTS.match(url)
    return (
        id_ in _opened_path(url)
        or (host is not None and id_ in host.group())
        or ("?" in url and at > url.index("?"))
    )


def _keeps_its_id(text: str, answer: Listing) -> bool:
    """Whether a link of ``text`` read as ``answer`` opens a page that still names its id."""
    links = [u for u in extract_urls(text) if _same(parse_listing(u), answer)] or [text]
    return any(_link_keeps(link, answer.id) for link in links)


def _same(read: Listing | object, answer: Listing) -> bool:
    return isinstance(read, Listing) and read.identity == answer.identity


def _labels() -> list[str]:
    return [
        f"{EVIL}?a=1&shop_url=", f"{EVIL}/?a=1&shop_url=", f"x@{EVIL}&u=", f"a=x@{EVIL}&u=",
        f"a=b&{EVIL}/", f"a=b&{EVIL}/?u=", "a=1,u=", f"{EVIL}/?a=1,u=", f"{EVIL}/?a=1;u=",
        f"{EVIL}/?a=1|u=", f"{EVIL}#a=1&u=", f"{EVIL}\\a=1&u=", f"u={EVIL}&v=", f"a={EVIL}/x&u=",
        f"a=//{EVIL}/&u=", f"a=https://{EVIL}/&u=", f"https://{EVIL}/?a=1&u=", f"//{EVIL}/?a=1&u=",
        f"{EVIL}?u=", f"{EVIL}&u=", f"{EVIL}=", "a.b=", "a=1&&u=", f"{EVIL}/a=1&u=",
        f"看{EVIL}/?a=1&u=", f"请求参数:{EVIL}/?u=", f"请求参数:a=1&{EVIL}/?u=", f"[x]({EVIL}/?a=1&u=",
        f",{EVIL}?a=1&u=", f"{EVIL}%2F?a=1&u=", "a=1%26u=", f"user:pw@{EVIL}?a&u=",
        f"x=y@{EVIL}/&u=", f"u=@{EVIL}/&v=", "url=", "a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=1&u=",
    ]  # fmt: skip


def _masked() -> list[str]:
    rows = []
    for pre in ("", "see ", "*", "**", "a*b ", "`"):
        for mid in (f"id={ID}***", f"id={ID[:6]}*{ID[6:]}***", "id=1*2***", f"id={ID}**",
                    f"id={ID}***.", f"id={ID}***&x=1", f"id=***{ID}", f"id={ID}***@{EVIL}",
                    f"id={ID}***/{EVIL}", f"id={ID}*****{EVIL}"):  # fmt: skip
            rows += [f"{pre}https://{HOST}/item.htm?{mid}", f"{pre}{HOST}/item.htm?{mid}"]
            rows.append(f"**{pre}https://{HOST}/item.htm?{mid}**")
    return rows


def _paths() -> list[str]:
    tails = ["/slug/specifications.html", "/slug/a/b.html", "/slug/%2F/specifications.html",
             "/slug%2fa%2fb.html", "/slug/..%2Fx.html", "/slug/spec@evil.cn/x.html",
             "/slug/specifications.html/../../../x", f"/slug/https:%2F%2F{EVIL}/x.html"]  # fmt: skip
    tails += [f"/{d}/x.html" for d in DOTDOTS] + [f"/slug/{d}/x.html" for d in DOTDOTS]
    rows = []
    for tail in tails:
        rows += [f"https://{PRODUCT}{tail}", f"{PRODUCT}{tail}", f"https://{EVIL}/{PRODUCT}{tail}"]
        rows.append(f"https://{PRODUCT}.{EVIL}{tail}")
    for tail in ("", "/x", "/../x", "?x", "#", "@evil.cn", "\\evil.cn", ";x", "/%2e%2e"):
        for before in ("/", "/x/", "/../", "/%2e%2e/", f"/{EVIL}/", "//"):
            rows.append("https://a.m.taobao.com" + before + AM.split("/", 1)[1] + tail)
    rows += [f"https://www.aliexpress.com/item/{d}/1005004878609097.html" for d in DOTDOTS]
    rows += [f"https://www.aliexpress.com/store/1234/{d}/x" for d in DOTDOTS]
    return rows


def _titles() -> list[str]:
    rows = [f'[x]({EVIL} "{LINK}")', f'[x](https://{EVIL} "a \\"{LINK}\\"")',
            f'[x](https://{EVIL} "a "{LINK}" b")', f"[x](https://{EVIL} '\"{LINK}\"')",
            f'[x](https://{EVIL} ("{LINK}"))', f'[x [y]]({EVIL} "{LINK}")', f'[[x]({EVIL} "{LINK}")',
            f'[x](<{EVIL}> "{LINK}")', f'[![a](img "[x]({LINK})")](https://{EVIL}/)',
            f'[![a]("{LINK}")](https://{EVIL}/)', f'[![a](img "t")](https://{EVIL}/ "{LINK}")',
            f'[![[a]](img "{LINK}")](https://{EVIL}/)', f'[x]({LINK} "https://{EVIL}")',
            f'[x]({BARE} "https://{EVIL}")', f'[x](https://{EVIL}/ "{LINK}" "{LINK}")',
            f'[x]: https://{EVIL}/ "{LINK}"', f'<a href="https://{EVIL}/" title="{LINK}">']  # fmt: skip
    return rows + ["see " + row for row in rows]


@cache
def variants() -> tuple[str, ...]:
    rows: list[str] = []
    for label in _labels():
        rows += [label + BARE, label + "shop63387065.taobao.com/", label + AM, f"see {label}{BARE}"]
        rows += [label + f"{HOST}@{EVIL}/item.htm?id={ID}", label + f"{HOST}.{EVIL}{PATH}"]
    rows += _masked() + _paths() + _titles()
    rows += FIXED + FIXED_TITLES + KEPT_TITLES + [text for text, _ in KEPT]
    return tuple(dict.fromkeys(rows))


@pytest.mark.parametrize("text", FIXED)
def test_a_dot_dot_segment_that_removes_the_id_is_not_read(text: str) -> None:
    read = parse_listing(text)
    assert not isinstance(read, Listing), (text, read)
    assert read.code == "missing-id", (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text


@pytest.mark.parametrize("text", FIXED_TITLES)
def test_a_title_in_nested_quotes_or_after_a_linked_image_is_not_read(text: str) -> None:
    read = parse_listing(text)
    assert not isinstance(read, Listing), (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


@pytest.mark.parametrize("text", KEPT_TITLES)
def test_the_listing_is_still_read_where_the_markdown_leads_to_it(text: str) -> None:
    read = parse_listing(text)
    assert isinstance(read, Listing) and read.id == ID, (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    assert [u for u in extract_urls(text) if isinstance(parse_listing(u), Listing)], text


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_segments_that_keep_the_id_are_still_read(text: str, expected: str | None) -> None:
    read = parse_listing(text)
    if expected is None:
        assert read.code == "malformed-id", (text, read)
    else:
        assert isinstance(read, Listing) and read.id == expected, (text, read)
    assert parse_slowly(text).as_dict() == read.as_dict(), text


def test_the_browser_path_model() -> None:
    assert _opened_path(f"https://{PRODUCT}/%2E./x.html?a=/../b") == "/product/x.html"
    assert _opened_path(f"{PRODUCT}/a\\..\\x.html") == "/product/1601666174891/x.html"
    assert _opened_path("//h/./a/%2e/b") == "/a/b"


def test_300_hostile_variants_every_engine_agrees_none_opens_another_page() -> None:
    texts = variants()
    assert len(texts) >= 300, len(texts)
    answers = [parse_listing(t) for t in texts]
    for text, answer in zip(texts, answers, strict=True):
        assert parse_slowly(text).as_dict() == answer.as_dict(), text
        if isinstance(answer, Listing):
            assert EVIL not in answer.canonical_url, (text, answer)
            assert l9._opens_the_listing(text, answer), (text, answer)
            assert _keeps_its_id(text, answer), (text, answer)
            found = [parse_listing(u) for u in extract_urls(text)]
            assert any(isinstance(f, Listing) and f.identity == answer.identity for f in found), (
                text
            )
        suggestion = answer.as_dict()["suggestion"]
        if suggestion:
            suggested = parse_listing(suggestion)
            l3.check(suggestion, suggested, "suggestion")
    for (_, read), answer in zip(parse_listings(texts), answers, strict=True):
        assert read.as_dict() == answer.as_dict(), read.input


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    texts = list(variants()[::3]) + FIXED
    table = parse_column(texts)
    columns = [table.column(c).to_pylist() for c in ("ok", "code", "identity", "suggestion")]
    for text, *row in zip(texts, *columns, strict=True):
        d = parse_listing(text).as_dict()
        assert row == [d["ok"], d["code"], d["identity"], d["suggestion"]], text


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(("https://", "", "//", "see ", "[x](")),
    st.sampled_from((PRODUCT + "/", "www.aliexpress.com/item/", "www.aliexpress.com/store/1234/")),
    st.lists(st.sampled_from(("a", "slug", *DOTDOTS, "1005004878609097")), min_size=1, max_size=3),
    st.sampled_from(("/", "\\")),
    st.sampled_from(("x.html", "1005004878609097.html", "x")),
)
def test_a_path_is_read_only_where_the_browser_keeps_its_id(
    scheme: str, base: str, segments: list[str], slash: str, last: str
) -> None:
    text = scheme + base + slash.join(segments) + "/" + last
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    if isinstance(read, Listing):
        assert _keeps_its_id(text, read), (text, read)


def test_a_long_line_of_links_is_read_in_linear_time() -> None:
    """100 times the length (10 KB, then 1 MB on one line), at most about 100 times the time."""
    shapes = (  # plain, label, masked; a linked image's link's title in nested quotes
        lambda n: f"{LINK} a=1&u={BARE}*** [![a](i 't')](https://{EVIL}/ '\"{LINK}\"') " * n,
    )
    for shape in shapes:
        small = shape(10_000 // len(shape(1)))
        large = shape(1_000_000 // len(shape(1)))
        spent = []
        for text, runs in ((small, 3), (large, 1)):
            best = float("inf")
            for _ in range(runs):
                start = time.process_time()
                found = extract_urls(text)
                best = min(best, time.process_time() - start)
            assert found, text[:80]
            spent.append(best)
        assert spent[1] < 0.05 + 250 * spent[0], spent
