"""The planner's account column spelt as a spreadsheet writes it (``Account``, `` ACCOUNT ``):
``ipprules plan`` on one machine reads the header's names ignoring case and spaces, so it
calls such a column "an account column ... planned with --workers or --scheduler"; with
``--workers`` the same file was refused, "no column 'account' (columns: Account, url...)", a
loop for a new user. The Dask path now finds the account column by the same reading and plans
the file as it plans one whose header says ``account``. Synchronous scheduler."""

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
        ("lumen", TB.format(8)), ("ghost", TB.format(7))]  # fmt: skip


def _plan(folder: Path, capsys: Any, *flags: str) -> tuple[int, Any]:
    code = main(["plan", str(folder / "a.csv"), "--account", "examples/plan.toml",
                 "--as-of", "2026-11-23", "--right", "tm-cn-9", "--reason", "tm_counterfeit",
                 "--format", "json", *flags])  # fmt: skip
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if code != 2 else captured.err


@contextlib.contextmanager
def _synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
    yield "synchronous"


@pytest.mark.no_cover
@example(written="Account", sep=",")
@example(written=" ACCOUNT ", sep=";")
@example(written="account ", sep=",")
@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["Account", "ACCOUNT", " Account ", "account ", "\tAccount"]),
       st.sampled_from([",", ";"]))  # fmt: skip
def test_an_account_column_spelt_otherwise_is_planned_as_account(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    written: str,
    sep: str,
) -> None:
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    got = {}
    for name in (written, "account"):
        folder = tmp_path_factory.mktemp("rows")
        lines = [f"{name}{sep}URL", *(f"{a}{sep}{u}" for a, u in ROWS)]
        (folder / "a.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if name == written:  # one machine sends it to --workers
            code, err = _plan(folder, capsys)
            assert code == 2 and "planned with --workers or --scheduler" in err
        code, out = _plan(folder, capsys, "--workers", "2")
        assert code != 2, out
        got[name] = out["counts"]
    assert got[written] == got["account"]
    assert sum(got["account"].values()) == len(ROWS)
