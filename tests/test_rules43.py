"""rules43: every source the rule text gives a rule is cited by the records that encode it.

The domain reference gives each rule its sources (``R28 ... [3P] S35; S57``). The rule book
carried R28's, R29's, R35's, R43's, R66's, D5's and D9's only in part, and knew nothing of
S47b-S47d, S50b, S57, S59, S60 and S61: ``ipprules rules sources S57`` was refused with
"did you mean 'S7'?", another page, and ``rules rule R29`` named none of R29's sources.
"""

from __future__ import annotations

import re

import attrs
import pytest

from ipprules import advise, check, default_rulebook
from ipprules.checks import Complaint, IprType, Right, example_plan
from ipprules.errors import UnknownNameError
from ipprules.rulebook import NOT_ENCODED
from ipprules.rulebook.background import NOT_CITED_SOURCES
from test_newuser8 import _run

BOOK = default_rulebook()

#: Each rule of parts 1 and 2 of the domain notes (the 2026-12-06 text) with the sources it
#: names, copied: the file lives outside the repository.
TEXT_SOURCES = {
    "R1": "S1", "R2": "S1", "R3": "S9", "R4": "S8 S23", "R5": "S23 S30", "R6": "S23",
    "R7": "S26 S27 S28 S29", "R8": "S1 S5", "R9": "S1 S15 S16", "R10": "S1 S8", "R11": "S6",
    "R12": "S6", "R13": "S6", "R14": "S2", "R15": "S8 S19 S20", "R16": "S9 S52",
    "R17": "S1 S9 S15", "R18": "S1", "R19": "S4 S5", "R20": "S4", "R21": "S5", "R22": "S5",
    "R23": "S5", "R24": "S1 S2", "R25": "S2 S30", "R26": "", "R27": "S7",
    "R28": "S8 S27 S35 S57", "R29": "S50b", "R30": "S36 S37 S38", "R31": "", "R32": "S37",
    "R33": "S1 S9 S16 S17 S22", "R34": "S30 S31 S32 S33 S34 S58b",
    "R35": "S30 S31 S32 S34 S59", "R36": "S22", "R37": "S33 S58b", "R38": "S2 S4", "R39": "",
    "R40": "", "R41": "S3", "R42": "S3", "R43": "S3 S15 S16 S57", "R44": "S19 S20",
    "R45": "S15 S16", "R46": "S26 S29", "R47": "S52", "R48": "S13", "R49": "S12",
    "R50": "S11 S12", "R51": "S40", "R52": "S45", "R53": "S14", "R54": "S37", "R55": "S58",
    "R56": "S1", "R57": "S9", "R58": "S1 S16 S17", "R59": "S17", "R60": "S24", "R61": "S25",
    "R62": "S55", "R63": "S49", "R64": "S45", "R65": "S1 S17 S56",
    "R66": "S18 S19 S26 S29 S47a S47b S47c S47d S47e", "R67": "", "R68": "S13",
    "R69": "S13 S54", "R70": "S12", "R71": "S11", "R72": "S11", "R73": "S11", "R74": "S11 S12",
    "R75": "S12", "R76": "S11 S12", "R77": "S21", "R78": "S33", "R79": "S21 S22", "R80": "S10",
    "R81": "S10", "R82": "S11 S13 S54", "R83": "S48", "R84": "S47e", "R85": "S39 S40",
    "R86": "S14 S41 S42", "R87": "S43 S44", "R88": "S50 S50c S51", "R89": "S45",
    "R90": "S11 S12 S13", "R91": "", "R92": "S18", "R93": "S46", "R94": "S18 S47",
    "R95": "S15 S16 S22 S47e S55", "D1": "S11 S12 S13 S21", "D2": "S11 S18 S21 S22",
    "D3": "S11 S12 S13 S54", "D4": "S24 S25 S53", "D5": "S19 S26 S29 S33 S47 S61",
    "D6": "S26 S27 S29", "D7": "S32 S33 S34", "D8": "S2 S30", "D9": "S60",
    "D10": "S39 S41 S43", "D11": "", "D12": "S27", "D13": "S3",
}  # fmt: skip

#: Sources a rule's records leave out on purpose: what they back is not encoded. R95's S15 and
#: S47e give scale figures (IPRs validated, accounts), the records only its dates; S47 is the
#: group id of the annual reports, whose parts (S47a-S47e) the records cite.
LEFT_OUT = {"R95": {"S15", "S47e"}, "D5": {"S47"}}

#: Rules no record cites but a finding or the lifecycle does, with its own sources (D12: the
#: finding complaint-alibaba-com-china-copyright, S27; R57, R59: the lifecycle's states).
CITED_ELSEWHERE = {"D12", "R57", "R59"}


