"""The rules schema holds a site's domains to host names, as loading does
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
