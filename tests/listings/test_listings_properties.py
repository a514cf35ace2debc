"""Property tests: fast path == thorough parser, identity invariants, robustness, lookalikes."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_listings_examples import ACCEPTED, REJECTED

from _real_urls import real_texts
from ipprules.listings import (
    Duplicate,
    Listing,
    Rejection,
    dedupe,
    duplicate_groups,
    extract_urls,
    parse_listing,
    parse_listings,
    summarize,
)
from ipprules.listings.hosts import MARKETPLACE_DOMAINS, SHORT_HOSTS
from ipprules.listings.parser import (
    _init,
    _mentions,
    _off_key,
    _parse_clean,
    _slow,
    parse_slowly,
)

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ids = st.integers(min_value=10**8, max_value=10**13 - 1).map(str)
noise_keys = st.sampled_from(
    ["spm", "_u", "scm", "pvid", "ali_refid", "skuId", "utparam", "tk", "ns", "gatewayAdapt",
     "algo_pvid", "tracelog", "clickid", "laz_trackid", "from", "utm_source", "sm"]
)  # fmt: skip
noise_values = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEF0123456789._-!%", min_size=0, max_size=20
)
noise = st.lists(st.tuples(noise_keys, noise_values), max_size=5)


@st.composite
def listing_urls(draw: st.DrawFn) -> str:
    """URLs of every supported form, with random ids and tracking noise."""
    i = draw(ids)
    ae = str(draw(st.integers(min_value=10**8, max_value=10**16)))
    tld = draw(st.sampled_from(["sg", "co.id", "com.my", "co.th", "com.ph", "vn"]))
    label = draw(st.from_regex(r"[a-z][a-z0-9]{3,10}", fullmatch=True))
    slug = draw(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,30}", fullmatch=True))
    pairs = [f"{k}={v}" for k, v in draw(noise)]
    templates = [
        ("https://item.taobao.com/item.htm", "id", i),
        ("https://detail.tmall.com/item.htm", "id", i),
        ("https://detail.m.tmall.com/item.htm", "id", i),
        ("https://detail.tmall.hk/hk/item.htm", "id", i),
        ("https://m.intl.taobao.com/detail/detail.html", "id", i),
        ("https://main.m.taobao.com/detail/index.html", "id", i),
        ("https://h5.m.taobao.com/awp/core/detail.htm", "itemId", i),
        ("https://detail.m.1688.com/page/index.htm", "offerId", i),
        ("https://www.goofish.com/item", "id", i),
        ("https://store.taobao.com/shop/view_shop.htm", "user_number_id", i),
        (f"https://a.m.taobao.com/i{i}.htm", None, None),
        (f"https://world.taobao.com/item/{i}.htm", None, None),
        (f"https://detail.1688.com/offer/{i}.html", None, None),
        (f"https://www.alibaba.com/product-detail/{slug}_{i}.html", None, None),
        (f"https://m.alibaba.com/product/{i}.html", None, None),
        (f"https://www.aliexpress.com/item/{ae}.html", None, None),
        (f"https://fr.aliexpress.com/i/{ae}.html", None, None),
        (f"https://www.aliexpress.us/item/{ae}.html", None, None),
        (f"https://www.aliexpress.com/store/{i}", None, None),
        (f"https://www.lazada.{tld}/products/{slug.lower()}-i{i}-s{i}.html", None, None),
        (f"https://www.lazada.{tld}/shop/{label}/", None, None),
        (f"https://shop{i}.taobao.com/", None, None),
        (f"https://{label}.taobao.com/index.htm", None, None),
        (f"https://{label}.tmall.com/", None, None),
        (f"https://{label}.1688.com/page/offerlist.htm", None, None),
        (f"https://{label}.en.alibaba.com/", None, None),
    ]
    base, key, value = draw(st.sampled_from(templates))
    if key is not None:
        pairs.insert(draw(st.integers(0, len(pairs))), f"{key}={value}")
    query = "&".join(pairs)
    return base + ("?" + query if query else "")


def _variants(url: str) -> list[str]:
    """The same listing written differently: scheme, host case, fragment, noise removed."""
    scheme, rest = url.split("://", 1)
    host, slash, tail = rest.partition("/")
    base, _, query = tail.partition("?")
    kept = [
        p
        for p in query.split("&")
        if p.split("=")[0] in ("id", "itemId", "offerId", "user_number_id")
    ]
    out = [
        "http://" + rest,
        "//" + rest,
        rest,
        f"{scheme}://{host.upper()}{slash}{tail}",
        url + "#detail",
        f"  {url}\n",
        f"{scheme}://{host}{slash}{base}" + ("?" + "&".join(kept) if kept else ""),
        url + ("&" if "?" in url else "?") + "spm=a1z09.2.0.0.x&utm_source=share",
        f"【淘宝】「好东西」 {url} CZ356",
    ]
    return out


@FAST
@given(listing_urls())
def test_every_generated_form_parses(url: str) -> None:
    result = parse_listing(url)
    assert isinstance(result, Listing), (url, result)


@FAST
@given(listing_urls())
def test_fast_path_agrees_with_thorough_parser(url: str) -> None:
    assert parse_listing(url) == parse_slowly(url)


@FAST
@given(listing_urls())
def test_identity_survives_noise_case_scheme_and_fragments(url: str) -> None:
    first = parse_listing(url)
    assert isinstance(first, Listing)
    for variant in _variants(url):
        other = parse_listing(variant)
        assert isinstance(other, Listing), (variant, other)
        assert other.identity == first.identity, variant
        assert other.canonical_url == first.canonical_url, variant


@FAST
@given(listing_urls())
def test_canonical_url_is_a_fixed_point(url: str) -> None:
    first = parse_listing(url)
    assert isinstance(first, Listing)
    again = parse_listing(first.canonical_url)
    assert isinstance(again, Listing)
    assert again.identity == first.identity
    assert again.canonical_url == first.canonical_url


# --- robustness ---------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
@example("\x00https://item.taobao.com/item.htm?id=606832683299")
@example("https://[::1]/x")
@example("https://%69tem.taobao.com/item.htm?id=606832683299")
@example("http://xn--80ak6aa92e.com/")
@example("http://xn--zz.com/")
@example("https://item.taobao.com/item.htm?%69d=606832683299&id=606832683298")
def test_any_text_gives_a_result_or_a_rejection(text: str) -> None:
    result = parse_listing(text)
    assert isinstance(result, Listing | Rejection)
    assert result.source == text
    assert result == parse_slowly(text)


#: Pieces of pasted text around links: quotes, code spans, tags, table bars, ellipses,
#: glued labels and list numbers, sentence punctuation, full-width marks.
PASTE_PIECES = [
    "https://", "http://", "//", "HTTPS://ITEM.TAOBAO.COM", "item.taobao.com",
    "uniqlo.tmall.com", "/item.htm", "?id=", "637730514783", "6377", ".", ",", ")", "(",
    '"', "'", "`", "|", "[url]", "[/url]", "<", ">", "\u2026", "\u22ef", " ", "\n", "\u770b",
    "\u3002", "@evil.example", ":", "1.", "Link:", "B.Duck/", "www.aliexpress.com/item/",
    "1005001625391776.html", "&", "#x", "m.tb.cn/h.4CE", "a.aliexpress.com/_m",
    "https:\\/\\/", "\\/", "https%3A%2F%2F", "%2F", "%3Fid%3D", "\\u0026", "\\\\", "\\x",
    "url=",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PASTE_PIECES), min_size=1, max_size=8).map("".join))
@example("http://1.B.Duck/[url]`\nB.Duck/\u770b")  # a cut at an ASCII stop, no non-ASCII after
@example('<a href="https://uniqlo.tmall.com"@evil.example/">x</a>')
def test_pasted_text_never_raises_and_both_parsers_agree(text: str) -> None:
    assert parse_listing(text) == parse_slowly(text)


@settings(max_examples=200, deadline=None)
@given(listing_urls(), st.text(max_size=40), st.integers(0, 200))
@example("https://item.taobao.com/item.htm?id=100000000", ">\x80", 45)  # cut, then trimmed
def test_mutated_urls_never_raise_and_agree(url: str, junk: str, at: int) -> None:
    at = min(at, len(url))
    mutated = url[:at] + junk + url[at:]
    assert parse_listing(mutated) == parse_slowly(mutated)


@pytest.mark.no_cover
def test_megabyte_inputs_are_handled() -> None:
    """Adversarial 1 MB strings: each must come back as a value (linear-time patterns and the
    length cap keep this quick; there is no timing assertion here)."""
    big = [
        "https://item.taobao.com/item.htm?" + "a=b&" * 250_000 + "id=606832683299",
        "https://www.lazada.sg/products/" + "-i1" * 350_000 + ".html",
        "https://" + "a." * 500_000 + "taobao.com/",
        "h" * 1_000_000,
        " " * 1_000_000 + "https://item.taobao.com/item.htm?id=606832683299",
        "%" * 1_000_000,
        "http://" + "\u0430" * 1_000_000,
    ]
    for text in big:
        result = parse_listing(text)
        assert isinstance(result, Rejection)
        assert result.code == "too-long"
    long_texts = [
        ("see https://m.tb.cn/h.x " * 50_000),
        "a.a." * 250_000,
        "https://" * 125_000,
    ]
    for text in long_texts:
        assert isinstance(extract_urls(text), list)


def test_long_inputs_under_the_cap_stay_linear() -> None:
    """Near the length cap, the worst shapes for backtracking still parse (no timing)."""
    cap = 8000
    shapes = [
        "https://www.lazada.sg/products/" + "-i1" * (cap // 3 - 20) + ".htm",
        "https://www.alibaba.com/product-detail/" + "_1" * (cap // 2 - 30) + ".htm",
        "https://item.taobao.com/item.htm?" + "&" * (cap - 40),
        "https://item.taobao.com/item.htm?" + "id=1&" * (cap // 5 - 10),
        "https://www.aliexpress.com/item/" + "a/" * (cap // 2 - 30) + "1.html",
        "https://" + "a-" * (cap // 2 - 10) + ".com",
        "x " * (cap // 2 - 1),
    ]
    for text in shapes:
        assert len(text) <= cap
        result = parse_listing(text)
        assert isinstance(result, Listing | Rejection)
        assert result == parse_slowly(text)


# --- lookalikes ---------------------------------------------------------------------------

REAL_HOSTS = sorted(
    {
        "item.taobao.com",
        "detail.tmall.com",
        "detail.tmall.hk",
        "detail.1688.com",
        "www.alibaba.com",
        "www.aliexpress.com",
        "www.lazada.sg",
        "www.lazada.co.th",
        "www.goofish.com",
        "m.intl.taobao.com",
        "m.1688.com",
    }
)
HOMOGLYPHS = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "i": "\u0456", "l": "1", "1": "l",
              "c": "\u0441", "p": "\u0440", "x": "\u0445", "y": "\u0443"}  # fmt: skip
PATHS = {
    "item.taobao.com": "/item.htm?id=606832683299",
    "detail.tmall.com": "/item.htm?id=606832683299",
    "detail.tmall.hk": "/hk/item.htm?id=606832683299",
    "detail.1688.com": "/offer/585943639773.html",
    "www.alibaba.com": "/product-detail/x_1600270997819.html",
    "www.aliexpress.com": "/item/1005004878609097.html",
    "www.lazada.sg": "/products/pdp-i2896336114.html",
    "www.lazada.co.th": "/products/pdp-i2896336114.html",
    "www.goofish.com": "/item?id=965639435219",
    "m.intl.taobao.com": "/detail/detail.html?id=606832683299",
    "m.1688.com": "/offer/585943639773.html",
}


@st.composite
def mutated_hosts(draw: st.DrawFn) -> tuple[str, str]:
    """(mutated authority, path) from a real host: prefixes, suffixes, dots, homoglyphs,
    userinfo, ports, hyphens, dropped or doubled characters."""
    host = draw(st.sampled_from(REAL_HOSTS))
    path = PATHS[host]
    word = draw(st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True))
    kind = draw(st.integers(0, 11))
    if kind == 0:
        mutated = f"{host}.{word}.com"
    elif kind == 1:
        mutated = f"{word}{host}"
    elif kind == 2:
        mutated = f"{host}{word}"
    elif kind == 3:
        mutated = f"{word}-{host}"
    elif kind == 4:
        at = draw(st.integers(0, len(host) - 1))
        mutated = host[:at] + host[at + 1 :]
    elif kind == 5:
        at = draw(st.integers(0, len(host) - 1))
        mutated = host[:at] + host[at] + host[at:]
    elif kind == 6:
        positions = [i for i, ch in enumerate(host) if ch in HOMOGLYPHS]
        at = draw(st.sampled_from(positions))
        mutated = host[:at] + HOMOGLYPHS[host[at]] + host[at + 1 :]
    elif kind == 7:
        mutated = f"{host}@{word}.cn"
    elif kind == 8:
        mutated = f"{word}@{host}"
    elif kind == 9:
        mutated = f"{host}:{draw(st.integers(1, 65535))}"
    elif kind == 10:
        mutated = host.replace(".", draw(st.sampled_from(["..", "-", "", "_"])), 1)
    else:
        mutated = host + "."
    return mutated, path


def _allowed(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in MARKETPLACE_DOMAINS)


@settings(max_examples=600, deadline=None)
@given(mutated_hosts(), st.sampled_from(["https://", "http://", "//", ""]))
def test_no_lookalike_is_ever_accepted(mutated: tuple[str, str], scheme: str) -> None:
    authority, path = mutated
    result = parse_listing(scheme + authority + path)
    if isinstance(result, Listing):
        # the only acceptable way to be accepted: the mutation produced a genuine host
        # (e.g. dropping a character of "www.") with no userinfo and a default port
        host = authority.lower()
        if host.endswith((":80", ":443")):
            host = host.rsplit(":", 1)[0]
        assert "@" not in authority
        assert host.isascii()
        assert _allowed(host), (authority, result)


def test_lookalike_codes_for_known_tricks() -> None:
    for host in (
        "item.taobao.com.evil.cn",
        "taobao.com@evil.cn",
        "t\u0430obao.com",
        "aIiexpress.com",
        "l688.com",
    ):
        result = parse_listing(f"https://{host}/item.htm?id=606832683299")
        assert isinstance(result, Rejection)
        assert result.code == "lookalike-host", (host, result)


# --- bulk and de-duplication --------------------------------------------------------------

SAMPLES = [text for text, *_ in ACCEPTED] + [text for text, _ in REJECTED if len(text) < 1000]


@FAST
@given(st.lists(st.sampled_from(SAMPLES), max_size=40))
def test_bulk_accounts_for_every_input_in_order(texts: list[str]) -> None:
    out = list(dedupe(parse_listings(texts)))
    assert [position for position, _ in out] == list(range(len(texts)))
    for (position, result), text in zip(out, texts, strict=True):
        source = result.listing.source if isinstance(result, Duplicate) else result.source
        assert source == text, position
    summary = summarize(out)
    assert summary.total == summary.parsed + summary.duplicates + sum(summary.rejected.values())
    assert summary.total == len(texts)


@FAST
@given(st.lists(st.sampled_from(SAMPLES), max_size=40), st.randoms(use_true_random=False))
def test_dedupe_is_idempotent_and_order_independent(texts: list[str], rnd: random.Random) -> None:
    once = list(dedupe(parse_listings(texts)))
    assert list(dedupe(once)) == once
    kept = {r.identity for _, r in once if isinstance(r, Listing)}
    shuffled = texts[:]
    rnd.shuffle(shuffled)
    kept_shuffled = {
        r.identity for _, r in dedupe(parse_listings(shuffled)) if isinstance(r, Listing)
    }
    assert kept == kept_shuffled
    # every duplicate points back to a kept listing with the same identity
    by_position = dict(once)
    for _, result in once:
        if isinstance(result, Duplicate):
            first = by_position[result.first]
            assert isinstance(first, Listing) and first.identity == result.key


def _marker_groups(results: list[tuple[int, object]]) -> dict[str, list[int]]:
    """Identity -> positions, read off the Duplicate markers of dedupe's output."""
    groups: dict[str, list[int]] = {}
    for position, result in results:
        if isinstance(result, Duplicate):
            groups.setdefault(result.key, [result.first]).append(position)
    return groups


