"""Errors of ``ipprules listings`` and ``ipprules plan`` with ``--workers`` name the input files
as the user typed them, as one machine does (``d/a.csv``; a glob's matches relative to the
glob: ``d/*.csv`` names ``d/a.csv``), not by the absolute paths the Dask readers open them by.
Synchronous scheduler."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules.cli import main

TB = "https://item.taobao.com/item.htm?id=60683268329{}"
PLAN = str(Path("examples/plan.toml").resolve())


@contextlib.contextmanager
def _synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
    yield "synchronous"


def _error(capsys: Any, argv: list[str]) -> str:
    assert main(argv) == 2
    return str(capsys.readouterr().err)


#: the files of each case (under the folder ``d``), and the one its error names
CASES: dict[str, tuple[dict[str, str], str]] = {
    "bad cell": ({"a.csv": f"account,url,confidence\nlumen,{TB.format(1)},2\n"}, "a.csv"),
    "misspelt column": ({"a.csv": f"account,url,confdence\nlumen,{TB.format(1)},1\n"}, "a.csv"),
    "headers differ": (
        {
            "a.csv": f"account,url\nlumen,{TB.format(1)}\n",
            "b.csv": "account,link,confdence\nx,y,1\n",
        },
        "b.csv",
    ),
}


@example(case="bad cell", written="{d}/a.csv")
@example(case="headers differ", written="{d}/*.csv")
@example(case="misspelt column", written="./{d}/*.csv")
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(sorted(CASES)), st.sampled_from(["{d}/a.csv", "./{d}/*.csv", "{d}/*.csv",
                                                        "{d}/?.csv", "*/a.csv"]))  # fmt: skip
def test_plan_with_workers_names_the_files_as_typed(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
    written: str,
) -> None:
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    files, named = CASES[case]
    if written.endswith("a.csv"):  # the file typed is the one with the problem
        files, named = {"a.csv": files[named]}, "a.csv"
    root = tmp_path_factory.mktemp("typed")
    monkeypatch.chdir(root)
    (root / "d").mkdir()
    for name, text in files.items():
        (root / "d" / name).write_text(text, encoding="utf-8")
    typed = written.format(d="d")
    err = _error(capsys, ["plan", typed, "--account", PLAN, "--as-of", "2026-11-23",
                          "--right", "tm-cn-9", "--reason", "tm_counterfeit", "--workers", "2"])  # fmt: skip
    assert str(root) not in err  # no absolute path, in the location or the message
    prefix = "./d/" if typed.startswith("./") else "d/"
    shown = typed if "*" not in typed and "?" not in typed else prefix + named
    assert err.startswith(f"ipprules: error: {shown}:"), err
    if len(files) > 1:  # the message names the other file as typed too
        assert f"those of {prefix}a.csv" in err


@pytest.mark.parametrize("typed", ["e/u.csv", "./e/u.csv"])
def test_listings_with_workers_names_a_file_as_one_machine_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    from ipprules.scale import cli as scale_cli

    monkeypatch.setattr(scale_cli, "cluster", _synchronous)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "u.csv").write_text("url,url\nhttps://x.y/,a\n", encoding="utf-8")
    one = _error(capsys, ["listings", typed])
    assert _error(capsys, ["listings", typed, "--workers", "2"]) == one
    missing = typed.replace("u.csv", "nope.csv")
    one = _error(capsys, ["listings", missing])
    assert _error(capsys, ["listings", missing, "--workers", "2"]) == one


HEADER = "type,date,account,platform,reason_code,listings,taken_down\n"
HISTORY_FILES = {
    "a.csv": HEADER + "complaint,2023-03-01,a,taobao,tm_counterfeit,3,3\n",
    "b.csv": HEADER + "complaint,2023-03-01,,taobao,tm_counterfeit,3,3\n",  # no account
    "c.csv": HEADER + "complaint,2023-03-01,a,taobao,tm_counterfeit,3,x\n",  # not a number
}


def _standings(typed: str) -> Any:
    from ipprules.scale import standings

    return standings(typed, "2023-04-01").compute(scheduler="synchronous")


def _histories(typed: str) -> Any:
    from ipprules.scale import read_histories

    return read_histories(typed).compute(scheduler="synchronous")


def _urls(typed: str) -> Any:
    from ipprules.scale import parse_urls

    return parse_urls(typed).compute(scheduler="synchronous")


@pytest.mark.parametrize(
    ("read", "typed", "shown"),
    [
        (_standings, "h/b.csv", "h/b.csv:2:22:"),
        (_standings, "./h/[ab].csv", "./h/b.csv:2:22:"),
        (_standings, "h/c.csv", "h/c.csv:2:48:"),
        (_histories, "h/b.csv", "h/b.csv:2:22:"),  # read_histories refuses the row too
        (_urls, "h/*.txt", "h/u.txt:2:1:"),
        (_urls, "h/none.txt", "h/none.txt:"),
    ],
)
def test_the_dask_readers_name_the_files_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: Any, typed: str, shown: str
) -> None:
    """Before the graph runs and on the workers: ``standings``, ``read_histories`` and
    ``parse_urls`` given a path name its files as typed (they were named by absolute path)."""
    from ipprules.errors import InputError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "h").mkdir()
    for name, text in HISTORY_FILES.items():
        (tmp_path / "h" / name).write_text(text, encoding="utf-8")
    (tmp_path / "h" / "u.txt").write_bytes(b"https://x.y/\n\xff\xfe\n")
    with pytest.raises(InputError) as caught:
        read(typed)
    assert str(caught.value).startswith(shown), str(caught.value)
    assert str(tmp_path) not in str(caught.value)


def test_on_a_local_cluster_the_workers_name_the_files_as_typed(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker that finds the bad byte (in its own process, cwd and all) names the file as
    the glob was typed: the name travels with its piece of the graph."""
    from ipprules.errors import InputError
    from ipprules.scale import standings

    monkeypatch.chdir(tmp_path)
    (tmp_path / "h").mkdir()
    for name, text in HISTORY_FILES.items():
        (tmp_path / "h" / name).write_text(text, encoding="utf-8")
    (tmp_path / "h" / "u.txt").write_bytes(b"https://x.y/\n\xff\xfe\n")
    from ipprules.scale import parse_urls

    with pytest.raises(InputError, match=r"^h/u\.txt:2:1: "):
        parse_urls("h/*.txt").compute(scheduler=client)
    with pytest.raises(InputError, match=r"^\./h/b\.csv:2:22: "):
        standings("./h/[ab].csv", "2023-04-01").compute(scheduler=client)
