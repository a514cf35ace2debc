"""The one strict date parser, and the range of dates ipprules accepts.

Light on purpose (no cattrs): the CLI's option types use it too.

>>> as_date("2022-04-15")
datetime.date(2022, 4, 15)
>>> as_date("2022-W15-5")
Traceback (most recent call last):
...
ipprules.errors.InputError: $: expected a date (YYYY-MM-DD) for the date, got '2022-W15-5'
>>> as_date("9999-12-31", "as-of date")
Traceback (most recent call last):
...
ipprules.errors.InputError: $: the as-of date 9999-12-31 is outside 1900-01-01..2999-12-31
>>> as_date(20220415, "as-of date", name="as_of")
Traceback (most recent call last):
...
TypeError: as_of must be a datetime.date or a 'YYYY-MM-DD' string, got int
"""

from __future__ import annotations

import datetime as dt
import re

from ipprules.errors import InputError, plain, quoted

__all__ = [
    "FIRST_DATE",
    "LAST_DATE",
    "as_date",
    "date_field",
    "date_hint",
    "date_hint_of",
    "date_problem",
    "excel_text",
    "iso_date",
    "optional_date_field",
    "rulebook_keys",
    "version_date",
]

#: The earliest and latest dates ipprules accepts anywhere (input files, options, arguments).
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2999, 12, 31)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> dt.date | None:
    """A date from a strict ``YYYY-MM-DD`` string, or ``None`` if it is not one.

    Week dates (``2022-W03-4``), ordinal dates and compact forms are not dates here.

    >>> iso_date("2022-01-20"), iso_date("2022-1-20"), iso_date("2022-02-30")
    (datetime.date(2022, 1, 20), None, None)
    """
    if isinstance(value, str) and len(value) == 10 and _ISO.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


_SLASHED_YMD = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_SLASHED_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
#: A date and a time of day after it: ISO (``T``, ``Z`` or an offset), or as a spreadsheet
#: shows one (``2026/11/3 0:00``, ``11/3/2026 12:00 AM``), or a help desk's export (Zendesk:
#: ``2026-11-03 10:00:00 UTC``; ``+0800`` after a space).
_WITH_TIME = re.compile(
    r"(.+?)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?"
    r"(?: ?(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?"
)
#: A Chinese spreadsheet's long date (Excel's yyyy"年"m"月"d"日").
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: Chinese numerals as a date is written in words (小写 二〇二六年十一月二十三日, and 大写,
#: the financial forms, 贰零贰陆年拾壹月贰拾叁日): each digit's characters, then ten's.
_HAN_DIGITS = {
    char: str(value)
    for value, chars in enumerate(
        ("〇零○O", "一壹", "二贰貳两", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖")
    )
    for char in chars
}
_HAN_TEN = "十拾"
_HAN = "".join(_HAN_DIGITS) + _HAN_TEN
_HAN_DATE = re.compile(rf"([{_HAN}]{{4}})年([{_HAN}]{{1,3}})月([{_HAN}]{{1,3}})[日号號]")
#: The day of the week a Chinese long date may end in (Excel's aaaa: 星期一; 周一).
_HAN_WEEKDAY = re.compile(r"(.+[日号號])\s*[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?")
#: The Gregorian years a Thai date's Buddhist-era year (543 years ahead) stands for here.
_BUDDHIST_ERA = 543
_BUDDHIST_YEARS = range(1900 + _BUDDHIST_ERA, 2100 + _BUDDHIST_ERA + 1)
_SERIAL = re.compile(r"([1-9]\d{4})(?:\.0+)?")
#: English month names as spreadsheets write them (Excel's mmm and mmmm, Sept too).
_MONTHS = {
    name: number
    for number, full in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (full, full[:3], "sept" if number == 9 else full)
}
#: A date with its month named, the year in four digits: ``Sep 5, 2022`` (a US locale's),
#: ``Monday, September 5, 2022`` (Excel's long date), ``5 Sep 2022``, ``5-Sep-2022``.
_NAMED_MDY = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,? )?([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})"
)
_NAMED_DMY = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,? )?(\d{1,2})(?:st|nd|rd|th)?([ -])([A-Za-z]{3,9})\.?,?\2(\d{4})"
)
#: Day 0 of a spreadsheet's date serial numbers (Excel's, LibreOffice's), past 1900-02-28.
_SERIAL_EPOCH = dt.date(1899, 12, 30)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _han_number(text: str) -> str | None:
    """The Arabic digits of a number in Chinese numerals: ``二〇二六`` is ``2026`` (a year,
    digit by digit), ``二十三`` ``23``, ``十一`` ``11``, ``拾`` ``10``; else ``None``."""
    tens = [i for i, char in enumerate(text) if char in _HAN_TEN]
    if not tens:
        return "".join(_HAN_DIGITS[char] for char in text)
    if len(tens) > 1 or len(text) > 3:
        return None
    head, tail = text[: tens[0]], text[tens[0] + 1 :]
    if len(head) > 1 or len(tail) > 1:
        return None
    return str(int(_HAN_DIGITS.get(head, "1")) * 10 + int(_HAN_DIGITS.get(tail, "0")))


