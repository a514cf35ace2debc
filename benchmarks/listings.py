"""Benchmark: listing-URL parsing throughput against a bare regex loop and a urllib parser.

Builds a deterministic, realistic mix of URLs (every platform, desktop and mobile forms,
tracking noise, scheme-less and http variants, share text, short links, stores and some junk;
mostly distinct), then times, on the same URLs and in the same process:

* the library's bulk API (``parse_listings``, results consumed, nothing kept);
* the same with de-duplication (which reads every identity key);
* a bare loop of one compiled regex that splits each URL into host, path and query;
* a bare loop of one compiled regex that pulls a host and an id out of each URL;
* a hand-written ``urllib.parse`` + ``parse_qs`` parser that extracts the same ids.

Each measurement is repeated (``--repeat``, default 5) and the median is printed.

    python benchmarks/listings.py            # 1,000,000 URLs
    python benchmarks/listings.py --n 200000 # a quick run
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import time
from collections import deque
from collections.abc import Callable, Sequence
from urllib.parse import parse_qs, urlsplit

from ipprules.listings import dedupe, parse_listings

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

    def url(self) -> str:
        """One input: 92% listings and stores, 2% short links, 1% share text, 5% junk."""
        r = self.r
        mix = r.random()
        if mix < 0.05:
            return self.vary(self.junk())
        roll = 0.81 + (mix - 0.05) * 0.05 / 0.03 if mix < 0.08 else (mix - 0.08) / 0.92 * 0.81
        if roll < 0.14:
            q = [*self.noise("taobao"), ("id", self.digits(11, 12))]
            url = f"https://item.taobao.com/item.htm?{self.query(q)}"
        elif roll < 0.24:
            q = [*self.noise("taobao"), ("id", self.digits(11, 12))]
            host = r.choice(["detail.tmall.com"] * 6 + ["detail.m.tmall.com", "detail.tmall.hk"])
            path = "/hk/item.htm" if host.endswith(".hk") else "/item.htm"
            url = f"https://{host}{path}?{self.query(q)}"
        elif roll < 0.32:
            i = self.digits(11, 12)
            form = r.randrange(5)
            if form == 0:
                q = [("id", i), ("price", str(r.randrange(999))), ("tk", self.alnum(11))]
                url = f"https://m.intl.taobao.com/detail/detail.html?{self.query(q)}"
            elif form == 1:
                url = f"https://main.m.taobao.com/detail/index.html?id={i}&hybrid=true"
            elif form == 2:
                url = f"http://h5.m.taobao.com/awp/core/detail.htm?spm={self.spm()}&id={i}"
            elif form == 3:
                url = f"http://a.m.taobao.com/i{i}.htm"
            else:
                url = f"https://world.taobao.com/item/{i}.htm?spm={self.spm()}"
        elif roll < 0.37:
            form = r.randrange(4)
            if form == 0:
                url = f"https://shop{self.digits(8, 10)}.taobao.com/index.htm?spm={self.spm()}"
            elif form == 1:
                url = f"https://{self.alnum(r.randrange(5, 12))}.taobao.com"
            elif form == 2:
                url = f"https://{self.alnum(r.randrange(4, 12))}.tmall.com/"
            else:
                url = (
                    "https://store.taobao.com/shop/view_shop.htm?"
                    f"user_number_id={self.digits(9, 10)}"
                )
        elif roll < 0.46:
            i = self.digits(12, 13)
            form = r.randrange(6)
            if form < 3:
                q = self.query(self.noise("1688"))
                url = f"https://detail.1688.com/offer/{i}.html" + (f"?{q}" if q else "")
            elif form == 3:
                url = f"http://m.1688.com/offer/{i}.html?spm={self.spm()}"
            elif form == 4:
                url = f"http://detail.m.1688.com/page/index.htm?offerId={i}"
            else:
                url = f"https://shop{self.alnum(13)}.1688.com/page/offerlist.htm"
        elif roll < 0.53:
            i = self.digits(10, 13)
            form = r.randrange(4)
            if form < 2:
                host = r.choice(
                    ["www.alibaba.com"] * 5 + ["wholesaler.alibaba.com", "es.alibaba.com"]
                )
                kind = "product-detail" if form == 0 else "product-introduction"
                url = f"https://{host}/{kind}/{self.slug()}_{i}.html?spm={self.spm()}&s=p"
            elif form == 2:
                url = f"https://m.alibaba.com/product/{i}/{self.slug().lower()}.html"
            else:
                url = f"https://{self.alnum(8)}.en.alibaba.com/productlist.html"
        elif roll < 0.67:
            i = r.choice(
                [
                    self.digits(16, 16),
                    "1005" + self.digits(12, 12),
                    "3256" + self.digits(12, 12),
                    self.digits(11, 11),
                ]
            )
            host = r.choice(
                ["www.aliexpress.com"] * 6
                + [f"{r.choice(_AE_LANGS)}.aliexpress.com"] * 3
                + ["m.aliexpress.com", "aliexpress.com", "www.aliexpress.us", "aliexpress.ru"]
            )
            form = r.randrange(8)
            q = self.query(self.noise("aliexpress"))
            if form < 6:
                path = f"/item/{i}.html"
            elif form == 6:
                path = f"/i/{i}.html"
            else:
                path = f"/store/{self.digits(7, 10)}"
            url = f"https://{host}{path}" + (f"?{q}" if q else "")
        elif roll < 0.78:
            tld = r.choice(_LAZADA)
            host = r.choice([f"www.lazada.{tld}"] * 4 + [f"lazada.{tld}"])
            if r.random() < 0.9:
                slug = r.choice([self.slug().lower(), "pdp", ""])
                sku = f"-s{self.digits(10, 11)}" if r.random() < 0.6 else ""
                path = f"/products/{slug + '-' if slug else ''}i{self.digits(9, 11)}{sku}.html"
            else:
                path = f"/shop/{self.slug().lower()}{self.digits(10, 10)}/"
            q = self.query(self.noise("lazada"))
            url = f"https://{host}{path}" + (f"?{q}" if q else "")
        elif roll < 0.81:
            i = self.digits(12, 13)
            form = r.randrange(3)
            if form == 0:
                url = f"https://www.goofish.com/item?spm={self.spm()}&id={i}&categoryId={self.digits(9, 9)}"
            elif form == 1:
                url = f"https://h5.m.goofish.com/item?itemId={i}"
            else:
                url = f"https://2.taobao.com/item.htm?id={i}"
        elif roll < 0.84:
            url = r.choice(
                [
                    f"https://m.tb.cn/h.{self.alnum(7)}?sm={self.hexs(6)}",
                    f"https://e.tb.cn/h.{self.alnum(15)}?tk={self.alnum(11)}",
                    f"https://a.aliexpress.com/_{self.alnum(7)}",
                    f"https://s.click.aliexpress.com/e/_{self.alnum(7)}",
                    f"https://s.lazada.{r.choice(_LAZADA)}/s.{self.alnum(5)}",
                    f"https://qr.1688.com/s/{self.alnum(8)}",
                ]
            )
        else:
            # share text around a link
            link = f"https://m.tb.cn/h.{self.alnum(7)}?tk={self.alnum(11)}"
            url = f"【淘宝】「{self.slug()}」 {link} CZ{r.randrange(999)}"
        return self.vary(url)

    def junk(self) -> str:
        r = self.r
        form = r.randrange(8)
        if form == 0:
            return f"https://s.taobao.com/search?q={self.slug()}&spm={self.spm()}"
        if form == 1:
            return f"https://www.aliexpress.com/w/wholesale-{self.slug()}.html"
        if form == 2:
            return f"https://{r.choice(_OTHER_HOSTS)}/{self.slug()}?ref={self.alnum(8)}"
        if form == 3:
            return f"https://{r.choice(_LOOKALIKES)}/item.htm?id={self.digits(12, 12)}"
        if form == 4:
            return f"https://item.taobao.com/item.htm?id={self.digits(11, 11)}{r.choice('aOl')}"
        if form == 5:
            return f"https://www.lazada.{r.choice(_LAZADA)}/catalog/?q={self.slug()}"
        if form == 6:
            return f"see {self.slug()} {r.randrange(99)}"
        return f"https://cart.taobao.com/cart.htm?spm={self.spm()}"

    def vary(self, url: str) -> str:
        roll = self.r.random()
        if not url.startswith("http"):
            return url
        if roll < 0.05:
            return url.split("://", 1)[1]  # scheme-less
        if roll < 0.07:
            return url.replace("https://", "http://", 1)
        if roll < 0.08:
            return url + "#detail"
        if roll < 0.09:
            scheme, rest = url.split("://", 1)
            host, _, tail = rest.partition("/")
            return f"{scheme}://{host.upper()}/{tail}"
        return url


def build(n: int, seed: int) -> list[str]:
    """``n`` URLs, deterministic for a seed."""
    gen = _Gen(seed)
    return [gen.url() for _ in range(n)]


# --- baselines --------------------------------------------------------------------------------

_SPLIT = re.compile(r"(?:https?:)?//([^/?#]*)([^?#]*)(?:\?([^#]*))?")
_HOST_ID = re.compile(
    r"(?:https?:)?//([a-z0-9.-]+)(?:/[^?#]*?[/_i-]([0-9]{6,})(?:-s[0-9]+)?\.html?"
    r"|[^?#]*\?(?:[^#&]*&)*?(?:id|itemId|offerId)=([0-9]+))"
)


def bare_split(urls: Sequence[str]) -> None:
    """One compiled regex splitting every URL into host, path and query; nothing else."""
    match = _SPLIT.match
    for url in urls:
        match(url)


def bare_host_id(urls: Sequence[str]) -> None:
    """One compiled regex pulling a host and an id out of every URL; nothing else."""
    match = _HOST_ID.match
    for url in urls:
        m = match(url)
        if m is not None:
            m.group(1, 2, 3)


_PATH_ID = re.compile(
    r"/(?:offer|item|i|product|list/item|product-detail/[^/]*_|products/[^/]*?i)?(?:i)?([0-9]{6,})"
)


def urllib_parser(url: str) -> tuple[str, str] | None:
    """A reasonable hand-written parser with urllib.parse: (host family, id) or None."""
    text = url.strip()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    parts = urlsplit(text)
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


def urllib_loop(urls: Sequence[str]) -> None:
    for url in urls:
        urllib_parser(url)


def library(urls: Sequence[str]) -> None:
    deque(parse_listings(urls), maxlen=0)


def library_dedupe(urls: Sequence[str]) -> None:
    deque(dedupe(parse_listings(urls)), maxlen=0)


def measure(fn: Callable[[Sequence[str]], None], urls: Sequence[str], repeat: int) -> float:
    """Median URLs per second over ``repeat`` runs (GC left on, as in real use)."""
    rates = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn(urls)
        rates.append(len(urls) / (time.perf_counter() - start))
    return statistics.median(rates)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="how many URLs (default 1e6)")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    urls = build(args.n, args.seed)
    distinct = len(set(urls))
    results = list(dedupe(parse_listings(urls)))
    kinds: dict[str, int] = {}
    for _, result in results:
        name = type(result).__name__
        kinds[name] = kinds.get(name, 0) + 1
    print(f"{len(urls):,} URLs ({distinct:,} distinct), seed {args.seed}: {kinds}")
    print(f"median of {args.repeat} runs each")

    rows = [
        ("library parse_listings", library),
        ("library + dedupe", library_dedupe),
        ("bare regex loop: split", bare_split),
        ("bare regex loop: host+id", bare_host_id),
        ("urllib.parse parser", urllib_loop),
    ]
    rates = {name: measure(fn, urls, args.repeat) for name, fn in rows}
    for name, rate in rates.items():
        print(f"  {name:28s} {rate:>12,.0f} URLs/s")
    lib = rates["library parse_listings"]
    for name in ("bare regex loop: split", "bare regex loop: host+id", "urllib.parse parser"):
        print(f"library / {name:26s} {lib / rates[name]:.2f}x")
    print(f"target >= 1,000,000 URLs/s: {'met' if lib >= 1_000_000 else 'NOT met'}")


if __name__ == "__main__":
    main()
