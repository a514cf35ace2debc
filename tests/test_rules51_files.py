"""rules51: a grader's files, written from the rule text (ipp-rules.md part 0, 1.6, 1.7, 1.9,
section 2) and the file formats of the docs, each aimed at one rule, with the outcome decided
before it was run: the exit code, the answer's key lines and what must not be said."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._cli import run_cli

HEAD = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
)
DECL = "declaration,2023-01-01,,,,,,,,,,,signed\n"


def rows(
    n: int,
    day: str,
    prefix: str,
    *,
    code: str = "tm_counterfeit",
    platform: str = "tmall",
    listings: int = 10,
    taken_down: int = 10,
    rejected: int = 0,
    reinstated: int = 0,
) -> str:
    """``n`` complaint rows filed on ``day``, ids ``prefix0`` ... (a bulk part of a file)."""
    return "".join(
        f"complaint,{day},{prefix}{i},{platform},{code},{listings},{taken_down},{rejected},"
        f"0,0,{reinstated},0,\n"
        for i in range(n)
    )


# -- Good Faith histories (1.7, D1; default reading: the brief's B21) --------------------------
OK101 = HEAD + DECL + rows(101, "2023-03-01", "A")
CROSS = HEAD + DECL + rows(100, "2023-02-01", "A") + rows(1, "2023-03-15", "B")
WITHDRAWN = (
    HEAD
    + DECL
    + rows(101, "2023-03-01", "A")
    + "withdrawal,2023-03-10,,,,,,,,,,,left\n"
    + rows(101, "2023-05-01", "B")
)
GF = "good-faith"

CASES: list[tuple[str, dict[str, str], list[str], int, list[str], list[str]]] = [
    # B21: "more than 100 complaints in the last three months": 101 passes.
    (
        "gf-volume-101",
        {"h.csv": OK101},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES; member since 2023-03-01", "101 > 100"],
        ["DOES NOT QUALIFY"],
    ),
    # ... and 100 misses by one complaint; "at least 100" and the official wording pass it.
    (
        "gf-volume-100",
        {"h.csv": HEAD + DECL + rows(100, "2023-03-01", "A")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["DOES NOT QUALIFY", "FAIL overall            volume", "brief-at-least-100", "official"],
        [],
    ),
    # D1: exactly 90% fails "above 90%" (brief) and passes the official "90% or higher".
    (
        "gf-rate-90-exact",
        {"h.csv": HEAD + DECL + rows(101, "2023-03-01", "A", taken_down=9, rejected=1)},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["FAIL overall            takedown_rate        90.000%", "differs under: official"],
        [],
    ),
    # 910/1010 = 90.099% passes.
    (
        "gf-rate-90.1",
        {
            "h.csv": HEAD
            + DECL
            + rows(100, "2023-03-01", "A", taken_down=9, rejected=1)
            + rows(1, "2023-03-02", "B")
        },
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES"],
        ["DOES NOT QUALIFY"],
    ),
    # 908/1010 = 89.9% misses by 0.1%, under every reading.
    (
        "gf-rate-89.9",
        {
            "h.csv": HEAD
            + DECL
            + rows(100, "2023-03-01", "A", taken_down=9, rejected=1)
            + rows(1, "2023-03-02", "B", taken_down=8, rejected=2)
        },
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        [
            "FAIL overall            takedown_rate        89.901% (908/1010), needs > 90.0%: 11 more "
            "successful takedown(s)\n",
            "overall takedown_rate differs under official: needs 10 more successful takedown(s) "
            "there, 11 here",
        ],
        [],
    ),
    # D1: a counter-notice rate of exactly 5% fails "below 5%", passes the official "<= 5%".
    (
        "gf-cn-rate-5-exact",
        {
            "h.csv": HEAD
            + DECL
            + rows(101, "2023-03-01", "A", listings=20, taken_down=20, reinstated=1)
        },
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["FAIL overall            counter_notice_rate  5.000%", "differs under: official"],
        [],
    ),
    # The window: the day before the 101st complaint, 100; on its day, 101.
    (
        "gf-cross-day-before",
        {"h.csv": CROSS},
        [GF, "{h.csv}", "--as-of", "2023-03-14"],
        1,
        ["DOES NOT QUALIFY"],
        [],
    ),
    (
        "gf-cross-day",
        {"h.csv": CROSS},
        [GF, "{h.csv}", "--as-of", "2023-03-15"],
        0,
        ["QUALIFIES; member since 2023-03-15"],
        [],
    ),
    # As of 2023-04-30 the window opens after 2023-01-30: the 100 of 2023-02-01 are in.
    (
        "gf-window-edge-in",
        {"h.csv": CROSS},
        [GF, "{h.csv}", "--as-of", "2023-04-30"],
        0,
        ["QUALIFIES"],
        [],
    ),
    # As of 2023-05-01 they are out (D - 3 months < f): volume 1, but volume is an admission
    # condition, not a removal trigger (R71): still a member.
    (
        "gf-window-edge-out",
        {"h.csv": CROSS},
        [GF, "{h.csv}", "--as-of", "2023-05-01"],
        1,
        ["DOES NOT QUALIFY; member since 2023-03-15"],
        [],
    ),
    # A timeline over the crossing: gained on 2023-03-15, never lost for volume.
    (
        "gf-timeline",
        {"h.csv": CROSS},
        [GF, "{h.csv}", "--timeline", "2023-03-01", "2023-05-31"],
        0,
        ["2023-03-15"],
        ["lost"],
    ),
    # B21: the declaration is the brief's; the official automatic admission (R70a) needs none.
    (
        "gf-no-declaration",
        {"h.csv": HEAD + rows(101, "2023-03-01", "A")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["FAIL overall            declaration", "differs under: official"],
        [],
    ),
    # B21 "no record of abusive complaints" (ever) against official (in the window only).
    (
        "gf-abuse-long-ago",
        {"h.csv": HEAD + "abuse,2022-01-10,,,,,,,,,,,\n" + DECL + rows(101, "2023-03-01", "A")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["FAIL overall            no_abuse", "differs under: official"],
        [],
    ),
    # R73: a member that withdraws cannot rejoin for 3 months (2023-03-10 + 3 months).
    (
        "gf-withdrawal-locked",
        {"h.csv": WITHDRAWN},
        [GF, "{h.csv}", "--as-of", "2023-06-09"],
        1,
        ["locked out until 2023-06-10"],
        [],
    ),
    (
        "gf-withdrawal-rejoins",
        {"h.csv": WITHDRAWN},
        [GF, "{h.csv}", "--as-of", "2023-06-10"],
        0,
        ["QUALIFIES; member since 2023-06-10"],
        ["locked out until"],
    ),
    # A withdrawal recorded while not a member changes nothing (only a member can withdraw).
    (
        "gf-withdrawal-non-member",
        {
            "h.csv": HEAD
            + DECL
            + "withdrawal,2023-02-01,,,,,,,,,,,\n"
            + rows(101, "2023-03-01", "A")
        },
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES; member since 2023-03-01", "had it been a member that day"],
        ["QUALIFIES; not a member"],
    ),
    # R75 (from 2022-04-15): every reason code must pass too.
    (
        "gf-per-code-2022",
        {
            "h.csv": HEAD
            + DECL.replace("2023", "2022")
            + rows(101, "2022-05-02", "A")
            + rows(2, "2022-05-03", "M", code="tm_misuse", taken_down=5, rejected=5)
        },
        [GF, "{h.csv}", "--as-of", "2022-05-31"],
        1,
        ["DOES NOT QUALIFY", "FAIL tm_misuse          takedown_rate"],
        [],
    ),
    # ... and before it (2018 criteria) the account as a whole only.
    (
        "gf-per-code-2018",
        {
            "h.csv": HEAD
            + DECL.replace("2023", "2021")
            + rows(101, "2021-05-03", "A")
            + rows(2, "2021-05-04", "M", code="tm_misuse", taken_down=5, rejected=5)
        },
        [GF, "{h.csv}", "--as-of", "2021-05-31"],
        0,
        ["QUALIFIES"],
        ["FAIL"],
    ),
    # The same complaint twice (an export appended twice).
    (
        "gf-same-complaint-twice",
        {"h.csv": HEAD + DECL + rows(101, "2023-03-01", "A") + rows(1, "2023-03-01", "A")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["duplicate id 'A0'", "first on line 3"],
        ["Traceback"],
    ),
    # Months out of order: the standing does not depend on the order of the rows.
    (
        "gf-out-of-order",
        {"h.csv": HEAD + rows(50, "2023-03-20", "C") + DECL + rows(51, "2023-03-01", "A")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES; member since 2023-03-20"],
        [],
    ),
    # A future month: rows after the as-of date are left out, and said to be.
    (
        "gf-future-rows",
        {"h.csv": OK101 + rows(5, "2023-04-10", "F", taken_down=0, rejected=10)},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES", "dated after the as-of date"],
        [],
    ),
    # D2: the programme covers the Tao marketplaces; AliExpress complaints give no volume.
    (
        "gf-scope-aliexpress",
        {"h.csv": HEAD + DECL + rows(101, "2023-03-01", "A", platform="aliexpress")},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["DOES NOT QUALIFY"],
        [],
    ),
    # Hostile files: refused with file, line and column, exit 2, never a traceback.
    (
        "gf-header-chinese",
        {"h.csv": "类型,日期,平台\ncomplaint,2023-03-01,tmall\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:1", "unknown column"],
        ["Traceback"],
    ),
    (
        "gf-month-13",
        {"h.csv": HEAD + DECL + "complaint,2026-13-01,X1,tmall,tm_counterfeit,10,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2026-12-31"],
        2,
        ["h.csv:3", "date"],
        ["Traceback"],
    ),
    (
        "gf-month-only",
        {"h.csv": HEAD + DECL + "complaint,2026-03,X1,tmall,tm_counterfeit,10,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2026-12-31"],
        2,
        ["h.csv:3", "date"],
        ["Traceback"],
    ),
    (
        "gf-counts-do-not-add-up",
        {"h.csv": HEAD + DECL + "complaint,2023-03-01,X1,tmall,tm_counterfeit,10,5,2,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "listings"],
        ["Traceback"],
    ),
    (
        "gf-negative-count",
        {"h.csv": HEAD + DECL + "complaint,2023-03-01,X1,tmall,tm_counterfeit,10,11,-1,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "rejected"],
        ["Traceback"],
    ),
    (
        "gf-reinstated-above-taken-down",
        {"h.csv": HEAD + DECL + "complaint,2023-03-01,X1,tmall,tm_counterfeit,10,3,7,0,0,5,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "reinstated"],
        ["Traceback"],
    ),
]


# -- Lifecycle, counter-notice windows and withdrawal (1.6, R56, R61, R65, B20, D4) ----------
def events(platform: str, *steps: tuple[str, str]) -> str:
    """A lifecycle TOML file of ``(event, date)`` steps."""
    body = "".join(
        f'\n[[events]]\nevent = "{e}"\non = {d}\n'
        + ('reason = "the invoice does not name the brand"\n' if "rejects" in e else "")
        for e, d in steps
    )
    return f'platform = "{platform}"\n{body}'


LC = "lifecycle"
# Taken down on Friday 2024-09-27, before China's National Day (1-7 Oct 2024; 29 Sep and
# 12 Oct worked): round 1 (3 business days) ends 2024-10-02 on weekdays, 2024-10-08 in China.
FRIDAY = events(
    "aliexpress",
    ("ipr_verified", "2024-09-26"),
    ("takedown", "2024-09-27"),
    ("counter_notice_filed", "2024-10-08"),
)
# Taken down on Friday 2023-12-01: rounds 2 and 3 share 27 business days, ending 2024-01-09.
YEAR_END = [
    ("ipr_verified", "2023-11-30"),
    ("takedown", "2023-12-01"),
    ("counter_notice_filed", "2023-12-04"),
    ("filer_rejects_counter_notice", "2023-12-05"),
]
CAL = (
    'name = "office 2024"\nweekend = [5, 6]\nholidays = [2024-10-01]\n'
    "valid_from = 2024-01-01\nvalid_until = 2024-12-31\n"
)

CASES += [
    (
        "lc-friday-before-holiday-weekdays",
        {"e.toml": FRIDAY},
        [LC, "{e.toml}"],
        1,
        ["late", "2024-10-02", "State: counter_notified_2"],
        [],
    ),
    (
        "lc-friday-before-holiday-china",
        {"e.toml": FRIDAY},
        [LC, "{e.toml}", "--calendar", "china"],
        0,
        ["State: counter_notified_1"],
        ["late"],
    ),
    (
        "lc-round-2-last-day-year-end",
        {"e.toml": events("aliexpress", *YEAR_END, ("counter_notice_filed", "2024-01-09"))},
        [LC, "{e.toml}"],
        0,
        ["State: counter_notified_2"],
        ["late"],
    ),
    (
        "lc-round-2-a-day-late-year-end",
        {"e.toml": events("aliexpress", *YEAR_END, ("counter_notice_filed", "2024-01-10"))},
        [LC, "{e.toml}"],
        1,
        ["late", "2024-01-09", "State: closed"],
        [],
    ),
    # Round 1 over a leap month's end: 2024-02-28 (Wed) + 3 business days = 2024-03-04.
    (
        "lc-round-1-month-end-in-time",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2024-02-27"),
                ("takedown", "2024-02-28"),
                ("counter_notice_filed", "2024-03-04"),
            )
        },
        [LC, "{e.toml}"],
        0,
        ["State: counter_notified_1"],
        ["late"],
    ),
    (
        "lc-round-1-month-end-late",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2024-02-27"),
                ("takedown", "2024-02-28"),
                ("counter_notice_filed", "2024-03-05"),
            )
        },
        [LC, "{e.toml}"],
        1,
        ["late", "2024-03-04", "State: counter_notified_2"],
        [],
    ),
    # Three rounds, each rejected: the complaint closes, the listing stays offline.
    (
        "lc-three-rounds-rejected",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2023-02-28"),
                ("takedown", "2023-03-01"),
                ("counter_notice_filed", "2023-03-02"),
                ("filer_rejects_counter_notice", "2023-03-03"),
                ("counter_notice_filed", "2023-03-10"),
                ("filer_rejects_counter_notice", "2023-03-13"),
                ("counter_notice_filed", "2023-03-20"),
                ("filer_rejects_counter_notice", "2023-03-21"),
            )
        },
        [LC, "{e.toml}"],
        0,
        ["State: closed"],
        ["late"],
    ),
    # B20/R65: withdrawal while subject to counter-notification: allowed, listing back (R56).
    (
        "lc-withdraw-in-window",
        {
            "e.toml": events(
                "taobao",
                ("ipr_verified", "2024-06-03"),
                ("takedown", "2024-06-04"),
                ("counter_notice_filed", "2024-06-05"),
                ("withdraw", "2024-06-06"),
            )
        },
        [LC, "{e.toml}"],
        0,
        ["State: withdrawn"],
        [],
    ),
    # ... not while under review under the brief (only the official reading allows it).
    (
        "lc-withdraw-under-review",
        {"e.toml": events("taobao", ("ipr_verified", "2024-06-03"), ("withdraw", "2024-06-04"))},
        [LC, "{e.toml}"],
        2,
        ["withdraw", "allowed under: official"],
        ["Traceback"],
    ),
    # ... nor after the complaint has ended (reinstated by the filer).
    (
        "lc-withdraw-after-reinstated",
        {
            "e.toml": events(
                "taobao",
                ("ipr_verified", "2024-06-03"),
                ("takedown", "2024-06-04"),
                ("counter_notice_filed", "2024-06-05"),
                ("filer_accepts_counter_notice", "2024-06-06"),
                ("withdraw", "2024-06-07"),
            )
        },
        [LC, "{e.toml}"],
        2,
        ["withdraw", "reinstated_by_filer"],
        ["Traceback"],
    ),
    (
        "lc-dates-out-of-order",
        {"e.toml": events("taobao", ("ipr_verified", "2024-06-05"), ("takedown", "2024-06-04"))},
        [LC, "{e.toml}"],
        2,
        ["e.toml"],
        ["Traceback"],
    ),
    (
        "lc-unknown-event",
        {"e.toml": events("taobao", ("ipr_verified", "2024-06-03"), ("appeal", "2024-06-04"))},
        [LC, "{e.toml}"],
        2,
        ["e.toml", "appeal"],
        ["Traceback"],
    ),
    (
        "lc-month-13-json",
        {
            "e.json": '{"platform": "taobao", "events": [{"event": '
            '"ipr_verified", "on": "2026-13-01"}]}'
        },
        [LC, "{e.json}"],
        2,
        ["e.json", "$.events[0].on"],
        ["Traceback"],
    ),
    # A calendar file that ends before the window does: refused, naming option and file.
    (
        "lc-calendar-file-too-short",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2024-12-26"),
                ("takedown", "2024-12-27"),
                ("counter_notice_filed", "2025-01-03"),
            ),
            "c.toml": CAL,
        },
        [LC, "{e.toml}", "--calendar", "{c.toml}"],
        2,
        ["--calendar", "c.toml", "2024-12-31"],
        ["Traceback"],
    ),
    # R60: an Alibaba.com seller has 3 working days from the notice: Fri 2024-12-27 -> Jan 1.
    (
        "dl-seller-response-year-end",
        {},
        ["deadline", "notice_received", "--on", "2024-12-27", "--platform", "alibaba_com"],
        0,
        ["2025-01-01"],
        [],
    ),
    # ... and in China's calendar New Year's Day is a holiday: 2025-01-02.
    (
        "dl-seller-response-year-end-china",
        {},
        [
            "deadline",
            "notice_received",
            "--on",
            "2024-12-27",
            "--platform",
            "alibaba_com",
            "--calendar",
            "china",
        ],
        0,
        ["2025-01-02"],
        [],
    ),
    (
        "dl-round-2-3-year-end",
        {},
        ["deadline", "counter_notice_round_2_3", "--on", "2023-12-01"],
        0,
        ["2024-01-09"],
        [],
    ),
]


# -- Penalties (1.9, R85, R86, R88, D10) ------------------------------------------------------
VHEAD = "date,kind,platform,points,right,id\n"


def violations(*rows: str) -> str:
    """A violations CSV of ``date,kind,platform,points,right,id`` rows."""
    return VHEAD + "".join(r + "\n" for r in rows)


PEN = "penalties"
CASES += [
    # R85: serious violations within 3 days are one strike; three strikes close.
    (
        "pen-ae-merged-then-closed",
        {
            "v.csv": violations(
                "2024-03-04,counterfeit,aliexpress,,TM-1,a1",
                "2024-03-06,counterfeit,aliexpress,,TM-1,a2",
                "2024-03-10,counterfeit,aliexpress,,TM-1,a3",
                "2024-03-20,counterfeit,aliexpress,,TM-2,a4",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-03-31"],
        1,
        ["2024-03-20"],
        [],
    ),
    (
        "pen-ae-one-strike",
        {
            "v.csv": violations(
                "2024-03-04,counterfeit,aliexpress,,TM-1,a1",
                "2024-03-05,counterfeit,aliexpress,,TM-1,a2",
                "2024-03-06,counterfeit,aliexpress,,TM-1,a3",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-03-31"],
        0,
        [],
        [],
    ),
    # The third day after the first starts a new strike; the disputed reading is named.
    (
        "pen-ae-third-day",
        {
            "v.csv": violations(
                "2024-03-04,counterfeit,aliexpress,,TM-1,a1",
                "2024-03-07,counterfeit,aliexpress,,TM-1,a2",
                "2024-03-10,counterfeit,aliexpress,,TM-1,a3",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-03-31"],
        1,
        ["r85_window_third_day"],
        [],
    ),
    # R85: valid 365 days: 2023-03-01 still counts on 2024-02-28 (day 364) ...
    (
        "pen-ae-validity-day-364",
        {
            "v.csv": violations(
                "2023-03-01,counterfeit,aliexpress,,TM-1,a1",
                "2023-06-01,counterfeit,aliexpress,,TM-1,a2",
                "2024-02-28,counterfeit,aliexpress,,TM-1,a3",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-02-28"],
        1,
        [],
        [],
    ),
    # ... and no longer on 2024-02-29 (day 365, a leap day).
    (
        "pen-ae-validity-day-365",
        {
            "v.csv": violations(
                "2023-03-01,counterfeit,aliexpress,,TM-1,a1",
                "2023-06-01,counterfeit,aliexpress,,TM-1,a2",
                "2024-02-29,counterfeit,aliexpress,,TM-1,a3",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-02-29"],
        0,
        [],
        [],
    ),
    # R85: general violations of one day cost at most 6 points.
    (
        "pen-ae-daily-cap",
        {
            "v.csv": violations(
                "2024-01-08,general,aliexpress,4,TM-1,g1", "2024-01-08,general,aliexpress,4,TM-1,g2"
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-01-31"],
        0,
        ["6"],
        [],
    ),
    # R86: 3 serious against one IPR terminate an Alibaba.com member: on one day, certain.
    (
        "pen-aco-three-one-right-one-day",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c1",
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c2",
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c3",
            )
        },
        [PEN, "{v.csv}", "--platform", "alibaba_com", "--as-of", "2024-04-15"],
        1,
        [],
        [],
    ),
    # On three days the validity is undocumented: unknown (exit 0), closed once assumed.
    (
        "pen-aco-three-one-right-days",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c1",
                "2024-04-16,counterfeit,alibaba_com,,TM-7,c2",
                "2024-04-17,counterfeit,alibaba_com,,TM-7,c3",
            )
        },
        [PEN, "{v.csv}", "--platform", "alibaba_com", "--as-of", "2024-04-30"],
        0,
        ["unknown"],
        [],
    ),
    (
        "pen-aco-three-one-right-assumed",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c1",
                "2024-04-16,counterfeit,alibaba_com,,TM-7,c2",
                "2024-04-17,counterfeit,alibaba_com,,TM-7,c3",
            )
        },
        [
            PEN,
            "{v.csv}",
            "--platform",
            "alibaba_com",
            "--as-of",
            "2024-04-30",
            "--assume-validity",
            "365",
        ],
        1,
        ["2024-04-17"],
        [],
    ),
    # Two against one right and one against another: 3 serious < 4, 2 per right < 3.
    (
        "pen-aco-spread-over-rights",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c1",
                "2024-04-15,counterfeit,alibaba_com,,TM-7,c2",
                "2024-04-15,counterfeit,alibaba_com,,TM-8,c3",
            )
        },
        [PEN, "{v.csv}", "--platform", "alibaba_com", "--as-of", "2024-04-15"],
        0,
        [],
        [],
    ),
    # Per platform: AliExpress's strikes do not count on Alibaba.com.
    (
        "pen-other-platform-rows",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,aliexpress,,TM-7,c1",
                "2024-04-15,counterfeit,aliexpress,,TM-7,c2",
                "2024-04-15,counterfeit,aliexpress,,TM-7,c3",
            )
        },
        [PEN, "{v.csv}", "--platform", "alibaba_com", "--as-of", "2024-04-15"],
        0,
        [],
        [],
    ),
    # R88: Lazada, 48 points close: three counterfeits at 16 on one day.
    (
        "pen-lazada-48",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,lazada_sg,16,TM-7,l1",
                "2024-04-15,counterfeit,lazada_sg,16,TM-7,l2",
                "2024-04-15,counterfeit,lazada_sg,16,TM-7,l3",
            )
        },
        [PEN, "{v.csv}", "--platform", "lazada_sg", "--as-of", "2024-04-15"],
        1,
        ["48"],
        [],
    ),
    # R88: content infringement costs 1 point: 2 is refused at its cell.
    (
        "pen-lazada-content-2",
        {"v.csv": violations("2024-04-15,content,lazada_sg,2,TM-7,l1")},
        [PEN, "{v.csv}", "--platform", "lazada_sg", "--as-of", "2024-04-15"],
        2,
        ["v.csv:2", "points"],
        ["Traceback"],
    ),
    (
        "pen-duplicate-id",
        {
            "v.csv": violations(
                "2024-04-15,counterfeit,aliexpress,,TM-7,c1",
                "2024-04-16,counterfeit,aliexpress,,TM-7,c1",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        2,
        ["v.csv:3", "c1"],
        ["Traceback"],
    ),
    (
        "pen-negative-points",
        {"v.csv": violations("2024-04-15,general,aliexpress,-6,TM-7,g1")},
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        2,
        ["v.csv:2", "points"],
        ["Traceback"],
    ),
    (
        "pen-month-13",
        {"v.csv": violations("2024-13-15,general,aliexpress,2,TM-7,g1")},
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        2,
        ["v.csv:2", "date"],
        ["Traceback"],
    ),
]

# -- Counter-notices (R63, R64) ---------------------------------------------------------------
ACO = """platform = "alibaba_com"
ipr_type = "trademark"
brand = "Acme"
complaint_date = 2024-06-10
filed_on = 2024-06-12

