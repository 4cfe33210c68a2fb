"""Quantity and date extraction speed over the cleaned seeds, and linearity.

JioNLP's money and time extraction runs beside it when jionlp is installed.

    python benchmarks/bench_extract.py
"""

from __future__ import annotations

from _common import median_seconds, optional, seed_texts

import aidparse


def main() -> None:
    texts = [aidparse.to_simplified(aidparse.clean(t).text) for t in seed_texts()]
    chars = sum(map(len, texts))

    def run(items: list[str]) -> None:
        for t in items:
            aidparse.extract_quantities(t)
            aidparse.extract_dates(t)

    sec = median_seconds(lambda: run(texts))
    print(f"extract_quantities + extract_dates: {chars / sec:,.0f} characters/second")
    small = "\n".join(texts)[:10_000]
    big = small * 1000
    s_small = median_seconds(lambda: run([small]))
    s_big = median_seconds(lambda: run([big]), repeat=1)
    print(f"linearity: 10 MB costs {s_big / s_small:.0f}x 10 KB (1000x is linear)")
    jio = optional("jionlp")
    if jio:
        jsec = median_seconds(lambda: [jio.extract_money(t) and jio.extract_time(t)
                                       for t in texts], repeat=3)
        print(f"jionlp money+time: {chars / jsec:,.0f} characters/second")


if __name__ == "__main__":
    main()
