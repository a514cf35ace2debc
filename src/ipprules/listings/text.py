"""Finding URLs in free text: share messages, chat pastes, spreadsheets.

>>> extract_urls("【淘宝】「Lofree keyboard」 https://m.tb.cn/h.4CEhFr0?sm=70d491 CZ356")
['https://m.tb.cn/h.4CEhFr0?sm=70d491']
>>> extract_urls("see item.taobao.com/item.htm?id=606832683299, or (https://a.aliexpress.com/_mKjL9Cq).")
['item.taobao.com/item.htm?id=606832683299', 'https://a.aliexpress.com/_mKjL9Cq']
>>> extract_urls("no links here: Mr.Smith, v1.2")
[]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache

from ipprules._args import require_str
from ipprules.errors import plain
from ipprules.listings.hosts import MARKETPLACE_DOMAINS

__all__ = [
    "comment_word",
    "cut_url",
    "extract_urls",
    "find_url",
    "first_url",
    "list_cut",
    "strip_end",
    "unwrap_text",
    "unwrap_url",
]

#: Punctuation that ends a URL found in text rather than belonging to it (``*`` and ``~`` close
#: Markdown emphasis and strikethrough: ``~~https://…/32898010758.html~~`` marks a dead link).
TRAILING = ".,;:!?)]}>'\"*~"
#: What closes a quote, a bracket, a code span or emphasis around a host, or ends a sentence.
_CLOSERS = frozenset(TRAILING + "`")
#: Three or more ``*`` glued to the digit or the ``=`` ending a link: the rest of a value, or a
#: whole value, masked in a pasted example (``…?id=63540767****``, an id hidden, not the id
#: ``63540767``; ``…?id=N&id=***``, a second id hidden, not none), unless a ``*`` before the
#: link on its line opens emphasis for them to close (``**…**``, ``***…***``).
_MASK = re.compile(r"(?<=[0-9=])\*{3,}")


def strip_end(url: str, before: str = "") -> str:
    """``url`` without the punctuation ending it (:data:`TRAILING`), but for a masked value's
    stars (:data:`_MASK`) when ``before``, what its line holds before it, has no ``*``.

    >>> strip_end("https://item.taobao.com/item.htm?id=63540767****.")
    'https://item.taobao.com/item.htm?id=63540767****'
    >>> strip_end("https://item.taobao.com/item.htm?id=63540767***", before="***see ")
    'https://item.taobao.com/item.htm?id=63540767'
    """
    url = require_str(url, "strip_end(): url", empty=True)
    return _strip_end(url, require_str(before, "strip_end(): before", empty=True))


def _strip_end(url: str, before: str = "") -> str:
    """:func:`strip_end` of a ``str`` (the parsers' own call: their text is a plain str)."""
    stripped = url.rstrip(TRAILING)
    if len(stripped) == len(url):
        return stripped
    if url[len(stripped)] == "*" and stripped.endswith(_LOOKALIKE_STARS):
        # a mask mixing look-alike stars with ``*`` (``…=N*＊*``): no emphasis closes on ``＊``
        start = len(stripped)
        while start > 0 and url[start - 1] in _STARS:
            start -= 1
        mixed = _LOOKALIKE_MASK.match(url, start)
        return stripped if mixed is None else url[: max(mixed.end(), len(stripped))]
    if "*" in before:
        return stripped
    mask = _MASK.match(url, len(stripped))
    return stripped if mask is None else url[: mask.end()]


def _star_before(text: str, at: int) -> bool:
    """Whether the line of ``text`` holds a ``*`` before ``at``, in time linear in the distance
    back to the nearest star, not in the line's length. Asked only for a link holding ``***``,
    whose stars the next such link's question finds: a line of masked links is scanned about
    once, where slicing the line before each link made it quadratic."""
    star = text.rfind("*", 0, at)
    return star != -1 and text.find("\n", star, at) == -1


#: What opens a quote, a bracket, a code span or emphasis before a link without its scheme
#: (typographic quotes too: “…”, ‘…’, «…», ‹…›, „…“, ‚…‘).
_QUOTES = "\u201c\u2018\u00ab\u2039\u201e\u201a"
_OPENERS = "([{<'\"`*~" + _QUOTES
#: What a URL copied from a browser never holds unencoded, and so ends one found in text: a
#: quote (an HTML attribute), angle brackets, a backquote (a code span), a closing tag ``[/``.
_STOP = re.compile(r'["<>`]|\[/')


def _stop(candidate: str) -> re.Match[str] | None:
    """The first :data:`_STOP` in ``candidate``, searched only when a substring test (a fast
    scan in C) finds one of its characters: the pattern's alternation scans a long link some
    ten times slower (4 us for a share link with its tracking query)."""
    if '"' in candidate or "<" in candidate or ">" in candidate or "`" in candidate:
        return _STOP.search(candidate)
    return _STOP.search(candidate) if "[/" in candidate else None


#: A comma glued to the next link's scheme: links joined by commas, as a CSV row or a list
#: pasted into a box that takes "one or more links, separated by commas" holds them
#: (``…/offer/776602958006.html,https://detail.1688.com/offer/737834654023.html``); or by a
#: semicolon or a bar, as lists and spreadsheet cells join them (``…?id=N;https://…``,
#: ``…?id=N|https://…``), or by a line break escaped in HTML (a textarea's placeholder:
#: ``…/N.html&#10;https://…``): no marketplace URL holds one unencoded before a scheme. So
#: before a marketplace's host without its scheme, the whole host (``…?id=N1,item.taobao.com/…``,
#: ``…/N1.html;detail.1688.com/…``, ``uniqlo.tmall.com|nike.tmall.com``: :data:`LISTED_HOST`):
#: no marketplace URL holds one before such a host either.
_MARKET_HOST = (
    r"(?:[a-z0-9-]{1,63}\.){0,8}(?:"
    + "|".join(re.escape(domain) for domain in sorted(MARKETPLACE_DOMAINS, key=len, reverse=True))
    + r")(?![a-z0-9.-])"
)
#: A marketplace's host alone (see :func:`_schemeless`).
_WRAPPED_HOST = re.compile(rf"(?i){_MARKET_HOST}")
#: An ASCII word and a colon glued before a marketplace's host without its scheme
#: (``Link:item.taobao.com/…``, ``URL:uniqlo.tmall.com``, ``Link：…``): a label, as ``Link: `` is,
#: not a scheme (a URL's scheme is followed by ``//``); except a word that is one (a script, the
#: marketplace's app: ``javascript:``, ``taobao:``), whose link stays refused.
WORD_LABEL = re.compile(
    r"(?i)(?!(?:javascript|vbscript|data|file|blob|about|mailto|intent|taobao|tmall|tbopen"
    rf"|https?)[:\uff1a])[a-z]{{2,12}}[:\uff1a](?={_MARKET_HOST})"
)
#: Query parameters glued before a marketplace's host written without its scheme, the link the
#: last one's value (``shop_url=shop63387065.taobao.com/``, ``nick=a&url=item.taobao.com/…``: a
#: request's parameters on an API's page): no host holds ``=``, so they are a label, as ``url=``
#: is before ``https://`` (a host with more before it, ``evil.cn/?u=…``, is still a host).
PARAMS_LABEL = re.compile(
    r"(?i)(?:[a-z_][a-z0-9_]{0,31}=[^\s&=/?#]{0,64}&){0,8}[a-z_][a-z0-9_]{0,31}="
    rf"(?={_MARKET_HOST})"
)
#: A script's, a ``data:`` document's, a ``blob:`` or ``view-source:`` URL starting a text that
#: holds a link further on (``javascript:location='https://item.taobao.com/…'``,
#: ``data:text/html,<a href='https://…'>``): the text is that URL, which opens no marketplace
#: page; the link inside it is not read. (A word such as ``Taobao:`` or ``Link:`` glued before a
#: link is a label.) The scheme is matched as a browser's URL parser reads it (WHATWG URL
#: Standard): after any C0 control characters and spaces it strips from the start, with tabs and
#: line breaks it removes anywhere inside the scheme's word (``\x01javascript:…``,
#: ``java\nscript:…``), in any case.
_DROPPED = r"[\t\n\r]*"  # what a browser removes from inside a URL


def _spelled(word: str) -> str:
    """A pattern of ``word`` with tabs and line breaks anywhere inside it, as a browser reads it.

    >>> re.fullmatch(_spelled("blob:"), "bl\\tob\\n:") is not None
    True
    """
    return _DROPPED.join(map(re.escape, word))


WRAPPING_SCHEME = re.compile(
    rf"(?is)[\x00-\x20]*(?:{_spelled('javascript:')}|{_spelled('vbscript:')}|{_spelled('data:')})"
    rf"(?!\s).*\Z|[\x00-\x20]*(?:{_spelled('blob:')}|{_spelled('view-source:')})\S*\Z"
)
#: What may close a marketplace's host alone in a text (see :func:`_schemeless`).
_CLOSING_HOST = ".!?)]}>'\"*~`"
LISTED_LINK = re.compile(rf"(?i)(?:[,;|]|&#(?:10|13|x0?[ad]);)(?=https?://|{_MARKET_HOST})")
#: Whether :data:`LISTED_LINK` matches before a host without its scheme, asked apart (a text
#: holding no ``//`` may hold such a list): a separator, then the host. (An escaped line break
#: ends with ``;``, a separator itself.) The label and dot looked for first make most commas
#: in a query (``x=1,2``) a quick miss.
LISTED_HOST = re.compile(rf"[,;|](?=[A-Za-z0-9-]*+\.)(?i:(?={_MARKET_HOST}))")
#: A path ending ``.htm``/``.html`` right before a comma: the next cell of a CSV row
#: (``…/offer/123456.html,相机肩带,…``); no marketplace page goes on after its ``.html``.
#: So does a path ending in a slash (``…/shop/xmdgbhc3/,12.5``, ``uniqlo.tmall.com/,优衣库``),
#: or in a number when a cell that is no number follows (``…/store/1104927695,Shop A``: a
#: number after the comma may be the number's other half, as in a query, so it stays).
_CELL_END = re.compile(r"[^?#,]*?(?:\.html?|(?<=[^/])/|/[0-9]+(?=,[^0-9&=#?/][^&=#?/]*$|,$))(?=,)")
#: The last parameter of a query, a number, right before a comma and a cell that is no number
#: and holds no ``&`` or ``=`` (the query does not go on): the next cell of a CSV row
#: (``…?id=606832683299,title,12.5``); an id is never written with a comma. A number after
#: the comma may be the id's other half or a second id (``?id=1,2``): the comma stays.
#: A single quote right before a comma, a colon or a closing parenthesis: the end of a quoted
#: value in a list written without spaces (an SQL dump's
#: ``VALUES('https://…/N.html','9','title')``, a JavaScript array), of a quoted key (a Python
#: dict's ``{'https://…?id=N':'N'}``) or of a call's argument followed by more code (a test's
#: ``expect(f('https://…/N.html')).toBe('N')``); no marketplace URL holds a quote before a
#: comma, a colon or a closing parenthesis. So does one before a semicolon and the next quoted
#: value (``['https://uniqlo.tmall.com';'https://…']``), and one before a closing bracket: the
#: end of a list's last value or of a key in brackets followed by more code (a PHP
#: ``json_encode(['goodsLink'=>'https://…?id=N'],true)``, ``['https://…?id=N'][0]``,
#: ``a['https://…?id=N']=1``), or before a closing brace: the end of an object's last value in
#: compact code (``[{url:'https://…?id=N'},{url:'…'}]``); no marketplace URL holds a quote
#: before a ``]`` or a ``}`` either.
#: A host (a scheme, or ``//``, before it or not) right before a comma or a bar and the next
#: cell of a CSV row or a table (``https://uniqlo.tmall.com,Shop A``, ``uniqlo.tmall.com,12.5``,
#: ``uniqlo.tmall.com|12``): no host holds a comma or a bar (one with either resolves
#: nowhere). Only where the cell ends the link (no path, query or fragment after it) and could
#: make no other host of it: no ``@`` (``,@evil.example``: the host would be evil.example), no
#: port, and no dot but before a number that a dot, a comma, a bar or the end follows
#: (``,x.evil.example`` would be a name under evil.example; ``,12.5`` and ``|12.5|`` end in a
#: number, which no host does). A bar before no cell holding a letter or a digit
#: (``uniqlo.tmall.com|``, ``…||``, ``…|=``, ``…|/x``) is no table's: glued on, it is refused
#: naming it (urls34). After a bar the cell may go on with a path, a query or a fragment
#: (``https://uniqlo.tmall.com|Shop/x``), as after a bar before the host (``|uniqlo.tmall.com|
#: Shop/x``, a table's cell): a link's host ends at its first ``/``, so only what comes
#: before it could make another host (``|@evil.example/x``, ``|x.evil.example/y``, ``|x:80/y``
#: are still refused). After a comma it may not (left41: a host holds no bar, but a
#: browser reads a comma into it).
_HOST_CELL = re.compile(
    r"(?i)(?:https?:)?(?://)?(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}"
    r"(?=,(?:[^@:/?#\\.]|\.[0-9]+(?![^,|.]))*$"
    r"|\|(?=[^|/?#]*[^\W_])(?:[^@:/?#\\.]|\.[0-9]+(?![^,|./?#]))*(?:[/?#].*)?$)"
)
_QUOTED_CELL = re.compile(r"'(?=[,:)\]}]|;['\"`])")
_QUERY_CELL = re.compile(r"[?&][^=&#?,]*=[0-9]+(?=,[^0-9&=#][^&=#]*$|,$)")


def list_cut(url: str) -> int | None:
    """Where the comma ending a link in a CSV row or a comma-separated list of links is, or
    None: before the next link's scheme (``…/N.html,https://…``), after a path's ``.html``
    (``…/N.html,title,price``), after a query's last parameter, a number, when a cell that is
    no number follows (``…?id=N,title``), or at a quote closing a value before a comma
    (``…/N.html','9'``), a key before a colon (``…?id=N':'N'``), an argument before a
    closing parenthesis (``…/N.html')).toBe('N')``) or a list's last value or a key before a
    closing bracket or brace (``…?id=N'],true)``, ``…?id=N'][0]``, ``…?id=N'},{``). Another
    comma inside a query
    (``?sku=1,2``) is the query's.

    >>> url = "https://detail.1688.com/offer/776602958006.html,https://m.1688.com/offer/1.html"
    >>> url[: list_cut(url)]
    'https://detail.1688.com/offer/776602958006.html'
    >>> list_cut("https://item.taobao.com/item.htm?id=1,2") is None
    True
    >>> url = "https://item.taobao.com/item.htm?id=606832683299,title,12.5"
    >>> url[: list_cut(url)]
    'https://item.taobao.com/item.htm?id=606832683299'
    """
    if (
        "," not in url
        and "':" not in url
        and "')" not in url
        and "']" not in url
        and "'}" not in url
        and ";" not in url
        and "|" not in url
    ):
        return None
    cuts = []
    listed = LISTED_LINK.search(url)
    if listed is not None:
        cuts.append(listed.start())
    cell = _CELL_END.match(url)
    if cell is not None:
        cuts.append(cell.end())
    query = _QUERY_CELL.search(url)
    if query is not None:
        cuts.append(query.end())
    quoted = _QUOTED_CELL.search(url)
    if quoted is not None:
        cuts.append(quoted.start())
    host = _HOST_CELL.match(url) if "," in url or "|" in url else None
    if host is not None:
        cuts.append(host.end())
    return min(cuts) if cuts else None


#: A scheme-less link glued to the code before it by a quote or a parenthesis, its host
#: running to a slash (``utils.strip('www.aliexpress.com/store/1185416?…')``,
#: ``href.includes('lazada.com.my/products/')``), or a host alone in its quotes
#: (``commonHost.add("bangpai.taobao.com");``): what comes before a quote is no host. So is
#: what comes before an HTML tag's closing ``>`` (``<code>item.taobao.com/item.htm?id=…``,
#: ``<td>…``, ``<li>shop118454188.taobao.com</li>``: a table or a list of links in HTML or a
#: README). So is what comes before a quoted CSV cell (``"title","item.taobao.com/…","12"``:
#: a comma or a semicolon between the quotes). The glue is a run from a quote or a
#: parenthesis, or a ``>`` alone, which the text
#: before it may hold: written so that a run of ``>`` is not tried split every way (the
#: host then starts after the run's last ``>``, looked behind), which took quadratic time.
#: The code before the glue may call a function (``if(url.hostname==='m.1688.com'){``,
#: ``assert.equal(url.hostname,'h5api.m.1688.com')``): a ``(`` followed by what no glue
#: holds is part of it, so no ``(`` is read both ways.
GLUED_HOST = re.compile(
    r"^(?:[^/?#@\s'\"(]|\((?![,;'\"(>]))*(?:['\"(][,;'\"(>]*)?(?<=['\"(>])"
    r"((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}(?:[/?]|(?=['\"<])))"
)
#: A Markdown link's target that is a host alone, without its scheme or a path
#: (``[Ugreen store](ugreen.aliexpress.com)``, ``[www.aliexpress.com](www.aliexpress.com)``): a
#: marketplace's host is read as that host, as in quotes or in parentheses alone; its ``)``
#: ends it, as it ends a target with its scheme.
_MARKDOWN_HOST = re.compile(r"\]\(((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})\)")
#: A protocol-relative link glued to what names it: an attribute (``href="//``, ``src=//``),
#: a JSON value (``"url":"//``), a Markdown link target (``](//``), a table's cell written
#: without spaces (``|//uniqlo.tmall.com|12|``).
RELATIVE_GLUED = re.compile(r"[\"'=(|,]//(?=[A-Za-z0-9])")
# Characters that IDNA (UTS 46) maps to a full stop: a host label separator in a browser.
_IDNA_DOTS = "\u3002\uff0e\uff61"
#: Full stops and closing punctuation that may end a text after a host (after NFKC): no ``@``
#: or ``:``, which could make the host userinfo or a port.
_CLOSING = ".\u3002\uff61)]}\u300d\u300f\u3011\u3009\u300b\u3015\u3017\u3019\u201d\u2019!?;,\u3001"
#: Text before a scheme-less host in its token: non-ASCII characters ending with punctuation,
#: full-width or an ASCII colon (链接:item.taobao.com/…, typed with the input method in English
#: mode; no host holds a colon, so the host starts after it).
_LABELLED = re.compile(rf"[^\x00-\x7f]*[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20:{_QUOTES}]")
#: An ASCII word or query parameters glued before such a label (``x链接：item.taobao.com/…``,
#: ``PC端链接：…``, ``a=1&u=链接：…``, ``Sale!链接：…``, ``x~链接：…``): letters, digits, ``_``,
#: ``-``, ``=``, ``&``, ``!`` and ASCII punctuation no host or URL gives a meaning to where it
#: stands, ``~ , ; * + $ ^ | { } ' " < > ` ``, as ``parse_listing`` reads them (no dot, so no host
#: of its own; no ``/``, ``@`` or ``:``; no ``?`` or ``#``, which would make the label a query
#: or a fragment of the word; no HTML entity of one, ``a&quest;b``), then a letter that is not
#: ASCII (the label's, before its punctuation): the link starts after the label, as without
#: the word, as ``parse_listing`` reads it.
_WORD_BEFORE_LABEL = re.compile(
    r"[A-Za-z0-9_=&!~,;*+$^|{}'\"<>`-]{1,64}(?=[^\x00-\x7f\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])"
)
#: The rest of a word before a label whose ASCII is mixed with other characters (``a😀b链接：…``,
#: ``a端b链接：…``): runs of what is not ASCII, punctuation or a space, each followed by ASCII
#: of :data:`_WORD_BEFORE_LABEL`, up to the label, as ``parse_listing`` reads the word (none of
#: :data:`_HEAD_MARKS` in it, which IDNA's ``｡`` and the other dots are not excluded from here).
_MIXED_WORD = re.compile(
    r"(?:[^\x00-\x7f\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]{1,64}+"
    r"[A-Za-z0-9_=&!~,;*+$^|{}'\"<>`-]{1,64}+){1,8}+"
    r"(?=[^\x00-\x7f\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])"
)
#: What in a word before a label makes the label part of a link (:data:`_WORD_BEFORE_LABEL`):
#: a dot or one IDNA maps to a dot, ``/``, ``@``, ``:``, ``\``, ``%``, ``?`` or ``#``.
_HEAD_MARKS = re.compile(r"[./@:\\%?#\u3002\uff0e\uff61\u2024\ufe52]")


def hostish_entity(head: str) -> bool:
    """Whether ``head``, the word before a label, holds an HTML entity of what makes the label
    part of a link (:data:`_HEAD_MARKS`), named or escaped again (``a&colon;b``, ``a&quest;b``,
    ``a&percnt;2eb``, ``a&num;b``, ``a&amp;period;b``): a browser shows ``a:b``, ``a?b``…, and
    a page's HTML escaped twice the entity, its text once more). Names in any case
    (``&PERIOD;``), as the parser's :data:`_HOSTISH_HEAD` reads ``&period;``."""
    from html import unescape

    once = unescape(head.lower())
    return _HEAD_MARKS.search(once) is not None or (
        "&" in once and _HEAD_MARKS.search(unescape(once)) is not None
    )


#: Text that is not ASCII glued before a protocol-relative link's ``//``
#: (``链接//item.taobao.com/…``, the label's colon left out): no scheme is written in such
#: characters, so the link starts at the ``//``, as after a label's colon.
_GLUED_TEXT = re.compile(r"[^\x00-\x7f]+(?=//)")
#: What a protocol-relative link's token holds after its ``//`` (a dot of its host, a path, a
#: port, userinfo or an escape): a ``//`` word without any (``//TODO``) is a comment's marker.
_HOST_MARKS = "./@:\\%" + _IDNA_DOTS
#: A ``//`` word whose would-be host holds what no pasted host holds (a call, a list, a
#: statement: ``//queue.put(new``, ``//a.b;``) is a commented-out line of code.
CODE_COMMENT = re.compile(r"//[^/?#]*?[(){},;'=]")
#: An XPath step's element and its predicate's bracket glued after a ``//`` (``//a[…]``,
#: ``//div[…]``, ``//*[…]``): no host holds a bracket, so a scraper's selector, no link.
XPATH_STEP = re.compile(r"//(?:[A-Za-z_][\w-]*|\*)\[")
#: An XPath attribute (group 1) tested against a string, opening a string function's arguments
#: or a step's predicate (``contains(@href,"detail.tmall.com/…")``, ``starts-with(@src,``,
#: ``//a[@href='https://…']``): the ``@`` names the attribute, no userinfo; the link is the
#: string after it. (A host's ``(@`` or ``[@``, ``item.taobao.com(@evil.cn``, is no such call
#: or step: its userinfo stays refused.)
XPATH_ATTRIBUTE = re.compile(
    r"(?:(?<![\w.-])(?:contains|starts-with|ends-with|matches)\(|/(?:[A-Za-z_][\w-]*|\*)\[)"
    r"(@[A-Za-z_][\w.:-]*)(?=\s*(?:,|!?=)\s*['\"])"
)
#: An assignment after a ``//`` word, its operator set apart by a space (``//service.URLS =
#: append(…)``, a commented-out Go statement): a code comment too, as :data:`CODE_COMMENT`'s.
_ASSIGNED = re.compile(r"[ \t]+[-+*/%&|^:!=]?=")


def comment_word(text: str) -> bool:
    """Whether ``text`` (a token) is a ``//`` word with nothing a host has after its marker
    (no dot, path, port, userinfo or escape: ``//TODO``, ``//天猫旗舰``, ``//TODO:`` before its
    text, ``//@include`` before a userscript's pattern): a comment, no link. So is a word after
    three or more slashes (``///content``, a C# or Rust doc comment's marker glued to its text):
    those slashes hold no host."""
    if type(text) is not str:  # asked of every token: no call for a plain str
        text = require_str(text, "text", empty=True)
    word = text.lstrip("/") if text.startswith("///") else text[2:]
    if word.startswith("@"):  # //@include, //@ts-ignore: a directive's "@", no userinfo's
        word = word[1:]
    return text.startswith("//") and not any(c in word.rstrip(":") for c in _HOST_MARKS)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # the whitespace-separated tokens that hold a "." or a "/": no other token can be a candidate
    # (a scheme needs "//", a protocol-relative link "/", a scheme-less host a dot)
    token = re.compile(r"(?<!\S)[^\s./]*+[./]\S*+")
    start = re.compile(r"(?i)https?://")
    # (a port typed twice too, host:443:443/: the parser says it is malformed)
    hostish = re.compile(
        r"(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}\.?(?::[0-9]{1,5}){0,3}(?=[/?#]|$)"
    )
    # the end of the host: after the optional scheme and //, the first / ? # or backslash
    authority = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{0,30}:)?(?://)?[^/?#\\]*")
    return token, start, hostish, authority


#: A character that is not ASCII (searched for instead of a loop over the characters).
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def cut_url(url: str) -> str:
    """Cut ``url`` at the first non-ASCII character after its host (share text glued on), or
    at Chinese (full-width) punctuation right after the host.

    The host itself is otherwise left whole, so an internationalised (lookalike) host stays
    visible. Punctuation after the host is split off only when nothing that could continue the
    host follows it in the same authority (no dot, ``@`` or ``:``, and nothing at all after an
    ideographic full stop, which browsers read as a dot: not even a path, a query or a
    fragment, before which it is the host's trailing dot).

    >>> cut_url("https://m.tb.cn/h.4CEhFr0?sm=70d491「淘宝」")
    'https://m.tb.cn/h.4CEhFr0?sm=70d491'
    >>> cut_url("https://uniqlo.tmall.com，看看"), cut_url("uniqlo.tmall.com。")
    ('https://uniqlo.tmall.com', 'uniqlo.tmall.com')
    >>> cut_url("https://uniqlo.tmall.com，@attacker.example/")
    'https://uniqlo.tmall.com，@attacker.example/'
    """
    if type(url) is not str:  # asked of every URL: no call for a plain str
        url = require_str(url, "url", empty=True)
    if url.isascii():
        return url
    end = _patterns()[3].match(url)
    start = end.end() if end else 0
    cut = _host_punctuation(url, start)
    if cut is not None:
        return url[:cut]
    first = NON_ASCII.search(url, start)
    if first is None:
        return url
    mask = first.start()
    while mask > start and url[mask - 1] == "*":  # a mask of mixed stars (…=N*＊*)
        mask -= 1
    masked = _LOOKALIKE_MASK.match(url, mask)
    return url[: first.start() if masked is None else max(masked.end(), first.start())]


#: Three or more look-alike stars (full-width ``＊``, ``∗``, ``•``, the small ``﹡``) glued to
#: the digit or the ``=`` ending a link's ASCII part: a value masked as with ``***``
#: (:data:`_MASK`), so ``…?id=N&id=＊＊＊`` keeps its masked second id, and is refused as
#: ``…&id=***`` is, rather than read as N; a run mixing them with ``*`` too (``…=N*＊*``).
_LOOKALIKE_MASK = re.compile(r"(?<=[0-9=])[*\uff0a\u2217\u2022\ufe61]{3,}")
#: The look-alike stars of :data:`_LOOKALIKE_MASK`, and all its stars.
_LOOKALIKE_STARS = ("\uff0a", "\u2217", "\u2022", "\ufe61")
_STARS = frozenset("*" + "".join(_LOOKALIKE_STARS))


def _host_punctuation(url: str, end: int) -> int | None:
    """Where full-width punctuation ends the host in ``url[:end]`` (the authority), or None."""
    slashes = url.find("//", 0, end)
    begin = slashes + 2 if slashes >= 0 else 0
    for found in NON_ASCII.finditer(url, begin, end):
        index = found.start()
        char = url[index]
        if not unicodedata.category(char).startswith("P") and char not in _WAVES:
            continue
        rest = unicodedata.normalize("NFKC", url[index + 1 : end])
        # what follows a character no host holds (``[](`` of Markdown glued on) continues no
        # host either: only the text before it could
        rest = _NO_HOST_CHAR.split(rest, 1)[0]
        # full stops and other punctuation closing the text (``）。``, ``。」``) continue no
        # host into another one: only what stands before them could
        rest = rest.rstrip(_CLOSING)
        if unicodedata.normalize("NFKC", char) in (".", "\u3002") or char in _IDNA_DOTS:
            # a sentence's full stop only where the link ends with the host: before a path,
            # a query or a fragment it is the host's trailing dot (``com。/``: ``com./``)
            return index if not rest and end == len(url) else None
        if (
            char in _LIST_CLOSE
            and _NEXT_QUOTED.fullmatch(rest)
            and url.startswith("//", end)
            and "." in url[begin:index]
        ):
            # the colon is the next link's scheme, no port: a list of links in Chinese
            # quotes or brackets (“https://uniqlo.tmall.com”，“https://…”, 「…」「…」)
            return index
        if any(c in rest for c in ".@" + _IDNA_DOTS) or _PORT_AFTER.search(rest):
            return None
        if char in _WIDE_SYNTAX and rest[:1].isascii() and rest[:1].isalnum():
            # a full-width slash, question mark or number sign typed where the path, query
            # or fragment starts (``www.lazada.sg／products/…``): the host is kept whole, so
            # the link is refused as one typed in full-width characters (the parser suggests
            # it in ASCII), whether or not a dot follows (``item.taobao.com／item.htm``)
            return None
        return index
    return None


#: A colon that could start a port (a digit follows it, or nothing: the empty port of
#: ``host:/``): a colon before words (``淘宝（https://www.taobao.com）：可通过搜索…``, a label's
#: full-width colon after the closing bracket) is sentence punctuation, continuing no host.
_PORT_AFTER = re.compile(r":(?:[0-9]|$)")
#: ASCII characters that no host, port or userinfo holds (brackets, quotes, markup, spaces).
_NO_HOST_CHAR = re.compile(r"[\[\](){}<>\"'`|^\\ ]")
#: The full-width slash, question mark and number sign: a Chinese input method's ``/?#``.
_WIDE_SYNTAX = "\uff0f\uff1f\uff03"


#: The full-width tilde, a math symbol to Unicode, that Chinese text writes as the wave dash
#: (``〜``, punctuation) to end a sentence (``https://uniqlo.tmall.com～``): no host holds it
#: (IDNA maps it to ``~``), so it ends the host as the wave dash does.
_WAVES = "\uff5e"
#: The full-width closing quotes and brackets, and separators, that may end a host before the
#: next link (not a colon: ``//店铺地址：http://…`` is a label and its link).
_LIST_CLOSE = "\u201d\u2019\u300d\u300f\u300b\u3011\u3009\uff0c\uff1b\u3001"
#: What may follow full-width punctuation after a host (after NFKC) up to the next link's
#: ``//`` in a list of links: a separator, the next link's opening quote or bracket, and its
#: scheme; no ``@``, dot or port.
_NEXT_QUOTED = re.compile(
    r"[,;\u3001]?[\"'`\u201c\u2018\u300c\u300e\u300a\u3010(]?https?:", re.IGNORECASE
)


def extract_urls(text: str) -> list[str]:
    """Every URL-like token in ``text``, in order: ``http(s)://`` links, protocol-relative
    ``//host`` links and scheme-less ``host.tld/...`` links (trailing punctuation removed).

    Linear in the length of the text. The tokens are candidates: :func:`parse_listing`
    decides what they are.

    >>> from ipprules import extract_urls
    >>> extract_urls("at https://item.taobao.com/item.htm?id=606832683299, or m.tb.cn/h.4CEhFr0!")
    ['https://item.taobao.com/item.htm?id=606832683299', 'm.tb.cn/h.4CEhFr0']
    """
    if not isinstance(text, str):  # a Series or a list was searched as nothing: no URL
        raise TypeError(
            f"extract_urls(): text must be a str, got {type(text).__name__} (for many texts: "
            "[extract_urls(t) for t in texts])"
        )
    text = plain(text)  # a str subclass as its characters: its own methods are not called
    return [bare for url, at in _urls(text) if (bare := _bare_url(text, url, at))]


#: An HTML character reference for ``<`` or ``>`` written without its ``;`` (the candidate
#: ends before it): by name or by number, decimal or hexadecimal.
_LT_REFERENCE = re.compile(r"(?i)&(?:lt|#0*60|#x0*3c)")
_GT_REFERENCE = re.compile(r"(?i)&(?:gt|#0*62|#x0*3e)\Z")


def _bare_url(text: str, url: str, at: int) -> str:
    """The candidate ``url`` found at ``at`` in ``text`` as :func:`extract_urls` gives it: no
    angle bracket written as a character reference around it (``&lt;https://…&gt;``: the
    ``&lt`` before a Markdown link's target is no URL, nor is the ``&gt`` after it part of
    one), no ``<`` or full-width ``＜`` opening it (``](<<https://…>>)``, ``](＜https://…＞)``);
    empty when nothing is left. What the parsers read is unchanged: they refuse such a
    link or read the URL inside."""
    if text.startswith(url, at) and text.startswith(";", at + len(url)):
        if _LT_REFERENCE.fullmatch(url):
            return ""
        gt = _GT_REFERENCE.search(url)
        if gt is not None:
            url = url[: gt.start()]
    if url.startswith(("<", "\uff1c")):
        url = url.lstrip("<\uff1c")
    return url if len(url) > 2 else ""


def first_url(text: str) -> str | None:
    """The first of :func:`extract_urls`, found without looking at the rest of the text.

    >>> first_url("【淘宝】「Lofree keyboard」 https://m.tb.cn/h.4CEhFr0?sm=70d491 CZ356")
    'https://m.tb.cn/h.4CEhFr0?sm=70d491'
    >>> first_url("no links here") is None
    True
    """
    found = next(_urls(text), None)
    return None if found is None else found[0]


def find_url(text: str) -> tuple[str, int] | None:
    """The URL of ``text`` a listing is read from, and where it starts: the first candidate
    of :func:`extract_urls` with a scheme (``http(s)://``, ``//``) or on a marketplace host,
    else the first candidate (a dotted word in share text, ``B.Duck/Hello Kitty``, is not
    taken before the link that follows it).

    >>> find_url("see (https://uniqlo.tmall.com) now")
    ('https://uniqlo.tmall.com', 5)
    >>> find_url("B.Duck/Hello Kitty https://a.aliexpress.com/_mKjL9Cq")
    ('https://a.aliexpress.com/_mKjL9Cq', 19)
    """
    first = None
    for found in _urls(text):
        if _linked(found[0]):
            return found
        if first is None:
            first = found
    return first


def _cut_at(url: str, at: int) -> str:
    """``url`` cut at ``at``, unless that is inside its host and what follows could make
    another host of it (``"@``, a port, a dot: ``https://uniqlo.tmall.com"@evil.example``
    goes to evil.example in a browser, so it is left whole for the parser to refuse; full
    stops ending the text make no host: ``(https://1688.com)设置…导致404...``). The
    colon of the next link's scheme is no port (``"http://m.taobao.com","http://…"``, a list
    of links in code: the host ends at its closing quote)."""
    end = _patterns()[3].match(url)
    host_end = end.end() if end else 0
    if (
        at < host_end
        and any(c in url[at:host_end].rstrip(".") for c in "@:.")
        and not (_NEXT_SCHEME.fullmatch(url, at, host_end) and url.startswith("//", host_end))
        and not (url[at : at + 1] in ",|" and _host_cell_end(url) == at)
        and not _NEXT_MEMBER.fullmatch(url, at, host_end)
    ):
        return url
    return url[:at]


#: What follows a host's closing quote to the end of the authority when no other host can
#: follow it: the sentence's punctuation alone (a code span ending a sentence, ``conter
#: `s.click.aliexpress.com`.``, rusthp/voxelpromo), or the next member of a script's object
#: (``shopUrl:"//cooyes.tmall.com",showDetailQrcode: true``, a Tmall item page's source:
#: jerryliu306/catotaku): no dot before the end, no ``@``, so no host but a broken one. So does
#: a method called on the call that holds the link (a test's
#: ``expect(detectAgent("https://www.taobao.com")).toBeUndefined();``, ``….toBe(false);``,
#: cachho/jadeship-browser-extension): its parenthesis ends the last label, which no top-level
#: domain holds, so no host either; not with a string as the argument (``.toBe('uniqlo')``,
#: test_real_urls_18.py: a quote inside the host is not cut off there).
_NEXT_MEMBER = re.compile(
    r"[\"'`](?:[.,;!?)\]}>'\"*~]+|[,;][A-Za-z_$][\w$]*:[^@./]*|[)\]]*\.[A-Za-z_$][\w$]*\([^@./'\"`]*)"
)


def _host_cell_end(url: str) -> int | None:
    """Where a host right before a comma or a bar and a row's next cell ends
    (:data:`_HOST_CELL`), or None."""
    host = _HOST_CELL.match(url)
    return None if host is None else host.end()


#: What follows a host's closing quote up to the next link's ``//`` in a list of links in
#: code (``","http:``): the quotes and the comma (or semicolon) between the two, then the next
#: link's scheme; no ``@``, dot or port.
_NEXT_SCHEME = re.compile(r"[\"'`][,;][\"'`]https?:", re.IGNORECASE)


def unwrap_url(url: str) -> str | None:
    r"""The URL that ``url`` holds when it is one written as a JSON string value
    (``https:\/\/item.taobao.com\/item.htm?id=1``, every slash escaped, as in an API
    response or a page's source) or percent-encoded whole (``https%3A%2F%2F...``, copied out
    of a redirect parameter); None when it is neither, or when its percent escapes are not
    UTF-8 (``https%3A//…``, the scheme's colon encoded but not its slashes, as Zhihu's link
    redirector writes its target, is encoded whole too). JSON escapes are read as
    :func:`unwrap_text` reads them (a backslash before anything else stays). What either
    decodes to is returned as it is (non-ASCII characters, spaces): the parser reads it as
    pasted.

    >>> unwrap_url(r"https:\/\/item.taobao.com\/item.htm?spm=a1\u0026id=123")
    'https://item.taobao.com/item.htm?spm=a1&id=123'
    >>> unwrap_url("https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D123")
    'https://item.taobao.com/item.htm?id=123'
    >>> unwrap_url("https://item.taobao.com/item.htm?id=123") is None
    True
    """
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    head = url[:14].lower()
    if head.startswith(("https:\\/\\/", "http:\\/\\/")):
        return _JSON_TEXT.sub(_json_char, url)
    if head.startswith(("https%3a%2f%2f", "http%3a%2f%2f", "https%3a//", "http%3a//")):
        from urllib.parse import unquote

        try:
            return unquote(url, errors="strict")
        except UnicodeDecodeError:
            return None
    return None


def unwrap_text(text: str) -> str:
    r"""``text`` with every link written as a JSON string or percent-encoded whole replaced
    by the URL it holds (:func:`unwrap_url`'s readings): each whitespace-free token in which
    an escaped or encoded ``http(s)`` scheme appears before any ``/``, ``?`` or ``#`` (an
    encoded URL inside another URL's query is left alone). A JSON token is decoded whole (a
    glued ``"url":"`` and the escapes around the link included: ``\/``, ``\\``, ``\"``,
    ``\uXXXX``, ``\n``...; other backslashes stay; again while an escaped scheme is left, at
    most three times, as a string holding JSON escapes its slashes twice: ``https:\\/\\/``; a
    protocol-relative link's escaped ``\/\/`` after no word, colon or slash too), a
    percent-encoded one from its scheme
    to a literal ``&`` (the next parameter of the URL it was copied out of, set apart by a
    space) or the token's end. A plain ``http(s)://`` link in a JSON or script string (its
    slashes as they are, as Go's encoder and many logs write them, ``&`` written ``\u0026``,
    ``=`` ``\u003d``, a newline after it ``\n``; protocol-relative ones too) is decoded
    whole as well when such an escape (``\uXXXX``, ``\n``, ``\r``, ``\t``, ``\"``)
    follows its scheme, again while one is left (a string holding JSON escapes twice,
    ``\\u0026``), at most three times. The parser reads the result
    as if it had been pasted, so an escaped link gets every check a plain one gets.

    >>> unwrap_text(r'{"u":"https:\/\/item.taobao.com\/item.htm?id=1\u0026x=2"}')
    '{"u":"https://item.taobao.com/item.htm?id=1&x=2"}'
    >>> unwrap_text("see url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1 now")
    'see url=https://item.taobao.com/item.htm?id=1 now'
    >>> unwrap_text("&u=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1&x=2")
    '&u=https://item.taobao.com/item.htm?id=1 &x=2'
    >>> unwrap_text("https://a.example/?u=https%3A%2F%2Fitem.taobao.com")
    'https://a.example/?u=https%3A%2F%2Fitem.taobao.com'
    >>> unwrap_text(r'"_id": "https://detail.tmall.com/item.htm?id=1\u0026skuId=2",')
    '"_id": "https://detail.tmall.com/item.htm?id=1&skuId=2",'
    >>> unwrap_text(r'\"value\":\"https://item.taobao.com/item.htm?a=1\\u0026id=2\"}')
    '"value":"https://item.taobao.com/item.htm?a=1&id=2"}'
    >>> unwrap_text(r'"detail_url": "//item.taobao.com/item.htm?id\u003d1\u0026ns\u003d1",')
    '"detail_url": "//item.taobao.com/item.htm?id=1&ns=1",'
    >>> unwrap_text(r'\"u\":\"https:\\/\\/item.taobao.com\\/item.htm?id=1\"')
    '"u":"https://item.taobao.com/item.htm?id=1"'
    >>> unwrap_text(r'"itemUrl":"\/\/www.lazada.sg\/products\/pdp-i2896336114.html"')
    '"itemUrl":"//www.lazada.sg/products/pdp-i2896336114.html"'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if "\\" not in text and "%" not in text:
        return text
    out: list[str] = []
    last = 0
    for token in _WORD.finditer(text):
        word = token.group()
        plain = _unwrapped(word)
        if plain == word:
            continue
        out.append(text[last : token.start()])
        out.append(plain)
        last = token.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _unwrapped(word: str) -> str:
    """The whitespace-free token ``word`` with the link it holds written plain (see
    :func:`unwrap_text`); ``word`` itself when it holds none."""
    scheme = _ESCAPED.search(word)
    if scheme is not None and not any(c in _before(word, scheme.start()) for c in "/?#"):
        if "\\" in scheme.group():
            # a string holding JSON escapes the slashes twice (https:\\/\\/): decoded
            # while an escaped scheme is left, as the plain links below are
            for _ in range(3):
                word = _JSON_TEXT.sub(_json_char, word)
                if _ESCAPED.search(word) is None:
                    break
            return word
        # a literal "&" ends the encoded link (its own are %26): the next parameter of the
        # URL it was copied out of (url=https%3A%2F%2F…&tbnid=…) is set apart from it
        end = word.find("&", scheme.end())
        end = len(word) if end < 0 else end
        whole = unwrap_url(word[scheme.start() : end])
        if whole is None:
            return word
        return word[: scheme.start()] + whole + (" " + word[end:] if end < len(word) else "")
    # a plain link inside a JSON or script string: its slashes as they are (Go's encoder, a
    # hand-written literal) but "&" written \u0026 ("=" too, \u003d, by Gson), a newline
    # after it written \n; a string holding JSON (an API's log) escapes it twice, \\u0026;
    # protocol-relative ("//detail.tmall.com/…") as a search page's JSON writes it
    scheme = _PLAIN.search(word)
    if (
        scheme is None
        or any(c in _before(word, scheme.start()) for c in "/?#")
        or _IN_STRING.search(word, scheme.end()) is None
    ):
        return word
    for _ in range(3):
        decoded = _JSON_TEXT.sub(_json_char, word)
        if decoded == word:
            break
        word = decoded
        if _IN_STRING.search(word) is None:
            break
    return word


def _before(word: str, at: int) -> str:
    r"""What comes before a link's scheme at ``at`` in the token ``word``, without a code
    comment's ``//`` marker glued to a quoted key or an object (``//"ali_click":"https:\/\/…"``,
    ``//{"url":…``): no protocol-relative link starts with a quote or a brace."""
    if word.startswith(COMMENTED_VALUE):
        return word[2:at]
    return word[:at]


#: A code comment's ``//`` marker glued to a quoted key or value, an object or a list.
COMMENTED_VALUE = ('//"', "//'", "//{", "//[")
#: The same glued to a quote or a brace: no host starts with one (``//[`` may open an IPv6 host).
_QUOTED_VALUE = COMMENTED_VALUE[:3]
_WORD = re.compile(r"\S+")
#: A link's start: its scheme, or the ``//`` of a protocol-relative one (a search page's
#: ``"detail_url": "//detail.tmall.com/item.htm?id\u003d…"``, Gson escaping ``=`` too)
_PLAIN = re.compile(r"(?i)(?:https?:)?//")
#: A JSON string escape no URL holds (a backslash is no URL character): ``\u0026``, ``\n``...
_IN_STRING = re.compile(r'\\(?:u[0-9a-fA-F]{4}|[nrt"])')
#: A link's escaped or encoded start: its scheme (``https:\/\/``, ``https%3A%2F%2F``), or the
#: escaped ``\/\/`` of a protocol-relative one as JSON writes it
#: (``"itemUrl":"\/\/www.lazada.sg\/…``; not after a word, a colon or a slash).
_ESCAPED = re.compile(
    r"(?i)https?(?::(?:\\\\?/){2}|%3A%2F%2F|%3A//)|(?<![\w:/\\])(?:\\\\?/){2}(?=[a-z0-9])"
)
_JSON_TEXT = re.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
    r"|u([0-9a-fA-F]{4})|([\"\\/bfnrt]))"
)
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _json_char(m: re.Match[str]) -> str:
    high, low, one, simple = m.groups()
    if high is not None:  # a surrogate pair: one character
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
    if one is not None:
        code = int(one, 16)
        return m.group() if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate stays
    return _SIMPLE.get(simple, simple)


