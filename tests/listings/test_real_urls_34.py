"""Sweep realurls34 of listing URLs (notes in /work/notes/sweep-realurls34.md): real URLs of the
marketplaces the tables held least (Lazada vn/ph/co.id, 1688 desktop and mobile offers, Xianyu,
Tmall Global) and the Tmall/Taobao links a chatbot's shopping answers give, from public code,
data and Markdown that no earlier table holds, read as listing-urls.md says.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_33.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. Taobao's own SEO and content channel hosts were read as vanity storefronts: a chatbot's
   shopping answers (UbicusMyron/Agentic_AI_Explorer) link ``pingjia.taobao.com`` (reviews,
   ``/<hash>.html``), ``mobile-phone.taobao.com/chanpin/<hash>.html`` (product pages),
   ``mgoods.taobao.com/t/…`` and ``bk.taobao.com/k/…`` (encyclopedia) as if they were shops, and
   the library answered ``storefront 'pingjia'`` or "a page of the store
   https://pingjia.taobao.com/". They are Taobao's own hosts (section 12: reserve "similar
   labels"), so ``not-a-listing``; a shop whose name only starts so stays a store.
2. ``item.tmall.hk`` (a scraper's notes name ``https://item.tmall.hk/item.htm?itemId=`` as an HK
   Tmall item host, github-index:54638740260) was the Tmall Global store ``item``. It is Tmall
   Global's own host, never a store: ``not-a-listing``. A vanity ``<name>.tmall.hk`` stays a store.

``ROWS`` holds real inputs (whole lines of the named file, lines of the code index transcribed
whole from its excerpts) that no earlier table holds.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('<li class="break-words">链接：<a href="https://pingjia.taobao.com" target="_blank" rel="noopener noreferrer">淘宝 RØDE Wireless GO II</a>（搜索“罗德 Wireless GO II”或进入 RØDE 旗舰店）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand (RØDE); fix 1 (was storefront 'pingjia')
    ('https://pingjia.taobao.com', None, 'not-a-listing', None),  # constructed from the row above; fix 1
    ('https://mobile-phone.taobao.com', None, 'not-a-listing', None),  # constructed from UbicusMyron/Agentic_AI_Explorer's mobile-phone.taobao.com/chanpin/ links; fix 1
    ('https://mgoods.taobao.com/', None, 'not-a-listing', None),  # constructed from its mgoods.taobao.com/t/_4423/… link; fix 1
    ('https://bk.taobao.com', None, 'not-a-listing', None),  # constructed from its bk.taobao.com/k/lining_49/… link; fix 1
    ('https://mobile-phone.taobao.com/chanpin/bec10c1b29b6c88fe5721e36f35122ce.html', None, 'not-a-listing', None),  # from UbicusMyron/Agentic_AI_Explorer; fix 1 (was "a page of the store")
    ('https://mgoods.taobao.com/t/_4423/e56758170a81245fe00fa7379e3fedbc.html', None, 'not-a-listing', None),  # from UbicusMyron/Agentic_AI_Explorer; fix 1
    ('https://bk.taobao.com/k/lining_49/d7ba22f62d442fa24b9261facc5cd0dd.html', None, 'not-a-listing', None),  # from UbicusMyron/Agentic_AI_Explorer; fix 1
    ('https://pingjia.taobao.com/0e3502ddce6b875d53dbf6d1ab6de6b1.html', None, 'not-a-listing', None),  # from UbicusMyron/Agentic_AI_Explorer; fix 1
    ('https://pingjiashop.taobao.com', 'taobao', 'storefront', 'pingjiashop'),  # constructed control: a name that only starts so stays a store
    ('https://yili.tmall.com', 'tmall', 'storefront', 'yili'),  # constructed control (UbicusMyron/Agentic_AI_Explorer links it): a Tmall store stays one
    ('| `item.tmall.hk` | `https://item.tmall.hk/item.htm?itemId=` | HK Tmall |', None, 'not-a-listing', None),  # github-index:54638740260; fix 2 (was Tmall Global storefront 'item'); urls54: a host in backticks is a host name only (was not-a-listing); realurls44: the link with its scheme after it is the line's link, read (was not-a-url)
    ('https://item.tmall.hk/', None, 'not-a-listing', None),  # constructed from the row above; fix 2
    ('https://hkyuhe.tmall.hk/', 'tmall_global', 'storefront', 'hkyuhe'),  # constructed control from github-index:6769470558's store list ("hkyuhe"): a vanity store stays one
    ('https://detail.tmall.hk/item.htm?id=520928380305', 'tmall_global', 'listing', '520928380305'),  # constructed control: Tmall Global's item host is read (github-index:20855289151's id)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('1. **东米980学生考试按动中性笔**：简约速干，双珠CS头，书写流畅，透明塑料笔杆，颜值较高。[购买链接](http://m.1688.com/offer/911722793494.html)。', '1688', 'listing', '911722793494'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('2. **韩国慕那美2091中性笔**：针管式塑料笔身，大容量，速干性能好，价格实惠。可在[阿里巴巴](https://m.1688.com/offer_search/-302E35BFBCCAD4D6D0D0D4B1CA.html)等平台搜索购买。', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('3. **真彩君豪A47中性笔**：学生考试专用速干按动水笔，书写顺滑，塑料笔杆坚固耐用。在[阿里巴巴](https://m.1688.com/offer_search/-302E35BFBCCAD4D6D0D0D4B1CA.html)上可以找到购买链接。', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('4. **日本uniball三菱figno按动UMN - 207中性笔**：速干耐水性好，黑色浓度高，塑料笔身设计简约，适合长时间书写。[购买链接](http://m.1688.com/offer/888115665560.html)。', '1688', 'listing', '888115665560'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('5. **得力V7速干按动考试中性笔**：0.5mm ST笔头，速干顺滑，适合中高考等重要考试，常以12支/盒售卖。[阿里巴巴购买链接](http://m.1688.com/offer/897631124039.html)，也可在[什么值得买](https://m.smzdm.com/p/148364809/)查看相关购买信息。', '1688', 'listing', '897631124039'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('7. **晨光K35按动中性笔**：学生ins高颜值水性笔，商务办公考试也适用，塑料笔身，书写流畅。[购买链接](http://m.1688.com/offer/894551184821.html)。', '1688', 'listing', '894551184821'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-中性笔推荐.md
    ('    - **链接**：[乐扣乐扣官方旗舰店](https://m.tmall.com/search?q=%E4%B9%90%E6%89%A3%E4%B9%90%E6%89%A3%E4%BF%9D%E9%99%90%E7%9B%92)。', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-保鲜盒推荐.md
    ('    - **链接**：[LOVWISH乐唯诗官方旗舰店](https://m.tmall.com/search?q=LOVWISH%E4%B9%90%E5%94%AF%E8%AF%97%E9%AB%98%E7%A2%B0%E7%8E%BB%E7%92%83%E4%BF%9D%E9%99%90%E7%9B%92)。', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-保鲜盒推荐.md
    ('    - **链接**：[316不锈钢保鲜盒阿里巴巴购买链接](http://m.1688.com/offer/878167460053.html)。', '1688', 'listing', '878167460053'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-保鲜盒推荐.md
    ('- **阿里巴巴**：[乐唯诗高硼玻璃保鲜饭盒](http://m.1688.com/offer/827155678414.html)，价格在9.80 - 41.86元之间，有多种规格和组合可供选择。', '1688', 'listing', '827155678414'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-保鲜盒推荐.md
    ('- [阿里巴巴](http://m.1688.com/offer/899158749005.html)。', '1688', 'listing', '899158749005'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-榨汁机推荐.md
    ('    - **购买链接**：[大宇 EK01电水壶](http://m.1688.com/offer/832325865184.html)', '1688', 'listing', '832325865184'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-电水壶推荐.md
    ('- [阿里巴巴](http://m.1688.com/offer/902479320441.html)，价格在58.00 - 98.00元之间。', '1688', 'listing', '902479320441'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-电水壶推荐.md
    ('- **乐扣乐扣密胺碗**(https://www.taobao.com/list/item/559139980686.htm)', 'taobao', 'listing', '559139980686'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-碗推荐.md
    ('    - **购买链接**：[国誉官方旗舰店](https://kokuyo.tmall.com/)。', 'tmall', 'storefront', 'kokuyo'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[得力官方旗舰店](https://deli.tmall.com/)。', 'tmall', 'storefront', 'deli'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[晨光官方旗舰店](https://chenguang.tmall.com/)。', 'tmall', 'storefront', 'chenguang'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[HOBONICHI官方旗舰店](https://hobonichi.tmall.com/)。', 'tmall', 'storefront', 'hobonichi'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[Moleskine官方旗舰店](https://moleskine.tmall.com/)。', 'tmall', 'storefront', 'moleskine'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[kinbor官方旗舰店](https://kinbor.tmall.com/)。', 'tmall', 'storefront', 'kinbor'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[梵品生活官方旗舰店](https://fampuer.tmall.com/)。', 'tmall', 'storefront', 'fampuer'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[Paperblanks官方旗舰店](https://paperblanks.tmall.com/)。', 'tmall', 'storefront', 'paperblanks'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('    - **购买链接**：[ELFINBOOK官方旗舰店](https://elfinbook.tmall.com/)。', 'tmall', 'storefront', 'elfinbook'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('- **淘宝**：[国誉官方旗舰店](https://kokuyo.tmall.com/)，可在此店铺中选择Campus系列活页本及相关替芯。', 'tmall', 'storefront', 'kokuyo'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-笔记本推荐.md
    ('- [阿里巴巴](http://m.1688.com/offer/902403051444.html)', '1688', 'listing', '902403051444'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-绞肉机推荐.md
    ('- [淘宝](https://pingjia.taobao.com/0e3502ddce6b875d53dbf6d1ab6de6b1.html)', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-绞肉机推荐.md
    ('    - **购买链接**：[阿里巴巴](http://m.1688.com/offer/861087235690.html)、[淘宝](https://www.taobao.com/list/item/745347119074.htm)、[苏宁易购](https://m.suning.com/bigimages/12432342739.html)。', '1688', 'listing', '861087235690'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-计算器推荐.md
    ('- [阿里巴巴](http://m.1688.com/offer/843794155206.html)，由义乌市羽然电子商务有限公司销售，付款成功后2天内安排发货。', '1688', 'listing', '843794155206'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases for product/Grok-计算器推荐.md
    ('<li class="break-words">链接：<a href="https://xijiujiuye.tmall.com" target="_blank" rel="noopener noreferrer">https://xijiujiuye.tmall.com</a> （搜索“君品习酒”）</li>', 'tmall', 'storefront', 'xijiujiuye'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-习酒.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a> （搜索“五星茅台53度”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-五星茅台.md
    ('<li class="break-words">链接：<a href="https://wuliangye.tmall.com" target="_blank" rel="noopener noreferrer">https://wuliangye.tmall.com</a> （搜索“五粮液普五第七代”）</li>', 'tmall', 'storefront', 'wuliangye'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-五粮液52度.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a> （搜索“伊利故宫联名款纯牛奶”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-伊利故宫联名.md
    ('<li class="break-words">链接：<a href="https://yili.tmall.com" target="_blank" rel="noopener noreferrer">https://yili.tmall.com</a> 或 <a href="https://www.yili.com" target="_blank" rel="noopener noreferrer">https://www.yili.com</a> （进入“产品”页面搜索故宫联名款）</li>', 'tmall', 'storefront', 'yili'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-伊利故宫联名.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a> （搜索“伊利金领冠婴幼儿奶粉”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-伊利故宫联名.md
    ('<li class="break-words">链接：<a href="https://yili.tmall.com" target="_blank" rel="noopener noreferrer">https://yili.tmall.com</a> 或 <a href="https://www.yili.com" target="_blank" rel="noopener noreferrer">https://www.yili.com</a> （进入“产品”页面搜索金领冠）</li>', 'tmall', 'storefront', 'yili'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-伊利故宫联名.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a> （搜索“蒙牛优益C乳酸菌饮料”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-优益C乳酸菌.md
    ('<li class="break-words">链接：<a href="https://mengniu.tmall.com" target="_blank" rel="noopener noreferrer">https://mengniu.tmall.com</a> 或 <a href="https://www.mengniu.com.cn" target="_blank" rel="noopener noreferrer">https://www.mengniu.com.cn</a> （进入“产品”页面搜索优益C）</li>', 'tmall', 'storefront', 'mengniu'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-优益C乳酸菌.md
    ('<li class="break-words">网址：<a href="https://www.tmall.com/" target="_blank" rel="noopener noreferrer">https://www.tmall.com/</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-华为 watch 5.md
    ('<li class="break-words">链接：<a href="https://milkground.tmall.com" target="_blank" rel="noopener noreferrer">https://milkground.tmall.com</a> （搜索“华农酸奶原味”）</li>', 'tmall', 'storefront', 'milkground'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-华农绿色原味酸奶.md
    ('<li class="break-words">链接：<a href="https://www.taobao.com" target="_blank" rel="noopener noreferrer">淘宝搜索双汇肘花火腿</a>（搜索“双汇蒸煮肘花火腿250g 厦门”可筛选本地发货）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-双汇蒸煮肘花火腿250g.md
    ('<li class="break-words">链接：<a href="https://luzhoulaojiao.tmall.com" target="_blank" rel="noopener noreferrer">https://luzhoulaojiao.tmall.com</a> （搜索“国窖1573 38度”）</li>', 'tmall', 'storefront', 'luzhoulaojiao'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-国窖1573.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a> （搜索“妙可蓝多奶酪棒”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-妙可蓝多奶酪棒.md
    ('<li class="break-words">链接：<a href="https://milkground.tmall.com" target="_blank" rel="noopener noreferrer">https://milkground.tmall.com</a> （进入“奶酪棒”分类）或 <a href="https://www.milkground.cn" target="_blank" rel="noopener noreferrer">https://www.milkground.cn</a></li>', 'tmall', 'storefront', 'milkground'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-妙可蓝多奶酪棒.md
    ('<li class="break-words">链接：<a href="https://yili.tmall.com" target="_blank" rel="noopener noreferrer">https://yili.tmall.com</a> 或 <a href="https://www.yili.com" target="_blank" rel="noopener noreferrer">https://www.yili.com</a> （进入“产品”页面搜索巧乐兹）</li>', 'tmall', 'storefront', 'yili'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-巧乐兹.md
    ('<li class="break-words">天猫超市：<a href="https://chaoshi.tmall.com" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-康师傅红烧牛肉面.md
    ('<li class="break-words">链接：<a href="https://maotai.tmall.com" target="_blank" rel="noopener noreferrer">https://maotai.tmall.com</a> （搜索“悠蜜蓝莓酒Umeet”）</li>', 'tmall', 'storefront', 'maotai'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-悠蜜蓝莓酒.md
    ('<li class="break-words">链接：<a href="https://mengniu.tmall.com" target="_blank" rel="noopener noreferrer">https://mengniu.tmall.com</a> 或 <a href="https://www.mengniu.com.cn" target="_blank" rel="noopener noreferrer">https://www.mengniu.com.cn</a> （进入“产品”页面搜索未来星）</li>', 'tmall', 'storefront', 'mengniu'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-未来星儿童奶酪.md
    ('<li class="break-words">参考链接：<a href="https://lining.tmall.com/" target="_blank" rel="noopener noreferrer">天猫 - 李宁官方旗舰店</a></li>', 'tmall', 'storefront', 'lining'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-李宁赤兔.md
    ('<li class="break-words">参考链接：<a href="https://www.lazada.com.my/" target="_blank" rel="noopener noreferrer">Lazada Malaysia</a>（请搜索关键词）。</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-李锦记薄盐生抽.md
    ('<li class="break-words">访问淘宝：<a href="https://www.taobao.com/" target="_blank" rel="noopener noreferrer">https://www.taobao.com/</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-泉州购买双汇火山石烤肠.md
    ('<li class="break-words">链接：<a href="https://yanghe.tmall.com" target="_blank" rel="noopener noreferrer">https://yanghe.tmall.com</a> （搜索“洋河梦之蓝M3水晶版”）</li>', 'tmall', 'storefront', 'yanghe'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-洋河梦之蓝.md
    ('<li class="break-words">链接：<a href="https://detail.tmall.com/item.htm?id=524923678901" target="_blank" rel="noopener noreferrer">https://detail.tmall.com/item.htm?id=524923678901</a> （搜索“珠江啤酒经典528ml”）</li>', 'tmall', 'listing', '524923678901'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-珠江啤酒.md
    ('<li class="break-words">链接：<a href="https://yili.tmall.com" target="_blank" rel="noopener noreferrer">https://yili.tmall.com</a> 或 <a href="https://www.yili.com" target="_blank" rel="noopener noreferrer">https://www.yili.com</a> （进入“产品”页面搜索畅轻）</li>', 'tmall', 'storefront', 'yili'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-畅轻酸奶.md
    ('<li class="break-words">链接：<a href="https://junlebao.tmall.com" target="_blank" rel="noopener noreferrer">https://junlebao.tmall.com</a> （进入“简醇”分类）或 <a href="https://www.junlebao.cn" target="_blank" rel="noopener noreferrer">https://www.junlebao.cn</a></li>', 'tmall', 'storefront', 'junlebao'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-简醇0蔗糖酸奶.md
    ('<li class="break-words">链接：<a href="https://yili.tmall.com" target="_blank" rel="noopener noreferrer">https://yili.tmall.com</a> 或 <a href="https://www.yili.com" target="_blank" rel="noopener noreferrer">https://www.yili.com</a> （进入“产品”页面搜索舒化奶）</li>', 'tmall', 'storefront', 'yili'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-舒化奶.md
    ('<li class="break-words">链接：<a href="https://maotai.tmall.com" target="_blank" rel="noopener noreferrer">https://maotai.tmall.com</a> （搜索“茅台王子酒酱香经典”）</li>', 'tmall', 'storefront', 'maotai'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-茅台王子酒.md
    ('<li class="break-words">网址：<a href="https://www.lazada.sg/redmart" target="_blank" rel="noopener noreferrer">https://www.lazada.sg/redmart</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-蒜蓉调味酱.md
    ('<li class="break-words">链接：<a href="https://yuexiudairy.tmall.com" target="_blank" rel="noopener noreferrer">https://yuexiudairy.tmall.com</a> （搜索“谢添地娟姗有机奶”）</li>', 'tmall', 'storefront', 'yuexiudairy'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-谢添地娟姗有机奶.md
    ('<li class="break-words">链接：<a href="https://yuexiudairy.tmall.com" target="_blank" rel="noopener noreferrer">https://yuexiudairy.tmall.com</a> （搜索“谢添地牛奶”）</li>', 'tmall', 'storefront', 'yuexiudairy'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-谢添地牛奶.md
    ('<li class="break-words">链接：搜索“vivo S30 天猫”或访问天猫平台（<a href="https://www.tmall.com/%EF%BC%89%E3%80%82" target="_blank" rel="noopener noreferrer">https://www.tmall.com/）。</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买Vivo S30.md
    ('<li class="break-words">链接：<a href="https://vivo.tmall.com/" target="_blank" rel="noopener noreferrer">https://vivo.tmall.com/</a></li>', 'tmall', 'storefront', 'vivo'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买Vivo X200 Pro.md
    ('<li class="break-words">链接: <a href="https://www.tmall.com/" target="_blank" rel="noopener noreferrer">vivo X200 天猫旗舰店</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买Vivo X200S建议.md
    ('<li class="break-words"><strong class="font-semibold">访问链接</strong>: <a href="https://www.taobao.com" target="_blank" rel="noopener noreferrer">淘宝网</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买Wilson 壁球拍.md
    ('<li class="break-words">链接：<a href="https://wilson.tmall.com/" target="_blank" rel="noopener noreferrer">天猫Wilson官方旗舰店</a>（建议在搜索栏输入“Intrigue Tour Clay”）</li>', 'tmall', 'storefront', 'wilson'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买Wilson 网球鞋.md
    ('<li class="break-words">链接：前往天猫搜索“双汇简颂午餐肉40g”或访问 <a href="https://www.tmall.com" target="_blank" rel="noopener noreferrer">天猫双汇官方旗舰店</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买双汇简颂午餐肉.md
    ('<li class="break-words">访问链接：<a href="https://fuwu.taobao.com" target="_blank" rel="noopener noreferrer">https://fuwu.taobao.com</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买双汇肘花小火腿.md
    ('<li class="break-words">链接：<a href="https://chaoshi.tmall.com/" target="_blank" rel="noopener noreferrer">https://chaoshi.tmall.com/</a></li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买双汇脆皮烧烤肠.md
    ('<li class="break-words">链接：访问 <a href="https://www.tmall.com" target="_blank" rel="noopener noreferrer">天猫</a> 或 <a href="https://www.taobao.com" target="_blank" rel="noopener noreferrer">淘宝</a>。</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买唐人神香肠.md
    ('<li class="break-words"><strong class="font-semibold">天猫毛戈平官方旗舰店</strong>：毛戈平在天猫有官方旗舰店，通常有正品保证。访问 <a href="https://www.tmall.com/" target="_blank" rel="noopener noreferrer">天猫</a>，搜索“毛戈平官方旗舰店”或直接输入“毛戈平小金扇粉饼”。</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买毛戈平粉饼.md
    ('<li class="break-words">链接： <a href="https://maogeping.tmall.com" target="_blank" rel="noopener noreferrer">天猫 - 毛戈平官方旗舰店</a></li>', 'tmall', 'storefront', 'maogeping'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买毛戈平面膜.md
    ('<li class="break-words">访问 <a href="https://www.taobao.com/" target="_blank" rel="noopener noreferrer">Taobao</a>，搜索“鲁花5S压榨一级花生油”。</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-购买鲁花花生油.md
    ('<li class="break-words">链接：<a href="https://www.taobao.com" target="_blank" rel="noopener noreferrer">淘宝秋林里道斯旗舰店</a>（搜索“秋林里道斯 哈尔滨红肠”）</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-金门秋林红肠购买.md
    ('<li class="break-words">链接：<a href="https://mengniu.tmall.com" target="_blank" rel="noopener noreferrer">https://mengniu.tmall.com</a> 或 <a href="https://www.mengniu.com.cn" target="_blank" rel="noopener noreferrer">https://www.mengniu.com.cn</a> （进入“产品”页面搜索随变）</li>', 'tmall', 'storefront', 'mengniu'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-随变冰淇淋.md
    ('<li class="break-words">链接：<a href="https://detail.tmall.com/item.htm?id=524923678901" target="_blank" rel="noopener noreferrer">https://detail.tmall.com/item.htm?id=524923678901</a></li>', 'tmall', 'listing', '524923678901'),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-青岛啤酒.md
    ('<li class="break-words">推荐链接：<a href="https://www.taobao.com" target="_blank" rel="noopener noreferrer">淘宝羽毛球拍搜索页面</a>（进入后搜索“胜利龙牙之刃二代Pro”）。</li>', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Agentic_Data/Grok_cases_brand/grok-龙牙之刃羽毛球拍.md
    ('1. 访问 [淘宝开放平台](https://open.taobao.com/)', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Goods_Search/API_CONFIG_GUIDE.md
    ("    'base_url': 'https://eco.taobao.com/router/rest'", None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Goods_Search/API_CONFIG_GUIDE.md
    ('   - 注册: https://open.taobao.com/', None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Goods_Search/README.md
    ("            'base_url': 'https://eco.taobao.com/router/rest'", None, 'not-a-listing', None),  # UbicusMyron/Agentic_AI_Explorer:Goods_Search/SupportFunction.py
    ('      "pdp_url": "https://www.lazada.vn/products/pdp-i2830595577.html",', 'lazada_vn', 'listing', '2830595577'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('      "pdp_image_url": "https://filebroker-cdn.lazada.vn/kf/S54fbe3c44494404194e45993200dd99ey.jpg",', None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('      "pdp_url": "https://www.lazada.vn/products/pdp-i3235938333.html",', 'lazada_vn', 'listing', '3235938333'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('      "pdp_url": "https://www.lazada.vn/products/pdp-i2652208237.html",', 'lazada_vn', 'listing', '2652208237'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('      "pdp_image_url": "https://filebroker-cdn.lazada.vn/kf/S723d3eab783745e590f31fbb7bbd05c8f.jpg",', None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('      "pdp_image_url": "https://filebroker-cdn.lazada.vn/kf/Sc66b491a2e5e42999ccb38620fef3babS.jpg",', None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('    "https://www.lazada.vn/products/pdp-i3180025991.html",', 'lazada_vn', 'listing', '3180025991'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('    "https://www.lazada.vn/products/pdp-i2656066503.html",', 'lazada_vn', 'listing', '2656066503'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('    "https://www.lazada.vn/products/pdp-i2640853643.html",', 'lazada_vn', 'listing', '2640853643'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ('    "https://www.lazada.vn/products/pdp-i3091661295.html"', 'lazada_vn', 'listing', '3091661295'),  # nqnguyen812/GenAI_Project_CTAI:Female.json
    ("    'https://www.lazada.vn/products/...-i123456789.html',", 'lazada_vn', 'listing', '123456789'),  # nqnguyen812/GenAI_Project_CTAI:README.md
    ("    'https://www.lazada.vn/products/...-i987654321.html',", 'lazada_vn', 'listing', '987654321'),  # nqnguyen812/GenAI_Project_CTAI:README.md
    ("        'url': 'https://www.lazada.vn/catalog/?q=Trang%20ph%E1%BB%A5c%20nam',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:README.md
    ('            " URL: https://www.lazada.vn/products/pdp-i3063700688.html\\n",', 'lazada_vn', 'listing', '3063700688'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i2740862607.html\\n",', 'lazada_vn', 'listing', '2740862607'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i1974727487.html\\n",', 'lazada_vn', 'listing', '1974727487'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i254832834.html\\n",', 'lazada_vn', 'listing', '254832834'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i276994224.html\\n",', 'lazada_vn', 'listing', '276994224'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i2271124453.html\\n",', 'lazada_vn', 'listing', '2271124453'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i2369924826.html\\n",', 'lazada_vn', 'listing', '2369924826'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ('            " URL: https://www.lazada.vn/products/pdp-i3177323277.html\\n",', 'lazada_vn', 'listing', '3177323277'),  # nqnguyen812/GenAI_Project_CTAI:create-vdb.ipynb
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_9.1.39072626OX3ZvK&q=Trang%20ph%E1%BB%A5c%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_10.1.27d21a59XfCDUh&q=Gi%C3%A0y%20d%C3%A9p%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_15.1.4b0d7c78Fz0n54&q=Ph%E1%BB%A5%20ki%E1%BB%87n%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_2.1.5bc2289c1RnYfN&q=Trang%20ph%E1%BB%A5c%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_3.1.4e4579b8Evc5Ni&q=Gi%C3%A0y%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ("    url: 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_16.1.2a3579b86LGHwa&q=Ph%E1%BB%A5%20ki%E1%BB%87n%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-categories.ts
    ('              fullUrl = `https://www.lazada.vn/${href}`;', None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada-crawler.ts
    ("  // 'https://www.lazada.vn/products/...-i123456789.html',", 'lazada_vn', 'listing', '123456789'),  # nqnguyen812/GenAI_Project_CTAI:lazada-urls.ts
    ("  // 'https://www.lazada.vn/products/...-i987654321.html',", 'lazada_vn', 'listing', '987654321'),  # nqnguyen812/GenAI_Project_CTAI:lazada-urls.ts
    ("  // 'https://www.lazada.co.id/products/super-murah-300ml-dettol-sabun-mandi-cair-anti-bakteri-lasting-fresh-300ml-bottle-i8369824175-s14798968238.html',", 'lazada_id', 'listing', '8369824175'),  # nqnguyen812/GenAI_Project_CTAI:lazada-urls.ts
    ("        'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_9.1.39072626OX3ZvK&q=Trang%20ph%E1%BB%A5c%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("    #     'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_10.1.27d21a59XfCDUh&q=Gi%C3%A0y%20d%C3%A9p%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("    #     'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_15.1.4b0d7c78Fz0n54&q=Ph%E1%BB%A5%20ki%E1%BB%87n%20nam&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("    #     'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_2.1.5bc2289c1RnYfN&q=Trang%20ph%E1%BB%A5c%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("    #     'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_3.1.4e4579b8Evc5Ni&q=Gi%C3%A0y%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("    #     'url': 'https://www.lazada.vn/catalog/?spm=a2o4n.searchlist.cate_16.1.2a3579b86LGHwa&q=Ph%E1%BB%A5%20ki%E1%BB%87n%20n%E1%BB%AF&from=hp_categories&src=all_channel',", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_categories.py
    ("                            full_url = f'https://www.lazada.vn/{href}'", None, 'not-a-listing', None),  # nqnguyen812/GenAI_Project_CTAI:lazada_crawler.py
    ("    # 'https://www.lazada.vn/products/...-i123456789.html',", 'lazada_vn', 'listing', '123456789'),  # nqnguyen812/GenAI_Project_CTAI:lazada_urls.py
    ("    # 'https://www.lazada.vn/products/...-i987654321.html',", 'lazada_vn', 'listing', '987654321'),  # nqnguyen812/GenAI_Project_CTAI:lazada_urls.py
    ("    # 'https://www.lazada.co.id/products/super-murah-300ml-dettol-sabun-mandi-cair-anti-bakteri-lasting-fresh-300ml-bottle-i8369824175-s14798968238.html',", 'lazada_id', 'listing', '8369824175'),  # nqnguyen812/GenAI_Project_CTAI:lazada_urls.py
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-tongkat-ali-booster-coffee-i2153308525-s9613509775.html?spm=a2o4l.seller.list.3.48f4243dwVmb5P&mp=1",', 'lazada_ph', 'listing', '2153308525'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-chia-seed-coffee-herbal-appetite-suppressant-i2154396370-s9616990916.html?spm=a2o4l.10450891.0.0.33603158cfpyJN&search=store&mp=3",', 'lazada_ph', 'listing', '2154396370'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-slimming-coffee-i2154306185-s9616463911.html?spm=a2o4l.10450891.0.0.33603158D4nx0J&search=store&mp=3",', 'lazada_ph', 'listing', '2154306185'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-soya-coffee-i2154371856-s9617175975.html?spm=a2o4l.10450891.0.0.33603158TZYcrh&search=store&mp=3",', 'lazada_ph', 'listing', '2154371856'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-rice-coffee-instant-drink-mix-i2157469396-s9634088246.html?search=store&mp=3",', 'lazada_ph', 'listing', '2157469396'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-serpentina-herbal-blend-instant-drink-mix-i2207033928-s9922347998.html?spm=a2o4l.10450891.0.0.33603158MhYbAv&search=store&mp=3",', 'lazada_ph', 'listing', '2207033928'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-purple-corn-coffee-herbal-drink-mix-i2206769245-s9920420751.html?spm=a2o4l.10450891.0.0.33603158xYKwac&search=store&mp=3",', 'lazada_ph', 'listing', '2206769245'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-mangosteen-and-moringa-coffee-instant-coffee-mix-i2206702695-s9920491874.html?spm=a2o4l.seller.list.3.3ae9243d5MrTBe&mp=1",', 'lazada_ph', 'listing', '2206702695'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-mangosteen-guyabano-coffee-instant-coffee-mix-i2206805031-s9921897554.html?spm=a2o4l.seller.list.17.3ae9243dXngmq9&mp=1",', 'lazada_ph', 'listing', '2206805031'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-insulin-coffee-herbal-drink-instant-mix-i2206738374-s9920291721.html?spm=a2o4l.seller.list.23.3ae9243dHaNTZO&mp=1",', 'lazada_ph', 'listing', '2206738374'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-green-coffee-herbal-dietary-drink-i2206957700-s9922108345.html?spm=a2o4l.seller.list.15.3ae9243djH1nuU&mp=1",', 'lazada_ph', 'listing', '2206957700'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-coffee-glutathione-coffee-i2206769268-s9920492676.html?spm=a2o4l.seller.list.11.3ae9243dDYFffl&mp=1",', 'lazada_ph', 'listing', '2206769268'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-collagen-coffee-herbal-drink-mix-i2157270386-s9633133346.html?spm=a2o4l.seller.list.49.5035243dWQZ4QI&mp=1",', 'lazada_ph', 'listing', '2157270386'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-choco-healthy-drink-instant-drink-mix-i2157525778-s9634800476.html?spm=a2o4l.10450891.0.0.33603158r2I8r3&search=store&mp=3",', 'lazada_ph', 'listing', '2157525778'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-cafe-de-emperor-herbal-blend-instant-drink-mix-i2157606237-s9634716304.html?spm=a2o4l.searchlist.list.5.56b55474wsvMzH&search=1",', 'lazada_ph', 'listing', '2157606237'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-advance-coffee-instant-drink-mix-i2206768216-s9920338731.html?spm=a2o4l.seller.list.1.3ae9243d0vXn6e&mp=1",', 'lazada_ph', 'listing', '2206768216'),  # prgrmmrthz/gsv3:productsList.json
    ('            "link": "https://www.lazada.com.ph/products/golden-seed-10-in-1-premium-coffee-drink-mix-i2157453403-s9634093089.html?spm=a2o4l.seller.list.7.3ae9243dilzKff&mp=1",', 'lazada_ph', 'listing', '2157453403'),  # prgrmmrthz/gsv3:productsList.json
    ('  "sourceUrl": "https://detail.1688.com/offer/123.html",', None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:PRODUCT_SERVER_SPEC.md
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_owner_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ('      sourceUrl: `https://detail.1688.com/offer/e2e_owned_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_claim_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_assign_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_isolate_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_del_iso_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/multi-user.spec.js
    ("      sourceUrl: 'https://e2e-test.1688.com/mock-product-' + Date.now(),", None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:e2e/products.spec.js
    ('        sourceUrl: `https://detail.1688.com/offer/e2e_test_${Date.now()}.html`,', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/products.spec.js
    ('    const url = `https://detail.1688.com/offer/e2e_dup_${Date.now()}.html`;', None, 'missing-id', None),  # LuQuanLong0806/1688-extension:e2e/products.spec.js
    ("    source_url: 'https://detail.1688.com/offer/100.html',", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/backfill-path.test.js
    ("    insertTestProduct({ custom_category: '模具', manual_category: '', source_url: 'https://detail.1688.com/offer/101.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/backfill-path.test.js
    ("    insertTestProduct({ custom_category: '模具', manual_category: '', source_url: 'https://detail.1688.com/offer/102.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/backfill-path.test.js
    ("    insertTestProduct({ custom_category: '玩具', manual_category: '', source_url: 'https://detail.1688.com/offer/102.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/backfill-path.test.js
    ("    source_url: 'https://detail.1688.com/offer/' + Math.floor(Math.random() * 999999) + '.html',", None, 'missing-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/multi-user-integration.test.js
    ("    source_url: 'https://detail.1688.com/offer/123.html',", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/permission-checks.test.js
    ("    source_url: 'https://detail.1688.com/offer/999.html',", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("    insertProduct({ source_url: 'https://detail.1688.com/offer/888.html', owner: 'suyu' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("    insertProduct({ source_url: 'https://detail.1688.com/offer/777.html', owner: 'bob' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("    insertProduct({ source_url: 'https://detail.1688.com/offer/666.html', owner: 'alice' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("    insertProduct({ source_url: 'https://detail.1688.com/offer/555.html', owner: '' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("    insertProduct({ source_url: 'https://detail.1688.com/offer/444.html', owner: 'alice' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/product-check-owner.test.js
    ("      insertTestProduct({ status: 1, source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      insertTestProduct({ deleted: 1, source_url: 'https://detail.1688.com/offer/789.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      insertTestProduct({ title: '垃圾袋加厚', source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      insertTestProduct({ custom_category: '厨房工具', source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      insertTestProduct({ custom_category: '清洁工具', source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      insertTestProduct({ status: 0, source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ("      const row2 = insertTestProduct({ source_url: 'https://detail.1688.com/offer/456.html' });", None, 'malformed-id', None),  # LuQuanLong0806/1688-extension:server/__tests__/routes/products.test.js
    ('    dbRun(cloudDb, "INSERT INTO products (uid, source_url, title) VALUES (\'u2\', \'https://detail.1688.com/offer2.html\', \'牙刷\')");', None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:server/__tests__/unit/sync.test.js
    ("      'u1', 'https://detail.1688.com/offer1.html',", None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:server/__tests__/unit/sync.test.js
    ("      'uNew', 'https://detail.1688.com/offer-new.html',", None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:server/__tests__/unit/sync.test.js
    ("    expect(cloudRow.source_url).toBe('https://detail.1688.com/offer-new.html');", None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:server/__tests__/unit/sync.test.js
    ("      '', 'https://detail.1688.com/offer1.html',", None, 'not-a-listing', None),  # LuQuanLong0806/1688-extension:server/__tests__/unit/sync.test.js
    ('    // https://detail.1688.com / https://www.dianxiaomi.com 等电商页面跨域调用', None, 'not-a-url', None),  # LuQuanLong0806/1688-extension:server/server.js
    ("  http.get(url, { headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36', 'Referer': 'https://detail.1688.com/' } }, function (upstream) {", None, 'missing-id', None),  # LuQuanLong0806/1688-extension:server/server.js
    ('        "https://www.goofish.com/item?id=995598771021",', 'taobao', 'listing', '995598771021'),  # github-index:21980967878
    ("        url = f'https://www.goofish.com/item?id={itemId}'", None, 'malformed-id', None),  # github-index:42514055813
    ('      \'<div><a href="https://www.goofish.com/item?id=1060593587010"><img src="https://gw.alicdn.com/item.jpg" alt="Raf Simons Runner">Raf Simons Runner CN¥ 988 size 42</a></div>\',', 'taobao', 'listing', '1060593587010'),  # github-index:62325325028
    ('- [Goofish item URL format](https://www.goofish.com/item?id={item_id}&categoryId={category_id}) <br>', None, 'malformed-id', None),  # github-index:60899301848
    ('- [Goofish home page](https://www.goofish.com/) <br>', None, 'not-a-listing', None),  # github-index:60899301848
    ("    window.open('https://h5.m.goofish.com/item?forceFlush=1&id=919136867258&ut_sk=1.ZK1cY5c8vMgDADyNPjuw0sjp_21407387_1748346738023.copy.detail.919136867258.2200699006720', '_blank');", 'taobao', 'listing', '919136867258'),  # github-index:5018838293
    ('        post_click_url="https://www.goofish.com/item?id=item-1&categoryId=&spm=a21ybx.publish.0.0",', None, 'malformed-id', None),  # github-index:56673377768
    ('    m_product_detail_url_prefix = "http://detail.m.tmall.hk/item.htm?id="', None, 'missing-id', None),  # github-index:6769470558
    ('    tmall_fp_url_suffix = ".tmall.hk/search.htm"', None, 'not-a-url', None),  # github-index:6769470558
    ("  ReviewAssistantAdapters.productId('https://detail.tmall.hk/item.htm?id=7654321'),", 'tmall_global', 'listing', '7654321'),  # github-index:66293105675
    ('| `detail.tmall.com` | `https://detail.tmall.com/item.htm?itemId=` | Standard Tmall detail |', None, 'missing-id', None),  # github-index:54638740260; urls54: a host in backticks is a host name only (was missing-id); realurls44: the link with its scheme after it is the line's link, read (was not-a-url)
    ("      'm.intl.taobao.com/detail|item.taobao.com/item|a.m.taobao.com/|detail.m.tmall.com/item|tmall.hk/item.htm?id|detail.tmall.com/item|m.1688.com/offer|detail.m.1688.com/|dj.1688.com/ci_bb',", None, 'not-a-listing', None),  # github-index:41073192859
    ("    targetUrl: 'https://www.tmall.com/',", None, 'not-a-listing', None),  # github-index:41073192859
    ('\t\t\t\t\t\t\turl.indexOf("//detail.tmall.hk/item.htm") > 0', None, 'missing-id', None),  # github-index:17534220031
    ('\t\t\t\t\t\t\turl.indexOf("//world.tmall.com") > 0 ||', None, 'not-a-listing', None),  # github-index:17534220031
    ("            goods_url = 'https://detail.tmall.hk/item.htm?id=' + str(goods_id)", None, 'missing-id', None),  # github-index:30233517886
    ('\t\t\tcatalogName = productURL.replace("https://www.lazada.co.th/products/", "").replace(sku.replace("_TH-", "-s"), "").replace(".html", "").replace(brandName.replace(" ", "-").toLowerCase(), "");', None, 'missing-id', None),  # github-index:9164129887
    ("      offer_url: 'https://detail.1688.com/offer/900000000010.html',", '1688', 'listing', '900000000010'),  # github-index:55714349936
    ('//await getDataFromAli1688("https://detail.1688.com/offer/769199890261.html");', '1688', 'listing', '769199890261'),  # github-index:22480481
    ('//await getDataFromTaobao("https://item.taobao.com/item.htm?id=772459929808");', 'taobao', 'listing', '772459929808'),  # github-index:22480481
    ('                "https://detail.1688.com/offer/681296637536.html",', '1688', 'listing', '681296637536'),  # github-index:31297136771
    ("  sourceUrl:'https://detail.1688.com/offer/999860531975.html',", '1688', 'listing', '999860531975'),  # github-index:71600439836
    ('    dict(title="不锈钢沥水篮23cm加厚厨房滤水篮", url="https://detail.1688.com/offer/710000000001.html",', '1688', 'listing', '710000000001'),  # github-index:69141355346
    ('    if (url.indexOf("https://detail.1688.com/offer/") != -1) {', None, 'missing-id', None),  # github-index:53105192876
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


@pytest.mark.parametrize(
    "text", [FIXED[i][0] for i in (0, 1, 2, 3, 4, 12)]
)  # urls54: 11 is a host name only
def test_a_marketplaces_own_host_is_no_store(text: str) -> None:
    """Fixes 1 and 2: the refusal says the host is the marketplace's own site, and suggests no
    store of it."""
    result = thrice(text)
    assert result.code == "not-a-listing"  # type: ignore[attr-defined]
    assert "own service or channel site" in result.reason  # type: ignore[attr-defined]
    assert result.suggestion is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [FIXED[i][0] for i in (5, 6, 7, 8)])
def test_a_channel_page_is_no_page_of_a_store(text: str) -> None:
    """Fix 1: a page of Taobao's own channel is not "a page of the store" of that host."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert "page of the store" not in reason, reason
