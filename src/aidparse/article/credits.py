"""Credit lines in all their forms: stamps, sources, bylines and editors, often several on a line::

    2021-05-08 10:32 来源: 天山网 作者: 记者 王某 编辑: 李某
    霍城县人民政府网 www.example.gov.cn 发布时间:2023-11-13 09:17 浏览量:
    本报记者 王晓 李明 摄影报道          □新华社记者 张华 刘强
    (出处:新疆日报 本报记者 王晓/文 实习记者 李明/摄)

:func:`parse_credits` reads a whole line left to right and returns its fields
only when *every* part of it is accounted for (a label and its value, a date,
a time, an address, a credited role and its names, a periodical issue), so a
sentence of the article is never taken for metadata. Wire datelines and credits
at the start or the end of a body line are :mod:`~aidparse.article.datelines`'.

All functions work on Simplified text (callers convert; positions are kept).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Final

from aidparse._lazy import lazy_regex
from aidparse._record import record
from aidparse.article.labels import (
    AFFILIATION_LABELS,
    COUNTER_LABELS,
    CREDITING_ROLES,
    DATE_LABELS,
    DEPARTMENT_ENDINGS,
    EDITOR_ROLES,
    HOUSE_WORDS,
    NETWORK_ENDINGS,
    NOT_A_PERSON,
    NOT_A_SOURCE,
    NOT_NAME_END,
    ORG_ENDINGS,
    OUTLETS,
    RECORD_LABELS,
    SOURCE_LABELS,
    SOURCE_SUFFIXES,
    TRANSLATOR_ROLES,
    WIDGET_LABELS,
)
from aidparse.article.names import (
    LATIN_NAME,
    NAME_TOKEN,
    NOUN_ROLES,
    READER,
    TRAILING_ROLES,
    bare_name_shape,
    two_words,
    valid_name,
)
from aidparse.article.stamps import (
    DATE_RE,
    SHORT_YEAR,
    parse_stamp_date,
)
from aidparse.article.tokens import (
    token_patterns,
)
from aidparse.article.words import (
    NOT_A_SOURCE_SET,
    SURNAME_SHARE,
    clock_outlet,
    common_word,
    gazetteer_place,
    org_name,
    outlet_name,
    outlet_word,
    place_led,
    place_word,
    plain_word,
    publisher_name,
    report_place,
    sent_from_place,
    two_places,
)
from aidparse.models.vocab import MetaField

__all__ = [
    "INNER_STOP",
    "Field",
    "label_at_start",
    "label_only",
    "names_at",
    "parse_credits",
    "source_name",
]

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
#: A department of an organisation, or a newsroom's desk, as a label's value (作者：医技药剂党支部,
#: 作者：县委办公室, 文：经济日报中国组): its endings are
#: :data:`~aidparse.article.labels.DEPARTMENT_ENDINGS`.
#: (The endings are Han words: joined as they are, longest first.)
_DEPARTMENT = lazy_regex(r"\p{Han}{2,16}?(?:"
                         + "|".join(sorted(DEPARTMENT_ENDINGS, key=len, reverse=True)) + r")(?=\s|$)")
#: The unit an article's authors work for, between their role and their names (文/图 昌吉市发改委 林志强):
#: a word ending as no name ends (an office, a bureau, a county: ``NOT_NAME_END`` of the labels), a space.
_UNIT = lazy_regex(r"\p{Han}{2,14}?[" + "".join(sorted(NOT_NAME_END)) + r"][ \t\u3000]+")
#: What a portal's CMS prints after an editor's name: a staff code (NetEase's 王晓_NB12345, 杨倩_NF4425,
#: 史建磊_NBJ11331) or a hash (the Epoch Times' 责任编辑：王晓#). The name before it is the editor.
_STAFF_MARK = lazy_regex(r"_[A-Z]{1,5}\d{2,6}(?![A-Za-z0-9])|\#(?![\w#])")
#: ... or a code set apart by a space, which reads as a Latin user name (ifeng's 王晓 PN040, Sina's
#: 张迪 SN184): no editor.
_STAFF_CODE = lazy_regex(r"[A-Z]{1,5}\d{2,6}")


def _reads_as_account(token: str) -> bool:
    """Whether the last word of a post's header, before its date, is clearly the account and no
    person's name: an organisation, a self-media outlet's name, or two common words.

    >>> [_reads_as_account(t) for t in ["喀什日报", "天山云", "王振宇", "王国强", "阿依古丽"]]
    [True, True, False, False, False]
    >>> [_reads_as_account(t) for t in ["王晓云", "新疆", "石榴籽", "买买提"]]
    [False, False, False, False]
    """
    return org_name(token) or outlet_name(token) or two_words(token)


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
    place = place_word(token) if after_name else gazetteer_place(token)
    return (len(token) >= 3 and plain_word(token)) or place or (
        len(token) >= 3 and plain_word(token[:2]) and name_initials().get(token[0], 0.0) < SURNAME_SHARE)


def _before_date_or_end(s: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and a date or the end of ``s``."""
    rest = s[at:].lstrip()
    return not rest or DATE_RE.match(rest) is not None


