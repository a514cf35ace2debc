"""docs/good-faith.md says ids are compared exactly as written: ``A1``, ``A1 `` and ``a1`` are
three ids (three complaints), while ``A1`` twice is a duplicate. This pins that documented
rule, so a change of policy (trimming or folding ids) changes the docs too."""

from __future__ import annotations

from pathlib import Path

import pytest

import ipprules
from ipprules.errors import InputError
from ipprules.goodfaith.history import iter_rows

HEADER = "type,date,id,platform,reason_code,listings,taken_down\n"


def _history(tmp_path: Path, *ids: str) -> Path:
    path = tmp_path / "h.csv"
    rows = [
        f"complaint,2024-01-0{n + 1},{i},taobao,tm_counterfeit,3,3\n" for n, i in enumerate(ids)
    ]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_ids_differing_by_a_space_or_case_are_distinct(tmp_path: Path) -> None:
    path = _history(tmp_path, "A1", '"A1 "', "a1")
    rows = list(iter_rows(path))
    assert len(rows) == 3
    standing = ipprules.standing(ipprules.History.from_file(path), "2024-02-01")
    assert standing.criterion("volume").value == 3


def test_the_same_id_twice_is_refused(tmp_path: Path) -> None:
    path = _history(tmp_path, "A1", "A1")
    with pytest.raises(InputError, match=r"h\.csv:3: \$\.id: duplicate id 'A1'"):
        ipprules.History.from_file(path)