@pytest.mark.parametrize("rule_id", sorted(TEXT_SOURCES))
def test_the_records_of_a_rule_cite_every_source_the_text_gives_it(rule_id: str) -> None:
    """R28 (S57), R29 (S50b), R35 (S34, S59), R43 (S57), R46 (S29), R58 (S16), R66 (S47b-d,
    S29), R82 (S11), R90 (S12), D2 (S18, S21), D5 (S29, S61), D9 (S60): each was left out."""
    wanted = set(TEXT_SOURCES[rule_id].split())
    if rule_id in NOT_ENCODED or rule_id in CITED_ELSEWHERE:
        with pytest.raises(UnknownNameError):
            BOOK.citing(rule_id)
        return
    cited = {s for c in BOOK.citing(rule_id) for s in c.sources}
    missing = wanted - cited - LEFT_OUT.get(rule_id, set())
    assert not missing, (rule_id, sorted(missing))


def test_every_source_of_the_text_is_known_or_said_why_not() -> None:
    """Every source id of parts 1 and 2 is a source of the book, or one of the few no record
    cites (S46, S48: sources of rules left out; S47: the reports' group id), said so."""
    ids = {s for text in TEXT_SOURCES.values() for s in text.split()}
    unknown = ids - set(BOOK.sources) - set(NOT_CITED_SOURCES)
    assert not unknown, sorted(unknown)
    assert not set(NOT_CITED_SOURCES) & set(BOOK.sources)


@pytest.mark.parametrize(
    ("source_id", "kind"),
    [("S47b", "third-party"), ("S50b", "official"), ("S57", "third-party"),
     ("S59", "third-party"), ("S60", "third-party"), ("S61", "third-party")],
)  # fmt: skip
def test_the_added_sources_resolve_with_the_kind_part_4_gives(source_id: str, kind: str) -> None:
    source = BOOK.source(source_id)
    assert source.kind == kind
    assert source.url is not None and source.url.startswith("http")


@pytest.mark.parametrize(("source_id", "rule_id"), [("S46", "R93"), ("S48", "R83"), ("s46", "R93")])
def test_a_source_of_a_rule_left_out_says_so_and_suggests_no_other_page(
    source_id: str, rule_id: str
) -> None:
    """``rules sources S46`` said "did you mean 'S6'?" (another page): S46 is R93's source,
    and R93 is deliberately not encoded."""
    with pytest.raises(UnknownNameError) as err:
        BOOK.source(source_id)
    assert f"source of {rule_id}" in str(err.value)
    assert "did you mean" not in str(err.value)
    code, _out, errtext = _run("rules", "sources", source_id, "--as-of", "2024-01-01")
    assert code == 2
    assert f"ipprules rules rule {rule_id}" in errtext and "did you mean" not in errtext


def test_the_reports_group_id_names_its_parts() -> None:
    with pytest.raises(UnknownNameError, match=r"S47a-S47e") as err:
        BOOK.source("S47")
    assert "did you mean" not in str(err.value)
    assert re.search(r"unknown source 'S99' \(did you mean 'S9'\?\)", _message("S99"))


def _message(source_id: str) -> str:
    try:
        BOOK.source(source_id)
    except UnknownNameError as err:
        return str(err)
    raise AssertionError(source_id)


def test_the_platform_caveat_cites_the_rules_and_source_it_names() -> None:
    """The AliProtect caveat of 1688, Alibaba.com and AliExpress names R95 and R62 (the
    shutdown on 2018-12-15, S55); its records cited neither, so ``rules rule R62`` did not
    list them."""
    rules = BOOK.as_of("2018-12-14")
    for platform in ("1688", "alibaba_com", "aliexpress"):
        record = rules.platform(platform)
        assert "R62" in record.caveat and "R95" in record.caveat
        assert {"R62", "R95"} <= set(record.rules), platform
        assert "S55" in record.sources, platform
    citing = {(c.section, c.id) for c in BOOK.citing("R62")}
    assert ("platforms", "1688") in citing


#: A Singapore mark filed on Lazada Singapore: accepted under the brief (B14), a documented gap
#: under ``official`` (R40); nothing else differs between the readings.
_LAZADA_PLAN = attrs.evolve(
    example_plan(),  # its account: a Hong Kong enterprise filing as the rights holder
    rights=(Right(id="tm-sg", ipr_type=IprType.TRADEMARK, place="SG",
                  documents=("trademark_certificate",)),),
    complaints=(
        Complaint(id="c", platform="lazada_sg", right="tm-sg", reason="tm_counterfeit",
                  supplement="Counterfeit ACME goods: wrong packaging.",
                  listings=("https://www.lazada.sg/products/x-i123456789-s987654321.html",)),
    ),
)  # fmt: skip


