"""Sweep realurls36 of listing URLs (notes in /work/notes/sweep-realurls36.md): AliExpress and
Alibaba.com links as code, READMEs, saved pages and HTML lines hold them (language hosts
``de.``/``fr.``/``pt.``/``es.``/``vi.``, ``aliexpress.us``/``.ru``, ``/item/N.html``, ``/i/N.html``,
``/store/N``, ``/store/product/…/S_N.html``, ``a.aliexpress.com/_…``, ``s.click.aliexpress.com``,
``star.aliexpress.com/share/share.htm?redirectUrl=…`` templates; ``/product-detail/…_N.html``,
``m.alibaba.com/product/N/…``, ``*.en.alibaba.com`` and ``*.m.en.alibaba.com`` stores with
``company_profile`` and ``productgrouplist-N`` pages, ``alibaba.com/x/…`` short links,
``/trade/search``; ``<meta property="og:…">`` lines), from public files and repositories that no
earlier table cites, read as listing-urls.md says (section 0: the first link is read, only http
and https are schemes; section 10: a short link is never guessed).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_35.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. An Open Graph line (``<meta property="og:description" content="Smarter Shopping, Better
   Living! Aliexpress.com" />``, a scraper's test page, github-index:71047117401, left out of
   table 35) was ``scheme-not-allowed`` "og: links are not accepted": the ``og:`` of the
   ``property`` attribute was taken for a link's scheme. The value of an attribute that holds a
   name (``property``, ``name``, ``itemprop``, ``rel``, ``class``, ``id``, ``type``) is no link, so
   its prefix starts none: the line holds no URL (``not-a-url``), and an ``og:url`` line is still
   read. Another scheme in a link attribute, or in the ``content`` of such a line, stays refused.
2. ``recom-acs.aliexpress.com`` (AliExpress's recommendation API, which a crawler waits for:
   00nx8/aliexpress-review-scraper) was the AliExpress store ``recom-acs``. It is the
   marketplace's own host, never a store (``not-a-listing``), as ``feedback.`` and ``portals.``.

Third-party affiliate shorteners that lead to AliExpress (``ali.ski``, ``aliexpi.com``) are
hosts the notes do not list (section 12): ``not-alibaba-host``, as any other short-link service.

``ROWS`` holds real inputs (whole lines of the named files, or a link value of a saved page where
its lines are too long) that no earlier table holds (checked against ``_real_urls.real_texts()``).
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import (
    assert_service_host,
    canonical_test,
    plan_file_accounts_for_every_line,
    table_tests,
    thrice,
)

_OG = [
    '<meta property="og:description" content="Smarter Shopping, Better Living! Aliexpress.com" />',  # github-index:71047117401
    '<meta property="og:title" content="2026 New Gold Plated Heart Pendant Necklace For Women | AliExpress" />',  # github-index:71047117401
    '<meta property="og:description" content="Smarter Shopping, Better Living!  Aliexpress.com" />',  # github-index:34112798403
    '<meta property="og:site_name" content="aliexpress.com" /> */}',  # github-index:34112798403
]  # fmt: skip

FIXED: list[tuple[str, str | None, str, str | None]] = [
    (_OG[0], None, 'not-a-url', None),  # fix 1 (was scheme-not-allowed "og: links are not accepted")
    (_OG[1], None, 'not-a-url', None),  # fix 1
    (_OG[2], None, 'not-a-url', None),  # fix 1
    (_OG[3], None, 'not-a-url', None),  # fix 1
    ('    <meta property="og:title" content="Test AliExpress Product">', None, 'not-a-url', None),  # github-index:47052496539; fix 1
    ('            if "recom-acs.aliexpress.com" not in response.url or "mtop.relationrecommend.aliexpressrecommend.recommend" not in response.url or found_event.is_set():', None, 'not-a-url', None),  # fix 2 (was AliExpress storefront 'recom-acs'); 00nx8/aliexpress-review-scraper@80d7e27c5a:spiders/category_crawler.py; urls53: a host alone in quotes is no link (was not-a-listing)
    ('<meta name="twitter:card" content="summary" />', None, 'not-a-url', None),  # constructed; fix 1
    ('<meta property="og:title" content="taobao://item.taobao.com/item.htm?id=1">', None, 'scheme-not-allowed', None),  # constructed control: a scheme in the content is one
    ('<a class="x" href="taobao://item.taobao.com/item.htm?id=1">', None, 'scheme-not-allowed', None),  # constructed control: a link attribute after a name attribute
    ('https://recom-acs.aliexpress.com/', None, 'not-a-listing', None),  # constructed from the row above; fix 2
    ('https://recomshop.aliexpress.com/store/4455017', 'aliexpress', 'storefront', '4455017'),  # constructed control: a store whose name only starts so
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ("                            url: 'https://aliexpress.ru/item/' + match[1] + '.html',", None, 'missing-id', None),  # github-index:55229463954
    ('- [CUAV](https://cuav.en.alibaba.com/product/1600165544920-820872629/Free_shipping_CUAV_Neo_3_pro_drone_UAVCAN_GNSS_processor_STM32F412_autopilot_ublox_M9N_positioning_RM3100_compass_uav_gps_module.html?spm=a2700.shop_oth.74.2.636e28725EvVHb)', 'alibaba_com', 'listing', '1600165544920'),  # github-index:837563371
    ('<description>https://czinelight.en.alibaba.com/product/62172100927-807984811/Czinelight_Quality_Smd_0805_Rgb_Tri_color_Led_Diode_Built_in_Ic_Fast_And_Slowly_Flashing_0807_Rgb_Blinking_Fading_Smd_Led_Chip.html</description>', 'alibaba_com', 'listing', '62172100927'),  # github-index:41619729842
    ('var url = "https://kidskimberry.en.alibaba.com/product/1600425793258-823061133/2022_Children_s_wear_two_sets_of_pure_color_suspenders_chest_pit_stripe_jacket_and_pants_toddler_girls_summer_clothing_set.html?spm=a2700.shop_pl.41413.33.3c3c63fcjyYSTy";', 'alibaba_com', 'listing', '1600425793258'),  # github-index:15939847769
    ('    <meta property="og:url" content="https://www.aliexpress.com/item/1005003413514494.html">', 'aliexpress', 'listing', '1005003413514494'),  # github-index:47052496539
    ('    <meta property="og:image" content="https://example.com/image.jpg">', None, 'not-alibaba-host', None),  # github-index:47052496539
    ('    <title>Test Product - AliExpress</title>', None, 'not-a-url', None),  # github-index:47052496539
    ('            .map(u => `https://star.aliexpress.com/share/share.htm?redirectUrl=${encodeURIComponent(u)}`)', None, 'short-link', None),  # github-index:71431532931
    ("            f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={link_produto}'", None, 'short-link', None),  # github-index:57392109425
    ('                source_url = f"https://star.aliexpress.com/share/share.htm?&redirectUrl={target_url}"', None, 'short-link', None),  # github-index:44742122569
    ('            if "star.aliexpress.com" not in target_url:', None, 'not-a-url', None),  # github-index:44742122569; urls53: a host alone in quotes is no link (was short-link)
    ("        bundle_url = f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={encoded_url}?sourceType=560'", None, 'short-link', None),  # github-index:42559220083
    ('        encoded_url = urllib.parse.quote_plus(original_link)', None, 'not-a-url', None),  # github-index:42559220083
    ('            loop.run_in_executor(None, lambda: aliexpress.get_affiliate_links(f"https://star.aliexpress.com/share/share.htm?redirectUrl={item_url}?sourceType=562")), # 2 super', None, 'short-link', None),  # github-index:52021206064
    ("            f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={link}'", None, 'short-link', None),  # github-index:3982133897
    ('              placeholder="https://pt.aliexpress.com/item/..."', None, 'missing-id', None),  # github-index:18639437885
    ('I bought my displays directly on Aliexpress: https://de.aliexpress.com/item/1005001856921229.html', 'aliexpress', 'listing', '1005001856921229'),  # github-index:4698020423
    ('  # put .html of this page in public dir - https://www.aliexpress.com/all-wholesale-products.html', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/controllers/admins_controller.rb
    ('    url = "https://gw.api.alibaba.com/openapi/param2/2/portals.open/api.listPromotionProduct/#{AliConfig.new.api_key}" \\', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/models/aliexpress_scraper.rb
    ('    url = "http://gw.api.alibaba.com/openapi/param2/2/portals.open/api.listHotProducts/#{AliConfig.new.api_key}?localCurrency=#{currency}"  \\', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/models/aliexpress_scraper.rb
    ('    url = "http://gw.api.alibaba.com/openapi/param2/2/portals.open/api.listSimilarProducts/#{AliConfig.new.api_key}?productId=#{product_id}"', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/models/aliexpress_scraper.rb
    ('    url = "http://gw.api.alibaba.com/openapi/param2/2/portals.open/api.getPromotionProductDetail/#{AliConfig.new.api_key}?fields=#{fields}&productId=#{product_id}"', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/models/aliexpress_scraper.rb
    ('    url = "http://gw.api.alibaba.com/openapi/param2/2/portals.open/api.getPromotionLinks/#{AliConfig.new.api_key}?" \\', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:app/models/aliexpress_scraper.rb
    ('    productUrl "https://www.aliexpress.com/item/13-3-Windows-10-Laptop-notebook-computer-1920x1080-FHD-Intel-Cherry-Trail-Z8300-4GB-64GB-ultrabook/32813027712.html"', 'aliexpress', 'listing', '32813027712'),  # luirun/aliexpress-best-deals@fa7be95943:spec/factories/products.rb
    ('    promotionUrl "http://s.click.aliexpress.com/deep_link.htm?dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F13-3-Windows-10-Laptop-notebook-computer-1920x1080-FHD-Intel-Cherry-Trail-Z8300-4GB-64GB-ultrabook%2F32813027712.html&aff_short_key=2ZR3FyF"', None, 'short-link', None),  # luirun/aliexpress-best-deals@fa7be95943:spec/factories/products.rb
    ('    storeUrl "https://www.aliexpress.com/store/3002003"', 'aliexpress', 'storefront', '3002003'),  # luirun/aliexpress-best-deals@fa7be95943:spec/factories/products.rb
    ('  let!(:url) { "https://gw.api.alibaba.com/openapi/param2/2/portals.open" }', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:spec/models/aliexpress_scraper_spec.rb
    ('      expect(url).to include("https://gw.api.alibaba.com/openapi/param2/2/portals.open")', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:spec/models/aliexpress_scraper_spec.rb
    ('    # expect(url).to include("https://gw.api.alibaba.com/openapi/param2/2/portals.open")', None, 'not-a-listing', None),  # luirun/aliexpress-best-deals@fa7be95943:spec/models/aliexpress_scraper_spec.rb
    ('      product_url = "https://www.aliexpress.com/item/Girls-Dress-2016-Summer-Chiffon-Party-Dress-Infant-1-Year-Birthday-Dress-Baby-Girl-Clothing-Dresses/32691146516.html"', 'aliexpress', 'listing', '32691146516'),  # luirun/aliexpress-best-deals@fa7be95943:spec/models/aliexpress_scraper_spec.rb
    ('const product = await scrape("https://www.aliexpress.com/item/1005006543210.html");', 'aliexpress', 'listing', '1005006543210'),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:docs/FEATURE_PROPOSALS.md
    ('| `aliexpress.com/item/<id>.html` | `https://www.aliexpress.com/item/1005006543210.html` |', None, 'missing-id', None),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:docs/FEATURE_PROPOSALS.md
    ('| `aliexpress.us/item/<id>.html` | `https://aliexpress.us/item/1005006543210.html` |', None, 'missing-id', None),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:docs/FEATURE_PROPOSALS.md
    ('| Mobile | `https://m.aliexpress.com/item/1005006543210.html` |', 'aliexpress', 'listing', '1005006543210'),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:docs/FEATURE_PROPOSALS.md
    ('| With query params | `https://www.aliexpress.com/item/1005006543210.html?spm=abc` |', 'aliexpress', 'listing', '1005006543210'),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:docs/FEATURE_PROPOSALS.md
    ('    const url = `https://www.aliexpress.com/item/${productId}.html`;', None, 'missing-id', None),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:scripts/debug-test.js
    ('    await page.goto(`https://www.aliexpress.com/item/${id}.html`, {', None, 'missing-id', None),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:src/aliexpressProductScraper.js
    ('    const reviewUrl = `https://feedback.aliexpress.com/pc/searchEvaluation.do?productId=${productId}&page=${currentPage}&pageSize=${COUNT_PER_PAGE}&filter=${filterReviewsBy}`;', None, 'not-a-listing', None),  # sudheer-ranga/aliexpress-product-scraper@0325666f2d:src/reviews.js
    (' * Example usage: GET /api/fetchProductInfo?url=https://aliexpress.ru/item/1005009287200760.html', 'aliexpress', 'listing', '1005009287200760'),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:api/aliex_fetchProductInfo.js
    ('  const links = ids.map(id => `https://aliexpress.com/item/${id}.html`);', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:api/product-meta/index.js
    ('    const url = `https://aliexpress.com/item/${id}.html`;', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:api/product-meta/index.js
    ("  const url = link || (idOrUrl.startsWith('http') ? idOrUrl : `https://aliexpress.com/item/${idOrUrl}.html`);", None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/assets/product-meta.js
    ('            `<a href="https://www.aliexpress.com/item/${productId}.html" target="_blank" class="product-link">${productId}</a>` : ', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/assets/self-operated.js
    ('      \'<a data-pid="\'+(x.product_id||\'\')+\'" data-link="\'+(x.product_link || (\'https://aliexpress.com/item/\'+x.product_id+\'.html\'))+\'" href="\'+(x.product_link || (\'https://aliexpress.com/item/\'+x.product_id+\'.html\'))+\'" target="_blank">\'+(x.product_id||\'\')+\'</a>\',', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/managed.html
    ('    const url = `https://aliexpress.com/item/${pid}.html`;', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/managed.html
    ('            const url = `https://aliexpress.com/item/${productId}.html`;', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/self-operated.html
    ("  chart.off('click'); chart.on('click', p=>{ const id=ids[p.dataIndex]; if(id) window.open(`https://aliexpress.com/item/${id}.html`,'_blank'); });", None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/self-operatedctr…html
    ('  if(linksDiv){ linksDiv.innerHTML=ids.map(id=>`<a href="https://aliexpress.com/item/${id}.html" target="_blank">#${id}</a>`).join(\' \'); }', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/self-operatedctr…html
    ('    const link = r.product_id ? `<a href="https://aliexpress.com/item/${r.product_id}.html" target="_blank">${r.product_id}</a>` : \'\';', None, 'missing-id', None),  # liuxuedata/aliexpress-analytics@1ef6bb2ce5:public/self-operatedctr…html
    ('    @b.goto "https://login.aliexpress.com/"', None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ("    @b.goto 'https://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm'", None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ("      @b.goto 'm.aliexpress.com/shopcart/detail.htm'", None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ("    @b.goto 'http://shoppingcart.aliexpress.com/shopcart/shopcartDetail.htm'", None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ('    elsif product_type.parsed_link == "http://pt.aliexpress.com/item//"', None, 'missing-id', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ("    @b.goto 'https://m.aliexpress.com/shopcart/detail.htm'", None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler.rb
    ("          @b.goto 'https://m.aliexpress.com/shopcart/detail.htm'", None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/crawler_bkp
    ('    "http://pt.aliexpress.com/item/#{link_item}/#{link_id}"', None, 'missing-id', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/models/product_type.rb
    ('      @browser.goto "https://login.aliexpress.com/"', None, 'not-a-listing', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:app/services/crawlers/authentication_service.rb
    ("        aliexpress_link: 'http://pt.aliexpress.com/item/'", None, 'missing-id', None),  # mgiacomini/aliexpress-crawler-app@90fc7f56a0:config/locales/simple_form.pt-BR.yml
    ('        item_url="https://nl.aliexpress.com/?spm=a2g0o.categorymp.logo.1.37c28WcW8WcWug",', None, 'not-a-listing', None),  # 00nx8/aliexpress-review-scraper@80d7e27c5a:spiders/category_crawler.py
    ('                url: `https://vi.aliexpress.com/item/${productId}.html`', None, 'missing-id', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:afflink.js
    ('            ? `https://www.aliexpress.com/ssr/300000512/BundleDeals2?disableNav=YES&pha_manifest=ssr&_immersiveMode=true&productIds=${productId}&aff_fcid=`', None, 'not-a-listing', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:afflink.js
    ('                ? `https://m.aliexpress.com/p/coin-index/index.html?_immersiveMode=true&from=syicon&productIds=${productId}&aff_fcid=`', None, 'not-a-listing', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:afflink.js
    ('                : `https://star.aliexpress.com/share/share.htm?redirectUrl=https%3A%2F%2Fvi.aliexpress.com%2Fitem%2F${productId}.html%3FsourceType%3D${type === "620" ? \'620%26channel%3Dcoin\' : type}`;', None, 'short-link', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:afflink.js
    ('            got("https://portals.aliexpress.com/tools/linkGenerate/generatePromotionLink.htm", {', None, 'not-a-listing', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:afflink.js
    ("  if (!text.includes('aliexpress.com')) {", None, 'not-a-url', None),  # Ahmedboukatem980/aliexpress-bot@725fb596bc:index.js
    ("url='https://hbzd.en.alibaba.com/company_profile.html?spm=a2700.supplier-normal.35.3.1dea38bcq9ghSk#top-nav-bar'", 'alibaba_com', 'storefront', 'hbzd'),  # github-index:1501031067
    ("url='http://openapi.roewe.com.cn/ndms-base-server/getSalesInfo/1/10000000000036/3'", None, 'not-alibaba-host', None),  # github-index:1501031067
    ('- Supplier profile: https://dgxuandele.en.alibaba.com/company_profile.html', 'alibaba_com', 'storefront', 'dgxuandele'),  # github-index:70826598442
    ('  targetUrl: "https://cnhzbingxing.en.alibaba.com/company_profile.html",', 'alibaba_com', 'storefront', 'cnhzbingxing'),  # github-index:66864862889
    ('                                <a href="https://idock.en.alibaba.com/company_profile/feedback.html"', 'alibaba_com', 'storefront', 'idock'),  # github-index:29108746795
    ('    return f"https://{subdomain}.en.alibaba.com/company_profile.html?traffic_type={TRAFFIC_TYPE}"', None, 'not-a-url', None),  # github-index:53690089989
    ('            String url = @"https://cnguomao.en.alibaba.com/company_profile.html";', 'alibaba_com', 'storefront', 'cnguomao'),  # github-index:32196951586
    ('    "company_link": "https://lonrace.en.alibaba.com/",', 'alibaba_com', 'storefront', 'lonrace'),  # github-index:23893025577
    ('    "company_profile_link": "https://lonrace.en.alibaba.com/company_profile.html",', 'alibaba_com', 'storefront', 'lonrace'),  # github-index:23893025577
    ('    "all_products_first_url": "https://lonrace.en.alibaba.com/productlist-1.html",', 'alibaba_com', 'storefront', 'lonrace'),  # github-index:23893025577
    ('- Alibaba dry cooler group listing: https://vrcooler.en.alibaba.com/productgrouplist-806311006/Dry_cooler.html', 'alibaba_com', 'storefront', 'vrcooler'),  # github-index:57162319243
    ('| Dried fruit slices | [Store group](https://cnjxhn.en.alibaba.com/productgrouplist-969052928/Dried_Fruit_Slices.html) | `store-category` |', 'alibaba_com', 'storefront', 'cnjxhn'),  # github-index:71130792466
    ("url = 'https://customizewatch.en.alibaba.com/productgrouplist-909447158/Men_Watches.html?spm=a2700.galleryofferlist.topad_classic.7.4ef53ee9pZF4hk'", 'alibaba_com', 'storefront', 'customizewatch'),  # github-index:8761080596
    ('    #url = "https://bestexltd.en.alibaba.com/productgrouplist-807760173/Leggings_Pants.html?spm=a2700.shop_pl.98.1"', 'alibaba_com', 'storefront', 'bestexltd'),  # github-index:48411113441
    ('url = "https://zzmuduo.en.alibaba.com/productgrouplist-812671707-1/Chicken_Equipment.html?filter=null&spm=a2700.shop_plgr.41413.dbtmnavgo"', 'alibaba_com', 'storefront', 'zzmuduo'),  # github-index:4011320836
    ('                    "https://eastlong.en.alibaba.com/productgrouplist-936782974/SMT_Reflow_Oven.html?spm=a2700.shop_index.11406.3.88cb7391KHt5l3",', 'alibaba_com', 'storefront', 'eastlong'),  # github-index:28606418907
    ('              <li><a href="https://sidehk.m.en.alibaba.com/" target="_blank" rel="noopener noreferrer" className="hover:text-black transition-colors underline underline-offset-4"', None, 'not-a-listing', None),  # github-index:53127490958
    ('    sameAs: ["https://cn1576227362luzl.m.en.alibaba.com/"],', None, 'not-a-listing', None),  # github-index:71169827274
    ('               <li><a href="https://sidehk.m.en.alibaba.com/" className="text-blue-600">Alibaba Store</a></li>', None, 'not-a-listing', None),  # github-index:53192998583
    ('对标店铺：https://luzhouspecialty.m.en.alibaba.com/  ', None, 'not-a-listing', None),  # github-index:68801159893
    ('      "https://newo.m.en.alibaba.com/?productId=1601382467425",', None, 'not-a-listing', None),  # github-index:56113928874
    ('    "https://gzhsgm.en.alibaba.com/",', 'alibaba_com', 'storefront', 'gzhsgm'),  # github-index:61544406250
    ('    "https://gzhsgm.goldsupplier.com/",', None, 'not-alibaba-host', None),  # github-index:61544406250
    ("  assert.equal(buildReaderProxyUrl('https://www.alibaba.com/x/1lB7erD?ck=pdp'), 'https://r.jina.ai/https://www.alibaba.com/x/1lB7erD?ck=pdp');", None, 'short-link', None),  # github-index:61193517135
    (' * verified Alibaba supplier feedback page (fouwell.en.alibaba.com/company_profile/feedback.html,', 'alibaba_com', 'storefront', 'fouwell'),  # github-index:68302553575
    ('    <base href="//www.alibaba.com" />', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ('            <link rel="dns-prefetch" href="//dmtracking2.alibaba.com" />', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ('            <link rel="dns-prefetch" href="//cloud.video.alibaba.com" />', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("          loadScript('https://air.alibaba.com/app/sc-assets/bz-evaluate/pages_version.html', function () {", None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("        if(location.href.indexOf('profile.alibaba.com/profile/buyer_selection.htm') > -1){", None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ('        } else if (/^https:\\/\\/www.alibaba.com\\/trueview\\/.*(_\\d+.html)$/.test(location.href)) {', None, 'not-a-url', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("        } else if (location.href.indexOf('www.alibaba.com/trade/search') > -1) {", None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("        } else if (location.hostname == 'www.alibaba.com' && location.pathname === '/') {", None, 'not-a-url', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html; urls53: a host alone in quotes is no link (was not-a-listing)
    ("        } else if (location.href.indexOf('www.alibaba.com/live/') > -1 || location.href.indexOf('watch.alibaba.com/v/') > -1 ) {", None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ('        } else if (/^https:\\/\\/i\\.alibaba\\.com\\/globalBuyerIndex\\.htm/.test(location.href)) {', None, 'not-a-url', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("                    link: 'https://air.alibaba.com/app/sc-assets/bz-evaluate/pages_survey.html?bizCode=' + bz_survey_config_scene + '&status=none&targetType=BUYER',", None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html
    ("            if(location?.pathname?.match(/\\/products\\//)?.index === 0 || (document?.referrer === '' && !location?.href?.includes('spm=')) || location?.href?.match(/trade\\/search/) === null || location?.href?.match(/tab=/) === null || location?.hostname !== 'www.alibaba.com') scene = 'pc-search-all-crawler';", None, 'not-a-url', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers/page_10.html; urls53: a host alone in quotes is no link (was not-a-listing)
    ('//www.alibaba.com/product-detail/2022-Hot-sale-Large-capacity-backpack_1600508128985.html', 'alibaba_com', 'listing', '1600508128985'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2023-New-Waterproof-large-capacity-Backpack_1600978616066.html', 'alibaba_com', 'listing', '1600978616066'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2023-haslor-High-Quality-Multifunctional-Travel_1600963147653.html', 'alibaba_com', 'listing', '1600963147653'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2024-Haslor-Oxford-fabric-black-color_1601214941013.html', 'alibaba_com', 'listing', '1601214941013'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2024-Haslor-backpack-anti-theft-waterproof_1601214584939.html', 'alibaba_com', 'listing', '1601214584939'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2024-Hot-Sales-factory-directly-sales_1601141404520.html', 'alibaba_com', 'listing', '1601141404520'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/2024-factory-Hot-sale-sublimation-custom_1601141334861.html', 'alibaba_com', 'listing', '1601141334861'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/Custom-Wholesale-LOGO-Primary-Backpack-2024_1601174350468.html', 'alibaba_com', 'listing', '1601174350468'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/Haslor-Customize-logo-new-arrives-school_1601044938435.html', 'alibaba_com', 'listing', '1601044938435'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/Haslor-Hot-Sale-Trendy-Children-Unisex_1600934726224.html', 'alibaba_com', 'listing', '1600934726224'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/Hot-sale-Large-capacity-backpack-women_1600657049313.html', 'alibaba_com', 'listing', '1600657049313'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/product-detail/Men-s-Ultralight-Large-Capacity-Laptop_1601160628918.html', 'alibaba_com', 'listing', '1601160628918'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/trade/search?fsb=y&amp;IndexArea=product_en&amp;exportCountry=VN&amp;keywords=school+bags&amp;originKeywords=school+bags&amp;tab=all&amp;', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/trade/search?fsb=y&amp;IndexArea=product_en&amp;keywords=school+bags&amp;originKeywords=school+bags&amp;productAuthTag=CE&amp;tab=all&amp;', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/trade/search?fsb=y&amp;IndexArea=product_en&amp;keywords=school+bags&amp;originKeywords=school+bags&amp;reviewScore=4.5&amp;tab=all&amp;', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//www.alibaba.com/trade/search?fsb=y&amp;IndexArea=product_en&amp;keywords=school+bags&amp;originKeywords=school+bags&amp;tab=all&amp;verifiedPro=1&amp;', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('//haslorbags.en.alibaba.com', 'alibaba_com', 'storefront', 'haslorbags'),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('https://activity.alibaba.com/sale/cert-intro.html', None, 'not-a-listing', None),  # poneoneo/Alibaba-CLI-Scraper@217f6f1449:tests/Air_fryers (a value)
    ('@pytest.mark.parametrize(\'hint\', [\'<link hidden rel="canonical" href="https://www.alibaba.com/product-detail/Other_1.html">\', \'<meta style="display:none" property="og:url" content="https://www.alibaba.com/product-detail/Other_1.html">\'])', None, 'malformed-id', None),  # github-index:70146887869
    ('* Arduino NANO http://ali.ski/POpMO', None, 'not-alibaba-host', None),  # github-index:38020778645
    ('* Датчик расстояния http://ali.ski/BOSn_x', None, 'not-alibaba-host', None),  # github-index:38020778645
    ('* Серво http://ali.ski/N8P0y', None, 'not-alibaba-host', None),  # github-index:38020778645
    ('* Arduino NANO https://ali.ski/jmFH9_ https://ali.ski/5OBVTQ', None, 'not-alibaba-host', None),  # github-index:5261884610
    ('- Arduino NANO http://ali.ski/qdQCi  http://ali.ski/le6U_R', None, 'not-alibaba-host', None),  # github-index:44676500868
    ('* https://ali.ski/0oDcyt', None, 'not-alibaba-host', None),  # github-index:15833621037
    ('* https://ali.ski/JS76Hz', None, 'not-alibaba-host', None),  # github-index:15833621037
    ('* https://ali.ski/AkoSus', None, 'not-alibaba-host', None),  # github-index:15833621037
    ('* https://ali.ski/SYQCF', None, 'not-alibaba-host', None),  # github-index:15833621037
    ('// или готовый китайский модуль https://ali.ski/xwpCCe', None, 'not-alibaba-host', None),  # github-index:20551936689
    ('// http://ali.ski/gkMqy', None, 'not-alibaba-host', None),  # github-index:3541586412
    ('\tRegisterTracker("alitems.com", paramExtractor("ulp"))', None, 'not-a-url', None),  # github-index:3541586412
    ('[ESP32-2432S028 aka CYD (Cheap Yellow Display) or ESP32-2432S024R ](https://ali.ski/vNTYds)', None, 'not-alibaba-host', None),  # github-index:32282799139
    ('- [ESP32 DEVKIT V1](https://aliexpi.com/O208)', None, 'not-alibaba-host', None),  # github-index:28356240544
    ('- [Mini submersible pump](https://aliexpi.com/nxGM)', None, 'not-alibaba-host', None),  # github-index:28356240544
    ('- [5mm tubing](https://aliexpi.com/nxGM)', None, 'not-alibaba-host', None),  # github-index:28356240544
    ('* Small battery (optional) i.e.: https://aliexpi.com/ZSsn', None, 'not-alibaba-host', None),  # github-index:23203266100
    ('* Buzzer (optional) https://s.click.aliexpress.com/e/_d75AAWT', None, 'short-link', None),  # github-index:23203266100
    ('    "aliexpi.com",', None, 'not-a-url', None),  # github-index:62221304461
    ('    "s.click.aliexpress.",', None, 'not-a-url', None),  # github-index:62221304461
    ('    "a.aliexpress.com",', None, 'not-a-url', None),  # github-index:62221304461
    ('   @AliExpress : https://aliexpi.com/Qyvr ', None, 'not-alibaba-host', None),  # github-index:21871898868
    ('| Lazy Susan 5.5in | 1 | LS | [Link](https://aliexpi.com/ue6m) | Aliexpress |', None, 'not-alibaba-host', None),  # github-index:14965784443
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    ALL, "every listing and store of this table has a canonical form the notes give"
)


@pytest.mark.parametrize("text", [*_OG, FIXED[4][0], FIXED[6][0]])
def test_a_name_attributes_prefix_is_no_scheme(text: str) -> None:
    """Fix 1: ``og:`` (``twitter:``) in a ``property``/``name`` attribute is no link's scheme:
    the line holds no URL (a marketplace's host alone in its quotes is said to be a host name
    only: urls53)."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason.startswith("not a URL: no URL found in the text"), reason


@pytest.mark.parametrize("text", [FIXED[7][0], FIXED[8][0]])
def test_another_scheme_beside_a_name_attribute_is_still_refused(text: str) -> None:
    """Fix 1's controls: a ``taobao:`` link in a ``content`` or ``href`` value is refused, naming
    its scheme, not the attribute's prefix."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert "taobao: links are not accepted" in reason, reason


def test_aliexpresss_recommendation_host_is_no_store() -> None:
    """Fix 2: ``recom-acs.aliexpress.com`` is refused as AliExpress's own host, at its root and
    its store paths alike, and no store is suggested."""
    assert_service_host("recom-acs.aliexpress.com")
    result = thrice(FIXED[9][0])  # FIXED[5], the host alone in quotes, is a host name only (urls53)
    assert "own service or channel site" in result.reason  # type: ignore[attr-defined]
    assert result.suggestion is None  # type: ignore[attr-defined]


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it; the table's three commented-out lines are comments there."""
    rows = [row[0] for row in ALL]
    assert sum(row.lstrip().startswith("#") for row in rows) == 3
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
