"""Pausing the cyclic garbage collector for a bulk run, safely across threads.

The collector's switch is process-global. Each bulk step used to read it, turn it off and
turn it back on if it had been on: two threads interleaving (A turns it off; B reads "off";
A turns it back on; B turns it off, and never back on) left it off for good, in a service
calling ipprules from several threads. Here every pause is counted under one lock: the
first pause records the caller's setting and turns the collector off, the last one to end
puts that setting back.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_depth = 0  # pauses running, all threads together
_restore = False  # whether the collector was on when the first of them began


def pause() -> None:
    """Turn the cyclic collector off until the matching :func:`resume` (counted)."""
    global _depth, _restore
    _lock.acquire()  # not ``with``: its bound __exit__ is an object the collector counts
    try:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    finally:
        _lock.release()


def resume(*, promote: bool = False) -> None:
    """End one :func:`pause`; the last one puts the caller's setting back.

    With ``promote``, the objects made meanwhile are first moved to the oldest generation
    (``gc.freeze()`` then ``gc.unfreeze()``), where no caller froze objects of their own.
    """
    global _depth
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
