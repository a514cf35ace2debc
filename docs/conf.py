"""Sphinx configuration. Generated pages (rule tables, API reference, rendered outputs and the
intersphinx inventories) are written by ``gen_pages.py`` before the build, from the package
and the shipped examples: nothing pictured is pasted by hand."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

project = "ipprules"
author = "ipprules developers"
copyright = "2026, ipprules developers"
extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_inv", "_generated/rendered"]

html_theme = "furo"  # search as you type, dark mode, code blocks that scroll, not clip
html_title = "ipprules"
html_static_path = ["_static"]
html_css_files = ["ipprules.css"]

# API reference: type hints in the signatures, members in source order, one entry per object
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
autosummary_generate = False
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False

# copy button: leave the prompts and the output out of what is copied
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = False

# Links into the Python, attrs and pandas docs. The build runs offline (CI has no network),
# so the inventories are not downloaded: gen_pages.write_inventories() builds them from the
# installed modules and each project's stable URL scheme, into docs/_inv/.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "_inv" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(HERE / "_inv" / "attrs.inv")),
    "pandas": ("https://pandas.pydata.org/docs", str(HERE / "_inv" / "pandas.inv")),
}


def _generate(app: object) -> None:
    import gen_pages

    gen_pages.write_all(HERE / "_generated")


# the inventories must exist when intersphinx loads them, before builder-inited
import gen_pages  # noqa: E402

gen_pages.write_inventories(HERE / "_inv")


def setup(app: object) -> None:
    app.connect("builder-inited", _generate)  # type: ignore[attr-defined]
