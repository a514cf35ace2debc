"""JSON Schemas (draft 2020-12) for every file ipprules reads, shipped with the package.

One schema per input format, generated from the attrs classes the readers structure into
(where the reader has one) and shipped beside this module as ``NAME.schema.json``:

==================  ======================================================================
``plan``            complaint plans (``ipprules check``, ``ipprules plan --account``), TOML/JSON
``portfolio``       an account and its rights (``ipprules coverage FILE``), TOML/JSON
``rules``           rule-book override files (``ipprules rules --rules FILE``), TOML/JSON
``history``         one row of a Good Faith history: a JSON Lines object, or a CSV row whose
                    header names the same columns (``ipprules good-faith HISTORY``)
``what-if``         Good Faith what-if plans (``ipprules good-faith --what-if FILE``), TOML/JSON
``violations``      established violations (``ipprules penalties FILE``): JSON (a list or
                    ``{"violations": [...]}``); a CSV row has the same columns
``calendar``        business-day calendars (``--calendar FILE``), TOML/JSON
``lifecycle``       a complaint's events (``ipprules lifecycle FILE``), TOML/JSON
``planner-urls``    one row of the planner's CSV input (``ipprules plan URLS``)
``counter-notice``  a seller's counter-notice and its evidence (``ipprules counter-notice``)
==================  ======================================================================

``ipprules schema NAME`` prints a schema; ``ipprules schema --path NAME`` prints where the
shipped file is. Each schema's ``$id`` is its file name (``plan.schema.json``): a relative
reference that resolves to the file itself wherever it is read from, so a copy saved beside
your files, the installed package file and a web copy all identify themselves.

Dates are described as ``YYYY-MM-DD`` strings: JSON files carry them so, and TOML files may
write a native date (``as_of = 2026-11-23``), which schema tools for TOML see as that string.

**Regenerate after changing an input model** (a test fails until the shipped files match)::

    python -m ipprules.schemas

>>> sorted(NAMES)  # doctest: +NORMALIZE_WHITESPACE
['calendar', 'counter-notice', 'history', 'lifecycle', 'plan', 'planner-urls', 'portfolio',
 'rules', 'violations', 'what-if']
>>> schema("plan")["$id"]
'plan.schema.json'
>>> schema("plan")["properties"]["as_of"]["anyOf"][0]["pattern"]
'^(19|2\\\\d)\\\\d{2}-\\\\d{2}-\\\\d{2}$'
>>> schema("nothing")
Traceback (most recent call last):
...
ipprules.errors.UnknownNameError: unknown schema 'nothing'; known: calendar, counter-notice, ...
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ipprules.errors import UnknownNameError
from ipprules.schemas._generate import DATE, DIALECT, FRACTION, schema_for

__all__ = ["NAMES", "path", "schema", "schema_text", "write_all"]

#: Where the shipped schema files live.
FOLDER = Path(__file__).parent

#: The property that lets a JSON file name its schema; readers ignore it at the top level.
SCHEMA_KEY: dict[str, Any] = {
    "type": "string",
    "description": "the schema this file follows, for editors (ignored when the file is read)",
}


def _with_schema_key(schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "object":
        schema["properties"] = {"$schema": dict(SCHEMA_KEY), **schema["properties"]}
    return schema


def _plan() -> dict[str, Any]:
    from ipprules.checks.model import Plan

    out = schema_for(Plan, title="ipprules complaint plan", schema_id="plan.schema.json")
    # an account in every trial names no trial years: both is refused when the plan is read
    out["$defs"]["Account"]["if"] = {
        "properties": {"good_faith_trial": {"const": True}},
        "required": ["good_faith_trial"],
    }
    out["$defs"]["Account"]["then"] = {
        "properties": {"good_faith_trials": {"maxItems": 0}},
        "description": "give good_faith_trial (every trial) or good_faith_trials, not both",
    }
    # a complaint names a right: an empty list is refused when the plan is read
    for member in out["$defs"]["Complaint"]["properties"]["right"]["anyOf"]:
        if member.get("type") == "array":
            member["minItems"] = 1
    return _with_schema_key(out)


def _portfolio() -> dict[str, Any]:
    """A plan without complaints: the account and its rights (``ipprules coverage``)."""
    out = _plan()
    out["$id"] = "portfolio.schema.json"
    out["title"] = "ipprules rights portfolio"
    out["description"] = (
        "The filing account and its rights, for ipprules coverage. A whole plan file is read "
        "too (its complaints are ignored); a portfolio has none."
    )
    # a whole plan is read (its complaints checked as a plan's, then ignored), so the schema
    # takes them too: Plan.to_dict() of a portfolio, with its "complaints": [], is valid
    out["properties"]["complaints"]["description"] = (
        "a plan's complaints, read as a plan's and ignored by ipprules coverage; a portfolio "
        "leaves them out"
    )
    return out


def _rules() -> dict[str, Any]:
    """The rule-book override, with the bounds the rule book's validation holds whole numbers
    to (:mod:`ipprules.rulebook.validate`): a schema tool refuses what loading refuses, as far
    as a field's value decides it (a range's order, or two records that must agree, is left to
    loading)."""
    from ipprules._places import ISO_3166_1, REGIONAL
    from ipprules.rulebook.loader import RuleBookOverride
    from ipprules.rulebook.model import (
        DEADLINE_ACTORS,
        DEADLINE_MAX_AMOUNT,
        DEADLINE_STARTS,
        LIFECYCLE_EVENTS,
        LIFECYCLE_STATES,
        SECTIONS,
    )
    from ipprules.rulebook.validate import CHANNEL_COUNTS, HOST_NAME, MAX_MONTHS

    out = schema_for(
        RuleBookOverride, title="ipprules rule-book override", schema_id="rules.schema.json"
    )
    # the sections a ``replace`` list may name, as loading refuses any other
    out["properties"]["replace"]["items"] = {"enum": list(SECTIONS)}
    defs = out["$defs"]
    for definition in defs.values():  # every rule record (rulebook.validate._envelope)
        properties = definition.get("properties", {})
        if "id" in properties and "sources" in properties:
            properties["id"]["pattern"] = RULE_ID
            properties["sources"]["minItems"] = 1
    _not_blank(defs["Interpretation"]["properties"]["id"])
    defs["ReasonCode"]["properties"]["platforms"]["minItems"] = 1  # a code is on a platform
    places = sorted(ISO_3166_1 | REGIONAL)  # a place of registration, as loading checks
    for field in ("accepted", "preferred"):
        defs["Registrations"]["properties"][field]["items"] = {"enum": ["*", *places]}
    defs["EvidenceRule"]["properties"]["incorporated"]["items"] = {"enum": places}
    defs["PlaceRule"]["properties"]["place"] = {"enum": places}
    host = {"type": "string", "pattern": f"^{HOST_NAME}$", "maxLength": 253}
    for site in ("Platform", "Marketplace"):  # a domain is a host name, as loading checks
        defs[site]["properties"]["domains"]["items"] = host
    cited = {"type": "string", "pattern": _reference_rule_pattern()}
    for definition in defs.values():  # the rules of the reference a record cites, each once
        for field in ("rules", "ladder_rules"):
            if field in definition.get("properties", {}):
                definition["properties"][field].update(items=dict(cited), uniqueItems=True)
    out["properties"]["rule_sources"]["propertyNames"] = dict(cited)
    for field in CHANNEL_COUNTS:
        _bound(defs["Channel"], field, minimum=1)
    criteria = defs["GoodFaithCriteria"]
    _bound(criteria, "window_months", minimum=1, maximum=MAX_MONTHS)
    for field in ("lockout_removal_months", "lockout_withdrawal_months"):
        _bound(criteria, field, maximum=MAX_MONTHS)
    defs["Deadline"]["allOf"] = [
        _when("unit", unit, {f: {"maximum": most} for f in ("amount", "amount_max")})
        for unit, most in DEADLINE_MAX_AMOUNT.items()
    ]
    deadline = defs["Deadline"]["properties"]  # the starts and actors loading knows
    deadline["starts_at"] = {"enum": list(DEADLINE_STARTS)}
    deadline["who"] = {"enum": list(DEADLINE_ACTORS)}
    lifecycle = defs["LifecycleRule"]["properties"]  # the machine's events and states
    lifecycle["event"] = {"enum": list(LIFECYCLE_EVENTS)}
    lifecycle["states"]["items"] = {"enum": list(LIFECYCLE_STATES)}
    defs["CounterNoticeRule"]["allOf"] = [
        _when("unit", "months", {"value": {"maximum": MAX_MONTHS}})
    ]
    return _with_schema_key(out)


def _reference_rule_pattern() -> str:
    """A rule of the domain reference as records cite it (``R39``; ``B1``-``B24``...), as
    :func:`~ipprules.rulebook.background.reference_rule_problem` takes it.

    >>> import re
    >>> [bool(re.fullmatch(_reference_rule_pattern(), r)) for r in ("R39", "R039", "R96", "D13")]
    [True, False, False, True]
    """
    from ipprules.rulebook.background import REFERENCE_RULES

    def numbers(most: int) -> str:
        return "|".join(str(n) for n in range(most, 0, -1))

    return f"^(?:{'|'.join(f'{k}(?:{numbers(n)})' for k, n in REFERENCE_RULES.items())})$"


def _bound(
    definition: dict[str, Any], field: str, minimum: int | None = None, maximum: int | None = None
) -> None:
    """Narrow the whole number of ``field`` (its integer alternative, when it may be null)."""
    prop = definition["properties"][field]
    for choice in prop.get("anyOf", [prop]):
        if choice.get("type") == "integer":
            if minimum is not None:
                choice["minimum"] = minimum
            if maximum is not None:
                choice["maximum"] = maximum


def _when(field: str, value: str, then: dict[str, Any]) -> dict[str, Any]:
    """``then`` (properties' extra bounds) applies to a record whose ``field`` is ``value``."""
    return {
        "if": {"properties": {field: {"const": value}}, "required": [field]},
        "then": {"properties": then},
    }


def _what_if() -> dict[str, Any]:
    from ipprules.goodfaith.model import MAX_LISTINGS
    from ipprules.goodfaith.plan import WhatIfPlan

    out = schema_for(WhatIfPlan, title="ipprules what-if plan", schema_id="what-if.schema.json")
    _bound(out["$defs"]["PlannedComplaint"], "listings", minimum=1, maximum=MAX_LISTINGS)
    for field in ("platform", "reason_code"):  # a blank one is refused when the plan is read
        _not_blank(out["$defs"]["PlannedComplaint"]["properties"][field])
    out["properties"]["assume"] = {
        "anyOf": [
            {"enum": ["current", "success"]},
            {"type": "string", "pattern": FRACTION["anyOf"][1]["pattern"]},
        ],
        "description": 'how to assume outcomes not given: "current", "success" or a rate',
        "default": "current",
    }
    return _with_schema_key(out)


def _count(description: str) -> dict[str, Any]:
    from ipprules.goodfaith.model import MAX_LISTINGS

    # each count is bounded as a complaint's listings are (goodfaith.model.check_counts)
    return {"type": "integer", "minimum": 0, "maximum": MAX_LISTINGS, "description": description}


def _history() -> dict[str, Any]:
    # A data table: the history row's properties, then the three shapes a row can take.
    from ipprules.goodfaith.model import CSV_COLUMNS, MAX_LISTINGS, EventKind

    properties: dict[str, Any] = {
        "type": {
            "enum": ["complaint", *(k.value for k in EventKind)],
            "description": "a complaint, or an event on the account",
        },
        "date": {**DATE, "description": "the filing date (complaint) or event date, YYYY-MM-DD"},
        # null is read as left out (pandas' to_json writes a missing cell so)
        "account": {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "the filing account, in a history that holds several (optional)",
        },
        "id": {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "complaint id (optional)",
        },
        "platform": {"type": "string", "minLength": 1, "description": "platform id"},
        "reason_code": {"type": "string", "minLength": 1, "description": "the reason code"},
        "listings": {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_LISTINGS,
            "description": "number of listings",
        },
        "taken_down": _count("listings removed (including any later reinstated)"),
        "rejected": _count("listings the platform refused to remove"),
        "withdrawn": _count("listings the filer withdrew"),
        "pending": _count("listings not decided yet"),
        "reinstated": _count("taken-down listings reinstated after a counter-notice"),
        "counter_rejected": _count(
            "taken-down listings whose last counter-notice was rejected (informational; a "
            "listing counts once, whatever its rounds)"
        ),
        "note": {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "free text, ignored",
        },
        "items": {
            "type": "array",
            "minItems": 1,
            "description": "one object per listing, instead of listings and the counts",
            "items": {
                "type": "object",
                "properties": {
                    "outcome": {"enum": ["taken_down", "rejected", "withdrawn", "pending"]},
                    "counter_notice": {"enum": ["upheld", "rejected", None]},
                    "url": {"type": "string"},
                },
                "required": ["outcome"],
                "additionalProperties": False,
                # a counter-notice is filed against a listing taken down
                "if": {
                    "properties": {"counter_notice": {"type": "string"}},
                    "required": ["counter_notice"],
                },
                "then": {"properties": {"outcome": {"const": "taken_down"}}},
            },
        },
    }
    complaint_only = [c for c in CSV_COLUMNS if c not in ("type", "date", "account", "note")]
    counts = [c for c in complaint_only if c not in ("id", "platform", "reason_code")]

    def row(description: str, keys: list[str], required: list[str]) -> dict[str, Any]:
        return {
            "type": "object",
            "description": description,
            "properties": {key: properties[key] for key in keys},
            "required": required,
            "additionalProperties": False,
        }

    complaint = {**properties["type"], "enum": ["complaint"]}
    event = {**properties["type"], "enum": [k.value for k in EventKind]}
    with_counts = row(
        "A complaint with its counts (taken_down + rejected + withdrawn + pending = listings).",
        ["type", "date", "account", "id", "platform", "reason_code", *counts, "note"],
        ["type", "date", "platform", "reason_code", "listings"],
    )
    with_items = row(
        "A complaint with one outcome per listing.",
        ["type", "date", "account", "id", "platform", "reason_code", "items", "note"],
        ["type", "date", "platform", "reason_code", "items"],
    )
    an_event = row(
        "An event on the account.", ["type", "date", "account", "note"], ["type", "date"]
    )
    with_counts["properties"]["type"] = with_items["properties"]["type"] = complaint
    an_event["properties"]["type"] = event
    # a frame's to_json writes every column on every row: a complaint's empty on an event
    for key in complaint_only:
        an_event["properties"][key] = {"type": "null", "description": "a complaint's; empty"}
    return {
        "$schema": DIALECT,
        "$id": "history.schema.json",
        "title": "ipprules Good Faith history row (a JSON Lines object or a CSV row)",
        "description": (
            "One complaint or one account event. CSV files name these keys in their header "
            "(any order; empty cells of the counts mean 0, empty cells are left out); "
            "JSON Lines hold one object a line."
        ),
        "anyOf": [
            {"$ref": "#/$defs/ComplaintCounts"},
            {"$ref": "#/$defs/ComplaintItems"},
            {"$ref": "#/$defs/Event"},
        ],
        "$defs": {"ComplaintCounts": with_counts, "ComplaintItems": with_items, "Event": an_event},
    }


def _violations() -> dict[str, Any]:
    from ipprules.penalties.model import ViolationKind
    from ipprules.penalties.reading import _File

    out = schema_for(
        _File, title="ipprules established violations", schema_id="violations.schema.json"
    )
    row = out["$defs"]["Row"]
    row["description"] = "An established violation (a CSV row has the same columns)."
    row["properties"]["kind"] = _any_spelling(
        [k.value for k in ViolationKind],
        "the kind of violation (other cases, dashes and spaces for _ are read too)",
    )
    row["properties"]["points"]["anyOf"][0]["minimum"] = 0
    row["properties"]["counter_notice_accepted"]["description"] = (
        "the day a counter-notice against it was accepted, on or after its date: on 1688 its "
        "points and counts are restored from that day (R64); elsewhere not documented"
    )
    as_object = {k: out.pop(k) for k in ("type", "properties", "required", "additionalProperties")}
    out.pop("description", None)
    as_object["properties"] = {"$schema": dict(SCHEMA_KEY), **as_object["properties"]}
    out["anyOf"] = [{"type": "array", "items": {"$ref": "#/$defs/Row"}}, as_object]
    out["$defs"] = out.pop("$defs")
    return out


def _calendar() -> dict[str, Any]:
    dates = {"type": "array", "items": dict(DATE), "uniqueItems": True}
    return {
        "$schema": DIALECT,
        "$id": "calendar.schema.json",
        "title": "ipprules business-day calendar",
        "type": "object",
        "description": "Weekend days, public holidays and make-up working days of a calendar.",
        "properties": {
            "$schema": dict(SCHEMA_KEY),
            "name": {"type": "string", "pattern": NOT_BLANK},
            "weekend": {
                "type": "array",
                "items": {"type": "integer", "minimum": 0, "maximum": 6},
                "uniqueItems": True,
                "description": "weekday numbers, 0 = Monday ... 6 = Sunday",
                "default": [5, 6],
            },
            "holidays": {**dates, "description": "days off that would be working days"},
            "workdays": {**dates, "description": "make-up working days on a weekend"},
            "valid_from": {**DATE, "description": "the first day the calendar covers"},
            "valid_until": {**DATE, "description": "the last day the calendar covers"},
        },
        "additionalProperties": False,
    }


def _lifecycle() -> dict[str, Any]:
    from ipprules.lifecycle import Event
    from ipprules.lifecycle.reading import _EventsFile
    from ipprules.lifecycle.states import event_info

    out = schema_for(
        _EventsFile, title="ipprules complaint events", schema_id="lifecycle.schema.json"
    )
    out["$defs"]["EventRow"]["properties"]["event"] = _any_spelling(
        [e.value for e in Event],
        "what happened (other cases, dashes and spaces for _ are read too)",
    )
    out["$defs"]["EventRow"]["description"] = "One event in the life of a complaint."
    _not_blank(out["$defs"]["EventRow"]["properties"]["reason"])
    needs_reason = [e.value for e in Event if event_info(e).needs_reason]
    spelled = _any_spelling(needs_reason, "")["anyOf"][1]["pattern"]
    out["$defs"]["EventRow"]["if"] = {
        "properties": {"event": {"pattern": spelled}},
        "required": ["event"],
    }
    out["$defs"]["EventRow"]["then"] = {
        "properties": {"reason": {"type": "string"}},
        "required": ["reason"],
        "description": "this event needs a reason",
    }
    out["description"] = "A complaint's events, with the facts that set its deadlines."
    as_object = {k: out.pop(k) for k in ("type", "properties", "required", "additionalProperties")}
    as_object["description"] = out.pop("description")
    as_object["properties"] = {"$schema": dict(SCHEMA_KEY), **as_object["properties"]}
    out["anyOf"] = [{"type": "array", "items": {"$ref": "#/$defs/EventRow"}}, as_object]
    out["$defs"] = out.pop("$defs")
    return out


#: A string with more than white space in it (readers refuse an empty or blank one).
NOT_BLANK = r"\S"

#: A rule's id: no white space at an end, no control character (what a file, an option or a
#: history could give as typed; :mod:`ipprules.rulebook.validate` refuses the others).
RULE_ID = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"


def _not_blank(prop: dict[str, Any]) -> None:
    """Refuse an empty or blank string in ``prop`` (its string member, when it may be null)."""
    for member in prop.get("anyOf", [prop]):
        if member.get("type") == "string":
            member["pattern"] = NOT_BLANK


def _any_spelling(values: list[str], description: str) -> dict[str, Any]:
    """One of ``values`` as a reader that looks names up by
    :func:`~ipprules.lifecycle.machine.name_key` takes it: blanks around it, any case, ``-``
    or a space for ``_``. The enum is listed first, for editors to complete.

    >>> import re
    >>> pattern = _any_spelling(["counter_notice_filed"], "")["anyOf"][1]["pattern"]
    >>> [bool(re.search(pattern, v)) for v in (" Counter-Notice filed", "counter_notice")]
    [True, False]
    """
    import re

    def spelled(value: str) -> str:
        return "".join(
            "[-_ ]" if c == "_" else f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c)
            for c in value
        )

    pattern = rf"^\s*(?:{'|'.join(spelled(v) for v in values)})\s*$"
    return {
        "anyOf": [{"enum": values}, {"type": "string", "pattern": pattern}],
        "description": description,
    }


