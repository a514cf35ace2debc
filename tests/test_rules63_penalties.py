"""A grader's table on seller penalties (rules63): R51-R53, R64, R85-R89, D10, B1.

Each expected answer was decided from the rule text (ipp-rules.md, part 0 the default) before
the case was run. Cases run through the API (``penalty_standing``) or the CLI
(``ipprules penalties``).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.errors import IpprulesError
from ipprules.penalties import Violation, penalty_standing

pytestmark = pytest.mark.no_cover

D = date.fromisoformat


def V(on: str, kind: str, points: int | None = None, **kw: Any) -> Violation:
    """A violation on ``on`` (ISO) of ``kind``."""
    if "counter_notice_accepted" in kw:
        kw["counter_notice_accepted"] = D(kw["counter_notice_accepted"])
    return Violation(on=D(on), kind=kind, points=points, **kw)


def cf(*days: str, **kw: Any) -> list[Violation]:
    """Counterfeits on each of ``days``."""
    return [V(d, "counterfeit", **kw) for d in days]


EIGHT = [V(f"2024-03-{d:02d}", "general", 6) for d in range(4, 12)]
RIGHTS3 = [V(f"2024-03-0{d}", "counterfeit", right=f"TM-{d}") for d in (4, 5, 6)]
RIGHTS4 = [V(f"2024-03-0{d}", "counterfeit", right=f"TM-{d}") for d in (4, 5, 6, 7)]
ONE_RIGHT3 = [V(f"2024-03-0{d}", "counterfeit", right="TM-1") for d in (4, 5, 6)]
LZ44 = [
    V("2024-05-06", "counterfeit", 16),
    V("2024-05-06", "counterfeit", 16),
    V("2024-05-06", "patent", 6),
    V("2024-05-06", "registered_design", 6),
]

# (id, violations, platform, as_of, validity_days, expected): expected maps a field to its
# value: points/serious/per_right are Figure.text, closed/barred Answer values, closed_on ISO
# or None, counted/ignored counts, other/disputed sets of reading names, error a substring
# of the error's message (the call must raise IpprulesError).
API: list[tuple[str, Any, str, str, int | None, dict[str, Any]]] = [
    # --- AliExpress (R85: cap 6 a day, 3-day merge, 3 serious close, 365 days) ---
    (
        "ae-empty",
        [],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "0", "serious": "0", "closed": "no", "closed_on": None, "counted": 0},
    ),
    (
        "ae-cap-same-day",
        [V("2024-03-04", "general", p) for p in (2, 3, 4)],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "6", "closed": "no", "counted": 3},
    ),
    (
        "ae-cap-per-day",
        [V("2024-03-04", "general", 4), V("2024-03-05", "general", 4)],
        "aliexpress",
        "2024-03-05",
        None,
        {"points": "8"},
    ),
    (
        "ae-under-cap",
        [V("2024-03-04", "general", 2), V("2024-03-04", "general", 3)],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "5"},
    ),
    (
        "ae-day-364",
        [V("2024-03-04", "general", 5)],
        "aliexpress",
        "2025-03-03",
        None,
        {"points": "5", "counted": 1},
    ),
    (
        "ae-day-365-expired",
        [V("2024-03-04", "general", 5)],
        "aliexpress",
        "2025-03-04",
        None,
        {"points": "0"},
    ),
    (
        "ae-leap-day-364",
        [V("2024-02-29", "general", 5)],
        "aliexpress",
        "2025-02-27",
        None,
        {"points": "5"},
    ),
    (
        "ae-leap-day-365",
        [V("2024-02-29", "general", 5)],
        "aliexpress",
        "2025-02-28",
        None,
        {"points": "0"},
    ),
    (
        "ae-no-yearly-reset",
        [V("2024-12-31", "general", 6)],
        "aliexpress",
        "2025-01-01",
        None,
        {"points": "6"},
    ),
    (
        "ae-serious-uncapped",
        [
            V("2024-03-04", "counterfeit", 10),
            V("2024-03-04", "general", 3),
            V("2024-03-04", "general", 5),
        ],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "16", "serious": "1"},
    ),
    (
        "ae-mix",
        [
            V("2024-03-04", "general", 4),
            V("2024-03-04", "general", 4),
            *cf("2024-03-04", "2024-03-06", "2024-03-07"),
        ],
        "aliexpress",
        "2024-03-07",
        None,
        {"points": "6", "serious": "2", "closed": "no"},
    ),
    (
        "ae-merge-3-days",
        cf("2024-03-04", "2024-03-05", "2024-03-06"),
        "aliexpress",
        "2024-03-06",
        None,
        {"serious": "1", "closed": "no"},
    ),
    (
        "ae-third-day-disputed",
        cf("2024-03-04", "2024-03-07", "2024-03-10"),
        "aliexpress",
        "2024-03-10",
        None,
        {
            "serious": "3",
            "closed": "yes",
            "closed_on": "2024-03-10",
            "disputed": {"r85_window_third_day"},
        },
    ),
    (
        "ae-day-before-closure",
        cf("2024-03-04", "2024-03-08", "2024-03-12"),
        "aliexpress",
        "2024-03-11",
        None,
        {"serious": "2", "closed": "no", "disputed": set()},
    ),
    (
        "ae-closure-day",
        cf("2024-03-04", "2024-03-08", "2024-03-12"),
        "aliexpress",
        "2024-03-12",
        None,
        {"serious": "3", "closed": "yes", "closed_on": "2024-03-12", "disputed": set()},
    ),
    (
        "ae-closure-stays",
        cf("2024-03-04", "2024-03-08", "2024-03-12"),
        "aliexpress",
        "2025-06-01",
        None,
        {"serious": "0", "closed": "yes", "closed_on": "2024-03-12"},
    ),
    (
        "ae-fourth-serious",
        cf("2024-03-04", "2024-03-08", "2024-03-12", "2024-03-16"),
        "aliexpress",
        "2024-03-20",
        None,
        {"serious": "4", "closed": "yes", "closed_on": "2024-03-12"},
    ),
    (
        "ae-piracy-counts",
        [*cf("2024-03-04", "2024-03-08"), V("2024-03-12", "piracy")],
        "aliexpress",
        "2024-03-12",
        None,
        {"serious": "3", "closed": "yes", "disputed": {"s43_counterfeits_only"}},
    ),
    (
        "ae-strike-expired",
        cf("2024-01-01", "2024-06-01", "2025-01-02"),
        "aliexpress",
        "2025-01-02",
        None,
        {"serious": "2", "closed": "no"},
    ),
    (
        "ae-strike-in-force",
        cf("2024-01-01", "2024-06-01", "2024-12-30"),
        "aliexpress",
        "2024-12-30",
        None,
        {"serious": "3", "closed": "yes", "closed_on": "2024-12-30"},
    ),
    (
        "ae-future-violation",
        cf("2024-03-10"),
        "aliexpress",
        "2024-03-05",
        None,
        {"points": "0", "serious": "0", "closed": "no", "counted": 0, "ignored": 1},
    ),
    (
        "ae-before-rules-harmless",
        [*cf("2014-06-01"), *cf("2024-03-04", "2024-03-08")],
        "aliexpress",
        "2024-03-08",
        None,
        {"closed": "no", "counted": 2, "ignored": 1},
    ),
    (
        "ae-before-rules-decisive",
        [*cf("2015-01-10", "2015-01-15"), *cf("2015-01-25")],
        "aliexpress",
        "2015-01-25",
        None,
        {"serious": "1", "closed": "unknown", "counted": 1, "ignored": 2},
    ),
    (
        "ae-as-of-before-rules",
        cf("2015-01-08"),
        "aliexpress",
        "2015-01-10",
        None,
        {"closed": "unknown", "points": "unknown"},
    ),
    ("ae-as-of-before-book", cf("2014-12-01"), "aliexpress", "2014-12-02", None, {"error": "2015"}),
    (
        "ae-cn-after-closure",
        [
            *cf("2024-03-04", "2024-03-08"),
            V("2024-03-12", "counterfeit", counter_notice_accepted="2024-03-20"),
        ],
        "aliexpress",
        "2024-03-25",
        None,
        {"serious": "2 to 3", "closed": "yes", "note": "reopens"},
    ),
    (
        "ae-cn-before-closure",
        [
            V("2024-03-04", "counterfeit"),
            V("2024-03-08", "counterfeit", counter_notice_accepted="2024-03-10"),
            V("2024-03-12", "counterfeit"),
        ],
        "aliexpress",
        "2024-03-12",
        None,
        {"serious": "2 to 3", "closed": "unknown", "disputed": {"counter_notice_restored"}},
    ),
    (
        "ae-cn-same-day-as-third",
        [
            *cf("2024-03-04", "2024-03-08"),
            V("2024-03-12", "counterfeit", counter_notice_accepted="2024-03-12"),
        ],
        "aliexpress",
        "2024-03-12",
        None,
        {"serious": "2 to 3", "closed": "unknown"},
    ),
    (
        "ae-strike-half-expired",
        cf("2024-03-04", "2024-03-05"),
        "aliexpress",
        "2025-03-04",
        None,
        {"serious": "1"},
    ),
    (
        "ae-anchored-window-chain",
        cf("2024-03-04", "2024-03-06", "2024-03-08", "2024-03-10", "2024-03-12"),
        "aliexpress",
        "2024-03-12",
        None,
        {"serious": "3", "closed": "yes"},
    ),
    (
        "ae-general-no-points",
        [V("2024-03-04", "general"), V("2024-03-04", "general")],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "0 to 6"},
    ),
    (
        "ae-patent-is-general",
        [V("2024-03-04", "patent", 4), V("2024-03-04", "general", 4)],
        "aliexpress",
        "2024-03-04",
        None,
        {"points": "6", "serious": "0"},
    ),
    (
        "ae-rules-begin-day",
        cf("2015-01-22", "2015-01-26", "2015-01-30"),
        "aliexpress",
        "2015-01-30",
        None,
        {"serious": "3", "closed": "yes", "ignored": 0},
    ),
    ("ae-validity-0", [], "alibaba_com", "2024-03-04", 0, {"error": "36525"}),
    (
        "ae-cn-accepted-later",
        [
            *cf("2024-03-04", "2024-03-08"),
            V("2024-03-12", "counterfeit", counter_notice_accepted="2024-03-20"),
        ],
        "aliexpress",
        "2024-03-15",
        None,
        {"serious": "3", "closed": "yes"},
    ),
    (
        "ae-cn-before-violation",
        lambda: [V("2024-03-12", "counterfeit", counter_notice_accepted="2024-03-10")],
        "aliexpress",
        "2024-03-15",
        None,
        {"error": "before the violation"},
    ),
    (
        "ae-cn-under-cap",
        [
            V("2024-03-04", "general", 4),
            V("2024-03-04", "general", 4, counter_notice_accepted="2024-03-05"),
        ],
        "aliexpress",
        "2024-03-06",
        None,
        {"points": "4 to 6", "closed": "no", "disputed": {"counter_notice_restored"}},
    ),
    (
        "ae-merge-across-rights",
        [
            V("2024-03-04", "counterfeit", right="A"),
            V("2024-03-04", "counterfeit", right="B"),
            V("2024-03-05", "counterfeit", right="C"),
        ],
        "aliexpress",
        "2024-03-06",
        None,
        {"serious": "1"},
    ),
    (
        "ae-same-id-twice",
        [*cf("2024-03-04", id="case-1"), *cf("2024-03-08", id="case-1")],
        "aliexpress",
        "2024-03-08",
        None,
        {"error": "case-1"},
    ),
    (
        "ae-identical-rows",
        cf("2024-03-04", "2024-03-04"),
        "aliexpress",
        "2024-03-04",
        None,
        {"counted": 2, "serious": "1"},
    ),
    (
        "ae-validity-contradicts",
        [V("2024-03-04", "general", 5)],
        "aliexpress",
        "2024-03-05",
        100,
        {"error": "365"},
    ),
    (
        "ae-other-platform-row",
        [V("2024-03-04", "general", 5, platform="lazada_sg")],
        "aliexpress",
        "2024-03-05",
        None,
        {"points": "0", "counted": 0, "ignored": 1},
    ),
    # --- Alibaba.com (R86: cap 6; 48 points, 4 serious or 3 against one right; ladder) ---
    (
        "ab-one-general",
        [V("2024-03-04", "general", 6)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"points": "6", "closed": "no", "ladder": "severe warning"},
    ),
    (
        "ab-cap-copyright",
        [V("2024-03-04", "general", 5), V("2024-03-04", "general", 5)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"points": "6"},
    ),
    (
        "ab-eight-days-unknown",
        EIGHT,
        "alibaba_com",
        "2024-03-11",
        None,
        {"points": "6 to 48", "closed": "unknown"},
    ),
    (
        "ab-48-assumed",
        EIGHT,
        "alibaba_com",
        "2024-03-11",
        365,
        {
            "points": "48",
            "closed": "yes",
            "closed_on": "2024-03-11",
            "ladder": "membership termination",
        },
    ),
    (
        "ab-42-day-before",
        EIGHT,
        "alibaba_com",
        "2024-03-10",
        365,
        {
            "points": "42",
            "closed": "no",
            "ladder": "restriction for 21 days and removal of all products",
        },
    ),
    (
        "ab-ladder-12",
        [V("2024-03-04", "general", 6), V("2024-03-05", "general", 6)],
        "alibaba_com",
        "2024-03-05",
        365,
        {"points": "12", "ladder": "restriction for 7 days"},
    ),
    (
        "ab-ladder-11",
        [V("2024-03-04", "general", 6), V("2024-03-05", "general", 5)],
        "alibaba_com",
        "2024-03-05",
        365,
        {"points": "11", "ladder": "severe warning"},
    ),
    (
        "ab-ladder-5",
        [V("2024-03-04", "general", 5)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"points": "5", "ladder": None},
    ),
    (
        "ab-no-yearly-reset",
        [V("2024-12-31", "general", 6)],
        "alibaba_com",
        "2025-01-01",
        None,
        {"points": "0 to 6"},
    ),
    (
        "ab-3-rights-brief",
        RIGHTS3,
        "alibaba_com",
        "2024-03-06",
        365,
        {"serious": "3", "closed": "no", "other": {"official"}},
    ),
    (
        "ab-3-rights-no-validity",
        RIGHTS3,
        "alibaba_com",
        "2024-03-06",
        None,
        {"serious": "1 to 3", "closed": "no"},
    ),
    (
        "ab-4-rights",
        RIGHTS4,
        "alibaba_com",
        "2024-03-07",
        365,
        {"serious": "4", "closed": "yes", "closed_on": "2024-03-07"},
    ),
    (
        "ab-4-rights-day-before",
        RIGHTS4,
        "alibaba_com",
        "2024-03-06",
        365,
        {"serious": "3", "closed": "no"},
    ),
    (
        "ab-3-one-right",
        ONE_RIGHT3,
        "alibaba_com",
        "2024-03-06",
        365,
        {"per_right": "3", "closed": "yes", "closed_on": "2024-03-06"},
    ),
    (
        "ab-4-same-day",
        [V("2024-03-04", "counterfeit", right=f"TM-{i}") for i in range(4)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"serious": "4", "closed": "yes"},
    ),
    (
        "ab-piracy-not-serious",
        [V("2024-03-04", "piracy", right=f"TM-{i}") for i in range(4)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"serious": "0", "closed": "no", "disputed": {"piracy_serious"}},
    ),
    (
        "ab-cn-accepted",
        [V("2024-03-04", "counterfeit", right=f"TM-{i}") for i in range(3)]
        + [V("2024-03-04", "counterfeit", right="TM-9", counter_notice_accepted="2024-03-04")],
        "alibaba_com",
        "2024-03-04",
        None,
        {"serious": "3 to 4", "closed": "unknown"},
    ),
    (
        "ab-48-points-one-case",
        [V("2024-03-04", "counterfeit", 48)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"points": "48", "closed": "yes"},
    ),
    (
        "ab-rights-unknown",
        cf("2024-03-04", "2024-03-04", "2024-03-04"),
        "alibaba_com",
        "2024-03-04",
        None,
        {"serious": "3", "per_right": "0 to 3", "closed": "unknown"},
    ),
    (
        "ab-one-right-4-days",
        [V(f"2024-03-0{d}", "counterfeit", right="A") for d in (4, 5, 6, 7)],
        "alibaba_com",
        "2024-03-07",
        365,
        {"closed": "yes", "closed_on": "2024-03-06"},
    ),
    (
        "ab-closure-day-unsure-later",
        EIGHT,
        "alibaba_com",
        "2024-03-20",
        None,
        {"points": "0 to 48", "closed": "unknown", "closed_on": None},
    ),
    (
        "ab-before-book-harmless",
        cf("2015-01-05"),
        "alibaba_com",
        "2015-01-06",
        None,
        {"serious": "0", "closed": "no", "ignored": 1},
    ),
    (
        "ab-before-rules",
        [V("2014-12-20", "general", 6), V("2024-03-04", "general", 6)],
        "alibaba_com",
        "2024-03-04",
        None,
        {"counted": 1, "ignored": 1, "closed": "no"},
    ),
    # --- Lazada (R88: counterfeit up to 16, content 1, patent/design up to 6; 48 close) ---
    (
        "lz-48",
        [V("2024-05-06", "counterfeit", 16) for _ in range(3)],
        "lazada_sg",
        "2024-05-06",
        None,
        {"points": "48", "closed": "yes", "closed_on": "2024-05-06"},
    ),
    (
        "lz-no-points",
        cf("2024-05-06", "2024-05-06", "2024-05-06"),
        "lazada_my",
        "2024-05-06",
        None,
        {"points": "0 to 48", "closed": "unknown"},
    ),
    (
        "lz-content-1",
        [V("2024-05-06", "content") for _ in range(5)],
        "lazada_th",
        "2024-05-06",
        None,
        {"points": "5", "closed": "no"},
    ),
    (
        "lz-content-2-refused",
        [V("2024-05-06", "content", 2)],
        "lazada_id",
        "2024-05-06",
        None,
        {"error": "a case costs 1"},
    ),
    (
        "lz-counterfeit-17",
        [V("2024-05-06", "counterfeit", 17)],
        "lazada_ph",
        "2024-05-06",
        None,
        {"error": "17"},
    ),
    (
        "lz-47",
        [*LZ44, *(V("2024-05-06", "content") for _ in range(3))],
        "lazada_vn",
        "2024-05-06",
        None,
        {"points": "47", "closed": "no"},
    ),
    (
        "lz-48-mixed",
        [*LZ44, *(V("2024-05-06", "content") for _ in range(4))],
        "lazada_vn",
        "2024-05-06",
        None,
        {"points": "48", "closed": "yes"},
    ),
    (
        "lz-three-days",
        [V(f"2024-05-0{d}", "counterfeit", 16) for d in (6, 7, 8)],
        "lazada_sg",
        "2024-05-08",
        None,
        {"points": "16 to 48", "closed": "unknown"},
    ),
    (
        "lz-three-days-assumed",
        [V(f"2024-05-0{d}", "counterfeit", 16) for d in (6, 7, 8)],
        "lazada_sg",
        "2024-05-08",
        365,
        {"points": "48", "closed": "yes", "closed_on": "2024-05-08"},
    ),
    (
        "lz-no-daily-cap",
        [V("2024-05-06", "patent", 6) for _ in range(3)],
        "lazada_sg",
        "2024-05-06",
        None,
        {"points": "18"},
    ),
    (
        "lz-two-kinds-no-points",
        [V("2024-05-06", "counterfeit"), V("2024-05-06", "patent")],
        "lazada_sg",
        "2024-05-06",
        None,
        {"points": "0 to 22", "closed": "no"},
    ),
    (
        "lz-other-country-rows",
        [V("2024-05-06", "counterfeit", 16, platform="lazada_sg", id=f"c{i}") for i in range(3)],
        "lazada_my",
        "2024-05-06",
        None,
        {"points": "0", "closed": "no", "counted": 0, "ignored": 3},
    ),
    (
        "lz-before-ipp",
        [V("2019-05-06", "content")],
        "lazada_sg",
        "2019-05-10",
        None,
        {"error": "2019-06-01"},
    ),
    (
        "lz-violation-before-rules",
        [V("2019-05-06", "content"), V("2019-07-01", "content")],
        "lazada_sg",
        "2019-07-01",
        None,
        {"counted": 1, "ignored": 1, "points": "1"},
    ),
    # --- 1688 (R64 bar at 60 points; restores on an accepted counter-notice; R89) ---
    ("1688-empty", [], "1688", "2024-03-04", None, {"barred": "no", "points": "0"}),
    (
        "1688-60",
        [V("2024-03-04", "general", 60)],
        "1688",
        "2024-03-04",
        None,
        {"barred": "yes", "points": "60"},
    ),
    (
        "1688-59",
        [V("2024-03-04", "general", 59)],
        "1688",
        "2024-03-04",
        None,
        {"barred": "unknown", "points": "59"},
    ),
    (
        "1688-closed-unknown",
        [V("2024-03-04", "general", 10)],
        "1688",
        "2024-03-04",
        None,
        {"closed": "unknown"},
    ),
    (
        "1688-two-days",
        [V("2024-03-04", "general", 30), V("2024-03-05", "general", 30)],
        "1688",
        "2024-03-05",
        None,
        {"points": "30 to 60", "barred": "unknown"},
    ),
    (
        "1688-two-days-assumed",
        [V("2024-03-04", "general", 30), V("2024-03-05", "general", 30)],
        "1688",
        "2024-03-05",
        365,
        {"points": "60", "barred": "yes"},
    ),
    (
        "1688-cn-restores",
        [
            V("2024-03-04", "general", 30),
            V("2024-03-04", "general", 30, counter_notice_accepted="2024-03-06"),
        ],
        "1688",
        "2024-03-06",
        None,
        {"points": "0 to 30"},
    ),
    (
        "1688-cn-day-before",
        [
            V("2024-03-04", "general", 30),
            V("2024-03-04", "general", 30, counter_notice_accepted="2024-03-06"),
        ],
        "1688",
        "2024-03-04",
        None,
        {"points": "60", "barred": "yes"},
    ),
    (
        "1688-no-daily-cap",
        [V("2024-03-04", "general", 30, id="a"), V("2024-03-04", "general", 30, id="b")],
        "1688",
        "2024-03-04",
        None,
        {"points": "60", "barred": "yes", "closed": "unknown"},
    ),
    (
        "1688-piracy-no-points",
        [V("2024-03-04", "piracy")],
        "1688",
        "2024-03-04",
        None,
        {"serious": "1", "points": "at least 0 (upper bound unknown)", "barred": "unknown"},
    ),
    (
        "1688-cn-while-barred",
        [
            V("2024-03-04", "general", 30),
            V("2024-03-05", "general", 30, counter_notice_accepted="2024-03-05"),
        ],
        "1688",
        "2024-03-05",
        365,
        {"points": "30", "note": "contradicts R64"},
    ),
    ("1688-counterfeit-serious", cf("2024-03-04"), "1688", "2024-03-04", None, {"serious": "1"}),
    # --- Taobao family (no penalty data: unknown) and Xianyu (B1) ---
    (
        "taobao-gap",
        cf("2024-03-04"),
        "taobao",
        "2024-03-04",
        None,
        {"points": "unknown", "closed": "unknown"},
    ),
    ("tmall-gap", cf("2024-03-04"), "tmall", "2024-03-04", None, {"closed": "unknown"}),
    (
        "tmall-global-gap",
        cf("2024-03-04"),
        "tmall_global",
        "2024-03-04",
        None,
        {"closed": "unknown"},
    ),
    ("xianyu-python-refused", cf("2024-03-04"), "xianyu", "2024-03-04", None, {"error": "taobao"}),
    (
        "taobao-counts-xianyu",
        [V("2024-03-04", "counterfeit", platform="xianyu")],
        "taobao",
        "2024-03-04",
        None,
        {"counted": 1, "other": {"official"}},
    ),
]


def _answer(s: Any, key: str, want: Any) -> Any:
    if key in ("points", "serious"):
        return getattr(s, key).text
    if key == "per_right":
        return s.serious_per_right.text
    if key in ("closed", "barred"):
        a = s.closed if key == "closed" else s.counter_notice_barred
        return a.value
    if key == "closed_on":
        return s.closed_on and s.closed_on.isoformat()
    if key == "counted":
        return s.counted
    if key == "ignored":
        return len(s.ignored)
    if key == "ladder":
        return s.ladder_step and s.ladder_step.action
    if key == "other":
        return set(s.other_readings)
    if key == "note":
        return next((n for n in s.notes if want in n), "") and want
    if key == "disputed":
        return {a.reading for a in s.disputed_answers}
    raise AssertionError(key)


def _standing(violations: Any, platform: str, as_of: str, validity: int | None) -> Any:
    """The standing; ``violations`` may be a function (rows that are refused when built)."""
    rows = violations() if callable(violations) else violations
    return penalty_standing(rows, platform, as_of, validity_days=validity)


@pytest.mark.parametrize(
    ("violations", "platform", "as_of", "validity", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in API],
)
def test_api(
    violations: Any,
    platform: str,
    as_of: str,
    validity: int | None,
    expected: dict[str, Any],
) -> None:
    if "error" in expected:
        with pytest.raises(IpprulesError, match=expected["error"]):
            _standing(violations, platform, as_of, validity)
        return
    s = penalty_standing(violations, platform, as_of, validity_days=validity)
    got = {k: _answer(s, k, v) for k, v in expected.items()}
    assert got == expected


# (id, file name, content, args, exit code, substrings of stdout+stderr)
CLI: list[tuple[str, str, str, list[str], int, list[str]]] = [
    (
        "cli-ae-closed",
        "v.csv",
        "date,kind\n2024-03-04,counterfeit\n2024-03-08,counterfeit\n2024-03-12,piracy\n",
        ["--platform", "aliexpress", "--as-of", "2024-03-12"],
        1,
        ["s43_counterfeits_only"],
    ),
    (
        "cli-ae-open",
        "v.csv",
        "date,kind\n2024-03-04,counterfeit\n2024-03-08,counterfeit\n",
        ["--platform", "aliexpress", "--as-of", "2024-03-12"],
        0,
        [],
    ),
    (
        "cli-dup-id",
        "v.csv",
        "date,kind,id\n2024-03-04,counterfeit,c1\n2024-03-08,counterfeit,c1\n",
        ["--platform", "aliexpress", "--as-of", "2024-03-12"],
        2,
        ["v.csv", "c1"],
    ),
    (
        "cli-bad-date",
        "v.csv",
        "date,kind\n2024-02-30,counterfeit\n",
        ["--platform", "aliexpress", "--as-of", "2024-03-12"],
        2,
        ["v.csv:2"],
    ),
    (
        "cli-bad-kind-json",
        "v.json",
        '[{"date": "2024-03-04", "kind": "fake"}]',
        ["--platform", "aliexpress", "--as-of", "2024-03-12"],
        2,
        ["v.json", "$[0].kind"],
    ),
    (
        "cli-lazada-content-2",
        "v.csv",
        "date,kind,points\n2024-05-06,content,2\n",
        ["--platform", "lazada_sg", "--as-of", "2024-05-06"],
        2,
        ["v.csv:2", "$[0].points"],
    ),
    (
        "cli-official-3-strikes",
        "v.csv",
        "date,kind,right\n2024-03-04,counterfeit,A\n2024-03-04,counterfeit,B\n"
        "2024-03-04,counterfeit,C\n",
        ["--platform", "alibaba_com", "--as-of", "2024-03-04", "--interpretation", "official"],
        1,
        [],
    ),
    (
        "cli-brief-3-strikes",
        "v.csv",
        "date,kind,right\n2024-03-04,counterfeit,A\n2024-03-04,counterfeit,B\n"
        "2024-03-04,counterfeit,C\n",
        ["--platform", "alibaba_com", "--as-of", "2024-03-04"],
        0,
        ["official"],
    ),
    (
        "cli-xianyu-official",
        "v.csv",
        "date,kind\n2024-03-04,counterfeit\n",
        ["--platform", "xianyu", "--as-of", "2024-03-04", "--interpretation", "official"],
        2,
        [],
    ),
    (
        "cli-xianyu-brief",
        "v.csv",
        "date,kind,platform\n2024-03-04,counterfeit,xianyu\n2024-03-20,counterfeit,xianyu\n",
        ["--platform", "xianyu", "--as-of", "2024-03-10"],
        0,
        ["taobao", "B1", "established after 2024-03-10", "unknown"],
    ),
    (
        "cli-1688-cn-json",
        "v.json",
        '{"violations": [{"date": "2024-03-04", "kind": "general", "points": 60,'
        ' "counter_notice_accepted": "2024-03-05"}]}',
        ["--platform", "1688", "--as-of", "2024-03-05", "--format", "json"],
        0,
        ["R64"],
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "args", "code", "says"), [pytest.param(*c[1:], id=c[0]) for c in CLI]
)
def test_cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    args: list[str],
    code: int,
    says: list[str],
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["penalties", str(path), *args]) == code
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    for s in says:
        assert s in text
    if "--format" in args and code != 2:
        json.loads(out.out)
