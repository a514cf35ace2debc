"""Reading user files (JSON or TOML) with errors that name the file, line and JSON path.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "bad.json").write_text('{"a": [1,\\n  2,\\n  "x"]}')
22
>>> doc = read_document(folder / "bad.json")
>>> doc.data
{'a': [1, 2, 'x']}
>>> doc.locate("$.a[2]")
(3, 3)
>>> (folder / "broken.json").write_text('{"a": [1,\\n 2,,]}')
16
>>> read_document(folder / "broken.json")
Traceback (most recent call last):
...
ipprules.errors.InputError: .../broken.json:2:4: $: not valid JSON: Expecting value
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any, TypeVar

import attrs

from ipprules._convert import structure
from ipprules.errors import InputError

__all__ = ["Document", "read_document", "structure_document"]

T = TypeVar("T")

_MAX_BYTES = 64 * 1024 * 1024


@attrs.frozen
class Document:
    """A parsed JSON or TOML file: its data and a way to find the line of a JSON path."""

    name: str
    text: str
    data: Any
    format: str

    def locate(self, path: str) -> tuple[int, int] | None:
        """``(line, column)`` of the value at a JSON path, when it can be found."""
        parts = _split_path(path)
        if parts is None:
            return None
        if self.format == "json":
            offset = _json_offset(self.text, parts)
            if offset is None:
                return None
            return _line_col(self.text, offset)
        return _toml_line(self.text, parts)


def read_document(path: str | Path, *, error: type[InputError] = InputError) -> Document:
    """Read a ``.json`` or ``.toml`` file (by its suffix; JSON otherwise)."""
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise error(f"cannot read the file: {exc.strerror or exc}", file=name) from None
    if len(raw) > _MAX_BYTES:
        raise error(f"file larger than {_MAX_BYTES // (1024 * 1024)} MiB", file=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        raise error("not UTF-8 text", file=name, line=line, column=col) from None
    return parse_document(
        text, name, "toml" if p.suffix.lower() == ".toml" else "json", error=error
    )


def parse_document(
    text: str, name: str, fmt: str, *, error: type[InputError] = InputError
) -> Document:
    """Parse text already read; ``fmt`` is ``"json"`` or ``"toml"``."""
    if fmt == "toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line, col = _toml_error_position(str(exc))
            message = str(exc).split(" (at ")[0]
            raise error(f"not valid TOML: {message}", file=name, line=line, column=col) from None
    else:
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            raise error(
                f"not valid JSON: {exc.msg}", file=name, line=exc.lineno, column=exc.colno
            ) from None
        except ValueError as exc:
            raise error(f"not valid JSON: {exc}", file=name) from None
        except RecursionError:
            raise error("not valid JSON: nested too deeply", file=name) from None
    return Document(name=name, text=text, data=data, format=fmt)


def structure_document(
    doc: Document, cls: type[T], *, error: type[InputError] = InputError, path: str = "$"
) -> T:
    """Structure a document's data strictly into ``cls``; errors carry file, line and path."""
    return structure(doc.data, cls, file=doc.name, locate=doc.locate, path=path, error=error)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _toml_error_position(message: str) -> tuple[int | None, int | None]:
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if m:
        return int(m.group(1)), int(m.group(2))
    return None, None


_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_\-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")


def _split_path(path: str) -> list[str | int] | None:
    if not path.startswith("$"):
        return None
    parts: list[str | int] = []
    pos = 1
    while pos < len(path):
        m = _PART.match(path, pos)
        if m is None:
            return None
        if m.group(1) is not None:
            parts.append(m.group(1))
        elif m.group(2) is not None:
            parts.append(int(m.group(2)))
        else:
            parts.append(m.group(3))
        pos = m.end()
    return parts


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009 - untyped in typeshed


def _json_offset(text: str, parts: list[str | int]) -> int | None:
    """Offset of the value at ``parts`` in JSON text (the text is known to be valid JSON)."""
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    for part in parts:
        if pos >= len(text):
            return None
        ch = text[pos]
        if ch == "{" and isinstance(part, str):
            found = _json_object_member(text, pos, part)
        elif ch == "[" and isinstance(part, int):
            found = _json_array_item(text, pos, part)
        else:
            return None
        if found is None:
            return None
        pos = found
    return pos


def _skip_value(text: str, pos: int) -> int:
    _, end = _DECODER.raw_decode(text, pos)
    return int(end)


def _json_object_member(text: str, pos: int, key: str) -> int | None:
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    while pos < len(text) and text[pos] != "}":
        name, pos = _scanstring(text, pos + 1)
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]  # after ':'
        if name == key:
            return pos
        pos = _WS.match(text, _skip_value(text, pos)).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    return None


def _json_array_item(text: str, pos: int, index: int) -> int | None:
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    i = 0
    while pos < len(text) and text[pos] != "]":
        if i == index:
            return pos
        pos = _WS.match(text, _skip_value(text, pos)).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        i += 1
    return None


def _toml_line(text: str, parts: list[str | int]) -> tuple[int, int] | None:
    """Best effort for TOML: arrays of tables (``[[a.b]]``), tables and ``key = value`` lines."""
    lines = text.splitlines()
    # The table the path points into, as a header, and the occurrence of an array of tables.
    header: list[str] = []
    occurrence: int | None = None
    rest: list[str | int] = []
    for i, part in enumerate(parts):
        if isinstance(part, int):
            occurrence = part
            rest = list(parts[i + 1 :])
            break
        header.append(part)
    else:
        rest = []
    start = 0
    if occurrence is not None:
        target = "[[" + ".".join(header) + "]]"
        seen = -1
        found = None
        for n, line in enumerate(lines):
            if line.strip().replace(" ", "") == target:
                seen += 1
                if seen == occurrence:
                    found = n
                    break
        if found is None:
            return _toml_key_line(lines, header[-1] if header else None, 0)
        start = found
        key = next((p for p in rest if isinstance(p, str)), None)
        if key is None:
            return found + 1, 1
        return _toml_key_line(lines, key, start + 1) or (found + 1, 1)
    return _toml_key_line(lines, header[-1] if header else None, 0)


def _toml_key_line(lines: list[str], key: str | None, start: int) -> tuple[int, int] | None:
    if key is None:
        return None
    pattern = re.compile(r"\s*(?:\"?" + re.escape(key) + r"\"?)\s*=")
    for n in range(start, len(lines)):
        stripped = lines[n].strip()
        if n > start and stripped.startswith("[["):
            break
        if pattern.match(lines[n]):
            return n + 1, len(lines[n]) - len(lines[n].lstrip()) + 1
    return None
