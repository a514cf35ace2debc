"""gfnote1: a Good Faith figure that differs under another reading while the verdict is the
same (both fail the takedown rate, one needs 881 more successes, the other 680) is said
beside this reading's, in the standing's notes: the Python result, the text, the JSON and
the HTML view, as the "headroom differs under" note is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import ipprules
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "history.csv"
DAY = dt.date(2023, 3, 31)

NEEDED = (
    "overall takedown_rate differs under official: needs 680 more successful takedown(s) "
    "there, 881 here"
)
PATH = "to qualify differs under official: 2314 more successful takedown(s) there, 2385 here"


@pytest.fixture(scope="module")
def found() -> ipprules.Standing:
    return ipprules.standing(History.from_file(EXAMPLE), DAY)


def test_the_successes_another_reading_needs_are_said(found: ipprules.Standing) -> None:
    """Both readings fail the takedown rate (no "differs" mark, left1), but the number the
    user acts on differs: it is said, theirs beside this one."""
    rate = found.criterion("takedown_rate")
    assert (rate.met, rate.needed, rate.other_readings) == (False, 881, ())
    assert NEEDED in found.notes
    assert PATH in found.notes  # the path to qualify: max of the account's and the codes'
    assert (
        "'tm_misuse' takedown_rate differs under official: needs 2314 more successful "
        "takedown(s) there, 2385 here" in found.notes
    )
    under = ipprules.standing(History.from_file(EXAMPLE), DAY, interpretation="official")
    assert under.criterion("takedown_rate").needed == 680  # the figure said is official's
    assert under.path.successes == 2314
    # and the other way round: the official answer names the brief's
    assert (
        "overall takedown_rate differs under brief, brief-at-least-100: needs 881 more "
        "successful takedown(s) there, 680 here" in under.notes
    )


def test_a_passing_rates_headroom_that_differs_is_said() -> None:
    s = ipprules.standing(History.from_file(EXAMPLE), "2022-12-31")
    assert s.criterion("takedown_rate").headroom == 203
    assert "overall takedown_rate headroom differs under official: 236 there, 203 here" in (s.notes)
    assert not any("counter_notice_rate headroom differs" in n for n in s.notes)  # 130 both
    assert not any(n.startswith("to qualify") for n in s.notes)  # it qualifies: no path


def test_the_note_is_in_the_text_json_and_html(found: ipprules.Standing) -> None:
    assert f"  note: {NEEDED}" in found.text().splitlines()
    assert NEEDED in json.loads(json.dumps(found.to_dict()))["notes"]
    assert NEEDED in found._repr_html_()


def test_the_cli_says_it(capsys: pytest.CaptureFixture[str]) -> None:
    from ipprules.cli import main

    assert main(["good-faith", str(EXAMPLE), "--as-of", DAY.isoformat()]) == 1  # no: 1
    assert f"  note: {PATH}" in capsys.readouterr().out.splitlines()
    main(["good-faith", str(EXAMPLE), "--as-of", DAY.isoformat(), "--format", "json"])
    assert NEEDED in json.loads(capsys.readouterr().out)["notes"]


def test_the_complaints_another_reading_needs_are_said() -> None:
    """58 complaints: "more than 100" needs 43, "at least 100" 42; both fail (no mark)."""
    day = dt.date(2023, 3, 31)
    records: list[Complaint | AccountEvent] = [
        AccountEvent(date=dt.date(2020, 1, 1), kind=EventKind.DECLARATION)
    ]
    records += [
        Complaint(filed=day, platform="taobao", reason_code="tm_counterfeit", listings=1,
                  taken_down=1)
        for _ in range(58)
    ]  # fmt: skip
    s = ipprules.standing(History.from_records(records), day)
    assert s.criterion("volume").other_readings == ("official",)  # no floor there: a mark
    assert s.path.volume == 43
    note = (
        "the volume to qualify differs under brief-at-least-100: 42 more complaint(s) in the "
        "window there, 43 here"
    )
    assert note in s.notes
    assert not any(n.startswith("the volume to qualify") and "official" in n for n in s.notes)


def test_same_figures_say_nothing() -> None:
    """Where every reading gives the same figures, no such note is added."""
    s = ipprules.standing(History.from_file(EXAMPLE), DAY, interpretation="brief-at-least-100")
    assert not any("differs under brief:" in n for n in s.notes)  # 881 and 2385 both
