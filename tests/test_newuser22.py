"""A hostile, careless new user writes a plan from the docs' field names (newuser22): a Lazada
platform named by its country ("Malaysia") or its display name ("Lazada Malaysia")."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import ipprules
from ipprules.checks import Plan, Right
from ipprules.checks.plan import plan_from_data
from ipprules.errors import InputError, UnknownNameError
from ipprules.lifecycle.machine import parse_event
from test_newuser8 import _run

_RULES = ipprules.default_rulebook().as_of("2026-11-23")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Malaysia", "lazada_my"),
        ("malaysia", "lazada_my"),
        ("Lazada Malaysia", "lazada_my"),
        ("lazada-malaysia", "lazada_my"),
        ("Viet Nam", "lazada_vn"),
        ("Philippines", "lazada_ph"),
        ("LAZADA SINGAPORE", "lazada_sg"),
    ],
)
def test_a_lazada_site_named_by_its_country_suggests_its_id(typed: str, meant: str) -> None:
    """``platform = "Malaysia"`` was answered with the list of ids alone, and ``"Lazada
    Malaysia"`` (the platform's own name) with "names no regional site; choose one of ...",
    which is false: it names lazada_my. Both now suggest the id, as ``MY`` already did."""
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform(typed)
    assert caught.value.suggestion == meant, str(caught.value)
    assert f"did you mean {meant!r}?" in str(caught.value)
    assert "names no regional site" not in str(caught.value)
    assert _RULES.platform_hint(typed) == f"not a platform: did you mean {meant!r}?"


@pytest.mark.parametrize("typed", ["China", "Lazada", "lazada.com", "Tmall"])
def test_a_name_of_no_one_regional_site_suggests_none(typed: str) -> None:
    """China has five platforms, Lazada six sites: no one of them is guessed."""
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform(typed)
    assert caught.value.suggestion not in {p for p in _RULES.platforms if p.startswith("lazada")}


def test_lazada_alone_still_lists_its_sites() -> None:
    assert "choose one of lazada_id" in _RULES.platform_hint("lazada")


def test_check_and_rules_suggest_lazada_my_for_malaysia(tmp_path: Path) -> None:
    """The CLI's ``check`` (a finding) and ``rules --platform`` (a refusal) say the same."""
    plan = tmp_path / "plan.toml"
    plan.write_text(
        textwrap.dedent(
            """\
            [account]
            name = "Acme"
            location = "elsewhere"
            identity = "enterprise"
            documents = ["business_registration"]

            [[rights]]
            id = "tm1"
            ipr_type = "trademark"
            name = "ACME"
            place = "MY"
            number = "123"
            registrant = "Acme"
            documents = ["trademark_certificate"]

            [[complaints]]
            id = "c1"
            platform = "Malaysia"
            right = "tm1"
            reason = "tm_counterfeit"
            listings = ["https://www.lazada.com.my/products/x-i123456789-s987654321.html"]
            """
        ),
        encoding="utf-8",
    )
    code, out, _ = _run("check", str(plan), "--as-of", "2026-11-23")
    assert code == 1
    assert "'Malaysia' is not an IPP platform (did you mean 'lazada_my'?)" in out, out
    code, _, err = _run("rules", "reasons", "--platform", "Malaysia", "--as-of", "2026-11-23")
    assert code == 2 and "did you mean 'lazada_my'?" in err, err


def _agent_plan(rights: list[str], platforms: list[str]) -> Plan:
    return plan_from_data(
        {
            "account": {
                "name": "BrandGuard",
                "location": "elsewhere",
                "identity": "individual",
                "category": "agent",
                "documents": ["identity_document"],
                "authorisations": [
                    {"rights": rights, "platforms": platforms, "valid_until": "2027-12-31"}
                ],
            },
            "rights": [
                {
                    "id": "tm-cn",
                    "ipr_type": "trademark",
                    "place": "CN",
                    "registrant": "Acme",
                    "documents": ["trademark_certificate"],
                }
            ],
            "complaints": [
                {
                    "id": "c1",
                    "platform": "taobao",
                    "right": "tm-cn",
                    "reason": "tm_counterfeit",
                    "listings": ["https://item.taobao.com/item.htm?id=606832683299"],
                }
            ],
        }
    )


def _missing(plan: Plan) -> str:
    report = ipprules.check(plan, as_of="2026-12-07")
    [finding] = [f for f in report.findings if f.code == "authorisation-missing"]
    return finding.message


@pytest.mark.parametrize(
    ("rights", "platforms", "said"),
    [
        (
            ["tm-cn"],
            ["Taobao"],
            "$.account.authorisations[0].platforms[0]: 'Taobao' is not a platform: "
            "did you mean 'taobao'?",
        ),
        (
            ["tm-cn"],
            ["Malaysia"],
            "$.account.authorisations[0].platforms[0]: 'Malaysia' is not a platform: "
            "did you mean 'lazada_my'?",
        ),
        (
            ["tm-cm"],
            ["taobao"],
            "$.account.authorisations[0].rights[0]: no right 'tm-cm' in the plan "
            "(did you mean 'tm-cn'?)",
        ),
    ],
)
def test_a_letter_missed_by_a_slip_says_which_name(
    rights: list[str], platforms: list[str], said: str
) -> None:
    """An agent's letter scoped to ``platforms = ["Taobao"]`` or to a right id typed wrong
    covered nothing, and ``authorisation-missing`` said only "no letter of authorisation
    covers right 'tm-cn' on taobao (1 letters ...)", not which name in the letter missed."""
    assert said in _missing(_agent_plan(rights, platforms))


