"""check24: R35 takes on Taobao, Tmall and 1688 "a Madrid registration with a China
territorial-extension certificate (R25)". A Madrid mark entered under the International
Register's code (WO) that holds the certificate is planned, as ``check`` accepts it; without
the certificate it stays refused for its place."""

from __future__ import annotations

import attrs
import pytest
from planner_accounts import make_account

from ipprules.checks.model import IprType, Plan, Right
from ipprules.planner import PlanLine, Status, plan_listings

DAY = "2026-11-23"
URLS = {
    "taobao": "https://item.taobao.com/item.htm?id=606832683299",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "1688": "https://detail.1688.com/offer/585943639773.html",
}


def _account(documents: tuple[str, ...]) -> Plan:
    account = make_account()
    right = Right(
        id="tm-wo",
        ipr_type=IprType.TRADEMARK,
        place="WO",
        name="ACME",
        number="1234567",
        madrid=True,
        registrant="Acme Ltd",
        documents=documents,
    )
    return attrs.evolve(account, rights=(*account.rights, right))


@pytest.mark.parametrize("platform", list(URLS))
@pytest.mark.parametrize("extended", [True, False])
def test_a_madrid_mark_entered_as_wo_with_the_extension_certificate_is_planned(
    platform: str, extended: bool
) -> None:
    held = ("trademark_certificate", *(("madrid_extension_certificate",) if extended else ()))
    account = _account(held)
    line = PlanLine(line=1, url=URLS[platform], right="tm-wo", reason="tm_counterfeit")
    (outcome,) = plan_listings([line], account, as_of=DAY).outcomes
    if extended:
        assert outcome.status is Status.PLANNED, outcome
    else:
        assert outcome.code == "right-place-not-accepted"
