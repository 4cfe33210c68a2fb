"""Furniture as a reader sees it: the lines of a page that are not the article.

Each kind of furniture is recognised by the *form* of a whole line, from
tables of the words pages use (navigation links, widget labels, banner and
footer phrases, spam vocabulary) and the shapes they take (a breadcrumb's
separators, a keyword-stuffed SEO header, a letter-spaced motto, a photo
credit at the end of a caption). :func:`furniture_kind` classifies one line
on its own; the page walker (:mod:`aidparse.article.page`) adds what needs
context: lines above a breadcrumb, related-news lists, repeated titles,
galleries.

A body sentence is never furniture by form: the patterns are anchored on the
whole line and bounded in length, and phrase tables only apply to short lines.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

from aidparse._lazy import lazy_regex, regex_escape
from aidparse.article.captions import PICTURE_SOURCES, credits_photographer, picture_credit_line
from aidparse.article.credits import parse_credits
from aidparse.article.labels import AUTHOR_ROLES, COUNTER_LABELS, CREW_LABELS, EDITOR_ROLES, SOURCE_LABELS
from aidparse.article.prose import SENTENCE_MARK, STOP, reads_as_menu
from aidparse.article.words import common_word, government_name, org_name
from aidparse.models.vocab import EditReason

if TYPE_CHECKING:
    from collections.abc import Sequence

    from aidparse.article.layout import Line

__all__ = [
    "account_label",
    "account_name_at",
    "citation_journal",
    "follow_button_at",
    "foreign_words",
    "furniture_kind",
    "furniture_rule",
    "is_ad",
    "is_banner",
    "is_breadcrumb",
    "is_channel_bar",
    "is_dated_item",
    "is_footer_note",
    "is_link_list",
    "is_list_header",
    "is_list_item",
    "is_lunar_day",
    "is_nav_bar",
    "is_paper_record",
    "is_picture",
    "is_platform_label",
    "is_site_menu",
    "is_thread_toolbar",
    "opens_with_site_label",
    "spam_score",
]

#: The link of a forum thread's toolbar to the original poster's posts (只看楼主 | 收藏 | 回复).
THREAD_TOOLBAR_LINKS: Final = ("只看楼主", "只看该作者")
#: A self-media account's follow button (under the account's name, above or under the post's date).
FOLLOW_BUTTONS: Final = ("关注", "+关注", "＋关注", "+ 关注", "已关注", "关注TA", "关注他", "关注她")
#: Link and widget words of navigation bars and article toolbars.
NAV_WORDS: Final = (
    "打印", "关闭", "打印本页", "关闭窗口", "打印此文", "关闭本页", "打印文章", "打印正文", "返回顶部",
    "回到顶部", "返回", "返回首页", "返回列表", "收藏", "加入收藏", "收藏本页", "分享", "点赞", "纠错",
    "我要纠错", "评分", "意见反馈", "顶", "踩", "登录", "注册", "退出", "客服", "设为首页", "网站地图",
    "首页", "主页", "APP下载", "下载APP", "客户端", "手机版", "移动版", "电脑版", "繁体", "简体",
    "繁體", "无障碍", "长者模式", "字体", "字号", "大", "中", "小", "默认", "更多", "详情", ">>详情",
    "详细", "查看详情", "阅读全文", "展开全文", "全文", "推荐", "转发", "评论", "微信", "微博", "QQ",
    "QQ空间", "复制链接", "订阅", "RSS", "English", "English版", "上一页", "下一页", "尾页", "在线投稿",
    "投稿", "联系我们", "关于我们", "搜索", "高级搜索", "视频", "图片", "帮助", "导航", "在看", "阅读原文",
    "返回搜狐", "查看更多", "要闻", "专题", "图集", "直播", "首页推荐", "分享到微信", "分享到微博",
    "回复", "举报", "跟贴", "跟帖", "参与", "发贴", "发帖", "我要评论", "我要反馈", "侵权投诉", "反馈",
    "查看回复", "查看全部评论", "一键登录", "忘记密码", "快速注册", "扫码登录", "新浪微博", "微信好友",
    "朋友圈", "易信", "转繁体版", "繁体版", "简体版", "旧版回顾", "旧版", "新版", "网站导航", "跟帖管理",
    "跟贴管理", "网友评论", "余下全文", "点击进入专题", "进入专题", "返回专题", "选择其他平台", "缩小字体",
    "放大字体", "放大", "缩小", "朗读", "我要分享", "我要收藏", "手机看", "来写文章", "逛社区", "调整字体",
    "打印文稿", "友情链接",
    "我要打印", "打印此页", "关闭此页", "站内搜索", "全站搜索", "无障碍浏览", "RSS订阅", "手机阅读",
    "请输入关键字", "请输入关键词", "搜索一下", "收藏此页", "收藏本文", "查看原文", "上一篇", "下一篇",
    "查看评论", "发表评论", "我要链接", "公司官网", "版权声明", "法律顾问", "广告服务", "隐私政策",
    "招聘信息", "网站声明", "用户协议", "服务条款", "加入我们", "意见建议", "联系方式", "本站声明",
    # a forum's thread (a post copied with its forum's furniture)
    "只看该作者", "只看楼主", "倒序浏览", "阅读模式", "使用道具", "电梯直达", "跳转到指定楼层", "楼主",
    # (沙发, 板凳, 地板: a thread's floors start its replies, article.replies; alone, a table's cells)
    "引用", "发新帖", "回复帖子", "快速回复", "发表回复", "打赏", "私信", "加关注",
    "楼层", "签到", "看贴", "精品", "吧友", "活跃吧友",
    # Taiwan's and Hong Kong's words for the same widgets (列印: print; 字级: the font's size)
    "列印", "友善列印", "字级", "字型", "转寄", "分享此文", "下载APP", "检举",  # (檢舉: 举报)
    "分享到Facebook", "分享到LINE", "分享到Line", "分享到Twitter", "分享到X", "分享到QQ", "分享到微博",
    "看更多", "点击看更多", "订阅电子报", "加入会员", "登入", "登出", "追踪我们", "联络我们", "私隐政策",
    "隐私权政策", "免责声明", "上一则", "下一则", "即时新闻", "热门", "最新",
    # a WeChat article's page around the post (its buttons' and its prompts' words)
    "继续滑动看下一个", "向上滑动看下一个", "轻点两下取消赞", "轻点两下取消在看", "轻触阅读原文", "知道了",
    "小程序", "预览时标签不可点", "使用小程序", "已复制", "用手机看", "在手机上阅读",
    # a site's own accounts and links (官方微博, 广告合作)
    "官方微博", "官方微信", "抖音号", "视频号", "关注我们", "广告合作", "商务合作", "查看专题", "我要报料",
    # share buttons by the platforms' names (Facebook Twitter LINE)
    "Facebook", "Twitter", "LINE", "Line", "Instagram", "YouTube", "Telegram", "WhatsApp", "Threads",
    # an e-paper's issues and a comment box's link
    "上一期", "下一期", "往期", "参与互动",
    # a government portal's badges and modes (the alt texts of its footer's images: 政府网站找错;
    # its modes for the elderly and for screen readers)
    "政府网站找错", "我为政府网站找错", "网站找错", "关怀版", "关怀模式", "适老化", "读屏专用",
    "无障碍阅读", "智能问答",
    # a signed-in reader's menu (个人中心 帐号设置 意见反馈 退出)
    "个人中心", "帐号设置", "账号设置", "账户设置", "我的主页", "消息中心", "我的收藏",
    # follow buttons no sentence prints (a bare 关注 goes only under an account's name)
    *(b for b in FOLLOW_BUTTONS if b != "关注"),
    # a comment box's and a paper database's links (我要留言 我的留言; 在线阅读 下载全文 导出 收藏;
    # Taiwan's 複製連結)
    "留言", "我要留言", "我的留言", "写留言", "发表留言", "写评论", "写评论...", "写评论…", "在线阅读",
    "下载全文", "导出", "复制连结",
)
#: Labels of a line that gives the page's own address or its links (本文链接：http://…, 友情链接：…).
LINK_LABELS: Final = (
    "本文链接", "原文链接", "本文地址", "文章地址", "原文地址", "本文网址", "文章链接", "分享链接",
    "文章网址", "页面地址", "友情链接", "合作媒体",
    "附件下载",  # a CMS's box of the files to download (a notice's own 附件：, 相关附件： list stays)
)
#: Labels of the column or category a page files the article under (所在栏目：援疆动态).
CATEGORY_LABELS: Final = (
    "栏目", "所在栏目", "所属栏目", "分类", "所属分类", "文章分类", "所属频道", "所在频道",
    "信息分类", "新闻分类", "专题", "所属专题",
)
#: Labels that put another article's headline on the line (此前报道：…, 相关报道：…).
RELATED_LABELS: Final = ("此前报道", "相关报道", "延伸阅读", "相关阅读", "推荐阅读", "相关新闻", "相关链接",
                         "相关文章", "往期回顾", "往期链接", "更多报道", "热点推荐",
                         # a list's header with its items run on (猜你喜欢：新疆旅游攻略 新疆十大特产)
                         "猜你喜欢", "为你推荐", "为您推荐", "大家都在看", "热门推荐")
#: Channel names of a portal's menu (新闻 财经 军事 …, seen on the menus of people.cn, qq.com,
#: huanqiu.com, sina, 163 and government portals). A line made of four or more of them (and
#: navigation words), glued or apart, is the menu: 网站首页时政国际财经台湾军事观点 …
CHANNEL_WORDS: Final = (
    "新闻", "要闻", "时政", "国内", "国际", "社会", "财经", "经济", "产经", "金融", "证券", "股票", "基金",
    "理财", "新股", "行情", "军事", "台湾", "台海", "港澳", "观点", "评论", "时评", "理论", "领导", "人事",
    "法治", "科技", "数码", "手机", "通信", "互联网", "体育", "娱乐", "明星", "电影", "音乐", "时尚", "女人",
    "汽车", "房产", "家居", "教育", "留学", "文化", "书画", "读书", "历史", "旅游", "健康", "美食",
    "生活", "星座", "游戏", "动漫", "儿童", "亲子", "育儿", "公益", "彩票", "博客", "论坛", "专栏",
    "资讯", "图片", "视频", "知识产权", "科普", "政务", "党建", "人才", "就业", "招聘", "三农", "环保",
    "能源", "原创", "精品课", "全部频道", "地方", "城市", "外媒", "海外", "国学", "佛学", "智库",
    # a government portal's menu (the columns the State Council's guideline for government sites, 政府
    # 网站发展指引 of 2017, asks for, and those portals print around them; 走进 and 投资 before the place)
    "信息公开", "政务公开", "政府信息公开", "信息发布", "政务服务", "办事服务", "网上办事", "互动交流",
    "政民互动", "公众参与", "解读回应", "政策解读", "政策文件", "政府文件", "通知公告", "工作动态",
    "部门动态", "乡镇动态", "新闻中心", "机构职能", "领导信息", "专题专栏", "在线访谈", "数据开放",
    "数据发布", "规划计划", "民意征集", "领导信箱", "县长信箱", "市长信箱", "书记信箱", "走进", "投资",
    "概况", "县情", "市情",
)
#: Labels of a social-media account's card printed above its post (微信号 / itskingname,
#: 功能介绍 / 聚焦…): each with its value on the same line or the next.
ACCOUNT_LABELS: Final = ("微信号", "功能介绍", "公众号", "微信公众号", "公众号简介", "账号简介", "账号主体",
                         "头条号", "百家号", "企鹅号", "认证信息")
#: Self-media platforms, whose label printed by a name makes the name an account's, not a person's
#: (扬眼 / 企鹅号).
PLATFORM_LABELS: Final = ("企鹅号", "头条号", "百家号", "网易号", "搜狐号", "大鱼号", "澎湃号", "一点号",
                          "公众号", "微信公众号", "视频号")
#: ... those printed with a value (the next line when alone; 头条号 alone is a menu's link) ...
_VALUED_ACCOUNT_LABELS: Final = frozenset(["微信号", "功能介绍", "公众号简介", "账号简介", "账号主体",
                                           "认证信息"])
#: ... and those whose value is the account's id, under its name.
_ACCOUNT_NAME_LABELS: Final = frozenset(["微信号", "公众号", "微信公众号"])
#: Words a counter shows before its number (阅读 1234, 点赞 12).
COUNTER_WORDS: Final = (
    "阅读", "浏览", "点击", "点赞", "评论", "分享", "收藏", "转发", "在看", "赞", "查看", "回复",
    "积分", "帖子", "贴子", "主题", "精华", "威望", "金钱", "贡献", "粉丝", "关注",  # a forum poster's stats
    "下载", "被引",  # a paper's
    "人气", "点阅", "点阅数", "点阅率",  # 人气 2346, 点阅数：1234 (Taiwan's and overseas pages)
    "转载", "喜欢", "留言",  # a blog's toolbar (阅读(235) 评论(3) 收藏(0) 转载(1) 喜欢▼)
)
#: Lines that mark the end of an article or a page's script placeholders.
END_MARKS: Final = ("(完)", "（完）", "【完】", "[完]", "-END-", "END", "—完—", "-完-", "（全文完）",
                     "THE END", "- THE END -", "-THE END-", "—END—", "— END —", "- END -",
                     "全文完", "-全文完-", "- 全文完 -", "—全文完—", "— 全文完 —")
#: What a page shows where a script or player did not run.
PLACEHOLDERS: Final = (
    "视频加载中", "浏览器不支持", "您的浏览器不支持", "请升级浏览器", "JavaScript", "javascript",
    "加载中", "正在加载", "点击播放", "点击查看大图", "点击图片", "查看大图", "图片加载失败",
    "页面未找到", "页面不存在",
    "请使用以下连结观看此页面的HTML 5版本", "请使用以下链接观看此页面的HTML 5版本",  # a player's fallback
)
#: What a list of other headlines is called (…推荐, …文章, …搜索) ...
LIST_NOUNS: Final = (
    "推荐", "阅读", "文章", "新闻", "资讯", "报道", "搜索", "组图", "图片", "视频", "专题", "话题", "评论",
    "排行", "排行榜", "标签", "内容", "精选", "热点", "热文", "好文", "动态", "事件", "列表", "链接",
    "更新", "热门", "图文", "文献",
)
#: ... and the words that qualify it as a list of *other* items (相关…, 为您…, 作者最新…).
LIST_QUALIFIERS: Final = (
    "相关", "热门", "热点", "最新", "最近", "更多", "精彩", "延伸", "推荐", "为您", "为你", "猜你", "相似",
    "你可能", "您可能", "你可能会", "可能感兴趣的", "作者", "小编", "本站", "今日", "往期", "编辑", "热",
    "大家都在看的", "其他", "同类", "看过本文的人还看了", "作者最新", "作者最近", "小编最近", "网友",
    "媒体", "友情", "APP精彩", "此前", "往日", "历史", "本周", "本月", "本日", "一周", "24小时", "48小时",
    "本类", "点击", "最近",
)
#: Lines that introduce a list of other headlines, rankings or comments.
LIST_HEADERS: Final = (
    "推荐阅读", "相关推荐", "随便看看", "网友评论", "相关新闻", "相关阅读", "相关链接", "相关文章",
    "相关报道", "热点推荐", "热门推荐", "猜你喜欢", "延伸阅读", "热门文章", "最新文章", "热点新闻",
    "图片新闻", "更多新闻", "精彩推荐", "今日推荐", "为你推荐", "热门排行", "排行榜", "点击排行",
    "热点排行", "新闻排行", "阅读排行", "热门评论", "最新评论", "专题推荐", "往期回顾", "编辑推荐",
    "今日话题", "热门话题", "最新资讯", "热门资讯", "相关专题", "往期推荐", "精彩回顾", "相关视频",
    "更多精彩", "大家都在看", "热门搜索", "热门标签", "推荐新闻", "新闻推荐", "相关内容", "图说新闻",
    "你可能会喜欢", "你可能喜欢", "您可能喜欢", "你可能也喜欢", "你可能还喜欢", "可能感兴趣", "文章排行",
    "评论排行", "阅读排行榜",
    "文章排行榜", "评论排行榜",
    # Taiwan's and overseas Chinese media's
    "相关报导", "相关节目", "更多相关新闻", "看更多相关讯息",
    # an e-paper's list of the page's other headlines
    "本版标题导航", "标题导航", "本版导航", "本期导读", "版面概览",
)
#: How an institution's or a site's name ends, before its welcome (南昌市第十九中学 欢迎您！).
INSTITUTION_ENDINGS: Final = (
    "中学", "小学", "大学", "学院", "学校", "医院", "网", "网站", "政府", "中心", "集团",
)
#: Phrases of site banners and welcome lines.
BANNER_PHRASES: Final = (
    "欢迎进入", "欢迎访问", "欢迎来到", "欢迎光临", "欢迎您", "网站首页", "本站首页",
)
#: Phrases that open a QR-code, app or report-window line.
QR_PHRASES: Final = (
    "扫一扫", "微信扫一扫", "扫码关注", "扫码下载", "扫描二维码", "手机扫描", "微信扫描", "长按识别",
    "手机看新闻", "不良信息举报", "违法和不良信息", "举报窗口", "举报电话", "举报邮箱", "举报中心",
    "扫码阅读", "手机扫码", "扫码分享", "微信扫码",
)
#: Paywall and read-more phrases.
PAYWALL_PHRASES: Final = (
    "阅读全文", "展开全文", "查看全文", "点击查看全文", "付费阅读", "付费内容", "开通会员", "会员专享",
    # a mirror or a paper database that shows only a part of the text
    "部分内容阅读", "部分内容预览", "全文预览", "免费试读", "试读全文",
    "登录后阅读", "登录后查看", "下载APP阅读", "打开APP阅读", "打开APP", "打开App", "APP内阅读", "App内阅读",
    "APP内查看", "打开客户端",
    # a subscription's wall (订阅联合早报 解锁全部内容)
    "解锁全部内容", "解锁全文", "解锁完整内容", "订阅后阅读", "订阅即可阅读", "订阅后查看",
)
#: Copyright, licence and reprint-notice phrases (a footer line carries one).
COPYRIGHT_PHRASES: Final = (
    "版权所有", "Copyright", "copyright", "COPYRIGHT", "©", "ICP备", "ICP证", "公网安备", "网安备",
    "转载请注明", "转载请保留", "违者必究", "All Rights Reserved", "all rights reserved",
)
#: A reprint notice: 未经授权不得转载, 未经许可严禁转载或使用, 非經授權，不得轉載 (未经授权 alone, or
#: 未经同意不得擅自使用, an article may say).
REPRINT_NOTICE: Final = (r"(?:未|非)经.{0,8}(?:授权|许可|允许|同意).{0,12}(?:不得|禁止|严禁|请勿).{0,6}"
                         r"(?:转载|复制|摘编|镜像|转播|公开播送)")  # (…不得擅自使用 an article may say)
#: A site footer's advice on the browser to read it with (建议使用IE8以上浏览器 1024*768分辨率浏览,
#: 推荐使用谷歌浏览器访问本站): never an article's line.
BROWSER_ADVICE: Final = (r"(?:建议|推荐|最佳).{0,20}"
                         r"(?:分辨率|以上(?:版本)?的?浏览器|浏览器\s*(?:浏览|访问)本(?:站|网))")
#: Labels that open a site-footer line (网站标识码：…): never an article's.
SITE_FOOTER_LABELS: Final = ("技术支持", "版权声明", "免责声明", "网站标识码", "备案号", "网站地图")
#: Labels of a site's footer an article about an event prints too (主办单位：…): furniture only
#: among the last lines of a page.
EVENT_LABELS: Final = ("主办单位", "承办单位", "协办单位", "主办", "承办", "联系电话", "联系我们", "通讯地址")
#: Labels of a contact line (地址：… 邮编：… 电话：…): two of them on a short line make a footer.
CONTACT_LABELS: Final = (
    "地址", "通讯地址", "医院地址", "单位地址", "邮编", "邮政编码", "电话", "联系电话", "急救电话", "传真",
    "邮箱", "电子邮箱", "E-mail", "Email", "email", "网址", "备案号", "投诉电话", "值班电话", "热线",
)
#: Phrases only a disclaimer or a reprint notice uses (仅代表作者个人观点, 不代表本网立场 …).
DISCLAIMER_PHRASES: Final = (
    "仅代表作者", "仅代表该作者", "仅代表个人观点", "仅代表本人观点", "仅供其表达个人看法", "版权归原作者",
    "版权归原作者所有", "如有侵权", "侵删", "请联系删除", "仅提供信息存储服务", "转发请注明", "转载请联系",
    "概不负责", "据此操作风险自担", "不构成投资建议", "不构成实质性投资建议", "相关的政策法规", "文明上网",
    "理性发言", "请自觉遵守", "Powered by", "Powered By", "POWERED BY",
)
#: ... and phrases an article may say too (以上数据仅供参考): a disclaimer only on a short line.
DISCLAIMER_SHORT_PHRASES: Final = ("仅供参考", "来源于网络", "均来自网络", "来自网络", "联系删除")
#: ... and patterns of the same family (不代表本网立场, 并不表明网易立场).
DISCLAIMER_FORMS: Final = (
    r"不代表.{0,12}(?:立场|观点)", r"并不表明.{0,12}立场", r"与本[网站报台].{0,6}无关",
)
#: Labels that open a disclaimer anywhere on the page (免责声明：…).
DISCLAIMER_LABELS: Final = ("免责声明", "特别声明", "版权声明", "声明", "郑重声明")
#: A call to follow, scan or download (扫描下方二维码关注…, 打开…APP, 关注…公众号): its forms.
CALL_FORMS: Final = (
    r"扫描.{0,10}二维码", r"二维码.{0,6}关注",
    r"关注.{0,16}(?:公众号|官方微信|微信号|官方微博|视频号|头条号)",
    r"(?:APP|App|客户端)内(?:阅读|查看|打开)",
    r"长按(?:识别|扫码)", r"点击菜单栏", r"解锁更多(?:精彩|内容|福利|功能|姿势)",
    r"更多(?:精彩|原创|猛料|资讯|内容).{0,8}(?:请|欢迎|关注|下载|扫描|查看|点击)",
    r"粉丝福利", r"欢迎(?:扫描|关注|订阅).{0,10}(?:公众号|微信|微博|视频号|抖音|头条号|二维码|我们)",
    r"正文已结束", r"感谢您的反馈", r"点击(?:关注|订阅|下载)",
    # an offer's link closing the line (【免费领取】…大礼包，点击进入>>)
    r"点击(?:进入|查看|领取|报名|购买|了解|参与|咨询|阅读)\s*(?:>>|》》|»|>|→)\s*$",
)
#: A call an article may make too (群众可下载…APP办理业务): furniture only on a line that is not prose.
WEAK_CALL_FORMS: Final = (r"(?:下载|打开|安装).{0,10}(?:APP|App|app|客户端)",
                          r"(?:APP|App|app|客户端)\s*下载")
#: A login or account prompt (请直接登录, 忘记密码？, 没有账号？, 扫描成功！).
LOGIN_FORMS: Final = (
    r"请(?:直接)?登录", r"忘记密码", r"没有(?:账号|帐号)", r"快速注册", r"扫描成功", r"(?:账号|帐号)，?请",
    r"登录.{0,4}注册", r"注册.{0,4}登录", r"立即登录", r"立即注册", r"(?:记住|自动)(?:登录|密码)", r"通行证",
    r"登录\s*[\w\-]{1,16}_[\w\-]{1,16}",  # a signed-in reader's name (登录月落_长安)
    r"^登录\p{Han}{0,6}(?:帐号|账号|账户)$",  # a platform's sign-in link alone (登录百度帐号)
)
#: Words only gambling, porn and SEO spam uses (weight 2).
SPAM_WORDS: Final = (
    "杀号", "分彩", "时时彩", "博彩", "百家乐", "永利", "葡京", "威尼斯人", "线路检测", "真人娱乐",
    "娱乐城", "注册送", "注册就送", "真人视讯",
    "彩金", "熟女", "精品视频", "黄片", "黄色片", "操人", "爱性", "无码", "约炮",
    "藏经阁", "试看", "大黄片", "国产精品", "精品国产", "一本道", "自拍偷拍", "无码专区", "高清无码",
    "亚洲AV",
    "亚洲av", "新葡京", "太阳城", "六合彩", "北京赛车", "快三",
    # betting sites' and lottery touts' words (皇冠体育投注平台, 幸运飞艇开奖记录, 时时彩计划软件)
    "体育投注", "足球投注", "网上投注", "投注平台", "投注网", "皇冠体育", "皇冠足球", "bet365", "亚博体育",
    "开元棋牌", "幸运飞艇", "极速赛车", "一分快三", "PK10", "pk10", "彩票计划", "时时彩计划", "特码",
    "开奖记录", "开奖直播", "送彩金", "捕鱼达人", "真人百家乐", "网上赌场", "在线赌场", "炸金花",
    # adult sites' words (人妻少妇, 午夜福利视频, 成人影院, 一本到, 日韩精品)
    "人妻少妇", "性爱", "午夜福利", "福利视频", "成人影院", "成人视频", "成人电影", "日韩精品", "欧美精品",
    "一本到", "好吊", "香蕉视频", "草莓视频", "三级片", "毛片", "色情网站", "裸聊", "乱伦", "制服诱惑",
    "丝袜美腿", "av在线", "AV在线", "在线AV", "精品久久",
    # touts for forged papers and schemes (代开发票, 办理各类证件, 日赚500元)
    "代开发票", "代开增值税", "办理各类证件", "私家侦探", "高仿手表", "日赚", "兼职日结", "网赚",
)
#: Words spam uses that ordinary text uses too (weight 1: three of them, or two with a strong one).
SPAM_WEAK_WORDS: Final = (
    "彩票", "赌场", "赌博", "棋牌", "开户", "黄色", "大片", "一级", "成人", "色情", "久久", "免费视频",
    "在线观看", "免费观看", "在线看", "一区", "二区", "Av", "AV", "偷拍", "自拍", "激情", "伦理", "澳门",
    "中文字幕", "日韩", "欧美", "金沙", "官网", "自产", "老虎机", "电子游艺",
    "投注", "开奖", "赛车", "棋牌游戏", "丝袜", "诱惑", "这里只有", "货到付款", "迷药", "办证", "刷单",
    "日结", "联系微信", "人妻", "少妇",
)
#: Words of a warning about such schemes (警惕刷单诈骗, 民警提醒…): news about spam, never spam itself.
SPAM_WARNING_WORDS: Final = (
    "诈骗", "骗局", "骗子", "被骗", "受骗", "受害", "警惕", "警方", "民警", "公安", "反诈", "提醒", "防范",
    "打击", "查处", "破获", "涉嫌", "犯罪", "违法", "非法",
)
#: What closes a spam site's name where a mirror splices it into a line: only a spam site's name
#: ends so (…线路检测&欢迎您, 新葡京娱乐场官网), ...
SPAM_CLOSERS: Final = ("欢迎您", "欢迎你", "欢迎光临", "官网", "官方网站", "网址", "娱乐场", "娱乐城")
#: ... and what a company's or a platform's name ends with too (太阳城集团, 精品视频平台): a splice only
#: when the page shows the same name at the start of other lines.
SPAM_WEAK_CLOSERS: Final = ("集团", "平台", "娱乐", "欢迎", "检测", "登录", "注册", "首页")
#: A site's links to its versions in other languages and forms (汉文 | ئۇيغۇرچە | English, 繁体, 无障碍).
LANGUAGE_LINKS: Final = (
    "汉文", "中文", "中文版", "简体", "繁体", "繁體", "简体中文", "繁體中文", "简体版", "繁体版", "English",
    "ENGLISH", "EN", "英文", "英文版", "维文", "维吾尔文", "维语", "哈萨克文", "哈文", "柯尔克孜文", "蒙古文",
    "蒙文", "Uyghur", "Kazakh", "Русский", "无障碍", "无障碍浏览", "长者模式", "关怀版", "适老化", "移动版",
    "手机版",
)
#: The sky in a weather widget (乌鲁木齐 晴 12℃~25℃, 多云转晴 -3/8°C).
SKY_WORDS: Final = (
    "晴", "多云", "阴", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "小雪", "中雪", "大雪", "暴雪",
    "阵雪", "雨夹雪", "雾", "霾", "沙尘", "浮尘", "扬沙", "沙尘暴",
)
#: Labels of keyword and tag lines.
KEYWORD_LABELS: Final = ("关键词", "关键字", "标签", "Tags", "TAG", "Tag", "tags", "本文标签", "相关标签",
                         "热门标签", "热门关键词", "热门搜索", "热搜词", "相关字词", "相关词", "相关关键字",
                         "文章关键词", "文章关键字", "新闻关键词", "文章标签", "新闻标签", "热词", "相关热词",
                         "相关热词搜索", "热词搜索")
#: Labels of a paper's bibliographic record on a journal database's page (中图分类号：F127
#: 文献标识码：A, 【机构】…, DOI：…): the record, not the paper's text.
PAPER_LABELS: Final = (
    "中图分类号", "分类号", "文献标识码", "文献标志码", "文章编号", "DOI", "doi", "基金项目", "收稿日期",
    "修回日期", "作者单位", "刊名", "期刊名称", "年，卷(期)", "年,卷(期)", "所属期刊栏目", "下载次数",
    "被引次数", "ISSN", "基金资助", "资助项目",
)
#: ... and words a body also writes before a colon (单位：万元 under a table), read only as a
#: label in brackets (【机构】…).
PAPER_BRACKET_LABELS: Final = ("机构", "作者机构", "页码", "出版日期", "期号", "来源期刊")
#: How a site's name ends, as a menu names it beside its channels (明报新闻网, 自由时报).
SITE_ENDINGS: Final = ("网", "报", "台", "社", "新闻", "客户端", "在线", "频道", "网站")
#: Labels of disclaimer footers (a line that starts with one, at the end of the page).
FOOTER_LABELS: Final = ("提示", "温馨提示", "特别提示", "免责声明", "声明", "特别声明")
#: Advertisement phrases: a subscription or download offer.
AD_PHRASES: Final = (
    "免费订阅", "手机报", "关注公众号", "关注微信公众号", "下载客户端", "长按二维码", "点击蓝字", "戳这里",
)
#: ... and words an article may say too (短信, 下载APP): an offer only on a short line.
AD_WEAK_PHRASES: Final = ("短信", "下载APP", "点击关注", "点击下载", "关注我们", "点击上方")
#: A page's prompt to its reader, a whole line of its own (喜歡這篇文章嗎？歡迎分享給更多人。, 還沒有評論，
#: 快來搶沙發吧！, 按我看活動辦法), as news sites, blogs and Taiwan's papers print them under an
#: article or beside its comment box.
PROMPT_FORMS: Final = (
    # liking the article, then a call to share it (喜欢这篇文章吗？欢迎分享给更多人。; not 喜欢分享生活)
    r"(?:如果)?(?:你|您)?(?:喜欢|觉得)(?:这篇|本篇|此篇|本|这|此)?(?:文章|内容|推送|文)?(?:不错|有用|有帮助)?"
    r"(?:吗|的话)?[？?，,！!]\s*(?:欢迎|请|记得|别忘了|就|麻烦)(?:分享|转发|点赞|点个?在看)\S{0,12}",
    # an empty comment box (还没有评论，快来抢沙发吧！, 暂无评论; not 还没有评论员发声)
    r"(?:还没有|暂无|暂时没有|目前还没有)(?:人|任何)?(?:评论|留言)(?:[，,！!。~～]\S{0,12})?",
    r"\S{0,12}抢沙发\S{0,6}",
    # Taiwan's "click me" link and what it opens (按我看活动办法, 按此下载全文; not 按我看，… "in my view")
    r"按(?:我|此|这里)(?:看|观看|下载|加入|订阅|前往|参加|了解|报名)(?:更多|详情|活动|全文|影片|直播|办法)"
    r"[\p{Han}A-Za-z]{0,6}",
)
#: An app's slogan among others on a line of words set apart by spaces (不用抽 不用搶 現在用APP看新聞
#: 保證天天中獎): the app's offer to read the news in it, as the line's own words.
APP_SLOGAN: Final = (r"(?:[^\s，。,；;！!？?]{1,8}\s+){0,3}(?:现在|立即|马上|快来?)?用\s*(?:APP|App|app)\s*"
                     r"(?:看|读)(?:新闻|全文)(?:\s+[^\s，。,；;！!？?]{1,8}){0,3}")
#: A call to download or open an app for more, as the line's first words (请下载光华日报APP，获取更多新闻):
#: an article's sentence names who may download it (群众可下载…APP办理).
APP_CALL_FORM: Final = (r"(?:请|欢迎|立即|马上|快|赶快)?(?:下载|打开|安装)\S{1,12}?(?:APP|App|app|客户端)"
                        r"[，,\s]*(?:获取|查看|阅读|了解|看|浏览|获得|解锁)(?:更多|全部|完整|全文)"
                        # (what the app offers is the news: 了解更多办事指南, …援疆政策。 are a notice's)
                        r"(?:精彩内容|新闻|资讯|内容|精彩|报道|信息|视频|详情)?[！!]?")
#: A blog's or a post's toolbar words printed with a drop-down mark (转载▼, 喜欢▼; 名单如下▼ is a WeChat
#: post's lead-in to what follows, not a menu: review32).
MENU_WORDS: Final = ("转载", "喜欢", "更多", "分享", "收藏", "评论", "阅读", "打印", "举报", "关注")
#: A paper's call for its readers' news tips (想爆料？请登录…APP…在线等你来报料！, 报料热线：…): a prompt
#: that opens the line, a tip line's label, or the paper waiting for the tips at its end (a story
#: says 记者接到市民报料后…).
TIP_FORMS: Final = (
    # (想报料，找记者… and 我要报料，我要投诉… are a sentence's words: the call asks, then says how)
    r"(?:想|我要)(?:爆料|报料)[？?！!：:，,]\s*(?:请|欢迎|拨打|登录|扫码|扫描|下载|关注).{0,100}",
    # a label and its number or address alone (not 该报的报料热线：96333，已受理…: a sentence's figure)
    r".{0,40}(?:爆料|报料)(?:热线|电话|邮箱|通道|方式)\s*[:：]\s*[\d\-－—()（）、/\s]{5,40}"
    r"|.{0,40}(?:爆料|报料)(?:邮箱|方式)\s*[:：]\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\s*",
    r".{0,100}(?:等你来|等您来|欢迎)(?:爆料|报料)[！!。]?",
)
#: A reader's audio widget (收聽此文, 点击播报本文，约 3 分钟, 语音播报): listening to the article.
LISTEN_FORMS: Final = (
    r"(?:点击)?(?:收听|播报|朗读|听)(?:此文|本文|全文|这篇文章|文章)(?:[，,]\s*约?\s*(?:\d{1,3}\s*(?:分钟|秒|分))?)?",
    r"(?:点击|AI|ai)?\s*(?:语音播报|语音朗读|听新闻|收听新闻)",
)
#: The words that end the name of a site's section or one of its own links (学校概况, 新闻中心, 科室导航,
#: 就医指南, 党建园地, 德育天地, 专题专栏, 人民日报海外版, 地方领导留言板, 人民号), as the menus and
#: footers of portals, schools', hospitals' and government sites print them (people.cn, gmw.cn,
#: and the forms pages); a link may also be 关于… (关于人民网).
SECTION_ENDINGS: Final = (
    "首页", "概况", "简介", "中心", "导航", "指南", "园地", "天地", "专栏", "之窗", "动态", "频道",
    "论坛", "留言板", "版", "号", "招聘", "声明", "邮箱", "地图", "信息", "介绍", "服务", "公开",
    "联播",
)
#: Labels only a site's footer prints (技术支持：大河网, 运行维护单位：…): after the site's name, or with
#: another label of the footer.
SITE_ONLY_LABELS: Final = ("技术支持", "运行维护单位", "运维单位", "运行维护", "网站标识码", "备案号",
                           "网站维护", "技术维护")
#: Labels of who runs a site in their short forms (主办：… 承办：…): a footer's only beside a label of
#: :data:`SITE_ONLY_LABELS` (an event's notice in an article prints 主办：… 承办：… too; review32).
SPONSOR_LABELS: Final = ("主办", "承办", "主管", "协办")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(regex_escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _spaced_pairs(words: tuple[str, ...]) -> str:
    """An alternation of the two-character Han words of ``words``, spaced as a table's cells print
    them (刊　名, 页  码).

    >>> import regex
    >>> pairs = _spaced_pairs(("刊名", "DOI", "中图分类号"))
    >>> [bool(regex.fullmatch(pairs, s)) for s in ["刊\u3000名", "刊  名", "刊名", "DOI"]]
    [True, True, False, False]
    """
    return "|".join(f"{w[0]}[ \\u3000]{{1,3}}{w[1]}" for w in sorted(set(words))
                    if len(w) == 2 and all("\u4e00" <= c <= "\u9fff" for c in w))


def _channel_words() -> tuple[str, ...]:
    """The words of a portal's menu: channel names and navigation words (大 中 小 only as nav)."""
    return CHANNEL_WORDS + tuple(w for w in NAV_WORDS if len(w) >= 2)


