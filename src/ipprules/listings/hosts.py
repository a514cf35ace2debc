"""Host data for the listing parser: marketplace domains, reserved labels, short-link hosts,
agent sites and the names lookalikes imitate.

Plain tuples and frozensets of strings (cheap to import); the parser builds its regular
expressions from them on first use. Sources: ``/shared/domain/listing-urls.md`` sections 10-12.
"""

from __future__ import annotations

__all__ = [
    "AGENT_DOMAINS",
    "ALIBABA_LANGUAGE_LABELS",
    "BRANDS",
    "GROUP_DOMAINS",
    "LAZADA_TLDS",
    "MARKETPLACE_DOMAINS",
    "NOISE_PARAMETERS",
    "RESERVED_LABELS",
    "SHORT_HOSTS",
    "SHORT_TARGET_KEYS",
]

#: Lazada country sites: top-level domain -> rule-book platform id.
LAZADA_TLDS: dict[str, str] = {
    "sg": "lazada_sg",
    "co.id": "lazada_id",
    "com.my": "lazada_my",
    "co.th": "lazada_th",
    "com.ph": "lazada_ph",
    "vn": "lazada_vn",
}

#: Registrable domains owned by Alibaba Group marketplaces. A host is one of these or ends
#: with "." + one of these; anything else is not an Alibaba Group host. ``lazada.com`` is the
#: corporate site (auth, careers): an owned host, never a listing.
MARKETPLACE_DOMAINS: frozenset[str] = frozenset(
    {
        "taobao.com",
        "tmall.com",
        "tmall.hk",
        "1688.com",
        "alibaba.com",
        "aliexpress.com",
        "aliexpress.us",
        "aliexpress.ru",
        "goofish.com",
        "tb.cn",
        "lazada.com",
        *(f"lazada.{tld}" for tld in LAZADA_TLDS),
    }
)

#: Registrable domains of Alibaba Group sites that are not marketplaces (the group's and the
#: IPP portal's site, payments, cloud, the marketplaces' image and file hosts): never listings,
#: and not lookalikes either although their names hold a marketplace name.
GROUP_DOMAINS: frozenset[str] = frozenset(
    {
        "alibabagroup.com",
        "alibaba-inc.com",
        "alibabacloud.com",
        "aliyun.com",
        "alipay.com",
        "alimama.com",
        "taobao.org",
        # image and file hosts of listing pages, pasted with them (a listing's picture):
        # ae-pic-a1.aliexpress-media.com, gaitaobao4.alicdn.com, img01.taobaocdn.com
        "aliexpress-media.com",
        "alicdn.com",
        "taobaocdn.com",
    }
)

#: Service labels every marketplace domain uses (rules, seller and developer centres, data,
#: business and dispute services): never vanity store names.
_SERVICE_LABELS = ("rule", "seller", "data", "developer", "business", "dispute")
#: More service labels of the domestic marketplaces (forums, passport, view pages).
_PORTAL_LABELS = ("bbs", "pass", "view")
#: Technical labels (mobile, AMP and WAP pages, APIs, images, help): never vanity store names
#: on any marketplace domain (listing-urls.md §12: "h5, m ... and similar labels").
_TECH_LABELS = ("h5", "wap", "m", "www", "api", "img", "help", "service", "login", "pages")