def _arabic(plain: str) -> str:
    """A Chinese long date as Excel's ``yyyy年m月d日`` writes it: without the day of the
    week after it, and in Arabic digits where it is written in Chinese numerals."""
    if found := _HAN_WEEKDAY.fullmatch(plain):
        plain = found.group(1)
    if (found := _HAN_DATE.fullmatch(plain)) is None:
        return plain
    parts = [_han_number(part) for part in found.groups()]
    if None in parts:
        return plain
    year, month, day = parts
    return f"{year}年{month}月{day}日"


def _days_of(plain: str) -> list[str]:
    """The ISO dates a spreadsheet's date ``plain`` (no time) may be: one, or two when its
    day and month could be either way round; none when it is not one."""
    plain = _arabic(plain)
    if iso_date(plain) is not None:
        return [plain]
    found = _SLASHED_YMD.fullmatch(plain) or _COMPACT.fullmatch(plain)
    found = found or _CHINESE.fullmatch(plain)
    if found and (day := _day(*found.groups())):
        return [day.isoformat()]
    if found := _NAMED_MDY.fullmatch(plain):
        month, day_of, year = found.groups()
    elif found := _NAMED_DMY.fullmatch(plain):
        day_of, _, month, year = found.groups()
    if found and (number := _MONTHS.get(month.lower())):
        day = _day(year, str(number), day_of)
        return [] if day is None else [day.isoformat()]
    if found := _SLASHED_DMY.fullmatch(plain):
        first, second, year = found.groups()
        one, other = _day(year, second, first), _day(year, first, second)
        return list(dict.fromkeys(d.isoformat() for d in (one, other) if d is not None))
    return []


