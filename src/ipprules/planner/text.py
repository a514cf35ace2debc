"""Plain-text rendering of a planning result: the lines ``ipprules plan`` prints, and what
:meth:`PlanningResult.text` (and ``str(result)``, ``print(result)``) give.

A leaf of :mod:`ipprules.planner`: it reads the result's attributes and imports no result
class, so :mod:`~ipprules.planner.engine` calls it one way. The command adds what only it
knows: the CSV columns it did not read, a ``--history`` to project from, a ``--rules`` book.

>>> import ipprules
>>> from ipprules.planner import Settings, plan_listings
>>> plan = ipprules.read_plan("examples/planner-account.toml")
>>> url = "https://item.taobao.com/item.htm?id=606832683299"
>>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
...                        settings=Settings(reason="tm_counterfeit"))
>>> print(planning_text(result).splitlines()[1])
3 line(s): 1 planned in 1 complaint(s), 1 duplicate, 1 rejected
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ipprules._table import reading_label, shown, table

__all__ = ["CHECK_SHOWN", "SHOWN"]

#: The most rejected lines the text lists (the first by line number; ``--out DIR`` and
#: ``--format json`` give every line).
SHOWN = 1000

#: The most codes of errors and warnings of the check of the planned complaints the text lists
#: under its count, each with its first finding and how many more (``--format json`` gives
#: every finding, ``ipprules check`` of the plan the same).
CHECK_SHOWN = 20

#: The most characters of a rejected line's text the table shows (a line may hold a megabyte;
#: ``--out DIR`` and ``--format json`` give it whole). The reason is shown whole: cut at 70
#: characters, the end that names the other listings or the reading lost, in a pipe too.
URL_SHOWN = 60

#: How the planner's message names the other listings on a refused line.
_OTHERS = "(not read, other listings on this line: "


def planning_text(result: Any, rulebook: Any = None) -> str:
    """The text ``ipprules plan`` prints for ``result`` (no final newline): the projection
    is from no history, on ``rulebook`` (default: the rule book the lines were planned on,
    ``--rules``), as the command's without ``--history``; the rejected lines are the first
    :data:`SHOWN` the result holds (none when its lines were streamed to a ``reconcile``
    callable)."""
    from ipprules.errors import CoverageError
    from ipprules.planner._projected import projected

    rejected = sorted((o for o in result.outcomes if o.status.value == "rejected"), key=_line)
    try:
        projection: Any = projected(result, None, rulebook)
    except CoverageError as error:  # before the Good Faith Program: nothing to project
        projection = str(error)
    return "\n".join(planning_blocks(result, projection, rejected[:SHOWN]))


def _line(outcome: Any) -> int:
    return int(outcome.line)


def planning_blocks(
    result: Any, projection: Any, rejected: Sequence[Any], ignored: Sequence[str] = ()
) -> list[str]:
    """The blocks of :func:`planning_text`, one ``print`` each in the command (a table is
    one block, so that the command line fits it to a terminal as a table): ``projection`` a
    :class:`~ipprules.goodfaith.WhatIf` or why there is none, ``rejected`` the rejected
    lines' outcomes to list, ``ignored`` the CSV columns not read."""
    blocks = head_blocks(result, ignored)
    if result.complaints:
        blocks += ["", _complaints_table(result)]
    if rejected:
        blocks += [
            "",
            table(
                ["line", "code", "reason", "url"],
                [(o.line, o.code, o.message, _url_cell(o.url)) for o in rejected],
            ),
        ]
        more = result.counts()["rejected"] - len(rejected)
        if more > 0:
            blocks.append(
                f"... and {more:,} more rejected line(s) not shown (the first {SHOWN:,} are); "
                "--out DIR writes every line to rejections.csv"
            )
    blocks += projection_blocks(projection)
    blocks += check_blocks(result)
    blocks += _readings_blocks(result, rejected)
    count = sum(_OTHERS in (o.message or "") for o in rejected)
    if count:  # as ``ipprules listings`` says of its own
        blocks += [
            "",
            f"{count:,} rejected line(s) shown hold other listings, not read (the reason names "
            "them): put one link per line",
        ]
    return blocks


