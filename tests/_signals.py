"""Signal set-up shared by the tests that interrupt a command they started."""

from __future__ import annotations

import signal


def default_sigint() -> None:
    """Reset SIGINT to its default in a child process (``preexec_fn=default_sigint``).

    A shell's background job (and so a test run started as one: ``nohup``, ``cmd &``, some CI
    and agent runners) ignores SIGINT, and a child inherits that: the command never saw the
    Ctrl-C, ran to the end and exited 0. Every test that sends SIGINT to a command it started
    passes this, so none of them depends on how the test run itself was started.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
