"""A user's own rule data, dates and diffs, as a user would try them (rules54, product C1).

One rules file, written as TOML and as JSON, adds a reason code, overrides a limit, changes a
confidence mark, dates out a code and adds a place a platform accepts. Every engine that reads
those records answers from the file's book (none reads the embedded one behind it), the diff
of the two books and of two dates names every changed value by its path, the days at and
around each effective date answer from the record in force, dates outside the coverage are
refused naming it, and a bad file is refused at its file, line and JSON path (exit 2).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import (
    CoverageError,
    IpprulesError,
    RuleBook,
    advise,
    check,
    coverage,
    default_rulebook,
    diff_rules,
    load_rulebook,
    penalty_standing,
    plan_listings,
)
from ipprules.checks import plan_from_data
from ipprules.errors import RuleDataError
from ipprules.penalties import Violation
from ipprules.planner import PlanLine
from test_newuser8 import _run

_DATA = Path(__file__).resolve().parents[2] / "src" / "ipprules" / "rulebook" / "data"
_LAZADA = ["lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]
_URL = "https://www.lazada.sg/products/x-i123456789.html"
_TAOBAO_URL = "https://item.taobao.com/item.htm?id=606832683299"
_DAY = "2026-11-23"


def _embedded(section: str, rid: str, since: str | None = None) -> dict[str, Any]:
    """The embedded record of ``rid`` for every reading (the one a file replaces), a fresh
    copy; ``since``: the one of several that starts that day."""
    records = json.loads((_DATA / f"{section}.json").read_text(encoding="utf-8"))
    (record,) = [
        r
        for r in records
        if r["id"] == rid and "interpretation" not in r and since in (None, r["effective_from"])
    ]
    return dict(record)


def _user_data() -> dict[str, Any]:
    dated_out = {**_embedded("reason_codes", "tm_counterfeit"), "effective_until": "2024-01-01"}
    return {
        "name": "Mine",
        "sources": [{"id": "MINE", "title": "our IPP account, 2026-11", "kind": "user"}],
        "reason_codes": [
            {
                "id": "acme_counterfeit",
                "label": "Counterfeit (ours)",
                "description": "From our account's drop-down.",
                "ipr_type": "trademark",
                "platforms": ["taobao", "tmall"],
                "effective_from": "2025-03-01",
                "sources": ["MINE"],
                "confidence": "user",
                "severity": "serious",
                "facts": ["counterfeit_product"],
            },
            dated_out,
        ],
        "limits": [
            {
                **_embedded("limits", "lazada_attachments"),
                "value": 6,
                "description": "At most 6 attachments to a Lazada complaint.",
            }
        ],
        "registrations": [
            {
                "id": "lazada_sg",
                "accepted": ["SG", "US"],
                "effective_from": "2019-06-01",
                "sources": ["MINE"],
                "confidence": "user",
            }
        ],
        "channels": [{**_embedded("channels", "portal"), "confidence": "user"}],
    }


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return str(value)


def _as_toml(data: dict[str, Any]) -> str:
    lines = [f"name = {_toml_value(data['name'])}"]
    for section, records in data.items():
        if section == "name":
            continue
        for record in records:
            lines += ["", f"[[{section}]]"]
            lines += [f"{key} = {_toml_value(value)}" for key, value in record.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module", params=["toml", "json"])
def user_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = _user_data()
    path = tmp_path_factory.mktemp("rules54") / f"mine.{request.param}"
    text = _as_toml(data) if request.param == "toml" else json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def mine(user_file: Path) -> RuleBook:
    return load_rulebook(user_file)


def _plan(
    platform: str,
    reason: str,
    place: str,
    attachments: int = 0,
    url: str = _URL,
) -> Any:
    return plan_from_data(
        {
            "as_of": _DAY,
            "account": {
                "name": "Lumen",
                "location": "elsewhere",
                "identity": "enterprise",
                "category": "right_holder",
                "documents": ["business_registration"],
                "registered": True,
            },
            "rights": [
                {
                    "id": "tm",
                    "ipr_type": "trademark",
                    "name": "LUMEN",
                    "place": place,
                    "number": "5812345",
                    "registration_date": "2019-08-06",
                    "expiry_date": "2029-08-06",
                    "classes": [9],
                    "registrant": "Lumen",
                    "documents": [{"kind": "trademark_certificate", "colour": True}],
                }
            ],
            "complaints": [
                {
                    "id": "c1",
                    "platform": platform,
                    "right": "tm",
                    "reason": reason,
                    "supplement": "Counterfeit LUMEN lamps.",
                    "evidence": ["test_purchase_report"] * attachments,
                    "listings": [url],
                }
            ],
        }
    )


def _codes(book: RuleBook, plan: Any, day: str = _DAY) -> set[str]:
    return {f.code for f in check(plan, as_of=day, rulebook=book).findings}


# ---------------------------------------------- 1. both formats read alike, the default untouched


def test_the_toml_and_the_json_file_give_the_same_book(tmp_path: Path) -> None:
    data = _user_data()
    (tmp_path / "a.toml").write_text(_as_toml(data), encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    a, b = load_rulebook(tmp_path / "a.toml"), load_rulebook(tmp_path / "a.json")
    assert a.to_data() == b.to_data()
    assert default_rulebook().as_of(_DAY).limits["lazada_attachments"].value == 4


# --------------------------------------- 2. every engine reads the file's records, not the default


def test_the_overridden_limit_is_the_one_check_applies(mine: RuleBook) -> None:
    plan5, plan7 = (
        _plan("lazada_sg", "tm_misuse", "SG", 5),
        _plan("lazada_sg", "tm_misuse", "SG", 7),
    )
    assert "attachments-too-many" in _codes(default_rulebook(), plan5)
    assert "attachments-too-many" not in _codes(mine, plan5)
    (finding,) = [
        f for f in check(plan7, rulebook=mine).findings if f.code == "attachments-too-many"
    ]
    assert finding.message.startswith("7 attachments; lazada_sg takes at most 6")


def test_the_added_place_is_accepted_by_check_coverage_and_plan(mine: RuleBook) -> None:
    plan = _plan("lazada_sg", "tm_misuse", "US")
    assert "right-place-not-accepted" in _codes(default_rulebook(), plan)
    assert "right-place-not-accepted" not in _codes(mine, plan)
    cells = {
        book: [c.status.value for c in coverage(plan, rulebook=book, platforms=["lazada_sg"]).cells]
        for book in (default_rulebook(), mine)
    }
    assert "covered" not in cells[default_rulebook()]
    assert "covered" in cells[mine]
    line = PlanLine(1, _URL, right="tm", reason="tm_misuse")
    planned = {
        book: plan_listings([line], plan, rulebook=book).to_dict()["counts"]["planned"]
        for book in (default_rulebook(), mine)
    }
    assert planned == {default_rulebook(): 0, mine: 1}


def test_the_added_place_stays_a_gap_under_official_and_the_answer_says_so(
    mine: RuleBook,
) -> None:
    """The file replaces the reading-free record; official's own record (R40) still stands."""
    assert mine.as_of(_DAY).accepts_registration("lazada_sg", "US").value == "yes"
    assert mine.as_of(_DAY, "official").accepts_registration("lazada_sg", "US").value == "unknown"
    report = check(_plan("lazada_sg", "tm_misuse", "US"), rulebook=mine)
    assert any(
        "official" in f.message for f in report.findings if f.code == "other-reading-finding"
    )


