"""The planner's answers do not depend on the quick paths of the listing helpers (#14 item 3).

The planner asks ``may_hold_several`` of every line it reads a listing from (answering a
plain ASCII URL itself, by one ``bytes.translate`` with a table that changes every character
the helper looks for), and of every refused line, and ``other_listings`` of those that may hold several (to reject them as
``several-listings``, or to name the other links in a refusal's message); a refused line's
outcome is built without the named tuple's Python-level constructor (and compared here
field by field with the outcome the definitions give). Each property below
plans the same lines twice, once with the helpers as they are and once with their
definitions (``tests/_several_reference.py``) patched in, and compares every
outcome, the plan and the report.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account
from test_planner_caches import real_piles

from _hypothesis_profiles import CAPS, profile_name
from _scripts import load
from _several_reference import reference_others, reference_several
from ipprules.listings import Rejection, parse_listing, parser
from ipprules.planner import LineOutcome, Settings, Status, engine, plan_listings

DAY = "2026-11-23"
LINK = "https://item.taobao.com/item.htm?id=606832683299"
GLUED = [
    LINK + " " + LINK[:-1] + "7",
    LINK[8:] + "," + LINK[:-1] + "7",
    LINK[8:] + "\x1c" + LINK[:-1] + "8",  # one "//": the separator alone tells
    LINK + "，" + LINK[:-1] + "4",  # non-ASCII punctuation between two links
    "see https://m.tb.cn/h.5cgjuyi " + LINK[:-1] + "6",
    "see https://m.tb.cn/h.5cgjuyi",
    "['" + LINK[8:] + "','" + LINK[8:-1] + "3']",  # a quoted list without schemes (urls32)
    LINK[8:] + "," + LINK[8:-1] + "2",  # joined by a bare comma, no schemes (urls33)
    LINK + "|" + LINK[8:-1] + "1",  # one "//", the second link after a bar without its scheme
    LINK + " " + "x" * parser.MAX_LENGTH + " " + LINK,
    LINK + " " + "x" * parser.MAX_LENGTH + " " + LINK[:-1] + "5",
]


def _plan(lines: list[Any], reconcile: Any = None) -> Any:
    return plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        settings=Settings(right="tm-cn", reason="tm_counterfeit"),
        reconcile=reconcile,
    )


def _by_definition(lines: list[Any]) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser, "may_hold_several", reference_several)
        patch.setattr(parser, "other_listings", reference_others)
        patch.setattr(engine, "may_hold_several", reference_several)
        patch.setattr(engine, "other_listings", reference_others)
        patch.setattr(engine, "_MARKED", _EVERY_BYTE_CHANGED)  # no line is plain: no quick path
        patch.setattr(engine, "_PLAIN", _EVERY_BYTE_CHANGED)  # nor free of separators
        patch.setattr(engine, "_marked_several", reference_several)  # nor the planner's own
        return _plan(lines)


#: A translation table that changes every byte: with it, the planner's reading loop takes
#: no line for a plain ASCII URL and asks ``may_hold_several`` of every line.
_EVERY_BYTE_CHANGED = bytes((b + 1) % 256 for b in range(256))


def reference_refused(text: str, refused: Rejection) -> str:
    """The message of a refused line, by the definitions (with the hint of a space that cut
    a link, :func:`~ipprules.listings.parser.space_hint`)."""
    if refused.code == "several-listings":
        return refused.message
    said = refused.message + parser.space_hint(text, refused.code)  # a short link: none
    if not reference_several(text):
        return said
    others = reference_others(text, refused)
    if not others:
        return said
    return f"{said} (not read, other listings on this line: {' '.join(others)})"


def same_answers(lines: list[Any]) -> None:
    quick, slow = _plan(lines), _by_definition(lines)
    assert quick.outcomes == slow.outcomes
    assert [type(o) for o in quick.outcomes] == [LineOutcome] * len(lines)
    assert quick.plan == slow.plan
    assert quick.report == slow.report
    assert quick.rejected_by_code() == slow.rejected_by_code()
    for line, o in enumerate(quick.outcomes, start=1):  # a refused line's outcome, field by field
        text = lines[line - 1].strip()
        read = parse_listing(text)
        if type(read) is Rejection:
            said = reference_refused(text, read)
            code = read.code if read.code == "several-listings" else f"listing:{read.code}"
            assert o == LineOutcome(line, text, Status.REJECTED, None, None, code, said, None)
    streamed: list[LineOutcome] = []
    _plan(lines, streamed.append)
    assert sorted(streamed) == sorted(quick.outcomes)


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(real_piles(), st.lists(st.sampled_from(GLUED), max_size=4))
def test_the_quick_paths_change_no_answer(lines: list[str], glued: list[str]) -> None:
    same_answers(lines + glued)


@pytest.mark.no_cover
def test_the_quick_paths_change_no_answer_on_the_benchmark_pile() -> None:
    # 1,000 lines give every outcome and every kind of refusal 3,000 did
    lines = load("benchmarks/plan.py").pile(1000, 41) + GLUED
    same_answers(lines)
    result = _plan(lines)
    codes = result.rejected_by_code()
    assert codes.get("several-listings") and codes.get("listing:short-link")
    assert any(
        o.status is Status.REJECTED and "other listings on this line" in (o.message or "")
        for o in result.outcomes
    )


def test_the_marks_table_changes_exactly_the_marks() -> None:
    """The reading loop answers a line itself when the table leaves its bytes as they are
    (every mark of ``may_hold_several`` but the separators ``,;|`` of a listed link): its
    answer (a second ``//``, or one ``//`` not the scheme's) is then the definition's, for
    every ASCII character in a link, and a plain link does take that path (else the tests
    above compare nothing)."""
    changed = {b for b in range(256) if bytes([b]).translate(engine._MARKED) != bytes([b])}
    assert changed == set(parser._SEVERAL_MARKS) - set(b",;|")
    for b in range(128):
        for text in (LINK + chr(b) + "x", LINK + chr(b) + "//x", LINK[8:] + chr(b) + LINK):
            raw = text.encode()
            if raw.translate(engine._MARKED) is raw:
                assert engine._holds_several(text) == reference_several(text), repr(text)
                assert parser.may_hold_several(text) == reference_several(text), repr(text)
    raw = LINK.encode()
    assert raw.translate(engine._MARKED) is raw


#: Text made of the characters the quick path turns on: the separators, slashes, the
#: schemes' letters and an escaped line break's.
_QUICK_TEXT = st.text(alphabet=st.sampled_from(",;|/:&#x0adhtps.Ai1 '"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.sampled_from(["", "https://", "http://", "//", "HTTPS://"]), _QUICK_TEXT))
@example(("https://", "item.taobao.com/item.htm?id=1;https://x"))
@example(("", "x;https://item.taobao.com"))
@example(("http://", "a,b;c|d"))
@example(("https://", "a&#10;http://b"))
def test_the_quick_path_of_several_listings_is_the_definition(parts: tuple[str, str]) -> None:
    """``_holds_several`` (the reading loop's expression): a separator in a plain ASCII text
    is looked at only when the text holds one ``//`` that is not its scheme's."""
    text = "".join(parts)
    assert engine._holds_several(text) == reference_several(text)


#: The ASCII characters the default profile glues between two links: every mark
#: ``may_hold_several`` looks for (white space, markup, the separators ``,;|``), the characters
#: of a URL's syntax, the digits (which lengthen the first link's id), and one or two of each
#: other kind (letters of either case, controls, DEL, other punctuation). A profile without a
#: cap on examples (``thorough``) glues all 128.
GLUED_BY_DEFAULT = sorted(
    set(parser._SEVERAL_MARKS)
    | set(b"/:?#&=%.@-_+~!$()*{}^0123456789aAxZ")
    | {0x00, 0x07, 0x1B, 0x7F}
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.name == "test_every_ascii_character_glued_between_two_links":
        full = CAPS.get(profile_name(metafunc.config)) is None
        metafunc.parametrize("code", range(128) if full else GLUED_BY_DEFAULT)


@pytest.mark.no_cover
def test_every_ascii_character_glued_between_two_links(code: int) -> None:
    """Each ASCII character between two links, and at either end of one, with one ``//`` or
    two: the quick answer of the reading loop against the definitions (every character of
    each kind under ``thorough``, :data:`GLUED_BY_DEFAULT` by default)."""
    char = chr(code)
    other = LINK[:-1] + "5"
    lines = [
        LINK + char + other,
        LINK + char + other[8:],
        LINK[8:] + char + other[8:],
        LINK[8:] + char + other,  # one "//": the character alone tells
        char + LINK,
        LINK + char,
        LINK + char + "//x",
    ]
    same_answers(lines)


#: Pieces of refused lines: a refused link (a search page, a short link, a lookalike host), a
#: listing's link, white space that cuts a link or parts two, markup and non-ASCII text.
_REFUSED_PIECES = st.sampled_from(
    [
        "https://s.taobao.com/search?q=x",
        "https://m.tb.cn/h.5cgjuyi",
        "https://t\u0430obao.com/item.htm?id=606832683299",
        "item.taobao.com/item.htm?id=",
        "606832683299",
        LINK,
        " ",
        "\t",
        "\x1c",
        ",",
        "//",
        '"',
        "<br>",
        "\u3001",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_REFUSED_PIECES, min_size=1, max_size=6).map("".join))
@example("https://item.taobao.com/item.htm?id= 606832683299")  # a space cut the link: a hint
@example("https://s.taobao.com/search?q=x")  # plain ASCII: no hint asked
@example("https://s.taobao.com/search?q=x\x1c" + LINK)  # white space no split() misses
@example("https://m.tb.cn/h.5cgjuyi " + LINK)  # another listing named
@example("//s.taobao.com/search?q=x//" + LINK[8:])  # plain, two "//": others looked for
def test_a_refused_lines_message_is_the_definitions(text: str) -> None:
    """``_refused`` answers a plain ASCII line (no white space, no markup) without asking
    ``space_hint``: its message is the definitions' for every refused text."""
    read = parse_listing(text)
    if type(read) is Rejection:
        assert engine._refused(text, read) == reference_refused(text, read)


def test_the_plain_table_changes_the_marks_and_the_separators() -> None:
    """``_PLAIN`` changes every mark of ``may_hold_several``, the separators ``,;|`` too: an
    ASCII text it leaves as it is holds no separator, so ``LISTED_HOST`` (which begins with
    one) finds nothing in it, and the quick paths do not look; for every ASCII character in
    a link, and a plain link does take that path."""
    changed = {b for b in range(256) if bytes([b]).translate(engine._PLAIN) != bytes([b])}
    assert changed == set(parser._SEVERAL_MARKS)
    for b in range(128):
        for text in (LINK + chr(b) + LINK[8:], LINK[8:] + chr(b) + "item.taobao.com/x"):
            raw = text.encode()
            if raw.translate(engine._PLAIN) is raw:
                assert engine.LISTED_HOST.search(text) is None, repr(text)
            assert engine._holds_several(text) == reference_several(text), repr(text)
    raw = LINK.encode()
    assert raw.translate(engine._PLAIN) is raw


#: Pieces of hostile texts for the separators' test: the separators and the other marks,
#: slashes and schemes, marketplace hosts without their schemes (and a lookalike's, a dotted
#: word), an escaped line break, white space and a non-ASCII comma.
_HOSTILE_PIECES = st.sampled_from(
    [
        ",",
        ";",
        "|",
        "//",
        "https://",
        "HTTP://",
        "item.taobao.com/",
        "Detail.1688.com",
        "uniqlo.tmall.com",
        "m.tb.cn/h.x",
        "taobao.com.evil.io/",
        "a-b.",
        "&#10;",
        "'",
        "','",
        " ",
        "\x1c",
        "\uff0c",
        "?id=606832683299",
        "x",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_HOSTILE_PIECES, min_size=1, max_size=7).map("".join))
@example("https://item.taobao.com/item.htm?id=1,item.taobao.com/item.htm?id=2")  # a listed host
@example("https://item.taobao.com/item.htm?id=1&x=a,b;c|d")  # separators, no listed host
@example("https://item.taobao.com/item.htm?id=1|uniqlo.tmall.com")  # a bar before a store
@example("https://item.taobao.com/item.htm?id=1;a-b.x")  # a dotted word, no marketplace
@example("https://s.taobao.com/search?q=x;detail.1688.com/offer/1.html")  # refused, listed
@example("xDetail.1688.com, m.tb.cn/h.x")  # explore, seed 707: a short link, with a space
def test_the_separators_quick_test_is_the_definition(text: str) -> None:
    """The quick paths look for a link listed after a separator only in an ASCII text that
    ``_PLAIN`` changes and ``_MARKED`` does not: ``_holds_several`` (the reading loop's
    expression) and a refused line's message against the definitions, on texts of hostile
    pieces."""
    assert engine._holds_several(text) == reference_several(text)
    read = parse_listing(text)
    if type(read) is Rejection:
        assert engine._refused(text, read) == reference_refused(text, read)
