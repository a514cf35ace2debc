"""Plain-text rendering of a standing, a what-if and a timeline: the lines ``ipprules
good-faith`` prints, and what :meth:`Standing.text` (and ``str(standing)``,
``print(standing)``) give.

A leaf of :mod:`ipprules.goodfaith`, as :mod:`~ipprules.goodfaith.render` is: it reads the
result's attributes and imports no result class, so the classes of
:mod:`~ipprules.goodfaith.model` call it one way.

>>> import ipprules
>>> history = ipprules.History.from_file("examples/history.csv")
>>> print(standing_text(ipprules.standing(history, "2022-12-31")).splitlines()[1])
  QUALIFIES; member since 2022-10-30
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ipprules._table import reading_label, shown_lines
from ipprules.goodfaith.render import percent, percent_apart

__all__ = ["limit", "trial_suffix"]


def headline(s: Any) -> str:
    """Whether the account qualifies, and its membership. "Qualifies" (meets every criterion)
    is not said of a locked-out account, which cannot rejoin before the lock-out ends (R72,
    R73): the line says what it meets and from when it may rejoin."""
    state = "member" if s.member else "not a member"
    if s.member_since is not None:
        state += f" since {s.member_since}"
    until = s.locked_until
    if until is None:
        return f"{'QUALIFIES' if s.qualifies else 'DOES NOT QUALIFY'}; {state}"
    if s.qualifies:
        return (
            f"MEETS EVERY CRITERION but locked out until {until} (R72, R73); {state}; "
            f"may rejoin from {until} if it still meets them then"
        )
    return f"DOES NOT QUALIFY; {state}; locked out until {until}"


def trial_suffix(trial: Any) -> str:
    """The trials the account was in, for a header (``""`` when none)."""
    from ipprules.rulebook.model import trial_label

    label = trial_label(trial)
    return f", {label}" if label else ""


def limit(value: int | None) -> str:
    """A headroom for people: ``unlimited`` where there is no limit."""
    return "unlimited" if value is None else str(value)


def _criterion_line(scope: str, c: Any) -> str:
    mark = "ok  " if c.met else "FAIL"
    # the test applied: "101 > 100" where it holds, "1, needs > 100" where it does not (a
    # bare "1 > 100" would read as a claim); the JSON answer keeps the comparison as data
    test = " " if c.met else ", needs "
    if c.name in ("takedown_rate", "counter_notice_rate"):
        value = percent_apart(c.value, c.threshold, 3)  # 89.9999%, not 90.000% <- 90%
        ratio = f"{c.numerator}/{c.denominator}"
        text = f"{value} ({ratio}){test}{c.comparison.value} {percent(c.threshold, 1)}"
        if c.headroom is not None and c.met:
            text += f"; headroom {c.headroom}"
        if not c.met and c.assessed:
            if c.needed is None:
                text += f"; needs {limit(c.needed)} more successful takedown(s)"
            else:
                text += f": {c.needed} more successful takedown(s)"
    elif c.name == "volume":
        text = f"{c.numerator}{test}{c.comparison.value} {c.threshold}"
    else:
        text = c.note
    if c.other_readings:
        text += f" [differs under: {', '.join(c.other_readings)}]"
    return f"{mark} {scope:<18} {c.name:<20} {text}"


def standing_text(s: Any) -> str:
    """The standing as ``ipprules good-faith`` prints it (without the terminal's escaping
    of control characters, which the command adds)."""
    named = reading_label(s.rulebook, s.interpretation) + trial_suffix(s.trial)
    if s.version is None:
        return f"as of {s.as_of} ({named}): " + " ".join(s.notes)
    lines = [
        f"Good Faith standing as of {s.as_of} ({named}; version {s.version}; "
        f"window {s.window_from} to {s.as_of})",
        f"  {headline(s)}",
    ]
    if s.other_readings:
        lines.append(f"  qualification or membership differs under: {', '.join(s.other_readings)}")
    if s.rule_ids:
        lines.append(
            f"  rules: {', '.join(s.rule_ids)}; sources: {', '.join(s.sources)}; "
            f"confidence: {s.confidence}"
        )
    for scope, criteria in (
        ("overall", s.criteria),
        *((r.reason_code, r.criteria) for r in s.reason_codes),
    ):
        lines.extend("  " + _criterion_line(scope, c) for c in criteria)
    h = s.headroom
    anywhere = " in any reason code filed in the window" if s.reason_codes else ""
    lines.append(
        f"  headroom: {limit(h.failures)} more failed takedown(s), "
        f"{limit(h.counter_notices)} more successful counter-notice(s){anywhere}"
    )
    lines.extend(f"  note: {note}" for note in s.notes)
    lines.extend(_path_lines(s))
    return shown_lines("\n".join(lines))


def _path_lines(s: Any) -> list[str]:
    """What it takes to qualify (the standing's :class:`PathToQualify`), as lines."""
    p = s.path
    lines = []
    if not s.qualifies and p.barred:
        could = (
            f"; it could under {', '.join(p.qualify_under)}, which count(s) the finding only "
            "while it is in the window (R69, R82)"
            if p.qualify_under
            else ""
        )
        lines.append(
            f"  to qualify: no number of complaints admits the account under this reading "
            f"(the abuse finding on {p.abuse_bar} bars admission for good, B21){could}"
        )
    elif not s.qualifies:
        if p.abuse_clears_on is not None:
            lines.append(
                f"  abuse: no admission before {p.abuse_clears_on}, when the abuse finding on "
                f"{p.abuse_bar} leaves the window (R69, R82)"
            )
        lines.extend(_need_lines(p.successes, p.volume))
        if p.declaration_missing:
            lines.append("  declaration: not signed")
        if p.rates_pass_on is not None:
            lines.append(f"  with nothing more filed, the rates pass on {p.rates_pass_on}")
        elif p.rates_outlook == "never":
            lines.append(
                "  with nothing more filed, the rates pass on no later day: only more "
                "successful takedowns make them pass"
            )
    if p.failures_clear_on is not None:
        lines.append(f"  current failures leave the window on {p.failures_clear_on}")
    return lines


def _need_lines(successes: int | None, volume: int | None) -> list[str]:
    """The takedowns and complaints still needed. Both needed: one line, so that the
    takedowns (the fewest that make the rates pass with nothing else filed) are not read as
    enough on their own: the complaints that make up the volume must keep the rates passing.

    >>> _need_lines(1, 101)
    ['  to qualify: 101 more complaint(s) in the window, with the rates passing on them (the rates alone need 1 more successful takedown(s), with nothing else filed)']
    >>> _need_lines(2700, 0)
    ['  to qualify: 2700 more successful takedown(s)']
    """  # noqa: E501
    if successes is not None and successes > 0 and volume:
        return [
            f"  to qualify: {volume} more complaint(s) in the window, with the rates passing on "
            f"them (the rates alone need {successes} more successful takedown(s), with nothing "
            "else filed)"
        ]
    lines = []
    if successes != 0:
        need = "no number of" if successes is None else f"{successes}"
        lines.append(f"  to qualify: {need} more successful takedown(s)")
    if volume:
        lines.append(f"  volume: {volume} more complaint(s) in the window")
    return lines


def what_if_text(w: Any) -> str:
    """A what-if as ``ipprules good-faith --what-if`` prints it: the standing before, then
    after the planned complaints."""
    return (
        f"Before:\n{standing_text(w.before)}\n\n"
        f"After {w.added} planned complaint(s):\n{standing_text(w.after)}"
    )


def _qualifies_on(row: Any) -> str:
    """A timeline day's qualification, as the standing's headline says it: "yes" is not
    said of a locked-out account, which cannot rejoin before the lock-out ends (R72, R73)."""
    if not row.qualifies:
        return "no"
    return "yes" if row.locked_until is None else "locked"


def _limit(t: Any, column: str, i: int) -> Fraction | None:
    """The threshold in force on a timeline's ``i``-th day, from its ``column`` (``(p, q,
    comparison)`` or ``None``; a timeline built by hand may lack ``counter_threshold``)."""
    values = t.columns.get(column)
    value = None if values is None else values[i]
    return None if value is None else Fraction(value[0], value[1])


def timeline_text(t: Any, trial: Any = False) -> str:
    """A timeline as ``ipprules good-faith --timeline`` prints it: the membership changes,
    then the first day of each month, the days where qualification or membership changes
    and the end. ``trial``: the trials the account was in, for the header (a timeline does
    not hold them; the command passes its ``--trial``)."""
    lines = [
        f"Good Faith timeline {t.start} to {t.end} "
        f"({reading_label(t.rulebook, t.interpretation)}{trial_suffix(trial)})"
    ]
    for c in t.changes:
        lines.append(f"  {c.date}: membership {c.change} ({c.reason})")
        lines.extend(f"    note: {note}" for note in c.notes)
    if not t.changes:
        lines.append("  no change of membership in the range")
    lines.append(
        "date        version  takedown    counter    volume  qualifies  member  differs under"
    )
    lines.append(
        "(the first day of each month, days where qualification or membership changes, the end)"
    )
    previous = None
    differ: dict[str, int] = {}
    locked = False
    for i, row in enumerate(t):
        for name in row.other_readings:
            differ[name] = differ.get(name, 0) + 1
        said = _qualifies_on(row)
        key = (row.version, said, row.member, row.other_readings)
        if key == previous and row.date.day != 1 and row.date not in (t.start, t.end):
            continue
        previous = key
        locked = locked or said == "locked"
        lines.append(
            f"{row.date}  {row.version or '-':<7}  "
            f"{percent_apart(row.takedown_rate, _limit(t, 'threshold', i)):>8}  "
            f"{percent_apart(row.counter_notice_rate, _limit(t, 'counter_threshold', i), 3):>9}  "
            f"{row.volume:>6}  "
            f"{said:<9}  {'yes' if row.member else 'no':<6}  "
            f"{', '.join(row.other_readings) or '-'}"
        )
    if locked:
        lines.append(
            "qualifies 'locked': meets every criterion, but locked out: it cannot rejoin "
            "before the lock-out ends (R72, R73)"
        )
    lines.extend(
        f"qualification or membership differs under {name} on {days} of {len(t)} day(s)"
        for name, days in differ.items()
    )
    return shown_lines("\n".join(lines))
