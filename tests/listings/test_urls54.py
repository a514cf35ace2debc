"""urls54: left-overs of urls53 and realurls39, decided from the notes (notes in
/work/notes/sweep-urls54.md).

Each row of a table is ``(input, platform, kind_or_code, id)``, checked through
``parse_listing``, the thorough parser, the CLI, ``parse_listings`` and the columnar kernel
(``table_tests``).

1. A short-link host with no code (``s.lazada.sg``, ``https://m.tb.cn/``, ``qr.1688.com/s/``,
   ``s.click.aliexpress.com/e/``): nothing to resolve, so ``missing-id`` saying "short-link
   host with no code" (was ``short-link`` "cannot be resolved offline"). A link with its code,
   a query, or a stand-in for its code after it (``m.tb.cn/<tk>``, ``s.lazada.vn/...``) stays a
   short link.
2. A prompt's colon after CJK text glued before a link in one token
   (``placeholder="如：robot.aliexpress.com"``): the link after it is read on its own (was
   ``lookalike-host`` for the whole attribute, or ``not-a-url``).
3. CSS and XML ``word:word`` tokens (``a:hover``, ``li:nth-child``, ``xmlns:android``,
   ``android:text="…"``) are no scheme: ``not-a-url`` (was ``scheme-not-allowed``).
4. Backticks and typographic quotes around a marketplace's host alone (```item.taobao.com```,
   ``“…”``, ``‘…’``, ``「…」``): a host name only, ``not-a-url``, as ``'…'`` and ``"…"`` are.
5. ``m.1688.com/winport/{member_id}.html`` (and ``company/{0}``): a template, ``not-a-url``
   (was ``missing-id``).
6. ``star.aliexpress.com/share/share.htm?redirectUrl=<encoded item link>`` stays a short link;
   its reason now names the listing suggested, unverified.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import table_tests
from ipprules.listings import parse_listing
from ipprules.listings.hosts import SHORT_HOSTS

CODELESS: list[tuple[str, str | None, str, str | None]] = [
    ("s.lazada.sg", None, 'missing-id', None),  # fix 1: was short-link
    ("https://m.tb.cn/", None, 'missing-id', None),  # fix 1: was short-link
    ("HTTPS://M.TB.CN/", None, 'missing-id', None),  # fix 1: upper case too
    ("https://s.click.aliexpress.com/", None, 'missing-id', None),  # fix 1: was short-link
    ("https://s.click.aliexpress.com/e/", None, 'missing-id', None),  # fix 1: the code's prefix only
    ("a.aliexpress.com/", None, 'missing-id', None),  # fix 1: was short-link
    ("qr.1688.com/s/", None, 'missing-id', None),  # fix 1: was short-link
    ("https://c.lazada.co.th/t/", None, 'missing-id', None),  # fix 1: was short-link
    ("see https://m.tb.cn/ now", None, 'missing-id', None),  # fix 1: in text too
    ("https://m.tb.cn/h.4CEhFr0?sm=70d491", None, 'short-link', None),  # control: notes section 10
    ("https://qr.1688.com/s/7OnLCakq", None, 'short-link', None),  # control: notes section 10
    ("https://s.lazada.co.th/s.ZkuXG", None, 'short-link', None),  # control: notes section 10
    ("https://m.tb.cn/?tk=qFuaV9hzh0k", None, 'short-link', None),  # control: a query may lead on
    (" * short URLs (m.tb.cn/<tk> / qr.1688.com/s/<tk>)", None, 'short-link', None),  # control: a stand-in code (test_real_urls_11)
    ("<code>https://s.lazada.vn/... giá</code>", None, 'short-link', None),  # control: an elided code (test_real_urls_19)
]  # fmt: skip

PROMPTS: list[tuple[str, str | None, str, str | None]] = [
    ('placeholder="如：robot.aliexpress.com"', None, 'not-a-listing', None),  # fix 2: was lookalike-host (realurls36: not-a-url)
    ('placeholder="如:robot.aliexpress.com"', None, 'not-a-listing', None),  # fix 2: was not-a-url (bad port)
    ('placeholder="店铺：uniqlo.tmall.com"', 'tmall', 'storefront', 'uniqlo'),  # fix 2: was lookalike-host
    ('x="如：item.taobao.com/item.htm?id=606832683299"', 'taobao', 'listing', '606832683299'),  # fix 2: was not-a-url
    ('placeholder="例如：item.taobao.com/item.htm?id=1"', None, 'malformed-id', None),  # fix 2: was lookalike-host
    ("如：robot.aliexpress.com", None, 'not-a-listing', None),  # control (unchanged)
    ("例如：item.taobao.com/item.htm?id=1", None, 'malformed-id', None),  # control (unchanged)
    ("链接：https://item.taobao.com/item.htm?id=606832683299", 'taobao', 'listing', '606832683299'),  # control
    ("#小程序://闲鱼/UHppd5wqVrUnHnr", None, 'not-a-url', None),  # control: no prompt (test_real_urls_19)
]  # fmt: skip

MARKUP: list[tuple[str, str | None, str, str | None]] = [
    ("a:hover", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("li:nth-child", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("xmlns:android", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("input:focus", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ('android:layout_width="match_parent"', None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("a:hover { color: red }", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("#main li:nth-child(2) { }", None, 'not-a-url', None),  # fix 3: was scheme-not-allowed
    ("taobao:item", None, 'scheme-not-allowed', None),  # control: an app's scheme
    ("mailto:shop@example.com", None, 'scheme-not-allowed', None),  # control
    ("a:hover taobao://item.taobao.com/item.htm?id=1", None, 'scheme-not-allowed', None),  # control: the taobao: link
]  # fmt: skip

QUOTES: list[tuple[str, str | None, str, str | None]] = [
    ("`item.taobao.com`", None, 'not-a-url', None),  # fix 4: was missing-id
    ("\u2018item.taobao.com\u2019", None, 'not-a-url', None),  # fix 4: was missing-id
    ("\u201citem.taobao.com\u201d", None, 'not-a-url', None),  # fix 4: was missing-id
    ("\u300citem.taobao.com\u300d", None, 'not-a-url', None),  # fix 4: was missing-id
    ("`s.lazada.vn`", None, 'not-a-url', None),  # fix 4: was short-link
    ("use `item.taobao.com` here", None, 'not-a-url', None),  # fix 4: was missing-id
    ("\u201cuniqlo.tmall.com\u201d", 'tmall', 'storefront', 'uniqlo'),  # control: a store's host is its link
    ("`item.taobao.com/item.htm?id=606832683299`", 'taobao', 'listing', '606832683299'),  # control
    ("\u2018item.taobao.com\u201d", None, 'missing-id', None),  # control: no pair of quotes
]  # fmt: skip

TEMPLATES: list[tuple[str, str | None, str, str | None]] = [
    ("https://m.1688.com/winport/{member_id}.html", None, 'not-a-url', None),  # fix 5: was missing-id
    ("https://m.1688.com/winport/${memberId}.html", None, 'not-a-url', None),  # fix 5: was missing-id
    ('    driver.get("https://m.1688.com/winport/company/{}.html".format(company_id))', None, 'not-a-url', None),  # fix 5; test_real_urls_17
    ("https://m.1688.com/winport/b2b-25396717735e2ts.html", '1688', 'storefront', 'b2b-25396717735e2ts'),  # control: notes section 4
    ("https://m.1688.com/winport/asyncsearch.json", None, 'missing-id', None),  # control (urls53)
]  # fmt: skip

STAR = (
    "https://star.aliexpress.com/share/share.htm?redirectUrl="
    "https%3A%2F%2Ffr.aliexpress.com%2Fitem%2F1005004783921093.html"
)
WRAPPERS: list[tuple[str, str | None, str, str | None]] = [
    (STAR, None, 'short-link', None),  # fix 6 (reason): never read as the listing
]  # fmt: skip

ALL = [*CODELESS, *PROMPTS, *MARKUP, *QUOTES, *TEMPLATES, *WRAPPERS]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize("text", [row[0] for row in CODELESS[:9]])
def test_a_codeless_short_link_says_so(text: str) -> None:
    reason = parse_listing(text).reason
    assert "short-link host with no code" in reason and "resolved offline" not in reason


@pytest.mark.parametrize("text", [row[0] for row in MARKUP[:7]])
def test_a_markup_name_is_no_scheme(text: str) -> None:
    assert "scheme" not in parse_listing(text).reason


@pytest.mark.parametrize("text", [row[0] for row in QUOTES[:6]])
def test_a_quoted_host_is_a_host_name_only(text: str) -> None:
    assert "is a host name only" in parse_listing(text).reason


@pytest.mark.parametrize("text", [row[0] for row in TEMPLATES[:3]])
def test_a_winport_template_is_called_one(text: str) -> None:
    assert "is a template, not a link" in parse_listing(text).reason


def test_a_share_wrapper_names_its_listing_unverified() -> None:
    answer = parse_listing(STAR)
    assert answer.suggestion == "https://www.aliexpress.com/item/1005004783921093.html"
    assert answer.suggestion in answer.reason and "unverified" in answer.reason


_HOSTS = st.sampled_from(sorted(SHORT_HOSTS))


@settings(max_examples=50, deadline=None, derandomize=True)
@given(host=_HOSTS, scheme=st.sampled_from(["", "//", "https://", "http://"]), slash=st.booleans())
def test_any_short_host_alone_has_no_code(host: str, scheme: str, slash: bool) -> None:
    assert parse_listing(scheme + host + "/" * slash).code == "missing-id"


_CODE = st.from_regex(r"[A-Za-z0-9]{6,12}", fullmatch=True)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(code=_CODE, start=st.sampled_from(["/h.", "/_", "/e/_", "/s/", "/s.", "/t/c.", "/"]))
def test_a_short_link_with_its_code_stays_one(code: str, start: str) -> None:
    hosts = {"/h.": "m.tb.cn", "/_": "a.aliexpress.com", "/e/_": "s.click.aliexpress.com"}
    hosts |= {"/s/": "qr.1688.com", "/s.": "s.lazada.sg", "/t/c.": "c.lazada.vn", "/": "tb.cn"}
    assert parse_listing(f"https://{hosts[start]}{start}{code}").code == "short-link"