def test_a_letter_for_another_platform_adds_nothing() -> None:
    message = _missing(_agent_plan(["tm-cn"], ["aliexpress"]))
    assert message.endswith("(1 letters in $.account.authorisations)"), message


@pytest.mark.parametrize(
    ("typed", "code"), [("Malaysia", "MY"), ("hong kong", "HK"), ("United Kingdom", "GB")]
)
def test_a_place_named_in_words_suggests_its_code(tmp_path: Path, typed: str, code: str) -> None:
    """``place = "Malaysia"`` was refused with the list of example codes alone (CN, HK, TW,
    US, EU, WO...), which does not hold MY: the refusal now names the code, in a file and in
    Python alike."""
    with pytest.raises(InputError) as caught:
        Right(id="tm", ipr_type="trademark", place=typed)
    assert f"(did you mean {code!r}?)" in str(caught.value)
    plan = tmp_path / "plan.toml"
    plan.write_text(
        '[account]\nname = "A"\nlocation = "elsewhere"\nidentity = "enterprise"\n'
        f'incorporated = "{typed}"\n',
        encoding="utf-8",
    )
    code_, _, err = _run("check", str(plan), "--as-of", "2026-12-07")
    assert code_ == 2, err
    assert "$.account.incorporated: expected a two-letter code" in err, err
    assert f"got {typed!r} (did you mean {code!r}?)" in err, err


def test_a_name_of_no_place_suggests_nothing() -> None:
    with pytest.raises(InputError) as caught:
        Right(id="tm", ipr_type="trademark", place="Narnia")
    assert "did you mean" not in str(caught.value)


def test_a_deadline_start_in_an_events_file_names_the_event_it_counts_as(
    tmp_path: Path,
) -> None:
    """``ipprules deadline complaint_filed`` counts from the filing (as ``ipr_verified``); an
    events file with ``event = "complaint filed"`` was refused with the event list alone."""
    events = tmp_path / "events.toml"
    events.write_text(
        'platform = "lazada_my"\n[[events]]\nevent = "complaint filed"\non = 2026-11-02\n',
        encoding="utf-8",
    )
    code, _, err = _run("lifecycle", str(events))
    assert code == 2, err
    assert "(did you mean 'ipr_verified'?)" in err, err
    assert "it counts as 'ipr_verified'" in err, err


def test_a_date_from_outside_the_lifecycle_as_an_event_says_where_it_goes() -> None:
    with pytest.raises(UnknownNameError) as caught:
        parse_event("notice_received")
    assert caught.value.suggestion is None
    assert "events file's notice_received key, --notice-received" in str(caught.value)
    assert "notice_received_on= in Python" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Unauthorised use of the trademark in the listing", "tm_misuse"),
        ("counterfeit goods.", "tm_counterfeit"),
    ],
)
def test_a_reason_written_as_its_label_names_the_code(typed: str, code: str) -> None:
    """A user copies the reason as ``advise`` and ``rules reasons`` show it ("Unauthorised use
    of the trademark in the listing"); ``reason-unknown`` suggested no code for it."""
    plan = plan_from_data(
        {
            "account": {"name": "Acme", "location": "elsewhere", "identity": "enterprise"},
            "rights": [{"id": "tm", "ipr_type": "trademark", "place": "CN"}],
            "complaints": [{"id": "c", "platform": "taobao", "right": "tm", "reason": typed}],
        }
    )
    report = ipprules.check(plan, as_of="2026-11-23")
    [finding] = [f for f in report.findings if f.code == "reason-unknown"]
    assert f"(it is the label of {code!r}: write its code)" in finding.message, finding.message


def test_plan_names_the_code_of_a_reason_written_as_its_label(tmp_path: Path) -> None:
    """``ipprules plan`` says of a line's reason what ``check`` says."""
    urls = tmp_path / "urls.csv"
    urls.write_text(
        "url,reason\nhttps://item.taobao.com/item.htm?id=606832683299,Counterfeit goods\n",
        encoding="utf-8",
    )
    code, out, err = _run(
        "plan", str(urls), "--account", "examples/planner-account.toml", "--as-of", "2026-11-23"
    )
    assert code == 1, err
    assert "(it is the label of 'tm_counterfeit': write its code)" in out, out


def test_listings_pasted_as_a_block_of_lines_say_how_a_list_is_written(tmp_path: Path) -> None:
    """``listings = \"\"\"...\"\"\"`` (the links one per line, as the IPP form takes them,
    B17) was refused with "expected a list, got '...'" alone."""
    plan = tmp_path / "plan.toml"
    plan.write_text(
        '[account]\nname = "A"\nlocation = "elsewhere"\nidentity = "enterprise"\n'
        '[[rights]]\nid = "t"\nipr_type = "trademark"\nplace = "CN"\n'
        '[[complaints]]\nid = "c"\nplatform = "taobao"\nright = "t"\nreason = "tm_counterfeit"\n'
        'listings = """\nhttps://item.taobao.com/item.htm?id=606832683299\n'
        'https://item.taobao.com/item.htm?id=606832683290\n"""\n',
        encoding="utf-8",
    )
    code, _, err = _run("check", str(plan), "--as-of", "2026-11-23")
    assert code == 2, err
    assert "$.complaints[0].listings: expected a list, got" in err, err
    assert 'each item quoted: ["a", "b"]; its 2 lines are 2 items)' in err, err