def test_the_added_code_is_advised_and_checked_from_its_first_day(mine: RuleBook) -> None:
    before, first = "2025-02-28", "2025-03-01"
    facts = ["counterfeit_product"]
    for day, expected in ((before, False), (first, True), ("2025-03-02", True)):
        advice = advise("trademark", "taobao", facts=facts, as_of=day, rulebook=mine)
        assert ("acme_counterfeit" in [s.code for s in advice.admissible]) is expected, day
        plan = _plan("taobao", "acme_counterfeit", "CN", url=_TAOBAO_URL)
        assert ("reason-unknown" in _codes(mine, plan, day)) is not expected, day
    (refused,) = [
        n
        for n in advise(
            "trademark", "taobao", facts=facts, as_of=before, rulebook=mine
        ).not_admissible
        if n.code == "acme_counterfeit"
    ]
    assert refused.reasons == ("in force from 2025-03-01, not on 2025-02-28",)
    plain = advise("trademark", "taobao", facts=facts, as_of=first)
    assert "acme_counterfeit" not in [s.code for s in plain.admissible]


def test_the_dated_out_code_answers_until_the_day_before_its_end(mine: RuleBook) -> None:
    plan = _plan("taobao", "tm_counterfeit", "CN", url=_TAOBAO_URL)
    for day, in_force in (("2023-12-31", True), ("2024-01-01", False), ("2024-01-02", False)):
        assert ("tm_counterfeit" in mine.as_of(day).reason_codes) is in_force, day
        assert ("reason-unknown" in _codes(mine, plan, day)) is not in_force, day
        assert "reason-unknown" not in _codes(default_rulebook(), plan, day)
        advice = advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of=day, rulebook=mine
        )
        assert ("tm_counterfeit" in [s.code for s in advice.admissible]) is in_force, day


