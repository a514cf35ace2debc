"""The finding catalogue: well formed, sourced, and every code exercised by the case suite."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import FindingSeverity, catalogue, catalogue_markdown, explain
from ipprules.errors import UnknownNameError

from .conftest import load_cases
from .test_check25_paths import USER_BOOK_ONLY

CASES = sorted((Path(__file__).parent / "cases").glob("*.toml"))
CODE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def _all_cases() -> list[tuple[str, dict]]:
    out = []
    for path in CASES:
        _, cases = load_cases(path)
        out += [(path.name, case) for case in cases]
    return out


def test_every_code_has_a_failing_case() -> None:
    failing = {code for _, case in _all_cases() for code in case["expect"]}
    missing = sorted(set(catalogue()) - failing - USER_BOOK_ONLY)
    assert missing == [], f"codes without a failing case: {missing}"


def test_cases_expect_only_catalogue_codes() -> None:
    known = set(catalogue())
    for name, case in _all_cases():
        unknown = set(case["expect"]) - known
        assert not unknown, f"{name}: {case['name']}: {sorted(unknown)}"
        for located in case.get("paths", []):
            assert located.split("@")[0] in case["expect"], (name, case["name"], located)


def test_every_case_file_has_a_clean_case() -> None:
    for path in CASES:
        _, cases = load_cases(path)
        assert any(c["name"] == "clean" and c["expect"] == [] for c in cases), path.name


def test_catalogue_entries_are_well_formed() -> None:
    book = default_rulebook()
    sources = set(book.sources)
    rule_id = re.compile(r"^[BRD]\d+$")
    raw = json.loads((Path(__file__).parents[2] / "src/ipprules/checks/findings.json").read_text())
    assert len(raw) == len(catalogue()), "codes repeat in findings.json"
    for entry in catalogue().values():
        assert CODE.match(entry.code), entry.code
        assert entry.title and entry.explanation and entry.fix, entry.code
        assert entry.title.lstrip("'")[0].islower(), entry.code
        assert all(rule_id.match(r) for r in entry.rules), entry.code
        assert entry.sources and set(entry.sources) <= sources, entry.code


@pytest.mark.parametrize(
    "code",
    [
        "reason-wrong-ipr-type",
        "reason-wrong-subtype",
        "reason-wrong-platform",
        "reason-wrong-target",
    ],
)
def test_a_wrong_reason_code_says_what_it_costs(code: str) -> None:
    """B16: a wrong reason code cannot be fixed; the complaint is rejected or countered, counts
    as an unsuccessful takedown and must be filed again. The explanation says so."""
    text = explain(code).text()
    for words in ("cannot be fixed", "rejected or countered", "unsuccessful takedown", "again"):
        assert words in text, (code, words)


def test_explain_and_markdown() -> None:
    entry = explain("listings-too-many")
    assert entry.severity is FindingSeverity.ERROR
    assert "300" in entry.explanation
    assert "How to fix:" in entry.text()
    page = catalogue_markdown()
    for code in catalogue():
        assert f"### `{code}`" in page
    with pytest.raises(UnknownNameError):
        explain("listing-too-many")


def test_the_track_record_explained_is_the_rule_books() -> None:
    """Before, the explanation said 'fewer than 100 complaints', but under the brief an account
    with exactly 100 has no track record (the limit track_record is 101: more than 100, B21)."""
    text = explain("new-filer-large-batch").explanation
    for name, words in (
        ("brief", "100 complaints or fewer"),
        ("brief-at-least-100", "fewer than 100"),
    ):
        limit = default_rulebook().as_of("2026-11-23", name).limits["track_record"].value
        assert words in text
        assert limit == (101 if name == "brief" else 100)


@settings(max_examples=40, deadline=None)
@given(code=st.sampled_from(sorted(catalogue())))
@example(code="right-expired")
def test_an_explained_entry_gives_the_data_the_command_prints(code: str) -> None:
    """``json.dumps(ipprules.explain(code))`` failed and the entry had no ``to_dict()``, where
    ``ipprules explain CODE --format json`` prints its fields: both give the same data now."""
    import contextlib
    import io

    import ipprules
    from ipprules.cli import main

    data = ipprules.explain(code).to_dict()
    assert data == ipprules.explain(code).as_dict() == json.loads(json.dumps(data))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["explain", code, "--format", "json"]) == 0
    printed = json.loads(out.getvalue())
    # the command's rules add those its findings can cite from rule-book records
    assert {k: printed[k] for k in data if k != "rules"} == {
        k: data[k] for k in data if k != "rules"
    }
    assert printed["catalogue_rules"] == data["rules"]
    assert printed["rules"] == list(ipprules.explain(code).citable_rules())
