"""A history's (and a violations file's) column or key typed with a letter wrong listed every
known column and left the reader to find the one meant: it now names it first, as a plan's
unknown key does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.goodfaith.history import CSV_COLUMNS
from ipprules.penalties import read_violations

_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_LONG = [c for c in CSV_COLUMNS if len(c) >= 6]


def _dropped(name: str, at: int) -> str:
    """``name`` with one letter left out (not the first: a typo keeps the word's start)."""
    at = 1 + at % (len(name) - 1)
    return name[:at] + name[at + 1 :]


@_SETTINGS
@given(column=st.sampled_from(_LONG), at=st.integers(0, 20))
@example(column="taken_down", at=5)  # 'takendown': every column was listed, none named
def test_a_history_column_with_a_letter_missing_names_the_column(
    tmp_path: Path, column: str, at: int
) -> None:
    typo = _dropped(column, at)
    header = ["type", "date", "id", "platform", "reason_code", "listings"]
    header = [typo if c == column else c for c in header] + ([] if column in header else [typo])
    path = tmp_path / "history.csv"
    path.write_text(",".join(header) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        History.from_file(path)
    assert f"unknown column {typo!r} (did you mean {column!r}?)" in str(info.value)


@_SETTINGS
@given(column=st.sampled_from(_LONG), at=st.integers(0, 20))
@example(column="taken_down", at=8)
def test_a_history_key_with_a_letter_missing_names_the_key(
    tmp_path: Path, column: str, at: int
) -> None:
    typo = _dropped(column, at)
    path = tmp_path / "history.jsonl"
    path.write_text(
        '{"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao", '
        f'"reason_code": "tm_misuse", "listings": 3, "{typo}": "1"}}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        History.from_file(path)
    assert f"unknown key {typo!r} (did you mean {column!r}?)" in str(info.value)


@pytest.mark.parametrize(
    ("typo", "meant"), [("knd", "kind"), ("pionts", "points"), ("dat", "date")]
)
def test_a_violations_column_mistyped_names_the_column(
    tmp_path: Path, typo: str, meant: str
) -> None:
    path = tmp_path / "violations.csv"
    header = ",".join(typo if c == meant else c for c in ("date", "kind", "points"))
    path.write_text(header + "\n2024-01-01,general,2\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_violations(path)
    assert f"unknown column {typo!r} (did you mean {meant!r}?)" in str(info.value)
