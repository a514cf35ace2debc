"""scale20 (#13): the planner's Dask path (``plan_accounts``, ``ipprules plan --workers``)
reads a row's right, reason, target and order number cells as one machine does
(``read_lines`` then ``plan_listings``): a right cell naming exactly one of the account's ids
is that right, separators and all (it was split on ``;`` and refused citing R45), and a cell
naming several values (``a;b``, ``a|b``, ``a, b``, or an id one slip off) is refused with the
same words, citing the rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")

from ipprules.checks import read_plan  # noqa: E402
from ipprules.checks.model import Plan  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.planner import Settings, plan_listings, read_lines  # noqa: E402
from ipprules.scale import plan_accounts  # noqa: E402

ACCOUNT = Path("examples/planner-account.toml")
URLS = [
    "https://item.taobao.com/item.htm?id=612345678901",
    "https://m.intl.taobao.com/detail/detail.html?id=612345678901",
    "https://item.taobao.com/item.htm?id=612345678902",
]
#: each account's one right id, holding a separator
IDS = {"acme": "tm;cn", "beta": "tm|cn"}
COLUMNS = ["right", "reason", "target", "order_number"]
GOOD = {"reason": "tm_counterfeit", "target": "listing", "order_number": ""}


def _plan(tmp_path: Path, right_id: str) -> Plan:
    text = ACCOUNT.read_text(encoding="utf-8").replace(
        'id = "tm-cn"', f"id = {json.dumps(right_id)}"
    )
    path = tmp_path / f"{abs(hash(right_id))}.toml"
    path.write_text(text, encoding="utf-8")
    return read_plan(str(path))


def _rows(name: str, column: str, cell: str) -> list[dict[str, str]]:
    """The account's rows: ``cell`` in ``column`` of its second row, good cells elsewhere."""
    rows = []
    for n, url in enumerate(URLS):
        row = {"url": url, "right": IDS[name], **GOOD}
        if n == 1:
            row[column] = cell.replace("ID", IDS[name])
        rows.append(row)
    return rows


def _one_machine(rows: list[dict[str, str]], plan: Plan) -> Any:
    """What one machine answers for an account's rows: its outcomes and complaints, or the
    refusal's path and message."""
    text = [",".join(["url", *COLUMNS])]
    text += [",".join(json.dumps(r[c]) for c in ["url", *COLUMNS]) for r in rows]
    try:
        ids = [r.id for r in plan.rights]
        result = plan_listings(read_lines(text, rights=ids), plan, as_of="2026-11-23")
    except InputError as exc:
        return (exc.problems[0].path, exc.problems[0].message)
    return (
        [(o.line, o.url, o.status.value, o.duplicate_of, o.code) for o in result.outcomes],
        sorted((c.complaint.right, c.complaint.reason, tuple(c.lines)) for c in result.complaints),
    )


def _dask(frame: Any, plans: dict[str, Plan]) -> Any:
    """What the Dask path answers, per account, as :func:`_one_machine` gives it."""
    source = dd.from_pandas(frame, npartitions=2)
    planned = plan_accounts(source, plans, as_of="2026-11-23", line="line")
    try:
        outcomes, _, results = planned.compute(scheduler="synchronous")
    except InputError as exc:
        return (exc.problems[0].path, exc.problems[0].message)
    assert len(outcomes) == len(frame)  # every row accounted for
    return {
        name: (
            [(o.line, o.url, o.status.value, o.duplicate_of, o.code) for o in r.outcomes],
            sorted((c.complaint.right, c.complaint.reason, tuple(c.lines)) for c in r.complaints),
        )
        for name, r in results
    }


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        ("right", "ID"),  # the account's exact id, separator and all
        ("right", "tm-a;tm-b"),
        ("right", "tm-a|tm-b"),
        ("right", "tm-a, tm-b"),
        ("right", "tm;cm"),  # one slip from acme's id: two values, no id
        ("reason", "tm_counterfeit;tm_misuse"),
        ("target", "listing|storefront"),
        ("order_number", "A1, A2"),
    ],
)
def test_the_dask_path_reads_separator_cells_as_one_machine(
    tmp_path: Path, column: str, cell: str
) -> None:
    plans = {name: _plan(tmp_path, right_id) for name, right_id in IDS.items()}
    by_account = {name: _rows(name, column, cell) for name in IDS}
    alone = {name: _one_machine(rows, plans[name]) for name, rows in by_account.items()}
    frame = pd.DataFrame(
        [  # each row numbered by its line in its account's own file (line 1: the header)
            {"account": name, "line": n, **row}
            for name, rows in by_account.items()
            for n, row in enumerate(rows, start=2)
        ]
    )
    got = _dask(frame, plans)
    refused = [a for a in alone.values() if isinstance(a, tuple) and isinstance(a[0], str)]
    if refused:  # one machine refuses the file: so does the Dask path, in the same words
        assert got == refused[0]
        assert "per complaint" in got[1]
    else:
        assert got == alone
        assert {name: rights for name, (_, [(rights, *_)]) in got.items()} == IDS


def test_workers_plan_a_right_cell_naming_an_account_id_with_a_separator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "account.toml"
    plan_file.write_text(
        ACCOUNT.read_text(encoding="utf-8").replace('id = "tm-cn"', 'id = "tm;cn"'), "utf-8"
    )
    rows = tmp_path / "rows.csv"
    rows.write_text(f'account,url,right,reason\nacme,{URLS[0]},"tm;cn",tm_counterfeit\n', "utf-8")
    out = tmp_path / "out"
    args = ["plan", str(rows), "--account", str(plan_file), "--as-of", "2026-11-23"]
    assert main([*args, "--workers", "1", "--out", str(out)]) == 0, capsys.readouterr().err
    complaints = pd.read_parquet(out / "complaints")
    assert complaints["right"].tolist() == ["tm;cn"]


@pytest.mark.parametrize("cell", ["tm;cm", " tm;cm ", "tm; cm"])
def test_a_right_cell_one_slip_from_an_id_is_named_on_both_paths(tmp_path: Path, cell: str) -> None:
    """scale21: a right cell one slip from the account's id that holds a separator is
    refused as several (R45) naming the id meant, as ``--right`` and ``Settings(right=...)``
    are, in the same words on one machine and on the Dask path."""
    plans = {name: _plan(tmp_path, right_id) for name, right_id in IDS.items()}
    by_account = {"acme": _rows("acme", "right", cell)}
    alone = _one_machine(by_account["acme"], plans["acme"])
    assert alone[0] == "$.right"
    assert alone[1].endswith("(did you mean 'tm;cn'?)"), alone
    frame = pd.DataFrame(
        [{"account": "acme", "line": n, **row} for n, row in enumerate(by_account["acme"], 2)]
    )
    assert _dask(frame, {"acme": plans["acme"]}) == alone
    with pytest.raises(InputError) as refused:  # the hint Settings(right=...) gives
        plan_listings([URLS[0]], plans["acme"], as_of="2026-11-23", settings=Settings(right=cell))
    assert refused.value.problems[0].message.endswith(alone[1][alone[1].rindex(" (did") :])


def test_a_right_cell_naming_two_values_near_no_id_gets_no_hint(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "tm;cn")
    alone = _one_machine(_rows("acme", "right", "copyright-1;patent-9"), plan)
    assert alone[0] == "$.right" and "did you mean" not in alone[1]
