"""``--rules FILE`` on every command that resolves rule-book data: the answer follows the
override, the label printed is the loaded book's, and a malformed file is exit 2 naming it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

SOURCE = """
[[sources]]
id = "MINE"
title = "Our own reading"
kind = "user"
"""

#: Good Faith 2022 with a takedown rate over 97% (the book: over 90%).
GOOD_FAITH = (
    'name = "Strict Good Faith"\n'
    + SOURCE
    + """
[[good_faith]]
id = "gftm"
version = "2022"
takedown_rate = { value = "0.97", comparison = ">" }
counter_notice_rate = { value = "0.05", comparison = "<" }
volume = { value = "100", comparison = ">" }
window_months = 3
declaration_required = true
automatic_admission = true
per_reason_code = true
lockout_removal_months = 3
lockout_withdrawal_months = 3
platforms = ["taobao", "tmall", "tmall_global"]
effective_from = "2022-04-15"
sources = ["MINE"]
confidence = "user"
rules = ["B21"]
"""
)

#: Alibaba.com closes an account at 2 serious violations (the book: 4, or 3 officially).
PENALTIES = (
    'name = "Our Alibaba.com terms"\n'
    + SOURCE
    + """
[[penalties]]
id = "alibaba_com"
general_points_daily_cap = 6
closure_serious_count = 2
closure_points = 48
validity_days = 365
serious_kinds = ["counterfeit"]
effective_from = "2015-01-06"
sources = ["MINE"]
confidence = "user"
rules = ["R86"]
"""
)

#: A counter-notice on Alibaba.com needs more than 10 pieces bought (the book: 20).
COUNTER_NOTICE = (
    'name = "Our Alibaba.com reading"\n'
    + SOURCE
    + """
[[counter_notice]]
id = "alibaba_com_purchase_quantity"
requirement = "purchase_quantity"
platforms = ["alibaba_com"]
ipr_types = ["trademark"]
value = 10
comparison = ">"
unit = "pieces"
text = "A purchase quantity of more than 10 pieces."
effective_from = "2015-01-06"
sources = ["MINE"]
confidence = "user"
rules = ["R63"]
"""
)

#: The example override made malformed: an unknown platform, alone on line 17.
BAD = (
    (EXAMPLES / "rules-override.toml")
    .read_text(encoding="utf-8")
    .replace('platforms = ["taobao", "tmall"]', 'platforms = ["taobao",\n  "tmal"]')
)

ACME = str(EXAMPLES / "rules-override.toml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def written(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


ADVISE = [
    "advise",
    "--ipr-type",
    "trademark",
    "--platform",
    "taobao",
    "--fact",
    "counterfeit_product",
    "--as-of",
    "2026-11-23",
    "--format",
    "json",
]


def test_advise_ranks_the_override_s_reason_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *ADVISE)
    assert code == 0
    before = json.loads(out)
    assert "acme_counterfeit" not in [s["code"] for s in before["admissible"]]
    code, out, _ = run(capsys, *ADVISE, "--rules", ACME)
    assert code == 0
    after = json.loads(out)
    assert [s["code"] for s in after["admissible"]] == ["acme_counterfeit"]
    assert after["rulebook"].startswith("ACME account")


def _good_faith_header(out: str) -> str:
    return out.splitlines()[1].strip()


@pytest.mark.parametrize(
    "mode",
    [
        ["--as-of", "2023-01-15"],
        ["--timeline", "2023-01-14", "2023-01-15"],
        ["--as-of", "2023-01-15", "--what-if", str(EXAMPLES / "what-if.toml")],
    ],
    ids=["standing", "timeline", "what-if"],
)
def test_good_faith_follows_the_override_s_threshold(
    mode: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = written(tmp_path, "gf.toml", GOOD_FAITH)
    history = str(EXAMPLES / "history.csv")
    code, out, _ = run(capsys, "good-faith", history, *mode)
    assert code == 0 and "> 97.0%" not in out
    assert "DOES NOT QUALIFY" not in out and "  no  " not in out
    code, out, _ = run(capsys, "good-faith", history, *mode, "--rules", rules)
    if mode[0] == "--timeline":  # every day of the range fails the file's 97%
        assert code == 0 and "2023-01-15  2022" in out
        assert out.splitlines()[-3].split()[5] == "no"
    else:
        assert code == 1 and "DOES NOT QUALIFY" in out
        assert "takedown_rate        95.818% (3162/3300), needs > 97.0%" in out


def test_penalties_follow_the_override_s_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["penalties", str(EXAMPLES / "violations-alibaba-com.csv"), "--platform"]
    argv += ["alibaba_com", "--as-of", "2024-06-01"]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "serious>=4" in out and "(ipprules embedded rule book " in out
    rules = written(tmp_path, "pen.toml", PENALTIES)
    code, out, _ = run(capsys, *argv, "--rules", rules)
    assert code == 1
    assert "Penalty standing on alibaba_com as of 2024-06-01 (Our Alibaba.com terms " in out
    assert "closed             yes (since 2024-05-02)  points>=48, serious>=2" in out
    code, out, _ = run(capsys, *argv, "--rules", rules, "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["closed"] == "yes" and data["rulebook"].startswith("Our Alibaba")


def test_counter_notice_follows_the_override_s_rule(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notice = str(EXAMPLES / "counter-notice-alibaba.toml")
    code, out, _ = run(capsys, "counter-notice", notice)
    assert code == 1 and "cn-purchase-quantity-low" in out
    rules = written(tmp_path, "cn.toml", COUNTER_NOTICE)
    code, out, _ = run(capsys, "counter-notice", notice, "--rules", rules)
    assert code == 1  # the other errors stay
    assert "cn-purchase-quantity-low" not in out and "cn-purchase-not-signed-by-both" in out
    assert "(Our Alibaba.com reading " in out.splitlines()[0]


PLAN = [
    "plan",
    str(EXAMPLES / "planner-urls.csv"),
    "--account",
    str(EXAMPLES / "planner-account.toml"),
    "--as-of",
    "2026-11-23",
    "--format",
    "json",
]


def test_plan_follows_the_override_s_reason_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *PLAN)
    before = json.loads(out)
    assert code == 1 and before["counts"]["planned"] == 4
    assert before["rulebook"].startswith("ipprules embedded rule book")
    code, out, _ = run(capsys, *PLAN, "--rules", ACME)
    after = json.loads(out)
    # the override replaces the reason codes: tm_counterfeit is not one of its own
    assert code == 1 and after["counts"]["planned"] == 0
    assert after["rulebook"].startswith("ACME account")
    assert after["rejected_by_code"]["reason-not-admissible"] == 5


#: A new filer's large batch from 50 listings (the book: 100).
LIMITS = (
    'name = "Our batch policy"\n'
    + SOURCE
    + """
