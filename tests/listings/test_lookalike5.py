"""lookalike5: REAL hostile hosts from public phishing, scam and typosquat lists.

lookalike3 and lookalike4 hold made-up attacker corpora. This table holds hosts that real
lists name as scams or squats of Taobao, Tmall, 1688, Alibaba.com, AliExpress, Lazada and
Xianyu, each with its source:

- ``jarelllama/Scam-Blocklist`` at f9d27267fbc6 (2025-04-13): ``data/parked_domains.txt`` and
  ``data/dead_domains.txt``, the list's scam domains found by its brand regexes and dnstwist
  runs (``config/phishing_detection.csv`` names ``alibaba``, ``aliexpress``, ``lazada`` and
  ``taobao`` as targets), keeping those whose name holds a marketplace's name or a typo of it
  (restaurants, casinos and other sites that only share a word are left out, and so are most
  members of numbered families such as ``taobao318fe.com``);
- ``0m-ax/aliexpress-alias-blocker`` at a878c1cd0c91, ``list.txt``: hijacked Danish domains
  that redirect to AliExpress products from search results (no marketplace name in them).

Each host is built into the URL forms a listing of the marketplace it imitates has (its item,
offer or product path; with ``https``, ``http``, no scheme, ``//``; in share text, an HTML
anchor, a Markdown link) and the answer is decided first: never a listing, a storefront or a
short link; ``lookalike-host`` when a label or word of the name holds a marketplace's name or
a typo of it (docs/listings.md, rejection codes), ``not-alibaba-host`` otherwise. Every path
answers (``parse_listing``, ``parse_listings``, the thorough parser, the fast path, the
planner, the columnar kernel).

Found: ``aliexpreshop.pro`` (``aliexpres`` glued to ``shop``, the ``s`` shared) was
``not-alibaba-host``: a typo of a name was matched only as a whole word. A word that starts or
ends with a typo of a name of eight letters or more is now a lookalike too.

Blocklists also flag REAL marketplace hosts (ad and tracking filters: AdGuard Home users
allow them again by hand). Those must still be read as the marketplace's: a listing where the
path is one, else ``not-a-listing`` or ``short-link``, never a lookalike.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from ipprules.listings import Listing, Rejection, parse_listing, parse_listings
from ipprules.listings.parser import _parse_clean, parse_slowly

SCAM_BLOCKLIST = "jarelllama/Scam-Blocklist@f9d27267fbc6"
PARKED = f"{SCAM_BLOCKLIST}:data/parked_domains.txt"
DEAD = f"{SCAM_BLOCKLIST}:data/dead_domains.txt"
ALIASES = "0m-ax/aliexpress-alias-blocker@a878c1cd0c91:list.txt"

#: Hosts whose names hold a marketplace's name (or a typo of it): ``lookalike-host``.
NAMED: dict[str, str] = {
    PARKED: """