@FAST
@given(st.lists(st.sampled_from(SAMPLES), max_size=40), st.booleans())
def test_duplicate_groups_are_the_same_for_every_input_form(
    texts: list[str], derived: bool
) -> None:
    deduped = list(dedupe(parse_listings(texts)))
    groups = duplicate_groups(texts)
    assert groups == _marker_groups(deduped)
    assert duplicate_groups(parse_listings(texts)) == groups
    assert duplicate_groups(deduped) == groups
    assert duplicate_groups(dedupe(texts)) == groups
    assert duplicate_groups(parse_listings(iter(texts))) == groups  # a one-shot stream
    assert duplicate_groups(iter(texts)) == groups
    # the same groups, found without dedupe: every identity more than one listing has
    positions: dict[str, list[int]] = {}
    for position, result in parse_listings(texts):
        if isinstance(result, Listing):
            positions.setdefault(result.identity, []).append(position)
    assert groups == {key: found for key, found in positions.items() if len(found) > 1}
    # de-duplicated on derived keys, the markers are kept as they are
    marked = list(dedupe(texts, use_derived=derived))
    assert duplicate_groups(marked) == _marker_groups(marked)


def test_duplicate_groups_of_urls_that_were_not_deduplicated() -> None:
    urls = [
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
        "not a url",
        "https://item.taobao.com/item.htm?id=606832683299&spm=1",
    ]
    expected = {"taobao-item:606832683299": [0, 1, 3]}
    assert duplicate_groups(urls) == expected
    assert duplicate_groups(parse_listings(urls)) == expected
    assert duplicate_groups(dedupe(parse_listings(urls))) == expected
    assert duplicate_groups(urls[2:3]) == {}


