"""JSON Schema (draft 2020-12) for plan files, generated from the attrs classes.

The generated schema is shipped as ``plan.schema.json`` beside this module; a
test keeps the shipped file equal to :func:`plan_schema`. Regenerate it with
``python -c "import ipprules.checks.schema as s; s.SCHEMA_PATH.write_text(s.schema_text())"``.

>>> schema = plan_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> schema["required"], schema["additionalProperties"]
(['account'], False)
>>> schema["$defs"]["Complaint"]["properties"]["channel"]
{'enum': ['portal', 'standalone_form'], 'default': 'portal'}
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from ipprules.checks.model import Plan

__all__ = ["SCHEMA_PATH", "plan_schema", "schema_for", "schema_text"]

#: Where the shipped schema lives.
SCHEMA_PATH = Path(__file__).parent / "plan.schema.json"

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_for(cls: type, *, title: str, schema_id: str) -> dict[str, Any]:
    """A JSON Schema for an attrs class: the class itself at the top, nested classes in
    ``$defs``, ``additionalProperties: false`` everywhere."""
    defs: dict[str, Any] = {}
    top = _object(cls, defs)
    return {
        "$schema": _DIALECT,
        "$id": schema_id,
        "title": title,
        **top,
        "$defs": dict(sorted(defs.items())),
    }


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of plan files (TOML or JSON)."""
    return schema_for(Plan, title="ipprules complaint plan", schema_id="urn:ipprules:schema:plan:1")


def schema_text() -> str:
    """The schema as the text of the shipped file."""
    return json.dumps(plan_schema(), indent=2, ensure_ascii=False) + "\n"


def _describe(cls: type) -> str:
    import inspect

    doc = inspect.getdoc(cls) or ""
    return doc.split("\n\n")[0].replace("\n", " ").strip()


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        prop = _type(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
        elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            prop["default"] = _plain(field.default)
        properties[field.name] = prop
    out: dict[str, Any] = {"type": "object", "description": _describe(cls)}
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
    return value


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        others = [a for a in args if a is not type(None)]
        if len(others) == 1 and len(args) == 2:
            return {"anyOf": [_type(others[0], defs), {"type": "null"}]}
        return {"anyOf": [_type(a, defs) for a in args]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_type(a, defs) for a in args],
            "items": False,
        }
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if issubclass(tp, dt.datetime):
            raise TypeError("date-times are not used in plan files")
        if issubclass(tp, dt.date):
            return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
        if attrs.has(tp):
            if tp.__name__ not in defs:
                defs[tp.__name__] = {}  # placeholder against recursion
                defs[tp.__name__] = _object(tp, defs)
            ref = {"$ref": f"#/$defs/{tp.__name__}"}
            shorthand = vars(tp).get("__shorthand__")
            if shorthand is not None:  # a bare string stands for that one field
                return {"anyOf": [{"type": "string", "description": shorthand}, ref]}
            return ref
    raise TypeError(f"no JSON Schema for {tp!r}")
