"""lookalike9: hostile strings around the XPath forms the parser learned on 2026-12-07.

realurls60 taught the parser that an XPath step (``//a[``) is no link and that an XPath
attribute tested against a quoted string (``contains(@href,"…")``, ``[@href="…"]``) is no
userinfo: the ``@attr`` is blanked and the quoted string is read as the link. Each new
acceptance is attack surface, so this file builds over 300 hostile variants round it (an
``@evil.cn`` disguised as an attribute, a link whose userinfo is written ``a[contains(@``,
attribute names with dots, homoglyph, IDNA, suffix-squat and userinfo hosts in the quotes
(lookalike3's classes), ``%2e`` dots, zero-width characters, backslashes, nested and escaped
quotes, unbalanced brackets, a step glued to a scheme, the forms beside Markdown, CSS selectors
and JSON) and checks, on every engine (``parse_listing``, ``parse_listings``, the thorough
parser, the columnar kernel, ``extract_urls``), that each is refused or read as the docs say.

Fixed (the test below failed before):

- an XPath step or call glued to a host's path (``evil.cn/a[@href="https://item.taobao.com/…"]``,
  ``//evil.cn/a[@href="…"]``, ``evil.cn/a[contains(@href,"item.taobao.com/…")]``) had its
  ``@href`` blanked by the thorough parser, which then read the quoted marketplace link as the
  listing while ``parse_listing`` refused the text as ``evil.cn``'s link (not-alibaba-host):
  the engines disagreed and one accepted a link a browser opens on evil.cn. An XPath form now
  starts an expression only where the run of text before it (back to a space or a quote) holds
  no host, scheme or escape; glued to a host it is that host's path (listing-urls.md section 11:
  a marketplace link in a foreign link's path is suggested, never read).
"""

from __future__ import annotations

import re
import time
from functools import cache

import pytest
import test_lookalike3 as l3

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
HOST, PATH = "item.taobao.com", f"/item.htm?id={ID}"
LINK = f"https://{HOST}{PATH}"
EVIL = "evil.cn"
_QUOTED = re.compile(r"""(['"])(.*?)\1""")


def _inner_links() -> list[str]:
    """The link spellings put in the quotes: the plain ones and lookalike3's hostile classes
    (every fourth, to keep the file fast)."""
    made = [t for make in l3.CLASSES.values() for t in make(HOST, PATH)]
    return list(dict.fromkeys([LINK, f"{HOST}{PATH}", f"//{HOST}{PATH}", *made[::4]]))


def _wrapped(link: str) -> list[str]:
    """``link`` as the string an XPath attribute is tested against."""
    q = "'" if '"' in link else '"'
    return [f"//a[contains(@href,{q}{link}{q})]", f"//a[@{EVIL}={q}{link}{q}]",
            f"starts-with(@src, {q}{link}{q})"]  # fmt: skip


def _disguised() -> list[str]:
    """An ``@evil.cn`` written as an XPath attribute round a marketplace host, a userinfo
    written ``a[contains(@``, an XPath form glued to a host or a scheme."""
    rows = []
    for scheme in ("https://", "//", ""):
        for attr in (f"@{EVIL}", "@href", f"@{EVIL}:8080", "@a.b.c", f"@{EVIL}\u200b"):
            for op in ('="x"', ',"x"', '!="x"', ',"', "=x"):
                rows += [f"{scheme}{HOST}[{attr}{op}]{PATH}", f"{scheme}{HOST}({attr}{op}){PATH}",
                         f"{scheme}a[contains({attr}{op})]{PATH}", f"{scheme}x[{attr}{op}]@{HOST}{PATH}",
                         f"{scheme}{HOST}/a[{attr}{op}]{PATH}"]  # fmt: skip
        rows += [f'{scheme}a[contains(@{HOST}{PATH}', f'{scheme}a[contains(@href,"x")]@{EVIL}/{HOST}{PATH}',
                 f'{scheme}{EVIL}/a[@href="{LINK}"]', f'{scheme}{EVIL}/a[contains(@href,"{HOST}{PATH}")]',
                 f'{scheme}{EVIL}//a[@href="{LINK}"]', f'{scheme}{EVIL}/contains(@href,"{LINK}")',
                 f'{scheme}{EVIL}%2e/a[@href="{LINK}"]', f'{scheme}{HOST}.{EVIL}/a[@href="x"]{PATH}',
                 f'{scheme}{EVIL}?a[@href="{LINK}"]']  # fmt: skip
    for link in (LINK, f"{HOST}{PATH}", f"https://{HOST}.{EVIL}{PATH}", f"https://{HOST}@{EVIL}{PATH}",
                 f"https://{HOST.replace('a', 'а', 1)}{PATH}", f"https://item.xn--tobao-5we.com{PATH}",
                 f"https://{HOST.replace('.', '%2e')}{PATH}", f"https://{HOST}\u200b{PATH}"):  # fmt: skip
        rows += [f"//a[contains(@href,\"{link}')]", f"//a[contains(@href,'\"{link}\"')]",
                 f'//a[contains(@href,\\"{link}\\")]', f'//a[contains(@href,"{link}"', f'//a[contains(@href,"{link}"))]]',
                 f'//a[contains(@href,"{EVIL}")]{link}', f'[//a[contains(@href,"{link}")]]({link})',
                 f'a[href*="{link}"], //a[contains(@href,"{link}")]', f'{{"u":"//a[@href=\'{link}\']"}}',
                 f'//a[contains(@href,"https://{EVIL}/")] {link}', f"https://a[contains(@href,\"{link}\")]",
                 f'contains(@href,"https://{EVIL}/x") or contains(@href,"{link}")',
                 f'//a[contains(@\u200bhref,"{link}")]', f"//a[contains(@href,{link})]"]  # fmt: skip
    return rows


