"""left41: a marketplace's host alone in a cell, ended by a comma (a CSV row) or a bar (a
Markdown table written without spaces), is read as the host on every path (urls37's
leftovers). The cut is made only where what follows could make no other host of it."""

from __future__ import annotations

from test_urls33 import ACCOUNT, DAY

from _real_urls import planner_refuses_as_parse_listing, table_tests

ROWS = [
    ("https://uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),  # was lookalike-host
    ("https://uniqlo.tmall.com,12.5", "tmall", "storefront", "uniqlo"),  # was lookalike-host
    ("//uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),
    ("a,https://uniqlo.tmall.com,b", "tmall", "storefront", "uniqlo"),
    ("uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),  # was not-a-url
    ("uniqlo.tmall.com,12.5", "tmall", "storefront", "uniqlo"),  # was lookalike-host
    ("title,weactstudio.taobao.com,12.5", "taobao", "storefront", "weactstudio"),  # was not-a-url
    ("|uniqlo.tmall.com|", "tmall", "storefront", "uniqlo"),  # was not-a-url
    ("|Shop|uniqlo.tmall.com|12|", "tmall", "storefront", "uniqlo"),  # was not-a-url
    ("|优衣库|shop118454188.taobao.com|", "taobao", "storefront", "118454188"),  # was not-a-url
    # controls: what follows could make another host of it, or is no cell
    ("https://uniqlo.tmall.com,@evil.example/", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com,x.evil.example/", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com,x.evil.example A", None, "lookalike-host", None),
    ("uniqlo.tmall.com,x.evil.example", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com,x:80/", None, "not-alibaba-host", None),
    ("https://uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    ("|uniqlo.tmall.com|x.evil.example", None, "lookalike-host", None),
    ("|uniqlo.tmall.com|@evil.example", None, "lookalike-host", None),
    ("x|uniqlo.tmall.com|", None, "lookalike-host", None),  # urls37: a bar inside the host?
    ("https://evil.example,uniqlo.tmall.com", None, "lookalike-host", None),
]

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_the_planner_and_other_listings_agree() -> None:
    """The planner refuses a row exactly when ``parse_listing`` does, with its code, and
    ``other_listings`` finds no second link in a row read."""
    planner_refuses_as_parse_listing([row[0] for row in ROWS], ACCOUNT, DAY)
