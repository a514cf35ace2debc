"""Notebook rendering: a standing as criterion bars, a timeline as an inline SVG chart.

No plotting dependency: plain HTML and SVG strings, escaped.

>>> import datetime as dt
>>> from ipprules.goodfaith import Complaint, History, standing
>>> s = standing(History.from_records([Complaint(filed=dt.date(2023, 3, 1),
...     platform="taobao", reason_code="X", listings=20, taken_down=19, rejected=1)]),
...     dt.date(2023, 3, 31))
>>> html = standing_html(s)
>>> "takedown_rate" in html and "<svg" in html
True
"""

from __future__ import annotations

import html
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.goodfaith.standing import Criterion, Standing
    from ipprules.goodfaith.timeline import Timeline

__all__ = ["percent", "standing_html", "timeline_svg"]

_GOOD = "#2e7d32"
_BAD = "#c62828"
_GREY = "#9e9e9e"


def percent(value: Fraction | None, digits: int = 2) -> str:
    """A rate as a percentage for display (exact values stay in the data).

    >>> percent(Fraction(2701, 3001))
    '90.00%'
    >>> percent(None)
    '-'
    """
    if value is None:
        return "-"
    return f"{float(value) * 100:.{digits}f}%"


def _show(c: Criterion) -> tuple[str, str]:
    if c.name in ("takedown_rate", "counter_notice_rate"):
        op = "" if c.comparison is None else c.comparison.value
        return percent(c.value), f"{op} {percent(c.threshold)}"
    if c.name == "volume":
        op = "" if c.comparison is None else c.comparison.value
        value = "-" if c.value is None else str(int(c.value))
        threshold = "-" if c.threshold is None else str(c.threshold)
        return value, f"{op} {threshold}"
    return ("yes" if c.met else "no"), ""


def _bar(c: Criterion) -> str:
    """A 160x14 SVG bar: the value against the threshold (a tick)."""
    width = 160
    colour = _GOOD if c.met else _BAD
    if c.value is None or c.threshold is None:
        fill = width if c.met and c.name not in ("takedown_rate", "counter_notice_rate") else 0
        return (
            f'<svg width="{width}" height="14" role="img"><rect width="{width}" height="14" '
            f'fill="#eee"/><rect width="{fill}" height="14" fill="{colour}"/></svg>'
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
        f'<svg width="{width}" height="14" role="img" aria-label="{html.escape(c.name)}">'
        f'<rect width="{width}" height="14" fill="#eee"/>'
        f'<rect width="{x:.1f}" height="14" fill="{colour}"/>'
        f'<line x1="{tick:.1f}" x2="{tick:.1f}" y1="0" y2="14" stroke="#000" stroke-width="2"/>'
        "</svg>"
    )


def _rows(criteria: tuple[Criterion, ...], scope: str) -> list[str]:
    out = []
    for c in criteria:
        value, threshold = _show(c)
        mark = "&#10003;" if c.met else "&#10007;"
        headroom = "" if c.headroom is None else str(c.headroom)
        needed = "" if c.needed in (None, 0) else str(c.needed)
        out.append(
            "<tr>"
            f"<td>{html.escape(scope)}</td><td>{html.escape(c.name)}</td>"
            f"<td>{html.escape(value)}</td><td>{html.escape(threshold)}</td>"
            f"<td>{_bar(c)}</td><td>{mark}</td>"
            f"<td>{headroom}</td><td>{needed}</td></tr>"
        )
    return out


def standing_html(s: Standing) -> str:
    """An HTML table: each criterion with its value, threshold, a bar, headroom and need."""
    title = (
        f"Good Faith standing as of {s.as_of.isoformat()} - "
        f"version {s.version or 'none'}, interpretation {s.interpretation}"
    )
    status = "member" if s.member else "not a member"
    if s.locked_until is not None:
        status += f", locked out until {s.locked_until.isoformat()}"
    rows = _rows(s.criteria, "overall")
    for r in s.reason_codes:
        rows.extend(_rows(r.criteria, r.reason_code))
    notes = "".join(f"<p>{html.escape(n)}</p>" for n in s.notes)
    return (
        f"<div><strong>{html.escape(title)}</strong>"
        f"<p>{'qualifies' if s.qualifies else 'does not qualify'}; {html.escape(status)}</p>"
        "<table><thead><tr><th>scope</th><th>criterion</th><th>value</th><th>threshold</th>"
        "<th></th><th>met</th><th>headroom</th><th>successes needed</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{notes}</div>"
    )


def timeline_svg(t: Timeline, width: int = 720, height: int = 220) -> str:
    """An inline SVG chart: takedown rate (line), membership (band) and membership changes."""
    n = len(t)
    left, right, top, bottom = 40, 10, 10, 30
    plot_w = width - left - right
    plot_h = height - top - bottom
    rates = [None if v is None else (v[0] / v[1] if v[1] else None) for v in t.columns["takedown"]]
    member = t.columns["member"]

    def x(i: int) -> float:
        return left + (plot_w * i / max(n - 1, 1))

    def y(rate: float) -> float:
        return top + plot_h * (1 - rate)

    bands = []
    i = 0
    while i < n:
        if member[i]:
            j = i
            while j + 1 < n and member[j + 1]:
                j += 1
            bands.append(
                f'<rect x="{x(i):.1f}" y="{top}" width="{max(x(j) - x(i), 1):.1f}" '
                f'height="{plot_h}" fill="#c8e6c9"/>'
            )
            i = j + 1
        else:
            i += 1
    # one polyline per run of defined values, sampled to at most ~2 points per pixel
    step = max(1, n // (plot_w * 2))
    lines = []
    run: list[str] = []
    for k in range(0, n, step):
        r = rates[k]
        if r is None:
            if len(run) > 1:
                lines.append(run)
            run = []
            continue
        run.append(f"{x(k):.1f},{y(r):.1f}")
    if len(run) > 1:
        lines.append(run)
    polylines = "".join(
        f'<polyline points="{" ".join(pts)}" fill="none" stroke="#1565c0" stroke-width="1.5"/>'
        for pts in lines
    )
    ticks = "".join(
        f'<line x1="{x((c.date - t.start).days):.1f}" x2="{x((c.date - t.start).days):.1f}" '
        f'y1="{top}" y2="{top + plot_h}" stroke="{_GOOD if c.change == "gained" else _BAD}" '
        f'stroke-dasharray="3,2"><title>{html.escape(c.date.isoformat())}: '
        f"{html.escape(c.change)} ({html.escape(c.reason)})</title></line>"
        for c in t.changes
    )
    ninety = y(0.9)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="Good Faith timeline">'
        f"<title>Good Faith timeline {t.start.isoformat()} to {t.end.isoformat()}</title>"
        f'<rect width="{width}" height="{height}" fill="#fff"/>{"".join(bands)}'
        f'<line x1="{left}" x2="{width - right}" y1="{ninety:.1f}" y2="{ninety:.1f}" '
        f'stroke="{_GREY}" stroke-dasharray="4,3"/>'
        f'<text x="2" y="{ninety + 4:.1f}" font-size="10">90%</text>'
        f'<text x="2" y="{top + 8}" font-size="10">100%</text>'
        f'<text x="2" y="{top + plot_h}" font-size="10">0%</text>'
        f"{polylines}{ticks}"
        f'<text x="{left}" y="{height - 8}" font-size="10">{t.start.isoformat()}</text>'
        f'<text x="{width - right}" y="{height - 8}" font-size="10" text-anchor="end">'
        f"{t.end.isoformat()}</text></svg>"
    )
