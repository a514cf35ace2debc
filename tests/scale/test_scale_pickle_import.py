"""What crosses a process boundary pickles equal; the core never imports the extra."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

import ipprules
from ipprules.checks import read_plan
from ipprules.goodfaith import History, iter_rows, standing
from ipprules.listings import parse_listing
from ipprules.planner import PlanLine, Settings, plan_listings


def _round(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_rule_books_and_resolved_rules_round_trip() -> None:
    book = ipprules.default_rulebook()
    back = _round(book)
    assert back.data == book.data  # type: ignore[attr-defined]
    assert back.to_data() == book.to_data()  # type: ignore[attr-defined]
    # by value: equal to the original, the same hash, and a book read twice is equal too
    assert back == book and hash(back) == hash(book)
    override = "examples/rules-override.toml"
    once, twice = ipprules.load_rulebook(override), ipprules.load_rulebook(override)
    assert once is not twice and once == twice and once != book
    for day in book.change_dates()[-5:]:
        assert back.as_of(day) == book.as_of(day)  # type: ignore[attr-defined]
        assert _round(book.as_of(day)) == book.as_of(day)


def test_rejections_reports_and_standings_round_trip() -> None:
    rejection = parse_listing("https://item.taobao.com.evil.cn/item.htm?id=606832683299")
    assert _round(rejection) == rejection
    plan = read_plan("examples/plan.toml")
    result = plan_listings(
        [PlanLine(line=1, url="https://detail.tmall.com/item.htm?id=690091011924")],
        plan,
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit", right="tm-cn-9"),
    )
    assert _round(result) == result
    assert _round(result.report) == result.report
    s = standing(History.from_file("examples/history.csv"), "2024-06-01")
    assert _round(s) == s


def test_standings_results_and_resolved_rules_hash_equal_after_a_round_trip() -> None:
    """Frozen values that hold mappings (a standing's window counts, a planning result's
    tallies, a view's sections) hash by value: equal after a round trip, hash equal, and
    usable in a set or ``bag.distinct()`` (their hash raised "unhashable type: 'dict'")."""
    import cloudpickle

    plan = read_plan("examples/plan.toml")
    settings = Settings(reason="tm_counterfeit", right="tm-cn-9")
    lines = [PlanLine(line=1, url="https://detail.tmall.com/item.htm?id=690091011924")]
    result = plan_listings(lines, plan, as_of="2026-11-23", settings=settings)
    values = [
        standing(History.from_file("examples/history.csv"), "2024-06-01"),
        result,
        ipprules.default_rulebook().as_of("2026-11-23"),
    ]
    for value in values:
        for back in (_round(value), cloudpickle.loads(cloudpickle.dumps(value))):
            assert back == value and hash(back) == hash(value), type(value).__name__
            assert {back, value} == {value}


def test_histories_compare_by_value_and_round_trip() -> None:
    """A history read twice, read from its rows, or pickled and read back, equals itself;
    another history does not; histories are not hashable (their folds are mutable)."""
    history = History.from_file("examples/history.csv")
    rows = list(iter_rows("examples/history.csv"))
    again = History.from_rows(
        [r for r in rows if type(r) is tuple], [e for e in rows if type(e) is not tuple]
    )
    assert history == History.from_file("examples/history.csv") == again
    assert _round(history) == history
    assert history != History.from_rows([r for r in rows if type(r) is tuple][1:])
    assert history != History.from_rows([])
    with pytest.raises(TypeError):
        hash(history)


def test_listings_round_trip_equal_and_hash_equal() -> None:
    listing = parse_listing("https://detail.tmall.com/item.htm?id=690091011924")
    back = _round(listing)
    assert back == listing
    assert back.canonical_url == listing.canonical_url
    assert hash(back) == hash(listing)
    assert {back, listing} == {listing}


def test_core_imports_no_dask_pandas_or_pyarrow() -> None:
    code = (
        "import sys, ipprules, ipprules.listings, ipprules.planner, ipprules.goodfaith, "
        "ipprules.checks, ipprules.rulebook, ipprules.cli\n"
        "ipprules.default_rulebook()\n"
        "ipprules.parse_listing('https://item.taobao.com/item.htm?id=606832683299')\n"
        "heavy = [m for m in ('dask', 'distributed', 'pandas', 'pyarrow', 'ipprules.scale') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
