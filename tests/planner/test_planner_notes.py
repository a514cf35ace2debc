"""A planned complaint whose listings can have no finding of their own skips the loop over
them (#14 item 3): ``engine._notes_quiet`` tells it from the forms and two passes in C (the
shortest id, the regions kept). Each property plans the same lines with that shortcut and
without it, and against ``check`` of the plan, over piles that hold what gives a listing a
note: item ids shorter than 9 digits, AliExpress Russia (the region ``ru`` kept from the URL
or fixed by the canonical host), forms with a note of their own or a verdict (Xianyu under
the other reading).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planner_accounts import make_account
from test_planner_caches import real_piles

from ipprules.checks import check
from ipprules.listings import Listing, parse_listing
from ipprules.planner import Settings, Strategy, engine, plan_listings

DAY = "2026-11-23"
TEMPLATES = [
    "https://item.taobao.com/item.htm?id={n}",
    "https://m.intl.taobao.com/detail/detail.html?id={n}&tk=abc",
    "https://detail.tmall.com/item.htm?id={n}",
    "https://www.goofish.com/item?id={n}",
    "https://detail.1688.com/offer/{n}.html",
    "https://www.aliexpress.com/item/1005{n}.html",
    "https://aliexpress.ru/item/1005{n}.html",
    "https://m.aliexpress.ru/item/1005{n}.html",
    "https://ru.aliexpress.com/item/1005{n}.html",
    "https://es.aliexpress.com/item/1005{n}.html",
    "https://aliexpress.us/item/1005{n}.html",
    "https://www.alibaba.com/product-detail/x_{n}.html",
    "https://www.lazada.sg/products/shoe-i{n}.html",
]


@st.composite
def noted_piles(draw: st.DrawFn) -> list[str]:
    """Listings of many forms, ids from 5 to 16 digits (short ones are noted), some real
    pasted lines among them."""
    out = draw(real_piles())[:10]
    for _ in range(draw(st.integers(1, 30))):
        template = draw(st.sampled_from(TEMPLATES))
        digits = draw(st.integers(5, 16))
        out.append(template.format(n=draw(st.integers(10 ** (digits - 1), 10**digits - 1))))
    return draw(st.permutations(out))


def _plan(lines: list[str], strategy: Strategy = Strategy.FEWEST) -> object:
    return plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        settings=Settings(right="tm-cn", reason="tm_counterfeit", strategy=strategy),
    )


def same_report(lines: list[str], strategy: Strategy = Strategy.FEWEST) -> object:
    quick = _plan(lines, strategy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_notes_quiet", lambda *_args: False)  # every listing looked at
        slow = _plan(lines, strategy)
    assert quick.report == slow.report  # type: ignore[attr-defined]
    assert quick.plan == slow.plan  # type: ignore[attr-defined]
    assert quick.outcomes == slow.outcomes  # type: ignore[attr-defined]
    assert quick.report.findings == check(quick.plan, as_of=DAY).findings  # type: ignore[attr-defined]
    return quick


@pytest.mark.no_cover
@settings(max_examples=50, deadline=None)  # each example plans its pile twice
@given(noted_piles(), st.sampled_from(list(Strategy)))
def test_skipping_quiet_complaints_changes_no_finding(lines: list[str], strategy: Strategy) -> None:
    same_report(lines, strategy)


def test_each_note_is_found_alone_among_quiet_listings() -> None:
    """One noted listing among many quiet ones of its form: the complaint is looked at, and
    the note is there; without it, the complaint is skipped."""
    quiet = [t.format(n=606832683200 + i) for i in range(20) for t in TEMPLATES]
    noted = [
        "https://item.taobao.com/item.htm?id=6068326",  # short id, an item form
        "https://detail.tmall.com/item.htm?id=60683261",
        "https://aliexpress.ru/item/1005004878609097.html",  # region ru (canonical host)
        "https://ru.aliexpress.com/item/1005004878609098.html",
        "https://www.goofish.com/item?id=6068326",
    ]
    noted_somewhere = 0
    for line in noted:
        assert type(parse_listing(line)) is Listing
        result = same_report([*quiet, line])
        notes = [f for f in result.report.findings if f.code == "listing-note"]  # type: ignore[attr-defined]
        noted_somewhere += bool(notes)
    assert noted_somewhere >= 3  # the short ids at least (the same_report compares them all)
    result = same_report(quiet)
    assert not [f for f in result.report.findings if f.code == "listing-note"]  # type: ignore[attr-defined]


def _reference_quiet(forms: dict, names: list[str], listings: list[Listing]) -> bool:
    """Whether no listing has a finding of its own, as the loop of
    ``_PlannedListings.check`` finds it listing by listing."""
    for name, listing in zip(names, listings, strict=True):
        other, x, kept, drafts, _same, _varies = forms[name]
        if drafts:
            return False
        note = Listing((other, listing[1], listing[2] if kept else x, "u")).note
        if note:
            return False
    return True


@st.composite
def fabricated(draw: st.DrawFn) -> tuple[dict, list[str], list[Listing]]:
    """Forms as ``_PlannedListings.check`` describes them (any canonical form, a fixed or
    kept extra value, a verdict or none) and listings of them, ids of any length and any
    region: what today's forms and rule book never give is covered too."""
    from ipprules.listings.forms import all_forms

    every = list(all_forms())
    # a form with a note of its own, one that keeps the region, one of items, one of neither
    telling = [
        f
        for f in every
        if f.name in ("tmall-mobile", "aliexpress-item-com", "taobao-item", "1688-offer")
    ]
    forms = {}
    for name in draw(
        st.lists(st.sampled_from([f.name for f in every]), min_size=1, max_size=4, unique=True)
    ):
        other = draw(st.sampled_from(every) | st.sampled_from(telling))
        x = draw(st.sampled_from([None, "ru", "global", "us"]))
        kept = draw(st.booleans())
        drafts = draw(st.sampled_from([[], [("listing-wrong-kind", "m", ())]]))
        forms[name] = (other, x, kept, drafts, False, True)
    names = draw(st.lists(st.sampled_from(sorted(forms)), min_size=1, max_size=6))
    listings = [
        Listing(
            (
                forms[n][0],
                "1" * draw(st.sampled_from([12, 12, 12, 12, 9, 8, 6])),
                draw(st.sampled_from([None, "ru", "global"])),
                "u",
            )
        )
        for n in names
    ]
    return forms, names, listings