def test_a_note_of_another_reading_cites_the_rules_and_sources_of_what_it_quotes() -> None:
    """A Singapore mark on Lazada Singapore is accepted under the brief (B14) and a documented
    gap under ``official`` (R40). The brief's note quoting that gap cited no rule and only the
    brief (the note code's own), though it rests on R40 and its sources (S16, S17)."""
    report = check(_LAZADA_PLAN, as_of="2024-06-03")
    notes = [f for f in report.findings if f.code == "other-reading-finding"]
    assert len(notes) == 1, [(f.code, f.message) for f in report.findings]
    gap = next(
        f
        for f in check(_LAZADA_PLAN, as_of="2024-06-03", interpretation="official").findings
        if f.code == "right-place-unknown"
    )
    assert "right-place-unknown" in notes[0].message
    assert notes[0].rule_ids == gap.rule_ids and "R40" in gap.rule_ids
    assert notes[0].sources == gap.sources and "BRIEF" not in gap.sources


@pytest.mark.parametrize(
    ("day", "differ"),
    [
        # D1: the brief's "above 90%", "below 5%", "more than 100" against the official "at
        # least 90%", "at most 5%", no floor; brief-at-least-100 reads the floor as ">= 100"
        ("2026-12-01", "official, brief-at-least-100"),
        ("2018-08-15", "official, brief-at-least-100"),
        # the 2015 criteria are one reading; the marketplaces counted differ (B1: Xianyu)
        ("2016-03-01", "official"),
    ],
)
def test_the_rules_summary_says_where_the_good_faith_rules_differ(day: str, differ: str) -> None:
    """``ipprules rules`` printed "Good Faith criteria: version 2022" and nothing of D1, the
    best-known dispute of the rule book, then twelve "1688: differs under official" notes of
    its platform table, which read as if the Good Faith criteria differed per platform. The
    Good Faith line names the readings whose Good Faith rules differ (as ``rules good-faith``
    does), and the platform table comes last, its notes under it."""
    code, out, _ = _run("rules", "--as-of", day)
    lines = out.splitlines()
    gf = next(at for at, line in enumerate(lines) if line.startswith("Good Faith criteria:"))
    assert code == 0
    assert lines[gf].endswith(f"; differs under {differ} (ipprules rules good-faith)"), out
    table = next(at for at, line in enumerate(lines) if line.startswith("platform "))
    notes = [at for at, line in enumerate(lines) if line.endswith(": differs under official")]
    assert gf < table < notes[0], out
    assert all(lines[at].startswith("  ") for at in range(notes[0], notes[-1] + 1)), out
    _, view, _ = _run("rules", "good-faith", "--as-of", day)
    assert f"  good-faith: differs under {differ}" in view


def test_the_rules_summary_before_the_programme_says_it_is_not_in_force() -> None:
    code, out, _ = _run("rules", "--as-of", "2015-03-01")
    assert code == 0 and "Good Faith: not in force\n" in out


@pytest.mark.parametrize(
    ("platform", "code", "starts", "member", "trial"),
    [
        ("tmall", "gf_counterfeit_simplified", "2022-04-15", True, False),  # R75, R50
        ("tmall", "gf_counterfeit_simplified", "2021-12-28", True, True),  # its trial
        ("aliexpress", "tm_misleading", "2015-01-21", False, False),  # R51's policy
    ],
)
def test_advise_says_when_a_code_the_platform_offers_comes_into_force(
    platform: str, code: str, starts: str, member: bool, trial: bool
) -> None:
    """The day before a reason code starts, ``advise`` listed it neither as admissible nor
    as ruled out (``check`` refuses it naming its dates, reason-unknown); the day it starts,
    it is admissible."""
    import datetime as dt

    day = dt.date.fromisoformat(starts)
    before = advise("trademark", platform, facts=["counterfeit_product"], member=member,
                    as_of=day - dt.timedelta(days=1), trial=trial)  # fmt: skip
    refused = {n.code: n.reasons for n in before.not_admissible}
    assert refused[code] == (f"in force from {starts}, not on {day - dt.timedelta(days=1)}",)
    assert code not in {s.code for s in before.admissible}
    on = advise("trademark", platform, facts=["counterfeit_product"], member=member,
                as_of=day, trial=trial)  # fmt: skip
    assert code in {s.code for s in on.admissible}
    assert code not in {n.code for n in on.not_admissible}


def test_a_code_never_offered_on_the_platform_is_not_said_to_come_into_force() -> None:
    """tm_misleading is AliExpress's (R51): on Taobao it is "not offered", on any date."""
    advice = advise("trademark", "taobao", as_of="2015-01-20")
    assert "tm_misleading" not in {n.code for n in advice.not_admissible}
    later = advise("trademark", "taobao", as_of="2024-01-02")
    assert {n.code: n.reasons for n in later.not_admissible}["tm_misleading"] == (
        "not offered on taobao",
    )
