"""Plan files: strict structuring with file, line and JSON path; the shipped schema and example."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ipprules import schemas
from ipprules._convert import unstructure
from ipprules._places import ISO_3166_1, REGIONAL
from ipprules.checks import (
    EXAMPLE_PLAN,
    Account,
    Complaint,
    Identity,
    IprType,
    Location,
    Plan,
    Right,
    check,
    example_plan,
    plan_from_data,
    read_plan,
)
from ipprules.errors import InputError

ROOT = Path(__file__).parents[2]

GOOD_TOML = """\
as_of = 2026-11-23

[account]
name = "Acme"
location = "elsewhere"
identity = "enterprise"

[[rights]]
id = "tm"
ipr_type = "trademark"

[[complaints]]
id = "c1"
platform = "taobao"
right = "tm"
reason = "tm_counterfeit"
"""


def read_plan_text(text: str) -> Plan:
    return plan_from_data(tomllib.loads(text))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_toml_plan(tmp_path: Path) -> None:
    plan = read_plan(_write(tmp_path, "plan.toml", GOOD_TOML))
    assert plan.as_of == dt.date(2026, 11, 23)
    assert plan.complaints[0].right == "tm"
    assert plan.rights[0].place == "CN"


def test_unknown_key_wrong_type_and_bad_date_in_toml(tmp_path: Path) -> None:
    text = GOOD_TOML.replace('reason = "tm_counterfeit"', 'reason = "tm_counterfeit"\nreasons = 3')
    text = text.replace(
        'ipr_type = "trademark"', 'ipr_type = "trademark"\nexpiry_date = "13/06/2030"'
    )
    text = text.replace('name = "Acme"', "name = 42")
    path = _write(tmp_path, "plan.toml", text)
    with pytest.raises(InputError) as caught:
        read_plan(path)
    problems = {p.path: p for p in caught.value.problems}
    assert set(problems) == {"$.account.name", "$.rights[0].expiry_date", "$.complaints[0]"}
    assert problems["$.account.name"].line == 4
    assert problems["$.account.name"].message == "expected a string, got int"
    assert problems["$.rights[0].expiry_date"].line == 11
    assert "unknown key 'reasons'" in problems["$.complaints[0]"].message
    assert all(p.file == str(path) for p in caught.value.problems)


def test_wrong_enum_value_names_the_choices(tmp_path: Path) -> None:
    path = _write(tmp_path, "plan.toml", GOOD_TOML.replace('"elsewhere"', '"abroad"'))
    with pytest.raises(InputError, match="expected one of 'mainland_china', 'elsewhere'") as caught:
        read_plan(path)
    assert caught.value.path == "$.account.location"
    assert caught.value.line == 5


def test_dangling_right_reference_in_json(tmp_path: Path) -> None:
    data = tomllib.loads(GOOD_TOML)
    data["as_of"] = "2026-11-23"
    data["complaints"][0]["right"] = "tm-9"
    path = _write(tmp_path, "plan.json", json.dumps(data, indent=2))
    with pytest.raises(InputError) as caught:
        read_plan(path)
    err = caught.value
    assert err.path == "$.complaints[0].right"
    assert "no right with id 'tm-9'" in err.message
    assert err.file == str(path)
    assert err.line == path.read_text().splitlines().index('      "right": "tm-9",') + 1


def test_repeated_ids(tmp_path: Path) -> None:
    text = GOOD_TOML + '\n[[rights]]\nid = "tm"\nipr_type = "copyright"\n'
    text += '\n[[complaints]]\nid = "c1"\nplatform = "taobao"\nright = "tm"\nreason = "x"\n'
    with pytest.raises(InputError) as caught:
        read_plan(_write(tmp_path, "plan.toml", text))
    assert [p.path for p in caught.value.problems] == ["$.rights[1].id", "$.complaints[1].id"]


def test_a_list_of_rights_in_a_complaint_reads_and_is_an_error(tmp_path: Path) -> None:
    text = GOOD_TOML.replace('right = "tm"', 'right = ["tm", "pat"]')
    text += '\n[[rights]]\nid = "pat"\nipr_type = "patent"\nsubtype = "design"\n'
    plan = read_plan(_write(tmp_path, "plan.toml", text))
    assert plan.complaints[0].rights == ("tm", "pat")
    assert plan.complaints[0].right == "tm"
    found = [f for f in check(plan).findings if f.code == "complaint-several-rights"]
    assert [(f.severity.value, f.path) for f in found] == [("error", "$.complaints[0].right")]
    assert "R8" in found[0].rule_ids and "R45" in found[0].rule_ids
    assert "2 types (patent, trademark)" in found[0].message
    data = json.loads(json.dumps(unstructure(plan)))
    assert data["complaints"][0]["right"] == ["tm", "pat"]
    assert plan_from_data(data) == plan


def test_one_right_reads_and_writes_as_before(tmp_path: Path) -> None:
    plan = read_plan(_write(tmp_path, "plan.toml", GOOD_TOML))
    assert plan.complaints[0].rights == ("tm",)
    data = unstructure(plan)
    assert data["complaints"][0]["right"] == "tm"
    assert "rights" not in data["complaints"][0]
    assert plan_from_data(data) == plan
    assert "complaint-several-rights" not in check(plan).codes


@pytest.mark.parametrize(
    ("value", "path", "message"),
    [
        ('["tm", "tm2"]', "$.complaints[0].right[1]", "no right with id 'tm2'"),
        ("[]", "$.complaints[0].right", "names no right"),
        ('["tm", 3]', "$.complaints[0].right[1]", "expected a string, got int"),
        ("3", "$.complaints[0].right", "expected a string or a list of strings, got int"),
    ],
)
def test_a_bad_list_of_rights_is_an_input_error(
    tmp_path: Path, value: str, path: str, message: str
) -> None:
    text = GOOD_TOML.replace('right = "tm"', f"right = {value}")
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        read_plan(_write(tmp_path, "plan.toml", text))
    assert caught.value.path == path
    assert caught.value.line == 15


def test_rights_is_not_a_plan_key(tmp_path: Path) -> None:
    text = GOOD_TOML.replace('right = "tm"', 'rights = ["tm"]')
    with pytest.raises(InputError) as caught:
        read_plan(_write(tmp_path, "plan.toml", text))
    assert {p.message for p in caught.value.problems} >= {
        "unknown key 'rights' (did you mean 'right'?)"
    }


def test_a_complaint_takes_a_sequence_of_rights_in_python() -> None:
    assert Complaint(id="c", platform="taobao", right=["a", "b"], reason="r").rights == ("a", "b")
    assert Complaint(id="c", platform="taobao", right="a", reason="r").right == "a"
    nameless = Complaint(id="c", platform="taobao", right=(), reason="r")
    assert nameless.right == ""
    plan = read_plan_text(GOOD_TOML)
    with pytest.raises(InputError, match="names no right") as caught:
        check(attrs.evolve(plan, complaints=(nameless,)))
    assert caught.value.path == "$.complaints[0].right"
    with pytest.raises(TypeError, match="right must be a str or a sequence of str"):
        Complaint(id="c", platform="taobao", right=[1], reason="r")  # type: ignore[list-item]


_IDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)


@given(ids=st.one_of(_IDS, st.lists(_IDS, min_size=1, max_size=4)), reason=_IDS)
def test_evolve_sets_the_rights_by_their_init_name(ids: str | list[str], reason: str) -> None:
    """``attrs.evolve(c, right=...)`` is the constructor with that value, other fields kept; the
    evolved complaint writes and reads back through a plan file; ``rights=`` is refused."""
    plan = read_plan_text(GOOD_TOML)
    base = plan.complaints[0]
    evolved = attrs.evolve(base, right=ids, reason=reason)
    expected = Complaint(id=base.id, platform=base.platform, right=ids, reason=reason)
    assert evolved == expected
    assert evolved.rights == ((ids,) if isinstance(ids, str) else tuple(ids))
    assert attrs.evolve(evolved, reason=base.reason).rights == evolved.rights
    named = dict.fromkeys((ids,) if isinstance(ids, str) else ids)
    rights = tuple(attrs.evolve(plan.rights[0], id=i) for i in named)
    again = attrs.evolve(plan, rights=rights, complaints=(evolved,))
    assert plan_from_data(unstructure(again)) == again
    with pytest.raises(TypeError, match="rights"):
        attrs.evolve(base, rights=("tm",))


def test_an_evolved_complaint_with_a_second_right_is_checked_as_such() -> None:
    plan = read_plan_text(GOOD_TOML)
    second = attrs.evolve(plan.rights[0], id="tm-2")
    evolved = attrs.evolve(plan.complaints[0], right=["tm", "tm-2"])
    report = check(attrs.evolve(plan, rights=(*plan.rights, second), complaints=(evolved,)))
    assert "complaint-several-rights" in {f.code for f in report.findings}
    back = attrs.evolve(evolved, right="tm")
    assert back == plan.complaints[0]


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not valid TOML") as caught:
        read_plan(_write(tmp_path, "plan.toml", "[account\nname = 1\n"))
    assert caught.value.line == 1
    with pytest.raises(InputError, match="cannot read the file"):
        read_plan(tmp_path / "missing.toml")


def test_shipped_schema_is_the_generated_one() -> None:
    assert schemas.path("plan").read_text(encoding="utf-8") == schemas.schema_text("plan")


def test_schema_forbids_extra_keys_everywhere() -> None:
    schema = schemas.schema("plan")
    objects = [schema, *schema["$defs"].values()]
    assert {"Account", "Authorisation", "Complaint", "Document", "Right"} == set(schema["$defs"])
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert set(obj.get("required", [])) <= set(obj["properties"])
    assert schema["$defs"]["Complaint"]["required"] == ["id", "platform", "right", "reason"]
    assert schema["$defs"]["Right"]["properties"]["expiry_date"]["anyOf"][1] == {"type": "null"}


def _jsonable(value: object) -> object:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def test_example_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = _jsonable(tomllib.loads(EXAMPLE_PLAN.read_text(encoding="utf-8")))
    jsonschema.Draft202012Validator(schemas.schema("plan")).validate(data)
    bad = dict(data)  # type: ignore[arg-type]
    bad["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schemas.schema("plan")).validate(bad)


def test_the_schema_takes_one_right_or_a_list_of_them() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schemas.schema("plan"))
    data = _jsonable(tomllib.loads(GOOD_TOML))
    for right in ("tm", ["tm", "pat"]):
        data["complaints"][0]["right"] = right
        validator.validate(data)
    for bad in (3, ["tm", 3], []):  # no right: read_plan refuses it, and so does the schema
        data["complaints"][0]["right"] = bad
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(data)


def test_the_shipped_example_is_the_repository_example() -> None:
    assert (ROOT / "examples/plan.toml").read_text(encoding="utf-8") == EXAMPLE_PLAN.read_text(
        encoding="utf-8"
    )
    plan = example_plan()
    assert len(plan.complaints) == 8


@pytest.mark.parametrize("kind", ["design", "utility_model", "invention"])
def test_a_kind_of_patent_given_as_the_ipr_type_says_to_file_it_as_patent(
    kind: str, tmp_path: Path
) -> None:
    """B6: designs are filed as Patent. A plan that writes ipr_type = "design" is refused
    with its line and path, and the message says what to write instead."""
    text = GOOD_TOML.replace('ipr_type = "trademark"', f'ipr_type = "{kind}"', 1)
    assert text != GOOD_TOML
    with pytest.raises(InputError) as info:
        read_plan(_write(tmp_path, "plan.toml", text))
    message = str(info.value)
    assert "$.rights[0].ipr_type" in message
    assert f'{kind} is a kind of patent: write ipr_type "patent" with subtype "{kind}" (B6)' in (
        message
    )


def test_another_unknown_ipr_type_gets_no_patent_hint(tmp_path: Path) -> None:
    text = GOOD_TOML.replace('ipr_type = "trademark"', 'ipr_type = "brand"', 1)
    with pytest.raises(InputError) as info:
        read_plan(_write(tmp_path, "plan.toml", text))
    assert "kind of patent" not in str(info.value)


_PLACE_NAMES = st.one_of(
    st.sampled_from(["China", "Mainland China", "CHN", "PRC", "HK ", " CN", "", "C", "U.S."]),
    st.text(max_size=12).filter(lambda s: not re.fullmatch(r"[A-Za-z]{2}", s)),
)


@given(place=_PLACE_NAMES)
@example(place="AA\n")  # Python's "$" matches before a final line break: it was read as 'AA\n'
@example(place="CN\n")
def test_a_place_that_is_no_two_letter_code_is_unusable_input(place: str) -> None:
    """R38's place of registration is written as a code (CN, HK, TW; US, EU... for 'Others').
    A name such as 'China' used to reach the checks and be refused as 'registered in CHINA;
    taobao accepts rights registered in CN', an error about the rules for a typing slip."""
    data = tomllib.loads(GOOD_TOML)
    data["rights"][0]["place"] = place
    with pytest.raises(InputError) as caught:
        plan_from_data(data)
    assert caught.value.path == "$.rights[0].place"
    assert "expected a two-letter code (CN is mainland China" in str(caught.value)


