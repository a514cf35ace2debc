"""Hostile calls to the public API the earlier sweeps called least (sweep apifuzz10): the
lifecycle's deadline helpers (``due_date``, ``next_deadlines``) and ... Only ``TypeError``
or an :class:`~ipprules.errors.IpprulesError` may escape; each test below failed before its
fix.
"""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import pickle
from collections.abc import Iterator

import attrs
import pytest

from ipprules import (
    Plan,
    assess_counter_notice,
    check,
    coverage,
    default_rulebook,
    lifecycle_report,
    penalty_standing,
    read_plan,
    reading_limits,
    standing,
    what_if,
)
from ipprules.counternotice import SellerViolation, read_counter_notice
from ipprules.errors import InputError, UnknownNameError
from ipprules.goodfaith import AccountEvent, Complaint, History
from ipprules.lifecycle import Event, EventRecord, State, due_date, next_deadlines
from ipprules.penalties import Figure, Violation, read_violations
from ipprules.planner import Settings, read_lines

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


class Boom(Exception):
    """A hostile argument's own method was called: it must never be."""


class HostileStr(str):
    """A str whose comparison, hash and string methods raise: read as its characters."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise Boom("__eq__")

    def __hash__(self) -> int:
        raise Boom("__hash__")

    def __str__(self) -> str:
        raise Boom("__str__")

    def __repr__(self) -> str:
        raise Boom("__repr__")

    def strip(self, chars: str | None = None) -> str:
        raise Boom("strip")


def test_due_date_reads_a_str_subclass_as_its_characters() -> None:
    """due_date hashed a str subclass unit (its own __hash__, in a dict lookup), and a start
    date that is no date called its strip (as_date's hint)."""
    assert due_date("2024-09-27", 3, HostileStr("calendar_days")) == dt.date(2024, 9, 30)
    assert due_date(HostileStr("2024-09-27"), 24, HostileStr("hours")) == dt.date(2024, 9, 28)
    with pytest.raises(UnknownNameError, match="fortnights"):
        due_date("2024-09-27", 3, HostileStr("fortnights"))
    with pytest.raises(InputError, match="2024/09/27"):
        due_date(HostileStr("2024/09/27"), 3, "calendar_days")


def test_next_deadlines_reads_a_str_subclass_date() -> None:
    """next_deadlines(ipr_submitted_on=, notice_received_on=) called a str subclass's own
    strip when it was no date."""
    for option in ("ipr_submitted_on", "notice_received_on"):
        with pytest.raises(InputError, match="expected a date"):
            next_deadlines(State.UNDER_REVIEW, {}, **{option: HostileStr("27 Sep 2024")})


class HostileInt(int):
    """An int whose comparisons raise: read as its value."""

    def __lt__(self, other: object) -> bool:
        raise Boom("__lt__")

    __gt__ = __le__ = __ge__ = __lt__


def _endless(item: object) -> Iterator[object]:
    """Endless to the reader: it raises (a hang before the fix) past twice MAX_ITEMS."""
    for _ in range(200_002):
        yield item
    raise Boom("read to its end: the generator was read to a list first")


def _plan() -> Plan:
    return read_plan(EXAMPLES / "plan.toml")


def test_check_reads_an_interpretation_str_subclass_as_its_characters() -> None:
    """check(interpretation=) kept a str subclass: the other readings compared it with its
    own __eq__ (as standing's did before apifuzz9)."""
    plan = _plan()
    report = check(plan, as_of="2024-06-01", interpretation=HostileStr("official"))
    assert type(report.interpretation) is str
    assert report == check(plan, as_of="2024-06-01", interpretation="official")


def test_lifecycle_platform_str_subclass_is_read_as_its_characters() -> None:
    """next_deadlines(platform=) and lifecycle_report(platform=) called its own __eq__."""
    dates = {Event.TAKEDOWN: dt.date(2022, 1, 19)}
    found = next_deadlines(State.TAKEN_DOWN, dates, platform=HostileStr("aliexpress"))
    assert found == next_deadlines(State.TAKEN_DOWN, dates, platform="aliexpress")
    events = [
        EventRecord("ipr_verified", on="2024-06-03"),
        EventRecord("takedown", on="2024-06-04"),
    ]
    report = lifecycle_report(events, platform=HostileStr("taobao"))
    assert report == lifecycle_report(events, platform="taobao")


def test_penalty_validity_days_int_subclass_is_read_as_its_value() -> None:
    """penalty_standing(validity_days=) called an int subclass's own comparisons."""
    rows = read_violations(EXAMPLES / "violations-alibaba-com.csv")
    got = penalty_standing(rows, "alibaba_com", "2024-06-01", validity_days=HostileInt(365))
    assert got == penalty_standing(rows, "alibaba_com", "2024-06-01", validity_days=365)


def test_endless_generators_are_refused_as_read() -> None:
    """trial= (every Good Faith door and RuleBook.as_of), penalty_standing's violations,
    coverage's platforms and what_if's batch read an endless generator to a list first (a
    hang); a wrong item is now refused at once, too many valid ones past MAX_ITEMS."""
    history = History.from_file(EXAMPLES / "history.csv")
    with pytest.raises(TypeError, match="trial years must be ints"):
        standing(history, as_of="2023-03-31", trial=_endless("2021"))
    with pytest.raises(InputError, match="more than 100,000 years"):
        default_rulebook().as_of(dt.date(2024, 1, 1), trial=_endless(2021))
    with pytest.raises(TypeError, match=r"violations\[0\] must be a Violation"):
        penalty_standing(_endless("x"), "alibaba_com", "2024-06-01")
    with pytest.raises(TypeError, match="platforms must hold str"):
        coverage(read_plan(EXAMPLES / "portfolio.toml"), as_of="2024-06-01", platforms=_endless(3))
    with pytest.raises(InputError, match=r"\$\[0\]: expected an outcome row"):
        what_if(history, _endless("x"), "2022-12-31")
    with pytest.raises(InputError, match=r"\$\[1\]: expected an outcome row"):
        what_if(
            history,
            iter(
                [
                    Complaint(
                        filed=dt.date(2022, 12, 1),
                        platform="taobao",
                        reason_code="tm_counterfeit",
                        listings=1,
                        taken_down=1,
                    ),
                    "x",
                ]
            ),
            "2022-12-31",
        )


def test_records_keep_a_str_or_int_subclass_as_its_plain_value() -> None:
    """Violation (platform, right, id, kind, points), Complaint (platform, reason_code, id,
    account), AccountEvent (note) and EventRecord (reason) kept the caller's subclass: hashing
    the record, or a standing's tallies, called its own __hash__, __eq__ or comparisons."""
    plain = Violation(on="2024-03-04", kind="general", platform="alibaba_com", points=3, id="V1")
    given = Violation(
        on="2024-03-04",
        kind=HostileStr("general"),
        platform=HostileStr("alibaba_com"),
        points=HostileInt(3),
        right=HostileStr("TM1"),
        id=HostileStr("V1"),
    )
    assert hash(given) and given == attrs.evolve(plain, right="TM1")
    assert penalty_standing([given], "alibaba_com", "2024-06-01") == penalty_standing(
        [attrs.evolve(plain, right="TM1")], "alibaba_com", "2024-06-01"
    )
    complaint = Complaint(
        filed=dt.date(2022, 12, 1),
        platform=HostileStr("taobao"),
        reason_code=HostileStr("tm_counterfeit"),
        listings=1,
        taken_down=1,
        id=HostileStr("C1"),
        account=HostileStr("shop"),
    )
    assert hash(complaint) and standing(History.from_records([complaint]), as_of="2022-12-31")
    event = AccountEvent(date="2022-12-01", kind="declaration", note=HostileStr("signed"))
    assert hash(event) and event.note == "signed"
    record = EventRecord("reject", on="2024-06-04", reason=HostileStr("forged"))
    assert hash(record) and record.reason == "forged"


def _variant(plan: Plan, text: type[str], number: type[int]) -> Plan:
    """``plan`` with its first right's texts, place and documents and its account's name and
    count made of ``text`` and ``number`` (plain, or the hostile subclasses)."""
    right = plan.rights[0]
    docs = tuple(
        attrs.evolve(d, name=text(d.name), kind=text(getattr(d.kind, "value", d.kind)))
        for d in right.documents
    )
    right = attrs.evolve(
        right,
        id=text(right.id),
        name=text(right.name or "x"),
        number=text(right.number or "1"),
        registrant=text(right.registrant or "x"),
        place=text((right.place or "CN").lower()),
        documents=docs,
    )
    account = attrs.evolve(plan.account, name=text(plan.account.name), complaints_filed=number(3))
    return attrs.evolve(plan, rights=(right, *plan.rights[1:]), account=account)


def test_check_and_coverage_read_a_plans_subclasses_as_plain_values() -> None:
    """check and coverage called the hostile methods of a plan's fields (a right's id hashed,
    its name stripped, a document's kind hashed, the account's count compared, a place
    upper-cased by Right itself): the typed plan now holds their plain values."""
    plan = read_plan(EXAMPLES / "plan.toml")
    hostile = _variant(plan, HostileStr, HostileInt)
    assert check(hostile, as_of="2024-06-01") == check(_variant(plan, str, int), as_of="2024-06-01")
    portfolio = read_plan(EXAMPLES / "portfolio.toml")
    hostile = _variant(portfolio, HostileStr, HostileInt)
    plain = _variant(portfolio, str, int)
    assert coverage(hostile, as_of="2024-06-01") == coverage(plain, as_of="2024-06-01")


def test_counter_notice_fields_are_read_as_plain_values() -> None:
    """assess_counter_notice called a CounterNotice's platform __eq__, its ipr_type __str__
    and a seller violation's points comparisons."""
    notice = read_counter_notice(EXAMPLES / "counter-notice-1688.toml")
    hostile = attrs.evolve(
        notice, platform=HostileStr(notice.platform), ipr_type=HostileStr(notice.ipr_type)
    )
    assert assess_counter_notice(hostile) == assess_counter_notice(notice)
    violation = SellerViolation(date="2024-05-01", kind=HostileStr("general"), points=HostileInt(4))
    assert type(violation.points) is int and type(violation.kind) is str
    with pytest.raises(InputError, match="must be at least 0"):
        Figure("points", HostileInt(-1), None)


def test_planner_reads_str_and_int_subclasses_as_plain_values() -> None:
    """Settings(ramp=, track_record=) compared an int subclass with its own comparisons;
    read_lines compared kind= and column= with their own __eq__, and hashed rights= (read to
    a set first: an endless generator hung)."""
    settings = Settings(ramp=(HostileInt(50),), track_record=HostileInt(3))
    assert settings == Settings(ramp=(50,), track_record=3)
    text = ["product url", "https://item.taobao.com/item.htm?id=123456789012"]
    lines = list(read_lines(text, kind=HostileStr("csv"), column=HostileStr("product url")))
    assert [line.url for line in lines] == [text[1]]
    with pytest.raises(TypeError, match="rights must be str ids"):
        list(read_lines(text, rights=_endless(3)))
    with pytest.raises(InputError, match="more than 100,000 items"):
        list(read_lines(text, rights=_endless("TM1")))
    assert list(read_lines(text, rights=[HostileStr("TM1")])) == lines


def test_platform_written_with_a_dash_or_an_invisible_character_is_refused() -> None:
    """A platform cell with a word processor's dash (lazada–sg) or a pasted zero-width space
    (\\u200btaobao, which no spreadsheet shows) was read, and its violation or complaint left
    out of the counts (a 48-point counterfeit case gave 0 points, not closed), as lazada-sg
    was before rules47's fix: now refused at its cell with a did-you-mean, as that one is."""
    csv = "date,kind,platform,points\n2024-01-08,counterfeit,lazada\u2013sg,16\n"
    with pytest.raises(InputError, match="did you mean 'lazada_sg'"):
        read_violations(io.BytesIO(csv.encode()))
    history = (
        "type,date,id,platform,reason_code,listings,taken_down\n"
        "complaint,2022-09-05,C1,\u200btaobao,tm_misuse,8,8\n"
    )
    with pytest.raises(InputError, match=r"invisible characters.*did you mean 'taobao'"):
        History.from_file(io.BytesIO(history.encode()))


def test_parse_column_reads_nulls_as_its_characters_and_checks_a_generator_as_read() -> None:
    """parse_column compared nulls= with its own __eq__, and read a generator to a list
    before looking at an item (an endless one of junk hung)."""
    pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    urls = ["https://item.taobao.com/item.htm?id=123456789012", None]
    assert parse_column(urls, nulls=HostileStr("reject")).equals(parse_column(urls))
    with pytest.raises(TypeError, match=r"urls\[0\] must be a str or None, got int"):
        parse_column(_endless(3))
    assert parse_column(iter(urls)).equals(parse_column(urls))


def test_scale_reads_str_and_int_subclasses_as_plain_values() -> None:
    """parse_partition hashed a column= str subclass, standing_row kept one as the row's
    account, read_histories(text=) and standings(account=) called its __eq__ or strip, and
    parse_urls(blocksize=) its strip or comparisons."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask")
    from ipprules.scale import parse_partition, parse_urls, read_histories, standing_row

    frame = pd.DataFrame({"url": ["https://item.taobao.com/item.htm?id=123456789012"]})
    assert parse_partition(frame, HostileStr("url")).equals(parse_partition(frame, "url"))
    history = History.from_file(EXAMPLES / "history.csv")
    row = standing_row(HostileStr("acme"), standing(history, as_of="2023-03-31"), 3)
    assert type(row["account"]) is str
    urls = EXAMPLES / "planner-urls.csv"
    for size in (HostileInt(1 << 20), HostileStr("1MiB")):
        assert parse_urls(urls, blocksize=size).npartitions == 1
    read_histories(EXAMPLES / "planner-urls.csv", text=HostileStr("url"), history=False)


def test_penalty_standing_with_other_answers_is_immutable_and_hashes() -> None:
    """An other reading's differing thresholds were lists inside the frozen standing: hash()
    raised 'unhashable type: list' (a counter-notice assessment holding it too), and a
    caller could change a result in place. Its JSON is unchanged."""
    rows = read_violations(EXAMPLES / "violations-alibaba-com.csv")
    found = penalty_standing(rows, "alibaba_com", "2024-06-01")
    (name, theirs, mine) = found.other_answers[0].differs[0]
    assert name == "closure_thresholds" and type(theirs) is tuple and type(mine) is tuple
    assert hash(found) == hash(pickle.loads(pickle.dumps(found)))
    differs = found.to_dict()["other_answers"]["official"]["differs"]
    assert differs["closure_thresholds"]["value"] == list(theirs)


def test_result_accessors_read_an_int_or_str_subclass_as_its_plain_value() -> None:
    """Report.for_complaint compared an int subclass with its own comparisons (require_int,
    which every int argument goes through) and a str subclass id with its own __eq__;
    LifecycleReport.step_rules took any type ('x' and an int subclass were compared)."""
    report = check(_plan(), as_of="2024-06-01")
    first = report.complaints[0]
    assert report.for_complaint(HostileInt(0)) == report.for_complaint(0)
    assert report.for_complaint(HostileStr(first)) == report.for_complaint(first)
    steps = lifecycle_report([EventRecord("ipr_verified", on="2024-06-03")])
    assert steps.step_rules(HostileInt(0)) == steps.step_rules(0)
    with pytest.raises(TypeError, match="index must be an int"):
        steps.step_rules("0")  # type: ignore[arg-type]


def test_reading_limits_reads_an_int_subclass_as_its_value() -> None:
    """reading_limits(max_bytes=) compared an int subclass with its own comparisons, and
    kept it as the cap every later read compared with."""
    with reading_limits(max_bytes=HostileInt(1 << 20)):
        assert read_plan(EXAMPLES / "plan.toml") == _plan()


def test_rule_book_origins_are_read_only() -> None:
    """book.origins was a plain dict of the shared embedded book (apifuzz9 made its sections
    and rule_sources read-only): a caller could change every later error location."""
    origins = default_rulebook().origins
    section = next(iter(origins))
    with pytest.raises(TypeError, match="read-only"):
        origins[section] = ()  # type: ignore[index]
    with pytest.raises(TypeError, match="read-only"):
        origins.clear()  # type: ignore[attr-defined]
