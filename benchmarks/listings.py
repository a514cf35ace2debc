"""Benchmark: listing-URL parsing against a bare regex split loop and a urllib.parse parser.

Inputs look like users' data: built from the real URL forms of
``shared/domain/listing-urls.md`` (desktop and mobile listing forms of every marketplace,
vanity and numbered stores, AliExpress language hosts, short links, share text with 淘口令,
lookalike hosts, agent links, search/cart/home pages, malformed and missing ids), with tracking
noise, in two mixes (see ``MIXES``): ``crawl`` (a crawler's candidates, 80% clean listings) and
``pasted`` (analysts' pastes: more short links and share text, shorter queries, about a third
not usable). Every input is its own string object.

Timed in the same process on the same inputs, interleaved round by round (the order rotates
each round; rates are medians over the rounds, ratios the median over the rounds of the ratio
within each round, and a ratio target is met only when the ratio of the median rates meets it
too; the machine may be shared, so read the ratios to the same-run baselines rather than the
absolute figures):

* ``parse_listings`` streamed (consumed, nothing kept);
* ``list(parse_listings(...))`` (a user keeping every result), and the same followed by the
  young-generation collection it leaves to the caller's next allocation (``gc.collect(0)``,
  inside the clock: the figure the target is read on);
* ``dedupe(parse_listings(...))`` streamed;
* ``parse_column`` (the columnar kernel, ``ipprules[arrow]``) over a pyarrow string column of the
  same inputs (built before the clock), the whole table built; skipped without pyarrow;
* a bare loop of one compiled regex that splits each URL into host, path and query (the floor);
* a hand-written ``urllib.parse`` + ``parse_qs`` parser that extracts the same ids.

Then prints each target of ``shared/design/product.md`` with "met" or "NOT met" (no verdict
for fewer than ``MIN_INPUTS`` inputs), for ``parse_listings`` and, labelled as such, for the
kernel; and checks that the kernel's rows are ``parse_listing``'s (every input of the mix).

    python benchmarks/listings.py                 # 500,000 inputs per mix, 5 rounds
    python benchmarks/listings.py --n 100000 --rounds 3 --mix pasted
    python benchmarks/listings.py --by-category --n 50000 --rounds 3

``--by-category`` prints, instead of the targets, for each category of each mix (listing, store,
short link, share text, lookalike, agent link, not a listing, malformed id; the generators
above), the median cost per input of ``parse_listing`` over that category's inputs beside the
bare split loop over the same inputs (timed in the same round, the order of the timings rotated
each round), the category's share of the mix and its share of the mix's parse time; and the same
for the whole mix in its own order.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import NoReturn
from urllib.parse import parse_qs, urlsplit

from ipprules.listings import dedupe, parse_listing, parse_listings

_LAZADA = ("sg", "co.id", "com.my", "co.th", "com.ph", "vn")
_AE_LANGS = ("es", "de", "fr", "it", "pt", "nl", "ko", "ja", "ru", "pl", "tr", "vi", "he", "ar")
_WORDS = [
    "usb",
    "c",
    "cable",
    "fast",
    "charging",
    "wireless",
    "earbuds",
    "bluetooth",
    "keyboard",
    "mechanical",
    "lithium",
    "battery",
    "solar",
    "portable",
    "lifepo4",
    "led",
    "strip",
    "smart",
    "watch",
    "phone",
    "case",
    "silicone",
    "kids",
    "toy",
    "dress",
    "women",
    "men",
    "shoes",
    "running",
    "leather",
    "bag",
    "stainless",
    "steel",
    "bottle",
    "oled",
    "display",
    "module",
    "sensor",
    "arduino",
]
_OTHER_HOSTS = (
    "www.google.com",
    "www.amazon.com",
    "example.com",
    "www.ebay.com",
    "shopee.sg",
    "www.jd.com",
    "weidian.com",
    "pinduoduo.com",
    "www.facebook.com",
    "t.co",
)
_LOOKALIKES = (
    "aliexpress.co",
    "notlazada.sg",
    "lazada.evil.com",
    "notgoofish.com.evil.example",
    "1688.com.cn",
    "t\u0430obao.com",
    "aIiexpress.com",
    "taobao.com@evil.cn",
    "item.taobao.com.evil.cn",
    "item-taobao.com",
    "aliexpresss.com",
    "fake-tmall.com",
    "l688.com",
    "lazada.co.uk",
    "aliexpress.co",
    "detail.tmall.com.shop-now.top",
)


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def hexs(self, n: int) -> str:
        return f"{self.r.getrandbits(4 * n):0{n}x}"

    def alnum(self, n: int) -> str:
        return "".join(self.r.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=n))

    def digits(self, lo: int, hi: int) -> str:
        return str(self.r.randrange(10 ** (lo - 1), 10**hi))

    def spm(self) -> str:
        r = self.r
        return f"a{r.randrange(1, 99999)}.{r.randrange(1, 9999)}.0.0.{self.hexs(8)}{self.alnum(6)}"

    def slug(self) -> str:
        words = self.r.choices(_WORDS, k=self.r.randrange(2, 8))
        return "-".join(w.capitalize() if self.r.random() < 0.5 else w for w in words)

    def query(self, pairs: list[tuple[str, str]]) -> str:
        self.r.shuffle(pairs)
        return "&".join(f"{k}={v}" for k, v in pairs)

    def noise(self, family: str) -> list[tuple[str, str]]:
        r = self.r
        pool = {
            "taobao": [
                ("spm", self.spm()),
                ("_u", self.alnum(11)),
                ("ali_refid", self.alnum(20)),
                ("pvid", self.hexs(16)),
                ("scm", f"1007.{r.randrange(9999)}.{self.alnum(8)}"),
                ("utparam", self.alnum(12)),
                ("skuId", self.digits(13, 13)),
                ("ns", "1"),
                ("abbucket", str(r.randrange(20))),
                ("tk", self.alnum(11)),
            ],
            "aliexpress": [
                ("spm", self.spm()),
                ("gatewayAdapt", r.choice(["glo2deu", "glo2fra", "glo2esp", "4itemAdapt"])),
                ("algo_pvid", self.hexs(32)),
                ("algo_expid", self.hexs(16) + "-0"),
                ("btsid", self.hexs(24)),
                ("ws_ab_test", f"searchweb0_0,searchweb{r.randrange(9999)}_0"),
                ("pdp_npi", f"4@dis!USD!{r.randrange(99)}.99!!!!!@{self.hexs(8)}"),
                ("sku_id", self.digits(14, 14)),
                ("aff_fcid", self.hexs(32)),
            ],
            "lazada": [
                ("spm", self.spm()),
                ("search", "1"),
                ("mp", "1"),
                ("clickTrackInfo", f"query:{self.alnum(6)};nid:{self.digits(10, 10)}"),
                ("laz_trackid", f"2:mm_{self.digits(9, 9)}_{self.alnum(10)}"),
                ("from", "gcp"),
            ],
            "1688": [
                ("spm", self.spm()),
                ("tracelog", "cps"),
                ("clickid", self.hexs(32)),
                ("sk", "consign"),
            ],
        }[family]
        return r.sample(pool, r.randrange(0, min(5, len(pool)) + 1))

    # --- listings (desktop and mobile forms) ------------------------------------------------

    def taobao_item(self, short_query: bool) -> str:
        r = self.r
        i = self.digits(11, 12)
        noise = [] if short_query and r.random() < 0.6 else self.noise("taobao")
        form = r.random()
        if form < 0.45:
            return f"https://item.taobao.com/item.htm?{self.query([*noise, ('id', i)])}"
        if form < 0.55:
            q = self.query([("id", i), ("tk", self.alnum(11))])
            return f"https://m.intl.taobao.com/detail/detail.html?{q}"
        if form < 0.62:
            return f"https://main.m.taobao.com/detail/index.html?id={i}&hybrid=true"
        if form < 0.68:
            return f"http://h5.m.taobao.com/awp/core/detail.htm?spm={self.spm()}&id={i}"
        if form < 0.72:
            return f"http://a.m.taobao.com/i{i}.htm"
        if form < 0.76:
            return f"https://world.taobao.com/item/{i}.htm?spm={self.spm()}"
        host = r.choice(["detail.tmall.com"] * 6 + ["detail.m.tmall.com", "detail.tmall.hk"])
        path = "/hk/item.htm" if host.endswith(".hk") else "/item.htm"
        return f"https://{host}{path}?{self.query([*noise, ('id', i)])}"

    def item_1688(self, short_query: bool) -> str:
        r = self.r
        i = self.digits(12, 13)
        form = r.random()
        if form < 0.7:
            q = "" if short_query else self.query(self.noise("1688"))
            return f"https://detail.1688.com/offer/{i}.html" + (f"?{q}" if q else "")
        if form < 0.85:
            return f"http://m.1688.com/offer/{i}.html?spm={self.spm()}"
        return f"http://detail.m.1688.com/page/index.htm?offerId={i}"

    def alibaba(self) -> str:
        r = self.r
        i = self.digits(10, 13)
        form = r.random()
        if form < 0.7:
            host = r.choice(
                ["www.alibaba.com"] * 5 + ["wholesaler.alibaba.com", "spanish.alibaba.com"]
            )
            kind = "product-detail" if form < 0.6 else "product-introduction"
            return f"https://{host}/{kind}/{self.slug()}_{i}.html?spm={self.spm()}&s=p"
        return f"https://m.alibaba.com/product/{i}/{self.slug().lower()}.html"

    def aliexpress(self, short_query: bool) -> str:
        r = self.r
        i = r.choice(
            ["1005" + self.digits(12, 12), "3256" + self.digits(12, 12), self.digits(11, 11)]
        )
        # language hosts are a large share of real AliExpress pastes
        host = r.choice(
            ["www.aliexpress.com"] * 5
            + [f"{r.choice(_AE_LANGS)}.aliexpress.com"] * 4
            + ["m.aliexpress.com", "aliexpress.com", "www.aliexpress.us", "aliexpress.ru"]
        )
        path = f"/item/{i}.html" if r.random() < 0.9 else f"/i/{i}.html"
        q = "" if short_query and r.random() < 0.5 else self.query(self.noise("aliexpress"))
        return f"https://{host}{path}" + (f"?{q}" if q else "")

    def lazada(self, short_query: bool) -> str:
        r = self.r
        tld = r.choice(_LAZADA)
        host = r.choice([f"www.lazada.{tld}"] * 4 + [f"lazada.{tld}"])
        slug = r.choice([self.slug().lower(), "pdp", ""])
        sku = f"-s{self.digits(10, 11)}" if r.random() < 0.6 else ""
        path = f"/products/{slug + '-' if slug else ''}i{self.digits(9, 11)}{sku}.html"
        q = "" if short_query and r.random() < 0.5 else self.query(self.noise("lazada"))
        return f"https://{host}{path}" + (f"?{q}" if q else "")

    def xianyu(self) -> str:
        r = self.r
        i = self.digits(12, 13)
        form = r.randrange(3)
        if form == 0:
            category = self.digits(9, 9)
            return f"https://www.goofish.com/item?spm={self.spm()}&id={i}&categoryId={category}"
        if form == 1:
            return f"https://h5.m.goofish.com/item?itemId={i}"
        return f"https://2.taobao.com/item.htm?id={i}"

    def listing(self, short_query: bool) -> str:
        roll = self.r.random()  # rough shares of complaints by marketplace
        if roll < 0.34:
            return self.taobao_item(short_query)
        if roll < 0.48:
            return self.item_1688(short_query)
        if roll < 0.56:
            return self.alibaba()
        if roll < 0.80:
            return self.aliexpress(short_query)
        if roll < 0.96:
            return self.lazada(short_query)
        return self.xianyu()

    def store(self) -> str:
        r = self.r
        form = r.randrange(8)
        if form == 0:
            return f"https://shop{self.digits(8, 10)}.taobao.com/index.htm?spm={self.spm()}"
        if form == 1:  # vanity stores: the suffix lookup
            return f"https://{self.alnum(r.randrange(5, 12))}.taobao.com"
        if form == 2:
            return f"https://{self.alnum(r.randrange(4, 12))}.tmall.com/"
        if form == 3:
            return (
                f"https://{self.alnum(r.randrange(4, 12))}.m.tmall.com/shop/shop_auction_search.htm"
            )
        if form == 4:
            return f"https://shop{self.alnum(13)}.1688.com/page/offerlist.htm"
        if form == 5:
            return f"https://{self.alnum(8)}.en.alibaba.com/productlist.html"
        if form == 6:
            return f"https://www.aliexpress.com/store/{self.digits(7, 10)}"
        return f"https://www.lazada.{r.choice(_LAZADA)}/shop/{self.slug().lower()}/"

    # --- what is not a listing ---------------------------------------------------------------

    def short_link(self) -> str:
        r = self.r
        return r.choice(
            [
                f"https://m.tb.cn/h.{self.alnum(7)}?sm={self.hexs(6)}",
                f"https://m.tb.cn/h.{self.alnum(7)}",
                f"https://e.tb.cn/h.{self.alnum(15)}?tk={self.alnum(11)}",
                f"https://c.tb.cn/e1.{self.alnum(7)}",
                f"https://a.aliexpress.com/_{self.alnum(7)}",
                f"https://s.click.aliexpress.com/e/_{self.alnum(7)}",
                f"https://s.lazada.{r.choice(_LAZADA)}/s.{self.alnum(5)}",
                f"https://c.lazada.{r.choice(_LAZADA)}/t/c.{self.alnum(6)}",
                f"https://qr.1688.com/s/{self.alnum(8)}",
            ]
        )

    def share_text(self) -> str:
        r = self.r
        form = r.randrange(4)
        if form == 0:
            link = f"https://m.tb.cn/h.{self.alnum(7)}?tk={self.alnum(11)}"
            return f"【淘宝】「{self.slug()}」 {link} CZ{r.randrange(999)}"
        if form == 1:
            return f"{r.randrange(9)}¥{self.alnum(11)}¥ https://m.tb.cn/h.{self.alnum(7)} 打开淘宝"
        if form == 2:
            return f"{self.slug()} {self.listing(True)}"
        return f"Check this out! https://a.aliexpress.com/_{self.alnum(7)} {self.slug()}"

    def lookalike(self) -> str:
        r = self.r
        host = r.choice(_LOOKALIKES)
        return f"https://{host}/item.htm?id={self.digits(12, 12)}"

    def agent(self) -> str:
        r = self.r
        i = self.digits(12, 12)
        return r.choice(
            [
                "https://www.pandabuy.com/product?url="
                f"https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D{i}",
                f"https://cnfans.com/product/?shop_type=taobao&id={i}",
                f"https://www.cssbuy.com/item-{i}.html",
                f"https://www.superbuy.com/en/page/buy?url=https://detail.1688.com/offer/{i}.html",
            ]
        )

    def not_listing(self) -> str:
        r = self.r
        return r.choice(
            [
                f"https://s.taobao.com/search?q={self.slug()}&spm={self.spm()}",
                f"https://list.tmall.com/search_product.htm?q={self.slug()}",
                f"https://s.1688.com/selloffer/offer_search.htm?keywords={self.slug()}",
                f"https://www.aliexpress.com/w/wholesale-{self.slug()}.html",
                f"https://www.alibaba.com/trade/search?SearchText={self.slug()}",
                f"https://www.lazada.{r.choice(_LAZADA)}/catalog/?q={self.slug()}",
                f"https://cart.taobao.com/cart.htm?spm={self.spm()}",
                "https://www.taobao.com/",
                f"https://{r.choice(_OTHER_HOSTS)}/{self.slug()}?ref={self.alnum(8)}",
                f"see {self.slug()} {r.randrange(99)}",
            ]
        )

    def bad_id(self) -> str:
        r = self.r
        return r.choice(
            [
                f"https://item.taobao.com/item.htm?id={self.digits(11, 11)}{r.choice('aOl')}",
                f"https://item.taobao.com/item.htm?spm={self.spm()}",
                f"https://item.taobao.com/item.htm?id={self.digits(12, 12)}"
                f"&id={self.digits(12, 12)}",
                f"https://www.aliexpress.com/item/1005{self.digits(11, 11)}O.html",
                f"https://www.lazada.{r.choice(_LAZADA)}/products/{self.slug().lower()}.html",
                f"https://2.taobao.com/item.htm?id=test{self.digits(5, 5)}",
            ]
        )

    def vary(self, url: str) -> str:
        """How people paste: some scheme-less, some http, fragments, upper-case hosts."""
        roll = self.r.random()
        if not url.startswith("http"):
            return url
        if roll < 0.05:
            return url.split("://", 1)[1]
        if roll < 0.07:
            return url.replace("https://", "http://", 1)
        if roll < 0.08:
            return url + "#detail"
        if roll < 0.09:
            scheme, rest = url.split("://", 1)
            host, _, tail = rest.partition("/")
            return f"{scheme}://{host.upper()}/{tail}"
        return url


#: category -> share of inputs, per mix. ``crawl``: a crawler's candidate URLs (mostly clean
#: listing URLs with tracking noise). ``pasted``: what analysts paste (more short links and share
#: text, shorter queries, more misses: about a third of the inputs are not usable listings).
MIXES: dict[str, dict[str, float]] = {
    "crawl": {"listing": 0.80, "store": 0.06, "short_link": 0.03, "share_text": 0.01,
              "lookalike": 0.02, "agent": 0.01, "not_listing": 0.05, "bad_id": 0.02},
    "pasted": {"listing": 0.55, "store": 0.08, "short_link": 0.12, "share_text": 0.07,
               "lookalike": 0.04, "agent": 0.03, "not_listing": 0.08, "bad_id": 0.03},
}  # fmt: skip


def build_tagged(n: int, seed: int, mix: str = "crawl") -> list[tuple[str, str]]:
    """``build``'s inputs (the same strings, in the same order) with the category of each."""
    gen = _Gen(seed)
    names = list(MIXES[mix])
    weights = [MIXES[mix][name] for name in names]
    short = mix == "pasted"
    out = []
    for category in gen.r.choices(names, weights, k=n):
        url = gen.listing(short) if category == "listing" else getattr(gen, category)()
        out.append((category, own(gen.vary(url))))
    return out


