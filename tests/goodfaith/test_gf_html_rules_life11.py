"""The notebook view of a Good Faith standing (``_repr_html_``) names the rules, sources and
confidence of the criteria it applied, as the text's ``rules:`` line and the JSON do (life11)."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from ipprules.goodfaith import History, standing

HISTORY = "examples/history.csv"


@pytest.mark.parametrize(
    ("day", "interpretation"),
    [
        (dt.date(2015, 6, 1), "brief"),
        (dt.date(2018, 9, 1), "official"),
        (dt.date(2022, 12, 31), "brief"),
        (dt.date(2022, 12, 31), "brief-at-least-100"),
        (dt.date(2022, 12, 31), "official"),
    ],
)
def test_html_has_the_rules_line_of_the_text(day: dt.date, interpretation: str) -> None:
    s = standing(History.from_file(HISTORY), day, interpretation=interpretation)
    assert s.rule_ids and s.confidence
    line = (
        f"rules: {', '.join(s.rule_ids)}; sources: {', '.join(s.sources)}; "
        f"confidence: {s.confidence}"
    )
    assert f"  {line}" in s.text().splitlines()
    assert f"<p>{html.escape(line)}</p>" in s._repr_html_()


def test_html_has_no_rules_line_before_the_programme() -> None:
    s = standing(History.from_file(HISTORY), dt.date(2015, 3, 31))
    assert s.rule_ids == ()
    assert "rules:" not in s._repr_html_()
