"""Hostile calls to the public API changed on 6-7 Dec 2026 (sweep apifuzz9): what a rule
book's resolved view returns cannot be changed by its caller (the embedded book is shared by
every caller), ... Only ``TypeError`` or an :class:`~ipprules.errors.IpprulesError` may
escape; each test below failed before its fix.
"""

from __future__ import annotations

import copy
import datetime as dt
import pathlib
import pickle

import pytest

from ipprules import (
    checks,
    counternotice,
    deadline_for,
    default_rulebook,
    explain,
    parse_listing,
    read_plan,
)
from ipprules.calendars import (
    add_business_days,
    business_days_between,
    calendar_from_data,
    china_calendar,
    country_calendar,
    is_business_day,
)
from ipprules.counternotice import read_counter_notice
from ipprules.coverage import parse_horizon
from ipprules.errors import InputError, IpprulesError, UnknownNameError, suggest
from ipprules.goodfaith import Complaint, History, WindowCounts, standing
from ipprules.lifecycle import deadlines_from, read_events
from ipprules.listings.parser import parse_slowly
from ipprules.planner import parse_confidence
from ipprules.rulebook.platform_names import platform_case_problem, platform_case_slip
from ipprules.scale import parse_urls, read_histories, read_urls


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

    def strip(self, chars: str | None = None) -> str:
        raise Boom("strip")

    def casefold(self) -> str:
        raise Boom("casefold")


class HostileInt(int):
    """An int whose comparisons and conversions raise: read as its value."""

    def __lt__(self, other: object) -> bool:
        raise Boom("__lt__")

    __gt__ = __le__ = __ge__ = __lt__

    def __index__(self) -> int:
        raise Boom("__index__")

    __int__ = __index__


def test_penalty_points_of_a_view_are_read_only() -> None:
    """A view's penalty record's ``points`` was a plain dict shared by every view of the
    embedded book: a caller setting one changed every later answer, any date."""
    book = default_rulebook()
    points = book.as_of(dt.date(2024, 1, 1)).penalties["lazada_sg"].points
    before = dict(points)
    with pytest.raises(TypeError, match="read-only"):
        points["counterfeit"] = 999
    for change in (points.clear, lambda: points.update(x=1), lambda: points.pop("content")):
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(TypeError, match="read-only"):
        del points["content"]
    assert default_rulebook().as_of(dt.date(2025, 6, 1)).penalties["lazada_sg"].points == before
    record = book.as_of(dt.date(2024, 1, 1)).penalties["lazada_sg"]
    assert pickle.loads(pickle.dumps(record)) == record == copy.deepcopy(record)
    assert hash(pickle.loads(pickle.dumps(record))) == hash(record)


def test_rule_sources_of_the_shared_book_are_read_only() -> None:
    """``view.book.data.rule_sources`` (what ``RuleBook.rule_sources`` and the evidence
    checks read) was a plain dict of the shared book."""
    book = default_rulebook().as_of(dt.date(2024, 1, 1)).book
    named = book.data.rule_sources
    rule = next(iter(named))
    before = book.rule_sources(rule)
    with pytest.raises(TypeError, match="read-only"):
        named[rule] = ("S999",)
    with pytest.raises(TypeError, match="read-only"):
        named.clear()
    assert default_rulebook().rule_sources(rule) == before


def test_platform_case_helpers_read_a_str_subclass_as_its_characters() -> None:
    """platform_case_slip hashed a str subclass (its own __hash__: the caller's Boom);
    platform_case_problem called its __eq__ and took any type."""
    assert platform_case_slip(HostileStr("Taobao")) == "taobao"
    assert platform_case_slip(HostileStr("taobao")) is None
    said = platform_case_problem(HostileStr("lazada-sg"), HostileStr("lazada_sg"))
    assert "'lazada-sg'" in said and "'lazada_sg'" in said
    for name, meant in ((b"Taobao", "taobao"), ("Taobao", None), (1, "taobao")):
        with pytest.raises(TypeError, match="must be a str"):
            platform_case_problem(name, meant)  # type: ignore[arg-type]


