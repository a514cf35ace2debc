"""Every option of every command says what it does in ``--help`` and is named in the docs.

docs30 found ``plan --channel``, ``plan --strategy`` and ``rules --target`` with no help text,
and ``advise --subtype``, ``lifecycle --ipr-submitted`` and ``plan --channel`` on no page of
the docs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ipprules.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _options() -> list[tuple[str, str, argparse.Action]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [
        (name, action.option_strings[-1], action)
        for name, command in sorted(sub.choices.items())
        for action in command._actions
        if action.option_strings and action.option_strings[-1] != "--help"
    ]


def _docs_text() -> str:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def test_every_option_has_a_help_text() -> None:
    silent = [(name, option) for name, option, action in _options() if not action.help]
    assert silent == []


def test_every_option_is_named_in_the_docs() -> None:
    text = _docs_text()
    missing = sorted({(n, o) for n, o, _ in _options() if o not in text})
    assert missing == []
