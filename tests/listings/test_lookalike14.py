"""lookalike14: hostile strings around left11's and apifuzz13's parser changes.

left11 refused a dot written as an HTML entity (``a&#46;b链接：…``) or a ``?``/``#`` in the word
before a label, had ``extract_urls`` find ``x!链接：…`` and made three or more look-alike stars
(``＊ ∗ • ﹡``) mask a value as ``***`` does; apifuzz13 had a bare link as a Markdown reference's
text or a definition's label lead where the reference does, a definition's line start looked
for at most 200 characters back. This file builds over 300 hostile variants round them that
lookalike10-13 and left7/8/11 did not try: other entities for a dot or a slash in the host and
in the word before a label (named, ``&colon;``, ``&quest;``, ``&num;``, ``&percnt;2e``, escaped
twice, ``&amp;period;``), mixed real and look-alike stars (``*＊*``), masks of two stars and in
a fragment, definitions deep in containers (250 characters of ``> > …``), labels and link
texts over two lines or past 200 characters, definitions with titles and angle brackets, and
heads before a label the engines disagreed on (``x~``, ``a,b``, ``a"b``, ``a'b``, ``(a)``).

Fixed (the tests below failed before):

- a definition whose label is a link, or one a reference link uses, nested in more than eight
  containers (``> > > > > > > > > [https://…]: https://evil.cn``, ``>>>>>>>>>>>[1]: …``, a
  line of 250 ``> ``): the link shown was read, where CommonMark sets no bound on nesting and
  the Markdown leads to evil.cn;
- a link shown in a Markdown link's text with more than 200 characters after it
  (``[https://uniqlo.tmall.com <250 characters>](https://evil.cn)``, and as a reference's):
  read, where CommonMark sets no bound on a link's text;
- a link shown in a Markdown link's text whose target is in angle brackets, after spaces or
  on the next line (``[https://… (x)](<https://evil.cn>)``, ``]( https://evil.cn )``,
  ``](\nhttps://evil.cn\n)``): read, where CommonMark links to evil.cn;
- a reference label over two lines (``[https://…][a\\nb]`` with ``[a b]: https://evil.cn``), or
  longer than 200 characters (CommonMark's bound is 999), a definition's label over two lines
  (``[x\\nhttps://…]: https://evil.cn``) and link text over two lines (``[see\\nhttps://…][1]``):
  the link shown was read;
- an HTML entity of a host's mark other than a dot in the word before a label (``a&colon;b``,
  ``a&quest;b``, ``a&num;b``, ``a&percnt;2eb``) or a dot's escaped twice (``a&amp;period;b``):
  read by ``parse_listing`` though a browser shows ``a:b链接：…``, refused as that is;
- a mask mixing ``*`` and look-alike stars (``…?id=60683268*＊*``, ``…&id=＊*＊``): read as the
  id before it, where ``***`` and ``＊＊＊`` are ``malformed-id`` or ``conflicting-ids``;
- ``extract_urls`` found no link after a word holding ``~ , ; * + $ ^ | { } ' "`` before a label
  (``x~链接：item.taobao.com/…``) where ``parse_listing`` read it.
"""

from __future__ import annotations

import time

import pytest
import test_lookalike12 as l12
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

ID = "606832683299"
BARE = f"item.taobao.com/item.htm?id={ID}"
LINK = f"https://{BARE}"
EVIL = "https://evil.cn"
STORE = "https://uniqlo.tmall.com"

#: Words before a label holding an entity of a host's mark: refused, as the mark itself is.
ENTITY_HEADS = (
    "a&colon;b",
    "a&quest;b",
    "x&quest;",
    "a&num;b",
    "a&percnt;2eb",
    "a&amp;period;b",
    "a&amp;colon;b",
    "a&amp;quest;b",
)
FIXED_ENTITY = [
    f"{head}链接{colon}{link}"
    for head in ENTITY_HEADS
    for colon in ("：", ":")
    for link in (BARE, "uniqlo.tmall.com")
]

