"""Plain-text rendering of a counter-notice's assessment: the lines ``ipprules
counter-notice`` prints, and what :meth:`Assessment.text` (and ``str(assessment)``,
``print(assessment)``) give.

A leaf of :mod:`ipprules.counternotice`: it reads the assessment's attributes and imports no
result class, so :mod:`~ipprules.counternotice.model` calls it one way.
"""

from __future__ import annotations

from typing import Any

from ipprules._table import table

__all__ = ["assessment_blocks", "assessment_text"]


def assessment_text(result: Any) -> str:
    """The text ``ipprules counter-notice`` prints for ``result`` (no final newline)."""
    return "\n".join(assessment_blocks(result))


def assessment_blocks(result: Any) -> list[str]:
    """The blocks of :func:`assessment_text`, one ``print`` each in the command: a table is one
    block, so that the command line fits it to a terminal as a table."""
    n = result.notice
    lines = [
        f"Counter-notice on {n.platform} ({n.ipr_type}) to the complaint of {n.complaint_date} "
        f"({result.rulebook}, {result.interpretation})"
    ]
    rows = [[f.severity.value, f.code, f.path, f.message, f.rule_ids] for f in result.findings]
    if rows:
        lines.append(table(["severity", "code", "path", "message", "rules"], rows))
    lines.append(f"Sufficient: {result.sufficient.value}")
    if result.standing is not None:  # with its mark, as in JSON and ipprules penalties
        points = result.standing.to_dict()["points"]
        mark = f" {points['confidence_mark']}" if points["confidence_mark"] else ""
        lines.append(f"Seller's points counted from its violations: {points['text']}{mark}")
    return lines
