"""Rights coverage: what a portfolio lets a filer enforce, where, with which reason codes,
and what lapses within a horizon.

>>> from ipprules.checks import example_plan
>>> cov = coverage(example_plan(), as_of="2026-11-23", horizon=90)
>>> cov.cell("tm-cn-9", "taobao", "listing").status
<CellStatus.COVERED: 'covered'>
>>> cov.cell("tm-us-9", "taobao", "listing").status
<CellStatus.NOT_COVERED: 'not_covered'>
>>> [o.text for o in cov.cell("tm-us-9", "taobao", "listing").opens][-1]
"a registration of trademark 'tm-us-9' in CN"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs
from dateutil.relativedelta import relativedelta

from ipprules._args import file_hint, keywords_checked, refuse_two_threads, require_instance
from ipprules._convert import MAX_ITEMS
from ipprules._dates import LAST_DATE
from ipprules.checks._missing import with_type
from ipprules.checks.model import Plan, Right
from ipprules.coverage.cells import Evaluator
from ipprules.coverage.model import Cell, CellStatus, Change
from ipprules.coverage.result import Coverage, CoverageDiff, Summary, _Tally, _text
from ipprules.coverage.rows import CoverageSummary, _tally_rows
from ipprules.errors import InputError, plain, quoted
from ipprules.rulebook import RuleBook, as_date
from ipprules.rulebook.book import file_reading

__all__ = [
    "cells_on",
    "coverage",
    "coverage_diff",
    "coverage_summary",
    "iter_cells",
    "parse_horizon",
]

#: The horizon when none is given.
DEFAULT_HORIZON_DAYS = 90
#: The longest horizon accepted (ten years): the work grows with the dates inside it.
MAX_HORIZON_DAYS = 3653
#: The same bound for a horizon given in months or years (``120m``, ``10y``): ten years of
#: months never exceed :data:`MAX_HORIZON_DAYS` days.
MAX_HORIZON_MONTHS = 120
_BOUND = (
    f"must lie between 0 days and 10 years ({MAX_HORIZON_DAYS} days, "
    f"{MAX_HORIZON_DAYS // 7} weeks, {MAX_HORIZON_MONTHS} months or "
    f"{MAX_HORIZON_MONTHS // 12} years)"
)
_FORMS = "is not a number of days or 90d, 12w, 6m, 1y"


def _numpy_horizon_hint(value: object) -> str:
    """What to pass instead of a numpy number of days or ``timedelta64`` (a notebook's cell;
    numpy is not imported here: told by the type's name).

    >>> import numpy
    >>> _numpy_horizon_hint(numpy.timedelta64(90, "D"))
    " (numpy's: give int(value / numpy.timedelta64(1, 'D')) for its days)"
    >>> _numpy_horizon_hint(numpy.int64(90)), _numpy_horizon_hint(1.5)
    (" (numpy's: give int(value) for its days)", '')
    """
    kind = type(value)
    if kind.__name__ == "timedelta64":
        return " (numpy's: give int(value / numpy.timedelta64(1, 'D')) for its days)"
    if kind.__module__ == "numpy" and hasattr(value, "__index__"):
        return " (numpy's: give int(value) for its days)"
    return ""


def parse_horizon(value: int | str | dt.timedelta) -> relativedelta | dt.timedelta:
    """A horizon: days, a ``timedelta`` or text such as ``90d``, ``12w``, ``6m``, ``1y``.

    The longest is ten years: :data:`MAX_HORIZON_DAYS` days (``3653``, ``3653d``, ``521w``)
    or :data:`MAX_HORIZON_MONTHS` months (``120m``, ``10y``); a longer or negative one raises
    :class:`~ipprules.errors.InputError`, whatever its size.

    >>> parse_horizon("12w")
    datetime.timedelta(days=84)
    >>> parse_horizon("6m")
    relativedelta(months=+6)
    >>> parse_horizon("10y")
    relativedelta(years=+10)
    >>> parse_horizon("soon")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $: horizon 'soon' is not a number of days or 90d, 12w, 6m, 1y
    >>> parse_horizon(10**30)
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $: horizon 1000000000000000000000000000000 must lie between 0 days and 10 years (3653 days, 521 weeks, 120 months or 10 years)
    """  # noqa: E501
    if isinstance(value, bool):
        raise TypeError("horizon must be an int, a str or a datetime.timedelta, not bool")
    if isinstance(value, dt.timedelta):
        if value.days < 0 or value.days > MAX_HORIZON_DAYS:
            raise InputError(f"horizon {_shown(value)} {_BOUND}")
        return value
    if isinstance(value, int):
        value = int.__index__(value)  # an int subclass's own comparisons are never called
        if value < 0 or value > MAX_HORIZON_DAYS:
            raise InputError(f"horizon {_shown(value)} {_BOUND}")
        return dt.timedelta(days=value)
    if not isinstance(value, str):
        raise TypeError(
            f"horizon must be an int, a str or a datetime.timedelta, not {type(value).__name__}"
            + _numpy_horizon_hint(value)
        )
    value = plain(value)  # a str subclass's own strip, __eq__... are never called
    text = value.strip().lower()
    unit = text[-1:] if text[-1:] in ("d", "w", "m", "y") else "d"
    number = text[:-1].strip() if text[-1:] in ("d", "w", "m", "y") else text
    shown = _shown(value)
    if number.startswith("-") and number[1:].isdecimal() and number[1:].isascii():
        raise InputError(f"horizon {shown} {_BOUND}")
    if not number.isdecimal() or not number.isascii():
        raise InputError(f"horizon {shown} {_FORMS}")
    # a number too long to be in bounds is refused before it is converted (int() of a huge
    # string is slow, and refused past 4300 digits); zeros before its digits are not counted
    number = number.lstrip("0") or "0"
    n = int(number) if len(number) <= 10 else MAX_HORIZON_DAYS + 1
    if unit in ("m", "y"):
        months = n * 12 if unit == "y" else n
        if months > MAX_HORIZON_MONTHS:
            raise InputError(f"horizon {shown} {_BOUND}")
        return relativedelta(years=n) if unit == "y" else relativedelta(months=n)
    days = n * 7 if unit == "w" else n
    if days > MAX_HORIZON_DAYS:
        raise InputError(f"horizon {shown} {_BOUND}")
    return dt.timedelta(days=days)


def _shown(value: object) -> str:
    """``value`` as a message shows it: its repr, cut short when it is long (a str with
    ``...`` inside its quotes, :func:`~ipprules.errors.quoted`)."""
    if isinstance(value, str):
        return quoted(value)
    text = repr(value) if not isinstance(value, int) or value.bit_length() < 10_000 else "<int>"
    return text if len(text) <= 40 else text[:37] + "..."


@keywords_checked()
def coverage(
    portfolio: Plan,
    *,
    as_of: dt.date | str | None = None,
    horizon: int | str | dt.timedelta = DEFAULT_HORIZON_DAYS,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    platforms: Iterable[str] | None = None,
) -> Coverage:
    """The coverage matrix of a portfolio (the account and its rights; complaints are ignored).

    Every right x platform in force on ``as_of`` x target (listing, store front) gets a
    :class:`~ipprules.coverage.model.Cell`: covered, not covered or unknown, the admissible
    reason codes, the findings that decide it with their rules and sources, what would open
    it, and the interpretations that would answer otherwise. ``changes`` lists, sorted by
    date, every cell whose status changes after ``as_of`` up to ``as_of + horizon`` (a right
    or letter running out, a rule change already in the rule book). Without ``as_of`` or
    ``interpretation``, the portfolio's own (``as_of``, ``interpretation``) are used, as
    :func:`~ipprules.checks.check` uses a plan's.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> ipprules.coverage(portfolio, as_of="2026-11-23", horizon="90d")
    <Coverage as of 2026-11-23: 6 rights x 12 platforms, 19 covered, 125 not, 0 unknown,
     10 lapses by 2027-02-21>
    """
    job = _job(portfolio, as_of, horizon, rulebook, interpretation, platforms, "coverage")
    cells = list(_cells_of(job))
    return _answer(job, tuple(cells), {c.key: c.status for c in cells})


@keywords_checked()
def iter_cells(
    portfolio: Plan,
    *,
    as_of: dt.date | str | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    platforms: Iterable[str] | None = None,
) -> Iterator[Cell]:
    """The cells of :func:`coverage` on ``as_of``, one right's at a time, without keeping them.

    The same cells, in the same order, with the same findings and other readings as
    ``coverage(...).cells``: every right in the portfolio's order, each on every platform
    (listing, then store front). No changes are worked out (they need every cell's status:
    :func:`coverage` or :func:`coverage_summary`). The arguments are checked when it is
    called, before the first cell; a consumer that writes each cell out and lets it go holds
    one right's cells at a time, whatever the size of the portfolio.

    >>> import ipprules
    >>> from ipprules.coverage import iter_cells
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> cells = iter_cells(portfolio, as_of="2026-12-02", platforms=["taobao"])
    >>> [(c.right, c.target.value, c.status.value) for c in cells][:2]
    [('tm-cn', 'listing', 'covered'), ('tm-cn', 'storefront', 'covered')]
    """
    job = _job(portfolio, as_of, 0, rulebook, interpretation, platforms, "iter_cells")
    return _cells_of(job)


@keywords_checked()
def coverage_summary(
    portfolio: Plan,
    *,
    as_of: dt.date | str | None = None,
    horizon: int | str | dt.timedelta = DEFAULT_HORIZON_DAYS,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    platforms: Iterable[str] | None = None,
) -> CoverageSummary:
    """:func:`coverage` in brief: a :class:`~ipprules.coverage.CellRow` per cell (its status
    and counts, no findings), the same totals and changes.

    It equals ``CoverageSummary.of(coverage(...))`` with the same arguments, but works the
    cells out one right at a time and keeps only their rows: for a large portfolio, a
    fraction of the memory of the full answer (``ipprules coverage --summary``).

    >>> import ipprules
    >>> from ipprules.coverage import coverage_summary
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> brief = coverage_summary(portfolio, as_of="2026-12-02")
    >>> brief.totals.covered, brief.rows[0].status.value, len(brief.lapses)
    (19, 'covered', 10)
    """
    job = _job(portfolio, as_of, horizon, rulebook, interpretation, platforms, "coverage_summary")
    rows, tally, state = _tally_rows(_cells_of(job))
    answer = _answer(job, (), state)
    return CoverageSummary._of(answer, rows, tally.summary(answer.rights, answer.platforms))


@attrs.frozen
class _Streamed:
    """A coverage answer whose cells were handed out one at a time and not kept:
    ``answer`` has every part but its cells; the summary, the status of each cell by key,
    the cells another reading answers otherwise (without their findings) and their number
    stand for them."""

    answer: Coverage
    summary: Summary
    statuses: dict[tuple[str, str, str], CellStatus]
    disputed: tuple[Cell, ...]
    cells: int

    def text(self) -> str:
        """The answer's text, the same as :meth:`Coverage.text` of the whole answer."""
        return _text(self.answer, self.summary, self.statuses, self.disputed, self.cells)


def _streamed(
    portfolio: Plan,
    each: Callable[[Cell], object],
    *,
    as_of: dt.date | str | None = None,
    horizon: int | str | dt.timedelta = DEFAULT_HORIZON_DAYS,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    platforms: Iterable[str] | None = None,
) -> _Streamed:
    """:func:`coverage`, each cell handed to ``each`` as it is worked out (one right's
    cells at a time, in the answer's order) and let go: what ``ipprules coverage`` writes
    without holding every cell's findings."""
    job = _job(portfolio, as_of, horizon, rulebook, interpretation, platforms)
    tally = _Tally()
    state: dict[tuple[str, str, str], CellStatus] = {}
    disputed = []
    n = 0
    for cell in _cells_of(job):
        n += 1
        tally.add(cell)
        state[cell.key] = cell.status
        if cell.other_readings:
            disputed.append(attrs.evolve(cell, findings=()))
        each(cell)
    answer = _answer(job, (), dict(state))
    summary = tally.summary(answer.rights, answer.platforms)
    return _Streamed(answer, summary, state, tuple(disputed), n)


@attrs.frozen
class _Job:
    """What :func:`coverage` was asked, checked: the portfolio (its complaints left out), the
    day, the horizon's last day, the book, the reading, its evaluator and the platforms."""

    portfolio: Plan
    day: dt.date
    until: dt.date
    rulebook: RuleBook
    interpretation: str
    base: Evaluator
    chosen: list[str]
    opening: bool


def _job(
    portfolio: Plan,
    as_of: dt.date | str | None,
    horizon: int | str | dt.timedelta,
    rulebook: RuleBook | None,
    interpretation: str | None,
    platforms: Iterable[str] | None,
    function: str = "coverage",
) -> _Job:
    """:func:`coverage`'s arguments checked (``TypeError``, ``InputError``, the book's
    errors), before any cell is worked out; ``function`` is the public function called."""
    if not isinstance(portfolio, Plan):
        raise TypeError(
            f"portfolio must be an ipprules.checks.Plan, not {type(portfolio).__name__}"
            + file_hint(portfolio, "Plan")
        )
    if rulebook is None:
        from ipprules.rulebook import default_rulebook

        rulebook = default_rulebook()
    elif not isinstance(rulebook, RuleBook):
        raise TypeError(
            f"rulebook must be a RuleBook, not {type(rulebook).__name__}"
            + file_hint(rulebook, "RuleBook")
        )
    when = portfolio.as_of if as_of is None else as_of
    if when is None:
        raise InputError("no as-of date: give as_of, or set as_of in the portfolio", "$.as_of")
    day = as_date(when, "as-of date", name="as_of")
    step = parse_horizon(horizon)
    try:
        until = day + step
    except (OverflowError, ValueError):
        raise InputError(f"{day} plus the horizon lies beyond the calendar") from None
    if until > LAST_DATE:  # the last date any date of the library is read for (as_date's)
        fits = (LAST_DATE - day).days
        raise InputError(
            f"the horizon from {day} ends on {until}, past {LAST_DATE}, the last date the "
            f"library reads: give a horizon of at most {fits:,} day(s)",
            "$.horizon",
        )
    # the portfolio's own reading: an unknown one is refused at its line ("" too)
    if interpretation is None and portfolio.interpretation is not None:
        interpretation = file_reading(rulebook, portfolio.interpretation)
    if interpretation is None:  # as check reads a plan: the portfolio's reading, else the book's
        interpretation = rulebook.default_interpretation
    rulebook.interpretation(interpretation)
    portfolio = attrs.evolve(portfolio, complaints=())  # the rights' coverage, nothing filed
    base = Evaluator(portfolio, day, rulebook, interpretation)
    # the portfolio as its checks read it (a str, int or date subclass as its plain value:
    # the cells read the rights again, and a subclass's own __eq__ or __hash__ may raise)
    portfolio, interpretation = base.ctx.plan, base.ctx.interpretation
    try:
        chosen = _platforms(base, platforms)
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, f"{function}(): platforms")
        raise
    return _Job(portfolio, day, until, rulebook, interpretation, base, chosen, platforms is None)


