"""Cleaning speed over the seeds, beside ftfy.fix_text when ftfy is installed.

    python benchmarks/bench_clean.py
    python benchmarks/bench_clean.py --rounds 21

CPU time, the median of rounds that alternate the tools' order, with the article
stage's line caches emptied before every round (a corpus of distinct pages never
hits them). Two rows for aidparse:

* ``clean`` as called, every step: the fixers, and the article stage's walk down
  the page that moves furniture, stamps and bylines out (work ftfy does not do);
* ``clean`` with ``boilerplate=False``: the fixers only (mojibake, misaligned GBK,
  entities and markup, widths, pinyin annotations, spacing, broken lines), the job
  ``ftfy.fix_text`` does.

Issue 13's goal is ``clean`` at ftfy's speed or better on plain text; the ratio of
each row to ftfy is printed.
"""

from __future__ import annotations

import argparse

from _common import alternating_cpu, clear_line_caches, optional, seed_texts, table

import aidparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    texts = seed_texts()
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    fixers = aidparse.CleanConfig(boilerplate=False)

    def every_step() -> None:
        clear_line_caches()
        for t in texts:
            aidparse.clean(t)

    def fixers_only() -> None:
        clear_line_caches()
        for t in texts:
            aidparse.clean(t, config=fixers)

    tools = {"clean (every step)": every_step, "clean (boilerplate=False)": fixers_only}
    ftfy = optional("ftfy")
    if ftfy is not None:
        def fix_text() -> None:
            clear_line_caches()  # the same work between rounds for every tool
            for t in texts:
                ftfy.fix_text(t)

        tools["ftfy.fix_text"] = fix_text
    cpu = alternating_cpu(tools, rounds=args.rounds)
    rows = []
    for name, sec in cpu.items():
        ratio = f"{cpu['ftfy.fix_text'] / sec:.2f}×" if "ftfy.fix_text" in cpu else "—"
        rows.append([name, f"{size / sec:.2f}", ratio])
    print(f"{len(texts)} seeds, {size:.3f} MB, CPU, median of {args.rounds} alternating rounds:")
    print(table(["tool", "MB/s", "speed vs ftfy (goal ≥ 1×)"], rows))
    if ftfy is None:
        print("ftfy is not installed: pip install ftfy to compare")


if __name__ == "__main__":
    main()
