"""People's names: two to four Han characters, or parts joined by a middle dot, never a role word,
an organisation or a place.

>>> valid_name("王晓峰"), valid_name("天山网"), split_names("王晓峰、李明")
(True, False, [('王晓峰', 0, 3), ('李明', 4, 6)])
"""

from __future__ import annotations

import functools
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.article.labels import (
    AUTHOR_ROLES,
    DESCRIPTIONS,
    EDITOR_ROLES,
    HOUSE_WORDS,
    NOT_NAME_END,
    NOT_NAMES,
    ORG_ENDINGS,
    OUTLETS,
)
from aidparse.article.words import (
    common_halves,
    common_word,
    place_led,
)

__all__ = [
    "COMPOUND_SURNAMES",
    "LATIN_NAME",
    "NAME_DOTS",
    "NAME_TOKEN",
    "NOUN_ROLES",
    "READER",
    "TRAILING_ROLES",
    "bare_name_shape",
    "split_names",
    "two_words",
    "valid_name",
]

#: Name initials rarer than this (per mille of names) count only when the character is rare too.
_RARE_INITIAL = 0.01
#: Log frequency above which a character is common in text.
_COMMON_CHAR = -9.0
_LONG_ROLES = tuple(r for r in (*AUTHOR_ROLES, *EDITOR_ROLES) if len(r) >= 2)
#: What ends a word that says who someone is, not their name (an organisation, 援疆医生).
_WHO_ENDINGS = (*ORG_ENDINGS, *DESCRIPTIONS)
#: Where someone stands in a photo (左一, 右起二), which a caption's brackets hold as names are held.
_PHOTO_SIDE = lazy_regex(r"[左右]起?第?[一二三四五六七八九十\d]")
#: Roles that follow a name glued to it and are never the end of a name (黎旭阳、李妍摄).
TRAILING_ROLES = ("摄影报道", "综合报道", "综合报导", "摄影", "报道", "报导", "摄", "编译", "整理", "撰文",
                   "供图")
#: Of these, the roles that follow nouns as often as names (田块整理, 彭博编译): the word before them
#: is a name only when no common word and shaped as a name without a role.
NOUN_ROLES = ("编译", "整理", "撰文", "供图")
#: Han characters of names (丨, a CJK stroke, is used as a separator on pages).
_HAN_NAME_CHAR = r"(?:(?!丨)\p{Han})"
#: Dots that join the parts of a transliterated name (艾尔肯·吐尼亚孜): the middle dot, and what
#: pages and converters print for it (•, ‧ of Big5 pages, ・, a full-width or an ASCII full stop).
NAME_DOTS = "·•‧・．."
_NAME = lazy_regex(rf"{_HAN_NAME_CHAR}{{2,4}}"
                   rf"|{_HAN_NAME_CHAR}{{1,6}}(?:[{NAME_DOTS}]{_HAN_NAME_CHAR}{{1,6}}){{1,2}}")
NAME_TOKEN = lazy_regex(rf"(?:{_HAN_NAME_CHAR}|(?<=\p{{Han}})[{NAME_DOTS}](?=\p{{Han}}))+")
LATIN_NAME = lazy_regex(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
_NAME_SPLIT = lazy_regex(r"[^\s、,，;；/]+")
_DOTS_SPLIT = lazy_regex(rf"[{NAME_DOTS}]")

#: Characters a transliterated or Chinese name never holds: particles, pronouns, prepositions
#: and verbs of a sentence (记者从会上获悉 is no name, whatever stands before it).
_NOT_IN_NAME = frozenset("的了在是从对将把被和与及等这那我你他她们们说称向于为到已也都就还又并或即")

#: Characters no one's name holds, whatever its surname: particles and degree words (路很长, 王的).
_NEVER_IN_NAME = frozenset("的了很吗呢吧着们")
#: The word a credit puts before a reader's name (作者：网友王晓).
READER = "网友"
#: Words that open where a reporter filed from, never a name (王晓 发自乌鲁木齐, 来自喀什).
_FILED_FROM: Final = ("发自", "来自")


@functools.lru_cache(maxsize=4096)  # a credit line asks about the same words again (names_at, roles)
def valid_name(name: str, *, credited: bool = False) -> bool:
    """Whether ``name`` reads as a person's name.

    A name is read alone only when it begins with a surname or a character names
    begin with (the name-initials table). After a role that credits it
    (``credited``: 记者, 作者：, 文/), a name of Han characters is one by its shape:
    transliterated minority names begin with any character (记者 热依拉 肉孜).

    >>> [valid_name(n) for n in ["王晓峰", "古丽米热·阿布都", "记者", "天山网", "和田县", "王",
    ...                          "最新文章", "运动装"]]
    [True, True, False, False, False, False, False, False]
    >>> valid_name("热依拉"), valid_name("热依拉", credited=True), valid_name("从会上获悉", credited=True)
    (False, True, False)
    >>> valid_name("援疆医生", credited=True)
    False
    """
    if not _NAME.fullmatch(name) or name in NOT_NAMES or name.startswith(HOUSE_WORDS) \
            or _PHOTO_SIDE.fullmatch(name) or not _NEVER_IN_NAME.isdisjoint(name) \
            or name.startswith(_FILED_FROM) or name.endswith(("报道", "报导")):
        return False  # (本网综合: the paper's own word, 本网, begins no one's name; 左一: a photo's side)
    if any(d in name for d in _STOP_DOTS) and not _dotted_name(name):
        return False
    if any(d in name for d in NAME_DOTS) and _outlet_parts(name):
        return False  # 新华日报·交汇点, 大河报·豫视频: a paper and its app, not a transliterated name
    if name[-1] in NOT_NAME_END:
        return False
    if not _begins_like_a_name(name) and (not credited or common_word(name)
                                          or not _NOT_IN_NAME.isdisjoint(name)):
        return False
    if name.endswith(_LONG_ROLES):  # 南都记者: a paper and a role
        return False
    if two_words(name):  # 高度重视, 扎实推进: a phrase of two common words, not a name
        return False
    if len(name) >= _SPOKE_MIN and name.endswith(_SPOKE):  # 王晓说, 王晓认为: a name, then a verb of speech
        return False
    return not name.endswith(_WHO_ENDINGS)  # 援疆医生 says who, not a name


#: Verbs of speech that end a sentence's subject glued to a credit's role (记者王晓说, 作者王晓认为): a
#: name this long or longer that ends in one is a name and the verb.
_SPOKE: Final = ("说", "认为", "表示", "指出", "介绍", "强调", "告诉", "透露", "坦言", "感慨")
_SPOKE_MIN = 3


#: Surnames of two characters (复姓 of the 百家姓): a four-character name may begin with one.
COMPOUND_SURNAMES: Final = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "申屠", "太史", "澹台", "公冶", "濮阳", "呼延",
)


