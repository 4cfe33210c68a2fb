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


def _median(fn: Callable[[], object], repeat: int, clock: Callable[[], float], warmup: bool) -> float:
    if warmup:
        fn()
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def median_seconds(fn: Callable[[], Any], repeat: int = 7) -> float:
    """Median wall time of ``fn()`` over ``repeat`` runs (after one warm-up)."""
    return _median(fn, repeat, time.perf_counter, True)


def median_cpu(fn: Callable[[], object], repeat: int = 7, *, warmup: bool = True) -> float:
    """Median CPU time (``time.process_time``) of ``fn()`` over ``repeat`` runs."""
    return _median(fn, repeat, time.process_time, warmup)


def alternating_cpu(fns: dict[str, Callable[[], object]], rounds: int = 15) -> dict[str, float]:
    """CPU seconds of each function, median over rounds that alternate their order.

    Each function runs once first (tables, imports); round ``r`` starts with the
    ``r``-th function, so that no tool always runs on a warm or a cold cache.
    """
    times: dict[str, list[float]] = {k: [] for k in fns}
    names = list(fns)
    for name in names:
        fns[name]()
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            start = time.process_time()
            fns[name]()
            times[name].append(time.process_time() - start)
    return {k: statistics.median(v) for k, v in times.items()}


def clear_line_caches() -> int:
    """Empty the article stage's bounded caches, whose keys are whole lines.

    Benchmarks that parse the same pages round after round would otherwise time cache
    hits that a corpus of distinct pages never gets. Caches keyed by a character, a pair
    or a numeral (the repair's scores, ``read_numeral``) stay: over a corpus they fill
    as tables do. Returns how many caches were cleared.
    """
    import sys

    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("aidparse.article.") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                value.cache_clear()
                cleared += 1
    return cleared


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