#: Reference links and definitions that lead to evil.cn as CommonMark reads them.
LONG = "a" * 300
FIXED_REF = [
    f"{'> ' * 9}[{STORE}]: {EVIL}",
    f"{'> ' * 125}[{STORE}]: {EVIL}",
    f"{'> ' * 100}[{LINK}]: {EVIL}",
    f"{'>' * 11}[{STORE}]: {EVIL}",
    f"{'>' * 250}[{STORE}]: {EVIL}",
    f"{'- ' * 9}[{STORE}]: {EVIL}",
    f"[{STORE}][1]\n{'> ' * 125}[1]: {EVIL}",
    f"[{STORE}]\n{'> ' * 125}[{STORE}]: {EVIL}",
    f"[{STORE} (x)][1]\n{'> ' * 9}[1]: {EVIL}",
    f"[{STORE}][a\nb]\n[a b]: {EVIL}",
    f"[{STORE} (x)][a\nb]\n[a b]: {EVIL}",
    f"[{LINK}][a\n  b]\n[A B]: {EVIL}",
    f"[{STORE}][{LONG}]\n[{LONG}]: {EVIL}",
    f"[{STORE} (x)][{LONG}]\n[{LONG}]: {EVIL}",
    f"[x\n{STORE}]: {EVIL}",
    f"[see\n{STORE}][1]\n[1]: {EVIL}",
    f"[see\n{STORE}]\n\n[see {STORE}]: {EVIL}",
    f"[{STORE} {'b' * 250}](https://evil.cn)",
    f"[{LINK} {'b ' * 150}](https://evil.cn/x)",
    f"[{STORE} {'b' * 250}][1]\n[1]: {EVIL}",
    f"[{'b' * 250} {STORE}][1]\n[1]: {EVIL}",
    f"[{STORE}\n{'b' * 300}\nmore](https://evil.cn)",
]

#: Inline links whose target CommonMark reads in angle brackets or after spaces or a line end.
FIXED_INLINE = [
    f"[{STORE} (x)](<{EVIL}>)",
    f'[{STORE} (x)](<{EVIL}> "t")',
    f"[{STORE} (x)](\n{EVIL}\n)",
    f"[{STORE} (x)]( {EVIL} )",
    f"[{LINK} now](  <evil.cn/x>)",
    f"[see {LINK} now](<{EVIL}/x>)",
]

#: Masks mixing ``*`` with look-alike stars: refused as ``***`` is.
MIXED = ("*＊*", "＊*＊", "*•*•", "**＊", "＊**", "*∗*", "﹡*﹡")
FIXED_MASK = [f"{LINK}&id={mask}" for mask in MIXED] + [
    f"https://item.taobao.com/item.htm?id=60683268{mask}" for mask in MIXED
]

#: Words before a label holding ASCII punctuation no host gives a meaning to there.
FOUND_HEADS = (
    "x~",
    "a,b",
    "a;b",
    "a*b",
    "a+b",
    "a$b",
    "a^b",
    "a|b",
    "a{b}",
    "a'b",
    'a"b',
    "a<b",
    "a>b",
    "a`b",
)
FIXED_FOUND = [f"{head}链接{colon}{BARE}" for head in FOUND_HEADS for colon in ("：", ":")]


def _hosts() -> list[str]:
    """Entities for a dot, a slash or an ``@`` inside the host itself, once or twice escaped."""
    rows = []
    for dot in ("&#46;", "&period;", "&#x2E;", "&amp;#46;", "&amp;period;", "&#046;"):
        rows += [
            f"https://item.taobao{dot}com/item.htm?id={ID}",
            f"item.taobao{dot}com/item.htm?id={ID}",
            f"https://item{dot}taobao.com/item.htm?id={ID}",
            f"item{dot}taobao.com/item.htm?id={ID}",
            f"https://item.taobao.com{dot}evil.cn/item.htm?id={ID}",
            f"https://evil{dot}cn/{LINK}",
        ]
    for slash in ("&#47;", "&sol;", "&#x2F;", "&amp;#47;", "&commat;", "&#64;"):
        rows += [
            f"https://item.taobao.com{slash}item.htm?id={ID}",
            f"https://evil.cn{slash}{BARE}",
            f"https://item.taobao.com{slash}evil.cn/item.htm?id={ID}",
            f"see https://uniqlo.tmall.com{slash}evil.cn now",
        ]
    return rows


