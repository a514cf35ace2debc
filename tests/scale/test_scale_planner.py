"""Planner at scale = ``plan_listings`` per account alone; every row accounted for once."""

from __future__ import annotations

from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")
from scale_data import urls

from ipprules.checks import read_plan
from ipprules.planner import PlanLine, Settings, plan_listings
from ipprules.scale import UNKNOWN_ACCOUNT, book_loads, plan_accounts

PLAN = read_plan("examples/plan.toml")
SETTINGS = Settings(reason="tm_counterfeit", right="tm-cn-9")
AS_OF = "2026-11-23"
PLANS = {"lumen": PLAN, "acme": PLAN}
FEW = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))

rows = st.lists(
    st.tuples(st.sampled_from(["lumen", "acme", "nobody"]), urls()), min_size=1, max_size=40
)


def _check(pairs: list[tuple[str, str]], parts: int, scheduler: Any) -> None:
    frame = dd.from_pandas(
        pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]}),
        npartitions=parts,
    )
    planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    outcomes, complaints, results = dask.compute(
        planned.outcomes, planned.complaints, planned.results, scheduler=scheduler
    )
    once = planned.compute(scheduler=scheduler)  # the three from one planning of each account
    pd.testing.assert_frame_equal(once[0], outcomes)
    pd.testing.assert_frame_equal(once[1], complaints)
    assert once[2] == list(results)
    # conservation: every input row exactly once
    assert len(outcomes) == len(pairs)
    sizes = [len(p) for p in dask.compute(*frame.to_delayed(), scheduler="synchronous")]
    offsets = [sum(sizes[:i]) for i in range(len(sizes))]
    globals_ = sorted(
        offsets[p] + q for p, q in zip(outcomes["partition"], outcomes["position"], strict=True)
    )
    assert globals_ == list(range(len(pairs)))
    for _, row in outcomes.iterrows():
        assert pairs[offsets[row["partition"]] + row["position"]] == (row["account"], row["url"])
    by_account = dict(results)
    for account in sorted({a for a, _ in pairs}):
        mine = [u for a, u in pairs if a == account]
        got = outcomes[outcomes["account"] == account].sort_values("line")
        if account not in PLANS:
            assert got["code"].tolist() == [UNKNOWN_ACCOUNT] * len(mine)
            assert account not in by_account
            continue
        alone = plan_listings(
            [PlanLine(line=n, url=u) for n, u in enumerate(mine, start=1)],
            PLAN,
            as_of=AS_OF,
            settings=SETTINGS,
        )
        assert by_account[account] == alone
        want = [o.as_dict() for o in alone.outcomes]
        have = [
            {k: (None if v is pd.NA else v) for k, v in r.items()}
            for r in got.drop(
                columns=["account", "partition", "position", "duplicate_of_partition"]
            ).to_dict("records")
        ]
        assert have == want
        mine_c = complaints[complaints["account"] == account]
        assert mine_c["complaint"].tolist() == [p.complaint.id for p in alone.complaints]
        assert [list(x) for x in mine_c["listings"]] == [
            list(p.complaint.listings) for p in alone.complaints
        ]
        assert [list(x) for x in mine_c["lines"]] == [list(p.lines) for p in alone.complaints]


@pytest.mark.no_cover
@FEW
@given(rows, st.integers(1, 4))
def test_synchronous_equals_plan_listings_per_account(
    pairs: list[tuple[str, str]], parts: int
) -> None:
    _check(pairs, parts, "synchronous")


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows, st.integers(2, 5))
def test_local_cluster_equals_plan_listings_per_account(
    client: Any, pairs: list[tuple[str, str]], parts: int
) -> None:
    _check(pairs, parts, client)


#: A file's record: (account, url, notes), or a line that is no record (blank, spaces).
records = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(["lumen", "acme", "nobody", ""]), urls(),
                  st.sampled_from(["", " ", "x", "a, b"])),
        st.tuples(st.sampled_from(["lumen", ""]), st.just(""), st.just("")),  # blank cells
        st.sampled_from(["", "  "]),  # blank lines
    ),
    min_size=1,
    max_size=30,
)  # fmt: skip
#: The URL column's names ``ipprules plan`` reads (``URL_COLUMNS``, as a header writes them).
url_names = st.sampled_from(["url", "URL", "Link", "href", "链接", "Listing URL", "网址"])


