"""The reason-code advisor: from the facts of an infringement, the admissible reason codes,
ranked, each with why, and the codes that are not admissible, each with why not.

Facts are the closed set the rule book's reason codes name (``counterfeit_product``,
``logo_in_images``, ``mark_in_title``, ``store_name``, ``copied_photos``,
``pirated_copies``, ``design``, ``invention``...) plus two facts about evidence:
``test_purchase`` (a test purchase was made: its report and order number are
available) and ``court_judgment`` (a judgment or ruling is held).

Ranking, best first: more facts matched; fewer pieces of evidence missing; codes
the platform offers by its sources' word before those it offers only by the rule book's
inference (a record's ``inferred_platforms``: R50's undisclosed member codes, R54's texts
beyond Taobao; a wrong code cannot be fixed, B16); serious infringements (handled with
priority) before general ones; reasons whose burden of proof is lightened for this filer
(a Good Faith member on a Good Faith platform); Good-Faith-only reasons for members; then
the code id.

>>> advice = advise("trademark", "taobao", facts=["counterfeit_product", "test_purchase"],
...                 as_of="2023-05-01")
>>> [s.code for s in advice.admissible][:2]
['tm_counterfeit_test_purchase', 'tm_counterfeit']
>>> advice.admissible[0].matched
('counterfeit_product', 'test_purchase')
>>> [(n.code, n.reasons[0]) for n in advice.not_admissible][:1]
[('gf_counterfeit_simplified', 'reserved for Good Faith members')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

import attrs

from ipprules._args import file_hint, keywords_checked
from ipprules._dates import rulebook_keys
from ipprules._table import reading_label, shown_html, shown_lines
from ipprules._typed import check_types, refuse_lone_strs
from ipprules.checks.complaints import (
    good_faith_codes_gap,
    good_faith_scope_note,
    storefront_gap,
)
from ipprules.errors import CoverageError, UnknownNameError, plain
from ipprules.rulebook import ResolvedRules, RuleBook, as_date
from ipprules.rulebook.model import (
    Answer,
    Confidence,
    Platform,
    ReasonCode,
    Severity,
    Target,
    read_target,
    trial_label,
)

__all__ = [
    "EVIDENCE_FACTS",
    "Advice",
    "Decision",
    "NotAdmissible",
    "Suggestion",
    "advise",
    "known_facts",
]

#: Facts that stand for evidence held, and the rule-book documents they provide.
EVIDENCE_FACTS: dict[str, tuple[str, ...]] = {
    "test_purchase": ("test_purchase_report", "order_number"),
    "court_judgment": ("court_judgment",),
}


@attrs.frozen
class Suggestion:
    """An admissible reason code, with how well it fits and why.

    >>> import ipprules
    >>> advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
    ...                          as_of="2026-11-23")
    >>> best = advice.admissible[0]
    >>> best.code, best.matched, best.severity.value, best.inferred
    ('tm_counterfeit', ('counterfeit_product',), 'serious', True)
    >>> print(best.why)
    fits counterfeit_product; serious infringement (inferred on taobao: no source classes it there)
    """

    code: str
    label: str
    matched: tuple[str, ...]
    missing_evidence: tuple[str, ...]
    severity: Severity | None
    """The code's class; ``None`` where it is unknown: a code of your own file that states no
    ``severity`` (``as_dict()`` gives ``"unknown"``, ``why`` names the file)."""
    lightened: bool
    good_faith_only: bool
    why: str
    rule_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    confidence: str = ""
    """The reason code record's confidence: ``inferred`` marks ipprules' own stand-in for a
    portal reason whose exact wording was not collected (the portal shows its reasons as
    images, Part 1.5), ``brief``/``official`` one the sources name."""

    severity_confidence: str = ""
    """How sure ``severity`` is on the platform asked about: ``unknown`` where the class is a
    documented gap there (piracy on Alibaba.com and Lazada), ``inferred`` where the rule book
    carries it over (piracy on the Taobao family), else the class's sources' confidence."""

    unsaid: tuple[str, ...] = ()
    """Where only evidence held matched (a test purchase, a judgment), the facts of what
    infringes that the code names and the facts do not give (``design`` for
    ``pat_design_judgment`` on a judgment alone): evidence does not say what infringes, so
    the decision is ``unknown`` until one is given. Empty where one is given, where the code
    is all evidence (``other_judgment``, B10) or where the patent subtype asked for is the
    code's."""

    offered_by_inference: bool = False
    """Whether the platform offers the code only by the rule book's inference, not by its
    sources' word (the record's ``inferred_platforms``): ``gf_counterfeit_simplified`` stands
    for R50's member codes, which are not public. Such a code ranks after the codes the
    sources say are offered that fit the facts as well (a wrong code cannot be fixed, B16)."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    @property
    def inferred(self) -> bool:
        """Whether the code is ipprules' stand-in (its record's confidence is ``inferred``)."""
        return self.confidence == "inferred"

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "confidence": self.confidence,
            "offered_by_inference": self.offered_by_inference,
            "matched": list(self.matched),
            "missing_evidence": list(self.missing_evidence),
            "severity": self.severity.value if self.severity else "unknown",
            "severity_confidence": self.severity_confidence,
            "lightened": self.lightened,
            "good_faith_only": self.good_faith_only,
            "why": self.why,
            "rule_ids": list(self.rule_ids),
            "sources": list(self.sources),
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


@attrs.frozen
class NotAdmissible:
    """A reason code of the same IPR type that cannot be used here, and why not.

    >>> import ipprules
    >>> advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
    ...                          as_of="2026-11-23")
    >>> refused = advice.not_admissible[0]
    >>> refused.code, refused.reasons
    ('gf_counterfeit_simplified', ('reserved for Good Faith members',))
    """

    def __attrs_post_init__(self) -> None:
        refuse_lone_strs(self)  # a lone str is no tuple of one-letter items

    code: str
    label: str
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "reasons": list(self.reasons)}

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


#: B16: why the reason code is the choice that sinks most complaints.
_WRONG_CODE = (
    "the reason code cannot be changed once filed: a wrong one is rejected or countered, "
    "counts as an unsuccessful takedown and must be filed again (B16)"
)


@attrs.frozen
class Decision:
    """The advisor's choice of reason code, as a decision with its reasons (C4): the reason
    code is the choice that sinks most complaints, since a wrong one cannot be fixed (B16).

    ``answer`` is ``file`` (file ``code``), ``unknown`` (the rules have a gap here, or no
    fact given decides it) or ``none`` (no reason code is admissible: ``reasons`` say what to
    do instead); ``other_readings`` names the interpretations whose codes or notes differ and
    ``other_decisions`` gives, for each of them, the decision that reading takes.

    >>> import ipprules
    >>> advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
    ...                          as_of="2026-11-23")
    >>> advice.decision.answer, advice.decision.code
    ('file', 'tm_counterfeit')
    >>> print(advice.decision.reasons[1])  # doctest: +NORMALIZE_WHITESPACE
    tm_counterfeit_test_purchase needs test_purchase_report, order_number,
    which the facts do not give
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    answer: str
    code: str | None
    reasons: tuple[str, ...]
    other_readings: tuple[str, ...] = ()
    other_decisions: tuple[tuple[str, Decision], ...] = ()
    """Each reading of :attr:`other_readings` and the decision it takes (its own
    ``other_decisions`` empty)."""

    def text(self) -> str:
        """One line: what to file (or why nothing, or ``unknown``)."""
        if self.answer == "file":
            return f"file {self.code}"
        return "unknown" if self.answer == "unknown" else "no reason code is admissible"

    def as_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "code": self.code,
            "text": self.text(),
            "reasons": list(self.reasons),
            "other_readings": list(self.other_readings),
            "other_decisions": {
                name: {"answer": d.answer, "code": d.code, "text": d.text()}
                for name, d in self.other_decisions
            },
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


