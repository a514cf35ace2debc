"""The rule book and its view as of one date."""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import attrs

from ipprules._args import require_bool, require_member, require_str
from ipprules._convert import shown_value, unstructure
from ipprules._dates import as_date, rulebook_keys, version_date
from ipprules._places import place_slip
from ipprules._typed import ReadOnlyDict, check_types, refuse_lone_strs
from ipprules._vocab import check_name
from ipprules.errors import (
    CoverageError,
    InputError,
    UnknownNameError,
    plain,
    quoted,
    suggest,
)
from ipprules.rulebook.background import NOT_CITED_SOURCES
from ipprules.rulebook.model import (
    SECTIONS,
    AccountRequirement,
    Answer,
    Channel,
    Confidence,
    CounterNoticeRule,
    Deadline,
    DocumentKind,
    DocumentRule,
    EvidenceRule,
    GoodFaithCriteria,
    Interpretation,
    IprType,
    LifecycleRule,
    Limit,
    Marketplace,
    Metric,
    PenaltyRule,
    Platform,
    ReasonCode,
    Registrations,
    Rule,
    RuleBookData,
    Source,
    Target,
    Trial,
    trial_of,
)
from ipprules.rulebook.validate import Origin

if TYPE_CHECKING:  # the citations are read on the first call that asks: a load needs none
    from ipprules.rulebook.citations import Citation

#: A site typed with its dots as underscores, hyphens or spaces (``tmall_hk``).
_AS_DOTS = str.maketrans("_- ", "...")
#: An id typed with hyphens or spaces (``tmall-global``).
_AS_UNDERSCORES = str.maketrans("- ", "__")

#: What separates the items of a list typed in one cell (a spreadsheet's multi-select
#: column: "taobao, tmall"), full-width and ideographic commas too.
_LISTED = re.compile(r"\s*[,;/|，；、]\s*|\s+")


def _letters(name: str) -> str:
    """A name's letters and digits alone, lower case (``Viet-Nam`` is ``vietnam``)."""
    return "".join(c for c in unicodedata.normalize("NFKC", name[:200]).lower() if c.isalnum())


def _host(name: str) -> str:
    """The host a name types, lower case: no scheme, ``www.``, path, query, fragment, port or
    final dot (``https://www.tmall.hk./x`` is ``tmall.hk``)."""
    text = unicodedata.normalize("NFKC", name[:200]).strip().lower()
    text = text.split("://", 1)[-1].lstrip("/")
    for end in "/?#:":  # the host alone: no path, query, fragment or port
        text = text.split(end, 1)[0]
    return text.rstrip(".").removeprefix("www.")  # tmall.hk. is the name fully qualified


