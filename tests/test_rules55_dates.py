"""A grader's table on effective dates: every dated rule asked the day before it starts, the day
it starts, the day after, the day it ends and the day after it ends, through ``rules``,
``explain``, ``deadline``, ``check``, ``good-faith``/``what_if`` and the API.

Each expected answer was decided from the rule text (docs/rulebook.md, the domain notes R/D and
the brief's part 0) before the case was run. Dates before the rule book's coverage (2015-01-06)
must be refused, never answered as if some rule were in force.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests._cli import run_cli

from ipprules import default_rulebook
from ipprules.checks import check, plan_from_data
from ipprules.errors import CoverageError, InputError, IpprulesError
from ipprules.goodfaith import Complaint, History, what_if
from ipprules.lifecycle import EventRecord, lifecycle_report

pytestmark = pytest.mark.no_cover

COVERAGE = "before the rule book's coverage \\(from 2015-01-06\\)"


def _gf(day: str, *extra: str) -> list[str]:
    return ["rules", "good-faith", "--as-of", day, *extra]


def _version(v: str) -> str:
    return rf"version\s+{v}\b"


NOT_IN_FORCE = "Good Faith Program is not in force on this date"

# (argv, exit code, patterns that must be in stdout+stderr, patterns that must not)
CLI_CASES: list[tuple[list[str], int, tuple[str, ...], tuple[str, ...]]] = [
    # --- Good Faith programme, 2015 (R68: trial 2015-01-06, launch 2015-04-01)
    (_gf("2015-01-05"), 2, (COVERAGE,), ()),
    (_gf("2015-01-05", "--trial"), 2, (COVERAGE,), ()),
    (_gf("2015-01-06"), 0, (NOT_IN_FORCE, "starts on 2015-04-01"), (_version("2015"),)),
    (_gf("2015-01-06", "--trial"), 0, (_version("2015"), r"window\s+1 month"), ()),
    (_gf("2015-01-06", "--trial-years", "2015"), 0, (_version("2015"),), ()),
    (_gf("2015-01-06", "--trial-years", "2018"), 0, (NOT_IN_FORCE,), ()),
    (_gf("2015-01-07", "--trial"), 0, (_version("2015"),), ()),
    (_gf("2015-03-31"), 0, (NOT_IN_FORCE,), ()),
    (_gf("2015-03-31", "--trial"), 0, (_version("2015"),), ()),
    (
        _gf("2015-04-01"),
        0,
        (_version("2015"), r"counter-notice rate\s+<= 1\.5%", r"takedown rate\s+>= 90\.0%"),
        (),
    ),
    (_gf("2015-04-02"), 0, (_version("2015"), r"declaration\s+yes"), ()),
    # --- 2018 upgrade (R70: trial 2018-04-15, all 2018-08-15)
    (_gf("2018-04-14", "--trial"), 0, (_version("2015"),), ()),
    (_gf("2018-04-15", "--trial"), 0, (_version("2018"), r"window\s+3 month"), ()),
    (_gf("2018-04-15"), 0, (_version("2015"),), ()),
    (_gf("2018-04-16", "--trial-years", "2018"), 0, (_version("2018"),), ()),
    (_gf("2018-04-16", "--trial-years", "2021"), 0, (_version("2015"),), ()),
    (_gf("2018-08-14"), 0, (_version("2015"), r"lock-out after removal\s+6 months"), ()),
    (
        _gf("2018-08-15"),
        0,
        (
            _version("2018"),
            r"window\s+3 month",
            r"counter-notice rate\s+< 5\.0%",
            r"lock-out after removal\s+3 months",
            r"automatic admission\s+yes",
        ),
        (),
    ),
    (
        _gf("2018-08-15", "--interpretation", "official"),
        0,
        (r"takedown rate\s+>= 90\.0%", r"counter-notice rate\s+<= 5\.0%"),
        (),
    ),
    (_gf("2018-08-16"), 0, (_version("2018"), r"per reason code\s+no"), ()),
    # --- 2021/22 upgrade (R75: trial 2021-12-28, all 2022-04-15)
    (_gf("2021-12-27", "--trial"), 0, (_version("2018"),), ()),
    (_gf("2021-12-28", "--trial"), 0, (_version("2022"), r"per reason code\s+yes"), ()),
    (_gf("2021-12-28"), 0, (_version("2018"), r"per reason code\s+no"), ()),
    (_gf("2021-12-29", "--trial-years", "2021"), 0, (_version("2022"),), ()),
    (_gf("2021-12-29", "--trial-years", "2018"), 0, (_version("2018"),), ()),
    (_gf("2022-04-14"), 0, (_version("2018"),), ()),
    (_gf("2022-04-15"), 0, (_version("2022"), r"per reason code\s+yes"), ()),
    (_gf("2022-04-16"), 0, (_version("2022"),), ()),
    (_gf("2026-12-07"), 0, (_version("2022"),), ()),
    # --- 2nd/3rd counter-notice window (R61: 30 business days, 27 from 2022-01-20)
    (["rules", "deadlines", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (
        ["rules", "deadlines", "--as-of", "2015-01-06"],
        0,
        (r"counter_notice_round_2_3\s+deadline\s+30\b",),
        (),
    ),
    (
        ["rules", "deadlines", "--as-of", "2022-01-19"],
        0,
        (r"counter_notice_round_2_3\s+deadline\s+30\b",),
        (),
    ),
    (
        ["rules", "deadlines", "--as-of", "2022-01-20"],
        0,
        (r"counter_notice_round_2_3\s+deadline\s+27\b",),
        (),
    ),
    (
        ["rules", "deadlines", "--as-of", "2022-01-21"],
        0,
        (r"counter_notice_round_2_3\s+deadline\s+27\b",),
        (),
    ),
    (
        ["deadline", "complaint_received", "--on", "2022-01-19", "--platform", "alibaba_com"],
        0,
        (r"30 business days", r"counter_notice_round_1\s+deadline\s+due 2022-01-24"),
        (),
    ),
    (
        ["deadline", "complaint_received", "--on", "2022-01-20", "--platform", "alibaba_com"],
        0,
        (r"27 business days",),
        (r"30 business days",),
    ),
    (
        ["deadline", "complaint_received", "--on", "2022-01-21", "--platform", "alibaba_com"],
        0,
        (r"27 business days",),
        (r"30 business days",),
    ),
    (["deadline", "counter_notice_round_2_3", "--on", "2022-01-19"], 0, (r"30 business days",), ()),
    (["deadline", "counter_notice_round_2_3", "--on", "2022-01-20"], 0, (r"27 business days",), ()),
    (["deadline", "counter_notice_round_2_3", "--on", "2015-01-05"], 2, (COVERAGE,), ()),
    (["deadline", "complaint_received", "--on", "2014-12-31"], 2, (COVERAGE,), ()),
    (
        ["rules", "diff", "--as-of", "2022-01-19", "--to", "2022-01-20"],
        1,
        (r"1 change", r"counter_notice_round_2_3", r"amount: 30 -> 27"),
        (),
    ),
    (["rules", "diff", "--as-of", "2022-01-20", "--to", "2022-01-21"], 0, (r"0 change",), ()),
    (["rules", "diff", "--as-of", "2015-01-05", "--to", "2022-01-21"], 2, (COVERAGE,), ()),
    # --- AliExpress penalties and categories (R51, R85: policy of 2015-01-21)
    (
        ["rules", "penalties", "--platform", "aliexpress", "--as-of", "2015-01-20"],
        0,
        (r"no penalty rules in the rule book on 2015-01-20",),
        (),
    ),
    (
        ["rules", "penalties", "--platform", "aliexpress", "--as-of", "2015-01-21"],
        0,
        (r"aliexpress\s+6\b", r"\b365\b"),
        (r"no penalty rules",),
    ),
    (
        ["rules", "penalties", "--platform", "aliexpress", "--as-of", "2015-01-22"],
        0,
        (r"aliexpress\s+6\b",),
        (r"no penalty rules",),
    ),
    (
        ["rules", "penalties", "--platform", "alibaba_com", "--as-of", "2015-01-06"],
        0,
        (r"\b48\b",),
        (),
    ),
    (
        ["rules", "penalties", "--platform", "alibaba_com", "--as-of", "2015-01-05"],
        2,
        (COVERAGE,),
        (),
    ),
    (
        ["rules", "reasons", "--platform", "aliexpress", "--as-of", "2015-01-20"],
        0,
        (),
        (r"tm_misleading",),
    ),
    (
        ["rules", "reasons", "--platform", "aliexpress", "--as-of", "2015-01-21"],
        0,
        (r"tm_misleading",),
        (),
    ),
    (
        ["rules", "reasons", "--platform", "aliexpress", "--as-of", "2015-01-22"],
        0,
        (r"tm_misleading",),
        (),
    ),
    # --- counter-notice channels after AliProtect's shutdown (R62: 2018-12-15)
    (
        ["rules", "section", "counter_notice", "--as-of", "2018-12-14"],
        0,
        (),
        (r"_counter_notice_channel",),
    ),
    (
        ["rules", "section", "counter_notice", "--as-of", "2018-12-15"],
        0,
        (
            r"1688_counter_notice_channel\s+2018-12-15",
            r"alibaba_com_counter_notice_channel",
            r"aliexpress_counter_notice_channel",
        ),
        (),
    ),
    (
        ["rules", "section", "counter_notice", "--as-of", "2018-12-16"],
        0,
        (r"aliexpress_counter_notice_channel",),
        (),
    ),
    # --- Lazada on IPP (R95: public from June 2019, day undocumented: 2019-06-01)
    (["rules", "platforms", "--as-of", "2019-05-31"], 0, (), (r"^lazada_",)),
    (
        ["rules", "platforms", "--as-of", "2019-06-01"],
        0,
        (r"(?m)^lazada_th\b", r"(?m)^lazada_vn\b"),
        (),
    ),
    (["rules", "platforms", "--as-of", "2019-06-02"], 0, (r"(?m)^lazada_sg\b",), ()),
    (
        ["rules", "platform", "lazada_th", "--as-of", "2019-05-31"],
        2,
        (r"from 2019-06-01, not on 2019-05-31",),
        (),
    ),
    (["rules", "platform", "lazada_th", "--as-of", "2019-06-01"], 0, (r"lazada_th",), ()),
    (
        ["rules", "registrations", "--platform", "lazada_my", "--as-of", "2019-05-31"],
        2,
        (r"from 2019-06-01",),
        (),
    ),
    (
        ["rules", "registrations", "--platform", "lazada_my", "--as-of", "2019-06-01"],
        0,
        (r"\bMY\b",),
        (),
    ),
    (
        [
            "rules",
            "registrations",
            "--platform",
            "lazada_my",
            "--as-of",
            "2019-06-01",
            "--interpretation",
            "official",
        ],
        0,
        (r"unknown",),
        (),
    ),
    (
        ["rules", "penalties", "--platform", "lazada_vn", "--as-of", "2019-05-31"],
        2,
        (r"from 2019-06-01",),
        (),
    ),
    (
        ["rules", "penalties", "--platform", "lazada_vn", "--as-of", "2019-06-01"],
        0,
        (r"\b48\b",),
        (),
    ),
    (
        ["deadline", "notice_received", "--on", "2019-05-31", "--platform", "lazada_th"],
        2,
        (r"from 2019-06-01",),
        (),
    ),
    (
        ["deadline", "notice_received", "--on", "2019-06-01", "--platform", "lazada_th"],
        0,
        (r"counter_notice_lazada\s+deadline",),
        (),
    ),
    (
        ["deadline", "notice_received", "--on", "2019-06-02", "--platform", "lazada_th"],
        0,
        (r"counter_notice_lazada\s+deadline",),
        (),
    ),
    (
        ["deadline", "counter_notice_lazada", "--on", "2019-05-31"],
        2,
        (r"from 2019-06-01, not on 2019-05-31",),
        (),
    ),
    (["rules", "deadlines", "--as-of", "2019-05-31"], 0, (), (r"counter_notice_lazada",)),
    (
        ["rules", "deadlines", "--as-of", "2019-06-01"],
        0,
        (r"counter_notice_lazada\s+deadline\s+3-5",),
        (),
    ),
    (["rules", "section", "limits", "--as-of", "2019-05-31"], 0, (), (r"lazada_attachment",)),
    (
        ["rules", "section", "limits", "--as-of", "2019-06-01"],
        0,
        (r"lazada_attachments\s+2019-06-01",),
        (),
    ),
    # --- Lazada IPP Plus (R92: pilot from January 2020, day undocumented: 2020-01-01)
    (["rules", "deadlines", "--as-of", "2019-12-31"], 0, (), (r"processing_lazada_ipp_plus",)),
    (["rules", "deadlines", "--as-of", "2020-01-01"], 0, (r"processing_lazada_ipp_plus",), ()),
    (["rules", "deadlines", "--as-of", "2020-01-02"], 0, (r"processing_lazada_ipp_plus",), ()),
    (
        [
            "deadline",
            "processing_lazada_ipp_plus",
            "--on",
            "2019-12-31",
            "--platform",
            "lazada_th",
            "--ipp-plus",
        ],
        2,
        (r"from 2020-01-01, not on 2019-12-31",),
        (),
    ),
    (
        [
            "deadline",
            "processing_lazada_ipp_plus",
            "--on",
            "2020-01-01",
            "--platform",
            "lazada_th",
            "--ipp-plus",
        ],
        0,
        (r"under 2 business days", r"due 2020-01-03"),
        (),
    ),
    # --- Good-Faith-only reason codes (R50, R76: the 2022 upgrade)
    (
        ["rules", "reasons", "--platform", "taobao", "--member", "--as-of", "2022-04-14"],
        0,
        (),
        (r"gf_counterfeit_simplified",),
    ),
    (
        ["rules", "reasons", "--platform", "taobao", "--member", "--as-of", "2022-04-15"],
        0,
        (r"gf_counterfeit_simplified",),
        (),
    ),
    (
        ["rules", "reasons", "--platform", "taobao", "--member", "--as-of", "2022-04-16"],
        0,
        (r"gf_counterfeit_simplified",),
        (),
    ),
    (
        ["rules", "reasons", "--platform", "taobao", "--as-of", "2022-04-15"],
        0,
        (),
        (r"gf_counterfeit_simplified",),
    ),
    (
        [
            "rules",
            "reasons",
            "--platform",
            "taobao",
            "--member",
            "--trial",
            "--as-of",
            "2021-12-27",
        ],
        0,
        (),
        (r"gf_counterfeit_simplified",),
    ),
    (
        [
            "rules",
            "reasons",
            "--platform",
            "taobao",
            "--member",
            "--trial",
            "--as-of",
            "2021-12-28",
        ],
        0,
        (r"gf_counterfeit_simplified",),
        (),
    ),
    # --- rules changes: every start and end, nothing else
    (
        ["rules", "changes", "--as-of", "2026-12-07"],
        0,
        tuple(
            rf"(?m)^\s+{d}\b"
            for d in (
                "2015-01-06",
                "2015-01-21",
                "2015-04-01",
                "2018-04-15",
                "2018-08-15",
                "2018-12-15",
                "2019-06-01",
                "2020-01-01",
                "2021-12-28",
                "2022-01-20",
                "2022-04-15",
            )
        ),
        (),
    ),
    # --- explain --as-of: refused before the coverage, answered from it
    (["explain", "right-expired", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (["explain", "right-expired", "--as-of", "2015-01-06"], 0, (r"Rules: .*R18",), ()),
    (["explain", "reason-unknown", "--as-of", "2014-12-31"], 2, (COVERAGE,), ()),
    (["explain", "platform-start-undated", "--as-of", "2019-06-01"], 0, (r"R95",), ()),
    # the confidence after each rule is that of the records in force on --as-of (B14: the
    # Lazada registrations, from 2019-06-01), not of records of any date
    (
        ["explain", "right-place-not-accepted", "--as-of", "2019-05-31"],
        0,
        (r"\bB14, ", r"in force on 2019-05-31; after a source"),
        (r"\bB14 \(",),
    ),
    (
        ["explain", "right-place-not-accepted", "--as-of", "2019-06-01"],
        0,
        (r"\bB14 \(brief, official\)",),
        (),
    ),
    (
        ["explain", "right-place-not-accepted", "--as-of", "2019-05-31", "--format", "json"],
        0,
        (r'"confidence_as_of": "2019-05-31"',),
        (r'"B14": \[',),
    ),
    (
        ["explain", "right-place-not-accepted"],
        0,
        (r"\bB14 \(brief, official\)",),
        (r"in force on",),
    ),
    (
        ["explain", "platform-unknown", "--as-of", "1899-12-31"],
        2,
        (r"outside 1900-01-01\.\.2999-12-31",),
        (),
    ),
    # --- every view and command refuses a day before the coverage, the undated ones too
    (["rules", "rule", "R61", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (["rules", "sources", "S25", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (["rules", "summary", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (["rules", "summary", "--as-of", "2015-01-06"], 0, (r"coverage from 2015-01-06",), ()),
    (["coverage", "examples/portfolio.toml", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (
        ["rules", "rule", "R61", "--as-of", "2022-01-19"],
        0,
        (r"\* deadlines counter_notice_round_2_3: from 2015-01-06 until 2022-01-20",),
        (),
    ),
    # --- date formats: YYYY-MM-DD only, real days only, 1900-01-01..2999-12-31
    (_gf("2022/04/15"), 2, (r"YYYY-MM-DD",), ()),
    (_gf("20220415"), 2, (r"YYYY-MM-DD",), ()),
    (_gf("2022-4-15"), 2, (r"YYYY-MM-DD",), ()),
    (_gf("2022-02-29"), 2, (r"2022-02-29",), ()),
    (_gf("2022-04-15T00:00"), 2, (r"YYYY-MM-DD",), ()),
    (_gf("15/04/2022"), 2, (r"YYYY-MM-DD",), ()),
    (_gf("2024-02-29"), 0, (_version("2022"),), ()),
    (_gf("3000-01-01"), 2, (r"outside 1900-01-01\.\.2999-12-31",), ()),
    (["deadline", "complaint_received", "--on", "2022-01-20x"], 2, (r"YYYY-MM-DD",), ()),
    (["explain", "right-expired", "--as-of", "2022-13-01"], 2, (r"2022-13-01",), ()),
]


def _id(case: tuple[list[str], int, tuple[str, ...], tuple[str, ...]]) -> str:
    return " ".join(case[0])


@pytest.mark.parametrize(
    ("argv", "code", "present", "absent"), CLI_CASES, ids=[_id(c) for c in CLI_CASES]
)
def test_cli_dates(
    argv: list[str],
    code: int,
    present: tuple[str, ...],
    absent: tuple[str, ...],
    capsys,
    monkeypatch,
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    got, out, err = run_cli(argv, capsys)
    text = out + err
    assert got == code, text
    assert "Traceback" not in text
    for pattern in present:
        assert re.search(pattern, text, re.M), (pattern, text)
    for pattern in absent:
        assert not re.search(pattern, out, re.M), (pattern, out)


# ---------------------------------------------------------------- the API

BOOK = default_rulebook()


def _raises(exc: type[BaseException], fn: Callable[[], Any]) -> bool:
    try:
        fn()
    except exc:
        return True
    return False


API_CASES: list[tuple[str, Callable[[], Any], Any]] = [
    ("coverage from", lambda: BOOK.coverage_from, dt.date(2015, 1, 6)),
    (
        "as_of str day before coverage",
        lambda: _raises(CoverageError, lambda: BOOK.as_of("2015-01-05")),
        True,
    ),
    (
        "as_of date day before coverage",
        lambda: _raises(CoverageError, lambda: BOOK.as_of(dt.date(2015, 1, 5))),
        True,
    ),
    ("CoverageError is the library's", lambda: issubclass(CoverageError, IpprulesError), True),
    ("as_of int is a TypeError", lambda: _raises(TypeError, lambda: BOOK.as_of(20220120)), True),  # type: ignore[arg-type]
    ("as_of bad string", lambda: _raises(InputError, lambda: BOOK.as_of("2022-02-30")), True),
    (
        "round 2/3 2022-01-19",
        lambda: BOOK.as_of("2022-01-19").deadline("counter_notice_round_2_3").amount,
        30,
    ),
    (
        "round 2/3 2022-01-20",
        lambda: BOOK.as_of(dt.date(2022, 1, 20)).deadline("counter_notice_round_2_3").amount,
        27,
    ),
    (
        "round 2/3 2022-01-21",
        lambda: BOOK.as_of("2022-01-21").deadline("counter_notice_round_2_3").amount,
        27,
    ),
    (
        "round 1 unchanged 2022-01-20",
        lambda: BOOK.as_of("2022-01-20").deadline("counter_notice_round_1").amount,
        3,
    ),
    ("gf none 2015-01-06", lambda: BOOK.as_of("2015-01-06").good_faith, None),
    (
        "gf trial 2015-01-06",
        lambda: BOOK.as_of("2015-01-06", trial=True).good_faith.version,
        "2015",
    ),
    (
        "gf trial [2015] 2015-01-06",
        lambda: BOOK.as_of("2015-01-06", trial=[2015]).good_faith.version,
        "2015",
    ),
    ("gf trial [2018] 2015-01-06", lambda: BOOK.as_of("2015-01-06", trial=[2018]).good_faith, None),
    ("gf 2015-03-31", lambda: BOOK.as_of("2015-03-31").good_faith, None),
    ("gf 2015-04-01", lambda: BOOK.as_of("2015-04-01").good_faith.version, "2015"),
    (
        "gf trial 2018-04-14",
        lambda: BOOK.as_of("2018-04-14", trial=True).good_faith.version,
        "2015",
    ),
    (
        "gf trial 2018-04-15",
        lambda: BOOK.as_of("2018-04-15", trial=True).good_faith.version,
        "2018",
    ),
    ("gf 2018-08-14", lambda: BOOK.as_of("2018-08-14").good_faith.version, "2015"),
    ("gf 2018-08-15", lambda: BOOK.as_of("2018-08-15").good_faith.version, "2018"),
    (
        "gf trial [2021] 2021-12-28",
        lambda: BOOK.as_of("2021-12-28", trial=[2021]).good_faith.version,
        "2022",
    ),
    ("gf 2021-12-28", lambda: BOOK.as_of("2021-12-28").good_faith.version, "2018"),
    ("gf 2022-04-14", lambda: BOOK.as_of("2022-04-14").good_faith.version, "2018"),
    ("gf 2022-04-15", lambda: BOOK.as_of("2022-04-15").good_faith.version, "2022"),
    ("trial years", lambda: tuple(BOOK.trial_years()), (2015, 2018, 2021)),
    (
        "change dates",
        lambda: [d.isoformat() for d in BOOK.change_dates()],
        [
            "2015-01-06",
            "2015-01-21",
            "2015-04-01",
            "2018-04-15",
            "2018-08-15",
            "2018-12-15",
            "2019-06-01",
            "2020-01-01",
            "2021-12-28",
            "2022-01-20",
            "2022-04-15",
        ],
    ),
    (
        "lazada_th accepted 2019-05-31",
        lambda: "lazada_th" in BOOK.as_of("2019-05-31").to_dict()["sections"]["platforms"],
        False,
    ),
    (
        "lazada_th accepted 2019-06-01",
        lambda: "lazada_th" in BOOK.as_of("2019-06-01").to_dict()["sections"]["platforms"],
        True,
    ),
    (
        "ipp plus not in force 2019-12-31",
        lambda: (
            "processing_lazada_ipp_plus"
            in BOOK.as_of("2019-12-31").to_dict()["sections"]["deadlines"]
        ),
        False,
    ),
    (
        "ipp plus in force 2020-01-01",
        lambda: (
            "processing_lazada_ipp_plus"
            in BOOK.as_of("2020-01-01").to_dict()["sections"]["deadlines"]
        ),
        True,
    ),
]


@pytest.mark.parametrize(("name", "fn", "expected"), API_CASES, ids=[c[0] for c in API_CASES])
def test_api_dates(name: str, fn: Callable[[], Any], expected: Any) -> None:
    assert fn() == expected


# ---------------------------------------------------------------- check: the filing date decides

TM = {
    "id": "r1",
    "ipr_type": "trademark",
    "name": "LUMEN",
    "number": "31234567",
    "place": "CN",
    "classes": [9],
    "expiry_date": "2031-01-31",
    "registrant": "Lumen Optics Co., Ltd.",
    "documents": [{"kind": "trademark_certificate", "colour": True, "language": "zh"}],
}


def _plan(
    platform: str,
    reason: str,
    day: str,
    *,
    member: bool = False,
    place: str = "CN",
    right: dict[str, Any] | None = None,
    account: dict[str, Any] | None = None,
):
    right = right or {**TM, "place": place}
    plan = plan_from_data(
        {
            "as_of": day,
            "account": {
                "name": "Lumen Optics Co., Ltd.",
                "location": "mainland_china",
                "identity": "enterprise",
                "category": "right_holder",
                "documents": [
                    {
                        "kind": "business_registration",
                        "name": "Lumen Optics Co., Ltd.",
                        "sealed": True,
                        "language": "zh",
                    }
                ],
                "good_faith": member,
                "registered": True,
                **(account or {}),
            },
            "rights": [right],
            "complaints": [
                {
                    "id": "c1",
                    "platform": platform,
                    "right": right["id"],
                    "reason": reason,
                    "filing_date": day,
                    "supplement": "Counterfeit lamps with our mark.",
                    "listings": [],
                }
            ],
        }
    )
    return plan


def _codes(plan, interpretation: str = "brief") -> set[str]:
    found = check(plan, interpretation=interpretation).findings
    return {f.code for f in found if f.severity.value in ("error", "unknown")}


CHECK_CASES: list[tuple[str, dict[str, Any], str, bool]] = [
    # (platform, reason, day, extra), code, whether it must be among the errors/unknowns
    (
        "lazada 2019-05-31",
        {"platform": "lazada_th", "reason": "tm_counterfeit", "day": "2019-05-31", "place": "TH"},
        "platform-unknown",
        True,
    ),
    (
        "lazada 2019-06-01",
        {"platform": "lazada_th", "reason": "tm_counterfeit", "day": "2019-06-01", "place": "TH"},
        "platform-unknown",
        False,
    ),
    (
        "lazada 2019-06-02",
        {"platform": "lazada_th", "reason": "tm_counterfeit", "day": "2019-06-02", "place": "TH"},
        "platform-unknown",
        False,
    ),
    (
        "tm_misleading 2015-01-20",
        {"platform": "aliexpress", "reason": "tm_misleading", "day": "2015-01-20"},
        "reason-unknown",
        True,
    ),
    (
        "tm_misleading 2015-01-21",
        {"platform": "aliexpress", "reason": "tm_misleading", "day": "2015-01-21"},
        "reason-unknown",
        False,
    ),
    (
        "gf code 2022-04-14",
        {
            "platform": "taobao",
            "reason": "gf_counterfeit_simplified",
            "day": "2022-04-14",
            "member": True,
        },
        "reason-unknown",
        True,
    ),
    (
        "gf code 2022-04-15",
        {
            "platform": "taobao",
            "reason": "gf_counterfeit_simplified",
            "day": "2022-04-15",
            "member": True,
        },
        "reason-unknown",
        False,
    ),
    (
        "gf code 2022-04-16",
        {
            "platform": "taobao",
            "reason": "gf_counterfeit_simplified",
            "day": "2022-04-16",
            "member": True,
        },
        "reason-unknown",
        False,
    ),
]


@pytest.mark.parametrize(
    ("name", "kw", "code", "expected"), CHECK_CASES, ids=[c[0] for c in CHECK_CASES]
)
def test_check_filing_dates(name: str, kw: dict[str, Any], code: str, expected: bool) -> None:
    assert (code in _codes(_plan(**kw))) is expected


def test_check_before_coverage_is_refused() -> None:
    with pytest.raises(CoverageError):
        check(_plan("taobao", "tm_counterfeit", "2015-01-05"))


def _filed(plan_day: str, filed: str):
    plan = _plan("taobao", "tm_counterfeit", plan_day, right={**TM, "expiry_date": "2031-01-31"})
    data = plan.to_dict()
    data["complaints"][0]["filing_date"] = filed
    return plan_from_data(data)


@pytest.mark.parametrize("filed", ["2015-01-05", "2014-06-01"])
def test_complaint_filed_before_coverage_is_refused(filed: str) -> None:
    # the plan's date is covered, the complaint's is not: no rule was in force to answer it
    with pytest.raises(CoverageError, match=r"filing_date: .* before the rule book's coverage"):
        check(_filed("2022-01-06", filed))


DESIGN = {
    "id": "p1",
    "ipr_type": "patent",
    "subtype": "design",
    "filing_date": "2009-12-31",
    "registrant": "Lumen Optics Co., Ltd.",
    "place": "CN",
    "documents": [{"kind": "patent_certificate", "language": "zh"}],
}
HK_ACCOUNT = {
    "location": "elsewhere",
    "incorporated": "HK",
    "documents": [
        {
            "kind": "business_registration",
            "name": "Lumen Optics Co., Ltd.",
            "language": "en",
            "valid_until": "2022-01-20",
        }
    ],
}

# a record's own dates: a right's expiry (B7, R18), a Hong Kong certificate's validity (R4), a
# design patent's filing date against R30's 1 January 2010 (official reading; the brief asks a
# report of every patent, B9)
DATED_CASES: list[tuple[str, dict[str, Any], str, str, bool]] = [
    (
        "tm expires the filing day",
        {"right": {**TM, "expiry_date": "2022-01-20"}},
        "brief",
        "right-expired",
        False,
    ),
    (
        "tm expired the day before",
        {"right": {**TM, "expiry_date": "2022-01-19"}},
        "brief",
        "right-expired",
        True,
    ),
    (
        "hk certificate valid the filing day",
        {"account": HK_ACCOUNT, "day": "2022-01-20"},
        "brief",
        "identity-document-expired",
        False,
    ),
    (
        "hk certificate lapsed the day before",
        {"account": HK_ACCOUNT, "day": "2022-01-21"},
        "brief",
        "identity-document-expired",
        True,
    ),
    (
        "design 2009-12-31 official",
        {"right": DESIGN, "reason": "pat_design_suspected"},
        "official",
        "right-document-missing",
        False,
    ),
    (
        "design 2010-01-01 official",
        {"right": {**DESIGN, "filing_date": "2010-01-01"}, "reason": "pat_design_suspected"},
        "official",
        "right-document-missing",
        True,
    ),
    (
        "design 2010-01-02 official",
        {"right": {**DESIGN, "filing_date": "2010-01-02"}, "reason": "pat_design_suspected"},
        "official",
        "right-document-missing",
        True,
    ),
    (
        "design 2009-12-31 brief",
        {"right": DESIGN, "reason": "pat_design_suspected"},
        "brief",
        "right-document-missing",
        True,
    ),
]


@pytest.mark.parametrize(
    ("name", "kw", "interpretation", "code", "expected"),
    DATED_CASES,
    ids=[c[0] for c in DATED_CASES],
)
def test_record_dates(
    name: str, kw: dict[str, Any], interpretation: str, code: str, expected: bool
) -> None:
    kw = {"platform": "taobao", "reason": "tm_counterfeit", "day": "2022-01-20", **kw}
    if "account" in kw:
        kw["right"] = {**TM, "expiry_date": "2031-01-31"}
    assert (code in _codes(_plan(**kw), interpretation)) is expected


# ---------------------------------------------------------------- good faith: history and what-if


def _history(day: str) -> History:
    return History.from_records(
        [
            Complaint(
                filed=day, platform="taobao", reason_code="tm_counterfeit", listings=1, taken_down=1
            )
        ]
    )


GF_CASES: list[tuple[str, str, str, Any]] = [
    ("what_if 2015-01-05", "2015-01-05", "2015-01-05", CoverageError),
    ("what_if 2015-03-31", "2015-03-30", "2015-03-31", CoverageError),
    ("what_if 2015-04-01", "2015-03-30", "2015-04-01", "2015"),
    ("what_if 2018-08-14", "2018-08-01", "2018-08-14", "2015"),
    ("what_if 2018-08-15", "2018-08-01", "2018-08-15", "2018"),
    ("what_if 2022-04-14", "2022-04-01", "2022-04-14", "2018"),
    ("what_if 2022-04-15", "2022-04-01", "2022-04-15", "2022"),
]


@pytest.mark.parametrize(
    ("name", "filed", "as_of", "expected"), GF_CASES, ids=[c[0] for c in GF_CASES]
)
def test_what_if_dates(name: str, filed: str, as_of: str, expected: Any) -> None:
    batch = [
        Complaint(
            filed=as_of, platform="taobao", reason_code="tm_counterfeit", listings=1, taken_down=1
        )
    ]
    if isinstance(expected, type):
        with pytest.raises(expected):
            what_if(_history(filed), batch, as_of)
        return
    result = what_if(_history(filed), batch, as_of)
    assert result.before.version == expected
    assert result.after.version == expected


# ---------------------------------------------------------------- commands reading a dated file

HISTORY = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
    "complaint,2015-03-20,C1,taobao,tm_counterfeit,10,10,0,0,0,0,0,\n"
)
VIOLATIONS = "date,kind,platform,points,right,id\n{day},general,aliexpress,2,TM-1,case-1\n"


def _counter_notice(complaint: str, filed: str, bought: str, letter_until: str) -> str:
    return f"""platform = "alibaba_com"
