"""Sweep realfiles12: dates as Chinese, Thai and JSON/TOML writers put them, in every reader.

- A Chinese long date in Chinese numerals (小写 ``二〇二六年十一月二十三日``, 大写
  ``贰零贰陆年拾壹月贰拾叁日``) or followed by its day of the week (Excel's ``aaaa``,
  ``2026年11月23日 星期一``) is still refused, now with the date to write.
- A date in a Thai Buddhist-era year (``23/11/2569``: 543 years ahead) was refused with the
  hint to write ``2569-11-23``, a date ipprules reads without a word 543 years on: the hint
  now also gives the Gregorian date.
- A date written as a bare number in JSON or TOML (``20261123``, a serial ``46349``) said
  only "got int": it gets the hint a string gets. One helper,
  :func:`ipprules._dates.date_hint_of`, for every reader of JSON and TOML dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli import run_cli
from ipprules._dates import date_hint, date_hint_of

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

ERA = "if 2569 is a Buddhist-era year, as Thai dates are written, write"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("二〇二六年十一月二十三日", " (write it 2026-11-23)"),
        ("贰零贰陆年拾壹月贰拾叁日", " (write it 2026-11-23)"),
        ("二O二二年九月五日", " (write it 2022-09-05)"),
        ("二〇二二年十月十日", " (write it 2022-10-10)"),
        ("2026年11月23日 星期一", " (write it 2026-11-23)"),
        ("2026年11月23日（周一）", " (write it 2026-11-23)"),
        ("二〇二六年十一月二十三日星期一", " (write it 2026-11-23)"),
        ("二〇二六年十二十月三日", ""),  # no such number
        ("二〇二六年一月三十二日", ""),  # no such day
    ],
)
def test_chinese_numeral_dates(text: str, hint: str) -> None:
    assert date_hint(text) == hint


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("23/11/2569", f" (write it 2569-11-23) ({ERA} 2026-11-23)"),
        ("2569年11月23日", f" (write it 2569-11-23) ({ERA} 2026-11-23)"),
        ("２５６９-１１-２３", f" (write it 2569-11-23, in ASCII digits) ({ERA} 2026-11-23)"),
        (
            "03/04/2569",
            " (the day and the month could be either way round: write 2569-04-03 or 2569-03-04)"
            f" ({ERA} 2026-04-03 or 2026-03-04)",
        ),
        ("31/12/2999", " (write it 2999-12-31)"),  # the last date, no era
        ("23/11/2026", " (write it 2026-11-23)"),
    ],
)
def test_buddhist_era_years_get_the_gregorian_date(text: str, hint: str) -> None:
    assert date_hint(text) == hint


def test_date_hint_of_numbers() -> None:
    assert date_hint_of(20261123) == " (write it 2026-11-23)"
    assert "2026-11-23" in date_hint_of(46349) and "serial" in date_hint_of(46349.0)
    assert date_hint_of(True) == date_hint_of(None) == date_hint_of(2026) == ""
    assert date_hint_of("2026/11/23") == date_hint("2026/11/23")


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], name: str, text: str
) -> tuple[int, str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run_cli([argv[0], str(path), *argv[1:]], capsys)


def _csv(example: str, old: str, new: str) -> str:
    text = (EXAMPLES / example).read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("argv", "example", "old", "han"),
    [
        (
            ["good-faith", "--as-of", "2023-03-31"],
            "history.csv",
            "2022-09-05",
            "贰零贰贰年玖月伍日",
        ),
        (
            ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
            "violations-aliexpress.csv",
            "2024-01-08",
            "二〇二四年一月八日",
        ),
    ],
)
def test_dates_in_csv_files(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    example: str,
    old: str,
    han: str,
) -> None:
    year, month, day = old.split("-")
    for cell, wanted in [
        (f"{year}年{int(month)}月{int(day)}日 星期一", f"' (write it {old})"),
        (han, f"{han}' (write it {old})"),
        (
            f"{day}/{month}/{int(year) + 543}",
            f"as Thai dates are written, write {old}",
        ),
    ]:
        code, out, err = _run(tmp_path, capsys, argv, "in.csv", _csv(example, old, cell))
        assert (code, out) == (2, "")
        assert wanted in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "name", "text", "wanted"),
    [
        (
            ["lifecycle"],
            "events.json",
            (EXAMPLES / "lifecycle-counter-notice.json")
            .read_text("utf-8")
            .replace('"2022-01-13"', "20220113"),
            "$.events[0].on: expected a date (YYYY-MM-DD), got int (write it 2022-01-13)",
        ),
        (
            ["counter-notice"],
            "cn.toml",
            (EXAMPLES / "counter-notice-alibaba.toml")
            .read_text("utf-8")
            .replace("filed_on = 2024-06-12", "filed_on = 20240612"),
            "$.filed_on: expected a date (YYYY-MM-DD), got int (write it 2024-06-12)",
        ),
        (
            ["good-faith", "--as-of", "2023-03-31"],
            "history.jsonl",
            '{"type": "complaint", "date": 20220905, "id": "C1", "platform": "taobao", '
            '"reason_code": "tm_misuse", "listings": 1, "taken_down": 1}\n',
            "$.date: expected a date (YYYY-MM-DD, 1900-01-01 to 2999-12-31), got int"
            " (write it 2022-09-05)",
        ),
        (
            ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
            "v.json",
            '[{"date": 45299, "kind": "general", "platform": "aliexpress", "points": 2}]',
            "$[0].date: expected a date (YYYY-MM-DD), got int (a spreadsheet's date serial "
            "number? 45299 days from 1899-12-30 is 2024-01-08",
        ),
    ],
)
def test_a_date_written_as_a_number(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    name: str,
    text: str,
    wanted: str,
) -> None:
    code, out, err = _run(tmp_path, capsys, argv, name, text)
    assert (code, out) == (2, "")
    assert wanted in err


def test_a_calendar_holiday_written_as_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "cal.json"
    calendar.write_text('{"name": "x", "weekend": [5, 6], "holidays": [20241001]}', "utf-8")
    argv = ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao"]
    code, out, err = run_cli([*argv, "--calendar", str(calendar)], capsys)
    assert (code, out) == (2, "")
    assert "$.holidays[0]: expected a date (YYYY-MM-DD), got int (write it 2024-10-01)" in err


def test_a_multi_select_platform_cell_is_named_as_such() -> None:
    from ipprules import default_rulebook

    rules = default_rulebook().as_of("2026-11-23")
    several = "not a platform: 2 platform ids in one value (taobao, tmall): name one"
    assert rules.platform_hint("taobao, tmall") == several
    assert rules.platform_hint("Taobao，Tmall") == several
    assert rules.platform_hint("taobao tmall") == several
    assert rules.platform_hint("taobao, taobo") == "not a platform: did you mean 'taobao'?"


def test_a_multi_select_platform_cell_in_a_history_and_a_violations_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = "complaint,2023-02-10,C00285,taobao,"
    text = _csv("history.csv", row, 'complaint,2023-02-10,C00285,"taobao, tmall",')
    code, out, err = _run(tmp_path, capsys, ["good-faith", "--as-of", "2023-03-31"], "h.csv", text)
    assert (code, err) == (1, "")
    assert "taobao, tmall (1; not a platform: 2 platform ids in one value (taobao, tmall)" in out
    text = _csv("violations-aliexpress.csv", "general,aliexpress", 'general,"aliexpress, taobao"')
    argv = ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"]
    code, out, err = _run(tmp_path, capsys, argv, "v.csv", text)
    assert (code, err) == (0, "")
    assert "left out (1): platform aliexpress, taobao (not a platform: 2 platform ids" in out


READERS = {
    "plan": (
        "planner-urls.csv",
        ["plan", "--account", str(EXAMPLES / "planner-account.toml"), "--as-of", "2026-11-23"],
    ),
    "listings": ("planner-urls.csv", ["listings"]),
    "good-faith": ("history.csv", ["good-faith", "--as-of", "2023-03-31"]),
    "penalties": (
        "violations-aliexpress.csv",
        ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
    ),
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize(("mark", "what"), [("，", "U+FF0C"), ("、", "U+3001")])
def test_columns_separated_by_full_width_commas_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, mark: str, what: str
) -> None:
    example, argv = READERS[reader]
    text = (EXAMPLES / example).read_text("utf-8").replace(",", mark)
    code, out, err = _run(tmp_path, capsys, argv, "in.csv", text)
    assert (code, out) == (2, "")
    assert "in.csv:1: $: " in err and f"its column names are separated by {mark} (" in err
    assert f"{what}), not by , (an ASCII comma): replace it with , throughout the file" in err
    assert "--column" not in err  # not told to name the whole line as the URL column


@pytest.mark.parametrize(
    "text", ["2026-11-23 10:00:00 UTC", "2026-11-23 10:00:00 +0800", "2026-11-23 10:00 GMT"]
)
def test_help_desk_date_times(text: str) -> None:
    assert date_hint(text) == " (a date and a time: write the date alone, 2026-11-23)"


def test_a_zendesk_date_time_in_a_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _csv("history.csv", "2022-09-05", "2022-09-05 08:12:44 UTC")
    code, out, err = _run(tmp_path, capsys, ["good-faith", "--as-of", "2023-03-31"], "h.csv", text)
    assert (code, out) == (2, "")
    assert "(a date and a time: write the date alone, 2022-09-05)" in err


@pytest.mark.parametrize(
    ("old", "new", "wanted"),
    [
        ('place = "CN"', 'place = "ＣＮ"', "$.rights[0].place: "),
        ('incorporated = "GB"', 'incorporated = "ｇｂ"', "$.account.incorporated: "),
    ],
)
def test_a_place_code_in_full_width_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, wanted: str
) -> None:
    account = _csv("planner-account.toml", old, new)
    path = tmp_path / "account.toml"
    path.write_text(account, "utf-8")
    argv = ["plan", str(EXAMPLES / "planner-urls.csv"), "--account", str(path)]
    code, out, err = run_cli([*argv, "--as-of", "2026-11-23"], capsys)
    assert (code, out) == (2, "")
    typed = new.split('"')[1]
    meant = old.split('"')[1]
    assert f"{wanted}expected a two-letter code" in err
    assert f"got '{typed}' (did you mean '{meant}', in ASCII letters?)" in err
