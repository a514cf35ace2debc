"""rules48: the rule book views newuser10 left: ``rules platform`` printed raw ``key=value``
dumps with empty fields (``note=,``) and ended with "platform: differs under official,
brief-at-least-100" without saying what differs; ``ResolvedRules`` had no notebook HTML;
``diff_rules`` gave a plain tuple with no ``to_dict``/``to_records``/``to_frame``."""

from __future__ import annotations

import html
import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook, diff_rules, load_rulebook
from ipprules._table import reading_label
from ipprules.cli import main

DAY = "2024-06-03"
BOOK = default_rulebook()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["rules", *args]) == 0
    return capsys.readouterr().out


def _at(data: Any, path: str) -> Any:
    for key in path.split("."):
        data = data.get(key) if isinstance(data, dict) else None
    return data


@pytest.mark.parametrize("platform", ["lazada_sg", "taobao", "1688", "aliexpress"])
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_rules_platform_prints_no_empty_field_and_records_readably(
    platform: str, reading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No ``note=,`` nor any field printed without a value, no mapping run into a list
    (``points=counterfeit=16, content=1``); a record's note is on a line of its own."""
    base = ("platform", platform, "--as-of", DAY, "--interpretation", reading)
    data = json.loads(_run(capsys, *base, "--format", "json"))["data"]
    text = _run(capsys, *base)
    assert not re.search(r"\w=(,|;|\s*$)", text, re.MULTILINE), text
    assert not re.search(r"=\w+=", text), text
    for key in ("registrations", "penalties", "good_faith"):
        record = data[key]
        if record is None:  # no penalty record on IPP is a gap, as the penalties view says
            gap = "  penalties: unknown (no penalty rules in the rule book: a gap)"
            assert (gap in text.splitlines()) == (key == "penalties"), key
            continue
        (line,) = [x for x in text.splitlines() if x.startswith(f"  {key}: ")]
        assert "note" not in line and f"from {record['effective_from']}" in line
        assert f"{record['confidence']}, from" in line
        if record["note"]:
            assert f"  {key}: " in text and f"    note: {record['note']}" in text.splitlines()


@pytest.mark.parametrize("platform", ["lazada_sg", "taobao", "alibaba_com"])
@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
def test_rules_platform_names_each_field_that_differs_and_its_values(
    platform: str, reading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under each other reading, each field that differs with its answer here and there,
    checked against that reading's own data; the JSON names the fields too."""
    base = ("platform", platform, "--as-of", DAY)
    mine = json.loads(_run(capsys, *base, "--interpretation", reading, "--format", "json"))
    text = _run(capsys, *base, "--interpretation", reading)
    assert "  platform: differs under" not in text
    blocks = re.findall(r"^  differs under (\S+):\n((?:    .*\n)+)", text, re.MULTILINE)
    named = {name for names in mine["other_readings"].values() for name in names}
    assert {name for name, _ in blocks} == named
    assert named, "the readings differ on every one of these platforms (R33, D1, B14)"
    for name, body in blocks:
        theirs = json.loads(_run(capsys, *base, "--interpretation", name, "--format", "json"))
        for line in body.splitlines():
            path, _, change = line.strip().partition(": ")
            assert name in mine["other_readings"][path]
            before, after = _at(mine["data"], path), _at(theirs["data"], path)
            assert before != after, (name, path)
            if isinstance(before, (str, int)) and not isinstance(before, bool):
                assert change.startswith(f"{before} -> "), line
            if isinstance(after, (str, int)) and not isinstance(after, bool):
                assert change.endswith(f" -> {after}"), line


@pytest.mark.parametrize(
    ("day", "reading", "trial"),
    [
        ("2024-06-03", "brief", False),
        ("2018-05-01", "official", True),
        ("2022-01-01", "brief", [2021]),
    ],
)
def test_resolved_rules_show_a_table_in_a_notebook(day: str, reading: str, trial: Any) -> None:
    """A notebook showed ``ResolvedRules(as_of=..., interpretation=..., trial=...)``: it
    shows the date, reading and rule book, each section's records in force with their
    confidences (as ``to_records`` counts them) and the Good Faith version."""
    rules = BOOK.as_of(day, reading, trial=trial)
    shown = rules._repr_html_()
    assert shown.startswith("<div>") and "<table>" in shown
    assert f"as of {day}</strong> ({html.escape(reading_label(rules.rulebook, reading))}" in shown
    assert html.escape(rules.rulebook) in shown
    rows = rules.to_records()
    for section in {r["section"] for r in rows}:
        mine = [r["confidence"] for r in rows if r["section"] == section]
        cell = re.search(rf"<th[^>]*>{section}</th><td>(\d+)</td><td[^>]*>([^<]*)<", shown)
        assert cell is not None and int(cell[1]) == len(mine), section
        assert {p.rsplit(" ", 1)[0]: int(p.rsplit(" ", 1)[1]) for p in cell[2].split(", ")} == {
            c: mine.count(c) for c in set(mine)
        }
    gf = rules.good_faith
    assert (f"version {gf.version}" if gf else "not in force") in shown


def test_resolved_rules_html_escapes_the_book_s_name(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('name = "<script>alert(1)</script>"\n', encoding="utf-8")
    shown = load_rulebook(path).as_of(DAY)._repr_html_()
    assert "<script>" not in shown and "&lt;script&gt;" in shown


_DAYS = ["2015-01-06", "2019-06-01", "2022-01-19", "2022-01-20", "2022-04-15", "2024-06-03"]


@settings(max_examples=20, deadline=None, derandomize=True)
@given(
    before=st.sampled_from(_DAYS),
    after=st.sampled_from(_DAYS),
    reading=st.sampled_from(BOOK.interpretations),
)
def test_diff_rules_is_still_a_tuple_and_gives_the_whole_diff_as_data(
    before: str, after: str, reading: str
) -> None:
    """``diff_rules`` gave a plain tuple: the whole diff had no ``to_dict``/``to_records``/
    ``to_frame`` nor notebook table. It is a tuple still (``== ()``, indexing), and each of
    these accounts for every change and every field that differs."""
    changes = diff_rules(BOOK.as_of(before, reading), BOOK.as_of(after, reading))
    plain = tuple(changes)
    assert changes == plain and (changes == ()) == (not plain) and isinstance(changes, tuple)
    assert changes[:1] == plain[:1] and repr(changes) == repr(plain)
    assert changes.to_dict() == {
        "rulebook": BOOK.label,
        "rulebook_version": BOOK.version,
        "rulebook_date": BOOK.data_date.isoformat(),
        "interpretation": reading,
        "count": len(plain),
        "changes": [c.as_dict() for c in plain],
        "other_readings": {k: list(v) for k, v in changes.other_readings.items()},
    }
    rows = changes.to_records()
    expected = [
        (c.section, c.id, c.kind, f.field, f.before, f.after) for c in plain for f in c.fields
    ] + [(c.section, c.id, c.kind, None, None, None) for c in plain if not c.fields]
    assert sorted(map(repr, (tuple(r.values()) for r in rows))) == sorted(map(repr, expected))
    frame = changes.to_frame()
    assert list(frame.columns) == ["section", "id", "kind", "field", "before", "after"]
    assert len(frame) == len(rows) and str(frame["kind"].dtype) == "category"
    shown = changes._repr_html_()
    assert shown.count("<tr>") == len(rows) + 1 and f"{len(plain)} record(s) differ" in shown
    assert pickle.loads(pickle.dumps(changes)) == changes


def test_diff_rules_of_two_books_over_every_date_gives_the_same_result_type() -> None:
    mine = load_rulebook("examples/rules-override.toml")
    changes = diff_rules(BOOK, mine)
    assert changes and changes.to_dict()["count"] == len(changes)
    assert {r["kind"] for r in changes.to_records()} <= {"added", "removed", "changed"}
