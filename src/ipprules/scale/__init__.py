"""Scale-out on Dask (the optional extra ``ipprules[dask]``): the same answers as one machine.

Nothing in :mod:`ipprules` imports this package; it needs ``pip install 'ipprules[dask]'``
(dask[dataframe], distributed, pyarrow). Every function builds a lazy Dask collection with
its ``meta`` declared (nothing is computed to guess column types); compute it on any Dask
scheduler (threads, processes, a ``distributed.LocalCluster``, a real cluster).

* :func:`parse_urls` - listing URLs (a Dask DataFrame, or a text/CSV/Parquet path glob) to
  one typed row per input, de-duplicated across partitions as
  :func:`ipprules.listings.dedupe` decides on one machine; :func:`write_listings` writes
  them as Parquet (with :data:`PARQUET_OPTIONS`, cheaper to write than the defaults).
* :func:`plan_accounts` - many accounts' URL lists, planned per account as
  :func:`ipprules.planner.plan_listings` plans one.
* :func:`standings` - the Good Faith standing of every account of a history with an
  ``account`` column, as :func:`ipprules.goodfaith.standing` gives it for one.
* :func:`client` - a context manager for a local cluster (``workers=N``) or an existing
  scheduler (``scheduler=ADDRESS``), as the CLI's ``--workers`` and ``--scheduler`` use it.
* :func:`quiet_worker_errors` - workers that raise this library's errors (a bad file, line
  or cell) to the client without also logging distributed's "Compute Failed" traceback.

See the docs page "Scaling out".
"""

from __future__ import annotations

from ipprules.scale._common import book_loads, quiet_worker_errors, worker_rulebook
from ipprules.scale._goodfaith import STANDING_COLUMNS, read_histories, standing_row, standings
from ipprules.scale._listings import (
    COLUMNS,
    PARQUET_OPTIONS,
    listing_meta,
    parse_partition,
    parse_urls,
    read_urls,
    write_listings,
)
from ipprules.scale._planner import (
    COMPLAINT_COLUMNS,
    NO_ACCOUNT,
    OUTCOME_COLUMNS,
    UNKNOWN_ACCOUNT,
    PlannedAccounts,
    plan_accounts,
)

__all__ = [
    "COLUMNS",
    "COMPLAINT_COLUMNS",
    "NO_ACCOUNT",
    "OUTCOME_COLUMNS",
    "PARQUET_OPTIONS",
    "STANDING_COLUMNS",
    "UNKNOWN_ACCOUNT",
    "PlannedAccounts",
    "book_loads",
    "listing_meta",
    "parse_partition",
    "parse_urls",
    "plan_accounts",
    "quiet_worker_errors",
    "read_histories",
    "read_urls",
    "standing_row",
    "standings",
    "worker_rulebook",
    "write_listings",
]
