"""Sweep 13: free text on several lines, the environment, CSV line ends, and hostile objects.

``plan --supplement`` refused a tab or a newline, which a plan file's supplement takes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_hostile_10 import BASE, _run

# ---------------------------------------------------------------- free text on several lines

_TEXT = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=8)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_TEXT, st.sampled_from(["\t", "\n"])), min_size=1, max_size=4), _TEXT)
def test_the_supplement_takes_tabs_and_newlines(
    capsys: pytest.CaptureFixture[str], parts: list[tuple[str, str]], last: str
) -> None:
    """``plan --supplement $'Fake lamps:\\n- wrong box'`` was refused ('a control character
    (U+000A)'), where a plan file's supplement takes a reason on several lines."""
    text = "".join(a + b for a, b in parts) + "x" + last
    code, err = _run([*BASE["plan"], "--supplement", text, "--format", "json"], capsys)
    assert "a control character" not in err
    assert code in (0, 1)


@pytest.mark.parametrize("control", ["\x00", "\r", "\x1b", "\x0b", "\x85", "\u202e", "\u2028"])
def test_the_supplement_refuses_other_controls(
    capsys: pytest.CaptureFixture[str], control: str
) -> None:
    value = "a\n" + control + "b"
    code, err = _run([*BASE["plan"], "--supplement", value], capsys)
    assert code == 2
    assert err == (
        f"ipprules plan: error: argument --supplement: a control character "
        f"(U+{ord(control):04X}) in {value!r}\n"
    )


def test_the_supplement_is_in_every_complaint_as_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ipprules.cli import main

    text = "Fake lamps:\n\t- wrong box\n\t- no serial number"
    out = tmp_path / "out"
    assert main([*BASE["plan"], "--supplement", text, "--out", str(out)]) in (0, 1)
    capsys.readouterr()
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert plan["complaints"]
    assert {c["supplement"] for c in plan["complaints"]} == {text}


# ---------------------------------------------------------------- the environment


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=12).filter(lambda t: "\x00" not in t and t.isprintable()),
        st.integers(-5, 2_000_000).map(str),
        st.sampled_from(["abc", "-5", "8O", "٨٠", "1e3", "+80", "80.0", "9" * 5000, "0x50"]),
    )
)
def test_a_bad_width_in_the_environment_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """``IPPRULES_WIDTH=abc`` was taken as no limit without a word; ``-5`` too."""
    monkeypatch.setenv("IPPRULES_WIDTH", value)
    code, err = _run(["explain", "supplement-missing"], capsys)
    given = value.strip()
    digits = given.lstrip("0")
    if not given or (
        given.isascii() and given.isdigit() and len(digits) < 8 and int(digits or 0) <= 1_000_000
    ):
        assert (code, err) == (0, "")
        return
    assert code == 2
    assert err == (
        "ipprules explain: error: environment variable IPPRULES_WIDTH: expected a whole number "
        f"of columns from 0 to 1,000,000 (0: no limit), got {value[:37] + '...' if len(value) > 40 else value!r}\n"
    )
