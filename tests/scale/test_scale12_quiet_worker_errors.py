"""scale12: ``quiet_worker_errors`` - a worker no longer logs distributed's "Compute Failed"
(with the traceback) for this library's own errors; the client still raises them, and any
other error is logged as before."""

from __future__ import annotations

import logging
import re
from typing import Any, ClassVar

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from hypothesis import example, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules import errors
from ipprules.scale import quiet_worker_errors

_OURS = [errors.IpprulesError, errors.InputError, errors.RuleDataError, errors.CoverageError]
_OTHERS = [ValueError, KeyError, MemoryError, RuntimeError, OSError]


def _record(exc: BaseException) -> logging.LogRecord:
    """A record as distributed's worker makes it for a failed task."""
    return logging.LogRecord(
        "distributed.worker",
        logging.ERROR,
        __file__,
        1,
        "Compute Failed\nKey:       %s\nState:     %s\nTask:  %s\nException: %r\nTraceback: %r\n",
        ("k", "executing", "<Task>", repr(exc), "tb"),
        None,
    )


def _logged_as_distributed_does(exc: BaseException, held: BaseException | None = None) -> bool:
    """The filter's verdict on the "Compute Failed" record of ``exc``, called (as in
    ``distributed.Worker.execute``) with the task's ``result`` in a frame above it, holding
    the exception ``held`` and its ``repr`` (``exc`` unless told)."""
    from ipprules.scale._quiet import LibraryErrorsFilter

    held = exc if held is None else held
    result = {"actual_exception": held, "exception_text": repr(held), "traceback_text": "tb"}
    assert result  # the frame's local the filter looks for
    return LibraryErrorsFilter().filter(_record(exc))


def _theirs(name: str) -> type[Exception]:
    """A user's own exception class with this library's class name (not a subclass)."""
    return type(name, (ValueError,), {})


_SAME_NAMES = ["InputError", "IpprulesError", "RuleDataError", "CoverageError"]


@settings(max_examples=10, deadline=None)
@given(
    kind=st.sampled_from(_OURS + _OTHERS) | st.sampled_from(_SAME_NAMES).map(_theirs),
    message=st.text(max_size=30),
)
@example(kind=errors.InputError, message="a.csv:2:1: not a URL")
@example(kind=ValueError, message="InputError(")
@example(kind=_theirs("InputError"), message="a.csv:2:1: not a URL")
def test_the_filter_drops_only_the_library_errors(kind: type[BaseException], message: str) -> None:
    from ipprules.scale._quiet import LibraryErrorsFilter

    exc = kind(message) if kind is not errors.InputError else kind(message or "x")
    ours = isinstance(exc, errors.IpprulesError)
    assert _logged_as_distributed_does(exc) is not ours
    # the exception is found by the record's text: another task's result is not taken
    assert _logged_as_distributed_does(exc, held=errors.InputError(f"other {message}"))
    # no task's result above the filter (not distributed's worker): always kept
    assert LibraryErrorsFilter().filter(_record(exc))
    other = logging.LogRecord("distributed.worker", logging.ERROR, "", 1, "%r", (exc,), None)
    assert LibraryErrorsFilter().filter(other)  # not a "Compute Failed": always kept


class _Kept(logging.Handler):
    records: ClassVar[list[str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Compute Failed"):
            _Kept.records.append(record.getMessage().splitlines()[4])


def _listen() -> None:
    _Kept.records.clear()
    log = logging.getLogger("distributed.worker")
    if not any(isinstance(h, _Kept) for h in log.handlers):
        log.addHandler(_Kept())


def _heard() -> list[str]:
    return list(_Kept.records)


def _raise(kind: str) -> None:
    if kind == "ours":
        raise errors.InputError("h/u.txt:2:1: not a URL")
    if kind == "same name":

        class InputError(ValueError):  # a user's own, named like ours (pickled by value)
            pass

        raise InputError("theirs")
    raise KeyError("a bug")


def test_workers_log_only_the_other_errors(client: Any) -> None:
    quiet_worker_errors(client)
    quiet_worker_errors(client)  # once per client, but twice does no harm
    client.run(_listen)
    with pytest.raises(errors.InputError, match=re.escape("h/u.txt:2:1: not a URL")):
        client.submit(_raise, "ours", pure=False).result()
    with pytest.raises(KeyError, match="a bug"):
        client.submit(_raise, "theirs", pure=False).result()
    with pytest.raises(ValueError, match="theirs") as caught:
        client.submit(_raise, "same name", pure=False).result()
    assert type(caught.value).__name__ == "InputError"
    assert not isinstance(caught.value, errors.IpprulesError)
    heard = [line for lines in client.run(_heard).values() for line in lines]
    assert sorted(heard) == [
        "Exception: \"InputError('theirs')\"",
        "Exception: \"KeyError('a bug')\"",
    ]


def test_a_client_is_required() -> None:
    with pytest.raises(TypeError, match=re.escape("distributed.Client")):
        quiet_worker_errors("tcp://127.0.0.1:8786")
