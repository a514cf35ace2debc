"""Result records that refuse a value of the wrong Python type when they are built.

The library builds its result records (a lifecycle report, a deadline, a counter-notice
assessment) itself, but they are public classes a user can build too: a wrong type there
(``LifecycleReport(events=3, ...)``) would otherwise surface later as a bare ``AttributeError``
from ``as_dict`` or a rendering. :func:`check_types` checks each field against its type hint,
once per record, and raises a ``TypeError`` naming the class and the field (and an item's
index).
"""

from __future__ import annotations

import collections.abc
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from ipprules.errors import shown_value

_Check = Callable[[str, object], None]
_EMPTY: tuple[()] = ()
_Plan = tuple[tuple[str, frozenset[type], _Check], ...]
#: The checks of each record class, made on its first record.
_PLANS: dict[type, _Plan] = {}


def check_types(record: object, names: Callable[[], Mapping[str, Any]] | None = None) -> None:
    """Refuse a field of ``record`` (an attrs record of the library) whose value is not of
    its hinted type: a ``TypeError`` naming the class and the field. A bool is no int,
    a str is no enum member; a type variable or ``Any`` takes anything.

    ``names`` gives the names the record's hints use that its module imports only for type
    checking (an import there would be a cycle); it is called once, on the class's first
    record, so the caller's own import of them is made late. This module imports only the
    lowest modules of the library (``_args``, ``errors``), so every module can use it.

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
        plan = _PLANS[cls] = _checks(cls, names() if names is not None else {})
    for name, fast, check in plan:
        value = getattr(record, name)
        # the usual types pass at once (and the empty tuple, one object); the rest are checked
        if type(value) not in fast and value is not _EMPTY:
            check(f"{cls.__name__}.{name}", value)


def refuse_below(record: object, low: int, *names: str) -> None:
    """Refuse a number of ``record`` below ``low`` in the fields ``names`` (``None`` passes):
    an absurd value of the right type (a negative count) is an
    :class:`~ipprules.errors.InputError` naming the class and the field. Call it after
    :func:`check_types`, which refuses a NaN or a float where an int belongs.

    >>> import attrs
    >>> @attrs.frozen
    ... class Room:
    ...     failures: int | None
    ...     def __attrs_post_init__(self) -> None:
    ...         check_types(self)
    ...         refuse_below(self, 0, "failures")
    >>> Room(None).failures, Room(3).failures
    (None, 3)
    >>> Room(-1)
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $: Room.failures must be at least 0, got -1
    """
    for name in names:
        value = getattr(record, name)
        if isinstance(value, int) and not isinstance(value, bool):
            value = int.__index__(value)  # an int subclass's own comparisons: never called
        if value is not None and value < low:
            from ipprules.errors import InputError

            where = f"{type(record).__name__}.{name}"
            raise InputError(f"{where} must be at least {low}, got {shown_value(value)}")


#: The fields typed as tuples of each record class that checks them for a lone str.
_TUPLE_FIELDS: dict[type, tuple[str, ...]] = {}


def refuse_lone_strs(record: object) -> None:
    """Refuse a lone str or bytes in a field of ``record`` (an attrs record) typed as a tuple
    of str (``tuple[str, ...]``, ``tuple[str, str] | None``): a ``TypeError`` naming the class and
    the field and showing how to wrap it (:func:`ipprules._args.refuse_lone_str`), where the
    record would read it one character at a time. Cheaper than :func:`check_types` (one look
    per tuple field), for records made by the thousand (the rule book's).

    >>> import attrs
    >>> @attrs.frozen
    ... class Row:
    ...     sources: tuple[str, ...] = ()
    ...     def __attrs_post_init__(self) -> None:
    ...         refuse_lone_strs(self)
    >>> Row(("S1",)).sources
    ('S1',)
    >>> Row("S1")
    Traceback (most recent call last):
    ...
    TypeError: Row.sources must be a list or tuple of str, not a single str (wrap it: ['S1'])
    """
    cls = type(record)
    names = _TUPLE_FIELDS.get(cls)
    if names is None:
        names = _TUPLE_FIELDS[cls] = _tuple_fields(cls)
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str | bytes):
            from ipprules._args import refuse_lone_str

            refuse_lone_str(value, f"{cls.__name__}.{name}", "str")


def _tuple_fields(cls: type) -> tuple[str, ...]:
    """The names of ``cls``'s fields whose hint is a tuple of str (or a union with one), read
    from the hint's text where it is one (``from __future__ import annotations``)."""
    import attrs

    found = []
    for field in attrs.fields(cls):
        hint = field.type
        if isinstance(hint, str):
            parts = [part.strip() for part in _top_level_union(hint)]
            is_tuple = any(part.startswith("tuple[str") for part in parts)
        else:
            kinds = typing.get_args(hint) if typing.get_origin(hint) in _UNIONS else (hint,)
            is_tuple = any(_of_str(kind) for kind in kinds)
        if is_tuple:
            found.append(field.name)
    return tuple(found)


_UNIONS = (typing.Union, types.UnionType)


def _of_str(hint: Any) -> bool:
    """Whether ``hint`` is a tuple whose (first) items are str: ``tuple[str, ...]``."""
    return typing.get_origin(hint) is tuple and typing.get_args(hint)[:1] == (str,)


def _top_level_union(hint: str) -> list[str]:
    """The members of a union hint's text (``"tuple[str, str] | None"``), split at the ``|``
    outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(hint):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(hint[start:index])
            start = index + 1
    parts.append(hint[start:])
    return parts


def _checks(cls: type, names: Mapping[str, Any]) -> _Plan:
    """The checks of ``cls``'s fields, from its type hints (``names``: those only imported
    for type checking where it is defined), each with the exact types it takes at once (a
    tuple whose items need checking is not one of them)."""
    import attrs

    fields = attrs.fields(cls)
    if any(isinstance(field.type, str) for field in fields):
        hints = typing.get_type_hints(cls, localns=dict(names))
    else:  # resolved already (attrs.resolve_types: the rule book's records): no eval again
        hints = {field.name: field.type for field in fields}
    found = []
    for field in fields:
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
        of_str = _of_str(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_of(_check_of(args[0]), of_str=of_str)
        if args and Ellipsis not in args:  # tuple[str, Decision]: so many items, each its type
            return _tuple_of(None, tuple(_check_of(a) for a in args), of_str=of_str)
        return _tuple_of(None)
    kind = origin if isinstance(origin, type) else hint
    if not isinstance(kind, type):  # pragma: no cover - no such hint in the records
        return None
    if origin in _MAPPINGS and len(args) == 2:  # dict[str, int]: each key and value too
        return _mapping_of(_instance_of(kind), _check_of(args[0]), _check_of(args[1]))
    return _instance_of(kind)


_MAPPINGS = (dict, collections.abc.Mapping)


def _mapping_of(outer: _Check, key: _Check | None, value: _Check | None) -> _Check:
    """A mapping's check: the mapping itself, then each key and value (``where[key]``)."""

    def check(where: str, mapping: object) -> None:
        outer(where, mapping)
        for one, item in typing.cast("Mapping[object, object]", mapping).items():
            if key is not None:
                key(f"{where} key", one)
            if value is not None:
                value(f"{where}[{shown_value(one)}]", item)

    return check


