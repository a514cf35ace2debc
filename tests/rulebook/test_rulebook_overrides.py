"""Users' override files: strict, located errors; a new book; the default untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules import RuleDataError, default_rulebook, load_rulebook

OWN_CODES = """
name = "ACME account"
replace = ["reason_codes"]

[[sources]]
id = "ACME-IPP"
title = "Reason list copied from our IPP account, 2026-11"
kind = "user"

[[reason_codes]]
id = "acme_counterfeit"
label = "假冒商品 / Counterfeit"
description = "As shown in our account's drop-down."
ipr_type = "trademark"
platforms = ["taobao", "tmall"]
effective_from = "2015-01-06"
sources = ["ACME-IPP"]
confidence = "user"
rules = ["B16"]
facts = ["counterfeit_product"]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_replace_the_reason_catalogue_with_the_accounts_list(tmp_path):
    book = load_rulebook(write(tmp_path, "acme.toml", OWN_CODES))
    rules = book.as_of("2023-01-01")
    assert list(rules.reason_codes) == ["acme_counterfeit"]
    assert book.name == "ACME account"
    assert rules.sources_of(rules.reason_code("acme_counterfeit"))[0].title.startswith("Reason")
    # the default is untouched
    assert "tm_counterfeit" in default_rulebook().as_of("2023-01-01").reason_codes


def test_override_one_record_keeps_the_rest(tmp_path):
    data = {
        "sources": [{"id": "MINE", "title": "our counsel", "kind": "user"}],
        "channels": [
            {
                "id": "portal",
                "name": "IPP portal",
                "max_listings": 200,
                "effective_from": "2015-01-06",
                "sources": ["MINE"],
                "confidence": "user",
            }
        ],
    }
    book = load_rulebook(write(tmp_path, "o.json", json.dumps(data)))
    rules = book.as_of("2023-01-01")
    assert rules.channel("portal").max_listings == 200
    assert rules.channel("standalone_form").max_listings == 10
    assert len(rules.reason_codes) == len(default_rulebook().as_of("2023-01-01").reason_codes)


def test_unknown_key_names_file_line_and_path(tmp_path):
    path = write(
        tmp_path,
        "bad.toml",
        OWN_CODES.replace('ipr_type = "trademark"', 'ipr_type = "trademark"\ncolour = 3'),
    )
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    problem = info.value.problems[0]
    assert problem.file == str(path)
    assert problem.path == "$.reason_codes[0]"
    assert "unknown key 'colour'" in problem.message


def test_wrong_type_in_json_has_line_and_column(tmp_path):
    text = (
        '{\n  "channels": [\n    {"id": "portal", "name": "P", "max_listings": "300",\n'
        '     "effective_from": "2015-01-06", "sources": ["S3"], "confidence": "user"}\n  ]\n}'
    )
    path = write(tmp_path, "bad.json", text)
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    problem = info.value.problems[0]
    assert (problem.path, problem.line) == ("$.channels[0].max_listings", 3)
    assert "expected an integer" in problem.message
    assert str(info.value).startswith(f"{path}:3:")


def test_dangling_references_are_reported(tmp_path):
    path = write(
        tmp_path,
        "dangling.toml",
        OWN_CODES.replace('"tmall"]', '"tmal"]').replace(
            'sources = ["ACME-IPP"]', 'sources = ["ACME-IPP", "S999"]'
        ),
    )
    with pytest.raises(RuleDataError) as info:
        load_rulebook(path)
    messages = {(p.path, p.message) for p in info.value.problems}
    assert (
        "$.reason_codes[0].platforms[1]",
        "unknown platform 'tmal' (did you mean 'tmall'?)",
    ) in messages
    assert ("$.reason_codes[0].sources[1]", "unknown source 'S999'") in messages
    assert all(p.file == str(path) for p in info.value.problems)
    assert all(p.line for p in info.value.problems)


