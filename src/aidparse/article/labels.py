"""The words metadata lines are made of: roles, labels, counters, widgets, and the endings of
organisations' and places' names.

Tables only (and :func:`alternation`, which turns one into a pattern's alternation): the
readers of :mod:`~aidparse.article.credits`, :mod:`~aidparse.article.datelines`,
:mod:`~aidparse.article.names` and :mod:`~aidparse.article.furniture` build their patterns
from them, so a new label is one entry here.

>>> "来源" in SOURCE_LABELS, "责任编辑" in EDITOR_ROLES, "记者" in AUTHOR_ROLES
(True, True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from aidparse._lazy import regex_escape

__all__ = [
    "AFFILIATION_LABELS",
    "AUTHOR_ROLES",
    "COUNTER_LABELS",
    "COUNTER_PLACEHOLDERS",
    "CREDITING_ROLES",
    "CREW_LABELS",
    "DATE_LABELS",
    "DEPARTMENT_ENDINGS",
    "DESCRIPTIONS",
    "DOCUMENT_ENDINGS",
    "EDITOR_ROLES",
    "GLUED_DATE_LABELS",
    "GLUED_SOURCE_LABELS",
    "HOUSE_WORDS",
    "LANGUAGE_EDITIONS",
    "NETWORK_ENDINGS",
    "NOT_A_PERSON",
    "NOT_A_SOURCE",
    "NOT_NAMES",
    "NOT_NAME_END",
    "ORG_ENDINGS",
    "OUTLETS",
    "RECORD_LABELS",
    "REGION_ENDINGS",
    "ROLE_MODIFIERS",
    "SOURCE_LABELS",
    "SOURCE_SUFFIXES",
    "STAMP_WIDGETS",
    "TRANSLATOR_ROLES",
    "WIDGET_LABELS",
    "alternation",
]

#: Roles that credit an author (a byline names them, with or without a colon).
AUTHOR_ROLES: Final = (
    "记者", "通讯员", "作者", "撰稿", "撰文", "采写", "文字", "主笔", "编译", "整理", "口述",
    "采访人员", "摄影", "摄像", "图片", "文/图", "图/文", "文图", "图文", "文·图", "图·文", "实习生",
    "评论员", "执笔", "撰稿人", "供图",
    "特约评论员", "文", "图", "摄",
    "投稿", "投稿人",  # a reader's contribution (投稿：王晓)
    "本文作者", "文章作者",  # (本文作者：王晓, as 本文来源： names the source)
    "原文作者", "原作者",  # a translated or excerpted article's writer (原文作者：王晓)
)
#: Words that credit the reporter only as a label, before a separator (报道：林家豪, 报导／王晓, as
#: Malaysian and Singaporean papers print their bylines); without one they are the report's word (综合报道).
REPORT_LABELS: Final = ("报道", "报导", "采访")
#: Labels that credit who made a video's or a graphic's pictures and sound, as a photographer is
#: credited (an author: 视频：王晓, 剪辑：王晓, 制图：王晓; its producer, 监制, edits): read only with a
#: separator (视频 公开课 on a menu credits no one).
CREW_LABELS: Final = (
    "拍摄", "航拍", "视频", "视频拍摄", "图片摄影", "剪辑", "视频剪辑", "后期", "配音", "制图", "设计",
    "海报", "海报设计", "动画", "制作", "视频制作", "文案",
    "主播", "播音",  # a programme's anchor, as its voice-over (配音) is credited
)
#: Words before a role that qualify it (本报记者, 特派记者, 全媒体记者).
ROLE_MODIFIERS: Final = (
    "本报", "本台", "本刊", "本网", "本站", "特派", "特约", "实习", "见习", "首席", "全媒体", "融媒体",
    "总台", "驻站", "驻疆", "摄影", "专栏", "签约", "全媒",
)
#: Roles that credit an editor.
EDITOR_ROLES: Final = (
    "责任编辑", "责编", "编辑", "值班编辑", "实习编辑", "网络编辑", "初审编辑", "复审编辑", "终审编辑",
    "审核", "校对", "审校", "初审", "二审", "三审", "终审", "一审", "复审", "监制", "选稿", "编审",
    "签发", "主编", "编校", "统筹", "录入", "核稿", "编发", "发布者", "发布人", "发布", "上传", "上传者",
    "审稿", "值班主任", "策划", "文章录入", "信息录入", "录入员",
    "网编", "美编", "美术编辑", "图片编辑", "文字编辑", "执行编辑", "视频编辑", "新媒体编辑", "总编辑",
    "值班总编", "组稿", "排版", "审核人", "审签",
    "出品人",  # a video's producer
    "签审", "审读", "栏目主编", "栏目编辑", "本版编辑", "责编审核",
    "资深编辑", "首席编辑",  # a paper's ranks of editors (上观新闻's 资深编辑：)
    "新闻编辑",
)
#: Roles that credit a translator (（译者：王晓）, as a wire closes a story translated from a foreign
#: agency's): read so that the line is a credit, but the translator is neither the article's author
#: nor its editor, and the report has no field for one.
TRANSLATOR_ROLES: Final = ("译者", "翻译", "编译者")
#: Labels of the credited publisher.
SOURCE_LABELS: Final = (
    "来源", "本文来源", "文章来源", "信息来源", "新闻来源", "稿件来源", "稿源", "出处", "转自", "来自",
    "转载自", "摘自", "选自", "原载", "本文来自", "文章转载自", "供稿", "供稿单位", "发布单位", "发布机构",
    "来源于", "本文来源于", "文章来源于", "转载于", "本文转自", "文章出处", "信息提供", "发稿单位",
    "发文机关", "发布机关", "来源单位", "信息来源单位", "来稿单位", "供稿部门",
    "出品", "出品单位",  # a video's or a feature's producer (出品：喀什日报社)
    "内容来源", "原文来源", "消息来源", "素材来源",
)
#: Endings of a department, a desk or a group credited where a person would be (作者：医技药剂党支部,
#: 文：经济日报中国组, 文：本报采访组, 作者：县委办公室): no person, and no publisher either.
DEPARTMENT_ENDINGS: Final = (
    "党总支", "党支部", "支部", "党委", "工会", "团委", "办公室", "科室", "科", "室", "处",
    "组", "部",  # a newsroom's desk or a group (中国组, 采访组, 课题组, 评论部, 新闻部)
)
#: Endings of a network of outlets whose member in a county is named after a dot before its
#: correspondent (Zhejiang's 共享联盟·温宿 王丽芳): an organisation, never a person's name.
NETWORK_ENDINGS: Final = ("联盟",)
#: Labels of the organisation an author works for (单位：新疆大学).
AFFILIATION_LABELS: Final = ("单位", "作者单位", "工作单位", "所在单位")
#: Values after an author's label that name nobody (佚名, admin).
NOT_A_PERSON: Final = (
    "佚名", "未知", "不详", "本站", "本网", "小编", "管理员", "编辑部", "admin", "Admin", "ADMIN",
    "administrator", "editor", "root", "webmaster", "system", "guest", "user",
    # a reader's submission, the internet, a repost: no one named
    "网友投稿", "网友来稿", "读者来稿", "网友", "投稿", "匿名", "网络", "转载",
)
#: What a counter shows where its number did not load (阅读：加载中, 点击：次).
COUNTER_PLACEHOLDERS: Final = ("加载中", "正在加载", "载入中", "读取中", "--", "-", "无", "0")
#: Source labels that take their value without a separator (本文来源于人民网).
GLUED_SOURCE_LABELS: Final = (
    "来源于", "本文来源于", "文章来源于", "信息来源于", "转载于", "本文转自", "文章转自", "本文来自",
    "以下文章来源于",  # a WeChat post reposted from another account (with its author: _REPOST_CREDIT)
    "转载自",
    "摘自", "选自", "节选自", "摘编自", "转自",
    "原载于", "原文载于", "原文刊于", "原刊于",  # where the article was first printed (原载于《新疆日报》)
)
#: Labels of font-size and similar widgets; their value is the widget (字号：T|T, 字体：大 中 小).
WIDGET_LABELS: Final = ("字号", "字体", "视力保护色", "分享到", "分享")
#: Labels of a government portal's disclosure catalogue (政府信息公开目录: 索引号, 主题分类, 文号 …):
#: its values file the page, they are none of the report's fields; each runs to the next label.
RECORD_LABELS: Final = (
    "索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "信息分类", "内容分类", "主题词", "文号",
    "发文字号", "公开方式", "公开范围", "公开时限", "公开形式", "有效性", "所属主题",
    # an e-paper's page (版次：02 综合新闻)
    "版次", "版名", "版面", "版面名称",
    # a message board's record of a message and its reply (留言类型：求助, 办理状态：已办理)
    "留言对象", "留言类型", "留言领域", "办理状态", "回复机构", "满意度", "处理状态",
    # the column or channel a CMS files the page under (所属栏目：援疆动态)
    "所属栏目", "栏目", "栏目名称", "所属频道", "所属分类", "所属专题",
)
#: Labels of the page's date.
DATE_LABELS: Final = (
    "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "更新日期", "发稿时间", "上传时间",
    "录入时间", "发文日期", "成文日期", "时间", "日期", "最后更新", "最后更新时间", "添加时间", "编辑时间",
    "回复时间", "答复时间",
    # an e-paper's issue (出版日期：2023年10月27日)
    "出版日期", "出版时间", "刊发日期", "刊发时间", "见报日期",
)
#: Date labels that need no separator before the date (发布于 2021-05-08).
GLUED_DATE_LABELS: Final = ("发布于", "发表于", "更新于", "发布在", "发表在", "写于", "创建于",
                            "刊登于", "刊于", "登载于")  # (a paper's archive: 刊登於 2019-11-25)
#: Counters a page prints beside its stamp, often empty in a scrape.
COUNTER_LABELS: Final = (
    "浏览次数", "浏览量", "浏览", "点击数", "点击量", "点击率", "点击", "阅读量", "阅读数", "阅读次数",
    "阅读", "访问量", "访问次数", "评论数", "评论", "人气",
)
#: Widget words a stamp line may carry between its fields.
STAMP_WIDGETS: Final = (
    "字体", "字号", "打印", "关闭", "收藏", "分享", "纠错", "大", "中", "小", "默认", "繁体", "简体",
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "周一", "周二", "周三",
    "周四", "周五", "周六", "周日", "版权声明", "举报", "评论", "原创", "独家", "转载", "投稿", "订阅",
    "只看该作者", "只看楼主", "倒序浏览", "阅读模式", "楼主", "沙发", "板凳", "地板", "电梯直达",
    "我有话说", "我要评论", "发表评论", "网友评论",  # a comment box's link on the stamp line
    "参与互动", "参与讨论",  # … and its count: 参与互动(0), as 中国新闻网 printed it
    "我要分享", "朗读", "语音播报", "A+", "A-",  # sharing, reading aloud, the font's size
)
#: Values after 来源 that name no publisher.
NOT_A_SOURCE: Final = (
    "网络", "互联网", "网友", "网友投稿", "本站", "本网", "原创", "综合", "网络整理", "综合整理", "未知",
    "佚名", "转载", "其他", "自媒体", "网络转载", "无",
)
#: Labels a credited source may carry after its name (天山网原创).
SOURCE_SUFFIXES: Final = ("原创", "综合", "整理", "供稿", "报道", "独家")
#: Endings of organisation and site names (never the end of a person's name).
ORG_ENDINGS: Final = (
    "通讯社", "新闻社", "社", "日报", "晚报", "早报", "商报", "时报", "报", "网站", "网", "电视台",
    "海外版", "电子版", "数字报", "手机报",  # a paper's editions (人民日报海外版)
    "广播电视台", "电台", "台", "在线", "客户端", "杂志", "周刊", "画报", "新闻", "频道", "中心",
    "门户", "资讯", "官微", "公众号", "科技", "财经", "大学", "学院", "研究院", "研究所", "委员会", "政府",
    "集团",
    "公司", "协会", "学会", "出版社", "编辑部", "指挥部", "工作队",
    # government and party units that submit a county's articles (和田县委宣传部, 援疆办)
    "宣传部", "组织部", "统战部", "办公室", "管委会", "党委", "援疆办", "公署", "行署",
)
#: Words that end a description of who an author is, before the name (湖南援疆医生 王晓).
DESCRIPTIONS: Final = ("干部", "前指", "工作组", "援疆办", "团队", "教师", "医生", "专家", "队员", "志愿者")
#: News outlets and platforms whose names have no organisation's ending (参考消息, IT之家, 石榴云):
#: names of publishers as pages credit them, by hand from the outlets' own mastheads.
OUTLETS: Final = (
    "参考消息", "第一财经", "IT之家", "财新", "虎嗅", "钛媒体", "36氪", "南方周末", "半月谈", "求是", "瞭望",
    "齐鲁壹点", "新黄河", "石榴云", "天山云", "掌上新疆", "学习强国", "央视频", "华尔街见闻", "格隆汇",
    "今日头条", "百家号", "一点资讯", "澎湃", "界面", "观察者", "北晚在线", "南方plus", "触电新闻",
    # Hong Kong, Taiwan and overseas Chinese media (their mastheads)
    "大纪元", "东网", "星岛", "端传媒", "香港01", "联合早报", "新头壳newtalk", "新头壳", "风传媒", "新唐人",
    "希望之声", "德国之声", "美国之音", "报导者", "上报", "镜周刊", "今周刊", "信报", "看中国",
    "ETtoday新闻云", "ETtoday", "TVBS",
    # provincial papers' apps (江苏的交汇点, 南方日报的南方+, 天津的津云, 湖南日报的新湖南)
    "交汇点", "南方+", "津云", "冀云", "新湖南", "读特", "四川观察", "新甘肃", "长江云",
)
#: Last characters that make a word a place or an institution, not a person.
NOT_NAME_END = frozenset("网报社台站局委厅处办院校馆团师组队部县市区州镇乡村省")
#: Words that look like names but are not (roles, pronouns, filler).
NOT_NAMES: Final = frozenset(
    [*AUTHOR_ROLES, *ROLE_MODIFIERS, *EDITOR_ROLES, *TRANSLATOR_ROLES, "本报", "记者", "报道", "摄影报道",
     "新华社", "我们", "他们", "大家", "本人", "网友", "编者", "读者", "小编", "供图", "图片", "资料", "原创",
     "综合", "整理", "通讯", "特约", "来源", "出处"]
)


def alternation(words: Iterable[str], *, spaced: bool = False) -> str:
    """A regex alternation of ``words``, longest first, escaped.

    With ``spaced``, words of two or three Han characters may have spaces between them (``来 源``,
    ``通 讯 员``: pages space labels and roles out to align them).
    """
    def one(w: str) -> str:
        if spaced and len(w) in (2, 3) and all("\u4e00" <= c <= "\u9fff" for c in w):
            return r"[ \u3000]{0,2}".join(regex_escape(c) for c in w)
        return regex_escape(w)

    return "|".join(one(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


#: The kinds of document an office signs, as a title names them at its end (关于…的通知, …倡议书,
#: 致…的一封信): a page whose title ends so is a document, dated by its signature.
DOCUMENT_ENDINGS: Final = (
    "通知", "公告", "通告", "决定", "意见", "办法", "规定", "细则", "方案", "公示", "启事", "声明",
    "通报", "批复", "函", "倡议书", "倡议", "公开信", "一封信", "感谢信", "贺信", "慰问信", "表扬信",
    "倡议函", "邀请函",
)

#: A paper's, a station's or a site's word for itself (本报讯, 本网记者).
HOUSE_WORDS = ("本报", "本台", "本刊", "本网", "本站")

#: Endings of a province's, a region's or a city's name, which the dictionary's place lacks (江苏|省,
#: 广西|壮族自治区).
REGION_ENDINGS: Final = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")

#: China's province-level divisions, by their short names (GB/T 2260), as a platform prints where a post
#: was sent from (IP属地：广东, a WeChat header's 浙江): never a city or a prefecture.
PROVINCES: Final = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
    "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
)

#: A place's authorities, as their portals' banners name them after the place (克孜勒苏柯尔克孜自治州人民政府,
#: 喀什地区行政公署): a site's name, however long the place's.
GOVERNMENT_ENDINGS: Final = ("人民政府", "行政公署", "人民代表大会常务委员会", "人大常委会", "政协", "政府")

#: A paper's editions, after its name (明报加西版（温哥华）, 新疆日报维文版): where and for whom it is
#: printed, or in which medium or language (海外版, 电子版 end an organisation's name: ORG_ENDINGS).
EDITIONS: Final = (
    "国际版", "网络版", "数字版", "手机版", "英文版", "中文版", "汉文版", "维文版",
    "哈文版", "加西版", "加东版", "美东版", "美西版", "欧洲版", "东南亚版", "香港版", "台湾版", "澳门版",
    "蒙文版", "柯文版", "锡伯文版", "维吾尔文版", "哈萨克文版", "柯尔克孜文版", "蒙古文版",
)
#: The languages Xinjiang's papers print their editions in, as a bracket after the paper's name gives
#: them (兵团日报（汉）, 新疆日报（维）, 伊犁日报（哈文版）): the paper's edition, not a credit.
LANGUAGE_EDITIONS: Final = (
    "汉", "维", "哈", "蒙", "柯", "锡伯", "汉文", "维文", "哈文", "蒙文", "柯文", "锡伯文",
    "维吾尔文", "哈萨克文", "柯尔克孜文", "蒙古文",
)

#: Roles after which a name glued to the role is one by its shape (记者热依拉).
CREDITING_ROLES = ("记者", "通讯员", "作者", "撰稿", "撰文", "采写", "评论员", "实习生", "主笔")
