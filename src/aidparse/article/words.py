"""What a word names when it is no person: a place, an outlet, an organisation, a common word.

The readers of credit lines ask these before they take a word for a name: a place of the
pairing-aid gazetteer or the dictionary (喀什, 北京), a site's or a paper's name (天山网,
参考消息), a word of the dictionary (特别, 高度).

>>> org_name("阿克苏广播电视台"), place_word("霍城"), common_word("特别")
(True, True, True)
"""

from __future__ import annotations

from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.article.labels import (
    GOVERNMENT_ENDINGS,
    HOUSE_WORDS,
    NOT_A_SOURCE,
    OUTLETS,
    PROVINCES,
    REGION_ENDINGS,
)
from aidparse.article.tokens import (
    token_patterns,
)

__all__ = [
    "NOT_A_SOURCE_SET",
    "ORG_LINE_MAX",
    "OUTLET_SUFFIXES",
    "SENTENCE_WORDS",
    "SURNAME_SHARE",
    "clock_outlet",
    "common_halves",
    "common_word",
    "gazetteer_place",
    "org_line",
    "org_name",
    "outlet_name",
    "outlet_word",
    "place_led",
    "place_led_name",
    "place_outlet",
    "place_word",
    "plain_word",
    "publisher_name",
    "report_place",
    "sent_from_place",
    "two_places",
]

def place_led(word: str) -> bool:
    """Whether ``word`` is a place of the gazetteer and a word after it (上海援疆, 喀什发布)."""
    from aidparse.places.gazetteer import gazetteer

    return len(word) >= 3 and any(m.start == 0 and 2 <= m.end < len(word) for m in gazetteer().find(word))


#: Each half of a four-character phrase taken for a name is a word this common (in the word
#: table's counts): 高度 6,119 + 重视 6,063, 扎实 469 + 推进 4,932; no half of 阿依古丽 is a word.
_PHRASE_HALF = 400


def common_halves(s: str) -> bool:
    """Whether a four-character ``s`` is two common words (乡村振兴, 开展调研), by the word table's counts."""
    from aidparse._resources import word_counts

    counts = word_counts()
    return len(s) == 4 and counts.get(s[:2], 0) >= _PHRASE_HALF and counts.get(s[2:], 0) >= _PHRASE_HALF


NOT_A_SOURCE_SET = frozenset(NOT_A_SOURCE)


def plain_word(s: str) -> bool:
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


def place_word(s: str) -> bool:
    """Whether ``s`` names a place: a word the dictionary tags as one (北京, 台北, 伦敦; not 高峰 or 黎明,
    which are names too) or a place of the gazetteer (霍城).

    >>> place_word("北京"), place_word("霍城"), place_word("王晓")
    (True, True, False)
    """
    from aidparse._resources import place_words

    if s in place_words():
        return True
    from aidparse.places.gazetteer import gazetteer

    return any(m.start == 0 and m.end == len(s) for m in gazetteer().find(s))


def two_places(s: str) -> bool:
    """Whether ``s`` is a place, or a place and a place within it (新疆喀什, 浙江杭州: where a report
    was written, 记者 王晓 新疆喀什报道).

    >>> two_places("喀什"), two_places("新疆喀什"), two_places("孙少雄")
    (True, True, False)
    """
    return place_word(s) or any(place_word(s[:i]) and place_word(s[i:]) for i in range(2, len(s) - 1))


_PLACE_ENDINGS = ("省", "市", "县", "区", "州")


def report_place(s: str) -> bool:
    """Whether ``s`` before 报道 is where the report was written: a place of the gazetteer, two
    places (新疆喀什), or a place of the dictionary with its ending (洛阳市); not a place of the
    dictionary alone, which may be a co-reporter's name (于洋, 黄山).

    >>> report_place("乌鲁木齐"), report_place("新疆喀什"), report_place("于洋"), report_place("洛阳市")
    (True, True, False, True)
    """
    return gazetteer_place(s) or (len(s) >= 4 and two_places(s)) \
        or (s.endswith(_PLACE_ENDINGS) and len(s) >= 3 and place_word(s[:-1]))


