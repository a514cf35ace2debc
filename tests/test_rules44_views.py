"""rules44: what rules43 left in the ``ipprules rules`` views, and the timeline's notes.

* D6 (IPR verification "within 3 working days" or "3 to 5 business days") was shown as one
  range 3-5 with no word that the sources disagree; every dispute D1-D13 a view shows (a record
  citing it, or its text naming it) is now said under that view, text and JSON ``notes``.
* ``rules changes`` listed 2019-06-01 and 2020-01-01 bare: Lazada's start (June 2019, R95)
  and the IPP Plus pilot (January 2020, R92) are known to the month only.
* R92's "in under 2 business days" read as ``2`` in the deadlines tables.
* A timeline's membership change did not say that another reading makes it on another day.
"""

from __future__ import annotations

import json
import re

from ipprules.goodfaith import History, timeline
from test_newuser8 import _run

_DAY = "--as-of=2024-06-03"


def _text(*argv: str) -> str:
    code, out, err = _run("rules", *argv, _DAY)
    assert code == 0, err
    return out


def _json(*argv: str) -> dict:
    return json.loads(_text(*argv, "--format=json"))


def _said(out: str) -> set[str]:
    return set(re.findall(r"^  disputed: (D\d+): ", out, re.M))


def test_d6_is_said_where_ipr_verification_is_shown() -> None:
    for argv in (("deadlines",), ("platform", "alibaba_com"), ("rule", "R7")):
        out = _text(*argv)
        assert "ipr_verification" in out, argv
        (line,) = [x for x in out.splitlines() if x.startswith("  disputed: D6: ")]
        assert "3 working days" in line and "3 to 5 business days" in line, line
        notes = _json(*argv)["notes"]
        assert any(n.startswith("D6: IPR verification time") for n in notes), notes


def test_every_dispute_a_view_shows_is_said_there() -> None:
    views = [
        ("deadlines",),
        ("penalties",),
        ("documents",),
        ("registrations",),
        ("good-faith",),
        ("good-faith", "--interpretation=official"),
        ("platforms", "--interpretation=official"),
        ("platform", "taobao"),
        ("platform", "lazada_sg"),
        ("platform", "alibaba_com"),
        ("reasons", "--platform=taobao", "--target=storefront", "--interpretation=official"),
    ]
    seen: set[str] = set()
    for argv in views:
        data = _json(*argv)
        shown = set(re.findall(r'"(D\d+)"', json.dumps(data["data"])))
        if argv[0] == "platform":  # its deadlines give no rules: by their ids
            shown |= {"D4", "D5", "D6"}
        out = _text(*argv)
        shown |= set(re.findall(r"\bD\d+\b", out.split("\n  disputed: ")[0]))
        assert shown <= _said(out), (argv, shown - _said(out))
        notes = {n.split(":")[0] for n in data["notes"] if re.match(r"D\d+: ", n)}
        assert shown <= notes, (argv, shown - notes)
        seen |= shown
    # every dispute but D12 (checks only) is shown by some view, each said
    assert seen == {f"D{i}" for i in range(1, 14)} - {"D12"}, sorted(seen)


def test_lazada_platform_view_names_d4_beside_its_two_windows() -> None:
    out = _text("platform", "lazada_sg")
    assert "counter_notice_lazada=" in out and "counter_notice_round_1=" in out
    assert "D4" in _said(out)


def test_changes_mark_the_dates_known_to_the_month_only() -> None:
    lines = {x.split()[0]: x for x in _text("changes").splitlines() if x.startswith("  ")}
    assert "known to the month only" in lines["2019-06-01"] and "R95" in lines["2019-06-01"]
    assert "known to the month only" in lines["2020-01-01"] and "R92" in lines["2020-01-01"]
    assert "known to the month only" not in lines["2022-01-20"]  # R61's 27 days: a day
    notes = _json("changes")["notes"]
    assert [n[:10] for n in notes] == ["2019-06-01", "2020-01-01"], notes


def test_under_2_business_days_is_said_under() -> None:
    rows = [x.split() for x in _text("deadlines").splitlines()]
    (row,) = [r for r in rows if r and r[0] == "processing_lazada_ipp_plus"]
    assert row[2:4] == ["under", "2"], row
    (row,) = [r for r in rows if r and r[0] == "seller_response_alibaba_com"]
    assert row[2] == "3", row  # "within 3 working days": no "under"
    out = _text("platform", "lazada_sg")
    assert "processing_lazada_ipp_plus=under 2 business days" in out


def test_timeline_change_says_the_day_another_reading_puts_it() -> None:
    history = History.from_file("examples/history.csv")
    brief = timeline(history, "2022-09-01", "2023-03-31")
    official = timeline(history, "2022-09-01", "2022-11-30", interpretation="official")
    assert (brief.changes[0].date.isoformat(), official.changes[0].date.isoformat()) == (
        "2022-10-30",
        "2022-09-05",
    )
    said = [n for n in brief.changes[0].notes if " differs under " in n]
    assert said == [
        "membership gained differs under official: on 2022-09-05 there, on 2022-10-30 here"
    ]
    said = [n for n in official.changes[0].notes if " differs under " in n]
    assert said == [
        "membership gained differs under brief, brief-at-least-100: on 2022-10-30 there, "
        "on 2022-09-05 here"
    ]
    # the change all readings make on the same day (2023-03-06, lost) says nothing
    assert [c.date.isoformat() for c in brief.changes[1:]] == ["2023-03-06"]
    assert all(" differs under " not in n for c in brief.changes[1:] for n in c.notes)
