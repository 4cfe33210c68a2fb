"""Join atoms into periods and give each date its year, saying where the year came from.

The text is read once, left to right. Atoms with a range separator between them become one period
(``5月24日至26日``); every date that does not write its year takes one, in this order (see
:class:`~aidparse.models.YearSource`): the same sentence, a dated event earlier in the same
paragraph, the reference date or the text's dateline, the nearest year written before it.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from aidparse.extract.dates.atoms import Atom
from aidparse.extract.dates.tables import BOUNDARY_AFTER, BOUNDARY_BEFORE, RANGE_SEPARATORS
from aidparse.models import DateMention, Span, YearSource

__all__ = ["Context", "fix_orders", "join_ranges", "resolve_all"]

Y = YearSource
_GAP = re.compile(
    "[ \u3000]{0,2}(?:持续|一直|延续|延至)?(?:"
    + "|".join(re.escape(s) for s in sorted(RANGE_SEPARATORS, key=len, reverse=True))
    + ")[ \u3000]{0,2}"
)  # 5月24日至26日, 5月17日持续到26日
_BETWEEN = ("与", "和", "至")  # 2007年与2009年之间
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
#: A month-day placed more than this after the reference date is taken as last year's
#: (12月28日 in a report of 5 January).
_FUTURE_LIMIT = dt.timedelta(days=183)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A point or period with its year: first and last day, ISO value, where the year came from."""

    start: dt.date | None
    end: dt.date | None
    value: str
    source: YearSource


@dataclass(slots=True)
class Context:
    """What the text has said so far, for the dates that follow."""

    text: str
    reference: dt.date | None
    sentence_ends: list[int]
    paragraph_ends: list[int]
    # the last year the text wrote and the last one written with a month (a dated event):
    # (year, sentence, paragraph, is the dateline)
    last_year: tuple[int, int, int, bool] | None = None
    last_event: tuple[int, int, int, bool] | None = None
    # (paragraph, year or None, month, source) of the last date that named a month
    month: tuple[int, int | None, int, YearSource] | None = None
    dateline: dt.date | None = None

    @classmethod
    def of(cls, text: str, reference: dt.date | None) -> Context:
        ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        paragraphs = [i for i in ends if text[i] == "\n"]
        return cls(text, reference, ends, paragraphs)

    def sentence(self, pos: int) -> int:
        return bisect.bisect_left(self.sentence_ends, pos)

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_left(self.paragraph_ends, pos)

    def anchor(self) -> tuple[dt.date, YearSource] | None:
        """The reference date, or the dateline's date when no reference was given."""
        if self.reference is not None:
            return self.reference, Y.PUBLISHED
        if self.dateline is not None:
            return self.dateline, Y.DATELINE
        return None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def join_ranges(atoms: list[Atom], text: str) -> list[tuple[Atom, Atom | None, int]]:
    """Pair each atom with the other end of its range, if any: (first, second, end offset).

    A holiday or a weekday right after a day names that day again (``11月8日中国记者节``,
    ``10月12号，星期一``): it is absorbed into the day (a weekday widens the day's span and is
    checked against it). A day that does not exist (``2月30日``) is dropped with the other end
    of its range. Each atom is looked at a bounded number of times, so the cost is linear.
    """
    out: list[tuple[Atom, Atom | None, int]] = []
    n = len(atoms)
    i = 0
    while i < n:
        a = atoms[i]
        j = i + 1  # the next atom not absorbed into a
        while j < n and a.day is not None:
            c = atoms[j]
            if (c.holiday or c.nth_weekday) and text[a.end : c.start] in ("", "的"):
                j += 1  # 11月8日中国记者节: the holiday names the same day
            elif c.bare_weekday and (end := _weekday_end(text, a.end, c)) is not None:
                a = a.with_(end=end, weekday_check=c.weekday)
                j += 1
            else:
                break
        b = atoms[j] if j < n else None
        if a.void or (b is not None and b.void):
            # 2019年2月29日-3月1日: a range with an end that does not exist is no date at all
            if b is not None and _GAP.fullmatch(text[a.end : b.start]):
                i = j + 1
                continue
            if a.void:
                i = j
                continue
            b = None  # a void day after a date of its own: dropped when its turn comes
        if b is not None:
            joined = _join(a, b, text)
            if joined is not None:
                first, second, end = joined
                i = j + 1
                # 5月24日(星期三)至26日(星期五): the second end's weekday too
                if i < n and second.day is not None and atoms[i].bare_weekday and (
                        wend := _weekday_end(text, end, atoms[i])) is not None:
                    second, end = second.with_(weekday_check=atoms[i].weekday), wend
                    i += 1
                out.append((first, second, end))
                continue
        if a.open is not None:
            a2 = a.without_open()
            if a2 is None:
                i = j
                continue
            a = a2.with_(end=_trim(text, a2))
        out.append((a, None, a.end))
        i = j
    return out