#: Labels that are services, never vanity store names, per registrable domain.
RESERVED_LABELS: dict[str, frozenset[str]] = {
    "taobao.com": frozenset(
        [
            "www",
            "s",
            "login",
            "cart",
            "buy",
            "detail",
            "h5",
            "m",
            "i",
            "item",
            "trade",
            "list",
            "market",
            "2",
            "store",
            "world",
            "main",
            "a",
            "assets-tmw",
            "passport",
            "member",
            "my",
            "favorite",
            "shopsearch",
            "shop",
            "uland",
            "ai",
            "chaoshi",
            "fun",
            "mall",
            "jianghu",
            "rate",
            "sell",
            "ju",
            "tejia",
            "tao",
            "wuliu",
            "help",
            "service",
            "open",
            "api",
            "g",
            "img",
            "gw",
            "buyertrade",
            "myseller",
            "mai",
            "fuwu",
            "sycm",
            "qn",
            "guang",
            "zhaoshang",
            "consumerservice",
            "huodong",
            # the lottery channel and the Qimen open platform (real links: github-index:
            # 40919331778, :31682367043)
            "caipiao",
            "qimen",
            # Taobao's Taiwan portal (a real list of Taobao page hosts: github-index:40183445035)
            "tw",
            # judicial auctions (司法拍卖; real home links: github-index:63280125334, :56204593399)
            "sf",
            "paimai",
            # the Taobao models platform (淘女郎; real root links: github-index:29498395413,
            # :592773528)
            "mm",
            # API, authorisation and upload endpoints (eco.taobao.com/router/rest, the open
            # platform's gateway; oauth.taobao.com/authorize; mdskip.taobao.com/core/…)
            "eco",
            "oauth",
            "upload",
            "mdskip",
            *_SERVICE_LABELS,
            *_PORTAL_LABELS,
            *_TECH_LABELS,
        ]
    ),
    "tmall.com": frozenset(
        [
            "www",
            "list",
            "detail",
            "chaoshi",
            "buy",
            "cart",
            "login",
            "pages",
            "m",
            "s",
            "i",
            "h5",
            "shop",
            "mdetail",
            "vip",
            "jiyoujia",
            "service",
            "help",
            "api",
            "img",
            "brand",
            "miao",
            "world",
            "rulechannel",
            "zhaoshang",
            "consumerservice",
            # group buying (Juhuasuan, ju.taobao.com's) and Tmall Travel, named as Tmall's
            # sections in a real README (github-index:52904717333)
            "ju",
            "travel",
            # services reserved on taobao.com that Tmall serves under its own domain too
            # (rate.tmall.com/list_detail_rate.htm reviews, fuwu, mdskip.tmall.com/core/…)
            "rate",
            "fuwu",
            "mdskip",
            *_SERVICE_LABELS,
            *_PORTAL_LABELS,
            *_TECH_LABELS,
        ]
    ),
    "tmall.hk": frozenset(
        ["www", "detail", "list", "pages", "m", "s", "buy", "cart", "login", *_TECH_LABELS]
    ),
    "1688.com": frozenset(
        [
            "www",
            "s",
            "detail",
            "m",
            "qr",
            "login",
            "cart",
            "work",
            "air",
            "dj",
            "page",
            "trade",
            "order",
            "sale",
            "news",
            "club",
            "show",
            "search",
            "offer",
            "member",
            "exodus",
            "p4p",
            "p4psearch",
            "i",
            "so",
            "re",
            # the 1688 application market (a real link: P79N6A/openplatform:openMarketplace/
            # src/main/webapp/webpage/main.jsp)
            "app",
            *_SERVICE_LABELS,
            *_PORTAL_LABELS,
            *_TECH_LABELS,
        ]
    ),
    "aliexpress.com": frozenset(
        [
            "www",
            "m",
            "a",
            "s",
            "star",
            "portals",
            "feedback",
            "api-sg",
            "login",
            "best",
            "sale",
            "campaign",
            "shoppingcart",
            "trade",
            "my",
            "message",
            "help",
            "sellercenter",
            "gsp",
            "home",
            "pages",
            "accounts",
            "promotion",
            "service",
            "report",
            "activities",
            "flashdeals",
            "msg",
            "sell",
            "open",
            "helppage",
            "sellerlearning",
            *_SERVICE_LABELS,
            *_TECH_LABELS,
        ]
    ),
}

#: Alibaba.com language sites (``spanish.alibaba.com``, ``es.alibaba.com``...).
ALIBABA_LANGUAGE_LABELS: frozenset[str] = frozenset(
    [
        "spanish",
        "portuguese",
        "french",
        "german",
        "italian",
        "russian",
        "japanese",
        "korean",
        "arabic",
        "thai",
        "turkish",
        "vietnamese",
        "indonesian",
        "dutch",
        "hebrew",
        "hindi",
        "es",
        "pt",
        "fr",
        "de",
        "it",
        "ru",
        "ja",
        "ko",
        "ar",
        "th",
        "tr",
        "vi",
        "id",
        "nl",
        "he",
        "hi",
    ]
)

#: Short-link and share hosts that cannot be resolved offline: host -> who issues them.
SHORT_HOSTS: dict[str, str] = {
    "m.tb.cn": "Taobao/Tmall/Xianyu share link",
    "e.tb.cn": "Taobao share link",
    "c.tb.cn": "Taobao campaign or QR link",
    "tb.cn": "Taobao share link",
    "qr.1688.com": "1688 share link",
    "a.aliexpress.com": "AliExpress app share link",
    "s.click.aliexpress.com": "AliExpress affiliate link",
    "s.click.taobao.com": "Taobao affiliate link",
    "star.aliexpress.com": "AliExpress share wrapper",
    "s.alibaba.com": "Alibaba.com app share link",
    **{f"s.lazada.{tld}": "Lazada share link" for tld in LAZADA_TLDS},
    **{f"c.lazada.{tld}": "Lazada affiliate link" for tld in LAZADA_TLDS},
}

