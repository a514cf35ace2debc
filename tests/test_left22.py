"""left22: the remaining entry points that take a caller's iterable say what two threads sharing
one generator get (a StreamConsumedError naming the function called); a history frame indexed
by its ids; ids written as a float inside a path segment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ipprules import advise, coverage, default_rulebook, read_plan, standing, timeline, what_if
from ipprules.calendars import HolidayCalendar
from ipprules.checks import Account, Identity, Location
from ipprules.coverage import coverage_summary, iter_cells
from ipprules.errors import StreamConsumedError
from ipprules.goodfaith import AccountEvent, Complaint, History
from ipprules.goodfaith.plan import planned_batch
from ipprules.lifecycle import EventRecord, lifecycle_report, replay, trace
from ipprules.penalties import Violation, penalty_standing

TWO = "two threads at once"
DAY = dt.date(2023, 1, 2)
ROW = (DAY.toordinal(), "taobao", "tm_counterfeit", 9, 1, 0, 0, 0)
COMPLAINT = Complaint(
    filed="2023-01-02",
    platform="taobao",
    reason_code="tm_counterfeit",
    listings=10,
    taken_down=9,
    rejected=1,
)


def _reentered(item: object) -> Iterator[Any]:
    """A generator that, asked for its second item, is resumed again while it runs: the
    ``ValueError`` a second thread's ``next`` gets, made in one thread (as test_left19)."""

    def gen() -> Iterator[Any]:
        yield item
        next(it)
        yield item

    it = gen()
    return it


HISTORY = History.from_rows([ROW])
PORTFOLIO = read_plan("examples/portfolio.toml")


def _history_from_table(events: Iterator[Any]) -> History:
    pa = pytest.importorskip("pyarrow")
    from ipprules.columnar import history_from_table

    names = ["day", "platform", "reason_code", "taken_down"]
    names += ["rejected", "withdrawn", "pending", "reinstated"]
    return history_from_table(
        pa.table(dict(zip(names, ([v] for v in ROW), strict=True))), events=events
    )


