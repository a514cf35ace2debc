"""The methods of the result types that take a name (M3): an unknown name raises
UnknownNameError with the nearest known name, a wrong type TypeError; never KeyError, a
bare ValueError or a silent empty answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.errors import InputError, UnknownNameError
from ipprules.goodfaith import History, standing

EXAMPLES = Path(__file__).parents[2] / "examples"
STANDING = standing(History.from_file(EXAMPLES / "history.csv"), "2023-03-31")
COVERAGE = ipprules.coverage(ipprules.read_plan(EXAMPLES / "portfolio.toml"), as_of="2026-12-02")
REPORT = ipprules.check(ipprules.read_plan(EXAMPLES / "plan.toml"), as_of="2026-11-23")
RIGHT, PLATFORM = COVERAGE.rights[0], COVERAGE.platforms[0]

#: (call with one name, the names it knows, the kind named in the error)
ACCESSORS: dict[str, tuple[Callable[[str], object], tuple[str, ...], str]] = {
    "Standing.criterion": (
        STANDING.criterion,
        tuple(c.name for c in STANDING.criteria),
        "criterion",
    ),
    "Standing.criterion(code)": (
        lambda code: STANDING.criterion("takedown_rate", code),
        tuple(r.reason_code for r in STANDING.reason_codes),
        "reason code with complaints in the window",
    ),
    "Coverage.cell(right)": (
        lambda right: COVERAGE.cell(right, PLATFORM),
        COVERAGE.rights,
        "right",
    ),
    "Coverage.cell(platform)": (
        lambda platform: COVERAGE.cell(RIGHT, platform),
        COVERAGE.platforms,
        "platform",
    ),
    "Coverage.cell(target)": (
        lambda target: COVERAGE.cell(RIGHT, PLATFORM, target),
        ("listing", "storefront"),
        "target",
    ),
    "Coverage.matrix": (COVERAGE.matrix, ("listing", "storefront"), "target"),
    "Coverage.of": (COVERAGE.of, ("covered", "not_covered", "unknown"), "status"),
    "Report.of": (REPORT.of, ("error", "warning", "unknown", "info"), "severity"),
    "Report.for_complaint": (REPORT.for_complaint, REPORT.complaints, "complaint id"),
}


@st.composite
def misspelt(draw: st.DrawFn, known: tuple[str, ...]) -> str:
    """A known name with one letter dropped, changed or doubled, in capitals, or any text."""
    name = draw(st.sampled_from(known))
    at = draw(st.integers(0, len(name) - 1))
    wrong = draw(
        st.sampled_from(
            (
                name[:at] + name[at + 1 :],
                name[:at] + "x" + name[at + 1 :],
                name[:at] + name[at] + name[at:],
                name.upper(),
                "",
                "0",
            )
        )
        | st.text(max_size=12)
    )
    assume(wrong not in known)
    return wrong


@pytest.mark.parametrize("accessor", sorted(ACCESSORS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_an_unknown_name_raises_unknown_name_error(accessor: str, data: st.DataObject) -> None:
    call, known, kind = ACCESSORS[accessor]
    name = data.draw(misspelt(known))
    with pytest.raises(UnknownNameError, match=f"unknown {kind}") as caught:
        call(name)
    assert caught.value.name == name and set(caught.value.known) == set(known)


@pytest.mark.parametrize("accessor", sorted(ACCESSORS))
@pytest.mark.parametrize("junk", [None, 3, 1.5, b"listing", ["listing"]], ids=repr)
def test_a_name_of_another_type_is_a_type_error(accessor: str, junk: object) -> None:
    call, _, _ = ACCESSORS[accessor]
    if accessor == "Report.for_complaint" and type(junk) is int:
        return  # a position
    if accessor == "Standing.criterion(code)" and junk is None:
        return  # the account as a whole
    with pytest.raises(TypeError):
        call(junk)  # type: ignore[arg-type]


@pytest.mark.parametrize("accessor", sorted(ACCESSORS))
def test_every_known_name_answers(accessor: str) -> None:
    call, known, _ = ACCESSORS[accessor]
    for name in known:
        call(name)


def test_the_messages_name_the_nearest_name_and_why() -> None:
    with pytest.raises(UnknownNameError, match=r"'takedwn_rate' \(did you mean 'takedown_rate'"):
        STANDING.criterion("takedwn_rate")
    # a real code without complaints in the window: the error says so
    with pytest.raises(UnknownNameError, match="with complaints in the window") as caught:
        STANDING.criterion("takedown_rate", "tm_store_misuse")
    assert "from 2022, R75" in str(caught.value)
    with pytest.raises(UnknownNameError, match=r"'tm-uss' \(did you mean 'tm-us'\?\)"):
        COVERAGE.cell("tm-uss", "taobao")
    # the day before the first Good Faith version of any reading (was 2016-01-04, a guarded
    # check that stopped running once the rule book gained the 2015 version)
    before = min(r.effective_from for r in ipprules.default_rulebook().records("good_faith"))
    day = (before - dt.timedelta(days=1)).isoformat()
    early = standing(History.from_file(EXAMPLES / "history.csv"), day)
    assert early.version is None, (day, early.version)
    with pytest.raises(UnknownNameError, match=f"no Good Faith programme on {day}"):
        early.criterion("takedown_rate")


def test_for_complaint_takes_a_position_or_an_id() -> None:
    first = REPORT.complaints[0]
    assert REPORT.for_complaint(0) == REPORT.for_complaint(first)
    busy = max(range(len(REPORT.complaints)), key=lambda i: len(REPORT.for_complaint(i)))
    assert REPORT.for_complaint(busy)
    assert REPORT.for_complaint(REPORT.complaints[busy]) == REPORT.for_complaint(busy)
    with pytest.raises(InputError, match="at most"):
        REPORT.for_complaint(len(REPORT.complaints))
    with pytest.raises(InputError, match="at least 0"):
        REPORT.for_complaint(-1)
    with pytest.raises(TypeError):
        REPORT.for_complaint(True)


def test_plan_right_and_timeline_days() -> None:
    import datetime as dt

    from ipprules.goodfaith import timeline

    plan = ipprules.read_plan(EXAMPLES / "plan.toml")
    first = plan.rights[0].id
    assert plan.right(first) is plan.rights[0]
    with pytest.raises(UnknownNameError, match=rf"{first.upper()!r} \(did you mean {first!r}"):
        plan.right(first.upper())
    with pytest.raises(TypeError):
        plan.right(None)  # type: ignore[arg-type]
    days = timeline(History.from_file(EXAMPLES / "history.csv"), "2023-01-01", "2023-03-31")
    assert days["2023-02-01"] == days[dt.date(2023, 2, 1)] == days[dt.datetime(2023, 2, 1, 9)]
    with pytest.raises(InputError, match="outside the timeline"):
        days["2024-01-01"]
    with pytest.raises(TypeError):
        days[3]  # type: ignore[index]
