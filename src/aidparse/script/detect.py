"""Simplified vs Traditional: a profile of the script with its evidence.

Evidence comes from OpenCC's own tables (see :mod:`aidparse.script.convert`),
filtered by the two legacy character sets:

* a character is **Simplified-only** when OpenCC maps some Traditional form to
  it and Big5 (the Traditional standard) cannot encode it (这, 东, 团);
* a character is **Traditional-only** when OpenCC converts it to something
  else and GB2312 (the Simplified standard) cannot encode it (這, 東, 團).

So OpenCC's variant spellings (群→羣, 里→裏) never count: 群 and 里 are in
Big5 and GB2312 alike.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

from aidparse._lazy import lazy_re
from aidparse.models import Script, ScriptCounts, ScriptProfile, Span
from aidparse.script.charsets import script_chars

if TYPE_CHECKING:
    from aidparse.models import Variant, VariantEvidence

__all__ = ["detect_script", "evidence", "line_evidence"]

#: Minority share of script evidence needed before a text is called mixed.
MIXED_SHARE = 0.2
#: ... and the minimum number of minority characters (document / paragraph).
MIXED_MIN_DOC = 8
MIXED_MIN_PARAGRAPH = 3

_PINYIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")

# One translate pass sends every character that counts to a private-use
# sentinel of its class and every other character but the newline to nothing;
# str.count then counts each class in C. The table is a list indexed by code
# point (CPython translates through a list about twice as fast as through a
# dict); characters past its end, outside the BMP, are left as they are, and a
# second, small dictionary marks those of the evidence sets.
_CLASSES = ("simplified", "traditional", "shared", "latin", "pinyin", "arabic", "cyrillic")
_MARK = {name: chr(0xE000 + i) for i, name in enumerate(_CLASSES)}
_BMP_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_ASTRAL_HAN = lazy_re(r"[\U00020000-\U0003134f]")
_ASTRAL = lazy_re(r"[\U00010000-\U0010ffff]")
_SENTINELS = lazy_re("[\ue000-\ue006]")


@functools.cache
def _marker_table() -> tuple[list[str], dict[int, str]]:
    """Translate tables from each counted character to the sentinel of its class.

    The list covers the BMP (characters that do not count become ``""``; the
    newline and the sentinels themselves stay); the dict, astral characters of
    the evidence sets.
    """
    chars = script_chars()
    table = [""] * 0x10000
    table[0x0A] = "\n"
    for mark in _MARK.values():  # a sentinel in the input stays itself, as before the table
        table[ord(mark)] = mark
    for lo, hi in _BMP_HAN:
        table[lo : hi + 1] = [_MARK["shared"]] * (hi + 1 - lo)
    astral: dict[int, str] = {}
    for name in ("simplified", "traditional"):
        evidence = chars.simplified_only if name == "simplified" else chars.traditional_only
        for ch in evidence:
            cp = ord(ch)
            if cp < 0x10000:
                table[cp] = _MARK[name]
            else:
                astral[cp] = _MARK[name]
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        table[ord(ch)] = _MARK["latin"]
    for ch in _PINYIN:
        table[ord(ch)] = _MARK["pinyin"]
    for lo, hi in ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        table[lo : hi + 1] = [_MARK["arabic"]] * (hi + 1 - lo)
    table[0x0400:0x0500] = [_MARK["cyrillic"]] * 0x100
    return table, astral


def _marked(text: str) -> str:
    """``text`` with each counted character turned into its sentinel, the others dropped (newlines kept)."""
    bmp, astral = _marker_table()
    marked = text.translate(bmp)
    if _ASTRAL.search(marked) is not None:
        marked = marked.translate(astral)
    return marked


def _tally(marked: str, original: str, minimum: int, astral: bool,
           sentinels: bool) -> tuple[Script, int, int, int, int, int, int, int, int]:
    """The verdict and the counts of one text, in :class:`ScriptCounts`' field order (script,
    han, simplified, traditional, shared, latin, pinyin, arabic, cyrillic)."""
    n = {name: marked.count(mark) for name, mark in _MARK.items()}
    if sentinels:  # the input itself held private-use sentinels: do not count them
        for name, mark in _MARK.items():
            n[name] -= original.count(mark)
    if astral:  # Han outside the BMP that is in neither evidence set is shared
        n["shared"] += len(_ASTRAL_HAN.findall(marked))
    han = n["simplified"] + n["traditional"] + n["shared"]
    return (_verdict(han, n["simplified"], n["traditional"], minimum), han, n["simplified"],
            n["traditional"], n["shared"], n["latin"], n["pinyin"], n["arabic"], n["cyrillic"])


class _Regional(TypedDict, total=False):
    """A profile's regional variant and its evidence, given when some paragraph is Traditional."""

    variant: Variant
    variant_evidence: VariantEvidence


