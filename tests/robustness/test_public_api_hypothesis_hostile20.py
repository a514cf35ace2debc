"""The error contract under Hypothesis: every public callable, its parameters drawn from
junk and from their own annotations, raises only TypeError or our errors.

test_public_api.py walks a fixed list of junk, the same value in every position, and junk
keywords for ten functions; test_hostile_8.py the scale-out modules. Here each parameter is
drawn on its own (a valid value beside junk reaches further), keyword-only parameters too,
for every callable of the walk and of ``ipprules.schemas``, which neither walk covered. The
junk holds the values hostile callers pass: a ``str`` or ``date`` subclass, naive and aware
datetimes, a bool where an int goes, ``date.min``/``date.max``, ``10**100``, NaN, a 1 MB
string, a lone surrogate, generators, and an iterable that raises midway, whose own
exception must surface as itself (not be swallowed, nor turned into another error).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import math
import os
import signal
import tempfile
import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import IpprulesError

from .test_public_api import CALLABLES, _Hang

#: The modules whose ``__all__`` neither error-contract walk covers.
MORE_MODULES = ("ipprules.schemas",)

#: Callables that take nothing to fuzz, or write into the source tree.
LEFT_OUT = {"ipprules.schemas.write_all"}

URL = "https://item.taobao.com/item.htm?id=606832683299"


class _Str(str):
    __slots__ = ()


class _Date(dt.date):
    pass


class Midway(Exception):
    """Raised by a caller's iterable partway: it is the caller's, and must surface as such."""


def _raises_midway(first: object) -> Iterator[object]:
    yield first
    raise Midway("the caller's iterable failed")


def _more_callables() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module_name in MORE_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj) and not isinstance(obj, type):
                found.append((f"{module_name}.{name}", obj))
    return found


ALL = [
    (name, function) for name, function in [*CALLABLES, *_more_callables()] if name not in LEFT_OUT
]

JUNK_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    10**100,
    math.nan,
    math.inf,
    -0.0,
    "",
    " ",
    "x" * (1 << 20),
    "\ud800",
    "a\0b",
    _Str("taobao"),
    _Str("2024-01-02"),
    "2024-01-02",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    dt.date.min,
    dt.date.max,
    dt.date(2024, 1, 2),
    _Date(2024, 1, 2),
    dt.datetime(2024, 1, 2, 23, 30),
    dt.datetime(2024, 1, 2, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-10))),
    dt.timedelta(days=1),
    b"x",
    bytearray(b"x"),
    [],
    [None],
    ["x"],
    [URL],
    {"a": 1},
    {"x"},
    object(),
    URL,
    "taobao",
    "trademark",
)

JUNK = st.one_of(
    st.sampled_from(JUNK_VALUES),
    st.text(max_size=12),
    st.integers(),
    st.floats(),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.binary(max_size=8),
    st.lists(st.text(max_size=8), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.builds(lambda items: (x for x in items), st.lists(st.sampled_from([URL, "x", 1]))),
    st.builds(_raises_midway, st.sampled_from([URL, "x", None])),
)

#: Types whose values Hypothesis draws without calling the library (no record classes).
_SAFE = (str, int, float, bool, bytes, dt.date, dt.datetime, type(None))


def _safe(hint: Any) -> bool:
    if any(hint is kind for kind in _SAFE):
        return True
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is None or not args:
        return False
    return all(_safe(arg) for arg in args if arg is not Ellipsis)


def _strategy(function: Callable[..., Any], parameter: inspect.Parameter) -> Any:
    """Junk, or a value of the parameter's own annotation where Hypothesis can draw one."""
    try:
        hint = typing.get_type_hints(function).get(parameter.name)
    except Exception:  # an annotation only its module's TYPE_CHECKING block names
        hint = None
    if hint is not None and _safe(hint):
        return st.one_of(JUNK, st.from_type(hint))
    return JUNK


def _arguments(name: str, function: Callable[..., Any]) -> Any:
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):  # a builtin without a signature
        parameters = []
    positional = [
        p
        for p in parameters
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]
    optional = [
        p for p in parameters if p.kind is not p.VAR_POSITIONAL and p.kind is not p.VAR_KEYWORD
    ]
    optional = [p for p in optional if p not in positional]
    if not parameters or any(p.kind is p.VAR_POSITIONAL for p in parameters):
        args = st.lists(JUNK, max_size=3).map(tuple)
    else:
        args = st.tuples(*(_strategy(function, p) for p in positional))
    kwargs = st.fixed_dictionaries({}, optional={p.name: _strategy(function, p) for p in optional})
    return st.tuples(args, kwargs)


