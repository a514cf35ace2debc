"""The evidence itself: the qualities of documents and letters, and abusive complaints.

Each :class:`~ipprules.rulebook.model.EvidenceRule` of the rule book names a
``test``; this module implements the tests. A test looks at one document (or
letter, or complaint) and answers with *verdicts*: a problem (a finding code
and a message) or a fact to add (a quality the plan does not state). The
caller turns problems into findings at the document's path and gathers the
facts to add into one ``document-quality-unknown`` finding per document, so a
bare document kind ("held, qualities unknown") gives one ``unknown`` naming
every fact that would settle it, never a guess.

>>> from ipprules.checks.model import Document
>>> colour_or_sealed_copy(Document(kind="trademark_certificate", colour=False, sealed=False,
...                                signed=False))
[('document-copy-not-accepted', 'a black-and-white copy that is neither sealed nor signed')]
>>> colour_or_sealed_copy(Document(kind="trademark_certificate"))
[('?', 'colour')]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from ipprules.checks.context import Context
from ipprules.checks.findings import Finding
from ipprules.checks.languages import describe, written_in
from ipprules.checks.model import (
    Account,
    Authorisation,
    Category,
    Complaint,
    Conclusion,
    Document,
    Identity,
    IprType,
    Location,
    Right,
    StatementForm,
)
from ipprules.errors import did_you_mean
from ipprules.rulebook import ResolvedRules
from ipprules.rulebook.model import EvidenceRule, GoodFaithCriteria, Rule

#: Nothing public: the checks' readings of evidence, given a resolved view (:func:`ipprules.check`
#: is the API); they stay importable by name.
__all__ = []

#: The code of a verdict that is a fact to add rather than a problem.
FACT = "?"

#: ``(code, message)``: a problem, or ``(FACT, field)``: a quality to state.
Verdict = tuple[str, str]

#: Between registrations for sure: ; | 、 and "and" / "&" between numbers.
#: ``(?:(?<!\s)\s*)?``: a separator's leading blanks are matched from the first of them only,
#: so a long run of blanks is not scanned again from each of its characters (quadratic time).
#: The matches are those of ``\s*(?:...)\s*``: a match there starts after a blank only
#: where the last match ended, with no leading blanks (tests/test_redos2.py compares them).
_LIST = re.compile(r"(?:(?<!\s)\s*)?(?:[;|\u3001\uff1b]|\band\b|&)\s*", re.IGNORECASE)
#: Between registrations only when each side is a whole number (5 digits or more): a comma,
#: a slash or a space also group digits as printed ("5,812,345", "ZL 2019 3 0123456.7").
_WEAK = re.compile(r"[\s,/\uff0c]+")
_DIGITS = re.compile(r"[0-9]")


def incorporated_in(account: Account) -> str | None:
    """Where an enterprise account is incorporated: as stated, else ``CN`` for an enterprise
    located in mainland China; ``None`` when not known (or for an individual)."""
    if account.identity is not Identity.ENTERPRISE:
        return None
    if account.incorporated:
        return account.incorporated.strip().upper()
    return "CN" if account.location is Location.MAINLAND_CHINA else None


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one name (R5): case, runs of white space and compatibility
    forms (full-width ``（`` and ``）`` of a Chinese company name, ``Ｌｔｄ．``) make no other."""
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _sealed_or_signed(sealed: bool | None, signed: bool | None) -> bool | None:
    if sealed or signed:
        return True
    if sealed is False and signed is False:
        return False
    return None


# ------------------------------------------------------------------ document tests


#: The letters of authorisation for a right disagree on its registrant's identity.
DISPUTED = "disputed"


def registrant_of(account: Account, right: Right) -> Identity | str | None:
    """The identity of the registrant of a right, as far as the plan tells it.

    A right holder's account identity describes the IP owner (B4). An agent's does not
    reliably (a rights-protection organisation registers as an individual, B4): its
    registrant is the issuer of the letters of authorisation that cover the right (those
    whose issuer is the right's registrant, when the plan names both): the identity they
    state, :data:`DISPUTED` when they state different ones, ``None`` when none states it.
    """
    if account.category is not Category.AGENT:
        return account.identity
    covering = [a for a in account.authorisations if not a.rights or right.id in a.rights]
    if right.registrant.strip():
        named = [a for a in covering if a.issuer and _same_name(a.issuer, right.registrant)]
        covering = named or covering
    stated = {a.issuer_identity for a in covering if a.issuer_identity is not None}
    if len(stated) > 1:
        return DISPUTED
    return stated.pop() if stated else None