def test_country_calendar_reads_a_str_subclass_and_an_int_subclass() -> None:
    """country_calendar called a str subclass's strip, and year_range (china_calendar too)
    an int subclass's own comparisons."""
    pytest.importorskip("holidays")
    assert country_calendar(HostileStr("th"), 2025).name == "TH 2025"
    assert country_calendar("TH", HostileInt(2025), HostileInt(2025)).name == "TH 2025"
    with pytest.raises(IpprulesError, match="is after last_year"):
        china_calendar(HostileInt(2025), HostileInt(2024))


def test_calendar_data_reads_str_and_int_subclasses() -> None:
    """calendar_from_data called a name's or a day note's strip, a weekend day's comparisons."""
    cal = calendar_from_data(
        {
            "name": HostileStr("mine"),
            "weekend": [HostileInt(5), HostileInt(6)],
            "day_notes": {"2025-01-01": HostileStr("estimated")},
        }
    )
    assert (cal.name, cal.weekend) == ("mine", frozenset({5, 6}))
    assert cal.day_notes == ((dt.date(2025, 1, 1), "estimated"),)
    assert type(cal.name) is str and type(cal.day_notes[0][1]) is str
    with pytest.raises(InputError, match=r"weekday number 0\.\.6"):
        calendar_from_data({"weekend": [HostileInt(9)]})


class HostileDate(dt.date):
    """A date whose comparisons, arithmetic and weekday raise: read as its day."""

    def __lt__(self, other: object) -> bool:
        raise Boom("__lt__")

    __gt__ = __le__ = __ge__ = __lt__

    def __eq__(self, other: object) -> bool:
        raise Boom("__eq__")

    __ne__ = __eq__

    def __hash__(self) -> int:
        raise Boom("__hash__")

    def __add__(self, other: object) -> dt.date:
        raise Boom("__add__")

    __sub__ = __radd__ = __add__

    def weekday(self) -> int:
        raise Boom("weekday")


def test_deadline_for_reads_str_and_date_subclasses() -> None:
    """deadline_for called a deadline id's strip and compared a date subclass with its own
    methods (every date the library reads goes through one helper, as_date)."""
    plain_answer = deadline_for("ipr_verification", dt.date(2025, 3, 3))
    hostile = deadline_for(HostileStr("ipr_verification"), HostileDate(2025, 3, 3))
    assert hostile == plain_answer and type(hostile.start) is dt.date


def test_calendar_arithmetic_reads_int_and_date_subclasses() -> None:
    """add_business_days, business_days_between, is_business_day and covers compared,
    added to or asked the weekday of a date subclass, or compared an int subclass."""
    cal = china_calendar(2025)
    day = HostileDate(2025, 9, 30)
    assert add_business_days(day, HostileInt(1), cal) == dt.date(2025, 10, 9)
    assert business_days_between(day, HostileDate(2025, 10, 9), cal) == 1
    assert not is_business_day(HostileDate(2025, 10, 1), cal)
    assert cal.covers(day)
    assert cal.notes_between(day, HostileDate(2025, 10, 9)) == ()


#: Inputs of the readings changed this week: an XPath form after a host's path, a Markdown
#: linked image with a title, a plain link, share text.
LISTING_TEXTS = (
    "https://item.taobao.com/item.htm?id=606832683299",
    '//evil/a[@href="https://item.taobao.com/item.htm?id=606832683299"]',
    'x//ul//a[contains(@href,"https://item.taobao.com/item.htm?id=606832683299")]',
    '[![a](img.jpg "t")](item.taobao.com/item.htm?id=606832683299)',
    "see https://www.lazada.co.th/products/pdp-i4212266679.html now",
)


def test_listing_parsers_read_a_str_subclass_as_its_characters() -> None:
    """parse_listing compared an XPath input's trimmed form with the subclass's own __eq__;
    parse_slowly kept the subclass itself in its result (comparing it called __eq__)."""
    for text in LISTING_TEXTS:
        for parse in (parse_listing, parse_slowly):
            got = parse(HostileStr(text))
            assert got == parse(text), text
            assert all(type(v) is not HostileStr for v in (*got, *got.as_dict().values()))


