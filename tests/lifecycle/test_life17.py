"""Sweep life17: life16's and pen19's left-overs in the lifecycle engine, each answer worked
out here from the rule text (ipp-rules.md R60, R64, R65/S56, D4), not by the library.

- R60: "the seller has 3 working days from the notice to respond (remove the listing or
  counter-notify) ... Otherwise Alibaba.com removes the listings": a takedown on or before
  the last of those days is legal (the seller may remove the listings itself) but noted.
- R64: "if the complainant or Alibaba accepts a counter-notice, the deducted points or counts
  are restored" (1688): a replay ending in an accepted counter-notice there says so.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from ipprules.errors import UnknownNameError
from ipprules.lifecycle import (
    EventRecord,
    State,
    apply_batch,
    lifecycle_report,
)
from ipprules.rulebook import RuleBook, default_rulebook, load_rulebook

E = EventRecord
NOTICE = date(2024, 6, 3)  # a Monday
VERIFIED = date(2024, 6, 3)


def _working_day(start: date, n: int) -> date:
    """The n-th weekday after ``start`` (not counted): this file's own count."""
    day = start
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


R60_LAST = _working_day(NOTICE, 3)  # R60: 3 working days from the notice


def _taken_down(on: date, platform: str | None = "alibaba_com", **kw: object) -> tuple[str, ...]:
    events = [E("ipr_verified", on=VERIFIED), E("takedown", on=on)]
    return lifecycle_report(events, platform=platform, **kw).notes  # type: ignore[arg-type]


@pytest.mark.parametrize("days", range(0, 8))
def test_r60_a_takedown_within_the_sellers_working_days_is_noted(days: int) -> None:
    """A takedown from the notice's day to its 3rd working day is kept (the seller may have
    removed the listings itself) and noted with R60 and the last day; after it, R60's
    "otherwise Alibaba.com removes the listings" is what happened: no note."""
    on = NOTICE + timedelta(days=days)
    said = [n for n in _taken_down(on, notice_received_on=NOTICE) if "R60" in n]
    if on <= R60_LAST:
        assert len(said) == 1
        assert f"last day {R60_LAST}" in said[0]
        assert f"takedown on {on}" in said[0]
        assert "removing them itself" in said[0]
    else:
        assert said == []


def test_r60_is_alibaba_coms_and_needs_the_notices_day() -> None:
    """R60 is Alibaba.com's rule; without the notice's day its window has no start."""
    assert not any("R60" in n for n in _taken_down(NOTICE, "aliexpress", notice_received_on=NOTICE))
    assert not any("R60" in n for n in _taken_down(NOTICE, None, notice_received_on=NOTICE))
    assert not any("R60" in n for n in _taken_down(NOTICE))


ACCEPTED = ("filer_accepts_counter_notice", "platform_accepts_counter_notice")


def _accepted(
    platform: str | None,
    event: str,
    on: date | None = date(2024, 6, 10),
    rulebook: RuleBook | None = None,
) -> tuple[str, ...]:
    return lifecycle_report(
        [
            E("ipr_verified", on=date(2024, 6, 3)),
            E("takedown", on=date(2024, 6, 4)),
            E("counter_notice_filed", on=date(2024, 6, 5)),
            E(event, on=on),
        ],
        rulebook,
        platform=platform,
    ).notes


@pytest.mark.parametrize("event", ACCEPTED)
def test_r64_an_accepted_counter_notice_on_1688_points_to_the_restored_points(event: str) -> None:
    """R64: the complainant's or Alibaba's acceptance restores the points on 1688; the
    lifecycle counts none, so it names the penalties' counter_notice_accepted and the day."""
    said = [n for n in _accepted("1688", event) if "R64" in n]
    assert len(said) == 1
    assert "counter_notice_accepted (2024-06-10)" in said[0]
    assert "penalties" in said[0]
    assert said[0].startswith(f"{event} on 2024-06-10")
    assert "[confidence third-party: R64]" in said[0]  # R64 is a third-party copy (S45)


