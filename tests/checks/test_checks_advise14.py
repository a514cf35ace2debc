"""advise14: the reason-code advisor (C4) swept against the rule text.

Each row of ``SWEEP`` is a question written from a rule (IPR type x platform x target x Good
Faith membership x facts) and what the rule text answers: the decision (``file CODE``,
``unknown`` or ``none``), codes that must be ruled out with a reason naming why, and the other
reading where one answers otherwise. The rows run through the Python API and the CLI alike.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from ipprules.checks import Decision, advise
from ipprules.cli import main
from ipprules.errors import CoverageError, UnknownNameError

AS_OF = "2026-11-23"

#: (rule, question, decision answer, decided code, {refused code: reason fragment}, readings
#: named). ``question``: ipr_type, platform, plus advise() keywords.
SWEEP: list[tuple[str, dict[str, Any], str, str | None, dict[str, str], tuple[str, ...]]] = [
    (
        "B16/R51/R52 counterfeit product, no test purchase",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["counterfeit_product"]},
        "file",
        "tm_counterfeit",
        {"tm_store_misuse": "for storefront complaints"},
        (),
    ),
    (
        "B17 test purchase done (report and order number held)",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "facts": ["counterfeit_product", "test_purchase"],
        },
        "file",
        "tm_counterfeit_test_purchase",
        {"tm_store_misuse": "not offered on aliexpress"},
        (),
    ),
    (
        # R50: members get additional codes, not which: the stand-in follows (left14)
        "R50/R75 Good Faith member on a Tao marketplace",
        {
            "ipr_type": "trademark",
            "platform": "tmall",
            "facts": ["counterfeit_product"],
            "member": True,
        },
        "file",
        "tm_counterfeit",
        {},
        (),
    ),
    (
        "R50 not a member: the members' reason is refused",
        {"ipr_type": "trademark", "platform": "tmall_global", "facts": ["counterfeit_product"]},
        "file",
        "tm_counterfeit",
        {"gf_counterfeit_simplified": "reserved for Good Faith members"},
        (),
    ),
    (
        "D2/R79 member off the Tao marketplaces",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "facts": ["counterfeit_product"],
            "member": True,
        },
        "file",
        "tm_counterfeit",
        {"gf_counterfeit_simplified": "not offered on aliexpress"},
        (),
    ),
    (
        "R51(a)/R55 logo in images",
        {"ipr_type": "trademark", "platform": "lazada_th", "facts": ["logo_in_images"]},
        "file",
        "tm_misuse",
        {"tm_misleading": "not offered on lazada_th"},
        (),
    ),
    (
        "R51(a) mark in the title",
        {"ipr_type": "trademark", "platform": "alibaba_com", "facts": ["mark_in_title"]},
        "file",
        "tm_misuse",
        {},
        (),
    ),
    (
        "R42 store name on a store front",
        {
            "ipr_type": "trademark",
            "platform": "tmall",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "file",
        "tm_store_misuse",
        {"tm_counterfeit": "for listing complaints"},
        (),
    ),
    (
        "B16 store front on 1688 (D13: official reads a gap)",
        {
            "ipr_type": "trademark",
            "platform": "1688",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "none",
        None,
        {"tm_misuse": "1688 has no store-front complaints"},
        ("official",),
    ),
    (
        "D13 store front on Lazada under the official reading: unknown",
        {
            "ipr_type": "trademark",
            "platform": "lazada_ph",
            "target": "storefront",
            "facts": ["store_name"],
            "interpretation": "official",
        },
        "unknown",
        None,
        {},
        ("brief", "brief-at-least-100"),
    ),
    (
        "B16 store front on Alibaba.com",
        {
            "ipr_type": "copyright",
            "platform": "alibaba_com",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "none",
        None,
        {"cr_misuse": "alibaba_com has no store-front complaints"},
        ("official",),
    ),
    (
        "R55 copied photos",
        {"ipr_type": "copyright", "platform": "alibaba_com", "facts": ["copied_photos"]},
        "file",
        "cr_copied_content",
        {},
        (),
    ),
    (
        "R51(b)/R52 piracy",
        {"ipr_type": "copyright", "platform": "1688", "facts": ["pirated_copies"]},
        "file",
        "cr_piracy",
        {},
        (),
    ),
    (
        "R54(a) design patent with a court judgment on Taobao",
        {
            "ipr_type": "patent",
            "platform": "taobao",
            "subtype": "design",
            "facts": ["design", "court_judgment"],
        },
        "file",
        "pat_design_judgment",
        {"pat_invention": "for invention, utility_model patents only"},
        (),
    ),
    (
        "R54(b) design patent without a judgment on Taobao",
        {"ipr_type": "patent", "platform": "xianyu", "subtype": "design", "facts": ["design"]},
        "file",
        "pat_design_suspected",
        {"pat_design": "not offered on taobao"},
        ("official",),
    ),
    (
        "R52 design patent on 1688",
        {"ipr_type": "patent", "platform": "1688", "facts": ["design"]},
        "file",
        "pat_design",
        {"pat_design_suspected": "not offered on 1688"},
        (),
    ),
    (
        "R17/R52 utility model on Lazada",
        {
            "ipr_type": "patent",
            "platform": "lazada_vn",
            "subtype": "utility_model",
            "facts": ["invention"],
        },
        "file",
        "pat_invention",
        {"pat_design": "for design patents only"},
        (),
    ),
    (
        "B10 other right with a court judgment",
        {"ipr_type": "other", "platform": "lazada_id", "facts": ["court_judgment"]},
        "file",
        "other_judgment",
        {},
        (),
    ),
    (
        "B16 no facts: nothing decides among the codes",
        {"ipr_type": "copyright", "platform": "taobao"},
        "unknown",
        None,
        {},
        (),
    ),
    (
        "B6/B16 patent store front on Taobao: no patent code is for one",
        {"ipr_type": "patent", "platform": "taobao", "target": "storefront", "facts": ["design"]},
        "none",
        None,
        {"pat_design_suspected": "for listing complaints"},
        ("official",),
    ),
    (
        "R51 misleading information on AliExpress",
        {"ipr_type": "trademark", "platform": "aliexpress", "facts": ["misleading_information"]},
        "file",
        "tm_misleading",
        {},
        (),
    ),
    (
        "R51 before the 2015-01-21 policy: tm_misleading not yet",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "facts": ["counterfeit_product"],
            "as_of": "2015-01-20",
        },
        "file",
        "tm_counterfeit",
        {"tm_misleading": "in force from 2015-01-21"},
        (),
    ),
    (
        "R75 the day before the 2022 upgrade: the members' reason not yet",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2022-04-14",
        },
        "file",
        "tm_counterfeit",
        {"gf_counterfeit_simplified": "in force from 2022-04-15"},
        (),
    ),
]


def _ask(question: dict[str, Any]) -> Any:
    kw = dict(question)
    return advise(kw.pop("ipr_type"), kw.pop("platform"), **{"as_of": AS_OF, **kw})


@pytest.mark.parametrize(
    ("rule", "question", "answer", "code", "refused", "readings"), SWEEP, ids=[r[0] for r in SWEEP]
)
def test_the_advisor_decides_as_the_rule_text_says(
    rule: str,
    question: dict[str, Any],
    answer: str,
    code: str | None,
    refused: dict[str, str],
    readings: tuple[str, ...],
) -> None:
    advice = _ask(question)
    decision = advice.decision
    assert isinstance(decision, Decision)
    assert (decision.answer, decision.code) == (answer, code), rule
    assert decision.reasons, rule
    assert any("B16" in r for r in decision.reasons), rule  # why the choice matters
    if code is not None:
        assert advice.admissible[0].code == code
        assert decision.reasons[0].startswith(f"{code}: fits ")
    not_admissible = {n.code: "; ".join(n.reasons) for n in advice.not_admissible}
    for refused_code, why in refused.items():
        assert why in not_admissible[refused_code], (rule, refused_code)
        assert refused_code not in {s.code for s in advice.admissible}
    assert advice.other_readings == readings, rule
    assert decision.other_readings == readings
    if readings:  # the other reading is named in the decision too
        assert all(name in decision.reasons[-1] for name in readings)


def _cli(question: dict[str, Any], fmt: str) -> tuple[int, str]:
    argv = ["advise", "--ipr-type", question["ipr_type"], "--platform", question["platform"]]
    argv += ["--target", question.get("target", "listing")]
    argv += [arg for fact in question.get("facts", ()) for arg in ("--fact", fact)]
    argv += ["--member"] if question.get("member") else []
    argv += ["--subtype", question["subtype"]] if "subtype" in question else []
    if "interpretation" in question:
        argv += ["--interpretation", question["interpretation"]]
    argv += ["--as-of", question.get("as_of", AS_OF), "--format", fmt]
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


@pytest.mark.parametrize(
    ("rule", "question", "answer", "code"),
    [row[:4] for row in SWEEP[::3]],
    ids=[r[0] for r in SWEEP[::3]],
)
def test_the_cli_gives_the_same_decision_in_every_format(
    rule: str, question: dict[str, Any], answer: str, code: str | None
) -> None:
    decision = _ask(question).decision
    status, text = _cli(question, "text")
    assert f"Decision: {decision.text()}" in text, rule
    assert all(f"  - {r}" in text for r in decision.reasons)
    assert status == (1 if answer == "none" else 0)
    _, out = _cli(question, "json")
    shown = json.loads(out)["decision"]
    assert (shown["answer"], shown["code"]) == (answer, code)
    assert shown["reasons"] == list(decision.reasons)
    _, out = _cli(question, "csv")
    decided = [row["code"] for row in csv.DictReader(io.StringIO(out)) if row["decided"] == "True"]
    assert decided == ([code] if code else [])


def test_a_runner_up_needing_a_test_purchase_is_why_the_plain_code_wins() -> None:
    """B17: without a test purchase, the test-purchase code lacks its report and order."""
    decision = _ask(
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["counterfeit_product"]}
    ).decision
    assert decision.reasons[1] == (
        "tm_counterfeit_test_purchase needs test_purchase_report, order_number, which the "
        "facts do not give"
    )


def test_a_court_judgment_alone_points_to_other_not_to_a_design_patent() -> None:
    """B10 (other: for court judgments) vs R54 (a design patent's judgment code needs a
    design): evidence held points to no right of its own."""
    advice = _ask({"ipr_type": "trademark", "platform": "taobao", "facts": ["court_judgment"]})
    assert advice.decision.answer == "unknown"
    assert any("other_judgment" in n and "an other right" in n for n in advice.notes)
    assert not any("pat_design_judgment" in n for n in advice.notes)
    assert any("other_judgment" in r for r in advice.decision.reasons)


def test_a_design_fact_still_points_to_the_design_patent_code() -> None:
    advice = _ask({"ipr_type": "trademark", "platform": "taobao", "facts": ["design"]})
    assert any("pat_design_suspected" in n and "a patent right" in n for n in advice.notes)


def test_a_store_front_gap_names_the_code_that_would_rank_first() -> None:
    """D13: unknown, never a silent guess; the decision says what it would be if allowed."""
    decision = _ask(
        {
            "ipr_type": "trademark",
            "platform": "lazada_sg",
            "target": "storefront",
            "facts": ["store_name"],
            "interpretation": "official",
        }
    ).decision
    assert decision.answer == "unknown" and decision.code is None
    assert "not documented" in decision.reasons[0]
    assert decision.reasons[1].startswith("if it does, tm_misuse ranks first")


def test_a_patent_store_front_where_store_fronts_exist_says_file_against_listings() -> None:
    decision = _ask(
        {"ipr_type": "patent", "platform": "tmall", "target": "storefront", "facts": ["design"]}
    ).decision
    assert decision.reasons[0] == (
        "no patent reason code is for a store-front complaint on tmall: file against listings"
    )


def test_contradictory_facts_decide_nothing() -> None:
    """An invention patent given the fact ``design``: no code of that patent fits (R52)."""
    advice = _ask(
        {
            "ipr_type": "patent",
            "platform": "aliexpress",
            "subtype": "invention",
            "facts": ["design"],
        }
    )
    assert advice.decision.answer == "unknown"
    assert advice.decision.reasons[0].startswith(
        "no patent reason for an invention patent fits design; design patent reasons on "
        "aliexpress do (pat_design)"
    )
    assert [r["decided"] for r in advice.to_records()] == [False] * len(advice.to_records())


@pytest.mark.parametrize(
    ("question", "error"),
    [
        ({"ipr_type": "trademark", "platform": "taobao", "facts": ["sunspots"]}, UnknownNameError),
        ({"ipr_type": "trademark", "platform": "ebay"}, UnknownNameError),
        ({"ipr_type": "trademark", "platform": "taobao", "target": "shop"}, UnknownNameError),
        ({"ipr_type": "trademark", "platform": "taobao", "as_of": "2014-12-31"}, CoverageError),
    ],
    ids=["unknown fact", "unknown platform", "unknown target", "before the codes (R48)"],
)
def test_hostile_questions_are_refused_with_the_librarys_errors(
    question: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        _ask(question)


def test_decision_to_dict_is_as_dict() -> None:
    decision = _ask({"ipr_type": "other", "platform": "taobao", "facts": ["court_judgment"]})
    assert decision.decision.to_dict() == decision.decision.as_dict()
    assert decision.as_dict()["decision"]["text"] == "file other_judgment"


def test_a_fact_the_chosen_code_does_not_name_is_not_silently_dropped() -> None:
    """B16/R45: one reason and one right per complaint; a design (a patent's fact) given with
    a counterfeit is said to need its own complaint, a judgment held to be evidence (B17)."""
    decision = _ask(
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["design", "counterfeit_product", "court_judgment"],
        }
    ).decision
    assert decision.code == "tm_counterfeit"
    assert any(r.startswith("design: not what tm_counterfeit names") for r in decision.reasons)
    assert "court_judgment: not needed by tm_counterfeit; attach it as evidence (B17)" in (
        decision.reasons
    )


def test_the_other_type_says_to_ask_alibaba_first() -> None:
    """B10: advice from Alibaba is recommended first, since misuse lowers the success rate."""
    decision = _ask({"ipr_type": "other", "platform": "aliexpress", "facts": ["court_judgment"]})
    assert any("ask Alibaba for advice" in r and "(B10)" in r for r in decision.decision.reasons)


def test_the_notebook_view_shows_the_decision() -> None:
    advice = _ask({"ipr_type": "copyright", "platform": "1688", "facts": ["pirated_copies"]})
    html = advice._repr_html_()
    assert "Decision: <strong>file cr_piracy</strong>" in html
    assert "(B16)</li>" in html


def test_decision_gives_the_other_readings_decision() -> None:
    """A trademark store front on 1688: the brief's reading refuses it (no code admissible),
    ``official`` reads a gap (D13): the decision gives official's ``unknown``, in Python, in
    its last reason and in JSON; asked under official, the brief's ``none`` comes back."""
    question: dict[str, Any] = {
        "ipr_type": "trademark",
        "platform": "1688",
        "target": "storefront",
        "facts": ["store_name"],
    }
    brief = _ask(question)
    official = _ask({**question, "interpretation": "official"})
    assert (brief.decision.answer, official.decision.answer) == ("none", "unknown")
    theirs = dict(brief.decision.other_decisions)
    mine = official.decision
    assert (theirs["official"].answer, theirs["official"].code) == (mine.answer, mine.code)
    assert theirs["official"].reasons == mine.reasons[:-1]  # less the other readings' line
    assert "under official: unknown" in brief.decision.reasons[-1]
    assert "ask with that" not in brief.decision.reasons[-1]
    assert brief.as_dict()["decision"]["other_decisions"]["official"] == {
        "answer": official.decision.answer,
        "code": official.decision.code,
        "text": official.decision.text(),
    }
    back = dict(official.decision.other_decisions)["brief"]
    assert (back.answer, back.code) == (brief.decision.answer, brief.decision.code)
    assert "under brief: no reason code is admissible" in official.decision.reasons[-1]


def test_decision_of_a_reading_that_refuses_the_platform_is_unknown() -> None:
    """Xianyu is filed as Taobao under the brief and is a gap under official (R33): the
    other decision is ``unknown`` with the refusal as its reason, not an error."""
    advice = _ask({"ipr_type": "trademark", "platform": "xianyu", "facts": ["counterfeit_product"]})
    assert advice.decision.answer == "file"
    theirs = dict(advice.decision.other_decisions)
    assert theirs["official"].answer == "unknown"
    assert theirs["official"].reasons
    assert "under official: unknown" in advice.decision.reasons[-1]