def two_words(name: str) -> bool:
    """Whether a four-character ``name`` is two common words (高度重视), not a compound surname
    and a given name (司马建国) or a transliteration (阿依古丽).

    >>> two_words("高度重视"), two_words("司马建国"), two_words("阿依古丽"), two_words("上海援疆")
    (True, False, False, True)
    """
    if len(name) != 4 or name[:2] in COMPOUND_SURNAMES:
        return False
    return common_halves(name) or place_led(name)  # 上海援疆, 喀什发布: a place and a word


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


#: Full stops a page may print for a name's middle dot (艾尔肯.吐尼亚孜) — and between two names.
_STOP_DOTS = ".．"


def _dotted_name(name: str) -> bool:
    """Whether a name with a full stop for its dot is one transliterated name: parts of two
    characters or more, none a role, and not two names of the Han kind (王晓.李明 is two people).

    >>> _dotted_name("艾尔肯.吐尼亚孜"), _dotted_name("王晓.李明"), _dotted_name("王晓.摄")
    (True, False, False)
    """
    parts = [p for p in name.replace("．", ".").split(".")]
    if any(len(p) < 2 or p in NOT_NAMES or p in AUTHOR_ROLES for p in parts):
        return False
    return not all(len(p) <= 3 and _begins_like_a_name(p) and not _transliterated(p) for p in parts)


def _outlet_parts(name: str) -> bool:
    """Whether a part of a dotted name is an outlet's or an organisation's name (新华日报·交汇点).

    >>> _outlet_parts("新华日报·交汇点"), _outlet_parts("古丽米热·阿布都")
    (True, False)
    """
    parts = [p for p in _DOTS_SPLIT.split(name) if p]
    return any(p in OUTLETS or p.endswith(ORG_ENDINGS) for p in parts)


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
    from aidparse._charmodel import table_logp
    from aidparse._resources import name_initials
    from aidparse.script import to_simplified

    if any(dot in name for dot in NAME_DOTS if dot not in _STOP_DOTS):
        return True
    first = to_simplified(name[0])
    logfreq = table_logp(first)  # (one character's, not the table's 13,746 log-probabilities)
    if logfreq is None:
        return True
    return name_initials().get(first, 0.0) >= _RARE_INITIAL or (first in name_initials()
                                                                and logfreq < _COMMON_CHAR)


def split_names(value: str, *, latin: bool = False) -> list[tuple[str, int, int]] | None:
    """Names in ``value`` with their positions, or ``None`` if anything else is there.

    Names are separated by spaces, 、 or commas; a name printed with a space
    inside (``何 龙``) is read as one.

    >>> split_names("王晓峰、李明华、刘强")
    [('王晓峰', 0, 3), ('李明华', 4, 7), ('刘强', 8, 10)]
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
        if not (valid_name(word) or (latin and LATIN_NAME.fullmatch(word))):
            return None
        out.append((word, start, end))
        i += 1
    return out or None
