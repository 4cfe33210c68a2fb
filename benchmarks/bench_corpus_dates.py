"""Dates on real pages: precision and recall against the corpus answer keys, per half.

The keys (``tests/data/corpus/dates_{dev,eval}.tsv``, format in that folder's README) list every
date or period a reader would take from the article of each page of ``../shared/corpus`` (title,
headings, body), with its ISO value. Each page is parsed whole (``aidparse.parse``), so the year
a date takes comes from what the page itself gives: its stamp, dateline and text. The
development half was studied while writing the rules; the evaluation half is only scored::

    python benchmarks/bench_corpus_dates.py [--misses dev]

A find is *located* when its span in the original page overlaps the annotated occurrence (the
``nth`` occurrence of the annotated text), and *right* when its value is also the annotated one.
Every find is placed on its line of the page, and the line's label comes from the line key
(``lines_{half}.tsv``): finds on article lines (title, subtitle, heading, body) are the dates
stage's own precision; finds on metadata and furniture lines (stamps, bylines, photo captions)
are the article stage's to remove, and are counted apart. ``--misses`` prints, per find, what
went wrong (dev only: the evaluation half is not studied).
"""

from __future__ import annotations

import collections
import pathlib
import sys

from _common import table

import aidparse

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
KEYS = ROOT / "tests" / "data" / "corpus"
ARTICLE = frozenset({"title", "subtitle", "heading", "body"})


def _read(name: str) -> list[dict[str, str]]:
    lines = (KEYS / name).read_text(encoding="utf-8").splitlines()
    lines = [x for x in lines if x and not x.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def _rows(half: str) -> dict[str, list[tuple[str, int, str]]]:
    out: dict[str, list[tuple[str, int, str]]] = collections.defaultdict(list)
    for row in _read(f"dates_{half}.tsv"):
        out[row["file"]].append((row["text"], int(row["nth"] or 1), row["value"]))
    return out


def _labels(half: str) -> dict[tuple[str, int], str]:
    """(file, 1-based line) -> the line's label (and kind, for metadata and furniture)."""
    return {(row["file"], int(row["line"])): row["label"] + (f" ({row['kind']})" if row.get(
        "kind") else "") for row in _read(f"lines_{half}.tsv")}


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


def score(half: str, misses: list[str] | None = None) -> collections.Counter[str]:
    counts = collections.Counter[str]()
    keys = _rows(half)
    labels = _labels(half)
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
            line = original.count("\n", 0, span.start) + 1
            label = labels.get((name, line), "unlabelled")
            article = label.split()[0] in ARTICLE
            counts["found"] += 1
            counts["found on article lines"] += article
            hit = None
            for i, ((gs, ge), _, _) in enumerate(gold):
                if i not in used and span.start < ge and gs < span.end:
                    hit = i
                    break
            if hit is None:
                counts["false" if article else f"false on {label} lines"] += 1
                if misses is not None:
                    misses.append(f"{name}\t{'FALSE' if article else label}\t{d.text}\t{d.value}")
                continue
            used.add(hit)
            counts["located"] += 1
            if d.value == gold[hit][2]:
                counts["right"] += 1
                counts["right on article lines"] += article
            elif misses is not None:
                misses.append(f"{name}\tWRONG\t{d.text}\t{d.value}\twant {gold[hit][1]} "
                              f"{gold[hit][2]} ({d.year_source.value})")
        for i, (_, text, value) in enumerate(gold):
            if i not in used and misses is not None:
                misses.append(f"{name}\tMISSED\t{text}\t{value}")
    return counts


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main() -> None:
    if not CORPUS.exists() or not (KEYS / "dates_dev.tsv").exists():
        print("skipped: ../shared/corpus or the answer keys are absent")
        return
    show = "--misses" in sys.argv
    rows, outside = [], []
    for half in ("dev", "eval"):
        misses: list[str] | None = [] if show and half == "dev" else None
        c = score(half, misses)
        if misses:
            print("\n".join(misses), file=sys.stderr)
        rows.append([
            half, c["gold"], c["found"], _pct(c["located"], c["gold"]),
            _pct(c["right"], c["gold"]), _pct(c["right"], c["found"]),
            f"{c['found on article lines']}", _pct(c["right on article lines"],
                                                   c["found on article lines"]),
        ])
        outside += [f"  {half}: {n} on {k[len('false on '):]}" for k, n in sorted(c.items())
                     if k.startswith("false on ")]
    print("Dates on the corpus pages (parse() of each whole page):")
    print(table(["half", "annotated", "found", "located", "recall (right value)", "precision",
                 "found on article lines", "precision on article lines"], rows))
    print("finds on lines a reader skips (the article stage's to remove):")
    print("\n".join(outside) or "  none")


if __name__ == "__main__":
    main()