#: B10: the "other" type is misused at a cost.
_OTHER_ADVICE = (
    "ask Alibaba for advice before filing under other: its misuse lowers the takedown "
    "success rate (B10)"
)


def _unused(ipr_type: str, facts: tuple[str, ...], chosen: Suggestion) -> list[str]:
    """The facts given that the chosen code does not use, and what they mean: evidence to
    attach (B17), or an infringement this right's chosen reason does not cover, which needs
    a complaint of its own (one reason and one right per complaint, B16, R45)."""
    held = [f for f in facts if f not in chosen.matched and f in EVIDENCE_FACTS]
    other = [f for f in facts if f not in chosen.matched and f not in EVIDENCE_FACTS]
    out = []
    if other:
        out.append(
            f"{', '.join(other)}: not what {chosen.code} names; where it is an infringement of "
            "its own it needs its own complaint (one reason per complaint, B16; a right of "
            "another type, one right per complaint, R45)"
        )
    if held:
        out.append(f"{', '.join(held)}: not needed by {chosen.code}; attach it as evidence (B17)")
    return out


def _beats(best: Suggestion, other: Suggestion, platform: str) -> str:
    """Why ``best`` ranks above ``other`` on ``platform``, from the ranking's order
    (:func:`_rank`)."""
    if len(best.matched) != len(other.matched):
        fits = f"fits only {', '.join(other.matched)}" if other.matched else "fits no fact given"
        return f"{other.code} {fits}"
    if len(best.missing_evidence) != len(other.missing_evidence):
        return (
            f"{other.code} needs {', '.join(other.missing_evidence)}, which the facts do not give"
        )
    if other.offered_by_inference and not best.offered_by_inference:
        return (
            f"{other.code} follows: that {platform} offers it is the rule book's inference, "
            f"not its sources' word (confidence inferred: {', '.join(other.rule_ids)}; sources "
            f"{', '.join(other.sources)}); file it instead only where the form lists it, since "
            "a wrong code cannot be fixed (B16)"
        )
    if best.severity is not other.severity and best.matched:
        return (
            f"{best.code} is the serious infringement the facts bear, handled with priority (B19)"
        )
    if best.severity is not other.severity:
        return f"{other.code} is a serious infringement no fact given supports, the riskier filing"
    if best.lightened != other.lightened:
        return f"{best.code} carries the lighter burden of proof for you as a Good Faith member"
    if best.good_faith_only != other.good_faith_only:
        return f"{best.code} is the Good Faith members' own reason (R50)"
    return f"{other.code}: {other.why}"


