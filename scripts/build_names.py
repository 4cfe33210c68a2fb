"""Write ``src/aidparse/data/name_initials.tsv``: the characters a Chinese person's name begins with.

Usage::

    pip download --no-deps jieba==0.42.1 -d /tmp/src
    python scripts/build_names.py --jieba /tmp/src/jieba-0.42.1.tar.gz

Source: jieba 0.42.1 (MIT), ``jieba/posseg/prob_emit.py``: the emission
probabilities of its part-of-speech HMM for the state ``('B', 'nr')`` — the
first character of a person's name — estimated from the People's Daily corpus.
Its 1,169 characters (Simplified and Traditional forms) are the single
surnames (王, 李, 欧 of 欧阳 …) and the characters that begin transliterated and
minority names (阿, 艾, 买, 古 …), each with how often it begins a name (per
mille). aidparse reads a word as a person's name only when it begins with one
of them (``记者手记``, ``最新文章``, ``运动装`` are not names).
"""

from __future__ import annotations

import argparse
import ast
import math
import pathlib
import tarfile

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "aidparse" / "data"


def name_initials(jieba_sdist: pathlib.Path) -> list[tuple[str, float]]:
    """(character, per mille of names beginning with it), most frequent first."""
    with tarfile.open(jieba_sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("jieba/posseg/prob_emit.py"))
        raw = tar.extractfile(member)
        assert raw is not None
        source = raw.read().decode("utf-8")
    table = ast.literal_eval(source[source.index("{"):])  # P = {(state, tag): {char: log prob}}
    emit: dict[str, float] = table[("B", "nr")]
    return sorted(((ch, 1000 * math.exp(lp)) for ch, lp in emit.items()), key=lambda kv: (-kv[1], kv[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jieba", type=pathlib.Path, required=True)
    args = parser.parse_args()
    rows = name_initials(args.jieba)
    with (DATA / "name_initials.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# Characters that begin a Chinese person's name, with how often (per mille), from\n")
        fh.write("# jieba 0.42.1 (MIT) jieba/posseg/prob_emit.py, state ('B', 'nr').\n")
        fh.write("# Built by scripts/build_names.py.\n")
        for ch, permille in rows:
            fh.write(f"{ch}\t{permille:.4f}\n")
    print(f"wrote {len(rows)} name initials to {DATA / 'name_initials.tsv'}")


if __name__ == "__main__":
    main()