@pytest.mark.parametrize(
    ("mark", "said"),
    [
        ("inferred", " [confidence inferred: R47]"),
        ("third-party", " [confidence third-party: R47]"),
        ("official", ""),
        ("user", ""),
    ],
)
def test_the_files_confidence_mark_is_the_one_a_finding_carries(
    tmp_path: Path, mark: str, said: str
) -> None:
    """The embedded limit is third-party (S52): a file that marks it otherwise is believed."""
    file = tmp_path / "mark.json"
    record = {**_embedded("limits", "lazada_attachments"), "confidence": mark}
    file.write_text(json.dumps({"limits": [record]}), encoding="utf-8")
    report = check(_plan("lazada_sg", "tm_misuse", "SG", 7), rulebook=load_rulebook(file))
    (finding,) = [f for f in report.findings if f.code == "attachments-too-many"]
    assert finding.message == "7 attachments; lazada_sg takes at most 4" + said
    assert finding.confidence == (mark if said else None)


@pytest.mark.parametrize(
    ("argv", "said_mine", "said_default"),
    [
        (["rules", "reasons", "--platform", "taobao"], "acme_counterfeit", None),
        (["rules", "section", "limits", "--format", "json"], '"value": 6', '"value": 4'),
        (["rules", "platform", "lazada_sg"], "accepted: SG, US", "accepted: SG;"),
        (["rules", "section", "channels", "--format", "json"], '"confidence": "user"', None),
        (["advise", "--ipr-type", "trademark", "--platform", "taobao"], "acme_counterfeit", None),
    ],
)
def test_every_rules_view_and_the_advisor_show_the_files_records(
    user_file: Path, argv: list[str], said_mine: str, said_default: str | None
) -> None:
    code, out, err = _run(*argv, "--rules", str(user_file), "--as-of", _DAY)
    assert code == 0, err
    assert said_mine in out
    code, out, err = _run(*argv, "--as-of", _DAY)
    assert code == 0, err
    assert said_mine not in out
    if said_default is not None:
        assert said_default in out


# ------------------------------------------------- 3. the diff names every changed value by path


def test_the_diff_of_the_two_books_names_each_changed_value(mine: RuleBook) -> None:
    changes = diff_rules(default_rulebook().as_of(_DAY), mine.as_of(_DAY))
    rows = {
        (r["section"], r["id"], r["field"]): (r["before"], r["after"]) for r in changes.to_records()
    }
    assert rows[("limits", "lazada_attachments", "value")] == (4, 6)
    assert rows[("registrations", "lazada_sg", "accepted")] == (["SG"], ["SG", "US"])
    assert rows[("registrations", "lazada_sg", "confidence")] == ("brief", "user")
    assert rows[("channels", "portal", "confidence")] == ("official", "user")
    assert ("reason_codes", "tm_counterfeit", None) in rows  # removed on that day
    # over all dates, the code dated out is a changed end, and the new code is added
    whole = {(c.section, c.id, c.kind): c for c in diff_rules(default_rulebook(), mine)}
    ended = whole[("reason_codes", "tm_counterfeit@2015-01-06", "changed")]
    assert [(f.field, f.before, f.after) for f in ended.fields] == [
        ("effective_until", None, "2024-01-01")
    ]
    assert ("reason_codes", "acme_counterfeit@2025-03-01", "added") in whole


def test_the_diff_of_two_dates_of_the_file_names_what_ended_and_began(
    mine: RuleBook, user_file: Path
) -> None:
    ended = diff_rules(mine.as_of("2023-12-31"), mine.as_of("2024-01-01"))
    assert [(c.kind, c.id) for c in ended] == [("removed", "tm_counterfeit")]
    began = diff_rules(mine.as_of("2025-02-28"), mine.as_of("2025-03-01"))
    assert [(c.kind, c.id) for c in began] == [("added", "acme_counterfeit")]
    argv = ["rules", "diff", "--rules", str(user_file), "--as-of", "2025-02-28"]
    code, out, err = _run(*argv, "--to", "2025-03-01", "--format", "json")
    assert code == 1, err
    assert [(c["kind"], c["id"]) for c in json.loads(out)["data"]["changes"]] == [
        ("added", "acme_counterfeit")
    ]
    assert _run(*argv, "--to", "2025-03-02")[0] == 1
    assert (
        _run(
            "rules",
            "diff",
            "--rules",
            str(user_file),
            "--as-of",
            "2025-03-01",
            "--to",
            "2025-03-02",
        )[0]
        == 0
    )


