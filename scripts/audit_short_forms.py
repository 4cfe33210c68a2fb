"""Evidence for ``data/short_forms_not_places.tsv``: which short forms of Xinjiang units are words.

Usage (from the repository root; ``../shared/corpus`` is optional)::

    python scripts/audit_short_forms.py

For every short form in ``data/xinjiang_divisions.tsv`` prints its count as a word in
``data/words.tsv`` (jieba 0.42.1's dictionary), its mentions in the corpus pages and those
of the unit's full name. A short form that is a common word, or mentioned far more often
than its unit, is a candidate for the table of short forms not taken on their own.
"""

from __future__ import annotations

import pathlib

from aidparse._resources import read_lines, read_tsv

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    words = {}
    for line in read_lines("words.tsv"):
        word, _, count = line.partition("\t")
        if count.isdigit():
            words[word] = int(count)
    pages = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    corpus = "".join(p.read_text(encoding="utf-8", errors="replace") for p in pages)
    print(f"short form\tunit\tas a word\tin corpus ({len(pages)} pages)\tunit in corpus")
    for row in read_tsv("xinjiang_divisions.tsv"):
        unit = row["county_or_city"] or row["prefecture"]
        for short in row["short_forms"].split("|"):
            if short and "歧义" not in short and not short.startswith("原"):
                print(f"{short}\t{unit}\t{words.get(short, 0)}\t{corpus.count(short)}\t{corpus.count(unit)}")


if __name__ == "__main__":
    main()