def own(text: str) -> str:
    """A new string object equal to ``text`` (as a reader makes each line): a constant such
    as a home page would otherwise be one object repeated, its hash computed once."""
    return "".join([text[:1], text[1:]]) if len(text) > 1 else text


def build(n: int, seed: int, mix: str = "crawl") -> list[str]:
    """``n`` inputs of a mix, deterministic for a seed; each input a separate string."""
    return [url for _, url in build_tagged(n, seed, mix)]


def fail(message: str) -> NoReturn:
    """Stop on a bad input: ``message`` (naming the file) as one line on stderr and exit code
    2, as ``ipprules`` does on bad input (``sys.exit(message)`` would exit with 1)."""
    print(message, file=sys.stderr)
    raise SystemExit(2)


def refuse_stdin(path: str, option: str) -> None:
    """Stop on ``-`` (standard input) as a user's file: the scripts keep every input in
    memory (an endless ``yes | ...`` ended in a ``MemoryError`` traceback) and read the file
    again by its name (the CLI figures)."""
    if path == "-":
        fail(
            f"{option} -: standard input cannot be measured (the benchmark keeps every input "
            "in memory, and may read the file again by its name); save it to a file"
        )


#: The size cap of a user's file: none to speak of (``ipprules listings --max-bytes``): a
#: file of ten million URLs is about a gigabyte, over the CLI's default cap of 64 MiB.
NO_CAP = 1 << 50