def test_parse_urls_reads_a_str_subclass_column_name() -> None:
    """parse_urls(column=...) and read_urls called the name's own strip (a blank name is
    refused, naming it, before Dask is imported)."""
    for call in (parse_urls, read_urls):
        with pytest.raises(InputError, match="a blank name ' '"):
            call("urls.csv", column=HostileStr(" "))


def test_a_standings_counters_are_read_only() -> None:
    """Standing.counts held plain dicts: a standing hashes by value, so a change to one
    changed its hash while it sat in a set or as a dict key."""
    counts = WindowCounts(listings={"submitted": 3}, complaints={"submitted": 1})
    before = hash(counts)
    held = {counts}
    for change in (
        lambda: counts.listings.__setitem__("submitted", 10**6),
        lambda: counts.complaints.update(submitted=0),
        counts.listings.clear,
    ):
        with pytest.raises(TypeError, match="read-only"):
            change()
    assert hash(counts) == before and counts in held
    assert pickle.loads(pickle.dumps(counts)) == counts == copy.deepcopy(counts)


def test_a_coverage_horizon_reads_int_and_str_subclasses() -> None:
    """parse_horizon (coverage's horizon=) compared an int subclass with its own methods and
    called a str subclass's strip."""
    assert parse_horizon(HostileInt(90)) == dt.timedelta(days=90)
    assert parse_horizon(HostileStr(" 12w ")) == dt.timedelta(weeks=12)
    with pytest.raises(InputError, match="must lie between"):
        parse_horizon(HostileInt(10**6))


def test_rule_book_lookups_read_a_str_subclass_as_its_characters() -> None:
    """explain compared a code with the subclass's own __eq__, RuleBook.records called a
    section's strip, ResolvedRules.accepts_registration a place's upper."""
    book = default_rulebook()
    assert explain(HostileStr("check:right-expired")) == explain("check:right-expired")
    assert book.records(HostileStr("penalties")) == book.records("penalties")
    view = book.as_of(dt.date(2024, 1, 1))
    assert view.accepts_registration("taobao", HostileStr("cn")) == view.accepts_registration(
        "taobao", "CN"
    )


def test_readers_and_name_lookups_read_a_str_subclass_as_its_characters(
    tmp_path: pathlib.Path,
) -> None:
    """A path, code, event or confidence given as a str subclass: the readers compared it
    with "-" by its own __eq__ (read_plan, read_counter_notice, read_events), the Dask
    readers' file naming called its __str__ (read_histories, standings), suggest and
    UnknownNameError its strip, the finding catalogue its __hash__, deadlines_from and
    parse_confidence its strip."""
    missing = HostileStr(str(tmp_path / "none.toml"))
    for read in (read_plan, read_counter_notice, read_events, read_histories):
        with pytest.raises(InputError):
            read(missing)
    with pytest.raises(UnknownNameError, match="did you mean 'tmall'"):
        raise UnknownNameError("platform", HostileStr("tmal"), ["taobao", "tmall"])
    assert suggest(HostileStr("tmal"), ["taobao", "tmall"]) == "tmall"
    for explain_code in (explain, checks.explain, counternotice.explain):
        with pytest.raises(UnknownNameError):
            explain_code(HostileStr("no-such-code"))
    assert checks.explain(HostileStr("evidence-missing")).rules == ("B17",)
    takedown = deadlines_from(HostileStr("Takedown"), dt.date(2025, 3, 3))
    assert takedown == deadlines_from("takedown", dt.date(2025, 3, 3))
    assert parse_confidence(HostileStr(" 80% ")) == parse_confidence("80%")


def test_standing_reads_an_interpretation_subclass_as_its_characters() -> None:
    """standing(interpretation=...) kept the str subclass in its answer, and the Good Faith
    notes of the other readings compared it with its own __eq__."""
    filed = dt.date(2023, 1, 5)
    complaint = Complaint(
        filed=filed, platform="taobao", reason_code="tm_misuse", listings=10, taken_down=10
    )
    history = History.from_records([complaint])
    got = standing(history, dt.date(2023, 3, 31), interpretation=HostileStr("official"))
    assert type(got.interpretation) is str
    assert got == standing(history, dt.date(2023, 3, 31), interpretation="official")
