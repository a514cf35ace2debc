"""``--workers N`` / ``--scheduler ADDRESS`` for ``ipprules listings`` and ``ipprules plan``.

The commands call :func:`add_options` to declare the flags and, when one is given
(:func:`wanted`), hand the run to :func:`run_listings` or :func:`run_plan`; without the flags
this module is not even imported.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ipprules._args import require_str
from ipprules._dates import rulebook_keys
from ipprules._table import reading_label
from ipprules.errors import InputError, IpprulesError

__all__ = [
    "CONNECT_TIMEOUT",
    "check_options",
    "cluster",
    "max_workers",
    "scheduler_address",
    "wanted",
    "write_parquet",
]

#: Seconds ``--scheduler`` waits for the scheduler to answer (Dask's default is 30 s).
CONNECT_TIMEOUT = 10
_EXAMPLE = "expected e.g. tcp://10.0.0.5:8786"


def max_workers() -> int:
    """The most worker processes ``--workers`` starts: 4 per CPU of this machine, at least 8
    (each is a Python process of its own; far more than the CPUs only costs memory).

    >>> max_workers() >= 8
    True
    """
    return max(8, 4 * (os.cpu_count() or 1))


def add_options(
    parser: argparse.ArgumentParser,
    inputs: str = "",
    files: str = "text, CSV, JSON Lines or Parquet",
) -> None:
    """Declare ``--workers`` and ``--scheduler`` (mutually exclusive); ``inputs`` says what
    the input must then hold, when that differs from a single-machine run, and ``files``
    the kinds of file a glob may then name."""
    from ipprules.cli._common import whole_number

    group = parser.add_argument_group("scale-out on Dask (needs ipprules[dask])", inputs or None)
    flags = group.add_mutually_exclusive_group()
    flags.add_argument(
        "--workers",
        type=whole_number,
        metavar="N",
        help="run on a local Dask cluster of N worker processes (at most 4 per CPU, "
        f"{max_workers()} here); the input may then be a glob of {files} files",
    )
    flags.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing Dask cluster (e.g. tcp://10.0.0.5:8786); the scheduler "
        f"must answer within {CONNECT_TIMEOUT} s",
    )


def wanted(args: argparse.Namespace) -> bool:
    """Whether the run goes to Dask (``--workers`` or ``--scheduler`` given)."""
    return (
        getattr(args, "workers", None) is not None or getattr(args, "scheduler", None) is not None
    )


def check_options(args: argparse.Namespace, out_parts: tuple[str, ...] = ()) -> None:
    """Refuse a bad ``--workers``, ``--scheduler`` or ``--out`` before anything is read or
    started: an :class:`~ipprules.errors.IpprulesError` naming the option (exit code 2).
    ``out_parts`` are the directories the run writes inside ``--out``."""
    workers = getattr(args, "workers", None)
    if workers is not None:
        _check_workers(workers)
    scheduler = getattr(args, "scheduler", None)
    if scheduler is not None:
        args.scheduler = scheduler_address(scheduler)
    _check_out(getattr(args, "out", None), out_parts)


def _check_workers(workers: int) -> None:
    if workers < 1:
        raise IpprulesError(f"--workers: expected a positive number, got {workers}")
    cap = max_workers()
    if workers > cap:
        raise IpprulesError(
            f"--workers: at most {cap} worker processes on this machine (4 per CPU), "
            f"got {workers}; for more, start a Dask cluster and pass --scheduler"
        )


def scheduler_address(text: str) -> str:
    """``text`` as the address of a Dask scheduler (spaces around it dropped), checked
    without connecting: an :class:`~ipprules.errors.IpprulesError` naming ``--scheduler``
    when it is not one.

    >>> scheduler_address(" tcp://10.0.0.5:8786 ")
    'tcp://10.0.0.5:8786'
    >>> scheduler_address("junk://::::")
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: --scheduler: not a Dask scheduler address 'junk://::::': ...
    """
    from ipprules.scale._deps import require

    address = require_str(text, "text", empty=True).strip()
    if not address:
        raise IpprulesError(f"--scheduler: an empty address; {_EXAMPLE}")
    require("distributed")
    from distributed.comm.addressing import get_address_host_port, parse_address
    from distributed.comm.registry import backends

    def refuse(reason: str) -> IpprulesError:
        return IpprulesError(
            f"--scheduler: not a Dask scheduler address {text!r}: {reason}; {_EXAMPLE}"
        )

    if any(not c.isprintable() for c in address):
        raise refuse("it holds a control character")
    scheme, _ = parse_address(address, strict=False)
    if scheme not in backends:
        raise refuse(f"unknown address scheme {scheme!r} (known: {', '.join(sorted(backends))})")
    if scheme == "inproc":
        raise refuse("an inproc:// address is reachable only inside the process that made it")
    if scheme in ("tcp", "tls", "ws", "wss"):
        try:
            _, port = get_address_host_port(address)
        except (ValueError, TypeError) as exc:
            raise refuse(_first_line(exc)) from None
        if not 0 < port < 65536:
            raise refuse(f"port {port} is not in 1-65535")
    return address


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


def _check_out(out: str | None, parts: tuple[str, ...]) -> None:
    """Refuse an ``--out`` that is (or lies under, or holds as one of ``parts``) a file."""
    if not out:
        return
    from ipprules.scale._deps import require
    from ipprules.scale._listings import refuse_star

    refuse_star(out, f"--out: cannot write to {out!r}")
    try:
        fs, path = require("fsspec").core.url_to_fs(out)
    except (ValueError, ImportError) as exc:
        raise IpprulesError(f"--out: cannot write to {out!r}: {_first_line(exc)}") from None
    base = path.rstrip("/") or path
    for part, where in ((base, out), *((f"{base}/{p}", f"{out.rstrip('/')}/{p}") for p in parts)):
        if fs.exists(part) and not fs.isdir(part):
            raise IpprulesError(f"--out: {where} exists and is not a directory")
    # Dask leaves the files it does not write: an earlier run's part.7.parquet would be read
    # back as part of this run's result, so the directories the run writes must be empty
    written = [(f"{base}/{p}", f"{out.rstrip('/')}/{p}") for p in parts] or [(base, out)]
    from ipprules.scale._listings import entries_shown

    for part, where in written:
        shown = entries_shown(_listed(fs, part))
        if shown:
            raise IpprulesError(
                f"--out: {where} is not empty (it holds {shown}): give a new or empty "
                "directory (Dask leaves the files a run does not write, to be read back with "
                "its rows)"
            )
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol in ("file", "local"):
        for part, where in ((base, out), *written):
            _refuse_broken_link(part, where)
        for parent in Path(base).parents:
            try:  # a folder not to be searched: said as a file that could not be read
                there = parent.exists()
            except OSError as exc:
                why = exc.strerror or _first_line(exc)
                raise IpprulesError(f"--out: cannot use {parent}: {why}") from None
            if there:
                if not parent.is_dir():
                    raise IpprulesError(f"--out: {parent} is a file, not a directory")
                break
        try:  # the folder itself: a name too long said here, once, not by the writer
            Path(base).exists()
        except OSError as exc:
            raise IpprulesError(f"--out: cannot use {base}: {exc.strerror or exc}") from None


def _refuse_broken_link(path: str, where: str) -> None:
    """Refuse a link that leads nowhere or in a loop (fsspec calls it missing, and the writer
    then fails on it after the whole run, saying ``File exists``), as one machine's does."""
    if not os.path.islink(path):
        return
    try:
        os.stat(path)
    except FileNotFoundError:
        raise IpprulesError(
            f"--out: {where} is a link to a folder that does not exist: give a new or an "
            "existing folder"
        ) from None
    except OSError as exc:
        raise IpprulesError(f"--out: cannot use {where}: {exc.strerror or exc}") from None