def colour_or_sealed_copy(doc: Document, registrant: Identity | str | None = None) -> list[Verdict]:
    """R19, R27: colour, or a black-and-white copy sealed (an entity registrant) or signed (an
    individual) by the registrant; ``registrant`` is its identity (:func:`registrant_of`),
    ``None`` when not known (either mark then serves).

    >>> bw = Document(kind="trademark_certificate", colour=False, signed=True, sealed=False)
    >>> colour_or_sealed_copy(bw, Identity.INDIVIDUAL)
    []
    >>> [message for _, message in colour_or_sealed_copy(bw, Identity.ENTERPRISE)]
    ['a black-and-white copy not sealed: an entity registrant seals it']
    """
    if doc.colour is None:
        return [(FACT, "colour")]
    if doc.colour:
        return []
    if registrant == DISPUTED and not (doc.sealed and doc.signed):
        return [(FACT, "the registrant's identity (the letters for the right disagree)")]
    if registrant is Identity.ENTERPRISE:
        mark, name, who = doc.sealed, "sealed", "an entity registrant seals it"
    elif registrant is Identity.INDIVIDUAL:
        mark, name, who = doc.signed, "signed", "an individual registrant signs it"
    else:
        marked = _sealed_or_signed(doc.sealed, doc.signed)
        if marked is None:
            return [(FACT, "sealed or signed")]
        if marked:
            return []
        return [
            (
                "document-copy-not-accepted",
                "a black-and-white copy that is neither sealed nor signed",
            )
        ]
    if mark is None:
        return [(FACT, name)]
    if mark:
        return []
    return [("document-copy-not-accepted", f"a black-and-white copy not {name}: {who}")]


def class_pages(doc: Document, classes: Sequence[int]) -> list[Verdict]:
    """R20: one uploaded page per class of the right (only for several classes)."""
    if len(set(classes)) < 2:
        return []
    if doc.class_pages is None:
        return [(FACT, "class_pages")]
    missing = sorted(set(classes) - set(doc.class_pages))
    if not missing:
        return []
    return [
        (
            "document-class-pages-missing",
            f"no page uploaded for class{'es' if len(missing) > 1 else ''} "
            f"{', '.join(map(str, missing))}",
        )
    ]


def translation(
    language: str | None, attached: bool | None, certified: bool | None = None
) -> list[Verdict]:
    """R14: a document in neither English nor Chinese needs a translation into one of them;
    whether the translation must be certified is not documented (a gap: ``unknown`` unless
    it is certified, which meets either reading). ``language`` is read by
    :func:`~ipprules.checks.languages.written_in` (a code or a name: ``en``, ``English``,
    ``中文``...); a value that names no language is an :class:`~ipprules.errors.InputError`.

    >>> translation("English", False), translation("zh-Hans", None)
    ([], [])
    >>> translation("de", False)[0][1]
    "written in 'de' (German) with no English or Chinese translation attached"
    """
    if language is None:
        return [(FACT, "language")]
    if written_in(language) != "other":
        return []
    if attached is None:
        return [(FACT, "translation")]
    if attached:
        if certified:
            return []
        state = "not certified" if certified is False else "not stated as certified"
        return [
            (
                "translation-certification-unknown",
                f"written in {describe(language)} with a translation {state}: whether R14 asks "
                "for a certified translation is not documented",
            )
        ]
    return [
        (
            "document-translation-missing",
            f"written in {describe(language)} with no English or Chinese translation attached",
        )
    ]


def evaluation_positive(doc: Document) -> list[Verdict]:
    """R30: the patent evaluation report's conclusion is positive."""
    if doc.conclusion is None:
        return [(FACT, "conclusion")]
    if doc.conclusion is Conclusion.POSITIVE:
        return []
    return [("evaluation-report-negative", "the evaluation report's conclusion is negative")]


def claim_statement(doc: Document) -> list[Verdict]:
    """R28: IPP's template, completed, signed or sealed; never a Word file."""
    out: list[Verdict] = []
    form = doc.statement_form
    if form is None:
        out.append((FACT, "statement_form"))
    elif form is StatementForm.WORD_FILE:
        out.append(("claim-statement-not-accepted", "a Word file is not accepted"))
    elif form is StatementForm.OWN:
        out.append(("claim-statement-own-form", "a statement of your own, not IPP's template"))
    if doc.completed is None:
        out.append((FACT, "completed"))
    elif not doc.completed:
        out.append(("claim-statement-not-accepted", "the statement is not filled in"))
    marked = _sealed_or_signed(doc.sealed, doc.signed)
    if marked is None:
        out.append((FACT, "sealed or signed"))
    elif not marked:
        out.append(("claim-statement-not-accepted", "the statement is neither signed nor sealed"))
    return out


