"""A history file whose header is bad (an unknown column after a byte order mark, a column
twice): ``ipprules.scale.standings`` said it after the shuffle naming ``account=acme`` and a
column counted without the account column (``account=acme:1:6``), where ``History.from_file``
names the file, line 1 and the column (``h.csv:1:14``). Both now say the same."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

import ipprules
from ipprules.errors import InputError
from ipprules.scale import standings

ROW = "acme,complaint,2024-01-05,taobao,tm_counterfeit,3,3\n"


@pytest.mark.parametrize(
    "header",
    [
        "\ufeffaccount,type,dat,platform,reason_code,listings,taken_down\n",
        "account,type,date,platform,reason_code,listings,listings\n",
        'account,type,date,"plat form",reason_code,listings,taken_down\n',
        "type,account,date,platform,reason_code,listings,takendown\n",
    ],
)
def test_a_bad_header_is_said_at_the_file_as_one_machine_says_it(
    header: str, tmp_path: Path
) -> None:
    path = tmp_path / "h.csv"
    row = (
        ROW
        if header.startswith(("\ufeffaccount", "account"))
        else ("complaint,acme,2024-01-05,taobao,tm_counterfeit,3,3\n")
    )
    path.write_text(header + row, encoding="utf-8")
    with pytest.raises(InputError) as one:
        ipprules.History.from_file(str(path))
    with pytest.raises(InputError) as many:
        standings(str(path), "2024-02-01").compute(scheduler="synchronous")
    assert str(one.value).startswith(f"{path}:1:")
    assert str(many.value) == str(one.value)


def test_an_account_column_of_another_name_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(
        "client,type,date,platform,reason_code,listings,taken_down\n" + ROW, encoding="utf-8"
    )
    frame = standings(str(path), "2024-02-01", account="client").compute(scheduler="synchronous")
    assert len(frame) == 1
