"""Findings, their catalogue, and the report a check returns.

Findings are data: a frozen :class:`Finding` carries a stable ``code`` from the
catalogue (``findings.json``, loaded on first use), a severity, a JSON path into
the plan, a message, and the rule and source ids it rests on. Codes are never
reused.

>>> entry = explain("right-expired")
>>> entry.severity, entry.title
(<FindingSeverity.ERROR: 'error'>, 'right expired before the filing date')
>>> explain("no-such-code")
Traceback (most recent call last):
...
ipprules.errors.UnknownNameError: unknown finding code 'no-such-code'
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ipprules._args import require_instance, require_int, require_member
from ipprules._dates import rulebook_keys
from ipprules._shipped import shipped_text
from ipprules._table import reading_label, shown_html, shown_lines
from ipprules._typed import check_types
from ipprules._vocab import NamedEnum, check_name
from ipprules.errors import (
    MESSAGE_LIMIT,
    IpprulesError,
    UnknownNameError,
    bounded_text,
    plain,
)
from ipprules.rulebook.model import WEAK_CONFIDENCES, weakest

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import RuleBook

__all__ = [
    "CatalogueEntry",
    "CheckFailed",
    "Finding",
    "FindingSeverity",
    "Report",
    "catalogue",
    "catalogue_markdown",
    "explain",
    "sort_key",
]


class FindingSeverity(NamedEnum):
    """How bad a finding is. ``unknown``: the rules have a documented gap here.

    >>> from ipprules.checks import FindingSeverity
    >>> FindingSeverity("error")
    <FindingSeverity.ERROR: 'error'>
    >>> [m.value for m in FindingSeverity]
    ['error', 'warning', 'unknown', 'info']
    """

    ERROR = "error"
    WARNING = "warning"
    UNKNOWN = "unknown"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort rank: errors first, then warnings, unknowns, infos."""
        return _RANK[self]


_RANK = {
    FindingSeverity.ERROR: 0,
    FindingSeverity.WARNING: 1,
    FindingSeverity.UNKNOWN: 2,
    FindingSeverity.INFO: 3,
}


@attrs.frozen
class CatalogueEntry:
    """One finding code: what it means, how bad it is, how to fix it, what it rests on.

    >>> from ipprules.checks import catalogue
    >>> entry = catalogue()["plan-empty"]
    >>> entry.code, entry.severity.value, entry.title
    ('plan-empty', 'info', 'the plan has no complaints')
    """

    code: str
    severity: FindingSeverity
    title: str
    explanation: str
    fix: str
    rules: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the entry's fields (``ipprules explain CODE --format json`` prints
        them, with the confidence of its rules and the kinds of its sources).

        >>> from ipprules import explain
        >>> explain("plan-empty").to_dict()["severity"]
        'info'
        """
        from ipprules._convert import unstructure

        data: dict[str, Any] = unstructure(self)
        return data

    #: The same as :meth:`to_dict`: both names work on every result.
    as_dict = to_dict

    def citable_rules(
        self, rulebook: RuleBook | None = None, as_of: dt.date | str | None = None
    ) -> tuple[str, ...]:
        """Every rule id a finding of this code can cite: :attr:`rules` (a finding that rests
        on no record cites them), then the rules of the rule-book records its findings rest
        on, in ``rulebook`` (default: the embedded one), of the records in force on ``as_of``
        (default: of any date). ``ipprules explain CODE`` lists the same.

        >>> from ipprules import explain
        >>> explain("evidence-missing").citable_rules(as_of="2026-11-23")[:3]
        ('B17', 'B16', 'R48')
        """
        from ipprules._args import require_instance
        from ipprules.rulebook import RuleBook, as_date

        if rulebook is not None:
            require_instance(rulebook, RuleBook, "rulebook")
        day = None if as_of is None else as_date(as_of, "as-of date", name="as_of")
        return tuple(dict.fromkeys((*self.rules, *record_rules(self.code, rulebook, day))))

    def __str__(self) -> str:
        """:meth:`text`, as ``ipprules explain`` prints it (``print(entry)``)."""
        return self.text()

    def _repr_html_(self) -> str:
        """Notebook rendering: what the code means, how to fix it, its rules and sources
        (:func:`ipprules._table.entry_html`, as a :class:`~ipprules.CodeEntry` shows)."""
        from ipprules._table import entry_html

        return entry_html(self.to_dict())

    def text(self) -> str:
        """A few lines for ``ipprules explain``."""
        lines = [
            f"{self.code} ({self.severity.value}): {self.title}",
            "",
            self.explanation,
            "",
            f"How to fix: {self.fix}",
        ]
        if self.rules:
            lines.append(f"Rules: {', '.join(self.rules)}")
        if self.sources:
            lines.append(f"Sources: {', '.join(self.sources)}")
        return "\n".join(lines)


@functools.cache
def catalogue() -> Mapping[str, CatalogueEntry]:
    """Every finding code, in catalogue order (read from ``findings.json`` on first use)."""
    return read_catalogue(shipped_text(__name__, "findings.json"))


def read_catalogue(text: str) -> dict[str, CatalogueEntry]:
    """The entries of a catalogue file's text (a JSON list), by code, in file order."""
    raw = json.loads(text)
    entries = {}
    for item in raw:
        entry = CatalogueEntry(
            code=item["code"],
            severity=FindingSeverity(item["severity"]),
            title=item["title"],
            explanation=item["explanation"],
            fix=item["fix"],
            rules=tuple(item["rules"]),
            sources=tuple(item["sources"]),
        )
        entries[entry.code] = entry
    return entries


