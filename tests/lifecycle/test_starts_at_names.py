"""The rule book's ``starts_at`` names (``complaint_filed``...) as the event a count starts
from: ``rules deadlines --format json`` shows them, so ``deadline complaint_filed`` and
``deadlines_from("complaint_filed", ...)`` answer as for the event each stands for."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.lifecycle import deadlines_from
from ipprules.lifecycle.states import STARTS_AT
from ipprules.rulebook import default_rulebook

NAMED = sorted((name, event) for name, event in STARTS_AT.items() if event is not None)


def test_every_starts_at_name_of_the_embedded_book_is_known() -> None:
    """Every ``starts_at`` the data uses is a start the library can count from."""
    book = default_rulebook()
    view = book.as_of(dt.date(2026, 11, 23))
    used = {rule.starts_at for rule in view.deadlines.values()}
    assert used <= set(STARTS_AT)
    assert "complaint_filed" in used


@given(
    day=st.dates(dt.date(2019, 6, 1), dt.date(2030, 12, 31)),
    pair=st.sampled_from(NAMED),
    platform=st.sampled_from([None, "taobao", "alibaba_com", "aliexpress", "lazada_sg"]),
)
def test_a_starts_at_name_counts_as_its_event(
    day: dt.date, pair: tuple[str, object], platform: str | None
) -> None:
    name, event = pair
    said = deadlines_from(name, day, platform=platform)
    meant = deadlines_from(event, day, platform=platform)  # type: ignore[arg-type]
    if name == "complaint_received":  # R61: the receipt given as such, not the takedown's
        # stand-in; the notes say which (rules33), the dates are the same
        assert all("the day the seller received" in (r.note or "") for r in said if r.due)
        assert all("counted from the takedown" in (r.note or "") for r in meant if r.due)
        # and a window counted from that day is counted from no event of the machine
        # (counted_from None, as from notice_received; review32), not from the takedown
        assert all(r.counted_from is None for r in said if r.rule.starts_at == name)
        said = tuple(attrs.evolve(r, note=None, counted_from=None) for r in said)
        meant = tuple(attrs.evolve(r, note=None, counted_from=None) for r in meant)
    assert said == meant


@pytest.mark.parametrize(("name", "event"), NAMED)
def test_the_cli_takes_a_starts_at_name(
    capsys: pytest.CaptureFixture[str], name: str, event: object
) -> None:
    assert main(["deadline", name, "--on", "2026-11-02", "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert main(["deadline", str(event), "--on", "2026-11-02", "--format", "json"]) == 0
    meant = json.loads(capsys.readouterr().out)
    assert said["event"] == name
    if name == "complaint_received":  # the notes say which date (rules33): dates the same;
        for rows, start in ((said, None), (meant, "takedown")):  # counted from no event
            for row in rows["deadlines"]:  # of the machine, not the takedown (review32)
                row.pop("note")
                assert row.pop("counted_from") == start
    assert said["deadlines"] == meant["deadlines"]
    if name == "complaint_filed":
        assert next(d["deadline_id"] for d in said["deadlines"]) == "processing_general"


def test_an_unknown_start_still_names_the_starts_at_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["deadline", "complaint_filled", "--on", "2026-11-02"]) == 2
    err = capsys.readouterr().err
    assert "complaint_filed" in err
