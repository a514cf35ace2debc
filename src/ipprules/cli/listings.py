"""``ipprules listings FILE|-``: parse, canonicalise and de-duplicate pasted listing URLs.

The input is one URL per line (blank lines are skipped; share text around a link is fine),
a CSV with a header, or JSON Lines (one object a line). For a CSV or JSON Lines the URLs come
from one column: ``--column NAME``, or else the first header cell (key) named ``url``,
``urls``, ``link``, ``href``, ``listing``, ``listing_url``, ``链接`` or ``网址`` (case and
spaces ignored). A CSV's cells are split by commas, semicolons or tabs, or by what an Excel
``sep=`` line names, found as the planner finds them (:func:`ipprules._files.header_delimiter`).
The kind is taken from ``--input``, else from the file name (``.csv``, ``.jsonl``/``.ndjson``),
else from the first line: ``{`` starts JSON Lines, and a ``sep=`` line or a header line (no
``://``) that one of those delimiters splits into cells naming a URL column (or ``--column``)
starts a CSV, as does a line that is only such a name (``url``: a one-column CSV, as the
planner reads it).

Prints a table (or ``--format json`` / ``csv``) and a summary line: parsed, duplicates and
rejected by reason; line numbers are those of the file. An input holding the links of other
listings beside the one it is read as (``a b`` on one line: see
:func:`~ipprules.listings.parser.other_listings`) names them in ``others`` and is counted in
the summary: they are not read.
Exit code 0 when every input parsed, 1 when some were rejected or held other listings, 2 when
the input is unusable (a missing file, a CSV without the column, a JSON line that is not an
object...).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from ipprules._options import option_said, said_in_python
from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, add_format, refuse_glob
from ipprules.cli._others import holding_others_line
from ipprules.cli._term import progress
from ipprules.errors import InputError
from ipprules.listings import (
    Rejection,
    dedupe,
)
from ipprules.listings.bulk import BLOCK, Tally, _parse_stream
from ipprules.listings.columns import (
    URL_LISTS,
    _other_links,
    _shell_word,
    csv_dialect,
    input_kind,
    jsonl_urls,
    listing_elsewhere,
    refuse_document,
    refuse_parquet,
    url_column,
)
from ipprules.listings.table import _Rows, table_blocks

HELP = "parse, canonicalise and de-duplicate listing URLs (one per line; - for stdin)"

_CSV_FIELDS = (
    "line",
    "status",
    "platform",
    "marketplace",
    "kind",
    "id",
    "id_type",
    "canonical_url",
    "identity",
    "code",
    "reason",
    "suggestion",
    "duplicate_of",
    "others",
    "input",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="URLs one per line, a CSV or JSON Lines file, or -"
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        default=None,
        help="the CSV column or JSON Lines key holding the URLs (default: url, link...)",
    )
    parser.add_argument(
        "--input",
        choices=("auto", "lines", "csv", "jsonl"),
        default="auto",
        help="what FILE is (default: from its name, else from its first line)",
    )
    add_format(parser, "csv")
    parser.add_argument(
        "--dedupe", action="store_true", help="mark inputs that repeat an earlier listing"
    )
    parser.add_argument(
        "--derived-aliexpress-ids",
        action="store_true",
        help="with --dedupe, also merge AliExpress ids that differ by 2**51 (unverified)",
    )
    parser.add_argument(
        "--keep-parsed",
        action="store_true",
        help="with --dedupe and --workers/--scheduler: parse each URL once, not twice (faster; "
        "the workers' memory grows with the input instead of one partition)",
    )
    parser.add_argument("--out", metavar="DIR", help="with --workers/--scheduler: Parquet output")
    from ipprules.scale.cli import add_options

    add_options(parser)


def run(args: argparse.Namespace) -> int:
    from ipprules.scale.cli import run_listings, wanted

    if args.derived_aliexpress_ids and not args.dedupe:  # it changes nothing alone: say so
        raise ValueError("argument --derived-aliexpress-ids: goes with --dedupe")
    if args.keep_parsed and not (args.dedupe and wanted(args)):  # it changes nothing alone
        needs = [] if args.dedupe else ["--dedupe"]
        needs += [] if wanted(args) else ["--workers N or --scheduler"]
        raise InputError(  # before any cluster starts, as --out without the flags
            f"--keep-parsed keeps the parsed URLs in the Dask workers' memory while --dedupe "
            f"finds the duplicates: give {' and '.join(needs)}"
        )
    if args.out and not wanted(args):  # said first: the Dask path's refusals name its flags
        raise InputError("--out writes Parquet through Dask: give --workers N or --scheduler")
    if wanted(args):
        return run_listings(args)
    refuse_glob(args.file)

    # Streamed: each input is read, parsed and written out before the next is read, so memory
    # stays flat (the line of each input is kept, 8 bytes, for "same as line N").
    line_of = array("q")
    elsewhere: dict[int, _PendingRow] = {}  # rows that may hold their listing in another column

    def texts() -> Iterator[str]:
        reading = iter_urls(args.file, column=args.column, kind=args.input, elsewhere=elsewhere)
        for number, text in reading:
            line_of.append(number)
            yield text

    results: Iterable[tuple[int, Any]] = pointed(_parse_stream(texts()), line_of, elsewhere)
    if args.dedupe:
        results = dedupe(results, use_derived=args.derived_aliexpress_ids)
    counts, several, row_of = Tally(), _Several(), _Rows(line_of)
    rows: Iterable[dict[str, Any]] = (
        several.add(row_of(line_of[position], counts.add(result)))
        for position, result in progress(results, desc="listings", unit="URL")
    )
    # the first row is read before anything is written: a file refused on opening (a
    # directory, a device, a bad first line) leaves stdout empty, not half a document
    ahead = iter(rows)
    head = next(ahead, None)
    rows = ahead if head is None else itertools.chain((head,), ahead)
    if args.format == "json":
        _write_json(rows, counts, several)
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            values = {key: row.get(key) for key in _CSV_FIELDS}
            values["others"] = " ".join(row["others"])
            if any(type(value) is str and "\r" in value for value in values.values()):
                sys.stdout.write(_quoting_cr(values))
            else:
                writer.writerow(values)
        print(counts.summary().line() + several.line(), file=sys.stderr)
    else:
        _write_table(rows)
        print(counts.summary().line() + several.line())
    return EXIT_FINDINGS if counts.rejected or several.count else EXIT_OK


#: A CSV record that has another cell that could hold a link: its cells, the place of its URL
#: cell and the header (:func:`~ipprules.listings.columns.listing_elsewhere`'s arguments).
_PendingRow = tuple[list[str], int, list[str]]


def pointed(
    results: Iterable[tuple[int, Any]],
    line_of: Any,
    elsewhere: dict[int, _PendingRow],
) -> Iterator[tuple[int, Any]]:
    """``results`` with the rejection of each record whose listing another column holds
    (``elsewhere``, by line: ``line_of`` the line of each position) pointing at that
    column, and suggesting its listing: the URL column held an image's link. The other
    cells are parsed only for a record rejected (its URL cell parsed once when it is not).
    A ``not-a-url`` that is a report export's footer line (Salesforce's ``Copyright (c)
    ...``, :func:`~ipprules._files.report_footer`) says so, as the other readers say it."""
    from ipprules._files import REPORT_FOOTER, report_footer

    for position, result in results:
        if (
            type(result) is Rejection
            and result.code == "not-a-url"
            and report_footer([result.input])
        ):
            result = result._replace(message=f"{result.message}; {REPORT_FOOTER}")
        pending = elsewhere.pop(line_of[position], None) if elsewhere else None
        if pending is not None and hasattr(result, "suggestion"):
            found = listing_elsewhere(*pending)
            if found is None:
                yield position, result
                continue
            said, url = _pointing(*found, pending[2], pending[0])
            result = result._replace(message=f"{result.message}; {said}", suggestion=url)
        yield position, result


class _Several:
    """How many inputs so far hold other listings' links beside the one read."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def add(self, row: dict[str, Any]) -> dict[str, Any]:
        if row["others"]:
            self.count += 1
        return row

    def line(self) -> str:
        """What the summary line says of them (nothing when there are none)."""
        return holding_others_line(self.count)


