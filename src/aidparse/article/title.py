"""The article's headline: what it looks like, what is glued to it, and where it stands.

A headline is a short line without a sentence's full stop (``!`` and ``？`` are
allowed: headlines exclaim and ask). Pages glue things to it that are not part
of it, and cleaning removes them with their own records:

* a column, campaign or media tag before it — ``建党百年特别报道丨``,
  ``对口援疆 情暖兵团·专访 |``, ``[视频][新春走基层援疆纪行]``, ``「项目」`` — or a genre
  tag after it, ``(散文·“我和我的祖国”征文)``, ``(组图)``;
* the site's name after it — ``…_新华网``, ``…-中国日报网``, ``… | 央视网``.

:func:`find_title` then reads the headline of cleaned text: its first line,
when that line reads as a headline and the page did not open with a photo
caption (an excerpt that starts inside the article has no headline), and a
second headline line (a deck starting with ``——``, or a heading followed by the
body) as the subtitle.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from aidparse._lazy import VERBOSE, lazy_regex, regex_escape
from aidparse._precompiled import compile_regex
from aidparse._record import record
from aidparse.article.furniture import is_lunar_day, is_nav_bar
from aidparse.article.labels import ORG_ENDINGS, OUTLETS
from aidparse.article.prose import STOP, fold_forms, reads_as_terms
from aidparse.article.trace import fired
from aidparse.article.words import org_name
from aidparse.models import EditLog, Span
from aidparse.models.vocab import EditReason

__all__ = [
    "Headline",
    "colon_half",
    "column_tag",
    "feature_deck",
    "find_title",
    "genre_tag",
    "headline_like",
    "headline_parts",
    "page_headline",
    "site_suffix",
    "title_site",
]

#: Words of a bracketed tag after a headline that name its genre or campaign, not its subject.
GENRE_WORDS: Final = (
    "组图", "图", "视频", "图文", "散文", "诗歌", "征文", "专访", "评论", "特稿", "快讯", "直播", "音频",
    "多图", "高清", "附视频", "附图", "实录", "全文", "摘要",
    "影片", "附影片", "有片", "影音",  # (Hong Kong's and Taiwan's: …(有片), …（附影片）)
)
#: Sites and platforms whose names have no organisation's ending, after a headline they carry
#: (…_百度文库, …-道客巴巴, …_哔哩哔哩_bilibili, …-和田地区行政公署).
PLATFORMS: Final = (
    "百度文库", "百度知道", "百度百科", "百度贴吧", "百家号", "哔哩哔哩", "bilibili", "知乎", "知乎专栏",
    "道客巴巴", "豆瓣", "简书", "CSDN", "博客园", "个人图书馆", "360doc", "原创力文档", "新浪博客", "搜狐号",
    "网易号", "企鹅号", "头条号", "今日头条", "一点资讯", "天涯社区", "微博", "抖音", "快手", "小红书",
    "公署", "行署", "百度", "搜狐", "网易", "新浪", "腾讯", "凤凰", "澎湃",
)
#: Broadcasters and media whose names end in no organisation's word: after a separator, the whole
#: name only (讲好新时代的中国之声 is a phrase).
BROADCASTERS: Final = ("美国之音", "德国之声", "中国之声", "端传媒")
#: Broadcasters and agencies known by their initials, after a headline set apart (… - RTHK, … | CNA): the
#: initials alone (… - CBA is a league's, the headline's subject).
BROADCASTER_INITIALS: Final = ("RTHK", "TVB", "TVBS", "CNA", "RFI", "RFA", "VOA", "BBC", "DW", "NHK", "CCTV",
                               "CGTN", "CNN", "ABC", "SBS", "AFP", "AP")
#: Words that end a column's, a campaign's or a series' name before a bar (…特别报道丨, 援疆手记｜,
#: 热烈庆祝…成立70周年|): a longer phrase before the bar without one is half of the headline
#: (零下20℃的牧场巡诊路｜援疆医生跟着转场牧民走).
COLUMN_WORDS: Final = (
    "报道", "专访", "手记", "纪行", "故事", "系列", "专题", "专栏", "庆祝", "聚焦", "观察", "访谈", "一线",
    "特写", "直击", "快评", "评论", "时评", "视频", "图集", "组图", "现场", "关注", "走基层", "周年",
    "新闻", "快讯", "速递", "看点", "调查", "纪实", "解读", "话题", "记者", "日记",
    "访谈录", "进行时", "在行动", "在路上", "面对面", "微纪录", "Vlog", "vlog",
)
#: A tag before a bar this short is a column's name without one of those words (援疆故事｜ has one;
#: 天山南北｜, 山海情深｜ do not).
_SHORT_TAG = 8
#: The longest headline read as one.
HEADLINE_MAX = 64
#: A headline this long (without spaces) needs no other evidence; section headings are shorter.
LONG_HEADLINE = 12
#: The genres a feature's deck names without a dash (记上海援疆教师李雯, 援疆十年成就综述, 和田行侧记): ``记``
#: and what it profiles, or the genre's word at its end.
FEATURE_DECK_OPENINGS: Final = ("记",)
FEATURE_DECK_ENDINGS: Final = ("侧记", "综述", "纪实", "素描", "巡礼", "见闻", "纪事", "记事")

_HAN = lazy_regex(r"\p{Han}")
_OPEN_END = frozenset("，,、：:（(《“‘")
_LAST_SEPARATOR = lazy_regex(r"\s*(?:[_|｜–]|\s-\s|(?<!-)-(?!-))\s*(?=[^_|｜–\-]+$)")


@functools.cache
def _patterns() -> dict[str, Any]:
    endings = "|".join(regex_escape(e) for e in sorted(ORG_ENDINGS, key=len, reverse=True))
    platforms = "|".join(regex_escape(e) for e in sorted(PLATFORMS, key=len, reverse=True))
    org = rf"[\p{{Han}}A-Za-z0-9·]{{1,14}}?(?:{endings})"
    sep = r"\s*(?:--|(?<!—)[-_|｜–—](?!—)|\s-\s)\s*"
    genre = "|".join(regex_escape(w) for w in sorted(GENRE_WORDS, key=len, reverse=True))
    # (the outlets whose names have no organisation's ending: 大纪元, 风传媒, 香港01)
    initials = "|".join(regex_escape(w) for w in BROADCASTER_INITIALS)
    names = sorted({*BROADCASTERS, *OUTLETS}, key=lambda w: (-len(w), w))
    broadcasters = "|".join(regex_escape(w) for w in names)
    return {
        # …-新华网, …_新华网, … | 央视网, … - 新闻频道 - 央视网, … - 国内 - 人民网 (a channel between),
        # …--中国共产党新闻网, …_百度文库 (a platform), …_澎湃新闻-The Paper, …_央视网(cctv.com)
        "suffix": compile_regex(rf"""
            (?:{sep}(?:{org}|\p{{Han}}{{2,6}}|[A-Za-z]{{2,12}}))*?     # the site's channels or other names
            (?:{sep}(?:{org}|[\p{{Han}}A-Za-z0-9·]{{0,12}}?(?:{platforms}))  # the site named last ...
               |{sep}(?:{broadcasters})                # (美国之音: a name, whole)
               |{sep}[A-Z]{{2,5}}(?:\s[A-Z][a-z]{{1,10}})?\s?中文(?:网)?  # (BBC News 中文, not Python 中文)
               |\s[-|｜–]\s(?:{initials})                 # (… - RTHK: a broadcaster's initials, set apart)
               |\s*——\s*[\p{{Han}}A-Za-z0-9·]{{1,14}}?网)  # (——中国青年网: a double dash before a site)
            (?:(?:{sep}|\s+)[A-Za-z][A-Za-z .]{{1,20}})?      # ... with its English name
            (?:\s*[(（][A-Za-z0-9.\-]{{3,30}}[)）])?  # ... or its address
            \s*$""", VERBOSE),
        # [视频][新春走基层援疆纪行], 「项目」, 【援疆故事】
        # (and a post's topic between hashes: #援疆故事#)
        "brackets": compile_regex(r"^(?:(?:[\[【「〔][^\]】」〕\n]{1,14}[\]】」〕]|\#[^\#\s]{1,20}\#)\s*)+"),
        # a repost's mark before the headline (转：…, 转帖：…), or a CMS's label for it (标题：…,
        # 文章标题：…, a disclosure catalogue's 名　　称：…): the headline is what follows
        # (标  题：, spaced as a disclosure table's cells are)
        "label": compile_regex(r"^(?:转|转帖|转载|转贴|标[ \u3000]{0,4}题|文章标题|新闻标题|信息标题"
                               r"|稿件标题|题目"
                               # (组图：…, 图文：…, a photo story's tag)
                               r"|名[ \u3000]{0,4}称|信息名称|组图|图集|多图|图文)\s*[:：]\s*"),
        # 建党百年特别报道丨, 对口援疆 情暖兵团·专访 |
        "bar": compile_regex(r"^(?P<tag>[^|｜丨\n]{2,24}?)\s*[|｜丨]\s*"),
        "genre": compile_regex(rf"\s*(?:[(（][^()（）\n]{{0,24}}(?:{genre})[^()（）\n]{{0,24}}[)）]"
                               rf"|[【\[〔][^【】\[\]〔〕\n]{{0,12}}(?:{genre})[^【】\[\]〔〕\n]{{0,12}}[】\]〕]"
                               r"|(?<=\s)\#[^\#\s]{1,20}\#)\s*$"),  # (a post's topic after it: … #援疆#)
    }


def headline_like(line: str) -> bool:
    """Whether a (stripped) line reads as a headline.

    >>> [headline_like(s) for s in ["新疆自治区全景速写——火热的土地火热的心!",
    ...                             "博州代表团考察湖北省,涉及襄阳、荆门等地",
    ...                             "万里援疆,民生为重。", "喀什古城。", "据介绍,", "援",
    ...                             "援疆,对口援疆,新疆新闻,喀什新闻,和田新闻"]]
    [True, True, False, False, False, False, False]
    """
    if not 2 <= len(line) <= HEADLINE_MAX or STOP.search(line):
        return False
    if line[-1] in _OPEN_END or reads_as_terms(line) or is_lunar_day(line):
        return False  # (2024年5月12日 星期日 农历四月初五: a site's clock or a dated heading)
    return len(_HAN.findall(line)) >= 2


def site_suffix(line: str) -> int | None:
    """Where a site name glued after the headline starts, or ``None``.

    >>> line = "山东援疆:让受援地处处都有新变化-新华网"
    >>> line[:site_suffix(line)]
    '山东援疆:让受援地处处都有新变化'
    >>> site_suffix("明月照天山 长歌壮边塞——新一轮对口援疆工作综述") is None
    True
    >>> line = "援疆医生扎根牧区十年——中国青年网"
    >>> line[:site_suffix(line)], site_suffix("脱贫攻坚——织密农村社会保障网")
    ('援疆医生扎根牧区十年', None)
    """
    m = _patterns()["suffix"].search(line)
    if m is None or m.start() < 4:
        return None
    if m.group().lstrip().startswith("——") and not _dash_site(m.group().strip(" \t\u3000—")):
        return None  # 脱贫攻坚——织密农村社会保障网: the headline's second half, no site
    return int(m.start())


#: A site's name after a double dash is at most this long (中国青年网); a phrase ending in 网 is longer.
_DASH_SITE_MAX = 6


def _dash_site(name: str) -> bool:
    """Whether a name after a double dash is a site's: short, a place's name then 网 (中国青年网,
    天山网), not a phrase that ends in the word (织密农村社会保障网, 数字农业服务网, 一张物流网)."""
    from aidparse.article.words import place_word

    return len(name) <= _DASH_SITE_MAX and place_word(name[:2])


def title_site(line: str) -> int | None:
    """Where the site's name starts in a whole ``<title>``: after its last separator, when what
    follows is short and what precedes reads as a headline (…律师函了！|游民星空).

    >>> line = "逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！|游民星空"
    >>> line[:title_site(line)]
    '逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！'
    >>> title_site("医疗队进村开展义诊") is None
    True
    """
    m = _LAST_SEPARATOR.search(line)
    if m is None or m.start() < 6 or len(line) - m.end() > 12 or not headline_like(line[: m.start()]):
        return None
    return int(m.start())


def column_tag(line: str, quotes: bool = False) -> int | None:
    """Where the headline starts after a column, campaign or media tag, or ``None``.

    ``quotes``: the line was written in Traditional characters, whose quotation marks are
    ``「…」``: a phrase in them opens the headline (``「援疆」背後：一場國家工程``), it tags no column.

    >>> line = "[视频][新春走基层援疆纪行]援疆热涌寒冬中"
    >>> line[column_tag(line):]
    '援疆热涌寒冬中'
    >>> line = "对口援疆 情暖兵团·专访 | 山西省:晋疆情深 万里绘宏图"
    >>> line[column_tag(line):]
    '山西省:晋疆情深 万里绘宏图'
    >>> column_tag("同心援疆结硕果——福建省、山西省开展对口援疆成就综述") is None
    True
    >>> line = "天山网 莎车县教育援疆再结硕果"
    >>> line[column_tag(line):]
    '莎车县教育援疆再结硕果'
    >>> line = "转：莎车县教育援疆再结硕果"
    >>> line[column_tag(line):]
    '莎车县教育援疆再结硕果'
    >>> line = "文章标题：莎车县教育援疆再结硕果"
    >>> line[column_tag(line):]
    '莎车县教育援疆再结硕果'
    >>> column_tag("「对口援疆」：北京如何改变新疆的城市面貌") is None
    True
    >>> column_tag("零下20℃的牧场巡诊路｜援疆医生跟着转场牧民走") is None  # half of the headline
    True
    >>> column_tag("「项目」援疆医院二期工程开工"), column_tag("「援疆」背后：一场国家工程", quotes=True)
    (4, None)
    """
    p = _patterns()
    end = 0
    m = p["label"].match(line)
    if m and len(line) - m.end() >= 4:
        end = m.end()
    site = _SITE_PREFIX.match(line, end)  # 天山网 莎车县教育援疆再结硕果: the site's name, then a space
    while site and org_name(site.group("site")) and len(squeeze(line[site.end():])) >= _AFTER_SITE_PREFIX:
        end = site.end()  # (and its channel: 人民网 新疆频道 …)
        site = _SITE_PREFIX.match(line, end)
    m = p["brackets"].match(line, end)
    if m and quotes and "「" in m.group():
        m = None
    if m and len(line) - m.end() >= 4 and line[m.end()] not in "：:，,、！!？?—-":
        end = m.end()  # (「对口援疆」：北京如何…: a quoted phrase the headline goes on from, no tag)
    bar = p["bar"].match(line, end)
    if bar and len(line) - bar.end() >= 6 and _column_name(bar.group("tag")):
        end = bar.end()
    return end or None


def _column_name(tag: str) -> bool:
    """Whether the words before a bar name a column, a campaign or a series: short (援疆故事), or
    ending in a column's word (援疆手记, 建党百年特别报道, …成立70周年) — not a half of the headline
    (零下20℃的牧场巡诊路, 北京援疆医生扎根和田十年). A campaign's slogan as long as a headline's half
    is not told from one, and stays in the title.

    >>> [_column_name(t) for t in ["援疆故事", "援疆手记", "零下20℃的牧场巡诊路", "北京援疆医生扎根和田十年"]]
    [True, True, False, False]
    """
    bare = squeeze(tag)
    return len(bare) <= _SHORT_TAG or bare.endswith(COLUMN_WORDS)


def genre_tag(line: str) -> int | None:
    """Where a genre or campaign tag in brackets after the headline starts, or ``None``.

    >>> line = "離祖國最近的四天(散文·“我和我的祖國”征文)"
    >>> line[:genre_tag(line)]
    '離祖國最近的四天'
    """
    m = _patterns()["genre"].search(line)
    if m is None or m.start() < 4:
        return None
    return int(m.start())


def headline_parts(line: str, quotes: bool = False) -> tuple[int, int]:
    """The ``[start, end)`` of the headline inside a title line, tags and site name excluded
    (``quotes``: as :func:`column_tag` reads it).

    >>> line = "热烈庆祝昌吉回族自治州成立70周年|同心援疆结硕果——福建省、山西省开展对口援疆成就综述"
    >>> start, end = headline_parts(line)
    >>> line[start:end]
    '同心援疆结硕果——福建省、山西省开展对口援疆成就综述'
    """
    end = len(line)
    suffix = site_suffix(line)
    if suffix is not None:
        end = suffix
    genre = genre_tag(line[:end])
    if genre is not None:
        end = genre
    start = column_tag(line[:end], quotes) or 0
    return start, end


def squeeze(s: str) -> str:
    """``s`` without whitespace, its punctuation in the usual forms (lines repeated with other
    spacing, or read with other colons, compare equal)."""
    return fold_forms("".join(s.split()))


#: A site's name before the headline, set off by a space (天山网 和田县…); the headline after it is
#: at least this long.
_SITE_PREFIX = lazy_regex(r"(?P<site>[\p{Han}A-Za-z]{2,10})[ \t\u3000]+(?=\p{Han})")
_AFTER_SITE_PREFIX = 8


# --------------------------------------------------------------------------- on cleaned text

_DECK = lazy_regex(r"^(?:——|—|--|－－)\s*")
#: The label of a second line under the headline: the subtitle's own (副标题：…, whose value is the
#: subtitle), or a lead box's (核心提示：…, 导语：…, 摘要：…: no subtitle).
SUBTITLE_LABELS: Final = ("副标题", "副题")
LEAD_BOX_LABELS: Final = ("核心提示", "内容提要", "提要", "导语", "导读", "摘要", "阅读提示", "编者按",
                          "编者的话", "本文导读", "内容摘要")
_SECOND_LABEL = lazy_regex(r"^(?P<label>\p{Han}{2,4})\s*[:：]\s*")


@record
class Headline:
    """The title and subtitle of cleaned text, with where they stand in it."""

    title: str | None = None
    title_span: Span | None = None
    subtitle: str | None = None
    subtitle_span: Span | None = None


def find_title(text: str, opened_with_caption: bool = False, plain_subtitle: bool = True, *,
               placed: bool = False, stamped: bool = False) -> Headline:
    """The headline of cleaned text: its first line, when it reads as one.

    ``opened_with_caption`` says the page opened with a photo caption before
    this line: the excerpt starts inside the article, and a short line here is a
    section heading, not the headline. A second line is the subtitle when it
    starts with a dash (a deck), or when it is a headline as long as a title
    (:data:`LONG_HEADLINE`; a section heading right under the title is shorter)
    and the line after it is not a headline — only with ``plain_subtitle`` (the
    page shows the pair, a stamp under both: :func:`page_headline` says; ``stamped`` says it is the
    reporters' byline, and then a feature's deck of any length is the subtitle too:
    :func:`feature_deck`). A ``placed``
    first line is the title whatever its shape (the markup or a stamp placed it).

    >>> h = find_title("同心共筑梦 建功阿勒泰\\n——吉林省第五批对口援疆工作记事\\n"
    ...                "今年3月起,吉林省第五批援疆干部陆续来到阿勒泰。")
    >>> h.title, h.subtitle, h.subtitle_span
    ('同心共筑梦 建功阿勒泰', '吉林省第五批对口援疆工作记事', Span(start=14, end=28))
    >>> find_title("正文从这里开始。").title is None
    True
    """
    lines = text.split("\n", 3)
    if opened_with_caption or not (placed or headline_like(lines[0])):
        return Headline()
    title_span = Span._trusted(0, len(lines[0]))
    if len(lines) < 2 or not headline_like(lines[1]) or squeeze(lines[1]) == squeeze(lines[0]):
        return Headline(lines[0], title_span)  # (the headline printed twice has no subtitle)
    deck = _DECK.match(lines[1])
    label = _SECOND_LABEL.match(lines[1]) if deck is None else None
    if label is not None and label["label"] in LEAD_BOX_LABELS:
        return Headline(lines[0], title_span)  # 核心提示：…: the page's lead box, no subtitle
    if label is not None and label["label"] in SUBTITLE_LABELS:
        deck = label  # 副标题：走村入户倾听民声: the subtitle after its label
    if deck is None and (not plain_subtitle or (len(lines) > 2 and headline_like(lines[2]))
                         or (len(squeeze(lines[1])) < LONG_HEADLINE
                             and not (stamped and feature_deck(lines[1])))  # 记上海援疆教师李雯
                         or any(c in "？?" for c in lines[1].rstrip()[:-1])  # two questions: text
                         or is_nav_bar(lines[1])):  # a bar of the column's links
        return Headline(lines[0], title_span)
    offset = len(lines[0]) + 1 + (deck.end() if deck else 0)
    subtitle = lines[1][deck.end():] if deck else lines[1]
    if not subtitle:
        return Headline(lines[0], title_span)
    return Headline(lines[0], title_span, subtitle, Span._trusted(offset, offset + len(subtitle)))


def feature_deck(line: str) -> bool:
    """Whether ``line`` is a feature's deck without a dash, by the genre it names: ``记`` and whom
    it profiles (not 记者, 记得), or a genre's word at its end (综述, 侧记, 纪实).

    >>> feature_deck("记上海援疆教师李雯"), feature_deck("援疆十年成就综述"), feature_deck("记者 王晓")
    (True, True, False)
    >>> feature_deck("记得那年援疆时"), feature_deck("开展调研工作")
    (False, False)
    """
    return _FEATURE_DECK.search(line.strip()) is not None


#: :data:`FEATURE_DECK_OPENINGS` before whom the feature profiles (a word that starts with 记 — 记者,
#: 记得, 记录, 记住, 记忆, 记载 — is none), or :data:`FEATURE_DECK_ENDINGS` at the end.
_FEATURE_DECK = lazy_regex(
    rf"^(?:{'|'.join(FEATURE_DECK_OPENINGS)})(?![者得录住忆载])\p{{Han}}{{4,}}$"
    rf"|^\p{{Han}}{{2,}}(?:{'|'.join(FEATURE_DECK_ENDINGS)})$")


def _echoes(title: str, line: str) -> bool:
    """Whether ``line`` repeats much of the title's wording, as a subtitle does (a third of the
    title's character pairs; a section heading shares a word or two).

    >>> _echoes("鲁疆同心 齐美中华 山东省第十批东营援疆工作成果丰硕",
    ...         "三载援疆 累结硕果 山东省第十批东营援疆工作综述")
    True
    >>> _echoes("对口援疆十年 和田旧貌换新颜", "产业援疆同心逐梦共创美好未来")
    False
    """
    a, b = squeeze(title), squeeze(line)
    pairs = {a[i : i + 2] for i in range(len(a) - 1) if _HAN.match(a[i]) and _HAN.match(a[i + 1])}
    shared = sum(1 for p in pairs if p in b)
    return bool(pairs) and shared >= max(3, len(pairs) / 3)


#: Removals of a stamp or credit line (under a title and its subtitle).
_STAMPS = frozenset([
    EditReason.HEADER_LINE, EditReason.SOURCE_LINE, EditReason.AUTHORS_LINE, EditReason.EDITORS_LINE,
    EditReason.BYLINE,
])


#: Removals of a byline: a short deck without a dash stands over the reporters' names (记上海援疆教师李雯
#: / 本报记者 郜阳), an account's or a column's name over a stamp's date or source.
_BYLINES = frozenset([EditReason.AUTHORS_LINE, EditReason.BYLINE])


def page_headline(text: str, edits: EditLog, markup_title: str | None = None,
                  placed: str | None = None) -> Headline:
    """The headline of cleaned ``text``, given the cleaner's edit log (input → ``text``).

    ``placed`` is the headline the page walk placed (:mod:`aidparse.article.page`):
    by the markup, by the stamp under it, by the site's header above it, or as the
    first line that reads as a headline when the page shows it is one. Its line is
    the title wherever it stands in ``text`` (a line of prose the walk kept above it
    included), and the line under it may be its subtitle. Without it the page has no
    headline here (``markup_title``, the ``<title>`` of an HTML page, is the report's
    fallback): a wrong headline is worse than none.
    """
    if placed is None:  # the walk removed nothing to carry its headline on: read the text once more
        from aidparse.article.page import placed_headline

        placed = placed_headline(text)
    found = _placed_line(text, placed) if placed else None
    if found is None:
        first = text.split("\n", 1)[0]
        fired("title.none-placed", first, 0, len(first))
        return Headline()
    at, half = found
    fired("title.placed", text[at : text.find("\n", at) % (len(text) + 1)], at, at)
    h = _whole_title(text, _shifted(_headline_at(text, at, edits), at))
    if half is not None and h.title is not None and h.title_span is not None and h.title_span.start == at:
        # a headline broken after its colon (喀什疏勒县： / “小庭院”里长出“大产业”): one title, both lines
        return Headline(half + h.title, Span._trusted(at - len(half) - 1, h.title_span.end), h.subtitle,
                        h.subtitle_span)
    return h


#: A headline cut short by the site, its ellipsis after it (…地铁直达+无敌免..., …免……).
_CUT_SHORT = lazy_regex(r"(?:\.{3,}|…+|。。。)$")
#: What may stand before a headline printed in full further down: a label (本文原标题：, 原标题:)
#: and the marks that quote it (《…》, “…”, 「…」).
_WHOLE_LEAD = lazy_regex(r"^\s*(?:(?:本文)?原(?:标)?题\s*[:：]\s*)?(?P<open>[《“「]?)")
_CLOSE = {"《": "》", "“": "”", "「": "」"}
#: The part of a cut headline before its ellipsis is at least this long to be looked for further down.
_CUT_STEM_MIN = 8
#: The lines under a cut headline where its whole wording is looked for.
_WHOLE_WITHIN = 12


def _whole_title(text: str, h: Headline) -> Headline:
    """The headline in full when the site cut it short (an ellipsis after it) and a line under it
    prints it whole, after a label of the original title or in quotes (本文原标题：《定了！…地铁直达+
    无敌免税城......》): a line that starts with the cut wording and goes on, which is then no subtitle;
    the span is where the whole wording stands. Otherwise ``h`` as it is (a line that merely begins
    with the cut words may be a related headline or a paragraph).

    >>> cut = "定了！南沙邮轮母港即将开通！地铁直达+免..."
    >>> text = cut + "\\n本文原标题：《定了！南沙邮轮母港即将开通！地铁直达+免税城》\\n正文。"
    >>> h = _whole_title(text, Headline(cut, Span(start=0, end=len(cut))))
    >>> h.title, text[h.title_span.start : h.title_span.end] == h.title
    ('定了！南沙邮轮母港即将开通！地铁直达+免税城', True)
    """
    if h.title is None or h.title_span is None:
        return h
    cut = _CUT_SHORT.search(h.title)
    stem = h.title[: cut.start()].rstrip() if cut else ""
    if len(stem) < _CUT_STEM_MIN:
        return h
    offset = text.find("\n", h.title_span.end) + 1
    for line in text[offset:].split("\n")[:_WHOLE_WITHIN] if offset else []:
        lead = _WHOLE_LEAD.match(line)
        start = lead.end() if lead else 0
        # only after a label of the original title or in quotes: a line that merely begins with the
        # cut words may be a related headline or a paragraph (review15)
        labelled = lead is not None and bool(lead.group("open") or "题" in lead.group())
        if labelled and line.startswith(stem, start) and len(line) - start > len(stem):
            close = _CLOSE.get(lead.group("open")) if lead else None
            end = line.find(close, start + len(stem)) if close else len(line)
            whole = line[start:end].rstrip() if end >= 0 else ""
            if len(whole) > len(stem) and not STOP.search(whole) and len(whole) <= HEADLINE_MAX:
                at = offset + start
                fired("title.whole", whole, at, at + len(whole))
                if h.subtitle_span is not None and offset <= h.subtitle_span.start <= offset + len(line):
                    return Headline(whole, Span._trusted(at, at + len(whole)))  # no subtitle: the title
                return Headline(whole, Span._trusted(at, at + len(whole)), h.subtitle, h.subtitle_span)
        offset += len(line) + 1
    return h


def _placed_line(text: str, placed: str) -> tuple[int, str | None] | None:
    """Where the line the walk placed as the headline starts in ``text``; and, for a headline
    broken after its colon (its first half on the line above, :func:`colon_half`), that half.

    >>> _placed_line("首页\\n喀什疏勒县：\\n小庭院里长出大产业\\n正文。", "喀什疏勒县：小庭院里长出大产业")
    (10, '喀什疏勒县：')
    """
    from aidparse.script.convert import to_simplified

    # (compared in Simplified: the walk and the report's text may read a line of a page that mixes
    # the scripts differently, 沈默 in one, 沉默 in the other; see aidparse.script.document. The
    # conversion keeps lengths, so the lines of both texts stand at the same offsets.)
    key = squeeze(to_simplified(placed))
    offset = 0
    previous = previous_simp = None
    for line, simp in zip(text.split("\n"), to_simplified(text).split("\n"), strict=True):
        if squeeze(simp) == key:
            return offset, None
        if previous is not None and squeeze(f"{previous_simp}{simp}") == key and colon_half(previous, line):
            return offset, previous.strip()
        offset += len(line) + 1
        previous, previous_simp = line, simp
    return None


def _described_name(who: str) -> bool:
    """Whether ``who`` is a person's name after who they are (援疆医生李明, 上海援疆教师王晓)."""
    from aidparse.article.labels import DESCRIPTIONS
    from aidparse.article.names import valid_name

    return any(who[:k].endswith(DESCRIPTIONS) and valid_name(who[k:]) for k in range(2, len(who) - 1))