def _weekday_end(text: str, end: int, c: Atom) -> int | None:
    """Where a day's mention ends when the weekday ``c`` follows it (``10月12号，星期一``,
    ``5月24日（星期三）``, ``5月24日 周三``), or ``None`` when ``c`` is not attached to it."""
    gap = text[end : c.start]
    if gap in ("", " ", "\u3000", ",", "，", ", "):
        return c.end
    if gap in ("(", "（") and text[c.end : c.end + 1] in (")", "）"):
        return c.end + 1
    return None


def _trim(text: str, a: Atom) -> int:
    """End of an atom whose open unit was dropped: after its last 年 or 月."""
    cut = max(text.rfind("年", a.start, a.end), text.rfind("月", a.start, a.end))
    return cut + 1 if cut >= 0 else a.end


def _join(a: Atom, b: Atom, text: str) -> tuple[Atom, Atom, int] | None:
    gap = text[a.end : b.start]
    end = b.end
    if not _GAP.fullmatch(gap):
        if gap not in _BETWEEN:
            return None
        for word in ("之间", "间"):
            if text.startswith(word, b.end):
                end = b.end + len(word)
                break
        else:
            return None
    if a.fixed is not None and b.fixed is not None:
        return a, b, end
    if _relative_day(a) and b.grain == "d" and b.month is not None and b.open is None and (
            b.fixed is None):
        return a, b, end  # 上周四到十月一日, 今天至5月30日
    if a.fixed is not None or b.fixed is not None or not a.grain or a.grain != b.grain:
        return None
    if a.open is not None and a.open != a.grain:
        return None
    if b.open is not None or a.ypart or b.ypart or a.holiday or b.holiday or a.nth_weekday:
        return None
    # the second end takes what it leaves out from the first: 5月24日至26日, 8月11日至8月22日
    if b.year is None and b.year_rel is None and b.year_ctx is None:
        b = b.with_(year=a.year, year_rel=a.year_rel, year_ctx=a.year_ctx)
    if b.grain == "d" and b.month is None and b.month_rel is None:
        if a.month is None and a.month_rel is None:
            return None
        b = b.with_(month=a.month, month_rel=a.month_rel)
    a = a.with_(open=None)
    return a, b, end


def _relative_day(a: Atom) -> bool:
    """A single day named from the reference: 今天, 明天, 上周四 (not a week, not a weekend)."""
    return a.day_rel is not None or (
        a.week_rel is not None and a.weekday is not None and not a.weekend)


def _point(a: Atom, ctx: Context, inherited_year: bool = False) -> Resolved | None:
    """Resolve one end: its first and last day and where its year came from."""
    if a.fixed is not None:
        return Resolved(a.fixed[0], a.fixed[1], a.fixed[2], Y.STATED)
    anchor = ctx.anchor()
    if a.ago is not None:
        return None if anchor is None else _ago(a.ago, *anchor)
    if a.day_rel is not None or a.week_rel is not None or a.month_rel is not None:
        if anchor is None:
            return None
        return _relative(a, *anchor)
    if a.year is not None:
        return _dated(a, a.year, Y.STATED)
    if a.year_rel is not None:
        if anchor is None:
            return _yearless(a)  # 今年5月 in a text of no known date: --05
        return _dated(a, anchor[0].year + a.year_rel, anchor[1])
    if a.year_ctx is not None:
        found = _text_year(a, ctx, "sentence") or _text_year(a, ctx, "any")
        if found is None:
            return None
        return _dated(a, found[0] + a.year_ctx, found[1])
    return _contextual(a, ctx)


