"""The planner's caches change no answer (#14 item 3).

Admission is decided once per (URL form, right, reason, target, whether there is an order
number) and cached; identities are remembered per identity prefix, keyed by the rest. Each
property below plans the same lines with the cache and without it (or checks the answer
against the definition it replaces), so a cache that answered wrongly would fail here.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from _real_urls import real_sample
from _scripts import load
from ipprules.checks import check
from ipprules.listings import Listing, parse_listing
from ipprules.planner import PlanLine, Settings, Status, Strategy, engine, plan_listings
from ipprules.rulebook.model import Target

DAY = "2026-11-23"
# forms whose identities share a prefix (taobao-item, alibaba-store), end in a suffix
# (alibaba-store:{id}.en), or are rejected at admission or by the parser; ids and names
# from small pools, so that lines repeat one another under other forms
URLS = [
    "https://item.taobao.com/item.htm?id={n}",
    "https://m.intl.taobao.com/detail/detail.html?id={n}&tk=abc",
    "https://detail.tmall.com/item.htm?id={n}",
    "https://www.goofish.com/item?id={n}",
    "https://2.taobao.com/item.htm?id={n}",
    "https://detail.1688.com/offer/{n}.html",
    "https://m.1688.com/offer/{n}.html",
    "https://www.aliexpress.com/item/1005{n}.html",
    "https://es.aliexpress.com/item/1005{n}.html",
    "https://www.alibaba.com/product-detail/x_{n}.html",
    "https://www.lazada.sg/products/shoe-i{n}.html",
    "https://{s}.en.alibaba.com/",
    "https://{s}.fm.alibaba.com/",
    "https://{s}.1688.com/",
    "https://{s}.taobao.com",
    "https://{s}.world.taobao.com",
    "https://{s}.tmall.com/",
    "https://s.taobao.com/search?q={n}",
    "not a url {n}",
]
NAMES = ["ab", "ab.en", "abc", "shopab", "ab-1"]


@st.composite
def pile(draw: st.DrawFn) -> list[Any]:
    """Plain URL strings or, in some piles, lines that name a right, reason, target, order."""
    n = draw(st.integers(0, 50))
    as_lines = draw(st.booleans())
    out: list[Any] = []
    for i in range(1, n + 1):
        url = draw(st.sampled_from(URLS)).format(
            n=draw(st.integers(600000000000, 600000000004)), s=draw(st.sampled_from(NAMES))
        )
        if not as_lines:
            out.append(url)
            continue
        out.append(
            PlanLine(
                line=i,
                url=url,
                right=draw(st.sampled_from([None, "tm-cn", "tm-us", "design"])),
                reason=draw(st.sampled_from([None, "tm_counterfeit", "tm_store_misuse"])),
                target=draw(st.sampled_from([None, Target.LISTING, Target.STOREFRONT])),
                order_number=draw(st.sampled_from([None, "A"])),
            )
        )
    return out


class _Forgetful(dict[Any, Any]):
    """A cache that never holds anything: every lookup is decided again."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass

    def get(self, key: Any, default: Any = None) -> Any:
        return default


def _plan(lines: list[Any], chosen: Settings) -> Any:
    return plan_listings(
        lines, make_account(), as_of=DAY, settings=chosen, open_listings=[URLS[0].format(n=0)]
    )


settings_ = st.builds(
    Settings,
    strategy=st.sampled_from(Strategy),
    right=st.sampled_from([None, "tm-cn"]),
    reason=st.sampled_from([None, "tm_counterfeit"]),
)


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(pile(), settings_)
def test_admission_caches_change_no_answer(lines, chosen):
    _caches_change_no_answer(lines, chosen)


def _caches_change_no_answer(lines: list[Any], chosen: Settings) -> Any:
    """The same outcomes, plan and report with the admission caches and without them, the
    report the one ``check`` makes of the plan; the result planned with the caches."""
    cached = _plan(lines, chosen)
    original = engine._Admission.__init__

    def forgetful(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.by_form = _Forgetful()
        self.verdicts = _Forgetful()
        self._admissible = _Forgetful()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine._Admission, "__init__", forgetful)
        fresh = _plan(lines, chosen)
    assert fresh.outcomes == cached.outcomes
    assert fresh.plan == cached.plan
    assert fresh.report == cached.report
    assert fresh.rejected_by_code() == cached.rejected_by_code()
    # the verification reads the planned listings' forms from admission (Xianyu reads
    # differently under the other interpretation): the same report as checking the plan
    assert cached.report.findings == check(cached.plan, as_of=DAY).findings
    assert not cached.report.errors
    return cached