def _editors_value(s: str, pos: int, label: str, fields: list[Field]) -> int:
    """Read what follows an editors' label that names no person, adding its field; where it ends.

    After 发布 (发布者, 发布人): a date is the stamp (发布：2021-05-08), an office the publisher
    (发布者：上海援疆). A CMS's account (发布者：系统管理员, 小编) is read and gives nothing; anything
    else is left unread, and the line is no credit line unless a form reads it.
    """
    publisher = label in _PUBLISHER_ROLES
    d = token_patterns()["datetime"].match(s, pos) if publisher else None
    if d is not None and DATE_RE.match(d.group()):
        value = d.group().rstrip()
        fields.append(Field(MetaField.PUBLISHED, value, d.start(), d.start() + len(value), "label.date"))
        return int(d.end())
    token = _LABEL_VALUE.match(s, pos)
    if token is None:
        return pos
    word = token.group()
    if publisher and word not in NOT_A_SOURCE and (org_name(word) or place_led(word)):
        fields.append(Field(MetaField.SOURCE, word, token.start(), token.end(), "label.publisher"))
        return int(token.end())
    if word in NOT_A_PERSON or word.endswith(_CMS_ACCOUNTS):
        return int(token.end())
    return pos


#: A CMS's accounts that post pages (系统管理员, 网站编辑部): no one's name, no publisher.
_CMS_ACCOUNTS = ("管理员", "编辑部", "小编", "网站编辑")

#: Editors' labels whose value, when it names no person, is the publisher (发布者：上海援疆).
_PUBLISHER_ROLES: Final = frozenset(["发布者", "发布人", "发布"])
#: Endings of an office's sections that provide articles (宣传科, 综合股, 办公室).
_SECTIONS = ("科", "股", "室")
#: Source labels whose value may be a person, then the author (供稿：张强).
_CONTRIBUTOR_LABELS: Final = frozenset(["供稿", "来稿"])


@record
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
_TRANSLATOR_SET = frozenset(TRANSLATOR_ROLES)
#: Roles that may stand glued after a name (何龙摄, 陈煜骅摄影报道).
_GLUED_ROLES = ("摄影报道", "摄影", "报道", "摄", "文", "图")
INNER_STOP = lazy_regex(r"[。！？；]")
_SOURCE_STOP = frozenset(" \t\u3000|｜(（)）【】[]，,。；;")
#: Words after a publisher and a dash that name one of its channels (人民网-文化频道).
_CHANNEL = lazy_regex(r"[-－—_·](?:[^-－—_·]{1,10}(?:频道|栏目|专栏|专题|版块|板块|频率))$")


def _dot_credit(s: str, pos: int) -> bool:
    """Whether names follow a role and its middle dot at ``pos`` (文·王晓, 摄影·买买提): names that read as
    people's without the role's credit, not a place, a word or parts of one character (旅·体)."""
    names, _ = names_at(s, pos)
    return bool(names) and not any(
        place_word(n) or common_word(n) or min(len(p) for p in _NAME_DOT_SPLIT.split(n)) < 2
        for n, _, _ in names)


