"""Planner A/B in one process: a base checkout's planner engine against this one, same run.

On a shared machine, separate runs of ``benchmarks/plan.py`` differ by 5-10% between
identical code (issue #14's ratio moved from 2.0x to 2.4x with no change), more than most
changes to the planner move it. This script loads the planner engine of a base checkout
(``--base DIR``: ``DIR/src/ipprules/planner/engine.py``, for instance a worktree of main made
with ``git worktree add --detach /tmp/base main``) beside this checkout's, both on this
checkout's parser, checks and rule book, and times them on the same pile in the same process:
round by round the parser alone, each engine streaming its outcomes and each keeping them, the
order rotated each round. Before timing, it asserts that both engines give the same outcomes,
complaints, plan, report and counts.

Printed, in CPU time of the process (``time.process_time``), medians of ``--rounds`` rounds
with their spread: each figure's ratio to the parse time of its own round (the figure of
``benchmarks/plan.py``), the paired ratio new/base round by round, and the reading loop
(``_read``) and the work after it apart. Only ``engine.py`` is swapped: a change elsewhere
(the parser, the checks) is in both sides. With ``--phases``, the reading loop and each
function of the work after it (``PHASES``) are also timed apart, in each run, and paired
round by round, mode by mode: a change after the loop moves a whole run by about 1%, inside
the run's noise, but its own phase by far more. With ``--parsed``, both engines look each
line's answer up in a table of ``parse_listing``'s answers made before timing (``Parsed``)
instead of parsing it: the reading loop's own work, about 0.4 s of its 0.75 s on 200,000
lines, is then timed and paired without the parse's time and noise in it (the planner's
ratio to the parse is then no figure of ``benchmarks/plan.py``).

Run: ``python benchmarks/plan_ab.py --base /tmp/base`` (200,000 lines, 11 rounds, about
two minutes) or ``--n 20000 --rounds 3`` (a smoke run).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from plan import ACCOUNT, DAY, pile

import ipprules.planner.engine as this_engine
from ipprules.listings import parse_listing
from listings import fail

#: the engine function whose time is the reading loop (the rest of a run is the work after it)
READ = "_read"

#: with ``--phases``: the reading loop and the engine functions of the work after it, each
#: timed apart and paired round by round, mode by mode (a change after the loop moves a whole
#: run by about 1%, within its noise, but its own phase by far more)
PHASES = (READ, "_complaints", "_check", "_emit_planned")


def load_engine(base: Path) -> ModuleType:
    """The planner engine of the checkout at ``base``, as a module of its own (named
    ``_base_planner_engine``) importing this checkout's other modules."""
    path = base / "src" / "ipprules" / "planner" / "engine.py"
    if not path.is_file():
        fail(f"{base}: no src/ipprules/planner/engine.py (give a checkout of the project)")
    spec = importlib.util.spec_from_file_location("_base_planner_engine", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Parsed(dict[str, Any]):
    """``parse_listing``'s answer for each text, made once: an engine's ``parse_listing``
    while ``--parsed`` runs. A text not in it (the check parses the complaints' canonical URLs
    again) is parsed, and not kept."""

    def __missing__(self, text: str) -> Any:
        return parse_listing(text)


def looking_up(engine: ModuleType, parsed: Parsed) -> Callable[..., Any]:
    """Make ``engine`` read each text's answer from ``parsed``; its ``parse_listing`` as it
    was (to be put back)."""
    function: Callable[..., Any] = engine.parse_listing
    engine.parse_listing = parsed.__getitem__
    return function


def timing_reads(engine: ModuleType, into: list[float]) -> Callable[..., Any]:
    """Make ``engine``'s reading loop append its CPU time to ``into`` on each call; the
    loop as it was (to be put back)."""
    return timing(engine, READ, into)


def timing(engine: ModuleType, name: str, into: list[float]) -> Callable[..., Any]:
    """Make ``engine``'s function ``name`` append its CPU time to ``into`` on each call; the
    function as it was (to be put back)."""
    function: Callable[..., Any] = getattr(engine, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            into.append(time.process_time() - start)

    setattr(engine, name, timed)
    return function


def run(engine: ModuleType, urls: Sequence[str], *, keep: bool) -> Any:
    """``engine.plan_listings`` over ``urls`` for the benchmark's account, as plan.py runs it
    (``keep`` False: outcomes streamed to a callable that drops them)."""
    settings = engine.Settings(reason="tm_counterfeit")
    reconcile = None if keep else _discard
    return engine.plan_listings(urls, ACCOUNT, as_of=DAY, settings=settings, reconcile=reconcile)


def _discard(_outcome: object) -> None:
    return None


def parse_only(urls: Sequence[str]) -> None:
    parse = parse_listing
    for url in urls:
        parse(url)


def answers(result: Any) -> tuple[Any, ...]:
    """What a user reads of a result, comparable across the two engines' classes."""
    return (
        [tuple(outcome) for outcome in result.outcomes],
        [planned.as_dict() for planned in result.complaints],
        result.plan,
        result.report,
        result.counts(),
        result.rejected_by_code(),
        result.notes,
    )


def same_answers(base: ModuleType, new: ModuleType, urls: Sequence[str]) -> None:
    """Stop (exit code 2) unless both engines answer alike, kept and streamed."""
    for keep in (True, False):
        if answers(run(base, urls, keep=keep)) != answers(run(new, urls, keep=keep)):
            fail(f"the two engines answer differently ({'kept' if keep else 'streamed'})")


def spread(values: Sequence[float]) -> str:
    return f"{statistics.median(values):.3f} [{min(values):.3f}-{max(values):.3f}]"


def measure(
    base: ModuleType,
    new: ModuleType,
    urls: Sequence[str],
    rounds: int,
    phases: Sequence[str] = (),
    parsed: Parsed | None = None,
) -> dict[str, list[float]]:
    """CPU seconds of each job, round by round (order rotated each round), and of the two
    engines' reading loops (``base read``, ``new read``, in the order they ran); with
    ``phases`` (engine function names), each one's CPU seconds in each engine job, summed
    over its calls in the job (``base streamed _check``...), round by round; with ``parsed``,
    the engines look the texts' answers up in it (:func:`looking_up`)."""
    jobs: list[tuple[str, Callable[[], object]]] = [
        ("parse", lambda: parse_only(urls)),
        ("base streamed", lambda: run(base, urls, keep=False)),
        ("new streamed", lambda: run(new, urls, keep=False)),
        ("base kept", lambda: run(base, urls, keep=True)),
        ("new kept", lambda: run(new, urls, keep=True)),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in jobs}
    times["base read"], times["new read"] = [], []
    reads = {"base": times["base read"], "new": times["new read"]}
    loops = [
        (engine, READ, timing_reads(engine, reads[side]))
        for side, engine in (("base", base), ("new", new))
    ]
    calls: dict[str, list[float]] = {phase: [] for phase in phases}  # of the job running
    for engine in (base, new):
        loops += [(engine, phase, timing(engine, phase, calls[phase])) for phase in phases]
        if parsed is not None:
            loops.append((engine, "parse_listing", looking_up(engine, parsed)))
    try:
        for round_no in range(rounds):
            turn = round_no % len(jobs)
            for name, job in jobs[turn:] + jobs[:turn]:
                gc.collect()
                for spent in calls.values():
                    spent.clear()
                start = time.process_time()
                kept = job()
                times[name].append(time.process_time() - start)
                del kept  # freed outside the timed region, as plan.py does
                for phase, spent in calls.items():
                    if name != "parse":
                        times.setdefault(f"{name} {phase}", []).append(sum(spent))
    finally:  # this checkout's engine as it was, for whatever runs next in the process
        for engine, name, function in reversed(loops):
            setattr(engine, name, function)
    return times


def report(times: dict[str, list[float]]) -> list[str]:
    """The lines printed: ratios to each round's parse time, paired new/base, phases."""
    parse = times["parse"]
    out = [f"parser alone (baseline)   {spread(parse)} s CPU"]
    for mode in ("streamed", "kept"):
        old, new = times[f"base {mode}"], times[f"new {mode}"]
        out.append(
            f"outcomes {mode:8s}  base {spread(old)} s = "
            f"{spread([t / p for t, p in zip(old, parse, strict=True)])}x the parse; "
            f"new {spread(new)} s = {spread([t / p for t, p in zip(new, parse, strict=True)])}x"
        )
        out.append(
            f"   paired new/base, round by round: "
            f"{spread([b / a for a, b in zip(old, new, strict=True)])}"
        )
    for mode in ("streamed", "kept"):
        for phase in sorted({key.rpartition(" ")[2] for key in times if key.count(" ") == 2}):
            old, new = times[f"base {mode} {phase}"], times[f"new {mode} {phase}"]
            paired = [b / a if a else 1.0 for a, b in zip(old, new, strict=True)]
            out.append(
                f"   {phase} ({mode}): base {spread(old)} s, new {spread(new)} s, "
                f"paired new/base {spread(paired)}"
            )
    for side in ("base", "new"):
        runs = times[f"{side} streamed"] + times[f"{side} kept"]
        out.append(
            f"{side}: reading loop {spread(times[f'{side} read'])} s, the whole run "
            f"{spread(runs)} s (both modes)"
        )
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Run the A/B (``argv``: the command line's arguments, default ``sys.argv``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--base",
        required=True,
        type=Path,
        help="a checkout whose src/ipprules/planner/engine.py is the engine compared against",
    )
    parser.add_argument("--n", type=int, default=200_000, help="lines of the built pile")
    parser.add_argument("--rounds", type=int, default=11, help="rotated rounds (default 11)")
    parser.add_argument("--seed", type=int, default=20240501, help="seed of the built pile")
    parser.add_argument(
        "--phases",
        action="store_true",
        help=f"also time the loop and the work after it phase by phase ({', '.join(PHASES)})",
    )
    parser.add_argument(
        "--parsed",
        action="store_true",
        help="the engines look each line's answer up, parsed before timing: the loop's own work",
    )
    args = parser.parse_args(argv)
    if args.n < 1 or args.rounds < 1:
        parser.error("--n and --rounds must be at least 1")
    base = load_engine(args.base)
    urls = pile(args.n, args.seed)
    same_answers(base, this_engine, urls)
    print(f"{args.n:,} lines, {args.rounds} rotated rounds, CPU time; the same answers: yes")
    phases = PHASES if args.phases else ()
    parsed = (
        Parsed((text, parse_listing(text)) for text in map(str.strip, urls))
        if args.parsed
        else None
    )
    if parsed is not None:
        print("the engines look the lines' answers up, parsed before timing (--parsed)")
    for line in report(measure(base, this_engine, urls, args.rounds, phases, parsed)):
        print("   " + line)


if __name__ == "__main__":
    main()
