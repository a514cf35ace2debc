"""One check for every name a user types (platform, IPR type, reason code, event...).

An unknown name raises :class:`~ipprules.errors.UnknownNameError` with the nearest known
name as a "did you mean" suggestion; a name that is not a ``str`` is a ``TypeError``.
The CLI turns the error into exit code 2.

>>> check_name("platform", "taobao", ["taobao", "tmall"])
'taobao'
>>> check_name("platform", "Tmal", ["taobao", "tmall"])
Traceback (most recent call last):
...
ipprules.errors.UnknownNameError: unknown platform 'Tmal' (did you mean 'tmall'?); known: ...
>>> check_name("platform", None, ["taobao"])
Traceback (most recent call last):
...
TypeError: platform must be a str, got NoneType
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, cast

from ipprules.errors import UnknownNameError, plain

__all__ = ["NamedEnum", "check_name", "check_names"]


class _NamedEnumType(enum.EnumType):
    """The metaclass of :class:`NamedEnum`: a value that is not a ``str`` (no member's value
    is one) is refused before the standard library formats it (``repr`` of an int of 5,000
    digits is a ``ValueError`` of its own), and more arguments than the value (the
    functional API, which cannot extend an enum with members) are a ``TypeError``."""

    def __call__(cls, value: object, *args: Any, **kwargs: Any) -> Any:
        if cls._member_map_:
            if args or kwargs:
                raise TypeError(f"{cls.__name__}() takes one value, the name of a member")
            if not isinstance(value, str):
                known = [str(member.value) for member in cls._member_map_.values()]
                note = f"{cls.__name__} values are str, got {type(value).__name__}"
                raise UnknownNameError(cls.__name__, cast(str, value), known, note=note)  # shown
            value = plain(value)  # the standard library formats a str subclass with its repr
        return super().__call__(value, *args, **kwargs)


class NamedEnum(enum.StrEnum, metaclass=_NamedEnumType):
    """The base of the library's enums: a value that is none of the members raises
    :class:`~ipprules.errors.UnknownNameError` (a ``ValueError``, as the standard library's
    refusal is) naming the nearest member, as the file readers do, not a bare ``ValueError``.

    >>> class Colour(NamedEnum):
    ...     RED = "red"
    ...     GREEN = "green"
    >>> Colour("red")
    <Colour.RED: 'red'>
    >>> Colour("gren")
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown Colour 'gren' (did you mean 'green'?); known: ...
    >>> Colour(1)
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown Colour 1; known: red, green; Colour values are ...
    """

    @classmethod
    def _missing_(cls, value: object) -> NamedEnum:
        hint_for = getattr(cls, "hint_for", None)  # an enum may say what to write instead
        note = hint_for(value) if callable(hint_for) else ""
        known = [str(member.value) for member in cls]
        raise UnknownNameError(cls.__name__, cast(str, value), known, note=note)


def check_name(kind: str, name: object, known: Iterable[str], *, param: str | None = None) -> str:
    """``name`` if it is one of ``known``; else UnknownNameError (TypeError if not a str)."""
    if not isinstance(name, str):
        raise TypeError(f"{param or kind} must be a str, got {type(name).__name__}")
    name = plain(name)  # a str subclass's own __eq__/__format__ is not called nor carried on
    choices = tuple(known)
    if name not in choices:
        raise UnknownNameError(kind, name, choices)
    return name


def check_names(
    kind: str, names: object, known: Iterable[str], *, param: str | None = None
) -> tuple[str, ...]:
    """Each of ``names`` (a list or tuple, never a lone str) checked by :func:`check_name`."""
    from ipprules._args import require_strs

    choices = tuple(known)
    return tuple(
        check_name(kind, n, choices, param=param) for n in require_strs(names, param or kind)
    )
