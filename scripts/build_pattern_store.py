"""Write ``src/aidparse/data/regex_programs.json`` and ``re_programs.json``: the patterns aidparse
compiles with ``regex`` and with the standard library's ``re``, compiled.

Usage (after changing a pattern or a table a pattern is built from, or after upgrading ``regex``)::

    python scripts/build_pattern_store.py          # rewrite the stores
    python scripts/build_pattern_store.py --check  # exit 1 if a pattern is missing or no more used

The patterns stored are those that parsing these inputs compiles, all in the repository: the
five seeds (as bytes, as text, as GB18030 and Big5 bytes, and inside an HTML page), the pages
of ``tests/data/layouts/{pages,forms,forms2}.json``, and every pattern defined at a module's
top level or in a module's table of patterns (compiled whether or not a page asks for it).
A pattern missing from the store is compiled on first use as before: the store only saves
time (see ``aidparse._precompiled`` and ``aidparse._precompiled_re``). The programs are those
of the installed ``regex`` release and of the running Python's ``re``, which each file's header
names; another release, or another Python, ignores the store.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pathlib
import pkgutil
import sys

import aidparse
from aidparse import _lazy, _precompiled, _precompiled_re

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORE = ROOT / "src" / "aidparse" / "data" / _precompiled.REGEX_PROGRAMS_JSON
RE_STORE = ROOT / "src" / "aidparse" / "data" / _precompiled_re.RE_PROGRAMS_JSON
WRITTEN_SETS = ("pages", "forms", "forms2")


def inputs() -> list[bytes | str]:
    """What the store's patterns are collected from, in a fixed order."""
    out: list[bytes | str] = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        data = seed.read_bytes()
        text = data.decode("utf-8")
        out += [data, text, text.encode("gb18030"), text.encode("big5", errors="replace")]
        head, _, body = text.partition("\n")
        paragraphs = "".join(f"<p>{line}</p>\n" for line in body.splitlines() if line.strip())
        out.append(f'<html><head><meta charset="utf-8"><title>{head}</title></head>'
                   f"<body><nav>首页 &gt; 新闻</nav><h1>{head}</h1>\n{paragraphs}"
                   "<footer>版权所有</footer></body></html>")
    for name in WRITTEN_SETS:
        rows = json.loads((ROOT / "tests" / "data" / "layouts" / f"{name}.json").read_text(encoding="utf-8"))
        out += [row["text"] for row in rows]
    return out


def module_patterns() -> None:
    """Compile every pattern held at a module's top level, alone or in a table."""
    for info in pkgutil.walk_packages(aidparse.__path__, "aidparse."):
        if ".strategies" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if isinstance(value, _lazy._LazyPattern):
                _ = value.pattern
            elif isinstance(value, _lazy._PatternTable):
                value.values()


def collect() -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """The (pattern, flags) of every ``regex`` and every ``re`` pattern the inputs and the modules compile."""
    with _precompiled.recording() as seen, _precompiled_re.recording() as seen_re:
        for data in inputs():
            aidparse.parse(data)
        module_patterns()
    return seen, seen_re


def stale(store: pathlib.Path, patterns: set[tuple[str, int]]) -> bool:
    """Print what ``store`` misses and holds in vain; whether it is stale."""
    stored = {(p, f) for p, f, *_ in json.loads(store.read_text(encoding="utf-8"))["patterns"]}
    missing, unused = patterns - stored, stored - patterns
    print(f"{store.name}: {len(patterns)} patterns; missing from the store: {len(missing)}; "
          f"no more used: {len(unused)}")
    return bool(missing or unused)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report a stale store, write nothing")
    args = parser.parse_args()
    _precompiled._store = {}  # compile everything afresh: what is recorded must not depend on the store
    _precompiled_re._store = {}
    patterns, re_patterns = collect()
    if args.check:
        return 1 if stale(STORE, patterns) | stale(RE_STORE, re_patterns) else 0
    written_from = ("from the seeds, tests/data/layouts/{pages,forms,forms2}.json "
                    "and the modules' pattern tables.")
    for store, kept, engine, write in ((STORE, patterns, "regex", _precompiled.write_store),
                                       (RE_STORE, re_patterns, "re", _precompiled_re.write_store)):
        source = [f"The {engine} patterns aidparse compiles, compiled: "
                  "written by scripts/build_pattern_store.py", written_from]
        store.write_text(write(kept, source), encoding="utf-8")
        print(f"wrote {len(kept)} patterns to {store.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
