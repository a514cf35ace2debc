"""The rules of the domain reference that are deliberately not encoded, and why.

Every rule id of the rule book's domain reference (the brief's ``B1``-``B24``, the researched
``R1``-``R95`` and the disagreements ``D1``-``D13``) is either cited by a record of the rule
book, by a finding of the checks or by the lifecycle's states and events, or listed here:
background with nothing for the library to answer (a programme a filer does not file into,
statistics, a login method), each with the reason it is left out.

>>> from ipprules.rulebook import NOT_ENCODED
>>> sorted(NOT_ENCODED, key=lambda i: (i[0], int(i[1:])))
['B23', 'B24', 'R2', 'R3', 'R6', 'R83', 'R84', 'R93', 'R94']
>>> print(NOT_ENCODED["R93"][:66])
The IP Joint-Force System (launched 1 Jul 2016): Alibaba sends a p

The sources of the domain reference that no record cites (those of rules left out, and the
group id of the annual reports) are kept with what they are, so a look-up says so instead of
suggesting another document:

>>> from ipprules.rulebook.background import NOT_CITED_SOURCES
>>> sorted(NOT_CITED_SOURCES)
['S46', 'S47', 'S48']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from ipprules._args import require_str

__all__ = [
    "DISPUTES",
    "NOT_CITED_SOURCES",
    "NOT_ENCODED",
    "REFERENCE_RULES",
    "reference_rule_problem",
]

_JOINT_FORCE = (
    "Alibaba sends a participating brand the suspect listings it cannot authenticate, and "
    "those the brand confirms are removed at once: the brand files no complaint, so no plan, "
    "right, history or standing the library reads depends on it (no admission criteria or "
    "dates beyond the launch are documented)"
)

#: The rules of the domain reference, letter -> the highest number: the brief's ``B1``-``B24``,
#: the researched ``R1``-``R95`` and the disagreements ``D1``-``D13``. A record, a place rule
#: and ``rule_sources`` cite these ids and no others (a rules file's ``R999`` is refused).
REFERENCE_RULES: Mapping[str, int] = MappingProxyType({"B": 24, "R": 95, "D": 13})
#: The ranges, as messages name them.
REFERENCE_RANGES = ", ".join(f"{k}1-{k}{n}" for k, n in REFERENCE_RULES.items())
_FORM = re.compile(r"([BRD])0*([0-9]{1,4})")

#: What each disagreement of the domain reference (``D1``-``D13``, part 2) is, in one line: what
#: the sources say, which the rule book takes by default (the brief's reading, part 0) and the
#: named alternative or the gap. ``ipprules rules`` says it under any view that shows a record
#: citing the id, so no view gives a disputed figure as settled (D6's 3-5 days read as one rule).
DISPUTES: Mapping[str, str] = MappingProxyType(
    {
        "D1": (
            "Good Faith admission thresholds: official pages read 90% or higher and 5% or "
            "lower (1.5% in 2015; S13, S12, S11), a third party and the brief above 90%, "
            "below 5% and more than 100 complaints in three months (S21); the default is the "
            "brief's, 'official' and 'brief-at-least-100' the named readings"
        ),
        "D2": (
            "Good Faith scope: the Handbook (S22) limits it to Taobao, Tmall and Tmall Global, "
            "a third party (S21) names every Alibaba platform with Lazada; the rule book takes "
            "the Handbook's (Lazada has IPP Plus, S18)"
        ),
        "D3": (
            "re-entry lock-out: 6 months in 2015 (S13, S54), 3 months from 2018 (S12, S11); "
            "the rule book dates each"
        ),
        "D4": (
            "counter-notice windows: 3 working days on Alibaba.com (S24), 3 business days then "
            "27 (30 before 2022-01-20) in a notice naming no platform (S25), 3-5 working days "
            "on Lazada (a third party, S53); the rights holder's reply window is unknown"
        ),
        "D5": (
            "processing times: 24 hours is a statistic (95-98% handled, S47), 7 working days "
            "the Alibaba.com review window (S26), vendors say 1-3 days, under 3 days or 3-7 "
            "working days (S33, S19, S29), a law firm a week or two (S61); under 2 business "
            "days only for Lazada IPP Plus"
        ),
        "D6": (
            "IPR verification time: within 3 working days (S26, S29) or 3 to 5 business days "
            "(S27), Alibaba.com help pages of different dates; the rule book gives the range 3-5 "
            "and neither end as the rule"
        ),
        "D7": (
            "foreign registrations: Taobao, Tmall and 1688 need a China registration (S32), "
            "Alibaba.com and AliExpress accept international IPR (S34, S33)"
        ),
        "D8": (
            "Madrid/WIPO: a registration designating China counts (S30), but IPP asks for the "
            "certificate of territorial extension to China as proof (S2)"
        ),
        "D9": (
            "trademark Notice of Acceptance: IPP's answer is not retrievable; AliExpress accepts "
            "it for listing branded goods (S60), another context; for complaints 'not "
            "sufficient' is inferred (R26)"
        ),
        "D10": (
            "strikes: AliExpress closes at 3 serious violations (S39), Alibaba.com (2015) at 4 "
            "serious infringements, 3 against one IPR or 48 points (S41), a law firm counts "
            "only counterfeits (S43); kept per platform and dated"
        ),
        "D11": (
            "platforms covered: the FAQ lists 6 without Lazada, the Handbook 7 with Lazada; no "
            "source names Xianyu"
        ),
        "D12": (
            "copyright on Alibaba.com: an older help page (S27) sent mainland-China suppliers to "
            "'report suspicious activity' instead of IPP; it may be out of date"
        ),
        "D13": (
            "store-front complaints: documented only in the Taobao-family trademark how-to "
            "(S3); on other platforms and for other IPR types unknown"
        ),
    }
)


def reference_rule_problem(rule_id: str) -> str | None:
    """Why ``rule_id`` is not a rule of the domain reference as records cite it, else None:
    the form (``R39``: a capital letter and a number without zeros before it, no space) and
    the range (:data:`REFERENCE_RULES`).

    >>> from ipprules.rulebook.background import reference_rule_problem
    >>> reference_rule_problem("R39") is None
    True
    >>> print(reference_rule_problem("r39 "))
    'r39 ' is not a rule id as records cite it (did you mean 'R39'?)
    >>> print(reference_rule_problem("R999"))
    'R999' is not a rule of the domain reference (B1-B24, R1-R95, D1-D13)
    """
    rule_id = require_str(rule_id, "rule_id", empty=True)
    form = _FORM.fullmatch(rule_id.strip().upper())
    if form is None:
        return (
            f"{rule_id!r} is not a rule id (a rule of the domain reference, such as 'R39': "
            f"{REFERENCE_RANGES})"
        )
    letter, number = form[1], int(form[2])
    if not 1 <= number <= REFERENCE_RULES[letter]:
        return f"{rule_id!r} is not a rule of the domain reference ({REFERENCE_RANGES})"
    canonical = f"{letter}{number}"
    if canonical != rule_id:
        return f"{rule_id!r} is not a rule id as records cite it (did you mean {canonical!r}?)"
    return None


#: Rule id -> why it is not encoded (background: nothing a complaint, a right, an account, a
#: complaint history or a deadline is judged by).
NOT_ENCODED: Mapping[str, str] = MappingProxyType(
    {
        "B23": "The IP Joint-Force System (July 2016, Taobao and Tmall; 180 companies at "
        f"launch): {_JOINT_FORCE}. R93 is the same programme.",
        "B24": "Alibaba's proactive measures of 2018 (image and semantic recognition, "
        "monitoring, offline work with law enforcement and its figures): what the platform "
        "does on its own, not a rule a filer's complaint or standing is judged by. R94 gives "
        "the statistics.",
        "R2": "An account's registered and contact email addresses, the same or different: "
        "any pair is valid, and no input of the library holds email addresses.",
        "R3": "Signing in to IPP with an existing Taobao, Tmall or Alibaba.com account: a way "
        "to log in, which no complaint, right or standing depends on (the source's list is "
        "cut off).",
        "R6": "The party complained of sees only the complainant's name and contact email: "
        "what the respondent is shown, not a choice of the filer or a condition of a "
        "complaint (the name itself must match the identity documents, R5, which is "
        "encoded).",
        "R83": "2016 figures (1,531 complainants filing 0.59% of complaints but involved in 80% "
        "of the successfully appealed cases) and a plan, in a news report, to sort "
        "complainants into four tiers: no tier's criteria or handling is documented, so "
        "there is nothing to assess; the Good Faith criteria (B21, R68-R77) are the encoded "
        "standing.",
        "R84": "2022 work against falsified documents in appeals (fake authorisation letters "
        "and invoices) and an online IP-dispute mediation mechanism with the Zhejiang "
        "(Hangzhou) IP Litigation and Mediation Center (a news report): no dated rule, "
        "threshold or document requirement to encode.",
        "R93": f"The IP Joint-Force System (launched 1 Jul 2016): {_JOINT_FORCE}. It was "
        "first opened to brands already in the Good Faith programme. B23 is the same "
        "programme.",
        "R94": "Proactive-monitoring statistics (97% of proactive takedowns before any sale in "
        "2017, 96% in 2018 and 2019; on Lazada 8 proactive removals for each through IPP): "
        "statistics of the platform's own work, not rules.",
    }
)


#: Source id -> what it is, for the sources of the domain reference (part 4) that no record
#: cites: the sources of rules deliberately not encoded, and the group id of the annual
#: reports, whose parts the records cite (``rules sources S46`` suggested ``S6``, another page).
NOT_CITED_SOURCES: Mapping[str, str] = MappingProxyType(
    {
        "S46": "S46 (the 2016 press release on the IP Joint-Force System) is the source of R93, "
        "which is deliberately not encoded: ipprules rules rule R93 says why",
        "S47": "S47 is the group of the annual-report figures, cited by their parts S47a-S47e: "
        "ipprules rules sources S47a (to S47e) shows each",
        "S48": "S48 (China Daily, 23 Feb 2017) is the source of R83, which is deliberately not "
        "encoded: ipprules rules rule R83 says why",
    }
)
