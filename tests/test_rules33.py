"""Rule answers rules32 left open (rules33), each test citing the rule text it reads (part 0
of the rule book, the brief, B*; parts 1-4, R* and D*)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.calendars import add_business_days
from ipprules.cli import main
from ipprules.lifecycle import EventRecord, State, deadlines_from, lifecycle_report

READINGS = ("brief", "official", "brief-at-least-100")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


# ------------------------------ 1. R61's windows run from receipt of the complaint

# R61: "each has a time limit counted from receipt of the complaint" (3 business days for
# the first counter-notice, 27 for the second and third from 2022-01-20). The day the seller
# received the complaint's notice (notice_received, R60's notice on Alibaba.com) is that
# receipt; the takedown stands for it only where it is not given. Lazada is left out: there
# D4's 3-5 working days make the first window `disputed` (pinned in tests/lifecycle).
_PLATFORMS = ("taobao", "tmall", "1688", "alibaba_com", "aliexpress")


@settings(max_examples=12)
@given(
    platform=st.sampled_from(_PLATFORMS),
    verified=st.dates(min_value=date(2022, 3, 1), max_value=date(2025, 12, 31)),
    notice_after=st.integers(min_value=0, max_value=12),
    takedown_after=st.integers(min_value=0, max_value=12),
    filed_day=st.integers(min_value=0, max_value=32),
)
@example("alibaba_com", date(2024, 6, 3), 1, 7, 6)  # notice Tue 06-04, takedown 06-10, filed 06-12
@example("taobao", date(2024, 6, 3), 9, 0, 2)  # a notice after the takedown: counted later
@example("aliexpress", date(2024, 6, 3), 0, 0, 28)  # out of every window: closed
def test_counter_notice_windows_run_from_the_notice_received(
    platform: str, verified: date, notice_after: int, takedown_after: int, filed_day: int
) -> None:
    notice = verified + timedelta(days=notice_after)
    takedown = verified + timedelta(days=takedown_after)
    filed = max(add_business_days(notice, filed_day), takedown)
    events = [
        EventRecord("ipr_verified", on=verified),
        EventRecord("takedown", on=takedown),
    ]
    common: dict[str, Any] = {"platform": platform, "notice_received_on": notice}
    running = {d.deadline_id: d for d in lifecycle_report(events, **common).deadlines}
    first = running["counter_notice_round_1"]
    assert (first.start, first.due) == (notice, add_business_days(notice, 3))
    assert first.note is not None and f"counted from {notice}" in first.note
    assert (f"not from the takedown on {takedown}" in first.note) is (takedown != notice)
    report = lifecycle_report([*events, EventRecord("counter_notice_filed", on=filed)], **common)
    if filed <= add_business_days(notice, 3):
        expected = State.COUNTER_NOTIFIED_1
    elif filed <= add_business_days(notice, 27):
        expected = State.COUNTER_NOTIFIED_2  # the first chance used up (R61)
    else:
        expected = State.CLOSED  # out of every window
    assert report.state is expected
    # without the notice's day the takedown stands for it, and the note says so
    (proxy,) = (
        d
        for d in lifecycle_report(events, platform=platform).deadlines
        if d.deadline_id == "counter_notice_round_1"
    )
    assert proxy.start == takedown
    assert proxy.note is not None and f"counted from the takedown on {takedown}" in proxy.note


def test_notice_received_starts_r61_windows_beside_r60() -> None:
    """`deadline notice_received` (and deadlines_from) lists R61's windows: the notice's day
    is the seller's receipt of the complaint; the CLI's --notice-received counts from it."""
    notice = date(2024, 9, 27)
    found = {r.deadline_id: r.due for r in deadlines_from("notice_received", notice)}
    assert found["counter_notice_round_1"] == add_business_days(notice, 3)
    assert found["counter_notice_round_2_3"] == add_business_days(notice, 27)
    code, out, _ = _run(
        "lifecycle", "--events", "ipr_verified,takedown,counter_notice_filed",
        "--on", "2024-06-03,2024-06-10,2024-06-12", "--platform", "alibaba_com",
        "--notice-received", "2024-06-04", "--format", "json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 1  # the first counter-notice is late (R60, R61)
    assert data["state"] == "counter_notified_2"
