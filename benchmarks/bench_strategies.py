"""Recovery per damage kind on drawn pages, and the misaligned-GBK repair on synthetic sites.

    python benchmarks/bench_strategies.py [pages-per-kind] [sites]

Part 1 draws pages with aidparse.strategies and prints, per damage kind, the
share of pages whose facts the report recovers exactly. Part 2 damages clean
sentences (the seeds, and ../shared/corpus when present; its dev half and its
eval half apart) with the byte-level converter model and scores the repair:
destroyed characters restored, and wrong repairs (a character the repair wrote
that is not the original one; U+FFFD is not wrong). Seed 001's own 22 sites
are printed beside them.
"""

from __future__ import annotations

import difflib
import pathlib
import random
import sys

from _common import table
from hypothesis import HealthCheck, Phase, given, settings

import aidparse
from aidparse.cleaning.edits import apply_changes
from aidparse.cleaning.misaligned import find_misaligned_gbk
from aidparse.cleaning.pinyin import find_pinyin
from aidparse.strategies import (
    articles,
    converter_damaged,
    encoded,
    furnished,
    html_wrapped,
    pages,
    pinyin_annotated,
    traditional,
    truncated,
)
from aidparse.strategies import converter as conv

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIELDS = ("title", "donor", "recipients", "batch", "published", "authors", "quantities")


def _facts(page, report):  # type: ignore[no-untyped-def]
    t = page.truth
    got = {"title": report.title, "donor": report.donor.name if report.donor else None,
           "recipients": [p.name for p in report.recipients], "batch": report.batch,
           "published": report.published, "authors": report.authors,
           "quantities": sorted((aidparse.to_simplified(q.text), q.value, q.unit, q.approx.value)
                                for q in report.quantities)}
    want = {"title": t.title, "donor": t.donor, "recipients": t.recipients, "batch": t.batch,
            "published": t.published, "authors": t.authors,
            "quantities": sorted((q.text, q.value, q.unit, q.approx.value) for q in t.quantities)}
    return {k: got[k] == want[k] for k in FIELDS}


def recovery(n: int) -> None:
    kinds = [("none", None), ("traditional", traditional()), ("pinyin", pinyin_annotated()),
             ("furniture", furnished()), ("html", html_wrapped()), ("encoding", encoded()),
             ("truncation", truncated()), ("converter-site", converter_damaged())]
    rows = []
    for name, damage in kinds:
        hits, count = _tally(name, damage, n)
        rows.append([name, count, *(f"{hits[k] / count:.0%}" for k in FIELDS)])
    print("Recovery per damage kind (share of pages whose field is exactly right)")
    print(table(["damage", "pages", *FIELDS], rows))


def _tally(name: str, damage: object, n: int) -> tuple[dict[str, int], int]:
    hits = dict.fromkeys(FIELDS, 0)
    count = [0]
    if True:

        @settings(max_examples=n, database=None, deadline=None, phases=(Phase.generate,),
                  suppress_health_check=list(HealthCheck))
        @given(pages(damage) if damage else articles())  # type: ignore[arg-type]
        def run(page):  # type: ignore[no-untyped-def]
            count[0] += 1
            for k, ok in _facts(page, aidparse.parse(page.data)).items():
                hits[k] += ok

        run()
    return hits, count[0]


def _sentences(files: list[pathlib.Path]) -> list[str]:
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if 12 <= len(line) <= 120 and sum("\u4e00" <= c <= "\u9fff" for c in line) > len(line) * 0.6 \
                    and "?" not in line:
                out.append(aidparse.to_simplified(line))
    return out


def _score(sentences: list[str], sites_wanted: int, rng: random.Random) -> list[object]:
    import opencc

    s2t = opencc.OpenCC("s2t").convert
    destroyed = restored = wrong = sites = unsure = 0
    while sites < sites_wanted and sentences:
        text = s2t(rng.choice(sentences))
        annotatable = [i for i, c in enumerate(text) if conv.annotatable(c)]
        pre = {i for i in annotatable if rng.random() < 0.5}
        where = conv.seams(text, pre)
        if not where:
            continue
        losses = {i for i in annotatable if i not in pre and rng.random() < 0.1}
        result = conv.damage(text, [rng.choice(where)], losses, pre_annotated=pre)
        if not result.sites:
            continue
        changes = find_misaligned_gbk(result.text)
        repaired = apply_changes(result.text, changes)
        marks = apply_changes("".join("\x00" * len(result.text)), [
            type(c)(c.start, c.end, "\x01" * len(c.replacement), reason=c.reason) for c in changes])
        keep = apply_changes(repaired, find_pinyin(repaired))
        keep_marks = apply_changes(marks, find_pinyin(repaired))
        matcher = difflib.SequenceMatcher(None, text, keep, autojunk=False)
        matched = set()
        for block in matcher.get_matching_blocks():
            matched.update(range(block.b, block.b + block.size))
        for s in result.sites:
            sites += 1
            destroyed += s.input_span.length
        for j, (ch, mark) in enumerate(zip(keep, keep_marks, strict=True)):
            if mark == "\x01":
                if ch == "\ufffd":
                    unsure += 1
                elif j in matched:
                    restored += 1
                else:
                    wrong += 1
    return [sites, destroyed, f"{restored / max(destroyed, 1):.1%}", wrong, unsure]


def _seed001() -> list[object]:
    data = ROOT / "tests" / "data" / "seed001_damage.tsv"
    seed = next((ROOT / "seeds").glob("001_*.txt"))
    rows = [r.split("\t") for r in data.read_text(encoding="utf-8").splitlines()[1:]
            if r and not r.startswith("#")][1:]
    text = aidparse.to_simplified(aidparse.clean(seed.read_text(encoding="utf-8")).text)
    destroyed = restored = 0
    for _site, anchor, expected, lost, _note in rows:
        at = text.find(anchor)
        window = text[at + len(anchor) : at + len(anchor) + len(expected) + 4]
        m = difflib.SequenceMatcher(None, expected, window, autojunk=False)
        restored += sum(max(0, min(b.a + b.size, len(lost)) - b.a) for b in m.get_matching_blocks())
        destroyed += len(lost)
    return [len(rows), destroyed, f"{restored / destroyed:.1%}", "-", "-"]


def gbk_repair(n_sites: int) -> None:
    rng = random.Random(14)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    sets = [("seeds (synthetic)", _sentences(seeds))]
    split = ROOT / "tests" / "data" / "corpus" / "split.tsv"
    if (SHARED / "corpus").is_dir():
        halves: dict[str, list[pathlib.Path]] = {"dev": [], "eval": []}
        for line in split.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1] in halves:
                halves[parts[1]].append(SHARED / "corpus" / parts[0])
        sets += [(f"corpus {h} (synthetic)", _sentences(fs)) for h, fs in halves.items()]
    else:
        print("(../shared/corpus absent: synthetic sites from the seeds only)")
    rows = [[name, *_score(sents, n_sites, rng)] for name, sents in sets]
    rows.append(["seed 001 (real, 22 sites)", *_seed001()])
    print("\nMisaligned-GBK repair (converter-site model; restored = destroyed characters read right)")
    print(table(["sites from", "sites", "destroyed chars", "restored", "wrong repairs", "U+FFFD"], rows))


if __name__ == "__main__":
    per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    n_sites = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    gbk_repair(n_sites)
    recovery(per_kind)
