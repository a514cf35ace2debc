"""check23: a right is the user's own id (the account file's ``[[rights]] id``), and an id
may hold ``;``, ``|`` or ``,``, the characters a planner cell naming several values is split
on. A right cell, ``--right`` or ``Settings.right`` naming exactly one of the account's ids is
that one right (exact match first); one naming no id and several values is still refused
citing R45 (one right per complaint)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.checks import read_plan
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.planner import Settings, plan_listings, read_lines

ACCOUNT = Path("examples/planner-account.toml")
URL = "https://item.taobao.com/item.htm?id=612345678901"
IDS = ["tm;cn", "tm|cn", "tm,cn", "tm-cn; 2024"]
R45 = "one right per complaint (R45"


def _account(tmp_path: Path, right_id: str) -> Path:
    """The example planner account with its one right renamed ``right_id``."""
    text = ACCOUNT.read_text(encoding="utf-8").replace(
        'id = "tm-cn"', f"id = {json.dumps(right_id)}"
    )
    path = tmp_path / "account.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _csv(tmp_path: Path, right_cell: str) -> Path:
    path = tmp_path / "lines.csv"
    path.write_text(f'url,right,reason\n{URL},"{right_cell}",tm_counterfeit\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("right_id", IDS)
def test_a_right_cell_naming_an_account_id_with_a_separator_is_that_right(
    right_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = _account(tmp_path, right_id)
    args = ["plan", "--account", str(account), "--as-of", "2026-11-23", "--format", "json"]
    assert main([*args, str(_csv(tmp_path, right_id))]) == 0, capsys.readouterr().err
    out = json.loads(capsys.readouterr().out)
    assert [c["right"] for c in out["complaints"]] == [right_id]


@pytest.mark.parametrize("right_id", IDS)
def test_a_right_cell_naming_several_that_is_no_id_is_still_refused(
    right_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = _account(tmp_path, right_id)
    cell = right_id.replace("tm", "xx")  # not the account's id: several values
    args = ["plan", "--account", str(account), "--as-of", "2026-11-23"]
    assert main([*args, str(_csv(tmp_path, cell))]) == 2
    err = capsys.readouterr().err
    assert f"$.right: {R45}" in err and "Traceback" not in err


@pytest.mark.parametrize("right_id", IDS)
def test_the_right_option_naming_an_account_id_with_a_separator_is_that_right(
    right_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = _account(tmp_path, right_id)
    lines = tmp_path / "urls.txt"
    lines.write_text(URL + "\n", encoding="utf-8")
    args = ["plan", "--account", str(account), "--as-of", "2026-11-23", "--format", "json"]
    assert main([*args, "--right", right_id, "--reason", "tm_counterfeit", str(lines)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["right"] for c in out["complaints"]] == [right_id]
    assert main([*args, "--right", "a;b", str(lines)]) == 2
    err = capsys.readouterr().err
    assert f"argument --right: {R45}" in err and err.rstrip().endswith("give one")


def test_settings_right_is_matched_exactly_before_it_is_split(tmp_path: Path) -> None:
    plan = read_plan(str(_account(tmp_path, "tm;cn")))
    mine = Settings(right="tm;cn", reason="tm_counterfeit")
    result = plan_listings([URL], plan, as_of="2026-11-23", settings=mine)
    assert [c.complaint.right for c in result.complaints] == ["tm;cn"]
    with pytest.raises(InputError) as caught:
        plan_listings([URL], plan, as_of="2026-11-23", settings=Settings(right="tm;x"))
    assert caught.value.problems[0].path == "settings.right"
    assert caught.value.problems[0].message.startswith("one right per complaint (R45")


def test_read_lines_takes_the_account_ids() -> None:
    text = ["url,right", f'{URL},"tm;cn"']
    (line,) = read_lines(text, rights=["tm;cn"])
    assert line.right == "tm;cn"
    with pytest.raises(InputError, match=r"\$\.right: one right per complaint \(R45"):
        list(read_lines(text))
    jsonl = [json.dumps({"url": URL, "right": "tm|cn"})]
    assert [x.right for x in read_lines(jsonl, rights=("tm|cn",))] == ["tm|cn"]
    with pytest.raises(TypeError, match="rights"):
        read_lines(text, rights="tm;cn")