@functools.cache
def _channel_chars() -> frozenset[str]:
    return frozenset("".join(_channel_words()))


#: A site's clock is at most this long.
_CLOCK_MAX = 40
#: A day of the site's clock, and its weekday (星期日, 周日, 礼拜天) before or after the lunar day.
_CLOCK_DATE = r"(?:(?:19|20)\d{2}\s*[年\-/.]\s*)?\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?"
_WEEKDAY = r"(?:\s*[(（]?(?:星期.|周.|礼拜.)[)）]?)?"
#: The day of the lunar calendar (农历四月初五, 农历甲辰年四月初五, 农历 甲辰年 四月初五).
_LUNAR = r"农历\s*(?:\p{Han}{2}年\s*)?(?:闰)?\p{Han}{1,2}月\s*\p{Han}{2}"



@functools.cache
def _patterns() -> dict[str, Any]:
    """The line patterns, built from the tables on first use."""
    from aidparse._lazy import re_where_same as std  # (re scans these several times faster: see _lazy)
    from aidparse._lazy import regex_on_first_use as regex  # each pattern compiles on its first look-up

    # a navigation word, or a widget of a toolbar: a menu's word with its drop-down mark (转载▼,
    # 喜欢▼), a font-size switch (字号：T|T), a forum post's floor ((2#)), an app's download link
    # (下载头条)
    nav = (rf"(?:{_alt(NAV_WORDS)}|(?:{_alt(MENU_WORDS)})[▼▾]"
           r"|(?:字号|字体)\s*[:：]\s*(?:[大中小Tt]\s*[|｜/]?\s*){1,3}|[(（]?\d{1,5}\s*\#[)）]?|下载\p{Han}{2,4})")
    num = r"\d[\d,.]*万?"
    sep = r"[\s|｜/·•【】\[\]<>»«()（）,，:：]"
    roles = _alt(AUTHOR_ROLES + CREW_LABELS + EDITOR_ROLES + SOURCE_LABELS + COUNTER_LABELS)
    channels = _alt(_channel_words())
    weather = rf"""
        (?:\p{{Han}}{{2,5}}\s*)?(?:今天|今日|明天|明日)?\s*       # a place, a day
        (?:{_alt(SKY_WORDS)})(?:\s*转\s*(?:{_alt(SKY_WORDS)}))?\s*  # the sky (晴转多云)
        -?\d{{1,2}}\s*(?:℃|°C?)?\s*[~～/\-－]\s*-?\d{{1,2}}\s*(?:℃|°C?)  # the temperatures
        (?:\s*\p{{Han}}{{0,3}}风\s*\d{{1,2}}(?:\s*[-~～]\s*\d{{1,2}})?\s*级)?  # the wind
        """
    return regex.table({
        # every token of the line is a navigation word: 【打印】【关闭】, 意见反馈 意见反馈 顶 踩 收藏
        # a widget word may carry its counter: 踩0 赞85 跟贴31 (12)
        "nav": regex.compile(rf"(?:{sep}*(?:{nav}|[赞踩顶])(?:\s*[(（]?[\d,.]+万?[)）]?)?{sep}*)+"),
        # a portal's menu: channel names (and navigation words), glued or apart (see is_channel_bar)
        "channels": regex.compile(channels),
        "menu_separators": regex.compile(r"[\s|｜/·•]+"),
        # a share widget: 分享到：微信 微博, 分享至好友和朋友圈
        "share": regex.compile(r"(?:分享到|分享至|分享给)\s*[:：]?.{0,40}|分享\s*[:：].{0,40}"),
        "widget": regex.compile(
            r"""(?:字体|字号|【字号|调整字号|浏览字号|视力保护色|打印本页|收藏本页)\s*[:：]?.{0,40}
              | (?:上|下)一(?:篇|条|页)\s*[:：].{0,100}
              | [(（【\[]?\s*原标题\s*[:：].{0,100}                             # (原标题：…), an aggregator's
              | 进入\s*[\[【]?[^\]】]{1,12}[\]】]?\s*>>?
              | 第\d{1,3}版\s*[:：].{0,30}
              # an e-paper's page: its label (版面：要闻, 版面：A07 中国新闻), its number and name
              # (第06版 教育), a section and its page (中国 | A12)
              | (?:版面|版次|版号|所在版面|刊登版面)\s*[:：]\s*(?:[A-Za-z]?\d{1,3}\s*版?)?\s*\p{Han}{0,8}
              | 第\d{1,3}版\s+\p{Han}{2,8}
              | \p{Han}{2,8}\s*[|｜]\s*[A-Za-z]\d{1,2}\s*版? | [A-Za-z]\d{1,2}\s*版?\s*[|｜]\s*\p{Han}{2,8}
              | .{0,20}(?:上一版|下一版|PDF版|版面导航|返回目录).{0,20}
              | (?:更多|查看更多)\s*>{1,2}
              | (?:请)?继续(?:往下)?阅读\s*(?:\.{2,}|…+|>{1,2})?               # a teaser's link to the rest
              | 收录于(?:合集|话题)\s*(?:\#\S{1,20})?                         # a WeChat post's collection
              | 文章已于\s*\S{6,16}?\s*修改                                     # a WeChat post's edit notice
              | (?:点击|戳)\s*[“"「]?阅读原文[”"」]?\s*(?:(?:查看|了解|获取|阅读|进入)\S{0,8})?  # a link out
              | \#\S{1,20}\s*\d{1,4}个                                       # #援疆故事 12个
              | (?:发布于|发表于|IP属地\s*[:：]?\s*)\p{Han}{2,3}                # where a post was sent from
              | 喜欢此内容的人还喜欢
              | 附件\s*\d{0,2}\s*[:：]?\s*\S{1,60}?\.(?:xlsx?|docx?|pdf|zip|rar|wps|et|ppt)  # a download
            """  # ... and a reader's audio widget (收听此文)
            + "".join(f" | {form}" for form in LISTEN_FORMS), regex.VERBOSE),
        # an advertisement's label alone on its line
        "ad_label": regex.compile(r"(?:广告|推广|赞助内容|Advertisement|AD)\s*[xX×]?"),
        # breadcrumbs: 您的位置, 当前位置: 首页 >> 乡村振兴 >> 正文, 首页 ? 新闻频道 ? 国内新闻, 首页>要闻
        "crumb_label": regex.compile(r"(?:您|你)?(?:现在|当前|所在)?的?(?:位置|所在位置)\s*[:：]?"),
        # "you are reading": 正在阅读：<the headline>, 当前浏览：, 您正在查看：
        "reading_label": regex.compile(r"(?:您|你)?(?:现在|当前|正在)(?:阅读|浏览|查看)\s*[:：]"),
        "crumb": regex.compile(
            r"""(?:首页|主页|网站首页|Home|HOME)\s*(?:[>»›→?/|｜\-—]{1,2}\s*[^>»›→?/|｜\s]{1,12}\s*){1,6}
                [>»›→?/|｜\-—]{0,2}
              | (?:[^>»›\s，,。]{0,12}\s*[>»›]{1,2}\s*){2,6}[^>»›\s，,。]{0,12}\s*[>»›]{0,2}
              | [\p{Han}A-Za-z]{1,12}?(?:网|网站|频道|在线)\s*(?:>>|»|›)\s*[^>»›\s]{1,12}\s*(?:>>|»|›)?
              | [\p{Han}A-Za-z]{2,12}(?:\s+|\s*[>»›]{1,2}\s*)正文                   # 新华网 正文
              | [\p{Han}A-Za-z]{2,12}\s+[>»›]{1,2}\s+[\p{Han}A-Za-z]{2,12}            # 澎湃号 > 中国广州发布
              | [\p{Han}A-Za-z]{1,12}?(?:网|网站|频道|在线)(?:[ \u3000]+/[ \u3000]+[^/\s]{1,8}){2,5}
                                                          # 联合新闻网 / 两岸 / 中国大陆 (spaced slashes)
            """, regex.VERBOSE),
        # a trail starts at the site's home, its name or a channel (not 种植 > 加工 > 销售)
        "crumb_home": regex.compile(r"(?:首页|主页|网站首页|Home|HOME|[\p{Han}A-Za-z]{1,10}?(?:网|频道|在线))"
                                    r"\s*[>»›→]"),
        # the last separator of a trail that names two steps or more before it
        "crumb_last": regex.compile(r"(?:[>»›→]{1,2}[^>»›→]+){1,5}?\K[>»›→]{1,2}\s*(?=[^>»›→]{2,64}$)"),
        # (an institution's name may stand before the phrase: 南昌市第十九中学 欢迎您！; not a headline's
        # words: 援疆十年再出发，新疆人民欢迎您)
        "banner": regex.compile(rf"(?:.{{0,8}}|[\p{{Han}}A-Za-z0-9]{{2,14}}"
                                rf"(?:{_alt(INSTITUTION_ENDINGS)})\s*)(?:{_alt(BANNER_PHRASES)}).{{0,24}}"),
        "qr": regex.compile(rf"[\s•·\-]*(?:{_alt(QR_PHRASES)}).{{0,30}}|.{{0,20}}二维码"),
        "paywall": regex.compile(rf".{{0,10}}(?:{_alt(PAYWALL_PHRASES)}|剩余\d{{1,2}}%未读|展开剩余\d{{1,2}}%"
                                 # an app's prompt with spaces: 北京日报 APP 打开, 央视新闻 打开 看精彩视频
                                 r"|(?:APP|App|客户端)\s+打开|打开\s+(?:APP|App|客户端|看精彩))"
                                 rf".{{0,16}}"),
        "copyright": std.compile(rf".{{0,60}}(?:{_alt(COPYRIGHT_PHRASES)}|{REPRINT_NOTICE}).{{0,100}}"
                                   rf"|(?:{_alt(SITE_FOOTER_LABELS)})\s*[:：].{{0,100}}"),
        # (a line of its own, no sentence: 推荐使用国产浏览器访问平台 may end an article's sentence)
        "browser": regex.compile(rf"[^。，,；;！？!?]{{0,20}}{BROWSER_ADVICE}[^。，,；;！？!?]{{0,30}}"),
        # a newsroom's tip line alone: its label and its number (新闻热线：0991-1234567)
        "hotline": regex.compile(r"(?:新闻热线|报料热线|爆料热线|新闻报料|服务热线|新闻线索)\s*[:：]\s*"
                                 r"[0-9\-－—\s/、()（）]{5,30}"),
        "event_labels": regex.compile(rf"(?:{_alt(EVENT_LABELS)})\s*[:：].{{0,100}}"),
        # 本文链接：http://…, 所在栏目：援疆动态, 此前报道：…, 证券时报官方微信公众号, 百度首页
        "link_label": regex.compile(rf"(?:{_alt(LINK_LABELS)})\s*[:：].{{0,200}}"),
        "category": regex.compile(rf"(?:{_alt(CATEGORY_LABELS)})\s*[:：]\s*[^。；;，,]{{1,20}}"),
        "related_item": regex.compile(
            rf"[【\[]?(?:{_alt(RELATED_LABELS)})[】\]]?\s*[:：]\s*[^。；;]{{4,60}}"),
        "official_account": regex.compile(r".{1,16}官方(?:微信公众号|公众号|微信号?|微博|抖音号?|视频号)"),
        "home_link": regex.compile(r"[\p{Han}A-Za-z]{1,8}首页"),
        # a forum's notes on a post and its poster: 本帖最后由 X 于 2016-1-1 12:30 编辑, 注册时间 2015-1-1
        "forum_note": regex.compile(r"本帖最后由.{1,30}于.{5,30}编辑|(?:注册时间|最后登录|在线时间|阅读权限)"
                                    r"\s*[:：]?\s*\S.{0,30}"
                                    # a post's floor, its poster and date: 1楼 路人甲 2012-05-18 20:25:11,
                                    # 来自Android客户端1楼2016-03-22 21:05
                                    r"|(?:来自\S{1,16}?客户端\s*)?\d{1,5}\s*楼\s*(?:\S{1,20}\s+)?"
                                    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                                    # a reply's poster and date: 沙田阿强 发表于 2024-1-8 23:05
                                    r"|\S{1,16}\s+发表于\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                                    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"),
        "visitors": regex.compile(r"您是(?:本站)?第\s*[\d,]+\s*位(?:访客|访问者|浏览者|读者)"),
        "account": regex.compile(rf"(?P<label>{_alt(ACCOUNT_LABELS)})\s*(?:[:：]\s*(?P<value>.{{0,100}}))?"),
        "empty_role": regex.compile(rf"[【\[(（]?\s*(?:{roles})(?:编辑)?\s*[:：/]\s*[】\])）]?"),
        "keywords": regex.compile(rf"[【\[]?(?:{_alt(KEYWORD_LABELS)})[】\]]?"
                                  rf"\s*(?:[:：]|>>|»|\s|(?<=[】\]])).{{0,80}}"
                                  # a post's tags alone (#援疆 #喀什)
                                  r"|\#[^\#\s]{1,12}(?:\s+\#[^\#\s]{1,12})+"),
        # a line of a paper's record: its label, in brackets or before a colon, then its value
        # (a value, never a sentence)
        "paper": regex.compile(rf"(?:[【\[](?:{_alt(PAPER_LABELS + PAPER_BRACKET_LABELS)})[】\]]"
                               # (a label of two characters spaced as a table's cells: 刊　名：)
                               rf"|(?:{_alt(PAPER_LABELS)}|{_spaced_pairs(PAPER_LABELS)})\s*[:：])[^。！？]{{1,160}}"
                               # the authors' institutions, numbered, each with its postcode, in
                               # brackets under their names (（1.新疆大学 经济与管理学院，新疆 乌鲁木齐
                               # 830046；2.石河子大学 …，新疆 石河子 832000）)
                               r"|[(（]\s*1\s*[.．、][^()（）。\d]{2,60}?\d{6}"
                               r"(?:\s*[;；]\s*\d\s*[.．、][^()（）。\d]{2,60}?\d{6})*\s*[)）]"
                               # a citation: the journal, the year, the volume and the issue
                               # (新疆大学学报(哲学·人文社会科学版). 2018,46(04))
                               r"|[^。！？\s.．\[\]]{2,40}[.．]\s*(?:19|20)\d{2}\s*[,，]\s*(?:\d{1,3}\s*)?[(（]\s*\d{1,3}\s*[)）]"
                               r"(?:\s*[:：]\s*\d{1,4}(?:-\d{1,4})?)?"),
        # a disclaimer or reprint notice: 本文仅代表作者个人观点, 免责声明：…, 并不表明网易立场
        "disclaimer": std.compile(rf".{{0,80}}(?:{_alt(DISCLAIMER_PHRASES)}|{'|'.join(DISCLAIMER_FORMS)})"
                                    rf".{{0,120}}"
                                    rf"|(?:{_alt(DISCLAIMER_LABELS)})\s*[:：].{{4,200}}"
                                    # a site's rights notice under its name (中国日报网版权说明：凡注明…)
                                    # (Han characters by their range: the pattern runs by re)
                                    r"|[\u4e00-\u9fffA-Za-z]{2,12}?(?:版权说明|版权声明)\s*[:：].{4,200}"),
        "disclaimer_short": regex.compile(rf".{{0,12}}(?:{_alt(DISCLAIMER_SHORT_PHRASES)}).{{0,12}}"),
        # a call to scan, follow or download, and a login prompt
        "call": std.compile(rf".{{0,50}}(?:{'|'.join(CALL_FORMS)}).{{0,70}}"
                              # an app's call to open it for more, the whole line (打开腾讯新闻，查看更多图片)
                              r"|打开\S{2,8}[，,]\s*(?:查看|阅读|浏览)更多\S{0,8}\s*>?"),
        # a page's prompt to its reader, a call to an app for more, a paper's call for news tips
        "prompt": regex.compile("|".join(PROMPT_FORMS)),
        "app_call": regex.compile(APP_CALL_FORM),
        "app_slogan": regex.compile(APP_SLOGAN),
        "tip": regex.compile("|".join(TIP_FORMS)),
        # a site's footer label after the site's name (河南日报网络版  技术支持：大河网), and a label
        # of it or of who runs the site (主办：… 承办：…, 主办单位：… 运行维护单位：…)
        "site_only": regex.compile(rf"(?P<name>[^\s：:，,。；;]{{2,20}})\s+(?:{_alt(SITE_ONLY_LABELS)})"
                                   r"\s*[:：].{1,60}"),
        "sponsor_label": regex.compile(rf"(?<![\p{{Han}}])(?:(?P<site>{_alt(SITE_ONLY_LABELS)})"
                                       rf"|{_alt(SPONSOR_LABELS)}|{_alt(EVENT_LABELS)})\s*[:：]"),
        # a site's name and its address (明报加西版网站 mingpaocanada.com, （星岛环球网 www.stnn.cc）)
        "site_address": regex.compile(r"[(（]?(?P<name>[\p{Han}A-Za-z]{2,20}?)\s*[(（]?\s*"
                                      r"(?P<url>(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                                      r"\.(?:com|cn|net|org|gov|edu|cc|hk|tw|sg|my|ca|info)(?:\.[a-z]{2})?/?)\s*[)）]?"),
        "weak_call": std.compile(rf".{{0,30}}(?:{'|'.join(WEAK_CALL_FORMS)}).{{0,30}}"),
        "login": regex.compile(rf".{{0,12}}(?:{'|'.join(LOGIN_FORMS)}).{{0,16}}"),
        # two contact labels on a line: 地址：… 邮编：… 电话：…
        "contact": regex.compile(rf"(?:{_alt(CONTACT_LABELS)})\s*[:：]"),
        # a short link: 选择其他平台 >>, 查看全部评论>>
        "link": regex.compile(r"[^。；;，,]{1,16}\s*(?:>>|»|>)"),
        # pages of the article: 【1】【2】【3】, 1 2 下一页 余下全文
        "pages": regex.compile(rf"(?:[\s【\[]*\d{{1,3}}[】\]\s]*){{2,}}(?:\s*(?:{nav}))*"
                               # one page of the article marked (【 第1页 】, 第2页 共3页)
                               r"|[【\[]?\s*第\s*\d{1,3}\s*页\s*(?:[/／,，]?\s*共\s*\d{1,3}\s*页)?\s*[】\]]?"),
        # the site's clock above the article: 今天是2021年5月8日 星期六 (not the article's date), with the
        # day of the lunar calendar and the day's weather (晴 15℃~28℃)
        "clock": regex.compile(rf"""
            (?:今天是|今日是|今天|今日|现在是)\s*[:：]?\s*{_CLOCK_DATE}{_WEEKDAY}(?:\s*{_LUNAR})?{_WEEKDAY}
            (?:\s+{weather})?""", regex.VERBOSE),
        # without the word for today, a day with its lunar day (2024年5月12日 星期日 农历四月初五): the
        # site's clock above the headline, or a dated heading of a festival's story — never a headline
        "lunar_day": regex.compile(rf"{_CLOCK_DATE}{_WEEKDAY}\s*{_LUNAR}{_WEEKDAY}(?:\s+{weather})?",
                                   regex.VERBOSE),
        # a weather widget in the site's header: a place, the sky, a range of temperatures
        # (乌鲁木齐 晴 12℃~25℃, 多云 -3/8°C)
        "weather": regex.compile(weather, regex.VERBOSE),
        # a stamp that gives no date, only how long ago: 昨天, 3小时前, 今天 08:30
        # (after the poster's or the site's name, as a post's header prints it: 王晓 2小时前; and a
        # place after a dot or a counter after it: 天山网 2小时前 · 新疆, 王晓 2小时前 · 阅读 1.2万)
        "relative_time": regex.compile(r"(?:[^\s，。！？；,.!?：:“”]{1,16}\s+)?"
                                       r"(?:刚刚|今天|昨天|前天|\d{1,2}\s*(?:秒|分钟|小时|天)前)"
                                       r"(?:\s*\d{1,2}[:：]\d{2})?"
                                       # and where the post was sent from (昨天 16:02 IP属地：广东)
                                       r"(?:\s*(?:发布于|发表于|IP属地)\s*[:：]?\s*\p{Han}{2,10})?"
                                       r"(?:\s*[·•]\s*\p{Han}{2,3}|\s*[·•]?\s*(?:阅读|浏览)\s*[\d.]+万?)?"),
        # damage: a line of replacement characters only
        "damage": regex.compile(r"[\ufffd\s?]+"),
        "footer": regex.compile(rf"(?:{_alt(FOOTER_LABELS)})\s*[:：].{{0,200}}"),
        "ad": std.compile(rf".{{0,40}}(?:{_alt(AD_PHRASES)}).{{0,40}}"),
        "ad_weak": std.compile(rf".{{0,40}}(?:{_alt(AD_WEAK_PHRASES)}).{{0,40}}"),
        # an offer to add an account, with the account's handle (加微信xj888888, 加V：abc12345)
        "ad_handle": regex.compile(r"(?:加|添加)\s*(?:微信|微信号|VX|vx|V信|QQ|qq|V)\s*[:：]?\s*"
                                   r"[A-Za-z0-9_\-]{5,20}(?![A-Za-z0-9_\-])"),
        "spam_word": std.compile(_alt(SPAM_WORDS)),
        "spam_any": std.compile(rf"{_alt(SPAM_WORDS + SPAM_WEAK_WORDS)}"
                                  r"|\.(?:com|net|org|top|cc|vip|xyz|cn)"),
        # a spam word inside a domain's name (9159金沙.com: Latin letters and digits around it)
        "spam_domain": regex.compile(rf"[0-9A-Za-z\-]*(?:{_alt(SPAM_WORDS + SPAM_WEAK_WORDS)})[0-9A-Za-z\-]*"
                                     r"\.(?:com|net|cc|vip|top|xyz)(?![A-Za-z])"),
        "spam_closer": regex.compile(rf"[\s&＆!！~·]*(?:(?P<sure>{_alt(SPAM_CLOSERS)})"
                                     rf"|{_alt(SPAM_WEAK_CLOSERS)})"),
        "spam_weak": std.compile(_alt(SPAM_WEAK_WORDS)),
        "spam_warning": std.compile(_alt(SPAM_WARNING_WORDS)),
        "seo": regex.compile(r"[^_。，,]{2,30}(?:_[^_。，,]{2,30}){2,}"),
        "script": regex.compile(
            r"""\[object\s+[A-Za-z]+\]
              | .{0,3}!--.{0,200}
              | .{0,200}-->
              | (?:var|function|window\.|document\.|\$\(|jQuery).{0,200}[;{}].{0,200}
              | [^\p{Han}]{0,40}(?:adsbygoogle|googletag|gtag\(|_hmt\.push)[^\p{Han}]{0,200}  # an ad's call
            """, regex.VERBOSE),
        "image": regex.compile(
            r"""[\w\-.()（）\u4e00-\u9fff]{1,80}\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF)
              | !\[[^\]]{0,80}\]\([^)]{0,300}\)
              | [\[【](?:图片|图|照片|img|IMG|image)[\]】]
              | (?:img|IMG|image|图片)             # a picture's alternative text alone (img)
            """, regex.VERBOSE),
        "separator": regex.compile(r"[|｜•·\-—_=*~#+/\\<>]+"),
        # counters and the widget words beside them: 阅读 1234, 点赞(12), 阅读数(15878）, and the
        # number first: 1032人参与 308评论, 229条评论|5,874人参与网友评论, 4,060 条评论
        "counters": regex.compile(rf"""(?:[\s|｜·•/]*(?:
                  (?:{_alt(COUNTER_WORDS)}|阅读数|评论数|浏览量|阅读量|热门评论)\s*[:：(（]?\s*{num}\s*[)）]?\s*[条次人]?
                | {num}\s*(?:人参与|人评论|条评论|次阅读|次浏览|人阅读|人收藏|条|次|人)?\s*
                  (?:{_alt(COUNTER_WORDS)}|网友评论|参与|评论)
                | (?:已有|共有|共)\s*{num}\s*(?:条|人)\s*(?:评论|参与|回复)
                # how long the post takes to read (阅读时间约 5 分钟, 预计阅读 3 分钟, 5 min read)
                | (?:预计|全文)?阅读(?:时间|时长)?\s*[:：]?\s*(?:大约|约)?(?:需要|需)?\s*\d{{1,3}}\s*分钟
                | \d{{1,3}}\s*min\s*read
                # and how long it is (阅读提示：本文约3000字，阅读需要8分钟)
                | (?:阅读提示\s*[:：]\s*)?(?:本文|全文)(?:约|共)?\s*[\d,]+\s*字[，,；;]?
                ))+(?:[\s|｜·•/]*(?:{nav}))*""", regex.VERBOSE),
        "end_mark": regex.compile(rf"(?:{_alt(END_MARKS)})"),
        "placeholder": regex.compile(rf".{{0,20}}(?:{_alt(PLACEHOLDERS)}|点击看.{{0,4}}大图).{{0,30}}"),
        # another article's headline with its date: 医疗队进村开展义诊 2023-10-24, [10-24] 援疆…
        "dated_item": regex.compile(
            r"""[^。；;]{4,60}?\s*[\[(（]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?
              | [\[(（]?(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}[\])）]?\s+[^。；;]{4,60}
            """, regex.VERBOSE),
        "image_credit": regex.compile(r"[(（]?(?:图片来源|图片提供|图源|图片|照片|摄影|示意图"
                                      r"|图(?=\s*[/／]\s*(?!文)))\s*[:：/／|｜丨].{1,30}"
                                      # a picture's source alone where the picture was: 资料图, （视觉中国）
                                      rf"|[(（【\[]?\s*(?:{_alt(PICTURE_SOURCES)})\s*[)）】\]]?"),
        "latin": regex.compile(r"[A-Za-z][A-Za-z'’\-]*"),
        # a word of the other scripts Xinjiang's pages print beside Chinese: Uyghur and Kazakh in
        # Arabic letters, Kazakh and Russian in Cyrillic
        "foreign_word": regex.compile(r"[A-Za-z][A-Za-z'’\-]*|[\p{Arabic}]+|[\p{Cyrillic}]+"),
        "languages": regex.compile(rf"(?:[\s|｜/·•]*(?:{_alt(LANGUAGE_LINKS)}"
                                   r"|[\p{Arabic}\p{Cyrillic}]+))+[\s|｜/·•]*"),
        "han": regex.compile(r"\p{Han}"),
        "list_header": regex.compile(
            rf"""[□■◎●◆▲]?\s*[【\[]?(?:{_alt(LIST_HEADERS)})[】\]]?\s*[:：]?
              | [□■◎●◆▲]?\s*[【\[]?(?:{_alt(LIST_QUALIFIERS)})[\s·•]*(?:{_alt(LIST_NOUNS)}){{1,2}}
                [】\]]?\s*[:：>]*
              | (?:更多|查看更多)(?:\s+\S{{1,10}}|新闻|资讯|内容|精彩|推荐|文章|报道|专题)
              | \d{{1,2}}小时排行(?:榜)?
            """, regex.VERBOSE),
        "list_item": regex.compile(r"(?:[-·•●■▪*>◆◇□○]|\d{1,2}\s*[.、)）]|[\[【][^\]】]{1,8}[\]】])"),
    })


