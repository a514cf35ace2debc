"""docsrules1: rules the docs state, checked against the rule text and the code.

The one-order-per-complaint rule behind ``order-number-several`` is the rule book's own
inference: B17 only says that "a document (e.g. test purchase images) may be attached", and no
source limits a complaint to one test-purchase order (the ``order_number`` document record is
``inferred``). Like every other finding resting on an inferred record, the error must say so.
"""

from __future__ import annotations

from pathlib import Path

import ipprules

PLAN = """
as_of = 2026-11-23

[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
category = "right_holder"
incorporated = "HK"
documents = [
  { kind = "business_registration", name = "Lumen Optics Co., Ltd.", valid_until = 2027-06-30 },
]
registered = true
complaints_filed = 40

[[rights]]
id = "tm-cn-9"
ipr_type = "trademark"
name = "LUMEN"
place = "CN"
number = "31234567"
registration_date = 2019-06-14
expiry_date = 2029-06-13
classes = [9]
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "trademark_certificate", colour = true, language = "zh" }]

[[complaints]]
id = "tb-tp"
platform = "taobao"
right = "tm-cn-9"
reason = "tm_counterfeit_test_purchase"
supplement = "A test purchase showed the goods are counterfeit."
evidence = [{ kind = "test_purchase_report", language = "en" }]
order_number = "ORDER"
listings = ["https://item.taobao.com/item.htm?id=612345678901"]
"""


def _findings(tmp_path: Path, order: str) -> dict[str, ipprules.Finding]:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN.replace("ORDER", order), encoding="utf-8")
    report = ipprules.check(ipprules.read_plan(path))
    return {f.code: f for f in report.findings}


def test_several_orders_is_an_error_marked_as_resting_on_an_inference(tmp_path: Path) -> None:
    record = ipprules.default_rulebook().as_of("2026-11-23").document("order_number")
    assert str(record.confidence) == "inferred"  # the record the finding rests on
    found = _findings(tmp_path, "1234567890123456, 2234567890123456")
    several = found["order-number-several"]
    assert several.severity.value == "error"
    assert several.message.endswith("[confidence inferred: B17]"), several.message
    assert several.rule_ids == ("B17",)
    assert "order-number-several" not in _findings(tmp_path, "1234567890123456")