def read_input(
    path: str, n: int | None = None, *, column: str | None = None, kind: str = "auto"
) -> list[str]:
    """The inputs of a user's file as ``ipprules listings FILE`` reads them (the library's
    reading layer, :func:`ipprules.cli.listings.iter_urls`): one per non-blank line of a text
    file (a UTF-8 byte order mark and CRLF line ends removed, nothing else changed), or the
    URL cells of a CSV (header ``url``, ``link``, ``链接``..., or ``column``) or the URL
    values of a JSON Lines file; the first ``n`` of them when ``n`` is given; each a separate
    string, as a reader makes them. A file the library refuses (missing, a directory, not
    UTF-8, a NUL byte, a CSV without a URL column...) or that holds no input stops the
    script with the library's message naming the file, and exit code 2.
    """
    from ipprules._files import reading_limits
    from ipprules.cli.listings import iter_urls
    from ipprules.errors import IpprulesError

    refuse_stdin(path, "--input")
    lines: list[str] = []
    try:
        with reading_limits(max_bytes=NO_CAP):
            for _, text in iter_urls(path, column=column, kind=kind):
                if n is not None and len(lines) >= n:
                    break
                lines.append(text)
    except IpprulesError as err:
        fail(f"{err} (ipprules listings refuses this file, so it cannot be measured)")
    except MemoryError:  # a file of more inputs than the machine holds: a traceback
        del lines[:]
        fail(f"{path}: more inputs than this machine holds in memory; measure the first N (--n N)")
    if not lines:
        fail(f"{path}: no inputs to measure (ipprules listings reads none from it)")
    return lines