def _cells_of(job: _Job) -> Iterator[Cell]:
    """Every cell of the answer, its other readings in it, one right's cells at a time (what
    ``ipprules coverage`` writes out as they come, holding only their statuses)."""
    others = _Others(job)
    for i, right in enumerate(job.portfolio.rights):
        yield from others.merged(i, right, job.base.cells(i, right, job.chosen))


def _answer(
    job: _Job, cells: tuple[Cell, ...], state: dict[tuple[str, str, str], CellStatus]
) -> Coverage:
    """The answer to ``job`` with ``cells`` (all of them, or none when they were written out
    as they came) and the status of every cell by key (``state``: the changes start there)."""
    changes = _changes(
        job.portfolio,
        job.rulebook,
        job.interpretation,
        job.day,
        job.until,
        job.chosen,
        state,
        job.opening,
    )
    return Coverage(
        as_of=job.day,
        until=job.until,
        interpretation=job.interpretation,
        rulebook=job.rulebook.label,
        rulebook_version=job.rulebook.version,
        rights=tuple(r.id for r in job.portfolio.rights),
        platforms=tuple(job.chosen),
        cells=cells,
        account_findings=job.base.account_findings,
        changes=changes,
    )


def cells_on(
    portfolio: Plan, day: dt.date, rulebook: RuleBook, interpretation: str | None = None
) -> Mapping[tuple[str, str, str], Cell]:
    """The cells of every right on every platform in force on ``day``, by
    ``(right, platform, target)``, under one interpretation (no other readings, no changes):
    what the planner consults to reject a line no right covers. The account's and the
    rights' findings are read at once; a right's cells on a platform are built when one of
    them is first looked up (a planner call for a small account asks for a few of them)."""
    require_instance(rulebook, RuleBook, "rulebook")
    bare = attrs.evolve(require_instance(portfolio, Plan, "portfolio"), complaints=())
    return _CellsOn(Evaluator(bare, day, rulebook, interpretation), bare)


