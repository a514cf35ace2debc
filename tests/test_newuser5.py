"""A new user in a notebook, continued (newuser5): printing results, paths of records built
in Python, ``explain`` of every code, replacing a field of a Listing, natural-but-wrong calls.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main


@functools.cache
def _history() -> ipprules.History:
    return ipprules.History.from_file("examples/history.csv")


def _cli(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(argv))
    return out.getvalue()


_DAYS = st.dates(dt.date(2015, 1, 6), dt.date(2024, 12, 31))


@settings(max_examples=8, deadline=None)
@given(day=_DAYS, official=st.booleans())
@example(day=dt.date(2022, 12, 31), official=False)
@example(day=dt.date(2015, 1, 6), official=False)  # before any criteria: notes only
def test_str_of_a_standing_is_the_text_the_cli_prints(day, official):
    interpretation = "official" if official else "brief"
    s = ipprules.standing(_history(), day, interpretation=interpretation)
    assert str(s) == s.text() == f"{s}"
    assert "\n" not in repr(s) and repr(s).startswith("Standing(")
    printed = _cli(
        "good-faith",
        "examples/history.csv",
        "--as-of",
        day.isoformat(),
        "--interpretation",
        interpretation,
    )
    assert printed == s.text() + "\n"


def test_str_of_a_what_if_is_the_text_the_cli_prints():
    w = ipprules.what_if(_history(), "examples/what-if.toml", "2022-12-31")
    assert str(w) == w.text() and w.text().startswith("Before:\nGood Faith standing")
    printed = _cli(
        "good-faith",
        "examples/history.csv",
        "--as-of",
        "2022-12-31",
        "--what-if",
        "examples/what-if.toml",
    )
    assert printed == w.text() + "\n"
    assert "\n" not in repr(w)


@pytest.mark.no_cover
@settings(max_examples=5, deadline=None)
@given(start=st.dates(dt.date(2022, 9, 1), dt.date(2023, 8, 1)), days=st.integers(0, 60))
@example(start=dt.date(2022, 9, 1), days=364)  # the whole history: membership changes
def test_str_of_a_timeline_is_the_text_the_cli_prints(start, days):
    end = start + dt.timedelta(days=days)
    t = ipprules.timeline(_history(), start, end, other_readings=True)
    assert str(t) == t.text()
    assert "\n" not in repr(t)
    printed = _cli(
        "good-faith", "examples/history.csv", "--timeline", start.isoformat(), end.isoformat()
    )
    assert printed == t.text() + "\n"


def test_str_is_the_text_for_every_result_that_has_one():
    report = ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2026-11-23")
    advice = ipprules.advise(
        "trademark", "taobao", facts=["counterfeit_product"], as_of="2026-11-23"
    )
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    cov = ipprules.coverage(portfolio, as_of="2026-11-23")
    diff = ipprules.coverage_diff(ipprules.coverage(portfolio, as_of="2020-01-01"), cov)
    entry = ipprules.explain("evidence-missing")
    for result in (report, advice, cov, diff, entry):
        assert str(result) == result.text(), type(result)
        assert "\n" not in repr(result), type(result)
    printed = _cli("check", "examples/plan.toml", "--as-of", "2026-11-23")
    # the CLI adds where each finding's path is written (check25): text(where) of those places
    where = dict(re.findall(r"^  \S+ +\S+  (\$\S*)  \((examples/plan\.toml:\d+)\)$", printed, re.M))
    assert len(where) > 10
    assert printed == report.text(where) + "\n"


def _every_code() -> list[str]:
    """Every code the library can put in an output, from its registries and enums: the
    checks' and counter-notices' finding codes, the listing parser's rejection codes, the
    planner's rejection codes (with listing:... and check:... as it prints them), the
    scale-out's account rejections, a planner line's status, a lifecycle timing flag."""
    from ipprules.checks import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.lifecycle import FlagKind
    from ipprules.listings import REJECTION_CODES
    from ipprules.planner import Status
    from ipprules.planner.engine import rejection_codes
    from ipprules.scale._planner import ACCOUNT_REJECTIONS

    return sorted(
        {
            *catalogue(),
            *counter_notice_codes(),
            *REJECTION_CODES,
            *rejection_codes(),
            *ACCOUNT_REJECTIONS,
            *(s.value for s in Status),
            *(k.value for k in FlagKind),
        }
    )


def test_explain_knows_every_code_the_library_emits():
    """``ipprules.explain`` said "unknown finding code" for every code that is no finding of
    the checks (``listing:not-a-url``, ``missing-order``...), and ``ipprules explain`` did
    not know a planner line's status (``duplicate``) or a lifecycle timing (``late``)."""
    codes = _every_code()
    assert len(codes) > 100
    for code in codes:
        entry = ipprules.explain(code)
        assert entry.code == (code.partition(":")[2] or code), code
        assert entry.title and entry.explanation and entry.fix, code
        assert str(entry) == entry.text() and entry.text().startswith(
            f"{entry.code} ({entry.severity.value}): {entry.title}"
        )
        assert entry.to_dict()["code"] == entry.code


