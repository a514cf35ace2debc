"""cal2: business-day calendars of Lazada's six countries (the ``holidays`` extra).

``country_calendar`` (SG, MY, TH, ID, PH, VN), the CLI's ``--calendar th`` and ``--calendar
site``, and the note a Lazada window counted in another country's calendar carries.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from ipprules.calendars import (
    MissingExtraError,
    add_business_days,
    china_calendar,
    country_calendar,
)
from ipprules.cli import main
from ipprules.errors import CoverageError, IpprulesError, UnknownNameError
from ipprules.lifecycle import deadline_for

#: A national public holiday of each country in 2025 (none of them mainland China's).
HOLIDAYS = {
    "TH": [date(2025, 4, 14), date(2025, 4, 15)],  # Songkran (13 April a Sunday)
    "VN": [date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30)],  # Tet
    "MY": [date(2025, 3, 31), date(2025, 4, 1)],  # Hari Raya Puasa
    "SG": [date(2025, 3, 31)],  # Hari Raya Puasa
    "ID": [date(2025, 3, 31), date(2025, 4, 1)],  # Idul Fitri
    "PH": [date(2025, 6, 12)],  # Independence Day
}


@pytest.mark.parametrize("country", sorted(HOLIDAYS))
def test_a_countrys_holidays_are_not_business_days(country: str) -> None:
    cal = country_calendar(country.lower(), 2025)
    assert cal.name == f"{country} 2025"
    for day in HOLIDAYS[country]:
        assert day.weekday() < 5 and not cal.is_business_day(day), day
    assert cal.is_business_day(date(2025, 7, 2))  # a plain Wednesday
    assert not cal.is_business_day(date(2025, 7, 5))  # a Saturday


def test_substitute_days_and_vietnams_make_up_saturday() -> None:
    th = country_calendar("TH", 2025)
    assert not th.is_business_day(date(2025, 4, 16))  # Songkran (in lieu) of the Sunday
    assert add_business_days(date(2025, 4, 11), 1, th) == date(2025, 4, 17)
    vn = country_calendar("vn", 2025)
    assert vn.is_business_day(date(2025, 4, 26))  # a Saturday worked for 2 May


@pytest.mark.parametrize("country", sorted(HOLIDAYS))
def test_a_lazada_deadline_across_the_holiday_moves_in_its_own_calendar(country: str) -> None:
    """The first counter-notice window (3 business days) from the working day before the
    holiday ends later in the country's calendar than on weekdays, names it, and has no note
    that the calendar is another country's; in China's it says so and names ``site``."""
    platform = f"lazada_{country.lower()}"
    first = HOLIDAYS[country][0]
    start = add_business_days(first, -1, country_calendar(country, 2025))
    own = country_calendar(country, 2025, 2026)
    counted = deadline_for("counter_notice_round_1", start, calendar=own, platform=platform)
    plain = deadline_for("counter_notice_round_1", start, platform=platform)
    assert counted.due is not None and plain.due is not None
    assert counted.due > plain.due, (counted.due, plain.due)
    assert counted.counted_in == f"{country} 2025-2026"
    assert "public holidays, not" not in (counted.note or ""), counted.note
    china = deadline_for(
        "counter_notice_round_1", start, calendar=china_calendar(2025), platform=platform
    )
    assert f"mainland China's public holidays, not {country}'s" in (china.note or "")
    assert f"country_calendar('{country}')" in (china.note or "")
    assert "--calendar site" in (china.note or "")


def test_another_lazada_countrys_calendar_is_named_as_not_the_sites() -> None:
    result = deadline_for(
        "counter_notice_round_1",
        date(2025, 4, 11),
        calendar=country_calendar("TH", 2025),
        platform="lazada_ph",
    )
    assert "Thailand's public holidays, not PH's (the country of lazada_ph)" in (result.note or "")
    mine = deadline_for(
        "counter_notice_round_1",
        date(2025, 6, 11),
        calendar=country_calendar("PH", 2025),
        platform="lazada_my",
    )
    assert "the Philippines' public holidays, not MY's" in (mine.note or ""), mine.note


def test_errors() -> None:
    with pytest.raises(UnknownNameError, match="SG, MY, TH, ID, PH, VN"):
        country_calendar("CN", 2025)
    with pytest.raises(TypeError):
        country_calendar("TH", "2025")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        country_calendar("TH", True)
    with pytest.raises(TypeError):
        country_calendar(66, 2025)  # type: ignore[arg-type]
    with pytest.raises(IpprulesError, match="after last_year"):
        country_calendar("TH", 2026, 2025)
    with pytest.raises(CoverageError, match="Thailand's"):
        country_calendar("TH", 1800)
    cal = country_calendar("SG", 2025)
    with pytest.raises(CoverageError):
        cal.is_business_day(date(2026, 1, 2))
    with mock.patch.dict(sys.modules, {"holidays": None}), pytest.raises(MissingExtraError):
        country_calendar("TH", 2025)


def run_cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_calendar_site_and_country_code(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["deadline", "counter_notice_round_1", "--on", "2025-04-11", "--format", "json"]
    for spec in ("site", "th", "TH"):
        code, out, _ = run_cli(capsys, [*base, "--platform", "lazada_th", "--calendar", spec])
        assert code == 0, out
        data = json.loads(out)
        assert data["calendar"] == "TH 2025-2026"
        (deadline,) = data["deadlines"]
        assert deadline["due"] == "2025-04-21"  # 14-16 April off
        assert "public holidays, not" not in (deadline.get("note") or "")
    code, out, _ = run_cli(capsys, [*base, "--platform", "lazada_th", "--calendar", "china"])
    assert code == 0
    (deadline,) = json.loads(out)["deadlines"]
    assert deadline["due"] == "2025-04-16" and "--calendar site" in deadline["note"]
    code, out, _ = run_cli(capsys, [*base, "--platform", "taobao", "--calendar", "site"])
    assert code == 0 and json.loads(out)["calendar"].startswith("CN ")


def test_cli_calendar_errors_exit_2_with_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["deadline", "counter_notice_round_1", "--on", "2025-04-11"]
    code, _, err = run_cli(capsys, [*base, "--calendar", "xx"])
    assert code == 2 and "weekends, china, site, sg, my, th, id, ph, vn" in err, err
    assert "Traceback" not in err
    code, _, err = run_cli(capsys, [*base, "--calendar", "site"])
    assert code == 2 and "give --platform" in err, err
    last = ["deadline", "counter_notice_round_1", "--calendar", "th", "--platform", "lazada_th"]
    code, out, err = run_cli(capsys, [*last, "--on", "2100-12-20"])  # the package's last year
    assert code == 0 and "TH 2100" in out, err
    code, _, err = run_cli(capsys, [*last, "--on", "2100-12-30"])  # runs into 2101
    assert code == 2 and "--calendar th: calendar 'TH 2100' covers" in err, err


def test_cli_lifecycle_and_counter_notice_take_site(capsys: pytest.CaptureFixture[str]) -> None:
    """``lifecycle`` counts a Lazada Vietnam takedown before Tet in VN's calendar (27 January
    to 1 February 2025 off); ``counter-notice`` on 1688 takes ``site`` as ``china``."""
    argv = ["lifecycle", "--events", "ipr_verified,takedown", "--on", "2025-01-23,2025-01-24"]
    code, out, err = run_cli(capsys, [*argv, "--platform", "lazada_vn", "--calendar", "site"])
    assert code == 0, err
    assert "due 2025-02-05" in out and "(VN 2025-2026)" in out, out
    code, out, err = run_cli(capsys, [*argv, "--platform", "lazada_vn"])
    assert code == 0 and "due 2025-01-29" in out, out  # weekdays: Tet counted
    example = str(Path(__file__).parents[2] / "examples" / "counter-notice-1688.toml")
    code, _, err = run_cli(capsys, ["counter-notice", example, "--calendar", "site"])
    assert code in (0, 1) and "error" not in err, err
