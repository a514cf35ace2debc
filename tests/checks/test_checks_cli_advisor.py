"""The advisor, and the check, advise and explain commands (exit codes 0, 1, 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.checks import advise, catalogue, known_facts
from ipprules.checks.plan import EXAMPLE_PLAN
from ipprules.cli import main
from ipprules.errors import UnknownNameError

ROOT = Path(__file__).parents[2]

# ----------------------------------------------------------------- advisor


def test_advisor_ranks_by_facts_then_evidence() -> None:
    advice = advise("trademark", "taobao", facts=["counterfeit_product"], as_of="2023-05-01")
    codes = [s.code for s in advice.admissible]
    assert codes == ["tm_counterfeit", "tm_counterfeit_test_purchase", "tm_misuse"]
    assert advice.admissible[1].missing_evidence == ("test_purchase_report", "order_number")
    assert advice.best is not None and advice.best.code == "tm_counterfeit"
    assert advice.admissible[2].why.startswith("fits none of the facts given")
    assert {n.code: n.reasons for n in advice.not_admissible} == {
        "gf_counterfeit_simplified": ("reserved for Good Faith members",),
        "tm_misleading": ("not offered on taobao",),
        "tm_store_misuse": ("for storefront complaints",),
    }


def test_advisor_with_a_test_purchase() -> None:
    advice = advise(
        "trademark", "taobao", facts=["counterfeit_product", "test_purchase"], as_of="2023-05-01"
    )
    assert advice.admissible[0].code == "tm_counterfeit_test_purchase"
    assert advice.admissible[0].missing_evidence == ()


def test_advisor_for_members_on_both_sides_of_the_gf_code_date() -> None:
    before = advise(
        "trademark", "tmall", facts=["counterfeit_product"], member=True, as_of="2022-04-14"
    )
    after = advise(
        "trademark", "tmall", facts=["counterfeit_product"], member=True, as_of="2022-04-15"
    )
    assert "gf_counterfeit_simplified" not in [s.code for s in before.admissible]
    # the stand-in for R50's undisclosed codes follows the documented category (left14)
    assert [s.code for s in after.admissible][:2] == ["tm_counterfeit", "gf_counterfeit_simplified"]
    assert after.admissible[1].lightened and after.admissible[1].good_faith_only
    trial = advise(
        "trademark",
        "tmall",
        facts=["counterfeit_product"],
        member=True,
        trial=True,
        as_of="2021-12-28",
    )
    assert trial.admissible[1].code == "gf_counterfeit_simplified"


def test_advisor_storefront_subtypes_and_notes() -> None:
    store = advise(
        "trademark", "taobao", target="storefront", facts=["store_name"], as_of="2023-05-01"
    )
    assert [s.code for s in store.admissible] == ["tm_store_misuse"]
    ae = advise("copyright", "aliexpress", target="storefront", as_of="2023-05-01")
    assert ae.notes == ("AliExpress has no store-front complaints (B16): file against listings",)
    official = advise(
        "copyright",
        "aliexpress",
        target="storefront",
        as_of="2023-05-01",
        interpretation="official",
    )
    assert "not documented" in official.notes[0]
    design = advise(
        "patent", "taobao", subtype="design", facts=["design", "court_judgment"], as_of="2023-05-01"
    )
    assert [s.code for s in design.admissible] == ["pat_design_judgment", "pat_design_suspected"]
    assert [n.code for n in design.not_admissible] == ["pat_design", "pat_invention"]


def test_advisor_agrees_with_check_on_store_fronts_off_the_taobao_family() -> None:
    """Brief: no store fronts there, so no code is admissible (each says why); official: a
    documented gap (D13), and so are its reason codes, so the listing codes are not refused
    for their target (``check`` gives only ``storefront-unknown`` for them)."""
    for platform in ("aliexpress", "1688", "lazada_sg"):
        brief = advise("trademark", platform, target="storefront", as_of="2026-11-23")
        assert brief.admissible == ()
        assert all(
            f"{platform} has no store-front complaints" in n.reasons for n in brief.not_admissible
        )
        official = advise(
            "trademark",
            platform,
            target="storefront",
            facts=["store_name"],
            as_of="2026-11-23",
            interpretation="official",
        )
        assert "tm_misuse" in [s.code for s in official.admissible]
        assert "not documented" in official.notes[0]
        assert "brief" in official.other_readings
        # the codes are the ones that would be admissible: the answer itself is unknown
        assert (official.gap, brief.gap) == (True, False)
        assert "Admissible if the platform takes the complaint (unknown" in official.text()
        assert official.as_dict()["gap"] is True
    taobao = advise("trademark", "taobao", target="storefront", as_of="2026-11-23")
    assert not taobao.gap and "Admissible, best first:" in taobao.text()


def test_the_store_itself_points_to_the_store_front_complaint() -> None:
    """R51(a): copyright used in store names is general infringement (cr_misuse fits it);
    R42: on the Taobao family, a right used on the store is a store-front complaint, which
    the listing advice names (where the platform takes none, it says nothing)."""
    ae = advise("copyright", "aliexpress", facts=["store_name"], as_of="2024-06-03")
    assert ae.best is not None and ae.best.code == "cr_misuse"
    assert ae.notes == ()
    tb = advise("trademark", "taobao", facts=["store_name"], as_of="2024-06-03")
    assert len(tb.notes) == 1 and "store-front complaint (R42)" in tb.notes[0]
    assert tb.other_readings == ()  # trademark store fronts on Taobao: both readings agree
    plain = advise("trademark", "taobao", facts=["logo_in_images"], as_of="2024-06-03")
    assert plain.notes == ()
    # copyright store fronts on Taobao are a gap under the official reading (D13)
    cr = advise("copyright", "taobao", facts=["store_decoration"], as_of="2024-06-03")
    assert "R42" in cr.notes[0] and cr.other_readings == ("official",)


def test_advisor_refuses_unknown_names() -> None:
    with pytest.raises(UnknownNameError, match="fact"):
        advise("trademark", "taobao", facts=["fake_stuff"], as_of="2023-05-01")
    with pytest.raises(UnknownNameError, match="platform"):
        advise("trademark", "lazada_sg", as_of="2019-05-31")
    with pytest.raises(UnknownNameError, match="target"):
        advise("trademark", "taobao", target="shop", as_of="2023-05-01")
    with pytest.raises(UnknownNameError, match="subtype"):
        advise("patent", "taobao", subtype="plant", as_of="2023-05-01")
    assert {"counterfeit_product", "test_purchase", "court_judgment", "design"} <= set(
        known_facts()
    )


# --------------------------------------------------------------------- CLI


def test_check_example_exit_1_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--example", "--as-of", "2026-11-23"]) == 1
    out = capsys.readouterr().out
    assert "complaint tm-test-buy ($.complaints[2])" in out
    assert out.rstrip().endswith("FAILED: 14 errors, 1 warning, 0 unknown, 5 info")


def test_check_file_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "check",
                str(ROOT / "examples/plan.toml"),
                "--format",
                "json",
                "--interpretation",
                "official",
            ]
        )
        == 1
    )
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["as_of"] == "2026-11-23" and data["interpretation"] == "official"
    assert "the plan's as_of" in captured.err
    assert {"listing-marketplace-unknown", "right-acceptance-unknown"} <= {
        f["code"] for f in data["findings"]
    }


def test_check_clean_plan_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    head = text.split("# ------------------------------------------------------------ complaints")[
        0
    ]
    first = text.split("# Clean: counterfeits on Taobao under the Chinese trademark.")[1].split(
        "\n\n"
    )[0]
    path = tmp_path / "clean.toml"
    path.write_text(
        head.replace('"patent_certificate_copy"', '"patent_evaluation_report"').replace(
            "colour = false, sealed = false", "colour = false, sealed = true"
        )
        + first
        + "\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 0
    # the evaluation report is a bare kind: its language is unknown
    assert "OK: 0 errors, 0 warnings, 1 unknown, 3 info" in capsys.readouterr().out


def test_check_unusable_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[account]\nname = "x"\nlocation = "mars"\nidentity = "enterprise"\n', encoding="utf-8"
    )
    assert main(["check", str(bad), "--as-of", "2026-01-01"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3:1: $.account.location: expected one of" in err
    assert "Traceback" not in err
    assert main(["check", "--example", "--as-of", "2014-12-31"]) == 2
    assert main(["check"]) == 2
    assert main(["check", str(bad), "--example"]) == 2
    assert main(["check", "--example", "--interpretation", "nope"]) == 2


def test_check_without_dates_defaults_to_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE_PLAN.read_text(encoding="utf-8").replace("as_of = 2026-11-23\n", "")
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "(today in China, UTC+8)" in capsys.readouterr().err


def test_advise_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "advise",
                "--ipr-type",
                "copyright",
                "--platform",
                "aliexpress",
                "--fact",
                "copied_photos",
                "--as-of",
                "2024-01-01",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "1. cr_copied_content" in out
    assert (
        main(
            [
                "advise",
                "--ipr-type",
                "trademark",
                "--platform",
                "aliexpress",
                "--target",
                "storefront",
                "--as-of",
                "2024-01-01",
                "--format",
                "json",
            ]
        )
        == 1
    )
    assert json.loads(capsys.readouterr().out)["admissible"] == []
    assert (
        main(["advise", "--ipr-type", "trademark", "--platform", "ebay", "--as-of", "2024-01-01"])
        == 2
    )


def test_explain_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "listing-platform-ambiguous"]) == 0
    assert capsys.readouterr().out.startswith(
        "listing-platform-ambiguous (warning): cannot tell Taobao from Tmall"
    )
    assert main(["explain", "--format", "json"]) == 0
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.listings import REJECTION_CODES
    from ipprules.planner.engine import REJECTION_REASONS
    from ipprules.scale._planner import ACCOUNT_REJECTIONS

    listed = [e["code"] for e in json.loads(capsys.readouterr().out)]
    from ipprules.lifecycle import FlagKind
    from ipprules.planner import Status

    assert listed == [
        *catalogue(), *counter_notice_codes(), *REJECTION_CODES, *REJECTION_REASONS,
        *ACCOUNT_REJECTIONS, *Status, *FlagKind,
    ]  # fmt: skip
    assert main(["explain"]) == 0
    assert "right-expired" in capsys.readouterr().out
    assert main(["explain", "no-such-code"]) == 2


@pytest.mark.parametrize(
    ("code", "start"),
    [
        ("check:right-expired", "right-expired (error): right expired"),
        ("listing:lookalike-host", "lookalike-host (rejected): lookalike host"),
        ("short-link", "short-link (rejected): short link"),
        ("missing-order", "missing-order (rejected): the reason needs a test purchase"),
    ],
)
def test_explain_knows_every_code_the_cli_prints(
    code: str, start: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``plan`` prints ``listing:CODE``, ``check:CODE`` and its own rejection codes, and
    ``listings`` the parser's: each is explained as printed."""
    assert main(["explain", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith(start) and "How to fix:" in out
    assert main(["explain", code, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == (code.partition(":")[2] or code)


def test_advisor_ranks_codes_that_fit_no_fact_general_first_and_names_other_readings() -> None:
    """R51(a): a store name using the mark is a general infringement on AliExpress; a serious
    code no fact supports is never put first (B16: a wrong code cannot be fixed)."""
    advice = advise("trademark", "aliexpress", facts=["store_name"], as_of="2024-06-03")
    assert advice.best is not None and advice.best.code == "tm_misuse"
    unfit = [s for s in advice.admissible if not s.matched]
    serious = [s.severity.value == "serious" for s in unfit]
    assert serious == sorted(serious)  # general ones first among those that fit nothing
    assert advice.other_readings == ()
    # store fronts: none on AliExpress under the brief, a gap under the official reading
    storefront = advise(
        "trademark", "aliexpress", target="storefront", facts=["store_name"], as_of="2024-06-03"
    )
    assert storefront.other_readings == ("official",)
    assert "Differs under: official" in storefront.text()
    assert storefront.as_dict()["other_readings"] == ["official"]
    # copyright store fronts on Taobao: any type (brief), trademarks only documented (official)
    cr = advise("copyright", "taobao", target="storefront", as_of="2024-06-03")
    assert cr.notes == () and cr.other_readings == ("official",)
    official = advise(
        "copyright", "taobao", target="storefront", as_of="2024-06-03", interpretation="official"
    )
    assert "not documented" in official.notes[0]
    assert set(official.other_readings) == {"brief", "brief-at-least-100"}


def test_rules_views_name_the_records_other_readings_answer_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "registrations", "--as-of", "2024-06-03", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["other_readings"]["tmall_global"] == ["official"]
    assert "taobao" not in data["other_readings"]
    assert main(["rules", "registrations", "--platform", "taobao", "--as-of", "2024-06-03"]) == 0
    out = capsys.readouterr().out
    assert "tmall_global" not in out and "taobao" in out
    assert main(["rules", "good-faith", "--as-of", "2024-06-03"]) == 0
    assert "good-faith: differs under official, brief-at-least-100" in capsys.readouterr().out
    assert main(["rules", "penalties", "--platform", "alibaba_com", "--as-of", "2024-06-03"]) == 0
    out = capsys.readouterr().out
    assert "alibaba_com: differs under official" in out and "aliexpress" not in out


def test_advice_says_which_codes_are_stand_ins(capsys: pytest.CaptureFixture[str]) -> None:
    """Part 1.5: the portal's reasons are images, their wording not collected; a code whose
    record is `inferred` is ipprules' stand-in, and the advice says so (JSON and text)."""
    advice = advise("trademark", "tmall", facts=["counterfeit_product"], as_of="2024-06-03")
    assert {s.code: s.inferred for s in advice.admissible}["tm_counterfeit"] is True
    assert all(s.as_dict()["confidence"] == s.confidence for s in advice.admissible)
    other = advise("other", "taobao", as_of="2024-06-03")
    brief = [s for s in other.admissible if s.confidence == "brief"]
    assert brief and not any(s.inferred for s in brief)
    assert "* ipprules' stand-in (confidence inferred)" in advice.text()
    if not any(s.inferred for s in other.admissible):
        assert "stand-in" not in other.text()


def test_advisor_heading_for_the_other_type_reads_an_other() -> None:
    text = advise("other", "taobao", as_of="2026-11-23").text()
    assert text.startswith("Reason codes for an other complaint on taobao against a listing")
    assert (
        advise("patent", "taobao", as_of="2026-11-23")
        .text()
        .startswith("Reason codes for a patent complaint")
    )


def test_every_limit_a_check_reads_is_quoted_with_its_codes() -> None:
    """The explanations quote the rule book's limits; explain names the codes that do, so
    that it can say whose figures they are (a limit read by the checks and not listed there
    would be quoted as if it could not change)."""
    import re

    from ipprules.cli.explain import LIMITS_QUOTED

    read = set()
    for path in (ROOT / "src" / "ipprules" / "checks").glob("*.py"):
        read |= set(re.findall(r'limits\.get\("([a-z_]+)"\)', path.read_text(encoding="utf-8")))
    quoted = {limit for ids in LIMITS_QUOTED.values() for limit in ids}
    # complaints_per_listing: listing-duplicate-in-plan quotes no figure
    assert read - {"complaints_per_listing"} == quoted
    assert set(LIMITS_QUOTED) <= set(catalogue())


@pytest.mark.parametrize("code", ["new-filer-large-batch", "check:right-expires-soon"])
def test_explain_names_the_book_its_figures_come_from(
    code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """L9: ``--rules`` can change ``track_record`` (and so the check), so the explanation's
    100/101 are said to be the embedded book's, named with its version, each reading's."""
    from ipprules.cli.explain import LIMITS_QUOTED
    from ipprules.rulebook import default_rulebook

    book = default_rulebook()
    assert main(["explain", code]) == 0
    out = capsys.readouterr().out
    assert f"Figures: those of the {book.label}: " in out
    assert main(["explain", code, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["figures_from"] == book.label
    records = [r for r in book.records("limits") if r.id in LIMITS_QUOTED[data["code"]]]
    assert [(f["id"], f["value"], f["interpretation"]) for f in data["figures"]] == [
        (r.id, r.value, r.interpretation) for r in records
    ]
    for r in records:
        reading = f" under {r.interpretation}" if r.interpretation else ""
        assert f"{r.id} {r.value} {r.unit}{reading} (from " in out


@pytest.mark.parametrize(
    ("code", "rules", "sources"),
    [
        ("authorisation-scope-unstated", "R32 (inferred, third-party)", "S37 (third-party)"),
        ("attachments-too-many", "R47 (third-party)", "S52 (third-party)"),
        ("right-place-unknown", "R40 (inferred)", "S16 (official), S17 (official)"),
        ("cn-purchase-outside-window", "R63 (official)", "S49 (official)"),
    ],
)
def test_explain_shows_each_rules_confidence_and_each_sources_kind(
    code: str, rules: str, sources: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every rule is data with its confidence and sources: ``explain`` shows them, so a
    finding resting on a third-party page (R32, R47) says so beside the rule id, and R32's
    extension beyond Taobao (to Tmall and Tmall Global) is marked inferred beside it."""
    from ipprules.rulebook import default_rulebook

    assert main(["explain", code]) == 0
    out = capsys.readouterr().out
    assert f"Rules: {rules}" in out  # then the rules of the records its findings rest on
    assert f"Sources: {sources}\n" in out
    assert main(["explain", code, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    book = default_rulebook()
    assert data["source_kinds"] == {s: str(book.sources[s].kind) for s in data["sources"]}
    cited = {
        str(r.confidence)
        for section in ("account_requirements", "limits", "evidence_rules", "registrations")
        for r in book.records(section)
        if data["rules"][0] in r.rules
    } | {str(r.confidence) for r in book.records("counter_notice") if data["rules"][0] in r.rules}
    assert set(data["rule_confidence"][data["rules"][0]]) == cited


@pytest.mark.parametrize(
    "argv",
    [
        ["advise", "--ipr-type", "trademark", "--platform", "lazada", "--as-of", "2026-11-23"],
        ["rules", "--platform", "lazada", "--as-of", "2026-11-23"],
        ["deadline", "takedown", "--on", "2026-11-23", "--platform", "lazada"],
    ],
)
def test_plain_lazada_is_refused_with_the_six_sites_only(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """B14: Lazada is filed per regional site. Plain "lazada" gets one message naming the six
    sites, not a "did you mean" one of them first."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean" not in err, err
    assert err.rstrip().endswith(
        "lazada is filed per regional site (B14): choose one of lazada_id, lazada_my, "
        "lazada_ph, lazada_sg, lazada_th, lazada_vn"
    )
