"""Loading rule books: the embedded one (lazily, once) and users' override files."""

import datetime as dt
import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import attrs

from ipprules._args import require_instance, require_mapping
from ipprules._convert import structure, structure_trusted
from ipprules._shipped import shipped_text
from ipprules.errors import Problem, RuleDataError, did_you_mean, plain, shown_value
from ipprules.rulebook.model import (
    SECTIONS,
    AccountRequirement,
    Channel,
    CounterNoticeRule,
    Deadline,
    DocumentKind,
    DocumentRule,
    EvidenceRule,
    GoodFaithCriteria,
    Interpretation,
    IprType,
    LifecycleRule,
    Limit,
    Marketplace,
    Metric,
    PenaltyRule,
    Platform,
    ReasonCode,
    Registrations,
    Rule,
    RuleBookData,
    RuleSections,
    Source,
)
from ipprules.rulebook.validate import Origin, validate

if TYPE_CHECKING:  # pragma: no cover
    from ipprules._files import Document

__all__ = ["RuleBookOverride", "load_embedded_data", "merge_override", "read_override"]

SECTION_TYPES: dict[str, type[Rule]] = {
    "platforms": Platform,
    "marketplaces": Marketplace,
    "channels": Channel,
    "limits": Limit,
    "ipr_types": IprType,
    "documents": DocumentKind,
    "document_rules": DocumentRule,
    "registrations": Registrations,
    "account_requirements": AccountRequirement,
    "evidence_rules": EvidenceRule,
    "reason_codes": ReasonCode,
    "good_faith": GoodFaithCriteria,
    "metrics": Metric,
    "deadlines": Deadline,
    "penalties": PenaltyRule,
    "counter_notice": CounterNoticeRule,
    "lifecycle": LifecycleRule,
}


@attrs.frozen(kw_only=True)
class _Header:
    name: str
    version: str
    coverage_from: dt.date
    coverage_until: dt.date | None = None
    default_interpretation: str = "brief"
    interpretations: tuple[Interpretation, ...] = ()
    rule_sources: dict[str, tuple[str, ...]] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class RuleBookOverride(RuleSections):
    """A user's file that extends or overrides a rule book.

    Records whose ``(id, interpretation)`` match records of the base replace
    all of them (every date); new ids extend the book. Sections named in
    ``replace`` are replaced whole (e.g. the reason codes of your IPP account).
    """

    name: str | None = None
    version: str | None = None
    replace: tuple[str, ...] = ()


OriginMap = dict[str, tuple[Origin, ...]]


def _data_text(name: str) -> str:
    # through the package's loader (a wheel or zip on sys.path too), not importlib.resources:
    # that import alone costs more than the load
    return shipped_text(__name__, "data", name)