_NAME_DOT_SPLIT = lazy_regex(r"[·•]")


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
    if label in _TRANSLATOR_SET:
        return "translator"
    return "authors"


def _source_value(s: str, start: int) -> tuple[Field | None, int]:
    """The credited name after a 来源 label, and where its token ends.

    The value runs to a space, a bar, a bracket or the next label; a label
    such as 原创 after the name is not part of it (天山网-新疆日报原创).
    """
    end = start
    while end < len(s) and s[end] not in _SOURCE_STOP:
        end += 1
    label = token_patterns()["label"].search(s, start, end)
    if label is not None and label.start() > start:
        end = label.start()
    date = token_patterns()["datetime"].search(s, start, end)  # 来源：光明日报2022-03-04 04:50
    if date is not None and date.start() > start:
        end = date.start()
    value = source_name(s[start:end])
    if not value:
        return None, end
    at = s.index(value, start)
    return Field(MetaField.SOURCE, value, at, at + len(value), "label.source"), end


#: A name joined to what stands before it by a dot (新华社·王晓, 古丽米拉·吐尔逊).
_PERSON_AFTER_DOT = lazy_regex(r"(?P<org>[^·•]{2,20})[·•](?P<name>\p{Han}{2,6})")
#: A platform's word after an account's name (广东援疆微信公众号, “伽师零距离”公众号).
_PLATFORM_TAIL = lazy_regex(r"(?:微信公众号|微信公众平台|公众号|微信号|头条号|百家号|抖音号|视频号)$")
#: A name in quotation marks, whole (“广东援疆”).
_QUOTED_NAME = lazy_regex(r"[“\"「『](?P<name>[^“”\"「」『』]{2,20})[”\"」』]")
#: A paper marked as a title after the site that carries it (光明网-《光明日报》).
_MARKED_PAPER = lazy_regex(r"《(?P<paper>[^《》]{2,20})》")


def source_name(value: str) -> str:
    """The publisher a credit names, without what pages print around it: a label (``来源：``),
    a badge (``原创``), a channel (``人民网-文化频道``), the marks of a title (``《新疆日报》``);
    empty when the value names no publisher (``网络``).

    >>> source_name("来源：人民网-文化频道 原创稿"), source_name("天山网-新疆日报原创"), source_name("网络")
    ('人民网', '天山网-新疆日报', '')
    >>> source_name("光明网-《光明日报》"), source_name("《新疆日报》")
    ('光明日报', '新疆日报')
    >>> source_name("新华社·王晓"), source_name("古丽米拉·吐尔逊"), source_name("天山网·石榴云")
    ('新华社', '', '天山网·石榴云')

    An account named with its platform's word, in quotation marks or not, is the account:

    >>> source_name("“广东援疆”微信公众号"), source_name("广东援疆微信公众号"), source_name("公众号")
    ('广东援疆', '广东援疆', '公众号')
    """
    value = value.strip()
    label = token_patterns()["label"].match(value)
    if label is not None and (label.group("glued") or _field_of_label(label.group("label")) == "source"):
        value = value[label.end():]
    value = value.split()[0] if value.split() else ""
    for suffix in (*SOURCE_SUFFIXES, "原创稿"):
        if value.endswith(suffix) and len(value) > len(suffix) + 1:
            value = value[: -len(suffix)]
            break
    value = _CHANNEL.sub("", value)
    platform = _PLATFORM_TAIL.search(value)
    if platform is not None and platform.start() >= 2:  # 广东援疆微信公众号: the account on its platform
        value = value[: platform.start()]
    quoted = _QUOTED_NAME.fullmatch(value)
    if quoted is not None:  # “广东援疆”: an account's name in quotation marks
        value = quoted.group("name")
    marked = _MARKED_PAPER.search(value)
    if marked is not None:  # 光明网-《光明日报》: the paper it marks as a title, the site carrying it
        value = marked.group("paper")
    value = value.strip("《》")
    person = _PERSON_AFTER_DOT.fullmatch(value)
    if person is not None and valid_name(person.group("name")) and not org_name(person.group("name")) \
            and not outlet_name(person.group("name")):
        # 新华社·王晓: the outlet and its reporter; 古丽米拉·吐尔逊: a person, no publisher
        value = person.group("org") if org_name(person.group("org")) else ""
    return "" if value in NOT_A_SOURCE_SET else value


