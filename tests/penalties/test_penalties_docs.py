"""docs/penalties.md: its examples run."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "penalties.md"

pytestmark = pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")


def test_examples_in_the_page_run() -> None:
    result = doctest.testfile(
        str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 10
    assert result.failed == 0
