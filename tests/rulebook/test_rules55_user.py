"""A user's own rule data, loaded as a real vendor writes it (rules55, product C1).

A reason list copied from the IPP account (Chinese and English names, codes with leading
zeros), a file overriding one platform's limit from a date, a file extending a place list and
a second file layered on the first load and answer as docs/rulebook.md says; hostile files
(overlapping dates, an end before a start, unknown references, a missing confidence, dates
no library reads, the same key twice) are refused at their file, line and JSON path, exit 2
on the command line. Layering A then B follows the documented precedence (a property test).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import CoverageError, default_rulebook, diff_rules, load_rulebook
from ipprules.errors import InputError, RuleDataError
from test_newuser8 import _run

_MINE = '[[sources]]\nid = "MINE"\ntitle = "our IPP account, 2026-11"\nkind = "user"\n'

_REASONS = (
    'name = "Vendor IPP list"\nreplace = ["reason_codes"]\n\n'
    + _MINE
    + """
[[reason_codes]]
id = "001"
label = "假冒商品 / Counterfeit goods"
description = "商品涉嫌假冒 (as shown in the account's drop-down)"
ipr_type = "trademark"
platforms = ["taobao", "tmall"]
effective_from = 2015-01-06
sources = ["MINE"]
confidence = "user"
severity = "serious"
facts = ["counterfeit_product"]

[[reason_codes]]
id = "002"
label = "盗版 / Piracy"
description = "盗版"
ipr_type = "copyright"
platforms = ["taobao"]
effective_from = 2015-01-06
sources = ["MINE"]
confidence = "user"
"""
)

#: The portal's limit from 2024, with the embedded value kept before it (the recipe the
#: docs give: a file's record replaces every date of the base's).
_PORTAL_FROM = (
    'name = "Portal 200"\n'
    + _MINE
    + """
[[channels]]
id = "portal"
name = "IPP portal"
max_listings = 300
effective_from = 2015-01-06
effective_until = 2024-01-01
sources = ["MINE"]
confidence = "user"

[[channels]]
id = "portal"
name = "IPP portal"
max_listings = 200
effective_from = 2024-01-01
sources = ["MINE"]
confidence = "user"
"""
)

_PLACES = (
    _MINE
    + """
[[registrations]]
id = "lazada_sg"
accepted = ["SG", "MY"]
effective_from = 2019-06-01
sources = ["MINE"]
confidence = "user"
"""
)


def _penalty(restores: str, cap: int, since: str = "2015-01-21", title: str = "ours") -> str:
    return (
        _MINE.replace("our IPP account, 2026-11", title)
        + f"""
