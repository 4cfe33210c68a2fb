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
* dates and periods (``extract_dates``, with the case's reference date):
  :func:`score_date`, one function the dates work can adjust;
* a case whose gold is empty passes when aidparse reports nothing of that
  family (a trap: 陆地, 五角大楼).

What is skipped, and why, is counted (:func:`skip_reason`): times of day,
temperatures, ages, recurring sets, English inputs, ordinals, units no
report uses (bytes, hertz, calories), comparisons and bare number ranges, digit
strings, and a few cases whose gold the peer's own suites contradict
(:data:`DISPUTED`).
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
    if category == "holiday-parser":
        return "holidays (元旦, 教师节)"
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
    return None


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
    dates: tuple[dt.date, dt.date] | None = None
    alternatives: list[tuple[dt.date, dt.date]] = field(default_factory=list)


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
    """aidparse's dates and periods (inclusive start and end)."""
    out = []
    for d in aidparse.extract_dates(_simplified(text), reference=reference):
        dates = (d.start, d.end) if d.start and d.end else None
        kind = "date" if dates and dates[0] == dates[1] else "date-period"
        out.append(Found(kind=kind, value=None, start=d.span.start, end=d.span.end, text=d.text,
                         dates=dates, alternatives=[dates] if dates else []))
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


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def score_date(gold: dict[str, Any], found: Found) -> bool:
    """Whether ``found`` answers a gold date or period.

    The peer's ``dates`` are alternatives ``[start, end]`` (its future and past
    readings, with the end both exclusive and inclusive): the found start and
    end must equal one of them. A peer that states no dates (its extractor
    suites) is answered by any date mention overlapping its span. Whether a
    single day or a period was expected is not checked separately: the dates
    decide it.
    """
    if found.kind not in ("date", "date-period") or not _overlaps(found, gold):
        return False
    alternatives = gold.get("dates")
    if not alternatives:
        return True
    wanted = {(_date(a), _date(b)) for a, b in alternatives}
    return any(alt in wanted for alt in found.alternatives)


def score(gold: dict[str, Any], found: Found) -> bool:
    if gold_kind({}, gold) in ("date", "date-period", "date-dayonly"):
        return score_date(gold, found)
    return score_quantity(gold, found)


def _invalid_date_passes(found: list[Found]) -> bool:
    """零年零月肆拾日: no date may be reported."""
    return not [f for f in found if f.kind in ("date", "date-period")]


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
        ref = case.get("reference")
        reference = dt.datetime.fromisoformat(ref) if ref else dt.datetime(2017, 3, 22)
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
            alts = []
            for v in values:
                if "value" in v and _date(str(v["value"])):
                    d = _date(str(v["value"]))
                    assert d is not None
                    alts.append((d, d))
                elif v.get("start") and v.get("end"):
                    a, b = _date(str(v["start"])), _date(str(v["end"]))
                    if a and b:
                        alts.append((a, b))
                        if b > dt.date.min:
                            alts.append((a, b - dt.timedelta(days=1)))
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
        ref = _date(case["reference"]) if case.get("reference") else None
        golds = []
        for gold in case["gold"]:
            why = skip_reason(case, gold)
            if why:
                skipped[why] += 1
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
        invalid = [g for g in golds if g["kind"] == "invalid-date"]
        for _ in invalid:
            t = tallies["invalid-date"]
            t.gold += 1
            t.ours += _invalid_date_passes(found)
            if isinstance(peer, Cn2an):
                t.peer_run += 1
                with contextlib.suppress(Exception):
                    t.peer += peer.mod.transform(case["input"], "cn2an") == case["input"]
        golds = [g for g in golds if g["kind"] != "invalid-date"]
        if not golds:
            continue
        hits, same, extra = _assign(golds, found)
        peer_hits: list[bool] | None = None
        peer_extra: list[Found] = []
        if isinstance(peer, RecognizersText):
            pf = peer.quantities(case) + peer.dates(case)
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
            if not hits[i]:
                t.misses.append(f"{case['id']}: {case['input'][:50]!r} want {gold.get('text')!r} "
                                f"{gold.get('value')} {gold.get('currency') or ''}"
                                f"{gold.get('dates') or ''} got {[(f.text, str(f.value)) for f in found]}")
            if peer_hits is not None:
                t.peer_run += 1
                t.peer += peer_hits[i]
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
