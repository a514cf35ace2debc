"""Plain-text rendering of deadlines and of a lifecycle replay: the lines ``ipprules deadline``
and ``ipprules lifecycle`` print, and what :meth:`DeadlineResult.text` and
:meth:`LifecycleReport.text` (and ``str()``, ``print()`` of them) give.

A leaf of :mod:`ipprules.lifecycle`: it reads the results' attributes and imports no result
class, so the classes call it one way (``state_info`` is read where the text is made).

>>> from datetime import date
>>> from ipprules.lifecycle import deadline_for
>>> print(deadline_text(deadline_for("processing_counterfeit", date(2024, 5, 6))).splitlines()[0])
Deadline processing_counterfeit from 2024-05-06 (ipprules embedded rule book ...):
"""

from __future__ import annotations

from typing import Any

from ipprules._table import reading_label, table

__all__: list[str] = []


def deadline_text(result: Any) -> str:
    """The text ``ipprules deadline NAME --on DATE`` prints for one deadline's result."""
    start = f" from {result.start}" if result.start is not None else ""
    return deadlines_text(f"Deadline {result.deadline_id}{start}", (result,))


def deadlines_text(
    what: str,
    results: tuple[Any, ...] | list[Any],
    calendar: str | None = None,
    reading: str | None = None,
) -> str:
    """The text table of deadline results; ``calendar`` is the ``--calendar`` given, named
    where it is too short for a count; ``reading`` the :func:`~ipprules._table.reading_label`
    named in the heading when there is no result to take it from."""
    if not results:
        named = f" ({reading})" if reading else ""
        return f"{what}{named}: none (for the filters given)."
    rows = [
        [
            r.deadline_id,
            r.kind,
            _when(r),
            _span(r),
            r.rule.who,
            r.rule_ids,
            [s.id for s in r.sources],
            r.platform_confidence,
        ]
        for r in results
    ]
    head = f"{what} ({reading_label(results[0].rulebook, results[0].interpretation)}):"
    columns = ["deadline", "kind", "date", "counted", "who", "rules", "sources", "confidence"]
    body = table(columns, rows)
    lines = [head, body]
    notes = [r for r in results if r.status.value in ("expected", "unknown", "undated")]
    uncounted = [r for r in results if r.status.value == "uncounted"]
    if uncounted:
        lines.append("")
        fix = (
            f" (--calendar {calendar}: give a calendar that covers it)"
            if calendar not in (None, "weekends")
            else ""
        )
        lines += [f"{r.deadline_id}: no date: {r.note}{fix}" for r in uncounted]
    changing = [r for r in results if r.note and r.status.value in ("due", "expected")]
    if changing:  # R61: a window the rule's own change falls into
        lines.append("")
        lines += [f"{r.deadline_id}: {r.note}" for r in changing]
    noted = [r for r in results if r in notes or r.rule.note]
    if noted:  # each record's description (expectations, gaps) and note, as ``rules`` shows
        lines.append("")
        lines += [line for r in noted for line in _described(r, r in notes)]
    if notes:
        lines.append(
            "Expectations are what usually happens, not guarantees; "
            "'unknown' means that no source gives the limit."
        )
    return "\n".join(lines)


def _described(r: Any, described: bool) -> list[str]:
    """A result's record as the table's notes show it: ``id: description`` where it is
    ``described`` (an expectation or a gap), then the record's note where it has one
    (``processing_general``'s other estimates, D5), as ``ipprules rules rule`` shows it."""
    head = f"{r.deadline_id}: {r.rule.description}" if described else ""
    note = r.rule.note
    if not note:
        return [head]
    if not head:
        return [f"{r.deadline_id}: note: {note}"]
    return [head, f"  note: {note}"]


def _when(r: Any) -> str:
    status = r.status.value
    if status == "unknown":
        return "unknown"
    if status == "undated":
        return "no date yet"
    if status == "uncounted":
        return "no date (calendar)"
    if r.latest != r.due:
        return f"{r.due} to {r.latest}"
    return f"{'due ' if status == 'due' else 'by '}{r.due}"


