"""review33: a second look at the last session's merged work (bugs found, each with its test)."""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import Complaint, History


def _copy(history: History) -> dict[tuple[str, str], dict[int, list[int]]]:
    return {k: {d: list(v) for d, v in s.items()} for k, s in history.counts.slots.items()}


@example(numpy_text=True, as_list=False, listings=5)
@example(numpy_text=False, as_list=True, listings=2)
@settings(max_examples=10, deadline=None)
@given(
    numpy_text=st.booleans(), as_list=st.booleans(), listings=st.integers(min_value=1, max_value=50)
)
def test_with_records_leaves_the_history_unchanged(
    numpy_text: bool, as_list: bool, listings: int
) -> None:
    # with_records copied the slots it adds to only when a row was a tuple whose platform and
    # reason code were exactly str: a numpy.str_ platform (a value read from a data frame),
    # or a row given as a list, added to the original history's counters in place
    text = np.str_ if numpy_text else str
    history = History.from_records(
        [
            Complaint(
                filed="2023-09-01", platform="taobao", reason_code="tm_x", listings=2, taken_down=2
            )
        ]
    )
    before = _copy(history)
    row = Complaint(
        filed="2023-09-01",
        platform=text("taobao"),
        reason_code=text("tm_x"),
        listings=listings,
        taken_down=listings,
    )
    more = history.with_records([list(row.as_row()) if as_list else row])
    assert _copy(history) == before
    assert more.complaints == history.complaints + 1


@example(zeros=18, number=7, unit="")
@example(zeros=5000, number=1, unit="")
@example(zeros=15, number=64, unit="K")
@settings(max_examples=20, deadline=None)
@given(
    zeros=st.integers(min_value=0, max_value=40),
    number=st.integers(min_value=1, max_value=10**15 - 1),
    unit=st.sampled_from(["", "K", "m", "G"]),
)
def test_leading_zeros_do_not_make_a_number_too_large(zeros: int, number: int, unit: str) -> None:
    # surfaces10 said "a number too large (over 18 digits)" of 0000000000000000007, which is
    # 7 (007 is read as 7): the cap is on the number's digits, not on the zeros before them
    from ipprules.cli._common import byte_size, whole_number

    assert whole_number("0" * zeros + str(number)) == number
    assert whole_number("0" * zeros + "0") == 0
    assert whole_number("-" + "0" * zeros + str(number)) == -number
    assert byte_size("0" * zeros + f"{number}{unit}") == number << (
        10 * " KMG".index(unit.upper() or " ")
    )


@example(zeros=20, unit="")
@example(zeros=1, unit="K")
@settings(max_examples=10, deadline=None)
@given(zeros=st.integers(min_value=1, max_value=40), unit=st.sampled_from(["", "K", "mib"]))
def test_a_size_of_zeros_is_no_size_however_many(zeros: int, unit: str) -> None:
    # twenty zeros were "a size too large (over 15 digits)"; they are 0, not a size
    from ipprules.cli._common import byte_size

    with pytest.raises(argparse.ArgumentTypeError, match=r"^not a size \("):
        byte_size("0" * zeros + unit)


_VIOLATIONS = "date,kind,platform,points,right,id\n2024-03-04,general,taobao,,TM-7,t1\n"
_COUNTER_NOTICE = 'platform = "{}"\nipr_type = "trademark"\ncomplaint_date = 2024-06-10\n'


@pytest.mark.parametrize("spelt", ["XIANYU", "Xianyu", " xianyu "])
@pytest.mark.parametrize("command", ["penalties", "counter-notice", "rules", "deadline"])
def test_a_marketplace_in_another_case_is_suggested_by_every_command(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], command: str, spelt: str
) -> None:
    # rules34 made deadline and lifecycle suggest 'xianyu' for XIANYU; penalties,
    # counter-notice and rules, which answer xianyu as Taobao too, named no suggestion
    from ipprules.cli import main

    if command == "penalties":
        (tmp_path / "v.csv").write_text(_VIOLATIONS)
        argv = ["penalties", str(tmp_path / "v.csv"), "--platform", spelt, "--as-of", "2024-06-01"]
    elif command == "counter-notice":
        (tmp_path / "c.toml").write_text(_COUNTER_NOTICE.format(spelt))
        argv = ["counter-notice", str(tmp_path / "c.toml")]
    elif command == "rules":
        argv = ["rules", "penalties", "--platform", spelt, "--as-of", "2024-06-01"]
    else:
        argv = ["deadline", "takedown", "--on", "2024-06-01", "--platform", spelt]
    assert main(argv) == 2
    assert "(did you mean 'xianyu'?)" in capsys.readouterr().err


def test_the_rule_book_suggests_the_marketplace_in_its_case() -> None:
    from ipprules import default_rulebook
    from ipprules.errors import UnknownNameError

    rules = default_rulebook().as_of("2024-06-03")
    for filed_as in (True, False):
        with pytest.raises(UnknownNameError, match=r"did you mean 'xianyu'\?"):
            rules.platform("XIANYU", filed_as=filed_as)
    with pytest.raises(UnknownNameError, match=r"did you mean 'taobao'\?"):
        rules.platform("TAOBAO")


@example(zeros=10, days=30)
@settings(max_examples=10, deadline=None)
@given(zeros=st.integers(min_value=0, max_value=30), days=st.integers(min_value=1, max_value=36525))
def test_penalties_validity_days_after_zeros(zeros: int, days: int) -> None:
    # --assume-validity 0000000030 was "not a whole number of days from 1 to 36525", as were
    # the sizes and whole numbers after zeros (above); 030 was read as 30
    from ipprules.cli.penalties import _days

    assert _days("0" * zeros + str(days)) == days
    for wrong in ("0" * zeros, "0" * zeros + "36526", "0" * 5000):
        with pytest.raises(argparse.ArgumentTypeError, match=r"^not a whole number of days"):
            _days(wrong)


@example(zeros=12, number=30, unit="d")
@example(zeros=5000, number=1, unit="y")
@settings(max_examples=10, deadline=None)
@given(
    zeros=st.integers(min_value=0, max_value=40),
    number=st.integers(min_value=0, max_value=120),
    unit=st.sampled_from(["", "d", "w", "m"]),
)
def test_a_horizon_after_zeros_is_its_number(zeros: int, number: int, unit: str) -> None:
    # coverage --horizon 000000000030d was "must lie between 0 days and 10 years": the
    # number's length was capped with its zeros; 030d was 30 days
    from ipprules.coverage.engine import parse_horizon

    text = "0" * zeros + f"{number}{unit}"
    assert parse_horizon(text) == parse_horizon(f"{number}{unit}")


def test_a_long_horizon_is_quoted_cut_inside_its_quotes() -> None:
    # a long horizon was shown as its repr's first 37 characters and '...', its closing
    # quote cut off ('xxx...); every other cut value shows ... inside its quotes (surfaces10)
    from ipprules.coverage.engine import parse_horizon
    from ipprules.errors import InputError, quoted

    for text in ("x" * 100, "9" * 100 + "d"):
        with pytest.raises(InputError) as caught:
            parse_horizon(text)
        assert f"horizon {quoted(text)} " in str(caught.value)