@attrs.frozen
class Advice:
    """The advisor's answer for one IPR type, platform, target and set of facts.

    >>> import ipprules
    >>> advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
    ...                          as_of="2026-11-23")
    >>> advice.platform, advice.target.value, advice.member, advice.gap
    ('taobao', 'listing', False, False)
    >>> [s.code for s in advice.admissible]
    ['tm_counterfeit', 'tm_counterfeit_test_purchase', 'tm_misuse']
    """

    ipr_type: str
    platform: str
    target: Target
    subtype: str | None
    member: bool
    facts: tuple[str, ...]
    as_of: dt.date
    interpretation: str
    rulebook: str
    admissible: tuple[Suggestion, ...]
    not_admissible: tuple[NotAdmissible, ...]
    notes: tuple[str, ...] = ()
    other_readings: tuple[str, ...] = ()
    """The other interpretations of the rule book under which the codes admissible, or the
    notes (store fronts), differ."""
    gap: bool = False
    """Whether the platform takes this complaint at all is a documented gap (store fronts,
    D13): the codes listed would be the admissible ones, but the answer is ``unknown``."""
    trial: bool | tuple[int, ...] = False
    """The Good Faith trials the filer was in: all, none, or the years they began."""
    other_decisions: tuple[tuple[str, Decision], ...] = ()
    """Each reading of :attr:`other_readings` and the decision it takes for the same
    question (:attr:`Decision.other_decisions`)."""
    rulebook_version: str | None = None
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __repr__(self) -> str:
        """One line (the fields took 2,000 characters); :meth:`text` gives the whole answer.

        >>> import ipprules
        >>> ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
        ...                 as_of="2026-11-23")  # doctest: +NORMALIZE_WHITESPACE
        <Advice trademark on taobao (listing) as of 2026-11-23 (brief): 3 admissible,
         best tm_counterfeit; 3 not>
        """
        best = self.best
        return (
            f"<Advice {self.ipr_type}{f' ({self.subtype})' if self.subtype else ''} on "
            f"{self.platform} ({self.target.value}) as of {self.as_of.isoformat()} "
            f"({self.interpretation}): {len(self.admissible)} admissible"
            f"{f', best {best.code}' if best is not None else ''}; "
            f"{len(self.not_admissible)} not>"
        )

    def __str__(self) -> str:
        """:meth:`text`, as ``ipprules advise`` prints it (``print(advice)``)."""
        return self.text()

    @property
    def best(self) -> Suggestion | None:
        """The top-ranked admissible code that fits at least one fact, if any."""
        if self.admissible and self.admissible[0].matched:
            return self.admissible[0]
        return None

    @property
    def decision(self) -> Decision:
        """The choice of reason code as a decision with reasons (:class:`Decision`); where
        another interpretation admits or ranks the codes otherwise, its last reason names it
        and gives the decision it takes (``under official: unknown``)."""
        decided = self._decide()
        if not self.other_readings:
            return decided
        names = "another reading" if len(self.other_readings) == 1 else "other readings"
        theirs = dict(self.other_decisions)
        answers = "; ".join(
            f"under {name}: {theirs[name].text() if name in theirs else 'unknown'}"
            + (" (the same decision)" if name in theirs and _same(theirs[name], decided) else "")
            for name in self.other_readings
        )
        other = f"the codes admissible, their order or the notes differ under {names}: {answers}"
        return attrs.evolve(
            decided, reasons=(*decided.reasons, other), other_decisions=self.other_decisions
        )

    def _decide(self) -> Decision:
        front = "" if self.target is Target.LISTING else "store-front "
        if not self.admissible:
            why = self.notes or (
                f"no {self.ipr_type} reason code is for a {front}complaint on {self.platform}"
                + (": file against listings" if front else ""),
            )
            return Decision("none", None, (*why, _WRONG_CODE), self.other_readings)
        first = self.admissible[0]
        if self.gap:
            return Decision(
                "unknown",
                None,
                (*self.notes, f"if it does, {first.code} ranks first: {first.why}", _WRONG_CODE),
                self.other_readings,
            )
        if first.matched and first.unsaid:  # evidence alone says nothing of what infringes
            return Decision(
                "unknown",
                None,
                (
                    f"{', '.join(first.matched)}: evidence, which does not say what infringes; "
                    f"{first.code} is for {' or '.join(first.unsaid)}: give the fact to "
                    "decide (B16: a wrong code cannot be fixed, B17: evidence is attached)",
                    _WRONG_CODE,
                ),
                self.other_readings,
            )
        if first.matched:
            reasons = [f"{first.code}: {first.why}"]
            if len(self.admissible) > 1:
                reasons.append(_beats(first, self.admissible[1], self.platform))
            reasons += _unused(self.ipr_type, self.facts, first)
            reasons += [n for n in self.notes if n.endswith(_STORE_ADVICE)]  # R42's other way
            if self.ipr_type == "other":
                reasons.append(_OTHER_ADVICE)
            return Decision("file", first.code, (*reasons, _WRONG_CODE), self.other_readings)
        lack = (
            f"no {self.ipr_type} reason code fits {', '.join(self.facts)}"
            if self.facts
            else "no facts given: say what infringes (facts) to choose among "
            + ", ".join(s.code for s in self.admissible)
        )
        elsewhere = tuple(  # R42's store front for this right first, then other rights' codes
            n
            for n in self.notes
            if n.endswith((_STORE_ADVICE, _LISTING_ADVICE))
            or n.startswith(f"no {self.ipr_type} reason")
        )
        return Decision(
            "unknown", None, (*(elsewhere or (lack,)), _WRONG_CODE), self.other_readings
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "ipr_type": self.ipr_type,
            "platform": self.platform,
            "target": self.target.value,
            "subtype": self.subtype,
            "member": self.member,
            "facts": list(self.facts),
            "as_of": self.as_of.isoformat(),
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "admissible": [s.as_dict() for s in self.admissible],
            "not_admissible": [n.as_dict() for n in self.not_admissible],
            "notes": list(self.notes),
            "other_readings": list(self.other_readings),
            "decision": self.decision.as_dict(),
            "gap": self.gap,
            "trial": self.trial if isinstance(self.trial, bool) else list(self.trial),
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per reason code: the admissible ones best first (``rank`` 1, 2...,
        with ``why``), then those not admissible (``rank`` None, with their ``reasons``); each
        names the question (IPR type, platform, target, date) and what answered it,
        ``decided`` marks the code of the :attr:`decision` (none where it is ``unknown``) and
        ``other_decisions`` gives the decision each other reading takes, as one text
        (``official=unknown; ...``, in the order of :attr:`other_readings`; empty for none),
        so that every row has the same columns.

        >>> import ipprules
        >>> advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"],
        ...                          as_of="2026-11-23")
        >>> [(r["rank"], r["code"], r["decided"]) for r in advice.to_records()][:2]
        [(1, 'tm_counterfeit', True), (2, 'tm_counterfeit_test_purchase', False)]
        >>> advice.to_records()[-1]["reasons"]
        ['for storefront complaints']
        >>> store = ipprules.advise("trademark", "1688", target="storefront",
        ...                        as_of="2026-11-23")
        >>> store.to_records()[0]["other_decisions"]
        'official=unknown'
        """
        head = {
            "ipr_type": self.ipr_type,
            "platform": self.platform,
            "target": self.target.value,
            "as_of": self.as_of,
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            "other_decisions": self._other_decisions_text(),
        }
        chosen = self.decision.code
        rows = [
            {
                "rank": rank,
                "admissible": True,
                "decided": s.code == chosen,
                **s.as_dict(),
                "reasons": [],
            }
            for rank, s in enumerate(self.admissible, 1)
        ]
        rows += [
            {
                "rank": None,
                "admissible": False,
                "decided": False,
                **_refused(n),
                "reasons": list(n.reasons),
            }
            for n in self.not_admissible
        ]
        return [{**row, **head} for row in rows]

    def _other_decisions_text(self) -> str:
        """The ``other_decisions`` cell of :meth:`to_records`: ``reading=decision`` for each
        other reading, as :attr:`decision`'s last reason names them (``unknown`` where the
        decision of a reading is not known)."""
        theirs = dict(self.other_decisions)
        return "; ".join(
            f"{name}={theirs[name].text() if name in theirs else 'unknown'}"
            for name in self.other_readings
        )

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (the ``pandas`` extra): ``rank`` nullable
        ``Int64``, ``as_of`` a ``datetime64`` column, the codes and values categorical, lists
        as lists; the same columns and dtypes for an answer with no code.

        >>> import ipprules
        >>> frame = ipprules.advise("copyright", "aliexpress", as_of="2024-01-01").to_frame()
        >>> str(frame["rank"].dtype), str(frame["as_of"].dtype), str(frame["code"].dtype)
        ('Int64', 'datetime64[s]', 'category')
        >>> str(frame["confidence"].dtype), str(frame["severity_confidence"].dtype)
        ('category', 'category')
        """
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import book_ids, interpretations

        confidences = (*(c.value for c in Confidence), "unknown")
        return to_frame(
            self.to_records(),
            dates=("as_of",),
            categories={
                "code": book_ids("reason_codes"),
                "severity": (*(s.value for s in Severity), "unknown"),
                "ipr_type": book_ids("ipr_types"),
                "platform": book_ids("platforms"),
                "target": Target,
                "interpretation": interpretations(),
                "confidence": confidences,
                "severity_confidence": confidences,
            },
            texts=(
                "label",
                "why",
                "rulebook",
                "other_decisions",
            ),
            ints=("rank",),
            bools=("admissible", "decided"),
            lists=("matched", "missing_evidence", "rule_ids", "sources", "reasons"),
            columns=_ADVICE_COLUMNS,
        )

    def text(self) -> str:
        """A readable answer."""
        head = (
            f"Reason codes for {'an' if self.ipr_type[:1] in 'aeiou' else 'a'} {self.ipr_type}"
            + (f" ({self.subtype})" if self.subtype else "")
            + f" complaint on {self.platform} against a {self.target.value}, as of "
            f"{self.as_of.isoformat()} ({reading_label(self.rulebook, self.interpretation)}"
            + (", Good Faith member" if self.member else "")
            + (f", {trial_label(self.trial)}" if trial_label(self.trial) else "")
            + ")"
        )
        lines = [head, f"Facts: {', '.join(self.facts) or '(none given)'}"]
        lines += [f"Note: {n}" for n in self.notes]
        if self.other_readings:
            lines.append(f"Differs under: {', '.join(self.other_readings)}")
        decision = self.decision
        lines.append(f"Decision: {decision.text()}")
        lines += [f"  - {r}" for r in decision.reasons]
        lines += [
            "",
            "Admissible if the platform takes the complaint (unknown: a documented gap), "
            "best first:"
            if self.gap
            else "Admissible, best first:",
        ]
        if not self.admissible:
            lines.append("  (none)")
        for rank, s in enumerate(self.admissible, 1):
            lines.append(f"  {rank}. {s.code}{' *' if s.inferred else ''}  {s.label}")
            lines.append(f"     {s.why}")
        if any(s.inferred for s in self.admissible):
            lines.append(
                "  * ipprules' stand-in (confidence inferred): the portal shows its reasons as "
                "images and their exact wording was not collected; choose the one the label "
                "describes"
            )
        if self.not_admissible:
            lines += ["", "Not admissible:"]
            for n in self.not_admissible:
                lines.append(f"  - {n.code}: {'; '.join(n.reasons)}")
        return shown_lines("\n".join(lines))

    def _repr_html_(self) -> str:

        e = shown_html
        rows = "".join(
            f"<tr><td>{i}</td><td><code>{e(s.code)}</code></td><td>{e(s.label)}</td>"
            f"<td>{e(s.why)}</td></tr>"
            for i, s in enumerate(self.admissible, 1)
        )
        rejected = "".join(
            f"<li><code>{e(n.code)}</code>: {e('; '.join(n.reasons))}</li>"
            for n in self.not_admissible
        )
        return (
            f"<div><p><strong>{e(self.ipr_type)} on {e(self.platform)} "
            f"({e(self.target.value)})</strong>, as of {e(self.as_of.isoformat())} "
            f"({e(reading_label(self.rulebook, self.interpretation))})</p>"
            f"<p>Decision: <strong>{e(self.decision.text())}</strong></p>"
            f"<ul>{''.join(f'<li>{e(r)}</li>' for r in self.decision.reasons)}</ul>"
            "<table><thead><tr><th>#</th><th>code</th><th>label</th><th>why</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><ul>{rejected}</ul></div>"
        )


