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
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ipprules.errors import IpprulesError

#: The logger of ``distributed``'s "Compute Failed" record, on each worker.
WORKER_LOGGER = "distributed.worker"


def _error_names() -> frozenset[str]:
    """The class names of :class:`~ipprules.errors.IpprulesError` and its subclasses."""
    names, todo = set(), [IpprulesError]
    while todo:
        kind = todo.pop()
        names.add(kind.__name__)
        todo.extend(kind.__subclasses__())
    return frozenset(names)


class LibraryErrorsFilter(logging.Filter):
    """Drops the worker's "Compute Failed" record of a task whose error is one of this
    library's (its ``repr``, the record's 4th argument, names an IpprulesError class); every
    other record, and the "Compute Failed" of any other error, passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if not str(record.msg).startswith("Compute Failed") or not isinstance(args, tuple):
            return True
        if len(args) < 4:
            return True
        name = str(args[3]).partition("(")[0].strip()
        return name not in _error_names()


class QuietLibraryErrors(WorkerPlugin):
    """The worker plugin that adds :class:`LibraryErrorsFilter` to the worker's logger."""

    name = "ipprules-quiet-library-errors"
    idempotent = True

    def setup(self, worker: Any = None) -> None:
        log = logging.getLogger(WORKER_LOGGER)
        if not any(isinstance(f, LibraryErrorsFilter) for f in log.filters):
            log.addFilter(LibraryErrorsFilter())