# --- baselines ----------------------------------------------------------------------------

_SPLIT = re.compile(r"(?:https?:)?//([^/?#]*)([^?#]*)(?:\?([^#]*))?")


def bare_split(urls: Sequence[str]) -> object:
    """The floor: one compiled regex splitting every URL into host, path and query."""
    match = _SPLIT.match
    for url in urls:
        match(url)
    return None


_PATH_ID = re.compile(
    r"/(?:offer|item|i|product|list/item|product-detail/[^/]*_|products/[^/]*?i)?(?:i)?([0-9]{6,})"
)


def urllib_parser(url: str) -> tuple[str, str] | None:
    """A reasonable hand-written parser with urllib.parse: (host family, id) or None."""
    text = url.strip()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # a bad IPv6 literal, a netloc that NFKC would change: not a listing
        return None
    if parts.scheme not in ("", "http", "https"):
        return None
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    path = parts.path
    if host.endswith(("taobao.com", "tmall.com", "tmall.hk", "goofish.com")):
        ids = query.get("id") or query.get("itemId") or query.get("item_id")
        if ids and ids[0].isdigit():
            return "taobao", ids[0]
        m = _PATH_ID.search(path)
        return ("taobao", m.group(1)) if m else None
    if host.endswith("1688.com"):
        if "offerId" in query:
            return "1688", query["offerId"][0]
        m = _PATH_ID.search(path)
        return ("1688", m.group(1)) if m else None
    if host.endswith(("aliexpress.com", "aliexpress.us", "aliexpress.ru", "alibaba.com")):
        m = _PATH_ID.search(path)
        return (host.split(".")[-2], m.group(1)) if m else None
    if ".lazada." in "." + host:
        m = _PATH_ID.search(path)
        return ("lazada", m.group(1)) if m else None
    return None