#: The spam score a line with a full stop needs: a news sentence about a gambling case names
#: a few of the words (警方查获老虎机…注册就送彩金的宣传多为诈骗。); spam stuffs many.
_SPAM_IN_SENTENCE = 7


def spam_score(line: str) -> int:
    """Distinct spam words in ``line``: two points for a word only spam uses, one for the others.

    >>> spam_score("3分彩杀号欢迎您的到来!"), spam_score("成人教育一级学科"), spam_score("援疆资金")
    (4, 2, 0)
    """
    p = _patterns()
    if p["spam_warning"].search(line):
        return 0  # 警惕刷单诈骗！“日赚300元”的兼职都是骗局: a warning about the scheme
    domain = 1 if p["han"].search(line) and _DOMAIN.search(line) else 0  # 9159金沙.com欢迎您
    return 2 * len(set(p["spam_word"].findall(line))) + len(set(p["spam_weak"].findall(line))) + domain


def spliced_spam(line: str) -> tuple[int, bool]:
    """Where a spam site's name spliced into the start of ``line`` may end (0: none), and whether
    the name alone shows it is one.

    Spam mirrors splice their own name or advert into the lines of the page they copy
    (``永利娱乐城官网&欢迎您上海援疆教师  陈红``). The run is read from the line's start: spam
    words, a domain, then what closes the name. It is sure when a word only spam uses is closed
    as only spam sites close their names (欢迎您, 官网, 娱乐场), or a domain holds spam words; else
    (太阳城集团, a name closed as companies' are, or a spam word alone) it is a splice only where the
    page shows the same name at the start of other lines. The name never ends on a word that
    ordinary text uses (澳门金沙|城中心 is a place), and what is left of the line is no spam by
    itself and holds two characters of words or more (楊建軍, BBC中文).

    >>> s = "永利娱乐城官网&欢迎您上海援疆教师  陈红"
    >>> s[: spliced_spam(s)[0]], spliced_spam("新葡京娱乐场官网援疆干部深入基层开展调研")
    ('永利娱乐城官网&欢迎您', (8, True))
    >>> [spliced_spam(s) for s in ["9159金沙.com援疆干部深入基层", "太阳城集团援疆干部深入基层"]]
    [(10, True), (5, False)]
    >>> # (words ordinary text uses too, with nothing that closes a name: no name)
    >>> [spliced_spam(s) for s in ["博彩公司在喀什开展援疆", "澳门金沙城中心举办新疆文旅推介会",
    ...                            "欧美日韩客商纷纷来到喀什", "澳门博彩业毛收入同比增长两成"]]
    [(0, False), (0, False), (0, False), (0, False)]
    """
    p = _patterns()
    if not p["spam_any"].search(line, 0, _SPLICE_GAP + _SPAM_WORD_MAX):
        return 0, False  # (most lines: no spam word starts the line, or after a few characters of a name)
    head = line[:_SPLICE_REACH]
    found = sorted([*p["spam_word"].finditer(head), *p["spam_weak"].finditer(head), *_DOMAIN.finditer(head)],
                   key=lambda m: (m.start(), -m.end()))
    end = words = 0
    for m in found:  # the run of spam words from the start, a few characters of the name between them
        if m.start() > end + _SPLICE_GAP:
            break
        if m.end() > end:
            end, words = m.end(), words + 1
    if not end:
        return 0, False
    strongs = len(set(p["spam_word"].findall(line, 0, end)))
    # a domain with a spam word in its name (9159金沙.com; not 澳门网macau.cn, a site's own)
    domain = p["spam_domain"].search(line, 0, end) is not None
    # closed: a spam domain, two words only spam uses, or a closer (never after words ordinary text
    # uses too: 博彩|公司, 澳门金沙|城中心, 欧美日韩|客商)
    closed = domain or strongs >= 2 or line[:end].endswith(SPAM_CLOSERS + SPAM_WEAK_CLOSERS)
    strong = strongs > 0
    sure = domain or (strong and line[:end].endswith(SPAM_CLOSERS))
    while True:  # what joins the name and closes it: &欢迎您, 娱乐场官网, 集团
        m = p["spam_closer"].match(line, end)
        if m is None:
            break
        end, closed = m.end(), True
        sure = sure or (strong and m.group("sure") is not None)
    rest = line[end:]
    if not closed or spam_score(line[:end]) < 2 or spam_score(rest) >= 2 \
            or len(_WORD_CHARS.findall(rest)) < 2 or _CLAUSE_GOES_ON.match(rest):
        return 0, False  # (what is left is spam too, or nothing: the line is spam, not spliced; or
        # the name is the subject of the line's clause: 永利皇宫官网显示，…, …娱乐场欢迎您参加…)
    return end + len(rest) - len(rest.lstrip()), sure