class _CellsOn(Mapping[tuple[str, str, str], Cell]):
    """The mapping :func:`cells_on` answers: the cells of a right on a platform are built
    together, on the first lookup of one of them; the same cells as building them all."""

    __slots__ = ("_built", "_cells", "_ev", "_platforms", "_rights")

    def __init__(self, ev: Evaluator, portfolio: Plan) -> None:
        self._ev = ev
        # by id: a later right of the same id wins, as in a dictionary of every cell
        self._rights = {r.id: (i, r) for i, r in enumerate(portfolio.rights)}
        self._platforms = list(ev.rules.platforms)
        self._built: set[tuple[str, str]] = set()
        self._cells: dict[tuple[str, str, str], Cell] = {}

    def _build(self, right_id: str, platform: str) -> None:
        pair = (right_id, platform)
        if pair in self._built:
            return
        self._built.add(pair)
        found = self._rights.get(right_id)
        if found is not None and platform in self._platforms:
            for cell in self._ev.cells(found[0], found[1], [platform]):
                self._cells[cell.key] = cell

    def _build_all(self) -> dict[tuple[str, str, str], Cell]:
        for right_id in self._rights:
            for platform in self._platforms:
                self._build(right_id, platform)
        return self._cells

    def __getitem__(self, key: tuple[str, str, str]) -> Cell:
        self._build(key[0], key[1])
        return self._cells[key]

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(dict(self._build_all()))

    def __len__(self) -> int:
        return len(self._build_all())

    def __bool__(self) -> bool:
        """Whether there is any cell (a right, and a platform in force), without building."""
        return bool(self._rights) and bool(self._platforms)


