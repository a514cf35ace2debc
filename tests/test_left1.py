"""left1: four wrong answers.

1. A lifecycle file with an unknown key (or an event missing its reason) and an unknown
   platform said only the key (or the reason): every independent error is said, in file order.
2. A Good Faith criterion that two readings both fail (or both pass) was said to differ
   under the other where it needed another number of successes there.
3. Result records (``Figure``, ``TimelineDay``, ``Headroom``, ``PathToQualify``,
   ``ReasonCodeStanding``, coverage ``Summary``) took NaN, infinities, floats and bools in
   their int fields, and negative counts: a TypeError, or an InputError for an absurd value;
   so did the input ``PlannedComplaint`` (taken_down=True read as 1).
4. ``parse_urls(dedupe=False, keep_parsed=True)`` ignored ``keep_parsed``: it is refused.
"""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.errors import InputError

_EVENTS = Path("examples/lifecycle-counter-notice.json")


def _lifecycle_err(tmp_path: Path, capsys: Any, change: Any, *options: str) -> tuple[int, str]:
    data = json.loads(_EVENTS.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "events.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    code = main(["lifecycle", str(path), *options])
    return code, capsys.readouterr().err


def test_an_unknown_key_does_not_hide_an_unknown_platform(tmp_path: Path, capsys: Any) -> None:
    def change(data: dict[str, Any]) -> None:
        data["platform"] = "nosuch"
        data["platfrm_x"] = 1

    code, err = _lifecycle_err(tmp_path, capsys, change)
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert lines[0].endswith(
        "events.json:2:14: $.platform: unknown platform (as of 2022-01-25) 'nosuch'; known: "
        "1688, alibaba_com, aliexpress, lazada_id, lazada_my, lazada_ph, lazada_sg, lazada_th, "
        "lazada_vn, taobao, tmall, tmall_global"
    )
    assert lines[1].endswith("$: unknown key 'platfrm_x' (did you mean 'platform'?)")
    # --platform overrides the file's: only the key is said
    code, err = _lifecycle_err(tmp_path, capsys, change, "--platform", "taobao")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "platfrm_x" in err


def test_a_missing_reason_does_not_hide_an_unknown_platform(tmp_path: Path, capsys: Any) -> None:
    def change(data: dict[str, Any]) -> None:
        data["platform"] = "nosuch"
        del data["events"][3]["reason"]

    code, err = _lifecycle_err(tmp_path, capsys, change)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert "$.platform: unknown platform (as of 2022-01-25) 'nosuch'" in lines[0]
    assert lines[1].endswith(
        "$.events[3].reason: event 'filer_rejects_counter_notice' needs a reason"
    )


# --- 2. Good Faith: a criterion differs under another reading only where its verdict does ---


def _complaints(n: int) -> list[Any]:
    from ipprules.goodfaith import AccountEvent, Complaint, EventKind

    day = dt.date(2023, 1, 2)
    made: list[Any] = [AccountEvent(date=day, kind=EventKind.DECLARATION)]
    made += [
        Complaint(filed=day, platform="tmall", reason_code="tm_counterfeit", listings=1,
                  taken_down=1)
        for _ in range(n)
    ]  # fmt: skip
    return made


def test_volume_failed_under_both_readings_does_not_differ(capsys: Any, tmp_path: Path) -> None:
    """58 complaints: "more than 100" (brief) and "at least 100" (brief-at-least-100) both
    fail the volume floor; it said [differs under: official, brief-at-least-100] (one needs a
    complaint more). The official wording has no floor in 2023: that one differs."""
    from ipprules.goodfaith import History, standing

    history = History.from_records(_complaints(58))
    s = standing(history, dt.date(2023, 3, 31))
    other = standing(history, dt.date(2023, 3, 31), interpretation="brief-at-least-100")
    volume, theirs = s.criterion("volume"), other.criterion("volume")
    assert not volume.met and not theirs.met and volume.needed != theirs.needed
    assert volume.other_readings == ("official",)
    assert other.criterion("volume").other_readings == ("official",)
    # 100 complaints: fails "more than 100", passes "at least 100": that differs
    at_100 = standing(History.from_records(_complaints(100)), dt.date(2023, 3, 31))
    assert at_100.criterion("volume").other_readings == ("official", "brief-at-least-100")
    # the command's text and JSON say the same
    path = tmp_path / "h.csv"
    rows = [f"complaint,2023-01-02,C{i},tmall,tm_counterfeit,1,1" for i in range(58)]
    lines = ["type,date,id,platform,reason_code,listings,taken_down", "declaration,2023-01-02,,,,,"]
    path.write_text("\n".join([*lines, *rows]) + "\n", encoding="utf-8")
    argv = ["good-faith", str(path), "--as-of", "2023-03-31"]
    assert main(argv) == 1
    out = capsys.readouterr().out.splitlines()  # the criterion's line, not gfnote1's notes
    (line,) = [t for t in out if " volume " in t and not t.startswith("  note: ")]
    assert line.endswith("58, needs > 100 [differs under: official]"), line
    assert main([*argv, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    said = {c["name"]: c["other_readings"] for c in data["criteria"]}
    assert said["volume"] == ["official"] and said["takedown_rate"] == []


# --- 3. NaN, infinities, floats and bools in the int fields of result records ---

NAN, INF = float("nan"), float("inf")


def _timeline_day(**given: Any) -> Any:
    from ipprules.goodfaith import TimelineDay

    fields: dict[str, Any] = {
        "date": dt.date(2023, 1, 2), "version": "2022", "takedown_rate": None,
        "counter_notice_rate": None, "volume": 3, "qualifies": False, "member": False,
        "locked_until": None,
    }  # fmt: skip
    return TimelineDay(**{**fields, **given})


def _code(room: Any, **given: Any) -> Any:
    from ipprules.goodfaith import ReasonCodeStanding

    fields: dict[str, Any] = {"complaints": 1, "successes_needed": 0, **given}
    return ReasonCodeStanding(reason_code="x", criteria=(), met=True, headroom=room, **fields)


def _builders() -> dict[str, Any]:
    from ipprules.coverage import Summary
    from ipprules.goodfaith import Headroom, PathToQualify
    from ipprules.penalties import Figure

    path = {
        "successes": 1, "volume": 1, "declaration_missing": False, "locked_until": None,
        "failures_clear_on": None, "rates_pass_on": None,
    }  # fmt: skip
    room = Headroom(failures=1, counter_notices=1)
    return {
        "Figure.low": lambda v: Figure("points", v, None),
        "Figure.high": lambda v: Figure("points", 0, v),
        "Headroom.failures": lambda v: Headroom(failures=v, counter_notices=None),
        "Headroom.counter_notices": lambda v: Headroom(failures=None, counter_notices=v),
        "TimelineDay.volume": lambda v: _timeline_day(volume=v),
        "PathToQualify.successes": lambda v: PathToQualify(**{**path, "successes": v}),
        "PathToQualify.volume": lambda v: PathToQualify(**{**path, "volume": v}),
        "ReasonCodeStanding.complaints": lambda v: _code(room, complaints=v),
        "ReasonCodeStanding.successes_needed": lambda v: _code(room, successes_needed=v),
        "Summary.covered": lambda v: Summary(v, 0, 0, (), (), None),
        "Summary.unknown": lambda v: Summary(0, 0, v, (), (), None),
    }


@pytest.mark.parametrize("field", sorted(_builders()))
@pytest.mark.parametrize("junk", [NAN, INF, -INF, 2.0, True, False, "3"])
def test_a_count_field_refuses_what_is_no_int(field: str, junk: object) -> None:
    build = _builders()[field]
    assert build(2) is not None  # the field takes an int
    with pytest.raises(TypeError, match=field.replace(".", r"\.")):
        build(junk)


@pytest.mark.parametrize("field", sorted(_builders()))
def test_a_negative_count_is_our_error(field: str) -> None:
    with pytest.raises(InputError, match=rf"{field.replace('.', '[.]')} must be at least 0"):
        _builders()[field](-1)


def test_figure_low_above_high_and_a_rate_above_one_are_our_errors() -> None:
    from ipprules.penalties import Figure

    assert Figure("points", 6, 18).text == "6 to 18"
    with pytest.raises(InputError, match=r"Figure\.low"):
        Figure("points", 18, 6)
    assert _timeline_day(takedown_rate=Fraction(9, 10)).takedown_rate == Fraction(9, 10)
    for name in ("takedown_rate", "counter_notice_rate"):
        with pytest.raises(TypeError, match=rf"TimelineDay\.{name}"):
            _timeline_day(**{name: NAN})
        with pytest.raises(InputError, match=rf"TimelineDay\.{name} must be at most 1"):
            _timeline_day(**{name: Fraction(3, 2)})
        with pytest.raises(InputError, match=rf"TimelineDay\.{name} must be at least 0"):
            _timeline_day(**{name: Fraction(-1, 2)})


# --- 4. parse_urls(dedupe=False, keep_parsed=True): a flag that changes nothing is refused ---


def test_keep_parsed_without_dedupe_is_refused_before_any_work(tmp_path: Path) -> None:
    """It returned the rows of ``dedupe=False`` without a word; the command refuses
    ``--keep-parsed`` without ``--dedupe``. The refusal comes before anything is read or
    built (no cluster, no Dask needed)."""
    from ipprules.scale import parse_urls

    path = tmp_path / "urls.txt"
    path.write_text("https://s.taobao.com/search?q=x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"keep_parsed=True .* give dedupe=True"):
        parse_urls(str(path), dedupe=False, keep_parsed=True)


@pytest.mark.parametrize("field", ["listings", "taken_down", "rejected", "reinstated"])
@pytest.mark.parametrize("junk", [NAN, INF, 2.0, True])
def test_a_planned_complaint_refuses_what_is_no_count(field: str, junk: object) -> None:
    """``PlannedComplaint(taken_down=True)`` was read as one listing taken down."""
    from ipprules.goodfaith.plan import PlannedComplaint

    given: dict[str, Any] = {"listings": 3, field: 2}
    assert PlannedComplaint(reason_code="tm_counterfeit", **given) is not None
    with pytest.raises(TypeError, match=rf"PlannedComplaint\.{field}"):
        PlannedComplaint(reason_code="tm_counterfeit", **{**given, field: junk})
