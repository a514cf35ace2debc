"""rules49: the left-overs of rules47 and rules48 on the rule book.

* ``attrs.evolve`` on a user's reason code without ``severity`` dropped the mark (an
  ``init=False`` field), so the copy read as a stated ``general``; the mark is kept now.
* What ``rules section NAME --format json`` prints did not read back as a rules file (its
  envelope's keys, and ``"severity": "unknown"``, were refused); it reads back now, with the
  same meaning, and another view's JSON is refused, saying which view's output reads back.
* ``reason-wrong-platform`` and ``supplement-burden-inferred`` cited the code record's (and
  the Good Faith record's) rules; they cite the rules the answer rests on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from test_rulebook_rules46 import _book_file
from test_rulebook_sweep45 import ACCOUNT, DESIGN, TRADEMARK, _found, _plan

from ipprules import RuleDataError, advise, check, default_rulebook, diff_rules, load_rulebook
from ipprules.rulebook.model import Severity
from test_newuser8 import _run

DAY = "2026-11-23"


# ------------------------------------------------------------- 1. evolve keeps the mark


def _unstated(tmp_path: Path):  # type: ignore[no-untyped-def]
    return load_rulebook(_book_file(tmp_path, None)).as_of(DAY).reason_code("acme_counterfeit")


def test_evolve_keeps_an_unstated_class_unknown(tmp_path: Path) -> None:
    code = _unstated(tmp_path)
    copy = attrs.evolve(code, label="Counterfeit (ours)")
    assert copy.severity_unstated_in == code.severity_unstated_in != ""
    assert [copy.severity_confidence_on(p) for p in copy.platforms] == ["unknown", "unknown"]
    assert copy.to_dict()["severity"] == "unknown"
    assert copy == attrs.evolve(code, label="Counterfeit (ours)")


def test_evolve_with_a_stated_class_states_it(tmp_path: Path) -> None:
    code = _unstated(tmp_path)
    serious = attrs.evolve(code, severity=Severity.SERIOUS)
    assert serious.severity_unstated_in == "" and serious.to_dict()["severity"] == "serious"
    general = attrs.evolve(code, severity=Severity.GENERAL, severity_unstated_in="")
    assert general.severity_confidence_on("taobao") == "user"
    assert general.to_dict()["severity"] == "general"


def test_an_evolved_book_still_says_unknown_in_advise(tmp_path: Path) -> None:
    """A book whose code was evolved (here: its facts) keeps saying ``unknown``."""
    book = load_rulebook(_book_file(tmp_path, None))
    (index,) = [i for i, c in enumerate(book.data.reason_codes) if c.id == "acme_counterfeit"]
    codes = list(book.data.reason_codes)
    codes[index] = attrs.evolve(codes[index], facts=("counterfeit_product", "logo_in_images"))
    evolved = type(book)(attrs.evolve(book.data, reason_codes=tuple(codes)), book.origins)
    best = advise(
        "trademark", "taobao", facts=["logo_in_images"], as_of=DAY, rulebook=evolved
    ).admissible[0]
    assert best.code == "acme_counterfeit"
    assert best.severity is None and "class unknown" in best.why


# -------------------------------------- 2. rules section's JSON reads back as a rules file


def _section_json(tmp_path: Path, section: str, *rules: str) -> Path:
    argv = ("rules", "section", section, "--as-of", DAY, "--format", "json", *rules)
    code, out, err = _run(*argv)
    assert code == 0, err
    path = tmp_path / f"{section}-out.json"
    path.write_text(out, encoding="utf-8")
    return path


def test_rules_section_json_reads_back_with_an_unknown_class(tmp_path: Path) -> None:
    path = _section_json(tmp_path, "reason_codes", "--rules", str(_book_file(tmp_path, None)))
    printed = json.loads(path.read_text("utf-8"))
    assert printed["section"] == "reason_codes"
    assert printed["data"][0]["severity"] == "unknown"
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(path)
    assert code.severity_confidence_on("taobao") == "unknown"
    (tmp_path / "again").mkdir()
    again = _section_json(tmp_path / "again", "reason_codes", "--rules", str(path))
    (record,) = [r for r in json.loads(again.read_text("utf-8"))["data"] if r["id"] == code.id]
    assert {**record, "severity_unstated_in": ""} == {
        **printed["data"][0],
        "severity_unstated_in": "",
    }


@pytest.mark.parametrize("section", ["platforms", "good_faith", "deadlines", "penalties"])
def test_rules_section_json_of_the_embedded_book_reads_back_unchanged(
    tmp_path: Path, section: str
) -> None:
    path = _section_json(tmp_path, section)
    rules = load_rulebook(path).as_of(DAY)
    assert len(diff_rules(default_rulebook().as_of(DAY), rules)) == 0
    assert rules.section(section) == default_rulebook().as_of(DAY).section(section)


def test_a_bad_record_in_section_json_is_placed_in_that_file(tmp_path: Path) -> None:
    path = _section_json(tmp_path, "reason_codes")
    printed = json.loads(path.read_text("utf-8"))
    printed["data"][1]["severity"] = "grave"
    path.write_text(json.dumps(printed, indent=2), encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    (problem,) = info.value.problems
    assert problem.path == "$.reason_codes[1].severity" and problem.line is not None
    assert '"severity": "grave"' in path.read_text("utf-8").splitlines()[problem.line - 1]


@pytest.mark.parametrize("view", ["platform taobao", "reasons", "good-faith"])
def test_another_views_json_is_refused_naming_the_view_that_reads_back(
    tmp_path: Path, view: str
) -> None:
    code, out, err = _run("rules", *view.split(), "--as-of", DAY, "--format", "json")
    assert code == 0, err
    path = tmp_path / "view.json"
    path.write_text(out, encoding="utf-8")
    code, _, err = _run("rules", "--rules", str(path), "--as-of", DAY)
    assert code == 2 and "Traceback" not in err
    assert f"`ipprules rules {view.split()[0]} --format json` prints, not a rules file" in err
    assert "`ipprules rules section NAME --format json`" in err


def test_a_stated_class_with_a_file_that_gives_none_is_refused(tmp_path: Path) -> None:
    path = _book_file(tmp_path, "serious")
    path.write_text(path.read_text("utf-8") + 'severity_unstated_in = "x.toml"\n', "utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    (problem,) = info.value.problems
    assert problem.path == "$.reason_codes[0].severity_unstated_in"
    assert "leave out severity_unstated_in" in problem.message


def test_severity_unknown_in_a_toml_file_is_not_stating_it(tmp_path: Path) -> None:
    path = _book_file(tmp_path, "unknown")
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(path)
    assert "severity" not in load_rulebook(path).to_data()["reason_codes"][-1]


# ------------------------------- 3. the two findings cite what their answer rests on


def test_reason_wrong_platform_cites_b16_and_the_platforms_reason_lists() -> None:
    """It cited the code record's rules (``tm_misleading``: R51 alone, not B16, which makes
    the wrong code an error that cannot be fixed after filing)."""
    for right, platform, reason, mark in [
        (TRADEMARK, "taobao", "tm_misleading", "[confidence inferred: R51]"),
        (DESIGN, "taobao", "pat_design", "[confidence inferred: R52, R55]"),
    ]:
        [found] = _found(_plan(right, platform=platform, reason=reason), "reason-wrong-platform")
        assert found.rule_ids == ("B16", "R41", "R48", "R51", "R52", "R54")
        assert found.sources[:2] == ("BRIEF", "S3")
        assert found.message.endswith(mark)  # the code's offers are what is refused


@pytest.mark.parametrize("interpretation", ["brief", "official"])
def test_supplement_burden_inferred_cites_the_lighter_burden_and_its_platforms(
    interpretation: str,
) -> None:
    """It cited the code's and the Good Faith record's rules (B16, R48, R51, ..., D1) and
    marked the code's rules as inferred; what is inferred is R76's bases."""
    member = attrs.evolve(ACCOUNT, good_faith=True)
    plan = _plan(TRADEMARK, account=member, reason="tm_counterfeit", supplement="")
    [found] = _found(plan, "supplement-burden-inferred", interpretation)
    assert found.rule_ids == ("B22", "R76", "R79")
    assert found.message.endswith("[confidence inferred: R76]")
    assert found.confidence == "inferred"


# ------------------------ 4. every rules view gives the values another reading answers


#: (view, reading, a line of the text, a field of ``other_answers``, its two answers)
OTHER_ANSWERS = [
    ("registrations", "official", "lazada_sg.accepted: SG -> none", "lazada_sg.known", ["yes", "unknown"]),
    ("good-faith", "brief-at-least-100", "good-faith.volume: > 100 -> >= 100", "good-faith.declaration_required", None),
    ("good-faith", "official", "good-faith.takedown_rate: > 0.9 -> >= 0.9", "good-faith.declaration_required", [True, False]),
    ("penalties", "official", "alibaba_com.closure_serious_count: 4 -> 3", "alibaba_com.closure_serious_count", [4, 3]),
    ("account", "official", "identity_individual_china.documents_one_of: identity_document -> none", None, None),
    ("metrics", "official", "takedown_rate_listing.minus: reinstated -> none", "takedown_rate_listing.minus", [["reinstated"], []]),
    ("summary", "official", "lazada_sg.known: yes -> unknown", "taobao.storefront_ipr_types", [[], ["trademark"]]),
    ("platforms", "official", "platforms.marketplaces.xianyu.files_as: taobao -> none", None, None),
    ("documents", "official", "documents.document_rules.copyright_unregistered_china.accepted: no -> yes", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("view", "reading", "line", "field", "answers"), OTHER_ANSWERS)
def test_a_rules_view_gives_what_another_reading_answers(
    view: str, reading: str, line: str, field: str | None, answers: list[object] | None
) -> None:
    """Only ``rules platform`` gave the values (rules48); the others said ``KEY: differs
    under official`` and no more."""
    code, out, err = _run("rules", view, "--as-of", DAY)
    assert code == 0, err
    block = out.split(f"  differs under {reading}:\n")[1].split("  differs under ")[0]
    assert any(said.startswith(f"    {line}") for said in block.splitlines()), block
    code, out, err = _run("rules", view, "--as-of", DAY, "--format", "json")
    assert code == 0, err
    theirs = json.loads(out)["other_answers"][reading]
    if field is not None:
        assert (theirs.get(field) == answers) if answers else field not in theirs


# ------------------- 5. the sweep: every disputed rule or gap, on every surface it answers

#: A history of 100 complaints of one listing in the window, 90 taken down, 10 rejected, the
#: declaration signed: every D1 boundary at once (90%, 100 complaints).
_H100 = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated,counter_rejected,note\n" + "declaration,2025-01-01,,,,,,,,,,,signed\n" + "".join(
    f"complaint,2026-10-{1 + i % 28:02d},C{i:03d},taobao,tm_counterfeit,1,{int(i < 90)},{int(i >= 90)},0,0,0,0,\n"
    for i in range(100)
)  # fmt: skip

#: Three counterfeit violations on Alibaba.com against three rights (D10: 4 under the 2015
#: rule, the brief's default; 3 under the three-strikes reading, official).
_V3 = "date,kind,platform,points,right,id\n" + "".join(
    f"2026-11-{d:02d},counterfeit,alibaba_com,,TM-{d},v{d}\n" for d in (1, 5, 10)
)

#: (rule, surface, argv ({h100}, {v3}: the files above), what the default answer says,
#: what names the other reading or the gap)
CLI_SWEEP = [
    ("D1/B21 takedown rate", "good-faith", "good-faith {h100} --as-of 2026-11-23",
     "FAIL overall            takedown_rate        90.000% (90/100), needs > 90.0%", "needs > 90.0%: 1 more successful takedown(s) [differs under: official]"),
    ("D1/B21 volume", "good-faith", "good-faith {h100} --as-of 2026-11-23",
     "volume               100, needs > 100", "100, needs > 100 [differs under: official, brief-at-least-100]"),
    ("D1 counter-notice rate", "good-faith", "good-faith {h100} --as-of 2026-11-23",
     "counter_notice_rate  0.000% (0/100) < 5.0%; headroom 4", "note: headroom differs under official: 0 more failed takedown(s), 5 more upheld"),
    ("B21/R70a declaration", "good-faith", "good-faith {h100} --as-of 2026-11-23",
     "declaration          signed", "signed [differs under: official]"),
    ("D1 official reading", "good-faith", "good-faith {h100} --as-of 2026-11-23 --interpretation official",
     "takedown_rate        90.000% (90/100) >= 90.0%", "[differs under: brief, brief-at-least-100]"),
    ("D10 Alibaba.com closure", "penalties", "penalties {v3} --platform alibaba_com --as-of 2026-11-23",
     "points>=48, serious>=4, serious_per_right>=3", "figures differ under: official"),
    ("R85/R88 Lazada validity and classes (gaps)", "penalties", "penalties {vl} --platform lazada_sg --as-of 2026-11-23",
     "closed             unknown", "which violations are serious on lazada_sg is inferred"),
    ("B1 vs D11 Xianyu", "penalties", "penalties {v3} --platform xianyu --as-of 2026-11-23",
     "Xianyu (Goofish) is filed as taobao (B1), so these are taobao's rules", "differ under: official"),
    ("B1 vs D11 Xianyu", "deadline", "deadline takedown --on 2026-11-02 --platform xianyu",
     "filed as taobao (B1)", "marketplace xianyu: differs under official"),
    ("B1 vs D11 Xianyu", "good-faith", "good-faith {hx} --as-of 2026-11-23 --interpretation official",
     "100 complaint(s) in the window not counted", "xianyu (100; what it is filed as is not documented)"),
    ("D4 Lazada counter-notice", "deadline", "deadline takedown --on 2026-11-02 --platform lazada_sg",
     "counter_notice_round_1    deadline  due 2026-11-05", "counter_notice_lazada     deadline  2026-11-05 to 2026-11-09  3-5 working days (weekends)  seller  D4       S53      third-party"),
    ("D4 filer's reply (gap)", "deadline", "deadline counter_notice_received --on 2026-11-02 --platform taobao",
     "filer_reply_to_counter_notice  unknown  unknown", "No source gives the rights holder's deadline"),
    ("R64 1688 evidence (gap)", "counter-notice", "counter-notice examples/counter-notice-1688.toml",
     "Sufficient: unknown", "is not documented (gap)"),
    ("B13 vs R36 Tmall Global", "rules registrations", "rules registrations --as-of 2026-11-23",
     "tmall_global  yes    CN, HK", "tmall_global.accepted: HK -> none"),
    ("B14 vs R40 Lazada", "rules registrations", "rules registrations --as-of 2026-11-23",
     "lazada_sg     yes    SG", "lazada_sg.known: yes -> unknown"),
    ("B1 vs R33/D11 Xianyu", "rules platforms", "rules platforms --as-of 2026-11-23",
     "xianyu", "platforms.marketplaces.xianyu.files_as: taobao -> none"),
    ("B16 vs D13 store fronts", "rules platform", "rules platform 1688 --as-of 2026-11-23",
     "storefront", "platform.storefront_complaints: no -> unknown"),
    ("B16 vs D13 store fronts", "advise", "advise --ipr-type trademark --platform 1688 --target storefront --as-of 2026-11-23",
     "1688 has no store-front complaints", "Differs under: official"),
    ("B2 vs R15 stand-alone form on Lazada", "rules platform", "rules platform lazada_sg --as-of 2026-11-23",
     "standalone_form=10 (inferred)", "channel_confidence.standalone_form: inferred -> unknown"),
    ("B9 vs R30 evaluation report", "rules documents", "rules documents --as-of 2026-11-23",
     "patent_evaluation_report", "documents.document_rules.patent_evaluation_report.subtypes: none -> utility_model, design"),
    ("B8 vs R28 unregistered copyright", "rules documents", "rules documents --as-of 2026-11-23",
     "copyright_unregistered_china", "documents.document_rules.copyright_unregistered_china.accepted: no -> yes"),
    ("B5 vs R4 identity in China", "rules account", "rules account --as-of 2026-11-23",
     "identity_individual_china", "identity_individual_china.documents_one_of: identity_document -> none"),
    ("B16 vs R91 reinstated listings", "rules metrics", "rules metrics --as-of 2026-11-23",
     "takedown_rate_listing", "takedown_rate_listing.minus: reinstated -> none"),
    ("B18/B21 track record", "rules platform", "rules platform taobao --as-of 2026-11-23",
     "track_record=101", "limits.track_record: 101 -> 100"),
    ("D2 Good Faith scope", "rules good-faith", "rules good-faith --as-of 2026-11-23",
     "good-faith: differs under official, brief-at-least-100", "good-faith.volume: > 100 -> none"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "surface", "argv", "default", "other"), CLI_SWEEP, ids=[r[0] for r in CLI_SWEEP]
)
def test_the_sweep_on_the_command_line(
    tmp_path: Path, rule: str, surface: str, argv: str, default: str, other: str
) -> None:
    """(a) the default answer is part 0's, (b) the other reading is named where it answers
    otherwise, with its answer, (c) a documented gap is ``unknown``."""
    files = {
        "h100": _H100,
        "hx": _H100.replace(",taobao,", ",xianyu,"),  # Xianyu complaints: counted as Taobao's?
        "v3": _V3,
        "vl": _V3.replace("alibaba_com,", "lazada_sg,16"),  # 16 points each (R88)
    }
    for name, text in files.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    paths = {name: str(tmp_path / f"{name}.csv") for name in files}
    code, out, err = _run(*argv.format(**paths).split())
    assert code in (0, 1), err
    assert default in out, (rule, surface, out)
    assert other in out, (rule, surface, out)


def _plan_on(right, platform: str, listing: str, **complaint: object):  # type: ignore[no-untyped-def]
    """sweep45's plan of one complaint, on a platform whose listing it has no example of."""
    base = _plan(right)
    fields = {"platform": platform, "listings": (listing,), **complaint}
    return attrs.evolve(base, complaints=(attrs.evolve(base.complaints[0], **fields),))


