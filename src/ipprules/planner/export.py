"""Writing a planning result: ready-to-paste files, a manifest, and a plan file for checks."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ipprules._convert import unstructure
from ipprules.errors import InputError
from ipprules.planner.engine import PlanningResult

__all__ = ["MANIFEST_COLUMNS", "export", "manifest_rows"]

MANIFEST_COLUMNS = (
    "complaint",
    "file",
    "platform",
    "right",
    "reason",
    "target",
    "channel",
    "listings",
    "order_number",
    "quarantined",
    "confidence",
)


def manifest_rows(result: PlanningResult) -> list[dict[str, Any]]:
    """One row per complaint, in filing order."""
    from ipprules._args import require_instance

    require_instance(result, PlanningResult, "result")
    rows = []
    for planned in result.complaints:
        c = planned.complaint
        rows.append(
            {
                "complaint": c.id,
                "file": f"{c.id}-{c.platform}-{c.reason}.txt",
                "platform": c.platform,
                "right": c.right,
                "reason": c.reason,
                "target": c.target.value,
                "channel": c.channel.value,
                "listings": len(c.listings),
                "order_number": c.order_number or "",
                "quarantined": planned.quarantined,
                "confidence": f"{float(planned.confidence):.3f}"
                if planned.confidence is not None
                else "",
            }
        )
    return rows


def export(result: PlanningResult, folder: str | Path) -> list[Path]:
    """Write the result into ``folder`` (created if needed) and return the files written.

    - ``<id>-<platform>-<reason>.txt``: one canonical URL per line, as the portal takes them;
    - ``manifest.json`` and ``manifest.csv``: one row per complaint;
    - ``reconciliation.csv``: what became of every input line;
    - ``plan.json``: the account, rights and complaints, a plan ``ipprules check`` accepts.
    """
    from ipprules._args import require_instance

    require_instance(result, PlanningResult, "result")
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the folder: {exc.strerror or exc}", file=str(out)
        ) from None
    written: list[Path] = []
    rows = manifest_rows(result)
    for planned, row in zip(result.complaints, rows, strict=True):
        path = out / row["file"]
        path.write_text("\n".join(planned.complaint.listings) + "\n", encoding="utf-8")
        written.append(path)
    manifest = {
        "as_of": result.as_of.isoformat(),
        "rulebook": result.rulebook,
        "interpretation": result.interpretation,
        "strategy": result.settings.strategy.value,
        "counts": result.counts(),
        "complaints": rows,
    }
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(path)
    path = out / "manifest.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    written.append(path)
    path = out / "reconciliation.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        records = result.to_records()
        writer = csv.DictWriter(handle, fieldnames=list(records[0]) if records else ["line"])
        writer.writeheader()
        writer.writerows(records)
    written.append(path)
    path = out / "plan.json"
    path.write_text(
        json.dumps(unstructure(result.plan), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    written.append(path)
    return written
