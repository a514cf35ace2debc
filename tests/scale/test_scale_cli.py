"""``ipprules listings`` and ``ipprules plan`` with ``--scheduler`` / ``--workers``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules.cli import main
from ipprules.listings import dedupe, parse_listings, summarize

URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://s.taobao.com/search?q=shoes",
    "",
    "https://detail.1688.com/offer/585943639773.html?spm=a",
]


def test_listings_on_a_scheduler_writes_parquet(client: Any, tmp_path: Any, capsys: Any) -> None:
    (tmp_path / "a.txt").write_text("\n".join(URLS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        [
            "listings",
            str(tmp_path / "*.txt"),
            "--dedupe",
            "--scheduler",
            client.scheduler.address,
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    kept = [u for u in URLS if u.strip()]
    one_machine = summarize(dedupe(parse_listings(kept)))
    assert code == 1  # one rejected
    assert one_machine.line() in printed
    back = pd.read_parquet(out)
    assert back["status"].tolist() == ["listing", "duplicate", "rejected", "listing"]
    assert back["input"].tolist() == kept


def test_listings_json_summary_from_a_csv(client: Any, tmp_path: Any, capsys: Any) -> None:
    pd.DataFrame({"url": [URLS[0], URLS[4]]}).to_csv(tmp_path / "u.csv", index=False)
    code = main(
        [
            "listings",
            str(tmp_path / "u.csv"),
            "--format",
            "json",
            "--scheduler",
            client.scheduler.address,
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["summary"]["total"] == 2 and data["summary"]["parsed"] == 2


def test_plan_per_account_on_a_scheduler(client: Any, tmp_path: Any, capsys: Any) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "lumen.toml").write_text(
        Path("examples/plan.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    rows = pd.DataFrame(
        {
            "account": ["lumen", "lumen", "ghost"],
            "url": [
                "https://detail.tmall.com/item.htm?id=690091011924",
                "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
                "https://detail.tmall.com/item.htm?id=690091011925",
            ],
        }
    )
    rows.to_parquet(tmp_path / "rows.parquet")
    out = tmp_path / "out"
    code = main(
        [
            "plan",
            str(tmp_path / "rows.parquet"),
            "--account",
            str(plans),
            "--as-of",
            "2026-11-23",
            "--reason",
            "tm_counterfeit",
            "--right",
            "tm-cn-9",
            "--scheduler",
            client.scheduler.address,
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 1
    assert "3 line(s): 1 planned in 1 complaint(s), 1 duplicate, 1 rejected" in printed
    # the rule book, the date and the reading, as the command without the flags says them
    from ipprules import default_rulebook

    label = default_rulebook().label
    assert f"{label} · interpretation brief · as of 2026-11-23" in printed
    outcomes = pd.read_parquet(out / "outcomes").sort_values(["account", "line"])
    assert outcomes["code"].tolist()[0] == "unknown-account"
    assert pd.read_parquet(out / "complaints", dtype_backend="pyarrow")["complaint"].tolist() == [
        "c001"
    ]


def test_without_the_flags_nothing_changes(tmp_path: Any, capsys: Any) -> None:
    (tmp_path / "a.txt").write_text("\n".join(URLS) + "\n", encoding="utf-8")
    assert main(["listings", str(tmp_path / "a.txt"), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert len(data["results"]) == 4
    assert main(["listings", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")]) == 2
    assert "--workers N or --scheduler" in capsys.readouterr().err


def test_single_account_options_are_refused(tmp_path: Any, capsys: Any) -> None:
    code = main(
        [
            "plan",
            "rows.csv",
            "--account",
            "examples/plan.toml",
            "--open",
            "x.txt",
            "--workers",
            "1",
            "--as-of",
            "2026-11-23",
        ]
    )
    assert code == 2
    assert "--open cannot be used with --workers" in capsys.readouterr().err


@pytest.mark.parametrize("flag", [["--workers", "0"]])
def test_bad_worker_count(flag: list[str], tmp_path: Any, capsys: Any) -> None:
    (tmp_path / "a.txt").write_text(URLS[0] + "\n", encoding="utf-8")
    assert main(["listings", str(tmp_path / "a.txt"), *flag]) == 2


def test_a_failed_run_removes_only_the_output_it_made(tmp_path: Any) -> None:
    from ipprules.scale.cli import _partial_output_removed

    made = tmp_path / "made"

    def half_written() -> None:
        with _partial_output_removed(str(made)):
            made.mkdir()
            (made / "part.0.parquet").write_bytes(b"half")
            raise RuntimeError("a worker failed")

    with pytest.raises(RuntimeError):
        half_written()
    assert not made.exists()
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "earlier.parquet").write_bytes(b"earlier")
    with pytest.raises(RuntimeError), _partial_output_removed(str(kept)):
        raise RuntimeError("a worker failed")
    assert (kept / "earlier.parquet").read_bytes() == b"earlier"
    with _partial_output_removed(str(tmp_path / "fine")):
        (tmp_path / "fine").mkdir()
    assert (tmp_path / "fine").is_dir()


def test_a_mixed_glob_counts_as_its_files_one_by_one(
    tmp_path: Any, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text and CSV files in one glob: each read by its own kind, as without --workers
    (on the synchronous scheduler: the CLI's cluster is replaced)."""
    import contextlib
    from collections.abc import Iterator

    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", synchronous)
    (tmp_path / "a.txt").write_text("\n".join(URLS) + "\n", encoding="utf-8")
    (tmp_path / "b.csv").write_bytes(
        ("\ufeffurl,notes\r\n" + "".join(f"{u},x\r\n" for u in URLS if u)).encode()
    )
    one_by_one = []
    for name in ("a.txt", "b.csv"):
        assert main(["listings", str(tmp_path / name), "--format", "json"]) == 1
        one_by_one += [row["input"] for row in json.loads(capsys.readouterr().out)["results"]]
    code = main(["listings", str(tmp_path / "*"), "--workers", "2", "--format", "json"])
    assert code == 1
    got = json.loads(capsys.readouterr().out)["summary"]
    expected = summarize(one_by_one)
    assert (got["total"], got["parsed"], got["rejected"]) == (8, 6, expected.rejected)
    assert got["line"] == expected.line()


