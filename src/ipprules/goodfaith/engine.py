"""The counting engine: per-day counters, window sums, rules per day, exact solvers.

Internal to :mod:`ipprules.goodfaith`; the public doors are
:func:`~ipprules.goodfaith.standing` and :func:`~ipprules.goodfaith.timeline`.

A history is folded, in one pass over its compact rows, into counters per
``(platform, reason code, day)``: a *slot* of 11 integers. The pass checks each row
cheaply and adds it to small nested dictionaries of counters (see :func:`fold`); a long list
is counted in dense columns (a row's counters found by one addition), and one whose rows lie
scattered in memory is read a block at a time, each block touched first by a loop in C,
with the same answers.
Window sums are then differences of prefix sums,
so a standing costs a few bisections whatever the size of the history.

Slot layout (``submitted`` per listing is the sum of the four outcomes):

=====  ==========================  =====  ==========================
index  counter                     index  counter
=====  ==========================  =====  ==========================
0      complaints submitted        6      complaints taken down
1      listings taken down         7      complaints rejected
2      listings rejected           8      complaints withdrawn
3      listings withdrawn          9      complaints pending
4      listings pending            10     complaints reinstated
5      listings reinstated
=====  ==========================  =====  ==========================

A complaint's own outcome (for metrics counted per complaint) is, in this order:
*taken down* if at least one listing was taken down, else *pending* if a
listing is still pending, else *rejected* if a listing was rejected, else
*withdrawn*; it is *reinstated* if at least one of its listings was.

>>> solve_max(0, 300, 1, 1, 9, 10, ">")   # failures: rate is already 0, not met
0
>>> solve_min(0, 300, 1, 1, 9, 10, ">")   # B18: 300 failures need 2,701 successes (> 90%)
2701
>>> solve_min(0, 300, 1, 1, 9, 10, ">=")  # ... or 2,700 when exactly 90% is enough
2700
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from ipprules._args import (
    file_hint,
    require_instance,
    require_int,
    require_iterable,
    type_name,
)
from ipprules.errors import (
    CoverageError,
    InputError,
    IpprulesError,
    UnknownNameError,
    plain,
    shown_value,
    suggest,
)
from ipprules.goodfaith.model import AccountEvent, OutcomeRow
from ipprules.rulebook.platform_names import platform_case_problem, platform_case_slip

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook.model import Trial

__all__ = [
    "WIDTH",
    "Counts",
    "RuleSource",
    "first_day_out",
    "shift_months",
    "solve_max",
    "solve_min",
    "window_start",
]

WIDTH = 11

#: (unit, counter) -> slot indexes summed.
COUNTERS: dict[tuple[str, str], tuple[int, ...]] = {
    ("listing", "submitted"): (1, 2, 3, 4),
    ("listing", "taken_down"): (1,),
    ("listing", "rejected"): (2,),
    ("listing", "withdrawn"): (3,),
    ("listing", "pending"): (4,),
    ("listing", "reinstated"): (5,),
    ("complaint", "submitted"): (0,),
    ("complaint", "taken_down"): (6,),
    ("complaint", "rejected"): (7,),
    ("complaint", "withdrawn"): (8,),
    ("complaint", "pending"): (9,),
    ("complaint", "reinstated"): (10,),
}

#: What one more event adds to each counter (in the metric's unit).
SUCCESS = {"submitted": 1, "taken_down": 1}
FAILURE = {"submitted": 1, "rejected": 1}
COUNTER_NOTICE = {"reinstated": 1}


class RuleSource(Protocol):
    """What the engine needs of a rule book (:class:`ipprules.rulebook.RuleBook` fits)."""

    def as_of(
        self, day: dt.date, interpretation: str | None = None, *, trial: Any = False
    ) -> Any: ...

    def change_dates(self, section: str | None = None) -> tuple[dt.date, ...]: ...


# ------------------------------------------------------------------ the counts


Slots = dict[int, list[int]]
#: platform -> reason code -> day -> slot (the fold's working shape).
Nested = dict[str, dict[str, Slots]]


def fold(
    items: Iterable[OutcomeRow | AccountEvent],
    series: dict[tuple[str, str], Slots],
    events: list[AccountEvent],
    *,
    checked: bool = False,
) -> int:
    """Add rows to ``series`` (per (platform, code): day -> slot); collect events. One pass.

    Returns the number of complaint rows. Each row is added to the counters of its
    ``(platform, reason code, day)``, with cheap checks on the way: counts are integers from
    0 to 131,071, a complaint has a listing, reinstated <= taken_down; days, platforms and
    codes are checked once per new key. Account events are kept in their order. ``checked``
    is accepted for callers that know their rows are valid; the checks cost little and
    always run.

    >>> series: dict[tuple[str, str], Slots] = {}
    >>> fold([(738525, "tmall", "X", 2, 1, 0, 0, 1)] * 3, series, [])
    3
    >>> series[("tmall", "X")][738525]
    [3, 6, 3, 0, 0, 3, 3, 0, 0, 0, 3]

    A long list is counted in dense columns (see :func:`_fold_dense`): a row finds its
    counters by one addition, not by a look-up among the days, so rows in any order touch a
    compact block of memory. A long list whose rows lie scattered in memory (shuffled after
    they were made) is read a block at a time, touched first (see :func:`_touched`).
    The same counters and the same errors as the reference fold :func:`fold_rows`, whatever
    the order of the rows.
    """
    if type(items) is list:
        scattered = len(items) >= SCATTER_MIN and _scattered(items)
        if scattered or len(items) >= DENSE_MIN:
            return _fold_dense(items, series, events, scattered)
    return fold_rows(items, series, events)


#: The shortest list worth touching a block at a time (smaller ones fit the caches).
SCATTER_MIN = 1 << 15

#: The shortest list counted in dense columns (shorter ones: the reference fold's dicts).
DENSE_MIN = 1 << 14

#: The dense columns hold at most this many (platform, code, day) cells, or one per row of
#: the list if more (about 80 bytes a cell); a history spread more thinly over its days
#: than that goes on in the reference fold's dicts.
DENSE_CELLS = 1 << 14

#: The consecutive rows sampled to tell a scattered list, and the gap (bytes) between two
#: rows' tuples beyond which they are far apart (rows made one after the other lie a
#: hundred bytes or so apart).
_SAMPLES, _FAR = 64, 1 << 16


def _scattered(rows: list[Any]) -> bool:
    """Whether most consecutive rows of ``rows`` lie far apart in memory (a sample of
    ``_SAMPLES`` pairs spread over the list; the answer only chooses a visiting order)."""
    step = (len(rows) - 1) // _SAMPLES
    far = sum(abs(id(rows[i + 1]) - id(rows[i])) > _FAR for i in range(0, step * _SAMPLES, step))
    return far * 2 > _SAMPLES


class _Sparse(Exception):
    """Raised by :meth:`_Dense.place` where the dense columns would grow past their cap."""


#: The rows touched at a time before the fold reads them (see :func:`_touched`): a block's
#: objects stay in the caches, and its tuple iterators are fewer than the collector's first
#: threshold (700), so touching starts no collection.
_TOUCH = 256


def _touched(rows: list[Any]) -> Iterator[Any]:
    """``rows`` in the order given, :data:`_TOUCH` at a time, each block's tuples and the
    objects they hold touched first by one loop in C (``zip`` over the tuples' iterators).
    Its reads of rows scattered in memory overlap, one row's wait for memory with the next
    row's, where the fold's own reads wait one after the other; the fold then finds the block
    in the caches. Touching runs no code of the rows' (``tuple.__iter__`` refuses any other
    type, and the block is folded untouched) and keeps nothing. It replaced sorting the rows
    by address, which cost more than the fold itself and a copy of the list with a key
    integer per row."""
    for start in range(0, len(rows), _TOUCH):
        block = rows[start : start + _TOUCH]
        with suppress(TypeError):  # a row that is not a tuple: the fold decides
            deque(zip(*map(tuple.__iter__, block), strict=False), 0)
        yield from block


class _Dense:
    """Counters 1 to 10 of the slots as nine flat lists ("columns"), one block of ``span``
    days from ``lo`` per (platform, reason code): the cell of a row is
    ``bases[platform][code] + day``. A cell holds a key of the reference fold once a row has
    added to it (every row adds 1 to one of counters 6 to 9, its complaint's outcome).

    The first column holds counters 1 and 6 in one integer, ``listings taken down + complaints
    taken down * one`` (``one``: a power of two above any sum of listings the rows can reach),
    so that the common row (listings taken down, nothing else) adds to one cell, not two; the
    others hold counters 2, 3, 4, 5, 7, 8, 9 and 10.
    """

    __slots__ = ("bases", "blocks", "cap", "columns", "hi", "lo", "one", "span")

    def __init__(self, rows: int) -> None:
        self.cap = max(rows, DENSE_CELLS)
        #: platform -> reason code -> base (the first-seen objects, as the reference's keys)
        self.bases: dict[Any, dict[Any, int]] = {}
        self.columns: tuple[list[Any], ...] = tuple([] for _ in range(9))
        self.lo = self.hi = self.span = self.blocks = 0
        #: above the sum of ``rows`` counts below 2**17 (the fold refuses any larger count)
        self.one = 1 << (_LIMIT_BITS + max(rows, 1).bit_length())

    def made(self, i: int) -> bool:
        """Whether a row has made the cell ``i``."""
        c = self.columns
        return bool(c[0][i] or c[5][i] or c[6][i] or c[7][i])

    def place(self, item: Any, make: bool = True) -> int:
        """The cell of the row ``item``, looked up and made as the reference fold looks up
        and makes a key (:func:`_new_slot`), with its errors; -1 for a key it would make when
        ``make`` is false."""
        day, platform, code = item[0], item[1], item[2]
        try:
            base = self.bases[platform][code]
            d = day | 0
            if self.lo <= d < self.hi and self.made(base + d):
                return int(base + d)
        except KeyError:
            pass
        except TypeError:
            _refuse(item)
        if not _key_ok(day, platform, code):
            _check_row((day, platform, code, *item[3:]))
        if not make:
            return -1
        self._cover(day, platform, code)
        i: int = self.bases[platform][code] + day
        return i

    def _cover(self, day: int, platform: Any, code: Any) -> None:
        """Make the columns cover ``day`` and hold a block for ``(platform, code)``."""
        by_code = self.bases.get(platform)
        new = 0 if by_code is not None and code in by_code else 1
        lo, hi = self.lo, self.hi
        if not self.span:
            lo, hi = max(FIRST_DAY, day - 31), min(LAST_DAY + 1, day + 481)
        elif day < lo:
            lo = max(FIRST_DAY, min(day, lo - self.span // 2))  # at least 1.5 times the days
        elif day >= hi:
            hi = min(LAST_DAY + 1, max(day + 1, hi + self.span // 2))
        blocks = self.blocks + new
        if blocks * (hi - lo) > self.cap:
            lo, hi = (min(self.lo, day), max(self.hi, day + 1)) if self.span else (day, day + 1)
            if blocks * (hi - lo) > self.cap:
                raise _Sparse
            # half the days the cap still allows, on the side the day came (not one day at a
            # time: rows sorted by day then copied every column once per new day)
            room = (self.cap // blocks - (hi - lo)) // 2
            if day < self.lo:
                lo = max(FIRST_DAY, lo - room)
            elif day >= self.hi:
                hi = min(LAST_DAY + 1, hi + room)
        if (lo, hi) != (self.lo, self.hi):
            self._regrow(lo, hi)
        if new:
            if by_code is None:
                by_code = self.bases[platform] = {}
            for column in self.columns:
                column.extend([0] * self.span)
            by_code[code] = self.blocks * self.span - self.lo
            self.blocks += 1

    def _regrow(self, lo: int, hi: int) -> None:
        """The columns over days ``lo <= day < hi`` (changed in place, bases moved)."""
        span, new = self.span, hi - lo
        if span:
            below, above = [0] * (self.lo - lo), [0] * (hi - self.hi)
            for column in self.columns:
                grown: list[Any] = []
                for start in range(0, self.blocks * span, span):
                    grown += below
                    grown += column[start : start + span]
                    grown += above
                column[:] = grown
            for by_code in self.bases.values():
                for code, base in by_code.items():
                    by_code[code] = (base + self.lo) // span * new - lo
        self.lo, self.hi, self.span = lo, hi, new

    def nested(self) -> Nested:
        """The counters as the reference fold's nested dictionaries (the cells rows made).

        Made block by block from the last, each block cut off the columns once read, so that
        the columns and the dictionaries are not held whole at the same time. The columns are
        empty afterwards."""
        c1, c2, c3, c4, c5, c7, c8, c9, c10 = self.columns
        shift, mask = self.one.bit_length() - 1, self.one - 1
        blocks: list[tuple[Any, Any, int]] = [
            (platform, code, base)
            for platform, by_code in self.bases.items()
            for code, base in by_code.items()
        ]
        made: dict[tuple[Any, Any], Slots] = {}
        for platform, code, base in sorted(blocks, key=lambda block: -block[2]):
            first = base + self.lo
            made[platform, code] = {
                i - base: [
                    0,
                    c1[i] & mask,
                    c2[i],
                    c3[i],
                    c4[i],
                    c5[i],
                    c1[i] >> shift,
                    c7[i],
                    c8[i],
                    c9[i],
                    c10[i],
                ]
                for i in range(first, first + self.span)
                if c1[i] or c7[i] or c8[i] or c9[i]
            }
            for column in self.columns:
                del column[first:]
        out: Nested = {}
        for platform, code, _ in blocks:  # the order the reference fold made them in
            out.setdefault(platform, {})[code] = made[platform, code]
        self.bases.clear()
        self.blocks = 0
        return out


def _refuse_dense(dense: _Dense, item: Any) -> NoReturn:
    """Refuse ``item`` with the error the reference fold gives (its key's, if it makes one)."""
    dense.place(item, make=False)
    _refuse(item)


def _fold_dense(
    rows: list[Any],
    series: dict[tuple[str, str], Slots],
    events: list[AccountEvent],
    scattered: bool = False,
) -> int:
    """:func:`fold_rows` counted in dense columns (:class:`_Dense`), rows in the order given:
    the same counters, events and errors. A history spread too thinly over its days for the
    columns goes on in the reference fold from the row that would outgrow them. Rows that lie
    ``scattered`` in memory are read a block at a time, each block touched first
    (:func:`_touched`)."""
    dense = _Dense(len(rows))
    bases = dense.bases
    c1, c2, c3, c4, c5, c7, c8, c9, c10 = dense.columns
    one = dense.one  # counter 6 (complaints taken down) is counted in c1, see _Dense
    lo = hi = 0
    items = _touched(rows) if scattered else iter(rows)
    item: Any = None
    try:
        for item in items:
            try:
                day, platform, code, td, rj, wd, pd, ri = item
                rest = rj | wd | pd | ri  # ints only; negative if any count is negative
                bits = td | rest
                i = bases[platform][code] + day
            except KeyError:
                i = dense.place(item)
                lo, hi = dense.lo, dense.hi
            except (TypeError, ValueError):
                if isinstance(item, AccountEvent):
                    events.append(item)
                    continue
                _refuse(item)
            if type(day) is not int or not lo <= day < hi:
                i = dense.place(item)  # a new day, or a day the reference may refuse
                lo, hi = dense.lo, dense.hi
            if bits >> _LIMIT_BITS:  # a count negative or 2**17 or more
                _refuse_dense(dense, item)
            if td:
                c1[i] += td + one
                if not rest:
                    continue  # the common row: listings taken down, nothing else
                if ri:
                    if ri > td:
                        _refuse(item)
                    c5[i] += ri
                    c10[i] += 1
            elif ri:
                _refuse_dense(dense, item)  # a reinstatement without a takedown
            elif pd:
                c9[i] += 1
            elif rj:
                c7[i] += 1
            elif wd:
                c8[i] += 1
            else:
                _refuse_dense(dense, item)  # no listing, or reinstated alone
            if rj:
                c2[i] += rj
            if wd:
                c3[i] += wd
            if pd:
                c4[i] += pd
    except _Sparse:
        nested = dense.nested()
        return fold_rows(chain((item,), items), series, events, nested)
    return merge_nested(dense.nested(), series)


#: The days a row may fall on (1900-01-01 to 2999-12-31).
FIRST_DAY, LAST_DAY = 693596, 1095362


def _check_row(row: Any) -> None:
    """Raise InputError unless ``row`` is a valid :data:`OutcomeRow`."""
    problem = ""
    if len(row) != 8:
        problem = f"expected 8 values, got {len(row)}"
    else:
        day, platform, code, *counts = row
        if type(day) is not int or not FIRST_DAY <= day <= LAST_DAY:
            problem = "the day must be an ordinal from 1900-01-01 to 2999-12-31"
        elif not (isinstance(platform, str) and isinstance(code, str) and platform and code):
            problem = "platform and reason code must be non-empty strings"
        elif (meant := platform_case_slip(platform)) is not None:
            problem = platform_case_problem(platform, meant)
        elif not all(isinstance(v, int) and 0 <= v < _LIMIT for v in counts):
            # a bool is the int it is to Python (True counts 1), as the folds count it; the
            # bound is the folds' own (2**17 - 1), so what this says is what they accept
            problem = f"counts must be integers from 0 to {_LIMIT - 1:,}"
        elif sum(counts[:4]) < 1 or counts[4] > counts[0]:
            problem = "a complaint needs a listing, and reinstated <= taken_down"
    if problem:
        raise InputError(f"invalid outcome row {shown_value(row, 80)}: {problem}")


#: Counts in a row are below this (2**17): ``count >> _LIMIT_BITS`` is 0 exactly for the
#: counts from 0 to ``_LIMIT - 1`` (a negative count shifts to -1).
_LIMIT_BITS = 17
_LIMIT = 1 << _LIMIT_BITS


def _key_ok(day: object, platform: object, code: object) -> bool:
    """Whether a row's key is one a counter may be made for: an ``int`` day in range, and a
    platform and a reason code that are non-empty ``str`` (exactly these types: the first row
    of a key makes it, and rows of equal value follow it)."""
    return (
        type(platform) is str
        and type(code) is str
        and bool(platform)
        and bool(code)
        and type(day) is int
        and FIRST_DAY <= day <= LAST_DAY
        and platform_case_slip(platform) is None  # 'Taobao': refused, not left out (left2)
    )


def _as_file(row: Mapping[Any, Any]) -> str:
    """How rows keyed as a history file's columns (``type``, ``date``: a data frame's
    ``to_dict('records')``, :meth:`History.to_records`) are read as the file: ``""`` for
    other keys. ``default=str`` writes the ``datetime.date`` of ``to_records()`` as ISO text."""
    if "type" not in row and "date" not in row:
        return ""
    return (
        ": rows keyed by the file's columns, as df.to_dict('records') and History.to_records() "
        "give them, read as History.from_frame(pandas.DataFrame(rows)) or "
        "History.from_file(io.StringIO(pandas.DataFrame(rows).to_csv(index=False, "
        "float_format='%g'))), or, rows of JSON (a request body), as JSON Lines: "
        "History.from_file(io.StringIO('\\n'.join(map(json.dumps, rows))), format='jsonl') "
        "(without pandas, to_records() rows as json.dumps(r, default=str), for their dates)"
    )


def _refuse(item: Any) -> NoReturn:
    """Raise the InputError that says what is wrong with ``item``."""
    if type(item) is not tuple:
        hint = (
            " (make each record with ipprules.goodfaith.Complaint(filed=..., platform=..., "
            "reason_code=..., listings=..., taken_down=...) or AccountEvent(...), or read "
            f"the rows as a file with History.from_file{_as_file(item)})"
            if isinstance(item, Mapping)
            else ""
        )
        raise InputError(
            f"expected an outcome row or an account event, got {shown_value(item)}{hint}"
        )
    _check_row(item)
    raise InputError(f"invalid outcome row {shown_value(item, 80)}")  # pragma: no cover


def fold_rows(
    items: Iterable[OutcomeRow | AccountEvent],
    series: dict[tuple[str, str], Slots],
    events: list[AccountEvent],
    nested: Nested | None = None,
) -> int:
    """:func:`fold` (the reference fold; rows of any kind, in order).

    Rows are added to counters per platform, reason code and day (nested dictionaries
    keyed by objects the fold made, see :func:`_new_slot`; ``nested``: the counters so far),
    merged into ``series`` at the end.
    """
    if nested is None:
        nested = {}
    for item in items:
        try:
            day, platform, code, td, rj, wd, pd, ri = item  # type: ignore[misc]
            bits = td | rj | wd | pd | ri  # ints only; negative if any count is negative
            slot = nested[platform][code][day | 0]  # `| 0`: a float day equal to a known one fails
        except KeyError:
            slot = _new_slot(nested, item)
        except (TypeError, ValueError):
            if isinstance(item, AccountEvent):
                events.append(item)
                continue
            _refuse(item)
        if not 0 <= bits < _LIMIT:
            _refuse(item)
        if td:
            slot[1] += td
            slot[6] += 1
            if ri:
                if ri > td:
                    _refuse(item)
                slot[5] += ri
                slot[10] += 1
        elif ri:
            _refuse(item)  # a reinstatement without a takedown (was dropped in silence)
        elif pd:
            slot[9] += 1
        elif rj:
            slot[7] += 1
        elif wd:
            slot[8] += 1
        else:
            _refuse(item)  # no listing, or a reinstatement without a takedown
        if rj:
            slot[2] += rj
        if wd:
            slot[3] += wd
        if pd:
            slot[4] += pd
    return merge_nested(nested, series)


def fold_counted(
    pairs: Iterable[tuple[OutcomeRow | AccountEvent, int]],
    series: dict[tuple[str, str], Slots],
    events: list[AccountEvent],
) -> int:
    """:func:`fold` of ``(record, times)`` pairs from the readers (rows already checked).

    A row counts ``times`` times; an event is kept ``times`` times, in order. The readers
    tally equal lines of a block in C and hand each distinct line over once.
    """
    nested: Nested = {}
    for item, m in pairs:
        if type(item) is not tuple:
            events.extend([item] * m)  # type: ignore[list-item]
            continue
        day, platform, code, td, rj, wd, pd, ri = item
        try:
            slot = nested[platform][code][day]
        except KeyError:
            slot = _new_slot(nested, item)
        if td:
            slot[1] += td * m
            slot[6] += m
            if ri:
                slot[5] += ri * m
                slot[10] += m
        elif pd:
            slot[9] += m
        elif rj:
            slot[7] += m
        else:
            slot[8] += m
        if rj:
            slot[2] += rj * m
        if wd:
            slot[3] += wd * m
        if pd:
            slot[4] += pd * m
    return merge_nested(nested, series)


def _new_slot(nested: Nested, item: Any) -> list[int]:
    """The counters of a row's (platform, code, day), made once per key (checked here).

    The day key stored is a new object (``day + 0``) made together with the counters, so
    that looking a row up compares it with memory the fold owns rather than with the day
    of the first row of that key, wherever that row lies (platforms and codes are few, and
    their keys stay in the caches anyway).
    """
    day, platform, code = item[0], item[1], item[2]
    if not _key_ok(day, platform, code):
        _check_row((day, platform, code, *item[3:]))
    by_code = nested.get(platform)
    if by_code is None:
        by_code = nested[platform] = {}
    per = by_code.get(code)
    if per is None:
        per = by_code[code] = {}
    slot = per[day + 0] = [0] * WIDTH
    return slot


def merge_nested(nested: Nested, series: dict[tuple[str, str], Slots]) -> int:
    """Close the slots of a fold (complaints submitted) and add them to ``series``."""
    n = 0
    for platform, by_code in nested.items():
        for code, per in by_code.items():
            for slot in per.values():
                slot[0] = slot[6] + slot[7] + slot[8] + slot[9]  # one outcome a complaint
                n += slot[0]
            old_per = series.get((platform, code))
            if old_per is None:
                series[(platform, code)] = per
                continue
            for day, slot in per.items():
                old = old_per.get(day)
                old_per[day] = (
                    slot if old is None else [a + b for a, b in zip(old, slot, strict=True)]
                )
    return n


class Series:
    """Per-day counters as sorted days and the prefix sums of each counter."""

    __slots__ = ("days", "prefix")

    def __init__(self, slots: Slots) -> None:
        self.days = sorted(slots)
        columns = zip(*(slots[d] for d in self.days), strict=True) if self.days else ()
        prefix = [list(accumulate(col, initial=0)) for col in columns]
        self.prefix: list[list[int]] = prefix or [[0] for _ in range(WIDTH)]

    def window(self, lo: int, hi: int) -> list[int]:
        """Counter sums over days ``lo < day <= hi`` (ordinals)."""
        i = bisect_right(self.days, lo)
        j = bisect_right(self.days, hi)
        return [p[j] - p[i] for p in self.prefix]

    def next_day(self, day: int) -> int | None:
        """The first day after ``day`` that holds something (None: none)."""
        i = bisect_right(self.days, day)
        return self.days[i] if i < len(self.days) else None


class Counts:
    """The folded history: series of per-day counters, plus the account events."""

    __slots__ = ("_merged", "_series", "events", "slots")

    def __init__(self, slots: dict[tuple[str, str], Slots], events: Sequence[AccountEvent]):
        self.slots = slots
        given = require_iterable(events, "events", "AccountEvent")
        kept = (require_instance(e, AccountEvent, "each of events") for e in given)
        self.events: tuple[AccountEvent, ...] = tuple(sorted(kept, key=lambda e: e.date))
        self._series: dict[tuple[str, str], Series] = {}
        #: the selected (platform, code) keys -> the merged series (:meth:`merged`)
        self._merged: dict[tuple[tuple[str, str], ...], tuple[Series, list[Series]]] = {}

    def __eq__(self, other: object) -> bool:
        """Equal folds: the same counters on the same days, the same events (a history read
        twice, or pickled and read back, equals itself)."""
        if not isinstance(other, Counts):
            return NotImplemented
        return self.slots == other.slots and self.events == other.events

    __hash__ = None  # type: ignore[assignment]  # mutable caches; compared by value

    def __getstate__(self) -> tuple[dict[tuple[str, str], Slots], tuple[AccountEvent, ...]]:
        """The counters and events only: the caches are made again where they are needed (a
        history pickled to a Dask worker after a standing carried its merged series, 3x)."""
        return self.slots, self.events

    def __setstate__(
        self, state: tuple[dict[tuple[str, str], Slots], tuple[AccountEvent, ...]]
    ) -> None:
        self.slots, self.events = state
        self._series = {}
        self._merged = {}

    def series(self, key: tuple[str, str]) -> Series:
        """The counters of one ``(platform, reason code)`` key; a key the history does not
        hold is an :class:`~ipprules.errors.UnknownNameError`, not a ``KeyError``."""
        if not isinstance(key, tuple) or len(key) != 2 or not all(isinstance(k, str) for k in key):
            raise TypeError(
                f"key must be a (platform, reason code) tuple of two str, got {type_name(key)}"
            )
        key = (plain(key[0]), plain(key[1]))  # a str subclass's __eq__/__hash__ is not called
        if key not in self.slots:
            known = [f"{platform}, {code}" for platform, code in sorted(self.slots)]
            raise UnknownNameError("(platform, reason code)", f"{key[0]}, {key[1]}", known)
        return self._series_of(key)

    def _series_of(self, key: tuple[str, str]) -> Series:
        """:meth:`series` of a key of :attr:`slots` (the folds' own loops: no checks)."""
        found = self._series.get(key)
        if found is None:
            found = self._series[key] = Series(self.slots[key])
        return found

    def keys(self, platforms: Sequence[str] | None) -> list[tuple[str, str]]:
        return sorted(k for k in self.slots if platforms is None or k[0] in platforms)

    def window(
        self, platforms: Sequence[str] | None, lo: int, hi: int
    ) -> tuple[list[int], dict[str, list[int]]]:
        """Sums over ``lo < day <= hi``: the whole account and per reason code."""
        total = [0] * WIDTH
        by_code: dict[str, list[int]] = {}
        for key in self.keys(platforms):
            sums = self._series_of(key).window(lo, hi)
            if not sums[0]:
                continue
            acc = by_code.get(key[1])
            if acc is None:
                by_code[key[1]] = sums
            else:
                by_code[key[1]] = [a + b for a, b in zip(acc, sums, strict=True)]
            total = [a + b for a, b in zip(total, sums, strict=True)]
        return total, by_code

    def first_day(self) -> int | None:
        """The ordinal of the first day with a complaint or an event (None: empty)."""
        days = [min(s) for s in self.slots.values() if s]
        days += [e.date.toordinal() for e in self.events]
        return min(days) if days else None

    def first_day_after(self, day: int) -> int | None:
        """The ordinal of the first day after ``day`` with a complaint (None: none)."""
        days = [d for d in (self._series_of(k).next_day(day) for k in self.slots) if d is not None]
        return min(days) if days else None

    def last_day(self) -> int | None:
        """The ordinal of the last day with a complaint or an event (None: empty)."""
        days = [max(s) for s in self.slots.values() if s]
        days += [e.date.toordinal() for e in self.events]
        return max(days) if days else None

    def merged(self, platforms: Sequence[str] | None) -> tuple[Series, list[Series]]:
        """The whole account and each reason code as one :class:`Series` over ``platforms``
        (made once per set of counters selected: a standing asks for it under every reading,
        and readings whose platforms differ only by platforms the history does not name
        share it; before, each set of platforms asked merged the counters again)."""
        keys = tuple(self.keys(platforms))
        found = self._merged.get(keys)
        if found is None:
            found = self._merged[keys] = self._merge(keys)
        return found

    def _merge(self, keys: Sequence[tuple[str, str]]) -> tuple[Series, list[Series]]:
        """Each reason code's counters summed over the platforms of ``keys``, then the whole
        account's over the reason codes (each slot added once a level, not copied)."""
        parts: dict[str, list[Slots]] = {}
        for platform, code in keys:
            parts.setdefault(code, []).append(self.slots[(platform, code)])
        by_code = {code: _summed(parts[code]) for code in sorted(parts)}
        return Series(_summed(list(by_code.values()))), [Series(s) for s in by_code.values()]


def _summed(parts: list[Slots]) -> Slots:
    """Per day, the sum of the slots of ``parts``; read only (it may share their slots, and
    is ``parts[0]`` itself when it is the only one)."""
    if len(parts) == 1:
        return parts[0]
    out: Slots = dict(parts[0]) if parts else {}
    for part in parts[1:]:
        for day, slot in part.items():
            old = out.get(day)
            out[day] = slot if old is None else list(map(operator.add, old, slot))
    return out


# --------------------------------------------------------------------- windows


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, the day of the month kept and clipped to
    the month's end: ``day + dateutil.relativedelta(months=months)``, in integer arithmetic
    and cached (a standing over years asks for thousands of window starts). A year outside
    1 to 9999 is an :class:`~ipprules.errors.InputError` (a ``ValueError``, as with
    ``relativedelta``).

    >>> shift_months(dt.date(2023, 5, 31), -3)
    datetime.date(2023, 2, 28)
    >>> shift_months(dt.date(2023, 11, 30), 3)
    datetime.date(2024, 2, 29)
    """
    if type(day) is not dt.date or type(months) is not int:
        shifted: dt.date = _shift_any(day, months)
        return shifted
    return _shift(day, months)


@functools.lru_cache(maxsize=1 << 14)
def _shift(day: dt.date, months: int) -> dt.date:
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise _out_of_range(day, months, f"year {year} is out of range")
    month = month0 + 1
    last = _MONTH_DAYS[month0]
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        last = 29
    return dt.date(year, month, min(day.day, last))


#: Days of each month in a common year (February gains a day in leap years).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _shift_any(day: Any, months: Any) -> Any:
    """:func:`shift_months` for a ``datetime`` or another date type (not cached)."""
    from dateutil.relativedelta import relativedelta

    require_instance(day, dt.date, "day")
    try:
        return day + relativedelta(months=require_int(months, "months"))
    except (ValueError, OverflowError) as exc:  # a year past 9999, a count past a C long
        raise _out_of_range(day, months, str(exc)) from None


def _out_of_range(day: dt.date, months: int, reason: str) -> InputError:
    """The error for moving ``day`` by ``months`` out of the years 1 to 9999."""
    return InputError(
        f"{day.isoformat()} moved by {shown_value(months)} months is out of range ({reason}):"
        " dates run from the year 1 to 9999"
    )


def window_start(as_of: dt.date, months: int) -> dt.date:
    """The last day *outside* the window: the window is ``window_start < filed <= as_of``.

    Months are calendar months (as ``dateutil.relativedelta`` counts them): the day of
    the month is kept and clipped to the month's end, so a 3-month window as of 31 May
    opens after 28 (or 29) February.

    >>> window_start(dt.date(2023, 5, 31), 3)
    datetime.date(2023, 2, 28)
    >>> window_start(dt.date(2023, 7, 15), 3)
    datetime.date(2023, 4, 15)
    """
    return shift_months(as_of, -months)


def first_day_out(filed: dt.date, months: int) -> dt.date:
    """The first as-of date whose window no longer holds a complaint filed on ``filed``.

    >>> first_day_out(dt.date(2023, 4, 15), 3)
    datetime.date(2023, 7, 15)
    >>> first_day_out(dt.date(2023, 2, 28), 3)   # 31 May - 3 months = 28 Feb
    datetime.date(2023, 5, 28)
    >>> first_day_out("2023-04-15", 3)
    Traceback (most recent call last):
    ...
    TypeError: filed must be a date, got str
    """
    require_instance(filed, dt.date, "filed")  # before the cache hashes them
    return _first_day_out(filed, require_int(months, "months"))


@functools.lru_cache(maxsize=1 << 14)
def _first_day_out(filed: dt.date, months: int) -> dt.date:
    """:func:`first_day_out` of checked arguments, cached (the engine's folds call it)."""
    day = shift_months(filed, months)
    try:
        while window_start(day, months) < filed:  # pragma: no cover - the month shift is exact
            day += dt.timedelta(days=1)
        while window_start(day - dt.timedelta(days=1), months) >= filed:
            day -= dt.timedelta(days=1)
    except OverflowError:  # the day before 0001-01-01 or after 9999-12-31
        raise _out_of_range(filed, months, "date value out of range") from None
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus calendar months, clipped to the month's end (lock-outs).

    >>> add_months(dt.date(2023, 11, 30), 3)
    datetime.date(2024, 2, 29)
    """
    return shift_months(day, months)


# --------------------------------------------------------------------- solvers


def _normal(n: int, d: int, a: int, b: int, p: int, q: int, op: str) -> tuple[int, int, bool]:
    """``(C, E, strict)`` with: value after k events passes  <=>  C*k >= E (or > when strict)."""
    c = a * q - p * b
    e = p * d - n * q
    if op in ("<=", "<"):
        c, e = -c, -e
    return c, e, op in (">", "<")


def holds(n: int, d: int, p: int, q: int, op: str) -> bool:
    """Whether ``n/d <op> p/q`` (``d > 0``, ``q > 0``), in integers."""
    lhs, rhs = n * q, p * d
    if op == ">=":
        return lhs >= rhs
    if op == ">":
        return lhs > rhs
    if op == "<=":
        return lhs <= rhs
    return lhs < rhs


def solve_max(n: int, d: int, a: int, b: int, p: int, q: int, op: str) -> int | None:
    """The most events (each adding ``a`` to ``n`` and ``b`` to ``d``) that still pass.

    0 when the value does not pass now (or is undefined); ``None`` when no number
    of events makes it fail.
    """
    if d <= 0 or not holds(n, d, p, q, op):
        return 0
    c, e, strict = _normal(n, d, a, b, p, q, op)
    if c >= 0:
        return None
    # c*k >= e with c < 0  <=>  k <= (-e)/(-c)
    k = (-e) // (-c)
    if strict and (-e) % (-c) == 0:
        k -= 1
    return k


def solve_min(n: int, d: int, a: int, b: int, p: int, q: int, op: str) -> int | None:
    """The fewest events (each adding ``a`` to ``n`` and ``b`` to ``d``) after which it passes.

    0 when it passes now; ``None`` when no number of events makes it pass.
    """
    if d > 0 and holds(n, d, p, q, op):
        return 0
    c, e, strict = _normal(n, d, a, b, p, q, op)
    if c <= 0:
        return None
    k = e // c + 1 if strict else -((-e) // c)
    k = max(k, 0)
    if d + b * k <= 0:
        k = max(k, 1)
    return k


# ----------------------------------------------------------------------- rules


class CompiledMetric:
    """A metric made ready for slot sums: its id, unit and the slot indexes to add."""

    __slots__ = ("den", "id", "less", "metric", "num", "record", "unit")

    def __init__(self, record: Any) -> None:
        self.record = record
        self.id: str = record.id
        self.metric: str = record.metric
        self.unit: str = record.unit
        self.num = self._indexes(record.numerator)
        self.less = self._indexes(record.minus)
        self.den = self._indexes(record.denominator)

    def _indexes(self, names: Sequence[str]) -> tuple[int, ...]:
        out: list[int] = []
        for name in names:
            found = COUNTERS.get((self.unit, name))
            if found is None:
                raise UnknownNameError(f"counter of metric {self.id}", name)
            out.extend(found)
        return tuple(out)

    def delta(self, event: Mapping[str, int]) -> tuple[int, int]:
        """What one event adds to the numerator and to the denominator."""
        a = sum(event.get(name, 0) for name in self.record.numerator)
        a -= sum(event.get(name, 0) for name in self.record.minus)
        b = sum(event.get(name, 0) for name in self.record.denominator)
        return a, b

    def value(self, sums: Sequence[int]) -> tuple[int, int]:
        """``(numerator, denominator)``; the denominator is 1 for a count."""
        n = 0
        for i in self.num:
            n += sums[i]
        for i in self.less:
            n -= sums[i]
        if not self.den:
            return n, 1
        d = 0
        for i in self.den:
            d += sums[i]
        return n, d


def _threshold(threshold: Any) -> tuple[int, int, str]:
    value = threshold.value
    return (
        value.numerator,
        value.denominator,
        str(getattr(threshold.comparison, "value", threshold.comparison)),
    )


def filed_in(platforms: Sequence[str], marketplaces: Mapping[str, Any]) -> tuple[str, ...]:
    """``platforms`` and the marketplaces filed as one of them, in that order.

    >>> class Market:
    ...     def __init__(self, files_as): self.files_as = files_as
    >>> filed_in(("taobao", "tmall"), {"xianyu": Market("taobao"), "x": Market(None)})
    ('taobao', 'tmall', 'xianyu')
    """
    mine = tuple(platforms)
    filed = (m for m, market in marketplaces.items() if market.files_as in mine)
    return tuple(dict.fromkeys((*mine, *filed)))


class DayRules:
    """The criteria and the chosen metrics in force on some day."""

    __slots__ = (
        "counter",
        "counter_th",
        "criteria",
        "filed_as",
        "interpretation",
        "platforms",
        "takedown",
        "takedown_th",
        "unfiled",
        "volume",
        "volume_th",
    )

    def __init__(
        self,
        criteria: Any,
        metrics: Mapping[str, Any],
        chosen: Sequence[str],
        name: str,
        marketplaces: Mapping[str, Any] | None = None,
    ):
        self.criteria = criteria
        self.interpretation = name
        #: the platforms the programme counts: its own, and the marketplaces filed as one of
        #: them (Xianyu as Taobao, B1, where the reading in force says so)
        self.platforms: tuple[str, ...] = filed_in(criteria.platforms, marketplaces or {})
        #: the marketplaces whose platform the reading in force does not document (Xianyu
        #: under official, D11): their complaints are not counted, and the notes say why
        markets = marketplaces or {}
        self.unfiled = frozenset(m for m, market in markets.items() if not market.files_as)
        #: the marketplaces filed as a platform under the reading in force (Xianyu: Taobao)
        self.filed_as: dict[str, Any] = {m: v for m, v in markets.items() if v.files_as}
        picked: dict[str, CompiledMetric] = {}
        for metric in metrics.values():
            if metric.default and metric.metric not in picked:
                picked[metric.metric] = CompiledMetric(metric)
        given: dict[str, str] = {}
        for metric_id in chosen:
            if metric_id not in metrics:
                raise UnknownNameError("metric", metric_id, tuple(metrics))
            compiled = CompiledMetric(metrics[metric_id])
            if given.setdefault(compiled.metric, metric_id) != metric_id:
                raise IpprulesError(
                    f"two metrics of one kind ({compiled.metric}): {given[compiled.metric]} and "
                    f"{metric_id}; choose one"
                )
            picked[compiled.metric] = compiled
        for kind in ("takedown_rate", "counter_notice_rate", "volume"):
            if kind not in picked:
                raise UnknownNameError("metric kind (no default)", kind, tuple(metrics))
        self.takedown = picked["takedown_rate"]
        self.counter = picked["counter_notice_rate"]
        self.volume = picked["volume"]
        self.takedown_th = _threshold(criteria.takedown_rate)
        self.counter_th = _threshold(criteria.counter_notice_rate)
        self.volume_th = None if criteria.volume is None else _threshold(criteria.volume)

    def scope(self, platforms: Sequence[str] | None) -> tuple[str, ...]:
        """The platforms whose complaints count: ``platforms`` (default: the programme's)
        and the marketplaces filed as one of them under the reading in force (asking for
        Taobao counts Xianyu's complaints where Xianyu is filed as Taobao, B1)."""
        if platforms is None:
            return self.platforms
        return filed_in(platforms, self.filed_as)

    def assess(
        self,
        total: Sequence[int],
        by_code: Iterable[Sequence[int]] | Callable[[], Iterable[Sequence[int]]],
        abuse: bool,
        declared: bool,
        need: tuple[bool, bool] = (True, True),
    ) -> tuple[bool, bool]:
        """``(qualifies, removal)`` for window sums: every criterion met; a removal trigger hit.

        A rate with nothing to count (denominator 0) does not qualify the account
        overall, is ignored per reason code, and never triggers a removal.

        ``need`` says which of the two the caller reads: the reason codes' sums (``by_code``,
        or a function giving them, called only then) are read only where the account's own
        do not decide what is needed; the one not needed may then be left ``False``.
        """
        criteria = self.criteria
        qualifies = True
        removal = False
        rates = ((self.takedown, self.takedown_th), (self.counter, self.counter_th))
        for metric, (p, q, op) in rates:
            n, d = metric.value(total)
            if d <= 0:
                qualifies = False
            elif not holds(n, d, p, q, op):
                qualifies = False
                removal = True
        if self.volume_th is not None:
            p, q, op = self.volume_th
            n, _ = self.volume.value(total)
            if not holds(n, 1, p, q, op):
                qualifies = False
        if criteria.declaration_required and not declared:
            qualifies = False
        if criteria.no_abuse_required and abuse:
            qualifies = False
            removal = True
        # a failing reason code makes both False/True: read the codes where that can matter
        if criteria.per_reason_code and ((need[0] and qualifies) or (need[1] and not removal)):
            codes = by_code() if callable(by_code) else by_code
            for sums in codes:
                for metric, (p, q, op) in rates:
                    n, d = metric.value(sums)
                    if d > 0 and not holds(n, d, p, q, op):
                        return False, True
        return qualifies, removal


_UNCOVERED: Any = object()


class Resolver:
    """Rules per day, resolved once per interval between the rule book's change dates."""

    def __init__(
        self,
        book: RuleSource,
        interpretation: str | None,
        trial: Trial,
        metrics: Sequence[str],
    ) -> None:
        self.book = book
        self.interpretation = interpretation
        self.trial = trial
        self.metrics = tuple(metrics)
        dates = set(book.change_dates("good_faith")) | set(book.change_dates("metrics"))
        self.changes: list[int] = sorted(d.toordinal() for d in dates)
        self._cache: dict[int, DayRules | None] = {}
        self._codes: tuple[frozenset[str], str] | None = None
        self._platforms: frozenset[str] | None = None
        self._hints: dict[str, str] = {}  # platform_hint per name (the book's names, any day)
        self._siblings: dict[str | None, Resolver] = {}

    def sibling(self, interpretation: str | None) -> Resolver:
        """The rules per day under another interpretation of the same book, with the same
        trial and metrics: made once per resolver and kept (a standing asks for every other
        reading's, and a partition of standings asks for them for every account)."""
        found = self._siblings.get(interpretation)
        if found is None:
            found = Resolver(self.book, interpretation, self.trial, self.metrics)
            self._siblings[interpretation] = found
        return found

    def book_codes(self, day: int) -> tuple[frozenset[str], str]:
        """Every reason-code id of the rule book (any date, any reading) and the book's label;
        no ids for a rule source that does not list its records."""
        if self._codes is None:
            view = self.book.as_of(dt.date.fromordinal(day), self.interpretation, trial=self.trial)
            book = getattr(view, "book", None)
            records = getattr(book, "records", None)
            ids = frozenset(r.id for r in records("reason_codes")) if callable(records) else None
            self._codes = (ids or frozenset(), str(getattr(view, "rulebook", "")))
        return self._codes

    def book_platforms(self, day: int) -> frozenset[str]:
        """Every platform id of the rule book (any date, any reading); none for a rule source
        that does not list its records."""
        if self._platforms is None:
            view = self.book.as_of(dt.date.fromordinal(day), self.interpretation, trial=self.trial)
            records = getattr(getattr(view, "book", None), "records", None)
            ids = frozenset(r.id for r in records("platforms")) if callable(records) else None
            self._platforms = ids or frozenset()
        return self._platforms

    def refuse_platforms(self, platforms: Sequence[str] | None, day: dt.date) -> None:
        """Refuse a name of ``platforms`` (the complaints a caller asks to count) that is not a
        platform of the rule book on ``day``, as ``ipprules good-faith --platform`` does: an
        :class:`~ipprules.errors.UnknownNameError` naming the nearest id ("did you mean
        'taobao'?"), or why ("lazada_sg is an IPP platform from 2019-06-01"; Xianyu under
        ``official``, R33, D11); a marketplace the reading files as a platform (Xianyu as
        Taobao, B1) is asked. Nothing for a rule source that does not list its records, or
        on a day the book does not cover (the answer says that itself).

        >>> import datetime as dt
        >>> from ipprules.rulebook import default_rulebook
        >>> resolver = Resolver(default_rulebook(), None, False, ())
        >>> resolver.refuse_platforms(["taobao", "xianyu"], dt.date(2022, 12, 31))
        >>> resolver.refuse_platforms(["taobo"], dt.date(2022, 12, 31))
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown platform (as of 2022-12-31) 'taobo' (did you \
mean 'taobao'?); known: ...
        """
        if not platforms or not self.book_platforms(day.toordinal()):
            return
        try:
            view = self.book.as_of(day, self.interpretation, trial=self.trial)
        except CoverageError:
            return
        for name in platforms:
            if view.filed_as(name) is None:
                view.platform(name, filed_as=False)

    def platform_hint(self, name: str, day: int) -> str:
        """For a history's platform that is no platform or marketplace of the rule book, what
        it may stand for: "not a platform: the site of tmall_global" (R33: tmall.hk is Tmall
        Global), "not a platform: did you mean 'taobao'?" or "not a platform"; ``""`` for a
        known name, and for a rule source that does not list its records."""
        known = self.book_platforms(day)
        if not known or name in known:
            return ""
        found = self._hints.get(name)
        if found is None:
            found = self._hints[name] = self._hint(name, day, known)
        return found

    def _hint(self, name: str, day: int, known: frozenset[str]) -> str:
        view = self.book.as_of(dt.date.fromordinal(day), self.interpretation, trial=self.trial)
        if name in getattr(view, "marketplaces", ()):
            return ""  # Xianyu: its own note says how it is filed
        hint = getattr(view, "platform_hint", None)
        if callable(hint):  # a ResolvedRules: sites, regional groups, names near
            return str(hint(name))
        near = suggest(name, sorted(known))
        return "not a platform" + (f": did you mean {near!r}?" if near is not None else "")

    def interval(self, day: int) -> int:
        return bisect_right(self.changes, day)

    def next_change(self, day: int) -> int | None:
        """The first change date after ``day`` (ordinal), if any."""
        i = bisect_right(self.changes, day)
        return self.changes[i] if i < len(self.changes) else None

    def at(self, day: int, *, strict: bool = True) -> DayRules | None:
        """The rules on ``day``; ``None`` before the programme existed.

        Outside the rule book's coverage: raise when ``strict``, else ``None``.
        """
        key = self.interval(day)
        if key in self._cache:
            found = self._cache[key]
            if found is not _UNCOVERED:
                return found
            if not strict:
                return None
        try:
            rules = self.book.as_of(dt.date.fromordinal(day), self.interpretation, trial=self.trial)
        except CoverageError:
            if strict:
                raise
            self._cache[key] = _UNCOVERED
            return None
        criteria = rules.good_faith
        found = (
            None
            if criteria is None
            else DayRules(
                criteria, rules.metrics, self.metrics, rules.interpretation, rules.marketplaces
            )
        )
        self._cache[key] = found
        return found


def book_label(book: RuleSource) -> str:
    """The name and version of a rule book (``RuleBook.label``; empty for a stand-in
    without one), recorded in the answers."""
    return str(getattr(book, "label", ""))


def book_version(book: RuleSource) -> str | None:
    """The version of a rule book (``RuleBook.version``; ``None`` for a stand-in without
    one), recorded in the answers beside :func:`book_label`."""
    version = getattr(book, "version", None)
    return version if isinstance(version, str) else None


def default_book(book: RuleSource | None) -> RuleSource:
    """``book``, or the embedded rule book (TypeError for what is not a rule book)."""
    if book is not None:
        if not (
            callable(getattr(book, "as_of", None)) and callable(getattr(book, "change_dates", None))
        ):
            raise TypeError(
                f"rulebook must be a RuleBook, got {type(book).__name__}"
                + file_hint(book, "RuleBook")
            )
        return book
    from ipprules.rulebook import default_rulebook

    return default_rulebook()
