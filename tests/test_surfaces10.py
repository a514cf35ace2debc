"""Hostile inputs and the CLI/notebook surfaces (surfaces10): a wrong ``as_of`` named as a
Python caller typed it, and the refusals of the sweep over every command and reader.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _said(argv: list[str]) -> tuple[int, str]:
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -- item 1: a wrong as_of is named as typed -------------------------------------------------

_PLAN = ipprules.read_plan("examples/plan.toml")
_HISTORY = ipprules.History.from_rows([])
_BOOK = ipprules.default_rulebook()

# every public function taking a date by a keyword: (the parameter, the call)
_DATED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "check": ("as_of", lambda day: ipprules.check(_PLAN, as_of=day)),
    "coverage": ("as_of", lambda day: ipprules.coverage(_PLAN, as_of=day)),
    "plan_listings": ("as_of", lambda day: ipprules.plan_listings([_URL], _PLAN, as_of=day)),
    "advise": ("as_of", lambda day: ipprules.advise("trademark", "taobao", as_of=day)),
    "standing": ("as_of", lambda day: ipprules.standing(_HISTORY, as_of=day)),
    "what_if": ("as_of", lambda day: ipprules.what_if(_HISTORY, [], as_of=day)),
    "penalty_standing": (
        "as_of",
        lambda day: ipprules.penalty_standing((), "aliexpress", as_of=day),
    ),
    "diff_rules": ("as_of", lambda day: ipprules.diff_rules(_BOOK, _BOOK, as_of=day)),
    "timeline start": ("start", lambda day: ipprules.timeline(_HISTORY, day, "2024-01-01")),
    "timeline end": ("end", lambda day: ipprules.timeline(_HISTORY, "2024-01-01", day)),
}


@settings(max_examples=20, deadline=None)
@given(
    call=st.sampled_from(sorted(_DATED)),
    value=st.one_of(
        st.integers(), st.floats(allow_nan=False), st.binary(max_size=12), st.lists(st.text())
    ),
)
@example(call="standing", value=20240102)
@example(call="timeline start", value=2024.0)
def test_a_wrong_as_of_is_named_as_the_python_caller_typed_it(call: str, value: object) -> None:
    """It said ``as-of date must be a datetime.date ...`` (``timeline start must ...``): a
    notebook user typed ``as_of=`` (``start``), so that is the name the TypeError gives."""
    name, function = _DATED[call]
    with pytest.raises(TypeError) as raised:
        function(value)
    assert str(raised.value) == (
        f"{name} must be a datetime.date or a 'YYYY-MM-DD' string, got {type(value).__name__}"
    )


@given(call=st.sampled_from(sorted(_DATED)))
def test_a_string_that_is_no_date_still_says_what_it_is_for(call: str) -> None:
    """The InputError for a string that is no date keeps its words (``as-of date``): they are
    the CLI's too, and read alike with ``--as-of``."""
    what = call if call.startswith("timeline") else "as-of date"
    with pytest.raises(ipprules.InputError, match=rf"for the {what}, got '2024-1-2'"):
        _DATED[call][1]("2024-1-2")


@pytest.mark.parametrize("day", ["99999-01-01", "2024-13-01", "3000-01-01"])
def test_the_cli_still_says_as_of_as_an_option(day: str) -> None:
    code, err = _said(["check", "examples/plan.toml", "--as-of", day])
    assert code == 2
    assert "argument --as-of: " in err and "as_of" not in err
