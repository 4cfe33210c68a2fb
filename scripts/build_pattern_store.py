"""Write ``src/aidparse/data/regex_programs.json``: the ``regex`` patterns aidparse uses, compiled.

Usage (after changing a pattern or a table a pattern is built from, or after upgrading ``regex``)::

    python scripts/build_pattern_store.py          # rewrite the store
    python scripts/build_pattern_store.py --check  # exit 1 if a pattern is missing or no more used

The patterns stored are those that parsing these inputs compiles, all in the repository: the
five seeds (as bytes, as text, as GB18030 and Big5 bytes, and inside an HTML page), the pages
of ``tests/data/layouts/{pages,forms,forms2}.json``, and every pattern defined at a module's
top level or in a module's table of patterns (compiled whether or not a page asks for it).
A pattern missing from the store is compiled on first use as before: the store only saves
time (see ``aidparse._precompiled``). The programs are those of the installed ``regex``
release, which the header names; another release ignores the store.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pathlib
import pkgutil
import sys

import aidparse
from aidparse import _lazy, _precompiled

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORE = ROOT / "src" / "aidparse" / "data" / _precompiled.REGEX_PROGRAMS_JSON
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
            if isinstance(value, _lazy._LazyPattern) and value._module == "regex":
                _ = value.pattern
            elif isinstance(value, _lazy._PatternTable):
                value.values()


def collect() -> set[tuple[str, int]]:
    """The (pattern, flags) of every ``regex`` pattern the inputs and the modules compile."""
    with _precompiled.recording() as seen:
        for data in inputs():
            aidparse.parse(data)
        module_patterns()
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report a stale store, write nothing")
    args = parser.parse_args()
    _precompiled._store = {}  # compile everything afresh: what is recorded must not depend on the store
    patterns = collect()
    if args.check:
        stored = {(p, f) for p, f, *_ in json.loads(STORE.read_text(encoding="utf-8"))["patterns"]}
        missing, unused = patterns - stored, stored - patterns
        print(f"{len(patterns)} patterns; missing from the store: {len(missing)}; "
              f"no more used: {len(unused)}")
        return 1 if missing or unused else 0
    source = ["The regex patterns aidparse compiles, compiled: written by scripts/build_pattern_store.py",
              "from the seeds, tests/data/layouts/{pages,forms,forms2}.json and the modules' pattern tables."]
    STORE.write_text(_precompiled.write_store(patterns, source), encoding="utf-8")
    print(f"wrote {len(patterns)} patterns to {STORE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