#: Short links whose query may name the page they lead to (listing-urls.md §10), with the
#: parameters that do: AliExpress's share wrapper (``redirectUrl``), its affiliate deep links
#: (``s.click.aliexpress.com/deep_link.htm?…&dl_target_url=``, also after ``/e/…``), Lazada's
#: affiliate links as its affiliate datafeed writes them (``c.lazada.*/t/c.…?url=``). The link
#: stays a short link; the listing it names is offered as the suggestion.
SHORT_TARGET_KEYS: dict[str, tuple[str, ...]] = {
    "star.aliexpress.com": ("redirectUrl",),
    "s.click.aliexpress.com": ("dl_target_url",),
    **{f"c.lazada.{tld}": ("url",) for tld in LAZADA_TLDS},
}

#: Buying-agent and proxy sites (registrable domains). They embed listings; they are not ones.
AGENT_DOMAINS: frozenset[str] = frozenset(
    {
        "pandabuy.com",
        "cnfans.com",
        "cssbuy.com",
        "superbuy.com",
        "wegobuy.com",
        "sugargoo.com",
        "hagobuy.com",
        "allchinabuy.com",
        "basetao.com",
        "kakobuy.com",
        "mulebuy.com",
        "hoobuy.com",
        "acbuy.com",
        "joyabuy.com",
        "oopbuy.com",
        "lovegobuy.com",
        "orientdig.com",
        "itaobuy.com",
        "ytaopal.com",
        "eastmallbuy.com",
        "cnshopper.com",
        "hubbuycn.com",
        "usfans.com",
        "litbuy.com",
        "loongbuy.com",
        # more agents decoded by cachho/cn-links (its tests)
        "gtbuy.com",
        "kameymall.com",
        "sifubuy.com",
        "hipobuy.com",
        "ponybuy.com",
        "joyagoo.com",
        "ezbuycn.com",
        "panglobalbuy.com",
        "fishgoo.com",
        "blikbuy.com",
        "esugargoo.com",
    }
)

#: Names lookalike hosts imitate (compared after folding homoglyphs: see :mod:`.lookalike`).
BRANDS: tuple[str, ...] = (
    "taobao",
    "tmall",
    "1688",
    "alibaba",
    "aliexpress",
    "lazada",
    "goofish",
    "xianyu",
    "alipay",
    "aliyun",
    "alimama",
    "tb.cn",
)

#: Tracking parameters seen on listing URLs (documentation only: the parser keeps the id
#: parameter and drops every other one, whatever its name).
NOISE_PARAMETERS: dict[str, tuple[str, ...]] = {
    "taobao": (
        "spm",
        "scm",
        "pvid",
        "abbucket",
        "ns",
        "_u",
        "utparam",
        "ali_refid",
        "ali_trackid",
        "sourceType",
        "suid",
        "ut_sk",
        "un",
        "share_crt_v",
        "sp_tk",
        "cpp",
        "shareurl",
        "short_name",
        "app",
        "price",
        "acm",
        "abtest",
        "trackInfo",
        "utkn",
        "scene",
        "mytmenu",
        "turing_bucket",
        "lygClk",
        "impid",
        "bftTag",
        "bftRwd",
        "algo_pvid",
        "algo_expid",
        "pos",
        "mi_id",
        "tk",
        "sid",
        "rn",
        "ttid",
        "sm",
        "bxsign",
        "tbSocialPopKey",
        "ppath",
        "utm_*",
        "hybrid",
        "downgrade_from",
        "skuId",
    ),
    "tmall": (
        "activity_id",
        "cm_id",
        "sku_properties",
        "areaId",
        "user_id",
        "cat_id",
        "is_b",
        "toSite",
        "pcdegrade",
        "de_count",
        "inviteCode",
        "skuId",
    ),
    "1688": ("spm", "tracelog", "clickid", "sk", "_end_point_"),
    "alibaba_com": ("spm", "s", "redirect", "tracelog"),
    "aliexpress": (
        "spm",
        "gatewayAdapt",
        "pdp_npi",
        "algo_pvid",
        "algo_expid",
        "btsid",
        "ws_ab_test",
        "gps-id",
        "scm*",
        "sku_id",
        "shpMethod",
        "mp",
        "aff_*",
        "af",
        "cv",
        "dp",
        "sk",
        "terminal_id",
        "utparam",
        "curPageLogUid",
    ),
    "lazada": (
        "spm",
        "scm",
        "pvid",
        "search",
        "mp",
        "clickTrackInfo",
        "priceCompare",
        "exlaz",
        "laz_trackid",
        "from",
        "utm_*",
        "c",
        "channelLpJumpArgs",
        "abid",
        "ad_src",
        "src",
        "pa",
        "pid_pvid",
        "did",
        "cid",
        "impsrc",
        "pos",
        "acm",
        "mkttid",
        "trafficFrom",
        "dsource",
        "laz_share_info",
        "laz_token",
        "cc",
    ),
    "xianyu": (
        "spm",
        "categoryId",
        "forceFlush",
        "hitNativeDetail",
        "xy_refer",
        "from_kun_share",
        "tk",
        "app",
        "x-ssr",
        "uniapp_id",
        "uniapp_page",
    ),
}