def explain(code: str) -> CatalogueEntry:
    """The catalogue entry of a finding code (:class:`UnknownNameError` if there is none).

    >>> import ipprules
    >>> entry = ipprules.explain("evidence-missing")
    >>> entry.severity.value, entry.rules
    ('error', ('B17',))
    """
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, got {type(code).__name__}")
    code = plain(code)  # a str subclass's own __hash__ and __eq__ are never called
    entry = catalogue().get(code)
    if entry is None:
        raise UnknownNameError("finding code", code, tuple(catalogue()), note=_elsewhere(code))
    return entry


def _elsewhere(code: str) -> str:
    """Where a code that is no finding of the checks is explained, if it is another engine's
    (the command line's ``ipprules explain`` reads every catalogue)."""
    from ipprules.listings import REJECTION_CODES

    if code in REJECTION_CODES or code.startswith("listing:"):
        return f"it is a listing rejection code: ipprules.explain({code!r}) explains every code"
    if code.startswith("cn-"):
        return (
            f"codes cn-... are counter-notice findings: ipprules.explain({code!r}) explains "
            "every code"
        )
    return ""


def catalogue_markdown() -> str:
    """The catalogue as a Markdown page (the docs generator calls this).

    >>> page = catalogue_markdown()
    >>> page.splitlines()[0]
    '# Finding codes'
    >>> "### `listing-wrong-platform`" in page
    True
    """
    out = [
        "# Finding codes",
        "",
        "Every finding of `ipprules check` has one of these codes. Codes are stable and never "
        "reused; `ipprules explain CODE` prints the same text. Severities: **error** (the "
        "complaint would be rejected or is not allowed), **warning** (allowed but risky), "
        "**unknown** (the rules have a documented gap), **info**.",
        "",
        "| code | severity | title |",
        "| --- | --- | --- |",
    ]
    entries = list(catalogue().values())
    out += [f"| [`{e.code}`](#{e.code}) | {e.severity.value} | {e.title} |" for e in entries]
    out += ["", "## The codes"]
    for e in entries:
        out += [
            "",
            f"### `{e.code}`",
            "",
            f"**{e.severity.value}**: {e.title}.",
            "",
            e.explanation,
            "",
            f"*How to fix:* {e.fix}",
        ]
        if e.rules:
            out += ["", f"*Rules:* {', '.join(e.rules)}."]
        if e.sources:
            out += ["", f"*Sources:* {', '.join(e.sources)}."]
    return "\n".join(out) + "\n"


def under_readings(readings: Sequence[str]) -> str:
    """How a note of another reading's finding begins: "under the ... interpretation(s)",
    naming ``readings`` in their order.

    >>> under_readings(["official"])
    'under the official interpretation'
    >>> under_readings(["brief", "brief-at-least-100"])
    'under the brief and brief-at-least-100 interpretations'
    >>> under_readings(["a", "b", "c"])
    'under the a, b and c interpretations'
    """
    if len(readings) == 1:
        return f"under the {readings[0]} interpretation"
    return f"under the {', '.join(readings[:-1])} and {readings[-1]} interpretations"


def _bounded(text: str) -> str:
    """:func:`~ipprules.errors.bounded_text` of ``text``, a ``str`` within the limit returned
    at once (nearly every path and message; the full function costs three checks more on each
    of a planned run's ~12,000 findings).

    >>> _bounded("$.complaints[0]") == bounded_text("$.complaints[0]")
    True
    >>> _bounded("x" * 5000) == bounded_text("x" * 5000)
    True
    """
    if type(text) is str and len(text) <= MESSAGE_LIMIT:
        return text
    return bounded_text(text)