def test_overlapping_dates_are_rejected(tmp_path):
    data = {
        "sources": [{"id": "MINE", "title": "x", "kind": "user"}],
        "deadlines": [
            {
                "id": "d",
                "kind": "deadline",
                "amount": 3,
                "unit": "business_days",
                "starts_at": "x",
                "who": "seller",
                "description": "d",
                "effective_from": "2016-01-01",
                "sources": ["MINE"],
                "confidence": "user",
            },
            {
                "id": "d",
                "kind": "deadline",
                "amount": 4,
                "unit": "business_days",
                "starts_at": "x",
                "who": "seller",
                "description": "d",
                "effective_from": "2017-01-01",
                "sources": ["MINE"],
                "confidence": "user",
            },
        ],
    }
    with pytest.raises(
        RuleDataError, match=r"\$\.deadlines\[1\]\.effective_from: dates of 'd' overlap"
    ):
        load_rulebook(write(tmp_path, "o.json", json.dumps(data)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('replace = ["reasons"]', "unknown section 'reasons'"),
        ('[[channels]]\nid = "x"', "required value is missing"),
        ("not toml at all [", "not valid TOML"),
        ('[[sources]]\nid = "A"\ntitle = "t"\nkind = "rumour"', "expected one of"),
        (
            '[[interpretations]]\nid = "mine"\ntitle = "t"\ndescription = "d"\nbase = "nope"',
            "unknown base interpretation",
        ),
    ],
)
def test_bad_files_never_traceback(tmp_path, text, message):
    with pytest.raises(RuleDataError, match=message):
        load_rulebook(write(tmp_path, "x.toml", text))


def test_missing_file(tmp_path):
    with pytest.raises(RuleDataError, match="cannot read the file"):
        load_rulebook(tmp_path / "nope.toml")


def test_two_rulebooks_diff(tmp_path):
    from ipprules import diff_rules

    book = load_rulebook(write(tmp_path, "acme.toml", OWN_CODES))
    changes = diff_rules(default_rulebook().as_of("2023-01-01"), book.as_of("2023-01-01"))
    kinds = {(c.id, c.kind) for c in changes}
    assert ("acme_counterfeit", "added") in kinds
    assert ("tm_counterfeit", "removed") in kinds


def _interpretations(n: int, chained: bool) -> str:
    out = []
    for i in range(n):
        base = f'\nbase = "i{i - 1}"' if chained and i else ""
        out.append(f'[[interpretations]]\nid = "i{i}"\ntitle = "t"\ndescription = "d"{base}')
    return "\n".join(out)


def test_interpretation_chains_and_counts_are_bounded(tmp_path):
    """Every answer resolves and compares each interpretation through its chain of bases: a
    chain of 5,000 took minutes. At most 16 bases and 64 interpretations; the limits load."""
    from ipprules.rulebook.validate import MAX_BASES, MAX_INTERPRETATIONS

    fits = load_rulebook(write(tmp_path, "ok.toml", _interpretations(MAX_BASES + 1, True)))
    assert f"i{MAX_BASES}" in fits.interpretations
    with pytest.raises(RuleDataError, match=r"interpretations\[17\]\.base: a chain of more"):
        load_rulebook(write(tmp_path, "deep.toml", _interpretations(MAX_BASES + 2, True)))
    many = MAX_INTERPRETATIONS - len(default_rulebook().interpretations)
    assert load_rulebook(write(tmp_path, "n.toml", _interpretations(many, False)))
    with pytest.raises(RuleDataError, match="a rule book holds at most 64"):
        load_rulebook(write(tmp_path, "m.toml", _interpretations(many + 1, False)))


def test_a_diff_of_two_books_compares_their_sources_and_interpretations(tmp_path):
    """Re-attributing a source changes what every record citing it rests on, and an
    interpretation added is a new reading: both are changes, on a date and over all dates."""
    from ipprules import diff_rules

    text = '[[sources]]\nid = "S1"\ntitle = "hijack"\nkind = "user"\n' + _interpretations(1, False)
    book = load_rulebook(write(tmp_path, "s.toml", text))
    for changes in (
        diff_rules(default_rulebook(), book, as_of="2023-05-01"),
        diff_rules(default_rulebook(), book),
    ):
        found = {(c.section, c.id, c.kind) for c in changes}
        assert {("sources", "S1", "changed"), ("interpretations", "i0", "added")} <= found
    same = default_rulebook()
    assert diff_rules(same.as_of("2022-01-19"), same.as_of("2022-01-20"))[-1].section != "sources"