def _all_prefixes() -> frozenset[str]:
    return engine._identity_prefixes()


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(pile(), st.sampled_from(["split", "whole", "some"]))
def test_duplicates_are_exactly_the_repeated_identities(lines, prefixes):
    """Each duplicate names the first line planned with its identity (``Listing.identity``)
    for the same right, and no other line repeats the identity of an earlier line planned
    for its right (a listing whose earlier lines were rejected is admitted afresh; one
    planned for another right may be filed again, R45), however the identities are
    remembered."""
    chosen = {
        "split": _all_prefixes(),  # every form keyed by its id (or id and suffix)
        "whole": frozenset(),  # every identity remembered whole
        "some": frozenset(sorted(_all_prefixes())[::2]),  # a mix of both
    }[prefixes]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_identity_prefixes", lambda: chosen)
        result = _plan(lines, Settings(right="tm-cn", reason="tm_counterfeit"))
    first: dict[tuple[str, str], int] = {}
    for line, o in zip(lines, result.outcomes, strict=True):
        parsed = parse_listing(o.url)
        if type(parsed) is not Listing:
            assert o.status is Status.REJECTED and o.code.startswith("listing:")
            continue
        named = line.right if isinstance(line, PlanLine) else None
        ident = (parsed.identity, named or "tm-cn")
        earlier = first.get(ident)
        if earlier is not None:
            assert o.status is Status.DUPLICATE and o.duplicate_of == earlier
        else:
            assert o.status is not Status.DUPLICATE
            if o.status is Status.PLANNED:
                first[ident] = o.line


def test_the_identity_prefixes_start_no_other():
    prefixes = sorted(_all_prefixes())
    assert prefixes, "the forms' identities split into prefix and id"
    assert not any(b.startswith(a) for a in prefixes for b in prefixes if a != b)


_EXAMPLES = load("tests/listings/test_listings_examples.py")
_CORPUS = [row[0] for row in _EXAMPLES.ACCEPTED] + [row[0] for row in _EXAMPLES.REJECTED]
_REAL = real_sample(2000)  # rows spread over every table of real URLs
_MIX = load("benchmarks/listings.py").build(300, 23, "pasted")
_HOSTILE = ["\t", " ", "\u3000", "\u200b", "\ufeff", "\x00", "，", "。", "@", "xn--", ".", "#",
            "%2F", "?id=606832683299", "\u0430", "I", "l", "0", "O", "淘宝"]  # fmt: skip


#: The strategies ``real_piles`` draws from, made once: ``sampled_from`` copies its list (5,000
#: rows) each time it is made, which cost more than the rest of the drawing.
_A_LINE = st.sampled_from(_CORPUS) | st.sampled_from(_MIX) | st.sampled_from(_REAL)
_A_HOSTILE = st.sampled_from(_HOSTILE)
_UP_TO_40, _UP_TO_4, _UP_TO_3 = st.integers(0, 40), st.integers(0, 4), st.integers(0, 3)


@st.composite
def real_piles(draw: st.DrawFn) -> list[str]:
    """Lines of the example corpus, the tables of real URLs and the benchmark's pasted mix,
    some pasted again with
    other white space or case, hostile characters spliced into some."""
    out: list[str] = []
    for _ in range(draw(_UP_TO_40)):
        text = draw(_A_LINE)
        if out and draw(_UP_TO_4) == 0:
            text = draw(st.sampled_from(out)).upper() + " "
        if draw(_UP_TO_3) == 0:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(_A_HOSTILE) + text[at:]
        out.append(text)
    return out


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(real_piles(), settings_)
def test_admission_caches_change_no_answer_on_the_corpus_and_hostile_text(lines, chosen):
    """The same comparison over what users paste: every form of the example corpus and of
    the benchmark mix, repeated, with hostile characters spliced in."""
    test_admission_caches_change_no_answer.hypothesis.inner_test(lines, chosen)


@pytest.mark.no_cover
@pytest.mark.parametrize("strategy", list(Strategy))
def test_admission_caches_change_no_answer_on_real_urls(strategy: Strategy) -> None:
    """Rows of every table of real URLs in one pile (then again, upper-cased, so that
    each form is met again under the caches): the same outcomes, plan and report with the
    caches and without them, and the report the planner makes by reusing its parsed
    listings is the one ``check`` makes of the plan."""
    lines = _REAL + [text.upper() for text in _REAL]
    chosen = Settings(strategy=strategy, right="tm-cn", reason="tm_counterfeit")
    cached = _caches_change_no_answer(lines, chosen)
    assert sum(cached.counts().values()) == len(lines)
