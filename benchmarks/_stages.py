"""Time ``parse`` stage by stage, for benchmarks only.

:func:`instrument` replaces the functions ``aidparse.report`` calls (found in its
namespace, so the list follows the code), ``parse`` itself and each
cleaning step, by wrappers that add their CPU time to a dictionary. Nothing in
the package changes; the benchmark process alone is patched.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import time
from collections.abc import Callable, Iterator
from typing import Any

#: Stage name -> owning area, filled by :func:`instrument` from what aidparse.report calls.
STAGES: dict[str, str] = {}

#: Not stages: helpers report.py imports that cost nothing measurable or run only on odd input.
SKIP = frozenset({"lazy_re", "read_limited", "check_size", "section_index"})

#: The CPU time of parse not spent in any stage (model_copy of records, span mapping, warnings).
REST = "(rest of parse)"


def stage_names(report: object) -> list[str]:
    """The functions ``aidparse.report`` calls: every aidparse callable in its namespace."""
    import inspect

    return [name for name, value in vars(report).items()
            if name not in SKIP and callable(value) and not name.startswith("_") and name != "parse"
            and (getattr(value, "__module__", "") or "").startswith("aidparse.")
            and (not inspect.isclass(value) or name == "AidReport")]


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


class TimedModel:
    """Stands for a model class in ``aidparse.report``: building one, as ``Cls(...)`` or
    ``Cls.model_construct(...)``, goes through ``wrap`` (a timer); anything else is the class's."""

    def __init__(self, cls: type[Any], wrap: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
        self.cls = cls
        self.call = wrap(cls)
        self.model_construct = wrap(cls.model_construct)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.call(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.cls, name)


def timed(fn: Any, wrap: Callable[[Callable[..., Any]], Callable[..., Any]]) -> Any:
    """``fn`` through ``wrap``; a model class as a :class:`TimedModel`."""
    import inspect

    return TimedModel(fn, wrap) if inspect.isclass(fn) else wrap(fn)


def _area(fn: Any) -> str:
    """The module that owns ``fn``, as a path: ``article/page``, ``models/report (validation)``."""
    area = str(getattr(fn, "__module__", "?")).removeprefix("aidparse.").replace(".", "/")
    return f"{area} (validation)" if area.startswith("models/") else area


def instrument() -> dict[str, float]:
    """Patch the pipeline once; return the dictionary the times accumulate in."""
    global _installed
    if not _installed:
        import aidparse.cleaning.pipeline as pipeline
        import aidparse.report as report

        for name in stage_names(report):
            fn = getattr(report, name)
            STAGES[name] = _area(fn)
            setattr(report, name, timed(fn, lambda f, name=name: _wrap(name, f)))
        STAGES[REST] = "report.py"
        report.parse = _wrap(REST, report.parse)  # type: ignore[assignment]
        import aidparse

        aidparse.parse = report.parse  # type: ignore[attr-defined]  # the lazy name may be cached
        for n, f in pipeline.STEPS:  # a step's area: its module, e.g. article/page
            STAGES[f"clean: {n}"] = _area(f)
        pipeline.STEPS = tuple(  # type: ignore[misc]
            (n, _wrap(f"clean: {n}", f)) for n, f in pipeline.STEPS)
        _installed = True
    return _TIMES


def reset() -> None:
    _TIMES.clear()


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (after a collection), so that stage times do not
    depend on which stage a collection happens to interrupt."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def rest(times: dict[str, float]) -> dict[str, float]:
    """``times`` with the REST entry turned from all of parse into what no stage took."""
    out = dict(times)
    if REST in out:
        out[REST] -= sum(v for k, v in out.items() if k != REST and not k.startswith("clean: "))
    return out


def owner(name: str) -> str:
    return STAGES.get(name, "?")