#: How far into a line a spliced spam name may reach, and the characters of the name before and
#: between its spam words (9159|金沙, 澳门永利|总站|线路检测).
_SPLICE_REACH = 40
_SPLICE_GAP = 4
#: A verb that goes on from a name: the line is a clause about it, not a name spliced before it.
_CLAUSE_GOES_ON = lazy_regex(r"\s*(?:显示|发布|宣布|公布|称|表示|介绍|消息|通知|提醒|报道|获悉"
                             r"|参加|来到|光临|举办|举行|推出|开展)(?![时日人者机单部])")  # (not 发布时间：)
_SPAM_WORD_MAX = max(map(len, (*SPAM_WORDS, *SPAM_WEAK_WORDS)))
_WORD_CHARS = lazy_regex(r"[\p{Han}A-Za-z0-9]")


def is_breadcrumb(line: str) -> bool:
    """A breadcrumb or a "you are here" label.

    >>> [is_breadcrumb(s) for s in ["首页  >   中国在线  >  华东地区", "您所在的位置:", "首页>要闻",
    ...                             "当前位置: 首页 >> 乡村振兴 >> 正文", "首页  ?  新闻频道  ?  国内新闻",
    ...                             "从首页到正文,一路走来。", "首页 > 援疆动态 > 江苏援疆：让受援地变样",
    ...                             "正在阅读：援疆医生走进牧区", "正在阅读：第一章。"]]
    [True, True, True, True, True, False, True, True, False]
    >>> is_breadcrumb("联合新闻网 / 两岸 / 中国大陆"), is_breadcrumb("王晓 / 文 李明 / 图")
    (True, False)
    """
    if len(line) > 120:
        return False
    p = _patterns()
    label = p["crumb_label"].match(line)
    rest = line[label.end():].strip() if label else line
    if label and (not rest or p["crumb"].fullmatch(rest)):
        return True
    if len(line) <= 80 and p["crumb"].fullmatch(line):
        return not _names_apart(line)
    reading = p["reading_label"].match(line)
    if reading and not any(c in "。；;" for c in line):  # 正在阅读：<the headline>
        return True
    # a trail from the site's home that ends with the article's headline (首页 > 援疆动态 >
    # 江苏援疆：让受援地…): the trail up to its last separator is a breadcrumb
    last = p["crumb_last"].search(rest) if (label or p["crumb_home"].match(rest)) else None
    return last is not None and not any(c in "。；;，," for c in rest[last.end():]) \
        and bool(p["crumb"].fullmatch(rest[: last.end()].strip()))