def province(s: str) -> bool:
    """Whether ``s`` names a province-level division, with its ending or not (浙江, 江苏省, 新疆维吾尔自治区,
    广西壮族自治区) — as a platform prints where a post was sent from; not a city or a prefecture.

    >>> province("浙江"), province("新疆维吾尔自治区"), province("上海市"), province("喀什")
    (True, True, True, False)
    """
    return _region_stem(s) in PROVINCES


def sent_from_place(s: str) -> bool:
    """Whether ``s`` names where a post was sent from: a place, with its province's or region's
    ending or not (新疆, 江苏省, 广西壮族自治区, 广东)."""
    return place_word(_region_stem(s))


def _region_stem(s: str) -> str:
    """``s`` without its province's, region's or city's ending (江苏省 → 江苏, 广西壮族自治区 → 广西)."""
    for ending in REGION_ENDINGS:
        if s.endswith(ending) and len(s) > len(ending):
            return s[: -len(ending)]
    return s


def common_word(s: str) -> bool:
    """Whether ``s`` is a common word of the dictionary (30 or more in jieba's counts)."""
    from aidparse._resources import word_counts

    return word_counts().get(s, 0) >= 30


def publisher_name(name: str) -> bool:
    """Whether a name is a publisher's: a paper's, an agency's, a site's or a station's (香港商报,
    新华社, 天山网), or an outlet's of the table — not a column's (援疆新闻, 新闻频道, 新闻中心).

    >>> [publisher_name(n) for n in ["香港商报", "新华社", "天山网", "援疆新闻", "新闻频道", "新闻中心"]]
    [True, True, True, False, False, False]
    """
    return name in OUTLETS or (org_name(name) and name not in HOUSE_WORDS
                               and name.endswith(_PUBLISHER_ENDINGS))


#: How a publisher's name ends (a paper, an agency, a site, a station, an app, a magazine).
_PUBLISHER_ENDINGS: Final = ("报", "社", "网", "台", "客户端", "杂志", "周刊")
#: Names begin with a character this common as a surname (per mille of names: 王 30, 石 4.1, 新 0.35).
SURNAME_SHARE = 1.0


def outlet_word(token: str) -> bool:
    """Whether a token can be a publisher's name without an organisation's ending (after its author
    on a post's header: 原创 王晓 伽师零距离): no common word (阅读, 国际), place (新疆) or phrase of a
    sentence.

    >>> outlet_word("和田零距离"), outlet_word("国际"), outlet_word("新疆"), outlet_word("新建学校")
    (True, False, False, False)
    """
    return not (common_word(token) or place_word(token) or SENTENCE_WORDS.search(token)
                or token in NOT_A_SOURCE_SET or (common_halves(token) and not place_word(token[:2])))


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
    return head is not None and (two_places(head) or plain_word(head))


def place_led_name(name: str) -> bool:
    """Whether a three-character name begins with a place of the dictionary (天山雪, 昆仑月): as a line
    alone, a poem's words more often than a person's name.

    >>> place_led_name("天山雪"), place_led_name("王晓东")
    (True, False)
    """
    return len(name) == 3 and place_word(name[:2])


def place_outlet(token: str) -> bool:
    """Whether a line is a self-media outlet's name where no clock stands beside it (under a
    headline, over a stamp): a place's outlet (伽师零距离, 四川发布, 天山云), not a person (王晓云) nor
    a headline that ends like one (援疆干部名单发布, 民族团结之声).

    >>> place_outlet("伽师零距离"), place_outlet("王晓云"), place_outlet("援疆干部名单发布")
    (True, False, False)
    """
    head = _outlet_head(token)
    return head is not None and two_places(head)


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
    return two_places(head) or (head not in word_counts() and head not in CHANNEL_WORDS
                                 and token not in CHANNEL_WORDS)


