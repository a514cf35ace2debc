"""A new user's first hour, continued (newuser9): a plan written from the docs, pasted URLs, a
Good Faith history, deadlines, codes and rule ids looked up, the Python API in a notebook."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.cli import main
from ipprules.errors import UnknownNameError


def _run(*argv: str) -> tuple[int, str]:
    """The exit code and standard error of ``ipprules ARGV``."""
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -------------------- 1. a rule id or a source id given to explain: where it is shown
# `explain` prints "Rules: B17 ..." and `deadline` a rules column (R61, D4); `ipprules explain
# R61` said "unknown code 'R61'" alone, where `rules rule R61` shows it.

_BOOK = ipprules.default_rulebook()


@settings(max_examples=20, deadline=None, derandomize=True)
@given(rule_id=st.sampled_from(_BOOK.cited_rules()))
def test_explain_of_a_rule_id_names_the_view_that_shows_it(rule_id: str) -> None:
    with pytest.raises(UnknownNameError) as caught:
        ipprules.explain(rule_id)
    said = f"{rule_id!r} is a rule id, not a finding's or a rejection's code: ipprules rules rule"
    assert said in str(caught.value)
    assert _BOOK.citing(rule_id)  # what the message points to answers
    code, err = _run("explain", rule_id)
    assert code == 2 and f"ipprules rules rule {rule_id} shows" in err


@settings(max_examples=10, deadline=None, derandomize=True)
@given(source_id=st.sampled_from(sorted(_BOOK.sources)))
def test_explain_of_a_source_id_names_the_view_that_shows_it(source_id: str) -> None:
    code, err = _run("explain", source_id)
    assert code == 2 and f"ipprules rules sources {source_id} shows it" in err
    assert _BOOK.source(source_id).id == source_id


def test_explain_of_a_code_that_is_nothing_says_no_more_than_before() -> None:
    with pytest.raises(UnknownNameError) as caught:
        ipprules.explain("R9999")
    assert "rule id" not in str(caught.value) and "source id" not in str(caught.value)


# -------------------- 2. "a aliexpress listing in a complaint on taobao"


def _plan(platform: str, url: str) -> ipprules.Plan:
    from ipprules.checks import plan_from_data

    return plan_from_data(
        {
            "account": {"name": "X", "location": "elsewhere", "identity": "enterprise"},
            "rights": [{"id": "tm", "ipr_type": "trademark"}],
            "complaints": [
                {"id": "c", "platform": platform, "right": "tm", "reason": "tm_counterfeit"}
                | {"listings": [url]}
            ],
        }
    )


@pytest.mark.parametrize(
    ("platform", "url", "said"),
    [
        (
            "taobao",
            "https://www.aliexpress.com/item/1005004567890123.html",
            "an aliexpress listing in a complaint on taobao",
        ),
        (
            "tmall",
            "https://www.alibaba.com/product-detail/Lamp_1600123456789.html",
            "an alibaba_com listing in a complaint on tmall",
        ),
        (
            "aliexpress",
            "https://item.taobao.com/item.htm?id=612345678901",
            "a taobao listing in a complaint on aliexpress",
        ),
    ],
)
def test_a_listing_on_another_platform_is_said_with_its_article(
    platform: str, url: str, said: str
) -> None:
    report = ipprules.check(_plan(platform, url), as_of="2026-11-23")
    messages = [f.message for f in report if f.code == "listing-wrong-platform"]
    assert messages == [said]


# -------------------- 3. deadline_for given an event, as `ipprules deadline EVENT` takes one
# said "unknown deadline (as of ...) 'takedown'; known: ..." without saying that takedown is an
# event, whose deadlines deadlines_from lists.


@pytest.mark.parametrize(
    "event", ["takedown", "counter_notice_filed", "counter-notice-filed", "complaint_received"]
)
def test_deadline_for_given_an_event_names_deadlines_from(event: str) -> None:
    from ipprules.lifecycle import deadlines_from

    with pytest.raises(UnknownNameError) as caught:
        ipprules.deadline_for(event, "2026-12-07")
    assert f"{event!r} is an event, not a deadline: ipprules.lifecycle.deadlines_from(" in str(
        caught.value
    )
    assert deadlines_from(event, "2026-12-07")  # what the message points to answers


def test_deadline_for_given_neither_says_as_before() -> None:
    with pytest.raises(UnknownNameError) as caught:
        ipprules.deadline_for("ship_by", "2026-12-07")  # near no event (take_down is: inputs40)
    assert "is an event" not in str(caught.value)
    assert ipprules.deadline_for("counter_notice_round_1", "2026-12-07").due is not None


# -------------------- 4. a command, a view or a format misspelt: the choice meant
# argparse listed the choices only ("invalid choice: 'platfrom' (choose from ...)"), where an
# unknown option was already said with the one meant (--as_of: did you mean --as-of?).


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["chek", "examples/plan.toml"], "check"),
        (["rules", "platfrom", "taobao"], "platform"),
        (["rules", "reason"], "reasons"),
        (["good-faith", "examples/history.csv", "--format", "jsn"], "json"),
        (["listings", "examples/urls.txt", "--format", "CSV"], "csv"),
    ],
)
def test_an_invalid_choice_is_said_with_the_choice_meant(argv: list[str], meant: str) -> None:
    code, err = _run(*argv)
    assert code == 2 and "invalid choice" in err
    assert err.rstrip().endswith(f"(did you mean {meant!r}?)")


def test_an_invalid_choice_near_none_is_said_as_before() -> None:
    code, err = _run("rules", "zzz")
    assert code == 2 and "invalid choice: 'zzz'" in err and "did you mean" not in err


# -------------------- 5. a history in a data frame: what the refusal says to do must work
# History.from_records(df) said "make each row a record: Complaint(**row) ... for row in
# df.to_dict('records')", which fails on a frame of the history file's columns (type, date:
# "unexpected keyword argument 'type'"); its rows given as dicts said to read them "as a file".


# left6: a frame is named History.from_frame(df), the door made for it (refusing at the
# frame's rows), not the CSV text of it that from_frame writes itself.
_READ_FRAME = "History.from_frame(df)"
_READ_ROWS = (
    "History.from_file(io.StringIO(pandas.DataFrame(rows).to_csv(index=False, float_format='%g')))"
)


@pytest.mark.parametrize(
    ("path", "account"),
    [
        ("examples/history.csv", None),
        ("examples/history-accounts.csv", "acme"),
    ],
)
@pytest.mark.parametrize("given_as", ["frame", "rows"])
def test_a_history_frame_is_refused_with_a_recipe_that_reads_it(
    path: str, account: str | None, given_as: str
) -> None:
    import io

    pd = pytest.importorskip("pandas")
    df = pd.read_csv(path)
    rows = df.to_dict("records")
    with pytest.raises((TypeError, ipprules.InputError)) as caught:
        ipprules.History.from_records(df if given_as == "frame" else rows)
    said = " ".join(str(caught.value).split())
    if given_as == "frame":
        assert _READ_FRAME in said
        read = ipprules.History.from_frame(df, account=account)
    else:
        assert _READ_ROWS in said
        text = pd.DataFrame(rows).to_csv(index=False, float_format="%g")
        read = ipprules.History.from_file(io.StringIO(text), account=account)
    assert read == ipprules.History.from_file(path, account=account)


# -------------------- 6. a plan built from dicts in a notebook, given back as plain data
# Plan had no to_dict (every result has one): a plan built or changed in Python could not be
# written back for `ipprules check` but through the private converter.

_PLANS = ["examples/plan.toml", "examples/planner-account.toml", "examples/portfolio.toml"]


@pytest.mark.parametrize("path", _PLANS)
def test_a_plan_to_dict_is_read_back_as_the_same_plan(path: str) -> None:
    import json

    from ipprules.checks import plan_from_data

    plan = ipprules.read_plan(path)
    data = plan.to_dict()
    assert plan.as_dict() == data
    assert plan_from_data(json.loads(json.dumps(data))) == plan
    assert ipprules.read_plan(io.StringIO(json.dumps(data))) == plan


def test_a_plan_of_junk_to_dict_says_what_is_wrong() -> None:
    from ipprules.checks import Account, Plan

    with pytest.raises(TypeError, match="account must be an Account"):
        Plan(account=3).to_dict()  # type: ignore[arg-type]
    with pytest.raises(ipprules.InputError, match=r"\$\.account\.location: .* got 'abroad'"):
        Plan(account=Account(name="x", location="abroad", identity="enterprise")).to_dict()  # type: ignore[arg-type]


# -------------------- 7. a JSON Lines history's count that is no integer: what it was
# said "$.taken_down: expected an integer" alone, where the CSV cell 20.0 says what pandas did
# and what to do (astype('Int64')); pandas' to_json writes such a column's counts as 20.0.


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("taken_down", "5.0", "expected an integer, got 5.0: write whole numbers"),
        ("listings", "5.0", "expected listings (integer), got 5.0: write whole numbers"),
        ("taken_down", "null", "expected an integer, got null"),
        ("listings", '"5"', 'expected listings (integer), got "5"'),
        ("taken_down", "true", "expected an integer, got true"),
        ("taken_down", "2.5", "expected an integer, got 2.5"),
    ],
)
def test_a_json_count_that_is_no_integer_is_said_with_its_value(
    tmp_path: Path, key: str, value: str, said: str
) -> None:
    fields = {"listings": "5", "taken_down": "5"} | {key: value}
    line = (
        '{"type": "complaint", "date": "2026-01-10", "platform": "taobao", '
        '"reason_code": "tm_counterfeit", '
        + ", ".join(f'"{k}": {v}' for k, v in fields.items())
        + "}\n"
    )
    path = tmp_path / "h.jsonl"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(ipprules.InputError) as caught:
        ipprules.History.from_file(path)
    assert f"$.{key}: {said}" in str(caught.value)
    if value == "5.0":
        assert "astype('Int64') before to_json" in str(caught.value)
    else:
        assert "astype" not in str(caught.value)