#: Words set apart by slashes with spaces around them (天山网 / 新疆日报 / 石榴云).
_SPACED_SLASH = lazy_regex(r"[ \u3000]+/[ \u3000]+")


def _names_apart(line: str) -> bool:
    """Whether a trail of spaced slashes names outlets or people after its first word, not a
    site's sections: a platform and the papers it carries (天山网 / 新疆日报 / 石榴云), a credit
    (天山网 / 王晓 / 李明).

    >>> _names_apart("天山网 / 新疆日报 / 石榴云"), _names_apart("联合新闻网 / 两岸 / 中国大陆")
    (True, False)
    >>> _names_apart("首页 / 新闻中心"), _names_apart("天山网 / 时政 / 正文")  # (a site's sections)
    (False, False)
    """
    from aidparse.article.bylines import names_byline
    from aidparse.article.words import outlet_name, publisher_name

    parts = [q.strip() for q in _SPACED_SLASH.split(line)]
    return len(parts) > 1 and org_name(parts[0]) \
        and all(publisher_name(q) or outlet_name(q) or bool(names_byline(q)) for q in parts[1:])


def is_dated_item(line: str) -> bool:
    """Another article's headline with its date, as news lists print them.

    >>> is_dated_item("南京援疆医疗队完成首例手术 2023-04-12"), is_dated_item("[04-12] 伊宁市举行招商推介会")
    (True, True)
    >>> is_dated_item("2023年4月12日,南京援疆医疗队完成首例手术。")
    False
    """
    return len(line) <= 80 and bool(_patterns()["dated_item"].fullmatch(line))


