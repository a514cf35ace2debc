"""Hypothesis strategies for documents that follow a JSON Schema, with hostile values.

A small generator for the subset of JSON Schema that ``ipprules.schemas`` writes (objects
with properties and ``additionalProperties``, arrays, ``anyOf``, ``enum``, ``$ref`` into
``$defs``, strings with a date or number pattern, integers, numbers, booleans, null).
The documents have the right shape; their values are hostile: control and bidi characters,
long strings, dates at the ends of the calendar or that do not exist, integers far out of
range, ids that reference nothing. (hypothesis-jsonschema does not run with the Hypothesis
this project pins, so this stays small and local.)
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

HOSTILE_TEXT = st.one_of(
    st.sampled_from(["", " ", "x", "taobao", "TAOBAO", "\u202e", "\t\n", "a" * 5000, "\ufeff"]),
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),  # control characters included
        max_size=30,
    ),
)

HOSTILE_DATES = st.one_of(
    st.sampled_from(
        [
            "0001-01-01",
            "1899-12-31",
            "1900-01-01",
            "2023-02-29",
            "2999-12-31",
            "9999-12-31",
            "2024-13-01",
            "0000-00-00",
        ]
    ),
    st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10),
)

HOSTILE_INTS = st.one_of(
    st.sampled_from([0, 1, -1, 2**31, 2**63, 10**9, 10**9 + 1, 10**40, -(10**40)]),
    st.integers(),
)

HOSTILE_NUMBERS = st.one_of(
    st.sampled_from(["0.9", "9/10", "1/0", "-1", "1.", "99999999999999999999999999999/3", ".5"]),
)


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def schema_documents(
    schema: dict[str, Any], root: dict[str, Any] | None = None, depth: int = 0
) -> st.SearchStrategy[Any]:
    """Documents of ``schema``'s shape with hostile leaf values."""
    root = root if root is not None else schema
    if "$ref" in schema:
        return st.deferred(lambda: schema_documents(_resolve(schema["$ref"], root), root, depth))
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf") or schema.get("oneOf")
        return st.one_of(*(schema_documents(o, root, depth) for o in options))
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of(*(schema_documents({**schema, "type": k}, root, depth) for k in kind))
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fields = {
            name: schema_documents(sub, root, depth + 1)
            for name, sub in properties.items()
            if name != "$schema"
        }
        optional = {n: s for n, s in fields.items() if n not in required}
        extra = schema.get("additionalProperties")
        base = st.fixed_dictionaries(
            {n: s for n, s in fields.items() if n in required}, optional=optional
        )
        if isinstance(extra, dict):
            more = st.dictionaries(
                HOSTILE_TEXT, schema_documents(extra, root, depth + 1), max_size=3
            )
            return st.tuples(base, more).map(lambda pair: {**pair[1], **pair[0]})
        return base
    if kind == "array":
        items = schema.get("items", {})
        size = 0 if depth > 6 else 3
        return st.lists(schema_documents(items, root, depth + 1), max_size=size)
    if kind == "string":
        pattern = schema.get("pattern", "")
        if schema.get("format") == "date" or pattern.startswith("^\\d{4}"):
            return HOSTILE_DATES
        if "\\d+" in pattern:
            return HOSTILE_NUMBERS
        return HOSTILE_TEXT
    if kind == "integer":
        return HOSTILE_INTS
    if kind == "number":
        return st.one_of(HOSTILE_INTS, st.floats(allow_nan=False, allow_infinity=False))
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return st.none()