#: What a host on a marketplace domain ends with (a label, then the domain).
_DOTTED_DOMAINS = tuple("." + d for d in MARKETPLACE_DOMAINS)


def _linked(url: str) -> bool:
    """Whether a candidate has a scheme or a marketplace host (what a pasted link has)."""
    head = url[:8].lower()
    if head.startswith(("http://", "https://", "//")):
        return True
    host = url.split("/", 1)[0].split("?", 1)[0].lower().rstrip(".")
    return host in MARKETPLACE_DOMAINS or host.endswith(_DOTTED_DOMAINS)


def _comment(candidate: str) -> int:
    """Whether a ``//`` token is a comment: 2 when it never is a link (a marker alone, ``///``,
    ``////``, glued to non-ASCII text, ``//天猫旗舰``, or an XPath step, ``//a[``), 1 when it is
    no link if a link follows it in the text (``//TODO``, ``//var x;``: without one,
    ``//i tem.taobao.com`` stays a host split by a space), 0 when it may be a link."""
    if not candidate.strip("/") or XPATH_STEP.match(candidate) is not None:
        return 2
    no_host = comment_word(candidate)
    if no_host and not candidate[2:3].isascii():
        return 2
    return 1 if no_host or CODE_COMMENT.match(candidate) else 0


def _relative_comment(candidate: str, token: str, offset: int, listed: str, token_end: int) -> int:
    """:func:`_comment` of a ``//`` candidate found at ``offset`` of its ``token``, also 1
    when an assignment follows the token in ``listed`` (``//var x = …``, a commented-out
    line) unless a quote opens the candidate: a string's value is never a comment
    (``_script.src = '//fragment.tmall.com/feeds/bat';_script.onload = …``)."""
    comment = _comment(candidate)
    if comment or (offset > 0 and token[offset - 1] in "'\""):
        return comment
    return int(_ASSIGNED.match(listed, token_end) is not None)