alibaba-id-aqx.pages.dev alibabaev.com aliexpress-eu.shop xianyuyun.b23376674185746.workers.dev
alibaba-infinity.com alibabagarment.com alibabaindia.com alibabamall.xyz
alibabatradeassurances.com aliexpres.net aliexpress-tienda.shop aliexpressoutlet.shop
aliexpresss.net g-aliexpress.com taobaoball.shop taobaoblobal.com taobaogas.com
taobaomongolia.com taobaowg.com uk-aliexpress.com alibaba1.store alibabaexprecess.shop
alibabasuper.store aliexpres.online aliexpress.london aliexpress.me djalibaba.com malibaba.shop
alibaba-deals.com dsers-aliexpressdropshipping.com gralibaba.com intoaliexpress.com
aliexpressptyltd.com aliexpressbr.com lazada.dnysc.vip alibabafashionlivemall.com
alibabahaha-register.site aliexpresscanada.com aliexpresspi.com taobao-vn.xyz www.tmall6113.vip
aliexpressischeap.org aliexpressspecial.shop alibabawork.com aliexpress.entre.org
aliexpressbmall.com aliexpresslinks.net aliexpressls.shop amazonealiexpressalibaba.com
taobaoball1.store taobaokf20.icu taobaoyao.com alibababd.com alibabacatalogs.com
alibabacatalogs.info alibabacatalogs.org aliexpreas.shop aliexpress-lila.shop aliexpress-ue.shop
aliexpressmalls.com alixpress.info e-alibabameta.biz taobao-vn.app taobaokf018.icu
taobaomai.cheap tmallshmall.com www.tmdll1688.vip 111aliexpress.com alibabagec.com
alibabaland.com aliexpress-support.com aliexpresscollection.com aliexpresse.org
artaliexpress.com httpsaliexpress.store kamaliexpress.com aliexpress.moi csjkyq1688.com
alibabaafrica.com aliexpressdiscoveries.com taobao-kaitong11.xyz taobao-kaitong22.xyz
taobaoforum.net taobaoforum.org taobaos.shop xntaobao.cn alibaba.london alibabana.com
aliexprese.store aliexpresscoupons.com alliexpress.store www.alibabaloot.in
7681342591688148030.com.tr alibabapak.shop alibabapi.shop aliexpress-my.com aliexpress-ph.com
cn.365taobao.com dtfalibaba.com israelaliexpress.com jdtaobao.xyz m.365taobao.com
mersaliexpress.com wap.365taobao.com www.365taobao.com sgalibaba.yusufanara409.workers.dev
taobao1111022.icu taobao2u.com taobaotips.online tialltaobao.xyz 1688alibaba.shop 1688fcgg.com
accountsalibaba.com aialibaba.com alibaba-168.com alibaba-dropshop.com alibaba-import.ru
alibaba-inc.email alibaba-inc.mom alibaba-shopping.pro alibaba.ceo alibaba18.biz
alibabaagent.net alibababdfgnh.com alibababe.id alibabacheap.shop
alibabaclasactionsettlement.com alibabaclod.com alibabacluod.help
alibabaglobalshoppingcenter.com alibabaholdings.team alibabaholdings.website alibabai.site
alibabaindia.shop alibabainternationalstation.com alibabakz.com alibabamall.cc alibabamall.store
alibabamid.com alibabaqatar.com alibabashanghai.com alibabawallet.com alibabawallet.pro
aliexprcss.com aliexpres.io aliexpres.store aliexpres.vip aliexpres.xyz
aliexpress-vm4ks0-gq.store aliexpress.boston aliexpress.fun aliexpress.ke.livescores.ng
aliexpress.mom aliexpressax.vip aliexpresscan.com aliexpresscana.com aliexpresse.bond
aliexpresse.cyou aliexpresse1.top aliexpresse3.top aliexpressebest.icu aliexpresseh.top
aliexpresses.com aliexpressglobal.store aliexpressinternational.com aliexpresspromocode.com
aliexpresss.us aliexpresssca.com bestaliexpress.us boughtfromaliexpress.com dathangtaobao.pub
fc1681688.com globaliexpress.com hfjj1688.top lazadal.life lazadas.shop
my-seller-aliexpress.click potalibaba.com promoaliexpress.click qualiexpress.com sip-alibaba.co
suk-alibaba.co talibaba.com taobao-express-sarlu.com taobao.africa taobao.cam taobao1688.ru
taobao7866.xyz taobao911.ru taobao998.xyz taobaocdn11.xyz taobaochina.top taobaodian.xyz
taobaof3.xyz taobaofamily.xyz taobaogle.com taobaok3.xyz taobaopocket.com taobaovn.store
tiktoksc1688.com tiktoksc1688.shop www.ynigntmall.com xn--1688-9gor8ax9luc2dwe.online
alibabainternationalshoppingl.com aliexpresse.top aliexpressel.vip aliexpressgift.com
""",
    DEAD: """
