"""Quantities and dates on other projects' test suites, aidparse beside the peers.

Reads the suites in ``../shared/peers/`` (``recognizers-text.json``, ``cn2an.json``;
see that folder's README), runs aidparse over every case and, where the peer
is installed, the peer too (benchmark only, never dependencies)::

    pip install recognizers-text-suite "emoji<1.0" cn2an
    python benchmarks/bench_peers.py            # the tables
    python benchmarks/bench_peers.py --misses percent   # aidparse's misses of a kind

What is compared, per gold mention the peer states:

* quantities (``extract_quantities`` over the case's input after
  ``to_simplified``, which keeps offsets): a mention overlapping the gold span
  (any mention when the peer gives no span), of the same kind, with the same
  value in a common unit (metres, square metres, kilograms, seconds for
  durations at 365-day years and 30-day months; money in its currency, whose
  ISO code must agree), and the same approximation where the peer states one;
  whether the surface is identical (after folding full-width forms and
  spaces) is counted on its own;
* numerals (cn2an's conversions, Recognizers-Text's number model): the
  peer's numeral given to ``parse_number``; cn2an's error cases must give
  ``None``;
* dates and periods: see *Dates* below;
* a case whose gold is empty passes when aidparse reports nothing of that
  family (a trap: 陆地, 五角大楼).

What is skipped, and why, is counted (:func:`skip_reason`): times of day,
temperatures, ages, recurring sets, English inputs, ordinals, units no
report uses (bytes, hertz, calories), comparisons and bare number ranges, digit
strings, and a few cases whose gold the peer's own suites contradict
(:data:`DISPUTED`).

Dates
-----
``extract_dates`` runs over the case's input with the case's reference date; the peer's own
output (Recognizers-Text's Python port, ``recognize_datetime``) is scored by the same rules,
each decision below checked against the peer's own data (the ``raw`` resolution of every gold
mention, untouched):

* **One reference for both.** The peer's extractor suites (DateExtractor, DatePeriodExtractor)
  carry no reference date; both tools get :data:`DEFAULT_REFERENCE` (2017-03-22, the reference
  of 99 of the peer's 136 date and period parser cases), so a relative date (下周, 明年四月) is
  found by either. cn2an's cases state year-less dates (``--09-09``) and get none.
* **Extractor cases (no resolution): the same span.** A find answers when it covers the gold's
  span exactly, a leading 从/自/在 of the gold aside (aidparse leaves prepositions out). Overlap
  alone would credit ``十月`` for ``十月的第一周``.
* **Parser and model cases: the same first and last day.** A find answers when it overlaps the
  gold's span and its (first day, last day), both inclusive, equals one of the gold's readings;
  the peer's ``raw`` resolution is decoded into such readings by :func:`rt_readings`, the
  same function that decodes the peer's own output. The peer's notation, as its timexes show:
  a period of *one* unit ends exclusive (``2008年`` is 2008-01-01 to 2009-01-01 with timex
  ``2008``; ``下周末`` ends on Monday; ``上半年`` on 07-01); a period whose surface names *two*
  ends (到, 至, a dash, 与…之间) ends on the first day of the last unit named, the unit being
  the one its duration counts in (``2016至2018年`` is ``(2016-01-01,2018-01-01,P2Y)``, so 2018
  is the last year named; ``一月十日到十二日`` is ``(XXXX-01-10,XXXX-01-12,P2D)``, ending on the
  12th). Read as exclusive, those two would mean 2016–2017 and the 10th–11th, which neither the
  text nor the peer's own day ranges (``2016年6月1日-6月30日`` → ``(…,2016-06-30,P29D)``)
  say. The ``dates`` field of the shared file (every end minus one day) is not used for this
  reason. Where the peer lists several readings (future and past of a date without a year),
  any one answers; where the peer's own output lists several, any one of those may. cn2an's
  dates are compared as its file states them, a year-less one (``--09-09``) with aidparse's
  year-less value.
* **Skipped, both tools alike, and counted:** lunar dates (the peer flags them ``isLunar`` and
  gives the lunar month and day as a Gregorian date: 农历2015年十月初一 → 2015-10-01, really
  2015-11-12; also 正月三十, 大年初一 and the lunar holidays 春节, 中秋, 端午, 元宵, 除夕,
  重阳), imperial eras (康熙三年五月 is a lunar month the peer gives as May 1664; 雍正十六年
  and 雍正二十三年 never were: the era ended in its 13th year; 民国, which counts Gregorian
  years from 1912, stays in scope), open-ended mentions (2018年以前, 自2018年以来, 或之后:
  the peer gives one end only, aidparse has no open period), and seasons the peer leaves
  unresolved (今年夏天).
* **Days that do not exist are traps** (row ``invalid-date``): 2月30日, 2019年2月29日 and a
  range that starts on one; the peer leaves them unresolved (``not resolved``, or its empty
  date 0001-01-01), so a tool passes when it gives no date over that span.
* A date find over a skipped mention (2019年8月6日 in ``2019年8月6日或之后``) is not counted
  as an extra.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import io
import json
import logging
import pathlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from _common import optional, table

import aidparse
from aidparse.extract.numerals import parse_number

ROOT = pathlib.Path(__file__).resolve().parents[1]
PEERS = ROOT.parent / "shared" / "peers"
SUITES = ("recognizers-text", "cn2an")

D = Decimal
DAY = 86_400
#: aidparse (kind, unit) -> factor to the common unit the peers' values use.
COMMON: dict[tuple[str, str], Decimal] = {
    ("area", "m2"): D(1), ("area", "km2"): D(10) ** 6, ("area", "mu"): D(2000) / 3,
    ("area", "ha"): D(10_000),
    ("length", "m"): D(1), ("length", "km"): D(1000), ("length", "cm"): D("0.01"),
    ("weight", "t"): D(1000), ("weight", "kg"): D(1), ("weight", "g"): D("0.001"),
    ("volume", "m3"): D(1), ("volume", "L"): D("0.001"),
    ("power", "kW"): D(1), ("energy", "kWh"): D(1),
    ("duration", "year"): D(365 * DAY), ("duration", "month"): D(30 * DAY),
    ("duration", "week"): D(7 * DAY), ("duration", "day"): D(DAY),
    ("duration", "hour"): D(3600), ("duration", "minute"): D(60),
    ("percent", "%"): D(1), ("percent", "pp"): D(1),
}
#: Recognizers-Text unit names -> (kind, factor to the common unit).
RT_UNITS: dict[str, tuple[str, Decimal]] = {
    "Mu": ("area", D(2000) / 3), "Square meter": ("area", D(1)), "Hectare": ("area", D(10_000)),
    "Square kilometer": ("area", D(10) ** 6),
    "Meter": ("length", D(1)), "Kilometer": ("length", D(1000)), "Centimeter": ("length", D("0.01")),
    "Millimeter": ("length", D("0.001")),
    "Kilogram": ("weight", D(1)), "Gram": ("weight", D("0.001")), "Ton": ("weight", D(1000)),
    "Jin": ("weight", D("0.5")), "Liang": ("weight", D("0.05")), "Microgram": ("weight", D("1e-9")),
    "Milligram": ("weight", D("1e-6")),
    "Kilowatt": ("power", D(1)), "Liter": ("volume", D("0.001")),
    "Cubic meter": ("volume", D(1)),
}
#: Gold kinds of the peers -> the aidparse quantity kind that answers them.
QUANTITY_KINDS = {
    "money": "money", "percent": "percent", "count": "count", "area": "area", "length": "length",
    "weight": "weight", "volume": "volume", "power": "power", "energy": "energy",
    "duration": "duration", "fraction": "percent",
}
DATE_KINDS = ("date", "date-period", "date-dayonly", "invalid-date")

#: Cases whose gold the peer's own suites contradict, with the reason (counted as skipped).
DISPUTED: dict[str, str] = {
    "rt/PercentModel/48": "二三十个百分点 is a range (20-30 pp); the peer expects nothing",
    "rt/PercentModel/49": "百分之二三十 is a range (20-30 %); the peer expects nothing",
    "rt/PercentModel/116": "二三十個百分點 is a range (20-30 pp); the peer expects nothing",
    "rt/PercentModel/94": "五百分之2.2 is the fraction 2.2/500 (the peer's number suite reads "
                          "五百分之2333 so); its percent suite expects nothing",
    "cn2an/transform_test/smart_data_dict/245": "a descending geological range (2.5亿年~6500万年) "
                                                "resolved to one duration in seconds",
    "rt/PercentModel/148": "5-20% is a range (5 to 20 %); the peer expects 20% alone",
    "rt/CurrencyModel/34": "a 24-digit run is an ID or order number (issue 9), not an amount",
}
#: The reference date both tools get on Recognizers-Text's cases that state none (its
#: extractor suites): the peer's usual one (the reference of most of its parser cases).
DEFAULT_REFERENCE = dt.date(2017, 3, 22)
#: Words that put a gold date in another calendar: the peer resolves the lunar month and day
#: as if they were Gregorian (农历2015年十月初一 -> 2015-10-01, really 2015-11-12).
LUNAR_WORDS = ("农历", "阴历", "正月", "腊月", "大年", "春节", "中秋", "端午", "元宵", "除夕",
               "重阳", "七夕", "腊八")
#: Imperial era names: their years are lunar years and their months lunar months (民国, which
#: counts Gregorian years from 1912, is not one of them).
IMPERIAL_ERAS = ("神龙", "贞观", "开元", "康熙", "雍正", "乾隆", "嘉庆", "道光", "咸丰", "同治",
                 "光绪", "宣统")
#: What writes a period with two named ends in the peer's surface: 到, 至, a dash, 与…之间.
RANGE_WORDS = re.compile(r"[至到~～〜—–\-－]|[和与及].*间")
#: The peer's duration units (the last part of a range's timex) -> the unit a range's end names.
DURATION_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
#: Kinds a number-suite trap is scored on: the peer's number suite expects no *bare
#: number* in 一美元 or 一折 and leaves them to its currency and percent suites.
NUMBER_TRAP_KINDS = ("count", "area", "length", "weight", "volume", "power", "energy", "duration")


# ---------------------------------------------------------------------------
# What is in scope


def _is_english(text: str) -> bool:
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return han == 0 and latin > 0


def gold_kind(case: dict[str, Any], gold: dict[str, Any]) -> str:
    """The kind a gold mention is reported under."""
    kind = gold["kind"]
    raw = gold.get("raw") if isinstance(gold.get("raw"), dict) else {}
    if kind in ("date", "date-unresolved"):
        rtype = str(raw.get("type", ""))
        if "duration" in rtype:
            return "duration"
        if _impossible_day(gold):
            return "invalid-date"
        if "range" in rtype or gold.get("grain") == "period":
            return "date-period"
        return "date"
    return str(kind)


def skip_reason(case: dict[str, Any], gold: dict[str, Any] | None) -> str | None:
    """Why a case (or one of its gold mentions) is outside aidparse's scope, or None."""
    if case["id"] in DISPUTED:
        return "disputed gold (see DISPUTED)"
    category = case["category"]
    if _is_english(case["input"]):
        return "English input"
    if category in ("time-parser", "timeperiod-parser", "datetime-parser", "datetimeperiod-parser"):
        return "times of day"
    if category == "set-parser":
        return "recurring sets (每周)"
    if category in ("temperature", "age"):
        return {"temperature": "temperatures", "age": "ages"}[category]
    if category == "numberrange":
        return "comparisons and bare number ranges (大于20, 十几万 without a unit)"
    if category == "ordinal":
        return "ordinals (第十批 is not a quantity)"
    if gold is None:
        return None
    kind = gold["kind"]
    reasons = {
        "time": "times of day", "timerange": "times of day", "datetime": "times of day",
        "datetimerange": "times of day", "set": "recurring sets (每周)",
        "temperature": "temperatures", "age": "ages", "ordinal": "ordinals (第十批 is not a quantity)",
        "information": "units no report uses (bytes, hertz, calories)",
        "frequency": "units no report uses (bytes, hertz, calories)",
        "digit-string": "digit strings (codes with leading zeros are text, not numbers)",
        "score-points": "game scores (两千分)",
    }
    if kind in reasons:
        return reasons[kind]
    if kind == "energy" and gold.get("value") is None:
        return "units no report uses (bytes, hertz, calories)"
    if kind == "money" and gold.get("currency") in ("DOLLAR?", "BTC"):
        return "no ISO 4217 currency ($ of any country, 比特币)"
    if kind == "money" and gold.get("value") is None:
        return "a currency named without an amount (人民币 美元)"
    if category == "an2cn-rmb" and "." in str(gold.get("value") or "") \
            and len(str(gold["value"]).split(".")[1]) > 2:
        return "gold more precise than its words (an2cn writes 0.4321 as 肆角叁分)"
    if kind == "date" and isinstance(gold.get("raw"), dict):
        rtype = str(gold["raw"].get("type", ""))
        if "time" in rtype.replace("datetimeV2.date", "") or rtype.endswith(("datetime", "datetimerange")):
            return "times of day"
        if rtype.endswith("set"):
            return "recurring sets (每周)"
    if kind in ("date", "date-unresolved"):
        return _date_skip_reason(gold)
    return None


