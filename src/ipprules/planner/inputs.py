"""What the planner reads: a plain list of URLs, or a CSV with a ``url`` column and optional
``right``, ``reason``, ``target``, ``confidence``, ``order_number`` and ``notes`` columns.

Both are streamed line by line; a bad line is an :class:`~ipprules.errors.InputError` naming
the file, line and column, never a traceback.

>>> text = ["url,right,confidence", "https://item.taobao.com/item.htm?id=1,tm-1,0.9"]
>>> lines = list(read_lines(text, name="in.csv"))
>>> lines[0].line, lines[0].right, lines[0].confidence
(2, 'tm-1', Fraction(9, 10))
>>> [line.url for line in read_lines(["url,colour", "x,red"], on_ignored=print)]
('colour',)
['x']
>>> list(read_lines(["url,resaon", "x,tm_misuse"], name="in.csv"))
Traceback (most recent call last):
...
ipprules.errors.InputError: in.csv:1:5: $.resaon: unknown column 'resaon': did you mean ...
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from fractions import Fraction
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple, NoReturn, cast

from ipprules.checks.model import ONE_PER_COMPLAINT
from ipprules.errors import (
    InputError,
    UnknownNameError,
    did_you_mean,
    plain,
    quoted,
    shown_value,
)
from ipprules.listings.columns import (
    URL_COLUMNS,
    URL_LISTS,
    column_key,
    looks_like_header,
    names_column,
    url_column,
)
from ipprules.rulebook.model import Target, read_target

if TYPE_CHECKING:
    from ipprules._files import KeptLines

__all__ = ["COLUMNS", "KINDS", "PlanLine", "parse_confidence", "read_lines"]

#: The CSV columns the planner understands; only ``url`` is required.
COLUMNS = ("url", "right", "reason", "target", "confidence", "order_number", "notes")
#: What :func:`read_lines` may be told its input is (``kind``), as ``ipprules listings``.
KINDS = ("auto", "lines", "csv", "jsonl")


class PlanLine(NamedTuple):
    """One input line: a URL and what the filer knows about it (a named tuple: one is made
    per input line, so it is cheap and immutable).

    ``line`` is the 1-based line number in the input (the header is line 1 of a CSV).
    ``confidence`` is the filer's confidence that the listing infringes, from 0 to 1.

    >>> from fractions import Fraction
    >>> from ipprules.planner import PlanLine
    >>> line = PlanLine(line=1, url="https://item.taobao.com/item.htm?id=606832683299",
    ...                 reason="tm_counterfeit", confidence=Fraction(9, 10))
    >>> line.right is None, line.target is None, line.confidence
    (True, True, Fraction(9, 10))
    """

    line: int
    url: str
    right: str | None = None
    reason: str | None = None
    target: Target | None = None
    confidence: Fraction | None = None
    order_number: str | None = None
    notes: str = ""
    elsewhere: str | None = None
    """Where a CSV row's URL cell holds no listing but another of its cells does (an image's
    link in ``url``, the listing in ``link``): that column and its listing, which
    :func:`~ipprules.planner.plan_listings` adds to the line's rejection (:func:`read_lines`
    sets it; for a file ``plan_listings`` reads itself, it is worked out only for a line it
    rejects)."""


def parse_confidence(text: str) -> Fraction:
    """A confidence from 0 to 1 as an exact :class:`~fractions.Fraction`.

    Read by the project's one exact-number reader (:func:`ipprules._convert.exact_number`:
    decimals and ratios, at most 30 digits a part, no exponents; or a percentage, ``80%``);
    anything else (a number
    outside 0..1, a zero denominator, ``1e-999999999``, ``nan``) raises
    :class:`~ipprules.errors.InputError` (the CSV reader adds the file, line and column).

    >>> parse_confidence("0.9"), parse_confidence("9/10"), parse_confidence(".95")
    (Fraction(9, 10), Fraction(9, 10), Fraction(19, 20))
    >>> parse_confidence("80%")  # a percentage, as spreadsheets show one
    Fraction(4, 5)
    >>> parse_confidence("1/0")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.confidence: expected a number from 0 to 1 ..., got '1/0'
    >>> parse_confidence("1e-999999999")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.confidence: expected a number from 0 to 1 ..., got '1e-999999999'
    """
    from ipprules._convert import exact_number

    if not isinstance(text, str):
        raise TypeError(f"a confidence is read from a str, not {type(text).__name__}")
    text = plain(text)  # a str subclass's own strip is never called
    percent = text.strip().endswith("%")  # 80% as spreadsheets show it, as --quarantine-below
    value = exact_number(text.strip().removesuffix("%") if percent else text)
    if value is not None and percent:
        value /= 100
    if value is None or not 0 <= value <= 1:
        raw = text.strip()
        shown = raw if len(raw) <= 40 else raw[:37] + "..."
        hint = _confidence_hint(raw)
        raise InputError(
            f"expected a number from 0 to 1 (such as 0.9 or 9/10), got {shown!r}{hint}",
            path="$.confidence",
        )
    return value


def _confidence_hint(raw: str) -> str:
    """What a refused confidence ``raw`` (stripped) adds after its message: a decimal comma
    (a locale's ``0,95``) to write as a point, or digits a number format grouped by
    thousands (``1,234``, ``1.234,5``: never a confidence, shown as the number they are)."""
    from ipprules._convert import exact_number
    from ipprules._dates import SQL_NULL, sql_null
    from ipprules._files import grouped_number

    if sql_null(raw):
        return f": {SQL_NULL}"
    comma = re.fullmatch(r"[0-9]*,[0-9]+%?", raw)  # 0,95: a decimal comma (a locale's)
    pointed = raw.replace(",", ".")
    if comma:
        value = exact_number(pointed.removesuffix("%"))
        if value is not None and 0 <= (value / 100 if pointed.endswith("%") else value) <= 1:
            return f": write the decimal mark as a point ({pointed})"
    number = None if exact_number(raw) is not None else grouped_number(raw.removesuffix("%"))
    if number is not None:  # 1.234 is a number (above 1), 1,234 and 1.234,5 are grouped
        return f": digits grouped by a number format ({number}), not a number from 0 to 1"
    return f": write the decimal mark as a point ({pointed})" if comma else ""


def read_lines(
    source: str | Path | IO[str] | IO[bytes] | Iterable[str],
    *,
    name: str | None = None,
    on_ignored: Callable[[tuple[str, ...]], object] | None = None,
    kind: str = "auto",
    on_elsewhere: Callable[[int, str], object] | None = None,
    rights: Iterable[str] = (),
    column: str | None = None,
) -> Iterator[PlanLine]:
    """Stream :class:`PlanLine` from a file path (``"-"`` for stdin), an open file (text or
    binary: ``io.StringIO(text)``, ``io.BytesIO(data)``) or an iterable of strings.

    ``kind`` says what the input is, as ``ipprules listings --input`` does: ``lines`` (every
    non-blank line that does not start with ``#`` is one URL), ``csv``, ``jsonl`` (JSON
    Lines: one object a line) or ``auto`` (the default): JSON Lines when the name ends in
    ``.jsonl`` or ``.ndjson`` or the first line that holds something starts with ``{``,
    else as follows.

    A first line (blank and ``#`` lines before it skipped) that is a header with a ``url``
    cell, quoted or not, split by commas, semicolons or tabs (or by the delimiter an Excel
    ``sep=`` line names), makes it a CSV; a header without one is an error; otherwise every
    non-blank line that does not start with ``#`` is one URL; with ``auto``, a TOML file or a
    ``.json`` document (another command's file, such as the plan itself) is an InputError
    (:func:`~ipprules.listings.columns.refuse_document`). A CSV's columns the planner
    does not read (a title, a price) are ignored, and ``on_ignored`` is called with their
    names; a misspelt planner column (``reasn``) is an error. The URL column is the one
    ``ipprules listings`` reads: the first header cell named ``url``, ``link``, ``href``,
    ``链接``... (:data:`ipprules.listings.columns.URL_COLUMNS`, case, spaces, dashes and
    underscores ignored); other cells so named are ignored columns. ``column`` names it
    instead, as ``ipprules listings --column`` does (as written, else by its key; the JSON
    Lines key alike); a header without it is an error naming the columns, and a list of URLs
    one a line (``kind="lines"``, or a file read as one) is refused with it. A JSON Lines object
    holds the same fields under the same names (its URL under the first key so named),
    each a string or null (a confidence may be a number); blank lines are skipped, and a
    line that is not an object, a field of another type, a misspelt key are errors naming
    the file, line and key (``$.url``); keys the planner does not read are passed to
    ``on_ignored`` as they first appear. A CSV row whose URL cell holds no listing (an
    image's link) while another of its cells does (``link``, ``商品链接``) is passed to
    ``on_elsewhere`` (its line, and what to say of it: that column and its listing) before
    its line is yielded. A cell naming several values where a complaint takes one (a right,
    a reason code, a target, an order number: ``tm-1;tm-2``, split on ``;``, ``|`` or ``,``)
    is an error citing the rule, except a right cell naming exactly one of ``rights`` (the
    account's own right ids, which may hold those characters): it is that one right. Files
    and stdin are read through the shared
    reading layer (:func:`ipprules._files.iter_lines`): regular files only, under the size
    cap, strict UTF-8 with the line and column of a bad byte; a file named ``*.gz`` (or
    ``*.bz2``, ``*.xz``) is decompressed as it is read (``urls.csv.gz``, ``urls.jsonl.xz``),
    as by ``ipprules listings``.

    >>> from ipprules.planner import read_lines
    >>> first = next(read_lines("examples/planner-urls.csv"))
    >>> first.line, first.url, first.reason, first.confidence
    (2, 'https://item.taobao.com/item.htm?id=606832683299', 'tm_counterfeit', Fraction(19, 20))
    >>> [line.url for line in read_lines(["# my list", "", " item.taobao.com/item.htm?id=1 "])]
    ['item.taobao.com/item.htm?id=1']
    >>> text = ["title,Product URL,link", "shoe,a.cn/1,b.cn/2"]
    >>> [line.url for line in read_lines(text, column="product url")]
    ['a.cn/1']
    """
    _check_arguments(source, name, on_ignored, on_elsewhere, kind, column)
    kind = plain(kind)  # a str subclass as its characters: its own __eq__ is never called
    column = None if column is None else plain(column)
    name = None if name is None else plain(name)
    if isinstance(source, str):
        source = plain(source)  # a str subclass's own __str__ is not called
    if isinstance(source, str | Path | io.IOBase):  # a binary stream too (io.BytesIO(data))
        from ipprules._files import iter_lines, source_name

        label = name or source_name(source)
        if kind == "auto" and not isinstance(source, io.IOBase):
            from ipprules.listings.columns import refuse_parquet

            refuse_parquet(str(source), label)  # before a byte of it is read as text
        numbered = iter_lines(source, gunzip=True)
    else:
        label = name or "<input>"
        numbered = _numbered(cast("Iterable[str]", source), label)
    return _read(numbered, label, on_ignored, kind, on_elsewhere, _right_ids(rights), column)


def _check_arguments(
    source: object, name: object, on_ignored: object, on_elsewhere: object, kind: object,
    column: object,
) -> None:  # fmt: skip
    """A :class:`TypeError` for an argument of :func:`read_lines` of the wrong type, naming
    it as the library's other TypeErrors name their function."""
    if isinstance(source, bytes | bytearray | memoryview) or not isinstance(
        source, Iterable | Path
    ):
        from ipprules._args import bytes_hint

        raise TypeError(
            f"read_lines: source must be a path, a file or lines, got {type(source).__name__}"
            + bytes_hint(source)
        )
    if name is not None and not isinstance(name, str):  # name=3: an AttributeError when read
        raise TypeError(f"read_lines: name must be a str or None, got {type(name).__name__}")
    for given, called in (("on_ignored", on_ignored), ("on_elsewhere", on_elsewhere)):
        if called is not None and not callable(called):
            raise TypeError(f"read_lines: {given} must be callable, not {type(called).__name__}")
    if not isinstance(kind, str) or plain(kind) not in KINDS:
        raise TypeError(
            f"read_lines: kind must be one of {', '.join(KINDS)}, not {shown_value(kind)}"
        )
    if column is not None and not isinstance(column, str):
        raise TypeError(f"read_lines: column must be a str or None, not {type(column).__name__}")


def _right_ids(rights: object) -> frozenset[str]:
    """``rights`` (the ids of the account's rights) as a set, else a TypeError."""
    if isinstance(rights, str | bytes) or not isinstance(rights, Iterable):
        raise TypeError(
            f"read_lines: rights must be an iterable of str ids, not {type(rights).__name__}"
        )
    from ipprules._convert import MAX_ITEMS

    ids: set[str] = set()
    for index, right in enumerate(rights):  # checked as read: an endless generator stops
        if not isinstance(right, str):  # before a set hashes it (its own __hash__ may raise)
            raise TypeError(f"read_lines: rights must be str ids, not {type(right).__name__}")
        if index == MAX_ITEMS:
            raise InputError(
                f"read_lines: rights: more than {MAX_ITEMS:,} items: at most {MAX_ITEMS:,} are "
                "read (the reading limit of a list)"
            )
        ids.add(plain(right))
    return frozenset(ids)


def _numbered(lines: Iterable[str], name: str) -> Iterator[tuple[int, str]]:
    for number, text in enumerate(lines, start=1):
        if not isinstance(text, str):
            raise TypeError(
                f"read_lines: lines must be str, not {type(text).__name__} (line {number})"
            )
        yield number, plain(text).rstrip("\r\n")  # never a subclass's own rstrip


def _read(
    numbered: Iterator[tuple[int, str]],
    name: str,
    on_ignored: Callable[[tuple[str, ...]], object] | None = None,
    kind: str = "auto",
    on_elsewhere: Callable[[int, str], object] | None = None,
    rights: frozenset[str] = frozenset(),
    column: str | None = None,
) -> Iterator[PlanLine]:
    """A CSV when the first line that holds something (blank and ``#`` lines before it are
    skipped, as in a list, not :func:`_powershell_first`'s; a ``sep=;`` line names the
    delimiter) is a header with a ``url`` cell, quoted or not, split by a comma, a semicolon
    or a tab; an error when it is a header without one (cells that are no URL); JSON Lines as
    ``kind`` or the name says or when that line is a JSON object; otherwise a list of URLs
    (refused when ``column`` names a column: :func:`_no_column`)."""
    from ipprules._files import (
        compression_of,
        document_line,
        header_delimiter,
        old_mac_line,
        sep_contradicted,
        sep_line,
    )
    from ipprules.listings.columns import refuse_document, starts_json_lines

    packed = compression_of(name)
    plain = name[: -len(packed)] if packed else name
    if kind == "auto" and plain.lower().endswith((".jsonl", ".ndjson")):
        kind = "jsonl"
    delimiter = None
    sep_at = 1  # the line of the sep= line, when there is one
    for number, first in numbered:
        text = first.lstrip("\ufeff").strip()
        if kind == "auto":  # a plan.toml given as the URLs: every line a not-a-url
            refuse_document(plain, text or None, name)
        _powershell_first(text, kind, name, number)
        if not text or (text.startswith("#") and kind != "jsonl"):
            continue
        old_mac_line(text, name, number)  # the lines end in bare carriage returns: one line
        said = document_line(first, URL_LISTS) if _said_csv(kind, plain) else None
        if said is not None:  # a plan's [account] was a URL rejected, a line of its TOML each
            from ipprules._options import option_said

            give = option_said("--input lines", "kind='lines'")
            raise InputError(
                f"{said}; to read it line by line, give {give}", file=name, line=number
            )
        if kind == "jsonl" or (kind == "auto" and starts_json_lines(text)):
            chained = itertools.chain([(number, first)], numbered)
            yield from _jsonl(chained, name, on_ignored, rights, column)
            return
        if kind == "lines":
            _no_column(column, name)
            yield from _plain(number, first, numbered)
            return
        named = sep_line(first)
        if named is not None and delimiter is None:
            delimiter, sep_at = named, number
            continue
        found = header_delimiter(text, names_column(column), delimiter)
        if found is None and delimiter is not None:  # as every CSV reader refuses it
            said = sep_contradicted(delimiter, text, names_column(column))
            if said is not None:
                raise InputError(said, file=name, line=sep_at)
        if found is not None:
            yield from _csv(
                number, first, numbered, name, found, on_ignored, on_elsewhere, rights, column
            )
        elif column is not None:
            _no_column(column, name, (number, text), kind == "csv" or delimiter is not None)
        elif (csv_said := delimiter is not None or _said_csv(kind, plain)) or (
            looks_like_header(text)
        ):
            _no_url_header(text, delimiter, name, number, links_refused=csv_said)
        else:
            if kind == "auto" and text == "[":  # a JSON array: of URLs, or of records (refused)
                numbered, then = _peek_filled(numbered)
                refuse_document(plain, text, name, then)
            yield from _plain(number, first, numbered)
        return


def _powershell_first(text: str, kind: str, name: str, number: int) -> None:
    """Refuse Windows PowerShell's ``#TYPE`` line as a CSV's first line (``text``, stripped, at
    line ``number``): named, never read, by every reader (``ipprules listings``,
    ``good-faith``, ``penalties``, ``--workers``), not skipped as a ``#`` comment."""
    from ipprules._files import POWERSHELL_TYPE, powershell_type

    if number == 1 and kind in ("auto", "csv") and powershell_type([text]):
        raise InputError(POWERSHELL_TYPE, file=name, line=number)


def _no_column(
    column: str | None, name: str, header: tuple[int, str] | None = None, csv_: bool = False
) -> None:
    """Refuse ``column`` (when given) for an input read as it is without one: a first line
    (``header``, numbered) that reads as a header (no ``://``, or a CSV as ``csv_`` says) is
    refused naming its cells, as ``ipprules listings --column`` refuses it
    (:func:`~ipprules.listings.columns.url_column`); a list of URLs one a line, as that
    command refuses it (``--column needs a CSV or JSON Lines input``)."""
    from ipprules._options import column_option, option_said
    from ipprules.listings.columns import csv_dialect, url_column

    if column is None:
        return
    if header is not None and (csv_ or "://" not in header[1]):
        delimiter = csv_dialect(iter([header]), column)[1]  # the one of most cells
        try:
            cells = next(csv.reader([header[1]], delimiter=delimiter))
        except csv.Error:
            cells = [header[1]]
        with column_option("column="):  # a command's --column, else read_lines' column=
            url_column([c.lstrip("\ufeff").strip() for c in cells], column, name, header[0])
    option = option_said("--column", "column=")
    raise InputError(f"{option} needs a CSV or JSON Lines input", file=name)


def _peek_filled(
    lines: Iterator[tuple[int, str]],
) -> tuple[Iterator[tuple[int, str]], str | None]:
    """``lines`` as they were (the lines peeked at put back) and the text of the next of them
    that holds something (None at the end)."""
    seen: list[tuple[int, str]] = []
    for number, text in lines:
        seen.append((number, text))
        if text.strip():
            return itertools.chain(seen, lines), text
    return iter(seen), None


def _no_url_header(
    text: str, delimiter: str | None, name: str, number: int, *, links_refused: bool
) -> NoReturn:
    """Refuse the first line ``text`` of a CSV (as its name, ``--input csv`` or a ``sep=``
    line says, when ``links_refused``; else a line of several cells none a URL) that names
    no URL column: a line of links (a CSV without a header) as ``ipprules listings`` refuses
    it (:func:`~ipprules.listings.columns.refuse_link_row`: read it as lines), another line
    naming the columns named like links, or that none is."""
    from ipprules._files import CSV_DELIMITERS, other_csv
    from ipprules.listings.columns import name_the_column, refuse_link_row

    # no delimiter named: the one of most cells, as the listings' reader splits the header
    cells = text.split(delimiter or max(CSV_DELIMITERS, key=text.count))
    if links_refused:
        refuse_link_row([c.strip().strip('"') for c in cells], name, number)
    other = other_csv(cells, "urls")
    raise InputError(
        f"a CSV header needs a url column (got {quoted(text, 80)})"
        + (name_the_column(cells) if other is None else f": {other}"),
        file=name,
        line=number,
    )


def _said_csv(kind: str, plain: str) -> bool:
    """Whether the input is a CSV as ``--input csv`` or its name (``plain``, without a
    compression suffix) says: only then is a first line like a TOML or JSON document's
    refused. A pile of pasted lines (``.txt``, no name) is read whatever its first line is
    (a JavaScript object, a spider's ``start_urls = ...``), each line once."""
    return kind == "csv" or (kind == "auto" and plain.lower().endswith(".csv"))


def _plain(number: int, first: str, rest: Iterator[tuple[int, str]]) -> Iterator[PlanLine]:
    url = first.strip()
    if url and not url.startswith("#"):
        yield PlanLine(number, url)
    for number, text in rest:
        url = text.strip()
        if url and not url.startswith("#"):
            yield PlanLine(number, url)


def _another_word(column: str, planner: str) -> bool:
    """Whether a column near a planner column's name is a word of its own, not a typo: the
    same word but its first letter (``season``, ``light``: a rhyme, where typos fall inside
    words), or the planner's name with more after a separator (``target_url``).

    >>> [_another_word(c, p) for c, p in [("season", "reason"), ("light", "right"),
    ...     ("target_url", "target"), ("reasno", "reason"), ("teason", "reason")]]
    [True, True, True, False, False]
    """
    if len(column) == len(planner) and column[1:] == planner[1:]:
        return not _adjacent(column[0], planner[0])  # "teason": a slip of the finger
    return column.startswith(planner) and column[len(planner) : len(planner) + 1] in ("_", " ", "-")


_KEY_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _adjacent(a: str, b: str) -> bool:
    """Whether two characters are neighbours on a QWERTY keyboard (same or next row)."""
    where = {c: (r, i) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}
    pa, pb = where.get(a.lower()), where.get(b.lower())
    if pa is None or pb is None:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1


#: Where a cell of the record read last starts: ``(line, column)`` by the cell's index.
_Place = Callable[[int], tuple[int, int | None]]


def _columns_checked(header: list[str], name: str, place: _Place | None = None) -> tuple[str, ...]:
    """The columns of ``header`` the planner does not read (kept in the header, their cells
    ignored); a column named twice, or one that looks like a misspelt planner column
    (``reasn``, ``confidance``: its cells would be ignored and the line planned with the
    defaults), is an error, at the header cell (``place``; none for columns not read from
    a file)."""
    import difflib

    def refused(index: int, column: str, message: str) -> InputError:
        path = f"$.{column}" if column.isidentifier() else "$"
        line, at = place(index) if place else (None, None)
        return InputError(message, path=path, file=name, line=line, column=at)

    ignored = []
    for index, column in enumerate(header):
        if column in COLUMNS:
            continue
        if column_key(column) in URL_COLUMNS:  # another URL column (link beside url): not read
            ignored.append(column)
            continue
        if (
            column == "account"
            or column.startswith("account_")
            or difflib.get_close_matches(column, ("account", "accounts"), n=1, cutoff=0.8)
        ):
            raise refused(
                index,
                column,
                f"an account column ({column!r}): lines of several accounts are planned with "
                "--workers or --scheduler (ipprules.scale.plan_accounts), each for its own plan",
            )
        near = difflib.get_close_matches(column, COLUMNS, n=1, cutoff=0.75)
        if near and _another_word(column, near[0]):
            near = []
        if near or not column:
            hint = f"did you mean {near[0]!r}? " if near else ""
            if not column and index == 0:
                from ipprules._files import PANDAS_INDEX

                hint = PANDAS_INDEX + " "
            raise refused(
                index,
                column,
                f"unknown column {column!r}: {hint}(the planner reads {', '.join(COLUMNS)}; "
                "other columns are ignored, an empty or misspelt name is refused)",
            )
        ignored.append(column)
    if len(set(header)) != len(header):
        # the last cell of a name given twice (counted once: header.count a cell was
        # quadratic, minutes for a header of 400,000 cells)
        times = Counter(header)
        twice = max(i for i, c in enumerate(header) if times[c] > 1)
        line, at = place(twice) if place else (None, None)
        raise InputError(
            f"the column {header[twice]!r} is named twice", file=name, line=line, column=at
        )
    return tuple(ignored)


def _fed(
    first: str, rest: Iterator[tuple[int, str]], numbers: list[int], kept: KeptLines
) -> Iterator[str]:
    """The lines of a CSV (``first``, then ``rest``) for :func:`csv.reader`, with ``\\n``
    ends, each kept in ``kept`` (the record being read); ``numbers[0]`` follows the line
    number. They stop when a record grows past the most one may hold
    (:meth:`~ipprules._files.KeptLines.more`: csv says its quote never closes)."""
    held = kept.lines  # cleared in place (KeptLines.clear, fold), never taken
    held.append(first + "\n")
    yield first + "\n"
    for number, text in rest:
        numbers[0] = number
        line = text + "\n"
        held.append(line)
        if len(held) > 1 and kept.more(line):
            return
        yield line


def _csv(
    start: int,
    first: str,
    rest: Iterator[tuple[int, str]],
    name: str,
    delimiter: str = ",",
    on_ignored: Callable[[tuple[str, ...]], object] | None = None,
    on_elsewhere: Callable[[int, str], object] | None = None,
    rights: frozenset[str] = frozenset(),
    column: str | None = None,
) -> Iterator[PlanLine]:
    from ipprules._files import (
        HEADER_AGAIN,
        KeptLines,
        allow_large_csv_fields,
        csv_cell_at,
        csv_error_at,
        csv_problem,
        header_renamed,
        named_width,
    )

    allow_large_csv_fields()  # a cell may be as large as the file, as for iter_csv
    numbers = [start, start]  # the last line read, the first line of the record read last
    # the lines of the record read last, to place its cells: joined in pieces, and no more
    # than a record may hold (a quote never closed makes the rest of the file one record)
    kept = KeptLines()

    def place(index: int) -> tuple[int, int]:
        return csv_cell_at(kept.parts(), index, numbers[1], delimiter)

    def broken(exc: csv.Error, first: int) -> InputError:
        """The CSV error of the record begun on line ``first``, at the cell breaking it."""
        message = csv_problem(exc, numbers[0], first, kept)[0]  # worded as every reader
        line, column = csv_error_at(kept.parts(), first, delimiter) or (numbers[0], None)
        return InputError(f"not valid CSV: {message}", file=name, line=line, column=column)

    # a blank line's characters: ",," (a spreadsheet's empty row) is a row, rejected (no URL)
    blank = "".join(sorted(set(" \t\r\n") - {delimiter}))
    reader = csv.reader(_fed(first, rest, numbers, kept), strict=True, delimiter=delimiter)
    try:
        names = next(reader)
    except csv.Error as exc:
        raise broken(exc, start) from None
    header = _header(names, name, start, column)
    width = len(header)
    is_header = _header_test(names)  # the header again inside the file (two files joined)
    del header[named_width(header) :]  # a spreadsheet's empty columns after the last one
    unnamed = width - len(header)  # their cells must stay empty
    ignored = _columns_checked(header, name, place)
    if ignored and on_ignored is not None:  # a URL column beside --column's: as written
        on_ignored(tuple(c.removesuffix(" (not read)") for c in ignored))
    elsewhere = _pointer(names, header, on_elsewhere) if ignored else None
    later = elsewhere is not None and on_elsewhere is None and DEFER_POINTERS.get()
    while True:
        first_line = numbers[1] = numbers[0] + 1
        kept.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise broken(exc, first_line) from None
        if len(kept.lines) == 1 and not kept.pieces and not kept.lines[0].strip(blank):
            continue  # a blank line (spaces and tabs at most): no row, as in a list
        if is_header(row):
            raise InputError(HEADER_AGAIN, file=name, line=first_line, column=1)
        if row and row[0][:1] == names[0][:1] and (renamed := header_renamed(row, header)):
            raise InputError(renamed, file=name, line=first_line, column=1)  # a column renamed
        if len(row) > len(header):
            row = _unnamed_cut(row, len(header), unnamed, place, name)
        row, said = _fitted(row, header, name, first_line, delimiter)
        cells = dict(zip(header, row, strict=True))
        if said is None and elsewhere is not None:
            said = elsewhere(row, first_line, later)
        read = _line(cells, header, first_line, name, place, rights)
        yield read if said is None else read._replace(elsewhere=said)


def _unnamed_cut(
    row: list[str],
    width: int,
    unnamed: int,
    place: Callable[[int], tuple[int, int]],
    name: str,
) -> list[str]:
    """``row``, longer than the header's ``width`` named columns: cut to them where the cells
    past them are empty (a spreadsheet's empty columns, ``unnamed`` of them in the header);
    refused at the first cell written there when it is one of those columns (a longer row is
    left to :func:`_fitted`)."""
    from ipprules._files import unnamed_cell

    bad = unnamed_cell(row, width)
    if bad is None:
        return row[:width]  # the empty cells of those empty columns
    if len(row) <= width + unnamed:
        line, at = place(bad[0])
        raise InputError(bad[1], file=name, line=line, column=at)
    return row


def _header_test(names: list[str]) -> Callable[[list[str]], bool]:
    """Whether a record of a CSV whose header is ``names`` is that header again (``cat
    jan.csv feb.csv``), as :func:`ipprules._files.header_again` decides; a first cell longer
    than any column name, or without the first name's first word, is no header (cheap)."""
    from ipprules._files import column_name, header_again, named_width

    again = [column_name(c) for c in names[: named_width(names)]]
    longest = max(map(len, names[: len(again)])) + 8
    word = again[0].split("_")[0]
    return lambda row: (
        bool(row)
        and len(row[0]) <= longest
        and word in row[0].lower()
        and (header_again(row, again))
    )


def _fitted(
    row: list[str], header: list[str], name: str, line: int, delimiter: str = ","
) -> tuple[list[str], str | None]:
    """A record of a CSV of the column names ``header``, and what its rejection says of it:
    one of a one-column CSV is read as ``ipprules listings`` reads it (:func:`_one_column`);
    another whose number of cells is not the header's is an error at its ``line``."""
    if len(row) > 1 and len(header) == 1:  # a list of lines under a url header
        return _one_column(row, header[0])
    if len(row) != len(header):
        from ipprules._files import cells_count_message

        message = cells_count_message(header, row, delimiter)
        raise InputError(message, file=name, line=line)
    return row, None


def _one_column(row: list[str], column: str) -> tuple[list[str], str]:
    """The URL cell of a record of a one-column CSV (a list of URLs under a ``url`` header)
    that commas split into several cells (share text: ``Look at this, https://...``), read
    as ``ipprules listings`` reads it (its first cell), and what its rejection says: why,
    where the line's listing is, and the fix.

    >>> cells, said = _one_column(["Look", "https://www.aliexpress.com/item/1.html"], "url")
    >>> cells, said[:56]
    (['Look'], "the line holds 2 cells: in a CSV of the one column 'url'")
    """
    from ipprules.listings.columns import listing_elsewhere

    found = listing_elsewhere(row, 0, [column])
    where = ""
    if found is not None:  # named "column 2": the header names one column
        where = f"; {found[0].replace('column', 'cell')} holds a listing link: {found[1]}"
    said = (
        f"the line holds {len(row)} cells: in a CSV of the one column {column!r} the planner "
        f"reads the first, and a comma ends it{where} (put the line in double quotes, or "
        f"remove the header line {column!r} to read the file as a list of URLs, one a line)"
    )
    return row[:1], said


def _pointer(
    names: list[str], header: list[str], on_elsewhere: Callable[[int, str], object] | None
) -> Callable[[list[str], int, bool], str | None]:
    """What says of a row whose URL cell holds no listing while another cell does
    (:func:`ipprules.listings.columns.listing_elsewhere`) the column that holds it, its
    listing, and that the planner reads the first URL column (``names``, the header as
    written), and tells ``on_elsewhere`` of it; ``None`` for any other row. ``later``: what
    says it once the planner rejects the row (:func:`pointer_of`): made for every row, it
    costs less than looking for link-like cells in each."""
    from ipprules.listings.columns import listing_elsewhere

    at = header.index("url")
    written = [n.lstrip("\ufeff").strip() for n in names]
    option = _column_said()

    def point(row: list[str], line: int, later: bool = False) -> str | None:
        if later:
            return _pending(point, row, line)
        found = listing_elsewhere(row, at, written)
        if found is None:
            return None
        said = _elsewhere_said(*found, written[at], option)
        if on_elsewhere is not None:
            on_elsewhere(line, said)
        return said

    return point


#: True while :func:`~ipprules.planner.plan_listings` reads its lines (set by the engine): a
#: CSV row's pointer to the listing in another of its cells (:attr:`PlanLine.elsewhere`) is then
#: worked out only once the planner has rejected the row's URL (:func:`pointer_of`), not for
#: every row with another link-like cell (an image's link, a title with a dot and a slash),
#: whose URL cell would be parsed twice; a caller of :func:`read_lines` outside the planner,
#: or one given ``on_elsewhere``, gets it as the row is read.
DEFER_POINTERS: ContextVar[bool] = ContextVar("DEFER_POINTERS", default=False)


class _Pending(str):
    """The :attr:`PlanLine.elsewhere` of a CSV row read for the planner (:data:`DEFER_POINTERS`):
    what works out the pointer, said (:func:`pointer_of`) only when the row is rejected; kept
    by a line copied with ``_replace``, as the pointer itself was."""

    point: Callable[[list[str], int], str | None]
    row: list[str]
    line: int


def _pending(point: Callable[[list[str], int], str | None], row: list[str], line: int) -> str:
    """A :class:`_Pending` pointer of ``row`` (read at ``line``), to be said by ``point``."""
    pending = _Pending()
    pending.point, pending.row, pending.line = point, row, line
    return pending


def pointer_of(line: PlanLine) -> str | None:
    """The pointer of a rejected ``line`` (:attr:`PlanLine.elsewhere`), worked out now where
    its reader left it pending (:data:`DEFER_POINTERS`).

    >>> pointed = PlanLine(line=2, url="x", elsewhere="column 'link' ...")
    >>> pointer_of(pointed), pointer_of(PlanLine(line=2, url="x"))
    ("column 'link' ...", None)
    """
    said = line.elsewhere
    if type(said) is _Pending:
        return said.point(said.row, said.line)
    return said


def _elsewhere_said(column: str, url: str, first: str, option: str | None = None) -> str:
    """What a rejected line says of the listing link ``url`` in ``column`` while the planner
    read the URL column ``first`` (:attr:`PlanLine.elsewhere`, on one machine and on Dask):
    read ``column`` with ``option``, ``--column`` (a command's) or ``column=`` (a Python
    function's), by default the caller's (:func:`_column_said`).

    >>> _elsewhere_said("link", "https://x", "url", "column=")  # doctest: +ELLIPSIS
    "column 'link' of this row holds ... 'url': read 'link' with column='link')"
    """
    from ipprules.listings.columns import _shell_word

    option = _column_said() if option is None else option
    give = f"{option}{column!r}" if option.endswith("=") else f"{option} {_shell_word(column)}"
    return (
        f"column {column!r} of this row holds a listing link: {url} (the planner "
        f"reads the first URL column, {first!r}: read {column!r} with {give})"
    )


def _column_said() -> str:
    """The option a pointer (:func:`_elsewhere_said`) names: ``--column`` while a command
    runs, else ``column=`` (:func:`~ipprules._options.option_said`); worked out where the
    reader is called, as a Dask worker knows no command."""
    from ipprules._options import option_said

    return option_said("--column", "column=")


def _jsonl(
    numbered: Iterator[tuple[int, str]],
    name: str,
    on_ignored: Callable[[tuple[str, ...]], object] | None = None,
    rights: frozenset[str] = frozenset(),
    column: str | None = None,
) -> Iterator[PlanLine]:
    """The lines of a JSON Lines input, read by the reader ``ipprules listings`` reads them
    with (:func:`ipprules.listings.columns.jsonl_objects`): each object's keys are a CSV
    header (:func:`_jsonl_keys`), its values the cells (:func:`_jsonl_cells`)."""
    from ipprules.listings.columns import jsonl_objects

    known: dict[tuple[str, ...], tuple[dict[str, str], list[str]]] = {}
    said: set[str] = set()
    for number, data in jsonl_objects(numbered, name):
        keys = tuple(data)
        if keys not in known:
            if len(known) >= _KEY_SETS:  # objects of ever new keys: memory stays bounded
                known.clear()
            known[keys] = _jsonl_keys(data, name, number, column)
            fresh = [k for k in known[keys][1] if k not in said][: _IGNORED_KEYS - len(said)]
            said.update(fresh)
            if fresh and on_ignored is not None:
                on_ignored(tuple(fresh))
        columns, _ = known[keys]
        cells = _jsonl_cells(data, columns, name, number)
        try:
            line = _line(cells, list(cells), number, name, rights=rights)
        except InputError as exc:  # a bad target or confidence: said at its own key
            problem = exc.problems[0]
            key = next((k for k, c in columns.items() if f"$.{c}" == problem.path), None)
            path = problem.path if key is None else _key_path(key)
            raise InputError(problem.message, path=path, file=name, line=number) from None
        yield line


#: The key sets of JSON Lines objects whose reading is kept (then forgotten, and found again).
_KEY_SETS = 256
#: The most ignored JSON Lines keys reported (each once).
_IGNORED_KEYS = 100


def _key_path(key: str) -> str:
    """The JSON path of an object's ``key``: ``$.url``, ``$['Order Number']``."""
    return "$." + key if key.isidentifier() else f"$[{key!r}]"


def _jsonl_keys(
    data: dict[str, Any], name: str, line: int, column: str | None = None
) -> tuple[dict[str, str], list[str]]:
    """The planner's columns of an object's keys (``{key: column}``: the URL under the key
    ``ipprules listings`` reads, :func:`~ipprules.listings.columns.url_key`) and the keys
    not read; a misspelt or account key is an error at the object's line, as a CSV
    header's cell is. ``column`` names the URL key, as ``--column`` does."""
    from ipprules._options import column_option
    from ipprules.listings.columns import url_key

    with column_option("column="):  # a command's --column, else read_lines' column=
        found = url_key(data, column, name, line)
    header = _named_url([_column_name(key) for key in data], list(data).index(found), data)
    ignored = set(_columns_checked(header, name, lambda _: (line, None)))
    columns = {k: c for k, c in zip(data, header, strict=True) if c not in ignored}
    return columns, [k for k, c in zip(data, header, strict=True) if c in ignored]


def _jsonl_cells(
    data: dict[str, Any], columns: dict[str, str], name: str, line: int
) -> dict[str, str]:
    """An object's values of the planner's ``columns`` as a CSV row's cells: strings as
    they are, null as an empty cell, a confidence also as a number; any other value is an
    error naming the key (``$.url``)."""
    cells: dict[str, str] = {}
    for key, column in columns.items():
        value = data[key]
        if value is None:
            value = ""
        elif column == "confidence" and type(value) in (int, float):
            value = repr(value)  # 0.9 read as written (the shortest repr of the float)
        elif not isinstance(value, str):
            from ipprules._files import records_hint
            from ipprules.listings.columns import json_type

            expected = {"confidence": "a string or a number", "url": "a string URL"}
            if isinstance(value, list) and len(value) > 1 and column in ONE_PER_COMPLAINT:
                raise InputError(
                    f"{ONE_PER_COMPLAINT[column]}: got a list of {len(value)}; give each line "
                    "one; to file a listing under several, repeat it on a line for each",
                    path=_key_path(key),
                    file=name,
                    line=line,
                )
            raise InputError(
                f"expected {expected.get(column, 'a string')} (or null), got {json_type(value)}"
                + records_hint(data),  # pandas' to_json(): each key a column of cells by row
                path=_key_path(key),
                file=name,
                line=line,
            )
        cells[column] = value
    return cells


def _header(cells: list[str], name: str, line: int, column: str | None = None) -> list[str]:
    """The column names of a CSV header's ``cells`` (:func:`_column_name`), the URL column's
    ``url``: the one ``ipprules listings`` reads (:func:`ipprules.listings.columns.url_column`:
    ``column``, else the first cell named as one of
    :data:`~ipprules.listings.columns.URL_COLUMNS`)."""
    from ipprules._options import column_option

    written = [c.lstrip("\ufeff").strip() for c in cells]
    with column_option("column="):  # a command's --column, else read_lines' column=
        at = url_column(written, column, name, line)
    return _named_url([_column_name(c) for c in cells], at, written)


def _named_url(header: list[str], at: int, written: Iterable[str]) -> list[str]:
    """``header`` (the planner's names) with its URL column, ``at``, named ``url``, and
    another cell that name holds (``url`` beside the ``--column`` picked) named as
    ``written`` with `` (not read)``: an ignored column, not a column named twice.

    >>> _named_url(["url", "url"], 1, ["URL", "商品链接"])
    ['URL (not read)', 'url']
    """
    named = list(written)
    header = [h if h != "url" else f"{named[i]} (not read)" for i, h in enumerate(header)]
    header[at] = "url"
    return header


def _column_name(cell: str) -> str:
    """A header cell as the column it names: case, spaces and hyphens as spreadsheets write
    them (``Order Number``, ``order-number``) are the same column (``order_number``), and
    so are the names the planner's brief uses (``reason code``, ``test-purchase order``) and
    a singular ``note``."""
    from ipprules._files import column_name

    name = column_name(cell)
    return _ALIASES.get(name, name)


#: Other names of the planner's columns.
_ALIASES = {
    "reason_code": "reason",
    "test_purchase_order": "order_number",
    "test_purchase_order_number": "order_number",
    "note": "notes",
}


def _line(
    cells: dict[str, str],
    header: list[str],
    number: int,
    name: str,
    place: _Place | None = None,
    rights: frozenset[str] = frozenset(),
) -> PlanLine:
    """The line of a row's ``cells``; a bad cell is an error at its ``place`` in the file (at
    line ``number`` alone for rows not read from a file). A right cell naming exactly one of
    ``rights`` is that right, separators and all."""

    def bad(column: str, message: str) -> InputError:
        line, at = place(header.index(column)) if place else (number, None)
        return InputError(message, path=f"$.{column}", file=name, line=line, column=at)

    url = cells.get("url", "").strip()
    if not url:  # a line without its URL: rejected (listing:empty), counted like any other
        return PlanLine(line=number, url="")
    order = cells.get("order_number", "").strip()
    if _FLOAT_ORDER.fullmatch(order):  # before its comma is read as separating two
        raise bad("order_number", _float_order(order))
    for column, named in _several(cells, rights):
        hint = right_meant(cells[column], rights) if column == "right" else ""
        raise bad(
            column,
            f"{ONE_PER_COMPLAINT[column]}: the cell names {len(named)} ({', '.join(named)}); "
            "give each line one; to file a listing under several, repeat it on a line for each"
            + hint,
        )
    target: Target | None = None
    raw_target = cells.get("target", "").strip()
    if raw_target:
        try:
            target = target_named(raw_target)
        except UnknownNameError:
            raise bad("target", f"expected listing or storefront, got {raw_target!r}") from None
    confidence: Fraction | None = None
    raw_conf = cells.get("confidence", "").strip()
    if raw_conf:
        try:
            confidence = parse_confidence(raw_conf)
        except InputError as exc:
            raise bad("confidence", exc.problems[0].message) from None
    return PlanLine(
        line=number,
        url=url,
        right=cells.get("right", "").strip() or None,
        reason=cells.get("reason", "").strip() or None,
        target=target,
        confidence=confidence,
        order_number=order or None,
        notes=cells.get("notes", "").strip(),
    )


#: What separates several values in one cell (``tm_counterfeit;tm_misuse``): a semicolon, a
#: vertical bar or a comma, the separators spreadsheets use for a list in a cell.
_SEVERAL = re.compile(r"\s*[;|,]\s*")


def _several(
    cells: dict[str, str], rights: frozenset[str] = frozenset()
) -> Iterator[tuple[str, list[str]]]:
    """The cells holding several values where a complaint takes one
    (:data:`~ipprules.checks.model.ONE_PER_COMPLAINT`), with the values named; a right
    cell naming exactly one of ``rights`` (an id holding a separator) names that one.

    >>> list(_several({"reason": "tm_counterfeit; tm_misuse", "right": "tm-1"}))
    [('reason', ['tm_counterfeit', 'tm_misuse'])]
    """
    for column in ONE_PER_COMPLAINT:
        if column == "right" and rights and cells.get(column, "").strip() in rights:
            continue  # the account's own id, separators and all: exact match first
        named = _named(cells.get(column, ""))
        if len(named) > 1:
            yield column, named


def right_meant(value: str, ids: Iterable[str]) -> str:
    """What a refusal of the right ``value`` as naming several (R45) adds, wherever a right is
    given (a ``right`` cell, ``--right``, ``Settings(right=...)``): the id of the account's
    rights ``ids`` it is one slip from (an id may hold ``;``, ``|`` or ``,``), else ``""``.

    >>> right_meant("tm;cm", ["tm;cn", "pt-1"]), right_meant("x;y", ["tm;cn"])
    (" (did you mean 'tm;cn'?)", '')

    A value whose every part is one of the ids names several of the account's rights, no slip
    from one: nothing is suggested (``tm-cn;tm-cn2`` is not near ``tm-cn2``, it is both).

    >>> right_meant("tm-cn;tm-cn2", ["tm-cn", "tm-cn2"])
    ''
    """
    known = sorted(set(ids))
    if set(_named(value)) <= set(known):
        return ""
    return did_you_mean(value.strip(), known)


#: Whether a text may name several values (most cells and options hold none of these).
_SEVERAL_MARK = re.compile(r"[;|,]")


def _named(text: str) -> list[str]:
    """The values ``text`` names, split by :data:`_SEVERAL` (one, or none, where it holds no
    separator: the common case, one search, no split)."""
    if _SEVERAL_MARK.search(text) is None:
        return [text] if text.strip() else []
    return [v for v in _SEVERAL.split(text.strip()) if v]


def one_per_complaint(column: str, value: object) -> str | None:
    """Why ``value``, given where a complaint takes one ``column`` (a plan option or a
    :class:`~ipprules.planner.Settings` default), is refused when it names several (as a
    plan cell naming several is), else None.

    >>> one_per_complaint("reason", "tm_counterfeit;tm_misuse")  # doctest: +ELLIPSIS
    "one reason code per complaint (B16, R41: ...): 'tm_counterfeit;tm_misuse' names 2 ..."
    >>> one_per_complaint("reason", "tm_counterfeit") is None
    True
    """
    if not isinstance(value, str):
        return None
    named = _named(value)
    if len(named) < 2:
        return None
    shown = ", ".join(quoted(v, 40) for v in named[:5]) + (", ..." if len(named) > 5 else "")
    return (
        f"{ONE_PER_COMPLAINT[column]}: {quoted(value, 100)} names {len(named):,} ({shown}); "
        "give one"
    )


def target_named(word: object, name: str = "target") -> Target:
    """The target ``word`` names, wherever the planner takes a target (a file's ``target``
    cell, ``Settings(target=...)``, ``--target``): the rule book's
    :func:`~ipprules.rulebook.model.read_target` (``listing``, ``storefront``, "Product
    listing", "Store front"...), after refusing a ``str`` that names several targets with
    :class:`~ipprules.errors.InputError` (one target kind per complaint).

    >>> target_named("Store front"), target_named("product_listing")
    (<Target.STOREFRONT: 'storefront'>, <Target.LISTING: 'listing'>)
    >>> target_named("shop")
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: unknown target 'shop'; known: listing, ..., Store front
    """
    if isinstance(word, str) and not isinstance(word, Target):
        several = one_per_complaint("target", plain(word))
        if several is not None:
            raise InputError(several, path=name)
    return read_target(word, name)


#: An order number a spreadsheet or pandas wrote as a float in scientific notation
#: (``2.34568E+18``, ``2,34568E+18`` where the decimal mark is a comma): its digits are lost,
#: and two test purchases would share one order number.
_FLOAT_ORDER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+")


def _float_order(order: str) -> str:
    """The refusal of an order number in scientific notation.

    >>> _float_order("2.34568E+18")[:62]
    "an order number in scientific notation ('2.34568E+18'): a spre"
    """
    return (
        f"an order number in scientific notation ({quoted(order)}): a spreadsheet or pandas "
        "wrote a long number as a float and lost its digits; format the column as text (in "
        "pandas, read it with dtype=str) and export the file again"
    )
