"""rules40: every surface of a deadline, replay or penalty standing names the confidence its
text and JSON name (HTML, records, frames); confidence marks on reading-dependent lifecycle
notes and on counter-notice findings resting on weak rules."""

from __future__ import annotations

import html
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.lifecycle import deadlines_from, read_events
from ipprules.penalties import penalty_standing, read_violations

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VIOLATIONS = EXAMPLES / "violations-aliexpress.csv"
LATE = EXAMPLES / "lifecycle-late-counter-notice.toml"
_PLATFORMS = (
    "taobao",
    "tmall",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_vn",
    "xianyu",
)

# ------------------------- (1) HTML, records and frames name the confidence text and JSON do


@settings(max_examples=20, deadline=None)
@given(
    platform=st.sampled_from(_PLATFORMS[:-1]),
    event=st.sampled_from(["notice_received", "takedown", "ipr_verified", "counter_notice_filed"]),
    reading=st.sampled_from(["brief", "official"]),
)
@example(platform="lazada_sg", event="notice_received", reading="brief")
@example(platform="alibaba_com", event="notice_received", reading="official")
def test_a_deadlines_notebook_view_names_its_confidence_as_its_json_does(
    platform: str, event: str, reading: str
) -> None:
    rules = default_rulebook().as_of("2024-06-03", reading)
    for result in deadlines_from(event, "2024-06-03", rules, platform=platform):
        data = result.to_dict()
        shown = result._repr_html_()
        assert f"confidence {data['platform_confidence']}" in shown
        if data["confidence_mark"]:
            assert html.escape(data["confidence_mark"]) in shown


@pytest.mark.parametrize("platform", ["aliexpress", "alibaba_com", "lazada_sg", "taobao"])
@pytest.mark.parametrize("events", [LATE, EXAMPLES / "lifecycle-counter-notice.json"])
def test_a_replays_notebook_view_marks_its_flags_and_deadlines_as_its_text_does(
    platform: str, events: Path
) -> None:
    report = attrs.evolve(read_events(events), platform=platform).report()
    assert report.flags or any(r.confidence_mark for r in report.deadlines)
    shown = report._repr_html_()
    text = report.text()
    for flag in report.flags:
        mark = flag.to_dict()["confidence_mark"]
        assert mark and mark in text
        assert html.escape(f"{flag.message} {mark}") in shown
    for result in report.deadlines:
        if result.confidence_mark:
            assert html.escape(f"{result.describe()}{result.confidence_mark}") in shown


@pytest.mark.parametrize("platform", _PLATFORMS[:-1])
def test_a_standings_notebook_view_records_and_frame_name_each_figures_confidence(
    platform: str,
) -> None:
    rules = default_rulebook().as_of("2024-06-30")
    standing = penalty_standing(read_violations(VIOLATIONS), platform, "2024-06-30", rules)
    data = standing.to_dict()
    shown = standing._repr_html_()
    assert "<th>confidence</th>" in shown
    for name in ("points", "serious"):
        assert f"<td>{html.escape(data[name]['text'])}</td><td>{data[name]['confidence']}</td>" in (
            shown
        )
    records = standing.to_records()
    for record in records:
        if record["check"] == "closed":  # the 1688 bar's check on the closure (R64)
            assert record["confidence"] == data["confidence"]["closed"]
            continue
        figure = data[record["check"]]
        assert record["confidence"] == figure["confidence"]
        assert record["confidence_mark"] == figure["confidence_mark"]
    frame = standing.to_frame()
    assert list(frame["confidence"].astype(object)) == [r["confidence"] for r in records]
    assert list(frame["confidence_mark"].astype(object)) == [r["confidence_mark"] for r in records]
