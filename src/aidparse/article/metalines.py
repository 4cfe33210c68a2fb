"""Metadata lines in all their forms: stamps, credit lines, bylines, wire datelines.

A page states its facts in a handful of shapes, often several on one line::

    2021-05-08 10:32 来源: 天山网 作者: 记者 王某 编辑: 李某
    霍城县人民政府网 www.example.gov.cn 发布时间:2023-11-13 09:17 浏览量:
    22.07.2016  23:10                                   (aggregators: day first)
    本报记者 陈煜骅 陶健 摄影报道          □新华社记者 何军 苟立锋
    (出处:中国社会科学报 本报记者 张春海/文 实习记者 吴文康/摄)
    新华社乌鲁木齐7月12日电(记者 丁建刚、符晓波、刘兵)时至今日……

:func:`parse_credits` reads a whole line left to right and returns its fields
only when *every* part of it is accounted for (a label and its value, a date,
a time, an address, a credited role and its names, a periodical issue), so a
sentence of the article is never taken for metadata. :func:`parse_lead` and
:func:`parse_tail` find a dateline or byline at the start or the end of a body
line. Names are people's names: two to four Han characters, or names joined by
a middle dot, never a role word, an organisation or a place.

All functions work on Simplified text (callers convert; positions are kept).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from aidparse._lazy import lazy_regex
from aidparse.models.vocab import MetaField

__all__ = [
    "Field",
    "Lead",
    "Tail",
    "author_note",
    "common_word",
    "label_at_start",
    "label_only",
    "loose_stamp",
    "org_line",
    "org_name",
    "parse_credits",
    "parse_lead",
    "parse_stamp_date",
    "parse_tail",
    "source_name",
    "split_names",
    "split_stamp",
    "team_and_names",
    "valid_name",
]

# --------------------------------------------------------------------------- tables

#: Roles that credit an author (a byline names them, with or without a colon).
AUTHOR_ROLES: Final = (
    "记者", "通讯员", "作者", "撰稿", "撰文", "采写", "文字", "主笔", "编译", "整理", "口述",
    "采访人员", "摄影", "摄像", "图片", "文/图", "图/文", "文图", "图文", "文·图", "图·文", "实习生",
    "评论员", "执笔", "撰稿人", "供图",
    "特约评论员", "文", "图", "摄",
    "投稿", "投稿人",  # a reader's contribution (投稿：王晓)
)
#: Labels that credit who made a video's or a graphic's pictures and sound, as a photographer is
#: credited (an author: 视频：王晓, 剪辑：王晓, 制图：王晓; its producer, 监制, edits): read only with a
#: separator (视频 公开课 on a menu credits no one).
CREW_LABELS: Final = (
    "拍摄", "航拍", "视频", "视频拍摄", "图片摄影", "剪辑", "视频剪辑", "后期", "配音", "制图", "设计",
    "海报", "海报设计", "动画", "制作", "视频制作", "文案",
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
)
#: Labels of the credited publisher.
SOURCE_LABELS: Final = (
    "来源", "本文来源", "文章来源", "信息来源", "新闻来源", "稿件来源", "稿源", "出处", "转自", "来自",
    "转载自", "摘自", "选自", "原载", "本文来自", "文章转载自", "供稿", "供稿单位", "发布单位", "发布机构",
    "来源于", "本文来源于", "文章来源于", "转载于", "本文转自", "文章出处", "信息提供", "发稿单位",
    "发文机关", "发布机关", "来源单位", "信息来源单位", "来稿单位", "供稿部门",
    "出品", "出品单位",  # a video's or a feature's producer (出品：喀什日报社)
)
#: A date with the year last whose day may be its month (02/03/2023), and its time.
_AMBIGUOUS_DATE = lazy_regex(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?!\d)"
                             r"(?:\s*(?:-\s*)?\d{1,2}:\d{2}(?::\d{2})?)?")
#: Where the article was printed: the paper in 《》, the issue's date and page in brackets
#: (《人民日报》（2018年01月09日 11 版）, 《光明日报》（2022-09-10 04版）).
_PRINT_CREDIT = lazy_regex(r"《\s*(?P<paper>[^《》\s]{2,20})\s*》\s*[(（]"
                           r"\s*(?P<date>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}))\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*\p{Han}{2,6})?\s*[)）]")
#: A WeChat post reposted from another account, and that account's author
#: (以下文章来源于喀什日报 ，作者喀什日报).
_REPOST_CREDIT = lazy_regex(r"以下文章来源于\s*(?P<account>[^\s，,]{2,20})\s*[，,]"
                            r"\s*作者\s*(?P<author>[^\s，,]{2,20})")
#: A label's value that names no one (an office): a token up to a space or the line's end.
_LABEL_VALUE = lazy_regex(r"[^\s，,。；;！？]{1,12}(?=\s|$)")
#: A department of an organisation as a label's value (作者：医技药剂党支部, 作者：县委办公室).
_DEPARTMENT = lazy_regex(r"\p{Han}{2,16}?(?:党总支|党支部|支部|党委|工会|团委|办公室|科室|科|室|处)(?=\s|$)")


def _reads_as_account(token: str) -> bool:
    """Whether the last word of a post's header, before its date, is clearly the account and no
    person's name: an organisation, a self-media outlet's name, or two common words.

    >>> [_reads_as_account(t) for t in ["喀什日报", "天山云", "王振宇", "王国强", "阿依古丽"]]
    [True, True, False, False, False]
    >>> [_reads_as_account(t) for t in ["王晓云", "新疆", "石榴籽", "买买提"]]
    [False, False, False, False]
    """
    return org_name(token) or outlet_name(token) or _two_words(token)


def _no_name_here(token: str, *, after_name: bool = False) -> bool:
    """Whether the last word of a post's header, not clearly an account, is not clearly a person
    either: a word of the dictionary that is no name (买买提 is one too), a place, or a word and
    more not led by a common surname (新闻联播, 丝路明珠; 努尔古丽 too: a transliterated name has no
    surname). Such a word is neither the post's account nor its author; a name led by a common
    surname (王国强, 石榴籽) or in the name table (王振宇) stays one.

    >>> [_no_name_here(t) for t in ["新闻联播", "丝路明珠", "买买提", "王国强", "石榴籽", "王振宇", "于洋"]]
    [True, True, True, False, False, False, False]
    >>> _no_name_here("新疆", after_name=True)  # where the post was sent, after its author
    True
    """
    from aidparse._resources import name_initials

    # (a place after the author's name is where the post was sent; alone, only the gazetteer's: the
    # dictionary calls some people's names places, 于洋)
    place = _place_word(token) if after_name else gazetteer_place(token)
    return (len(token) >= 3 and _plain_word(token)) or place or (
        len(token) >= 3 and _plain_word(token[:2]) and name_initials().get(token[0], 0.0) < _SURNAME_SHARE)


def _before_date_or_end(s: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and a date or the end of ``s``."""
    rest = s[at:].lstrip()
    return not rest or _DATE_RE.match(rest) is not None


def _editors_value(s: str, pos: int, label: str, fields: list[Field]) -> int:
    """Read what follows an editors' label that names no person, adding its field; where it ends.

    After 发布 (发布者, 发布人): a date is the stamp (发布：2021-05-08), an office the publisher
    (发布者：上海援疆). A CMS's account (发布者：系统管理员, 小编) is read and gives nothing; anything
    else is left unread, and the line is no credit line unless a form reads it.
    """
    publisher = label in _PUBLISHER_ROLES
    d = _patterns()["datetime"].match(s, pos) if publisher else None
    if d is not None and _DATE_RE.match(d.group()):
        value = d.group().rstrip()
        fields.append(Field(MetaField.PUBLISHED, value, d.start(), d.start() + len(value), "label.date"))
        return int(d.end())
    token = _LABEL_VALUE.match(s, pos)
    if token is None:
        return pos
    word = token.group()
    if publisher and word not in NOT_A_SOURCE and (org_name(word) or _place_led(word)):
        fields.append(Field(MetaField.SOURCE, word, token.start(), token.end(), "label.publisher"))
        return int(token.end())
    if word in NOT_A_PERSON or word.endswith(_CMS_ACCOUNTS):
        return int(token.end())
    return pos


#: A CMS's accounts that post pages (系统管理员, 网站编辑部): no one's name, no publisher.
_CMS_ACCOUNTS = ("管理员", "编辑部", "小编", "网站编辑")


def _place_led(word: str) -> bool:
    """Whether ``word`` is a place of the gazetteer and a word after it (上海援疆, 喀什发布)."""
    from aidparse.places.gazetteer import gazetteer

    return len(word) >= 3 and any(m.start == 0 and 2 <= m.end < len(word) for m in gazetteer().find(word))


#: Editors' labels whose value, when it names no person, is the publisher (发布者：上海援疆).
_PUBLISHER_ROLES: Final = frozenset(["发布者", "发布人", "发布"])
#: Endings of an office's sections that provide articles (宣传科, 综合股, 办公室).
_SECTIONS = ("科", "股", "室")
#: Source labels whose value may be a person, then the author (供稿：张强).
_CONTRIBUTOR_LABELS: Final = frozenset(["供稿", "来稿"])
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
    "摘自", "选自", "节选自",
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
GLUED_DATE_LABELS: Final = ("发布于", "发表于", "更新于", "发布在", "发表在", "写于", "创建于")
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
    "大纪元", "东网", "星岛", "端传媒", "香港01", "联合早报",
    # provincial papers' apps (江苏的交汇点, 南方日报的南方+, 天津的津云, 湖南日报的新湖南)
    "交汇点", "南方+", "津云", "冀云", "新湖南", "读特", "四川观察", "新甘肃", "长江云",
)
#: Last characters that make a word a place or an institution, not a person.
_NOT_NAME_END = frozenset("网报社台站局委厅处办院校馆团师组队部县市区州镇乡村省")
#: Words that look like names but are not (roles, pronouns, filler).
_NOT_NAME: Final = frozenset(
    [*AUTHOR_ROLES, *ROLE_MODIFIERS, *EDITOR_ROLES, "本报", "记者", "报道", "摄影报道", "新华社",
     "我们", "他们", "大家", "本人", "网友", "编者", "读者", "小编", "供图", "图片", "资料", "原创",
     "综合", "整理", "通讯", "特约", "来源", "出处"]
)


