"""Sweep hostile17: rule-book override ids that could never be given as typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules import RuleDataError, default_rulebook, load_rulebook
from ipprules.cli import main


def _override(tmp_path: Path, section: str, given: str) -> Path:
    data = default_rulebook().to_data()
    record = dict(data[section][0])
    record.update(id=given, sources=["MINE"], confidence="user")
    override = {"sources": [{"id": "MINE", "title": "ours", "kind": "user"}], section: [record]}
    path = tmp_path / "o.json"
    path.write_text(json.dumps(override, default=str), encoding="utf-8")
    return path


@pytest.mark.no_cover
@pytest.mark.parametrize("given", ["x\x00", "acme ", " acme", "a\tb", "a\u202eb", "a\nb", " "])
@pytest.mark.parametrize("section", ["reason_codes", "platforms"])
def test_an_id_with_a_control_character_or_outer_space_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], section: str, given: str
) -> None:
    """A reason code 'x\\x00' or 'acme ' loaded and was advised (the NUL printed raw to the
    terminal); no option, plan or history could name it as typed. Only an empty id was
    refused."""
    path = _override(tmp_path, section, given)
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    found = {(p.path, p.message) for p in caught.value.problems}
    expected = (
        "the id is empty"
        if not given.strip()
        else f"the id {given!r} holds white space at an end or a control character"
    )
    assert (f"$.{section}[0].id", expected) in found
    assert main(["rules", "summary", "--rules", str(path), "--as-of", "2024-01-01"]) == 2
    assert f"{path}:1:" in capsys.readouterr().err


@pytest.mark.parametrize("given", ["acme_counterfeit", "ACME", "a b", "假冒"])
def test_a_plain_id_is_taken(tmp_path: Path, given: str) -> None:
    book = load_rulebook(_override(tmp_path, "reason_codes", given))
    assert given in book.as_of("2024-01-01").reason_codes
