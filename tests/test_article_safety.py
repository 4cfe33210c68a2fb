"""Article text is never lost to where it stands (sentences written for these tests).

Each row puts a line of the article where a rule that goes by position or a
loose shape would take it — above a stamp, under the article's end, inside a
list, right after the page's header, a phrase a widget also uses — and checks
that the report keeps it. Rules that know the form of a line (a credit line, a
copyright notice, a photographer's credit) may remove prose; the others may
not (``aidparse.article.prose``).
"""

from __future__ import annotations

import pytest

import aidparse
from aidparse.article.page import SPECIFIC_RULES
from aidparse.article.prose import reads_as_prose
from aidparse.article.trace import tracing

S1 = "今年以来，援疆工作取得新进展，各项目有序推进，受援地群众生活明显改善。"
S2 = "据了解，该项目总投资2.3亿元，建成后将惠及当地群众5000余人。"
T = "援疆干部深入基层开展调研"
ST = "2023-10-24 来源：天山网"
#: A poem's lines: short ones, and sentences between them.
POEM = "\n".join(["你从黄浦江畔走来", "带着江南的烟雨", "走进帕米尔高原", "风很大", "你说，这里就是我的第二故乡。",
                  "雪很厚", "你说，孩子们的眼睛比星星还亮。", "路很长", "你说，再远的路也要走到每一户人家。", "夜很静",
                  "你说，灯下的教案还没有写完。", "天很蓝", "你说，这是我见过最干净的天空。", "树很高",
                  "你说，我们种下的树会比我们站得久。", "歌很长", "你说，十二木卡姆唱的是这片土地。", "梦很近",
                  "你说，明年春天还要回来。", "月很圆", "你说，故乡和这里是同一轮月亮。", "心很暖"])