#: (rule, right and complaint, the finding under the brief, the finding under official)
CHECK_SWEEP = [
    ("B9 vs R30: a design patent on 1688 without an evaluation report",
     lambda: _plan_on(DESIGN, "1688", "https://detail.1688.com/offer/585943639773.html", reason="pat_design"),
     "right-document-missing", "right-acceptance-unknown"),
    ("B13 vs R36: a Hong Kong trademark on Tmall Global",
     lambda: _plan_on(attrs.evolve(TRADEMARK, place="HK"), "tmall_global", "https://detail.tmall.hk/hk/item.htm?id=606832683299"),
     None, "right-place-not-accepted"),
    ("B14 vs R40: a Singapore trademark on Lazada Singapore",
     lambda: _plan_on(attrs.evolve(TRADEMARK, place="SG"), "lazada_sg", "https://www.lazada.sg/products/lamp-i123456789.html"),
     None, "right-place-unknown"),
    ("B16 vs D13: a store front on 1688",
     lambda: _plan_on(TRADEMARK, "1688", "https://shop1234567890.1688.com", reason="tm_misuse", target="storefront"),
     "storefront-not-allowed", "storefront-unknown"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "plan", "brief", "official"), CHECK_SWEEP, ids=[r[0][:20] for r in CHECK_SWEEP]
)
def test_the_sweep_in_check(rule: str, plan: Any, brief: str | None, official: str) -> None:
    """``check`` answers the brief's way by default and quotes the other reading's finding
    (``other-reading-finding``); under ``official`` a gap is an ``unknown`` finding."""
    made = plan()
    by_brief = check(made).findings
    by_official = check(made, interpretation="official").findings
    codes = {f.code for f in by_brief}
    assert (brief in codes) if brief else (official not in codes), rule
    assert official in {f.code for f in by_official}, rule
    quoted = [f for f in by_brief if f.code == "other-reading-finding" and official in f.message]
    assert quoted, (rule, [f.message for f in by_brief])
    if official.endswith("-unknown"):
        (gap,) = [f for f in by_official if f.code == official]
        assert gap.severity.value == "unknown"


