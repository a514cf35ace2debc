"""left19: a caller's generator read by two threads at once is the library's error, not the
generator's own ``ValueError: generator already executing``; only that ValueError is
translated."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ipprules import dedupe, parse_listings
from ipprules.checks import Account, Identity, IprType, Location, Plan, Right
from ipprules.errors import StreamConsumedError
from ipprules.goodfaith import Complaint, History
from ipprules.listings import duplicate_groups, summarize
from ipprules.planner import Settings, plan_listings

URL = "https://item.taobao.com/item.htm?id=606832683299"
TWO = "two threads at once"


def _reentered(item: object) -> Iterator[Any]:
    """A generator that, asked for its second item, is resumed again while it runs: the
    ``ValueError`` a second thread's ``next`` gets, made in one thread."""

    def gen() -> Iterator[Any]:
        yield item
        next(it)
        yield item

    it = gen()
    return it


def _plan() -> Plan:
    return Plan(
        account=Account(
            name="Acme",
            location=Location.ELSEWHERE,
            identity=Identity.ENTERPRISE,
            documents=("business_registration",),
        ),
        rights=(
            Right(
                id="tm",
                ipr_type=IprType.TRADEMARK,
                place="CN",
                documents=("trademark_certificate",),
            ),
        ),
    )


READERS: dict[str, tuple[Callable[[Iterator[Any]], object], object]] = {
    "parse_listings": (lambda g: list(parse_listings(g)), URL),
    "dedupe-texts": (lambda g: list(dedupe(g)), URL),
    "dedupe-pairs": (lambda g: list(dedupe(g)), (0, next(iter(parse_listings([URL])))[1])),
    "duplicate_groups": (duplicate_groups, (0, next(iter(parse_listings([URL])))[1])),
    "summarize": (summarize, URL),
    "plan_listings": (
        lambda g: plan_listings(
            g, _plan(), as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
        ),
        URL,
    ),
    "History.from_records": (
        History.from_records,
        Complaint(
            filed="2023-01-02",
            platform="taobao",
            reason_code="tm_counterfeit",
            listings=10,
            taken_down=9,
            rejected=1,
        ),
    ),
}


@pytest.mark.parametrize("name", list(READERS))
def test_a_generator_resumed_while_it_runs_is_the_librarys_error(name: str) -> None:
    read, item = READERS[name]
    with pytest.raises(StreamConsumedError, match=TWO) as caught:
        read(_reentered(item))
    assert "give each thread its own" in str(caught.value)


def test_dedupe_of_one_generator_in_two_threads() -> None:
    """A real second thread: the first holds the generator running while the second reads."""
    running, done = threading.Event(), threading.Event()

    def urls() -> Iterator[str]:
        yield URL
        running.set()
        done.wait(5)
        yield URL

    shared = urls()
    first: list[object] = []
    thread = threading.Thread(target=lambda: first.extend(dedupe(shared)))
    thread.start()
    try:
        assert running.wait(5)
        with pytest.raises(StreamConsumedError, match=TWO):
            list(dedupe(shared))
    finally:
        done.set()
        thread.join(5)
    assert [type(r).__name__ for _, r in first] == ["Listing", "Duplicate"]


def test_another_value_error_of_the_callers_iterator_is_unchanged() -> None:
    def bad() -> Iterator[str]:
        yield URL
        raise ValueError("generator already executing, said the caller")  # not Python's

    for read in (lambda g: list(dedupe(g)), lambda g: list(parse_listings(g))):
        with pytest.raises(ValueError, match="said the caller") as caught:
            read(bad())
        assert type(caught.value) is ValueError


def test_one_empty_cell_past_the_header_is_read_or_refused_as_each_format_documents() -> None:
    """The decision of left19 (docs/errors.md, good-faith.md, penalties.md, planner.md): a
    history refuses a row of one empty cell past a header without empty columns (a cell added
    inside the line would move the counts after it unseen), with the hint of a delimiter too
    many; a violations file and ``plan`` read it as a spreadsheet's empty column."""
    import io

    from ipprules.errors import InputError
    from ipprules.penalties import read_violations
    from ipprules.planner import read_lines

    history = (
        "type,date,platform,reason_code,listings,taken_down,rejected\n"
        "complaint,2023-01-02,taobao,tm_counterfeit,10,9,1,\n"
    )
    with pytest.raises(InputError, match="a delimiter too many at the line's end"):
        History.from_file(io.StringIO(history))
    violations = read_violations(io.StringIO("date,kind,points\n2024-01-08,general,2,\n"))
    assert [v.points for v in violations] == [2]
    lines = list(read_lines(io.StringIO(f"url,confidence\n{URL},0.5,\n")))
    assert [(p.url, p.confidence) for p in lines] == [(URL, 0.5)]
