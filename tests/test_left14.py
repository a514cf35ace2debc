"""left14: the advisor does not lead with a reason code the platform offers only by the rule
book's inference (``inferred_platforms``) where one its sources say is offered fits as well.

R50 (official) says Good Faith members get additional reason codes, not which:
``gf_counterfeit_simplified`` stands for them, so that Taobao offers it at all is an inference,
while the counterfeit category (``tm_counterfeit``) is documented (R51, R52). A wrong code
cannot be fixed (B16), so the sourced code leads and the inferred one follows with why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._cli import run_cli

import ipprules

_AS_OF = "2022-05-01"


@pytest.mark.parametrize("platform", ["taobao", "tmall", "tmall_global", "xianyu"])
def test_member_counterfeit_leads_with_the_sourced_code(platform: str) -> None:
    advice = ipprules.advise(
        "trademark", platform, facts=["counterfeit_product"], member=True, as_of=_AS_OF
    )
    codes = [s.code for s in advice.admissible]
    assert codes[:2] == ["tm_counterfeit", "gf_counterfeit_simplified"]
    assert advice.decision.answer == "file"
    assert advice.decision.code == "tm_counterfeit"
    stand_in = advice.admissible[1]
    assert stand_in.offered_by_inference and not advice.admissible[0].offered_by_inference
    why_not_first = advice.decision.reasons[1]
    assert why_not_first.startswith("gf_counterfeit_simplified follows:")
    for word in ("inference", "confidence inferred", "R50", "S11, S12", "B16"):
        assert word in why_not_first, word
    assert "by the rule book's inference" in stand_in.why


def test_a_non_members_answer_is_unchanged() -> None:
    advice = ipprules.advise("trademark", "taobao", facts=["counterfeit_product"], as_of=_AS_OF)
    assert advice.decision.code == "tm_counterfeit"
    assert "gf_counterfeit_simplified" not in [s.code for s in advice.admissible]
    assert not any(s.offered_by_inference for s in advice.admissible)


def _book(tmp_path: Path, inferred: bool) -> ipprules.RuleBook:
    """The embedded book with a user's counterfeit code that sorts first by its id and fits
    the same fact; offered on Taobao by inference or not (data, not a code's name)."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[sources]]\nid = "MINE"\ntitle = "Our account"\nkind = "user"\n\n'
        '[[reason_codes]]\nid = "acme_counterfeit"\nlabel = "Counterfeit"\n'
        'description = "Ours."\nipr_type = "trademark"\nplatforms = ["taobao"]\n'
        + ('inferred_platforms = ["taobao"]\n' if inferred else "")
        + 'severity = "serious"\nlightens_burden = true\nfacts = ["counterfeit_product"]\n'
        'effective_from = 2015-01-06\nsources = ["MINE"]\nconfidence = "user"\n',
        encoding="utf-8",
    )
    return ipprules.default_rulebook().with_overrides(path)


def test_ranking_reads_the_records_marks_not_a_code_name(tmp_path: Path) -> None:
    for inferred, first in ((False, "acme_counterfeit"), (True, "tm_counterfeit")):
        advice = ipprules.advise(
            "trademark",
            "taobao",
            facts=["counterfeit_product"],
            member=True,
            as_of=_AS_OF,
            rulebook=_book(tmp_path, inferred),
        )
        codes = [s.code for s in advice.admissible]
        assert codes[0] == first, (inferred, codes)
        # the embedded stand-in follows every code offered by the sources' word
        assert codes.index("gf_counterfeit_simplified") > codes.index("tm_counterfeit")


def test_cli_text_and_json_follow(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["advise", "--ipr-type", "trademark", "--platform", "taobao", "--member"]
    argv += ["--fact", "counterfeit_product", "--as-of", _AS_OF]
    code, out, _ = run_cli([*argv, "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["decision"]["code"] == "tm_counterfeit"
    rows = {s["code"]: s for s in data["admissible"]}
    assert rows["gf_counterfeit_simplified"]["offered_by_inference"] is True
    assert rows["tm_counterfeit"]["offered_by_inference"] is False
    code, out, _ = run_cli(argv, capsys)
    assert "Decision: file tm_counterfeit" in out
    assert "  1. tm_counterfeit" in out and "  2. gf_counterfeit_simplified" in out