def _platforms(base: Evaluator, platforms: Iterable[str] | None) -> list[str]:
    known = list(base.rules.platforms)
    if platforms is None:
        return known
    if isinstance(platforms, str):
        raise TypeError("platforms must be an iterable of platform ids, not a str")
    given: list[str] = []
    for index, p in enumerate(platforms):  # checked as read: an endless generator stops
        # checked before a dict hashes them (an object's own __hash__ may raise)
        if not isinstance(p, str):
            raise TypeError(f"platforms must hold str, not {type(p).__name__}")
        if index == MAX_ITEMS:
            raise InputError(
                f"platforms: more than {MAX_ITEMS:,} items: at most {MAX_ITEMS:,} are read "
                "(the reading limit of a list)"
            )
        given.append(p)
    chosen = list(dict.fromkeys(map(plain, given)))
    for p in chosen:
        base.rules.platform(p, filed_as=False)  # unknown names raise UnknownNameError
    return chosen


def _all_cells(ev: Evaluator, portfolio: Plan, platforms: Sequence[str]) -> list[Cell]:
    out: list[Cell] = []
    for i, right in enumerate(portfolio.rights):
        out += ev.cells(i, right, platforms)
    return out


class _Others:
    """The other interpretations' statuses, merged into a right's cells as ``other_readings``:
    each other interpretation is evaluated only where its resolved records differ from the
    chosen one's."""

    def __init__(self, job: _Job) -> None:
        self._platforms = job.chosen
        self._evaluators = []
        for name in job.rulebook.interpretations:
            if name != job.interpretation:
                other = Evaluator(job.portfolio, job.day, job.rulebook, name)
                self._evaluators.append((name, other, _same_globally(job.base, other)))
        self._base = job.base
        self._differs: dict[tuple[str, str, str], bool] = {}

    def merged(self, index: int, right: Right, cells: list[Cell]) -> list[Cell]:
        """``cells`` (one right's) with the readings under which each differs."""
        differ: dict[tuple[str, str, str], list[tuple[str, CellStatus]]] = {}
        ipr = right.ipr_type.value
        for name, other, same in self._evaluators:
            todo = []
            for p in self._platforms:
                pair = (name, p, ipr)
                if pair not in self._differs:
                    self._differs[pair] = not same or _differs(self._base, other, p, ipr)
                if self._differs[pair]:
                    todo.append(p)
            for key, status in other.statuses(index, right, todo) if todo else ():
                differ.setdefault(key, []).append((name, status))
        if not differ:
            return cells
        out = []
        for c in cells:
            others = tuple(x for x in differ.get(c.key, ()) if x[1] is not c.status)
            out.append(attrs.evolve(c, other_readings=others) if others else c)
        return out