def _quoting_cr(values: dict[str, Any]) -> str:
    """The CSV line of ``values`` with a field holding a lone CR quoted (the writer quotes
    only the characters of its line terminator, ``\\n``: unquoted, a CSV reader ends the
    row at the CR, and the row is read as two)."""
    text = io.StringIO()
    csv.DictWriter(text, fieldnames=_CSV_FIELDS, lineterminator="\r\n").writerow(values)
    return text.getvalue().removesuffix("\r\n") + "\n"


def _write_json(rows: Iterable[dict[str, Any]], counts: Tally, several: _Several) -> None:
    """``{"results": [...], "summary": {...}}`` as :func:`print_json` writes it, row by row."""
    out = sys.stdout
    out.write('{\n  "results": [')
    first = True
    for row in rows:
        text = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        out.write(("\n    " if first else ",\n    ") + text)
        first = False
    out.write("]" if first else "\n  ]")
    summary = counts.summary()
    data = summary.as_dict() | {
        "holding_others": several.count,
        "line": summary.line() + several.line(),
    }
    text = json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n  ")
    out.write(f',\n  "summary": {text}\n}}\n')


def _write_table(rows: Iterable[dict[str, Any]]) -> None:
    """The text table (:func:`ipprules.listings.table.table_blocks`), its blocks written
    :data:`~ipprules.listings.bulk.BLOCK` at a time (as many as are parsed at a time), and
    those drawn before an error is raised written before it goes on."""
    write, held = sys.stdout.write, list[str]()
    try:
        for block in table_blocks(rows):
            held.append(block)
            if len(held) >= BLOCK:
                write("\n".join(held) + "\n")
                held.clear()
    finally:
        if held:
            write("\n".join(held) + "\n")