@given(
    place=st.sampled_from(sorted(ISO_3166_1 | REGIONAL)).flatmap(
        lambda c: st.sampled_from([c, c.lower(), c[0] + c[1].lower(), c[0].lower() + c[1]])
    )
)
def test_a_two_letter_place_reads_in_any_case(place: str) -> None:
    data = tomllib.loads(GOOD_TOML)
    data["rights"][0]["place"] = place
    assert plan_from_data(data).rights[0].place == place.upper()


def test_a_place_of_incorporation_that_is_no_code_is_unusable_input(tmp_path: Path) -> None:
    """R4: the red chop is asked of a company incorporated in China (CN); 'China' written
    out used to match no rule, so the chop went unchecked without a word."""
    text = GOOD_TOML.replace(
        'identity = "enterprise"', 'identity = "enterprise"\nincorporated = "China"'
    )
    path = _write(tmp_path, "plan.toml", text)
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert (caught.value.path, caught.value.line) == ("$.account.incorporated", 7)
    text = text.replace('"China"', '"cn"')
    assert read_plan(_write(tmp_path, "plan.toml", text)).account.incorporated == "CN"


def test_the_schema_holds_the_place_pattern() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schemas.schema("plan"))
    data = _jsonable(tomllib.loads(GOOD_TOML))
    validator.validate(data)
    data["rights"][0]["place"] = "China"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