def company_chop(doc: Document) -> list[Verdict]:
    """R4: a China company's copy of its registration carries its red company chop."""
    if doc.sealed or doc.original:
        return []
    if doc.sealed is None:
        return [(FACT, "sealed")]
    if doc.original is None:
        return [(FACT, "original")]
    return [("identity-copy-without-chop", "a copy without the company's red chop")]


def registration_valid(doc: Document, days: Iterable[dt.date]) -> list[Verdict]:
    """R4: a Hong Kong business registration certificate is valid on every filing date."""
    if doc.valid_until is None:
        return [(FACT, "valid_until")]
    late = sorted(d for d in set(days) if d > doc.valid_until)
    if not late:
        return []
    return [
        (
            "identity-document-expired",
            f"valid until {doc.valid_until}, before the filing date {late[0]}",
        )
    ]


def name_matches(doc: Document, account_name: str) -> list[Verdict]:
    """R5: the complainant name is the name on the identity document."""
    if not doc.name.strip():
        return [(FACT, "name")]
    if _same_name(doc.name, account_name):
        return []
    return [
        (
            "account-name-mismatch",
            f"the account files as {account_name!r} but the document is in the name of "
            f"{doc.name!r}",
        )
    ]


def identity_photo(doc: Document) -> list[Verdict]:
    """R4: an identity card, passport or driving licence shows a photo."""
    if doc.photo is None:
        return [(FACT, "photo")]
    if doc.photo:
        return []
    return [("identity-document-no-photo", "it shows no photo of the holder")]


def identity_original(doc: Document) -> list[Verdict]:
    """R4: an identity card, passport or driving licence is scanned or photographed from the
    original."""
    if doc.original is None:
        return [(FACT, "original")]
    if doc.original:
        return []
    return [("identity-document-copy", "a copy, not a scan or photo of the original")]


# ------------------------------------------------------------------ applying them


def applicable(
    rules: ResolvedRules,
    kind: str | None,
    *,
    platform: str | None = None,
    identity: str | None = None,
    incorporated: str | None = None,
    ipr_type: str | None = None,
) -> list[EvidenceRule]:
    """The evidence rules in force that apply to a document kind (``None``: any) in a place.

    A rule limited to platforms applies only when ``platform`` is one of them; a
    rule limited to an identity or places of incorporation only when they match;
    a rule limited to IPR types only when ``ipr_type`` (the type of the right the
    document is held for; ``None``: held for no right) is one of them or ``None``.
    """
    out = []
    for rule in rules.evidence_rules.values():
        if kind is not None and rule.documents and kind not in rule.documents:
            continue
        if rule.ipr_types and ipr_type is not None and ipr_type not in rule.ipr_types:
            continue
        if rule.platforms and platform not in rule.platforms:
            continue
        if rule.identity is not None and rule.identity != identity:
            continue
        if rule.incorporated and incorporated not in rule.incorporated:
            continue
        out.append(rule)
    return out


#: The tests that look at one document, and what else they need.
_DOCUMENT_TESTS = frozenset(
    {
        "colour_or_sealed_copy",
        "class_pages",
        "translation",
        "evaluation_positive",
        "claim_statement",
        "company_chop",
        "registration_valid",
        "name_matches",
        "identity_photo",
        "identity_original",
        "attachments",
        "authority_seal",
    }
)


def _judge(
    test: str,
    doc: Document,
    *,
    classes: Sequence[int],
    days: Sequence[dt.date],
    account_name: str,
    max_mb: float | None,
    registrant: Identity | str | None = None,
) -> list[Verdict]:
    if test == "colour_or_sealed_copy":
        return colour_or_sealed_copy(doc, registrant)
    if test == "class_pages":
        return class_pages(doc, classes)
    if test == "translation":
        return translation(doc.language, doc.translation, doc.translation_certified)
    if test == "evaluation_positive":
        return evaluation_positive(doc)
    if test == "claim_statement":
        return claim_statement(doc)
    if test == "company_chop":
        return company_chop(doc)
    if test == "registration_valid":
        return registration_valid(doc, days)
    if test == "name_matches":
        return name_matches(doc, account_name)
    if test == "identity_photo":
        return identity_photo(doc)
    if test == "identity_original":
        return identity_original(doc)
    if test == "attachments" and max_mb is not None:
        return attachment_size(doc, max_mb)
    if test == "authority_seal":
        return authority_seal(doc)
    return []


