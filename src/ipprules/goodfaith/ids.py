"""Duplicate complaint ids in a history file, found in bounded memory.

Internal to :mod:`ipprules.goodfaith.history`. The readers hand the ids of each block of
lines, in file order, to an :class:`IdCheck`; at the end of the file it raises an
:class:`~ipprules.errors.InputError` naming the id that repeats and both of its lines.

* **Ids in order** (each greater than the one before, or each smaller, comparing first the
  length and then the text, so ``9 < 10`` and ``C-0009 < C-0010``), as exports and
  databases write them, are checked with a few comparisons in C per block and nothing is
  kept: no id can repeat. Ids that all have one length (the reader says so: ``width``) are
  compared as text, without measuring each one.
* **Ids in any other order**: from the block where the order breaks, each id is kept as a 41-bit
  fingerprint of its hash (4 bytes: 40 MB for 10 million ids): the top 9 bits of the hash choose one
  of 512 partitions, which keeps the low 32 bits (one short loop an id, no sort) in arrays of a few
  thousand, each copied at its exact size once full (arrays grown side by side to their full size
  leave holes in the heap: a quarter more memory). The ids seen before the break are kept as text
  while they are few (the first 65,536); after a long ordered stretch they are fingerprinted by a
  second reading of the file. At the end, equal fingerprints are looked for partition by partition;
  if some are found, the ids behind them are read again (without line numbers, in C loops) and
  counted exactly. Matches by chance are common in large files (about 23 pairs among 10 million ids
  in random order), so this reading is usual there: it reads only the blocks of lines that hold a
  matching fingerprint (each block fed tells where it starts in the file, and the partitions'
  lengths before it are noted: 2 KiB a block), and the whole file only when those blocks do not
  account for every such id (or a block came without its place). Only a real repeat makes a third
  reading, with line numbers, for the message.

A second reading needs the source again: a path is opened again; a stream is copied to a
temporary file while it is read (only when the file has an ``id`` column).

>>> check = IdCheck("h.csv", reread=lambda: iter([(2, "A"), (3, "B"), (4, "A")]))
>>> check.feed(["A", "B"])
>>> check.feed(["A"])
>>> check.finish()
Traceback (most recent call last):
...
ipprules.errors.InputError: h.csv:4: $.id: duplicate id 'A' (first on line 2; 1 id(s) repeat)
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, compress, islice, repeat
from operator import add, and_, gt, lt
from typing import Any

from ipprules.errors import InputError

__all__ = ["IdCheck"]

#: Ids kept as text while they are in order (enough for a file whose order breaks early).
KEEP = 1 << 16
#: Where the bits that choose an id's partition begin in its hash (bits 55 to 63: 512
#: partitions; 256 gave twice the matches by chance, each a block read again; 1,024 cost more
#: to feed than they saved).
_SHIFT = 55
_PARTITIONS = 1 << (64 - _SHIFT)
_LOW = 0xFFFF_FFFF
#: The fingerprint of an id: 41 bits of its hash, bits 55 to 63 (they choose a partition) and
#: 0 to 31 (kept: 4 bytes an id). The tests narrow it to make fingerprints collide.
MASK = (_PARTITIONS - 1) << _SHIFT | _LOW
_FULL = MASK
#: Fingerprints a partition's growing array takes before a copy of them (of their exact size)
#: is set aside and the array begun again. Arrays grow by reallocation: 256 of them (then) growing
#: side by side to 40 MB left about 25 MB of holes and spare room in the heap at 10M ids (each
#: move frees a block the others soon outgrow); capped at 8 KiB, the holes are small and
#: reused, the spare room (1/16 an array) is not kept.
CHUNK = 1 << 11

#: ``(line, id)`` for every line of the file with an id, read again from the start.
Reread = Callable[[], Iterator[tuple[int, str]]]
#: The non-empty ids of the file in lists, read again from the start (faster, no lines).
IdsAgain = Callable[[], Iterator[list[str]]]
#: Bytes ``lo`` (a line's first) to ``hi`` (excluded; None: to the end) of the file.
Span = tuple[int, int | None]
#: The non-empty ids of (at least) the lines of some spans, sorted and apart, read again.
IdsNear = Callable[[list[Span]], Iterator[list[str]]]


class IdCheck:
    """The ids of one file, fed block by block in file order (see the module)."""

    def __init__(
        self,
        name: str,
        reread: Reread,
        ids_again: IdsAgain | None = None,
        ids_near: IdsNear | None = None,
    ) -> None:
        self.name = name
        self.reread = reread
        self.ids_again: IdsAgain = ids_again or (lambda: _batches(i for _, i in reread()))
        self.ids_near = ids_near
        self.last: str | None = None
        self.direction = 0  # 1: increasing, -1: decreasing, 0: not known yet
        self.kept: list[str] | None = []
        self.ordered = 0  # ids seen while in order
        #: per partition: the array growing now (fingerprint bits 0..31), the arrays set aside
        #: before it (full: :data:`CHUNK` or more each), and how many fingerprints those hold
        self.parts: list[array[int]] | None = None
        self.appends: list[Callable[[int], None]] = []  # the growing arrays' append methods
        self.full: list[list[array[int]]] = []
        self.before: list[int] = []
        #: per block stored: the lengths of the partitions before it, and its bytes ``[lo,
        #: hi]`` (None once a block came without its place in the file)
        self.marks: list[array[int]] = []
        self.spans: list[list[int | None]] | None = []
        self.broke = 0  # where the block that broke the order starts

    def feed(self, ids: list[str], at: int | None = None, width: int = 0) -> None:
        """The non-empty ids of the next lines, in file order; ``at``: where their block of
        lines starts in the file (its first byte; a second reading then reads only the
        blocks it needs); ``width``: the length of every one of them, when the caller knows
        they all have one (their order is then checked without measuring them)."""
        if not ids:
            return
        if self.parts is not None:
            self._mark(at, at)
            self._store(ids)
            return
        if self._in_order(ids, width):
            self.ordered += len(ids)
            self.last = ids[-1]
            if self.kept is not None:
                self.kept.extend(ids)
                if len(self.kept) > KEEP:
                    self.kept = None
            return
        self.parts = [array("I") for _ in range(_PARTITIONS)]
        self.appends = [part.append for part in self.parts]
        self.full = [[] for _ in range(_PARTITIONS)]
        self.before = [0] * _PARTITIONS
        self.broke = at or 0
        self._mark(0, at)  # with the ids kept, from the start of the file
        if self.kept is not None:
            self._store(self.kept)
            self.ordered = 0
        self.kept = None
        self._store(ids)

    def _in_order(self, ids: list[str], width: int = 0) -> bool:
        """Whether ``ids`` continue the strictly ordered run (and fix its direction);
        ``width``: the length of every id, if known (then compared as text, no copy)."""
        last = self.last
        if width and (last is None or len(last) == width):
            more = last is not None or len(ids) > 1  # two ids or more: a direction
            later = islice(ids, 1, None)
            if self.direction >= 0 and (last is None or last < ids[0]) and all(map(lt, ids, later)):
                self.direction = 1 if more else self.direction
                return True
            if (
                self.direction <= 0
                and (last is None or last > ids[0])
                and all(map(gt, ids, islice(ids, 1, None)))
            ):
                self.direction = -1 if more else self.direction
                return True
            return False
        seq: list[Any] = ids if self.last is None else [self.last, *ids]
        lengths = list(map(len, seq))
        keys: list[Any] = (
            seq if min(lengths) == max(lengths) else list(zip(lengths, seq, strict=True))
        )
        later = islice(keys, 1, None)
        if self.direction >= 0 and all(map(lt, keys, later)):
            self.direction = 1 if len(keys) > 1 else self.direction
            return True
        if self.direction <= 0 and all(map(gt, keys, islice(keys, 1, None))):
            self.direction = -1 if len(keys) > 1 else self.direction
            return True
        return False

    def _store(self, ids: Iterable[str]) -> None:
        """Add the fingerprints of ``ids`` to their partitions.

        One loop an id, which costs less than sorting a block's fingerprints to cut them into
        partitions: ``hash(id) >> 55`` is the partition's index (from -256 to 255; a negative
        index counts from the end of the 512, which is ``fingerprint >> 55``).
        """
        appends, shift, low = self.appends, _SHIFT, _LOW  # locals, not globals looked up an id
        if MASK == _FULL:
            for h in map(hash, ids):
                appends[h >> shift](h & low)
        else:
            mask = MASK  # narrowed (tests)
            for h in map(hash, ids):
                fp = h & mask
                appends[fp >> shift](fp & low)
        assert self.parts is not None
        if max(map(len, self.parts)) >= CHUNK:
            self._set_aside()

    def _set_aside(self) -> None:
        """Set a copy of each growing array that reached :data:`CHUNK` aside (exactly its
        size), and begin it again."""
        assert self.parts is not None
        for p, part in enumerate(self.parts):
            if len(part) >= CHUNK:
                self.full[p].append(part[:])
                self.before[p] += len(part)
                del part[:]

    def _chunks(self, p: int) -> list[array[int]]:
        """The fingerprints of partition ``p``, in the order stored, in arrays."""
        assert self.parts is not None
        return [*self.full[p], self.parts[p]]

    def _lengths(self) -> array[int]:
        """How many fingerprints each partition holds."""
        assert self.parts is not None
        return array("I", map(add, self.before, map(len, self.parts)))

    def _mark(self, lo: int | None, at: int | None) -> None:
        """Note where the ids about to be stored come from (from byte ``lo`` on; ``at``: where
        their block starts), and where their fingerprints go."""
        spans = self.spans
        if spans is None:
            return
        if lo is None or at is None:
            self.spans = None
            self.marks = []
            return
        if spans and spans[-1][1] is None:
            spans[-1][1] = at  # the block before ends where this one starts
        spans.append([lo, None])
        self.marks.append(self._lengths())

    def finish(self) -> None:
        """Raise InputError if an id repeats (at the end of the file)."""
        if self.parts is None:
            return  # every id in order: none repeats
        if self.ordered:  # a long ordered run before the order broke: fingerprint it now
            if self.spans is not None:  # from the start to the block that broke the order
                self.marks.append(self._lengths())
                self.spans.append([0, self.broke])
            remaining, self.ordered = self.ordered, 0
            for batch in self.ids_again():
                self._store(batch[:remaining])
                remaining -= len(batch)
                if remaining <= 0:
                    break
        suspects = self._suspects()
        spans = self._near(suspects) if suspects else None
        self.parts = None  # the fingerprints go before any reading again
        self.appends = []
        self.full = []
        self.marks = []
        if suspects and self._repeats(suspects, spans):
            self._report(suspects)

    def _suspects(self) -> dict[int, int]:
        """The fingerprints held by more than one id, and by how many.

        One set a partition, built from its arrays chained (one C loop); a partition whose set
        is smaller than its fingerprints is counted.
        """
        found: dict[int, int] = {}
        chained = chain.from_iterable
        for p in range(_PARTITIONS):
            chunks = self._chunks(p)
            if len(set(chained(chunks))) < sum(map(len, chunks)):
                counts = Counter(chained(chunks))  # the values held more than once, in C:
                for v in compress(counts, map(gt, counts.values(), repeat(1))):
                    found[p << _SHIFT | v] = counts[v]
        return found

    def _near(self, suspects: dict[int, int]) -> list[Span] | None:
        """The bytes of the blocks that hold ``suspects``, sorted and merged (None if not
        known: a block came without its place)."""
        if self.spans is None or self.ids_near is None:
            return None
        blocks: set[int] = set()
        for fp in suspects:
            p, v = fp >> _SHIFT, fp & _LOW
            starts = [mark[p] for mark in self.marks]
            offset = 0  # of the chunk in its partition
            for chunk in self._chunks(p):
                at = -1
                for _ in range(chunk.count(v)):
                    at = chunk.index(v, at + 1)
                    blocks.add(bisect_right(starts, offset + at) - 1)
                offset += len(chunk)
        merged: list[list[int | None]] = []
        chosen = sorted((self.spans[b] for b in blocks), key=_low_line)
        for lo, hi in ((lo or 0, hi) for lo, hi in chosen):
            end = merged[-1][1] if merged else -1
            if merged and (end is None or lo <= end):
                merged[-1][1] = None if end is None or hi is None else max(end, hi)
            else:
                merged.append([lo, hi])
        return [(lo or 0, hi) for lo, hi in merged]

    def _repeats(self, suspects: dict[int, int], spans: list[Span] | None) -> bool:
        """Whether some id behind ``suspects`` really repeats (ids read again, C loops): in
        the blocks that hold them (``spans``) when those account for every one of them, else
        in the whole file."""
        if spans is not None and self.ids_near is not None:
            held = self._held(self.ids_near(spans), suspects)
            if any(n > 1 for n in held.values()):
                return True
            if Counter(map(and_, map(hash, held), repeat(MASK))) == suspects:
                return False  # every id behind them found, none twice
        held = self._held(self.ids_again(), suspects)
        return any(n > 1 for n in held.values())

    @staticmethod
    def _held(batches: Iterable[list[str]], suspects: dict[int, int]) -> Counter[str]:
        """How many times each id of ``batches`` behind one of ``suspects`` occurs."""
        held: Counter[str] = Counter()
        for batch in batches:
            prints = map(and_, map(hash, batch), repeat(MASK))
            held.update(compress(batch, map(suspects.__contains__, prints)))
        return held

    def _report(self, suspects: dict[int, int]) -> None:
        """Read the file again with line numbers and raise for the first repeated id."""
        lines: dict[str, list[int]] = {}
        for line, value in self.reread():
            if hash(value) & MASK in suspects:
                lines.setdefault(value, []).append(line)
        repeated = sorted((at[1], at[0], value) for value, at in lines.items() if len(at) > 1)
        if repeated:
            second, first, value = repeated[0]
            shown = repr(value) if len(value) <= 40 else repr(value[:37] + "...")
            raise InputError(
                f"duplicate id {shown} (first on line {first}; {len(repeated)} id(s) repeat)",
                path="$.id",
                file=self.name,
                line=second,
            )


def _low_line(span: list[int | None]) -> int:
    return span[0] or 0


def _batches(ids: Iterable[str]) -> Iterator[list[str]]:
    """``ids`` in lists of at most :data:`KEEP`."""
    it = iter(ids)
    while batch := list(islice(it, KEEP)):
        yield batch
