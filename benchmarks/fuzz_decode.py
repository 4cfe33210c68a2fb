"""Fuzz decoding: at least 100,000 inputs, random and mutated, and the count of violations.

Inputs: random bytes (any byte, high bytes only, ASCII with a few high bytes)
and pieces of the seeds in every supported encoding (Big5 ones after OpenCC
s2t), damaged by zero to three mutations — cut in the last eight bytes or
anywhere, a stray byte, NULs, a flipped or dropped byte, a long ASCII head, a
declared charset good or bad — or spliced from two encodings. Each input is
checked against ``tests/decode_invariants.py``: only AidparseError raised,
the named codec reproduces the text, spans in order, deterministic, JSON
round trip. The run must print ``violations: 0``.

    python benchmarks/fuzz_decode.py                 # 100,000 inputs, 2 processes
    python benchmarks/fuzz_decode.py --n 2000 --jobs 1
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import pathlib
import random
import sys
import time

import opencc
from _common import seed_texts

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))

from decode_invariants import violations
from decode_mutations import mutated, random_bytes


def _work(args: tuple[int, int]) -> tuple[collections.Counter[str], list[tuple[int, str, str]]]:
    """Run inputs ``start`` to ``stop`` (each from its own seeded generator)."""
    start, stop = args
    texts = seed_texts()
    s2t = opencc.OpenCC("s2t")
    traditional = [s2t.convert(t) for t in texts]
    kinds: collections.Counter[str] = collections.Counter()
    found: list[tuple[int, str, str]] = []
    for i in range(start, stop):
        rng = random.Random(i)
        if rng.random() < 0.3:
            what, data = random_bytes(rng)
        else:
            k = rng.randrange(len(texts))
            what, data = mutated(rng, texts[k], traditional[k])
        kinds[what if what.startswith(("random", "splice")) else "mutated" if "+" in what else "clean"] += 1
        for problem in violations(data):
            found.append((i, what, problem))
    return kinds, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--first", type=int, default=0, help="index of the first input (its seed)")
    args = parser.parse_args()
    step = 1000
    chunks = [(s, min(s + step, args.first + args.n)) for s in range(args.first, args.first + args.n, step)]
    began = time.perf_counter()
    kinds: collections.Counter[str] = collections.Counter()
    found: list[tuple[int, str, str]] = []
    with multiprocessing.Pool(args.jobs) as pool:
        for k, f in pool.imap_unordered(_work, chunks):
            kinds += k
            found += f
    elapsed = time.perf_counter() - began
    print(f"inputs: {sum(kinds.values())} in {elapsed:.0f} s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"violations: {len(found)}")
    for i, what, problem in sorted(found)[:20]:
        print(f"  input {i} ({what}): {problem}")


if __name__ == "__main__":
    main()