@attrs.frozen
class Finding:
    """One thing found in a plan.

    >>> from ipprules.checks import Finding, FindingSeverity
    >>> f = Finding("listings-empty", FindingSeverity.ERROR, "$.complaints[0].listings",
    ...             "the complaint has no listings", ("B17",), ("BRIEF",))
    >>> str(f)
    'error listings-empty $.complaints[0].listings: the complaint has no listings'
    """

    code: str
    severity: FindingSeverity
    path: str = attrs.field(converter=_bounded)
    message: str = attrs.field(converter=_bounded)
    """Cut in the middle when over :data:`~ipprules.errors.MESSAGE_LIMIT` characters (a user's
    10 MB value quoted in it), saying how much was left out."""
    rule_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    other_readings: tuple[str, ...] = ()
    """The interpretations under which this finding would not hold or would read
    otherwise (filled in by :func:`~ipprules.checks.check`)."""

    def __attrs_post_init__(self) -> None:
        # ~12,000 findings in a planned run: a code and a severity of their usual types pass
        # at two tests; anything else is checked field by field (a TypeError naming it)
        if type(self.severity) is not FindingSeverity or type(self.code) is not str:
            check_types(self)

    def __str__(self) -> str:
        return f"{self.severity.value} {self.code} {self.path}: {self.message}"

    def __repr__(self) -> str:
        return f"<Finding {self}>"

    @property
    def confidence_mark(self) -> str:
        """The ``[confidence ...]`` mark(s) the message ends with: the weak confidence
        (``third-party``, ``inferred``, ``unknown``) of the rules the finding rests on, with
        their ids; ``""`` where it rests on rules the brief or an official page states. A note
        quoting another reading's finding ends with that finding's mark.

        >>> from ipprules.checks import Finding, FindingSeverity
        >>> f = Finding("listings-too-many", FindingSeverity.ERROR, "$.complaints[0].listings",
        ...             "11 links; at most 10 [confidence inferred: B2, R44]")
        >>> f.confidence_mark, f.confidence
        ('[confidence inferred: B2, R44]', 'inferred')
        """
        if "[confidence " not in self.message:
            return ""
        found = _MARKS.search(self.message)
        return found.group(0).strip() if found else ""

    @property
    def confidence(self) -> str | None:
        """The weakest confidence :attr:`confidence_mark` names, or ``None`` where the
        message ends with no mark."""
        words = _MARK_WORD.findall(self.confidence_mark)
        return weakest(*words) if words else None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output.

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> report.findings[0].as_dict()["rule_ids"]
        ['B17', 'R51', 'R52']
        """
        return {
            "code": self.code,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "rule_ids": list(self.rule_ids),
            "sources": list(self.sources),
            "other_readings": list(self.other_readings),
            "confidence": self.confidence,
            "confidence_mark": self.confidence_mark,
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def _repr_html_(self) -> str:

        e = shown_html
        other = (
            f" <em>(differs under: {e(', '.join(self.other_readings))})</em>"
            if self.other_readings
            else ""
        )
        return (
            f"<p><strong>{e(self.severity.value)}</strong> <code>{e(self.code)}</code> "
            f"<code>{e(self.path)}</code>: {e(self.message)}{other}</p>"
        )


#: The confidence marks a message ends with (one per weak confidence, :func:`_caveat`).
_MARKS = re.compile(r"(?: \[confidence [a-z-]+(?:: [^\[\]]*)?\])+$")
_MARK_WORD = re.compile(r"\[confidence ([a-z-]+)")


def without_marks(message: str) -> str:
    """``message`` without the confidence mark(s) it ends with: what two readings giving the
    same finding, one from a weaker source, both say (one verdict).

    >>> without_marks("11 listings; at most 10 [confidence third-party: R15, R44, R33]")
    '11 listings; at most 10'
    """
    return _MARKS.sub("", message) if "[confidence " in message else message


def weaker(kept: Finding, other: Finding) -> Finding:
    """Of two findings giving one verdict, the one whose mark names the weaker confidence
    (``kept`` on a tie): a note quoting several readings' finding quotes the weakest mark.

    >>> a = Finding("c", FindingSeverity.ERROR, "$", "no report")
    >>> b = Finding("c", FindingSeverity.ERROR, "$", "no report [confidence inferred: B9]")
    >>> weaker(a, b).message, weaker(b, a).message
    ('no report [confidence inferred: B9]', 'no report [confidence inferred: B9]')
    """
    if kept.message == other.message:
        return kept
    mine, theirs = kept.confidence, other.confidence
    if theirs is None or (mine is not None and weakest(mine, theirs) == mine):
        return kept
    return other


_PATH_PART = re.compile(r"\[(\d+)\]|\.([^.\[]+)")


def _path_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that orders ``[2]`` before ``[10]``: ``(0, index)`` for each ``[index]``,
    ``(1, name)`` for each ``.name``, as :func:`_parsed_path` reads them.

    A path ending in an index (``$.complaints[10].listings[2]``: nearly every finding of a
    planned run, each path a new one) is read as what comes before its last ``[`` (a path
    many findings share, read once) and that index: no match of ``_PATH_PART`` runs across
    a ``[``, so the key is the same. Reading each such path whole took three times as long.

    >>> _path_key("$.complaints[10].listings[2]")
    ((1, 'complaints'), (0, 10), (1, 'listings'), (0, 2))
    """
    head, bracket, index = path.rpartition("[")
    if bracket and index[-1:] == "]" and index[:-1].isdecimal():  # isdecimal: what \d matches
        return _parsed_path(head) + ((0, int(index[:-1])),)  # noqa: RUF005 (faster than *)
    return _parsed_path(path)


