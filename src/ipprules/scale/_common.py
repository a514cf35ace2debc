"""What the scale functions share: the rule book once per worker, positions, grouping."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ipprules._args import require_instance, rulebook_alias
from ipprules.scale._deps import DaskFrame, PandasFrame, require

if TYPE_CHECKING:
    from ipprules.rulebook import RuleBook

__all__ = [
    "account_name",
    "book_loads",
    "by_group",
    "dask_frame",
    "dtype",
    "files_named",
    "named",
    "numbered",
    "one_file_zips",
    "parquet_account",
    "partition_number",
    "record_lines",
    "renamed",
    "shared",
    "shown_file",
    "worker_rulebook",
]


def dtype(kind: str) -> Any:
    """The pandas dtype of a column kind of this package's schemas.

    >>> str(dtype("string")), str(dtype("Int64"))
    ('string', 'Int64')
    """
    pd = require("pandas")
    pa = require("pyarrow")
    kinds: dict[str, Any] = {
        "string": pd.StringDtype("pyarrow"),
        "int64": "int64",
        "Int64": pd.Int64Dtype(),
        "bool": "bool",
        "float64": "float64",
        "date": pd.ArrowDtype(pa.date32()),
        # Arrow lists: a file with them is read back with dtype_backend="pyarrow"
        "list": pd.ArrowDtype(pa.list_(pa.string())),
        "list_int": pd.ArrowDtype(pa.list_(pa.int64())),
    }
    return kinds[kind]


#: Rule books this process has read (the embedded one is read at most once per process).
_LOADS: list[int] = [0]


@rulebook_alias("book")
def worker_rulebook(rulebook: RuleBook | None) -> RuleBook:
    """``rulebook``, or this process's embedded rule book (read on first use, then shared).

    Tasks call this instead of :func:`ipprules.default_rulebook` directly so that the loads
    are counted (:func:`book_loads`): a worker process reads the rule data once, whatever the
    number of tasks it runs.

    >>> import ipprules
    >>> worker_rulebook(None) is ipprules.default_rulebook()
    True
    """
    from ipprules import rulebook as module

    if rulebook is not None:
        return require_instance(rulebook, module.RuleBook, "rulebook")

    if not module._DEFAULT:
        _LOADS[0] += 1
    return module.default_rulebook()


def book_loads() -> int:
    """How many times this process has read the embedded rule data through the scale functions.

    >>> book_loads() in (0, 1)
    True
    """
    return _LOADS[0]


def shared(value: Any) -> Any:
    """``value`` as one task of the graph, so every task that needs it shares one copy per
    worker (rather than one pickled copy inside every task); ``None`` stays ``None``."""
    if value is None:
        return None
    delayed = require("dask").delayed
    return delayed(value, pure=True, traverse=False)


def dask_frame(value: Any, name: str) -> DaskFrame:
    """``value`` if it is a Dask DataFrame, else a :class:`TypeError` naming ``name``."""
    if not isinstance(value, require("dask.dataframe").DataFrame):
        raise TypeError(f"{name} must be a Dask DataFrame, got {type(value).__name__}")
    return value


def partition_number(partition_info: Any) -> int:
    """The partition's number from what Dask passes as ``partition_info`` (0 without one)."""
    number = partition_info.get("number") if isinstance(partition_info, dict) else None
    return number if type(number) is int else 0


def numbered(frame: DaskFrame) -> DaskFrame:
    """``frame`` with ``partition`` and ``position`` (0-based in the partition) columns."""
    pd = require("pandas")
    meta = frame._meta.assign(
        partition=pd.Series([], dtype="int64"), position=pd.Series([], dtype="int64")
    )
    out: DaskFrame = frame.map_partitions(_number, meta=meta, enforce_metadata=False)
    return out


def _number(frame: PandasFrame, partition_info: dict[str, Any] | None = None) -> PandasFrame:
    number = partition_number(partition_info)
    return frame.assign(partition=number, position=range(len(frame))).astype(
        {"partition": "int64", "position": "int64"}
    )


def declared_kind(frame: Any, column: str, kinds: str) -> Any:
    """The declared type of ``column`` in ``frame`` (a Dask DataFrame) if it is a numpy type
    of one of ``kinds`` (numpy's kind letters: ``"b"`` booleans, ``"i"``/``"u"`` whole
    numbers), which hold no missing value: every row of it is of that type. Else ``None``
    (text, floats, nullable types: read row by row)."""
    kind = frame._meta[column].dtype
    np = require("numpy")
    return kind if isinstance(kind, np.dtype) and kind.kind in kinds else None


