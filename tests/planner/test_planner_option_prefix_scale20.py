"""scale20: an option's value ``ipprules plan`` refuses once it runs (``--reason a;b``,
``--right a;b``, a ``--right`` the account lacks) is said with the command's prefix, as
argparse says the ones it refuses (``--target a;b``): ``ipprules plan: error: argument ...``
(they said ``ipprules: error:``), on one machine and with ``--workers``."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

ACCOUNT = "examples/planner-account.toml"
URL = "https://item.taobao.com/item.htm?id=612345678901"


def _code(args: list[str]) -> int | str | None:
    """The exit code of ``ipprules ARGS`` (argparse's refusals exit)."""
    try:
        return main(args)
    except SystemExit as exc:
        return exc.code


@pytest.mark.parametrize(
    "option",
    [
        ["--target", "listing;storefront"],  # refused by argparse
        ["--reason", "tm_counterfeit;tm_misuse"],  # refused as the command runs
        ["--right", "tm-a;tm-b"],
        ["--right", "tm-c"],  # not a right of the account
        ["--reason", " "],
        ["--quarantine-below", "0.5"],  # goes with --strategy protect
    ],
)
def test_plan_option_errors_have_one_prefix(
    option: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "urls.txt"
    lines.write_text(URL + "\n", encoding="utf-8")
    args = ["plan", str(lines), "--account", ACCOUNT, "--as-of", "2026-11-23", *option]
    assert _code(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ipprules plan: error: argument {option[0]}: "), err
    assert err.count("\n") == 1


@pytest.mark.parametrize("option", [["--right", "tm-a|tm-b"], ["--reason", "a, b"]])
def test_plan_workers_option_errors_have_the_prefix_too(
    option: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask")
    rows = tmp_path / "rows.csv"
    rows.write_text(f"account,url\nacme,{URL}\n", encoding="utf-8")
    args = ["plan", str(rows), "--account", ACCOUNT, "--as-of", "2026-11-23", *option]
    assert _code([*args, "--workers", "1", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ipprules plan: error: argument {option[0]}: "), err
    assert "per complaint (" in err
