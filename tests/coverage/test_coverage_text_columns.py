"""The text matrix of a coverage answer keeps its columns under their platforms whatever the
length of the right ids: with ids shorter than 'storefronts' the store-front table's header
was pushed right of its cells (by 2 columns with 'cr-manual', by 9 with 'tm')."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import Account, Identity, IprType, Location, Plan, Right
from ipprules.coverage import coverage

IDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=16),
    min_size=1,
    max_size=4,
    unique=True,
)


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None)
@given(ids=IDS)
@example(ids=["tm-cn", "cr-manual", "pat-cn"])
@example(ids=["tm"])
@example(ids=["a-right-id-longer"])
def test_each_table_has_its_header_and_rows_of_one_width(ids: list[str]) -> None:
    portfolio = Plan(
        account=Account(name="Acme", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
        rights=tuple(Right(id=i, ipr_type=IprType.TRADEMARK) for i in ids),
    )
    lines = coverage(portfolio, as_of=dt.date(2026, 12, 2)).text().splitlines()
    for title in ("listings", "storefronts"):
        at = next(n for n, line in enumerate(lines) if line.split(" ")[0] == title)
        header, rows = lines[at], lines[at + 1 : at + 1 + len(ids)]
        assert [row.split(" ")[0] for row in rows] == ids
        assert {len(row) for row in rows} == {len(header)}, (header, rows)
        first = header.index(" 1688 ") + 1  # the first platform's column
        assert all(row[first - 2 : first] == "  " for row in rows)
