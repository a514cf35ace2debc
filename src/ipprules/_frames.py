"""Tabular export: plain records and pandas DataFrames with real dtypes.

Every result of ipprules that is a table has two doors:

* ``to_records() -> list[dict]``: plain Python values. Dates are :class:`datetime.date`,
  exact rates are :class:`fractions.Fraction` *and* a float column beside them named
  ``<name>_float`` (see :func:`rate_fields`), lists are lists (never comma-joined strings),
  enumerations are their string values (see :func:`plain`).
* ``to_frame()``: the same records through :func:`to_frame`, which gives ``datetime64`` date
  columns, ``float64`` rate columns, categorical code columns and list columns holding lists.

pandas is an optional extra (``pip install 'ipprules[pandas]'``): it is imported here, on the
first call of :func:`to_frame`, never by ``import ipprules``. Without it :func:`to_frame` raises
:class:`ipprules.errors.MissingExtra` naming the extra.

How an engine writes its two doors (the owner of a result type does this)::

    def to_records(self) -> list[dict[str, Any]]:
        return [
            {"day": row.day, "code": plain(row.code), "urls": list(row.urls),
             **rate_fields("rate", row.rate)}
            for row in self.rows
        ]

    def to_frame(self) -> pandas.DataFrame:
        return to_frame(self.to_records(), dates=("day",), categories={"code": Code},
                        floats=("rate_float",), lists=("urls",))

A categorical column is declared with every value it can take (an enum, the rule book's ids:
:mod:`ipprules.rulebook.categories`), never only the values the rows hold, so the frames of
two calls concatenate (``pd.concat``) and stay ``category``. A column whose values are open (a
user's right id, a URL's region) is text, not a category.

>>> import datetime as dt
>>> from fractions import Fraction
>>> records = [
...     {"day": dt.date(2026, 1, 5), "code": "fake", "ids": ["1", "2"],
...      **rate_fields("rate", Fraction(1, 3))},
...     {"day": None, "code": "design", "ids": [], **rate_fields("rate", None)},
... ]
>>> records[0]["rate"], round(records[0]["rate_float"], 4)
(Fraction(1, 3), 0.3333)
>>> frame = to_frame(records, dates=("day",), categories=("code",),
...                  floats=("rate_float",), lists=("ids",))
>>> str(frame["day"].dtype), str(frame["code"].dtype), str(frame["rate_float"].dtype)
('datetime64[s]', 'category', 'float64')
>>> frame["ids"].tolist()
[['1', '2'], []]

Categories declared with their values, whatever the rows:

>>> import pandas as pd
>>> fixed = {"met": ("yes", "no", "unknown")}
>>> a, b = to_frame([{"met": "yes"}], categories=fixed), to_frame([], categories=fixed)
>>> str(pd.concat([a, b])["met"].dtype), list(a["met"].cat.categories)
('category', ['yes', 'no', 'unknown'])
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ipprules.errors import MissingExtra

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["plain", "rate_fields", "require_pandas", "to_frame"]

#: The resolution of date columns: seconds, so every date from 1900 to 2999 fits
#: (nanoseconds stop at 2262-04-11).
DATE_DTYPE = "datetime64[s]"


def require_pandas(feature: str = "to_frame()") -> ModuleType:
    """Import pandas, or raise :class:`~ipprules.errors.MissingExtra` naming the extra ``pandas``.

    >>> require_pandas().__name__
    'pandas'
    """
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise MissingExtra("pandas", feature) from None


def plain(value: Any) -> Any:
    """A value as plain Python data for a record: enums become their values, tuples and sets lists.

    Dates, Fractions, numbers, strings and ``None`` are kept as they are; mappings keep their
    keys and have their values made plain.

    >>> import enum
    >>> class Severity(enum.Enum):
    ...     ERROR = "error"
    >>> plain((Severity.ERROR, ("a", "b"), frozenset({"x"})))
    ['error', ['a', 'b'], ['x']]
    """
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    return value


def rate_fields(name: str, value: Fraction | int | None) -> dict[str, Any]:
    """An exact rate as two record fields: ``name`` (the Fraction) and ``name_float`` (a float).

    >>> rate_fields("invalid_rate", Fraction(3, 8))
    {'invalid_rate': Fraction(3, 8), 'invalid_rate_float': 0.375}
    >>> rate_fields("invalid_rate", None)
    {'invalid_rate': None, 'invalid_rate_float': None}
    """
    if value is None:
        return {name: None, f"{name}_float": None}
    exact = Fraction(value)
    return {name: exact, f"{name}_float": float(exact)}


def _columns(records: Sequence[Mapping[str, Any]], declared: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for record in records:
        for key in record:
            seen.setdefault(key, None)
    for key in declared:
        seen.setdefault(key, None)
    return list(seen)


def _date_column(name: str, values: list[Any]) -> Any:
    import numpy

    days: list[dt.date | None] = []
    for value in values:
        if value is None or isinstance(value, dt.date):
            days.append(value)
        else:
            raise TypeError(f"column {name!r}: expected a date or None, got {type(value).__name__}")
    return numpy.array(days, dtype=DATE_DTYPE)


def _float_column(name: str, values: list[Any]) -> list[float]:
    out: list[float] = []
    for value in values:
        if value is None:
            out.append(float("nan"))
        elif isinstance(value, int | float | Fraction) and not isinstance(value, bool):
            out.append(float(value))
        else:
            raise TypeError(
                f"column {name!r}: expected a number or None, got {type(value).__name__}"
            )
    return out


def _list_column(name: str, values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append([])
        elif isinstance(value, list | tuple | set | frozenset):
            out.append(plain(value))
        else:
            raise TypeError(f"column {name!r}: expected a list, got {type(value).__name__}")
    return out


def _int_column(name: str, values: list[Any]) -> list[int | None]:
    for value in values:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"column {name!r}: expected an int or None, got {type(value).__name__}")
    return values


def _bool_column(name: str, values: list[Any]) -> list[bool]:
    for value in values:
        if not isinstance(value, bool):
            raise TypeError(f"column {name!r}: expected a bool, got {type(value).__name__}")
    return values


def _text_column(pd: Any, name: str, values: list[Any]) -> Any:
    kinds = set(map(type, values)) - {str, type(None)}  # at C speed: most columns are text
    cells = [plain(v) for v in values] if kinds else values
    for cell in cells if kinds else ():
        if cell is not None and not isinstance(cell, str):
            raise TypeError(f"column {name!r}: expected a str or None, got {type(cell).__name__}")
    try:
        return pd.Series(cells, dtype="str")
    except UnicodeEncodeError:  # a lone surrogate: Arrow strings refuse it, Python's keep it
        import numpy

        return pd.Series(cells, dtype=pd.StringDtype("python", na_value=numpy.nan))


def _fixed_categories(
    categories: Iterable[str] | Mapping[str, Iterable[str]],
) -> dict[str, tuple[Any, ...] | None]:
    if isinstance(categories, Mapping):
        return {name: tuple(plain(v) for v in values) for name, values in categories.items()}
    return dict.fromkeys(categories)


def _category_column(pd: Any, cells: list[Any], fixed: tuple[Any, ...] | None) -> Any:
    if fixed is None:  # the values the rows hold
        return pd.Series(pd.Categorical(cells))
    known = set(fixed)
    extra = [c for c in dict.fromkeys(cells) if c is not None and c not in known]
    return pd.Series(pd.Categorical(cells, categories=[*fixed, *extra]))


def to_frame(
    records: Iterable[Mapping[str, Any]],
    *,
    dates: Iterable[str] = (),
    floats: Iterable[str] = (),
    categories: Iterable[str] | Mapping[str, Iterable[str]] = (),
    lists: Iterable[str] = (),
    texts: Iterable[str] = (),
    ints: Iterable[str] = (),
    bools: Iterable[str] = (),
    columns: Sequence[str] | None = None,
) -> pandas.DataFrame:
    """A pandas DataFrame from records, with a real dtype for every declared column.

    * ``dates``: ``datetime64[s]`` columns (``None`` becomes ``NaT``);
    * ``floats``: ``float64`` columns (Fractions converted, ``None`` becomes ``NaN``);
    * ``categories``: ``category`` columns; a mapping gives each its fixed categories (a
      value outside them is added after them), names take the rows' values;
    * ``lists``: ``object`` columns whose cells are lists (``None`` becomes ``[]``), never
      comma-joined strings;
    * ``texts``: pandas' text dtype (``dtype="str"``: ``str`` on pandas 3, ``object`` on
      pandas 2) whatever the rows, none, one or many, and whether or not a cell is ``None``
      (``NaN`` there); a text pandas' Arrow strings refuse (a lone surrogate) keeps the same
      dtype name through the Python storage;
    * ``ints``: pandas' nullable ``Int64`` (``None`` becomes ``<NA>``): a count that is
      sometimes unknown is not ``int64`` in one frame and ``float64`` in the next;
    * ``bools``: ``bool`` columns, an empty one too (pandas makes an empty column ``object``).

    Other columns are left to pandas' inference. ``columns`` fixes the columns and their order
    (a declared column missing from every record is still present, empty); by default the
    columns are the keys in order of first appearance, then any declared column not seen.

    Raises :class:`~ipprules.errors.MissingExtra` when pandas is not installed, and
    :class:`TypeError` when a declared column holds a value of the wrong kind.

    >>> import datetime as dt
    >>> frame = to_frame([{"on": dt.date(2026, 12, 2), "n": 3}], dates=("on",))
    >>> frame.dtypes.astype(str).to_dict()
    {'on': 'datetime64[s]', 'n': 'int64'}
    >>> to_frame([], dates=("on",), lists=("ids",)).dtypes.astype(str).to_dict()
    {'on': 'datetime64[s]', 'ids': 'object'}
    >>> text = str(to_frame([{"a": "x"}])["a"].dtype)   # 'str' on pandas 3, 'object' on 2
    >>> [str(to_frame(rows, texts=("a",))["a"].dtype) == text
    ...  for rows in ([], [{"a": None}], [{"a": "x"}, {"a": None}])]
    [True, True, True]
    """
    pd = require_pandas()
    rows = [dict(r) for r in records]
    date_cols, float_cols, fixed = tuple(dates), tuple(floats), _fixed_categories(categories)
    category_cols, list_cols, text_cols = tuple(fixed), tuple(lists), tuple(texts)
    int_cols, bool_cols = tuple(ints), tuple(bools)
    declared = (*date_cols, *float_cols, *category_cols, *list_cols, *text_cols, *int_cols)
    declared += bool_cols
    names = list(columns) if columns is not None else _columns(rows, declared)
    data: dict[str, Any] = {}
    for name in names:
        values = [row.get(name) for row in rows]
        if name in date_cols:
            data[name] = pd.Series(_date_column(name, values), dtype=DATE_DTYPE)
        elif name in float_cols:
            data[name] = pd.Series(_float_column(name, values), dtype="float64")
        elif name in category_cols:
            data[name] = _category_column(pd, [plain(v) for v in values], fixed[name])
        elif name in list_cols:
            data[name] = pd.Series(_list_column(name, values), dtype=object)
        elif name in text_cols:
            data[name] = _text_column(pd, name, values)
        elif name in int_cols:
            data[name] = pd.Series(_int_column(name, values), dtype="Int64")
        elif name in bool_cols:
            data[name] = pd.Series(_bool_column(name, values), dtype=bool)
        else:
            cells = [plain(v) for v in values]
            try:
                data[name] = pd.Series(cells, dtype=None if values else object)
            except UnicodeEncodeError:  # a lone surrogate in an input: Arrow strings refuse it
                data[name] = pd.Series(cells, dtype=object)
    return pd.DataFrame(data, columns=names)
