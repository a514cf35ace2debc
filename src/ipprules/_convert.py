"""One strict cattrs converter for every file ipprules reads.

cattrs' defaults repair bad input silently (``3`` becomes ``"3"``, ``"CN"``
becomes ``("C", "N")``). This converter forbids unknown keys and registers
strict hooks, so that bad input is reported, with a JSON path, instead.

>>> import attrs, datetime as dt
>>> @attrs.frozen
... class Right:
...     number: str
...     expires: dt.date
...     classes: tuple[int, ...] = ()
>>> structure({"number": "123", "expires": "2030-01-31", "classes": [9, 25]}, Right)
Right(number='123', expires=datetime.date(2030, 1, 31), classes=(9, 25))
>>> structure({"number": 123, "expires": "31/01/2030", "colour": "red"}, Right)
Traceback (most recent call last):
...
ipprules.errors.InputError: $.number: expected a string, got int
$.expires: expected a date (YYYY-MM-DD), got '31/01/2030' (write it 2030-01-31)
$: unknown key 'colour'; known keys: number, expires, classes
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import functools
import heapq
import math
import re
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from fractions import Fraction
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from ipprules._dates import as_date, date_hint, date_hint_of, date_problem, iso_date
from ipprules.errors import InputError, Problem, did_you_mean, shown_value, suggest

__all__ = [
    "MAX_INT",
    "MAX_ITEMS",
    "OMIT_IF_DEFAULT",
    "ONE_OR_MANY",
    "ONE_PER",
    "PATTERN",
    "PATTERN_CHECK",
    "PATTERN_MISS",
    "PATTERN_TEXT",
    "SCHEMA_ALSO",
    "SCHEMA_PATTERN",
    "SCHEMA_RANGE",
    "as_date",
    "count_problem",
    "exact_number",
    "get_converter",
    "iso_date",
    "shown_value",
    "structure",
    "structure_trusted",
    "unstructure",
]

T = TypeVar("T")


class _Bad(ValueError):
    """A leaf structuring failure; its message is shown to the user as is."""


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    return type(value).__name__


def _str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _Bad(f"expected a string, got {_kind(value)}")
    return value


#: The largest integer an input document may hold (counts, days, limits): one billion.
MAX_INT = 10**9


def _int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        got = f"{value!r} (a float)" if isinstance(value, float) else _kind(value)
        raise _Bad(f"expected an integer, got {got}{_int_hint(value)}")
    problem = count_problem(value)
    if problem:
        raise _Bad(problem)
    return value


def _int_hint(value: object) -> str:
    """How to write a whole number given as a quoted one or with a decimal point; else "".

    >>> _int_hint(" 40"), _int_hint(40.0), _int_hint("4O"), _int_hint(2.5)
    (' (write it without quotes: 40)', ': write 40', '', '')
    """
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return f" (write it without quotes: {value.strip()})" if len(value) <= 40 else ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f": write {int(value)}"
    return ""


def _bool_hint(value: object) -> str:
    """How to write a truth value given as a quoted word; else "".

    >>> _bool_hint("yes"), _bool_hint(1)
    (' (write true or false, without quotes)', '')
    """
    return " (write true or false, without quotes)" if isinstance(value, str) else ""


def count_problem(value: int | float) -> str | None:
    """Why a count or size is refused (outside 0..:data:`MAX_INT`, or not finite), else None.

    >>> count_problem(-5)
    'expected a whole number from 0 to 1,000,000,000, got -5'
    >>> count_problem(float("nan")), count_problem(3)
    ('expected a number from 0 to 1,000,000,000, got nan', None)
    """
    if 0 <= value <= MAX_INT:
        return None
    if isinstance(value, float):
        return f"expected a number from 0 to {MAX_INT:,}, got {value:g}"
    digits = len(str(abs(value))) if abs(value) < 10**4000 else 4000
    shown = str(value) if digits <= 20 else f"an integer of {digits} digits"
    return f"expected a whole number from 0 to {MAX_INT:,}, got {shown}"


#: The most items a list of an input document may hold: the reading limit that bounds the
#: work on one document (about 100 microseconds an item) to seconds. Long inputs are rows of
#: a CSV or JSON Lines file (histories, URLs, violations), which are read as a stream.
MAX_ITEMS = 100_000


#: A lower item cap set by ``ipprules.reading_limits(max_items=...)`` in this thread (and the
#: asyncio tasks made in it), as the byte cap is; None: :data:`MAX_ITEMS`.
_ITEM_CAP: ContextVar[int | None] = ContextVar("ipprules_max_items", default=None)


def item_cap() -> int:
    """The most items a list of an input may hold here: :data:`MAX_ITEMS`, or the lower cap
    set by ``ipprules.reading_limits(max_items=...)``.

    >>> item_cap() == MAX_ITEMS
    True
    """
    return _ITEM_CAP.get() or MAX_ITEMS


def item_limit_words(cap: int) -> str:
    """How a refusal at the item cap ``cap`` names it: the reading limit of a list, and who
    lowered it when :func:`item_cap` is below :data:`MAX_ITEMS`."""
    if cap < MAX_ITEMS:
        return "the reading limit of a list, as lowered by ipprules.reading_limits(max_items=...)"
    return "the reading limit of a list"


def too_many(value: list[Any] | tuple[Any, ...]) -> str | None:
    """The refusal of a list longer than :func:`item_cap` (:data:`MAX_ITEMS` unless lowered),
    else None.

    >>> too_many([0] * 100_001)
    'a list of 100,001 items: at most 100,000 are read (the reading limit of a list)'
    """
    cap = item_cap()
    if len(value) <= cap:
        return None
    return f"a list of {len(value):,} items: at most {cap:,} are read ({item_limit_words(cap)})"


def _float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"expected a number, got {_kind(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _Bad("expected a number, got an integer too large for one") from None
    if not math.isfinite(number):
        raise _Bad(f"expected a finite number, got {number}")
    problem = count_problem(number)  # a size: a plan's only float (a document's size_mb)
    if problem:
        raise _Bad(problem)
    return number


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"expected true or false, got {_kind(value)}{_bool_hint(value)}")
    return value


def _date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        shown = value.isoformat()
        raise _Bad(f"expected a date (YYYY-MM-DD), got a date-time {shown}{date_hint(shown)}")
    if isinstance(value, dt.date):
        day = value
    else:
        parsed = iso_date(value)
        if parsed is None:
            raise _Bad(f"expected a date (YYYY-MM-DD), got {_kind(value)}{date_hint_of(value)}")
        day = parsed
    problem = date_problem(day)
    if problem:
        raise _Bad(problem)
    return day


#: A decimal or a ratio of integers (``Fraction`` refuses a decimal over a denominator).
EXACT_PATTERN = r"[+-]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30}|\d{1,30}/\d{1,30})"
_EXACT = re.compile(EXACT_PATTERN, re.ASCII)


def exact_number(text: str) -> Fraction | None:
    """An exact number from ``"0.9"``, ``"-3"``, ``".5"`` or ``"9/10"``, else ``None``.

    No exponents (``"1e-999999999"`` would take minutes to build), at most 30 digits a part.

    >>> exact_number("0.9"), exact_number("9/10"), exact_number("1e-9"), exact_number("1/0")
    (Fraction(9, 10), Fraction(9, 10), None, None)
    """
    if not isinstance(text, str) or len(text) > 64:
        return None
    text = text.strip()
    if not _EXACT.fullmatch(text):
        return None
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):  # "1/0"
        return None


def _fraction(value: object, _: type) -> Fraction:
    """Exact numbers: an integer, or a decimal or ratio written as a string ("0.9", "9/10")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(_int(value, int))
    if isinstance(value, str):
        number = exact_number(value)
        if number is not None:
            return number
    raise _Bad(f'expected an exact number as a string such as "0.9" or "9/10", got {_kind(value)}')


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    for member in cls:
        if member.value == value and type(value) is type(member.value):
            return member
    choices = ", ".join(repr(member.value) for member in cls)
    hint_for = getattr(cls, "hint_for", None)  # an enum may say what to write instead
    hint = hint_for(value) if callable(hint_for) else ""
    near = "" if hint else did_you_mean(value, [str(member.value) for member in cls])
    raise _Bad(
        f"expected one of {choices}, got {_kind(value)}{near}" + (f"; {hint}" if hint else "")
    )