gaotaobao.com gzcn1688.site szfbd168898.com taobao-kf-z.cfd taobao999.online taobaohk.com
taobaohulian.com taobaombox.site taobaoxd.com taobaoxia.net taobo.xin tmallmall.top
alibabaroot.ru aliexpress-web.shop aliexpress4u.com aliexpresscod.com aliexpressser.com
taobao-world.com taobaoiiu.com taobaojyux888site.com alibababizcircle.net alibabatao16.top
alibabataobao16.shop alibabatrades.com alixpress.africa qwfh16888.com sjbhyrz1688.vip
taobao1.org taobaodpo.com taobaolaa.com taobaoqctoccaceli.com alibabahuodong123.com.cn
buyalibaba.net taobao2222.xn--xhq521b 79taobao.com alibabaai.vip alibabaeletronicos.online
alibabai.xyz alibabavillage.site alibabavillage.space avtaobao.club lazada.sc88dny.cc
maketingalibaba.com taobaoer6.com taobaosd6.com taobaowa3.com tr-alibaba.org taobaoya.vip
taobaoz5htd1e.com alibabapics.com alibabavietnam.asia jsptaobao.top taobao-sgp.com taobao8899.cn
taobaodtu.com tr-alibaba.com xlkjshop1688.com alibaba-oderr.com alibaba-t.me alibabahaiwai8.xyz
alibabamade.com alibabaq.cloud alibabasourcing.asia alibabasourcing.net alibabataobao1688.shop
alibabavip.shop alibabayundun.com aliexpress-web.site aliexpress-web.store aliexpressmallsus.com
aliexpresstrax.com sdh16888.com taobao-ai.com taobao-kr.com taobao86qcjzm.com taobaod.com
taobaofuwu1.cn taobaoxungmangbijingwomenqiangxiao.top taobaoyum.com tmalltwinstall.com
alibababuy.net aliexpreshop.pro aliexpress-shop.fun chutaobao.com ofertazosaliexpress.site
taobao9xt.scakes.com.br taobaoas7.com taobaobuyspreadsheet.com taobaohh.com taobaohy.com
taobaoiu.com taobaolok.com taobaoopl.com taobaoq1.com taobaoqpo.com taobaosa.com taobaosth.top
taobaow2z.com taobaoxianyu.cyou xyyx1688.asia yhc16888.com alibabamail.ru alibabaoversea.com
alibabasourcing.store szlx1688.com taobaospl.com ttaobao.top aitaobao.asia alibababuying.net
alibabac.com alibabachoices.com alibabachoices.xin alibabafriend.net alibabataobt.top
aliexprass.online aliexpressvending.com aliexprezs.com fentaobao.com fxkj1688.com hq16888.store
iralibaba.com iralibaba.shop mcj168888.top overseastaobao.asia overseastaobao.com
overseastaobao.online overseastaobao.xin taobao86.xyz taobaocainiao.top taobaojongxinka.site
taobaokio.com taobaooverseas.com taobaotcwgq.om taobaowwq.com
taobaozhifubaoyungduohaomengnixiao.top zj-alibaba.com alibabafriends.net alibabapad.com
alibabataobao.vip bnbw1688.com guotaobao.cn idn-aliexpress-seller.com taobaoasp.com
taobaoaxa.com taobaobn1.com taobaogt.com taobaojas.com taobaokip.com taobaoqq.com taobaowe6s.com
xxyz1688.com aliexpressaliexpress.xyz aliexpressglobal.vip aliexpressinfo.ru
aliexpresspartners.com hq168888.com 1688160tz1.top 1688dt01.com aitaobao.vip
alibaba.cilaca.us.kg alibabachoice.com alibabamall.vip alibabamerchants.com alibabaoverseas.com
alibabaseek.com alibabasofa.cn aliexpress-mine.com aliexpress-shop.cfd aliexpress-site.cfd
aliexpress-web.bond aliexpress.ceo aliexpressfox.cfd aliexpressseller.vip aliexpresstracking.com
hxkj1688.com taobao-mall.com taobao002.cn taobao68.xyz taobao789btcc.com taobaoaba.com
taobaocvc.com taobaodew.com taobaodf8.com taobaodsp.com taobaoe6f.com taobaoern.com
taobaofg1.com taobaoik0t.com taobaokefu.cn taobaokpo.com taobaomjqceos.com taobaooyz.com
taobaopkl.com taobaopo1s.com taobaopu.com taobaopxc.com taobaoqe1.com taobaor9f.com
taobaosa6.com taobaosai.com taobaosd2s.com taobaow5e.com taobaoyvs.com utaobao.com xshtaobao.com
xyyx1688.com xyyx1688.net yun-alibaba.com 1688gpgj.com 4taobao.com alibaba-t.vip
alibabataobao.shop aliexpress-event.digital aliexpress-event.life aliexpress-event.live
aliexpressmall24.com aliexprexs.com dfqy1688.com gxmc1688.space hhgj1688.com lazada.quest
lhh16888.com ltkx1688.com svip-alibaba.cc taobao0.xyz taobao466ninon.xyz taobaoa.sbs
taobaocdn.icu taobaodd5a.com taobaodsa.com taobaofdp.com taobaokly51.com taobaokol.com
taobaopx.com taobaosd8.com taobaosg.cn taobaoth5p.com taobaovb.com telegram-baiyu1688.top
""",
}

#: Hosts with no marketplace name (nor a typo of one) that lead to one: ``not-alibaba-host``.
#: ``aliexp`` is an abbreviation, not a typo: the rule matches names and typos only.
UNNAMED: dict[str, str] = {
    PARKED: "xg.aliexpsshop.vip",
    DEAD: "zh.aliexp-app.shop zh.aliexp-app.net zh.aliexp-shop.shop zh.aliexptwapp.net",
    ALIASES: """
