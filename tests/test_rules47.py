"""rules47: a grader's cases for sections 1.5, 1.6 and 1.9 of the rule text, as one table.

Each case was written from /work/shared/domain/ipp-rules.md (part 0 the default reading, a
documented gap ``unknown``) before the existing tests were read: an input, the answer the rule
text gives, and the rule that decides it. The public API and the CLI (run in process) are both
asked. Hostile but plausible inputs expect a clear library error, or exit code 2 in the CLI.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.errors import InputError, IpprulesError, UnknownNameError
from ipprules.lifecycle import (
    EventRecord,
    IllegalTransition,
    State,
    deadline_for,
    lifecycle_report,
    reject_counter_notices,
    replay,
    stays_online,
    step,
)
from ipprules.penalties import Violation, penalty_standing

D = date
_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_VIEW = default_rulebook().as_of("2024-06-03")
_OFFICIAL = default_rulebook().as_of("2024-06-03", "official")

_FILES = {
    "bad.csv": "date,kind,platform,points\n2024-03-04,general,aliexpress,4\n"
    "2026-13-01,general,aliexpress,4\n",
    "ae3.csv": "date,kind\n2024-03-04,counterfeit\n2024-03-07,counterfeit\n2024-03-10,piracy\n",
    "space.json": '{"platform": "tao bao", "events": [{"event": "ipr_verified", "on": "2024-05-02"}]}',
    "early.json": '{"platform": "taobao", "ipr_submitted": "2024-05-05", '
    '"events": [{"event": "ipr_verified", "on": "2024-05-02"}]}',
    "sameday.json": '{"platform": "aliexpress", "events": [{"event": "ipr_verified", "on": '
    '"2024-05-03"}, {"event": "takedown", "on": "2024-05-03"}, {"event": "withdraw", "on": '
    '"2024-05-03"}]}',
    "feb30.json": '[{"event": "ipr_verified", "on": "2024-05-03"}, '
    '{"event": "takedown", "on": "2024-02-30"}]',
}


def _cn(complaint: str, filed: str, bought: str, quantity: int) -> str:
    """An Alibaba.com trademark counter-notice with one purchase and a valid authorisation."""
    return (
        f'platform = "alibaba_com"\nipr_type = "trademark"\nbrand = "Acme"\n'
        f"complaint_date = {complaint}\nfiled_on = {filed}\n\n[[purchases]]\n"
        f'id = "INV-1"\nkind = "invoice"\ndate = {bought}\nquantity = {quantity}\n'
        f'signed_by = ["buyer", "seller"]\nproduct_matches = true\n\n[[authorisations]]\n'
        f'id = "LOA-7"\nby_owner = true\nbrand = "ACME"\nvalid_from = 2020-01-01\n'
        f"valid_until = 2030-05-31\n"
    )


_CN_FILES = {
    "cn-month-end-in.toml": _cn("2025-08-31", "2025-09-01", "2025-02-28", 30),
    "cn-month-end-out.toml": _cn("2025-08-31", "2025-09-01", "2025-02-27", 30),
    "cn-after.toml": _cn("2024-06-10", "2024-06-11", "2024-06-11", 30),
    "cn-20.toml": _cn("2024-06-10", "2024-06-11", "2024-06-01", 20),
    "cn-21.toml": _cn("2024-06-10", "2024-06-11", "2024-06-01", 21),
    "cn-before.toml": _cn("2024-06-10", "2024-06-07", "2024-06-01", 21),
    "cn-late.toml": _cn("2024-06-07", "2024-06-13", "2024-06-01", 21),
    "cn-leap.toml": _cn("2024-08-31", "2024-09-02", "2024-02-29", 30),
    "cn-feb30.toml": _cn("2024-06-10", "2024-06-11", "2024-02-30", 30),
}
_FILES.update(_CN_FILES)
# A platform id written with a space or a hyphen is the id, not another platform: refused at its
# cell (as 'TaoBao' is), never left out of the count (which turned a closure into "no").
_FILES["spaced.csv"] = (
    "date,kind,platform\n2024-03-04,counterfeit,aliexpress\n"
    "2024-03-07,counterfeit,ali express\n2024-03-10,counterfeit,aliexpress\n"
)

_PLAN = """[account]
name = "Lumen Optics Co., Ltd."
location = "mainland_china"
identity = "enterprise"
category = "right_holder"
documents = [
    { kind = "business_registration", name = "Lumen Optics Co., Ltd.", language = "zh", sealed = true },
]
registered = true

[[rights]]
id = "tm"
ipr_type = "trademark"
name = "LUMEN"
place = "CN"
number = "31234567"
registration_date = 2019-06-14
expiry_date = 2029-06-13
classes = [9]
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "trademark_certificate", colour = true, language = "zh" }]