def _ago(ago: tuple[int, str], ref: dt.date, source: YearSource) -> Resolved | None:
    """5年前 → the year five before the reference's; 三个月前 → that month; 10天前 → that day."""
    count, grain = ago
    if grain == "d":
        day = ref - dt.timedelta(days=count)
        return Resolved(day, day, day.isoformat(), source)
    if grain == "m":
        year, month = divmod(ref.year * 12 + ref.month - 1 - count, 12)
        month += 1
        if year < 1:
            return None
        last = dt.date(year, month, _last_day(year, month))
        return Resolved(dt.date(year, month, 1), last, f"{year:04d}-{month:02d}", source)
    year = ref.year - count
    if year < 1:
        return None
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}", source)


def _relative(a: Atom, ref: dt.date, source: YearSource) -> Resolved | None:
    if a.day_rel is not None:
        day = ref + dt.timedelta(days=a.day_rel)
        return Resolved(day, day, day.isoformat(), source)
    if a.week_rel is not None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=a.week_rel)
        if a.weekday is None:
            sunday = monday + dt.timedelta(days=6)
            return Resolved(monday, sunday, f"{monday.isoformat()}/{sunday.isoformat()}", source)
        first = monday + dt.timedelta(days=a.weekday)
        if a.weekend:
            last = first + dt.timedelta(days=1)
            return Resolved(first, last, f"{first.isoformat()}/{last.isoformat()}", source)
        return Resolved(first, first, first.isoformat(), source)
    assert a.month_rel is not None
    index = ref.year * 12 + ref.month - 1 + a.month_rel + 12 * (a.year_rel or 0)  # 去年本月
    year, month = divmod(index, 12)
    return _dated(a.with_(month=month + 1, month_rel=None), year, source)


def _dated(a: Atom, year: int, source: YearSource) -> Resolved | None:
    """First and last day of an atom once its year is known."""
    if not 1 <= year <= 9999:
        return None
    try:
        if a.holiday is not None:
            day = dt.date(year, *a.holiday)
            return Resolved(day, day, day.isoformat(), source)
        if a.nth_weekday is not None:
            month, weekday, nth = a.nth_weekday
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
            return Resolved(day, day, day.isoformat(), source)
        if a.ypart is not None:
            lo, hi = a.ypart
            value = (f"{year:04d}-{lo:02d}" if lo == hi
                     else f"{year:04d}-{lo:02d}/{year:04d}-{hi:02d}")
            return Resolved(dt.date(year, lo, 1), dt.date(year, hi, _last_day(year, hi)), value,
                            source)
        if a.month is None:
            return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}", source)
        month = a.month
        if a.day is not None:
            day = dt.date(year, month, a.day)
            return Resolved(day, day, day.isoformat(), source)
        day_lo, day_hi = a.mpart or (1, None)
        last = _last_day(year, month)
        return Resolved(dt.date(year, month, day_lo),
                        dt.date(year, month, min(day_hi or last, last)), f"{year:04d}-{month:02d}",
                        source)
    except ValueError:  # 2月30日
        return None


def _text_year(a: Atom, ctx: Context, mode: str) -> tuple[int, YearSource] | None:
    """The nearest year the text wrote before ``a`` (boundaries such as 自2010年以来 aside).

    ``mode`` is ``"sentence"`` (a year in the same sentence), ``"event"`` (a date with a month
    earlier in the same paragraph: a narrated event) or ``"any"`` (a year earlier in the same
    paragraph, or a date with a month in an earlier one).
    """
    last = ctx.last_year
    if last is None:
        return None
    year, sentence, paragraph, dateline = last
    if mode == "sentence":
        if ctx.sentence(a.start) != sentence:
            return None
        return year, Y.DATELINE if dateline else Y.SENTENCE
    here = ctx.paragraph(a.start)
    if mode == "any" and paragraph == here:
        return year, Y.DATELINE if dateline else Y.PRECEDING
    event = ctx.last_event
    if event is None or (mode == "event" and event[2] != here):
        return None
    return event[0], Y.DATELINE if event[3] else Y.PRECEDING


