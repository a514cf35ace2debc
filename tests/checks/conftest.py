"""Collects the check case suite: ``cases/*.toml``, each a base plan and cases as data.

A case file::

    ignore = ["document-quality-unknown"]   # optional: codes this file does not look at
    [plan]                      # the base plan (clean: see the "clean" case)
    as_of = 2026-11-23
    [plan.account]
    ...

    [[case]]
    name = "clean"
    expect = []                 # the exact set of finding codes

    [[case]]
    name = "trademark expired the day before"
    as_of = 2026-11-23          # optional: the as-of date (default: the plan's)
    interpretation = "official" # optional (default: the rule book's default)
    set = { "rights[0].expiry_date" = 2026-11-22 }   # changes to the base plan
    unset = ["rights[0].documents"]                  # keys removed from the base plan
    expect = ["right-expired"]
    paths = ["right-expired@$.complaints[0].right"]  # optional: code@path that must be found
    messages = ["expired on 2026-11-22"]            # optional: text some finding's message has
    absent = ["expires on"]                         # optional: text no finding's message has

    [[case]]
    name = "a full batch"
    generate = { "complaints[0].listings" = { template = "https://item.taobao.com/item.htm?id={n}", start = 600000000000, count = 300 } }
    expect = ["new-filer-large-batch"]

``set`` paths are dotted keys and ``[n]`` indices into the plan data; an index
equal to the length of a list appends. ``generate`` fills a list with ``count``
strings from a template over ``n = start, start + 1, ...``. Each case is one
pytest item.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from ipprules.checks import check, plan_from_data

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    out: list[str | int] = []
    for part in path.split("."):
        pos = 0
        while pos < len(part):
            m = _STEP.match(part, pos)
            if m is None:
                raise ValueError(f"bad case path {path!r}")
            out.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
            pos = m.end()
    return out


def _walk(data: Any, steps: list[str | int]) -> Any:
    for step in steps:
        data = data[step] if isinstance(step, int) else data.setdefault(step, {})
    return data


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at ``path`` (appending when the index equals the list's length)."""
    steps = _steps(path)
    parent = _walk(data, steps[:-1])
    last = steps[-1]
    if isinstance(last, int) and last == len(parent):
        parent.append(copy.deepcopy(value))
    else:
        parent[last] = copy.deepcopy(value)


def unset_path(data: dict[str, Any], path: str) -> None:
    steps = _steps(path)
    parent = _walk(data, steps[:-1])
    del parent[steps[-1]]


def build_case(base: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    """The plan data of one case: the base plan with the case's changes."""
    data = copy.deepcopy(base)
    for path in case.get("unset", []):
        unset_path(data, path)
    for path, value in case.get("set", {}).items():
        set_path(data, path, value)
    for path, spec in case.get("generate", {}).items():
        start = spec.get("start", 0)
        items = [spec["template"].format(n=n) for n in range(start, start + spec["count"])]
        set_path(data, path, items)
    return data


def load_cases(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return raw["plan"], raw["case"]


def run_case(
    base: dict[str, Any], case: dict[str, Any], ignore: Sequence[str] = ()
) -> tuple[set[str], set[str], list[str]]:
    """The finding codes, ``code@path`` strings and messages of one case (codes in
    ``ignore`` left out)."""
    plan = plan_from_data(build_case(base, case))
    as_of: dt.date | None = case.get("as_of")
    report = check(plan, as_of=as_of, interpretation=case.get("interpretation"))
    found = [f for f in report.findings if f.code not in ignore]
    return (
        {f.code for f in found},
        {f"{f.code}@{f.path}" for f in found},
        [f.message for f in found],
    )


def ignored_codes(path: Path) -> list[str]:
    """The codes a case file says it does not look at (its top-level ``ignore``)."""
    ignore: list[str] = tomllib.loads(path.read_text(encoding="utf-8")).get("ignore", [])
    return ignore


class CaseFile(pytest.File):
    def collect(self):  # type: ignore[no-untyped-def]
        base, cases = load_cases(self.path)
        ignore = ignored_codes(self.path)
        seen: set[str] = set()
        for case in cases:
            name = case["name"]
            if name in seen:
                raise ValueError(f"{self.path}: case name {name!r} repeats")
            seen.add(name)
            yield CaseItem.from_parent(self, name=name, base=base, case=case, ignore=ignore)


class CaseItem(pytest.Item):
    def __init__(
        self, *, base: dict[str, Any], case: dict[str, Any], ignore: list[str], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.base = base
        self.case = case
        self.ignore = ignore

    def runtest(self) -> None:
        codes, located, messages = run_case(self.base, self.case, self.ignore)
        expected = set(self.case["expect"])
        if codes != expected:
            raise CaseMismatch(
                f"expected {sorted(expected)}\n     got {sorted(codes)}\n"
                f"  missing {sorted(expected - codes)}, unexpected {sorted(codes - expected)}"
            )
        missing = set(self.case.get("paths", [])) - located
        if missing:
            raise CaseMismatch(f"not found: {sorted(missing)}\n  found: {sorted(located)}")
        unsaid = [m for m in self.case.get("messages", []) if not any(m in x for x in messages)]
        if unsaid:
            raise CaseMismatch(f"no message says {unsaid}\n  messages: {messages}")
        said = [m for m in self.case.get("absent", []) if any(m in x for x in messages)]
        if said:
            raise CaseMismatch(f"a message says {said}\n  messages: {messages}")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, CaseMismatch):
            return f"case {self.name!r}: {excinfo.value}"
        return super().repr_failure(excinfo)  # type: ignore[return-value]

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"case: {self.name}"


class CaseMismatch(Exception):
    """A case's findings differ from what it expects."""


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> CaseFile | None:
    if file_path.suffix == ".toml" and file_path.parent.name == "cases":
        return CaseFile.from_parent(parent, path=file_path)  # type: ignore[no-any-return]
    return None
