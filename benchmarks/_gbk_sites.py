"""Synthetic converter-site damage on real pages, and how the misaligned-GBK repair fares on it.

Used by ``bench_misaligned.py`` (the full tables) and ``bench_strategies.py`` (the summary).

**Pages.** Each source page (a seed, or a page of ``../shared/corpus``) is put in
Traditional (OpenCC s2t of its Simplified form) and written as the converter
writes it: every Traditional-only character annotated, full-width forms folded
on most pages. Some of its body lines are damaged with the byte-level model of
:mod:`aidparse.strategies.converter`, one seam per line, and the repair runs over
the *whole page*, as it does in ``clean`` (the page's own words are evidence).

**Where seams fall** follows the real damage (seed 001's 22 sites and the 9 of the
corpus's development half, ``tests/data/corpus_gbk_damage.tsv``): most seams
straddle a character the converter annotates (``當(dāng)?shù)孛裆``), some are fold
seams (``?!蹦J?``), few fall anywhere else; a line sometimes also loses an
annotated character (``推?dòng)鄉``). The benchmark prints one row per kind, so
the mix behind the overall figure is visible.

**Scoring**, per damaged line, on what a reader of ``report.text`` sees
(Simplified, full-width forms folded) after the repair and the pinyin step:
the truth line and the repaired line are aligned character by character.

* *destroyed*: characters of the truth inside a site (the model records them);
* *restored*: destroyed characters that a repair wrote back, right;
* *wrong*: characters a repair wrote that are not the truth's (U+FFFD is not wrong);
* *intact lost*: characters outside every site that are missing afterwards
  (a repair that swallowed good text);
* *declined*: sites no repair touched (their garbage stays, and must be flagged);
* *false repairs*: repairs of text that was not damaged.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import pathlib
import random
from collections.abc import Callable, Iterable

import aidparse
from aidparse.cleaning.edits import Change, apply_changes
from aidparse.cleaning.misaligned import find_misaligned_gbk
from aidparse.cleaning.pinyin import find_pinyin
from aidparse.strategies import converter as conv
from aidparse.strategies.truth import ConverterSite

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPLIT = ROOT / "tests" / "data" / "corpus" / "split.tsv"

#: Weights with which the kind of each seam is drawn. Fewer lines offer a fold seam, so its
#: weight is higher than its share; the shares these give (70 % annotated, 20 % fold, 5 % other,
#: 6 % lost characters, printed by bench_misaligned.py) are those of the real sites of seed 001
#: and the corpus's dev half (21, 6, 1 and 2 of 31).
SEAM_MIX = {"annotated": 0.55, "fold": 0.40, "other": 0.05}
#: A damaged line also loses an annotated character with its '(' (2 of 31 real sites).
LOSS_RATE = 0.07
#: Share of pages whose full-width forms are folded (every real damaged page is).
FOLD_RATE = 0.8
#: Share of eligible body lines damaged on a page.
LINE_RATE = 0.6
#: Share of annotatable characters already annotated when the converter reads the page.
PRE_RATE = 0.3

KINDS = ("annotated", "fold", "other", "lost")


@functools.cache
def _s2t() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("s2t").convert
    return convert


def _fold(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)


def _plain(text: str) -> str:
    """A source page without annotations (some corpus pages carry them), in Simplified."""
    return aidparse.to_simplified(apply_changes(text, find_pinyin(text)))


def sources(which: str) -> list[tuple[str, str]]:
    """(name, Simplified text) of the seeds, or of one half ('dev'/'eval') of the corpus."""
    if which == "seeds":
        paths = sorted((ROOT / "seeds").glob("*.txt"))
        return [(p.name, _plain(p.read_text(encoding="utf-8"))) for p in paths]
    if not (SHARED / "corpus").is_dir():
        return []
    out = []
    for line in SPLIT.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] == which:
            out.append((parts[0], _plain((SHARED / "corpus" / parts[0]).read_text(encoding="utf-8"))))
    return out


def _eligible(line: str) -> bool:
    han = sum("\u4e00" <= c <= "\u9fff" for c in line)
    return len(line) >= 12 and han > len(line) * 0.6 and "?" not in line and "？" not in line


@dataclasses.dataclass
class Line:
    truth: str  # the line in Traditional, as it was before any damage
    damaged: str  # as it stands in the page
    sites: list[tuple[str, ConverterSite]]  # (kind, site)


@dataclasses.dataclass
class Page:
    text: str
    lines: list[Line | None]  # per line of text: the damage, or None for an undamaged line


def _seam_options(text: str, pre: set[int], fold: bool) -> dict[str, list[int]]:
    annotated = conv.annotated_seams(text, pre)
    folds = conv.fold_seams(text, pre) if fold else []
    special = set(annotated) | set(folds)
    return {"annotated": annotated, "fold": folds,
            "other": [k for k in conv.seams(text, pre) if k not in special]}


def make_page(simplified: str, rng: random.Random) -> Page:
    """One source page with converter damage on some of its body lines.

    The kind of each seam is drawn first (:data:`SEAM_MIX`), then a line that offers
    a seam of that kind, so the mix holds although most lines offer only "other".
    """
    fold = rng.random() < FOLD_RATE
    plain_lines = _s2t()(simplified).split("\n")
    candidates: dict[int, tuple[set[int], dict[str, list[int]]]] = {}
    for i, plain in enumerate(plain_lines):
        if _eligible(plain):
            pre = {j for j, c in enumerate(plain) if conv.annotatable(c) and rng.random() < PRE_RATE}
            candidates[i] = (pre, _seam_options(plain, pre, fold))
    chosen: dict[int, tuple[str, int]] = {}
    for _ in range(round(len(candidates) * LINE_RATE)):
        kind = rng.choices(list(SEAM_MIX), list(SEAM_MIX.values()))[0]
        offering = [i for i, (_, opts) in candidates.items() if i not in chosen and opts[kind]]
        if offering:
            i = rng.choice(offering)
            chosen[i] = (kind, rng.choice(candidates[i][1][kind]))
    out_lines: list[str] = []
    records: list[Line | None] = []
    for i, plain in enumerate(plain_lines):
        if i in chosen:
            kind, k = chosen[i]
            pre = candidates[i][0]
            free = [j for j, c in enumerate(plain) if conv.annotatable(c) and j not in pre and abs(j - k) > 3]
            losses = [rng.choice(free)] if free and rng.random() < LOSS_RATE else []
            result = conv.damage(plain, [] if kind == "fold" else [k], losses, pre_annotated=pre,
                                 fold=fold, folds=[k] if kind == "fold" else [])
            if result.sites:
                sites = [("lost" if s.shape == "lost-character" and s.input_span.start in losses
                          else kind, s) for s in result.sites]
                out_lines.append(result.text)
                records.append(Line(plain, result.text, sites))
                continue
        written = conv.annotated(plain)
        out_lines.append(_fold(written) if fold else written)
        # a line that held a '?' of its own (seed 001's real damage, a real question) is not scored
        records.append(None if "?" not in plain and "？" not in plain else Line(plain, written, []))
    return Page("\n".join(out_lines), records)


@dataclasses.dataclass
class Tally:
    sites: int = 0
    destroyed: int = 0
    restored: int = 0
    wrong: int = 0
    unsure: int = 0
    declined: int = 0
    exact: int = 0
    intact_lost: int = 0
    false_repairs: int = 0

    def add(self, other: Tally) -> None:
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def row(self) -> list[object]:
        return [self.sites, self.destroyed, f"{self.restored / max(self.destroyed, 1):.1%}", self.wrong,
                self.unsure, self.declined, self.intact_lost, self.false_repairs]


HEADER = ["sites", "destroyed chars", "restored", "wrong chars", "U+FFFD", "declined sites",
          "intact lost", "false repairs"]


def _visible(text: str) -> str:
    """What a reader of report.text compares: Simplified, full-width forms folded."""
    return _fold(aidparse.to_simplified(text))


def score_line(line: Line, changes: list[Change], tallies: dict[str, Tally]) -> None:
    """Score the repair's changes (offsets into ``line.damaged``) against the line's truth."""
    owner: list[int] = []  # per change: index of the site it repairs, -1 for none
    for c in changes:
        hit = [i for i, (_, s) in enumerate(line.sites) if c.start < s.span.end and s.span.start < c.end]
        owner.append(hit[0] if hit else -1)
    # mark every character of the repaired, de-annotated line with the change that wrote it
    marked = [Change(c.start, c.end, "".join(chr(0xE000 + j) for _ in c.replacement), reason=c.reason)
              for j, c in enumerate(changes)]
    repaired = apply_changes(line.damaged, changes)
    marks = apply_changes("\x00" * len(line.damaged), marked)
    strip = find_pinyin(repaired)
    repaired, marks = apply_changes(repaired, strip), apply_changes(marks, strip)
    truth, seen = _visible(line.truth), _visible(repaired)
    matcher = difflib.SequenceMatcher(None, truth, seen, autojunk=False)
    match_of: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for d in range(block.size):
            match_of[block.b + d] = block.a + d
    destroyed_at = {i: n for n, (_, s) in enumerate(line.sites)
                    for i in range(s.input_span.start, s.input_span.end)}
    per_site = [Tally(sites=1, destroyed=s.input_span.length) for _, s in line.sites]
    extra = Tally()
    for j, (ch, m) in enumerate(zip(seen, marks, strict=True)):
        if m == "\x00":
            continue
        site = owner[ord(m) - 0xE000]
        t = per_site[site] if site >= 0 else extra
        a = match_of.get(j)
        if ch == "\ufffd":
            t.unsure += 1
        elif a is not None and a in destroyed_at:
            per_site[destroyed_at[a]].restored += 1
        elif a is None:
            t.wrong += 1
            if site < 0:
                extra.false_repairs += 1
    matched_truth = set(match_of.values())
    extra.intact_lost = sum(1 for i in range(len(truth)) if i not in destroyed_at and i not in matched_truth)
    for n, t in enumerate(per_site):
        t.declined = int(n not in owner)
        t.exact = int(t.restored == t.destroyed)
        tallies[line.sites[n][0]].add(t)
    tallies["all"].add(extra)


def run(pages: Iterable[tuple[str, str]], n_sites: int, seed: int = 14,
        repair: Callable[[str], list[Change]] = find_misaligned_gbk) -> dict[str, Tally]:
    """Damage pages (round robin, fresh draws each round) until ``n_sites`` sites; score the repair."""
    rng = random.Random(seed)
    docs = list(pages)
    tallies = {k: Tally() for k in (*KINDS, "all")}
    if not docs:
        return tallies
    total = 0
    while total < n_sites:
        for _name, text in docs:
            page = make_page(text, rng)
            changes = repair(page.text)
            starts = [0]
            for line in page.text.split("\n"):
                starts.append(starts[-1] + len(line) + 1)
            by_line: dict[int, list[Change]] = {}
            for c in changes:
                i = max(k for k, s in enumerate(starts[:-1]) if s <= c.start)
                if c.end > starts[i + 1] - 1:
                    raise AssertionError(f"a repair crosses a line: {c}")
                by_line.setdefault(i, []).append(
                    Change(c.start - starts[i], c.end - starts[i], c.replacement, reason=c.reason,
                           confidence=c.confidence, alternatives=c.alternatives))
            for i, line in enumerate(page.lines):
                if line is None:
                    tallies["all"].false_repairs += len(by_line.get(i, []))
                    continue
                if not line.sites:
                    continue  # a '?' the source page had: its truth is not known
                score_line(line, by_line.get(i, []), tallies)
                total += len(line.sites)
            if total >= n_sites:
                break
    for k in KINDS:
        tallies["all"].add(tallies[k])
    return tallies


def false_alarms(pages: Iterable[tuple[str, str]], per_page: int = 20, seed: int = 9,
                 repair: Callable[[str], list[Change]] = find_misaligned_gbk) -> tuple[int, int]:
    """(repairs, trials): a real '?' put into a clean line, Simplified or converter-annotated."""
    rng = random.Random(seed)
    repairs = trials = 0
    for _name, text in pages:
        lines = [ln for ln in text.split("\n") if _eligible(ln)]
        for _ in range(per_page if lines else 0):
            line = rng.choice(lines)
            if rng.random() < 0.5:
                line = _fold(conv.annotated(_s2t()(line)))
            i = rng.randrange(1, len(line))
            trials += 1
            repairs += bool(repair(line[:i] + "?" + line[i:]))
    return repairs, trials


REAL = ROOT / "tests" / "data" / "converter_sites.tsv"


def real_rows() -> list[list[str]]:
    """Rows of tests/data/converter_sites.tsv: source, half, site, before, damaged, truth, note."""
    lines = [ln for ln in REAL.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


#: The cleaning steps that run before the repair (it sees their output in ``clean``).
_BEFORE_REPAIR = aidparse.CleanConfig(misaligned_gbk=False, pinyin=False, width=False, boilerplate=False,
                                      spacing=False, broken_lines=False, blank_lines=False)


def real_page(source: str) -> str | None:
    """The page a row of converter_sites.tsv comes from, as the repair sees it in ``clean``
    (after the html, invisible and mojibake steps); None when ../shared is absent."""
    kind, name = source.split(":")
    if kind == "seed":
        text = next((ROOT / "seeds").glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    else:
        path = SHARED / "corpus" / name
        if not path.is_file():
            return None
        text = path.read_text(encoding="utf-8")
    return aidparse.clean(text, config=_BEFORE_REPAIR).text


def score_real(rows: Iterable[list[str]],
               repair: Callable[[str], list[Change]] = find_misaligned_gbk) -> tuple[Tally, list[str]]:
    """Score the repair on real sites; also return, per site, what it made of it."""
    tally, notes = Tally(), []
    cache: dict[str, tuple[str, list[Change]]] = {}
    for source, _half, site, before, damaged, truth, _note in rows:
        if source not in cache:
            page = real_page(source)
            if page is None:
                continue
            cache[source] = (page, repair(page))
        page, changes = cache[source]
        pos = page.index(before + damaged) + len(before)
        end = pos + len(damaged)
        mine = [c for c in changes if c.start < end and pos < c.end]
        a, b = min([pos, *(c.start for c in mine)]), max([end, *(c.end for c in mine)])
        local = [Change(c.start - a, c.end - a, c.replacement, reason=c.reason) for c in mine]
        region = page[a:b]
        written = [Change(c.start, c.end, "\x01" * len(c.replacement), reason=c.reason) for c in local]
        marks = apply_changes("\x00" * len(region), written)
        out = apply_changes(region, local)
        strip = find_pinyin(out)
        out, marks = apply_changes(out, strip), apply_changes(marks, strip)
        seen = _visible(out)
        if truth == "?":  # a real question mark
            tally.false_repairs += bool(mine)
            notes.append(f"{site}: {'REPAIRED ' + seen if mine else 'left alone'}")
            continue
        context_left = _visible(apply_changes(page[a:pos], find_pinyin(page[a:pos])))
        context_right = _visible(apply_changes(page[end:b], find_pinyin(page[end:b])))
        want = context_left + _visible(truth) + context_right
        lo, hi = len(context_left), len(context_left) + len(_visible(truth))
        matcher = difflib.SequenceMatcher(None, want, seen, autojunk=False)
        match_of = {blk.b + d: blk.a + d for blk in matcher.get_matching_blocks() for d in range(blk.size)}
        t = Tally(sites=1, destroyed=hi - lo, declined=int(not mine))
        for j, (ch, m) in enumerate(zip(seen, marks, strict=True)):
            if m == "\x00":
                continue
            w = match_of.get(j)
            if ch == "\ufffd":
                t.unsure += 1
            elif w is None:
                t.wrong += 1
            elif lo <= w < hi:
                t.restored += 1
        t.exact = int(t.restored == t.destroyed)
        tally.add(t)
        notes.append(f"{site}: {damaged} -> {seen if mine else '(declined)'}  [truth {truth}; "
                     f"{t.restored}/{t.destroyed}{', wrong ' + str(t.wrong) if t.wrong else ''}]")
    return tally, notes


def site_stats(pages: Iterable[tuple[str, str]], n_sites: int, seed: int = 14) -> list[object]:
    """[sites, share of each kind, mean and median destroyed characters, share starting with
    a pinyin residue] of the sites :func:`run` scores (same draws)."""
    import re
    import statistics

    residue = re.compile(r"\?[a-zü" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ" + r"]+\)")
    rng = random.Random(seed)
    docs = list(pages)
    kinds: list[str] = []
    lengths: list[int] = []
    residues = 0
    while docs and len(kinds) < n_sites:
        for _name, text in docs:
            for line in make_page(text, rng).lines:
                for kind, site in line.sites if line else ():
                    kinds.append(kind)
                    lengths.append(site.input_span.length)
                    residues += bool(residue.match(site.damaged))
            if len(kinds) >= n_sites:
                break
    if not kinds:
        return []
    return [len(kinds), *(f"{kinds.count(k) / len(kinds):.0%}" for k in KINDS),
            f"{statistics.mean(lengths):.1f}", f"{statistics.median(lengths):g}",
            f"{residues / len(kinds):.0%}"]
