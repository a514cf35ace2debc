"""The planner at scale: many accounts' URL lists, planned per account in parallel.

The rows are shuffled by account, so each account's rows sit in one partition; each account
is then planned by :func:`ipprules.planner.plan_listings` on its own rows in input order
(line numbers 1, 2... over that account's rows), exactly as if the account's list had been
planned alone.
"""

from __future__ import annotations

import datetime as dt
import numbers
import operator
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

# the rows plan_accounts rejects before planning, by code: the message each row carries
# (ipprules explain CODE shows it, from the one table of codes)
from ipprules._codes import ACCOUNT_REJECTIONS
from ipprules.scale._common import (
    account_name,
    by_group,
    dask_frame,
    dtype,
    is_account,
    named,
    numbered,
    parquet_account,
    refuse_second_account_column,
    refuse_twice,
    shared,
    text_column,
    with_article,
    worker_rulebook,
)
from ipprules.scale._deps import Bag, DaskFrame, PandasFrame, require
from ipprules.scale._listings import files_as_typed

if TYPE_CHECKING:
    from ipprules.checks.model import Plan
    from ipprules.errors import InputError
    from ipprules.planner import PlanningResult, Settings
    from ipprules.rulebook import RuleBook
    from ipprules.scale._goodfaith import Sources

__all__ = ["COMPLAINT_COLUMNS", "OUTCOME_COLUMNS", "PlannedAccounts", "plan_accounts"]

#: One row per input row: its account, line (1-based over the account's rows), source
#: partition and position, and what became of it (as :class:`ipprules.planner.LineOutcome`);
#: a duplicate's ``duplicate_of_partition`` is the source partition of the row
#: ``duplicate_of`` names (its line number alone does not tell which file's line it is when
#: an account's rows come from several files; within a partition its lines increase).
OUTCOME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("account", "string"),
    ("line", "int64"),
    ("partition", "int64"),
    ("position", "int64"),
    ("url", "string"),
    ("status", "string"),
    ("complaint", "string"),
    ("duplicate_of", "Int64"),
    ("duplicate_of_partition", "Int64"),
    ("code", "string"),
    ("message", "string"),
    ("canonical_url", "string"),
)
#: One row per planned complaint of an account.
COMPLAINT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("account", "string"),
    ("complaint", "string"),
    ("platform", "string"),
    ("right", "string"),
    ("reason", "string"),
    ("target", "string"),
    ("channel", "string"),
    ("order_number", "string"),
    ("listings", "list"),
    ("lines", "list_int"),
    ("quarantined", "bool"),
    ("confidence", "string"),
    ("confidence_float", "float64"),
)
#: The code of rows whose account has no plan.
UNKNOWN_ACCOUNT = "unknown-account"
#: The code of rows that name no account (an empty, white-space or missing cell): no plan is
#: chosen for them, not even a single plan given for every account.
NO_ACCOUNT = "no-account"
#: the frame's column of :attr:`~ipprules.planner.PlanLine.elsewhere` (with ignored columns)
_ELSEWHERE = "_ipprules_elsewhere"
_OPTIONAL = ("right", "reason", "target", "confidence", "order_number", "notes")


def _empty(columns: tuple[tuple[str, str], ...]) -> PandasFrame:
    pd = require("pandas")
    return pd.DataFrame({name: pd.Series([], dtype=dtype(kind)) for name, kind in columns})


def _frame(columns: tuple[tuple[str, str], ...], data: dict[str, list[Any]]) -> PandasFrame:
    pd = require("pandas")
    return pd.DataFrame({name: pd.array(data[name], dtype=dtype(kind)) for name, kind in columns})


@attrs.frozen
class PlannedAccounts:
    """The lazy results of :func:`plan_accounts` (nothing runs until you compute).

    ``outcomes`` (one row per input row, :data:`OUTCOME_COLUMNS`) and ``complaints`` (one
    row per complaint, :data:`COMPLAINT_COLUMNS`) are Dask DataFrames; ``results`` is a Dask
    Bag of ``(account, PlanningResult)`` (each without its ``book``, the rule book, which
    is not sent back from the workers: ``project(result, rulebook=book)`` and
    ``result.text(rulebook=book)`` project on a book given to :func:`plan_accounts`).
    ``outcomes`` and ``complaints`` come from the same tasks: compute them together
    (``dask.compute(p.outcomes, p.complaints)``) and each account is planned once.
    Dask cannot share tasks between DataFrames and a Bag, so
    ``dask.compute(p.outcomes, p.complaints, p.results)`` would plan every account twice:
    :meth:`compute` gives all three from one planning of each account.

    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> from ipprules.checks import read_plan
    >>> from ipprules.planner import Settings
    >>> rows = pd.DataFrame({"account": ["acme"], "url": [
    ...     "https://item.taobao.com/item.htm?id=606832683299"]})
    >>> planned = plan_accounts(dd.from_pandas(rows, npartitions=1),
    ...     read_plan("examples/plan.toml"), as_of="2026-11-23",
    ...     settings=Settings(reason="tm_counterfeit", right="tm-cn-9"))
    >>> with dask.config.set(scheduler="synchronous"):
    ...     outcomes, complaints = dask.compute(planned.outcomes, planned.complaints)
    >>> len(outcomes), complaints[["account", "platform", "reason"]].values.tolist()
    (1, [['acme', 'taobao', 'tm_counterfeit']])
    """

    outcomes: DaskFrame
    complaints: DaskFrame
    results: Bag
    _parts: tuple[Any, ...] = attrs.field(default=(), init=False, eq=False, repr=False)

    def compute(
        self, **options: Any
    ) -> tuple[PandasFrame, PandasFrame, list[tuple[str | None, PlanningResult]]]:
        """The outcomes, the complaints (pandas DataFrames, as ``.compute()`` of each gives
        them) and the results (a list, as ``results.compute()`` gives it), each account
        planned once; ``options`` go to :func:`dask.compute` (``scheduler=...``).

        >>> import dask.dataframe as dd, pandas as pd
        >>> from ipprules.checks import read_plan
        >>> from ipprules.planner import Settings
        >>> rows = pd.DataFrame({"account": ["acme", "acme"], "url": [
        ...     "https://item.taobao.com/item.htm?id=606832683299",
        ...     "https://item.taobao.com/item.htm?id=606832683299"]})
        >>> planned = plan_accounts(dd.from_pandas(rows, npartitions=1),
        ...     read_plan("examples/plan.toml"), as_of="2026-11-23",
        ...     settings=Settings(reason="tm_counterfeit", right="tm-cn-9"))
        >>> outcomes, complaints, results = planned.compute(scheduler="synchronous")
        >>> outcomes["status"].tolist(), len(complaints), [a for a, _ in results]
        (['planned', 'duplicate'], 1, ['acme'])
        """
        _scheduler_checked(options.get("scheduler"))
        if not self._parts:  # built by hand, not by plan_accounts: nothing shared to reuse
            outcomes, complaints = require("dask").compute(
                self.outcomes, self.complaints, **options
            )
            return outcomes, complaints, list(self.results.compute(**options))
        done = require("dask").compute(*self._parts, **options)
        pd = require("pandas")
        return (
            pd.concat([part[0] for part in done]),
            pd.concat([part[1] for part in done]),
            [pair for part in done for pair in part[2]],
        )


