"""Plain-text rendering of a counter-notice's assessment: the lines ``ipprules
counter-notice`` prints, and what :meth:`Assessment.text` (and ``str(assessment)``,
``print(assessment)``) give.

A leaf of :mod:`ipprules.counternotice`: it reads the assessment's attributes and imports no
result class, so :mod:`~ipprules.counternotice.model` calls it one way.
"""

from __future__ import annotations

from typing import Any

from ipprules._table import filed_note_lines, reading_label, table

__all__: list[str] = []


def assessment_text(result: Any) -> str:
    """The text ``ipprules counter-notice`` prints for ``result`` (no final newline)."""
    return "\n".join(assessment_blocks(result))


def assessment_blocks(result: Any) -> list[str]:
    """The blocks of :func:`assessment_text`, one ``print`` each in the command: a table is one
    block, so that the command line fits it to a terminal as a table."""
    n = result.notice
    lines = [
        f"Counter-notice on {n.platform} ({n.ipr_type}) to the complaint of {n.complaint_date} "
        f"({reading_label(result.rulebook, result.interpretation)})"
    ]
    rows = [[f.severity.value, f.code, f.path, f.message, f.rule_ids] for f in result.findings]
    if rows:
        lines.append(table(["severity", "code", "path", "message", "rules"], rows))
    lines.append(f"Sufficient: {result.sufficient.value}")
    said = points_line(result)
    if said is not None:
        lines.append(said)
    return lines + filed_note_lines(result.notes, result.other_readings)


def points_line(result: Any) -> str | None:
    """The line that gives the seller's points counted from its violations, with their
    confidence mark as in JSON and ``ipprules penalties``, or ``None`` where none were
    counted.

    >>> from ipprules.counternotice import (
    ...     CounterNotice, SellerFacts, SellerViolation, assess_counter_notice)
    >>> one = SellerViolation(date="2024-06-01", kind="general", points=12)
    >>> seller = SellerFacts(violations=(one,))
    >>> notice = CounterNotice(platform="1688", complaint_date="2024-06-10", seller=seller)
    >>> points_line(assess_counter_notice(notice))
    "Seller's points counted from its violations: 0 to 12 [confidence third-party: R52, R64, R89]"

    A violation not counted (established after the day the standing is taken on) is said with
    its path, as ``ipprules penalties`` says it.
    """
    if result.standing is None:
        return None
    points = result.standing.to_dict()["points"]
    mark = f" {points['confidence_mark']}" if points["confidence_mark"] else ""
    line = f"Seller's points counted from its violations: {points['text']}{mark}"
    why: dict[str, list[int]] = {}
    for index, reason in result.standing.ignored:  # accounted for, as ipprules penalties does
        why.setdefault(reason, []).append(index)
    for reason, indexes in why.items():
        shown = ", ".join(f"$.seller.violations[{i}]" for i in indexes[:5])
        shown += " ..." if len(indexes) > 5 else ""
        line += f"; left out ({len(indexes)}): {reason}: {shown}"
    return line
