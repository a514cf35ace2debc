"""Two reader left-overs (inputs36): a calendar's unknown key names the key it may stand
for, as every other reader's does; ``plan --reason/--right/--target/--order-number`` naming
several values is refused with the rule, as a plan cell naming several is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusal of an option's value
        code = int(str(exc.code))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cal.json", '{"name": "x",\n "hoildays": ["2024-10-01"],\n "colour": 1}'),
        ("cal.toml", 'name = "x"\nhoildays = ["2024-10-01"]\ncolour = 1\n'),
    ],
)
def test_a_calendar_unknown_key_says_did_you_mean_at_its_line(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said ``$.hoildays: unknown key; known keys: ...`` with no suggestion."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    argv = ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao"]
    code, out, err = _run([*argv, "--calendar", str(path)], capsys)
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 2)
    assert lines[0].startswith(f"ipprules: error: {path}:2:")
    assert lines[0].endswith(": $.hoildays: unknown key 'hoildays' (did you mean 'holidays'?)")
    assert lines[1].startswith(f"{path}:3:")
    assert lines[1].endswith(
        ": $.colour: unknown key 'colour'; known keys: name, weekend, holidays, "
        "workdays, day_notes, valid_from, valid_until"
    )


_PLAN = ["plan", "examples/planner-urls.csv", "--account", "examples/planner-account.toml"]


@pytest.mark.parametrize(
    ("option", "value", "rule"),
    [
        ("--reason", "tm_counterfeit;tm_misuse", "one reason code per complaint (B16, R41"),
        ("--right", "tm-1|tm-2", "one right per complaint (R45"),
        ("--target", "listing, storefront", "one target kind per complaint (B16, R41"),
    ],
)
def test_a_plan_option_naming_several_is_refused_with_its_rule(
    option: str, value: str, rule: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--reason a;b`` was checked as one unknown reason code (``is no platform's reason
    code``), ``--target a;b`` as one unknown target, citing no rule."""
    code, out, err = _run([*_PLAN, option, value, "--as-of", "2024-10-01"], capsys)
    assert (code, out) == (2, "")
    assert f"argument {option}: {rule}" in err
    assert f"{value!r} names 2" in err and err.rstrip().endswith("give one")


@pytest.mark.parametrize("field", ["reason", "target"])
def test_settings_naming_several_are_refused_with_the_rule(field: str) -> None:
    """(A right naming several is refused when planning, where the account's ids are known:
    tests/planner/test_planner_right_ids_check23.py.)"""
    from ipprules.checks.model import ONE_PER_COMPLAINT
    from ipprules.errors import InputError
    from ipprules.planner import Settings

    with pytest.raises(InputError) as caught:
        Settings(**{field: "listing;storefront"})
    assert caught.value.problems[0].message.startswith(ONE_PER_COMPLAINT[field])
    assert Settings(**{field: "storefront"}) is not None  # one is taken