def names_at(s: str, pos: int, *, latin: bool = False,
              credited: bool = False) -> tuple[list[tuple[str, int, int]], int]:
    """Names from ``pos``, as many as read as names, up to a role, a label or other text
    (``credited``: after a role or label that credits them, see :func:`valid_name`)."""
    pats = token_patterns()
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
        token = NAME_TOKEN.match(s, at) or (LATIN_NAME.match(s, at) if latin else None)
        if token is None:
            break
        word, end = token.group(), token.end()
        if s[end : end + 1] in (":", "："):
            glued = _glued_label(s, at, end, credited=credited)
            if glued is None:
                break  # 文案：李明: a label the tables lack, not a name
            word, end = s[at:glued], glued  # 作者:梁婷编辑:任婷: a name, then the next label glued on
        if _network_member(word):  # 共享联盟·温宿 王丽芳: the network's member in a county, its people after
            found_sep = pats["sep"].match(s, end)
            pos = end if found or found_sep is None else found_sep.end()
            continue
        if len(word) == 1:  # 何 龙: a name printed with a space inside
            space = pats["space"].match(s, end)
            nxt = NAME_TOKEN.match(s, space.end()) if space else None
            if nxt is not None and len(nxt.group()) == 1:
                word, end = word + nxt.group(), nxt.end()
        if credited and word.startswith(READER) and valid_name(word[len(READER):], credited=True):
            at += len(READER)  # 作者：网友王晓: a reader who posted it, named after the word for one
            word = word[len(READER):]
        trailing = next((r for r in TRAILING_ROLES
                         if word.endswith(r) and valid_name(word[: -len(r)], credited=credited)), None)
        if trailing is not None:  # 李妍摄: the photographer's credit, not a three-character name
            word = word[: -len(trailing)]
            end = at + len(word)
            shaped = credited or all(bare_name_shape(n) for n in (word, *(f[0] for f in found)))
            if trailing in NOUN_ROLES and (common_word(word) or place_word(word) or not shaped):
                break  # 田块整理, 彭博编译, 高效节水 金句整理: a thing put in order, not a person
            # 记者 王晓 北京报道: where it was written; 特别报道: a kind of report; with no name before it,
            # only the gazetteer's places (记者 于洋报道 names a reporter the dictionary calls a place)
            place = report_place(word) if found else (gazetteer_place(word)
                                                       or (len(word) >= 4 and two_places(word)))
            if trailing in ("报道", "报导") and (place or (found and not _co_reporter(word))):
                break
        elif not (valid_name(word, credited=credited) or (latin and LATIN_NAME.fullmatch(word))):
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


#: A name glued before the next label is this long (two to four characters).
_GLUED_NAME = range(2, 5)


def _glued_label(s: str, at: int, end: int, *, credited: bool) -> int | None:
    """Where a label glued after a name begins, when the name token at ``[at, end)`` runs into
    it and its colon (来源:天山网作者:梁婷编辑:任婷, as a CMS prints its stamp without spaces), or
    ``None``: the token is a label the tables lack (文案：李明).

    >>> s = "作者:梁婷编辑:任婷"
    >>> _glued_label(s, 3, 7, credited=True), _glued_label("文案：李明", 0, 2, credited=True)
    (5, None)
    """
    label = token_patterns()["label"]
    for k in _GLUED_NAME:
        m = label.match(s, at + k) if at + k < end else None
        if m is not None and m.group("label") and m.end() > end \
                and valid_name(s[at : at + k], credited=credited):
            return at + k
    return None