def _last_scheme(text: str) -> int:
    """Where the last ``http(s)://`` in ``text`` starts, or a protocol-relative link glued to
    what names it (``href="//…``, ``'//…``), or -1: a comment's ``//word`` before one is no
    link (``//html += '<a href="//detail.tmall.com/…">'``, a commented-out line of script;
    without one, ``//i tem.taobao.com`` stays a host split by a space, and refused)."""
    last = -1
    for last_match in _patterns()[1].finditer(text):
        last = last_match.start()
    for glued in RELATIVE_GLUED.finditer(text, last + 1):
        last = glued.start() + 1
    return last


def _closing(target: str) -> int:
    """Where a Markdown link's target ``target`` (what follows its ``](``) ends: at the first
    ``)`` that closes no ``(`` of its own (``…/Foo_(bar))`` keeps its pair), or its end."""
    depth = 0
    for index, char in enumerate(target):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
    return len(target)


_SCHEME_HOST = re.compile(r"(?i)(?:https?:)?//([^/?#\\\s)\]]*)")


#: A link's scheme (or ``//``) and host up to a ``(`` in it: no host name holds one, so it
#: ends the link as a quote does (``https://yusing.en.alibaba.com(Ningbo Yusing Lighting)``,
#: a store named, then its company in parentheses); so does a ``)`` or ``]`` closing the
#: brackets a link was written in, with text glued after it (``(https://shop1.taobao.com)see``),
#: but not one followed by a path, a query or a fragment (``item.taobao.com]/item.htm``: typed
#: inside the link). :func:`_cut_at` keeps the link whole where what follows could make
#: another host of it (``(x.evil.example``).
PAREN_HOST = re.compile(r"(?i)(?:https?:)?//[^/?#\\\s()\[\]]+(?:\(|[)\]](?![/?#]))")