def _alternation(words: Iterable[str], *, spaced: bool = False) -> str:
    """A regex alternation of ``words``, longest first, escaped.

    With ``spaced``, two-character words may have a space inside (``来 源``: pages
    space labels out to align them).
    """
    import regex

    def one(w: str) -> str:
        if spaced and len(w) == 2:
            return str(regex.escape(w[0])) + r"[ \u3000]{0,2}" + str(regex.escape(w[1]))
        return str(regex.escape(w))

    return "|".join(one(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- dates

_DATE = r"""
    (?P<y>(?:19|20)\d{2})\s*[-/.年－／]\s*(?P<m>\d{1,2})\s*[-/.月－／]\s*(?P<d>\d{1,2})(?!\d)(?>\s*日?)
                                                      # 2018-10-29, 2011年02月04日 (atomic: the spaces
                                                      # after it are read once, never shared out again)
  | (?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})(?!\d)  # 22.07.2016: aggregators, day first
  | (?P<y3>(?:19|20)\d{2})\s+(?P<m3>\d{1,2})\s?/\s?(?P<d3>\d{1,2})(?!\d)  # 2023 10/24, 2023 11/ 17
  | (?<!\d)(?P<d4>1[3-9]|2\d|3[01])/(?P<m4>0?[1-9]|1[0-2])/(?P<y4>(?:19|20)\d{2})(?!\d)
                                                      # 19/01/2023: day first, only where the day
                                                      # cannot be a month (02/03/2023 is not read)
"""
_ZONE = r"北京时间|格林尼治标准时间|格林威治标准时间|GMT|UTC"
_TIME = (r"(?:(?:上午|下午|中午|凌晨|晚上|早上)\s?)?"  # 上午5:00, as Hong Kong's and Taiwan's pages print it
         r"(?:T?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?!\d)"
         r"|\d{1,2}[时点]\d{1,2}分(?:\d{1,2}秒)?)")  # 10:32:00, 10时32分
_DATE_RE = lazy_regex(rf"(?x)(?:{_DATE})")


#: A date with the year in two figures, after a date label only (发布时间：18-03-08 23:16, or with the
#: time glued on as an aggregator prints it: 18-03-0823:16): year, month, day, as Chinese dates run;
#: a year from 2000 up to :data:`_SHORT_YEAR_END`.
_SHORT_YEAR = lazy_regex(rf"(?P<yy>\d{{2}})-(?P<mm>0?[1-9]|1[0-2])-(?P<dd>0?[1-9]|[12]\d|3[01])"
                         rf"(?:(?!\d)|(?=\d{{1,2}}[:：]))(?:\s*+{_TIME})?")
_SHORT_YEAR_END = 2050


def parse_stamp_date(value: str) -> dt.date | None:
    """The full date a stamp states, or ``None``.

    Dotted dates with the year last are read day first, as the aggregators that
    print them do (``31.03.2020``).

    >>> parse_stamp_date("2018-10-29 11:27:00"), parse_stamp_date("22.07.2016  23:10")
    (datetime.date(2018, 10, 29), datetime.date(2016, 7, 22))
    >>> parse_stamp_date("2023 10/24 09:59:47"), parse_stamp_date("2011年02月04日 19:09")
    (datetime.date(2023, 10, 24), datetime.date(2011, 2, 4))
    >>> parse_stamp_date("19/01/2023 - 15:20"), parse_stamp_date("02/03/2023") is None
    (datetime.date(2023, 1, 19), True)
    >>> parse_stamp_date("7月12日") is None
    True

    A year in two figures is read only where nothing else stands before the date (a date label's
    value): ``18-03-0823:16`` is 8 March 2018.

    >>> parse_stamp_date("18-03-0823:16"), parse_stamp_date("页码 18-03-08"), parse_stamp_date("50-01-01")
    (datetime.date(2018, 3, 8), None, None)

    A bulletin board's ``ctime`` stamp, its month in English: ``Mar 27 13:45:12 2024``.

    >>> parse_stamp_date("Mar 27 13:45:12 2024")
    datetime.date(2024, 3, 27)
    """
    m = _DATE_RE.search(value)
    if m is None:
        english = _ENGLISH_DATE.fullmatch(value.strip())
        if english is not None:  # a board's ctime stamp: Mar 27 13:45:12 2024
            month = _MONTHS.index(english.group("mon")) + 1
            try:
                return dt.date(int(english.group("y")), month, int(english.group("d")))
            except ValueError:
                return None
        short = _SHORT_YEAR.match(value)
        if short is None:
            return None
        y, mo, d = 2000 + int(short.group("yy")), int(short.group("mm")), int(short.group("dd"))
        if y >= _SHORT_YEAR_END or d > calendar.monthrange(y, mo)[1]:
            return None  # 50-01-01: outside the window (fixed: a report never changes with the day)
        return dt.date(y, mo, d)
    y, mo, d = (m.group("y") or m.group("y2") or m.group("y3") or m.group("y4"),
                m.group("m") or m.group("m2") or m.group("m3") or m.group("m4"),
                m.group("d") or m.group("d2") or m.group("d3") or m.group("d4"))
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


#: English months, as a ``ctime`` stamp abbreviates them.
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ENGLISH_DATE = lazy_regex(rf"(?P<mon>{'|'.join(_MONTHS)})\s+(?P<d>\d{{1,2}})\s+\d{{1,2}}:\d{{2}}:\d{{2}}"
                           r"\s+(?P<y>(?:19|20)\d{2})")


# --------------------------------------------------------------------------- names

#: Name initials rarer than this (per mille of names) count only when the character is rare too.
_RARE_INITIAL = 0.01
#: Log frequency above which a character is common in text.
_COMMON_CHAR = -9.0
_LONG_ROLES = tuple(r for r in (*AUTHOR_ROLES, *EDITOR_ROLES) if len(r) >= 2)
#: Where someone stands in a photo (左一, 右起二), which a caption's brackets hold as names are held.
_PHOTO_SIDE = lazy_regex(r"[左右]起?第?[一二三四五六七八九十\d]")
#: A paper's, a station's or a site's word for itself (本报讯, 本网记者).
_HOUSE = ("本报", "本台", "本刊", "本网", "本站")
#: Roles that follow a name glued to it and are never the end of a name (黎旭阳、李妍摄).
_TRAILING_ROLES = ("摄影报道", "综合报道", "综合报导", "摄影", "报道", "报导", "摄", "编译", "整理", "撰文",
                   "供图")
#: Of these, the roles that follow nouns as often as names (田块整理, 彭博编译): the word before them
#: is a name only when no common word and shaped as a name without a role.
_NOUN_ROLES = ("编译", "整理", "撰文", "供图")
#: Han characters of names (丨, a CJK stroke, is used as a separator on pages).
_HAN_NAME_CHAR = r"(?:(?!丨)\p{Han})"
#: Dots that join the parts of a transliterated name (艾尔肯·吐尼亚孜): the middle dot, and what
#: pages and converters print for it (•, ‧ of Big5 pages, ・, a full-width or an ASCII full stop).
NAME_DOTS = "·•‧・．."
_NAME = lazy_regex(rf"{_HAN_NAME_CHAR}{{2,4}}"
                   rf"|{_HAN_NAME_CHAR}{{1,6}}(?:[{NAME_DOTS}]{_HAN_NAME_CHAR}{{1,6}}){{1,2}}")
_NAME_TOKEN = lazy_regex(rf"(?:{_HAN_NAME_CHAR}|(?<=\p{{Han}})[{NAME_DOTS}](?=\p{{Han}}))+")
_LATIN_NAME = lazy_regex(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
_NAME_SPLIT = lazy_regex(r"[^\s、,，;；/]+")


#: Characters a transliterated or Chinese name never holds: particles, pronouns, prepositions
#: and verbs of a sentence (记者从会上获悉 is no name, whatever stands before it).
_NOT_IN_NAME = frozenset("的了在是从对将把被和与及等这那我你他她们们说称向于为到已也都就还又并或即")


#: Characters no one's name holds, whatever its surname: particles and degree words (路很长, 王的).
_NEVER_IN_NAME = frozenset("的了很吗呢吧着们")
#: The word a credit puts before a reader's name (作者：网友王晓).
_READER = "网友"
#: Words that open where a reporter filed from, never a name (王晓 发自乌鲁木齐, 来自喀什).
_FILED_FROM: Final = ("发自", "来自")


def valid_name(name: str, *, credited: bool = False) -> bool:
    """Whether ``name`` reads as a person's name.

    A name is read alone only when it begins with a surname or a character names
    begin with (the name-initials table). After a role that credits it
    (``credited``: 记者, 作者：, 文/), a name of Han characters is one by its shape:
    transliterated minority names begin with any character (记者 热依拉 肉孜).

    >>> [valid_name(n) for n in ["王仲昀", "古丽米热·阿布都", "记者", "天山网", "和田县", "王",
    ...                          "最新文章", "运动装"]]
    [True, True, False, False, False, False, False, False]
    >>> valid_name("热依拉"), valid_name("热依拉", credited=True), valid_name("从会上获悉", credited=True)
    (False, True, False)
    >>> valid_name("援疆医生", credited=True)
    False
    """
    if not _NAME.fullmatch(name) or name in _NOT_NAME or name.startswith(_HOUSE) \
            or _PHOTO_SIDE.fullmatch(name) or any(c in _NEVER_IN_NAME for c in name) \
            or name.startswith(_FILED_FROM) or name.endswith(("报道", "报导")):
        return False  # (本网综合: the paper's own word, 本网, begins no one's name; 左一: a photo's side)
    if any(d in name for d in _STOP_DOTS) and not _dotted_name(name):
        return False
    if name[-1] in _NOT_NAME_END:
        return False
    if not _begins_like_a_name(name) and (not credited or common_word(name)
                                          or any(c in _NOT_IN_NAME for c in name)):
        return False
    if any(name.endswith(r) for r in _LONG_ROLES):  # 南都记者: a paper and a role
        return False
    if _two_words(name):  # 高度重视, 扎实推进: a phrase of two common words, not a name
        return False
    return not any(name.endswith(e) for e in ORG_ENDINGS + DESCRIPTIONS)  # 援疆医生 says who, not a name


#: Surnames of two characters (复姓 of the 百家姓): a four-character name may begin with one.
COMPOUND_SURNAMES: Final = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "申屠", "太史", "澹台", "公冶", "濮阳", "呼延",
)
#: Each half of a four-character phrase taken for a name is a word this common (in the word
#: table's counts): 高度 6,119 + 重视 6,063, 扎实 469 + 推进 4,932; no half of 阿依古丽 is a word.
_PHRASE_HALF = 400


def _two_words(name: str) -> bool:
    """Whether a four-character ``name`` is two common words (高度重视), not a compound surname
    and a given name (司马建国) or a transliteration (阿依古丽).

    >>> _two_words("高度重视"), _two_words("司马建国"), _two_words("阿依古丽"), _two_words("上海援疆")
    (True, False, False, True)
    """
    if len(name) != 4 or name[:2] in COMPOUND_SURNAMES:
        return False
    return _common_halves(name) or _place_led(name)  # 上海援疆, 喀什发布: a place and a word


#: A name without a role before it is at most this long (a four-character one is too often a phrase).
_BARE_NAME_MAX = 3


#: The given name after a compound surname, in a name without a role, is no word this common (卫视
#: 137, 明珠 686 in the word table's counts: 东方卫视 is a channel; 青云 47).
_GIVEN_NAME_WORD = 100


def bare_name_shape(name: str) -> bool:
    """Whether ``name`` has a shape a name has without a role before it: two or three characters,
    four after a compound surname, or parts joined by a dot (a four-character run is too often
    a phrase: 扎实推进).

    >>> [bare_name_shape(n) for n in ["王晓", "司马青云", "歐陽紫薇", "扎实推进", "买买提·吐尔逊"]]
    [True, True, True, False, True]
    >>> bare_name_shape("东方卫视")
    False
    """
    from aidparse._resources import word_counts
    from aidparse.script import to_simplified

    return len(name) <= _BARE_NAME_MAX or any(d in name for d in NAME_DOTS) or (
        len(name) == 4 and to_simplified(name[:2]) in COMPOUND_SURNAMES
        and word_counts().get(to_simplified(name[2:]), 0) < _GIVEN_NAME_WORD)  # 东方卫视, 东方明珠


def _common_halves(s: str) -> bool:
    """Whether a four-character ``s`` is two common words (乡村振兴, 开展调研), by the word table's counts."""
    from aidparse._resources import word_counts

    counts = word_counts()
    return len(s) == 4 and counts.get(s[:2], 0) >= _PHRASE_HALF and counts.get(s[2:], 0) >= _PHRASE_HALF


#: Full stops a page may print for a name's middle dot (艾尔肯.吐尼亚孜) — and between two names.
_STOP_DOTS = ".．"


def _dotted_name(name: str) -> bool:
    """Whether a name with a full stop for its dot is one transliterated name: parts of two
    characters or more, none a role, and not two names of the Han kind (王晓.李明 is two people).

    >>> _dotted_name("艾尔肯.吐尼亚孜"), _dotted_name("王晓.李明"), _dotted_name("王晓.摄")
    (True, False, False)
    """
    parts = [p for p in name.replace("．", ".").split(".")]
    if any(len(p) < 2 or p in _NOT_NAME or p in AUTHOR_ROLES for p in parts):
        return False
    return not all(len(p) <= 3 and _begins_like_a_name(p) and not _transliterated(p) for p in parts)


def _transliterated(part: str) -> bool:
    """A part of a name in the characters minority and foreign names are written with, not a
    surname and a given name (吐尼亚孜, 艾尔肯; not 王晓)."""
    from aidparse._resources import name_initials

    return part[0] not in name_initials() or len(part) > 3


def _begins_like_a_name(name: str) -> bool:
    """Whether ``name`` begins with a surname or a character minority and foreign names begin with.

    A name joined by a middle dot (古丽米热·阿布都) is one by its form. A character
    that begins names only by accident of the source corpus (不, 百: common
    characters, almost never a name's first) does not count; a rare one does
    (郜, 缑: rare surnames), and so does a character the dictionary does not
    know (茍): it is not a word either.
    """
    from aidparse._resources import char_logfreq, name_initials
    from aidparse.script import to_simplified

    if any(dot in name for dot in NAME_DOTS if dot not in _STOP_DOTS):
        return True
    first = to_simplified(name[0])
    logfreq = char_logfreq().get(first)
    if logfreq is None:
        return True
    return name_initials().get(first, 0.0) >= _RARE_INITIAL or (first in name_initials()
                                                                and logfreq < _COMMON_CHAR)


def split_names(value: str, *, latin: bool = False) -> list[tuple[str, int, int]] | None:
    """Names in ``value`` with their positions, or ``None`` if anything else is there.

    Names are separated by spaces, 、 or commas; a name printed with a space
    inside (``何 龙``) is read as one.

    >>> split_names("丁建刚、符晓波、刘兵")
    [('丁建刚', 0, 3), ('符晓波', 4, 7), ('刘兵', 8, 10)]
    >>> split_names("何 龙"), split_names("援疆干部 工作")
    ([('何龙', 0, 3)], None)
    """
    tokens = [(m.group(), m.start(), m.end()) for m in _NAME_SPLIT.finditer(value)]
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        if len(word) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1:
            word, end = word + tokens[i + 1][0], tokens[i + 1][2]  # 何 龙
            i += 1
        if not (valid_name(word) or (latin and _LATIN_NAME.fullmatch(word))):
            return None
        out.append((word, start, end))
        i += 1
    return out or None


# --------------------------------------------------------------------------- credit lines


@dataclass(frozen=True)
class Field:
    """A fact found in a line: ``value`` stands at ``[start, end)`` of the line."""

    field: MetaField
    value: str
    start: int
    end: int
    form: str = dataclasses.field(default="", compare=False)
    """The form it was read from (``label.source``, ``lead.wire`` …), for measuring rules."""

    def shifted(self, offset: int, form: str | None = None) -> Field:
        """The same fact ``offset`` characters further on (and read by ``form``, if given)."""
        return Field(self.field, self.value, self.start + offset, self.end + offset,
                     self.form if form is None else form)


@functools.cache
def _patterns() -> dict[str, Any]:
    """Compiled token patterns of :func:`parse_credits` (built from the tables on first use)."""
    from aidparse._lazy import regex_on_first_use as regex  # each pattern compiles on its first look-up

    # (a count before the ending is a measure, not a name: 老虎机二十余台, 新建学校3所)
    one = (rf"(?:[\p{{Han}}A-Za-z]{{1,12}}?(?<![0-9零一二三四五六七八九十百千万两余多几])"
           rf"(?:{_alternation(ORG_ENDINGS)})|{_alternation(OUTLETS)})")
    # 石榴云/新疆日报, 天山网-新疆日报: a platform and the paper it carries
    org = rf"(?:(?:{one}|[\p{{Han}}A-Za-z]{{1,8}})[/\-－·•])?{one}"
    long_roles = [r for r in AUTHOR_ROLES if len(r) > 1]
    short_roles = [r for r in AUTHOR_ROLES if len(r) == 1]
    modifiers = _alternation(ROLE_MODIFIERS)
    # 驻<place>: a resident correspondent (本报驻新疆记者, 人民日报驻喀什特派记者, 驻阿克苏记者站记者)
    role = (rf"(?:{modifiers}|驻\p{{Han}}{{1,6}}?(?:记者站)?(?=(?:{modifiers})*(?:记者|通讯员)))*"
            # a one-character role is not the start of a word (文化, 图书); 丨 (U+4E28, a Han
            # character by its block) is the separator of 文丨王晓, not a word
            rf"(?:{_alternation(long_roles)}|(?:{_alternation(short_roles)})(?!(?!丨)\p{{Han}}))")
    labels = _alternation(SOURCE_LABELS + DATE_LABELS + COUNTER_LABELS + EDITOR_ROLES + WIDGET_LABELS
                          + RECORD_LABELS + AFFILIATION_LABELS + CREW_LABELS
                          + tuple(r for r in AUTHOR_ROLES if len(r) == 2), spaced=True)
    plain_labels = _alternation(SOURCE_LABELS + EDITOR_ROLES
                                + ("作者", "记者", "通讯员", "撰稿", "执笔", "摄影"))
    return regex.table({
        # a label and its separator: 来源: 来源/ 编辑/ 记者| 作者：
        # a label in square brackets without a colon (【作者】王晓, 【来源】新疆日报)
        "bracket_label": regex.compile(rf"【({labels}|{role})】(?!\s*[:：])"),
        # labels set apart by a space instead of a colon (来源 阿勒泰日报　作者 马晓梅): a label at the
        # line's start or after a space, a space, then its value
        "spaced_label": regex.compile(rf"(?:^|(?<=[ \u3000]))(?:{plain_labels})(?=[ \u3000]+[^\s:：/|｜丨])"),
        "label": regex.compile(
            rf"(?P<label>{labels}|{role})\s*(?:[:：]|/(?![文图摄])|[|｜丨])\s*"
            # 本文来源于人民网, 摘自新疆日报: a label that ends in 于 or 自 needs no separator
            rf"|(?P<glued>{_alternation(GLUED_SOURCE_LABELS)})\s*"
            # 发布于 2021-05-08, 更新时间 2012年12月10日: a date label and the date, without a separator
            rf"|(?P<gluedate>{_alternation(GLUED_DATE_LABELS + DATE_LABELS)})\s*[:：]?\s*"
            rf"(?=(?:19|20)\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d{{2}})"),  # 日期 10.12.2019
        # a credited role without a colon, with the organisation before it: 新华社记者, 本报记者,
        # 南都记者 (a paper's short name before 记者 or 通讯员)
        "role": regex.compile(rf"(?:(?P<org>{org}|《[^》\n]{{1,20}}》)\s?"
                              rf"|\p{{Han}}{{2,4}}?(?=(?:{_alternation(ROLE_MODIFIERS)})*"
                              rf"(?:记者|通讯员)))?(?P<role>{role})"),
        # a role written after the names: 张春海/文, 初白丨文, 陈煜骅 陶健 摄影报道
        "suffix": regex.compile(r"\s*(?:/\s*(?:综合(?:报道|报导)|\p{Han}{2,4}?报导)"  # 王晓/台北报导: a place
                                r"|(?<=\S)\s*发自\p{Han}{2,14}"               # 王晓 发自乌鲁木齐: a place
                                # 王晓 北京报道: a place (a word no name is: see _names_at)
                                r"|(?<=\S)\s+\p{Han}{2,4}?(?:报道|报导)"
                                r"|(?:[/|｜丨]\s*)?"
                                r"(?:摄影报道|图文报道|综合报道|综合报导|报道|报导|摄影|撰文|整理|整合|编译|供稿|供图|文/图|图/文|摄"
                                # 文 and 图 glued to a name end words (历史人文, 王晓文 is a name):
                                # only after a space or a separator
                                r"|(?<=[\s/|｜丨])[文图]))"
                                r"(?!\p{Han}|\s*[:：/|｜丨])"),
        # a date and its time; a time zone may stand before the time, a comma after the date
        # (2012年12月10日, 格林尼治标准时间10:41)
        # (possessive spaces: a run of spaces after a date with no time is read once, not split
        # between the two runs in every way before the time is found missing)
        "datetime": regex.compile(rf"(?x)(?:{_DATE})(?:[\s,，]*+(?:-\s*+)?(?:{_ZONE})?\s*+{_TIME})?"
                                  rf"|(?:{_ZONE})?\s*{_TIME}"),
        # after a date label only: a month and day without the year, and a time (发布时间：09-30 22:46,
        # 10-0812:00 glued as aggregators print it, 时间：7月12日): the page's own date, year unknown
        "monthday": regex.compile(r"(?:0?[1-9]|1[0-2])\s*(?:[-/－／]|月)\s*(?:0?[1-9]|[12]\d|3[01])"
                                  r"(?:日|(?!\d)|(?=\d{1,2}[:：]))"  # the day ends, or a time is glued on
                                  rf"(?:\s*+{_TIME})?"),
        "url": regex.compile(r"(?:https?://|www\.)[A-Za-z0-9./_\-?=&%]+"
                             r"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|cn|net|org|gov|top|edu)"
                             r"(?:\.cn)?(?![A-Za-z])"),
        # a periodical and its issue: 民族文学2019年7期, 今日辽宁 2018年1期; a paper's page: 第04版,
        # 第 04 版：要闻, 第A2版
        "issue": regex.compile(r"(?P<name>\p{Han}{2,12}?)?\s*(?:(?:19|20)\d{2}年)?第?\d{1,3}期"
                               r"|第\s?[A-Z]?\d{1,3}\s?版(?:\s*[:：]\s*\p{Han}{2,6}(?=\s|$))?"),
        "org": regex.compile(one + r"(?!\p{Han})"),
        # a paper and its app or channel after a dot, before a stamp's date (大河报·豫视频 2023-07-31;
        # not 天山网·王晓: the part after the dot is named as channels and apps are)
        "org_channel": regex.compile(one + r"[·•][\p{Han}A-Za-z0-9]{0,6}"
                                           r"(?:视频|频道|新闻|客户端|号|云|在线|网|融媒|发布|头条)"
                                           r"(?=\s*(?:19|20)\d{2}[-/.年])"),
        "widget": regex.compile(rf"(?:{_alternation(STAMP_WIDGETS)})(?!\p{{Han}})|进入\S{{1,12}}"
                                r"|[【\[][^】\]]{0,10}[】\]]"
                                r"|[(（][\d,]+人(?:参与|评论|阅读)[)）]"  # (1307人参与)
                                # a platform's badge on its author: 优质原创作者, 优质教育领域创作者
                                r"|优质\p{Han}{0,6}?(?:作者|创作者)(?!\p{Han})"
                                # where the post was sent from (发表于新疆, IP属地：广东)
                                r"|(?P<sent>(?:发表于|发布于|IP属地)\s*[:：]?\s*)(?P<place>\p{Han}{2,10})(?!\p{Han})"),
        "gap": regex.compile(r"[\s|｜丨/\\【】\[\]〔〕\ufffd、]+"),
        "sep": regex.compile(r"[\s、,，；;]+"),
        # who an author is, before the name: 湖南援疆医生, 伊犁州直援疆前指, 江苏省援疆工作队
        "description": regex.compile(
            rf"(?P<who>\p{{Han}}{{2,14}}?(?:{_alternation(ORG_ENDINGS + DESCRIPTIONS)}))[ \t\u3000]+"),
        "space": regex.compile(r"[ \t\u3000]+"),
        "english": regex.compile(r"(?:text|photos?|words)?\s*by\s*[a-z ]+$", regex.IGNORECASE),
        "decoration": regex.compile(r"[\s□■◎●◆◇▲△▼○•·*★☆>]+|—{1,2}\s*(?=\S)"),  # ——记者 王晓
        "counter": regex.compile(rf"(?:[\d.,]+万?)?\s*(?:次|人次)|[\d.,]+万?"
                                 rf"|(?:{_alternation(COUNTER_PLACEHOLDERS)})(?![\p{{Han}}\d])"),
        # a bracketed widget on a stamp line: 【打印本页】【关闭窗口】 (no label inside)
        "bracket_widget": regex.compile(r"[【\[][^】\]:：\d]{1,10}[】\]]"),
        "nobody": regex.compile(rf"(?:{_alternation(NOT_A_PERSON)})(?![\p{{Han}}A-Za-z])"),
        "aside": regex.compile(r"[(（][^()（）]{1,20}[)）]"),
        "colon": regex.compile(r"\s*[:：|｜丨]?\s*"),
        # what every credit line holds (a label, a role, a date or time, an issue, a role after names,
        # a slash): a line without any is not read further
        "cue": regex.compile(rf"{labels}|{role}|{_alternation(GLUED_SOURCE_LABELS + GLUED_DATE_LABELS)}"
                             r"|\d|[/|｜丨《]|摄|文|图|报道|报导|整理|编译|供稿|来稿|原创|发布|讯"),
        # a reporter's paper after a slash: 石佳/中国青年报
        "name_org": regex.compile(rf"\s*/\s*(?P<org>{one})(?!\p{{Han}})"),
        # an organisation that provided the article: 县委宣传部供稿, 医技药剂党支部、药剂科供稿
        "provider": regex.compile(r"(?P<org>[\p{Han}A-Za-z、]{2,24}?)(?:供稿|来稿)(?!\p{Han})"),
        # a publisher's name without an organisation's ending, right after a stamp's clock
        "outlet": regex.compile(r"(?=(?:[A-Za-z0-9]*\p{Han}){2})[\p{Han}A-Za-z0-9]{2,10}"
                                r"(?=[\s|｜丨/【】\[\]]|$)"),
        # a token of a stamp line that no form reads: short, no sentence punctuation
        "junk": regex.compile(rf"[^\s|｜丨/【】\[\]()（）。，,；;！!？?]{{1,{_JUNK_LENGTH}}}"
                              rf"(?=[\s|｜丨/【】\[\]]|$)"),
    })


_DATE_SET = frozenset(DATE_LABELS)
_SOURCE_SET = frozenset(SOURCE_LABELS)
_COUNTER_SET = frozenset(COUNTER_LABELS)
_WIDGET_SET = frozenset(WIDGET_LABELS)
_RECORD_SET = frozenset(RECORD_LABELS)
#: Catalogue labels no article's text uses: alone on a line, they are the catalogue's.
_CATALOGUE_ONLY = frozenset([
    "索引号", "主题分类", "体裁分类", "组配分类", "公开时限", "版次", "版名",
    "留言对象", "留言类型", "留言领域", "办理状态", "回复机构",
])
_EDITOR_SET = frozenset(EDITOR_ROLES)
_AFFILIATION_SET = frozenset(AFFILIATION_LABELS)
_NOT_A_SOURCE = frozenset(NOT_A_SOURCE)
#: Roles that may stand glued after a name (何龙摄, 陈煜骅摄影报道).
_GLUED_ROLES = ("摄影报道", "摄影", "报道", "摄", "文", "图")
_SENTENCE_MARKS = lazy_regex(r"[。！？!?；;，,]")
_INNER_STOP = lazy_regex(r"[。！？；]")
_SOURCE_STOP = frozenset(" \t\u3000|｜(（)）【】[]，,。；;")
#: Words after a publisher and a dash that name one of its channels (人民网-文化频道).
_CHANNEL = lazy_regex(r"[-－—_·](?:[^-－—_·]{1,10}(?:频道|栏目|专栏|专题|版块|板块|频率))$")


def _field_of_label(label: str) -> str:
    label = "".join(label.split())
    if label in _WIDGET_SET or label in _RECORD_SET:
        return "widget"
    if label in _SOURCE_SET:
        return "source"
    if label in _DATE_SET:
        return "date"
    if label in _COUNTER_SET:
        return "counter"
    if label in _EDITOR_SET:
        return "editors"
    if label in _AFFILIATION_SET:
        return "affiliation"
    return "authors"


def _source_value(s: str, start: int) -> tuple[Field | None, int]:
    """The credited name after a 来源 label, and where its token ends.

    The value runs to a space, a bar, a bracket or the next label; a label
    such as 原创 after the name is not part of it (天山网-新疆日报原创).
    """
    end = start
    while end < len(s) and s[end] not in _SOURCE_STOP:
        end += 1
    label = _patterns()["label"].search(s, start, end)
    if label is not None and label.start() > start:
        end = label.start()
    value = source_name(s[start:end])
    if not value:
        return None, end
    at = s.index(value, start)
    return Field(MetaField.SOURCE, value, at, at + len(value), "label.source"), end


def source_name(value: str) -> str:
    """The publisher a credit names, without what pages print around it: a label (``来源：``),
    a badge (``原创``), a channel (``人民网-文化频道``), the marks of a title (``《新疆日报》``);
    empty when the value names no publisher (``网络``).

    >>> source_name("来源：人民网-文化频道 原创稿"), source_name("天山网-新疆日报原创"), source_name("网络")
    ('人民网', '天山网-新疆日报', '')
    """
    value = value.strip()
    label = _patterns()["label"].match(value)
    if label is not None and (label.group("glued") or _field_of_label(label.group("label")) == "source"):
        value = value[label.end():]
    value = value.split()[0] if value.split() else ""
    for suffix in (*SOURCE_SUFFIXES, "原创稿"):
        if value.endswith(suffix) and len(value) > len(suffix) + 1:
            value = value[: -len(suffix)]
            break
    value = _CHANNEL.sub("", value).strip("《》")
    return "" if value in _NOT_A_SOURCE else value


def _names_at(s: str, pos: int, *, latin: bool = False,
              credited: bool = False) -> tuple[list[tuple[str, int, int]], int]:
    """Names from ``pos``, as many as read as names, up to a role, a label or other text
    (``credited``: after a role or label that credits them, see :func:`valid_name`)."""
    pats = _patterns()
    found: list[tuple[str, int, int]] = []
    while pos < len(s):
        at = pos
        if found:
            sep = pats["sep"].match(s, pos)
            if sep is None:
                break
            at = sep.end()
        if pats["label"].match(s, at) or pats["role"].match(s, at):
            break
        token = _NAME_TOKEN.match(s, at) or (_LATIN_NAME.match(s, at) if latin else None)
        if token is None:
            break
        word, end = token.group(), token.end()
        if s[end : end + 1] in (":", "："):
            break  # 文案：李明: a label the tables lack, not a name
        if len(word) == 1:  # 何 龙: a name printed with a space inside
            space = pats["space"].match(s, end)
            nxt = _NAME_TOKEN.match(s, space.end()) if space else None
            if nxt is not None and len(nxt.group()) == 1:
                word, end = word + nxt.group(), nxt.end()
        if credited and word.startswith(_READER) and valid_name(word[len(_READER):], credited=True):
            at += len(_READER)  # 作者：网友王晓: a reader who posted it, named after the word for one
            word = word[len(_READER):]
        trailing = next((r for r in _TRAILING_ROLES
                         if word.endswith(r) and valid_name(word[: -len(r)], credited=credited)), None)
        if trailing is not None:  # 李妍摄: the photographer's credit, not a three-character name
            word = word[: -len(trailing)]
            end = at + len(word)
            shaped = credited or all(bare_name_shape(n) for n in (word, *(f[0] for f in found)))
            if trailing in _NOUN_ROLES and (common_word(word) or _place_word(word) or not shaped):
                break  # 田块整理, 彭博编译, 高效节水 金句整理: a thing put in order, not a person
            # 记者 王晓 北京报道: where it was written; 特别报道: a kind of report; with no name before it,
            # only the gazetteer's places (记者 于洋报道 names a reporter the dictionary calls a place)
            place = _report_place(word) if found else (gazetteer_place(word)
                                                       or (len(word) >= 4 and _two_places(word)))
            if trailing in ("报道", "报导") and (place or (found and not _co_reporter(word))):
                break
        elif not (valid_name(word, credited=credited) or (latin and _LATIN_NAME.fullmatch(word))):
            for role in _GLUED_ROLES:  # 何龙摄, 陈芳文
                if word.endswith(role) and valid_name(word[: -len(role)], credited=credited):
                    word = word[: -len(role)]
                    end = at + len(word)
                    break
            else:
                break
        found.append((word, at, end))
        pos = end
        mark = _AFFILIATION_MARK.match(s, pos) if credited else None
        if mark:  # 王晓1，李明2: the number of the author's institution, as papers print it
            pos = mark.end()
    return found, pos


def _co_reporter(word: str) -> bool:
    """Whether ``word``, glued to 报道 after names on a byline (本报记者 王晓 李明报道), is one more
    reporter: no word of the dictionary (特别报道, 一线报道 are kinds of report; 明星, 高峰 are lost
    with them) and no place of it (东阳报道, 诸暨报道: where it was written — 于洋, a village the
    dictionary knows, is lost with them); places of the gazetteer are asked before (记者 王晓 喀什报道).

    >>> [_co_reporter(w) for w in ["李明", "于洋", "特别", "一线", "明星", "洛阳", "东阳", "诸暨"]]
    [True, False, False, False, False, False, False, False]
    """
    from aidparse._resources import place_words

    return not common_word(word) and word not in place_words()


#: An affiliation number after an author's name on a paper (王晓1,2，李明*), before a separator.
_AFFILIATION_MARK = lazy_regex(r"[1-9*＊](?:,[1-9])*(?=[\s、,，；;]|$)")


def _plain_word(s: str) -> bool:
    """A word of the dictionary that is not also a person's name (特别, 国际, 设计; not 高峰, 黎明)."""
    from aidparse._resources import person_words

    return common_word(s) and s not in person_words()


def gazetteer_place(s: str) -> bool:
    """Whether ``s`` is a place of the pairing-aid gazetteer (皮山, 墨玉, 麦盖提), which a bracket
    or a line of names may hold instead of people (the dictionary's places are not asked: it
    tags some people's names as places).

    >>> gazetteer_place("皮山"), gazetteer_place("王晓"), gazetteer_place("于洋")
    (True, False, False)
    """
    from aidparse.places.gazetteer import gazetteer

    return any(m.start == 0 and m.end == len(s) for m in gazetteer().find(s))


def _place_word(s: str) -> bool:
    """Whether ``s`` names a place: a word the dictionary tags as one (北京, 台北, 伦敦; not 高峰 or 黎明,
    which are names too) or a place of the gazetteer (霍城)."""
    from aidparse._resources import place_words

    if s in place_words():
        return True
    from aidparse.places.gazetteer import gazetteer

    return any(m.start == 0 and m.end == len(s) for m in gazetteer().find(s))


def place_word(s: str) -> bool:
    """Whether ``s`` names a place, by the dictionary or the gazetteer (北京, 霍城; not 王晓).

    >>> place_word("北京"), place_word("霍城"), place_word("王晓")
    (True, True, False)
    """
    return _place_word(s)


def _two_places(s: str) -> bool:
    """Whether ``s`` is a place, or a place and a place within it (新疆喀什, 浙江杭州: where a report
    was written, 记者 王晓 新疆喀什报道).

    >>> _two_places("喀什"), _two_places("新疆喀什"), _two_places("孙少雄")
    (True, True, False)
    """
    return _place_word(s) or any(_place_word(s[:i]) and _place_word(s[i:]) for i in range(2, len(s) - 1))


_PLACE_ENDINGS = ("省", "市", "县", "区", "州")


def _report_place(s: str) -> bool:
    """Whether ``s`` before 报道 is where the report was written: a place of the gazetteer, two
    places (新疆喀什), or a place of the dictionary with its ending (洛阳市); not a place of the
    dictionary alone, which may be a co-reporter's name (于洋, 黄山).

    >>> _report_place("乌鲁木齐"), _report_place("新疆喀什"), _report_place("于洋"), _report_place("洛阳市")
    (True, True, False, True)
    """
    return gazetteer_place(s) or (len(s) >= 4 and _two_places(s)) \
        or (s.endswith(_PLACE_ENDINGS) and len(s) >= 3 and _place_word(s[:-1]))


#: Endings of a province's, a region's or a city's name, which the dictionary's place lacks (江苏|省,
#: 广西|壮族自治区).
REGION_ENDINGS: Final = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")


def _location(s: str) -> bool:
    """Whether ``s`` names where a post was sent from: a place, with its province's or region's
    ending or not (新疆, 江苏省, 广西壮族自治区, 广东)."""
    for ending in REGION_ENDINGS:
        if s.endswith(ending) and len(s) > len(ending):
            s = s[: -len(ending)]
            break
    return _place_word(s)


def common_word(s: str) -> bool:
    """Whether ``s`` is a common word of the dictionary (30 or more in jieba's counts)."""
    from aidparse._resources import word_counts

    return word_counts().get(s, 0) >= 30


def _publisher(name: str) -> bool:
    """Whether a name is a publisher's: a paper's, an agency's, a site's or a station's (香港商报,
    新华社, 天山网), or an outlet's of the table — not a column's (援疆新闻, 新闻频道, 新闻中心).

    >>> [_publisher(n) for n in ["香港商报", "新华社", "天山网", "援疆新闻", "新闻频道", "新闻中心"]]
    [True, True, True, False, False, False]
    """
    return name in OUTLETS or (org_name(name) and name not in _HOUSE and name.endswith(_PUBLISHER_ENDINGS))


#: How a publisher's name ends (a paper, an agency, a site, a station, an app, a magazine).
_PUBLISHER_ENDINGS: Final = ("报", "社", "网", "台", "客户端", "杂志", "周刊")


def _lone_spaced_editor(line: str, labels: list[Any]) -> bool:
    """Whether a line is one editor's role and a name set apart by a space, nothing else (编辑 王晓,
    责任编辑 王晓: the close of a page's article, as apps print it)."""
    return len(labels) == 1 and labels[0].start() == 0 and "".join(labels[0].group().split()) in _EDITOR_SET \
        and _LONE_NAME.fullmatch(line, labels[0].end()) is not None


#: A name alone after a label and spaces, to the line's end.
_LONE_NAME = lazy_regex(r"[ \u3000]+\p{Han}{2,4}\s*")


def _spaced_values(line: str, labels: list[Any]) -> bool:
    """Whether the values after labels set apart by spaces (no colon) are what such labels take,
    strictly — a publisher's name after a source's label, a person's name (not a word) after a
    role's — and the line is nothing but such pairs: 排版 设计 校对 印刷 is a list of words."""
    end = 0
    pats = _patterns()

    def dated(segment: str) -> bool:  # 发布时间 2020-10-16 12:05:33 between the pairs
        label = pats["label"].match(segment)
        at = label.end() if label is not None and label.group("gluedate") else 0
        date = pats["datetime"].match(segment, at)
        return date is not None and not segment[date.end() :].strip()

    for m in labels:
        between = line[end : m.start()].strip()
        if between and not dated(between):
            return False  # a word between the pairs
        value = _SPACED_VALUE.match(line, m.end())
        if value is None:
            return False
        if m.group() in _SOURCE_SET:
            word = value.group(1)
            if not all(org_name(w) or _place_led(w) for w in _SOURCE_PARTS.split(word) if w):
                return False  # (新疆日报, 喀什零距离, 石榴云/新疆日报, 人民网-新疆频道)
            end = value.end()
            continue
        names, after = _names_at(line, value.start(1), credited=True)  # 作者 王晓 李明
        if not names or any(_plain_word(n) for n, _, _ in names):
            return False  # (排版 设计 校对 印刷: words, no names)
        end = after
    rest = line[end:].strip()
    return not rest or dated(rest)


_CLOCK = lazy_regex(r"\d{1,2}[:：]\d{2}")


def _right_after_clock(fields: list[Field], s: str, pos: int) -> bool:
    """Whether ``pos`` follows the stamp's date and clock with nothing but spaces between."""
    return bool(fields) and fields[-1].field is MetaField.PUBLISHED and not s[fields[-1].end : pos].strip() \
        and _CLOCK.search(fields[-1].value) is not None


#: Words of a post's header that are no account (阅读原文, 收录于合集).
_POST_WIDGETS: Final = frozenset(["阅读原文", "收录于合集", "听新闻", "听全文", "关注", "在看", "分享",
                                  "置顶", "星标", "视频号"])
#: Names begin with a character this common as a surname (per mille of names: 王 30, 石 4.1, 新 0.35).
_SURNAME_SHARE = 1.0


def outlet_word(token: str) -> bool:
    """Whether a token can be a publisher's name without an organisation's ending (after its author
    on a post's header: 原创 王晓 伽师零距离): no common word (阅读, 国际), place (新疆) or phrase of a
    sentence.

    >>> outlet_word("和田零距离"), outlet_word("国际"), outlet_word("新疆"), outlet_word("新建学校")
    (True, False, False, False)
    """
    return not (common_word(token) or _place_word(token) or _SENTENCE_WORDS.search(token)
                or token in _NOT_A_SOURCE or (_common_halves(token) and not _place_word(token[:2])))
    # (乡村振兴, 开展调研: a phrase; 新疆发布: a place's outlet)


#: A self-media outlet's name: letters and figures, no punctuation (来源：东森新闻云 is a label's line).
_OUTLET_NAME = lazy_regex(r"[\p{Han}A-Za-z0-9]{3,12}")
#: How self-media outlets' names end when no organisation's ending does (和田零距离, 喀什发布, 石榴云,
#: 天山头条, 伽师融媒): the only names read as a publisher alone after a stamp's clock.
OUTLET_SUFFIXES: Final = ("零距离", "发布", "头条", "融媒", "融媒体", "之声", "云")


def outlet_name(token: str) -> bool:
    """Whether a word is a self-media outlet's name rather than a person's: a place's outlet (天山云),
    or a word of the dictionary with an outlet's ending (石榴云); 王晓云 is a name.

    >>> outlet_name("天山云"), outlet_name("石榴云"), outlet_name("王晓云")
    (True, True, False)
    """
    head = _outlet_head(token)
    return head is not None and (_two_places(head) or _plain_word(head))


def place_led_name(name: str) -> bool:
    """Whether a three-character name begins with a place of the dictionary (天山雪, 昆仑月): as a line
    alone, a poem's words more often than a person's name.

    >>> place_led_name("天山雪"), place_led_name("王晓东")
    (True, False)
    """
    return len(name) == 3 and _place_word(name[:2])


def place_outlet(token: str) -> bool:
    """Whether a line is a self-media outlet's name where no clock stands beside it (under a
    headline, over a stamp): a place's outlet (伽师零距离, 四川发布, 天山云), not a person (王晓云) nor
    a headline that ends like one (援疆干部名单发布, 民族团结之声).

    >>> place_outlet("伽师零距离"), place_outlet("王晓云"), place_outlet("援疆干部名单发布")
    (True, False, False)
    """
    head = _outlet_head(token)
    return head is not None and _two_places(head)


def clock_outlet(token: str) -> bool:
    """Whether a token right after a stamp's clock is its publisher: a self-media outlet's name
    (:data:`OUTLET_SUFFIXES`), not a channel (要闻, 援疆动态), a widget (置顶) or a person (阿依古丽).

    >>> clock_outlet("和田零距离"), clock_outlet("要闻"), clock_outlet("阿依古丽"), clock_outlet("发布")
    (True, False, False, False)
    >>> clock_outlet("喀什发布"), clock_outlet("信息发布"), clock_outlet("要闻头条")
    (True, False, False)
    """
    from aidparse._resources import word_counts
    from aidparse.article.furniture import CHANNEL_WORDS  # (furniture reads this module: imported here)

    head = _outlet_head(token)  # 喀什|发布, 和田|零距离: a place or a name, not 信息|发布, 要闻|头条
    if head is None or not outlet_word(token):
        return False
    return _two_places(head) or (head not in word_counts() and head not in CHANNEL_WORDS
                                 and token not in CHANNEL_WORDS)


def _outlet_head(token: str) -> str | None:
    """What stands before a self-media outlet's ending (伽师|零距离 → 伽师), when ``token`` has the
    shape of such a name (letters and figures, one of :data:`OUTLET_SUFFIXES` after something)."""
    suffix = next((x for x in OUTLET_SUFFIXES if token.endswith(x)), None)
    if suffix is None or len(token) <= len(suffix) or _OUTLET_NAME.fullmatch(token) is None:
        return None
    return token[: -len(suffix)]


_SOURCE_PARTS = lazy_regex(r"[/\-－]")


_SPACED_VALUE = lazy_regex(r"[ \u3000]+(\S+)")
#: Labels set apart by spaces, not colons, are read as labels when a line has this many of them
#: (a single 来源 followed by a space may start a phrase).
_SPACED_LABELS = 2
#: A stamp may carry this many tokens no form reads (widgets and links of the page) ...
_JUNK_TOKENS = 2
#: ... of at most this many characters each.
_JUNK_LENGTH = 8


def _stamp_with_junk(fields: list[Field], facts: int, junk: list[str], length: int) -> bool:
    """Whether a line with tokens no form reads is still a stamp: a full date and another fact
    (a label, a source) stand on it, and the unread tokens are few and short (手机看新闻, 进入论坛).
    A sentence never passes: its words are not tokens of this kind."""
    dated = any(f.field is MetaField.PUBLISHED and parse_stamp_date(f.value) for f in fields)
    return dated and facts >= 2 and len(junk) <= _JUNK_TOKENS \
        and sum(len(j) for j in junk) * 3 <= length


def _closing(s: str, start: int) -> int | None:
    """The index of the bracket closing the one at ``start`` (no nesting), or ``None``."""
    for i in range(start + 1, min(len(s), start + 60)):
        if s[i] in ")）":
            return i
        if s[i] in "(（":
            return None
    return None


_STAMP_REST = lazy_regex(r"[\s|｜丨/【】\[\]()（）:：\-]+")
#: A loose stamp carries at most this many characters besides its date (an account, a channel),
#: of which this many Han characters (a headline has more).
_LOOSE_REST = 16
_LOOSE_HAN = 7
_HAN_RE = lazy_regex(r"\p{Han}")


def loose_stamp(line: str) -> tuple[int, int] | None:
    """Where the date of a loose stamp stands: a line with a full date (and its time) among a
    few words the credit forms do not read (金融市场棱镜2019-09-23 07:48, 原创 GameForce
    2019-09-04, 华夏人文 2020-03-09 18:14:21) — never a sentence.

    >>> line = "金融市场棱镜2019-09-23 07:48"
    >>> start, end = loose_stamp(line)
    >>> line[start:end]
    '2019-09-23 07:48'
    >>> loose_stamp("2019年9月23日，医疗队进村开展义诊。") is None
    True
    """
    if len(line) > 50 or _SENTENCE_MARKS.search(line):
        return None
    m = _patterns()["datetime"].search(line)
    if m is None or parse_stamp_date(m.group()) is None:
        return None
    before = line[: m.start()].rstrip()
    if before.endswith(("-", "—", "_", "–")):
        return None  # 今日股市行情分析--2019年8月19日: another article's headline and date
    rest = _STAMP_REST.sub("", before + line[m.end():])
    if len(rest) > _LOOSE_REST or len(_HAN_RE.findall(rest)) > _LOOSE_HAN:
        return None
    value = m.group().rstrip()
    return m.start(), m.start() + len(value)


_SPLIT_YEAR = lazy_regex(r"(?P<y>(?:19|20)\d{2})\s*年?")
_SPLIT_YEAR_MAX = 6
_SPLIT_DAY = lazy_regex(r"(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?")  # (9.7 is a figure)
_SPLIT_TIME = lazy_regex(rf"(?:{_TIME})")


def split_stamp(lines: Sequence[str]) -> tuple[int, str] | None:
    """A stamp printed over two or three lines — the year; the month and day; the time —
    from the first of ``lines`` (stripped): how many lines it takes, and its date as
    ``YYYY-MM-DD`` (with the time when printed), or ``None``.

    >>> split_stamp(["2019", "09/07", "19:02", "扬眼"])
    (3, '2019-09-07 19:02')
    >>> split_stamp(["2019年", "9月7日", "医疗队进村义诊"]), split_stamp(["2019", "医疗队进村义诊"])
    ((2, '2019-09-07'), None)
    >>> split_stamp(["2019", "13/45"]) is None
    True
    """
    if len(lines) < 2 or not lines[0][:1].isdigit() or len(lines[0]) > _SPLIT_YEAR_MAX:
        return None  # (asked of every line near the top: the year's line is short and a number)
    year, day = _SPLIT_YEAR.fullmatch(lines[0]), _SPLIT_DAY.fullmatch(lines[1])
    if year is None or day is None:
        return None
    try:
        date = dt.date(int(year.group("y")), int(day.group("m")), int(day.group("d")))
    except ValueError:
        return None
    if len(lines) > 2 and _SPLIT_TIME.fullmatch(lines[2]):
        return 3, f"{date.isoformat()} {lines[2]}"
    return 2, date.isoformat()


def label_at_start(line: str) -> bool:
    """Whether ``line`` opens with a metadata label and its separator (``发布时间：``, ``来源：``).

    >>> label_at_start("发布时间：10-0812:00"), label_at_start("援疆干部：扎根边疆")
    (True, False)
    """
    m = _patterns()["label"].match(line.strip())
    return m is not None and not m.group("glued") and _field_of_label(m.group("label") or "") != "authors"


def label_only(line: str) -> str | None:
    """The field of a label standing alone on its line (``来源：`` → ``source``), or ``None``.

    A stamp split over lines prints the value on the next line.

    >>> label_only("来源："), label_only("责任编辑:"), label_only("来源：天山网")
    ('source', 'editors', None)
    """
    m = _patterns()["label"].fullmatch(line.strip())
    if m is None or m.group("glued"):
        return None
    return _field_of_label(m.group("label"))


def org_name(value: str) -> bool:
    """Whether ``value`` is an organisation or site name (天山网, 阿克苏广播电视台).

    >>> org_name("阿克苏广播电视台"), org_name("中央政府门户网站"), org_name("产业援疆富民生")
    (True, True, False)
    >>> org_name("喀什警方查获老虎机二十余台"), org_name("第一财经")
    (False, True)
    >>> org_name("援疆医疗再添新平台"), org_name("喀什新建援疆远程会诊中心"), org_name("喀什地区远程会诊中心")
    (False, False, True)
    >>> org_name("喀什地区再就业服务中心"), org_name("香港文汇报"), org_name("向上级汇报")
    (True, True, False)
    """
    if not _patterns()["org"].fullmatch(value):
        return False
    # a headline that ends as names do (援疆医疗再添新平台, 喀什新建援疆远程会诊中心): a verb or a
    # grammatical word before the ending, or an ending that closes a common word (平台, 舞台)
    return value.endswith(_PAPERS_LIKE_WORDS) or not (value.endswith(_NOT_ORG_TAILS)
                                                      or _SENTENCE_WORDS.search(value[:-2]))


#: The longest line read as an organisation's or a site's name alone.
ORG_LINE_MAX = 30


def org_line(simp: str) -> bool:
    """Whether a line is an organisation's or a site's name alone (天山网, 阿克苏广播电视台).

    >>> org_line("阿克苏广播电视台"), org_line("援疆医疗再添新平台")
    (True, False)
    """
    return len(simp) <= ORG_LINE_MAX and org_name(simp)


#: Common words that end in an organisation's ending but name none (平台, 舞台, 回报).
_NOT_ORG_TAILS: Final = ("平台", "舞台", "讲台", "擂台", "阳台", "前台", "后台", "回报", "汇报", "海报",
                         "情报", "捷报", "喜报")
#: Papers whose names end in one of those words (香港文汇报, not 汇报).
_PAPERS_LIKE_WORDS: Final = ("文汇报",)
#: Verbs and grammatical words of a headline or a sentence that no organisation's name holds.
_SENTENCE_WORDS = lazy_regex(r"[了们着的把被吗呢吧]|有了|新建|建成|登上|加入|助力|打造|走进|来到|成为"
                             r"|再添|又添|再建|又建")  # (not 再 alone: 再就业服务中心)


#: Date labels an event's notice uses too (时间：10月12日 / 地点：…).
_BARE_DATE_LABEL = lazy_regex(r"时\s*间|日\s*期")
#: An author's label (【作者】 is read as one before this is asked): names after it may be parted by ；.
_LABELLED_NAMES = lazy_regex(r"\s*(?:作者|著者)\s*[:：]")
#: Full-width slashes read as the ASCII slash of the forms (文／王晓, 记者 王晓／文).
_WIDE_SLASH = str.maketrans({"／": "/"})


def parse_credits(line: str, *, names_only: bool = False) -> list[Field] | None:
    """The fields of a metadata line, or ``None`` if any part of it is not metadata (see
    :func:`_parse_credits`; the walk and the anchors ask about the same lines, so the answer is kept).

    >>> [(f.field.value, f.value) for f in parse_credits("2018-10-29 11:27:00来源:人民网")]
    [('published', '2018-10-29 11:27:00'), ('source', '人民网')]
    """
    if len(line) > _CREDIT_MAX:
        return None  # a page's text run into one line, not a credit line (and read in linear time)
    found = _cached_credits(line, names_only)
    return None if found is None else list(found)


#: The code a Taiwanese wire's desk prints after the editors' bracket that closes a story: the
#: date in the Republic's years (1120603 is 2023-06-03), read as no field.
_DESK_CODE = lazy_regex(r"[)）]\s*1\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*$")
#: A credit line is never longer than this (a stamp with its widgets and counters is about 150).
_CREDIT_MAX = 400


@functools.lru_cache(maxsize=4096)
def _cached_credits(line: str, names_only: bool) -> tuple[Field, ...] | None:
    found = _parse_credits(line, names_only=names_only)
    return None if found is None else tuple(found)


def _parse_credits(line: str, *, names_only: bool = False) -> list[Field] | None:
    """The fields of a metadata line, or ``None`` if any part of it is not metadata.

    Positions are offsets into ``line``. With ``names_only``, a bare list of
    names counts as a credit (as it does in brackets at the end of an article).
    A site name on a dated line that credits no other source is the source
    (``霍城县人民政府网 www.example.gov.cn 发布时间:…``).

    >>> [(f.field.value, f.value) for f in parse_credits("2018-10-29 11:27:00来源:人民网")]
    [('published', '2018-10-29 11:27:00'), ('source', '人民网')]
    >>> [(f.field.value, f.value) for f in parse_credits("□新华社记者 何军 苟立锋")]
    [('affiliation', '新华社'), ('authors', '何军'), ('authors', '苟立锋')]
    >>> [(f.field.value, f.value) for f in
    ...  parse_credits("(出处:中国社会科学报 本报记者 张春海/文 实习记者 吴文康/摄)")]
    [('source', '中国社会科学报'), ('authors', '张春海'), ('authors', '吴文康')]
    >>> parse_credits("产业援疆富民生") is None, parse_credits("记者从会上获悉，今年将新建学校3所。") is None
    (True, True)
    """
    pats = _patterns()
    printed = _PRINT_CREDIT.fullmatch(line.strip())
    if printed is not None:  # 《人民日报》（2018年01月09日 11 版）: the paper it was printed in
        paper, date = printed.group("paper"), printed.group("date")
        at, day = line.index(paper), line.index(date)
        return [Field(MetaField.SOURCE, paper, at, at + len(paper), "print"),
                Field(MetaField.PUBLISHED, date, day, day + len(date), "print")]
    repost = _REPOST_CREDIT.fullmatch(line.strip())
    if repost is not None:  # 以下文章来源于喀什日报 ，作者喀什日报: the account it was reposted from
        account, who = repost.group("account"), repost.group("author")
        at = line.index(account)
        credited = [Field(MetaField.SOURCE, account, at, at + len(account), "repost")]
        if who != account and valid_name(who, credited=True):
            at = line.rindex(who)
            credited.append(Field(MetaField.AUTHORS, who, at, at + len(who), "repost"))
        return credited
    line = line.translate(_WIDE_SLASH)  # 文／王晓 as 文/王晓 (one character for one: offsets hold)
    if "【" in line:  # 【作者】王晓 as  作者：王晓 (same length: offsets hold)
        line = pats["bracket_label"].sub(lambda m: f" {m.group(1)}：", line)
    spaced = list(pats["spaced_label"].finditer(line))
    if (len(spaced) >= _SPACED_LABELS or _lone_spaced_editor(line, spaced)) and _spaced_values(line, spaced):
        # 来源 阿勒泰日报　作者 马晓梅 as 来源：阿勒泰日报　作者：马晓梅
        chars = list(line)
        for m in spaced:
            chars[m.end()] = "："
        line = "".join(chars)
    end = len(line.rstrip())
    code = _DESK_CODE.search(line, 0, end)
    if code is not None:  # （编辑：王晓）1120603: the desk's code after the editors' bracket
        end = code.start() + 1
    stop = _INNER_STOP.search(line, 0, max(0, end - 1))
    if stop and not (stop.group() == "；" and _LABELLED_NAMES.match(line)):
        return None  # a full stop inside: sentences, not a credit line (【作者】王晓；李明 is one)
    if not names_only and pats["cue"].search(line) is None:
        return None  # nothing only metadata has: no label, role, date, issue or credit suffix
    deco = pats["decoration"].match(line)
    pos = deco.end() if deco else 0
    bracketed = pos < end - 1 and line[pos] in "(（【[" and line[end - 1] in ")）】]"
    if bracketed:
        pos += 1
        end -= 1
    s = line[:end]
    fields: list[Field] = []
    facts = 0  # parts only metadata has: a label, a date, a credited role, an issue
    records = 0  # labels of a disclosure catalogue that an article's text may use too (服务对象：…)
    after_org = False  # names allowed after an organisation or a date only: not words, not outlets
    junk: list[str] = []  # tokens no form reads
    names_allowed = names_only
    badge = False  # the line opens with a post's 原创 badge: its author, then its account
    while pos < len(s):
        if s[pos] in " \t\u3000":
            pos += 1
            continue
        m = pats["bracket_widget"].match(s, pos)
        if m and pos == 0 and _publisher(m.group()[1:-1]):
            fields.append(Field(MetaField.SOURCE, m.group()[1:-1], m.start() + 1, m.end() - 1,
                                "bracket.paper"))
            pos = m.end()  # 【香港商报】记者 王晓 报道: the paper, then its reporter
            facts += 1
            continue
        if m and parse_credits(m.group()[1:-1], names_only=True) is None:
            pos = m.end()  # 【打印本页】
            continue
        if s[pos] in "(（" and fields:  # a credit in brackets on a credit line: 来源：新疆日报（记者 王晓）
            close = _closing(s, pos)
            if close is not None:
                inner = parse_credits(s[pos + 1 : close], names_only=True)
                if inner is not None:
                    fields += [f.shifted(pos + 1) for f in inner]
                    pos = close + 1
                    continue
        m = pats["gap"].match(s, pos)
        if m:
            pos = m.end()
            continue
        m = pats["label"].match(s, pos)
        if m:
            if m.group("gluedate"):
                kind = "date"
            else:
                kind = "source" if m.group("glued") else _field_of_label(m.group("label"))
                label = "".join((m.group("label") or "").split())
                records += label in _RECORD_SET and label not in _CATALOGUE_ONLY
            pos = m.end()
            facts += 1
            if m.group("glued"):  # 摘自… needs a publisher's name after it, not a phrase
                field, after = _source_value(s, pos)
                if field is None or not (org_name(field.value) or s[pos] == "《"):
                    return None
            if kind == "date":
                ambiguous = _AMBIGUOUS_DATE.match(s, pos)
                if ambiguous is not None:  # 02/03/2023: day or month first, no date is read from it
                    pos = ambiguous.end()
                    continue
                d = pats["datetime"].match(s, pos)
                # 发布时间：18-03-0823:16, the year in two figures: after a publication's label only
                # (时间：18-03-08 alone may be an event's date in the text)
                if (d is None or not _DATE_RE.match(d.group())) \
                        and not _BARE_DATE_LABEL.fullmatch(m.group("label") or ""):
                    d = _SHORT_YEAR.match(s, pos) or d
                if d is None or not (_DATE_RE.match(d.group()) or _SHORT_YEAR.match(d.group())):
                    # a time, or a day without the year
                    d = d or pats["monthday"].match(s, pos)
                    if d is not None and _BARE_DATE_LABEL.fullmatch(m.group("label") or ""):
                        # after a bare 时间： or 日期：, which an event's notice prints too (时间：10月12日
                        # / 地点：…), no fact of a stamp: the line needs another (来源：…)
                        facts -= 1
                if d is None:
                    if pos < len(s):
                        return None
                    continue
                value = d.group().rstrip()
                fields.append(Field(MetaField.PUBLISHED, value, d.start(), d.start() + len(value),
                                    "label.date"))
                pos = d.end()
            elif kind == "source":
                people: list[tuple[str, int, int]] = []
                if m.group("label") in _CONTRIBUTOR_LABELS:  # 供稿：张强　古丽米拉·阿不都: its authors
                    people, after = _names_at(s, pos, credited=True)
                    people = [] if any(org_name(n) or _place_word(n) or n.endswith(_SECTIONS)
                                       for n, _, _ in people) else people
                if people:
                    fields += [Field(MetaField.AUTHORS, n, a, b, "label.contributor") for n, a, b in people]
                    pos = after
                else:
                    field, pos = _source_value(s, pos)
                    if field is not None:
                        fields.append(field)
            elif kind == "counter":
                d = pats["counter"].match(s, pos)
                pos = d.end() if d else pos
            elif kind == "affiliation":  # 单位：新疆大学 (单位：万元 under a table is no credit)
                facts -= 1
                org = pats["org"].match(s, pos)
                if org is None:
                    return None
                else:
                    fields.append(Field(MetaField.AFFILIATION, org.group(), org.start(), org.end(),
                                        "label.affiliation"))
                    pos = org.end()
            elif kind == "widget":  # 字号：T|T, 字体：大 中 小 — up to the next label
                nxt = pats["label"].search(s, pos)
                pos = nxt.start() if nxt else len(s)
            else:
                nobody = pats["nobody"].match(s, pos) if kind != "editors" else None
                if nobody is not None:  # 作者：佚名, 作者：admin (责任编辑：admin: the account that edited)
                    pos = nobody.end()
                    continue
                desc = pats["description"].match(s, pos) if kind == "authors" else None
                if desc and _names_at(s, desc.end())[0]:
                    # 作者：湖南援疆医生 王晓, 文/伊犁州直援疆前指 王晓: who the author is, then the name
                    org = desc.group("who")
                    if org_name(org):
                        fields.append(Field(MetaField.AFFILIATION, org, desc.start("who"), desc.end("who"),
                                            "label.description"))
                    pos = desc.end()
                names, pos = _names_at(s, pos, latin=True, credited=True)
                if kind != "editors":  # a user name (杨倩_NF4425, Demi) credits no author
                    names = [n for n in names if not _LATIN_NAME.fullmatch(n[0])]
                field_name = MetaField.EDITORS if kind == "editors" else MetaField.AUTHORS
                fields += [Field(field_name, n, a, b, f"label.{kind}") for n, a, b in names]
                if names:
                    suffix = pats["suffix"].match(s, pos)
                    pos = suffix.end() if suffix else pos
                elif kind == "editors":  # no editor's name: a date, an office, a CMS's account
                    pos = _editors_value(s, pos, "".join((m.group("label") or "").split()), fields)
                elif kind == "authors" and (dept := _DEPARTMENT.match(s, pos)) is not None:
                    pos = dept.end()  # 作者：医技药剂党支部: a department wrote it (no person, no publisher)
                names_allowed = True  # 文/凤凰网主笔陈芳: the value is itself a credit
            continue
        m = pats["datetime"].match(s, pos)
        if m:
            if _DATE_RE.match(m.group()):
                value = m.group().rstrip()
                fields.append(Field(MetaField.PUBLISHED, value, m.start(), m.start() + len(value),
                                    "datetime"))
            facts += 1
            pos = m.end()
            names_allowed = after_org = True  # 2018-03-23王开 (a name, not a channel's word: 2023-05-12 国际)
            continue
        m = pats["url"].match(s, pos)
        if m:
            pos = m.end()
            continue
        m = pats["issue"].match(s, pos)
        if m:
            if m.group("name"):
                fields.append(Field(MetaField.SOURCE, m.group("name"), m.start("name"), m.end("name"),
                                    "issue"))
            facts += 1
            pos = m.end()
            continue
        m = pats["role"].match(s, pos)
        if m:
            org = m.group("org")
            if org and not org.startswith(_HOUSE):
                bare = org.strip("《》 ")
                at = m.start("org") + org.index(bare)
                fields.append(Field(MetaField.AFFILIATION, bare, at, at + len(bare), "role.org"))
            pos = pats["colon"].match(s, m.end()).end()
            # a name glued to a short role (图文直播间) must begin like a name; after 记者, 通讯员,
            # 作者 or a separator, its shape is enough (记者热依拉, 文/ 肉孜)
            credited = pos > m.end() or m.group("role").endswith(_CREDITING_ROLES)
            names, pos = _names_at(s, pos, credited=credited)
            if names and not org and names[0][1] == m.end() and common_word(names[0][0]):
                return None  # 记者手记: a heading, not a byline
            fields += [Field(MetaField.AUTHORS, n, a, b, "role.names") for n, a, b in names]
            facts += 1
            names_allowed = True
            suffix = pats["suffix"].match(s, pos) if names else None
            pos = suffix.end() if suffix else pos
            continue
        m = pats["widget"].match(s, pos)
        if m and m.group("place") and not _location(m.group("place")):
            if m.group("sent").startswith(("发表于", "发布于")):
                pos = m.start("sent") + 3  # 发表于人民网: where it was published (the site is read next)
                continue
            m = None
        if m:
            pos = m.end()
            if m.group() == "原创" and not fields and s[pos : pos + 1] in (" ", "\t", "\u3000", ":", "："):
                # 原创 王振宇 伽师零距离 2023-02-14: a post's author after its badge, then its account
                names_allowed = badge = True
                facts += 1
                pos = pats["colon"].match(s, pos).end()  # 原创： 路闻卓立编译 人民币交易与研究
            continue
        m = pats["aside"].match(s, pos) if fields and fields[-1].field in (MetaField.AUTHORS,
                                                                          MetaField.EDITORS) else None
        if m:  # 作者:张三(新疆大学): where the author works; 责任编辑：王晓 (实习)
            pos = m.end()
            continue
        m = pats["english"].match(s, pos)
        if m and fields:
            pos = m.end()
            continue
        names, after = _names_at(s, pos, credited=badge and not fields)  # 原创：路闻卓立编译: its author
        if badge and names and (not fields or fields[-1].field is MetaField.AUTHORS) \
                and _before_date_or_end(s, after) and not pats["suffix"].match(s, after) \
                and (names[-1][0] in _POST_WIDGETS or _reads_as_account(names[-1][0])
                     or _no_name_here(names[-1][0], after_name=len(names) > 1 or bool(fields))):
            # 原创 王晓 新闻联播 2023-02-14: the last before the date is the account, no second author;
            # a word that may be either (买买提, 丝路明珠, a place) is neither
            account, a, b = names[-1]
            fields += [Field(MetaField.AUTHORS, n, x, y, "names.after-credit") for n, x, y in names[:-1]]
            if _reads_as_account(account) and not any(f.field is MetaField.SOURCE for f in fields):
                fields.append(Field(MetaField.SOURCE, account, a, b, "badge.account"))  # (阅读原文: a link)
            names_allowed = True
            pos = b
            continue
        if names and not names_allowed and any(common_word(n) for n, _, _ in names):
            names = []  # 特别报道: a word and a role word
        if names and not pats["suffix"].match(s, after) and fields \
                and fields[-1].field is MetaField.PUBLISHED and pos > fields[-1].end \
                and all(_place_word(n) or common_word(n) or not bare_name_shape(n) for n, _, _ in names):
            pos = after  # 2025年03月05日 19:02 新疆, 2023-05-12 10:20 国际: where from, a channel (掌上喀什:
            # four characters without a role are no name)
            continue
        if names and after_org and any(common_word(n) or org_name(n) or not (
                bare_name_shape(n) or pats["suffix"].match(s, after)) for n, _, _ in names):
            names = []  # 人民网 时政: a channel after the site (no word, even one a name may be);
            # 掌上喀什 after the clock: no role credits it, so four characters are no name
        if names:
            suffix = pats["suffix"].match(s, after)
            if suffix and not (names_allowed or bracketed or fields) and "/" not in suffix.group() \
                    and suffix.group().strip().endswith(_NOUN_ROLES):
                return None  # 金句整理, 彭博编译 alone: a heading (（王晓整理）, 王晓/整理 credit someone)
            if suffix or names_allowed:  # 初白丨文, 张春海/文; or names after a credit
                form = "names.suffix" if suffix else "names.after-credit"
                fields += [Field(MetaField.AUTHORS, n, a, b, form) for n, a, b in names]
                facts += 1 if suffix else 0
                pos = suffix.end() if suffix else after
                names_allowed = True
                continue
            paper = pats["name_org"].match(s, after)
            if paper is not None and len(names) == 1:  # 石佳/中国青年报: a reporter and the paper
                fields += [Field(MetaField.AUTHORS, n, a, b, "names.paper") for n, a, b in names]
                fields.append(Field(MetaField.AFFILIATION, paper.group("org"), paper.start("org"),
                                    paper.end("org"), "names.paper"))
                facts += 1
                pos = paper.end()
                names_allowed = True
                continue
        m = pats["provider"].match(s, pos)
        if m:  # 医技药剂党支部、药剂科供稿: a department that provided it, not the publisher
            facts += 1
            pos = m.end()
            continue
        m = pats["org_channel"].match(s, pos) or pats["org"].match(s, pos)
        if m and badge and fields and fields[-1].field is MetaField.AUTHORS \
                and all(f.field is not MetaField.SOURCE for f in fields):
            # 原创：王晓编译 新疆日报: the account that posted it, named as organisations are
            fields.append(Field(MetaField.SOURCE, m.group(), m.start(), m.end(), "badge.account"))
            pos = m.end()
            names_allowed = after_org = True
            continue
        if m:
            gap = pats["gap"].match(s, m.end())
            if gap is not None and pats["role"].match(s, gap.end()) is not None:
                # 联合报／记者王晓／即时报导, 北京日报客户端 | 记者 王晓: the paper its reporter writes for
                fields.append(Field(MetaField.AFFILIATION, m.group(), m.start(), m.end(),
                                    "org.reporter-paper"))
            else:
                fields.append(Field(MetaField.SITE, m.group(), m.start(), m.end(), "org.site"))
            pos = m.end()
            names_allowed = after_org = True  # 旺报 陈君硕 2015/09/02 04:10: a paper, then its reporter
            continue
        m = pats["outlet"].match(s, pos) if badge and fields and fields[-1].field is MetaField.AUTHORS \
            and all(f.field is not MetaField.SOURCE for f in fields) else None
        if m and outlet_word(m.group()) and m.group() not in _POST_WIDGETS \
                and _before_date_or_end(s, m.end()):
            # 原创 王振宇 伽师零距离 2023-02-14: the account between its author and the date (or the line's
            # end: the date on the next line)
            fields.append(Field(MetaField.SOURCE, m.group(), m.start(), m.end(), "badge.account"))
            pos = m.end()
            continue
        m = pats["outlet"].match(s, pos) if _right_after_clock(fields, s, pos) else None
        if m and clock_outlet(m.group()):  # 2019年09月11日01:53 和田零距离: the publisher's slot
            fields.append(Field(MetaField.SITE, m.group(), m.start(), m.end(), "org.after-clock"))
            pos = m.end()
            continue
        m = pats["junk"].match(s, pos)
        if m is None:
            return None
        junk.append(m.group())  # a token no form reads (a widget, a link): allowed on a stamp only
        pos = m.end()
    if records and facts < 2:
        return None  # 服务对象：…, 文号：… alone: a line of a notice; a catalogue prints its labels in rows
    if junk and not _stamp_with_junk(fields, facts, junk, len(s)):
        return None
    # a bare list of names: people's names, not a programme or a common word (新闻联播)
    if not facts and (not (names_only and fields) or any(
            not bare_name_shape(f.value) or common_word(f.value) for f in fields)):
        return None
    if sum(f.field is MetaField.SOURCE for f in fields) > 1:  # 【…】 … 来源：天山网: the label's source
        fields = [f for f in fields if f.form != "bracket.paper"]
    kinds = {f.field for f in fields}
    if MetaField.PUBLISHED in kinds and MetaField.SOURCE not in kinds:
        fields = [Field(MetaField.SOURCE, f.value, f.start, f.end, "org.site-on-stamp")
                  if f.field is MetaField.SITE else f for f in fields]
    return fields


# --------------------------------------------------------------------------- leads and tails


@dataclass(frozen=True)
class Lead:
    """A dateline or byline at the start of a body line: ``line[:end]`` is metadata."""

    end: int
    fields: tuple[Field, ...]
    rest_is_title: bool = False


#: Roles after which a name glued to the role is one by its shape (记者热依拉).
_CREDITING_ROLES = ("记者", "通讯员", "作者", "撰稿", "撰文", "采写", "评论员", "实习生", "主笔")
_LEAD_GAP = lazy_regex(r"[\s/／:：，,]*")
_TITLE_LABEL = lazy_regex(r"题\s*[:：]")


@functools.cache
def _lead_patterns() -> tuple[Any, Any, Any]:
    import regex

    one = rf"(?:[\p{{Han}}A-Za-z]{{1,12}}?(?:{_alternation(ORG_ENDINGS)})|{_alternation(OUTLETS)})"
    org = rf"(?:(?P<house>{_alternation(_HOUSE)})|(?:(?:{one}|[\p{{Han}}A-Za-z]{{1,8}})/)?{one})"
    wire = regex.compile(rf"""
        ^[\s□■●◆▲]*据?
        (?P<org>{org})(?![网报])   # the whole name: 中国新闻网 (no place begins with 网 or 报)
        (?P<place>\p{{Han}}{{2,8}}?)??
        (?P<date>(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日)?
        (?P<kind>快讯|专电|电|讯|(?(date)消息|(?!)))   # 消息 after a date only (else 央视网消息 below)
        # without a date or a place, 电/讯 must end the word (中国网络电视台 is no dateline)
        (?(date)|(?(place)|(?(house)|(?!\p{{Han}}))))
        (?:\s*[(（](?P<credit>[^()（）\n]{{1,60}})[)）])?
      # 央视网消息
      | ^[\s□■●◆▲]*(?P<org2>[\p{{Han}}A-Za-z/]{{1,16}}(?:{_alternation(ORG_ENDINGS)}))(?P<kind2>消息)
        """, regex.VERBOSE)
    org = rf"(?:{_alternation(_HOUSE)}|[\p{{Han}}A-Za-z]{{1,12}}?(?:{_alternation(ORG_ENDINGS)}))"
    lead = regex.compile(rf"""
        ^[\s□■●◆▲]*
        (?:
            (?P<org>{org})\s*[(（](?P<credit>[^()（）\n]{{1,60}})[)）]      # 中国昌吉网(记者 左晓雨)
          | [(（](?P<credit2>[^()（）\n]{{1,60}})[)）]                       # (通讯员 邓瑞涵 李胡)
          | 【(?P<credit3>[^【】\n]{{1,40}})】                                # 【文/王晓】, 【记者 王晓】
          | 〔(?P<credit4>[^〔〕\n]{{1,40}})〕                                # 〔记者王晓／台北报导〕
          # 据央视《焦点访谈》报道, 据《新疆日报》报道
          | 据《?(?P<src>[^,，。;；(（《》\s]{{2,12}}?)》?(?:《[^》\n]{{1,20}}》)?(?:报道|消息)[,，:：]?
        )
        """, regex.VERBOSE)
    # a credit after a dateline, without brackets: 本报乌鲁木齐10月24日讯 记者张三报道：
    after = regex.compile(r"[\s/／:：]*(?P<credit>[^，,。；;:：\n]{2,40}?)\s*(?:报道)?\s*[:：]")
    return wire, lead, after


@functools.cache
def _marker_patterns() -> tuple[Any, Any]:
    """Datelines of Hong Kong, Taiwan and overseas Chinese papers and agencies, in brackets."""
    import regex

    date = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
    # 【明报专讯】, 【大公报讯】, 【星岛日报报道】, 【本报讯】, 【大纪元2021年05月08日讯】: the paper (its
    # name needs no organisation's ending inside the marker), its date, then a credit in brackets
    marker = regex.compile(rf"""
        ^[\s□■●◆▲]*【(?P<org>[\p{{Han}}A-Za-z]{{2,10}}?)(?P<date>{date})?(?P<kind>专讯|讯|报道|报导|电)】
        \s*(?:[(（](?P<credit>[^()（）\n]{{1,60}})[)）])?
        """, regex.VERBOSE)
    # （中央社记者王晓台北8日电）, （香港中通社5月8日电）: an agency's dateline in brackets (or without
    # them, as reposts print it), the reporter between the agency and the place
    bracket = regex.compile(rf"""
        ^[\s□■●◆▲]*(?P<open>[(（])?据?(?P<org>[\p{{Han}}A-Za-z]{{1,10}}?(?:{_alternation(ORG_ENDINGS)}))
        (?:记者\s?(?P<names>\p{{Han}}{{2,3}}?(?=\s)|\p{{Han}}{{0,11}}?))?
        (?P<rest>\s?\p{{Han}}{{0,8}}?)(?P<date>(?:(?:19|20)\d{{2}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日)专?电
        (?(open)[)）]|(?=[\s/／:：]|\p{{Han}}|$))   # in brackets, or not: 中央社记者王晓台北8日电 今年…
        """, regex.VERBOSE)
    return marker, bracket


def _bracketed_dateline(line: str) -> Lead | None:
    """A bracketed dateline of a Hong Kong, Taiwan or overseas Chinese paper or agency.

    >>> lead = _bracketed_dateline("【大纪元2021年05月08日讯】（大纪元记者王晓报道）今年")
    >>> [(f.field.value, f.value) for f in lead.fields]
    [('origin', '大纪元'), ('dateline', '2021年05月08日'), ('authors', '王晓')]
    >>> lead = _bracketed_dateline("（中央社记者王晓台北8日电）今年")
    >>> [(f.field.value, f.value) for f in lead.fields], lead.end
    ([('origin', '中央社'), ('authors', '王晓')], 14)
    >>> [(f.field.value, f.value) for f in _bracketed_dateline("（中央社记者陈家明京8日电）今年").fields]
    [('origin', '中央社')]
    >>> [(f.field.value, f.value) for f in _bracketed_dateline("（据新华社乌鲁木齐10月20日电）今年").fields]
    [('origin', '新华社'), ('dateline', '10月20日')]
    >>> _bracketed_dateline("【援疆故事】今年") is None, _bracketed_dateline("【视频报道】今年") is None
    (True, True)
    """
    marker, bracket = _marker_patterns()
    m = marker.match(line)
    if m and m.group("org") not in _HOUSE and not org_name(m.group("org")):
        m = None  # 【视频报道】, 【援疆快讯】, 【教育简讯】: a column's tag, not a paper's
    if m:
        fields = [] if m.group("org") in _HOUSE else [
            Field(MetaField.ORIGIN, m.group("org"), m.start("org"), m.end("org"), "lead.marker")]
        if m.group("date") and "月" in m.group("date"):
            fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                                "lead.marker"))
        end = m.end("kind") + 1
        if m.group("credit") is not None:
            credit = _credit_fields(m.group("credit"), m.start("credit"), "lead.marker-credit",
                                    names_only=True)
            if credit is not None:
                fields += [f for f in credit if f.field is MetaField.AUTHORS]
                end = m.end()
        else:  # 【大公报讯】记者王晓报道：…
            prefix = _credit_prefix(line, _LEAD_GAP.match(line, end).end(), "lead.marker-after")
            if prefix is not None and prefix[0] < len(line.rstrip()):
                end, credit = prefix
                fields += credit
        return Lead(_LEAD_GAP.match(line, end).end(), tuple(fields))
    m = bracket.match(line)
    if m is None:
        return None
    if m.group("open") is None and not line[m.end():].strip() and not _publisher(m.group("org")):
        return None  # a dateline alone on its line is a news outlet's (喀什地区供电公司10月15日电 / 网改造…)
    org_end = m.end("org")
    if m.group("names") is None:  # （中国台湾网7月5日电）: the outlet's whole name
        org_end = _outlet_end(line, m.start("org"), org_end, m.end("rest"))
    fields = [Field(MetaField.ORIGIN, line[m.start("org") : org_end], m.start("org"), org_end,
                    "lead.bracket-wire")]
    # the reporter's name runs into the place (王晓台北, 陈家明京): a space parts them (记者王晓
    # 台北8日电), or a place the dictionary or the gazetteer knows ends the run (王晓|台北); else
    # neither is read (京 is no place alone)
    names, rest = m.group("names") or "", m.group("rest")
    if names and rest[:1].isspace() and valid_name(names, credited=True):
        fields.append(Field(MetaField.AUTHORS, names, m.start("names"), m.end("names"), "lead.bracket-wire"))
    elif not rest[:1].isspace():
        run, at = names + rest, m.start("names") if m.group("names") is not None else m.start("rest")
        splits = [i for i in (2, 3) if len(run) - i >= 2 and valid_name(run[:i], credited=True)
                  and _place_word(run[i:])]
        if len(splits) == 1:
            fields.append(Field(MetaField.AUTHORS, run[: splits[0]], at, at + splits[0], "lead.bracket-wire"))
    if "月" in m.group("date"):
        fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                            "lead.bracket-wire"))
    return Lead(_LEAD_GAP.match(line, m.end()).end(), tuple(fields))