def _write(path: Any, header: list[str], rows: list[Any], account: bool) -> list[str | None]:
    """Write ``rows`` as a CSV under ``header`` (with or without the account cells); the
    account of each line of the file (``None``: the header, a blank line)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header if account else header[1:])
    owners: list[str | None] = [None]
    for row in rows:
        if isinstance(row, str):
            out.write(row + "\n")
            owners.append(None)
        else:
            writer.writerow(row if account else row[1:])
            owners.append(row[0])
    path.write_text(out.getvalue(), "utf-8")
    return owners


@pytest.mark.no_cover
@FEW
@given(records, url_names)
def test_files_planned_with_workers_equal_plan_per_account_on_one_machine(
    tmp_path_factory: pytest.TempPathFactory, rows: list[Any], name: str
) -> None:
    """The same file read and planned by ``read_rows`` and ``plan_accounts`` (what
    ``ipprules plan --workers`` runs) and, without its account column, by ``read_lines`` and
    ``plan_listings`` for each account's lines (what ``ipprules plan`` runs on one machine):
    the same lines (numbered by the file, a record of blank cells a rejected row, blank lines
    none), the same outcomes and complaints, whatever the URL column's name."""
    from ipprules.planner import read_lines
    from ipprules.scale._planner import NO_ACCOUNT, read_rows

    where = tmp_path_factory.mktemp("rows")
    header = ["account", name, "notes"]
    owners = _write(where / "many.csv", header, rows, account=True)
    assert _write(where / "one.csv", header, rows, account=False) == owners
    frame, column = read_rows(str(where / "many.csv"), lines="n")
    planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS, column=column,
                            line="n")  # fmt: skip
    outcomes, complaints, results = dask.compute(
        planned.outcomes, planned.complaints, planned.results, scheduler="synchronous"
    )
    one_machine = list(read_lines(where / "one.csv"))
    # every record once (a blank line is none), on both
    assert sorted(outcomes["line"]) == [line.line for line in one_machine]
    assert len(one_machine) == sum(1 for r in rows if not isinstance(r, str))
    by_account = dict(results)
    for account in sorted({o for o in owners if o is not None}):
        mine = [line for line in one_machine if owners[line.line - 1] == account]
        # a row of no account has none (<NA>), whatever its cell held (scaledocs1)
        got = outcomes[outcomes["account"].fillna("") == account].sort_values("line")
        if account not in PLANS:
            code = NO_ACCOUNT if not account else UNKNOWN_ACCOUNT
            assert got["code"].tolist() == [code] * len(mine)
            assert got["url"].tolist() == [line.url for line in mine]
            continue
        alone = plan_listings(mine, PLAN, as_of=AS_OF, settings=SETTINGS)
        assert by_account[account] == alone
        have = [
            {k: (None if v is pd.NA else v) for k, v in r.items()}
            for r in got.drop(
                columns=["account", "partition", "position", "duplicate_of_partition"]
            ).to_dict("records")
        ]
        assert have == [o.as_dict() for o in alone.outcomes]
        mine_c = complaints[complaints["account"] == account]
        assert [list(x) for x in mine_c["lines"]] == [list(p.lines) for p in alone.complaints]


def test_optional_columns_are_read_as_the_planner_reads_them() -> None:
    frame = pd.DataFrame(
        {
            "account": ["lumen"] * 3,
            "url": [
                "https://detail.tmall.com/item.htm?id=690091011924",
                "https://item.taobao.com/item.htm?id=606832683299",
                "https://detail.1688.com/offer/585943639773.html",
            ],
            "right": ["tm-cn-9", "no-such-right", ""],
            "confidence": ["0.9", "", "0.5"],
        }
    )
    planned = plan_accounts(
        dd.from_pandas(frame, npartitions=2), PLANS, as_of=AS_OF, settings=SETTINGS
    )
    (out,) = dask.compute(planned.outcomes, scheduler="synchronous")
    alone = plan_listings(
        [
            PlanLine(
                line=1,
                url=frame.url[0],
                right="tm-cn-9",
                confidence=__import__("fractions").Fraction(9, 10),
            ),
            PlanLine(line=2, url=frame.url[1], right="no-such-right"),
            PlanLine(line=3, url=frame.url[2], confidence=__import__("fractions").Fraction(1, 2)),
        ],
        PLAN,
        as_of=AS_OF,
        settings=SETTINGS,
    )
    assert out.sort_values("line")["status"].tolist() == [o.status.value for o in alone.outcomes]
    assert out.sort_values("line")["code"].tolist()[1] == "unknown-right"