@settings(max_examples=100, deadline=None)
@given(fabricated())
def test_quiet_is_told_only_of_complaints_the_loop_finds_quiet(case) -> None:
    forms, names, listings = case
    ids, xs = [listing[1] for listing in listings], [listing[2] for listing in listings]
    if engine._notes_quiet(forms, names, ids, xs):
        assert _reference_quiet(forms, names, listings)
    elif not any(f[3] or f[0].note or f[1] == "ru" for f in forms.values()) and all(
        len(listing[1]) >= 9 and listing[2] != "ru" for listing in listings
    ):
        raise AssertionError("a complaint with nothing to note was not told quiet")


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(real_piles(), noted_piles())
def test_canonical_urls_made_while_reading_are_the_listings_own(real, noted) -> None:
    """The reading loop makes a planned or duplicate line's canonical URL from its form's
    template parts (``id.join(parts)``, or the property where the form has none): the
    complaints' listings and every outcome's ``canonical_url`` are those of the listing
    parsed from the line, as :attr:`Listing.canonical_url` makes them."""
    same_canonical_urls(real + noted + [line.upper() for line in noted[:3]] + noted[-2:])


def same_canonical_urls(lines: list[str]) -> None:
    result = _plan(lines)
    listings = {}
    for planned in result.complaints:  # type: ignore[attr-defined]
        for line, url in zip(planned.lines, planned.complaint.listings, strict=True):
            listings[line] = url
    for outcome in result.outcomes:  # type: ignore[attr-defined]
        if outcome.status.value == "rejected":
            continue
        read = parse_listing(lines[outcome.line - 1].strip())
        assert type(read) is Listing
        assert outcome.canonical_url == read.canonical_url
        if outcome.status.value == "planned":
            assert listings[outcome.line] == read.canonical_url


def test_canonical_urls_made_while_reading_on_forms_with_and_without_parts() -> None:
    """Lines planned and pasted again, of forms whose canonical template is the id between
    two texts and of forms whose template is not (the Alibaba.com slug)."""
    lines = [t.format(n=606832683200 + i) for t in TEMPLATES for i in range(2)]
    read = [parse_listing(line) for line in lines]
    assert {r.form.canonical_parts is None for r in read if type(r) is Listing} == {True, False}
    result = _plan(lines + lines)
    assert result.counts()["duplicate"] and result.counts()["planned"]  # type: ignore[attr-defined]
    same_canonical_urls(lines + lines)