def _outlet_end(line: str, start: int, end: int, limit: int) -> int:
    """Where a dateline's outlet ``line[start:end]`` ends, when the first organisation's ending in
    it cuts a place in two (中国台|湾网: 台 ends names such as 电视台, and 台湾 is a place): at the
    first ending after that place, before ``limit`` (中国台湾网, 中国台湾网|北京, 中国台州网); else at
    ``end`` (新华社|烟台, 新华社|台北: no place runs across the cut).

    >>> [_outlet_end(s, 0, 3, len(s)) for s in ["中国台湾网", "中国台湾网北京", "新华社烟台", "新华社台北"]]
    [5, 5, 3, 3]
    """
    from aidparse.script import to_simplified

    across = [j for i in range(max(start, end - 3), end) for j in range(end + 1, min(limit, i + 4) + 1)
              if _place_word(to_simplified(line[i:j]))]
    if not across:
        return end
    for cut in range(max(across), limit + 1):
        if line[start:cut].endswith(ORG_ENDINGS) and line[cut : cut + 1] not in ("网", "报"):
            return cut
    return end


def _credit_fields(credit: str, offset: int, form: str, *, names_only: bool = False) -> list[Field] | None:
    fields = parse_credits(credit, names_only=names_only)
    if fields is None or not any(f.field is MetaField.AUTHORS for f in fields):
        return None
    return [f.shifted(offset, f"{form}:{f.form}") for f in fields]


