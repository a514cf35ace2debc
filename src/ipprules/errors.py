"""The exception tree of ipprules.

Every error the library raises on purpose derives from :class:`IpprulesError`,
which is a :class:`ValueError`, so ``except ValueError`` catches them all.

* :class:`InputError` - a file or value given by the user is unusable. It names
  the file, the line and column where known, and the JSON path of the bad value.
* :class:`RuleDataError` - rule data (embedded or a user's override) fails
  validation: overlapping dates, unknown references, missing sources.
* :class:`CoverageError` - a date the rule book does not cover.
* :class:`UnknownNameError` - an id or name that is not in the registry.
* :class:`MissingExtra` - a feature needs an optional extra that is not installed.

>>> err = InputError("expected an integer", path="$.complaints[0].id", file="plan.toml", line=7)
>>> str(err)
'plan.toml:7: $.complaints[0].id: expected an integer'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import Any

__all__ = [
    "ArgumentError",
    "CoverageError",
    "InputError",
    "IpprulesError",
    "MissingExtra",
    "Problem",
    "RuleDataError",
    "StreamConsumedError",
    "UnknownNameError",
    "suggest",
]


class IpprulesError(ValueError):
    """Base class of every error raised by ipprules on purpose.

    >>> import ipprules
    >>> try:
    ...     ipprules.default_rulebook().as_of("2001-01-01")
    ... except ipprules.IpprulesError as exc:  # a CoverageError: every error of ours is caught
    ...     print(type(exc).__name__, isinstance(exc, ValueError))
    CoverageError True
    """

    default_message = "ipprules error"

    def __init__(self, message: str | None = None) -> None:
        self.message = self._shown(message or self.default_message)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the error it is (type, ``args``, attributes), without calling
        ``__init__`` again: an error raised in a Dask worker reaches the client as the same
        error. (Python's default calls ``type(self)(*self.args)``, the message alone: the
        errors taking other arguments, such as :class:`UnknownNameError`, failed to unpickle
        with a ``TypeError``.)

        >>> import pickle
        >>> back = pickle.loads(pickle.dumps(UnknownNameError("platform", "tmal", ["tmall"])))
        >>> type(back).__name__, back.suggestion, back.known
        ('UnknownNameError', 'tmall', ('tmall',))
        """
        return (_unpickled, (type(self), self.args, dict(self.__dict__)))

    @staticmethod
    def _shown(message: str) -> str:
        return shown_text(message)

    def _found(self) -> tuple[Problem, ...]:
        """The error as :class:`Problem` records: an :class:`InputError`'s own, else one
        problem at the JSON path its message starts with (``$.as_of: ...``), or at ``$``."""
        found = _PATH_FIRST.fullmatch(self.message)
        if found is None:
            return (Problem(self.message),)
        return (Problem(found.group(2), found.group(1)),)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data for an API's error body: ``error``, the class's name (a
        stable, machine-readable kind: ``InputError``, ``CoverageError``...); ``message``,
        the text ``str()`` gives; ``problems``, each place found (file, line, column, JSON
        path, message: :meth:`Problem.to_dict`).

        >>> import json, ipprules
        >>> try:
        ...     ipprules.check(ipprules.read_plan("examples/plan.toml"), as_of="2001-01-01")
        ... except ipprules.IpprulesError as exc:
        ...     body = exc.to_dict()
        >>> body["error"], body["problems"][0]["path"]
        ('CoverageError', '$.as_of')
        >>> json.loads(json.dumps(body)) == body
        True
        """
        return {
            "error": type(self).__name__,
            "message": self.message,
            "problems": [problem.to_dict() for problem in self._found()],
        }

    #: The same as :meth:`to_dict`, as the results name it too.
    as_dict = to_dict


#: A message that starts with the JSON path of the value it is about.
_PATH_FIRST = re.compile(r"(\$[^\s:]*): (.+)", re.DOTALL)


def _unpickled(kind: type[IpprulesError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """The error of :meth:`IpprulesError.__reduce__`: made without its ``__init__``, then given
    its ``args`` and attributes."""
    error = kind.__new__(kind, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class Problem:
    """One thing wrong with an input: a message located by file, line, column and JSON path.

    >>> problem = Problem("expected a date", path="$.as_of", file="plan.toml", line=1)
    >>> str(problem), problem.as_dict()["path"]
    ('plan.toml:1: $.as_of: expected a date', '$.as_of')
    """

    __slots__ = ("column", "file", "line", "message", "path")

    def __init__(
        self,
        message: str,
        path: str = "$",
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = shown_text(message)
        self.path = bounded_text(path)
        # a file name too long to open (4,096 characters) is quoted cut as well
        self.file = bounded_text(file) if isinstance(file, str) else file
        self.line = line
        self.column = column

    def where(self) -> str:
        """The location as ``file:line:column: $.path`` (parts that are unknown are left out).

        >>> Problem("bad", path="$.id", file="a.csv", line=3, column=2).where()
        'a.csv:3:2: $.id'
        >>> Problem("bad").where()
        '$'
        >>> print(Problem("bad", file="new\\nline\\x1b[31m.csv", line=2).where())
        new\\nline\\x1b[31m.csv:2: $
        >>> print(Problem("bad", path="$['\\x1b[31m']").where())  # a key's, escaped too
        $['\\x1b[31m']
        """
        head = ""
        if self.file is not None:
            head = _escaped(self.file)  # a name's control characters never reach a terminal
            if self.line is not None:
                head += f":{self.line}"
                if self.column is not None:
                    head += f":{self.column}"
            head += ": "
        return f"{head}{_escaped(self.path)}"  # a key's control characters too

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.message, self.path, self.file, self.line, self.column) == (
            other.message,
            other.path,
            other.file,
            other.line,
            other.column,
        )

    def __hash__(self) -> int:
        return hash((self.message, self.path, self.file, self.line, self.column))

    def as_dict(self) -> dict[str, str | int | None]:
        """Plain data for JSON output.

        >>> Problem("expected a date", path="$.as_of", file="plan.toml", line=1).as_dict()
        {'file': 'plan.toml', 'line': 1, 'column': None, 'path': '$.as_of', \
'message': 'expected a date'}
        """
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


def file_order(problem: Problem) -> tuple[bool, bool, int, int]:
    """The sort key that lists a file's problems as a reader meets them: a problem of the
    whole document, at no line, first (``$``: "this looks like a complaint plan"), then by
    line and column, the others without a line last.

    >>> a, b = Problem("x", path="$.b", line=3), Problem("y", path="$")
    >>> [p.path for p in sorted([a, b], key=file_order)]
    ['$', '$.b']
    """
    whole = problem.path == "$" and problem.line is None
    return (not whole, problem.line is None, problem.line or 0, problem.column or 0)


class InputError(IpprulesError):
    """A user's input is unusable. Carries every :class:`Problem` found, not only the first.

    >>> from ipprules.errors import InputError, Problem
    >>> err = InputError(problems=[Problem("expected a date", "$.as_of", "plan.toml", 1),
    ...                            Problem("unknown platform", "$.complaints[0].platform")])
    >>> print(err)
    plan.toml:1: $.as_of: expected a date
    $.complaints[0].platform: unknown platform
    >>> len(err.problems), err.file, err.line
    (2, 'plan.toml', 1)
    """

    default_message = "unusable input"

    def __init__(
        self,
        message: str | None = None,
        path: str = "$",
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        *,
        problems: Sequence[Problem] = (),
    ) -> None:
        if not problems:
            problems = (Problem(message or self.default_message, path, file, line, column),)
        self.problems: tuple[Problem, ...] = tuple(problems)
        first = self.problems[0]
        self.path = first.path
        self.file = first.file
        self.line = first.line
        self.column = first.column
        text = "\n".join(str(p) for p in self.problems)
        super().__init__(text)

    @staticmethod
    def _shown(message: str) -> str:
        return message  # every problem is bounded already; each is kept

    def _found(self) -> tuple[Problem, ...]:
        """Every :class:`Problem` found (:attr:`problems`)."""
        return self.problems


class ArgumentError(InputError):
    """A value a Python caller passed is unusable (``check(plan, as_of="2026-13-01")``): a
    problem of the call, not of a customer's file. Still an :class:`InputError` (``except
    InputError`` catches it); ``argument`` names the parameter, the message starts with it
    (``argument as_of: ...``), its problem is at no file (``file`` ``None``, path ``$``), and
    :meth:`to_dict` adds ``"argument"``.

    >>> import ipprules
    >>> plan = ipprules.read_plan("examples/plan.toml")
    >>> try:
    ...     ipprules.check(plan, as_of="2026-13-01")
    ... except ipprules.InputError as exc:
    ...     print(type(exc).__name__, exc.argument, exc.file)
    ...     print(exc)
    ArgumentError as_of None
    argument as_of: expected a date (YYYY-MM-DD) for the as-of date, got '2026-13-01' (month ...
    """

    default_message = "unusable argument"

    def __init__(
        self,
        message: str | None = None,
        path: str = "$",
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        *,
        problems: Sequence[Problem] = (),
        argument: str | None = None,
    ) -> None:
        self.argument = None if argument is None else shown_text(argument)
        if not problems and self.argument is not None:
            message = f"argument {self.argument}: {message or self.default_message}"
        super().__init__(message, path, file, line, column, problems=problems)
        alone = self.problems[0]
        if len(self.problems) == 1 and alone.file is None and alone.path == "$":
            self.message = alone.message  # the argument's own words, at no file's JSON path
            self.args = (self.message,)

    def to_dict(self) -> dict[str, Any]:
        """:meth:`IpprulesError.to_dict` with the ``argument`` named."""
        return {**super().to_dict(), "argument": self.argument}

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


class RuleDataError(InputError):
    """Rule data failed validation (overlapping dates, unknown references, missing sources).

    >>> import ipprules
    >>> from pathlib import Path
    >>> from tempfile import TemporaryDirectory
    >>> with TemporaryDirectory() as folder:
    ...     path = Path(folder) / "mine.toml"
    ...     _ = path.write_text('[[platforms]]\\nid = "x"\\n', encoding="utf-8")
    ...     try:
    ...         ipprules.default_rulebook().with_overrides(path)
    ...     except ipprules.RuleDataError as exc:
    ...         print(exc.problems[0].path, "-", exc.problems[0].message)
    $.platforms[0].effective_from - required value is missing
    """

    default_message = "invalid rule data"


class CoverageError(IpprulesError):
    """The date asked for lies outside the dates the rule book declares it covers.

    >>> import ipprules
    >>> ipprules.default_rulebook().as_of("2001-01-01")
    Traceback (most recent call last):
    ...
    ipprules.errors.CoverageError: 2001-01-01 is before the rule book's coverage (from 2015-01-06)
    """

    default_message = "date outside the rule book's coverage"


#: The most names an :class:`UnknownNameError` reads from ``known`` (the rule book's longest
#: list of choices is far shorter).
_MAX_KNOWN = 100_000


class UnknownNameError(IpprulesError):
    """An id or name that is not known (platform, reason code, interpretation, finding code...).

    The message suggests the nearest known name ("did you mean") when there is one.

    >>> from ipprules import UnknownNameError
    >>> print(UnknownNameError("platform", "TAOBAO", ["taobao", "tmall"]))
    unknown platform 'TAOBAO' (did you mean 'taobao'?); known: taobao, tmall
    >>> print(UnknownNameError("platform", "", ["taobao", "tmall"]))
    unknown platform '' (an empty name); known: taobao, tmall
    >>> print(UnknownNameError("criterion", "rate", ["volume"], note="no rate before 2018"))
    unknown criterion 'rate'; known: volume; no rate before 2018

    ``nearest=False`` leaves the suggestion out, where the note names the choices itself (a
    group of platforms, one per regional site: one of them is no nearer than the others).
    ``suggestion`` gives the name meant where the caller knows it better than spelling does
    (a platform typed by its site: ``tmall.hk`` is Tmall Global, not the nearer ``tmall``).
    ``note_first`` opens the message with the note, where it says why a known name is refused
    (a record asked before it is in force):

    >>> print(UnknownNameError("deadline", "d", ["e"], note="d is in force from 2020-01-01",
    ...                        nearest=False, note_first=True))
    d is in force from 2020-01-01; unknown deadline 'd' on that date; known: e
    """

    default_message = "unknown name"

    def __init__(
        self,
        kind: str,
        name: str,
        known: Sequence[str] = (),
        *,
        note: str = "",
        nearest: bool = True,
        suggestion: str | None = None,
        note_first: bool = False,
    ) -> None:
        if isinstance(name, str):  # a str subclass's own strip and __eq__ are never called
            name = plain(name)
        if isinstance(known, str | bytes):  # its characters are no names
            raise TypeError(f"known must be a sequence of names, got {type(known).__name__}")
        if isinstance(note, str):  # a str subclass's own __len__ and __format__ not called
            note = plain(note)
        # a flag given "no" or 0 is refused, not read by its truth value, worded as
        # ipprules._args.require_bool words it (that module imports this one: no cycle)
        for flag, value in (("nearest", nearest), ("note_first", note_first)):
            if not isinstance(value, bool):
                raise TypeError(
                    f"{flag} must be a bool (True or False), got {type(value).__name__}"
                )
        # the message's words are texts (a note or suggestion may be None): an int of 5,000
        # digits or an object whose format raises let a ValueError or its own error escape
        # while the message was written
        for field, word in (("kind", kind), ("note", note), ("suggestion", suggestion)):
            if not isinstance(word, str) and not (field != "kind" and word is None):
                raise TypeError(f"{field} must be a str, got {type(word).__name__}")
        kind = plain(kind)
        # read bounded: an endless iterable of names (itertools.count()) is refused, not read
        # until memory runs out
        known = tuple(islice(known, _MAX_KNOWN + 1))
        if len(known) > _MAX_KNOWN:
            raise InputError(f"known: more than {_MAX_KNOWN:,} names: at most {_MAX_KNOWN:,}")
        self.kind = kind
        self.name = name
        self.known = known
        self.note = note
        if suggestion is None and nearest:
            suggestion = suggest(name, [k for k in self.known if isinstance(k, str)])
        self.suggestion = suggestion
        if isinstance(name, str) and not name.strip():
            hint = " (an empty name)"
        elif self.suggestion is not None:
            hint = f" (did you mean {self.suggestion!r}?{lookalike(name, self.suggestion)})"
        else:
            hint = ""
        # Long lists (finding codes...) are left out of the message: the suggestion is enough.
        listing = f"; known: {', '.join(self.known)}" if 0 < len(self.known) <= 30 else ""
        if isinstance(name, str):
            name = plain(name)  # a str subclass's own repr may raise or be huge
            text = repr(name if len(name) <= 60 else name[:57] + "...")
        else:  # a caller's wrong type: its repr may fail (an int of 5,000 digits)
            text = shown_value(name)
        if note and note_first:
            super().__init__(f"{note}; unknown {kind} {text} on that date{hint}{listing}")
            return
        tail = f"; {note}" if note else ""
        super().__init__(f"unknown {kind} {text}{hint}{listing}{tail}")


class MissingExtra(IpprulesError):
    """A feature needs an optional extra (e.g. ``pandas``) that is not installed.

    >>> from ipprules import MissingExtra
    >>> str(MissingExtra("pandas", "to_frame()"))
    "to_frame() needs the optional extra 'pandas': pip install 'ipprules[pandas]'"
    """

    default_message = "an optional extra is missing"

    def __init__(self, extra: str, feature: str = "this feature") -> None:
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional extra {extra!r}: pip install 'ipprules[{extra}]'"
        )


def suggest(name: object, known: Sequence[str]) -> str | None:
    """The known name nearest to ``name`` (same letters in another case first), or ``None``.

    >>> suggest("tmal", ["taobao", "tmall"]), suggest("zzz", ["taobao"])
    ('tmall', None)

    Compatibility forms are folded first (NFKC), so that full-width letters typed with an
    East Asian input method are recognised:

    >>> suggest("\uff34\uff2d\uff21\uff2c\uff2c", ["taobao", "tmall"])  # full-width TMALL
    'tmall'
    """
    if not isinstance(name, str):
        return None
    name = plain(name)  # a str subclass's own methods are never called
    if not name.strip() or not known:
        return None
    import unicodedata

    folded = unicodedata.normalize("NFKC", name).strip().lower().replace("-", "_")
    folded = folded.replace(" ", "_")
    for candidate in known:
        if candidate.lower().replace("-", "_") == folded:
            return candidate
    import difflib

    # the known names folded as the name is ('tm-xn-9' is near 'tm-cn-9', not only 'tm_cn_9')
    forms: dict[str, str] = {}
    for k in known:
        forms.setdefault(k.lower().replace("-", "_").replace(" ", "_"), k)
    close = difflib.get_close_matches(folded[:100], list(forms), n=1, cutoff=0.6)
    if close:
        return forms[close[0]]
    return None


def did_you_mean(name: object, known: Sequence[str]) -> str:
    """What a message about an unknown ``name`` adds when a known name is near it
    (:func:`suggest`), or ``""``.

    >>> did_you_mean("tmal", ["taobao", "tmall"]), did_you_mean("zzz", ["taobao"])
    (" (did you mean 'tmall'?)", '')
    """
    near = suggest(name, known)
    return f" (did you mean {near!r}?{lookalike(name, near)})" if near is not None else ""


def lookalike(name: object, near: str | None) -> str:
    """What a "did you mean" hint adds when ``name`` differs from the ``near`` name it suggests
    by characters that look alike: a Cyrillic or Greek letter in place of a Latin one, an
    invisible character. Printed, the two would read the same, so the characters are named
    (up to three), or ``""``.

    >>> lookalike("taob\u0430o", "taobao")
    ' it holds U+0430 CYRILLIC SMALL LETTER A, not ASCII'
    >>> lookalike("tmal", "tmall"), lookalike("\uff34\uff2d\uff21\uff2c\uff2c", "tmall")
    ('', '')
    """
    if not isinstance(name, str) or not isinstance(near, str) or not str.isascii(near):
        return ""
    import unicodedata

    name = plain(name)
    fold = unicodedata.normalize  # a full-width letter reads as the letter it is
    odd = list(dict.fromkeys(c for c in name[:200] if not fold("NFKC", c).isascii()))
    if not odd:
        return ""
    said = ", ".join(
        f"U+{ord(c):04X} {unicodedata.name(c, 'an unnamed character')}" for c in odd[:3]
    )
    more = f" and {len(odd) - 3} more" if len(odd) > 3 else ""
    return f" it holds {said}{more}, not ASCII"


#: The longest message or path an error or finding keeps whole (see :func:`bounded_text`).
MESSAGE_LIMIT = 2000


def bounded_text(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` if it is at most ``limit`` characters long, else its head and its tail with what
    was left out between them said: a message that quotes a user's 10 MB value (an unknown
    key, a platform name) stays readable, and an error never costs more than its input.

    >>> bounded_text("unknown key 'abc'")
    "unknown key 'abc'"
    >>> print(bounded_text("unknown key '" + "k" * 5000 + "'", 60))
    unknown key 'kkkkkkkkkkkkkkkkkkkkkkk... [4,972 characters left out] ...kkkkk'

    A cut never parts a letter from its accents (combining marks), the two halves of a
    surrogate pair or the parts of a joined emoji: they go out together. ``limit`` is at least
    40 (the note of what was left out is about 35 characters).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise TypeError(f"limit must be an int, got {type(limit).__name__}")
    if limit < _LEAST_LIMIT:
        raise InputError(f"limit must be at least {_LEAST_LIMIT}, got {limit}")
    if len(text) <= limit:
        return text
    head, start = limit * 3 // 5, len(text) - limit // 10
    while head > 0 and _joined(text, head):
        head -= 1
    while start < len(text) and _joined(text, start):
        start += 1
    left_out = start - head
    return f"{text[:head]}... [{left_out:,} characters left out] ...{text[start:]}"


#: The least ``limit`` of :func:`bounded_text` (a smaller one kept its whole text as its tail).
_LEAST_LIMIT = 40

_ZWJ = "\u200d"
_VIRAMA = 9  # the canonical combining class of a virama


def _joined(text: str, at: int) -> bool:
    """Whether ``text[at]`` belongs with the character before it: a combining mark, the low
    half of a surrogate pair, or a character after a zero width joiner or a virama (an Indic
    conjunct)."""
    import unicodedata

    char, before = text[at], text[at - 1]
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char == _ZWJ
        or before == _ZWJ
        or unicodedata.combining(before) == _VIRAMA
        or ("\udc00" <= char <= "\udfff" and "\ud800" <= before <= "\udbff")
    )


def shown_value(value: object, limit: int = 60) -> str:
    """``value`` as an error message shows it: its repr, cut to ``limit`` characters; never an
    error of its own (a message naming a bad argument raised one: ``repr`` of an int of 5,000
    digits is a ValueError, an object's ``__repr__`` may raise anything).

    >>> shown_value("taobao"), shown_value(10**5000), shown_value("x" * 80, 10)
    ("'taobao'", 'an int of 5,001 digits', "'xxxxxx...")

    A tuple whose repr fails shows its items so (an outcome row holding a huge count):

    >>> shown_value((1, "a", 10**5000))
    "(1, 'a', an int of 5,001 digits)"
    """
    if isinstance(value, int) and value.bit_length() > 10_000:  # over 3,000 digits
        return f"an int of {_digits(value):,} digits"
    if isinstance(value, str):  # a str subclass's repr may fail or be 10 MB: cut it as text
        value = plain(value)
        value = value if len(value) <= limit else value[:limit]
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__: say what the value is
        if type(value) is not tuple or len(value) > 16:
            return f"a {type(value).__name__} (its repr fails)"
        items = (shown_value(v, limit) if type(v) is not tuple else "a tuple" for v in value)
        text = f"({', '.join(items)}{',' if len(value) == 1 else ''})"
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: The characters escaped beside the C0 controls: DEL and C1, the bidirectional marks and
#: controls, the line and paragraph separators, lone surrogates.
_FORMAT = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
#: What a file name is shown with escaped in a message: control characters (a newline, ESC)
#: the bidirectional controls and a lone surrogate (a name of bytes that are not UTF-8, which
#: no terminal can be sent), as the command line shows an argument holding one.
_CONTROL = re.compile(f"[\x00-\x1f{_FORMAT}]")


def shown_text(text: str) -> str:
    """``text`` as a message keeps it: cut by :func:`bounded_text`, and each control
    character but a newline and a tab (an ESC, a bare carriage return, a NUL, a
    bidirectional control, a lone surrogate) written as its escape, so a user's value that a
    message quotes as it is (a label, a name) cannot drive the terminal it is printed on.

    >>> print(shown_text("for the \\x1b[2J\\x1b[31mday\\r, got 3"))
    for the \\x1b[2J\\x1b[31mday\\r, got 3
    """
    text = bounded_text(plain(text))
    if not _RAW.search(text):
        return text
    return bounded_text(_RAW.sub(_written, text))


#: :data:`_CONTROL` but a newline and a tab: what :func:`shown_text` escapes.
_RAW = re.compile(f"[\x00-\x08\x0b-\x1f{_FORMAT}]")


def _written(found: re.Match[str]) -> str:
    """The character ``found`` as its escape (``\\x1b``, ``\\u202e``)."""
    return repr(found[0])[1:-1]


def _escaped(name: str) -> str:
    """``name`` with each of :data:`_CONTROL` written as its escape (``\\n``, ``\\x1b``)."""
    return _CONTROL.sub(_written, name) if _CONTROL.search(name) else name


def plain(text: str) -> str:
    """``text`` as a plain ``str``: a subclass's own ``__repr__``, ``__str__`` and
    ``__format__`` (which may raise, or give 10 MB) are not called, its characters are kept.

    >>> class Loud(str):
    ...     def __repr__(self) -> str:
    ...         raise RuntimeError("no")
    >>> type(plain(Loud("taobao"))).__name__, repr(plain(Loud("taobao")))
    ('str', "'taobao'")
    """
    return text if type(text) is str else str.__str__(text)


def quoted(text: str, limit: int = 40) -> str:
    """``text`` quoted as a message shows a value typed by the user: its repr, or, when longer
    than ``limit`` characters, its head with ``...`` inside the quotes, so a cut value is
    never shown as if it were whole (``'9999...'``, not forty of a 10,000-digit number's 9s).

    >>> quoted("2024-1-2"), quoted("9" * 10_000, 12)
    ("'2024-1-2'", "'999999999...'")
    """
    text = plain(text)  # a str subclass's repr may raise
    return repr(text) if len(text) <= limit else repr(text[: limit - 3] + "...")


def _digits(value: int) -> int:
    """The number of decimal digits of ``value``, without making its text (Python refuses to
    make the text of an int over 4,300 digits)."""
    low = int((abs(value).bit_length() - 1) * 0.30102999566398120) + 1  # floor(log10 2^(b-1))+1
    return low + int(abs(value) >= 10**low)


class StreamConsumedError(IpprulesError):
    """A one-shot stream was read a second time: a :class:`~ipprules.listings.ParseResults`
    built from a generator or an open file iterated again, or a generator that an earlier
    call read to its end given to a function again (``plan_listings``, ``parse_listings``,
    ``dedupe``, ``History.from_records``, ``lifecycle_report``, ``penalty_standing``...).
    Read again, it would be empty input, answered in silence. Importable from
    :mod:`ipprules.listings` as well.

    >>> from ipprules.listings import StreamConsumedError, parse_listings
    >>> results = parse_listings(iter(["https://item.taobao.com/item.htm?id=606832683299"]))
    >>> len(list(results))
    1
    >>> try:
    ...     list(results)
    ... except StreamConsumedError as error:
    ...     print(str(error)[:49])
    these parse results stream from a one-shot input
    """

    default_message = (
        "these parse results stream from a one-shot input (a generator or an open file) that "
        "was read by an earlier iteration; keep them with list(...) or .to_records(), or pass "
        "a list of URLs to iterate more than once"
    )