#: The brackets :data:`PAREN_HOST` may end a host at: the cheap test before it.
_BRACKETS = re.compile(r"[()\]]")


def _paren_cut(candidate: str) -> str:
    """``candidate`` cut at a ``(`` right after its host (:data:`PAREN_HOST`), else as it is."""
    paren = PAREN_HOST.match(candidate) if _BRACKETS.search(candidate) else None
    return candidate if paren is None else _cut_at(candidate, paren.end() - 1)


def _host_of(link: str) -> str | None:
    """The authority of ``link`` (``http(s)://`` or ``//``), lower-cased, or None."""
    found = _SCHEME_HOST.match(link)
    return None if found is None else found.group(1).lower()


#: A Markdown backslash escape: ``\`` before an ASCII punctuation character, which CommonMark
#: drops from a link's target (``\@`` is ``@``).
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")

#: A Markdown link target's scheme (or ``//``) and authority, backslash escapes in it
#: (``https://uniqlo.tmall.com\@evil.cn``): up to a ``/``, ``?``, ``#``, a backslash that
#: escapes nothing (a browser's ``/``), white space or the ``)`` or ``>`` ending the target.
_ESCAPED_AUTHORITY = re.compile(r"(?i)(?:https?:)?//((?:[^/?#\\\s)>]|\\[!-/:-@\[-`{-~])*)")


def _unescaped_target(target: str) -> str:
    """A Markdown link's target ``target`` with the backslash escapes of its authority undone,
    as CommonMark reads it before a browser opens it (``https://uniqlo.tmall.com\\"@evil.cn``
    is ``https://uniqlo.tmall.com"@evil.cn``, which leads to ``evil.cn``: the parser refuses
    it, where it read a backslash as a browser's ``/`` and so the store)."""
    found = _ESCAPED_AUTHORITY.match(target)
    if found is None or "\\" not in found.group(1):
        return target
    authority = _MARKDOWN_ESCAPE.sub(r"\1", found.group(1))
    return target[: found.start(1)] + authority + target[found.end(1) :]