def urllib_loop(urls: Sequence[str]) -> object:
    for url in urls:
        urllib_parser(url)
    return None


# --- the library --------------------------------------------------------------------------


def streamed(urls: Sequence[str], column: object) -> object:
    """``parse_listings`` consumed and discarded (nothing kept)."""
    deque(parse_listings(urls), maxlen=0)
    return None


def kept(urls: Sequence[str], column: object) -> object:
    """``list(parse_listings(...))``: a user keeping every result (freed after the clock)."""
    return list(parse_listings(urls))


def kept_collected(urls: Sequence[str], column: object) -> object:
    """``list(parse_listings(...))`` and the young collection the caller's next allocation
    would run over the kept results (parsing pauses the collector; this is what it defers)."""
    results = list(parse_listings(urls))
    gc.collect(0)
    return results


def deduped(urls: Sequence[str], column: object) -> object:
    deque(dedupe(parse_listings(urls)), maxlen=0)
    return None


def kernel(urls: Sequence[str], column: object) -> object:
    """``ipprules.columnar.parse_column`` over the pyarrow column (the table kept)."""
    from ipprules.columnar import parse_column

    return parse_column(column)  # type: ignore[arg-type]


def _floor(urls: Sequence[str], column: object) -> object:
    return bare_split(urls)