def _one_slip(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` with one slip of a key: a letter replaced, added or left
    out, or two neighbours swapped (``lazada_sq``, ``lazada_sgp``, ``lazada_gs``)."""
    short, long = sorted((typed, name), key=len)
    if typed == name or len(long) - len(short) > 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if len(short) < len(long):
        return short[at:] == long[at + 1 :]
    swapped = short[at : at + 2] == long[at : at + 2][::-1]
    return short[at + 1 :] == long[at + 1 :] or (swapped and short[at + 2 :] == long[at + 2 :])


__all__ = ["FiledAs", "ResolvedRules", "RuleBook", "as_date", "version_date"]

R = TypeVar("R", bound=Rule)

#: The record id of the Good Faith criteria in the ``good_faith`` section.
GOOD_FAITH_ID = "gftm"

#: How many resolved views (date, reading, trial) a book keeps: the oldest asked is dropped
#: past it (a long-running service asks for a new date every day; each view is ~7 KiB).
_VIEWS_KEPT = 256


class _Section(ReadOnlyDict):
    """A resolved view's section: a ``dict`` that refuses every change with a TypeError.

    Views are cached by their book (and the embedded book is shared by every caller): a
    caller changing one would change every later answer for that date. It pickles and
    copies as a plain mapping of its items.
    """

    __slots__ = ()


def _book_data(data: object) -> None:
    """A :class:`RuleBook`'s ``data``: a :class:`RuleBookData`, else a TypeError (attrs' own
    check shows the value's repr, which an object may make raise)."""
    if not isinstance(data, RuleBookData):
        raise TypeError(f"RuleBook.data must be a RuleBookData, got {type(data).__name__}")


def _read_only(origins: Mapping[str, Sequence[Origin]]) -> Mapping[str, Sequence[Origin]]:
    """A book's origins as a :class:`~ipprules._typed.ReadOnlyDict` (a caller setting
    ``book.origins[section]`` changed every later error location of the shared book)."""
    if isinstance(origins, ReadOnlyDict) or not isinstance(origins, Mapping):
        return origins
    return ReadOnlyDict(origins)


@attrs.frozen(eq=False, repr=False)
class RuleBook:
    """Every rule of every date, immutable. Use :meth:`as_of` to resolve it for one date.

    Books come from :func:`~ipprules.default_rulebook` and :func:`~ipprules.load_rulebook`,
    which validate them. ``RuleBook(data, origins)`` only checks that ``data`` is a
    ``RuleBookData`` (a pickled book is made again this way): a book made by hand is not
    validated, and answers what its records say.

    >>> from ipprules import default_rulebook
    >>> book = default_rulebook()
    >>> book
    <RuleBook 'ipprules embedded rule book 2026.11.23': from 2015-01-06,
     interpretations brief, official, brief-at-least-100>
    >>> book.coverage_from
    datetime.date(2015, 1, 6)
    >>> book.interpretations
    ('brief', 'official', 'brief-at-least-100')
    >>> book.as_of("2014-12-31")
    Traceback (most recent call last):
    ...
    ipprules.errors.CoverageError: 2014-12-31 is before the rule book's coverage (from 2015-01-06)
    """

    data: RuleBookData = attrs.field(validator=lambda _, __, data: _book_data(data))
    #: Where each record came from (for error locations): read-only, as the sections are
    #: (the embedded book is shared by every caller).
    origins: Mapping[str, Sequence[Origin]] = attrs.field(repr=False, converter=_read_only)
    _cache: dict[tuple[dt.date, str, Trial], ResolvedRules] = attrs.field(
        factory=dict, init=False, repr=False
    )
    #: The rule ids the records cite, with the records, made on the first look-up (one
    #: element, appended whole: a thread never sees it half made).
    _cited: list[dict[str, tuple[Citation, ...]]] = attrs.field(
        factory=list, init=False, repr=False
    )
    #: Held while the view cache drops its oldest entries (threads share a book).
    _lock: threading.Lock = attrs.field(factory=threading.Lock, init=False, repr=False)

    def __eq__(self, other: object) -> bool:
        """Rule books are equal when their data is (their origins and what they have
        resolved so far aside): a book and its pickled copy, or one file read twice."""
        if not isinstance(other, RuleBook):
            return NotImplemented
        return self is other or self.data == other.data

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy as the data and origins, not what the book has resolved so far (its
        caches: a view per date and reading asked, which a worker resolves again if asked)."""
        return (RuleBook, (self.data, self.origins))

    def __hash__(self) -> int:
        """From the book's name, version and first date: equal books (equal data) hash equal,
        and the hash costs nothing (hashing the data walks every record: about 1 ms, paid on
        every call of the caches keyed by the book)."""
        data = self.data
        return hash((data.name, data.version, data.coverage_from))

    def __repr__(self) -> str:
        """One line: its label, its dates and its interpretations (not its records)."""
        until = self.coverage_until
        dates = f"from {self.coverage_from}" + (f" until {until}" if until else "")
        return (
            f"<RuleBook {self.label!r}: {dates}, interpretations {', '.join(self.interpretations)}>"
        )

    @property
    def name(self) -> str:
        """The book's name.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.name
        'ipprules embedded rule book'
        """
        return self.data.name

    @property
    def version(self) -> str:
        """The book's version (the date of its data).

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.version
        '2026.11.23'
        """
        return self.data.version

    @property
    def data_date(self) -> dt.date | None:
        """The date of the book's data, read from its :attr:`version` (``2026.11.23``, or
        ISO ``2026-11-23``): what "rules as of <date>" shows; ``None`` for a version that
        is no date (a loaded book's own version string).

        >>> from ipprules import default_rulebook
        >>> default_rulebook().data_date
        datetime.date(2026, 11, 23)
        """
        return version_date(self.data.version)

    @property
    def label(self) -> str:
        """``name version``, recorded in every report.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.label
        'ipprules embedded rule book 2026.11.23'
        """
        return f"{self.data.name} {self.data.version}"

    @property
    def coverage_from(self) -> dt.date:
        """The first date the book answers for.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.coverage_from
        datetime.date(2015, 1, 6)
        """
        return self.data.coverage_from

    @property
    def coverage_until(self) -> dt.date | None:
        """The last date the book answers for (``None``: no end).

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.coverage_until is None
        True
        """
        return self.data.coverage_until

    @property
    def default_interpretation(self) -> str:
        """The interpretation used when none is given.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.default_interpretation
        'brief'
        """
        return self.data.default_interpretation

    @property
    def interpretations(self) -> tuple[str, ...]:
        """The names of the interpretations, the default first.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.interpretations[0]
        'brief'
        """
        names = [i.id for i in self.data.interpretations]
        names.sort(key=lambda n: n != self.data.default_interpretation)
        return tuple(names)

    def interpretation(self, name: str) -> Interpretation:
        """The interpretation called ``name``.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.interpretation("official").id
        'official'
        """
        if not isinstance(name, str):
            raise TypeError(f"interpretation must be a str, got {type(name).__name__}")
        name = plain(name)  # a subclass's own __eq__ is not called
        for item in self.data.interpretations:
            if item.id == name:
                return item
        raise UnknownNameError("interpretation", name, self.interpretations)

    @property
    def sources(self) -> Mapping[str, Source]:
        """Every source of the book, by id.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.sources["S40"].title
        'AliExpress IPR penalty policy (2015-01-21)'
        """
        return {s.id: s for s in self.data.sources}

    def source(self, source_id: str) -> Source:
        """The source with this id.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.source("S40").url
        'http://activities.aliexpress.com/adcms/help-aliexpress-com/ipr_penalty.php'
        """
        source_id = require_str(source_id, "source_id", empty=True)
        for s in self.data.sources:
            if s.id == source_id:
                return s
        known = tuple(self.sources)
        note = NOT_CITED_SOURCES.get(source_id.strip().upper())
        if note is not None:  # a source of a rule left out (S46): not a slip of S6
            raise UnknownNameError("source", source_id, known, note=note, nearest=False)
        raise UnknownNameError("source", source_id, known)

    def records(self, section: str) -> tuple[Rule, ...]:
        """Every record of a section, all dates and interpretations.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> records = book.records("platforms")
        >>> len(records) >= 12, records[0].id
        (True, 'taobao')
        """
        section = require_str(section, "section", empty=True)  # a subclass as its characters
        if section not in SECTIONS:
            raise UnknownNameError("section", section, SECTIONS)
        records: tuple[Rule, ...] = getattr(self.data, section)
        return records

    def citing(self, rule_id: str) -> tuple[Citation, ...]:
        """The records that cite a rule of the domain reference (``R47``, ``B16``, ``D4``), as
        findings and notes name them: by section in the book's order, then in the section's,
        every date and interpretation, each with what it says, its dates, sources and
        confidence. An id no record cites raises :class:`~ipprules.errors.UnknownNameError`
        (with why, for a rule deliberately not encoded: :data:`NOT_ENCODED`).

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> [(c.section, c.id) for c in book.citing("R47")]
        [('limits', 'lazada_attachment_size'), ('limits', 'lazada_attachments'), \
('evidence_rules', 'lazada_attachments')]
        >>> book.citing("r47")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown rule id 'r47' (did you mean 'R47'?)
        """
        rule_id = require_str(rule_id, "rule_id", empty=True)
        cited = self._citations()
        found = cited.get(rule_id)
        if found is None:
            from ipprules.rulebook.citations import not_cited

            raise not_cited(rule_id, cited, self.sources)
        return found

    def cited_rules(self) -> tuple[str, ...]:
        """Every rule id a record of the book cites (``B``, ``D``, then ``R``, by number).

        >>> from ipprules import default_rulebook
        >>> default_rulebook().cited_rules()[:3]
        ('B1', 'B2', 'B3')
        """
        return tuple(self._citations())

    def rule_sources(self, rule_id: str) -> tuple[str, ...]:
        """The sources the domain reference names for a rule (in its order): ``BRIEF`` for a
        rule of the brief, none for a rule it infers (R39); whatever record cites the rule,
        so an answer can cite one rule without every source of the record that holds it.
        An id the book has no sources for raises :class:`~ipprules.errors.UnknownNameError`.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> book.rule_sources("R82"), book.rule_sources("B21"), book.rule_sources("R39")
        (('S13', 'S54', 'S11'), ('BRIEF',), ())
        """
        rule_id = require_str(rule_id, "rule_id", empty=True)
        found = self.data.rule_sources.get(rule_id)
        if found is None:
            missing = (
                "the rule book names no sources for {id} (its rule_sources, taken from the "
                "domain reference, leave it out; ipprules rules rule {id} lists what cites it)"
            )
            kind = "rule id (no sources in the rule book)"
            from ipprules.rulebook.citations import not_cited

            raise not_cited(
                rule_id, self.data.rule_sources, self.sources, missing=missing, kind=kind
            )
        return found

    def _citations(self) -> dict[str, tuple[Citation, ...]]:
        """The records citing each rule id, read on the first call, then kept with the book."""
        if not self._cited:
            from ipprules.rulebook.citations import citations

            self._cited.append(citations(self.data))
        return self._cited[0]

    def change_dates(self, section: str | None = None) -> tuple[dt.date, ...]:
        """Every date on which a record starts or ends (trial starts included), sorted.

        Between two consecutive change dates the resolved rules do not change.

        >>> from ipprules import default_rulebook
        >>> default_rulebook().change_dates("good_faith")[:2]
        (datetime.date(2015, 1, 6), datetime.date(2015, 4, 1))
        """
        sections = SECTIONS if section is None else (section,)
        dates: set[dt.date] = {self.coverage_from}
        for name in sections:
            for record in self.records(name):
                for day in (record.effective_from, record.effective_until, record.trial_from):
                    if day is not None and day >= self.coverage_from:
                        dates.add(day)
        return tuple(sorted(dates))

    def _chain(self, interpretation: str) -> dict[str | None, int]:
        chain: dict[str | None, int] = {}
        name: str | None = interpretation
        while name is not None:
            chain[name] = len(chain)
            name = self.interpretation(name).base
        chain[None] = len(chain)
        return chain

    def as_of(
        self,
        day: dt.date | str,
        interpretation: str | None = None,
        *,
        trial: bool | Iterable[int] = False,
    ) -> ResolvedRules:
        """The rules in force on ``day`` under ``interpretation`` (default: the book's default).

        ``trial`` applies rules from their trial start, for an account in the trials of the
        Good Faith upgrades: ``True`` every trial, or the years the trials began (2015, 2018,
        2021; :meth:`trial_years`) for an account in some of them. Raises
        :class:`~ipprules.errors.CoverageError` for dates outside the book's coverage.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> [book.as_of("2018-05-01", trial=t).good_faith.version for t in (False, True, [2021])]
        ['2015', '2018', '2015']
        """
        when = as_date(day, "day", name="day")
        if type(trial) is not bool:
            trial = self._trial(trial)
        if interpretation is not None and not isinstance(interpretation, str):
            raise TypeError(f"interpretation must be a str, got {type(interpretation).__name__}")
        name = self.data.default_interpretation if interpretation is None else plain(interpretation)
        key = (when, name, trial)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if when < self.coverage_from:
            raise CoverageError(
                f"{when} is before the rule book's coverage (from {self.coverage_from})"
            )
        if self.coverage_until is not None and when >= self.coverage_until:
            raise CoverageError(
                f"{when} is after the rule book's coverage (until {self.coverage_until})"
            )
        chain = self._chain(name)
        sections: dict[str, Any] = {
            section: _resolve(self.records(section), when, chain, trial) for section in SECTIONS
        }
        sections["good_faith_versions"] = sections.pop("good_faith")
        resolved = ResolvedRules(
            as_of=when, interpretation=name, trial=trial, book=self, **sections
        )
        with self._lock:
            while len(self._cache) >= _VIEWS_KEPT:
                del self._cache[next(iter(self._cache))]
            self._cache[key] = resolved
        return resolved

    def trial_years(self) -> tuple[int, ...]:
        """The years the book's trials began (the years of its records' ``trial_from``).

        >>> from ipprules import default_rulebook
        >>> default_rulebook().trial_years()
        (2015, 2018, 2021)
        """
        return tuple(
            sorted(
                {
                    r.trial_from.year
                    for section in SECTIONS
                    for r in self.records(section)
                    if r.trial_from is not None
                }
            )
        )

    def _trial(self, value: object) -> Trial:
        """A trial given as years, checked against the book's trials."""
        trial = trial_of(value)
        if isinstance(trial, frozenset):
            known = self.trial_years()
            for year in sorted(trial):
                if year not in known:
                    raise UnknownNameError(
                        "trial (the year it began)", shown_value(year), tuple(map(str, known))
                    )
        return trial

    def with_overrides(self, path: str | Path | IO[Any]) -> RuleBook:
        """A new rule book: this one with a user's override file applied (this one is unchanged).

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> mine = book.with_overrides("examples/rules-override.toml")
        >>> mine.label != book.label, book.label
        (True, 'ipprules embedded rule book 2026.11.23')
        """
        from ipprules.rulebook.loader import merge_override, read_override

        override, doc = read_override(plain(path) if isinstance(path, str) else path)
        data, origins = merge_override(self.data, dict(self.origins), override, doc)  # type: ignore[arg-type]
        return RuleBook(data, origins)

    def to_data(self) -> dict[str, Any]:
        """The whole book as plain JSON-ready data: the sections, sources and
        interpretations in the override-file format, with the book's own header
        (``coverage_from``, ``coverage_until``, ``default_interpretation``), which an
        override cannot change: leave those three out to load the data as an override. A
        reason code whose file states no ``severity`` has none here either (the model's
        ``general`` is a placeholder), so the data read back keeps its class unknown.

        >>> from ipprules import default_rulebook
        >>> book = default_rulebook()
        >>> data = book.to_data()
        >>> data["default_interpretation"], data["coverage_from"]
        ('brief', '2015-01-06')
        """
        result: dict[str, Any] = unstructure(self.data)
        for record, item in zip(self.data.reason_codes, result["reason_codes"], strict=True):
            if record.severity_unstated_in:
                del item["severity"]
        return result


def _resolve(
    records: Sequence[Rule], day: dt.date, chain: Mapping[str | None, int], trial: Trial
) -> dict[str, Rule]:
    best: dict[str, tuple[int, dt.date, Rule]] = {}
    for record in records:
        rank = chain.get(record.interpretation)
        if rank is None or not record.in_force(day, trial=trial):
            continue
        start = record.start(trial=trial)
        held = best.get(record.id)
        if held is None or rank < held[0] or (rank == held[0] and start > held[1]):
            best[record.id] = (rank, start, record)
    return {rid: best[rid][2] for rid in sorted(best)}


def _spans(spans: Iterable[tuple[dt.date, dt.date | None]]) -> str:
    """Periods ``(from, until or None)`` in words, those that meet or overlap as one
    ("from A until B and from C"); ``""`` for none.

    >>> _spans([(dt.date(2020, 1, 1), None), (dt.date(2016, 1, 1), dt.date(2018, 1, 1))])
    'from 2016-01-01 until 2018-01-01 and from 2020-01-01'
    """
    merged: list[tuple[dt.date, dt.date | None]] = []
    for start, end in sorted(spans, key=lambda span: span[0]):
        last = merged[-1][1] if merged else start
        if merged and (last is None or start <= last):
            merged[-1] = (merged[-1][0], None if last is None or end is None else max(last, end))
        else:
            merged.append((start, end))
    return " and ".join(
        f"from {start}" + (f" until {end}" if end is not None else "") for start, end in merged
    )


def _get(mapping: Mapping[str, R], kind: str, key: str, when: dt.date) -> R:
    key = _named(key, f"the {kind} id")
    found = mapping.get(key)
    if found is None:
        known = tuple(mapping)
        near = suggest(key, known) or _part_of(key, known)
        raise UnknownNameError(f"{kind} (as of {when})", key, known, suggestion=near)
    return found


def _part_of(name: str, known: Sequence[str]) -> str | None:
    """The one known id that ``name`` is a whole word of (``form`` for ``standalone_form``),
    where spelling finds none nearer; ``None`` when no id or several have that word.

    >>> _part_of("form", ["portal", "standalone_form", "email"])
    'standalone_form'
    >>> _part_of("counterfeit", ["tm_counterfeit", "tm_counterfeit_test_purchase"]) is None
    True
    """
    word = unicodedata.normalize("NFKC", name).strip().lower().replace("-", "_")
    if not word or "_" in word.strip("_"):
        return None
    having = [k for k in known if word in k.lower().replace("-", "_").split("_")]
    return having[0] if len(having) == 1 else None


def _named(name: object, what: str) -> str:
    """``name`` as a plain ``str`` (a subclass's own ``__eq__``/``__hash__``, which may raise,
    are not called by the look-up); another type (a number, ``None``, bytes) is refused: a
    ``TypeError`` saying ``what`` it stands for, as every look-up of the book says it.

    >>> _named(3, "name")
    Traceback (most recent call last):
    ...
    TypeError: name must be a str, got int
    """
    if not isinstance(name, str):
        raise TypeError(f"{what} must be a str, got {type(name).__name__}")
    return plain(name)


def _record_data(record: Rule) -> Any:
    """A record as plain data; a reason code as :meth:`ReasonCode.as_dict` gives it (a class
    no file states is ``unknown``, naming the file): what ``rules section``, ``to_dict()`` and
    ``diff_rules`` show of a record."""
    return record.as_dict() if isinstance(record, ReasonCode) else unstructure(record)


def _noted(record: Rule) -> str:
    """A record's note for :meth:`ResolvedRules.to_records`: a reason code whose class no
    file states says so first, naming the file (its ``general`` is a placeholder)."""
    if isinstance(record, ReasonCode) and record.severity_unstated_in:
        said = f"class unknown: {record.severity_unstated_in} gives {record.id} no severity"
        return f"{said}. {record.note}" if record.note else said
    return record.note


@attrs.frozen
class FiledAs:
    """A marketplace without a platform of its own that a reading files as one of the
    programme's platforms (B1: Xianyu is filed by selecting Taobao), as
    :meth:`ResolvedRules.filed_as` answers it.

    ``note`` says so ("xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao
    (B1)"); ``readings`` are the other readings that file it otherwise or as nothing
    (``official``: no source names Xianyu, R33, D11).

    >>> from ipprules import default_rulebook
    >>> filed = default_rulebook().as_of("2024-06-03").filed_as("xianyu")
    >>> filed.platform, filed.readings
    ('taobao', ('official',))
    """

    def __attrs_post_init__(self) -> None:
        refuse_lone_strs(self)  # a lone str is no tuple of one-letter items

    market: str
    platform: str
    note: str
    readings: tuple[str, ...]


def _by_confidence(records: Iterable[Rule]) -> str:
    """How many records at each confidence: ``official 10, brief 3`` (``-`` for none)."""
    found = [record.confidence for record in records]
    counts = [(c.value, found.count(c)) for c in Confidence]
    return ", ".join(f"{name} {n}" for name, n in counts if n) or "-"


@attrs.frozen
class ResolvedRules:
    """The rules in force on one date under one interpretation.

    Each section is a mapping from id to the record in force. Two views are
    equal when every record is equal, whatever their dates.

    >>> from ipprules import default_rulebook
    >>> rules = default_rulebook().as_of("2022-05-01")
    >>> [c.id for c in rules.reason_codes_for("trademark", "taobao", "storefront")]
    ['tm_store_misuse']
    >>> rules.good_faith.version, rules.good_faith.per_reason_code
    ('2022', True)
    >>> rules.accepts_registration("aliexpress", "US")
    <Answer.YES: 'yes'>
    """

    as_of: dt.date = attrs.field(eq=False)
    interpretation: str
    trial: Trial = attrs.field(eq=False)
    book: RuleBook = attrs.field(eq=False, repr=False)
    platforms: Mapping[str, Platform] = attrs.field(repr=False)
    marketplaces: Mapping[str, Marketplace] = attrs.field(repr=False)
    channels: Mapping[str, Channel] = attrs.field(repr=False)
    limits: Mapping[str, Limit] = attrs.field(repr=False)
    ipr_types: Mapping[str, IprType] = attrs.field(repr=False)
    documents: Mapping[str, DocumentKind] = attrs.field(repr=False)
    document_rules: Mapping[str, DocumentRule] = attrs.field(repr=False)
    registrations: Mapping[str, Registrations] = attrs.field(repr=False)
    account_requirements: Mapping[str, AccountRequirement] = attrs.field(repr=False)
    evidence_rules: Mapping[str, EvidenceRule] = attrs.field(repr=False)
    reason_codes: Mapping[str, ReasonCode] = attrs.field(repr=False)
    good_faith_versions: Mapping[str, GoodFaithCriteria] = attrs.field(repr=False)
    metrics: Mapping[str, Metric] = attrs.field(repr=False)
    deadlines: Mapping[str, Deadline] = attrs.field(repr=False)
    penalties: Mapping[str, PenaltyRule] = attrs.field(repr=False)
    counter_notice: Mapping[str, CounterNoticeRule] = attrs.field(repr=False)
    lifecycle: Mapping[str, LifecycleRule] = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field
        for name in SECTIONS:  # read-only: a view is cached and shared (see _Section)
            field = "good_faith_versions" if name == "good_faith" else name
            value = getattr(self, field)
            if type(value) is not _Section:
                object.__setattr__(self, field, _Section(value))

    def __hash__(self) -> int:
        """By value, as views compare: the interpretation and the ids of every section (a
        view hashes equal to its pickled copy and to an equal view of another date)."""
        return hash((self.interpretation, *(frozenset(self.section(name)) for name in SECTIONS)))

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the date, the reading, the trial (``true``, ``false`` or the
        trial years), the rule book's name and every section in force, id to record, each
        record as ``ipprules rules section NAME --format json`` gives it (a reason code as
        :meth:`ReasonCode.as_dict`: a class no file states is ``"unknown"``).

        >>> from ipprules import default_rulebook
        >>> data = default_rulebook().as_of("2026-11-23").to_dict()
        >>> data["as_of"], data["interpretation"], data["trial"]
        ('2026-11-23', 'brief', False)
        >>> data["sections"]["platforms"]["lazada_sg"]["name"]
        'Lazada Singapore'
        """
        trial = sorted(self.trial) if isinstance(self.trial, frozenset) else self.trial
        return {
            "as_of": self.as_of.isoformat(),
            "interpretation": self.interpretation,
            "trial": trial,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "sections": {
                name: {key: _record_data(record) for key, record in self.section(name).items()}
                for name in SECTIONS
            },
        }

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it."""
        return self.as_dict()

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per rule in force: its ``section``, ``id``, dates, reading,
        ``confidence``, ``sources``, the rule ids it implements (``rules``) and ``note``
        (``to_frame()`` gives them as a pandas DataFrame). The note of a reason code of your
        own file that states no ``severity`` begins "class unknown: FILE gives CODE no
        severity".

        >>> from ipprules import default_rulebook
        >>> rows = default_rulebook().as_of("2026-11-23").to_records()
        >>> row = next(r for r in rows if r["id"] == "lazada_sg")
        >>> row["section"], row["confidence"], row["effective_from"]
        ('platforms', 'official', datetime.date(2019, 6, 1))
        """
        return [
            {
                "section": name,
                "id": record.id,
                "effective_from": record.effective_from,
                "effective_until": record.effective_until,
                "interpretation": record.interpretation,
                "confidence": record.confidence.value,
                "sources": list(record.sources),
                "rules": list(record.rules),
                "note": _noted(record),
            }
            for name in SECTIONS
            for record in self.section(name).values()
        ]

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (the ``pandas`` extra), with date columns
        and categorical ``section``, ``interpretation`` (the rule book's readings; ``NaN`` for
        a record of every reading) and ``confidence`` columns.

        >>> from ipprules import default_rulebook
        >>> frame = default_rulebook().as_of("2026-11-23").to_frame()
        >>> str(frame["effective_from"].dtype), str(frame["section"].dtype)
        ('datetime64[s]', 'category')
        >>> str(frame["interpretation"].dtype), list(frame["interpretation"].cat.categories)
        ('category', ['brief', 'official', 'brief-at-least-100'])
        """
        from ipprules._frames import to_frame

        return to_frame(
            self.to_records(),
            dates=("effective_from", "effective_until"),
            categories={
                "section": SECTIONS,
                "interpretation": self.book.interpretations,
                "confidence": tuple(c.value for c in Confidence),
            },
            lists=("sources", "rules"),
        )

    def _repr_html_(self) -> str:
        """A notebook's view, as ``ipprules rules`` summarises it: the date, the reading, the
        trial and the rule book, then each section's records in force by confidence, and the
        Good Faith criteria's version (a bare ``ResolvedRules(as_of=...)`` was shown)."""

        from ipprules._table import reading_label, shown_html  # a view only: not on a load

        e = shown_html
        if isinstance(self.trial, bool):
            trial = "every trial" if self.trial else "none"
        else:
            trial = "the trials of " + ", ".join(map(str, sorted(self.trial)))
        rows = "".join(
            f"<tr><th style='text-align:left'>{e(name)}</th><td>{len(records)}</td>"
            f"<td style='text-align:left'>{e(_by_confidence(records.values()))}</td></tr>"
            for name in SECTIONS
            for records in [self.section(name)]
        )
        gf = self.good_faith
        good_faith = f"version {gf.version}" if gf else "not in force"
        return (
            f"<div><p><strong>Rules in force as of {e(self.as_of.isoformat())}</strong> "
            f"({e(reading_label(self.rulebook, self.interpretation))}; trial: {e(trial)})</p>"
            "<table><tr><th>section</th><th>records in force</th><th>confidence</th></tr>"
            f"{rows}</table><p>Good Faith criteria: {e(good_faith)}. "
            "<code>to_frame()</code> gives one row per record.</p></div>"
        )

    @property
    def rulebook(self) -> str:
        """The name and version of the rule book used.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.rulebook
        'ipprules embedded rule book 2026.11.23'
        """
        return self.book.label

    @property
    def rulebook_version(self) -> str:
        """The version of the rule book used (:attr:`RuleBook.version`), which results
        answered from this view carry as ``rulebook_version``.

        >>> from ipprules import default_rulebook
        >>> default_rulebook().as_of("2026-11-23").rulebook_version
        '2026.11.23'
        """
        return self.book.version

    @property
    def good_faith(self) -> GoodFaithCriteria | None:
        """The Good Faith criteria in force, or ``None`` before the programme existed.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.good_faith.version
        '2022'
        >>> default_rulebook().as_of("2015-01-06").good_faith is None
        True
        """
        return self.good_faith_versions.get(GOOD_FAITH_ID)

    def section(self, name: str) -> Mapping[str, Rule]:
        """A section by name (``platforms``, ``reason_codes``...).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> sorted(rules.section("platforms"))[:3]
        ['1688', 'alibaba_com', 'aliexpress']
        """
        name = require_str(name, "section", empty=True)
        if name == "good_faith":
            return self.good_faith_versions
        if name not in SECTIONS:
            raise UnknownNameError("section", name, SECTIONS)
        mapping: Mapping[str, Rule] = getattr(self, name)
        return mapping

    def platform(self, platform_id: str, *, filed_as: bool = True) -> Platform:
        """The platform with this id (raises :class:`UnknownNameError` if not in force).

        A marketplace without a platform of its own that this reading files as one is
        answered with that platform's record, its ``note`` saying so and naming the readings
        that file it otherwise, as ``ipprules rules platform xianyu`` and ``advise`` answer
        (B1: Xianyu is filed by selecting Taobao); under a reading that files it as nothing
        (``official``: no source names Xianyu, R33, D11) it is refused, with why.
        ``filed_as=False`` refuses it under every reading, naming what it is filed as (for
        answers keyed by the platform's own id, such as :meth:`penalties_for`):

        >>> from ipprules import default_rulebook
        >>> xianyu = default_rulebook().as_of("2024-06-03").platform("xianyu")
        >>> xianyu.id, xianyu.note
        ('taobao', "xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1), \
so these are taobao's rules (differs under: official)")

        A platform of the book that is not on IPP on this date (Lazada before 2019-06-01) is
        refused too, not answered as a gap, and the message names the dates it is on IPP:

        >>> from ipprules import default_rulebook
        >>> default_rulebook().as_of("2019-05-01").platform("lazada_sg")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown platform (as of 2019-05-01) 'lazada_sg'; \
known: 1688, alibaba_com, aliexpress, taobao, tmall, tmall_global; lazada_sg is an IPP \
platform from 2019-06-01, not on 2019-05-01
        """
        if type(filed_as) is not bool:  # "no" was read as True
            filed_as = require_bool(filed_as, "filed_as")
        platform_id = _named(platform_id, "the platform id")
        filed = self._filed_platform(platform_id) if filed_as else None
        if filed is not None:
            return filed
        if platform_id not in self.platforms:
            when = self.on_ipp(platform_id)
            sites = "" if when else self.sites_note(platform_id)
            site = None if when or sites else self.site_of(platform_id)
            note = (
                f"{platform_id} is an IPP platform {when}, not on {self.as_of}"
                if when
                else self._not_a_platform(platform_id) or sites or self.site_note(platform_id)
            )
            if note:
                raise UnknownNameError(
                    f"platform (as of {self.as_of})",
                    platform_id,
                    tuple(self.platforms),
                    note=note,
                    nearest=note != sites,  # the sites are the choices: none is nearer
                    suggestion=site,
                )
            slip = self._slip_of(platform_id) or self._country_site(platform_id)
            if slip is not None:  # lazada_gd: lazada_id with one key slipped, not lazada_sg
                known = tuple(self.platforms)
                raise UnknownNameError(
                    f"platform (as of {self.as_of})", platform_id, known, suggestion=slip
                )
            market = platform_id.strip().lower()
            if market in self.marketplaces:  # XIANYU: names are exact, the marketplace nearest
                known = (*self.platforms, market)
                raise UnknownNameError(f"platform (as of {self.as_of})", platform_id, known)
        return _get(self.platforms, "platform", platform_id, self.as_of)

    def _filed_platform(self, market_id: str) -> Platform | None:
        """The record of the platform a marketplace without a platform of its own is filed as
        under this reading, its note saying so (B1), or ``None``."""
        filed = self.filed_as(market_id)
        if filed is None:
            return None
        record = self.platforms[filed.platform]
        note = f"{filed.note}, so these are {record.id}'s rules" + (
            f" (differs under: {', '.join(filed.readings)})" if filed.readings else ""
        )
        return attrs.evolve(record, note=f"{note}. {record.note}" if record.note else note)

    def filed_as(self, market_id: str) -> FiledAs | None:
        """Where ``market_id`` is a marketplace without a platform of its own that this
        reading files as one of its platforms (B1: Xianyu is filed by selecting Taobao), that
        platform, a note saying so and the other readings that file it otherwise; ``None``
        for any other name (a platform, an unknown name, or a marketplace this reading files
        as nothing: ``official``, R33, D11). ``platform()``, ``ipprules rules`` and
        ``advise`` build their Xianyu notes from it.

        >>> from ipprules import default_rulebook
        >>> filed = default_rulebook().as_of("2024-06-03").filed_as("xianyu")
        >>> filed.platform, filed.note, filed.readings
        ('taobao', 'xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1)', \
('official',))
        >>> default_rulebook().as_of("2024-06-03", "official").filed_as("xianyu") is None
        True
        """
        market_id = _named(market_id, "the marketplace id")
        if market_id in self.platforms:
            return None
        market = self.marketplaces.get(market_id)
        if market is None or not market.files_as or market.files_as not in self.platforms:
            return None
        return FiledAs(
            market=market_id,
            platform=market.files_as,
            note=f"{market_id} is not an IPP platform: {market.name} is filed as "
            f"{market.files_as} ({', '.join(market.rules)})",
            readings=tuple(self._filed_otherwise(market_id, market.files_as)),
        )

    def sites_note(self, name: str) -> str:
        """For a name that is a group of platforms, one per regional site (``lazada``), the
        sites to choose from (B14: the Lazada form asks for the regional site first); ``""``
        for any other name.

        >>> from ipprules import default_rulebook
        >>> default_rulebook().as_of("2023-05-01").sites_note("lazada")
        'lazada is filed per regional site (B14): choose one of lazada_id, lazada_my, \
lazada_ph, lazada_sg, lazada_th, lazada_vn'
        """
        name = _named(name, "the platform name")
        if self._country_site(name) is not None:
            return ""  # 'Lazada Malaysia' names a regional site: lazada_my is suggested
        named = self._group_named(name)
        group = [p for p in self.platforms.values() if p.group == named]
        countries = {p.country for p in group}
        if len(group) < 2 or None in countries or len(countries) < len(group):
            return ""  # not one platform per country (the Taobao family shares CN)
        sites = sorted(p.id for p in group)
        text = f"{named} is filed per regional site (B14): choose one of {', '.join(sites)}"
        shown = name.strip()
        return text if shown.lower() == named else f"{shown} names no regional site; {text}"

    def _group_named(self, name: str) -> str:
        """The group ``name`` names: itself, or the first label of a host that is no site
        of the book (``lazada.com``, ``www.lazada.com``: no country, so no regional site);
        ``""`` for a site (:meth:`site_of`) or an id in another case (``LAZADA_SG``)."""
        if not isinstance(name, str) or any(p.group == name for p in self.platforms.values()):
            return name if isinstance(name, str) else ""
        text = _host(name)
        if text.translate(_AS_UNDERSCORES) in {*self.platforms, *self.marketplaces}:
            return ""  # an id in another case: suggest() names it
        if self.site_of(name) is not None:
            return ""
        if self._slip_of(name) is not None:
            return ""  # lazada_sq: a slip of lazada_sg alone, which platform() suggests
        return text.translate(_AS_DOTS).split(".", 1)[0]

    def _slip_of(self, name: object) -> str | None:
        """The one platform of a group of regional sites (B14) that ``name`` types with one
        slip of a key (``lazada_sq``: ``lazada_sg``); ``None`` for a name that is a slip of
        none of them or of several (``lazada_ig``: ``lazada_id`` or ``lazada_sg``)."""
        if not isinstance(name, str):
            return None
        text = _host(name).translate(_AS_UNDERSCORES)
        label = text.split("_", 1)[0]
        groups = {p.group for p in self.platforms.values()}
        if label not in groups:
            return None
        slipped = [
            p.id for p in self.platforms.values() if p.group == label and _one_slip(text, p.id)
        ]
        return slipped[0] if len(slipped) == 1 else None

    def _country_site(self, name: object) -> str | None:
        """The one platform of a group of regional sites (B14) whose name, or whose country
        alone, ``name`` spells in any case, with or without spaces, hyphens or underscores
        (``Malaysia``, ``Lazada Malaysia``, ``viet nam``: ``lazada_my``, ``lazada_vn``);
        ``None`` for any other name."""
        if not isinstance(name, str):
            return None
        text = _letters(name)
        groups: dict[str, list[Platform]] = {}
        for record in self.platforms.values():
            groups.setdefault(record.group, []).append(record)
        found = {
            record.id
            for members in groups.values()
            if len(members) > 1 and len({p.country for p in members}) == len(members)
            for record in members
            if text
            and (text == _letters(record.name) or text == _letters(record.name.split(" ", 1)[-1]))
        }
        return found.pop() if len(found) == 1 else None

    def site_of(self, name: str) -> str | None:
        """The platform, or marketplace, whose site ``name`` names, under any reading: one of
        its domains or a host of one (``m.tmall.hk``) as typed (any case, with or without the
        scheme, ``www.``, a path, port or query, or a final dot; dots typed as ``_``, ``-``
        or a space, or left out), or the first label of one site alone;
        ``None`` for any other name (R33: Tmall Global is tmall.hk).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.site_of("tmall.hk"), rules.site_of("tmall_hk"), rules.site_of("goofish")
        ('tmall_global', 'tmall_global', 'xianyu')
        >>> rules.site_of("lazada") is None  # six sites: sites_note names them
        True
        """
        name = _named(name, "the site name")
        text = _host(name)
        dotted = text.translate(_AS_DOTS)
        if text.translate(_AS_UNDERSCORES) in {*self.platforms, *self.marketplaces}:
            return None  # an id in another case: suggest() names it
        sites = [
            (record.id, domain)
            for section in ("platforms", "marketplaces")
            for record in self.book.records(section)
            for domain in getattr(record, "domains", ())
        ]
        found = {i for i, d in sites if dotted == d or text == d.replace(".", "")}
        if not found and "." in text:  # a host of the site: m.tmall.hk, detail.1688.com
            found = {i for i, d in sites if text.endswith(f".{d}")}
        if not found:  # a first label shared by several sites (tmall, lazada) names none
            found = {i for i, d in sites if text == d.split(".", 1)[0]}
        return found.pop() if len(found) == 1 else None

    def platform_hint(self, name: str) -> str:
        """What a row's platform that is no platform or marketplace of the book may stand
        for: "not a platform: the site of tmall_global" (R33), "not a platform: lazada is
        filed per regional site (B14): ...", "not a platform: did you mean 'taobao'?" or
        "not a platform"; ``""`` for a platform (of any date) or marketplace. Good Faith
        histories and penalty rows say it of the platforms they leave out.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.platform_hint("tmall.hk"), rules.platform_hint("Taobao")
        ('not a platform: the site of tmall_global', "not a platform: did you mean 'taobao'?")
        >>> rules.platform_hint("taobao"), rules.platform_hint("zzzq")
        ('', 'not a platform')

        A multi-select cell (an Airtable or Notion export) names several:

        >>> rules.platform_hint("taobao, tmall")
        'not a platform: 2 platform ids in one value (taobao, tmall): name one'
        """
        name = _named(name, "the platform name")
        ids = {r.id for r in self.book.records("platforms")}  # any date
        if name in ids or name in self.marketplaces:
            return ""
        site = self.site_of(name)
        if site is not None:
            return f"not a platform: the site of {site}"
        group = self.sites_note(name)
        if group:  # 'lazada': six regional sites (B14), none of them guessed
            return f"not a platform: {group}"
        several = _LISTED.split(name.strip())  # a multi-select cell (Airtable, Notion)
        if len(several) > 1 and {p.casefold() for p in several} <= ids | set(self.marketplaces):
            listed = ", ".join(p.casefold() for p in several)
            return f"not a platform: {len(several)} platform ids in one value ({listed}): name one"
        near = self._slip_of(name) or self._country_site(name)
        near = near or suggest(name, sorted({*ids, *self.marketplaces}))
        return "not a platform" + (f": did you mean {near!r}?" if near is not None else "")

    def site_note(self, name: str) -> str:
        """What ``name`` is where it names a site (:meth:`site_of`): "tmall.hk is the site of
        tmall_global (Tmall Global)", and for a marketplace what it is filed as; ``""``
        otherwise."""
        site = self.site_of(name)  # a TypeError for a name of another type than str
        if site is None or site == name:
            return ""
        record = self.platforms.get(site) or self.marketplaces.get(site)
        when = f"an IPP platform {self.on_ipp(site)}"  # not in force on this date
        known = f" ({record.name if record is not None else when})"
        text = f"{name.strip()} is the site of {site}{known}"  # not ' tmall.hk ' unquoted
        market = self._not_a_platform(site)
        return f"{text}; {market}" if market else text

    def _not_a_platform(self, market_id: str) -> str:
        """What a marketplace without a platform of its own is filed as (Xianyu: Taobao, B1),
        naming the readings that answer otherwise and, where this reading files it as one of
        its platforms, that platform to ask about instead (the refusal of ``filed_as=False``,
        for answers keyed by the platform's own id); ``""`` for a name that is no marketplace."""
        market = self.marketplaces.get(market_id)
        if market is None:
            return ""
        text = f"{market_id} is not an IPP platform"
        if market.files_as:
            text += f": {market.name} is filed as {market.files_as}"
        else:
            text += f", and what {market.name} is filed as is not documented"
        other = self._filed_otherwise(market_id, market.files_as)
        text += f" (differs under: {', '.join(other)})" if other else ""
        if market.files_as in self.platforms:  # what to do: the answers are keyed by its id
            text += (
                f"; ask about {market.files_as} instead, whose answers are {market_id}'s "
                f"({', '.join(market.rules)})"
            )
        return text

    def _filed_otherwise(self, market_id: str, files_as: str | None) -> list[str]:
        """The other readings that file a marketplace as something else (or as nothing)."""
        return [
            name
            for name in self.book.interpretations
            if name != self.interpretation and self._files_as_under(name, market_id) != files_as
        ]

    def _files_as_under(self, interpretation: str, market_id: str) -> str | None:
        other = self.book.as_of(self.as_of, interpretation, trial=self.trial)
        found = other.marketplaces.get(market_id)
        return found.files_as if found is not None else None

    def on_ipp(self, platform_id: str) -> str:
        """When the book has ``platform_id`` on IPP ("from 2019-06-01", "from ... until ..."),
        under any reading, or ``""`` for a name the book does not know as a platform.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.on_ipp("aliexpress"), rules.on_ipp("nowhere")
        ('from 2015-01-06', '')
        """
        platform_id = _named(platform_id, "the platform id")
        records = [r for r in self.book.records("platforms") if r.id == platform_id]
        return _spans((r.effective_from, r.effective_until) for r in records)

    def channel(self, channel_id: str) -> Channel:
        """The channel with this id (raises :class:`UnknownNameError` if not in force).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.channel("portal").id
        'portal'
        """
        return _get(self.channels, "channel", channel_id, self.as_of)

    def ipr_type(self, ipr_type: str) -> IprType:
        """The IPR type ``ipr_type``; a kind of patent given as the type (``design``) is
        refused with a note naming the type it is filed as (B6: designs are filed as
        Patent).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.ipr_type("trademark").id
        'trademark'
        >>> rules.ipr_type("design")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: ...design is a kind of patent: file it as patent...
        """
        ipr_type = _named(ipr_type, "the IPR type id")
        if ipr_type not in self.ipr_types:
            for kind in self.ipr_types.values():
                if ipr_type in kind.subtypes:
                    raise UnknownNameError(
                        f"IPR type (as of {self.as_of})",
                        ipr_type,
                        tuple(self.ipr_types),
                        note=f"{ipr_type} is a kind of {kind.id}: file it as {kind.id} with "
                        f"subtype {ipr_type} ({', '.join(kind.rules)})",
                    )
        return _get(self.ipr_types, "IPR type", ipr_type, self.as_of)

    def document(self, document_id: str) -> DocumentKind:
        """The document kind with this id (raises :class:`UnknownNameError` if not in force).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.document("trademark_certificate").id
        'trademark_certificate'
        """
        return _get(self.documents, "document", document_id, self.as_of)

    def reason_code(self, code: str) -> ReasonCode:
        """The reason code with this id (raises :class:`UnknownNameError` if not in force).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> code = rules.reason_code("tm_counterfeit")
        >>> code.id, code.ipr_type
        ('tm_counterfeit', 'trademark')

        A reason code of the book that is not in force on this date is refused with its dates
        (AliExpress's misleading information, a category of its policy of 21 Jan 2015: R51):

        >>> default_rulebook().as_of("2015-01-20").reason_code("tm_misleading")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown reason code (as of 2015-01-20) \
'tm_misleading'; known: ...; tm_misleading is in force from 2015-01-21, not on 2015-01-20
        """
        return self._dated("reason_codes", self.reason_codes, "reason code", code)

    def deadline(self, deadline_id: str) -> Deadline:
        """The deadline with this id (raises :class:`UnknownNameError` if not in force).

        A deadline of the book that is not in force on this date is refused, and the message
        names the dates it is in force (IPP Plus, a pilot from January 2020: R92):

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.deadline("counter_notice_round_1").id
        'counter_notice_round_1'
        >>> default_rulebook().as_of("2019-12-31").deadline("processing_lazada_ipp_plus")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown deadline (as of 2019-12-31) \
'processing_lazada_ipp_plus'; known: ...; processing_lazada_ipp_plus is in force from \
2020-01-01, not on 2019-12-31
        """
        return self._dated("deadlines", self.deadlines, "deadline", deadline_id)

    def _dated(self, section: str, mapping: Mapping[str, R], kind: str, key: str) -> R:
        """The record ``key`` of ``mapping`` (the view's ``section``), as :func:`_get` finds
        it; a record of the book not in force on this date is refused with its dates
        (:meth:`not_in_force`) and no other name suggested: the name is right, its date not."""
        key = _named(key, f"the {kind} id")
        if key not in mapping:
            note = self.not_in_force(section, key)
            if note:
                raise UnknownNameError(
                    f"{kind} (as of {self.as_of})", key, tuple(mapping), note=note, nearest=False
                )
        return _get(mapping, kind, key, self.as_of)

    def not_in_force(self, section: str, record_id: str) -> str:
        """For a record of the book that is not in force on this date under this reading, when
        it is ("X is in force from D[ until E], not on as_of"); ``""`` for an id in force, or one
        the section has under no date.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2019-05-31")
        >>> rules.not_in_force("deadlines", "counter_notice_lazada")
        'counter_notice_lazada is in force from 2019-06-01, not on 2019-05-31'
        """
        in_force = self.section(section)
        record_id = _named(record_id, "record_id")
        if record_id in in_force:
            return ""
        chain = self.book._chain(self.interpretation)  # the reading and the ones it builds on
        spans = _spans(
            (r.start(trial=self.trial), r.effective_until)
            for r in self.book.records(section)
            if r.id == record_id and r.interpretation in chain
        )
        return f"{record_id} is in force {spans}, not on {self.as_of}" if spans else ""

    def marketplace(self, marketplace_id: str) -> Marketplace:
        """The marketplace with this id (raises :class:`UnknownNameError` if not in force).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.marketplace("xianyu").id
        'xianyu'
        """
        return _get(self.marketplaces, "marketplace", marketplace_id, self.as_of)

    def metric(self, metric_id: str) -> Metric:
        """The metric definition with this id (raises :class:`UnknownNameError` if not in force).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.metric("takedown_rate_listing").metric
        'takedown_rate'
        """
        return _get(self.metrics, "metric", metric_id, self.as_of)

    def default_metric(self, metric: str) -> Metric:
        """The default definition of ``takedown_rate``, ``counter_notice_rate`` or ``volume``.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.default_metric("takedown_rate").id
        'takedown_rate_listing'
        """
        metric = require_str(metric, "metric", empty=True)
        for item in self.metrics.values():
            if item.metric == metric and item.default:
                return item
        raise UnknownNameError("metric", metric, sorted({m.metric for m in self.metrics.values()}))

    def penalties_for(self, platform_id: str) -> PenaltyRule | None:
        """The penalty rules of a platform, or ``None`` where none are documented.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.penalties_for("aliexpress").id, rules.penalties_for("taobao")
        ('aliexpress', None)
        """
        platform_id = self.platform(platform_id, filed_as=False).id  # plain str
        return self.penalties.get(platform_id)

    def registrations_for(self, platform_id: str) -> Registrations:
        """Which places of registration a platform accepts.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.registrations_for("aliexpress").preferred
        ('CN',)
        """
        self.platform(platform_id, filed_as=False)
        return _get(self.registrations, "registration rule", platform_id, self.as_of)

    def accepts_registration(self, platform_id: str, place: str) -> Answer:
        """Whether a right registered in ``place`` is accepted (ISO code; ``CN``: mainland).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> rules.accepts_registration("aliexpress", "CN")
        <Answer.YES: 'yes'>
        >>> rules.accepts_registration("taobao", "US")
        <Answer.NO: 'no'>

        A place that is no two-letter code of a place of registration is refused, not
        answered: ``"Hong Kong"`` or ``" HK"`` answered ``no`` on Tmall Global (B13 takes
        HK), and ``"China"`` or ``"UK"`` ``yes`` on AliExpress (B15), for no real place:

        >>> rules.accepts_registration("tmall_global", "Hong Kong")
        Traceback (most recent call last):
        ...
        ipprules.errors.InputError: $.place: 'Hong Kong' is not a place of registration \
(expected a two-letter code: CN is mainland China; HK, TW, US, EU, WO...)
        """
        if not isinstance(place, str):
            raise TypeError(f"place must be a str (an ISO code), got {type(place).__name__}")
        place = _place_of_registration(plain(place))  # a subclass's own upper is not called
        rule = self.registrations_for(platform_id)
        if rule.known is Answer.UNKNOWN:
            return Answer.UNKNOWN
        if "*" in rule.accepted or place.upper() in rule.accepted:
            return Answer.YES
        return Answer.NO

    def reason_codes_for(
        self,
        ipr_type: str,
        platform: str,
        target: Target | str = Target.LISTING,
        *,
        member: bool = False,
        subtype: str | None = None,
    ) -> tuple[ReasonCode, ...]:
        """The reason codes admissible for an IPR type, platform and target.

        Good-Faith-only codes are included only for members (``member``: a bool; ``"no"``,
        ``0`` or ``None`` is a ``TypeError``). None for store fronts where the
        platform takes no store-front complaints (B16: only the Taobao family does); where
        it is a documented gap for the IPR type (D13, ``Platform.storefront_for`` is
        ``unknown``) the catalogue's codes are given, and the gap is the platform's answer:
        the platform's listing codes and the store-front codes documented for other
        platforms, the codes :func:`~ipprules.checks.check` leaves to ``storefront-unknown``
        and :func:`~ipprules.checks.advise` admits there. An IPR type, platform, target or
        subtype not in force raises :class:`~ipprules.errors.UnknownNameError`.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> [c.id for c in rules.reason_codes_for("trademark", "taobao")]
        ['tm_counterfeit', 'tm_counterfeit_test_purchase', 'tm_misuse']
        """
        if type(member) is not bool:  # "no" was read as a member
            member = require_bool(member, "member")
        ipr_type = self.ipr_type(ipr_type).id  # plain str: a subclass's __eq__ is not called
        place = self.platform(platform, filed_as=False)
        platform, subtype = place.id, self._subtype(ipr_type, subtype)
        aim = require_member(target, Target, "target")
        front = place.storefront_for(ipr_type) if aim is Target.STOREFRONT else None
        if front is Answer.NO:
            return ()
        gap = front is Answer.UNKNOWN  # D13: neither the target nor a store-front code's
        return tuple(  # platforms settle it there (as in check and advise)
            code
            for code in self.reason_codes.values()
            if code.ipr_type == ipr_type
            and (platform in code.platforms or (gap and Target.STOREFRONT in code.targets))
            and (gap or aim in code.targets)
            and (member or not code.good_faith_only)
            and (subtype is None or not code.subtypes or subtype in code.subtypes)
        )

    def document_rules_for(
        self, ipr_type: str, platform: str, subtype: str | None = None
    ) -> tuple[DocumentRule, ...]:
        """The document rules that may apply to a right of this type on this platform.

        An IPR type, platform or subtype not in force raises
        :class:`~ipprules.errors.UnknownNameError`.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> [r.id for r in rules.document_rules_for("trademark", "taobao")][:2]
        ['right_assigned', 'right_changed']
        """
        ipr_type = self.ipr_type(ipr_type).id  # plain str: a subclass's __eq__ is not called
        platform = self.platform(platform, filed_as=False).id
        subtype = self._subtype(ipr_type, subtype)
        return tuple(
            rule
            for rule in self.document_rules.values()
            if rule.ipr_type == ipr_type
            and (not rule.platforms or platform in rule.platforms)
            and (subtype is None or not rule.subtypes or subtype in rule.subtypes)
        )

    def deadlines_for(self, platform_id: str | None = None) -> tuple[Deadline, ...]:
        """Deadlines and expectations that apply on a platform (all when ``None``; a platform
        not in force raises :class:`~ipprules.errors.UnknownNameError`).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> [d.id for d in rules.deadlines_for("taobao")][:2]
        ['counter_notice_round_1', 'counter_notice_round_2_3']
        """
        if platform_id is not None:
            platform_id = self.platform(platform_id, filed_as=False).id  # plain str
        return tuple(
            d
            for d in self.deadlines.values()
            if platform_id is None or not d.platforms or platform_id in d.platforms
        )

    def sources_of(self, record: Rule) -> tuple[Source, ...]:
        """The sources a record rests on; a source this book does not hold (a record of
        another book given) is an :class:`~ipprules.errors.UnknownNameError`.

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> [s.id for s in rules.sources_of(rules.reason_code("tm_counterfeit"))]
        ['S13', 'S40', 'S45', 'S58']
        """
        if not isinstance(record, Rule):
            raise TypeError(f"record must be a rule-book record, got {type(record).__name__}")
        known = self.book.sources
        missing = next((s for s in record.sources if s not in known), None)
        if missing is not None:  # a record of another book (an override's), not a KeyError
            raise UnknownNameError(
                "source",
                missing,
                sorted(known),
                note=f"record {record.id!r} cites it: a record of another rule book?",
                nearest=False,
            )
        return tuple(known[s] for s in record.sources)

    def for_platform(self, platform_id: str) -> dict[str, Any]:
        """Everything in force for one platform, as plain data (for browsing and snapshots).

        A marketplace the reading files as a platform is answered as :meth:`platform` answers
        it: that platform's data, the platform record's ``note`` saying so (B1).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> list(rules.for_platform("taobao"))[:3]
        ['platform', 'registrations', 'reason_codes']
        >>> rules.for_platform("xianyu")["platform"]["id"]
        'taobao'
        """
        platform = self.platform(platform_id)
        platform_id = platform.id  # Xianyu's data are Taobao's under the brief (B1)
        gf = self.good_faith
        return {
            "platform": unstructure(platform),
            "registrations": unstructure(self.registrations.get(platform_id)),
            "reason_codes": {
                code.id: {
                    "ipr_type": code.ipr_type,
                    "subtypes": list(code.subtypes),
                    "targets": [t.value for t in code.targets],
                    "evidence": list(code.evidence),
                    "recommended_evidence": list(code.recommended_evidence),
                    "without_evidence": list(code.without_evidence),
                    # a user's code whose file states no class: unknown, not the default
                    "severity": "unknown" if code.severity_unstated_in else code.severity.value,
                    # the class's own confidence here (cr_piracy: unknown on Alibaba.com)
                    "severity_confidence": code.severity_confidence_on(platform_id),
                    "good_faith_only": code.good_faith_only,
                    "lightens_burden": code.lightens_burden,
                    # on this platform: inferred where the code is offered by inference (R54)
                    "confidence": "inferred"
                    if platform_id in code.inferred_platforms
                    else code.confidence.value,
                }
                for code in self.reason_codes.values()
                if platform_id in code.platforms
            },
            "document_rules": sorted(r.id for r in self.document_rules_for_platform(platform_id)),
            "deadlines": {
                d.id: {
                    "kind": d.kind.value,
                    "amount": d.amount,
                    "amount_max": d.amount_max,
                    "unit": d.unit.value if d.unit else None,
                    # inferred where the source names no platform (R61, S25)
                    "confidence": d.confidence_on(platform_id),
                }
                for d in self.deadlines_for(platform_id)
            },
            "penalties": unstructure(self.penalties.get(platform_id)),
            "good_faith": unstructure(gf)
            if gf is not None and platform_id in gf.platforms
            else None,
            "channels": {c.id: c.max_listings for c in self.channels.values()},
            # each channel's confidence on this platform (the stand-alone form on Lazada: B2)
            "channel_confidence": {
                c.id: c.confidence_on(platform_id) for c in self.channels.values()
            },
            "evidence_rules": sorted(
                r.id
                for r in self.evidence_rules.values()
                if not r.platforms or platform_id in r.platforms
            ),
            "limits": {
                m.id: m.value
                for m in self.limits.values()
                if not m.platforms or platform_id in m.platforms
            },
        }

    def document_rules_for_platform(self, platform_id: str) -> Iterator[DocumentRule]:
        """The document rules that may apply on a platform, whatever the IPR type (a platform
        not in force raises :class:`~ipprules.errors.UnknownNameError` at the call).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2026-11-23")
        >>> [r.id for r in rules.document_rules_for_platform("taobao")][:2]
        ['copyright_assigned', 'copyright_changed']
        """
        platform_id = self.platform(platform_id, filed_as=False).id  # plain str
        return iter(
            tuple(
                rule
                for rule in self.document_rules.values()
                if not rule.platforms or platform_id in rule.platforms
            )
        )

    def subtype_filter(self, ipr_type: str, subtype: str | None) -> str | None:
        """What the engines filter a right's rules by: ``subtype`` when it is one of the IPR
        type's subtypes, else ``None`` (a right whose subtype does not fit its type is
        reported by the check, and is otherwise read as having none).

        >>> from ipprules import default_rulebook
        >>> rules = default_rulebook().as_of("2024-01-02")
        >>> rules.subtype_filter("patent", "design"), rules.subtype_filter("trademark", "design")
        ('design', None)
        """
        if type(ipr_type) is not str:  # a subclass's __hash__ is not called; junk is refused
            ipr_type = _named(ipr_type, "the IPR type id")
        if subtype is not None and type(subtype) is not str:
            subtype = _named(subtype, "the subtype")
        kind = self.ipr_types.get(ipr_type)
        if kind is None or subtype not in kind.subtypes:
            return None
        return subtype

    def _subtype(self, ipr_type: str, subtype: object) -> str | None:
        """``subtype`` as a plain ``str`` if it is one of the IPR type's (``None``: no subtype
        asked), else refused."""
        if subtype is None:
            return None
        subtypes = self.ipr_types[ipr_type].subtypes
        return check_name(f"subtype of {ipr_type}", subtype, subtypes, param="subtype")


def _place_of_registration(place: str) -> str:
    """``place`` upper-cased where it is a two-letter code of a place of registration (ISO
    3166-1 alpha-2 or a WIPO regional office's, :func:`ipprules._places.place_slip`: the
    rule plans and rules files are checked with), else an :class:`InputError`."""
    code = place.upper()
    two_letters = len(place) == 2 and place.isascii() and place.isalpha()
    why = (
        place_slip(code)
        if two_letters
        else "expected a two-letter code: CN is mainland China; HK, TW, US, EU, WO..."
    )
    if why:
        raise InputError(f"{quoted(place)} is not a place of registration ({why})", "$.place")
    return code


def file_reading(book: RuleBook, name: str) -> str:
    """``name``, the reading a plan, portfolio or account file names (its ``interpretation``),
    checked against ``book``: one the book does not know (misspelt, or in other case) is an
    :class:`~ipprules.errors.InputError` at ``$.interpretation``, so that the command line
    names the file's line, as for any other value of the file; the message is the book's own
    (``unknown interpretation 'Official' (did you mean 'official'?)``)."""
    try:
        book.interpretation(name)
    except UnknownNameError as exc:
        raise InputError(str(exc), path="$.interpretation") from None
    return name
