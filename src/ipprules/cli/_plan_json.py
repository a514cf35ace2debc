"""``ipprules plan --format json``'s ``lines``, streamed: every line's outcome is written down
as the planner hands it over (rejected and duplicate lines as they are read, planned lines
once their complaint is made), in a temporary file once past :data:`SPOOL_MEMORY`
characters, and the array is written in input order after the counts and complaints that come
before it in the document. Memory follows the complaints (the planned lines, which come back
after the lines read past them, are held until the end), not the lines: a file of junk lines
is never held at once.

Each element is encoded by the C encoder on one line, its items parted by ``",\\x1f"`` (a raw
control character never occurs in JSON text: the encoder escapes it), and indented by
replacing that separator: the same text ``json.dumps(..., indent=2)`` gives, at a fraction of
the pure-Python indenting encoder's cost.
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Iterator
from typing import Any

from ipprules.cli._common import _default

#: Characters of spooled lines held in memory before the spool moves to a temporary file.
SPOOL_MEMORY = 1 << 24

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",\x1f", ": "), default=_default).encode
_ITEM = "\n      "  # an element's item: a list element of a key of the document
_CHUNK = 1 << 16


def element(outcome: Any) -> str:
    """One line's outcome as indented JSON, at the depth of an element of ``lines``.

    >>> from ipprules.planner import LineOutcome, Status
    >>> outcome = LineOutcome(3, "a, b", Status.REJECTED, None, "listing:not-a-url", None,
    ...                       "x\\ny", None)
    >>> text = element(outcome)
    >>> text == json.dumps(outcome.as_dict(), indent=2, ensure_ascii=False).replace(
    ...     "\\n", "\\n    ")
    True
    """
    return "{" + _ITEM + _ENCODE(outcome.as_dict())[1:-1].replace("\x1f", _ITEM) + "\n    }"


class LineSpool:
    """The ``reconcile`` callable of a ``plan --format json`` run: it writes each outcome
    down, and :meth:`pieces` gives them back in input order, as ``write_json`` takes them.

    >>> from ipprules.planner import LineOutcome, Status
    >>> spool = LineSpool()
    >>> for n in (1, 3, 2):
    ...     spool(LineOutcome(n, "u", Status.DUPLICATE, None, None, 1, None, None))
    >>> [o["line"] for o in json.loads("[" + "".join(spool.pieces()) + "]")]
    [1, 2, 3]
    >>> spool.close()
    """

    def __init__(self) -> None:
        # closed by close(): the spool lives as long as the command writes
        self.file = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            SPOOL_MEMORY, "w+", encoding="utf-8", newline="\n"
        )
        self.last = 0  # the line of the last outcome spooled: the spool is in input order
        self.held: list[Any] = []  # outcomes of lines before it (planned lines): in memory

    def __call__(self, outcome: Any) -> None:
        line = outcome[0]
        if line > self.last:
            self.last = line
            self.file.write(f"{line}\t{_ENCODE(outcome.as_dict())}\n")
        else:
            self.held.append(outcome)

    def pieces(self) -> Iterator[str]:
        """The elements' indented text in input order (the spooled lines merged with the held
        ones), joined into pieces of about 64 KiB."""
        self.file.seek(0)
        self.held.sort(key=lambda outcome: outcome[0])
        held = ((o[0], element(o)) for o in self.held)
        merged = heapq.merge(_spooled(self.file), held, key=lambda pair: pair[0])
        buffer: list[str] = []
        size = 0
        for n, (_line, text) in enumerate(merged):
            buffer.append(("\n    " if n == 0 else ",\n    ") + text)
            size += len(text)
            if size >= _CHUNK:
                yield "".join(buffer)
                buffer.clear()
                size = 0
        if buffer:
            yield "".join(buffer)

    def close(self) -> None:
        """Let the temporary file go."""
        self.file.close()


def _spooled(file: Any) -> Iterator[tuple[int, str]]:
    """The spooled outcomes: each line's number and indented text."""
    for record in file:
        line, _, body = record[:-1].partition("\t")
        yield int(line), "{" + _ITEM + body[1:-1].replace("\x1f", _ITEM) + "\n    }"
