"""The vectorised pipeline of :func:`ipprules.columnar.parse_column`, one block at a time.

1. Route: every row's fast-path key (the text up to the first ``/`` at or after position 8,
   as :func:`ipprules.listings.parse_listing` cuts it) is found with numpy over the UTF-8
   buffer and looked up among the kernel's keys (``pyarrow.compute.index_in``).
2. Prove: the rows of each key group are matched against the group's forms in order (RE2,
   anchored full matches, see :mod:`._plan`); the rows of short-link keys against the
   short-link shape.
3. Build the proven rows' fields with vectorised string operations; every other row goes
   through :func:`ipprules.listings.parse_listing` (the reference).
4. Put the pieces back in input order.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from ipprules import _gc
from ipprules.columnar._plan import DOTDOT, FormPlan, KernelPlan, kernel_plan
from ipprules.listings import RECORD_FIELDS, Listing, Rejection, parse_listing
from ipprules.listings.model import ALIEXPRESS_OFFSET, DERIVED_MIN, Form
from ipprules.listings.parser import _ENTITY, MAX_LENGTH
from ipprules.listings.text import TRAILING

__all__ = ["SCHEMA", "parse_block", "record_columns"]

_TYPES = {"string": pa.string(), "bool": pa.bool_(), "int64": pa.int64()}
#: The Arrow schema of the kernel's tables: :data:`ipprules.listings.RECORD_FIELDS`.
SCHEMA = pa.schema([pa.field(name, _TYPES[kind]) for name, kind in RECORD_FIELDS])
_NAMES = tuple(name for name, _ in RECORD_FIELDS)
_NULL = pa.scalar(None, pa.string())
#: a byte position past any text's end (``binary_replace_slice`` clamps it to the end)
_END = 2**62


def _route(
    block: pa.StringArray, plan: KernelPlan, whole: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's index into ``plan.keys`` (-1: not a kernel key), its key's length, and its
    index into ``plan.suffixes`` (-1: none); ``whole``: each row's length in bytes."""
    n = len(block)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    # only a row's first ``longest + 1`` bytes can hold its key and the "/" that ends it
    heads = pc.binary_slice(block.view(pa.large_binary() if pa.types.is_large_string(
        block.type) else pa.binary()), 0, plan.longest + 1)  # fmt: skip
    buffers = heads.buffers()
    width = np.int64 if pa.types.is_large_binary(heads.type) else np.int32
    offsets = np.frombuffer(buffers[1], dtype=width)[heads.offset : heads.offset + n + 1]
    bounds: npt.NDArray[np.int64] = offsets.astype(np.int64)
    data = np.frombuffer(buffers[2], dtype=np.uint8) if buffers[2] is not None else None
    start, end = bounds[:-1], bounds[1:]
    if data is None:
        none = np.full(n, -1, dtype=np.int64)
        return none, np.zeros(n, dtype=np.int64), none
    slashes = np.flatnonzero(data[: end[-1]] == ord("/"))
    # the first "/" at or after byte 8 of the row: the key ends there (or at the row's end)
    found = np.append(slashes, np.iinfo(np.int64).max)[np.searchsorted(slashes, start + 8)]
    key_len: np.ndarray = np.minimum(found, end) - start
    # a row longer than its head with no "/" in the head has a key longer than any key
    key_len[(found >= end) & (whole > end - start)] = 0
    if block.null_count:
        key_len[np.asarray(block.is_null())] = 0
    keys = _binary_spans(buffers[2], start, start + key_len)
    index = np.asarray(
        pc.index_in(keys, value_set=_binary_set(plan.keys)).fill_null(-1), dtype=np.int64
    )
    return index, key_len, _suffix_route(keys, data, start, key_len, index, plan)