def date_hint(text: str) -> str:
    """What a spreadsheet did to a date that is not ``YYYY-MM-DD``, said after the refusal
    (``""`` when nothing is known): the date is never read from it (a day and a month can
    swap places, and a serial number's epoch is the spreadsheet's), only shown.

    >>> date_hint("2026-11-03 00:00:00"), date_hint("2026/11/03")
    (' (a date and a time: write the date alone, 2026-11-03)', ' (write it 2026-11-03)')
    >>> date_hint("03/11/2026")
    ' (the day and the month could be either way round: write 2026-11-03 or 2026-03-11)'
    >>> date_hint("46329")
    " (a spreadsheet's date serial number? 46329 days from 1899-12-30 is 2026-11-03: \
format the column as a date, yyyy-mm-dd, before exporting)"
    >>> date_hint("2022-W15-5")
    ''
    >>> date_hint("2026-02-30"), date_hint("2026-13-01")
    (' (day is out of range for month)', ' (month must be in 1..12)')
    >>> date_hint("２０２６-１１-０３")
    ' (write it 2026-11-03, in ASCII digits)'

    A Chinese spreadsheet's long date, and a date and time as ISO (with an offset) or a
    spreadsheet writes them:

    >>> date_hint("2026年11月3日")
    ' (write it 2026-11-03)'
    >>> date_hint("2026-11-03T10:00:00+08:00"), date_hint("2026/11/3 0:00")
    (' (a date and a time: write the date alone, 2026-11-03)', \
' (a date and a time: write the date alone, 2026-11-03)')
    >>> date_hint("Nov 3, 2026"), date_hint("3-Nov-2026")
    (' (write it 2026-11-03)', ' (write it 2026-11-03)')
    >>> date_hint("Tuesday, November 3, 2026"), date_hint("Novem 3, 2026")
    (' (write it 2026-11-03)', '')
    >>> date_hint("03/11/2026 12:00 AM")
    ' (a date and a time: the day and the month could be either way round; write the date \
alone, 2026-11-03 or 2026-03-11)'

    A date written as an Excel text formula (:func:`excel_text`):

    >>> date_hint('="2026-11-03"')
    ' (an Excel text formula, ="...": write the value itself, 2026-11-03)'
    >>> date_hint('="3/11/2026"')
    ' (an Excel text formula, ="...": write the value itself, 3/11/2026) (the day and the \
month could be either way round: write 2026-11-03 or 2026-03-11)'
    """
    if (inner := excel_text(text)) is not None:
        return f" ({EXCEL_TEXT}, {inner}){date_hint(inner)}"
    if sql_null(text):
        return f" ({SQL_NULL})"
    hint = _spreadsheet_hint(text)
    return hint + _era_hint(hint)


#: What a refused value that is a SQL export's mark of a missing value is told: MySQL's
#: ``\N`` (``SELECT ... INTO OUTFILE``, ``mysqldump --tab``, MySQL Workbench) and the
#: ``NULL`` other SQL clients (DBeaver, HeidiSQL) write for one.
SQL_NULL = "a SQL export's mark of a missing value (NULL): export NULL as an empty cell"


def sql_null(text: str) -> bool:
    """Whether a cell ``text`` is a SQL export's mark of a missing value (:data:`SQL_NULL`):
    ``\\N`` or ``NULL``. Only said in a hint: a cell that may hold text keeps it as written.

    >>> sql_null("\\\\N"), sql_null(" NULL "), sql_null("null"), sql_null("N")
    (True, True, False, False)
    """
    return text.strip() in ("\\N", "NULL")


#: Epoch milliseconds (pandas' ``to_json`` writes a date so by default) and seconds (Unix
#: time) of 2001-09-09 to 2999-12-31: longer than a serial number or ``YYYYMMDD``.
_EPOCH_MS = range(10**12, 32_503_680_000_000)
_EPOCH_S = range(10**9, 32_503_680_000)


def _epoch_hint(number: int) -> str:
    """What a date written as a count from 1970-01-01 UTC is told (its UTC date shown, never
    read): milliseconds, as pandas' ``to_json`` writes dates, or seconds (Unix time).

    >>> _epoch_hint(1704672000000)  # doctest: +ELLIPSIS
    " (milliseconds since 1970-01-01 UTC, as pandas' to_json writes a date? that is ...
    >>> _epoch_hint(1704672000), _epoch_hint(20240108)  # doctest: +ELLIPSIS
    (' (seconds since 1970-01-01 UTC (Unix time)? that is 2024-01-08 UTC: write it 2024-01-08)', '')
    """
    epoch = dt.datetime(1970, 1, 1)
    if number in _EPOCH_MS:
        day = (epoch + dt.timedelta(milliseconds=number)).date().isoformat()
        return (
            f" (milliseconds since 1970-01-01 UTC, as pandas' to_json writes a date? that is "
            f"{day} UTC: write it {day}, or give to_json date_format='iso' and keep the date)"
        )
    if number in _EPOCH_S:
        day = (epoch + dt.timedelta(seconds=number)).date().isoformat()
        return f" (seconds since 1970-01-01 UTC (Unix time)? that is {day} UTC: write it {day})"
    return ""