[[limits]]
id = "large_batch"
value = 50
unit = "listings"
description = "A complaint with at least this many listings is a large batch."
effective_from = "2015-01-06"
sources = ["MINE"]
confidence = "user"
rules = ["B18"]
"""
)


def test_explain_quotes_the_override_s_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``explain`` quoted the embedded book's figures and took no ``--rules``: with one, the
    figures (and the book named) are the file's, as the check would read them."""
    rules = written(tmp_path, "limits.toml", LIMITS)
    code, out, _ = run(capsys, "explain", "new-filer-large-batch")
    assert code == 0 and "large_batch 100 listings (from 2015-01-06; BRIEF)" in out
    code, out, err = run(capsys, "explain", "new-filer-large-batch", "--rules", rules)
    assert (code, err) == (0, "")
    assert "Figures: those of the Our batch policy " in out
    assert "large_batch 50 listings (from 2015-01-06; MINE)" in out
    assert "large_batch 100" not in out
    code, out, _ = run(capsys, "explain", "check:new-filer-large-batch", "--rules", rules)
    assert code == 0 and "large_batch 50 listings" in out
    code, out, _ = run(
        capsys, "explain", "new-filer-large-batch", "--rules", rules, "--format", "json"
    )
    data = json.loads(out)
    assert code == 0 and data["figures_from"].startswith("Our batch policy ")
    assert [f["value"] for f in data["figures"] if f["id"] == "large_batch"] == [50]
    # the check the text explains reads the same figure
    from ipprules.rulebook import load_rulebook

    view = load_rulebook(rules).as_of("2026-11-23")
    assert view.limits["large_batch"].value == 50
    # a code that quotes no figure is the same with or without the file
    assert (
        run(capsys, "explain", "short-link", "--rules", rules)[1]
        == run(capsys, "explain", "short-link")[1]
    )


def test_every_command_that_takes_rules_is_listed_in_the_readme() -> None:
    """The README's list of the commands ``--rules FILE`` works on is the parsers'."""
    import re

    from ipprules.cli import _parsers

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "`--rules FILE` on every command" in x)
    after = line.split("`--rules FILE` on every command", 1)[1]
    listed = set(re.findall(r"`([a-z-]+)`", after.split("(", 1)[1].split(")", 1)[0]))
    _, subparsers = _parsers()

    def takes_rules(parser: argparse.ArgumentParser) -> bool:
        for action in parser._actions:
            if "--rules" in action.option_strings:
                return True
            nested = isinstance(action, argparse._SubParsersAction)  # ipprules rules SECTION
            if nested and any(takes_rules(p) for p in action.choices.values()):
                return True
        return False

    taking = {name for name, parser in subparsers.items() if takes_rules(parser)}
    assert listed == taking


COMMANDS = {
    "explain": ["explain", "new-filer-large-batch"],
    "explain (every code)": ["explain"],
    "advise": ADVISE,
    "good-faith": ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2023-01-15"],
    "good-faith --timeline": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--timeline",
        "2023-01-01",
        "2023-01-15",
    ],
    "good-faith --what-if": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--as-of",
        "2023-01-15",
        "--what-if",
        str(EXAMPLES / "what-if.toml"),
    ],
    "penalties": [
        "penalties",
        str(EXAMPLES / "violations-alibaba-com.csv"),
        "--platform",
        "alibaba_com",
        "--as-of",
        "2024-06-01",
    ],
    "counter-notice": ["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml")],
    "plan": PLAN,
    "plan --workers": [*PLAN, "--workers", "1"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_malformed_override_is_exit_2_naming_its_file_and_line(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rules = written(tmp_path, "acme.toml", BAD)
    code, out, err = run(capsys, *COMMANDS[command], "--rules", rules)
    assert code == 2 and out == "" and "Traceback" not in err
    assert f"{rules}:18:3:" in err  # the second element, on the array's second line
    assert "$.reason_codes[0].platforms[1]: unknown platform 'tmal'" in err
