"""``ipprules listings FILE|-``: parse, canonicalise and de-duplicate pasted listing URLs.

The input is one URL per line (blank lines are skipped; share text around a link is fine),
a CSV with a header, or JSON Lines (one object a line). For a CSV or JSON Lines the URLs come
from one column: ``--column NAME``, or else the first header cell (key) named ``url``,
``urls``, ``link``, ``href``, ``listing``, ``listing_url``, ``链接`` or ``网址`` (case and
spaces ignored). The kind is taken from ``--input``, else from the file name (``.csv``,
``.jsonl``/``.ndjson``), else from the first line: ``{`` starts JSON Lines, and a header line
(commas, no ``://``) that names a URL column (or ``--column``) starts a CSV.

Prints a table (or ``--format json`` / ``csv``) and a summary line: parsed, duplicates and
rejected by reason; line numbers are those of the file. Exit code 0 when every input parsed,
1 when some were rejected, 2 when the input is unusable (a missing file, a CSV without the
column, a JSON line that is not an object...).
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

import attrs

from ipprules._files import loads_json
from ipprules.cli._common import EXIT_FINDINGS, EXIT_OK, add_format, print_json, table
from ipprules.cli._term import progress
from ipprules.errors import InputError
from ipprules.listings import (
    Duplicate,
    Listing,
    Rejection,
    dedupe,
    parse_listings,
    summarize,
)

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
    "input",
)


#: Header names taken for the URL column when ``--column`` is not given (compared casefolded,
#: without spaces, dashes and underscores).
URL_COLUMNS = ("url", "urls", "link", "links", "href", "listing", "listingurl", "链接", "网址")


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
    parser.add_argument("--out", metavar="DIR", help="with --workers/--scheduler: Parquet output")
    from ipprules.scale.cli import add_options

    add_options(parser)


def run(args: argparse.Namespace) -> int:
    from ipprules.scale.cli import run_listings, wanted

    if wanted(args) or args.out:
        return run_listings(args)

    numbered = read_urls(args.file, column=args.column, kind=args.input)
    results = parse_listings(text for _, text in numbered)
    if args.dedupe:
        results = dedupe(results, use_derived=args.derived_aliexpress_ids)  # type: ignore[assignment]
    outcomes = list(progress(results, desc="listings", unit="URL", total=len(numbered)))
    line_of = [number for number, _ in numbered]
    rows = [_row(line_of[position], result, line_of) for position, result in outcomes]
    summary = summarize(outcomes)
    if args.format == "json":
        print_json({"results": rows, "summary": attrs.asdict(summary) | {"line": summary.line()}})
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: row.get(key) for key in _CSV_FIELDS})
        print(summary.line(), file=sys.stderr)
    else:
        print(
            table(
                ["line", "status", "platform", "kind", "id", "canonical URL / reason"],
                [_text_row(row) for row in rows],
            )
        )
        print(summary.line())
    return EXIT_FINDINGS if summary.rejected else EXIT_OK


def _row(line: int, result: Listing | Duplicate | Rejection, line_of: list[int]) -> dict[str, Any]:
    data = result.as_dict()
    if isinstance(result, Duplicate):
        data["duplicate_of"] = line_of[result.first]
    status = (
        "duplicate" if isinstance(result, Duplicate) else "listing" if data["ok"] else "rejected"
    )
    listing = result.listing if isinstance(result, Duplicate) else result
    if isinstance(listing, Listing):  # attributes the record schema leaves out
        data["id_type"], data["note"] = listing.id_type, listing.note
    return {"line": line, "status": status, **data}


def _text_row(row: dict[str, Any]) -> list[object]:
    status = row["status"]
    if status == "rejected":
        detail = row["reason"]
        if row.get("suggestion") and row["suggestion"] not in detail:
            detail += f" (try {row['suggestion']})"
        return [row["line"], "rejected", row["code"], None, None, detail]
    detail = row["canonical_url"]
    if status == "duplicate":
        detail = f"same as line {row['duplicate_of']}: {row['identity']}"
    elif row.get("note"):
        detail += f" (note: {row['note']})"
    return [row["line"], status, row["platform"], row["kind"], row["id"], detail]


def _key(name: str) -> str:
    return "".join(c for c in name.casefold() if c not in " -_\ufeff")


def _url_column(header: list[str], column: str | None, name: str) -> int:
    keys = [_key(h) for h in header]
    if column is not None:
        if column in header:
            return header.index(column)
        if _key(column) in keys:
            return keys.index(_key(column))
        raise InputError(
            f"no column {column!r} in the header (columns: {', '.join(header)})", file=name, line=1
        )
    for wanted in URL_COLUMNS:
        if wanted in keys:
            return keys.index(wanted)
    raise InputError(
        f"no URL column in the header (columns: {', '.join(header)}); name it with --column",
        file=name,
        line=1,
    )


def _kind(path: str, first: str | None, column: str | None) -> str:
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if suffix == "csv":
        return "csv"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if first is None:
        return "lines"
    head = first.lstrip("\ufeff").strip()
    if head.startswith("{"):
        return "jsonl"
    if "://" not in head and ("," in head or column is not None):
        cells = [_key(c) for c in next(csv.reader([head]))]
        if column is not None and (column in cells or _key(column) in cells):
            return "csv"
        if any(c in URL_COLUMNS for c in cells):
            return "csv"
    return "lines"


def read_urls(path: str, *, column: str | None = None, kind: str = "auto") -> list[tuple[int, str]]:
    """``(line number, text)`` of every input in a lines, CSV or JSON Lines file (or ``-``).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "pile.csv").write_text("seller,URL\\nacme,https://a.example/1\\n,\\n")
    >>> read_urls(str(folder / "pile.csv"))
    [(2, 'https://a.example/1')]
    >>> _ = (folder / "pile.jsonl").write_text('{"link": "https://a.example/2"}\\n')
    >>> read_urls(str(folder / "pile.jsonl"))
    [(1, 'https://a.example/2')]
    """
    from ipprules._files import iter_lines, source_name

    lines = list(iter_lines(path))
    name = source_name(path)
    if kind == "auto":
        first = next((text for _, text in lines if text.strip()), None)
        kind = _kind(name if path != "-" else "", first, column)
    if kind == "lines":
        if column is not None:
            raise InputError("--column needs a CSV or JSON Lines input", file=name)
        return [(number, text) for number, text in lines if text.strip()]
    if kind == "jsonl":
        return _jsonl_urls(lines, column, name)
    return _csv_urls(lines, column, name)


def _csv_urls(lines: list[tuple[int, str]], column: str | None, name: str) -> list[tuple[int, str]]:
    numbers = [number for number, _ in lines]
    reader = csv.reader((text + "\n" for _, text in lines), strict=True)
    out: list[tuple[int, str]] = []
    index: int | None = None
    start = 0  # index into numbers of the line the next record starts on
    try:
        for row in reader:
            at = numbers[start] if start < len(numbers) else 0
            start = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if index is None:
                index = _url_column([c.lstrip("\ufeff").strip() for c in row], column, name)
                continue
            cell = row[index].strip() if index < len(row) else ""
            if cell:
                out.append((at, cell))
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", file=name, line=reader.line_num) from None
    return out


def _jsonl_urls(
    lines: list[tuple[int, str]], column: str | None, name: str
) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for number, text in lines:
        if not text.strip():
            continue
        try:
            data = loads_json(text)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge integers...
            raise InputError(f"not valid JSON: {exc}", file=name, line=number) from None
        if not isinstance(data, dict):
            raise InputError("expected a JSON object on each line", file=name, line=number)
        keys = {_key(k): k for k in data}
        if column is not None:
            key = column if column in data else keys.get(_key(column))
        else:
            key = next((keys[k] for k in URL_COLUMNS if k in keys), None)
        if key is None:
            wanted = repr(column) if column is not None else "a URL key (url, link...)"
            raise InputError(
                f"no {wanted} in this object; name it with --column", file=name, line=number
            )
        value = data[key]
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise InputError(
                f"expected a string URL, got {type(value).__name__}",
                path=f"$.{key}",
                file=name,
                line=number,
            )
        out.append((number, value))
    return out
