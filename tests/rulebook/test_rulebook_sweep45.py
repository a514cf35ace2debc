"""rules45: a rule-by-rule sweep of the domain reference (ipp-rules.md), each row naming the
rule it asks about, through the public API and the CLI: the value, the rules and sources
cited, the confidence mark, what another reading answers, and dates outside the coverage.

Two answers were wrong and are fixed with the rows that found them:

* ``reason-wrong-subtype`` (``pat_invention`` on a design patent) cited the code record's own
  rules and ended with their mark (``[confidence inferred: R52, R55]``), which is about the
  code's offers; the refusal rests on B16 and on the patent subtypes (R17) the documented
  reasons are split by (R52, R54), as rules44 did for ``reason-wrong-ipr-type``.
* R23 with R24: while an assignment is pending, the FAQ's option is to enter the currently
  valid registrant. An account filing as right holder under another name got
  ``right-registrant-mismatch`` telling it to "add the assignment certificate", which does
  not exist while the assignment is pending (R24 asks for it once the mark is assigned): the
  message says so and what to do until the assignment is recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from test_rulebook_overrides import OWN_CODES

from ipprules import CoverageError, check, default_rulebook, diff_rules, load_rulebook
from ipprules.checks import (
    Authorisation,
    Category,
    Complaint,
    Document,
    Identity,
    PendingAssignment,
    Plan,
    Right,
    example_plan,
)
from test_newuser8 import _run

BOOK = default_rulebook()
EXAMPLE = example_plan()
ACCOUNT = EXAMPLE.account  # files as right holder 'Lumen Optics Co., Ltd.'
TRADEMARK = EXAMPLE.rights[0]  # tm-cn-9, CN, colour certificate, registrant = the account
DESIGN = next(r for r in EXAMPLE.rights if r.subtype is not None)  # design-cn-lamp
LISTING = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "aliexpress": "https://www.aliexpress.com/item/1005004878609097.html",
    "1688": "https://detail.1688.com/offer/585943639773.html",
}


def _plan(right: Right, account=ACCOUNT, **complaint: object) -> Plan:  # type: ignore[no-untyped-def]
    fields: dict[str, object] = {
        "id": "c",
        "platform": "taobao",
        "right": right.id,
        "reason": "tm_counterfeit",
        "supplement": "Counterfeit lamps: wrong packaging, no serial number.",
    }
    fields.update(complaint)
    fields.setdefault("listings", (LISTING[str(fields["platform"])],))
    return Plan(
        account=account,
        rights=(right,),
        complaints=(Complaint(**fields),),  # type: ignore[arg-type]
        as_of=dt.date(2026, 11, 23),
    )


def _found(plan: Plan, code: str, interpretation: str = "brief") -> list:  # type: ignore[type-arg]
    return [f for f in check(plan, interpretation=interpretation).findings if f.code == code]


# ------------------------------------------------------------ the rule book, rule by rule

# (rule id, date, interpretation, platform, place of registration, answer)
REGISTRATIONS = [
    ("B12", "2024-01-01", "brief", "taobao", "CN", "yes"),
    ("B12", "2024-01-01", "brief", "1688", "HK", "no"),
    ("R39", "2024-01-01", "official", "tmall", "TW", "no"),
    ("B13", "2024-01-01", "brief", "tmall_global", "HK", "yes"),
    ("R36", "2024-01-01", "official", "tmall_global", "HK", "no"),  # inferred: China only
    ("B14", "2024-01-01", "brief", "lazada_th", "TH", "yes"),
    ("B14", "2024-01-01", "brief", "lazada_th", "SG", "no"),
    ("R40", "2024-01-01", "official", "lazada_th", "TH", "unknown"),  # a documented gap
    ("B15", "2024-01-01", "brief", "aliexpress", "US", "yes"),
    ("R37", "2024-01-01", "official", "alibaba_com", "US", "yes"),
    ("R33", "2019-06-01", "brief", "lazada_sg", "SG", "yes"),  # Lazada IPP from June 2019
]


@pytest.mark.parametrize(("rule", "day", "reading", "platform", "place", "answer"), REGISTRATIONS)
def test_which_registrations_each_platform_accepts(
    rule: str, day: str, reading: str, platform: str, place: str, answer: str
) -> None:
    rules = BOOK.as_of(day, reading)
    assert rules.accepts_registration(platform, place).value == answer
    record = rules.registrations_for(platform)
    cited = set(record.rules) | {r for g in BOOK.citing(rule) for r in g.rules}
    assert rule in cited


def test_lazada_is_no_platform_the_day_before_it_opened_r33_r95() -> None:
    with pytest.raises(Exception, match="from 2019-06-01, not on 2019-05-31"):
        BOOK.as_of("2019-05-31").accepts_registration("lazada_sg", "SG")


# (rule id, interpretation, platform, IPR type, answer): B16, R42, D13
STOREFRONTS = [
    ("B16", "brief", "taobao", "trademark", "yes"),
    ("B16", "brief", "tmall_global", "trademark", "yes"),
    ("B16", "brief", "taobao", "copyright", "yes"),
    ("B16", "brief", "1688", "trademark", "no"),
    ("B16", "brief", "lazada_sg", "trademark", "no"),
    ("R42", "official", "taobao", "trademark", "yes"),
    ("D13", "official", "taobao", "copyright", "unknown"),
    ("D13", "official", "aliexpress", "trademark", "unknown"),
]


@pytest.mark.parametrize(("rule", "reading", "platform", "ipr_type", "answer"), STOREFRONTS)
def test_storefront_complaints_by_platform_and_ipr_type(
    rule: str, reading: str, platform: str, ipr_type: str, answer: str
) -> None:
    rules = BOOK.as_of("2024-01-01", reading)
    assert rules.platform(platform).storefront_for(ipr_type).value == answer
    assert BOOK.citing(rule)


def test_form_limits_300_and_10_b17_r43_b2_r44() -> None:
    rules = BOOK.as_of("2024-01-01")
    portal, form = rules.channel("portal"), rules.channel("standalone_form")
    assert (portal.max_listings, portal.rights_per_complaint, portal.reasons_per_complaint) == (
        300,
        1,
        1,
    )
    assert {"B17", "R43", "R45"} <= set(portal.rules)
    assert form.max_listings == 10 and str(form.registered_users) == "no"  # B2, R15
    assert {"B2", "R44"} <= set(form.rules) or {"B2", "R15"} <= set(form.rules)


@pytest.mark.parametrize(
    ("rule", "day", "trial", "version", "per_code"),
    [
        ("R70", "2018-08-14", False, "2015", False),
        ("R70", "2018-08-15", False, "2018", False),
        ("R70", "2018-05-01", True, "2018", False),  # the 2018 trial from 2018-04-15
        ("R75", "2022-04-14", False, "2018", False),
        ("R75", "2022-04-15", False, "2022", True),
        ("R75", "2022-04-14", [2021], "2022", True),  # the 2021/22 trial from 2021-12-28
    ],
)
def test_good_faith_versions_either_side_of_each_date(
    rule: str, day: str, trial: bool | list[int], version: str, per_code: bool
) -> None:
    faith = BOOK.as_of(day, trial=trial).good_faith
    assert (faith.version, faith.per_reason_code) == (version, per_code)
    if version == {"R70": "2018", "R75": "2022"}[rule]:  # the version the rule introduced
        assert rule in faith.rules


@pytest.mark.parametrize(
    ("rule", "day", "platform", "code", "offered"),
    [
        ("R51", "2015-01-20", "aliexpress", "tm_misleading", False),
        ("R51", "2015-01-21", "aliexpress", "tm_misleading", True),
        ("R54", "2024-01-01", "taobao", "pat_design_suspected", True),
        ("R54", "2024-01-01", "aliexpress", "pat_design_suspected", False),
        ("R52", "2024-01-01", "1688", "pat_design", True),
    ],
)
def test_reason_codes_per_platform_and_date(
    rule: str, day: str, platform: str, code: str, offered: bool
) -> None:
    codes = BOOK.as_of(day).reason_codes
    assert (code in codes and platform in codes[code].platforms) is offered
    if code in codes:
        assert rule in codes[code].rules


def test_dates_before_the_coverage_are_refused_with_a_clear_error() -> None:
    with pytest.raises(CoverageError, match="before the rule book's coverage"):
        BOOK.as_of("2015-01-05")
    assert BOOK.as_of("2015-01-06").as_of == dt.date(2015, 1, 6)
    code, out, err = _run("rules", "reasons", "--as-of", "2015-01-05")
    assert code == 2 and not out
    assert "2015-01-05 is before the rule book's coverage (from 2015-01-06)" in err
    assert "Traceback" not in err


# ------------------------------------------------------------ check, rule by rule


def test_r10_an_agent_without_a_letter_of_authorisation_is_an_error() -> None:
    right = attrs.evolve(TRADEMARK, registrant="Brand Owner GmbH")
    agent = attrs.evolve(ACCOUNT, category=Category.AGENT)
    [found] = _found(_plan(right, agent), "authorisation-missing")
    assert str(found.severity) == "error" and "R10" in found.rule_ids


_LETTER = Authorisation(
    issuer="Brand Owner GmbH",
    issuer_identity=Identity.ENTERPRISE,
    sealed=True,
    signatory_title=True,
    grants_enforcement=True,
    template=False,
)


@pytest.mark.parametrize(("platform", "raised"), [("taobao", True), ("aliexpress", False)])
def test_r32_a_taobao_letter_states_its_scope_and_validity(platform: str, raised: bool) -> None:
    right = attrs.evolve(TRADEMARK, registrant="Brand Owner GmbH")
    agent = attrs.evolve(ACCOUNT, category=Category.AGENT, authorisations=(_LETTER,))
    found = _found(_plan(right, agent, platform=platform), "authorisation-scope-unstated")
    assert bool(found) is raised
    if found:
        assert found[0].rule_ids == ("R32",) and "[confidence third-party: R32]" in found[0].message


def test_r13_an_individuals_letter_without_the_signatorys_title() -> None:
    letter = attrs.evolve(
        _LETTER, issuer_identity=Identity.INDIVIDUAL, sealed=None, signed=True, handwritten=True
    )
    letter = attrs.evolve(letter, signatory_title=False)
    right = attrs.evolve(TRADEMARK, registrant="Brand Owner GmbH")
    agent = attrs.evolve(ACCOUNT, category=Category.AGENT, authorisations=(letter,))
    cited = {r for f in _found(_plan(right, agent), "authorisation-no-title") for r in f.rule_ids}
    assert "R13" in cited


def test_b4_a_rights_protection_organisation_registers_as_individual_agent() -> None:
    found = _found(_plan(TRADEMARK, attrs.evolve(ACCOUNT, organisation=True)),
                   "account-organisation-registration")  # fmt: skip
    assert sorted(f.path for f in found) == ["$.account.category", "$.account.identity"]
    assert all(f.rule_ids == ("B4",) and str(f.severity) == "warning" for f in found)


def test_r19_a_black_and_white_copy_neither_sealed_nor_signed() -> None:
    copy = Document(
        kind="trademark_certificate", colour=False, sealed=False, signed=False, language="zh"
    )
    [found] = _found(_plan(attrs.evolve(TRADEMARK, documents=(copy,))),
                     "document-copy-not-accepted")  # fmt: skip
    assert "R19" in found.rule_ids and str(found.severity) == "error"


def test_r25_a_madrid_registration_needs_the_extension_certificate() -> None:
    found = _found(_plan(attrs.evolve(TRADEMARK, madrid=True)), "right-document-missing")
    assert [("R25" in f.rule_ids, "madrid_extension_certificate" in f.message) for f in found] == [
        (True, True)
    ]


def test_r26_a_notice_of_acceptance_is_inferred_not_to_support_a_takedown() -> None:
    right = attrs.evolve(TRADEMARK, documents=("trademark_acceptance_notice",))
    [found] = _found(_plan(right), "right-acceptance-notice")
    assert set(found.rule_ids) == {"R26", "D9"}
    assert found.message.endswith("[confidence inferred: R26, D9]")


# ------------------------------------- R23 with R24 and right-registrant-mismatch (fixed)


def test_r23_a_pending_assignment_asks_no_assignment_certificate_r24() -> None:
    """R24 asks for the assignment certificate once the mark has been assigned; while the
    assignment is pending (R23) there is none, and none is asked for."""
    right = attrs.evolve(TRADEMARK, pending_assignment=PendingAssignment.CURRENT_REGISTRANT)
    missing = _found(_plan(right), "right-document-missing")
    assert not [f for f in missing if "assignment_certificate" in f.message]
    assigned = attrs.evolve(right, assigned=True)  # an earlier assignment, recorded
    missing = _found(_plan(assigned), "right-document-missing")
    assert [f.rule_ids for f in missing if "assignment_certificate" in f.message]


def test_r23_the_mismatch_while_an_assignment_is_pending_says_what_to_do() -> None:
    """The account (the assignee) files as right holder; the registrant entered is the
    currently valid one (R23's documented option): still the mismatch warning (R5), but it
    cannot tell the filer to add an assignment certificate that does not exist yet."""
    right = attrs.evolve(
        TRADEMARK,
        registrant="Old Owner Ltd",
        pending_assignment=PendingAssignment.CURRENT_REGISTRANT,
    )
    [found] = _found(_plan(right), "right-registrant-mismatch")
    assert str(found.severity) == "warning" and "R23" in found.rule_ids
    assert "pending" in found.message and "currently valid" in found.message
    assert "letter of authorisation (R10)" in found.message
    assert _found(_plan(right), "right-assignment-pending") == []  # the documented option
    # without a pending assignment the message is as before
    [plain] = _found(_plan(attrs.evolve(right, pending_assignment=None)),
                     "right-registrant-mismatch")  # fmt: skip
    assert "pending" not in plain.message


# --------------------------------------------------------- reason-wrong-subtype (fixed)


@pytest.mark.parametrize(
    ("platform", "reason"),
    [("taobao", "pat_invention"), ("1688", "pat_invention")],
)
def test_a_reason_of_another_patent_subtype_cites_what_the_refusal_rests_on(
    platform: str, reason: str
) -> None:
    code = BOOK.as_of("2026-11-23").reason_codes[reason]
    assert DESIGN.subtype is not None and DESIGN.subtype.value not in code.subtypes
    [found] = _found(_plan(DESIGN, platform=platform, reason=reason), "reason-wrong-subtype")
    assert found.rule_ids[:2] == ("B16", "R17") and "BRIEF" in found.sources
    assert "[confidence" not in found.message  # the code's offers are not what is refused
    assert found.message.startswith(f"{reason} is for invention, utility_model patents; ")


# ------------------------------------------- C1: your own data, and diffs of dates or books

#: the override of test_rulebook_overrides, its code starting in 2025 (two dates to diff)
_OWN = OWN_CODES.replace('effective_from = "2015-01-06"', 'effective_from = "2025-01-01"')


def test_c1_two_dates_of_a_users_book(tmp_path: Path) -> None:
    own = tmp_path / "acme.toml"
    own.write_text(_OWN, encoding="utf-8")
    assert "2025-01-01" in _OWN
    book = load_rulebook(own)
    later = diff_rules(book.as_of("2024-12-31"), book.as_of("2025-01-01"))
    assert [(c.kind, c.section, c.id) for c in later] == [
        ("added", "reason_codes", "acme_counterfeit")
    ]
    code, out, _ = _run("rules", "diff", "--rules", str(own), "--as-of", "2024-12-31",
                        "--to", "2025-01-01")  # fmt: skip
    assert code == 1 and "added    reason_codes/acme_counterfeit" in out
    code, out, _ = _run("rules", "diff", "--rules", str(own), "--as-of", "2023-01-01",
                        "--to", "2024-12-31")  # fmt: skip
    assert code == 0 and "0 change(s)" in out


def test_c1_a_file_diffed_against_a_users_book_is_applied_over_it(tmp_path: Path) -> None:
    """``--against`` is an override of the book ``--rules`` gives: the heading said
    "ACME account -> B book", as if B were compared alone; it is ACME with B applied."""
    own, more = tmp_path / "acme.toml", tmp_path / "more.toml"
    own.write_text(_OWN, encoding="utf-8")
    more.write_text(_OWN.replace("ACME account", "More").replace("acme_", "more_"), "utf-8")
    code, out, _ = _run("rules", "diff", "--rules", str(own), "--against", str(more),
                        "--as-of", "2026-11-23")  # fmt: skip
    head = out.splitlines()[1]  # line 0 names the book and reading
    assert code == 1 and "ACME account" in head and "-> More" in head
    assert "more.toml applied over it" in head
    # the file replaced ACME's reason codes (replace = ["reason_codes"]) over ACME's book
    assert "removed  reason_codes/acme_counterfeit" in out
    code, out, _ = _run("rules", "diff", "--against", str(more), "--as-of", "2026-11-23")
    assert code == 1 and "applied over" not in out.splitlines()[1]  # over the embedded book


# ------------------------------------------------------------ the CLI, rule by rule


def test_cli_registrations_say_where_another_reading_differs_b13_b14_r36_r40() -> None:
    code, out, _ = _run("rules", "registrations", "--as-of", "2024-01-01", "--interpretation",
                        "official", "--format", "json")  # fmt: skip
    data = json.loads(out)
    known = {r["id"]: r["known"] for r in data["data"]}
    assert code == 0 and known["lazada_th"] == "unknown" and known["taobao"] == "yes"
    assert "brief" in data["other_readings"]["lazada_th"]  # B14 answers yes there
    assert "brief" in data["other_readings"]["tmall_global"]  # B13: Hong Kong too
    assert "taobao" not in data["other_readings"]  # B12 and R35 agree


@pytest.mark.parametrize(
    ("reading", "exit_code", "said"),
    [
        ("brief", 1, "Note: 1688 has no store-front complaints"),
        ("official", 0, "Admissible if the platform takes the complaint (unknown"),
    ],
)
def test_cli_advise_a_storefront_off_the_taobao_family_b16_d13(
    reading: str, exit_code: int, said: str
) -> None:
    code, out, _ = _run("advise", "--ipr-type", "trademark", "--platform", "1688", "--target",
                        "storefront", "--as-of", "2024-01-01", "--interpretation", reading)  # fmt: skip
    assert code == exit_code and said in out
    assert "Differs under: " in out  # each reading names the other


def test_cli_explain_reason_wrong_subtype_names_what_it_rests_on() -> None:
    code, out, _ = _run("explain", "reason-wrong-subtype")
    rules_line = next(line for line in out.splitlines() if line.startswith("Rules: "))
    assert code == 0 and rules_line.startswith("Rules: B16 (") and "R17 (" in rules_line