@given(code=st.from_regex(r"\A[A-Za-z]{2}\Z"), end=st.sampled_from(["\n", "\r\n", " ", "\t"]))
@example(code="CN", end="\n")
def test_a_place_code_with_a_line_break_after_it_is_refused_in_python_too(
    code: str, end: str
) -> None:
    """``Right(place="CN\\n")`` kept 'CN\\n' (and ``incorporated`` the same), a place no rule
    names, so the right was checked as registered nowhere the rules know."""
    with pytest.raises(InputError, match="expected a two-letter code"):
        Right(id="tm", ipr_type=IprType.TRADEMARK, place=code + end)
    with pytest.raises(InputError, match="expected a two-letter code"):
        Account(
            name="A",
            location=Location.ELSEWHERE,
            identity=Identity.ENTERPRISE,
            incorporated=code + end,
        )


_IDS = st.sampled_from(["tm-cn-9", "cr-manual", "pat-cn", "design-cn-lamp", "tm-us"])


@given(
    ids=st.lists(_IDS, min_size=1, max_size=4, unique=True),
    pick=st.integers(0, 3),
    at=st.integers(1, 12),
)
@example(ids=["tm-cn", "cr-manual", "pat-cn"], pick=1, at=7)  # 'cr-manuel' named no right meant
@example(ids=["tm-cn-9"], pick=0, at=3)  # 'tm-xn-9': suggest() compared it with 'tm-cn-9' unfolded
def test_a_mistyped_right_id_names_the_right_meant(ids: list[str], pick: int, at: int) -> None:
    """A complaint's right id with one letter changed is refused, naming the plan's right it is
    nearest (then every id, as before)."""
    meant = ids[pick % len(ids)]
    at = 1 + at % (len(meant) - 1)
    typo = meant[:at] + ("x" if meant[at] != "x" else "y") + meant[at + 1 :]
    data = tomllib.loads(GOOD_TOML)
    data["rights"] = [{"id": i, "ipr_type": "trademark"} for i in ids]
    data["complaints"][0]["right"] = typo
    with pytest.raises(InputError) as caught:
        plan_from_data(data)
    message = caught.value.message
    assert f"no right with id {typo!r} in the plan (did you mean " in message
    assert message.endswith(f"known: {', '.join(ids)})")
    named = re.search(r"did you mean '([^']+)'\?", message)
    assert named is not None and named.group(1) in ids
