"""Script detection and Simplified conversion speed, beside opencc and hanzidentifier.

    python benchmarks/bench_script.py
"""

from __future__ import annotations

import opencc
from _common import median_seconds, optional, seed_texts

import aidparse


def main() -> None:
    text = "".join(seed_texts()) * 10
    size = len(text.encode("utf-8")) / 1e6
    cc = opencc.OpenCC("t2s")
    assert aidparse.to_simplified(text) == cc.convert(text)
    ours = median_seconds(lambda: aidparse.to_simplified(text), repeat=5)
    ref = median_seconds(lambda: cc.convert(text), repeat=1)
    print(f"to_simplified: {size / ours:.1f} MB/s; opencc t2s: {size / ref:.2f} MB/s "
          f"(x{ref / ours:.0f})")
    det = median_seconds(lambda: aidparse.detect_script(text), repeat=5)
    print(f"detect_script: {size / det:.1f} MB/s")
    hz = optional("hanzidentifier")
    if hz:
        hsec = median_seconds(lambda: hz.identify(text), repeat=3)
        print(f"hanzidentifier.identify: {size / hsec:.1f} MB/s")


if __name__ == "__main__":
    main()