def _check_arguments(
    as_of: object,
    settings: object,
    rulebook: object,
    interpretation: object,
    account: object,
    column: object,
    line: object = None,
) -> None:
    """Refuse wrong argument types when the graph is built, not in a worker (and not only
    once a row of a planned account reaches the argument)."""
    from ipprules._args import require_instance, require_optional_str, require_str
    from ipprules._dates import as_date
    from ipprules.planner import Settings
    from ipprules.rulebook import RuleBook

    if as_of is not None:
        as_date(as_of, "as-of date", name="as_of")  # type: ignore[arg-type]  # as on one machine
    if settings is not None:
        require_instance(settings, Settings, "settings")
    if rulebook is not None:
        require_instance(rulebook, RuleBook, "rulebook")
    require_optional_str(interpretation, "interpretation")
    require_str(account, "account")
    require_str(column, "column")
    if line is not None:
        require_str(line, "line")


def plan_accounts(
    source: DaskFrame,
    plans: Mapping[str, Plan] | Plan,
    *,
    as_of: dt.date | str | None = None,
    settings: Settings | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    account: str = "account",
    column: str = "url",
    line: str | None = None,
    _sources: Sources | None = None,
) -> PlannedAccounts:
    """Plan every account's URLs in parallel: ``plans[account]`` gives its rights (a single
    :class:`~ipprules.checks.model.Plan` is used for every account).

    ``source`` has an ``account`` column, a ``column`` of URLs and optionally the planner's
    CSV columns (``right``, ``reason``, ``target``, ``confidence``, ``order_number``,
    ``notes``, as text), named as the planner's CSV reader reads them (``Order Number``,
    ``reason code``); other columns are ignored (a row's listing in one is pointed at, as
    ``PlanLine.elsewhere``), one named like a misspelt planner column refused, as on one
    machine. Account names are text (whole numbers are read as their digits). Rows whose
    account has no plan are rejected with the code ``unknown-account``, and rows that name no
    account (an empty, white-space only or missing cell) with ``no-account``, also when one
    plan is given for every account (they belong to none): their ``account`` is missing
    (``<NA>``) whatever the cell held, and they are numbered together in input order; every
    input row comes out exactly once.

    Each account's rows are planned numbered 1, 2... in input order; ``line`` names a column
    of the rows' own line numbers (``read_histories(..., lines=...)`` gives each row's line
    in its file, as ``ipprules plan`` numbers it on one machine): every line number of the
    results (``line``, ``duplicate_of``, a complaint's ``lines``, and the planning results)
    is then the row's number from that column (from 1), and so is the line a bad cell (a
    confidence of 2) is named at in the :class:`~ipprules.errors.InputError` it raises.
    (``_sources``, internal: the files of ``source``'s partitions, as ``ipprules plan
    --workers`` reads them, so that a bad cell is named at its file, line and column.)

    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> from ipprules.checks import read_plan
    >>> from ipprules.planner import Settings
    >>> plan = read_plan("examples/plan.toml")
    >>> rows = pd.DataFrame({"account": ["acme", "acme", "other"], "url": [
    ...     "https://item.taobao.com/item.htm?id=606832683299",
    ...     "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
    ...     "https://s.taobao.com/search?q=acme"]})
    >>> planned = plan_accounts(dd.from_pandas(rows, npartitions=2), {"acme": plan},
    ...     as_of="2026-11-23", settings=Settings(reason="tm_counterfeit", right="tm-cn-9"))
    >>> with dask.config.set(scheduler="synchronous"):
    ...     out = planned.outcomes.compute().sort_values(["account", "line"])
    >>> for row in out[["account", "line", "status", "duplicate_of", "code"]].values.tolist():
    ...     print(row)
    ['acme', 1, 'planned', <NA>, <NA>]
    ['acme', 2, 'duplicate', 1, <NA>]
    ['other', 1, 'rejected', <NA>, 'unknown-account']
    """
    delayed = require("dask").delayed
    source = dask_frame(source, "source")
    _check_arguments(as_of, settings, rulebook, interpretation, account, column, line)
    frame, extra = _rows(source, account, column, line)
    # the task shuffle: its partitions leave the expression graph (to_delayed, for the bag of
    # results), which a P2P shuffle's barrier does not survive on a distributed cluster
    shuffled = frame.shuffle(on=account, npartitions=frame.npartitions, shuffle_method="tasks")
    from ipprules.checks.model import Plan

    plan_task = shared(plans if isinstance(plans, Plan) else _plans_by_name(plans))
    book_task = shared(rulebook)
    given = (
        plan_task, book_task, as_of, settings, interpretation, account, column, extra, line,
        _sources,
    )  # fmt: skip
    parts = [delayed(_plan_partition, pure=True)(part, *given) for part in shuffled.to_delayed()]
    return _collected(parts)


