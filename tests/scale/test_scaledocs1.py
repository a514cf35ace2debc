"""scaledocs1: one answer for a row that names no account, and hostile Parquet files and globs.

``plan_accounts`` kept a no-account row's account cell as it came: ``''`` from a CSV file,
``'  '`` for white space, ``<NA>`` for a missing cell of a DataFrame, a Parquet file or a
JSON Lines record; each was shuffled and numbered as an account of its own. Now every such
row's ``account`` is missing (``<NA>``: ``outcomes.account.isna()`` finds them all) and they
are numbered together, 1, 2... in input order, whatever the input held. Then Parquet files and
globs the scale-out must read as one machine does or refuse with this library's error.
Synchronous scheduler, no cluster."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pa = pytest.importorskip("pyarrow")

import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from ipprules.checks import read_plan  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.scale import NO_ACCOUNT, parse_urls, plan_accounts, read_histories, standings  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PLAN = read_plan(EXAMPLES / "plan.toml")
AS_OF = "2026-11-23"
TM = "https://detail.tmall.com/item.htm?id=690091011924"
URLS = ["https://item.taobao.com/item.htm?id=606832683299", "https://s.taobao.com/search?q=shoes"]
# the accounts of 5 rows; None is written as a missing cell where the input has one
ACCOUNTS: list[Any] = ["", "lumen", "  ", None, "lumen"]


def _outcomes(rows: Any) -> list[list[Any]]:
    planned = plan_accounts(rows, {"lumen": PLAN}, as_of=AS_OF)
    got = planned.outcomes.compute(scheduler="synchronous")
    got = got.sort_values(["partition", "position"])
    return [
        [None if pd.isna(a) else a, n, s, c]
        for a, n, s, c in got[["account", "line", "status", "code"]].values.tolist()
    ]


WANT = [
    [None, 1, "rejected", NO_ACCOUNT],
    ["lumen", 1, "rejected", "missing-right"],
    [None, 2, "rejected", NO_ACCOUNT],
    [None, 3, "rejected", NO_ACCOUNT],
    ["lumen", 2, "rejected", "missing-right"],
]


def test_no_account_is_missing_from_a_dataframe() -> None:
    frame = pd.DataFrame({"account": ACCOUNTS, "url": [TM] * 5})
    assert _outcomes(dd.from_pandas(frame, npartitions=2)) == WANT


def test_no_account_is_missing_from_a_csv_file(tmp_path: Path) -> None:
    # a CSV cell cannot be missing: the None row is an empty cell too
    lines = [f"{a or ''},{TM}" for a in ACCOUNTS]
    (tmp_path / "a.csv").write_text("account,url\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert _outcomes(read_histories(str(tmp_path / "a.csv"), history=False)) == WANT


def test_no_account_is_missing_from_a_parquet_file(tmp_path: Path) -> None:
    frame = pd.DataFrame({"account": ACCOUNTS, "url": [TM] * 5})
    frame.to_parquet(tmp_path / "a.parquet", index=False)
    assert _outcomes(read_histories(str(tmp_path / "a.parquet"), history=False)) == WANT


def test_no_account_is_missing_from_json_lines(tmp_path: Path) -> None:
    # the Dask readers take no JSON Lines: read it with pandas; None is a record without it
    records = [{"url": TM} if a is None else {"account": a, "url": TM} for a in ACCOUNTS]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    frame = pd.read_json(path, lines=True, dtype={"account": str, "url": str})
    assert _outcomes(dd.from_pandas(frame, npartitions=1)) == WANT


def _parquet(tmp_path: Path, name: str, table: Any) -> str:
    (tmp_path / name).mkdir()
    pq.write_table(table, tmp_path / name / "a.parquet")
    return str(tmp_path / name / "*.parquet")


@pytest.mark.parametrize(
    ("name", "column", "kind"),
    [
        ("binary", pa.array([u.encode() for u in URLS], pa.binary()), "binary"),
        ("list", pa.array([[u] for u in URLS]), "list<element: string>"),
        ("struct", pa.array([{"a": u} for u in URLS]), "struct<a: string>"),
        ("timestamp", pa.array([1, 2], pa.timestamp("ms")), "timestamp[ms]"),
    ],
)
def test_a_url_column_of_no_text_is_refused_naming_the_file(
    tmp_path: Path, name: str, column: Any, kind: str
) -> None:
    glob = _parquet(tmp_path, name, pa.table({"account": ["lumen"] * 2, "url": column}))
    said = f"the column 'url' holds {kind} values, not text"
    with pytest.raises(InputError, match=r"a\.parquet") as caught:
        parse_urls(glob).compute(scheduler="synchronous")
    assert said in str(caught.value)
    with pytest.raises(InputError, match=r"a\.parquet") as caught:  # as ipprules plan --workers
        read_histories(glob, text="url", history=False)
    assert said in str(caught.value)


def test_a_timestamp_url_column_for_the_planner_is_refused_naming_the_file(
    tmp_path: Path,
) -> None:
    # without text=, read_histories holds the URL column to text as ipprules plan does,
    # naming the file (left2: it read it, and plan_accounts refused the cell naming the
    # account); rows made otherwise are still refused by plan_accounts, as one machine does
    stamps = pa.array([1, 2], pa.timestamp("ms"))
    glob = _parquet(tmp_path, "t", pa.table({"account": ["lumen"] * 2, "url": stamps}))
    with pytest.raises(InputError, match=r"a\.parquet.*'url' holds timestamp\[ms\] values"):
        read_histories(glob, history=False)
    frame = pd.DataFrame({"account": ["lumen"] * 2, "url": pd.to_datetime([1, 2], unit="ms")})
    rows = dd.from_pandas(frame, npartitions=1)
    with pytest.raises(TypeError, match="the url column holds a Timestamp"):
        plan_accounts(rows, PLAN, as_of=AS_OF).outcomes.compute(scheduler="synchronous")


@pytest.mark.no_cover
def test_dictionary_encoded_columns_read_as_text(tmp_path: Path) -> None:
    plain = pa.table({"account": ["lumen", "lumen"], "url": URLS})
    coded = pa.table({"account": plain["account"].dictionary_encode(), "url": pa.array(URLS)})
    coded = coded.set_column(1, "url", plain["url"].dictionary_encode())
    a, b = _parquet(tmp_path, "plain", plain), _parquet(tmp_path, "coded", coded)
    want = parse_urls(a).compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(parse_urls(b).compute(scheduler="synchronous"), want)
    rows = [read_histories(p, history=False) for p in (a, b)]
    assert _outcomes(rows[1]) == _outcomes(rows[0])
    history = pd.read_csv(EXAMPLES / "history-accounts.csv", dtype=str, keep_default_na=False)
    table = pa.Table.from_pandas(history, preserve_index=False)
    at = table.schema.get_field_index("account")
    c, d = (
        _parquet(tmp_path, "h", table),
        _parquet(
            tmp_path, "hd", table.set_column(at, "account", table["account"].dictionary_encode())
        ),
    )
    want = standings(c, "2023-04-30").compute(scheduler="synchronous").sort_values("account")
    got = standings(d, "2023-04-30").compute(scheduler="synchronous").sort_values("account")
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))


def test_zero_row_parquet_files_give_no_rows(tmp_path: Path) -> None:
    empty = pa.table({"account": pa.array([], pa.string()), "url": pa.array([], pa.string())})
    glob = _parquet(tmp_path, "z", empty)
    assert len(parse_urls(glob).compute(scheduler="synchronous")) == 0
    assert _outcomes(read_histories(glob, history=False)) == []
    history = pd.read_csv(EXAMPLES / "history-accounts.csv", dtype=str, keep_default_na=False)
    (tmp_path / "hz").mkdir()
    history.iloc[:0].to_parquet(tmp_path / "hz" / "a.parquet", index=False)
    got = standings(str(tmp_path / "hz" / "*.parquet"), "2023-04-30")
    assert len(got.compute(scheduler="synchronous")) == 0


def test_a_glob_that_matches_nothing_is_refused(tmp_path: Path) -> None:
    for glob in (tmp_path / "none" / "*.parquet", tmp_path / "*.csv"):
        with pytest.raises(InputError, match="no file matches"):
            parse_urls(str(glob))
        with pytest.raises(InputError, match="no file matches"):
            read_histories(str(glob), history=False)
        with pytest.raises(InputError, match="no file matches"):
            standings(str(glob), "2023-04-30")


def test_a_csv_glob_of_different_headers(tmp_path: Path) -> None:
    # listings: each file by its own header, as ipprules listings reads each file
    (tmp_path / "a.csv").write_text(f"url,notes\n{URLS[0]},x\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"notes,url\ny,{URLS[1]}\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f"title,link\nz,{URLS[0]}\n", encoding="utf-8")
    got = parse_urls(str(tmp_path / "*.csv")).compute(scheduler="synchronous")
    assert got[["status", "input"]].values.tolist() == [
        ["listing", URLS[0]],
        ["rejected", URLS[1]],
        ["duplicate", URLS[0]],
    ]
    # the planner's rows and histories: one table, so the files' columns must agree
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.csv").write_text(f"account,url\nlumen,{TM}\n", encoding="utf-8")
    (tmp_path / "p" / "b.csv").write_text(f"url,account,notes\n{TM},lumen,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.csv:1: .*columns \(url, account, notes\) differ"):
        read_histories(str(tmp_path / "p" / "*.csv"), history=False)
