"""Ctrl-C while ``--workers N`` starts its local cluster (the first seconds of the run): it was
ignored then (SIGINT was set to be ignored for the whole start-up, so that the worker
processes inherit it), and the run went on to the end, wrote its output and exited 1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from _signals import default_sigint
from ipprules.scale import cli as scale_cli

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # (distributed requires it)

ROOT = Path(__file__).parents[2]


def _running(pid: int) -> bool:
    """Whether the Python of the process ``pid`` has set up its SIGINT (caught, or ignored
    as it was inherited): a Ctrl-C from then on is a ``KeyboardInterrupt`` there, unless
    ignored or blocked (before, it only ends the process, without a word)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:  # pragma: no cover - it ended meanwhile
        return False
    masks = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
    return bool((int(masks["SigCgt"], 16) | int(masks["SigIgn"], 16)) & 1 << signal.SIGINT - 1)


def _started(run: subprocess.Popen[str], workers: int, deadline: float) -> bool:
    """Wait until the command has made a child process (``workers=0``: the local cluster is
    then starting, nothing before it makes one), or ``workers`` worker processes (made by
    multiprocessing) run Python: they then import for seconds before the cluster is ready.
    False when the command ended or the deadline passed."""
    parent = psutil.Process(run.pid)
    while run.poll() is None and time.monotonic() < deadline:
        try:
            children = parent.children()
            made = [c for c in children if "--multiprocessing-fork" in c.cmdline()]
        except psutil.NoSuchProcess:  # pragma: no cover - it ended meanwhile
            return False
        if children and sum(_running(c.pid) for c in made) >= workers:
            return True
        time.sleep(0.01)
    return False


@pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="reads the processes' signals in /proc"
)
# each command once, and each moment once (a subprocess that starts a cluster apiece: the
# moment is the cluster's, the same code for both commands; the handler is the command's).
# Signalled before any worker runs, the cluster's size is not the point: 1 worker process
# (its start-up is most of the run's CPU); the worker moment on a real 2-process cluster.
@pytest.mark.parametrize(("command", "workers", "size"), [("listings", 0, 1), ("plan", 2, 2)])
def test_ctrl_c_while_the_cluster_starts_stops_the_run(
    command: str, workers: int, size: int, tmp_path: Path
) -> None:
    """SIGINT to the command's process group (what Ctrl-C in a terminal does) as soon as the
    local cluster has made its first process, or its worker processes, seconds before it is
    ready: exit code 130, the command's one line, no traceback (from the workers, which Ctrl-C
    reaches too, or the command), no output written."""
    out = tmp_path / "out"
    if command == "listings":
        argv = ["listings", "examples/urls.txt"]
    else:
        argv = ["plan", "examples/planner-accounts.csv", "--account", "examples/plan.toml"]
        argv += ["--as-of", "2026-11-23"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    run = subprocess.Popen(
        [sys.executable, "-m", "ipprules", *argv, "--workers", str(size), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        preexec_fn=default_sigint,
    )
    try:
        started = _started(run, workers, time.monotonic() + 120)
        assert started, f"the command made no child process ({workers} workers wanted)"
        os.killpg(run.pid, signal.SIGINT)
        stdout, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:  # pragma: no cover - a hang: end it
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert run.returncode == 130, stderr
    assert stdout == ""
    assert "Traceback" not in stderr
    # (the dashboard line shows when the signal came as the cluster was ready)
    shown = [line for line in stderr.splitlines() if not line.startswith("Dask dashboard: ")]
    assert shown == [f"ipprules {command}: interrupted"]
    assert not out.exists()


# ------------------------------------------------------------- the mechanism, in process


def _blocked_in_a_new_thread() -> bool:
    found: list[bool] = []

    def look() -> None:
        found.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))

    thread = threading.Thread(target=look)
    thread.start()
    thread.join()
    return found[0]


def test_a_ctrl_c_while_held_is_handled_on_the_way_out() -> None:
    """A SIGINT while the cluster starts reaches SIGINT's handler once it is made (it was
    lost); a thread made meanwhile (so a process it makes) blocks SIGINT; all is put back."""
    seen: list[int] = []
    before = signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))
    try:
        with scale_cli._sigint_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            assert seen == []
            assert _blocked_in_a_new_thread()
        assert seen == [signal.SIGINT]
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        assert not _blocked_in_a_new_thread()
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_ctrl_c_while_held_is_a_keyboard_interrupt_after() -> None:
    """With Python's own handler: the ``KeyboardInterrupt`` comes out of the block, not
    from within it (where it stopped the cluster half made)."""
    reached: list[str] = []

    def pressed() -> None:
        with scale_cli._sigint_held():
            signal.raise_signal(signal.SIGINT)
            reached.append("end of the block")

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            pressed()
    finally:
        signal.signal(signal.SIGINT, before)
    assert reached == ["end of the block"]


def test_an_ignored_sigint_stays_ignored() -> None:
    """Started with SIGINT ignored (a shell's background job): a Ctrl-C does nothing."""
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with scale_cli._sigint_held():
            signal.raise_signal(signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
