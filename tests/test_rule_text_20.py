"""Every dated rule record on the day before, the day of and the last day (rules20).

rules18 and rules19 went through the domain notes (``ipp-rules.md``) statement by statement;
this file goes record by record through the rule DATA. Every record of the embedded rule book
with a start other than the coverage's, an end or a trial start is listed below with the
sentence of the notes that dates it (quoted with its section), and the dates are held to that
sentence. Each record is then asked for through the public API on the day before it starts,
the day it starts, its last day and the day after it ends, under every reading it belongs to,
and the engines that use it (check, coverage, Good Faith standing and timeline, deadlines,
penalties, the ``rules`` views) are asked on those days too, with the readings whose answers
differ named (``other_readings``). The cases rules18 and rules19 already hold (the R61 change,
the reason codes' starts, R62's appeal pages, the Lazada deadlines and penalties before
2019-06-01, the 2015/2018 versions by reading) are not repeated. Last: the edges of the dates
themselves (before the book's first record, the far future, a ``date``, a ``datetime``, a
string, another type).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

import pytest

from ipprules import (
    advise,
    check,
    coverage,
    deadline_for,
    default_rulebook,
    diff_rules,
    penalty_standing,
    standing,
    timeline,
    what_if,
)
from ipprules.checks import plan_from_data
from ipprules.cli import main
from ipprules.errors import CoverageError, InputError, UnknownNameError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History
from ipprules.lifecycle import deadlines_from
from ipprules.penalties import Violation
from ipprules.rulebook import Confidence
from ipprules.rulebook.model import SECTIONS
from test_rule_text_18 import LAZADA, READINGS, plan

BOOK = default_rulebook()
DAY = timedelta(days=1)


class Dated(NamedTuple):
    section: str
    id: str
    interpretation: str | None
    effective_from: date
    effective_until: date | None
    trial_from: date | None
    text: str
    where: str


# ------------------------------------------------------- the sentences that date the records
LAZADA_OPEN = (
    "Lazada's IPR team formed Mar 2019 and Lazada IPP opened to the public Jun 2019.",
    "1.10 R95",
)
R47 = (
    "Lazada attachments: each file at most 5 MB, at most 4 attachments. / Lazada IPP opened "
    "to the public Jun 2019.",
    "1.4 R47, 1.10 R95",
)
R88 = (
    "Lazada non-compliance points: counterfeit up to 16 ... An account reaching 48 points is "
    "closed. / Lazada IPP opened to the public Jun 2019.",
    "1.9 R88, 1.10 R95",
)
R51 = ("AliExpress infringement categories (policy updated 21 Jan 2015)", "1.5 R51")
R85 = (
    "AliExpress: ... Three serious violations close the account ... Serious/general categories "
    "as in R51. / AliExpress infringement categories (policy updated 21 Jan 2015)",
    "1.9 R85, 1.5 R51",
)
R75 = (
    "2021/2022 upgrade: trial from 28 Dec 2021, effective for all rights holders from 15 Apr 2022.",
    "1.7 R75 (R50, R76: additional reason codes in the 2022 wording)",
)
R68 = (
    '2015 version (Taobao, "TaoProtect"): trial from 6 Jan 2015, official launch 1 Apr 2015. '
    "/ 2018 upgrade: ... effective for all rights holders from 15 Aug 2018.",
    "1.7 R68, R70",
)
R70 = (
    "2018 upgrade: trial from 15 Apr 2018, effective for all rights holders from 15 Aug 2018. "
    "/ 2021/2022 upgrade: ... effective for all rights holders from 15 Apr 2022.",
    "1.7 R70, R75",
)
R61 = (
    "2nd and 3rd counter-notices: within 27 business days (effective 20 Jan 2022; previously "
    "30 business days).",
    "1.6 R61, 2 D4",
)
D4 = ('Lazada, third party (S53): "3-5 working days". / Lazada IPP opened ... Jun 2019.', "2 D4")
R92 = ("Lazada IPP Plus (pilot from Jan 2020)", "1.10 R92, 1.6 R66")
R62 = (
    "When AliProtect shut down on 15 Dec 2018, complainants were directed to IPP. Sellers "
    "counter-notify through the platform appeal pages",
    "1.6 R62",
)

D = date
LAZADA_DAY = D(2019, 6, 1)
DATED: list[Dated] = [
    *[
        Dated(section, site, reading, LAZADA_DAY, None, None, *LAZADA_OPEN)
        for section in ("platforms", "registrations")
        for site in LAZADA
        for reading in (None, "official")
    ],
    Dated("limits", "lazada_attachment_size", None, LAZADA_DAY, None, None, *R47),
    Dated("limits", "lazada_attachments", None, LAZADA_DAY, None, None, *R47),
    Dated("evidence_rules", "lazada_attachments", None, LAZADA_DAY, None, None, *R47),
    Dated("reason_codes", "tm_misleading", None, D(2015, 1, 21), None, None, *R51),
    Dated(
        "reason_codes", "gf_counterfeit_simplified", None, D(2022, 4, 15), None,
        D(2021, 12, 28), *R75,
    ),
    Dated("good_faith", "gftm", None, D(2015, 4, 1), D(2018, 8, 15), D(2015, 1, 6), *R68),
    *[
        Dated("good_faith", "gftm", r, D(2018, 8, 15), D(2022, 4, 15), D(2018, 4, 15), *R70)
        for r in (None, "official", "brief-at-least-100")
    ],
    *[
        Dated("good_faith", "gftm", r, D(2022, 4, 15), None, D(2021, 12, 28), *R75)
        for r in (None, "official", "brief-at-least-100")
    ],
    Dated(
        "deadlines", "counter_notice_round_2_3", None, D(2015, 1, 6), D(2022, 1, 20), None, *R61
    ),
    Dated("deadlines", "counter_notice_round_2_3", None, D(2022, 1, 20), None, None, *R61),
    Dated("deadlines", "counter_notice_lazada", None, LAZADA_DAY, None, None, *D4),
    Dated("deadlines", "processing_lazada_ipp_plus", None, D(2020, 1, 1), None, None, *R92),
    Dated("penalties", "aliexpress", None, D(2015, 1, 21), None, None, *R85),
    *[Dated("penalties", site, None, LAZADA_DAY, None, None, *R88) for site in LAZADA],
    *[
        Dated("counter_notice", f"{p}_counter_notice_channel", None, D(2018, 12, 15), None,
              None, *R62)
        for p in ("alibaba_com", "aliexpress", "1688")
    ],
]  # fmt: skip


def _key(section: str, record: Any) -> tuple[str, str, str | None, date]:
    return (section, record.id, record.interpretation, record.effective_from)


def _dated_records() -> dict[tuple[str, str, str | None, date], Any]:
    """Every record of the embedded book with a date of its own (a start other than the
    coverage's, an end or a trial start), by section, id, reading and start."""
    found = {}
    for section in SECTIONS:
        for r in BOOK.records(section):
            if r.effective_from != BOOK.coverage_from or r.effective_until or r.trial_from:
                found[_key(section, r)] = r
    return found


def test_every_dated_record_carries_the_date_of_its_sentence() -> None:
    """Each dated record of the data is one of the table's, with the start, end and trial
    start its sentence gives; a record dated otherwise, or a new dated record without its
    sentence here, fails."""
    in_book = {k: (r.effective_until, r.trial_from) for k, r in _dated_records().items()}
    in_text = {
        (d.section, d.id, d.interpretation, d.effective_from): (d.effective_until, d.trial_from)
        for d in DATED
    }
    assert in_book == in_text


def _readings(entry: Dated) -> list[str]:
    """The readings under which the record is the one answered: its own, or (a record of
    every reading) those without a record of their own for the same id and start."""
    if entry.interpretation is not None:
        return [entry.interpretation]
    out = []
    for reading in READINGS:
        chain = {reading}
        base = BOOK.interpretation(reading).base
        while base:
            chain.add(base)
            base = BOOK.interpretation(base).base
        shadowed = any(
            r.id == entry.id
            and r.interpretation in chain
            and r.effective_from == entry.effective_from
            for r in BOOK.records(entry.section)
        )
        if not shadowed:
            out.append(reading)
    return out


def _answered(day: date, reading: str, entry: Dated, trial: bool = False) -> Any:
    """The record the public lookup answers for the entry's id on ``day`` (``None``: none)."""
    return BOOK.as_of(day, reading, trial=trial).section(entry.section).get(entry.id)


@pytest.mark.parametrize(
    "entry", DATED, ids=[f"{d.section}-{d.id}-{d.interpretation}-{d.effective_from}" for d in DATED]
)
def test_each_dated_record_answers_only_inside_its_dates(entry: Dated) -> None:
    """The record is answered from the day its sentence starts it (the trial's start for an
    account in every trial) to the day before the day it ends, and not on the day before it
    starts or on the day it ends; the day before, a lookup of an id that nothing else answers
    is refused naming the start."""
    record = _dated_records()[_key(entry.section, entry)]
    readings = _readings(entry)
    assert readings, entry
    for reading in readings:
        start = entry.effective_from
        if start > BOOK.coverage_from:
            assert _answered(start, reading, entry) is record, (reading, entry.text)
            before = _answered(start - DAY, reading, entry)
            assert before is not record, (reading, entry.where)
            if before is None:
                why = BOOK.as_of(start - DAY, reading).not_in_force(entry.section, entry.id)
                assert f"from {start}" in why, why
        if entry.trial_from is not None:
            assert _answered(entry.trial_from, reading, entry, trial=True) is record
            if entry.trial_from > BOOK.coverage_from:
                earlier = _answered(entry.trial_from - DAY, reading, entry, trial=True)
                assert earlier is not record, (reading, entry.where)
            # an account in no trial waits for the start for everyone
            assert _answered(start - DAY, reading, entry) is not record
        if entry.effective_until is not None:
            last = entry.effective_until - DAY
            assert _answered(last, reading, entry) is record, (reading, entry.text)
            assert _answered(entry.effective_until, reading, entry) is not record


def _changed(day: date, reading: str, trial: bool = False) -> set[tuple[str, str]]:
    before, after = (
        BOOK.as_of(day - DAY, reading, trial=trial),
        BOOK.as_of(day, reading, trial=trial),
    )
    return {(c.section, c.id) for c in diff_rules(before, after)}


@pytest.mark.parametrize(
    "entry", DATED, ids=[f"{d.section}-{d.id}-{d.interpretation}-{d.effective_from}" for d in DATED]
)
def test_the_diff_across_each_date_of_a_record_names_it(entry: Dated) -> None:
    """What `rules diff --as-of D-1 --to D` answers: across the day a record starts (for an
    account in the trials, the trial's start) and the day it ends, the record's id is among
    the changes, under each reading it belongs to."""
    for reading in _readings(entry):
        if entry.effective_from > BOOK.coverage_from:
            assert (entry.section, entry.id) in _changed(entry.effective_from, reading), reading
        if entry.trial_from is not None and entry.trial_from > BOOK.coverage_from:
            assert (entry.section, entry.id) in _changed(entry.trial_from, reading, True)
        if entry.effective_until is not None:
            assert (entry.section, entry.id) in _changed(entry.effective_until, reading)


# ------------------------------------------------------------- sources and confidence marks
#: The source ids of part 4 of the domain notes (the 2026-12-03 text), copied: the file
#: lives outside the repository. Official pages first, then third-party guides.
_PART4_OFFICIAL = """
    S1 S2 S3 S4 S5 S6 S7 S8 S9 S10 S11 S12 S13 S14 S15 S16 S17 S18 S22 S23 S24 S26 S27 S28
    S40 S41 S44 S49 S50b S51 S55
"""
_PART4_THIRD_PARTY = """
    S19 S20 S21 S25 S29 S30 S31 S32 S33 S34 S35 S36 S37 S38 S39 S42 S43 S45 S46 S47 S47a
    S47b S47c S47d S47e S48 S50 S50c S52 S53 S54 S56 S57 S58 S58b S59 S60 S61
"""
PART4 = {
    **dict.fromkeys(re.findall(r"\S+", _PART4_OFFICIAL), "official"),
    **dict.fromkeys(re.findall(r"\S+", _PART4_THIRD_PARTY), "third-party"),
}
#: "Every encoded rule should carry its source ids and confidence (official / third-party /
#: inferred / brief)" (ipp-rules.md, preamble); ``user`` marks an override file's records.
CONFIDENCE = ("brief", "official", "third-party", "inferred", "user")


def test_every_record_cites_sources_of_part_4_and_a_documented_confidence() -> None:
    """ "Every encoded rule should carry its source ids and confidence" (preamble): every
    source a record cites is a source of part 4 (or the brief, part 0) and is of the kind
    part 4 lists it under, and every confidence mark is one of the documented values."""
    cited = set()
    for section in SECTIONS:
        for r in BOOK.records(section):
            assert r.sources, (section, r.id)
            assert Confidence(r.confidence).value in CONFIDENCE, (section, r.id)
            cited.update(r.sources)
    assert cited - {"BRIEF"} <= set(PART4), sorted(cited - {"BRIEF"} - set(PART4))
    for source_id in cited - {"BRIEF"}:
        assert BOOK.source(source_id).kind == PART4[source_id], source_id
    assert BOOK.source("BRIEF").kind == "brief"


# ------------------------------------------------- the engines that use each dated record
def _gf_records(
    filed: date, events: tuple[tuple[str, str], ...], per_code: tuple[tuple[str, int, int], ...]
) -> list[Any]:
    """Account events, then per reason code ``count`` complaints filed on ``filed``, the first
    ``down`` taken down and the rest rejected (ids prefixed by the filing date)."""
    records: list[Any] = [AccountEvent(date=d, kind=EventKind(k)) for d, k in events]
    for code, count, down in per_code:
        records += [
            Complaint(
                filed=filed,
                platform="taobao",
                reason_code=code,
                listings=1,
                taken_down=int(i < down),
                rejected=int(i >= down),
                id=f"{filed}-{code}-{i}",
            )
            for i in range(count)
        ]
    return records


def _gf_history(
    filed: date, events: tuple[tuple[str, str], ...], per_code: tuple[tuple[str, int, int], ...]
) -> History:
    return History.from_records(_gf_records(filed, events, per_code))


#: a 2015 member at exactly 90.0% (180 of 200 taken down), with 200 complaints in August 2018
AT_90 = _gf_history(
    D(2018, 8, 1),
    (("2018-01-02", "declaration"), ("2018-07-02", "admission")),
    (("tm_counterfeit", 200, 180),),
)


def test_the_2015_rules_last_day_has_one_reading_the_2018_first_day_three() -> None:
    """R68 / R70 (1.7): the 2015 rules end when the 2018 upgrade is "effective for all rights
    holders from 15 Aug 2018"; D1 (2): 2015 "90% or higher", 2020 official removal "below
    90%", the brief (B21) "above 90%". On 2018-08-14 (the 2015 record's last day, shared by
    every reading) 90.0% is a member under every reading and no reading differs; on
    2018-08-15 the brief and brief-at-least-100 remove the member, official keeps it, and
    each names the others."""
    last = {r: standing(AT_90, D(2018, 8, 14), interpretation=r) for r in READINGS}
    assert {r: (s.version, s.member, s.other_readings) for r, s in last.items()} == dict.fromkeys(
        READINGS, ("2015", True, ())
    )
    first = {r: standing(AT_90, D(2018, 8, 15), interpretation=r) for r in READINGS}
    assert {
        r: (s.version, s.member, tuple(sorted(s.other_readings))) for r, s in first.items()
    } == {
        "brief": ("2018", False, ("official",)),
        "official": ("2018", True, ("brief", "brief-at-least-100")),
        "brief-at-least-100": ("2018", False, ("official",)),
    }


@pytest.mark.parametrize(
    ("reading", "changes"),
    [("brief", [(D(2018, 8, 15), "lost")]), ("official", []), ("brief-at-least-100", [(D(2018, 8, 15), "lost")])],
)  # fmt: skip
def test_the_timeline_changes_on_the_day_the_2018_rules_start(
    reading: str, changes: list[tuple[date, str]]
) -> None:
    """R70 (1.7) "effective for all rights holders from 15 Aug 2018" with D1's readings: the
    timeline of the 90.0% member loses membership on 2018-08-15 exactly under the strict
    readings, and its day lists the reading that keeps it."""
    t = timeline(AT_90, D(2018, 8, 10), D(2018, 8, 20), interpretation=reading, other_readings=True)
    assert [(c.date, c.change) for c in t.changes] == changes
    days = {row["date"]: row for row in t.to_records()}
    assert days[D(2018, 8, 14)]["other_readings"] == []
    assert days[D(2018, 8, 15)]["other_readings"] == [
        r for r in READINGS if (r == "official") != (reading == "official")
    ]


#: overall 158 of 160 (98.75%), but one reason code at 8 of 10 (80%)
def _one_code_fails(as_of: date) -> History:
    return _gf_history(
        as_of - timedelta(days=30),
        (("2018-01-02", "declaration"),),
        (("tm_counterfeit", 150, 150), ("tm_misuse", 10, 8)),
    )


@pytest.mark.parametrize(
    ("as_of", "trial", "version"),
    [
        # an account in the 2018 trial only is not in the 2021/22 one: 2022 rules from 15 Apr
        (D(2021, 12, 28), [2018], "2018"),
        (D(2022, 4, 14), [2018], "2018"),
        (D(2022, 4, 15), [2018], "2022"),
        # an account in the 2021/22 trial only gets them from 28 Dec 2021
        (D(2021, 12, 27), [2021], "2018"),
        (D(2021, 12, 28), [2021], "2022"),
    ],
)
def test_the_per_reason_code_test_starts_with_the_trial_the_account_was_in(
    as_of: date, trial: list[int], version: str
) -> None:
    """R75 (1.7): "trial from 28 Dec 2021, effective for all rights holders from 15 Apr 2022
    ... the data for every single reason code must meet the admission conditions"; R70: the
    2018 trial from 15 Apr 2018 is another trial. Each reading answers the same (the per-code
    test is in all three), so none is named."""
    h = _one_code_fails(as_of)
    for reading in READINGS:
        s = standing(h, as_of, interpretation=reading, trial=trial)
        assert (s.version, s.qualifies) == (version, version == "2018"), reading
        assert s.other_readings == (), reading


@pytest.mark.parametrize(
    ("as_of", "trial", "version"),
    [
        (D(2018, 4, 14), [2018], "2015"),
        (D(2018, 4, 15), [2018], "2018"),
        (D(2018, 4, 15), [2015], "2015"),  # in the 2015 trial only
        (D(2018, 4, 15), [2015, 2021], "2015"),
        (D(2018, 8, 14), [2015], "2015"),
        (D(2018, 8, 15), [2015], "2018"),
    ],
)
def test_the_2018_rules_start_with_the_trial_the_account_was_in(
    as_of: date, trial: list[int], version: str
) -> None:
    """R70 (1.7): "2018 upgrade: trial from 15 Apr 2018, effective for all rights holders from
    15 Aug 2018"; an account in the 2015 trial (R68) only waits for 15 Aug 2018."""
    assert standing(History.from_records([]), as_of, trial=trial).version == version
    assert BOOK.as_of(as_of, trial=trial).good_faith is not None
    assert BOOK.as_of(as_of, trial=trial).good_faith.version == version


@pytest.mark.parametrize("trial", [False, [2018], [2021]])
def test_before_the_2015_launch_the_programme_is_named_as_on_trial(
    trial: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """R68 (1.7): "2015 version (Taobao, "TaoProtect"): trial from 6 Jan 2015, official launch
    1 Apr 2015". On 31 Mar 2015 the programme existed, on trial: for an account outside the
    2015 trial the standing has no criteria and says when they begin for it (1 April) and
    for an account in the trial (6 January), as the what-if's refusal does; it does not say
    the programme did not exist yet. On 1 April the 2015 criteria answer."""
    day = D(2015, 3, 31)
    s = standing(H0, day, trial=trial)
    assert s.version is None and not s.qualifies
    (note,) = s.notes
    assert "2015-04-01" in note and "2015-01-06" in note and "trial" in note, note
    assert "did not exist" not in note
    with pytest.raises(CoverageError) as refused:
        what_if(H0, [], day, trial=trial)
    assert "2015-04-01" in str(refused.value) and "2015-01-06" in str(refused.value)
    assert standing(H0, D(2015, 4, 1), trial=trial).version == "2015"
    in_trial = standing(H0, day, trial=[2015] if trial is False else [*trial, 2015])
    assert in_trial.version == "2015"


#: a non-member at 97.5% with 200 complaints on 1 April and 200 on 1 July 2018
QUALIFIES_2018 = History.from_records(
    [
        *_gf_records(
            D(2018, 4, 1), (("2018-01-02", "declaration"),), (("tm_counterfeit", 200, 195),)
        ),
        *_gf_records(D(2018, 7, 1), (), (("tm_counterfeit", 200, 195),)),
    ]
)


@pytest.mark.parametrize(
    ("trial", "gained"),
    [(False, D(2018, 8, 15)), ([2015], D(2018, 8, 15)), ([2018], D(2018, 4, 15)), (True, D(2018, 4, 15))],
)  # fmt: skip
def test_automatic_admission_starts_with_the_2018_rules(trial: Any, gained: date) -> None:
    """R70 (1.7): "2018 upgrade: trial from 15 Apr 2018, effective for all rights holders from
    15 Aug 2018. (a) Accounts that meet the statistics are admitted automatically"; R74
    (1.7): "Admission is automatic". Under the 2015 rules admission needs an application (an
    `admission` event, documented); a qualifying account's timeline gains membership on the
    first day of the 2018 rules that apply to it: the trial's for an account in the 2018
    trial, 15 Aug 2018 otherwise."""
    t = timeline(QUALIFIES_2018, D(2018, 4, 10), D(2018, 8, 20), trial=trial)
    assert [(c.date, c.change) for c in t.changes] == [(gained, "gained")]


@pytest.mark.parametrize(
    ("start", "end", "trial", "lost"),
    [
        (D(2021, 12, 20), D(2022, 1, 5), False, None),
        (D(2021, 12, 20), D(2022, 1, 5), [2018], None),
        (D(2021, 12, 20), D(2022, 1, 5), [2021], D(2021, 12, 28)),
        (D(2022, 4, 10), D(2022, 4, 20), False, D(2022, 4, 15)),
        (D(2022, 4, 10), D(2022, 4, 20), [2018], D(2022, 4, 15)),
    ],
)
def test_the_timeline_removes_for_one_reason_code_from_the_2022_rules(
    start: date, end: date, trial: Any, lost: date | None
) -> None:
    """R75 (1.7): "trial from 28 Dec 2021, effective for all rights holders from 15 Apr 2022
    ... both the overall complaint data and the data for every single reason code must meet
    the admission conditions"; R71: removal is automatic. A member at 98.75% overall with one
    reason code at 80% loses membership on the first day the per-code test applies to it,
    under every reading (none named on that day)."""
    h = _one_code_fails(start + timedelta(days=20))
    for reading in READINGS:
        t = timeline(h, start, end, interpretation=reading, trial=trial, other_readings=True)
        assert [(c.date, c.change) for c in t.changes] == ([(lost, "lost")] if lost else [])
        assert all(row["other_readings"] == [] for row in t.to_records()), reading


@pytest.mark.parametrize(
    ("day", "trial", "offered"),
    [
        (D(2021, 12, 27), True, False),
        (D(2021, 12, 28), True, True),
        (D(2022, 1, 3), [2021], True),
        (D(2022, 1, 3), [2018], False),
        (D(2022, 4, 14), False, False),
        (D(2022, 4, 15), False, True),
        (D(2022, 4, 15), [2018], True),
    ],
)
def test_the_advisor_offers_the_members_reason_from_its_start(
    day: date, trial: Any, offered: bool
) -> None:
    """R50 (1.5), R75, R76 (1.7): the members' additional reason codes come with the 2021/22
    upgrade ("trial from 28 Dec 2021, effective for all rights holders from 15 Apr 2022").
    The advisor offers a member the simplified counterfeit reason from the start that applies
    to its account, under every reading alike."""
    for reading in READINGS:
        a = advise(
            "trademark",
            "taobao",
            member=True,
            facts=["counterfeit_product"],
            as_of=day,
            trial=trial,
            interpretation=reading,
        )
        codes = [s.code for s in a.admissible]
        assert ("gf_counterfeit_simplified" in codes) is offered, reading
        assert "tm_counterfeit" in codes and a.other_readings == ()


@pytest.mark.parametrize(
    ("removed", "until", "noted"),
    [(D(2018, 8, 14), D(2019, 2, 14), "2018-11-14"), (D(2018, 8, 15), D(2018, 11, 15), None)],
)
def test_the_lockout_is_the_length_of_the_rules_in_force_on_its_first_day(
    removed: date, until: date, noted: str | None
) -> None:
    """D3 (2): "6 months (2015) vs 3 months (2018 onward)"; R70(d): "A removed account may
    rejoin after 3 months instead of 6", effective from 15 Aug 2018. A removal on the 2015
    rules' last day keeps 6 months, and the note gives the end the 3 months would give
    (documented: whether the change applies to a running lock-out is not stated); one on the
    first day of the 2018 rules has 3."""
    h = History.from_records(
        [
            AccountEvent(date="2018-01-02", kind=EventKind("declaration")),
            AccountEvent(date="2018-02-02", kind=EventKind("admission")),
            AccountEvent(date=removed, kind=EventKind("removal")),
        ]
    )
    s = standing(h, removed + DAY)
    assert s.locked_until == until
    assert any(noted in n for n in s.notes) if noted else not any("lock" in n for n in s.notes)


def test_cli_rules_good_faith_names_the_readings_that_differ_on_each_side_of_2018_08_15(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R68/R70 (1.7), D1 (2): the 2015 record is one reading for all; from 2018-08-15 the
    brief's thresholds and volume floor differ from official's and from 'at least 100'. The
    only difference on 2018-08-14 is Xianyu's (B1: filed as Taobao; D11: no source names it)."""
    seen = {}
    for day in ("2018-08-14", "2018-08-15"):
        assert main(["rules", "good-faith", "--as-of", day, "--format", "json"]) == 0
        out = json.loads(capsys.readouterr().out)
        seen[day] = (out["data"]["effective_from"], sorted(out["other_readings"]["good-faith"]))
    assert seen == {
        "2018-08-14": ("2015-04-01", ["official"]),
        "2018-08-15": ("2018-08-15", ["brief-at-least-100", "official"]),
    }


@pytest.mark.parametrize("reading", READINGS)
def test_aliexpress_penalties_start_with_the_2015_categories(reading: str) -> None:
    """R85 (1.9): "Serious/general categories as in R51"; R51 (1.5): "AliExpress infringement
    categories (policy updated 21 Jan 2015)". On 2015-01-20 the penalty rules are a gap
    (unknown, the note names the day they begin, as documented); on 2015-01-21 a counterfeit
    of that day is one serious violation of the three that close the account, and one of the
    day before is left out, saying the rules counted begin on 2015-01-21. No reading differs."""
    before_day = Violation(on="2015-01-20", kind="counterfeit", right="r1")
    first_day = Violation(on="2015-01-21", kind="counterfeit", right="r1")
    before = penalty_standing(
        [before_day], "aliexpress", D(2015, 1, 20), BOOK.as_of("2015-01-20", reading)
    )
    assert (before.closed.value, before.serious.text) == ("unknown", "unknown")
    assert any("begin on 2015-01-21" in n for n in before.notes), before.notes
    first = penalty_standing(
        [before_day, first_day], "aliexpress", D(2015, 1, 21), BOOK.as_of("2015-01-21", reading)
    )
    assert (first.closed.value, first.serious.text, first.other_readings) == ("no", "1", ())
    assert first.counted == 1
    assert [(i, "2015-01-21" in why) for i, why in first.ignored] == [(0, True)]
    assert first.rule is not None and first.rule.effective_from == D(2015, 1, 21)


@pytest.mark.parametrize(("day", "expected"), [(D(2019, 12, 31), False), (D(2020, 1, 1), True)])
def test_ipp_plus_is_left_out_before_its_pilot(
    day: date, expected: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """R92 (1.10): "Lazada IPP Plus (pilot from Jan 2020)"; the record starts on its first
    day. A verified right of an IPP Plus member on 2019-12-31 starts no IPP Plus expectation
    (documented: "A deadline that is not yet in force on its start date (IPP Plus before
    2020) is left out"), one on 2020-01-01 does (2 business days: Friday 3 January); `rules
    deadlines` lists it from that day, and no reading differs."""
    found = {
        r.deadline_id: r.due
        for r in deadlines_from("ipr_verified", day, platform="lazada_sg", ipp_plus=True)
    }
    assert ("processing_lazada_ipp_plus" in found) is expected
    if expected:
        assert found["processing_lazada_ipp_plus"] == D(2020, 1, 3)
    argv = ["rules", "deadlines", "--platform", "lazada_sg", "--as-of", str(day)]
    assert main([*argv, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert ("processing_lazada_ipp_plus" in [d["id"] for d in out["data"]]) is expected
    assert out["other_readings"] == {}


def _codes(data: dict[str, Any], reading: str = "brief") -> dict[str, tuple[str, ...]]:
    report = check(plan_from_data(data), interpretation=reading)
    return {f.code: tuple(f.other_readings) for f in report.findings}


EVIDENCE_5 = [{"kind": "test_purchase_report", "size_mb": 5, "language": "en"}] * 5


@pytest.mark.parametrize("site", LAZADA)
def test_lazada_attachment_limit_starts_with_lazada_and_the_undated_june_ends_on_1_july(
    site: str,
) -> None:
    """R47 (1.4): "Lazada attachments: ... at most 4 attachments"; R95 (1.10): "Lazada IPP
    opened to the public Jun 2019" (the day is not documented; the book starts the sites on
    1 June and says so until 1 July). On 31 May the site is not on IPP (refused, naming 1
    June; no limit is applied); from 1 June five attachments are too many; the undated-start
    info is given on 30 June, its last day, and not on 1 July. Official reads Lazada's
    jurisdiction as unknown (R40), named on the finding it gives."""
    days = (D(2019, 5, 31), LAZADA_DAY, D(2019, 6, 30), D(2019, 7, 1))
    got = {d: _codes(plan(site, as_of=str(d), complaint={"evidence": EVIDENCE_5})) for d in days}
    assert set(got[D(2019, 5, 31)]) == {"platform-unknown"}
    report = check(plan_from_data(plan(site, as_of="2019-05-31")))
    assert "from 2019-06-01" in report.findings[0].message
    for day in (LAZADA_DAY, D(2019, 6, 30), D(2019, 7, 1)):
        assert got[day]["attachments-too-many"] == ()
        assert ("platform-start-undated" in got[day]) is (day < D(2019, 7, 1))
        assert got[day]["other-reading-finding"] == ("official",)


@pytest.mark.parametrize("platform", ["alibaba_com", "aliexpress", "1688"])
def test_the_aliprotect_caveat_ends_the_day_aliprotect_shut_down(platform: str) -> None:
    """R95 (1.10): "AliProtect launched 2008 (AliExpress, Alibaba.com, 1688) ... merged into
    IPP in 2016 ... AliProtect shut down 15 Dec 2018"; R62 (1.6): "When AliProtect shut down
    on 15 Dec 2018, complainants were directed to IPP". A complaint (check) and a right's
    cell (coverage) on 14 Dec 2018 carry the undated-start info; on 15 Dec they do not. The
    Tao platforms never carry it."""
    for day, said in ((D(2018, 12, 14), True), (D(2018, 12, 15), False)):
        data = plan(platform, as_of=str(day))
        assert ("platform-start-undated" in _codes(data)) is said, day
        cov = coverage(plan_from_data(data), platforms=[platform, "taobao"])
        on = {f.code for cell in cov.cells for f in cell.findings if cell.platform == platform}
        tao = {f.code for cell in cov.cells for f in cell.findings if cell.platform == "taobao"}
        assert ("platform-start-undated" in on) is said, day
        assert "platform-start-undated" not in tao


@pytest.mark.parametrize(
    ("day", "trials", "refused"),
    [
        ("2022-01-03", [2018], True),  # not in the 2021/22 trial: from 15 Apr 2022
        ("2022-01-03", [2021], False),
        ("2021-12-27", [2021], True),
        ("2022-04-15", [2018], False),
    ],
)
def test_the_members_reason_in_a_check_follows_the_accounts_trial(
    day: str, trials: list[int], refused: bool
) -> None:
    """R50 (1.5): "GFTM members get additional reasons (reason codes)"; R75 (1.7): "trial from
    28 Dec 2021, effective for all rights holders from 15 Apr 2022"; R76: "(5) additional
    reason codes" is in the 2022 wording. A member's complaint on that reason is refused
    before the start that applies to its account (naming it), and accepted after."""
    data = plan(
        "taobao",
        as_of=day,
        reason="gf_counterfeit_simplified",
        account={"good_faith": True, "good_faith_trials": trials},
    )
    report = check(plan_from_data(data))
    refusals = [f for f in report.findings if f.code == "reason-unknown"]
    assert bool(refusals) is refused
    if refused:
        start = "2021-12-28" if 2021 in trials else "2022-04-15"
        assert f"in force from {start}" in refusals[0].message


def test_aliexpress_misleading_reason_in_a_check_starts_on_21_january_2015() -> None:
    """R51 (1.5): "AliExpress infringement categories (policy updated 21 Jan 2015): ... (c)
    product descriptions or other information that confuse or mislead". A complaint on it
    filed on 20 Jan 2015 is refused naming 21 Jan; on 21 Jan it is accepted."""
    before = check(plan_from_data(plan("aliexpress", as_of="2015-01-20", reason="tm_misleading")))
    msg = [f.message for f in before.findings if f.code == "reason-unknown"]
    assert msg and "in force from 2015-01-21" in msg[0]
    first = _codes(plan("aliexpress", as_of="2015-01-21", reason="tm_misleading"))
    assert "reason-unknown" not in first


@pytest.mark.parametrize(("day", "answer"), [(LAZADA_DAY, "unknown"), (D(2024, 1, 1), "unknown")])
@pytest.mark.parametrize("site", LAZADA)
def test_lazada_jurisdiction_under_official_from_the_first_day(
    site: str, day: date, answer: str
) -> None:
    """R40 (1.3): "Lazada: ... No retrievable source states whether the IPR must be registered
    in the specific Lazada country ... This is a gap"; B14 (0): "Lazada: a right registered in
    the respective country". The lookup on the day before Lazada is on IPP is refused under
    both readings, naming 1 June 2019."""
    place = site[-2:].upper()
    assert BOOK.as_of(day, "official").accepts_registration(site, place).value == answer
    assert BOOK.as_of(day).accepts_registration(site, place).value == "yes"
    for reading in ("brief", "official"):
        with pytest.raises(UnknownNameError, match="from 2019-06-01"):
            BOOK.as_of(LAZADA_DAY - DAY, reading).accepts_registration(site, place)


# ----------------------------------------------------------------------- the dates themselves
H0 = History.from_records([])


def _engines() -> dict[str, Any]:
    return {
        "check": lambda d: check(plan_from_data(plan()), as_of=d).as_of,
        "coverage": lambda d: coverage(plan_from_data(plan()), as_of=d).as_of,
        "standing": lambda d: standing(H0, d).as_of,
        "timeline": lambda d: timeline(H0, d, d).start,
        "deadline_for": lambda d: deadline_for("counter_notice_round_2_3", d).start,
        "penalty_standing": lambda d: penalty_standing([], "aliexpress", d).as_of,
        "rulebook": lambda d: BOOK.as_of(d).as_of,
    }


ENGINES = tuple(_engines())


@pytest.mark.parametrize("engine", ENGINES)
def test_a_date_before_the_first_record_is_refused(engine: str) -> None:
    """R48 (1.5): the rule book starts with the upgrade of 6 Jan 2015 ("coverage_from"); every
    engine refuses 5 Jan 2015 with the library's CoverageError naming the first day, and
    answers on 6 Jan (documented: "dates before book.coverage_from raise CoverageError")."""
    run = _engines()[engine]
    assert run(D(2015, 1, 6)) == D(2015, 1, 6)
    with pytest.raises(CoverageError, match="2015-01-06"):
        run(D(2015, 1, 5))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_far_future_date_answers_with_the_last_records_up_to_2999(engine: str) -> None:
    """Documented: dates run from 1900-01-01 to 2999-12-31. On 2999-12-31 every engine
    answers (with the records in force at the end: the 2022 Good Faith rules, R61's 27
    days); 3000-01-01 is refused with the library's error (an InputError; for a deadline's
    start, a CoverageError: "the dates deadlines are counted for")."""
    run = _engines()[engine]
    if engine == "deadline_for":  # R61's 27 business days from 2999-12-31 fall in 3000
        with pytest.raises(CoverageError, match="fall on 3000-02-06, outside"):
            run(D(2999, 12, 31))
        undated = deadline_for("filer_reply_to_counter_notice", "2999-12-31")
        assert (undated.start, undated.due) == (D(2999, 12, 31), None)
    elif engine == "coverage":  # the default horizon (3 months) from 2999-12-31 ends in 3000
        with pytest.raises(InputError, match="ends on 3000-03-31, past 2999-12-31"):
            run(D(2999, 12, 31))
        answer = coverage(plan_from_data(plan()), as_of=D(2999, 12, 31), horizon=0)
        assert answer.as_of == D(2999, 12, 31)
    else:
        assert run(D(2999, 12, 31)) == D(2999, 12, 31)
    error = CoverageError if engine == "deadline_for" else InputError
    with pytest.raises(error, match="2999-12-31"):
        run(D(3000, 1, 1))
    assert standing(H0, "2999-12-31").version == "2022"
    assert deadline_for("counter_notice_round_2_3", "2999-11-01").amount == 27


@pytest.mark.parametrize("engine", ENGINES)
def test_as_of_as_date_datetime_string_or_another_type(engine: str) -> None:
    """Documented: "A date argument takes a date, a datetime (its date) or such a string";
    another type is a TypeError naming the argument, a string that is no YYYY-MM-DD date an
    InputError. The day the R61 change starts (20 Jan 2022) in each form answers the same."""
    run = _engines()[engine]
    first = D(2022, 1, 20)
    assert run(first) == run("2022-01-20") == run(datetime(2022, 1, 20, 23, 59)) == first
    with pytest.raises(TypeError, match=r"datetime\.date or a 'YYYY-MM-DD' string, got int"):
        run(20220120)
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        run("2022-01-20T00:00")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        run("2022-1-20")