#: The columns of :meth:`Advice.to_frame`, in order (an answer with no code has them too).
_ADVICE_COLUMNS = (
    "rank",
    "admissible",
    "decided",
    "code",
    "label",
    "confidence",
    "offered_by_inference",
    "matched",
    "missing_evidence",
    "severity",
    "severity_confidence",
    "lightened",
    "good_faith_only",
    "why",
    "rule_ids",
    "sources",
    "reasons",
    "ipr_type",
    "platform",
    "target",
    "as_of",
    "interpretation",
    "rulebook",
    "other_decisions",
)


def _same(one: Decision, other: Decision) -> bool:
    """Whether two decisions give the same answer and code."""
    return (one.answer, one.code) == (other.answer, other.code)


def _refused(n: NotAdmissible) -> dict[str, Any]:
    """A code not admissible as a record of :meth:`Advice.to_records`: what only an
    admissible code has is empty (``None`` where it would be a fact about the code)."""
    return {
        "code": n.code,
        "label": n.label,
        "confidence": None,
        "offered_by_inference": None,
        "matched": [],
        "missing_evidence": [],
        "severity": None,
        "severity_confidence": None,
        "lightened": None,
        "good_faith_only": None,
        "why": None,
        "rule_ids": [],
        "sources": [],
    }


def known_facts(rulebook: RuleBook | None = None) -> tuple[str, ...]:
    """Every fact the advisor understands, sorted.

    >>> from ipprules.checks import known_facts
    >>> known_facts()[:4]
    ('copied_photos', 'copied_text', 'copyright_other', 'counterfeit_product')
    """
    book = rulebook if rulebook is not None else _default()
    if not isinstance(book, RuleBook):
        raise TypeError(
            f"rulebook must be a RuleBook, got {type(book).__name__}{file_hint(book, 'RuleBook')}"
        )
    facts: set[str] = set(EVIDENCE_FACTS)
    for record in book.records("reason_codes"):
        facts.update(cast(ReasonCode, record).facts)
    return tuple(sorted(facts))


