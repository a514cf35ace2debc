"""The error contract, sweep apifuzz2: what the junk walks of test_public_api.py,
test_public_api_errors4.py and test_public_api_hypothesis_hostile20.py do not reach.

Those walk the functions and classmethods named in the ``__all__`` of the modules in
``MODULES`` (and ``ipprules.schemas``). Here:

1. the callables of every other public module's ``__all__`` (the submodules, ``errors``,
   ``columnar``, ``scale``, ``cli.explain``) that the walks do not hold already;
2. the public methods of every public result class, found by calling the engines on the
   shipped examples and following the results' attributes: junk in each argument while the
   others are valid, junk in each keyword;
3. ``to_dict``/``to_records``/``to_frame``/``text``/``_repr_html_`` of results whose right id,
   brand and account name hold ``<script>``, newlines, RTL marks and 100 KB.

The junk holds a ``str`` subclass whose ``__eq__`` and ``__hash__`` raise: a look-up that
compared or hashed the caller's object as it came (``name in mapping``, ``item.id == name``)
let its ``RuntimeError`` out; the library works on the plain text of a ``str``
(``errors.plain``) and never calls them. Methods the classes take from ``tuple`` or
``Mapping`` (``index``, ``count``, ``get``) are the standard protocols, not walked.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import math
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import ipprules

from .test_public_api import MODULES, _call
from .test_public_api_hypothesis_hostile20 import ALL

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class Hostile(str):
    """A name whose comparison and hash raise: the library must not call them."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("Hostile.__eq__ was called")

    def __ne__(self, other: object) -> bool:
        raise RuntimeError("Hostile.__ne__ was called")

    def __hash__(self) -> int:
        raise RuntimeError("Hostile.__hash__ was called")


JUNK: tuple[Any, ...] = (
    None,
    1,
    1.5,
    math.nan,
    "",
    "x" * 10**6,
    b"",
    [],
    {},
    object(),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    10**5000,
    Hostile("taobao"),
    True,
)

# ---------------------------------------------------------------- 1. the other modules


#: The public packages whose ``__all__`` the other walks leave out. The submodules' ``__all__``
#: name the engines' helpers (``checks.account.check_account(ctx)``, ``lifecycle.text.*``):
#: importable by name, not the API (tests/test_import.py), so not walked.
PUBLIC_MODULES = ("ipprules.errors", "ipprules.columnar", "ipprules.scale")


def _public_modules() -> list[str]:
    return sorted(set(PUBLIC_MODULES) - set(MODULES))


def _module_callables() -> list[tuple[str, Callable[..., Any]]]:
    walked = {id(function) for _, function in ALL}
    found: dict[int, tuple[str, Callable[..., Any]]] = {}
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, BaseException | enum.Enum):
                continue  # errors are made by the library; enums: test_public_api_errors4.py
            if callable(obj) and id(obj) not in walked:
                found.setdefault(id(obj), (f"{module_name}.{name}", obj))
    return sorted(found.values(), key=lambda item: item[0])


MODULE_CALLABLES = _module_callables()


def test_the_module_walk_reaches_what_the_others_do_not() -> None:
    names = {name for name, _ in MODULE_CALLABLES}
    assert "ipprules.columnar.parse_column" in names
    assert "ipprules.scale.standing_row" in names
    assert "ipprules.errors.suggest" in names
    assert len(MODULE_CALLABLES) > 15, len(MODULE_CALLABLES)


def _parameters(function: Callable[..., Any]) -> list[inspect.Parameter]:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


