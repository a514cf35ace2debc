"""``ipprules schema`` and the commands of docs/schemas.md."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from ipprules import schemas
from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "schemas.md"


@pytest.mark.parametrize("name", schemas.NAMES)
def test_schema_prints_the_shipped_file(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", name]) == 0
    out = capsys.readouterr().out
    assert out == schemas.path(name).read_text(encoding="utf-8")
    assert json.loads(out)["$id"] == f"{name}.schema.json"


def test_schema_path_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--path", "plan"]) == 0
    assert Path(capsys.readouterr().out.strip()) == schemas.path("plan")
    assert main(["schema", "--path", "plan", "--format", "json"]) == 0  # JSON, as asked
    assert json.loads(capsys.readouterr().out) == {
        "name": "plan",
        "path": str(schemas.path("plan")),
    }
    assert main(["schema", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["name"] for e in listed] == list(schemas.NAMES)
    assert main(["schema"]) == 0
    text = capsys.readouterr().out
    assert all(name in text for name in schemas.NAMES)


def test_unknown_schema_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "colour"]) == 2
    assert "unknown schema 'colour'" in capsys.readouterr().err


@pytest.mark.skipif(not DOC.exists(), reason="docs are not part of this checkout")
def test_every_command_in_the_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [
        line[2:]
        for line in DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("$ ipprules ")
    ]
    assert len(commands) >= 4
    for command in commands:
        argv = shlex.split(command.partition(">")[0])[1:]
        assert main(argv) == 0, command
        assert capsys.readouterr().out.strip(), command


@pytest.mark.parametrize("example", ["calendar.toml", "rules-override.toml"])
def test_examples_name_their_schema(example: str) -> None:
    first = (ROOT / "examples" / example).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#:schema ")
    target = (ROOT / "examples" / first.split()[1]).resolve()
    assert target == schemas.path(example.split(".")[0].split("-")[0]).resolve()


def test_a_schema_is_never_fitted_to_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IPPRULES_WIDTH", "40")
    assert main(["schema", "history"]) == 0
    assert capsys.readouterr().out == schemas.path("history").read_text(encoding="utf-8")


def test_the_list_keeps_every_column_on_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """At 60 columns the list truncated its lines: the file column became a bare '…' on
    every row. The folder is said once and the table wrapped: every file name is there."""
    monkeypatch.setenv("IPPRULES_WIDTH", "60")
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"in {schemas.path('plan').parent}:"
    assert all(len(line) <= 60 for line in lines[1:])
    for name in schemas.NAMES:
        assert f"{name}.schema.json" in out