def _track_record_plan():  # type: ignore[no-untyped-def]
    """100 listings from an account with exactly 100 complaints filed (B18 with B21's volume:
    "more than 100" under the brief, "at least 100" under brief-at-least-100)."""
    links = tuple(f"https://item.taobao.com/item.htm?id={606832683200 + i}" for i in range(100))
    plan = _plan_on(TRADEMARK, "taobao", links[0], listings=links)
    return attrs.evolve(plan, account=attrs.evolve(ACCOUNT, complaints_filed=100))


def test_the_sweep_track_record_names_the_reading_without_the_warning() -> None:
    (warning,) = check(_track_record_plan()).findings
    assert warning.code == "new-filer-large-batch" and warning.severity.value == "warning"
    assert warning.other_readings == ("brief-at-least-100",)
    other = check(_track_record_plan(), interpretation="brief-at-least-100").findings
    assert [f.code for f in other] == ["other-reading-finding"]


def test_the_sweep_good_faith_scope_names_the_third_party_reading() -> None:
    """D2: the programme is the Tao marketplaces' (R79, the default); a member leaving the
    supplement out on AliExpress is refused, and the finding names S21's reading."""
    member = attrs.evolve(ACCOUNT, good_faith=True)
    plan = attrs.evolve(
        _plan_on(TRADEMARK, "aliexpress", "https://www.aliexpress.com/item/1005004878609097.html"),
        account=member,
    )
    plan = attrs.evolve(plan, complaints=(attrs.evolve(plan.complaints[0], supplement=""),))
    (missing,) = [f for f in check(plan).findings if f.code == "supplement-missing"]
    assert "not aliexpress" in missing.message and "S21" in missing.message


def test_the_sweep_withdrawal_and_batch_rejection_in_the_lifecycle() -> None:
    """B20 vs R65 (withdrawal before a takedown) and B20 vs R67 (batch rejection, a gap)."""
    from ipprules.lifecycle import State, differs_under, reject_counter_notices, step
    from ipprules.lifecycle.machine import IllegalTransition

    with pytest.raises(IllegalTransition) as refused:
        step(State.UNDER_REVIEW, "withdraw")
    assert refused.value.other_readings == ("official",)
    assert differs_under(State.UNDER_REVIEW, "withdraw") == ("official",)
    batch = reject_counter_notices({"A1": State.COUNTER_NOTIFIED_1}, reason="forged")
    assert batch.batch.value == "yes" and batch.other_readings == ("official",)
    official = default_rulebook().as_of("2024-06-03", "official")
    gap = reject_counter_notices({"A1": State.COUNTER_NOTIFIED_1}, reason="x", rulebook=official)
    assert gap.batch.value == "unknown" and "R67" in gap.rule_ids
