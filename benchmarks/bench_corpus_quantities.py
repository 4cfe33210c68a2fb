"""Quantities on the development corpus: precision and recall per half.

The answer keys ``tests/data/corpus/quantities_{dev,eval}.tsv`` were written by
hand from the raw pages of ``../shared/corpus`` (format in
``tests/data/corpus/README.md``). Each page goes through :func:`aidparse.parse`;
a reported quantity is right when its place in the page (``original_span``)
overlaps the annotated surface and its kind, value, unit and approximation
agree. Dev pages are studied while writing rules; eval pages are only scored::

    python benchmarks/bench_corpus_quantities.py            # both halves
    python benchmarks/bench_corpus_quantities.py --show dev # every miss and extra of a half
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from _common import table

import aidparse

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
KEYS = ROOT / "tests" / "data" / "corpus"


@dataclass(frozen=True)
class Item:
    """One quantity, annotated or reported, placed in the raw page."""

    file: str
    start: int
    end: int
    text: str
    kind: str
    value: Decimal
    unit: str
    approx: str


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (KEYS / name).read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (ln.split("\t") + [""] * len(header))[: len(header)], strict=True))
            for ln in lines[1:]]


def _nth(text: str, needle: str, nth: int) -> int:
    at = -1
    for _ in range(nth):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def gold(half: str, originals: dict[str, str]) -> tuple[list[Item], list[str]]:
    """The annotated quantities of a half, placed in their pages (and the rows not found)."""
    out, lost = [], []
    for row in _rows(f"quantities_{half}.tsv"):
        page = originals[row["file"]]
        at = _nth(page, row["text"], int(row["nth"] or 1))
        if at < 0:
            lost.append(f"{row['file']}: {row['text']!r} (occurrence {row['nth']}) not in the page")
            continue
        out.append(Item(row["file"], at, at + len(row["text"]), row["text"], row["kind"],
                        Decimal(row["value"]), aidparse.to_simplified(row["unit"]), row["approx"]))
    return out, lost


def found(files: Iterable[str], reports: dict[str, aidparse.AidReport]) -> list[Item]:
    out = []
    for name in files:
        report = reports[name]
        for q in report.quantities:
            span = q.original_span or q.span
            out.append(Item(name, span.start, span.end, q.text, q.kind.value, q.value, q.unit,
                            q.approx.value))
    return out


def _same(a: Item, b: Item, strict: bool) -> bool:
    if a.file != b.file or not (a.start < b.end and b.start < a.end):
        return False
    if (a.kind, a.unit) != (b.kind, b.unit) or not _close(a.value, b.value):
        return False
    return not strict or a.approx == b.approx


def _close(a: Decimal, b: Decimal) -> bool:
    """Equal, or equal to the places an annotator wrote (六分之一: 16.666667)."""
    return a == b or abs(a - b) <= max(abs(a), abs(b)) * Decimal("1e-6")


def score(golds: list[Item], finds: list[Item], strict: bool) -> tuple[int, list[Item], list[Item]]:
    """(true positives, golds missed, finds wrong), one-to-one."""
    used = [False] * len(finds)
    missed = []
    for g in golds:
        for i, f in enumerate(finds):
            if not used[i] and _same(g, f, strict):
                used[i] = True
                break
        else:
            missed.append(g)
    return sum(used), missed, [f for f, u in zip(finds, used, strict=True) if not u]


def _prf(tp: int, n_found: int, n_gold: int) -> list[str]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [f"{tp}/{n_found}", f"{100 * p:.1f}%", f"{tp}/{n_gold}", f"{100 * r:.1f}%", f"{f:.3f}"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=("dev", "eval"), help="list the misses and extras of a half")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir() or not (KEYS / "quantities_dev.tsv").exists():
        print(f"{CORPUS} or the answer keys are missing: nothing to score")
        return 0
    halves: dict[str, list[str]] = collections.defaultdict(list)
    for row in _rows("split.tsv"):
        halves[row["half"]].append(row["file"])
    reports = {name: aidparse.parse((CORPUS / name).read_bytes())
               for files in halves.values() for name in files}
    originals = {name: r.original_text for name, r in reports.items()}
    rows = []
    kinds_rows = []
    for half in ("dev", "eval"):
        golds, lost = gold(half, originals)
        finds = found(halves[half], reports)
        for strict in (True, False):
            tp, missed, wrong = score(golds, finds, strict)
            rows.append([half, "kind, value, unit, approx" if strict else "kind, value, unit",
                         *_prf(tp, len(finds), len(golds))])
            if strict and args.show == half:
                print(f"## {half}: annotated rows not placed ({len(lost)})", *lost, sep="\n  ")
                print(f"## {half}: missed ({len(missed)})")
                for g in missed:
                    print(f"  {g.file} {g.text!r} {g.kind} {g.value} {g.unit} {g.approx}")
                print(f"## {half}: reported but not annotated so ({len(wrong)})")
                for f in wrong:
                    print(f"  {f.file} {f.text!r} {f.kind} {f.value} {f.unit} {f.approx}")
        for kind in sorted({g.kind for g in golds} | {f.kind for f in finds}):
            g_k = [g for g in golds if g.kind == kind]
            f_k = [f for f in finds if f.kind == kind]
            tp, _, _ = score(g_k, f_k, strict=True)
            kinds_rows.append([half, kind, *_prf(tp, len(f_k), len(g_k))])
    header = ["half", "match on", "right/found", "precision", "found/annotated", "recall", "F1"]
    print(table(header, rows))
    print()
    print(table(["half", "kind", "right/found", "precision", "found/annotated", "recall", "F1"],
                kinds_rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
