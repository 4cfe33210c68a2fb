"""Which OpenCC config fits a Traditional text: ``t2s``, ``tw2s`` (Taiwan) or ``hk2s`` (Hong Kong).

The configs differ only where a text uses a regional form: ``tw2s`` reads 著
outside 著作-like words as 着 (隨著 → 随着), ``hk2s`` reads 衞 as 衛 (衞生 → 卫生);
elsewhere all three give the same text. So the choice rests on two kinds of clue,
counted in Traditional paragraphs only (Simplified furniture says nothing about
the region):

* **conversion** clues: the places where a regional config converts differently
  from ``t2s`` (found by converting; each is a regional form by construction);
* **form** clues from ``data/variant_forms.tsv`` (built from OpenCC's variant and
  phrase tables, and a table of news outlets): Taiwan forms (裡, 汙), Hong Kong
  forms (説, 綫), regional words (網路), outlet names (中央社, 中評社), and the
  forms Taiwan never writes (爲, 裏, 着), which count against Taiwan.

A region's score is its clues for, minus those against. A regional config is
eligible when its score is positive, and never when it would convert any place
outside a Traditional paragraph differently from ``t2s`` (a Simplified 显著 read
by ``tw2s`` becomes 显着). Of the eligible, one with conversion clues goes
first (it is the one that changes the text), then the higher score; a tie keeps
``t2s``. Without conversion clues the choice changes nothing in the text; it
then only records what the forms say.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from aidparse._resources import read_lines
from aidparse.models.base import Span
from aidparse.models.script import ClueKind, Region, Variant, VariantClue, VariantEvidence
from aidparse.script.convert import _rarity, diff_runs, to_simplified
from aidparse.script.detect import evidence
from aidparse.script.fmm import PhraseTable

__all__ = ["choose_variant", "detect_variant", "traditional_spans"]


@dataclass(frozen=True)
class _Form:
    region: Region
    against: bool
    kind: ClueKind


@functools.cache
def _forms() -> tuple[dict[str, tuple[_Form, ...]], PhraseTable]:
    forms: dict[str, list[_Form]] = {}
    for line in read_lines("variant_forms.tsv"):
        form, region, sign, kind, _ = line.split("\t")
        forms.setdefault(form, []).append(_Form(Region(region), sign == "-", ClueKind(kind)))
    # longest first, so an outlet or phrase is one clue, not its characters; each form is
    # looked for at its rarest character (which one does not change what is found)
    return {k: tuple(v) for k, v in forms.items()}, PhraseTable(forms, rarity=_rarity())


def traditional_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line with more Traditional-only than Simplified-only characters.

    >>> traditional_spans("东营援疆\\n東營援疆\\n")
    [(5, 9)]
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        simplified, traditional = evidence(line)
        if traditional > simplified:
            spans.append((pos, end))
        pos = end + 1
    return spans


class _Tally:
    """Clues by (form, region, kind, against): count and first span."""

    def __init__(self) -> None:
        self.clues: dict[tuple[str, Region, ClueKind, bool], list[int]] = {}

    def add(self, form: str, region: Region, kind: ClueKind, against: bool, start: int) -> None:
        entry = self.clues.setdefault((form, region, kind, against), [0, start])
        entry[0] += 1

    def score(self, region: Region) -> int:
        return sum(-n if against else n
                   for (_, r, _, against), (n, _) in self.clues.items() if r is region)

    def converts(self, region: Region) -> bool:
        return any(r is region and kind is ClueKind.CONVERSION for (_, r, kind, _) in self.clues)

    def models(self) -> list[VariantClue]:
        return [VariantClue.model_construct(form=form, region=region, kind=kind, against=against, count=n,
                            first=Span._trusted(start, start + len(form)))
                for (form, region, kind, against), (n, start) in
                sorted(self.clues.items(), key=lambda kv: kv[1][1])]


def _inside(starts: list[int], spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``spans`` (sorted; ``starts`` their starts)."""
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def detect_variant(text: str) -> VariantEvidence:
    """Choose ``t2s``, ``tw2s`` or ``hk2s`` for a text, with the clues behind the choice.

    Examples:
        >>> detect_variant("援疆幹部帶著項目來到這裡。").variant.value
        'tw2s'
        >>> detect_variant("醫療衞生援疆成效顯著").variant.value
        'hk2s'
        >>> detect_variant("援疆幹部爲當地帶着項目").variant.value
        't2s'
        >>> detect_variant("东营援疆").clues
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return choose_variant(text, traditional_spans(text))


def choose_variant(text: str, spans: list[tuple[int, int]]) -> VariantEvidence:
    """:func:`detect_variant` with the Traditional paragraphs already found (sorted ``spans``)."""
    tally = _Tally()
    outside = {Region.TAIWAN: 0, Region.HONG_KONG: 0}
    if spans:
        forms, table = _forms()
        for start, end in spans:
            line = text[start:end]
            for s, e in table.matches(line):
                for f in forms[line[s:e]]:
                    tally.add(line[s:e], f.region, f.kind, f.against, start + s)
        base = to_simplified(text)
        starts = [s for s, _ in spans]
        for region, config in ((Region.TAIWAN, Variant.TW2S), (Region.HONG_KONG, Variant.HK2S)):
            for s, e, _ in diff_runs(base, to_simplified(text, config)):
                if _inside(starts, spans, s, e):
                    tally.add(text[s:e], region, ClueKind.CONVERSION, False, s)
                else:
                    outside[region] += 1
    scores = {Region.TAIWAN: tally.score(Region.TAIWAN),
              Region.HONG_KONG: tally.score(Region.HONG_KONG)}
    # eligible: clues outweigh what speaks against, and nothing outside Traditional
    # paragraphs would change; a config that changes something goes first, then the score
    ranked = sorted(((tally.converts(r), scores[r], r) for r in scores
                     if scores[r] > 0 and not outside[r]), reverse=True)
    variant = Variant.T2S
    if ranked and (len(ranked) == 1 or ranked[0][:2] != ranked[1][:2]):
        variant = {Region.TAIWAN: Variant.TW2S, Region.HONG_KONG: Variant.HK2S}[ranked[0][2]]
    return VariantEvidence.model_construct(variant=variant, taiwan=scores[Region.TAIWAN],
                           hong_kong=scores[Region.HONG_KONG], outside=sum(outside.values()),
                           clues=tally.models())
