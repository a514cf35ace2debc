"""Flags are bools: a plan record's flag fields built in Python and ``reason_codes_for``'s
``member`` refuse ``"no"``, ``0``, ``1`` (and ``None`` where a flag may not be unknown) with a
TypeError naming the field, where they were read for their truth (``"no"`` a member)."""

from __future__ import annotations

import typing
from collections.abc import Callable

import attrs
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks.model import (
    Account,
    Authorisation,
    Complaint,
    Document,
    Identity,
    IprType,
    Location,
    Right,
)

#: The least each plan record class needs, to build one with a flag set.
_BUILD: dict[type, Callable[..., object]] = {
    Document: lambda **kw: Document(kind="trademark_certificate", **kw),
    Authorisation: lambda **kw: Authorisation(**kw),
    Account: lambda **kw: Account(
        name="Acme", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE, **kw
    ),
    Right: lambda **kw: Right(id="tm-1", ipr_type=IprType.TRADEMARK, **kw),
    Complaint: lambda **kw: Complaint(
        id="c1", platform="taobao", right="tm-1", reason="tm_counterfeit", **kw
    ),
}


def _flags() -> list[tuple[type, str, bool]]:
    """Every flag of the plan records: (class, field, whether it may be ``None``)."""
    found = []
    for cls in _BUILD:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            if hints[field.name] in (bool, bool | None):
                found.append((cls, field.name, hints[field.name] is not bool))
    return found


FLAGS = _flags()

#: Values that are no bool: read for their truth before.
_NOT_BOOLS = st.one_of(st.integers(), st.text(max_size=5), st.floats(allow_nan=False), st.just(b""))


def test_the_plan_records_have_their_flags() -> None:
    names = {(cls.__name__, name) for cls, name, _ in FLAGS}
    assert {("Account", "good_faith"), ("Right", "renewed"), ("Document", "colour")} <= names
    assert ("Complaint", "genuine_goods") in names
    assert ("Authorisation", "sealed") in names


@settings(max_examples=60, deadline=None)
@given(flag=st.sampled_from(FLAGS), value=_NOT_BOOLS)
@example(flag=(Account, "good_faith", False), value=1)
@example(flag=(Account, "good_faith", False), value="no")
@example(flag=(Right, "renewed", False), value=0)
def test_a_flag_built_in_python_that_is_no_bool_is_refused_naming_it(
    flag: tuple[type, str, bool], value: object
) -> None:
    cls, name, _ = flag
    with pytest.raises(TypeError, match=rf"^{cls.__name__}\.{name} must be "):
        _BUILD[cls](**{name: value})


@settings(max_examples=40, deadline=None)
@given(flag=st.sampled_from(FLAGS), value=st.booleans(), numpy=st.booleans())
def test_a_bool_flag_is_kept_and_numpys_bool_is_its_bool(
    flag: tuple[type, str, bool], value: bool, numpy: bool
) -> None:
    cls, name, _ = flag
    record = _BUILD[cls](**{name: np.bool_(value) if numpy else value})
    kept = getattr(record, name)
    assert type(kept) is bool
    assert kept is value


@pytest.mark.parametrize(("cls", "name", "optional"), FLAGS)
def test_none_is_a_flag_only_where_it_may_be_unknown(cls: type, name: str, optional: bool) -> None:
    if optional:
        assert getattr(_BUILD[cls](**{name: None}), name) is None
    else:
        with pytest.raises(TypeError, match=rf"^{cls.__name__}\.{name} must be a bool"):
            _BUILD[cls](**{name: None})


def test_a_plan_file_flag_that_is_no_bool_is_refused_at_its_path(tmp_path: object) -> None:
    import pathlib

    text = pathlib.Path("examples/plan.toml").read_text(encoding="utf-8")
    assert text.count("\ngood_faith = false\n") == 1
    bad = pathlib.Path(str(tmp_path)) / "plan.toml"
    bad.write_text(text.replace("\ngood_faith = false\n", '\ngood_faith = "no"\n'), "utf-8")
    with pytest.raises(ipprules.InputError, match=r"\$\.account\.good_faith"):
        ipprules.read_plan(bad)


_RULES = ipprules.default_rulebook().as_of("2026-11-23")


@settings(max_examples=40, deadline=None)
@given(member=st.one_of(_NOT_BOOLS, st.none()))
@example(member="no")
@example(member=0)
@example(member=1)
def test_reason_codes_for_holds_member_to_a_bool(member: object) -> None:
    with pytest.raises(TypeError, match=r"^member must be a bool"):
        _RULES.reason_codes_for("trademark", "taobao", member=member)  # type: ignore[arg-type]


@pytest.mark.parametrize("member", [True, False])
def test_reason_codes_for_takes_numpys_bool_as_its_bool(member: bool) -> None:
    codes = _RULES.reason_codes_for("trademark", "taobao", member=member)
    assert _RULES.reason_codes_for("trademark", "taobao", member=np.bool_(member)) == codes  # type: ignore[arg-type]
    only = [c.id for c in codes if c.good_faith_only]
    assert bool(only) is member  # the members' own code (gf_counterfeit_simplified) or none


# PlanningResult.text(rulebook=): a result without its book (plan_accounts' results come back
# from the workers without it) projects on the book given, not on the embedded one.

_OVERRIDE = ipprules.load_rulebook("examples/rules-override.toml")


@pytest.fixture(scope="module")
def planned_on_override() -> object:
    from ipprules.planner import Settings, plan_listings

    plan = ipprules.read_plan("examples/planner-account.toml")
    urls = ["https://item.taobao.com/item.htm?id=606832683299", "not a url"]
    return plan_listings(
        urls, plan, settings=Settings(reason="acme_counterfeit"), rulebook=_OVERRIDE
    )


def test_text_of_a_result_without_its_book_takes_the_book(planned_on_override: object) -> None:
    result: typing.Any = planned_on_override
    assert result.book is _OVERRIDE
    on_its_book = result.text()
    assert "not in the rule book" not in on_its_book
    bookless = attrs.evolve(result, book=None)  # as plan_accounts sends it back
    assert "not in the rule book" in bookless.text()  # the embedded book: the wrong note
    assert bookless.text(rulebook=_OVERRIDE) == on_its_book
    assert str(bookless) == bookless.text()


@pytest.mark.parametrize("given", ["examples/rules-override.toml", 1, _OVERRIDE.label])
def test_text_refuses_a_rulebook_that_is_no_book(
    planned_on_override: object, given: object
) -> None:
    result: typing.Any = planned_on_override
    with pytest.raises(TypeError, match=r"^rulebook must be a RuleBook, got "):
        result.text(rulebook=given)
