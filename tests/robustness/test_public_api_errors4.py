"""The error contract, sweep errors4: public enums, huge integers, and hostile values beside
valid ones.

test_public_api.py walks junk in every position (its ints stop at 10**40) and leaves the enum
classes out; the Hypothesis walk draws ints up to 10**100. An int of over 4,300 digits is
another thing: Python refuses to turn it into text, so a message that shows it (``got
{value}``) raised a bare ``ValueError`` in place of the library's error. Here every public
callable gets such ints (and containers holding them), every public enum gets junk and
misspellings, and a few dozen functions get hostile values in one parameter while the others
are valid (a junk value everywhere is refused at the first parameter and reaches nothing).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import math
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules.errors import IpprulesError, UnknownNameError, shown_value

from .test_public_api import MODULES, _call
from .test_public_api_hypothesis_hostile20 import ALL

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Over Python's 4,300-digit limit for int to str, alone and inside containers (a key too).
HUGE = 10**5000
HUGE_VALUES: tuple[Any, ...] = (HUGE, -HUGE, [HUGE], {"a": HUGE}, {HUGE: 1})


def _enums() -> list[tuple[str, type[enum.Enum]]]:
    found: dict[type[enum.Enum], str] = {}
    for module_name in (*MODULES, "ipprules.schemas"):
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                found.setdefault(obj, f"{module_name}.{name}")
    return sorted(((name, cls) for cls, name in found.items()), key=lambda item: item[0])


ENUMS = _enums()


def _misspelt(value: str) -> str:
    """``value`` with its last letter doubled: one edit away, so nearest to ``value``."""
    return value + value[-1]


def test_the_enum_walk_covers_the_enums() -> None:
    names = {name for name, _ in ENUMS}
    assert {"ipprules.rulebook.Target", "ipprules.lifecycle.State"} <= names
    assert len(ENUMS) > 30


@pytest.mark.parametrize(("name", "cls"), ENUMS, ids=[name for name, _ in ENUMS])
def test_an_enum_refuses_a_misspelt_value_with_a_suggestion(name: str, cls: type[Any]) -> None:
    """``Target("listng")`` was the standard library's bare ``ValueError`` with no hint."""
    for member in cls:
        wrong = _misspelt(member.value)
        if wrong in {m.value for m in cls}:
            continue
        with pytest.raises(UnknownNameError, match=f"did you mean {member.value!r}") as caught:
            cls(wrong)
        assert isinstance(caught.value, ValueError)  # `except ValueError` still catches it
        assert caught.value.suggestion == member.value
    assert cls(next(iter(cls)).value) is next(iter(cls))


@pytest.mark.parametrize(("name", "cls"), ENUMS, ids=[name for name, _ in ENUMS])
def test_an_enum_refuses_junk_with_the_librarys_error(name: str, cls: type[Any]) -> None:
    junk = (None, 5, HUGE, math.nan, b"x", "", [HUGE], {"a": 1}, object())
    for value in junk:
        with pytest.raises(UnknownNameError, match=f"unknown {cls.__name__}"):
            cls(value)
    with pytest.raises(TypeError, match="takes one value"):
        cls("x", "y")


def test_an_enums_hint_is_kept_in_its_refusal() -> None:
    from ipprules.checks import IprType

    with pytest.raises(UnknownNameError, match='write ipr_type "patent"'):
        IprType("design")


