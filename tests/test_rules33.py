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

from ipprules import default_rulebook
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
    # each says which date it was counted from: the receipt, or the takedown standing for it
    for start, said in (
        ("notice_received", f"counted from {notice}, the day the seller received"),
        ("complaint_received", f"counted from {notice}, the day the seller received"),
        ("takedown", f"counted from the takedown on {notice}, which stands for"),
    ):
        notes = {r.deadline_id: r.note for r in deadlines_from(start, notice, platform="taobao")}
        assert set(notes) == {"counter_notice_round_1", "counter_notice_round_2_3"}
        assert all(n is not None and n.startswith(said) for n in notes.values())
    code, out, _ = _run(
        "lifecycle", "--events", "ipr_verified,takedown,counter_notice_filed",
        "--on", "2024-06-03,2024-06-10,2024-06-12", "--platform", "alibaba_com",
        "--notice-received", "2024-06-04", "--format", "json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 1  # the first counter-notice is late (R60, R61)
    assert data["state"] == "counter_notified_2"


# ---------- 2. ``lifecycle`` and ``counter-notice`` on xianyu answer as ``rules`` does (B1)


def _cli(*argv: str) -> tuple[int, Any, str]:
    """The exit code, the JSON ``ipprules ARGV --format json`` prints (``None`` on exit 2)
    and what it wrote to stderr."""
    code, out, err = _run(*argv, "--format", "json")
    return code, json.loads(out) if code != 2 else None, err


_DAYS = ("2019-06-03", "2022-01-20", "2024-06-03")


def _lifecycle_file(folder: Any, platform: str, day: str) -> str:
    path = folder / f"events-{platform}.toml"
    path.write_text(
        f'platform = "{platform}"\n\n[[events]]\nevent = "ipr_verified"\non = {day}\n\n'
        f'[[events]]\nevent = "takedown"\non = {day}\n',
        encoding="utf-8",
    )
    return str(path)


_NOTICE = """platform = "{platform}"
complaint_date = {day}
filed_on = {day}
brand = "Acme"

[[purchases]]
id = "INV-1"
kind = "invoice"
date = {day}
quantity = 21
signed_by = ["buyer", "seller"]
product_matches = true
"""


@settings(max_examples=8)
@given(
    reading=st.sampled_from(READINGS),
    day=st.sampled_from(_DAYS),
    given_as=st.sampled_from(["option", "file", "counter-notice"]),
)
@example(reading="brief", day="2024-06-03", given_as="option")
@example(reading="official", day="2024-06-03", given_as="file")
@example(reading="brief-at-least-100", day="2022-01-20", given_as="counter-notice")
@example(reading="official", day="2024-06-03", given_as="counter-notice")
def test_lifecycle_and_counter_notice_on_xianyu_answer_as_rules_does(
    tmp_path_factory: Any, reading: str, day: str, given_as: str
) -> None:
    """B1: "Xianyu (Taobao's second-hand market) is filed by selecting Taobao"; R33/D11: no
    source names it under ``official``. ``ipprules lifecycle`` (``--platform xianyu`` or a
    file's ``platform = "xianyu"``) and ``ipprules counter-notice`` (a file's ``platform``)
    answer as for taobao, with the note and the other readings of ``ipprules rules
    deadlines --platform xianyu``, or refuse (exit 2) where ``rules`` refuses, a file's key
    at its line."""
    folder = tmp_path_factory.mktemp("x")
    asked = ("--interpretation", reading)
    code, rules, _ = _cli("rules", "deadlines", "--platform", "xianyu", "--as-of", day, *asked)
    answers = {}
    for platform in ("xianyu", "taobao"):
        if given_as == "option":
            argv = ["lifecycle", "--events", "ipr_verified,takedown", "--on", f"{day},{day}"]
            argv += ["--platform", platform]
        elif given_as == "file":
            argv = ["lifecycle", _lifecycle_file(folder, platform, day)]
        else:
            path = folder / f"cn-{platform}.toml"
            path.write_text(_NOTICE.format(platform=platform, day=day), encoding="utf-8")
            argv = ["counter-notice", str(path)]
        answers[platform] = _cli(*argv, *asked)
    (mine, got, err), (theirs, taobao, _) = answers["xianyu"], answers["taobao"]
    if code == 2:
        assert mine == 2 and default_rulebook().as_of(day, reading).filed_as("xianyu") is None
        assert "xianyu is not an IPP platform" in err and "Traceback" not in err
        if given_as != "option":  # the file's key, at its line
            assert ":1:1: $.platform:" in err
        return
    assert mine == theirs
    assert got["notes"] == rules["notes"][:1]
    readings = rules["other_readings"]["marketplace xianyu"]
    if given_as == "counter-notice":
        assert got["other_readings"] == {"marketplace xianyu": readings}
        assert got["findings"] == taobao["findings"]
        assert got["sufficient"] == taobao["sufficient"] and got["platform"] == "taobao"
    else:
        assert set(readings) <= set(got["other_readings"])
        assert got["deadlines"] == taobao["deadlines"] and got["trace"] == taobao["trace"]
        assert got["platform"] == "taobao" and taobao["notes"] == []


# ---------- 3. ``--ipp-plus`` with xianyu names what was asked, and what it is filed as


@settings(max_examples=4)
@given(command=st.sampled_from(["deadline", "lifecycle", "lifecycle-file"]))
@example(command="deadline")
def test_ipp_plus_on_xianyu_names_xianyu_filed_as_taobao(
    tmp_path_factory: Any, command: str
) -> None:
    """R92: IPP Plus is Lazada's; B1: Xianyu is filed as Taobao. The refusal names the
    platform the user asked about (``'xianyu'``), with what it is filed as, not ``'taobao'``
    alone."""
    if command == "deadline":
        argv = ["deadline", "takedown", "--on", "2024-06-03", "--platform", "xianyu", "--ipp-plus"]
    elif command == "lifecycle":
        argv = ["lifecycle", "--events", "ipr_verified", "--on", "2024-06-03"]
        argv += ["--platform", "xianyu", "--ipp-plus"]
    else:
        path = tmp_path_factory.mktemp("x") / "events.toml"
        path.write_text(
            'platform = "xianyu"\nipp_plus = true\n\n[[events]]\nevent = "ipr_verified"\n'
            "on = 2024-06-03\n",
            encoding="utf-8",
        )
        argv = ["lifecycle", str(path)]
    code, _, err = _run(*argv)
    assert code == 2
    assert "not on 'xianyu' (filed as taobao, B1)" in err
    assert "ipp_plus" in err.replace("-", "_") and "Traceback" not in err
