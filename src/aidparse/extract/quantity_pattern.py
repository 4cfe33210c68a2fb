"""The one verbose pattern that finds quantity candidates, built from the tables.

Every alternation comes from :mod:`aidparse.extract.units` and
:mod:`aidparse.extract.numerals`, longest form first. The pattern only finds
candidates; :mod:`aidparse.extract.quantities` reads them and
:mod:`aidparse.extract.quantity_traps` rejects what a reader would not call a
quantity.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from aidparse._lazy import VERBOSE
from aidparse._precompiled import compile_regex
from aidparse.extract.numerals import (
    CN_DIGITS,
    CN_TENS,
    CN_UNITS,
    MAGNITUDES,
    NEIGHBOURS,
    NUMBER_PATTERN,
    TRADITIONAL_NUMERALS,
)
from aidparse.extract.units import (
    APPROX_PREFIX,
    APPROX_SUFFIX,
    ARABIC_ONLY,
    CURRENCIES,
    CURRENCY_CENTS,
    CURRENCY_PREFIXES,
    DURATION_UNITS,
    HALF_UNITS,
    LATIN_UNITS,
    MEASURE_WORD_STARTS,
    MEASURE_WORDS,
    MONEY_NOUNS,
    UNITS,
)

if TYPE_CHECKING:
    import regex

__all__ = ["BARE_ONLY_PREFIXES", "CN_NUMERAL_CHARS", "SUFFIXES", "alternation", "pattern"]

#: Prefixes that only qualify a bare magnitude (上万, 过亿, 数百, 几十); before a
#: full number they are other words (马上一年, 进行过3次).
BARE_ONLY_PREFIXES = frozenset({"上", "过", "数", "几"})

#: Characters a Chinese numeral is written with (a number never starts right after one).
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_TENS) + "".join(MAGNITUDES)
#: Suffix words that may follow a unit, longest first.
SUFFIXES = tuple(sorted(APPROX_SUFFIX.keys() - {"余", "来"}, key=lambda w: (-len(w), w)))


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def _units() -> str:
    """Units proper; Latin ones and ARABIC_ONLY ones only right after a digit."""
    plain = [u for u in UNITS if u not in ARABIC_ONLY and u not in LATIN_UNITS and u != "元"
             and u != "圆" and u != "块钱"]
    after_digit = [u for u in ARABIC_ONLY if u in UNITS and u not in LATIN_UNITS]
    return rf"""
        (?:{alternation(plain)})
      | (?<=[0-9０-９])(?:{alternation(after_digit)})(?![面式法案向位针])
      | (?<=[0-9０-９]\x20?)(?P<latin>{alternation(LATIN_UNITS)})(?![A-Za-z0-9/²³])
    """


def _measures() -> str:
    """Measure words, each not where it begins a longer word (期间, 市场) or a duration unit.

    A measure word that begins a duration unit (个 of 个月, 个小时) is not a count
    there: where the duration is refused (三个月前 is a time, not a length), no
    count 三个 is left behind.
    """
    durations: dict[str, list[str]] = {}
    for unit in DURATION_UNITS:
        for word in MEASURE_WORDS:
            if unit.startswith(word) and len(unit) > len(word):
                durations.setdefault(word, []).append(re.escape(unit[len(word):]))
    plain = [w for w in MEASURE_WORDS if w not in MEASURE_WORD_STARTS and w not in durations]
    guarded = []
    for word in MEASURE_WORDS:
        if word not in MEASURE_WORD_STARTS and word not in durations:
            continue
        guards = [f"[{MEASURE_WORD_STARTS[word]}]"] if word in MEASURE_WORD_STARTS else []
        guards += durations.get(word, [])
        guarded.append(f"{re.escape(word)}(?!{'|'.join(guards)})")
    return "|".join([alternation(plain), *guarded])


def _unit_starts() -> str:
    """A character class of every character a unit of the pattern may begin with (a superset).

    The pattern asks for one of them before it tries the units' alternation one word after
    another: after most numerals (一些, 统一, 2020年的) no unit follows, and the alternation
    is the costliest part of a candidate that fails.
    """
    words = [*CURRENCIES, *CURRENCY_CENTS, *UNITS, *LATIN_UNITS, *DURATION_UNITS, *MEASURE_WORDS,
             "个", "元", "圆", "块", "角", "毛", "分", "年", "载", "周"]
    assert all(words)
    return "[" + re.escape("".join(sorted({w[0] for w in words}))) + "]"


def _word_test() -> str:
    """A lookahead for a candidate that begins with a word, not a numeral: the word's first two
    characters (人民币, 大约, 资金), or its one character (约, 上, ￥).

    What the pattern may begin with before its number is a currency, a money noun or an
    approximation word (a sign is a numeral's character): at any other character that the
    quick test lets through because a numeral follows (人, 大, 新, 经 …), no candidate starts.
    """
    words = [*CURRENCY_PREFIXES, *MONEY_NOUNS, *APPROX_PREFIX]
    singles = sorted({w for w in words if len(w) == 1})
    seconds: dict[str, set[str]] = {}
    for word in words:
        if len(word) >= 2 and word[0] not in singles:
            seconds.setdefault(word[0], set()).add(word[1])
    pairs = [re.escape(first) + "[" + re.escape("".join(sorted(then))) + "]"
             for first, then in sorted(seconds.items())]
    return "(?=[" + re.escape("".join(singles)) + "]|" + "|".join(pairs) + ")"


def _enumerated_neighbours() -> str:
    """四、五千元: neighbouring digits listed with 、 are a range (built from NEIGHBOURS)."""
    return "|".join(f"(?<={pair[0]})、(?={pair[1]})" for pair in sorted(NEIGHBOURS))


def _durations() -> str:
    chinese = [d for d in DURATION_UNITS if d not in ARABIC_ONLY and d != "年"]
    return rf"""
        (?:个(?P<dmid>[多半])(?=月|星期|小时|钟头)(?:月|星期|小时|钟头))   # 三个多月, 一个半小时
      | (?<![0-9０-９]{{3}})年                           # 2020年 is a year (and 100年 never a stay)
      | (?:{alternation(chinese)})(?<!载)
      | 载(?![体客重入荷货])
      | (?<=[0-9０-９]\x20?|[一二两三五六七八九十])周         # 两周; not 四周 (all around)
    """


@functools.cache
def pattern() -> regex.Pattern[str]:
    """The compiled candidate pattern (built on first use)."""

    num = f"(?>{NUMBER_PATTERN})"  # atomic: a numeral never gives back characters (no backtracking)
    cn = CN_NUMERAL_CHARS
    digit = "0-9０-９一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
    numeral_starts = re.escape("".join(sorted(set(cn) | set("半负-－−") | set(TRADITIONAL_NUMERALS))))
    word_starts = re.escape("".join(sorted(
        {w[0] for w in (*CURRENCY_PREFIXES, *MONEY_NOUNS, *APPROX_PREFIX)} - set(cn))))
    return compile_regex(
        rf"""
        (?=[0-9０-９{numeral_starts}]|对折|對折              # a quick test at each position: a numeral,
          |{_word_test()}[{word_starts}].{{0,6}}?[0-9０-９{numeral_starts}])  # or a word before one
        (?P<cur_pre>{alternation(CURRENCY_PREFIXES)})?\x20?   # 港币2960元, 人民币 8亿元, ￥300
        (?P<money_noun>{alternation(MONEY_NOUNS)})?           # 资金 / 总投资 (amounts without 元)
        (?P<prefix>(?<![最附将接])(?:{alternation(set(APPROX_PREFIX) - BARE_ONLY_PREFIXES)})
          | (?:{alternation(BARE_ONLY_PREFIXES)})(?=[十百千万亿]))?   # 上万, 过亿; not 马上一年, 进行过3次
        (?P<sign>(?<![A-Za-z0-9０-９.．])[-－−](?=[0-9０-９]) | 负(?=[0-9０-９{cn}]))?
        (?<!第)(?<!第\x20)                                     # not an ordinal
        (?:(?<![0-9０-９.．])(?<![0-9],)(?=[0-9０-９])           # an Arabic numeral's start
          |(?<![{cn}])(?![0-9０-９])                            # a Chinese numeral's start,
           (?(prefix)|(?![万亿千百萬億](?![{cn}多余几来]|分之))))  # not a lone 万 or 百 (万亩亿元)
        (?:
            (?<![上下大多前后这那每近{cn}])(?P<half>半)           # 半年, 半个月, 半斤
            (?P<hunit>{alternation(HALF_UNITS)})(?![度级报])
          | (?<![上下大多前后这那每近{cn}])(?P<halfpct>半成(?!品)|半折)  # 半成 (5%), 半折 (50%)
          | (?<=打)(?P<duizhe>对折|對折)                         # 打对折 (50%)
          | (?P<num>{num})                                      # the number, read once; then
           (?:
            (?P<frac>分之)(?P<fsign>负)?(?P<fnum>{num})         # 三分之一, 百分之八十, 千分之三
          | (?P<cheng>成)(?P<chalf>半)?                         # 两成, 2成, 三成半
          | (?P<zhe>折)(?![合算旧扣叠腾射返磨])                  # 八折, 7.5折
          |
            (?:(?:\x20?(?P<rsep>[-—–~～至到])\x20?|{_enumerated_neighbours()})
               (?P<num2>{num}))?                                # 5至10万元, 3000到5000, 四、五千
            (?:(?P<mid>[多余几来])                              # 1000多万 / 420余万 / 十几万
               (?P<mag>[{''.join(MAGNITUDES)}]*))?              # (a magnitude right after the
                                                               # number is part of it: 3000万)
            (?P<mid2>[多余])?                                   # 3000万余元
            (?:(?<=[0-9０-９])\x20)?                            # 3.0 公里
            (?:(?={_unit_starts()})(?:                         # a unit's first character, then
                (?P<geyi>个(?P<gmid>[多余])?亿元?)               # 3.5个亿
              | (?P<cur>{alternation(set(CURRENCIES) | set(CURRENCY_CENTS))})  # 500万美元, 5306亿台币
              | (?P<yuan>元|圆|块钱)                             # 50元6角三分, 8亿元人民币
                (?:零?(?P<jiao>[{digit}])[角毛])?
                (?:零?(?P<fen>[{digit}])分(?![之钟]))?
                (?P<zheng>整)?(?P<rmb>人民币)?
              | (?P<jiaoonly>[角毛])(?:零?(?P<fen2>[{digit}])分(?![之钟]))?  # 壹角, 肆角叁分
              | (?P<fenonly>分)(?![之钟])                        # 壹分 (financial numerals only)
              | (?P<unit>{_units()})(?P<uhalf>半(?![岛导径]))?     # 两米半, 三斤半
              | (?P<dur>{_durations()})(?![级代度底初末前中年岁])  # 30周年 and 18周岁 are not weeks
                (?P<dhalf>半(?![岛导径]))?                        # 两年半
              | (?P<measure>{_measures()}))
              | (?(money_noun)|(?(cur_pre)|(?!)))              # 资金6261万: no unit after a money noun
            )
           )
        )
        (?P<suffix>{alternation(SUFFIXES)})?
        """,
        VERBOSE,
    )
