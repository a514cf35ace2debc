"""A new user in a notebook, continued (newuser5): printing results, paths of records built
in Python, ``explain`` of every code, replacing a field of a Listing, natural-but-wrong calls.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io

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
    assert _cli("check", "examples/plan.toml", "--as-of", "2026-11-23") == (str(report) + "\n")


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