def _planner_urls() -> dict[str, Any]:
    from ipprules.checks.model import Target
    from ipprules.planner.inputs import COLUMNS

    def or_null(prop: dict[str, Any]) -> dict[str, Any]:
        """A JSON Lines value may be null: the reader takes it as an empty cell."""
        description = prop.pop("description")
        kinds = prop.get("anyOf", [prop])
        return {"anyOf": [*kinds, {"type": "null"}], "description": description}

    # 80% as spreadsheets show a confidence; a JSON Lines row may give it as a number
    percent = FRACTION["anyOf"][1]["pattern"].replace(r"\s*$", r"\s*%?\s*$")
    properties: dict[str, Any] = {
        "url": {"type": "string", "minLength": 1, "description": "the listing URL as pasted"},
        "right": {"type": "string", "description": "id of the right in the account plan"},
        "reason": {"type": "string", "description": "the reason code to file under"},
        "target": {
            "enum": [t.value for t in Target] + ["Product listing", "Store front"],
            "description": "listing or storefront (or the IPP form's words)",
        },
        "confidence": {
            "anyOf": [
                {"type": "string", "pattern": percent},
                {"type": "number", "minimum": 0, "maximum": 1},
            ],
            "description": (
                "how sure the filer is that the listing infringes, 0 to 1 "
                '("0.9", "9/10", "90%"; a number in JSON Lines)'
            ),
        },
        "order_number": {"type": "string", "description": "a test-buy order number"},
        "notes": {"type": "string", "description": "free text"},
    }
    properties = {
        name: properties[name] if name == "url" else or_null(properties[name])
        for name in COLUMNS  # the reader's order
    }
    properties["account"] = {
        "type": "string",
        "minLength": 1,
        "description": (
            "the account of the row's plan: read by the scale-out planner only "
            "(--workers or --scheduler, ipprules.scale.plan_accounts)"
        ),
    }
    url_names = _url_names_pattern()
    return {
        "$schema": DIALECT,
        "$id": "planner-urls.schema.json",
        "title": "ipprules planner input row (a CSV row or a JSON Lines object)",
        "type": "object",
        "description": (
            "One row of the planner's CSV input (a header names the columns) or one object "
            "of its JSON Lines input (null as an empty cell); a plain list of URLs needs "
            "no schema."
        ),
        "properties": properties,
        "patternProperties": {
            url_names: {
                "anyOf": [{"type": "string"}, {"type": "null"}],
                "description": (
                    "the listing URL under another name the reader takes (link, href, 链接..., "
                    "any case; the first so named is read, the others are ignored)"
                ),
            }
        },
        "not": {"propertyNames": {"not": {"pattern": url_names}}},  # some key names the URL
        "additionalProperties": False,
    }


