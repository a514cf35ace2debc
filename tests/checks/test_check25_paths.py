"""C3 for every finding code, as an outsider would test it: for each code, the first case of the
case suite (``cases/*.toml``) that raises it is written out as a TOML and a JSON file, checked
with ``ipprules check``, and each finding of that code must

(a) carry a JSON path that resolves in the document to the offending value (or, for a value
    left out, to the table that leaves it out), by a resolver written here;
(b) be shown by the CLI's text output with the file and the line where that value is written,
    the line recorded here while writing the file (for a value left out, its table's line);
(c) have ``ipprules explain CODE --as-of DATE`` work and name every rule id the finding cites;
(d) cite only rule ids the rule book has records for, each record with sources and a
    confidence mark.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ipprules import default_rulebook
from ipprules.checks import catalogue, check, plan_from_data
from ipprules.cli import main

from .conftest import build_case, load_cases

CASES = sorted((Path(__file__).parent / "cases").glob("*.toml"))
_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")


def _resolve(data: Any, path: str) -> tuple[bool, Any]:
    """``(True, value)`` for a path the document holds; ``(False, table)`` for one whose last
    key only is left out of a table the document holds. Fails on anything else."""
    assert path.startswith("$"), path
    steps: list[str | int] = []
    pos = 1
    while pos < len(path):
        m = _STEP.match(path, pos)
        assert m is not None, f"not a JSONPath: {path!r} at {pos}"
        steps.append(int(m[2]) if m[2] is not None else (m[1] or m[3]))
        pos = m.end()
    for n, step in enumerate(steps):
        if isinstance(step, int):
            assert isinstance(data, list) and step < len(data), (path, step)
        else:
            assert isinstance(data, dict), (path, step)
            if step not in data:
                assert n == len(steps) - 1, f"{path}: {step!r} is not in the document"
                return False, data
        data = data[step]
    return True, data


# ------------------------------------------------------------- writers that record lines


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_scalar(v)}" for k, v in value.items()) + " }"
    return "[" + ", ".join(_scalar(v) for v in value) + "]"


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _toml_body(table: dict[str, Any], at: str, out: list[str], lines: dict[str, int]) -> None:
    """The key = value lines of a table; a list one element a line; sub-tables after."""
    for key, value in table.items():
        here = f"{at}.{key}"
        if isinstance(value, dict) or (_tables(value) and at == "$"):
            continue
        lines[here] = len(out) + 1
        if isinstance(value, list) and value:
            out.append(f"{_key(key)} = [")
            for n, item in enumerate(value):
                lines[f"{here}[{n}]"] = len(out) + 1
                _lines_inside(item, f"{here}[{n}]", len(out) + 1, lines)
                out.append(f"  {_scalar(item)},")
            out.append("]")
        else:
            _lines_inside(value, here, len(out) + 1, lines)
            out.append(f"{_key(key)} = {_scalar(value)}")
    for key, value in table.items():
        here = f"{at}.{key}"
        if isinstance(value, dict):
            lines[here] = len(out) + 1
            out.append(f"[{_key(key) if at == '$' else at[2:] + '.' + _key(key)}]")
            _toml_body(value, here, out, lines)
        elif _tables(value) and at == "$":
            lines[here] = len(out) + 1
            for n, item in enumerate(value):
                lines[f"{here}[{n}]"] = len(out) + 1
                out.append(f"[[{_key(key)}]]")
                _toml_body(item, f"{here}[{n}]", out, lines)


def _lines_inside(value: Any, at: str, line: int, lines: dict[str, int]) -> None:
    """Everything inside an inline value is on its one line."""
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for k, v in items:
        here = f"{at}[{k}]" if isinstance(k, int) else f"{at}.{k}"
        lines[here] = line
        _lines_inside(v, here, line, lines)


def to_toml(data: dict[str, Any]) -> tuple[str, dict[str, int]]:
    out: list[str] = ["# written by test_check25_paths"]
    lines: dict[str, int] = {}
    _toml_body(data, "$", out, lines)
    lines["$"] = min(lines.values(), default=1)
    return "\n".join(out) + "\n", lines


def _json(
    value: Any, at: str, pre: str, indent: str, out: list[str], lines: dict[str, int]
) -> None:
    """A value written from a new line (``pre``: its indent and key), an opening bracket on
    that line, each member and element on lines of its own."""
    lines[at] = len(out) + 1
    if (isinstance(value, dict) and value) or (isinstance(value, list) and value):
        out.append(pre + ("{" if isinstance(value, dict) else "["))
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        for n, (k, v) in enumerate(items):
            if isinstance(k, int):
                _json(v, f"{at}[{k}]", indent + "  ", indent + "  ", out, lines)
            else:
                key = json.dumps(k, ensure_ascii=False)
                _json(v, f"{at}.{k}", f"{indent}  {key}: ", indent + "  ", out, lines)
            out[-1] += "," if n < len(items) - 1 else ""
        out.append(indent + ("}" if isinstance(value, dict) else "]"))
    else:
        shown = value.isoformat() if isinstance(value, dt.date) else value
        out.append(pre + json.dumps(shown, ensure_ascii=False))


def to_json(data: dict[str, Any]) -> tuple[str, dict[str, int]]:
    out: list[str] = []
    lines: dict[str, int] = {}
    _json(data, "$", "", "", out, lines)
    return "\n".join(out) + "\n", lines


# ------------------------------------------------------------- the cases, one per code


def _first_cases() -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    first: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for path in CASES:
        base, cases = load_cases(path)
        for case in cases:
            for code in case["expect"]:
                first.setdefault(code, (path.stem, base, case))
    return first


FIRST = _first_cases()


def _citing(book: Any, rule: str) -> tuple[Any, ...]:
    from ipprules.errors import UnknownNameError

    try:
        return tuple(book.citing(rule))
    except UnknownNameError:  # cited by a finding only (D12): its sources are checked
        return ()


def _expected_line(lines: dict[str, int], path: str) -> int:
    """The line of the value at ``path``, else of the nearest value that encloses it."""
    while path not in lines:
        cut = max(path.rfind("."), path.rfind("["))
        assert cut > 0, path
        path = path[:cut]
    return lines[path]


#: Codes only a user's rule file gives (the case files check the embedded book), each
#: with the tests that give it: rule-record-missing (tests/checks/test_check26_missing.py).
USER_BOOK_ONLY = {"rule-record-missing"}


def test_every_catalogue_code_has_a_case_here() -> None:
    assert sorted(set(catalogue()) - set(FIRST) - USER_BOOK_ONLY) == []


@pytest.mark.no_cover
@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize("code", sorted(FIRST))
def test_finding_path_line_and_rules(
    code: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stem, base, case = FIRST[code]
    data = build_case(base, case)
    text, lines = to_toml(data) if fmt == "toml" else to_json(data)
    file = tmp_path / f"{stem} plan.{fmt}"
    file.write_text(text, encoding="utf-8")
    as_of = case.get("as_of")
    report = check(plan_from_data(data), as_of=as_of, interpretation=case.get("interpretation"))
    found = [f for f in report.findings if f.code == code]
    assert found, (code, case["name"])
    args = ["check", str(file), "--format", "text"]
    args += ["--as-of", as_of.isoformat()] if as_of else []
    args += ["--interpretation", case["interpretation"]] if "interpretation" in case else []
    assert main(args) in (0, 1)
    shown = capsys.readouterr().out
    book = default_rulebook()
    for f in found:
        # (a) the path resolves in the document
        _resolve(data, f.path)
        # (b) the CLI names the file and the line of that value
        head = f"{f.severity.value:<7} {f.code}  {f.path}  ({file}:"
        at = [line for line in shown.splitlines() if head in line]
        assert at, (head, shown)
        want = _expected_line(lines, f.path)
        assert any(line.endswith(f"({file}:{want})") for line in at), (f.path, want, at, text)
        # (c) explain works and names every rule id the finding cites: the catalogue's and
        # those of the rule-book records its findings rest on, in force on the plan's date
        day = (as_of or data.get("as_of")).isoformat()
        assert main(["explain", code, "--as-of", str(day)]) == 0
        explained = capsys.readouterr().out
        named = set(re.findall(r"\b[BRD]\d+\b", explained.split("\n(After")[0]))
        assert named or not catalogue()[code].rules, code
        assert set(f.rule_ids) <= named, (code, f.rule_ids, sorted(named))
        # (d) each rule id is one of the domain reference's, with sources (none for a rule
        # it infers), each record citing it sourced and with a confidence
        assert f.rule_ids or not catalogue()[code].rules, code
        for rule in f.rule_ids:
            book.rule_sources(rule)  # raises for an id the reference does not have
            assert all(c.sources and c.confidence is not None for c in _citing(book, rule))