def _urllib(urls: Sequence[str], column: object) -> object:
    return urllib_loop(urls)


STREAMED, KEPT, KEPT_GC = (
    "parse_listings, streamed",
    "list(parse_listings(...))",
    "list(...) + its young collection",
)
DEDUPED, KERNEL = "dedupe(parse_listings(...))", "parse_column [arrow kernel]"
SPLIT, URLLIB = "bare regex split loop", "urllib.parse parser"
ROWS: list[tuple[str, Callable[[Sequence[str], object], object]]] = [
    (STREAMED, streamed),
    (KEPT, kept),
    (KEPT_GC, kept_collected),
    (DEDUPED, deduped),
    (KERNEL, kernel),
    (SPLIT, _floor),
    (URLLIB, _urllib),
]


#: the rows that warm the library up (its parsers and caches) before the timed rounds
WARMED = (STREAMED, KERNEL)


def _column(urls: list[str]) -> object:
    """The inputs as a pyarrow string column, or None without pyarrow."""
    try:
        import pyarrow
    except ImportError:
        return None
    return pyarrow.array(urls, pyarrow.string())


def measure(urls: list[str], rounds: int) -> dict[str, list[float]]:
    """URLs/s of every row in every round; rows interleaved round by round (rotated order),
    after one untimed pass of the library over the inputs, the GC on as in real use,
    collected before each timing, kept results freed after the clock."""
    column = _column(urls)
    rows = [(name, fn) for name, fn in ROWS if column is not None or name != KERNEL]
    rates: dict[str, list[float]] = {name: [] for name, _ in rows}
    for name, fn in rows:  # untimed: tables built on first use, the miss cache filled once
        if name in WARMED:  # (else the first row of round 1 pays it, flattering the others)
            fn(urls, column)
    for r in range(rounds):
        order = rows[r % len(rows) :] + rows[: r % len(rows)]
        for name, fn in order:
            gc.collect()
            start = time.perf_counter()
            result = fn(urls, column)
            elapsed = time.perf_counter() - start
            del result
            rates[name].append(len(urls) / elapsed)
    return rates


def _ratio(rates: dict[str, list[float]], a: str, b: str) -> float:
    """The median over the rounds of ``a``'s rate over ``b``'s in the same round (robust to a
    machine whose load drifts between rounds)."""
    return statistics.median(x / y for x, y in zip(rates[a], rates[b], strict=True))


def _targets(
    label: str, row: str, rates: dict[str, list[float]]
) -> list[tuple[str, float, float, str]]:
    rate = statistics.median(rates[row])
    split, urllib = judged_ratio(rates, row, SPLIT), judged_ratio(rates, row, URLLIB)
    return [
        (f"{label} >= 1,000,000 URLs/s", rate, 1_000_000, f"{rate:,.0f}/s"),
        (f"{label} >= 0.5x bare regex split loop", split, 0.5, f"{split:.2f}x"),
        (f"{label} >= 5x urllib.parse parser", urllib, 5.0, f"{urllib:.2f}x"),
    ]


#: the inputs below which the speed targets get no verdict: on fewer, the figures are mostly
#: the fixed costs of a timing (the clock, a call, a collection), not a rate (the docs ask for
#: 100,000 lines or more)
MIN_INPUTS = 100_000