def _default() -> RuleBook:
    from ipprules.rulebook import default_rulebook

    return default_rulebook()


@keywords_checked()
def advise(
    ipr_type: str,
    platform: str,
    *,
    target: Target | str = Target.LISTING,
    facts: Iterable[str] = (),
    member: bool = False,
    subtype: str | None = None,
    as_of: dt.date | str,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    trial: bool | Iterable[int] = False,
) -> Advice:
    """Rank the reason codes admissible for an IPR type, platform and target, given the facts.

    ``target`` is ``listing`` or ``storefront``, or the IPP form's words "Product listing"
    and "Store front" (as the planner reads them).

    Raises :class:`~ipprules.errors.UnknownNameError` for an unknown IPR type,
    platform (on that date), target, subtype or fact.

    >>> import ipprules
    >>> advice = ipprules.advise(
    ...     "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23"
    ... )
    >>> [s.code for s in advice.admissible]
    ['tm_counterfeit', 'tm_counterfeit_test_purchase', 'tm_misuse']
    """
    from ipprules._args import require_bool

    book = rulebook if rulebook is not None else _default()
    if not isinstance(book, RuleBook):
        raise TypeError(
            f"rulebook must be a RuleBook, got {type(book).__name__}{file_hint(book, 'RuleBook')}"
        )
    member = require_bool(member, "member")  # NumPy's bool as a bool (Advice checks it)
    # a str subclass as its characters: its own __eq__ is never called (the subtype's
    # lookups, the store-front notes' comparisons of the IPR type)
    ipr_type = plain(ipr_type) if isinstance(ipr_type, str) else ipr_type
    subtype = plain(subtype) if isinstance(subtype, str) else subtype
    rules = book.as_of(as_date(as_of, "as-of date", name="as_of"), interpretation, trial=trial)
    question = (ipr_type, platform, target, facts, member, subtype)
    advice = _answer(book, rules, question, compare=True)
    asked = (ipr_type, platform, advice.target, advice.facts, member, subtype)  # facts once
    others = tuple(
        (name, _decision_under(book, rules, name, asked)) for name in advice.other_readings
    )
    return attrs.evolve(advice, other_decisions=others) if others else advice


def _decision_under(
    book: RuleBook, rules: ResolvedRules, name: str, question: tuple[Any, ...]
) -> Decision:
    """The decision the interpretation ``name`` takes for the same question (``unknown``
    where that reading refuses the platform asked for: Xianyu under ``official``, R33)."""
    other = book.as_of(rules.as_of, name, trial=rules.trial)
    try:
        return _answer(book, other, question, compare=False)._decide()
    except (UnknownNameError, CoverageError) as err:
        return Decision("unknown", None, (str(err),))


def _answer(
    book: RuleBook, rules: ResolvedRules, question: tuple[Any, ...], *, compare: bool
) -> Advice:
    """The advice under ``rules``; ``compare`` names the other readings that differ."""
    from ipprules._args import require_str

    ipr_type, platform, target, facts, member, subtype = question
    kind = rules.ipr_type(ipr_type)
    asked = platform
    platform, filed = _filed_platform(rules, asked)
    place = rules.platform(platform)
    aim = read_target(target, "target")
    if subtype is not None:
        require_str(subtype, "subtype", empty=True)
    given = _facts(book, kind.subtypes, ipr_type, subtype, facts)
    admissible, rejected = _rank(rules, ipr_type, platform, aim, member, subtype, given)
    rejected = tuple(sorted((*rejected, *_not_yet(rules, ipr_type, platform)), key=_code))
    notes = (
        _storefront_notes(place, aim, ipr_type, given)
        + _listing_codes(rules, (ipr_type, platform, aim), given, admissible)
        + _other_subtypes(rules, (ipr_type, platform, aim), subtype, given, admissible)
        + _other_types(rules, ipr_type, platform, given, admissible)
    )
    differ = (
        _differing(
            book, rules, asked, (ipr_type, platform, aim, member, subtype, given), admissible, notes
        )
        if compare
        else ()
    )
    notes = filed + notes
    if place.caveat_until is not None and rules.as_of < place.caveat_until:  # R95, as check
        notes += (f"filed {rules.as_of}: {place.caveat}",)
    if member and (scope := good_faith_scope_note(rules, platform)):  # D2, as the standing
        notes += (scope,)
    if member and (extra := good_faith_codes_gap(rules, ipr_type, platform, aim, subtype)):
        notes += (extra,)  # R50: which codes members get is not public
    return Advice(
        ipr_type=ipr_type,
        platform=platform,
        target=aim,
        subtype=subtype,
        member=member,
        facts=given,
        as_of=rules.as_of,
        interpretation=rules.interpretation,
        rulebook=rules.rulebook,
        rulebook_version=rules.rulebook_version,
        admissible=admissible,
        not_admissible=rejected,
        notes=notes,
        other_readings=differ,
        gap=aim is Target.STOREFRONT and place.storefront_for(ipr_type) is Answer.UNKNOWN,
        trial=rules.trial if isinstance(rules.trial, bool) else tuple(sorted(rules.trial)),
    )


def _differing(
    book: RuleBook,
    rules: ResolvedRules,
    asked: str,
    question: tuple[str, str, Target, bool, str | None, tuple[str, ...]],
    admissible: tuple[Suggestion, ...],
    notes: tuple[str, ...],
) -> tuple[str, ...]:
    """The other interpretations under which the platform asked for is filed otherwise
    (Xianyu: as Taobao under the brief, a gap under ``official``), or the codes admissible or
    the notes (store fronts) differ."""
    ipr_type, platform, aim, member, subtype, given = question
    differ = []
    for name in book.interpretations:
        if name == rules.interpretation:
            continue
        other = book.as_of(rules.as_of, name, trial=rules.trial)
        if _filed_platform(other, asked)[0] != platform or platform not in other.platforms:
            differ.append(name)
            continue
        theirs = _rank(other, ipr_type, platform, aim, member, subtype, given)[0]
        if [s.code for s in theirs] != [s.code for s in admissible] or notes != (
            _storefront_notes(other.platforms[platform], aim, ipr_type, given)
            + _listing_codes(other, (ipr_type, platform, aim), given, theirs)
            + _other_subtypes(other, (ipr_type, platform, aim), subtype, given, theirs)
            + _other_types(other, ipr_type, platform, given, theirs)
        ):
            differ.append(name)
    return tuple(differ)


