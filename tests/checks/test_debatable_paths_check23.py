"""check23: the findings check21 listed as open to argument (the account name, the letters of
authorisation), rule by rule against the rule text: the finding's code, the JSON path of what
the user fixes, and the rules it rests on (not the whole record it was read from).

- R5 (the complainant name is the name on the identity documents): ``account-name-mismatch``
  at the document (``$.account.documents[i]``), as every document finding is.
- R10 (a non-holder supplies a letter from the holder; R11, R12 its two forms):
  ``authorisation-missing`` at the complaint's right, which no letter covers on its platform.
- R10, R12 (a letter that grants enforcement): ``authorisation-not-valid`` at the complaint's
  right: the complaint's filing date and platform decide it, and the message names each
  covering letter's span (the fix is either a letter's dates or the filing date).
- R32 (on Taobao, the letter states its validity period and scope): ``authorisation-scope-
  unstated`` at the complaint's right: the complaint's platform decides it; the message names
  the letter at fault.
- R10 (issued by the holder), R11/R12 (sealed or signed), R12 (explicit grant): the letter's
  own findings at the letter, ``$.account.authorisations[i]``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .test_rule_text_check21 import _cites_its_sources, _findings, account_document, agent

ROWS: list[tuple[str, Callable[[], dict[str, Any]], str, str, set[str], set[str]]] = [
    # rule, plan, finding, path, rules it cites, rules it must not cite
    ("R5", lambda: account_document(name="Other Co"), "account-name-mismatch",
     "$.account.documents[0]", {"R5"}, set()),
    ("R10", lambda: agent(platforms=["tmall"]), "authorisation-missing",
     "$.complaints[0].right", {"R10", "R11", "R12"}, {"R13"}),
    ("R10", lambda: agent(valid_until="2026-01-31"), "authorisation-not-valid",
     "$.complaints[0].right", {"R10", "R12"}, {"B7", "R11", "R13"}),
    ("R10", lambda: agent(valid_from="2026-12-31"), "authorisation-not-valid",
     "$.complaints[0].right", {"R10", "R12"}, {"B7", "R11", "R13"}),
    ("R32", lambda: agent(states_scope=False), "authorisation-scope-unstated",
     "$.complaints[0].right", {"R32"}, set()),
    ("R32", lambda: agent(states_validity=False), "authorisation-scope-unstated",
     "$.complaints[0].right", {"R32"}, set()),
    ("R10", lambda: agent(issuer="Someone Else"), "authorisation-issuer-not-holder",
     "$.account.authorisations[0]", {"R10"}, set()),
    ("R11", lambda: agent(sealed=False), "authorisation-not-sealed-or-signed",
     "$.account.authorisations[0]", {"R11", "R12"}, set()),
    ("R12", lambda: agent(template=False, grants_enforcement=False), "authorisation-no-grant",
     "$.account.authorisations[0]", {"R12"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "make", "code", "path", "cites", "not_cited"),
    ROWS,
    ids=[f"{r[0]}: {r[2]} ({i})" for i, r in enumerate(ROWS)],
)
def test_the_rule_gives_its_finding_at_the_field_to_fix(
    rule: str,
    make: Callable[[], dict[str, Any]],
    code: str,
    path: str,
    cites: set[str],
    not_cited: set[str],
) -> None:
    found = [f for f in _findings(make(), "brief") if f.code == code]
    assert len(found) == 1, [(f.code, f.path) for f in _findings(make(), "brief")]
    (finding,) = found
    assert finding.path == path
    assert rule in finding.rule_ids and cites <= set(finding.rule_ids)
    assert not not_cited & set(finding.rule_ids), finding.rule_ids
    assert _cites_its_sources(finding.rule_ids, finding.sources) == []
    if path.startswith("$.complaints"):  # a complaint's finding names the letter or letters
        assert "$.account.authorisations" in finding.message


def test_a_clean_agent_plan_has_no_authorisation_finding() -> None:
    codes = {f.code for f in _findings(agent(), "brief")}
    assert not {c for c in codes if c.startswith(("authorisation-", "account-name"))}, codes
