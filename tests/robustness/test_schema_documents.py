"""Structurally valid, hostile documents from each JSON Schema: only our own errors escape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.errors import IpprulesError

from .schema_documents import schema_documents

SCHEMAS = Path(ipprules.__file__).parent / "schemas"


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def _plan(path: Path) -> None:
    plan = ipprules.read_plan(path)
    ipprules.check(plan, as_of="2026-11-23")


def _rules(path: Path) -> None:
    ipprules.load_rulebook(path).as_of("2024-01-02")


def _calendar(path: Path) -> None:
    from ipprules.calendars import load_calendar

    load_calendar(path)


def _portfolio(path: Path) -> None:
    from ipprules.cli import main

    code = main(["coverage", str(path), "--as-of", "2026-11-23"])
    assert code in (0, 1, 2)


def _what_if(path: Path) -> None:
    from ipprules.goodfaith import History, what_if
    from ipprules.goodfaith.plan import read_plan

    what_if(History.from_rows([]), read_plan(path), "2024-01-02")


READERS = {
    "plan": _plan,
    "rules": _rules,
    "calendar": _calendar,
    "portfolio": _portfolio,
    "what-if": _what_if,
}


@pytest.mark.no_cover
@pytest.mark.parametrize("name", sorted(READERS))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_hostile_documents_raise_only_our_errors(name: str, data, tmp_path: Path) -> None:
    document = data.draw(schema_documents(_schema(name)))
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = None
    try:
        READERS[name](path)
    except (IpprulesError, TypeError) as exc:
        message = str(exc)
    except SystemExit as exc:  # the CLI's argparse refusals
        message = f"exit {exc.code}"
    assert message is None or (message and message != "exit 0")  # never an empty error