def _list_hint(value: object) -> str:
    """How a string given for a list is written as one: in brackets, each item quoted (the
    lines of a pasted block are its items)."""
    if not isinstance(value, str):
        return ""
    lines = sum(1 for line in value[:100_000].splitlines() if line.strip())
    several = f"; its {lines} lines are {lines} items" if lines > 1 else ""
    return f' (a list is written in brackets, each item quoted: ["a", "b"]{several})'


def _is_tuple(tp: Any) -> bool:
    return get_origin(tp) is tuple


def _tuple_hook_factory(tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
    args = get_args(tp)
    conv = get_converter()

    if len(args) == 2 and args[1] is Ellipsis:
        item = args[0]

        def hook(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise _Bad(f"expected a list, got {_kind(value)}{_list_hint(value)}")
            refusal = too_many(value)
            if refusal is not None:
                raise _Bad(refusal)
            out = []
            errors: list[Exception] = []
            for index, element in enumerate(value):
                try:
                    out.append(conv.structure(element, item))
                except Exception as exc:  # collected and re-raised as a group
                    exc.__notes__ = [*getattr(exc, "__notes__", []), _index_note(index, item)]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("invalid list items", errors, tp)
            return tuple(out)

        return hook

    def fixed(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple) or len(value) != len(args):
            raise _Bad(f"expected a list of {len(args)} items, got {_kind(value)}")
        return tuple(conv.structure(v, a) for v, a in zip(value, args, strict=True))

    return fixed


def _index_note(index: int, tp: Any) -> Any:
    from cattrs.errors import IterableValidationNote

    return IterableValidationNote(f"Structuring item @ index {index}", index, tp)


def _is_mapping(tp: Any) -> bool:
    return get_origin(tp) in (dict, Mapping)


def _mapping_hook_factory(tp: Any) -> Callable[[object, type], dict[Any, Any]]:
    key_type, value_type = get_args(tp)
    conv = get_converter()

    def hook(value: object, _: type) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise _Bad(f"expected a table/object, got {_kind(value)}")
        out = {}
        for key, element in value.items():
            try:
                out[conv.structure(key, key_type)] = conv.structure(element, value_type)
            except _Bad as exc:
                raise _Bad(f"[{key!r}]: {exc}") from None
        return out

    return hook


def _has_shorthand(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__") and "__shorthand__" in vars(tp)


def _shorthand_hook(tp: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    """An attrs class with ``__shorthand__ = "field"`` also reads from a bare string,
    which stands for ``{"field": string}`` (a plan's bare document kind, say)."""
    table = make_dict_structure_fn(tp, conv)
    field = tp.__shorthand__

    def hook(value: object, cls: type) -> Any:
        if isinstance(value, str):
            value = {field: value}
        elif not isinstance(value, Mapping):
            raise _Bad(f"expected a string ({field}) or a table, got {_kind(value)}")
        return table(value, cls)

    return hook


def _shorthand_plain(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    """Unstructure to the fields that differ from their defaults; to the bare string when
    only the shorthand field is left."""
    fields = tp.__attrs_attrs__
    key = tp.__shorthand__

    def hook(value: Any) -> Any:
        out = {
            f.name: conv.unstructure(getattr(value, f.name))
            for f in fields
            if getattr(value, f.name) != f.default
        }
        return out[key] if list(out) == [key] else out

    return hook


#: attrs field metadata: in files the field is written under its alias, as one string or a
#: list of strings (a bare string is a one-item list, and is written back as that string).
ONE_OR_MANY = "one_or_many"

#: attrs field metadata: the field holds one value per record, and what the rule says in
#: words (``"one reason code per complaint (B16, R41)"``): a list is refused with it, at the
#: field's path, instead of a bare "expected a string, got list".
ONE_PER = "one_per"

#: attrs field metadata: the regular expression a string field matches (its converter checks
#: it; the JSON Schema gives it as ``pattern``), and what it is in words (error messages).
PATTERN = "pattern"
PATTERN_TEXT = "pattern_text"
#: A string field's check after its :data:`PATTERN`: why the matching value is refused, or "".
PATTERN_CHECK = "pattern_check"
#: A string field's hint for a string its :data:`PATTERN` does not match (a place named in
#: words: "did you mean 'MY'?"), or "".
PATTERN_MISS = "pattern_miss"
#: The pattern the JSON Schema gives a field whose :data:`PATTERN_CHECK` narrows its
#: :data:`PATTERN` (a schema validator then refuses what the reader refuses).
SCHEMA_PATTERN = "schema_pattern"

#: attrs field metadata: the field is left out of the plain data while it holds its default
#: (a mark most records never carry, such as ``ReasonCode.severity_unstated_in``).
OMIT_IF_DEFAULT = "omit_if_default"

#: attrs field metadata: words a file may write for the field besides its type's values,
#: which its section reads before structuring (the JSON Schema lists them with the others).
SCHEMA_ALSO = "schema_also"

#: attrs field metadata: ``(least, most)`` of a whole number its section's reader allows where
#: that is narrower than 0..:data:`MAX_INT` (the JSON Schema states the same range).
SCHEMA_RANGE = "schema_range"


def _one_or_many_fields(tp: Any) -> list[Any]:
    fields = getattr(tp, "__attrs_attrs__", None) if isinstance(tp, type) else None
    return [f for f in fields or () if f.metadata.get(ONE_OR_MANY)]


def _pattern_fields(tp: Any) -> list[Any]:
    fields = getattr(tp, "__attrs_attrs__", None) if isinstance(tp, type) else None
    return [f for f in fields or () if f.metadata.get(PATTERN)]


def _one_per_fields(tp: Any) -> list[Any]:
    fields = getattr(tp, "__attrs_attrs__", None) if isinstance(tp, type) else None
    return [f for f in fields or () if f.metadata.get(ONE_PER)]


def _has_one_or_many(tp: Any) -> bool:
    return bool(_one_or_many_fields(tp) or _pattern_fields(tp) or _one_per_fields(tp))


def _one_only(rule: str, hint: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    """A hook for a :data:`ONE_PER` field: a list of several is refused naming the ``rule``,
    anything else is structured as the field's type ``hint`` (a list of one or none is
    refused as that type refuses it)."""

    def hook(value: object, _: type) -> Any:
        if isinstance(value, list | tuple) and len(value) > 1:  # several: the rule says one
            raise _Bad(f"{rule}: got a list of {len(value)}; file one complaint for each")
        return conv.structure(value, hint)

    return hook


def _omitted_fields(tp: Any) -> list[Any]:
    fields = getattr(tp, "__attrs_attrs__", None) if isinstance(tp, type) else None
    return [f for f in fields or () if f.metadata.get(OMIT_IF_DEFAULT)]


def _omitting_plain(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    from cattrs.gen import make_dict_unstructure_fn, override

    omitted: Any = {f.name: override(omit_if_default=True) for f in _omitted_fields(tp)}
    return make_dict_unstructure_fn(tp, conv, **omitted)


def _matching(
    pattern: str,
    text: str,
    optional: bool,
    check: Callable[[str], str] | None = None,
    miss: Callable[[str], str] | None = None,
) -> Callable[[object, type], str | None]:
    """A hook for a string field with a :data:`PATTERN`: a string that does not match (with
    its :data:`PATTERN_MISS` hint), or that its :data:`PATTERN_CHECK` refuses, is refused at
    the field's path (its converter would refuse it at the table's)."""
    compiled = re.compile(pattern)

    def hook(value: object, _: type) -> str | None:
        if value is None and optional:
            return None
        string = _str(value, str)
        if not compiled.fullmatch(string):  # "$" matches before a final "\n" too
            hint = miss(string) if miss is not None else ""
            raise _Bad(f"expected {text}, got {_kind(value)}{hint}")
        if check is not None and (why := check(string)):
            raise _Bad(why)
        return string

    return hook


def _names(value: object, _: type) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        raise _Bad(f"expected a string or a list of strings, got {_kind(value)}")
    errors: list[Exception] = []
    for index, item in enumerate(value):
        if not isinstance(item, str):
            exc = _Bad(f"expected a string, got {_kind(item)}")
            exc.__notes__ = [_index_note(index, str)]
            errors.append(exc)
    if errors:
        raise IterableValidationError("invalid list items", errors, tuple[str, ...])
    return tuple(value)


def _one_or_many_hook(tp: Any, conv: cattrs.Converter) -> Callable[[object, type], Any]:
    """Structure a class with :data:`ONE_OR_MANY` fields, errors at the alias's path."""
    from cattrs.errors import AttributeValidationNote
    from cattrs.gen import override

    aliases = {f.name: f.alias for f in _one_or_many_fields(tp)}
    renames: Any = {n: override(rename=a, struct_hook=_names) for n, a in aliases.items()}
    for f in _pattern_fields(tp):
        text = f.metadata.get(PATTERN_TEXT, f"a string matching {f.metadata[PATTERN]}")
        renames[f.name] = override(
            struct_hook=_matching(
                f.metadata[PATTERN],
                text,
                f.default is None,
                f.metadata.get(PATTERN_CHECK),
                f.metadata.get(PATTERN_MISS),
            )
        )
    if _one_per_fields(tp):
        import typing

        hints = typing.get_type_hints(tp)
        for f in _one_per_fields(tp):
            renames[f.name] = override(
                struct_hook=_one_only(f.metadata[ONE_PER], hints[f.name], conv)
            )
    table = make_dict_structure_fn(tp, conv, **renames)

    def hook(value: object, cls: type) -> Any:
        try:
            return table(value, cls)  # type: ignore[arg-type]
        except ClassValidationError as exc:
            for inner in exc.exceptions:
                inner.__notes__ = [
                    AttributeValidationNote(str(n), aliases[n.name], n.type)
                    if isinstance(n, AttributeValidationNote) and n.name in aliases
                    else n
                    for n in getattr(inner, "__notes__", [])
                ]
            raise

    return hook


def _one_or_many_plain(tp: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    from cattrs.gen import make_dict_unstructure_fn, override

    def plain(names: tuple[str, ...]) -> str | list[str]:
        return names[0] if len(names) == 1 else list(names)

    renames: Any = {
        f.name: override(rename=f.alias, unstruct_hook=plain) for f in _one_or_many_fields(tp)
    }
    return make_dict_unstructure_fn(tp, conv, **renames)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(float, _float)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(dt.date, _date)
    conv.register_structure_hook(Fraction, _fraction)
    # StrEnum comes before str in a StrEnum's MRO, so this wins over the str hook.
    conv.register_structure_hook(enum.StrEnum, _enum)
    conv.register_structure_hook(enum.Enum, _enum)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook_factory)
    conv.register_structure_hook_factory(_is_mapping, _mapping_hook_factory)
    conv.register_structure_hook_factory(_has_shorthand, lambda tp: _shorthand_hook(tp, conv))
    conv.register_unstructure_hook_factory(_has_shorthand, lambda tp: _shorthand_plain(tp, conv))
    conv.register_structure_hook_factory(_has_one_or_many, lambda tp: _one_or_many_hook(tp, conv))
    conv.register_unstructure_hook_factory(
        _has_one_or_many, lambda tp: _one_or_many_plain(tp, conv)
    )
    conv.register_unstructure_hook_factory(
        lambda tp: bool(_omitted_fields(tp)), lambda tp: _omitting_plain(tp, conv)
    )
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(Fraction, _fraction_text)
    return conv


def _fraction_text(value: Fraction) -> str:
    """Exact text: a decimal when the fraction has one ("0.015"), else "a/b"."""
    if value.denominator == 1:
        return str(value.numerator)
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return f"{value.numerator}/{value.denominator}"
    digits = max(twos, fives)
    scaled = value * 10**digits
    sign = "-" if scaled < 0 else ""
    whole = abs(int(scaled))
    text = str(whole).rjust(digits + 1, "0")
    return f"{sign}{text[:-digits]}.{text[-digits:]}"


@functools.cache
def get_converter() -> cattrs.Converter:
    """The strict converter, built on first use (building it compiles code)."""
    return _make_converter()


#: How structuring a record from a value that is not a mapping fails.
_NOT_A_TABLE = re.compile(
    r"^'(\w+)' object has no attribute 'keys'$|^argument of type '(?:\w+\.)*(\w+)' is not "
    r"iterable$|^a (bytes)-like object is required, not 'str'$"
)
_KINDS = {
    "list": "an array",
    "tuple": "an array",
    "str": "a string",
    "int": "a number",
    "float": "a number",
    "bool": "true or false",
    "NoneType": "null",
    "date": "a date",
    "datetime": "a date-time",
    "time": "a time",
}


def _problems(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(exc, IterableValidationError | ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for inner, note in with_notes:
            name = getattr(note, "name", None)
            sub = f"{path}.{name}" if name is not None else f"{path}[{note.index!r}]"
            yield from _problems(inner, sub)
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = _keys(exc.cl)
        extra = heapq.nsmallest(_NAMED_KEYS, exc.extra_fields)  # a million are not sorted
        listed = ""  # the known keys, listed once a table: with the first key none is near
        for key in extra:
            near = suggest(key, [k for k in known if k not in exc.extra_fields])
            hint = f"{_MEANT}{near!r}?)" if near is not None else _known(known, listed)
            listed = listed or ("" if near is not None else hint)
            yield path, f"unknown key {shown_value(key)}{hint}"
        if len(exc.extra_fields) > _NAMED_KEYS:
            more = len(exc.extra_fields) - _NAMED_KEYS
            plural = "s" if more > 1 else ""
            yield path, f"and {more:,} more unknown key{plural} (the first {_NAMED_KEYS} are named)"
    elif isinstance(exc, KeyError):
        yield path, "required value is missing"
    elif isinstance(exc, InputError):  # a record's own check (dates out of order): at its key
        for problem in exc.problems:
            at = problem.path
            yield (path + at[1:] if at.startswith("$") else path), problem.message
    elif isinstance(exc, _Bad):
        yield path, str(exc)
    elif (found := _NOT_A_TABLE.search(str(exc))) is not None and isinstance(
        exc, TypeError | AttributeError
    ):
        name = found.group(1) or found.group(2) or found.group(3)
        kind = _KINDS.get(name, name)  # a Python value's type: bytes, set, generator...
        yield path, f"expected a table (an object), got {kind}"
    elif isinstance(exc, TypeError | ValueError | AttributeError):
        yield path, f"invalid value: {exc}"
    else:  # pragma: no cover - unexpected; still reported, never a traceback
        yield path, f"invalid value ({type(exc).__name__}: {exc})"


#: The most unknown keys of one table named, each with the known key nearest it; the rest
#: are counted in one problem (a plan of 170,000 unknown keys took 4.6 s of CPU to name and
#: locate each; a terminal shows the first 100 problems).
_NAMED_KEYS = 100

#: What an "unknown key" message adds when a known key is near: `` (did you mean 'x'?)``.
_MEANT = " (did you mean "


#: What an "unknown key" message adds when no known key is near: the keys the table takes.
_KNOWN = "; known keys: "


def _known(keys: list[str], listed: str) -> str:
    """``; known keys: a, b`` (the calendar reader's words), or nothing for a table that
    takes no key, or whose keys were ``listed`` already (with another unknown key of it)."""
    return f"{_KNOWN}{', '.join(keys)}" if keys and not listed else ""


def _keys(cls: Any) -> list[str]:
    """The keys a table of ``cls`` takes, as a file writes them (a field read as one id or
    several by its alias: a complaint's ``right``)."""
    try:
        fields = attrs.fields(cls)
    except (TypeError, attrs.exceptions.NotAnAttrsClassError):  # pragma: no cover - attrs only
        return []
    aliased = {f.name for f in _one_or_many_fields(cls)}
    return [f.alias if f.name in aliased else f.name for f in fields]


Locator = Callable[[str], "tuple[int, int] | None"]


def structure(
    data: object,
    cls: type[T],
    *,
    file: str | None = None,
    locate: Locator | None = None,
    path: str = "$",
    error: type[InputError] = InputError,
    locate_key: Callable[[str, str], tuple[int, int] | None] | None = None,
) -> T:
    """Structure plain data into ``cls`` strictly, or raise ``error`` listing every problem.

    ``locate`` maps a JSON path to ``(line, column)`` in the source file, when known;
    ``locate_key`` a table's path and a key of it to where the key is (an unknown key is
    named there).
    """
    try:
        return get_converter().structure(data, cls)
    except Exception as exc:
        problems = []
        for where, message in _problems(exc, path):
            line = column = None
            if locate is not None:
                key = _unknown_key(message)
                if key is not None and locate_key is not None:
                    found = locate_key(where, key)
                else:
                    found = locate(_key_path(where, message)) or locate(where)
                if found is not None:
                    line, column = found
            problems.append(Problem(message, where, file, line, column))
        if path == "$":
            hint = _other_kind(data, cls)
            if hint is not None:
                problems.insert(0, Problem(hint, "$", file))
        raise error(problems=problems) from None


#: The documents ipprules reads, by class, with their top-level keys (a test checks them
#: against the classes' fields): a file given to the wrong command is named for what it is.
_DOCUMENTS: tuple[tuple[str, str, frozenset[str]], ...] = (
    (
        "ipprules.checks.model.Plan",
        "a complaint plan (for `ipprules check`, `coverage` or `plan --account`)",
        frozenset({"account", "rights", "complaints", "as_of", "interpretation"}),
    ),
    (
        "ipprules.goodfaith.plan.WhatIfPlan",
        "a what-if plan (for `ipprules good-faith HISTORY --what-if`)",
        frozenset({"complaints", "assume"}),
    ),
    (
        "ipprules.counternotice.model.CounterNotice",
        "a counter-notice (for `ipprules counter-notice`)",
        frozenset(
            {"platform", "complaint_date", "ipr_type", "brand", "filed_on", "purchases"}
            | {"authorisations", "seller"}
        ),
    ),
    (
        "ipprules.penalties.reading._File",
        "a violations file (for `ipprules penalties`)",
        frozenset({"violations"}),
    ),
    (
        "ipprules.lifecycle.reading._EventsFile",
        "a lifecycle case (for `ipprules lifecycle`)",
        frozenset({"events", "platform", "counterfeit", "ipp_plus", "ipr_submitted"})
        | {"notice_received"},
    ),
    (
        "ipprules.calendars.base.HolidayCalendar",
        "a calendar (for `--calendar FILE`)",
        frozenset(
            {"name", "weekend", "holidays", "workdays", "day_notes", "valid_from", "valid_until"}
        ),
    ),
    (
        "ipprules.rulebook.loader.RuleBookOverride",
        "a rules file (for `--rules FILE`)",
        frozenset({"sources", "interpretations", "platforms", "marketplaces", "channels"})
        | {"limits", "ipr_types", "documents", "document_rules", "registrations"}
        | {"account_requirements", "evidence_rules", "reason_codes", "good_faith", "metrics"}
        | {"deadlines", "penalties", "counter_notice", "lifecycle", "rule_sources", "name"}
        | {"version", "replace"},
    ),
)


def _other_kind(data: object, cls: type) -> str | None:
    """What a document is when its top-level keys are another document's and some are not
    ``cls``'s: ``this looks like a what-if plan (...), not a complaint plan (...)``."""
    if not isinstance(data, dict) or not data or not all(isinstance(k, str) for k in data):
        return None
    own = f"{cls.__module__}.{cls.__qualname__}"
    mine = next((d for d in _DOCUMENTS if d[0] == own), None)
    present = data.keys()  # a view: a million keys are not copied once a kind of document
    if mine is None or present <= mine[2]:
        return None
    for name, what, keys in _DOCUMENTS:
        if name != own and present <= keys:
            return f"this looks like {what}, not {mine[1]}: its top-level keys are those of one"
    return None


def _unknown_key(message: str) -> str | None:
    """The key an "unknown key" message names, else None."""
    if not message.startswith("unknown key "):
        return None
    shown = message[len("unknown key ") :]
    if shown.endswith("?)") and _MEANT in shown:  # the key's repr, then the key meant
        shown = shown[: shown.rindex(_MEANT)]
    elif _KNOWN in shown:  # the key's repr, then the known keys (names, no "; known")
        shown = shown[: shown.rindex(_KNOWN)]
    try:
        key = ast.literal_eval(shown)  # a repr: no code runs
    except (ValueError, SyntaxError):  # pragma: no cover - the message is the repr of a str
        return None
    return key if isinstance(key, str) else None


def _key_path(where: str, message: str) -> str:
    """Where an unknown key is: the path of the key itself (its line), else ``where``."""
    key = _unknown_key(message)
    return where if key is None else f"{where}.{key}"


def unstructure(value: object) -> Any:
    """Plain data (JSON-ready: dates as ISO strings, exact numbers as strings)."""
    return _jsonable(get_converter().unstructure(value))


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    return value


class _Mismatch(Exception):
    """The fast path met something it does not expect; the strict converter takes over."""


def _mismatch(value: object) -> Any:
    raise _Mismatch


def _exact(kind: type) -> Callable[[Any], Any]:
    def take(value: Any) -> Any:
        if type(value) is not kind:
            raise _Mismatch
        return value

    return take


def _trusted_int(value: Any) -> Any:
    if type(value) is not int or not 0 <= value <= MAX_INT:
        raise _Mismatch
    return value


def _from_text(convert: Callable[[str], Any]) -> Callable[[Any], Any]:
    def take(value: Any) -> Any:
        if type(value) is not str:
            raise _Mismatch
        return convert(value)

    return take


def _trusted_date(text: str) -> dt.date:
    day = iso_date(text)
    if day is None or date_problem(day):
        raise _Mismatch
    return day


def _trusted_fraction(text: str) -> Fraction:
    number = exact_number(text)
    if number is None:
        raise _Mismatch
    return number


@functools.cache
def _plan(tp: Any) -> Callable[[Any], Any]:
    """A function that builds ``tp`` from exact JSON data, or raises ``_Mismatch``."""
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            return _mismatch
        item = _plan(args[0])

        def many(value: Any) -> Any:
            if type(value) is not list:
                raise _Mismatch
            return tuple(map(item, value))

        return many
    if origin is dict:
        key, val = _plan(args[0]), _plan(args[1])

        def mapping(value: Any) -> Any:
            if type(value) is not dict:
                raise _Mismatch
            return {key(k): val(v) for k, v in value.items()}

        return mapping
    if origin is not None:  # a union such as X | None
        others = [a for a in args if a is not type(None)]
        if len(others) != 1:
            return _mismatch
        inner = _plan(others[0])
        return lambda value: None if value is None else inner(value)
    if tp is int:
        return _trusted_int
    if tp in (str, bool):
        return _exact(tp)
    if tp is dt.date:
        return _from_text(_trusted_date)
    if tp is Fraction:
        return _from_text(_trusted_fraction)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    fields = getattr(tp, "__attrs_attrs__", None)
    if fields is None or any(isinstance(f.type, str) for f in fields):
        return _mismatch
    plans = {f.name: _plan(f.type) for f in fields}

    def build(value: Any) -> Any:
        if type(value) is not dict:
            raise _Mismatch
        return tp(**{k: plans[k](v) for k, v in value.items()})

    return build


def structure_trusted(
    data: object,
    cls: type[T],
    *,
    file: str | None = None,
    locate: Locator | None = None,
    error: type[InputError] = InputError,
) -> T:
    """Structure data the library ships (plain JSON) quickly, without generating code.

    Only exact JSON types are taken; anything else falls back to :func:`structure`,
    which reports the problem with its path. Classes must have evaluated (not
    string) annotations.
    """
    try:
        plan = _plan(cls)  # type: ignore[arg-type]  # classes are hashable
        result: T = plan(data)
        return result
    except (_Mismatch, KeyError, ValueError, TypeError):
        return structure(data, cls, file=file, locate=locate, error=error)