def test_derived_aliexpress_ids_merge_only_on_request() -> None:
    texts = [
        "https://www.aliexpress.com/item/1005004878609097.html",
        "https://www.aliexpress.us/item/3256804692294345.html",
    ]
    plain = [type(r).__name__ for _, r in dedupe(parse_listings(texts))]
    derived = [type(r).__name__ for _, r in dedupe(parse_listings(texts), use_derived=True)]
    assert plain == ["Listing", "Listing"]
    assert derived == ["Listing", "Duplicate"]


def test_short_hosts_are_short_links_on_any_path() -> None:
    for host in SHORT_HOSTS:
        result = parse_listing(f"https://{host}/whatever?x=1")
        assert isinstance(result, Rejection) and result.code == "short-link", host


# --- the quick answers: fast rejections and the clean-URL path ------------------------------

CLEAN_HOSTS = sorted(
    {
        *REAL_HOSTS,
        *SHORT_HOSTS,
        "cart.taobao.com",
        "s.taobao.com",
        "login.taobao.com",
        "list.tmall.com",
        "s.1688.com",
        "www.taobao.com",
        "world.taobao.com",
        "store.taobao.com",
        "h5.m.taobao.com",
        "portals.aliexpress.com",
        "es.aliexpress.com",
        "aliexpress.ru",
        "www.lazada.com.ph",
        "auth.lazada.com",
        "abc.en.alibaba.com",
        "shop123456.taobao.com",
        "abc-def.tmall.hk",
        "www.alibaba.com",
        "m.alibaba.com",
        "www.amazon.com",
        "pandabuy.com",
        "www.cssbuy.com",
        "aliexpresss.com",
        "item.taobao.com.evil.cn",
        "taobao",
        "a..b.com",
        "x-.taobao.com",
        "0.0.0.0",
    }
)
PATH_PIECES = ["/", "item.htm", "item.html", "offer/", "item/", "i", "products/", "shop/",
               "store/", "product-detail/", "x_", "-i", "-s1", ".html", ".htm", "search", "cart",
               "x/", "detail/", "index.html", "winport/b2b-", "page/", "606832683299",
               "1005004878609097", "0123", "12a", "%2F", "&", "@", ":", "\\", "~", " x", "\x01",
               "\u00e9", "\u3000", "\u212a"]  # fmt: skip
