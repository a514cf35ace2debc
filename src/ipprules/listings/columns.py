"""How a file of listing URLs is read: its kind (lines, CSV, JSON Lines), a CSV's delimiter
and its URL column, decided once here for ``ipprules listings`` on one machine and for the
scale-out readers (:func:`ipprules.scale.read_urls`, ``--workers``), so both read a file the
same way.

>>> from ipprules.listings.columns import csv_dialect, url_column
>>> head, delimiter = csv_dialect(iter([(1, "sep=;"), (2, "Seller;Link")]), None)
>>> head, delimiter
([(1, ''), (2, 'Seller;Link')], ';')
>>> url_column(["Seller", "Link"], None, "in.csv", 2)
1
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ipprules._args import (
    require_bool,
    require_instance,
    require_int,
    require_optional_str,
    require_str,
    require_strs,
)
from ipprules._files import (
    CSV_DELIMITERS,
    POWERSHELL_TYPE,
    ReadAhead,
    header_delimiter,
    jsonl_value,
    other_csv,
    powershell_type,
    records_hint,
    sep_line,
)
from ipprules._files import csv_dialect as header_dialect
from ipprules._options import _option, by_name, option_said
from ipprules.errors import InputError

__all__ = [
    "URL_COLUMNS",
    "column_key",
    "csv_dialect",
    "input_kind",
    "json_type",
    "jsonl_objects",
    "jsonl_urls",
    "link_named",
    "listing_elsewhere",
    "misread_as_utf8",
    "name_the_column",
    "names_column",
    "refuse_document",
    "refuse_link_row",
    "refuse_parquet",
    "starts_json_lines",
    "url_column",
    "url_key",
]

#: Header names taken for the URL column when no column is named (compared casefolded,
#: without spaces, dashes and underscores).
URL_COLUMNS = (
    "url", "urls", "link", "links", "href", "listing", "listingurl",
    "链接", "网址", "商品链接", "宝贝链接",
    # a listing's link as exports and users name it (not an image's, a shop's: not listings)
    "producturl", "productlink", "itemurl", "itemlink", "listinglink", "offerurl",
    "商品url", "产品链接",
)  # fmt: skip


def column_key(name: str) -> str:
    """A header name as it is compared: casefolded, without spaces, dashes, underscores and
    a byte order mark."""
    if type(name) is not str:  # asked for every header cell: no call for a plain str
        name = require_str(name, "name", empty=True)
    return "".join(c for c in name.casefold() if c not in " -_\ufeff")


def url_column(header: list[str], column: str | None, name: str, line: int = 1) -> int:
    """The index of the URL column in ``header`` (cells stripped): ``column`` as given,
    else by its key; with no ``column``, the first of :data:`URL_COLUMNS` the header names.
    An :class:`~ipprules.errors.InputError` naming the file and line when there is none."""
    keys = [column_key(h) for h in header]
    if column is not None:
        if column in header:
            return _once(header, header.index(column), name, line)
        if column_key(column) in keys:
            return _once(keys, keys.index(column_key(column)), name, line, header)
        raise InputError(
            f"no column {column!r} in the header (columns: {', '.join(header)})"
            + (misread_as_utf8(header, [column]) or link_named(header, _option())),
            file=name,
            line=line,
        )
    for wanted in URL_COLUMNS:
        if wanted in keys:
            return _once(keys, keys.index(wanted), name, line, header)
    if powershell_type(header):  # its dotted type name is no link
        raise InputError(POWERSHELL_TYPE, file=name, line=line)
    refuse_link_row(header, name, line)
    other = other_csv(header, "urls")  # a Good Faith history or a violations file, given here
    raise InputError(
        f"no URL column in the header (columns: {_few(header)})"
        + (_name_it(header, _option()) if other is None else f": {other}"),
        file=name,
        line=line,
    )


#: The encodings a Chinese spreadsheet writes a CSV in, whose bytes may happen to be UTF-8.
_CHINESE_CODECS = (("gb18030", "GBK (GB18030)"), ("big5", "Big5"))


def misread_as_utf8(header: Iterable[str], wanted: Iterable[str]) -> str:
    """What is added to "no column" when a cell of ``header`` is one of the ``wanted`` names
    (compared by :func:`column_key`) written in GBK or Big5, whose bytes happened to be UTF-8
    too (平台, "platform", is ``c6 bd cc a8`` in GBK: ``ƽ̨`` in UTF-8): the file
    was read as mojibake, which the message would otherwise show without a word; else ``""``.

    >>> misread_as_utf8(["平台".encode("gbk").decode("utf-8")], ["平台"])
    "; the file looks like GBK (GB18030) read as UTF-8 ('ƽ̨' is '平台'): save it as UTF-8"
    >>> misread_as_utf8(["café"], ["url", "链接"])  # UTF-8 text: no hint
    ''

    A ``header`` or ``wanted`` that is not of ``str`` cells is a :class:`TypeError`.
    """
    header = require_strs(header, "misread_as_utf8: header")
    wanted = require_strs(wanted, "misread_as_utf8: wanted")
    keys = {column_key(w) for w in wanted if not w.isascii()}
    for cell in header:
        if cell.isascii():
            continue
        for codec, label in _CHINESE_CODECS:
            try:
                text = cell.encode("utf-8").decode(codec)
            except UnicodeError:
                continue
            if column_key(text) in keys:
                meant = text.strip()
                return (
                    f"; the file looks like {label} read as UTF-8 ({cell!r} is {meant!r}): "
                    "save it as UTF-8"
                )
    return ""


def refuse_link_row(header: list[str], name: str, line: int = 1) -> None:
    """Refuse a CSV's first line ``header`` (cells stripped) when it holds links rather than
    column names: a file of links written without a header, which a CSV reader (a ``.csv``
    name, ``--input csv``) does not read as a list of URLs one a line, ``ipprules listings``
    and ``ipprules plan`` alike; the error says how to read it so (``--input lines`` in a
    command, ``kind='lines'`` in Python, a name other than ``.csv`` for the Dask readers).

    >>> refuse_link_row(["title", "price"], "in.csv")  # column names: no error
    >>> refuse_link_row(["https://item.taobao.com/item.htm?id=1"], "in.csv")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: in.csv:1: $: no URL column in the header: its line holds \