@attrs.frozen
class _Embedded:
    """A data file shipped with the package; lines are located only when an error needs them."""

    name: str
    text: str
    data: Any

    def locate(self, path: str) -> tuple[int, int] | None:
        from ipprules._files import parse_document

        return parse_document(self.text, self.name, "json").locate(path)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as a reference to the shipped file, not its text and data: a rule book's
        origins point at every file, and a worker reads each once, when one is asked for."""
        return (_embedded_document, (self.name.removeprefix(_EMBEDDED),))


_EMBEDDED = "ipprules/rulebook/data/"


@functools.cache
def _embedded_document(name: str) -> _Embedded:
    text = _data_text(name)
    return _Embedded(f"{_EMBEDDED}{name}", text, json.loads(text))


def embedded_version() -> str:
    """The embedded rule book's version, read from its header alone (``ipprules --version``:
    the whole book is not read and validated for it).

    >>> embedded_version()
    '2026.11.23'
    """
    return str(_embedded_document("book.json").data["version"])


@functools.cache
def load_embedded_data() -> tuple[RuleBookData, OriginMap]:
    """The embedded rule data, structured and validated (read once per process)."""
    header_doc = _embedded_document("book.json")
    header = structure_trusted(
        header_doc.data,
        _Header,
        file=header_doc.name,
        locate=header_doc.locate,
        error=RuleDataError,
    )
    origins: OriginMap = {
        "interpretations": tuple(
            Origin(header_doc.name, f"$.interpretations[{i}]", header_doc.locate)
            for i in range(len(header.interpretations))
        ),
        "rule_sources": tuple(
            Origin(header_doc.name, f"$.rule_sources.{rule}", header_doc.locate)
            for rule in header.rule_sources
        ),
    }
    parts: dict[str, Any] = {}
    for section in ("sources", *SECTIONS):
        doc = _embedded_document(f"{section}.json")
        cls: type[Any] = Source if section == "sources" else SECTION_TYPES[section]
        parts[section] = structure_trusted(
            doc.data,
            tuple[cls, ...],  # type: ignore[valid-type]
            file=doc.name,
            locate=doc.locate,
            error=RuleDataError,
        )
        origins[section] = tuple(
            Origin(doc.name, f"$[{i}]", doc.locate) for i in range(len(parts[section]))
        )
    data = RuleBookData(
        name=header.name,
        version=header.version,
        coverage_from=header.coverage_from,
        coverage_until=header.coverage_until,
        default_interpretation=header.default_interpretation,
        interpretations=header.interpretations,
        rule_sources=header.rule_sources,
        **parts,
    )
    validate(data, origins)
    return data, origins


def read_override(path: str | Path | IO[Any]) -> tuple[RuleBookOverride, "Document"]:
    """Read and strictly structure a user's override file (JSON or TOML).

    What ``ipprules rules section NAME --format json`` prints reads as a file holding that
    section's records (``NAME = [...]``); another view's JSON is refused, saying so.
    """
    from ipprules._files import read_document

    path = plain(path) if isinstance(path, str) else path  # its __eq__/__hash__ not called
    doc: Any = _section_output(read_document(path, error=RuleDataError))
    override = structure(
        _stated_classes(doc),
        RuleBookOverride,
        file=doc.name,
        locate=doc.locate,
        error=RuleDataError,
    )
    for k, section in enumerate(override.replace):
        if section not in SECTIONS:
            _refuse(
                doc,
                f"$.replace[{k}]",
                f"unknown section {section!r} (one of {', '.join(SECTIONS)})",
            )
    _mark_unstated_classes(override, doc)
    return override, doc


def _refuse(doc: "Document", path: str, message: str) -> NoReturn:
    line_col = doc.locate(path)
    raise RuleDataError(
        message,
        path=path,
        file=doc.name,
        line=line_col[0] if line_col else None,
        column=line_col[1] if line_col else None,
    )


#: The keys of every ``ipprules rules VIEW --format json`` envelope.
_VIEW_KEYS = frozenset({"rulebook", "as_of", "interpretation", "view", "data"})


#: The keys ``rules section NAME --format json`` prints, and the ``replace`` list a user may
#: add to it: any other key is refused when it is read back (it would be dropped unread).
_SECTION_KEYS = _VIEW_KEYS | {
    "rulebook_version",
    "rulebook_date",
    "section",
    "sources",
    "other_readings",
    "other_answers",
    "notes",
    "replace",
}


@attrs.frozen
class _SectionOutput:
    """``rules section NAME --format json`` read as a file ``{NAME: data, sources}``: the same
    records (and the sources they cite), with lines found where the envelope holds them
    (``$.NAME[0]`` is ``$.data[0]``). A ``replace`` list the user adds to it is kept (a
    section replaced instead of merged), not dropped with the envelope's other keys."""

    doc: "Document"
    section: str

    @property
    def name(self) -> str:
        return self.doc.name

    @property
    def data(self) -> dict[str, Any]:
        sources = self.doc.data.get("sources", [])
        kept = {k: self.doc.data[k] for k in ("replace",) if k in self.doc.data}
        return {**kept, "sources": sources, self.section: self.doc.data["data"]}

    def locate(self, path: str) -> tuple[int, int] | None:
        head = f"$.{self.section}"
        if path == head or path.startswith((f"{head}.", f"{head}[")):
            path = "$.data" + path[len(head) :]
        return self.doc.locate(path)