QUERY_PIECES = ["id=", "itemId=", "item_id=", "offerId=", "userId=", "user_number_id=", "spm=a",
                "606832683299", "123", "x", "&", "&amp;", "%69d=", "%26id%3D", "=", "?", ";",
                "redirectUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D606832683299",
                "targetType=ITEM&targetId=606832683299", " ", "\u00e9"]  # fmt: skip


@st.composite
def clean_urls(draw: st.DrawFn) -> str:
    """URLs in the shape the quick paths handle (and near misses): known and foreign hosts,
    random paths and queries built from pieces that matter to the forms."""
    scheme = draw(st.sampled_from(["https://", "http://", "//", "", "HTTPS://", "https:"]))
    host = draw(st.sampled_from(CLEAN_HOSTS))
    if draw(st.booleans()) and draw(st.booleans()):
        host = host.upper()
    path = "".join(draw(st.lists(st.sampled_from(PATH_PIECES), max_size=6)))
    url = scheme + host + ("/" + path if path or draw(st.booleans()) else "")
    if draw(st.booleans()):
        url += "?" + "".join(draw(st.lists(st.sampled_from(QUERY_PIECES), max_size=6)))
    if draw(st.booleans()) and draw(st.booleans()):
        url += "#" + draw(st.sampled_from(["", "detail", "x?id=1", " "]))
    return url