def _date_skip_reason(gold: dict[str, Any]) -> str | None:
    """Why a gold date or period cannot be scored (see the module docstring), or None."""
    text = str(gold.get("text") or "")
    if any(word in text for word in LUNAR_WORDS) or _rt_lunar(gold):
        return "lunar calendar (农历十月初一, 正月三十, 春节, 中秋): the peer gives lunar days as Gregorian"
    if any(era in text for era in IMPERIAL_ERAS):
        return ("imperial eras (康熙三年五月, 雍正十六年): lunar years and months given as Gregorian, "
                "and years 雍正 never reached")
    values = _rt_values(gold)
    if _rt_resolved(gold) and not _impossible_day(gold) and not rt_readings(text, values):
        if any(v.get("Mod") for v in values):
            return "open-ended (2018年以前, 自2018年以来, 或之后): one end only"
        return "seasons (今年夏天): the peer leaves them unresolved"
    return None


# ---------------------------------------------------------------------------
# Dates in the peer's notation


def _resolution_values(resolution: Any) -> list[dict[str, Any]]:
    """The peer's resolution as a list of values (``timex`` with ``value`` or ``start``/``end``):
    its model suites and its Python port write them so; its parser suites write one ``Timex``
    with a future and a past reading, turned into two values here."""
    if not isinstance(resolution, dict):
        return []
    if "values" in resolution:
        return [v for v in resolution["values"] if isinstance(v, dict)]
    out = []
    for key in ("FutureResolution", "PastResolution"):
        r = resolution.get(key) or {}
        if "date" in r:
            out.append({"timex": resolution.get("Timex"), "value": r["date"]})
        elif "startDate" in r or "endDate" in r:
            out.append({"timex": resolution.get("Timex"), "start": r.get("startDate"),
                        "end": r.get("endDate")})
    return out


