"""Settings shared by every test run: Hypothesis without per-example deadlines.

The suite runs in two worker processes beside whatever else the machine does (CI, other
builds); a wall-clock deadline per example then fails tests for the machine's load, not for
the code. Slowness is measured by the benchmarks under ``benchmarks/``, not by tests.
"""

from hypothesis import settings

settings.register_profile("ipprules", deadline=None)
settings.load_profile("ipprules")
