"""urls36: links after a label, as users paste them.

1. A protocol-relative link after a label or in full-width brackets (``链接：//item.taobao.com/…``,
   ``（//item.taobao.com/…）``, ``《//…》``) was "no URL found in the text", though alone, after
   a word, or after the label and a space, it was read.
2. A link without its scheme glued to an ASCII word and a colon (``Link:item.taobao.com/…``,
   ``URL:uniqlo.tmall.com``, ``Link：…``) was refused as "scheme not allowed: Link: links are
   not accepted" (or as a lookalike of its own host), though after ``Link: `` (a space), or
   after ``链接:``, or with its scheme (``Link:https://…``), it was read. A word that is a
   scheme (``javascript:``, the app's ``taobao:``) and ``word://`` stay refused.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from _real_urls import batch_and_columnar_give_parse_listing_answer, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import other_listings, parse_slowly

ID = "606832683299"

#: A protocol-relative link after a label or in full-width brackets.
RELATIVE: list[tuple[str, str | None, str, str | None]] = [
    (f"链接：//item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    (f"链接://item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    (f"（//item.taobao.com/item.htm?id={ID}）", "taobao", "listing", ID),
    (f"《//item.taobao.com/item.htm?id={ID}》", "taobao", "listing", ID),
    (f"【淘宝】//item.taobao.com/item.htm?id={ID} 看看", "taobao", "listing", ID),
    ("店铺：//uniqlo.tmall.com/", "tmall", "storefront", "uniqlo"),
    ("链接：//detail.1688.com/offer/585943639773.html", "1688", "listing", "585943639773"),
    ("链接：//www.aliexpress.com/item/1005004878609097.html", "aliexpress", "listing", "1005004878609097"),
    ("链接：//evil.com/x", None, "not-alibaba-host", None),  # control: as alone
    ("链接：//item.taobao.com.evil.cn/item.htm?id=1", None, "lookalike-host", None),  # control
    ("链接：//TODO", None, "not-a-url", None),  # control: a comment's marker, no host
]  # fmt: skip

(
    test_relative_row,
    test_relative_cli,
    test_relative_batch_and_columnar,
) = table_tests(RELATIVE)

#: A link without its scheme glued to an ASCII word and a colon.
WORD_LABEL: list[tuple[str, str | None, str, str | None]] = [
    (f"Link:item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    (f"see Link:item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    (f"LINK:item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    (f"Link：item.taobao.com/item.htm?id={ID}", "taobao", "listing", ID),
    ("URL:uniqlo.tmall.com", "tmall", "storefront", "uniqlo"),
    ("URL:uniqlo.tmall.com/", "tmall", "storefront", "uniqlo"),
    ("Store:shop118454188.taobao.com", "taobao", "storefront", "118454188"),
    ("Product:detail.1688.com/offer/585943639773.html", "1688", "listing", "585943639773"),
    ("url:www.aliexpress.com/item/1005004878609097.html", "aliexpress", "listing", "1005004878609097"),
    (f"javascript:item.taobao.com/item.htm?id={ID}", None, "scheme-not-allowed", None),  # control
    (f"taobao:item.taobao.com/item.htm?id={ID}", None, "scheme-not-allowed", None),  # control
    (f"taobao://item.taobao.com/item.htm?id={ID}", None, "scheme-not-allowed", None),  # control
    (f"Link://item.taobao.com/item.htm?id={ID}", None, "scheme-not-allowed", None),  # control
    (f"Link:item.taobao.com.evil.cn/item.htm?id={ID}", None, "scheme-not-allowed", None),  # control
    ("Link:evil.com/x", None, "scheme-not-allowed", None),  # control: no marketplace host
]  # fmt: skip

(
    test_word_label_row,
    test_word_label_cli,
    test_word_label_batch_and_columnar,
) = table_tests(WORD_LABEL)

_LINKS = [
    f"item.taobao.com/item.htm?id={ID}",
    "uniqlo.tmall.com/",
    "detail.1688.com/offer/585943639773.html",
    "www.lazada.sg/products/pdp-i2896336114.html",
    "shop118454188.taobao.com",
]


def _same(text: str, reference: str) -> None:
    answer = parse_listing(text)
    assert answer.as_dict() | {"input": None} == parse_listing(reference).as_dict() | {
        "input": None
    }, text
    assert other_listings(text, answer) == []
    batch_and_columnar_give_parse_listing_answer([text, text])


@settings(max_examples=40)
@given(
    link=st.sampled_from(_LINKS[:4]),
    label=st.sampled_from(["链接：", "链接:", "店铺：", "（", "《", "【淘宝】"]),
    before=st.sampled_from(["", "see ", "看看 "]),
)
@example(link=_LINKS[0], label="链接：", before="")
def test_relative_after_a_label_reads_as_alone(link: str, label: str, before: str) -> None:
    _same(f"{before}{label}//{link}", f"//{link}")


@settings(max_examples=40)
@given(
    link=st.sampled_from(_LINKS),
    word=st.sampled_from(["Link", "URL", "link", "Store", "Listing", "Shop"]),
    colon=st.sampled_from([":", "："]),
    before=st.sampled_from(["", "see ", "1. "]),
)
@example(link=_LINKS[0], word="Link", colon=":", before="")
def test_ascii_word_label_reads_as_after_a_space(
    link: str, word: str, colon: str, before: str
) -> None:
    _same(f"{before}{word}{colon}{link}", f"{word}: {link}")


#: A storefront's host alone, then a space and a cell of ASCII text (a spreadsheet row pasted
#: as text, a note after the link): read as the host, as a listing's link so followed
#: (``…?id=N 12``) and a host followed by non-ASCII share text are. After a tab or a line
#: break (which a browser drops, joining what follows to the host) it stays refused, and the
#: reason says what to do.
SPACED: list[tuple[str, str | None, str, str | None]] = [
    ("https://uniqlo.tmall.com 12", "tmall", "storefront", "uniqlo"),
    ("uniqlo.tmall.com 12.5", "tmall", "storefront", "uniqlo"),
    ("https://shop118454188.taobao.com 3 pcs", "taobao", "storefront", "118454188"),
    ("https://uniqlo.tmall.com Shop A", "tmall", "storefront", "uniqlo"),
    ("see https://joinsun.1688.com 12", "1688", "storefront", "joinsun"),
    ("https://zrzb.tmall.hk\u300012", "tmall_global", "storefront", "zrzb"),
    (f"https://item.taobao.com/item.htm?id={ID} 12", "taobao", "listing", ID),  # control
    ("https://uniqlo.tmall.com\t12", None, "not-a-url", None),  # control: a tab
    ("https://uniqlo.tmall.com 12 a@evil.example", None, "not-a-url", None),  # control: an @
    ("https://uniqlo.tmall.com ?id=1", None, "not-a-url", None),  # control: may go on
    ("https://uniqlo.tmall.com /item.htm?id=1", None, "not-a-url", None),  # control
]  # fmt: skip

(
    test_spaced_row,
    test_spaced_cli,
    test_spaced_batch_and_columnar,
) = table_tests(SPACED)

_HOSTS = ["uniqlo.tmall.com", "shop118454188.taobao.com", "joinsun.1688.com", "zrzb.tmall.hk"]


@settings(max_examples=40)
@given(
    host=st.sampled_from(_HOSTS),
    scheme=st.sampled_from(["https://", "http://", ""]),
    space=st.sampled_from([" ", "  ", "\u3000", "\xa0"]),
    cell=st.sampled_from(["12", "3 pcs", "Shop A", "12.5", "x2", "1,200"]),
)
@example(host="uniqlo.tmall.com", scheme="https://", space=" ", cell="12")
def test_a_host_then_spaces_and_an_ascii_cell_reads_as_the_host(
    host: str, scheme: str, space: str, cell: str
) -> None:
    _same(f"{scheme}{host}{space}{cell}", f"{scheme}{host}")


@settings(max_examples=40)
@given(
    host=st.sampled_from(_HOSTS),
    scheme=st.sampled_from(["https://", ""]),
    gap=st.sampled_from(["\t", "\r\n", " \t", "\n"]),
    cell=st.sampled_from(["12", "Shop A", "@attacker.example/", ".evil.cn"]),
)
@example(host="uniqlo.tmall.com", scheme="https://", gap="\t", cell="12")
def test_a_host_then_a_tab_is_refused_saying_what_to_do(
    host: str, scheme: str, gap: str, cell: str
) -> None:
    text = f"{scheme}{host}{gap}{cell}"
    answer = parse_listing(text)
    assert answer.code == "not-a-url", repr(text)  # type: ignore[union-attr]
    assert "whitespace or a control character" in answer.reason  # type: ignore[union-attr]
    assert f"{scheme}{host}/" in answer.reason, answer.reason  # type: ignore[union-attr]
    batch_and_columnar_give_parse_listing_answer([text, text])
    if "@" not in cell and "." not in cell[:1]:  # the fix the reason gives is read
        _same(f"{scheme}{host}/{gap}{cell}", f"{scheme}{host}/")


_AGENTS = [
    f"pandabuy.com/product?url=https://item.taobao.com/item.htm?id={ID}",
    f"www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D{ID}",
    "www.superbuy.com/en/page/buy?url=https://detail.1688.com/offer/585943639773.html",
    f"cnfans.com/product/?shop_type=taobao&id={ID}",
    f"www.cssbuy.com/item-{ID}.html",
]


@settings(max_examples=30)
@given(
    link=st.sampled_from(_AGENTS),
    scheme=st.sampled_from(["", "//", "http://"]),
    before=st.sampled_from(["", "see ", "链接："]),
)
@example(link=_AGENTS[0], scheme="", before="")
@example(link=_AGENTS[0], scheme="//", before="see ")  # was read as the listing it embeds
def test_an_agent_link_without_its_scheme_suggests_what_it_embeds(
    link: str, scheme: str, before: str
) -> None:
    """A buying agent's link without its scheme names and suggests the listing it embeds, as
    with its scheme; it used to say "no marketplace listing found in the link"."""
    text = f"{before}{scheme}{link}"
    answer = parse_listing(text)
    with_scheme = parse_listing(f"https://{link}")
    assert answer.suggestion is not None, text  # type: ignore[union-attr]
    assert answer.as_dict() | {"input": None} == with_scheme.as_dict() | {"input": None}, text
    batch_and_columnar_give_parse_listing_answer([text, text])


def test_the_miss_cache_never_answers_for_an_agent_link_without_its_scheme() -> None:
    """The quick path's miss cache learns an answer per host key: an agent's host without its
    scheme has none (what it embeds is in the rest), so the fast path agrees with the thorough
    parser on each of several links with one key, not only on the first."""
    for link in (_AGENTS[1], _AGENTS[3], _AGENTS[4]):
        for last in "0123":
            text = link.replace(ID, ID[:-1] + last)
            assert parse_listing(text) == parse_slowly(text), text
            assert parse_listing(text).suggestion.endswith(ID[:-1] + last)  # type: ignore[union-attr]


_BARRED = [
    (f"https://item.taobao.com/item.htm?id={ID}", "malformed-id"),
    ("https://detail.1688.com/offer/585943639773.html", "missing-id"),
    ("https://www.aliexpress.com/item/1005004878609097.html", "missing-id"),
    ("https://www.lazada.sg/products/pdp-i2896336114.html", "missing-id"),
    ("detail.1688.com/offer/585943639773.html", "missing-id"),
]


@settings(max_examples=30)
@given(
    link=st.sampled_from(_BARRED),
    bars=st.sampled_from(["|", "||"]),
    before=st.sampled_from(["", "see ", "链接："]),
)
@example(link=_BARRED[1], bars="|", before="")
def test_a_bar_glued_after_a_link_is_refused_naming_it(
    link: tuple[str, str], bars: str, before: str
) -> None:
    """A bar glued after a listing's link with no cell before it (``…/N.html|``) stays refused
    (table 21), but the reason names the bar and the link without it is the suggestion: it
    used to say the page was "in a form ipprules does not read" (``missing-id``)."""
    url, code = link
    text = f"{before}{url}{bars}"
    answer = parse_listing(text)
    assert answer.code == code, text  # type: ignore[union-attr]
    assert "'|' is glued after the link" in answer.reason, answer.reason  # type: ignore[union-attr]
    assert "does not read" not in answer.reason  # type: ignore[union-attr]
    assert answer.suggestion == parse_listing(url).canonical_url  # type: ignore[union-attr]
    assert other_listings(text, answer) == []
    batch_and_columnar_give_parse_listing_answer([text, text])


_SLASHED = [
    ("a.m.taobao.com/i551881638423.htm", "not-a-listing"),
    ("https://world.taobao.com/item/691740234866.htm", "missing-id"),
    ("https://detail.1688.com/offer/585943639773.html", "missing-id"),
    ("//m.1688.com/offer/534408278560.html", "missing-id"),
    ("https://www.aliexpress.com/item/1005004878609097.html", "missing-id"),
]


@settings(max_examples=20)
@given(link=st.sampled_from(_SLASHED), before=st.sampled_from(["", "see ", "链接："]))
@example(link=_SLASHED[0], before="")
def test_a_slash_after_a_page_name_gets_one_hint(link: tuple[str, str], before: str) -> None:
    """A slash typed after a listing page's name (``…/N.html/``, ``a.m.taobao.com/iN.htm/``)
    stays refused, each form with its code, but every form now names the slash and suggests
    the link without it: the hints differed (the generic "not a listing", or "a form
    ipprules does not read")."""
    url, code = link
    text = f"{before}{url}/"
    answer = parse_listing(text)
    assert answer.code == code, text  # type: ignore[union-attr]
    assert "'/' is glued after the link" in answer.reason, answer.reason  # type: ignore[union-attr]
    assert answer.suggestion == parse_listing(url).canonical_url  # type: ignore[union-attr]
    batch_and_columnar_give_parse_listing_answer([text, text])