_GLOBAL_SECTIONS = ("reason_codes", "account_requirements", "documents", "ipr_types")


def _same_globally(a: Evaluator, b: Evaluator) -> bool:
    """Whether the sections every cell reads resolve to the very same records."""
    for name in _GLOBAL_SECTIONS:
        x, y = a.rules.section(name), b.rules.section(name)
        if x.keys() != y.keys() or any(x[k] is not y[k] for k in x):
            return False
    return a.rules.good_faith is b.rules.good_faith or not a.ctx.plan.account.good_faith


def _differs(a: Evaluator, b: Evaluator, platform: str, ipr_type: str) -> bool:
    """Whether a platform's own records, or the document rules of an IPR type there, differ."""
    x, y = a.rules, b.rules
    if x.platforms.get(platform) is not y.platforms.get(platform):
        return True
    if x.registrations.get(platform) is not y.registrations.get(platform):
        return True
    x, y = with_type(x, ipr_type), with_type(y, ipr_type)  # a type a user file starts later
    rx, ry = x.document_rules_for(ipr_type, platform), y.document_rules_for(ipr_type, platform)
    return len(rx) != len(ry) or any(p is not q for p, q in zip(rx, ry, strict=True))


#: A day on which cells may change: the date, why, and the rights concerned (``None``: all).
_Event = tuple[dt.date, str, frozenset[int] | None]