def _target_host(target: str) -> str | None:
    """The host a Markdown link's target ``target`` leads to, lower-cased, or None: its
    authority (:func:`_host_of`) with its backslash escapes undone, as CommonMark reads a
    target before a browser opens it (``https://uniqlo.tmall.com\\@evil.cn`` leads to
    ``evil.cn``, ``https://item.taobao.com\\.evil.cn/`` to ``item.taobao.com.evil.cn``)."""
    found = _ESCAPED_AUTHORITY.match(target) if "\\" in target else None
    if found is None or "\\" not in found.group(1):
        return _host_of(target)
    authority = _MARKDOWN_ESCAPE.sub(r"\1", found.group(1)).lower()
    return re.split(r"[/?#\\]", authority, maxsplit=1)[0]


#: A call's parenthesis and the quote that opens its argument (``querySelectorAll('``), the
#: first one in a token: where the argument starts (see :func:`_unglued`).
_CALLED_QUOTE = re.compile(r"^[^\s'\"(]*\(['\"]")

#: A Markdown title's closing quote or parenthesis, the image link's ``)``, then its link's
#: target without a scheme (``"title")](item.taobao.com/…``): group 1, the target's host and
#: the slash or ``?`` after it. Bounded, so a search stays linear.
_TITLED_TARGET = re.compile(r"[\"')]\)\]\(((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})[/?]")


def _unglued(candidate: str) -> tuple[int, str]:
    """``(where the link starts, the link)`` in a token that code glues to a link by a quote
    or a parenthesis (``f('item.taobao.com/…')``; a marketplace's host alone in its quotes,
    ``add("item.taobao.com")``, is the host; another's is none: ``""``), else ``(0, candidate)``."""
    base = 0
    glued = GLUED_HOST.search(candidate)
    call = _CALLED_QUOTE.search(candidate) if glued is None else None
    if call is not None:
        # a quoted argument that quotes the link again (a CSS selector in a call:
        # querySelectorAll('a[href*="detail.1688.com/offer/"]')): the link is glued to the
        # argument's text, as to code before one quote (realurls58)
        base = call.end()
        glued = GLUED_HOST.search(candidate[base:])
    if glued is None:
        target = _MARKDOWN_HOST.search(candidate) if "](" in candidate else None
        if target is not None and _linked(target.group(1)):
            return target.start(1), target.group(1)  # [Store](weactstudio.aliexpress.com)
        titled = _TITLED_TARGET.search(candidate) if ")](" in candidate else None
        if titled is not None and _linked(titled.group(1)):
            # a linked image's title, then its target without a scheme (urlleft2's
            # [![alt](image "title")](item.taobao.com/…)): the target is the link
            return titled.start(1), candidate[titled.start(1) :]
        return 0, candidate
    start = base + glued.start(1)
    if not glued.group(1).endswith(("/", "?")):
        return start, glued.group(1) if _linked(glued.group(1)) else ""
    return start, candidate[start:]


#: A scheme typed with a full-width colon or slashes (``https：//``, ``https:／／``), which a
#: Chinese input method types: read as ``https://``.
WIDE_SCHEME = re.compile("(?i)(?<![A-Za-z])(https?)[:\uff1a][/\uff0f]{2}")


def _narrow_scheme(match: re.Match[str]) -> str:
    return f"{match[1]}://"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


#: What marks a URL in the run of text before an XPath call or step (``evil.cn/a[``,
#: ``https://evil.cn/a[``, ``//evil%2ecn/a[``): a dotted host's label, a scheme, an escape.
_URL_RUN = re.compile(r"[\w-]\.[\w-]|:/|%")
#: A run that opens as a link's host and its path (``//ul/li/a[@href=``, ``//evil/a[``,
#: ``x//ul//a[``): read as that link (a foreign host, the quoted link suggested), as
#: :func:`parse_listing` reads it.
_HOST_RUN = re.compile(r"(?://)?[\w-]+/")


def xpath_attributes(text: str) -> Iterator[re.Match[str]]:
    """The :data:`XPATH_ATTRIBUTE` matches of ``text`` that start an XPath expression, not a
    link's path: the run of text before each (back to a space or a quote) holds no host, scheme
    or escape, and opens as no ``host/`` or ``//host/`` link. ``evil.cn/a[@href="https://item.taobao.com/…"]``
    is ``evil.cn``'s link with a bracket and a quote in its path (the marketplace link embedded
    in it, as in any other path), no scraper's selector. Linear: each run is scanned back to
    the previous match only.

    >>> [m.group(1) for m in xpath_attributes('.//ul/li/a[@href="x"] contains(@src, "y")')]
    ['@href', '@src']
    >>> list(xpath_attributes('evil.cn/a[contains(@href,"item.taobao.com/item.htm?id=1")]'))
    []
    """
    done = 0
    for match in XPATH_ATTRIBUTE.finditer(text):
        start = match.start()
        run = start
        while run > done and not text[run - 1].isspace() and text[run - 1] not in "'\"":
            run -= 1
        done = match.end()
        if _URL_RUN.search(text, run, start) is None and not _HOST_RUN.match(text, run, start + 1):
            yield match


def _blank_attributes(text: str) -> str:
    """``text`` with each XPath attribute of :func:`xpath_attributes` as spaces."""
    pieces: list[str] = []
    done = 0
    for match in xpath_attributes(text):
        pieces += (text[done : match.start(1)], " " * len(match.group(1)))
        done = match.end(1)
    return "".join(pieces) + text[done:] if pieces else text


#: The HTML character references that render white space (:meth:`str.isspace`), by name (lower
#: case) to what each renders, as Python's :data:`html.entities.html5` gives them; written out
#: here, not derived on import (the table costs about 10 ms to import and scan):
#: ``tests/listings/test_space_references.py`` derives it and checks it is this one.
SPACE_NAMES = {
    "emsp": "\u2003",
    "emsp13": "\u2004",
    "emsp14": "\u2005",
    "ensp": "\u2002",
    "hairsp": "\u200a",
    "mediumspace": "\u205f",
    "nbsp": "\xa0",
    "newline": "\n",
    "nonbreakingspace": "\xa0",
    "numsp": "\u2007",
    "puncsp": "\u2008",
    "tab": "\t",
    "thickspace": "\u205f\u200a",
    "thinsp": "\u2009",
    "thinspace": "\u2009",
    "verythinspace": "\u200a",
}
#: The code points a numeric reference renders as white space, as :func:`html.unescape` reads
#: them (``&#32;``, ``&#8194;``, ``&#12288;``; not ``&#133;``, which renders ``…``; every white
#: space character is below U+3001): checked by the same test.
_SPACE_POINTS = (9, 10, 12, 13, 32, 160, 5760, *range(8192, 8203), 8232, 8233, 8239, 8287, 12288)
#: White space written as an HTML character reference, by name or number, in any case (a
#: browser renders it as white space: :data:`SPACE_NAMES`, :data:`_SPACE_POINTS`); no
#: Python-only syntax (the columnar kernel's RE2 reads the parser's pattern built from it).
SPACE_ENTITY_PATTERN = (
    f"{'|'.join(sorted(SPACE_NAMES, key=lambda n: (-len(n), n)))}"
    f"|#0*(?:{'|'.join(map(str, _SPACE_POINTS))})"
    f"|#x0*(?:{'|'.join(f'{n:x}' for n in _SPACE_POINTS)})"
)
#: A space written as an HTML entity (the parser's ``_ENTITIES`` rendering a space).
_SPACE_ENTITY = re.compile(rf"(?i)&(?:{SPACE_ENTITY_PATTERN});")
#: The space entities read as spaces wherever they are (``&nbsp;``, ``&#160;``...).
_ALWAYS_SPACE = re.compile(r"(?i)&(?:nbsp|ensp|emsp|#0*160|#x0*a0);")
#: A word that is a host's name alone (``evil.cn``, no scheme, no path).
_BARE_HOST = re.compile(r"(?:[A-Za-z0-9-]{1,63}\.){1,126}[A-Za-z][A-Za-z0-9-]{0,62}")
_HOST_SET = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
#: The characters of a host's name, read back from an entity (at most 253 of them).
_HOST_CHARS = re.compile(r"[A-Za-z0-9.-]{1,254}")


def space_entity(entity: re.Match[str]) -> bool:
    """Whether ``entity``, white space written as an HTML character reference
    (``SPACE_ENTITY_PATTERN``), is read as white space, by ``extract_urls`` and the parser
    alike: yes, unless written by its number or as a tab or a line break (``&#32;``,
    ``&Tab;``) glued right after a word that is a host's name alone
    (``evil.cn&#32;item.taobao.com/…``): a browser given that text opens the host (``#`` starts
    its fragment; a tab or a line break inside a link is dropped), so the text is read as
    written (refused). ``&nbsp;`` and its kin are spaces anywhere, as they were."""
    text, at = entity.string, entity.start()
    if text[at + 1] != "#":
        if text[at + 1 : at + 4].lower() not in ("tab", "new"):
            return True
    elif _ALWAYS_SPACE.fullmatch(entity.group()):
        return True
    if at == 0 or text[at - 1] not in _HOST_SET:
        return True
    back = text[at - 1 : max(at - 256, 0) - 1 if at > 255 else None : -1]  # read backwards
    word = _HOST_CHARS.match(back)
    if word is None or (word.end() < len(back) and not back[word.end()].isspace()):
        return True  # https://uniqlo.tmall.com&#32;(x): the link ends at the entity
    return _BARE_HOST.fullmatch(word.group()[::-1]) is None


def _space_blank(entity: re.Match[str]) -> str:
    return _blank(entity) if space_entity(entity) else entity.group()


def _listed(text: str) -> str:
    """``text`` with what parts links made one character for one (offsets kept): links
    joined by commas apart as if by spaces; a scheme typed with a full-width ``：`` or ``／``
    (a Chinese input method's ``https：//…``) as ``https://``; an XPath attribute before the
    string it is tested against (``contains(@href,"…")``) as spaces."""
    listed = text
    if "&" in text and ";" in text:
        # a space written as an HTML entity (``https://uniqlo.tmall.com&nbsp;(x)``) ends a link
        # as a space does: parse_listing renders it first, so the link is not cut at its ";"
        listed = _SPACE_ENTITY.sub(_space_blank, listed)
    if "," in text or ";" in text or "|" in text:
        listed = LISTED_LINK.sub(_blank, listed)
    if "@" in text:
        listed = _blank_attributes(listed)
    if "\uff1a" in text or "\uff0f" in text:
        listed = WIDE_SCHEME.sub(_narrow_scheme, listed)
    return listed


def _tokens(
    token_rx: re.Pattern[str], listed: str, rests: list[tuple[str, int, int]]
) -> Iterator[tuple[str, int, int]]:
    """The candidate tokens of ``listed`` with their spans, each followed by the rests
    :func:`_glued_rest` found in it."""
    for match in token_rx.finditer(listed):
        token, start = match.group(), match.start()
        if token.startswith(_QUOTED_VALUE):
            # a code comment's marker glued to a quoted value (//"taobao://…";): no host
            # starts with a quote or a brace, so the token is read after the marker (not
            # after //[, which may open an IPv6 host)
            token, start = token[2:], start + 2
        yield token, start, match.end()
        while rests:
            yield rests.pop()


def _glued_rest(
    listed: str, start_rx: re.Pattern[str], end: int, token_end: int
) -> tuple[str, int, int] | None:
    """The rest of a token after a link cut short (at Chinese punctuation or text glued on),
    from its next scheme on, as a token of its own: a second link glued to the first
    (``链接1：https://…，链接2：https://…``) is found too. None when no scheme follows."""
    glued = start_rx.search(listed, end, token_end)
    if glued is None:
        return None
    return listed[glued.start() : token_end], glued.start(), token_end


#: The target an editor's "insert link" button leaves for the writer to replace (GitHub's:
#: ``[https://…](url)``): a placeholder, not the relative link ``url`` (``[https://…](x)`` is).
_PLACEHOLDER = re.compile(r"(?i)url")


#: A Markdown link's ``](`` and a link as its target: the link shown before it is the link
#: text of ``[https://…](https://…)`` with its ``[`` left out (a line cut before it, or copied
#: from the middle of a page: cachho/cn-links's filterLinks test pastes
#: ``https://detail.1688.com/offer/N.html](https://detail.1688.com/offer/N.html)``); ``]`` is
#: never in a host, nor before ``(`` in a link copied from a browser.
PASTED_TARGET = re.compile(r"(?i)\]\((?:https?:)?//")


