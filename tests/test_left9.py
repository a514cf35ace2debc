"""left9: what the API sweeps left (apifuzz12, rules57)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import History, InputError, coverage
from ipprules.checks import example_plan
from ipprules.cli import main
from ipprules.goodfaith import AccountEvent, standing

# 1. History.to_records() is read back by the call the refusal names ------------------------

_DAY0 = dt.date(2023, 1, 2).toordinal()


def _valid(row: tuple[int, str, str, int, int, int, int, int]) -> tuple[object, ...]:
    """An outcome row the fold takes: at least one listing taken down, reinstated <= it."""
    day, platform, code, taken, rejected, withdrawn, pending, reinstated = row
    taken = max(taken, 1)
    return (day, platform, code, taken, rejected, withdrawn, pending, min(reinstated, taken))


_rows = st.lists(
    st.tuples(
        st.integers(0, 40).map(lambda d: _DAY0 + d),
        st.sampled_from(["taobao", "tmall", "1688"]),
        st.sampled_from(["tm_counterfeit", "cr_copied_content"]),
        *[st.integers(0, 3)] * 5,
    ).map(_valid),
    max_size=6,
)
_events = st.lists(
    st.builds(
        AccountEvent,
        date=st.integers(0, 40).map(lambda d: dt.date.fromordinal(_DAY0 + d)),
        kind=st.sampled_from(["declaration", "admission", "withdrawal", "removal", "abuse"]),
        note=st.sampled_from(["", "signed", "a, b"]),
    ),
    max_size=3,
)


def _jsonl(records: list[dict[str, object]]) -> io.StringIO:
    return io.StringIO("\n".join(json.dumps(r, default=str) for r in records))


@settings(max_examples=20, deadline=None)
@given(rows=_rows, events=_events)
def test_to_records_reads_back_equal_as_json_lines(
    rows: list[tuple[object, ...]], events: list[AccountEvent]
) -> None:
    history = History.from_rows(rows, events)
    again = History.from_file(_jsonl(history.to_records()), format="jsonl")
    assert again == history
    assert again.to_records() == history.to_records()


def test_from_records_refusal_names_the_calls_that_read_to_records() -> None:
    history = History.from_file("examples/history.csv")
    with pytest.raises(InputError) as info:
        History.from_records(history.to_records())
    message = str(info.value)
    assert "History.to_records()" in message
    assert "History.from_frame(pandas.DataFrame(rows))" in message
    assert "json.dumps(r, default=str)" in message


# 2. an admission followed without a declaration says so -------------------------------------

_ADMITTED = "type,date,platform,reason_code,listings,taken_down\nadmission,2023-01-03,,,,\n" + (
    "".join(f"complaint,2023-01-{d:02d},taobao,tm_counterfeit,10,10\n" for d in range(4, 20))
)


def test_admission_without_declaration_is_followed_with_a_note() -> None:
    history = History.from_file(io.StringIO(_ADMITTED))
    s = standing(history, "2023-02-01")
    assert (s.member, s.qualifies) == (True, False)  # the default reading's answer, unchanged
    assert [c.met for c in s.criteria if c.name == "declaration"] == [False]
    said = [n for n in s.notes if "although no declaration is in the history" in n]
    assert len(said) == 1
    assert "'admission' event of 2023-01-03" in said[0]


def test_no_note_when_declared_or_not_required_or_not_a_member() -> None:
    declared = History.from_file(
        io.StringIO(_ADMITTED + "declaration,2023-01-02,,,,\n"), name="x.csv"
    )
    bare = History.from_file(io.StringIO(_ADMITTED))
    for s in (
        standing(declared, "2023-02-01"),
        standing(bare, "2023-02-01", interpretation="official"),  # no declaration criterion
        standing(bare, "2023-01-02"),  # before the admission: not a member
    ):
        assert not [n for n in s.notes if "no declaration is in the history" in n]


# 3. a coverage horizon stays within the library's dates ------------------------------------


def test_coverage_horizon_past_the_last_date_is_refused() -> None:
    plan = example_plan()
    with pytest.raises(InputError) as info:
        coverage(plan, as_of="2999-12-01", horizon=3653)
    assert info.value.problems[0].path == "$.horizon"
    assert "at most 30 day(s)" in str(info.value)
    assert coverage(plan, as_of="2999-12-01", horizon=30).until == dt.date(2999, 12, 31)


def test_cli_coverage_horizon_past_the_last_date_names_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["coverage", "examples/portfolio.toml", "--as-of", "2999-12-01", "--horizon", "1y"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--horizon: the horizon from 2999-12-01 ends on 3000-12-01" in err
    assert "Traceback" not in err


# 4. a hand-built RuleBook is not validated (docs/rulebook.md), and fails cleanly ------------


def test_hand_built_book_missing_a_source_is_made_and_refused_by_name_when_read() -> None:
    import attrs

    from ipprules import RuleBook, UnknownNameError, default_rulebook

    book = default_rulebook()
    kept = tuple(s for s in book.data.sources if s.id != "S25")
    bad = RuleBook(attrs.evolve(book.data, sources=kept), book.origins)  # not validated
    assert bad != book
    rules = bad.as_of("2024-06-03")
    cited = [r for r in rules.deadlines_for() if "S25" in r.sources]
    assert cited
    with pytest.raises(UnknownNameError, match="S25"):
        rules.sources_of(cited[0])