links (cell 1: https://item.taobao.com/item.htm?id=1), not column names: the file has no \
header; read it with kind='lines' (the first link of each line, a refusal suggesting a \
listing after it), or add a header naming the URL column (url, link...)
    """
    linked = _linked_cells(header)
    if linked:
        # a row of links where the header should be (a CSV written without one): a table of
        # its cells would read an image's link first (img.alicdn.com/….jpg,title,listing)
        raise InputError(
            f"no URL column in the header: its line holds links ({linked}), not column names: "
            "the file has no header; read it "
            + (_as_lines("with {}") or "as text (named other than .csv)")
            + " (the first link of each line, a refusal suggesting a listing after it), or add "
            "a header naming the URL column (url, link...)",
            file=name,
            line=line,
        )


def _few(names: list[str], most: int = 8) -> str:
    """``names`` joined by commas, cut to the first ``most`` (``..., 12 in all``).

    >>> _few(["a", "b", "c"], 2)
    'a, b, ... (3 in all)'
    """
    shown = ", ".join(names[:most])
    return shown if len(names) <= most else f"{shown}, ... ({len(names)} in all)"


def _name_it(header: list[str], option: str, what: str = "column") -> str:
    """What ends a refusal of a ``header`` that names no URL column: name it with ``option``,
    naming the columns named like links (:func:`link_named`); when none is, that no column's
    name says it holds links, and ``option`` only for one that holds them all the same
    (``what``: ``key`` for a JSON Lines object's keys).

    >>> _name_it(["title", "itemUrl"], "--column")
    '; name it with --column (itemUrl is named like a link: --column itemUrl)'
    >>> _name_it(["title", "price"], "--column")  # doctest: +ELLIPSIS
    ": no column's name says it holds links (url, link, href, 链接...); if one holds them..."
    """
    named = link_named(header, option)
    if named:
        return f"; name it with {option}{named}"
    return (
        f": no {what}'s name says it holds links (url, link, href, 链接...); if one holds them "
        f"all the same, name it with {option}"
    )


#: Parts of a header name that say its cells are links (``good_url``, ``itemUrl``,
#: ``link_item``, ``商品链接``), and parts that say they are not a listing's (an image's, a
#: shop's): a scraper's export names its columns so, and none of them is a URL column.
_LINK_PARTS = ("url", "link", "href", "链接", "网址")
_NOT_LISTING = ("img", "image", "pic", "photo", "thumb", "shop", "store", "seller")


def _as_lines(form: str) -> str:
    """``form`` (``" (or give {})"``) filled with how the caller reads a file line by line:
    ``--input lines`` in a command, ``kind='lines'`` in a Python reader that takes it;
    ``""`` in the Dask readers (``--workers``, ``column=``:
    :func:`~ipprules._options.read_by_name`), which read a file by its name and take neither.

    >>> _as_lines(" (or give {})"), _as_lines("")
    (" (or give kind='lines')", '')
    """
    if not form or by_name():
        return ""
    return form.format(option_said("--input lines", "kind='lines'"))


def name_the_column(cells: Iterable[str]) -> str:
    """The fix said by the planner (``plan``, ``read_lines``) of a header, ``cells``, that
    names no URL column: name it with the option that does, ``--column`` to a command's user
    and ``column=`` to a Python caller (:func:`~ipprules._options.option_said`), naming the
    columns named like links (:func:`link_named`) where there are.

    >>> name_the_column(["title", '"itemUrl"'])
    "; name it with column= (itemUrl is named like a link: column='itemUrl')"
    """
    header = [c.strip().strip('"') if isinstance(c, str) else c for c in cells]
    return _name_it(header, option_said("--column", "column="))


def link_named(header: Iterable[str], option: str = "--column") -> str:
    """What is added to "no URL column" for a header some of whose cells are named like
    links (``good_url``, ``itemUrl``, ``link_item``): those names, and the one to give with
    ``option`` (the first not named for an image or a shop), or ``""`` when none is.

    >>> link_named(["title", "link_item"])
    ' (link_item is named like a link: --column link_item)'
    >>> link_named(["good_url", "image_url", "shop_url"])  # doctest: +ELLIPSIS
    ' (named like links: good_url, image_url, shop_url; the listings are likely in good_url...'
    >>> link_named(["Title", "Image", "bigimg"]), link_named(["image_url"])
    ('', ' (image_url is named like a link)')

    A header that is not of ``str`` cells is a :class:`TypeError`.
    """
    header = list(header)
    if not all(isinstance(h, str) for h in header):
        raise TypeError("link_named: header must be an iterable of str")
    named = [h for h in header if any(part in column_key(h) for part in _LINK_PARTS)]
    pick = next((h for h in named if not any(w in column_key(h) for w in _NOT_LISTING)), None)
    use = ""
    if pick is not None:  # a Python keyword (column=) takes a str, an option a shell word
        use = f": {option}{pick!r}" if option.endswith("=") else f": {option} {_shell_word(pick)}"
    if len(named) == 1:
        return f" ({named[0]} is named like a link{use})"
    if not named:
        return ""
    likely = "" if pick is None else f"; the listings are likely in {pick}{use}"
    return f" (named like links: {', '.join(named)}{likely})"


def _shell_word(text: str) -> str:
    """``text`` as one word of a command line a shell reads as written: as it is when it
    holds nothing a shell treats apart, else in double quotes (``"Product URL"``: readable),
    else (a quote, ``$``, a backslash...) as :func:`shlex.quote` writes it.

    >>> _shell_word("link_item"), _shell_word("链接"), _shell_word("Product URL")
    ('link_item', '链接', '"Product URL"')
    >>> _shell_word("a$b")
    "'a$b'"
    """
    import re
    import shlex

    if text and not re.search(r"[^\w@%+=:,./-]", text):
        return text
    if not re.search(r'["\\$`!]', text):
        return f'"{text}"'
    return shlex.quote(text)


def _linked_cells(header: list[str]) -> str:
    """The header cells that hold a link (``cell 1: https://…``), cut short, or ``""``."""
    from ipprules.listings.text import first_url

    cells = [f"cell {i}: {cell[:80]}" for i, cell in enumerate(header, 1) if first_url(cell[:2048])]
    return "; ".join(cells[:3])


def _once(
    names: list[str], index: int, name: str, line: int, header: list[str] | None = None
) -> int:
    """``index``, unless another of ``names`` (header cells, or their keys) is the same: the
    URL column is then named twice, and which one holds the URLs cannot be told (the first
    was read, the other's URLs dropped in silence; ``ipprules plan`` refuses such a header)."""
    count = names.count(names[index])
    if count == 1:
        return index
    cells = names if header is None else header
    same = [cells[i] for i, n in enumerate(names) if n == names[index]]  # every clash
    raise InputError(
        f"the column {cells[index]!r} is {_named_times(same)}: which holds the URLs?",
        file=name,
        line=line,
    )


def _named_times(same: list[str]) -> str:
    """How often a name is written (``same``: each spelling met, in order), naming every
    spelling when they differ: ``named 3 times ('URL', 'url' and 'Url')``.

    >>> _named_times(["url", "url"]), _named_times(["URL", "url", "Url"])
    ('named twice', "named 3 times ('URL', 'url' and 'Url')")
    """
    times = "twice" if len(same) == 2 else f"{len(same)} times"
    said = f"{', '.join(map(repr, same[:-1]))} and {same[-1]!r}"
    return f"named {times}" + ("" if len(set(same)) == 1 else f" ({said})")


def names_column(column: str | None) -> Callable[[list[str]], bool]:
    """Whether header cells name the URL column: ``column`` (as given, or by its key), else
    one of :data:`URL_COLUMNS`."""

    def names(cells: list[str]) -> bool:
        keys = [column_key(c) for c in cells]
        if column is not None:
            return column in (c.strip() for c in cells) or column_key(column) in keys
        return any(k in URL_COLUMNS for k in keys)

    return names


def starts_json_lines(head: str) -> bool:
    """Whether a file's first non-blank line ``head`` (stripped) starts JSON Lines: a JSON
    object. A line that only starts with ``{`` (a JavaScript object literal pasted from a
    page's source, ``{ name: "…", url: "https://…" }``) starts a list of lines instead.

    >>> starts_json_lines('{"url": "https://a.example/1"}'), starts_json_lines('{ url: "x" }')
    (True, False)
    """
    if not require_str(head, "head", empty=True).startswith("{"):
        return False
    try:
        return isinstance(json.loads(head), dict)
    except RecursionError:  # an object nested too deeply: the JSON Lines reader says so
        return True
    except ValueError:
        return False


def refuse_document(plain: str, first: str | None, name: str, then: str | None = None) -> None:
    """Refuse another command's TOML or JSON document (a plan, a calendar, a lifecycle case)
    given where a list of URLs is read, which would be read line by line, every line a
    ``not-a-url``: a file whose name ``plain`` (without a compression suffix) ends in
    ``.toml``, or in ``.json`` when its first non-blank line ``first`` is a lone ``{`` (a JSON
    object written over lines). A JSON array of URLs, one a line, and JSON Lines in a
    ``.json`` file are still read. A ``.json`` file holding a JSON array of objects (a
    tracker's or a scraper's records: ``[{"url": …}, …]`` on its first line, or a lone ``[``
    then a line ``then`` that starts with ``{``) is refused too: its URLs are in a key of
    each object, which a line-by-line reading cannot tell from the other keys' lines.
    ``name`` is the file as the error names it.

    >>> refuse_document("urls.json", '[', "urls.json")  # an array of URLs: read as lines
    >>> refuse_document("plan.toml", "[account]", "plan.toml")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: plan.toml: $: a TOML document (another command's file?), \
not a list of URLs (one a line, a CSV or JSON Lines); to read it line by line all the same, \
rename it (or give kind='lines')
    """
    plain, name = require_str(plain, "plain", empty=True), require_str(name, "name", empty=True)
    first, then = (
        require_optional_str(first, "first", empty=True),
        require_optional_str(then, "then", empty=True),
    )
    suffix = plain.lower().rsplit(".", 1)[-1] if "." in plain else ""
    head = "" if first is None else first.lstrip("\ufeff").strip()
    if suffix == "json" and _records_array(head, then):
        raise InputError(
            "a JSON array of objects (records), not a list of URLs (one a line, a CSV or JSON "
            "Lines): write the records as JSON Lines, one object a line (jq -c '.[]'), or as a "
            f"CSV, and the URLs are read {_records_key(head)}; to read it line by line all the "
            f"same, rename it{_as_lines(' (or give {})')}",
            file=name,
        )
    if suffix == "json" and (head.startswith("/*") or re.fullmatch(r"//(?:\s.*)?", head)):
        raise InputError(  # VS Code's JSON with Comments; //host/path is a link, read
            "a JSON document that starts with a comment (// or /*, as VS Code's JSON with "
            "Comments allows: JSON has none), not a list of URLs (one a line, a CSV or JSON "
            "Lines): delete the comments; to read it line by line all the same, rename it"
            + _as_lines(" (or give {})"),
            file=name,
        )
    if suffix == "toml" or (suffix == "json" and head == "{"):
        raise InputError(
            f"a {suffix.upper()} document (another command's file?), not a list of URLs (one "
            "a line, a CSV or JSON Lines); to read it line by line all the same, rename it"
            + _as_lines(" (or give {})"),
            file=name,
        )


def _records_key(head: str) -> str:
    """Where the refusal of a JSON array of records (its first line ``head``, stripped) says
    the URLs are read from: the first record's key named as a URL column (``url``, ``link``,
    ``商品链接``...) when it has one; else the key the column option names, and the keys
    named like links (:func:`link_named`), or that none of them is; when the first record
    is not on that line, the URL key by its names.

    >>> _records_key('[{"title": "a", "Link": "https://a.example/1"}]')
    'from their Link key'
    >>> _records_key('[{"title": "a", "price": 1}]')
    'from the key column= names: no key of the first record says it holds links (title, price)'
    >>> _records_key("[")
    'from their URL key (url, link...) or the key column= names'

    (A command says ``--column``.)
    """
    first: object = None
    with contextlib.suppress(ValueError, RecursionError):  # cut short, or no JSON
        first = json.JSONDecoder().raw_decode(head[1:].lstrip())[0]
    option = option_said("--column", "column=")
    if not isinstance(first, dict):
        return f"from their URL key (url, link...) or the key {option} names"
    keys = {column_key(k): k for k in reversed(first)}  # the first key of a spelling
    found = next((keys[k] for k in URL_COLUMNS if k in keys), None)
    if found is not None:
        return f"from their {found} key"
    named = link_named(list(first), option)
    if named:
        return f"from the key {option} names{named}"
    return (
        f"from the key {option} names: no key of the first record says it holds links "
        f"({_few(list(first))})"
    )


def _records_array(head: str, then: str | None) -> bool:
    """Whether a JSON file's first line ``head`` (stripped) and next non-blank line ``then``
    start an array of objects: ``[{`` (or ``[ {``) on one line, or ``[`` then ``{``."""
    rest = head[1:].lstrip()
    if head[:1] != "[":
        return False
    if rest:
        return rest[:1] == "{"
    return then is not None and then.strip()[:1] == "{"


#: What ``ipprules listings`` and the planner read, as their refusal of another command's
#: document names it ("looks like a TOML document ...; ... a list of URLs ...").
URL_LISTS = "a list of URLs (one a line, a CSV or JSON Lines)"


def json_type(value: object) -> str:
    """What a JSON value is, in JSON's words (the readers' ``expected a string URL (or null),
    got a number``).

    >>> json_type(12345), json_type([]), json_type(True)
    ('a number', 'an array', 'a boolean')
    """
    kinds = {bool: "a boolean", int: "a number", float: "a number", list: "an array"}
    return kinds.get(type(value), "an object")


#: How a Parquet-named file's refusal names the kinds one machine reads: the command's
#: option, the Python readers' argument (``planner.read_lines``, ``cli.listings.read_urls``).
_KINDS = ("--input lines, csv or jsonl", "kind='lines', 'csv' or 'jsonl'")


def refuse_parquet(path: str, name: str) -> None:
    """Refuse the file ``path`` when its name (without a compression suffix) ends in
    ``.parquet`` or ``.pq``, where one machine reads a list of URLs (``ipprules listings``,
    the planner, when the kind is not given): only the Dask readers read Parquet, as they
    read every file so named, and a junk, empty or text file so named was read as text (0
    inputs, or "NUL byte"). A path that is no regular file is left to the reader, which names
    what it is. ``name`` is the file as the error names it.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "urls.parquet").write_bytes(b"")
    >>> refuse_parquet(str(folder / "urls.csv"), "urls.csv")
    >>> refuse_parquet(str(folder / "urls.parquet"), "urls.parquet")
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: urls.parquet: $: named as a Parquet file; the Dask readers \
read Parquet (--workers or --scheduler, ipprules.scale), one machine reads text, CSV or \
JSON Lines: export it as CSV (a text file so named: give kind='lines', 'csv' or 'jsonl')

    (The command says ``give --input lines, csv or jsonl``.)
    """
    import os

    from ipprules._files import compression_of

    packed = compression_of(require_str(path, "path", empty=True))
    plain = path[: -len(packed)] if packed else path
    if plain.lower().endswith((".parquet", ".pq")) and os.path.isfile(path):
        raise InputError(
            "named as a Parquet file; the Dask readers read Parquet (--workers or --scheduler, "
            "ipprules.scale), one machine reads text, CSV or JSON Lines: export it as CSV (a "
            f"text file so named: give {option_said(*_KINDS)})",
            file=name,
        )


def listing_elsewhere(row: list[str], index: int, header: list[str]) -> tuple[str, str] | None:
    """``(column, canonical URL)`` of the first other cell of a CSV ``row`` that holds a
    listing link when its URL cell ``row[index]`` holds none (an image's link in ``url``, the
    listing's in ``link`` or ``商品链接``), the column named by the ``header`` cell above it;
    ``None`` otherwise. Only a row with another cell that could be a link (a dot and a
    slash) has its cells parsed here, so a CSV of one link a row costs nothing more.

    >>> header = ["title", "url", "link"]
    >>> row = ["shoe", "https://img.alicdn.com/i1/x.jpg", "https://detail.1688.com/offer/6000001.html"]
    >>> listing_elsewhere(row, 1, header)
    ('link', 'https://detail.1688.com/offer/6000001.html')
    >>> listing_elsewhere(["shoe", row[2], row[1]], 1, header) is None  # the URL cell is one
    True
    """
    from ipprules.listings import parse_listing
    from ipprules.listings.model import Rejection

    if type(index) is not int:  # asked of every CSV row: no call for a plain int
        index = require_int(index, "index")
    if type(row) is not list or type(header) is not list:
        row, header = _cells(row, "row"), _cells(header, "header")
    try:
        others = _other_links(row, index)
    except (TypeError, AttributeError):  # a cell that is no str: found only when it fails
        raise _not_cells(row, "row") from None
    own = row[index] if index < len(row) else ""
    if not others or not isinstance(parse_listing(own), Rejection):
        return None
    for at, cell in others:
        found = parse_listing(cell)
        if not isinstance(found, Rejection):
            name = header[at] if at < len(header) and header[at] else f"column {at + 1}"
            if type(name) is not str:  # a str subclass is read as its characters
                name = require_str(name, f"header[{at}]", empty=True)
            return name, found.canonical_url
    return None


def _cells(cells: object, name: str) -> list[str]:
    """``cells`` (a CSV row or header) as a list, else a TypeError naming ``name``."""
    if isinstance(cells, str | bytes) or not isinstance(cells, list | tuple):
        raise TypeError(f"{name} must be a list of str cells, got {type(cells).__name__}")
    return list(cells)


def _not_cells(cells: list[Any], name: str) -> TypeError:
    """The TypeError for a ``row``/``header`` with a cell that is no str, naming its place."""
    at = next((at for at, cell in enumerate(cells) if not isinstance(cell, str)), 0)
    return TypeError(f"{name}[{at}] must be a str, got {type(cells[at]).__name__}")


def _other_links(row: list[str], index: int) -> list[tuple[int, str]]:
    """The cells of ``row`` but its URL cell ``row[index]`` that could hold a link (a dot and
    a slash), by place, stripped: those :func:`listing_elsewhere` parses (none: it says
    ``None`` without parsing a cell).

    >>> _other_links(["https://img.alicdn.com/x.jpg", "shoe", "a.cn/1"], 0)
    [(2, 'a.cn/1')]
    """
    return [
        (at, cell.strip())
        for at, cell in enumerate(row)
        if at != index and "." in cell and "/" in cell and len(cell) <= 8192
    ]


def input_kind(path: str, first: str | None, column: str | None) -> str:
    """``csv``, ``jsonl`` or ``lines``: from the file name (``.csv``, ``.jsonl``,
    ``.ndjson``), else from its first non-blank line ``first``: a JSON object starts JSON
    Lines (:func:`starts_json_lines`), and
    a ``sep=`` line or a header line (no ``://``) that one of :data:`CSV_DELIMITERS` splits
    into cells naming the URL column starts a CSV, as does a line that is only such a name
    (``url``, ``Link``, ``链接``: a one-column CSV, read so by the planner too).

    >>> input_kind("-", "URL", None), input_kind("-", "链接", None), input_kind("-", "a.cn", None)
    ('csv', 'csv', 'lines')
    """
    path, first = (
        require_str(path, "path", empty=True),
        require_optional_str(first, "first", empty=True),
    )
    column = require_optional_str(column, "column", empty=True)
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if suffix in ("csv", "tsv"):  # a .tsv: Google Sheets' tab-separated export
        return "csv"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if first is None:
        return "lines"
    head = first.lstrip("\ufeff").strip()
    if starts_json_lines(head):
        return "jsonl"
    if sep_line(first) is not None:  # Excel's sep=; line: never a URL
        return "csv"
    delimited = column is not None or any(d in head for d in CSV_DELIMITERS)
    delimited = delimited or column_key(head.strip('"')) in URL_COLUMNS  # a one-column header
    if "://" not in head and delimited and header_delimiter(head, names_column(column)):
        return "csv"
    return "csv" if looks_like_header(head) else "lines"  # refused as ``plan`` refuses it


def looks_like_header(text: str) -> bool:
    """Whether a first line ``text`` is a line of several cells (split by ``, ; tab``) none
    of which could be a URL (no dot, no slash): a spreadsheet's header naming no URL column
    (a ``.txt`` or ``.tsv`` export), refused naming its columns, not a URL to reject.

    >>> looks_like_header("Order Date\\tOrder ID\\tProduct Url"), looks_like_header("a.cn, b.cn")
    (True, False)
    >>> looks_like_header(","), looks_like_header("url;")  # no two cells named
    (False, False)
    """
    cells = re.split(r"[,;\t]", text)
    named = sum(1 for c in cells if c.strip())  # a line of delimiters only (",") names none
    return named > 1 and not any("." in c or "/" in c for c in cells)


def csv_dialect(
    lines: Iterator[tuple[int, str]],
    column: str | None,
    *,
    name: str = "",
    comments: bool = False,
) -> tuple[ReadAhead, str]:
    """The first lines of a CSV, up to its header (an Excel ``sep=`` line before it made
    blank; with ``comments``, ``#`` comment lines too, as the planner skips them, but for
    PowerShell's ``#TYPE`` line 1, left to be refused as the header), and its delimiter,
    found as the planner finds it: the one a ``sep=`` line names, else the first of
    ``, ; tab`` that makes the header name the URL column, else the one that splits it into
    most cells (the error then lists them). A ``sep=`` line that does not fit the header
    (:func:`ipprules._files.sep_contradicted`) is an :class:`~ipprules.errors.InputError` at
    its line, naming the file ``name``.

    >>> head, delimiter = csv_dialect(iter([(1, "# export"), (2, "url")]), None, comments=True)
    >>> list(head)
    [(1, ''), (2, 'url')]
    """
    return header_dialect(
        _checked(_pairs(lines)),
        names_column(require_optional_str(column, "column", empty=True)),
        name=require_str(name, "name", empty=True),
        comments=require_bool(comments, "comments"),
    )


def _pairs(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """``lines``, numbered lines, as an iterator: a str, bytes or a non-iterable is a
    TypeError (a str was read a character at a time, each character no pair)."""
    if isinstance(lines, str | bytes) or not isinstance(lines, Iterable):
        raise TypeError(
            f"lines must be an iterable of (line, text) pairs, got {type(lines).__name__}"
        )
    return iter(lines)


def _checked(lines: Iterator[Any]) -> Iterator[tuple[int, str]]:
    """``lines`` with each item checked to be a ``(line, text)`` pair: only for the few
    lines :func:`csv_dialect` reads up to a header."""
    for at, item in enumerate(lines):
        if not isinstance(item, tuple | list) or len(item) != 2 or not isinstance(item[1], str):
            raise _not_pair(at, item)
        yield item[0], item[1]


def _not_pair(at: int, item: object) -> TypeError:
    """The TypeError for the item at place ``at`` of ``lines`` that is no (line, text) pair."""
    return TypeError(f"lines[{at}] must be a (line, text) pair, got {type(item).__name__}")


def jsonl_objects(
    lines: Iterable[tuple[int, str]], name: str
) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line, object)`` for each numbered non-blank line of a JSON Lines file: the one JSON
    reader of ``ipprules listings`` and the planner. A line that is not valid JSON, or not an
    object, is an :class:`~ipprules.errors.InputError` naming the file ``name`` and the line.

    >>> list(jsonl_objects([(1, '{"url": "x"}'), (2, " ")], "in.jsonl"))
    [(1, {'url': 'x'})]
    """
    lines, name = _pairs(lines), require_str(name, "name", empty=True)
    first = True
    for at, item in enumerate(lines):
        try:
            number, text = item
            blank = not text.strip()
        except (TypeError, ValueError, AttributeError):  # no (line, text) pair: checked only here
            raise _not_pair(at, item) from None
        if blank:
            continue
        data = jsonl_value(text, name, number, first=first)  # as a history's line is read
        if not isinstance(data, dict):
            said = "expected a JSON object on each line" + records_hint(data)
            raise InputError(said, file=name, line=number)
        first = False
        yield number, data


def url_key(data: dict[str, Any], column: str | None, name: str, line: int) -> str:
    """The key of a JSON Lines object ``data`` that holds its URL: ``column`` (as given, or
    by its key), else the first key named as one of :data:`URL_COLUMNS`; an
    :class:`~ipprules.errors.InputError` naming the file and line when there is none, or
    when two keys are that name spelt two ways (``url`` and ``URL``: which holds the URL
    cannot be told, as for a CSV header naming its URL column twice)."""
    if type(data) is not dict:  # asked of every line: no call for a dict
        data = require_instance(data, dict, "data")
    if column is not None and type(column) is not str:
        column = require_str(column, "column", empty=True)
    keys = {column_key(k): k for k in data}
    if column is not None:
        key = column if column in data else keys.get(column_key(column))
    else:
        key = next((keys[k] for k in URL_COLUMNS if k in keys), None)
    if key is None:  # the object's keys said as a CSV header's columns are
        shown = f"keys: {_few(list(data))}" if data else "no keys"
        if column is not None:
            said = f"no key {column!r} in this object ({shown}); name it with {_option()}"
        else:
            said = f"no URL key (url, link...) in this object ({shown})"
            said += records_hint(data) or (
                _name_it(list(data), _option(), "key") if data else f"; name it with {_option()}"
            )
        raise InputError(said, file=name, line=line)
    if len(keys) < len(data) and key != column:  # two keys of one spelling (url and URL)
        same = [k for k in data if column_key(k) == column_key(key)]
        if len(same) > 1:  # the last was read, the other's URL dropped in silence
            raise InputError(  # every spelling, as a CSV header's clash is said
                f"the key {same[0]!r} is {_named_times(same)}: which holds the URL?",
                file=name,
                line=line,
            )
    return key


def jsonl_urls(
    lines: Iterable[tuple[int, str]], column: str | None, name: str
) -> Iterator[tuple[int, str]]:
    """``(line, URL)`` for each numbered line of a JSON Lines file that holds one: the value
    of ``column`` (as given, or by its key), else of the first key named as one of
    :data:`URL_COLUMNS` (:func:`url_key`); blank lines are skipped, and an object whose URL is
    null (pandas writes its NaN so) or empty is an input all the same, ``""`` (rejected as
    ``empty``, as a CSV record without its URL is). A line that is not a JSON object holding
    a string there is an :class:`~ipprules.errors.InputError` naming the file ``name`` and
    the line.

    >>> lines = [(1, '{"Link": "https://a.example/1"}'), (2, ""), (3, '{"url": null}')]
    >>> list(jsonl_urls(lines, None, "in.jsonl"))
    [(1, 'https://a.example/1'), (3, '')]
    """
    column = require_optional_str(column, "column", empty=True)
    for number, data in jsonl_objects(lines, name):
        key = url_key(data, column, name, number)
        value = data[key]
        if value is None:
            yield number, ""
            continue
        if not isinstance(value, str):
            raise InputError(
                f"expected a string URL (or null), got {json_type(value)}" + records_hint(data),
                path=f"$.{key}",
                file=name,
                line=number,
            )
        yield number, value
