"""The error contract one level down (sweep apifuzz5): junk ITEMS inside the containers the
top-level API takes (URLs, events, violations, facts, metrics, platforms, trial years,
findings...), and junk field values in the public classes' constructors.

test_public_api*.py feed junk to the top-level arguments; here each argument is a good
container whose item is junk. Only ``TypeError`` or an :class:`~ipprules.errors.IpprulesError`
may escape (never an ``AttributeError``/``KeyError``/``IndexError`` from inside, nor the
item's own ``__hash__``/``__eq__``/``__str__``), in bounded time; the result, if any, is then
rendered (``repr``, ``str``, ``to_dict``), where a junk field used to fail.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

import ipprules
from ipprules._codes import CodeSeverity
from ipprules.checks import FindingSeverity, example_plan
from ipprules.listings.columns import csv_dialect, jsonl_objects, listing_elsewhere

from .test_public_api import _call


class Boom(Exception):
    """Raised by a hostile item's own methods: the library must not call them."""


class Hostile:
    """An object whose str, repr, comparison and hash all raise."""

    def __str__(self) -> str:
        raise Boom("__str__")

    def __repr__(self) -> str:
        raise Boom("__repr__")

    def __eq__(self, other: object) -> bool:
        raise Boom("__eq__")

    def __hash__(self) -> int:
        raise Boom("__hash__")


