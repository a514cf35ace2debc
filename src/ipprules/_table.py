"""Plain-text tables and terminal-safe text: what the results' ``text()`` and the command line
draw with (a base module: the engines' renderers and :mod:`ipprules.cli` both import it).

>>> print(table(["id", "max"], [["portal", 300], ["standalone_form", 10]]))
id               max
---------------  ---
portal           300
standalone_form  10
>>> display_width("abc"), display_width("淘宝")
(3, 4)
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ipprules.errors import bounded_text

__all__ = [
    "char_width",
    "display_width",
    "entry_html",
    "reading_label",
    "shown",
    "shown_html",
    "table",
    "table_row",
]


def char_width(char: str) -> int:
    """The terminal columns of one character: 0 (combining), 2 (wide CJK) or 1."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes (wide CJK characters count two)."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table with aligned columns (a header, a ``---  ---`` line, the rows)."""
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], display_width(c))
    lines = [_row(headers, widths)]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(_row(row, widths) for row in cells)
    return "\n".join(lines)


def table_row(row: Sequence[object], widths: Sequence[int]) -> str:
    """One more line of a :func:`table` whose column widths are ``widths``."""
    return _row([_cell(c) for c in row], widths)


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    """One table line, padded by display width so wide CJK text stays aligned."""
    padded = (c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True))
    return "  ".join(padded).rstrip()


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple | list):
        return ", ".join(_cell(v) for v in value) or "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return shown(str(value))


#: The most characters of a rule book's name a heading shows (:func:`reading_label`).
NAME_LIMIT = 200

#: The character categories :func:`shown` escapes: control, format, line and paragraph
#: separators, surrogates.
_ESCAPED = frozenset(("Cc", "Cf", "Zl", "Zp", "Cs"))


def reading_label(rulebook: str | None, interpretation: str) -> str:
    """How every text output names the rule book and the reading (interpretation) it answers
    under: one style for every command's heading, so a reader finds both in the same words
    (a result built by hand without its rule book's label names the reading alone).

    >>> reading_label("ipprules embedded rule book 2026.11.23", "brief")
    'ipprules embedded rule book 2026.11.23 · interpretation brief'
    >>> reading_label("", "official")
    'interpretation official'

    A user's rule book may be named anything: its control characters are shown escaped
    (:func:`shown`), as every text view shows a user's text.

    >>> reading_label("ours\\x1b[2J", "brief")
    'ours\\\\x1b[2J · interpretation brief'

    A name longer than :data:`NAME_LIMIT` characters is cut as the messages cut a value
    (:func:`ipprules.errors.bounded_text`): a heading stays one readable line.

    >>> len(reading_label("x" * 100_000, "brief")) < 250
    True
    """
    named = f"interpretation {shown(interpretation)}"
    return f"{shown(bounded_text(rulebook, NAME_LIMIT))} · {named}" if rulebook else named


def filed_note_lines(notes: Iterable[str], differ: Mapping[str, Iterable[str]]) -> list[str]:
    """The lines under a table that say a marketplace is answered as the platform it is
    filed as (B1) and the readings that file it otherwise, as ``deadline``, ``lifecycle``
    and ``counter-notice`` print them (none without a note).

    >>> filed_note_lines(["Xianyu is filed as taobao"], {"marketplace xianyu": ["official"]})
    ['note: Xianyu is filed as taobao', '  marketplace xianyu: differs under official']
    >>> filed_note_lines([], {"marketplace xianyu": ["official"]})
    []
    """
    lines = [f"note: {shown(note)}" for note in notes]
    if lines:
        said = [f"  {key}: differs under {', '.join(names)}" for key, names in differ.items()]
        lines += [shown(line) for line in said]
    return lines


def shown(text: str) -> str:
    """``text`` safe for a terminal: control and format characters (escape sequences that
    clear the screen or set the title, bidi overrides...), the line and paragraph separators
    (U+2028, U+2029: a table row split in two) and lone surrogates written as ``\\x1b``,
    ``\\u202e``, ``\\u2028``.

    >>> shown("a\\x1b[2Jb\\u202ec"), shown("x\\u2028y")
    ('a\\\\x1b[2Jb\\\\u202ec', 'x\\\\u2028y')
    """
    if text.isprintable():
        return text
    return "".join(
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        if unicodedata.category(c) in _ESCAPED
        else c
        for c in text
    )


def shown_lines(text: str) -> str:
    """``text`` of many lines with each line :func:`shown`: a text view's user text (a
    name, a note, a rule book's label) cannot move the cursor or reorder what a terminal
    shows, and the view keeps its line breaks.

    >>> shown_lines("note: a\\x1b[2J\\nnext \\u202eline")
    'note: a\\\\x1b[2J\\nnext \\\\u202eline'
    """
    return "\n".join(shown(line) for line in text.split("\n"))


def shown_html(text: str) -> str:
    """``text`` for a notebook's HTML: its control and format characters shown escaped as a
    text view shows them (:func:`shown_lines`: an escape sequence or a bidi override cannot
    reorder what a cell shows; line breaks kept), then HTML-escaped (quotes too, so the text
    may sit in an attribute).

    >>> shown_html("<b>a\\u202eb</b>\\n\\x1b[2J")
    '&lt;b&gt;a\\\\u202eb&lt;/b&gt;\\n\\\\x1b[2J'
    """
    import html

    return html.escape(shown_lines(text))


def entry_html(entry: dict[str, Any]) -> str:
    """A notebook's view of an entry's :meth:`to_dict` (every value HTML-escaped): its code,
    severity and title, what it means, how to fix it, its rules and sources.

    >>> import ipprules
    >>> entry_html(ipprules.explain("plan-empty").to_dict())[:65]
    '<div><p><strong><code>plan-empty</code></strong> (info): the plan'
    """
    e = shown_html
    cited = "".join(
        f"<br><small>{label}: {e(', '.join(entry[key]))}</small>"
        for label, key in (("Rules", "rules"), ("Sources", "sources"))
        if entry.get(key)
    )
    return (
        f"<div><p><strong><code>{e(entry['code'])}</code></strong> ({e(entry['severity'])}): "
        f"{e(entry['title'])}</p><p>{e(str(entry['explanation']))}</p>"
        f"<p><em>How to fix:</em> {e(str(entry['fix']))}{cited}</p></div>"
    )
