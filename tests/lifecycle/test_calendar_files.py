"""User calendars from JSON and TOML files; the China extra."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.calendars import (
    HolidayCalendar,
    add_business_days,
    calendar_from_data,
    load_calendar,
)
from ipprules.errors import CoverageError, InputError, IpprulesError

GOOD = {
    "name": "Hangzhou office",
    "weekend": [5, 6],
    "holidays": ["2024-10-01", "2024-10-02", "2024-10-03"],
    "workdays": ["2024-09-29"],
    "valid_from": "2024-01-01",
    "valid_until": "2024-12-31",
}


def test_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "office.json"
    path.write_text(json.dumps(GOOD, indent=2))
    cal = load_calendar(path)
    assert cal == HolidayCalendar(
        name="Hangzhou office",
        holidays=[date(2024, 10, 1), date(2024, 10, 2), date(2024, 10, 3)],
        workdays=[date(2024, 9, 29)],
        valid_from=date(2024, 1, 1),
        valid_until=date(2024, 12, 31),
    )


def test_toml_with_native_and_string_dates(tmp_path: Path) -> None:
    path = tmp_path / "office.toml"
    path.write_text(
        'weekend = [4, 5]\nholidays = [2024-10-01, "2024-10-02"]\nworkdays = [2024-09-27]\n'
    )
    cal = load_calendar(path)
    assert cal.name == "office"
    assert cal.weekend == frozenset({4, 5})
    assert cal.holidays == frozenset({date(2024, 10, 1), date(2024, 10, 2)})
    assert cal.workdays == frozenset({date(2024, 9, 27)})


def test_empty_object_is_the_weekend_calendar() -> None:
    cal = calendar_from_data({}, default_name="plain")
    assert cal == HolidayCalendar(name="plain")


def problems_of(exc: InputError) -> list[tuple[str, int | None, str]]:
    return [(p.path, p.line, p.message) for p in exc.problems]


def test_json_errors_name_file_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        "{\n"
        '  "name": "x",\n'
        '  "holidays": [\n'
        '    "2024-10-01",\n'
        '    "2024-10-01",\n'
        '    "2024-02-30",\n'
        "    20241003\n"
        "  ],\n"
        '  "workdays": ["2024-09-30"],\n'
        '  "weekend": "sat",\n'
        '  "extra": true\n'
        "}\n"
    )
    with pytest.raises(InputError) as info:
        load_calendar(path)
    found = problems_of(info.value)
    assert [(p, line) for p, line, _ in found] == [
        ("$.extra", 11),
        ("$.weekend", 10),
        ("$.holidays[1]", 5),
        ("$.holidays[2]", 6),
        ("$.holidays[3]", 7),
        ("$.workdays[0]", 9),
    ]
    assert all(p.file == str(path) for p in info.value.problems)
    messages = " | ".join(m for _, _, m in found)
    assert "unknown key" in messages
    assert "duplicate date 2024-10-01 (also at index 0)" in messages
    assert "day is out of range" in messages
    assert "expected a date (YYYY-MM-DD), got int" in messages
    assert "2024-09-30 is not a weekend day" in messages


def test_toml_errors_have_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('name = "x"\nholidays = [2024-10-01, 2024-10-01T10:00:00]\nweekend = [5, 9]\n')
    with pytest.raises(InputError) as info:
        load_calendar(path)
    assert [(p, line) for p, line, _ in problems_of(info.value)] == [
        ("$.weekend[1]", 3),
        ("$.holidays[1]", 2),
    ]


@pytest.mark.parametrize(
    ("text", "suffix", "line", "fragment"),
    [
        ('{"holidays": [1,,]}', ".json", 1, "not valid JSON"),
        ('{"a": NaN}', ".json", 1, "NaN is not allowed"),
        ('name = "x"\nholidays = =\n', ".toml", 2, "not valid TOML"),
        ("[1, 2]", ".json", 1, "expected an object"),
    ],
)
def test_unparsable_files(
    tmp_path: Path, text: str, suffix: str, line: int | None, fragment: str
) -> None:
    path = tmp_path / f"cal{suffix}"
    path.write_text(text)
    with pytest.raises(InputError, match=fragment) as info:
        load_calendar(path)
    assert info.value.file == str(path)
    assert info.value.line == line


def test_wrong_suffix_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.json or \.toml"):
        load_calendar(tmp_path / "cal.yaml")
    with pytest.raises(InputError, match="cannot read"):
        load_calendar(tmp_path / "missing.json")
    bad = tmp_path / "latin.json"
    bad.write_bytes(b'{"name": "\xe9"}')
    with pytest.raises(InputError, match="UTF-8"):
        load_calendar(bad)


@pytest.mark.parametrize(
    ("data", "path", "fragment"),
    [
        ({"name": ""}, "$.name", "non-empty string"),
        ({"name": 3}, "$.name", "got int$"),
        ({"weekend": [5, 5]}, "$.weekend[1]", "duplicate weekday"),
        ({"weekend": list(range(7))}, "$.weekend", "no business day"),
        ({"weekend": [True]}, "$.weekend[0]", "got boolean$"),
        ({"holidays": "2024-10-01"}, "$.holidays", "got '2024-10-01'$"),
        (
            {"holidays": ["20241001"]},
            "$.holidays[0]",
            r"expected a date \(YYYY-MM-DD\), got '20241001' \(write it 2024-10-01\)",
        ),
        ({"holidays": ["2024-09-29"], "workdays": ["2024-09-29"]}, "$.workdays[0]", "also"),
        ({"valid_from": "2025-01-01", "valid_until": "2024-01-01"}, "$.valid_until", "before"),
        ({"valid_from": None}, "$.valid_from", "got null"),
    ],
)
def test_strict_values(data: dict[str, object], path: str, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment) as info:
        calendar_from_data(data)
    assert info.value.path == path


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 9)
    | st.sampled_from(["2024-09-29", "2024-10-01", "2024-13-01", "1 Oct", "", "CN"])
    | st.dates().map(date.isoformat)
)
JSONISH = SCALARS | st.lists(SCALARS, max_size=5) | st.dictionaries(st.text(max_size=3), SCALARS)


@settings(deadline=None)  # about which errors, not how fast: it timed out on a loaded machine
@given(
    st.dictionaries(
        st.sampled_from(["name", "weekend", "holidays", "workdays", "valid_from", "x"]), JSONISH
    )
)
def test_junk_raises_only_input_errors(data: dict[str, object]) -> None:
    problems: tuple[object, ...] = ()
    try:
        cal = calendar_from_data(data)
    except InputError as exc:
        problems = exc.problems
    else:
        assert isinstance(cal, HolidayCalendar)
        return
    assert problems


# -- the China extra -----------------------------------------------------------------------


def test_china_calendar_adjusted_working_days() -> None:
    pytest.importorskip("holidays")
    from ipprules.calendars import china_calendar

    cal = china_calendar(2024)
    assert cal.name == "CN 2024"
    assert cal.is_business_day(date(2024, 9, 29))  # Sunday worked before National Day
    assert cal.is_business_day(date(2024, 10, 12))  # Saturday worked after it
    assert not cal.is_business_day(date(2024, 10, 7))  # Monday off
    assert not cal.is_business_day(date(2024, 2, 15))  # Spring Festival
    assert cal.is_business_day(date(2024, 3, 8))  # Women's Day is only a half day
    # R61 round 1: received Friday 27 Sep 2024 -> Sun 29, Mon 30, Tue 8 Oct
    assert add_business_days(date(2024, 9, 27), 3, cal) == date(2024, 10, 8)
    with pytest.raises(CoverageError):
        cal.is_business_day(date(2025, 1, 1))


def test_china_calendar_cross_year_and_2019_workdays() -> None:
    pytest.importorskip("holidays")
    from ipprules.calendars import china_calendar

    cal = china_calendar(2001, 2002)
    # the 2002 notice made Sat 29 and Sun 30 Dec 2001 working days
    assert cal.is_business_day(date(2001, 12, 29))
    assert cal.is_business_day(date(2001, 12, 30))
    assert not cal.is_business_day(date(2002, 1, 2))
    cal19 = china_calendar(2019)
    # fixed in holidays 0.92: the 2019 extension of Labour Day
    assert cal19.is_business_day(date(2019, 4, 28))
    assert cal19.is_business_day(date(2019, 5, 5))


def test_china_calendar_refuses_unpublished_years() -> None:
    pytest.importorskip("holidays")
    from ipprules.calendars import china_calendar, last_china_year

    newest = last_china_year()
    with pytest.raises(CoverageError, match="Upgrade 'holidays'"):
        china_calendar(newest, newest + 1)
    with pytest.raises(CoverageError):
        china_calendar(1999)
    with pytest.raises(IpprulesError, match="after last_year"):
        china_calendar(2024, 2023)
    with pytest.raises(TypeError):
        china_calendar("2024")  # type: ignore[arg-type]


def test_china_calendar_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ipprules.calendars import MissingExtraError, china_calendar

    monkeypatch.setitem(sys.modules, "holidays", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'ipprules\[holidays\]'"):
        china_calendar(2024)


def test_core_does_not_import_holidays() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ipprules.calendars, ipprules.calendars.china; print('holidays' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_far_dates_are_refused_with_their_path() -> None:
    from ipprules.calendars import calendar_from_data
    from ipprules.errors import InputError

    with pytest.raises(InputError, match=r"\$\.holidays\[0\]: the date 9999-12-31 is outside"):
        calendar_from_data({"holidays": ["9999-12-31"]}, file="cal.json")
    with pytest.raises(InputError, match=r"\$\.valid_until: the date 1899-12-31 is outside"):
        calendar_from_data({"valid_until": "1899-12-31"})
    assert calendar_from_data({"holidays": ["2999-12-31", "1900-01-01"]}).holidays