class HostileStr(str):
    """A str whose comparison, hash and strip raise: read as its characters, never called."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise Boom("HostileStr.__eq__")

    def __hash__(self) -> int:
        raise Boom("HostileStr.__hash__")

    def strip(self, chars: str | None = None) -> str:
        raise Boom("HostileStr.strip")


ITEMS: tuple[Any, ...] = (
    None,
    1,
    math.nan,
    math.inf,
    b"x",
    [1],
    ["x", 2],
    {1: "x"},
    ("x",),
    (1, 2, 3),
    Hostile(),
    HostileStr("taobao"),
)

PLAN = example_plan()
HISTORY = ipprules.History.from_rows([])
DAY = "2024-01-02"
REPORT = ipprules.check(PLAN, as_of=DAY)
COVERAGE = ipprules.coverage(PLAN, as_of=DAY)
ERROR = FindingSeverity.ERROR
CODE = next(iter(CodeSeverity))


def _evolved(record: Any, name: str, value: object) -> Any:
    return attrs.evolve(record, **{name: value})


#: One call per container argument (or constructor field): the junk item goes in it.
CASES: dict[str, Callable[[Any], Any]] = {
    "advise(facts=[item])": lambda it: ipprules.advise(
        "trademark", "taobao", facts=[it], as_of=DAY
    ),
    "advise(trial=[item])": lambda it: ipprules.advise(
        "trademark", "taobao", trial=[it], as_of=DAY
    ),
    "coverage(platforms=[item])": lambda it: ipprules.coverage(PLAN, as_of=DAY, platforms=[it]),
    "dedupe([item])": lambda it: ipprules.dedupe([it]),
    "dedupe([(1, item)])": lambda it: ipprules.dedupe([(1, it)]),
    "lifecycle_report([item])": lambda it: ipprules.lifecycle_report([it]),
    "parse_listings([item])": lambda it: ipprules.parse_listings([it]),
    "ParseResults([item])": lambda it: ipprules.ParseResults([it]),
    "penalty_standing([item])": lambda it: ipprules.penalty_standing([it], "aliexpress", DAY),
    "plan_listings([item])": lambda it: ipprules.plan_listings([it], PLAN, as_of=DAY),
    "plan_listings(open_listings=[item])": lambda it: ipprules.plan_listings(
        [], PLAN, as_of=DAY, open_listings=[it]
    ),
    "standing(trial=[item])": lambda it: ipprules.standing(HISTORY, DAY, trial=[it]),
    "standing(metrics=[item])": lambda it: ipprules.standing(HISTORY, DAY, metrics=[it]),
    "standing(platforms=[item])": lambda it: ipprules.standing(HISTORY, DAY, platforms=[it]),
    "timeline(metrics=[item])": lambda it: ipprules.timeline(
        HISTORY, DAY, "2024-01-09", metrics=[it]
    ),
    "what_if(metrics=[item])": lambda it: ipprules.what_if(HISTORY, (), DAY, metrics=[it]),
    "Plan(rights=(item,))": lambda it: ipprules.Plan(account=PLAN.account, rights=(it,)),
    "Plan(complaints=(item,))": lambda it: ipprules.Plan(account=PLAN.account, complaints=(it,)),
    "Plan(interpretation=item)": lambda it: ipprules.Plan(account=PLAN.account, interpretation=it),
    "Finding(code=item)": lambda it: ipprules.Finding(it, ERROR, "$", "m"),
    "Finding(severity=item)": lambda it: ipprules.Finding("x", it, "$", "m"),
    "Finding(rule_ids=(item,))": lambda it: ipprules.Finding("x", ERROR, "$", "m", (it,)),
    "CodeEntry(severity=item)": lambda it: ipprules.CodeEntry("x", it, "t", "e", "f"),
    "CodeEntry(rules=(item,))": lambda it: ipprules.CodeEntry("x", CODE, "t", "e", "f", (it,)),
    "Report(findings=(item,))": lambda it: _evolved(REPORT, "findings", (it,)),
    "Report(as_of=item)": lambda it: _evolved(REPORT, "as_of", it),
    "History(counts=item)": lambda it: ipprules.History(it, 1),
    "History(complaints=item)": lambda it: ipprules.History(HISTORY.counts, it),
    "Listing([item])": lambda it: ipprules.Listing([it]),
    "Listing(id=item)": lambda it: ipprules.Listing(
        [ipprules.parse_listing("a.1688.com/offer/1.html")[0], it, None, "s"]
    ),
    "Rejection(code=item)": lambda it: ipprules.Rejection(it, "m", "s"),
    "RuleBook(data=item)": lambda it: ipprules.RuleBook(it, {}),
    **{
        f"Coverage({field.name}=item)": (lambda n: lambda it: _evolved(COVERAGE, n, it))(field.name)
        for field in attrs.fields(ipprules.Coverage)
        if field.name not in ("rights", "platforms")  # a name with no cells: see the report
    },
    **{
        f"Coverage({field.name}=(item,))": (lambda n: lambda it: _evolved(COVERAGE, n, (it,)))(
            field.name
        )
        for field in attrs.fields(ipprules.Coverage)
        if field.name not in ("rights", "platforms")  # a name with no cells: see the report
    },
    "csv_dialect([item])": lambda it: csv_dialect([it], None),
    "jsonl_objects([item])": lambda it: jsonl_objects([it], "in.jsonl"),
    "listing_elsewhere(row=[.., item, ..])": lambda it: listing_elsewhere(
        ["a", "https://img.alicdn.com/x.jpg", it, "https://detail.1688.com/offer/6000001.html"],
        1,
        ["a", "url", "b", "link"],
    ),
    "listing_elsewhere(header=[.., item])": lambda it: listing_elsewhere(
        ["a", "https://img.alicdn.com/x.jpg", "https://detail.1688.com/offer/6000001.html"],
        1,
        ["a", "url", it],
    ),
    "listing_elsewhere(row=item)": lambda it: listing_elsewhere(it, 0, ["url"]),
}


def _rendered(result: Any) -> Any:
    """``result`` drained (a few items) and rendered, where a junk field used to fail."""
    if isinstance(result, Iterator):
        result = list(itertools.islice(result, 10))
    repr(result), str(result)
    for name in ("to_dict", "text"):
        if callable(getattr(result, name, None)):
            getattr(result, name)()
    return result


@pytest.mark.parametrize("case", sorted(CASES))
def test_junk_items_raise_only_type_or_own_errors(case: str) -> None:
    broken = []
    for at, item in enumerate(ITEMS):
        exc = _call(lambda: _rendered(CASES[case](item)))  # noqa: B023 - called at once
        if exc is not None:
            broken.append(f"{case} with ITEMS[{at}] ({type(item).__name__}): {exc!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: csv_dialect([(1, " "), 2], None), r"lines\[1\] must be a \(line, text\) pair"),
        (lambda: list(jsonl_objects([(1, "{}"), (2, 3)], "x")), r"lines\[1\] must be a"),
        (lambda: list(jsonl_objects([(1, "{}"), (2, "{}", 3)], "x")), r"lines\[1\] must be a"),
        (lambda: listing_elsewhere(["u", "a.cn/1", 7], 0, ["url"]), r"row\[2\] must be a str"),
        (lambda: listing_elsewhere("url", 0, ["url"]), "row must be a list of str cells"),
        (lambda: ipprules.Listing([None]), "Listing takes 4 fields"),
        (lambda: ipprules.History(None, 1), "History.counts must be a Counts"),
        (lambda: _evolved(REPORT, "findings", (None,)), r"Report.findings\[0\] must be a Finding"),
        (lambda: ipprules.standing(HISTORY, DAY, metrics=[1]), r"metrics\[0\] must be a str"),
    ],
)
def test_the_error_names_the_item(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_a_str_subclass_item_is_read_as_its_characters() -> None:
    def hostile(text: str) -> HostileStr:
        return HostileStr(text)

    assert ipprules.advise(
        "trademark", "taobao", facts=[hostile("counterfeit_product")], as_of=DAY
    ) == ipprules.advise("trademark", "taobao", facts=["counterfeit_product"], as_of=DAY)
    assert ipprules.coverage(PLAN, as_of=DAY, platforms=[hostile("taobao")]) == ipprules.coverage(
        PLAN, as_of=DAY, platforms=["taobao"]
    )
    first = ipprules.History(HISTORY.counts, 0)
    assert ipprules.standing(first, DAY, metrics=[hostile("takedown_rate_complaint")]) == (
        ipprules.standing(first, DAY, metrics=["takedown_rate_complaint"])
    )
    listing = ipprules.parse_listing("https://detail.1688.com/offer/585943639773.html")
    rebuilt = ipprules.Listing([listing[0], hostile(listing[1]), listing[2], listing[3]])
    assert type(rebuilt.id) is str
    assert rebuilt == listing
    assert ipprules.lifecycle_report([hostile("ipr_verified")]).to_dict() == (
        ipprules.lifecycle_report(["ipr_verified"]).to_dict()
    )
