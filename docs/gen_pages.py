"""Pages generated from the data before the Sphinx build (never edited by hand)."""

from __future__ import annotations

from pathlib import Path

from ipprules.rulebook import NOT_ENCODED, default_rulebook
from ipprules.rulebook.model import SECTIONS


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def rules_table() -> str:
    """Every rule of the embedded rule book with its dates, interpretation and sources."""
    book = default_rulebook()
    lines = [
        "# Every rule, with its dates and sources",
        "",
        f"Generated from *{book.label}*; coverage from {book.coverage_from}. "
        "`interpretation` is empty for records that hold in every interpretation "
        "(the brief's default reading); a named record overrides them under that name. "
        "Dates are inclusive from, exclusive until; `trial` is the date trial accounts "
        "got the rule early.",
        "",
    ]
    for section in SECTIONS:
        records = book.records(section)
        lines += [
            f"## {section.replace('_', ' ').capitalize()} ({len(records)})",
            "",
            "| id | interpretation | from | until | trial | confidence | rules | sources |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for r in sorted(records, key=lambda r: (r.id, r.interpretation or "", r.effective_from)):
            lines.append(
                "| "
                + " | ".join(
                    _cell(v)
                    for v in (
                        f"`{r.id}`",
                        r.interpretation,
                        r.effective_from,
                        r.effective_until,
                        r.trial_from,
                        r.confidence.value,
                        ", ".join(r.rules),
                        ", ".join(r.sources),
                    )
                )
                + " |"
            )
        lines.append("")
    lines += [
        f"## Not encoded ({len(NOT_ENCODED)})",
        "",
        "Rules of the domain reference deliberately left out: background with nothing to answer.",
        "",
        "| rule | why |",
        "|---|---|",
        *(f"| {rule_id} | {_cell(why)} |" for rule_id, why in NOT_ENCODED.items()),
        "",
    ]
    return "\n".join(lines)


def sources_table() -> str:
    """Every source the rule book cites."""
    book = default_rulebook()
    lines = [
        "# Sources",
        "",
        "Every source id used in the rule data, with its kind and address.",
        "",
        "| id | kind | title | address |",
        "|---|---|---|---|",
    ]
    for s in book.sources.values():
        url = f"<{s.url}>" if s.url else ""
        lines.append(f"| {s.id} | {s.kind.value} | {_cell(s.title)} | {url} |")
    return "\n".join(lines) + "\n"


def write_all(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    import gen_api
    import gen_rendered

    gen_api.write_api(folder / "api")
    gen_rendered.write_rendered(folder / "rendered")
    pages = {"rules-table.md": rules_table(), "sources.md": sources_table()}
    from ipprules.checks import catalogue_markdown

    pages["findings.md"] = catalogue_markdown()
    for name, text in pages.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def write_inventories(folder: Path) -> None:
    """The intersphinx inventories (Python, attrs, pandas), built offline; see gen_api."""
    import gen_api

    gen_api.write_inventories(folder)
