"""Result objects a user meets show themselves: a short repr and escaped notebook HTML."""

from __future__ import annotations

import datetime as dt

from ipprules.checks import check, example_plan
from ipprules.lifecycle import deadline_for


def test_report_repr_is_one_short_line() -> None:
    report = check(example_plan(), as_of="2026-11-23")
    text = repr(report)
    assert "\n" not in text and len(text) < 120
    assert text.startswith("<Report FAILED: ") and "2026-11-23" in text
    assert "<table>" in report._repr_html_()
    assert "<script" not in report.findings[0]._repr_html_()


def test_deadline_result_repr_and_html() -> None:
    result = deadline_for("counter_notice_round_2_3", dt.date(2022, 1, 20))
    assert repr(result) == (
        "<DeadlineResult counter_notice_round_2_3: due 2022-02-28 "
        "(27 business days in calendar 'weekends' from 2022-01-20)>"
    )
    html = result._repr_html_()
    assert "R61" in html and "&#x27;weekends&#x27;" in html


def test_rule_book_repr_is_one_short_line() -> None:
    """A notebook showing a rule book shows what it is, not its records (150 kB)."""
    import ipprules

    for book in (
        ipprules.default_rulebook(),
        ipprules.load_rulebook("examples/rules-override.toml"),
    ):
        text = repr(book)
        assert "\n" not in text and len(text) < 160
        assert text.startswith("<RuleBook ") and repr(book.label) in text
        assert "from 2015-01-06" in text and "official" in text


def test_coverage_diff_repr_is_one_short_line() -> None:
    """A diff shows its dates and how many cells changed, not both matrices (12 kB)."""
    import ipprules

    portfolio = ipprules.read_plan("examples/portfolio.toml")
    now = ipprules.coverage(portfolio, as_of="2026-11-23")
    diff = ipprules.coverage_diff(now, ipprules.coverage(portfolio, as_of="2027-02-21"))
    assert repr(diff) == "<CoverageDiff as of 2026-11-23 -> 2027-02-21: 10 cell(s) changed>"
    assert repr(ipprules.coverage_diff(now, now)).endswith(": 0 cell(s) changed>")


def test_coverage_diff_has_a_notebook_view() -> None:
    """Like its sibling Coverage, a diff shows itself in a notebook: one row per changed cell."""
    import ipprules

    portfolio = ipprules.read_plan("examples/portfolio.toml")
    now = ipprules.coverage(portfolio, as_of="2026-11-23")
    diff = ipprules.coverage_diff(now, ipprules.coverage(portfolio, as_of="2027-02-21"))
    html = diff._repr_html_()
    assert html.count("<tr><td>") == len(diff) == len(diff.to_records())
    first = diff.to_records()[0]
    assert f"<td>{first['right']}</td><td>{first['platform']}</td>" in html
    assert "before (2026-11-23)" in html and "after (2027-02-21)" in html
    assert "&lt;CoverageDiff" in html and "<CoverageDiff" not in html
    assert "no change" in ipprules.coverage_diff(now, now)._repr_html_()


def test_a_plan_has_a_notebook_view_with_its_values_escaped() -> None:
    """A Plan showed its attrs repr in a notebook, where its siblings show a table."""
    import attrs

    plan = example_plan()
    first = plan.complaints[0]
    hostile = attrs.evolve(first, id="<script>x</script>")
    html = attrs.evolve(plan, complaints=(hostile, *plan.complaints[1:]))._repr_html_()
    assert html.count("<tr>") == len(plan.complaints) + 1  # a header and a row per complaint
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert f"<td>{first.platform}</td><td>{first.right}</td><td>{first.reason}</td>" in html


def test_every_explain_entry_has_a_notebook_view() -> None:
    """A finding's CatalogueEntry and a listing's or the planner's CodeEntry alike."""
    import ipprules

    for code in ("plan-empty", "listing:not-a-url", "late"):
        entry = ipprules.explain(code)
        html = entry._repr_html_()
        assert f"<code>{entry.code}</code>" in html
        assert "How to fix:" in html and "<script" not in html
        for cited in entry.rules:
            assert cited in html


def test_a_history_has_a_dict_and_a_notebook_view() -> None:
    from ipprules import History

    rows = [(738525, "taobao", "X", 9, 1, 0, 0, 0), (738526, "tmall", "<b>", 2, 0, 0, 0, 0)]
    history = History.from_rows(rows)
    data = history.to_dict()
    assert data == history.as_dict()
    assert data["complaints"] == 2 and data["first_day"] == "2023-01-05"
    by_key = {(s["platform"], s["reason_code"]): s for s in data["series"]}
    assert by_key["taobao", "X"]["listings_taken_down"] == 9
    assert by_key["taobao", "X"]["listings_submitted"] == 10
    assert by_key["tmall", "<b>"]["complaints_submitted"] == 1
    html = history._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count("<tr>") == 3
