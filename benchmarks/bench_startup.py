"""Start-up cost: ``import aidparse`` and the first ``parse`` in a fresh process, and where it goes.

    python benchmarks/bench_startup.py             # 9 fresh processes per measure
    python benchmarks/bench_startup.py --runs 21

Every figure is CPU time (``time.process_time``) in a fresh interpreter, the
median over ``--runs`` subprocesses run in alternation. Goals (issue 13):
``import aidparse`` ≤ 150 ms, first ``parse`` ≤ 250 ms.

The children run with bytecode cached, as in an installed package (``pip``
compiles a wheel's modules on install): they write and read it under a
temporary ``PYTHONPYCACHEPREFIX``, after one warm-up run, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling shell. One more row shows the
first parse when every module is compiled from source (a checkout run with
``PYTHONDONTWRITEBYTECODE=1``), for comparison.

The breakdown runs the first parse's work piece by piece in a fresh process —
module imports (package by package, dependencies first), each table's first
load, then the first parse with all of that done, stage by stage, against a
second parse of the same input. "first-use extra" is what a stage's first call
costs beyond its second: patterns compiled on first use and small caches. The
stage timing replaces functions in ``aidparse.report`` and the cleaning steps
by timing wrappers inside the child process only (a model class by a stand-in
timing its construction). Last, not counted in the total: what a user's first
validation or schema costs on top, pydantic's plugin discovery and the models'
schema building (``model_rebuild`` of each model) — a parse builds no validator.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import _stages
from _common import SEEDS, table

HERE = Path(__file__).resolve()

IMPORT_ONLY = "import time; t = time.process_time(); import aidparse; print(time.process_time() - t)"
FIRST_PARSE = (
    "import sys, time; import aidparse; data = open(sys.argv[1], 'rb').read();"
    "t = time.process_time(); aidparse.parse(data); print(time.process_time() - t)"
)

#: Table loaders and table-built patterns, in the order the pipeline first needs them:
#: (label, module, function, arguments...).
TABLES: list[tuple[str, ...]] = [
    ("_resources char_counts (charfreq.json)", "aidparse._resources", "char_counts"),
    ("_resources char_logfreq (from char_counts)", "aidparse._resources", "char_logfreq"),
    ("script.charsets script_chars (script_chars.json)", "aidparse.script.charsets", "script_chars"),
    ("script.detect _marker_table", "aidparse.script.detect", "_marker_table"),
    ("script.charsets _change_table (t2s)", "aidparse.script.charsets", "_change_table", "t2s"),
    ("script.convert tables (OpenCC evidence sets)", "aidparse.script.convert", "tables"),
    ("script.convert _converter (t2s: OpenCC tables, phrase pattern)", "aidparse.script.convert",
     "_converter", "t2s"),
    ("cleaning.misaligned _gbk_table", "aidparse.cleaning.misaligned", "_gbk_table"),
    ("_resources word_counts (words.json)", "aidparse._resources", "word_counts"),
    ("cleaning.misaligned _gbk_index", "aidparse.cleaning.misaligned", "_gbk_index"),
    ("_resources pinyin_readings (pinyin.json)", "aidparse._resources", "pinyin_readings"),
    ("_charmodel readings", "aidparse._charmodel", "readings"),
    ("_charmodel by_reading", "aidparse._charmodel", "by_reading"),
    ("places gazetteer (gazetteer.json)", "aidparse.places.gazetteer", "gazetteer"),
    ("places.batches _national (batches.tsv)", "aidparse.places.batches", "_national"),
    ("places.batches _offsets", "aidparse.places.batches", "_offsets"),
    ("extract.quantities _pattern", "aidparse.extract.quantities", "_pattern"),
    ("extract.dates _pattern", "aidparse.extract.dates", "_pattern"),
]

def stages(report: object) -> list[str]:
    """The functions ``aidparse.report`` calls: every aidparse callable in its namespace."""
    import inspect

    return [name for name, value in vars(report).items()
            if (callable(value) and not name.startswith("_") and name != "parse"
            and (getattr(value, "__module__", "") or "").startswith("aidparse.")
            and not inspect.isclass(value)) or name == "AidReport"]


def child_discover(path: str) -> None:
    """Run in a fresh interpreter: which of TABLES does a first parse of ``path`` load?"""
    import importlib

    import aidparse

    aidparse.parse(Path(path).read_bytes())
    used = []
    for label, module, name, *_ in TABLES:
        try:
            fn = getattr(importlib.import_module(module), name, None)
        except ImportError:  # a checkout without that module (bench_startup run on an older one)
            continue
        if fn is not None and fn.cache_info().currsize:
            used.append(label)
    print(json.dumps(used))


#: Packages imported one by one, dependencies first, for the import breakdown.
PACKAGES = ["aidparse.errors", "aidparse._lazy", "aidparse.models", "aidparse._resources",
            "aidparse._charmodel", "aidparse.decoding", "aidparse.script", "aidparse.cleaning",
            "aidparse.extract", "aidparse.article", "aidparse.places.gazetteer", "aidparse.places",
            "aidparse.report"]


#: The label of the pieces measured after the parses, not part of one (a user's first validation).
AFTER = "after the parses, not in one: "


def child_breakdown(path: str, used: list[str]) -> None:
    """Run in a fresh interpreter: time each piece of the first parse; print JSON."""
    import importlib
    import time

    out: dict[str, float] = {}

    def timed(label: str, fn: object) -> object:
        start = time.process_time()
        value = fn()  # type: ignore[operator]
        out[label] = time.process_time() - start
        return value

    timed("import aidparse", lambda: importlib.import_module("aidparse"))
    timed("import pydantic (BaseModel)", lambda: importlib.import_module("pydantic.main"))
    timed("import regex", lambda: importlib.import_module("regex"))
    timed("import opencc", lambda: importlib.import_module("opencc"))
    for package in PACKAGES:
        timed(f"import {package} (own)", lambda package=package: importlib.import_module(package))

    for label, module, name, *args in TABLES:
        if label in used:
            fn = getattr(importlib.import_module(module), name)
            timed(f"table: {label}", lambda fn=fn, args=args: fn(*args))

    import aidparse.cleaning.pipeline as pipeline
    import aidparse.report as report

    first: dict[str, float] = collections.defaultdict(float)
    current = first

    def wrap(name: str, fn: object) -> object:
        def timed_call(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)  # type: ignore[operator]
            finally:
                current[name] += time.process_time() - start
        return timed_call

    for name in stages(report):  # a model class (AidReport) as a stand-in timing its construction
        setattr(report, name, _stages.timed(getattr(report, name), lambda f, name=name: wrap(name, f)))
    pipeline.STEPS = tuple((n, wrap(f"clean: {n}", f)) for n, f in pipeline.STEPS)  # type: ignore[misc]
    data = Path(path).read_bytes()
    timed("first parse, all the above done", lambda: report.parse(data))
    second: dict[str, float] = collections.defaultdict(float)
    current = second
    timed("second parse", lambda: report.parse(data))
    for name in first:
        out[f"first-use extra: {name}"] = first[name] - second[name]

    # what a user's first validation or schema costs on top (a parse builds no validator)
    from pydantic import BaseModel

    import aidparse.models as models

    def plugins() -> object:  # pydantic looks for plugins (entry points) on its first schema
        from pydantic.plugin import _loader

        return _loader.get_plugins()

    timed(f"{AFTER}pydantic plugin discovery (importlib.metadata)", plugins)
    classes = [c for c in vars(models).values() if isinstance(c, type) and issubclass(c, BaseModel)]
    start = time.process_time()
    for cls in classes:
        cls.model_rebuild(force=True)
    out[f"{AFTER}pydantic schema building (all models)"] = time.process_time() - start
    print(json.dumps(out))


#: The children's environment: bytecode written to and read from a private cache.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
#: ... or never cached: every module compiled from source (an empty cache never written to).
SOURCE_ENV = {**CHILD_ENV, "PYTHONDONTWRITEBYTECODE": "1"}


def run(args: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True,
                          env=env or CHILD_ENV).stdout


def median_of(code: str, args: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(float(run(["-c", code, *args], env)) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--discover", help=argparse.SUPPRESS)
    parser.add_argument("--used", default="[]", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.discover:
        child_discover(args.discover)
        return
    if args.child:
        child_breakdown(args.child, json.loads(args.used))
        return
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print("no seeds found; nothing to measure")
        return
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as empty:
        CHILD_ENV["PYTHONPYCACHEPREFIX"] = cache
        SOURCE_ENV["PYTHONPYCACHEPREFIX"] = empty
        run(["-c", FIRST_PARSE, str(seeds[1])])  # compile every module the pipeline imports, once
        measure(seeds, args.runs)


def measure(seeds: list[Path], runs: int) -> None:
    imports: list[float] = []
    firsts: dict[str, list[float]] = {p.name[:3]: [] for p in seeds}
    compiled: list[float] = []
    for _ in range(runs):  # alternate the measures round by round
        imports.append(median_of(IMPORT_ONLY, [], 1))
        for p in seeds:
            firsts[p.name[:3]].append(median_of(FIRST_PARSE, [str(p)], 1))
        compiled.append(median_of(FIRST_PARSE, [str(seeds[0])], 1, SOURCE_ENV))
    rows = [["import aidparse", f"{1000 * statistics.median(imports):.0f}", "150",
             "met" if statistics.median(imports) <= 0.150 else "NOT met"]]
    for seed, values in firsts.items():
        m = statistics.median(values)
        verdict = "met" if m <= 0.250 else "NOT met"
        rows.append([f"first parse, seed {seed}", f"{1000 * m:.0f}", "250", verdict])
    rows.append([f"first parse, seed {seeds[0].name[:3]}, no bytecode cache",
                 f"{1000 * statistics.median(compiled):.0f}", "", "(modules compiled from source)"])
    print(f"fresh processes, bytecode cached, CPU ms (a first parse includes its imports),"
          f" median of {runs}:")
    print(table(["measure", "ms", "goal", ""], rows))

    for seed_path in (seeds[0], seeds[1]):
        used = run([str(HERE), "--discover", str(seed_path)]).strip()
        children = [json.loads(run([str(HERE), "--child", str(seed_path), "--used", used]))
                    for _ in range(max(3, runs // 3))]
        keys = list(children[0])
        med = {k: statistics.median(r.get(k, 0.0) for r in children) for k in keys}
        print(f"\nwhere the first parse of seed {seed_path.name[:3]} goes (CPU ms, median of {len(children)};"
              " 'clean' includes its steps):")
        shown = [[k, f"{1000 * v:.1f}"] for k, v in med.items() if abs(v) >= 0.0005]
        pieces = sum(v for k, v in med.items() if not k.startswith(("first-use", "second", AFTER)))
        shown.append(["total (every piece above the second parse)", f"{1000 * pieces:.1f}"])
        print(table(["piece", "ms"], shown))


if __name__ == "__main__":
    main()
