"""Bylines of names alone: people's names on a line with no role before them.

Pages print their authors' names without a role in a few places — under the headline or its
stamp (``王晓 李明``, ``◎王晓``), in brackets (``（孙少雄、贾钊）``, as Hong Kong papers do), under the
last sentence, with their institutions' numbers on a paper (``王晓1，李明2``). Nothing but the names'
shape says so there, so each name must read as a person's: a name's shape, no word, place or
outlet; and names standing where nothing else credits them must not be a slogan's phrases
(:func:`people_alone`). The page walk (:mod:`~aidparse.article.page`) decides where such a line
stands; this module only reads it.

>>> [f.value for f in names_byline("王晓 李明")], people_alone(["石榴籽", "一家亲"])
(['王晓', '李明'], False)
"""

from __future__ import annotations

from collections.abc import Sequence

from aidparse._lazy import lazy_regex
from aidparse.article.credits import Field
from aidparse.article.names import bare_name_shape, valid_name
from aidparse.article.words import common_word, gazetteer_place, outlet_name, place_led_name, plain_word
from aidparse.models.vocab import MetaField

__all__ = ["NAME_LINE", "authors_line", "bracketed_byline", "is_word", "names_byline", "names_only",
           "people_alone", "people_line"]


#: A name on a line of names alone: two or three Han characters, or parts joined by a dot.
NAME_LINE = lazy_regex(r"\p{Han}{2,3}|\p{Han}{1,6}·\p{Han}{1,6}")


#: A name on such a line, as read (checked as a name after); in brackets, of two to four characters.
_ONE_NAME = r"(?:\p{Han}{1,6}·)?\p{Han}{2,6}"
_BRACKETED_NAME = r"(?:\p{Han}{1,6}·)?\p{Han}{2,4}"
#: A line of names only, after a marker (◎ 王晓, 王晓 李明, 王晓、李明), and each name on it.
_NAMES_LINE = lazy_regex(rf"[◎□■●◆▲]?\s*{_ONE_NAME}(?:[ \t\u3000、]+{_ONE_NAME}){{0,3}}")


#: People's names alone in brackets (（孙少雄、贾钊）, (王晓 李明)).
_BRACKETED_NAMES = lazy_regex(rf"[(（]\s*{_BRACKETED_NAME}"
                              rf"(?:[ \t\u3000、,，]+{_BRACKETED_NAME}){{0,3}}\s*[)）]")


#: A paper's authors, each with the number of their institution (王晓1，李明2; 王晓1,2*，李明2).
_PAPER_AUTHORS = lazy_regex(r"\p{Han}{2,4}\d(?:[,，]\d)*\*?"
                            r"(?:\s*[,，、\s]\s*\p{Han}{2,4}\d(?:[,，]\d)*\*?){0,7}")


_NAME_TOKEN = lazy_regex(_ONE_NAME)


#: A byline of names alone names this many people at most.
_NAMES_MAX = 4


def names_byline(simp: str) -> list[Field]:
    """The names of a byline of names alone (王晓, ◎ 王晓, 王晓 李明, 王晓、李明), or none: each a
    name by its shape, no word, place or outlet.

    >>> [f.value for f in names_byline("■王晓 李明")], names_byline("天山雪"), names_byline("民生援疆")
    (['王晓', '李明'], [], [])
    """
    if not (_NAMES_LINE.fullmatch(simp) or _PAPER_AUTHORS.fullmatch(simp) or bracketed_byline(simp)):
        return []  # (the line's shape first: most lines are paragraphs)
    names = [Field(MetaField.AUTHORS, m.group(), m.start(), m.end(), "byline.under-stamp")
             for m in _NAME_TOKEN.finditer(simp)]
    if 1 <= len(names) <= _NAMES_MAX \
            and all(_line_name(n.value) and not gazetteer_place(n.value) and not outlet_name(n.value)
                    and not place_led_name(n.value) for n in names):
        return names
    return []