def date_hint_of(value: object) -> str:
    """:func:`date_hint` of a value read from a JSON or TOML file where a date belongs: a
    string's, or a number's as it is written (``20261103``, a spreadsheet's serial number
    ``46329``), since a date written without quotes is a number there; ``""`` for any other.

    >>> date_hint_of(20261103), date_hint_of("2026/11/03"), date_hint_of(True)
    (' (write it 2026-11-03)', ' (write it 2026-11-03)', '')
    >>> date_hint_of(10**5000)  # too long to be written as a date (or shown as text)
    ''
    """
    if isinstance(value, str):
        return date_hint(value)
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):  # as written; a number of thousands of digits is no date
        number = int.__int__(value)  # plain: a subclass's own comparisons are not called
        if not -(10**15) < number < 10**15:
            return ""
        return date_hint(int.__repr__(number)) or _epoch_hint(number)
    if isinstance(value, float):
        return date_hint(float.__repr__(value))
    return ""


def _era_hint(hint: str) -> str:
    """What a hint that shows a date in a Thai Buddhist-era year (``2569``: 543 years ahead
    of 2026) adds: the Gregorian date, since the date as shown would be read 543 years on.

    >>> _era_hint(" (write it 2569-11-23)")
    ' (if 2569 is a Buddhist-era year, as Thai dates are written, write 2026-11-23)'
    >>> _era_hint(" (write it 2026-11-23)"), _era_hint(" (write it 2999-12-31)")
    ('', '')
    """
    shown = re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", hint)
    years = [int(year) for year, _, _ in shown if int(year) in _BUDDHIST_YEARS]
    if not years:
        return ""
    dates = []
    for year, month, day in shown:
        gregorian = _day(str(int(year) - _BUDDHIST_ERA), month, day)
        if gregorian is not None and gregorian.isoformat() not in dates:
            dates.append(gregorian.isoformat())
    if not dates:
        return ""
    return (
        f" (if {years[0]} is a Buddhist-era year, as Thai dates are written, write"
        f" {' or '.join(dates)})"
    )


def _spreadsheet_hint(text: str) -> str:
    """:func:`date_hint` of a value that is no Excel text formula."""
    import unicodedata

    if len(text) == 10 and text.isascii() and _ISO.fullmatch(text):  # no such day: the reason
        try:
            dt.date.fromisoformat(text)
        except ValueError as exc:
            return f" ({exc})"
        return ""
    plain = unicodedata.normalize("NFKC", text[:64]).strip()
    if iso_date(plain) is not None:
        how = ", in ASCII digits" if plain != text.strip() else ", without spaces"
        return f" (write it {plain}{how})"
    if (found := _WITH_TIME.fullmatch(plain)) and (dates := _days_of(found.group(1))):
        either = "the day and the month could be either way round; " if len(dates) > 1 else ""
        return f" (a date and a time: {either}write the date alone, {' or '.join(dates)})"
    if dates := _days_of(plain):
        if len(dates) > 1:
            either = " or ".join(dates)
            return f" (the day and the month could be either way round: write {either})"
        return f" (write it {dates[0]})"
    if found := _SERIAL.fullmatch(plain):
        days = int(found.group(1))
        day = _SERIAL_EPOCH + dt.timedelta(days=days)
        return (
            f" (a spreadsheet's date serial number? {days} days from {_SERIAL_EPOCH} is "
            f"{day.isoformat()}: format the column as a date, yyyy-mm-dd, before exporting)"
        )
    return ""


#: A cell as Excel writes a text formula to keep its text as typed (``="00123"``, leading
#: zeros kept): an equals sign, then one quoted string (its quotes doubled inside).
_EXCEL_TEXT = re.compile(r'=\s*"((?:[^"]|"")*)"')

#: What a refused value written as an Excel text formula is told (then the value itself).
EXCEL_TEXT = 'an Excel text formula, ="...": write the value itself'


