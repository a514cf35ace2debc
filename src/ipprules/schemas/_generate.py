"""JSON Schema (draft 2020-12) from attrs classes: the generator behind :mod:`ipprules.schemas`.

Field types map as the strict converter (:mod:`ipprules._convert`) reads them: ``str``,
``int``, ``bool``, ``float``, enums (by value), tuples (arrays), ``dict[str, X]`` (objects),
nested attrs classes (``$defs``), ``X | None`` (``anyOf`` with ``null``), dates (a
``YYYY-MM-DD`` string; TOML files may also write a native date, which schema tools for TOML
see as that same string) and exact numbers (:class:`~fractions.Fraction`: an integer, or a
decimal or ratio written as a string). Every object has ``additionalProperties: false``,
as the converter forbids unknown keys.

>>> import attrs, datetime as dt
>>> @attrs.frozen
... class Right:
...     '''A registered right.'''
...     number: str
...     expires: dt.date | None = None
>>> schema = schema_for(Right, title="a right", schema_id="right.schema.json")
>>> schema["required"], schema["properties"]["number"]
(['number'], {'type': 'string'})
>>> schema["properties"]["expires"]["anyOf"][0]["format"]
'date'
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from fractions import Fraction
from typing import Any

import attrs

from ipprules._convert import (
    EXACT_PATTERN,
    MAX_INT,
    ONE_OR_MANY,
    ONE_PER,
    PATTERN,
    SCHEMA_ALSO,
    SCHEMA_PATTERN,
    SCHEMA_RANGE,
)

__all__ = ["DATE", "DIALECT", "FRACTION", "schema_for"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: A date as files carry it: a ``YYYY-MM-DD`` string in JSON; in TOML a native date
#: (``2026-11-23``, unquoted) or the same string. Schema tools for TOML (taplo, Even Better
#: TOML) see a native date as that string, so one description serves both.
DATE: dict[str, Any] = {
    "type": "string",
    "format": "date",
    # the years every reader takes (ipprules._dates.FIRST_DATE..LAST_DATE): 1900-2999
    "pattern": r"^(19|2\d)\d{2}-\d{2}-\d{2}$",
    "description": (
        "a date, YYYY-MM-DD, 1900-01-01 to 2999-12-31 "
        "(JSON: a string; TOML: a native date or a string)"
    ),
}

#: An exact number: an integer, or a decimal or a ratio written as a string.
#: Its integer is a whole number as every other (0 to MAX_INT); its digits are ASCII, as the
#: reader's pattern reads them (``re.ASCII``: a JSON Schema tool in Python would take ``\d``
#: for any Unicode digit), and a ratio's denominator is not 0 (``1/0`` is refused).
_EXACT_ASCII = EXACT_PATTERN.replace("/\\d{1,30}", "/(?=[0-9]{0,29}[1-9])\\d{1,30}").replace(
    "\\d", "[0-9]"
)
FRACTION: dict[str, Any] = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": MAX_INT},
        {"type": "string", "pattern": rf"^\s*{_EXACT_ASCII}\s*$"},
    ],
    "description": 'an exact number: an integer, or a string such as "0.9" or "9/10"',
}


def schema_for(cls: type, *, title: str, schema_id: str) -> dict[str, Any]:
    """A JSON Schema for an attrs class: the class at the top, nested classes in ``$defs``."""
    defs: dict[str, Any] = {}
    top = object_schema(cls, defs)
    out: dict[str, Any] = {"$schema": DIALECT, "$id": schema_id, "title": title, **top}
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


def describe(cls: type) -> str:
    """The first paragraph of a class's docstring, on one line."""
    doc = inspect.getdoc(cls) or ""
    return doc.split("\n\n")[0].replace("\n", " ").strip()


def object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one attrs class (nested classes are added to ``defs``)."""
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        name = field.alias or field.name
        prop = type_schema(hints[field.name], defs)
        if field.metadata.get(ONE_OR_MANY):  # one string, or a list of them
            prop = {"anyOf": [prop["items"], prop]}
        if field.metadata.get(PATTERN):  # the string (of an optional field: its string member)
            for member in prop.get("anyOf", [prop]):
                if member.get("type") == "string":
                    member["pattern"] = field.metadata.get(SCHEMA_PATTERN, field.metadata[PATTERN])
        if SCHEMA_RANGE in field.metadata:  # a count its reader bounds more narrowly
            for member in prop.get("anyOf", [prop]):
                if member.get("type") == "integer":
                    member["minimum"], member["maximum"] = field.metadata[SCHEMA_RANGE]
        if ONE_PER in field.metadata:  # one value, never a list: the rule in words
            prop["description"] = f"{field.metadata[ONE_PER]}; a list is refused"
        for word in field.metadata.get(SCHEMA_ALSO, ()):  # a word its section reads too
            prop["enum"] = [*prop["enum"], word]
        if field.default is attrs.NOTHING:
            required.append(name)
        elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            prop["default"] = _plain(field.default)
        properties[name] = prop
    out: dict[str, Any] = {"type": "object"}
    description = describe(cls)
    if description:
        out["description"] = description
    out["properties"] = properties
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else value.numerator
    return value


def type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field type."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        others = [a for a in args if a is not type(None)]
        if len(others) == 1 and len(args) == 2:
            return {"anyOf": [type_schema(others[0], defs), {"type": "null"}]}
        return {"anyOf": [type_schema(a, defs) for a in args]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": type_schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [type_schema(a, defs) for a in args],
            "minItems": len(args),
            "items": False,
        }
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (dict, typing.Mapping) or (origin is not None and origin.__name__ == "Mapping"):
        key, value = args
        if key is not str:
            raise TypeError(f"no JSON Schema for a mapping with {key!r} keys")
        return {"type": "object", "additionalProperties": type_schema(value, defs)}
    if isinstance(tp, type):
        return _class_schema(tp, defs)
    raise TypeError(f"no JSON Schema for {tp!r}")


def _class_schema(tp: type, defs: dict[str, Any]) -> dict[str, Any]:
    if issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is int:  # as the converter reads every whole number in a file
        return {"type": "integer", "minimum": 0, "maximum": MAX_INT}
    if tp is float:  # and every other number (a size)
        return {"type": "number", "minimum": 0, "maximum": MAX_INT}
    simple = {bool: "boolean", str: "string"}
    if tp in simple:
        return {"type": simple[tp]}
    if issubclass(tp, dt.datetime):
        raise TypeError("date-times are not used in input files")
    if issubclass(tp, dt.date):
        return dict(DATE)
    if tp is Fraction:
        return {k: (list(v) if isinstance(v, list) else v) for k, v in FRACTION.items()}
    if attrs.has(tp):
        name = tp.__name__.lstrip("_")  # private reading classes keep a readable name
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = object_schema(tp, defs)
        ref = {"$ref": f"#/$defs/{name}"}
        shorthand = vars(tp).get("__shorthand__")
        if shorthand is not None:  # a bare string stands for that one field
            return {"anyOf": [{"type": "string", "description": shorthand}, ref]}
        return ref
    raise TypeError(f"no JSON Schema for {tp!r}")
