"""left8: what the last sweeps left (engines disagreeing on a link before a note or an HTML
entity, Markdown reference links, a deadline asked before its start, two links glued)."""

from __future__ import annotations

import pytest

from ipprules.cli import main
from ipprules.listings import Listing, Rejection, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
ITEM = f"https://item.taobao.com/item.htm?id={ID}"
STORE = "https://uniqlo.tmall.com"


def _engines_agree(text: str) -> Listing | Rejection:
    """The answer for ``text``, checked to be the same in every engine."""
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read.as_dict(), text
    return read


# 1. A link, then a note after punctuation, or a space written as an HTML entity: the
# link found in the text is the one parse_listing reads.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("uniqlo.tmall.com..（官方）", "uniqlo.tmall.com"),
        ("see uniqlo.tmall.com..（官方）", "uniqlo.tmall.com"),
        ("uniqlo.tmall.com!)（官方）", "uniqlo.tmall.com"),
        (f"{STORE}&nbsp;(x)", STORE),
        (f"{STORE}&NBSP;", STORE),
        (f"{STORE}&#160;(x)", STORE),
        (f"{STORE}&#xA0;x", STORE),
        (f"see {ITEM}&ensp;now", ITEM),
        (f"{ITEM}&emsp;{STORE}", ITEM),
    ],
)
def test_a_link_before_a_note_or_a_space_entity_is_found_as_it_is_read(
    text: str, first: str
) -> None:
    read = _engines_agree(text)
    assert isinstance(read, Listing), (text, read)
    found = extract_urls(text)
    assert found[0] == first, (text, found)
    assert parse_listing(found[0]).as_dict()["identity"] == read.identity


def test_a_space_entity_between_two_links_parts_them() -> None:
    assert extract_urls(f"{ITEM}&nbsp;https://nike.tmall.com") == [ITEM, "https://nike.tmall.com"]


# 2. A link shown in a Markdown reference link leads where its definition does.
@pytest.mark.parametrize(
    "text",
    [
        f"[{STORE} (x)][1]\n\n[1]: https://evil.cn",
        f"see [{ITEM} (x)][1] now\n[1]: https://evil.cn",
        f"[{STORE} (x)][Ref]\n\n  [ref]: <https://evil.cn/x>",
        f"[{STORE} (x)][]\n[{STORE} (x)]: https://evil.cn",
        "[uniqlo.tmall.com (x)][1]\n[1]: https://evil.cn",
        f"[{STORE} (x)]: https://evil.cn",
    ],
)
def test_a_link_shown_in_a_reference_link_to_elsewhere_is_not_read(text: str) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert read.code == "not-alibaba-host", (text, read)
    assert not any(isinstance(parse_listing(u), Listing) for u in extract_urls(text)), text


@pytest.mark.parametrize(
    "text",
    [
        f"[{STORE} (x)][1]\n[1]: {STORE}/",  # the definition leads to the link shown
        f"[{STORE} (x)][1]",  # no definition: Markdown shows the text as written
        f"[{STORE} (x)] [1]\n[1]: https://evil.cn",  # a space: no reference link
    ],
)
def test_a_link_shown_where_the_reference_leads_to_it_or_nowhere_is_read(text: str) -> None:
    read = _engines_agree(text)
    assert isinstance(read, Listing) and read.identity == "tmall-store:uniqlo", (text, read)


def test_a_reference_to_a_relative_target_is_refused() -> None:
    read = _engines_agree(f"[{STORE} (x)][1]\n[1]: /x")
    assert not isinstance(read, Listing)


# 3. A known deadline asked before it is in force says so first.
def test_a_deadline_asked_before_its_start_says_so_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["deadline", "processing_lazada_ipp_plus", "--on", "2019-12-31"])
    err = capsys.readouterr().err
    assert code == 2
    message = err.split("error: ", 1)[1]
    assert message.startswith(
        "processing_lazada_ipp_plus is in force from 2020-01-01, not on 2019-12-31; "
    ), message
    assert "Traceback" not in err


# 4. Two links glued with nothing between them: the refusal says so.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"{ITEM}https://item.taobao.com/item.htm?id=606832683298", "malformed-id"),
        (f"see {ITEM}https://item.taobao.com/item.htm?id=606832683298 now", "malformed-id"),
        (
            "https://detail.1688.com/offer/585943639773.html"
            "https://detail.1688.com/offer/585943639774.html",
            "missing-id",
        ),
    ],
)
def test_two_links_glued_are_refused_saying_so(text: str, code: str) -> None:
    read = _engines_agree(text)
    assert isinstance(read, Rejection) and read.code == code, (text, read)
    assert "two links are glued with nothing between them" in read.reason, read.reason


def test_a_refusal_of_another_link_does_not_blame_a_glued_pair() -> None:
    text = "item.taobao.com/item.htm?id=1 https://a.cn/1https://b.cn"
    read = _engines_agree(text)
    assert isinstance(read, Rejection) and "glued" not in read.reason, read.reason
