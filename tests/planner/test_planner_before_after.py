"""The planner's answers before and after planner3's and planner4's changes (#14): the same
outcomes, complaints, plan, report and counts, kept and streamed.

Each thing made quicker is replaced here by what ran before, to plan the same lines twice:

- ``_marked_several``, the planner's own ``may_hold_several`` for a line whose quick path
  found a mark (or that is not ASCII): replaced by the definition
  (``tests/_several_reference.py``), with the quick path of the reading loop off;
- ``_planned_context``, the check's context made without reading the planned listings
  again: replaced by ``Context(candidate, *when)``, which reads them all;
- (planner4) the input text and form name an accepted line's entry keeps, read by the
  reading loop: replaced by the listing's own (``Listing.source``, ``Listing.form.name``);
  the reading loop's "no short id seen": replaced by "maybe", so every id is measured;
  ``forms_of`` reading the names ``check`` kept: replaced by its loop over the listings;
  ``_ListingsOf``, the listings of a complaint read only if needed: replaced by the list;
- (planner10) an entry keeps its listing's id and extra value, not the listing: the id,
  the extra value, the text and the form name replaced by those of the listing of its text
  parsed again, and ``_notes_quiet`` measuring every id.

The lines are Hypothesis piles of real and hostile text (every strategy and default), the
example plans with the example URL files, and the benchmark's pile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account
from test_planner_caches import real_piles, settings_

import ipprules
from _scripts import load
from _several_reference import reference_several
from ipprules.checks import context as context_module
from ipprules.checks.context import Context
from ipprules.checks.listings import ListingChecker
from ipprules.listings import Listing, parse_listing
from ipprules.planner import LineOutcome, Settings, engine, plan_listings, read_lines

DAY = "2026-11-23"
EXAMPLES = Path(__file__).parents[2] / "examples"
#: A translation table that changes every byte: the reading loop then takes no quick path.
_EVERY_BYTE_CHANGED = bytes((b + 1) % 256 for b in range(256))


def _before(candidate: Any, when: Any) -> Context:
    return Context(candidate, *when)


def _read_before(*args: Any) -> Any:
    """``_read``, its entries' id, extra value, text and form name taken from the listing of
    their text parsed again, and "some id may be short"."""
    admission = args[1]
    read = _read(*args)
    for group in admission.groups:
        group.members[:] = [_entry_before(e) for e in group.members]
    return read._replace(short=True)


def _entry_before(entry: Any) -> Any:
    listing = parse_listing(entry[5])
    assert type(listing) is Listing  # the text of an accepted line is a listing
    return (
        *entry[:1],
        listing.id,
        listing[2],
        *entry[3:5],
        listing.source,
        listing.form.name,
        entry[7],
    )


_read = engine._read
_notes_quiet = engine._notes_quiet


def _forms_of_before(self: Any, complaint: Any) -> Any:
    """``_PlannedListings.forms_of`` as it was: a loop over the listings of the entries."""
    one = self._made.get(complaint.id)
    if one is None or one.complaint is not complaint:
        return ListingChecker.forms_of(self, complaint)
    out = []
    for text in one.columns[5]:  # the entries' texts
        found = self._forms.get(parse_listing(text).form.name)
        if found is None:
            return ListingChecker.forms_of(self, complaint)
        out.append(found[0])
    return out


def _notes_quiet_before(forms: Any, names: Any, ids: Any, xs: Any, short: bool = True) -> bool:
    """``_notes_quiet`` measuring every id (the entries' ids and extra values are those of
    the listings of their texts parsed again, see ``_read_before``)."""
    return _notes_quiet(forms, names, ids, xs, True)


def _run(lines: list[Any], plan: Any, chosen: Settings | None, **kwargs: Any) -> Any:
    streamed: list[LineOutcome] = []
    kept = plan_listings(lines, plan, settings=chosen, **kwargs)
    streamed_result = plan_listings(
        lines, plan, settings=chosen, reconcile=streamed.append, **kwargs
    )
    return kept, streamed_result, streamed


def same_before_and_after(lines: list[Any], plan: Any, chosen: Settings | None, **kw: Any) -> None:
    after = _run(lines, plan, chosen, **kw)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_marked_several", reference_several)
        patch.setattr(engine, "_MARKED", _EVERY_BYTE_CHANGED)
        patch.setattr(engine, "_planned_context", _before)
        patch.setattr(engine, "_read", _read_before)
        patch.setattr(engine._PlannedListings, "forms_of", _forms_of_before)
        patch.setattr(engine, "_notes_quiet", _notes_quiet_before)
        before = _run(lines, plan, chosen, **kw)
    (kept, streamed_result, streamed), (kept0, streamed_result0, streamed0) = after, before
    assert kept.outcomes == kept0.outcomes
    assert [type(o) for o in kept.outcomes] == [LineOutcome] * len(kept.outcomes)
    assert [o.status for o in kept.outcomes] == [o.status for o in kept0.outcomes]
    assert kept.complaints == kept0.complaints
    assert kept.plan == kept0.plan
    assert kept.report == kept0.report
    assert kept.counts() == kept0.counts() and kept.rejected_by_code() == kept0.rejected_by_code()
    assert streamed == streamed0  # the same outcomes in the same (filing) order
    assert streamed_result.plan == streamed_result0.plan
    assert streamed_result.report == streamed_result0.report
    assert streamed_result.counts() == kept.counts()
    assert sorted(streamed) == sorted(kept.outcomes)
    # each outcome gives its line's text as read (a string line stripped, a PlanLine's url)
    texts = [line.strip() if type(line) is str else line.url for line in lines]
    assert [o.url for o in kept.outcomes] == texts


@pytest.mark.no_cover
@settings(max_examples=50, deadline=None)  # each example plans its pile several ways
@given(real_piles(), settings_)
def test_the_same_answers_before_and_after_on_piles(lines: list[str], chosen: Settings) -> None:
    same_before_and_after(lines, make_account(), chosen, as_of=DAY)


@pytest.mark.no_cover
@pytest.mark.parametrize("urls", ["planner-urls.csv", "planner-urls.jsonl", "urls.txt"])
@pytest.mark.parametrize("account", ["planner-account.toml", "plan.toml", "portfolio.toml"])
def test_the_same_answers_before_and_after_on_the_examples(urls: str, account: str) -> None:
    plan = ipprules.read_plan(EXAMPLES / account)
    lines = list(read_lines(EXAMPLES / urls))
    chosen = Settings(reason="tm_counterfeit", right=plan.rights[0].id)
    same_before_and_after(lines, plan, chosen, as_of=DAY)
    same_before_and_after(lines, plan, None, as_of=DAY)


@pytest.mark.no_cover
def test_the_same_answers_before_and_after_on_the_benchmark_pile() -> None:
    bench = load("benchmarks/plan.py")
    lines = bench.pile(4000, 20240501)
    same_before_and_after(lines, bench.ACCOUNT, bench.SETTINGS, as_of=bench.DAY)


#: Text made of what ``may_hold_several`` looks for: white space, markup, separators, the
#: escaped line breaks of ``LISTED_LINK`` and schemes in either case.
_PIECES = [
    *" \t\n\x0b\x0c\r\x1c\x1f\"'<>`\\[](),;|&#:/.?=x0adAD",
    "','",
    "https://",
    "http://",
    "HTTPS://",
    "Http:/",
    "&#10;",
    "&#13;",
    "&#x0a;",
    "&#xd;",
    "&#X0A;",
    "//",
    "item.taobao.com/item.htm?id=606832683299",
    "，",
    "\u200b",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("item.taobao.com/item.htm?id=1&#x0a;https://item.taobao.com/item.htm?id=2")
@example("item.taobao.com/item.htm?id=1,https://item.taobao.com/item.htm?id=2")
@example("https://item.taobao.com/item.htm?id=1&t=a,b")
@example(" https://item.taobao.com/item.htm?id=1,x ")
@example("['item.taobao.com/item.htm?id=1','item.taobao.com/item.htm?id=2']")  # urls32
@example("item.taobao.com/item.htm?id=1,item.taobao.com/item.htm?id=2")  # urls33: no //
@example("https://item.taobao.com/item.htm?id=1|item.taobao.com/item.htm?id=2")  # urls33
def test_marked_several_is_the_definition(text: str) -> None:
    """``_marked_several`` (the search for a listed link reads only the twelve characters
    before the text's only ``//``) answers as ``may_hold_several`` is defined."""
    assert engine._marked_several(text) == reference_several(text)


@pytest.mark.parametrize("separator", [",", ";", "|", "&#10;", "&#13;", "&#x0a;", "&#xd;"])
@pytest.mark.parametrize("scheme", ["https://", "http://", "HTTPS://"])
def test_a_link_listed_after_a_separator_is_found(separator: str, scheme: str) -> None:
    """A second link after each separator ``LISTED_LINK`` knows, the text's only ``//``
    being the second link's: found (the search starts before the separator, ``,https:``
    reaching seven characters before the ``//``)."""
    text = "item.taobao.com/item.htm?id=1" + separator + scheme + "item.taobao.com/x?id=2"
    assert text.count("//") == 1
    assert engine._marked_several(text) is True
    assert reference_several(text) is True


def test_marked_several_on_the_benchmark_lines() -> None:
    for line in load("benchmarks/plan.py").pile(6000, 7):
        text = line.strip()
        assert engine._marked_several(text) == reference_several(text), repr(text)


def test_the_check_does_not_read_the_planned_listings_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check's context is made from the plan with each planned complaint's listings left
    out (the planner made every one a string), and the report is still ``check``'s."""
    seen: list[int] = []
    plain = context_module._plain

    def counting(plan: Any) -> Any:
        seen.append(sum(len(c.listings) for c in plan.complaints))
        return plain(plan)

    bench = load("benchmarks/plan.py")
    lines = bench.pile(2000, 3)
    monkeypatch.setattr(context_module, "_plain", counting)
    result = plan_listings(lines, bench.ACCOUNT, as_of=bench.DAY, settings=bench.SETTINGS)
    planned = result.counts()["planned"]
    assert planned > 1000
    assert seen and set(seen) == {0}
    monkeypatch.setattr(context_module, "_plain", plain)
    assert result.report == ipprules.check(result.plan, as_of=bench.DAY)
