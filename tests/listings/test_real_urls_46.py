"""Sweep realurls46 of listing URLs (notes in /work/notes/sweep-realurls46.md): real strings from
sources no earlier table cites (checked against ``_real_urls.real_texts()``), read as
listing-urls.md says (section 0: the first link of free text, agent sites; section 1: Taobao
stores; section 5: Alibaba.com minisites; section 6: AliExpress, its ``aliexpress.ru`` and
``aliexpress.us`` hosts, stores and campaign pages; section 7: Lazada's stores and seller
centres; section 10: a short link is never guessed; section 11: pages that are no listings;
section 12: hosts that are no marketplace's): lines of public code (Taobao and Tmall channel
links in saved pages' top bars and site lists, affiliate coupon and union links
``uland.taobao.com``/``mos.m.taobao.com``, Tmall and Tmall Global store links, AliExpress
Russia bills of materials and store links, Lazada Malaysia share links and Indonesia and
Singapore stores, Alibaba.com supplier profiles, 1688 mobile stores, Weidian and agent links)
and stored public pages (DSers' import tool's documented URL forms, dropshipping and sourcing
guides, brand-protection vendors' guides) with their addresses.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_45.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. Taobao's open-a-shop site ``ishop.taobao.com`` (免费开店 in a saved Taobao page's top bar,
   ``//ishop.taobao.com/openshop/tb_open_shop.htm?accessCode=tbopenshop_personal``; a site list's
   淘宝商家后台 ``/openshop/tb_open_shop_landing.htm``) was read as the Taobao store "ishop": its
   root a storefront, its pages a store's pages with ``https://ishop.taobao.com/`` suggested.
2. Tmall's selection home ``jx.tmall.com`` (天猫精选: the link named 天猫商城 or 天猫 in site lists,
   a browser's ``tmall`` redirect, affiliate targets ``?ali_trackid=…``) was read as the Tmall
   store "jx". Vanity labels that end in ``ishop`` or ``jx`` (``veryaishop.taobao.com``,
   ``jlyjx.tmall.com``) stay stores.

``ROWS`` holds real inputs (whole lines of the cited files and pages, or a cell of a long line);
each row cites its file (``github-index:N``) or page. Where the answer is not the first one a
reader might guess, earlier tables decide and the row says so: the mobile shop page
``shop.m.taobao.com/shop/shop_index.htm`` and an Alibaba.com store's mobile site
``<store>.m.en.alibaba.com`` are ``not-a-listing`` (no store form of the notes; the desktop store
suggested where known); a placeholder or an ellipsis in an item path (``/item/${id}.html``,
``/item/...``) is ``missing-id`` and one in a query ``malformed-id``; a userscript's match
pattern ``*://…`` is no URL; an agent named after a marketplace (``info.1688order.com``) is a
``lookalike-host``, as ``mytaobao.com`` is. ``sourcing.1688.com`` stays a 1688 store here: the
only real source naming it is a crawler's list of guessed hosts, no evidence of what it is.
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from _real_urls import canonical_test, planner_test, service_sites_test, table_tests

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('\t\t\t\t\t\t\t\t<a href="//ishop.taobao.com/openshop/tb_open_shop.htm?accessCode=tbopenshop_personal" target="_top">免费开店</a>', None, 'not-a-listing', None),  # github-index:23216744754; fix 1 (was the Taobao store "ishop", its pages suggesting https://ishop.taobao.com/)
    ("          { name: '淘宝商家后台', url: 'https://ishop.taobao.com/openshop/tb_open_shop_landing.htm', description: '国内领先电商开店', icon: '🛒', tag: '开店注册' },", None, 'not-a-listing', None),  # github-index:59750098315; fix 1 (was the Taobao store "ishop", its pages suggesting https://ishop.taobao.com/)
    (' * 淘宝    ：http://veryaishop.taobao.com', 'taobao', 'storefront', 'veryaishop'),  # github-index:44159680993; control of fix 1: a vanity label ending in ishop stays a store
    ('        loanDataMap.put("web_address", "https://jx.tmall.com");', None, 'not-a-listing', None),  # github-index:5740820344; fix 2 (was the Tmall store "jx")
    ('            tasks.get(i).setUrl("https://jx.tmall.com/?ali_trackid=2:mm_112628724_11936611_53308360:1500090512_2k4_2059896139");', None, 'not-a-listing', None),  # github-index:47112046829; fix 2 (was the Tmall store "jx")
    ('            {"天猫商城","https://jx.tmall.com/"} };', None, 'not-a-listing', None),  # github-index:30632697271; fix 2 (was the Tmall store "jx")
    ("                qUrl = 'http://jx.tmall.com';", None, 'not-a-listing', None),  # github-index:31792670920; fix 2 (was the Tmall store "jx")
    ('              t = "http://jx.tmall.com";', None, 'not-a-listing', None),  # github-index:17006129030; fix 2 (was the Tmall store "jx")
    ('>>> html=urlopen("https://jx.tmall.com/?ali_trackid=2:mm_121122127_23396474_77812994:1507964309_250_939250840")', None, 'not-a-listing', None),  # github-index:3712988990; fix 2 (was the Tmall store "jx")
    ('        @[@{@"title":@"天猫",@"image":@"web_tianmao_y",@"url":@"https://jx.tmall.com/",@"type":@"1"},', None, 'not-a-listing', None),  # github-index:23582370283; fix 2 (was the Tmall store "jx")
    ('https://ishop.taobao.com/', None, 'not-a-listing', None),  # constructed control of fix 1: the site's root (was the Taobao store "ishop")
    ('https://jx.tmall.com/index.htm', None, 'not-a-listing', None),  # constructed control of fix 2: a store path on the site (was the Tmall store "jx")
    ('https://jlyjx.tmall.com/', 'tmall', 'storefront', 'jlyjx'),  # github-index:17247771554 (the host of a line of a store list); control of fix 2: a vanity label ending in jx stays a store
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('            "ishop.taobao.com",', None, 'not-a-url', None),  # github-index:54285160830
    ('  const loaded = loadList(productCard(\'7002\', { shopId: \'hzsourcing\', company: \'\' }) + `<a href="https://hzsourcing.1688.com">进入店铺</a>`);', '1688', 'storefront', 'hzsourcing'),  # github-index:57450318457; a vanity label ending in sourcing (sourcing.1688.com itself is left as the notes have it)
    ('// @match        https://detail.tmall.hk/item.htm*', None, 'missing-id', None),  # github-index:17529869944
    ('                            <a href="https://m.aliexpress.com/item/32456521124.html?spm=a2g0n.home-amp.alsolike.32456521124" class="grid-qp" target="_top" role="listitem">', 'aliexpress', 'listing', '32456521124'),  # github-index:8021582393
    ('        assert extract_product_id("https://ko.aliexpress.com/item/1005006367324382.html") == "1005006367324382"', 'aliexpress', 'listing', '1005006367324382'),  # github-index:60374911925
    ('- `https://m.aliexpress.com/item/...`', None, 'missing-id', None),  # github-index:1453318536; notes silent: an ellipsis where the id goes in the path: missing-id, as earlier tables read a path placeholder
    ('\t\tconst url = "https://m.aliexpress.com/item/1234567890.html";', 'aliexpress', 'listing', '1234567890'),  # github-index:28486624655
    ('\t\texpect(result).toEqual({ domain: "m.aliexpress.com", productId: "1234567890" });', None, 'not-a-url', None),  # github-index:28486624655
    ('    url: `https://m.aliexpress.com/item/${productId}.html`,', None, 'missing-id', None),  # github-index:3539929568; notes silent: a placeholder in the item path: missing-id, as earlier tables read one
    ("      referer: 'https://m.aliexpress.com',", None, 'not-a-listing', None),  # github-index:3539929568
    ('    `https://he.aliexpress.com/i/${id}.html`,', None, 'missing-id', None),  # github-index:54906395375; notes silent: a placeholder in the item path: missing-id, as earlier tables read one
    ('    `http://www.aliexpress.com/item/${id}.htm`,', None, 'missing-id', None),  # github-index:54906395375; notes silent: a placeholder in the item path: missing-id, as earlier tables read one
    ('    const p = parseItemUrl("https://weidian.com/item.html?itemID=7234567890");', None, 'not-alibaba-host', None),  # github-index:66456091114
    ("                     'weidian': f'https://weidian.com/item.html?itemID={pid}',", None, 'not-alibaba-host', None),  # github-index:70886989744
    ('\tprivate static final String weidianURL = "http://weidian.com/item.html?itemID=230780308&wfr=wx&from=singlemessage&isappinstalled=0";', None, 'not-alibaba-host', None),  # github-index:33493202584
    ('  const kakobuy = `https://www.kakobuy.com/item/details?url=${encodeURIComponent(`https://weidian.com/item.html?itemID=${p.weidianId}`)}&affcode=hc9hzs`;', None, 'agent-site', None),  # github-index:59109496009; notes silent: an agent site (section 0)
    ("        const r = await axios.get('https://weidian.com/item.html?itemID=7768964356', {", None, 'not-alibaba-host', None),  # github-index:56512160044
    ('    url: "https://weidian.com/item.html?itemID=111",', None, 'not-alibaba-host', None),  # github-index:59954200774
    ('\t\t\t\t$url = "http://uland.taobao.com/coupon/edetail?activityId=" .$quan_id ."&pid=" . $proxy[\'pid\'] ."&itemId=" . $item[\'iid\'] ."&src=qhkj_dtkp&dx=" . $item[\'type\'];', None, 'not-a-listing', None),  # github-index:4797369750
    ('                # uland_api = "https://uland.taobao.com/coupon/edetail?activityId=%s&itemId=%s&pid=mm_123874690_29382961_109462297&af=1" %(tmp_coupon.product_coupon_id,tmp_coupon.product_id)', None, 'not-a-listing', None),  # github-index:24976118370
    ("\t\t\t$goods[$key]['mcoupon_url'] = 'https://uland.taobao.com/coupon/edetail?activityId='.$activityId.'&pid='.$pid[1].'&itemId='.$value['num_iid'].'&src=wysd_lqtui';", None, 'not-a-listing', None),  # github-index:39976006575
    ('            string redirectUrl = "https://uland.taobao.com/coupon/edetail?activityId={0}&pid={1}&itemId={2}&src=ld_ldto&dx=1";', None, 'not-a-listing', None),  # github-index:16687523010
    ('        activity.setJumpUrl("https://uland.taobao.com/coupon/edetail?activityId=abc");', None, 'not-a-listing', None),  # github-index:63342967755
    ('                    href="https://www.lazada.co.id/shop/rame-tech/?itemId=4954902817&spm=a2o4j.pdp_revamp.seller.1.6c2645d3tij1NI&path=promotion-433727-0.htm&tab=promotion&channelSource=pdp"', 'lazada_id', 'storefront', 'rame-tech'),  # github-index:30674362767
    ('  { name: "Lazada", logo: "/assets/img/icon/lazada.svg", url: "https://www.lazada.co.id/shop/seaquill", description: "Harga terbaik dan promo menarik produk Sea-Quill.", badge: "Lazada Official Store", badgeColor: "#0f146d", bgColor: "#f8fafc", active: true },', 'lazada_id', 'storefront', 'seaquill'),  # github-index:53844310483
    ('                            <li><a class="dropdown-item" href="https://www.lazada.co.id/shop/yuri-official-store/?spm=a2o4j.pdp_revamp.seller.1.28fa76118mbGvu&itemId=1769620279&channelSource=pdp" target="_blank">LAZADA</a></li>', 'lazada_id', 'storefront', 'yuri-official-store'),  # github-index:3770143
    ('                                                                        <input type="url" class="form-control form-control-sm" name="lazada" value="{{ old(\'lazada\', $user->lazada) }}" placeholder="https://www.lazada.co.id/shop/contoh">', 'lazada_id', 'storefront', 'contoh'),  # github-index:70902453598
    ('    // https://aliexpress.com/i/1234567890.html', 'aliexpress', 'listing', '1234567890'),  # github-index:17159811079
    ('\t\t\t\t\t\t\t\t\t<a href="https://novella.tmall.hk/shop/view_shop.htm?spm=a230r.7195193.1997079397.2.hxfwHD"><li >天猫旗舰店</li></a>', 'tmall_global', 'storefront', 'novella'),  # github-index:34261484967
    ("\t\tif( substr_count($url, 'http://ai.taobao.com/') ) {", None, 'not-a-listing', None),  # github-index:9081899461
    (' * Created by uspai.taobao.com on 2016/7/5.', 'taobao', 'storefront', 'uspai'),  # github-index:23255318701
    ('\tDHH_API_ENDPOINT_QUERYTASKDATA = "https://dahanghai.taobao.com/polystar/api/v3/settlement_data/p02/page_show"', None, 'not-a-listing', None),  # github-index:30432587626
    ('              <Link href="//youhaoai.taobao.com">', 'taobao', 'storefront', 'youhaoai'),  # github-index:58642505776
    ("        webUrl: 'http://ai.taobao.com/search/index.htm?',", None, 'not-a-listing', None),  # github-index:31740795451
    ('        innerText += "<a href=https://temai.taobao.com/preview.htm?id=" + jo.event_id + ">" + "<button class=\\"btn_02\\" >查看计划</button>" + "</a></td>";', None, 'not-a-listing', None),  # github-index:17015432491
    ('        选品库收藏夹id，获取收藏夹id参考文档：https://mos.m.taobao.com/union/page_20230109_175050_176?spm=a219t._portal_v2_pages_promo_goods_index_htm.0.0.7c2a75a5H2ER3N     */', None, 'not-a-listing', None),  # github-index:14783005677
    ("    // window.location.href='https://mos.m.taobao.com/activity_newer?from=tool&sight=pytk&pid='+pid", None, 'not-a-listing', None),  # github-index:18009374318
    ('适用于使用[淘积木 meta](https://mos.m.taobao.com/taojimu/docs#/meta)来快速生成配置应用所需要的 [JSON Schema](http://json-schema.org/) 以及 form 表单。', None, 'not-a-listing', None),  # github-index:6680555019
    ('// https://mos.m.taobao.com/inviter/register?inviterCode=7DXRK3&src=pub&app=common&rtag=成', None, 'not-a-listing', None),  # github-index:43962545388
    ("                    url: '//mos.m.taobao.com/union/jsonp/footer',", None, 'not-a-listing', None),  # github-index:4164795993
    ('                        WebFragment.URL to "https://mos.m.taobao.com/taokeapp/20181111ysppcjbkg?pid=".plus("mm_440730086_576500325_109076000438")', None, 'not-a-listing', None),  # github-index:350651802
    ('    "AliExpress":"https://aliexpress.ru/store/{}","Etsy":"https://www.etsy.com/people/{}",', None, 'missing-id', None),  # github-index:55163413084
    ('                                        <a target="_blank" href="https://aliexpress.ru/store/1358398"><button class="epn-button focusable bg-red-100 min-w-[40px] p-[12px] rounded-full epn-button_medium" type="button"><svg aria-hidden', 'aliexpress', 'storefront', '1358398'),  # github-index:42108292677
    ('// @include        *://aliexpress.ru/store/*', None, 'not-a-url', None),  # github-index:48225486150; notes silent: a match pattern, no URL
    ('    expect(requestedUrls).toContain("https://newo.en.alibaba.com/company_profile/feedback.html");', 'alibaba_com', 'storefront', 'newo'),  # github-index:56113928874
    ('- 公司概况：https://luzhouspecialty.m.en.alibaba.com/company_profile.html', None, 'not-a-listing', None),  # github-index:68801159893; a store's mobile site, no store form of the notes (section 5), its store suggested, as earlier tables read it
    ('- On-site check：https://luzhouspecialty.m.en.alibaba.com/company_profile.html?subpage=onsite', None, 'not-a-listing', None),  # github-index:68801159893; a store's mobile site, no store form of the notes (section 5), its store suggested, as earlier tables read it
    ('    ("https://eptusbchina.en.alibaba.com/company_profile/feedback.html", "eptusbchina"),', 'alibaba_com', 'storefront', 'eptusbchina'),  # github-index:69438390808
    ('    ("https://eptusbchina.m.en.alibaba.com/?productId=1", "eptusbchina"),', None, 'not-a-listing', None),  # github-index:69438390808; a store's mobile site, no store form of the notes (section 5), its store suggested, as earlier tables read it
    ('        let link = r#"<a href="https://youhuan.en.alibaba.com/company_profile.html?spm=a2700.details.0.0">Company profile</a>"#;', 'alibaba_com', 'storefront', 'youhuan'),  # github-index:71021852701
    ('https://www.alibaba.com/factory/index.html?traffic_type=ags_llm', None, 'not-a-listing', None),  # github-index:52195008977
    ('https://<company-subdomain>.en.alibaba.com/company_profile.html?traffic_type=ags_llm', None, 'not-a-url', None),  # github-index:52195008977
    ('https://dgkunteng.en.alibaba.com/company_profile.html?traffic_type=ags_llm', 'alibaba_com', 'storefront', 'dgkunteng'),  # github-index:52195008977
    ("                        'url' => 'https://yiwucrystal.en.alibaba.com/company_profile.html?spm=a2700.shop_index.88.31.380f32a1tP8LGt'", 'alibaba_com', 'storefront', 'yiwucrystal'),  # github-index:56724470063
    ('.field private static final SHOP:Ljava/lang/String; = "http://shop.m.taobao.com/shop/shop_index.htm"', None, 'not-a-listing', None),  # github-index:16763127582; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('    url: `https://shop.m.taobao.com/shop/shop_index.htm?user_id=${sellerId}&spm=a212db.index.dt_5.i2`,', None, 'not-a-listing', None),  # github-index:22490265212; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('        /// //shop.m.taobao.com/shop/shop_index.htm?user_id=2564509013&item_id=566940414408', None, 'not-a-listing', None),  # github-index:30136913653; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('            return String.format("https://shop.m.taobao.com/shop/shop_index.htm?shop_id=%s", new Object[]{c((Map) map)});', None, 'not-a-listing', None),  # github-index:14623527840; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('    private static String mUrl = "http://shop.m.taobao.com/shop/shop_index.htm?user_id=3346625927";', None, 'not-a-listing', None),  # github-index:34924839491; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('                                "url": "//shop.m.taobao.com/shop/shop_index.htm?user_id=2596264565&item_id=520813250866&currentClickTime=-1"', None, 'not-a-listing', None),  # github-index:28271338663; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('#http://shop.m.taobao.com/shop/shop_index.htm?shop_id=217495048       这是玛瑙店铺', None, 'not-a-listing', None),  # github-index:2735017578; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('#http://shop.m.taobao.com/shop/shop_index.htm?shop_id=144074118       这是枕头店铺', None, 'not-a-listing', None),  # github-index:2735017578; the mobile shop page is no store form of the notes (section 1), as test_real_urls tables read it
    ('        /// activityLink\t活动链接\tString\thttps://pages.tmall.com/wow/a/act/ju/dailygroup/1241/wupr?spm=a219t.7664554.1998457203.137.1d2f35d9ylRex1&wh_pid=daily-183363&v=a223fb01fdc37f1dbced73f647eae5fd&wh_ran', None, 'not-a-listing', None),  # github-index:13707213822
    ('\t  contentHTML += \'Pick 3 and save: <a href="https://www.aliexpress.com/gcp/300000512/nnmixupdatev3?disableNav=YES&pha_manifest=ssr&_immersiveMode=true&channelLinkTag=nn_newgcp&spm=a2g0o.home.poplayer.125911_206920">', None, 'not-a-listing', None),  # github-index:17295092768
    ('#ELECTRONICS = https://www.aliexpress.com/p/calp-plus/index.html?categoryTab=US_electronics', None, 'not-a-listing', None),  # github-index:38926746356
    ('    _FLASH_DEALS_URL = "https://pt.aliexpress.com/gcp/300000556/innerfeed"', None, 'not-a-listing', None),  # github-index:52229591322
    ('    BASE_URL = "https://pt.aliexpress.com"', None, 'not-a-listing', None),  # github-index:52229591322
    ('// @exclude      https://*.aliexpress.com/gcp/*', None, 'not-a-url', None),  # github-index:68943344432
    ('// @exclude      https://*.aliexpress.com/ssr/*', None, 'not-a-url', None),  # github-index:68943344432
    ("  { url: 'https://www.aliexpress.com/p/aliexpress-choice/index.html', name: 'Home' },", None, 'not-a-listing', None),  # github-index:53163039492
    ("    const href = 'https://m.1688.com/winport/b2b-22108725372987d9fa.html';", '1688', 'storefront', 'b2b-22108725372987d9fa'),  # github-index:17281533597
    ('1. ตั้งค่า Active Tab ของ Shopee Seller Centre (`seller.shopee.co.th`), TikTok Shop Seller Center (`seller-th.tiktok.com`), และ Lazada Seller Center (`sellercenter.lazada.co.th`)', None, 'not-a-url', None),  # github-index:60857985186
    ('        "TH": "https://sellercenter.lazada.co.th"', None, 'not-a-listing', None),  # github-index:42556050844
    ("  TH: 'sellercenter.lazada.co.th',", None, 'not-a-url', None),  # github-index:56591758792
    ('      { name: "seller", value: "2", domain: "sellercenter.lazada.co.th", path: "/" },', None, 'not-a-url', None),  # github-index:55655458961
    ("  const GET_ORDERS_URL = 'https://api.sellercenter.lazada.co.th?' + concated + '&Signature=' + signature", None, 'not-a-listing', None),  # github-index:18353763574
    ("    'lz_th': 'https://sellercenter.lazada.co.th',", None, 'not-a-listing', None),  # github-index:25464669517
    ("    'lz_vn': 'https://sellercenter.lazada.vn',", None, 'not-a-listing', None),  # github-index:25464669517
    ("      lazada: 'https://sellercenter.lazada.co.th',", None, 'not-a-listing', None),  # github-index:15685260921
    ('request = "https://api.sellercenter.lazada.co.th?" + query_string', None, 'not-a-listing', None),  # github-index:31099168025
    ('    allowed_hosts = {"sellercenter.lazada.co.th", "sellercenter-th.lazada-seller.cn"}', None, 'not-a-url', None),  # github-index:70081179652
    ("    officialLinks: [{label: 'Lazada Open Platform', url: 'https://open.lazada.com/'}, {label: 'Lazada Seller Center', url: 'https://sellercenter.lazada.co.th/'}],", None, 'not-a-listing', None),  # github-index:71550218290
    ('//            [[UIApplication sharedApplication] openURL:[NSURL URLWithString:@"https://seno.tmall.com/shop/view_shop.htm?shop_id=63797458"]];', 'tmall', 'storefront', 'seno'),  # github-index:47264522130
    ('                                            <a  target="_blank"  href="https://guangheguineng.tmall.com/shop/view_shop.htm?shop_id=113563151" class="btn-round"><i class="icon-basket-loaded margin-right-5"></i> 立刻购买</a> </div>', 'tmall', 'storefront', 'guangheguineng'),  # github-index:23234557246
    ('\t\t\t\ttoshop("https://swarovski.tmall.com/shop/view_shop.htm?shop_id=126434207");', 'tmall', 'storefront', 'swarovski'),  # github-index:42716006224
    ('    例：https://olay.m.tmall.com/ -> "olay"', 'tmall', 'storefront', 'olay'),  # github-index:69328454353
    ('        https://loreal.m.tmall.com/shop/view_shop.htm?shop_id=123 -> "loreal"', 'tmall', 'storefront', 'loreal'),  # github-index:69328454353
    ('          "shopurl": "https://shengwalundingjiaju.tmall.com/shop/view_shop.htm?shop_id=108407442",', 'tmall', 'storefront', 'shengwalundingjiaju'),  # github-index:21527496888
    ('                                       href="https://guangheguineng.tmall.com/shop/view_shop.htm?shop_id=113563151"', 'tmall', 'storefront', 'guangheguineng'),  # github-index:23878980862
    ('                toshop("https://swarovski.tmall.com/shop/view_shop.htm?shop_id=126434207");', 'tmall', 'storefront', 'swarovski'),  # github-index:12016491564
    ('https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers.product.import', None, 'not-alibaba-host', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers.product.import
    ('| source_url | No | Single supplier product URL. Supports AliExpress (aliexpress.com/item/xxx.html), Alibaba (alibaba.com/product-detail/xxx.html), and 1688 (1688.com/offer/xxx.html). | |', None, 'malformed-id', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers.product.import
    ('source_urlNoSingle supplier product URL. Supports AliExpress (aliexpress.com/item/xxx.html), Alibaba (alibaba.com/product-detail/xxx.html), and Accio.com product links (accio.com/c/...?productId=xxx&ds=aliexpress.com).', None, 'malformed-id', None),  # https://glama.ai/mcp/servers/lofder/dsers-mcp-product/tools/dsers_product_import
    ('http://help.dsers.com/mapping-methods-overview/', None, 'not-alibaba-host', None),  # http://help.dsers.com/mapping-methods-overview/
    ('https://help.dsers.com/auto-sync-tracking-numbers-to-your-store/', None, 'not-alibaba-host', None),  # https://help.dsers.com/auto-sync-tracking-numbers-to-your-store/
    ('https://www-hubbuyer.pages.dev/blog/detail/206', None, 'not-alibaba-host', None),  # https://www-hubbuyer.pages.dev/blog/detail/206
    ('https://info.1688order.com/?p=12331', None, 'lookalike-host', None),  # https://info.1688order.com/?p=12331; notes silent: an agent named after 1688: a lookalike host, as mytaobao.com in earlier tables
    ('http://blog.redpoints.com/en/how-to-remove-a-counterfeit-from-aliexpress', None, 'not-alibaba-host', None),  # http://blog.redpoints.com/en/how-to-remove-a-counterfeit-from-aliexpress
    ('https://www.redpoints.com/blog/remove-a-counterfeit-from-alibaba/', None, 'not-alibaba-host', None),  # https://www.redpoints.com/blog/remove-a-counterfeit-from-alibaba/
]  # fmt: skip
ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out"
)


test_service_sites_are_no_stores = service_sites_test(
    [
        ("ishop.taobao.com", "/openshop/tb_open_shop.htm?accessCode=tbopenshop_personal"),
        ("ishop.taobao.com", "/openshop/tb_open_shop_landing.htm"),
        ("jx.tmall.com", "/?ali_trackid=2:mm_121122127_23396474_77812994:1507964309_250_939250840"),
    ],
    "Fixes 1-2",
)

test_the_planner_accounts_for_every_line = planner_test(ALL)