ipr_type = "trademark"
brand = "Acme"
complaint_date = {complaint}
filed_on = {filed}

[[purchases]]
id = "INV-1"
kind = "invoice"
date = {bought}
quantity = 30
signed_by = ["buyer", "seller"]
product_matches = true

[[authorisations]]
id = "LOA-7"
by_owner = true
brand = "ACME"
valid_from = 2010-01-01
valid_until = {letter_until}
"""


# (file text, argv after the file's path, exit code, patterns present, patterns absent)
FILE_CASES: list[tuple[str, str, list[str], int, tuple[str, ...], tuple[str, ...]]] = [
    # the Good Faith standing of a history (R68: from 2015-04-01, a trial account from 2015-01-06)
    ("h.csv", HISTORY, ["good-faith", "{f}", "--as-of", "2015-01-05"], 2, (COVERAGE,), ()),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--as-of", "2015-03-31"],
        1,
        (r"did not apply to this account", r"starts on 2015-04-01"),
        (r"version 2015",),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--as-of", "2015-03-31", "--trial"],
        1,
        (r"version 2015; window 2015-03-01 to 2015-03-31",),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--as-of", "2015-04-01"],
        1,
        (r"version 2015; window 2015-03-02 to 2015-04-01", r"counter_notice_rate .*<= 1\.5%"),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--as-of", "2015-03-31", "--what-if", "examples/what-if.toml"],
        2,
        (r"no what-if on 2015-03-31",),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--as-of", "2015-04-01", "--what-if", "examples/what-if.toml"],
        1,
        (r"After 2 planned complaint",),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--timeline", "2015-01-05", "2015-01-07"],
        2,
        (r"--timeline: 2015-01-05 is " + COVERAGE,),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--timeline", "2015-03-30", "2015-04-02"],
        0,
        (r"(?m)^2015-03-30\s+-\s", r"(?m)^2015-04-01\s+2015\s"),
        (),
    ),
    (
        "h.csv",
        HISTORY,
        ["good-faith", "{f}", "--timeline", "2018-08-13", "2018-08-16"],
        0,
        (r"(?m)^2018-08-13\s+2015\s", r"(?m)^2018-08-15\s+2018\s"),
        (),
    ),
    # AliExpress penalties (R85: policy of 2015-01-21; a violation counts 365 days)
    (
        "v.csv",
        VIOLATIONS.format(day="2015-01-20"),
        ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2015-01-20"],
        0,
        (r"points in force\s+unknown", r"begin on 2015-01-21"),
        (),
    ),
    (
        "v.csv",
        VIOLATIONS.format(day="2015-01-21"),
        ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2015-01-21"],
        0,
        (r"points in force\s+2\b",),
        (),
    ),
    (
        "v.csv",
        VIOLATIONS.format(day="2015-01-21"),
        ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2016-01-20"],
        0,
        (r"points in force\s+2\b",),
        (),
    ),
    (
        "v.csv",
        VIOLATIONS.format(day="2015-01-21"),
        ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2016-01-21"],
        0,
        (r"points in force\s+0\b",),
        (),
    ),
    (
        "v.csv",
        VIOLATIONS.format(day="2015-01-21"),
        ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2015-01-05"],
        2,
        (COVERAGE,),
        (),
    ),
    # counter-notices (R62: the appeal pages from 2018-12-15; R63: a purchase in the 6 months
    # before the complaint, a letter valid on the complaint date)
    (
        "cn.toml",
        _counter_notice("2018-12-14", "2018-12-14", "2018-06-14", "2018-12-14"),
        ["counter-notice", "{f}"],
        0,
        (r"Sufficient: yes",),
        (r"cn-channel", r"cn-purchase-outside-window", r"cn-authorisation-not-valid"),
    ),
    (
        "cn.toml",
        _counter_notice("2018-12-14", "2018-12-15", "2018-06-13", "2018-12-13"),
        ["counter-notice", "{f}"],
        1,
        (
            r"cn-channel .*in force on 2018-12-15",
            r"cn-purchase-outside-window",
            r"cn-authorisation-not-valid",
        ),
        (),
    ),
    (
        "cn.toml",
        _counter_notice("2024-08-31", "2024-08-31", "2024-02-29", "2024-08-31"),
        ["counter-notice", "{f}"],
        0,
        (r"Sufficient: yes",),
        (r"cn-purchase-outside-window",),
    ),
    (
        "cn.toml",
        _counter_notice("2024-08-31", "2024-08-31", "2024-02-28", "2024-08-31"),
        ["counter-notice", "{f}"],
        1,
        (r"cn-purchase-outside-window",),
        (),
    ),
    (
        "cn.toml",
        _counter_notice("2015-01-05", "2015-01-06", "2014-12-01", "2016-01-01"),
        ["counter-notice", "{f}"],
        2,
        (r"complaint_date: 2015-01-05 is " + COVERAGE,),
        (),
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "argv", "code", "present", "absent"),
    FILE_CASES,
    ids=[f"{i}: " + " ".join(c[2]).replace("{f}", c[0]) for i, c in enumerate(FILE_CASES)],
)
def test_dated_files(
    name: str,
    text: str,
    argv: list[str],
    code: int,
    present: tuple[str, ...],
    absent: tuple[str, ...],
    tmp_path,
    capsys,
    monkeypatch,
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    got, out, err = run_cli([a.replace("{f}", str(path)) for a in argv], capsys)
    text_out = out + err
    assert got == code, text_out
    assert "Traceback" not in text_out
    for pattern in present:
        assert re.search(pattern, text_out, re.M), (pattern, text_out)
    for pattern in absent:
        assert not re.search(pattern, out, re.M), (pattern, out)


# ---------------------------------------------------------------- lifecycle: every event's date

LIFECYCLE_CASES: list[tuple[str, str | None, list[tuple[str, str]], Any]] = [
    # (name, ipr_submitted, events, the final state or the error raised)
    (
        "verified before coverage, taken down in 2022",
        None,
        [("ipr_verified", "2014-06-03"), ("takedown", "2022-01-19")],
        CoverageError,
    ),
    (
        "verified the day before coverage",
        None,
        [("ipr_verified", "2015-01-05"), ("takedown", "2015-01-07")],
        CoverageError,
    ),
    (
        "submitted before coverage",
        "2015-01-02",
        [("ipr_verified", "2015-01-07"), ("takedown", "2015-01-08")],
        CoverageError,
    ),
    (
        "every event from coverage",
        "2015-01-06",
        [("ipr_verified", "2015-01-06"), ("takedown", "2015-01-07")],
        "taken_down",
    ),
]


@pytest.mark.parametrize(
    ("name", "submitted", "events", "expected"),
    LIFECYCLE_CASES,
    ids=[c[0] for c in LIFECYCLE_CASES],
)
def test_lifecycle_dates(
    name: str, submitted: str | None, events: list[tuple[str, str]], expected: Any
) -> None:
    records = [EventRecord(event, on=day) for event, day in events]
    if isinstance(expected, type):
        with pytest.raises(expected, match=r"before the rule book's coverage \(from 2015-01-06\)"):
            lifecycle_report(records, platform="aliexpress", ipr_submitted_on=submitted)
        return
    report = lifecycle_report(records, platform="aliexpress", ipr_submitted_on=submitted)
    assert report.state.value == expected


@pytest.mark.parametrize(
    ("submitted", "where"),
    [
        (None, r"\$\.events\[0\]\.on: 2014-06-03"),
        ("2014-06-01", r"\$\.events\[0\]\.on: 2014-06-03"),
    ],
)
def test_lifecycle_cli_names_the_event_before_coverage(submitted, where, tmp_path, capsys) -> None:
    head = f'"ipr_submitted": "{submitted}", ' if submitted else ""
    path = tmp_path / "lc.json"
    path.write_text(
        '{"platform": "aliexpress", ' + head + '"events": [{"event": "ipr_verified", "on": '
        '"2014-06-03"}, {"event": "takedown", "on": "2022-01-19"}]}',
        encoding="utf-8",
    )
    code, out, err = run_cli(["lifecycle", str(path)], capsys)
    assert code == 2 and out == ""
    assert re.search(where + " is " + COVERAGE, err), err


# R95: AliProtect served AliExpress until 2018-12-15, Lazada opened "in June 2019": the info
# platform-start-undated runs to the day before each platform's caveat_until, and not on it
@pytest.mark.parametrize(
    ("platform", "day", "place", "expected"),
    [
        ("aliexpress", "2018-12-14", "CN", True),
        ("aliexpress", "2018-12-15", "CN", False),
        ("lazada_th", "2019-06-30", "TH", True),
        ("lazada_th", "2019-07-01", "TH", False),
    ],
)
def test_platform_start_caveat_ends(platform: str, day: str, place: str, expected: bool) -> None:
    found = check(_plan(platform, "tm_counterfeit", day, place=place)).findings
    assert any(f.code == "platform-start-undated" for f in found) is expected
