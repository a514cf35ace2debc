"""An unknown start names every start ``deadline`` and ``deadlines_from`` take, once (review23).

The CLI listed ``ipr_submitted`` and ``notice_received`` twice (they are starts outside the
machine and ``starts_at`` names both); ``deadlines_from`` listed the machine's events only,
though it takes the starts outside the machine and the ``starts_at`` names as well, so a
misspelt ``complaint_filed`` had no suggestion.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ipprules.cli import main
from ipprules.errors import UnknownNameError
from ipprules.lifecycle import OUTSIDE_STARTS, Event, deadlines_from
from ipprules.lifecycle.states import STARTS_AT

STARTS = [*(e.value for e in Event), *OUTSIDE_STARTS, *STARTS_AT]


def _known(message: str) -> list[str]:
    return message.split("; known: ", 1)[1].strip().split(", ")


def test_the_cli_lists_each_start_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "zzz", "--on", "2024-09-27"]) == 2
    known = _known(capsys.readouterr().err)
    assert len(known) == len(set(known))
    assert set(STARTS) <= set(known)


def test_deadlines_from_lists_every_start_it_takes() -> None:
    with pytest.raises(UnknownNameError) as caught:
        deadlines_from("zzz", dt.date(2024, 9, 27))
    known = _known(str(caught.value))
    assert sorted(known) == sorted(set(STARTS))
    for name in known:  # each one listed is taken
        assert isinstance(deadlines_from(name, dt.date(2024, 9, 27)), tuple)


def test_a_misspelt_starts_at_name_has_its_suggestion() -> None:
    with pytest.raises(UnknownNameError) as caught:
        deadlines_from("complaint_filled", dt.date(2024, 9, 27))
    assert "did you mean 'complaint_filed'?" in str(caught.value)
