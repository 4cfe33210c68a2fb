"""Dates and periods on Recognizers-Text's own Chinese test cases, aidparse beside Recognizers-Text.

Reads ``../shared/peers/recognizers-text.json`` (the cases of Specs/DateTime/Chinese, in one JSON
form: see that folder's README) and runs :func:`aidparse.extract_dates` over every case with the
case's reference date. Recognizers-Text's own Python port runs on the same cases in the same run
when it is installed (benchmark only, never a dependency)::

    pip install recognizers-text-suite "emoji<1.0"
    python benchmarks/bench_peers_dates.py [--misses]

What counts:

- Kinds follow the peer's own type: ``date`` (a day) and ``date-period`` (a month, a year, a part
  of a year, a range). Times of day, date-times, recurring sets, durations and English inputs are
  skipped and counted by reason; so are open-ended mentions the peer leaves unresolved (``2018年以前``,
  ``今年夏天``), which have no start and end to compare.
- For the peer's *parser* and *model* cases, a mention is right when a find overlaps its span and
  has the same start and the same end. The peer writes period ends exclusive (``2016年6月1日-6月30日``
  ends ``2016-06-30`` exclusive, ``2016至2018年`` ends ``2018-01-01``) where aidparse writes them
  inclusive (``2016-06-30``, ``2018-12-31``), so an end also matches when the last unit the text
  names (the day 6月30日, the year 2018) begins on the peer's exclusive end. Where the peer lists
  several readings (future and past for a date without a year), any one matches.
- For the *extractor* cases (surface only), a mention is right when a find has the same surface, a
  leading 从/自/在 of the peer's surface aside. These cases carry no reference date; both tools
  get the peer's usual one (2017-03-22), so relative dates are found at all.
- A find that overlaps no expected mention of a date kind is a false find.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from _common import optional, table

import aidparse

PEERS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "peers"
CATEGORIES = {"date-extractor", "date-parser", "dateperiod-extractor", "dateperiod-parser",
              "datetime-model", "holiday-parser"}
KINDS = {"date": "date", "datetimeV2.date": "date",
         "daterange": "date-period", "datetimeV2.daterange": "date-period"}
SKIP_KINDS = {"time": "time of day", "timerange": "time of day", "datetime": "time of day",
              "datetimerange": "time of day", "set": "recurring set", "duration": "duration",
              "date-unresolved": "open-ended or unresolved (以前, 以来, seasons)"}
DEFAULT_REFERENCE = dt.date(2017, 3, 22)  # the peer's usual reference, for extractor cases


@dataclass(frozen=True)
class Find:
    start: int
    end: int
    text: str
    readings: tuple[tuple[dt.date, dt.date, dt.date], ...]  # (start, end inclusive, last-unit start)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _unit_start(value: str) -> dt.date | None:
    """The first day of the last unit an ISO value names: ``2018`` → 2018-01-01."""
    last = value.split("/")[-1]
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", last)
    if not m:
        return None
    return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def ours(text: str, reference: dt.date | None) -> list[Find]:
    out = []
    for d in aidparse.extract_dates(text, reference=reference):
        readings: tuple[tuple[dt.date, dt.date, dt.date], ...] = ()
        if d.start is not None and d.end is not None:
            readings = ((d.start, d.end, _unit_start(d.value) or d.end),)
        out.append(Find(d.span.start, d.span.end, d.text, readings))
    return out


def peer(mod: object, culture: str) -> Callable[[str, dt.date | None], list[Find]]:
    def run(text: str, reference: dt.date | None) -> list[Find]:
        ref = dt.datetime.combine(reference or DEFAULT_REFERENCE, dt.time())
        out = []
        for r in mod.recognize_datetime(text, culture, reference=ref):  # type: ignore[attr-defined]
            readings = []
            for v in (r.resolution or {}).get("values", []):
                try:
                    if "value" in v and v.get("type") == "date":
                        day = _d(v["value"])
                        readings.append((day, day, day))
                    elif "start" in v and "end" in v:
                        end = _d(v["end"])
                        readings.append((_d(v["start"]), end - dt.timedelta(days=1), end))
                except (ValueError, OverflowError):
                    continue
            out.append(Find(r.start, r.end + 1, r.text, tuple(readings)))
        return out
    return run


def _right(find: Find, gold: dict[str, object], resolve: bool) -> bool:
    if not (find.start < int(gold["end"]) and int(gold["start"]) < find.end):  # type: ignore[call-overload]
        return False
    if not resolve:
        surface = str(gold["text"])
        return find.text == surface or (surface[:1] in "从自在" and find.text == surface[1:])
    for gs, ge in gold["dates"] or []:  # type: ignore[union-attr]
        gstart, gend = _d(gs), _d(ge)
        for start, end, unit in find.readings:
            if start == gstart and (end == gend or unit == gend + dt.timedelta(days=1)):
                return True
    return False


def _cases() -> Iterable[dict[str, object]]:
    data = json.loads((PEERS / "recognizers-text.json").read_text(encoding="utf-8"))
    return [c for c in data["cases"] if c["category"] in CATEGORIES]


def score(tool: Callable[[str, dt.date | None], list[Find]],
          misses: list[str] | None = None) -> tuple[dict[str, list[int]], collections.Counter[str]]:
    """Per kind: [right, expected, false finds]; and skipped mentions by reason."""
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    skipped: collections.Counter[str] = collections.Counter()
    for case in _cases():
        text = str(case["input"])
        if not re.search(r"[\u4e00-\u9fff]", text) and case["category"] == "datetime-model":
            skipped["English or no Chinese"] += len(case["gold"]) or 1  # type: ignore[arg-type]
            continue
        resolve = not str(case["category"]).endswith("extractor")
        # extractor cases carry no reference: both tools get the peer's usual one
        reference = (dt.date.fromisoformat(str(case["reference"])) if case["reference"]
                     else DEFAULT_REFERENCE)
        finds = tool(text, reference)
        golds = []
        for g in case["gold"]:  # type: ignore[attr-defined]
            if g["kind"] in SKIP_KINDS:
                skipped[SKIP_KINDS[g["kind"]]] += 1
                continue
            golds.append(g)
        for g in golds:
            kind = KINDS[g["raw"]["type"]]
            totals[kind][1] += 1
            if any(_right(f, g, resolve) for f in finds):
                totals[kind][0] += 1
            elif misses is not None:
                got = [(f.text, [(s.isoformat(), e.isoformat()) for s, e, _ in f.readings])
                       for f in finds]
                misses.append(f"{case['id']}\t{text!r}\tref {reference}\twant {g['text']} "
                              f"{g['dates']}\tgot {got}")
        for f in finds:
            overlaps = [g for g in case["gold"]  # type: ignore[attr-defined]
                        if f.start < g["end"] and g["start"] < f.end]
            if not overlaps:
                kind = "date-period" if "period" in str(case["category"]) else "date"
                totals[kind][2] += 1
                if misses is not None:
                    misses.append(f"{case['id']}\t{text!r}\tfalse find {f.text}")
    return totals, skipped


def main() -> None:
    if not (PEERS / "recognizers-text.json").exists():
        print(f"skipped: {PEERS} is absent (the shared peers' cases are not in the repository)")
        return
    tools: dict[str, Callable[[str, dt.date | None], list[Find]]] = {"aidparse": ours}
    rt = optional("recognizers_date_time")
    if rt is not None:
        from recognizers_text import Culture
        tools["recognizers-text"] = peer(rt, Culture.Chinese)
    show = "--misses" in sys.argv
    results = {}
    skipped: collections.Counter[str] = collections.Counter()
    for name, tool in tools.items():
        misses: list[str] | None = [] if show and name == "aidparse" else None
        results[name], skipped = score(tool, misses)
        if misses:
            print("\n".join(misses), file=sys.stderr)
    rows = []
    for kind in ("date", "date-period"):
        cells: list[object] = [kind, results["aidparse"][kind][1]]
        for name in tools:
            right, total, false = results[name][kind]
            cells.append(f"{right} ({100 * right / total:.1f}%) · {false} false")
        rows.append(cells)
    print("Recognizers-Text Specs/DateTime/Chinese, date kinds: right (share) · false finds")
    print(table(["kind", "expected", *tools], rows))
    print("\nskipped mentions: " + ", ".join(f"{k} {v}" for k, v in skipped.most_common()))


if __name__ == "__main__":
    main()