def authority_seal(doc: Document) -> list[Verdict]:
    """R18: a registration certificate stated to bear no seal of its issuing authority.

    R18 gives sealed certificates as an example of proof, not as a requirement, so a
    certificate whose seal is not stated needs no fact (no verdict at all).

    >>> authority_seal(Document(kind="patent_certificate", authority_seal=False))
    [('document-without-authority-seal', 'it does not bear the seal of the issuing authority')]
    >>> authority_seal(Document(kind="patent_certificate")), authority_seal(
    ...     Document(kind="patent_certificate", authority_seal=True))
    ([], [])
    """
    if doc.authority_seal is False:
        return [
            (
                "document-without-authority-seal",
                "it does not bear the seal of the issuing authority",
            )
        ]
    return []


def attachment_size(doc: Document, max_mb: float) -> list[Verdict]:
    """R47: an attachment is at most ``max_mb`` MB."""
    if doc.size_mb is None:
        return [(FACT, "size_mb")]
    if doc.size_mb <= max_mb:
        return []
    return [("attachment-too-large", f"{doc.size_mb:g} MB; at most {max_mb:g} MB per file")]


def document_findings(
    ctx: Context,
    path: str,
    doc: Document,
    rules: Sequence[EvidenceRule],
    *,
    classes: Sequence[int] = (),
    days: Sequence[dt.date] = (),
    max_mb: float | None = None,
    registrant: Identity | str | None = None,
) -> Iterator[Finding]:
    """Findings about one document under the given rules: each problem at ``path``, and one
    ``document-quality-unknown`` naming every fact to add (``registrant``: the identity of
    the right's registrant, when known, see :func:`registrant_of`)."""
    facts: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.test not in _DOCUMENT_TESTS:
            continue
        verdicts = _judge(
            rule.test,
            doc,
            classes=classes,
            days=days,
            account_name=ctx.plan.account.name,
            max_mb=max_mb,
            registrant=registrant,
        )
        for code, message in verdicts:
            if code == FACT:
                facts.setdefault(message, []).append(rule)
            else:
                yield ctx.finding(code, path, f"{doc.kind}: {message}: {rule.text}", rule)
    if facts:
        yield _unknown(ctx, path, doc.kind, facts)


def held_findings(
    ctx: Context,
    at: str,
    documents: Sequence[Document],
    rules: ResolvedRules,
    *,
    platform: str | None = None,
    identity: str | None = None,
    incorporated: str | None = None,
    classes: Sequence[int] = (),
    days: Sequence[dt.date] = (),
    max_mb: float | None = None,
    ipr_type: str | None = None,
    registrant: Identity | str | None = None,
) -> Iterator[Finding]:
    """Findings about a list of documents at ``at`` (``$.rights[0].documents``...): each kind
    known to the rule book, each document's qualities under the rules that apply there
    (``ipr_type``: the type of the right they are held for)."""
    for j, doc in enumerate(documents):
        path = f"{at}[{j}]"
        if doc.kind not in rules.documents:
            yield ctx.finding(
                "document-unknown",
                path,
                f"{doc.kind!r} is not a document of the rule book on {rules.as_of}"
                + did_you_mean(doc.kind, sorted(rules.documents)),
            )
            continue
        if doc.issued is not None and days and max(days) < doc.issued:
            yield ctx.finding(
                "document-not-yet-issued",
                f"{path}.issued",
                f"{doc.kind}: issued on {doc.issued}, after the filing date "
                f"{max(days)}: it did not exist when the complaint was filed",
            )
        found = applicable(
            rules,
            doc.kind,
            platform=platform,
            identity=identity,
            incorporated=incorporated,
            ipr_type=ipr_type,
        )
        yield from document_findings(
            ctx, path, doc, found, classes=classes, days=days, max_mb=max_mb, registrant=registrant
        )


def _unknown(ctx: Context, path: str, what: str, facts: Mapping[str, list[Rule]]) -> Finding:
    # told apart by identity: hashing a record walks all its fields (the finding reads only
    # the records' rule and source ids, the same for an equal record)
    used = tuple({id(r): r for rs in facts.values() for r in rs}.values())
    named = "; ".join(
        f"{fact} ({', '.join(dict.fromkeys(x for r in rs for x in r.rules))})"
        for fact, rs in facts.items()
    )
    return ctx.finding(
        "document-quality-unknown",
        path,
        f"{what}: state {named} to settle the rules that need it",
        *used,
    )


# ------------------------------------------------------------------ letters