def _collected(parts: list[Any]) -> PlannedAccounts:
    """:func:`plan_accounts`' result from its partitions' delayed ``(outcomes, complaints,
    results)``."""
    getter = require("dask").delayed(operator.getitem, pure=True)
    dd = require("dask.dataframe")
    outcomes = dd.from_delayed(
        [getter(p, 0) for p in parts], meta=_empty(OUTCOME_COLUMNS), verify_meta=False
    )
    complaints = dd.from_delayed(
        [getter(p, 1) for p in parts], meta=_empty(COMPLAINT_COLUMNS), verify_meta=False
    )
    results = require("dask.bag").from_delayed([getter(p, 2) for p in parts])
    return _planned(outcomes, complaints, results, parts)


def _scheduler_checked(scheduler: object) -> None:
    """A scheduler named by a string Dask does not know is an
    :class:`~ipprules.errors.UnknownNameError` (Dask's own ``ValueError`` before); one that is
    neither a name, a function, a client nor an executor (``scheduler=1``) a
    :class:`TypeError`, and ``"distributed"`` with no client made an
    :class:`~ipprules.errors.IpprulesError` (Dask's ``ValueError`` and ``RuntimeError``)."""
    from concurrent.futures import Executor

    if isinstance(scheduler, str):
        known = [*require("dask.base").named_schedulers, "distributed", "dask.distributed"]
        if scheduler.lower() not in known:
            from ipprules.errors import UnknownNameError

            raise UnknownNameError("scheduler", scheduler, known)
        if scheduler.lower() in ("distributed", "dask.distributed"):
            from ipprules.errors import IpprulesError

            try:
                require("distributed").get_client()
            except (ValueError, ImportError, IpprulesError):
                raise IpprulesError(
                    f"scheduler {scheduler!r}: no Dask client is active (make one first: "
                    "distributed.Client(...))"
                ) from None
    elif not (
        scheduler is None
        or callable(scheduler)
        or isinstance(scheduler, Executor)
        or ("Client" in type(scheduler).__name__ and hasattr(scheduler, "get"))
    ):
        raise TypeError(
            "scheduler must be a name (such as 'synchronous'), a function, a Dask client or an "
            f"executor, got {type(scheduler).__name__}"
        )


def _planned(
    outcomes: DaskFrame, complaints: DaskFrame, results: Bag, parts: Any
) -> PlannedAccounts:
    """The :class:`PlannedAccounts` of ``parts``, the tasks the three collections share."""
    planned = PlannedAccounts(outcomes=outcomes, complaints=complaints, results=results)
    object.__setattr__(planned, "_parts", tuple(parts))
    return planned


def _rows(
    source: DaskFrame, account: str, column: str, line: str | None
) -> tuple[DaskFrame, tuple[str, ...]]:
    """The rows :func:`plan_accounts` plans: the ``account``, ``column`` and ``line`` columns
    (each refused when missing) and the planner's columns (by the planner's names, which it
    gives too), numbered by partition and position, the accounts read as names."""
    from ipprules.errors import InputError
    from ipprules.scale._listings import _missing_column

    own = (line,) if line is not None else ()
    for name in (account, column, *own):
        if name not in source.columns and name == column:  # the one named like a link
            raise _missing_column(column, source.columns)
        if name not in source.columns:
            shown = ", ".join(str(c) for c in source.columns)
            raise InputError(f"no column {name!r} (columns: {shown})", path=f"$.{name}")
    # (the one-machine message pointing to --workers before)
    refuse_second_account_column(source.columns, account, "the planner's own")
    refuse_twice(source.columns, account, "accounts")
    refuse_twice(source.columns, column, "URLs")
    if account == column:  # was "the column 'url' is named twice", naming neither argument
        raise InputError(
            f"account and column both name {column!r}: the accounts and the URLs are two columns",
            path=f"$.{column}",
        )
    if line is not None:
        # the account or URL column as the line numbers was an AttributeError in a worker,
        # a column of text a ValueError from int()
        if line in (account, column):
            what = "accounts" if line == account else "URLs"
            raise InputError(
                f"line: {line!r} is the column of the {what}; name a column of line numbers",
                path=f"$.{line}",
            )
        refuse_twice(source.columns, line, "line numbers")
        kind = source._meta[line].dtype
        if not require("pandas").api.types.is_integer_dtype(kind):
            raise InputError(
                f"line: the column {line!r} holds {kind} values, not line numbers (whole numbers)",
                path=f"$.{line}",
            )
    text_column(source, column, column)
    picked = _planner_columns(source.columns, account, column, line)
    chosen = source[[account, column, *picked, *own]].rename(columns=picked)
    cells = [c for c in source.columns if c not in (account, *own)]  # a CSV row's cells
    if len(cells) > 1 + len(picked):  # ignored columns: one may hold the row's listing
        from ipprules.planner.inputs import _column_said

        pointers = source[cells].map_partitions(
            _pointers, cells, column, _column_said(), meta=(_ELSEWHERE, "object")
        )
        chosen = chosen.assign(**{_ELSEWHERE: pointers})
    return named(numbered(chosen), account, blank_missing=True), tuple(picked.values())


