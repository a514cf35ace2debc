"""Xianyu in the rule book's lookups (xianyu2): one function of the rule book,
``ResolvedRules.filed_as``, says what a marketplace without a platform of its own is filed as
(B1: "Xianyu ... is filed by selecting Taobao"; ``official``: no source names it, R33, D11),
and ``platform()``, ``ipprules rules`` and ``advise`` build their notes from it."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules import default_rulebook
from ipprules.cli import main
from ipprules.errors import UnknownNameError
from ipprules.rulebook import FiledAs

READINGS = ("brief", "official", "brief-at-least-100")
DAYS = ("2015-01-06", "2019-05-01", "2024-06-03", "2026-11-23")
B1_NOTE = "xianyu is not an IPP platform: Xianyu (Goofish) is filed as taobao (B1)"


def _cli_json(*argv: str) -> tuple[int, dict[str, Any]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--format", "json"])
    return code, json.loads(out.getvalue()) if code == 0 else {}


def _expected(reading: str, day: str) -> FiledAs | None:
    """What B1 and R33/D11 say, read from the marketplace record of each reading."""
    book = default_rulebook()
    rules = book.as_of(day, reading)
    market = rules.marketplaces.get("xianyu")
    if market is None or market.files_as not in rules.platforms:
        return None
    others = tuple(
        name
        for name in book.interpretations
        if name != reading
        and getattr(book.as_of(day, name).marketplaces.get("xianyu"), "files_as", None)
        != market.files_as
    )
    note = f"xianyu is not an IPP platform: {market.name} is filed as {market.files_as} (B1)"
    return FiledAs(market="xianyu", platform=market.files_as, note=note, readings=others)


def test_filed_as_answers_xianyu_with_taobao_under_the_brief_only() -> None:
    """B1 under the brief; R33 and D11 (a gap) under ``official``."""
    brief = default_rulebook().as_of("2024-06-03")
    assert brief.filed_as("xianyu") == FiledAs("xianyu", "taobao", B1_NOTE, ("official",))
    assert default_rulebook().as_of("2024-06-03", "official").filed_as("xianyu") is None
    for name in ("taobao", "lazada", "goofish", ""):
        assert brief.filed_as(name) is None  # a platform, a group, unknown
    with pytest.raises(TypeError, match="must be a str"):  # not a name (rules42)
        brief.filed_as(None)  # type: ignore[arg-type]


@settings(max_examples=8, deadline=None)
@given(reading=st.sampled_from(READINGS), day=st.sampled_from(DAYS))
@example(reading="brief", day="2024-06-03")
@example(reading="official", day="2024-06-03")
@example(reading="brief-at-least-100", day="2015-01-06")
def test_the_cli_advise_and_platform_notes_are_built_from_filed_as(reading: str, day: str) -> None:
    """One answer, three surfaces: ``rules penalties --platform xianyu`` (note and other
    readings), ``advise`` (its first note) and ``platform("xianyu")`` (the record's note)
    say what ``filed_as`` says, word for word, or all refuse Xianyu."""
    rules = default_rulebook().as_of(day, reading)
    filed = rules.filed_as("xianyu")
    assert filed == _expected(reading, day)
    asked = ("--as-of", day, "--interpretation", reading)
    code, data = _cli_json("rules", "penalties", "--platform", "xianyu", *asked)
    if filed is None:
        assert code == 2
        with pytest.raises(UnknownNameError, match="xianyu is not an IPP platform"):
            ipprules.advise("trademark", "xianyu", as_of=day, interpretation=reading)
        return
    assert code == 0
    assert data["notes"][0] == f"{filed.note}, so these are taobao's rules"
    assert data["other_readings"].get("marketplace xianyu", []) == list(filed.readings)
    advice = ipprules.advise("trademark", "xianyu", as_of=day, interpretation=reading)
    assert advice.platform == filed.platform
    assert advice.notes[0] == f"{filed.note}, so this is taobao's advice"
    assert set(filed.readings) <= set(advice.other_readings)
    record = rules.platform("xianyu")
    assert record.note.startswith(f"{filed.note}, so these are taobao's rules")


# --------------------------------------- 2. per-platform lookups: refused, saying what to do

_LOOKUPS = (
    ("penalties_for", ()),
    ("registrations_for", ()),
    ("deadlines_for", ()),
    ("document_rules_for_platform", ()),
    ("reason_codes_for", ("trademark",)),
    ("document_rules_for", ("trademark",)),
)


@pytest.mark.parametrize(("lookup", "before"), _LOOKUPS)
def test_per_platform_lookups_refuse_xianyu_and_say_to_ask_about_taobao(
    lookup: str, before: tuple[str, ...]
) -> None:
    """Their answers are keyed by the platform's own id and have no place for B1's note, so
    they refuse Xianyu rather than answer Taobao's rules silently; under the brief the
    message says to ask about Taobao (whose answers are Xianyu's, B1), and under ``official``
    that what Xianyu is filed as is not documented (R33, D11)."""
    brief = default_rulebook().as_of("2024-06-03")
    method = getattr(brief, lookup)
    with pytest.raises(UnknownNameError) as caught:
        method(*before, "xianyu")
    assert "ask about taobao instead, whose answers are xianyu's (B1)" in str(caught.value)
    method(*before, "taobao")  # what it says to do is answered
    official = default_rulebook().as_of("2024-06-03", "official")
    with pytest.raises(UnknownNameError) as caught:
        getattr(official, lookup)(*before, "xianyu")
    assert "is not documented" in str(caught.value)
    assert "ask about" not in str(caught.value)  # nothing to ask about under official


def test_cli_deadline_refuses_xianyu_under_official_in_one_line(capsys) -> None:
    """``ipprules deadline --platform xianyu`` under ``official``: exit 2, one line, nothing
    to ask about (R33, D11). Under the brief it answers as Taobao with B1's note since rules32
    (tests/test_rules32.py), as ``ipprules rules deadlines`` does."""
    argv = ["deadline", "takedown", "--on", "2024-06-03", "--platform", "xianyu"]
    assert main([*argv, "--interpretation", "official"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert "is not documented" in err
    assert "ask about" not in err
