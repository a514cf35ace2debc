"""rules46: the left-overs of rules45 on the rule book's surfaces.

* A reason code of a user's own file without ``severity`` took the model's default,
  ``general``, in silence (a default, not a sourced answer): its class is ``unknown`` now on
  every platform, and ``advise`` and ``rules reasons`` say so, naming the file and the code.
* ``rules.channel("form")`` (and the other name look-ups of the rule book) suggested nothing
  for a word of one id: ``standalone_form`` is suggested.
* ``rules reasons``: the Good Faith-only column had an empty header.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_rulebook_overrides import OWN_CODES

from ipprules import UnknownNameError, advise, default_rulebook, diff_rules, load_rulebook
from test_newuser8 import _run

DAY = "2026-11-23"


def _book_file(tmp_path: Path, severity: str | None) -> Path:
    text = OWN_CODES if severity is None else OWN_CODES + f'severity = "{severity}"\n'
    path = tmp_path / "acme.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_users_code_without_severity_has_an_unknown_class(tmp_path):
    path = _book_file(tmp_path, None)
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == str(path)
    assert [code.severity_confidence_on(p) for p in code.platforms] == ["unknown", "unknown"]
    advice = advise(
        "trademark",
        "taobao",
        facts=["counterfeit_product"],
        as_of=DAY,
        rulebook=load_rulebook(path),
    )
    best = advice.admissible[0]
    assert best.code == "acme_counterfeit"
    assert best.severity_confidence == "unknown"
    assert "class unknown" in best.why and "general infringement" not in best.why
    assert f"{path} gives acme_counterfeit no severity" in best.why
    assert 'state severity = "serious" or "general"' in best.why


@pytest.mark.parametrize("severity", ["serious", "general"])
def test_a_users_code_that_states_its_class_keeps_it(tmp_path, severity):
    path = _book_file(tmp_path, severity)
    code = load_rulebook(path).as_of(DAY).reason_code("acme_counterfeit")
    assert code.severity_unstated_in == ""
    assert code.severity.value == severity
    assert code.severity_confidence_on("taobao") == "user"
    advice = advise("trademark", "taobao", as_of=DAY, rulebook=load_rulebook(path))
    assert f"{severity} infringement" in advice.admissible[0].why
    assert "class unknown" not in advice.admissible[0].why


def test_the_cli_says_the_class_is_unknown_and_why(tmp_path):
    path = _book_file(tmp_path, None)
    code, out, err = _run("rules", "reasons", "--rules", str(path), "--as-of", DAY)
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("acme_counterfeit"))
    assert "unknown (no severity)" in row and "general" not in row
    code, out, err = _run(
        "advise", "--rules", str(path), "--as-of", DAY, "--ipr-type", "trademark",
        "--platform", "taobao", "--fact", "counterfeit_product",
    )  # fmt: skip
    assert code == 0, err
    assert "acme_counterfeit no severity" in out and str(path) in out


def test_the_embedded_books_classes_are_stated():
    rules = default_rulebook().as_of(DAY)
    assert all(not c.severity_unstated_in for c in rules.reason_codes.values())
    piracy = rules.reason_code("cr_piracy")
    assert [piracy.severity_confidence_on(p) for p in ("aliexpress", "taobao", "alibaba_com")] == [
        "official",
        "inferred",
        "unknown",
    ]


@pytest.mark.parametrize(
    ("lookup", "name", "meant"),
    [
        ("channel", "form", "standalone_form"),
        ("channel", "Form", "standalone_form"),
        ("reason_code", "piracy", "cr_piracy"),
    ],
)
def test_a_word_of_one_id_is_suggested(lookup, name, meant):
    rules = default_rulebook().as_of(DAY)
    with pytest.raises(UnknownNameError) as caught:
        getattr(rules, lookup)(name)
    assert caught.value.suggestion == meant
    assert f"(did you mean {meant!r}?)" in str(caught.value)


@pytest.mark.parametrize("member", [[], ["--member"]])
def test_the_reasons_table_names_every_column(member):
    code, out, err = _run("rules", "reasons", "--platform", "aliexpress", "--as-of", DAY, *member)
    assert code == 0, err
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("code "))
    header, dashes = lines[at], lines[at + 1]
    starts = [0] + [i + 3 for i in range(len(dashes) - 3) if dashes[i : i + 4] == "-  -"]
    names = [header[s:].split("  ")[0] for s in starts]
    assert "GF only" in names
    assert all(name.strip() for name in names)  # a header over every run of dashes


# the account's codes list no facts (and state their class)
_NO_FACTS = OWN_CODES.replace('facts = ["counterfeit_product"]\n', 'severity = "serious"\n')
assert "facts" not in _NO_FACTS


def test_a_fact_no_code_of_the_users_book_lists_is_said_so(tmp_path):
    path = tmp_path / "acme.toml"
    path.write_text(_NO_FACTS, encoding="utf-8")
    code, out, err = _run(
        "advise", "--rules", str(path), "--as-of", DAY, "--ipr-type", "trademark",
        "--platform", "taobao", "--fact", "counterfeit_product",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert "unknown fact 'counterfeit_product'" in err
    assert (
        "no reason code of the rule book 'ACME account' lists the fact counterfeit_product" in err
    )
    with pytest.raises(UnknownNameError, match="no reason code of the rule book"):
        advise(
            "trademark",
            "taobao",
            facts=["counterfeit_product"],
            as_of=DAY,
            rulebook=load_rulebook(path),
        )


def test_a_fact_no_book_knows_is_not_said_to_be_the_embedded_books():
    with pytest.raises(UnknownNameError) as caught:
        advise("trademark", "taobao", facts=["counterfeit"], as_of=DAY)
    assert "no reason code" not in str(caught.value)
    assert caught.value.suggestion == "counterfeit_product"


_MORE = """
name = "More"

