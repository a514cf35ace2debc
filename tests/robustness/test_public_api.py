"""The error contract: every public callable, fed junk, raises only TypeError or our errors.

A wrong Python type is a ``TypeError``; a bad value an ``IpprulesError``. Nothing else
(AttributeError, KeyError, RecursionError, a bare ValueError...) may escape, and no call
may hang. Enum classes are left out here: test_public_api_errors4.py walks them (a bad
value is an ``UnknownNameError`` with a did-you-mean, not the standard library's ValueError).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import itertools
import math
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules.errors import IpprulesError

MODULES = (
    "ipprules",
    "ipprules.rulebook",
    "ipprules.checks",
    "ipprules.goodfaith",
    "ipprules.lifecycle",
    "ipprules.listings",
    "ipprules.penalties",
    "ipprules.planner",
    "ipprules.calendars",
    "ipprules.counternotice",
    "ipprules.coverage",
)

JUNK: tuple[Any, ...] = (
    None,
    1,
    -1,
    [],
    "x",
    "",
    object(),
    b"x",
    math.nan,
    10**40,
    ["x"],
    {"a": 1},
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _public_callables() -> list[tuple[str, Callable[..., Any]]]:
    seen: dict[int, tuple[str, Callable[..., Any]]] = {}
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, BaseException | enum.Enum):
                continue
            if not callable(obj) or id(obj) in seen:
                continue
            seen[id(obj)] = (f"{module_name}.{name}", obj)
            if isinstance(obj, type):
                for attr, value in vars(obj).items():
                    if attr.startswith("_") or not isinstance(value, classmethod | staticmethod):
                        continue
                    method = getattr(obj, attr)
                    seen.setdefault(id(method), (f"{module_name}.{name}.{attr}", method))
    return sorted(seen.values(), key=lambda item: item[0])


CALLABLES = _public_callables()


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


def _call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> BaseException | None:
    """Call, drain a lazy result a little; return an exception that breaks the contract."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(10)
    try:
        result = function(*args, **kwargs)
        if isinstance(result, Iterator):
            list(itertools.islice(result, 10))
    except (TypeError, IpprulesError):
        return None
    except _Hang:
        return TimeoutError(f"{function} did not return within 10 s")
    except BaseException as exc:  # the contract is broken: report it
        return exc
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return None


def test_the_walk_covers_the_api() -> None:
    names = {name for name, _ in CALLABLES}
    assert {"ipprules.check", "ipprules.standing", "ipprules.parse_listing"} <= names
    assert len(CALLABLES) > 60


@pytest.mark.parametrize(("name", "function"), CALLABLES, ids=[n for n, _ in CALLABLES])
def test_junk_positional_arguments(
    name: str, function: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a junk folder name such as "x" is created here, not in the tree
    broken = []
    for count in (1, 2, 3):
        for junk in JUNK:
            exc = _call(function, *([junk] * count))
            if exc is not None:
                broken.append(
                    f"{name}({', '.join([repr(junk)] * count)}): {type(exc).__name__}: {exc}"
                )
    assert not broken, "\n".join(broken[:5])


def _valid_first_arguments() -> dict[str, tuple[Any, ...]]:
    from ipprules.checks import example_plan
    from ipprules.goodfaith import History

    plan = example_plan()
    history = History.from_rows([])
    return {
        "ipprules.check": (plan,),
        "ipprules.validate": (plan,),
        "ipprules.is_valid": (plan,),
        "ipprules.iter_findings": (plan,),
        "ipprules.advise": ("trademark", "taobao"),
        "ipprules.standing": (history, "2024-01-02"),
        "ipprules.timeline": (history, "2024-01-02", "2024-01-09"),
        "ipprules.penalty_standing": ((), "aliexpress", ipprules.default_rulebook().coverage_from),
        "ipprules.load_rulebook": (str(EXAMPLES / "plan.toml"),),
        "ipprules.plan_listings": ((), plan),
    }


@pytest.mark.parametrize("name", sorted(_valid_first_arguments()))
def test_junk_keyword_arguments(name: str) -> None:
    function = dict(CALLABLES)[name]
    args = _valid_first_arguments()[name]
    parameters = inspect.signature(function).parameters
    keywords = [p for p, v in parameters.items() if v.kind is inspect.Parameter.KEYWORD_ONLY]
    broken = []
    for keyword in keywords:
        for junk in JUNK:
            exc = _call(function, *args, **{keyword: junk})
            if exc is not None:
                broken.append(f"{name}(..., {keyword}={junk!r}): {type(exc).__name__}: {exc}")
    assert not broken, "\n".join(broken[:5])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: ipprules.check(None), "plan must be a Plan"),
        (
            lambda: ipprules.advise(
                "trademark", "taobao", facts="counterfeit_product", as_of="2024-01-02"
            ),
            "not a single str",
        ),
        (lambda: ipprules.default_rulebook().as_of(20240102), "must be a datetime.date"),
        (lambda: ipprules.load_rulebook(3), "path must be"),
        (
            lambda: ipprules.diff_rules(ipprules.default_rulebook(), None),
            "two ResolvedRules or two RuleBook",
        ),
    ],
)
def test_type_errors_name_the_parameter(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_diff_rules_compares_two_books() -> None:
    book = ipprules.default_rulebook()
    assert ipprules.diff_rules(book, book) == ()
    assert ipprules.diff_rules(book, book, as_of="2023-05-01") == ()
    changes = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
    assert [c.id for c in changes] == ["counter_notice_round_2_3"]


@pytest.mark.parametrize(
    ("call", "suggestion"),
    [
        (lambda: ipprules.default_rulebook().as_of("2024-01-02").platform("TAOBAO"), "taobao"),
        (lambda: ipprules.default_rulebook().as_of("2024-01-02", "offical"), "official"),
        (lambda: ipprules.advise("trademark", "tmal", as_of="2024-01-02"), "tmall"),
        (lambda: ipprules.explain("PLAN-EMPTY"), "plan-empty"),
    ],
)
def test_unknown_names_suggest_the_nearest(call: Callable[[], Any], suggestion: str) -> None:
    with pytest.raises(ipprules.UnknownNameError, match=f"did you mean '{suggestion}'"):
        call()


def test_empty_interpretation_is_refused() -> None:
    with pytest.raises(ipprules.UnknownNameError, match="an empty name"):
        ipprules.default_rulebook().as_of("2024-01-02", "")
    with pytest.raises(ipprules.UnknownNameError, match="an empty name"):
        ipprules.check(ipprules.read_plan(EXAMPLES / "plan.toml"), interpretation="")