def _wanted(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "a tuple"
    kind = origin if isinstance(origin, type) else hint
    name = getattr(kind, "__name__", str(kind))
    return f"{'an' if name[:1].lower() in 'aeio' else 'a'} {name}"


def _instance_of(kind: type) -> _Check:
    no_bool = kind is int  # a bool is no int (a datetime is a date: as_date takes its day)

    def check(where: str, value: object) -> None:
        if isinstance(value, kind) and not (no_bool and isinstance(value, bool)):
            return
        got = f"float {value!r}" if type(value) is float else type(value).__name__  # nan
        raise TypeError(f"{where} must be {_wanted(kind)}, got {got}")

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


def _tuple_of(
    item: _Check | None, items: tuple[_Check | None, ...] | None = None, *, of_str: bool = False
) -> _Check:
    """A tuple's check: each item by ``item``, or (``items``) so many items, each by its own;
    a lone str where str items belong (``of_str``) shows how to wrap it."""

    def check(where: str, value: object) -> None:
        if not isinstance(value, tuple):
            if of_str:
                from ipprules._args import refuse_lone_str

                refuse_lone_str(value, where, "str")
            raise TypeError(f"{where} must be a tuple, got {type(value).__name__}")
        if item is not None:
            for index, one in enumerate(value):
                item(f"{where}[{index}]", one)
        if items is not None:
            if len(value) != len(items):
                raise TypeError(f"{where} must be a tuple of {len(items)}, got {len(value)} items")
            for index, (one, its) in enumerate(zip(value, items, strict=True)):
                if its is not None:
                    its(f"{where}[{index}]", one)

    return check


class ReadOnlyDict(dict[str, Any]):
    """A ``dict`` that refuses every change with a TypeError: a rule book's mappings (a
    penalty record's ``points``, the book's ``rule_sources``, a resolved view's sections),
    shared by every caller of the embedded book and cached, and a result's counters
    (``WindowCounts``), which hash by value. It pickles and copies as a plain mapping of its
    items.
    """

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> Any:
        raise TypeError("this mapping is read-only: copy it with dict(...)")

    __setitem__ = __delitem__ = __ior__ = _refuse
    pop = popitem = clear = update = setdefault = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


def read_only(value: Any) -> Any:
    """``value`` as a :class:`ReadOnlyDict` where it is a ``dict`` (anything else is left to
    the record's type check, a TypeError naming the field)."""
    if isinstance(value, dict) and not isinstance(value, ReadOnlyDict):
        return ReadOnlyDict(value)
    return value