def _url_names_pattern() -> str:
    """A pattern of the keys the planner reads its URL under: a name of
    :data:`~ipprules.listings.columns.URL_COLUMNS` in any case, with spaces, dashes and
    underscores anywhere (:func:`~ipprules.listings.columns.column_key`).

    >>> import re
    >>> [bool(re.search(_url_names_pattern(), k)) for k in ("Link", "listing_url", "notes")]
    [True, True, False]
    """
    import re

    from ipprules.listings.columns import URL_COLUMNS

    gap = "[ _-]*"

    def letters(name: str) -> str:
        return gap.join(f"[{c}{c.upper()}]" if c != c.upper() else re.escape(c) for c in name)

    return f"^{gap}(?:{'|'.join(letters(name) for name in URL_COLUMNS)}){gap}$"


def _counter_notice() -> dict[str, Any]:
    from ipprules.counternotice.model import CounterNotice
    from ipprules.penalties.model import ViolationKind

    out = schema_for(
        CounterNotice,
        title="ipprules counter-notice and its evidence",
        schema_id="counter-notice.schema.json",
    )
    # a brand is named or left out (not stated): a blank one is refused when it is read
    _not_blank(out["properties"]["brand"])
    _not_blank(out["$defs"]["Authorisation"]["properties"]["brand"])
    out["$defs"]["SellerViolation"]["properties"]["kind"] = _any_spelling(
        [k.value for k in ViolationKind],
        "the kind of violation (other cases, dashes and spaces for _ are read too)",
    )
    return _with_schema_key(out)


