"""rules64: hand-worked Good Faith planning cases (C5): headroom, path to qualify, what-if.

Every expected value below was worked out by hand from the thresholds of
/work/shared/domain/ipp-rules.md (part 0, B21, the default reading: takedown rate
above 90%, counter-notice rate below 5%, more than 100 complaints in the last three
months; D1's official reading: >= 90%, <= 5%, no volume floor; R70-R75; D3) and the
conventions of docs/good-faith.md (window ``D - 3 months < f <= D``; takedown rate
``(taken_down - reinstated) / (taken_down + rejected)`` under the brief,
``taken_down / (taken_down + rejected)`` officially; counter-notice rate
``reinstated / submitted``). The arithmetic of each case is in its comment.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import tempfile
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    History,
    planned_batch,
    standing,
    timeline,
    what_if,
)

pytestmark = pytest.mark.no_cover

D = dt.date
DECL = AccountEvent(date=D(2021, 1, 4), kind="declaration")


def c(
    day: dt.date,
    n: int = 1,
    *,
    rj: int = 0,
    ri: int = 0,
    wd: int = 0,
    pd: int = 0,
    code: str = "tm_counterfeit",
) -> Complaint:
    """One Taobao complaint of ``n`` listings; those not rejected/withdrawn/pending are taken down."""
    return Complaint(
        filed=day,
        platform="taobao",
        reason_code=code,
        listings=n,
        taken_down=n - rj - wd - pd,
        rejected=rj,
        withdrawn=wd,
        pending=pd,
        reinstated=ri,
    )


def many(k: int, day: dt.date, n: int = 1, **kw: Any) -> list[Complaint]:
    return [c(day, n, **kw) for _ in range(k)]


def hist(*parts: Any, decl: bool = True) -> History:
    recs: list[Any] = [DECL] if decl else []
    for p in parts:
        recs.extend(p if isinstance(p, list) else [p])
    return History.from_records(recs)


def ev(day: dt.date, kind: str) -> AccountEvent:
    return AccountEvent(date=day, kind=kind)


M1 = D(2023, 3, 1)
AS = D(2023, 3, 31)

# 101 complaints of 10 listings, 9 taken down and 1 rejected: 909 / 1010 = exactly 90%.
EXACT90 = hist(many(101, M1, 10, rj=1))
# 100 complaints of 9 taken down + 1 pending complaint: 900 decided, all successes.
H900 = hist(many(100, M1, 9), c(M1, 1, pd=1))
# 99 x 2 + 2 x 1 = 200 listings in 101 complaints, all taken down, 10 reinstated.
CN_EXACT = hist(many(10, M1, 2, ri=1), many(89, M1, 2), many(2, M1, 1))
# 101 one-listing successes.
OK101 = hist(many(101, M1))
# 1 complaint of 300 rejected listings + 100 one-listing successes: 100 / 400.
BULK = hist(c(M1, 300, rj=300), many(100, M1))
# failures filed 2023-02-15 (20 rejected), 101 successes on 2023-04-01.
AGE = hist(c(D(2023, 2, 15), 20, rj=20), many(101, D(2023, 4, 1)))
# failures filed 2022-11-30 (month-end), 101 successes on 2023-01-15.
AGE_EOM = hist(c(D(2022, 11, 30), 20, rj=20), many(101, D(2023, 1, 15)))
# Per reason code: 101 good tm_counterfeit + one tm_misuse complaint 1 taken down, 1 rejected.
PERCODE = hist(many(101, D(2022, 4, 1)), c(D(2022, 4, 1), 2, rj=1, code="tm_misuse"))
# Per reason code headroom: 101 good + a tm_misuse complaint of 10 listings taken down.
PERCODE_HR = hist(many(101, D(2022, 4, 1)), c(D(2022, 4, 1), 10, code="tm_misuse"))
# Member from 2023-03-01, withdraws 2023-05-10, 101 more successes on 2023-06-01.
WDRAW = hist(many(101, M1), ev(D(2023, 5, 10), "withdrawal"), many(101, D(2023, 6, 1)))
# Member from 2023-03-01; 50 rejected on 2023-04-03 remove it (101 / 151 fails);
# 101 more successes on 2023-05-01.
REMOVED = hist(many(101, M1), c(D(2023, 4, 3), 50, rj=50), many(101, D(2023, 5, 1)))
# Withdrawal event while never a member: no lock-out (R73 locks out one who withdraws).
WD_NONMEMBER = hist(many(50, M1), ev(D(2023, 3, 10), "withdrawal"), many(51, D(2023, 3, 20)))
# Withdrawn listings vs rejected listings.
WITHDRAWN20 = hist(many(101, M1), c(M1, 20, wd=20))
REJECTED20 = hist(many(101, M1), c(M1, 20, rj=20))
# Abuse finding on 2023-01-10, then 101 successes in May.
ABUSE = hist(ev(D(2023, 1, 10), "abuse"), many(101, D(2023, 5, 1)))
EMPTY = hist()
VOL100 = hist(many(100, M1))
# 2015 criteria (1-month window, >= 90%, <= 1.5%), admitted by event on 2016-03-02.
H15 = hist(many(101, D(2016, 3, 1), 10, rj=1), ev(D(2016, 3, 2), "admission"))
H15_RM = hist(
    many(101, D(2016, 3, 1)), ev(D(2016, 3, 2), "admission"), ev(D(2016, 3, 10), "removal")
)
H15_WD = hist(
    many(101, D(2016, 3, 1)), ev(D(2016, 3, 2), "admission"), ev(D(2016, 3, 10), "withdrawal")
)
# A failure filed under the 1-month window of 2015 stays in the 3-month window of 2018-08-15.
GROW = hist(c(D(2018, 7, 20), 20, rj=20), many(101, D(2018, 7, 25)))
# Month-end lock-out and abuse window: 2023-11-30.
WD_EOM = hist(many(101, D(2023, 11, 1)), ev(D(2023, 11, 30), "withdrawal"))
ABUSE_EOM = hist(many(101, D(2023, 12, 1)), ev(D(2023, 11, 30), "abuse"))
# Successes leave before the failures: 201 taken down on 2023-01-15, 10 + 10 rejected on 03-01.
LEAVE = hist(many(100, D(2023, 1, 15), 2), c(D(2023, 1, 15)), c(M1, 20, rj=10))
# Mostly pending: 1000 pending + 2 taken down; or + 101 taken down.
PEND = hist(many(100, M1, 10, pd=10), c(M1, 2))
PEND101 = hist(many(100, M1, 10, pd=10), c(M1, 101))
NODECL = hist(many(101, M1), decl=False)
# Recorded removal on 2023-03-15 of a member; 101 more successes on 2023-05-01.
RM_EVENT = hist(many(101, M1), ev(D(2023, 3, 15), "removal"), many(101, D(2023, 5, 1)))
RM_NONMEMBER = hist(many(50, M1), ev(D(2023, 3, 15), "removal"), many(51, D(2023, 3, 20)))
# 6 of 101 one-listing complaints reinstated: 6 / 101 > 5%.
CN6 = hist(many(6, M1, ri=1), many(95, M1))
# Both rates fail: 101 taken down (10 reinstated) and 20 rejected in 102 complaints.
BOTH = hist(many(10, M1, ri=1), many(91, M1), c(M1, 20, rj=20))
# A reason code with one complaint, its one listing reinstated (2022 criteria, R75).
FEW = hist(many(101, M1), c(M1, 1, ri=1, code="tm_misuse"))

# A code with one pending listing only: one failure there fails it (R75).
PENDCODE = hist(many(101, M1), c(M1, 1, pd=1, code="tm_misuse"))
# A member's abuse finding on 2023-03-15; 101 more successes on 2023-05-01.
ABUSE_MEMBER = hist(many(101, M1), ev(D(2023, 3, 15), "abuse"), many(101, D(2023, 5, 1)))
# Removed 2023-04-03 (101 / 151); the lock-out ends 07-03, the rates pass again on 07-20.
LATE = hist(many(101, M1), c(D(2023, 4, 3), 50, rj=50), many(101, D(2023, 7, 20)))
# Withdrew 2023-03-15, admitted by the platform's event on 2023-04-01 (during the lock-out).
ADMIT_LOCKED = hist(many(101, M1), ev(D(2023, 3, 15), "withdrawal"), ev(D(2023, 4, 1), "admission"))


def on(platform: str, n: int) -> Complaint:
    """``n`` rejected listings in one complaint on ``platform``, filed on AS."""
    return Complaint(
        filed=AS, platform=platform, reason_code="tm_counterfeit", listings=n, rejected=n
    )


_TMP = Path(tempfile.mkdtemp(prefix="rules64-"))
_HEAD = "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated"
(_TMP / "h900.csv").write_text(
    "\n".join(
        [_HEAD, "declaration,2021-01-04,,,,,,,,"]
        + ["complaint,2023-03-01,taobao,tm_counterfeit,9,9,0,0,0,0"] * 100
        + ["complaint,2023-03-01,taobao,tm_counterfeit,1,0,0,0,1,0"]
    )
    + "\n",
    encoding="utf-8",
)
_PLAN = '[[complaints]]\nreason_code = "tm_counterfeit"\nlistings = {n}\nrejected = {n}\n'
(_TMP / "p99.toml").write_text(_PLAN.format(n=99), encoding="utf-8")
(_TMP / "p100.toml").write_text(_PLAN.format(n=100), encoding="utf-8")
(_TMP / "p0.toml").write_text("complaints = []\n", encoding="utf-8")
(_TMP / "rate.toml").write_text(
    'assume = "9/10"\n[[complaints]]\nreason_code = "tm_counterfeit"\nlistings = 1000\n',
    encoding="utf-8",
)
(_TMP / "current.toml").write_text(
    'assume = "current"\n[[complaints]]\nreason_code = "tm_counterfeit"\nlistings = 101\n',
    encoding="utf-8",
)
(_TMP / "bad.csv").write_text(
    "type,date,platform,reason_code,listings,taken_down,rejected\n"
    "complaint,2023-03-01,taobao,tm_counterfeit,5,3,1\n",
    encoding="utf-8",
)
H900_CSV = str(_TMP / "h900.csv")
(_TMP / "h900wd.csv").write_text(
    (_TMP / "h900.csv").read_text(encoding="utf-8") + "withdrawal,2023-03-15,,,,,,,,\n",
    encoding="utf-8",
)


def cli_text(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(list(argv))
    return out.getvalue()


_SEEN: dict[tuple[int, dt.date, str], Any] = {}


def st(h: History, day: dt.date, **kw: Any) -> Any:
    """``standing`` once per history, day and options (many cases ask the same one)."""
    key = (id(h), day, repr(sorted(kw.items())))
    if key not in _SEEN:
        _SEEN[key] = standing(h, day, **kw)
    return _SEEN[key]


def crit(h: History, day: dt.date, name: str, attr: str, code: str | None = None, **kw: Any) -> Any:
    return getattr(st(h, day, **kw).criterion(name, code), attr)


def wi(h: History, batch: list[Any], day: dt.date = AS, **kw: Any) -> tuple[bool, bool, int]:
    w = what_if(h, batch, day, **kw)
    return (w.before.qualifies, w.after.qualifies, w.added)


def changes(h: History, a: dt.date, b: dt.date, **kw: Any) -> list[tuple[str, str]]:
    return [(str(x.date), x.change) for x in timeline(h, a, b, **kw).changes]


def cli(*argv: str) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            return main(list(argv))
        except SystemExit as exit_:  # argparse's own refusals exit 2
            return int(exit_.code or 0)


def cli_json(*argv: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(list(argv))
    return json.loads(out.getvalue())


CASES: list[tuple[str, Callable[[], Any], Any]] = [
    # --- the takedown threshold, exactly at 90% (909 / 1010) ---
    ("exact90-brief-fails", lambda: crit(EXACT90, AS, "takedown_rate", "met"), False),
    (
        "exact90-official-passes",
        lambda: crit(EXACT90, AS, "takedown_rate", "met", interpretation="official"),
        True,
    ),
    # brief: (909 + k) / (1010 + k) > 9/10  <=>  k > 0: 1 more success
    ("exact90-brief-needed-1", lambda: crit(EXACT90, AS, "takedown_rate", "needed"), 1),
    # official: 909 / (1010 + k) >= 9/10  <=>  k <= 0
    (
        "exact90-official-headroom-0",
        lambda: crit(EXACT90, AS, "takedown_rate", "headroom", interpretation="official"),
        0,
    ),
    ("exact90-brief-margin-0", lambda: crit(EXACT90, AS, "takedown_rate", "margin"), 0),
    (
        "exact90-differs-official",
        lambda: "official" in crit(EXACT90, AS, "takedown_rate", "other_readings"),
        True,
    ),
    (
        "exact90-at-least-100-still-strict",
        lambda: crit(EXACT90, AS, "takedown_rate", "met", interpretation="brief-at-least-100"),
        False,
    ),
    ("exact90-brief-path-successes", lambda: st(EXACT90, AS).path.successes, 1),
    # one more success: 910 / 1011 > 0.9 (910 > 909.9) but one more failure breaks it
    (
        "exact90+1-passes",
        lambda: crit(hist(many(101, M1, 10, rj=1), c(M1)), AS, "takedown_rate", "met"),
        True,
    ),
    (
        "exact90+1-headroom-0",
        lambda: crit(hist(many(101, M1, 10, rj=1), c(M1)), AS, "takedown_rate", "headroom"),
        0,
    ),
    # one failure over: 909 / 1011 < 0.9
    (
        "exact90-one-over-official-fails",
        lambda: crit(
            hist(many(101, M1, 10, rj=1), c(M1, rj=1)),
            AS,
            "takedown_rate",
            "met",
            interpretation="official",
        ),
        False,
    ),
    # --- headroom 900 / 900: brief 900 > 0.9 (900 + k) <=> k < 100 -> 99; official k <= 100 -> 100
    ("h900-brief-headroom-99", lambda: crit(H900, AS, "takedown_rate", "headroom"), 99),
    (
        "h900-official-headroom-100",
        lambda: crit(H900, AS, "takedown_rate", "headroom", interpretation="official"),
        100,
    ),
    ("h900-account-failures-99", lambda: st(H900, AS).headroom.failures, 99),
    ("h900-99-failures-still-pass", lambda: wi(H900, [c(AS, 99, rj=99)]), (True, True, 1)),
    ("h900-100-failures-tip-brief", lambda: wi(H900, [c(AS, 100, rj=100)]), (True, False, 1)),
    (
        "h900-100-failures-official-hold",
        lambda: wi(H900, [c(AS, 100, rj=100)], interpretation="official"),
        (True, True, 1),
    ),
    (
        "h900-101-failures-tip-official",
        lambda: wi(H900, [c(AS, 101, rj=101)], interpretation="official"),
        (True, False, 1),
    ),
    # --- counter-notice rate exactly 5%: 10 / 200 ---
    ("cn5-brief-fails", lambda: crit(CN_EXACT, AS, "counter_notice_rate", "met"), False),
    (
        "cn5-official-passes",
        lambda: crit(CN_EXACT, AS, "counter_notice_rate", "met", interpretation="official"),
        True,
    ),
    ("cn5-value", lambda: crit(CN_EXACT, AS, "counter_notice_rate", "value"), Fraction(1, 20)),
    # official: (10 + k) / 200 <= 1/20 <=> k <= 0
    (
        "cn5-official-headroom-0",
        lambda: crit(CN_EXACT, AS, "counter_notice_rate", "headroom", interpretation="official"),
        0,
    ),
    # brief takedown: (200 - 10) / 200 = 95% passes
    ("cn5-brief-takedown-passes", lambda: crit(CN_EXACT, AS, "takedown_rate", "met"), True),
    ("cn5-brief-not-qualify", lambda: st(CN_EXACT, AS).qualifies, False),
    ("cn5-official-qualifies", lambda: st(CN_EXACT, AS, interpretation="official").qualifies, True),
    # counter-notices on OK101: CN k/101 < 1/20 <=> k <= 5; takedown (101-k)/101 > 9/10 <=> k <= 10
    (
        "ok101-cn-criterion-headroom-5",
        lambda: crit(OK101, AS, "counter_notice_rate", "headroom"),
        5,
    ),
    ("ok101-account-counter-notices-5", lambda: st(OK101, AS).headroom.counter_notices, 5),
    # failures: 101 / (101 + k) > 9/10 <=> k < 11.2 -> 11
    ("ok101-failures-11", lambda: st(OK101, AS).headroom.failures, 11),
    ("ok101-whatif-11-rejected-keeps", lambda: wi(OK101, [c(AS, 11, rj=11)]), (True, True, 1)),
    ("ok101-whatif-12-rejected-tips", lambda: wi(OK101, [c(AS, 12, rj=12)]), (True, False, 1)),
    ("ok101-whatif-zero-batch", lambda: wi(OK101, []), (True, True, 0)),
    # 6 upheld counter-notices: 6 / 101 > 5%
    ("ok101-whatif-6-reinstated-tips", lambda: wi(OK101, [c(AS, 6, ri=6)]), (True, False, 1)),
    # --- volume floor: "more than 100" vs "at least 100"; none officially ---
    ("vol100-brief-fails", lambda: crit(VOL100, AS, "volume", "met"), False),
    (
        "vol100-at-least-100-passes",
        lambda: crit(VOL100, AS, "volume", "met", interpretation="brief-at-least-100"),
        True,
    ),
    (
        "vol100-official-qualifies",
        lambda: st(VOL100, AS, interpretation="official").qualifies,
        True,
    ),
    ("vol100-brief-path-volume-1", lambda: st(VOL100, AS).path.volume, 1),
    ("vol100-whatif-one-more-qualifies", lambda: wi(VOL100, [c(AS)]), (False, True, 1)),
    (
        "vol100-whatif-rejected-one-still-qualifies",
        lambda: wi(VOL100, [c(AS, rj=1)]),
        (False, True, 1),
    ),
    ("empty-path-volume-101", lambda: st(EMPTY, AS).path.volume, 101),
    ("empty-not-qualify", lambda: st(EMPTY, AS).qualifies, False),
    # --- path to qualify with a bad bulk batch (B18): 100 / 400 ---
    # brief: (100 + k) / (400 + k) > 9/10 <=> k > 2600 -> 2601; official k >= 2600
    ("bulk-brief-needed-2601", lambda: crit(BULK, AS, "takedown_rate", "needed"), 2601),
    (
        "bulk-official-needed-2600",
        lambda: crit(BULK, AS, "takedown_rate", "needed", interpretation="official"),
        2600,
    ),
    ("bulk-2601-is-enough", lambda: wi(BULK, [c(AS, 2601)]), (False, True, 1)),
    ("bulk-2600-is-not", lambda: wi(BULK, [c(AS, 2600)]), (False, False, 1)),
    ("bulk-failures-clear-on", lambda: st(BULK, AS).path.failures_clear_on, D(2023, 6, 1)),
    # --- the day an old failure leaves the window (filed 2023-02-15) ---
    ("age-day-before-fails", lambda: crit(AGE, D(2023, 5, 14), "takedown_rate", "met"), False),
    ("age-day-of-passes", lambda: crit(AGE, D(2023, 5, 15), "takedown_rate", "met"), True),
    ("age-day-after-passes", lambda: crit(AGE, D(2023, 5, 16), "takedown_rate", "met"), True),
    (
        "age-failures-clear-on",
        lambda: st(AGE, D(2023, 4, 30)).path.failures_clear_on,
        D(2023, 5, 15),
    ),
    ("age-rates-pass-on", lambda: st(AGE, D(2023, 4, 30)).path.rates_pass_on, D(2023, 5, 15)),
    ("age-outlook", lambda: st(AGE, D(2023, 4, 30)).path.rates_outlook, "pass_later"),
    (
        "age-timeline-gain",
        lambda: changes(AGE, D(2023, 4, 1), D(2023, 6, 30)),
        [("2023-05-15", "gained")],
    ),
    # month-end: filed 2022-11-30; 2023-02-28 - 3 months = 2022-11-28 < 11-30 (in);
    # 2023-03-01 - 3 months = 2022-12-01 (out)
    ("eom-feb28-in", lambda: crit(AGE_EOM, D(2023, 2, 28), "takedown_rate", "met"), False),
    ("eom-mar1-out", lambda: crit(AGE_EOM, D(2023, 3, 1), "takedown_rate", "met"), True),
    ("eom-clear-on", lambda: st(AGE_EOM, D(2023, 2, 1)).path.failures_clear_on, D(2023, 3, 1)),
    # --- per reason code (R75) from 2022-04-15; 2021-12-28 for trial accounts ---
    ("percode-2022-04-14-qualifies", lambda: st(PERCODE, D(2022, 4, 14)).qualifies, True),
    ("percode-2022-04-15-fails", lambda: st(PERCODE, D(2022, 4, 15)).qualifies, False),
    (
        "percode-trial-2022-04-14-fails",
        lambda: st(PERCODE, D(2022, 4, 14), trial=True).qualifies,
        False,
    ),
    ("percode-version-04-14", lambda: st(PERCODE, D(2022, 4, 14)).version, "2018"),
    ("percode-version-04-15", lambda: st(PERCODE, D(2022, 4, 15)).version, "2022"),
    # code: (1 + k) / (2 + k) > 9/10 <=> k > 8 -> 9 (official k >= 8 -> 8)
    (
        "percode-code-needed-9",
        lambda: crit(PERCODE, D(2022, 4, 15), "takedown_rate", "needed", "tm_misuse"),
        9,
    ),
    (
        "percode-code-needed-official-8",
        lambda: crit(
            PERCODE,
            D(2022, 4, 15),
            "takedown_rate",
            "needed",
            "tm_misuse",
            interpretation="official",
        ),
        8,
    ),
    ("percode-path-successes-9", lambda: st(PERCODE, D(2022, 4, 15)).path.successes, 9),
    ("percode-overall-passes", lambda: crit(PERCODE, D(2022, 4, 15), "takedown_rate", "met"), True),
    (
        "percode-timeline-lost-on-0415",
        lambda: changes(PERCODE, D(2022, 4, 1), D(2022, 4, 30)),
        [("2022-04-01", "gained"), ("2022-04-15", "lost")],
    ),
    # code of 10 taken down: 10 / (10 + k) > 9/10 <=> k < 1.1 -> 1; overall 111/(111+k) -> 12
    ("percode-hr-2022-account-1", lambda: st(PERCODE_HR, D(2022, 4, 15)).headroom.failures, 1),
    ("percode-hr-2018-account-12", lambda: st(PERCODE_HR, D(2022, 4, 14)).headroom.failures, 12),
    (
        "percode-hr-2-failures-in-code-tip",
        lambda: wi(PERCODE_HR, [c(D(2022, 4, 20), 2, rj=2, code="tm_misuse")], D(2022, 4, 20)),
        (True, False, 1),
    ),
    (
        "percode-hr-2-failures-other-code-keep",
        lambda: wi(PERCODE_HR, [c(D(2022, 4, 20), 2, rj=2)], D(2022, 4, 20)),
        (True, True, 1),
    ),
    # --- lock-out after a withdrawal (R73, 3 months): 2023-05-10 -> may rejoin 2023-08-10 ---
    ("wd-locked-until", lambda: st(WDRAW, D(2023, 5, 10)).locked_until, D(2023, 8, 10)),
    ("wd-last-locked-day-not-member", lambda: st(WDRAW, D(2023, 8, 9)).member, False),
    ("wd-last-locked-day-stats-qualify", lambda: st(WDRAW, D(2023, 8, 9)).qualifies, True),
    ("wd-first-free-day-member", lambda: st(WDRAW, D(2023, 8, 10)).member, True),
    (
        "wd-timeline",
        lambda: changes(WDRAW, D(2023, 3, 1), D(2023, 8, 31)),
        [("2023-03-01", "gained"), ("2023-05-10", "lost"), ("2023-08-10", "gained")],
    ),
    ("wd-nonmember-no-lock", lambda: st(WD_NONMEMBER, D(2023, 3, 20)).locked_until, None),
    ("wd-nonmember-admitted", lambda: st(WD_NONMEMBER, D(2023, 3, 20)).member, True),
    # --- automatic removal (R71, R72): 101 / 151 fails on 2023-04-03 -> locked to 2023-07-03 ---
    ("rm-locked-until", lambda: st(REMOVED, D(2023, 4, 3)).locked_until, D(2023, 7, 3)),
    ("rm-last-locked-day", lambda: st(REMOVED, D(2023, 7, 2)).member, False),
    ("rm-first-free-day", lambda: st(REMOVED, D(2023, 7, 3)).member, True),
    (
        "rm-timeline",
        lambda: changes(REMOVED, D(2023, 3, 1), D(2023, 7, 31)),
        [("2023-03-01", "gained"), ("2023-04-03", "lost"), ("2023-07-03", "gained")],
    ),
    # --- withdrawn listings vs rejected listings ---
    ("withdrawn-out-of-takedown-rate", lambda: st(WITHDRAWN20, AS).qualifies, True),
    ("rejected-in-takedown-rate", lambda: st(REJECTED20, AS).qualifies, False),
    # 101 / 121: needed (101 + k) / (121 + k) > 9/10 <=> k > 79 -> 80
    ("rejected20-needed-80", lambda: crit(REJECTED20, AS, "takedown_rate", "needed"), 80),
    (
        "withdrawn-counts-volume",
        lambda: st(WITHDRAWN20, AS).counts.complaints.get("submitted"),
        102,
    ),
    (
        "withdrawn-note-undocumented",
        lambda: any(
            "withdrawn" in n and ("not documented" in n or "R91" in n)
            for n in st(WITHDRAWN20, AS).notes
        ),
        True,
    ),
    # --- abuse: forever under the brief, in the window officially ---
    ("abuse-brief-bars", lambda: st(ABUSE, D(2023, 6, 30)).qualifies, False),
    (
        "abuse-official-aged-out",
        lambda: st(ABUSE, D(2023, 6, 30), interpretation="official").qualifies,
        True,
    ),
    ("abuse-brief-successes-none", lambda: st(ABUSE, D(2023, 6, 30)).path.successes, None),
    ("abuse-brief-bar-date", lambda: st(ABUSE, D(2023, 6, 30)).path.abuse_bar, D(2023, 1, 10)),
    (
        "abuse-qualify-under-official",
        lambda: "official" in st(ABUSE, D(2023, 6, 30)).path.qualify_under,
        True,
    ),
    # --- criteria versions at their boundaries ---
    ("version-2015-start", lambda: st(EMPTY, D(2015, 4, 1)).version, "2015"),
    ("version-before-programme", lambda: st(EMPTY, D(2015, 3, 31)).version, None),
    ("version-2018-08-14", lambda: st(EMPTY, D(2018, 8, 14)).version, "2015"),
    ("version-2018-08-15", lambda: st(EMPTY, D(2018, 8, 15)).version, "2018"),
    ("window-2018-3-months", lambda: st(EMPTY, D(2018, 8, 15)).window_months, 3),
    ("window-2015-1-month", lambda: st(EMPTY, D(2018, 8, 14)).window_months, 1),
    # --- 2015 criteria: 909 / 1010 passes ">= 90%"; 1-month window (2016-03-01 out on 04-01)
    ("2015-exact90-passes", lambda: crit(H15, D(2016, 3, 31), "takedown_rate", "met"), True),
    ("2015-headroom-0", lambda: crit(H15, D(2016, 3, 31), "takedown_rate", "headroom"), 0),
    # counter-notices: k / 1010 <= 3/200 <=> k <= 15.15 -> 15
    (
        "2015-cn-headroom-15",
        lambda: crit(H15, D(2016, 3, 31), "counter_notice_rate", "headroom"),
        15,
    ),
    (
        "2015-cn-threshold",
        lambda: crit(H15, D(2016, 3, 31), "counter_notice_rate", "threshold"),
        Fraction(3, 200),
    ),
    ("2015-clear-on-1-month", lambda: st(H15, D(2016, 3, 2)).path.failures_clear_on, D(2016, 4, 1)),
    ("2015-declaration-missing", lambda: st(H15, D(2016, 3, 2)).path.declaration_missing, True),
    ("2015-admission-event-member", lambda: st(H15, D(2016, 3, 2)).member, True),
    ("2015-removal-6-months", lambda: st(H15_RM, D(2016, 3, 10)).locked_until, D(2016, 9, 10)),
    ("2015-withdrawal-inferred-6", lambda: st(H15_WD, D(2016, 3, 10)).locked_until, D(2016, 9, 10)),
    (
        "2015-withdrawal-says-inferred",
        lambda: any("inferred" in n for n in st(H15_WD, D(2016, 3, 10)).notes),
        True,
    ),
    # 2015 path: (101 + k) / (121 + k) >= 9/10 <=> k >= 79
    ("grow-2015-needed-79", lambda: st(GROW, D(2018, 8, 1)).path.successes, 79),
    # 1-month window would drop it on 2018-08-20; the 3-month window from 2018-08-15 keeps it
    (
        "grow-clear-on-3-months",
        lambda: st(GROW, D(2018, 8, 1)).path.failures_clear_on,
        D(2018, 10, 20),
    ),
    ("grow-still-in-08-20", lambda: crit(GROW, D(2018, 8, 20), "takedown_rate", "met"), False),
    ("grow-day-before-10-19", lambda: crit(GROW, D(2018, 10, 19), "takedown_rate", "met"), False),
    ("grow-day-of-10-20", lambda: crit(GROW, D(2018, 10, 20), "takedown_rate", "met"), True),
    ("trial-2018-04-15", lambda: st(EMPTY, D(2018, 4, 15), trial=True).version, "2018"),
    ("trial-2018-04-14", lambda: st(EMPTY, D(2018, 4, 14), trial=True).version, "2015"),
    ("trial-2021-12-28", lambda: st(EMPTY, D(2021, 12, 28), trial=[2021]).version, "2022"),
    ("trial-2021-12-27", lambda: st(EMPTY, D(2021, 12, 27), trial=[2021]).version, "2018"),
    # --- month-end lock-out and abuse window (2023-11-30) ---
    ("wd-eom-locked-until-feb29", lambda: st(WD_EOM, D(2023, 11, 30)).locked_until, D(2024, 2, 29)),
    (
        "abuse-eom-official-feb29-counts",
        lambda: crit(ABUSE_EOM, D(2024, 2, 29), "no_abuse", "met", interpretation="official"),
        False,
    ),
    (
        "abuse-eom-official-mar1-clear",
        lambda: crit(ABUSE_EOM, D(2024, 3, 1), "no_abuse", "met", interpretation="official"),
        True,
    ),
    (
        "abuse-eom-clears-on",
        lambda: st(ABUSE_EOM, D(2024, 2, 29), interpretation="official").path.abuse_clears_on,
        D(2024, 3, 1),
    ),
    ("abuse-eom-brief-for-good", lambda: crit(ABUSE_EOM, D(2024, 3, 1), "no_abuse", "met"), False),
    # --- passing now, failing later as successes age out: 211 / 221 ---
    # 211 / (221 + k) > 9/10 <=> k < 13.4 -> 13
    ("leave-headroom-13", lambda: st(LEAVE, AS).headroom.failures, 13),
    # k / 221 < 1/20 -> 11; (211 - k) / 221 > 9/10 -> 12; the smaller: 11
    ("leave-counter-notices-11", lambda: st(LEAVE, AS).headroom.counter_notices, 11),
    ("leave-rates-fail-on", lambda: st(LEAVE, AS).path.rates_fail_on, D(2023, 4, 15)),
    ("leave-day-before-passes", lambda: crit(LEAVE, D(2023, 4, 14), "takedown_rate", "met"), True),
    ("leave-day-of-fails", lambda: crit(LEAVE, D(2023, 4, 15), "takedown_rate", "met"), False),
    # --- counter-notices bounded by what is taken down ---
    (
        "pend-official-cn-unlimited",
        lambda: crit(PEND, AS, "counter_notice_rate", "headroom", interpretation="official"),
        None,
    ),
    # brief: (2 - k) / 2 > 9/10 <=> k = 0
    ("pend-brief-counter-notices-0", lambda: st(PEND, AS).headroom.counter_notices, 0),
    # official: k / 1101 <= 1/20 <=> k <= 55 (< 101 taken down)
    (
        "pend101-official-cn-55",
        lambda: st(PEND101, AS, interpretation="official").headroom.counter_notices,
        55,
    ),
    (
        "pend101-official-failures-11",
        lambda: st(PEND101, AS, interpretation="official").headroom.failures,
        11,
    ),
    # --- declaration (brief B21) vs automatic admission (R70(a), R74) ---
    ("nodecl-brief-fails", lambda: st(NODECL, AS).qualifies, False),
    ("nodecl-brief-path-says", lambda: st(NODECL, AS).path.declaration_missing, True),
    (
        "nodecl-official-qualifies",
        lambda: st(NODECL, AS, interpretation="official").qualifies,
        True,
    ),
    ("nodecl-differs-official", lambda: "official" in st(NODECL, AS).other_readings, True),
    # --- removal recorded for a member (R72) and for a non-member (nothing to lock) ---
    ("rm-event-member-lock", lambda: st(RM_EVENT, D(2023, 3, 15)).locked_until, D(2023, 6, 15)),
    ("rm-event-member-stats-qualify", lambda: st(RM_EVENT, D(2023, 6, 14)).qualifies, True),
    ("rm-event-member-not-member", lambda: st(RM_EVENT, D(2023, 6, 14)).member, False),
    ("rm-event-first-free-day", lambda: st(RM_EVENT, D(2023, 6, 15)).member, True),
    ("rm-event-nonmember-no-lock", lambda: st(RM_NONMEMBER, D(2023, 3, 20)).locked_until, None),
    # --- what-if with an assumed rate: 1000 listings at 9/10 -> 900 successes, 100 failures
    ("planned-batch-40-at-95", lambda: planned_batch([1] * 40, Fraction(19, 20)).count((0, 1)), 2),
    # H900 + 900 / 100: 1800 / 1900 passes
    (
        "whatif-rate-file",
        lambda: what_if(H900, str(_TMP / "rate.toml"), AS).after.criterion("takedown_rate").value,
        Fraction(1800, 1900),
    ),
    ("whatif-zero-plan-file", lambda: what_if(H900, str(_TMP / "p0.toml"), AS).added, 0),
    ("timeline-exact90-brief-none", lambda: changes(EXACT90, D(2023, 2, 1), D(2023, 6, 30)), []),
    (
        "timeline-exact90-official",
        lambda: changes(EXACT90, D(2023, 2, 1), D(2023, 6, 30), interpretation="official"),
        [("2023-03-01", "gained")],
    ),
    # --- counter-notice path: 6 / (101 + k) < 1/20 <=> k > 19 -> 20; official k >= 19
    ("cn6-brief-fails", lambda: crit(CN6, AS, "counter_notice_rate", "met"), False),
    ("cn6-brief-needed-20", lambda: crit(CN6, AS, "counter_notice_rate", "needed"), 20),
    (
        "cn6-official-needed-19",
        lambda: crit(CN6, AS, "counter_notice_rate", "needed", interpretation="official"),
        19,
    ),
    # takedown (91 + k) / (121 + k) > 9/10 -> 180; counter-notice 10 / (121 + k) < 1/20 -> 80
    ("both-brief-td-180", lambda: crit(BOTH, AS, "takedown_rate", "needed"), 180),
    ("both-brief-cn-80", lambda: crit(BOTH, AS, "counter_notice_rate", "needed"), 80),
    ("both-brief-path-max-180", lambda: st(BOTH, AS).path.successes, 180),
    # official: (101 + k) / (121 + k) >= 9/10 -> 79; 200 <= 121 + k -> 79
    ("both-official-path-79", lambda: st(BOTH, AS, interpretation="official").path.successes, 79),
    # --- a reason code with one complaint (R75): 0/1 taken down net, 1/1 reinstated ---
    ("few-account-passes-overall", lambda: crit(FEW, AS, "takedown_rate", "met"), True),
    ("few-not-qualify", lambda: st(FEW, AS).qualifies, False),
    # code: k / (1 + k) > 9/10 -> 10; 1 / (1 + k) < 1/20 -> 20; path 20
    ("few-code-needed-20", lambda: st(FEW, AS).path.successes, 20),
    ("few-code-td-needed-10", lambda: crit(FEW, AS, "takedown_rate", "needed", "tm_misuse"), 10),
    # tm_counterfeit: own 11, account 101 / (102 + k) > 9/10 -> 10: the smaller
    (
        "few-other-code-headroom-10",
        lambda: {r.reason_code: r.headroom.failures for r in st(FEW, AS).reason_codes},
        {"tm_counterfeit": 10, "tm_misuse": 0},
    ),
    (
        "few-2022-04-14-qualifies",
        lambda: (
            st(
                hist(many(101, D(2022, 4, 1)), c(D(2022, 4, 1), 1, ri=1, code="tm_misuse")),
                D(2022, 4, 14),
            ).qualifies
        ),
        True,
    ),
    # --- scope (R79, D2): a batch on AliExpress is not counted; Xianyu is Taobao's (B1) ---
    ("scope-aliexpress-not-counted", lambda: wi(OK101, [on("aliexpress", 12)]), (True, True, 1)),
    (
        "scope-aliexpress-note-s21",
        lambda: any("S21" in n for n in what_if(OK101, [on("aliexpress", 12)], AS).after.notes),
        True,
    ),
    ("scope-tmall-counted", lambda: wi(OK101, [on("tmall", 12)]), (True, False, 1)),
    ("scope-xianyu-brief-counted", lambda: wi(OK101, [on("xianyu", 12)]), (True, False, 1)),
    (
        "scope-xianyu-official-not",
        lambda: wi(OK101, [on("xianyu", 12)], interpretation="official"),
        (True, True, 1),
    ),
    # a batch that tips a member: removed on AS, locked out 3 months (R71, R72)
    (
        "whatif-tip-locks-out",
        lambda: what_if(H900, [c(AS, 100, rj=100)], AS).after.locked_until,
        D(2023, 6, 30),
    ),
    # --- a code with nothing decided: the account absorbs no failure (wherever it lands)
    ("pendcode-qualifies", lambda: st(PENDCODE, AS).qualifies, True),
    ("pendcode-account-headroom-0", lambda: st(PENDCODE, AS).headroom.failures, 0),
    (
        "pendcode-one-failure-there-tips",
        lambda: wi(PENDCODE, [c(AS, 1, rj=1, code="tm_misuse")]),
        (True, False, 1),
    ),
    (
        "pendcode-one-failure-elsewhere-keeps",
        lambda: wi(PENDCODE, [c(AS, 1, rj=1)]),
        (True, True, 1),
    ),
    # --- a member's abuse finding: removed and locked out 3 months (2023-06-15) ---
    ("abuse-member-lock", lambda: st(ABUSE_MEMBER, D(2023, 3, 15)).locked_until, D(2023, 6, 15)),
    ("abuse-member-brief-never-back", lambda: st(ABUSE_MEMBER, D(2023, 6, 15)).member, False),
    (
        "abuse-member-official-last-day",
        lambda: st(ABUSE_MEMBER, D(2023, 6, 14), interpretation="official").member,
        False,
    ),
    (
        "abuse-member-official-back",
        lambda: st(ABUSE_MEMBER, D(2023, 6, 15), interpretation="official").member,
        True,
    ),
    (
        "abuse-member-official-timeline",
        lambda: changes(ABUSE_MEMBER, D(2023, 3, 1), D(2023, 7, 31), interpretation="official"),
        [("2023-03-01", "gained"), ("2023-03-15", "lost"), ("2023-06-15", "gained")],
    ),
    # --- the lock-out ends before the rates pass again: membership waits for the rates
    (
        "late-timeline",
        lambda: changes(LATE, D(2023, 3, 1), D(2023, 8, 31)),
        [("2023-03-01", "gained"), ("2023-04-03", "lost"), ("2023-07-20", "gained")],
    ),
    (
        "late-lock-over-not-member",
        lambda: (st(LATE, D(2023, 7, 3)).locked_until, st(LATE, D(2023, 7, 3)).member),
        (None, False),
    ),
    ("admission-during-lock-followed", lambda: st(ADMIT_LOCKED, D(2023, 4, 1)).member, True),
    (
        "admission-during-lock-noted",
        lambda: any("during a lock-out" in n for n in st(ADMIT_LOCKED, D(2023, 4, 1)).notes),
        True,
    ),
    # --- planned complaints outside the window are not counted, and said so ---
    ("whatif-before-window", lambda: wi(OK101, [c(D(2022, 12, 1), 50, rj=50)]), (True, True, 1)),
    (
        "whatif-after-as-of-noted",
        lambda: any(
            "not counted" in n
            for n in what_if(OK101, [c(D(2023, 4, 5), 50, rj=50)], AS).after.notes
        ),
        True,
    ),
    # assume "current" at exactly 9/10: 101 x 9/10 = 90.9 rounded down to 90 successes,
    # 11 failures: (909 + 90) / (1010 + 101) = 999/1111 < 9/10, so the official pass tips
    (
        "whatif-current-rounds-down",
        lambda: (
            what_if(EXACT90, str(_TMP / "current.toml"), AS, interpretation="official")
            .after.criterion("takedown_rate")
            .value
        ),
        Fraction(999, 1111),
    ),
    (
        "whatif-current-tips-official",
        lambda: (lambda w: (w.before.qualifies, w.after.qualifies))(
            what_if(EXACT90, str(_TMP / "current.toml"), AS, interpretation="official")
        ),
        (True, False),
    ),
    # --- which readings differ (D1, B21) ---
    ("differs-exact90", lambda: st(EXACT90, AS).other_readings, ("official",)),
    ("differs-vol100", lambda: st(VOL100, AS).other_readings, ("official", "brief-at-least-100")),
    ("differs-cn5", lambda: st(CN_EXACT, AS).other_readings, ("official",)),
    # only the 2021 trial brings R75 forward; the 2018 trial does not
    ("percode-trial-2018-only", lambda: st(PERCODE, D(2022, 4, 14), trial=[2018]).qualifies, True),
    # --- the CLI ---
    (
        "cli-xianyu-official-refused",
        lambda: cli(
            "good-faith",
            H900_CSV,
            "--as-of",
            "2023-03-31",
            "--platform",
            "xianyu",
            "--interpretation",
            "official",
        ),
        2,
    ),
    (
        "cli-xianyu-brief-is-taobao",
        lambda: cli("good-faith", H900_CSV, "--as-of", "2023-03-31", "--platform", "xianyu"),
        0,
    ),
    (
        "cli-timeline-locked-first-day",
        lambda: [
            ln.split()[5]
            for ln in cli_text(
                "good-faith", str(_TMP / "h900wd.csv"), "--timeline", "2023-03-14", "2023-03-16"
            ).splitlines()
            if ln.startswith("2023-03-1")
        ],
        ["yes", "locked", "locked"],
    ),
    (
        "cli-bad-counts-exit-2",
        lambda: cli("good-faith", str(_TMP / "bad.csv"), "--as-of", "2023-03-31"),
        2,
    ),
    ("cli-h900-exit-0", lambda: cli("good-faith", H900_CSV, "--as-of", "2023-03-31"), 0),
    (
        "cli-h900-json-headroom",
        lambda: cli_json("good-faith", H900_CSV, "--as-of", "2023-03-31", "--format", "json")[
            "headroom"
        ]["failures"],
        99,
    ),
    (
        "cli-h900-json-official-headroom",
        lambda: cli_json(
            "good-faith",
            H900_CSV,
            "--as-of",
            "2023-03-31",
            "--format",
            "json",
            "--interpretation",
            "official",
        )["headroom"]["failures"],
        100,
    ),
    (
        "cli-whatif-99-keeps",
        lambda: cli(
            "good-faith", H900_CSV, "--as-of", "2023-03-31", "--what-if", str(_TMP / "p99.toml")
        ),
        0,
    ),
    (
        "cli-whatif-100-tips",
        lambda: cli(
            "good-faith", H900_CSV, "--as-of", "2023-03-31", "--what-if", str(_TMP / "p100.toml")
        ),
        1,
    ),
    (
        "cli-whatif-100-official-keeps",
        lambda: cli(
            "good-faith",
            H900_CSV,
            "--as-of",
            "2023-03-31",
            "--what-if",
            str(_TMP / "p100.toml"),
            "--interpretation",
            "official",
        ),
        0,
    ),
    (
        "cli-whatif-zero",
        lambda: cli(
            "good-faith", H900_CSV, "--as-of", "2023-03-31", "--what-if", str(_TMP / "p0.toml")
        ),
        0,
    ),
    (
        "cli-timeline-exit-0",
        lambda: cli("good-faith", H900_CSV, "--timeline", "2023-02-01", "2023-04-30"),
        0,
    ),
    (
        "cli-whatif-with-timeline-refused",
        lambda: cli(
            "good-faith",
            H900_CSV,
            "--timeline",
            "2023-02-01",
            "2023-04-30",
            "--what-if",
            str(_TMP / "p0.toml"),
        ),
        2,
    ),
    (
        "cli-exit-qualifies",
        lambda: cli("good-faith", "examples/history.csv", "--as-of", "2022-12-31"),
        0,
    ),
    (
        "cli-exit-fails",
        lambda: cli("good-faith", "examples/history.csv", "--as-of", "2023-03-31"),
        1,
    ),
    (
        "cli-exit-bad-date",
        lambda: cli("good-faith", "examples/history.csv", "--as-of", "2023-02-30"),
        2,
    ),
    (
        "cli-json-version",
        lambda: cli_json(
            "good-faith", "examples/history.csv", "--as-of", "2023-03-31", "--format", "json"
        )["version"],
        "2022",
    ),
]


@pytest.mark.parametrize(("got", "want"), [pytest.param(f, w, id=i) for i, f, w in CASES])
def test_rules64(got: Callable[[], Any], want: Any) -> None:
    assert got() == want