@pytest.mark.parametrize("code", ["duplicate", "planned", "rejected", "late", "early", "disputed"])
def test_cli_explains_a_status_and_a_timing(code):
    out = _cli("explain", code)
    assert out == str(ipprules.explain(code)) + "\n"
    assert "How to fix:" in out


def test_explain_lists_every_code_the_library_emits():
    from ipprules._codes import codes

    listed = set(codes())
    # the prefixed forms the planner prints are explained as their bare codes
    assert {c.partition(":")[2] or c for c in _every_code()} <= listed


@settings(max_examples=30, deadline=None)
@given(code=st.text(max_size=30))
@example(code="duplicat")
@example(code="listing:")
@example(code="check:cn-timing")
def test_explain_of_any_text_answers_or_says_which_codes_exist(code):
    from ipprules._codes import codes
    from ipprules.planner.engine import rejection_codes

    known = {*codes(), *rejection_codes()}  # with check:... and listing:..., as printed
    if code in known:
        assert ipprules.explain(code).code in code
    else:
        with pytest.raises(ipprules.UnknownNameError, match="unknown code"):
            ipprules.explain(code)


def _record_builders():
    """A record of each kind built in Python, with one date field left to the test: (name,
    field, build)."""
    from ipprules.checks import Complaint, Document, IprType, Right
    from ipprules.counternotice import Authorisation, Purchase
    from ipprules.goodfaith import Complaint as Filed
    from ipprules.lifecycle import EventRecord
    from ipprules.penalties import Violation

    return [
        (
            "Right",
            "expiry_date",
            lambda v: Right(id="r", ipr_type=IprType.TRADEMARK, expiry_date=v),
        ),
        ("Right", "filing_date", lambda v: Right(id="r", ipr_type="trademark", filing_date=v)),
        ("Document", "valid_until", lambda v: Document(kind="x", valid_until=v)),
        (
            "Complaint",
            "filing_date",
            lambda v: Complaint(
                id="c", platform="taobao", right="r", reason="x", listings=(), filing_date=v
            ),
        ),
        (
            "goodfaith.Complaint",
            "filed",
            lambda v: Filed(filed=v, platform="taobao", reason_code="x", listings=1, taken_down=1),
        ),
        ("Violation", "on", lambda v: Violation(on=v, kind="general")),
        ("EventRecord", "on", lambda v: EventRecord("takedown", on=v)),
        ("Purchase", "date", lambda v: Purchase(id="p", kind="invoice", date=v)),
        ("Authorisation", "valid_from", lambda v: Authorisation(id="a", valid_from=v)),
    ]


_NOT_DATES = st.one_of(
    st.sampled_from(["2023-02-30", "2023-13-01", "tomorrow", "", "2023-1-5", "05/01/2023"]),
    st.text(max_size=12).filter(lambda s: not s[:1].isdigit()),
)