def people_alone(names: Sequence[str]) -> bool:
    """Whether names that stand alone, where no role and no headline credit them, read as people's
    rather than as a slogan's words: not a pair of phrases ending (石榴花 格桑花) or beginning
    (同吃住 同劳动) alike, and none a word and more under an uncommon surname (石榴籽, 一家亲, 丰收时).

    A name of two characters begins with a surname at least :data:`_SURNAME_SHARE` of names begin
    with: a phrase of two characters begins with any (余生 有你, 柳暗 花明); transliterated names (艾力
    aside) are longer.

    >>> people_alone(["王晓", "李明"]), people_alone(["王国强"]), people_alone(["古丽米拉·吐尔逊", "陈栋"])
    (True, True, True)
    >>> people_alone(["韩立新", "周雅楠"])  # (立新 is a word too: many given names are)
    True
    >>> [people_alone(p) for p in (["石榴籽", "一家亲"], ["马兰花", "格桑花"], ["同吃住", "同劳动"])]
    [False, False, False]
    >>> [people_alone(p) for p in (["余生", "有你"], ["柳暗", "花明"], ["龙腾", "虎跃", "凤舞"])]
    [False, False, False]
    >>> people_alone(["那一年"]), people_alone(["王一凡"])
    (False, True)
    """
    from aidparse._resources import name_initials

    initials = name_initials()
    if any(len(n) == _TWO and initials.get(n[0], 0.0) < _SURNAME_SHARE for n in names):
        return False  # a phrase's first character, not a common surname (a transliteration is longer)
    if len(names) >= 2 and all(len(n) == _SLOGAN_LEN for n in names) and (
            len({n[-1] for n in names}) == 1
            or (len({n[0] for n in names}) == 1 and initials.get(names[0][0], 0.0) < _RARE_SURNAME)):
        return False  # phrases of a slogan, parallel
    # (a given name is often a word itself: 立新, 建国; a surname and a word and more is no name; a
    # demonstrative and a count is a phrase: 那一年, 这一天)
    return not any((len(n) == _SLOGAN_LEN and initials.get(n[0], 0.0) < _COMMON_SURNAME
                    and plain_word(n[:2])) or _DEMONSTRATIVE_COUNT.match(n) for n in names)


#: A demonstrative and a numeral opening a "name" alone (那一年, 这一天, 那两年): a phrase (那 is a
#: surname, seldom before a numeral).
_DEMONSTRATIVE_COUNT = lazy_regex(r"[这那][一二两三四五六七八九十几每]")


def people_line(simp: str) -> bool:
    """Whether a line is two people's names or more alone (王晓　李明　张华): a byline or a list of
    people, never a headline.

    >>> people_line("王晓　李明　张华"), people_line("余生 有你"), people_line("王晓")
    (True, False, False)
    """
    names = [f.value for f in names_byline(simp)]
    return len(names) >= _PEOPLE_MIN and people_alone(names)


#: A line of people's names names this many at least (one alone may be a profile's subject).
_PEOPLE_MIN = 2
#: Names of two characters standing alone begin with a surname this common (per mille of names:
#: 王 30, 丁 5; 余 and 龙 under it).
_SURNAME_SHARE = 3.0
_TWO = 2
#: A slogan's parallel phrases are this long (a Han name of three characters too).
_SLOGAN_LEN = 3


#: Surnames this common (per mille of names) begin names that are words and more (王国强); rarer
#: ones (石, 一, 丰) begin a word as often, and one this rare begins no two names on a line.
_COMMON_SURNAME = 10.0


_RARE_SURNAME = 1.0


#: Words that stand alone on a line as parts of a document, not as names.
_DOCUMENT_PARTS = frozenset(["导语", "前言", "摘要", "结语", "后记", "引言", "序言", "编者按", "附件", "图集",
                             "视频", "音频", "专题", "评论", "相关", "简介", "背景", "链接", "尾声", "序"])


def is_word(s: str) -> bool:
    """Whether ``s`` is a part of a document or a common word rather than a lone name."""
    return s in _DOCUMENT_PARTS or common_word(s)


def _line_name(name: str) -> bool:
    """Whether a name on a line of names alone reads as a person's: its shape, and no word."""
    return bool(NAME_LINE.fullmatch(name)) and valid_name(name) and not is_word(name)


def authors_line(simp: str) -> bool:
    """A paper's authors, each with their institution's number (王晓1，李明2): the byline under
    its title.

    >>> authors_line("王晓1，李明2"), authors_line("王晓，李明"), authors_line("援疆1，我们2")
    (True, False, False)
    """
    if not _PAPER_AUTHORS.fullmatch(simp):
        return False
    names = _NAME_TOKEN.findall(simp)
    return all(map(_line_name, names))


def bracketed_byline(simp: str) -> bool:
    """A line of people's names in brackets and nothing else (（孙少雄、贾钊）): a byline without a
    role, as Hong Kong papers print it; names of two or three characters (four after a compound
    surname, or with a dot), none of them a word.

    >>> bracketed_byline("（孙少雄、贾钊）"), bracketed_byline("(图片新闻)"), bracketed_byline("（扎实推进）")
    (True, False, False)
    >>> bracketed_byline("（皮山、墨玉）"), bracketed_byline("（左一 王晓）")
    (False, False)
    """
    if _BRACKETED_NAMES.fullmatch(simp.strip()) is None:
        return False
    names = _NAME_TOKEN.findall(simp)
    return all(valid_name(n) and bare_name_shape(n) and not is_word(n) and not gazetteer_place(n)
               for n in names)


def names_only(simp: str) -> bool:
    """A line of people's names only (王晓峰 李娜娜), none of them a word."""
    names = _NAME_TOKEN.findall(simp)
    return bool(names) and _NAMES_LINE.fullmatch(simp) is not None \
        and all(map(_line_name, names))