def _letter_verdicts(
    test: str, letter: Authorisation, registrants: Mapping[str, str]
) -> list[Verdict]:
    if test == "authorisation_issuer":
        return _issuer(letter, registrants)
    if test == "authorisation_seal_or_signature":
        return _seal_or_signature(letter)
    if test == "authorisation_own_template":
        if letter.template is None:
            return [(FACT, "template")]
        if letter.template:
            return []
        out: list[Verdict] = []
        if letter.grants_enforcement is None:
            out.append((FACT, "grants_enforcement"))
        elif not letter.grants_enforcement:
            out.append(("authorisation-no-grant", "it does not grant the right to enforce IPRs"))
        out += _title(letter)
        return out
    if test == "authorisation_individual":
        out = []
        if letter.handwritten is None:
            out.append((FACT, "handwritten"))
        elif not letter.handwritten:
            out.append(("authorisation-not-handwritten", "the signature is not handwritten"))
        return out + _title(letter)
    if test == "translation":
        return translation(letter.language, letter.translation, letter.translation_certified)
    return []


def _issuer(letter: Authorisation, registrants: Mapping[str, str]) -> list[Verdict]:
    """R10: the letter is issued by the registrant of every right it covers (a right whose
    registrant is not given cannot be compared: a fact to add)."""
    if not letter.issuer.strip():
        return [(FACT, "issuer")]
    out: list[Verdict] = []
    others = sorted(
        {r for r in registrants.values() if r.strip() and not _same_name(r, letter.issuer)}
    )
    if others:
        out.append(
            (
                "authorisation-issuer-not-holder",
                f"issued by {letter.issuer!r}, not by the rights holder {', '.join(others)}",
            )
        )
    unnamed = [
        f"the registrant of right {r!r}" for r, name in registrants.items() if not name.strip()
    ]
    if unnamed:
        out.append((FACT, "; ".join(unnamed)))
    return out


def _title(letter: Authorisation) -> list[Verdict]:
    if letter.signatory_title is None:
        return [(FACT, "signatory_title")]
    if letter.signatory_title:
        return []
    return [("authorisation-no-title", "the signatory's job title is not on it")]


def _seal_or_signature(letter: Authorisation) -> list[Verdict]:
    if letter.issuer_identity is Identity.ENTERPRISE:
        mark, name = letter.sealed, "sealed"
    elif letter.issuer_identity is Identity.INDIVIDUAL:
        mark, name = letter.signed, "signed"
    else:
        if letter.sealed or letter.signed:
            return []
        return [(FACT, "issuer_identity")]
    if mark is None:
        return [(FACT, name)]
    if mark:
        return []
    return [
        (
            "authorisation-not-sealed-or-signed",
            f"issued by an {letter.issuer_identity.value} and not {name}",
        )
    ]


def authorisation_findings(ctx: Context) -> Iterator[Finding]:
    """Findings about each letter of authorisation (R10-R14), at its path."""
    rules = ctx.rules()
    rights = {r.id: r for r in ctx.plan.rights}
    for i, letter in enumerate(ctx.plan.account.authorisations):
        path = f"$.account.authorisations[{i}]"
        covered = letter.rights or tuple(rights)
        registrants = {rid: rights[rid].registrant for rid in covered if rid in rights}
        identity = letter.issuer_identity.value if letter.issuer_identity else None
        facts: dict[str, list[Rule]] = {}
        for rule in applicable(rules, None, identity=identity):
            if rule.documents and "authorisation_letter" not in rule.documents:
                continue
            for code, message in _letter_verdicts(rule.test, letter, registrants):
                if code == FACT:
                    facts.setdefault(message, []).append(rule)
                else:
                    yield ctx.finding(code, path, f"{message}: {rule.text}", rule)
        if facts:
            yield _unknown(ctx, path, "the letter of authorisation", facts)


# ------------------------------------------------------------------ rights and complaints