# (page, the line of the article that must stay)
PAGES = [
    # (review23) a short headline over a caption tagged 图说 and a stamp stays; a wire's dateline alone on
    # its line is a news outlet's (a hard-wrapped sentence broken after 电 is kept)
    pytest.param(f"援疆医生的一天\n图说：援疆医生在病房查房 记者 王晓 摄\n{ST}\n{S1}", "援疆医生的一天",
                 id="a-short-headline-over-a-tagged-caption"),
    pytest.param(f"{ST}\n{S1}\n今年以来供电改造持续推进，喀什地区供电公司10月15日电\n网改造完成，惠及群众3万人。",
                 "喀什地区供电公司10月15日电", id="a-sentence-broken-after-dian"),
    # (review22) a headline ending in 欢迎您, no stamp; a sentence that names a script's call
    pytest.param(f"援疆十年再出发，新疆人民欢迎您\n{S1}\n{S2}", "援疆十年再出发，新疆人民欢迎您", id="a-headline-of-welcome"),
    pytest.param(f"{T}\n{ST}\n{S1}\n有人问他懂不懂什么是gtag()这样的网页代码，他笑着说自己只会教大家点按钮。\n{S2}",
                 "有人问他懂不懂什么是gtag()这样的网页代码，他笑着说自己只会教大家点按钮。", id="a-sentence-naming-a-script-call"),
    # a place's words in a poem's line under a heading: no byline
    pytest.param(f"援疆故事\n天山雪\n{S1}", "天山雪", id="a-poem-line-under-a-heading"),
    # (review19) a kicker that opens with a place and a colon, over a title and its deck
    pytest.param(f"北京：十年接力种出甜蜜产业\n北京援疆医生扎根和田十年\n——记第十批援疆医疗队队长王晓\n{ST}\n{S1}",
                 "北京：十年接力种出甜蜜产业", id="a-kicker-opening-with-a-place"),
    # (review19) the article's first paragraph on the template's label line
    pytest.param("1.媒體來源: 聯合報\n2.記者署名: 記者王曉\n3.完整新聞標題: 援疆醫生駐南疆縣城\n"
                 f"4.完整新聞內文: {S1}\n{S2}", S1, id="first-paragraph-on-a-template-label-line"),
    # (review18) the aid's sectors, a list of universities set apart by spaces: no menu
    pytest.param(f"{T}\n{ST}\n{S1}\n产业 教育 医疗 就业 人才 文化\n{S2}", "产业 教育 医疗 就业 人才 文化",
                 id="sectors-set-apart-by-spaces"),
    pytest.param(f"{T}\n{ST}\n{S1}\n喀什大学 新疆大学 塔里木大学 昌吉学院 伊犁师范大学\n{S2}",
                 "喀什大学 新疆大学 塔里木大学 昌吉学院 伊犁师范大学", id="universities-set-apart-by-spaces"),
    pytest.param(f"{T}\n{ST}\n{S1}\n援疆医疗队于今年三月抵达和田。（中新社）\n{S2}",
                 "援疆医疗队于今年三月抵达和田。（中新社）", id="a-paragraph-credited-to-a-wire"),
    # the kicker (引题) over a title and its deck is a line of the article
    pytest.param(f"首页 | 时政 | 国际\n从“一棵树”到“一条链”\n十年接力，两地种出甜蜜产业\n——北京援疆助力和田核桃走出深山\n"
                 f"{ST}\n{S1}", "从“一棵树”到“一条链”", id="a-kicker-over-a-title-and-its-deck"),
    # a poem's short lines between its headings are no bylines (路很长: 很 is in no name; 天山雪: a place's word)
    pytest.param(f"{T}\n{ST}\n{S1}\n一、产业援疆结硕果\n路很长\n二、教育援疆育新人\n{S2}", "路很长",
                 id="a-poem-line-between-headings"),
    pytest.param(f"{T}\n{ST}\n{S1}\n一、产业援疆结硕果\n天山雪\n二、教育援疆育新人\n{S2}", "天山雪",
                 id="a-place-led-poem-line-between-headings"),
    # an event's time beside its place in a notice's text is the event's, not the page's stamp
    pytest.param(f"{T}\n{ST}\n{S1}\n活动安排\n时间：2021年6月8日\n地点：喀什市人民广场\n{S2}", "时间：2021年6月8日",
                 id="an-events-time-beside-its-place"),
    pytest.param(f"{T}\n{ST}\n{S1}\n时间：2021年6月8日\n参加对象：各援疆工作队\n{S2}", "时间：2021年6月8日",
                 id="an-events-time-beside-who-attends"),
    pytest.param(f"{T}\n{ST}\n{S1}\n时间：2021年6月8日\n地址：喀什市人民路1号\n{S2}", "时间：2021年6月8日",
                 id="an-events-time-beside-its-address"),
    # (review of 2026-12-07) a list of figures marked by arrows is the article's
    pytest.param(f"{T}\n{ST}\n{S1}\n主要指标：\n↑ 农民人均收入突破2万元\n↑ 接待游客超过300万人次\n{S2}",
                 "↑ 农民人均收入突破2万元", id="a-list-marked-by-arrows"),
    # (review of 2026-12-07) a line of a list under a role's word, a first sentence of congratulations
    pytest.param(f"{T}\n{ST}\n{S1}\n高效节水 田块整理\n{S2}", "高效节水 田块整理", id="a-list-line-ending-with-zhengli"),
    pytest.param(f"{T}\n{ST}\n热烈祝贺！我县3名援疆干部获评全国先进个人。\n{S2}", "热烈祝贺！我县3名援疆干部获评全国先进个人。",
                 id="a-sentence-of-congratulations"),
    # (review of 2026-12-07) a poem's short lines between shorter ones are no menu's taglines, even
    # with a related headline and its stamp under the poem
    pytest.param(f"致援疆的你\n文/王晓\n{POEM}\n相关阅读\n援疆干部王晓：把青春写在天山南北的大地上\n"
                 "2021-05-08 10:32 来源：天山网", "带着江南的烟雨", id="a-poem-is-no-menu"),
    pytest.param(f"{T}\n发布时间：2021-05-08 10:32\n{S1}\n活动安排\n时间：18-03-08\n地点：喀什市人民广场\n{S2}",
                 "时间：18-03-08", id="an-events-date-with-a-short-year"),
    # prose above the first stamp: the page starts inside the article, nothing above it is the header
    pytest.param(f"{S1}\n2021-05-08 来源：天山网\n{S2}", S1, id="prose-above-a-stamp"),
    pytest.param(f"首页 | 新闻 | 专题\n援疆情深\n{S1}\n2021-05-08 来源：天山网\n{S2}", S1,
                 id="prose-under-links-above-a-stamp"),
    # (review of 2026-12-07) a sentence that forbids using something is no reprint notice
    pytest.param(f"{T}\n{ST}\n{S1}\n各单位非经允许不得使用援疆车辆。\n{S2}", "各单位非经允许不得使用援疆车辆。",
                 id="a-rule-of-use-is-no-reprint-notice"),
    pytest.param(f"{T}\n{ST}\n{S1}\n援疆项目资金实行专户管理，未经同意不得擅自使用。\n{S2}",
                 "援疆项目资金实行专户管理，未经同意不得擅自使用。", id="a-rule-of-funds-is-no-reprint-notice"),
    # a catalogue's label alone in a notice's text is the notice's
    pytest.param(f"{T}\n{ST}\n各县市：\n一、服务对象\n服务对象：在喀什工作的援疆干部人才\n{S1}",
                 "服务对象：在喀什工作的援疆干部人才", id="a-catalogue-label-alone-in-a-notice"),
    pytest.param(f"{T}\n{ST}\n{S1}\n文号：新政发〔2021〕12号\n{S2}", "文号：新政发〔2021〕12号",
                 id="a-document-number-in-a-notice"),
    # a slogan set apart by spaces over a stamp is the headline, not a bar of links
    pytest.param(f"首页\n石榴花开 籽籽同心 民族团结 一家亲 共建美好家园\n{ST}\n{S1}",
                 "石榴花开 籽籽同心 民族团结 一家亲 共建美好家园", id="a-slogan-headline-set-apart-by-spaces"),
    # a phrase-per-line opening with 关注 in it: no account's card
    pytest.param(f"{T}\n他们\n关注\n民生\n{S1}", "关注", id="follow-as-a-word-of-a-phrase-per-line-text"),
    pytest.param(f"援疆干部\n关注\n民生冷暖\n{S1}", "援疆干部", id="a-phrase-over-follow-is-no-account"),
    # the article's numbered headings and sentences above another page's breadcrumb are no ticker
    pytest.param(f"二、主要做法\n{S1}\n（一）强化组织保障\n{S2}\n当前位置：首页 > 援疆动态\n喀什新建学校三所投入使用\n"
                 f"{ST}\n{S1}", "（一）强化组织保障", id="numbered-headings-above-a-breadcrumb"),
    # bulleted sentences are the article's, not a list of other headlines
    pytest.param(f"工作亮点：\n● {S1}\n● {S2}\n下一步工作计划\n2021年5月8日\n{S1}", "工作亮点：",
                 id="bulleted-sentences-above-a-heading-and-a-date"),
    # words set apart by spaces, some of them roles' names, are no credit line
    pytest.param(f"{T}\n{ST}\n{S1}\n排版 设计 校对 印刷\n{S2}", "排版 设计 校对 印刷", id="words-like-labels-set-apart"),
    pytest.param(f"{T}\n{ST}\n{S1}\n发布：招聘公告\n{S2}", "发布：招聘公告", id="publish-and-a-phrase"),
    # 广告 alone inside the article's text (a poem's word)
    pytest.param(f"{T}\n{ST}\n{S1}\n天山脚下\n广告\n牌上写着援疆\n{S2}", "广告", id="an-ad-word-in-a-poem"),
    # a headline between a column's kicker (栏目·系列) and its deck, over a stamp: the kicker is no
    # other headline ending a list, and the deck is not placed over the headline
    pytest.param(f"新疆网\n首页 要闻 援疆 民生 视频\n援疆纪实·天山南北话振兴\n和田有了一支“北京医疗队”\n"
                 f"北京医疗援疆二十年：从“坐诊”到“带教”\n作者：北京日报 李明 2024-06-03 08:30\n{S1}\n{S2}",
                 "和田有了一支“北京医疗队”", id="a-headline-between-a-kicker-and-its-deck"),
    pytest.param(f"聚焦·援疆一线的奋斗者\n哈密戈壁滩上种出了“天津瓜”\n津哈产业合作再添新项目：年产值将超亿元\n{ST}\n{S1}\n"
                 f"{S2}", "哈密戈壁滩上种出了“天津瓜”", id="a-headline-between-a-dotted-kicker-and-its-deck"),
    # a self-media post's stamp: a relative day, a clock and where it was sent from (no headline)
    pytest.param(f"网易\n首页 新闻 体育 财经 娱乐 科技\n江苏援疆“苏克情”：克州杏子坐上“苏字号”专列\n苏克援疆\n"
                 f"前天 09:45 发布于：江苏省\n转自：新华日报\n{S1}\n{S2}",
                 "江苏援疆“苏克情”：克州杏子坐上“苏字号”专列", id="a-post-stamp-with-its-place-over-a-credit"),
    pytest.param(f"广东援疆医生走进喀什乡村义诊\n粤疆同心\n昨天 16:02 IP属地：广东\n来源：南方日报\n{S1}\n{S2}",
                 "广东援疆医生走进喀什乡村义诊", id="a-post-stamp-with-its-ip-place-over-a-credit"),
    # (second review of 2026-12-07) a credit line with labels set apart by spaces keeps the headline
    pytest.param(f"{T}\n作者 王晓 李明 来源 新疆日报\n{S1}", T, id="a-headline-over-a-spaced-credit-line"),
    # sentences that open an app or welcome someone are no calls
    pytest.param(f"{T}\n{ST}\n牧民们打开手机，查看更多农产品的市场行情，再决定何时出售。\n{S2}",
                 "牧民们打开手机，查看更多农产品的市场行情，再决定何时出售。", id="opening-an-app-in-a-sentence"),
    pytest.param(f"{T}\n{ST}\n县委书记表示，欢迎关注新疆、热爱新疆的各界人士来喀什投资兴业。\n{S2}",
                 "县委书记表示，欢迎关注新疆、热爱新疆的各界人士来喀什投资兴业。", id="a-welcome-in-a-sentence"),
    # (third review of 2026-12-07) a message board's label in a sentence of the article
    pytest.param(f"{T}\n{ST}\n{S1}\n满意度：群众对义诊活动非常满意，纷纷点赞。\n{S2}",
                 "满意度：群众对义诊活动非常满意，纷纷点赞。", id="satisfaction-in-a-sentence"),
    # a sentence citing a paper on a journal's page
    pytest.param("对口援疆政策的实施效果研究\n作者：王晓 李明\n作者单位：新疆大学\n刊名：新疆社会科学\n"
                 f"摘要：{S1}\n本文参考了刘明.西部开发. 2015,(02)\n{S2}", "本文参考了刘明.西部开发. 2015,(02)",
                 id="a-citation-in-a-sentence"),
    # (fourth review of 2026-12-07) headlines that end as organisations' names do
    pytest.param(f"援疆医疗再添新平台\n{ST}\n{S1}", "援疆医疗再添新平台", id="a-headline-ending-in-a-platform"),
    pytest.param(f"喀什新建援疆远程会诊中心\n2023-10-24 10:00\n{S1}", "喀什新建援疆远程会诊中心",
                 id="a-headline-ending-in-a-centre"),
    # a notice signed by a bureau
    pytest.param(f"关于做好援疆干部轮换工作的通知\n{ST}\n各有关单位：\n{S1}\n{S2}\n喀什地区教育局\n2021年4月2日",
                 "2021年4月2日", id="a-notice-signed-by-a-bureau"),
    # 广告 in a poem with no prose
    pytest.param(f"天山谣\n{ST}\n雪山高\n广告\n牌子亮\n援疆情\n深又长", "广告", id="an-ad-word-in-a-poem-only-page"),
    # a notice's signature: the office, then the date it was signed
    pytest.param(f"{T}\n{ST}\n{S1}\n{S2}\n墨玉县发展和改革委员会\n2021年4月2日", "2021年4月2日",
                 id="a-notices-signature-date"),
    pytest.param(f"{T}\n{ST}\n{S1}\n联系电话：0903-6512345\n墨玉县发展和改革委员会\n二〇二一年四月二日", "二〇二一年四月二日",
                 id="a-notices-signature-date-under-its-contact"),
    # the article's text, then another page's breadcrumb, headline and stamp: the text stays
    pytest.param(f"{S1}\n{S2}\n首页 > 新闻 > 正文\n{T}\n2021-05-08 来源：天山网\n{S2}", S1,
                 id="prose-above-a-breadcrumb-and-a-stamp"),
    # a poem's short lines, then a credit: they are not a header of links
    pytest.param("天山雪莲开\n戈壁绿洲长\n援疆儿女情\n万里共一乡\n" + "\n".join(f"第{i}行诗句在此" for i in range(20))
                 + "\n来源：新疆日报 2021-05-08", "援疆儿女情", id="poem-over-a-deep-stamp"),
    # the article goes on after a line that ends articles elsewhere
    pytest.param(f"{T}\n{S1}\n{S2}\n责任编辑：王晓\n民生援疆实现新进展\n{S1}", "民生援疆实现新进展",
                 id="heading-after-an-editors-line"),
    pytest.param(f"{T}\n{S1}\n（完）\n{S2}", S2, id="prose-after-an-end-mark"),
    # a list's header, then the article's text
    pytest.param(f"{T}\n{S1}\n相关链接：\n{S2}", S2, id="prose-after-a-list-header"),
    # phrases widgets and notices use, in sentences of the article
    pytest.param(f"{T}\n援疆干部每天给家人发短信，讲述在边疆的工作和生活。\n{S1}",
                 "援疆干部每天给家人发短信，讲述在边疆的工作和生活。", id="sms-in-the-first-paragraph"),
    pytest.param(f"{T}\n{S1}\n群众可下载“新疆政务服务”APP办理社保、医保等业务，不用再来回跑腿了。",
                 "群众可下载“新疆政务服务”APP办理社保、医保等业务，不用再来回跑腿了。", id="download-the-app"),
    pytest.param(f"{T}\n{S1}\n未经授权擅自使用他人商标的行为将依法查处。", "未经授权擅自使用他人商标的行为将依法查处。",
                 id="without-authorisation"),
    pytest.param(f"{T}\n{S1}\n新项目正在加载调试中。", "新项目正在加载调试中。", id="loading"),
    pytest.param(f"{T}\n{S1}\n欢迎来到美丽的喀什，这里是古丝绸之路上的明珠，处处是风景。",
                 "欢迎来到美丽的喀什，这里是古丝绸之路上的明珠，处处是风景。", id="welcome-to"),
    pytest.param(f"{T}\n{S1}\n分享经验，共同进步。", "分享经验，共同进步。", id="share-as-a-verb"),
    pytest.param(f"{T}\n{S1}\n群众登录后即可查询。", "群众登录后即可查询。", id="log-in-as-a-verb"),
    # a sentence with a position marker is kept (a caption without its credit reads as prose)
    pytest.param(f"{T}\n{S1}\n援疆干部张三（左二）在田间查看棉花长势，与农户交流种植经验。",
                 "援疆干部张三（左二）在田间查看棉花长势，与农户交流种植经验。", id="position-marker-in-a-sentence"),
    # the last line of a page cut off inside a sentence
    pytest.param(f"{T}\n2021-05-08 来源：天山网\n{S1}\n\n\n\n“我们种植的东", "“我们种植的东", id="cut-off-last-line"),
    # a heading with an extra blank line above it, as pages set them (a caption has a picture's space)
    pytest.param(f"{T}\n\n{S1}\n\n\n民生援疆实现新进展\n\n{S2}", "民生援疆实现新进展", id="heading-set-apart"),
    # a list of places in the article, spaced like a bar of links
    pytest.param(f"{T}\n{S1}\n喀什 和田 阿克苏 克州 伊犁\n{S2}", "喀什 和田 阿克苏 克州 伊犁", id="places-spaced"),
    # a fresh reviewer's cases: sentences and headings that shapes of furniture or credits match
    pytest.param(f"喀什警方查获老虎机二十余台\n{ST}\n近日，喀什市公安局查获一起利用老虎机赌博的案件。\n"
                 "警方提醒，电子游艺厅内注册就送彩金的宣传多为诈骗。", "警方提醒，电子游艺厅内注册就送彩金的宣传多为诈骗。",
                 id="a-news-sentence-about-gambling"),
    pytest.param(f"喀什迎来今冬首场降雪 气温降至-10～-3℃\n{ST}\n{S1}", "喀什迎来今冬首场降雪 气温降至-10～-3℃",
                 id="a-headline-about-the-weather"),
    pytest.param(f"{T}\n{ST}\n{S1}\n云南援疆专家指导温度控制在18～25℃\n{S2}", "云南援疆专家指导温度控制在18～25℃",
                 id="a-heading-with-temperatures"),
    pytest.param(f"{T}\n{ST}\n{S1}\n江苏援疆前方指挥部 扎实推进\n{S2}", "江苏援疆前方指挥部 扎实推进",
                 id="a-heading-naming-a-team-and-a-phrase"),
    pytest.param(f"{T}\n{ST}\n会议表彰了一批先进个人。\n（王晓、李明、张华）\n会议强调，要进一步做好援疆工作。",
                 "（王晓、李明、张华）", id="names-in-brackets-inside-the-article"),
    pytest.param(f"{T}\n{ST}\n{S1}名单如下。\n（王晓、李明、张华）", "（王晓、李明、张华）", id="names-after-a-list-cue"),
    pytest.param(f"{T}\n{S1}参会单位如下。\n（高新区管委会）\n{S2}", "（高新区管委会）", id="an-organisation-in-brackets"),
    pytest.param(f"{T}\n{ST}\n{S1}\n产值增长路径：种植 > 加工 > 销售，形成完整产业链\n{S2}",
                 "产值增长路径：种植 > 加工 > 销售，形成完整产业链", id="a-process-with-arrows"),
    pytest.param(f"{T}\n{ST}\n{S1}\n活动安排\n时间：10月12日\n地点：喀什市人民广场\n{S2}", "时间：10月12日",
                 id="an-events-date-without-the-year"),
    pytest.param(f"{T}\n{ST}\n{S1}\n时间：10时30分\n地点：喀什市人民广场\n{S2}", "时间：10时30分",
                 id="an-events-time"),
    pytest.param(f"团结，奋斗，创新，奉献，援疆\n{ST}\n{S1}", "团结，奋斗，创新，奉献，援疆", id="a-slogan-headline"),
    # a third reviewer's cases: a list of names, numbered notes, a fund's line, a unit in brackets
    pytest.param(f"第十批援疆干部名单公示\n{ST}\n王晓，李明，张华，刘洋\n以上同志拟选派为援疆干部。",
                 "王晓，李明，张华，刘洋", id="a-list-of-names-under-the-stamp"),
    pytest.param("优秀援疆干部人才名单\n王晓，李明，张华，刘洋\n王芳，陈静，赵磊", "王芳，陈静，赵磊",
                 id="a-page-of-names"),
    pytest.param(f"{T}\n{ST}\n{S1}\n（1.新疆大学和石河子大学共建的实验室已投入使用，2.喀什大学新校区开工）",
                 "（1.新疆大学和石河子大学共建的实验室已投入使用，2.喀什大学新校区开工）", id="a-numbered-note"),
    pytest.param(f"{T}\n{ST}\n{S1}\n基金项目：援疆资金支持的产业基金项目共8个，总投资3.5亿元。",
                 "基金项目：援疆资金支持的产业基金项目共8个，总投资3.5亿元。", id="a-sentence-about-funds"),
    pytest.param(f"{T}\n{ST}\n{S1}\n【单位】万元\n{S2}", "【单位】万元", id="a-tables-unit-in-brackets"),
    # review15: lists of honourees in the form of an essay's byline (who they are, then a name)
    pytest.param(f"援疆先进个人名单公示\n{ST}\n江苏省援疆干部 王晓\n江苏省援疆干部 李明\n公示期为五个工作日。",
                 "江苏省援疆干部 王晓", id="honourees-under-the-stamp"),
    pytest.param(f"关于表彰优秀援疆干部的决定\n{ST}\n霍城县人民医院援疆医生 王晓\n{S1}",
                 "霍城县人民医院援疆医生 王晓", id="one-honouree-under-a-headline-that-announces-a-list"),
    pytest.param(f"援疆先进个人名单\n江苏省援疆干部 王晓\n江苏省援疆干部 李明\n{S1}", "江苏省援疆干部 李明",
                 id="honourees-under-the-headline"),
    pytest.param(f"{T}\n{ST}\n会议表彰了一批先进个人，特此表彰。\n江苏省援疆干部 王晓\n江苏省援疆干部 李明",
                 "江苏省援疆干部 王晓", id="honourees-under-the-last-sentence"),
    # review16: an article in Uyghur under a bar of Chinese links; language names as the article's words;
    # a line of honourees credited by their roles; a caption that names its paper
    pytest.param("首页\n新闻\n援疆\n图片\n视频\nياردەم بېرىش كادىرلىرى ئاساسىي قاتلامغا\n2023-10-24 来源：天山网\n"
                 "ياردەم بېرىش كادىرلىرى ئاساسىي قاتلامغا چۆكۈپ تەكشۈرۈش ئېلىپ باردى. ئۇلار دېھقانلارنىڭ ئۆيىگە بېرىپ ئەھۋال ئىگىلىدى.",
                 "ئۇلار دېھقانلارنىڭ ئۆيىگە بېرىپ ئەھۋال ئىگىلىدى.", id="an-article-in-uyghur"),
    pytest.param("ياردەم بېرىش كادىرلىرى\n2023-10-24\n"
                 "يېقىندا قەشقەر ۋىلايىتىدە ياردەم كادىرلىرى سۆھبەت يىغىنى ئېچىلدى، يىغىندا خىزمەت ئورۇنلاشتۇرۇلدى.\n"
                 "版权所有：新疆维吾尔自治区人民政府办公厅 主办单位：自治区人民政府办公厅\n网站标识码：6500000001 新ICP备05000001号\n"
                 "地址：乌鲁木齐市中山路2号\n建议使用1024*768分辨率浏览本网站",
                 "يېقىندا قەشقەر ۋىلايىتىدە ياردەم كادىرلىرى سۆھبەت يىغىنى ئېچىلدى، يىغىندا خىزمەت ئورۇنلاشتۇرۇلدى.",
                 id="an-article-in-uyghur-over-a-chinese-footer"),
    pytest.param(f"{T}\n{ST}\n课程设置\n汉文 维文 哈萨克文\n每周五节课，由援疆教师授课。", "汉文 维文 哈萨克文",
                 id="language-names-in-the-article"),
    pytest.param("关于表彰2023年度援疆宣传工作先进个人的通报\n发布时间：2023-10-24 来源：天山网\n各援疆工作队：\n"
                 f"2023年度援疆宣传先进个人 记者 王晓 通讯员 李明\n{S1}", "2023年度援疆宣传先进个人 记者 王晓 通讯员 李明",
                 id="honourees-credited-by-their-roles"),
    # (eleventh round) a timeline's heading with a date and a summit's code; a line of English in the
    # article with a date
    pytest.param(f"{T}\n{ST}\n{S1}\n2021年6月12日 G7 峰会\n{S2}", "2021年6月12日 G7 峰会", id="a-date-and-a-code"),
    pytest.param(f"{T}\n{ST}\n{S1}\nThe project opened on August 2, 2020 in Kashgar.\n{S2}",
                 "The project opened on August 2", id="an-english-sentence-with-a-date"),
    # (issue 15, furn31) the words of a reader's prompt, a call for tips and an app's slogan in the
    # article's last lines: a view (按我看), a reporter's tip, a poem's line, a heading
    pytest.param(f"{T}\n{ST}\n{S1}\n按我看，援疆工作还要久久为功。", "按我看，援疆工作还要久久为功。",
                 id="in-my-view-closing-the-article"),
    pytest.param(f"{T}\n{ST}\n{S1}\n记者接到市民报料后，第一时间赶到现场。", "记者接到市民报料后", id="a-readers-tip"),
    pytest.param(f"{T}\n{ST}\n{POEM}\n喜欢分享生活的点滴\n你说，这里的人都很热情。", "喜欢分享生活的点滴",
                 id="a-poems-line-of-sharing"),
    pytest.param(f"{T}\n{ST}\n{S1}\n银发族用APP看新闻\n{S2}", "银发族用APP看新闻", id="a-heading-on-an-app"),
]


@pytest.mark.parametrize(("text", "kept"), PAGES)
def test_article_line_is_kept(text: str, kept: str) -> None:
    assert kept in aidparse.parse(text).text


@pytest.mark.parametrize(("text", "kept"), PAGES)
def test_prose_goes_only_by_a_rule_that_knows_its_form(text: str, kept: str) -> None:
    with tracing() as firings:
        aidparse.parse(text)
    removed = [(f.rule, f.line) for f in firings
               if f.rule not in SPECIFIC_RULES and not f.rule.startswith(("guard.", "anchor.", "title.", "lead.",
                                                                          "tail.", "spam.", "heading.", "meta."))
               and reads_as_prose(f.line)]
    assert removed == []


@pytest.mark.xfail(strict=True, reason="a headline shorter than titles over its longer deck: the deck is placed "
                                       "as the headline and the headline goes with the site's header")
def test_a_short_headline_over_its_longer_deck_is_kept() -> None:
    page = f"首页 要闻 援疆\n天津瓜来了\n津哈产业合作再添新项目：年产值将超亿元\n{ST}\n{S1}\n{S2}"
    assert "天津瓜来了" in aidparse.parse(page).text
