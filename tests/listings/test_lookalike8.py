"""lookalike8: hostile hosts round the forms the parser learned on 2026-12-07.

New acceptances are new attack surface: ``item.tmall.com`` and ``detail.taobao.com`` item pages
(listings), ``s.click.tmall.com`` (a short link), ``temai.taobao.com`` (a reserved service
label, no store), 1688's ``/page/<name>`` store pages (``/page/x.json`` an API's answer), a
``$`` or ASCII glued after a link, and a JSON value's ``//link`` after earlier values. Each
seed gets lookalike3's and lookalike6's attack classes (homoglyph, IDNA and ``xn--`` hosts,
suffix and prefix squats, userinfo ``@``, encoded dots, trailing dots, zero-width
characters, ports, backslashes, the host in another host's path or query, entities) and the
brief's own rows; the invariant is lookalike3's :func:`check` (an accepted text opens a
marketplace host in a browser, and the same listing), on every engine: ``parse_listing``,
``parse_listings``, the thorough parser, the fast path and the columnar kernel.

Fixed (each test below failed before):

- a 1688 store's ``/page/x%2ejson`` (an encoded dot: the API answer ``/page/x.json`` a server
  serves) was read as the storefront, the ``/page/<name>`` form taking ``%2e`` for a name's
  letters; ``/page/offerlist%2ehtm`` is now refused with the decode hint, as Taobao's
  ``item%2ehtm`` is;
- an API or login page written with percent escapes on a would-be vanity store host
  (``/x%2ejson``, ``/api%2fx``, ``/x%252ejsonp``) suggested the host's root as a store;
- a protocol-relative link glued to the attribute or JSON name holding it whose path or query
  holds a marketplace's link (``href="//evil.cn/go/https://item.tmall.com/…"``,
  ``"u":"//evil.cn/?u=https://detail.taobao.com/…"``) was skipped and the embedded link read as
  the listing: it is the other host's link (not-alibaba-host, the embedded link suggested),
  as it is with a scheme or a space before it (listing-urls.md section 11: a host in the
  path, a target in the query).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from functools import cache

import pytest
import test_lookalike3 as l3
import test_lookalike6 as l6
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, Rejection, parse_listing, parse_listings
from ipprules.listings.parser import _parse_clean, parse_slowly

ID = "606832683299"
#: The forms learned today: (host, path), each a listing, a short link, or a reserved or API
#: page that must stay refused.
SEEDS = (
    ("item.tmall.com", f"/item.htm?id={ID}"),
    ("detail.taobao.com", f"/item.htm?id={ID}"),
    ("s.click.tmall.com", "/t?e=abc&u=x"),
    ("temai.taobao.com", "/preview.htm?id=123456"),
    ("joinsun.1688.com", "/page/x.json"),
    ("item.tmall.com", f"/item.htm?id={ID}$"),
    ("www.lazada.co.th", "/products/pdp-i4212266679.htmlfoo"),
)
EVIL = "evil.cn"


def brief_rows(host: str, path: str) -> Iterator[str]:
    """The brief's own list, for each of the three spellings of a link's start."""
    *sub, name, tld = host.split(".")
    head = ".".join(sub)
    for authority in (f"{host}.{EVIL}", f"{head}-{name}.{tld}", f"{head}.{name}.co",
                      f"{host}.", f"{host}..", f"{head}%2e{name}.{tld}", f"{head}.{name}%2e{tld}",
                      f"{head}\u200b.{name}.{tld}", f"{head}.{name}\u200d.{tld}", f"{host}:8080",
                      f"{host}@{EVIL}", f"{head}.xn--{name}-abc.{tld}", f"xn--{head}.{name}.{tld}",
                      f"{host}\\@{EVIL}", f"{host}%40{EVIL}", f"{head}.{name.replace('a', 'а')}.{tld}"):  # fmt: skip
        for scheme in ("https://", "", "//"):
            yield f"{scheme}{authority}{path}"
    url = f"https://{host}{path}"
    quoted = urllib.parse.quote(url, safe="")
    yield from (f"https://{EVIL}/{host}{path}", f"https://{EVIL}/?u={url}",
                f"https://{EVIL}/?u={quoted}", f"https://{EVIL}/#{url}", f"https://{EVIL}\\{host}{path}",
                f"https://{EVIL}/redirect?url=//{host}{path}",
                f"https://s.click.tmall.com/t?e=x&u={urllib.parse.quote('https://evil.cn/', safe='')}")  # fmt: skip


@cache
def corpus(seed: tuple[str, str]) -> tuple[str, ...]:
    host, path = seed
    sub, _, domain = host.partition(".")
    made = [t for make in l3.CLASSES.values() for t in make(host, path)]
    made += [t for n, make in l6.CLASSES.items() if n != "redirect-targets" for t in make(sub, domain, path)]  # fmt: skip
    made += brief_rows(host, path)
    return tuple(dict.fromkeys(made))


def _json_rows(seed: tuple[str, str]) -> list[tuple[str, str]]:
    """(minified JSON text, its ``//link``): each https variant as a value glued to its name
    after an earlier value holding ``/``, ``?`` or ``#`` (a tenth of them: cheap)."""
    rows = []
    for i, text in enumerate(corpus(seed)[::10]):
        if text.startswith("https://") and '"' not in text and "\\" not in text:
            link = "//" + text[8:]
            earlier = ("A/B", "?x", "#deal")[i % 3]
            rows.append((json.dumps({"t": earlier, "u": link}, separators=(",", ":")), link))
    return rows


@pytest.mark.no_cover
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s[0] + s[1][:12])
def test_each_new_form_gets_300_hostile_variants_none_accepted_off_a_marketplace(
    seed: tuple[str, str],
) -> None:
    texts = corpus(seed)
    assert len(texts) >= 300, len(texts)
    for text in texts:
        answer = parse_listing(text)
        l3.check(text, answer, "parse_listing")
        slow = parse_slowly(text)
        assert slow.as_dict() == answer.as_dict(), text
        fast = _parse_clean(text)
        assert fast is None or fast.as_dict() == answer.as_dict(), text
    for (_, answer), text in zip(parse_listings(texts), texts, strict=True):
        assert answer.as_dict() == parse_listing(text).as_dict(), text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s[0] + s[1][:12])
