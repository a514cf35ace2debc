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


@settings(max_examples=10, deadline=None)
@given(
    kind=st.sampled_from(_OURS + _OTHERS),
    message=st.text(max_size=30),
)
@example(kind=errors.InputError, message="a.csv:2:1: not a URL")
@example(kind=ValueError, message="InputError(")
def test_the_filter_drops_only_the_library_errors(kind: type[BaseException], message: str) -> None:
    from ipprules.scale._quiet import LibraryErrorsFilter

    exc = kind(message) if kind is not errors.InputError else kind(message or "x")
    kept = LibraryErrorsFilter().filter(_record(exc))
    assert kept is (kind not in _OURS)
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
    raise KeyError("a bug")


def test_workers_log_only_the_other_errors(client: Any) -> None:
    quiet_worker_errors(client)
    quiet_worker_errors(client)  # once per client, but twice does no harm
    client.run(_listen)
    with pytest.raises(errors.InputError, match=re.escape("h/u.txt:2:1: not a URL")):
        client.submit(_raise, "ours", pure=False).result()
    with pytest.raises(KeyError, match="a bug"):
        client.submit(_raise, "theirs", pure=False).result()
    heard = [line for lines in client.run(_heard).values() for line in lines]
    assert heard == ["Exception: \"KeyError('a bug')\""]


def test_a_client_is_required() -> None:
    with pytest.raises(TypeError, match=re.escape("distributed.Client")):
        quiet_worker_errors("tcp://127.0.0.1:8786")
