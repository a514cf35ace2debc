"""Every command's ``--help`` reads alike: the one-line description of ``ipprules --help``
and the positional arguments as the docs write them (``ipprules plan URLS``)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ipprules.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _descriptions() -> dict[str, str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {a.dest: a.help or "" for a in sub._choices_actions}


@pytest.mark.parametrize("name", sorted(_descriptions()))
def test_each_command_is_described_as_the_others_are(name: str) -> None:
    """'good-faith' alone began with a capital and ended with a full stop."""
    text = _descriptions()[name]
    assert text and not text.endswith("."), text
    assert text[0].islower() or text.startswith("Good Faith"), text
    assert text == _commands()[name].description


@pytest.mark.parametrize("name", sorted(_descriptions()))
def test_positional_arguments_are_shown_in_capitals(name: str) -> None:
    """``ipprules plan --help`` showed ``input`` where the docs write ``URLS`` and its own
    ``--input`` help said ``INPUT``."""
    for action in _commands()[name]._actions:
        if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
            shown = action.metavar if isinstance(action.metavar, str) else action.dest
            assert shown == shown.upper(), (name, shown)


def test_the_docs_write_the_plan_command_as_its_usage_does() -> None:
    usage = _commands()["plan"].format_usage()
    shown = re.search(r" (\S+)$", usage.strip())
    assert shown is not None and shown.group(1) == "URLS", usage
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`ipprules plan URLS --account PLAN" in readme


@pytest.mark.parametrize("option", ["--platform", "--ipr-type", "--rules", "--as-of"])
def test_an_option_is_shown_alike_in_every_command(option: str) -> None:
    """``rules --help`` showed ``--platform PLATFORM --ipr-type IPR_TYPE`` where ``advise``
    and the others show ``--platform ID --ipr-type TYPE``."""
    shown = {
        name: action.metavar
        for name, parser in _commands().items()
        for action in parser._actions
        if option in action.option_strings
    }
    assert len(shown) >= 2 and len(set(shown.values())) == 1, shown