def parse_lead(line: str, *, first: bool) -> Lead | None:
    """A wire dateline or byline opening a body line.

    Wire datelines (``…电``, ``…讯``, ``…消息``) and bracketed credits are read at
    the start of any paragraph; an organisation with a bracketed credit and
    ``据…报道`` only at the start of the article's first paragraph. The paper of
    a ``…电``/``…讯`` dateline is the article's origin; of ``…消息``, its source.

    >>> lead = parse_lead("新华社乌鲁木齐7月12日电(记者 丁建刚、符晓波)时至今日", first=True)
    >>> [(f.field.value, f.value) for f in lead.fields]  # doctest: +NORMALIZE_WHITESPACE
    [('origin', '新华社'), ('place', '乌鲁木齐'), ('dateline', '7月12日'), ('authors', '丁建刚'),
     ('authors', '符晓波')]
    >>> "新华社乌鲁木齐7月12日电(记者 丁建刚、符晓波)时至今日"[lead.end:]
    '时至今日'
    >>> parse_lead("本报讯(记者 张三。(通讯员 李四)", first=True).end
    3
    >>> line = "本报乌鲁木齐10月24日讯 记者张三报道：近日"
    >>> line[parse_lead(line, first=True).end:]
    '近日'
    """
    if first and line.lstrip(" \t\u3000□■●◆▲")[:1] in ("【", "(", "（"):
        marked = _bracketed_dateline(line)
        if marked is not None:
            return marked
    wire, lead, after = _lead_patterns()
    m = wire.match(line)
    if m is None and first:  # 中央社记者王晓台北8日电 without its brackets, as reposts print it: with
        marked = _bracketed_dateline(line)  # its reporter (人民网记者从8日电视台… is a sentence)
        if marked is not None and any(f.field is MetaField.AUTHORS for f in marked.fields):
            return marked
    if m and m.group("org2"):  # 央视网消息: the site that reports, not a wire's origin
        fields = [Field(MetaField.SOURCE, m.group("org2"), m.start("org2"), m.end("org2"), "lead.xiaoxi")]
        return Lead(_LEAD_GAP.match(line, m.end()).end(), tuple(fields))
    if m:
        fields = []
        org_end = place_end = m.end("org")
        if m.group("place") and not m.group("house"):  # 中国台湾网7月5日讯: the outlet's whole name
            place_end = m.end("place")
            org_end = _outlet_end(line, m.start("org"), org_end, place_end)
        org = line[m.start("org") : org_end]
        if m.group("kind") == "消息":  # 央广网乌鲁木齐5月8日消息: the site that reports, not a wire
            if org not in _HOUSE:
                fields.append(Field(MetaField.SOURCE, org, m.start("org"), org_end, "lead.xiaoxi"))
        elif org not in _HOUSE:
            fields.append(Field(MetaField.ORIGIN, org, m.start("org"), org_end, "lead.wire"))
        if place_end > org_end:
            fields.append(Field(MetaField.PLACE, line[org_end:place_end], org_end, place_end, "lead.wire"))
        if m.group("date"):
            fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                                "lead.wire"))
        end = m.end("kind")
        if m.group("credit") is not None:
            credit = _credit_fields(m.group("credit"), m.start("credit"), "lead.wire-credit", names_only=True)
            if credit is not None:
                fields += credit
                end = m.end("credit") + 1
        else:
            a = after.match(line, end)
            credit = _credit_fields(a.group("credit"), a.start("credit"), "lead.wire-after") if a else None
            if a and credit is not None:
                fields += credit
                end = a.end()
            else:  # 新华社北京10月5日电 记者张伟 李明: a credit up to a space (or the end of the line)
                gap = _LEAD_GAP.match(line, end).end()
                prefix = _credit_prefix(line, gap, "lead.wire-prefix")
                if prefix is not None:
                    end, credit = prefix
                    fields += credit
        end = _LEAD_GAP.match(line, end).end()
        rest = line[end:]
        return Lead(end, tuple(fields), rest_is_title=bool(_TITLE_LABEL.match(rest)))
    m = lead.match(line)
    if m is None and first and (_ROLE_START.match(line) or _org_role_start().match(line)):
        # 记者 王晓 通讯员 李明 近日，…; 新疆日报记者 王晓 报道：…
        prefix = _credit_prefix(line, 0, "lead.role-start")
        if prefix is not None and prefix[0] < len(line.rstrip()):
            return Lead(_LEAD_GAP.match(line, prefix[0]).end(), tuple(prefix[1]))
    bracketed = m.group("credit3") if m is not None and m.group("credit3") is not None else (
        m.group("credit4") if m is not None else None)
    if m is None or (not first and m.group("credit2") is None) \
            or (bracketed is not None and not _WRITER.match(bracketed) and not _FILED.match(bracketed)):
        return None  # (【图/王晓】: a photo's credit; a later paragraph's 【记者 王晓】: a speaker)
    if m.group("src"):
        if _ROLE_START.match(m.group("src")):  # 据记者王晓报道: a reporter, not a publisher
            credit = _credit_fields(m.group("src"), m.start("src"), "lead.ju-baodao")
            return Lead(m.end(), tuple(credit)) if credit else None
        return Lead(m.end(), (Field(MetaField.SOURCE, m.group("src"), m.start("src"), m.end("src"),
                                    "lead.ju-baodao"),))
    key = next(k for k in ("credit", "credit2", "credit3", "credit4") if m.group(k) is not None)
    credit = _credit_fields(m.group(key), m.start(key), "lead.credit")
    if credit is None or m.end() >= len(line.rstrip()):
        return None
    return Lead(m.end(), tuple(credit))