def _suffix_route(
    keys: pa.Array,
    data: np.ndarray,
    start: np.ndarray,
    key_len: np.ndarray,
    index: np.ndarray,
    plan: KernelPlan,
) -> np.ndarray:
    """Each row's index into ``plan.suffixes`` (-1: none): what follows the first "." of a
    key that is in neither of the fast path's key tables and holds no "xn--"."""
    n = len(start)
    suffix = np.full(n, -1, dtype=np.int64)
    if not plan.suffixes:  # pragma: no cover - the plan has the AliExpress language hosts
        return suffix
    candidate = (index < 0) & (key_len > 0)
    if not candidate.any():
        return suffix
    mine = keys.filter(pa.array(candidate))
    taken = pc.or_(
        pc.is_in(mine, value_set=_binary_set(plan.taken)), pc.match_substring(mine, "xn--")
    )
    # the first "." of each candidate's key (-1: none)
    dot = np.asarray(pc.find_substring(mine, "."), dtype=np.int64)
    keep = ~np.asarray(taken) & (dot >= 0)
    rows = np.flatnonzero(candidate)[keep]
    if not len(rows):
        return suffix
    tails = _binary_spans(
        pa.py_buffer(data), start[rows] + dot[keep] + 1, start[rows] + key_len[rows]
    )
    found = pc.index_in(tails, value_set=_binary_set(plan.suffixes))
    suffix[rows] = np.asarray(found.fill_null(-1), dtype=np.int64)
    return suffix


@functools.cache
def _binary_set(texts: tuple[str, ...]) -> pa.Array:
    """``texts`` as a large-binary value set for ``index_in`` / ``is_in`` (built once)."""
    return pa.array([text.encode() for text in texts], type=pa.large_binary())


def _bounds(array: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(data, start, end)``: a string or binary array's bytes and each row's byte span."""
    buffers = array.buffers()
    large = pa.types.is_large_string(array.type) or pa.types.is_large_binary(array.type)
    n = len(array)
    offsets = np.frombuffer(buffers[1], dtype=np.int64 if large else np.int32)
    bounds: npt.NDArray[np.int64] = offsets[array.offset : array.offset + n + 1].astype(np.int64)
    data = (
        np.frombuffer(buffers[2], dtype=np.uint8)
        if buffers[2] is not None
        else np.zeros(1, np.uint8)
    )
    return data, bounds[:-1], bounds[1:]


def _binary_spans(data: pa.Buffer, start: np.ndarray, end: np.ndarray) -> pa.Array:
    """The binary strings ``data[start[i]:end[i]]`` (spans in order, none overlapping): the
    spans and the gaps between them as one array over ``data``, then the spans taken."""
    m = len(start)
    spans = np.empty(2 * m + 1, dtype=np.int64)
    spans[0 : 2 * m : 2] = start
    spans[1 : 2 * m : 2] = end
    spans[2 * m] = spans[2 * m - 1] if m else 0
    both = pa.Array.from_buffers(pa.large_binary(), 2 * m, [None, pa.py_buffer(spans), data])
    return both.take(pa.array(np.arange(0, 2 * m, 2, dtype=np.int64)))


def _spans(array: pa.Array, start: np.ndarray, end: np.ndarray) -> pa.Array:
    """The strings ``data[start[i]:end[i]]`` of ``array``'s byte buffer (spans in row order,
    each within its row, ASCII)."""
    return _binary_spans(array.buffers()[2] or pa.py_buffer(b""), start, end).cast(pa.string())


def _byte(data: np.ndarray, at: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The byte at ``at`` of each row (0 at or past the row's ``end``)."""
    inside = at < end
    byte: np.ndarray = data[np.where(inside, at, 0)] * inside
    return byte


def _starts_with(data: np.ndarray, at: np.ndarray, end: np.ndarray, text: bytes) -> np.ndarray:
    """Whether each row holds ``text`` at ``at``."""
    hit = np.ones(len(at), dtype=bool)
    for i, char in enumerate(text):
        hit &= _byte(data, at + i, end) == char
    return hit


