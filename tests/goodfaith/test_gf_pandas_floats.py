"""Counts written as pandas writes an integer column that holds a missing value (``20.0``): the
refusal says what to do, in the history readers and the penalties reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.penalties import read_violations

HINT = "astype('Int64')"

HISTORIES = {
    "plain": "type,date,platform,reason_code,listings,taken_down\n"
    "complaint,2024-01-05,taobao,tm_misuse,{n},20\n",
    "quoted": "type,date,platform,reason_code,listings,taken_down,note\n"
    'complaint,2024-01-05,taobao,tm_misuse,"{n}",20,"a, b"\n',
    "ids": "type,date,id,platform,reason_code,listings,taken_down\n"
    "complaint,2024-01-05,C1,taobao,tm_misuse,{n},20\n",
}


@pytest.mark.parametrize("layout", sorted(HISTORIES))
@pytest.mark.parametrize(("count", "hinted"), [("20.0", True), ("20.00", True), ("20.5", False)])
def test_a_history_count_with_a_decimal_point_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str, count: str, hinted: bool
) -> None:
    path = tmp_path / "h.csv"
    path.write_text(HISTORIES[layout].format(n=count), encoding="utf-8")
    with pytest.raises(InputError) as info:
        History.from_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}:2:")
    assert f"$.listings: expected a non-negative integer, got '{count}'" in message
    assert (HINT in message) is hinted
    assert main(["good-faith", str(path), "--as-of", "2024-02-01"]) == 2
    assert (HINT in capsys.readouterr().err) is hinted


@pytest.mark.parametrize(("points", "hinted"), [("2.0", True), ("2.5", False), ("x", False)])
def test_a_penalty_points_cell_with_a_decimal_point_says_what_to_do(
    tmp_path: Path, points: str, hinted: bool
) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        f"date,kind,platform,points,right,id\n2024-01-08,general,aliexpress,{points},TM-1,c1\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        read_violations(path)
    message = str(info.value)
    assert f"got '{points}'" in message
    assert (HINT in message) is hinted