#: A reporter's credit in brackets that says where the report was filed, the name glued to the role
#: (记者王晓／台北报导, 记者王晓综合报导, as Taiwan's papers print it in 〔〕 or 【】).
_FILED = lazy_regex(r"\s*(?:特派|特约|实习|见习|首席)?记者\p{Han}{2,14}?\s*[/／]\s*\p{Han}{0,4}?"
                    r"(?:综合)?(?:报道|报导)\s*$")  # (【记者蹲点报道】 without the slash: a column's tag)
#: A writer's role opening a credit in 【】 (not a photographer's: 图/, 摄影).
_WRITER = lazy_regex(r"\s*(?:文|撰文|作者|执笔|(?:本报|特约|实习|首席|全媒体|融媒体)?(?:记者|通讯员))"
                     r"\s*[/／:：|｜丨\s]")
_CREDIT_STOPS = ("报道", "报导", "/", "／")
#: Where a credit opening a line ends: 报道, a place and Taiwan's 报导 after a slash (/台北报导),
#: /综合报导, a space, the end of the line.
_CREDIT_END = lazy_regex(r"\s*(?:[/／]\s*\p{Han}{2,4}?报导|(?:[/／]\s*综合)?(?:报道|报导))\s*[:：]?|\s+|$")


def _credit_prefix(line: str, start: int, form: str) -> tuple[int, list[Field]] | None:
    """The longest credit opening ``line[start:]`` that ends at a space, after 报道, or at the end
    of the line (记者王晓 近日…, 记者 王晓 通讯员 李明报道 近日…), with its fields."""
    best = None
    stop = min(len(line), start + 40)
    for pos in range(start + 2, stop + 1):
        if pos < len(line) and not line[pos].isspace() and not line.startswith(_CREDIT_STOPS, pos):
            continue
        if line.startswith("报导", pos) and any(c in "/／" for c in line[max(start, pos - 5) : pos]):
            continue  # 记者王晓/台北报导 (Taiwan's form): the place before 报导 is no name
        m = _CREDIT_END.match(line, pos)
        if m is None:
            continue
        # a word glued to 报道 is read with it, as a credit line reads it: a place where the report
        # was written (王晓 新疆报道), or one more reporter (王晓 李明报道)
        glued = line.startswith(("报道", "报导"), pos) and not line[pos - 1].isspace()
        credit = _credit_fields(line[start : pos + 2 if glued else pos], start, form)
        if credit is not None:
            best = (m.end(), credit)
    return best


