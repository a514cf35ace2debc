"""Sweep hostile17: what_if's ``platforms`` checked as standing's and timeline's are."""

from __future__ import annotations

from pathlib import Path

import pytest

import ipprules

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("platforms", ["taobao", "", b"taobao", 1, [1], ["taobao", None]])
def test_what_if_refuses_platforms_as_standing_does(platforms: object) -> None:
    """``what_if(platforms="taobao")`` read the str letter by letter: no complaint was on
    platform 't', 'a'..., so both standings counted nothing (volume 0), without a word;
    ``standing`` and ``timeline`` raise a TypeError."""
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    with pytest.raises(TypeError) as standing_error:
        ipprules.standing(history, "2022-12-01", platforms=platforms)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as what_if_error:
        ipprules.what_if(
            history,
            EXAMPLES / "what-if.toml",
            "2022-12-01",
            platforms=platforms,  # type: ignore[arg-type]
        )
    assert str(what_if_error.value) == str(standing_error.value)


def test_what_if_takes_platforms_as_a_list() -> None:
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    ask = {"platforms": ("taobao",)}
    result = ipprules.what_if(history, EXAMPLES / "what-if.toml", "2022-12-01", **ask)
    alone = ipprules.standing(history, "2022-12-01", **ask)
    assert result.before.criterion("volume").value == alone.criterion("volume").value > 0


def test_a_timeline_too_long_is_blamed_on_the_option_before_the_history_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--timeline 2000-01-01 2999-12-31`` read the whole history (4.5 s for a million rows)
    and then said '$: a timeline covers at most 36,525 days', without the option."""
    from ipprules.cli import main

    bad = tmp_path / "history.csv"
    bad.write_text("not,a,history\n", encoding="utf-8")
    for history in (str(EXAMPLES / "history.csv"), str(bad)):
        assert main(["good-faith", history, "--timeline", "2000-01-01", "2999-12-31"]) == 2
        assert capsys.readouterr().err == (
            "ipprules: error: --timeline: 2000-01-01 to 2999-12-31 is 365,243 days; "
            "a timeline covers at most 36,525 days\n"
        )
    assert main(
        ["good-faith", str(EXAMPLES / "history.csv"), "--timeline", "2022-12-01", "2022-12-03"]
    ) in (0, 1)


HUGE = 10**5000  # Python will not make the text of an int over 4,300 digits


@pytest.mark.parametrize(
    "field", ["listings", "taken_down", "rejected", "counter_rejected", "platform", "reason_code"]
)
def test_an_int_of_5000_digits_in_a_record_is_refused_in_words(field: str) -> None:
    """The message that refused it raised ``ValueError: Exceeds the limit (4300 digits) for
    integer string conversion`` instead (``{value}``, ``{row!r}`` in an f-string)."""
    from ipprules.errors import IpprulesError
    from ipprules.goodfaith import Complaint

    record = {
        "filed": "2022-10-01",
        "reason_code": "tm_counterfeit",
        "platform": "taobao",
        "listings": 3,
        "taken_down": 3,
        field: HUGE,
    }
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    with pytest.raises((TypeError, IpprulesError)) as info:
        ipprules.standing(history.with_records([Complaint(**record)]), "2022-12-01")
    said = str(info.value)
    assert "an int of 5,001 digits" in said or "invalid outcome row a tuple" in said


def test_an_int_of_5000_digits_as_a_record_is_refused_in_words() -> None:
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="got an int of 5,001 digits"):
        ipprules.History.from_records([HUGE])
    with pytest.raises(InputError, match=r"invalid outcome row \(1, 'a', 'b', "):
        ipprules.History.from_records([(1, "a", "b", HUGE, 0, 0, 0, 0)])
