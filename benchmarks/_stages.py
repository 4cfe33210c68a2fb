"""Time ``parse`` stage by stage, for benchmarks only.

:func:`instrument` replaces the functions ``aidparse.report`` calls, and each
cleaning step, by wrappers that add their CPU time to a dictionary. Nothing in
the package changes; the benchmark process alone is patched.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from typing import Any

#: Functions that aidparse.report calls, timed one by one (with the area that owns each).
STAGES: dict[str, str] = {
    "decode": "decoding/",
    "replace_surrogates": "cleaning/markup",
    "clean": "cleaning/ (all steps)",
    "conversion_runs": "script/",
    "aligned_changes": "cleaning/edits",
    "apply_changes": "cleaning/edits",
    "extend_log": "cleaning/edits",
    "published_date": "article/",
    "find_title": "article/",
    "resolve_places": "places/",
    "find_sections": "article/",
    "extract_quantities": "extract/",
    "extract_dates": "extract/",
    "headline_figures": "extract/",
    "find_batch": "places/",
    "donor_batch_period": "places/",
    "detect_script": "script/",
    "AidReport": "models/ (validation)",
}

_TIMES: dict[str, float] = collections.defaultdict(float)
_installed = False


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _TIMES[name] += time.process_time() - start
    return timed


def instrument() -> dict[str, float]:
    """Patch the pipeline once; return the dictionary the times accumulate in."""
    global _installed
    if not _installed:
        import aidparse.cleaning.pipeline as pipeline
        import aidparse.report as report

        for name in STAGES:
            setattr(report, name, _wrap(name, getattr(report, name)))
        pipeline.STEPS = tuple(  # type: ignore[misc]
            (n, _wrap(f"clean: {n}", f)) for n, f in pipeline.STEPS)
        _installed = True
    return _TIMES


def reset() -> None:
    _TIMES.clear()


def owner(name: str) -> str:
    if name.startswith("clean: "):
        step = name.removeprefix("clean: ")
        return {"misaligned_gbk": "cleaning/misaligned", "html": "cleaning/markup",
                "invisible": "cleaning/markup", "boilerplate": "cleaning/boilerplate",
                "pinyin": "cleaning/pinyin", "latin1_mojibake": "cleaning/mojibake"}.get(
                    step, "cleaning/layout")
    return STAGES.get(name, "?")
