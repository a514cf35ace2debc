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
        f"{path}:6: $.id: duplicate id 'C1' (first on line 4; 1 id(s) repeat)"
    )


def test_a_first_row_in_another_file_is_named_with_its_file(tmp_path: Path) -> None:
    (tmp_path / "h1.csv").write_text(HEADER + _row("a", "C1") + _row("a", "C2"), encoding="utf-8")
    (tmp_path / "h2.csv").write_text(HEADER + _row("a", "C3") + _row("a", "C1", 9), "utf-8")
    with pytest.raises(InputError) as many:
        standings(str(tmp_path / "h*.csv"), "2024-02-01").compute(scheduler="synchronous")
    assert str(many.value) == (
        f"{tmp_path / 'h2.csv'}:3: $.id: duplicate id 'C1' (first on "
        f"{tmp_path / 'h1.csv'} line 2; 1 id(s) repeat)"
    )


def test_an_account_of_a_fraction_in_a_parquet_file_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A float ``account`` column (numeric ids with a missing cell, as pandas writes them) is
    read, its whole numbers as their digits; a value such as 1.5 was a ``TypeError`` from a
    worker, which ``ipprules plan --workers`` printed as "unexpected failure ... please report
    this" (and ``standings`` raised): it is the file's value that is wrong, not a type."""
    import contextlib
    from collections.abc import Iterator

    import pyarrow as pa
    import pyarrow.parquet as pq

    from ipprules.cli import main
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: object = None, scheduler: object = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)
    urls = pa.array(["https://item.taobao.com/item.htm?id=606832683299"] * 2)
    path = tmp_path / "lines.parquet"
    pq.write_table(pa.table({"account": pa.array([101.0, 1.5]), "url": urls}), path)
    plan = Path(__file__).parents[2] / "examples" / "plan.toml"
    argv = ["plan", str(path), "--account", str(plan), "--as-of", "2026-11-23", "--workers", "1"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith(
        "$.account: the account column holds 1.5: an account is text or a whole number"
    ), err
    assert "unexpected failure" not in err
    history = tmp_path / "history.parquet"
    cells = {
        "account": pa.array([2.5]),
        "type": ["complaint"],
        "date": ["2024-01-07"],
        "platform": ["taobao"],
        "reason_code": ["tm_counterfeit"],
        "listings": [3],
        "taken_down": [3],
    }
    pq.write_table(pa.table(cells), history)
    with pytest.raises(InputError, match=r"the account column holds 2\.5"):
        standings(str(history), "2024-02-01").compute(scheduler="synchronous")
