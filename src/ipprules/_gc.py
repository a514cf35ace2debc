"""Pausing the cyclic garbage collector for a bulk run, safely across threads.

The collector's switch is process-global. Each bulk step used to read it, turn it off and
turn it back on if it had been on: two threads interleaving (A turns it off; B reads "off";
A turns it back on; B turns it off, and never back on) left it off for good, in a service
calling ipprules from several threads. Here every pause is counted under one lock: the
first pause records the caller's setting and turns the collector off, the last one to end
puts that setting back.

A program that wants the collector left alone (a service running requests in many threads,
where overlapping bulk runs would keep it off most of the time) turns the pauses off with
:func:`ipprules.set_gc_pausing`.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_depth = 0  # pauses running, all threads together
_restore = False  # whether the collector was on when the first of them began
_pausing = True  # whether bulk runs pause the collector at all (set_gc_pausing)


def set_gc_pausing(enabled: bool) -> bool:
    """Whether ipprules' bulk runs pause Python's cyclic garbage collector; returns the
    setting before (on by default).

    ``parse_listings``, ``plan_listings``, the columnar kernel and the scale readers turn
    the collector off while they make many acyclic objects (about a third of a large run's
    time otherwise goes to rescanning them), and the last run to end turns it back on. The
    switch is process-wide, so in a service calling ipprules from several threads at once
    the runs overlap and the collector can stay off for long stretches; turn the pauses off
    there (once, at start-up): the runs are then slower, and the collector is never touched.
    A pause already running ends as it began.

    >>> import gc, ipprules
    >>> before = ipprules.set_gc_pausing(False)
    >>> seen = []
    >>> def urls():
    ...     seen.append(gc.isenabled())
    ...     yield "https://item.taobao.com/item.htm?id=520813250866"
    >>> [listing.id for _, listing in ipprules.parse_listings(urls())], seen
    (['520813250866'], [True])
    >>> ipprules.set_gc_pausing(before)
    False
    """
    global _pausing
    if not isinstance(enabled, bool):
        kind = type(enabled)  # numpy's bool is also named "bool": its module is named too
        shown = (
            kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
        )
        raise TypeError(f"set_gc_pausing(): enabled must be a bool, got {shown}")
    _lock.acquire()
    try:
        before, _pausing = _pausing, enabled
    finally:
        _lock.release()
    return before


def pausing() -> bool:
    """Whether bulk runs pause the collector (:func:`set_gc_pausing`)."""
    return _pausing


def pause() -> bool:
    """Turn the cyclic collector off until the matching :func:`resume` (counted); whether it
    paused (``False`` where :func:`set_gc_pausing` turned the pauses off): pass it on to
    :func:`resume`."""
    global _depth, _restore
    if not _pausing:
        return False
    _lock.acquire()  # not ``with``: its bound __exit__ is an object the collector counts
    try:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    finally:
        _lock.release()
    return True


def resume(paused: bool = True, *, promote: bool = False) -> None:
    """End one :func:`pause` (``paused``: what it returned); the last one puts the caller's
    setting back.

    With ``promote``, the objects made meanwhile are first moved to the oldest generation
    (``gc.freeze()`` then ``gc.unfreeze()``), where no caller froze objects of their own.
    """
    global _depth
    if not paused:
        return
    _lock.acquire()
    try:
        _depth -= 1
        if _depth == 0 and _restore:
            if promote and gc.get_freeze_count() == 0:
                gc.freeze()  # every generation set aside ...
                gc.unfreeze()  # ... and back in the oldest
            gc.enable()
    finally:
        _lock.release()