def test_rule_data_loads_once_per_worker(client: Any) -> None:
    pairs = [
        (f"acct{i % 16}", f"https://item.taobao.com/item.htm?id={606832683299 + i}")
        for i in range(48)  # 16 accounts of 3 rows: the 8 tasks, not the rows, are the point
    ]
    plans = {f"acct{i}": PLAN for i in range(16)}
    frame = dd.from_pandas(
        pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]}),
        npartitions=8,
    )
    planned = plan_accounts(frame, plans, as_of=AS_OF, settings=SETTINGS)
    (out,) = dask.compute(planned.outcomes, scheduler=client)
    assert len(out) == 48
    loads = client.run(book_loads)
    assert len(loads) == 2
    # 8 planning tasks on 2 workers: each worker read the rule data at most once
    assert all(n <= 1 for n in loads.values()), loads
    # the workers hold the embedded book now: read by these tasks (counted above) or, on the
    # suite's shared cluster, by an earlier test's (a book unpickled or a result's method)
    assert any(client.run(_holds_the_embedded_book).values())


def _holds_the_embedded_book() -> bool:
    from ipprules import rulebook

    return bool(rulebook._DEFAULT)


def test_a_url_cell_that_is_not_text_is_refused_not_emptied() -> None:
    """A missing cell is a rejected line (accounted for); a number is a TypeError, as
    plan_listings refuses it, never read as an empty line."""
    rows = pd.DataFrame(
        {"account": ["lumen", "lumen"], "url": pd.Series([None, 606832683299], dtype=object)}
    )
    with dask.config.set({"dataframe.convert-string": False}):  # keep the number a number
        frame = dd.from_pandas(rows, npartitions=1)
        planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
        with pytest.raises(TypeError, match="holds an int for account 'lumen'"):
            planned.outcomes.compute(scheduler="synchronous")
    missing = dd.from_pandas(rows.iloc[:1], npartitions=1)
    out = plan_accounts(missing, PLANS, as_of=AS_OF, settings=SETTINGS).outcomes.compute(
        scheduler="synchronous"
    )
    assert out[["status", "code"]].values.tolist() == [["rejected", "listing:empty"]]


def test_the_results_bag_computes_when_the_cluster_is_the_default_client(client: Any) -> None:
    """With a distributed client as the default when the graph is built, Dask picks its P2P
    shuffle, whose barrier did not survive the partitions leaving the expression graph for
    the bag of results ("P2P ... failed during transfer phase"); the planner shuffles by
    tasks."""
    frame = pd.DataFrame(
        {
            "account": ["lumen", "lumen", "acme"],
            "url": [
                "https://detail.tmall.com/item.htm?id=690091011924",
                "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
                "https://detail.tmall.com/item.htm?id=690091011925",
            ],
        }
    )
    with client.as_current():
        planned = plan_accounts(
            dd.from_pandas(frame, npartitions=2), PLANS, as_of=AS_OF, settings=SETTINGS
        )
        outcomes, complaints, results = dask.compute(
            planned.outcomes, planned.complaints, planned.results
        )
    assert len(outcomes) == 3 and len(complaints) == 2
    assert sorted(name for name, _ in results) == ["acme", "lumen"]


