"""Cases of sweep rules22, written from the rule text (ipp-rules.md) alone.

Each test quotes the sentence it checks. The rest of the sweep's 30 cases (business days
across China's holidays, penalties' expiry, the path to Good Faith, coverage, documents,
lifecycle) agreed with the library and are recorded in the sweep's notes.
"""

from __future__ import annotations

import json

import pytest

from ipprules.checks import catalogue
from ipprules.cli import main


def _explain(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code = main(["explain", *argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


#: The planner's codes that a rule of the book decides (the check named beside each).
PLANNER_CHECKS = {
    "reason-not-admissible": ("reason-wrong-ipr-type",),
    "storefront-not-allowed": ("storefront-not-allowed",),
    "right-place-not-accepted": ("right-place-not-accepted",),
    "platform-not-in-force": ("platform-unknown",),
    "missing-order": ("evidence-missing",),
    "wrong-kind": ("listing-wrong-kind",),
}


@pytest.mark.parametrize("code", sorted(PLANNER_CHECKS))
def test_a_planner_rejection_decided_by_a_rule_cites_its_rules_and_sources(
    capsys: pytest.CaptureFixture[str], code: str
) -> None:
    """B16: "a wrong reason code cannot be fixed"; product C3/C7: every rejection with its
    reason, and every answer with "the rule ids and sources". A line ``ipprules plan`` rejects
    for a rule (a reason not admissible, a store front where there are none, a place of
    registration the platform refuses) is explained with that rule, as the check is."""
    everything = _explain(capsys)
    assert isinstance(everything, list)
    # the planner's entry (a check of the same name answers explain CODE too)
    (entry,) = [e for e in everything if e["code"] == code and e["severity"] == "rejected"]
    expected_rules = {r for check in PLANNER_CHECKS[code] for r in catalogue()[check].rules}
    expected_sources = {s for check in PLANNER_CHECKS[code] for s in catalogue()[check].sources}
    assert expected_rules <= set(entry["rules"]), code
    assert expected_sources <= set(entry["sources"]), code
    assert len(entry["rules"]) == len(set(entry["rules"]))


def test_reason_not_admissible_names_b16_with_its_confidence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """B16: "Reason codes depend on the IPR type": the planner's refusal of a reason cites B16,
    and the text annotates each rule with the confidence of the records that cite it."""
    entry = _explain(capsys, "reason-not-admissible")
    assert isinstance(entry, dict)
    assert "B16" in entry["rules"]
    assert "BRIEF" in entry["sources"]
    assert main(["explain", "reason-not-admissible"]) == 0
    text = capsys.readouterr().out
    assert "Rules: B16 (" in text
    assert "check:reason-wrong-ipr-type" in text


def test_every_planner_rejection_in_the_full_list_carries_the_same_rules(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``ipprules explain`` (every code) gives a planner code the rules ``explain CODE`` gives."""
    from ipprules.cli.explain import PLANNER_CHECKS as mapped

    everything = _explain(capsys)
    assert isinstance(everything, list)
    planner = {
        e["code"]: e for e in everything if e["severity"] == "rejected" and e["code"] in mapped
    }
    assert set(planner) == set(mapped)
    for code, entry in planner.items():
        alone = _explain(capsys, code)
        assert isinstance(alone, dict)
        if alone["severity"] == "rejected":  # not a check of the same name
            assert entry["rules"] == alone["rules"]


def test_planner_checks_name_only_codes_of_the_check_catalogue() -> None:
    """The mapping names findings that exist (a renamed check would otherwise drop rules)."""
    from ipprules.cli.explain import PLANNER_CHECKS as mapped

    known = set(catalogue())
    for code, checks in mapped.items():
        assert checks, code
        assert set(checks) <= known, code