@settings(max_examples=20, deadline=None)
@given(index=st.integers(0, len(_record_builders()) - 1), value=_NOT_DATES)
@example(index=0, value="2029-13-01")
@example(index=5, value="2023-02-30")
def test_a_bad_date_in_a_record_built_in_python_names_its_field(index, value):
    """``Right(expiry_date="2029-13-01")`` said ``$: expected a date ... for the
    expiry_date``: the path was the root, not the field, as a file's error names it."""
    name, field, build = _record_builders()[index]
    with pytest.raises(ipprules.InputError) as caught:
        build(value)
    assert caught.value.path == f"$.{field}", name
    assert str(caught.value).startswith(f"$.{field}: expected a date (YYYY-MM-DD), got ")


@settings(max_examples=15, deadline=None)
@given(
    place=st.text(max_size=5).filter(lambda s: not (len(s) == 2 and s.isalpha() and s.isascii()))
)
@example(place="China")
def test_a_bad_place_in_a_record_built_in_python_names_its_field(place):
    from ipprules.checks import Account, Identity, Location, Right

    with pytest.raises(ipprules.InputError) as caught:
        Right(id="r", ipr_type="trademark", place=place)
    assert str(caught.value).startswith("$.place: expected a two-letter code")
    with pytest.raises(ipprules.InputError) as caught:
        Account(
            name="A",
            location=Location.ELSEWHERE,
            identity=Identity.ENTERPRISE,
            incorporated=place,
        )
    assert caught.value.path == "$.incorporated"


@settings(max_examples=15, deadline=None)
@given(
    listings=st.integers(1, 5),
    extra=st.integers(1, 3),
)
def test_inconsistent_counts_of_a_good_faith_complaint_name_the_count(listings, extra):
    from ipprules.goodfaith import Complaint as Filed

    with pytest.raises(ipprules.InputError) as caught:
        Filed(
            filed="2023-03-01",
            platform="taobao",
            reason_code="x",
            listings=listings,
            taken_down=listings + extra,
        )
    assert caught.value.path == "$.listings"
    with pytest.raises(ipprules.InputError) as caught:
        Filed(
            filed="2023-03-01",
            platform="taobao",
            reason_code="x",
            listings=listings,
            taken_down=listings,
            reinstated=listings + extra,
        )
    assert caught.value.path == "$.reinstated"


# ---- natural-but-wrong calls of a notebook user: a data frame, a row, a path, a stream


def _frame_doors():
    """The doors that take an iterable of items, each called with a data frame: (name,
    call, what the message must say to do)."""
    from ipprules.lifecycle import lifecycle_report
    from ipprules.planner import plan_listings

    account = ipprules.read_plan("examples/planner-account.toml")
    return [
        ("parse_listings", ipprules.parse_listings, "df['url']"),
        ("plan_listings", lambda df: plan_listings(df, account, as_of="2026-11-23"), "df["),
        ("what_if", lambda df: ipprules.what_if(_history(), df, "2022-12-31"), "Complaint(**row)"),
        ("History.from_records", ipprules.History.from_records, "History.from_file(path)"),
        (
            "penalty_standing",
            lambda df: ipprules.penalty_standing(df, "aliexpress", "2024-06-01"),
            "read_violations(path)",
        ),
        ("lifecycle_report", lifecycle_report, "EventRecord(**row)"),
        (
            "advise",
            lambda df: ipprules.advise("trademark", "taobao", facts=df, as_of="2026-11-23"),
            "df[",
        ),
    ]


_COLUMN = st.sampled_from(["url", "event", "on", "filed", "kind", "points", "fact", "x"])