#: The words of a label before "No." ("Trademark Registration No."), and those that are a
#: label by themselves before the number ("Reg 1...", "TM 1...").
_LABEL_WORDS = (
    r"reg(?:istration|istered)?|trade\s*mark|tm|patent|cert(?:ificate)?|serial|app(?:lication|l)?"
)
_BARE_LABELS = r"reg(?:istration|istered)?|trade\s*mark|tm|serial"
#: A label before a registration number (R22 asks for the number alone): "No.", "No 1...",
#: "Reg. No.:", "Reg 1...", "Registration number", "Serial No.", "TM 1...", "#", "N°", maybe
#: after a country ("U.S. Reg. No."); the Chinese "注册号", "注册证号", "商标注册证第...号", or
#: "第...号" around the number. Not labels: office letters written onto the number as offices
#: print it ("UK00003123456", "TMA123,456", "TM12345"); "NO" in capitals before a space, the
#: country code of a Norwegian mark ("NO 301234"), unlike "No"/"no" ("TM 1..." reads as the
#: trademark label, not Turkmenistan's code); and a number whose printed form holds 第...号
#: inside it (a software copyright's 软著登字第...号).
_LABELLED = re.compile(
    r"^\s*(?:[a-z]{1,3}(?:\.\s*|\s+)){0,3}"  # a country or office first: "U.S. ", "EU "
    rf"(?:(?:(?:{_LABEL_WORDS})\.?\s*)+(?:no(?![a-z])|number\b|nr\b|n[°º]|#)"  # "Reg. No 1"
    r"|no\.|no\s*[:：]|n[°º]\.?|number\b|nr\.|#"  # "No. 1", "Number 1", "#1"
    r"|(?-i:No|no)(?=\s*[a-z]{0,3}\d)"  # "No 1" (not "NO 1": Norway's code)
    rf"|(?:(?:{_BARE_LABELS})\.?\s*)*(?:{_BARE_LABELS})"  # "Reg 1", "TM 1", "Serial: 1"
    r"(?:\.|\s*[:：#]|\s)\s*(?=[a-z]{0,3}\d))"
    r"|^\s*(?:第|(?:商标)?(?:注册|专利|登记)?证?书?(?:编号|号码?|第))",
    re.IGNORECASE,
)


def labelled_number(right: Right) -> bool:
    """Whether a right's registration number carries a label (R22: the number alone).

    >>> from ipprules.checks.model import IprType, Right
    >>> def labelled(*numbers):
    ...     return [labelled_number(Right(id="r", ipr_type=IprType.TRADEMARK, place="CN",
    ...                                   number=n)) for n in numbers]
    >>> labelled("No. 31234567", "Reg. No.: 31234567", "第31234567号", "N° 4123456",
    ...          "No 31234567", "U.S. Reg. No. 5,123,456", "TM 31234567", "注册证号：31234567")
    [True, True, True, True, True, True, True, True]
    >>> labelled("31234567", "ZL 2019 3 0123456.7", "UK00003123456", "US 5,812,345",
    ...          "软著登字第1234567号", "NO 301234", "TMA123,456", "TM12345")
    [False, False, False, False, False, False, False, False]
    """
    return bool(_LABELLED.search(right.number))


#: A class typed into a registration number (R22 asks for the number alone; the class has
#: its own field): "class 9", "Classes 9, 11", "Cl. 9", "Kl. 9", "Klasse 9", "classe 9",
#: "clase 9", "Nice 9", "第9类", "9类"; a class word that is part of an office's number is
#: not followed by a class number. ``\s*+``: the blanks after the word are taken once, not
#: split again with the second ``\s*`` (quadratic on "class" and a long run of blanks); the
#: same matches, as a ``[:：#]`` needs them all and none leaves them to either.
_CLASSED = re.compile(
    r"(?<![a-z])(?:class(?:es)?|cl|kl(?:asse)?|classe|clase|nice)(?![a-z])\.?\s*+[:：#]?\s*"
    r"\d{1,2}(?!\d)"
    r"|(?<!\d)\d{1,2}\s*[类類]",
    re.IGNORECASE,
)


#: A class after a slash at the end of a number ("31234567/9", "31234567 / 09"): the class
#: where the right is a mainland China mark (CN numbers are digits alone, 第31234567号) or
#: where it is one of the right's own classes; elsewhere a short group after a slash may be
#: part of the office's number, and is left alone.
_SLASH_CLASS = re.compile(r"\d\s*[/\uff0f]\s*(\d{1,2})\s*$")


def classed_number(right: Right) -> bool:
    """Whether a right's registration number holds the class too (R22: the number alone).

    >>> from ipprules.checks.model import IprType, Right
    >>> def classed(*numbers, place="CN", classes=()):
    ...     return [classed_number(Right(id="r", ipr_type=IprType.TRADEMARK, place=place,
    ...                                  number=n, classes=classes)) for n in numbers]
    >>> classed("31234567 class 9", "31234567 (Cl. 9)", "31234567 第9类", "31234567, Classes 9",
    ...         "31234567 Klasse 25", "31234567/9类", "31234567/9", "31234567 / 09")
    [True, True, True, True, True, True, True, True]
    >>> classed("31234567", "UK00003123456", "ZL 2019 3 0123456.7", "TMA123,456", "第31234567号")
    [False, False, False, False, False]
    >>> classed("1234567/9", place="US"), classed("1234567/9", place="US", classes=(9,))
    ([False], [True])
    >>> classed("31234567/46", "31234567/0")   # no Nice class: not a class
    [False, False]
    """
    if _CLASSED.search(right.number):
        return True
    slash = _SLASH_CLASS.search(right.number)
    if slash is None or not 1 <= int(slash.group(1)) <= 45:
        return False
    return right.place == "CN" or int(slash.group(1)) in right.classes


