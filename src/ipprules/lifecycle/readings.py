"""Where the lifecycle depends on the reading of the rules: rule-book data, never code.

The transition table (:mod:`ipprules.lifecycle.states`) holds every move of every reading. The
rule book's ``lifecycle`` section says, per interpretation, where an event is allowed (``states``:
B20's withdrawal window, from the takedown on; R65 states none, so under ``official`` a complaint
under review can be withdrawn too) and whether the filer can take it for many listings in one
action (``batch``: B20's batch rejection of counter-notices; ``unknown`` under ``official``, a gap
in R67). This module reads those records; it names no interpretation. Where no record in force
sets the states of an event (an override that replaces the section, or a record that starts
later), only the moves every reading allows apply: a move the table marks ``by_reading`` (a
withdrawal while under review) needs a record that allows it.

The moves are decided by a view of the rule book (:class:`~ipprules.rulebook.ResolvedRules`):
a view as given, or for a rule book (default: the embedded one) its default interpretation as
of the latest change of its ``lifecycle`` section. Every function takes such ``rules`` (a
view, a book or ``None``); anything else is a :class:`TypeError`.

>>> from ipprules.rulebook import default_rulebook
>>> book = default_rulebook()
>>> brief = reading_of(None)
>>> brief.interpretation, opens(brief, "under_review", "withdraw")
('brief', False)
>>> official = reading_of(book.as_of("2024-06-03", "official"))
>>> opens(official, "under_review", "withdraw"), opens(official, "taken_down", "withdraw")
(True, True)
>>> [name for name, view in other_views(brief) if opens(view, "under_review", "withdraw")]
['official']
>>> batch_rule(official, "filer_rejects_counter_notice").batch
<Answer.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from ipprules._args import file_hint

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import LifecycleRule, Trial

#: Nothing public: these read a resolved view for the machine (:mod:`ipprules.lifecycle`'s
#: functions are the API); they stay importable by name.
__all__ = []

#: The rule-book section this module reads.
SECTION = "lifecycle"


def _parts(rules: object) -> tuple[RuleBook, str | None, Trial]:
    """The book, interpretation (``None``: the book's default) and trial flag of ``rules``."""
    from ipprules.rulebook import ResolvedRules, RuleBook, default_rulebook

    if rules is None:
        return default_rulebook(), None, False
    if isinstance(rules, ResolvedRules):
        return rules.book, rules.interpretation, rules.trial
    if isinstance(rules, RuleBook):
        return rules, None, False
    raise TypeError(
        f"rulebook must be a RuleBook or ResolvedRules, got {type(rules).__name__}"
        + file_hint(rules, "RuleBook")
    )


def view_on(rules: RuleBook | ResolvedRules | None, day: date | None) -> ResolvedRules:
    """The rules of ``rules`` (a book, default the embedded one, or a view that lends its book,
    interpretation and trial flag) in force on ``day``; ``None``: on the latest change of the
    book's ``lifecycle`` section (the moves as the book has them last)."""
    book, interpretation, trial = _parts(rules)
    when = day if day is not None else max(book.change_dates(SECTION))
    return book.as_of(when, interpretation, trial=trial)


def reading_of(rules: RuleBook | ResolvedRules | None) -> ResolvedRules:
    """The view that decides the moves: a view as given, else :func:`view_on` with no date."""
    from ipprules.rulebook import ResolvedRules

    if isinstance(rules, ResolvedRules):
        return rules
    return view_on(rules, None)


def window_rule(rules: RuleBook | ResolvedRules | None, event: str) -> LifecycleRule | None:
    """The record in force that says where ``event`` is allowed, if any."""
    for record in reading_of(rules).lifecycle.values():
        if record.event == event and record.states:
            return record
    return None


def batch_rule(rules: RuleBook | ResolvedRules | None, event: str) -> LifecycleRule | None:
    """The record in force that says whether ``event`` can be taken in batch, if any."""
    for record in reading_of(rules).lifecycle.values():
        if record.event == event and record.batch is not None:
            return record
    return None


def opens(
    rules: RuleBook | ResolvedRules | None, state: str, event: str, by_reading: bool = False
) -> bool:
    """Whether the reading lets the table's move of ``event`` from ``state`` apply. Where no
    record in force sets the states of the event, the narrow default: the move applies unless
    only some readings allow it (``by_reading``, the table's mark; R65's withdrawal while under
    review), so a book without the data never allows what the brief refuses.

    >>> opens(None, "under_review", "withdraw", True), opens(None, "taken_down", "withdraw")
    (False, True)
    >>> opens(None, "under_review", "takedown")             # no record speaks of a takedown
    True
    """
    record = window_rule(rules, event)
    if record is None:
        return not by_reading
    return state in record.states


def grounds(rules: RuleBook | ResolvedRules | None, event: str) -> tuple[str, ...]:
    """The rule ids of the record that says where ``event`` is allowed (empty: none)."""
    record = window_rule(rules, event)
    return () if record is None else record.rules


def other_views(rules: RuleBook | ResolvedRules | None) -> Iterator[tuple[str, ResolvedRules]]:
    """Every other interpretation of the book of :func:`reading_of` ``rules``, on the date of
    that view, in the book's order (the view's own left out)."""
    view = reading_of(rules)
    for name in view.book.interpretations:
        if name != view.interpretation:
            yield name, view.book.as_of(view.as_of, name, trial=view.trial)