#: The first half of a headline broken after its colon is this short at most (a place, a name, a
#: column: 喀什疏勒县：, 援疆故事：).
_COLON_HALF_MAX = 12


def colon_half(simp: str, below: str) -> bool:
    """Whether ``simp`` is the first half of a headline broken after its colon, ``below`` the rest:
    a short phrase ending in the colon (no label of a form: 来源：, 作者：), over a line that reads as
    a headline.

    >>> colon_half("喀什疏勒县：", "“小庭院”里长出“大产业”"), colon_half("来源：", "天山网")
    (True, False)
    >>> [colon_half(s, "喀什疏勒县“小庭院”里长出“大产业”") for s in ["当前位置：", "原标题：", "推荐阅读："]]
    [False, False, False]
    >>> rest = "上海援疆干部人才深入莎车县开展入户走访"
    >>> [colon_half(s, rest) for s in ["聚焦：", "本网讯：", "王晓：", "援疆医生李明："]]
    [False, False, True, True]
    >>> colon_half("喀什：", "记者从喀什地区援疆办获悉。"), colon_half("王晓峰：", "2024-05-06 来源：天山网")
    (False, False)
    """
    from aidparse.article import furniture as fur
    from aidparse.article.credits import label_only, parse_credits
    from aidparse.article.names import valid_name
    from aidparse.article.words import two_places

    half = simp.strip()
    if not half.endswith(("：", ":")) or not 2 <= len(squeeze(half)) - 1 <= _COLON_HALF_MAX:
        return False
    if label_only(half) is not None or STOP.search(half[:-1]) or not headline_like(below):
        return False
    # the page's labels: where it is (当前位置：), a title's (标题：, 原标题：), a list's (推荐阅读：)
    if fur.furniture_kind(half) is not None or fur.is_breadcrumb(half) or fur.is_list_header(half[:-1]) \
            or _patterns()["label"].match(half) or half[:-1].endswith("标题"):
        return False
    # a place or a person that the headline is about (喀什疏勒县：, 王晓：), not a column's word
    # (聚焦：, 权威发布：, 本网讯：), which the site prints before the headline and is no part of it
    who = half[:-1].strip()
    if not (two_places(who) or valid_name(who) or _described_name(who)):
        return False
    # the line under it reads as a headline's rest: no sentence, credit or stamp (喀什： over 记者从…获悉。)
    if "。" in below or below.lstrip()[:1] in "(（" or parse_credits(below) is not None:
        return False
    return len(squeeze(below)) >= _COLON_HALF_MAX // 2


