"""The counter-notice schema states the counts' ranges its reader allows (life13 left-over):
a quantity from 1, points from 0, both to 999,999,999. The schema said 0 to 1,000,000,000,
so a file it passed (quantity 0 or 1,000,000,000) was refused by ``ipprules counter-notice``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ipprules.counternotice import read_counter_notice
from ipprules.errors import InputError
from ipprules.schemas import schema

BASE = """platform = "1688"
complaint_date = 2024-06-10
brand = "Acme"

[seller]
points = {points}

[[seller.violations]]
date = 2024-03-01
kind = "general"
points = {vpoints}

[[purchases]]
id = "INV-1"
kind = "invoice"
date = 2024-02-20
quantity = {quantity}
"""


def _integer(prop: dict[str, Any]) -> dict[str, Any]:
    (member,) = [m for m in prop.get("anyOf", [prop]) if m.get("type") == "integer"]
    return member


def _ranges() -> dict[str, tuple[int, int]]:
    defs = schema("counter-notice")["$defs"]
    props = {
        "quantity": defs["Purchase"]["properties"]["quantity"],
        "points": defs["SellerFacts"]["properties"]["points"],
        "vpoints": defs["SellerViolation"]["properties"]["points"],
    }
    return {k: (_integer(p)["minimum"], _integer(p)["maximum"]) for k, p in props.items()}


def test_the_schema_states_each_counts_own_range() -> None:
    assert _ranges() == {
        "quantity": (1, 999_999_999),
        "points": (0, 999_999_999),
        "vpoints": (0, 999_999_999),
    }


@pytest.mark.parametrize("field", ["quantity", "points", "vpoints"])
def test_the_reader_takes_the_schemas_bounds_and_refuses_one_beyond(
    tmp_path: Path, field: str
) -> None:
    least, most = _ranges()[field]
    values = {"quantity": 5, "points": 0, "vpoints": 0}
    path = tmp_path / "cn.toml"
    for ok in (least, most):
        path.write_text(BASE.format(**{**values, field: ok}), encoding="utf-8")
        read_counter_notice(path)
    for bad in (least - 1, most + 1):
        path.write_text(BASE.format(**{**values, field: bad}), encoding="utf-8")
        with pytest.raises(InputError, match=f"from {least} to 999999999"):
            read_counter_notice(path)
