"""Argument checks at the doors of the public API: one contract, one wording.

A wrong Python type raises :class:`TypeError` naming the parameter and what it
expects; a value of the right type that is unusable raises an
:class:`~ipprules.errors.IpprulesError` subclass. A plain string is never taken
where a sequence of strings is meant (it would be read character by character).

>>> require_str("taobao", "platform")
'taobao'
>>> require_str(3, "platform")
Traceback (most recent call last):
...
TypeError: platform must be a str, got int
>>> require_strs(["a", "b"], "facts")
('a', 'b')
>>> require_strs("abc", "facts")
Traceback (most recent call last):
...
TypeError: facts must be a list or tuple of str, not a single str (wrap it: ['abc'])
>>> require_date("2024-02-29", "as_of")
datetime.date(2024, 2, 29)
>>> require_int(-1, "count", low=0)
Traceback (most recent call last):
...
ipprules.errors.InputError: $: count must be at least 0, got -1
"""

from __future__ import annotations

import datetime as dt
import dis
import enum
import functools
import io
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from ipprules._dates import as_date
from ipprules.errors import InputError, plain, shown_value

__all__ = [
    "FRAME_HINT",
    "bytes_hint",
    "file_hint",
    "is_blank",
    "is_frame",
    "is_stream",
    "keywords_checked",
    "optional_of",
    "plain_if_str",
    "refuse_frame",
    "refuse_two_threads",
    "refuse_used_stream",
    "require_bool",
    "require_date",
    "require_instance",
    "require_int",
    "require_iterable",
    "require_mapping",
    "require_member",
    "require_optional_str",
    "require_source",
    "require_str",
    "require_strs",
    "rulebook_alias",
    "settings_keywords",
    "type_name",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
F = TypeVar("F", bound=Callable[..., Any])


def type_name(value: object) -> str:
    """The name shown for a value's type in messages (``None`` is ``NoneType``)."""
    return type(value).__name__


#: How to make the object a door takes from what a caller passes instead: a file's path
#: (``str`` or a path) or plain data (a ``dict``), by the name of the class wanted.
_MAKERS: dict[str, dict[str, str]] = {
    "Plan": {
        "path": "read a plan file with ipprules.read_plan(path)",
        "data": "build one from plain data with ipprules.checks.plan_from_data(data)",
    },
    "RuleBook": {
        "path": "load a rule-book file with ipprules.load_rulebook(path)",
        "view": "pass the view's book, rulebook=view.book, with as_of= and interpretation=",
    },
    "Violations": {"path": "read a violations file with ipprules.penalties.read_violations(path)"},
    "CounterNotice": {
        "path": "read a counter-notice file with ipprules.counternotice.read_counter_notice(path)",
        "data": "make one with ipprules.counternotice.CounterNotice(**data)",
    },
    "Settings": {"data": "make one with ipprules.planner.Settings(**data)"},
    "PlanLines": {
        "path": "read a file of URLs with ipprules.planner.read_lines(path); "
        "put a single URL in a list"
    },
    **{
        part: {
            "data": f"make one with ipprules.checks.{part}(**data), or build the whole plan "
            "from plain data with ipprules.checks.plan_from_data(data)"
        }
        for part in ("Account", "Authorisation", "Complaint", "Document", "Right")
    },
}


def _article(word: str) -> str:
    """``a`` or ``an`` before a class name in a message (an Account, a Right)."""
    return "an" if word[:1] in "AEIOUaeiou" else "a"


def file_hint(value: object, wanted: str) -> str:
    """What a TypeError adds when ``value`` is a file's path or plain data where an object of
    the class named ``wanted`` belongs: the function that makes one; else nothing.

    >>> file_hint("plan.toml", "Plan")
    ' (read a plan file with ipprules.read_plan(path))'
    >>> file_hint(3, "Plan")
    ''
    """
    import os

    kind = (
        "path"
        if isinstance(value, str | os.PathLike)
        else "data"
        if isinstance(value, dict)
        else "view"
        if type(value).__name__ == "ResolvedRules"  # a rule book's view, not imported here
        else ""
    )
    found = _MAKERS.get(wanted, {}).get(kind)
    return f" ({found})" if found else ""


def bytes_hint(value: object) -> str:
    """What a TypeError adds when ``value`` is a file's contents as bytes where a path or a
    stream belongs (a notebook's upload, a download's ``response.content``): how to pass
    them; else nothing.

    >>> bytes_hint(b"date,kind")
    " (a file's contents as bytes: pass them as a stream, io.BytesIO(data))"
    >>> bytes_hint("v.csv")
    ''
    """
    if isinstance(value, bytes | bytearray | memoryview):
        return " (a file's contents as bytes: pass them as a stream, io.BytesIO(data))"
    return ""


def is_stream(value: object) -> bool:
    """Whether ``value`` is an open file or stream a reader can take instead of a path: it
    has a ``read`` method and is not a path (``io.StringIO(text)``, ``io.BytesIO(data)``,
    ``open(path)``).

    >>> import io
    >>> is_stream(io.StringIO("a")), is_stream("a.csv"), is_stream(b"a")
    (True, False, False)
    """
    import os

    return not isinstance(value, str | os.PathLike) and callable(getattr(value, "read", None))


def require_source(value: object, name: str = "path") -> None:
    """A :class:`TypeError` unless ``value`` is a file's path (``str`` or ``os.PathLike``) or an
    open stream (:func:`is_stream`), as a reader of a file takes; bytes are told how to pass.

    >>> require_source(b"date,kind")
    Traceback (most recent call last):
    ...
    TypeError: path must be a str, a Path or a stream, got bytes (a file's contents as bytes: pass them as a stream, io.BytesIO(data))
    """  # noqa: E501
    import os

    if not isinstance(value, str | os.PathLike) and not is_stream(value):
        raise TypeError(
            f"{name} must be a str, a Path or a stream, got {type_name(value)}{bytes_hint(value)}"
        )


def is_blank(text: str) -> bool:
    r"""Whether ``text`` shows nothing: only white space and invisible format characters
    (Unicode category ``Cf``: a zero-width space, a byte-order mark, a word joiner, a soft
    hyphen), as text pasted from a web page or a spreadsheet may be.

    >>> is_blank(" \u3000\n"), is_blank("\u200b\ufeff"), is_blank("\u200bx")
    (True, True, False)
    """
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def require_str(value: object, name: str, *, empty: bool = False) -> str:
    """``value`` if it is a ``str`` (an empty one only when ``empty``), else an error."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type_name(value)}")
    text = plain(value)  # a str subclass's own strip / __str__ / __format__ is not called
    if not empty and not text.strip():
        raise InputError(f"{name} must not be empty")
    return text


def optional_of(kind: type) -> Callable[[object, Any, object], None]:
    """An attrs validator: ``None`` or a value of exactly ``kind`` (a bool is no int), else a
    TypeError naming the field (a string quantity, ``platform=5``: refused when the record is
    made, not deep in the checks or a note).

    >>> import attrs
    >>> @attrs.frozen
    ... class Row:
    ...     points: int | None = attrs.field(default=None, validator=optional_of(int))
    >>> Row(points=True)
    Traceback (most recent call last):
    ...
    TypeError: points must be an int or None, got bool
    """

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is None or (isinstance(value, kind) and (kind is bool) == (type(value) is bool)):
            return
        raise TypeError(
            f"{attribute.name} must be {_article(kind.__name__)} {kind.__name__} or None, "
            f"got {type_name(value)}"
        )

    return check


def plain_if_str(value: T) -> T:
    """An attrs converter: a ``str`` subclass as a plain ``str`` (its own ``__eq__``,
    ``__hash__``, ``strip``... are never called later, by ``==`` or a rendering); any other
    value unchanged, for the field's validator to judge.

    >>> class Loud(str):
    ...     def __hash__(self) -> int:
    ...         raise RuntimeError("no")
    >>> type(plain_if_str(Loud("taobao"))).__name__, plain_if_str(3)
    ('str', 3)
    """
    return plain(value) if isinstance(value, str) else value  # type: ignore[return-value]


def plain_if_int(value: T) -> T:
    """An attrs converter: an ``int`` subclass (not a bool) as its plain value (its own
    comparisons, ``__eq__`` or ``__hash__`` are never called later, by a validator's range
    check or a sum); any other value unchanged, for the field's validator to judge.

    >>> class Loud(int):
    ...     def __ge__(self, other: object) -> bool:
    ...         raise RuntimeError("no")
    >>> type(plain_if_int(Loud(3))).__name__, plain_if_int(True), plain_if_int("3")
    ('int', True, '3')
    """
    if isinstance(value, int) and not isinstance(value, bool) and type(value) is not int:
        return int.__index__(value)  # type: ignore[return-value]
    return value


def plain_str(value: str) -> str:
    """:func:`plain_if_str` typed for a ``str`` field (what attrs' mypy plugin reads as the
    field's ``__init__`` type: a generic converter leaves it unsolved)."""
    return plain_if_str(value)


def plain_optional_str(value: str | None) -> str | None:
    """:func:`plain_if_str` typed for a ``str | None`` field."""
    return plain_if_str(value)


def plain_optional_int(value: int | None) -> int | None:
    """:func:`plain_if_int` typed for an ``int | None`` field."""
    return plain_if_int(value)


def require_optional_str(value: object, name: str, *, empty: bool = False) -> str | None:
    """``None`` or a ``str`` (an empty one only when ``empty``)."""
    return None if value is None else require_str(value, name, empty=empty)


def require_strs(value: object, name: str, *, function: str | None = None) -> tuple[str, ...]:
    """A tuple of the strings in a list, tuple, set or other iterable (never a lone str),
    each checked as it is read (an endless generator of non-str stops at once); more than
    :data:`~ipprules._convert.MAX_ITEMS` is an :class:`~ipprules.errors.InputError`. A
    generator read by two threads at once is :func:`refuse_two_threads`' error, naming
    ``function`` (the public function called, where given) and ``name``."""
    if isinstance(value, str | bytes):
        raise TypeError(
            f"{name} must be a list or tuple of str, not a single {type_name(value)}"
            f" (wrap it: [{shown_value(value)}])"
        )
    refuse_frame(value, name, "str")
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise TypeError(f"{name} must be a list or tuple of str, got {type_name(value)}")
    refuse_used_stream(value, name)
    from ipprules._convert import MAX_ITEMS

    items: list[str] = []
    try:
        for index, item in enumerate(value):  # checked as read: an endless generator stops
            if not isinstance(item, str):
                raise TypeError(f"{name}[{index}] must be a str, got {type_name(item)}")
            if index == MAX_ITEMS:
                raise InputError(
                    f"{name}: more than {MAX_ITEMS:,} items: at most {MAX_ITEMS:,} are read "
                    "(the reading limit of a list)"
                )
            items.append(plain(item))  # a str subclass's own __eq__/__hash__ is not called
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, f"{function}(): {name}" if function else name)
        raise
    return tuple(items)


#: What a door says of a data frame given where items belong (iterating one gives its column
#: names, which were read as items: URLs, events, records).
FRAME_HINT = (
    "iterating a DataFrame gives its column names, not its rows: pass the column that holds "
    "the items, df['column'], or the items made of its rows"
)


def is_frame(value: object) -> bool:
    """Whether ``value`` is a data frame (pandas, polars, Dask), told by its type's name and
    module without importing any of them.

    >>> is_frame([1, 2]), is_frame("df")
    (False, False)
    """
    kind = type(value)
    return kind.__name__ == "DataFrame" and kind.__module__.split(".")[0] in (
        "pandas",
        "polars",
        "dask",
        "modin",
    )


def refuse_frame(value: object, name: str, what: str, hint: str = FRAME_HINT) -> None:
    """A TypeError for a data frame where an iterable of ``what`` belongs (nothing else).

    >>> refuse_frame([], "lines", "URL strings") is None
    True
    """
    if is_frame(value):
        raise TypeError(f"{name} must be an iterable of {what}, got a DataFrame ({hint})")


def refuse_lone_str(value: object, name: str, what: str = "items") -> None:
    """A TypeError for a lone str or bytes where a list or tuple of ``what`` belongs: iterated
    it would be read one character at a time (``sources="S1"`` as two sources ``S`` and
    ``1``; a 1 MB string as a million). The message shows how to wrap it.

    >>> refuse_lone_str(("S1",), "sources")
    >>> refuse_lone_str("S1", "ReasonCode.sources", "source ids")
    Traceback (most recent call last):
    ...
    TypeError: ReasonCode.sources must be a list or tuple of source ids, not a single str (wrap it: ['S1'])
    """  # noqa: E501
    if isinstance(value, str | bytes):
        raise TypeError(
            f"{name} must be a list or tuple of {what}, not a single "
            f"{type(value).__name__} (wrap it: [{shown_value(value)}])"
        )


def require_iterable(value: object, name: str, what: str = "items") -> Iterable[Any]:
    """``value`` if it is an iterable of ``what`` and not a lone str or bytes, nor a data
    frame (whose iteration gives its column names), nor a generator already read to its end
    (:func:`refuse_used_stream`)."""
    refuse_frame(value, name, what)
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be an iterable of {what}, got {type_name(value)}")
    refuse_used_stream(value, name)
    return value


_AGAIN = "make the generator again, or keep its items with list(...) to use them more than once"


def refuse_used_stream(value: object, name: str, again: str = _AGAIN) -> None:
    """A :class:`~ipprules.errors.StreamConsumedError` for a generator that an earlier call
    read to its end (or that was closed): read again it yields nothing, and an empty input
    would be answered in silence (an empty plan, history, report...); a closed stream is one
    too, and so is a stream that earlier reads left at its end (:func:`read_to_its_end`); a
    stream opened for writing only is an :class:`~ipprules.errors.InputError` (its reads
    raise ``io.UnsupportedOperation``). Lists, fresh generators and other iterables
    pass; ``again`` says what to do instead.

    >>> lines = (line for line in ["a", "b"])
    >>> refuse_used_stream(lines, "lines")
    >>> _ = list(lines)
    >>> refuse_used_stream(lines, "lines")
    Traceback (most recent call last):
    ...
    ipprules.errors.StreamConsumedError: lines: this generator was read to its end by an earlier call (a generator streams once: read again it is empty); make the generator again, or keep its items with list(...) to use them more than once
    """  # noqa: E501
    import inspect

    if inspect.isgenerator(value) and inspect.getgeneratorstate(value) == inspect.GEN_CLOSED:
        from ipprules.errors import StreamConsumedError

        raise StreamConsumedError(
            f"{name}: this generator was read to its end by an earlier call (a generator "
            f"streams once: read again it is empty); {again}"
        )
    if isinstance(value, io.IOBase) and value.closed is True:  # its reads raise ValueError
        from ipprules.errors import StreamConsumedError

        raise StreamConsumedError(
            f"{name}: this stream is closed: open it again, or keep its lines with "
            "list(...) before closing it"
        )
    if isinstance(value, io.IOBase) and value.readable() is False:  # io.UnsupportedOperation
        raise InputError(
            f"{name}: this stream was opened for writing only: its lines cannot be read; "
            "open it for reading"
        )
    if read_to_its_end(value):
        from ipprules.errors import StreamConsumedError

        raise StreamConsumedError(
            f"{name}: this stream was read to its end by an earlier call (read again it is "
            "empty); seek(0) or open it again"
        )


_RUNNING = "generator already executing"
_RAISE = dis.opmap["RAISE_VARARGS"]


def _raised_by_code(error: BaseException) -> bool:
    """Whether ``error`` was raised by a ``raise`` statement (its innermost frame stopped at
    one), rather than by the interpreter resuming a generator already running."""
    trace = error.__traceback__
    if trace is None:
        return False
    while trace.tb_next is not None:
        trace = trace.tb_next
    code = trace.tb_frame.f_code.co_code
    return 0 <= trace.tb_lasti < len(code) and code[trace.tb_lasti] == _RAISE


def refuse_two_threads(error: ValueError, name: str) -> None:
    """A :class:`~ipprules.errors.StreamConsumedError` for ``error`` when it is a generator's
    own ``ValueError: generator already executing``: the caller's generator, given to a bulk
    function from two threads at once, was resumed by one thread while the other ran it.
    Any other ``ValueError`` (a library error included) returns, for the caller to raise
    again unchanged. Called from a bulk function's ``except ValueError`` around its whole
    loop, never per item (a ``try`` costs nothing in CPython 3.11 while nothing is raised).

    >>> try:
    ...     refuse_two_threads(ValueError("generator already executing"), "dedupe(): results")
    ... except Exception as error:
    ...     print(type(error).__name__, str(error)[:66])
    StreamConsumedError dedupe(): results: the same iterator is being read by two threads
    >>> refuse_two_threads(ValueError("other"), "dedupe(): results")  # returns: raise it again

    The same words raised by the caller's own ``raise`` (in their generator, however deeply
    nested) are their error, not a race: it returns, to be raised again unchanged.
    """
    if type(error) is ValueError and error.args == (_RUNNING,) and not _raised_by_code(error):
        from ipprules.errors import StreamConsumedError

        raise StreamConsumedError(
            f"{name}: the same iterator is being read by two threads at once (a generator "
            "runs in one thread at a time: its items would be split between them, or lost); "
            "give each thread its own iterator (or a list, which threads may share)"
        ) from None


def read_to_its_end(stream: object) -> bool:
    """Whether ``stream`` is a seekable stream that earlier reads left at its end, not at its
    start: read again it is empty input, answered in silence. Any other value, or a stream
    that cannot tell, is not.

    >>> stream = io.StringIO("a,b")
    >>> read_to_its_end(stream), stream.read(), read_to_its_end(stream)
    (False, 'a,b', True)
    >>> read_to_its_end(io.StringIO(""))  # empty from its start: an empty input
    False
    >>> past = io.BytesIO(b"a,b")
    >>> past.seek(100), read_to_its_end(past)  # past its end: empty as well
    (100, True)
    """
    if not isinstance(stream, io.IOBase) or stream.closed:
        return False
    try:
        if not stream.seekable():
            return False
        at = stream.tell()
        if at == 0:
            return False
        end = stream.seek(0, io.SEEK_END)
        stream.seek(at)
    except (OSError, ValueError):  # "telling position disabled by next() call", a pipe...
        return False
    if end == at:
        return True
    # seeked past its end (BytesIO.seek(100) of 3 bytes): read again it is empty as well; a
    # TextIOWrapper's tell() is an opaque cookie (decoder state in its high bits), no offset
    return isinstance(at, int) and at > end and not isinstance(stream, io.TextIOWrapper)


def require_mapping(value: object, name: str) -> Mapping[Any, Any]:
    """``value`` if it is a mapping (a dict), else a TypeError."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (dict), got {type_name(value)}")
    return value


def require_instance(value: object, cls: type[T] | tuple[type, ...], name: str) -> T:
    """``value`` if it is an instance of ``cls``, else a TypeError naming both."""
    if not isinstance(value, cls):
        names = " or ".join(c.__name__ for c in cls) if isinstance(cls, tuple) else cls.__name__
        hint = "" if isinstance(cls, tuple) else file_hint(value, cls.__name__)
        raise TypeError(f"{name} must be {_article(names)} {names}, got {type_name(value)}{hint}")
    return value  # type: ignore[return-value]


def require_member(value: object, members: type[E], name: str) -> E:
    """``value`` as a member of the enum ``members``: a member, or the exact value of one (a
    ``str``, as files give them). Another ``str`` raises
    :class:`~ipprules.errors.UnknownNameError`, anything else :class:`TypeError`.

    >>> from ipprules.rulebook.model import Target
    >>> require_member("storefront", Target, "target")
    <Target.STOREFRONT: 'storefront'>
    >>> require_member(None, Target, "target")
    Traceback (most recent call last):
    ...
    TypeError: target must be a Target or its value (a str), got NoneType
    """
    if isinstance(value, members):
        return value
    if not isinstance(value, str):
        article = "an" if members.__name__[0] in "AEIOU" else "a"
        raise TypeError(
            f"{name} must be {article} {members.__name__} or its value (a str), "
            f"got {type_name(value)}"
        )
    text = plain(value)  # a str subclass's own __eq__/__hash__ is not called
    try:
        return members(text)
    except ValueError:
        from ipprules.errors import UnknownNameError

        raise UnknownNameError(name, text, [m.value for m in members]) from None


def require_int(
    value: object, name: str, *, low: int | None = None, high: int | None = None
) -> int:
    """``value`` if it is an ``int`` (not a bool) within ``low``..``high``, as a plain int
    (an int subclass's own comparisons, which may raise, are never called)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type_name(value)}")
    value = int.__index__(value)
    if low is not None and value < low:
        raise InputError(f"{name} must be at least {low}, got {shown_value(value)}")
    if high is not None and value > high:
        raise InputError(f"{name} must be at most {high:,}, got {shown_value(value)}")
    return value


def require_bool(value: object, name: str) -> bool:
    """``value`` if it is a ``bool``: a flag given ``"no"``, ``0`` or ``None`` is a TypeError,
    not a truth value (``member="no"`` read as a member).

    >>> require_bool("no", "member")
    Traceback (most recent call last):
    ...
    TypeError: member must be a bool (True or False), got str

    NumPy's bool (a pandas column's value, ``numpy.bool_``) is a bool: ``bool`` of it.
    """
    if not isinstance(value, bool):
        kind = type(value)
        if kind.__module__ == "numpy" and kind.__name__ in ("bool_", "bool"):
            return bool(value)
        raise TypeError(f"{name} must be a bool (True or False), got {type_name(value)}")
    return value


def require_date(value: object, name: str) -> dt.date:
    """A date from a ``date`` or a ``YYYY-MM-DD`` string, within 1900-01-01..2999-12-31."""
    return as_date(value, name)  # type: ignore[arg-type]


def rulebook_alias(old: str) -> Callable[[F], F]:
    """Let a function whose rule book is ``rulebook=`` still take its old keyword ``old``
    (``rules=`` or ``book=``) with a :class:`DeprecationWarning`; both at once is a TypeError.

    Every public function takes its rule book as ``rulebook=``; the lifecycle, penalty and
    counter-notice functions said ``rules=``, the Good Faith ones ``book=``.

    >>> @rulebook_alias("rules")
    ... def f(*, rulebook=None):
    ...     return rulebook
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     f(rules="b"), str(caught[0].message)
    ('b', 'f(rules=) is deprecated: call it f(rulebook=)')

    A rule book given by position and again by its old name is refused before any warning:

    >>> @rulebook_alias("book")
    ... def g(history, rulebook=None):
    ...     return rulebook
    >>> g("h", "b", book="c")
    Traceback (most recent call last):
    ...
    TypeError: g() got rulebook= and its old name book=: give one
    """

    def decorate(func: F) -> F:
        import inspect

        name = func.__name__
        # how many positional arguments reach the rule book, when it can be given by position
        params = list(inspect.signature(func).parameters.values())
        at = next(
            (
                i
                for i, p in enumerate(params)
                if p.name == "rulebook" and p.kind is p.POSITIONAL_OR_KEYWORD
            ),
            None,
        )

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if kwargs and old in kwargs:
                if "rulebook" in kwargs or (at is not None and len(args) > at):
                    raise TypeError(f"{name}() got rulebook= and its old name {old}=: give one")
                warnings.warn(
                    f"{name}({old}=) is deprecated: call it {name}(rulebook=)",
                    DeprecationWarning,
                    stacklevel=2,
                )
                kwargs["rulebook"] = kwargs.pop(old)
            return func(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


def settings_keywords(holder: str, options: type, where: str) -> Callable[[F], F]:
    """Let a function whose options live in ``holder=`` (an attrs class ``options``) say so when
    it is called with one of them as its own keyword: ``plan_listings(lines, plan,
    reason="tm_counterfeit")`` mirrors ``ipprules plan --reason`` and would get only Python's
    "unexpected keyword argument". ``where`` is the import that gives the class. A keyword that
    is neither gets Python's message with the nearest name, the function's or the options'
    (see :func:`keywords_checked`).

    >>> import attrs
    >>> @attrs.frozen
    ... class Opts:
    ...     reason: str | None = None
    >>> @settings_keywords("settings", Opts, "from m import O")
    ... def f(lines, *, settings=None, as_of=None):
    ...     return settings
    >>> def said(**kwargs):
    ...     try:
    ...         f([], **kwargs)
    ...     except TypeError as exc:
    ...         return str(exc).partition("argument ")[2]
    >>> print(said(reason="x"))
    'reason': reason is a field of Opts, give it as settings=Opts(reason=...) (from m import O)
    >>> print(said(reasn="x"))
    'reasn' (did you mean settings=Opts(reason=...)?)
    """
    return keywords_checked(options=(holder, options, where))


#: The names a user brings from the command line (its options) or from the docs' words, and
#: the keyword each is in Python where the function takes it (see :func:`keywords_checked`).
COMMAND_NAMES: dict[str, str] = {
    "date": "as_of",
    "day": "as_of",
    "on": "start",
    "reading": "interpretation",
    "rule_book": "rulebook",
    "fact": "facts",
    "platform": "platforms",
    "metric": "metrics",
}


def keywords_checked(
    aliases: Mapping[str, str] | None = None, *, options: tuple[str, type, str] | None = None
) -> Callable[[F], F]:
    """Refuse a keyword the function does not take as Python does, with the name meant: the
    nearest of its parameters (``asof``: ``as_of``), or the one ``aliases`` maps it to (the
    command's option, :data:`COMMAND_NAMES` and ``aliases``: ``fact`` for ``--fact`` is
    ``facts``, ``on`` for ``--on`` is ``start``, where the function takes that keyword);
    with ``options`` (``(holder, class, import)``, :func:`settings_keywords`), the fields of
    an options class too. The keywords it takes pass unchanged.

    >>> @keywords_checked()
    ... def f(deadline, start, *, platforms=None):
    ...     return start
    >>> f("x", start="2026-11-23")
    '2026-11-23'
    >>> f("x", on="2026-11-23")
    Traceback (most recent call last):
    ...
    TypeError: f() got an unexpected keyword argument 'on' (did you mean 'start'?)
    >>> f("x", "2026-11-23", platform="taobao")
    Traceback (most recent call last):
    ...
    TypeError: f() got an unexpected keyword argument 'platform' (did you mean 'platforms'?)
    """

    def decorate(func: F) -> F:
        import inspect

        import attrs

        name = func.__name__
        parameters = inspect.signature(func).parameters
        params = tuple(p for p in parameters if not p.startswith("_"))
        known = frozenset(parameters)
        fields = tuple(a.name for a in attrs.fields(options[1])) if options else ()
        meant = {**COMMAND_NAMES, **(aliases or {})}

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for key in kwargs:
                if key not in known:
                    raise TypeError(_unexpected(name, key, params, fields, meant, options))
            return func(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


def _unexpected(
    name: str,
    key: str,
    params: tuple[str, ...],
    fields: tuple[str, ...],
    aliases: Mapping[str, str],
    options: tuple[str, type, str] | None,
) -> str:
    """The message for a keyword ``key`` that ``name()`` does not take."""
    from ipprules.errors import bounded_text, suggest

    said = f"{name}() got an unexpected keyword argument {bounded_text(repr(key), 200)}"
    if options is not None and key in fields:
        holder, cls, where = options
        return (
            f"{said}: {key} is a field of {cls.__name__}, give it as "
            f"{holder}={cls.__name__}({key}=...) ({where})"
        )
    near = aliases.get(key)
    if near not in params:
        near = suggest(key, [*params, *fields])
    if near in params:
        return f"{said} (did you mean {near!r}?)"
    if near is not None and options is not None:
        return f"{said} (did you mean {options[0]}={options[1].__name__}({near}=...)?)"
    return said