def _section_output(doc: "Document") -> "Document | _SectionOutput":
    """``doc``, or, when it is a ``rules`` view's JSON, the records it holds: those of
    ``rules section NAME`` (their section named in the envelope); any other view's refused."""
    data = doc.data
    if not isinstance(data, dict) or not data.keys() >= _VIEW_KEYS:
        return doc
    view, section = data.get("view"), data.get("section")
    if view == "section" and section in SECTIONS and isinstance(data["data"], list):
        added = next((key for key in data if key not in _SECTION_KEYS), None)
        if added is not None:  # read back, it would be dropped with the envelope: say so
            _refuse(
                doc,
                f"$.{added}" if isinstance(added, str) and added.isidentifier() else "$",
                f"unknown key {shown_value(added)} in what `ipprules rules section "
                f"{section} --format json` prints: read back as a rules file, only its "
                "`data`, `sources` and a `replace` list added to it are read; write "
                f"{shown_value(added)} in a rules file of its own",
            )
        return _SectionOutput(doc, str(section))
    said = f"ipprules rules {view} --format json" if isinstance(view, str) else "ipprules rules"
    again = " (print it again: it now names its section)" if view == "section" else ""
    _refuse(
        doc,
        "$",
        f"this is what `{said}` prints, not a rules file{again}: of the `rules` views only "
        "`ipprules rules section NAME --format json` prints records that read back as a "
        "rules file (those of section NAME in force on its date)",
    )


def _stated_classes(doc: "Document | _SectionOutput") -> Any:
    """The file's data, where a reason code's ``severity = "unknown"`` (as ``rules section``
    prints a class no file states) is left out, as not stating the class; a code that states
    its class and names a file that gives it none (``severity_unstated_in``) is refused."""
    data = doc.data
    raw = data.get("reason_codes") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        return data
    codes = []
    for i, item in enumerate(raw):
        if isinstance(item, dict) and item.get("severity") == "unknown":
            item = {k: v for k, v in item.items() if k != "severity"}
        elif isinstance(item, dict) and "severity" in item and item.get("severity_unstated_in"):
            _refuse(
                doc,  # type: ignore[arg-type]
                f"$.reason_codes[{i}].severity_unstated_in",
                "a code that states its severity has no file that gives it none: leave out "
                'severity_unstated_in, or write severity = "unknown"',
            )
        codes.append(item)
    return {**data, "reason_codes": codes}


def _mark_unstated_classes(override: RuleBookOverride, doc: "Document") -> None:
    """Mark the reason codes of ``override`` whose records give no ``severity`` (or
    ``"unknown"``): their class is the model's default, not the file's word, so it is
    ``unknown`` (:attr:`ReasonCode.severity_unstated_in`, this file)."""
    raw = doc.data.get("reason_codes") if isinstance(doc.data, dict) else None
    if not isinstance(raw, list):
        return
    for item, code in zip(raw, override.reason_codes, strict=False):
        if isinstance(item, dict) and item.get("severity", "unknown") == "unknown":
            object.__setattr__(code, "severity_unstated_in", doc.name)