def _rt_values(gold: dict[str, Any]) -> list[dict[str, Any]]:
    raw = gold.get("raw")
    return _resolution_values(raw.get("resolution")) if isinstance(raw, dict) else []


def _rt_resolved(gold: dict[str, Any]) -> bool:
    """True when the gold carries the peer's resolution (its parser and model suites)."""
    raw = gold.get("raw")
    return isinstance(raw, dict) and isinstance(raw.get("resolution"), dict)


def _rt_lunar(gold: dict[str, Any]) -> bool:
    return any(str(v.get("isLunar")) == "True" for v in _rt_values(gold))


_TIMEX_DAY = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})")


def _impossible_day(gold: dict[str, Any]) -> bool:
    """True for a gold whose day does not exist (``2月30日``, ``2019年2月29日``): the peer
    leaves it unresolved (``not resolved``, or its empty date 0001-01-01), and any day given
    for it is wrong, whoever gives it."""
    for v in _rt_values(gold):
        for year, month, day in _TIMEX_DAY.findall(str(v.get("timex"))):
            try:
                dt.date(2000 if year == "XXXX" else int(year), int(month), int(day))
            except ValueError:
                return True
    return False


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _last_day(first: dt.date, unit: str) -> dt.date:
    """The last day of the unit (day, week, month, year) that begins on ``first``."""
    if unit == "week":
        return first + dt.timedelta(days=6)
    if unit == "month":
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    if unit == "year":
        return first.replace(month=12, day=31)
    return first