@dataclass(frozen=True)
class Tail:
    """A credit in brackets closing a body line: ``line[start:]`` is metadata."""

    start: int
    fields: tuple[Field, ...]


#: A note of who the author is, closing the article (作者系江苏省援疆干部、霍城县委副书记, 作者单位：…).
#: (not 作者系列…, the author's series; nothing in 《》: a book, a column)
_AUTHOR_NOTE = lazy_regex(r"作者(?:系(?![列统])|现任|现为|(?:单位|简介)\s*[:：])\s*[^《\s][^《]*$")
#: The longest note of who the author is.
_AUTHOR_NOTE_MAX = 80


def author_note(text: str) -> tuple[Field, ...] | None:
    """The fields of a note of who the author is, said after the text (作者系江苏省援疆干部、霍城县
    委副书记, 作者单位：…; in brackets or alone on its line), or ``None``: none but the name that
    may follow the description (a description is no publisher).

    >>> author_note("作者系江苏省援疆干部、霍城县委副书记"), author_note("作者系列作品还将巡展")
    ((), None)
    >>> [f.value for f in author_note("作者系江苏省第十批援疆干部 王晓")]
    ['王晓']
    """
    if len(text) > _AUTHOR_NOTE_MAX or not _AUTHOR_NOTE.match(text) or _INNER_STOP.search(text[:-1]):
        return None
    rest = text[3:].lstrip()
    named = team_and_names(rest) if text.startswith("作者系") else None
    at = len(text) - len(rest)
    return tuple(f.shifted(at, "tail.author-note") for f in named or ())
