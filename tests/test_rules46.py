"""What rules45 left of Part 0 through the CLI (rules46): the confidence the ``rules`` summary
shows beside the registrations (B14), the "under 2 business days" of Lazada IPP Plus (R92),
a store front on the stand-alone form (B2, B16, R41, R42) and the surfaces of B20's batch
rejection and of B23/B24."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules.lifecycle import State, reject_counter_notices
from ipprules.rulebook import NOT_ENCODED, default_rulebook
from test_rules45_cli import _check, _run

AS_OF = "2026-11-23"
SHOP = "https://lyb2528.taobao.com/index.htm"


def _table(text: str, first: str) -> list[dict[str, str]]:
    """The rows of the fixed-width table whose header starts with ``first``."""
    lines = text.splitlines()
    (at,) = [i for i, line in enumerate(lines) if line.startswith(first + " ")]
    head, rule = lines[at], lines[at + 1]
    spans, start = [], 0
    for part in rule.split("  "):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    names = [head[a:b].strip() for a, b in spans]
    rows = []
    for line in lines[at + 2 :]:
        if not line.strip() or line.startswith(" "):
            break
        rows.append({n: line[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)})
    return rows


# ------------------------------------------------ 1. B14: the registrations' own confidence


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_summary_shows_each_registration_records_own_confidence(reading: str) -> None:
    """B14 (a right registered in the Lazada site's country) is the brief's reading only: the
    summary's registrations column must not stand beside the platform record's "official"
    alone. Each row's registration confidence is the one ``rules registrations`` gives."""
    code, text, err = _run("rules", "--as-of", AS_OF, "--interpretation", reading)
    assert (code, err) == (0, "")
    rows = {r["platform"]: r for r in _table(text, "platform")}
    code, out, _ = _run(
        "rules", "registrations", "--as-of", AS_OF, "--interpretation", reading, "--format", "json"
    )
    regs = json.loads(out)
    records = regs["data"] if isinstance(regs, dict) and "data" in regs else regs
    own = {r["id"]: r["confidence"] for r in records}
    assert set(rows) == set(own)
    for platform, row in rows.items():
        assert row["reg. confidence"] == own[platform], platform
    if reading == "brief":
        assert rows["lazada_th"]["registrations"] == "TH"
        assert rows["lazada_th"]["reg. confidence"] == "brief"  # B14, not official
        assert rows["lazada_th"]["confidence"] == "official"  # the platform record's own


# ------------------------------------------------ 2. R92: "under 2 business days"


def _deadlines(*argv: str) -> dict[str, dict[str, Any]]:
    code, out, err = _run("deadline", *argv, "--format", "json")
    assert (code, err) == (0, ""), err
    return {d["deadline_id"]: d for d in json.loads(out)["deadlines"]}


def test_ipp_plus_is_due_on_the_second_business_day_and_says_under() -> None:
    """R92: processing "under 2 business days". Filed on Monday 2024-03-04 at any hour, two
    business days later is that hour of Wednesday 03-06, and "under" ends before it: the last
    day is still Wednesday, as "within 2" would give (the 3 business days of R61 end on the
    third, Thursday). The JSON and the text keep the source's "under"."""
    argv = ("complaint_filed", "--on", "2024-03-04", "--platform", "lazada_sg", "--ipp-plus")
    got = _deadlines(*argv)["processing_lazada_ipp_plus"]
    assert (got["status"], got["due"], got["bound"]) == ("due", "2024-03-06", "under")
    code, text, _ = _run("deadline", *argv)
    assert code == 0
    row = {r["deadline"]: r for r in _table(text, "deadline")}["processing_lazada_ipp_plus"]
    assert row["counted"] == "under 2 business days (weekends)"
    assert row["date"] == "due 2024-03-06"
    # a "within N" window, counted the same way: the Nth business day, bound "within"
    first = _deadlines("complaint_received", "--on", "2024-03-04")["counter_notice_round_1"]
    assert (first["due"], first["bound"]) == ("2024-03-07", "within")


def test_the_api_gives_the_same_bound_and_day() -> None:
    r = ipprules.deadline_for("processing_lazada_ipp_plus", "2024-03-04", platform="lazada_sg")
    assert (str(r.due), r.to_dict()["bound"]) == ("2024-03-06", "under")
    assert "under 2 business days" in r.describe()
    # B19: "generally under three days", "usually under 24 hours"
    for deadline_id in ("processing_general", "processing_counterfeit"):
        assert ipprules.deadline_for(deadline_id, "2024-03-04").to_dict()["bound"] == "under"


def test_the_rules_deadlines_view_reads_the_bound_not_the_description() -> None:
    """B19's counterfeit expectation is "usually under 24 hours": the view said "24"."""
    code, text, _ = _run("rules", "deadlines", "--as-of", AS_OF)
    assert code == 0
    rows = {r["deadline"]: r for r in _table(text, "deadline")}
    assert rows["processing_counterfeit"]["amount"] == "under 24"
    assert rows["processing_lazada_ipp_plus"]["amount"] == "under 2"
    assert rows["counter_notice_round_1"]["amount"] == "3"


# ------------------------------------------------ 3. a store front on the stand-alone form


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_a_store_front_on_the_form_is_unknown_never_accepted(tmp_path: Path, reading: str) -> None:
    """B2/R15/R44 say the form takes links (at most 10); the store front is a complaint type
    of the portal's form (B16, R41, R42). No source says the form takes one: ``unknown``."""
    code, report, text = _check(
        tmp_path,
        {"registered": False},
        None,
        {
            "channel": "standalone_form",
            "target": "storefront",
            "reason": "tm_store_misuse",
            "listings": [SHOP],
        },
        "--interpretation",
        reading,
    )
    got = [(f["code"], f["severity"], f["path"]) for f in report["findings"]]
    assert got == [("channel-storefront-unknown", "unknown", "$.complaints[0].target")]
    assert code == 0  # a gap, not an error
    assert "no source says the stand-alone takedown form takes store-front complaints" in text


def test_a_store_front_on_the_portal_is_not_questioned(tmp_path: Path) -> None:
    code, report, _ = _check(
        tmp_path,
        None,
        None,
        {"target": "storefront", "reason": "tm_store_misuse", "listings": [SHOP]},
    )
    assert (code, report["findings"]) == (0, [])


def test_a_form_store_front_where_there_are_none_is_the_one_fault(tmp_path: Path) -> None:
    """AliExpress takes no store fronts (B16): that is the fault, the form's gap is not added."""
    code, report, _ = _check(
        tmp_path,
        {"registered": False},
        {"place": "US"},
        {
            "channel": "standalone_form",
            "platform": "aliexpress",
            "target": "storefront",
            "listings": ["https://www.aliexpress.com/store/1102345678"],
        },
    )
    assert "storefront-not-allowed" in {f["code"] for f in report["findings"]}
    assert "channel-storefront-unknown" not in {f["code"] for f in report["findings"]}
    assert code == 1


# ------------------------------------------------ 4. B20's batch rejection, B23 and B24


def test_b20_batch_rejection_through_the_api_and_the_rule_view() -> None:
    """B20: "counter-notifications can be rejected in batch": the API's
    ``reject_counter_notices`` answers ``yes`` under the brief and ``unknown`` under
    official (R67: no page documents a batch reject); ``rules rule B20`` shows the record."""
    states = {"a": State.COUNTER_NOTIFIED_1, "b": State.COUNTER_NOTIFIED_2, "c": State.CLOSED}
    brief = reject_counter_notices(states, reason="the invoice is forged", on="2024-03-04")
    assert brief.batch is not None and brief.batch.value == "yes"
    assert [i.ok for i in brief.items] == [True, True, False]  # c has nothing to reject
    official = reject_counter_notices(
        states,
        reason="the invoice is forged",
        rulebook=default_rulebook().as_of("2024-03-04", "official"),
    )
    assert official.batch is not None and official.batch.value == "unknown"
    assert "brief" in official.other_readings
    code, text, _ = _run("rules", "rule", "B20", "--as-of", AS_OF)
    assert code == 0 and "batch_counter_notice_rejection" in text


@pytest.mark.parametrize("rule_id", ["B23", "B24"])
def test_b23_and_b24_say_why_they_are_not_encoded(rule_id: str) -> None:
    """Joint-Force (B23) and the proactive measures (B24) are what the platform does, not
    rules a filer's complaint is judged by: the answer names the reason, never silence."""
    assert rule_id in NOT_ENCODED
    code, out, err = _run("rules", "rule", rule_id, "--as-of", AS_OF)
    assert (code, out) == (2, "")
    assert f"{rule_id} is deliberately not encoded" in err
    assert "Traceback" not in err
