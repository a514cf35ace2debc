"""The rules schema states a lifecycle record's vocabulary, as loading does (pen20).

A lifecycle record's ``event`` and ``states`` are the lifecycle machine's own; the schema
used to accept any string there while loading refused it ("unknown event"), a disagreement
the schema-agreement test's draws found.
"""

from __future__ import annotations

import pytest

from ipprules.rulebook.model import LIFECYCLE_EVENTS, LIFECYCLE_STATES
from ipprules.schemas import schema

jsonschema = pytest.importorskip("jsonschema")


def _valid(event: str, states: list[str]) -> bool:
    record = {
        "id": "mine", "effective_from": "2020-01-01", "sources": ["S1"],
        "confidence": "user", "event": event, "states": states, "text": "ours",
    }  # fmt: skip
    return bool(jsonschema.Draft202012Validator(schema("rules")).is_valid({"lifecycle": [record]}))


@pytest.mark.parametrize("event", LIFECYCLE_EVENTS)
def test_every_lifecycle_event_is_accepted(event: str) -> None:
    assert _valid(event, [])


@pytest.mark.parametrize("event", ["", "Withdraw", "withdrawn", "bogus"])
def test_an_event_the_lifecycle_lacks_is_refused(event: str) -> None:
    assert not _valid(event, [])


def test_states_are_the_lifecycle_states() -> None:
    assert _valid("withdraw", list(LIFECYCLE_STATES[:2]))
    assert not _valid("withdraw", ["pending"])
