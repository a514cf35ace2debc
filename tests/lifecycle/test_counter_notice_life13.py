"""Counter-notice, lifecycle and penalty left-overs of life11/life12 (sweep life13): a 1688
seller met by a bar gets no 'unknown for a seller not barred' gap beside it, and the records
of these engines refuse a wrong Python type as a TypeError naming the argument."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.counternotice import (
    Authorisation,
    CounterNotice,
    Party,
    Purchase,
    SellerFacts,
    SellerViolation,
    assess_counter_notice,
)
from ipprules.lifecycle import ComplaintEvents, EventRecord
from ipprules.penalties import Violation
from ipprules.rulebook.model import Answer

DAY = date(2024, 6, 10)
OPEN = {"points": 0, "closed": False, "at_serious_closure_count": False}


@pytest.mark.parametrize(
    "facts",
    [
        {**OPEN, "points": 60},
        {**OPEN, "closed": True},
        {**OPEN, "at_serious_closure_count": True},
        {"closed": True},  # the other bars not stated: not asked for
    ],
    ids=["points", "closed", "serious", "closed-alone"],
)
def test_a_bar_met_on_1688_leaves_no_gap_for_a_seller_not_barred(facts: dict[str, Any]) -> None:
    notice = CounterNotice(platform="1688", complaint_date=DAY, seller=SellerFacts(**facts))
    result = assess_counter_notice(notice)
    assert result.sufficient is Answer.NO
    assert "cn-no-rules" not in result.codes
    assert not any("not barred" in f.message for f in result.findings)


def test_a_seller_not_barred_on_1688_still_gets_the_gap() -> None:
    notice = CounterNotice(platform="1688", complaint_date=DAY, seller=SellerFacts(**OPEN))
    result = assess_counter_notice(notice)
    assert result.sufficient is Answer.UNKNOWN
    (gap,) = [f for f in result.findings if f.code == "cn-no-rules"]
    assert gap.message.endswith("unknown for a seller not barred")


PURCHASE = {"id": "INV-1", "kind": "invoice", "date": DAY}
WRONG: list[tuple[type, dict[str, Any], str, object]] = [
    # (record, its other arguments, the argument, a value of a wrong Python type)
    (Authorisation, {"id": "LOA-1"}, "brand", 3),
    (Authorisation, {"id": "LOA-1"}, "brand", b"Acme"),
    (Authorisation, {}, "id", 7),
    (Purchase, PURCHASE, "id", None),
    (Purchase, PURCHASE, "kind", 3),
    (Purchase, PURCHASE, "signed_by", 3),
    (Purchase, PURCHASE, "signed_by", b"buyer"),
    (Purchase, PURCHASE, "signed_by", [1]),
    (SellerViolation, {"date": DAY}, "kind", math.nan),
    (SellerViolation, {"date": DAY, "kind": "general"}, "right", 3),
    (SellerViolation, {"date": DAY, "kind": "general"}, "id", 3.5),
    (SellerFacts, {}, "violations", "x"),
    (SellerFacts, {}, "violations", ["x"]),
    (CounterNotice, {"complaint_date": DAY}, "platform", 1688),
    (CounterNotice, {"platform": "1688", "complaint_date": DAY}, "ipr_type", True),
    (CounterNotice, {"platform": "1688", "complaint_date": DAY}, "brand", 3),
    (CounterNotice, {"platform": "1688", "complaint_date": DAY}, "purchases", "INV-1"),
    (CounterNotice, {"platform": "1688", "complaint_date": DAY}, "authorisations", [None]),
    (CounterNotice, {"platform": "1688", "complaint_date": DAY}, "seller", None),
    (EventRecord, {"event": "reject"}, "reason", 3),
    (ComplaintEvents, {}, "events", "takedown"),
    (ComplaintEvents, {}, "events", ["takedown"]),
    (ComplaintEvents, {"events": ()}, "platform", 3),
    (ComplaintEvents, {"events": ()}, "counterfeit", 1),
    (ComplaintEvents, {"events": ()}, "ipp_plus", "yes"),
    (ComplaintEvents, {"events": ()}, "ipr_submitted", "2024-06-10"),
    (ComplaintEvents, {"events": ()}, "notice_received", 20240610),
    (Violation, {"on": DAY}, "kind", 3),
    (Violation, {"on": DAY, "kind": "general"}, "points", True),
    (Violation, {"on": DAY, "kind": "general"}, "points", 2.0),
    (Violation, {"on": DAY, "kind": "general"}, "points", math.inf),
]


@pytest.mark.parametrize(
    ("record", "given", "name", "value"),
    WRONG,
    ids=[f"{r.__name__}.{n}={v!r}" for r, _, n, v in WRONG],
)
def test_a_wrong_python_type_is_a_type_error_naming_the_argument(
    record: type, given: dict[str, Any], name: str, value: object
) -> None:
    """Each was taken (``brand=3`` compared as a name, ``platform=1688`` looked up as a
    number), or raised the library's error for an unknown name, or a bare TypeError
    (``'int' object is not iterable``)."""
    with pytest.raises(TypeError, match=rf"^{name}(\[\d+\])? must be "):
        record(**{**given, name: value})


def test_the_right_types_are_still_taken() -> None:
    letter = Authorisation(id="LOA-1", by_owner=True, brand="Acme")
    invoice = Purchase(**PURCHASE, quantity=21, signed_by=iter(["buyer", "seller"]))
    facts = SellerFacts(violations=[SellerViolation(date=DAY, kind="general", right="TM")])
    notice = CounterNotice(
        platform="alibaba_com",
        complaint_date=DAY,
        brand="Acme",
        purchases=[invoice],
        authorisations=(letter,),
        seller=facts,
    )
    result = assess_counter_notice(notice)
    assert result.notice.purchases[0].signed_by == (Party.BUYER, Party.SELLER)
    assert not [c for c in result.codes if "brand" in c]
    events = ComplaintEvents(events=[EventRecord("ipr_verified")], ipr_submitted=DAY)
    assert events.report().state.value == "under_review"


# A counter-notice filed after every round's window (R61) becomes expiries to 'closed': the
# second one is then refused in 'closed', whether or not the rejection after it has its reason.
LATE = [
    ("ipr_verified", "2022-01-13"),
    ("takedown", "2022-01-20"),
    ("counter_notice_filed", "2022-06-01"),
    ("counter_notice_filed", "2022-06-02"),
    ("filer_rejects_counter_notice", "2022-06-03"),
]
IN_CLOSED = "$[3]: event 'counter_notice_filed' is not allowed in state 'closed'"


@pytest.mark.parametrize("reason", ["", "=the invoice is forged"])
def test_a_late_counter_notice_is_replayed_with_its_dates_before_a_reason_is_asked(
    capsys: pytest.CaptureFixture[str], reason: str
) -> None:
    """Without the reason, the refusal was 'not allowed in state counter_notified_1' (the
    names replayed without their dates), with it 'not allowed in state closed'."""
    events = ",".join(n for n, _ in LATE) + reason
    assert main(["lifecycle", "--events", events, "--on", ",".join(d for _, d in LATE)]) == 2
    err = capsys.readouterr().err
    assert f"--events: {IN_CLOSED}" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("reason", [None, "the invoice is forged"])
def test_a_late_counter_notice_in_a_file_is_replayed_with_its_dates_and_facts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, reason: str | None
) -> None:
    rows: list[dict[str, str]] = [{"event": n, "on": d} for n, d in LATE]
    if reason:
        rows[-1]["reason"] = reason
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"platform": "taobao", "events": rows}, indent=1), "utf-8")
    assert main(["lifecycle", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"events.json:16:3: {IN_CLOSED.replace('$', '$.events')}" in err
    assert err.count("\n") == 1


def test_a_rejection_in_time_still_asks_for_its_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The dated replay allows it: its reason is asked for, as before."""
    events = "ipr_verified,takedown,counter_notice_filed,filer_rejects_counter_notice"
    dates = "2022-01-13,2022-01-20,2022-01-21,2022-01-24"
    assert main(["lifecycle", "--events", events, "--on", dates]) == 2
    assert "$[3]: event 'filer_rejects_counter_notice' needs a reason" in capsys.readouterr().err