def _pointers(part: PandasFrame, cells: list[Any], column: str, option: str) -> Any:
    """For each row of ``part``, the pointer to another cell (of ``cells``, the columns as a
    CSV row holds them) holding its listing when its URL cell (``column``) holds none, as
    ``ipprules plan`` says it on one machine (:attr:`~ipprules.planner.PlanLine.elsewhere`),
    naming ``option`` (``--column``, ``column=``); ``None`` for any other row."""
    from ipprules.listings.columns import listing_elsewhere
    from ipprules.planner.inputs import _elsewhere_said
    from ipprules.scale._goodfaith import _texts as texts

    at, written = cells.index(column), [str(c).strip() for c in cells]
    rows = zip(*(texts(part[c]) for c in cells), strict=True)
    found = (listing_elsewhere(list(row), at, written) for row in rows)
    said = [None if f is None else _elsewhere_said(*f, written[at], option) for f in found]
    return require("pandas").Series(said, index=part.index, dtype=object, name=_ELSEWHERE)


def _plans_by_name(plans: Mapping[Any, Plan]) -> dict[str | None, Plan]:
    """The plans by account name (:func:`account_name`: ``101`` is ``"101"``); two keys
    naming one account are an :class:`~ipprules.errors.InputError` (one would be dropped).
    ``plans`` that is neither a :class:`Plan` nor a mapping, or a value that is not a
    :class:`Plan`, is a :class:`TypeError` now, not in a worker (a list of plans or a str
    was a ``ValueError`` from ``dict()``, a ``None`` plan made its account unknown), and so
    is a key that is neither text nor a whole number (``None`` was taken without a word)."""
    from ipprules.checks.model import Plan

    if not isinstance(plans, Mapping):
        got = type(plans).__name__
        raise TypeError(f"plans must be a Plan or a mapping of account names to Plans, got {got}")
    out: dict[str | None, Plan] = {}
    given: dict[str | None, Any] = {}
    for key, plan in plans.items():
        if not isinstance(plan, Plan):
            raise TypeError(f"plans[{key!r}] must be a Plan, got {type(plan).__name__}")
        if isinstance(key, bool) or not isinstance(key, (str, numbers.Integral)):
            # None (or NaN) was taken as the key of no account and dropped without a word
            raise TypeError(
                f"plans: the key {key!r} must be an account name (text, or a whole number "
                f"read as its digits), got {type(key).__name__}"
            )
        name = account_name(key, "plans")
        if name in given:
            from ipprules.errors import InputError

            raise InputError(
                f"the plans name account {name!r} twice ({given[name]!r} and {key!r})",
                path=f"$.plans[{name!r}]",
            )
        given[name] = key
        out[name] = plan
    return out


def _planner_columns(
    columns: Any, account: str, column: str, line: str | None = None
) -> dict[Any, str]:
    """The source's planner columns (by their name in the source: the planner's name), read
    as :func:`ipprules.planner.read_lines` reads a CSV header; a misspelt one is an
    :class:`~ipprules.errors.InputError`, as there."""
    from ipprules.planner.inputs import _column_name, _columns_checked

    picked: dict[Any, str] = {}
    header = ["url"]
    for name in columns:
        if name in (account, column, line):
            continue
        normal = _column_name(str(name))
        if normal == "url":  # beside the column --column picked: ignored, as on one machine
            normal = f"{name} (not read)"
        header.append(normal)
        if normal in _OPTIONAL:
            picked[name] = normal
    _columns_checked(header, "the planner's rows")
    return picked


def _plan_partition(
    frame: PandasFrame,
    plans: Mapping[str, Plan] | Plan,
    book: RuleBook | None,
    as_of: dt.date | str | None,
    settings: Settings | None,
    interpretation: str | None,
    account: str,
    column: str,
    extra: tuple[str, ...],
    line: str | None = None,
    sources: Sources | None = None,
) -> tuple[PandasFrame, PandasFrame, list[tuple[str | None, PlanningResult]]]:
    from ipprules.planner import plan_listings

    rulebook = worker_rulebook(book)
    out: dict[str, list[Any]] = {name: [] for name, _ in OUTCOME_COLUMNS}
    made: dict[str, list[Any]] = {name: [] for name, _ in COMPLAINT_COLUMNS}
    results: list[tuple[str | None, PlanningResult]] = []
    accounts = _accounts_read(frame, plans, account, column, extra, line, sources)
    for name, own, urls, places, plan, lines in accounts:
        if plan is None:
            code = UNKNOWN_ACCOUNT if name and name.strip() else NO_ACCOUNT
            for n, (url, (part, pos)) in enumerate(zip(urls, places, strict=True), start=1):
                _outcome(
                    out,
                    name,
                    part,
                    pos,
                    n if own is None else own[n - 1],
                    url,
                    "rejected",
                    code=code,
                )
            continue
        result = plan_listings(
            lines,
            plan,
            as_of=as_of,
            settings=settings,
            rulebook=rulebook,
            interpretation=interpretation,
        )
        # the partition of the row each duplicate names, from the lines as numbered 1, 2...
        firsts = [
            None if o.duplicate_of is None else places[o.duplicate_of - 1][0]
            for o in result.outcomes
        ]
        if own is not None:
            result = _renumbered(result, own)
        # without the rule book it was given: a --rules book pickled back with every account's
        # result from the worker was about 250 KB an account (project(..., rulebook=) gives it)
        results.append((name, attrs.evolve(result, book=None) if result.book else result))
        for o, (part, pos), first in zip(result.outcomes, places, firsts, strict=True):
            _outcome(out, name, part, pos, o.line, o.url, o.status.value, o, first=first)
        for p in result.complaints:
            c = p.complaint
            values = (
                name,
                c.id,
                c.platform,
                c.right,
                c.reason,
                c.target.value,
                c.channel.value,
                c.order_number,
                list(c.listings),
                list(p.lines),
                p.quarantined,
                None if p.confidence is None else str(p.confidence),
                None if p.confidence is None else float(p.confidence),
            )
            for (column_name, _), value in zip(COMPLAINT_COLUMNS, values, strict=True):
                made[column_name].append(value)
    return _frame(OUTCOME_COLUMNS, out), _frame(COMPLAINT_COLUMNS, made), results


