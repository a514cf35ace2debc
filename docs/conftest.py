"""pytest collects the ``>>>`` examples of the docs pages; the Sphinx files are not tests."""

collect_ignore = [
    "conf.py",
    "gen_pages.py",
    "gen_api.py",
    "gen_rendered.py",
    "_build",
    "_generated",
    "_inv",
]
