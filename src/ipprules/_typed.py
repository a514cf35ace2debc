"""Result records that refuse a value of the wrong Python type when they are built.

The library builds its result records (a lifecycle report, a deadline, a counter-notice
assessment) itself, but they are public classes a user can build too: a wrong type there
(``LifecycleReport(events=3, ...)``) would otherwise surface later as a bare ``AttributeError``
from ``as_dict`` or a rendering. :func:`check_types` checks each field against its type hint,
once per record, and raises a ``TypeError`` naming the class and the field (and an item's
index).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any

_Check = Callable[[str, object], None]
_EMPTY: tuple[()] = ()
_Plan = tuple[tuple[str, frozenset[type], _Check], ...]
#: The checks of each record class, made on its first record.
_PLANS: dict[type, _Plan] = {}


def check_types(record: object) -> None:
    """Refuse a field of ``record`` (an attrs record of the library) whose value is not of
    its hinted type: a ``TypeError`` naming the class and the field. A bool is no int,
    a str is no enum member; a type variable or ``Any`` takes anything.

    >>> import attrs
    >>> @attrs.frozen
    ... class Row:
    ...     name: str
    ...     days: tuple[int, ...] = ()
    ...     def __attrs_post_init__(self) -> None:
    ...         check_types(self)
    >>> Row("a", (1, 2)).days
    (1, 2)
    >>> Row("a", (1, True))
    Traceback (most recent call last):
    ...
    TypeError: Row.days[1] must be an int, got bool
    """
    cls = type(record)
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _checks(cls)
    for name, fast, check in plan:
        value = getattr(record, name)
        # the usual types pass at once (and the empty tuple, one object); the rest are checked
        if type(value) not in fast and value is not _EMPTY:
            check(f"{cls.__name__}.{name}", value)


def _checks(cls: type) -> _Plan:
    """The checks of ``cls``'s fields, from its type hints (names only imported for type
    checking where it is defined are given here), each with the exact types it takes at
    once (a tuple whose items need checking is not one of them)."""
    import attrs

    hints = typing.get_type_hints(cls, localns=_names())
    found = []
    for field in attrs.fields(cls):
        check = _check_of(hints[field.name])
        if check is not None:
            found.append((field.name, _fast(hints[field.name]), check))
    return tuple(found)


def _fast(hint: Any) -> frozenset[type]:
    """The exact types a value of ``hint`` may have to pass without a look at its items."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return frozenset().union(*(_fast(a) for a in args))
    if hint is type(None):
        return frozenset({type(None)})
    if origin is tuple or not isinstance(hint, type):
        return frozenset()
    return frozenset({hint})


def _names() -> dict[str, Any]:
    """The names the result records' hints use that their modules import only for type
    checking (they would be import cycles there)."""
    from ipprules.penalties import PenaltyStanding
    from ipprules.rulebook.model import Answer, Deadline, Source

    return {"PenaltyStanding": PenaltyStanding, "Answer": Answer, "Deadline": Deadline,
            "Source": Source}  # fmt: skip


def _check_of(hint: Any) -> _Check | None:
    """The check of one hint; ``None`` where it takes anything."""
    if hint is Any or isinstance(hint, typing.TypeVar):
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        inner = [_check_of(a) for a in kinds]
        checks = [one for one in inner if one is not None]
        if len(checks) < len(inner):  # one of them takes anything
            return None
        wanted = " or ".join(_wanted(a) for a in kinds)
        by_item = len(kinds) == 1 and typing.get_origin(kinds[0]) is tuple
        return _optional(checks, wanted, by_item=by_item)
    if origin is tuple:
        item = _check_of(args[0]) if len(args) == 2 and args[1] is Ellipsis else None
        return _tuple_of(item)
    kind = origin if isinstance(origin, type) else hint
    if not isinstance(kind, type):  # pragma: no cover - no such hint in the records
        return None
    return _instance_of(kind)


def _wanted(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "a tuple"
    kind = origin if isinstance(origin, type) else hint
    name = getattr(kind, "__name__", str(kind))
    return f"{'an' if name[:1].lower() in 'aeio' else 'a'} {name}"


def _instance_of(kind: type) -> _Check:
    no_bool = kind is int  # a bool is no int (a datetime is a date: as_date takes its day)
    wanted = _wanted(kind)

    def check(where: str, value: object) -> None:
        if isinstance(value, kind) and not (no_bool and isinstance(value, bool)):
            return
        raise TypeError(f"{where} must be {wanted}, got {type(value).__name__}")

    return check


def _optional(inner: list[_Check], wanted: str, *, by_item: bool) -> _Check:
    """``None`` or a value one of ``inner`` takes; a tuple's item is named (``by_item``)."""

    def check(where: str, value: object) -> None:
        if value is None:
            return
        for one in inner:
            try:
                one(where, value)
            except TypeError:
                if by_item and isinstance(value, tuple):
                    raise
                continue
            return
        raise TypeError(f"{where} must be {wanted} or None, got {type(value).__name__}")

    return check


def _tuple_of(item: _Check | None) -> _Check:
    def check(where: str, value: object) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{where} must be a tuple, got {type(value).__name__}")
        if item is not None:
            for index, one in enumerate(value):
                item(f"{where}[{index}]", one)

    return check