def _own_lines(
    values: list[Any], line: str, account: str | None, parts: list[int] | None = None
) -> list[int]:
    """An account's line numbers from the ``line`` column: whole numbers from 1, as
    :func:`~ipprules.planner.plan_listings` takes them (a missing one, or 0 or less, an
    :class:`~ipprules.errors.InputError` naming the column and the account; they were a
    ``TypeError`` from ``int(pd.NA)``, or planned as lines 0 and -1). Within one input
    partition (``parts``, each row's: one file of ``ipprules plan --workers``) they must
    increase, as ``plan_listings`` refuses them otherwise: the same number twice named two
    rows by one line; rows of several partitions may share numbers (each file numbers its
    own lines), told apart by their partition."""
    from ipprules.errors import InputError

    out: list[int] = []
    last: dict[int, int] = {}
    for at, value in enumerate(values):
        try:
            number: int | None = operator.index(value)  # an int; pd.NA, None: missing
        except TypeError:
            number = None
        if number is None or number < 1:
            shown = "a missing value" if number is None else number
            raise InputError(
                f"line: the column {line!r} holds {shown} for account {account!r}: line "
                "numbers are whole numbers from 1",
                path=f"$.{line}",
            )
        part = 0 if parts is None else parts[at]
        if part in last and number <= last[part]:
            raise InputError(
                f"line: the column {line!r} holds line {number} after line {last[part]} for "
                f"account {account!r} in input partition {part}: line numbers must increase "
                "along the input (rows of several files: give each file its own partition)",
                path=f"$.{line}",
            )
        last[part] = number
        out.append(number)
    return out


def _accounts_read(
    frame: PandasFrame,
    plans: Mapping[str, Plan] | Plan,
    account: str,
    column: str,
    extra: tuple[str, ...],
    line: str | None,
    sources: Sources | None,
) -> list[
    tuple[str | None, list[int] | None, list[str], list[tuple[int, int]], Plan | None, list[Any]]
]:
    """Each account of a partition (accounts in order): its name, its rows' own line numbers
    (``line``), URLs, input places, plan (``None``: none, or no account) and
    :class:`~ipprules.planner.PlanLine` (for an account with a plan). Every account's lines
    are read before any is planned: with bad cells in several accounts, the one first in
    input order is said (as one machine reads a file: its first bad line), not the one of
    the account first by name."""
    from ipprules.errors import InputError

    accounts = []
    failed: tuple[tuple[int, int], InputError] | None = None
    for key, group in by_group(frame, account):
        name = account_name(key, account)
        parts = group["partition"].tolist()
        own = None if line is None else _own_lines(group[line].tolist(), line, name, parts)
        urls = _texts(group[column].tolist(), column, name, own)
        places = list(zip(parts, group["position"].tolist(), strict=True))
        again = _header_row(group, urls, column, extra, places, own, sources, account)
        if again is not None and (failed is None or places[again[0]] < failed[0]):
            failed = (places[again[0]], again[1])
        if not (name and name.strip()):  # no account: planned for none, whatever the plans
            plan = None
        elif isinstance(plans, Mapping):
            plan = plans.get(name)
        else:
            plan = plans
        lines: list[Any] = []
        if plan is not None:
            bad: list[int] = []
            try:
                # the account's own right ids: a right cell naming one exactly is that right,
                # separators and all, as ipprules plan reads it on one machine (read_lines)
                ids = frozenset(r.id for r in plan.rights)
                lines = _lines(group, urls, extra, name, own, places, sources, bad, ids)
                if _ELSEWHERE in group:  # the listing in another column: said on rejection
                    said = group[_ELSEWHERE].tolist()
                    lines = [
                        p if type(e) is not str else p._replace(elsewhere=e)
                        for p, e in zip(lines, said, strict=True)
                    ]
            except InputError as exc:
                if failed is None or places[bad[0]] < failed[0]:
                    failed = (places[bad[0]], exc)
        accounts.append((name, own, urls, places, plan, lines))
    if failed is not None:
        raise failed[1]
    return accounts