def _linked_link(candidate: str) -> tuple[int, str]:
    """``[https://…](https://…)``: a Markdown link whose text is the link itself, as editors
    write a pasted link; ``]`` is never in a host, so no cut makes another host of it. A
    target on another host is where the link leads, whatever it shows: it is read, as
    ``[text](url)``'s is (``[https://item.taobao.com/…](https://evil.example/…)`` is no Taobao
    listing). The placeholder ``url`` an editor's "insert link" button leaves
    (``[https://…](url)``) is no target: the link shown is read. Returns the characters
    skipped and the link."""
    cut = candidate.index("](")
    # a target in angle brackets (``](<https://…>)``, CommonMark's): the same target, the
    # candidate cut at its ``>`` (:func:`_angled`)
    angled = candidate[cut + 2 : cut + 3] == "<"
    target = candidate[cut + 2 + angled :]
    if _host_of(candidate[:cut]) == _target_host(target):
        return 0, candidate[:cut]
    end = _closing(target)
    if (end < len(target) or angled) and _PLACEHOLDER.fullmatch(target, 0, end):
        return 0, candidate[:cut]
    return cut + 2 + angled, _cut_at(target, end)


#: A link to a host alone as a Markdown link's text, its ``](`` right after the host
#: (``[https://uniqlo.tmall.com](//evil.cn)``, its target after white space too,
#: ``]( https://…)``, ``](<\nhttps://…>)``): the ``](`` stays for :func:`_linked_link`, not
#: cut as the end of a host in brackets (``[https://uniqlo.tmall.com]more``): the link leads
#: where its target does, as it does with a path (``[https://uniqlo.tmall.com/](…)``).
_HOST_LINKED = re.compile(r"(?i)(?:https?:)?//[^/?#\\\s()\[\]]+\]\(")

#: A Markdown link's ``](`` and a link in angle brackets as its target (``](<https://…``).
ANGLED_TARGET = re.compile(r"(?i)\]\(<(?:https?:)?//")


def _angled(token: str, offset: int, candidate: str, at: int) -> bool:
    """Whether the ``<`` at ``at`` in ``candidate`` (at ``offset`` in ``token``) opens the
    target of a Markdown link whose text is the link (``[https://…](<https://…>)``, or pasted
    without its ``[``, ``https://…](<https://…>)``, as :data:`PASTED_TARGET`): the link then
    ends at the ``>`` closing it (:func:`_linked_link`), not at the ``<``."""
    if at < 2 or candidate[at - 2 : at] != "](":
        return False
    return (offset > 0 and token[offset - 1] == "[") or ANGLED_TARGET.match(
        candidate, at - 2
    ) is not None


def _unescaped_stop(
    token: str, offset: int, candidate: str, stop: re.Match[str] | None
) -> re.Match[str] | None:
    """The first :data:`_STOP` from ``stop`` on in ``candidate`` (at ``offset`` in ``token``)
    that no backslash escapes inside a Markdown link's target (``](https://…\\"@evil.cn)``,
    ``](<https://…\\>@evil.cn>)``): CommonMark reads ``\\"`` as a ``"`` of the target, which
    goes on, its host with it (a browser opens ``evil.cn``), so the link does not end there."""
    if token.endswith(("](", "](<"), 0, offset):
        target = 0
    else:
        target = candidate.find("](")
        if target < 0:
            return stop
    while (
        stop is not None
        and stop.start() > target + 1
        and candidate[stop.start() - 1] == "\\"
        and candidate[stop.start() - 2] != "\\"
    ):
        stop = _STOP.search(candidate, stop.end())
    return stop


def _bbcode(token: str, offset: int) -> bool:
    """Whether the link at ``offset`` in ``token`` opens a BBCode link tag (``[url=…]``,
    ``[URL='…']``: a forum post's link, its text after the ``]``)."""
    return token[max(offset - 6, 0) : offset].lower().endswith(("[url=", "[url='"))


def _cut_glued(candidate: str) -> str:
    """``candidate`` cut at the non-ASCII text glued on after its host (:func:`cut_url`), and
    then where a CSV cell follows in what is left (:func:`list_cut`): the link ends at the
    text glued on, so what comes after that text (``&bao`` in ``…?id=N,tao。&bao``) does not
    hide the cell before it (``,tao`` after the id is a cell of text, as in ``…?id=N,tao``)."""
    cut_short = cut_url(candidate)
    if cut_short is not candidate:
        cut = list_cut(cut_short)
        if cut is not None:
            return _cut_at(cut_short, cut)
    return cut_short


def _start_of(candidate: str) -> tuple[re.Match[str] | None, int | None] | None:
    """How :func:`_schemeless`'s ``candidate`` starts: ``(a word label, None)``
    (``Link:item.taobao.com/…``, ``url=…``), ``(None, the end of an ASCII word before a
    label)`` (``x链接：…``, ``a😀b链接：…``: one word), ``(None, None)``, or None where that word
    holds a host's mark (``a😀b｡c链接：…``, ``a&quest;b链接：…``: refused, as ``a.b链接：…`` and
    ``a?b链接：…`` are)."""
    if candidate[:1].isalpha() or candidate[:1] == "_":
        word = WORD_LABEL.match(candidate) or PARAMS_LABEL.match(candidate)
        if word is not None:
            return word, None
    if not candidate[:1].isascii():
        return None, None
    lead = _WORD_BEFORE_LABEL.match(candidate)
    if lead is None:
        return None, None
    mixed = _MIXED_WORD.match(candidate, lead.end())  # a😀b链接：…: one word
    lead_end = lead.end() if mixed is None else mixed.end()
    head = candidate[:lead_end]
    if mixed is not None and _HEAD_MARKS.search(head) is not None:
        return None
    if "&" in head and hostish_entity(head):
        return None
    return None, lead_end


def _schemeless(
    candidate: str, hostish_rx: re.Pattern[str], opened: bool = False
) -> tuple[int, str] | None:
    """``(the characters skipped, the link)`` of a token that may hold a link without its
    scheme, or None when it holds none; ``opened``: a quote, a bracket or emphasis opened
    right before ``candidate`` in its token (``"uniqlo.tmall.com",``)."""
    skip = 0
    start = _start_of(candidate)
    if start is None:
        return None
    word, lead_end = start
    if word is not None:  # Link:item.taobao.com/…, url=item.taobao.com/…
        skip, candidate = word.end(), candidate[word.end() :]
    elif lead_end is not None or not candidate[:1].isascii():
        if lead_end is None:
            label = _LABELLED.match(candidate) or _GLUED_TEXT.match(candidate)
            if label is None and (mixed := _MIXED_WORD.match(candidate)) is not None:
                # 😀ab链接：…, 端a-b链接：…: a word starting with what is not ASCII, read as
                # a😀b链接：… is (and refused as it is with a host's mark in it: 😀a｡b链接：…)
                head = candidate[: mixed.end()]
                if _HEAD_MARKS.search(head) is not None or ("&" in head and hostish_entity(head)):
                    return None
                label = _LABELLED.match(candidate, mixed.end())
        else:  # x链接：item.taobao.com/…: the label after the word
            label = _LABELLED.match(candidate, lead_end)
        # a scheme-less host after a label and its full-width colon or bracket:
        # 淘宝店铺：shop114407458.taobao.com (never after a letter: 链接shop1.taobao.com could be
        # one internationalised label of the host), or after an HTML tag or a quote glued to
        # a word (看<code>item.taobao.com/…: no host holds a ">" or a quote, so the host starts
        # after it, as after a label)
        if label is not None:
            # and what opens a quote, a bracket, a code span or emphasis after the label, as
            # before a token (店铺：[joinsun.1688.com/], 店铺：<item.taobao.com/…>)
            bare = candidate[label.end() :].lstrip(_OPENERS)
            params = PARAMS_LABEL.match(bare)
            if params is not None:  # 请求参数:shop_url=shop63387065.taobao.com/
                bare = bare[params.end() :]
            skip, candidate = len(candidate) - len(bare), bare
            if bare.startswith("//") and (
                hostish_rx.match(bare, 2) is not None
                or _celled_host(bare, 2)
                or _WRAPPED_HOST.fullmatch(cut_url(bare[2:])) is not None  # 「//…tmall.com」
            ):
                return skip, bare  # a protocol-relative link: 链接：//item.taobao.com/…
        else:
            skip, candidate = _unglued(candidate)
            if not skip:
                return None
    host = hostish_rx.match(candidate)
    if host is None and not candidate.isascii():
        # a host alone, then full-width punctuation (店铺：uniqlo.tmall.com。, …com～): read
        # where it ends the host (cut_url; kept whole where it could continue the host)
        cut = cut_url(candidate)
        host = hostish_rx.fullmatch(cut)
        if host is None and cut[-1:] in _CLOSING_HOST:
            # and what closes a sentence before the punctuation (uniqlo.tmall.com..（官方）):
            # the host, as without the note (uniqlo.tmall.com..), which parse_listing reads
            host = _WRAPPED_HOST.fullmatch(cut.rstrip(_CLOSING_HOST))
    if host is None:  # an argument or a value: f('item.taobao.com/…')
        more, candidate = _unglued(candidate)
        skip, host = skip + more, hostish_rx.match(candidate)
    if host is None and candidate[-1:] in _CLOSERS:
        # a marketplace's host alone, then what closes a quote, a bracket, a code span or
        # emphasis, and a sentence's end ("uniqlo.tmall.com", (uniqlo.tmall.com).; after a
        # label too, 店铺：(uniqlo.tmall.com)): read as the same host with a slash is, or in
        # full-width brackets. Not another host (a lookalike in backquotes is no link), nor a
        # host before a comma or a semicolon (code listing hosts: "ai.world.taobao.com",)
        bare = candidate.lstrip(_OPENERS)
        host = _WRAPPED_HOST.fullmatch(bare.rstrip(_CLOSING_HOST))
        skip, candidate = skip + len(candidate) - len(bare), bare
    if host is None:
        host, whole = _host_before_stop(candidate, quoted=not (skip or opened))
        if whole:
            return skip, candidate
    if host is None or ("/" not in candidate and host.group().count(".") < 2):
        return None
    return skip, candidate


def _host_before_stop(candidate: str, quoted: bool) -> tuple[re.Match[str] | None, bool]:
    """A marketplace's host ending where a quote and a comma, a CSV cell's comma, a closing tag
    or a table's bar stops it, and whether ``candidate`` is the link whole (a cell that could
    go on with the host); ``quoted``: no quote, bracket or label opened before the host."""
    if quoted and candidate[-2:-1] in ('"', "'") and candidate[-1:] in ",;":
        # a quoted phrase ending with a marketplace's host, then a comma or a semicolon
        # ("see uniqlo.tmall.com",): the host, as without them; not a host alone in quotes,
        # a code list's entry ("ai.world.taobao.com",), whose quote opens the token
        host = _WRAPPED_HOST.fullmatch(candidate, 0, len(candidate) - 2)
        if host is not None:
            return host, False
    if "," in candidate:
        # a marketplace's host, then a comma and the next cell of a CSV row
        # (uniqlo.tmall.com,Shop A; uniqlo.tmall.com,12.5): the comma ends it (_HOST_CELL)
        end = _host_cell_end(candidate)
        host = None if end is None else _WRAPPED_HOST.fullmatch(candidate, 0, end)
        if host is not None:
            return host, False
        if _WRAPPED_HOST.fullmatch(candidate, 0, candidate.index(",")):
            # a cell that could go on with the host (,Shop/x: a browser reads a comma into
            # it, so uniqlo.tmall.com,shop is the host; ,x.evil.example): the link, refused
            # as it is alone on its line, not "no URL found" (urls40)
            return None, True
    return _host_before_tag_or_bar(candidate), False


def _host_before_tag_or_bar(candidate: str) -> re.Match[str] | None:
    """A marketplace's host, then a closing tag (a page's title: ``… | www.lazada.vn</title>``:
    no host holds a "<"; the link ends there, as one with its scheme does, _STOP) or a table's
    bar (``|uniqlo.tmall.com|``, ``|Shop|…com|12|``: no host holds a bar; the cell is cut there
    as one with its scheme is, _cut_at keeping whole what could make another host of it)."""
    for stop in ("</", "|"):
        if stop in candidate:
            host = _WRAPPED_HOST.fullmatch(candidate, 0, candidate.index(stop))
            if host is not None:
                return host
    return None


def _celled_host(text: str, at: int) -> bool:
    """Whether a marketplace's host starts ``text`` at ``at``, then a comma or a bar (a CSV
    row's or a table's next cell: ``店铺：//uniqlo.tmall.com,Shop A``), as a host with a path
    would be read there: the cell is then cut off, or the link refused, as without the label."""
    cells = [i for i in (text.find(",", at), text.find("|", at)) if i > at]
    return bool(cells) and _WRAPPED_HOST.fullmatch(text, at, min(cells)) is not None


#: The ``//`` before a host in what a token holds before a scheme (see :func:`_host_before`).
_SLASHES = re.compile(r"//(?=[A-Za-z0-9])")


#: File extensions that no top-level domain is: a name whose last label is one (``a.jpg``,
#: ``x.json``) is a file's name, not a host a link is on (``a.jpg?x=1,https://…``).
FILE_EXTENSIONS = (
    "jpg", "jpeg", "png", "gif", "webp", "svg", "js", "css", "json", "html", "htm", "php",
    "txt", "csv", "xml", "pdf",
)  # fmt: skip
_FILE_EXTENSIONS = frozenset(FILE_EXTENSIONS)