def test_numeric_accounts_spreadsheet_names_and_blank_urls() -> None:
    """Numeric account ids (as Parquet and pandas keep them) name their accounts' plans;
    the planner's columns are read under the names its CSV reader reads (Reason, Order
    Number); a blank URL is a rejected row even beside other columns; a misspelt planner
    column is refused before anything runs, as on one machine."""
    from ipprules.errors import InputError

    frame = pd.DataFrame(
        {
            "account": [101, 101, 202],
            "url": [
                "https://detail.tmall.com/item.htm?id=690091011924",
                " ",
                frame_url := ("https://item.taobao.com/item.htm?id=606832683299"),
            ],
            "Reason": ["tm_counterfeit", "tm_counterfeit", "tm_counterfeit"],
            "Confidence": ["0.9", "", "50%"],
            "Title": ["a lamp", "", "ignored"],
        }
    )
    planned = plan_accounts(
        dd.from_pandas(frame, npartitions=2),
        {101: PLAN, "202": PLAN},
        as_of=AS_OF,
        settings=Settings(right="tm-cn-9"),
    )
    out, results = dask.compute(planned.outcomes, planned.results, scheduler="synchronous")
    rows = out.sort_values(["account", "line"])[["account", "status", "code"]].values.tolist()
    assert [[a, s, None if c is pd.NA else c] for a, s, c in rows] == [
        ["101", "planned", None],
        ["101", "rejected", "listing:empty"],
        ["202", "planned", None],
    ]
    alone = plan_listings(
        [PlanLine(line=1, url=frame_url, reason="tm_counterfeit",
                  confidence=__import__("fractions").Fraction(1, 2))],
        PLAN, as_of=AS_OF, settings=Settings(right="tm-cn-9"),
    )  # fmt: skip
    assert dict(results)["202"] == alone
    typo = frame.rename(columns={"Reason": "reasno"})
    with pytest.raises(InputError, match="did you mean 'reason'"):
        plan_accounts(dd.from_pandas(typo, npartitions=1), PLAN, as_of=AS_OF)


def test_an_account_as_a_number_and_as_text_is_one_account() -> None:
    """An object column holding both 101 and "101" (a spreadsheet column read as mixed
    values) planned them as two accounts named "101", each with its own complaints: they are
    one account, planned as `plan_listings` plans its lines alone."""
    urls = [
        "https://detail.tmall.com/item.htm?id=690091011924",
        "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://item.taobao.com/item.htm?id=606832683299",
    ]
    frame = pd.DataFrame({"account": [101, "101", "101", 101], "url": urls}, dtype=object)
    for partitions in (1, 2, 4):
        with dask.config.set({"dataframe.convert-string": False}):  # keep the column's values
            source = dd.from_pandas(frame, npartitions=partitions, sort=False)
        planned = plan_accounts(
            source,
            {"101": PLAN},
            as_of=AS_OF,
            settings=Settings(right="tm-cn-9", reason="tm_counterfeit"),
        )
        out, results = dask.compute(planned.outcomes, planned.results, scheduler="synchronous")
        alone = plan_listings(
            urls, PLAN, as_of=AS_OF, settings=Settings(right="tm-cn-9", reason="tm_counterfeit")
        )
        assert [name for name, _ in results] == ["101"]
        assert results[0][1] == alone
        assert sorted(out["status"].tolist()) == ["duplicate", "duplicate", "planned", "planned"]

    from ipprules.errors import InputError

    with pytest.raises(InputError, match="name account '101' twice"):
        plan_accounts(dd.from_pandas(frame, npartitions=1), {101: PLAN, "101": PLAN}, as_of=AS_OF)


def test_compute_plans_each_partition_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import ipprules.scale._planner as planner_at_scale

    calls: list[int] = []
    real = planner_at_scale._plan_partition

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(planner_at_scale, "_plan_partition", counted)
    pairs = [("acme", u) for u in ("https://item.taobao.com/item.htm?id=606832683299",) * 3]
    pairs += [("lumen", "https://detail.tmall.com/item.htm?id=520813250866")]
    frame = dd.from_pandas(
        pd.DataFrame({"account": [a for a, _ in pairs], "url": [u for _, u in pairs]}),
        npartitions=3,
    )
    planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    outcomes, complaints, results = planned.compute(scheduler="synchronous")
    assert len(calls) == 3  # one task a partition: the frames and the bag share it
    assert sorted(outcomes["status"]) == ["duplicate", "duplicate", "planned", "planned"]
    assert sorted(complaints["account"]) == ["acme", "lumen"]
    assert sorted(a for a, _ in results) == ["acme", "lumen"]