def _listed(fs: Any, path: str) -> list[Any]:
    """What the directory ``path`` holds (nothing when it does not exist)."""
    try:
        return list(fs.ls(path, detail=False)) if fs.isdir(path) else []
    except OSError as exc:
        raise IpprulesError(f"--out: cannot read {path}: {_first_line(exc)}") from None


@contextlib.contextmanager
def _out_errors(out: str | None) -> Iterator[None]:
    """An OS error writing under ``--out`` as one line naming ``--out`` (not as a file that
    could not be read)."""
    try:
        yield
    except OSError as exc:
        name = getattr(exc, "filename", None)
        if not out or name is None:
            raise
        reason = exc.strerror or _first_line(exc)
        raise IpprulesError(f"--out: cannot write {name}: {reason}") from None


#: The Dask configuration the workers of a LocalCluster started by ``--workers`` get: no
#: statistical profiler (100 stack samples a second, a profile kept each second, up to 1,000):
#: its history grew each worker's peak memory with the run's length (docs: Scaling out).
NO_PROFILER = {"distributed.worker.profile.enabled": False}
#: The event-loop health check of the LocalCluster that ``--workers`` starts (its scheduler,
#: nannies and workers): once a second, not distributed's 50 times a second. Each check wakes
#: a worker's event loop, which takes the GIL from the thread parsing a partition; on 2
#: workers parsing and writing 2,000,000 URLs it was about 40% of the event loop's CPU
#: (docs: Scaling out). A loop blocked longer than ``distributed.admin.tick.limit`` (3 s) is
#: still reported.
QUIET_TICK = {"distributed.admin.tick.interval": "1s"}
#: The whole Dask configuration the LocalCluster of ``--workers`` is made under
#: (``benchmarks/scale.py`` makes its cluster under it too).
LOCAL_CLUSTER_CONFIG = {**NO_PROFILER, **QUIET_TICK}