@settings(max_examples=600, deadline=None)
@given(clean_urls())
@example("https://qr.1688.com/s/7OnLCakq")
@example("https://a.aliexpress.com/_mKjL9Cq")
@example("HTTPS://QR.1688.COM/s/7OnLCakq")
@example("https://ITEM.TAOBAO.COM/item.htm?id=606832683299")
@example("https://ABC.TAOBAO.COM/")
@example("https://cart.taobao.com/cart.htm?spm=a")
@example("taobao/item.htm")
@example(
    "star.aliexpress.com/share?redirectUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1234567890"
)
@example(
    "https://star.aliexpress.com/share?redirectUrl=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1234567890"
)
@example("pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425")
@example("//pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D674029285425")
@example("https://abc-def.tmall.hk/:")  # trailing punctuation after a lone link
@example("abc.m.tmall.com?x=12...!")  # a store's link cut short: said cut short first
@example("https://item.taobao.com/item.htm?id=606832683299&x=12...")  # the fast tables too
@example("https://m.tb.cn/h.4CEhFr0?sm=12...")  # a short link cut short
@example("HTTPS://ITEM.TAOBAO.COM/item.htm?id=606832683299&x=12...)")  # and in upper case
@example("uniqlo.tmall.com?6901234...\n")  # cut short whatever white space ends the line
def test_quick_answers_agree_with_thorough_parser(url: str) -> None:
    """Every answer of the quick paths (fast rejections of short links, upper-case hosts read
    in lower case, clean URLs sent straight to the host checks) is exactly the thorough one."""
    expected = parse_slowly(url)
    assert parse_listing(url) == expected
    clean = _parse_clean(url)
    if clean is not None:
        assert clean == expected
    if len(url) <= 8192:
        end = url.find("/", 8)
        end = len(url) if end < 0 else end
        _init()
        quick = _off_key(url, url[:end], end, url)
        if quick is not None:
            assert quick == expected
            if isinstance(quick, Rejection):
                assert quick.code == expected.code


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("taobmlTAOBML1688%2fF3aAk.cnz \u212a\u017f\u0130")),
        max_size=40,
    ),
    st.integers(0, 10),
)
def test_mentions_is_the_case_insensitive_pattern(text: str, start: int) -> None:
    assert _mentions(text, start) == (_slow().mentions.search(text, start) is not None)


