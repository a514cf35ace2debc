"""The record columns of many parse results, built column by column with Arrow.

The per-row work is :func:`ipprules.listings.parse_listing` and nothing else: a listing is a
4-tuple ``(form, id, extra, input)`` and a rejection a 4-tuple ``(code, message, source,
suggestion)``, so one transposition gives four columns. Everything a form decides (platform,
marketplace, kind, the text around the id in the canonical URL and the identity key, which
field the extra value is) is looked up once per distinct form in a small table and spread
over the rows with ``take``; the canonical URL and the identity key are joined element-wise.
The few rows whose form needs more than ``before + id + after`` (a quoted id, a title slug,
an AliExpress id above 2**51) ask the listing itself. Row ``i`` equals
``parse_listing(texts[i]).as_dict()`` (a test checks it on every input it generates).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from ipprules.listings import RECORD_FIELDS, parse_listing
from ipprules.listings.forms import all_forms
from ipprules.listings.model import Form
from ipprules.scale._deps import require

__all__ = ["record_table"]

_AE_MIN = len(str(2**51))  # an AliExpress id shorter than this has no derived key


@cache
def _forms() -> dict[str, Form]:
    return {form.name: form for form in all_forms()}


_REJECTED = {"ok": False, "by_listing": False, "region": False, "slug": False, "aliexpress": False}


def _per_key(names: list[str]) -> dict[str, list[Any]]:
    """What each distinct first-column value (a form name or a rejection code) decides."""
    forms = _forms()
    rows = []
    for name in names:
        form = forms.get(name)
        if form is None:  # a rejection code
            rows.append({**_REJECTED, "code": name})
            continue
        canon, ident = form.canonical_parts, form.identity_parts
        rows.append(
            {
                "ok": True,
                "platform": form.platform,
                "marketplace": form.marketplace,
                "kind": form.kind,
                "canon_before": None if canon is None else canon[0],
                "canon_after": None if canon is None else canon[1],
                "ident_before": None if ident is None else ident[0],
                "ident_after": None if ident is None else ident[1],
                "by_listing": canon is None or ident is None,
                "region": form.x_name == "region",
                "slug": form.x_name == "slug",
                "aliexpress": form.id_rule == "aliexpress",
            }
        )
    return {key: [row.get(key) for row in rows] for key in _KEYS}


_KEYS = (
    "ok",
    "platform",
    "marketplace",
    "kind",
    "canon_before",
    "canon_after",
    "ident_before",
    "ident_after",
    "by_listing",
    "region",
    "slug",
    "aliexpress",
    "code",
)
_STRING_KEYS = frozenset(_KEYS[1:8]) | {"code"}


def record_table(texts: Sequence[str]) -> Any:
    """A ``pyarrow.Table`` of :data:`ipprules.listings.RECORD_FIELDS`, one row per text.

    Call it with the cyclic garbage collector paused for big inputs (every result is an
    acyclic tuple).

    >>> table = record_table(["https://detail.tmall.com/item.htm?id=690091011924", "x"])
    >>> table.column("identity").to_pylist(), table.column("code").to_pylist()
    (['taobao-item:690091011924', None], [None, 'not-a-url'])
    """
    pa = require("pyarrow")
    pc = require("pyarrow.compute")
    results = list(map(parse_listing, texts))
    if _NAMES - _KNOWN:  # a record field this builder does not know yet: ask each result
        records = [r.as_dict() for r in results]
        return pa.table(
            {
                name: pa.array([r[name] for r in records], type=_type(pa, kind))
                for name, kind in RECORD_FIELDS
            }
        )
    if not results:
        return pa.table({name: pa.array([], type=_type(pa, kind)) for name, kind in RECORD_FIELDS})
    first, second, third, fourth = zip(*results, strict=True)
    keys = pa.array(
        [k if k.__class__ is str else k.name for k in first], type=pa.string()
    ).dictionary_encode()
    index = keys.indices
    per_key = {
        k: pa.array(v, type=pa.string() if k in _STRING_KEYS else pa.bool_())
        for k, v in _per_key(keys.dictionary.to_pylist()).items()
    }

    def spread(name: str) -> Any:
        return per_key[name].take(index)

    ok = spread("ok")
    null = pa.nulls(len(results), pa.string())
    middle = pa.array(second, type=pa.string())  # id, or a rejection's message
    identifier = pc.if_else(ok, middle, null)
    extra = pa.array(third, type=pa.string())  # the extra value, or a rejection's source
    by_listing = spread("by_listing")
    canonical = _joined(pc, spread("canon_before"), identifier, spread("canon_after"))
    identity = _joined(pc, spread("ident_before"), identifier, spread("ident_after"))
    if pc.any(by_listing).as_py():
        canonical = _ask(pa, pc, results, by_listing, canonical, "canonical_url")
        identity = _ask(pa, pc, results, by_listing, identity, "identity")
    long_id = pc.greater_equal(pc.utf8_length(identifier), _AE_MIN)
    candidates = pc.fill_null(pc.and_(spread("aliexpress"), long_id), False)
    derived = _ask(pa, pc, results, candidates, null, "derived_identity")
    columns = {
        "input": pa.array(texts, type=pa.string()),
        "ok": ok,
        "platform": spread("platform"),
        "marketplace": spread("marketplace"),
        "kind": spread("kind"),
        "id": identifier,
        "canonical_url": canonical,
        "identity": identity,
        "region": pc.if_else(spread("region"), extra, null),
        "slug": pc.if_else(spread("slug"), extra, null),
        "derived_key": derived,
        "code": spread("code"),
        "reason": pc.if_else(ok, null, middle),
        "suggestion": pc.if_else(ok, null, pa.array(fourth, type=pa.string())),
    }
    return pa.table({name: columns[name] for name, _ in RECORD_FIELDS})


_NAMES = frozenset(name for name, _ in RECORD_FIELDS)
#: the fields :func:`record_table` builds (one per line: the formatter keeps them so)
_KNOWN = frozenset(
    {
        "input",
        "ok",
        "platform",
        "marketplace",
        "kind",
        "id",
        "canonical_url",
        "identity",
        "region",
        "slug",
        "derived_key",
        "code",
        "reason",
        "suggestion",
    }
)


def _type(pa: Any, kind: str) -> Any:
    return {"string": pa.string(), "bool": pa.bool_(), "int64": pa.int64()}[kind]


def _joined(pc: Any, before: Any, middle: Any, after: Any) -> Any:
    """``before + middle + after`` per row; null where any of them is null."""
    return pc.binary_join_element_wise(before, middle, after, "")


def _ask(pa: Any, pc: Any, results: list[Any], mask: Any, column: Any, attribute: str) -> Any:
    """``column`` with the rows of ``mask`` replaced by the listing's own ``attribute``."""
    rows = require("numpy").flatnonzero(mask.to_numpy(zero_copy_only=False))
    if not len(rows):
        return column
    values = [getattr(results[i], attribute) for i in rows]
    return pc.replace_with_mask(column, mask, pa.array(values, type=pa.string()))