def sized_verdict(met: bool, inputs: int) -> str:
    """ "met" or "NOT met" for a run of at least ``MIN_INPUTS`` inputs, else no verdict (on a
    few dozen URLs the ratios to the baselines measure fixed costs and can read either way)."""
    if inputs < MIN_INPUTS:
        return f"no verdict ({inputs:,} inputs measured; give {MIN_INPUTS:,} or more)"
    return "met" if met else "NOT met"


def judged_ratio(rates: dict[str, list[float]], a: str, b: str) -> float:
    """The ratio a ">=" target is judged on: the lower of the median of the per-round ratios
    and the ratio of the median rates. On a loaded machine the two can differ by tens of
    percent; a target is met only when both readings meet it (the rates printed above the
    verdict are the medians, so a "met" never contradicts them)."""
    medians = statistics.median(rates[a]) / statistics.median(rates[b])
    return min(_ratio(rates, a, b), medians)


def _kernel_identical(urls: list[str]) -> str:
    """Whether the kernel's table is ``parse_listing``'s records, row for row."""
    column = _column(urls)
    if column is None:
        return "kernel not measured (no pyarrow)"
    from ipprules.columnar import parse_column
    from ipprules.listings import parse_listing

    rows = parse_column(column).to_pylist()  # type: ignore[arg-type]
    same = sum(row == parse_listing(url).as_dict() for row, url in zip(rows, urls, strict=True))
    verdict = "met" if same == len(urls) else "NOT met"
    return f"kernel rows identical to parse_listing: {same:,} of {len(urls):,} -> {verdict}"


def conservation(urls: list[str], indexes: list[int]) -> str:
    """Whether ``dedupe(parse_listings(urls))`` gave one result per input, each input's
    once and in order (its indexes ``0 .. n-1``): every input accounted for, checked."""
    ok = indexes == list(range(len(urls)))
    return (
        f"conservation: {len(indexes):,} results for {len(urls):,} inputs, each input once "
        f"and in order -> {'met' if ok else 'NOT met'}"
    )


def report(mix: str, urls: list[str], rates: dict[str, list[float]], what: str = "mix") -> bool:
    results = list(dedupe(parse_listings(urls)))
    kinds: dict[str, int] = {}
    for _, result in results:
        kinds[type(result).__name__] = kinds.get(type(result).__name__, 0) + 1
    conserved = conservation(urls, [index for index, _ in results])
    del results
    inputs = f"{len(urls):,} input" + ("" if len(urls) == 1 else "s")
    print(f"\n{what} {mix!r}: {inputs} ({len(set(urls)):,} distinct): {kinds}")
    print(f"  {conserved}")
    for name, values in rates.items():
        print(f"  {name:34s} {statistics.median(values):>12,.0f} URLs/s")
    kept_ratio = judged_ratio(rates, KEPT_GC, STREAMED)
    targets = _targets("parse_listings", STREAMED, rates)
    targets.append(("list(parse_listings) + collection >= 0.9x streamed", kept_ratio, 0.9,
                    f"{kept_ratio:.2f}x"))  # fmt: skip
    print(f"  (list(parse_listings(...)) alone: {_ratio(rates, KEPT, STREAMED):.2f}x streamed)")
    if KERNEL in rates:
        targets += _targets("[arrow] parse_column", KERNEL, rates)
        print(f"  ([arrow] parse_column: {_ratio(rates, KERNEL, STREAMED):.2f}x parse_listings)")
    ok = True
    for label, value, target, shown in targets:
        met = value >= target
        ok &= met
        print(f"  target {label:50s} {shown:>12s}  {sized_verdict(met, len(urls))}")
    print(f"  {_kernel_identical(urls)}")
    return ok


# --- cost by category (--by-category) -------------------------------------------------------

WHOLE = "whole mix"
_LABELS = {
    "short_link": "short link",
    "share_text": "share text",
    "agent": "agent link",
    "not_listing": "not a listing",
    "bad_id": "malformed id",
}


def parse_loop(urls: Sequence[str]) -> object:
    """``parse_listing`` called on every input, each result dropped."""
    parse = parse_listing
    for url in urls:
        parse(url)
    return None