def excel_text(text: str) -> str | None:
    """The text of a cell written as an Excel text formula, ``="00123"`` (what a spreadsheet
    export, or a script writing for Excel, does to keep leading zeros or stop a date being
    converted), else None. Only shown in a hint: a value is never read from it.

    >>> excel_text('="00123"'), excel_text('="a ""b"" c"'), excel_text("00123")
    ('00123', 'a "b" c', None)
    >>> excel_text('=HYPERLINK("https://example.test")'), excel_text('="a"&"b"')
    (None, None)
    """
    found = _EXCEL_TEXT.fullmatch(text.strip()[:200])
    return None if found is None else found.group(1).replace('""', '"')


def date_problem(day: dt.date, what: str = "date") -> str | None:
    """Why ``day`` is refused (outside :data:`FIRST_DATE`..:data:`LAST_DATE`), or ``None``."""
    if FIRST_DATE <= day <= LAST_DATE:
        return None
    return f"the {what} {day.isoformat()} is outside {FIRST_DATE}..{LAST_DATE}"


def as_date(
    value: dt.date | str, what: str = "date", *, bounded: bool = True, name: str | None = None
) -> dt.date:
    """A date from a ``date`` (a ``datetime`` gives its date) or a strict ``YYYY-MM-DD`` string.

    A wrong type is a ``TypeError`` naming the parameter ``name`` as a Python caller typed it
    (``as_of``; ``what`` when no name is given); a string that is not a date, or a date
    outside 1900-01-01..2999-12-31, is an :class:`~ipprules.errors.InputError`. With
    ``bounded=False`` the range is left to the caller (calendar arithmetic, which runs to
    ``date.max``; deadlines, which raise a :class:`~ipprules.errors.CoverageError`).

    >>> as_date(dt.datetime(2024, 9, 27, 18, 30), "start"), as_date("9999-12-30", bounded=False)
    (datetime.date(2024, 9, 27), datetime.date(9999, 12, 30))
    """
    if not isinstance(what, str) or not isinstance(name, str | None):  # the message's words
        raise TypeError(
            "what must be a str and name a str or None, got "
            f"{type(what).__name__} and {type(name).__name__}"
        )
    what, name = plain(what), (plain(name) if name is not None else None)  # words, not objects
    if isinstance(value, dt.date) and type(value) not in (dt.date, dt.datetime):
        if type(value).__module__.startswith("pandas") and value != value:  # NaT: no day
            raise TypeError(
                f"{name or what} must be a datetime.date or a 'YYYY-MM-DD' string, got "
                f"{type(value).__name__} (a missing date, pandas' NaT: give a day; NaT is a gap "
                "in a date column, or the max() or min() of an empty or all-NaT one)"
            )
        # a subclass (pandas' Timestamp, a caller's own) as the plain date of its day: its own
        # comparisons, arithmetic and weekday (which may raise) are never called later
        value = dt.date.fromordinal(dt.date.toordinal(value))
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        value = plain(value)  # a str subclass's own strip (the hint) or repr is never called
        parsed = iso_date(value)
        if parsed is None:
            said = f"expected a date (YYYY-MM-DD) for the {what}, got {quoted(value)}"
            raise _refused(said + date_hint(value), name)
        day = parsed
    else:
        raise TypeError(
            f"{name or what} must be a datetime.date or a 'YYYY-MM-DD' string, "
            f"got {type(value).__name__}{_date_type_hint(value)}"
        )
    if bounded is not True and bounded is not False:  # "no" would be read for its truth
        raise TypeError(f"bounded must be a bool (True or False), got {type(bounded).__name__}")
    problem = date_problem(day, what) if bounded else None
    if problem:
        raise _refused(problem, name)
    return day


def _refused(message: str, name: str | None) -> InputError:
    """:func:`as_date`'s refusal of a value: an :class:`~ipprules.errors.ArgumentError`
    naming the Python parameter ``name`` when there is one (a caller's argument, not a
    file's value), else an :class:`~ipprules.errors.InputError` at ``$``."""
    if name is not None:
        from ipprules.errors import ArgumentError

        return ArgumentError(message, argument=name)
    return InputError(message)