def _network_member(word: str) -> bool:
    """Whether a word joined by a dot names a network's member in a place, an organisation: a
    network (共享联盟·温宿, Zhejiang's county media in 潮新闻's network), or an outlet and a place of the
    gazetteer (天山网·喀什) — not a transliterated name (古丽米拉·吐尔逊), nor an outlet and its
    reporter (新华社·王晓).

    >>> [_network_member(w) for w in ["共享联盟·温宿", "共享联盟·淳安", "天山网·喀什"]]
    [True, True, True]
    >>> [_network_member(w) for w in ["新华社·王晓", "古丽米拉·吐尔逊"]]
    [False, False]
    """
    head, dot, tail = word.partition("·")
    if not dot or not head or not tail:
        return False
    if head.endswith(NETWORK_ENDINGS):
        return True
    return (head in OUTLETS or head.endswith(ORG_ENDINGS)) and gazetteer_place(tail)


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
    pats = token_patterns()

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
            if not all(org_name(w) or place_led(w) for w in _SOURCE_PARTS.split(word) if w):
                return False  # (新疆日报, 喀什零距离, 石榴云/新疆日报, 人民网-新疆频道)
            end = value.end()
            continue
        names, after = names_at(line, value.start(1), credited=True)  # 作者 王晓 李明
        if not names or any(plain_word(n) for n, _, _ in names):
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

_SOURCE_PARTS = lazy_regex(r"[/\-－]")

_SPACED_VALUE = lazy_regex(r"[ \u3000]+(\S+)")
#: Labels set apart by spaces, not colons, are read as labels when a line has this many of them
#: (a single 来源 followed by a space may start a phrase).
_SPACED_LABELS = 2
#: A stamp may carry this many tokens no form reads (widgets and links of the page) ...
_JUNK_TOKENS = 2


def _stamp_with_junk(fields: list[Field], facts: int, junk: list[str], length: int) -> bool:
    """Whether a line with tokens no form reads is still a stamp: a full date and another fact
    (a label, a source) stand on it, and the unread tokens are few and short (手机看新闻, 进入论坛).
    A sentence never passes: its words are not tokens of this kind."""
    dated = any(f.field is MetaField.PUBLISHED and parse_stamp_date(f.value) for f in fields)
    return dated and facts >= 2 and len(junk) <= _JUNK_TOKENS \
        and sum(len(j) for j in junk) * 3 <= length


#: A clock in a month and day's match (09-20 15:33): an aggregator's stamp after a site's name.
_CLOCK = lazy_regex(r"\d[:：]\d")


def _paper_byline(line: str) -> list[Field] | None:
    """A publisher's name, a space, then its reporters' names and nothing else (中时新闻网 陈柏廷, as
    Taiwan's and overseas papers print a byline), or ``None``."""
    pats = token_patterns()
    m = pats["org"].match(line)
    gap = pats["space"].match(line, m.end()) if m else None
    if m is None or gap is None or not publisher_name(m.group()):
        return None
    names, after = names_at(line, gap.end())
    people = [Field(MetaField.AUTHORS, n, a, b, "names.paper") for n, a, b in names]
    if not people or line[after:].strip() or not _reporters(people):
        return None
    return [Field(MetaField.AFFILIATION, m.group(), m.start(), m.end(), "org.reporter-paper"), *people]


def _paper_and_reporters(fields: list[Field]) -> bool:
    """Whether a line read as a publisher's name and then people's names only (中时新闻网 陈柏廷, a
    byline as Taiwan's and overseas papers print it): the names are its reporters."""
    return len(fields) >= 2 and fields[0].field is MetaField.SITE and publisher_name(fields[0].value) \
        and _reporters(fields[1:])


def _reporters(fields: list[Field]) -> bool:
    """Whether ``fields`` are authors' names that are people's, no word (时政, 脱贫攻坚)."""
    return all(f.field is MetaField.AUTHORS and bare_name_shape(f.value) and not common_word(f.value)
               for f in fields)


def _closing(s: str, start: int) -> int | None:
    """The index of the bracket closing the one at ``start`` (no nesting), or ``None``."""
    for i in range(start + 1, min(len(s), start + 60)):
        if s[i] in ")）":
            return i
        if s[i] in "(（":
            return None
    return None