def _filed_platform(rules: ResolvedRules, name: str) -> tuple[str, tuple[str, ...]]:
    """The platform a complaint on ``name`` is filed on, and a note where it is a marketplace
    without a platform of its own that the rules in force file as one (B1: Xianyu is filed
    by selecting Taobao, so its advice is Taobao's); ``name`` itself otherwise (a name that
    is neither, or a marketplace whose platform is a documented gap, R33 and D11 under
    ``official``, is then refused by :meth:`~ipprules.rulebook.ResolvedRules.platform`),
    from :meth:`~ipprules.rulebook.ResolvedRules.filed_as`."""
    filed = rules.filed_as(name)
    if filed is None:  # a str subclass's own __format__ is not carried into the notes
        return (plain(name) if isinstance(name, str) else name), ()
    return filed.platform, (f"{filed.note}, so this is {filed.platform}'s advice",)


def _facts(
    book: RuleBook,
    subtypes: tuple[str, ...],
    ipr_type: str,
    subtype: str | None,
    facts: Iterable[str],
) -> tuple[str, ...]:
    """The facts given, once each, all known; the subtype checked against the IPR type."""
    if subtype is not None and subtype not in subtypes:
        raise UnknownNameError(f"subtype of {ipr_type}", subtype, subtypes)
    from ipprules._args import require_strs

    given = tuple(dict.fromkeys(require_strs(facts, "facts", function="advise")))
    allowed = known_facts(book)
    for fact in given:
        if fact not in allowed:
            meant = _fact_meant(fact, allowed)
            note = _unlisted(book, fact)
            raise UnknownNameError("fact", fact, allowed, note=note, suggestion=meant)
    return given


#: Words a user writes for a fact (``--fact fake``), by the fact they name; a word that is a
#: spelling slip of a fact is left to :func:`ipprules.errors.suggest`.
_FACT_WORDS: dict[str, tuple[str, ...]] = {
    "counterfeit_product": (
        "fake", "fakes", "counterfeit", "counterfeits", "knockoff", "knock_off", "replica",
        "replicas", "imitation", "copy", "fake_product", "fake_goods", "counterfeit_goods",
    ),
    "copied_photos": ("photo", "photos", "picture", "pictures", "image", "images", "pics"),
    "copied_text": ("text", "copied_description", "copy_text"),
    "logo_in_images": ("logo", "logos", "logo_in_photos", "logo_in_image"),
    "mark_in_title": ("title", "brand_in_title", "trademark_in_title"),
    "mark_in_description": ("description", "brand_in_description"),
    "pirated_copies": ("pirated", "piracy", "pirate", "bootleg", "pirated_copy"),
    "store_name": ("shop_name", "store", "shop", "brand_in_store_name"),
    "store_decoration": ("shop_decoration", "storefront", "store_front", "store_design"),
    "test_purchase": ("purchase", "test_buy", "test_order", "order", "bought"),
    "court_judgment": ("judgment", "judgement", "court", "court_judgement", "verdict"),
    "misleading_information": ("misleading", "false_claim", "false_advertising"),
    "invention": ("patent", "invention_patent", "utility_model"),
    "design": ("design_patent", "industrial_design"),
}  # fmt: skip


def _fact_meant(word: object, allowed: Sequence[str]) -> str | None:
    """The fact a user's word for it names (``fake``: ``counterfeit_product``), where it is
    one of ``allowed``; None otherwise (a spelling slip is :func:`~ipprules.errors.suggest`'s).

    >>> _fact_meant("Fake", known_facts()), _fact_meant("shop name", known_facts())
    ('counterfeit_product', 'store_name')
    >>> _fact_meant("zzz", known_facts()) is None
    True
    """
    if not isinstance(word, str):
        return None
    import unicodedata

    folded = unicodedata.normalize("NFKC", word).strip().lower()
    folded = "_".join(folded.replace("-", " ").replace("_", " ").split())
    for fact, words in _FACT_WORDS.items():
        if folded in words and fact in allowed:
            return fact
    return None


def _unlisted(book: RuleBook, fact: str) -> str:
    """Where a book of the user's lists no code with ``fact`` and the embedded book does (its
    reason list replaced by the codes of an account that give no ``facts``), say so: the
    facts are those the book's codes list, so the fact is unknown to this book only."""
    default = _default()
    if book is default or book == default or fact not in known_facts(default):
        return ""
    return (
        f"no reason code of the rule book {book.name!r} lists the fact {fact} (a code's "
        f"facts = [...]), which the embedded book's codes do: add it to the codes it fits"
    )


def _storefront_notes(
    place: Platform, aim: Target, ipr_type: str, given: tuple[str, ...] = ()
) -> tuple[str, ...]:
    answer = place.storefront_for(ipr_type)
    if aim is not Target.STOREFRONT:
        on_store = [f for f in given if f in _STORE_FACTS]
        if on_store and answer is Answer.YES:  # R42: the store itself is a store front
            return (
                f"{', '.join(on_store)}: where the right is used on the store itself rather "
                f"than on listings, {place.name} takes a store-front complaint (R42): "
                + _STORE_ADVICE,
            )
        return ()
    if answer is Answer.NO:
        return (f"{place.name} has no store-front complaints (B16): file against listings",)
    if answer is Answer.UNKNOWN:
        return (storefront_gap(place, ipr_type),)
    return ()


def _listing_codes(
    rules: ResolvedRules,
    where: tuple[str, str, Target],
    given: tuple[str, ...],
    admissible: tuple[Suggestion, ...],
) -> tuple[str, ...]:
    """Where a store front is asked for and no code admissible fits a fact given, the listing
    codes of the IPR type on the platform that do: specific products offered for sale are
    complained of as product listings (R42), so a counterfeit is not a store-front reason."""
    ipr_type, platform, aim = where
    if aim is not Target.STOREFRONT or not admissible or any(s.matched for s in admissible):
        return ()  # none admissible: the decision says "file against listings" itself
    ids = [
        code.id
        for code in rules.reason_codes.values()
        if code.ipr_type == ipr_type
        and platform in code.platforms
        and Target.LISTING in code.targets
        and not code.good_faith_only
        and _fits_other_type(code, given)
    ]
    if not ids:
        return ()
    return (
        f"{', '.join(f for f in given if f not in _STORE_FACTS)}: specific products offered "
        f"for sale are complained of as product listings (R42), where {', '.join(ids)} "
        f"{'fits' if len(ids) == 1 else 'fit'}: {_LISTING_ADVICE}",
    )


