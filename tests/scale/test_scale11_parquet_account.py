"""The planner's account column spelt as a spreadsheet writes it (``Account``, `` ACCOUNT ``)
in a Parquet file: a CSV file's header is read so (case and blanks ignored, as ``ipprules
plan`` reads it on one machine), but a Parquet file with the same column was refused, "no
column 'account' (columns: Account, url)". It is now planned as the file whose column is
``account``. Synchronous scheduler."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main

TB = "https://item.taobao.com/item.htm?id=60683268329{}"
ROWS = [("lumen", TB.format(9)), ("ünï", TB.format(9)), ("lumen", TB.format(9) + "&x=1"),
        ("lumen", TB.format(8)), ("ghost", TB.format(7)), ("", TB.format(6))]  # fmt: skip


@contextlib.contextmanager
def _synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
    yield "synchronous"


def _plan(path: Path, capsys: Any) -> tuple[int, Any]:
    code = main(["plan", str(path), "--account", "examples/plan.toml", "--as-of", "2026-11-23",
                 "--right", "tm-cn-9", "--reason", "tm_counterfeit", "--format", "json",
                 "--workers", "2"])  # fmt: skip
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if code != 2 else captured.err


@pytest.mark.no_cover
@example(written="Account", url="url")
@example(written=" ACCOUNT ", url="URL")
@example(written="account ", url="link")
@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["Account", "ACCOUNT", " Account ", "account ", "\tAccount"]),
       st.sampled_from(["url", "URL", "link"]))  # fmt: skip
def test_a_parquet_account_column_spelt_otherwise_is_planned_as_account(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    written: str,
    url: str,
) -> None:
    pd = pytest.importorskip("pandas")
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    got = {}
    for name in (written, "account"):
        path = tmp_path_factory.mktemp("rows") / "a.parquet"
        pd.DataFrame(ROWS, columns=[name, url]).to_parquet(path, index=False)
        code, out = _plan(path, capsys)
        assert code != 2, out
        got[name] = (out["counts"], out["complaints"])
    assert got[written] == got["account"]
    assert sum(got["account"][0].values()) == len(ROWS)


def test_a_parquet_account_column_spelt_otherwise_holds_text_or_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its type is held to the check an ``account`` column is held to (a list column was
    read as its ``repr``, an account nobody named)."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    table = pa.table({"Account": [["lumen"]], "url": [TB.format(9)]})
    pq.write_table(table, tmp_path / "a.parquet")
    code, err = _plan(tmp_path / "a.parquet", capsys)
    assert code == 2
    assert "the column 'Account' holds list<" in err
    assert "values: an account is text or a whole number" in err


@pytest.mark.parametrize("written", ["account", " account ", "account\t"])
def test_a_parquet_history_account_column_with_blanks_holds_text_or_numbers(
    tmp_path: Path, written: str
) -> None:
    """``standings`` reads a history's `` account `` column as ``account``; a list in it was
    read as its ``repr`` (``"['a']"``, an account nobody named) while one under ``account``
    was refused before anything ran."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from ipprules.errors import InputError
    from ipprules.scale import standings

    columns = {"type": ["complaint"], "date": ["2023-03-01"], written: [["a"]],
               "platform": ["taobao"], "reason_code": ["tm_counterfeit"], "listings": ["3"],
               "taken_down": ["3"]}  # fmt: skip
    pq.write_table(pa.table(columns), tmp_path / "h.parquet")
    with pytest.raises(InputError, match="an account is text or a whole number") as caught:
        standings(str(tmp_path / "h.parquet"), "2023-04-01").compute(scheduler="synchronous")
    assert f"the column {written!r} holds list<" in str(caught.value)


@pytest.mark.parametrize("kind", ["csv", "parquet"])
@pytest.mark.parametrize(
    ("names", "said"),
    [
        (["account", "Account", "url"], "'account' and 'Account'"),
        (["Account", "url", " ACCOUNT "], "'Account' and 'ACCOUNT'"),
        (["ACCOUNT", "url", "account"], "'account' and 'ACCOUNT'"),
    ],
)
def test_two_account_columns_are_refused_as_two(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    names: list[str],
    said: str,
) -> None:
    """``account`` beside ``Account``: with ``--workers`` the second was said to be "an account
    column: lines of several accounts are planned with --workers", the words of one machine
    without the flag, to a user who gave it."""
    pd = pytest.importorskip("pandas")
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    table = pd.DataFrame([["lumen" if n != "url" else TB.format(9) for n in names]], columns=names)
    path = tmp_path / f"a.{kind}"
    if kind == "csv":
        table.to_csv(path, index=False)
    else:
        table.to_parquet(path, index=False)
    code, err = _plan(path, capsys)
    assert code == 2
    assert f"two account columns: {said}" in err
    assert "planned with --workers" not in err
    if kind == "csv":  # at the other one's cell (``account`` as written is the account column)
        found = [i for i, n in enumerate(names) if n.strip().lower() == "account"]
        other = next(i for i in found if i != (names.index("account") if "account" in names
                                                else found[0]))  # fmt: skip
        column = len(",".join(names[:other])) + 2 if other else 1
        assert f"a.csv:1:{column}:" in err
