"""newuser14 (a new user's inconsistencies): a value typo gets the "did you mean" a key typo
gets; the one-column URL text of ``listings`` and ``plan`` reads its header the same way; the
views and dicts of the result types that lacked them."""

from __future__ import annotations

import json

import pytest

from ipprules import InputError
from ipprules.checks import plan_from_data
from ipprules.goodfaith import read_history


def test_a_value_typo_in_a_file_gets_a_did_you_mean() -> None:
    data = {"account": {"location": "mainland_chin"}}
    with pytest.raises(InputError) as caught:
        plan_from_data(data)
    assert "(did you mean 'mainland_china'?)" in str(caught.value)


def test_a_value_far_from_every_choice_gets_no_suggestion() -> None:
    with pytest.raises(InputError) as caught:
        plan_from_data({"account": {"location": "zzzzzzzzzzzz"}})
    assert "did you mean" not in str(caught.value)


def test_a_history_outcome_typo_gets_a_did_you_mean(tmp_path) -> None:  # type: ignore[no-untyped-def]
    line = {
        "type": "complaint",
        "date": "2023-01-06",
        "platform": "tmall",
        "reason_code": "y",
        "items": [{"outcome": "taken_dwn"}],
    }
    path = tmp_path / "h.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_history(path)
    assert "(did you mean 'taken_down'?)" in str(caught.value)
