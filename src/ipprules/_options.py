"""How messages name an option: the command line's (``--column``) or a Python function's
argument (``column=``). Kept apart from the listings package so that a command sets it
without importing the parser (``tests/cli/test_cli_startup.py``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TypeVar

_T = TypeVar("_T")

__all__ = ["column_option", "option_said", "read_by_name", "said_in_python"]

#: How messages name the option that names the URL column: ``None`` (the command line's
#: ``--column``) unless a Python entry point said ``column=`` (:func:`column_option`).
_OPTION: ContextVar[str | None] = ContextVar("ipprules_column_option", default=None)


#: Whether a Dask reader reads the file (:func:`read_by_name`): it reads each file as its
#: name says and takes no kind (``--input``, ``kind=``) to suggest.
_BY_NAME: ContextVar[bool] = ContextVar("ipprules_read_by_name", default=False)


def _option() -> str:
    return _OPTION.get() or "--column"


@contextlib.contextmanager
def column_option(option: str) -> Iterator[None]:
    """Within it, a message about the URL column names it with ``option`` (``column=`` in a
    Python function, ``--column`` in a command), unless an outer caller chose already (the
    command that calls the Python function).

    >>> with column_option("column="):
    ...     _option()
    'column='
    >>> _option()
    '--column'
    """
    token = _OPTION.set(_OPTION.get() or option)
    try:
        yield
    finally:
        _OPTION.reset(token)


def option_said(command: str, python: str) -> str:
    """What a message tells the caller to give: ``command`` (an option, ``--input lines``)
    while an ``ipprules`` command runs (its main sets :func:`column_option` to
    ``--column`` first), else ``python`` (the function's argument, ``kind='lines'``).

    >>> option_said("--input lines", "kind='lines'")
    "kind='lines'"
    >>> with column_option("--column"):
    ...     option_said("--input lines", "kind='lines'")
    '--input lines'
    """
    return command if _OPTION.get() == "--column" else python


def said_in_python(items: Iterator[_T]) -> Iterator[_T]:
    """``items`` (a reader's generator) stepped so that its messages name the URL column's
    option as a Python function's argument, ``column=`` (:func:`column_option`), unless a
    command chose already (its ``--column``: then ``items`` as they are, at no cost). Each
    step sets and resets the option, so that none is left set while the caller holds an
    item, nor after it drops the generator unfinished.

    >>> def reader():
    ...     yield _option()
    >>> list(said_in_python(reader())), _option()
    (['column='], '--column')
    >>> with column_option("--column"):
    ...     list(said_in_python(reader()))
    ['--column']
    """
    if _OPTION.get() is not None:
        yield from items
        return
    while True:
        token = _OPTION.set("column=")
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            _OPTION.reset(token)
        yield item


@contextlib.contextmanager
def read_by_name() -> Iterator[None]:
    """Within it, a file is read as its name says (the Dask readers: ``--workers``,
    ``ipprules.scale``), which take no ``--input lines`` nor ``kind='lines'``: a message
    suggests renaming the file instead (:func:`by_name`).

    >>> with read_by_name():
    ...     by_name()
    True
    >>> by_name()
    False
    """
    token = _BY_NAME.set(True)
    try:
        yield
    finally:
        _BY_NAME.reset(token)


def by_name() -> bool:
    """Whether the file is read as its name says (within :func:`read_by_name`)."""
    return _BY_NAME.get()
