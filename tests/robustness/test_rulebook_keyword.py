"""Every public function that reads a rule book takes it as ``rulebook=`` (the name of
``check``, ``coverage``, ``plan_listings`` and of every result's ``rulebook`` field); the old
names ``rules=`` (lifecycle, penalties, counter-notices) and ``book=`` (Good Faith, scale) still
work, with a DeprecationWarning, and give the same answer."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules import lifecycle
from ipprules.counternotice import read_counter_notice
from ipprules.goodfaith import History
from ipprules.lifecycle import Event, State
from ipprules.penalties import read_violations

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BOOK = ipprules.default_rulebook()
OFFICIAL = BOOK.as_of("2024-06-03", "official")
HISTORY = History.from_file(EXAMPLES / "history.csv")
PLAN = ipprules.read_plan(EXAMPLES / "plan.toml")
NOTICE = read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
VIOLATIONS = read_violations(EXAMPLES / "violations-aliexpress.csv")
UR = State.UNDER_REVIEW


def _told(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The answer, or the message of the library's error (a refusal is an answer here)."""
    try:
        return func(*args, **kwargs)
    except ipprules.IpprulesError as error:
        return f"{type(error).__name__}: {error}"


# name -> (old keyword or None, a call taking the rule-book keyword)
CALLS: dict[str, tuple[str | None, Callable[..., Any]]] = {
    "check": (None, lambda **kw: ipprules.check(PLAN, as_of="2026-11-23", **kw)),
    "validate": (None, lambda **kw: _told(ipprules.validate, PLAN, as_of="2026-11-23", **kw)),
    "is_valid": (None, lambda **kw: ipprules.is_valid(PLAN, as_of="2026-11-23", **kw)),
    "iter_findings": (
        None,
        lambda **kw: tuple(ipprules.iter_findings(PLAN, as_of="2026-11-23", **kw)),
    ),
    "advise": (None, lambda **kw: ipprules.advise("trademark", "taobao", as_of="2024-06-03", **kw)),
    "coverage": (None, lambda **kw: ipprules.coverage(PLAN, as_of="2026-11-23", **kw)),
    "plan_listings": (
        None,
        lambda **kw: ipprules.plan_listings([], PLAN, as_of="2026-11-23", **kw),
    ),
    "standing": ("book", lambda **kw: ipprules.standing(HISTORY, "2024-06-30", **kw)),
    "timeline": (
        "book",
        lambda **kw: ipprules.timeline(HISTORY, "2024-06-01", "2024-06-03", **kw),
    ),
    "penalty_standing": (
        "rules",
        lambda **kw: ipprules.penalty_standing(VIOLATIONS, "aliexpress", "2024-06-30", **kw),
    ),
    "assess_counter_notice": ("rules", lambda **kw: ipprules.assess_counter_notice(NOTICE, **kw)),
    "deadline_for": (
        "rules",
        lambda **kw: ipprules.deadline_for("counter_notice_round_1", "2024-06-03", **kw),
    ),
    "lifecycle_report": (
        "rules",
        lambda **kw: ipprules.lifecycle_report(["ipr_verified", "takedown"], **kw),
    ),
    "step": ("rules", lambda **kw: lifecycle.step(UR, Event.TAKEDOWN, **kw)),
    "trace": ("rules", lambda **kw: lifecycle.trace(["ipr_verified"], **kw)),
    "replay": ("rules", lambda **kw: lifecycle.replay(["ipr_verified"], **kw)),
    "allowed_events": ("rules", lambda **kw: lifecycle.allowed_events(UR, **kw)),
    "differs_under": ("rules", lambda **kw: lifecycle.differs_under(UR, "withdraw", **kw)),
    "transitions": ("rules", lambda **kw: lifecycle.transitions(**kw)),
    "transition_for": ("rules", lambda **kw: lifecycle.transition_for(UR, Event.TAKEDOWN, **kw)),
    "reachable_states": ("rules", lambda **kw: lifecycle.reachable_states(**kw)),
    "apply_batch": ("rules", lambda **kw: lifecycle.apply_batch({"a": UR}, "takedown", **kw)),
    "reject_counter_notices": (
        "rules",
        lambda **kw: lifecycle.reject_counter_notices(
            {"a": State.COUNTER_NOTIFIED_1}, reason="forged", **kw
        ),
    ),
    "mermaid": ("rules", lambda **kw: lifecycle.mermaid(**kw)),
    "next_deadlines": (
        "rules",
        lambda **kw: lifecycle.next_deadlines(UR, {Event.IPR_VERIFIED: "2024-06-03"}, **kw),
    ),
    "deadlines_from": (
        "rules",
        lambda **kw: lifecycle.deadlines_from(Event.TAKEDOWN, "2024-06-03", **kw),
    ),
}

PUBLIC: dict[str, Callable[..., Any]] = {
    **{name: getattr(ipprules, name) for name in ipprules.__all__ if name in CALLS},
    **{name: getattr(lifecycle, name) for name in CALLS if not hasattr(ipprules, name)},
}


def test_every_public_function_taking_a_rule_book_calls_it_rulebook() -> None:
    import ipprules.scale

    found = {}
    for module in (ipprules, lifecycle, ipprules.scale):
        for name in module.__all__:
            func = getattr(module, name)
            if inspect.ismodule(func):  # ipprules.coverage once the package is imported
                func = getattr(func, name)
            if inspect.isfunction(func):
                params = inspect.signature(func).parameters
                found[name] = {"rules", "book", "rulebook"} & set(params)
    spelt = {name: names for name, names in found.items() if names}
    assert all(names == {"rulebook"} for names in spelt.values()), spelt
    assert set(CALLS) <= set(spelt)


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(CALLS))
def test_rulebook_is_honoured(name: str) -> None:
    call = CALLS[name][1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the library's own calls use the new name too
        assert call(rulebook=BOOK) == call() == call(rulebook=None)
    with pytest.raises(TypeError, match="rulebook"):
        call(rulebook=3)


@pytest.mark.parametrize("name", sorted(n for n, (old, _) in CALLS.items() if old))
def test_the_old_name_still_works_with_a_deprecation_warning(name: str) -> None:
    old, call = CALLS[name]
    assert old is not None
    with pytest.warns(DeprecationWarning, match=rf"\({old}=\) is deprecated.*rulebook="):
        answer = call(**{old: BOOK})
    assert answer == call(rulebook=BOOK)
    with pytest.raises(TypeError, match=f"rulebook= and its old name {old}="):
        call(**{old: BOOK, "rulebook": BOOK})


@pytest.mark.parametrize("name", ["step", "allowed_events", "reachable_states", "mermaid"])
def test_a_view_given_as_rulebook_reads_its_interpretation(name: str) -> None:
    call = CALLS[name][1]
    if name == "step":
        call = lambda **kw: _told(lifecycle.step, UR, Event.WITHDRAW, **kw)  # noqa: E731 - B20, R65
    assert call(rulebook=OFFICIAL) != call(rulebook=BOOK.as_of("2024-06-03"))
    if name != "step":
        assert call(rulebook=OFFICIAL) != call()


def test_scale_standings_takes_rulebook_and_its_old_name() -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import standings

    assert "rulebook" in inspect.signature(standings).parameters
    with pytest.warns(DeprecationWarning, match=r"standings\(book=\)"):
        old = standings(str(EXAMPLES / "history-accounts.csv"), "2024-06-30", book=BOOK)
    new = standings(str(EXAMPLES / "history-accounts.csv"), "2024-06-30", rulebook=BOOK)
    assert old.compute().equals(new.compute())