def _header_row(
    group: PandasFrame,
    urls: list[str],
    column: str,
    extra: tuple[str, ...],
    places: list[tuple[int, int]],
    own: list[int] | None,
    sources: Sources | None,
    account: str,
) -> tuple[int, InputError] | None:
    """The first of an account's rows (``group``, its URL cells ``urls``, its input
    ``places``) that is a header again, and its error, as the one-machine planner says it
    (:func:`ipprules.planner.inputs.read_lines`): the header again (``cat jan.csv feb.csv``:
    :data:`ipprules._files.HEADER_AGAIN`), or a header naming a column otherwise (two
    exports joined, a column renamed between them: :func:`ipprules._files.header_renamed`),
    at its line in its file. A row is looked at only when its URL cell names the URL
    ``column``; its file is read again (an error path) where ``sources`` name one, and the
    row judged on all its cells but the ``account`` column's, as one machine judges a file
    of the account's rows without that column. Without a file, a row is the
    header again when each of its planner cells (``extra``) names that planner column,
    written as a header writes them (case, spaces, a byte-order mark do not count).
    ``None`` if no row is."""
    from ipprules._files import column_name
    from ipprules.planner.inputs import _column_name

    want, longest = column_name(str(column)), len(str(column)) + 8
    for n, url in enumerate(urls):
        if len(url) <= longest and column_name(url) == want:
            said = _header_said(sources, places[n], account)
            if said is not None:
                if said[0] is None:
                    continue  # no header, read on all its cells: its cells are read as a row's
                return n, said[0]
            cells = (_text(group[e].iloc[n]) for e in extra)
            if all(_column_name(c) == e for c, e in zip(cells, extra, strict=True)):
                return n, _header_again(places[n], own, n, sources)
    return None


def _header_said(
    sources: Sources | None, place: tuple[int, int], account: str
) -> tuple[InputError | None] | None:
    """What one machine says of the row at input ``place`` as a header again (``(None,)``:
    it is none), read on all its cells in its file but the ``account`` column's; ``None``
    where ``sources`` name no file for it."""
    from ipprules._files import (
        HEADER_AGAIN,
        column_name,
        header_again,
        header_renamed,
        named_width,
    )
    from ipprules.errors import InputError
    from ipprules.planner.inputs import _column_name
    from ipprules.scale._goodfaith import record_cells

    found = None if sources is None else record_cells(sources, *place)
    if found is None:
        return None
    path, line, names, cells, _, _ = found
    names = names[: named_width(names)]
    read = [column_name(c) for c in names]
    if column_name(account) in read:  # the account column: one machine reads none
        at = read.index(column_name(account))
        names, cells = names[:at] + names[at + 1 :], cells[:at] + cells[at + 1 :]
    if header_again(cells, [column_name(c) for c in names]):
        return (InputError(HEADER_AGAIN, file=path, line=line, column=1),)
    renamed = header_renamed(cells, [_column_name(c) for c in names])
    return (None if renamed is None else InputError(renamed, file=path, line=line, column=1),)


def _header_again(
    place: tuple[int, int], own: list[int] | None, n: int, sources: Sources | None
) -> InputError:
    """The error of a row (at input ``place``, the account's ``n``-th from 0) that is the
    header again, at its line in its file where ``sources`` tell it, as one machine says it
    (:data:`ipprules._files.HEADER_AGAIN`); else at its own line (``own``) or its place
    among the account's rows."""
    from ipprules._files import HEADER_AGAIN
    from ipprules.errors import InputError
    from ipprules.scale._goodfaith import cell_place

    found = None if sources is None else cell_place(sources, *place, None)
    if found is not None:
        return InputError(HEADER_AGAIN, file=found[0], line=found[1], column=1)
    return InputError(HEADER_AGAIN, line=n + 1 if own is None else own[n], column=1)


def _renumbered(result: PlanningResult, own: list[int]) -> PlanningResult:
    """``result`` of lines numbered 1, 2... with every line number ``n`` made ``own[n - 1]``
    (the rows' own line numbers: outcomes, ``duplicate_of``, the complaints' lines)."""
    outcomes = tuple(
        o._replace(
            line=own[o.line - 1],
            duplicate_of=None if o.duplicate_of is None else own[o.duplicate_of - 1],
        )
        for o in result.outcomes
    )
    complaints = tuple(
        attrs.evolve(p, lines=tuple(own[n - 1] for n in p.lines)) for p in result.complaints
    )
    return attrs.evolve(result, outcomes=outcomes, complaints=complaints)


def _outcome(
    out: dict[str, list[Any]],
    account: str | None,
    part: int,
    pos: int,
    line: int,
    url: str,
    status: str,
    o: Any = None,
    code: str = UNKNOWN_ACCOUNT,
    first: int | None = None,
) -> None:
    out["account"].append(account)
    out["line"].append(line)
    out["partition"].append(part)
    out["position"].append(pos)
    out["url"].append(url)
    out["status"].append(status)
    if o is None:
        out["complaint"].append(None)
        out["duplicate_of"].append(None)
        out["duplicate_of_partition"].append(None)
        out["code"].append(code)
        out["message"].append(ACCOUNT_REJECTIONS[code])
        out["canonical_url"].append(None)
        return
    out["complaint"].append(o.complaint)
    out["duplicate_of"].append(o.duplicate_of)
    out["duplicate_of_partition"].append(first)
    out["code"].append(o.code)
    out["message"].append(o.message)
    out["canonical_url"].append(o.canonical_url)


def _text(value: Any) -> str:
    from ipprules.scale._goodfaith import _text as text

    return text(value)


