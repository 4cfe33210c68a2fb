"""The misaligned-GBK repair: how right it is on synthetic and real sites, and what it costs.

    python benchmarks/bench_misaligned.py [sites-per-set] [--no-cost] [--module PATH]

Quality (see ``_gbk_sites.py`` for how sites are made and scored): the synthetic
sites are drawn on the seeds, the corpus's development half and its evaluation
half (``tests/data/corpus/split.tsv``; the constants of the repair were tuned on
the first two only); the real sites are those of ``tests/data/converter_sites.tsv``.
``--module`` scores another implementation of ``find_misaligned_gbk`` (for
instance the one on main: ``git show main:src/aidparse/cleaning/misaligned.py``).

Cost (CPU time, medians of alternating rounds): ``clean`` on the undamaged seeds
with their ``?`` against the same seeds without it, and on a page of real
questions; then per-character cost on repeated damaged fragments from 1 KB to 1 MB,
beside normal text of the same size.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import pathlib
import statistics
import sys
import time
from collections.abc import Callable

import _gbk_sites as g
from _common import median_cpu, table

import aidparse
from aidparse.cleaning.edits import Change
from aidparse.cleaning.misaligned import find_misaligned_gbk

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETS = (("seeds", "seeds (synthetic)"), ("dev", "corpus dev (synthetic)"),
        ("eval", "corpus eval (synthetic)"))


def _load(path: str) -> Callable[[str], list[Change]]:
    spec = importlib.util.spec_from_file_location("misaligned_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    repair: Callable[[str], list[Change]] = module.find_misaligned_gbk
    return repair


def _real_kind(note: str) -> str:
    for key, kind in (("annotated seam", "annotated"), ("fold seam", "fold"), ("bare seam", "other"),
                      ("lost with", "lost")):
        if note.startswith(key):
            return kind
    return "other"


def shapes(n_sites: int) -> None:
    """Synthetic sites beside the real ones: kinds of seam and how much each destroys."""
    rows = []
    real = [r for r in g.real_rows() if r[5] != "?"]
    for which, name in SETS:
        stats = g.site_stats(g.sources(which), n_sites)
        if stats:
            rows.append([name, *stats])
    if real:
        kinds = [_real_kind(r[6]) for r in real]
        lengths = [len(r[5]) for r in real]
        rows.append([f"real ({len(real)} sites)", len(real),
                     *(f"{kinds.count(k) / len(kinds):.0%}" for k in g.KINDS),
                     f"{statistics.mean(lengths):.1f}", f"{statistics.median(lengths):g}",
                     f"{sum(r[4].startswith('?') and ')' in r[4][:8] for r in real) / len(real):.0%}"])
    print("Where seams fall and what they destroy (synthetic sites beside the real ones)")
    print(table(["sites from", "sites", *(f"{k}" for k in g.KINDS), "destroyed/site", "median",
                 "residue at '?'"], rows))


def quality(n_sites: int, repair: Callable[[str], list[Change]]) -> None:
    rows, kinds = [], {k: g.Tally() for k in g.KINDS}
    for which, name in SETS:
        docs = g.sources(which)
        if not docs:
            print(f"({name}: ../shared/corpus absent)")
            continue
        tallies = g.run(docs, n_sites, repair=repair)
        rows.append([name, *tallies["all"].row()])
        if which != "eval":
            for k in g.KINDS:
                kinds[k].add(tallies[k])
    print("\nMisaligned-GBK repair on synthetic sites (restored = destroyed characters written back right)")
    print(table(["sites from", *g.HEADER], rows))
    print("\nPer kind of seam (development sets: seeds and corpus dev)")
    print(table(["kind", *g.HEADER[:-2]], [[k, *t.row()[:-2]] for k, t in kinds.items()]))
    real_rows = []
    for name, keep in (("seed 001", lambda r: r[0] == "seed:001"),
                       ("corpus dev", lambda r: r[0] != "seed:001" and r[1] == "dev"),
                       ("corpus eval", lambda r: r[0] != "seed:001" and r[1] == "eval")):
        rows_of = [r for r in g.real_rows() if keep(r)]
        tally, _ = g.score_real(rows_of, repair=repair)
        if tally.sites:
            real_rows.append([f"{name} (real)", *tally.row()])
    print("\nReal sites (tests/data/converter_sites.tsv; false repairs: real question marks repaired)")
    print(table(["sites from", *g.HEADER], real_rows))
    alarms = [["inserted '?' in clean lines", *g.false_alarms(g.sources(w), repair=repair)]
              for w in ("seeds", "dev", "eval") if g.sources(w)]
    print("\nFalse alarms: a real '?' put into clean lines (Simplified, or converter-annotated Traditional)")
    print(table(["text", "repairs", "trials"], alarms))



def _pair(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median CPU times of ``a`` and ``b``, measured in alternating rounds."""
    a(), b()
    ta, tb = [], []
    for _ in range(rounds):
        for fn, out in ((a, ta), (b, tb)):
            start = time.process_time()
            fn()
            out.append(time.process_time() - start)
    return statistics.median(ta), statistics.median(tb)


