"""Adversarial inputs of the article stage: cost per character beside normal text.

Usage (from the repository root)::

    python benchmarks/bench_corners.py              # 10 KB, 100 KB, 1 MB
    python benchmarks/bench_corners.py --sizes 10000 100000

Issue 9 found inputs whose cost grew with the square of their length. This
script parses each kind at each size and prints its CPU time per character
divided by that of normal text of the same size (the seeds repeated), and the
growth of its own cost per character from the smallest to the largest size.
Every kind must stay within 3× of normal text, and grow linearly (growth near
1×). CPU time (``time.process_time``), median of the rounds, kinds alternating
within each round.

Kinds (the article stage's corners; quantities, dates and decoding have their
own):

* ``spaces`` — a run of spaces inside a line (``援`` + spaces + ``疆``);
* ``ideographic-spaces`` — the same with U+3000;
* ``unclosed-comment`` — a page cut off inside ``<!--``, then text;
* ``unclosed-script`` — a page cut off inside ``<script>``, then text;
* ``open-comments`` — ``<!--`` repeated, never closed;
* ``open-tags`` — ``<a `` repeated, never closed;
* ``markup`` — paragraphs in ``<p>`` tags with entities (ordinary HTML);
* ``entities`` — ``&amp;`` repeated.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from _common import seed_texts, table

import aidparse


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def kinds() -> dict[str, Callable[[int], str]]:
    normal_unit = "\n".join(seed_texts())
    return {
        "normal": lambda n: _fill(normal_unit, n),
        "spaces": lambda n: "援" + " " * (n - 2) + "疆",
        "ideographic-spaces": lambda n: "援" + "\u3000" * (n - 2) + "疆",
        "unclosed-comment": lambda n: "<p>援疆资金</p><!--" + _fill(normal_unit, n - 15),
        "unclosed-script": lambda n: "<p>援疆资金</p><script>" + _fill(normal_unit, n - 18),
        "open-comments": lambda n: _fill("<!--", n),
        "open-tags": lambda n: _fill("<a ", n),
        "markup": lambda n: _fill("<p>援疆资金&nbsp;420余万元，实施项目&quot;25&quot;个。</p>\n", n),
        "entities": lambda n: _fill("&amp;", n),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    makers = kinds()
    per_char: dict[str, dict[int, float]] = {k: {} for k in makers}
    for size in args.sizes:
        texts = {k: make(size) for k, make in makers.items()}
        aidparse.parse(texts["normal"][:1000])  # load tables outside the timing
        times: dict[str, list[float]] = {k: [] for k in makers}
        for _ in range(args.rounds):
            for kind, text in texts.items():
                start = time.process_time()
                aidparse.parse(text)
                times[kind].append(time.process_time() - start)
        for kind, ts in times.items():
            per_char[kind][size] = statistics.median(ts) / size
        print(f"measured {size} characters", file=sys.stderr)
    rows = []
    for kind in makers:
        row = [kind]
        for size in args.sizes:
            ratio = per_char[kind][size] / per_char["normal"][size]
            row.append(f"{per_char[kind][size] * 1e6:.2f} µs ({ratio:.2f}×)")
        growth = per_char[kind][args.sizes[-1]] / per_char[kind][args.sizes[0]]
        row.append(f"{growth:.2f}×")
        rows.append(row)
    header = ["kind", *(f"{s // 1000} KB: per char (× normal)" for s in args.sizes),
              f"growth {args.sizes[0] // 1000} KB → {args.sizes[-1] // 1000} KB"]
    print(table(header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