@contextlib.contextmanager
def cluster(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: of a new LocalCluster (``workers`` processes of one thread,
    without the workers' profiler, the event loop checked once a second:
    :data:`LOCAL_CLUSTER_CONFIG`), or of the scheduler at
    ``scheduler`` (its workers as they are). Closed (and the local cluster stopped) on exit."""
    from ipprules.scale._deps import require

    distributed = require("distributed")
    _quiet_abandoned_waits(distributed)
    if scheduler is not None:
        with _connected(distributed, scheduler_address(scheduler)) as client:
            yield client
        return
    if workers is None:
        raise InputError("--out writes Parquet through Dask: give --workers N or --scheduler")
    _check_workers(workers)
    with contextlib.ExitStack() as stack:
        # the worker processes made now block SIGINT for good; a Ctrl-C meanwhile stops the
        # run once the cluster exists (and the stack closes it)
        with _sigint_held(), require("dask").config.set(LOCAL_CLUSTER_CONFIG):
            local = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    # a task's error reaches the user once, as the command's error (exit code
                    # 2), not also as a worker's log with its traceback
                    silence_logs=logging.CRITICAL,
                )
            )
        client = stack.enter_context(distributed.Client(local, set_as_default=False))
        print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        yield client


class _AbandonedWaits(logging.Filter):
    """Drops asyncio's "Task exception was never retrieved" for the client's gather waits a
    closed client abandoned (``distributed.client.AllExit``): when Ctrl-C stops a run, each
    pending one printed a traceback after the command's own "interrupted" line."""

    def __init__(self, kind: type[BaseException]) -> None:
        super().__init__()
        self.kind = kind

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, self.kind)


def _quiet_abandoned_waits(distributed: Any) -> None:
    """Add :class:`_AbandonedWaits` to the ``asyncio`` logger, once per process (it drops
    nothing else; such a record can come when the client is collected, after the run)."""
    kind = distributed.client.AllExit
    log = logging.getLogger("asyncio")
    if not any(isinstance(f, _AbandonedWaits) and f.kind is kind for f in log.filters):
        log.addFilter(_AbandonedWaits(kind))


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """SIGINT blocked in this thread meanwhile, and held back in the main thread: a Ctrl-C
    meanwhile acts (as SIGINT would have, whatever its handler) on the way out.

    Ctrl-C reaches every process of the terminal's process group: the local cluster's worker
    processes too, which each printed a ``KeyboardInterrupt`` traceback while the command
    itself said "interrupted" (exit code 130). They are made by threads the cluster starts
    meanwhile, which inherit this thread's blocked SIGINT, and so do the processes (across
    ``fork`` and ``exec``): a Ctrl-C stays pending in them, never delivered, and the command
    stops them as it stops on any error. Ignoring SIGINT instead (as before) did that too,
    but a Ctrl-C during the seconds the cluster takes to start was lost: the run went on.

    Threads made before (pyarrow's) may still receive SIGINT: the main thread's handler is
    replaced meanwhile by one that notes it, so that it does not stop the cluster half made,
    and the signal is raised again once the handler is put back. Elsewhere than in the main
    thread, the handler cannot be changed: a Ctrl-C interrupts the main thread as usual.
    Where threads have no signal mask, SIGINT is ignored meanwhile instead (lost then).
    """
    import signal
    import threading
    from multiprocessing import resource_tracker

    main = threading.current_thread() is threading.main_thread()
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on Linux or macOS
        before_ignored = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            yield
        finally:
            if main:
                signal.signal(signal.SIGINT, before_ignored)
        return
    # multiprocessing's resource tracker unblocks SIGINT in the thread that starts it (the
    # cluster's first queue or process did, in its event loop's thread): started here first,
    # it is found running then
    resource_tracker.ensure_running()
    before = signal.getsignal(signal.SIGINT) if main else signal.SIG_IGN
    held = before is not signal.SIG_IGN  # (ignored: it stays so, and is inherited as such)
    noted: list[int] = []
    if held:
        signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if held:  # a handler not set from Python (None) cannot be put back: the default
            signal.signal(signal.SIGINT, signal.SIG_DFL if before is None else before)
        # a Ctrl-C pending now is delivered here, to the handler put back
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if noted:
            signal.raise_signal(signal.SIGINT)