def test_unknown_subtypes_empty_interpretation_ids_and_impossible_rates_are_refused(tmp_path):
    """Each loaded silently before: a code for a subtype its IPR type does not have never
    applies, an interpretation with a blank id can never be chosen, a 500% rate never holds."""
    data = default_rulebook().to_data()
    criteria = dict(data["good_faith"][-1])
    criteria["takedown_rate"] = {**criteria["takedown_rate"], "value": "5"}
    code = dict(data["reason_codes"][0])
    code.update(id="mine", subtypes=["bogus"], sources=["MINE"], confidence="user")
    override = {
        "sources": [{"id": "MINE", "title": "ours", "kind": "user"}],
        "interpretations": [{"id": " ", "title": "t", "description": "d"}],
        "reason_codes": [code],
        "good_faith": [criteria],
    }
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(write(tmp_path, "o.json", json.dumps(override, default=str)))
    found = {(p.path, p.message) for p in caught.value.problems}
    assert ("$.interpretations[0].id", "the id is empty") in found
    assert (
        "$.reason_codes[0].subtypes[0]",
        f"unknown subtype 'bogus' of {code['ipr_type']}",
    ) in found
    assert ("$.good_faith[0].takedown_rate.value", "a rate is from 0 to 1, got 5") in found


def test_one_points_bar_for_penalties_and_counter_notices(tmp_path: Path) -> None:
    """R64's bar is in the 1688 penalty record and in a counter-notice record: an override
    that sets one of them only would make `penalties` and `counter-notice` answer both ways
    (review 8): it is refused at its line; one that sets both loads, and both answer alike."""
    data = Path(__file__).resolve().parents[2] / "src/ipprules/rulebook/data"
    penalty = next(
        r for r in json.loads((data / "penalties.json").read_text(encoding="utf-8"))
        if r["id"] == "1688"
    )  # fmt: skip
    bar = next(
        r for r in json.loads((data / "counter_notice.json").read_text(encoding="utf-8"))
        if r["id"] == "1688_bar_points"
    )  # fmt: skip
    source = [{"id": "ACME", "title": "ours", "kind": "user"}]
    mine = {"sources": ["ACME"], "confidence": "user"}
    one = {"name": "Bar100", "sources": source,
           "penalties": [{**penalty, **mine, "counter_notice_bar_points": 100}]}  # fmt: skip
    path = write(tmp_path, "one.json", json.dumps(one))
    with pytest.raises(RuleDataError, match="disagrees with the counter-notice record") as err:
        load_rulebook(path)
    assert err.value.problems[0].path == "$.penalties[0].counter_notice_bar_points"
    assert err.value.problems[0].line == 1
    both = {**one, "counter_notice": [{**bar, **mine, "value": 100}]}
    book = load_rulebook(write(tmp_path, "both.json", json.dumps(both)))
    view = book.as_of("2024-06-10")
    assert view.penalties["1688"].counter_notice_bar_points == 100
    assert view.counter_notice["1688_bar_points"].value == 100


def _deadline_override(tmp_path: Path, **changes: object) -> Path:
    data = default_rulebook().to_data()
    deadline = next(d for d in data["deadlines"] if d["id"] == "counter_notice_round_1")
    deadline = {**deadline, **changes}
    return write(tmp_path, "d.json", json.dumps({"deadlines": [deadline]}, default=str))


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"starts_at": "nope"}, ".starts_at", "unknown start 'nope' (one of complaint_received"),
        ({"who": "nobody"}, ".who", "unknown actor 'nobody' (one of seller, filer, platform)"),
        ({"amount": 5, "amount_max": 3}, ".amount_max", "amount_max (3) needs an amount no larger"),
        (
            {"amount": 10**9, "unit": "calendar_days"},
            ".amount",
            "1000000000 calendar_days is longer than the longest deadline taken (36,600",
        ),
        ({"amount": 1, "amount_max": 878_401, "unit": "hours"}, ".amount_max", "878,400 hours"),
    ],
)
def test_impossible_deadlines_are_refused_where_they_are_written(
    tmp_path: Path, changes: dict[str, object], path: str, message: str
) -> None:
    """Each loaded before: a deadline started by no event or binding no actor never ran (or
    never flagged a late event); a range 5 to 3 was shown as such; a billion days ended in
    an OverflowError ("a number or date out of range", no file, line or path)."""
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(_deadline_override(tmp_path, **changes))
    (problem,) = caught.value.problems
    assert problem.path == "$.deadlines[0]" + path
    assert problem.line == 1
    assert message in problem.message