def _find_byte(
    data: np.ndarray, at: np.ndarray, end: np.ndarray, char: int, width: int
) -> np.ndarray:
    """Where the first ``char`` at or after ``at`` is, within ``width`` bytes (-1: none)."""
    found = np.full(len(at), -1, dtype=np.int64)
    for i in range(width):
        hit = (found < 0) & (_byte(data, at + i, end) == char)
        found[hit] = at[hit] + i
        if i % 4 == 3 and (found >= 0).all():
            break
    return found


def _run_end(
    data: np.ndarray,
    begin: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    chars: str,
    width: int,
) -> np.ndarray:
    """Where the run of ``chars`` (ASCII) that starts at ``begin`` ends, in rows spanning
    ``start``-``end`` in order: ``begin + width`` at most, never past the row's ``end``, and
    ``begin`` itself when it is outside its row (a row whose id was not found: its id is
    dropped).

    Each row's window ``data[begin:min(begin + width, end)]`` is cut out in one take, and
    ``ascii_ltrim`` strips the run from its front: the run is what the trim removed. One pass
    in Arrow rather than ``width`` passes of numpy gathers (about a third of the CPU on the
    benchmark mixes). The windows are viewed as text without validation: a window may end
    inside a multi-byte character, which an ASCII trim never reads as one of ``chars``."""
    last = np.minimum(begin + width, end)
    live = (begin >= start) & (begin < last)
    first = np.where(live, begin, start)  # a row outside: an empty window (in order)
    windows = _binary_spans(pa.py_buffer(data), first, np.where(live, last, start))
    left = pc.binary_length(pc.ascii_ltrim(windows.view(pa.large_string()), chars))
    run: np.ndarray = np.where(live, last - first - np.asarray(left, dtype=np.int64), 0)
    stop: np.ndarray = begin + run
    return stop


class _Pieces:
    """Decided rows of one block, piece by piece: row numbers, their field arrays (None: a
    piece whose field is null), and where each row's values are in the pieces' columns put
    end to end."""

    def __init__(self) -> None:
        self.rows: list[np.ndarray] = []
        self.where: list[np.ndarray] = []
        self.sizes: list[int] = []
        self.size = 0
        self.columns: dict[str, list[pa.Array | None]] = {name: [] for name in _NAMES[1:]}

    def add(
        self, rows: np.ndarray, fields: dict[str, Any], codes: np.ndarray | None = None
    ) -> None:
        """Rows ``rows`` have the values ``fields`` (arrays or one value for every row): row
        ``i``'s are at ``codes[i]`` of the arrays (default: at ``i``)."""
        m = len(rows) if codes is None else len(next(iter(fields.values())))
        self.rows.append(rows)
        self.where.append(self.size + (np.arange(m, dtype=np.int64) if codes is None else codes))
        self.sizes.append(m)
        self.size += m
        for name, kind in RECORD_FIELDS[1:]:
            value = fields.get(name)
            if value is not None and not isinstance(value, pa.Array | pa.ChunkedArray):
                value = pa.repeat(pa.scalar(value, _TYPES[kind]), m)
            self.columns[name].append(value)


def _template(template: str, ids: pa.Array, xs: pa.Array | None) -> pa.Array:
    """``template`` (a ``str.format`` template over ``id`` and ``x``) for every row."""
    parts: list[Any] = []
    rest = template
    while rest:
        brace = rest.find("{")
        if brace < 0:
            parts.append(rest)
            break
        if brace:
            parts.append(rest[:brace])
        close = rest.index("}", brace)
        name = rest[brace + 1 : close]
        parts.append(ids if name == "id" else xs)
        rest = rest[close + 1 :]
    if len(parts) == 1 and isinstance(parts[0], str):  # pragma: no cover - every template has {id}
        return pa.array([parts[0]] * len(ids), pa.string())
    values = [part for part in parts if not isinstance(part, str)]
    if len(values) > 1:
        return pc.binary_join_element_wise(*parts, "")
    # one value between constant texts (all but one template): the texts put before and after
    # it by replacing its empty first and last slices, about half the CPU of the join
    joined = values[0]
    if isinstance(parts[0], str):
        joined = pc.binary_replace_slice(joined, 0, 0, parts[0])
    if isinstance(parts[-1], str):
        joined = pc.binary_replace_slice(joined, _END, _END, parts[-1])
    return joined


