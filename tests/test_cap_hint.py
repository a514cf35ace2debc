"""A size-cap refusal says how to raise the cap in Python, and the way it names works."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ipprules
from ipprules.errors import InputError
from ipprules.goodfaith import History

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("name", ["history.csv", "plan.toml"])
def test_a_file_over_the_cap_names_a_python_way_that_exists(name: str) -> None:
    """It said "raise it with --max-bytes or max_bytes=", but History.from_file and
    read_plan take no max_bytes= (a TypeError): the hint now names the context manager,
    exported at the top level, and following it reads the file."""
    path = EXAMPLES / name
    read = History.from_file if name.endswith(".csv") else ipprules.read_plan
    with ipprules.reading_limits(max_bytes=64), pytest.raises(InputError) as caught:
        read(path)
    message = str(caught.value)
    assert "ipprules.reading_limits(max_bytes=...)" in message
    assert "max_bytes=)" not in message
    with ipprules.reading_limits(max_bytes=os.path.getsize(path)):
        assert read(path) is not None


def test_reading_limits_is_public_and_listed() -> None:
    assert "reading_limits" in ipprules.__all__
    assert "reading_limits" in dir(ipprules)
