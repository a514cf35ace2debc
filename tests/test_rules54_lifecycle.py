"""rules54: a grader's table of lifecycle and deadline cases (C6), answers decided from the rule
text (ipp-rules.md 1.6, D4-D6; docs/lifecycle.md) before running. China's 2025-2026 dates are
the State Council's notices as the `holidays` extra carries them (National Day 2025: 1-8 Oct
off, 28 Sep and 11 Oct worked; New Year 2026: 1-3 Jan off, 4 Jan worked; Spring Festival
2026: 15-23 Feb off, 14 and 28 Feb worked)."""

from __future__ import annotations

import json
from datetime import UTC, date
from pathlib import Path
from typing import Any

import pytest
from tests._cli import run_cli

from ipprules.calendars import WEEKENDS, HolidayCalendar, load_calendar
from ipprules.errors import CoverageError, IpprulesError
from ipprules.lifecycle import (
    EventRecord,
    IllegalTransition,
    State,
    deadline_for,
    lifecycle_report,
    reject_counter_notices,
    replay,
    step,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
D = date.fromisoformat

_CN: dict[str, HolidayCalendar] = {}


def _china() -> HolidayCalendar:
    """China 2025-2026, built once (the holidays extra)."""
    if "cn" not in _CN:
        from ipprules.calendars import china_calendar

        _CN["cn"] = china_calendar(2025, 2026)
    return _CN["cn"]


# --- every event after every state (brief reading): the legal moves, all others refused ----
LEGAL: dict[str, dict[str, str]] = {
    "pending_verification": {"ipr_verified": "under_review", "ipr_refused": "rejected"},
    "under_review": {"takedown": "taken_down", "reject": "rejected"},
    "taken_down": {
        "counter_notice_filed": "counter_notified_1",
        "counter_notice_window_expired": "counter_notice_rejected_1",
        "withdraw": "withdrawn",
    },
    "counter_notice_rejected_1": {
        "counter_notice_filed": "counter_notified_2",
        "counter_notice_window_expired": "closed",
        "withdraw": "withdrawn",
    },
    "counter_notice_rejected_2": {
        "counter_notice_filed": "counter_notified_3",
        "counter_notice_window_expired": "closed",
        "withdraw": "withdrawn",
    },
    "rejected": {},
    "reinstated_by_filer": {},
    "reinstated_by_platform": {},
    "withdrawn": {},
    "withdrawn_before_takedown": {},
    "closed": {},
}
for _k, _after in (
    (1, "counter_notice_rejected_1"),
    (2, "counter_notice_rejected_2"),
    (3, "closed"),
):
    LEGAL[f"counter_notified_{_k}"] = {
        "filer_accepts_counter_notice": "reinstated_by_filer",
        "platform_accepts_counter_notice": "reinstated_by_platform",
        "filer_rejects_counter_notice": _after,
        "platform_rejects_counter_notice": _after,
        "withdraw": "withdrawn",
    }
EVENTS = [
    "ipr_verified", "ipr_refused", "takedown", "reject", "counter_notice_filed",
    "counter_notice_window_expired", "filer_accepts_counter_notice",
    "filer_rejects_counter_notice", "platform_accepts_counter_notice",
    "platform_rejects_counter_notice", "withdraw",
]  # fmt: skip

# --- deadlines: (deadline id, start, calendar key, due, latest or None) --------------------
DEADLINES: list[tuple[str, str, str, str, str | None, str | None]] = [
    # id, deadline, start, calendar, due, latest
    ("fri-weekends-r1", "counter_notice_round_1", "2025-09-26", "weekends", "2025-10-01", None),
    ("fri-cn-r1-sun-worked", "counter_notice_round_1", "2025-09-26", "cn", "2025-09-30", None),
    ("sun-worked-start-cn", "counter_notice_round_1", "2025-09-28", "cn", "2025-10-09", None),
    ("sat-worked-start-cn", "counter_notice_round_1", "2025-10-11", "cn", "2025-10-15", None),
    ("eve-of-national-day-cn", "counter_notice_round_1", "2025-09-30", "cn", "2025-10-11", None),
    ("eve-of-national-day-wk", "counter_notice_round_1", "2025-09-30", "weekends", "2025-10-03", None),
    ("r23-fri-weekends", "counter_notice_round_2_3", "2025-09-26", "weekends", "2025-11-04", None),
    ("r23-fri-cn", "counter_notice_round_2_3", "2025-09-26", "cn", "2025-11-10", None),
    ("spring-festival-2026-r1", "counter_notice_round_1", "2026-02-13", "cn", "2026-02-25", None),
    ("spring-festival-2026-r23", "counter_notice_round_2_3", "2026-02-12", "cn", "2026-03-27", None),
    ("year-end-cn", "counter_notice_round_1", "2025-12-31", "cn", "2026-01-06", None),
    ("year-end-weekends", "counter_notice_round_1", "2025-12-31", "weekends", "2026-01-05", None),
    ("r23-before-2022-change", "counter_notice_round_2_3", "2022-01-19", "weekends", "2022-03-02", None),
    ("r23-on-2022-change", "counter_notice_round_2_3", "2022-01-20", "weekends", "2022-02-28", None),
    ("calendar-days-ignore-holidays", "processing_general", "2025-09-30", "cn", "2025-10-03", None),
    ("calendar-days-fri", "processing_general", "2025-09-26", "weekends", "2025-09-29", None),
    ("hours-24-cn", "processing_counterfeit", "2025-09-30", "cn", "2025-10-01", None),
    ("alibaba-review-7wd-cn", "processing_alibaba_com_review", "2025-09-30", "cn", "2025-10-16", None),
    ("alibaba-seller-3wd-cn", "seller_response_alibaba_com", "2025-09-30", "cn", "2025-10-11", None),
    ("ipr-verification-3-5-cn", "ipr_verification", "2025-09-26", "cn", "2025-09-30", "2025-10-10"),
    ("lazada-3-5-weekends", "counter_notice_lazada", "2025-09-26", "weekends", "2025-10-01", "2025-10-03"),
    ("ipp-plus-under-2", "processing_lazada_ipp_plus", "2025-09-26", "weekends", "2025-09-30", None),
    ("office-file-golden-week", "counter_notice_round_1", "2024-09-27", "office", "2024-10-08", None),
    ("custom-holiday-added", "counter_notice_round_1", "2025-05-30", "custom", "2025-06-05", None),
    ("th-songkran-lazada-3-5", "counter_notice_lazada", "2025-04-11", "th", "2025-04-21", "2025-04-23"),
    ("cn-2026-sun-worked-start", "counter_notice_round_1", "2026-09-20", "cn", "2026-09-23", None),
    ("cn-2026-mid-autumn", "counter_notice_round_1", "2026-09-24", "cn", "2026-09-30", None),
    ("cn-2026-eve-of-national-day", "counter_notice_round_1", "2026-09-30", "cn", "2026-10-10", None),
    ("spring-festival-2025-r1", "counter_notice_round_1", "2025-01-24", "cn", "2025-02-05", None),
    ("fri-sat-weekend-file", "counter_notice_round_1", "2025-06-05", "frisat", "2025-06-10", None),
    ("year-end-r1-ends-on-worked-sunday", "counter_notice_round_1", "2025-12-29", "cn", "2026-01-04", None),
    ("year-end-r23-cn", "counter_notice_round_2_3", "2025-12-29", "cn", "2026-02-05", None),
    ("r23-across-spring-festival-2026", "counter_notice_round_2_3", "2026-01-20", "cn", "2026-03-04", None),
    ("custom-workday-added", "counter_notice_round_1", "2025-06-05", "custom", "2025-06-09", None),
]  # fmt: skip

CUSTOM_TOML = """name = "rules54 custom"
holidays = [2025-06-02]
workdays = [2025-06-07]
valid_from = 2025-01-01
valid_until = 2025-12-31
"""


def _calendar(key: str, tmp_path: Path) -> Any:
    if key == "weekends":
        return WEEKENDS
    if key == "cn":
        return _china()
    if key == "th":
        from ipprules.calendars import country_calendar

        return country_calendar("th", 2025)
    if key == "frisat":
        path = tmp_path / "frisat.json"
        path.write_text('{"name": "fri-sat", "weekend": [4, 5]}', encoding="utf-8")
        return load_calendar(path)
    if key == "office":
        return load_calendar(EXAMPLES / "calendar.toml")
    path = tmp_path / "custom.toml"
    path.write_text(CUSTOM_TOML, encoding="utf-8")
    return load_calendar(path)


def _ok(state: str, event: str, after: str) -> None:
    assert step(State(state), event).value == after


def _refused(state: str, event: str) -> None:
    with pytest.raises(IllegalTransition) as info:
        step(State(state), event)
    assert f"'{event}'" in str(info.value) and f"'{state}'" in str(info.value)


def _deadline(did: str, start: str, cal: str, due: str, latest: str | None, tmp: Path) -> None:
    result = deadline_for(did, D(start), calendar=_calendar(cal, tmp))
    assert result.due == D(due)
    if latest is not None:
        assert result.latest == D(latest)


def _events(*pairs: str) -> list[EventRecord]:
    out = []
    for pair in pairs:
        name, _, on = pair.partition("@")
        reason = "a reason" if name in ("reject", "filer_rejects_counter_notice") else None
        out.append(EventRecord(name, on=on or None, reason=reason))
    return out


def _special(name: str, tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rounds = ["ipr_verified", "takedown"]
    for decision in ("filer_rejects_counter_notice", "platform_rejects_counter_notice"):
        rounds += ["counter_notice_filed", decision]
    if name == "three-rounds-to-the-limit":
        full = [*rounds, "counter_notice_filed", "filer_rejects_counter_notice"]
        assert replay(full).value == "closed"
    elif name == "fourth-counter-notice-refused":
        full = [*rounds, "counter_notice_filed", "filer_rejects_counter_notice"]
        with pytest.raises(IllegalTransition, match=r"'counter_notice_filed'.*'closed'"):
            replay([*full, "counter_notice_filed"])
    elif name == "third-round-accepted-reinstates":
        assert replay([*rounds, "counter_notice_filed", "filer_accepts_counter_notice"]).value == (
            "reinstated_by_filer"
        )
    elif name == "filer-reply-window-unknown":
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-09-29"
            )
        )
        found = {d.deadline_id: d for d in report.deadlines}
        reply = found["filer_reply_to_counter_notice"]
        assert reply.status.value == "unknown" and reply.due is None
    elif name == "filer-reply-api-unknown":
        r = deadline_for("filer_reply_to_counter_notice", D("2025-09-29"), calendar=_china())
        assert r.status.value == "unknown" and r.due is None
    elif name == "withdraw-during-review-refused-brief":
        with pytest.raises(IllegalTransition, match="official"):
            step(State.UNDER_REVIEW, "withdraw")
    elif name == "withdraw-during-review-official":
        from ipprules import default_rulebook

        official = default_rulebook().as_of("2025-09-26", "official")
        assert step(State.UNDER_REVIEW, "withdraw", rulebook=official).value == (
            "withdrawn_before_takedown"
        )
    elif name == "withdraw-after-windows-noted":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26", "withdraw@2025-12-01")
        )
        assert report.state.value == "withdrawn"
        assert any("withdraw" in note and "2025-11-04" in note for note in report.notes)
    elif name == "withdraw-inside-window-no-note":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26", "withdraw@2025-09-29")
        )
        assert report.state.value == "withdrawn" and not report.notes
    elif name == "late-first-counter-notice-becomes-round-2":
        # round 1 ends 2025-10-01 (weekends); filed 2025-10-02, inside rounds 2-3 (to 11-04)
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-10-02"
            )
        )
        assert report.state.value == "counter_notified_2"
        assert [(f.kind.value, f.deadline.deadline_id) for f in report.flags] == [
            ("late", "counter_notice_round_1")
        ]
    elif name == "first-counter-notice-on-last-day-in-time":
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-10-01"
            )
        )
        assert report.state.value == "counter_notified_1" and not report.flags
    elif name == "cn-calendar-keeps-round-1-in-time":
        # on China's calendar round 1 from Fri 09-26 ends 09-30: 10-09 is late there
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-10-09"
            ),
            calendar=_china(),
        )
        assert report.state.value == "counter_notified_2"
    elif name == "batch-rejection":
        result = reject_counter_notices(
            {
                "A": State.COUNTER_NOTIFIED_1,
                "B": State.COUNTER_NOTIFIED_2,
                "C": State.COUNTER_NOTIFIED_3,
                "D": State.TAKEN_DOWN,
                "E": State.CLOSED,
            },
            reason="purchase documents older than 6 months",
        )
        assert {i.key: (i.after.value, i.ok) for i in result.items} == {
            "A": ("counter_notice_rejected_1", True),
            "B": ("counter_notice_rejected_2", True),
            "C": ("closed", True),
            "D": ("taken_down", False),
            "E": ("closed", False),
        }
        assert result.batch.value == "yes"
    elif name == "coverage-past-calendar-end":
        with pytest.raises(CoverageError):
            deadline_for("counter_notice_round_1", D("2026-12-29"), calendar=_china())
    elif name == "coverage-custom-file-end":
        with pytest.raises(CoverageError):
            deadline_for(
                "counter_notice_round_1", D("2025-12-30"), calendar=_calendar("custom", tmp)
            )
    elif name == "start-before-calendar-start-not-counted":
        # the start day is never counted: 2024-12-31 lies outside CN 2025-2026, but the count
        # (1 Jan off, 2, 3, 6 Jan) touches only covered days
        r = deadline_for("counter_notice_round_1", D("2024-12-31"), calendar=_china())
        assert r.due == D("2025-01-06")
    elif name == "cli-deadline-cn-sat-worked":
        code, out, _ = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2025-10-11", "--calendar", "china",
             "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0 and json.loads(out)["deadlines"][0]["due"] == "2025-10-15"
    elif name == "cli-deadline-takedown-custom-file":
        path = tmp / "custom.toml"
        path.write_text(CUSTOM_TOML, encoding="utf-8")
        code, out, _ = run_cli(
            [
                "deadline",
                "takedown",
                "--on",
                "2025-05-30",
                "--calendar",
                str(path),
                "--format",
                "json",
            ],
            capsys,
        )
        dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
        assert code == 0 and dues["counter_notice_round_1"] == "2025-06-05"
    elif name == "cli-deadline-office-file-text":
        code, out, _ = run_cli(
            ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao", "--calendar",
             str(EXAMPLES / "calendar.toml")],
            capsys,
        )  # fmt: skip
        assert code == 0 and "due 2024-10-08" in out
    elif name == "cli-deadline-outside-file-coverage":
        code, out, err = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2024-12-30", "--calendar",
             str(EXAMPLES / "calendar.toml"), "--format", "json"],
            capsys,
        )  # fmt: skip
        if code == 0:  # answered: then it must be unknown, never a date
            assert json.loads(out)["deadlines"][0]["due"] is None
        else:
            assert code == 2 and "Traceback" not in err and "2025" in err
    elif name == "cli-deadline-filer-reply-unknown":
        code, out, _ = run_cli(
            ["deadline", "filer_reply_to_counter_notice", "--on", "2025-09-29", "--format", "json"],
            capsys,
        )
        deadline = json.loads(out)["deadlines"][0]
        assert code == 0 and deadline["status"] == "unknown" and deadline["due"] is None
    elif name == "cli-lifecycle-example-json":
        code, out, _ = run_cli(
            ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json"), "--format", "json"],
            capsys,
        )
        assert code == 0 and json.loads(out)["state"] == "counter_notice_rejected_1"
    elif name == "cli-lifecycle-late-example":
        code, out, _ = run_cli(
            ["lifecycle", str(EXAMPLES / "lifecycle-late-counter-notice.toml"), "--format", "json"],
            capsys,
        )
        assert code == 1 and json.loads(out)["state"] == "closed"
    elif name == "cli-lifecycle-illegal-event":
        code, _, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,takedown,ipr_verified",
             "--on", "2025-09-22,2025-09-26,2025-09-29"],
            capsys,
        )  # fmt: skip
        assert code == 2 and "'ipr_verified'" in err and "'taken_down'" in err
        assert "Traceback" not in err
    elif name == "cli-lifecycle-withdraw-review-brief":
        code, _, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,withdraw", "--on", "2025-09-22,2025-09-23"],
            capsys,
        )
        assert code == 2 and "allowed under: official" in err
    elif name == "cli-lifecycle-withdraw-review-official":
        code, out, _ = run_cli(
            ["lifecycle", "--events", "ipr_verified,withdraw", "--on", "2025-09-22,2025-09-23",
             "--interpretation", "official", "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0 and json.loads(out)["state"] == "withdrawn_before_takedown"
    elif name == "cli-lifecycle-bad-file":
        path = tmp / "bad.json"
        path.write_text('{"events": [\n {"event": "takedown", "on": "2025-13-01"}\n]}\n')
        code, _, err = run_cli(["lifecycle", str(path)], capsys)
        assert code == 2 and "bad.json" in err and "$.events[0].on" in err
        assert "Traceback" not in err
    elif name == "cli-lifecycle-cn-round1":
        code, out, _ = run_cli(
            ["lifecycle", "--events", "ipr_verified,takedown,counter_notice_filed",
             "--on", "2025-09-22,2025-09-30,2025-10-10", "--calendar", "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        # round 1 from 09-30 on China's calendar ends 10-11 (10-09, 10-10, Sat 10-11)
        assert code == 0 and json.loads(out)["state"] == "counter_notified_1"
    elif name == "window-expired-early-flagged":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_window_expired@2025-09-30")
        )  # fmt: skip
        assert report.state.value == "counter_notice_rejected_1"
        assert [(f.kind.value, f.deadline.deadline_id) for f in report.flags] == [
            ("early", "counter_notice_round_1")
        ]
    elif name == "counter-notice-past-every-window":
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-11-05"
            )
        )
        assert report.state.value == "closed"
        assert "late" in [f.kind.value for f in report.flags]
    elif name == "late-counter-notice-kept-when-rejected":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_filed@2025-11-05", "filer_rejects_counter_notice@2025-11-06")
        )  # fmt: skip
        assert report.state.value == "counter_notice_rejected_1"
        assert "late" in [f.kind.value for f in report.flags]
    elif name == "lazada-day-4-disputed":
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-10-02"
            ),
            platform="lazada_sg",
        )
        assert report.state.value == "counter_notified_1"
        assert [f.kind.value for f in report.flags] == ["disputed"]
    elif name == "reject-record-needs-reason":
        with pytest.raises(IpprulesError):
            lifecycle_report([EventRecord("ipr_verified"), EventRecord("reject")])
    elif name == "1688-acceptance-restores-points-note":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_filed@2025-09-29", "filer_accepts_counter_notice@2025-09-30"),
            platform="1688",
        )  # fmt: skip
        assert report.state.value == "reinstated_by_filer"
        assert any("R64" in note for note in report.notes)
    elif name == "alibaba-takedown-inside-seller-window-noted":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-30"),
            platform="alibaba_com",
            notice_received_on="2025-09-26",
        )
        assert report.state.value == "taken_down"
        assert any("R60" in note and "2025-10-01" in note for note in report.notes)
    elif name == "closed-then-withdraw-refused":
        with pytest.raises(IllegalTransition, match=r"'withdraw'.*'closed'"):
            replay(["ipr_verified", "takedown", "counter_notice_window_expired",
                    "counter_notice_window_expired", "withdraw"])  # fmt: skip
    elif name == "cli-deadline-cn-2027-refused":
        code, _, err = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2026-12-30", "--calendar", "china"],
            capsys,
        )
        assert code == 2 and "2027" in err and "Traceback" not in err
    elif name == "cli-deadline-cn-end-of-2026":
        code, out, err = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2026-12-28", "--calendar", "china",
             "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["deadlines"][0]["due"] == "2026-12-31"
    elif name == "cli-lifecycle-closed-withdraw":
        code, _, err = run_cli(
            ["lifecycle", "--events",
             "ipr_verified,takedown,counter_notice_window_expired,counter_notice_window_expired,withdraw",
             "--on", "2025-09-22,2025-09-26,2025-10-02,2025-11-05,2025-11-06"],
            capsys,
        )  # fmt: skip
        assert code == 2 and "'withdraw'" in err and "'closed'" in err
    elif name == "replay-window-past-calendar-end":
        # no platform: Lazada's 3-5 working days also run in taken_down, into 2027 (not covered)
        with pytest.raises(CoverageError, match="2027"):
            lifecycle_report(
                _events("ipr_verified@2026-12-21", "takedown@2026-12-28"), calendar=_china()
            )
    elif name == "replay-round-1-inside-calendar-end":
        report = lifecycle_report(
            _events("ipr_verified@2026-12-21", "takedown@2026-12-28"),
            calendar=_china(),
            platform="aliexpress",
        )
        found = {d.deadline_id: d.due for d in report.deadlines}
        assert found == {"counter_notice_round_1": D("2026-12-31")}
    elif name == "cli-lifecycle-window-past-file-end":
        # rounds 2-3 run (docs' state table) only once round 1 is spent: from 2024-12-20 their
        # 27 business days end in 2025, past the office calendar's valid_until
        code, out, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,takedown,counter_notice_window_expired",
             "--on", "2024-12-16,2024-12-20,2024-12-26", "--platform", "aliexpress",
             "--calendar", str(EXAMPLES / "calendar.toml"), "--format", "json"],
            capsys,
        )  # fmt: skip
        assert "Traceback" not in err
        if code == 0:
            dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
            assert dues["counter_notice_round_2_3"] is None
        else:
            assert code == 2 and "2025" in err
    elif name == "cli-calendar-file-workday-not-weekend":
        path = tmp / "cal.toml"
        path.write_text('name = "x"\nworkdays = [2025-06-04]\n', encoding="utf-8")
        code, _, err = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2025-06-02", "--calendar", str(path)],
            capsys,
        )
        assert code == 2 and "cal.toml" in err and "$.workdays[0]" in err
        assert "Traceback" not in err
    elif name == "cli-calendar-file-holiday-and-workday":
        path = tmp / "cal.json"
        path.write_text('{"holidays": ["2025-06-07"],\n "workdays": ["2025-06-07"]}\n')
        code, _, err = run_cli(
            ["deadline", "counter_notice_round_1", "--on", "2025-06-02", "--calendar", str(path)],
            capsys,
        )
        assert code == 2 and "cal.json" in err and "2025-06-07" in err
    elif name == "cli-th-site-songkran":
        code, out, err = run_cli(
            ["deadline", "counter_notice_lazada", "--on", "2025-04-11", "--platform", "lazada_th",
             "--calendar", "site", "--format", "json"],
            capsys,
        )  # fmt: skip
        deadline = json.loads(out)["deadlines"][0]
        assert code == 0 and (deadline["due"], deadline["latest"]) == ("2025-04-21", "2025-04-23")
    elif name == "rule-change-inside-open-window":
        r = deadline_for("counter_notice_round_2_3", D("2022-01-10"))
        assert (r.amount, r.due) == (30, D("2022-02-21")) and "2022-02-16" in (r.note or "")
    elif name == "cli-late-example-in-time-on-china":
        code, out, _ = run_cli(
            ["lifecycle", str(EXAMPLES / "lifecycle-late-counter-notice.toml"), "--calendar",
             "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0 and json.loads(out)["state"] == "counter_notified_2"
    elif name == "dates-backwards-refused":
        with pytest.raises(IpprulesError):
            lifecycle_report(_events("ipr_verified@2025-09-26", "takedown@2025-09-25"))
    elif name == "alibaba-counter-notice-under-review-refused":
        with pytest.raises(IllegalTransition, match="R60"):
            lifecycle_report(
                _events("ipr_verified@2025-09-22", "counter_notice_filed@2025-09-23"),
                platform="alibaba_com",
            )
    elif name == "notice-before-verification-refused":
        code, _, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2025-09-22,2025-09-26",
             "--notice-received", "2025-09-19"],
            capsys,
        )  # fmt: skip
        assert code == 2 and "notice-received" in err and "Traceback" not in err
    elif name == "lazada-window-in-china-calendar-noted":
        r = deadline_for(
            "counter_notice_round_1", D("2025-09-26"), calendar=_china(), platform="lazada_th"
        )
        assert r.due == D("2025-09-30") and "site" in (r.note or "")
    elif name == "taobao-withdraw-after-takedown-s56-note":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26", "withdraw@2025-09-29"),
            platform="taobao",
        )
        assert report.state.value == "withdrawn" and any("S56" in n for n in report.notes)
    elif name == "withdraw-on-late-counter-notice-noted":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_filed@2025-11-05", "withdraw@2025-11-06")
        )  # fmt: skip
        assert report.state.value == "withdrawn"
        assert any("2025-11-05 was out of time" in n for n in report.notes)
    elif name == "cli-lifecycle-file-unknown-key":
        path = tmp / "ev.toml"
        path.write_text('platform = "taobao"\n[[events]]\nevent = "takedown"\nwhen = 2025-09-26\n')
        code, _, err = run_cli(["lifecycle", str(path)], capsys)
        assert code == 2 and "ev.toml:4" in err and "$.events[0]: unknown key 'when'" in err
    elif name == "cli-cn-r23-inside-2026":
        code, out, err = run_cli(
            ["deadline", "counter_notice_round_2_3", "--on", "2026-11-02", "--calendar", "china",
             "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["deadlines"][0]["due"] == "2026-12-09"
    elif name == "cli-cn-takedown-r23-into-2027":
        code, out, err = run_cli(
            ["deadline", "takedown", "--on", "2026-12-01", "--platform", "aliexpress",
             "--calendar", "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        assert "Traceback" not in err
        if code == 0:
            dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
            assert dues == {
                "counter_notice_round_1": "2026-12-04",
                "counter_notice_round_2_3": None,
            }
        else:
            assert code == 2 and "2027" in err
    elif name == "between-cn-adjusted-days":
        from ipprules.calendars import business_days_between

        cn = _china()
        assert business_days_between(D("2025-09-27"), D("2025-09-28"), cn) == 1
        assert business_days_between(D("2025-09-30"), D("2025-10-11"), cn) == 3
        assert business_days_between(D("2025-10-11"), D("2025-09-30"), cn) == -3
    elif name == "batch-withdraw-mixed":
        from ipprules.lifecycle import apply_batch

        result = apply_batch(
            {"A": State.TAKEN_DOWN, "B": State.UNDER_REVIEW, "C": State.CLOSED}, "withdraw"
        )
        assert {i.key: (i.after.value, i.ok) for i in result.items} == {
            "A": ("withdrawn", True),
            "B": ("under_review", False),
            "C": ("closed", False),
        }
    elif name == "expectation-never-late":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-10-20"), counterfeit=True
        )
        assert report.state.value == "taken_down" and not report.flags
    elif name == "ipp-plus-takedown-late":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-26", "takedown@2025-10-01"),
            platform="lazada_sg",
            ipp_plus=True,
        )
        assert report.state.value == "taken_down"
        assert [(f.kind.value, f.deadline.deadline_id) for f in report.flags] == [
            ("late", "processing_lazada_ipp_plus")
        ]
    elif name == "ipp-plus-takedown-on-last-day":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-26", "takedown@2025-09-30"),
            platform="lazada_sg",
            ipp_plus=True,
        )
        assert not report.flags
    elif name == "rounds-to-limit-dated-in-time":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_filed@2025-09-29", "filer_rejects_counter_notice@2025-09-30",
                    "counter_notice_filed@2025-10-06", "platform_rejects_counter_notice@2025-10-08",
                    "counter_notice_filed@2025-11-04", "platform_rejects_counter_notice@2025-11-10")
        )  # fmt: skip
        assert report.state.value == "closed" and not report.flags and not report.deadlines
    elif name == "third-counter-notice-day-after-window":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_filed@2025-09-29", "filer_rejects_counter_notice@2025-09-30",
                    "counter_notice_filed@2025-10-06", "platform_rejects_counter_notice@2025-10-08",
                    "counter_notice_filed@2025-11-05")
        )  # fmt: skip
        assert report.state.value == "closed"
        assert [(f.kind.value, f.deadline.deadline_id) for f in report.flags] == [
            ("late", "counter_notice_round_2_3")
        ]
    elif name == "cli-alibaba-notice-on-worked-saturday":
        code, out, err = run_cli(
            ["deadline", "notice_received", "--on", "2025-10-11", "--platform", "alibaba_com",
             "--calendar", "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
        assert code == 0, err
        assert dues["seller_response_alibaba_com"] == "2025-10-15"
        assert dues["counter_notice_round_1"] == "2025-10-15"
    elif name == "cli-complaint-received-on-worked-sunday":
        code, out, err = run_cli(
            ["deadline", "complaint_received", "--on", "2025-09-28", "--platform", "aliexpress",
             "--calendar", "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
        assert code == 0, err
        assert dues == {
            "counter_notice_round_1": "2025-10-09",
            "counter_notice_round_2_3": "2025-11-11",
        }
    elif name == "deadline-id-misspelt-event":
        with pytest.raises(IpprulesError, match="did you mean the event 'takedown'"):
            deadline_for("takedwn", D("2025-09-26"))
    elif name == "deadline-for-event-name-refused":
        with pytest.raises(IpprulesError, match="deadlines_from"):
            deadline_for("takedown", D("2025-09-26"))
    elif name == "aware-datetime-start-refused":
        from datetime import datetime

        with pytest.raises(IpprulesError):
            deadline_for("counter_notice_round_1", datetime(2025, 9, 26, 9, tzinfo=UTC))
    elif name == "cli-deadline-bad-date":
        code, _, err = run_cli(["deadline", "takedown", "--on", "2025-02-30"], capsys)
        assert code == 2 and "2025-02-30" in err and "Traceback" not in err
    elif name == "cli-lifecycle-dates-count-mismatch":
        code, _, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2025-09-22"], capsys
        )
        assert code == 2 and "Traceback" not in err
    elif name == "cli-lifecycle-reject-needs-reason":
        code, _, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,reject", "--on", "2025-09-22,2025-09-23"],
            capsys,
        )
        assert code == 2 and "reason" in err and "Traceback" not in err
    elif name == "cli-lifecycle-reject-with-reason":
        code, out, err = run_cli(
            ["lifecycle", "--events", "ipr_verified,reject=not the brand",
             "--on", "2025-09-22,2025-09-23", "--format", "json"],
            capsys,
        )  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["state"] == "rejected"
    elif name == "lazada-day-6-late-becomes-round-2":
        # Lazada's 3-5 working days from Fri 09-26 end 10-03; 10-06 is past both readings
        report = lifecycle_report(
            _events(
                "ipr_verified@2025-09-22", "takedown@2025-09-26", "counter_notice_filed@2025-10-06"
            ),
            platform="lazada_sg",
        )
        assert report.state.value == "counter_notified_2"
        assert "late" in [f.kind.value for f in report.flags]
    elif name == "withdraw-rejected-1-past-shared-window-noted":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_window_expired@2025-10-02", "withdraw@2025-11-05")
        )  # fmt: skip
        assert report.state.value == "withdrawn"
        assert any("2025-11-04" in note for note in report.notes)
    elif name == "withdraw-rejected-1-last-day-no-note":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26",
                    "counter_notice_window_expired@2025-10-02", "withdraw@2025-11-04")
        )  # fmt: skip
        assert report.state.value == "withdrawn" and not report.notes
    elif name == "cli-site-calendar-taobao-is-china":
        code, out, err = run_cli(
            ["deadline", "takedown", "--on", "2025-09-30", "--platform", "taobao", "--calendar",
             "site", "--format", "json"],
            capsys,
        )  # fmt: skip
        dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
        assert code == 0, err
        assert dues["counter_notice_round_1"] == "2025-10-11"
    elif name == "cli-xianyu-filed-as-taobao":
        code, out, err = run_cli(
            ["deadline", "takedown", "--on", "2025-09-26", "--platform", "xianyu", "--format",
             "json"],
            capsys,
        )  # fmt: skip
        data = json.loads(out)
        assert code == 0, err
        assert data["platform"] == "taobao" and any("B1" in n for n in data["notes"])
    elif name == "pre-2022-window-between-27-and-30-disputed":
        # received 2022-01-10: 27 business days end 02-16, 30 end 02-21 (R61, D4)
        report = lifecycle_report(
            _events("ipr_verified@2022-01-05", "takedown@2022-01-10",
                    "counter_notice_window_expired@2022-01-14", "counter_notice_filed@2022-02-18")
        )  # fmt: skip
        assert report.state.value == "counter_notified_2"
        assert [f.kind.value for f in report.flags] == ["disputed"]
    elif name == "window-ending-before-change-closes-with-it":
        r = deadline_for("counter_notice_round_2_3", D("2021-12-09"))
        assert (r.amount, r.due) == (30, D("2022-01-20")) and "2022-01-19" in (r.note or "")
    elif name == "alibaba-seller-response-undated-without-notice":
        report = lifecycle_report(
            _events("ipr_verified@2025-09-22", "takedown@2025-09-26"), platform="alibaba_com"
        )
        found = {d.deadline_id: d for d in report.deadlines}
        seller = found["seller_response_alibaba_com"]
        assert seller.status.value == "undated" and seller.due is None
        assert found["counter_notice_round_1"].due == D("2025-10-01")
    elif name == "ipr-verification-from-submission":
        report = lifecycle_report([], calendar=_china(), ipr_submitted_on="2025-09-26")
        found = {d.deadline_id: d for d in report.deadlines}
        assert report.state.value == "pending_verification"
        assert (found["ipr_verification"].due, found["ipr_verification"].latest) == (
            D("2025-09-30"),
            D("2025-10-10"),
        )
    elif name == "verified-before-submission-refused":
        with pytest.raises(IpprulesError):
            lifecycle_report(_events("ipr_verified@2025-09-22"), ipr_submitted_on="2025-09-26")
    elif name in ("calendar-end-on-last-covered-day", "calendar-end-one-day-past"):
        path = tmp / "short.json"
        path.write_text(
            '{"valid_from": "2025-09-01", "valid_until": "2025-10-03",\n'
            ' "day_notes": {"2025-10-02": "the office may close"}}\n',
            encoding="utf-8",
        )
        cal = load_calendar(path)
        if name == "calendar-end-on-last-covered-day":
            r = deadline_for("counter_notice_round_1", D("2025-09-30"), calendar=cal)
            assert r.due == D("2025-10-03") and "the office may close" in (r.note or "")
        else:
            with pytest.raises(CoverageError):
                deadline_for("counter_notice_round_1", D("2025-10-01"), calendar=cal)
    elif name == "cli-year-end-china":
        code, out, err = run_cli(
            ["deadline", "takedown", "--on", "2025-12-29", "--platform", "aliexpress",
             "--calendar", "china", "--format", "json"],
            capsys,
        )  # fmt: skip
        dues = {d["deadline_id"]: d["due"] for d in json.loads(out)["deadlines"]}
        assert code == 0, err
        assert dues == {
            "counter_notice_round_1": "2026-01-04",
            "counter_notice_round_2_3": "2026-02-05",
        }
    elif name == "batch-rejection-blank-reason-refused":
        with pytest.raises(IpprulesError, match="reason"):
            reject_counter_notices({"A": State.COUNTER_NOTIFIED_1}, reason="   ")
    elif name == "event-names-any-case-and-spaces":
        assert step(State.TAKEN_DOWN, "Counter Notice Filed").value == "counter_notified_1"
        assert step(State.COUNTER_NOTIFIED_2, "WITHDRAW").value == "withdrawn"
    elif name == "final-state-refusal-says-final":
        with pytest.raises(IllegalTransition, match="final"):
            step(State.REINSTATED_BY_PLATFORM, "counter_notice_filed")
    elif name == "cli-lifecycle-file-illegal-event-located":
        path = tmp / "ill.json"
        path.write_text(
            '{"platform": "taobao",\n "events": [\n  {"event": "ipr_verified", "on": "2025-09-22"},\n'
            '  {"event": "takedown", "on": "2025-09-26"},\n'
            '  {"event": "ipr_verified", "on": "2025-09-29"}\n]}\n',
            encoding="utf-8",
        )
        code, _, err = run_cli(["lifecycle", str(path)], capsys)
        assert code == 2 and "ill.json:5:" in err and "$.events[2]" in err
        assert "'ipr_verified'" in err and "'taken_down'" in err
    elif name == "cli-lifecycle-file-withdraw-in-review-located":
        path = tmp / "w.toml"
        path.write_text(
            'platform = "taobao"\n[[events]]\nevent = "ipr_verified"\non = 2025-09-22\n'
            '[[events]]\nevent = "withdraw"\non = 2025-09-23\n',
            encoding="utf-8",
        )
        code, _, err = run_cli(["lifecycle", str(path)], capsys)
        assert code == 2 and "w.toml:5:" in err and "$.events[1]" in err and "official" in err
    else:  # pragma: no cover
        raise AssertionError(name)


