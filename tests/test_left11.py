"""left11: what this session's listing and file sweeps left (lookalike13, realfiles13).

Every engine answers alike for each text below: ``parse_listing``, ``parse_slowly``,
``parse_listings``, ``extract_urls`` (then ``parse_listing`` of what it finds) and
``ipprules.columnar.parse_column``.
"""

from __future__ import annotations

import pytest

from ipprules.columnar import parse_column
from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

LINK = "item.taobao.com/item.htm?id=12345678901"
URL = "https://" + LINK


def _answers(text: str) -> list[str]:
    """Each engine's answer for ``text``: the id read, or the refusal's code."""
    answers = []
    for got in (parse_listing(text), parse_slowly(text), next(iter(parse_listings([text])))[1]):
        answers.append(got.id if type(got) is Listing else got.code)
    found = [parse_listing(url) for url in extract_urls(text)]
    read = [got.id for got in found if type(got) is Listing]
    answers.append(read[0] if read else "no listing")
    row = parse_column([text]).to_pylist()[0]
    answers.append(row["id"] if row["ok"] else row["code"])
    return answers


def _refused(answers: list[str]) -> bool:
    return "12345678901" not in answers


@pytest.mark.parametrize(
    "head", ["a&#46;b", "a&#046;b", "a&#x2E;b", "a&period;b", "x?", "x#", "?a=1&u="]
)
def test_a_dot_written_as_an_entity_or_a_query_before_the_label_is_refused(head: str) -> None:
    # rendered, the word holds a dot (or makes the label a query or a fragment of the word),
    # which no word before a label holds: refused as evil.cn链接：… is, by every engine
    assert _refused(_answers(head + "链接：" + LINK))


@pytest.mark.parametrize("head", ["x!", "Sale!", "x", "PC端", "a=1&u="])
def test_a_word_before_the_label_is_read_by_every_engine(head: str) -> None:
    # x!链接：… was read by parse_listing and not found by extract_urls
    assert _answers(head + "链接：" + LINK) == ["12345678901"] * 5


@pytest.mark.parametrize("stars", ["＊＊＊", "∗∗∗", "•••", "﹡﹡﹡"])
def test_a_second_id_masked_with_look_alike_stars_is_refused(stars: str) -> None:
    masked = URL + "&id=" + stars
    assert _answers(masked) == _answers(URL + "&id=***")
    assert _refused(_answers(masked))
    assert extract_urls("看 " + masked + "看看") == [masked]


def test_an_id_masked_with_look_alike_stars_is_no_shorter_id() -> None:
    got = parse_listing("https://item.taobao.com/item.htm?id=63540767＊＊＊＊")
    assert type(got) is not Listing and got.code == "malformed-id"


def test_two_look_alike_stars_are_no_mask() -> None:
    # fewer than three: share text glued on, cut as before
    assert extract_urls(URL + "••") == [URL]