def is_nav_bar(line: str) -> bool:
    """A bar of five or more short link texts (网站首页 政务公开 新闻中心 办事服务 互动交流).

    >>> is_nav_bar("网站首页 政务公开 新闻中心 办事服务 互动交流"), is_nav_bar("x<3 且 a > b")
    (True, False)
    """
    tokens = line.split()
    return len(tokens) >= 5 and all(_NAV_TOKEN.fullmatch(t) for t in tokens)


def is_site_menu(line: str) -> bool:
    """A bar of links (:func:`is_nav_bar`) that names at least one of a site's channels or links
    (首页, 政务公开): a slogan set apart by spaces names none.

    >>> is_site_menu("首页 走进疏附 政务公开 政务服务 互动交流")
    True
    >>> is_site_menu("石榴花开 籽籽同心 民族团结 一家亲 共建家园")
    False
    """
    if not is_nav_bar(line):
        return False
    words = frozenset(_channel_words())
    return any(t in words for t in line.split())


#: A portal's menu names at least this many channels, ...
_MENU_WORDS = 4
#: ... and they cover this share of its characters (a name the table lacks may stand among them).
_MENU_COVER = 0.8


def is_channel_bar(line: str) -> bool:
    """A portal's menu: four or more channel names (:data:`CHANNEL_WORDS`, navigation words),
    glued or apart, that make up nearly all of the line (no sentence's punctuation).

    >>> is_channel_bar("网站首页时政国际财经台湾军事观点领导人事理论法治社会产经教育科普体育文化书画")
    True
    >>> is_channel_bar("国际国内军事财经科技汽车娱乐博览更多"), is_channel_bar("新闻 | 体育 | 娱乐 | 财经")
    (True, True)
    >>> is_channel_bar("教育、文化、体育、卫生事业全面发展"), is_channel_bar("文化教育")
    (False, False)
    """
    p = _patterns()
    if len(line) > 120 or SENTENCE_MARK.search(line) or "、" in line or "，" in line or "," in line:
        return False
    bare = p["menu_separators"].sub("", line)
    chars = _channel_chars()  # what the words can cover, at most (and their pattern unneeded if short)
    if sum(c in chars for c in bare) < _MENU_COVER * len(bare):
        return False
    words = p["channels"].findall(bare)
    return len(words) >= _MENU_WORDS and sum(map(len, words)) >= _MENU_COVER * len(bare)


def is_spaced_menu(line: str) -> bool:
    """A site's menu of five or more short words set apart by spaces, most of them channels or
    the site's names (明报新闻网 每日明报 即时新闻 热点 副刊 财经 健康), not a slogan set apart the
    same way (石榴花开 籽籽同心 民族团结 一家亲 共建美好家园).

    >>> is_spaced_menu("明报新闻网 每日明报 即时新闻 热点 副刊 财经 健康")
    True
    >>> is_spaced_menu("石榴花开 籽籽同心 民族团结 一家亲 共建美好家园")
    False
    >>> is_spaced_menu("产业 教育 医疗 就业 人才 文化")
    False
    >>> is_spaced_menu("喀什大学 新疆大学 塔里木大学 昌吉学院 伊犁师范大学")
    False
    """
    if not reads_as_menu(line):
        return False
    p = _patterns()
    words = line.split()
    sites = [w for w in words if org_name(w) and w.endswith(SITE_ENDINGS)]
    nav = [w for w in words if p["nav"].fullmatch(w)]
    # (产业 教育 医疗 就业 人才 文化: the aid's sectors are channels' names too, and 喀什大学 新疆大学 …
    # a list of recipients: a menu names its site or a link of its own)
    menu_words = sum(bool(p["channels"].fullmatch(w)) or w in sites for w in words)
    return bool(sites or nav) and 2 * menu_words > len(words)


def citation_journal(line: str) -> str | None:
    """The journal a citation line names (新疆大学学报(哲学·人文社会科学版). 2018,46(04)), or ``None``.

    >>> citation_journal("经济研究. 2019,(03):12-20"), citation_journal("援疆. 一年")
    ('经济研究', None)
    """
    m = _CITATION.fullmatch(line.strip())
    return m.group("journal") if m else None


_CITATION = lazy_regex(r"(?P<journal>[^。！？\s.．\[\]]{2,40})[.．]\s*(?:19|20)\d{2}\s*[,，]"
                       r"\s*(?:\d{1,3}\s*)?[(（]\s*\d{1,3}\s*[)）](?:\s*[:：]\s*\d{1,4}(?:-\d{1,4})?)?")


def is_thread_toolbar(line: str) -> bool:
    """A forum thread's toolbar under its title: links only, one of them to the original poster's
    posts (只看楼主 | 收藏 | 回复, 只看该作者 倒序浏览).

    >>> is_thread_toolbar("只看楼主 | 收藏 | 回复"), is_thread_toolbar("他只看楼主的帖子。")
    (True, False)
    """
    return any(link in line for link in THREAD_TOOLBAR_LINKS) \
        and furniture_kind(line) is EditReason.NAVIGATION


def is_platform_label(line: str) -> bool:
    """A self-media platform's label alone on its line (企鹅号, 头条号).

    >>> is_platform_label("企鹅号"), is_platform_label("企鹅号是腾讯的平台")
    (True, False)
    """
    return line.strip() in PLATFORM_LABELS


def account_label(line: str) -> bool:
    """A label of an account's card standing alone: its value is the next line.

    >>> account_label("微信号"), account_label("功能介绍："), account_label("微信号：itskingname")
    (True, True, False)
    """
    m = _patterns()["account"].fullmatch(line.strip())
    return m is not None and not m.group("value") and m.group("label") in _VALUED_ACCOUNT_LABELS


#: An account's name above its card is at most this long; its id (the value of 微信号) is Latin.
_ACCOUNT_NAME_MAX = 20
_ACCOUNT_ID = lazy_regex(r"[A-Za-z][A-Za-z0-9_\-]{3,30}")


