"""Every public attrs class of ipprules.counternotice and ipprules.lifecycle refuses a value
of the wrong Python type when it is built, with a TypeError naming the field (sweep life15).
The input records did since life13; the result records (a report, a deadline, a batch, an
assessment) took anything, and a wrong value surfaced later (``as_dict``) as an
AttributeError. One row a field of every class; a new class or field must get its row."""

from __future__ import annotations

import enum
import typing
from datetime import date
from typing import Any

import attrs
import pytest

import ipprules.counternotice as counternotice
import ipprules.lifecycle as lifecycle
from ipprules.counternotice import CounterNotice, SellerFacts, assess_counter_notice
from ipprules.lifecycle import (
    Event,
    EventRecord,
    State,
    event_info,
    lifecycle_report,
    reject_counter_notices,
    state_info,
    transitions,
)
from ipprules.rulebook import default_rulebook

#: Fields that take anything: the key of a batch item is the caller's own.
ANY_TYPE = {("ItemResult", "key")}


def _public_records() -> dict[str, type]:
    found = {}
    for module in (counternotice, lifecycle):
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and attrs.has(value):
                found[name] = value
    return found


def _instances() -> dict[str, object]:
    """A valid record of every public attrs class, most of them as the library builds them."""
    late = [
        EventRecord("ipr_verified", on="2024-05-31"),
        EventRecord("takedown", on="2024-06-03"),
        EventRecord("counter_notice_filed", on="2024-06-07"),
    ]
    report = lifecycle_report(late, platform="aliexpress")
    official = default_rulebook().as_of("2024-06-07", "official")
    withdrawn = lifecycle_report(["ipr_verified", "withdraw"], official)
    batch = reject_counter_notices({"A": State.COUNTER_NOTIFIED_1}, "forged")
    notice = CounterNotice(
        platform="1688", complaint_date=date(2024, 6, 10), seller=SellerFacts(points=60)
    )
    from ipprules.counternotice import Authorisation, Purchase, SellerViolation
    from ipprules.lifecycle import ComplaintEvents

    return {
        "Assessment": assess_counter_notice(notice),
        "Authorisation": Authorisation(id="LOA-1", brand="Acme"),
        "CounterNotice": notice,
        "Purchase": Purchase(id="INV-1", kind="invoice", date="2024-01-02"),
        "SellerFacts": notice.seller,
        "SellerViolation": SellerViolation(date="2024-01-02", kind="general"),
        "BatchResult": batch,
        "ItemResult": batch.items[0],
        "ComplaintEvents": ComplaintEvents(events=tuple(late)),
        "DeadlineFlag": report.flags[0],
        "DeadlineHook": state_info(State.TAKEN_DOWN).deadlines[0],
        "DeadlineResult": report.deadlines[0],
        "EventInfo": event_info(Event.TAKEDOWN),
        "EventRecord": late[0],
        "LifecycleReport": report,
        "ReadingNote": withdrawn.readings[0],
        "StateInfo": state_info(State.TAKEN_DOWN),
        "TraceMove": report.moves[1][0],
        "Transition": transitions()[0],
    }


INSTANCES = _instances()


def _wrong_values(hint: Any, converted: bool) -> list[object]:
    """Values of a wrong Python type for a field of type ``hint``: a float everywhere (no field
    takes one), a bool for an int, 1 for a bool, an enum's text for the enum (where the field
    does not convert its names: ``EventRecord("takedown")``), a tuple of a float for a tuple
    of items."""
    wrong: list[object] = [3.5]
    kinds = (
        typing.get_args(hint)
        if typing.get_origin(hint) in (typing.Union, type(int | None))
        else (hint,)
    )
    for kind in kinds:
        if kind is int:
            wrong.append(True)
        elif kind is bool:
            wrong.append(1)
        elif isinstance(kind, type) and issubclass(kind, enum.Enum) and not converted:
            wrong.append(next(iter(kind)).value)
        elif typing.get_origin(kind) is tuple:
            wrong.append((3.5,))
    return wrong


def _rows() -> list[Any]:
    from ipprules.penalties import PenaltyStanding
    from ipprules.rulebook.model import Answer, Deadline, Source

    # the names the records' modules import only for type checking
    names = {"PenaltyStanding": PenaltyStanding, "Answer": Answer, "Deadline": Deadline,
             "Source": Source}  # fmt: skip
    rows = []
    for name, cls in sorted(_public_records().items()):
        hints = typing.get_type_hints(cls, localns=names)
        for field in attrs.fields(cls):
            if (name, field.name) in ANY_TYPE:
                continue
            for wrong in _wrong_values(hints[field.name], field.converter is not None):
                rows.append(
                    pytest.param(name, field.alias, wrong, id=f"{name}.{field.name}={wrong!r}")
                )
    return rows


def test_every_public_record_has_an_instance() -> None:
    assert set(INSTANCES) == set(_public_records())
    for name, cls in _public_records().items():
        assert type(INSTANCES[name]) is cls


@pytest.mark.parametrize(("name", "field", "wrong"), _rows())
def test_a_wrong_type_is_refused_naming_the_field(name: str, field: str, wrong: object) -> None:
    with pytest.raises(TypeError, match=field.lstrip("_")):
        attrs.evolve(INSTANCES[name], **{field: wrong})


@pytest.mark.parametrize("name", sorted(INSTANCES))
def test_the_right_types_are_taken(name: str) -> None:
    """Guard: every record evolves into itself (its own values are of the right types)."""
    record = INSTANCES[name]
    assert attrs.evolve(record) == record