def _nested_data() -> dict[str, Any]:
    """A Good Faith threshold, a penalty's points and a place rule's mark, changed."""
    good_faith = _embedded("good_faith", "gftm", "2022-04-15")
    penalty = _embedded("penalties", "lazada_sg")
    registration = _embedded("registrations", "taobao")
    good_faith = {**good_faith, "takedown_rate": {"value": "0.85", "comparison": ">="}}
    penalty = {**penalty, "points": {**penalty["points"], "counterfeit": 20}}
    registration["place_rules"] = [
        {**registration["place_rules"][0], "confidence": "user"},
        *registration["place_rules"][1:],
    ]
    return {
        "name": "Nested",
        "good_faith": [good_faith],
        "penalties": [penalty],
        "registrations": [registration],
    }


def test_a_nested_value_that_changed_is_named_by_its_path(tmp_path: Path) -> None:
    """Before, the diff gave the whole field: ``points: {...16...} -> {...20...}``."""
    path = tmp_path / "nested.json"
    path.write_text(json.dumps(_nested_data()), encoding="utf-8")
    changes = diff_rules(default_rulebook(), load_rulebook(path), as_of=_DAY)
    assert {
        (c.section, c.id): [(f.field, f.before, f.after) for f in c.fields] for c in changes
    } == {
        ("good_faith", "gftm"): [
            ("takedown_rate.comparison", ">", ">="),
            ("takedown_rate.value", "0.9", "0.85"),
        ],
        ("penalties", "lazada_sg"): [("points.counterfeit", 16, 20)],
        ("registrations", "taobao"): [("place_rules[0].confidence", "inferred", "user")],
    }
    # and the engine that reads the points counts the file's
    two = [Violation(on=dt.date(2024, 5, 6), kind="counterfeit") for _ in range(2)]
    assert [
        penalty_standing(two, "lazada_sg", "2024-05-06", rulebook=book).points.text
        for book in (default_rulebook(), load_rulebook(path))
    ] == ["0 to 32", "0 to 40"]
    code, out, _ = _run("rules", "diff", "--against", str(path), "--as-of", _DAY)
    assert code == 1
    assert "points.counterfeit: 16 -> 20" in out
    assert "place_rules[0].confidence: 'inferred' -> 'user'" in out


def _leaves(data: Any, path: str) -> list[tuple[str, Any]]:
    if isinstance(data, dict) and data:
        return [leaf for k, v in data.items() for leaf in _leaves(v, f"{path}.{k}")]
    if isinstance(data, list) and any(isinstance(v, dict) for v in data):
        return [leaf for i, v in enumerate(data) for leaf in _leaves(v, f"{path}[{i}]")]
    return [(path, data)]


#: Another word of the same vocabulary, where a value is one.
_OTHER = {
    "inferred": "user",
    "HK": "MO",
    "TW": "MO",
    ">": ">=",
    ">=": ">",
    "<": "<=",
    "0.9": "0.85",
    "0.05": "0.04",
    "100": "150",
}


def _changed(value: Any) -> Any:
    if isinstance(value, str) and value in _OTHER:
        return _OTHER[value]
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + " (ours)"
    return None


