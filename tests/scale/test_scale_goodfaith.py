"""Good Faith for many accounts = ``standing`` per account on its own history."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")
from scale_data import histories

from _hypothesis_profiles import CAPS, profile_name
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History, standing
from ipprules.scale import STANDING_COLUMNS, standing_row, standings

FEW = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
COLUMNS = ("account", "type", "date", "platform", "reason_code", "listings", "taken_down",
           "rejected", "withdrawn", "pending", "reinstated")  # fmt: skip


def _rows(data: dict[str, list[dict[str, object]]]) -> pd.DataFrame:
    rows = []
    for account, records in data.items():
        for r in records:
            rows.append(
                {c: ("" if r.get(c) is None else str(r[c])) for c in COLUMNS[1:]}
                | {"account": account}
            )
    # interleave accounts (a real feed is not sorted by account)
    rows = rows[::2] + rows[1::2]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _alone(records: list[dict[str, Any]]) -> History:
    built: list[Any] = []
    for r in records:
        if r["type"] == "complaint":
            built.append(
                Complaint(
                    filed=r["date"],
                    platform=r["platform"],
                    reason_code=r["reason_code"],
                    listings=r["listings"],
                    taken_down=r["taken_down"],
                    rejected=r["rejected"],
                    withdrawn=r["withdrawn"],
                    pending=r["pending"],
                    reinstated=r["reinstated"],
                )
            )
        else:
            built.append(AccountEvent(date=r["date"], kind=EventKind(r["type"])))
    return History.from_records(built)


def _check(
    data: dict[str, list[dict[str, Any]]],
    parts: int,
    as_of: dt.date,
    scheduler: Any,
    interpretation: str | None = None,
) -> None:
    frame = _rows(data)
    out = standings(
        dd.from_pandas(frame, npartitions=min(parts, len(frame))),
        as_of,
        interpretation=interpretation,
    )
    (got,) = dask.compute(out, scheduler=scheduler)
    assert sorted(got["account"]) == sorted(data)  # one row per account
    assert list(got.columns) == [name for name, _ in STANDING_COLUMNS]
    for account, records in data.items():
        history = _alone(records)
        s = standing(history, as_of, interpretation=interpretation)
        want = standing_row(account, s, history.complaints)
        row = got[got["account"] == account].iloc[0].to_dict()
        have = {k: (None if v is None or pd.isna(v) is True else v) for k, v in row.items()}
        for name in ("criteria_failed", "other_readings", "notes"):
            have[name] = list(have[name])
        assert have == want
        # the columns say what Standing says
        assert have["successes_needed"] == s.path.successes
        assert have["headroom_failures"] == s.headroom.failures
        assert have["qualifies"] is s.qualifies


@pytest.mark.no_cover
@FEW
@given(histories, st.integers(1, 4), st.integers(0, 700), st.sampled_from([None, "official"]))
def test_synchronous_equals_standing_per_account(
    data: Any, parts: int, day: int, interpretation: Any
) -> None:
    _check(data, parts, dt.date(2023, 1, 1) + dt.timedelta(days=day), "synchronous", interpretation)


def test_local_cluster_equals_standing_per_account(
    client: Any, request: pytest.FixtureRequest
) -> None:
    """The worker processes' standings are ``standing``'s per account: the property the
    synchronous test above draws 8 examples of, here on one drawn history (the process path
    is the point; each example costs seconds of a cluster's round trips); 3 under a
    full-budget profile (``thorough``)."""
    full = CAPS.get(profile_name(request.config)) is None

    @settings(max_examples=3 if full else 1, deadline=None, suppress_health_check=list(HealthCheck))
    @given(histories, st.integers(2, 4))
    def check(data: Any, parts: int) -> None:
        _check(data, parts, dt.date(2024, 3, 1), client)

    check()


def test_bad_rows_name_the_account_and_line() -> None:
    frame = pd.DataFrame(
        {
            "account": ["a", "a"],
            "type": ["complaint", "complaint"],
            "date": ["2023-01-05", "2023-02-30"],
            "platform": ["taobao"] * 2,
            "reason_code": ["x"] * 2,
            "listings": ["1", "1"],
            "taken_down": ["1", "1"],
        }
    )
    out = standings(dd.from_pandas(frame, npartitions=1), "2024-01-01")
    with pytest.raises(InputError, match=r"account=a:3:.*\$\.date"):
        out.compute(scheduler="synchronous")


def test_numeric_account_ids_are_their_digits() -> None:
    """Account ids kept as numbers (Parquet, pandas) were refused as "a history row has no
    account"; they name the account by their digits, the same standing as in text."""
    rows = {
        "type": ["complaint"] * 3,
        "date": ["2023-01-05"] * 3,
        "platform": ["taobao"] * 3,
        "reason_code": ["tm_counterfeit"] * 3,
        "listings": ["1"] * 3,
        "taken_down": ["1"] * 3,
    }
    numbers = pd.DataFrame({"account": [101, 101, 202], **rows})
    texts = numbers.assign(account=["101", "101", "202"])
    got = [
        standings(dd.from_pandas(f, npartitions=2), "2023-02-01")
        .compute(scheduler="synchronous")
        .sort_values("account")
        .reset_index(drop=True)
        for f in (numbers, texts)
    ]
    assert got[0].equals(got[1])
    assert got[0]["account"].tolist() == ["101", "202"]
    with pytest.raises(TypeError, match="the account column holds a bool"):
        standings(
            dd.from_pandas(numbers.assign(account=[True, True, False]), npartitions=1),
            "2023-02-01",
        ).compute(scheduler="synchronous")


def test_read_history_csv_glob(tmp_path: Any) -> None:
    frame = _rows(
        {
            "a": [{"type": "declaration", "date": dt.date(2023, 1, 2)}],
            "b": [
                {
                    "type": "complaint",
                    "date": dt.date(2023, 1, 5),
                    "platform": "taobao",
                    "reason_code": "x",
                    "listings": 2,
                    "taken_down": 2,
                }
            ],
        }
    )
    frame.to_csv(tmp_path / "h1.csv", index=False)
    frame.to_csv(tmp_path / "h2.csv", index=False)
    got = standings(str(tmp_path / "h*.csv"), "2023-06-01").compute(scheduler="synchronous")
    assert sorted(got["account"]) == ["a", "b"]
    assert got.set_index("account").loc["b", "complaints"] == 2  # one complaint in each file


@pytest.mark.no_cover
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(histories, st.integers(1, 3))
def test_same_as_history_by_account_on_one_file(data: Any, parts: int) -> None:
    """The multi-account file read by ``History.by_account`` (one machine) and by
    ``standings`` (Dask) gives the same numbers per account."""
    import io

    frame = _rows(data)
    text = frame.to_csv(index=False)
    day = dt.date(2024, 3, 1)
    alone = History.by_account(io.StringIO(text), name="h.csv")
    out = standings(dd.from_pandas(frame, npartitions=min(parts, len(frame))), day)
    (got,) = dask.compute(out, scheduler="synchronous")
    assert sorted(alone) == sorted(got["account"])
    for account, history in alone.items():
        want = standing_row(account, standing(history, day), history.complaints)
        row = got[got["account"] == account].iloc[0].to_dict()
        have = {k: (None if v is None or pd.isna(v) is True else v) for k, v in row.items()}
        for name in ("criteria_failed", "other_readings", "notes"):
            have[name] = list(have[name])
        assert have == want


def test_read_histories_reads_every_file_as_text(tmp_path: Any) -> None:
    from ipprules.scale import read_histories

    (tmp_path / "a.csv").write_text("account,url\nacme,x\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("\ufeffaccount,url\nbeta,\n", encoding="utf-8")
    frame = read_histories(str(tmp_path / "*.csv"))
    assert frame.npartitions == 2
    got = frame.compute(scheduler="synchronous")
    assert got.values.tolist() == [["acme", "x"], ["beta", ""]]


@pytest.mark.parametrize(
    ("files", "message", "bad", "line"),
    [
        ({"a.csv": b"account,url\nacme,x\n\xff\n"}, "not UTF-8 text", "a.csv", 3),
        ({"a.csv": b"account,url\nacme,x\x00\n"}, "NUL byte", "a.csv", 2),
        ({"a.csv": b"", "b.csv": b"\xef\xbb\xbf \n\xff\n"}, "not UTF-8 text", "b.csv", 2),
        ({"a.csv": b"account,url\n", "b.csv": b"acc,url\n"}, "differ from those of", "b.csv", 1),
        ({"a.csv": b"\xfeaccount\n"}, "not UTF-8 text", "a.csv", 1),
    ],
)
def test_read_histories_errors_name_the_file(
    tmp_path: Any, files: dict[str, bytes], message: str, bad: str, line: int
) -> None:
    from ipprules.errors import InputError
    from ipprules.scale import read_histories

    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        read_histories(str(tmp_path / "*.csv")).compute(scheduler="synchronous")
    assert (error.value.file, error.value.line) == (str(tmp_path / bad), line)
    with pytest.raises(InputError, match="no file matches"):
        read_histories(str(tmp_path / "none*.csv"))


def test_read_histories_required_columns_name_the_file(tmp_path: Any) -> None:
    from ipprules.scale import read_histories

    (tmp_path / "a.csv").write_text("account,link\nacme,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'url' \\(columns: account, link\\)") as error:
        read_histories(str(tmp_path / "a.csv"), require_columns=("account", "url"))
    assert (error.value.file, error.value.line) == (str(tmp_path / "a.csv"), 1)
    pd.DataFrame({"account": ["a"], "url": ["x"]}).to_parquet(tmp_path / "a.parquet")
    pd.DataFrame({"url": ["x"]}).to_parquet(tmp_path / "b.parquet")
    with pytest.raises(InputError, match="no column 'account'") as error:
        read_histories(str(tmp_path / "*.parquet"), require_columns=("account", "url"))
    assert error.value.file == str(tmp_path / "b.parquet")


@pytest.mark.no_cover
def test_an_account_as_a_number_and_as_text_is_one_standing() -> None:
    """101 and "101" in one account column (an object column, Dask's string conversion off)
    are one account's history, in whatever partitions they start (the planner planned them
    as two accounts; the standings share its reading of the column)."""
    rows = {
        "type": ["complaint"] * 4,
        "date": ["2023-01-05"] * 4,
        "platform": ["taobao"] * 4,
        "reason_code": ["tm_counterfeit"] * 4,
        "listings": ["1"] * 4,
        "taken_down": ["1", "0", "1", "0"],
        "rejected": ["0", "1", "0", "1"],
    }
    mixed = pd.DataFrame({"account": [101, "101", 101, "101"], **rows}, dtype=object)
    texts = mixed.assign(account=["101"] * 4)
    for partitions in (1, 2, 3, 4, 6, 8):
        with dask.config.set({"dataframe.convert-string": False}):  # keep the column's values
            sources = [
                dd.from_pandas(f, npartitions=partitions, sort=False) for f in (mixed, texts)
            ]
        got = [
            standings(source, "2023-02-01").compute(scheduler="synchronous").reset_index(drop=True)
            for source in sources
        ]
        assert got[0]["account"].tolist() == ["101"]
        assert got[0].equals(got[1])


@pytest.mark.no_cover
def test_a_parquet_history_with_typed_columns_reads_as_its_text(tmp_path: Any) -> None:
    """A history written to Parquet by pandas keeps its dates as timestamps (or dates) and a
    count column with a missing cell as floats: each cell is read as the text a CSV file
    would hold (2023-01-05, 3, empty), so the standings equal those of the text columns."""
    text = pd.DataFrame(
        {
            "account": ["a", "b", "a", "b"],
            "type": ["complaint", "complaint", "complaint", "declaration"],
            "date": ["2023-01-05", "2023-01-06", "2023-02-07", "2023-01-02"],
            "platform": ["taobao", "tmall", "taobao", ""],
            "reason_code": ["tm_counterfeit", "tm_counterfeit", "tm_misuse", ""],
            "listings": ["3", "2", "4", ""],
            "taken_down": ["3", "1", "2", ""],
            "rejected": ["0", "1", "2", ""],
        }
    )
    typed = text.assign(
        date=pd.to_datetime(text["date"]),
        listings=pd.to_numeric(text["listings"]),  # floats: NaN for the declaration
        taken_down=pd.to_numeric(text["taken_down"]),
        rejected=pd.to_numeric(text["rejected"]),
    )
    dated = typed.assign(date=typed["date"].dt.date)  # Parquet date32 is read as dates
    want = standings(dd.from_pandas(text, npartitions=2), "2023-03-31")
    for i, frame in enumerate((typed, dated)):
        frame.to_parquet(tmp_path / f"h{i}.parquet")
        for source in (dd.from_pandas(frame, npartitions=2), str(tmp_path / f"h{i}.parquet")):
            got = standings(source, "2023-03-31")
            a, b = dask.compute(got, want, scheduler="synchronous")
            pd.testing.assert_frame_equal(
                a.sort_values("account").reset_index(drop=True),
                b.sort_values("account").reset_index(drop=True),
            )


def test_a_glob_mixing_parquet_and_csv_is_refused_naming_a_parquet_file(tmp_path: Any) -> None:
    """read_histories (standings, plan --workers) reads one kind of file per glob: a Parquet
    file among CSV files is refused by name before anything runs, not read as CSV text."""
    from ipprules.scale import read_histories

    pd.DataFrame({"account": ["a"], "url": ["x"]}).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame({"account": ["a"], "url": ["x"]}).to_parquet(tmp_path / "b.parquet")
    with pytest.raises(InputError, match=r"a Parquet file among files read as CSV") as error:
        read_histories(str(tmp_path / "*"), require_columns=("account", "url"))
    assert error.value.file == str(tmp_path / "b.parquet")


@pytest.mark.parametrize("missing", ["", None])
def test_a_row_without_an_account_is_refused_where_it_is(missing: str | None) -> None:
    """A history row whose account is empty or missing belongs to no account's standing: it
    is refused with the input partition and row it sits at (after the shuffle, nothing
    else would find it among millions of rows)."""
    frame = pd.DataFrame(
        {
            "account": pd.Series(["a", "b", "a", missing, "b"], dtype=object),
            "type": ["complaint"] * 5,
            "date": ["2023-01-05"] * 5,
            "platform": ["taobao"] * 5,
            "reason_code": ["tm_counterfeit"] * 5,
            "listings": ["1"] * 5,
            "taken_down": ["1"] * 5,
        }
    )
    out = standings(dd.from_pandas(frame, npartitions=2), "2024-01-01")
    where = r"\$\.account: a history row has no account \(input partition 1, row 0\)"
    with pytest.raises(InputError, match=where):
        out.compute(scheduler="synchronous")


_BLANK = st.lists(st.sampled_from(["", " ", "\n", "\r\n", "\t", "\u3000"]), max_size=6).map("".join)


@pytest.mark.no_cover
@FEW
@given(
    blank=st.tuples(st.booleans(), _BLANK).map(lambda t: ("\ufeff" if t[0] else "") + t[1]),
    where=st.sampled_from(["a", "m", "z"]),
)
def test_a_file_with_no_rows_among_others_adds_none(
    tmp_path_factory: Any, blank: str, where: str
) -> None:
    """L8: a 0-byte or blank CSV is an empty history on one machine (History.from_file), so
    among files with headers it contributes no rows (it was 'empty file: no header row')."""
    from ipprules.scale import read_histories

    folder = tmp_path_factory.mktemp("blank")
    head = ",".join(COLUMNS)
    (folder / "f.csv").write_text(
        f"{head}\nacme,complaint,2023-01-05,taobao,tm_counterfeit,3,3,0,,,\n"
    )
    (folder / "g.csv").write_text(
        f"{head}\nbeta,complaint,2023-01-06,tmall,tm_counterfeit,2,1,1,,,\n"
    )
    assert History.from_file(_write(folder / "alone.txt", blank), format="csv").complaints == 0
    _write(folder / f"{where}.csv", blank)
    with dask.config.set(scheduler="synchronous"):
        rows = read_histories(str(folder / "*.csv")).compute()
        got = standings(str(folder / "*.csv"), "2023-03-31").compute()
    assert rows["account"].tolist() == ["acme", "beta"]
    assert sorted(got["account"]) == ["acme", "beta"]


def _write(path: Any, text: str) -> str:
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def test_files_with_no_rows_at_all_give_no_rows(tmp_path: Any) -> None:
    """Every file empty: no rows, and no standings (each is an empty history on one machine,
    and an account is known by its rows); the columns asked for are there."""
    from ipprules.scale import read_histories

    _write(tmp_path / "a.csv", "")
    _write(tmp_path / "b.csv", "\ufeff\r\n\n")
    with dask.config.set(scheduler="synchronous"):
        assert read_histories(str(tmp_path / "*.csv")).compute().shape == (0, 1)
        urls = read_histories(str(tmp_path / "*.csv"), text="url", require_columns=("account",))
        assert list(urls.compute().columns) == ["account", "url"]
        got = standings(str(tmp_path / "*.csv"), "2023-03-31").compute()
    assert len(got) == 0 and list(got.columns) == [name for name, _ in STANDING_COLUMNS]


def _shared_rows(accounts: list[str]) -> pd.DataFrame:
    n = len(accounts)
    return pd.DataFrame(
        {
            "account": accounts,
            "id": ["c1"] * n,
            "type": ["complaint"] * n,
            "date": ["2023-03-01"] * n,
            "platform": ["taobao"] * n,
            "reason_code": ["tm_counterfeit"] * n,
            "listings": [str(10 * (i + 1)) for i in range(n)],
            "taken_down": [str(10 * (i + 1)) for i in range(n)],
        }
    )


@pytest.mark.parametrize(
    "accounts",
    [["a", "b"], ["a", "x\ny"]],
    ids=["an id in two accounts", "a line break in an account"],
)
def test_what_one_file_of_every_account_refuses_is_read_account_by_account(
    accounts: list[str],
) -> None:
    """A partition's rows are read as one file of all its accounts first (one reader per
    partition); what that file refuses but each account's own file does not (a complaint id
    repeated in two accounts) is read account by account, with the numbers of each account's
    own file. (An account of white space is refused: tests/scale/test_scale_hostile_14.py.)"""
    frame = _shared_rows(accounts)
    out = standings(dd.from_pandas(frame, npartitions=1), "2023-03-31")
    got = out.compute(scheduler="synchronous").set_index("account")
    assert sorted(got.index) == sorted(accounts)
    for account, rows in frame.groupby("account"):
        text = rows.drop(columns="account").to_csv(index=False)
        history = History.from_file(io.StringIO(text), format="csv")
        want = standing_row(str(account), standing(history, "2023-03-31"), history.complaints)
        assert got.loc[account, "complaints"] == want["complaints"]
        assert got.loc[account, "takedown_rate"] == want["takedown_rate"]
        assert got.loc[account, "successes_needed"] == want["successes_needed"]


def test_a_partition_is_read_once_not_once_per_account(monkeypatch: Any) -> None:
    """Valid rows are read by one History reader per partition, not one per account (a
    reader per account cost about a quarter of the reading)."""
    from ipprules.goodfaith import history as module

    opened: list[str | None] = []
    real = module.row_blocks

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(kwargs.get("name"))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "row_blocks", counted)
    frame = _shared_rows(["a", "b", "c"]).drop(columns="id")
    out = standings(dd.from_pandas(frame, npartitions=1), "2023-03-31")
    got = out.compute(scheduler="synchronous")
    assert sorted(got["account"]) == ["a", "b", "c"]
    assert opened == ["account=*"]


def test_an_account_column_beside_the_one_named_is_refused_not_dropped() -> None:
    """``account="owner"`` on rows that also hold the history formats' own ``account``
    column: whose rows are they? The ``account`` column was dropped without a word."""
    rows = {"type": ["complaint"], "date": ["2023-01-05"], "platform": ["taobao"]}
    rows |= {"reason_code": ["tm_counterfeit"], "listings": ["1"], "taken_down": ["1"]}
    both = pd.DataFrame({"owner": ["a"], "account": ["b"], **rows})
    with pytest.raises(InputError, match=r"\$\.account: two account columns: 'owner'"):
        standings(dd.from_pandas(both, npartitions=1), "2023-02-01", account="owner")
    # the account column named alone is read as before
    alone = pd.DataFrame({"owner": ["a"], **rows})
    got = standings(dd.from_pandas(alone, npartitions=1), "2023-02-01", account="owner")
    assert got.compute(scheduler="synchronous")["account"].tolist() == ["a"]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"interpretation": "nope"}, "UnknownNameError"),
        ({"metrics": ["nope"]}, "UnknownNameError"),
        ({"as_of": "1950-01-01"}, "CoverageError"),
    ],
)
def test_standings_refuses_at_the_call_what_standing_refuses(
    options: dict[str, object], error: str
) -> None:
    """An unknown interpretation or metric, or a date before the rule book, is refused when
    ``standings`` is called, as one machine's ``standing`` refuses it: not later, on a worker,
    when the graph is computed (diffscale noticed), and not never for an empty history."""
    from ipprules.errors import IpprulesError

    as_of = str(options.pop("as_of", "2026-11-23"))
    with pytest.raises(IpprulesError) as one:
        standing(History.from_records([]), as_of, **options)  # type: ignore[arg-type]
    with pytest.raises(type(one.value), match=re.escape(str(one.value))):
        standings("examples/history-accounts.csv", as_of, **options)  # type: ignore[arg-type]
    assert type(one.value).__name__ == error