def label_at_start(line: str) -> bool:
    """Whether ``line`` opens with a metadata label and its separator (``发布时间：``, ``来源：``).

    >>> label_at_start("发布时间：10-0812:00"), label_at_start("援疆干部：扎根边疆")
    (True, False)
    """
    m = token_patterns()["label"].match(line.strip())
    return m is not None and not m.group("glued") and _field_of_label(m.group("label") or "") != "authors"


def label_only(line: str) -> str | None:
    """The field of a label standing alone on its line (``来源：`` → ``source``), or ``None``.

    A stamp split over lines prints the value on the next line.

    >>> label_only("来源："), label_only("责任编辑:"), label_only("来源：天山网")
    ('source', 'editors', None)
    """
    m = token_patterns()["label"].fullmatch(line.strip())
    if m is None or m.group("glued"):
        return None
    return _field_of_label(m.group("label"))


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
    >>> [(f.field.value, f.value) for f in parse_credits("□新华社记者 张华 刘强")]
    [('affiliation', '新华社'), ('authors', '张华'), ('authors', '刘强')]
    >>> [(f.field.value, f.value) for f in
    ...  parse_credits("(出处:新疆日报 本报记者 王晓/文 实习记者 李明/摄)")]
    [('source', '新疆日报'), ('authors', '王晓'), ('authors', '李明')]
    >>> parse_credits("产业援疆富民生") is None, parse_credits("记者从会上获悉，今年将新建学校3所。") is None
    (True, True)
    """
    pats = token_patterns()
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
    if "／" in line:  # (translating every line asked about took a seventh of its time)
        line = line.translate(_WIDE_SLASH)  # 文／王晓 as 文/王晓 (one character for one: offsets hold)
    if "【" in line:  # 【作者】王晓 as  作者：王晓 (same length: offsets hold)
        line = pats["bracket_label"].sub(lambda m: f" {m.group(1)}：", line)
    spaced = list(pats["spaced_label"].finditer(line))
    several = len(spaced) >= _SPACED_LABELS or _lone_spaced_editor(line, spaced)
    if not (several and _spaced_values(line, spaced)):
        spaced = [m for m in spaced if m.group() in _COUNTER_SET]  # 阅读 1234: a counter before its count
    if spaced:
        # 来源 阿勒泰日报　作者 马晓梅 as 来源：阿勒泰日报　作者：马晓梅
        chars = list(line)
        for m in spaced:
            chars[m.end()] = "："
        line = "".join(chars)
    end = len(line.rstrip())
    code = _DESK_CODE.search(line, 0, end)
    if code is not None:  # （编辑：王晓）1120603: the desk's code after the editors' bracket
        end = code.start() + 1
    stop = INNER_STOP.search(line, 0, max(0, end - 1))
    if stop and not (stop.group() == "；" and _LABELLED_NAMES.match(line)):
        return None  # a full stop inside: sentences, not a credit line (【作者】王晓；李明 is one)
    if not names_only and pats["cue"].search(line) is None:
        return _paper_byline(line)  # nothing only metadata has: no label, role, date, issue or credit suffix
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
    undated = False  # a stamp without its year (天山网 09-20 15:33): its site is the source
    while pos < len(s):
        if s[pos] in " \t\u3000":
            pos += 1
            continue
        m = pats["bracket_widget"].match(s, pos)
        if m and pos == 0 and publisher_name(m.group()[1:-1]):
            fields.append(Field(MetaField.SOURCE, m.group()[1:-1], m.start() + 1, m.end() - 1,
                                "bracket.paper"))
            pos = m.end()  # 【香港商报】记者 王晓 报道: the paper, then its reporter
            facts += 1
            continue
        if m and parse_credits(m.group()[1:-1], names_only=True) is None:
            pos = m.end()  # 【打印本页】
            continue
        m = pats["edition_mark"].match(s, pos) if fields and fields[-1].field is MetaField.SOURCE else None
        if m:
            pos = m.end()  # 来源：兵团日报（汉）: the paper's language edition, not a credit
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
        if m and m.group().rstrip()[-1:] in ("·", "•") and not _dot_credit(s, m.end()):
            return None  # 文·旅融合, 图·天山: a role and a dot before no name (文·王晓 credits 王晓)
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
                if (d is None or not DATE_RE.match(d.group())) \
                        and not _BARE_DATE_LABEL.fullmatch(m.group("label") or ""):
                    d = SHORT_YEAR.match(s, pos) or d
                if d is None or not (DATE_RE.match(d.group()) or SHORT_YEAR.match(d.group())):
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
                    people, after = names_at(s, pos, credited=True)
                    people = [] if any(org_name(n) or place_word(n) or n.endswith(_SECTIONS)
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
            elif kind == "translator":  # （译者：王晓）: the translator, credited to no field
                translators, pos = names_at(s, pos, credited=True)
                if not translators:
                    return None  # (翻译：… before a sentence: no credit)
            elif kind == "widget":  # 字号：T|T, 字体：大 中 小 — up to the next label
                nxt = pats["label"].search(s, pos)
                pos = nxt.start() if nxt else len(s)
            else:
                nobody = pats["nobody"].match(s, pos) if kind != "editors" else None
                if nobody is not None:  # 作者：佚名, 作者：admin (责任编辑：admin: the account that edited)
                    pos = nobody.end()
                    continue
                desc = pats["description"].match(s, pos) if kind == "authors" else None
                if desc and names_at(s, desc.end())[0]:
                    # 作者：湖南援疆医生 王晓, 文/伊犁州直援疆前指 王晓: who the author is, then the name
                    org = desc.group("who")
                    if org_name(org):
                        fields.append(Field(MetaField.AFFILIATION, org, desc.start("who"), desc.end("who"),
                                            "label.description"))
                    pos = desc.end()
                names, pos = names_at(s, pos, latin=True, credited=True)
                if kind != "editors":  # a user name (杨倩_NF4425, Demi) credits no author
                    names = [n for n in names if not LATIN_NAME.fullmatch(n[0])]
                if kind == "editors":
                    names = [n for n in names if not _STAFF_CODE.fullmatch(n[0])]
                mark = _STAFF_MARK.match(s, pos) if names and kind == "editors" else None
                if mark is not None:  # 王晓伟_NB12345: the portal's code for its editor, after the name
                    pos = mark.end()
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
            if DATE_RE.match(m.group()):
                value = m.group().rstrip()
                fields.append(Field(MetaField.PUBLISHED, value, m.start(), m.start() + len(value),
                                    "datetime"))
            facts += 1
            pos = m.end()
            names_allowed = after_org = True  # 2018-03-23王开 (a name, not a channel's word: 2023-05-12 国际)
            continue
        m = pats["monthday"].match(s, pos) if fields and fields[-1].field is MetaField.SITE else None
        if m and _CLOCK.search(m.group()):
            # 天山网 09-20 15:33: an aggregator's stamp of this year's post, its day and time (the year
            # unknown: no date)
            facts += 1
            undated = True
            pos = m.end()
            continue
        m = pats["relative"].match(s, pos) if fields and fields[-1].field is MetaField.SITE else None
        if m:  # 天山网 2小时前: an aggregator's stamp, how long ago (no date)
            facts += 1
            undated = True
            pos = m.end()
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
            if org and not org.startswith(HOUSE_WORDS):
                bare = org.strip("《》 ")
                at = m.start("org") + org.index(bare)
                fields.append(Field(MetaField.AFFILIATION, bare, at, at + len(bare), "role.org"))
            pos = pats["colon"].match(s, m.end()).end()
            # a name glued to a short role (图文直播间) must begin like a name; after 记者, 通讯员,
            # 作者 or a separator, its shape is enough (记者热依拉, 文/ 肉孜)
            credited = pos > m.end() or m.group("role").endswith(CREDITING_ROLES)
            names, pos = names_at(s, pos, credited=credited)
            unit = _UNIT.match(s, pos) if not names and pos > m.end() else None
            after_unit = names_at(s, unit.end(), credited=True) if unit is not None else ([], pos)
            if after_unit[0]:
                # 文/图 昌吉市发改委 林志强: the unit the authors work for, then their names (no field:
                # an affiliation stands in for a missing source, and a unit may be a place, 喀什市)
                names, pos = after_unit
            if names and not org and names[0][1] == m.end() and common_word(names[0][0]):
                return None  # 记者手记: a heading, not a byline
            fields += [Field(MetaField.AUTHORS, n, a, b, "role.names") for n, a, b in names]
            facts += 1
            names_allowed = True
            suffix = pats["suffix"].match(s, pos) if names else None
            pos = suffix.end() if suffix else pos
            continue
        m = pats["widget"].match(s, pos)
        if m and m.group("place") and not sent_from_place(m.group("place")):
            if m.group("sent").startswith(("发表于", "发布于")):
                pos = m.start("sent") + 3  # 发表于人民网: where it was published (the site is read next)
                continue
            m = None
        if m:
            pos = m.end()
            # 发布于：北京市, IP属地：广东: where the post was sent from, a fact only metadata states
            facts += m.group("place") is not None
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
        # 2024-05-12 10:30 石榴云/新疆日报: the platform and its paper, one publisher (no reporter);
        # BBC中文 2024年5月12日: an outlet's initials and its kind, an organisation's name
        m = pats["org_pair"].match(s, pos)
        if m and not (publisher_name(m.group("platform")) and publisher_name(m.group("paper"))):
            m = None  # (新疆大学/喀什大学: two organisations, no platform and its paper)
        m = m or pats["latin_outlet"].match(s, pos)
        if m:
            fields.append(Field(MetaField.SITE, m.group(), m.start(), m.end(), "org.site"))
            pos = m.end()
            names_allowed = after_org = True
            continue
        names, after = names_at(s, pos, credited=badge and not fields)  # 原创：路闻卓立编译: its author
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
                and all(place_word(n) or common_word(n) or not bare_name_shape(n) for n, _, _ in names):
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
                    and suffix.group().strip().endswith(NOUN_ROLES):
                return None  # 金句整理, 彭博编译 alone: a heading (（王晓整理）, 王晓/整理 credit someone)
            if suffix or names_allowed:  # 王晓丨文, 王晓/文; or names after a credit
                form = "names.suffix" if suffix else "names.after-credit"
                # (昌吉 林晓 吴明 摄: a place of the gazetteer before the names is where they worked)
                # (阿勒泰 通讯员 张鹏: …, or before the names of a role that follows)
                place = gazetteer_place(names[0][0]) and (len(names) > 1 or bool(s[after:].strip(" )）")))
                fields += [Field(MetaField.PLACE if k == 0 and place else MetaField.AUTHORS, n, a, b, form)
                           for k, (n, a, b) in enumerate(names)]
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
    # a paper, then its reporters' names (中时新闻网 陈柏廷, 新头壳newtalk | 吕佳蓉 综合报导): the paper
    # they write for
    paper = _paper_and_reporters(fields)
    if paper:
        fields = [Field(MetaField.AFFILIATION, f.value, f.start, f.end, "org.reporter-paper")
                  if f.field is MetaField.SITE else f for f in fields]
    # a bare list of names: people's names, not a programme or a common word (新闻联播)
    if not facts and not paper and (not (names_only and fields) or any(
            not bare_name_shape(f.value) or common_word(f.value) for f in fields)):
        return None
    if sum(f.field is MetaField.SOURCE for f in fields) > 1:  # 【…】 … 来源：天山网: the label's source
        fields = [f for f in fields if f.form != "bracket.paper"]
    kinds = {f.field for f in fields}
    if (MetaField.PUBLISHED in kinds or undated) and MetaField.SOURCE not in kinds:
        fields = [Field(MetaField.SOURCE, f.value, f.start, f.end, "org.site-on-stamp")
                  if f.field is MetaField.SITE else f for f in fields]
    return fields