def test_the_longest_deadline_is_counted_from_the_last_date_taken(tmp_path: Path) -> None:
    from ipprules.errors import CoverageError
    from ipprules.lifecycle import deadline_for

    for unit in ("business_days", "calendar_days", "hours"):
        book = load_rulebook(_deadline_override(tmp_path, amount=36_600, unit=unit))
        result = deadline_for("counter_notice_round_1", "2024-01-01", book)
        assert result.due is not None and result.due.year > 2024
        # a due date past the dates deadlines are counted for is refused (left5)
        with pytest.raises(CoverageError, match=r"from 2999-12-31 fall on 3\d\d\d-"):
            deadline_for("counter_notice_round_1", "2999-12-31", book)


def test_the_deadline_starts_and_actors_are_the_lifecycles() -> None:
    from ipprules.lifecycle import Event, event_info
    from ipprules.lifecycle.states import STARTS_AT
    from ipprules.rulebook.model import DEADLINE_ACTORS, DEADLINE_STARTS

    assert set(DEADLINE_STARTS) == set(STARTS_AT)
    assert set(DEADLINE_ACTORS) <= {event_info(e).actor for e in Event}


@pytest.mark.parametrize(
    "field", ["window_months", "lockout_removal_months", "lockout_withdrawal_months"]
)
def test_a_good_faith_period_over_100_years_is_refused_where_it_is_written(
    tmp_path: Path, field: str
) -> None:
    """Before: ``ipprules good-faith --rules`` ended in ``error: year 10356 is out of range``
    (a bare ValueError from the date arithmetic: no file, line or path)."""
    criteria = dict(default_rulebook().to_data()["good_faith"][-1])
    criteria[field] = 100_000
    path = write(tmp_path, "g.json", json.dumps({"good_faith": [criteria]}, default=str))
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == (f"$.good_faith[0].{field}", 1)
    assert "100000 months is longer than the longest period taken (1,200 months" in problem.message
    criteria[field] = 1200
    path.write_text(json.dumps({"good_faith": [criteria]}, default=str))
    load_rulebook(path)  # 100 years is taken


def test_a_counter_notice_purchase_window_over_100_years_is_refused(tmp_path: Path) -> None:
    """Before: ``ipprules counter-notice --rules`` ended in ``error: year -6309 is out of
    range`` (a bare ValueError, no file, line or path)."""
    rules = default_rulebook().to_data()["counter_notice"]
    rule = dict(next(r for r in rules if r["id"] == "alibaba_com_purchase_window"))
    rule["value"] = 100_000
    path = write(tmp_path, "c.json", json.dumps({"counter_notice": [rule]}, default=str))
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("$.counter_notice[0].value", 1)
    assert "100000 months is longer than the longest period taken" in problem.message


def _channel_override(tmp_path: Path, **changes: object) -> Path:
    record: dict[str, object] = {
        "id": "portal",
        "name": "IPP portal",
        "max_listings": 300,
        "effective_from": "2015-01-06",
        "sources": ["S3"],
        "confidence": "user",
    }
    record.update(changes)
    record = {k: v for k, v in record.items() if v is not None}
    return write(tmp_path, "channel.json", json.dumps({"channels": [record]}))


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"max_listings": 0}, ".max_listings", "max_listings must be at least 1, got 0"),
        ({"max_listings": -5}, ".max_listings", "expected a whole number from 0 to"),
        (
            {"id": "standalone_form", "max_listings": None},
            ".max_listings",
            "the standalone_form channel needs max_listings",
        ),
        ({"max_listings": None}, ".max_listings", "the portal channel needs max_listings"),
        ({"rights_per_complaint": 0}, ".rights_per_complaint", "at least 1, got 0"),
        ({"id": "fax", "reasons_per_complaint": 0}, ".reasons_per_complaint", "got 0"),
    ],
)
def test_a_channel_without_room_for_a_listing_is_refused_where_it_is_written(
    tmp_path: Path, changes: dict[str, object], path: str, message: str
) -> None:
    """Each loaded before: a portal of 0 listings made the planner fail with Python's own
    'range() arg 3 must not be zero' (a ValueError, no file, line or path), and a filing
    channel without a limit could not be counted against."""
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(_channel_override(tmp_path, **changes))
    (problem,) = caught.value.problems
    assert problem.path == "$.channels[0]" + path
    assert message in problem.message


def test_a_channel_of_its_own_may_leave_its_counts_undocumented(tmp_path: Path) -> None:
    book = load_rulebook(_channel_override(tmp_path, id="fax", max_listings=None))
    assert book.as_of("2023-01-01").channel("fax").max_listings is None
