"""A slow, literal OpenCC for the tests: upstream's configs and text dictionaries read as they stand.

It follows OpenCC's C++ code path step by step (normalization, max-match
segmentation, each conversion of the chain over each segment, short-circuit
dictionary groups, longest prefix per dictionary) with none of aidparse's
shortcuts: no delta, no merged character tables, no anchors, no translate.
Derived tables (``TSCharactersExt``, ``*VariantsRev``) come from
``scripts/build_opencc.py``, the generator of aidparse's data.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import pathlib
import sys
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parents[1]
UPSTREAM = ROOT.parent / "shared" / "reference" / "opencc"


def available() -> bool:
    return (UPSTREAM / "config" / "t2s.json").exists()


@functools.cache
def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_opencc", ROOT / "scripts" / "build_opencc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_opencc"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@functools.cache
def dictionaries() -> dict[str, dict[str, str]]:
    """Every upstream dictionary, derived ones included, as ``key -> default``."""
    tables = build_script().upstream_tables(UPSTREAM)
    return {name: {e.key: e.values[0] for e in entries} for name, entries in tables.items()}


class Dict:
    """One dictionary, or a short-circuit group of them."""

    def __init__(self, spec: dict[str, object]) -> None:
        if spec["type"] == "group":
            dicts = spec["dicts"]
            assert isinstance(dicts, list)
            self.parts = [Dict(d) for d in dicts]
            self.table: dict[str, str] = {}
        else:
            self.parts = []
            self.table = dictionaries()[str(spec["file"]).rsplit(".", 1)[0]]
        self.longest = max(map(len, self.table), default=0)

    def match_prefix(self, text: str, i: int, end: int) -> tuple[str, str] | None:
        """The longest key at ``text[i:end]`` (a group: the first member with any match)."""
        if self.parts:
            for part in self.parts:
                hit = part.match_prefix(text, i, end)
                if hit is not None:
                    return hit
            return None
        for size in range(min(self.longest, end - i), 0, -1):
            key = text[i : i + size]
            if key in self.table:
                return key, self.table[key]
        return None


def convert_segment(d: Dict, segment: str) -> str:
    out = []
    i = 0
    while i < len(segment):
        hit = d.match_prefix(segment, i, len(segment))
        if hit is None:
            out.append(segment[i])
            i += 1
        else:
            out.append(hit[1])
            i += len(hit[0])
    return "".join(out)


def segment(d: Dict, text: str) -> list[str]:
    """OpenCC's MaxMatchSegmentation: each match a segment, the text between matches one segment."""
    segments: list[str] = []
    start = i = 0
    while i < len(text):
        hit = d.match_prefix(text, i, len(text))
        if hit is None:
            i += 1
            continue
        if i > start:
            segments.append(text[start:i])
        segments.append(hit[0])
        i += len(hit[0])
        start = i
    if start < len(text):
        segments.append(text[start:])
    return segments


@functools.cache
def converter(name: str) -> tuple[list[Dict], Dict | None, list[Dict]]:
    config = json.loads((UPSTREAM / "config" / f"{name}.json").read_text(encoding="utf-8"))
    normalization = [Dict(n["dict"]) for n in config.get("normalization", [])]
    seg = config.get("segmentation")
    chain = [Dict(c["dict"]) for c in config["conversion_chain"]]
    return normalization, Dict(seg["dict"]) if seg else None, chain


def convert(text: str, name: str) -> str:
    normalization, seg, chain = converter(name)
    for d in normalization:
        text = convert_segment(d, text)
    segments = segment(seg, text) if seg is not None else [text]
    for d in chain:
        segments = [convert_segment(d, s) for s in segments]
    return "".join(segments)


def testcases() -> list[tuple[str, str, str, str]]:
    """``(id, config, input, expected)`` for t2s, tw2s and hk2s in upstream's testcases.json."""
    import re

    raw = (UPSTREAM / "testcases.json").read_text(encoding="utf-8")
    cases = json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))["cases"]  # the file has trailing commas
    return [(c["id"], name, c["input"], c["expected"][name])
            for c in cases for name in ("t2s", "tw2s", "hk2s") if name in c["expected"]]