def _json_escaped(text: str) -> str:
    """``text`` as a JSON string value writes it (slashes escaped, as PHP and Java do)."""
    import json

    return json.dumps(text, ensure_ascii=False)[1:-1].replace("/", "\\/")


def _same_reading(a: Listing | Rejection, b: Listing | Rejection) -> bool:
    if type(a) is not type(b):
        return False
    if type(a) is Listing:
        return a.identity == b.identity and a.canonical_url == b.canonical_url  # type: ignore[union-attr]
    return a.code == b.code  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(
    listing_urls(),
    st.sampled_from(["", "see ", "Link:", "url=", "|", "(", '"', "【淘宝】", "1. "]),
    st.sampled_from(["", " now", "|", ")", "\u3002", "\uff0e", "\uff20", '"@evil.example',
                     "@evil.example", ":8080", "\t@evil.example", "\u2026", "\uff19", "\u200b"]),
)  # fmt: skip
@example("https://uniqlo.tmall.com", "", "\u3002evil.example")  # cut inside the host: refused
@example("https://item.taobao.com/item.htm?id=60683268329", "", "\uff19")
def test_an_escaped_or_encoded_link_reads_as_the_plain_one(url: str, pre: str, post: str) -> None:
    """A link copied out of JSON, or percent-encoded whole, answers as the same text pasted
    plain (every check of the plain link applies: no lookalike gets through the escapes)."""
    from urllib.parse import quote

    plain = pre + url + post
    want = parse_listing(plain)
    for text in (
        pre + _json_escaped(url + post),
        _json_escaped(plain),
        pre + quote(url + post, safe="") if url.startswith(("http://", "https://")) else plain,
    ):
        got = parse_listing(text)
        assert got == parse_slowly(text)
        assert got.source == text
        if type(got) is Listing:  # never accepted where the plain text is refused
            assert _same_reading(got, want), (text, got, want)