#: A guard against a hang (an endless loop on some drawn value), not a timing: every call takes
#: well under a second; the margin is for a CI machine under heavy load.
_HANG_SECONDS = 120


def _call(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(_HANG_SECONDS)
    try:
        result = function(*args, **kwargs)
        if isinstance(result, Iterator):
            for _ in zip(range(10), result, strict=False):
                pass
    except (TypeError, IpprulesError, Midway):
        return
    except _Hang:
        raise AssertionError(
            f"no answer within {_HANG_SECONDS} s: {args!r:.300} {kwargs!r:.300}"
        ) from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


@contextlib.contextmanager
def _in_a_new_folder() -> Iterator[None]:
    """A junk folder or file name (``"x"``) is looked up, or created, in a fresh folder."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            yield
        finally:
            os.chdir(here)


def test_the_drawn_walk_covers_the_api_and_schemas() -> None:
    names = {name for name, _ in ALL}
    assert {"ipprules.schemas.schema", "ipprules.check", "ipprules.standing"} <= names
    assert len(ALL) > 60


@pytest.mark.no_cover
@pytest.mark.parametrize(("name", "function"), ALL, ids=[name for name, _ in ALL])
def test_drawn_arguments_raise_only_type_error_or_ours(
    name: str, function: Callable[..., Any]
) -> None:
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(drawn=_arguments(name, function))
    def check(drawn: tuple[tuple[Any, ...], dict[str, Any]]) -> None:
        args, kwargs = drawn
        with _in_a_new_folder():
            _call(function, args, kwargs)

    check()


def test_a_callers_iterable_that_fails_midway_surfaces_as_itself() -> None:
    """Bulk functions read the caller's iterable as they go: its own exception is the one the
    caller sees, neither swallowed (a short answer) nor turned into a library error."""
    import ipprules
    from ipprules.checks import example_plan

    calls: list[Callable[[], object]] = [
        lambda: list(ipprules.parse_listings(_raises_midway(URL))),
        lambda: list(ipprules.dedupe(_raises_midway(URL))),
        lambda: ipprules.plan_listings(_raises_midway(URL), example_plan(), as_of="2024-01-02"),
        lambda: ipprules.plan_listings(
            [URL], example_plan(), as_of="2024-01-02", open_listings=_raises_midway(URL)
        ),
        lambda: ipprules.advise(
            "trademark", "taobao", as_of="2024-01-02", facts=_raises_midway("counterfeit")
        ),
    ]
    for call in calls:
        with pytest.raises(Midway):
            call()


# ------------------------------------------------------------ what the drawn walk found


def test_a_timeline_built_without_columns_is_a_type_error() -> None:
    """``Timeline(start, end, interpretation, changes, None)`` was an AttributeError."""
    from ipprules.goodfaith import Timeline

    day = dt.date(2024, 1, 2)
    with pytest.raises(TypeError, match="columns must be a mapping"):
        Timeline(day, day, "brief", (), None)  # type: ignore[arg-type]
    from ipprules.goodfaith.model import TIMELINE_COLUMNS  # every column (apifuzz6)

    columns = {name: [day] if name == "day" else [None] for name in TIMELINE_COLUMNS}
    assert len(Timeline(day, day, "brief", (), columns).columns) == len(TIMELINE_COLUMNS)


def test_a_form_with_a_template_of_another_type_is_a_type_error() -> None:
    """``Form(..., identity=None, ...)`` was an AttributeError from its template split."""
    import attrs

    from ipprules.listings.forms import all_forms

    form = all_forms()[0]
    for field in ("identity", "canonical"):
        with pytest.raises(TypeError, match="template must be a str, got NoneType"):
            attrs.evolve(form, **{field: None})


@pytest.mark.parametrize("name", [3, b"urls.csv", ["urls.csv"], (x for x in ())])
def test_read_lines_name_of_another_type_is_a_type_error(name: object) -> None:
    """``read_lines(["x"], name=3)`` was an AttributeError once read (``name.lower()``)."""
    from ipprules.planner import read_lines

    with pytest.raises(TypeError, match="name must be a str or None"):
        list(read_lines(["https://item.taobao.com/item.htm?id=1"], name=name))  # type: ignore[arg-type]
