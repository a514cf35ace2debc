"""Combinations and state (sweep apifuzz12): a result of one public function given to another,
a record ``attrs.evolve``-d into a state its maker never gives, a stream opened for writing
only where one to read belongs, copies and pickles of results, one input shared by threads.
Only ``TypeError`` or an :class:`~ipprules.errors.IpprulesError` may escape; each test below
failed before its fix, unless its comment says it guards what held.
"""

from __future__ import annotations

import io
import pathlib
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from ipprules import (
    Plan,
    deadline_for,
    dedupe,
    default_rulebook,
    lifecycle_report,
    load_rulebook,
    parse_listing,
    parse_listings,
    penalty_standing,
    plan_listings,
    read_plan,
    what_if,
)
from ipprules.counternotice import read_counter_notice
from ipprules.errors import InputError, IpprulesError, StreamConsumedError, UnknownNameError
from ipprules.goodfaith import History
from ipprules.lifecycle import read_events
from ipprules.listings import Duplicate
from ipprules.penalties import read_violations
from ipprules.planner import read_lines

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"
URL = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return read_plan(EXAMPLES / "plan.toml")


def test_plan_listings_of_a_plan_whose_account_is_another_object_is_a_type_error(
    plan: Plan,
) -> None:
    # AttributeError: 'RuleBook' object has no attribute 'good_faith_trial' (the planner read
    # the account's trial before the plan was typed; check and coverage said TypeError)
    odd = attrs.evolve(plan, account=default_rulebook())
    with pytest.raises(TypeError, match="account must be an Account, got RuleBook"):
        plan_listings([URL], odd, as_of="2026-11-23")


@pytest.fixture
def written(tmp_path: pathlib.Path) -> Iterator[Callable[[str], Any]]:
    """Opens a copy of an example for appending only (its reads raise UnsupportedOperation)."""
    opened: list[Any] = []

    def open_for_writing(example: str) -> Any:
        copy = tmp_path / example
        copy.write_bytes((EXAMPLES / example).read_bytes())
        stream = copy.open("a", encoding="utf-8")
        opened.append(stream)
        return stream

    yield open_for_writing
    for stream in opened:
        stream.close()


_HISTORY = History.from_rows([(738525, "taobao", "tm_counterfeit", 9, 9, 0, 0, 0)])

