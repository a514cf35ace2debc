"""The shared context of the checks: the plan, the dates, the rules in force, the draft
rights, and a finding factory.

This module is the base of the check modules (:mod:`~ipprules.checks.account`,
:mod:`~ipprules.checks.rights`, :mod:`~ipprules.checks.listings`,
:mod:`~ipprules.checks.complaints`): they import it, it imports none of them.

>>> from ipprules.checks import example_plan
>>> ctx = Context(example_plan(), None, None, None)
>>> ctx.day.isoformat(), ctx.interpretation
('2026-11-23', 'brief')
>>> ctx.finding("plan-empty", "$.complaints", "the plan has no complaints").severity.value
'info'
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import types
import typing
import weakref
from collections.abc import Iterator
from itertools import repeat
from typing import Any, TypeVar

from ipprules._args import plain_if_int, plain_if_str, refuse_lone_str, require_instance
from ipprules._convert import MAX_INT, count_problem
from ipprules._dates import date_problem
from ipprules.checks.findings import Finding, FindingSeverity, catalogue
from ipprules.checks.model import Account, Plan, Right
from ipprules.checks.plan import reference_problems
from ipprules.errors import CoverageError, InputError
from ipprules.rulebook import ResolvedRules, RuleBook, as_date
from ipprules.rulebook.book import file_reading
from ipprules.rulebook.model import WEAK_CONFIDENCES, Rule, confidence_mark

__all__ = ["Context", "Draft", "plan_trial"]

T = TypeVar("T")

#: Codes whose findings cite the catalogue's rules before their records': a listing of a
#: marketplace filed under another platform breaks B16/B17 (one platform per complaint, each
#: listing checked), the marketplace's record (B1: Xianyu is filed as Taobao) says where it goes.
_WITH_CATALOGUE = frozenset({"listing-wrong-platform"})

#: A finding before its path is known: (code, message, records consulted).
Draft = tuple[str, str, tuple[Rule | None, ...]]


#: The records found typed as they are, by ``id``: a weak reference to each. A record found
#: so holds only immutable values (tuples, never lists: see :func:`_typed_value`) and stays
#: typed; the planner builds several contexts a call, of plans that share their records.
_TYPED: dict[int, weakref.ref[Any]] = {}
_TYPED_MAX = 4096


def remember_typed(record: object) -> None:
    """Remember ``record`` as typed: :func:`typed_record` returns it as it is, without typing
    its fields again (for a record found typed, and for the planner's complaints, made of
    typed values: ``tests/planner/test_planner_typed.py``)."""
    key = id(record)
    try:
        # the entry goes with its record: a service checking plan after plan keeps none of
        # the records it dropped (they stayed, dead, until 4,096 pushed the oldest out)
        ref = weakref.ref(record, functools.partial(_forget, key))
    except TypeError:  # a class without a weak reference slot: not remembered
        return
    if len(_TYPED) >= _TYPED_MAX:
        _TYPED.pop(next(iter(_TYPED), -1), None)  # -1: emptied meanwhile, no id is negative
    _TYPED[key] = ref


def _forget(key: int, ref: weakref.ref[Any]) -> None:
    """Drop the entry of a record that died (the callback of its weak reference), unless its
    ``id`` is another record's entry already."""
    if _TYPED.get(key) is ref:
        _TYPED.pop(key, None)