def _date_type_hint(value: object) -> str:
    """What to pass instead of numpy's ``datetime64`` or pandas' ``Period`` (neither is a
    ``date``; neither module is imported here: told by the type's name and module).

    >>> import numpy, pandas
    >>> _date_type_hint(numpy.datetime64("2023-01-05"))
    " (numpy's: convert it, pandas.Timestamp(value).date(), or str(value) for a day)"
    >>> _date_type_hint(pandas.Period("2023-01", freq="M"))[:60]
    " (pandas' Period 2023-01, a span: give the day you mean, val"
    """
    kind = type(value)
    if kind.__name__ == "datetime64":
        return " (numpy's: convert it, pandas.Timestamp(value).date(), or str(value) for a day)"
    if kind.__name__ == "Period" and kind.__module__.startswith("pandas"):
        return (
            f" (pandas' Period {str(value)[:40]}, a span: give the day you mean, "
            "value.start_time.date() or value.end_time.date(); str(value) for a daily period)"
        )
    return ""


def date_field(value: dt.date | str, what: str, *, bounded: bool = True) -> dt.date:
    """The value of a date field given at construction (the body of an attrs converter): a
    ``date`` is kept as it is, at the cost of one type check (a hot path's rows pay nothing
    more); a ``datetime`` gives its date and a ``YYYY-MM-DD`` string is parsed, as
    :func:`as_date` reads them (an :class:`~ipprules.errors.InputError` at the field's path,
    ``$.what``, for a string that is no date in range: a record built in Python names the
    field, as a file's does); anything else is a ``TypeError`` naming the field ``what``.

    >>> date_field("2023-01-05", "filed"), date_field(dt.datetime(2023, 1, 5, 9), "filed")
    (datetime.date(2023, 1, 5), datetime.date(2023, 1, 5))
    >>> date_field(20230105, "filed")
    Traceback (most recent call last):
    ...
    TypeError: filed must be a datetime.date or a 'YYYY-MM-DD' string, got int
    >>> date_field("2023-02-30", "filed")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.filed: expected a date ..., got '2023-02-30' (day is out of ...)
    """
    if type(value) is dt.date:
        return value
    try:
        return as_date(value, what, bounded=bounded)
    except InputError as exc:
        message = exc.problems[0].message.replace(f" for the {what},", ",", 1)
        raise InputError(message, path=f"$.{what}") from None


def optional_date_field(
    value: dt.date | str | None, what: str, *, bounded: bool = True
) -> dt.date | None:
    """:func:`date_field` for a field that may be ``None``."""
    if value is None or type(value) is dt.date:
        return value
    return date_field(value, what, bounded=bounded)


#: A version that is a date: ``2026.11.23`` (the embedded book's) or ISO ``2026-11-23``.
_VERSION_DATE = re.compile(r"([0-9]{4})[.-]([0-9]{2})[.-]([0-9]{2})")  # ASCII digits, as iso_date


def version_date(version: str) -> dt.date | None:
    """The date a rule book's version string names, or ``None`` when it names none.

    >>> version_date("2026.11.23"), version_date("2026-11-23"), version_date("acme-7")
    (datetime.date(2026, 11, 23), datetime.date(2026, 11, 23), None)
    >>> version_date("2026.13.40") is None
    True
    """
    found = _VERSION_DATE.fullmatch(version) if isinstance(version, str) else None
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:  # 2026.13.40: no such day
        return None


def rulebook_keys(version: str | None) -> dict[str, str | None]:
    """A result's ``rulebook_version`` and ``rulebook_date`` (ISO, or ``None`` when the
    version names no date) for its ``to_dict()``: "rules as of <date>" without parsing the
    ``rulebook`` label.

    >>> rulebook_keys("2026.11.23")
    {'rulebook_version': '2026.11.23', 'rulebook_date': '2026-11-23'}
    """
    day = None if version is None else version_date(version)
    return {"rulebook_version": version, "rulebook_date": None if day is None else day.isoformat()}
