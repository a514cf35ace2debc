"""Sweep realurls38 of listing URLs (notes in /work/notes/sweep-realurls38.md): Lazada share,
affiliate and campaign strings (``s.lazada.{tld}/s.…``, ``c.lazada.{tld}/t/c.…``,
``pages.lazada.{tld}``, ``auth.lazada.com``, Lazada's internal ``*.lzd.co`` hosts), 1688 store,
share and distributor strings (``shop<key>.1688.com`` and vanity ``<name>.1688.com`` stores with
``?spm=…`` or ``/page/offerlist.htm``, ``m.1688.com/winport/b2b-….html``, ``qr.1688.com/s/…``,
``dj.1688.com/ci_bb`` ad links, ``detail.1688.com/offer/N.html?…&sk=consign``, channel sites such
as ``mei.1688.com``) and Xianyu strings (``www.goofish.com/personal?userId=…``,
``h5.m.goofish.com/item?id=``, ``【闲鱼】`` shares through ``m.tb.cn``), from public files that no
earlier table cites, read as listing-urls.md says (section 4: 1688 stores keep their label;
section 7: Lazada; section 8: Xianyu; section 10: a short link is never guessed; section 11:
lookalikes, templates and pages that are no listings).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_37.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. A PHP ``sprintf`` template whose host is a printf conversion
   (``sprintf('https://%s.1688.com/page/offerlist.htm?%s', …)``) was refused as
   ``lookalike-host`` "%s.1688.com imitates 1688": the conversion was taken for a label. A ``%``
   before ``s`` or ``d`` that no hex digit follows is no percent-escape but a placeholder, so the
   host is a template (``not-a-url``), as ``{shop_id}.1688.com`` already is. Percent-escapes
   (``%E6%B7%98.taobao.com``, ``%da.1688.com``) keep their answer.

``ROWS`` holds real inputs (whole lines of the named files; one is cut where the code index's
excerpt ends, as marked) that no earlier table holds (checked against
``_real_urls.real_texts()``). ``test_the_planner_accounts_for_every_line`` plans a file of every
row and checks that the planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import canonical_test, plan_file_accounts_for_every_line, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("    return sprintf('https://%s.1688.com/page/offerlist.htm?%s', $vendor['alibaba_maker_id'], http_build_query($params));", None, 'not-a-url', None),  # github-index:40028051645; fix 1 (was lookalike-host "%s.1688.com imitates 1688")
    ('url = "http://shop%d.taobao.com/" % shop_id', None, 'not-a-url', None),  # constructed; fix 1 (was lookalike-host)
    ('https://%E6%B7%98.taobao.com/', None, 'lookalike-host', None),  # constructed control: a percent-escape is no placeholder
    ('https://%da.1688.com/', None, 'lookalike-host', None),  # constructed control: %d before a hex digit is an escape
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('    expectedOfferId: "", sourceUrl: "https://qr.1688.com/s/7OnLCakq", mode: "a_supplier_capture",', None, 'short-link', None),  # github-index:70852935442
    ('    sourceCapture: { captureId: "test-capture-music-box", status: "verified", originalSourceUrl: "https://qr.1688.com/s/7OnLCakq", sourceUrl: "https://detail.1688.com/offer/876240928352.html", offerId: "876240928352", observedAt, selectedSkus: [] },', None, 'short-link', None),  # github-index:66533558192
    ('                placeholder="https://s.lazada.co.id/..." className="input" />', None, 'short-link', None),  # github-index:52449097973
    ("    const isLazada = url.hostname === 'lazada.sg' || url.hostname.endsWith('.lazada.sg');", None, 'not-a-url', None),  # github-index:68353284443
    ('    // s.lazada.sg is another share bridge, not a destination.', None, 'missing-id', None),  # github-index:68353284443; urls52: a // then white space is no host, s.lazada.sg is read alone (was not-a-url); urls54: a short-link host with no code (was short-link)
    ('            if "https://s.lazada.vn/" in message:', None, 'missing-id', None),  # github-index:5697183578; urls54: a short-link host with no code (was short-link)
    ("- Use [Shopee's attachment selection and explicit Send](https://help.shopee.sg/portal/4/article/81973-%5BChat%5D-How-do-I-send-images/videos-via-Chat) and [Lazada's contextual image sharing](https://pages.lazada.com.ph/wow/i/ph/PHCampaign/im-launch%3Fhybrid%3D1) as interaction references; limits below are AISLEY choices.", None, 'not-alibaba-host', None),  # github-index:71495194073
    ('        let url = `https://auth.lazada.com/oauth/authorize?response_type=code&force_auth=true&redirect_uri=https://myapp.com&client_id=${CREDENTIALS.LAZADA.APP_KEY}`;', None, 'not-a-listing', None),  # github-index:40830688373
    ("    'lzd.co', 's.lazada.com.ph',                            // Lazada", None, 'not-a-url', None),  # github-index:56999947478
    ('  console.error(\'Usage: GOOFISH_COOKIE="..." GOOFISH_TEST_STORE_URL="https://www.goofish.com/personal?userId=..." npm run test:store-crawl\');', None, 'missing-id', None),  # github-index:58671318087
    ("    url: process.env.SELLER_B_URL || 'https://www.goofish.com/personal?userId=0987654321'", 'taobao', 'storefront', '0987654321'),  # github-index:59464471976
    ('卖家主页示例：`https://www.goofish.com/personal?userId=1666703902`', 'taobao', 'storefront', '1666703902'),  # github-index:63166826592
    ('        string url = "https://www.goofish.com/personal?userId=Qt9wn22aKj%2FnV82TP9hAbA%3D%3D";', 'taobao', 'storefront', 'Qt9wn22aKj/nV82TP9hAbA=='),  # github-index:25246003840
    ('        string url = "https://shop35938299.taobao.com/";', 'taobao', 'storefront', '35938299'),  # github-index:25246003840
    ('        await page.goto(f"https://www.goofish.com/personal?userId={user_id}", wait_until="domcontentloaded", timeout=20000)', None, 'malformed-id', None),  # github-index:370908433
    ('            "godep.lzd.co/discovery/balancer"', None, 'not-alibaba-host', None),  # github-index:30744859477
    ('//            0 => "http://sg.s.alibaba.lzd.co/original/59046bec4d53e74f8ad38d19399205e6.jpg",', None, 'not-alibaba-host', None),  # github-index:13017896528; urls52: lzd.co is Lazada's own domain, no lookalike (was lookalike-host)
    (' * Clone and update LZD fork of Swagger UI `https://gitlab.lzd.co/vpoturaev/swagger-ui-lzd`', None, 'not-alibaba-host', None),  # github-index:30473606724
    ("This library provides a tool for easy health check handler implementation. It fits common Lazada's [health check convention](https://confluence.lzd.co/display/DEV/Microservice+Architecture+%28SOA%29+Conventions#MicroserviceArchitecture(SOA)Conventions-GET%3Cservice%3E%3A%3Cport%3E/health_check).", None, 'not-alibaba-host', None),  # github-index:30903593156
    ('// The registry. Naming rules described in wiki https://confluence.lazada.com/x/OihVAQ', None, 'not-a-listing', None),  # github-index:30646018554
    ('        "https://www.goofish.com/item?id=1081966784098&spm=a2170.1",', 'taobao', 'listing', '1081966784098'),  # github-index:68451652362
    ('    expect(preview).toBe("https://h5.m.goofish.com/item?id=1&itemId=2");', None, 'conflicting-ids', None),  # github-index:71432335586
    ("  assert.strictEqual(itemIdFromUrl('https://h5.m.goofish.com/item?spm=abc'), null);", None, 'missing-id', None),  # github-index:55098370858
    ("    'https://h5.m.goofish.com/item?id=1058488603283',", 'taobao', 'listing', '1058488603283'),  # github-index:55098370858
    ("    'https://h5.m.goofish.com/item?id=1037368514320',", 'taobao', 'listing', '1037368514320'),  # github-index:55098370858
    ('                "https://detail.1688.com/offer/602531155196.html?spm=a2629j.8910595.autotrace-newchannel_fx_selloffer.48.369325b2ExGoQZ&sk=consign", "12.9", "10", "25.0", "广东广州", "13"};', '1688', 'listing', '602531155196'),  # github-index:7372030222
    ('    //    private String urlOrigin = "https://detail.1688.com/offer/539556562483.html?sk=consign";', '1688', 'listing', '539556562483'),  # github-index:21163567975
    ('    private String loginUrl = "https://login.1688.com/member/signin.htm?tracelog=account_verify";', None, 'not-a-listing', None),  # github-index:21163567975
    ("url = 'https://detail.1688.com/offer/533672913646.html?spm=a261y.7663282.trade-type-tab.1.703c2924UUjF8A&sk=consign'", '1688', 'listing', '533672913646'),  # github-index:32372382182
    ('        consign_url = f"https://detail.1688.com/offer/{product_id}.html?sk=consign&biz=qianniu&isNeedCloseWinport=y"', None, 'missing-id', None),  # github-index:65714417898
    ('url = "https://detail.1688.com/offer/527531660387.html?spm=a261y.7663282.0.0.7e255f73zeVxdC&sk=consign"', '1688', 'listing', '527531660387'),  # github-index:2237719176
    ('                "https://detail.1688.com/offer/574504988944.html?spm=a261y.7663282.autotrace-offerDetailContext1.14.171611dd0vjvhR&sk=consign",', '1688', 'listing', '574504988944'),  # github-index:6271585810
    ('                "https://detail.1688.com/offer/587633466477.html?spm=a2615.7691456.autotrace-offerGeneral.1.424a4d08LV8UOY",', '1688', 'listing', '587633466477'),  # github-index:6271585810
    ('  - 30/30 SKU KTX đồ dùng phòng trọ trỏ trực tiếp đến trang sản phẩm gốc: 0 partner_id, 0 s.shopee.vn, 0 tiki.vn/affiliate, 0 c.lazada.vn.', None, 'missing-id', None),  # github-index:68573800175; urls54: a short-link host with no code (was short-link)
    ('| `LAZADA_OPEN_API_APP_KEY/SECRET/ACCESS_TOKEN`, `LAZADA_AFFILIATE_MASTER_LINK` | Tương tự cho Lazada; Master Link dạng `https://c.lazada.vn/t/c.xxxxx` |', None, 'short-link', None),  # github-index:57923381029
    ('                            <a href="https://c.lazada.vn/t/c.VkePT?sub_id1=Trade&amp;sub_id2=VN_VOYAGER_OrderConfirmation_nonCOD&amp;sub_id3=20230606&amp;sub_id4=main&amp;url=https%3A%2F%2Fwww.lazada.vn%2Fproducts%2Fi1712678197-s7627795634.html%3FurlFlag%3Dtrue%26mp%3D1" target="_blank" data-s', None, 'short-link', None),  # github-index:29364812059 (cut at the excerpt's end)
    ('\traw := `https://c.lazada.co.th/t/c.ZcDvYn?sub_id1=promotion&url=https%3A%2F%2Fmy.lazada.co.th%2Fcustomer%2Forder%2Fview%2F%3FtradeOrderId%3D1110789339595692%26buyerEmail%3Dpd.thaisunsport2%40gmail.com&lstg.name=open_app_fallback_msite`', None, 'short-link', None),  # github-index:63618787219
    ('        if any(k in html_content.lower() for k in ["sec.lazada.vn", "punishpage", "x5step", "rgv5c_act", "captcha"]):', None, 'not-a-url', None),  # github-index:71086156203
    ('\traw := `【闲鱼】https://m.tb.cn/h.RT9Lh91?tk=i31S5yHWj6i tG-#22&gt;lD 「快来捡漏」`', None, 'short-link', None),  # github-index:61950052035
    ('            "https://acs-m.lazada.sg/h5/mtop.lazada.shop.tpp.query.justforyou/1.0/?x=1"', None, 'not-a-listing', None),  # github-index:53435855560
    ("    # 'referer': 'https://valensina.1688.com/page/offerlist.htm?spm=a261y.7663282.autotrace-topNav.3.32eb38dbikiRHo',", '1688', 'storefront', 'valensina'),  # github-index:14033251610
    ('                "submitted_target": "https://shop3w093345o1043.1688.com/page/offerlist.htm",', '1688', 'storefront', 'shop3w093345o1043'),  # github-index:58532961814
    ('                "shop_host": "shop3w093345o1043.1688.com",', None, 'not-a-url', None),  # github-index:58532961814
    ('    m2 = matcher(link="https://xyzfactory.1688.com/page/offerlist.htm")', '1688', 'storefront', 'xyzfactory'),  # github-index:71112625370
    ('    m = matcher(link="https://detail.1688.com/offer/612345678901.html?spm=a")', '1688', 'listing', '612345678901'),  # github-index:71112625370
    ('        shop_url="https://xindeyi.1688.com/page/offerlist.htm",', '1688', 'storefront', 'xindeyi'),  # github-index:59680806107
    ("                        'http://m.1688.com/winport/b2b-2566354365ii9gg.html',", '1688', 'storefront', 'b2b-2566354365ii9gg'),  # github-index:44515604239
    ('      // winportXXXX.1688.com, or qm.1688.com/winport/...', None, 'not-a-url', None),  # github-index:56684122449; urls52: read as without the // (was not-a-url); urls53: the stand-in label winportXXXX is a template, not a vanity store
    ("      'https://www.pandabuy.com/shopdetail?ra=560&t=alibaba&id=b2b-22108725372987d9fa&o=m.1688.com';", None, 'agent-site', None),  # github-index:17143591612
    ("                company_url = 'https://m.1688.com/winport/{0}.html'.format(company_s_url)", None, 'missing-id', None),  # github-index:9561598908
    ('    wx_1688_shop_items_api = "https://winport.m.1688.com/winport/asyncView"', None, 'not-a-listing', None),  # github-index:15089561397
    ("  it('should notgenerate a 1688 mobile link', () => {", None, 'not-a-url', None),  # github-index:17308450690
    ('        ("https://shop1234567890123.1688.com/page/offerlist.htm", "shop1234567890123"),', '1688', 'storefront', 'shop1234567890123'),  # github-index:62517539907
    ('        api_url = f"https://m.1688.com/winport/asyncsearch.json"', None, 'missing-id', None),  # github-index:53658235505
    ('    if "dj.1688.com/ci_bb" not in encrypted_url:', None, 'not-a-listing', None),  # github-index:53999125633
    ('- The tool canonicalizes mobile detail URLs into `https://detail.1688.com/offer/<offerId>.html`.', None, 'missing-id', None),  # github-index:62033993397
    ('      video.products.create(title: Faker::Lorem.sentence, product_link: "http://www.lazada.com.my/2017-2018-barcelona-football-team-away-no10-messi-soccer-jerseysuits-47888758.html?spm=a2o4k.search.0.0.VbkUbj&ff=1", price: Faker::Number.decimal(2, 2), picture: "http://soccerpro.scene7.com/is/image/soccerpro/main/776846_481mes_nike_lionel_messi_barca_match_home_jsy_01.jpg")', None, 'not-a-listing', None),  # github-index:6772732462
    ("url = 'https://m.1688.com/offer/1198767727.html?'", '1688', 'listing', '1198767727'),  # github-index:3615668791
    ("url = 'https://m.1688.com/offer/564638707168.html?'", '1688', 'listing', '564638707168'),  # github-index:3615668791
    ("      payload: { url: 'https://detail.1688.com/page/index.html' }", None, 'missing-id', None),  # github-index:70837293166
    ('    return `https://detail.m.1688.com/page/index.html?offerId=${encodeURIComponent(normalizedOfferId)}`;', None, 'malformed-id', None),  # github-index:66811708636
    ('    const href = `http://detail.m.1688.com/page/index.html?offerId=${offerId}`', None, 'malformed-id', None),  # github-index:69491589496
    ("        tmp_url = 'https://m.1688.com/page/offerRemark.htm?offerId=' + str(goods_id)", None, 'not-a-listing', None),  # github-index:30285200356
    ("            info_url='https://{shop_id}.1688.com/page/creditdetail.htm'.format(shop_id=shop_id)", None, 'not-a-url', None),  # github-index:32858713861
    ('\t\tDocument doc=imp.getAliCateDefaultConnet("https://qysq1688.1688.com/page/offerlist.htm?spm=a261y.7663282.0.0.B7M2dt");', '1688', 'storefront', 'qysq1688'),  # github-index:9987873541
    (' * storefront list pages (`shop<id>.1688.com/page/offerlist.htm`). Built for', None, 'not-a-url', None),  # github-index:52315242721
    ("                                                                                         'value': 'https://s.lazada.com.my/s.Gl8c1'}},", None, 'short-link', None),  # github-index:66140871560
    ('    affiliate_link="https://s.lazada.com.my/s.sample"', None, 'short-link', None),  # github-index:62933509258
    ('- Shelly 3EM - [link](https://s.lazada.com.my/s.U1wAX)', None, 'short-link', None),  # github-index:7934403127
    ('    public static String vnpc = "c.lazada.vn/t/c";', None, 'missing-id', None),  # github-index:42930705081; urls54: a short-link host with no code (was short-link)
    ("    'lazada.vn','s.lazada.vn','pages.lazada.vn',", None, 'not-a-url', None),  # github-index:34161595220; urls53: a host alone in quotes is no link (was short-link)
    ('      normalizeLazadaPromotionLinkUrl("https://c.lazada.com.ph/t/c.sample?subId1=existing#frag")', None, 'short-link', None),  # github-index:53919717052
    ('    ).toBe("https://c.lazada.com.ph/t/c.sample?subId1=existing");', None, 'short-link', None),  # github-index:53919717052
    ('    ).toBe("https://pages.lazada.com.ph/products/pdp-i123-s456.html?exlaz=promo");', None, 'not-a-listing', None),  # github-index:53919717052
    ('    assert engine._is_lazada_host("https://s.lazada.sg/s.abc")', None, 'short-link', None),  # github-index:68423050099
    ('    assert not engine._is_lazada_host("https://evillazada.sg/x")      # look-alike, not a subdomain', None, 'lookalike-host', None),  # github-index:68423050099
    ('主要是封装了 [阿里1688电商平台](https://open.1688.com/?spm=a260s.26059361.0.0.736855edrAcLXQ) 接口', None, 'not-a-listing', None),  # github-index:6763606623
    ('            "https://work.1688.com/?spm=a262jm.22620049.quickentry.dbuylist.5e2e4aadKuNatl&_path_=buyer2017Base/2017sellerbase_xunjia/buyList"', None, 'not-a-listing', None),  # github-index:5754729931
    ("    map = { 'https://moffichina.1688.com/?spm=a261y.7663282.0.0.NLm4Tg' : 'b2b-1639203796',", '1688', 'storefront', 'moffichina'),  # github-index:44314691093
    ("            'https://shop1414600960557.1688.com/?spm=a261y.7663282.0.0.EEeVYT' : 'b2b-2281787162',", '1688', 'storefront', 'shop1414600960557'),  # github-index:44314691093
    ("            'https://disiboli.1688.com/?spm=a261y.7663282.0.0.6rJNhx' : 'b2b-2566354365ii9gg',", '1688', 'storefront', 'disiboli'),  # github-index:44314691093
    ("      'https://nbzhengsheng.1688.com/?spm=a261y.7663282.shopNavigation.2.619e79108DHv3X&offerId=583324992206&td_page_id=PC-DEFAULT-2025',", '1688', 'storefront', 'nbzhengsheng'),  # github-index:67159302038
    ('              <a href="https://dgdongheng.1688.com/?spm=a261y.7663282.shopNavigation.2.510cbceeBHTkzu&amp;offerId=1057130753514&amp;td_page_id=PC-UNLOGIN-GYP-2025" rel="noopener" target="_blank" title="${footerCopy.storeTitle}">${footerCopy.store}</a>', '1688', 'storefront', 'dgdongheng'),  # github-index:56681860690
    ("ali_baba_scrapping('https://mei.1688.com/?spm=a260k.dacugeneral.home2019category.20.38c235e4NmX2P8')", None, 'not-a-listing', None),  # github-index:2417076277
    ('  link_product: "https://detail.1688.com/offer/558107523810.html?spm=a261y.7663282.0.0.49e86ffd67eftm",', '1688', 'listing', '558107523810'),  # github-index:38341005622
    ('  link_shop: "https://yinsu1688.1688.com/?spm=a261y.7663282.0.0.777b6ffdJqUXtL",', '1688', 'storefront', 'yinsu1688'),  # github-index:38341005622
    ('    url: "http://reallypoint.1688.com/?spm=a2615.2177701.0.0.NLLAf9",', '1688', 'storefront', 'reallypoint'),  # github-index:21676947936
    ("      'https://posemay.1688.com/?spm=0.0.wp_pc_common_topnav_38229151.0'", '1688', 'storefront', 'posemay'),  # github-index:41949713711
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out: Xianyu seller pages keep their userId"
)


@pytest.mark.parametrize("text", [FIXED[0][0], FIXED[1][0]])
def test_a_printf_conversion_for_a_label_is_a_template(text: str) -> None:
    """Fix 1: ``%s.1688.com`` and ``shop%d.taobao.com`` are templates, not lookalikes."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason.startswith("not a URL: "), reason
    assert "is a template or a pattern, not a host" in reason, reason


@pytest.mark.parametrize("text", [FIXED[2][0], FIXED[3][0]])
def test_a_percent_escape_in_a_host_stays_a_lookalike(text: str) -> None:
    """Fix 1's controls: a real percent-escape in a host is still read as one."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason.startswith("lookalike host: "), reason


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it; the table's commented-out lines are comments there."""
    rows = [row[0] for row in ALL]
    assert sum(row.lstrip().startswith("#") for row in rows) == 1
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