a-b-r.dk aquasafe.dk bj-volley.dk bploug.dk cerec.dk frihedenspizza.dk groendalspark.dk
hoereforeningen-frederiksberg.dk jkmikkelsen.dk koldingtattoo.dk livingbox.dk
majbritspakketrans.dk maxify.dk safensure.dk sunaxperience.dk vintanker.dk
""",
}

#: The path of a real listing of each marketplace (checked on its own host below), by the
#: first key found in the host that imitates it (AliExpress when none is).
PATHS: dict[str, tuple[str, str, str]] = {
    "lazad": ("www.lazada.sg", "/products/x-i123456789.html", "来 Lazada 看看"),
    "tmall": ("detail.tmall.com", "/item.htm?id=606832683299", "【天猫】"),
    "xianyu": ("www.goofish.com", "/item?id=965639435219", "【闲鱼】"),
    "1688": ("detail.1688.com", "/offer/601234567890.html", "【1688】"),
    "taob": ("item.taobao.com", "/item.htm?id=606832683299", "【淘宝】"),
    "alibaba": ("www.alibaba.com", "/product-detail/Phone-Case_1600123456789.html", "Alibaba:"),
    "": ("www.aliexpress.com", "/item/1005004878609097.html", "AliExpress:"),
}


def forms(host: str, key: str | None = None) -> tuple[str, ...]:
    """``host`` in the URL forms a listing of the marketplace it imitates (``key`` of
    :data:`PATHS`) has, alone and inside text."""
    key = next(k for k in PATHS if k in host) if key is None else key
    _, path, prefix = PATHS[key]
    url = f"https://{host}{path}"
    return (
        url,
        f"http://{host}{path}",
        f"{host}{path}",
        f"//{host}{path}",
        f"{prefix}这个宝贝不错 {url} 点击链接直接打开",
        f'<a href="{url}">商品</a>',
        f"[商品]({url})",
    )


@cache
def rows() -> tuple[tuple[str, str, str, str], ...]:
    """``(text, host, source, code)``: every host of the lists in every form, and its answer."""
    out = []
    for table, code in ((NAMED, "lookalike-host"), (UNNAMED, "not-alibaba-host")):
        for source, hosts in table.items():
            for host in hosts.split():
                out.extend((text, host, source, code) for text in forms(host))
    return tuple(out)


def test_the_lists_hold_enough_distinct_real_hosts() -> None:
    hosts = [h for table in (NAMED, UNNAMED) for hs in table.values() for h in hs.split()]
    assert len(hosts) == len(set(hosts)) >= 450
    assert len(rows()) == 7 * len(hosts)
    assert {key for key in PATHS if any(key in host for host in hosts)} == set(PATHS)


@pytest.mark.parametrize("key", sorted(PATHS))
def test_each_path_is_a_listing_on_its_own_marketplace(key: str) -> None:
    """The control: the same forms on the genuine host are listings, so a refusal below is
    the host's doing."""
    for text in forms(PATHS[key][0], key):
        assert isinstance(parse_listing(text), Listing), text


def _refused(answer: Listing | Rejection | None, text: str, code: str, where: str) -> None:
    assert isinstance(answer, Rejection), (where, text, answer)
    assert answer.code == code, (where, text, answer.code, answer.reason)


@pytest.mark.no_cover
def test_no_real_hostile_host_is_accepted_by_the_parsers() -> None:
    for text, _, source, code in rows():
        _refused(parse_listing(text), text, code, f"parse_listing ({source})")
        _refused(parse_slowly(text), text, code, f"thorough ({source})")
        clean = _parse_clean(text)  # None: not a clean URL, left to the thorough parser
        assert clean is None or (isinstance(clean, Rejection) and clean.code == code), text


