"""``ipprules listings GLOB --workers N --dedupe --keep-parsed`` (scale27): the CLI of
``parse_urls(..., keep_parsed=True)``. The same Parquet rows and summary as ``--dedupe``
alone; refused without ``--dedupe`` or without ``--workers``/``--scheduler`` before any
cluster starts (exit 2). On the synchronous scheduler: the CLI's cluster is replaced."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _cli import run_cli

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")

from ipprules.cli import main  # noqa: E402
from ipprules.scale import _listings  # noqa: E402
from ipprules.scale import cli as scale_cli  # noqa: E402

TB = "https://item.taobao.com/item.htm?id=606832683299"
TB_PHONE = "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x"
ALI = "https://www.aliexpress.com/item/1005004567890123.html"
FILES = {  # duplicates within a file and across files, rejections, a CSV among text files
    "a.txt": [TB, "https://s.taobao.com/search?q=shoes", TB_PHONE, ALI],
    "b.txt": [ALI, "not a url", TB, "https://detail.1688.com/offer/585943639773.html?spm=a"],
    "c.csv": ["url", TB_PHONE, "https://detail.1688.com/offer/585943639773.html", ""],
}


@pytest.fixture(name="calls")
def synchronous_cli(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The CLI's cluster replaced by the synchronous scheduler; the keyword arguments of every
    ``parse_urls`` call the CLI makes, recorded."""
    made: list[dict[str, Any]] = []
    real = _listings.parse_urls

    @contextlib.contextmanager
    def synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    def spied(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(scale_cli, "cluster", synchronous)
    monkeypatch.setattr(_listings, "parse_urls", spied)
    return made


def _files(where: Path) -> str:
    (where / "in").mkdir()
    for name, lines in FILES.items():
        (where / "in" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(where / "in" / "*")


def test_keep_parsed_writes_the_rows_and_summary_of_dedupe(
    calls: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    glob = _files(tmp_path)
    base = ["listings", glob, "--dedupe", "--workers", "2", "--format", "json"]
    code, out, _ = run_cli([*base, "--out", str(tmp_path / "twice")], capsys)
    assert code == 1, out  # some inputs are rejected
    assert calls.pop()["keep_parsed"] is False
    kept_code, kept_out, err = run_cli(
        [*base, "--keep-parsed", "--out", str(tmp_path / "once")], capsys
    )
    assert calls.pop()["keep_parsed"] is True
    assert kept_code == code, err
    once, twice = json.loads(kept_out), json.loads(out)
    assert once["summary"] == twice["summary"]
    assert twice["summary"]["duplicates"] == 5, twice  # across files and within one
    assert once["written"] == str(tmp_path / "once")
    read = [pd.read_parquet(tmp_path / name) for name in ("once", "twice")]
    assert len(read[0]) == 10
    pd.testing.assert_frame_equal(read[0], read[1])


def test_keep_parsed_on_a_scheduler_prints_the_summary_of_dedupe(
    calls: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    glob = _files(tmp_path)
    base = ["listings", glob, "--dedupe", "--derived-aliexpress-ids"]
    shown = [
        run_cli([*base, "--scheduler", "tcp://127.0.0.1:8786", *more], capsys)
        for more in ([], ["--keep-parsed"])
    ]
    assert [(c["keep_parsed"], c["use_derived"]) for c in calls] == [(False, True), (True, True)]
    assert shown[0][:2] == shown[1][:2]
    assert "5 duplicates" in shown[0][1]


@pytest.mark.parametrize(
    ("flags", "needs"),
    [
        (["--workers", "2"], "--dedupe"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--dedupe"),
        (["--dedupe"], "--workers N or --scheduler"),
        ([], "--dedupe and --workers N or --scheduler"),
        (["--dedupe", "--out", "OUT"], "--workers N or --scheduler"),
    ],
)
def test_keep_parsed_alone_is_refused_before_a_cluster_starts(
    flags: list[str],
    needs: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def no_cluster(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(scale_cli, "cluster", no_cluster)
    glob = _files(tmp_path)
    out = tmp_path / "out"
    argv = ["listings", glob, "--keep-parsed", *(str(out) if f == "OUT" else f for f in flags)]
    code, printed, err = run_cli(argv, capsys)
    assert code == 2
    assert printed == ""
    assert err.strip() == (
        "ipprules: error: --keep-parsed keeps the parsed URLs in the Dask workers' memory "
        f"while --dedupe finds the duplicates: give {needs}"
    )
    assert not out.exists()


def test_the_help_states_the_memory_trade_off(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["listings", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--keep-parsed with --dedupe and --workers/--scheduler: parse each URL once" in text
    assert "the workers' memory grows with the input instead of one partition" in text
