"""Accounts with hostile names (#13: "for random inputs the Dask results equal the
single-machine results row for row"): blank-looking, Unicode, ``..``, ``/``, commas, quotes,
line breaks inside a quoted cell, a byte order mark, names pandas could take for missing
(``NA``, ``nan``, ``None``) or numbers (``0101``, ``1e3``), written to CSV files and read back
by the Dask path, against one machine per account: ``History.by_account`` then ``standing``,
and ``plan_listings`` over each account's URLs alone. The other scale tests draw their
accounts from a few plain names. Synchronous scheduler; one case on the shared 2-process
``LocalCluster``."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_cluster import cluster_client  # noqa: E402, F401
from scale_data import complaints, urls  # noqa: E402
from test_same_answer_dasksame import (  # noqa: E402
    AS_OF,
    HISTORY_COLUMNS,
    _history_lines,
    _plan_check,
    _plan_setup,
    _planned_from,
    _standings_rows,
)

SOME = settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))

#: characters a hostile account name is made of: path pieces, CSV syntax, white space pandas
#: or Python strip (an ideographic space, a tab), one that neither strips (a zero-width space),
#: a byte order mark, digits of two scripts, an accented letter
_CHARS = [*'aZ0.,/"\n\r\t #=-', "\u3000", "\u200b", "\ufeff", "ü", "٣"]
#: names pandas' CSV reader would take for missing values or numbers if it were let to guess
_NAMES = [
    "..",
    "/",
    "a/b",
    "NA",
    "nan",
    "None",
    "null",
    "0101",
    "1e3",
    "-1",
    "True",
    " a ",
    "\ufeffa",
]
names = st.one_of(st.sampled_from(_NAMES), st.text(st.sampled_from(_CHARS), min_size=1, max_size=4))
#: an account name a history row may carry (one without is refused: tested elsewhere)
named = names.filter(lambda n: bool(n.strip()))


@pytest.mark.no_cover
@example(data={"..": [], "a/b": [], "NA": [], "0101": []}, order=[0, 1, 2, 3], cuts=[2])
@example(data={"\ufeffa": [], "a": [], "a\r\nb": [], '"': []}, order=[], cuts=[1])
@SOME
@given(
    st.dictionaries(named, st.lists(complaints(), min_size=0, max_size=3), min_size=1, max_size=4),
    st.lists(st.integers(0, 9), max_size=12),
    st.lists(st.integers(0, 12), max_size=3),
)
def test_hostile_account_names_in_history_files_give_each_accounts_standing(
    tmp_path_factory: pytest.TempPathFactory,
    synchronous_dask: None,
    data: dict[str, list[dict[str, Any]]],
    order: list[int],
    cuts: list[int],
) -> None:
    from ipprules.scale import standings

    data = {a: records or [_one(a)] for a, records in data.items()}
    folder = tmp_path_factory.mktemp("history")
    paths = _write(folder, HISTORY_COLUMNS, _history_lines(data, order), cuts)
    want = _standings_alone(paths)
    assert sorted(want) == sorted(data)  # one machine keeps every name as written
    got = _standings_rows(standings(str(folder / "r*.csv"), AS_OF).compute())
    assert got == want


def _write(folder: Path, header: list[str], rows: list[list[str]], cuts: list[int]) -> list[Path]:
    """``rows`` in CSV files cut at ``cuts``, a header each, CRLF line ends (Python's writer
    quotes a cell holding a character of the line end: a bare CR in a name is quoted too)."""
    folder.mkdir(parents=True, exist_ok=True)
    points = sorted({0, len(rows), *(c % (len(rows) + 1) for c in cuts)})
    paths = []
    for i, (a, b) in enumerate(itertools.pairwise(points)):
        path = folder / f"r{i}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows(rows[a:b])
        paths.append(path)
    return paths


def _standings_alone(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Each account's standing row as one machine gives it: the files' rows joined into one
    file (their bytes as written: a quoted ``\r\n`` stays one), ``History.by_account``, then
    ``standing`` per account."""
    from ipprules.goodfaith import History, standing
    from ipprules.scale import standing_row

    joined = paths[0].parent / "joined.csv"
    bodies = [p.read_bytes().split(b"\r\n", 1) for p in paths]
    joined.write_bytes(bodies[0][0] + b"\r\n" + b"".join(body for _, body in bodies))
    histories = History.by_account(str(joined))
    joined.unlink()
    return {a: standing_row(a, standing(h, AS_OF), h.complaints) for a, h in histories.items()}


def _one(account: str) -> dict[str, Any]:
    """A complaint for an account drawn with none (a history row needs one)."""
    import datetime as dt

    return {"type": "complaint", "date": dt.date(2023, 5, 1 + len(account) % 20),
            "platform": "taobao", "reason_code": "tm_counterfeit", "listings": 3,
            "taken_down": 2, "rejected": 1, "withdrawn": 0, "pending": 0, "reinstated": 0}  # fmt: skip


@pytest.mark.no_cover
@example(pairs=[("..", "https://s.taobao.com/search?q=x"), ("a/b", "x"), (" ", "y")], cuts=[1])
@example(pairs=[("NA", "https://item.taobao.com/item.htm?id=606832683299")] * 2, cuts=[])
@SOME
@given(
    st.lists(st.tuples(names, urls()), min_size=1, max_size=12),
    st.lists(st.integers(0, 12), max_size=3),
)
def test_hostile_account_names_in_plan_rows_are_planned_as_each_alone(
    tmp_path_factory: pytest.TempPathFactory,
    synchronous_dask: None,
    pairs: list[tuple[str, str]],
    cuts: list[int],
) -> None:
    plan, _ = _plan_setup()
    rows = [[a, u] for a, u in pairs]
    # every other name has a plan: the rest are rejected as unknown (or as no account)
    plans = {a: plan for i, a in enumerate(sorted({a for a, _ in pairs})) if i % 2 == 0}
    folder = tmp_path_factory.mktemp("plan")
    _write(folder, ["account", "url"], rows, cuts)
    outcomes, made = _planned_from(str(folder / "r*.csv"), plans)
    _plan_check(rows, outcomes, made, {a: p for a, p in plans.items() if a.strip()})


def test_hostile_account_names_on_a_local_cluster(client: Any, tmp_path: Path) -> None:
    from ipprules.scale import standings

    data = {name: [_one(name)] for name in ["..", "a/b", "NA", "0101", 'x,"y"\nz', "\u3000ü"]}
    paths = _write(tmp_path, HISTORY_COLUMNS, _history_lines(data, [3, 1, 4, 1, 5]), [2, 4])
    got = _standings_rows(client.compute(standings(str(tmp_path / "r*.csv"), AS_OF)).result())
    assert got == _standings_alone(paths)
