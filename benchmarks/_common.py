"""Helpers shared by the benchmark scripts (run them from the repository root)."""

from __future__ import annotations

import importlib
import pathlib
import statistics
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def median_seconds(fn: Callable[[], Any], repeat: int = 7) -> float:
    """Median wall time of ``fn()`` over ``repeat`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def optional(name: str) -> ModuleType | None:
    """Import a reference tool if it is installed (benchmarks only, never a dependency)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def table(header: list[str], rows: list[list[Any]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    lines = [" | ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-|-".join("-" * w for w in widths))
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)