def test_no_real_hostile_host_is_accepted_in_bulk() -> None:
    texts = [text for text, *_ in rows()]
    answers = list(parse_listings(texts))
    assert len(answers) == len(texts)
    for (_, answer), (text, _, source, code) in zip(answers, rows(), strict=True):
        assert answer.source == text
        _refused(answer, text, code, f"parse_listings ({source})")


def test_the_columnar_kernel_refuses_them_too() -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    from ipprules.columnar import parse_column

    got = parse_column([text for text, *_ in rows()]).select(["ok", "code"]).to_pylist()
    assert len(got) == len(rows())
    wrong = [
        (r[0], g) for r, g in zip(rows(), got, strict=True) if g != {"ok": False, "code": r[3]}
    ]
    assert not wrong, wrong[:5]


def test_the_planner_plans_none_of_them() -> None:
    """Each line is refused by the listing's own check, before the plan asks for its right."""
    from ipprules.planner import Settings, plan_listings
    from planner.planner_accounts import make_account

    picked = rows()[::3]
    plan = plan_listings(
        [text for text, *_ in picked],
        make_account(),
        as_of="2026-11-23",
        settings=Settings(reason="tm_counterfeit"),
    )
    codes = [outcome.to_dict()["code"] for outcome in plan.outcomes]
    assert len(codes) == len(picked) > 1000
    assert codes == [f"listing:{code}" for *_, code in picked], Counter(codes)


@pytest.mark.parametrize(
    "host", ["aliexpreshop.pro", "aliexprss-shop.example", "shopaliexpres.example"]
)
def test_a_typo_of_a_name_glued_to_a_word_is_a_lookalike(host: str) -> None:
    for text in forms(host):
        _refused(parse_listing(text), text, "lookalike-host", "parse_listing")


@pytest.mark.parametrize(
    "host", ["liyunshop.com", "gofishing.example", "alibabshop.example", "taobshop.example"]
)
def test_a_short_name_glued_to_a_word_needs_the_whole_name(host: str) -> None:
    """Only names of eight letters or more match a typo glued to another word: ``liyun`` is a
    name, not ``aliyun`` mistyped (``gofish`` alone stays a typo of ``goofish``)."""
    answer = parse_listing(f"https://{host}/item.htm?id=606832683299")
    _refused(answer, host, "not-alibaba-host", "parse_listing")


# --- real marketplace hosts that blocklists flag (ad and tracking filters) ------------------

#: AdGuard Home user rules that allow these hosts again after the filters they use blocked
#: them: github-index:6778327854 (a DNS service's whitelist, with StevenBlack's hosts and
#: yhosts), github-index:4065779127 (a router's AdGuardHome rules), github-index:56810941196
#: (a NixOS AdGuard Home module, with Steven Black's list).
FLAGGED_REAL: tuple[tuple[str, str], ...] = (
    ("https://world.taobao.com/item/606832683299.htm", "taobao-item:606832683299"),
    ("world.taobao.com/item/606832683299.htm", "taobao-item:606832683299"),
    ("https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc", "short-link"),
    ("https://s.click.aliexpress.com/e/_DD2I7Ox", "short-link"),
    ("https://m.taobao.com/", "not-a-listing"),
    ("https://ju.taobao.com/", "not-a-listing"),
    ("https://i.click.taobao.com/t?e=abc", "not-a-listing"),
    ("https://click.simba.taobao.com/cc_im?p=abc", "not-a-listing"),
    ("https://count.taobao.com/", "not-a-listing"),
    ("https://mos.m.taobao.com/", "not-a-listing"),
    ("https://tui.taobao.com/", "not-a-listing"),
    ("https://h-adashx.ut.taobao.com/", "not-a-listing"),
    ("https://dailyupdate.wangwang.taobao.com/", "not-a-listing"),
    ("https://dj.1688.com/", "not-a-listing"),
)


@pytest.mark.parametrize(("text", "expected"), FLAGGED_REAL)
def test_real_marketplace_hosts_that_blocklists_flag_are_still_read(
    text: str, expected: str
) -> None:
    for where, answer in (
        ("parse_listing", parse_listing(text)),
        ("thorough", parse_slowly(text)),
        ("parse_listings", next(iter(parse_listings([text])))[1]),
    ):
        got = answer.identity if isinstance(answer, Listing) else answer.code
        assert got == expected, (where, text, answer)