@functools.lru_cache(maxsize=4096)
def _parsed_path(path: str) -> tuple[tuple[int, int | str], ...]:
    """The key of :func:`_path_key`, read by ``_PATH_PART``."""
    return tuple([(0, int(index)) if index else (1, name) for index, name in _findall(path)])


_findall = _PATH_PART.findall


def sort_key(finding: Finding) -> tuple[Any, ...]:
    """The order of findings in a report: severity, path (indices numerically), code, message.

    :func:`_path_key` is written out here and the rank read from ``_RANK``, not through the
    ``rank`` property (an enum property costs a descriptor call): a planned run sorts ~6,000
    findings, its notes nearly all at a listing's path, and this took a third of the sort.

    >>> f = Finding("c", FindingSeverity.INFO, "$.complaints[10].listings[2]", "m")
    >>> sort_key(f) == (f.severity.rank, _path_key(f.path), "c", "m")
    True
    """
    if type(finding) is not Finding:  # asked of every finding: no call for a Finding
        require_instance(finding, Finding, "finding")
    path = finding.path
    head, bracket, index = path.rpartition("[")
    if bracket and index[-1:] == "]" and index[:-1].isdecimal():
        key = _parsed_path(head) + ((0, int(index[:-1])),)  # noqa: RUF005 (faster than *)
    else:
        key = _parsed_path(path)
    return (_RANK[finding.severity], key, finding.code, finding.message)


_COMPLAINT = re.compile(r"\$\.complaints\[(\d+)\]")

#: The columns of :meth:`Report.to_records` and :meth:`Report.to_frame`, in order (a report
#: without findings gives a frame with these columns and no row).
_RECORD_COLUMNS = (
    "code",
    "severity",
    "path",
    "message",
    "rule_ids",
    "sources",
    "other_readings",
    "complaint",
    "as_of",
    "interpretation",
    "rulebook",
    "confidence",
    "confidence_mark",
)


