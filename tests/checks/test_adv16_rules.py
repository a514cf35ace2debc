"""adv16: the reason-code advisor (C4) against the rule text, one row per rule sentence.

Each row of ``ROWS`` cites a rule of the rule text (part 0's B.., part 1's R.., part 2's D..),
the sentence it rests on, a question (IPR type x platform x target x Good Faith membership x
facts) and the answer the TEXT gives: the decision (``file CODE``, ``unknown`` or ``no reason
code is admissible``), the decision each other reading takes where it answers otherwise
(none where no reading does), and what else the sentence decides (a code ruled out with why,
its class and how sure, a note or a reason the answer must carry).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ipprules.checks import advise
from ipprules.cli import main

AS_OF = "2026-11-23"
NONE = "no reason code is admissible"
ALL_LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")

#: (rule, sentence, question, decision text, other readings' decisions, more checks).
#: ``question``: ipr_type, platform, then advise() keywords (``as_of`` defaults to AS_OF).
#: More checks: ``refused`` {code: fragment of why not}, ``reason`` fragments of the
#: decision's reasons, ``note`` fragments of the notes, ``severity`` {code: (class, how
#: sure)}, ``lightened`` {code: bool}, ``confidence`` {code: the record's confidence there}.
ROWS: list[tuple[str, str, dict[str, Any], str, dict[str, str], dict[str, Any]]] = [
    # --- B16: platform, IPR type, listing or storefront, one reason code -------------------
    (
        "B16",
        "storefront only on Taobao and Tmall, including Tmall Global",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "file tm_store_misuse",
        {},
        {},
    ),
    (
        "B16",
        "storefront only on Taobao and Tmall, including Tmall Global (Tmall)",
        {
            "ipr_type": "trademark",
            "platform": "tmall",
            "target": "storefront",
            "facts": ["store_decoration"],
        },
        "file tm_store_misuse",
        {},
        {},
    ),
    (
        "B16",
        "storefront only on Taobao and Tmall, including Tmall Global (Tmall Global)",
        {
            "ipr_type": "trademark",
            "platform": "tmall_global",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "file tm_store_misuse",
        {},
        {},
    ),
    (
        "B16/D13",
        "storefront only on Taobao and Tmall; D13: availability elsewhere is unknown (1688)",
        {
            "ipr_type": "trademark",
            "platform": "1688",
            "target": "storefront",
            "facts": ["store_name"],
        },
        NONE,
        {"official": "unknown"},
        {"reason": ["1688 has no store-front complaints (B16): file against listings"]},
    ),
    (
        "B16/D13",
        "storefront only on Taobao and Tmall; D13: availability elsewhere is unknown (AliExpress)",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "target": "storefront",
            "facts": ["store_name"],
        },
        NONE,
        {"official": "unknown"},
        {},
    ),
    (
        "B16/D13",
        "storefront only on Taobao and Tmall; D13 (Alibaba.com)",
        {
            "ipr_type": "trademark",
            "platform": "alibaba_com",
            "target": "storefront",
            "facts": ["store_name"],
        },
        NONE,
        {"official": "unknown"},
        {},
    ),
    (
        "B16/D13",
        "storefront only on Taobao and Tmall; D13 (Lazada)",
        {
            "ipr_type": "trademark",
            "platform": "lazada_ph",
            "target": "storefront",
            "facts": ["store_name"],
        },
        NONE,
        {"official": "unknown"},
        {},
    ),
    (
        "B16/D13",
        "storefront on Taobao (B16 names no IPR type); D13: documented for trademarks only",
        {
            "ipr_type": "copyright",
            "platform": "taobao",
            "target": "storefront",
            "facts": ["store_name"],
        },
        "file cr_misuse",
        {"official": "unknown"},
        {},
    ),
    (
        "B16/D13",
        "storefront on Tmall for a copyright; D13: other IPR types unknown",
        {
            "ipr_type": "copyright",
            "platform": "tmall",
            "target": "storefront",
            "facts": ["store_decoration"],
        },
        "file cr_misuse",
        {"official": "unknown"},
        {},
    ),
    (
        "B10/B16/D13",
        "a court judgment (other) against a Taobao store front",
        {
            "ipr_type": "other",
            "platform": "taobao",
            "target": "storefront",
            "facts": ["court_judgment"],
        },
        "file other_judgment",
        {"official": "unknown"},
        {"reason": ["ask Alibaba for advice before filing under other"]},
    ),
    (
        "B16/D13",
        "no store fronts on AliExpress (brief), whatever the IPR type",
        {
            "ipr_type": "other",
            "platform": "aliexpress",
            "target": "storefront",
            "facts": ["court_judgment"],
        },
        NONE,
        {"official": "unknown"},
        {},
    ),
    (
        "B16",
        "Reason codes depend on the IPR type (copied photos are a copyright's, not a trademark's)",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["copied_photos"]},
        "unknown",
        {},
        {"reason": ["copyright reasons on taobao do (cr_copied_content)"]},
    ),
    (
        "B16",
        "Reason codes depend on the IPR type (a counterfeit is a trademark's)",
        {"ipr_type": "copyright", "platform": "taobao", "facts": ["counterfeit_product"]},
        "unknown",
        {},
        {"reason": ["trademark reasons on taobao do (tm_counterfeit"]},
    ),
    (
        "B16",
        "a wrong reason code cannot be fixed: nothing given, nothing decided",
        {"ipr_type": "trademark", "platform": "taobao", "facts": []},
        "unknown",
        {},
        {"reason": ["no facts given"]},
    ),
    (
        "B1/D11",
        "Xianyu is filed by selecting Taobao; D11: no retrieved source names Xianyu",
        {"ipr_type": "trademark", "platform": "xianyu", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {"official": "unknown"},
        {"note": ["Xianyu"]},
    ),
    # --- R42: store front vs product listing ------------------------------------------------
    (
        "R42",
        "use Store front when the trademark appears on the store rather than on listings",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["store_name"]},
        "file tm_misuse",
        {},
        {"reason": ["Taobao takes a store-front complaint (R42): advise with target storefront"]},
    ),
    (
        "R42",
        "use Store front when the trademark appears on the store (decoration, Tmall Global)",
        {"ipr_type": "trademark", "platform": "tmall_global", "facts": ["store_decoration"]},
        "unknown",
        {},
        {"reason": ["Tmall Global takes a store-front complaint (R42)"]},
    ),
    (
        "R42/B16",
        "use Product listing for takedowns of specific products (store-front code refused)",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {},
        {"refused": {"tm_store_misuse": "for storefront complaints"}},
    ),
    (
        "R42",
        "use Product listing for takedowns of specific products (a counterfeit, store front)",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "target": "storefront",
            "facts": ["counterfeit_product"],
        },
        "unknown",
        {},
        {
            "reason": [
                "complained of as product listings (R42), where tm_counterfeit, "
                "tm_counterfeit_test_purchase fit: advise with target listing"
            ]
        },
    ),
    (
        "R42/D13",
        "use Product listing for specific products (copied photos, Tmall store front)",
        {
            "ipr_type": "copyright",
            "platform": "tmall",
            "target": "storefront",
            "facts": ["copied_photos"],
        },
        "unknown",
        {"official": "unknown"},
        {"reason": ["(R42), where cr_copied_content fits: advise with target listing"]},
    ),
    # --- R51: AliExpress categories ------------------------------------------------------------
    (
        "R51",
        "serious (b): products not authorized by the trademark owner (counterfeits)",
        {"ipr_type": "trademark", "platform": "aliexpress", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {},
        {"severity": {"tm_counterfeit": ("serious", "official")}},
    ),
    (
        "R51",
        "general (a): unfair use of trademark rights in store names",
        {"ipr_type": "trademark", "platform": "aliexpress", "facts": ["store_name"]},
        "file tm_misuse",
        {},
        {"severity": {"tm_misuse": ("general", "inferred")}},
    ),
    (
        "R51",
        "general (c): product descriptions or other information that confuse or mislead",
        {"ipr_type": "trademark", "platform": "aliexpress", "facts": ["misleading_information"]},
        "file tm_misleading",
        {},
        {"severity": {"tm_misleading": ("general", "official")}},
    ),
    (
        "R51",
        "policy updated 21 Jan 2015: not yet on 20 Jan 2015",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "facts": ["misleading_information"],
            "as_of": "2015-01-20",
        },
        "unknown",
        {},
        {"refused": {"tm_misleading": "in force from 2015-01-21"}},
    ),
    (
        "R51",
        "AliExpress infringement categories: (c) is AliExpress's, not Taobao's",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["misleading_information"]},
        "unknown",
        {},
        {"refused": {"tm_misleading": "not offered on taobao"}},
    ),
    (
        "R51",
        "serious (a): printed matter, recordings or software without permission (piracy)",
        {"ipr_type": "copyright", "platform": "aliexpress", "facts": ["pirated_copies"]},
        "file cr_piracy",
        {},
        {"severity": {"cr_piracy": ("serious", "official")}},
    ),
    # --- R52: 1688 categories ------------------------------------------------------------------
    (
        "R52",
        "Trademark (1) counterfeit goods; counterfeit and piracy are serious",
        {"ipr_type": "trademark", "platform": "1688", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {},
        {"severity": {"tm_counterfeit": ("serious", "third-party")}},
    ),
    (
        "R52",
        "Trademark (2) other improper use of a trademark; all other categories are general",
        {"ipr_type": "trademark", "platform": "1688", "facts": ["mark_in_title"]},
        "file tm_misuse",
        {},
        {"severity": {"tm_misuse": ("general", "inferred")}},
    ),
    (
        "R52",
        "Copyright (1) piracy: unauthorized copies of books, software... (serious)",
        {"ipr_type": "copyright", "platform": "1688", "facts": ["pirated_copies"]},
        "file cr_piracy",
        {},
        {"severity": {"cr_piracy": ("serious", "third-party")}},
    ),
    (
        "R52",
        "Copyright (2) other improper use of copyright (general)",
        {"ipr_type": "copyright", "platform": "1688", "facts": ["copyright_other"]},
        "file cr_misuse",
        {},
        {"severity": {"cr_misuse": ("general", "inferred")}},
    ),
    (
        "R52",
        "Patent: infringement of a design patent",
        {"ipr_type": "patent", "platform": "1688", "facts": ["design"], "subtype": "design"},
        "file pat_design",
        {},
        {"refused": {"pat_design_judgment": "not offered on 1688"}},
    ),
    (
        "R52",
        "Patent: infringement of an invention patent",
        {"ipr_type": "patent", "platform": "1688", "facts": ["invention"], "subtype": "invention"},
        "file pat_invention",
        {},
        {"refused": {"pat_design": "for design patents only"}},
    ),
    (
        "R52",
        "Patent: infringement of a utility-model patent (Tmall)",
        {
            "ipr_type": "patent",
            "platform": "tmall",
            "facts": ["invention"],
            "subtype": "utility_model",
        },
        "file pat_invention",
        {},
        {},
    ),
    # --- R55: AliExpress (vendor summary) ----------------------------------------------------
    (
        "R55",
        "trademark: misuse of identical or confusingly similar marks (logo in images)",
        {"ipr_type": "trademark", "platform": "aliexpress", "facts": ["logo_in_images"]},
        "file tm_misuse",
        {},
        {},
    ),
    (
        "R55",
        "copyright: unauthorized use of a third party's photographs in listings",
        {"ipr_type": "copyright", "platform": "aliexpress", "facts": ["copied_photos"]},
        "file cr_copied_content",
        {},
        {"severity": {"cr_copied_content": ("general", "inferred")}},
    ),
    (
        "R55",
        "patent or design infringement",
        {"ipr_type": "patent", "platform": "aliexpress", "facts": ["design"]},
        "file pat_design",
        {},
        {},
    ),
    # --- R54: Taobao design-patent reason texts -----------------------------------------------
    (
        "R54",
        "(a) improper use of a design patent, proven by a court judgment or ruling",
        {
            "ipr_type": "patent",
            "platform": "taobao",
            "facts": ["design", "court_judgment"],
            "subtype": "design",
        },
        "file pat_design_judgment",
        {},
        {"confidence": {"pat_design_judgment": "third-party"}},
    ),
    (
        "R54",
        "(b) no judicial judgment or administrative ruling, but suspected of infringing",
        {"ipr_type": "patent", "platform": "taobao", "facts": ["design"], "subtype": "design"},
        "file pat_design_suspected",
        {},
        {"refused": {"pat_design": "not offered on taobao"}},
    ),
    (
        "R54/R30",
        "Taobao's texts; Tmall is handled by the same TaoTian platform (inferred there)",
        {"ipr_type": "patent", "platform": "tmall", "facts": ["design", "court_judgment"]},
        "file pat_design_judgment",
        {},
        {"confidence": {"pat_design_judgment": "inferred"}},
    ),
    (
        "R54",
        "a judgment is evidence: it does not say the patent is a design (no guess)",
        {"ipr_type": "patent", "platform": "taobao", "facts": ["court_judgment"]},
        "unknown",
        {},
        {
            "reason": [
                "court_judgment: evidence, which does not say what infringes",
                "pat_design_judgment is for design",
            ]
        },
    ),
    (
        "R54",
        "a judgment held for a design patent: text (a)",
        {
            "ipr_type": "patent",
            "platform": "taobao",
            "facts": ["court_judgment"],
            "subtype": "design",
        },
        "file pat_design_judgment",
        {},
        {},
    ),
    (
        "R17/R54",
        "patents are split by kind: a design fact on an invention patent decides nothing",
        {"ipr_type": "patent", "platform": "taobao", "facts": ["design"], "subtype": "invention"},
        "unknown",
        {},
        {"refused": {"pat_design_suspected": "for design patents only"}},
    ),
    (
        "B16/R42",
        "storefront on Taobao, but no documented patent reason is for a store",
        {"ipr_type": "patent", "platform": "taobao", "target": "storefront", "facts": ["design"]},
        NONE,
        {"official": "unknown"},
        {},
    ),
    # --- B17: test purchase -------------------------------------------------------------------
    (
        "B17",
        "a document (e.g. test purchase images) may be attached: counterfeit, test purchase",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product", "test_purchase"],
        },
        "file tm_counterfeit_test_purchase",
        {},
        {},
    ),
    (
        "B17",
        "a counterfeit without a test purchase: the test-purchase code needs its report",
        {"ipr_type": "trademark", "platform": "lazada_vn", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {},
        {
            "reason": ["tm_counterfeit_test_purchase needs test_purchase_report, order_number"],
            "severity": {"tm_counterfeit": ("serious", "inferred")},
        },
    ),
    (
        "B17",
        "a test purchase is a document: alone it does not say the goods are counterfeit",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["test_purchase"]},
        "unknown",
        {},
        {
            "reason": [
                "test_purchase: evidence, which does not say what infringes",
                "tm_counterfeit_test_purchase is for counterfeit_product",
            ]
        },
    ),
    # --- B10: other ---------------------------------------------------------------------------
    (
        "B10",
        "Other: for court judgments (e.g. unfair competition); ask Alibaba first",
        {"ipr_type": "other", "platform": "tmall", "facts": ["court_judgment"]},
        "file other_judgment",
        {},
        {
            "reason": ["ask Alibaba for advice before filing under other"],
            "confidence": {"other_judgment": "brief"},
        },
    ),
    (
        "B10/B15",
        "Other on an international platform (AliExpress) for a court judgment",
        {"ipr_type": "other", "platform": "aliexpress", "facts": ["court_judgment"]},
        "file other_judgment",
        {},
        {},
    ),
    (
        "B10",
        "a court judgment held for a trademark points to other, not a design patent",
        {"ipr_type": "trademark", "platform": "taobao", "facts": ["court_judgment"]},
        "unknown",
        {},
        {"reason": ["other reasons on taobao do (other_judgment)"]},
    ),
    # --- R50/R75/R76, B22, D2: Good Faith -----------------------------------------------------
    (
        "R50",
        "GFTM members get additional reason codes that other accounts do not have",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
        },
        # which codes members get is not public (R50): the stand-in follows (left14)
        "file tm_counterfeit",
        {},
        {
            "lightened": {"gf_counterfeit_simplified": True},
            "reason": ["gf_counterfeit_simplified follows: that taobao offers it is"],
        },
    ),
    (
        "R50",
        "additional reason codes ... that other accounts do not have (non-member)",
        {"ipr_type": "trademark", "platform": "tmall", "facts": ["counterfeit_product"]},
        "file tm_counterfeit",
        {},
        {
            "refused": {"gf_counterfeit_simplified": "reserved for Good Faith members"},
            "lightened": {"tm_counterfeit": False},
        },
    ),
    (
        "R75/D1",
        "per reason code since the 2022 upgrade (15 Apr 2022): not on 14 Apr 2022",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2022-04-14",
        },
        "file tm_counterfeit",
        {},
        {"refused": {"gf_counterfeit_simplified": "in force from 2022-04-15"}},
    ),
    (
        "R75/D1",
        "28 Dec 2021 for trial accounts",
        {
            "ipr_type": "trademark",
            "platform": "tmall_global",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2022-01-10",
            "trial": True,
        },
        "file tm_counterfeit",  # the stand-in is in force and follows (R50, left14)
        {},
        {"reason": ["gf_counterfeit_simplified follows"]},
    ),
    (
        "R75/D1",
        "28 Dec 2021 for trial accounts: on that day for the 2021 trial only",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2021-12-28",
            "trial": [2021],
        },
        "file tm_counterfeit",  # the stand-in is in force and follows (R50, left14)
        {},
        {"reason": ["gf_counterfeit_simplified follows"]},
    ),
    (
        "R75/D1",
        "28 Dec 2021 for trial accounts: not for an account of the 2018 trial only",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2021-12-28",
            "trial": [2018],
        },
        "file tm_counterfeit",
        {},
        {"refused": {"gf_counterfeit_simplified": "in force from 2022-04-15"}},
    ),
    (
        "R75/D1",
        "28 Dec 2021 for trial accounts: not the day before",
        {
            "ipr_type": "trademark",
            "platform": "taobao",
            "facts": ["counterfeit_product"],
            "member": True,
            "as_of": "2021-12-27",
            "trial": True,
        },
        "file tm_counterfeit",
        {},
        {"refused": {"gf_counterfeit_simplified": "in force from 2021-12-28"}},
    ),
    (
        "B22/R76",
        "lower burden of proof for members (inferred for the misuse reason)",
        {"ipr_type": "trademark", "platform": "tmall", "facts": ["logo_in_images"], "member": True},
        "file tm_misuse",
        {},
        {"lightened": {"tm_misuse": True}},
    ),
    (
        "D2",
        "GFTM scope: Handbook -> Tao marketplaces; S21 reads every platform (AliExpress)",
        {
            "ipr_type": "trademark",
            "platform": "aliexpress",
            "facts": ["counterfeit_product"],
            "member": True,
        },
        "file tm_counterfeit",
        {},
        {
            "refused": {"gf_counterfeit_simplified": "not offered on aliexpress"},
            "lightened": {"tm_counterfeit": False},
            "note": ["(S21) reads it as covering every platform", "(D2)"],
        },
    ),
    (
        "D2",
        "GFTM scope: S21 says it covers every platform including Lazada",
        {
            "ipr_type": "trademark",
            "platform": "lazada_sg",
            "facts": ["mark_in_title"],
            "member": True,
        },
        "file tm_misuse",
        {},
        {"lightened": {"tm_misuse": False}, "note": ["not lazada_sg", "(D2)"]},
    ),
    # --- severities where the sources are silent ------------------------------------------------
    (
        "R86/R87",
        "Alibaba.com: only counterfeit violations are named serious (piracy unknown there)",
        {"ipr_type": "copyright", "platform": "alibaba_com", "facts": ["pirated_copies"]},
        "file cr_piracy",
        {},
        {"severity": {"cr_piracy": ("serious", "unknown")}},
    ),
    (
        "R88",
        "Lazada: points per kind, none for piracy, no class",
        {"ipr_type": "copyright", "platform": "lazada_my", "facts": ["pirated_copies"]},
        "file cr_piracy",
        {},
        {"severity": {"cr_piracy": ("serious", "unknown")}},
    ),
    (
        "R51/R52",
        "no source classes violations on the Taobao family (piracy inferred there)",
        {"ipr_type": "copyright", "platform": "taobao", "facts": ["pirated_copies"]},
        "file cr_piracy",
        {},
        {"severity": {"cr_piracy": ("serious", "inferred")}},
    ),
    (
        "R55/B14",
        "copied photos on a Lazada site",
        {"ipr_type": "copyright", "platform": "lazada_id", "facts": ["copied_text"]},
        "file cr_copied_content",
        {},
        {},
    ),
]


def _ask(question: dict[str, Any]) -> Any:
    kw = dict(question)
    return advise(kw.pop("ipr_type"), kw.pop("platform"), **{"as_of": AS_OF, **kw})


@pytest.mark.parametrize(
    ("rule", "sentence", "question", "decision", "others", "more"),
    ROWS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)],
)
def test_the_advisor_answers_as_the_rule_sentence_says(
    rule: str,
    sentence: str,
    question: dict[str, Any],
    decision: str,
    others: dict[str, str],
    more: dict[str, Any],
) -> None:
    advice = _ask(question)
    decided = advice.decision
    said = "\n".join(decided.reasons)
    assert decided.text() == decision, f"{rule}: {sentence}\n{said}"
    assert {n: d.text() for n, d in decided.other_decisions} == others, f"{rule}: {sentence}"
    if others:  # the other reading is visible in the answer itself, not only as data
        assert all(f"under {name}" in decided.reasons[-1] for name in others)
    assert "cannot be changed once filed" in said  # B16, on every answer
    for fragment in more.get("reason", ()):
        assert fragment in said, f"{rule}: {fragment!r} not in\n{said}"
    notes = "\n".join(advice.notes)
    for fragment in more.get("note", ()):
        assert fragment in notes, f"{rule}: {fragment!r} not in\n{notes}"
    refused = {n.code: "; ".join(n.reasons) for n in advice.not_admissible}
    for code, why in more.get("refused", {}).items():
        assert why in refused.get(code, ""), f"{rule}: {code} {refused.get(code)!r}"
    ranked = {s.code: s for s in advice.admissible}
    for code, (cls, sure) in more.get("severity", {}).items():
        assert (ranked[code].severity.value, ranked[code].severity_confidence) == (cls, sure)
    for code, flag in more.get("lightened", {}).items():
        assert ranked[code].lightened is flag
    for code, conf in more.get("confidence", {}).items():
        assert ranked[code].confidence == conf


def test_the_table_has_a_row_per_rule_sentence() -> None:
    """At least 40 rows, and every rule family of part 0 (B16, B17, B10, B1) and part 1.5
    (R50-R55) the advisor decides is cited."""
    cited = {part for r in ROWS for part in r[0].split("/")}
    assert len(ROWS) >= 40
    assert {"B1", "B10", "B16", "B17", "B22", "R42", "R50", "R51", "R52", "R54", "R55"} <= cited
    assert {"D2", "D11", "D13"} <= cited


def test_every_lazada_site_answers_alike() -> None:
    """B14/R33: the six Lazada sites are one catalogue: the same decision on each."""
    texts = {
        site: _ask(
            {"ipr_type": "trademark", "platform": site, "facts": ["counterfeit_product"]}
        ).decision.text()
        for site in ALL_LAZADA
    }
    assert set(texts.values()) == {"file tm_counterfeit"}


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["--ipr-type", "trademark", "--fact", "test_purchase"], "unknown"),
        (["--ipr-type", "patent", "--fact", "court_judgment"], "unknown"),
        (
            ["--ipr-type", "patent", "--fact", "court_judgment", "--subtype", "design"],
            "file pat_design_judgment",
        ),
        (
            ["--ipr-type", "trademark", "--fact", "counterfeit_product", "--target", "storefront"],
            "unknown",
        ),
    ],
)
def test_the_cli_json_gives_the_same_decision(
    args: list[str], text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """B17/R54/R42 rows through ``ipprules advise --format json`` (taobao)."""
    code = main(["advise", *args, "--platform", "taobao", "--as-of", AS_OF, "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["decision"]["text"] == text
    assert out["decision"]["reasons"][-1].startswith("the reason code cannot be changed")


@pytest.mark.parametrize(
    ("args", "note"),
    [
        (
            ["--platform", "1688"],
            "1688 has no store-front complaints (B16): file against listings; "
            "unknown under official",
        ),
        (
            ["--platform", "lazada_th", "--ipr-type", "copyright"],
            "has no store-front complaints (B16): file against listings; unknown under official",
        ),
        (
            ["--platform", "tmall", "--ipr-type", "patent"],
            "no patent reason code is for a store-front complaint on tmall: file against "
            "listings; unknown under official",
        ),
    ],
)
def test_the_store_front_matrix_says_why_it_lists_no_code(
    args: list[str], note: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """B16 (store fronts only on the Taobao family) and D13 (official: unknown elsewhere) in
    ``rules reasons --target storefront``: an empty table says why, as ``advise`` does."""
    code = main(
        ["rules", "reasons", *args, "--target", "storefront", "--as-of", AS_OF, "--format", "json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["data"] == []
    assert any(note in n for n in out["notes"]), out["notes"]


def test_the_store_front_matrix_adds_no_note_where_codes_are_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """B16: a trademark store front on Taobao lists tm_store_misuse and needs no note."""
    main(["rules", "reasons", "--platform", "taobao", "--ipr-type", "trademark", "--target",
          "storefront", "--as-of", AS_OF, "--format", "json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in out["data"]] == ["tm_store_misuse"] and out["notes"] == []