def _shifted(h: Headline, at: int) -> Headline:
    def move(span: Span | None) -> Span | None:
        return Span._trusted(span.start + at, span.end + at) if span else None

    return Headline(h.title, move(h.title_span), h.subtitle, move(h.subtitle_span))


def _headline_at(text: str, at: int, edits: EditLog) -> Headline:
    """The headline placed at ``text[at:]`` and its subtitle (spans from ``at``); the edit log maps
    ``text`` to the input."""
    lines = text[at:].split("\n", 2)
    first = lines[0]
    n = len(text)
    nxt = at + len(first) + 1
    # a second headline line without a dash is the subtitle above the stamp, or echoing the title
    plain = len(lines) > 1 and _echoes(first, lines[1])
    if len(lines) > 2 and not plain:
        second_end = nxt + len(lines[1])
        start = edits.to_input(Span._trusted(second_end, second_end), n).start
        until = edits.to_input(Span._trusted(second_end + 1, second_end + 1), n).start
        # (the log's entries, not its records: a damaged page's log holds thousands of repairs)
        under = {reason for a, _, replacement, reason, _, _ in edits.entries()
                 if not replacement and start <= a < until}
        plain = bool(under & _STAMPS)
        return find_title(text[at:], plain_subtitle=plain, placed=True, stamped=bool(under & _BYLINES))
    return find_title(text[at:], plain_subtitle=plain, placed=True)
