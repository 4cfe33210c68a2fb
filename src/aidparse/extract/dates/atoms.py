"""From a match of the date pattern to an :class:`Atom`: the parts of a date as the text writes
them, before any year is looked for."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, fields

from aidparse.extract.dates.patterns import AGO_NUMERAL_CHARS, ago_pattern
from aidparse.extract.dates.tables import (
    AGO_FOLLOWERS_NOT,
    AGO_UNITS,
    CN_DIGIT,
    CONTEXT_YEARS,
    DAY_FOLLOWERS_NOT_DATE,
    ERAS,
    HAO_DAY_FOLLOWERS,
    HOLIDAY_ALIASES_NEED_CONTEXT,
    HOLIDAY_WORDS,
    HOLIDAYS,
    ID_LABELS,
    LUNAR_WORDS,
    MONTH_OFFSETS,
    MONTH_PARTS,
    PLAN_ALIASES_NEED_CONTEXT,
    PLAN_PERIODS,
    PLAN_WORDS,
    RELATIVE_DAYS,
    RELATIVE_YEARS,
    WEEK_OFFSETS,
    WEEKDAY_HOLIDAYS,
    WEEKDAY_ORDINAL_ENDS,
    WEEKDAYS,
    YEAR_PARTS,
)
from aidparse.extract.numerals import parse_number

__all__ = ["Atom", "ago_atoms", "atom", "merge_atoms"]

#: Characters after which a bare ``周三``/``明天`` is still a time (a time of day, a connective,
#: punctuation, a pronoun): ``周三上午``, ``周一至周五``, ``明天，``, ``后天你…``.
_TIME_FOLLOWERS = frozenset(
    "上下中早晚凌傍午夜至到和与及、，,。；;：:！!？? \u3000\n"
    "我你他她们"  # the subject after a time at the head of a clause
    "起在将正已就也都又再才便即要会是")  # adverbs and prepositions
#: What follows 周 in words that are not weeks: 周边, 周围, 周期, 周年, 周岁, 周转 ...
_NOT_WEEK = frozenset("边围期年岁转长刊报到全密身知游")
#: Measure words and numerals after which 十四五 is a count (十四五个人), not a plan.
_COUNTED = frozenset("个名人岁天元万千百亿次家户所位项条年月日号%")


@dataclass(slots=True)
class Atom:
    """The parts of one date as written. Relative parts are offsets; ``open`` names a unit the
    text leaves to the other end of a range (``2023年1—6月``)."""

    start: int
    end: int
    year: int | None = None
    year_rel: int | None = None  # from the reference year: 今年 0, 去年 -1
    year_ctx: int | None = None  # from the text's year: 当年 0, 次年 1
    month: int | None = None
    month_rel: int | None = None  # from the reference month: 本月 0, 上个月 -1
    day: int | None = None
    day_rel: int | None = None  # from the reference day: 明天 1
    week_rel: int | None = None  # from the reference week: 下周 1
    weekday: int | None = None
    weekend: bool = False
    ypart: tuple[int, int] | None = None  # first and last month
    mpart: tuple[int, int | None] | None = None  # first and last day
    holiday: tuple[int, int] | None = None  # month, day
    nth_weekday: tuple[int, int, int] | None = None  # month, weekday, n: 母亲节
    open: str | None = None  # "y", "m" or "d": a unit written only on the range's other end
    fixed: tuple[dt.date, dt.date, str] | None = None  # start, end, value: stated whole
    alone: bool = True  # False: a reference word (今年, 当年) emitted only as part of a range
    dateline: bool = False  # the page's own date: a wire dateline (…7月12日电) or a stamp
    ago: tuple[int, str] | None = None  # counted back from the reference: (5, "y") for 5年前
    needs_month: bool = False  # 12号: a day only when a month is named before it
    void: bool = False  # a day that does not exist (2月30日): no date, nor its range's other end
    order: tuple[int, int, int] | None = None  # 1/2/2020: day or month first is not said
    order_shown: str = ""  # "dmy" or "mdy": the order a slashed date shows (31/12/2020)
    bare_weekday: bool = False  # 星期一 with no week word: may qualify the date before it
    weekday_check: int | None = None  # the weekday written after a date (10月12号，星期一)

    def with_(self, **changes: object) -> Atom:
        """A copy with some parts changed (``dataclasses.replace`` is ten times slower here)."""
        new = Atom.__new__(Atom)
        for name in _FIELDS:
            setattr(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    @property
    def grain(self) -> str:
        """The finest unit written: "d", "m", "y" (or "" for relative and fixed forms)."""
        if self.day is not None or self.open == "d":
            return "d"
        if self.month is not None or self.open == "m":
            return "m"
        if self.year is not None or self.year_rel is not None or self.year_ctx is not None:
            return "y" if self.ypart is None and self.holiday is None and (
                self.nth_weekday is None) else ""
        return "y" if self.open == "y" else ""

    def without_open(self) -> Atom | None:
        """The atom without its open unit, or ``None`` when nothing is left of it."""
        if self.open is None:
            return self
        if self.open == "d":
            return self.with_(open=None, day=None)
        if self.open == "m" and (self.year is not None or self.year_rel is not None):
            return self.with_(open=None, month=None)
        return None


_FIELDS = tuple(f.name for f in fields(Atom))


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in CN_DIGIT for ch in text):  # positional: 二〇二三, 零八
        return int("".join(str(CN_DIGIT[ch]) for ch in text))
    value = parse_number(text.replace("○", "〇"))
    return int(value) if value is not None else None


def _year(text: str) -> int | None:
    value = _num(text)
    if value is None:
        return None
    if len(text) == 2 and (text.isdigit() or all(ch in CN_DIGIT for ch in text)):
        # 08年, 零八年, 18年10月: 00–49 → 20xx, 50–99 → 19xx
        return value + (2000 if value < 50 else 1900)
    if len(text) == 3 and all(ch in CN_DIGIT for ch in text):
        return value if value >= 100 else None  # 三六七年一月 (the pattern asks for the month)
    return value if 1000 <= value <= 2999 else None


def _era_year(g: dict[str, str | None]) -> int | None:
    """民国三年 → 1914 (:data:`~aidparse.extract.dates.tables.ERAS`)."""
    era, count = g["era"], g["eran"]
    assert era is not None and count is not None
    n = 1 if count == "元" else _num(count)
    return None if n is None or n < 1 else ERAS[era] + n


def _day_ok(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _follows(text: str, end: int, words: tuple[str, ...]) -> bool:
    return any(text.startswith(w, end) for w in words)


def atom(m: re.Match[str], text: str) -> Atom | None:
    """The atom a match stands for, or ``None`` when the words only look like a date."""
    kind = m.lastgroup
    start, end = m.start(), m.end()
    if kind == "K_rd":
        return _relative_day(m.group(), start, end, text)
    if kind == "K_week":
        return _week(m, start, end, text)
    if kind == "K_h":
        name = m.group()
        if name in HOLIDAY_ALIASES_NEED_CONTEXT and not _follows(text, end, HOLIDAY_WORDS):
            return None
        return _holiday(Atom(start, end), name)
    if kind == "K_yp":
        return Atom(start, end, ypart=YEAR_PARTS[m.group()])
    if kind == "K_od":
        if m.group("od") and _follows(text, end, DAY_FOLLOWERS_NOT_DATE):
            return None  # 15日内, 3日游: a count of days
        hao = m.group("odw") == "号"
        if hao and end < len(text) and not _follows(text, end, HAO_DAY_FOLLOWERS):
            return None  # 12号楼, 3号线, 12号文件: a label
        day = _day(m.group("od") or m.group("odc"))
        return None if day is None else Atom(start, end, day=day, needs_month=hao)
    g = m.groupdict()
    if kind == "K_num":
        return _numeric(g, start, end, text)
    if kind == "K_plan":
        return _plan(m, text)
    if kind == "K_byr":
        first, last = int(m.group("by1")), int(m.group("by2"))
        if not first < last <= first + 100:
            return None
        return Atom(start, end, year=first,
                    fixed=(dt.date(first, 1, 1), dt.date(last, 12, 31), f"{first}/{last}"))
    if kind == "K_dec":
        return _decade(g, start, end)
    before = text[max(0, start - 6) : start]
    if "历" in before and any(w in before for w in LUNAR_WORDS):
        return None  # 农历2015年十月初一: a lunar date, not converted
    if kind in ("K_year", "K_ry"):
        n = "" if kind == "K_year" else "1"
        base = Atom(start, end)
        if kind == "K_year":
            base.year = _era_year(g) if g["era"] else _year(m.group("y"))
            if base.year is None:
                return None
        else:
            word = m.group("ry")
            base.alone = False  # 今年, 当年 alone only refer
            if word in RELATIVE_YEARS:
                base.year_rel = RELATIVE_YEARS[word]
            else:
                base.year_ctx = CONTEXT_YEARS[word]
            if g["rym"]:  # 去年本月十日: the reference's month, in the year named
                if base.year_rel is None:
                    return None
                base.month_rel, base.alone = 0, True
                return _day_or_part(base, g["rymd"], g["rymp"])
        return _tail(base, m, g, n, text)
    if kind == "K_oy":
        year = _year(m.group("oy"))
        return None if year is None else Atom(start, end, year=year, open="y")
    if kind == "K_rm":
        return _day_or_part(Atom(start, end, month_rel=MONTH_OFFSETS[m.group("rm")]), g["rmd"], g["rmp"])
    return _month(Atom(start, end), g, "2", text)  # K_m2


def _relative_day(word: str, start: int, end: int, text: str) -> Atom | None:
    prev = text[start - 1 : start]
    nxt = text[end : end + 1]
    if prev in ("的", "之", "至") or nxt in ("的", "之") or _inside_title(text, start):
        return None  # 美好的明天, 今日之新疆, 时至今日, 《明日之后》: a figure or a name
    if (word[0] in "前后後" or word[-1] == "日") and nxt and nxt not in _TIME_FOLLOWERS:
        return None  # 提前天数, 先天后天, 今日辽宁 (a periodical), 今日头条
    return Atom(start, end, day_rel=RELATIVE_DAYS[word])


def _tail(base: Atom, m: re.Match[str], g: dict[str, str | None], n: str,
          text: str) -> Atom | None:
    """What follows a year: a part, a holiday, a month (and a day)."""
    if g[f"yp{n}"]:
        base.ypart, base.alone = YEAR_PARTS[m.group(f"yp{n}")], True
        return base
    if g[f"h{n}"]:
        if m.group(f"h{n}") in HOLIDAY_ALIASES_NEED_CONTEXT and not _follows(
                text, base.end, HOLIDAY_WORDS):
            base.end = m.start(f"h{n}")  # 2019年十一个…: the year alone
            return base
        base.alone = True
        return _holiday(base, m.group(f"h{n}"))
    if g[f"m{n}"]:
        return _month(base, g, n, text)
    return base


def _day(text: str | None) -> int | None:
    """A day of the month as written (1 to 31), or ``None``."""
    day = _num(text)
    return day if day is not None and 1 <= day <= 31 else None


def _day_or_part(a: Atom, day_text: str | None, part: str | None) -> Atom | None:
    """``a`` with the day or the part of the month written after it (十日, 上旬); ``None`` for no such day."""
    if day_text:
        day = _day(day_text)
        if day is None:
            return None
        a.day = day
    elif part:
        a.mpart = MONTH_PARTS[part]
    return a


def _month(base: Atom, g: dict[str, str | None], n: str, text: str) -> Atom | None:
    month = _num(g[f"m{n}"])
    if month is None or not 1 <= month <= 12:
        return None
    a = base
    a.month, a.alone = month, True
    a.open = None if "月" in text[base.start : base.end] else "m"
    if g[f"d{n}"] or g[f"dc{n}"] or g[f"di{n}"]:
        day = _day(g[f"d{n}"] or g[f"dc{n}"] or g[f"di{n}"])
        if day is None:
            return None
        written = g[f"d{n}"] is None or text[base.end - 1] in "日号"
        a.day, a.open = day, None if written else "d"
        if a.end < len(text) and text[a.end] in "电讯" and a.open is None:
            a.dateline = True
    elif g[f"mp{n}"]:
        word = g[f"mp{n}"]
        assert word is not None
        a.mpart = MONTH_PARTS[word]
    if a.day is not None and a.open is None and not _day_ok(
            2000 if a.year is None else a.year, month, a.day):  # 2000: 2月29日 can exist
        a.void = True  # 2月30日, 2019年2月29日: no such day
    return a


def _numeric(g: dict[str, str | None], start: int, end: int, text: str) -> Atom | None:
    if g["ny"]:
        y, mo, d = int(g["ny"]), int(g["nm"] or 0), int(g["nd"] or 0)
    elif g["sy"]:
        y, mo, d = int(g["sy"]), int(g["sm"] or 0), int(g["sd"] or 0)
    elif g["ay"]:
        y, mo, d = int(g["ay"]), int(g["am"] or 0), int(g["ad"] or 0)
    elif g["fy"]:
        y, first, second, sep = int(g["fy"]), int(g["fd"] or 0), int(g["fm"] or 0), g["fs"]
        if y < 100:  # 05/05/89: a two-digit year above 31 cannot be a day
            y += 1900
        if sep != "." and first <= 12 and second <= 12 and first != second:
            # 1/2/2020: day first or month first? not said here; the page's other dates may
            # say it (see resolve.fix_orders), else it is left out
            if not (_day_ok(y, first, second) and _day_ok(y, second, first)):
                return None
            return Atom(start, end, year=y, order=(first, second, y))
        d, mo = (second, first) if sep != "." and second > 12 else (first, second)
    else:
        before = text[max(0, start - 8) : start]
        if any(label in before for label in ID_LABELS):
            return None  # 电话:20240307, 编号20240307
        y, mo, d = int(g["cy"] or 0), int(g["cm"] or 0), int(g["cd"] or 0)
    if not 1000 <= y <= 2999 or not _day_ok(y, mo, d):
        return None
    if g["fy"]:
        # the order this date shows: day first (31/12/2020) or month first (12/31/2020)
        order = "" if sep == "." or d == mo else "dmy" if d == first else "mdy"
        return Atom(start, end, year=y, month=mo, day=d,
                    fixed=(dt.date(y, mo, d), dt.date(y, mo, d), dt.date(y, mo, d).isoformat()),
                    dateline=":" in text[start:end], order_shown=order)
    day = dt.date(y, mo, d)
    stamp = ":" in text[start:end]  # a date with its time is the page's stamp: it dates the page
    return Atom(start, end, year=y, month=mo, day=d, fixed=(day, day, day.isoformat()),
                dateline=stamp)


def _plan(m: re.Match[str], text: str) -> Atom | None:
    name = m.group("plan")
    quoted = bool(m.group("pq") and m.group("pq2"))
    start = m.start() if quoted else m.start("plan")
    end = m.end() if quoted or not m.group("pq2") else m.end("plan")
    if not quoted and m.group("pw") is None and m.group("pq2") is None:
        end = m.end("plan")
    worded = bool(m.group("pw")) or _follows(text, m.end(), PLAN_WORDS) or _follows(
        text, m.end("plan"), PLAN_WORDS)
    if name in PLAN_ALIASES_NEED_CONTEXT and not (quoted or worded):
        return None
    if not quoted and text[m.end("plan") : m.end("plan") + 1] in _COUNTED:
        return None  # 十四五个人
    first, last = PLAN_PERIODS[name]
    return Atom(start, end, year=first,
                fixed=(dt.date(first, 1, 1), dt.date(last, 12, 31), f"{first}/{last}"))


def _decade(g: dict[str, str | None], start: int, end: int) -> Atom | None:
    decade = _num(g["dec"])
    if decade is None:
        return None
    century = {"上": 1900, "十九": 1800, "19": 1800, "二十": 1900, "20": 1900, "本": 2000,
               "这个": 2000, "二十一": 2000, "21": 2000}.get(g["cen"] or "")
    if century is None:
        if decade < 30:
            return None  # 20年代: the 1920s or the 2020s? not said
        century = 1900
    first = century + decade
    return Atom(start, end, year=first,
                fixed=(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"{first}/{first + 9}"))


def _week(m: re.Match[str], start: int, end: int, text: str) -> Atom | None:
    offset = WEEK_OFFSETS.get(m.group("wo") or "")
    day = m.group("wd") or m.group("wd2")
    word = m.group("ww") or m.group("ww2")
    nxt = text[end : end + 1]
    if text[start - 1 : start] == "每":
        return None  # 每周一: a recurring set
    if day is None:
        if offset is None or nxt in _NOT_WEEK:
            return None  # 周边, 周年; a bare 周
        return Atom(start, end, week_rel=offset)
    if offset is None:
        if day == "末":
            return None  # 周末 alone: any weekend
        if text[max(0, start - 2) : start].endswith(WEEKDAY_ORDINAL_ENDS):
            return None  # 最后一个周三, 第二个星期一: counted in a month, not this week's
        if word in ("周", "週") and nxt and nxt not in _TIME_FOLLOWERS:
            return None  # 周一鸣: a name; 周三下午 is kept
    return Atom(start, end, week_rel=offset or 0, weekday=WEEKDAYS[day], weekend=day == "末",
                bare_weekday=offset is None)


#: What may not stand before the count of 5年前: a digit or numeral (2015年前 is "before 2015"),
#: an ordinal, an approximate count (几, 数, 多), 每, 近.
_AGO_NOT_AFTER = frozenset("0123456789〇零○一二两三四五六七八九十百千万第几数多每近.．")


def ago_atoms(text: str) -> list[Atom]:
    """5年前, 三个月前, 10天前: that many units before the reference (its year, month or day)."""
    out = []
    for m in ago_pattern().finditer(text):
        end = m.end()
        if text[end : end + 1] and text[end] in AGO_FOLLOWERS_NOT:
            continue  # 3天前往, 5年前后: other words
        start = m.start()
        arabic = text[start - 1 : start].isdigit()
        while start > 0 and m.start() - start < 4 and text[start - 1] in AGO_NUMERAL_CHARS and (
                text[start - 1].isdigit() == arabic):
            start -= 1
        if start == m.start() or m.start() - start > 3 or text[start - 1 : start] in _AGO_NOT_AFTER:
            continue
        count = _num(text[start : m.start()])
        if count is None or not 1 <= count <= 500:
            continue
        unit = text[m.start() : m.end()].rstrip("以之前")
        out.append(Atom(start, end, ago=(count, AGO_UNITS[unit])))
    return out


def merge_atoms(atoms: list[Atom], more: list[Atom]) -> list[Atom]:
    """Both lists in text order, an atom of ``more`` that overlaps one of ``atoms`` left out."""
    if not more:
        return atoms
    out: list[Atom] = []
    i = 0
    for a in more:
        while i < len(atoms) and atoms[i].end <= a.start:
            out.append(atoms[i])
            i += 1
        if i < len(atoms) and atoms[i].start < a.end:
            continue
        out.append(a)
    out.extend(atoms[i:])
    return out


def _holiday(a: Atom, name: str) -> Atom:
    if name in WEEKDAY_HOLIDAYS:
        month, weekday, nth = WEEKDAY_HOLIDAYS[name]
        a.nth_weekday = (month, weekday, nth)
        return a
    a.holiday = HOLIDAYS[name]
    return a


def _inside_title(text: str, pos: int) -> bool:
    """True when ``pos`` is inside 《…》 (looking back a bounded window, so the cost per
    mention stays constant)."""
    window = max(0, pos - _TITLE_WINDOW)
    opened = text.rfind("《", window, pos)
    return opened != -1 and text.find("》", opened, pos) == -1 and (
        text.find("\n", opened, pos) == -1)


#: How far back a title of a work (《明日之后》) is looked for.
_TITLE_WINDOW = 40