def _listing_fields(form: Form, ids: pa.Array, xs: pa.Array | None) -> dict[str, Any]:
    """The record fields of listings of ``form`` with ids ``ids`` (and extra values ``xs``)."""
    m = len(ids)
    if xs is None and form.x_const is not None:
        xs = pa.array([form.x_const] * m, pa.string())
    if form.canonical_bare is not None and xs is not None:
        bare = pc.equal(xs, "")
        canonical = pc.if_else(
            bare,
            _template(form.canonical_bare, ids, xs),
            _template(form.canonical, ids, xs),
        )
    else:
        canonical = _template(form.canonical, ids, xs)  # quote_id: ids are quote-safe
    fields: dict[str, Any] = {
        "ok": True,
        "platform": form.platform,
        "marketplace": form.marketplace,
        "kind": form.kind,
        "id": ids,
        "canonical_url": canonical,
        "identity": _template(form.identity, ids, xs),
        "region": xs if form.x_name == "region" else None,
        "slug": xs if form.x_name == "slug" else None,
    }
    if form.id_rule == "aliexpress":
        fields["derived_key"] = _derived(ids)
    return fields


def _derived(ids: pa.Array) -> pa.Array:
    """``aliexpress-item:{id - 2**51}`` for ids at or above 2**51 whose difference is an id
    (``DERIVED_MIN`` or more: see :attr:`Listing.derived_identity`; ids have <= 17 digits)."""
    numbers = pc.cast(ids, pa.int64())
    high = pc.greater_equal(numbers, ALIEXPRESS_OFFSET + DERIVED_MIN)
    if not pc.any(high).as_py():
        return pa.nulls(len(ids), pa.string())
    shifted = pc.cast(pc.subtract(numbers, ALIEXPRESS_OFFSET), pa.string())
    key = pc.binary_join_element_wise("aliexpress-item:", shifted, "")
    return pc.if_else(high, key, _NULL)


def _prove_group(
    sub: pa.StringArray,
    rows: np.ndarray,
    key_len: np.ndarray,
    forms: Sequence[FormPlan],
    pieces: _Pieces,
) -> np.ndarray:
    """Decide the rows of one key group; returns the rows left to the reference parser."""
    open_ = np.ones(len(rows), dtype=bool)  # not yet matched by any form's superset pattern
    left = np.zeros(len(rows), dtype=bool)  # matched a superset pattern, not its proof
    for plan in forms:
        if not open_.any():
            break
        positions = np.flatnonzero(open_)
        candidates = sub if len(positions) == len(sub) else sub.take(pa.array(positions))
        matched, proven, ids, xs = _match(candidates, key_len[positions], plan)
        open_[positions[matched]] = False
        left[positions[matched & ~proven]] = True
        if ids is not None:
            pieces.add(rows[positions[proven]], _listing_fields(plan.form, ids, xs))
    return rows[open_ | left]