[[sources]]
id = "MINE"
title = "our counsel"
kind = "user"

[[channels]]
id = "portal"
name = "IPP portal"
max_listings = 200
effective_from = "2015-01-06"
sources = ["MINE"]
confidence = "user"
"""


def test_rules_diff_separately_compares_two_files_each_over_the_embedded_book(tmp_path):
    own, more = tmp_path / "acme.toml", tmp_path / "more.toml"
    own.write_text(OWN_CODES, encoding="utf-8")
    more.write_text(_MORE, encoding="utf-8")
    argv = ("rules", "diff", "--rules", str(own), "--against", str(more), "--as-of", DAY)
    code, out, err = _run(*argv, "--separately", "--format", "json")
    assert code == 1, err
    said = json.loads(out)["data"]
    expected = diff_rules(load_rulebook(own).as_of(DAY), load_rulebook(more).as_of(DAY))
    assert said["changes"] == [c.as_dict() for c in expected]
    assert "each applied over the embedded book" in said["diff"]
    # stacked (the default), the embedded reason codes more.toml keeps are not back
    code, out, _ = _run(*argv, "--format", "json")
    stacked = {(c["kind"], c["id"]) for c in json.loads(out)["data"]["changes"]}
    assert code == 1 and ("added", "tm_counterfeit") not in stacked
    assert ("added", "tm_counterfeit") in {(c["kind"], c["id"]) for c in said["changes"]}


def test_rules_diff_separately_of_one_file_twice_finds_nothing(tmp_path):
    own = tmp_path / "acme.toml"
    own.write_text(OWN_CODES, encoding="utf-8")
    code, out, err = _run("rules", "diff", "--rules", str(own), "--against", str(own),
                          "--separately", "--as-of", DAY)  # fmt: skip
    assert code == 0, err
    assert ": 0 change(s)" in out.splitlines()[1]  # under the book and reading


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["rules", "diff", "--separately", "--to", "2026-12-01"], "goes with --against FILE"),
        (["rules", "reasons", "--separately"], "not used by the reasons view"),
    ],
)
def test_rules_diff_separately_without_a_file_is_refused(argv, said):
    code, out, err = _run(*argv, "--as-of", DAY)
    assert code == 2 and out == ""
    assert "--separately" in err and said in err


def test_rules_reasons_json_gives_an_unstated_class_as_unknown(tmp_path):
    path = _book_file(tmp_path, None)
    code, out, err = _run(
        "rules", "reasons", "--rules", str(path), "--as-of", DAY, "--format", "json"
    )
    assert code == 0, err
    (record,) = json.loads(out)["data"]
    assert record["severity"] == "unknown"
    assert record["severity_unstated_in"] == str(path)
    stated = _book_file(tmp_path, "general")
    code, out, err = _run(
        "rules", "reasons", "--rules", str(stated), "--as-of", DAY, "--format", "json"
    )
    (record,) = json.loads(out)["data"]
    assert record["severity"] == "general" and "severity_unstated_in" not in record


def test_rules_platform_gives_an_unstated_class_as_unknown(tmp_path):
    path = _book_file(tmp_path, None)
    entry = load_rulebook(path).as_of(DAY).for_platform("taobao")["reason_codes"]
    assert entry["acme_counterfeit"]["severity"] == "unknown"
    assert entry["acme_counterfeit"]["severity_confidence"] == "unknown"
    code, out, err = _run("rules", "platform", "taobao", "--rules", str(path), "--as-of", DAY)
    assert code == 0, err
    assert "acme_counterfeit=trademark (user; class unknown: no severity)" in out
    stated = load_rulebook(_book_file(tmp_path, "serious")).as_of(DAY).for_platform("taobao")
    assert stated["reason_codes"]["acme_counterfeit"]["severity"] == "serious"