def _other_types(
    rules: ResolvedRules,
    ipr_type: str,
    platform: str,
    given: tuple[str, ...],
    admissible: tuple[Suggestion, ...],
) -> tuple[str, ...]:
    """Where no admissible code fits a fact given, the codes of other IPR types offered on the
    platform that do (B16: "Reason codes depend on the IPR type"; a wrong one cannot be fixed)."""
    if not admissible or any(s.matched for s in admissible):  # none at all: said otherwise
        return ()
    fits: dict[str, list[str]] = {}
    for code in rules.reason_codes.values():
        if (
            code.ipr_type != ipr_type
            and platform in code.platforms
            and not code.good_faith_only
            and _fits_other_type(code, given)
        ):
            fits.setdefault(code.ipr_type, []).append(code.id)
    return tuple(
        f"no {ipr_type} reason fits {', '.join(given)}; {kind} reasons on {platform} do "
        f"({', '.join(ids)}): advise for {'an' if kind[:1] in 'aeiou' else 'a'} {kind} right"
        for kind, ids in fits.items()
    )


def _other_subtypes(
    rules: ResolvedRules,
    where: tuple[str, str, Target],
    subtype: str | None,
    given: tuple[str, ...],
    admissible: tuple[Suggestion, ...],
) -> tuple[str, ...]:
    """Where a patent subtype is asked for and no admissible code fits a fact given, the codes
    of the IPR type's other subtypes on the platform that do: a utility model's complaint
    cannot rest on a design's reason (R17: a patent is of one subtype; the documented reasons
    are split by subtype, R54 on the Taobao family, R52 on 1688; B16: a wrong code cannot be
    fixed), so the facts point to a right of that subtype. The note cites R17 and the rules
    of the codes it names, as their records give them (R52, R55 for Alibaba.com's
    ``pat_design``, not Taobao's R54)."""
    ipr_type, platform, aim = where
    if subtype is None or not admissible or any(s.matched for s in admissible):
        return ()
    fits: dict[tuple[str, ...], list[str]] = {}
    cited: dict[tuple[str, ...], dict[str, None]] = {}
    for code in rules.reason_codes.values():
        if (
            code.ipr_type == ipr_type
            and code.subtypes
            and subtype not in code.subtypes
            and platform in code.platforms
            and aim in code.targets
            and not code.good_faith_only
            and _fits_other_type(code, given)
        ):
            fits.setdefault(tuple(code.subtypes), []).append(code.id)
            cited.setdefault(tuple(code.subtypes), {"R17": None}).update(dict.fromkeys(code.rules))
    article = "an" if subtype[:1] in "aeio" else "a"
    return tuple(
        f"no {ipr_type} reason for {article} {subtype} {ipr_type} fits {', '.join(given)}; "
        f"{' or '.join(kinds)} "
        f"{ipr_type} reasons on {platform} do ({', '.join(ids)}): the right is of another "
        f"kind ({', '.join(cited[kinds])}): advise with subtype {kinds[0]} for such a right"
        for kinds, ids in fits.items()
    )


def _fits_other_type(code: ReasonCode, given: tuple[str, ...]) -> bool:
    """Whether a code of another IPR type fits the facts: by what infringes (a fact that is
    not evidence held), or, for a code whose facts are all evidence (``other_judgment``,
    B10), by all of them. Evidence alone points to no right: a court judgment held for a
    trademark does not make ``pat_design_judgment`` (a design, R54) fit."""
    infringes = [f for f in code.facts if f not in EVIDENCE_FACTS]
    if infringes:
        return any(f in given for f in infringes)
    return bool(code.facts) and all(f in given for f in code.facts)


#: How a note that R42's store front takes the facts given ends.
_STORE_ADVICE = "advise with target storefront"

#: How a note that R42's product listing takes the facts given ends.
_LISTING_ADVICE = "advise with target listing"

#: Facts about the store rather than a listing (R42).
_STORE_FACTS = frozenset({"store_name", "store_decoration"})


def _rank(
    rules: ResolvedRules,
    ipr_type: str,
    platform: str,
    aim: Target,
    member: bool,
    subtype: str | None,
    given: tuple[str, ...],
) -> tuple[tuple[Suggestion, ...], tuple[NotAdmissible, ...]]:
    """The admissible codes, best first, and the others with why not.

    Codes that fit more of the facts come first, then those that need less evidence, then
    those the platform offers by its sources' word before those it offers only by inference
    (``inferred_platforms``: R50's member codes are not public, so a stand-in for them may
    not be in the form; a wrong code cannot be fixed, B16); among
    codes that fit some fact, serious before general (the heavier reason the facts bear);
    among codes that fit none, general before serious (a serious reason no fact supports is
    the riskier filing: a wrong code cannot be fixed, B16).
    """
    gf = rules.good_faith
    gf_here = member and gf is not None and platform in gf.platforms
    held = {doc for fact in given for doc in EVIDENCE_FACTS.get(fact, ())}
    admissible: list[tuple[tuple[Any, ...], Suggestion]] = []
    rejected: list[NotAdmissible] = []
    place = rules.platforms.get(platform)
    front = place.storefront_for(ipr_type) if place and aim is Target.STOREFRONT else None
    for code in rules.reason_codes.values():
        if code.ipr_type != ipr_type:
            continue
        reasons = _why_not(code, platform, aim, member, subtype, front)
        if reasons:
            rejected.append(NotAdmissible(code.id, code.label, tuple(reasons)))
            continue
        matched = tuple(f for f in code.facts if f in given)
        missing = tuple(d for d in code.evidence if d not in held)
        advised = tuple(d for d in code.recommended_evidence if d not in held)
        against = tuple(d for d in code.without_evidence if d in held)
        lightened = code.lightens_burden and gf_here
        guessed = platform in code.inferred_platforms  # offered there by inference (R50, R54)
        suggestion = Suggestion(
            code=code.id,
            label=code.label,
            matched=matched,
            missing_evidence=missing,
            severity=None if code.severity_unstated_in else code.severity,
            lightened=lightened,
            good_faith_only=code.good_faith_only,
            why=_why(code, matched, missing, lightened, bool(given), advised, against, platform),
            rule_ids=code.rules,
            sources=code.sources,
            confidence=Confidence.INFERRED.value if guessed else code.confidence.value,
            severity_confidence=code.severity_confidence_on(platform),
            unsaid=_unsaid(code, matched, subtype),
            offered_by_inference=guessed,
        )
        serious = code.severity is Severity.SERIOUS
        key = (
            -len(matched),
            len(missing),
            len(advised) + len(against),
            guessed,  # a sourced code before a stand-in that fits as well (B16)
            not serious if matched else serious,
            not lightened,
            not code.good_faith_only,
            code.id,
        )
        admissible.append((key, suggestion))
    admissible.sort(key=lambda pair: pair[0])
    return (
        tuple(s for _, s in admissible),
        tuple(sorted(rejected, key=lambda n: n.code)),
    )


