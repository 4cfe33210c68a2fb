"""The converter-site damage of seed 001, made at the byte level.

Seed 001 was read by a Simplified→Traditional converter site that annotates
characters with pinyin (``東營(yíng)``) and reads and writes GBK. Its damage
is reproduced here from bytes, not imitated:

1. **The converter reads the page's GBK bytes**; at a *seam* its reader steps
   back one byte — it reads the trail byte of the character before the seam
   again, as a lead byte — and goes on out of step: each byte pair straddles
   two characters (地民生 → 孛裆). A pair that is a GBK character gives that
   character; an ASCII byte gives itself, and a pair that is no character gives
   ``?`` for its first byte; either puts the reader back in step.
2. **It annotates** every Traditional-only character it read, out of step or
   not, with its reading (``數(shù)``).
3. **It writes GBK, keeping the byte count**: for the byte it read twice it
   drops one — the trail byte of the straddling character. Some annotated
   characters lose their trail byte on the way too.
4. **The page is read back** with the same decoder, which gives one ``?`` for a
   lead byte followed by an annotation's ``(`` (the pair is no character). So
   a straddling character becomes ``?`` + the residue of its annotation
   (``?shù)``), and a character that lost its trail byte becomes ``?dòng)``.
5. Optionally, full-width forms are folded to ASCII over the whole page, as
   seed 001's site did (``。”`` read out of step as ``！`` and ``Ｊ`` show as
   ``!`` and ``J``).

On seed 001's own sentences this gives the damage the page shows, byte for byte:

>>> damage("保障改善當地民生、推動鄉村振興", seams=[5], losses=[10]).text
'保障改善當(dāng)?shù)孛裆?、推?dòng)鄉(xiāng)村振興'
>>> damage("主動承接東部產業轉移", seams=[4]).text
'主動(dòng)承接?xùn)|部產(chǎn)業(yè)轉(zhuǎn)移'

Offsets are character offsets of the text given; sites say which characters
were destroyed and what stands in their place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from aidparse.models import Span
from aidparse.strategies.truth import ConverterSite

__all__ = ["Damaged", "annotated", "damage", "decode", "seams"]


@functools.cache
def _traditional_only() -> frozenset[str]:
    from aidparse.script.convert import tables

    return tables().traditional_only


def reading(ch: str) -> str | None:
    """The reading the converter writes after ``ch``: its first pypinyin reading."""
    from aidparse._charmodel import readings

    values = readings().get(ch)
    return min(values) if values else None


def _annotation(ch: str) -> str:
    """``(reading)`` when the converter annotates ``ch``, else ''."""
    if ch in _traditional_only():
        r = reading(ch)
        if r:
            return f"({r})"
    return ""


def annotated(text: str) -> str:
    """``text`` as the converter writes it when nothing goes wrong.

    >>> annotated("東營援疆")
    '東(dōng)營(yíng)援疆'
    """
    return "".join(ch + _annotation(ch) for ch in text)


@dataclass(frozen=True)
class _Token:
    """One character the converter read, with the characters of the input its bytes came from."""

    char: str
    first: int  # first input character whose bytes it used
    last: int  # last one (inclusive)
    faithful: bool  # read in step: it is input character ``first``


def _gbk(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def decode(data: bytes) -> str:
    """Read GBK bytes as the converter does (see the module docstring, step 1 and 4).

    >>> decode(bytes.fromhex("94b5d8c3f1c9faa1a2"))
    '數孛裆?、'
    >>> decode(bytes.fromhex("84") + b"(dong)")
    '?dong)'
    """
    return "".join(ch for ch, _, _ in _read(data))


def _read(data: bytes) -> Iterable[tuple[str, int, int]]:
    """(character, first byte, end byte) for each character read."""
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            yield chr(b), i, i + 1
            i += 1
            continue
        pair = data[i : i + 2]
        ch = _pair(pair)
        if ch is not None:
            yield ch, i, i + 2
            i += 2
        elif pair[1:] == b"(":
            yield "?", i, i + 2  # a lead byte and an annotation's '(' are one unreadable pair
            i += 2
        else:
            yield "?", i, i + 1
            i += 1


def _pair(pair: bytes) -> str | None:
    if len(pair) < 2 or pair[0] < 0x81 or pair[1] < 0x40:
        return None
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(ch) != 1 or 0xE000 <= ord(ch) <= 0xF8FF:
        return None  # user-defined area: no character
    return ch


def seams(text: str) -> list[int]:
    """Offsets where a seam can fall: after a two-byte GBK character, before another one."""
    out = []
    for i in range(1, len(text)):
        a, b = _gbk(text[i - 1]), _gbk(text[i])
        if a is not None and b is not None and len(a) == 2 and len(b) == 2:
            out.append(i)
    return out


def _converter_read(text: str, at: frozenset[int]) -> list[_Token]:
    """Step 1: the converter reads ``text``'s GBK bytes, stepping back one byte at each seam."""
    data = bytearray()
    owner: list[int] = []  # input character of each byte
    start_of: list[int] = []
    for k, ch in enumerate(text):
        raw = _gbk(ch) or b"?"
        start_of.append(len(data))
        data += raw
        owner += [k] * len(raw)
    seam_bytes = {start_of[k] for k in at
                  if 0 < k < len(text) and len(_gbk(text[k - 1]) or b"") == 2}
    tokens: list[_Token] = []
    i, n = 0, len(data)
    while i < n:
        if i in seam_bytes and tokens and tokens[-1].faithful:
            seam_bytes.discard(i)
            i -= 1  # the seam: the trail byte before it is read again, as a lead byte
        ch, _, b = next(iter(_read(bytes(data[i : i + 2]))))
        k = owner[i]
        faithful = i == start_of[k] and b == len(_gbk(text[k]) or b"?") and ch == text[k]
        tokens.append(_Token(ch, k, owner[i + b - 1], faithful))
        i += b
    return tokens