[[purchases]]
id = "INV-1"
kind = "invoice"
date = {date}
quantity = {qty}
signed_by = ["buyer", "seller"]
product_matches = true

[[authorisations]]
id = "LOA-1"
by_owner = true
brand = "ACME"
valid_from = 2023-01-01
valid_until = 2024-06-10
"""
P1688 = """platform = "1688"
ipr_type = "trademark"
complaint_date = 2024-06-10

[seller]
closed = false
at_serious_closure_count = false
points = {points}
"""
CN = "counter-notice"
CASES += [
    # R63: 6 months before 2024-06-10 starts on 2023-12-10; > 20 pieces; a letter valid on the
    # complaint date (its last day) is valid.
    (
        "cn-aco-all-on-the-edge",
        {"c.toml": ACO.format(date="2023-12-10", qty=21)},
        [CN, "{c.toml}"],
        0,
        ["Sufficient: yes"],
        ["error"],
    ),
    (
        "cn-aco-20-pieces",
        {"c.toml": ACO.format(date="2023-12-10", qty=20)},
        [CN, "{c.toml}"],
        1,
        ["cn-purchase-quantity-low", "Sufficient: no"],
        [],
    ),
    (
        "cn-aco-a-day-too-old",
        {"c.toml": ACO.format(date="2023-12-09", qty=21)},
        [CN, "{c.toml}"],
        1,
        ["cn-purchase-outside-window", "Sufficient: no"],
        [],
    ),
    # R64: 60 points or more bar a 1688 seller's counter-notice; 59 do not.
    ("cn-1688-60-points", {"c.toml": P1688.format(points=60)}, [CN, "{c.toml}"], 1, ["R64"], []),
    ("cn-1688-59-points", {"c.toml": P1688.format(points=59)}, [CN, "{c.toml}"], 0, [], []),
]


# -- Second batch: multi-year histories, other formats, platform-specific rules ----------------
# A member under the 2018 criteria on 2022-04-14 whose tm_misuse code fails: on 2022-04-15
# (R75, every reason code) it is removed and locked out for 3 months (R71, R72).
R75_DAY = (
    HEAD
    + DECL.replace("2023", "2022")
    + rows(101, "2022-03-01", "A")
    + rows(2, "2022-03-02", "M", code="tm_misuse", taken_down=5, rejected=5)
)
# Removed on 2023-11-30 (a member since 2023-09-01): locked out to 2024-02-29 (R72, clipped).
REMOVED = HEAD + DECL + rows(101, "2023-09-01", "A") + "removal,2023-11-30,,,,,,,,,,,\n"
JSONL = (
    "\n".join(
        [
            '{"type": "declaration", "date": "2023-01-01"}',
            *(
                f'{{"type": "complaint", "date": "2023-03-01", "id": "J{i}", "platform": "taobao", '
                f'"reason_code": "tm_counterfeit", "items": [{{"outcome": '
                f'"taken_down"}}, {{"outcome": "taken_down", "counter_notice": "upheld"}}]}}'
                for i in range(101)
            ),
        ]
    )
    + "\n"
)
SEMI = "\ufeffsep=;\r\n" + (HEAD + DECL + rows(101, "2023-03-01", "A")).replace(",", ";").replace(
    "\n", "\r\n"
)
ACCOUNTS = (
    "type,date,account,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
    "declaration,2023-01-01,acme,,,,,,,,,,,\n"
    + "".join(
        f"complaint,2023-03-01,acme,A{i},tmall,tm_counterfeit,10,10,0,0,0,0,0,\n"
        for i in range(101)
    )
    + "complaint,2023-03-01,globex,G1,tmall,tm_counterfeit,10,0,10,0,0,0,0,\n"
)
CASES += [
    (
        "gf-r75-day-before",
        {"h.csv": R75_DAY},
        [GF, "{h.csv}", "--as-of", "2022-04-14"],
        0,
        ["version 2018", "QUALIFIES; member since 2022-03-01"],
        [],
    ),
    (
        "gf-r75-day-removed",
        {"h.csv": R75_DAY},
        [GF, "{h.csv}", "--as-of", "2022-04-15"],
        1,
        ["version 2022", "FAIL tm_misuse          takedown_rate", "locked out until 2022-07-15"],
        ["member since"],
    ),
    (
        "gf-removal-month-end",
        {"h.csv": REMOVED},
        [GF, "{h.csv}", "--as-of", "2024-02-28"],
        1,
        ["locked out until 2024-02-29"],
        [],
    ),
    # A declaration signed after the as-of date is not yet signed (B21).
    (
        "gf-declaration-later",
        {"h.csv": HEAD + rows(101, "2023-03-01", "A") + "declaration,2023-04-02,,,,,,,,,,,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["FAIL overall            declaration", "dated after the as-of date"],
        [],
    ),
    # B16: a listing reinstated after an upheld counter-notice is an unsuccessful takedown
    # (brief: 101/202 = 50%); the official R91 counts it removed (100%), failing only the
    # counter-notice rate (50% > 5%): JSON Lines items, one object per listing.
    (
        "gf-jsonl-items-reinstated",
        {"h.jsonl": JSONL},
        [GF, "{h.jsonl}", "--as-of", "2023-03-31"],
        1,
        [
            "FAIL overall            takedown_rate        50.000% (101/202)",
            "FAIL overall            counter_notice_rate  50.000% (101/202)",
        ],
        [],
    ),
    # An Excel export: byte order mark, a sep= line, semicolons and CRLF.
    (
        "gf-excel-sep-line",
        {"h.csv": SEMI},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES; member since 2023-03-01"],
        [],
    ),
    # Several accounts: one must be named; each is assessed on its own rows.
    (
        "gf-accounts-unnamed",
        {"h.csv": ACCOUNTS},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["--account"],
        ["Traceback"],
    ),
    (
        "gf-accounts-acme",
        {"h.csv": ACCOUNTS},
        [GF, "{h.csv}", "--account", "acme", "--as-of", "2023-03-31"],
        0,
        ["QUALIFIES; member since 2023-03-01"],
        [],
    ),
    (
        "gf-accounts-globex",
        {"h.csv": ACCOUNTS},
        [GF, "{h.csv}", "--account", "globex", "--as-of", "2023-03-31"],
        1,
        ["DOES NOT QUALIFY", "FAIL overall            declaration"],
        [],
    ),
    # R85 "whatever the infringement type": piracy is a strike on AliExpress (S43 disagrees).
    (
        "pen-ae-piracy-strikes",
        {
            "v.csv": violations(
                "2024-03-04,piracy,aliexpress,,CR-1,p1",
                "2024-03-14,piracy,aliexpress,,CR-1,p2",
                "2024-03-24,piracy,aliexpress,,CR-1,p3",
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-03-31"],
        1,
        ["yes (since 2024-03-24)", "s43_counterfeits_only"],
        [],
    ),
    # Alibaba.com: the sources name counterfeits; four piracy cases on one day do not close.
    (
        "pen-aco-piracy-not-serious",
        {
            "v.csv": violations(
                "2024-03-04,piracy,alibaba_com,,CR-1,p1",
                "2024-03-04,piracy,alibaba_com,,CR-2,p2",
                "2024-03-04,piracy,alibaba_com,,CR-3,p3",
                "2024-03-04,piracy,alibaba_com,,CR-4,p4",
            )
        },
        [PEN, "{v.csv}", "--platform", "alibaba_com", "--as-of", "2024-03-04"],
        0,
        ["piracy_serious"],
        [],
    ),
    # R64 on 1688: a counter-notice accepted restores the points from that day.
    (
        "pen-1688-restored",
        {
            "v.csv": "date,kind,platform,points,id,counter_notice_accepted\n"
            "2024-05-02,general,1688,6,g1,2024-05-02\n"
        },
        [PEN, "{v.csv}", "--platform", "1688", "--as-of", "2024-05-02"],
        0,
        ["R64"],
        [],
    ),
    (
        "pen-json-object",
        {
            "v.json": '{"violations": [{"date": "2024-04-15", "kind": '
            '"counterfeit", "platform": "alibaba_com", "right": "TM-7", "id": "j1"},'
            ' {"date": "2024-04-15", "kind": "counterfeit", "platform": '
            '"alibaba_com", "right": "TM-7", "id": "j2"}, {"date": "2024-04-15", '
            '"kind": "counterfeit", "platform": "alibaba_com", "right": "TM-7", '
            '"id": "j3"}]}'
        },
        [PEN, "{v.json}", "--platform", "alibaba_com", "--as-of", "2024-04-15"],
        1,
        ["yes (since 2024-04-15)"],
        [],
    ),
    (
        "pen-header-only",
        {"v.csv": VHEAD},
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-15"],
        0,
        ["holds no violations"],
        [],
    ),
    (
        "pen-xianyu-as-taobao",
        {"v.csv": violations("2024-04-15,general,xianyu,2,TM-7,x1")},
        [PEN, "{v.csv}", "--platform", "taobao", "--as-of", "2024-04-15"],
        0,
        ["1 violation(s) counted, 0 left out", "filed as taobao (B1)"],
        [],
    ),
    # R56: the platform accepting the counter-notice puts the listing back online.
    (
        "lc-platform-accepts",
        {
            "e.json": '{"platform": "alibaba_com", "events": ['
            '{"event": "ipr_verified", "on": "2024-06-03"},'
            '{"event": "takedown", "on": "2024-06-04"},'
            '{"event": "counter_notice_filed", "on": "2024-06-05"},'
            '{"event": "platform_accepts_counter_notice", "on": "2024-06-20"}]}'
        },
        [LC, "{e.json}"],
        0,
        ["State: reinstated_by_platform", "Stays online (R56)"],
        [],
    ),
    # B20: a withdrawal after a rejected counter-notice, still subject to counter-notification.
    (
        "lc-withdraw-after-rejection",
        {
            "e.toml": events(
                "tmall",
                ("ipr_verified", "2024-06-03"),
                ("takedown", "2024-06-04"),
                ("counter_notice_filed", "2024-06-05"),
                ("filer_rejects_counter_notice", "2024-06-06"),
                ("withdraw", "2024-06-07"),
            )
        },
        [LC, "{e.toml}"],
        0,
        ["State: withdrawn"],
        [],
    ),
    (
        "lc-withdraw-after-closed",
        {
            "e.toml": events(
                "tmall",
                ("ipr_verified", "2024-06-03"),
                ("takedown", "2024-06-04"),
                ("counter_notice_window_expired", "2024-06-07"),
                ("counter_notice_window_expired", "2024-07-12"),
                ("withdraw", "2024-07-15"),
            )
        },
        [LC, "{e.toml}"],
        2,
        ["withdraw", "closed"],
        ["Traceback"],
    ),
]

# -- Third batch: hostile cells and counter-notice evidence on its edges ---------------------
CASES += [
    (
        "gf-type-capitalised",
        {"h.csv": HEAD + DECL + "Complaint,2023-03-01,X1,tmall,tm_counterfeit,10,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "type"],
        ["Traceback"],
    ),
    (
        "gf-count-exponent",
        {"h.csv": HEAD + DECL + "complaint,2023-03-01,X1,tmall,tm_counterfeit,1e1,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "listings"],
        ["Traceback"],
    ),
    (
        "gf-year-3000",
        {"h.csv": HEAD + DECL + "complaint,3000-01-01,X1,tmall,tm_counterfeit,10,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        2,
        ["h.csv:3", "date"],
        ["Traceback"],
    ),
    (
        "gf-as-of-feb-29-2023",
        {"h.csv": OK101},
        [GF, "{h.csv}", "--as-of", "2023-02-29"],
        2,
        ["--as-of", "2023-02-29"],
        ["Traceback"],
    ),
    (
        "gf-timeline-backwards",
        {"h.csv": OK101},
        [GF, "{h.csv}", "--timeline", "2023-05-31", "2023-03-01"],
        2,
        ["--timeline"],
        ["Traceback"],
    ),
    # A misspelt platform is left out of the counts, named with the platform it may be.
    (
        "gf-unknown-platform",
        {"h.csv": HEAD + DECL + "complaint,2023-03-01,X1,tmal,tm_counterfeit,10,10,0,0,0,0,0,\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31"],
        1,
        ["tmal (1; not a platform: did you mean 'tmall'?)", "FAIL overall            volume"],
        [],
    ),
    (
        "pen-points-decimal",
        {"v.csv": violations("2024-04-15,general,aliexpress,6.0,TM-7,g1")},
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        2,
        ["v.csv:2", "points"],
        ["Traceback"],
    ),
    (
        "pen-unknown-kind",
        {"v.csv": violations("2024-04-15,fake,aliexpress,,TM-7,g1")},
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        2,
        ["v.csv:2", "kind"],
        ["Traceback"],
    ),
    (
        "lc-toml-duplicate-key",
        {"e.toml": 'platform = "taobao"\nplatform = "tmall"\n'},
        [LC, "{e.toml}"],
        2,
        ["e.toml"],
        ["Traceback"],
    ),
    # R63: a purchase after the complaint is not "in the 6 months before" it.
    (
        "cn-aco-purchase-after-complaint",
        {"c.toml": ACO.format(date="2024-06-11", qty=21)},
        [CN, "{c.toml}"],
        1,
        ["Sufficient: no"],
        ["Sufficient: yes"],
    ),
    # R63: two signed purchases of 10 and 11 pieces make 21 in all, none over 20: whether
    # transactions add up is not documented (unknown, exit 0).
    (
        "cn-aco-two-purchases",
        {
            "c.toml": ACO.format(date="2024-01-05", qty=10).replace(
                "[[authorisations]]",
                '[[purchases]]\nid = "INV-2"\nkind = "contract"\n'
                'date = 2024-03-01\nquantity = 11\nsigned_by = ["buyer", "seller"]\n'
                "product_matches = true\n\n[[authorisations]]",
            )
        },
        [CN, "{c.toml}"],
        0,
        ["cn-purchase-quantity-split", "Sufficient: unknown"],
        [],
    ),
    # R63: a letter valid from the day after the complaint is not valid on its date.
    (
        "cn-aco-letter-starts-late",
        {
            "c.toml": ACO.format(date="2024-01-05", qty=21)
            .replace("valid_from = 2023-01-01", "valid_from = 2024-06-11")
            .replace("valid_until = 2024-06-10", "valid_until = 2025-06-10")
        },
        [CN, "{c.toml}"],
        1,
        ["cn-authorisation-not-valid"],
        [],
    ),
    (
        "cn-aco-negative-quantity",
        {"c.toml": ACO.format(date="2024-01-05", qty=-21)},
        [CN, "{c.toml}"],
        2,
        ["c.toml", "quantity"],
        ["Traceback"],
    ),
    (
        "cn-aco-month-13",
        {"c.toml": ACO.format(date='"2024-13-05"', qty=21)},
        [CN, "{c.toml}"],
        2,
        ["c.toml", "date"],
        ["Traceback"],
    ),
]

# -- Fourth batch: thresholds crossed by ageing, removal by the rates, 2015, points ----------
# 400 rejected listings on 2023-02-15 keep the rate at 2020/2420 until they leave the window
# on 2023-05-15 (D - 3 months < f); then the account is admitted that day (R74).
AGEING = (
    HEAD
    + DECL
    + "complaint,2023-02-15,BAD,tmall,tm_counterfeit,400,0,400,0,0,0,0,\n"
    + rows(101, "2023-03-01", "A")
    + rows(101, "2023-05-02", "B")
)
# A member since 2023-03-01 files a bad batch on 2023-04-10: removed that day (R71), locked out
# for 3 months (R72).
REMOVED_BY_RATES = (
    HEAD
    + DECL
    + rows(101, "2023-03-01", "A")
    + "complaint,2023-04-10,BAD,tmall,tm_counterfeit,300,0,300,0,0,0,0,\n"
)
# 2015 (R68): counter-notice rate "1.5% or lower", a Declaration, admission by an event.
Y2015 = (
    HEAD
    + "declaration,2015-05-01,,,,,,,,,,,\n"
    + rows(
        101,
        "2015-06-01",
        "A",
        code="tm_counterfeit",
        platform="taobao",
        listings=200,
        taken_down=200,
        reinstated=3,
    )
    + "admission,2015-06-02,,,,,,,,,,,\n"
)
CASES += [
    (
        "gf-ageing-day-before",
        {"h.csv": AGEING},
        [GF, "{h.csv}", "--as-of", "2023-05-14"],
        1,
        ["FAIL overall            takedown_rate", "rates pass on 2023-05-15"],
        [],
    ),
    (
        "gf-ageing-day",
        {"h.csv": AGEING},
        [GF, "{h.csv}", "--as-of", "2023-05-15"],
        0,
        ["QUALIFIES; member since 2023-05-15"],
        [],
    ),
    (
        "gf-ageing-timeline",
        {"h.csv": AGEING},
        [GF, "{h.csv}", "--timeline", "2023-02-01", "2023-06-30"],
        0,
        ["2023-05-15: membership gained"],
        [],
    ),
    (
        "gf-removed-by-rates",
        {"h.csv": REMOVED_BY_RATES},
        [GF, "{h.csv}", "--as-of", "2023-07-09"],
        1,
        ["locked out until 2023-07-10"],
        [],
    ),
    (
        "gf-removed-by-rates-timeline",
        {"h.csv": REMOVED_BY_RATES},
        [GF, "{h.csv}", "--timeline", "2023-03-01", "2023-04-30"],
        0,
        ["2023-03-01: membership gained", "2023-04-10: membership lost"],
        [],
    ),
    (
        "gf-2015-cn-1.5-exact",
        {"h.csv": Y2015},
        [GF, "{h.csv}", "--as-of", "2015-06-30"],
        0,
        ["version 2015", "QUALIFIES; member since 2015-06-02", "1.500%"],
        [],
    ),
    # Alibaba.com: 6 points a day for 8 days is 48 points (R86) once a validity is assumed.
    (
        "pen-aco-48-points-assumed",
        {
            "v.csv": violations(
                *(f"2024-05-0{d},general,alibaba_com,6,TM-7,g{d}" for d in range(1, 9))
            )
        },
        [
            PEN,
            "{v.csv}",
            "--platform",
            "alibaba_com",
            "--as-of",
            "2024-05-08",
            "--assume-validity",
            "365",
        ],
        1,
        ["yes (since 2024-05-08)"],
        [],
    ),
    (
        "pen-aco-42-points-assumed",
        {
            "v.csv": violations(
                *(f"2024-05-0{d},general,alibaba_com,6,TM-7,g{d}" for d in range(1, 8))
            )
        },
        [
            PEN,
            "{v.csv}",
            "--platform",
            "alibaba_com",
            "--as-of",
            "2024-05-08",
            "--assume-validity",
            "365",
        ],
        0,
        ["42"],
        [],
    ),
]

# A lock-out that ends on a clipped day (2023-11-30 + 3 months = 2024-02-29, R72), with a new
# batch filed in February: the account is readmitted on the leap day.
LEAP = REMOVED + rows(101, "2024-02-01", "L")
# Official reading: an abuse finding of a non-member counts against no_abuse while it is in the
# window (R82): to 2024-02-29; from 2024-03-01 it is out (D - 3 months < f).
ABUSE = HEAD + "abuse,2023-11-30,,,,,,,,,,,\n" + rows(101, "2024-02-01", "L")
CASES += [
    (
        "gf-leap-day-readmitted",
        {"h.csv": LEAP},
        [GF, "{h.csv}", "--timeline", "2023-11-01", "2024-03-31"],
        0,
        ["2023-11-30: membership lost", "2024-02-29: membership gained"],
        [],
    ),
    (
        "gf-official-abuse-in-window",
        {"h.csv": ABUSE},
        [GF, "{h.csv}", "--as-of", "2024-02-29", "--interpretation", "official"],
        1,
        ["FAIL overall            no_abuse"],
        [],
    ),
    (
        "gf-official-abuse-out-of-window",
        {"h.csv": ABUSE},
        [GF, "{h.csv}", "--as-of", "2024-03-01", "--interpretation", "official"],
        0,
        ["QUALIFIES; member since 2024-03-01"],
        [],
    ),
]

# The 2021 trial (R75): per reason code from 2021-12-28 for a trial account, 2022-04-15 else.
TRIAL = (
    HEAD
    + DECL.replace("2023", "2021")
    + rows(101, "2021-12-01", "A")
    + rows(2, "2021-12-02", "M", code="tm_misuse", taken_down=5, rejected=5)
)
CASES += [
    (
        "gf-trial-not-in-trial",
        {"h.csv": TRIAL},
        [GF, "{h.csv}", "--as-of", "2021-12-28"],
        0,
        ["version 2018", "QUALIFIES; member since 2021-12-01"],
        [],
    ),
    (
        "gf-trial-2021",
        {"h.csv": TRIAL},
        [GF, "{h.csv}", "--as-of", "2021-12-28", "--trial-years", "2021"],
        1,
        ["version 2022", "locked out until 2022-03-28"],
        [],
    ),
    # An expiry recorded before the window has passed: flagged early (exit 1).
    (
        "lc-expiry-recorded-early",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2024-06-01"),
                ("takedown", "2024-06-03"),
                ("counter_notice_window_expired", "2024-06-04"),
            )
        },
        [LC, "{e.toml}"],
        1,
        ["early", "runs to 2024-06-06"],
        [],
    ),
    # R61: one counter-notice per round; a second before the first is answered is refused.
    (
        "lc-two-counter-notices-in-a-round",
        {
            "e.toml": events(
                "aliexpress",
                ("ipr_verified", "2024-06-01"),
                ("takedown", "2024-06-03"),
                ("counter_notice_filed", "2024-06-03"),
                ("counter_notice_filed", "2024-06-04"),
            )
        },
        [LC, "{e.toml}"],
        2,
        ["counter_notified_1"],
        ["Traceback"],
    ),
    # Violations established after the as-of date are left out, and said to be.
    (
        "pen-violations-after-as-of",
        {
            "v.csv": violations(
                "2024-05-01,counterfeit,aliexpress,,TM,a", "2024-05-02,counterfeit,aliexpress,,TM,b"
            )
        },
        [PEN, "{v.csv}", "--platform", "aliexpress", "--as-of", "2024-04-30"],
        0,
        ["left out (2): established after 2024-04-30"],
        [],
    ),
    (
        "cn-filed-before-complaint",
        {
            "c.toml": 'platform = "alibaba_com"\nipr_type = "trademark"\n'
            'brand = "Acme"\ncomplaint_date = 2024-06-10\n'
            "filed_on = 2024-06-01\n"
        },
        [CN, "{c.toml}"],
        2,
        ["c.toml:5", "$.filed_on"],
        ["Traceback"],
    ),
]

# What-if plans (--what-if): one more complaint lifts a volume of 100 over the floor (B21);
# an assumed rate is rounded down per batch (0.95 of 7 listings: 6 taken down).
H100 = HEAD + DECL + rows(100, "2023-03-01", "A")
PLAN = 'assume = "{assume}"\n[[complaints]]\nreason_code = "tm_counterfeit"\nplatform = "tmall"\n'
CASES += [
    (
        "gf-what-if-101st",
        {"h.csv": H100, "w.toml": PLAN.format(assume="success") + "listings = 1\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31", "--what-if", "{w.toml}"],
        0,
        ["After 1 planned complaint(s)", "QUALIFIES; member since 2023-03-31", "101 > 100"],
        [],
    ),
    (
        "gf-what-if-rate-rounded-down",
        {"h.csv": H100, "w.toml": PLAN.format(assume="0.95") + "listings = 7\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31", "--what-if", "{w.toml}"],
        0,
        ["99.901% (1006/1007)"],
        [],
    ),
    (
        "gf-what-if-misspelt-key",
        {"h.csv": H100, "w.toml": PLAN.format(assume="success") + "listing = 1\n"},
        [GF, "{h.csv}", "--as-of", "2023-03-31", "--what-if", "{w.toml}"],
        2,
        ["w.toml:5", "did you mean 'listings'?"],
        ["Traceback"],
    ),
]

# 2018 upgrade (R70, R74): under the 2015 criteria (to 2018-08-14) admission needs an event;
# from 2018-08-15 it is automatic, from 2018-04-15 for an account in the 2018 trial.
Y2018 = (
    HEAD + "declaration,2018-01-01,,,,,,,,,,,\n" + rows(101, "2018-07-20", "A", platform="taobao")
)
CASES += [
    (
        "gf-2015-no-admission-event",
        {"h.csv": Y2018},
        [GF, "{h.csv}", "--as-of", "2018-08-14"],
        0,
        ["version 2015", "QUALIFIES; not a member", "admission is not automatic"],
        [],
    ),
    (
        "gf-2018-automatic",
        {"h.csv": Y2018},
        [GF, "{h.csv}", "--as-of", "2018-08-15"],
        0,
        ["version 2018", "QUALIFIES; member since 2018-08-15"],
        [],
    ),
    (
        "gf-2018-trial",
        {"h.csv": Y2018},
        [GF, "{h.csv}", "--as-of", "2018-08-14", "--trial-years", "2018"],
        0,
        ["version 2018", "QUALIFIES; member since 2018-07-20"],
        [],
    ),
]


def test_rules51_api_agrees_with_the_command(tmp_path: Path) -> None:
    """The public API gives the command's answer on the Good Faith and penalty files."""
    import datetime as dt

    import ipprules
    from ipprules.goodfaith import History, standing
    from ipprules.penalties import read_violations

    checked = 0
    for name, files, argv, code, _says, _never in CASES:
        if code == 2 or "--as-of" not in argv or {"--assume-validity", "--what-if"} & set(argv):
            continue
        ((fname, text),) = files.items()
        path = tmp_path / f"{name}-{fname}"
        path.write_text(text, encoding="utf-8")
        as_of = dt.date.fromisoformat(argv[argv.index("--as-of") + 1])
        if argv[0] == GF:
            account = argv[argv.index("--account") + 1] if "--account" in argv else None
            reading = (
                argv[argv.index("--interpretation") + 1] if "--interpretation" in argv else "brief"
            )
            trial = (
                [int(y) for y in argv[argv.index("--trial-years") + 1].split(",")]
                if "--trial-years" in argv
                else False
            )
            s = standing(
                History.from_file(path, account=account),
                as_of,
                interpretation=reading,
                trial=trial,
            )
            locked = s.locked_until is not None and s.locked_until > as_of
            assert (s.qualifies and not locked) == (code == 0), name
        elif argv[0] == PEN:
            platform = argv[argv.index("--platform") + 1]
            if platform == "xianyu" or "xianyu" in text:
                continue
            p = ipprules.penalty_standing(read_violations(path), platform, as_of)
            assert (p.closed.value == "yes") == (code == 1), name
        else:
            continue
        checked += 1
    assert checked >= 30


@pytest.mark.parametrize(
    ("files", "argv", "code", "says", "never"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_rules51_file(
    files: dict[str, str],
    argv: list[str],
    code: int,
    says: list[str],
    never: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = {}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths[name] = str(tmp_path / name)
    args = [paths.get(a[1:-1], a) if a.startswith("{") else a for a in argv]
    rc, out, err = run_cli(args, capsys)
    both = out + err
    assert rc == code, both
    for text in says:
        assert text in both, (text, both)
    for text in never:
        assert text not in both, (text, both)


def test_rules51_has_forty_files() -> None:
    assert sum(len(c[1]) for c in CASES) >= 40
