"""Write the load-fast JSON forms of the package tables from their TSV sources.

Usage (after ``scripts/build_data.py``, or after editing a gazetteer TSV)::

    python scripts/build_fast_tables.py          # rewrite the JSON files
    python scripts/build_fast_tables.py --check  # exit 1 if any is stale

Files written under ``src/aidparse/data/`` (JSON only; nothing is pickled):

* ``charfreq.json``, ``pinyin.json`` — the rows of
  ``charfreq.tsv`` and ``pinyin.tsv`` as two columns, the keys
  joined by spaces into one string and the values in one list, in the TSV's
  order, with the TSV's ``#`` source lines under ``"source"``. Loading one is
  ``json.loads`` plus ``str.split`` plus ``dict(zip(...))``, all in C.
* ``words.json`` — the rows of ``words.tsv`` grouped by their first character,
  in the TSV's order: under ``"words"`` each first character's words joined
  by spaces, under ``"counts"`` their counts joined likewise, with the total
  of the counts and the number of words. A page looks up words of a few
  hundred first characters of some five thousand: each group is read on its
  first look-up (``aidparse._resources.WordCounts``), not the whole table.
* ``script_chars.json`` — the character sets script detection and conversion
  need on every page (Simplified-only, Traditional-only, and what each OpenCC
  config may change), drawn from the OpenCC tables by
  ``aidparse.script.charsets.build_script_chars``, so that pages with nothing
  to convert never load the tables;
* ``gazetteer.json`` — the gazetteer that
  ``aidparse.places.gazetteer.build_gazetteer`` builds from ``pairings.tsv``,
  ``xinjiang_divisions.tsv``, ``xpcc.tsv`` and ``xpcc_units.tsv`` (entries,
  aliases, pairings) and the trie-shaped pattern of its aliases.

``tests/test_fast_tables.py`` checks that the files hold exactly what this
script would write.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Any

from aidparse._resources import KEY_SEPARATOR
from aidparse.places.gazetteer import GAZETTEER_JSON, build_gazetteer
from aidparse.script.charsets import SCRIPT_CHARS_JSON, build_script_chars

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "aidparse" / "data"

#: JSON file -> (its TSV, name of the key column, name of the value column, values are ints).
COLUMNS: dict[str, tuple[str, str, str, bool]] = {
    "charfreq.json": ("charfreq.tsv", "chars", "counts", True),
    "pinyin.json": ("pinyin.tsv", "chars", "readings", False),
}


def columns_table(tsv: str, keys: str, values: str, numeric: bool) -> dict[str, Any]:
    """The two-column JSON form of a ``key<TAB>value`` TSV."""
    text = (DATA / tsv).read_text(encoding="utf-8")
    source = [line.removeprefix("#").strip() for line in text.splitlines() if line.startswith("#")]
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for row in rows:
        if len(row) != 2 or not row[0] or any(KEY_SEPARATOR in cell for cell in row):
            raise ValueError(f"{tsv}: not a key<TAB>value row without spaces: {row!r}")
    column: Any = [int(v) for _, v in rows] if numeric else KEY_SEPARATOR.join(v for _, v in rows)
    return {
        "source": [*source, f"Load-fast form of {tsv}, written by scripts/build_fast_tables.py."],
        keys: KEY_SEPARATOR.join(k for k, _ in rows),
        values: column,
    }


def grouped_table(tsv: str) -> dict[str, Any]:
    """The JSON form of a ``word<TAB>count`` TSV grouped by first character (``words.json``)."""
    columns = columns_table(tsv, "words", "counts", True)
    words, counts = columns["words"].split(KEY_SEPARATOR), columns["counts"]
    grouped: dict[str, tuple[list[str], list[str]]] = {}
    for word, count in zip(words, counts, strict=True):
        keys, values = grouped.setdefault(word[0], ([], []))
        keys.append(word)
        values.append(str(count))
    return {
        "source": columns["source"],
        "total": sum(counts),
        "size": len(words),
        "words": {first: KEY_SEPARATOR.join(keys) for first, (keys, _) in grouped.items()},
        "counts": {first: KEY_SEPARATOR.join(values) for first, (_, values) in grouped.items()},
    }


def fast_tables() -> dict[str, dict[str, Any]]:
    """Every load-fast table, by file name, as this script writes it."""
    out = {name: columns_table(*spec) for name, spec in COLUMNS.items()}
    out["words.json"] = grouped_table("words.tsv")
    out[SCRIPT_CHARS_JSON] = build_script_chars()
    out[GAZETTEER_JSON] = build_gazetteer().to_json()
    return out


def dumps(data: dict[str, Any]) -> str:
    """The text written: one top-level key per line, compact inside."""
    items = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
             for k, v in data.items()]
    return "{\n" + ",\n".join(items) + "\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args()
    stale = []
    for name, data in fast_tables().items():
        path = DATA / name
        text = dumps(data)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    verb = "stale" if args.check else "wrote"
    print(f"{verb}: {', '.join(stale) or 'nothing'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
