"""Workers that do not log this library's own errors (:func:`ipprules.scale.quiet_worker_errors`).

When a task raises, a ``distributed`` worker logs "Compute Failed" with the task and the
whole traceback on its standard error, and the client raises the same error. For an error of
this library (an :class:`~ipprules.errors.IpprulesError`: a bad input file, line or cell,
already named in its message) that log is noise. This module needs ``distributed``: it is
imported by :func:`ipprules.scale.quiet_worker_errors` once that has found ``distributed``,
and by each worker that unpickles the plugin.
"""

from __future__ import annotations

import logging
import sys
from types import FrameType
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ipprules.errors import IpprulesError

#: The logger of ``distributed``'s "Compute Failed" record, on each worker.
WORKER_LOGGER = "distributed.worker"


#: How many frames up from the filter ``distributed``'s ``Worker.execute`` may be (the filter
#: is called by ``Filterer.filter``, ``Logger.handle``, ``Logger._log``, ``Logger.error``).
_FRAMES_UP = 12


def _failed_task_error(text: object) -> BaseException | None:
    """The exception of the failed task being logged: ``distributed``'s ``Worker.execute``,
    a few frames up, holds it in ``result["actual_exception"]`` beside the ``repr`` the
    record shows (``result["exception_text"]``). ``None`` if no such frame is found."""
    frame: FrameType | None = sys._getframe(2)
    for _ in range(_FRAMES_UP):
        if frame is None:
            return None
        result = frame.f_locals.get("result")
        if isinstance(result, dict) and result.get("exception_text") == text:
            exc = result.get("actual_exception")
            if isinstance(exc, BaseException):
                return exc
        frame = frame.f_back
    return None


class LibraryErrorsFilter(logging.Filter):
    """Drops the worker's "Compute Failed" record of a task whose error is one of this
    library's: an instance of :class:`~ipprules.errors.IpprulesError` itself (found by its
    class, not its name: a user's own ``InputError`` is still logged). Every other record,
    the "Compute Failed" of any other error, and a record whose exception cannot be found,
    passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if not str(record.msg).startswith("Compute Failed") or not isinstance(args, tuple):
            return True
        if len(args) < 4:
            return True
        return not isinstance(_failed_task_error(args[3]), IpprulesError)


class QuietLibraryErrors(WorkerPlugin):
    """The worker plugin that adds :class:`LibraryErrorsFilter` to the worker's logger."""

    name = "ipprules-quiet-library-errors"
    idempotent = True

    def setup(self, worker: Any = None) -> None:
        log = logging.getLogger(WORKER_LOGGER)
        if not any(isinstance(f, LibraryErrorsFilter) for f in log.filters):
            log.addFilter(LibraryErrorsFilter())
