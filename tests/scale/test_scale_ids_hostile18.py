"""A complaint id given twice in the histories read by ``ipprules.scale.standings``: the
error names the repeat's line (it did) and the first one's line in its own file (it named a
line of the account's rows alone: 'first on line 2' for a first row on line 4, or a line of
the repeat's file for a first row in another file)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.scale import standings

HEADER = "account,type,date,id,platform,reason_code,listings,taken_down\n"


def _row(account: str, id_: str, day: int = 7) -> str:
    return f"{account},complaint,2024-01-{day:02d},{id_},taobao,tm_counterfeit,3,3\n"


def test_the_first_of_a_repeated_id_is_named_at_its_line_among_other_accounts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.csv"
    rows = [_row("b", "C9"), _row("b", "C8"), _row("a", "C1"), _row("b", "C7"), _row("a", "C1")]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    with pytest.raises(InputError) as one:
        History.by_account(path)
    assert "(first on line 4;" in str(one.value)  # one machine
    with pytest.raises(InputError) as many:
        standings(str(path), "2024-02-01").compute(scheduler="synchronous")
    assert str(many.value) == (
        f"{path}:6:24: $.id: duplicate id 'C1' (first on line 4; 1 id(s) repeat)"
    )


def test_a_first_row_in_another_file_is_named_with_its_file(tmp_path: Path) -> None:
    (tmp_path / "h1.csv").write_text(HEADER + _row("a", "C1") + _row("a", "C2"), encoding="utf-8")
    (tmp_path / "h2.csv").write_text(HEADER + _row("a", "C3") + _row("a", "C1", 9), "utf-8")
    with pytest.raises(InputError) as many:
        standings(str(tmp_path / "h*.csv"), "2024-02-01").compute(scheduler="synchronous")
    assert str(many.value) == (
        f"{tmp_path / 'h2.csv'}:3:24: $.id: duplicate id 'C1' (first on "
        f"{tmp_path / 'h1.csv'} line 2; 1 id(s) repeat)"
    )
