"""``ipprules plan --workers`` numbers lines as ``ipprules plan`` does on one machine (#13):
a row's line in its file (the header is line 1; blank lines, an Excel ``sep=`` line and the
lines of a quoted cell counted), in ``line``, ``duplicate_of`` and a complaint's ``lines``.
It numbered each account's rows 1, 2... (header and blank lines not counted), so the same
rows said "line 1" there and "line 2" here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from ipprules.checks import read_plan  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.planner import PlanLine, Settings, plan_listings, read_lines  # noqa: E402
from ipprules.scale import plan_accounts, read_histories  # noqa: E402

ACCOUNT = "examples/planner-account.toml"
DAY = "2026-11-23"
URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299",  # the same listing
    "https://item.taobao.com/item.htm?id=606832683111",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "junk",
]
ROWS = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(URLS), st.sampled_from(["", "x", "a, b", "two\nlines"])),
        st.sampled_from(["", "  ", " \t "]),  # lines that are no row
    ),
    max_size=12,
)


def _csv(rows: list[Any], *, account: bool, sep: bool, end: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=end)
    out.write("sep=,\n" if sep else "")
    writer.writerow(["account", "url", "notes"] if account else ["url", "notes"])
    for row in rows:
        if isinstance(row, str):
            out.write(row + end)
        else:
            writer.writerow(["acme", *row] if account else list(row))
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=ROWS, sep=st.booleans(), end=st.sampled_from(["\n", "\r\n"]))
def test_read_histories_numbers_rows_by_the_lines_read_lines_gives(
    tmp_path_factory: pytest.TempPathFactory, rows: list[Any], sep: bool, end: str
) -> None:
    path = tmp_path_factory.mktemp("lines") / "rows.csv"
    text = _csv(rows, account=False, sep=sep, end=end)
    path.write_bytes(text.encode())
    frame = read_histories(str(path), text="url", require_columns=("url",), history=False,
                           lines="n")  # fmt: skip
    with dask.config.set(scheduler="synchronous"):
        got = frame.compute()
    one_machine = list(read_lines(path))
    assert got["n"].tolist() == [line.line for line in one_machine]
    assert got["url"].tolist() == [line.url for line in one_machine]


def test_plan_accounts_numbers_by_the_line_column_as_plan_listings_would() -> None:
    plan = read_plan(ACCOUNT)
    chosen = Settings(reason="tm_counterfeit", right="tm-cn")
    own = [3, 4, 9, 10, 12]
    rows = pd.DataFrame({"account": ["acme"] * 5, "url": URLS, "n": own})
    planned = plan_accounts(dd.from_pandas(rows, npartitions=2), plan, as_of=DAY,
                            settings=chosen, line="n")  # fmt: skip
    with dask.config.set(scheduler="synchronous"):
        outcomes, complaints, results = dask.compute(
            planned.outcomes, planned.complaints, planned.results
        )
    alone = plan_listings(
        [PlanLine(line=n, url=u) for n, u in zip(own, URLS, strict=True)], plan, as_of=DAY,
        settings=chosen,
    )  # fmt: skip
    assert dict(results)["acme"].outcomes == alone.outcomes
    assert dict(results)["acme"].complaints == alone.complaints
    got = outcomes.sort_values("line")
    assert got["line"].tolist() == own
    assert got["duplicate_of"].tolist()[1] == 3
    assert [list(x) for x in complaints["lines"]] == [list(p.lines) for p in alone.complaints]


@pytest.mark.usefixtures("synchronous")
def test_plan_with_workers_gives_the_line_numbers_of_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [(URLS[0], "x"), "", (URLS[4], "two\nlines"), "  ", (URLS[1], ""), (URLS[2], "a, b")]
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    one.write_text(_csv(rows, account=False, sep=True, end="\r\n"), "utf-8")
    many.write_text(_csv(rows, account=True, sep=True, end="\r\n"), "utf-8")
    argv = ["--account", ACCOUNT, "--as-of", DAY, "--right", "tm-cn", "--reason",
            "tm_counterfeit"]  # fmt: skip
    assert main(["plan", str(one), *argv, "--format", "json"]) == 1
    alone = json.loads(capsys.readouterr().out)
    out = tmp_path / "out"
    assert main(["plan", str(many), *argv, "--workers", "2", "--out", str(out)]) == 1
    capsys.readouterr()
    outcomes = pd.read_parquet(out / "outcomes", dtype_backend="pyarrow").sort_values("line")
    got = [
        (r["line"], r["status"], None if pd.isna(r["duplicate_of"]) else r["duplicate_of"])
        for r in outcomes.to_dict("records")
    ]
    assert got == [(r["line"], r["status"], r["duplicate_of"]) for r in alone["lines"]]
    assert [r["line"] for r in alone["lines"]] == [3, 5, 8, 9]  # sep=, header, blank lines
    complaints = pd.read_parquet(out / "complaints", dtype_backend="pyarrow")
    assert [list(x) for x in complaints["lines"]] == [c["lines"] for c in alone["complaints"]]


def test_plan_with_workers_refuses_input_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f"account,url\nacme,{URLS[0]}\n", "utf-8")
    argv = ["plan", str(path), "--account", ACCOUNT, "--input", "jsonl", "--workers", "2"]
    assert main(argv) == 2
    assert "--input jsonl cannot be used with --workers" in capsys.readouterr().err


def test_a_parquet_row_is_numbered_by_its_place_in_its_file(tmp_path: Path) -> None:
    for name, urls in (("a.parquet", URLS[:3]), ("b.parquet", URLS[3:])):
        pd.DataFrame({"account": ["acme"] * len(urls), "url": urls}).to_parquet(tmp_path / name)
    frame = read_histories(str(tmp_path / "*.parquet"), text="url", history=False, lines="n")
    assert "n" in frame.columns
    with dask.config.set(scheduler="synchronous"):
        got = frame.compute()
    assert got["n"].tolist() == [1, 2, 3, 1, 2]
    assert got["url"].tolist() == URLS
