"""Two checkouts of aidparse side by side: parse time of the same inputs, alternating rounds.

    git worktree add /tmp/aidparse-main main         # or any other checkout
    python benchmarks/bench_ab.py --base /tmp/aidparse-main/src
    python benchmarks/bench_ab.py --base /tmp/aidparse-main/src --rounds 15 --stages
    python benchmarks/bench_ab.py --base /tmp/aidparse-main/src --new-lines

Each round runs one fresh process per checkout (``PYTHONPATH`` pointing at its
``src``; this one's is the ``src`` next to this script), in alternating order;
a process parses every input once to warm its tables, then times ``--repeat``
parses of each input in CPU seconds. The table shows the medians and the ratio
(base time over this checkout's time: above 1, this checkout is faster). On a
shared machine the ratio of medians over alternating rounds holds much better
than either figure alone. ``--stages`` adds each stage's share, as in
``bench_parse.py`` (one instrumented parse per process, with the cyclic garbage
collector paused, so that a collection does not land on whichever stage runs then).

By default the article stage's line caches stay filled from one parse of an input to
the next, as when the same page is parsed again. ``--new-lines`` empties them before
each parse (the time of emptying them left out), as a corpus of distinct pages meets
its lines, the way ``bench_parse.py`` and ``bench_clean.py`` time a round: the figure
to compare for a change to what the article stage does per line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from _common import SEEDS, clear_line_caches, table

HERE = Path(__file__).resolve()
SRC = HERE.parents[1] / "src"


def child(repeat: int, stages: bool, new_lines: bool = False) -> None:
    """Run in a fresh process: CPU seconds per input (and stage times), as JSON."""
    import logging
    import time

    import aidparse

    logging.disable(logging.CRITICAL)
    out: dict[str, float] = {}
    for label, data in inputs():
        aidparse.parse(data)
        spent = 0.0
        for _ in range(repeat):
            if new_lines:
                clear_line_caches()
            start = time.process_time()
            aidparse.parse(data)
            spent += time.process_time() - start
        out[label] = spent / repeat
    if stages:
        import _stages

        times = _stages.instrument()
        for label, data in inputs():
            if new_lines:
                clear_line_caches()
            _stages.reset()
            with _stages.no_gc():
                aidparse.parse(data)
            out.update({f"{label}|{k}": v for k, v in _stages.rest(times).items()})
    print(json.dumps(out))


def inputs() -> list[tuple[str, bytes]]:
    seeds = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    joined = b"\n".join(seeds)
    big = (joined * (400_000 // len(joined) + 1))[:400_000].decode("utf-8", "ignore").encode("utf-8")
    return [*((f"seed {i:03d}", s) for i, s in enumerate(seeds)), ("400 kB", big)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=Path, help="the other checkout's src directory")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--repeat", type=int, default=3, help="parses of each input per process")
    parser.add_argument("--stages", action="store_true", help="also each stage's share")
    parser.add_argument("--new-lines", action="store_true",
                        help="empty the article stage's line caches before each parse (distinct pages)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.repeat, args.stages, args.new_lines)
        return
    if not SEEDS.exists() or args.base is None:
        print("no seeds, or no --base checkout: nothing to compare")
        return
    results: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
    for r in range(args.rounds):
        order = [("base", args.base), ("this", SRC)]
        for name, src in order if r % 2 == 0 else order[::-1]:
            env = {**os.environ, "PYTHONPATH": str(src)}
            cmd = [sys.executable, str(HERE), "--child", "--repeat", str(args.repeat)]
            flags = (["--stages"] if args.stages else []) + (["--new-lines"] if args.new_lines else [])
            out = subprocess.run(cmd + flags, env=env, capture_output=True, text=True, check=True).stdout
            results[name].append(json.loads(out))
    labels = [label for label, _ in inputs()]
    rows = []
    for label in labels:
        base = statistics.median(r[label] for r in results["base"])
        this = statistics.median(r[label] for r in results["this"])
        rows.append([label, f"{1000 * base:.1f}", f"{1000 * this:.1f}", f"{base / this:.2f}x"])
    caches = ", the article stage's line caches emptied before each" if args.new_lines else ""
    print(f"CPU ms per parse, median of {args.rounds} alternating rounds of {args.repeat} parses{caches}:")
    print(table(["input", "base", "this checkout", "base / this"], rows))
    if args.stages:
        for label in ("seed 000", "400 kB"):
            names = sorted({k.split("|", 1)[1] for r in results["this"] + results["base"] for k in r
                            if k.startswith(label + "|")})
            share_rows = []
            for stage in names:
                cells = [stage]
                for side in ("base", "this"):
                    totals = [r[label] for r in results[side]]
                    parts = [r.get(f"{label}|{stage}", 0.0) for r in results[side]]
                    cells.append(f"{1000 * statistics.median(parts):.2f}")
                    cells.append(f"{100 * statistics.median(parts) / statistics.median(totals):.1f}%")
                if max(float(cells[2][:-1]), float(cells[4][:-1])) >= 0.5:
                    share_rows.append(cells)
            share_rows.sort(key=lambda c: -float(c[1]))
            print(f"\nstages on {label} (CPU ms of one instrumented parse without garbage collection,"
                  " and share of a timed parse):")
            print(table(["stage", "base ms", "base %", "this ms", "this %"], share_rows))


if __name__ == "__main__":
    main()
