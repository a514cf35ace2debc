"""Sweep hostile17: the advisor's arguments of a wrong type."""

from __future__ import annotations

import pytest

import ipprules
from ipprules.errors import IpprulesError, UnknownNameError


@pytest.mark.parametrize(
    "target", [1, 10**5000, None, b"listing", 1.5], ids=["1", "huge", "None", "bytes", "1.5"]
)
def test_advise_target_of_a_wrong_type_is_a_type_error(target: object) -> None:
    """``advise(target=1)`` was ``UnknownNameError: unknown target '1'``, and
    ``target=10**5000`` a ValueError (the int's text is refused past 4,300 digits)."""
    with pytest.raises(TypeError, match=r"^target must be a Target or its value \(a str\)"):
        ipprules.advise("trademark", "tmall", target=target, as_of="2024-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "subtype", [1, 10**5000, b"design", ["design"]], ids=["1", "huge", "bytes", "list"]
)
def test_advise_subtype_of_a_wrong_type_is_a_type_error(subtype: object) -> None:
    """``advise(subtype=10**5000)`` was a ValueError from the message's ``repr``."""
    with pytest.raises(TypeError, match=r"^subtype must be a str, got "):
        ipprules.advise("patent", "tmall", subtype=subtype, as_of="2024-01-01")  # type: ignore[arg-type]


def test_advise_names_still_say_what_is_known() -> None:
    with pytest.raises(UnknownNameError, match=r"unknown target 'shop'; known: listing"):
        ipprules.advise("trademark", "tmall", target="shop", as_of="2024-01-01")
    with pytest.raises(UnknownNameError, match=r"'desing' \(did you mean 'design'\?\)"):
        ipprules.advise("patent", "tmall", subtype="desing", as_of="2024-01-01")
    advice = ipprules.advise("patent", "tmall", subtype="design", as_of="2024-01-01")
    assert advice.subtype == "design"


@pytest.mark.parametrize(
    ("name", "shown"),
    [(10**5000, "an int of 5,001 digits"), (7, "7"), (None, "None"), ("x" * 80, "'" + "x" * 57)],
    ids=["huge", "int", "None", "long"],
)
def test_an_unknown_name_of_any_value_makes_a_message(name: object, shown: str) -> None:
    """A caller's name of a wrong type reached UnknownNameError, whose ``repr`` of an int of
    5,000 digits raised ValueError: the error meant to report it never came."""
    error = UnknownNameError("platform", name, ["taobao"])  # type: ignore[arg-type]
    assert isinstance(error, IpprulesError)
    assert str(error).startswith(f"unknown platform {shown}")


FULL_WIDTH_TMALL = "".join(chr(0xFF21 + ord(c) - ord("A")) for c in "TMALL")  # Ｔ Ｍ Ａ Ｌ Ｌ


@pytest.mark.parametrize("given", [FULL_WIDTH_TMALL, "Tmall", " tmall"])
def test_a_look_alike_platform_gets_the_nearest_name(given: str) -> None:
    """A full-width 'ＴＭＡＬＬ' (an East Asian input method) was refused with no hint, where
    'TMALL' got "did you mean 'tmall'?"; and a plan's platform-unknown finding gave none."""
    with pytest.raises(UnknownNameError, match=r"\(did you mean 'tmall'\?\)"):
        ipprules.advise("trademark", given, as_of="2024-01-01")
    from pathlib import Path

    import attrs

    plan = ipprules.read_plan(Path(__file__).resolve().parents[2] / "examples" / "plan.toml")
    complaint = attrs.evolve(plan.complaints[0], platform=given)
    report = ipprules.check(attrs.evolve(plan, complaints=(complaint,)), as_of="2026-11-23")
    found = [f for f in report.findings if f.code == "platform-unknown"]
    assert len(found) == 1
    assert f"{given!r} is not an IPP platform (did you mean 'tmall'?)" in found[0].message


def test_a_name_far_from_any_gets_no_hint() -> None:
    with pytest.raises(UnknownNameError) as info:
        ipprules.advise("trademark", "ebay", as_of="2024-01-01")
    assert "did you mean" not in str(info.value)