def _contextual(a: Atom, ctx: Context) -> Resolved | None:
    """A date without a year word: 5月24日, 3月份, 上半年, 国庆节, 24日."""
    if a.month is None and a.day is not None:
        return _day_only(a, ctx)
    found = _text_year(a, ctx, "sentence") or _text_year(a, ctx, "event")
    if found is not None:
        return _dated(a, found[0], found[1])
    anchor = ctx.anchor()
    if anchor is not None:
        ref, source = anchor
        resolved = _dated(a, ref.year, source)
        if resolved is None and (a.month, a.day) == (2, 29):  # the last leap year
            year = ref.year - 1
            while not calendar.isleap(year):
                year -= 1
            return _dated(a, year, source)
        if resolved is not None and resolved.start is not None and (
                resolved.start > ref + _FUTURE_LIMIT):
            resolved = _dated(a, ref.year - 1, source)
        return resolved
    found = _text_year(a, ctx, "any")
    if found is not None:
        return _dated(a, found[0], found[1])
    if a.ypart is not None:
        return None  # 上半年 of no year that can be told
    if a.nth_weekday is not None:
        return None
    if a.holiday is not None:
        return Resolved(None, None, f"--{a.holiday[0]:02d}-{a.holiday[1]:02d}", Y.NONE)
    assert a.month is not None
    value = f"--{a.month:02d}-{a.day:02d}" if a.day is not None else f"--{a.month:02d}"
    if a.day is not None and not _day_ok_any(a.month, a.day):
        return None
    return Resolved(None, None, value, Y.NONE)


def _yearless(a: Atom) -> Resolved | None:
    """A month (and day) whose year cannot be told: --05, --05-24."""
    if a.month is None or a.ypart is not None:
        return None
    if a.day is None:
        return Resolved(None, None, f"--{a.month:02d}", Y.NONE)
    if not _day_ok_any(a.month, a.day):
        return None
    return Resolved(None, None, f"--{a.month:02d}-{a.day:02d}", Y.NONE)


def _day_ok_any(month: int, day: int) -> bool:
    return 1 <= day <= _last_day(2000, month)  # a leap year: 2月29日 can exist


def _day_only(a: Atom, ctx: Context) -> Resolved | None:
    """24日: the month (and year) of the last date in its paragraph, else of the dateline or
    reference."""
    assert a.day is not None
    if ctx.month is not None and ctx.month[0] == ctx.paragraph(a.start):
        _, year, month, source = ctx.month
        if year is None:
            return Resolved(None, None, f"--{month:02d}-{a.day:02d}", Y.NONE)
        return _dated(a.with_(month=month), year, source)
    if a.needs_month:
        return None  # 12号 with no month named before it in its paragraph: a label as often
    anchor = ctx.anchor()
    if anchor is not None:
        ref, source = anchor
        resolved = _dated(a.with_(month=ref.month), ref.year, source)
        if resolved is None:  # 30日 in a February report: January's
            last = ref.replace(day=1) - dt.timedelta(days=1)
            resolved = _dated(a.with_(month=last.month), last.year, source)
        return resolved
    return Resolved(None, None, f"---{a.day:02d}", Y.NONE)


def _remember(a: Atom, r: Resolved, ctx: Context) -> None:
    """Keep what later dates may take their year or month from."""
    if r.start is None and r.value.startswith("--") and not r.value.startswith("---"):
        ctx.month = (ctx.paragraph(a.start), None, int(r.value[2:4]), Y.NONE)
        return
    if r.start is None:
        return
    end = r.end or r.start
    if r.source in (Y.STATED, Y.SENTENCE, Y.PRECEDING) and r.start.year == end.year and not (
            _boundary(ctx.text, a)):
        entry = (r.start.year, ctx.sentence(a.start), ctx.paragraph(a.start), a.dateline)
        ctx.last_year = entry
        if a.month is not None:
            ctx.last_event = entry
    if (a.month is not None or a.month_rel is not None) and (
            (r.start.year, r.start.month) == (end.year, end.month)):
        ctx.month = (ctx.paragraph(a.start), r.start.year, r.start.month, r.source)
    if a.dateline and ctx.dateline is None:
        ctx.dateline = r.start


