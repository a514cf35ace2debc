"""A what-if batch read from a history file with an ``account`` column is read as the history
is: the rows of the account chosen (``--account``, ``what_if(..., account=)``), and a batch
with no row of that account is refused. Before, ``--account acme`` added globex's planned
complaints to acme's standing."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import History, what_if

EXAMPLE = "examples/history-accounts.csv"
HEADER = "type,date,account,platform,reason_code,listings,taken_down,rejected\n"
GLOBEX = "complaint,2023-03-30,globex,taobao,tm_counterfeit,300,0,300\n"
ACME = "complaint,2023-03-30,acme,taobao,tm_counterfeit,3,3,0\n"


def _argv(batch: Path) -> list[str]:
    return [
        "good-faith",
        EXAMPLE,
        "--account",
        "acme",
        "--as-of",
        "2023-03-31",
        "--what-if",
        str(batch),
    ]


def test_a_batch_of_another_account_only_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text(HEADER + GLOBEX, encoding="utf-8")
    assert main(_argv(batch)) == 2
    err = capsys.readouterr().err
    assert "b.csv" in err and "'acme'" in err and "globex" in err


def test_a_mixed_batch_adds_the_chosen_accounts_rows_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text(HEADER + ACME + GLOBEX, encoding="utf-8")
    assert main(_argv(batch)) == 0
    out = capsys.readouterr().out
    assert "After 1 planned complaint(s)" in out
    assert "(388/389)" in out  # acme's 385/386 and 3 successes; globex's 300 failures left out


def test_a_batch_without_an_account_column_is_the_chosen_accounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text(
        "type,date,platform,reason_code,listings,taken_down\n"
        "complaint,2023-03-30,taobao,tm_counterfeit,3,3\n",
        encoding="utf-8",
    )
    assert main(_argv(batch)) == 0
    assert "(388/389)" in capsys.readouterr().out


def test_the_api_takes_the_account_too(tmp_path: Path) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text(HEADER + ACME + GLOBEX, encoding="utf-8")
    acme = History.from_file(EXAMPLE, account="acme")
    w = what_if(acme, batch, "2023-03-31", account="acme")
    assert w.added == 1
    assert w.after.criterion("takedown_rate").value == Fraction(388, 389)
    only_globex = tmp_path / "g.csv"
    only_globex.write_text(HEADER + GLOBEX, encoding="utf-8")
    with pytest.raises(InputError, match="acme"):
        what_if(acme, only_globex, "2023-03-31", account="acme")