def _complaints_table(result: Any) -> str:
    headers = ["complaint", "platform", "right", "reason", "target", "listings"]
    rows = [
        (
            p.complaint.id,
            p.complaint.platform,
            p.complaint.right,
            p.complaint.reason,
            p.complaint.target,
            len(p.complaint.listings),
            p.quarantined,
            _pct(p.confidence),
        )
        for p in result.complaints
    ]
    return table([*headers, "quarantined", "confidence"], rows)


def head_blocks(result: Any, ignored: Sequence[str] = ()) -> list[str]:
    """The rule book, date, reading and strategy; the line counts; the columns not read;
    the notes."""
    counts = result.counts()
    total = sum(counts.values())
    blocks = [
        f"{reading_label(result.rulebook, result.interpretation)} · as of {result.as_of}"
        f" · strategy {result.settings.strategy.value}",
        f"{total:,} line(s): {counts['planned']:,} planned in {len(result.complaints):,} "
        f"complaint(s), {counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected",
    ]
    if ignored:
        from ipprules._files import URL_COLUMN_NAMES, english_column

        meant = [english_column(name, URL_COLUMN_NAMES) for name in ignored]
        named = [shown(n) + (f" ({m}?)" if m else "") for n, m in zip(ignored, meant, strict=True)]
        english = "; the planner reads English column names" if any(meant) else ""
        blocks.append(f"columns not read by the planner (ignored): {', '.join(named)}{english}")
    blocks += [f"note: {note}" for note in result.notes]  # another reading's plan (D1)
    return blocks


def _url_cell(text: str) -> str:
    """A rejected line's text for the table: whole, or cut with a ``…`` that says so.

    >>> _url_cell("https://item.taobao.com/item.htm?id=1"), _url_cell("x" * 70)[-3:]
    ('https://item.taobao.com/item.htm?id=1', 'xx…')
    """
    return text if len(text) <= URL_SHOWN else text[: URL_SHOWN - 1] + "…"


def _readings_blocks(result: Any, rejected: Sequence[Any]) -> list[str]:
    """Where another reading of the rule book answers otherwise: the planned complaints'
    findings that differ, and the rejected lines shown whose reason says so."""
    readings: dict[str, int] = {}
    for f in result.report.findings:
        for name in f.other_readings:
            readings[name] = readings.get(name, 0) + 1
    lines = sum("[differs under: " in (o.message or "") for o in rejected)
    if not readings and not lines:
        return []
    blocks = [""]
    if readings:
        said = ", ".join(f"{name} ({n:,})" for name, n in sorted(readings.items()))
        blocks.append(
            f"readings: findings of the planned complaints differ under {said}: --format json "
            "lists them (check, other_readings)"
        )
    if lines:
        blocks.append(
            f"readings: {lines:,} rejected line(s) shown are answered otherwise under another "
            "reading (the reason says which)"
        )
    return blocks


def _pct(value: Any) -> str:
    return "-" if value is None else f"{float(value):.2%}"


def _value(criterion: Any) -> str:
    if criterion is None or criterion.value is None:
        return "-"
    if criterion.name.endswith("_rate"):
        return _pct(criterion.value)
    return str(criterion.value)


def _qualifies(s: Any) -> str:
    """Whether a projected standing qualifies: "yes" is not said of a locked-out account,
    which cannot rejoin before its lock-out ends, whatever its statistics (R72, R73), as
    ``ipprules good-faith`` says it."""
    if s.locked_until is None:
        return "yes" if s.qualifies else "no"
    until = s.locked_until.isoformat()
    if s.qualifies:
        return f"no, meets every criterion but locked out until {until} (R72, R73)"
    return f"no, locked out until {until}"