def _lines(
    group: PandasFrame,
    urls: list[str],
    extra: tuple[str, ...],
    name: str | None,
    own: list[int] | None = None,
    places: list[tuple[int, int]] | None = None,
    sources: Sources | None = None,
    bad: list[int] | None = None,
    rights: frozenset[str] = frozenset(),
) -> list[Any]:
    """The account's rows as :class:`~ipprules.planner.PlanLine` numbered 1, 2...; a bad
    cell (a confidence of 2) is an :class:`~ipprules.errors.InputError` naming the account
    and the row's line: its own (``own``, the rows' line numbers) where given, as ``ipprules
    plan`` names it on one machine, else its place among the account's rows; its file and
    column too where ``places`` (each row's input partition and position) and ``sources``
    tell them (:func:`~ipprules.scale._goodfaith.cell_place`). The bad row's index is
    appended to ``bad``, where given. A right cell naming exactly one of ``rights`` (the
    account's right ids) is that right, as on one machine; one naming several values
    (``a;b``, ``a|b``, ``a, b``), or a reason, target or order number cell naming several,
    is refused citing the rule, by the one machine's own reading of a row."""
    from ipprules.errors import InputError
    from ipprules.planner import PlanLine

    if not extra:
        return [PlanLine(line=n, url=u) for n, u in enumerate(urls, start=1)]
    from ipprules.planner.inputs import _line

    header = ["url", *extra]
    cells = [group[c].tolist() for c in extra]
    lines = []
    for n, url in enumerate(urls, start=1):
        if not url.strip():  # a missing URL: a rejected line, whatever the other cells say
            lines.append(PlanLine(line=n, url=url))
            continue
        row = {"url": url}
        for column_name, values in zip(extra, cells, strict=True):
            value = values[n - 1]
            row[column_name] = _text(value)
        try:
            lines.append(_line(row, header, n, name or "<no account>", rights=rights))
        except InputError as exc:
            if bad is not None:
                bad.append(n - 1)
            problem = exc.problems[0]
            found = None
            if places is not None and sources is not None:
                from ipprules.scale._goodfaith import parquet_row

                in_file = parquet_row(sources, *places[n - 1])
                if in_file is not None:  # a Parquet file: its row, no line
                    message = f"row {in_file[1]}: {problem.message}"
                    raise InputError(message, path=problem.path, file=in_file[0]) from None
            if places is not None and sources is not None and problem.path.startswith("$."):
                from ipprules.planner.inputs import _column_name
                from ipprules.scale._goodfaith import cell_place

                found = cell_place(sources, *places[n - 1], problem.path[2:], _column_name)
            if found is not None and found[2] is not None:
                raise InputError(
                    problem.message,
                    path=problem.path,
                    file=found[0],
                    line=found[1],
                    column=found[2],
                ) from None
            if own is None:
                raise
            raise InputError(
                problem.message, path=problem.path, file=problem.file, line=own[n - 1]
            ) from None
    return lines


def _texts(
    values: list[Any], column: str, account: str | None, own: list[int] | None = None
) -> list[str]:
    """The URL cells of one account as text, stripped of white space (as the planner's CSV
    reader and :func:`~ipprules.planner.plan_listings` strip them, so that every outcome row
    names the URL as one machine does, also where the frame has no optional column and for
    rows of no account or of one without a plan): a missing cell (None, NaN, NA) is the empty
    string (a rejected line); anything else that is not text is a :class:`TypeError`, as
    :func:`ipprules.planner.plan_listings` refuses it. A cell that is not valid Unicode is
    an :class:`~ipprules.errors.InputError` naming its line (``own[n - 1]``, the rows' own
    line numbers where given)."""
    from ipprules.errors import InputError
    from ipprules.scale._common import encodable
    from ipprules.scale._listings import _missing

    pd = require("pandas")
    out = []
    for line, value in enumerate(values, start=1):
        if isinstance(value, str):
            if not value.isascii() and not encodable(value):  # its outcome row failed
                raise InputError(
                    f"not valid Unicode (a lone surrogate) for account {account!r}, line "
                    f"{line if own is None else own[line - 1]}: Arrow strings are UTF-8",
                    path=f"$.{column}",
                )
            out.append(value.strip())  # as read_lines reads the cell, as plan_listings a str
        elif _missing(value, pd):
            out.append("")
        else:
            kind = with_article(type(value).__name__)
            raise TypeError(f"the {column} column holds {kind} for account {account!r}, not text")
    return out


def read_rows(
    path: str, *, lines: str | None = None, column: str | None = None
) -> tuple[DaskFrame, str]:
    """The planner's rows of the files ``path`` names (a glob of CSV or Parquet files with an
    ``account`` column), read by :func:`~ipprules.scale.read_histories` (``history=False``),
    and the name of their URL column: the one ``ipprules plan`` reads on one machine, found
    in the first file's header (or Parquet columns) by
    :func:`ipprules.listings.columns.url_column` (``url``, ``link``, ``href``, ``链接``...:
    :data:`~ipprules.listings.columns.URL_COLUMNS`); ``lines`` as for ``read_histories``.
    The name is then held to ``read_histories``' own checks (every file's header has it, it
    holds text); a header without a URL column is an :class:`~ipprules.errors.InputError`.
    The URL cells are stripped of white space, as ``ipprules plan`` reads them (a cell of
    spaces is an empty URL). ``column`` names the URL column instead (``plan --column``).
    """
    rows, found, _ = read_located_rows(path, lines=lines, column=column)
    return rows, found


def read_located_rows(
    path: str, *, lines: str | None = None, column: str | None = None
) -> tuple[DaskFrame, str, Sources]:
    """:func:`read_rows`, and the files of its partitions (for :func:`plan_accounts`'s
    ``_sources``); ``column`` names the URL column (``plan --column``), else its names do."""
    from ipprules.errors import InputError
    from ipprules.scale._goodfaith import _located

    with files_as_typed(path):  # named as typed, not by the absolute paths read
        found = _url_name(path, column)
        account = _account_name(path, column)
        try:
            rows, sources = _located(path, found, (account, found), False, lines)
        except InputError as exc:
            raise _many_accounts(exc, account) from None
    if account != "account":
        rows = rows.rename(columns={account: "account"})
    return rows.assign(**{found: rows[found].str.strip()}), found, sources


