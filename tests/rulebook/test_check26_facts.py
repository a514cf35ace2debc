"""check26: a reason code's ``facts`` in a user's file is an open vocabulary (docs/rulebook.md:
the facts ``advise --fact`` takes are those the book's codes list), so a fact one slip from a
fact the base's codes list is noted, with the file, line, JSON path and the fact meant, not
refused; ``facts = ["counterfeit_prodcut"]`` loaded without a word before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules import load_rulebook
from ipprules.checks import known_facts
from ipprules.cli import main

CODE = """
[[reason_codes]]
id = "acme_counterfeit"
label = "Counterfeit"
description = "mine"
ipr_type = "trademark"
platforms = ["taobao", "tmall"]
effective_from = "2015-01-06"
sources = ["BRIEF"]
confidence = "user"
facts = {facts}
"""


def _write(tmp_path: Path, facts: str) -> Path:
    path = tmp_path / "acme.toml"
    path.write_text(CODE.format(facts=facts), encoding="utf-8")
    return path


def _code(path: Path) -> object:
    (code,) = [r for r in load_rulebook(path).records("reason_codes") if r.id == "acme_counterfeit"]
    return code


def test_a_fact_one_slip_from_a_known_one_is_noted(tmp_path: Path) -> None:
    path = _write(tmp_path, '["test_purchase", "counterfeit_prodcut"]')
    note = _code(path).note  # type: ignore[attr-defined]
    assert "'counterfeit_prodcut'" in note and "did you mean 'counterfeit_product'?" in note
    assert f"{path}:11" in note and "$.reason_codes[0].facts[1]" in note
    assert "test_purchase" not in note


def test_a_new_fact_is_open_vocabulary(tmp_path: Path) -> None:
    """A fact near none the base knows is the file's own: no note, and the advisor takes it."""
    book = load_rulebook(_write(tmp_path, '["grey_import"]'))
    (code,) = [r for r in book.records("reason_codes") if r.id == "acme_counterfeit"]
    assert code.note == ""
    assert "grey_import" in known_facts(book)


def test_the_note_is_said_once_when_the_data_is_read_back(tmp_path: Path) -> None:
    import json

    book = load_rulebook(_write(tmp_path, '["counterfeit_prodcut"]'))
    data = book.to_data()
    again = tmp_path / "again.json"
    codes = [c for c in data["reason_codes"] if c["id"] == "acme_counterfeit"]
    again.write_text(json.dumps({"reason_codes": codes}, default=str), encoding="utf-8")
    note = _code(again).note  # type: ignore[attr-defined]
    assert note.count("is listed by no other code") == 1


def test_the_cli_says_it_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, '["counterfeit_prodcut"]')
    args = ["--rules", str(path), "--as-of", "2026-11-23"]
    assert main(["rules", "reasons", *args]) == 0
    err = capsys.readouterr().err
    assert "acme_counterfeit" in err and "did you mean 'counterfeit_product'?" in err
    assert main(["check", "--example", *args]) in (0, 1)
    assert "did you mean 'counterfeit_product'?" in capsys.readouterr().err
