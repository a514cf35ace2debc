"""``ipprules rules`` end to end: output, JSON, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import ipprules
from ipprules.cli import main
from ipprules.cli.rules import VIEWS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("view", [v for v in VIEWS if v not in ("diff", "platform", "section")])
def test_every_view_runs_in_text_and_json(view, capsys):
    assert main(["rules", view, "--as-of", "2023-03-01"]) == 0
    text = capsys.readouterr().out
    assert "as of 2023-03-01" in text
    assert main(["rules", view, "--as-of", "2023-03-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["view"] == view and data["as_of"] == "2023-03-01"


def test_platform_and_section_views(capsys):
    assert main(["rules", "platform", "tmall_global", "--as-of", "2023-03-01"]) == 0
    assert "Tmall Global" in capsys.readouterr().out
    assert (
        main(["rules", "section", "good_faith", "--as-of", "2023-03-01", "--format", "json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["data"][0]["version"] == "2022"


def test_reason_filter(capsys):
    assert (
        main(
            [
                "rules",
                "reasons",
                "--ipr-type",
                "trademark",
                "--platform",
                "taobao",
                "--target",
                "storefront",
                "--as-of",
                "2023-03-01",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert [c["id"] for c in json.loads(capsys.readouterr().out)["data"]] == ["tm_store_misuse"]


def test_interpretation_changes_the_answer(capsys):
    main(["rules", "good-faith", "--as-of", "2023-03-01", "--format", "json"])
    brief = json.loads(capsys.readouterr().out)["data"]
    main(
        [
            "rules",
            "good-faith",
            "--as-of",
            "2023-03-01",
            "--interpretation",
            "official",
            "--format",
            "json",
        ]
    )
    official = json.loads(capsys.readouterr().out)["data"]
    assert brief["takedown_rate"]["comparison"] == ">"
    assert official["takedown_rate"]["comparison"] == ">="


def test_diff_exit_codes(capsys):
    assert main(["rules", "diff", "--as-of", "2022-01-19", "--to", "2022-01-20"]) == 1
    assert "counter_notice_round_2_3" in capsys.readouterr().out
    assert main(["rules", "diff", "--as-of", "2023-01-01", "--to", "2023-06-01"]) == 0


def test_diff_json_has_the_envelope_of_every_view(capsys):
    argv = ["rules", "diff", "--as-of", "2022-01-19", "--to", "2022-01-20", "--format", "json"]
    assert main(argv) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["view"], data["as_of"], data["interpretation"]) == ("diff", "2022-01-19", "brief")
    assert data["data"]["to"]["as_of"] == "2022-01-20"
    assert data["data"]["to"]["rulebook"] == data["rulebook"]
    ids = {c["id"] for c in data["data"]["changes"]}
    assert "counter_notice_round_2_3" in ids


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rules", "--as-of", "2014-01-01"], "before the rule book's coverage"),
        (["rules", "platform", "ebay", "--as-of", "2023-01-01"], "unknown platform"),
        (["rules", "--interpretation", "nope", "--as-of", "2023-01-01"], "unknown interpretation"),
        (
            ["rules", "--rules", "/nonexistent.toml", "--as-of", "2023-01-01"],
            "cannot read the file",
        ),
        (["rules", "diff", "--as-of", "2023-01-01"], "diff needs"),
    ],
)
def test_bad_input_exits_2_with_a_message(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_cli_prints_the_date_it_defaulted_to():
    result = subprocess.run(
        [sys.executable, "-m", "ipprules", "rules", "changes"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "(today in China, UTC+8)" in result.stderr


def test_bad_date_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["rules", "--as-of", "yesterday"])
    assert info.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_reasons_for_a_platform_follow_what_it_takes(capsys):
    """B16: no store fronts on 1688 under the brief, whatever the IPR type (the view without
    --ipr-type listed cr_misuse and other_judgment); under the official reading store fronts
    there are a documented gap (D13), which the view says."""
    argv = ["rules", "reasons", "--platform", "1688", "--target", "storefront"]
    assert main([*argv, "--as-of", "2024-06-03", "--format", "json"]) == 0
    brief = json.loads(capsys.readouterr().out)
    # under official, the gap's codes: 1688's listing codes and the store-front codes of the
    # Taobao family, as check and advise take them there (D13)
    gap = {"cr_copied_content", "cr_misuse", "cr_piracy", "other_judgment", "pat_design"}
    gap |= {"pat_invention", "tm_counterfeit", "tm_counterfeit_test_purchase", "tm_misuse"}
    assert brief["data"] == [] and set(brief["other_readings"]) == gap | {"tm_store_misuse"}
    assert main([*argv, "--as-of", "2024-06-03", "--interpretation", "official"]) == 0
    text = capsys.readouterr().out
    assert text.count("is not documented (unknown)") == 1
    # the JSON view carries the same note (it had none)
    assert main([*argv, "--as-of", "2024-06-03", "--interpretation", "official", "--format",
                 "json"]) == 0  # fmt: skip
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert notes[0] == (
        "whether 1688 takes store-front complaints is not documented (unknown); no under brief, "
        "brief-at-least-100"
    )  # rules32: the readings that answer it, and a note that the codes listed are the gap's
    assert notes[1].startswith("which reason codes a store-front complaint takes there is not")
    assert brief["notes"] == [  # adv16: the empty view says why, as advise does (B16, D13)
        "1688 has no store-front complaints (B16): file against listings; unknown under official"
    ]
    # without a target, the platform's listing codes of every IPR type
    assert main(["rules", "reasons", "--platform", "1688", "--as-of", "2024-06-03", "--format",
                 "json"]) == 0  # fmt: skip
    ids = {c["id"] for c in json.loads(capsys.readouterr().out)["data"]}
    assert {"tm_counterfeit", "cr_piracy", "pat_invention"} <= ids and "tm_store_misuse" not in ids


def test_the_metrics_view_shows_what_a_numerator_takes_off(capsys):
    """The text view of the metrics showed the takedown rate's numerator as taken_down
    alone (the JSON view had `minus`): a reinstated listing is taken off it (B16)."""
    assert main(["rules", "metrics", "--as-of", "2024-01-01"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[3:]}
    assert "taken_down - reinstated" in rows["takedown_rate_listing"]
    assert "taken_down + rejected" in rows["takedown_rate_listing"]
    assert " - " not in rows["counter_notice_rate_listing"]


def test_undocumented_channel_counts_are_named_in_the_json_notes(capsys):
    """R16: the email channel's counts are not documented; its data holds ``null`` for them,
    and the JSON says they are unknown, so that a reader does not take ``null`` for "no
    limit". The documented channels are not named."""
    assert main(["rules", "platforms", "--as-of", "2024-01-01", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    email = next(c for c in out["data"]["channels"] if c["id"] == "email")
    assert email["max_listings"] is None
    assert out["notes"] == [
        "channel email: max_listings, rights_per_complaint, reasons_per_complaint not "
        "documented (unknown; null in the data, not 'no limit')"
    ]


@pytest.mark.parametrize(
    ("argv", "gap"),
    [
        # Taobao, Tmall and Tmall Global have no penalty data: a gap, not an empty answer
        (["--as-of", "2024-01-21", "--platform", "taobao"], "taobao: no penalty rules"),
        (["--as-of", "2024-01-21"], "taobao, tmall, tmall_global: no penalty rules"),
        # AliExpress's rules begin on 2015-01-21 (R85): the day before is a gap
        (["--as-of", "2015-01-20", "--platform", "aliexpress"], "aliexpress: no penalty rules"),
        # how long points stay in force is not documented on Alibaba.com (R86) or Lazada (R88)
        (["--as-of", "2024-01-21", "--platform", "lazada_th"], "lazada_th: how long a violation"),
    ],
)
def test_the_penalties_view_names_its_gaps_as_unknown(argv, gap, capsys):
    assert main(["rules", "penalties", *argv]) == 0
    text = capsys.readouterr().out
    assert gap in text and "unknown" in text
    assert main(["rules", "penalties", *argv, "--format", "json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert any(gap in note and "unknown" in note for note in notes)


def test_the_penalties_view_shows_undocumented_figures_as_unknown(capsys):
    """'-' means no such rule; where the rule exists but its figure is not documented the
    table says unknown: 1688's serious closure count (R64), validity off AliExpress (R86,
    R88). Alibaba.com's 3 serious violations against one right (R86) are shown."""
    assert main(["rules", "penalties", "--as-of", "2024-01-21"]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[3:]}
    assert rows["1688"][1:7] == ["-", "-", "unknown", "-", "unknown", "60"]
    assert " ".join(rows["alibaba_com"][1:11]) == "6 - 4 (3 against one right) 48 unknown -"
    assert rows["aliexpress"][1:7] == ["6", "3", "3", "-", "365", "-"]
    assert rows["lazada_sg"][1:7] == ["-", "-", "-", "48", "unknown", "-"]


@pytest.mark.parametrize(
    "argv",
    [
        ["rules"],
        ["rules", "platforms", "--format", "json"],
        ["rules", "--rules", str(EXAMPLES / "rules-override.toml")],
        ["advise", "--platform", "taobao", "--ipr-type", "trademark"],
        ["good-faith", str(EXAMPLES / "history.csv")],
        ["check", str(EXAMPLES / "plan.toml")],  # the plan's as_of would be said first
        ["coverage", str(EXAMPLES / "portfolio.toml")],
    ],
)
def test_an_unknown_interpretation_is_the_only_line_on_stderr(argv, capsys):
    assert main([*argv, "--interpretation", "nope"]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "ipprules: error: unknown interpretation 'nope'; known: brief, official, brief-at-least-100"
    ]
    assert captured.out == ""


@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
@pytest.mark.parametrize("as_of", ["2019-01-01", "2026-11-23"])
def test_good_faith_view_says_how_xianyu_complaints_count(reading, as_of, capsys):
    """Under the brief Xianyu is filed as Taobao (B1), so its complaints count as Taobao's;
    under official that is not documented (D11): the view says which, in text and JSON."""
    argv = ["rules", "good-faith", "--as-of", as_of, "--interpretation", reading]
    files_as = ipprules.default_rulebook().as_of(as_of, reading).marketplaces["xianyu"].files_as
    assert main([*argv, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    counted = data["data"]["counted_platforms"]
    assert main(argv) == 0
    text = capsys.readouterr().out
    if files_as == "taobao":
        assert counted == ["taobao", "tmall", "tmall_global", "xianyu"]
        line = "xianyu: complaints counted as taobao's (filed as it, B1)"
    else:
        assert reading == "official" and files_as is None
        assert counted == ["taobao", "tmall", "tmall_global"]
        line = "xianyu: complaints not counted; what it is filed as is not documented"
    assert any(note.startswith(line) for note in data["notes"])
    assert f"marketplaces               {line}" in text


B22 = (
    "faster takedowns",
    "a lower burden of proof (supplemental information)",
    "an enhanced dashboard",
    "personal support",
    "access to new initiatives",
)


@pytest.mark.parametrize(
    ("reading", "as_of", "benefits"),
    [
        ("brief", "2019-01-01", B22),
        ("brief", "2026-11-23", B22),
        ("brief-at-least-100", "2026-11-23", B22),
        (
            "official",
            "2019-01-01",
            ("faster processing", "a simpler burden of proof", "a dashboard with more statistics"),
        ),
        ("official", "2026-11-23", None),
        ("brief", "2016-05-01", ()),
    ],
)
def test_good_faith_view_lists_what_membership_gives(reading, as_of, benefits, capsys):
    """B22 (the brief) and R76 (official: the 2018 list, and six benefits from 2022, among them
    additional reason codes); no source lists the 2015 programme's."""
    gf = ipprules.default_rulebook().as_of(as_of, reading).good_faith
    if benefits is None:
        assert len(gf.benefits) == 6 and "additional reason codes" in gf.benefits
        benefits = gf.benefits
    assert gf.benefits == benefits
    argv = ["rules", "good-faith", "--as-of", as_of, "--interpretation", reading]
    assert main([*argv, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["data"]["benefits"] == list(benefits)
    assert main(argv) == 0
    shown = "; ".join(benefits) if benefits else "not documented"
    assert f"benefits                   {shown}" in capsys.readouterr().out


def test_the_account_view_shows_each_rules_confidence_and_rule_ids(capsys):
    """Every rule is data with its confidence: R32 (the letter states scope and validity on
    Taobao) rests on one third-party guide, R4 on the official pages; the account view, like
    the documents and registrations views, says so in its table."""
    assert main(["rules", "account", "--as-of", "2026-11-23"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:4] == ["rule", "subject", "confidence", "rules"]
    row = next(line for line in lines if line.startswith("authorisation_scope_validity "))
    assert row.split()[1:4] == ["authorisation", "third-party", "R32"]
    row = next(line for line in lines if line.startswith("identity_individual_elsewhere "))
    assert row.split()[1:6] == ["identity_document", "official", "B5,", "R4", "An"]
