"""Whole-pipeline throughput over the seeds, import time and peak memory.

    python benchmarks/bench_parse.py
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc

from _common import median_seconds, seed_texts

import aidparse


def main() -> None:
    texts = seed_texts()
    data = [t.encode("utf-8") for t in texts]
    chars = sum(map(len, texts))

    imports = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c",
             "import time; t=time.perf_counter(); import aidparse; print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True)
        imports.append(float(out.stdout))
    first = median_seconds(lambda: None, repeat=1)  # noqa: F841 - keeps the helper warm

    def run() -> None:
        for d in data:
            aidparse.parse(d)

    seconds = median_seconds(run)
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"parse: {chars / seconds:,.0f} characters/second over {len(texts)} seeds "
          f"({chars} characters, median of 7)")
    print(f"import aidparse: {sorted(imports)[2] * 1000:.0f} ms (median of 5)")
    print(f"peak traced memory while parsing the seeds: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