[[penalties]]
id = "aliexpress"
general_points_daily_cap = {cap}
serious_merge_days = 3
closure_serious_count = 3
validity_days = 365
serious_kinds = ["counterfeit", "piracy"]
counter_notice_restores = {restores}
effective_from = {since}
sources = ["MINE"]
confidence = "user"
"""
    )


def _file(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -------------------- 1. what a vendor writes loads and answers as the docs say


def test_a_reason_list_with_chinese_names_and_leading_zeros(tmp_path: Path) -> None:
    book = load_rulebook(_file(tmp_path, _REASONS))
    rules = book.as_of("2026-11-23")
    assert [c.id for c in rules.reason_codes_for("trademark", "taobao")] == ["001"]
    assert rules.reason_codes["001"].label == "假冒商品 / Counterfeit goods"
    assert rules.reason_codes["002"].severity_unstated_in.endswith("mine.toml")
    code, out, _ = _run(
        "rules", "reasons", "--rules", str(tmp_path / "mine.toml"), "--as-of", "2026-11-23"
    )
    assert code == 0 and "001" in out and "盗版 / Piracy" in out and "unknown (no severity)" in out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_the_same_list_as_json_gives_the_same_book(tmp_path: Path, encoding: str) -> None:
    toml_book = load_rulebook(_file(tmp_path, _REASONS))
    import tomllib

    data = tomllib.loads(_REASONS)
    text = json.dumps(data, ensure_ascii=False, default=str)
    path = tmp_path / "mine.json"
    path.write_text(text, encoding=encoding)
    json_book = load_rulebook(path)
    day = "2026-11-23"
    rows = diff_rules(toml_book.as_of(day), json_book.as_of(day)).to_records()
    # the one difference: the code without a class names the file that gives it none
    assert [(r["id"], r["field"], Path(r["after"]).name) for r in rows] == [
        ("002", "severity_unstated_in", "mine.json")
    ]


def test_a_code_with_a_space_is_refused_at_its_line(tmp_path: Path) -> None:
    path = _file(tmp_path, _REASONS.replace('id = "002"', 'id = " 002"'))
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    line = _REASONS.splitlines().index('id = "002"') + 1
    assert (problem.path, problem.line) == ("$.reason_codes[1].id", line)
    assert "white space" in problem.message


def test_a_limit_overridden_from_a_date_keeps_the_old_value_before(tmp_path: Path) -> None:
    book = load_rulebook(_file(tmp_path, _PORTAL_FROM))
    assert book.as_of("2023-12-31").channel("portal").max_listings == 300
    assert book.as_of("2024-01-01").channel("portal").max_listings == 200
    changes = diff_rules(default_rulebook().as_of("2024-01-01"), book.as_of("2024-01-01"))
    fields = {(r["id"], r["field"]) for r in changes.to_records()}
    assert ("portal", "max_listings") in fields


def test_a_record_from_a_date_alone_leaves_the_days_before_without_it(tmp_path: Path) -> None:
    """The documented precedence: a file's record replaces the base's records of its id for
    every date, so the days before its start have no portal record (docs/rulebook.md)."""
    alone = _PORTAL_FROM.split("[[channels]]")
    book = load_rulebook(_file(tmp_path, alone[0] + "[[channels]]" + alone[2]))
    assert "portal" not in book.as_of("2023-12-31").channels
    changes = diff_rules(default_rulebook().as_of("2023-12-31"), book.as_of("2023-12-31"))
    assert ("removed", "portal") in {(c.kind, c.id) for c in changes}


def test_a_file_extending_a_place_list(tmp_path: Path) -> None:
    book = load_rulebook(_file(tmp_path, _PLACES))
    rules = book.as_of("2026-11-23")
    assert rules.accepts_registration("lazada_sg", "MY").value == "yes"
    assert (
        default_rulebook().as_of("2026-11-23").accepts_registration("lazada_sg", "MY").value
        != "yes"
    )


def test_a_second_file_layered_on_the_first(tmp_path: Path) -> None:
    """B names the record A gave (the same id): B's replaces it for every date, B's source of
    the same id replaces A's, and the diff of A with A+B names every changed value."""
    first = load_rulebook(_file(tmp_path, _penalty("true", 6), "a.toml"))
    second = load_rulebook(
        _file(tmp_path, _penalty("false", 8, "2020-01-01", "ours v2"), "b.toml"), base=first
    )
    assert first.as_of("2026-11-23").penalties_for("aliexpress").counter_notice_restores is True
    rules = second.as_of("2026-11-23")
    record = rules.penalties_for("aliexpress")
    assert record is not None
    assert (record.counter_notice_restores, record.general_points_daily_cap) == (False, 8)
    assert second.as_of("2019-12-31").penalties_for("aliexpress") is None
    rows = diff_rules(first.as_of("2026-11-23"), rules).to_records()
    changed = {(r["id"], r["field"], r["before"], r["after"]) for r in rows}
    assert ("aliexpress", "counter_notice_restores", True, False) in changed
    assert ("aliexpress", "general_points_daily_cap", 6, 8) in changed
    assert ("MINE", "title", "ours", "ours v2") in changed
    code, out, _ = _run(
        "rules", "diff", "--rules", str(tmp_path / "a.toml"), "--against",
        str(tmp_path / "b.toml"), "--as-of", "2026-11-23",
    )  # fmt: skip
    assert code == 1 and "counter_notice_restores: True -> False" in out


