"""Build aidparse's OpenCC tables: upstream's changes over opencc-python-reimplemented.

Usage (from the repository root, with ``../shared`` present)::

    python scripts/build_opencc.py [--upstream ../shared/reference/opencc]

aidparse converts with the tables of opencc-python-reimplemented (its named
dependency, the *base*) brought up to upstream OpenCC. Upstream ships plain-text
dictionaries and conversion configs (Apache-2.0); this script reads them, derives
the tables upstream generates at build time, and writes only what differs from
the base, so the package data stays small and the base stays the base:

* ``opencc_delta.tsv`` — per table, each key upstream adds, changes (its default,
  i.e. first, candidate) or removes relative to the base's table of that name.
  Tables the base lacks (``TSCharactersExt``, ``CJK_Compatibility_Ideographs``)
  are listed in full as additions. Derived tables are built as upstream builds
  them: ``TSCharactersExt`` from the ``@tofu-risk`` lines of ``TSCharacters``
  (their rare Simplified form), ``TWVariantsRev``/``HKVariantsRev`` by
  reversing ``TWVariants``/``HKVariants`` (every candidate, in file order, with
  ``@reverse-prefer`` choosing the default).
* ``opencc_configs.tsv`` — the ``t2s``, ``tw2s`` and ``hk2s`` configs as steps:
  ``normalize`` (a pre-pass), ``segment`` (maximum forward matching over one
  table) and ``convert`` (one conversion of the chain: a short-circuit group of
  tables, in order).
* ``variant_forms.tsv`` — Taiwan and Hong Kong evidence for
  :func:`aidparse.script.variant.detect_variant`: the regional character forms
  of ``TWVariants``/``HKVariants`` that mark one region only, the regional
  phrases of ``TWVariantsRevPhrases``/``HKVariantsRevPhrases`` and
  ``TWPhrasesRev``/``HKPhrasesRev`` (vocabulary), and news outlets from
  ``scripts/variant_outlets.tsv`` (curated by hand, one source per row).
* (the licence and notice travel in ``LICENSES/``: ``Apache-2.0.txt`` and ``NOTICE.md``) — the licence and the
  attribution that travel with the derived data (Apache-2.0, section 4).

The script checks what the converter relies on and stops otherwise: every entry
of every table the three configs use keeps its length (so conversion keeps every
offset), each group is at most one phrase table followed by character tables,
groups short-circuit, and base plus delta equals upstream.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pathlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import opencc

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "aidparse" / "data"
DEFAULT_UPSTREAM = ROOT.parent / "shared" / "reference" / "opencc"
BASE_DIR = pathlib.Path(opencc.__file__).parent / "dictionary"
BASE_NAME = "opencc-python-reimplemented"
OUTLETS = ROOT / "scripts" / "variant_outlets.tsv"
CONFIGS = ("t2s", "tw2s", "hk2s")
#: Tables upstream generates when it builds (not shipped as text): name -> how.
DERIVED = {
    "TSCharactersExt": "the @tofu-risk lines of TSCharacters.txt",
    "TWVariantsRev": "TWVariants.txt reversed",
    "HKVariantsRev": "HKVariants.txt reversed",
}


@dataclass
class Entry:
    """One dictionary line: a key, its candidates (the first is the default), its annotations."""

    key: str
    values: list[str]
    notes: list[tuple[str, str]] = field(default_factory=list)


def read_table(path: pathlib.Path) -> list[Entry]:
    """Entries of an upstream (or base) dictionary file, with the ``# @tag: ...`` lines above each."""
    entries: list[Entry] = []
    notes: list[tuple[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            notes = []
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*@([\w-]+):\s*(.*)", line)
            if m:
                notes.append((m.group(1), m.group(2).strip()))
            continue
        key, sep, values = line.partition("\t")
        if not sep or not key or not values:
            sys.exit(f"{path}:{n}: not 'key<TAB>values': {line!r}")
        entries.append(Entry(key, values.split(" "), notes))
        notes = []
    return entries


def tofu_extension(ts_characters: list[Entry]) -> list[Entry]:
    """``TSCharactersExt``: each ``@tofu-risk`` character to the rare form its note names."""
    out = []
    for e in ts_characters:
        for tag, text in e.notes:
            if tag != "tofu-risk":
                continue
            named = [v for v in e.values[1:] if v in text.split()]
            if e.values[0] != e.key or len(named) != 1:
                sys.exit(f"TSCharacters: unexpected @tofu-risk line {e.key} {e.values} ({text})")
            out.append(Entry(e.key, named))
    return out


def reverse(entries: list[Entry]) -> list[Entry]:
    """A variants table reversed: every candidate maps back to the keys that list it.

    Candidates keep file order; ``@reverse-prefer: X Y`` makes Y the default of
    reverse key X, and ``@reverse-prefer: X`` makes the annotated line's key the
    default of reverse key X.
    """
    rev: dict[str, list[str]] = {}
    prefer: dict[str, str] = {}
    for e in entries:
        for v in e.values:
            keys = rev.setdefault(v, [])
            if e.key not in keys:
                keys.append(e.key)
        for tag, text in e.notes:
            if tag == "reverse-prefer":
                words = text.split()
                prefer[words[0]] = words[1] if len(words) > 1 else e.key
    for key, preferred in prefer.items():
        if preferred not in rev.get(key, []):
            sys.exit(f"@reverse-prefer: {preferred} is not a candidate of {key}")
        rev[key].remove(preferred)
        rev[key].insert(0, preferred)
    return [Entry(k, v) for k, v in rev.items()]


def upstream_tables(upstream: pathlib.Path) -> dict[str, list[Entry]]:
    """Every upstream table by name, derived tables included."""
    folder = upstream / "dictionary"
    tables = {p.stem: read_table(p) for p in sorted(folder.glob("*.txt"))}
    tables["TSCharactersExt"] = tofu_extension(tables["TSCharacters"])
    tables["TWVariantsRev"] = reverse(tables["TWVariants"])
    tables["HKVariantsRev"] = reverse(tables["HKVariants"])
    return tables


def upstream_commit(upstream: pathlib.Path) -> str:
    m = re.search(r"\bcommit ([0-9a-f]{40})\b", (upstream / "README.md").read_text(encoding="utf-8"))
    if not m:
        sys.exit(f"{upstream / 'README.md'} names no commit")
    return m.group(1)


def read_config(path: pathlib.Path) -> list[tuple[str, list[str]]]:
    """A config as ``(step, [table, ...])`` in the order OpenCC applies them."""
    config = json.loads(path.read_text(encoding="utf-8"))

    def tables(spec: dict[str, object]) -> list[str]:
        if spec.get("type") == "group":
            policy = spec.get("match_policy", "short_circuit")
            if policy != "short_circuit":
                sys.exit(f"{path}: match_policy {policy!r} is not implemented")
            dicts = spec["dicts"]
            assert isinstance(dicts, list)
            return [name for d in dicts for name in tables(d)]
        file = spec.get("file")
        assert isinstance(file, str)
        return [file.rsplit(".", 1)[0]]

    steps = [("normalize", tables(n["dict"])) for n in config.get("normalization", [])]
    seg = config.get("segmentation")
    if seg is not None:
        if seg.get("type") != "mmseg":
            sys.exit(f"{path}: segmentation {seg.get('type')!r} is not implemented")
        steps.append(("segment", tables(seg["dict"])))
    steps += [("convert", tables(c["dict"])) for c in config["conversion_chain"]]
    return steps


def check_shapes(name: str, steps: list[tuple[str, list[str]]], tables: dict[str, list[Entry]]) -> None:
    """What the converter relies on: lengths kept, one phrase table first in a group."""
    for step, names in steps:
        kinds = ["phrases" if any(len(e.key) > 1 for e in tables[t]) else "characters" for t in names]
        if kinds.count("phrases") > 1 or "phrases" in kinds[1:] or (
                step == "normalize" and "phrases" in kinds):
            sys.exit(f"{name}: step {step} {names}: unsupported table shapes {kinds}")
        for t in names:
            for e in tables[t]:
                if kinds[names.index(t)] == "phrases" and len(e.key) < 2:
                    sys.exit(f"{t}: one-character key {e.key} in a phrase table")
                if any(len(v) != len(e.key) for v in e.values):
                    sys.exit(f"{t}: {e.key} -> {e.values} changes the length; offsets would break")


def sha256(path: pathlib.Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def delta_rows(name: str, upstream: list[Entry]) -> Iterator[tuple[str, str, str, str]]:
    """``(table, change, key, value)`` rows taking the base's table to upstream's defaults."""
    base_path = BASE_DIR / f"{name}.txt"
    base = {e.key: e.values[0] for e in read_table(base_path)} if base_path.exists() else {}
    want = {e.key: e.values[0] for e in upstream}
    if len(want) != len(upstream):
        sys.exit(f"{name}: duplicate keys")
    for key in sorted(set(base) | set(want)):
        if key not in want:
            yield name, "remove", key, ""
        elif key not in base:
            yield name, "add", key, want[key]
        elif base[key] != want[key]:
            yield name, "change", key, want[key]


def apply_delta(base: dict[str, str], rows: list[tuple[str, str, str, str]]) -> dict[str, str]:
    out = dict(base)
    for _, change, key, value in rows:
        if change == "remove":
            del out[key]
        else:
            out[key] = value
    return out


def write(path: pathlib.Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(f"# {line}\n".replace("# \n", "#\n") for line in header)
        fh.writelines("\t".join(r) + "\n" for r in rows)


def variant_forms(tables: dict[str, list[Entry]]) -> list[tuple[str, str, str, str, str]]:
    """``(form, region, sign, kind, source)`` rows of Taiwan (tw) and Hong Kong (hk) evidence.

    aidparse counts these only in paragraphs that are Traditional. A form is
    evidence where OpenCC's tables say one region writes it and nothing else does:

    * ``+ character``: a region's variant form (TWVariants 裏→裡, HKVariants
      衛→衞) that the other region's table never writes, that is no key of
      either table (煙 is standard in its own right), that no identity entry of
      the region's reverse phrase table lists (人才 keeps 才, 著作 keeps 著: such
      characters mean the region only in context, which the converters judge),
      and that is no Simplified form (温, 户, 群: the values of TSCharacters and
      the keys of the base's STCharacters), since Traditional pages carry
      Simplified leftovers;
    * ``- character`` (Taiwan only): a form Taiwan's table rewrites (爲, 裏, 着):
      Taiwan's standard never writes it. Hong Kong gets none: pages from Hong
      Kong write 說 and 臺 as often as OpenCC's 説 and 台, and ``hk2s`` changes
      only forms no other standard writes (衞, 衹, 枱), so nothing speaks against it;
    * ``+ phrase``: a regional spelling (reverse variant phrase tables) or
      regional word (``TWPhrasesRev``, ``HKPhrasesRev``: 網路, 資訊) that
      ``t2s`` changes (so it is not Simplified text), found for one region only;
    * ``+ outlet``: a news outlet of the region, from ``scripts/variant_outlets.tsv``.
    """
    regions = {"tw": "TWVariants", "hk": "HKVariants"}
    other = {"tw": "hk", "hk": "tw"}
    st_keys = {e.key for e in read_table(BASE_DIR / "STCharacters.txt")}
    simplified = {v for e in tables["TSCharacters"] for v in e.values} | st_keys
    t2s_keys = {e.key for e in tables["TSCharacters"] if e.values[0] != e.key} | {
        e.key for e in tables["TSCharactersExt"]}
    variant_keys = {e.key for t in regions.values() for e in tables[t]}

    rows: list[tuple[str, str, str, str, str]] = []
    for region, name in regions.items():
        written_elsewhere = {v for e in tables[regions[other[region]]] for v in e.values}
        in_context = {ch for e in tables[f"{name}RevPhrases"] if e.values[0] == e.key for ch in e.key}
        plus: dict[str, str] = {}
        for e in tables[name]:
            for v in e.values:
                if (v != e.key and v not in written_elsewhere and v not in variant_keys
                        and v not in in_context and v not in simplified):
                    plus.setdefault(v, f"{name} {e.key}→{v}")
        rows += [(f, region, "+", "character", src) for f, src in sorted(plus.items())]
    rows += [(e.key, "tw", "-", "character", f"TWVariants {e.key}→{e.values[0]}")
             for e in sorted(tables["TWVariants"], key=lambda e: e.key) if e.values[0] != e.key]
    phrases: dict[str, dict[str, str]] = {}
    for region, name in (("tw", "TWVariantsRevPhrases"), ("hk", "HKVariantsRevPhrases"),
                         ("tw", "TWPhrasesRev"), ("hk", "HKPhrasesRev")):
        for e in tables[name]:
            if e.values[0] != e.key and len(e.key) > 1 and any(ch in t2s_keys for ch in e.key):
                phrases.setdefault(e.key, {}).setdefault(region, name)
    for form, seen in sorted(phrases.items()):
        if len(seen) == 1:
            ((region, source),) = seen.items()
            rows.append((form, region, "+", "phrase", source))
    for line in OUTLETS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, region, source = line.split("\t")
            if region not in regions:
                sys.exit(f"{OUTLETS}: unknown region {region!r}")
            rows.append((name, region, "+", "outlet", source))
    twice = sorted(f for f, n in collections.Counter(r[0] for r in rows).items() if n > 1)
    if twice:
        sys.exit(f"variant_forms: listed twice: {twice}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--upstream", type=pathlib.Path, default=DEFAULT_UPSTREAM)
    args = parser.parse_args()
    upstream: pathlib.Path = args.upstream
    if not (upstream / "dictionary").is_dir():
        sys.exit(f"no upstream OpenCC data at {upstream}")
    commit = upstream_commit(upstream)
    tables = upstream_tables(upstream)
    configs = {name: read_config(upstream / "config" / f"{name}.json") for name in CONFIGS}
    used = sorted({t for steps in configs.values() for _, names in steps for t in names})
    for name, steps in configs.items():
        check_shapes(name, steps, tables)

    delta: list[tuple[str, str, str, str]] = []
    base_hashes = []
    for name in used:
        rows = list(delta_rows(name, tables[name]))
        base_path = BASE_DIR / f"{name}.txt"
        base = {e.key: e.values[0] for e in read_table(base_path)} if base_path.exists() else {}
        if base_path.exists():
            base_hashes.append(f"base {name}.txt sha256 {sha256(base_path)}")
        if apply_delta(base, rows) != {e.key: e.values[0] for e in tables[name]}:
            sys.exit(f"{name}: base plus delta is not upstream")
        delta += rows

    source = f"OpenCC https://github.com/BYVoid/OpenCC commit {commit} (Apache-2.0)"
    base_version = opencc.__version__ if hasattr(opencc, "__version__") else "0.1.7"
    derived = "; ".join(f"{k} from {v}" for k, v in DERIVED.items() if k in used)
    write(DATA / "opencc_delta.tsv", [
        "Upstream OpenCC's conversion tables as changes to opencc-python-reimplemented's.",
        f"Source: {source}, plain-text dictionaries.",
        f"Base: {BASE_NAME} {base_version}, its opencc/dictionary/*.txt; base tables hashed below,",
        "checked when the tables load.",
        f"Derived as upstream derives them: {derived}.",
        "Only each key's default (first) candidate is kept.",
        "Licence: LICENSES/Apache-2.0.txt, LICENSES/NOTICE.md.",
        "Built by scripts/build_opencc.py; do not edit.",
        *base_hashes,
        "",
        "table\tchange\tkey\tvalue",
    ], delta)
    write(DATA / "opencc_configs.tsv", [
        f"Upstream OpenCC conversion configs {', '.join(c + '.json' for c in CONFIGS)}, as steps.",
        f"Source: {source}, config/*.json.",
        "normalize: a pre-pass; segment: maximum forward matching over the table;",
        "convert: one conversion of the chain, a short-circuit group of tables in order.",
        "Built by scripts/build_opencc.py; do not edit.",
        "",
        "config\tstep\ttables",
    ], [(name, step, " ".join(names)) for name, steps in configs.items() for step, names in steps])
    write(DATA / "variant_forms.tsv", [
        "Taiwan (tw) and Hong Kong (hk) forms for choosing tw2s or hk2s: + for the region, - against.",
        f"Source: {source}: TWVariants, HKVariants (character), TWVariantsRevPhrases,",
        "HKVariantsRevPhrases, TWPhrasesRev, HKPhrasesRev (phrase); scripts/variant_outlets.tsv (outlet).",
        f"Simplified forms left out by TSCharacters and {BASE_NAME}'s STCharacters.txt.",
        "Built by scripts/build_opencc.py; see variant_forms() there for what is kept. Do not edit.",
        "",
        "form\tregion\tsign\tkind\tsource",
    ], variant_forms(tables))
    print(f"upstream {commit[:12]}: {len(delta)} delta rows over {len(used)} tables, "
          f"configs {', '.join(CONFIGS)} -> {DATA}")


if __name__ == "__main__":
    main()
