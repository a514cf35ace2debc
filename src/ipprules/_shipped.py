"""The data files shipped inside the package, read through the loader that imported it.

A data file (the rule book, the finding catalogues) is read with its module's loader
(``__spec__.loader.get_data``), not opened as a path on disk: the package then works from a
wheel or zip archive put on ``sys.path`` (``zipimport``: a zipapp, a vendored wheel) as it
does from ``site-packages``, and at no import cost (importing ``importlib.resources`` costs
more than loading the rule book).
"""

from __future__ import annotations

import os
import sys

__all__ = ["shipped_text"]


def shipped_text(module: str, *parts: str) -> str:
    """The UTF-8 text of the data file ``parts`` in the folder of ``module`` (imported already).

    >>> shipped_text("ipprules.checks.findings", "findings.json").startswith("[")
    True
    """
    imported = sys.modules[module]
    name = os.path.join(os.path.dirname(imported.__file__ or ""), *parts)
    get_data = getattr(getattr(imported.__spec__, "loader", None), "get_data", None)
    if get_data is None:  # a loader that cannot read data: the file on disk, if there is one
        with open(name, "rb") as file:
            return file.read().decode("utf-8")
    data: bytes = get_data(name)
    return data.decode("utf-8")