_NESTED = [
    (section, rid, since, leaf)
    for section, rid, since in (
        ("penalties", "lazada_sg", None),
        ("penalties", "alibaba_com", None),
        ("registrations", "taobao", None),
        ("good_faith", "gftm", "2022-04-15"),
    )
    for key, value in _embedded(section, rid, since).items()
    if isinstance(value, dict | list) and key not in ("sources", "rules")
    for leaf in _leaves(value, key)
    if _changed(leaf[1]) is not None
]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.sampled_from(_NESTED))
def test_any_one_nested_value_changed_is_the_one_row_of_the_diff(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, str, str | None, tuple[str, Any]]
) -> None:
    section, rid, since, (path, value) = case
    record = _embedded(section, rid, since)
    *keys, last = [
        int(k[1:-1]) if k.startswith("[") else k for k in path.replace("[", ".[").split(".")
    ]
    parent: Any = record
    for key in keys:
        parent = parent[key]
    parent[last] = _changed(value)
    file = tmp_path_factory.mktemp("leaf") / "one.json"
    file.write_text(json.dumps({"name": "One", section: [record]}), encoding="utf-8")
    book = load_rulebook(file)
    changes = diff_rules(default_rulebook(), book, as_of=_DAY)
    assert [(c.section, c.id) for c in changes] == [(section, rid)]
    assert [(f.field, f.before, f.after) for f in changes[0].fields] == [
        (path, value, _changed(value))
    ]


# --------------------------------------- 4. at and around every effective date of the file's data


def _around(book: RuleBook) -> list[dt.date]:
    one = dt.timedelta(days=1)
    days = {d + k * one for d in book.change_dates() for k in (-1, 0, 1)}
    for section in ("reason_codes", "limits", "registrations", "channels"):
        for r in book.records(section):
            days |= {
                d + k * one for d in (r.effective_from, r.effective_until) if d for k in (-1, 0, 1)
            }
    return sorted(d for d in days if d >= book.coverage_from)


def test_every_day_around_an_effective_date_answers_from_the_record_in_force(
    mine: RuleBook,
) -> None:
    """Each record a view holds is in force that day, and each record in force on that day
    for every reading is in the view (the user's or the embedded one, never both)."""
    for day in _around(mine):
        rules = mine.as_of(day)
        for section in ("reason_codes", "limits", "registrations", "channels"):
            shown = rules.section(section)
            for rid, record in shown.items():
                assert record.effective_from <= day, (section, rid, day)
                assert record.effective_until is None or day < record.effective_until
            in_force = {
                r.id
                for r in mine.records(section)
                if not r.interpretation
                and r.effective_from <= day
                and (r.effective_until is None or day < r.effective_until)
            }
            assert in_force <= set(shown), (section, day)
        if day >= dt.date(2019, 6, 1):  # Lazada's records, the file's, from its opening
            assert rules.limits["lazada_attachments"].value == 6
            assert rules.accepts_registration("lazada_sg", "US").value == "yes"
        else:
            assert "lazada_attachments" not in rules.limits


@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("1999-01-01", "1999-01-01 is before the rule book's coverage (from 2015-01-06)"),
        ("2015-01-05", "2015-01-05 is before the rule book's coverage (from 2015-01-06)"),
        ("0001-01-01", "outside 1900-01-01..2999-12-31"),
        ("9999-12-31", "outside 1900-01-01..2999-12-31"),
    ],
)
def test_a_date_the_book_does_not_cover_is_refused_naming_the_range(
    mine: RuleBook, user_file: Path, day: str, said: str
) -> None:
    with pytest.raises(IpprulesError) as caught:
        mine.as_of(day)
    assert said in str(caught.value)
    for argv in (
        ["rules", "reasons"],
        ["rules", "diff", "--to", _DAY],
        ["advise", "--ipr-type", "trademark", "--platform", "taobao"],
    ):
        code, out, err = _run(*argv, "--rules", str(user_file), "--as-of", day)
        assert code == 2, (argv, out)
        assert said in err and "Traceback" not in err, argv


def test_the_first_day_and_2999_are_answered(mine: RuleBook) -> None:
    first = mine.as_of(mine.coverage_from)
    assert "tm_counterfeit" in first.reason_codes and "acme_counterfeit" not in first.reason_codes
    late = mine.as_of("2999-12-31")
    assert "acme_counterfeit" in late.reason_codes and "tm_counterfeit" not in late.reason_codes
    with pytest.raises(CoverageError):
        mine.as_of(mine.coverage_from - dt.timedelta(days=1))


def test_a_record_of_the_file_older_than_the_coverage_answers_from_its_first_day(
    tmp_path: Path,
) -> None:
    """The coverage is the book's: a record of 1999 does not open the years before 2015."""
    data = _user_data()
    data["reason_codes"][0]["effective_from"] = "1999-01-01"
    path = tmp_path / "early.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    book = load_rulebook(path)
    assert book.coverage_from == default_rulebook().coverage_from
    assert "acme_counterfeit" in book.as_of(book.coverage_from).reason_codes
    with pytest.raises(CoverageError, match=r"from 2015-01-06"):
        book.as_of("2000-01-01")


