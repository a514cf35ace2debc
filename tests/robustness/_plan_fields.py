"""The fields of the example plan's records, with their type hints, for the tests that send a
hostile value to each field of a plan built in Python."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any


def example_fields(first: int | None = None) -> Iterator[tuple[str, int | None, str, Any]]:
    """``(record, index, field, hint)`` of every field of the example plan's account, rights
    and complaints (the first ``first`` of each, or all); ``index`` is None for the account."""
    import attrs

    from ipprules.checks import example_plan

    plan = example_plan()
    groups: tuple[tuple[str, list[Any]], ...] = (
        ("account", [plan.account]),
        ("rights", list(plan.rights)),
        ("complaints", list(plan.complaints)),
    )
    for where, records in groups:
        for index, record in enumerate(records[:first]):
            hints = typing.get_type_hints(type(record))
            at = index if where != "account" else None
            for field in attrs.fields(type(record)):
                yield where, at, field.name, hints[field.name]
