"""The rules schema holds a site's domains to host names and places to codes, as loading does
(``rulebook.validate._domains``): the schema-agreement property found ``domains: ['']``
accepted by the schema and refused by the reader."""

from __future__ import annotations

import jsonschema
import pytest

from ipprules import schemas


def _doc(section: str, domain: str) -> dict[str, object]:
    record = {"id": "x", "effective_from": "2026-01-01", "sources": ["S1"],
              "confidence": "brief", "name": "X", "domains": [domain]}  # fmt: skip
    if section == "marketplaces":
        record["files_as"] = "taobao"
    return {section: [record]}


@pytest.mark.parametrize("section", ["platforms", "marketplaces"])
@pytest.mark.parametrize(
    ("domain", "valid"),
    [("tmall.hk", True), ("lazada.co.th", True), ("", False), ("Tmall.hk", False),
     ("tmall.hk.", False), ("-x.com", False), ("x-.com", False), ("localhost", False),
     ("https://tmall.hk", False), ("a" * 64 + ".com", False)],
)  # fmt: skip
def test_a_domain_is_a_host_name_in_the_schema(section: str, domain: str, valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(schemas.schema("rules"))
    errors = [e for e in validator.iter_errors(_doc(section, domain)) if "domains" in e.json_path]
    assert (errors == []) is valid, (domain, [e.message for e in errors])


@pytest.mark.parametrize(
    ("place", "valid"),
    [("HK", True), ("EU", True), ("", False), ("hk", False), ("UK", False), ("XX", False),
     ("Hong Kong", False)],
)  # fmt: skip
def test_a_place_of_registration_is_a_code_in_the_schema(place: str, valid: bool) -> None:
    """A registration record's places, a place rule's and an evidence rule's incorporation
    are the codes loading takes (``rulebook.validate._not_a_place``): the schema-agreement
    property found a place the schema accepted and loading refused."""
    validator = jsonschema.Draft202012Validator(schemas.schema("rules"))
    defs = schemas.schema("rules")["$defs"]
    for field in ("accepted", "preferred"):
        items = defs["Registrations"]["properties"][field]["items"]
        assert validator.evolve(schema=items).is_valid(place) is valid, (field, place)
        assert validator.evolve(schema=items).is_valid("*")
    for items in (defs["EvidenceRule"]["properties"]["incorporated"]["items"],
                  defs["PlaceRule"]["properties"]["place"]):  # fmt: skip
        assert validator.evolve(schema=items).is_valid(place) is valid, place