def merge_override(
    base: RuleBookData, base_origins: OriginMap, override: RuleBookOverride, doc: "Document"
) -> tuple[RuleBookData, OriginMap]:
    """A new rule book: ``base`` with ``override`` applied, validated as a whole."""
    require_instance(base, RuleBookData, "base")
    require_instance(override, RuleBookOverride, "override")
    changes: dict[str, Any] = {}
    origins: OriginMap = dict(require_mapping(base_origins, "base_origins"))
    override = _noted_facts(base, override, doc)
    for section in ("sources", "interpretations", *SECTIONS):
        mine: Sequence[Any] = getattr(override, section)
        if not mine and section not in override.replace:
            continue
        theirs: Sequence[Any] = getattr(base, section)
        their_origins = base_origins[section]
        if section in override.replace:
            keep: list[int] = []
        elif section in ("sources", "interpretations"):
            replaced = {item.id for item in mine}
            keep = [i for i, item in enumerate(theirs) if item.id not in replaced]
        else:
            replaced_keys = {(item.id, item.interpretation) for item in mine}
            keep = [
                i
                for i, item in enumerate(theirs)
                if (item.id, item.interpretation) not in replaced_keys
            ]
        changes[section] = tuple(theirs[i] for i in keep) + tuple(mine)
        origins[section] = tuple(their_origins[i] for i in keep) + tuple(
            Origin(doc.name, f"$.{section}[{i}]", doc.locate) for i in range(len(mine))
        )
    if override.rule_sources:
        changes["rule_sources"], origins["rule_sources"] = _merged_rule_sources(
            base, base_origins, override, doc
        )
    name = override.name or f"{base.name} + {Path(doc.name).name}"
    version = override.version or base.version
    merged = attrs.evolve(base, name=name, version=version, **changes)
    try:
        validate(merged, origins)
    except RuleDataError as exc:
        # The base was valid: whatever is wrong now is the override's doing, so every
        # problem is reported against the user's file (where it was found is kept).
        raise RuleDataError(
            problems=[_against_override(p, doc, override) for p in exc.problems]
        ) from None
    return merged, origins


def _noted_facts(
    base: RuleBookData, override: RuleBookOverride, doc: "Document"
) -> RuleBookOverride:
    """The override, a reason code of which lists a fact one slip from a fact the base's codes
    list (and which no code of the book lists) noted so, with where it is and the fact meant:
    facts are an open vocabulary (a file may name new ones, which ``advise --fact`` then
    takes), so a near miss is a note, not a refusal."""
    known = {f for code in base.reason_codes for f in code.facts}
    mine = {f for code in override.reason_codes for f in code.facts}
    codes = list(override.reason_codes)
    for i, code in enumerate(codes):
        said = []
        for j, fact in enumerate(code.facts):
            near = did_you_mean(fact, sorted(known)) if fact not in known else ""
            if near and sum(fact in c.facts for c in codes) == 1 and fact in mine:
                path = f"$.reason_codes[{i}].facts[{j}]"
                where = doc.locate(path)
                at = f"{doc.name}:{where[0]}" if where else doc.name
                said.append(f"fact {fact!r} ({at}, {path}) is listed by no other code{near}")
        said = [n for n in said if n.split(" (")[0] not in code.note]  # read back: said once
        if said:
            note = "; ".join(said) + (f". {code.note}" if code.note else "")
            codes[i] = attrs.evolve(code, note=note)
    return attrs.evolve(override, reason_codes=tuple(codes)) if codes else override


def _merged_rule_sources(
    base: RuleBookData, base_origins: OriginMap, override: RuleBookOverride, doc: "Document"
) -> tuple[dict[str, tuple[str, ...]], tuple[Origin, ...]]:
    """The base's sources of each rule, those the override names for a rule replacing them,
    with where each was read."""
    where = dict(zip(base.rule_sources, base_origins.get("rule_sources", ()), strict=False))
    merged = dict(base.rule_sources)
    for rule, sources in override.rule_sources.items():
        merged[rule] = sources
        where[rule] = Origin(doc.name, f"$.rule_sources.{rule}", doc.locate)
    return merged, tuple(where[rule] for rule in merged)


def _against_override(problem: Problem, doc: "Document", override: RuleBookOverride) -> Problem:
    if problem.file == doc.name:
        return problem
    path = "$.replace" if override.replace else "$"
    where = doc.locate(path)
    return Problem(
        f"the override breaks the rule book's own data: {problem.message} (at {problem.where()})",
        path,
        doc.name,
        where[0] if where else None,
        where[1] if where else None,
    )