@pytest.mark.parametrize(("name", "function"), ALL, ids=[name for name, _ in ALL])
def test_huge_ints_raise_only_type_error_or_ours(
    name: str, function: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An int of 5,001 digits, alone or in a list or dict, in each position and keyword."""
    monkeypatch.chdir(tmp_path)
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        parameters = []
    keywords = [p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    broken = []
    for value in HUGE_VALUES:
        calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
            ((value,) * count, {}) for count in (1, 2, 3)
        ]
        calls += [((), {keyword: value}) for keyword in keywords]
        for args, kwargs in calls:
            exc = _call(function, *args, **kwargs)
            if exc is not None:
                where = f"{len(args)} positional" if args else next(iter(kwargs))
                broken.append(f"{name}({where}={shown_value(value)}): {type(exc).__name__}")
    assert not broken, "\n".join(broken[:5])


# ---------------------------------------------- hostile values beside valid arguments

DAY = dt.date(2024, 1, 2)
URL = "https://item.taobao.com/item.htm?id=606832683299"

HOSTILE: tuple[Any, ...] = (
    None,
    True,
    -1,
    10**40,
    HUGE,
    -HUGE,
    math.nan,
    math.inf,
    1.5,
    "",
    "\0",
    "\ud800",
    b"x",
    [[["x"]]],
    {"a": {"b": [HUGE]}},
    {HUGE: 1},
    object(),
    dt.date.min,
    dt.date.max,
    "0001-01-01",
    "9999-12-31",
    "2024-02-30",
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.timedelta.max,
    Fraction(-1),
    Fraction(HUGE),
    "99999999999999999999",
)


def _valid_calls() -> list[tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]]:
    from ipprules import calendars, goodfaith, lifecycle, planner
    from ipprules.checks import example_plan
    from ipprules.counternotice import CounterNotice
    from ipprules.goodfaith import AccountEvent, Complaint
    from ipprules.lifecycle import EventRecord, State
    from ipprules.penalties import Violation

    plan = example_plan()
    history = ipprules.History.from_rows([])
    book = ipprules.default_rulebook()
    start = State.PENDING_VERIFICATION
    return [
        ("check", ipprules.check, (plan,), {"as_of": DAY}),
        ("coverage", ipprules.coverage, (plan,), {"as_of": DAY, "horizon": 90}),
        ("advise", ipprules.advise, ("trademark", "taobao"), {"as_of": DAY}),
        ("standing", ipprules.standing, (history, DAY), {}),
        ("timeline", ipprules.timeline, (history, DAY, DAY + dt.timedelta(7)), {}),
        ("what_if", ipprules.what_if, (history, str(EXAMPLES / "what-if.toml"), DAY), {}),
        ("penalty_standing", ipprules.penalty_standing, ((), "aliexpress", DAY), {}),
        ("plan_listings", ipprules.plan_listings, ((), plan), {"as_of": DAY}),
        ("deadline_for", ipprules.deadline_for, ("counter_notice_round_1", DAY), {}),
        ("due_date/days", lifecycle.due_date, (DAY, 3, "calendar_days"), {}),
        ("due_date/hours", lifecycle.due_date, (DAY, 3, "hours"), {}),
        ("due_date/business", lifecycle.due_date, (DAY, 3, "business_days"), {}),
        ("add_business_days", calendars.add_business_days, (DAY, 3), {}),
        ("business_days_between", calendars.business_days_between, (DAY, DAY), {}),
        ("HolidayCalendar", calendars.HolidayCalendar, (), {"holidays": [DAY]}),
        ("deadlines_from", lifecycle.deadlines_from, ("takedown", DAY), {}),
        ("next_deadlines", lifecycle.next_deadlines, (start, {}), {}),
        ("replay", lifecycle.replay, (["ipr_verified"],), {}),
        ("apply_batch", lifecycle.apply_batch, ({"a": start}, "ipr_verified"), {}),
        ("reject", lifecycle.reject_counter_notices, ({"a": start}, "why", DAY), {}),
        ("as_date", ipprules.rulebook.as_date, (DAY,), {}),
        ("as_of", book.as_of, (DAY,), {}),
        ("diff_rules", ipprules.diff_rules, (book, book), {"as_of": DAY}),
        ("planned_outcomes", goodfaith.planned_outcomes, (10, Fraction(1, 2)), {}),
        ("planned_batch", goodfaith.planned_batch, ([10], Fraction(1, 2)), {}),
        ("read_lines", planner.read_lines, ([URL],), {}),
        ("Settings", planner.Settings, (), {}),
        ("parse_listing", ipprules.parse_listing, (URL,), {}),
        ("Violation", Violation, (), {"on": DAY, "kind": "general", "points": 2, "id": "v"}),
        ("EventRecord", EventRecord, ("ipr_verified", DAY), {}),
        ("AccountEvent", AccountEvent, (), {"date": DAY, "kind": "abuse", "note": ""}),
        (
            "Complaint",
            Complaint,
            (),
            {
                "filed": DAY,
                "platform": "taobao",
                "reason_code": "counterfeit",
                "listings": 1,
                "taken_down": 1,
            },
        ),
        (
            "CounterNotice",
            CounterNotice,
            (),
            {"platform": "taobao", "complaint_date": DAY, "brand": "b", "filed_on": DAY},
        ),
    ]


VALID = _valid_calls()


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("name", "function", "args", "kwargs"), VALID, ids=[call[0] for call in VALID]
)
def test_a_hostile_value_beside_valid_ones_raises_only_type_error_or_ours(
    name: str, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    result = function(*args, **kwargs)  # the valid call answers: the hostile ones reach further
    if inspect.isgenerator(result):
        list(result)
    parameters = inspect.signature(function).parameters.values()
    optional = [p.name for p in parameters if p.default is not p.empty and p.kind != p.VAR_KEYWORD]
    slots: list[int | str] = [*range(len(args)), *optional]
    broken = []
    for slot in slots:
        for value in HOSTILE:
            call_args, call_kwargs = list(args), dict(kwargs)
            if isinstance(slot, int):
                call_args[slot] = value
            else:
                call_kwargs[slot] = value
            exc = _call(function, *call_args, **call_kwargs)
            if exc is not None and not isinstance(exc, IpprulesError):
                broken.append(f"{name} [{slot}]={shown_value(value)}: {type(exc).__name__}")
    assert not broken, "\n".join(broken[:5])


@pytest.mark.parametrize(
    "document",
    [{"weekend": [HUGE]}, {"holidays": [HUGE]}, {"valid_from": HUGE}, {"name": HUGE}],
)
def test_a_calendar_document_holding_a_huge_int_is_an_input_error(document: Any) -> None:
    """``{"weekend": [10**5000]}`` was a bare ValueError from its message (``f"{item}"``)."""
    from ipprules.calendars import calendar_from_data
    from ipprules.errors import InputError

    with pytest.raises(InputError, match=r"\$\."):
        calendar_from_data(document)