def test_the_embedded_book_against_a_layered_one_names_every_change(tmp_path: Path) -> None:
    _file(tmp_path, _penalty("true", 6), "a.toml")
    code, out, _ = _run(
        "rules", "diff", "--against", str(tmp_path / "a.toml"), "--as-of", "2026-11-23"
    )
    assert code == 1
    for said in ("counter_notice_restores: None -> True", "confidence: 'third-party' -> 'user'"):
        assert said in out
    assert "added    sources/MINE" in out


# -------------------- 2. hostile files: refused at file, line and JSON path, exit 2

_LIMIT = """
[[limits]]
id = "expiry_warning"
value = 30
unit = "days"
description = "ours"
effective_from = 2021-01-01
sources = ["MINE"]
confidence = "user"
"""


def _limit_with(line: str) -> str:
    """A file of one limit record, with ``line`` added to it."""
    return _MINE + _LIMIT.replace("sources =", f"{line}\nsources =")


_HOSTILE = {
    "overlap in the file": (
        _MINE + _LIMIT + _LIMIT.replace("2021-01-01", "2022-01-01"),
        "$.limits[1].effective_from",
        "overlap",
    ),
    "end before start": (
        _limit_with("effective_until = 2020-01-01"),
        "$.limits[0].effective_until",
        "after effective_from",
    ),
    "unknown platform": (
        _limit_with('platforms = ["lazada_xx"]'),
        "$.limits[0].platforms[0]",
        "lazada_xx",
    ),
    "unknown right": (
        _REASONS.replace('ipr_type = "copyright"', 'ipr_type = "copyrights"'),
        "$.reason_codes[1].ipr_type",
        "copyrights",
    ),
    "unknown rule": (
        _limit_with('rules = ["R999"]'),
        "$.limits[0].rules[0]",
        "R999",
    ),
    "unknown source": (_LIMIT.replace('"MINE"', '"NOPE"'), "$.limits[0].sources[0]", "NOPE"),
    "no confidence": (
        _MINE + _LIMIT.replace('confidence = "user"\n', ""),
        "$.limits[0].confidence",
        "missing",
    ),
    "year 1": (
        _MINE + _LIMIT.replace("2021-01-01", "0001-01-01"),
        "$.limits[0].effective_from",
        "outside 1900-01-01..2999-12-31",
    ),
    "year 9999": (
        _limit_with("effective_until = 9999-12-31"),
        "$.limits[0].effective_until",
        "outside 1900-01-01..2999-12-31",
    ),
    "a key twice": (_MINE + _LIMIT.replace("value = 30", "value = 30\nvalue = 40"), "$", "value"),
    "a penalty for no platform": (
        _penalty("true", 6).replace('id = "aliexpress"', 'id = "lazada_xx"'),
        "$.penalties[0].id",
        "lazada_xx",
    ),
    "a restores that is no boolean": (
        _penalty('"yes"', 6),
        "$.penalties[0].counter_notice_restores",
        "expected true or false",
    ),
}


@pytest.mark.parametrize("case", sorted(_HOSTILE))
def test_a_hostile_file_is_refused_at_its_line(tmp_path: Path, case: str) -> None:
    text, path, said = _HOSTILE[case]
    file = _file(tmp_path, text)
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    problem = caught.value.problems[0]
    assert problem.file == str(file) and problem.path == path and said in problem.message
    assert problem.line is not None and 1 <= problem.line <= len(text.splitlines())
    code, _, err = _run("rules", "--rules", str(file), "--as-of", "2026-11-23")
    assert code == 2 and f"{file}:{problem.line}:" in err and "Traceback" not in err