def _refs() -> list[str]:
    """Definitions with titles and angle brackets, and containers round the bound."""
    rows = []
    for target in (EVIL, f"<{EVIL}>", f"{EVIL} 't'", f'<{EVIL}> "t"', f"<{EVIL}> (t)", "/x"):
        rows += [
            f"[{STORE}]: {target}",
            f"[{STORE} (x)][1]\n[1]: {target}",
            f"[{LINK}][]\n[{LINK}]: {target}",
            f"[{STORE}]\n\n[{STORE}]:\n{target}",
        ]
    for prefix in ("> " * 8, "> " * 50, "> - " * 20, "1. " * 12, ">" * 300, "   ", "> \t"):
        rows += [f"{prefix}[{STORE}]: {EVIL}", f"[{STORE} (x)][1]\n{prefix}[1]: {EVIL}"]
    rows += [
        f"[{STORE} (x)][1]\n[1]: <{STORE}>",
        f"[{STORE} (x)][1]\n[1]: {STORE} 't'",
        f"[{STORE}][a\n\nb]\n[a b]: {EVIL}",  # a blank line: no label, a shortcut undefined
        f"{'x' * 250}[{STORE}]: {EVIL}",  # text before: no definition, shown as written
    ]
    return rows


def _masks() -> list[str]:
    """Masks of two stars (emphasis's), masks in a fragment and in a path, of every star."""
    rows = []
    for mask in ("**", "＊＊", "∗∗", "••", "*∗", "*＊*", "＊＊＊", "•••*", "﹡﹡", "＊*", "•*•"):
        rows += [
            f"{LINK}#id={mask}",
            f"{LINK}#{mask}",
            f"{LINK}#x=1&id={mask}",
            f"https://detail.1688.com/offer/63540767{mask}.html",
            f"{LINK}&id={mask}",
            f"https://item.taobao.com/item.htm?id=60683268{mask}",
        ]
    return rows


def _heads() -> list[str]:
    """Words before a label: entities of marks and not, and punctuation."""
    rows = []
    heads = ("a&#46;b", "a&sol;b", "a&bsol;b", "a&commat;b", "a&#58;b", "a&PERIOD;b", "a&amp;b")
    heads += ("a&nbsp;b", "a&lt;b", "a=1&amp;u=", "(a)", "[a]", "😀", "a!b", "x-y_z")
    for head in heads + FOUND_HEADS + ENTITY_HEADS:
        rows += [f"{head}链接：{BARE}", f"{head}链接：uniqlo.tmall.com", f"{head}链接:{BARE}"]
    return rows


def variants() -> tuple[str, ...]:
    rows = FIXED_ENTITY + FIXED_REF + FIXED_INLINE + FIXED_MASK + FIXED_FOUND
    rows += _hosts() + _refs() + _masks() + _heads()
    return tuple(dict.fromkeys(rows))


def _engines_agree(text: str) -> Listing | object:
    read = parse_listing(text)
    assert parse_slowly(text).as_dict() == read.as_dict(), text
    [(_, bulk)] = list(parse_listings([text]))
    assert bulk.as_dict() == read.as_dict(), text
    return read


@pytest.mark.parametrize("text", FIXED_ENTITY)
def test_an_entity_of_a_hosts_mark_before_a_label_is_refused(text: str) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert extract_urls(text) == [], text


@pytest.mark.parametrize("text", FIXED_REF)
def test_a_reference_commonmark_reads_deep_long_or_over_lines_is_not_read(text: str) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert not any("tmall" in u or "taobao" in u for u in extract_urls(text)), text