def _candidate_dates(
    portfolio: Plan, rulebook: RuleBook, day: dt.date, until: dt.date
) -> list[_Event]:
    """The days after ``day`` (up to ``until``) on which some cell may change, with the cause."""
    found: dict[dt.date, tuple[list[str], set[int] | None]] = {}

    def add(when: dt.date | None, cause: str, right: int | None, after: bool = True) -> None:
        if when is None:
            return
        if after:
            if when >= until:
                return
            when = when + dt.timedelta(days=1)
        if not day < when <= until:
            return
        causes, rights = found.setdefault(when, ([], set()))
        causes.append(cause)
        if right is None:
            found[when] = (causes, None)
        elif rights is not None:
            rights.add(right)

    for i, right in enumerate(portfolio.rights):
        add(right.expiry_date, f"right {right.id!r} expires on {right.expiry_date}", i)
        add(right.registration_date, f"right {right.id!r} is registered", i, after=False)
        for doc in right.documents:
            add(doc.valid_until, f"a document of {right.id!r} runs out on {doc.valid_until}", i)
            add(doc.issued, f"a document of {right.id!r} is issued", i, after=False)
    for i, letter in enumerate(portfolio.account.authorisations):
        add(
            letter.valid_until,
            f"$.account.authorisations[{i}] runs out on {letter.valid_until}",
            None,
        )
        add(letter.valid_from, f"$.account.authorisations[{i}] starts", None, after=False)
    for doc in portfolio.account.documents:
        add(doc.valid_until, f"an account document runs out on {doc.valid_until}", None)
        add(doc.issued, "an account document is issued", None, after=False)
    for when in rulebook.change_dates():
        add(when, f"the rule book changes on {when}", None, after=False)
    return [
        (when, "; ".join(causes), None if rights is None else frozenset(rights))
        for when, (causes, rights) in sorted(found.items())
    ]