def _account_name(path: str, column: str | None = None) -> str:
    """The account column as the first CSV file of ``path`` that holds a header names it
    (``Account``: one machine calls it an account column, to be planned with ``--workers``;
    it was refused here, "no column 'account'"), or the first Parquet file's columns name it
    (:func:`~ipprules.scale._common.parquet_account`); ``account`` when the header writes it
    so, when no cell is one, or for files that cannot be read now (the reader then refuses
    them with its own error)."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import names_column
    from ipprules.scale._goodfaith import _blank_file
    from ipprules.scale._listings import (
        csv_head,
        header_names,
        is_parquet,
        matching_paths,
        parquet_schema,
        path_text,
    )

    urls = names_column(column)
    try:
        text = path_text(path)
        paths = matching_paths(text, one_kind=True)
        if is_parquet(text, paths):  # its columns, read as a CSV header's cells
            return parquet_account(parquet_schema(paths[0]).names) or "account"
        for p in paths:
            try:
                head = csv_head(
                    p, lambda cells: any(map(is_account, cells)) and urls(cells), comments=True
                )
            except InputError:
                if _blank_file(p, comments=True):
                    continue
                raise
            names = header_names(p, head)  # as the frame's columns are named
            if "account" in names or not any(map(is_account, head.cells)):
                return "account"
            return names[[is_account(c) for c in head.cells].index(True)]
    except InputError:
        pass
    return "account"


def _many_accounts(exc: InputError, account: str) -> InputError:
    """``exc``, a file refused for want of the ``account`` column, saying what the rows of
    many accounts are and how one account's list is planned (a scraper's CSV given to
    ``plan --workers`` was refused "no column 'account' (columns: ...)" alone); any other
    error as it is.

    >>> from ipprules.errors import InputError
    >>> print(_many_accounts(InputError("no column 'account' (columns: url)", file="u.csv"),
    ...                      "account"))  # doctest: +ELLIPSIS
    u.csv: $: no column 'account' (columns: url): the lines of many accounts are read from...
    """
    from ipprules.errors import InputError

    first = exc.problems[0]
    if len(exc.problems) > 1 or not first.message.startswith(f"no column {account!r} ("):
        return exc
    return InputError(
        f"{first.message}: {_MANY_ACCOUNTS}", first.path, first.file, first.line, first.column
    )


#: How the rows of many accounts are read, and one account's list planned.
_MANY_ACCOUNTS = (
    "the lines of many accounts are read from CSV or Parquet files whose header names an "
    "account column and a URL column (a list of one account's URLs: plan it without "
    "--workers/--scheduler)"
)

#: Said of a file of many accounts' rows whose first line is a URL, not a header.
_NO_HEADER = (
    "its first line is a URL, not a header: the lines of many accounts are read from CSV "
    "or Parquet files whose header names an account column and a URL column (a list of "
    "URLs without a header is one account's: plan it without --workers/--scheduler)"
)


def _url_name(path: str, column: str | None = None) -> str:
    """The name of the URL column of the first file ``path`` names that holds a header (a
    Parquet file: its columns): ``column`` (``plan --column``), else the first named as one;
    ``url`` when there is none or it cannot be read now (the reader then refuses the file
    with its own error)."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import (
        URL_COLUMNS,
        column_key,
        name_the_column,
        names_column,
        url_column,
    )
    from ipprules.scale._goodfaith import _blank_file, refuse_json_lines
    from ipprules.scale._listings import (
        csv_head,
        header_names,
        is_parquet,
        matching_paths,
        parquet_header,
        parquet_schema,
        path_text,
        refuse_document_head,
    )

    try:
        text = path_text(path)
        paths = matching_paths(text, one_kind=True)
        if is_parquet(text, paths):
            names, where, line = list(parquet_schema(paths[0]).names), paths[0], None
            shown = names
        else:
            urls = names_column(column)
            for p in paths:
                refuse_json_lines(p)  # said by the reader (caught below), as it reads none
                try:  # the delimiter that makes the header name the account and a URL column
                    head = csv_head(
                        p, lambda cells: any(map(is_account, cells)) and urls(cells), comments=True
                    )
                except InputError:
                    if _blank_file(p, comments=True):
                        continue  # no rows: the reader adds none
                    raise
                names, where, line = header_names(p, head), p, head.line
                shown = [c.lstrip("\ufeff").strip() for c in head.cells]  # as written
                break
            else:
                return "url"
    except InputError:
        return "url"  # refused by the reader, with the error it gives
    if column is None and not any(column_key(n) in URL_COLUMNS for n in names):
        if line is not None:  # a plan's [account]: said as one machine says it
            refuse_document_head(where, "a CSV or Parquet file of URLs")
        from ipprules._files import other_csv

        other = other_csv(map(str, shown), "urls")  # a history or a violations file, here
        if line is not None and any("://" in str(c) for c in shown):
            other = _NO_HEADER  # a list of URLs (a .txt file), not the rows of many accounts
        raise InputError(
            f"no URL column among the columns ({', '.join(map(str, shown))})"
            # the names a URL column goes by: said by name_the_column, or not the point
            + (name_the_column(map(str, shown)) if other is None else f": {other}"),
            file=where,
            line=line,
        )
    # found among the cells as written: pandas' names for a cell named twice (URL, URL.1)
    # would name another cell in the error (a header URL,URL,url said 'URL' and 'url')
    written = [str(n).strip() for n in shown]
    if line is None:  # a Parquet file: named twice is said naming the file, no line
        with parquet_header(where):
            return str(names[url_column(written, column, where)])
    return str(names[url_column(written, column, where, line)])
