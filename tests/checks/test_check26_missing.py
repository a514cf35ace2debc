"""check26: a record a check needs that a user's rule file leaves out of a day is never a
silent gap (``rule-record-missing``, severity unknown).

A file's record replaces the base's records of its id for every date (docs/rulebook.md), so
a file giving the portal ``max_listings = 200`` from 2024-01-01 leaves 2020 with no portal
record: ``check`` on a 2020 complaint of 350 listings said nothing about the limit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import check, default_rulebook, explain, load_rulebook
from ipprules.checks import plan_from_data
from ipprules.rulebook import RuleBook

PORTAL_2024 = """
[[channels]]
id = "portal"
name = "IPP portal"
max_listings = 200
effective_from = 2024-01-01
sources = ["BRIEF"]
confidence = "user"
"""

LIMIT = """
[[limits]]
id = "{id}"
value = {value}
unit = "{unit}"
description = "mine"
effective_from = {start}
sources = ["BRIEF"]
confidence = "user"
"""


def _plan(day: str, count: int, *, filed: int = 0, expiry: str = "2030-01-01") -> Any:
    return plan_from_data(
        {
            "as_of": day,
            "account": {
                "name": "Acme Ltd",
                "location": "elsewhere",
                "identity": "enterprise",
                "category": "right_holder",
                "documents": ["business_registration"],
                "registered": True,
                "complaints_filed": filed,
            },
            "rights": [
                {
                    "id": "tm",
                    "ipr_type": "trademark",
                    "name": "ACME",
                    "place": "CN",
                    "number": "1",
                    "registration_date": "2015-01-01",  # before every expiry below (left4)
                    "expiry_date": expiry,
                    "classes": [9],
                    "registrant": "Acme Ltd",
                    "documents": ["trademark_certificate"],
                }
            ],
            "complaints": [
                {
                    "id": "c1",
                    "right": "tm",
                    "platform": "taobao",
                    "reason": "taobao_tm_counterfeit",
                    "filing_date": day,
                    "listings": [
                        f"https://item.taobao.com/item.htm?id={600000000000 + j}"
                        for j in range(count)
                    ],
                }
            ],
        }
    )


def _book(tmp_path: Path, text: str, name: str = "rules.toml") -> RuleBook:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rulebook(path)


def _codes(plan: Any, book: RuleBook | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check(plan, rulebook=book).findings:
        out.setdefault(f.code, []).append(f.message)
    return out


def test_a_portal_from_2024_is_no_silent_gap_in_2020(tmp_path: Path) -> None:
    book = _book(tmp_path, PORTAL_2024)
    found = _codes(_plan("2020-03-02", 350), book)
    assert "listings-too-many" not in found
    (message,) = found["rule-record-missing"]
    assert "channels/portal" in message and "2020-03-02" in message and "2024-01-01" in message
    assert "rule-record-missing" not in _codes(_plan("2024-03-01", 350), book)
    assert "listings-too-many" in _codes(_plan("2024-03-01", 350), book)


def test_the_embedded_book_never_says_it(tmp_path: Path) -> None:
    for day in ("2015-01-06", "2020-03-02", "2026-11-23"):
        assert "rule-record-missing" not in _codes(_plan(day, 350, expiry=day), None)


def test_the_code_is_explained() -> None:
    entry = explain("rule-record-missing")
    assert entry.severity.value == "unknown" and "every date" in entry.explanation


#: The limits a check reads, and a plan the full book gives a finding of each on.
CASES = {
    "large_batch": ("new-filer-large-batch", {"count": 350, "filed": 0}),
    "track_record": ("new-filer-large-batch", {"count": 350, "filed": 0}),
    "expiry_warning": ("right-expires-soon", {"count": 1, "expiry": "2020-03-20"}),
    "trademark_classes": (None, {"count": 1}),
}


@pytest.mark.no_cover
@settings(max_examples=20, deadline=None, derandomize=True)
@given(
    limit=st.sampled_from(sorted(CASES)),
    start=st.dates(min_value=default_rulebook().coverage_from, max_value=dt.date(2026, 1, 1)),
)
def test_a_limit_starting_later_is_never_silent(
    tmp_path_factory: Any, limit: str, start: Any
) -> None:
    """A user file's record of a limit from ``start`` (the base's value): on a day before it,
    ``check`` gives the full book's finding or ``rule-record-missing``, never neither."""
    base = {r.id: r for r in default_rulebook().records("limits") if r.interpretation is None}
    record: Any = base[limit]
    text = LIMIT.format(id=limit, value=record.value, unit=record.unit, start=start)
    book = _book(tmp_path_factory.mktemp("b"), text)
    code, given_kwargs = CASES[limit]
    kwargs = dict(given_kwargs)
    count = kwargs.pop("count")
    plan = _plan("2020-03-02", count, **kwargs)
    full = _codes(plan, None)
    mine = _codes(plan, book)
    if code is not None:
        assert code in full
    if str(start) <= "2020-03-02":
        assert "rule-record-missing" not in mine
        assert (code in mine) if code is not None else True
    else:
        assert "rule-record-missing" in mine
        assert any(limit in m for m in mine["rule-record-missing"])


def test_a_listing_in_two_complaints_is_no_silent_gap(tmp_path: Path) -> None:
    """complaints_per_listing from a later date: a listing filed twice in 2020 says so."""
    base: Any = {r.id: r for r in default_rulebook().records("limits")}["complaints_per_listing"]
    text = LIMIT.format(id=base.id, value=base.value, unit=base.unit, start="2024-01-01")
    plan = _plan("2020-03-02", 2)
    twice = attrs.evolve(plan.complaints[0], id="c2")
    plan = attrs.evolve(plan, complaints=(*plan.complaints, twice))
    assert "listing-duplicate-in-plan" in _codes(plan, None)
    found = _codes(plan, _book(tmp_path, text))
    assert "listing-duplicate-in-plan" not in found
    (message,) = found["rule-record-missing"]  # once for the complaint, not per listing
    assert "limits/complaints_per_listing" in message


def test_a_lazada_limit_starting_later_is_no_silent_gap(tmp_path: Path) -> None:
    """lazada_attachments from 2024: a 2020 Lazada complaint with evidence says so; a Taobao
    one (the limit is not Lazada's) does not."""
    base: Any = {r.id: r for r in default_rulebook().records("limits")}["lazada_attachments"]
    text = LIMIT.format(id=base.id, value=base.value, unit=base.unit, start="2024-01-01")
    text += f"platforms = {list(base.platforms)!r}\n".replace("'", '"')
    book = _book(tmp_path, text)
    plan = _plan("2020-03-02", 1)
    taobao = attrs.evolve(plan.complaints[0], evidence=("test_purchase_report",))
    lazada = attrs.evolve(
        taobao,
        platform="lazada_sg",
        listings=("https://www.lazada.sg/products/x-i123456789.html",),
    )
    gaps = _codes(attrs.evolve(plan, complaints=(lazada,)), book).get("rule-record-missing", [])
    assert any("limits/lazada_attachments" in m for m in gaps)
    assert "rule-record-missing" not in _codes(attrs.evolve(plan, complaints=(taobao,)), book)
