"""The date pattern, built from :mod:`aidparse.extract.dates.tables` on first use.

One pattern finds every *atom*: a point or period as the text writes it (``2023年5月24日``,
``3月份``, ``今年上半年``, ``十四五``, ``24日``, ``下周三`` ...). Ranges are not in the pattern: two
atoms with a range separator between them are joined afterwards (``resolve.py``), so nothing here
scans ahead over an unbounded run of text. Every repetition is bounded (at most two spaces
between the parts of a date), so the cost per character stays constant whatever follows a date,
a long run of spaces included.

Units may be left off the first end of a range (``2023年1—6月``, ``2020—2022年``,
``5月24—26日``): such an *open* end is matched only when a separator and a number follow it,
and it is kept only when the atom after the separator supplies the unit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from aidparse._precompiled_re import compile_re
from aidparse.extract.dates.tables import (
    AGO_UNITS,
    AGO_WORDS,
    CONTEXT_YEARS,
    ERAS,
    HOLIDAYS,
    MONTH_OFFSETS,
    MONTH_PARTS,
    PLAN_PERIODS,
    RANGE_SEPARATORS,
    RELATIVE_DAYS,
    RELATIVE_YEARS,
    WEEK_OFFSETS,
    WEEK_WORDS,
    WEEKDAY_HOLIDAYS,
    YEAR_PARTS,
    YEAR_PARTS_NEED_YEAR,
)

__all__ = ["AGO_NUMERAL_CHARS", "ago_pattern", "date_pattern"]


def _alt(words: object) -> str:
    """A regex alternation of words, longest first (so ``上上个月`` wins over ``上月``)."""
    items = sorted(set(words), key=lambda w: (-len(w), w))  # type: ignore[call-overload]
    return "|".join(re.escape(w) for w in items)


_SP = r"[ \u3000]{0,2}"  # spaces inside a date, bounded (never \s*)
_CN = "〇零○一二三四五六七八九"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# three positional digits are a year only before a month: 三六七年一月一日
_YEAR = rf"""(?:\d{{4}}
               |[{_CN}]{{3}}(?:[{_CN}]|(?=[ \u3000]{{0,2}}年[ \u3000]{{0,2}}{_MONTH}[ \u3000]{{0,2}}月))
               |[两二]千(?:零[一二三四五六七八九]|零?一?十[一二三四五六七八九]?
                        |[一二三四五六七八九]十[一二三四五六七八九]?)?)"""
_YEAR2 = r"(?:0\d|[〇零○][一二三四五六七八九])"  # 08年, 零八年
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ADAY = r"(?:3[01]|[12]\d|0?[1-9])"
#: What 世纪 may follow in a decade (上世纪90年代, 20世纪80年代), in the pattern's order.
_CENTURIES = ("上", "本", "这个", "二十一", "二十", "十九", "21", "20", "19")
#: The characters an atom may begin with other than the words of the tables: digits, Chinese
#: numerals (years, months, days, 十四五), the quote marks before a planning period.
_NUMERAL_STARTS = "0123456789" + _CN + "十两“\"‘「『"


def _word_starts(words: Iterable[str], then: str) -> set[str]:
    """The first two characters of a match that begins with one of ``words``; ``then``: the
    characters that may follow a one-character word."""
    return {w[:2] for w in words if len(w) >= 2} | {w + c for w in words if len(w) == 1 for c in then}


def _second_test() -> str:
    """A lookahead at a position that passed the first character's test: a numeral's character,
    or the first two characters of a word an atom may begin with (世纪, weeks, holidays,
    relative years …). Most positions the first test lets through are Han characters that begin
    such a word only now and then (中, 民, 大, 建, 国, 上 …): this keeps the atom alternation from
    being tried there. It holds wherever an atom matches, so the atoms found are the same."""
    bare_yparts = set(YEAR_PARTS) - YEAR_PARTS_NEED_YEAR - {"初", "底", "末"}
    pairs = _word_starts([*ERAS, *RELATIVE_YEARS, *CONTEXT_YEARS, *MONTH_OFFSETS, *RELATIVE_DAYS,
                          *HOLIDAYS, *WEEKDAY_HOLIDAYS, *PLAN_PERIODS, *bare_yparts], "")
    pairs |= _word_starts(_CENTURIES, " \u3000世")  # 上世纪, 上 世纪
    pairs |= _word_starts(WEEK_OFFSETS, "".join(w[0] for w in WEEK_WORDS))  # 上周, 这星期
    pairs |= _word_starts(WEEK_WORDS, "一二三四五六日天末")  # 周三, 星期日
    seconds: dict[str, set[str]] = {}
    for pair in pairs:
        if pair[0] not in _NUMERAL_STARTS:
            seconds.setdefault(pair[0], set()).add(pair[1])
    words = "|".join(re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(then)) + "]"
                     for first, then in sorted(seconds.items()))
    numerals = "".join(re.escape(c) for c in _NUMERAL_STARTS)
    return f"(?=[{numerals}]|{words})"


#: The numerals a count of time before 年前/天前 may be written in (at most three of them).
AGO_NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十")


@functools.cache
def ago_pattern() -> re.Pattern[str]:
    """Time counted back from the report's date, found by its unit and 前 (``年前``, ``个月之前``,
    ``天以前``); the count before it (``5``, ``三``) is read by ``atoms.ago_atoms``. A pattern of
    its own that begins with the unit: numerals are frequent in Chinese text, units followed by
    前 are not, so this costs a fraction of trying it at every numeral in :func:`date_pattern`."""
    return compile_re(f"(?:{_alt(AGO_UNITS)})(?:{_alt(AGO_WORDS)})")


@functools.cache
def date_pattern() -> re.Pattern[str]:
    """The compiled atom pattern (standard syntax, so the fast stdlib engine runs it)."""
    sep = _alt(RANGE_SEPARATORS)
    to_month = rf"(?={_SP}(?:{sep}){_SP}{_MONTH}{_SP}月)"  # an open month before 至6月
    to_day = rf"(?={_SP}(?:{sep}){_SP}{_DAY}{_SP}[日号])"  # an open day before 至26日
    mparts = _alt(MONTH_PARTS)
    yparts = _alt(YEAR_PARTS)
    bare_yparts = _alt(set(YEAR_PARTS) - YEAR_PARTS_NEED_YEAR - {"初", "底", "末"})
    holidays = _alt([*HOLIDAYS, *WEEKDAY_HOLIDAYS])
    rel_years = _alt([*RELATIVE_YEARS, *CONTEXT_YEARS])
    week = _alt(WEEK_OFFSETS)

    def cn_day(n: str) -> str:
        """A day in Chinese numerals without 日: 八月十五 (after a Chinese month), 三月初一."""
        return rf"""(?:(?<=[一二三四五六七八九十]月)
                       (?P<dc{n}>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])
                     | 初(?P<di{n}>[一二三四五六七八九十]))
                    (?![日号\d{_CN}十百千万个名])"""

    def tail(n: str) -> str:
        """What may follow a year (``年``): a month, a day, a part, a holiday; group names end in n."""
        return rf"""
        (?:{_SP}(?P<m{n}>{_MONTH})(?:{_SP}月(?:份)?|{to_month})   # 5月 / 5月份 / 1(—6月)
            (?:{_SP}(?P<d{n}>{_DAY})(?:{_SP}[日号]|{to_day})       # 24日 / 24(至26日)
              | {cn_day(n)}                                        # 八月十五
              | (?P<mp{n}>{mparts}))?                              # 上旬 / 底
          | 的?(?P<yp{n}>{yparts})(?!月)                           # 上半年 / 底 / 第一季度
          | 的?(?P<h{n}>{holidays})                                # 国庆节
        )?"""

    first = set(_NUMERAL_STARTS)
    first |= {w[0] for w in ERAS}
    for table in (RELATIVE_YEARS, CONTEXT_YEARS, MONTH_OFFSETS, RELATIVE_DAYS, HOLIDAYS,
                  WEEKDAY_HOLIDAYS, PLAN_PERIODS, YEAR_PARTS, WEEK_OFFSETS, WEEK_WORDS):
        first |= {w[0] for w in table}
    prefilter = "".join(sorted(re.escape(c) for c in first))

    return compile_re(
        rf"""
        (?=[{prefilter}]){_second_test()}              # a quick test, then a closer one
        (?:
          # -- numeric: 2018-10-29 11:27:00, 2021/3/27, 2010.01.29, 2010 01 29
          (?P<K_num>
            (?<![0-9A-Za-z./_])
            (?P<ny>\d{{4}})(?P<ns>[-/.])(?P<nm>\d{{1,2}})(?P=ns)(?P<nd>\d{{1,2}})(?![0-9])
            (?:[ T\u3000]{{0,2}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?
          | (?<![0-9A-Za-z./:_-])
            (?P<sy>\d{{4}})\ (?P<sm>\d{{2}})\ (?P<sd>\d{{2}})(?![0-9])
          | # an aggregator stamp: 2023 10/24 09:59:47 (only with its time)
            (?<![0-9A-Za-z./:_-])
            (?P<ay>\d{{4}})\ {{1,2}}(?P<am>\d{{1,2}})/(?P<ad>\d{{1,2}})
            (?=\ {{1,2}}\d{{1,2}}:\d{{2}})(?:\ {{1,2}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?)
          | # the year last: 11.01.2016 18:09 (aggregators print the day first), 13.5.2015,
            # 1/2/2020 (which first? the page may say), 05/05/89 (a two-digit year that cannot
            # be a day: 1950–1999 only)
            (?<![0-9A-Za-z./:_-])
            (?P<fd>\d{{1,2}})(?P<fs>[-/.])(?P<fm>\d{{1,2}})(?P=fs)(?P<fy>\d{{4}}|[5-9]\d)(?![0-9])
            (?:[ \u3000]{{0,2}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?
          | # compact: 20240307 (checked against identifiers afterwards)
            (?<![0-9A-Za-z./:_-])
            (?P<cy>(?:19|20)\d{{2}})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])
            (?![0-9A-Za-z_]|[./-]\d)
          )
          | # years without 年 as a period: 从2016到2018, （2016-2020）
          (?P<K_byr>
            (?:(?<=[从自])|(?<=[（(]))
            (?P<by1>(?:19|20)\d{{2}}){_SP}(?:{sep}){_SP}(?P<by2>(?:19|20)\d{{2}})
            (?![0-9年./:-])
          )
          | # planning periods: 十四五, “十三五”期间
          (?P<K_plan>
            (?P<pq>[“"‘「『])?(?<![{_CN}十百千])(?P<plan>{_alt(PLAN_PERIODS)})
            (?![{_CN}十百千])(?P<pq2>[”"’」』])?(?P<pw>期间|时期)?
          )
          | # decades: 20世纪80年代, 上世纪90年代, 九十年代
          (?P<K_dec>
            (?:(?P<cen>{"|".join(_CENTURIES)}){_SP}世纪)?
            (?<![\d{_CN}十])(?P<dec>[1-9]0|[一二三四五六七八九]十){_SP}年代(?P<decp>初|末|中期|中后期)?
          )
          | # a year, then a month, a day or a part: 2023年5月24日, 2016年底, 二〇二三年上半年
          (?P<K_year>
            (?<![0-9{_CN}十百千万两.．])
            (?P<y>{_YEAR}|{_YEAR2}
                 |(?P<era>{_alt(ERAS)})(?P<eran>元|\d{{1,3}}|[一二三四五六七八九十]{{1,3}})
                 |(?:(?<![\u4e00-\u9fff])|(?<=[至到于在从自]))    # 18年10月, not 康熙20年9月
                  \d{{2}}(?={_SP}年{_SP}{_MONTH}{_SP}月))
            {_SP}年
            (?![级代轻龄]|{_SP}\d{{1,2}}{_SP}期)                # not 年级, 年代, 2018年1期 (an issue)
            {tail("")}
          )
          | # an open year before a range: 2020(—2022年), 1995 (- 1997年)
          (?P<K_oy>
            (?<![0-9{_CN}十百千万两.．])
            (?P<oy>{_YEAR})(?={_SP}(?:{sep}){_SP}{_YEAR}{_SP}年)
          )
          | # a year relative to the reference or to the text: 今年5月, 去年年底, 当年
          (?P<K_ry>
            (?P<ry>{rel_years})
            (?:(?P<rym>本月)(?:(?P<rymd>{_DAY}){_SP}[日号]|(?P<rymp>{mparts}))?  # 去年本月十日
              |{tail("1")})
          )
          | # a month relative to the reference: 上个月, 本月十日, 上月底
          (?P<K_rm>
            (?P<rm>{_alt(MONTH_OFFSETS)})
            (?:(?P<rmd>{_DAY}){_SP}[日号]|(?P<rmp>{mparts}))?
          )
          | # a month without a year: 5月24日, 3月份, 三月初, 5(—10月)
          (?P<K_m2>
            (?<![0-9{_CN}十百千万两第年.．])                # not 每年5月, 康熙20年9月
            (?P<m2>{_MONTH})(?:{_SP}月(?:份)?(?!龄)|{to_month})      # not 5月龄 (an age)
            (?:{_SP}(?P<d2>{_DAY})(?:{_SP}[日号]|{to_day})
              | {cn_day("2")}
              | (?P<mp2>{mparts}))?
          )
          | # a day without a month: 24日, 12号 (Arabic digits only), and 26日 after a separator
          (?P<K_od>
            (?<![0-9{_CN}十百千万两第每月.．])
            (?P<od>{_ADAY})(?P<odw>[日号])
          | (?<=[至到—–\-－~～〜])
            (?P<odc>{_DAY})[日号]
          )
          | # parts of a year without a year: 上半年, 第一季度 (年底 alone only refers)
          (?P<K_yp>{bare_yparts})
          | (?P<K_h>{holidays})
          | (?P<K_rd>{_alt(RELATIVE_DAYS)})
          | # weeks and weekdays: 上周一, 下下周日, 星期三, 这个星期一, 下周
          (?P<K_week>
            (?P<wo>{week})(?P<ww>{_alt(WEEK_WORDS)})(?P<wd>[一二三四五六日天末])?
          | (?P<ww2>{_alt(WEEK_WORDS)})(?P<wd2>[一二三四五六日天末])
          )
        )
        """,
        re.VERBOSE,
    )
