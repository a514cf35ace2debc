"""surf22: answers only the CLI gave are the library's own: the IPP Plus expectation left out
before its pilot (R92) is a note of ``deadlines_from``; ..."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.lifecycle import deadlines_from

PLUS = "processing_lazada_ipp_plus"


def _cli(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


@pytest.mark.parametrize(
    ("event", "on", "ipp_plus", "left_out"),
    [
        ("ipr_verified", "2019-06-03", True, True),
        ("complaint_filed", "2019-12-31", True, True),
        ("ipr_verified", "2020-01-01", True, False),  # in force: counted, nothing left out
        ("ipr_verified", "2019-06-03", False, False),  # not asked for
        ("takedown", "2019-06-03", True, False),  # an event that starts no IPP Plus count
    ],
)
def test_ipp_plus_left_out_before_its_pilot_is_a_note_of_deadlines_from(
    event: str, on: str, ipp_plus: bool, left_out: bool
) -> None:
    """Before: ``deadlines_from(..., ipp_plus=True)`` before R92's pilot dropped the IPP Plus
    expectation without a word; only ``ipprules deadline --ipp-plus`` said it was left out."""
    found = deadlines_from(event, on, platform="lazada_sg", ipp_plus=ipp_plus)
    said = [n for n in found.notes if PLUS in n]
    assert bool(said) == left_out
    assert (PLUS in [r.deadline_id for r in found]) == (ipp_plus and on >= "2020-01-01")
    if said:
        assert said[0].startswith(f"ipp_plus: {PLUS} is in force from 2020-01-01, not on {on}")
        assert "R92" in said[0] and said[0].endswith("so its expectation is left out")
        assert found.to_dict()["notes"] == said and f"note: {said[0]}" in found.text()
    argv = ["deadline", event, "--on", on, "--platform", "lazada_sg"]
    argv += ["--ipp-plus"] * ipp_plus
    code, out = _cli([*argv, "--format", "json"])
    printed: dict[str, Any] = json.loads(out)
    assert code == 0
    assert printed["notes"] == [n.replace("ipp_plus: ", "--ipp-plus: ", 1) for n in said]


EVENTS = "examples/lifecycle-counter-notice.json"
B1 = "xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1), so these are taobao's rules"


def test_a_b1_noted_lifecycle_report_s_text_says_the_marketplace_s_readings() -> None:
    """Before: ``LifecycleReport.text()`` of a report noted for Xianyu (filed as Taobao) said
    the note among the others and not which readings file Xianyu otherwise; only
    ``ipprules lifecycle --platform xianyu`` printed ``marketplace xianyu: differs under
    official``. The command now prints the report's text."""
    import attrs

    from ipprules.lifecycle import read_events

    plain = attrs.evolve(read_events(EVENTS), platform="taobao").report()
    noted = attrs.evolve(
        plain,
        notes=(*plain.notes, B1),
        platform_readings=("official",),
        marketplace="xianyu",
        calendar="weekends",
    )
    lines = noted.text().splitlines()
    assert lines[-2:] == [f"note: {B1}", "  marketplace xianyu: differs under official"]
    assert f"  note: {B1}" not in lines and not any(
        line.startswith("Reading: ") and "official" in line for line in lines
    )
    assert noted.to_dict()["other_readings"] == ["official"]  # the JSON's, as before
    assert "marketplace xianyu" not in plain.text()
    code, out = _cli(["lifecycle", EVENTS, "--platform", "xianyu"])
    assert code == 0 and out == noted.text() + "\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["deadline", "takedown", "--on", "2024-10-01"],
        ["deadline", "counter_notice_round_1", "--on", "2024-10-01"],
        ["lifecycle", "examples/lifecycle-counter-notice.json"],
    ],
)
@pytest.mark.parametrize("spec", ["weekends", "office"])
def test_the_cli_json_calendar_is_the_calendar_s_name_as_the_library_s(
    argv: list[str], spec: str, tmp_path: Path
) -> None:
    """Before: ``deadline`` and ``lifecycle --format json`` gave ``calendar`` as the
    ``--calendar`` was spelt (``office.toml``, ``china``) where the result's ``to_dict()``
    gives the calendar's name (``Hangzhou office``, ``CN 2022-2023``), as each deadline's
    ``counted_in`` does."""
    from ipprules.calendars import WEEKENDS, load_calendar
    from ipprules.lifecycle import read_events

    if spec == "office":  # a calendar file covering the example's events (2022) and 2024
        path = tmp_path / "office.toml"
        path.write_text(OFFICE, encoding="utf-8")
        spec = str(path)
    calendar = WEEKENDS if spec == "weekends" else load_calendar(spec)
    if argv[0] == "lifecycle":
        expected = read_events(argv[1]).report(calendar=calendar).to_dict()["calendar"]
    else:
        expected = deadlines_from("takedown", "2024-10-01", calendar=calendar).calendar
    assert expected == calendar.name
    code, out = _cli([*argv, "--calendar", spec, "--format", "json"])
    assert code in (0, 1) and json.loads(out)["calendar"] == expected


OFFICE = """name = "Hangzhou office"
weekend = [5, 6]
holidays = [2024-10-01]
valid_from = 2021-01-01
valid_until = 2025-12-31
"""


IMAGE = "https://img.alicdn.com/i1/x.jpg"
OFFER = "https://detail.1688.com/offer/6000001.html"
ACCOUNT = "examples/planner-account.toml"


def test_a_plan_line_whose_listing_is_in_another_column_says_it_in_python_and_json(
    tmp_path: Path,
) -> None:
    """Before: only ``ipprules plan`` added ``column 'link' of this row holds a listing link``
    to the rejection (its JSON then differed from ``to_dict()``); ``plan_listings`` of
    ``read_lines`` rejected the line without it. The line carries it (``PlanLine.elsewhere``)
    and the result says it, and the command's JSON is the result's ``to_dict()`` but for the
    envelope."""
    from ipprules.checks import read_plan
    from ipprules.planner import plan_listings, read_lines

    path = tmp_path / "urls.csv"
    path.write_text(f"title,url,link\nshoe,{IMAGE},{OFFER}\n", encoding="utf-8")
    (line,) = read_lines(str(path))
    said = f"column 'link' of this row holds a listing link: {OFFER}"
    assert line.elsewhere is not None and line.elsewhere.startswith(said)
    result = plan_listings(read_lines(str(path)), read_plan(ACCOUNT), as_of="2026-12-01")
    (outcome,) = result.outcomes
    assert outcome.status.value == "rejected" and f"; {said}" in str(outcome.message)
    argv = ["plan", str(path), "--account", ACCOUNT, "--as-of", "2026-12-01"]
    code, out = _cli(argv)
    assert code == 1 and out.count(said) == 1
    code, out = _cli([*argv, "--format", "json"])
    printed = json.loads(out)
    # the command names its option where Python names the argument (newuser20's hint)
    python, command = "with column='link'", "with --column link"
    assert python in str(outcome.message)
    expected = json.loads(json.dumps(result.to_dict()).replace(python, command))
    envelope = {"ignored_columns", "projection", "written"}
    assert set(printed) - set(expected) == envelope
    assert {k: v for k, v in printed.items() if k not in envelope} == expected