_BUILDERS: dict[str, Callable[[], dict[str, Any]]] = {
    "plan": _plan,
    "portfolio": _portfolio,
    "rules": _rules,
    "history": _history,
    "what-if": _what_if,
    "violations": _violations,
    "calendar": _calendar,
    "lifecycle": _lifecycle,
    "planner-urls": _planner_urls,
    "counter-notice": _counter_notice,
}

#: The names of the schemas, one per input format.
NAMES: tuple[str, ...] = tuple(_BUILDERS)


def _builder(name: str) -> Callable[[], dict[str, Any]]:
    from ipprules._args import require_str

    require_str(name, "a schema's name", empty=True)  # None, bytes: a TypeError
    try:
        return _BUILDERS[name]
    except KeyError:
        raise UnknownNameError("schema", name, sorted(NAMES)) from None


def schema(name: str) -> dict[str, Any]:
    """The schema of one input format, generated now from the models (see :data:`NAMES`).

    >>> from ipprules.schemas import schema
    >>> calendar = schema("calendar")
    >>> calendar["title"], calendar["$schema"]
    ('ipprules business-day calendar', 'https://json-schema.org/draft/2020-12/schema')
    >>> schema("calendars")
    Traceback (most recent call last):
    ...
    ipprules.errors.UnknownNameError: ...
    """
    return _builder(name)()


def schema_text(name: str) -> str:
    """The schema as the text of its shipped file.

    >>> from ipprules.schemas import path, schema_text
    >>> schema_text("calendar") == path("calendar").read_text(encoding="utf-8")
    True
    """
    return json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"


def path(name: str) -> Path:
    """Where the shipped schema file of ``name`` is.

    >>> path("calendar").name
    'calendar.schema.json'
    """
    _builder(name)
    return FOLDER / f"{name}.schema.json"


def write_all() -> list[Path]:
    """Regenerate every shipped schema file; returns the files that changed.

    >>> from ipprules.schemas import write_all
    >>> write_all()  # every shipped schema matches the models: nothing rewritten
    []
    """
    changed: list[Path] = []
    for name in NAMES:
        target = path(name)
        text = schema_text(name)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed.append(target)
    return changed