NOT_DASK = (
    "what answers there is not a Dask scheduler (its reply is not Dask's protocol: a web "
    "server?); give the scheduler's address, by default tcp://HOST:8786"
)


@contextlib.contextmanager
def _connected(distributed: Any, address: str) -> Iterator[Any]:
    """A client of the scheduler at ``address``, waiting at most :data:`CONNECT_TIMEOUT`
    seconds for it; a failure is one line naming ``--scheduler`` and the address. A TCP
    address where nothing listens, or whose host does not resolve, is refused at once (Dask
    itself retries such an address until its timeout)."""
    _probe(address)
    try:
        client = _within(
            CONNECT_TIMEOUT + 2,
            lambda: distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False),
        )
    except OSError as exc:
        _close_half_made(exc, distributed.Client)
        why = f" ({_os_reason(exc)})" if _os_reason(exc) else ""
        raise IpprulesError(
            f"--scheduler: no Dask scheduler answered at {address} within {CONNECT_TIMEOUT} s{why}"
        ) from None
    except Exception as exc:
        _close_half_made(exc, distributed.Client)
        # a server that is not a Dask scheduler (an HTTP server) answers bytes that Dask
        # reads as a frame length of exabytes: "Unable to allocate 3.07 EiB for an array"
        why = NOT_DASK if isinstance(exc, MemoryError) else _first_line(exc)
        raise IpprulesError(f"--scheduler: cannot connect to {address}: {why}") from None
    with client:
        yield client


def _probe(address: str) -> None:
    """Refuse a ``tcp://`` ``address`` at once when its host does not resolve or nothing
    listens on its port; any other answer, and other schemes, are left to Dask's client."""
    import socket

    from distributed.comm.addressing import get_address_host_port, parse_address

    if parse_address(address, strict=False)[0] != "tcp":
        return
    host, port = get_address_host_port(address)
    try:
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT):
            return
    except socket.gaierror as exc:
        raise IpprulesError(
            f"--scheduler: cannot resolve the host of {address} ({exc.strerror or exc})"
        ) from None
    except ConnectionRefusedError:
        raise IpprulesError(
            f"--scheduler: nothing listens at {address} (connection refused): is the Dask "
            "scheduler running there?"
        ) from None
    except OSError:  # a timeout, no route...: Dask's client tries and says why
        return


def _within(seconds: float, make: Callable[[], Any]) -> Any:
    """``make()``, given up (TimeoutError) when it has not returned after ``seconds``: a
    scheduler port that accepts and never answers holds the handshake however Dask's
    timeouts are set. The thread left waiting is a daemon: it does not hold the exit."""
    import threading

    done: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append(make())
        except BaseException as exc:  # handed over to the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=run, name="ipprules-connect", daemon=True)
    worker.start()
    worker.join(seconds)
    if failed:
        raise failed[0]
    if not done:
        raise TimeoutError(f"no answer within {seconds:g} s")
    return done[0]


