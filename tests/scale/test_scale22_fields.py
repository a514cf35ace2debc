"""Issue #13, field by field (scale22): every field of the one-machine answers is a column of
the Dask path's rows, or one docs/scaling.md names as left out, and the values are equal, row
for row: ``standings`` against ``standing(...).to_dict()`` per account (the Standing fields
added lately: the window, the abuse bar, the rule record, its rules, sources and confidence,
the rule book), ``parse_urls`` against ``dedupe(parse_listings(...))``'s ``to_dict()`` and
``plan_accounts`` against ``plan_listings(...).to_dict()`` per account, under a non-default
interpretation, a user rule file, an ``as_of`` at the Good Faith criteria's effective date,
accounts locked out, duplicates across partitions and empty partitions. Synchronous scheduler
with Hypothesis; once on the suite's 2-process cluster."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_cluster import cluster_client  # noqa: E402, F401  (the fixture "client")
from scale_data import histories, url_lists  # noqa: E402

import ipprules  # noqa: E402
from ipprules.checks import read_plan  # noqa: E402
from ipprules.goodfaith import History, standing  # noqa: E402
from ipprules.listings import Duplicate, dedupe, parse_listings  # noqa: E402
from ipprules.planner import PlanLine, Settings, plan_listings  # noqa: E402
from ipprules.scale import (  # noqa: E402
    COLUMNS,
    COMPLAINT_COLUMNS,
    OUTCOME_COLUMNS,
    STANDING_COLUMNS,
    parse_urls,
    plan_accounts,
    standings,
)

FEW = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
DOCS = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"
USER_RULES = "examples/rules-override.toml"
#: the outcome columns of where a row is (not fields of a one-machine line)
PLACES = ("account", "partition", "position", "duplicate_of_partition")
#: the Good Faith criteria of 2022 take effect on this day (2018's the day before)
EDGE = dt.date(2022, 4, 15)

#: before the programme (2015-04-01), at each version's first day and the day before, later
AS_OF = [
    dt.date(2015, 3, 31),
    dt.date(2015, 4, 1),
    dt.date(2018, 8, 14),
    dt.date(2018, 8, 15),
    EDGE - dt.timedelta(days=1),
    EDGE,
    dt.date(2023, 6, 30),
    dt.date(2024, 5, 1),
]
LOCKED = {
    "acme": [
        {
            "type": "complaint",
            "date": "2023-03-01",
            "platform": "taobao",
            "reason_code": "tm_counterfeit",
            "listings": 300,
            "taken_down": 0,
            "rejected": 300,
        },
        {"type": "abuse", "date": "2023-03-05"},
    ],
    "north": [{"type": "admission", "date": "2023-02-01"}, {"type": "abuse", "date": "2023-03-05"}],
    "zeta": [{"type": "declaration", "date": "2023-01-02"}],
}

#: Standing.to_dict() keys with no column of their own, as docs/scaling.md says
STANDING_LEFT_OUT = {"trial", "counts", "criteria", "reason_codes"}
#: the standings column of each nested field of to_dict()
STANDING_NESTED = {
    ("headroom", "failures"): "headroom_failures",
    ("headroom", "counter_notices"): "headroom_counter_notices",
    ("path", "successes"): "successes_needed",
    ("path", "volume"): "volume_needed",
    ("path", "declaration_missing"): "declaration_missing",
    ("path", "locked_until"): "locked_until",
    ("path", "failures_clear_on"): "failures_clear_on",
    ("path", "rates_pass_on"): "rates_pass_on",
    ("path", "rates_outlook"): "rates_outlook",
    ("path", "rates_fail_on"): "rates_fail_on",
    ("path", "abuse_bar"): "abuse_bar",
    ("path", "abuse_clears_on"): "abuse_clears_on",
    ("path", "qualify_under"): "qualify_under",
}


def _plain(value: Any) -> Any:
    """A cell as to_dict() gives it: dates as ISO text, lists as lists, <NA> as None."""
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        return [_plain(v) for v in list(value)]
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _user_book() -> Any:
    return ipprules.load_rulebook(USER_RULES)


def _expected_standing(account: str, data: dict[str, Any], complaints: int) -> dict[str, Any]:
    """The standings row of one account, every column from ``standing(...).to_dict()``."""
    rate = next((c for c in data["criteria"] if c["name"] == "takedown_rate"), None)
    row: dict[str, Any] = {"account": account, "complaints": complaints}
    for key, value in data.items():
        if isinstance(value, dict) and key in ("headroom", "path"):
            row |= {STANDING_NESTED[(key, k)]: v for k, v in value.items()}
        elif key not in STANDING_LEFT_OUT:
            row[key] = value
    row["takedown_rate"] = None if rate is None else rate["value"]
    row["criteria_failed"] = [c["name"] for c in data["criteria"] if not c["met"]]
    return row


def test_every_standing_field_is_a_column_or_documented_left_out() -> None:
    history = History.from_file("examples/history.csv")
    data = standing(history, "2023-03-31").to_dict()
    columns = {name for name, _ in STANDING_COLUMNS}
    for key, value in data.items():
        if key in STANDING_LEFT_OUT:
            assert f"`{key}`" in DOCS.read_text(encoding="utf-8"), key
        elif key in ("headroom", "path"):
            assert {STANDING_NESTED[(key, k)] for k in value} <= columns, key
        else:
            assert key in columns, key


def _history_frame(drawn: dict[str, list[dict[str, Any]]]) -> pd.DataFrame:
    rows = [
        {"account": a} | {k: str(v) for k, v in r.items()} for a, rs in drawn.items() for r in rs
    ]
    frame = pd.DataFrame(rows).fillna("")
    return frame.astype("string")


def _one_machine_standings(
    frame: pd.DataFrame, as_of: dt.date, interpretation: str | None, book: Any
) -> dict[str, dict[str, Any]]:
    out = {}
    for account, rows in frame.groupby("account", sort=False):
        text = rows.drop(columns="account").to_csv(index=False)
        path = Path("/tmp") / f"scale22-{account}.csv"
        path.write_text(text, encoding="utf-8")
        history = History.from_file(path)
        s = standing(history, as_of, interpretation=interpretation, rulebook=book)
        out[str(account)] = _expected_standing(str(account), s.to_dict(), history.complaints)
    return out


def _standings_equal(
    drawn: dict[str, list[dict[str, Any]]],
    as_of: dt.date,
    interpretation: str | None,
    user: bool,
    scheduler: Any,
) -> None:
    frame = _history_frame(drawn)
    book = _user_book() if user else None
    parts = dd.from_pandas(frame, npartitions=min(3, len(frame)))
    got = standings(parts, as_of, interpretation=interpretation, rulebook=book)
    table = got.compute(scheduler=scheduler)
    expected = _one_machine_standings(frame, as_of, interpretation, book)
    assert sorted(table["account"]) == sorted(expected)  # every account once
    for record in table.to_dict("records"):
        want = expected[record["account"]]
        have = {k: _plain(v) for k, v in record.items() if k != "takedown_rate_float"}
        assert have == want


@pytest.mark.no_cover
@FEW
@example(LOCKED, dt.date(2023, 4, 1), None, True)
@example(LOCKED, dt.date(2023, 4, 1), "official", False)
@given(
    histories,
    st.sampled_from(AS_OF),
    st.sampled_from([None, "official", "brief-at-least-100"]),
    st.booleans(),
)
def test_standings_equal_one_machine_field_by_field(
    drawn: dict[str, list[dict[str, Any]]],
    as_of: dt.date,
    interpretation: str | None,
    user: bool,
) -> None:
    _standings_equal(drawn, as_of, interpretation, user, "synchronous")


# ------------------------------------------------------------------------------ listings


def _cut(items: list[Any], sizes: list[int]) -> list[list[Any]]:
    """``items`` in runs of ``sizes`` (0: an empty run), the rest in a last run."""
    out, at = [], 0
    for size in sizes:
        out.append(items[at : at + size])
        at += len(out[-1])
    return [*out, items[at:]]


def _frame_of(pieces: list[list[Any]], meta: pd.DataFrame) -> Any:
    frames = [pd.DataFrame(p, columns=meta.columns).astype(meta.dtypes.to_dict()) for p in pieces]
    return dd.from_map(lambda f: f, frames, meta=meta, enforce_metadata=False)


def _listings_equal(texts: list[str], sizes: list[int], scheduler: Any) -> None:
    pieces = _cut([[t] for t in texts], sizes)
    meta = pd.DataFrame({"url": pd.Series([], dtype="string")})
    table = parse_urls(_frame_of(pieces, meta)).compute(scheduler=scheduler)
    assert list(table.columns) == [name for name, _ in COLUMNS]
    assert len(table) == len(texts)  # every input row once
    at = [(p, i) for p, piece in enumerate(pieces) for i in range(len(piece))]
    got = table.sort_values(["partition", "position"]).to_dict("records")
    assert [(r["partition"], r["position"]) for r in got] == at
    for (_, result), row in zip(dedupe(parse_listings(texts)), got, strict=True):
        first = result.first if isinstance(result, Duplicate) else None
        record = (result.listing if isinstance(result, Duplicate) else result).to_dict()
        assert set(record) <= set(row)  # every field of the record schema is a column
        assert {k: _plain(row[k]) for k in record} == record
        status = "duplicate" if first is not None else "listing" if record["ok"] else "rejected"
        assert row["status"] == status
        where = None if first is None else at[first]
        assert (_plain(row["first_partition"]), _plain(row["first_position"])) == (
            (None, None) if where is None else where
        )


@pytest.mark.no_cover
@FEW
@given(url_lists, st.lists(st.integers(0, 5), max_size=4))
def test_listings_equal_one_machine_field_by_field(texts: list[str], sizes: list[int]) -> None:
    _listings_equal([t for t in texts if t], sizes, "synchronous")


# ------------------------------------------------------------------------------ planner

PLAN = read_plan("examples/plan.toml")
SETTINGS = Settings(reason="tm_counterfeit", right="tm-cn-9")
#: the user rule file replaces the reason codes with its own
USER_SETTINGS = Settings(reason="acme_counterfeit", right="tm-cn-9")
REJECTED = "https://s.taobao.com/search?q=shoes"


def _planner_equal(
    pairs: list[tuple[str, str]],
    sizes: list[int],
    interpretation: str | None,
    user: bool,
    scheduler: Any,
) -> None:
    book = _user_book() if user else None
    chosen = USER_SETTINGS if user else SETTINGS
    meta = pd.DataFrame(
        {"account": pd.Series([], dtype="string"), "url": pd.Series([], dtype="string")}
    )
    frame = _frame_of(_cut([list(p) for p in pairs], sizes), meta)
    plans = {a: PLAN for a, _ in pairs if a != "ghost"}
    planned = plan_accounts(
        frame,
        plans,
        as_of="2026-11-23",
        settings=chosen,
        interpretation=interpretation,
        rulebook=book,
    )
    outcomes, complaints, results = planned.compute(scheduler=scheduler)
    assert len(outcomes) == len(pairs)  # every input row once
    result_of = dict(results)
    for account in dict.fromkeys(a for a, _ in pairs):
        mine = [
            PlanLine(line=n, url=u) for n, u in enumerate((u for a, u in pairs if a == account), 1)
        ]
        rows = outcomes[outcomes["account"] == account].sort_values("line")
        if account not in plans:
            assert set(rows["code"]) == {"unknown-account"}
            continue
        alone = plan_listings(
            mine,
            PLAN,
            as_of="2026-11-23",
            settings=chosen,
            interpretation=interpretation,
            rulebook=book,
        ).to_dict()
        assert result_of[account].to_dict() == alone
        names = [n for n, _ in OUTCOME_COLUMNS if n not in PLACES]
        assert set(alone["lines"][0]) == set(names)  # every field of a line is a column
        have = [{k: _plain(r[k]) for k in names} for r in rows.to_dict("records")]
        assert have == alone["lines"]
        made = complaints[complaints["account"] == account].to_dict("records")
        keys = [n for n, _ in COMPLAINT_COLUMNS if n not in ("account", "confidence_float")]
        wanted = [{"complaint": c.pop("id")} | c for c in alone["complaints"]]
        assert all(set(c) == set(keys) for c in wanted)
        assert [{k: _plain(c[k]) for k in keys} for c in made] == wanted


_pairs = st.lists(
    st.tuples(
        st.sampled_from(["acme", "lumen", "ghost"]),
        st.one_of(st.just(REJECTED), url_lists.map(lambda u: u[0] if u and u[0] else REJECTED)),
    ),
    min_size=1,
    max_size=12,
)


@pytest.mark.no_cover
@FEW
@given(
    _pairs,
    st.lists(st.integers(0, 4), max_size=3),
    st.sampled_from([None, "official"]),
    st.booleans(),
)
def test_planner_equals_one_machine_field_by_field(
    pairs: list[tuple[str, str]], sizes: list[int], interpretation: str | None, user: bool
) -> None:
    _planner_equal([*pairs, ("acme", REJECTED)], sizes, interpretation, user, "synchronous")


# ------------------------------------------------------------------------------ one cluster


def test_the_same_fields_and_values_on_a_two_process_cluster(client: Any) -> None:
    _standings_equal(LOCKED, EDGE, "official", True, client)
    _listings_equal(
        [
            "https://item.taobao.com/item.htm?id=606832683299",
            REJECTED,
            "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
        ],
        [1, 0],
        client,
    )
    _planner_equal(
        [
            ("acme", "https://detail.tmall.com/item.htm?id=690091011924"),
            ("acme", REJECTED),
            ("ghost", REJECTED),
            ("lumen", "https://detail.tmall.com/item.htm?id=690091011924&skuId=1"),
        ],
        [2, 0],
        "official",
        True,
        client,
    )
