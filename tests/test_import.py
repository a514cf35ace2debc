"""``import ipprules`` parses no rule data and imports no engine."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_import_is_lazy():
    code = (
        "import sys, ipprules\n"
        "heavy = [m for m in sys.modules if m.startswith('ipprules.')]\n"
        "print(','.join(sorted(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lazy_names_resolve():
    import ipprules

    assert ipprules.default_rulebook().name
    assert set(ipprules.__all__) <= set(dir(ipprules))
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = ipprules.no_such_name  # type: ignore[attr-defined]