def read_urls(path: str, *, column: str | None = None, kind: str = "auto") -> list[tuple[int, str]]:
    """``(line number, text)`` of every input in a lines, CSV or JSON Lines file (or ``-``):
    :func:`iter_urls` kept in a list.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "pile.csv").write_text("seller,URL\\nacme,https://a.example/1\\n,\\n\\n")
    >>> read_urls(str(folder / "pile.csv"))  # a record without its URL is an input too
    [(2, 'https://a.example/1'), (3, '')]
    >>> _ = (folder / "pile.jsonl").write_text('{"link": "https://a.example/2"}\\n')
    >>> read_urls(str(folder / "pile.jsonl"))
    [(1, 'https://a.example/2')]
    """
    return list(iter_urls(path, column=column, kind=kind))


def iter_urls(
    path: str,
    *,
    column: str | None = None,
    kind: str = "auto",
    elsewhere: dict[int, _PendingRow] | None = None,
) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each input in a lines, CSV or JSON Lines file (or ``-``),
    read as they are needed (the kind is decided from the first line on the first call).
    ``elsewhere``, when given, gets ``{line: (cells, URL cell's place, header)}`` for each
    CSV record with another cell that could hold a link, for :func:`pointed` to say where
    its listing is if its URL cell holds none
    (:func:`~ipprules.listings.columns.listing_elsewhere`, :func:`_pointing`). Its errors
    name the URL column's option as ``column=`` (``--column`` within ``ipprules listings``).

    >>> import pathlib, tempfile
    >>> pile = pathlib.Path(tempfile.mkdtemp()) / "pile.csv"
    >>> _ = pile.write_text("title,goods_link\\nx,https://a.example/1\\n")
    >>> list(iter_urls(str(pile)))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: ...; name it with column= (... like a link: column='goods_link')
    """
    return said_in_python(_iter_urls(path, column, kind, elsewhere))


def _iter_urls(
    path: str,
    column: str | None,
    kind: str,
    elsewhere: dict[int, _PendingRow] | None,
) -> Iterator[tuple[int, str]]:
    """:func:`iter_urls`' reading, its messages naming the option as the caller set it."""
    from ipprules._files import ReadAhead, compression_of, iter_lines, old_mac_line, source_name

    name = source_name(path)
    if kind == "auto" and path != "-":  # refused before a byte is read as text
        refuse_parquet(path, name)
    lines = iter_lines(path, gunzip=True)  # a *.gz file decompressed as it is read
    head = ReadAhead()  # blank lines kept as their numbers (a file of millions of them)
    first = None
    for number, text in lines:
        if not text.strip():
            head.blank(number)
            continue
        head.append((number, text))
        if text.strip():
            first = text
            # a file of old Mac line ends is one line: its URLs but the first were lost (the
            # planner's rule: a lone CR in a later line is read as part of that line)
            old_mac_line(text, name, number)
            break
    then = _next_filled(lines, head) if first is not None and first.strip() == "[" else None
    if kind == "auto":
        packed = compression_of(name)  # urls.csv.gz, urls.csv.bz2: a CSV
        plain = name[: -len(packed)] if packed else name
        refuse_document(plain if path != "-" else "", first, name, then)  # plan.toml given
        kind = input_kind(plain if path != "-" else "", first, column)
    every = itertools.chain(head, lines)
    if kind == "lines":
        if column is not None:
            said = option_said("--column", "column=")
            raise InputError(f"{said} needs a CSV or JSON Lines input", file=name)
        yield from ((number, text) for number, text in every if text.strip())
    elif kind == "jsonl":
        yield from jsonl_urls(every, column, name)
    else:
        yield from _csv_urls(every, column, name, elsewhere)


def _pointing(column: str, url: str, header: list[str], row: list[str]) -> tuple[str, str]:
    """What the rejection of a CSV ``row`` says of the listing link ``url`` that another of
    its cells holds (:func:`~ipprules.listings.columns.listing_elsewhere`: ``column``), and
    that link: ``--column`` only names a column of the ``header``; a cell the header does
    not name (past its columns: a comma in a line of share text) is said as such.

    >>> _pointing("link", "https://x", ["url", "link"], ["a", "b"])[0]  # doctest: +ELLIPSIS
    "column 'link' of this row holds a listing link: https://x (read that column with --colu...
    >>> _pointing("column 2", "https://x", ["url"], ["a", "b"])[0]  # doctest: +ELLIPSIS
    "cell 2 of this row holds a listing link: https://x (the header names 1 column...
    """
    if column in header and column:
        return (
            f"column {column!r} of this row holds a listing link: {url} (read that column "
            f"with --column {_shell_word(column)})"
        ), url
    cell = column.replace("column ", "cell ", 1)  # listing_elsewhere's name of an unnamed cell
    if len(row) > len(header):
        names = ", ".join(repr(h) for h in header)
        count = f"{len(header)} column{'s' if len(header) != 1 else ''}"
        return (
            f"{cell} of this row holds a listing link: {url} (the header names {count}, "
            f"{names}, and a comma ends a cell: put the line in double quotes, or read the "
            "file with --input lines, the first link of each line)"
        ), url
    return (
        f"{cell} of this row holds a listing link: {url} (the header does not name that "
        "column: name it, and read it with --column and that name)"
    ), url


def _next_filled(lines: Iterator[tuple[int, str]], head: Any) -> str | None:
    """The next line of ``lines`` that holds something (a JSON array's first element), kept
    in ``head`` with the blank lines before it, so that it is still read; None at the end."""
    for number, text in lines:
        if not text.strip():
            head.blank(number)
            continue
        head.append((number, text))
        return text
    return None


def _csv_urls(
    lines: Iterable[tuple[int, str]],
    column: str | None,
    name: str,
    elsewhere: dict[int, _PendingRow] | None = None,
) -> Iterator[tuple[int, str]]:
    # the lines come numbered 1, 2, 3... (every line, blank ones too), so the line a record
    # starts on is one more than the reader's count of lines before it (a record may span lines)
    from ipprules._files import (
        HEADER_AGAIN,
        KeptLines,
        allow_large_csv_fields,
        column_name,
        header_again,
        named_width,
    )

    allow_large_csv_fields()  # a cell as long as a line (csv's own 128 KiB limit aside)
    every = iter(lines)
    # # comment lines before the header skipped, as the planner skips them (a URL never
    # starts with #); they keep their numbers
    head, delimiter = csv_dialect(every, column, name=name, comments=True)
    kept = KeptLines()  # the record being read: no more than one may hold (MAX_RECORD)
    held = kept.lines  # cleared in place, never taken
    reader = csv.reader(_kept(itertools.chain(head, every), kept), strict=True, delimiter=delimiter)
    index: int | None = None
    header: list[str] = []
    again: list[str] = []  # the header as written, known again inside the file (cat a b)
    longest, word = 0, ""  # a first cell longer, or without word, names no column
    start = 0  # the reader's count of lines before the next record
    try:
        for row in reader:
            if kept.size:  # a record of several lines (pieces too, past FOLD of them)
                kept.clear()
            else:
                held.clear()
            at = start + 1
            start = reader.line_num
            if index is None:
                if not any(cell.strip() for cell in row):
                    continue  # blank lines before the header
                cells = [c.lstrip("\ufeff").strip() for c in row]
                index = _header_url(cells, column, name, at, itertools.chain(head, every))
                header = cells
                again = [column_name(c) for c in cells[: named_width(cells)]]
                longest = max(map(len, cells[: len(again)])) + 8
                word = again[0].split("_")[0]  # a first cell without it names no column
                continue
            if not row or (len(row) == 1 and row[0] and not row[0].strip()):
                continue  # a blank line (nothing, or white space): no record (``""`` is one)
            if len(row[0]) <= longest and word in row[0].lower() and header_again(row, again):
                raise InputError(HEADER_AGAIN, file=name, line=at, column=1)
            # a record without its URL (``acme,``; a spreadsheet's empty row ``,,``) is an
            # input all the same: parsed as the empty string, a rejection (code ``empty``)
            if elsewhere is not None and _other_links(row, index):  # said if it is rejected
                elsewhere[at] = (row, index, header)
            yield at, row[index].strip() if index < len(row) else ""
    except csv.Error as exc:
        from ipprules._files import csv_error_at, csv_problem

        message, line = csv_problem(exc, reader.line_num, start + 1, kept)
        place = csv_error_at(kept.parts(), start + 1, delimiter) or (line, None)
        raise InputError(
            f"not valid CSV: {message}", file=name, line=place[0], column=place[1]
        ) from None


#: How a message names reading a file line by line: the command's option, the argument of
#: :func:`read_urls` and :func:`iter_urls`.
_LINES = ("--input lines", "kind='lines'")


def _header_url(
    cells: list[str], column: str | None, name: str, line: int, lines: Iterable[tuple[int, str]]
) -> int:
    """The URL column's index in the header ``cells`` (:func:`url_column`). A header
    without it that is a TOML or JSON document's first line (``lines``: the file's first
    lines, numbered) is refused as such, as the planner refuses it: it said "no URL column
    in the header (columns: [account])"."""
    try:
        return url_column(cells, column, name, line)
    except InputError:
        from ipprules._files import document_in

        said = document_in(lines, URL_LISTS)
        if said is None:
            raise
        raise InputError(
            f"{said[0]}; to read it line by line, give {option_said(*_LINES)}",
            file=name,
            line=said[1],
        ) from None


def _kept(lines: Iterable[tuple[int, str]], kept: Any) -> Iterator[str]:
    """The text of each line with a ``\\n`` end, for :func:`csv.reader`, each kept in
    ``kept`` (a :class:`~ipprules._files.KeptLines`: the record being read); they stop when
    the record grows past the most one may hold (csv then says its quote never closes)."""
    held = kept.lines
    for _, text in lines:
        line = text + "\n"
        held.append(line)
        if len(held) > 1 and kept.more(line):
            return
        yield line
