"""Rendered outputs for the docs pages, made at build time from the shipped examples.

Each fragment in ``_generated/rendered/`` holds the HTML that the result object's own
``_repr_html_`` gives (what a notebook shows), so when an engine's rendering changes, the docs
change with it; nothing is pasted by hand. Pages include a fragment with::

    ```{include} _generated/rendered/good-faith-standing.md
    ```
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _fragment(title: str, source: str, body: str) -> str:
    body = body.replace("\n```", "\n` ``")  # raw HTML must not hold a line closing the fence
    label = html.escape(title, quote=True)
    return (
        f'```{{raw}} html\n<div class="ipprules-rendered" aria-label="{label}">\n'
        f"{body}\n</div>\n```\n\n"
        f"*Rendered when the docs were built, by `{source}`.*\n"
    )


def _history() -> Any:
    from ipprules.goodfaith import History

    return History.from_file(EXAMPLES / "history.csv")


def standing_html() -> tuple[str, str]:
    from ipprules.goodfaith import standing

    s = standing(_history(), dt.date(2023, 3, 31))
    return 'standing(History.from_file("examples/history.csv"), date(2023, 3, 31))', str(
        s._repr_html_()
    )


def timeline_html() -> tuple[str, str]:
    from ipprules.goodfaith import timeline

    t = timeline(_history(), dt.date(2022, 9, 1), dt.date(2023, 8, 31))
    return (
        'timeline(History.from_file("examples/history.csv"), date(2022, 9, 1), date(2023, 8, 31))',
        str(t._repr_html_()),
    )


def report_html() -> tuple[str, str]:
    import ipprules

    report = ipprules.check(ipprules.read_plan(EXAMPLES / "plan.toml"), as_of="2026-11-23")
    return (
        'check(read_plan("examples/plan.toml"), as_of="2026-11-23")',
        str(report._repr_html_()),
    )


def listings_html() -> tuple[str, str]:
    import csv

    import ipprules

    with (EXAMPLES / "planner-urls.csv").open(encoding="utf-8", newline="") as handle:
        urls = [row["url"] for row in csv.DictReader(handle)]
    results = ipprules.parse_listings(urls)
    return (
        "parse_listings(the url column of examples/planner-urls.csv)",
        str(results._repr_html_()),
    )


RENDERED: dict[str, tuple[str, Callable[[], tuple[str, str]]]] = {
    "good-faith-standing.md": ("Good Faith standing", standing_html),
    "good-faith-timeline.md": ("Good Faith timeline", timeline_html),
    "checks-report.md": ("check report", report_html),
    "listings-table.md": ("parsed listings", listings_html),
}


def write_rendered(folder: Path) -> None:
    """Write every fragment (a failing renderer fails the build: nothing is hidden)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, render) in RENDERED.items():
        source, body = render()
        text = _fragment(title, source, body)
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