def text_column(frame: Any, column: str, what: str) -> None:
    """A :class:`TypeError` when the graph is built, not in every worker's task, for a
    ``column`` declared as booleans or whole numbers (``dd.read_csv`` infers ``int64`` for
    a column of digits): no row of it is text. ``what`` names the column in the message."""
    kind = declared_kind(frame, column, "biu")
    if kind is not None:
        raise TypeError(
            f"the {what} column holds {kind} values, not text (read the column as text, "
            f"e.g. dd.read_csv(..., dtype={{{column!r}: str}}))"
        )


def refuse_twice(columns: Any, name: str, what: str) -> None:
    """An :class:`~ipprules.errors.InputError` when the graph is built if ``columns`` (your
    own Dask DataFrame's) hold ``name`` more than once: each partition's ``frame[name]`` was
    then a frame, not a column (an ``AttributeError`` in a worker). ``what`` is what the
    column holds.

    >>> refuse_twice(["url", "url"], "url", "URLs")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.url: 2 columns named 'url': which holds the URLs is not known
    """
    count = list(columns).count(name)
    if count > 1:
        from ipprules.errors import InputError

        raise InputError(
            f"{count} columns named {name!r}: which holds the {what} is not known",
            path=f"$.{name}",
        )


def named(frame: DaskFrame, column: str, *, blank_missing: bool = False) -> DaskFrame:
    """``frame`` with its ``column`` of accounts read as names (:func:`account_name`), before
    it is shuffled by them: ``101`` and ``"101"`` are one account, in one partition. A
    column declared as booleans is a :class:`TypeError` now (each row was one in a worker).
    With ``blank_missing``, a cell that names no account (empty or white space only) is
    missing (``None``), as a missing cell is: one answer whatever the input held."""
    if declared_kind(frame, column, "b") is not None:
        raise TypeError(
            f"the {column} column holds a bool in every row: an account is text or a whole number"
        )
    pd = require("pandas")
    meta = frame._meta.assign(**{column: pd.Series([], dtype=object)})
    out: DaskFrame = frame.map_partitions(
        _names, column, blank_missing, meta=meta, enforce_metadata=False
    )
    return out


def _names(frame: PandasFrame, column: str, blank_missing: bool = False) -> PandasFrame:
    pd = require("pandas")
    cells = frame[column]
    names = [account_name(value, column) for value in cells.tolist()]
    if blank_missing:
        names = [n if n is None or n.strip() else None for n in names]
    return frame.assign(**{column: pd.Series(names, index=cells.index, dtype=object)})


def by_group(frame: PandasFrame, column: str) -> Iterator[tuple[str, PandasFrame]]:
    """The rows of each value of ``column``, each group in input order (partition, position)."""
    if frame.empty:
        return
    ordered = frame.sort_values(["partition", "position"], kind="stable")
    yield from ordered.groupby(column, sort=True, dropna=False)