@attrs.frozen
class Report:
    """Every finding of one check, and what it was checked against.

    ``complaints`` holds the complaint ids in plan order (to group findings).

    >>> import ipprules
    >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    >>> report
    <Report FAILED: 14 errors, 1 warning, 0 unknown, 5 info as of 2026-11-23 (brief)>
    >>> report.ok, report.interpretation, report.rulebook
    (False, 'brief', 'ipprules embedded rule book 2026.11.23')
    """

    findings: tuple[Finding, ...]
    as_of: dt.date
    interpretation: str
    rulebook: str
    complaints: tuple[str, ...] = ()
    rulebook_version: str | None = None
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`, ``2026.11.23``); ``to_dict()`` gives it, and the
    date it names as ``rulebook_date``: "rules as of <date>" without parsing ``rulebook``."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field (and a finding's place)

    def __repr__(self) -> str:
        return f"<Report {self.summary()} as of {self.as_of.isoformat()} ({self.interpretation})>"

    def __str__(self) -> str:
        """:meth:`text`, as ``ipprules check`` prints it (``print(report)``)."""
        return self.text()

    def __iter__(self) -> Iterator[Finding]:
        """The findings, in order (``for finding in report``), as a coverage gives its cells.

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> [f.code for f in report][:2]
        ['evidence-missing', 'listing-wrong-platform']
        """
        return iter(self.findings)

    @property
    def ok(self) -> bool:
        """No errors (warnings, unknowns and infos are allowed)."""
        return not any(f.severity is FindingSeverity.ERROR for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return self.of(FindingSeverity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return self.of(FindingSeverity.WARNING)

    def of(self, severity: FindingSeverity | str) -> tuple[Finding, ...]:
        """The findings of one severity (an unknown severity raises
        :class:`~ipprules.errors.UnknownNameError`).

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> [f.code for f in report.of("warning")]
        ['listing-platform-ambiguous']
        """
        wanted = require_member(severity, FindingSeverity, "severity")
        return tuple(f for f in self.findings if f.severity is wanted)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, sorted."""
        return tuple(sorted({f.code for f in self.findings}))

    def counts(self) -> dict[str, int]:
        """How many findings of each severity (every severity listed).

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> report.counts()
        {'error': 14, 'warning': 1, 'unknown': 0, 'info': 5}
        """
        out = {s.value: 0 for s in FindingSeverity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out

    def for_complaint(self, index: int | str) -> tuple[Finding, ...]:
        """The findings of one complaint: by its position in the plan (an ``int``, the ``i``
        of ``$.complaints[i]``) or by its id (a ``str``: every complaint with that id).

        An id not in the plan raises :class:`~ipprules.errors.UnknownNameError`, a position
        outside it an :class:`~ipprules.errors.InputError`, anything else a ``TypeError``.

        >>> import datetime as dt
        >>> from ipprules import Report
        >>> r = Report((), dt.date(2026, 11, 23), "brief", "ipprules 1", ("C-1", "C-2"))
        >>> r.for_complaint(1), r.for_complaint("C-2")
        ((), ())
        >>> r.for_complaint("nope")
        Traceback (most recent call last):
        ...
        ipprules.errors.UnknownNameError: unknown complaint id 'nope'; known: C-1, C-2
        """
        if isinstance(index, str):
            index = check_name("complaint id", index, self.complaints, param="index")  # plain
            heads = {f"$.complaints[{i}]" for i, c in enumerate(self.complaints) if c == index}
        else:
            if isinstance(index, bool) or not isinstance(index, int):
                raise TypeError(
                    "index must be an int (a position) or a str (a complaint id), "
                    f"got {type(index).__name__}"
                )
            high = len(self.complaints) - 1 if self.complaints else None
            index = require_int(index, "index", low=0, high=high)  # a plain int
            heads = {f"$.complaints[{index}]"}
        starts = tuple(h + end for h in heads for end in (".", "["))
        return tuple(f for f in self.findings if f.path in heads or f.path.startswith(starts))

    def groups(self) -> list[tuple[str, tuple[Finding, ...]]]:
        """Findings grouped: the plan, account and rights first, then each complaint in order.

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> [(title, len(found)) for title, found in report.groups()][:2]
        [('plan', 2), ('complaint ae-logo ($.complaints[1])', 1)]
        """
        general: list[Finding] = []
        by_complaint: dict[int, list[Finding]] = {}
        for f in self.findings:
            m = _COMPLAINT.match(f.path)
            if m is None:
                general.append(f)
            else:
                by_complaint.setdefault(int(m.group(1)), []).append(f)
        out: list[tuple[str, tuple[Finding, ...]]] = []
        if general:
            out.append(("plan", tuple(general)))
        for index in sorted(by_complaint):
            name = self.complaints[index] if index < len(self.complaints) else str(index)
            out.append((f"complaint {name} ($.complaints[{index}])", tuple(by_complaint[index])))
        return out

    def summary(self) -> str:
        """One line: the verdict and the counts.

        >>> import datetime as dt
        >>> from ipprules import Report
        >>> Report((), dt.date(2026, 11, 23), "brief", "ipprules 1").summary()
        'OK: 0 errors, 0 warnings, 0 unknown, 0 info'
        """
        c = self.counts()
        verdict = "OK" if self.ok else "FAILED"
        errors = f"{c['error']} error" + ("" if c["error"] == 1 else "s")
        warnings = f"{c['warning']} warning" + ("" if c["warning"] == 1 else "s")
        return f"{verdict}: {errors}, {warnings}, {c['unknown']} unknown, {c['info']} info"

    def text(self, where: Mapping[str, str] | None = None) -> str:
        """A readable report grouped by complaint; ``where`` maps a finding's JSON path to
        where it is written (``"plan.toml:14"``, as ``ipprules check`` shows it).

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> print(report.text().splitlines()[0])
        Checked as of 2026-11-23 (ipprules embedded rule book 2026.11.23 · interpretation brief)
        >>> print(report.text({"$.rights[2].documents[1]": "plan.toml:20"}).splitlines()[5])
          error   document-unknown  $.rights[2].documents[1]  (plan.toml:20)
        """
        if where is not None and not isinstance(where, Mapping):
            raise TypeError(
                f"where must be a mapping of paths to places, got {type(where).__name__}"
            )
        place = {} if where is None else where
        lines = [
            f"Checked as of {self.as_of.isoformat()} "
            f"({reading_label(self.rulebook, self.interpretation)})",
        ]
        for title, findings in self.groups():
            lines += ["", title]
            for f in findings:
                at = place.get(f.path)
                at = f"  ({at})" if isinstance(at, str) else ""
                lines.append(f"  {f.severity.value:<7} {f.code}  {f.path}{at}")
                lines.append(f"          {f.message}")
                if f.other_readings:
                    lines.append(f"          differs under: {', '.join(f.other_readings)}")
        lines += ["", self.summary()]
        return shown_lines("\n".join(lines))

    def to_records(self) -> list[dict[str, Any]]:
        """One dict of plain Python values per finding: ``as_of`` a :class:`datetime.date`,
        ``rule_ids``, ``sources`` and ``other_readings`` lists (never comma-joined).

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> first = report.to_records()[0]
        >>> first["code"], first["complaint"], first["rule_ids"], first["as_of"]
        ('evidence-missing', 'tm-test-buy', ['B17', 'R51', 'R52'], datetime.date(2026, 11, 23))
        """
        head = {
            "as_of": self.as_of,
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
        }
        out = []
        for f in self.findings:
            m = _COMPLAINT.match(f.path)
            index = int(m.group(1)) if m else None
            record = f.as_dict()
            record["complaint"] = (
                self.complaints[index]
                if index is not None and index < len(self.complaints)
                else None
            )
            record.update(head)
            # the mark as data comes last, as in the frame (columns added after the others)
            record["confidence"] = record.pop("confidence")
            record["confidence_mark"] = record.pop("confidence_mark")
            out.append(record)
        return out

    def to_frame(self) -> Any:
        """The records as a :class:`pandas.DataFrame` (needs the ``pandas`` extra): ``as_of``
        a ``datetime64`` column, ``severity``, ``code`` and ``interpretation`` categorical, list
        columns as lists, ``path``, ``message``, ``complaint`` and ``rulebook`` pandas' text
        dtype (``complaint`` is missing for a finding about no complaint) - the same dtypes
        for no finding, one or many.

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> frame = report.to_frame()
        >>> len(frame), str(frame["as_of"].dtype), str(frame["severity"].dtype)
        (20, 'datetime64[s]', 'category')
        """
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import interpretations

        return to_frame(
            self.to_records(),
            dates=("as_of",),
            categories={
                "severity": FindingSeverity,
                "code": tuple(catalogue()),
                "interpretation": interpretations(),
                "confidence": WEAK_CONFIDENCES,
            },
            lists=("rule_ids", "sources", "other_readings"),
            texts=("path", "message", "complaint", "rulebook", "confidence_mark"),
            columns=_RECORD_COLUMNS,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output (what ``ipprules check --format json`` prints).

        >>> import ipprules
        >>> report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
        >>> data = report.as_dict()
        >>> list(data)  # doctest: +NORMALIZE_WHITESPACE
        ['ok', 'as_of', 'interpretation', 'rulebook', 'rulebook_version', 'rulebook_date',
         'counts', 'findings']
        >>> data["counts"]["error"], data["findings"][0]["code"], data["rulebook_date"]
        (14, 'evidence-missing', '2026-11-23')
        """
        return {
            "ok": self.ok,
            "as_of": self.as_of.isoformat(),
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "counts": self.counts(),
            "findings": [f.as_dict() for f in self.findings],
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def _repr_html_(self) -> str:
        """Notebook rendering: a table of findings (every value HTML-escaped)."""

        e = shown_html
        rows = "".join(
            "<tr>"
            f"<td>{e(f.severity.value)}</td><td><code>{e(f.code)}</code></td>"
            f"<td><code>{e(f.path)}</code></td><td>{e(f.message)}</td>"
            f"<td>{e(', '.join(f.rule_ids))}</td><td>{e(', '.join(f.sources))}</td>"
            f"<td>{e(', '.join(f.other_readings))}</td>"
            "</tr>"
            for f in self.findings
        )
        return (
            f"<div><p><strong>{e(self.summary())}</strong> &mdash; as of "
            f"{e(self.as_of.isoformat())} ({e(reading_label(self.rulebook, self.interpretation))})"
            "</p>"
            "<table><thead><tr><th>severity</th><th>code</th><th>path</th><th>message</th>"
            "<th>rules</th><th>sources</th><th>differs under</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )


class CheckFailed(IpprulesError):
    """A plan has findings with errors; the full :class:`Report` is attached as ``report``.

    >>> import ipprules
    >>> try:
    ...     ipprules.validate(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    ... except ipprules.CheckFailed as failed:
    ...     print(len(failed.report.errors), failed.report.errors[0].code)
    14 evidence-missing
    """

    default_message = "the plan has errors"

    def __init__(self, report: Report) -> None:
        self.report = require_instance(report, Report, "report")  # no AttributeError of a str
        first = report.errors[0] if report.errors else None
        detail = f"; first: {first}" if first is not None else ""
        super().__init__(f"{report.summary()}{detail}")

    def to_dict(self) -> dict[str, Any]:
        """The error's JSON-ready data (:meth:`IpprulesError.to_dict`) with the whole
        ``report`` (:meth:`Report.to_dict`): every finding, not only the first."""
        return {**super().to_dict(), "report": self.report.to_dict()}

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


def sorted_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in report order (see :func:`sort_key`)."""
    return tuple(sorted(findings, key=sort_key))


#: The Good Faith consequence an abuse finding adds (checks/evidence.py, _abuse_citation):
#: the bar of either reading (B21; R69, R82), R72 and R79.
_ABUSE_CONSEQUENCE = ("B21", "R69", "R82", "R72", "R79")

#: The rule-book records a finding code's findings can cite, by code. A finding cites the
#: rules of the records it consulted, or its catalogue entry's when it consulted none
#: (:meth:`ipprules.checks.context.Context.finding`), so ``explain CODE`` lists, after the
#: catalogue's rules, the rules of these records, read from the book in use (on the date
#: asked, ``--as-of``; else on any date): a record the book adds or changes changes the list.
#: Each selector is a section (every record of it: the one the plan's values pick), or
#: ``section:field=value`` (the records whose field has that value: the checks pick the
#: record so), or a rule id the check adds itself. ``tests/checks/test_check25_paths.py``
#: and ``tests/checks/test_explain2_record_rules.py`` check findings against it.
#: ``other-reading-finding`` quotes another code's finding: every code's rules.
RECORD_RULES: dict[str, tuple[str, ...]] = {
    "account-identity-document-missing": ("account_requirements:subject=identity_document",),
    "account-category-own-rights": ("account_requirements:id=registrant_category",),
    "account-identity-not-owner": ("account_requirements:id=identity",),
    "account-organisation-registration": ("account_requirements:subject=organisation",),
    "channel-needs-account": ("channels",),
    "channel-registered-account": ("channels",),
    "channel-platform-inferred": ("channels",),
    "channel-platform-unknown": ("channels",),
    "authorisation-scope-unstated": ("account_requirements:subject=authorisation",),
    "new-filer-large-batch": (
        "limits:id=large_batch",
        "limits:id=track_record",
    ),
    "right-verification-pending": ("account_requirements:id=right_verified",),
    "right-verification-failed": ("account_requirements:id=right_verified",),
    "right-subtype-invalid": ("ipr_types",),
    "right-other-without-advice": ("ipr_types",),
    "right-expires-soon": ("limits:id=expiry_warning",),
    "right-not-accepted": ("document_rules",),
    "right-acceptance-unknown": ("document_rules",),
    "right-report-not-needed-inferred": ("document_rules",),
    "right-document-missing": ("document_rules",),
    "right-place-not-accepted": ("registrations",),
    "right-place-unknown": ("registrations",),
    "right-place-not-preferred": ("registrations",),
    "reason-good-faith-only": ("reason_codes",),
    "reason-offered-inferred": ("reason_codes",),
    "storefront-unknown": ("platforms",),
    "listings-empty": ("channels",),
    "listings-too-many": ("channels",),
    "evidence-missing": ("reason_codes",),
    "evidence-recommended": ("reason_codes",),
    "evidence-contradicts-reason": ("reason_codes",),
    "listing-wrong-platform": ("marketplaces",),
    "listing-not-judged": ("platforms",),
    "listing-marketplace-unknown": ("marketplaces",),
    "listing-duplicate-in-plan": ("limits:id=complaints_per_listing",),
    "document-quality-unknown": ("evidence_rules",),
    "document-without-authority-seal": ("evidence_rules:test=authority_seal",),
    "document-copy-not-accepted": ("evidence_rules:test=colour_or_sealed_copy",),
    "document-class-pages-missing": ("evidence_rules:test=class_pages",),
    "document-translation-missing": ("evidence_rules:test=translation",),
    "translation-certification-unknown": ("evidence_rules:test=translation",),
    "right-number-labelled": ("evidence_rules:test=number_as_printed",),
    "right-name-missing": ("evidence_rules:test=mark_name",),
    "right-assignment-pending": ("evidence_rules:test=registrant_current",),
    "right-field-missing": (
        "evidence_rules:test=class_pages",
        "evidence_rules:test=number_as_printed",
        "evidence_rules:test=registrant_current",
        "evidence_rules:test=trademark_fields",
        "evidence_rules:test=mark_name",
    ),
    "right-class-invalid": ("limits:id=trademark_classes",),
    "right-number-class": ("evidence_rules:test=number_as_printed",),
    "right-number-separated": ("evidence_rules:test=number_as_printed",),
    "right-acceptance-notice": ("documents:id=trademark_acceptance_notice",),
    "evaluation-conclusion-unknown": ("evidence_rules:test=evaluation_positive",),
    "evaluation-report-negative": ("evidence_rules:test=evaluation_positive",),
    "claim-statement-not-accepted": ("evidence_rules:test=claim_statement",),
    "claim-statement-own-form": ("evidence_rules:test=claim_statement",),
    "identity-copy-without-chop": ("evidence_rules:test=company_chop",),
    "identity-document-expired": ("evidence_rules:test=registration_valid",),
    "identity-document-no-photo": ("evidence_rules:test=identity_photo",),
    "identity-document-copy": ("evidence_rules:test=identity_original",),
    "account-name-mismatch": ("evidence_rules:test=name_matches",),
    "authorisation-issuer-not-holder": ("evidence_rules:test=authorisation_issuer",),
    "authorisation-not-sealed-or-signed": ("evidence_rules:test=authorisation_seal_or_signature",),
    "authorisation-no-grant": ("evidence_rules:test=authorisation_own_template",),
    "authorisation-no-title": (
        "evidence_rules:test=authorisation_individual",
        "evidence_rules:test=authorisation_own_template",
    ),
    "authorisation-not-handwritten": ("evidence_rules:test=authorisation_individual",),
    "attachment-too-large": ("evidence_rules:test=attachments",),
    "attachments-too-many": ("limits:id=lazada_attachments",),
    "right-several-iprs": ("evidence_rules:test=one_ipr",),
    "complaint-several-rights": ("evidence_rules:test=one_ipr_per_complaint",),
    "complaint-genuine-goods": ("evidence_rules:test=abuse_genuine_goods", *_ABUSE_CONSEQUENCE),
    "complaint-authorised-reseller": (
        "evidence_rules:test=abuse_authorised_reseller",
        *_ABUSE_CONSEQUENCE,
    ),
    "complaint-against-competitor": ("evidence_rules:test=abuse_competitor", *_ABUSE_CONSEQUENCE),
}


def refuse_outside_coverage(book: Any, day: dt.date) -> None:
    """Raise :class:`~ipprules.errors.CoverageError` when ``day`` is outside ``book``'s
    coverage, in the words of :meth:`RuleBook.as_of` (no record of it is in force then)."""
    until = book.coverage_until
    if day < book.coverage_from or (until is not None and day >= until):
        book.as_of(day)  # raises CoverageError


def record_rules(code: str, book: Any = None, as_of: Any = None) -> list[str]:
    """The rule ids the findings of check code ``code`` can cite from the rule-book records
    they rest on (:data:`RECORD_RULES`), read from ``book`` (``None``: the embedded one): of
    the records in force on ``as_of`` (a date, for an account in a trial or not) or, with
    ``None``, on any date; every interpretation. ``[]`` for a code whose findings rest on no
    record. A date outside the book's coverage raises
    :class:`~ipprules.errors.CoverageError`, as :meth:`RuleBook.as_of` does: no record is in
    force on it.

    >>> record_rules("right-document-missing", as_of="2026-11-23")[:4]
    ['B7', 'R26', 'D9', 'R18']
    """
    from ipprules._args import require_str
    from ipprules.rulebook import RuleBook, as_date, default_rulebook

    code = require_str(code, "code", empty=True)
    book = default_rulebook() if book is None else require_instance(book, RuleBook, "book")
    day = None if as_of is None else as_date(as_of, "as-of date", name="as_of")
    if day is not None:
        refuse_outside_coverage(book, day)
    if code == "other-reading-finding":  # quotes any other code's finding, with its rules
        every = (x for c, e in catalogue().items() if c != code for x in e.rules)
        more = (x for c in RECORD_RULES for x in record_rules(c, book, day))
        return list(dict.fromkeys((*every, *more)))
    found: dict[str, None] = {}
    for selector in RECORD_RULES.get(code, ()):
        if selector[0].isupper():  # a rule id the check adds itself (checks/evidence.py)
            found[selector] = None
            continue
        section, _, match = selector.partition(":")
        field, _, value = match.partition("=")
        for r in book.records(section):
            if field and str(getattr(r, field, None)) != value:
                continue
            if day is None or r.in_force(day) or r.in_force(day, trial=True):
                found.update(dict.fromkeys(r.rules))
    return list(found)
