"""docsrules3: statements of the docs checked against the rule text and the code.

docs/listings.md: a Markdown link's target "is still where it leads, whatever it shows ... its
target in angle brackets or after spaces or a line end, ``](<https://evil.example/>)``, as
CommonMark reads it". A link whose text is the link itself and whose target is in angle
brackets with nothing between (``[https://…](<https://…>)``) was read as no URL at all
(``not-a-url``; ``extract_urls`` found none), whether its target led to the same listing or
elsewhere; with a space before the ``<`` it was read. So was a linked image's target in angle
brackets (``[![alt](https://img…)](<https://…>)``, the doc's "that holds for a linked image
too") and a link pasted without its ``[`` (``https://…](<https://…>)``).
"""

from __future__ import annotations

import pytest

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ITEM = "https://item.taobao.com/item.htm?id=600000000001"
STORE = "https://uniqlo.tmall.com"


def _same_in_every_engine(text: str) -> Listing | object:
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read.as_dict(), text
    return read


@pytest.mark.parametrize(
    "text",
    [
        f"[{ITEM}](<https://evil.example/>)",
        f"[{ITEM}](<https://evil.example>)",
        f'[{ITEM}](<https://evil.example/> "title")',
        f"see [{STORE}](<https://evil.example/x>) now",
        # a linked image and a link pasted without its "[" are read the same way
        "[![alt](https://img.alicdn.com/x.jpg)](<https://evil.example/>)",
        f'[![alt](https://img.alicdn.com/x.jpg "{ITEM}")](<https://evil.example/>)',
        f"{ITEM}](<https://evil.example/>)",
    ],
)
def test_an_angled_target_elsewhere_is_where_the_link_leads(text: str) -> None:
    read = _same_in_every_engine(text)
    assert not isinstance(read, Listing) and read.code == "not-alibaba-host", (text, read)
    urls = extract_urls(text)
    assert urls and all(url.startswith("https://evil.example") for url in urls), (text, urls)


@pytest.mark.parametrize(
    ("text", "identity"),
    [
        (f"[{ITEM}](<{ITEM}>)", "taobao-item:600000000001"),
        (f"[{STORE}](<{STORE}/>)", "tmall-store:uniqlo"),
        (f"[{ITEM}](<url>)", "taobao-item:600000000001"),  # the editor's placeholder
        (f"[![alt](https://img.alicdn.com/x.jpg)](<{ITEM}>)", "taobao-item:600000000001"),
        (f'[![alt](https://img.alicdn.com/x.jpg "t")](<{ITEM}>)', "taobao-item:600000000001"),
        (f"{ITEM}](<{ITEM}>)", "taobao-item:600000000001"),
    ],
)
def test_an_angled_target_to_the_link_itself_is_read(text: str, identity: str) -> None:
    read = _same_in_every_engine(text)
    assert isinstance(read, Listing) and read.identity == identity, (text, read)
    assert [parse_listing(url).identity for url in extract_urls(text)] == [identity], text


def test_the_forms_that_were_read_still_are() -> None:
    for text in (f"[{ITEM}]( <https://evil.example/> )", f"[{ITEM}](https://evil.example/)"):
        read = _same_in_every_engine(text)
        assert not isinstance(read, Listing) and read.code == "not-alibaba-host", text
    assert parse_listing(f"[link](<{ITEM}>)").identity == "taobao-item:600000000001"
    assert parse_listing(f"<{ITEM}>").identity == "taobao-item:600000000001"