def rt_readings(text: str, values: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """The peer's resolution values as readings (first day, last day), both inclusive.

    Decodes the peer's notation (checked against its own timexes, see the module docstring): a
    day is itself; a period of one unit ends *exclusive* (``2008年`` 2008-01-01 to 2009-01-01,
    ``下周末`` ends on Monday, ``上半年`` on 07-01); a period whose surface names both ends (到,
    至, a dash, 与…之间) ends on the *first day of the last unit named*, the unit being the one
    its timex counts in: ``(2016-01-01,2018-01-01,P2Y)`` for ``2016至2018年`` is 2016-01-01 to
    2018-12-31, ``(XXXX-01-10,XXXX-01-12,P2D)`` for ``一月十日到十二日`` ends on the 12th.

    >>> rt_readings("2016至2018年", [{"timex": "(2016-01-01,2018-01-01,P2Y)",
    ...                              "start": "2016-01-01", "end": "2018-01-01"}])
    [('2016-01-01', '2018-12-31')]
    >>> rt_readings("2008年", [{"timex": "2008", "start": "2008-01-01", "end": "2009-01-01"}])
    [('2008-01-01', '2008-12-31')]
    """
    out = []
    for v in values:
        if "value" in v:
            day = _date(str(v["value"]))
            if day is not None:
                out.append((day.isoformat(), day.isoformat()))
            continue
        start, end = _date(str(v.get("start") or "")), _date(str(v.get("end") or ""))
        if start is None or end is None or end <= start:
            continue  # open-ended (one end only), or no day at all
        timex = str(v.get("timex") or "")
        unit = re.search(r"P(?:\d+|X)([DWMY])\)$", timex)
        if timex.startswith("(") and unit and RANGE_WORDS.search(text):
            last = _last_day(end, DURATION_UNITS[unit.group(1)])
        else:
            last = end - dt.timedelta(days=1)
        if last >= start:
            out.append((start.isoformat(), last.isoformat()))
    return out


def gold_readings(gold: dict[str, Any]) -> list[tuple[str, str]] | None:
    """The readings a find must give one of: Recognizers-Text's resolution decoded
    (:func:`rt_readings`), cn2an's dates as stated (yearless ones as ``--09-09``), or ``None``
    when the gold states none (Recognizers-Text's extractor suites)."""
    if _rt_resolved(gold):
        return rt_readings(str(gold.get("text") or ""), _rt_values(gold))
    if gold.get("dates"):
        return [(str(a), str(b)) for a, b in gold["dates"]]
    return None


def case_reference(case: dict[str, Any]) -> dt.date | None:
    """The reference date both tools get: the case's own, else (Recognizers-Text's cases
    only) :data:`DEFAULT_REFERENCE`; cn2an's cases state yearless dates, so none."""
    if case.get("reference"):
        return _date(str(case["reference"]))
    return DEFAULT_REFERENCE if case.get("suite") == "recognizers-text" else None


# ---------------------------------------------------------------------------
# aidparse's answers


@dataclass
class Found:
    """One mention reported by a tool, in the peers' terms."""

    kind: str
    value: Decimal | None
    currency: str | None = None
    approx: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""
    dates: tuple[str, str] | None = None  # the first reading
    alternatives: list[tuple[str, str]] = field(default_factory=list)  # (first day, last day)


def _fold(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


def _simplified(text: str) -> str:
    out = aidparse.to_simplified(text)
    return out if len(out) == len(text) else text


def ours_quantities(text: str) -> list[Found]:
    """aidparse's quantities, values in the common unit."""
    out = []
    for q in aidparse.extract_quantities(_simplified(text)):
        kind, unit = q.kind.value, q.unit
        factor = COMMON.get((kind, unit), D(1))
        out.append(Found(kind=kind, value=q.value * factor,
                         currency=unit if kind == "money" else None, approx=q.approx.value,
                         start=q.span.start, end=q.span.end, text=q.text))
    return out


def ours_dates(text: str, reference: dt.date | None) -> list[Found]:
    """aidparse's dates and periods: the reading is (start, end), both inclusive, or the value
    as written when no year could be told (``--09-09``, ``--05-24/--05-26``)."""
    out = []
    for d in aidparse.extract_dates(_simplified(text), reference=reference):
        if d.start is not None and d.end is not None:
            reading = (d.start.isoformat(), d.end.isoformat())
        else:
            first, _, last = d.value.partition("/")
            reading = (first, last or first)
        day = reading[0] == reading[1] and (d.start is not None or d.value.count("-") == 3)
        out.append(Found(kind="date" if day else "date-period", value=None, start=d.span.start,
                         end=d.span.end, text=d.text, dates=reading, alternatives=[reading]))
    return out


def ours_numeral(text: str) -> Decimal | None:
    return parse_number(_simplified(text))


# ---------------------------------------------------------------------------
# Scoring


def _overlaps(found: Found, gold: dict[str, Any]) -> bool:
    if gold.get("start") is None or found.start is None or found.end is None:
        return True
    return bool(found.start < gold["end"] and gold["start"] < found.end)


def _same_value(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return bool(abs(a - b) <= scale * D("1e-9"))


def _gold_value(gold: dict[str, Any]) -> Decimal | None:
    value = gold.get("value")
    if value is None:
        return None
    try:
        return D(str(value))
    except InvalidOperation:
        return None


def score_quantity(gold: dict[str, Any], found: Found) -> bool:
    """Whether ``found`` answers a gold quantity: kind, value in the common unit,
    currency, approximation (where the peer states one)."""
    want = QUANTITY_KINDS.get(gold["kind"], gold["kind"])
    if found.kind != want or not _overlaps(found, gold):
        return False
    value = _gold_value(gold)
    if value is not None:
        mine = found.value
        if gold["kind"] == "fraction" and mine is not None:
            mine = mine / 100
        if not _same_value(mine, value):
            return False
    if gold["kind"] == "money" and gold.get("currency") and gold["currency"] != found.currency:
        return False
    return not (gold.get("approx") and found.approx and gold["approx"] != found.approx)


def _same_extent(found: Found, gold: dict[str, Any]) -> bool:
    """The find covers the gold's span, a leading 从/自/在 of the gold's aside."""
    if gold.get("start") is None:
        return True
    starts = {gold["start"]}
    if str(gold.get("text") or "")[:1] in "从自在":
        starts.add(gold["start"] + 1)
    return found.start in starts and found.end == gold["end"]


def score_date(gold: dict[str, Any], found: Found) -> bool:
    """Whether ``found`` answers a gold date or period (the module docstring says why so).

    With readings (:func:`gold_readings`), the find must overlap the gold's span and give one of
    them: the same first and last day. Without (the peer's extractor suites), it must cover the
    same span (:func:`_same_extent`). A day and a period are told apart by the readings alone.
    """
    if found.kind not in ("date", "date-period"):
        return False
    readings = gold_readings(gold)
    if readings is None:
        return _same_extent(found, gold)
    return _overlaps(found, gold) and any(r in readings for r in found.alternatives)


def score(gold: dict[str, Any], found: Found) -> bool:
    if gold_kind({}, gold) in ("date", "date-period", "date-dayonly"):
        return score_date(gold, found)
    return score_quantity(gold, found)


def _invalid_date_passes(found: list[Found], gold: dict[str, Any]) -> bool:
    """零年零月肆拾日, 2月30日: no date may be given for them (over the gold's span, or anywhere
    when it has none); naming the span without a day, as the peer does, is no answer."""
    return not [f for f in found if f.kind in ("date", "date-period") and f.alternatives
                and _overlaps(f, gold)]


def _assign(golds: list[dict[str, Any]], found: list[Found]) -> tuple[list[bool], list[bool], list[Found]]:
    """Greedy one-to-one matching: (gold matched?, surface identical?, unmatched found)."""
    used = [False] * len(found)
    hits, same = [], []
    for gold in golds:
        hit = False
        for i, f in enumerate(found):
            if not used[i] and score(gold, f):
                used[i] = hit = True
                same.append(_fold(f.text) == _fold(gold.get("text")) if gold.get("text") else True)
                break
        if not hit:
            same.append(False)
        hits.append(hit)
    return hits, same, [f for f, u in zip(found, used, strict=True) if not u]


# ---------------------------------------------------------------------------
# Peers


def _rt_value(result: Any) -> tuple[str, Decimal | None, str | None]:
    res = result.resolution or {}
    raw = res.get("value")
    unit = res.get("unit")
    value = None
    if raw is not None:
        with contextlib.suppress(InvalidOperation, ValueError):
            value = D(str(raw).rstrip("%"))
    return str(result.type_name), value, unit


class RecognizersText:
    """Recognizers-Text's Python port (Chinese culture), mapped to :class:`Found`."""

    name = "recognizers-text"

    def __init__(self) -> None:
        from recognizers_date_time import recognize_datetime
        from recognizers_number import recognize_number, recognize_percentage
        from recognizers_number_with_unit import (
            recognize_age,
            recognize_currency,
            recognize_dimension,
            recognize_temperature,
        )
        from recognizers_text import Culture

        self.culture = Culture.Chinese
        self.models: dict[str, Callable[..., Any]] = {
            "number": recognize_number, "percent": recognize_percentage,
            "currency": recognize_currency, "dimension": recognize_dimension,
            "age": recognize_age, "temperature": recognize_temperature,
        }
        self.datetime = recognize_datetime

    def quantities(self, case: dict[str, Any]) -> list[Found]:
        category = case["category"]
        text = case["input"]
        model = {"number": "number", "percent": "percent", "currency": "currency",
                 "dimension": "dimension", "cn2an": "number"}.get(category)
        if model is None:
            return []
        out = []
        for r in self.models[model](text, self.culture):
            _type, value, unit = _rt_value(r)
            start, end = r.start, r.end + 1
            if model == "number":
                out.append(Found("number", value, start=start, end=end, text=r.text))
            elif model == "percent":
                out.append(Found("percent", value, start=start, end=end, text=r.text))
            elif model == "currency":
                iso = (r.resolution or {}).get("isoCurrency")
                out.append(Found("money", value, currency=iso, start=start, end=end, text=r.text))
            else:
                kind, factor = RT_UNITS.get(str(unit), ("?", D(1)))
                out.append(Found(kind, value * factor if value is not None else None,
                                 start=start, end=end, text=r.text))
        return out

    def dates(self, case: dict[str, Any]) -> list[Found]:
        reference = dt.datetime.combine(case_reference(case) or DEFAULT_REFERENCE, dt.time())
        out = []
        try:
            results = self.datetime(case["input"], self.culture, reference=reference)
        except Exception:
            return []
        for r in results:
            values = (r.resolution or {}).get("values", [])
            start, end = r.start, r.end + 1
            if "duration" in r.type_name:
                secs = next((v.get("value") for v in values if v.get("value")), None)
                out.append(Found("duration", D(secs) if secs else None, start=start, end=end,
                                 text=r.text))
                continue
            alts = rt_readings(r.text, _resolution_values(r.resolution))
            kind = "date" if alts and alts[0][0] == alts[0][1] else "date-period"
            out.append(Found(kind, None, start=start, end=end, text=r.text,
                             dates=alts[0] if alts else None, alternatives=alts))
        return out

    def numeral(self, case: dict[str, Any], gold: dict[str, Any]) -> bool:
        want = _gold_value(gold)
        for f in self.quantities({**case, "category": "number"}):
            if _overlaps(f, gold) and _same_value(f.value, want):
                return True
        return False


class Cn2an:
    """cn2an's own conversions (its modes), mapped to the same answers."""

    name = "cn2an"

    def __init__(self) -> None:
        import cn2an

        self.mod = cn2an

    def _mode(self, category: str) -> str:
        return {"cn2an-strict": "strict", "cn2an-smart": "smart", "transform-smart": "smart",
                "transform-strict": "strict"}.get(category, "normal")

    def numeral(self, case: dict[str, Any], gold: dict[str, Any]) -> bool:
        try:
            value = self.mod.cn2an(case["input"], self._mode(case["category"]))
        except Exception:
            return gold["kind"] == "error"
        if gold["kind"] == "error":
            return False
        return _same_value(D(str(value)), _gold_value(gold))

    def quantity(self, case: dict[str, Any], gold: dict[str, Any]) -> bool:
        """cn2an has no typed output: its answer counts when the converted text shows
        the gold value (whole-input cases: when it converts to the value)."""
        want = _gold_value(gold)
        try:
            if case.get("whole_input"):
                got = self.mod.cn2an(case["input"], self._mode(case["category"]))
                return _same_value(D(str(got)), want)
            out = self.mod.transform(case["input"], "cn2an")
        except Exception:
            return False
        if want is None:
            return out != case["input"]
        norm = format(want.normalize(), "f")
        return norm in out


# ---------------------------------------------------------------------------
# The run


@dataclass
class Tally:
    gold: int = 0
    ours: int = 0
    peer: int = 0
    peer_run: int = 0
    same_surface: int = 0
    ours_extra: int = 0
    peer_extra: int = 0
    misses: list[str] = field(default_factory=list)


def _family(kind: str) -> str:
    return "dates" if kind in ("date", "date-period", "date-dayonly", "invalid-date") else "quantities"


def _over_skipped(found: Found, skipped: list[dict[str, Any]]) -> bool:
    """A date find over a gold mention that was skipped (dates only; quantities unchanged)."""
    return _family(found.kind) == "dates" and any(
        g.get("start") is not None and _overlaps(found, g) for g in skipped)


def _numeral_case(case: dict[str, Any], gold: dict[str, Any]) -> bool:
    return case.get("task") == "numeral" or (case["suite"] == "recognizers-text"
                                             and case["category"] == "number")


def run(suite: str, peers: dict[str, Any]) -> tuple[dict[str, Tally], collections.Counter[str]]:
    data = json.loads((PEERS / f"{suite}.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = collections.defaultdict(Tally)
    skipped: collections.Counter[str] = collections.Counter()
    peer = peers.get("cn2an" if suite == "cn2an" else "recognizers-text")
    for case in data["cases"]:
        case.setdefault("suite", suite)
        reason = skip_reason(case, None)
        if reason:
            skipped[reason] += max(1, len(case["gold"]))
            continue
        ref = case_reference(case)
        golds, left = [], []
        for gold in case["gold"]:
            why = skip_reason(case, gold)
            if why:
                skipped[why] += 1
                left.append(gold)
            else:
                golds.append(gold)
        if case["gold"] and not golds:
            continue
        # numerals: the peer's numeral, parsed
        numerals = [g for g in golds if _numeral_case(case, g)]
        for gold in numerals:
            kind = "numeral-error" if gold["kind"] == "error" else "numeral"
            t = tallies[kind]
            t.gold += 1
            text = case["input"] if case.get("whole_input") or not gold.get("text") else gold["text"]
            got = ours_numeral(text)
            ok = got is None if gold["kind"] == "error" else _same_value(got, _gold_value(gold))
            t.ours += ok
            if not ok:
                t.misses.append(f"{case['id']}: {text!r} -> {got} (want {gold.get('value')})")
            if peer is not None:
                t.peer_run += 1
                t.peer += peer.numeral(case, gold)
        golds = [g for g in golds if not _numeral_case(case, g)]
        if not case["gold"] or (not golds and not numerals and case.get("task") != "numeral"):
            # a trap: nothing of the family should be reported
            family = "dates" if "date" in case["category"] or case["category"] in (
                "duration-extractor", "duration-parser") else "quantities"
            found = ours_dates(case["input"], ref) if family == "dates" else ours_quantities(case["input"])
            if case["category"] == "number":
                found = [f for f in found if f.kind in NUMBER_TRAP_KINDS]
            t = tallies[f"none ({family})"]
            t.gold += 1
            t.ours += not found
            if found:
                t.misses.append(f"{case['id']}: {case['input'][:40]!r} -> {[f.text for f in found]}")
            if peer is not None and isinstance(peer, RecognizersText):
                t.peer_run += 1
                pf = peer.dates(case) if family == "dates" else peer.quantities(case)
                t.peer += not pf
            continue
        if not golds:
            continue
        found = ours_quantities(case["input"]) + ours_dates(case["input"], ref)
        pf = peer.quantities(case) + peer.dates(case) if isinstance(peer, RecognizersText) else []
        invalid = [g for g in golds if gold_kind(case, g) == "invalid-date"]
        for gold in invalid:
            t = tallies["invalid-date"]
            t.gold += 1
            ok = _invalid_date_passes(found, gold)
            t.ours += ok
            if not ok:
                t.misses.append(f"{case['id']}: {case['input'][:50]!r} -> "
                                f"{[(f.text, f.dates) for f in found if f.alternatives]}")
            if isinstance(peer, Cn2an):
                t.peer_run += 1
                with contextlib.suppress(Exception):
                    t.peer += peer.mod.transform(case["input"], "cn2an") == case["input"]
            elif isinstance(peer, RecognizersText):
                t.peer_run += 1
                t.peer += _invalid_date_passes(pf, gold)
        golds = [g for g in golds if gold_kind(case, g) != "invalid-date"]
        if not golds:
            continue
        hits, same, extra = _assign(golds, found)
        peer_hits: list[bool] | None = None
        peer_extra: list[Found] = []
        if isinstance(peer, RecognizersText):
            peer_hits, _, peer_extra = _assign(golds, pf)
        elif isinstance(peer, Cn2an):
            peer_hits = [peer.quantity(case, g) for g in golds]
        kinds = {gold_kind(case, g) for g in golds}
        for i, gold in enumerate(golds):
            kind = gold_kind(case, gold)
            t = tallies[kind]
            t.gold += 1
            t.ours += hits[i]
            t.same_surface += hits[i] and same[i]
            if not hits[i] and _family(kind) == "dates":
                t.misses.append(f"{case['id']}: {case['input'][:50]!r} ref {ref} want "
                                f"{gold.get('text')!r} {gold_readings(gold)} got "
                                f"{[(f.text, f.dates) for f in found if _family(f.kind) == 'dates']}")
            elif not hits[i]:
                t.misses.append(f"{case['id']}: {case['input'][:50]!r} want {gold.get('text')!r} "
                                f"{gold.get('value')} {gold.get('currency') or ''}"
                                f"{gold.get('dates') or ''} got {[(f.text, str(f.value)) for f in found]}")
            if peer_hits is not None:
                t.peer_run += 1
                t.peer += peer_hits[i]
        # a date over a skipped mention (2019年8月6日 in 2019年8月6日或之后) is no extra
        extra = [f for f in extra if not _over_skipped(f, left)]
        peer_extra = [f for f in peer_extra if not _over_skipped(f, left)]
        for f in extra:
            k = f.kind if f.kind in kinds else None
            if k is not None:
                tallies[k].ours_extra += 1
        for f in peer_extra:
            if f.kind in kinds:
                tallies[f.kind].peer_extra += 1
    return tallies, skipped


GROUPS = {
    "dimension": ("area", "length", "weight", "volume", "power", "energy"),
    "number-with-unit": ("money", "area", "length", "weight", "volume", "power", "energy"),
}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def report(suite: str, tallies: dict[str, Tally], skipped: collections.Counter[str], peer: str) -> str:
    rows = []
    order = sorted(tallies, key=lambda k: (k.startswith("none"), k))
    groups = {g: ks for g, ks in GROUPS.items() if suite == "recognizers-text"}
    for name in order + list(groups):
        if name in groups:
            members = [tallies[k] for k in groups[name] if k in tallies]
            t = Tally()
            for m in members:
                t.gold += m.gold
                t.ours += m.ours
                t.peer += m.peer
                t.peer_run += m.peer_run
                t.same_surface += m.same_surface
                t.ours_extra += m.ours_extra
                t.peer_extra += m.peer_extra
            label = f"= {name}"
        else:
            t, label = tallies[name], name
        peer_cells = [f"{t.peer}", _pct(t.peer, t.gold), str(t.peer_extra)] if t.peer_run else ["-", "-", "-"]
        rows.append([label, t.gold, t.ours, _pct(t.ours, t.gold), t.ours_extra,
                     _pct(t.same_surface, t.ours)
                     if t.ours and not name.startswith(("numeral", "none", "invalid")) else "-",
                     *peer_cells])
    header = ["kind", "in scope", "aidparse", "%", "extra", "same surface", peer, "%", "extra"]
    out = [f"## {suite}", table(header, rows), "", "skipped (gold mentions or cases):"]
    out += [f"  {n:5d}  {reason}" for reason, n in skipped.most_common()]
    return "\n".join(out)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", metavar="KIND", help="print aidparse's misses of a kind")
    ap.add_argument("--no-peers", action="store_true", help="score aidparse only")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not PEERS.is_dir():
        print(f"{PEERS} not found: the peers' suites live outside the repository; nothing to do")
        return 0
    logging.disable(logging.CRITICAL)
    peers: dict[str, Any] = {}
    if not args.no_peers:
        with contextlib.redirect_stdout(io.StringIO()):
            if optional("recognizers_date_time") and optional("recognizers_number_with_unit"):
                peers["recognizers-text"] = RecognizersText()
            if optional("cn2an"):
                peers["cn2an"] = Cn2an()
    for suite in SUITES:
        with contextlib.redirect_stdout(io.StringIO()):
            tallies, skipped = run(suite, peers)
        peer_name = suite if suite in peers else f"{suite} (not installed)"
        print(report(suite, tallies, skipped, peer_name))
        print()
        if args.misses:
            for line in tallies.get(args.misses, Tally()).misses:
                print("   ", line)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
