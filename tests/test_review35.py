"""Sweep review35: a second look at rules36's site names and review34's lifecycle leftovers.

R33: Tmall Global is tmall.hk. A host of a platform's site (``m.tmall.hk``, ``detail.1688.com``,
``world.taobao.com``, ``es.aliexpress.com``), or its domain written as a fully qualified name
(``tmall.hk.``) or with a port or query, is that platform's site: it must never be answered
"did you mean 'tmall'?" (B12/B13: Tmall's registrations differ from Tmall Global's).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules import UnknownNameError

BOOK = ipprules.default_rulebook()
DAY = "2026-11-23"
_RULES = BOOK.as_of(DAY)
_SITES = sorted((p.id, d) for p in _RULES.platforms.values() for d in p.domains)
_HOSTS = ("m.", "h5.", "world.", "detail.", "item.", "es.", "www.m.")


@settings(max_examples=30, deadline=None)
@given(
    site=st.sampled_from(_SITES),
    host=st.sampled_from(_HOSTS),
    tail=st.sampled_from(("", ".", "/", ":443", "?q=1", "#top", "./x")),
    scheme=st.sampled_from(("", "https://", "//", "HTTP://")),
)
@example(site=("tmall_global", "tmall.hk"), host="m.", tail="", scheme="")
@example(site=("tmall_global", "tmall.hk"), host="detail.", tail=".", scheme="https://")
@example(site=("taobao", "taobao.com"), host="world.", tail=":443", scheme="")
def test_a_host_of_a_site_names_its_platform(
    site: tuple[str, str], host: str, tail: str, scheme: str
) -> None:
    platform_id, domain = site
    for typed in (f"{scheme}{host}{domain}{tail}", f"{scheme}{domain}{tail}"):
        assert _RULES.site_of(typed) == platform_id, typed
        with pytest.raises(UnknownNameError) as caught:
            _RULES.platform(typed)
        assert caught.value.suggestion == platform_id, typed
        assert f"the site of {platform_id}" in str(caught.value), typed


# --------------------------------------------------------------- Good Faith (R79, B14, B1)


def _history(platform: str) -> ipprules.History:
    """One complaint on ``platform`` in the window, its listing taken down."""
    from ipprules.goodfaith import Complaint as Filed

    row = Filed(
        filed="2023-01-05", platform=platform, reason_code="tm_misuse", listings=1, taken_down=1
    )
    return ipprules.History.from_records([row])


@pytest.mark.parametrize(
    ("platform", "meant"),
    [
        # B14: Lazada is filed per regional site: no one of the six is guessed
        ("lazada", "lazada is filed per regional site (B14)"),
        # B1: a marketplace misspelt is suggested, as ResolvedRules.platform does (in another
        # case, XIANYU, it is refused at its row: test_left2)
        ("xianyuu", "did you mean 'xianyu'?"),
        ("m.tmall.hk", "the site of tmall_global"),
    ],
)
def test_r79_a_history_platform_hint_is_the_one_platform_lookup_gives(platform, meant) -> None:
    for interpretation in BOOK.interpretations:
        s = ipprules.standing(_history(platform), "2023-03-31", interpretation=interpretation)
        (note,) = [n for n in s.notes if "not counted" in n]
        assert f"{platform} (1; not a platform: {meant}" in note, note
        assert "did you mean 'lazada_" not in note, note


# --------------------------------------------------------------- R92 under a --rules file

_IPP_PLUS_LATER = """
name = "IPP Plus later"

[[sources]]
id = "MINE"
title = "Our own note"
kind = "user"

[[deadlines]]
id = "processing_lazada_ipp_plus"
kind = "expectation"
amount = 2
unit = "business_days"
starts_at = "complaint_filed"
who = "platform"
platforms = ["lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]
description = "IPP Plus, as our account saw it."
effective_from = {start}
sources = ["MINE"]
confidence = "user"
rules = ["R66", "R92"]
"""


@pytest.mark.parametrize("start", ["2021-03-01", "2019-08-01"])
def test_r92_note_follows_the_rule_book_that_dates_ipp_plus(
    start: str, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The IPP Plus left-out note names the dates of the rule book in use: under a --rules
    file that starts IPP Plus on another day it does not say the embedded January 2020."""
    import datetime as dt
    import json

    from ipprules.cli import main
    from ipprules.lifecycle import EventRecord, lifecycle_report

    path = tmp_path / "rules.toml"
    path.write_text(_IPP_PLUS_LATER.format(start=start), encoding="utf-8")
    before = dt.date.fromisoformat(start) - dt.timedelta(days=1)
    argv = ["deadline", "complaint_filed", "--on", str(before), "--platform", "lazada_sg"]
    assert main([*argv, "--ipp-plus", "--rules", str(path), "--format", "json"]) == 0
    book = BOOK.with_overrides(path)
    report = lifecycle_report(
        [EventRecord("ipr_verified", on=before)], book, platform="lazada_id", ipp_plus=True
    )
    for notes in (json.loads(capsys.readouterr().out)["notes"], report.notes):
        (said,) = [n for n in notes if "processing_lazada_ipp_plus" in n]
        assert f"in force from {start}, not on {before}" in said, said
        assert "January 2020" not in said and "R92" in said, said


# --------------------------------------------------------------- R7: the option holding the date


@pytest.mark.parametrize(
    ("events", "on", "more", "said"),
    [  # R7: verification follows submission; events in date order; the rule book's coverage
        ("ipr_verified,takedown", "2024-09-10,2024-09-12", ["--ipr-submitted", "2024-09-11"], 0),
        ("ipr_verified,takedown", "2024-09-10,2024-09-09", [], 1),
        ("ipr_verified,takedown", "2001-01-02,2001-01-03", [], 0),
    ],
)
def test_r7_a_date_of_events_refused_is_placed_at_on(
    events: str, on: str, more: list[str], said: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``lifecycle --events ... --on ...``: an event's date refused is the --on option's (as a
    date that is no date is), never --events', which holds no date."""
    from ipprules.cli import main

    assert main(["lifecycle", "--events", events, "--on", on, *more]) == 2
    err = capsys.readouterr().err
    assert f"error: --on: $[{said}].on: " in err, err


# --------------------------------------------------------------- R7: a receipt after a refusal


@pytest.mark.parametrize("received", ["2024-09-09", "2024-09-12"])
def test_r7_a_receipt_with_a_refused_ipr_is_noted_not_refused(received: str) -> None:
    """R7 processes a claim only once its IPR is verified and is silent on whether the seller
    hears of a claim whose IPR is refused: the receipt is taken, with a note that says so."""
    import datetime as dt

    from ipprules.lifecycle import EventRecord, lifecycle_report

    refused = EventRecord("ipr_refused", on=dt.date(2024, 9, 10), reason="not the owner")
    report = lifecycle_report([refused], notice_received_on=received)
    (said,) = [n for n in report.notes if n.startswith("notice_received")]
    assert f"notice_received {received}" in said and "R7" in said and "refused" in said, said
    assert f"note: {said}" in report.text()
    assert not [n for n in lifecycle_report([refused]).notes if "notice_received" in n]