_REAL = real_texts()
_LINE_NOISE = st.sampled_from(["", " ", "\r", "\x00", "\ufeff", "\u3000", "#", "\t", "\n"])


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_REAL),
            st.tuples(_LINE_NOISE, st.sampled_from(_REAL), _LINE_NOISE).map("".join),
            st.text(max_size=30),
        ),
        max_size=40,
    ),
    st.booleans(),
)
def test_dedupe_accounts_for_every_real_and_hostile_input(texts: list[str], twice: bool) -> None:
    """Every row of the tables of real URLs, with blank, NUL, BOM, CR and note characters
    around it, and any text: one result per input at its position, a duplicate only after
    its first listing, of the same identity, and the summary adds up."""
    texts = texts * 2 if twice else texts
    out = list(dedupe(parse_listings(texts)))
    assert [position for position, _ in out] == list(range(len(texts)))
    results = dict(out)
    for position, result in out:
        if isinstance(result, Duplicate):
            first = results[result.first]
            assert result.first < position and isinstance(first, Listing)
            assert first.identity == result.listing.identity
    summary = summarize(out)
    assert summary.total == summary.parsed + summary.duplicates + sum(summary.rejected.values())
    assert summary.total == len(texts)


@given(st.integers(min_value=2**51 - 5, max_value=10**17 - 1))
@example(2**51)
@example(2**51 + 10**7 - 1)
@example(2**51 + 10**7)
def test_a_derived_aliexpress_key_is_itself_an_aliexpress_id(raw: int) -> None:
    # listing-urls.md: raw - 2**51 is derived "when raw >= 2^51", and an id has 8 to 17 digits
    # (`^\d{8,17}$`): 2**51 itself derives 0, which is no id, so no key
    listing = parse_listing(f"https://www.aliexpress.us/item/{raw}.html")
    assert isinstance(listing, Listing)
    derived = raw - 2**51
    expected = f"aliexpress-item:{derived}" if derived >= 10**7 else None
    assert listing.derived_identity == expected == listing.as_dict()["derived_key"]