def _span(r: Any) -> str:
    rule = r.rule
    if rule.amount is None or rule.unit is None:
        return "-"
    amount = str(rule.amount) if rule.amount_max is None else f"{rule.amount}-{rule.amount_max}"
    unit = rule.unit.value.replace("_", " ")
    under = "under " if rule.bound.value == "under" else ""  # R92, B19: as the source words it
    return f"{under}{amount} {unit}" + (f" ({r.counted_in})" if r.counted_in else "")


def _report_head(report: Any) -> str:
    """The first line of a replay's text: how many events, under which rule book and reading."""
    head = f"Lifecycle of {len(report.events)} event(s)"
    if report.interpretation is None:
        return head + ":"
    return f"{head} ({reading_label(report.rulebook, report.interpretation)}):"


def _cited(rules: dict[str, Any]) -> list[Any]:
    """The rules, sources and confidence a step of the trace cites (its moves' table rows,
    both where a late counter-notice counts for the next round: R61)."""
    return [rules["rule_ids"], rules["sources"], rules["confidence"] or "-"]


def report_text(report: Any) -> str:
    """The text ``ipprules lifecycle`` prints for ``report`` (no final newline), whatever
    calendar it was replayed on: its dates were counted in that calendar, and the
    ``counted`` column names it (a replay the calendar is too short for raises, so the
    ``--calendar`` hint of an uncounted deadline never shows here)."""
    return "\n".join(report_blocks(report))


def report_blocks(report: Any, calendar: str | None = None) -> list[str]:
    """The blocks of :func:`report_text`, one ``print`` each in the command: a table is one
    block, so that the command line fits it to a terminal as a table; ``calendar`` is the
    ``--calendar`` given, named where it is too short for a count."""
    from ipprules.lifecycle.states import state_info

    info = state_info(report.state)
    late = {f.index: f for f in report.flags}
    rows = [
        [
            str(i + 1),
            e.event.value,
            e.on,
            s.value,
            late[i].kind.value if i in late else "",
            *_cited(report.step_rules(i)),
        ]
        for i, (e, s) in enumerate(zip(report.events, report.states[1:], strict=True))
    ]
    columns = ["#", "event", "on", "state after", "timing", "rules", "sources", "confidence"]
    blocks = [_report_head(report), table(columns, rows)]
    blocks += [
        f"  #{f.index + 1} {f.kind.value}: {f.message}{f.deadline.confidence_mark}"
        for f in report.flags
    ]
    blocks += [f"  #{n.index + 1} reading: {n.message}" for n in report.readings]
    notes, filed = _filed_note(report)
    blocks += [f"  note: {note}" for note in notes]
    online = "online" if info.online else "offline"
    final = "; final" if info.terminal else ""
    blocks.append(f"\nState: {report.state.value} ({info.label}; listing {online}{final})")
    if info.r56 is not None:
        blocks.append(f"Stays online (R56): {info.r56.value}")
    others = report.other_readings
    if filed:  # B1's readings are said under its note, last
        others = tuple(dict.fromkeys(n for note in report.readings for n in note.other_readings))
    if others:
        blocks.append(f"Reading: {report.interpretation}; differs under: {', '.join(others)}")
    if report.deadlines:
        what = f"Deadlines running in {report.state.value}"
        blocks += ["", deadlines_text(what, report.deadlines, calendar)]
    elif not info.terminal:
        blocks.append("No deadline runs in this state (for the filters given).")
    return blocks + filed


def _filed_note(report: Any) -> tuple[tuple[str, ...], list[str]]:
    """The report's notes but B1's, and the lines that say B1's last: where a marketplace
    is answered as the platform it is filed as (``report.marketplace``), its note (the last
    of ``notes``) and the readings that file it otherwise, as ``ipprules deadline`` says
    them under its table."""
    from ipprules._table import filed_note_lines

    market, notes = getattr(report, "marketplace", None), tuple(report.notes)
    if market is None or not notes:
        return notes, []
    readings = tuple(report.platform_readings)
    differ = {f"marketplace {market}": readings} if readings else {}
    return notes[:-1], filed_note_lines(notes[-1:], differ)