def test_compute_of_accounts_built_by_hand_computes_each_collection() -> None:
    from ipprules.scale import PlannedAccounts

    frame = dd.from_pandas(
        pd.DataFrame({"account": ["acme"], "url": ["https://item.taobao.com/item.htm?id=1"]}),
        npartitions=1,
    )
    made = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    by_hand = PlannedAccounts(made.outcomes, made.complaints, made.results)
    want = made.compute(scheduler="synchronous")
    got = by_hand.compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(got[0], want[0])
    pd.testing.assert_frame_equal(got[1], want[1])
    assert got[2] == want[2]


def test_shared_tasks_are_not_a_constructor_argument_nor_kept_by_evolve() -> None:
    import inspect

    import attrs

    from ipprules.scale import PlannedAccounts

    assert list(inspect.signature(PlannedAccounts).parameters) == [
        "outcomes", "complaints", "results"
    ]  # fmt: skip
    frame = dd.from_pandas(
        pd.DataFrame(
            {"account": ["acme"], "url": ["https://item.taobao.com/item.htm?id=606832683299"]}
        ),
        npartitions=1,
    )
    made = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    other = plan_accounts(frame, {"lumen": PLAN}, as_of=AS_OF, settings=SETTINGS)
    # an evolved record computes its own collections, not the tasks of the one it came from
    evolved = attrs.evolve(made, outcomes=other.outcomes)
    assert evolved.compute(scheduler="synchronous")[0]["status"].tolist() == ["rejected"]
    assert made.compute(scheduler="synchronous")[0]["status"].tolist() == ["planned"]


def test_an_account_column_beside_the_one_named_is_refused_as_such() -> None:
    """``account="owner"`` on rows that also hold an ``account`` column was refused with the
    one-machine message pointing to ``--workers`` and ``plan_accounts``, the very call."""
    from ipprules.errors import InputError

    url = "https://item.taobao.com/item.htm?id=606832683299"
    both = pd.DataFrame({"owner": ["acme"], "account": ["lumen"], "url": [url]})
    with pytest.raises(InputError, match=r"\$\.account: two account columns: 'owner'"):
        plan_accounts(
            dd.from_pandas(both, npartitions=1), PLANS, as_of=AS_OF, settings=SETTINGS,
            account="owner",
        )  # fmt: skip
    alone = pd.DataFrame({"owner": ["acme"], "url": [url]})
    planned = plan_accounts(
        dd.from_pandas(alone, npartitions=1), PLANS, as_of=AS_OF, settings=SETTINGS,
        account="owner",
    )  # fmt: skip
    assert planned.compute(scheduler="synchronous")[0]["status"].tolist() == ["planned"]


def test_compute_with_a_scheduler_dask_does_not_know_is_the_library_s_error() -> None:
    from ipprules.errors import UnknownNameError

    frame = dd.from_pandas(
        pd.DataFrame({"account": ["acme"], "url": ["https://item.taobao.com/item.htm?id=1"]}),
        npartitions=1,
    )
    planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    with pytest.raises(UnknownNameError, match="unknown scheduler 'bogus'"):
        planned.compute(scheduler="bogus")
    assert len(planned.compute(scheduler="Synchronous")[0]) == 1  # Dask's names, any case


def test_compute_with_a_scheduler_dask_cannot_use_is_the_library_s_error() -> None:
    """``scheduler=1`` was Dask's ``ValueError`` ("Unexpected scheduler") and
    ``scheduler="distributed"`` with no client Dask's ``RuntimeError`` (review17)."""
    import concurrent.futures

    from ipprules.errors import IpprulesError

    frame = dd.from_pandas(
        pd.DataFrame({"account": ["acme"], "url": ["https://item.taobao.com/item.htm?id=1"]}),
        npartitions=1,
    )
    planned = plan_accounts(frame, PLANS, as_of=AS_OF, settings=SETTINGS)
    with pytest.raises(TypeError, match=r"scheduler must be a name .* got int"):
        planned.compute(scheduler=1)
    with pytest.raises(IpprulesError, match="scheduler 'distributed': no Dask client is active"):
        planned.compute(scheduler="distributed")
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # what Dask takes stays taken
        assert len(planned.compute(scheduler=pool)[0]) == 1
    assert len(planned.compute(scheduler=dask.get)[0]) == 1