def measure_by_category(
    tagged: list[tuple[str, str]], rounds: int
) -> dict[str, dict[str, list[float]]]:
    """Seconds per input, per round, of ``parse_loop`` and ``bare_split`` over each category's
    inputs (in mix order) and over the whole mix: group -> {"parse"|"split": [per round]}.
    One untimed pass of the parser over the whole mix comes first (a long-running process's
    state: one-time set-up done, the miss cache has seen the mix's hosts).

    Within a round every (group, timer) pair runs once, in an order rotated each round, so the
    parser and its split-loop baseline on the same inputs are never far apart in time; the GC
    is collected before each timing."""
    groups: dict[str, list[str]] = {category: [] for category, _ in tagged}
    for category, url in tagged:
        groups[category].append(url)
    groups[WHOLE] = [url for _, url in tagged]
    timers: dict[str, Callable[[Sequence[str]], object]] = {
        "parse": parse_loop,
        "split": bare_split,
    }
    jobs = [(group, timer) for group in groups for timer in timers]
    cost: dict[str, dict[str, list[float]]] = {g: {t: [] for t in timers} for g in groups}
    parse_loop(groups[WHOLE])  # warm-up, untimed: lazy set-up, and the miss cache sees the mix
    for r in range(rounds):
        shift = r % len(jobs)
        for group, timer in jobs[shift:] + jobs[:shift]:
            urls = groups[group]
            gc.collect()
            start = time.perf_counter()
            timers[timer](urls)
            cost[group][timer].append((time.perf_counter() - start) / len(urls))
    return cost


def report_by_category(mix: str, tagged: list[tuple[str, str]], rounds: int) -> None:
    """Print, per category of the mix: inputs and share of the mix, median µs per input of
    ``parse_listing`` and of the split loop on the same inputs, their ratio (median over the
    rounds of the ratio within a round), and the category's share of the mix's parse time
    (inputs x median cost, over the sum of that over the categories)."""
    cost = measure_by_category(tagged, rounds)
    counts: dict[str, int] = {}
    for category, _ in tagged:
        counts[category] = counts.get(category, 0) + 1
    counts[WHOLE] = len(tagged)
    median = {g: {t: statistics.median(v) for t, v in c.items()} for g, c in cost.items()}
    spent = {g: counts[g] * median[g]["parse"] for g in median if g != WHOLE}
    total = sum(spent.values())
    print(f"\nmix {mix!r} by category: {len(tagged):,} inputs; µs per input, median of {rounds}")
    head = ("category", "inputs", "of mix", "parse_listing", "split loop", "ratio", "of parse time")
    print("  {:14s} {:>8s} {:>7s} {:>14s} {:>11s} {:>7s} {:>14s}".format(*head))
    for group in [*(g for g in MIXES[mix] if g in counts), WHOLE]:
        ratio = statistics.median(
            p / s for p, s in zip(cost[group]["parse"], cost[group]["split"], strict=True)
        )
        share_time = spent[group] / total if group != WHOLE else 1.0
        print(
            f"  {_LABELS.get(group, group):14s} {counts[group]:>8,} {counts[group] / len(tagged):>7.1%}"
            f" {median[group]['parse'] * 1e6:>11.2f} µs {median[group]['split'] * 1e6:>8.2f} µs"
            f" {ratio:>6.1f}x {share_time:>14.1%}"
        )
    weighted = total / len(tagged)
    print(f"  (categories weighted by their inputs: {weighted * 1e6:.2f} µs per input)")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--n",
        type=int,
        default=None,
        help="inputs per mix (default 5e5); with --input, the "
        "first N lines of the file (default all)",
    )
    parser.add_argument("--seed", type=int, default=20240501, help="seed of the built mixes")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median)")
    parser.add_argument("--mix", choices=[*MIXES, "all"], default="all")
    parser.add_argument(
        "--input",
        metavar="FILE",
        help="measure on your own inputs instead of the built mixes, read as ipprules "
        "listings FILE reads them: a UTF-8 text file of one URL (or pasted text) per line "
        "(blank lines skipped), a CSV with a URL column or a JSON Lines file",
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        help="with --input: the CSV column or JSON Lines key holding the URLs, as "
        "ipprules listings --column takes it (default: url, link, 链接...)",
    )
    parser.add_argument(
        "--by-category",
        action="store_true",
        help="instead of the targets: the cost per input of parse_listing for each category "
        "of each mix, beside the split loop on the same inputs",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.rounds < 1 or (args.n is not None and args.n < 1):
        parser.error("--rounds and --n must be at least 1")
    if args.column is not None and args.input is None:
        parser.error("--column needs --input")
    print(f"median of {args.rounds} interleaved rounds; Python {sys.version.split()[0]}")
    if args.input is not None:
        if args.by_category:
            parser.error("--by-category needs the built mixes (a file's lines have no category)")
        urls = read_input(args.input, args.n, column=args.column)
        report(args.input, urls, measure(urls, args.rounds), "file")
        return
    args.n = 500_000 if args.n is None else args.n
    mixes = list(MIXES) if args.mix == "all" else [args.mix]
    for mix in mixes:
        if args.by_category:
            report_by_category(mix, build_tagged(args.n, args.seed, mix), args.rounds)
            continue
        urls = build(args.n, args.seed, mix)
        report(mix, urls, measure(urls, args.rounds))


if __name__ == "__main__":
    main()