def test_plan_on_a_scheduler_under_a_rules_override(
    client: Any, tmp_path: Any, capsys: Any
) -> None:
    """``--rules FILE`` reaches the workers: the override's own reason code is planned there,
    and refused without it (before any line is read: no platform of the embedded book has
    it)."""
    rows = pd.DataFrame(
        {"account": ["lumen"], "url": ["https://detail.tmall.com/item.htm?id=690091011924"]}
    )
    rows.to_parquet(tmp_path / "rows.parquet")
    argv = [
        "plan",
        str(tmp_path / "rows.parquet"),
        "--account",
        "examples/plan.toml",
        "--as-of",
        "2026-11-23",
        "--reason",
        "acme_counterfeit",
        "--right",
        "tm-cn-9",
        "--scheduler",
        client.scheduler.address,
    ]
    assert main(argv) == 2
    assert "argument --reason: 'acme_counterfeit' is no platform's reason code" in (
        capsys.readouterr().err
    )
    assert main([*argv, "--rules", "examples/rules-override.toml"]) == 0
    assert "1 line(s): 1 planned in 1 complaint(s), 0 duplicate, 0 rejected" in (
        capsys.readouterr().out
    )


def _broken_parquet(path: Path, how: str, columns: dict[str, list[str]]) -> None:
    """A Parquet file that is empty, not Parquet at all, cut short, or whose footer is fine
    and whose data pages are not (found only by the worker that reads them)."""
    if how == "empty":
        path.write_bytes(b"")
    elif how == "not parquet":
        path.write_text("url\nhttps://m.tb.cn/h.x\n", encoding="utf-8")
    else:
        pd.DataFrame({k: v * 40 for k, v in columns.items()}).to_parquet(path)
        data = bytearray(path.read_bytes())
        if how == "cut short":
            data = data[: len(data) // 2] + data[-8:]
        else:  # the pages after the leading magic number scrambled, the footer kept
            data[8:400] = bytes((b * 7 + 13) % 256 for b in data[8:400])
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["empty", "not parquet", "cut short", "bad pages"])
@pytest.mark.parametrize("command", ["listings", "plan"])
def test_a_broken_parquet_file_is_one_line_naming_it(
    client: Any, tmp_path: Path, capsys: Any, how: str, command: str
) -> None:
    source = tmp_path / "in.parquet"
    urls = URLS[:3]
    _broken_parquet(source, how, {"account": ["lumen"] * 3, "url": urls})
    argv = [command, str(source), "--scheduler", client.scheduler.address]
    if command == "plan":
        argv += ["--account", "examples/plan.toml", "--as-of", "2026-11-23"]
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert lines[0].startswith(f"ipprules: error: {source}: $: not a readable Parquet file ("), (
        lines[0]
    )


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--input", "lines"], "--input lines cannot be used with --workers"),
        (["--input", "csv"], "--input csv cannot be used with --workers"),
        (["--format", "csv"], "--format csv cannot be used with --workers"),
    ],
)
def test_listings_options_of_one_machine_are_refused(
    tmp_path: Path, capsys: Any, flags: list[str], said: str
) -> None:
    """They were ignored without a word: ``--input lines`` on a ``.csv`` of URL lines was
    read as a CSV ("no URL column in the header"), ``--format csv`` printed the text summary.
    Refused before a cluster starts, exit code 2, nothing on standard output."""
    path = tmp_path / "lines.csv"
    path.write_text("\n".join(URLS[:2]) + "\n", encoding="utf-8")
    code = main(["listings", str(path), "--workers", "1", *flags])
    assert code == 2
    captured = capsys.readouterr()
    assert said in captured.err and captured.out == ""