def test_a_variant_in_a_minified_json_value_is_read_as_its_link(seed: tuple[str, str]) -> None:
    for text, link in _json_rows(seed):
        answer = parse_listing(text)
        alone = parse_listing(link)
        l3.check(link, answer, "json")
        if isinstance(answer, Listing):
            assert isinstance(alone, Listing) and alone.identity == answer.identity, text
        assert parse_slowly(text).as_dict() == answer.as_dict(), text


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    from ipprules.columnar import parse_column

    texts = [t for seed in SEEDS for t in corpus(seed)[::8]]
    texts += [t for seed in SEEDS for t, _ in _json_rows(seed)]
    table = parse_column(texts)
    columns = [table.column(c).to_pylist() for c in ("ok", "code", "suggestion", "canonical_url")]
    for text, *row in zip(texts, *columns, strict=True):
        expected = parse_listing(text).as_dict()
        assert row == [expected[c] for c in ("ok", "code", "suggestion", "canonical_url")], text


def test_the_reserved_channel_is_never_a_store() -> None:
    """temai.taobao.com spelled as a browser still opens it (case, trailing dot, port, soft
    hyphen, full-width letters) is no store, and no store is suggested."""
    for host in ("TEMAI.taobao.com", "Temai.Taobao.Com", "temai.taobao.com.", "temai.taobao.com:443",
                 "tem\u00adai.taobao.com", "\uff54\uff45\uff4d\uff41\uff49.taobao.com",
                 "temai\u3002taobao.com", "te%6dai.taobao.com", "temai%2etaobao.com"):  # fmt: skip
        for path in ("/", "/preview.htm?id=123456", "/cheap.htm?pid=mm_1_2_3", ""):
            for scheme in ("https://", "//", ""):
                answer = parse_listing(scheme + host + path)
                assert type(answer) is Rejection, (host, path, answer)
                assert answer.suggestion is None, (host, path, answer)


# --- fixes ------------------------------------------------------------------------------------

STORES_1688 = ("joinsun.1688.com", "shop1460133980340.1688.com")


@pytest.mark.parametrize("host", STORES_1688)
@pytest.mark.parametrize("path", ["/page/x%2ejson", "/page/x%2Ejson", "/page/x%252ejson",
                                  "/page/offer%2ejsonp"])  # fmt: skip
def test_an_encoded_dot_makes_no_store_page_of_an_api_answer(host: str, path: str) -> None:
    text = f"https://{host}{path}"
    plain = parse_listing(f"https://{host}{urllib.parse.unquote(urllib.parse.unquote(path))}")
    for answer in (parse_listing(text), parse_slowly(text)):
        assert type(answer) is Rejection, (text, answer)
        assert (answer.code, answer.suggestion) == ("not-a-listing", None), (text, answer)
        assert (answer.code, answer.suggestion) == (plain.code, plain.suggestion), text


