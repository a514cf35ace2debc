"""Plain-text rendering of a penalty standing: the lines ``ipprules penalties`` prints, and
what :meth:`PenaltyStanding.text` (and ``str(standing)``, ``print(standing)``) give.

A leaf of :mod:`ipprules.penalties`: it reads the standing's attributes and imports no result
class, so :mod:`~ipprules.penalties.model` calls it one way.
"""

from __future__ import annotations

from typing import Any

from ipprules._table import reading_label, table

__all__: list[str] = []


def _figures(s: Any) -> list[list[object]]:
    # every figure counts the violations in force: with a validity the caller assumed, its
    # confidence is the rule's only given that assumption, and says so
    assumed = " (validity assumed)" if s.validity_assumed else ""
    sure = {name: f"{value}{assumed}" for name, value in s.confidence.items()}
    rows: list[list[object]] = [
        ["points in force", s.points.text, s.points.basis, sure["points"]],
        ["serious (strikes)", s.serious.text, s.serious.basis, sure["serious"]],
    ]
    if s.serious_per_right is not None:
        per_right = s.serious_per_right
        rows.append(
            ["most against one right", per_right.text, per_right.basis, sure["serious_per_right"]]
        )
    closed = s.closed.value + (f" (since {s.closed_on})" if s.closed_on else "")
    closure = [f"{c.name}>={c.threshold}" for c in s.closure]
    rows.append(["closed", closed, closure, sure["closed"]])
    if s.rule is not None and s.rule.ladder:
        low = s.ladder_step.action if s.ladder_step else "none"
        high = s.ladder_step_max.action if s.ladder_step_max else "none"
        step = low if low == high else f"{low} .. {high}"
        stepped = s.rule.ladder_confidence  # the steps' own, where the record marks it (R86)
        basis = f"ladder ({stepped.value})" if stepped is not None else "ladder"
        rows.append(["ladder step", step, [basis], sure["ladder_step"]])
    if s.counter_notice_barred is not None:
        barred = s.counter_notice_barred.value
        rows.append(
            [
                "counter-notice barred",
                barred,
                [c.name for c in s.bar],
                sure["counter_notice_barred"],
            ]
        )
    return rows


def standing_text(s: Any) -> str:
    """The text ``ipprules penalties`` prints for ``s`` (no final newline)."""
    return "\n".join(standing_blocks(s))


def standing_blocks(s: Any) -> list[str]:
    """The blocks of :func:`standing_text`, one ``print`` each in the command: a table is one
    block, so that the command line fits it to a terminal as a table."""
    lines = [
        f"Penalty standing on {s.platform} as of {s.as_of} "
        f"({reading_label(s.rulebook, s.interpretation)})"
    ]
    rule_ids = ", ".join(s.rule.rules) if s.rule else "-"
    sources = ", ".join(x.id for x in s.sources) or "-"
    lines.append(table(["figure", "value", "basis", "confidence"], _figures(s)))
    lines.append(f"rules: {rule_ids}; sources: {sources}")
    lines.append(f"{s.counted} violation(s) counted, {len(s.ignored)} left out")
    why: dict[str, list[int]] = {}
    for index, reason in s.ignored:  # grouped by reason: a file may leave out thousands
        why.setdefault(reason, []).append(index)
    for reason, indexes in why.items():
        shown = ", ".join(f"$[{i}]" for i in indexes[:5]) + (" ..." if len(indexes) > 5 else "")
        lines.append(f"  left out ({len(indexes)}): {reason}: {shown}")
    lines += [f"  closure check {c.name}: {c.met.value} ({c.reason})" for c in s.closure]
    lines += [f"  bar check {c.name}: {c.met.value} ({c.reason})" for c in s.bar]
    lines += [f"note: {note}" for note in s.notes]
    lines += [f"other reading: {line}" for a in s.other_answers for line in a.lines()]
    if s.other_readings:
        lines.append(f"figures differ under: {', '.join(s.other_readings)}")
    if s.disputed_answers:
        names = ", ".join(a.reading for a in s.disputed_answers)
        lines.append(f"figures differ under disputed rules: {names}")
    return lines