def test_the_same_key_twice_in_json_is_refused(tmp_path: Path) -> None:
    text = (
        '{"sources": [{"id": "MINE", "title": "ours", "kind": "user"}],\n "limits": [{"id": '
        '"expiry_warning", "value": 30, "value": 40, "unit": "days", "effective_from": '
        '"2021-01-01", "sources": ["MINE"], "confidence": "user"}]}'
    )
    file = _file(tmp_path, text, "mine.json")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("$.limits[0]", 2) and "twice" in problem.message


def test_a_source_of_one_layer_is_unknown_to_the_next_unless_layered(tmp_path: Path) -> None:
    first = load_rulebook(_file(tmp_path, _MINE + _LIMIT, "a.toml"))
    later = _file(tmp_path, _LIMIT.replace("30", "45"), "b.toml")
    assert load_rulebook(later, base=first).as_of("2026-11-23").limits["expiry_warning"].value == 45
    with pytest.raises(RuleDataError, match="unknown source 'MINE'"):
        load_rulebook(later)


# -------------------- 3. dates the book does not cover are refused everywhere


@pytest.mark.parametrize("day", ["1999-01-01", "2015-01-05"])
def test_a_date_before_the_coverage_is_refused(tmp_path: Path, day: str) -> None:
    book = load_rulebook(_file(tmp_path, _MINE + _LIMIT.replace("2021-01-01", "1999-01-01")))
    for each in (default_rulebook(), book):
        with pytest.raises(CoverageError, match="2015-01-06"):
            each.as_of(day)
    for argv in (
        ("rules", "--as-of", day),
        ("rules", "--rules", str(tmp_path / "mine.toml"), "--as-of", day),
        ("rules", "diff", "--against", str(tmp_path / "mine.toml"), "--as-of", day),
        ("rules", "diff", "--as-of", "2020-01-01", "--to", day),
    ):
        code, _, err = _run(*argv)
        assert code == 2 and "coverage (from 2015-01-06)" in err


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 31), "3000-01-01"])
def test_a_date_no_library_reads_is_refused(day: dt.date | str) -> None:
    with pytest.raises(InputError, match=r"outside 1900-01-01\.\.2999-12-31"):
        default_rulebook().as_of(day)
    code, _, err = _run("rules", "--as-of", str(day))
    assert code == 2 and "outside 1900-01-01..2999-12-31" in err


# -------------------- 4. layering A then B is the documented precedence

_KEYS = ["expiry_warning", "trademark_classes", "my_limit"]
_STARTS = [dt.date(2015, 1, 6), dt.date(2018, 1, 1), dt.date(2020, 6, 1), dt.date(2023, 1, 1)]

_layer = st.dictionaries(
    st.sampled_from(_KEYS),
    st.lists(
        st.tuples(st.sampled_from(_STARTS), st.integers(1, 999)),
        min_size=1,
        max_size=3,
        unique_by=lambda p: p[0],
    ),
    max_size=3,
)


def _layer_data(layer: dict[str, list[tuple[dt.date, int]]]) -> dict[str, Any]:
    records = []
    for rid, periods in layer.items():
        ordered = sorted(periods)
        for k, (start, value) in enumerate(ordered):
            record = {
                "id": rid,
                "value": value,
                "unit": "days",
                "effective_from": start.isoformat(),
                "sources": ["MINE"],
                "confidence": "user",
            }
            if k + 1 < len(ordered):
                record["effective_until"] = ordered[k + 1][0].isoformat()
            records.append(record)
    return {"sources": [{"id": "MINE", "title": "ours", "kind": "user"}], "limits": records}


