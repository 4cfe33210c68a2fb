"""Memory and transport: what a parsed report holds, and what it costs to pickle.

    python benchmarks/bench_memory.py            # the seeds, 1 MB and 10 MB
    python benchmarks/bench_memory.py --no-10mb  # skip the 10 MB input (a minute)

For each input (the bytes given to ``parse``):

* **memory** — bytes traced by ``tracemalloc`` that are still allocated after
  ``parse`` returns (the report and all it holds), over the input's size; the
  pipeline runs twice on the same input first, so caches are warm and only the
  report remains. Also the peak while parsing.
* **pickle** — ``len(pickle.dumps(report))`` over the input's size, pickling
  and unpickling time (CPU, median of 5) as a share of parse time, and whether
  the unpickled report equals the original.
* the top holders of the report's memory, by field.

Goals (issue 13): memory ≤ 10× the input, pickle ≤ 2×.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import time
import tracemalloc

from _common import SEEDS, median_cpu, table

import aidparse


def deep_size(obj: object, seen: set[int]) -> int:
    """Bytes of ``obj`` and everything it references that ``seen`` has not counted."""
    import enum

    total = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen or o is None or isinstance(o, (type, bool, enum.Enum)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        stack.extend(gc.get_referents(o))
    return total


def inputs(big: bool) -> list[tuple[str, bytes]]:
    seeds = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    joined = b"\n".join(seeds)
    out = [(f"seed {i:03d}", s) for i, s in enumerate(seeds)] + [("5 seeds", joined)]
    for label, size in [("1 MB", 1_000_000), ("10 MB", 10_000_000)][: 2 if big else 1]:
        text = (joined * (size // len(joined) + 1))[:size].decode("utf-8", "ignore")
        out.append((label, text.encode("utf-8")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-10mb", action="store_true", help="skip the 10 MB input")
    args = parser.parse_args()
    rows = []
    holders: list[tuple[str, dict[str, float]]] = []
    for label, data in inputs(not args.no_10mb):
        for _ in range(2):  # warm every cache the pipeline fills on this input
            aidparse.parse(data)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        start = time.process_time()
        report = aidparse.parse(data)
        parse_s = time.process_time() - start
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        blob = pickle.dumps(report)
        dump_s = median_cpu(lambda r=report: pickle.dumps(r), 5, warmup=False)
        load_s = median_cpu(lambda b=blob: pickle.loads(b), 5, warmup=False)
        equal = pickle.loads(blob) == report
        n = len(data)
        rows.append([label, f"{n:,}", f"{(held - before) / n:.1f}x", f"{(peak - before) / n:.1f}x",
                     f"{len(blob) / n:.2f}x", f"{1000 * dump_s:.1f}", f"{1000 * load_s:.1f}",
                     f"{1000 * parse_s:.0f}", f"{100 * (dump_s + load_s) / parse_s:.1f}%",
                     "yes" if equal else "NO"])
        if label in ("5 seeds", "1 MB"):
            seen: set[int] = set()
            sizes = {name: deep_size(getattr(report, name), seen) / n for name in type(report).model_fields}
            holders.append((label, sizes))
        del report
    print(table(["input", "bytes", "memory", "peak", "pickle", "dump ms", "load ms", "parse ms",
                 "pickle/parse", "equal"], rows))
    print("\nwhat the report holds, per byte of input (fields above 0.1x):")
    for label, sizes in holders:
        top = sorted(((v, k) for k, v in sizes.items() if v >= 0.1), reverse=True)
        print(f"  {label}: " + ", ".join(f"{k} {v:.2f}x" for v, k in top)
              + f"  (total {sum(sizes.values()):.1f}x)")
    print("\ngoals: memory <= 10x the input, pickle <= 2x")


if __name__ == "__main__":
    main()
