"""Bounded time on hostile strings, third pass: guards for the two link patterns of
``listings/text.py`` that are quadratic under ``search`` on a long run (``_CELL_END`` on a
text with no comma after its ``.html``, ``_ASSIGNED`` on a run of blanks). The code anchors
both (``match``), which is linear; these tests fail if either is ever searched instead.
They run on texts far over the listing cap (8,192 characters), as ``extract_urls`` reads
any length."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from ipprules import extract_urls
from ipprules.listings.text import list_cut

#: CPU seconds for one call on a 64k text: a linear scan takes about a millisecond, a
#: quadratic one about twenty seconds; the bound holds on a loaded machine.
_BOUND = 1.0
_LONG = 65_536


def _cpu(call: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    call(text)
    return time.process_time() - start


@pytest.mark.parametrize(
    "text",
    [
        "a" * _LONG + ",x",  # _CELL_END: no .html before the comma
        ".htm" * (_LONG // 4) + "x,y",  # _CELL_END: a .htm at every step, no comma after one
        "a.b/" + "x" * _LONG + ",y",  # every cut pattern, one long cell
    ],
)
def test_list_cut_is_linear_on_a_long_cell(text: str) -> None:
    assert _cpu(list_cut, text) < _BOUND


@pytest.mark.parametrize(
    "text",
    [
        "//a.b" + " " * _LONG + "x",  # _ASSIGNED after a protocol-relative host: blanks, no =
        "//a.b" + " \t" * (_LONG // 2) + "x",
        "//a.b/" + ".htm" * (_LONG // 4) + "x,y",  # _CELL_END through extract_urls
    ],
)
def test_extract_urls_is_linear_on_a_long_run(text: str) -> None:
    assert _cpu(extract_urls, text) < _BOUND