def _row(
    id: str,
    effective_from: Any,
    value: int,
    effective_until: Any = None,
    interpretation: str | None = None,
    **_: Any,
) -> tuple[Any, ...]:
    """A limit record's key, dates (as text) and value, from a file's data or a record."""
    until = None if effective_until is None else str(effective_until)
    return (id, interpretation, str(effective_from), until, value)


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None, derandomize=True)
@given(first=_layer, second=_layer)
def test_layering_a_then_b_is_the_documented_precedence(
    first: dict[str, list[tuple[dt.date, int]]], second: dict[str, list[tuple[dt.date, int]]]
) -> None:
    """A record's id named by B takes B's records for every date; else A's; else the
    embedded book's (docs/rulebook.md: matching records replace all of the base's)."""
    base = default_rulebook()
    with tempfile.TemporaryDirectory() as folder:
        a, b = Path(folder) / "a.json", Path(folder) / "b.json"
        a.write_text(json.dumps(_layer_data(first)), encoding="utf-8")
        b.write_text(json.dumps(_layer_data(second)), encoding="utf-8")
        layered = load_rulebook(b, base=load_rulebook(a))

    def expected(rid: str) -> set[tuple[Any, ...]]:
        for layer in (second, first):
            if rid in layer:
                records = _layer_data(layer)["limits"]
                return {_row(**r) for r in records if r["id"] == rid}
        return {_row(**attrs.asdict(r)) for r in base.records("limits") if r.id == rid}

    got = {_row(**attrs.asdict(r)) for r in layered.records("limits") if r.id in _KEYS}
    assert got == set().union(*(expected(rid) for rid in _KEYS))
    for day in [*_STARTS, dt.date(2026, 11, 23)]:
        limits = layered.as_of(day).limits
        for rid in _KEYS:
            in_force = [
                v
                for (_, _, s, u, v) in expected(rid)
                if s <= day.isoformat() and (u is None or day.isoformat() < u)
            ]
            assert (limits[rid].value if rid in limits else None) == (
                in_force[0] if in_force else None
            )


# -------------------- 5. a diff names the records another reading changes otherwise

_OFFICIAL_ONLY = """
[[limits]]
id = "expiry_warning"
interpretation = "official"
value = 30
unit = "days"
effective_from = 2015-01-06
sources = ["BRIEF"]
confidence = "user"
"""


def test_a_diff_names_a_change_only_another_reading_sees(tmp_path: Path) -> None:
    """A file that changes the official record only: under the brief nothing differs, and the
    diff says that it differs under official, in Python, JSON and text (it said nothing)."""
    file = _file(tmp_path, _OFFICIAL_ONLY)
    day = "2026-11-23"
    changes = diff_rules(default_rulebook().as_of(day), load_rulebook(file).as_of(day))
    assert tuple(changes) == ()
    assert changes.other_readings == {"limits/expiry_warning": ("official",)}
    assert changes.to_dict()["other_readings"] == {"limits/expiry_warning": ["official"]}
    code, out, _ = _run("rules", "diff", "--against", str(file), "--as-of", day, "--format", "json")
    assert code == 0 and json.loads(out)["other_readings"] == {
        "limits/expiry_warning": ["official"]
    }
    code, out, _ = _run("rules", "diff", "--against", str(file), "--as-of", day)
    assert code == 0 and "limits/expiry_warning: differs under official" in out
    official = diff_rules(
        default_rulebook().as_of(day, "official"), load_rulebook(file).as_of(day, "official")
    )
    assert [c.id for c in official] == ["expiry_warning"]
    assert official.other_readings == {"limits/expiry_warning": ("brief", "brief-at-least-100")}


def test_a_diff_of_two_dates_names_what_differs_under_another_reading() -> None:
    book = default_rulebook()
    changes = diff_rules(book.as_of("2018-08-14"), book.as_of("2018-08-15"))
    # the Good Faith criteria change that day under every reading, each otherwise
    assert "good_faith/gftm" in {f"{c.section}/{c.id}" for c in changes}
    assert set(changes.other_readings.get("good_faith/gftm", ())) >= {"official"}


def test_a_diff_of_two_readings_names_no_third() -> None:
    """Two views under two readings: the diff is of the readings, and no third reading is
    said to differ (it named every changed record 'differs under brief-at-least-100')."""
    book = default_rulebook()
    changes = diff_rules(book.as_of("2026-11-23"), book.as_of("2026-11-23", "official"))
    assert len(changes) > 0 and changes.other_readings == {}
