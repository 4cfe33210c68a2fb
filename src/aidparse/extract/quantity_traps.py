"""Traps: numerals a reader would not call quantities.

Each rule covers a class, not a phrase: names and words that contain a
numeral (the gazetteer's place names such as 五家渠市, the word table's words
such as 陆家嘴 or 三位一体, financial digits standing alone as in 入伍名额),
slogans whatever their quote marks (“十城百店”, ‘三个一’, 「五个一」, 三个一工程),
ordinal-like codes (二二一团), planning-period names (十四五), figures of speech
(一批批, 三天一个小变化), school systems (九年一贯制), long digit runs (account
numbers, IDs, phone lists), and numbers inside web addresses (``%2D9114%``).
"""

from __future__ import annotations

import bisect
import functools
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse._resources import word_counts
from aidparse.extract.units import DURATION_FIXED_AFTER

__all__ = [
    "LOST_MARKS",
    "Context",
    "counted_one",
    "demonstrative",
    "ends_word",
    "in_book_title",
    "in_word",
    "is_slogan",
    "lone_financial",
    "rhythm",
]

#: Marks a decoder or converter leaves where a character was lost (二?十年).
LOST_MARKS: Final[str] = "?\ufffd"
#: Most digits an Arabic amount is written with; longer runs (IDs, account and
#: phone numbers) are not amounts. 12 digits reach 9999亿.
MAX_AMOUNT_DIGITS: Final[int] = 12
#: Quote marks that open a slogan or a name (any style: “ ‘ 「 『 " ' 《 〝).
OPENING_QUOTES: Final[str] = "“‘「『\"'《〝〈"
#: What may follow a numeral's word without making it part of the word (三个月, 一年多).
_WORD_CONTINUES: Final[str] = "多余半左以上来几亿万"
#: After 个 + a digit, words that are ordinary counts (三个一等奖), not slogans (三个一工程).
_COUNTED_AFTER_DIGIT: Final[tuple[str, ...]] = ("一等", "二等", "三等", "一级", "二级", "三级", "一线")

_URL = lazy_regex(r"""(?:(?:https?|ftp)://|www\.)[^\s<>"“”'‘’，。；、）)」』]+""")
_PERCENT_ESCAPE_BEFORE = lazy_regex(r"%[0-9A-Fa-f]{2}$")
_HEX2 = lazy_regex(r"[0-9A-Fa-f]{2}")
_PLAN_PERIOD = lazy_regex(r"十[一二三四五]五")
_SLOGAN_AFTER = lazy_regex(r"[新大]?[“‘「『\"'《〝]")
_RHYTHM = lazy_regex(r"一[个次场]")
_CLOSING_QUOTES: Final[str] = "”’」』\"'》〞"
#: What may follow a counted 一 (the clause ends: 援建康复中心一栋，).
_CLAUSE_END: Final[str] = "，。；：、,.;:！？!?）)」』”’\n \u3000"
#: Words that stress a 一 as a count (仅有一个, 只有一所, 才一家).
_STRESS: Final[str] = "仅只才"
_STRESS_HAVE: Final[tuple[str, ...]] = ("仅有", "只有", "才有")
#: After a counted 一, another count of the list (一市三县, 1市7县).
_LIST_GOES_ON: Final[str] = "0123456789二两三四五六七八九十"
#: Before 一 and a duration: another, every, the previous … year (又一年, 每一年, 前一年).
_ONE_YEAR_BEFORE: Final[str] = "又每同前后上下头这那"
#: How far back a 《 may open the title a number stands in.
_TITLE_REACH: Final[int] = 40


class Context:
    """Facts about one text that several candidates need (found once, on demand)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._urls: list[tuple[int, int]] | None = None
        self._percent = "%" in text

    def in_url(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies in a web address or is percent-encoding (%2D9114%)."""
        text = self.text
        if self._percent and self._escaped(start, end):
            return True
        if self._urls is None:
            self._urls = [(m.start(), m.end()) for m in _URL.finditer(text)] \
                if ("://" in text or "www." in text) else []
        if not self._urls:
            return False
        i = bisect.bisect_right(self._urls, (start, len(text) + 1)) - 1
        return i >= 0 and self._urls[i][1] > start

    def _escaped(self, start: int, end: int) -> bool:
        """Whether percent-encoding stands right before ``start`` or ends at ``end`` (30%25)."""
        text = self.text
        if "%" in text[max(0, start - 3) : start] and _PERCENT_ESCAPE_BEFORE.search(
                text, max(0, start - 3), start):
            return True
        return text[end - 1 : end] == "%" and bool(_HEX2.match(text, end))  # an escape, not a percentage

    def in_place_name(self, start: int, end: int) -> bool:
        """Whether the numeral at ``start`` begins or sits inside a known place name (五家渠市)."""
        return _place_name(self.text[max(0, start - 8) : end + 8], start - max(0, start - 8))