def _criteria_rows(b: Any, a: Any) -> tuple[list[tuple[object, ...]], list[str]]:
    """The projection's rows (criterion, before, after, met) and its notes on readings."""
    rows: list[tuple[object, ...]] = []
    notes: list[str] = []
    earlier = {(None, c.name): c for c in b.criteria}
    earlier |= {(r.reason_code, c.name): c for r in b.reason_codes for c in r.criteria}
    # the account's criteria, then a reason code's that the plan leaves failing (R75: each
    # code must meet them too, so one can cost the account its standing)
    for code, after in [
        *((None, c) for c in a.criteria),
        *((r.reason_code, c) for r in a.reason_codes for c in r.criteria if not c.met),
    ]:
        name = after.name if code is None else f"{after.name} ({code})"
        met = "met" if after.met else "not met"
        rows.append((name, _value(earlier.get((code, after.name))), _value(after), met))
        if after.other_readings:
            notes.append(f"  {name} differs under: {', '.join(after.other_readings)}")
    return rows, notes


def projection_blocks(projection: Any) -> list[str]:
    """The Good Faith projection (a :class:`~ipprules.goodfaith.WhatIf`, or why there is
    none), after an empty line."""
    if isinstance(projection, str):
        return ["", f"Good Faith: no projection ({projection})"]
    b, a = projection.before, projection.after
    blocks = [
        "",
        f"Good Faith ({a.version or 'not in force'}), assuming each complaint succeeds at "
        "its listings' confidence:",
    ]
    rows, notes = _criteria_rows(b, a)
    if rows:
        blocks.append(table(["criterion", "before", "after", "after the plan"], rows))
        blocks += notes
    blocks.append(f"qualifies before: {_qualifies(b)}; after: {_qualifies(a)}")
    before, after = ", ".join(b.other_readings), ", ".join(a.other_readings)
    if before == after and before:
        blocks.append(f"  qualification differs under: {before} (before and after)")
    elif before or after:
        blocks.append(
            f"  qualification differs under: {before or 'none'} (before), {after or 'none'} (after)"
        )
    blocks += [f"  note: {note}" for note in a.notes]  # the gaps the answer rests on
    return blocks


def check_line(result: Any) -> str:
    """What the check of the planned complaints found, in one line."""
    counts = result.report.counts()
    return (
        f"check of the planned complaints: {counts['error']} error(s), "
        f"{counts['warning']} warning(s), {counts['unknown']} unknown"
    )


def check_blocks(result: Any) -> list[str]:
    """:func:`check_line`, then the errors and warnings it counts, one line for each code (the
    first :data:`CHECK_SHOWN` codes): severity, code, the first finding's JSON path and message
    as ``ipprules check`` gives them, and how many more of that code there are. The planner
    rejects a line whose complaint would fail, so what is left is of the account file (a right
    no complaint uses, say) or of the account as a whole (one warning per complaint of a new
    filer's large batches): grouped, the summary stays short whatever the plan's size.

    >>> import ipprules
    >>> from ipprules.planner import Settings, plan_listings
    >>> plan = ipprules.read_plan("examples/plan.toml")  # two rights with a bad document
    >>> url = "https://item.taobao.com/item.htm?id=606832683299"
    >>> result = plan_listings([url], plan, as_of="2026-11-23",
    ...                        settings=Settings(right="tm-cn-9", reason="tm_counterfeit"))
    >>> for line in check_blocks(result):
    ...     print(line[:70])
    check of the planned complaints: 2 error(s), 0 warning(s), 0 unknown
      error    document-copy-not-accepted  $.rights[1].documents[0]: trade
      error    document-unknown  $.rights[2].documents[1]: 'patent_certifi
    """
    by_code: dict[tuple[str, str], list[Any]] = {}
    for f in result.report.findings:
        if f.severity.value in ("error", "warning"):
            by_code.setdefault((f.severity.value, f.code), []).append(f)
    lines = [check_line(result)]
    for (severity, code), found in list(by_code.items())[:CHECK_SHOWN]:
        first = found[0]
        lines.append(f"  {severity:<8} {code}  {shown(first.path)}: {shown(first.message)}")
        if len(found) > 1:
            lines.append(f"    and {len(found) - 1:,} more {code} {severity}(s)")
    if len(by_code) > CHECK_SHOWN:
        lines.append(
            f"  ... and {len(by_code) - CHECK_SHOWN:,} more code(s) (--format json gives every"
            " finding)"
        )
    return lines
