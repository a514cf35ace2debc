"""urlleft2: listing-parser decisions left by the 2026-12-07 sweeps, decided from the docs.

Fixed (each test marked so failed before):

- a Markdown linked image, ``[![alt](https://img…/x.jpg)](https://item.taobao.com/…)``, was
  read as its image's link (``not-alibaba-host``), though docs/listings.md says a Markdown
  link's target is where it leads, whatever it shows: the target is read now (also with a
  title after the target, or after the image's link when the target has its scheme);
- a file's name before a link, ``a.jpg?x=1,https://…`` or ``x.json/https://…``, was taken for
  a host (``a.jpg``) whose query or path holds the link: a name whose last label is a file
  extension that no top-level domain is is no host, so the link after it is read.

Decided, the current answer standing (pinned here):

- 1688 ``/page/<name>`` with a look-alike of the dot (``x．json``, ``x。json``) is the store's
  page, not ``/page/x.json``: a browser percent-encodes those characters, no server sees
  ``.json`` (lookalike8);
- a placeholder where the id goes (``/item/{itemId}.htm``) is ``missing-id`` (no id is
  written), letters there (``/item/abc.htm``) ``malformed-id`` (an id written wrong), on every
  form that reads ``/item/N.htm`` or ``/offer/N.html``;
- a link with a port and no scheme opens as ``https://`` or ``http://``: the default port of
  either (``:443``, ``:80``) is accepted, any other refused (``lookalike-host``).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ITEM = "https://item.taobao.com/item.htm?id=637730514783"
IMG = "https://img.alicdn.com/imgextra/i1/x.jpg"
#: The brief's file extensions that no top-level domain is.
EXTENSIONS = [
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "svg",
    "js",
    "css",
    "json",
    "html",
    "htm",
    "php",
    "txt",
    "csv",
    "xml",
    "pdf",
]


def _answers(text: str) -> list[tuple[Any, ...]]:
    """(ok, canonical URL or code) from every engine: the fast path, the thorough parser and
    the columnar kernel."""
    columnar = pytest.importorskip("ipprules.columnar")
    out = []
    for result in (parse_listing(text), parse_slowly(text)):
        out.append((result.ok, result.canonical_url if result.ok else result.code))
    row = columnar.parse_column([text]).to_pylist()[0]
    out.append((row["ok"], row["canonical_url"] if row["ok"] else row["code"]))
    return out


def _all(text: str, expected: tuple[Any, ...]) -> None:
    assert _answers(text) == [expected] * 3


# 1. A Markdown linked image leads to its target (fixed)

LINKED_IMAGES = [
    f"[![alt]({IMG})]({ITEM})",
    f"[![]({IMG})]({ITEM})",
    f'[![]({IMG})]({ITEM} "title")',
    f"[![my shoe]({IMG})]({ITEM})",  # alt text with a space
    f"[![买买买]({IMG} ':size=150')]({ITEM}) |",  # a title after the image's link
    f'[![a]({IMG} "t")](//item.taobao.com/item.htm?id=637730514783)',
    f" 套件 |  [![]({IMG})]({ITEM}) |  ",
    f"[![]({IMG})](item.taobao.com/item.htm?id=637730514783)",  # a target without its scheme
    f'{{"d":"[![](https:\\/\\/img.alicdn.com\\/x.png)]({ITEM.replace("/", chr(92) + "/")})"}}',
]


@pytest.mark.parametrize("text", LINKED_IMAGES)
def test_linked_image_reads_its_target(text: str) -> None:
    _all(text, (True, ITEM))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"[![]({ITEM})](https://evil.example/x)", "not-alibaba-host"),  # the image shows it
        (f'[![a]({ITEM} "t")](https://evil.example/x)', "not-alibaba-host"),
        (f"[![]({IMG})](#top)", "not-a-url"),  # a relative target is still where it leads
    ],
)
def test_linked_image_target_elsewhere_is_refused(text: str, code: str) -> None:
    _all(text, (False, code))


@pytest.mark.parametrize(
    "text",
    [
        f"![]({IMG}) {ITEM}",  # an image alone, not linked: the first link is still its
        f"![alt]({IMG})",
        f"[text]({IMG})",  # a link to an image is the image
    ],
)
def test_unlinked_image_is_still_the_first_link(text: str) -> None:
    _all(text, (False, "not-alibaba-host"))


def test_html_linked_image_reads_the_anchor() -> None:
    _all(f'<a href="{ITEM}"><img src="{IMG}"></a>', (True, ITEM))


def test_linked_images_several_listings() -> None:
    second = "https://item.taobao.com/item.htm?id=637730514784"
    text = f"[![]({IMG})]({ITEM}) [![]({IMG})]({second})"
    _all(text, (True, ITEM))
    report = parse_listings([text]).text()
    assert f"other listings on this line: {second})" in report


# 2. A file's name is no host (fixed)

FILE_HEADS = [
    f"a.jpg?x=1,{ITEM}",
    f"x.json/{ITEM}",
    f"see x.json/{ITEM}",
    f"IMG_1.PNG#a,{ITEM}",
    f"shop.js/?u={ITEM}",
    f"a.jpg,{ITEM}",  # read before too
]


@pytest.mark.parametrize("text", FILE_HEADS)
def test_file_name_is_no_host(text: str) -> None:
    _all(text, (True, ITEM))


@settings(max_examples=25, deadline=None)
@given(
    name=st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True),
    ext=st.sampled_from(EXTENSIONS),
    upper=st.booleans(),
    glue=st.sampled_from(["?x=1,", "?v=2&y=3,", "#a,", "/", "/?u="]),
)
def test_file_name_before_a_link_property(name: str, ext: str, upper: bool, glue: str) -> None:
    text = f"{name}.{ext.upper() if upper else ext}{glue}{ITEM}"
    _all(text, (True, ITEM))


@pytest.mark.parametrize(
    "text",
    [
        f"evil.com/x?a=1,{ITEM}",  # a host's query holds the link: still that host's
        f"see evil.com/{ITEM}",
        f"evil.jpg.com/{ITEM}",  # the extension is not the last label
        "a.jpg",  # a file's name alone names no listing either way
    ],
)
def test_host_before_a_link_stays_a_host(text: str) -> None:
    _all(text, (False, "not-alibaba-host"))


# 3. 1688 /page/ names with a look-alike of the dot (decided: a page name, not ".json")


@pytest.mark.parametrize("dot", ["．", "。", "․"])
def test_1688_page_lookalike_dot_is_a_page_name(dot: str) -> None:
    _all(f"https://shop1.1688.com/page/x{dot}json", (True, "https://shop1.1688.com/"))


def test_1688_page_ascii_json_is_no_store_page() -> None:
    _all("https://shop1.1688.com/page/x.json", (False, "not-a-listing"))


# 4. A placeholder for the id is missing-id, letters are malformed-id (decided)


@pytest.mark.parametrize(
    ("placeholder", "letters"),
    [
        (
            "https://world.taobao.com/item/{itemId}.htm",
            "https://world.taobao.com/item/abc.htm",
        ),
        (
            "https://detail.1688.com/offer/{offerId}.html",
            "https://detail.1688.com/offer/abc.html",
        ),
        ("https://www.aliexpress.com/item/{id}.html", "https://www.aliexpress.com/item/abc.html"),
    ],
)
def test_placeholder_is_missing_id_letters_malformed(placeholder: str, letters: str) -> None:
    _all(placeholder, (False, "missing-id"))
    _all(letters, (False, "malformed-id"))


# 5. A port without a scheme (decided: either accepted scheme's default port is accepted)

TMALL = "https://detail.tmall.com/item.htm?id=637730514783"


@pytest.mark.parametrize("port", ["443", "80"])
def test_schemeless_default_port_is_accepted(port: str) -> None:
    _all(f"item.tmall.com:{port}/item.htm?id=637730514783", (True, TMALL))
    _all(f"//item.tmall.com:{port}/item.htm?id=637730514783", (True, TMALL))


@pytest.mark.parametrize("port", ["8080", "444", "8443"])
def test_schemeless_other_port_is_refused(port: str) -> None:
    _all(f"item.tmall.com:{port}/item.htm?id=637730514783", (False, "lookalike-host"))


def test_scheme_port_must_be_its_own_default() -> None:
    _all("https://item.tmall.com:80/item.htm?id=637730514783", (False, "lookalike-host"))
    _all("http://item.tmall.com:443/item.htm?id=637730514783", (False, "lookalike-host"))


def test_fast_path_cache_agrees_when_warm() -> None:
    """The fast path's caches (keyed by a text's start) give the thorough parser's answer for
    a file's name before a link, also after the same start was seen with another link."""
    texts = [
        "a.jpg?x=1,https://evil.com/x",
        f"a.jpg?x=1,{ITEM}",
        "x.json/https://evil.com/",
        f"x.json/{ITEM}",
        "a.jpg?x=1",
        f"[![]({IMG})]({ITEM})",
    ]
    for _ in range(3):
        for text in texts:
            assert parse_listing(text).as_dict() == parse_slowly(text).as_dict(), text
