"""Notebook rendering: a standing as criterion bars, a timeline as an inline SVG chart.

A leaf of :mod:`ipprules.goodfaith`: the functions take plain values (dates, fractions,
tuples), so this module imports nothing from the package and the result classes of
:mod:`~ipprules.goodfaith.model` call it one way. No plotting dependency: plain HTML
and SVG strings, every text escaped.

>>> import datetime as dt
>>> row = CriterionRow(scope="overall", name="takedown_rate", value=Fraction(19, 20),
...                    threshold=Fraction(9, 10), comparison=">", met=True, headroom=9,
...                    needed=0)
>>> html = standing_html(as_of=dt.date(2023, 3, 31), version="2022", interpretation="brief",
...                      qualifies=True, member=True, locked_until=None, rows=[row], notes=())
>>> "takedown_rate" in html and "<svg" in html and "95.00%" in html
True
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from ipprules._args import require_instance, require_int
from ipprules._table import shown_html

__all__ = ["CriterionRow", "percent"]

_GOOD = "#2e7d32"
_BAD = "#c62828"
_GREY = "#757575"
_RATE = "#1565c0"
_COUNTER = "#ef6c00"
_BAND = "#c8e6c9"


def percent(value: Fraction | None, digits: int = 2) -> str:
    """A rate as a percentage for display (exact values stay in the data).

    >>> percent(Fraction(2701, 3001))
    '90.00%'
    >>> percent(None)
    '-'
    """
    if value is None:
        return "-"
    require_instance(value, numbers.Real, "value")
    return f"{float(value) * 100:.{require_int(digits, 'digits', low=0, high=99)}f}%"


def percent_apart(value: Fraction | None, threshold: Fraction | None, digits: int = 2) -> str:
    """:func:`percent` of ``value`` with as many more digits as it takes not to read as
    ``threshold`` when it is not: 899,999 of 1,000,000 is ``89.9999%``, not ``90.000%``
    beside a threshold of 90% it fails (at most 12 more digits).

    >>> percent_apart(Fraction(899_999, 1_000_000), Fraction(9, 10), 3)
    '89.9999%'
    >>> percent_apart(Fraction(9, 10), Fraction(9, 10), 3), percent_apart(None, None)
    ('90.000%', '-')
    """
    shown = percent(value, digits)
    if value is None or threshold is None or value == threshold:
        return shown
    for more in range(digits, digits + 13):
        shown = percent(value, more)
        if shown != percent(threshold, more):
            break
    return shown


class CriterionRow(NamedTuple):
    """One criterion as the renderer needs it (plain values)."""

    scope: str
    name: str
    value: Fraction | None
    threshold: Fraction | None
    comparison: str | None
    met: bool
    headroom: int | None
    needed: int | None
    other_readings: tuple[str, ...] = ()


def _show(c: CriterionRow) -> tuple[str, str]:
    op = c.comparison or ""
    if c.name in ("takedown_rate", "counter_notice_rate"):
        return percent_apart(c.value, c.threshold), f"{op} {percent(c.threshold)}"
    if c.name == "volume":
        value = "-" if c.value is None else str(int(c.value))
        threshold = "-" if c.threshold is None else str(c.threshold)
        return value, f"{op} {threshold}"
    return ("yes" if c.met else "no"), ""


def _bar(c: CriterionRow) -> str:
    """A 160x14 SVG bar: the value against the threshold (a tick)."""
    width = 160
    colour = _GOOD if c.met else _BAD
    label = shown_html(c.name)
    if c.value is None or c.threshold is None:
        fill = width if c.met and c.name not in ("takedown_rate", "counter_notice_rate") else 0
        return (
            f'<svg width="{width}" height="14" role="img" aria-label="{label}">'
            f'<rect width="{width}" height="14" fill="#eee"/>'
            f'<rect width="{fill}" height="14" fill="{colour}"/></svg>'
        )
    if c.name == "volume":
        top = max(float(c.threshold) * 2, float(c.value), 1.0)
    elif c.name == "counter_notice_rate":
        top = max(float(c.threshold) * 4, float(c.value), 1e-9)
    else:
        top = 1.0
    x = min(float(c.value) / top, 1.0) * width
    tick = min(float(c.threshold) / top, 1.0) * width
    return (
        f'<svg width="{width}" height="14" role="img" aria-label="{label}">'
        f'<rect width="{width}" height="14" fill="#eee"/>'
        f'<rect width="{x:.1f}" height="14" fill="{colour}"/>'
        f'<line x1="{tick:.1f}" x2="{tick:.1f}" y1="0" y2="14" stroke="#000" stroke-width="2"/>'
        "</svg>"
    )


def _row_html(c: CriterionRow) -> str:
    value, threshold = _show(c)
    mark = "&#10003;" if c.met else "&#10007;"
    headroom = "" if c.headroom is None else str(c.headroom)
    needed = "" if c.needed in (None, 0) else str(c.needed)
    other = shown_html(", ".join(c.other_readings))
    return (
        "<tr>"
        f"<td>{shown_html(c.scope)}</td><td>{shown_html(c.name)}</td>"
        f"<td>{shown_html(value)}</td><td>{shown_html(threshold)}</td>"
        f"<td>{_bar(c)}</td><td>{mark}</td>"
        f"<td>{headroom}</td><td>{needed}</td><td>{other}</td></tr>"
    )


def standing_html(
    *,
    as_of: dt.date,
    version: str | None,
    interpretation: str,
    qualifies: bool,
    member: bool,
    locked_until: dt.date | None,
    rows: Sequence[CriterionRow],
    notes: Sequence[str],
    other_readings: Sequence[str] = (),
    trial: bool | tuple[int, ...] = False,
    cited: tuple[Sequence[str], Sequence[str], str | None] = ((), (), None),
    rulebook: str = "",
) -> str:
    """An HTML table: each criterion with its value, threshold, a bar, headroom and need;
    the title names the upgrade trials the account was in (``trial``), as the text does, and
    ``cited`` (the rule ids, sources and confidence of the criteria applied) is the ``rules:``
    line under the headline, as in the text; ``rulebook`` and ``interpretation`` are named as
    the commands name them (``RULEBOOK · interpretation NAME``)."""
    from ipprules._table import reading_label
    from ipprules.rulebook.model import trial_label

    label = trial_label(trial)
    title = (
        f"Good Faith standing as of {as_of.isoformat()} - "
        f"version {version or 'none'}, {reading_label(rulebook, interpretation)}"
        + (f", {label}" if label else "")
    )
    status = "member" if member else "not a member"
    verdict = "qualifies" if qualifies else "does not qualify"
    if locked_until is not None:  # R72, R73: no rejoining before the lock-out ends
        until = locked_until.isoformat()
        status += f", locked out until {until}"
        if qualifies:
            verdict = "meets every criterion but is locked out (R72, R73)"
            status += f": may rejoin from {until} if it still meets them then"
    if other_readings:
        status += f" (otherwise under: {', '.join(other_readings)})"
    rule_ids, sources, confidence = cited
    rules_html = (
        f"<p>rules: {shown_html(', '.join(rule_ids))}; sources: "
        f"{shown_html(', '.join(sources))}; confidence: {shown_html(str(confidence))}</p>"
        if rule_ids
        else ""
    )
    body = "".join(_row_html(r) for r in rows)
    notes_html = "".join(f"<p>{shown_html(n)}</p>" for n in notes)
    return (
        f"<div><strong>{shown_html(title)}</strong>"
        f"<p>{verdict}; {shown_html(status)}</p>{rules_html}"
        "<table><thead><tr><th>scope</th><th>criterion</th><th>value</th><th>threshold</th>"
        "<th></th><th>met</th><th>headroom</th><th>successes needed</th>"
        "<th>differs under</th></tr></thead>"
        f"<tbody>{body}</tbody></table>{notes_html}</div>"
    )


# --------------------------------------------------------------------- timeline

_W, _H = 720, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 12, 30, 34
_PLOT_W = _W - _LEFT - _RIGHT
_PLOT_H = _H - _TOP - _BOTTOM


class _Axes:
    """Day index -> x, rate -> y over the plot area."""

    def __init__(self, n: int) -> None:
        self.n = n

    def x(self, i: float) -> float:
        return _LEFT + _PLOT_W * i / max(self.n - 1, 1)

    @staticmethod
    def y(rate: float) -> float:
        return _TOP + _PLOT_H * (1 - rate)


def _ratio(pair: tuple[int, int] | None) -> float | None:
    if pair is None or pair[1] <= 0:
        return None
    return pair[0] / pair[1]


def _polylines(values: Sequence[float | None], axes: _Axes, colour: str, name: str) -> str:
    """One polyline per run of defined values, sampled to at most ~2 points per pixel."""
    step = max(1, len(values) // (_PLOT_W * 2))
    runs: list[list[str]] = []
    run: list[str] = []
    for k in range(0, len(values), step):
        v = values[k]
        if v is None:
            if run:
                runs.append(run)
            run = []
            continue
        run.append(f"{axes.x(k):.1f},{axes.y(min(max(v, 0.0), 1.0)):.1f}")
    if run:
        runs.append(run)
    return "".join(
        f'<polyline class="{name}" points="{" ".join(pts)}" fill="none" stroke="{colour}" '
        'stroke-width="1.5"/>'
        for pts in runs
    )


def _bands(member: Sequence[bool], axes: _Axes) -> str:
    out = []
    i, n = 0, len(member)
    while i < n:
        if not member[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and member[j + 1]:
            j += 1
        out.append(
            f'<rect class="member" x="{axes.x(i):.1f}" y="{_TOP}" '
            f'width="{max(axes.x(j) - axes.x(i), 1):.1f}" height="{_PLOT_H}" fill="{_BAND}"/>'
        )
        i = j + 1
    return "".join(out)


def _month_ticks(start: dt.date, n: int, axes: _Axes) -> str:
    """A tick on the first of each month; labels thinned so that they never overlap."""
    firsts: list[tuple[int, dt.date]] = []
    day = start if start.day == 1 else _next_month(start)
    while (day - start).days < n:
        firsts.append(((day - start).days, day))
        day = _next_month(day)
    every = 1
    while firsts and len(firsts) / every * 52 > _PLOT_W:  # a label takes about 52 px
        every += 1
    out = []
    for k, (i, first) in enumerate(firsts):
        x = axes.x(i)
        out.append(
            f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{_TOP + _PLOT_H}" '
            f'y2="{_TOP + _PLOT_H + 4}" stroke="#000"/>'
        )
        if (first.month - 1) % every == 0:
            label = (
                first.strftime("%b %Y") if first.month == 1 or k < every else first.strftime("%b")
            )
            out.append(
                f'<text class="tick-label" x="{x:.1f}" y="{_TOP + _PLOT_H + 16}" font-size="10" '
                f'text-anchor="middle">{shown_html(label)}</text>'
            )
    return "".join(out)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _threshold_lines(
    thresholds: Sequence[tuple[int, int, str] | None], rules: Sequence[str | None], axes: _Axes
) -> str:
    """The takedown-rate threshold, one dashed segment (labelled) per stretch of equal rules."""
    out = []
    i, n = 0, len(thresholds)
    while i < n:
        th = thresholds[i]
        j = i
        while j + 1 < n and thresholds[j + 1] == th and rules[j + 1] == rules[i]:
            j += 1
        if th is not None:
            p, q, op = th
            y = axes.y(p / q)
            label = f"{rules[i] or 'threshold'}: takedown rate {op} {percent(Fraction(p, q), 0)}"
            x2 = axes.x(j) if j > i else axes.x(i) + 1
            out.append(
                f'<line class="threshold" x1="{axes.x(i):.1f}" x2="{x2:.1f}" '
                f'y1="{y:.1f}" y2="{y:.1f}" stroke="{_GREY}" stroke-dasharray="4,3"/>'
                f'<text class="threshold-label" x="{axes.x(i) + 2:.1f}" y="{y - 3:.1f}" '
                f'font-size="10" fill="{_GREY}">{shown_html(label)}</text>'
            )
        i = j + 1
    return "".join(out)


def _legend() -> str:
    items = (
        ("line", _RATE, "takedown rate"),
        ("line", _COUNTER, "counter-notice rate"),
        ("rect", _BAND, "member"),
        ("dash", _GREY, "threshold"),
    )
    out, x = [], _LEFT
    for shape, colour, name in items:
        if shape == "rect":
            mark = f'<rect x="{x}" y="8" width="14" height="10" fill="{colour}"/>'
        else:
            dash = ' stroke-dasharray="4,3"' if shape == "dash" else ""
            mark = (
                f'<line x1="{x}" x2="{x + 14}" y1="13" y2="13" stroke="{colour}" '
                f'stroke-width="2"{dash}/>'
            )
        out.append(
            f'<g class="legend-item">{mark}<text x="{x + 18}" y="17" font-size="10">'
            f"{shown_html(name)}</text></g>"
        )
        x += 24 + 6 * len(name)
    return f'<g class="legend">{"".join(out)}</g>'


def timeline_svg(
    *,
    start: dt.date,
    end: dt.date,
    takedown: Sequence[tuple[int, int] | None],
    counter: Sequence[tuple[int, int] | None],
    member: Sequence[bool],
    thresholds: Sequence[tuple[int, int, str] | None],
    rules: Sequence[str | None],
    changes: Sequence[tuple[dt.date, str, str]],
    reading: str = "",
) -> str:
    """An inline SVG chart of a daily timeline, scaled to its container's width.

    The takedown and counter-notice rates (lines), membership (a band), the takedown
    threshold labelled with its rule id and value, month ticks, gains and losses of
    membership (dashed lines with a tooltip), a legend and a ``<title>`` naming the rule
    book and reading (``reading``, a :func:`~ipprules._table.reading_label`) as the commands do.
    """
    axes = _Axes(len(takedown))
    change_lines = "".join(
        f'<line class="change" x1="{axes.x((d - start).days):.1f}" '
        f'x2="{axes.x((d - start).days):.1f}" y1="{_TOP}" y2="{_TOP + _PLOT_H}" '
        f'stroke="{_GOOD if what == "gained" else _BAD}" stroke-dasharray="3,2">'
        f"<title>{shown_html(d.isoformat())}: {shown_html(what)} ({shown_html(why)})"
        "</title></line>"
        for d, what, why in changes
    )
    y_labels = "".join(
        f'<text x="{_LEFT - 4}" y="{axes.y(v) + 3:.1f}" font-size="10" text-anchor="end">'
        f"{int(v * 100)}%</text>"
        for v in (0.0, 0.5, 1.0)
    )
    title = f"Good Faith timeline {start.isoformat()} to {end.isoformat()}" + (
        f" ({reading})" if reading else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" role="img" aria-label="{shown_html(title)}">'
        f"<title>{shown_html(title)}</title>"
        f'<rect width="{_W}" height="{_H}" fill="#fff"/>'
        f"{_bands(member, axes)}"
        f'<rect x="{_LEFT}" y="{_TOP}" width="{_PLOT_W}" height="{_PLOT_H}" fill="none" '
        'stroke="#bbb"/>'
        f"{_threshold_lines(thresholds, rules, axes)}{y_labels}"
        f"{_polylines([_ratio(v) for v in takedown], axes, _RATE, 'takedown')}"
        f"{_polylines([_ratio(v) for v in counter], axes, _COUNTER, 'counter')}"
        f"{change_lines}{_month_ticks(start, len(takedown), axes)}{_legend()}</svg>"
    )