@settings(max_examples=20, deadline=None)
@given(
    door=st.integers(0, len(_frame_doors()) - 1),
    columns=st.lists(_COLUMN, min_size=1, max_size=4, unique=True),
    rows=st.integers(0, 3),
)
@example(door=0, columns=["url", "reason"], rows=2)  # examples/planner-urls.csv's shape
@example(door=5, columns=["event", "on"], rows=1)
def test_a_data_frame_where_items_belong_says_what_to_pass(door, columns, rows):
    """Iterating a DataFrame gives its column names: ``parse_listings(df)`` parsed them as
    URLs, ``plan_listings(df, ...)`` planned them (all rejected), ``what_if(history, df)``
    said "expected an outcome row..., got 'filed'". Each door now refuses the frame and says
    what to pass instead."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({c: ["x"] * rows for c in columns})
    name, call, hint = _frame_doors()[door]
    with pytest.raises(TypeError, match="DataFrame") as caught:
        call(frame)
    assert hint in str(caught.value), name


@settings(max_examples=15, deadline=None)
@given(texts=st.lists(st.text(max_size=20), max_size=3), as_series=st.booleans())
@example(texts=["see https://item.taobao.com/item.htm?id=606832683299"], as_series=True)
def test_extract_urls_of_many_texts_is_a_type_error(texts, as_series):
    """``extract_urls(series)`` returned ``[]``: the Series was searched as no text."""
    value = texts
    if as_series:
        value = pytest.importorskip("pandas").Series(texts, dtype=object)
    with pytest.raises(TypeError, match=r"\[extract_urls\(t\) for t in texts\]"):
        ipprules.extract_urls(value)


@settings(max_examples=15, deadline=None)
@given(
    event=st.sampled_from(["takedown", "ipr_verified", "counter_notice_filed"]),
    on=st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)).map(dt.date.isoformat),
    as_dict=st.booleans(),
)
def test_a_row_where_an_event_belongs_names_event_record(event, on, as_dict):
    """``lifecycle_report([{"event": ..., "on": ...}])`` said "unknown event \"{'event':
    ...}\"": the row was read as an event's name."""
    from ipprules.lifecycle import EventRecord, lifecycle_report

    row = {"event": event, "on": on} if as_dict else (event, on)
    with pytest.raises(TypeError) as caught:
        lifecycle_report([row])
    how = "EventRecord(**row)" if as_dict else "EventRecord(*row)"
    assert how in str(caught.value)
    record = EventRecord(**row) if as_dict else EventRecord(*row)  # the advice works
    assert record.on == dt.date.fromisoformat(on)


def test_read_plan_of_data_or_of_a_plan_says_what_to_do():
    from ipprules.checks import plan_from_data

    plan = ipprules.read_plan("examples/plan.toml")
    with pytest.raises(TypeError, match=r"plan_from_data\(data\)"):
        ipprules.read_plan({"account": {}})
    with pytest.raises(TypeError, match="a plan already"):
        ipprules.read_plan(plan)
    assert plan_from_data  # the function the message names exists


@pytest.mark.parametrize("as_path", [False, True])
def test_a_counter_notice_file_where_a_notice_belongs_names_the_reader(as_path):
    from pathlib import Path

    from ipprules.counternotice import read_counter_notice

    name = "examples/counter-notice-1688.toml"
    with pytest.raises(TypeError, match=r"read_counter_notice\(path\)"):
        ipprules.assess_counter_notice(Path(name) if as_path else name)
    assert ipprules.assess_counter_notice(read_counter_notice(name)).notice.platform == "1688"


def test_a_what_if_plan_given_as_a_stream_is_read_as_a_plan():
    """``what_if(history, io.StringIO(text))`` read the text line by line as records ("expected
    an outcome row ..., got '# A what-if plan...'"), while ``read_plan`` reads a stream."""
    text = Path("examples/what-if.toml").read_text(encoding="utf-8")
    from_stream = ipprules.what_if(_history(), io.StringIO(text), "2022-12-31")
    assert from_stream == ipprules.what_if(_history(), "examples/what-if.toml", "2022-12-31")
    with pytest.raises(ipprules.InputError, match="<stream>"):
        ipprules.what_if(_history(), io.StringIO('{"complaints": [{"filed": 3}]}'), "2022-12-31")


@functools.cache
def _wrong_values():
    """What a notebook user passes by mistake: a path as a str or a Path, plain data, a
    pandas object, a date, a number, nothing, bytes."""
    pd = pytest.importorskip("pandas")
    return [
        "examples/plan.toml",
        Path("examples/history.csv"),
        {"url": "https://item.taobao.com/item.htm?id=606832683299"},
        pd.DataFrame({"url": ["https://item.taobao.com/item.htm?id=606832683299"]}),
        pd.Series(["x"]),
        dt.date(2024, 1, 2),
        20240102,
        None,
        b"2024-01-02",
        [{"x": 1}],
    ]