def _question_page() -> str:
    """Lines of undamaged pages that ask a question, with ASCII '?' (as a page folded to ASCII has)."""
    lines = []
    damaged = {row[0].split(":")[1] for row in g.real_rows()}  # pages with converter damage
    for name, text in [*g.sources("seeds"), *g.sources("dev"), *g.sources("eval")]:
        if name in damaged or name[:3] in damaged:
            continue
        lines += [ln.replace("？", "?") for ln in text.split("\n") if "？" in ln or "?" in ln]
    page = "\n".join(lines)
    return (page * (20_000 // max(len(page), 1) + 1))[:20_000]


def cost(rounds: int, repair: Callable[[str], list[Change]]) -> None:
    """``clean`` is always this checkout's; the repair alone is the one under test."""
    clean = aidparse.clean
    rows = []
    undamaged = [p for p in sorted((ROOT / "seeds").glob("*.txt")) if not p.name.startswith("001")]
    pages = [(path.name[:3], path.read_text(encoding="utf-8")) for path in undamaged]
    pages.append(("questions", _question_page()))
    for name, text in pages:
        plain = text.replace("?", "。")  # the same page without its question marks
        with_q, without_q = _pair(functools.partial(clean, text), functools.partial(clean, plain), rounds)
        repair_q = median_cpu(functools.partial(repair, text), rounds)
        rows.append([name, len(text), text.count("?"), f"{with_q * 1e3:.2f}", f"{without_q * 1e3:.2f}",
                     f"{with_q / without_q:.2f}", f"{repair_q * 1e6 / len(text):.3f}"])
    print("\nCost on undamaged text with ASCII '?' (clean, CPU ms; the same text with '?' as '。' beside it)")
    print(table(["page", "chars", "'?'", "clean with ?", "without", "ratio", "repair µs/char"], rows))

    seed1 = next((ROOT / "seeds").glob("001_*.txt")).read_text(encoding="utf-8")
    fragment = "\n".join(ln for ln in seed1.split("\n") if "?" in ln and "(" in ln)
    normal = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    rows = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        damaged = (fragment * (size // len(fragment) + 1))[:size]
        plain = (normal * (size // len(normal) + 1))[:size]
        n = max(3, min(rounds, 2_000_000 // size))
        td, tn = _pair(functools.partial(clean, damaged), functools.partial(clean, plain), n)
        tr = median_cpu(functools.partial(repair, damaged), max(1, n // 2))
        rows.append([f"{size // 1000} KB", f"{td * 1e6 / size:.2f}", f"{tn * 1e6 / size:.2f}",
                     f"{td / tn:.1f}", f"{tr * 1e6 / size:.2f}", damaged.count("?")])
    print("\nRepeated damaged fragments (seed 001's damaged paragraphs) beside normal text (seed 000), "
          "µs of CPU per character")
    print(table(["size", "clean, damaged", "clean, normal", "ratio", "repair alone", "'?'"], rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="?", type=int, default=1000, help="synthetic sites per set")
    parser.add_argument("--no-cost", action="store_true", help="quality only")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--module", help="score find_misaligned_gbk of this file instead")
    args = parser.parse_args()
    repair = _load(args.module) if args.module else find_misaligned_gbk
    shapes(args.sites)
    quality(args.sites, repair)
    if not args.no_cost:
        cost(args.rounds, repair)


if __name__ == "__main__":
    main()