_EXCERPT = lazy_regex(r"^(?:节选|摘编|摘|选|转载|转)自\s*《(?P<src>[^》]{1,20})》")
#: A note that people contributed to the article (实习生王金茹对此文亦有贡献, 记者张三对本文也有贡献).
_CONTRIBUTION = lazy_regex(r"(?P<credit>.{2,40}?)\s*(?:亦|也|同样)?对(?:此|本|该)文(?:亦|也)?有(?:所)?贡献")


@functools.cache
def _org_role_start() -> Any:
    """A paper's, an app's or an outlet's name and a reporter's role opening the lead (新疆日报记者
    王晓 …, 极目新闻记者 王晓, 南方+记者 王晓, 中青报·中青网记者 王晓), built from the tables."""
    import regex

    one = rf"(?:\p{{Han}}{{1,10}}?(?:{_alternation(ORG_ENDINGS)})|{_alternation(OUTLETS)})"
    return regex.compile(rf"{one}(?:[·•/－\-]{one})?"
                         r"(?:全媒体|融媒体|首席|特派|驻\p{Han}{1,4})?(?:记者|通讯员)")

_ROLE_START = lazy_regex(
    r"(?:本报|特约|实习|见习|首席|全媒体|融媒体)?(?:记者|通讯员|作者|文/|文／|撰稿|撰文)")
