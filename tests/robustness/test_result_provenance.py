"""Every result that depends on a rule book says which one answered (its name and version,
``rulebook``) beside its reading (``interpretation``), in its fields and in its
``to_dict``/``as_dict``; a Good Faith timeline is serialisable and read only like the other
results."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules.goodfaith import History

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HISTORY = History.from_file(EXAMPLES / "history.csv")
BOOK = ipprules.default_rulebook()
OVERRIDE = ipprules.load_rulebook(EXAMPLES / "rules-override.toml")
PLAN = ipprules.read_plan(EXAMPLES / "plan.toml")


def _results(book: Any) -> dict[str, tuple[Any, dict[str, Any]]]:
    """Each result and its plain data."""
    s = ipprules.standing(HISTORY, "2023-03-31", rulebook=book)
    t = ipprules.timeline(HISTORY, "2023-03-01", "2023-03-31", rulebook=book)
    w = ipprules.what_if(HISTORY, [], "2023-03-31", rulebook=book)
    lr = ipprules.lifecycle_report(["ipr_verified", "takedown"], rulebook=book)
    r = ipprules.check(PLAN, as_of="2026-11-23", rulebook=book)
    c = ipprules.coverage(PLAN, as_of="2026-11-23", rulebook=book)
    return {
        "standing": (s, s.to_dict()),
        "timeline": (t, t.to_dict()),
        "what_if": (w.after, w.to_dict()["after"]),
        "lifecycle_report": (lr, lr.to_dict()),
        "report": (r, r.as_dict()),
        "coverage": (c, c.as_dict()),
    }


@pytest.mark.no_cover
@pytest.mark.parametrize("book", [BOOK, OVERRIDE], ids=["embedded", "override"])
def test_every_result_names_its_rule_book_and_reading(book: Any) -> None:
    for name, (result, data) in _results(book).items():
        assert result.rulebook == book.label, name
        assert data["rulebook"] == book.label, name
        assert data["interpretation"] == result.interpretation == "brief", name


def test_a_timeline_is_plain_data() -> None:
    t = ipprules.timeline(HISTORY, "2022-12-01", "2023-01-31", other_readings=True)
    data = t.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["start"], data["end"], len(data["days"])) == ("2022-12-01", "2023-01-31", 62)
    assert [day["date"] for day in data["days"]] == [r["date"].isoformat() for r in t.to_records()]
    assert data["changes"] == [
        {"date": m.date.isoformat(), "change": m.change, "reason": m.reason, "notes": list(m.notes)}
        for m in t.changes
    ]


def test_a_timelines_columns_are_read_only() -> None:
    t = ipprules.timeline(HISTORY, "2022-12-01", "2022-12-31")
    with pytest.raises(TypeError):
        t.columns["member"] = []  # type: ignore[index]
    with pytest.raises(AttributeError):
        t.columns["member"].append(False)  # type: ignore[attr-defined]
    assert len(t.columns["day"]) == len(t) == 31
    for other in (copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert other == t and hash(other) == hash(t)
        assert other.columns == t.columns
