"""The docs page lists every rejection code (generated table in sync); the CLI behaves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from _scripts import load, young_gc_only  # noqa: F401  (a fixture)
from ipprules.cli import main
from ipprules.listings import REJECTION_CODES, rejection_code_table

DOCS = Path(__file__).resolve().parents[2] / "docs" / "listings.md"


def test_docs_table_is_generated_from_the_catalogue() -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index("<!-- rejection-codes:start -->\n") + len("<!-- rejection-codes:start -->\n")
    end = text.index("<!-- rejection-codes:end -->")
    assert text[start:end] == rejection_code_table()
    for code in REJECTION_CODES:
        assert f"`{code}`" in text


def test_catalogue_entries_are_complete() -> None:
    for code, entry in REJECTION_CODES.items():
        assert entry.code == code
        assert entry.title and entry.description and entry.fix


INPUT = "\n".join(
    [
        "https://item.taobao.com/item.htm?spm=a&id=606832683299",
        "",
        "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
        "【淘宝】「x」 https://m.tb.cn/h.4CEhFr0?sm=70d491 CZ356",
    ]
)


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "urls.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_cli_table_with_dedupe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["listings", _write(tmp_path, INPUT), "--dedupe"])
    out = capsys.readouterr().out
    assert code == 1
    assert "same as line 1" in out
    assert out.strip().splitlines()[-1] == (
        "3 inputs: 1 parsed, 1 duplicate, 1 rejected (short-link 1)"
    )


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["listings", _write(tmp_path, INPUT), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [row["line"] for row in data["results"]] == [1, 3, 4]
    assert [row["status"] for row in data["results"]] == ["listing", "listing", "rejected"]
    assert data["summary"]["rejected"] == {"short-link": 1}


def test_cli_csv_all_parsed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "https://detail.1688.com/offer/585943639773.html\nhttps://www.lazada.sg/shop/abc/\n"
    code = main(["listings", _write(tmp_path, text), "--format", "csv"])
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.out.splitlines()
    assert lines[0].startswith("line,status,platform")
    assert len(lines) == 3
    assert "2 inputs: 2 parsed" in captured.err


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["listings", str(tmp_path / "missing.txt")])
    assert code == 2
    assert "ipprules: error:" in capsys.readouterr().err


def test_cli_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(
        sys, "stdin", io.StringIO("https://www.aliexpress.com/item/1005004878609097.html\n")
    )
    assert main(["listings", "-"]) == 0
    assert "aliexpress" in capsys.readouterr().out


@pytest.mark.usefixtures("young_gc_only")
def test_benchmark_script_runs_and_prints_every_target(capsys: pytest.CaptureFixture[str]) -> None:
    """The command the docs show runs (tiny sizes: figures are not checked, only printed)."""
    module = load("benchmarks/listings.py")
    urls = module.build(400, 7, "pasted")
    assert len(urls) == 400 and all(isinstance(url, str) for url in urls)
    module.main(["--n", "300", "--rounds", "1"])
    out = capsys.readouterr().out
    for mix in module.MIXES:
        assert f"mix {mix!r}" in out
    targets = [line for line in out.splitlines() if line.startswith("  target ")]
    assert len(targets) == 7 * len(module.MIXES)  # 4 for parse_listings, 3 for the kernel
    # 300 inputs measure fixed costs: no verdict either way (it printed "met" or "NOT met")
    assert all(line.endswith("give 100,000 or more)") for line in targets), targets
    assert not any(re.search(r"(?<!NOT )\bmet\b|NOT met", line) for line in targets)
    assert out.count("kernel rows identical to parse_listing: 300 of 300") == len(module.MIXES)


@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
def test_cli_refused_input_leaves_stdout_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """A file refused on opening (a directory here) or on its first line writes nothing to
    stdout: no half a JSON document or a lone CSV header before exit 2."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text\n")
    for path in (tmp_path, bad):
        assert main(["listings", str(path), "--format", fmt]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and "ipprules: error:" in captured.err
