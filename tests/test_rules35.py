"""rules35: rule answers a tester writing from the rule text would ask (B1, R57, R60, R61)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.penalties import Violation, penalty_standing

_ROWS = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=28),
        st.sampled_from(["counterfeit", "general"]),
        st.sampled_from(["taobao", "xianyu", "XIANYU", "tmall", ""]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=10, deadline=None)
@given(rows=_ROWS, reading=st.sampled_from(["brief", "official"]))
@example(rows=[(1, "counterfeit", "taobao"), (2, "general", "xianyu")], reading="brief")
@example(rows=[(2, "general", "xianyu")], reading="official")
def test_b1_penalty_standing_on_taobao_counts_xianyu_rows_as_the_cli_does(
    rows: list[tuple[int, str, str]], reading: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """B1: Xianyu is filed by selecting Taobao, one account. ``penalty_standing(v, "taobao")``
    answers what ``ipprules penalties --platform taobao`` answers, under each reading: the
    xianyu rows counted with the note under the brief, left out under official."""
    path = tmp_path_factory.mktemp("p") / "v.csv"
    lines = [f"2024-05-{day:02d},{kind},{where}" for day, kind, where in rows]
    path.write_text("date,kind,platform\n" + "\n".join(lines) + "\n", encoding="utf-8")
    argv = ["penalties", str(path), "--platform", "taobao", "--as-of", "2024-06-01"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main([*argv, "--interpretation", reading, "--format", "json"])
    violations = [
        Violation(on=date(2024, 5, day), kind=kind, platform=where or None)
        for day, kind, where in rows
    ]
    rules = default_rulebook().as_of("2024-06-01", reading)
    api = penalty_standing(violations, "taobao", "2024-06-01", rules)
    assert api.to_dict() == json.loads(out.getvalue())
    ids = [where for _, _, where in rows]
    filed = reading == "brief" and "xianyu" in ids
    assert api.counted == sum(w in ("taobao", "") for w in ids) + filed * ids.count("xianyu")
    assert any("filed as taobao (B1)" in n for n in api.notes) == filed
    if filed:
        assert "official" in api.other_readings


@settings(max_examples=12, deadline=None)
@given(
    takedown=st.dates(min_value=date(2019, 7, 1), max_value=date(2030, 6, 30)),
    late_by=st.integers(min_value=1, max_value=40),
    platform=st.sampled_from([None, "alibaba_com", "aliexpress", "taobao", "lazada_th"]),
)
@example(takedown=date(2022, 1, 10), late_by=6, platform="alibaba_com")  # round 2/3: 30 days
@example(takedown=date(2024, 9, 10), late_by=6, platform="lazada_th")  # 3 to 5 working days
def test_r57_r61_a_late_receipt_names_every_window_counted_from_the_takedown(
    takedown: date, late_by: int, platform: str | None
) -> None:
    """R61's three rounds (and R60's answer on Alibaba.com, Lazada's 3-5 working days) are
    counted from the receipt; received after the takedown (R57: the seller knows at the
    latest then), the note gives each window's end counted from the takedown, not the first
    only."""
    from datetime import timedelta

    from ipprules.lifecycle import EventRecord, deadlines_from, lifecycle_report

    received = takedown + timedelta(days=late_by)
    events = [EventRecord("ipr_verified", on=takedown), EventRecord("takedown", on=takedown)]
    report = lifecycle_report(events, platform=platform, notice_received_on=received)
    (note,) = report.notes
    windows = deadlines_from("notice_received", takedown, platform=platform)
    ids = {d.deadline_id for d in windows}
    assert {"counter_notice_round_1", "counter_notice_round_2_3"} <= ids
    assert ("seller_response_alibaba_com" in ids) == (platform in (None, "alibaba_com"))
    for d in windows:
        end = f"{d.due} to {d.latest}" if d.latest != d.due else f"{d.due}"
        assert f"{d.deadline_id} would end on {end}" in note
