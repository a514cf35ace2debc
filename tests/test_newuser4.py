"""A new user's notebook session: names, call tips, reprs, inputs built in Python, errors.

Each test holds a friction found by trying what the README and the docs show, and what a
notebook user tries next (tab completion, ``help()``, ``repr()``, a plan given as text...).
"""

from __future__ import annotations

import importlib
import inspect
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.errors import InputError


def test_dir_lists_the_public_names_and_no_import_helpers():
    names = dir(ipprules)
    assert set(ipprules.__all__) <= set(names)
    for helper in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert helper not in names
    for name in names:  # everything offered resolves
        getattr(ipprules, name)


def test_public_packages_load_on_first_access():
    """``ipprules.schemas.schema(...)``, ``ipprules.checks.plan_from_data(...)``, as the docs
    and error messages write them, work after a bare ``import ipprules``."""
    code = (
        "import ipprules\n"
        "print(ipprules.schemas.schema('plan')['title'])\n"
        "print(ipprules.checks.plan_from_data.__name__)\n"
        "print('checks' in dir(ipprules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[1:3] == ["plan_from_data", "True"]


def test_coverage_module_has_the_function_signature():
    """Once ``ipprules.coverage`` is the (callable) package, its call tip is still the
    function's, not ``(*args, **kwargs)``."""
    package = importlib.import_module("ipprules.coverage")
    function = package.coverage
    assert inspect.signature(package) == inspect.signature(function)
    assert "portfolio" in inspect.signature(ipprules.coverage).parameters


# --- a plan given as text ------------------------------------------------------------


@pytest.mark.parametrize("example", ["examples/plan.toml", "examples/portfolio.toml"])
def test_read_plan_reads_toml_text_from_a_stream(example):
    """``read_plan(io.StringIO(text))``: a stream without a name is read as TOML or JSON by its
    text, as stdin is (it was always read as JSON: "not valid JSON" on a TOML plan)."""
    text = Path(example).read_text(encoding="utf-8")
    assert ipprules.read_plan(io.StringIO(text)) == ipprules.read_plan(example)
    assert ipprules.read_plan(io.BytesIO(text.encode())) == ipprules.read_plan(example)


@settings(max_examples=30, deadline=None)
@given(
    before=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")),
    after=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")),
)
@example(before=Path("examples/plan.toml").read_text(encoding="utf-8"), after="")
@example(before='{"account": {"name": "x"}}', after="")
def test_text_where_a_path_belongs_says_so(before, after):
    """``read_plan(text)`` quoted the whole text as a file name ("File name too long", 1,480
    characters for the example plan); it says it is text, how to pass it, and stays short.
    So does a JSON object on one line."""
    for text in (before + "\n" + after, "{" + before.replace("\n", " ") + "}"):
        _assert_said_to_be_text(text)


def _assert_said_to_be_text(text):
    with pytest.raises(InputError) as caught:
        ipprules.read_plan(text)
    message = str(caught.value)
    assert message.startswith("<text ")
    assert "io.StringIO(text)" in message
    assert len(message) < 200


def test_a_missing_file_is_still_a_missing_file():
    with pytest.raises(InputError, match="cannot read the file: No such file"):
        ipprules.read_plan("no-such-plan.toml")