#: A number of digits alone split by spaces, commas, dots, hyphens or slashes ("3123 4567",
#: "31,234,567"); a number with letters ("G1234567", "ZL 2019 3 0123456.7") is another form.
_SPLIT_DIGITS = re.compile(r"\d+(?:[\s,.\-/\uff0c\uff0f\u3000]+\d+)+")


def separated_number(right: Right) -> bool:
    """Whether a mainland China trademark's registration number has its digits split by a
    space or a separator ("3123 4567", "31,234,567"; digits alone otherwise: a number with
    letters is another form, and a label is right-number-labelled's): a CN certificate prints
    the number as digits alone (第31234567号), so the number as printed (R22) has none. Other
    places' numbers
    are left alone: offices print their own groups ("US 5,812,345", "TMA123,456", a Madrid
    "1234567", an EU "018123456"). A number that holds its class, or names several
    registrations, is told so by its own finding.

    >>> from ipprules.checks.model import IprType, Right
    >>> def separated(*numbers, place="CN"):
    ...     return [separated_number(Right(id="r", ipr_type=IprType.TRADEMARK, place=place,
    ...                                    number=n)) for n in numbers]
    >>> separated("3123 4567", "31,234,567", "3123-4567", "3123\u30004567")
    [True, True, True, True]
    >>> separated("31234567", "G1234567", "第31234567号", "31234567/9", "31234567 41234567",
    ...           "TMA123,456")
    [False, False, False, False, False, False]
    >>> separated("5,812,345", "3123 4567", place="US")
    [False, False]
    """
    if right.ipr_type is not IprType.TRADEMARK or right.place != "CN":
        return False
    if not _SPLIT_DIGITS.fullmatch(right.number.strip()):
        return False
    return not classed_number(right) and not several_numbers(right)


def several_numbers(right: Right) -> list[str]:
    """The registration numbers of a right when it names more than one (R8). A number is
    read as printed (R22): digit groups split by commas, spaces or a slash are one number
    unless each group is a whole number of 5 digits or more.

    >>> from ipprules.checks.model import IprType, Right
    >>> [several_numbers(Right(id="r", ipr_type=IprType.TRADEMARK, place="US", number=n))
    ...  for n in ("5,812,345", "ZL 2019 3 0123456.7", "12345678, 23456789", "1234567 & 7654321")]
    [[], [], ['12345678', '23456789'], ['1234567', '7654321']]
    """
    numbers: list[str] = []
    for piece in _LIST.split(right.number.strip()):
        parts = [p for p in _WEAK.split(piece) if p]
        if len(parts) > 1 and all(len(_DIGITS.findall(p)) >= 5 for p in parts):
            numbers += parts
        elif piece.strip() and _DIGITS.search(piece):
            numbers.append(piece.strip())
    return numbers if len(numbers) > 1 else []


def one_right_findings(
    ctx: Context, at: str, rules: ResolvedRules, complaint: Complaint
) -> Iterator[Finding]:
    """R8, R45: a complaint that names several rights (the first is the one checked)."""
    named = tuple(dict.fromkeys(complaint.rights))
    rule = next(
        (r for r in rules.evidence_rules.values() if r.test == "one_ipr_per_complaint"), None
    )
    if rule is None or len(named) < 2:
        return
    rights = {r.id: r for r in ctx.plan.rights}
    kinds = {rights[n].ipr_type.value for n in named if n in rights}
    mixed = f" of {len(kinds)} types ({', '.join(sorted(kinds))})" if len(kinds) > 1 else ""
    yield ctx.finding(
        "complaint-several-rights",
        f"{at}.right",
        f"the complaint names {len(named)} rights{mixed} ({', '.join(named)}); the other checks "
        f"look at {named[0]!r} only: {rule.text}",
        rule,
    )


_ABUSE: tuple[tuple[str, str, str, str], ...] = (
    ("genuine_goods", "abuse_genuine_goods", "complaint-genuine-goods", "the goods are genuine"),
    (
        "parallel_import",
        "abuse_genuine_goods",
        "complaint-genuine-goods",
        "the goods are genuine (parallel imports)",
    ),
    (
        "authorised_reseller",
        "abuse_authorised_reseller",
        "complaint-authorised-reseller",
        "the seller is your authorised reseller",
    ),
    (
        "competitor_no_infringement",
        "abuse_competitor",
        "complaint-against-competitor",
        "a competitor with no infringement found",
    ),
)


