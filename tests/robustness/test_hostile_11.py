"""Sweep 11: the bad-input sweep's follow-ups (hostile10's notes).

A JSON document with a problem at each item of a long list was located item by item from the
top of the text: 2,000 repeated complaint ids took 15 s, 20,000 more than 15 minutes. The
positions a walk finds are now kept (``_files._JsonIndex``), so locating them all reads the
text about once.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules._files import parse_document


def _paths(value: Any, path: str = "$") -> list[tuple[str, Any]]:
    out = [(path, value)]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, f"{path}['{key}']")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, f"{path}[{index}]")
    return out


def _offset(text: str, line: int, column: int) -> int:
    return sum(len(part) for part in text.split("\n")[: line - 1]) + line - 1 + column - 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.text("ab x-", max_size=3), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(_json, st.sampled_from([None, 0, 1, 2]), st.randoms(use_true_random=False))
def test_every_json_path_is_located_at_its_value(data: Any, indent: int | None, rnd: Any) -> None:
    """Whatever the order paths are asked in, each is placed at its value's first character."""
    text = json.dumps(data, indent=indent)
    doc = parse_document(text, "d.json", "json")
    paths = [(p, v) for p, v in _paths(data) if p.startswith("$")]
    rnd.shuffle(paths)
    for path, value in paths * 2:  # asked twice: the kept positions give the same answer
        found = doc.locate(path)
        assert found is not None, path
        decoded, _ = json.JSONDecoder().raw_decode(text, _offset(text, *found))
        assert decoded == value, (path, found)


def test_locating_every_item_of_a_long_list_reads_the_text_about_once(monkeypatch: Any) -> None:
    n = 3000
    text = json.dumps(
        {"rights": [{"id": "r", "n": [1, 2, 3]}] * n, "complaints": [{"id": "c"}] * n}
    )
    doc = parse_document(text, "p.json", "json")
    calls = 0
    skip = _files._skip_value

    def counted(text: str, pos: int) -> int:
        nonlocal calls
        calls += 1
        return skip(text, pos)

    monkeypatch.setattr(_files, "_skip_value", counted)
    for i in range(n):
        assert doc.locate(f"$.complaints[{i}].id") is not None
        assert doc.locate_key(f"$.rights[{i}]", "n") is not None
    assert calls < 8 * n  # item by item from the top: n * n / 2 and more