READERS: dict[str, tuple[str, Callable[[Any], object]]] = {
    "History.from_file": ("history.csv", History.from_file),
    "History.by_account": ("history-accounts.csv", History.by_account),
    "read_violations": ("violations-aliexpress.csv", read_violations),
    # these said "cannot read the file: not readable" already: guarded here
    "read_plan": ("plan.toml", read_plan),
    "read_events": ("lifecycle-counter-notice.json", read_events),
    "read_counter_notice": ("counter-notice-alibaba.toml", read_counter_notice),
    "read_lines": ("planner-urls.csv", lambda s: list(read_lines(s))),
    "load_rulebook": ("rules-override.toml", load_rulebook),
    "what_if": ("what-if.toml", lambda s: what_if(_HISTORY, s, "2022-12-31")),
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_stream_opened_for_writing_only_is_refused_by_the_readers(
    reader: str, written: Callable[[str], Any]
) -> None:
    # io.UnsupportedOperation: not readable escaped History.from_file, History.by_account and
    # read_violations
    example, read = READERS[reader]
    with pytest.raises(IpprulesError, match="cannot read the file: not readable"):
        read(written(example))


ITERABLES: dict[str, Callable[[Any], object]] = {
    "parse_listings": lambda s: parse_listings(s).summary(),
    "dedupe": lambda s: list(dedupe(s)),
    "lifecycle_report": lifecycle_report,
    "penalty_standing": lambda s: penalty_standing(s, "aliexpress", "2024-06-01"),
}


@pytest.mark.parametrize("call", sorted(ITERABLES))
def test_a_stream_opened_for_writing_only_is_refused_as_an_iterable(
    call: str, written: Callable[[str], Any]
) -> None:
    # io.UnsupportedOperation: not readable escaped each, from iterating the stream
    with pytest.raises(InputError, match="opened for writing only"):
        ITERABLES[call](written("urls.txt"))


def test_plan_listings_refuses_lines_opened_for_writing_only(
    plan: Plan, written: Callable[[str], Any]
) -> None:
    # io.UnsupportedOperation: not readable
    with pytest.raises(InputError, match="lines: this stream was opened for writing only"):
        plan_listings(written("urls.txt"), plan, as_of="2026-11-23")


def test_a_record_of_another_book_given_to_sources_of_is_an_unknown_name() -> None:
    # KeyError: 'ACME-IPP' (the override's record cites a source the embedded book lacks)
    mine = load_rulebook(EXAMPLES / "rules-override.toml").as_of("2026-11-23")
    record = mine.reason_code("acme_counterfeit")
    assert [s.id for s in mine.sources_of(record)] == ["ACME-IPP"]
    with pytest.raises(UnknownNameError, match="unknown source 'ACME-IPP'; record 'acme_co"):
        default_rulebook().as_of("2026-11-23").sources_of(record)


def test_a_book_missing_a_source_its_deadline_cites_says_so() -> None:
    # KeyError: 'S25' from deadline_for, lifecycle_report, penalty_standing and
    # assess_counter_notice given a RuleBook made by hand with a source removed
    book = default_rulebook()
    kept = tuple(s for s in book.data.sources if s.id != "S25")
    odd = attrs.evolve(book, data=attrs.evolve(book.data, sources=kept))
    with pytest.raises(UnknownNameError, match="unknown source 'S25'"):
        deadline_for("counter_notice_round_1", "2023-05-01", odd)


@pytest.mark.parametrize("binary", [False, True])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_stream_read_to_its_end_is_refused_by_the_readers(reader: str, binary: bool) -> None:
    # History.from_file and by_account answered an empty history, read_violations no
    # violation, read_lines no line, load_rulebook the base book, read_plan "$.account:
    # required value is missing": empty input answered in silence, as a used generator was
    example, read = READERS[reader]
    with (EXAMPLES / example).open(
        "rb" if binary else "r", encoding=None if binary else "utf-8"
    ) as f:
        f.read()
        with pytest.raises(IpprulesError, match="read to its end by an earlier call"):
            read(f)


@pytest.mark.parametrize("call", sorted(ITERABLES))
def test_a_stream_read_to_its_end_is_refused_as_an_iterable(call: str) -> None:
    # each answered an empty input: no listing, no event, no violation
    with (EXAMPLES / "urls.txt").open(encoding="utf-8") as f:
        assert list(f)
        with pytest.raises(StreamConsumedError, match="stream was read to its end"):
            ITERABLES[call](f)


def test_a_stream_empty_from_its_start_or_read_in_part_is_still_read() -> None:
    # guards: an empty file is an empty history; a stream read in part is read from there
    assert History.from_file(io.StringIO("")).complaints == 0
    with (EXAMPLES / "urls.txt").open(encoding="utf-8") as f:
        f.readline()
        assert (
            parse_listings(f).summary().total
            == len((EXAMPLES / "urls.txt").read_text().splitlines()) - 1
        )


def test_a_planning_result_and_an_assessment_keep_their_mappings_read_only(plan: Plan) -> None:
    # tally, rejections and other_readings were plain dicts on frozen results: a caller's
    # change altered counts() and text(), and an assessment's hash (it hashes by the items)
    from ipprules import assess_counter_notice

    result = plan_listings([URL, "x"], plan, as_of="2026-11-23")
    counts = result.counts()
    for mapping in (result.tally, result.rejections):
        with pytest.raises(TypeError, match="read-only"):
            mapping["planned"] = 99  # type: ignore[index]
    assert result.counts() == counts
    assessment = assess_counter_notice(
        read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
    )
    with pytest.raises(TypeError, match="read-only"):
        assessment.other_readings["marketplace x"] = ("official",)  # type: ignore[index]
    assert pickle.loads(pickle.dumps(result)) == result
    assert hash(pickle.loads(pickle.dumps(assessment))) == hash(assessment)


def test_a_listing_summary_is_read_only_and_hashes() -> None:
    # Summary.rejected was a plain dict of a frozen result: a caller's change altered line(),
    # and hash(summary) raised "unhashable type: 'dict'"
    summary = parse_listings([URL, "x", "x"]).summary()
    line = summary.line()
    with pytest.raises(TypeError, match="read-only"):
        summary.rejected["not-a-url"] = 0
    assert summary.line() == line
    again = pickle.loads(pickle.dumps(summary))
    assert again == summary and hash(again) == hash(summary)
    assert {summary: 1}[again] == 1


def test_dedupe_of_two_runs_chained_marks_the_repeats_and_refuses_odd_positions() -> None:
    # two runs' pairs chained (each from position 0): the second run's first listing was
    # kept as new, its position being the first's; a str, None or bool position was taken
    # and given back as a Duplicate's ``first``
    listing = parse_listing(URL)
    run = list(parse_listings([URL, "x"]))
    again = list(dedupe(run + run))
    assert [type(r).__name__ for _, r in again] == [
        "Listing",
        "Rejection",
        "Duplicate",
        "Rejection",
    ]
    assert list(dedupe([(0, listing), (0, listing)]))[1][1] == Duplicate(
        listing, 0, listing.identity
    )
    for position in ("a", None, True, 1.5):
        with pytest.raises(TypeError, match=r"\(position, result\) pair"):
            list(dedupe([(position, listing)]))