def _match(
    candidates: pa.StringArray, key_len: np.ndarray, plan: FormPlan
) -> tuple[np.ndarray, np.ndarray, pa.Array | None, pa.Array | None]:
    """``(matched, proven, ids, xs)``: which candidates match the form's superset pattern,
    which of them the form's own pattern matches too (the proof), and the proven rows' ids
    and extra values (None when no row is proven)."""
    matched = np.asarray(pc.match_substring_regex(candidates, plan.pattern))
    proven = matched.copy()
    if not proven.any():
        return matched, proven, None, None
    chosen = candidates if proven.all() else candidates.filter(pa.array(proven))
    data, start, end = _bounds(chosen)
    begin, ok = _id_start(chosen, data, start, end, key_len[proven], plan)
    lo, hi = plan.id_length
    stop = _run_end(data, begin, start, end, plan.id_chars, hi + 1)
    ok &= (stop - begin >= lo) & (stop - begin <= hi)
    ids = _spans(chosen, begin, np.maximum(stop, begin))
    if plan.refused_ids:
        ok &= ~np.asarray(pc.is_in(ids, pa.array(plan.refused_ids)))
    if plan.undotted:  # a dot-dot segment: the reference parser decides
        ok &= ~np.asarray(pc.match_substring_regex(chosen, DOTDOT))
    xs = None
    if plan.x_prefixes:
        first, second = plan.x_prefixes
        differ = next(i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b)
        after = start + key_len[proven] + differ  # where "detail" and "introduction" differ
        is_first = data[after] == ord(first[differ])
        x_begin = start + key_len[proven] + np.where(is_first, len(first), len(second))
        xs = _spans(chosen, x_begin, np.maximum(begin - 1, x_begin))
    if plan.x_label is not None:
        label_end = start + key_len[proven] - len(plan.x_label)
        xs = _spans(chosen, start + _scheme_length(data, start, end), label_end)
    proven[proven] = ok
    if ok.all():
        return matched, proven, ids, xs
    keep = pa.array(ok)
    return matched, proven, ids.filter(keep), xs.filter(keep) if xs is not None else None