EVENT = AccountEvent(date="2023-01-02", kind="abuse")
CALLS: dict[str, tuple[Callable[[Iterator[Any]], object], object]] = {
    "History.from_rows(): rows": (History.from_rows, ROW),
    "History.from_rows(): events": (lambda g: History.from_rows([ROW], g), EVENT),
    "History.with_records(): records": (HISTORY.with_records, COMPLAINT),
    "what_if(): batch": (lambda g: what_if(HISTORY, g, "2023-03-01"), COMPLAINT),
    "lifecycle_report(): events": (lifecycle_report, EventRecord("ipr_verified")),
    "penalty_standing(): violations": (
        lambda g: penalty_standing(g, "lazada_sg", "2024-05-06"),
        Violation(on=dt.date(2024, 5, 6), kind="counterfeit", points=16),
    ),
    "trace(): events": (trace, "ipr_verified"),
    "replay(): events": (replay, "ipr_verified"),
    "advise(): facts": (
        lambda g: advise("trademark", "taobao", facts=g, as_of="2026-11-23"),
        "counterfeit_product",
    ),
    "standing(): platforms": (lambda g: standing(HISTORY, "2023-03-01", platforms=g), "taobao"),
    "standing(): metrics": (
        lambda g: standing(HISTORY, "2023-03-01", metrics=g),
        "takedown_rate_complaint",
    ),
    "timeline(): platforms": (
        lambda g: timeline(HISTORY, "2023-01-01", "2023-03-01", platforms=g),
        "taobao",
    ),
    "what_if(): platforms": (lambda g: what_if(HISTORY, [], "2023-03-01", platforms=g), "taobao"),
    "History.by_account(): source": (History.by_account, COMPLAINT),
    "history_from_table(): events": (
        lambda g: _history_from_table(g),
        AccountEvent(date="2023-01-02", kind="abuse"),
    ),
    "HolidayCalendar(): holidays": (
        lambda g: HolidayCalendar(name="x", holidays=g),
        dt.date(2024, 1, 1),
    ),
    "HolidayCalendar(): weekend": (lambda g: HolidayCalendar(name="x", weekend=g), 5),
    "coverage(): platforms": (
        lambda g: coverage(PORTFOLIO, as_of="2026-11-23", platforms=g),
        "taobao",
    ),
    "iter_cells(): platforms": (
        lambda g: list(iter_cells(PORTFOLIO, as_of="2026-11-23", platforms=g)),
        "taobao",
    ),
    "coverage_summary(): platforms": (
        lambda g: coverage_summary(PORTFOLIO, as_of="2026-11-23", platforms=g),
        "taobao",
    ),
    "planned_batch(): listings": (lambda g: planned_batch(g, None), 3),
    # one converter reads the documents of every record that holds them
    "documents": (
        lambda g: Account(
            name="A", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE, documents=g
        ),
        "business_registration",
    ),
    # the years of the trials are read by one helper for every function that takes them
    "trial": (lambda g: default_rulebook().as_of("2023-03-01", trial=g), 2021),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_a_generator_resumed_while_it_runs_names_the_function_called(name: str) -> None:
    call, item = CALLS[name]
    with pytest.raises(StreamConsumedError, match=TWO) as caught:
        call(_reentered(item))
    assert str(caught.value).startswith(f"{name}: ")


def test_another_value_error_of_the_callers_iterator_is_unchanged() -> None:
    def bad() -> Iterator[str]:
        yield "ipr_verified"
        raise ValueError("generator already executing, said the caller")  # not Python's

    with pytest.raises(ValueError, match="said the caller") as caught:
        trace(bad())
    assert type(caught.value) is ValueError


def _history_frame() -> Any:
    pd = pytest.importorskip("pandas")
    return pd.DataFrame(
        {
            "type": ["complaint", "complaint"],
            "date": ["2023-01-02", "2023-01-03"],
            "id": ["C1", "C1"],
            "platform": ["taobao", "taobao"],
            "reason_code": ["tm_counterfeit", "tm_counterfeit"],
            "listings": [2, 3],
            "taken_down": [2, 3],
        }
    )


def test_a_history_frame_indexed_by_its_ids_is_refused_saying_reset_index() -> None:
    """newuser29 finding 9: ``df.set_index("id")`` lost the ids (and their repeat check) in
    silence; the index is the rows' labels, so a file's column there is refused, as ``type``
    already was."""
    from ipprules.errors import InputError

    frame = _history_frame()
    with pytest.raises(InputError, match="duplicate id 'C1'"):
        History.from_frame(frame)  # the ids, read, find the repeat
    for keys in ("id", ["date", "id"]):
        with pytest.raises(InputError, match=r"df\.reset_index\(\)") as caught:
            History.from_frame(frame.set_index(keys))
        assert "'id'" in str(caught.value)
    other = frame.drop(columns="id").set_index(frame["id"].rename("complaint"))
    assert History.from_frame(other).complaints == 2  # an index of another name: row labels


_FLOATED = "a number written as a float"


def _engines(url: str) -> list[tuple[str | None, str, str | None]]:
    """(code, reason, suggestion) of ``url`` by parse_listing, parse_slowly and the columnar
    kernel (as test_left20)."""
    from ipprules import parse_listing
    from ipprules.columnar import parse_column
    from ipprules.listings.parser import parse_slowly

    said = []
    for parse in (parse_listing, parse_slowly):
        r = parse(url)
        said.append(
            (
                getattr(r, "code", None),
                str(getattr(r, "message", "")),
                getattr(r, "suggestion", None),
            )
        )
    row = parse_column([url]).to_pylist()[0]
    said.append((row["code"], str(row["reason"] or ""), row["suggestion"]))
    return said


@pytest.mark.parametrize(
    ("url", "id"),
    [
        ("https://www.alibaba.com/product-detail/Name_1.6E+12.html", "'1.6E+12'"),
        ("https://www.alibaba.com/product-detail/Name_1600000000000.0.html", "'1600000000000.0'"),
        ("https://www.lazada.sg/products/name-i1.23E+11-s456.html", "'1.23E+11'"),
        ("https://www.lazada.sg/products/name-i1.23E+11.html", "'1.23E+11'"),
        ("https://www.lazada.com.my/products/name-i123000000000.0-s456.html", "'123000000000.0'"),
        ("https://www.lazada.sg/products/name-i1.23E%2B11-s456.html", "'1.23E+11'"),
        ("https://www.lazada.sg/products/name-i123-s4.56E+11.html", "'4.56E+11'"),
    ],
)
def test_a_float_id_after_a_separator_says_so_in_every_engine(url: str, id: str) -> None:
    for code, reason, suggestion in _engines(url):
        assert code == "malformed-id"
        assert id in reason
        assert _FLOATED in reason and "dtype=str" in reason
        assert suggestion is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.alibaba.com/product-detail/Name_12.5.html",  # a decimal, not .0
        "https://www.lazada.sg/products/name-i1.23E+11x-s456.html",
        "https://www.alibaba.com/product-detail/Name-1.6E+12.html",  # no separator of an id
    ],
)
def test_no_float_id_after_a_separator_gets_no_float_hint(url: str) -> None:
    for _code, reason, _ in _engines(url):
        assert _FLOATED not in reason


def test_plain_ids_after_a_separator_are_still_read() -> None:
    for url in (
        "https://www.alibaba.com/product-detail/Name_1600000000000.html",
        "https://www.lazada.sg/products/name-i123000000000-s456.html",
    ):
        assert [code for code, _, _ in _engines(url)] == [None, None, None]