def _file_name(name: str) -> bool:
    """Whether ``name``'s last label is a file extension no top-level domain is."""
    return name.rpartition(".")[2].lower() in _FILE_EXTENSIONS


def _host_before(head: str, hostish_rx: re.Pattern[str]) -> bool:
    """Whether ``head``, what a token holds before a scheme, starts a link without its scheme
    (after what opens a quote, a bracket or emphasis, or a label) whose path or query holds
    the link with the scheme: ``see pandabuy.com/product?url=https://item.taobao.com/…`` is
    the agent's link, as it is alone, not the listing it embeds; so does a protocol-relative
    link glued to the attribute or JSON name that holds it (``href="//evil.cn/go/https://…``,
    ``"url":"//evil.cn/?u=https://…``) when no quote closes its value before the scheme."""
    cell = _CELLED_HOST.search(head)
    if cell is not None and not _file_name(cell.group(1)):
        # after a cell's or a list's separator, a tag's ">" or a Markdown target's "](" (or a
        # call's "("): ,evil.cn/https://…, [x](evil.cn/?u=https://…), as after a space
        return True
    bare = head.lstrip(_OPENERS)
    if not bare[:1].isascii():
        label = _LABELLED.match(bare) or _GLUED_TEXT.match(bare)
        if label is None:
            # text glued to a host's name, no label's punctuation between (看evil.cn/…): one
            # internationalised name with the host (看item.taobao.com/… is no marketplace's
            # link either), so the link after its slash is in its path
            return _GLUED_NAME.match(bare) is not None
        bare = bare[label.end() :].lstrip(_OPENERS)
    host = hostish_rx.match(bare, 2 if bare.startswith("//") else 0)  # or protocol-relative
    if host is not None and bare[host.end() : host.end() + 1] in ("/", "?", "#"):
        return not _file_name(host.group())  # x.json/https://…: a file's name, no host
    slashed = _HOST_BACKSLASH.match(bare, 2 if bare.startswith("//") else 0)
    if slashed is not None:
        # a backslash (escaped in a string or not) right before the scheme: a browser reads
        # it as the host's slash (evil.cn\https://…), where ``\n`` would be an escape
        return not _file_name(slashed.group(1))
    quoted = None if bare.startswith("//") else _SLASHES.search(bare)
    if (
        quoted is None
        or _in_link(bare[: quoted.start()])
        or any(c in bare[quoted.end() :] for c in "\"'|")
    ):
        return False
    host = hostish_rx.match(bare, quoted.end())
    return (
        host is not None
        and bare[host.end() : host.end() + 1] in ("/", "?", "#")
        and not _file_name(host.group())
    )


#: A host without its scheme (its path, query or fragment on to the end of the text before a
#: scheme: no separator, quote, bracket or space in it) right after a cell's or a list's
#: separator, a tag's ``>``, an opening parenthesis (a Markdown target's ``](``, ``url(``):
#: group 1, the host. Bounded, and anchored at the end, so a search stays linear.
_CELLED_HOST = re.compile(
    r"[,;|>(]((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})\.?(?::[0-9]{1,5})?[/?#]"
    r"[^\s,;|>()\[\]'\"<`]*+\Z"
)
#: A host then one backslash, or one escaped, and nothing else: group 1, the host.
_HOST_BACKSLASH = re.compile(
    r"((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})\.?(?::[0-9]{1,5})?\\{1,2}\Z"
)
#: Text that is not ASCII glued to a dotted host's name, then its path, query or fragment.
_GLUED_NAME = re.compile(
    r"[^\x00-\x7f\s]++(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}[/?#][^\s'\"<>`]*+\Z"
)


#: A dot between letters or digits and a letter (``img.alicdn.com``, ``a.b``): what a host holds.
_DOTTED = re.compile(r"[A-Za-z0-9-]\.[A-Za-z]")


#: What opens a Markdown image inside a link's text, ``[![alt](``, up to its image's link (the
#: alt text bounded: one line, no bracket).
_LINKED_IMAGE = re.compile(r"\[!\[[^\[\]\n]{0,200}\]\($")


#: A Markdown link's target without a scheme (``](item.taobao.com/…``): group 1, its host.
_BARE_TARGET = re.compile(r"\]\(((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63})[/?]")


def _image_target(token: str, offset: int, listed: str, token_start: int) -> int | None:
    """Where the target of a Markdown linked image starts in ``token`` when the link at
    ``offset`` is its image's (``[![alt](https://img…/x.jpg)](https://item…)``): a Markdown
    link's target is where it leads, whatever it shows, an image included; -1 when the target
    comes in a later token (a title after the image's link); None otherwise."""
    at = token_start + offset
    if _LINKED_IMAGE.search(listed, max(at - 206, 0), at) is None:
        return None
    end = offset + _closing(token[offset:])
    if token[end : end + 3] == ")](":
        return end + 3 + (token[end + 3 : end + 4] == "<")  # its target in angle brackets
    if end == len(token):  # a title after the image's link (![alt](https://… 'title')): the
        close = at + _closing(listed[at : at + 1024])  # target follows in a later token, so
        if PASTED_TARGET.match(listed, close + 1) or ANGLED_TARGET.match(listed, close + 1):
            # the image's link is skipped (-1)
            return -1
        bare = _BARE_TARGET.match(listed, close + 1)  # or a marketplace's, without its scheme
        if bare is not None and _linked(bare.group(1)):
            return -1
    return None


#: A Markdown link's target (what follows its ``](``, up to the spaces before a title).
_TITLED = re.compile(r"[^\s()\[\]<>\"']{1,2048}")
#: A character of a Markdown link's label: no bracket (but an escaped one, ``\]``), a line end
#: where no blank line follows (CommonMark's labels go over lines).
_LABEL_TEXT = r"(?:[^\[\]\\\n]|\\[^\n]|\n(?![ \t]*\n))"
#: A Markdown link's text between its ``[`` and ``]`` (no bracket, over lines but no blank one).
_LINK_TEXT = re.compile(r"(?:[^\[\]\n]|\n(?![ \t]*\n)){0,200}")
#: What closes each kind of title.
_TITLE_CLOSE = {'"': '"', "'": "'", "(": ")"}
#: A Markdown link's text that is an image (a linked image, ``[![alt](image "t")](target)``),
#: its title on one line too: the brackets of the image's alt text and its parentheses.
_IMAGE_TEXT = re.compile(r"!\[[^\[\]\n]{0,200}\]\([^()\n]{0,2048}\)")


def _title_target(token: str, offset: int, listed: str, token_start: int) -> int | None:
    """Where the link the link at ``offset`` in ``token`` is a Markdown title of leads:
    a link's title (``[text](https://evil.example/ "https://item.taobao.com/…")``) leads to
    the link's target, read in its own token, so -1; an image's title in a linked image
    (``[![alt](image "https://…")](target)``) leads to the target after it, so the target's
    offset (-1 when the target is no link: ``](#top)``); None for any other link (an image's
    title with no link round it is text, read as text is). The link's text may be a linked
    image's (``[![alt](image "t")](target "https://…")``), and the title's quote may hold
    another (``'"https://…"'``). Looks back only over the spaces, the target (the token
    before) and the link's bounded text, so a scan stays linear."""
    quote_at = token_start + offset - 1
    if offset > 1 and token[offset - 2] in "\"'(":
        quote_at -= 1  # a quote in the title's (``'"https://…"'``): the title opens outside
    end = quote_at
    while end > 0 and quote_at - end < 10 and listed[end - 1] in " \t":
        end -= 1
    if end == quote_at:
        return None
    floor = max(end - 2050, 0)
    start = max(listed.rfind(" ", floor, end), listed.rfind("\t", floor, end), floor - 1)
    opened = listed.rfind("](", start + 1, end)
    if opened < 0 or _TITLED.fullmatch(listed, opened + 2, end) is None:
        return None
    bracket = listed.rfind("[", max(opened - 201, 0), opened)
    if bracket >= 0 and _LINK_TEXT.fullmatch(listed, bracket + 1, opened) is None:
        bracket = -1
    if bracket < 0 and listed[opened - 1 : opened] == ")":  # [![alt](image "t")](target "…")
        bracket = listed.rfind("[![", max(opened - 2260, 0), opened)
        if bracket < 0 or _IMAGE_TEXT.fullmatch(listed, bracket + 1, opened) is None:
            return None
    if bracket < 0:
        return None
    if listed[bracket - 1 : bracket] != "!":
        return -1
    close = token.find(_TITLE_CLOSE[listed[quote_at]], offset)
    if close < 0 or token[close + 1 : close + 4] != ")](":
        return None
    target = close + 4
    linked = PASTED_TARGET.match(token, close + 2) or _BARE_TARGET.match(token, close + 2)
    if linked is None and ANGLED_TARGET.match(token, close + 2):  # ](<https://…>)
        return target + 1
    return target if linked is not None else -1


def _shown_elsewhere(listed: str, at: int, end: int) -> bool:
    """Whether the link at ``at`` to ``end`` in ``listed`` is shown in a Markdown link's text
    with more text after it (or in a reference link's, :func:`_referenced_elsewhere`), the link
    leading to a target that is a link
    (``[https://uniqlo.tmall.com (official)](https://evil.example/)``,
    ``[see https://item.taobao.com/… now](evil.example/x)``): the link leads where its target
    does, read in its own token, as ``[https://…](https://evil.example/)``'s is
    (:func:`_linked_link`). The text holds no bracket and no blank line, however long
    (:func:`_plain_between`). A definition's label read with its ``]:``
    (``[https://…]: https://evil.example``) is a label, as ``[https://… (x)]: …`` is."""
    if listed.endswith("]:", at, end) and "]" not in listed[at : end - 2]:
        end -= 2  # the label's "]:", read into the link: the label ends before it
    close = _next_close(listed, end)
    if close < end:
        return False
    if listed[close + 1 : close + 2] in ("[", ":"):
        return _referenced_elsewhere(listed, at, end, close)
    if listed[close + 1 : close + 2] != "(":  # [https://… (x)] and [https://… (x)]: elsewhere
        return bool(_definitions(listed)[0]) and _referenced_elsewhere(listed, at, end, close)
    if close == end or not _plain_between(listed, end, close):
        return False
    if _INLINE_TARGET.match(listed, close) is None:
        return False
    bracket = _previous_open(listed, at)
    return bracket >= 0 and _plain_between(listed, bracket + 1, at)


#: A Markdown inline link's target after its text's ``]``: a link, or a host with a path, as
#: CommonMark reads it, in angle brackets or not, after spaces and a line end or not
#: (``](https://…``, ``](<https://…>)``, ``]( https://… )``, ``](\nhttps://…``,
#: ``](evil.example/``).
_INLINE_TARGET = re.compile(
    r"(?i)\]\([ \t]*(?:(?:\r\n?|\n)[ \t]*)?<?"
    r"(?:(?:https?:)?//|(?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,63}[/?>])"
)


@lru_cache(maxsize=1)
def _brackets(listed: str) -> tuple[list[int], list[int], list[int]]:
    """Where ``listed`` holds a ``[``, a ``]`` and a blank line (its first line end), each in
    order: found in one scan of the text (the last text's kept, if short: :data:`_KEPT_TEXT`),
    looked up for every link."""
    opens = [m.start() for m in re.finditer(r"\[", listed)]
    closes = [m.start() for m in re.finditer(r"\]", listed)]
    blanks = [m.start() for m in re.finditer(r"\n[ \t]*\n", listed)]
    return opens, closes, blanks


def _next_close(listed: str, end: int) -> int:
    """Where the first ``]`` at or after ``end`` is in ``listed``, -1 if none (looked for
    nearby first: most texts are short)."""
    close = listed.find("]", end, end + 201)
    if close >= 0 or len(listed) <= end + 201:
        return close
    closes = _brackets(listed)[1]
    i = bisect_left(closes, end)
    return closes[i] if i < len(closes) else -1


def _previous_open(listed: str, at: int) -> int:
    """Where the last ``[`` before ``at`` is in ``listed``, -1 if none."""
    bracket = listed.rfind("[", max(at - 201, 0), at)
    if bracket >= 0 or at <= 201:
        return bracket
    opens = _brackets(listed)[0]
    i = bisect_left(opens, at)
    return opens[i - 1] if i else -1


def _plain_between(listed: str, start: int, end: int) -> bool:
    """Whether ``listed[start:end]`` may be (part of) a Markdown link's text: no bracket and no
    blank line in it, however long (CommonMark sets no bound: ``[https://… <300 characters>]
    (https://evil.example)`` is a link to evil.example). Looked up, not scanned, so a long
    line of links stays linear."""
    if end - start <= 200:
        return _LINK_TEXT.fullmatch(listed, start, end) is not None
    opens, closes, blanks = _brackets(listed)
    return (
        _none_in(opens, start, end)
        and _none_in(closes, start, end)
        and _none_in(blanks, start, end - 1)
    )


