"""The resolved rules per platform at each effective date, committed as a snapshot.

A change to the rule data shows up as a diff of ``tests/snapshots/rules-<interpretation>.json``.
Regenerate after a reviewed data change with::

    IPPRULES_UPDATE_SNAPSHOTS=1 pytest tests/rulebook/test_rulebook_snapshot.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from ipprules import default_rulebook

BOOK = default_rulebook()
FOLDER = Path(__file__).parent.parent / "snapshots"


def resolved_history(interpretation: str) -> dict[str, Any]:
    history: dict[str, Any] = {}
    for trial in (False, True):
        for day in BOOK.change_dates():
            rules = BOOK.as_of(day, interpretation, trial=trial)
            for pid in rules.platforms:
                key = f"{pid}{' (trial)' if trial else ''}"
                entries = history.setdefault(key, [])
                view = rules.for_platform(pid)
                if not entries or entries[-1]["rules"] != view:
                    entries.append({"from": day.isoformat(), "rules": view})
    return dict(sorted(history.items()))


@pytest.mark.no_cover
@pytest.mark.parametrize("interpretation", BOOK.interpretations)
def test_snapshot(interpretation):
    path = FOLDER / f"rules-{interpretation}.json"
    current = json.dumps(resolved_history(interpretation), indent=1, ensure_ascii=False) + "\n"
    if os.environ.get("IPPRULES_UPDATE_SNAPSHOTS") == "1":
        path.write_text(current, encoding="utf-8")
    assert path.exists(), f"no snapshot; run with IPPRULES_UPDATE_SNAPSHOTS=1 to create {path}"
    assert path.read_text(encoding="utf-8") == current, (
        f"the resolved rules differ from {path.name}: review the data change, then regenerate"
    )