@pytest.mark.parametrize("host", STORES_1688)
def test_an_encoded_store_page_is_refused_with_the_decode_hint(host: str) -> None:
    answer = parse_listing(f"https://{host}/page/offerlist%2ehtm")
    assert type(answer) is Rejection
    assert "decode it first" in answer.message, answer
    assert answer.suggestion == f"https://{host}/"
    assert isinstance(parse_listing(f"https://{host}/page/offerlist.htm"), Listing)


@pytest.mark.parametrize(
    "text",
    [
        "https://joinsun.1688.com/x%2ejson",
        "https://foo.taobao.com/api%2fx",
        "https://foo.taobao.com/x%252ejsonp",
        "https://foo.tmall.com/member%2Flogin.jhtml",
    ],
)
def test_an_encoded_service_page_suggests_no_store(text: str) -> None:
    for answer in (parse_listing(text), parse_slowly(text)):
        assert type(answer) is Rejection, answer
        assert (answer.code, answer.suggestion) == ("not-a-listing", None), answer
    # a store's own page still suggests the store, encoded or not
    assert parse_listing("https://foo.taobao.com/search%2ehtm").suggestion == (
        "https://foo.taobao.com/"
    )


EMBEDDED = (f"https://item.tmall.com/item.htm?id={ID}", f"https://detail.taobao.com/item.htm?id={ID}",
            f"https://item.taobao.com/item.htm?id={ID}")  # fmt: skip
GLUED = ('href="//evil.cn/go/{}"', '"u":"//evil.cn/?u={}"', '{{"t":"?x","u":"//evil.cn/go/{}"}}',
         "href='//evil.cn/#{}'", "src=//evil.cn/r?to={}", '{{"t":"A/B","u":"//evil.cn/{}"}}')  # fmt: skip


@pytest.mark.parametrize("link", EMBEDDED)
@pytest.mark.parametrize("template", GLUED)
def test_a_glued_relative_link_holding_a_listing_is_the_other_hosts(
    template: str, link: str
) -> None:
    text = template.format(link)
    unglued = parse_listing(template.format(link).replace("//evil.cn", " //evil.cn", 1))
    for answer in (parse_listing(text), parse_slowly(text)):
        assert type(answer) is Rejection, (text, answer)
        assert answer.code == "not-alibaba-host", (text, answer)
        assert (answer.code, answer.suggestion) == (unglued.code, unglued.suggestion), text
        assert answer.suggestion == parse_listing(link).canonical_url, text  # type: ignore[union-attr]


def test_a_later_value_after_a_glued_relative_link_is_still_read() -> None:
    """The //link's value closes before the listing's link: the listing is read."""
    for link in EMBEDDED:
        for text in (f'{{"img":"//img.alicdn.com/x.jpg","url":"{link}"}}',
                     f"{{'img':'//img.alicdn.com/x.jpg','url':'{link}'}}"):  # fmt: skip
            answer = parse_listing(text)
            assert isinstance(answer, Listing), (text, answer)
            assert answer.identity == parse_listing(link).identity  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # Hypothesis's finds in test_lookalike3 (a scheme with a letter cut off or glued on)
        "h:ttps://evil.cn/#https://2.taobao.com/item.htm?id=690091011924",
        "@h@ttps://evil.cn/#https://2.taobao.com/item.htm?id=690091011924",
        f"x:ttps://evil.cn/go/https://item.tmall.com/item.htm?id={ID}",
        f"https//evil.cn/go/https://detail.taobao.com/item.htm?id={ID}",
    ],
)
def test_a_mangled_schemes_host_holding_a_listing_is_no_listing(text: str) -> None:
    """The text's own host is evil.cn's (a browser opens no marketplace): the link in its path
    or fragment is not read as the listing."""
    for answer in (parse_listing(text), parse_slowly(text)):
        assert type(answer) is Rejection, (text, answer)
        l3.check(text, answer, "parse_listing")


@st.composite
def _combined(draw: st.DrawFn) -> str:
    """One class's variant of a new form with up to three of lookalike3's pieces put in before
    its path (tricks combined)."""
    host, path = draw(st.sampled_from(SEEDS))
    text = draw(st.sampled_from(corpus((host, path))))
    for _ in range(draw(st.integers(0, 3))):
        cut = text.find("/", text.find("//") + 2 if "//" in text else 0)
        at = draw(st.integers(0, max(0, cut if cut > 0 else len(text))))
        text = text[:at] + draw(st.sampled_from(l3._PIECES)) + text[at:]
    return text


@settings(max_examples=25, deadline=None, derandomize=True)
@given(_combined())
def test_combined_tricks_are_accepted_nowhere_off_a_marketplace(text: str) -> None:
    answer = parse_listing(text)
    l3.check(text, answer, "parse_listing")
    assert parse_slowly(text).as_dict() == answer.as_dict(), text