def _unsaid(code: ReasonCode, matched: tuple[str, ...], subtype: str | None) -> tuple[str, ...]:
    """The facts of what infringes that ``code`` names, where only evidence matched
    (:attr:`Suggestion.unsaid`); a patent subtype asked for that is the code's says it."""
    infringes = tuple(f for f in code.facts if f not in EVIDENCE_FACTS)
    if not matched or any(f in matched for f in infringes):
        return ()
    if subtype is not None and subtype in code.subtypes:
        return ()
    return infringes


def _not_yet(rules: ResolvedRules, ipr_type: str, platform: str) -> list[NotAdmissible]:
    """The codes of the IPR type that the platform offers on other dates only, with when they
    are in force (``check`` refuses them as ``reason-unknown``, naming the dates): a Good
    Faith member asking the day before the 2022 upgrade (R75, R50) was told nothing of
    ``gf_counterfeit_simplified``, nor an AliExpress filer of ``tm_misleading`` before the
    policy of 2015-01-21 (R51)."""
    out: dict[str, NotAdmissible] = {}
    for record in rules.book.records("reason_codes"):
        if (
            not isinstance(record, ReasonCode)
            or record.ipr_type != ipr_type
            or platform not in record.platforms
            or record.id in rules.reason_codes
            or record.id in out
        ):
            continue
        when = rules.not_in_force("reason_codes", record.id)
        if when:  # a record of this reading (or one it builds on), in force on other dates
            why = when.removeprefix(f"{record.id} is ")
            out[record.id] = NotAdmissible(record.id, record.label, (why,))
    return list(out.values())


def _code(refused: NotAdmissible) -> str:
    return refused.code


def _why_not(
    code: ReasonCode,
    platform: str,
    target: Target,
    member: bool,
    subtype: str | None,
    front: Answer | None = None,
) -> list[str]:
    """Why a code does not fit; ``front``: whether the platform takes store-front complaints
    of the type (a store front is the aim). Where that is a documented gap (D13), so are its
    store-front reason codes: a code is not refused for its target there, nor a store-front
    code for its platforms, as ``check`` does not refuse them. Where the platform takes no
    store fronts (B16), that is the one fault of a store-front code: it is not refused for its
    platforms as well, as ``check`` reports ``storefront-not-allowed`` alone."""
    reasons = []
    if code.good_faith_only and not member:
        reasons.append("reserved for Good Faith members")
    gap_code = front is Answer.UNKNOWN and Target.STOREFRONT in code.targets
    gap_code = gap_code or (front is Answer.NO and Target.LISTING not in code.targets)
    if platform not in code.platforms and not gap_code:
        reasons.append(f"not offered on {platform}")
    if front is Answer.NO:
        reasons.append(f"{platform} has no store-front complaints")
    elif target not in code.targets and front is not Answer.UNKNOWN:
        reasons.append(f"for {' or '.join(t.value for t in code.targets)} complaints")
    if code.subtypes and subtype is not None and subtype not in code.subtypes:
        reasons.append(f"for {', '.join(code.subtypes)} patents only")
    return reasons


def _class_note(code: ReasonCode, platform: str) -> str:
    """Where the code's class is not sourced on ``platform``: inferred (carried over from the
    platforms whose sources give it) or a documented gap (the sources that class the
    platform's violations do not name it)."""
    if code.severity_unstated_in:
        return (
            f" (class unknown: {code.severity_unstated_in} gives {code.id} no severity; state "
            'severity = "serious" or "general" there to resolve it)'
        )
    listed = (*code.severity_inferred_platforms, *code.severity_unknown_platforms)
    sure = code.severity_confidence_on(platform) if platform in listed else ""
    if sure == "inferred":
        return f" (inferred on {platform}: no source classes it there)"
    if sure == "unknown":
        return (
            f" (not documented on {platform}: the sources that class its violations do not "
            "name this kind, so the class there is unknown)"
        )
    return ""


def _why(
    code: ReasonCode,
    matched: tuple[str, ...],
    missing: tuple[str, ...],
    lightened: bool,
    any_facts: bool,
    advised: tuple[str, ...] = (),
    against: tuple[str, ...] = (),
    platform: str = "",
) -> str:
    parts = []
    if matched:
        parts.append(f"fits {', '.join(matched)}")
    elif any_facts:
        parts.append("fits none of the facts given")
    else:
        parts.append(f"for the facts {', '.join(code.facts)}" if code.facts else "no listed fact")
    if missing:
        parts.append(f"needs {', '.join(missing)}")
    if advised:
        parts.append(f"{', '.join(advised)} recommended")
    if against:
        parts.append(f"for a complaint without {', '.join(against)}")
    shown = "infringement" if code.severity_unstated_in else f"{code.severity.value} infringement"
    parts.append(f"{shown}{_class_note(code, platform)}")
    if platform in code.inferred_platforms:
        parts.append(
            f"offered on {platform} by the rule book's inference, not its sources' word "
            f"({', '.join(code.rules)})"
        )
    if lightened:
        parts.append(
            "lighter burden of proof for you as a Good Faith member"
            + (  # R76 names no bases: which codes carry it is ipprules' reading
                " (inferred: R76 names no complaint bases)"
                if code.confidence is Confidence.INFERRED
                else ""
            )
        )
    if code.good_faith_only:
        parts.append("Good Faith members only")
    return "; ".join(parts)