SPECIAL = [
    "three-rounds-to-the-limit", "fourth-counter-notice-refused", "third-round-accepted-reinstates",
    "filer-reply-window-unknown", "filer-reply-api-unknown", "withdraw-during-review-refused-brief",
    "withdraw-during-review-official", "withdraw-after-windows-noted",
    "withdraw-inside-window-no-note", "late-first-counter-notice-becomes-round-2",
    "first-counter-notice-on-last-day-in-time", "cn-calendar-keeps-round-1-in-time",
    "batch-rejection", "coverage-past-calendar-end", "coverage-custom-file-end",
    "start-before-calendar-start-not-counted", "cli-deadline-cn-sat-worked",
    "cli-deadline-takedown-custom-file", "cli-deadline-office-file-text",
    "cli-deadline-outside-file-coverage", "cli-deadline-filer-reply-unknown",
    "cli-lifecycle-example-json", "cli-lifecycle-late-example", "cli-lifecycle-illegal-event",
    "cli-lifecycle-withdraw-review-brief", "cli-lifecycle-withdraw-review-official",
    "cli-lifecycle-bad-file", "cli-lifecycle-cn-round1", "window-expired-early-flagged",
    "counter-notice-past-every-window", "late-counter-notice-kept-when-rejected",
    "lazada-day-4-disputed", "reject-record-needs-reason", "1688-acceptance-restores-points-note",
    "alibaba-takedown-inside-seller-window-noted", "closed-then-withdraw-refused",
    "cli-deadline-cn-2027-refused", "cli-lifecycle-file-illegal-event-located",
    "cli-lifecycle-file-withdraw-in-review-located", "batch-rejection-blank-reason-refused",
    "event-names-any-case-and-spaces", "final-state-refusal-says-final", "cli-year-end-china", "calendar-end-on-last-covered-day", "calendar-end-one-day-past", "pre-2022-window-between-27-and-30-disputed",
    "window-ending-before-change-closes-with-it", "alibaba-seller-response-undated-without-notice",
    "ipr-verification-from-submission", "verified-before-submission-refused", "lazada-day-6-late-becomes-round-2",
    "withdraw-rejected-1-past-shared-window-noted", "withdraw-rejected-1-last-day-no-note",
    "cli-site-calendar-taobao-is-china", "cli-xianyu-filed-as-taobao", "cli-alibaba-notice-on-worked-saturday",
    "cli-complaint-received-on-worked-sunday", "deadline-id-misspelt-event",
    "deadline-for-event-name-refused", "aware-datetime-start-refused", "cli-deadline-bad-date",
    "cli-lifecycle-dates-count-mismatch", "cli-lifecycle-reject-needs-reason",
    "cli-lifecycle-reject-with-reason", "cli-cn-r23-inside-2026", "cli-cn-takedown-r23-into-2027",
    "between-cn-adjusted-days", "batch-withdraw-mixed", "expectation-never-late",
    "ipp-plus-takedown-late", "ipp-plus-takedown-on-last-day", "rounds-to-limit-dated-in-time",
    "third-counter-notice-day-after-window", "rule-change-inside-open-window",
    "cli-late-example-in-time-on-china", "dates-backwards-refused",
    "alibaba-counter-notice-under-review-refused", "notice-before-verification-refused",
    "lazada-window-in-china-calendar-noted", "taobao-withdraw-after-takedown-s56-note",
    "withdraw-on-late-counter-notice-noted", "cli-lifecycle-file-unknown-key", "replay-window-past-calendar-end",
    "replay-round-1-inside-calendar-end",
    "cli-lifecycle-window-past-file-end", "cli-calendar-file-workday-not-weekend",
    "cli-calendar-file-holiday-and-workday", "cli-th-site-songkran", "cli-deadline-cn-end-of-2026", "cli-lifecycle-closed-withdraw",
]  # fmt: skip

CASES = [
    *(pytest.param("move", (s, e, LEGAL[s].get(e)), id=f"{s}-{e}") for s in LEGAL for e in EVENTS),
    *(pytest.param("deadline", row[1:], id=row[0]) for row in DEADLINES),
    *(pytest.param("special", (name,), id=name) for name in SPECIAL),
]


@pytest.mark.parametrize(("kind", "case"), CASES)
def test_rules54(
    kind: str, case: tuple[Any, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "move":
        state, event, after = case
        if after is None:
            _refused(state, event)
        else:
            _ok(state, event, after)
    elif kind == "deadline":
        _deadline(*case, tmp_path)
    else:
        _special(case[0], tmp_path, capsys)
