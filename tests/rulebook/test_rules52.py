"""Rules files: a place in lower case gets the code it means (rules52).

Before, ``hk`` in a registration record's ``place_rules``, ``accepted`` or ``preferred`` was
refused without the ``did you mean 'HK'?`` a lower-case rule id gets; ``xx`` (a code left to
users however written) still gets no suggestion.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_rules51 import _BASE

from ipprules import load_rulebook
from ipprules.errors import RuleDataError


@pytest.mark.parametrize(
    ("field", "value", "path", "near"),
    [
        ("preferred", ["CN", "hk"], "$.registrations[0].preferred[1]", "HK"),
        ("preferred", ["Cn"], "$.registrations[0].preferred[0]", "CN"),
        ("accepted", ["mo "], "$.registrations[0].accepted[0]", "MO"),
        (
            "place_rules",
            [{"place": "hk", "rules": ["R39"], "confidence": "inferred"}],
            "$.registrations[0].place_rules[0].place",
            "HK",
        ),
    ],
)
def test_a_place_in_lower_case_is_refused_with_the_code_it_means(
    tmp_path: Path, field: str, value: object, path: str, near: str
) -> None:
    file = tmp_path / "rules.json"
    file.write_text(json.dumps({"registrations": [{**_BASE, field: value}]}), encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    (problem,) = caught.value.problems
    assert problem.path == path
    assert problem.message.endswith(f"(did you mean {near!r}?)")


@pytest.mark.parametrize("place", ["xx", "Zz", "h", "hkg", "h1"])
def test_a_place_that_means_no_code_gets_no_suggestion(tmp_path: Path, place: str) -> None:
    file = tmp_path / "rules.json"
    record = {**_BASE, "accepted": ["CN", place]}
    file.write_text(json.dumps({"registrations": [record]}), encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    (problem,) = caught.value.problems
    assert problem.path == "$.registrations[0].accepted[1]"
    assert "did you mean" not in problem.message
    assert f"place {place!r} is not a place of registration" in problem.message


# ------------------- 3. rules section's JSON replaces its section when the user says `replace`


def _ids(out: str) -> list[str]:
    return [r["id"] for r in json.loads(out)["data"]]


def test_the_documented_replace_of_a_printed_section_works_as_written(tmp_path: Path) -> None:
    """docs/rulebook.md: print a section, keep two records, add ``"replace": [...]`` after the
    opening ``{``: read back, the section holds those two only. Before, ``replace`` in that
    JSON was dropped with the envelope, so the deleted records were still the base's."""
    from test_newuser8 import _run

    code, out, err = _run("rules", "section", "reason_codes", "--format", "json")
    assert code == 0, err
    printed = json.loads(out)
    everyone = _ids(out)
    assert len(everyone) > 2
    printed["data"] = printed["data"][:2]  # the user deletes the others
    path = tmp_path / "reasons.json"
    path.write_text(json.dumps(printed, indent=2), encoding="utf-8")
    merged = _run("rules", "section", "reason_codes", "--rules", str(path), "--format", "json")
    assert merged[0] == 0 and _ids(merged[1]) == everyone  # merged, as docs say
    text = path.read_text("utf-8")
    assert text.startswith("{\n")
    path.write_text('{\n"replace": ["reason_codes"],\n' + text[2:], encoding="utf-8")
    code, out, err = _run("rules", "section", "reason_codes", "--rules", str(path))
    assert code == 0, err
    code, out, err = _run(
        "rules", "section", "reason_codes", "--rules", str(path), "--format", "json"
    )
    assert code == 0 and _ids(out) == everyone[:2], err
    path.write_text('{\n"replace": ["reason_code"],\n' + text[2:], encoding="utf-8")
    code, _, err = _run("rules", "section", "reason_codes", "--rules", str(path))
    assert code == 2 and f"{path}:2:" in err and "$.replace[0]: unknown section" in err


@pytest.mark.parametrize("key", ["name", "rule_sources", "interpretations", "registrations"])
def test_a_key_added_to_a_printed_section_is_refused_not_dropped(tmp_path: Path, key: str) -> None:
    """Read back, a ``rules section`` JSON gives its ``data``, ``sources`` and a ``replace``
    list added to it; any other key a user adds (a name, a rule-sources map, a second section)
    was dropped unread with the envelope: refused at its line, naming the key."""
    from test_newuser8 import _run

    code, out, err = _run("rules", "section", "reason_codes", "--format", "json")
    assert code == 0, err
    path = tmp_path / "reasons.json"
    path.write_text(out, encoding="utf-8")
    assert _run("rules", "section", "reason_codes", "--rules", str(path))[0] == 0
    path.write_text('{\n"' + key + '": {},\n' + out.lstrip()[1:], encoding="utf-8")
    code, _, err = _run("rules", "section", "reason_codes", "--rules", str(path))
    assert code == 2 and f"{path}:2:" in err and f"$.{key}: unknown key '{key}'" in err, err