@pytest.mark.parametrize("text", FIXED_INLINE)
def test_an_inline_link_to_a_target_in_angle_brackets_or_after_spaces_is_not_read(
    text: str,
) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert not any("tmall" in u or "taobao" in u for u in extract_urls(text)), text


@pytest.mark.parametrize("text", FIXED_MASK)
def test_a_mask_mixing_stars_is_refused_as_three_stars_are(text: str) -> None:
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)
    assert read.code in ("malformed-id", "conflicting-ids"), (text, read)


@pytest.mark.parametrize("text", FIXED_FOUND)
def test_extract_urls_finds_the_link_after_a_word_parse_listing_reads(text: str) -> None:
    read = _engines_agree(text)
    assert isinstance(read, Listing) and read.identity == f"taobao-item:{ID}", (text, read)
    assert extract_urls(text) == [BARE], text


def test_300_hostile_variants_every_engine_agrees_none_opens_another_page() -> None:
    texts = variants()
    assert len(texts) >= 300, len(texts)
    answers = [parse_listing(t) for t in texts]
    for text, answer in zip(texts, answers, strict=True):
        assert parse_slowly(text).as_dict() == answer.as_dict(), text
        if isinstance(answer, Listing):
            assert "evil" not in answer.canonical_url, (text, answer)
            head = text.partition("链接")[0] if "链接" in text else ""
            assert "&" not in head or head in ("a&amp;b", "a&nbsp;b", "a&lt;b", "a=1&amp;u="), text
            if head not in ("(a)", "[a]") and "]: " not in text:
                l12._check_accepted(text, answer)
    for (_, read), answer in zip(parse_listings(texts), answers, strict=True):
        assert read.as_dict() == answer.as_dict(), read.input


def test_the_columnar_kernel_agrees() -> None:
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    texts = list(variants()[::8]) + FIXED_REF[::2] + FIXED_MASK[::2]
    table = parse_column(texts)
    columns = [table.column(c).to_pylist() for c in ("ok", "code", "identity", "suggestion")]
    for text, *row in zip(texts, *columns, strict=True):
        d = parse_listing(text).as_dict()
        assert row == [d["ok"], d["code"], d["identity"], d["suggestion"]], text


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(("> ", ">", "- ", "* ", "1. ", "> - ", "2) ")),
    st.integers(min_value=0, max_value=150),
    st.sampled_from((f"[{STORE}]", f"[{LINK}]", "[1]", "[a\nb]")),
    st.sampled_from((EVIL, f"<{EVIL}>", f"{EVIL} 't'", f"\n{EVIL}")),
)
def test_a_definition_however_deep_leads_where_commonmark_says(
    container: str, depth: int, label: str, target: str
) -> None:
    use = "" if label.startswith("[http") else f"[{STORE} (x)]{label}\n"
    text = f"{use}{container * depth}{label}:{target}"
    read = _engines_agree(text)
    assert not isinstance(read, Listing), (text, read)


def test_long_runs_of_each_shape_are_read_in_linear_time() -> None:
    """100 times the length (10 KB, then 1 MB), at most about 100 times the time: deep
    definitions, labels over lines, entity heads and mixed masks."""
    shapes = (
        f"{'> ' * 125}[{STORE}]: {EVIL}\n",
        f"[{STORE} (x)][a\nb] [{STORE}][{LONG}]\n",
        f"a&quest;b链接：{BARE} x~链接：{BARE} ",
        f"{LINK}&id=*＊* ",
        f"[{'[' * 50}{STORE}\n",
        f"{STORE} {LINK} " * 20 + "\n",
        f"[{STORE} {LINK} " * 20 + "](https://evil.cn)\n",
    )
    spent = []
    for size, runs in ((10_000, 3), (1_000_000, 1)):
        text = "".join(shape * (size // 5 // len(shape) + 1) for shape in shapes)
        text += f"\n[a b]: {EVIL}\n[{LONG}]: {EVIL}\n"
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            found = extract_urls(text)
            best = min(best, time.process_time() - start)
        assert found, shapes
        spent.append(best)
    assert spent[1] < 0.05 + 250 * spent[0], spent