@pytest.mark.parametrize("platform", ["aliexpress", "alibaba_com", "taobao", None])
def test_r64_restores_on_1688_only(platform: str | None) -> None:
    """R64 is 1688's: elsewhere no rule restores points (penalties says so itself)."""
    for event in ACCEPTED:
        assert not any("R64" in n for n in _accepted(platform, event))


def _restoring_book(tmp_path: Path, platform: str, restores: object) -> RuleBook:
    """A user rule book whose penalty record of ``platform`` sets counter_notice_restores."""
    data = Path(__file__).resolve().parents[2] / "src/ipprules/rulebook/data/penalties.json"
    records = json.loads(data.read_text(encoding="utf-8"))
    record = next(r for r in records if r["id"] == platform and "interpretation" not in r)
    record = {**record, "sources": ["ACME"], "confidence": "user"}
    record["counter_notice_restores"] = restores
    doc = {
        "name": "Restores",
        "sources": [{"id": "ACME", "title": "ours", "kind": "user"}],
        "penalties": [record],
    }
    path = tmp_path / f"{platform}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_rulebook(path)


def test_r64_the_note_follows_the_rule_data_field(tmp_path: Path) -> None:
    """The note reads the penalty record's counter_notice_restores (pen20), as penalties
    does: a user book that restores on AliExpress gets it, one that does not on 1688 not."""
    event = ACCEPTED[0]
    book = _restoring_book(tmp_path, "aliexpress", True)
    assert any("restores" in n for n in _accepted("aliexpress", event, rulebook=book))
    book = _restoring_book(tmp_path, "1688", False)
    assert not any("R64" in n for n in _accepted("1688", event, rulebook=book))


def test_r64_a_rejected_counter_notice_restores_nothing() -> None:
    said = _accepted("1688", "platform_rejects_counter_notice")
    assert not any("R64" in n for n in said)


# ------------------------------------------------------------------ S56 in a batch (R65)
# "One low-quality source says that on Taobao a complaint can be withdrawn only while it is
# still being processed, not after" [3P, low] S56: a batch withdrawing listings taken down
# says so on taobao, and says that the question is open where no platform is given.

TAKEN = {"a": State.TAKEN_DOWN, "b": State.UNDER_REVIEW, "c": State.COUNTER_NOTICE_REJECTED_1}


def test_s56_a_batch_withdrawal_on_taobao_carries_the_note() -> None:
    result = apply_batch(TAKEN, "withdraw", platform="taobao")
    assert [i.key for i in result.succeeded] == ["a", "c"]  # under review: refused (B20)
    assert len(result.notes) == 1 and "S56" in result.notes[0]
    assert "taken_down, counter_notice_rejected_1" in result.notes[0]
    assert result.to_dict()["notes"] == list(result.notes)


def test_s56_without_a_platform_the_batch_says_the_question_is_open() -> None:
    (said,) = apply_batch(TAKEN, "withdraw").notes
    assert "S56" in said and "no platform was given" in said


@pytest.mark.parametrize("platform", ["aliexpress", "alibaba_com", "1688", "lazada_sg"])
def test_s56_is_taobaos_only(platform: str) -> None:
    assert apply_batch(TAKEN, "withdraw", platform=platform).notes == ()


def test_s56_agrees_with_a_withdrawal_under_review() -> None:
    """S56 allows a withdrawal "while it is still being processed": nothing to note."""
    official = default_rulebook().as_of("2024-06-03", "official")
    result = apply_batch(
        {"b": State.UNDER_REVIEW}, "withdraw", rulebook=official, platform="taobao"
    )
    assert result.succeeded and result.notes == ()
    assert apply_batch({"a": State.TAKEN_DOWN}, "takedown", platform="taobao").notes == ()


def test_a_batchs_platform_is_checked() -> None:
    with pytest.raises(UnknownNameError):
        apply_batch(TAKEN, "withdraw", platform="taobaoo")
    with pytest.raises(TypeError):
        apply_batch(TAKEN, "withdraw", platform=3)  # type: ignore[arg-type]
