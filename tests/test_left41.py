"""left41: small leftovers of the last sweeps (a wrong Python type given a name lookup, ...)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ipprules import check, default_rulebook, read_plan
from ipprules.counternotice import explain as cn_explain
from ipprules.errors import UnknownNameError
from ipprules.lifecycle import lifecycle_report, parse_event, parse_state
from ipprules.listings.forms import form_named
from ipprules.schemas import path as schema_path
from ipprules.schemas import schema, schema_text

_BOOK = default_rulebook()
_RULES = _BOOK.as_of("2024-01-01")

#: Public name lookups: a wrong Python type is a TypeError (docs/errors.md), a str that names
#: nothing an UnknownNameError.
LOOKUPS: list[tuple[str, Callable[[Any], object]]] = [
    ("parse_event", parse_event),
    ("parse_state", parse_state),
    ("lifecycle_report", lambda v: lifecycle_report([v])),
    ("form_named", form_named),
    ("counternotice.explain", cn_explain),
    ("schemas.schema", schema),
    ("schemas.schema_text", schema_text),
    ("schemas.path", schema_path),
    ("RuleBook.source", _BOOK.source),
    ("RuleBook.records", _BOOK.records),
    ("RuleBook.change_dates", _BOOK.change_dates),
    ("ResolvedRules.section", _RULES.section),
    ("ResolvedRules.default_metric", _RULES.default_metric),
]


#: Each lookup with each wrong type (``change_dates(None)`` means every section: not wrong).
WRONG_TYPES = [
    pytest.param(lookup, value, id=f"{name}-{type(value).__name__}")
    for name, lookup in LOOKUPS
    for value in (3, None, b"x")
    if not (value is None and name == "RuleBook.change_dates")
]


@pytest.mark.parametrize(("lookup", "value"), WRONG_TYPES)
def test_a_wrong_type_given_a_name_lookup_is_a_type_error(
    lookup: Callable[[Any], object], value: object
) -> None:
    with pytest.raises(TypeError, match=type(value).__name__) as info:
        lookup(value)
    assert not isinstance(info.value, UnknownNameError)


@pytest.mark.parametrize(("name", "lookup"), LOOKUPS, ids=[n for n, _ in LOOKUPS])
def test_an_unknown_name_is_still_an_unknown_name(
    name: str, lookup: Callable[[Any], object]
) -> None:
    with pytest.raises(UnknownNameError):
        lookup("no-such-name")


# -- 2. a note only where another reading answers differently ------------------------------

_LINKS = ", ".join(f'"https://item.taobao.com/item.htm?id=6068326833{n:02d}"' for n in range(11))

#: newuser7's case: a registered account on the stand-alone form, 11 listings. The brief and
#: official give the same two errors; only official's rest on a third-party copy (its mark).
_STANDALONE_PLAN = f"""
[account]
name = "Acme"
location = "elsewhere"
identity = "enterprise"
category = "right_holder"
registered = true
documents = [{{ kind = "business_registration", name = "Acme", language = "en" }}]

[[rights]]
id = "tm1"
ipr_type = "trademark"
name = "ACME"
place = "CN"
number = "123"
registration_date = 2020-02-29
expiry_date = 2030-02-28
classes = [9]
registrant = "Acme"
documents = [{{ kind = "trademark_certificate", colour = true, language = "zh" }}]

[[complaints]]
id = "c1"
platform = "taobao"
right = "tm1"
reason = "tm_counterfeit"
target = "listing"
channel = "standalone_form"
supplement = "fakes"
listings = [{_LINKS}]
"""


@pytest.mark.parametrize("interpretation", ["brief", "official"])
def test_a_finding_only_a_weaker_source_tells_apart_differs_under_no_reading(
    tmp_path: Path, interpretation: str
) -> None:
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text(_STANDALONE_PLAN, encoding="utf-8")
    report = check(read_plan(plan_file), as_of="2026-11-23", interpretation=interpretation)
    codes = {f.code: f for f in report.findings}
    for code in ("channel-registered-account", "listings-too-many"):
        assert codes[code].other_readings == (), codes[code]
        # the mark stays where the reading rests on a weaker source
        assert bool(codes[code].confidence_mark) is (interpretation == "official")
    assert "other-reading-finding" not in codes