@dataclass(frozen=True)
class Damaged:
    """What :func:`damage` made: the damaged text and its sites."""

    text: str
    sites: list[ConverterSite]


def damage(text: str, seams: Iterable[int] = (), losses: Iterable[int] = (), *,
           fold: bool = False) -> Damaged:
    """Damage ``text`` as seed 001's converter site did.

    Args:
        text: Text in Traditional script (the converter's own output script).
        seams: Character offsets where the converter's reader steps back one
            byte (see :func:`seams` for where one can fall).
        losses: Offsets of annotated characters that lose their trail byte.
        fold: Fold full-width forms to ASCII over the whole page.

    Returns:
        The damaged text and one site per stretch of destroyed characters.
    """
    tokens = _converter_read(text, frozenset(seams))
    lost = frozenset(losses)
    # steps 2 and 3: annotate and write GBK, dropping bytes; remember where each byte came from
    data = bytearray()
    source: list[tuple[int, bool]] = []  # (token, byte of its annotation)
    for t, tok in enumerate(tokens):
        raw = _gbk(tok.char) or b"?"
        anno = _annotation(tok.char).encode("gbk")
        straddling = not tok.faithful and t > 0 and tokens[t - 1].faithful \
            and tokens[t - 1].last == tok.first
        if len(raw) == 2 and (straddling or (tok.faithful and tok.first in lost and anno)):
            raw = raw[:1]  # the page keeps its byte count: this trail byte is dropped
        data += raw
        source += [(t, False)] * len(raw)
        data += anno
        source += [(t, True)] * len(anno)
    # step 4: the page read back
    read = list(_read(bytes(data)))
    came_through = [False] * len(tokens)  # the token's own character was read back as itself
    for ch, a, b in read:
        toks = {source[j][0] for j in range(a, b)}
        if len(toks) == 1 and not source[a][1]:
            t = source[a][0]
            came_through[t] = tokens[t].faithful and ch == tokens[t].char
    out: list[str] = []
    broken: list[bool] = []
    groups: list[set[int]] = []
    for ch, a, b in read:
        toks = {source[j][0] for j in range(a, b)}
        t = min(toks)
        if all(source[j][1] for j in range(a, b)) and len(toks) == 1:
            broken.append(not came_through[t])  # an annotation: broken when its character is
        else:
            broken.append(not (len(toks) == 1 and came_through[t]))
        out.append(ch)
        groups.append(toks)
    if fold:
        out = [chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in out]
    damaged = "".join(out)
    intact = {tokens[t].first for t, ok in enumerate(came_through) if ok}
    return Damaged(damaged, _sites(text, damaged, broken, groups, tokens, intact))


def _sites(text: str, damaged: str, broken: list[bool], groups: list[set[int]],
           tokens: list[_Token], intact: set[int]) -> list[ConverterSite]:
    """One site per run of broken output characters."""
    sites = []
    i, n = 0, len(damaged)
    while i < n:
        if not broken[i]:
            i += 1
            continue
        j = i
        toks: set[int] = set()
        while j < n and broken[j]:
            toks |= groups[j]
            j += 1
        chars = {k for t in toks for k in range(tokens[t].first, tokens[t].last + 1)} - intact
        if not chars:
            i = j
            continue
        first, last = min(chars), max(chars)
        misread = [t for t in toks if not tokens[t].faithful]
        if not misread:
            shape = "lost-character"
        elif len(misread) == 1 and damaged[j - 1].isascii() and damaged[j - 1] not in "?)":
            shape = "lone-trail-byte"
        else:
            shape = "shifted-run"
        sites.append(ConverterSite(shape=shape, original=text[first : last + 1],
                                   damaged=damaged[i:j], span=Span(start=i, end=j)))
        i = j
    return sites
