"""A CSV cell longer than the csv module's default 128 KiB limit (but within the 1 MiB line
cap) is read by ``ipprules listings`` whatever ran before in the process: it was refused as
"field larger than field limit" unless another reader had raised the limit first."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipprules.cli import main


@pytest.fixture
def default_limit() -> Iterator[None]:
    before = csv.field_size_limit(131072)  # the csv module's default, as in a fresh process
    try:
        yield
    finally:
        csv.field_size_limit(before)


def test_a_long_cell_is_read_in_a_fresh_process(
    tmp_path: Path, default_limit: None, capsys: pytest.CaptureFixture[str]
) -> None:
    long_url = "https://item.taobao.com/item.htm?id=606832683299&x=" + "a" * 200_000
    path = tmp_path / "urls.csv"
    path.write_text(f"n,url\n1,{long_url}\n2,https://m.tb.cn/h.4CEhFr0\n", "utf-8")
    code = main(["listings", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    summary = json.loads(out)["summary"]
    assert summary["total"] == 2