def _boundary(text: str, a: Atom) -> bool:
    """True for the boundary of a span: 自2010年以来, 截至2016年底, 从2011年起."""
    before = text[max(0, a.start - 3) : a.start]
    return before.endswith(BOUNDARY_BEFORE) or text.startswith(BOUNDARY_AFTER, a.end)


def resolve_all(pairs: list[tuple[Atom, Atom | None, int]], ctx: Context) -> list[DateMention]:
    """Resolve each atom or range in text order into a :class:`DateMention`."""
    out: list[DateMention] = []
    text = ctx.text
    for a, b, end in pairs:
        first = _point(a, ctx)
        if first is None:
            continue
        if a.weekday_check is not None:
            first = _checked_weekday(first, a.weekday_check)
        if b is None:
            _remember(a, first, ctx)
            if not a.alone:
                continue
            out.append(_mention(text, a.start, end, first))
            continue
        second = _second(a, b, first, ctx)
        if second is None:
            continue
        if b.weekday_check is not None:
            second = _checked_weekday(second, b.weekday_check)
            if second.source is Y.NONE and first.start is not None:  # the year drops for both
                first = Resolved(None, None, f"--{first.start.month:02d}-{first.start.day:02d}",
                                 Y.NONE)
        _remember(a, first, ctx)
        _remember(b, second, ctx)
        if first.source is Y.NONE or second.source is Y.NONE:
            if first.source is not second.source:
                continue
            period = Resolved(None, None, f"{first.value}/{second.value}", Y.NONE)
        else:
            assert first.start is not None and second.end is not None
            if second.end < first.start:
                continue
            source = first.source if first.source is not Y.STATED else second.source
            period = Resolved(first.start, second.end, f"{first.value}/{second.value}", source)
        out.append(_mention(text, a.start, end, period))
    return out


def _checked_weekday(r: Resolved, weekday: int) -> Resolved:
    """A day followed by its weekday (``10月12号，星期一``): a year the text does not state is
    dropped when that day of it is another weekday (the year was told wrong, or the page errs)."""
    if r.start is None or r.source is Y.STATED or r.start.weekday() == weekday:
        return r
    return Resolved(None, None, f"--{r.start.month:02d}-{r.start.day:02d}", Y.NONE)


def fix_orders(atoms: list[Atom]) -> list[Atom]:
    """Numeric dates whose order the text does not state (``1/2/2020``): the order the page's
    other slashed or dashed dates show (``13/2/2020`` is day first) when they all show the same,
    else they are left out. A confident wrong day is worse than none."""
    if not any(a.order is not None for a in atoms):
        return atoms
    shown = {a.order_shown for a in atoms if a.order_shown}
    order = shown.pop() if len(shown) == 1 else None
    out = []
    for a in atoms:
        if a.order is None:
            out.append(a)
        elif order is not None:
            first, second, year = a.order
            day, month = (first, second) if order == "dmy" else (second, first)
            date = dt.date(year, month, day)
            out.append(a.with_(month=month, day=day, order=None,
                               fixed=(date, date, date.isoformat())))
    return out


def _second(a: Atom, b: Atom, first: Resolved, ctx: Context) -> Resolved | None:
    """The range's second end; one that falls before the first moves to the next year
    (8月至2月)."""
    if b.year is None and b.year_rel is None and b.year_ctx is None and first.start is not None:
        b = b.with_(year=first.start.year)
        second = _point(b, ctx)
        if second is not None and second.start is not None and second.start < first.start:
            second = _point(b.with_(year=first.start.year + 1), ctx)
        if second is not None:
            second = replace(second, source=first.source)
        return second
    return _point(b, ctx)


def _mention(text: str, start: int, end: int, r: Resolved) -> DateMention:
    return DateMention.model_construct(text=text[start:end], span=Span._trusted(start, end), value=r.value,
                       start=r.start, end=r.end, year_source=r.source)