def _os_reason(exc: BaseException) -> str | None:
    """The operating system's reason (e.g. "Connection refused") behind ``exc``, if any."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.strerror:
            return str(cause.strerror)
        cause = cause.__cause__ or cause.__context__
    return None


def _close_half_made(exc: BaseException, kind: Any) -> None:
    """Close the client whose constructor raised ``exc`` (found in its traceback): left
    alone, it would wait a minute for its scheduler when the interpreter exits, then print
    a traceback."""
    tb = exc.__traceback__
    while tb is not None:
        made = tb.tb_frame.f_locals.get("self")
        if isinstance(made, kind):
            with contextlib.suppress(Exception):
                made.close(timeout=2)
            return
        tb = tb.tb_next


def _refuse(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(args, name.replace("-", "_"), None):
            raise InputError(f"--{name} cannot be used with --workers or --scheduler")


@contextlib.contextmanager
def _partial_output_removed(out: str | None, parts: tuple[str, ...] = ()) -> Iterator[None]:
    """On a failed or interrupted run, remove what the run wrote under ``--out`` (the
    partitions written before the failure would read as a complete result): the directory
    when the run created it; else what appeared in it since the run began, and what the
    directories ``parts`` (``outcomes``, ``complaints``), found empty when it began
    (:func:`_check_out`), hold now. What the directory held before is left as it was."""
    if not out:
        yield
        return
    from ipprules.scale._deps import require
    from ipprules.scale._listings import entry_name

    fs, path = require("fsspec").core.url_to_fs(out)
    base = path.rstrip("/") or path
    existed = fs.exists(path)
    held = {entry_name(p) for p in _listed(fs, path)} if existed else set()
    try:
        yield
    except BaseException:
        if not existed:
            if fs.exists(path):
                fs.rm(path, recursive=True)
            raise
        emptied = [f"{base}/{p}" for p in parts if p in held]
        made = [p for p in _listed(fs, path) if entry_name(p) not in held]
        made += [p for part in emptied for p in _listed(fs, part)]
        for entry in made:
            with contextlib.suppress(FileNotFoundError):
                fs.rm(entry, recursive=True)
        raise


def _column_needs_columns(glob: str, column: str) -> None:
    """Refuse ``--column`` when a file of ``glob`` is read as lines of text, as the command
    does without the flags ("--column needs a CSV or JSON Lines input"); the option was
    ignored for such a file, and its lines parsed."""
    from ipprules.scale._listings import file_kind, is_parquet, matching_paths, text_kind

    paths = matching_paths(glob)
    if is_parquet(glob, paths):
        return
    for path in paths:
        if file_kind(path) == "text" and text_kind(path, column) == "text":
            raise InputError("--column needs a CSV or JSON Lines input", file=path)


def run_listings(args: argparse.Namespace) -> int:
    """``ipprules listings GLOB --workers N [--dedupe [--keep-parsed]] [--out DIR]``: parse on
    Dask (``--keep-parsed``: ``parse_urls(..., keep_parsed=True)``), write the rows as Parquet
    to ``--out`` (one file per partition), print the summary."""
    if args.file == "-":
        raise InputError("standard input cannot be read with --workers or --scheduler")
    from ipprules.scale._listings import files_as_typed

    with files_as_typed(args.file):  # its files named as typed, not as the readers open them
        return _run_listings(args)


def _run_listings(args: argparse.Namespace) -> int:
    from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, print_json
    from ipprules.cli._others import holding_others_line
    from ipprules.listings import Summary
    from ipprules.scale._deps import require
    from ipprules.scale._listings import parse_urls, write_listings

    _refuse_single_machine_listings(args)
    check_options(args)
    if getattr(args, "column", None) is not None:
        _column_needs_columns(args.file, args.column)
    # the graph first: an input that cannot be read (no file matches, no URL column, a
    # broken Parquet footer) is refused before a cluster starts, as plan --workers does
    from ipprules._options import column_option

    with column_option("--column"):  # the command's option, not parse_urls' column=
        frame = parse_urls(
            args.file,
            column=getattr(args, "column", None),
            dedupe=args.dedupe,
            use_derived=args.derived_aliexpress_ids,
            keep_parsed=getattr(args, "keep_parsed", False),
        )
    dask = require("dask")
    sizes = frame.groupby(["status", "code"], dropna=False).size()
    several = frame["input"].map_partitions(_holding_others, meta=("holding", "int64")).sum()
    # (Dask makes the --out directory as it builds the to_parquet graph)
    with (
        _partial_output_removed(args.out),  # outermost: the cluster is closed when it runs
        cluster(args.workers, args.scheduler) as client,
        _out_errors(args.out),
    ):
        writes = []
        if args.out:
            # the library's writer options (cheaper to write than to_parquet's, same rows)
            writes = [write_listings(frame, args.out, compute=False)]
        # one compute: every URL is parsed once for the files and the counts
        counts, holding, *_ = dask.compute(sizes, several, *writes, scheduler=client)
    by_status: dict[str, int] = {}
    rejected: dict[str, int] = {}
    for (status, code), n in counts.items():
        by_status[status] = by_status.get(status, 0) + int(n)
        if status == "rejected":
            rejected[str(code)] = rejected.get(str(code), 0) + int(n)
    summary = Summary(
        sum(by_status.values()),
        by_status.get("listing", 0),
        by_status.get("duplicate", 0),
        dict(sorted(rejected.items())),
    )
    # the Parquet rows have no others column: the line does not send the reader to them
    end = holding_others_line(int(holding), rows_name_them=False)
    if args.format == "json":
        print_json(
            {
                "summary": {
                    "total": summary.total,
                    "parsed": summary.parsed,
                    "duplicates": summary.duplicates,
                    "rejected": summary.rejected,
                    "holding_others": int(holding),
                    "line": summary.line() + end,
                },
                "written": args.out,
            }
        )
    else:
        print(summary.line() + end)
        if args.out:
            print(f"wrote the rows as Parquet to {args.out}")
    return EXIT_FINDINGS if summary.rejected or holding else EXIT_OK


def write_parquet(frame: Any, path: Any) -> Any:
    """``frame.to_parquet(path)``, not yet computed, in files pandas' default reader reads back.

    A column of Arrow lists (the complaints' ``listings`` and ``lines``) is written with its
    Arrow list type, but from Python lists, so the pandas metadata in each file names it an
    object column: ``pd.read_parquet(path)`` gives its lists (as arrays) instead of failing on
    the ``list<item: ...>[pyarrow]`` dtype it cannot parse back, and ``dtype_backend="pyarrow"``
    still gives the Arrow lists. ``frame`` must be a Dask DataFrame and ``path`` a ``str``
    or a path, else a :class:`TypeError`.
    """
    from ipprules._args import require_instance
    from ipprules.scale._common import dask_frame
    from ipprules.scale._deps import require

    frame = dask_frame(frame, "frame")
    path = require_instance(path, (str, os.PathLike), "path")
    path = str.__str__(path) if isinstance(path, str) else path  # no subclass's own methods
    pa = require("pyarrow")
    pd = require("pandas")
    lists = [
        name
        for name, dtype in frame.dtypes.items()
        if isinstance(dtype, pd.ArrowDtype) and pa.types.is_list(dtype.pyarrow_dtype)
    ]
    if not lists:
        return frame.to_parquet(path, write_index=False, compute=False)
    schema = pa.Schema.from_pandas(frame._meta, preserve_index=False).remove_metadata()

    def as_objects(part: Any) -> Any:
        part = part.copy()
        for name in lists:
            values = part[name].tolist() if len(part) else []
            part[name] = pd.Series(
                [None if v is None else list(v) for v in values], index=part.index, dtype=object
            )
        return part

    meta = frame._meta.copy()
    for name in lists:
        meta[name] = pd.Series([], index=meta.index, dtype=object)
    return frame.map_partitions(as_objects, meta=meta).to_parquet(
        path, write_index=False, compute=False, schema=schema
    )


def _refuse_single_machine_listings(args: argparse.Namespace) -> None:
    """Refuse what only the command without the flags does (it was ignored without a word):
    ``--input`` other than ``auto`` (the Dask readers read each file as its name says) and
    ``--format csv`` (the rows go to ``--out DIR`` as Parquet; the summary prints as text or
    JSON)."""
    kind = getattr(args, "input", "auto")
    if kind != "auto":
        raise InputError(
            f"--input {kind} cannot be used with --workers or --scheduler: each file is read "
            "as its name says (.csv, .jsonl, .parquet, else text lines); rename it"
        )
    if args.format == "csv":
        raise InputError(
            "--format csv cannot be used with --workers or --scheduler: the rows go to "
            "--out DIR as Parquet; the summary prints as text or json"
        )


def _holding_others(inputs: Any) -> Any:
    """One partition's count of inputs holding other listings (a Series of one value)."""
    import pandas as pd

    from ipprules.cli._others import holding_others

    return pd.Series([holding_others(text for text in inputs if isinstance(text, str))])


def _plans_in(where: Path) -> dict[str, Any]:
    """The plans of the files ``ACCOUNT.toml``/``ACCOUNT.json`` in the directory ``where``,
    by account; two files for one account are refused (one was dropped in silence)."""
    from ipprules.checks.plan import read_plan

    plans: dict[str, Any] = {}
    files: dict[str, Path] = {}
    for path in sorted(where.iterdir()):
        if path.suffix.lower() in (".toml", ".json"):
            if path.stem in files:
                raise InputError(
                    f"two plan files for account {path.stem!r}: {files[path.stem].name} and "
                    f"{path.name}; keep one",
                    file=str(where),
                )
            files[path.stem] = path
            plans[path.stem] = read_plan(path)
    if not plans:
        raise InputError("no plan files (*.toml, *.json) in the directory", file=str(where))
    return plans


def _plans_dated(args: argparse.Namespace, plans: Any) -> tuple[Any, Any, list[Any]]:
    """The date to plan as of, the plans, and the dates the accounts are planned as of.

    As the command without the flags plans one account: ``--as-of``, else the plan's own
    ``as_of``, else today. With a directory of plans and no ``--as-of``, each account is
    planned as of its own plan's date (the date is ``None``: :func:`plan_accounts` then
    asks each plan), a plan without one as of today (every account was planned as of today).
    """
    from ipprules.cli._common import resolve_as_of, resolve_file_as_of

    if args.as_of is not None:
        return args.as_of, plans, [args.as_of]
    if not isinstance(plans, dict):  # the plan's date said on stderr, as one machine says it
        as_of = resolve_file_as_of(args, plans.as_of, "the account's")
        return as_of, plans, [as_of]
    if any(plan.as_of is None for plan in plans.values()):
        import attrs

        today = resolve_as_of(args)
        plans = {
            name: plan if plan.as_of is not None else attrs.evolve(plan, as_of=today)
            for name, plan in plans.items()
        }
    dates = sorted({plan.as_of for plan in plans.values()})
    return (dates[0] if len(dates) == 1 else None), plans, dates


def _plan_summary(
    args: argparse.Namespace,
    rulebook: Any,
    dates: list[Any],
    plans: Any,
    totals: dict[str, int],
    complaints: int,
) -> None:
    """What ``ipprules plan --workers`` prints: the rule book, date, reading and strategy (the
    first line of the command without the flags), the counts.
    ``dates``: the dates the accounts were planned as of (several: each plan's own). The
    reading is ``--interpretation``, else each plan's own (as the planner reads it), else
    the book's default."""
    from ipprules.cli._common import print_json

    book = rulebook if rulebook is not None else _embedded()
    each = plans.values() if isinstance(plans, dict) else [plans]
    readings = sorted(
        {args.interpretation or plan.interpretation or book.default_interpretation for plan in each}
    )
    reading = " or ".join(readings) + (" (each plan's own)" if len(readings) > 1 else "")
    if args.format == "json":
        several = {"plans_as_of": [dates[0], dates[-1]]} if len(dates) > 1 else {}
        several |= {"plans_interpretations": readings} if len(readings) > 1 else {}
        print_json(
            {
                "rulebook": book.label,
                **rulebook_keys(book.version),
                "as_of": dates[0] if len(dates) == 1 else None,
                **several,
                "interpretation": readings[0] if len(readings) == 1 else None,
                "strategy": args.strategy,
                "counts": totals,
                "complaints": complaints,
                "written": args.out,
            }
        )
        return
    shown = f"{dates[0]}" if len(dates) == 1 else f"each plan's date, {dates[0]} to {dates[-1]}"
    print(f"{reading_label(book.label, reading)} · as of {shown} · strategy {args.strategy}")
    print(
        f"{sum(totals.values())} line(s): {totals['planned']} planned in {complaints} "
        f"complaint(s), {totals['duplicate']} duplicate, {totals['rejected']} rejected"
    )
    if args.out:
        print(f"wrote outcomes and complaints as Parquet to {args.out}")


def _embedded() -> Any:
    from ipprules.rulebook import default_rulebook

    return default_rulebook()


#: The directories ``ipprules plan --workers --out DIR`` writes in ``DIR``.
_PLAN_PARTS = ("outcomes", "complaints")

#: The column ``run_plan`` reads each row's line in its file into (a name no file uses).
_LINE = "\x00line"


def run_plan(args: argparse.Namespace, settings: Any, rulebook: Any = None) -> int:
    """``ipprules plan GLOB --account PLANS --workers N [--out DIR]``: plan every account of the
    input (CSV or Parquet rows with an ``account`` column and a URL column, named as without
    the flags: ``url``, ``link``...) on Dask. Every line
    number (``line``, ``duplicate_of``, a complaint's ``lines``) is the row's line in its
    file, as the command numbers it without the flags (a Parquet file: its row's number).

    ``--account`` is a plan file used for every account, or a directory of plan files named
    after the accounts (``ACCOUNT.toml`` or ``ACCOUNT.json``); a row that names no account is
    rejected (``no-account``), a row of an account without a plan too (``unknown-account``).
    ``--out DIR`` writes
    ``DIR/outcomes`` and ``DIR/complaints`` as Parquet. ``settings`` are the planner's
    :class:`~ipprules.planner.Settings` that ``ipprules plan`` built from its options;
    ``rulebook`` the book ``--rules`` loaded (``None``: the embedded one), sent to the workers.
    """
    from ipprules.checks.model import Plan
    from ipprules.checks.plan import read_plan
    from ipprules.scale._planner import read_located_rows

    _refuse(args, ("open", "history"))
    kind = getattr(args, "kind", "auto")
    if kind != "auto":  # read and ignored in silence otherwise
        raise InputError(
            f"--input {kind} cannot be used with --workers or --scheduler: the rows are read "
            "from CSV or Parquet files as their names say"
        )
    if args.input == "-":
        raise InputError("standard input cannot be read with --workers or --scheduler")
    check_options(args, _PLAN_PARTS)
    where = Path(args.account)
    plans: dict[str, Plan] | Plan = _plans_in(where) if where.is_dir() else read_plan(args.account)
    from ipprules.cli._common import right_given

    right_given(plans, args.right, args.account)  # one plan, or each of a directory's
    as_of, plans, dates = _plans_dated(args, plans)
    from ipprules.cli._common import reason_given

    reason_given(rulebook, args.reason, dates, args.rules)  # exit 2 for a code no platform has then
    # text cells from CSV or Parquet; the columns the planner reads checked in every file;
    # each row numbered by its line in its file, as the command numbers a file's lines
    # without the flags (the header is line 1, blank lines counted)
    # the URL column found by the names the command reads without the flags (link, 链接...)
    from ipprules.scale._listings import files_as_typed

    with files_as_typed(args.input):  # its files named as typed, not as the readers open them
        rows, column, sources = read_located_rows(
            args.input, lines=_LINE, column=getattr(args, "column", None)
        )
        return _planned_run(args, settings, rulebook, plans, as_of, dates, rows, column, sources)


def _planned_run(
    args: argparse.Namespace,
    settings: Any,
    rulebook: Any,
    plans: Any,
    as_of: Any,
    dates: Any,
    rows: Any,
    column: str,
    sources: Any,
) -> int:
    """:func:`run_plan` once its rows are read: plan them on the cluster, print the summary."""
    from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK
    from ipprules.scale._deps import require
    from ipprules.scale._planner import plan_accounts

    dask = require("dask")
    with (
        _partial_output_removed(args.out, _PLAN_PARTS),  # outermost: after the cluster closed
        cluster(args.workers, args.scheduler) as client,
    ):
        planned = plan_accounts(
            rows,
            plans,
            as_of=as_of,
            settings=settings,
            rulebook=rulebook,
            interpretation=args.interpretation,
            column=column,
            line=_LINE,
            _sources=sources,
        )
        wanted_counts = [planned.outcomes["status"].value_counts(), planned.complaints.shape[0]]
        with _out_errors(args.out):
            writes = []
            if args.out:
                out = Path(args.out)
                writes = [
                    planned.outcomes.to_parquet(out / "outcomes", write_index=False, compute=False),
                    write_parquet(planned.complaints, out / "complaints"),
                ]
            # one compute: each account is planned once for the files and the counts
            counts, n_complaints, *_ = dask.compute(*wanted_counts, *writes, scheduler=client)
    totals = {status: int(counts.get(status, 0)) for status in ("planned", "duplicate", "rejected")}
    _plan_summary(args, rulebook, dates, plans, totals, int(n_complaints))
    return EXIT_FINDINGS if totals["rejected"] else EXIT_OK
