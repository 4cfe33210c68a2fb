"""Lazy access to the package data under ``aidparse/data``.

Nothing is read at import time: each table is loaded on first use and cached.
Every table names its source in its leading ``#`` lines; see
``scripts/build_data.py`` for how they are regenerated.
"""

from __future__ import annotations

import functools
import math
from importlib import resources

__all__ = ["char_logfreq", "read_lines", "read_tsv", "word_counts"]


def read_lines(name: str) -> list[str]:
    """Data lines of a package table (comment lines dropped)."""
    text = resources.files("aidparse.data").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a gazetteer TSV (first line is the header) as dictionaries."""
    lines = read_lines(name)
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells[: len(header)], strict=True)))
    return tuple(rows)


#: Log-probability given to Han characters missing from the frequency table.
UNKNOWN_HAN_LOGP = -17.0


@functools.cache
def char_logfreq() -> dict[str, float]:
    """Natural-log probability of each Han character (jieba-derived counts)."""
    counts = {}
    for line in read_lines("charfreq.tsv"):
        ch, n = line.split("\t")
        counts[ch] = int(n)
    total = sum(counts.values())
    return {ch: math.log(n / total) for ch, n in counts.items()}


@functools.cache
def word_counts() -> dict[str, int]:
    """Counts of common 2-4 character words (jieba-derived)."""
    out = {}
    for line in read_lines("words.tsv"):
        word, n = line.split("\t")
        out[word] = int(n)
    return out