def _none_in(marks: list[int], start: int, end: int) -> bool:
    """Whether none of ``marks`` (in order) is at or after ``start`` and before ``end``."""
    i = bisect_left(marks, start)
    return i == len(marks) or marks[i] >= end


#: A Markdown reference link's definition, on a line of its own (``[1]: https://evil.example``),
#: also in a block quote or a list item (``> [1]: …``, ``- [1]: …``: a definition anywhere is
#: the document's), its target on the next line or not: group 1 its label (brackets in it
#: escaped, ``[a\]]``), group 2 its target.
#: A line ends at a line feed, a carriage return or both, as CommonMark's lines do (a lone
#: ``\r``, an old Mac's or a spreadsheet cell's, starts a line too).
#: Containers nest as deep as the text has them (``> > > … [1]: …``, CommonMark sets no bound),
#: and a label goes over lines (``[a\nb]``, not a blank one) up to CommonMark's 999 characters.
_DEFINITION = re.compile(
    r"(?<![^\n\r]) {0,3}(?:(?:>|[-+*]|[0-9]{1,9}[.)])[ \t]{0,4})*+"
    rf"\[({_LABEL_TEXT}{{1,999}})\]:[ \t]*(?:(?:\r\n?|\n)[ \t]*)?(?:<[ \t]*)?"
    r"((?:\\[<>]|[^\s<>]){1,2048})"
)
#: A reference link's label after its ``[`` (brackets in it escaped) and the ``]`` closing it.
_LABEL = re.compile(rf"{_LABEL_TEXT}{{0,999}}\]")


def _label_key(label: str) -> str:
    """A reference label as Markdown (CommonMark) matches it: Unicode case folding (``ß`` is
    ``SS``'s), runs of white space as one space, none at either end."""
    return " ".join(label.casefold().split())


@lru_cache(maxsize=1)
def _definitions(listed: str) -> tuple[dict[str, str], frozenset[int]]:
    """The reference definitions of ``listed``, each label (case-folded) to its first target,
    and where each definition's label opens (its ``[``): one scan of the text, however many
    reference links it holds (the last text's kept, if short: :data:`_KEPT_TEXT`)."""
    found: dict[str, str] = {}
    opened = set()
    for match in _DEFINITION.finditer(listed):
        found.setdefault(_label_key(match.group(1)), match.group(2))
        opened.add(match.start(1) - 1)
    return found, frozenset(opened)


def _referenced_elsewhere(listed: str, at: int, end: int, close: int) -> bool:
    """Whether the link at ``at`` to ``end``, shown in a Markdown reference link's text
    (``[https://…][1]``, ``[https://… (x)][]``), leads through its definition elsewhere
    (``[1]: https://evil.example`` on a later line): to a target on another host or without
    one. A reference the text does not define is no link (Markdown shows it as written), so
    the link shown is read. A link in a definition's label is no link either (Markdown shows
    no definition): its target is read in its own token."""
    bracket = _previous_open(listed, at)
    if bracket < 0 or not _plain_between(listed, bracket + 1, at):
        return False
    if not _plain_between(listed, end, close):
        return False
    if (
        listed[close + 1 : close + 2] == ":"
    ):  # a definition's label ([https://…]: https://evil.example)
        # looked up among the text's definitions (read in one scan): not by a search back
        # for its line's start (a long line of such labels made extract_urls quadratic), nor
        # within a bound (a definition after 250 characters of "> > …" is one too)
        return bracket in _definitions(listed)[1]
    if listed[close + 1 : close + 2] != "[":  # [text] alone: a shortcut, its text the label
        label = listed[bracket + 1 : close]
    else:
        label_end = _LABEL.match(listed, close + 2)
        if label_end is None:
            return False
        # [text][]: the text is the label
        label = listed[close + 2 : label_end.end() - 1] or listed[bracket + 1 : close]
    target = _definitions(listed)[0].get(_label_key(label))
    if target is None:
        return False
    shown = listed[at:end]
    shown = shown if "//" in shown[:8] else "//" + shown
    host = _host_of(shown)
    return host is None or _target_host(target) != host.rstrip(".")


def _reference_text(listed: str, at: int, end: int) -> bool:
    """Whether the link at ``at`` in ``listed``, its ``]`` at ``end``, is a Markdown reference
    link's whole text (``[https://…][1]``, ``[https://…][]``) that leads nowhere else (read
    after :func:`_shown_elsewhere`): defined or not (Markdown shows an undefined one as its
    text), the link shown ends at the ``]``, not with the label glued to it."""
    if not listed.startswith("][", end) or listed[at - 1 : at] != "[":
        return False
    return _LABEL.match(listed, end + 2) is not None


def _in_link(before: str) -> bool:
    """Whether ``before``, what a token holds before a protocol-relative link glued to what
    names it, may be a link whose path, query or fragment holds the glue: it has a ``/``, ``?``
    or ``#`` and a dotted name. A minified JSON object's earlier value (``{"title":"A/B",``,
    ``"#deal",``) has no host, so the link after it is read."""
    return any(c in before for c in "/?#") and _DOTTED.search(before) is not None


#: The longest text whose reference definitions and brackets are kept past the call that read
#: them (:func:`_definitions`, :func:`_brackets`: a pasted text read again answers at once);
#: a longer one's are dropped when its reading ends, not kept alive until the next text's.
_KEPT_TEXT = 65_536


def _urls(text: str) -> Iterator[tuple[str, int]]:
    """:func:`_found_urls`, the scans of a text longer than :data:`_KEPT_TEXT` dropped when
    its reading ends (read to the end or not)."""
    try:
        yield from _found_urls(text)
    finally:
        if len(text) > _KEPT_TEXT:
            _definitions.cache_clear()
            _brackets.cache_clear()


def _found_urls(text: str) -> Iterator[tuple[str, int]]:
    if "." not in text and "/" not in text:
        return  # every kind of candidate below needs a "//" or a dot
    listed = _listed(text)
    token_rx, start_rx, hostish_rx, _ = _patterns()
    last_scheme: int | None = None
    rests: list[tuple[str, int, int]] = []  # see _glued_rest
    for token, token_start, token_end in _tokens(token_rx, listed, rests):
        start = start_rx.search(token) if ":" in token else None
        if start is not None and start.start() and _host_before(token[: start.start()], hostish_rx):
            start = None  # the link is in the path or the query of a link without its scheme
        if start is not None:
            offset = start.start()
            candidate = token[offset:]
        else:
            # what opens a code span (`alibaba.com/x/…`), emphasis or strikethrough (**…**, ~~…~~)
            candidate = token.lstrip(_OPENERS)
            offset = len(token) - len(candidate)
            if (
                candidate.startswith("://")
                and token[offset - 1 : offset] != "*"
                and (hostish_rx.match(candidate, 3) or _WRAPPED_HOST.match(candidate, 3))
            ):
                # a scheme with nothing before its colon (``://item.taobao.com/…``, the
                # scheme's letters left out): no scheme, so the protocol-relative link after
                # it; not a WeChat mini-program's path (``#小程序://闲鱼/…``: no host), nor a
                # userscript's pattern for any scheme (``*://item.taobao.com/*``)
                candidate = candidate[1:]
                offset += 1
            quoted = None if candidate.startswith("//") else RELATIVE_GLUED.search(candidate)
            if quoted is not None and not _in_link(candidate[: quoted.start()]):
                # a protocol-relative link as an attribute or a JSON value holds it, glued to
                # its name: href="//www.lazada.sg/…", "itemUrl":"//www.lazada.vn/…"
                offset += quoted.end() - 2
                candidate = candidate[quoted.end() - 2 :]
            if candidate.startswith("//"):
                comment = _relative_comment(candidate, token, offset, listed, token_end)
                if comment == 2:
                    continue  # a comment's marker alone (///) or glued to its text (//天猫旗舰)
                if comment:
                    if last_scheme is None:
                        last_scheme = _last_scheme(text)
                    if last_scheme >= token_end:
                        continue  # a code comment's marker (//TODO, //var x), not a host
            else:
                found = _schemeless(candidate, hostish_rx, offset > 0)
                if found is None:
                    continue
                offset += found[0]
                candidate = found[1]
        trimmed = _trimmed(text, token, offset, candidate, listed, token_start)
        if trimmed is None:
            continue
        offset, candidate = trimmed
        if len(candidate) > 2:
            yield candidate, token_start + offset
        end = token_start + offset + len(candidate)
        if end < token_end and not listed[end:token_end].isascii():
            rest = _glued_rest(listed, start_rx, end, token_end)
            if rest is not None:
                rests.append(rest)


def _trimmed(
    text: str, token: str, offset: int, candidate: str, listed: str, token_start: int
) -> tuple[int, str] | None:
    """:func:`_urls`' ``candidate`` (at ``offset`` in ``token``) cut where the link ends: an
    image's link read as its target's, an attribute's or a cell's end, a Markdown or BBCode
    link's target; ``None`` if the candidate is read in another token."""
    if offset and token[offset - 1] in "\"'(":
        target = _title_target(token, offset, listed, token_start)
        if target == -1:
            return None  # [x](target "https://…"): the title of a link to elsewhere
        if target is not None:  # [![alt](image "https://…")](target): the target
            offset, candidate = target, token[target:]
    if offset > 1 and token[offset - 2 : offset] == "](":
        target = _image_target(token, offset, listed, token_start)
        if target == -1:
            return None  # [![alt](image "title")](target): the target is read in its token
        if target is not None:  # [![alt](image)](target): the link leads to its target
            offset, candidate = target, token[target:]
    stop = _stop(candidate)
    if stop is not None and _angled(token, offset, candidate, stop.start()):
        stop = _STOP.search(candidate, stop.end())  # [https://…](<https://…>): at its ">"
    if stop is not None and "\\" in candidate:
        stop = _unescaped_stop(token, offset, candidate, stop)
    if stop is not None:  # an attribute's closing quote, a code span, a closing tag
        linked = candidate.find("](", 0, stop.start())
        if linked >= 0:  # its target's start
            linked += 2 + (candidate[linked + 2 : linked + 3] == "<")
        if linked < 0 or linked > stop.start():
            candidate = _cut_at(candidate, stop.start())
        else:  # [https://…](https://uniqlo.tmall.com"@evil.cn): cut in the target, as its host
            # decides (the same target alone is left whole for the parser to refuse)
            linked_to = _cut_at(candidate[linked:], stop.start() - linked)
            candidate = candidate[:linked] + linked_to
    # a link shown over a target after white space, pasted without its "[" as well
    # (https://uniqlo.tmall.com]( https://evil.example/): read as with it, where it leads
    # (its text the link alone: no "[" before, [](<a href="https://…">, a page's markup)
    gapped = candidate.endswith("](") and "[" not in candidate
    if not ((gapped or (offset and token[offset - 1] == "[")) and _HOST_LINKED.match(candidate)):
        candidate = _paren_cut(candidate)  # store.en.alibaba.com(Company): the link's end
    cut = list_cut(candidate)
    if cut is not None:  # a cell of a CSV row, or links joined by commas: the first
        candidate = _cut_at(candidate, cut)
    at = token_start + offset
    if at and text[at - 1] in "|<," and "|" in candidate:
        # a table cell (|url|), or a chat export's link and its text (Slack: <url|text>)
        candidate = _cut_at(candidate, candidate.index("|"))
    if offset > 1 and token[offset - 2 : offset] == "](" and ")" in candidate:
        candidate = _cut_at(candidate, _closing(candidate))  # [A](url),[B](…): the target
    if offset > 4 and "]" in candidate and _bbcode(token, offset):
        # a forum's BBCode link, [url=https://…]its text[/url]: the link ends at the "]"
        # (never in a host, so no cut makes another host of it, whatever the text holds)
        candidate = candidate[: candidate.index("]")]
    if "](" in candidate and (
        (offset and token[offset - 1] == "[")
        or (gapped and candidate.endswith("]("))
        or PASTED_TARGET.search(candidate)
        or ANGLED_TARGET.search(candidate)
    ):
        skip, candidate = _linked_link(candidate)
        offset += skip
    at = token_start + offset
    candidate = _cut_glued(candidate)
    shown = candidate.find("]")  # [https://…]: …, [https://…][1]: the link shown ends there
    if _shown_elsewhere(listed, at, at + (shown if shown > 0 else len(candidate))):
        return None  # [https://item.taobao.com/… (note)](https://evil.example/): its target's
    if shown > 0 and _reference_text(listed, at, at + shown):
        candidate = _cut_at(candidate, shown)  # [https://…][1], [https://…][]: its text's link
    # only a link ending in stars asks whether its line holds one before it: slicing the line
    # for every link made a long line of links quadratic
    candidate = _strip_end(candidate, "*" if "***" in candidate and _star_before(text, at) else "")
    if "\\" in candidate and token.endswith(("](", "](<"), 0, offset):
        candidate = _unescaped_target(candidate)
    return offset, candidate