@pytest.mark.no_cover
@pytest.mark.usefixtures("synchronous_dask")
@pytest.mark.parametrize(
    ("name", "function"), MODULE_CALLABLES, ids=[n for n, _ in MODULE_CALLABLES]
)
def test_module_callables_refuse_junk(
    name: str, function: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a junk file name is made here, not in the tree
    keywords = [p.name for p in _parameters(function) if p.kind is not p.POSITIONAL_ONLY]

    def calls(junk: object) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        yield from (((junk,) * count, {}) for count in (1, 2))
        yield from (((), {keyword: junk}) for keyword in keywords)

    broken = _broken(name, function, calls)
    assert not broken, "\n".join(broken[:5])


def _broken(
    name: str,
    function: Callable[..., Any],
    calls: Callable[[object], Iterator[tuple[tuple[Any, ...], dict[str, Any]]]],
) -> list[str]:
    """What escapes ``function`` called as ``calls`` says for each junk value."""
    broken = []
    for junk in JUNK:
        for args, kwargs in calls(junk):
            exc = _call(function, *args, **kwargs)
            if exc is not None:
                shown = [type(a).__name__ for a in args]
                shown += [f"{k}={type(v).__name__}" for k, v in kwargs.items()]
                broken.append(f"{name}({', '.join(shown)}): {type(exc).__name__}: {exc}"[:300])
    return broken


# ---------------------------------------------------------------- 2. the results' methods


def _roots() -> dict[str, object]:
    from ipprules import counternotice, goodfaith, lifecycle, penalties, planner
    from ipprules.calendars import load_calendar
    from ipprules.coverage import coverage_diff, coverage_summary

    plan = ipprules.read_plan(EXAMPLES / "plan.toml")
    portfolio = ipprules.read_plan(EXAMPLES / "portfolio.toml")
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    book = ipprules.default_rulebook()
    events = lifecycle.read_events(EXAMPLES / "lifecycle-counter-notice.json")
    report = events.report()
    cover = ipprules.coverage(portfolio, as_of="2026-12-02")
    return {
        "plan": plan,
        "report": ipprules.check(plan, as_of="2026-11-23"),
        "history": history,
        "standing": goodfaith.standing(history, "2023-03-31"),
        "timeline": goodfaith.timeline(history, "2023-01-01", "2023-03-31"),
        "what_if": goodfaith.what_if(history, str(EXAMPLES / "what-if.toml"), "2023-03-31"),
        "coverage": cover,
        "summary": coverage_summary(portfolio, as_of="2026-12-02"),
        "coverage_diff": coverage_diff(cover, ipprules.coverage(portfolio, as_of="2020-12-02")),
        "rulebook": book,
        "rules": book.as_of("2024-01-02"),
        "changes": ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20")),
        "listing": ipprules.parse_listing("https://item.taobao.com/item.htm?id=606832683299"),
        "parsed": ipprules.parse_listings((EXAMPLES / "urls.txt").read_text().splitlines()),
        "advice": ipprules.advise("trademark", "taobao", as_of="2024-01-02"),
        "deadline": ipprules.deadline_for("counter_notice_round_2_3", dt.date(2022, 1, 19)),
        "events": events,
        "lifecycle": report,
        "deadlines": report.deadlines,
        "assessment": ipprules.assess_counter_notice(
            counternotice.read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
        ),
        "penalties": penalties.penalty_standing(
            penalties.read_violations(EXAMPLES / "violations-aliexpress.csv"),
            "aliexpress",
            "2024-06-01",
        ),
        "planning": planner.plan_listings(
            planner.read_lines(EXAMPLES / "planner-urls.csv"),
            ipprules.read_plan(EXAMPLES / "planner-account.toml"),
            as_of="2024-06-01",
        ),
        "calendar": load_calendar(EXAMPLES / "calendar.toml"),
    }


def _exported_classes() -> set[type]:
    found = set()
    for module_name in (*MODULES, *_public_modules()):
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and not issubclass(obj, BaseException | enum.Enum):
                found.add(obj)
    return found


def _instances() -> dict[type, tuple[str, object]]:
    """One instance of each public class met from the roots, with the path that found it."""
    public = _exported_classes()
    found: dict[type, tuple[str, object]] = {}
    todo = list(_roots().items())
    while todo:
        path, obj = todo.pop(0)
        kind = type(obj)
        if kind not in public or kind in found:
            continue
        found[kind] = (path, obj)
        if path.count(".") >= 3:
            continue
        for attr in dir(kind):
            if attr.startswith("_") or callable(inspect.getattr_static(obj, attr, None)):
                continue
            value = getattr(obj, attr)
            if type(value) in (tuple, list) and value:
                value = value[0]
            elif isinstance(value, dict) and value:  # a view's read-only sections too
                value = next(iter(value.values()))
            todo.append((f"{path}.{attr}", value))
    return found


INSTANCES = _instances()


def _methods() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for kind, (path, obj) in INSTANCES.items():
        for attr in dir(kind):
            if attr.startswith("_") and attr != "_repr_html_":
                continue
            static = inspect.getattr_static(obj, attr, None)
            if isinstance(static, property | type) or not callable(static):
                continue
            method = getattr(obj, attr)
            if (getattr(method, "__module__", None) or "").startswith("ipprules"):
                found.append((f"{kind.__name__}.{attr} ({path})", method))
    return sorted(found, key=lambda item: item[0])


METHODS = _methods()

#: Valid arguments for methods that need more than one (junk goes in one, these in the
#: others) or whose keywords are reached only past a valid first argument.
VALID: dict[str, tuple[Any, ...]] = {
    "Coverage.cell": ("tm-cn", "taobao"),
    "Form.canonical_url": ("606832683299", None),
    "Form.identity_key": ("606832683299", None),
    "ResolvedRules.accepts_registration": ("taobao", "CN"),
    "ResolvedRules.document_rules_for": ("trademark", "taobao"),
    "ResolvedRules.reason_codes_for": ("trademark", "taobao"),
    "ResolvedRules.not_in_force": ("platforms", "taobao"),
    "ResolvedRules.subtype_filter": ("patent", "design"),
    "ResolvedRules.platform": ("taobao",),
    "Standing.criterion": ("takedown_rate",),
    "Report.of": ("error",),
    "RuleBook.as_of": ("2024-01-02",),
    "GoodFaithCriteria.in_force": (dt.date(2024, 1, 2),),
    "ReasonCode.in_force": (dt.date(2024, 1, 2),),
}


def test_the_method_walk_covers_the_results() -> None:
    kinds = {kind.__name__ for kind in INSTANCES}
    assert {"Report", "Standing", "Timeline", "Coverage", "CoverageSummary", "Deadlines"} <= kinds
    assert {"LifecycleReport", "RuleBook", "ResolvedRules", "RuleChanges", "ParseResults"} <= kinds
    assert {"Advice", "PenaltyStanding", "PlanningResult", "Assessment", "Plan"} <= kinds
    assert len(METHODS) > 150, len(METHODS)
    names = {name.split(" ")[0] for name, _ in METHODS}
    assert set(VALID) <= names, set(VALID) - names


def _calls(
    name: str, method: Callable[..., Any], junk: object
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(args, kwargs) with ``junk`` in one place, valid values (if known) in the others."""
    parameters = _parameters(method)
    required = [p for p in parameters if p.default is p.empty and p.kind is not p.KEYWORD_ONLY]
    valid = VALID.get(name.split(" ")[0], ())
    for at in range(len(required)):
        args = [
            junk if i == at else (valid[i] if i < len(valid) else junk)
            for i in range(len(required))
        ]
        yield tuple(args), {}
    if len(valid) >= len(required):
        for p in parameters:
            if p.default is not p.empty and p.kind is not p.POSITIONAL_ONLY:
                yield tuple(valid[: len(required)]), {p.name: junk}


@pytest.mark.no_cover
@pytest.mark.parametrize(("name", "method"), METHODS, ids=[n for n, _ in METHODS])
def test_methods_refuse_junk(
    name: str, method: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = _broken(name, method, lambda junk: _calls(name, method, junk))
    assert not broken, "\n".join(broken[:5])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda rules: rules.registrations["taobao"].place_rule(None), "place must be a str"),
        (
            lambda rules: rules.good_faith_versions[next(iter(rules.good_faith_versions))].start(
                trial=b""
            ),
            "trial must be",
        ),
        (lambda rules: rules.section(Hostile("platforms"))["taobao"].id, None),
        (lambda rules: rules.platform(Hostile("taobao")).id, None),
    ],
)
def test_a_hostile_or_junk_name_is_refused_or_read_as_its_text(
    call: Callable[[Any], Any], message: str | None
) -> None:
    rules = ipprules.default_rulebook().as_of("2024-01-02")
    if message is None:
        assert call(rules) == "taobao"
    else:
        with pytest.raises(TypeError, match=message):
            call(rules)


# ---------------------------------------------------------------- 3. hostile names shown

#: A brand or account name: markup, line breaks, right-to-left marks and 100 KB.
HOSTILE_NAME = "<script>alert(1)</script>\n\r\u202e\u200f\u2028" + "商标" * 50_000
#: A right id: the same marks, short (an id is repeated in every finding).
HOSTILE_ID = "<script>alert(2)</script>\n\u202e"


def _hostile_plan(file: str) -> ipprules.Plan:
    from ipprules.checks import plan_from_data

    data = tomllib.loads((EXAMPLES / file).read_text(encoding="utf-8"))
    data["account"]["name"] = HOSTILE_NAME
    ids = {}
    for k, right in enumerate(data["rights"]):
        ids[right["id"]] = right["id"] = f"{HOSTILE_ID}{k}"
        right["name"] = right["registrant"] = HOSTILE_NAME
    for complaint in data.get("complaints", ()):
        complaint["right"] = ids.get(complaint.get("right"), complaint.get("right"))
    for letter in data["account"].get("authorisations", ()):
        letter["rights"] = [ids.get(r, r) for r in letter["rights"]]
    return plan_from_data(data)


def _hostile_results() -> dict[str, object]:
    from ipprules.coverage import coverage_summary
    from ipprules.planner import plan_listings, read_lines

    plan = _hostile_plan("plan.toml")
    portfolio = _hostile_plan("portfolio.toml")
    lines = read_lines(EXAMPLES / "planner-urls.csv")
    return {
        "plan": plan,
        "report": ipprules.check(plan, as_of="2026-11-23"),
        "coverage": ipprules.coverage(portfolio, as_of="2026-12-02"),
        "summary": coverage_summary(portfolio, as_of="2026-12-02"),
        "planning": plan_listings(lines, _hostile_plan("planner-account.toml"), as_of="2024-06-01"),
    }


SHOWN = ("to_dict", "as_dict", "to_records", "to_frame", "text", "_repr_html_", "__str__")


def test_hostile_names_are_shown_safely() -> None:
    broken = []
    for label, result in _hostile_results().items():
        for attr in SHOWN:
            method = getattr(result, attr, None)
            if method is None:
                continue
            exc = _call(lambda: _drain(method()))  # noqa: B023
            if exc is not None and not isinstance(exc, ipprules.MissingExtra):
                broken.append(f"{label}.{attr}(): {type(exc).__name__}: {exc}"[:300])
        html = getattr(result, "_repr_html_", None)
        if html is not None:
            shown = html()
            assert "<script>" not in shown, f"{label}._repr_html_() shows markup as markup"
    assert not broken, "\n".join(broken[:5])


def _drain(value: object) -> object:
    """A lazy answer (records) read to its end: its rows are where the names are shown."""
    return list(value) if isinstance(value, Iterator) else value
