"""review30: a second look at the last session's merged work (flaky4, inputs23, rulesleft2,
newuser5, newuser6, urls29, review29, planner5, planner6)."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import Complaint, History, what_if

_OK = Complaint(
    filed="2023-01-02",
    platform="taobao",
    reason_code="tm_counterfeit",
    listings=10,
    taken_down=9,
    rejected=1,
)
_CELLS = st.one_of(
    st.integers(-2, 800_000),
    st.text(max_size=3),
    st.none(),
    st.lists(st.integers(), max_size=1),
    st.dictionaries(st.text(max_size=1), st.integers(), max_size=1),
)


def _said(call: object) -> str:
    try:
        call()  # type: ignore[operator]
    except InputError as exc:
        return str(exc)
    return "accepted"


# newuser5 placed a refused record at its index ($[i]) in from_records, with_records and a
# what_if batch; with_records (and so what_if) first read each tuple's platform and reason
# code, so a row too short was an IndexError and one holding a list a TypeError ("unhashable
# type"), where from_records says "$[1]: invalid outcome row ...".
@settings(max_examples=60)
@given(row=st.lists(_CELLS, max_size=9).map(tuple))
@example(row=())
@example(row=("a",))
@example(row=(738522, ["taobao"], "x", 9, 1, 0, 0, 0))
@example(row=(738522, "taobao", {}, 9, 1, 0, 0, 0))
def test_with_records_and_what_if_refuse_a_row_as_from_records_does(row: tuple) -> None:
    records = [_OK, row]
    alone = _said(lambda: History.from_records(records))
    history = History.from_records([_OK])
    assert _said(lambda: history.with_records(records)) == alone
    if alone != "accepted":
        assert alone.startswith("$[1]: ")
        assert _said(lambda: what_if(history, records, dt.date(2023, 3, 1))) == alone


# rulesleft2 (3844e2e) words coverage's way to open a cell a right never registered cannot
# back "(an unregistered work is not enough here)", a copyright's words (B8), for a trademark
# or a patent given as unregistered too; their own words are kept.
_HOLDER = "Lumen Optics Co., Ltd."
_ACCOUNT = {
    "name": _HOLDER,
    "location": "elsewhere",
    "identity": "enterprise",
    "category": "right_holder",
    "incorporated": "HK",
}
_RIGHTS = {
    "trademark": {"name": "LUMEN", "number": "31234567", "classes": [9]},
    "patent": {"subtype": "design", "name": "Desk lamp", "number": "ZL201930123456.7"},
    "copyright": {"name": "LUMEN photographs", "number": "2024-L-01234567"},
    "other": {"name": "LUMEN trade dress", "number": "X-1"},
}
_WORDS = {"trademark": "mark", "patent": "patent", "copyright": "work", "other": "right"}


@settings(max_examples=30)
@given(
    ipr_type=st.sampled_from(sorted(_RIGHTS)),
    status=st.sampled_from(["unregistered", "pending"]),
    platform=st.sampled_from(["taobao", "tmall", "1688", "aliexpress", "lazada_sg"]),
    reading=st.sampled_from(["brief", "official"]),
)
@example(ipr_type="trademark", status="unregistered", platform="taobao", reading="brief")
def test_the_way_to_register_a_right_names_its_kind(
    ipr_type: str, status: str, platform: str, reading: str
) -> None:
    from ipprules.checks import plan_from_data
    from ipprules.coverage import coverage

    right = {"id": "r", "ipr_type": ipr_type, "place": "CN", "status": status}
    right |= {**_RIGHTS[ipr_type], "registrant": _HOLDER}
    plan = plan_from_data({"account": _ACCOUNT, "rights": [right]})
    cell = coverage(plan, as_of="2024-06-03", interpretation=reading, platforms=[platform])
    for opening in cell.cell("r", platform).opens:
        if opening.kind != "registration" or opening.detail != "registered":
            continue
        if status == "pending":
            assert opening.text.endswith("(an application is not enough)")
        else:
            assert opening.text.endswith(f"(an unregistered {_WORDS[ipr_type]} is not enough here)")


# inputs23 (e42bfcc) refused an option no command has, given before the command, as an
# unrecognized argument (``ipprules --work 2 listings``), not "argument COMMAND: invalid
# choice: '2'"; a short option (``ipprules -w 2 listings``) still was the latter: argparse
# read its value as the command.
def _cli(argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


@settings(max_examples=20)
@given(
    letter=st.sampled_from("abcdefgijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    value=st.sampled_from(["2", "2026-01-01", "x.csv"]),
    command=st.sampled_from(["listings", "check", "rules", "plan"]),
    joined=st.booleans(),
)
@example(letter="w", value="2", command="listings", joined=False)
def test_a_short_option_before_the_command_is_unrecognized(
    letter: str, value: str, command: str, joined: bool
) -> None:
    option = f"-{letter}"
    argv = [f"{option}={value}", command] if joined else [option, value, command]
    code, err = _cli(argv)
    assert code == 2
    assert err == f"ipprules: error: unrecognized arguments: {argv[0]}\n"


# newuser5's explain answers for "every code an output can show", but a reason code (which
# advise, rules and plan print) was "unknown code 'tm_counterfeit'" with no word of where it
# is explained; the refusal now says it is a reason code and where to read it.
@settings(max_examples=10)
@given(data=st.data())
@example(data=None)
def test_explain_of_a_reason_code_says_where_it_is_explained(data: st.DataObject | None) -> None:
    import ipprules
    from ipprules.errors import UnknownNameError

    book = ipprules.default_rulebook()
    ids = sorted({record.id for record in book.records("reason_codes")})
    code = "tm_counterfeit" if data is None else data.draw(st.sampled_from(ids))
    try:
        ipprules.explain(code)
    except UnknownNameError as exc:
        said = str(exc)
    assert f"{code!r} is a reason code" in said
    assert "ipprules rules reasons" in said
    code_cli, err = _cli(["explain", code])
    assert code_cli == 2
    assert f"{code!r} is a reason code" in err