def evidence(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) character counts, without building a profile."""
    marked = _marked(text)
    return marked.count(_MARK["simplified"]), marked.count(_MARK["traditional"])


def line_evidence(text: str) -> list[tuple[int, int]] | None:
    """(Simplified-only, Traditional-only) character counts of each line of ``text`` (split at
    ``\\n``), or ``None`` when the text holds the private-use characters the counting uses.

    >>> line_evidence("东营\\n東營援疆\\n援疆")
    [(2, 0), (0, 2), (0, 0)]
    """
    if _SENTINELS.search(text) is not None:
        return None
    simp, trad = _MARK["simplified"], _MARK["traditional"]
    return [(line.count(simp), line.count(trad)) for line in _marked(text).split("\n")]


def _verdict(han: int, simp: int, trad: int, minimum: int) -> Script:
    if han == 0:
        return Script.NONE
    evidence = simp + trad
    if evidence == 0:
        return Script.SIMPLIFIED  # only shared characters: already valid Simplified
    minority = min(simp, trad)
    if minority >= minimum and minority / evidence >= MIXED_SHARE:
        return Script.MIXED
    return Script.TRADITIONAL if trad > simp else Script.SIMPLIFIED


def detect_script(text: str) -> ScriptProfile:
    """Profile the script of a text, as a whole and per paragraph, and pick its OpenCC config.

    A verdict is ``mixed`` only when the minority script is both a real share
    (20 %) and a real count, so a few garbled or quoted characters never turn
    a Traditional document into a mixed one. When some paragraph is
    Traditional, :func:`~aidparse.script.variant.detect_variant` chooses
    ``t2s``, ``tw2s`` or ``hk2s`` (``profile.variant``, with its evidence).

    Examples:
        >>> detect_script("東營援疆干部人才").script.value
        'traditional'
        >>> detect_script("东营援疆干部人才").script.value
        'simplified'
        >>> detect_script("Pairing aid").script.value
        'none'
        >>> detect_script("援疆幹部帶著項目來到這裡").variant.value
        'tw2s'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    marked = _marked(text)
    astral = _ASTRAL_HAN.search(marked) is not None
    sentinels = _SENTINELS.search(text) is not None
    doc = _tally(marked, text, MIXED_MIN_DOC, astral, sentinels)
    paragraphs = []
    spans = []  # Traditional paragraphs, for the regional variant
    # a line's counts depend on its marked form alone (and on its own text when the input holds
    # sentinels): lines marked alike (the same line repeated, lines of Latin letters of one
    # length) are counted once
    tallies: dict[str, tuple[Script, int, int, int, int, int, int, int, int]] = {}
    trusted, new_span = ScriptCounts._trusted, Span._trusted
    pos = 0
    for line, counted in zip(text.split("\n"), marked.split("\n"), strict=True):
        end = pos + len(line)
        if line.strip():
            tally = None if sentinels else tallies.get(counted)
            if tally is None:
                tally = _tally(counted, line, MIXED_MIN_PARAGRAPH, astral, sentinels)
                if not sentinels:
                    tallies[counted] = tally
            script, han, simplified, traditional, shared, latin, pinyin, arabic, cyrillic = tally
            # valid by construction (counts of characters, a line's offsets): not validated again
            paragraphs.append(trusted({
                "script": script, "span": new_span(pos, end), "han": han, "simplified": simplified,
                "traditional": traditional, "shared": shared, "latin": latin, "pinyin": pinyin,
                "arabic": arabic, "cyrillic": cyrillic}))
            if traditional > simplified:
                spans.append((pos, end))
        pos = end + 1
    regional: _Regional = {}
    if spans:
        from aidparse.script.variant import choose_variant

        found = choose_variant(text, spans)
        regional = {"variant": found.variant, "variant_evidence": found}
    script, han, simplified, traditional, shared, latin, pinyin, arabic, cyrillic = doc
    # valid by construction too: not validated (a parse builds no validator)
    return ScriptProfile.model_construct(
        span=new_span(0, len(text)), script=script, han=han, simplified=simplified,
        traditional=traditional, shared=shared, latin=latin, pinyin=pinyin, arabic=arabic,
        cyrillic=cyrillic, paragraphs=paragraphs, **regional)
