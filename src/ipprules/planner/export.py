"""Writing a planning result: ready-to-paste files, a manifest, and a plan file for checks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Any

from ipprules._convert import unstructure
from ipprules._dates import rulebook_keys
from ipprules.errors import InputError, plain
from ipprules.planner.engine import RECORD_COLUMNS, LineOutcome, PlanningResult, Status

__all__ = [
    "MANIFEST_COLUMNS",
    "RECONCILIATION_FILES",
    "ReconciliationFiles",
    "complaint_file",
    "export",
    "manifest_rows",
]

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
    """One row per complaint, in filing order.

    >>> import ipprules
    >>> from ipprules.planner import plan_listings, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(read_lines("examples/planner-urls.csv"), plan)
    >>> from ipprules.planner import manifest_rows
    >>> row = manifest_rows(result)[0]
    >>> row["complaint"], row["file"], row["listings"], row["confidence"]
    ('c001', 'c001-taobao-tm_counterfeit.txt', 1, '0.950')
    """
    from ipprules._args import require_instance

    require_instance(result, PlanningResult, "result")
    rows = []
    for planned in result.complaints:
        c = planned.complaint
        rows.append(
            {
                "complaint": c.id,
                "file": complaint_file(c.id, c.platform, c.reason),
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


def complaint_file(*parts: str) -> str:
    """The name of a complaint's file in ``--out``: its id, platform and reason code joined by
    ``-``, each cut to 60 characters, a character other than a letter, a digit, ``.``, ``_``
    or ``-`` written ``_``: a reason code of a rules override (``../x``, ``a/b``, 300
    characters) names a file inside the folder, never a path out of it or too long.

    >>> complaint_file("c001", "taobao", "tm_counterfeit"), complaint_file("c2", "taobao", "../x")
    ('c001-taobao-tm_counterfeit.txt', 'c2-taobao-.._x.txt')
    """
    safe = ("".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in p[:60]) for p in parts)
    return "-".join(safe) + ".txt"


#: The files of the line-by-line reconciliation, and their columns.
RECONCILIATION_FILES: dict[str, tuple[str, ...]] = {
    "reconciliation.csv": RECORD_COLUMNS,
    "rejections.csv": ("line", "url", "code", "message"),
    "duplicates.csv": ("line", "url", "duplicate_of", "canonical_url"),
}


def _folder(folder: str | Path) -> Path:
    out = Path(plain(folder) if isinstance(folder, str) else folder)  # not a subclass's __str__
    if "\0" in str(out):  # every os call said "embedded null byte", a bare ValueError
        raise InputError("a folder name cannot contain a NUL character", file=repr(str(out)))
    try:
        out.stat()  # a name too long or not encodable: an OSError or ValueError below
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        raise InputError(
            f"cannot use the folder: {getattr(exc, 'strerror', None) or exc}", file=str(out)
        ) from None
    if out.exists() and not out.is_dir():  # a file, /dev/full: "File exists" said nothing
        raise InputError(
            "exists and is not a folder: give a new or an existing folder", file=str(out)
        )
    if out.is_symlink() and not out.exists():  # mkdir said "File exists"
        raise InputError(
            "a link to a folder that does not exist: give a new or an existing folder",
            file=str(out),
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the folder: {exc.strerror or exc}", file=str(out)
        ) from None
    return out


class ReconciliationFiles:
    """Writes what became of each line as outcomes come: every line to ``reconciliation.csv``,
    rejected lines also to ``rejections.csv`` and duplicates to ``duplicates.csv``.

    Give it to :func:`~ipprules.planner.plan_listings` as ``reconcile`` so nothing is kept
    per line; rows come in the order outcomes are decided (rejections and duplicates in
    input order, then planned lines in filing order): sort by ``line`` for input order.

    >>> import tempfile
    >>> from ipprules.planner import LineOutcome, Status
    >>> with ReconciliationFiles(tempfile.mkdtemp()) as files:
    ...     files(LineOutcome(1, "x", Status.REJECTED, code="listing:not-a-url", message="no"))
    >>> files.counts
    {'reconciliation.csv': 1, 'rejections.csv': 1, 'duplicates.csv': 0}
    """

    def __init__(self, folder: str | Path) -> None:
        out = _folder(folder)
        self.paths = [out / name for name in RECONCILIATION_FILES]
        self.counts = dict.fromkeys(RECONCILIATION_FILES, 0)
        self._handles: list[IO[str]] = []
        try:
            for path in self.paths:
                self._handles.append(path.open("w", encoding="utf-8", newline=""))
        except OSError as exc:
            self.close()
            raise _cannot_write(out, exc) from None
        writers = [csv.writer(h) for h in self._handles]
        for writer, columns in zip(writers, RECONCILIATION_FILES.values(), strict=True):
            writer.writerow(columns)
        self._all, self._rejected, self._duplicate = (w.writerow for w in writers)

    def __call__(self, outcome: LineOutcome) -> None:
        self._all(outcome)
        status = outcome[2]
        if status is Status.REJECTED:
            self._rejected((outcome[0], outcome[1], outcome[5], outcome[6]))
            self.counts["rejections.csv"] += 1
        elif status is Status.DUPLICATE:
            self._duplicate((outcome[0], outcome[1], outcome[4], outcome[7]))
            self.counts["duplicates.csv"] += 1
        self.counts["reconciliation.csv"] += 1

    def close(self) -> None:
        for handle in self._handles:
            handle.close()

    def __enter__(self) -> ReconciliationFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def export(result: PlanningResult, folder: str | Path) -> list[Path]:
    """Write the result into ``folder`` (created if needed) and return the files written.

    - ``<id>-<platform>-<reason>.txt``: one canonical URL per line, as the portal takes them;
    - ``manifest.json`` and ``manifest.csv``: one row per complaint;
    - ``reconciliation.csv``: what became of every input line, ``rejections.csv`` the rejected
      lines and ``duplicates.csv`` the duplicates (see :class:`ReconciliationFiles`; not
      written here when the outcomes were streamed, since the stream wrote them);
    - ``plan.json``: the account, rights and complaints, a plan ``ipprules check`` accepts.

    >>> import ipprules
    >>> from ipprules.planner import plan_listings, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(read_lines("examples/planner-urls.csv"), plan)
    >>> import tempfile
    >>> from ipprules.planner import export
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     names = [path.name for path in export(result, folder)]
    >>> names[0]
    'c001-taobao-tm_counterfeit.txt'
    >>> names[-6:]  # doctest: +NORMALIZE_WHITESPACE
    ['manifest.json', 'manifest.csv', 'reconciliation.csv', 'rejections.csv',
     'duplicates.csv', 'plan.json']
    """
    from ipprules._args import require_instance

    require_instance(result, PlanningResult, "result")
    out = _folder(folder)
    written: list[Path] = []
    rows = manifest_rows(result)
    for planned, row in zip(result.complaints, rows, strict=True):
        written.append(_write(out / row["file"], "\n".join(planned.complaint.listings)))
    manifest = {
        "as_of": result.as_of.isoformat(),
        "rulebook": result.rulebook,
        **rulebook_keys(result.rulebook_version),
        "interpretation": result.interpretation,
        "strategy": result.settings.strategy.value,
        "counts": result.counts(),
        "rejected_by_code": result.rejected_by_code(),
        "complaints": rows,
    }
    written.append(
        _write(out / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    )
    table = io.StringIO()
    writer = csv.DictWriter(table, fieldnames=MANIFEST_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    written.append(_write(out / "manifest.csv", table.getvalue(), csv_text=True))
    if not result.streamed:
        with ReconciliationFiles(out) as files:
            for outcome in result.outcomes:
                files(outcome)
        written.extend(files.paths)
    plan = json.dumps(unstructure(result.plan), indent=2, ensure_ascii=False)
    written.append(_write(out / "plan.json", plan))
    return written


def _write(path: Path, text: str, csv_text: bool = False) -> Path:
    """``path`` written with ``text`` (and a line end, but for a CSV's text, which ends in its
    own and is written as it is); an OSError (a directory at its name, a full disk) is the
    InputError the reconciliation files raise (:func:`_cannot_write`)."""
    try:
        with path.open("w", encoding="utf-8", newline="" if csv_text else None) as handle:
            handle.write(text if csv_text else text + "\n")
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    return path


def _cannot_write(path: Path, exc: OSError) -> InputError:
    """The error for a file (or folder) ``path`` that cannot be written, with the OS's why."""
    return InputError(f"cannot write the file: {exc.strerror or exc}", file=str(path))
