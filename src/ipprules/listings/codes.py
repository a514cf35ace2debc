"""The catalogue of rejection codes: every reason a pasted input is not accepted as a listing.

Codes are stable and never reused. Each has a title (the short message), a description and
how to fix it; the docs table is generated from this catalogue (:func:`rejection_code_table`).

>>> REJECTION_CODES["short-link"].title
'short link: cannot be resolved offline'
>>> sorted(REJECTION_CODES)[:3]
['agent-site', 'conflicting-ids', 'empty']
"""

from __future__ import annotations

from types import MappingProxyType

import attrs

__all__ = ["REJECTION_CODES", "RejectionCode", "rejection_code_table"]


@attrs.frozen
class RejectionCode:
    """One entry of the catalogue: the code, its title, what it means and how to fix it.

    >>> from ipprules.listings import REJECTION_CODES
    >>> entry = REJECTION_CODES["not-a-listing"]
    >>> entry.code, entry.title
    ('not-a-listing', 'not a listing or storefront page')
    >>> entry.fix
    'Open the product (or the store) itself and paste that URL.'
    """

    code: str
    title: str
    description: str
    fix: str


_CATALOGUE = (
    RejectionCode(
        "empty",
        "empty input",
        "The input is empty or only whitespace.",
        "Remove the blank line, or paste the listing URL.",
    ),
    RejectionCode(
        "too-long",
        "input too long",
        "The input is longer than the limit (8,192 characters) and is not examined further. "
        "Real listing URLs, even with tracking parameters, are far shorter.",
        "Paste only the URL, one per line.",
    ),
    RejectionCode(
        "not-a-url",
        "not a URL",
        "No URL was found in the input, or it is not well formed (no host, control characters "
        "or spaces inside it).",
        "Paste the address shown in the browser's address bar.",
    ),
    RejectionCode(
        "scheme-not-allowed",
        "scheme not allowed",
        "Only http and https URLs (and scheme-less or protocol-relative ones) are accepted; app "
        "deep links such as taobao:// and other schemes are not.",
        "Open the listing in a browser and copy its https:// address.",
    ),
    RejectionCode(
        "not-alibaba-host",
        "not an Alibaba Group marketplace host",
        "The host is not on the allow-list of Taobao, Tmall, Tmall Global, 1688, Alibaba.com, "
        "AliExpress, Lazada and Xianyu hosts.",
        "IPP handles only Alibaba Group marketplaces: paste the marketplace URL.",
    ),
    RejectionCode(
        "lookalike-host",
        "lookalike host",
        "The host imitates a marketplace host: a marketplace name used as a subdomain or inside "
        "another name, a typo-squat, homoglyphs or an internationalised (IDN) name, userinfo "
        "before the host (user@host), a backslash, a trailing dot, a character glued after the "
        "host (uniqlo.tmall.com^) or an unexpected port.",
        "Check where the link really leads; paste the genuine marketplace URL.",
    ),
    RejectionCode(
        "not-a-listing",
        "not a listing or storefront page",
        "The host belongs to a marketplace but the page is not a product listing or storefront: "
        "search, category, campaign, cart, order, login, API, portal or home page.",
        "Open the product (or the store) itself and paste that URL.",
    ),
    RejectionCode(
        "agent-site",
        "agent or proxy site",
        "Buying-agent and proxy sites (pandabuy, cnfans, cssbuy, superbuy...) are not Alibaba "
        "Group marketplaces. When the link embeds a marketplace listing it is offered as a "
        "suggestion.",
        "Paste the suggested marketplace URL, if any, or the original listing.",
    ),
    RejectionCode(
        "missing-id",
        "missing id",
        "The page is a listing or store page but carries no item or store id (for example no "
        "id= parameter, or an empty one).",
        "Copy the full URL, including its id.",
    ),
    RejectionCode(
        "malformed-id",
        "malformed id",
        "The id has letters or other characters, a leading zero, or a length outside the "
        "marketplace's range.",
        "Copy the URL again; ids are decimal digits (Xianyu user ids excepted).",
    ),
    RejectionCode(
        "conflicting-ids",
        "conflicting ids",
        "The URL names more than one different item (for example id= twice with different "
        "values, or id= and itemId= that disagree), so it is ambiguous.",
        "Open the listing and copy its address again.",
    ),
    RejectionCode(
        "short-link",
        "short link: cannot be resolved offline",
        "A share or affiliate short link (m.tb.cn, e.tb.cn, qr.1688.com, a.aliexpress.com, "
        "s.lazada..., ...). Where it leads cannot be known without opening it, so neither the "
        "platform nor the id is guessed.",
        "Open the link in a browser and paste the address of the page it leads to.",
    ),
)

#: Every rejection code, by code (read-only).
REJECTION_CODES: MappingProxyType[str, RejectionCode] = MappingProxyType(
    {entry.code: entry for entry in _CATALOGUE}
)


def rejection_code_table() -> str:
    """The rejection codes as a Markdown table (the docs page embeds it verbatim).

    >>> print(rejection_code_table().splitlines()[0])
    | code | meaning | description | how to fix |
    """
    lines = ["| code | meaning | description | how to fix |", "| --- | --- | --- | --- |"]
    for entry in _CATALOGUE:
        lines.append(f"| `{entry.code}` | {entry.title} | {entry.description} | {entry.fix} |")
    return "\n".join(lines) + "\n"