@functools.cache
def _doors():
    from ipprules.lifecycle import lifecycle_report
    from ipprules.planner import plan_listings

    plan = ipprules.read_plan("examples/plan.toml")
    account = ipprules.read_plan("examples/planner-account.toml")
    return {
        "check": lambda v: ipprules.check(v, as_of="2026-11-23"),
        "check as_of": lambda v: ipprules.check(plan, as_of=v),
        "coverage": lambda v: ipprules.coverage(v, as_of="2026-11-23"),
        "standing": lambda v: ipprules.standing(v, "2022-12-31"),
        "standing as_of": lambda v: ipprules.standing(_history(), v),
        "what_if": lambda v: ipprules.what_if(_history(), v, "2022-12-31"),
        "plan_listings": lambda v: plan_listings(v, account, as_of="2026-11-23"),
        "plan_listings plan": lambda v: plan_listings([], v, as_of="2026-11-23"),
        "penalty_standing": lambda v: ipprules.penalty_standing(v, "aliexpress", "2024-06-01"),
        "lifecycle_report": lifecycle_report,
        "assess_counter_notice": ipprules.assess_counter_notice,
        "parse_listing": ipprules.parse_listing,
        "extract_urls": ipprules.extract_urls,
        "explain": ipprules.explain,
        "read_plan": ipprules.read_plan,
        "deadline_for": lambda v: ipprules.deadline_for("counter_notice_round_1", v),
        "advise facts": lambda v: ipprules.advise(
            "trademark", "taobao", facts=v, as_of="2026-11-23"
        ),
    }


@settings(max_examples=40, deadline=None)
@given(door=st.sampled_from(sorted(_doors())), index=st.integers(0, 9))
@example(door="what_if", index=3)
@example(door="lifecycle_report", index=9)
def test_a_wrong_value_at_any_door_is_a_type_error_or_ours(door, index):
    """Whatever a notebook user passes where it does not belong, the answer is a TypeError or
    an error of the library with a message (never another exception, never a traceback from
    deep inside); a few are accepted (a date where a date belongs)."""
    value = _wrong_values()[index]
    try:
        _doors()[door](value)
    except (TypeError, ipprules.IpprulesError) as exc:
        message = str(exc)
    else:
        return
    assert message.strip(), (door, value)


_BAD_RECORDS = st.sampled_from(
    [{"filed": "2022-12-01"}, (1, 2, 3), "x", ("2022-12-01", "taobao", "tm", 1, 0, 0, 0, 0), 7]
)


@settings(max_examples=20, deadline=None)
@given(
    good=st.integers(0, 4),
    at=st.integers(0, 4),
    bad=_BAD_RECORDS,
    door=st.sampled_from(["from_records", "with_records", "what_if"]),
)
@example(good=2, at=1, bad={"filed": "2022-12-01"}, door="what_if")
def test_a_refused_record_in_a_list_is_placed_at_its_index(good, at, bad, door):
    """``History.from_records([ok, ok, {...}])`` said ``$: expected an outcome row ...``:
    the record was not placed in the list."""
    from ipprules.goodfaith import Complaint

    ok = Complaint(
        filed="2022-12-01",
        platform="taobao",
        reason_code="tm_counterfeit",
        listings=1,
        taken_down=1,
    )
    records = [ok] * good
    at = min(at, good)
    records.insert(at, bad)
    calls = {
        "from_records": lambda: ipprules.History.from_records(records),
        "with_records": lambda: _history().with_records(records),
        "what_if": lambda: ipprules.what_if(_history(), records, "2022-12-31"),
    }
    with pytest.raises(ipprules.InputError) as caught:
        calls[door]()
    assert caught.value.path == f"$[{at}]"
    assert str(caught.value).startswith(f"$[{at}]: ")
