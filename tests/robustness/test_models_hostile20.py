"""Hostile input, sweep 20: public records built in Python with junk fields, and folders.

Each test here failed before the fix it pins (an AttributeError, OSError or bare ValueError
escaped a public function).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

import ipprules
from ipprules.checks import example_plan
from ipprules.counternotice import (
    CounterNotice,
    Purchase,
    SellerFacts,
    assess_counter_notice,
    read_counter_notice,
)
from ipprules.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    ("complaints", "message"),
    [
        (["x"], r"complaints\[0\] must be a Complaint, got str"),
        ("x", "complaints must be a tuple, got str"),
        ({"a": 1}, "complaints must be a tuple, got dict"),
        ((c for c in ()), "complaints must be a tuple, got generator"),
        ([None], r"complaints\[0\] must be a Complaint, got None"),
    ],
)
def test_plan_complaints_of_another_type_are_a_type_error(complaints: Any, message: str) -> None:
    """``Plan(complaints=["x"])`` was ``AttributeError: 'str' object has no attribute
    'target'`` from ``check``, ``validate``, ``is_valid``, ``iter_findings``."""
    plan = attrs.evolve(example_plan(), complaints=complaints)
    for call in (ipprules.check, ipprules.validate, ipprules.is_valid):
        with pytest.raises(TypeError, match=message):
            call(plan, as_of="2024-01-02")


def test_plan_complaints_as_a_list_still_check_as_the_tuple() -> None:
    plan = example_plan()
    listed = attrs.evolve(plan, complaints=list(plan.complaints))
    assert (
        ipprules.check(listed, as_of="2024-01-02").findings
        == ipprules.check(plan, as_of="2024-01-02").findings
    )


def _notice() -> CounterNotice:
    return read_counter_notice(EXAMPLES / "counter-notice-1688.toml")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("purchases", ["x"], r"purchases\[0\] must be a Purchase, got str"),
        ("purchases", "x", "purchases must be a tuple, got str"),
        ("purchases", {"a": 1}, "purchases must be a tuple, got dict"),
        ("authorisations", ["x"], r"authorisations\[0\] must be an Authorisation, got str"),
        ("authorisations", b"x", "authorisations must be a tuple, got bytes"),
        ("seller", None, "seller must be a SellerFacts, got None"),
        ("seller", {"points": 3}, "seller must be a SellerFacts, got dict"),
        ("brand", 3, "brand must be a str or None, got int"),
        ("brand", b"Acme", "brand must be a str or None, got bytes"),
    ],
)
def test_counter_notice_fields_of_another_type_are_a_type_error(
    field: str, value: Any, message: str
) -> None:
    """``CounterNotice(purchases=["x"])`` or ``seller=None`` ended in an AttributeError inside
    ``assess_counter_notice``; ``brand=3`` was assessed as given. The record itself refuses
    it now (life13), and ``assess_counter_notice`` still does (a record changed after)."""
    with pytest.raises(TypeError, match=message):
        attrs.evolve(_notice(), **{field: value})
    notice = _notice()
    object.__setattr__(notice, field, value)  # past the record's own check
    with pytest.raises(TypeError, match=message):
        assess_counter_notice(notice)


def test_seller_violations_of_another_type_are_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^violations\[0\] must be a SellerViolation"):
        SellerFacts(violations=("x",))  # type: ignore[arg-type]
    facts = SellerFacts()
    object.__setattr__(facts, "violations", ("x",))
    notice = attrs.evolve(_notice(), seller=facts)
    with pytest.raises(TypeError, match=r"seller.violations\[0\] must be a SellerViolation"):
        assess_counter_notice(notice)


def test_counter_notice_lists_are_assessed_as_tuples() -> None:
    """A list where a tuple is typed is read as the tuple (as a plan's lists are)."""
    invoice = Purchase(id="INV-1", kind="invoice", date="2024-02-20", quantity=12)
    as_tuple = CounterNotice(
        platform="alibaba_com", complaint_date=dt.date(2024, 6, 10), purchases=(invoice,)
    )
    as_list = attrs.evolve(as_tuple, purchases=[invoice])
    assert assess_counter_notice(as_list).codes == assess_counter_notice(as_tuple).codes
    assert "cn-purchase-quantity-low" in assess_counter_notice(as_list).codes


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a\0b", "a folder name cannot contain a NUL character"),
        ("x" * 300, "cannot use the folder: File name too long"),
        ("\ud800", "cannot use the folder: .*surrogates not allowed"),
    ],
    ids=["nul", "too-long", "surrogate"],
)
def test_a_folder_name_the_system_refuses_is_an_input_error(
    name: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ReconciliationFiles("x" * 300)`` was an OSError, ``"a\\0b"`` a bare ValueError and a
    lone surrogate a UnicodeEncodeError; ``export`` goes through the same check."""
    from ipprules.planner import ReconciliationFiles, export, plan_listings

    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        ReconciliationFiles(name)
    result = plan_listings((), example_plan(), as_of="2024-01-02")
    with pytest.raises(InputError, match=message):
        export(result, name)
    assert list(tmp_path.iterdir()) == []
