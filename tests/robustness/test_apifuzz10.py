"""Hostile calls to the public API the earlier sweeps called least (sweep apifuzz10): the
lifecycle's deadline helpers (``due_date``, ``next_deadlines``) and ... Only ``TypeError``
or an :class:`~ipprules.errors.IpprulesError` may escape; each test below failed before its
fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ipprules.errors import InputError, UnknownNameError
from ipprules.lifecycle import State, due_date, next_deadlines


class Boom(Exception):
    """A hostile argument's own method was called: it must never be."""


class HostileStr(str):
    """A str whose comparison, hash and string methods raise: read as its characters."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise Boom("__eq__")

    def __hash__(self) -> int:
        raise Boom("__hash__")

    def __str__(self) -> str:
        raise Boom("__str__")

    def __repr__(self) -> str:
        raise Boom("__repr__")

    def strip(self, chars: str | None = None) -> str:
        raise Boom("strip")


def test_due_date_reads_a_str_subclass_as_its_characters() -> None:
    """due_date hashed a str subclass unit (its own __hash__, in a dict lookup), and a start
    date that is no date called its strip (as_date's hint)."""
    assert due_date("2024-09-27", 3, HostileStr("calendar_days")) == dt.date(2024, 9, 30)
    assert due_date(HostileStr("2024-09-27"), 24, HostileStr("hours")) == dt.date(2024, 9, 28)
    with pytest.raises(UnknownNameError, match="fortnights"):
        due_date("2024-09-27", 3, HostileStr("fortnights"))
    with pytest.raises(InputError, match="2024/09/27"):
        due_date(HostileStr("2024/09/27"), 3, "calendar_days")


def test_next_deadlines_reads_a_str_subclass_date() -> None:
    """next_deadlines(ipr_submitted_on=, notice_received_on=) called a str subclass's own
    strip when it was no date."""
    for option in ("ipr_submitted_on", "notice_received_on"):
        with pytest.raises(InputError, match="expected a date"):
            next_deadlines(State.UNDER_REVIEW, {}, **{option: HostileStr("27 Sep 2024")})
