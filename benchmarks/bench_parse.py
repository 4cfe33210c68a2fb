"""End to end: ``parse(bytes)`` against JioNLP's money and time extraction, and where the time goes.

    pip install jionlp              # benchmark only, never a dependency
    python benchmarks/bench_parse.py                 # seeds, 1 MB, 10 MB (aidparse only at 10 MB)
    python benchmarks/bench_parse.py --jionlp-10mb   # JioNLP at 10 MB too (slow: it turns superlinear)
    python benchmarks/bench_parse.py --quick         # seeds and 1 MB

aidparse does everything from the bytes (decode, convert, clean, extract,
assemble); JioNLP only ``ner.extract_money`` plus ``ner.extract_time`` on the
decoded text. Rounds alternate the tools; times are CPU seconds
(``time.process_time``), medians over the rounds. The ratio is JioNLP's time
over aidparse's (goal, issue 13: ≥ 5× on the seeds and on 1 MB; linear to
10 MB). The 1 MB and 10 MB inputs are the seeds joined and repeated. The
floor is UTF-8 decoding plus one regex pass for numbers. aidparse's bounded
per-line caches are emptied before each round, so that a round meets the seeds
as new pages; within the 1 MB and 10 MB inputs the seeds' lines repeat, and
those repeats do hit the caches (a corpus of distinct pages has fewer).

The stage table shows each stage's share of parse time (timing wrappers, see
``_stages.py``) and the area of the code that owns it, on the seeds, on the
seeds without the damaged one (001), and on 1 MB (``--stages-only`` prints
only this table).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import re
import statistics
import time
from collections.abc import Callable

import _stages
from _common import SEEDS, clear_line_caches, optional, table

import aidparse


def cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jionlp-10mb", action="store_true")
    parser.add_argument("--quick", action="store_true", help="seeds and 1 MB only")
    parser.add_argument("--stages-only", action="store_true", help="only the table of stage shares")
    args = parser.parse_args()
    seeds = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        print("no seeds found; nothing to measure")
        return
    logging.disable(logging.CRITICAL)  # jionlp logs every failed time parse at ERROR
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        jio = optional("jionlp")  # it prints a banner on import
    if jio is None:
        print("jionlp is not installed: aidparse alone (pip install jionlp for the ratio)")

    joined = b"\n".join(seeds)
    sizes = [("1 MB", 1_000_000)] + ([] if args.quick else [("10 MB", 10_000_000)])
    inputs: list[tuple[str, list[bytes], int]] = [("5 seeds", seeds, 7)]
    for label, size in sizes:
        text = (joined * (size // len(joined) + 1))[:size].decode("utf-8", "ignore")
        inputs.append((label, [text.encode("utf-8")], 3 if size <= 1_000_000 else 1))
    for doc in seeds:
        aidparse.parse(doc)  # load the tables first: start-up is bench_startup's business

    number = re.compile(r"\d+(?:\.\d+)?")
    rows = []
    per_char: dict[str, float] = {}
    for label, docs, rounds in [] if args.stages_only else inputs:
        texts = [d.decode("utf-8") for d in docs]
        chars = sum(map(len, texts))
        ours, theirs, floor = [], [], []
        run_jio = jio is not None and (label != "10 MB" or args.jionlp_10mb)
        for _ in range(rounds):
            clear_line_caches()  # each round meets the pages as new ones
            ours.append(cpu(lambda docs=docs: [aidparse.parse(d) for d in docs]))
            if run_jio:
                theirs.append(cpu(lambda texts=texts: [(jio.ner.extract_money(t), jio.ner.extract_time(t))
                                                       for t in texts]))
            floor.append(cpu(lambda docs=docs: [sum(1 for _ in number.finditer(d.decode("utf-8")))
                                                for d in docs]))
        o = statistics.median(ours)
        per_char[label] = o / chars
        row = [label, f"{chars:,}", rounds, f"{chars / o:,.0f}"]
        if theirs:
            t = statistics.median(theirs)
            ratio = t / o
            verdict = "" if label == "10 MB" else ("met" if ratio >= 5 else "NOT met")
            row += [f"{chars / t:,.0f}", f"{ratio:.2f}x", verdict]
        else:
            row += ["-", "-", ""]
        row.append(f"{o / statistics.median(floor):.0f}x")
        rows.append(row)
    if rows:
        print("characters per CPU second (median of the rounds):")
        print(table(["input", "chars", "rounds", "aidparse", "jionlp money+time", "ratio (goal >= 5x)",
                     "", "aidparse / floor"], rows))
        base = per_char["1 MB"]
        print("\nlinearity, cost per character relative to 1 MB: "
              + ", ".join(f"{k} {v / base:.2f}" for k, v in per_char.items()))

    times = _stages.instrument()
    print("\nwhere parse time goes (share of CPU, one instrumented run each, garbage collector paused):")
    shares = []
    undamaged = seeds[:1] + seeds[2:]  # seed 001 is the damaged one (misaligned GBK)
    for label, docs, _ in [inputs[0], ("seeds but 001", undamaged, 1), inputs[1]]:
        _stages.reset()
        clear_line_caches()
        with _stages.no_gc():
            total = cpu(lambda docs=docs: [aidparse.parse(d) for d in docs])
        shares.append((label, _stages.rest(times), total))
    names = sorted({n for _, t, _ in shares for n in t}, key=lambda n: -shares[0][1].get(n, 0.0))
    rows = []
    for name in names:
        cells = [name, _stages.owner(name)]
        cells += [f"{100 * t.get(name, 0.0) / total:.1f}%" for _, t, total in shares]
        if any(t.get(name, 0.0) / total >= 0.005 for _, t, total in shares):
            rows.append(cells)
    print(table(["stage", "area", *(label for label, _, _ in shares)], rows))
    print("('clean' includes its steps, listed as 'clean: ...'; '(rest of parse)' is parse's own code:"
          " copies of records with their input spans, warnings)")


if __name__ == "__main__":
    main()
