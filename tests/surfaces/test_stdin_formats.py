"""Standard input has no file suffix: every command that takes ``-`` reads each of its
formats there, as from a file (histories and violations were read as CSV only, and a
what-if history as one JSON document: the JSON text became CSV column names)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HISTORY_LINES = [
    {"type": "declaration", "date": "2023-01-02"},
    {"type": "complaint", "date": "2023-03-01", "platform": "taobao",
     "reason_code": "tm_counterfeit", "listings": 150, "taken_down": 149, "rejected": 1},
]  # fmt: skip


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, argv: list[str]
) -> tuple[int, str]:
    _stdin(monkeypatch, text)
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_a_json_lines_history_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], bom: str
) -> None:
    text = bom + "\n".join(json.dumps(line) for line in HISTORY_LINES) + "\n"
    argv = ["good-faith", "-", "--as-of", "2023-03-31", "--format", "json"]
    code, out = _run(monkeypatch, capsys, text, argv)
    assert code in (0, 1), out
    taken = json.loads(out)["counts"]["listings"]["taken_down"]
    assert taken == 149


def test_a_csv_history_on_stdin_is_still_csv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "history.csv").read_text(encoding="utf-8")
    argv = ["good-faith", "-", "--as-of", "2023-03-31"]
    code, out = _run(monkeypatch, capsys, text, argv)
    assert code == 1 and "87.789% (3494/3980)" in out


@pytest.mark.parametrize("wrapped", [False, True])
def test_json_violations_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], wrapped: bool
) -> None:
    rows = [{"date": "2024-03-01", "kind": "general", "points": 2}]
    text = json.dumps({"violations": rows} if wrapped else rows)
    argv = ["penalties", "-", "--platform", "aliexpress", "--as-of", "2024-06-01", "--format",
            "json"]  # fmt: skip
    code, out = _run(monkeypatch, capsys, text, argv)
    assert code in (0, 1), out
    assert json.loads(out)["counted"] == 1
    bad = json.dumps([{"date": "2024-13-01", "kind": "general"}])
    code, out = _run(monkeypatch, capsys, bad, argv)
    assert code == 2 and "<stdin>:1" in out and "Traceback" not in out


@pytest.mark.no_cover
@pytest.mark.parametrize("form", ["jsonl", "csv", "quoted-csv", "toml", "json"])
def test_a_what_if_on_stdin_in_each_form(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    texts = {
        "jsonl": "\n".join(json.dumps(line) for line in HISTORY_LINES[1:]),
        "csv": "type,date,platform,reason_code,listings,taken_down,rejected\n"
        "complaint,2023-03-01,taobao,tm_counterfeit,150,149,1\n",
        "quoted-csv": '"type","date","platform","reason_code","listings","taken_down","rejected"\n'
        '"complaint","2023-03-01","taobao","tm_counterfeit","150","149","1"\n',
        "toml": (EXAMPLES / "what-if.toml").read_text(encoding="utf-8"),
        "json": json.dumps(
            {
                "assume": "success",
                "complaints": [{"reason_code": "tm_counterfeit", "listings": 150}],
            }
        ),
    }
    argv = ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2023-03-31", "--what-if",
            "-", "--format", "json"]  # fmt: skip
    code, out = _run(monkeypatch, capsys, texts[form], argv)
    assert code in (0, 1), out
    data = json.loads(out)
    before = data["before"]["counts"]["listings"]["submitted"]
    after = data["after"]["counts"]["listings"]["submitted"]
    assert after > before


def test_a_cap_given_is_kept_for_histories_even_the_default_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Histories are streamed: without --max-bytes their cap is 1 TiB. A cap the user gives
    is enforced whatever its value; `--max-bytes 64M` (the other readers' default) was taken
    for "not given" and let a larger history through. Checked with the default lowered."""
    import ipprules._files as files
    import ipprules.goodfaith.history as histories

    monkeypatch.setattr(files, "DEFAULT_MAX_BYTES", 1024)
    monkeypatch.setattr(histories, "DEFAULT_MAX_BYTES", 1024, raising=False)
    history = tmp_path / "h.csv"
    history.write_text((EXAMPLES / "history.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert history.stat().st_size > 1024
    argv = ["good-faith", str(history), "--as-of", "2023-03-31"]
    assert main(argv) == 1  # no cap given: the history's own
    capsys.readouterr()
    assert main([*argv, "--max-bytes", "1K"]) == 2
    assert "larger than 1 KiB" in capsys.readouterr().err


def test_a_plan_date_outside_the_rule_book_names_its_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan dated before the rule book's coverage was refused with the JSON path only
    (no file, no line), and a date given by --as-of was blamed on the plan's `$.as_of`."""
    text = (EXAMPLES / "plan.toml").read_text(encoding="utf-8")
    plan = tmp_path / "early.toml"
    plan.write_text(text.replace("as_of = 2026-11-23", "as_of = 2014-11-23"), encoding="utf-8")
    assert "as_of = 2014-11-23" in plan.read_text(encoding="utf-8")
    line = 1 + plan.read_text(encoding="utf-8").split("as_of = 2014-11-23")[0].count("\n")
    for command in ("check", "coverage"):
        assert main([command, str(plan)]) == 2
        err = capsys.readouterr().err
        assert f"{plan}:{line}:1: $.as_of: 2014-11-23 is before the rule book's coverage" in err
    assert main(["check", str(EXAMPLES / "plan.toml"), "--as-of", "2014-01-01"]) == 2
    assert "error: --as-of: 2014-01-01 is before" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("where", "key"),
    [("top", "foo"), ("account", "complaint_filed"), ("complaint", "reasn")],
)
def test_an_unknown_key_is_named_at_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, key: str
) -> None:
    """The commonest typo, a misspelt key, was refused without a line in a TOML table (or at
    the top level), and at the [[table]] header in an array of tables: now at its own line."""
    lines = (EXAMPLES / "plan.toml").read_text(encoding="utf-8").split("\n")
    anchor = {"top": 0, "account": lines.index("[account]") + 1}.get(where)
    if anchor is None:  # the first complaint's reason line
        anchor = next(i for i, line in enumerate(lines) if line.startswith("reason = ")) + 1
    lines.insert(anchor, f"{key} = 3")
    plan = tmp_path / "typo.toml"
    plan.write_text("\n".join(lines), encoding="utf-8")
    assert main(["check", str(plan)]) == 2
    err = capsys.readouterr().err
    assert f"{plan}:{anchor + 1}:1: " in err and f"unknown key '{key}'" in err
