"""Dates on real pages: precision and recall against the corpus answer keys, per half.

The keys (``tests/data/corpus/dates_{dev,eval}.tsv``, format in that folder's README) list every
date or period a reader would take from each page of ``../shared/corpus`` with its ISO value.
Each page is parsed whole (``aidparse.parse``), so the year a date takes comes from what the page
itself gives: its stamp, dateline and text. The development half was studied while writing the
rules; the evaluation half is only scored::

    python benchmarks/bench_corpus_dates.py [--misses dev|eval]

A find is *located* when its span in the original page overlaps the annotated occurrence (the
``nth`` occurrence of the annotated text), and *right* when its value is also the annotated one.
Finds that overlap no annotated date count against precision; the keys leave out dates in
furniture and metadata lines (a page's stamp), which the article stage is meant to remove, so
those are counted apart.
"""

from __future__ import annotations

import collections
import pathlib
import re
import sys

from _common import table

import aidparse

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
KEYS = ROOT / "tests" / "data" / "corpus"
STAMP_ONLY = re.compile(r"[\d\s:./\-年月日]+")  # a line that is only a date and time
STAMP_WORDS = ("发布时间", "更新时间", "来源", "浏览", "点击", "发布日期", "時間", "來源")


def _rows(half: str) -> dict[str, list[tuple[str, int, str]]]:
    lines = (KEYS / f"dates_{half}.tsv").read_text(encoding="utf-8").splitlines()
    lines = [x for x in lines if x and not x.startswith("#")]
    header = lines[0].split("\t")
    out: dict[str, list[tuple[str, int, str]]] = collections.defaultdict(list)
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        out[row["file"]].append((row["text"], int(row["nth"] or 1), row["value"]))
    return out


def _files(half: str) -> list[str]:
    lines = (KEYS / "split.tsv").read_text(encoding="utf-8").splitlines()
    return [x.split("\t")[0] for x in lines[1:] if not x.startswith("#") and x.endswith(half)]


def _nth(text: str, needle: str, nth: int) -> tuple[int, int] | None:
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        if pos == -1:
            return None
    return pos, pos + len(needle)


def _in_stamp_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return any(w in line for w in STAMP_WORDS) or bool(STAMP_ONLY.fullmatch(line.strip()))


def score(half: str, misses: list[str] | None = None) -> dict[str, int]:
    counts = collections.Counter[str]()
    keys = _rows(half)
    for name in _files(half):
        raw = (CORPUS / name).read_text(encoding="utf-8")
        report = aidparse.parse(raw)
        original = report.original_text
        gold = []
        for text, nth, value in keys.get(name, []):
            where = _nth(original, text, nth)
            if where is None:
                counts["unlocatable"] += 1
                continue
            gold.append((where, text, value))
        counts["gold"] += len(gold)
        used: set[int] = set()
        for d in report.dates:
            span = d.original_span
            if span is None:
                continue
            counts["found"] += 1
            hit = None
            for i, ((gs, ge), _, _) in enumerate(gold):
                if i not in used and span.start < ge and gs < span.end:
                    hit = i
                    break
            if hit is None:
                stamp = _in_stamp_line(original, span.start)
                counts["false in stamp lines" if stamp else "false"] += 1
                if misses is not None:
                    kind = "stamp" if stamp else "FALSE"
                    misses.append(f"{name}\t{kind}\t{d.text}\t{d.value}")
                continue
            used.add(hit)
            counts["located"] += 1
            if d.value == gold[hit][2]:
                counts["right"] += 1
            elif misses is not None:
                misses.append(f"{name}\tWRONG\t{d.text}\t{d.value}\twant {gold[hit][1]} "
                              f"{gold[hit][2]} ({d.year_source.value})")
        for i, (_, text, value) in enumerate(gold):
            if i not in used and misses is not None:
                misses.append(f"{name}\tMISSED\t{text}\t{value}")
    return dict(counts)


def main() -> None:
    if not CORPUS.exists() or not (KEYS / "dates_dev.tsv").exists():
        print("skipped: ../shared/corpus or the answer keys are absent")
        return
    show = sys.argv[sys.argv.index("--misses") + 1] if "--misses" in sys.argv else None
    rows = []
    for half in ("dev", "eval"):
        misses: list[str] | None = [] if show == half else None
        c = score(half, misses)
        if misses:
            print("\n".join(misses), file=sys.stderr)
        found_outside = c.get("found", 0) - c.get("false in stamp lines", 0)
        rows.append([
            half, c.get("gold", 0), c.get("found", 0),
            f"{100 * c.get('located', 0) / max(c.get('gold', 0), 1):.1f}%",
            f"{100 * c.get('right', 0) / max(c.get('gold', 0), 1):.1f}%",
            f"{100 * c.get('right', 0) / max(c.get('found', 0), 1):.1f}%",
            f"{100 * c.get('right', 0) / max(found_outside, 1):.1f}%",
            c.get("false in stamp lines", 0),
        ])
    print("Dates on the corpus pages (parse() of each whole page):")
    print(table(["half", "annotated", "found", "located", "recall (right value)",
                 "precision", "precision without stamp lines", "finds in stamp lines"], rows))


if __name__ == "__main__":
    main()