def encodable(text: str) -> bool:
    """Whether ``text`` is valid Unicode as Arrow strings take it (UTF-8 has no bytes for a
    lone surrogate).

    >>> encodable("淘宝"), encodable("a" + chr(0xD800))
    (True, False)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def account_name(value: Any, column: str) -> str | None:
    """An account cell as the account's name: text as it is, a whole number as its digits
    (Parquet and pandas keep numeric account ids as numbers: ``101`` names the account of
    ``101.toml``), a missing cell ``None``; a fraction (``1.5``) is an
    :class:`~ipprules.errors.InputError` and any other value a :class:`TypeError`, naming
    the column.

    >>> account_name("lumen", "account"), account_name(101, "account"), account_name(None, "a")
    ('lumen', '101', None)
    >>> account_name(101.0, "account")
    '101'
    """
    if isinstance(value, str):
        if not value.isascii() and not encodable(value):  # the shuffle failed on it
            from ipprules.errors import InputError

            raise InputError(
                f"not valid Unicode (a lone surrogate) in account {value!r}: Arrow strings are "
                "UTF-8",
                path=f"$.{column}",
            )
        return value
    pd = require("pandas")
    if value is None or pd.isna(value) is True:
        return None
    if isinstance(value, bool):
        raise TypeError(f"the {column} column holds a bool ({value!r}): an account is text")
    number = getattr(value, "item", lambda: value)()  # a numpy scalar as a Python one
    if isinstance(number, int) or (isinstance(number, float) and number.is_integer()):
        return str(int(number))
    if isinstance(number, float):  # a number column read from a file: its value is wrong
        from ipprules.errors import InputError, shown_value

        raise InputError(
            f"the {column} column holds {shown_value(number)}: an account is text or a whole "
            "number",
            path=f"$.{column}",
        )
    raise TypeError(
        f"the {column} column holds {type(value).__name__} values ({value!r}): an account is "
        "text or a whole number"
    )


def refuse_second_account_column(columns: Any, account: str, whose: str) -> None:
    """Refuse rows that hold an ``account`` column beside the column ``account`` names: whose
    rows would they be? (``standings`` dropped that column without a word.)

    >>> refuse_second_account_column(["owner", "account"], "owner", "the planner's own")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.account: two account columns: 'owner' (account=) and ...
    """
    if account != "account" and "account" in columns:
        from ipprules.errors import InputError

        raise InputError(
            f"two account columns: {account!r} (account=) and 'account' ({whose}): rename or "
            "drop one",
            path="$.account",
        )


def with_article(noun: str) -> str:
    """``noun`` with its indefinite article, for messages naming a type.

    >>> with_article("int"), with_article("float")
    ('an int', 'a float')
    """
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def one_file_zips(paths: list[str]) -> None:
    """Refuse a ``.zip`` among ``paths`` that does not hold exactly one file, as one machine
    refuses it (:func:`ipprules._files.zip_of`), before anything runs: fsspec reads the
    first file of an archive of several (the others were dropped without a word) and fails
    on an empty one (an ``IndexError``). A zip that cannot be read is left to the reader.
    """
    import zipfile

    from ipprules._files import _zip_folder as zip_folder
    from ipprules._files import zip_of
    from ipprules.errors import InputError

    fsspec = require("fsspec")
    for path in paths:
        if not path.lower().endswith(".zip"):
            continue
        try:
            with fsspec.open(path, "rb") as handle, zipfile.ZipFile(handle) as archive:
                files = sum(1 for info in archive.infolist() if not zip_folder(info))
        except (OSError, EOFError, zipfile.BadZipFile, ValueError):
            continue  # said by the reader, naming the file
        if files != 1:
            raise InputError(zip_of(files), file=path)


def is_account(cell: str) -> bool:
    """Whether a header cell names the account column as ``ipprules plan`` reads a header on
    one machine (:func:`ipprules.planner.inputs._column_name`: case, spaces and hyphens as a
    spreadsheet writes them): ``Account``, `` ACCOUNT ``."""
    from ipprules.planner.inputs import _column_name

    return _column_name(cell) == "account"


def parquet_account(names: Any) -> str | None:
    """The account column among a Parquet file's column ``names`` of the planner's rows, as
    ``ipprules plan`` finds it in a CSV header (:func:`is_account`): ``account`` where a
    column is named so, else the first name read as one (``Account``, `` ACCOUNT ``), else
    ``None``.

    >>> parquet_account(["url", "account"]), parquet_account([" Account ", "url"])
    ('account', ' Account ')
    >>> parquet_account(["url"]) is None
    True
    """
    own = [str(name) for name in names]
    if "account" in own:
        return "account"
    return next((name for name in own if is_account(name)), None)


#: the characters that make a path a glob (fsspec's)
_MAGIC = "*?["


def shown_file(path: str, typed: str) -> str:
    """A local file ``path`` that the path or glob ``typed`` matched (the readers open files
    by their absolute paths), named as the user typed it, as one machine names its input:
    ``typed`` itself for the file typed, a glob's match relative to the glob's folder as
    typed (``data/*.csv``: ``data/a.csv``). Any other ``path`` (a URL, a file elsewhere) is
    returned as it is.

    >>> import os
    >>> shown_file(os.path.abspath("data/a.csv"), "data/*.csv")
    'data/a.csv'
    >>> shown_file(os.path.abspath("a.csv"), "./a.csv"), shown_file("s3://b/a.csv", "a.csv")
    ('./a.csv', 's3://b/a.csv')
    """
    if "://" in typed or "::" in typed or not os.path.isabs(path):
        return path
    magic = min((typed.find(c) for c in _MAGIC if c in typed), default=-1)
    root = typed if magic < 0 else typed[: typed.rfind("/", 0, magic) + 1]
    try:
        rel = os.path.relpath(path, os.path.abspath(os.path.expanduser(root or ".")))
    except ValueError:  # another drive (Windows)
        return path
    if rel == ".":
        return typed
    if rel == ".." or rel.startswith(".." + os.sep):
        return path
    return root + rel if not root or root.endswith("/") else f"{root}/{rel}"


@contextlib.contextmanager
def files_named(names: Mapping[str, str]) -> Iterator[None]:
    """Re-raise an :class:`~ipprules.errors.InputError` with the files of ``names`` (a path
    the readers open: its name as typed) named as typed, in its locations and messages (on
    a worker, which cannot list the user's glob again)."""
    from ipprules.errors import InputError

    try:
        yield
    except InputError as exc:
        renamed(exc, names)
        raise


def renamed(exc: Any, names: Mapping[str, str]) -> None:
    """``exc`` (an :class:`~ipprules.errors.InputError`) with the files of ``names`` named as
    ``names`` says, where its problems locate them or their messages name them (in place:
    its type, traceback and cause are kept)."""
    names = {p: shown for p, shown in names.items() if p != shown}
    if not names:
        return
    longest = sorted(names, key=len, reverse=True)
    for problem in exc.problems:
        if isinstance(problem.file, str):
            problem.file = names.get(problem.file, problem.file)
        for path in longest:
            if path in problem.message:
                problem.message = problem.message.replace(path, names[path])
    exc.file = exc.problems[0].file
    exc.message = "\n".join(str(p) for p in exc.problems)
    exc.args = (exc.message,)


def quiet_worker_errors(client: Any) -> None:
    """Stop the workers of ``client`` (a ``distributed.Client``) from logging this library's
    own errors: a task that raises an :class:`~ipprules.errors.IpprulesError` (a bad file,
    line or cell) no longer prints distributed's "Compute Failed" log with its traceback on
    the workers' standard error; the client still raises the error, with its message. Any
    other error (a bug, ``MemoryError``, your own function's) is logged as before. Applies to
    the workers there now and to those that join later; call it once per client.

    A ``client`` that is not a ``distributed.Client`` is a :class:`TypeError`; with one,
    ``quiet_worker_errors(client)`` is called once after ``Client(...)`` (docs: Scaling out).

    >>> quiet_worker_errors("tcp://127.0.0.1:8786")
    Traceback (most recent call last):
    ...
    TypeError: expected a distributed.Client, got str
    """
    distributed = require("distributed")
    if not isinstance(client, distributed.Client):
        raise TypeError(f"expected a distributed.Client, got {type(client).__name__}")
    from ipprules.scale._quiet import QuietLibraryErrors

    client.register_plugin(QuietLibraryErrors())


def record_lines(text: str, header: int, delimiter: str) -> list[int]:
    """The line each row of a CSV ``text`` whose header starts on line ``header`` starts on,
    the rows as pandas reads them (:func:`~ipprules.scale._listings.csv_table`): a record of
    one line that holds nothing but spaces and tabs (other than the delimiter) is no row.

    >>> record_lines('sep=;\\nurl;n\\na;1\\n\\n  \\n"b\\nc";2\\n;\\n', 2, ";")
    [3, 6, 8]
    >>> record_lines('url\\tn\\r\\na\\t1\\r\\n \\r\\n\\t\\r\\n', 1, "\\t")
    [2, 4]
    """
    body = text.split("\n")[header - 1 :]
    if body and body[-1] == "":
        body.pop()
    blank = "".join(sorted(set(" \t\r") - {delimiter}))
    if '"' not in text:  # no quoted cell: a record is a line, the header the first
        return [header + i for i, line in enumerate(body) if i and line.strip(blank)]
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader((line + "\n" for line in body), strict=True, delimiter=delimiter)
    out: list[int] = []
    start = 0  # lines of the body before the next record
    for index, _ in enumerate(reader):
        first, start = start, reader.line_num
        if index == 0:
            continue  # the header
        if start == first + 1 and not body[first].strip(blank):
            continue  # an empty line, or spaces and tabs only: pandas skips it
        out.append(header + first)
    return out


#: The start of a line that may be white space only: a line end, then a space that is not
#: one (a cheap scan; the file is read with :mod:`csv` only where it matches).