def _plain(plan: Plan) -> Plan:
    """``plan`` with the enum fields of its complaints given as their values (``"listing"``,
    as a file gives them) turned into the enums; a value of another type is a TypeError, an
    unknown name an UnknownNameError, a single string where a list of URLs belongs a
    TypeError (a plan built in Python is checked like one read from a file)."""
    import attrs

    from ipprules._args import require_instance, require_member
    from ipprules.checks.model import ChannelId, Complaint
    from ipprules.rulebook.model import Target

    if not isinstance(plan.complaints, tuple | list):  # a str was read letter by letter
        raise TypeError(f"complaints must be a tuple, got {type(plan.complaints).__name__}")
    fixed = []
    for i, c in enumerate(plan.complaints):
        require_instance(c, Complaint, f"complaints[{i}]")  # not an AttributeError below
        changes: dict[str, object] = {}
        for name, kind in (("target", Target), ("channel", ChannelId)):
            value = getattr(c, name)
            if not isinstance(value, kind):
                changes[name] = require_member(value, kind, f"complaints[{i}].{name}")
        refuse_lone_str(c.listings, f"complaints[{i}].listings", "URL strings")
        if not all(map(isinstance, c.listings, repeat(str))):
            raise TypeError(f"complaints[{i}].listings must be a sequence of URL strings")
        fixed.append(attrs.evolve(c, **changes) if changes else c)  # type: ignore[arg-type]
    if not all(a is b for a, b in zip(fixed, plan.complaints, strict=True)):
        plan = attrs.evolve(plan, complaints=tuple(fixed))
    return typed_record(plan, "")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The type hints of the library's own fields of ``cls``: those of its nearest base that
    ipprules defines. A subclass's own fields are its owner's (their annotations may be none,
    or name what only its module can resolve), left as they are."""
    import attrs

    base = next(
        (c for c in cls.__mro__ if c.__module__.startswith("ipprules.") and attrs.has(c)), None
    )
    return {} if base is None else typing.get_type_hints(base)


def typed_record(record: T, path: str) -> T:
    """``record`` (a plan's attrs record) with its enum fields given as their values turned
    into the enums, each field and record inside it checked alike: a flag that is not a bool
    or a record of another class is a TypeError naming the field (``rights[0].renewed``), not
    a truth value or an AttributeError deep inside the checks."""
    import attrs

    seen = _TYPED.get(id(record))
    if seen is not None and seen() is record:
        return record
    cls: Any = type(record)
    changes: dict[str, object] = {}
    hints = _hints(cls)
    for field in attrs.fields(cls):
        if field.name not in hints:
            continue  # a field a subclass adds: not the library's to check
        value = getattr(record, field.name)
        where = f"{path}.{field.name}" if path else field.name
        fixed = _typed_value(value, hints[field.name], where)
        if fixed is not value:
            changes[field.alias or field.name] = fixed
    if changes:
        return attrs.evolve(record, **changes)  # type: ignore[misc]
    remember_typed(record)
    return record


def _typed_value(value: object, hint: Any, where: str) -> object:
    import attrs

    from ipprules._args import require_bool, require_instance, require_member

    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) and type(None) in args:
        if value is None:
            return value
        hint = next(a for a in args if a is not type(None))
        args = typing.get_args(hint)
    if hint is bool:
        return require_bool(value, where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return require_member(value, hint, where)
    if isinstance(hint, type) and attrs.has(hint):
        return typed_record(require_instance(value, hint, where), where)
    if hint in _PLAIN:
        return _in_range(_plain_value(value, hint, where), where)
    if hint is dt.date:
        return _in_range(_plain_of(value), where)
    inner = args[0] if typing.get_origin(hint) is tuple and args[-1:] == (...,) else None
    if inner in _PLAIN:
        if not isinstance(value, tuple | list):
            if inner is str:
                refuse_lone_str(value, where, "str")  # read letter by letter: show the wrap
            raise TypeError(f"{where} must be a tuple, got {type(value).__name__}")
        # at C speed (a complaint's listings may be thousands); the first bad item named
        kinds = _PLAIN[inner]
        if not all(map(isinstance, value, repeat(kinds))) or (
            inner is not str and any(map(isinstance, value, repeat(bool)))
        ):
            for i, item in enumerate(value):
                _plain_value(item, inner, f"{where}[{i}]")
        if not set(map(type, value)) <= {inner}:  # a subclass's item: as its plain value
            value = [_plain_of(item) for item in value]
        if inner is not str and value and not (min(value) >= 0 and max(value) <= MAX_INT):
            for i, item in enumerate(value):
                _in_range(item, f"{where}[{i}]")
        return value if isinstance(value, tuple) else tuple(value)  # never a list kept
    if inner is bool or (
        isinstance(inner, type) and (attrs.has(inner) or issubclass(inner, enum.Enum))
    ):
        if not isinstance(value, tuple | list):
            raise TypeError(f"{where} must be a tuple, got {type(value).__name__}")
        items = [_typed_value(item, inner, f"{where}[{i}]") for i, item in enumerate(value)]
        same = isinstance(value, tuple) and all(a is b for a, b in zip(items, value, strict=True))
        return value if same else tuple(items)
    return value


#: The plain types of a plan's fields, by the types a value of each may have (not a bool).
_PLAIN: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float)}
_NAMES = {str: "a str", int: "an int", float: "a number (int or float)"}


def _plain_value(value: object, hint: Any, where: str) -> object:
    """``value`` if it is of the plain type ``hint`` (a str, an int not a bool...), else a
    TypeError naming the field: ``Right(number=12345678)`` failed deep inside a check
    ("expected string or bytes-like object") and ``Complaint(platform=3)`` or
    ``Account(complaints_filed="10")`` gave an answer."""
    if isinstance(value, _PLAIN[hint]) and not isinstance(value, bool):
        return _plain_of(value)
    raise TypeError(f"{where} must be {_NAMES[hint]}, got {type(value).__name__}")


def _plain_of(value: T) -> T:
    """A str, int or date subclass as its plain value (its own ``__eq__``, ``__hash__``,
    ``strip`` or comparisons, which may raise, are never called by the checks); any other
    value unchanged."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is dt.date:
        return value
    if isinstance(value, str):
        return plain_if_str(value)
    if isinstance(value, int):
        return plain_if_int(value)  # a bool stays itself
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.date.fromordinal(dt.date.toordinal(value))  # type: ignore[return-value]
    return value


def _in_range(value: T, where: str) -> T:
    """``value`` if a plan file could hold it, else the file's refusal as an
    :class:`InputError` at the field's path: a count or size from 0 to :data:`MAX_INT`, a
    finite size, a date in 1900-01-01..2999-12-31 (``Account(complaints_filed=-5)`` and a
    right expiring in year 1 were checked as given, where the same file is refused)."""
    problem: str | None = None
    if isinstance(value, dt.date):
        problem = date_problem(value)
    elif isinstance(value, int | float):
        problem = count_problem(value)
    if problem:
        raise InputError(problem, path=f"$.{where}")
    return value


def plan_trial(plan: Plan, rulebook: RuleBook) -> bool | frozenset[int]:
    """The Good Faith trials a plan's account is in (``plan.account.trial``), each year one in
    which a trial of ``rulebook`` began, else an :class:`InputError` at the plan's
    ``good_faith_trials``, as for an account that gives both ``good_faith_trial`` and
    ``good_faith_trials`` (``check``, ``coverage`` and the planner read it alike)."""
    require_instance(plan, Plan, "plan")
    require_instance(rulebook, RuleBook, "rulebook")
    # read before the plan is typed (the planner's first look at it): as check types it
    account = require_instance(plan.account, Account, "account")
    if account.good_faith_trial and account.good_faith_trials:
        raise InputError(
            "give good_faith_trial (every trial) or good_faith_trials (the years the trials "
            "the account was in began), not both",
            path="$.account.good_faith_trials",
        )
    trial = account.trial
    if isinstance(trial, frozenset):
        known = rulebook.trial_years()
        unknown = sorted(y for y in trial if y not in known)
        if unknown:
            raise InputError(
                f"no trial began in {unknown[0]}: the trials began in "
                f"{', '.join(map(str, known))} (R68, R70, R75)",
                path="$.account.good_faith_trials",
            )
    return trial


class Context:
    """What every check needs: the plan, the dates, the rules, and a finding factory."""

    __slots__ = (
        "_heads",
        "_rules",
        "book",
        "catalogue",
        "day",
        "interpretation",
        "plan",
        "rights",
        "trial",
    )

    def __init__(
        self,
        plan: Plan,
        as_of: dt.date | str | None,
        rulebook: RuleBook | None,
        interpretation: str | None,
    ) -> None:
        from ipprules._args import require_instance

        require_instance(plan, Plan, "plan")
        plan = _plain(plan)
        if rulebook is not None:
            require_instance(rulebook, RuleBook, "rulebook")
        problems = reference_problems(plan)
        if problems:
            raise InputError(problems=problems)
        if as_of is None:
            as_of = plan.as_of
        if as_of is None:
            raise InputError("no as-of date: give as_of, or set as_of in the plan", "$.as_of")
        if rulebook is None:
            from ipprules.rulebook import default_rulebook

            rulebook = default_rulebook()
        self.plan = plan
        self.book = rulebook
        self.day = as_date(as_of, "as-of date", name="as_of")
        # the plan's own reading: an unknown one is refused at its line ("" too)
        if interpretation is None and plan.interpretation is not None:
            interpretation = file_reading(rulebook, plan.interpretation)
        if interpretation is None:
            interpretation = rulebook.default_interpretation
        # a str subclass as its characters: its own __eq__ is never called (other readings)
        self.interpretation = plain_if_str(interpretation)
        rulebook.interpretation(self.interpretation)  # unknown names raise early
        self.trial = plan_trial(plan, rulebook)
        self.catalogue = catalogue()
        self._rules: dict[dt.date, ResolvedRules] = {}
        # by code and the ids of the records (hashing a record hashes every field); each value
        # holds its records, so no other object can take their ids while it is cached
        self._heads: dict[
            tuple[object, ...],
            tuple[FindingSeverity, tuple[str, ...], tuple[str, ...], str, tuple[Rule | None, ...]],
        ] = {}
        self.rights: dict[str, tuple[int, Right]] = {
            r.id: (i, r) for i, r in enumerate(plan.rights)
        }
        self.rules()  # the plan's date must be covered before anything is yielded

    def reading(self, interpretation: str) -> Context:
        """The same plan and date under another interpretation of the same rule book (the
        finding heads, which depend only on the code and the records, are shared)."""
        other = copy.copy(self)
        self.book.interpretation(interpretation)
        other.interpretation = interpretation
        other._rules = {}
        other.rules()
        return other

    def rules(self, day: dt.date | None = None, path: str = "$.as_of") -> ResolvedRules:
        """The rules in force on ``day`` (default: the plan's date), resolved once."""
        when = self.day if day is None else day
        found = self._rules.get(when)
        if found is None:
            try:
                found = self.book.as_of(when, self.interpretation, trial=self.trial)
            except CoverageError as exc:
                raise CoverageError(f"{path}: {exc}") from None
            self._rules[when] = found
        return found

    def finding(
        self,
        code: str,
        path: str,
        message: str,
        *records: Rule | None,
        platform: str | None = None,
    ) -> Finding:
        """A finding of catalogue ``code``; rule and source ids from the records consulted
        (the catalogue's own when none is given). A finding that rests on a record of
        confidence ``third-party`` or ``inferred`` says so after the message it is given,
        with the rule ids (disputed rules are never silent: R47's Lazada limits have one
        third-party source). Given the complaint's ``platform``, a record's confidence there
        is used where the record has one of its own (the stand-alone form is ``inferred`` on
        Lazada under the brief, a gap there under ``official``; a reason code offered on
        Tmall by inference is ``inferred`` there)."""
        key = (code, platform, *map(id, records))
        head = self._heads.get(key)
        if head is None:
            entry = self.catalogue[code]
            used = [r for r in records if r is not None]
            if used:
                own = entry.rules if code in _WITH_CATALOGUE else ()
                rule_ids = _unique((*own, *(x for r in used for x in r.rules)))
                sources = _unique(x for r in used for x in r.sources)
            else:
                rule_ids, sources = entry.rules, entry.sources
            caveat = _caveat(used, platform)
            head = self._heads[key] = (entry.severity, rule_ids, sources, caveat, records)
        severity, rule_ids, sources, caveat, _ = head
        return Finding(code, severity, path, message + caveat, rule_ids, sources)

    def mark(self, *records: Rule | None, platform: str | None = None) -> str:
        """The confidence mark :meth:`finding` ends a message with for ``records`` on
        ``platform`` (`` [confidence inferred: R54, R30]``), or ``""``."""
        return _caveat([r for r in records if r is not None], platform)


def _confidence(record: Rule, platform: str | None) -> str:
    """The record's confidence on ``platform``: ``unknown`` or ``inferred`` where the record
    marks the platform so (``unknown_platforms``, ``inferred_platforms``: a channel's, a
    reason code's), else its own."""
    if platform is not None:
        if platform in getattr(record, "unknown_platforms", ()):
            return "unknown"
        if platform in getattr(record, "inferred_platforms", ()):
            return "inferred"
    return str(record.confidence)


def _caveat(used: list[Rule], platform: str | None = None) -> str:
    """`` [confidence third-party: R47]``: the rule ids of the records of weak confidence (on
    ``platform``, where a record has one there), by confidence, or ``""``."""
    weak: dict[str, list[str]] = {}
    for r in used:
        confidence = _confidence(r, platform)
        if confidence in WEAK_CONFIDENCES:
            weak.setdefault(confidence, []).extend(r.rules or (r.id,))
    return "".join(confidence_mark(c, _unique(ids)) for c, ids in weak.items())


def _unique(items: Iterator[str] | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
