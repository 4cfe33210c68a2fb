"""Regenerate the package data tables under ``src/aidparse/data/``.

Usage::

    pip download --no-deps jieba==0.42.1 pypinyin==0.55.0 -d /tmp/src
    python scripts/build_data.py --jieba /tmp/src/jieba-0.42.1.tar.gz \
        --pypinyin /tmp/src/pypinyin-0.55.0-py2.py3-none-any.whl \
        --gazetteer ../shared/reference/gazetteer

Tables written (each starts with ``#`` lines naming its source):

* ``charfreq.tsv`` — character counts summed over jieba 0.42.1's ``dict.txt``
  (MIT licence; word frequencies from the People's Daily and other corpora).
  Traditional forms get the count of their Simplified form through
  opencc-python-reimplemented's ``STCharacters.txt`` and ``TSCharacters.txt``
  (Apache 2.0).
* ``pinyin.tsv`` — tone-marked readings of those characters from pypinyin
  0.55.0's ``pinyin_dict.json`` (MIT), used to restore a character lost in
  damaged text from the pinyin annotation that survived it.
* ``words.tsv`` — two- to four-character words of that dictionary with their
  counts (used to judge repairs of damaged text).
* ``place_words.tsv`` and ``person_words.tsv`` — those of its words it tags as
  place names (``ns``) and as people's names (``nr``): a place glued to 报道 after
  a reporter's name is no second name; a word that is also a name (高峰, 黎明) may
  stand where a name does.
* ``pairings.tsv``, ``xinjiang_divisions.tsv``, ``xpcc.tsv``, ``xpcc_units.tsv``,
  ``batches.tsv`` — the researched pairing-aid gazetteer, copied with its
  per-row sources.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import shutil
import tarfile
import zipfile

import opencc

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "aidparse" / "data"
GAZETTEER_FILES = [
    "pairings.tsv",
    "xinjiang_divisions.tsv",
    "xpcc.tsv",
    "xpcc_units.tsv",
    "batches.tsv",
]
MIN_WORD_COUNT = 20


def _jieba_lines(path: pathlib.Path) -> list[list[str]]:
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
        raw = tar.extractfile(member)
        assert raw is not None
        return [line.split() for line in raw.read().decode("utf-8").splitlines()]


def _jieba_dict(path: pathlib.Path) -> list[tuple[str, int]]:
    return [(parts[0], int(parts[1])) for parts in _jieba_lines(path) if len(parts) >= 2]


def _jieba_tagged(path: pathlib.Path, tag: str) -> list[tuple[str, int]]:
    """The words jieba tags with ``tag`` (``ns`` place names, ``nr`` people's names)."""
    return [(parts[0], int(parts[1])) for parts in _jieba_lines(path) if len(parts) >= 3 and parts[2] == tag]


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3134F or 0xF900 <= cp <= 0xFAFF


def build_charfreq(words: list[tuple[str, int]]) -> dict[str, int]:
    counts: collections.Counter[str] = collections.Counter()
    for word, freq in words:
        for ch in word:
            if _is_han(ch):
                counts[ch] += freq
    folder = pathlib.Path(opencc.__file__).parent / "dictionary"
    pairs = []  # (simplified, traditional), from both directions of OpenCC's tables
    for line in (folder / "STCharacters.txt").read_text(encoding="utf-8").splitlines():
        simp, trads = line.split("\t")
        pairs += [(simp, trad) for trad in trads.split(" ")]
    for line in (folder / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        trad, simps = line.split("\t")
        pairs += [(simp, trad) for simp in simps.split(" ")]
    for simp, trad in pairs:
        if counts[simp] > counts.get(trad, 0):
            counts[trad] = counts[simp]
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jieba", type=pathlib.Path, required=True)
    parser.add_argument("--pypinyin", type=pathlib.Path, required=True)
    parser.add_argument("--gazetteer", type=pathlib.Path, required=True)
    args = parser.parse_args()

    words = _jieba_dict(args.jieba)
    chars = build_charfreq(words)
    with (DATA / "charfreq.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# Han character counts summed over jieba 0.42.1 dict.txt (MIT);\n")
        fh.write("# Traditional forms take the count of their Simplified form via\n")
        fh.write("# opencc-python-reimplemented ST/TSCharacters.txt. Built by scripts/build_data.py.\n")
        for ch, n in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{ch}\t{n}\n")
    with (DATA / "words.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# Words of 2-4 Han characters with count >= {MIN_WORD_COUNT} from\n")
        fh.write("# jieba 0.42.1 dict.txt (MIT). Built by scripts/build_data.py.\n")
        for word, n in words:
            if 2 <= len(word) <= 4 and n >= MIN_WORD_COUNT and all(map(_is_han, word)):
                fh.write(f"{word}\t{n}\n")
    tagged = (("place_words.tsv", "ns", "Place names"), ("person_words.tsv", "nr", "People's names"))
    for table, tag, what in tagged:
        with (DATA / table).open("w", encoding="utf-8") as fh:
            fh.write(f"# {what} (part of speech {tag}) of 2-4 Han characters\n")
            fh.write(f"# with count >= {MIN_WORD_COUNT}")
            fh.write(" from jieba 0.42.1 dict.txt (MIT). Built by scripts/build_data.py.\n")
            for word, n in _jieba_tagged(args.jieba, tag):
                if 2 <= len(word) <= 4 and n >= MIN_WORD_COUNT and all(map(_is_han, word)):
                    fh.write(f"{word}\t{n}\n")
    with zipfile.ZipFile(args.pypinyin) as whl:
        readings = json.loads(whl.read("pypinyin/pinyin_dict.json").decode("utf-8"))
    with (DATA / "pinyin.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# Tone-marked readings from pypinyin 0.55.0 pinyin_dict.json (MIT), for the\n")
        fh.write("# characters of charfreq.tsv. Built by scripts/build_data.py.\n")
        for ch in sorted(chars, key=ord):
            value = readings.get(str(ord(ch)))
            if value:
                fh.write(f"{ch}\t{value}\n")
    for name in GAZETTEER_FILES:
        shutil.copyfile(args.gazetteer / name, DATA / name)
    print(f"wrote {len(chars)} characters and the gazetteer to {DATA}")


if __name__ == "__main__":
    main()
