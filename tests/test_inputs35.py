"""Left-overs of inputs34 and scale18: the used-up generator refusal at the Dask doors and
History.with_records, Parquet and JSON Lines history names read as a CSV header's, and
``plan --open`` refusing another command's document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

import ipprules
from ipprules.goodfaith import Complaint, History
from ipprules.listings import StreamConsumedError

_ACCOUNTS = "examples/history-accounts.csv"
_COMPLAINTS = [
    Complaint(
        filed="2023-09-01",
        platform="taobao",
        reason_code="tm_counterfeit",
        listings=5,
        taken_down=5,
    )
]


def _with_records(items: Iterable[Any]) -> object:
    return repr(History.from_file("examples/history.csv").with_records(items))


def _standings(**options: Any) -> object:
    scale = pytest.importorskip("ipprules.scale")
    table = scale.standings(_ACCOUNTS, "2023-04-30", **options).compute(scheduler="synchronous")
    return table.to_dict("records")


# Each door: its items, and a call giving a comparable answer from an iterable of them.
_DOORS: dict[str, tuple[list[Any], Callable[[Iterable[Any]], object]]] = {
    "History.with_records": (_COMPLAINTS, _with_records),
    "standing trial": (
        [2021],
        lambda items: ipprules.standing(
            History.from_file(_ACCOUNTS, account="acme"), "2023-04-30", trial=items
        ).to_dict(),
    ),
    "scale.standings trial": ([2021], lambda items: _standings(trial=items)),
    "scale.standings metrics": ([], lambda items: _standings(metrics=items)),
    "scale.read_histories require_columns": (
        ["account"],
        lambda items: (
            pytest.importorskip("ipprules.scale")
            .read_histories(_ACCOUNTS, require_columns=items)
            .compute(scheduler="synchronous")
            .shape
        ),
    ),
}


def _stream(items: list[Any]) -> Iterator[Any]:
    yield from items


@pytest.mark.parametrize("door", sorted(_DOORS))
def test_a_generator_already_read_is_refused_at_the_dask_doors_too(door: str) -> None:
    items, call = _DOORS[door]
    used = _stream(items)
    assert list(used) == items
    with pytest.raises(StreamConsumedError, match=r"read to its end.*list\(\.\.\.\)"):
        call(used)


@pytest.mark.parametrize("door", sorted(_DOORS))
def test_a_fresh_generator_answers_as_the_list_does_at_the_dask_doors(door: str) -> None:
    items, call = _DOORS[door]
    assert call(_stream(items)) == call(items)