_SENTENCE_CLOSE = frozenset("。！？!?”’…")


_UNBRACKETED_TAIL = lazy_regex(r"(?<=[。！？!?”])\s*(?P<credit>[^。！？!?”(（]{2,30})$")


def parse_tail(line: str, *, after: int = 0, alone: bool = False) -> Tail | None:
    """A credit closing a body line, starting at or after ``after``.

    In brackets: a credit (``(通讯员 任浩 夏云伟)``), a bare list of names or a
    paper's name after the end of a sentence (``…综合效益。(孙少雄、贾钊)``), an
    excerpt note (``(节选自《安徽画报》…)``). Without brackets, a credit that
    starts with its role after the last sentence (``…。记者 张三 李四``).

    >>> t = parse_tail("书写精彩答卷!”(通讯员 任浩 夏云伟)")
    >>> [(f.field.value, f.value) for f in t.fields]
    [('authors', '任浩'), ('authors', '夏云伟')]
    >>> [(f.field.value, f.value) for f in parse_tail("全面提升综合效益。(孙少雄、贾钊)").fields]
    [('authors', '孙少雄'), ('authors', '贾钊')]
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。(新疆日报)").fields]
    [('source', '新疆日报')]
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。记者 张三 李四").fields]
    [('authors', '张三'), ('authors', '李四')]
    >>> parse_tail("在新疆喀什(山东水发)现代蔬菜产业示范园") is None
    True
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。（江苏省援疆工作队 王晓 李明）").fields]
    [('authors', '王晓'), ('authors', '李明')]
    >>> [(f.field.value, f.value) for f in parse_tail("（实习生王金茹对此文亦有贡献）").fields]
    [('authors', '王金茹')]
    >>> parse_tail("（孙少雄、贾钊）") is None, len(parse_tail("（孙少雄、贾钊）", alone=True).fields)
    (True, 2)
    >>> parse_tail("全面提升综合效益。（作者系江苏省援疆干部）").fields  # who the author is: no field
    ()
    """
    stripped = line.rstrip()
    if not stripped:
        return None
    if stripped[-1] not in ")）":
        m = _UNBRACKETED_TAIL.search(stripped, after)
        if m is None or m.start("credit") < after:
            return None
        fields = parse_credits(m.group("credit"))
        if fields is None or not any(f.field is MetaField.AUTHORS for f in fields) \
                or not _ROLE_START.match(m.group("credit")):
            return None
        at = m.start("credit")
        return Tail(at, tuple(f.shifted(at, "tail.role") for f in fields))
    start = max(stripped.rfind("("), stripped.rfind("（"))
    if start < after or start < 0 or len(stripped) - start > 80:
        return None
    inner = stripped[start + 1 : -1]
    at = start + 1
    note = author_note(inner)
    if note is not None:  # （作者系江苏省援疆干部）: who the author is, said after the text
        return Tail(start, tuple(f.shifted(at) for f in note))
    excerpt = _EXCERPT.match(inner)
    if excerpt:
        src = excerpt.group("src")
        return Tail(start, (Field(MetaField.SOURCE, src, at + excerpt.start("src"),
                                  at + excerpt.end("src"), "tail.excerpt"),))
    contribution = _CONTRIBUTION.fullmatch(inner)
    if contribution:
        fields = parse_credits(contribution.group("credit"))
        names = [f for f in fields or () if f.field is MetaField.AUTHORS]  # not a paper named with them
        return Tail(start, tuple(f.shifted(at, "tail.contribution") for f in names)) if names else None
    # bare names after the end of a sentence: on the same line, or alone on the next (``alone``:
    # the line before ended a sentence of the article)
    names_only = (start > 0 and stripped[start - 1] in _SENTENCE_CLOSE) or (alone and start == 0)
    if names_only and org_name(inner) and not valid_name(inner):
        return Tail(start, (Field(MetaField.SOURCE, inner, at, at + len(inner), "tail.org"),))
    fields = parse_credits(inner, names_only=names_only)
    if fields is None:
        fields = team_and_names(inner)
    if fields is None or not any(f.field in (MetaField.AUTHORS, MetaField.EDITORS, MetaField.SOURCE)
                                 for f in fields):
        return None
    return Tail(start, tuple(f.shifted(at, "tail.bracket") for f in fields))


def _described(who: str) -> bool:
    """Whether ``who`` says who an author is, as essays' bylines do (上海援疆教师, 江苏省援疆干部,
    喀什地区第一中学援疆教师): a description's ending, after a word of the pairing-aid trade or a
    place, and no sentence's words.

    >>> [_described(s) for s in ["上海援疆教师", "江苏省援疆干部", "霍城县人民医院援疆医生", "优秀教师",
    ...                          "援疆干部深入基层"]]
    [True, True, True, False, False]
    """
    ending = next((e for e in DESCRIPTIONS if who.endswith(e)), None)
    if ending is None or _SENTENCE_WORDS.search(who):
        return False
    head = who[: -len(ending)]
    return "援" in head or _place_word(head) or gazetteer_place(head)


#: A team or organisation and its people's names, in brackets (江苏省援疆工作队 王晓 李明).
#: (a name: 李静, or transliterated with its dots: 买吐送·艾力)
_TEAM_NAME = rf"(?:\p{{Han}}{{1,6}}(?:[{NAME_DOTS}]\p{{Han}}{{1,6}}){{1,2}}|\p{{Han}}{{2,4}})"
_TEAM_NAMES = lazy_regex(rf"(?P<org>\p{{Han}}{{2,16}})[ \t\u3000]+"
                         rf"(?P<names>{_TEAM_NAME}(?:[ \t\u3000、]+{_TEAM_NAME}){{0,3}})")


def team_and_names(inner: str) -> list[Field] | None:
    """The fields of a credit that names a team and its people (in brackets, or alone on a line
    under the article), or ``None``.

    >>> [f.value for f in team_and_names("江苏援疆前方指挥部 王晓 李明")]
    ['王晓', '李明']
    >>> [f.value for f in team_and_names("策勒县融媒体中心 买吐送·艾力 李静")]
    ['买吐送·艾力', '李静']
    >>> team_and_names("援疆干部深入基层 开展调研") is None
    True
    >>> [f.value for f in team_and_names("上海援疆教师  陈红")]  # who the author is, not a team
    ['陈红']
    """
    m = _TEAM_NAMES.fullmatch(inner.strip())
    if m is None or not (org_name(m.group("org")) or _described(m.group("org"))):
        return None
    names, end = _names_at(inner, m.start("names"))
    if not names or end != m.end("names") \
            or not all(bare_name_shape(n) for n, _, _ in names):
        return None  # (names without a role: two or three characters; 扎实推进 is a phrase)
    # (the team is no publisher: it is not taken for the report's source)
    return [Field(MetaField.AUTHORS, n, a, b, "team.names") for n, a, b in names]