def _outlet_head(token: str) -> str | None:
    """What stands before a self-media outlet's ending (伽师|零距离 → 伽师), when ``token`` has the
    shape of such a name (letters and figures, one of :data:`OUTLET_SUFFIXES` after something)."""
    suffix = next((x for x in OUTLET_SUFFIXES if token.endswith(x)), None)
    if suffix is None or len(token) <= len(suffix) or _OUTLET_NAME.fullmatch(token) is None:
        return None
    return token[: -len(suffix)]


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
    >>> org_name("明报加西版（温哥华）"), org_name("新疆日报维文版"), org_name("新疆日报改版")
    (True, True, False)
    """
    if not token_patterns()["org"].fullmatch(value):
        return government_name(value)
    # a headline that ends as names do (援疆医疗再添新平台, 喀什新建援疆远程会诊中心): a verb or a
    # grammatical word before the ending, or an ending that closes a common word (平台, 舞台)
    return value.endswith(_PAPERS_LIKE_WORDS) or not (_common_tail(value)
                                                      or SENTENCE_WORDS.search(value[:-2]))


#: A government's and its portal's name: a place of any length, then the authority's name (the
#: names of :data:`GOVERNMENT_ENDINGS`), then the portal's word if any.
_GOVERNMENT = lazy_regex(r"(?P<place>\p{Han}{2,24}?)(?:" + "|".join(GOVERNMENT_ENDINGS) + r")"
                         r"(?:门户网站|网站|网)?")


def government_name(value: str) -> bool:
    """Whether ``value`` names a place's government or its portal, however long the place's name
    (克孜勒苏柯尔克孜自治州人民政府, 新疆生产建设兵团第十四师昆玉市人民政府网) — a site's banner, not a
    headline.

    >>> government_name("克孜勒苏柯尔克孜自治州人民政府"), government_name("和田地区墨玉县人民政府门户网站")
    (True, True)
    >>> government_name("援疆项目助力县政府")
    False
    """
    m = _GOVERNMENT.fullmatch(value)
    return m is not None and report_place(m.group("place"))


def _common_tail(value: str) -> bool:
    """Whether ``value`` ends in a common word of :data:`_NOT_ORG_TAILS` standing as a word of its
    own: not the end of a longer word (中国青年报, 中国互联网: 青年报, 互联网) nor after one that takes its
    first character (中国交通报: 交通; 中国公路网: 公路)."""
    if not value.endswith(_NOT_ORG_TAILS):
        return False
    from aidparse._resources import word_counts

    words = word_counts()
    return len(value) < 3 or (value[-3:] not in words and value[-3:-1] not in words)


#: The longest line read as an organisation's or a site's name alone.
ORG_LINE_MAX = 30


def org_line(simp: str) -> bool:
    """Whether a line is an organisation's or a site's name alone (天山网, 阿克苏广播电视台).

    >>> org_line("阿克苏广播电视台"), org_line("援疆医疗再添新平台")
    (True, False)
    """
    return len(simp) <= ORG_LINE_MAX and org_name(simp)


#: Common words that end in an organisation's ending but name none: things (平台, 舞台, 警报) and
#: the verbs a headline ends with (援疆新政策出台, 项目集中申报, 偏远村实现联网) — the two-character words of
#: the dictionary ending in 台, 报, 网 or 社 that name no paper, station, site or society.
_NOT_ORG_TAILS: Final = (
    "平台", "舞台", "讲台", "擂台", "阳台", "前台", "后台", "柜台", "站台", "展台", "看台", "窗台", "月台",
    "出台", "上台", "下台", "登台", "搭台", "同台", "垮台", "倒台",
    "回报", "汇报", "海报", "情报", "捷报", "喜报", "警报", "电报", "年报", "季报",
    "申报", "填报", "通报", "上报", "举报", "预报", "补报", "呈报", "虚报", "见报",
    "上网", "联网", "入网", "触网", "落网", "漏网", "织网", "结网",
    "结社",
)
#: Papers whose names end in one of those words (香港文汇报, not 汇报).
_PAPERS_LIKE_WORDS: Final = ("文汇报",)
#: Verbs and grammatical words of a headline or a sentence that no organisation's name holds.
SENTENCE_WORDS = lazy_regex(r"[了们着的把被吗呢吧]|有了|新建|建成|登上|加入|助力|打造|走进|来到|成为"
                             r"|再添|又添|再建|又建")  # (not 再 alone: 再就业服务中心)
