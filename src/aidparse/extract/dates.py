"""Dates and periods: absolute, partial, ranges, and relative ones.

Values are ISO strings as precise as the text: ``2020``, ``2020-03``,
``2023-05-24``; ranges as ``2017/2018``; a month and day without a year as
``--05-24``. Relative dates (今年5月, 年底, 上半年, 1月4日) get their year from
``reference`` when one is given and are then marked ``resolved``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from aidparse.extract.numerals import parse_number
from aidparse.models import DateMention, Span

__all__ = ["extract_dates"]

_CN = "〇零一二三四五六七八九十"
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_PART = r"(?P<part>上旬|中旬|下旬|初|底|末|中)?"


@functools.cache
def _pattern() -> re.Pattern[str]:
    # standard syntax only, so the stdlib engine (2-3x faster here) does the scan
    return re.compile(
        rf"""
        (?<![\d{_CN}])
        (?:
            # 2018-10-29 11:27:00 / 2018/10/29 / 2018.10.29
            (?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d])
            (?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?
          | # 2017至2018年 / 2020—2022年
            (?P<ry1>{_YEAR})\s*(?:年)?\s*[至到—–\-~～]\s*(?P<ry2>{_YEAR})年(?!级|代)
          | # 2023年5月24日 / 2019年12月 / 2023年8月中旬 / 2020年
            (?P<y>{_YEAR})年(?!级|代)
            (?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号])?)?
            {_PART}
          | # relative: 今年5月 / 去年 / 明年底 / 上半年
            (?P<rel>今年|去年|明年|前年|当年|本年)
            (?:(?P<rm>{_MONTH})月(?:(?P<rd>{_DAY})[日号])?)?(?P<rpart>上旬|中旬|下旬|初|底|末)?
          | (?P<half>上半年|下半年|年初|年底|年末)
          | # 5月24日 / 3月底 (no year)
            (?<![年\d])(?P<m2>{_MONTH})月(?:(?P<d2>{_DAY})[日号]|(?P<part2>上旬|中旬|下旬|初|底|末))
        )
        """,
        re.VERBOSE,
    )


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    value = parse_number(text)
    return int(value) if value is not None else None


def _month_range(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    bounds = {
        None: (1, last), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last),
        "初": (1, 10), "中": (11, 20), "底": (21, last), "末": (21, last),
    }
    lo, hi = bounds.get(part, (1, last))
    return dt.date(year, month, lo), dt.date(year, month, hi)


def _valid(year: int, month: int | None = None, day: int | None = None) -> bool:
    if not 1000 <= year <= 2999:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        assert month is not None
        return 1 <= day <= calendar.monthrange(year, month)[1]
    return True


def _mention(m: re.Match[str], reference: dt.date | None) -> DateMention | None:
    span = Span(start=m.start(), end=m.end())
    text = m.group()
    if m.group("iy"):
        iy, im, iday = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if not _valid(iy, im, iday):
            return None
        day = dt.date(iy, im, iday)
        return DateMention(text=text, span=span, value=day.isoformat(), start=day, end=day)
    if m.group("ry1"):
        y1, y2 = _num(m.group("ry1")), _num(m.group("ry2"))
        if y1 is None or y2 is None or not (_valid(y1) and _valid(y2)) or y2 <= y1:
            return None
        return DateMention(text=text, span=span, value=f"{y1}/{y2}",
                           start=dt.date(y1, 1, 1), end=dt.date(y2, 12, 31))
    resolved = False
    part = None
    y: int | None
    mo: int | None
    d: int | None
    if m.group("y"):
        y = _num(m.group("y"))
        mo, d, part = _num(m.group("m")), _num(m.group("d")), m.group("part")
    elif m.group("rel") or m.group("half"):
        if reference is None:
            return None
        offset = {"去年": -1, "明年": 1, "前年": -2}.get(m.group("rel") or "", 0)
        y = reference.year + offset
        resolved = True
        half = m.group("half")
        if half:
            lo, hi = {"上半年": (1, 6), "下半年": (7, 12), "年初": (1, 1),
                      "年底": (12, 12), "年末": (12, 12)}[half]
            start = dt.date(y, lo, 1)
            end = dt.date(y, hi, calendar.monthrange(y, hi)[1])
            value = f"{y}-{lo:02d}" if lo == hi else f"{y}-{lo:02d}/{y}-{hi:02d}"
            return DateMention(text=text, span=span, value=value, start=start, end=end,
                               resolved=True)
        mo, d, part = _num(m.group("rm")), _num(m.group("rd")), m.group("rpart")
    else:
        mo, d, part = _num(m.group("m2")), _num(m.group("d2")), m.group("part2")
        if reference is None:
            if mo is None or not 1 <= mo <= 12:
                return None
            value = f"--{mo:02d}-{d:02d}" if d else f"--{mo:02d}"
            return DateMention(text=text, span=span, value=value)
        y, resolved = reference.year, True
    if y is None or not _valid(y, mo, d if mo else None):
        return None
    if mo is None:
        if part in ("初",):
            return DateMention(text=text, span=span, value=f"{y}", start=dt.date(y, 1, 1),
                               end=dt.date(y, 12, 31), resolved=resolved)
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        if part in ("底", "末"):
            start = dt.date(y, 12, 1)
        return DateMention(text=text, span=span, value=f"{y}", start=start, end=end,
                           resolved=resolved)
    if d is not None:
        day = dt.date(y, mo, d)
        return DateMention(text=text, span=span, value=day.isoformat(), start=day, end=day,
                           resolved=resolved)
    start, end = _month_range(y, mo, part)
    return DateMention(text=text, span=span, value=f"{y}-{mo:02d}", start=start, end=end,
                       resolved=resolved)


def extract_dates(text: str, *, reference: dt.date | None = None) -> list[DateMention]:
    """Extract dates and periods.

    Args:
        text: Cleaned text.
        reference: The report's own date; relative dates are resolved against it.

    Examples:
        >>> [d.value for d in extract_dates("2023年5月24日进疆,2017至2018年总投资,2019年12月起")]
        ['2023-05-24', '2017/2018', '2019-12']
        >>> d = extract_dates("2023年8月中旬")[0]
        >>> d.start.isoformat(), d.end.isoformat()
        ('2023-08-11', '2023-08-20')
        >>> [(d.value, d.resolved) for d in extract_dates("今年5月,3月底", reference=dt.date(2020, 6, 1))]
        [('2020-05', True), ('2020-03', True)]
        >>> extract_dates("带动就业2000余人,被拐26年,四年级学生")
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError("reference must be a datetime.date or None")
    out = []
    for m in _pattern().finditer(text):
        mention = _mention(m, reference)
        if mention is not None:
            out.append(mention)
    return out