def _changes(
    portfolio: Plan,
    rulebook: RuleBook,
    interpretation: str,
    day: dt.date,
    until: dt.date,
    platforms: Sequence[str],
    state: dict[tuple[str, str, str], CellStatus],
    opening: bool = False,
) -> tuple[Change, ...]:
    """Every status change after ``day`` up to ``until``: only the rights a day concerns are
    evaluated again (all of them on a rule-book change or a letter's first or last day).

    With ``opening`` (no platforms chosen), a platform that comes into force within the
    horizon (Lazada on 2019-06-01) is followed from that day: its cells change from
    ``not_covered`` (no complaint could be filed there before) to what the rights give."""
    followed = list(platforms)
    opened: set[str] = set()
    out: list[Change] = []
    for when, cause, concerned in _candidate_dates(portfolio, rulebook, day, until):
        if concerned is None:
            ev = Evaluator(portfolio, when, rulebook, interpretation)
            if opening:
                new = [p for p in ev.rules.platforms if p not in followed]
                followed += new
                if new:
                    verb = "opens" if len(new) == 1 else "open"
                    cause += f"; {', '.join(new)} {verb} on {when} (nothing filed there before)"
                    opened.update(new)
            live = [p for p in followed if p in ev.rules.platforms]
            found = _each_cell(ev, enumerate(portfolio.rights), live)
        else:
            order = sorted(concerned)
            subset = attrs.evolve(portfolio, rights=tuple(portfolio.rights[i] for i in order))
            ev = Evaluator(subset, when, rulebook, interpretation, positions=order)
            live = [p for p in followed if p in ev.rules.platforms]
            found = _each_cell(ev, ((i, portfolio.rights[i]) for i in order), live)
        for cell in found:  # a right's cells at a time: a day's cells are never all held
            before = state.get(cell.key)
            if before is None and cell.platform in opened:
                before = CellStatus.NOT_COVERED
            if before is not None and before != cell.status:
                out.append(
                    Change(
                        date=when,
                        right=cell.right,
                        platform=cell.platform,
                        target=cell.target,
                        before=before,
                        after=cell.status,
                        cause=cause,
                        findings=cell.findings,
                    )
                )
            state[cell.key] = cell.status
    return tuple(out)


def _each_cell(
    ev: Evaluator, rights: Iterable[tuple[int, Right]], platforms: Sequence[str]
) -> Iterator[Cell]:
    """The cells of each right (its index in the portfolio, the right) on ``platforms``, one
    right's at a time."""
    for i, right in rights:
        yield from ev.cells(i, right, platforms)


def coverage_diff(a: Coverage, b: Coverage) -> CoverageDiff:
    """What changes from one coverage answer to another (two dates, or two portfolios).

    Cells only in one of them count as changed from or to ``None``.

    >>> import ipprules
    >>> portfolio = ipprules.read_plan("examples/portfolio.toml")
    >>> now = ipprules.coverage(portfolio, as_of="2026-11-23")
    >>> later = ipprules.coverage(portfolio, as_of="2027-02-21")
    >>> print(ipprules.coverage_diff(now, later).text().splitlines()[0])
    tm-cn-lapsing 1688 listing: covered -> not_covered
    """
    if not isinstance(a, Coverage) or not isinstance(b, Coverage):
        raise TypeError("coverage_diff takes two Coverage results")
    left = {c.key: c for c in a.cells}
    right = {c.key: c for c in b.cells}
    rows = []
    for key in list(left) + [k for k in right if k not in left]:
        x, y = left.get(key), right.get(key)
        if x is not None and y is not None and x.status == y.status and x.reasons == y.reasons:
            continue
        rows.append((key, x, y))
    return CoverageDiff(a=a, b=b, rows=tuple(rows))