def _scheme_length(data: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The length of the ``https://``, ``http://`` or ``//`` a row starts with (0 if none)."""
    length = np.zeros(len(start), dtype=np.int64)
    for prefix in (b"//", b"http://", b"https://"):  # no prefix of one is another's match
        length[_starts_with(data, start, end, prefix)] = len(prefix)
    return length


def _id_start(
    chosen: pa.StringArray,
    data: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    key_len: np.ndarray,
    plan: FormPlan,
) -> tuple[np.ndarray, np.ndarray]:
    """Where each proven row's id starts (byte in the buffer), and whether it was found."""
    kind = plan.locate[0]
    if kind == "fixed":
        return start + key_len + plan.locate[1], np.ones(len(start), dtype=bool)
    if kind == "anchor":
        found = np.asarray(pc.find_substring_regex(chosen, plan.locate[1]), dtype=np.int64)
        return start + found + plan.locate[2], found >= 0
    # the id parameter: first the parameter right after the "?", else the first "&key="
    query = start + np.asarray(pc.find_substring(chosen, "?"), dtype=np.int64) + 1
    keys = [(key + "=").encode() for key in plan.locate[2]]
    begin = np.zeros(len(start), dtype=np.int64)
    ok = np.zeros(len(start), dtype=bool)
    for key in keys:
        hit = ~ok & _starts_with(data, query, end, key)
        begin[hit] = query[hit] + len(key)
        ok |= hit
    later = np.flatnonzero(~ok)
    if len(later):
        mine = chosen.take(pa.array(later))
        found = np.asarray(pc.find_substring_regex(mine, plan.locate[1]), dtype=np.int64)
        after = start[later] + np.maximum(found, 0) + 1
        equals = _find_byte(data, after, end[later], ord("="), 24)
        begin[later] = equals + 1
        ok[later] = (found >= 0) & (equals >= 0)
    return begin, ok


def _prove_short(
    sub: pa.StringArray, rows: np.ndarray, messages: Sequence[str], pieces: _Pieces, pattern: str
) -> np.ndarray:
    """Decide short-link rows (``messages``: each row's rejection message)."""
    clean: np.ndarray = np.asarray(pc.match_substring_regex(sub, pattern))
    if clean.any():
        reasons = pa.array([m for m, ok in zip(messages, clean, strict=True) if ok], pa.string())
        pieces.add(rows[clean], {"ok": False, "code": "short-link", "reason": reasons})
    left: np.ndarray = rows[~clean]
    return left


def _reference(texts: list[str | None], empty: str) -> dict[str, pa.Array]:
    """The fields of rows the kernel did not prove, from :func:`parse_listing` (the reference).

    ``None`` (a null input) is parsed as ``empty`` (the nulls policy decided that already).

    The cyclic garbage collector is paused meanwhile (the caller's setting restored after), as
    :func:`ipprules.listings.parse_listings` pauses it: parsing allocates only acyclic objects,
    and tens of thousands of results made in a row would otherwise trigger collections that
    rescan them (about a tenth of this step on the ``pasted`` benchmark mix)."""
    paused = _gc.pause()
    try:
        strings = cast("list[str]", texts)
        if None in texts:
            strings = [empty if t is None else t for t in texts]
        return record_columns(list(map(parse_listing, strings)))
    finally:
        _gc.resume(paused)


def record_columns(results: Sequence[Listing | Rejection]) -> dict[str, pa.Array]:
    """The record fields but ``input`` (:data:`RECORD_FIELDS`) of parsed results, column by
    column: row ``i`` of each column is the value of ``results[i].as_dict()``.

    Read from the results' tuple fields rather than row by row through ``as_dict`` (which
    costs more than the parse of a short URL): a listing is ``(form, id, x, source)`` and a
    rejection ``(code, message, source, suggestion)``, so what a form or a code decides
    (platform, kind, code, the canonical URL's and identity's text around the id...) is read
    once for each distinct one, and the id, reason, region, slug and suggestion are one tuple
    field each, masked where it does not apply."""
    n = len(results)
    if not n:
        return {name: pa.array([], _TYPES[kind]) for name, kind in RECORD_FIELDS[1:]}
    heads = [r[0] for r in results]  # a listing's form, a rejection's code
    # the distinct heads, by identity (``heads`` keeps them alive), and each row's among them
    _, first, inverse = np.unique(
        np.fromiter(map(id, heads), np.int64, n), return_index=True, return_inverse=True
    )
    inverse = inverse.reshape(-1)
    distinct = [heads[i] for i in first.tolist()]
    forms: list[Form | None] = [None if type(h) is str else h for h in distinct]
    back = pa.array(inverse)

    def each(values: list[Any]) -> pa.Array:
        """A column from one value per distinct head."""
        return pa.array(values, pa.string()).take(back)

    def unless(test: list[bool]) -> np.ndarray:
        """The rows whose head fails ``test`` (one verdict per distinct head): masked."""
        rows: np.ndarray = ~np.array(test, dtype=bool)[inverse]
        return rows

    listed = ~unless([f is not None for f in forms])
    seconds = [r[1] for r in results]  # a listing's id, a rejection's message
    thirds = [r[2] for r in results]  # a listing's extra value, a rejection's source
    ids = pa.array(seconds, pa.string(), mask=~listed)
    x_names = [f.x_name if f is not None else None for f in forms]
    return {
        "ok": pa.array(listed),
        "platform": each([f.platform if f is not None else None for f in forms]),
        "marketplace": each([f.marketplace if f is not None else None for f in forms]),
        "kind": each([f.kind if f is not None else None for f in forms]),
        "id": ids,
        "canonical_url": _joined(results, forms, inverse, ids, "canonical"),
        "identity": _joined(results, forms, inverse, ids, "identity"),
        "region": pa.array(thirds, pa.string(), mask=unless([x == "region" for x in x_names])),
        "slug": pa.array(thirds, pa.string(), mask=unless([x == "slug" for x in x_names])),
        "derived_key": _derived_keys(results, forms, inverse),
        "code": each([h if f is None else None for h, f in zip(distinct, forms, strict=True)]),
        "reason": pa.array(seconds, pa.string(), mask=listed),
        "suggestion": pa.array([r[3] for r in results], pa.string(), mask=listed),
    }


def _joined(
    results: Sequence[Listing | Rejection],
    forms: list[Form | None],
    inverse: np.ndarray,
    ids: pa.Array,
    field: str,
) -> pa.Array:
    """The ``canonical_url`` or ``identity`` column: the text before and after the id joined
    to it, for the forms whose template splits so (``canonical_parts``, ``identity_parts``);
    the rows of the other forms through the listing's own property; null for a rejection."""
    parts = [getattr(f, f"{field}_parts") if f is not None else None for f in forms]
    back = pa.array(inverse)
    before = pa.array([p[0] if p else None for p in parts], pa.string()).take(back)
    after = pa.array([p[1] if p else None for p in parts], pa.string()).take(back)
    joined = pc.binary_join_element_wise(before, ids, after, "")
    own = np.array([f is not None and not p for f, p in zip(forms, parts, strict=True)])
    rows = np.flatnonzero(own[inverse])
    if not len(rows):
        return joined
    name = "canonical_url" if field == "canonical" else "identity"
    values: list[str | None] = [None] * len(results)
    for i in rows.tolist():
        values[i] = getattr(results[i], name)
    return pc.coalesce(joined, pa.array(values, pa.string()))


def _derived_keys(
    results: Sequence[Listing | Rejection], forms: list[Form | None], inverse: np.ndarray
) -> pa.Array:
    """The ``derived_key`` column: :attr:`Listing.derived_identity` of the AliExpress rows."""
    n = len(results)
    aliexpress = np.array([f is not None and f.id_rule == "aliexpress" for f in forms])
    rows = np.flatnonzero(aliexpress[inverse])
    values: list[str | None] = [None] * n
    for i in rows.tolist():
        values[i] = results[i].derived_identity  # type: ignore[union-attr]
    return pa.array(values, pa.string()) if len(rows) else pa.nulls(n, pa.string())


#: The last bytes of a link parse_listing may say is cut short (full stops typed for an
#: ellipsis, then sentence punctuation: see ``parser._cut_short``), a non-ASCII one included.
_CUT_LAST = np.array(sorted({*TRAILING.encode(), *range(0x80, 0x100)}), dtype=np.uint8)


def _maybe_cut_short(block: pa.StringArray) -> np.ndarray:
    """The rows that may be a link cut short (``…?id=1&x=12...``), which parse_listing says
    first whatever the form: the reference decides them. Their last byte is looked at first
    (one numpy pass), and only the rows it may end such a link are searched for the dots."""
    if not len(block):
        return np.zeros(0, dtype=np.int64)
    data, start, end = _bounds(block)
    filled = end > start
    last = np.zeros(len(block), dtype=np.uint8)
    last[filled] = data[end[filled] - 1]
    rows = np.flatnonzero(filled & np.isin(last, _CUT_LAST))
    if not len(rows):
        return rows
    sub = block.take(pa.array(rows))
    dots = pc.or_(pc.match_substring(sub, "..."), pc.match_substring(sub, "\u3002" * 3))
    found: np.ndarray = rows[np.asarray(dots.fill_null(False), dtype=bool)]
    return found


def _maybe_entity(block: pa.StringArray) -> np.ndarray:
    """The rows holding an HTML entity that parse_listing renders before it reads the link
    (``&nbsp;`` in a slug, ``…?id=1&#38;id=2``): the reference decides them. Only the rows
    holding a ``;`` are searched for one: the ``;`` bytes are found in the block's UTF-8
    buffer with numpy and each is given to the row whose span holds it (``match_substring``
    over every row cost about 6 times as much CPU on the benchmark mix)."""
    if not len(block):
        return np.zeros(0, dtype=np.int64)
    data, start, end = _bounds(block)
    first = int(start[0])
    # spans follow one another (offsets never decrease): the byte at p is in the row whose
    # end is the first past p; an empty row ends where it starts and holds no byte
    hits = np.flatnonzero(data[first : int(end[-1])] == ord(";")) + first
    rows = np.unique(np.searchsorted(end, hits, side="right"))
    if not len(rows):
        return rows
    sub = block.take(pa.array(rows))
    # a null's slot may still span bytes: it is taken as a null, which matches nothing
    found = pc.match_substring_regex(sub, _ENTITY.pattern).fill_null(False)
    entity: np.ndarray = rows[np.asarray(found, dtype=bool)]
    return entity


def parse_block(block: pa.StringArray, empty: str = "") -> pa.RecordBatch:
    """One block of URLs (a ``string`` or ``large_string`` array) to a record batch of
    :data:`SCHEMA`, row for row what :func:`parse_listing` gives (nulls parsed as ``empty``)."""
    plan = kernel_plan()
    n = len(block)
    whole = np.asarray(pc.binary_length(block).fill_null(0))
    route, key_len, suffix = _route(block, plan, whole)
    # length in characters <= MAX_LENGTH for the fast path: bytes <= MAX_LENGTH is enough
    too_long = whole > MAX_LENGTH
    too_long[_maybe_cut_short(block)] = True
    too_long[_maybe_entity(block)] = True
    route[too_long] = -1
    suffix[too_long] = -1
    group = np.where(route >= 0, np.asarray(plan.key_group)[np.maximum(route, 0)], 0)
    by_suffix = (route < 0) & (suffix >= 0)
    group[by_suffix] = np.asarray(plan.suffix_group)[suffix[by_suffix]]
    group[(route < 0) & ~by_suffix] = len(plan.groups) + 1  # sentinel: the reference parser
    pieces = _Pieces()
    rest: list[np.ndarray] = []
    # the group numbers are small (the plan's groups, the short-link messages): as 16-bit keys
    # numpy's stable sort is a radix sort, about a third of the CPU of a merge sort of int64
    small = len(plan.groups) + 1 < 2**15 and len(plan.short_messages) < 2**15
    order = np.argsort(group.astype(np.int16) if small else group, kind="stable")
    sorted_groups = group[order]
    bounds = np.flatnonzero(np.diff(sorted_groups)) + 1
    # the rows the kernel tries, in group order, taken once (a group is a slice of it)
    tried = int(np.searchsorted(sorted_groups, len(plan.groups) + 1))
    ordered = block.take(pa.array(order[:tried]))
    at = 0
    for rows in np.split(order, bounds):
        if not len(rows):
            continue
        g = int(group[rows[0]])
        if g == len(plan.groups) + 1:
            rest.append(rows)
            continue
        sub = ordered.slice(at, len(rows))
        at += len(rows)
        if g >= 0:
            rest.append(_prove_group(sub, rows, key_len[rows], plan.groups[g], pieces))
        else:
            messages = [plan.short_messages[-1 - int(plan.key_group[k])] for k in route[rows]]
            rest.append(_prove_short(sub, rows, messages, pieces, plan.short_pattern))
    left = np.concatenate(rest) if rest else np.zeros(0, np.int64)
    if len(left):
        # each distinct text parsed once (home, search and cart pages repeat in real data)
        texts = pc.dictionary_encode(block.take(pa.array(left)))
        fields = _reference(texts.dictionary.to_pylist(), empty)
        if texts.null_count:
            null = _reference([None], empty)  # the nulls' row, parsed once
            fields = {k: pa.concat_arrays([v, null[k]]) for k, v in fields.items()}
            codes = texts.indices.fill_null(len(texts.dictionary))
        else:
            codes = texts.indices
        pieces.add(left, fields, np.asarray(codes, dtype=np.int64))
    return _assemble(block, n, pieces)


def _assemble(block: pa.StringArray, n: int, pieces: _Pieces) -> pa.RecordBatch:
    rows = np.concatenate(pieces.rows) if pieces.rows else np.zeros(0, np.int64)
    inverse = np.empty(n, dtype=np.int64)
    inverse[rows] = np.concatenate(pieces.where) if pieces.where else rows
    back = pa.array(inverse)
    arrays = [block.cast(pa.string()) if block.type != pa.string() else block]
    for name, kind in RECORD_FIELDS[1:]:
        parts = pieces.columns[name]
        if all(part is None for part in parts):  # a field no decided row has
            arrays.append(pa.nulls(n, _TYPES[kind]))
            continue
        chunks = [
            pa.nulls(size, _TYPES[kind]) if part is None else part.cast(_TYPES[kind])
            for part, size in zip(parts, pieces.sizes, strict=True)
        ]
        arrays.append(pa.concat_arrays(chunks).take(back))
    return pa.RecordBatch.from_arrays(arrays, schema=SCHEMA)