def _abuse_bar(gf: GoodFaithCriteria | None) -> str | None:
    """How long an abuse finding bars Good Faith admission under these criteria: ``ever``
    (the brief's "no record of abusive complaints", B21, no window), the window in months
    (the official lock-outs, R69, R82), ``None`` where no abuse criterion applies."""
    if gf is None or not gf.no_abuse_required:
        return None
    return "ever" if gf.abuse_ever else str(gf.window_months)


#: The Good Faith consequence of an abuse finding rests on the bar of each reading (the
#: brief's B21, no window; the official R69 and R82, a window), the removal's lock-out (R72)
#: and the programme's platforms (R79). An abuse finding cites these with the sources the
#: rule book names for each (:meth:`~ipprules.RuleBook.rule_sources`), not the whole Good
#: Faith record (its thresholds, R49, R71-R75, R77, D1, are not what the finding says).
_CONSEQUENCE_RULES = ("R72", "R79")


def _bar_rules(bar: str | None) -> tuple[str, ...]:
    """The rules a reading's abuse bar rests on (:func:`_abuse_bar`)."""
    if bar is None:
        return ()
    return ("B21",) if bar == "ever" else ("R69", "R82")


def _abuse_citation(ctx: Context, finding: Finding, bars: Iterable[str | None]) -> Finding:
    """``finding`` citing, after its own rule, the rules of the Good Faith consequence it
    adds: the ``bars`` it names (the reading in force first), R72 and R79, with the sources
    the rule book names for each."""
    cited = [r for bar in bars for r in _bar_rules(bar)] + list(_CONSEQUENCE_RULES)
    rule_ids = tuple(dict.fromkeys((*finding.rule_ids, *cited)))
    named = ctx.book.data.rule_sources  # a book without them cites the rules alone
    more = (s for r in cited for s in named.get(r, ()))
    sources = tuple(dict.fromkeys((*finding.sources, *more)))
    return attrs.evolve(finding, rule_ids=rule_ids, sources=sources)


def _abuse_consequence(
    ctx: Context, rules: ResolvedRules, gf: GoodFaithCriteria
) -> tuple[str, list[str | None]]:
    """The Good Faith consequence of an abuse finding under the reading in force, and what
    the other readings of the rule book say where theirs differs (B21 against R69, R82);
    with the bars it names (:func:`_abuse_bar`), the reading in force's first."""
    here = _abuse_bar(gf)
    if here == "ever":
        bar = (
            'a record of abusive complaints bars admission for good (B21: "no record of '
            'abusive complaints", no window)'
        )
    else:
        bar = f"an abuse finding bars admission while it is in the {here}-month window (R69, R82)"
    groups: dict[str | None, list[str]] = {}
    for name in ctx.book.interpretations:
        if name != rules.interpretation:
            there = ctx.book.as_of(rules.as_of, name, trial=ctx.trial).good_faith
            if _abuse_bar(there) != here:
                groups.setdefault(_abuse_bar(there), []).append(name)
    others = []
    for theirs, names in groups.items():
        if theirs == "ever":
            said = "a record bars admission for good (B21)"
        elif theirs is None:
            said = "no abuse criterion applies"
        else:
            said = f"a finding counts only while it is in the {theirs}-month window (R69, R82)"
        others.append(f"under {', '.join(names)}, {said}")
    text = (
        f" Under the Good Faith rules in force (version {gf.version}) {bar}"
        + "".join(f"; {o}" for o in others)
        + f"; failing the criteria means removal and a {gf.lockout_removal_months}-month "
        "lock-out."
    )
    return text, [here, *groups]


def abuse_findings(
    ctx: Context, at: str, rules: ResolvedRules, complaint: Complaint
) -> Iterator[Finding]:
    """Complaints the rules treat as abusive (R69, R80-R82), with the Good Faith consequence
    the rule book has for the date where the programme applies (its platforms, R79)."""
    by_test = {r.test: r for r in rules.evidence_rules.values()}
    gf = rules.good_faith
    for field, test, code, what in _ABUSE:
        rule = by_test.get(test)
        if rule is None or not getattr(complaint, field):
            continue
        if gf is not None and gf.no_abuse_required and complaint.platform in gf.platforms:
            consequence, bars = _abuse_consequence(ctx, rules, gf)
            found = ctx.finding(code, f"{at}.{field}", f"{what}: {rule.text}{consequence}", rule)
            yield _abuse_citation(ctx, found, bars)
        else:
            yield ctx.finding(code, f"{at}.{field}", f"{what}: {rule.text}", rule)