[[complaints]]
id = "c1"
platform = "%s"
right = "tm"
reason = "%s"
target = "%s"
supplement = "Counterfeit LUMEN lamps."
listings = ["%s"]
"""
_URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "1688": "https://detail.1688.com/offer/585943639773.html",
    "store": "https://lyb2528.taobao.com/index.htm",
}


def _check(platform: str, reason: str, target: str = "listing") -> set[tuple[str, str]]:
    url = _URLS["store" if target == "storefront" else platform]
    path = Path("plan.toml")
    path.write_text(_PLAN % (platform, reason, target, url), encoding="utf-8")
    report = ipprules.check(ipprules.read_plan(path), as_of="2024-06-03")
    return {(f.severity.value, f.code) for f in report.findings}


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse refuses an option's value by exiting
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def _rc(ipr_type: str, platform: str, target: str = "listing", **kw: Any) -> set[str]:
    return {c.id for c in _VIEW.reason_codes_for(ipr_type, platform, target, **kw)}


def _due(deadline_id: str, start: Any, **kw: Any) -> tuple[str, Any, Any, Any]:
    r = deadline_for(deadline_id, start, **kw)
    return r.status.value, r.due, r.latest, r.amount


def _ev(*pairs: Any) -> list[EventRecord]:
    out = []
    for name, on in pairs:
        if isinstance(name, tuple):
            out.append(EventRecord(name[0], on=on, reason=name[1]))
        else:
            out.append(EventRecord(name, on=on))
    return out


def _lr(*pairs: Any, **kw: Any) -> tuple[str, list[str], list[tuple[str, str, Any]]]:
    r = lifecycle_report(_ev(*pairs), **kw)
    return (
        r.state.value,
        [f.kind.value for f in r.flags],
        [(d.deadline_id, d.status.value, d.due) for d in r.deadlines],
    )


def _notes(*pairs: Any, **kw: Any) -> str:
    return " ".join(lifecycle_report(_ev(*pairs), **kw).notes)


def _ps(violations: list[Violation], platform: str, on: date, **kw: Any) -> tuple[str, ...]:
    s = penalty_standing(violations, platform, on, **kw)
    return s.points.text, s.serious.text, s.closed.value


def _psn(violations: list[Violation], platform: str, on: date, **kw: Any) -> str:
    return " ".join(penalty_standing(violations, platform, on, **kw).notes)


def _standing_text(written: str, platform: str) -> str:
    violation = Violation(on=D(2024, 3, 4), kind="counterfeit", platform=written)
    return penalty_standing([violation], platform, D(2024, 3, 4)).text()


def _said(call: Callable[[], str]) -> str:
    """What an answer says: its text, or the message of the library error it raises."""
    try:
        return call()
    except IpprulesError as exc:
        return str(exc)


def _v(day: date, kind: str, n: int = 1, **kw: Any) -> list[Violation]:
    return [Violation(on=day, kind=kind, **kw) for _ in range(n)]


_ROUNDS3 = ["ipr_verified", "takedown"] + [
    "counter_notice_filed",
    "platform_rejects_counter_notice",
] * 3

# Expectations: ("eq", value), ("has", item) / ("lacks", item) for containers,
# ("in", substring) for text, ("said", substring) for a CLI answer of any exit code,
# ("raises", type, substring), ("cli", exit, substring).
CASES: list[tuple[str, str, Callable[[], Any], tuple[Any, ...]]] = [
    # ---------------------------------------------------------------- 1.5 reason codes
    (
        "rc-taobao-tm-counterfeit",
        "B16 R52",
        lambda: _rc("trademark", "taobao"),
        ("has", "tm_counterfeit"),
    ),
    (
        "rc-ae-tm-misleading",
        "R51 general (c)",
        lambda: _rc("trademark", "aliexpress"),
        ("has", "tm_misleading"),
    ),
    (
        "rc-1688-tm-no-misleading",
        "R52 two TM categories",
        lambda: _rc("trademark", "1688"),
        ("lacks", "tm_misleading"),
    ),
    (
        "rc-taobao-design-judgment",
        "R54 (a)",
        lambda: _rc("patent", "taobao"),
        ("has", "pat_design_judgment"),
    ),
    (
        "rc-taobao-design-suspected",
        "R54 (b)",
        lambda: _rc("patent", "taobao"),
        ("has", "pat_design_suspected"),
    ),
    (
        "rc-1688-patent",
        "R52 patent",
        lambda: _rc("patent", "1688"),
        ("eq", {"pat_design", "pat_invention"}),
    ),
    (
        "rc-ae-piracy",
        "R51 serious (a)",
        lambda: _rc("copyright", "aliexpress"),
        ("has", "cr_piracy"),
    ),
    ("rc-1688-piracy", "R52 copyright (1)", lambda: _rc("copyright", "1688"), ("has", "cr_piracy")),
    (
        "rc-ae-copied-photos",
        "R55",
        lambda: _rc("copyright", "aliexpress"),
        ("has", "cr_copied_content"),
    ),
    ("rc-taobao-other", "B10 B6", lambda: _rc("other", "taobao"), ("eq", {"other_judgment"})),
    (
        "rc-taobao-storefront",
        "B16 R42",
        lambda: _rc("trademark", "taobao", "storefront"),
        ("eq", {"tm_store_misuse"}),
    ),
    (
        "rc-tmall-storefront",
        "B16",
        lambda: _rc("trademark", "tmall", "storefront"),
        ("has", "tm_store_misuse"),
    ),
    (
        "rc-tmallglobal-storefront",
        "B16 incl. Tmall Global",
        lambda: _rc("trademark", "tmall_global", "storefront"),
        ("has", "tm_store_misuse"),
    ),
    (
        "rc-ae-storefront",
        "B16 storefront only Tao",
        lambda: _rc("trademark", "aliexpress", "storefront"),
        ("eq", set()),
    ),
    ("rc-1688-storefront", "B16", lambda: _rc("trademark", "1688", "storefront"), ("eq", set())),
    (
        "rc-alibaba-storefront",
        "B16",
        lambda: _rc("copyright", "alibaba_com", "storefront"),
        ("eq", set()),
    ),
    (
        "rc-lazada-storefront",
        "B16",
        lambda: _rc("trademark", "lazada_vn", "storefront"),
        ("eq", set()),
    ),
    (
        "rc-gf-member-taobao",
        "R50 R76(5)",
        lambda: _rc("trademark", "taobao", member=True),
        ("has", "gf_counterfeit_simplified"),
    ),
    (
        "rc-gf-nonmember-taobao",
        "R50",
        lambda: _rc("trademark", "taobao"),
        ("lacks", "gf_counterfeit_simplified"),
    ),
    (
        "rc-gf-member-aliexpress",
        "R79 D2 Tao only",
        lambda: _rc("trademark", "aliexpress", member=True),
        ("lacks", "gf_counterfeit_simplified"),
    ),
    (
        "rc-design-type",
        "B6 designs filed as patent",
        lambda: _rc("design", "taobao"),
        ("raises", UnknownNameError, "patent"),
    ),
    (
        "rc-platform-space",
        "platform id",
        lambda: _rc("trademark", "tao bao"),
        ("raises", UnknownNameError, "did you mean 'taobao'"),
    ),
    (
        "rc-xianyu-python",
        "B1 filed as taobao",
        lambda: _rc("trademark", "xianyu"),
        ("raises", UnknownNameError, "taobao"),
    ),
    (
        "rc-type-case",
        "B6",
        lambda: _rc("Trademark", "taobao"),
        ("raises", UnknownNameError, "did you mean 'trademark'"),
    ),
    (
        "cli-rc-ae-storefront",
        "B16",
        lambda: _run(
            "rules",
            "reasons",
            "--platform",
            "aliexpress",
            "--target",
            "storefront",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 0, "no store-front complaints (B16)"),
    ),
    (
        "cli-rc-ae-counterfeit-serious",
        "R51",
        lambda: _run(
            "rules",
            "reasons",
            "--platform",
            "aliexpress",
            "--ipr-type",
            "trademark",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 0, "serious"),
    ),
    # ---------------------------------------------------------------- 1.6 deadlines
    (
        "dl-r1-friday",
        "R61 3 business days",
        lambda: _due("counter_notice_round_1", D(2024, 5, 3)),
        ("eq", ("due", D(2024, 5, 8), D(2024, 5, 8), 3)),
    ),
    (
        "dl-r1-saturday",
        "R61",
        lambda: _due("counter_notice_round_1", D(2024, 5, 4))[1],
        ("eq", D(2024, 5, 8)),
    ),
    (
        "dl-r1-feb29",
        "R61 leap day",
        lambda: _due("counter_notice_round_1", D(2024, 2, 29))[1],
        ("eq", D(2024, 3, 5)),
    ),
    (
        "dl-r1-year-end",
        "R61 across new year",
        lambda: _due("counter_notice_round_1", D(2024, 12, 27))[1],
        ("eq", D(2025, 1, 1)),
    ),
    (
        "dl-r23-before-change",
        "R61 30 before 2022-01-20",
        lambda: _due("counter_notice_round_2_3", D(2022, 1, 19))[::3],
        ("eq", ("due", 30)),
    ),
    (
        "dl-r23-before-change-due",
        "R61",
        lambda: _due("counter_notice_round_2_3", D(2022, 1, 19))[1],
        ("eq", D(2022, 3, 2)),
    ),
    (
        "dl-r23-on-change",
        "R61 27 from 2022-01-20",
        lambda: _due("counter_notice_round_2_3", "2022-01-20")[1::2],
        ("eq", (D(2022, 2, 28), 27)),
    ),
    (
        "dl-r23-straddle-note",
        "R61 change inside window",
        lambda: deadline_for("counter_notice_round_2_3", D(2022, 1, 10)).note,
        ("in", "2022-02-16"),
    ),
    (
        "dl-r23-year-end",
        "R61 27 over new year",
        lambda: _due("counter_notice_round_2_3", D(2025, 12, 15))[1],
        ("eq", D(2026, 1, 21)),
    ),
    (
        "dl-counterfeit-24h",
        "B19 under 24 h",
        lambda: _due("processing_counterfeit", D(2024, 12, 31))[:2],
        ("eq", ("expected", D(2025, 1, 1))),
    ),
    (
        "dl-general-leap",
        "B19 under 3 days",
        lambda: _due("processing_general", D(2024, 2, 27))[:2],
        ("eq", ("expected", D(2024, 3, 1))),
    ),
    (
        "dl-general-nonleap",
        "B19",
        lambda: _due("processing_general", D(2023, 2, 27))[1],
        ("eq", D(2023, 3, 2)),
    ),
    (
        "dl-alibaba-seller",
        "R60 3 working days",
        lambda: _due("seller_response_alibaba_com", D(2024, 5, 3))[:2],
        ("eq", ("due", D(2024, 5, 8))),
    ),
    (
        "dl-alibaba-review",
        "R66 7 working days",
        lambda: _due("processing_alibaba_com_review", D(2024, 5, 3))[1],
        ("eq", D(2024, 5, 14)),
    ),
    (
        "dl-filer-reply-gap",
        "D4 unknown",
        lambda: _due("filer_reply_to_counter_notice", D(2024, 5, 3))[:2],
        ("eq", ("unknown", None)),
    ),
    (
        "dl-ipr-verification",
        "R7 D6 3-5",
        lambda: _due("ipr_verification", D(2024, 5, 3))[1:3],
        ("eq", (D(2024, 5, 8), D(2024, 5, 10))),
    ),
    (
        "dl-lazada-3-5",
        "D4 Lazada",
        lambda: _due("counter_notice_lazada", D(2024, 5, 3), platform="lazada_sg")[:3],
        ("eq", ("due", D(2024, 5, 8), D(2024, 5, 10))),
    ),
    (
        "dl-lazada-on-taobao",
        "D4 Lazada only",
        lambda: _due("counter_notice_lazada", D(2024, 5, 3), platform="taobao"),
        ("raises", IpprulesError, "lazada"),
    ),
    (
        "dl-ipp-plus",
        "R92 under 2 business days",
        lambda: _due("processing_lazada_ipp_plus", D(2024, 5, 3))[:2],
        ("eq", ("due", D(2024, 5, 7))),
    ),
    (
        "dl-ipp-plus-2019",
        "R92 pilot from 2020",
        lambda: _due("processing_lazada_ipp_plus", D(2019, 6, 3)),
        ("raises", UnknownNameError, ""),
    ),
    (
        "dl-month-13",
        "bad date",
        lambda: _due("counter_notice_round_1", "2026-13-01"),
        ("raises", InputError, "month must be in 1..12"),
    ),
    (
        "dl-feb29-nonleap",
        "bad date",
        lambda: _due("counter_notice_round_1", "2023-02-29"),
        ("raises", InputError, "day is out of range"),
    ),
    (
        "dl-none-start",
        "type",
        lambda: _due("counter_notice_round_1", None),
        ("raises", TypeError, "start"),
    ),
    (
        "dl-1899",
        "range",
        lambda: _due("counter_notice_round_1", D(1899, 12, 29)),
        ("raises", IpprulesError, "1900-01-01"),
    ),
    (
        "dl-event-as-id",
        "event is no deadline id",
        lambda: _due("takedown", D(2024, 5, 3)),
        ("raises", UnknownNameError, ""),
    ),
    (
        "dl-platform-space",
        "platform id",
        lambda: _due("counter_notice_round_1", D(2024, 5, 3), platform="ali express"),
        ("raises", UnknownNameError, "did you mean 'aliexpress'"),
    ),
    (
        "cli-dl-month-13",
        "bad date",
        lambda: _run("deadline", "takedown", "--on", "2026-13-01"),
        ("cli", 2, "month must be in 1..12"),
    ),
    (
        "cli-dl-feb30",
        "bad date",
        lambda: _run("deadline", "takedown", "--on", "2024-02-30"),
        ("cli", 2, "day is out of range"),
    ),
    (
        "cli-dl-feb29",
        "R61",
        lambda: _run("deadline", "counter_notice_round_1", "--on", "2024-02-29"),
        ("cli", 0, "due 2024-03-05"),
    ),
    (
        "cli-dl-platform-space",
        "platform id",
        lambda: _run("deadline", "takedown", "--on", "2024-05-03", "--platform", "tao bao"),
        ("cli", 2, "did you mean 'taobao'"),
    ),
    (
        "cli-dl-platform-upper",
        "platform id",
        lambda: _run("deadline", "takedown", "--on", "2024-05-03", "--platform", "TAOBAO"),
        ("cli", 2, "did you mean 'taobao'"),
    ),
    (
        "cli-dl-xianyu-brief",
        "B1",
        lambda: _run("deadline", "takedown", "--on", "2024-05-03", "--platform", "xianyu"),
        ("cli", 0, "due 2024-06-11"),
    ),
    (
        "cli-dl-xianyu-official",
        "R33 D11",
        lambda: _run(
            "deadline",
            "takedown",
            "--on",
            "2024-05-03",
            "--platform",
            "xianyu",
            "--interpretation",
            "official",
        ),
        ("cli", 2, "xianyu"),
    ),
    (
        "cli-dl-china-new-year",
        "R61 CN calendar",
        lambda: _run(
            "deadline", "counter_notice_round_1", "--on", "2024-12-27", "--calendar", "china"
        ),
        ("cli", 0, "due 2025-01-02"),
    ),
    (
        "cli-dl-china-makeup-day",
        "R61 CN 2024-10-12 worked",
        lambda: _run(
            "deadline", "counter_notice_round_1", "--on", "2024-10-10", "--calendar", "china"
        ),
        ("cli", 0, "due 2024-10-14"),
    ),
    (
        "cli-dl-china-golden-week",
        "R61 CN",
        lambda: _run(
            "deadline", "counter_notice_round_1", "--on", "2024-09-27", "--calendar", "china"
        ),
        ("cli", 0, "due 2024-10-08"),
    ),
    (
        "cli-dl-china-uncovered",
        "no guess",
        lambda: _run(
            "deadline", "counter_notice_round_1", "--on", "2026-12-30", "--calendar", "china"
        ),
        ("cli", 2, "outside it"),
    ),
    (
        "cli-dl-thai-songkran",
        "R61 D4 TH",
        lambda: _run(
            "deadline",
            "counter_notice_round_1",
            "--on",
            "2025-04-11",
            "--calendar",
            "site",
            "--platform",
            "lazada_th",
        ),
        ("cli", 0, "due 2025-04-21"),
    ),
    (
        "cli-dl-thai-alternative",
        "D4 named",
        lambda: _run(
            "deadline",
            "counter_notice_round_1",
            "--on",
            "2025-04-11",
            "--calendar",
            "site",
            "--platform",
            "lazada_th",
        ),
        ("cli", 0, "counter_notice_lazada"),
    ),
    (
        "cli-dl-date-space",
        "bad date",
        lambda: _run("deadline", "takedown", "--on", "2024-05-03 "),
        ("cli", 2, "without spaces"),
    ),
    # ---------------------------------------------------------------- 1.6 lifecycle
    (
        "lc-withdraw-taken-down",
        "B20",
        lambda: replay(["ipr_verified", "takedown", "withdraw"]).value,
        ("eq", "withdrawn"),
    ),
    (
        "lc-withdraw-review-brief",
        "B20 default",
        lambda: replay(["ipr_verified", "withdraw"]),
        ("raises", IllegalTransition, "allowed under: official"),
    ),
    (
        "lc-withdraw-review-official",
        "R65 alternative",
        lambda: replay(["ipr_verified", "withdraw"], rulebook=_OFFICIAL).value,
        ("eq", "withdrawn_before_takedown"),
    ),
    (
        "lc-withdraw-pending",
        "R7",
        lambda: replay(["withdraw"]),
        ("raises", IllegalTransition, "pending_verification"),
    ),
    (
        "lc-filer-accepts",
        "R56 (1)",
        lambda: (
            stays_online(
                replay(
                    [
                        "ipr_verified",
                        "takedown",
                        "counter_notice_filed",
                        "filer_accepts_counter_notice",
                    ]
                )
            ).value
        ),
        ("eq", "filer_accepted_counter_notice"),
    ),
    (
        "lc-platform-accepts",
        "R56 (2)",
        lambda: (
            stays_online(
                replay(
                    [
                        "ipr_verified",
                        "takedown",
                        "counter_notice_filed",
                        "platform_accepts_counter_notice",
                    ]
                )
            ).value
        ),
        ("eq", "platform_accepted_counter_notice"),
    ),
    (
        "lc-withdrawn-online",
        "R56 (3)",
        lambda: stays_online(State.WITHDRAWN).value,
        ("eq", "filer_withdrew"),
    ),
    ("lc-three-chances", "R61 three chances", lambda: replay(_ROUNDS3).value, ("eq", "closed")),
    (
        "lc-fourth-chance",
        "R61",
        lambda: replay([*_ROUNDS3, "counter_notice_filed"]),
        ("raises", IllegalTransition, "final"),
    ),
    (
        "lc-withdraw-closed",
        "B20",
        lambda: replay([*_ROUNDS3, "withdraw"]),
        ("raises", IllegalTransition, "closed"),
    ),
    (
        "lc-cn-under-review",
        "R57 after takedown",
        lambda: replay(["ipr_verified", "counter_notice_filed"]),
        ("raises", IllegalTransition, "under_review"),
    ),
    (
        "lc-takedown-unverified",
        "R7",
        lambda: replay(["takedown"]),
        ("raises", IllegalTransition, "ipr_verified"),
    ),
    (
        "lc-rejected-not-r56",
        "R59",
        lambda: stays_online(replay(["ipr_verified", "reject"])),
        ("eq", None),
    ),
    (
        "lc-reject-needs-reason",
        "R59",
        lambda: step(State.UNDER_REVIEW, EventRecord("reject")),
        ("raises", IpprulesError, "reason"),
    ),
    ("lc-ipr-refused", "R7 R9", lambda: replay(["ipr_refused"]).value, ("eq", "rejected")),
    (
        "lc-withdraw-reinstated",
        "final",
        lambda: replay(
            [
                "ipr_verified",
                "takedown",
                "counter_notice_filed",
                "filer_accepts_counter_notice",
                "withdraw",
            ]
        ),
        ("raises", IllegalTransition, "final"),
    ),
    (
        "lc-event-space",
        "event name",
        lambda: replay(["ipr_verified", "take down"]),
        ("raises", UnknownNameError, "did you mean 'takedown'"),
    ),
    (
        "lc-same-day",
        "two events one day",
        lambda: _lr(
            ("ipr_verified", "2024-05-03"), ("takedown", "2024-05-03"), platform="aliexpress"
        ),
        ("eq", ("taken_down", [], [("counter_notice_round_1", "due", D(2024, 5, 8))])),
    ),
    (
        "lc-out-of-order",
        "dates backwards",
        lambda: _lr(("ipr_verified", "2024-05-06"), ("takedown", "2024-05-03")),
        ("raises", InputError, "date order"),
    ),
    (
        "lc-late-cn",
        "R61 chance used",
        lambda: _lr(
            ("ipr_verified", "2024-05-02"),
            ("takedown", "2024-05-03"),
            ("counter_notice_filed", "2024-05-09"),
            platform="aliexpress",
        )[:2],
        ("eq", ("counter_notified_2", ["late"])),
    ),
    (
        "lc-in-time-cn",
        "R61",
        lambda: _lr(
            ("ipr_verified", "2024-05-02"),
            ("takedown", "2024-05-03"),
            ("counter_notice_filed", "2024-05-08"),
            platform="aliexpress",
        )[:2],
        ("eq", ("counter_notified_1", [])),
    ),
    (
        "lc-before-submission",
        "R7",
        lambda: _lr(("ipr_verified", "2024-05-02"), ipr_submitted_on=D(2024, 5, 4)),
        ("raises", InputError, "before the IPR was submitted"),
    ),
    (
        "lc-month-13",
        "bad date",
        lambda: _lr(("ipr_verified", "2026-13-01")),
        ("raises", InputError, "month must be in 1..12"),
    ),
    (
        "lc-feb29-nonleap",
        "bad date",
        lambda: _lr(("ipr_verified", "2023-02-28"), ("takedown", "2023-02-29")),
        ("raises", InputError, "day is out of range"),
    ),
    (
        "lc-round2-window",
        "R61 27 from receipt",
        lambda: _lr(
            ("ipr_verified", "2024-05-02"),
            ("takedown", "2024-05-03"),
            ("counter_notice_filed", "2024-05-06"),
            (("filer_rejects_counter_notice", "forged invoice"), "2024-05-07"),
        )[2],
        ("eq", [("counter_notice_round_2_3", "due", D(2024, 6, 11))]),
    ),
    (
        "lc-alibaba-notice",
        "R60 R61 from notice",
        lambda: _lr(
            ("ipr_verified", "2024-05-01"),
            ("takedown", "2024-05-07"),
            platform="alibaba_com",
            notice_received_on=D(2024, 5, 2),
        )[2],
        (
            "eq",
            [
                ("counter_notice_round_1", "due", D(2024, 5, 7)),
                ("seller_response_alibaba_com", "due", D(2024, 5, 7)),
            ],
        ),
    ),
    (
        "lc-lazada-disputed",
        "D4 3-5 days",
        lambda: _lr(
            ("ipr_verified", "2024-05-02"),
            ("takedown", "2024-05-03"),
            ("counter_notice_filed", "2024-05-09"),
            platform="lazada_sg",
        )[:2],
        ("eq", ("counter_notified_1", ["disputed"])),
    ),
    (
        "lc-taobao-s56-note",
        "R65 S56",
        lambda: _notes(
            ("ipr_verified", "2024-05-01"),
            ("takedown", "2024-05-03"),
            ("withdraw", "2024-05-03"),
            platform="taobao",
        ),
        ("in", "S56"),
    ),
    (
        "lc-withdraw-after-windows",
        "B20 R61",
        lambda: _notes(
            ("ipr_verified", "2024-05-02"),
            ("takedown", "2024-05-03"),
            ("counter_notice_window_expired", "2024-05-09"),
            ("withdraw", "2024-07-01"),
        ),
        ("in", "no chance was left"),
    ),
    (
        "lc-platform-space",
        "platform id",
        lambda: _lr(("ipr_verified", "2024-05-02"), platform="tao bao"),
        ("raises", UnknownNameError, "did you mean 'taobao'"),
    ),
    (
        "lc-batch-brief",
        "B20 batch",
        lambda: (
            reject_counter_notices(
                {"A": State.COUNTER_NOTIFIED_2, "B": State.TAKEN_DOWN}, reason="forged"
            ).states
        ),
        ("eq", {"A": State.COUNTER_NOTICE_REJECTED_2, "B": State.TAKEN_DOWN}),
    ),
    (
        "lc-batch-official",
        "R67 gap",
        lambda: (
            reject_counter_notices(
                {"A": State.COUNTER_NOTIFIED_1}, reason="forged", rulebook=_OFFICIAL
            ).batch.value
        ),
        ("eq", "unknown"),
    ),
    (
        "lc-batch-empty-reason",
        "B20 with a reason",
        lambda: reject_counter_notices({"A": State.COUNTER_NOTIFIED_1}, reason=""),
        ("raises", IpprulesError, "reason"),
    ),
    (
        "cli-lc-withdraw-review",
        "B20",
        lambda: _run(
            "lifecycle",
            "--events",
            "ipr_verified,withdraw",
            "--on",
            "2024-06-03,2024-06-04",
            "--platform",
            "taobao",
        ),
        ("cli", 2, "allowed under: official"),
    ),
    (
        "cli-lc-withdraw-review-official",
        "R65",
        lambda: _run(
            "lifecycle",
            "--events",
            "ipr_verified,withdraw",
            "--on",
            "2024-06-03,2024-06-04",
            "--platform",
            "taobao",
            "--interpretation",
            "official",
        ),
        ("cli", 0, "withdrawn_before_takedown"),
    ),
    (
        "cli-lc-late",
        "R61",
        lambda: _run(
            "lifecycle",
            "--events",
            "ipr_verified,takedown,counter_notice_filed",
            "--on",
            "2024-05-02,2024-05-03,2024-05-09",
            "--platform",
            "aliexpress",
        ),
        ("cli", 1, "late"),
    ),
    (
        "cli-lc-reason-missing",
        "B20 reason",
        lambda: _run(
            "lifecycle",
            "--events",
            "ipr_verified,takedown,counter_notice_filed,filer_rejects_counter_notice",
            "--on",
            "2024-05-02,2024-05-03,2024-05-06,2024-05-07",
        ),
        ("cli", 2, "needs a reason"),
    ),
    (
        "cli-lc-dates-backwards",
        "dates",
        lambda: _run(
            "lifecycle", "--events", "ipr_verified,takedown", "--on", "2024-05-03,2024-05-02"
        ),
        ("cli", 2, "date order"),
    ),
    (
        "cli-lc-file-space",
        "platform id",
        lambda: _run("lifecycle", "space.json"),
        ("cli", 2, "space.json:1:14: $.platform"),
    ),
    (
        "cli-lc-file-early",
        "R7",
        lambda: _run("lifecycle", "early.json"),
        ("cli", 2, "$.events[0].on"),
    ),
    (
        "cli-lc-file-sameday",
        "B20 same day",
        lambda: _run("lifecycle", "sameday.json"),
        ("cli", 0, "withdrawn"),
    ),
    (
        "cli-lc-file-feb30",
        "bad date",
        lambda: _run("lifecycle", "feb30.json"),
        ("cli", 2, "$[1].on"),
    ),
    # ---------------------------------------------------------------- 1.9 penalties
    (
        "pn-ae-daily-cap",
        "R85 6 a day",
        lambda: _ps(_v(D(2024, 3, 4), "general", 3, points=4), "aliexpress", D(2024, 3, 4))[0],
        ("eq", "6"),
    ),
    (
        "pn-ae-two-days",
        "R85",
        lambda: _ps(
            [*_v(D(2024, 3, 4), "general", points=4), *_v(D(2024, 3, 5), "general", points=4)],
            "aliexpress",
            D(2024, 3, 5),
        )[0],
        ("eq", "8"),
    ),
    (
        "pn-ae-cap-no-points",
        "R85 cap bounds",
        lambda: _ps(_v(D(2024, 3, 4), "general", 3), "aliexpress", D(2024, 3, 4))[0],
        ("eq", "0 to 6"),
    ),
    (
        "pn-ae-merge",
        "R85 3-day window",
        lambda: _ps(
            [*_v(D(2024, 3, 4), "counterfeit"), *_v(D(2024, 3, 6), "counterfeit")],
            "aliexpress",
            D(2024, 3, 6),
        )[1],
        ("eq", "1"),
    ),
    (
        "pn-ae-third-day",
        "R85 disputed window",
        lambda: _psn(
            [*_v(D(2024, 3, 4), "counterfeit"), *_v(D(2024, 3, 7), "counterfeit")],
            "aliexpress",
            D(2024, 3, 7),
        ),
        ("in", "serious would be 1 (here 2)"),
    ),
    (
        "pn-ae-three-strikes",
        "R85 closure",
        lambda: _ps(
            [
                *_v(D(2024, 3, 4), "counterfeit"),
                *_v(D(2024, 3, 7), "counterfeit"),
                *_v(D(2024, 3, 10), "piracy"),
            ],
            "aliexpress",
            D(2024, 3, 10),
        ),
        ("eq", ("0", "3", "yes")),
    ),
    (
        "pn-ae-s43",
        "D10 S43",
        lambda: _psn(
            [
                *_v(D(2024, 3, 4), "counterfeit"),
                *_v(D(2024, 3, 7), "counterfeit"),
                *_v(D(2024, 3, 10), "piracy"),
            ],
            "aliexpress",
            D(2024, 3, 10),
        ),
        ("in", "S43"),
    ),
    (
        "pn-ae-day-364",
        "R85 365 days",
        lambda: _ps(_v(D(2024, 3, 4), "general", points=2), "aliexpress", D(2025, 3, 3))[0],
        ("eq", "2"),
    ),
    (
        "pn-ae-day-365",
        "R85",
        lambda: _ps(_v(D(2024, 3, 4), "general", points=2), "aliexpress", D(2025, 3, 4))[0],
        ("eq", "0"),
    ),
    (
        "pn-ae-feb29-day-364",
        "R85 leap",
        lambda: _ps(_v(D(2024, 2, 29), "general", points=2), "aliexpress", D(2025, 2, 27))[0],
        ("eq", "2"),
    ),
    (
        "pn-ae-feb29-day-365",
        "R85 leap",
        lambda: _ps(_v(D(2024, 2, 29), "general", points=2), "aliexpress", D(2025, 2, 28))[0],
        ("eq", "0"),
    ),
    (
        "pn-ae-strike-expired",
        "R85",
        lambda: _ps(
            [
                *_v(D(2023, 3, 4), "counterfeit"),
                *_v(D(2024, 3, 7), "counterfeit"),
                *_v(D(2024, 3, 10), "counterfeit"),
            ],
            "aliexpress",
            D(2024, 3, 10),
        )[1:],
        ("eq", ("2", "no")),
    ),
    (
        "pn-abc-four-serious",
        "R86 4 serious",
        lambda: _ps(
            [Violation(on=D(2024, 3, 4), kind="counterfeit", right=f"T{i}") for i in range(4)],
            "alibaba_com",
            D(2024, 3, 4),
        )[2],
        ("eq", "yes"),
    ),
    (
        "pn-abc-three-one-right",
        "R86 3 on one IPR",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 3, right="T1"), "alibaba_com", D(2024, 3, 4))[
            2
        ],
        ("eq", "yes"),
    ),
    (
        "pn-abc-two-one-right",
        "R86",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 2, right="T1"), "alibaba_com", D(2024, 3, 4))[
            2
        ],
        ("eq", "no"),
    ),
    (
        "pn-abc-three-rights",
        "R86 default",
        lambda: _ps(
            [Violation(on=D(2024, 3, 4), kind="counterfeit", right=f"T{i}") for i in range(3)],
            "alibaba_com",
            D(2024, 3, 4),
        )[2],
        ("eq", "no"),
    ),
    (
        "pn-abc-three-rights-r87",
        "R87 D10 other reading",
        lambda: _psn(_v(D(2024, 3, 4), "counterfeit", 3), "alibaba_com", D(2024, 3, 4)),
        ("in", "under official: closed would be yes"),
    ),
    (
        "pn-abc-no-rights",
        "R86 per-IPR unknown",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 3), "alibaba_com", D(2024, 3, 4))[2],
        ("eq", "unknown"),
    ),
    (
        "pn-abc-48",
        "R86 48 points",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", points=48), "alibaba_com", D(2024, 3, 4))[2],
        ("eq", "yes"),
    ),
    (
        "pn-abc-copyright-cap",
        "R86 copyright cap",
        lambda: _ps(_v(D(2024, 3, 4), "piracy", 2, points=5), "alibaba_com", D(2024, 3, 4))[0],
        ("eq", "6"),
    ),
    (
        "pn-abc-ladder-12",
        "R86 ladder S42",
        lambda: (
            penalty_standing(
                [*_v(D(2024, 3, 4), "general", points=6), *_v(D(2024, 3, 5), "general", points=6)],
                "alibaba_com",
                D(2024, 3, 5),
                validity_days=365,
            ).ladder_step.action
        ),
        ("eq", "restriction for 7 days"),
    ),
    (
        "pn-abc-validity-gap",
        "R86 validity undocumented",
        lambda: _ps(
            [Violation(on=D(2024, 3, d), kind="general", points=6) for d in range(4, 12)],
            "alibaba_com",
            D(2024, 3, 11),
        ),
        ("eq", ("6 to 48", "0", "unknown")),
    ),
    (
        "pn-lz-48",
        "R88 48 points",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 3, points=16), "lazada_sg", D(2024, 3, 4))[
            ::2
        ],
        ("eq", ("48", "yes")),
    ),
    (
        "pn-lz-no-points",
        "R88 up to 16",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 3), "lazada_sg", D(2024, 3, 4))[::2],
        ("eq", ("0 to 48", "unknown")),
    ),
    (
        "pn-lz-content-1",
        "R88 content 1",
        lambda: _ps(_v(D(2024, 3, 4), "content"), "lazada_ph", D(2024, 3, 4))[0],
        ("eq", "1"),
    ),
    (
        "pn-lz-content-2",
        "R88",
        lambda: _ps(_v(D(2024, 3, 4), "content", points=2), "lazada_sg", D(2024, 3, 4)),
        ("raises", InputError, "a case costs 1"),
    ),
    (
        "pn-lz-patent-7",
        "R88 patent up to 6",
        lambda: _ps(_v(D(2024, 3, 4), "patent", points=7), "lazada_sg", D(2024, 3, 4)),
        ("raises", InputError, "the most a case costs is 6"),
    ),
    (
        "pn-lz-counterfeit-17",
        "R88 up to 16",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", points=17), "lazada_my", D(2024, 3, 4)),
        ("raises", InputError, "16"),
    ),
    (
        "pn-1688-60",
        "R64 60 points",
        lambda: (
            penalty_standing(
                _v(D(2024, 3, 4), "general", points=60), "1688", D(2024, 3, 4)
            ).counter_notice_barred.value
        ),
        ("eq", "yes"),
    ),
    (
        "pn-1688-59",
        "R64 closure count gap",
        lambda: (
            penalty_standing(
                _v(D(2024, 3, 4), "general", points=59), "1688", D(2024, 3, 4)
            ).counter_notice_barred.value
        ),
        ("eq", "unknown"),
    ),
    (
        "pn-1688-none",
        "R64",
        lambda: penalty_standing([], "1688", D(2024, 3, 4)).counter_notice_barred.value,
        ("eq", "no"),
    ),
    (
        "pn-taobao-gap",
        "no penalty data",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit"), "taobao", D(2024, 3, 4)),
        ("eq", ("unknown", "unknown", "unknown")),
    ),
    (
        "pn-xianyu-python",
        "B1",
        lambda: _ps([], "xianyu", D(2024, 3, 4)),
        ("raises", UnknownNameError, "taobao"),
    ),
    (
        "pn-kind-typo",
        "kinds",
        lambda: Violation(on=D(2024, 3, 4), kind="counterfiet"),
        ("raises", IpprulesError, "counterfeit"),
    ),
    (
        "pn-month-13",
        "bad date",
        lambda: Violation(on="2026-13-01", kind="general"),
        ("raises", InputError, "month must be in 1..12"),
    ),
    (
        "pn-accepted-before",
        "R64 order",
        lambda: Violation(on=D(2024, 3, 4), kind="general", counter_notice_accepted=D(2024, 3, 1)),
        ("raises", IpprulesError, "before the violation"),
    ),
    (
        "cli-pn-bad-date",
        "bad date",
        lambda: _run("penalties", "bad.csv", "--platform", "aliexpress", "--as-of", "2024-06-01"),
        ("cli", 2, "bad.csv:3:1: $[1].date"),
    ),
    (
        "cli-pn-closed",
        "R85",
        lambda: _run("penalties", "ae3.csv", "--platform", "aliexpress", "--as-of", "2024-03-10"),
        ("cli", 1, "closed"),
    ),
    (
        "cli-pn-platform-space",
        "platform id",
        lambda: _run("penalties", "ae3.csv", "--platform", "ali express", "--as-of", "2024-03-10"),
        ("cli", 2, "did you mean 'aliexpress'"),
    ),
    (
        "cli-pn-as-of-feb30",
        "bad date",
        lambda: _run("penalties", "ae3.csv", "--platform", "aliexpress", "--as-of", "2024-02-30"),
        ("cli", 2, "day is out of range"),
    ),
    # ---------------------------------------------------------------- 1.5 reason codes in a plan
    (
        "ck-copyright-reason-on-tm",
        "B16 reason by IPR type",
        lambda: _check("taobao", "cr_piracy"),
        ("eq", {("error", "reason-wrong-ipr-type")}),
    ),
    (
        "ck-misleading-on-taobao",
        "R51 AliExpress only",
        lambda: _check("taobao", "tm_misleading"),
        ("eq", {("error", "reason-wrong-platform")}),
    ),
    (
        "ck-misleading-on-ae",
        "R51 general (c)",
        lambda: _check("aliexpress", "tm_misleading"),
        ("eq", set()),
    ),
    ("ck-counterfeit-taobao", "B16", lambda: _check("taobao", "tm_counterfeit"), ("eq", set())),
    (
        "ck-store-taobao",
        "B16 R42",
        lambda: _check("taobao", "tm_store_misuse", "storefront"),
        ("eq", set()),
    ),
    (
        "ck-store-ae",
        "B16 storefront only Tao",
        lambda: _check("aliexpress", "tm_store_misuse", "storefront"),
        ("has", ("error", "storefront-not-allowed")),
    ),
    (
        "ck-store-reason-on-listing",
        "B16 R42",
        lambda: _check("taobao", "tm_store_misuse"),
        ("has", ("error", "reason-wrong-target")),
    ),
    (
        "ck-gf-nonmember",
        "R50",
        lambda: _check("taobao", "gf_counterfeit_simplified"),
        ("eq", {("error", "reason-good-faith-only")}),
    ),
    (
        "ck-unknown-reason",
        "B16",
        lambda: _check("1688", "tm_nonexistent"),
        ("eq", {("error", "reason-unknown")}),
    ),
    # ---------------------------------------------------------------- 1.6 counter-notice evidence (R63)
    (
        "cli-cn-month-end-in",
        "R63 6 months, 31 Aug -> 28 Feb",
        lambda: _run("counter-notice", "cn-month-end-in.toml"),
        ("cli", 0, "Sufficient: yes"),
    ),
    (
        "cli-cn-month-end-out",
        "R63",
        lambda: _run("counter-notice", "cn-month-end-out.toml"),
        ("cli", 1, "cn-purchase-outside-window"),
    ),
    (
        "cli-cn-leap",
        "R63 6 months, 31 Aug -> 29 Feb",
        lambda: _run("counter-notice", "cn-leap.toml"),
        ("cli", 0, "Sufficient: yes"),
    ),
    (
        "cli-cn-after-complaint",
        "R63 before the complaint",
        lambda: _run("counter-notice", "cn-after.toml"),
        ("cli", 1, "cn-purchase-after-complaint"),
    ),
    (
        "cli-cn-20-pieces",
        "R63 more than 20",
        lambda: _run("counter-notice", "cn-20.toml"),
        ("cli", 1, "cn-purchase-quantity-low"),
    ),
    (
        "cli-cn-21-pieces",
        "R63",
        lambda: _run("counter-notice", "cn-21.toml"),
        ("cli", 0, "Sufficient: yes"),
    ),
    (
        "cli-cn-before-complaint",
        "filed before the complaint",
        lambda: _run("counter-notice", "cn-before.toml"),
        ("cli", 2, "cn-before.toml:5:1: $.filed_on"),
    ),
    (
        "cli-cn-late",
        "R61 R60 3 days",
        lambda: _run("counter-notice", "cn-late.toml"),
        ("cli", 0, "cn-timing"),
    ),
    (
        "cli-cn-feb30",
        "bad date",
        lambda: _run("counter-notice", "cn-feb30.toml"),
        ("cli", 2, "cn-feb30.toml:10"),
    ),
    # ---------------------------------------------------------------- 1.9 more penalties
    (
        "pn-ae-patent-capped",
        "R51 patent is general, R85 cap",
        lambda: _ps(_v(D(2024, 3, 4), "patent", 2, points=5), "aliexpress", D(2024, 3, 4))[0],
        ("eq", "6"),
    ),
    (
        "pn-ae-serious-same-day",
        "R85 one strike",
        lambda: _ps(_v(D(2024, 3, 4), "piracy", 2, points=5), "aliexpress", D(2024, 3, 4))[:2],
        ("eq", ("10", "1")),
    ),
    (
        "pn-ae-closed-stays",
        "R85 closure is an event",
        lambda: (lambda s: (s.closed.value, s.closed_on))(
            penalty_standing(
                [
                    *_v(D(2024, 3, 4), "counterfeit"),
                    *_v(D(2024, 3, 7), "counterfeit"),
                    *_v(D(2024, 3, 10), "counterfeit"),
                ],
                "aliexpress",
                D(2026, 3, 10),
            )
        ),
        ("eq", ("yes", D(2024, 3, 10))),
    ),
    (
        "pn-ae-merge-after-expiry",
        "R85",
        lambda: _ps(
            [
                *_v(D(2024, 3, 4), "counterfeit"),
                *_v(D(2024, 3, 6), "counterfeit"),
                *_v(D(2025, 3, 5), "counterfeit"),
            ],
            "aliexpress",
            D(2025, 3, 5),
        )[1],
        ("eq", "2"),
    ),
    (
        "pn-abc-no-merge",
        "R86 no window",
        lambda: _ps(_v(D(2024, 3, 4), "counterfeit", 2, points=5), "alibaba_com", D(2024, 3, 4))[
            :2
        ],
        ("eq", ("10", "2")),
    ),
    # ------------------------------------------------ platform ids with spaces (see the report)
    # A row's platform written with a space or a hyphen is left out of the count (the
    # documented design: only case and width slips are refused at the cell); whatever the
    # lead decides, the answer must name the id it stands for, never count it silently.
    (
        "pn-platform-cell-space",
        "ids are exact",
        lambda: _run(
            "penalties", "spaced.csv", "--platform", "aliexpress", "--as-of", "2024-03-10"
        ),
        ("said", "did you mean 'aliexpress'"),
    ),
    (
        "pn-violation-hyphen",
        "ids are exact",
        lambda: _said(lambda: _standing_text("lazada-sg", "lazada_sg")),
        ("in", "did you mean 'lazada_sg'"),
    ),
    (
        "pn-violation-space",
        "ids are exact",
        lambda: _said(lambda: _standing_text("tmall global", "tmall_global")),
        ("in", "did you mean 'tmall_global'"),
    ),
    (
        "pn-violation-padded",
        "ids are exact",
        lambda: _said(lambda: _standing_text(" taobao", "taobao")),
        ("in", "did you mean 'taobao'"),
    ),
    (
        "pn-violation-other-name",
        "another name is left out",
        lambda: _ps(
            [Violation(on=D(2024, 3, 4), kind="counterfeit", platform="amazon")],
            "aliexpress",
            D(2024, 3, 4),
        )[1],
        ("eq", "0"),
    ),
    (
        "cli-lc-late-round2-closes",
        "R61 last chance used",
        lambda: _run(
            "lifecycle",
            "--events",
            "ipr_verified,takedown,counter_notice_filed,filer_rejects_counter_notice=forged,"
            "counter_notice_filed",
            "--on",
            "2024-05-02,2024-05-03,2024-05-06,2024-05-07,2024-06-12",
            "--platform",
            "aliexpress",
        ),
        ("cli", 1, "State: closed"),
    ),
    (
        "cli-cn-1688-points-gap",
        "R64 points unsettled",
        lambda: _run("counter-notice", str(_EXAMPLES / "counter-notice-1688.toml")),
        ("cli", 0, "Sufficient: unknown"),
    ),
    (
        "cli-advise-ae-counterfeit",
        "R51 serious (b)",
        lambda: _run(
            "advise",
            "--ipr-type",
            "trademark",
            "--platform",
            "aliexpress",
            "--fact",
            "counterfeit_product",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 0, "Decision: file tm_counterfeit"),
    ),
    (
        "cli-advise-taobao-design-no-ruling",
        "R54 (b)",
        lambda: _run(
            "advise",
            "--ipr-type",
            "patent",
            "--platform",
            "taobao",
            "--subtype",
            "design",
            "--fact",
            "design",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 0, "Decision: file pat_design_suspected"),
    ),
    (
        "cli-advise-ae-storefront",
        "B16",
        lambda: _run(
            "advise",
            "--ipr-type",
            "trademark",
            "--platform",
            "aliexpress",
            "--target",
            "storefront",
            "--fact",
            "store_name",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 1, "no reason code is admissible"),
    ),
    (
        "cli-advise-1688-piracy",
        "R52 piracy",
        lambda: _run(
            "advise",
            "--ipr-type",
            "copyright",
            "--platform",
            "1688",
            "--fact",
            "pirated_copies",
            "--as-of",
            "2024-06-03",
        ),
        ("cli", 0, "Decision: file cr_piracy"),
    ),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The input files of the CLI cases, written once (the plan cases write plan.toml here)."""
    where = tmp_path_factory.mktemp("rules47")
    for name, text in _FILES.items():
        (where / name).write_text(text, encoding="utf-8")
    return where


@pytest.mark.parametrize(("case_id", "rule", "call", "expect"), CASES, ids=[c[0] for c in CASES])
def test_rules47_case(
    case_id: str,
    rule: str,
    call: Callable[[], Any],
    expect: tuple[Any, ...],
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(files)
    kind = expect[0]
    if kind == "raises":
        with pytest.raises(expect[1]) as info:
            call()
        assert expect[2] in str(info.value), (rule, str(info.value))
        return
    got = call()
    if kind == "eq":
        assert got == expect[1], rule
    elif kind == "has":
        assert expect[1] in got, rule
    elif kind == "lacks":
        assert expect[1] not in got, rule
    elif kind == "in":
        assert expect[1] in got, (rule, got)
    elif kind == "said":
        code, out, err = got
        assert code in (0, 1, 2), (rule, out, err)
        assert expect[1] in out + err, (rule, out, err)
        assert "Traceback" not in err
    else:
        code, out, err = got
        assert code == expect[1], (rule, out, err)
        assert expect[2] in out + err, (rule, out, err)
        assert "Traceback" not in err
