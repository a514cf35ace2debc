"""Documents for the JSON Schema tests: a strategy for documents a schema accepts (the subset
ipprules' schemas use), and TOML data as schema tools see it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st


def from_schema(schema: Any, root: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A Hypothesis strategy for the subset of JSON Schema that ipprules' schemas use."""
    if "$ref" in schema:
        return st.deferred(
            lambda: from_schema(root["$defs"][schema["$ref"].split("/")[-1]], root, depth + 1)
        )
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return st.one_of([from_schema(b, root, depth) for b in branches])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date":
            real = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(3100, 12, 31)).map(
                dt.date.isoformat
            )
            return st.one_of(real, st.from_regex(schema["pattern"], fullmatch=True))
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return st.text(min_size=schema.get("minLength", 0), max_size=20)
    if kind == "integer":
        return st.integers(
            min_value=schema.get("minimum", -(2**40)), max_value=schema.get("maximum", 2**40)
        )
    if kind == "number":
        return st.one_of(st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if "prefixItems" in schema:
            return st.tuples(*(from_schema(i, root, depth) for i in schema["prefixItems"])).map(
                list
            )
        items = from_schema(schema["items"], root, depth)
        least = schema.get("minItems", 0)  # deep lists are kept short, never below their least
        return st.lists(items, min_size=least, max_size=max(least, 0 if depth > 3 else 3))
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = {k: from_schema(v, root, depth + 1) for k, v in props.items() if k in required}
        optional = {
            k: from_schema(v, root, depth + 1)
            for k, v in props.items()
            if k not in required and k != "$schema"
        }
        if props:
            return st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return st.dictionaries(
                st.text(max_size=8), from_schema(extra, root, depth + 1), max_size=3
            )
        return st.just({})
    raise AssertionError(f"schema construct not covered by the test generator: {schema}")


def as_json(value: Any) -> Any:
    """TOML data as schema tools for TOML see it: native dates become YYYY-MM-DD strings."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