@cache
def variants() -> tuple[str, ...]:
    rows = [w for link in _inner_links() for w in _wrapped(link)] + _disguised()
    return tuple(dict.fromkeys(rows))


def _opens_the_listing(text: str, answer: Listing) -> bool:
    """An accepted text opens the listing's marketplace host: the whole text in a browser, a
    quoted string in it, or a link ``extract_urls`` finds in it."""
    quoted = [m.group(2).strip("\\") for m in _QUOTED.finditer(text)]  # a JSON-escaped quote
    candidates = [text, *quoted, *extract_urls(text)]
    for candidate in candidates:
        alone = parse_listing(candidate)
        if isinstance(alone, Listing) and alone.identity == answer.identity:
            try:
                l3.check(candidate, alone, "alone")
            except AssertionError:
                continue
            return True
    return False


GLUED = [
    f'{EVIL}/a[@href="{LINK}"]',
    f'//{EVIL}/a[@href="{LINK}"]',
    f'{EVIL}/a[contains(@href,"{HOST}{PATH}")]',
    f'{EVIL}//a[@href="{LINK}"]',
    f'//{EVIL}/contains(@href,"{LINK}")',
    f'//ul/li/a[@href="{LINK}"]',
    f'//evil/a[@href="{LINK}"]',
    f'x//ul//a[contains(@href,"{HOST}{PATH}")]',
]


@pytest.mark.parametrize("text", GLUED)
def test_an_xpath_form_glued_to_a_host_is_that_host_s_path(text: str) -> None:
    """The fix: every engine refuses the foreign link (``x//ul``: a link with no host)."""
    read = parse_listing(text)
    assert read.code in ("not-alibaba-host", "not-a-url"), read
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    from ipprules.listings.text import xpath_attributes

    assert list(xpath_attributes(text)) == []


def test_an_xpath_path_of_steps_still_reads_its_string() -> None:
    """realurls60's readings are kept: a path of steps before the attribute is XPath."""
    for text in (f'.//ul/li/a[@href="{LINK}"]', f'.//a[contains(@href,"{HOST}{PATH}")]',
                 f'sel.xpath(\'//div[@class="x"]/a[contains(@href,"{LINK}")]\')'):  # fmt: skip
        read = parse_listing(text)
        assert isinstance(read, Listing) and read.id == ID, (text, read)
        assert parse_slowly(text).as_dict() == read.as_dict(), text


def test_300_hostile_variants_every_engine_agrees_none_opens_another_host() -> None:
    texts = variants()
    assert len(texts) >= 300, len(texts)
    answers = [parse_listing(t) for t in texts]
    for text, answer in zip(texts, answers, strict=True):
        assert parse_slowly(text).as_dict() == answer.as_dict(), text
        if isinstance(answer, Listing):
            assert answer.id == ID, (text, answer)
            assert _opens_the_listing(text, answer), (text, answer)
    for (_, read), answer in zip(parse_listings(texts), answers, strict=True):
        assert read.as_dict() == answer.as_dict(), read.input


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    texts = list(variants()[::4]) + GLUED
    table = parse_column(texts)
    columns = [table.column(c).to_pylist() for c in ("ok", "code", "identity", "suggestion")]
    for text, *row in zip(texts, *columns, strict=True):
        d = parse_listing(text).as_dict()
        assert row == [d["ok"], d["code"], d["identity"], d["suggestion"]], text


def test_long_xpath_forms_are_read_in_linear_time() -> None:
    """Each run before an XPath form is scanned back only to the previous form."""
    from ipprules.listings.text import xpath_attributes

    shapes = (
        lambda n: "//a" * n + f'[@href="{LINK}"]',
        lambda n: EVIL + "/a" * n + f'[@href="{LINK}"]',
        lambda n: '/a[@b="x' * n,
        lambda n: "a" * (8 * n) + '/a[@b="',
    )
    for shape in shapes:
        spent = []
        for n in (1_000, 8_000):
            text = shape(n)
            start = time.process_time()
            list(xpath_attributes(text))
            spent.append(time.process_time() - start)
        assert spent[1] < 0.25 + 16 * spent[0], spent  # 8x the length: linear, not 64x