@functools.lru_cache(maxsize=4096)
def _place_name(window: str, offset: int) -> bool:
    from aidparse.places.gazetteer import gazetteer  # the gazetteer is built on first use

    return any(m.start <= offset < m.end for m in gazetteer().find(window))


def in_word(text: str, start: int, core_end: int) -> bool:
    """Whether the numeral and its unit at ``start`` begin a longer word of the word table.

    陆家嘴, 三位一体, 五年计划, 三天三夜, 万吨级 are words, not quantities; 三个月 or
    一年多 continue with a unit or an approximation and stay quantities.
    """
    words = word_counts()
    core = core_end - start
    for size in range(core + 1, 5):
        if start + size > len(text):
            break
        if text[start + core] in _WORD_CONTINUES:
            return False
        if text[start : start + size] in words:
            return True
    return False


def ends_word(text: str, start: int, end: int) -> bool:
    """Whether a word of the word table runs from before the numeral to its unit (老两口, 小两口)."""
    words = word_counts()
    return any(text[start - k : end] in words for k in (1, 2)
               if start - k >= 0 and "\u4e00" <= text[start - k] <= "\u9fff")


def counted_one(text: str, start: int, end: int) -> bool:
    """一 with a measure word is a count when it closes a clause (康复中心一栋。) or is
    stressed (仅有一个实验室); before a noun it is an article (一名干部, 一家亲)."""
    after = text[end : end + 1]
    if start > 0 and text[start - 1] == "的":
        return False  # 金灿灿的一片, 众多项目中的一个: a pronoun
    if not after or after in _CLAUSE_END or after in _LIST_GOES_ON:
        return True  # 援建康复中心一栋。 一市三县
    return start > 0 and (text[start - 1] in _STRESS or text[max(0, start - 2) : start] in _STRESS_HAVE)


def demonstrative(text: str, start: int, numeral_text: str, duration: bool) -> bool:
    """这两个省份, 那三年: a number after 这/那 points back; 又一年, 每一年, 前一年 are not lengths."""
    if start == 0:
        return False
    before = text[start - 1]
    if before in "这那" and not duration:
        return True  # 这两个省份 (but 这三年里 is a length of time)
    if not duration or numeral_text != "一" or before not in _ONE_YEAR_BEFORE:
        return False
    return not (start >= 2 and text[start - 2 : start] in word_counts())  # 马上一年半: 上 ends 马上


def in_book_title(text: str, start: int) -> bool:
    """Inside 《…》: the name of a plan, law or book (《医疗援疆3年行动方案》)."""
    opening = text.rfind("《", max(0, start - _TITLE_REACH), start)
    return opening >= 0 and "》" not in text[opening:start]


def lone_financial(numeral_text: str, money: bool) -> bool:
    """A financial digit standing alone is a word: 入伍 (伍名), 登陆 (陆部), 陆家嘴.

    Financial numerals are written as runs (叁仟伍佰) or before a money unit (壹元).
    """
    return len(numeral_text) == 1 and numeral_text in "壹贰叁肆伍陆柒捌玖拾佰仟" and not money


def is_slogan(text: str, start: int, end: int) -> bool:
    """A Chinese numeral with a measure word inside a slogan.

    Opened by a quote mark of any style (“五个认同”, ‘三个一’, 「五个一」), followed by
    one (四个“奋进”, 五个新“提升”), closed by one (“东三县”), or 个 followed by another
    digit (三个一工程, 两个一百年).
    """
    if start > 0 and text[start - 1] in OPENING_QUOTES:
        return True
    if text[end : end + 1] in _CLOSING_QUOTES and text[end : end + 1]:
        return True  # “东三县”: a name in quotes
    if _SLOGAN_AFTER.match(text, end):
        return True
    nxt = text[end : end + 1]
    return text[end - 1 : end] == "个" and bool(nxt) and nxt in "一二两三四五六七八九十百千万" \
        and not text.startswith(_COUNTED_AFTER_DIGIT, end)  # (一市三县 is a list)


def rhythm(text: str, end: int) -> bool:
    """三天一个小变化, 一周一学习: a rhythm, not a duration (一直, 一起 after it are adverbs)."""
    if text[end : end + 1] != "一":
        return False
    return bool(_RHYTHM.match(text, end)) or text[end : end + 2] not in word_counts()


def plan_period(numeral_text: str) -> bool:
    """十一五 … 十五五 name five-year plans (the dates extractor reads them), not numbers."""
    return bool(_PLAN_PERIOD.fullmatch(numeral_text))


def fixed_after_duration(text: str, end: int) -> bool:
    """九年一贯制, 三年制: a duration naming a school system."""
    return text.startswith(DURATION_FIXED_AFTER, end)


def long_digits(numeral_text: str, arabic_digits: int) -> bool:
    """Account numbers, IDs, phone lists and codes with leading zeros are not amounts."""
    if arabic_digits > MAX_AMOUNT_DIGITS:
        return True
    folded = numeral_text.lstrip("-－−")
    return len(folded) > 1 and folded[0] in "0０" and folded[1] not in ".．"