# ------------------------------------------- 5. the disputed rules under each named interpretation


@pytest.mark.parametrize(
    ("reading", "accepts", "track_record"),
    [("brief", "yes", 101), ("official", "unknown", 101), ("brief-at-least-100", "yes", 100)],
)
def test_each_reading_of_the_files_book_answers_its_own_way(
    mine: RuleBook, user_file: Path, reading: str, accepts: str, track_record: int
) -> None:
    rules = mine.as_of(_DAY, reading)
    assert rules.accepts_registration("lazada_sg", "US").value == accepts
    assert rules.limits["track_record"].value == track_record
    # the file's limit has no reading: every reading answers with it
    assert rules.limits["lazada_attachments"].value == 6
    argv = ["rules", "platform", "lazada_sg", "--rules", str(user_file), "--as-of", _DAY]
    code, out, err = _run(*argv, "--interpretation", reading, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["rulebook"], data["interpretation"]) == ("Mine 2026.11.23", reading)
    # the place the file adds is named as a field the other readings answer otherwise
    theirs = "official" if reading != "official" else "brief"
    mine_answer = ["SG", "US"] if accepts == "yes" else []
    their_answer = [] if accepts == "yes" else ["SG", "US"]
    accepted = data["other_answers"][theirs]["registrations.accepted"]
    assert [sorted(a or []) for a in accepted] == [mine_answer, their_answer]


# ------------------------------------- 6. a bad user file: refused at file, line and path (exit 2)

_BAD = [
    # (what, the record's key, the bad value, the path it is refused at)
    ("a limit as text", ("limits", 0, "value"), "6", "$.limits[0].value"),
    ("a negative limit", ("limits", 0, "value"), -1, "$.limits[0].value"),
    ("a confidence misspelt", ("channels", 0, "confidence"), "users", "$.channels[0].confidence"),
    (
        "a place in lower case",
        ("registrations", 0, "accepted"),
        ["SG", "uk"],
        "$.registrations[0].accepted[1]",
    ),
    (
        "an end before the start",
        ("reason_codes", 1, "effective_until"),
        "2014-01-01",
        "$.reason_codes[1].effective_until",
    ),
    (
        "an end on the start",
        ("reason_codes", 0, "effective_until"),
        "2025-03-01",
        "$.reason_codes[0].effective_until",
    ),
    (
        "a date past 2999",
        ("reason_codes", 0, "effective_from"),
        "3000-01-01",
        "$.reason_codes[0].effective_from",
    ),
    ("a class misspelt", ("reason_codes", 0, "severity"), "grave", "$.reason_codes[0].severity"),
    (
        "an unknown platform",
        ("reason_codes", 0, "platforms"),
        ["taobao", "tmal"],
        "$.reason_codes[0].platforms[1]",
    ),
    ("an unknown source", ("limits", 0, "sources"), ["MINE", "NOPE"], "$.limits[0].sources[1]"),
    ("an unknown key", ("registrations", 0, "acepted"), ["SG"], "$.registrations[0]"),
]


@pytest.mark.no_cover
@pytest.mark.parametrize("kind", ["toml", "json"])
@pytest.mark.parametrize(("what", "where", "value", "path"), _BAD, ids=[b[0] for b in _BAD])
def test_a_bad_user_file_is_refused_at_its_file_line_and_path(
    tmp_path: Path, kind: str, what: str, where: tuple[str, int, str], value: Any, path: str
) -> None:
    data = _user_data()
    section, index, key = where
    data[section][index][key] = value
    file = tmp_path / f"bad.{kind}"
    text = _as_toml(data) if kind == "toml" else json.dumps(data, indent=1)
    file.write_text(text, encoding="utf-8")
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(file)
    (problem,) = [p for p in caught.value.problems if p.path == path]
    assert problem.file is not None and problem.file.endswith(f"bad.{kind}")
    line = text.splitlines()[problem.line - 1]
    bad = value[-1] if isinstance(value, list) else value
    assert key in line or json.dumps(bad) in line, (what, line)
    for argv in (
        ["rules", "summary"],
        ["advise", "--ipr-type", "trademark", "--platform", "taobao"],
    ):
        code, _, err = _run(*argv, "--rules", str(file), "--as-of", _DAY)
        assert code == 2
        assert f"bad.{kind}:{problem.line}:" in err and path in err and "Traceback" not in err
