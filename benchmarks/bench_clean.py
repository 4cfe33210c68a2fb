"""Cleaning speed over the seeds, beside ftfy.fix_text when ftfy is installed.

    python benchmarks/bench_clean.py
"""

from __future__ import annotations

from _common import median_seconds, optional, seed_texts

import aidparse


def main() -> None:
    texts = seed_texts()
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    sec = median_seconds(lambda: [aidparse.clean(t) for t in texts], repeat=21)
    print(f"clean: {size / sec:.2f} MB/s")
    ftfy = optional("ftfy")
    if ftfy:
        fsec = median_seconds(lambda: [ftfy.fix_text(t) for t in texts], repeat=21)
        print(f"ftfy.fix_text: {size / fsec:.2f} MB/s")


if __name__ == "__main__":
    main()
