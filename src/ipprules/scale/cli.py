"""``--workers N`` / ``--scheduler ADDRESS`` for ``ipprules listings`` and ``ipprules plan``.

The commands call :func:`add_options` to declare the flags and, when one is given
(:func:`wanted`), hand the run to :func:`run_listings` or :func:`run_plan`; without the flags
this module is not even imported.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ipprules.errors import InputError

__all__ = ["add_options", "cluster", "run_listings", "run_plan", "wanted"]


def add_options(parser: argparse.ArgumentParser) -> None:
    """Declare ``--workers`` and ``--scheduler`` (mutually exclusive)."""
    group = parser.add_argument_group("scale-out on Dask (needs ipprules[dask])")
    flags = group.add_mutually_exclusive_group()
    flags.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="run on a local Dask cluster of N worker processes; the input may then be a glob "
        "of text, CSV or Parquet files",
    )
    flags.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing Dask cluster (e.g. tcp://10.0.0.5:8786)",
    )


def wanted(args: argparse.Namespace) -> bool:
    """Whether the run goes to Dask (``--workers`` or ``--scheduler`` given)."""
    return getattr(args, "workers", None) is not None or bool(getattr(args, "scheduler", None))


@contextlib.contextmanager
def cluster(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: of a new LocalCluster (``workers`` processes of one thread),
    or of the scheduler at ``scheduler``. Closed (and the local cluster stopped) on exit."""
    from ipprules.scale._deps import require

    distributed = require("distributed")
    if scheduler:
        with distributed.Client(scheduler, set_as_default=False) as client:
            yield client
        return
    if workers is None:
        raise InputError("--out writes Parquet through Dask: give --workers N or --scheduler")
    if workers < 1:
        raise InputError(f"--workers: expected a positive number, got {workers}")
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            # a task's error reaches the user once, as the command's error (exit code 2),
            # not also as a worker's log with its traceback
            silence_logs=logging.CRITICAL,
        ) as local,
        distributed.Client(local, set_as_default=False) as client,
    ):
        print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        yield client


def _refuse(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(args, name.replace("-", "_"), None):
            raise InputError(f"--{name} cannot be used with --workers or --scheduler")


@contextlib.contextmanager
def _partial_output_removed(out: str | None) -> Iterator[None]:
    """On a failed run, remove the ``--out`` directory the run created (the partitions written
    before the failure would read as a complete result); one that existed before is left."""
    if not out:
        yield
        return
    from ipprules.scale._deps import require

    fs, path = require("fsspec").core.url_to_fs(out)
    existed = fs.exists(path)
    try:
        yield
    except BaseException:
        if not existed and fs.exists(path):
            fs.rm(path, recursive=True)
        raise


def run_listings(args: argparse.Namespace) -> int:
    """``ipprules listings GLOB --workers N [--dedupe] [--out DIR]``: parse on Dask, write the
    rows as Parquet to ``--out`` (one file per partition), print the summary."""
    from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, print_json
    from ipprules.listings import Summary
    from ipprules.scale._deps import require
    from ipprules.scale._listings import parse_urls

    if args.file == "-":
        raise InputError("standard input cannot be read with --workers or --scheduler")
    with cluster(args.workers, args.scheduler) as client:
        frame = parse_urls(
            args.file,
            column=getattr(args, "column", None) or "url",
            dedupe=args.dedupe,
            use_derived=args.derived_aliexpress_ids,
        )
        dask = require("dask")
        sizes = frame.groupby(["status", "code"], dropna=False).size()
        # (Dask makes the --out directory as it builds the graph)
        with _partial_output_removed(args.out):
            writes = []
            if args.out:
                writes = [frame.to_parquet(args.out, write_index=False, compute=False)]
            # one compute: every URL is parsed once for the files and the counts
            counts, *_ = dask.compute(sizes, *writes, scheduler=client)
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
    if args.format == "json":
        print_json(
            {
                "summary": {
                    "total": summary.total,
                    "parsed": summary.parsed,
                    "duplicates": summary.duplicates,
                    "rejected": summary.rejected,
                    "line": summary.line(),
                },
                "written": args.out,
            }
        )
    else:
        print(summary.line())
        if args.out:
            print(f"wrote the rows as Parquet to {args.out}")
    return EXIT_FINDINGS if summary.rejected else EXIT_OK


def run_plan(args: argparse.Namespace, settings: Any) -> int:
    """``ipprules plan GLOB --account PLANS --workers N [--out DIR]``: plan every account of the
    input (CSV or Parquet rows with ``account`` and ``url`` columns) on Dask.

    ``--account`` is a plan file used for every account, or a directory of plan files named
    after the accounts (``ACCOUNT.toml`` or ``ACCOUNT.json``). ``--out DIR`` writes
    ``DIR/outcomes`` and ``DIR/complaints`` as Parquet. ``settings`` are the planner's
    :class:`~ipprules.planner.Settings` that ``ipprules plan`` built from its options.
    """
    from ipprules._files import read_document, structure_document
    from ipprules.checks.model import Plan
    from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, print_json
    from ipprules.scale._deps import require
    from ipprules.scale._goodfaith import read_histories
    from ipprules.scale._planner import plan_accounts

    _refuse(args, ("open", "history"))
    if args.input == "-":
        raise InputError("standard input cannot be read with --workers or --scheduler")
    where = Path(args.account)
    plans: dict[str, Plan] | Plan
    if where.is_dir():
        plans = {}
        for path in sorted(where.iterdir()):
            if path.suffix.lower() in (".toml", ".json"):
                plans[path.stem] = structure_document(read_document(str(path)), Plan)
        if not plans:
            raise InputError("no plan files (*.toml, *.json) in the directory", file=str(where))
    else:
        plans = structure_document(read_document(args.account), Plan)
    as_of = args.as_of or (None if isinstance(plans, dict) else plans.as_of)
    if as_of is None:
        from ipprules.cli._common import resolve_as_of

        as_of = resolve_as_of(args)
    # text cells from CSV or Parquet; the columns the planner reads checked in every file
    rows = read_histories(args.input, text="url", require_columns=("account", "url"))
    dask = require("dask")
    with cluster(args.workers, args.scheduler) as client:
        planned = plan_accounts(
            rows, plans, as_of=as_of, settings=settings, interpretation=args.interpretation
        )
        wanted_counts = [planned.outcomes["status"].value_counts(), planned.complaints.shape[0]]
        with _partial_output_removed(args.out):
            writes = []
            if args.out:
                out = Path(args.out)
                writes = [
                    planned.outcomes.to_parquet(out / "outcomes", write_index=False, compute=False),
                    planned.complaints.to_parquet(
                        out / "complaints", write_index=False, compute=False
                    ),
                ]
            # one compute: each account is planned once for the files and the counts
            counts, n_complaints, *_ = dask.compute(*wanted_counts, *writes, scheduler=client)
    totals = {status: int(counts.get(status, 0)) for status in ("planned", "duplicate", "rejected")}
    if args.format == "json":
        print_json({"counts": totals, "complaints": int(n_complaints), "written": args.out})
    else:
        print(
            f"{sum(totals.values())} line(s): {totals['planned']} planned in {n_complaints} "
            f"complaint(s), {totals['duplicate']} duplicate, {totals['rejected']} rejected"
        )
        if args.out:
            print(f"wrote outcomes and complaints as Parquet to {args.out}")
    return EXIT_FINDINGS if totals["rejected"] else EXIT_OK
