"""A JSON Lines file given where the Dask path reads plan rows or histories (``ipprules plan
--workers``, :func:`ipprules.scale.standings`, :func:`ipprules.scale.read_histories`): one
machine reads it (``ipprules plan`` and ``History.from_file`` take JSON Lines), the Dask
readers take CSV or Parquet files only. It was read as a CSV whose header is the first JSON
object, and refused as if a header missed its columns (``no URL column ... among the columns
({"account": "lumen", ...})``, ``unknown column '{"type":"complaint"'``); it is now refused
as what it is, naming the file, before anything runs (exit 2 in the CLI)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError

ROW = {"account": "lumen", "url": "https://item.taobao.com/item.htm?id=606832683299",
       "type": "complaint", "date": "2023-01-05", "platform": "tmall",
       "reason_code": "tm_counterfeit", "listings": 3, "taken_down": 3, "rejected": 0}  # fmt: skip
#: JSON Lines by its name, or by its first non-blank line (as ``ipprules listings`` decides)
NAMES = ["rows.jsonl", "rows.NDJSON", "rows.txt", "rows"]


def _reader(which: str) -> Any:
    from ipprules.scale import read_histories, standings
    from ipprules.scale._planner import read_rows

    return {
        "standings": lambda glob: standings(glob, "2023-12-31"),
        "read_histories": read_histories,
        "read_rows": read_rows,
    }[which]


@example(name="rows.jsonl", blank=0, which="standings", keys=["account", "type"])
@example(name="rows", blank=2, which="read_rows", keys=["account", "url"])
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(NAMES),
    st.integers(0, 2),
    st.sampled_from(["standings", "read_histories", "read_rows"]),
    st.lists(st.sampled_from(sorted(ROW)), min_size=1, unique=True),
)
def test_a_json_lines_file_is_refused_as_one_naming_it(
    tmp_path_factory: pytest.TempPathFactory, name: str, blank: int, which: str, keys: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / name
    line = json.dumps({k: ROW[k] for k in keys})
    path.write_text("\n" * blank + line + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        _reader(which)(str(folder / "*"))
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "JSON Lines" in message and "CSV or Parquet" in message
    assert "{" not in message  # not a header made of the JSON object


def test_plan_with_workers_refuses_a_json_lines_file_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    from collections.abc import Iterator

    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def synchronous(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", synchronous)
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"account": "lumen", "url": ROW["url"]}) + "\n", encoding="utf-8")
    code = main(["plan", str(rows), "--account", "examples/plan.toml", "--workers", "2"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{rows}: $: a JSON Lines (or JSON) file" in err
