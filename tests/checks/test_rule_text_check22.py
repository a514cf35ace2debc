"""check22: findings cite the rules they rest on, from the rule text: a Hong Kong or Taiwan
mark refused on Taobao, Tmall or 1688 cites R39 (the rule for exactly that case), and the
abuse findings cite the rules of the Good Faith consequence they add (the bar of each reading
named, B21 or R69 and R82; the lock-out, R72; the programme's platforms, R79), not the whole
Good Faith record (its thresholds)."""

from __future__ import annotations

from typing import Any

import pytest

from .test_rule_text_check21 import _cites_its_sources, _findings, taking

READINGS = ("brief", "official")


def _one(data: dict[str, Any], code: str, interpretation: str) -> Any:
    (found,) = [f for f in _findings(data, interpretation) if f.code == code]
    return found


@pytest.mark.parametrize("interpretation", READINGS)
@pytest.mark.parametrize("platform", ["taobao", "tmall", "1688"])
@pytest.mark.parametrize("place", ["HK", "TW"])
def test_a_hong_kong_or_taiwan_mark_on_a_mainland_platform_cites_r39(
    place: str, platform: str, interpretation: str
) -> None:
    found = _one(taking(platform, right_place=place), "right-place-not-accepted", interpretation)
    assert {"R35", "R39"} <= set(found.rule_ids)
    assert "R39" in found.message and "not a mainland-China right" in found.message
    assert _cites_its_sources(found.rule_ids, found.sources) == []


@pytest.mark.parametrize("interpretation", READINGS)
def test_a_mark_from_elsewhere_on_taobao_does_not_cite_r39(interpretation: str) -> None:
    found = _one(taking("taobao", right_place="US"), "right-place-not-accepted", interpretation)
    assert "R35" in found.rule_ids and "R39" not in found.rule_ids
    assert "R39" not in found.message


ABUSE = [
    ("genuine_goods", "complaint-genuine-goods", ("R69", "R80", "R81", "R82")),
    ("authorised_reseller", "complaint-authorised-reseller", ("R80", "R81")),
    ("competitor_no_infringement", "complaint-against-competitor", ("R80", "R82")),
]

#: Rules of the Good Faith record an abuse finding does not rest on: the thresholds and
#: admission rules (R49 per reason code, R71 the rates, R73 withdrawal, R74 admission, R75
#: the 2022 upgrade, R76 the lighter burden, R77, D1, D2).
NOT_CITED = {"R49", "R71", "R73", "R74", "R75", "R76", "R77", "D1", "D2"}


@pytest.mark.parametrize("interpretation", READINGS)
@pytest.mark.parametrize(("flag", "code", "own"), ABUSE)
def test_an_abuse_finding_cites_its_rules_and_its_consequences_not_the_good_faith_record(
    flag: str, code: str, own: tuple[str, ...], interpretation: str
) -> None:
    found = _one(taking("taobao", **{f"complaint_{flag}": True}), code, interpretation)
    assert "Good Faith rules in force" in found.message
    assert set(own) <= set(found.rule_ids)
    # the message names both readings' bars: the brief's B21 and the official R69, R82
    assert {"B21", "R69", "R82", "R72", "R79"} <= set(found.rule_ids)
    assert not NOT_CITED & set(found.rule_ids)
    assert _cites_its_sources(found.rule_ids, found.sources) == []


@pytest.mark.parametrize(("flag", "code", "own"), ABUSE)
def test_an_abuse_finding_off_the_programmes_platforms_cites_its_own_rules(
    flag: str, code: str, own: tuple[str, ...]
) -> None:
    data = taking("aliexpress", **{f"complaint_{flag}": True})
    found = _one(data, code, "official")
    assert "Good Faith" not in found.message
    assert set(found.rule_ids) == set(own)