def account_name_at(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k`` is the name of an account printed (once or twice) above its card:
    the name, ``微信号`` alone, and the account's id under it (爱否科技 / 微信号 / FViewXFG)."""
    simp = lines[k].simp
    if len(simp) > _ACCOUNT_NAME_MAX or SENTENCE_MARK.search(simp) or furniture_rule(simp) is not None \
            or simp[:1].isdigit():
        return False
    below = [ln.simp for ln in lines[k + 1 : k + 4]]
    if below and below[0] == simp:
        below = below[1:]
    if len(below) >= 2 and below[0].rstrip(":： ") in _ACCOUNT_NAME_LABELS \
            and bool(_ACCOUNT_ID.fullmatch(below[1])):
        return True
    # a self-media account's name (not a word: 他们, 民生) with its follow button right under it, or
    # under the post's date under it (博州发布 / 关注; 塔城零距离 / 19-10-22 09:12 / 关注)
    return follow_button_at(lines, k) is not None and len(simp.strip()) >= _ACCOUNT_NAME_MIN \
        and not common_word(simp.strip())


def follow_button_at(lines: Sequence[Line], k: int) -> int | None:
    """The index of the follow button of the account named at line ``k``: right under it, or under
    the post's date under it; ``None`` without one."""
    if k + 1 < len(lines) and lines[k + 1].simp.strip() in _FOLLOW_SET:
        return k + 1
    if k + 2 < len(lines) and lines[k + 2].simp.strip() in _FOLLOW_SET and lines[k + 1].simp[:1].isdigit():
        return k + 2
    return None


_FOLLOW_SET = frozenset(FOLLOW_BUTTONS)
#: An account's name printed over a follow button is at least this long (他们 / 关注 is a phrase) ...
_ACCOUNT_NAME_MIN = 3

#: A row of the site's links names at least this many, ...
_FOOTER_LINKS_MIN = 4
#: ... and this share of them are the words of navigation bars and site footers (联系我们, 版权声明).
_FOOTER_LINKS_SHARE = 0.5


def is_footer_links(line: str) -> bool:
    """A row of the site's own links, read anywhere on the page: four or more short labels
    (between spaces or bars), half of them navigation or footer words (:data:`NAV_WORDS`); or
    half of them the site's links by their form (:func:`_site_link`: its channels and sections, its
    other sites and editions, the places of its regional pages), with a navigation word among
    them, or five or more between bars.

    >>> is_footer_links("新华社简介 公司官网 联系我们 我要链接 版权声明 法律顾问")
    True
    >>> is_footer_links("喀什 和田 阿克苏 克州 伊犁"), is_footer_links("联系我们 了解援疆")
    (False, False)
    >>> is_footer_links("人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟")
    True
    >>> is_footer_links("网站首页 学校概况 校园新闻 德育天地 教学教研 党建园地 招生信息 联系我们")
    True
    >>> is_footer_links("乌鲁木齐 | 克拉玛依 | 吐鲁番 | 哈密 | 昌吉 | 博州")
    True
    >>> is_footer_links("喀什地区人民医院 新疆医科大学 疏附县妇幼保健中心 莎车县疾控中心")
    False
    """
    parts = [part for part in _FOOTER_SPLIT.split(line) if part]
    if len(parts) < _FOOTER_LINKS_MIN or not all(_FOOTER_LABEL.fullmatch(part) for part in parts):
        return False
    nav = sum(part in _nav_set() for part in parts)
    if nav >= _FOOTER_LINKS_SHARE * len(parts):
        return True
    # (a list of units or places between spaces is an article's: a bar or a site's link sets the row apart)
    if not nav and (len(parts) < _LINK_BAR_MIN or not _LINK_BARS.search(line)):
        return False
    bars = _LINK_BARS.search(line) is not None
    return sum(part in _nav_set() or _site_link(part, places=bars) for part in parts) \
        >= _FOOTER_LINKS_SHARE * len(parts)


#: A row of links between bars with no navigation word names at least this many.
_LINK_BAR_MIN = 5


#: A site's section named by its ending is a short link (学校概况, 党建园地, 地方领导留言板); a centre
#: shorter still (新闻中心, 数据中心: 便民服务中心, 青少年活动中心 are units an article lists).
_SECTION_LINK_MAX = 7
_CENTRE_LINK_MAX = 4


def _site_link(part: str, *, places: bool = True) -> bool:
    """Whether a label of a row of links is one of the site's by its form: a channel (时政, or
    ending as one: 人民视频), a section (学校概况, 新闻中心: :data:`SECTION_ENDINGS`; 关于人民网), one
    of its sites (海外网, 人民日报), or a place of its regional pages (克拉玛依) — with ``places`` only:
    places between spaces are an article's list (上海 喀什 两地 分享 援疆 经验; review32).

    >>> [_site_link(w) for w in ["时政", "人民视频", "科室导航", "关于人民网", "环球网", "克拉玛依", "援疆"]]
    [True, True, True, True, True, True, False]
    """
    from aidparse.article.words import place_word

    p = _patterns()
    # (泽普县疾控中心 | 莎车县疾控中心, 政务服务中心 | 便民服务中心: units between bars are an article's
    # list — a place before the ending, or a name longer than a link's; safety33)
    section = part.endswith(SECTION_ENDINGS) \
        and len(part) <= (_CENTRE_LINK_MAX if part.endswith("中心") else _SECTION_LINK_MAX) \
        and not any(place_word(part[:k]) for k in (2, 3, 4))
    if p["channels"].fullmatch(part) or section or part.startswith("关于"):
        return True
    if len(part) > 2 and any(part.endswith(w) for w in CHANNEL_WORDS if len(w) >= 2):
        return True
    return (org_name(part) and part.endswith(SITE_ENDINGS)) or (places and place_word(part))


@functools.cache
def _nav_set() -> frozenset[str]:
    return frozenset(NAV_WORDS)


_FOOTER_SPLIT = lazy_regex(r"[\s|｜丨·•/]+")
_FOOTER_LABEL = lazy_regex(r"[\p{Han}A-Za-z0-9]{2,8}")


def is_link_list(line: str) -> bool:
    """A row of links: three or more short labels between bars or dots (新闻 | 图片 | 视频,
    时政·国际·财经), no punctuation. (Labels between spaces only are read above the headline
    only, :func:`is_nav_bar`: a poem or a list of places in the article looks the same.)

    >>> is_link_list("新闻 | 图片 | 视频 | 专题"), is_link_list("时政·国际·财经·台湾·军事")
    (True, True)
    >>> is_link_list("对口援疆 情暖兵团·专访 | 山西省:晋疆情深 万里绘宏图"), is_link_list("援疆 | 十年")
    (False, False)
    """
    if len(line) > 120:
        return False
    parts = [part.strip() for part in _LINK_SEPARATORS.split(line) if part.strip()]
    bars = bool(_LINK_BARS.search(line))  # between dots only, five or more (学习·成长·奉献 is a heading)
    return len(parts) >= (3 if bars else 5) and all(_LINK_LABEL.fullmatch(part) for part in parts) \
        and bool(_LINK_SEPARATORS.search(line))


def is_list_header(line: str) -> bool:
    """A line that introduces a list of other headlines (相关链接, 更多 今日话题, 24小时排行榜)."""
    return len(line) <= 20 and bool(_patterns()["list_header"].fullmatch(line))


def is_list_item(line: str) -> bool:
    """A line that starts like an item of a list (a bullet, a number, a bracketed tag)."""
    return bool(_patterns()["list_item"].match(line))


#: Program code: brackets, assignments, calls (handler.insert_one({...}), x = f(y);).
_CODE = lazy_regex(r"[{}]|;\s*$|\s=\s|\w\.\w+\(|\w\(\S*\)")
_DOMAIN = lazy_regex(r"[\w\-]+\.(?:com|net|org|top|cc|vip|xyz|cn)(?![A-Za-z])")
#: A line that is only a web address.
_URL_LINE = lazy_regex(r"(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                       r"\.(?:com|cn|net|org|gov|edu|top|cc|vip|xyz|info)(?:\.cn)?(?:[/?#]\S*)?")
_LINK_SEPARATORS = lazy_regex(r"\s*[|｜丨·•]\s*")
_LINK_BARS = lazy_regex(r"[|｜丨]")
_LINK_LABEL = lazy_regex(r"[\p{Han}A-Za-z0-9]{1,8}")
_NAV_TOKEN = lazy_regex(r"\p{Han}{2,6}")


def furniture_kind(line: str) -> EditReason | None:
    """The kind of furniture ``line`` (stripped, Simplified) is by its own form, or ``None``.

    >>> [furniture_kind(s) for s in ["【打印】【关闭】", "分享到:", "字体: 小 大", "您的位置:",
    ...  "欢迎访问某某县新闻网!", "不良信息举报窗口", "作者:", "关键词:援疆 喀什 医疗",
    ...  "高清影视一区_最新电影在线看_免费大片观看_精品视频免费在线",
    ...  "《某某日报》版权所有，转载请注明来源及本网站名称。", "乱!-- /1234/web_site/footer -->",
    ...  "厚 德   博 学   求 是   创 新", "IMG_0012.jpg", "产业援疆富民生"]]  # doctest: +NORMALIZE_WHITESPACE
    [<EditReason.NAVIGATION: 'navigation'>, <EditReason.NAVIGATION: 'navigation'>,
     <EditReason.NAVIGATION: 'navigation'>, <EditReason.BREADCRUMB: 'breadcrumb'>,
     None, <EditReason.QR_CODE: 'qr-code'>,
     <EditReason.EMPTY_ROLE: 'empty-role'>, <EditReason.KEYWORDS: 'keywords'>,
     <EditReason.SPAM: 'spam'>, <EditReason.COPYRIGHT: 'copyright'>,
     <EditReason.SCRIPT_RESIDUE: 'script-residue'>, <EditReason.BANNER: 'banner'>,
     <EditReason.IMAGE: 'image'>, None]
    """
    found = furniture_rule(line)
    return found[1] if found else None


#: A ``<title>`` line's headline is at least this long; the channels between it and the site's name
#: at most :data:`_CHANNEL_MAX` (keywords stuffed for search engines are short, every one).
_TITLE_HEADLINE_MIN = 10
_CHANNEL_MAX = 8
_SITE_DOMAIN = lazy_regex(r"\s*[(（][A-Za-z0-9.\-]{3,30}[)）]$")


def page_title(line: str) -> bool:
    """A page's ``<title>`` as content systems print it: the headline, its channel, the site's name,
    joined by underscores (…推动建成新学校_新闻_天山网, …_时政频道_央视网(cctv.com)) — not a row of
    keywords stuffed for search engines, which is short words only.

    >>> page_title("上海援疆干部在喀什推动建成新学校_新疆频道_凤凰网")
    True
    >>> page_title("喀什旅游_喀什旅游攻略_喀什美食_新疆旅游")
    False
    >>> page_title("上海援疆干部在喀什推动建成新学校_援疆_喀什美食")
    False
    >>> page_title("喀什旅游攻略喀什美食推荐_喀什旅游_新疆旅游网")
    False
    """
    parts = [part.strip() for part in line.split("_")]
    if not 3 <= len(parts) <= 4 or len(parts[0]) < _TITLE_HEADLINE_MIN \
            or any(len(part) > _CHANNEL_MAX or not part or part in parts[0] for part in parts[1:-1]):
        return False  # (喀什旅游攻略喀什美食推荐_喀什旅游_…: keywords the first part repeats)
    site = _SITE_DOMAIN.sub("", parts[-1])
    return org_name(site) or government_name(site)


@functools.lru_cache(maxsize=4096)  # the walk and the anchors ask about the same lines
def furniture_rule(line: str) -> tuple[str, EditReason] | None:
    """The rule that makes ``line`` furniture by its own form, and the kind, or ``None``.

    >>> furniture_rule("分享到:")
    ('furniture.share', <EditReason.NAVIGATION: 'navigation'>)
    """
    p = _patterns()
    n = len(line)
    if n > 400:
        return _translation(line)
    if p["script"].fullmatch(line):
        return "furniture.script", EditReason.SCRIPT_RESIDUE
    if n <= _CLOCK_MAX and p["clock"].fullmatch(line):
        return "furniture.clock", EditReason.NAVIGATION
    if n <= 30 and p["weather"].fullmatch(line):
        return "furniture.weather", EditReason.NAVIGATION
    if n <= 30 and p["relative_time"].fullmatch(line):
        return "furniture.relative-time", EditReason.HEADER_LINE
    if n <= 300 and p["seo"].fullmatch(line) and not SENTENCE_MARK.search(line) and not page_title(line):
        return "furniture.seo", EditReason.SPAM
    spam = spam_score(line) if n <= 300 else 0  # (asked twice of a short line: counted once)
    if n <= 300 and spam >= (_SPAM_IN_SENTENCE if STOP.search(line) else 3):
        return "furniture.spam-words", EditReason.SPAM  # a sentence about gambling needs far more
    if n <= 60 and spam >= 2 and "欢迎" in line:
        return "furniture.spam-welcome", EditReason.SPAM
    if p["separator"].fullmatch(line):
        return "furniture.separator", EditReason.NAVIGATION
    if p["end_mark"].fullmatch(line):
        return "furniture.end-mark", EditReason.NAVIGATION
    if n <= 60 and p["counters"].fullmatch(line):
        return "furniture.counters", EditReason.NAVIGATION
    if n <= 60 and p["placeholder"].fullmatch(line) and not SENTENCE_MARK.search(line[:-1]):
        return "furniture.placeholder", EditReason.SCRIPT_RESIDUE
    if n <= 80 and p["nav"].fullmatch(line):
        return "furniture.nav", EditReason.NAVIGATION
    if n <= 80 and "关注" in line and _nav_with_follow(line):
        return "furniture.nav", EditReason.NAVIGATION  # 关注 签到: a follow button among other links
    if n <= 200 and is_spaced_menu(line):
        return "furniture.spaced-menu", EditReason.NAVIGATION
    if n <= 200 and p["link_label"].fullmatch(line):
        return "furniture.link-label", EditReason.NAVIGATION
    if n <= 30 and p["category"].fullmatch(line):
        return "furniture.category", EditReason.NAVIGATION
    if n <= 70 and p["related_item"].fullmatch(line):
        return "furniture.related-item", EditReason.RELATED_LIST
    if n <= 24 and p["official_account"].fullmatch(line):
        return "furniture.official-account", EditReason.ADVERTISEMENT
    if n <= 10 and p["home_link"].fullmatch(line):
        return "furniture.home-link", EditReason.NAVIGATION
    if n <= 80 and p["forum_note"].fullmatch(line):
        return "furniture.forum-note", EditReason.NAVIGATION
    if n <= 30 and p["visitors"].fullmatch(line):
        return "furniture.counters", EditReason.NAVIGATION
    if n <= 120 and is_footer_links(line):
        return "furniture.footer-links", EditReason.NAVIGATION
    if n <= 120 and p["account"].fullmatch(line):
        return "furniture.account-card", EditReason.BANNER
    if n <= 120 and is_channel_bar(line):
        return "furniture.channels", EditReason.NAVIGATION
    if n <= 60 and p["share"].fullmatch(line):
        return "furniture.share", EditReason.NAVIGATION
    if n <= 80 and p["widget"].fullmatch(line):
        return "furniture.widget", EditReason.NAVIGATION
    if n <= 16 and p["ad_label"].fullmatch(line):
        return "furniture.ad-label", EditReason.ADVERTISEMENT
    if is_breadcrumb(line) or trail_clock(line) is not None:  # (…> 援疆动态 2021年5月8日 星期六: its clock)
        return "furniture.breadcrumb", EditReason.BREADCRUMB
    if _URL_LINE.fullmatch(line):
        return "furniture.url", EditReason.NAVIGATION
    if is_link_list(line) and parse_credits(line) is None:  # 记者 王晓 通讯员 李明 报道 is a byline
        return "furniture.link-list", EditReason.NAVIGATION
    tokens = line.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens):
        squeezed = furniture_rule("".join(tokens))  # 人 民 网 版 权 所 有 ，未 经 书 面 授 权
        if squeezed is not None:
            return squeezed
        if all(len(t) == 1 for t in tokens):  # 厚 德   博 学: a letter-spaced motto
            return "furniture.spaced-motto", EditReason.BANNER
    if n <= 50 and p["qr"].fullmatch(line):
        return "furniture.qr", EditReason.QR_CODE
    if n <= 30 and p["paywall"].fullmatch(line) and not SENTENCE_MARK.search(line[:-1]):
        return "furniture.paywall", EditReason.PAYWALL
    if (n <= 160 and p["copyright"].fullmatch(line)) or (n <= 50 and p["browser"].fullmatch(line)):
        return "furniture.copyright", EditReason.COPYRIGHT
    if n <= 200 and p["disclaimer"].fullmatch(line):
        return "furniture.disclaimer", EditReason.COPYRIGHT
    if n <= 24 and p["disclaimer_short"].fullmatch(line):
        return "furniture.disclaimer", EditReason.COPYRIGHT
    if n <= 120 and p["call"].fullmatch(line):
        return "furniture.call", EditReason.ADVERTISEMENT
    if (n <= 40 and (p["prompt"].fullmatch(line) or p["app_call"].fullmatch(line)
                     or (len(line.split()) >= 2 and p["app_slogan"].fullmatch(line)))) \
            or (n <= 120 and p["tip"].fullmatch(line)):
        return "furniture.call", EditReason.ADVERTISEMENT
    if n <= 60 and p["weak_call"].fullmatch(line):
        return "furniture.weak-call", EditReason.ADVERTISEMENT
    if n <= 30 and p["login"].fullmatch(line):
        return "furniture.login", EditReason.NAVIGATION
    if n <= 120 and len(p["contact"].findall(line)) >= 2:
        return "furniture.contact", EditReason.COPYRIGHT
    if n <= 40 and p["hotline"].fullmatch(line):
        return "furniture.contact", EditReason.COPYRIGHT
    if n <= 120 and _site_footer(line):  # (not a rule that ends the article: a project's notice may follow)
        return "furniture.site-footer", EditReason.COPYRIGHT
    if n <= 60 and _site_address(line):
        return "furniture.url", EditReason.NAVIGATION
    if n <= 20 and p["link"].fullmatch(line) and parse_credits(line) is None:
        return "furniture.link", EditReason.NAVIGATION
    if n <= 60 and p["pages"].fullmatch(line) and (p["han"].search(line) or "【" in line or "[" in line):
        return "furniture.pages", EditReason.NAVIGATION
    if p["damage"].fullmatch(line) and "\ufffd" in line:
        return "furniture.damage", EditReason.SCRIPT_RESIDUE
    if p["empty_role"].fullmatch(line):
        return "furniture.empty-role", EditReason.EMPTY_ROLE
    if p["keywords"].fullmatch(line):
        return "furniture.keywords", EditReason.KEYWORDS
    if n <= 300 and p["image"].fullmatch(line):
        return "furniture.image", EditReason.IMAGE
    if n <= 40 and p["image_credit"].fullmatch(line) and not credits_photographer(line):
        return "furniture.image-credit", EditReason.CAPTION
    closing = _closing_rule(line)
    if closing is not None:
        return closing
    if n <= 80 and p["languages"].fullmatch(line) and _language_link(line) \
            and ("|" in line or "｜" in line or (p["han"].search(line) and p["foreign_word"].search(line))):
        return "furniture.languages", EditReason.NAVIGATION  # 汉文 | ئۇيغۇرچە | English
    return _translation(line)


def _nav_with_follow(line: str) -> bool:
    """A line of navigation words with a follow button among them (关注 签到, 关注 | 分享): a bare
    关注 alone goes only under an account's name.

    >>> _nav_with_follow("关注 签到"), _nav_with_follow("关注"), _nav_with_follow("关注民生")
    (True, False, False)
    """
    rest = line.replace("关注", " ").strip()
    return bool(rest) and bool(_patterns()["nav"].fullmatch(rest))


def _site_footer(line: str) -> bool:
    """A line of a site's footer that says who runs or supports the site: a label only footers
    print after the site's name (河南日报网络版  技术支持：大河网), or two labels of who runs it, one
    of them a footer's (主办单位：国务院办公厅 运行维护单位：中国政府网运行中心) or all in their short
    forms with one (主办：昌吉市人民政府办公室　技术支持：昌吉市融媒体中心).

    >>> _site_footer("河南日报网络版  技术支持：大河网")
    True
    >>> _site_footer("主办：昌吉市人民政府办公室　技术支持：昌吉市融媒体中心")
    True
    >>> _site_footer("主办：喀什地区文联　承办：莎车县文化馆")  # an event's notice too
    False
    >>> _site_footer("主办单位：自治区文旅厅　承办单位：喀什地区文旅局")  # an event's notice
    False
    >>> _site_footer("该公司为项目提供 技术支持：培训和运维")
    False
    """
    if SENTENCE_MARK.search(line):
        return False
    p = _patterns()
    named = p["site_only"].fullmatch(line)
    if named is not None:  # (a site's name: 新疆农业大学 技术支持：… is a project's notice; review32)
        name = named.group("name")
        return org_name(name) and name.endswith((*SITE_ENDINGS, "网络版", "电子版")) and _supports_sites(line)
    labels = list(p["sponsor_label"].finditer(line))
    if len(labels) < 2 or labels[0].start() != 0:
        return False
    # a label only a footer prints among them (主办：… 承办：… alone is an event's notice too: review32),
    # naming who runs sites (技术支持：上海援疆医疗队 is an event's: safety33)
    return any(m.group("site") for m in labels) and _supports_sites(line)


#: The ends of the names of who supports or maintains a site (技术支持：大河网, 运行维护：…信息中心,
#: …科技有限公司): a site, a newsroom of all media, an information centre, a technology company.
SITE_SUPPORT_ENDINGS: Final = (*SITE_ENDINGS, "融媒体中心", "信息中心", "数据中心", "网络中心", "运行中心",
                               "运维中心", "技术中心", "科技", "信息", "网络", "公司", "工作室")


def _supports_sites(line: str) -> bool:
    """Whether every value after a label only footers print names who runs sites
    (:data:`SITE_SUPPORT_ENDINGS`)."""
    values = [m.group(1).strip() for m in _SUPPORT_VALUE.finditer(line)]
    return bool(values) and all(v.endswith(SITE_SUPPORT_ENDINGS) for v in values)


#: The value after a label only footers print, up to the next label or the line's end.
_SUPPORT_VALUE = lazy_regex(rf"(?:{'|'.join(SITE_ONLY_LABELS)})\s*[:：]\s*([^\s:：]+?)(?=\s|$)")


#: Verbs of a notice that sends its reader to a site (请登录, 浏览, 访问, 详见).
_VISIT = lazy_regex(r"请|登录|登入|登陆|浏览|瀏覽|访问|詳見|详见|关注|查询|进入|报名")


def _site_address(line: str) -> bool:
    """A site's name and its web address alone on a line (明报加西版网站 mingpaocanada.com).

    >>> _site_address("明报加西版网站 mingpaocanada.com"), _site_address("（星岛环球网 www.stnn.cc）")
    (True, True)
    >>> _site_address("详情请登录 www.xjedu.gov.cn")
    False
    """
    m = _patterns()["site_address"].fullmatch(line)
    if m is None:
        return False
    name = m.group("name")
    # (报名请登录新疆人事考试网 www.…: a notice's instruction to visit the site; review32; a government's
    # portal is what a notice lists: 泽普县人民政府网 www.…; safety33)
    return org_name(name) and name.endswith(SITE_ENDINGS) and _VISIT.search(name) is None \
        and not government_name(name)


def _closing_rule(line: str) -> tuple[str, EditReason] | None:
    """The rule of a line that closes a page after its article, by its own form, or ``None``: a
    line crediting the pictures under a label of theirs (题图来源：…), an owner's rights notice
    (新浪新闻 著作权所有).

    >>> _closing_rule("题图来源：上海援疆巴楚分指挥部 图片编辑：邵竞")
    ('furniture.image-credit', <EditReason.CAPTION: 'caption'>)
    >>> _closing_rule("新浪新闻 著作权所有")
    ('furniture.copyright', <EditReason.COPYRIGHT: 'copyright'>)
    >>> _closing_rule("该作品的著作权所有人为王晓。"), _closing_rule("题图")
    (None, None)
    """
    if picture_credit_line(line):
        return "furniture.image-credit", EditReason.CAPTION
    if len(line) <= _RIGHTS_MAX and _RIGHTS_NOTICE.fullmatch(line):
        return "furniture.copyright", EditReason.COPYRIGHT
    return None


#: Taiwan's word for copyright (著作權所有) after its owner's name, as a portal closes its pages
#: (新浪新聞 著作權所有, 中央社 著作權所有 不得轉載), in Simplified; not the owner of a work's rights in a
#: sentence (著作权所有人, 著作权所有者).
_RIGHTS_NOTICE = lazy_regex(r"[^。！？；;]{0,30}?著作权所有(?![人者权方])"  # (not 著作权所有人)
                            r"(?:[\s,，]*[^。！？；;]{0,20})?[。.]?")
#: Such a notice is no longer than this.
_RIGHTS_MAX = 60


def is_picture(line: str) -> bool:
    """Whether ``line`` stands where a picture was: its file name, ``![](…)``, ``[图片]``.

    >>> [is_picture(s) for s in ["![](http://x.cn/a.jpg)", "a_20231024.jpg", "[图片]", "图片", "图片新闻"]]
    [True, True, True, True, False]
    """
    found = furniture_rule(line)
    return (found is not None and found[0] == "furniture.image") or _PICTURE.fullmatch(line) is not None


_PICTURE = lazy_regex(r"[\[【<(（]?\s*(?:图片|图|照片|img|IMG|image)\s*[\]】>)）]?")


def foreign_words(text: str) -> int:
    """How many words of Latin, Arabic (Uyghur, Kazakh) or Cyrillic letters ``text`` holds.

    >>> foreign_words("援疆 Aid cadres ياردەم بېرىش Қазақ")
    5
    """
    return len(_patterns()["foreign_word"].findall(text))


def _language_link(line: str) -> bool:
    """Whether a line names a version of the site in another language or form (汉文, English)."""
    return any(w in LANGUAGE_LINKS for w in _LANGUAGE_SPLIT.split(line))


_LANGUAGE_SPLIT = lazy_regex(r"[\s|｜/·•]+")


def _translation(line: str) -> tuple[str, EditReason] | None:
    """A paragraph without Han characters: eight words or more (of Latin, Arabic or Cyrillic
    letters), or one marked ``<<``.

    >>> _translation("ياردەم بېرىش كادىرلىرى ئاساسىي قاتلامغا چۆكۈپ تەكشۈرۈش ئېلىپ باردى")
    ('furniture.translation', <EditReason.TRANSLATION: 'translation'>)
    """
    p = _patterns()
    if p["han"].search(line):
        return None
    words = p["foreign_word"].findall(line)
    if _CODE.search(line):
        return None  # a line of program code in a technical article, not a translation
    if len(words) >= 8 or (line.startswith("<<") and words):
        return "furniture.translation", EditReason.TRANSLATION
    return None


_SITE_SEPARATORS = lazy_regex(r"[\s|｜_\-—–·•]+")
_LATIN_WORD = lazy_regex(r"[A-Za-z][A-Za-z.]*")
_SITE_HAN = lazy_regex(r"\p{Han}")


#: A site's banner saying who runs it, after the last name (新疆日报社主办, 主管主办).
_SPONSOR = lazy_regex(r"(?<=\p{Han})\s*(?:主管主办|主办|主管|承办)\s*$")


def is_site_names(simp: str) -> bool:
    """A line of site names (and their English names) only: a banner (中国日报网 China Daily,
    天山网 - 新疆日报, 央视网|中国网络电视台).

    >>> is_site_names("中国日报网 China Daily"), is_site_names("天山网 - 新疆日报")
    (True, True)
    >>> is_site_names("天山网评：援疆十年"), is_site_names("新疆日报 石榴云客户端 新疆日报社主办")
    (False, True)
    """
    if len(simp) > 60:
        return False
    # (the last name may say it runs the site: 新疆日报社主办, 主管)
    parts = [p for p in _SITE_SEPARATORS.split(_SPONSOR.sub("", simp)) if p]
    han = [p for p in parts if _SITE_HAN.search(p)]
    return len(parts) >= 2 and bool(han) and all(org_name(p) for p in han) \
        and all(_LATIN_WORD.fullmatch(p) for p in parts if not _SITE_HAN.search(p))


def trail_clock(simp: str) -> int | None:
    """Where the site's clock starts after its breadcrumb trail on one line (首页 > 援疆动态 2021年5月8日
    星期六: a date and its weekday, the day the page is read), or ``None``.

    >>> trail_clock("首页 > 援疆动态 2021年5月8日 星期六"), trail_clock("首页 > 新闻 2021-05-08 来源：天山网")
    (10, None)
    """
    for m in _DATE_AFTER_SPACE.finditer(simp):
        if _SITE_CLOCK.fullmatch(simp, m.start()) and is_breadcrumb(simp[: m.start()].rstrip()):
            at: int = m.start()
            return at
    return None


_DATE_AFTER_SPACE = lazy_regex(r"(?<=\s)(?:19|20)\d{2}\s*[-/.年]")
_SITE_CLOCK = lazy_regex(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                         r"(?:星期[一二三四五六日天]|周[一二三四五六日])\s*")


def is_lunar_day(line: str) -> bool:
    """A day with its day of the lunar calendar (2024年5月12日 星期日 农历四月初五): the site's clock
    above the headline, or a dated heading of the article; never the headline.

    >>> is_lunar_day("2024年5月12日 星期日 农历四月初五"), is_lunar_day("农历四月初五，村民一起过节")
    (True, False)
    """
    return "农历" in line and len(line) <= _CLOCK_MAX and _patterns()["lunar_day"].fullmatch(line) is not None


def is_banner(line: str) -> bool:
    """A site banner or welcome line (only read above the headline).

    >>> is_banner("欢迎进入和静新闻网!"), is_banner("欢迎访问天山网")
    (True, True)
    """
    return len(line) <= 40 and bool(_patterns()["banner"].fullmatch(line))


def is_ad(line: str) -> bool:
    """A subscription or download offer (only read above or below the article).

    >>> is_ad("编辑短信XW发送到10658000,即可免费订阅三个月新疆早报手机报。"), is_ad("发短信")
    (True, True)
    >>> is_ad("援疆干部每天给家人发短信报平安，讲述在边疆的工作和生活。")
    False
    >>> is_ad("【免费领取】新疆旅游攻略，加微信xj888888"), is_ad("游客可加微信咨询。")
    (True, False)
    """
    p = _patterns()
    return len(line) <= 80 and bool(p["ad"].fullmatch(line) or p["ad_handle"].search(line)
                                    or (len(line) <= 24 and p["ad_weak"].fullmatch(line)))


def opens_with_site_label(line: str) -> bool:
    """A line that opens with a label of the site's footer or contact block (主办单位：, 地址：,
    联系电话：, 技术支持：): wherever it stands, not a headline.

    >>> opens_with_site_label("地址：乌鲁木齐市天山区"), opens_with_site_label("江苏援疆：让受援地有新变化")
    (True, False)
    """
    p = _patterns()
    return bool(p["contact"].match(line) or p["event_labels"].match(line) or p["footer"].match(line))


def is_paper_record(line: str) -> bool:
    """A line of a journal paper's bibliographic record (中图分类号：F127, 【机构】…, the numbered
    institutions with their postcodes): furniture on a page that shows two or more of them.

    >>> is_paper_record("中图分类号：F127 文献标识码：A"), is_paper_record("基金项目：援疆资金共8个。")
    (True, False)
    """
    return len(line) <= 200 and bool(_patterns()["paper"].fullmatch(line))


def is_footer_note(line: str) -> bool:
    """A note that is furniture when it closes the page: a disclaimer (``提示:…``), the site's
    organiser or contact (``主办单位：…``, which an article about an event prints too)."""
    p = _patterns()
    return bool(p["footer"].fullmatch(line) or p["event_labels"].fullmatch(line))
