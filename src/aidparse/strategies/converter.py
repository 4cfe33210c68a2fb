"""The converter-site damage of seed 001, made at the byte level.

Seed 001 was put through a Simplified→Traditional converter site that annotates
Traditional-only characters with pinyin (``東營(yíng)``) and reads and writes
GBK — twice: some characters already carry an annotation when it reads the
page. Its damage is reproduced here from bytes:

1. **The converter reads the page's GBK bytes**; at a *seam* its reader steps
   back one byte — it reads the trail byte of the character before the seam
   again, as a lead byte — and goes on out of step: each byte pair straddles
   two characters (地民生 → 孛裆). A pair that is a GBK character gives that
   character; an ASCII byte gives itself and puts the reader back in step; a
   pair that is no character gives ``?`` for its first byte (back in step), or
   for both bytes when the second is the ``(`` of an annotation; a pair of
   GBK's user-defined area is dropped whole and the reader stays out of step
   (地文化交融 → 匚幕蝗: AF BD is gone, 交融 with it).
2. **It annotates** every Traditional-only character it read in step that
   carries no annotation yet, and the one it read across the seam (``數(shù)``);
   characters read out of step are not annotated (seed 001's ``貙W(xué)``,
   ``蜆I(yè)``).
3. **It writes** the character it read across the seam, with the ``(`` of its
   annotation, as one ``?`` (seed 001 shows ``?shù)``, ``?xùn)``, ``?gòu)``,
   and a bare ``?`` for 一?!蹦J?); some annotated characters lose their trail
   byte on the way.
4. **The page is read back** with the same decoder: a character that lost its
   trail byte, with its ``(``, becomes one ``?`` (``推?dòng)鄉``).
5. Optionally, full-width forms are folded to ASCII, as seed 001's site did —
   on the page's bytes, before they are read, so a full-width form that a
   trail byte A3 and the next lead byte make (``校”`` is D0 **A3 A1** B1: ！) is
   folded too: a *fold seam*; the lead byte left alone reads ``?`` and the
   reader goes on out of step (``?!蹦J?``).

Where seams fall: in seed 001 and in the corpus pages this converter damaged,
a seam straddles a character the converter annotates (:func:`annotated_seams`,
mostly 當地 → ``?shù)``) or is a fold seam (:func:`fold_seams`); a seam anywhere
(:func:`seams`) gives shapes the real pages do not show.

On seed 001's own sentences this gives the damage the page shows, byte for byte:

>>> damage("保障改善當地民生、推動鄉村", seams=[5], losses=[10], pre_annotated=[11]).text
'保障改善當(dāng)?shù)孛裆?、推?dòng)鄉(xiāng)村'
>>> damage("主動承接東部產業轉移", seams=[4]).text
'主動(dòng)承接?xùn)|部產(chǎn)業(yè)轉(zhuǎn)移'
>>> damage("行業百強企業威", seams=[3], pre_annotated=[3, 5]).text
'行業(yè)百?gòu)?qiáng)企業(yè)威'
>>> damage("第一要務,聚焦", seams=[3], pre_annotated=[3]).text
'第一要?jiǎng)?wù),聚焦'
>>> damage("首次采取“一市包一校”模式,從", seams=[9], fold=True).text
'首次采取“一市包一?!蹦J?,從(cóng)'
>>> damage("促進當地文化交融，全力", seams=[3], fold=True).text
'促進(jìn)當(dāng)?shù)匚幕蝗?,全力'
>>> damage("當地留下了一支帶不走的專業隊伍", seams=[1], pre_annotated=[12]).text
'當(dāng)?shù)亓粝铝艘恢Р蛔叩膶I(yè)隊(duì)伍'

and so on the corpus's (``瑞金紅?!笨酥萁鲗嶒炛袑W`` in 045.txt):

>>> damage("瑞金紅。”克州江西實驗中學", folds=[3], fold=True).text
'瑞金紅(hóng)?!笨酥萁鲗嶒炛袑W'

Offsets are character offsets of the text given; each site says which
characters were destroyed and what stands in their place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from aidparse.models import Span
from aidparse.strategies.truth import ConverterSite

__all__ = ["Damaged", "annotated", "annotated_seams", "damage", "decode", "fold_seams", "seams"]


@functools.cache
def _traditional_only() -> frozenset[str]:
    from aidparse.script.convert import tables

    return tables().traditional_only


@functools.cache
def _first_readings() -> dict[str, str]:
    """Character -> its first reading in the pinyin table (the commonest, as pypinyin orders them)."""
    from aidparse._resources import read_lines

    out = {}
    for line in read_lines("pinyin.tsv"):
        ch, values = line.split("\t")
        out[ch] = values.split(",")[0]
    return out


def reading(ch: str) -> str | None:
    """The reading the converter writes after ``ch``."""
    return _first_readings().get(ch)


def annotatable(ch: str) -> bool:
    """Whether the converter annotates ``ch``: a Traditional-only character with a reading."""
    return ch in _traditional_only() and reading(ch) is not None


def _annotation(ch: str) -> str:
    return f"({reading(ch)})" if annotatable(ch) else ""


def annotated(text: str) -> str:
    """``text`` as the converter writes it when nothing goes wrong.

    >>> annotated("東營援疆")
    '東(dōng)營(yíng)援疆'
    """
    return "".join(ch + _annotation(ch) for ch in text)


@dataclass(frozen=True)
class _Token:
    """One character the converter read, with the input characters its bytes came from."""

    char: str
    first: int  # first input character whose bytes it used
    last: int  # last one (inclusive)
    faithful: bool  # read in step: it is input character ``first`` (or a character of its annotation)
    annotation: bool  # a character of an annotation the input already had


def _fold(text: str) -> str:
    """Full-width forms (U+FF01–U+FF5E) to ASCII."""
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)


def _gbk(ch: str) -> bytes | None:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return None


def decode(data: bytes) -> str:
    """Read GBK bytes as the converter does (step 1 of the module docstring).

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
        if _user_defined(pair):
            yield "", i, i + 2  # a pair of the user-defined area is dropped whole: no resync
            i += 2
            continue
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


def _user_defined(pair: bytes) -> bool:
    """Whether the converter drops ``pair`` whole, both bytes, and reads on out of step.

    Pairs of GBK's user-defined areas are dropped: rows AA–AF (seed 001's S3,
    ``匚幕蝗`` for 地文化交融, AF BD gone), rows FD–FE (the development corpus,
    ``彼死敻`` for 塔克拉瑪, FE BF and AD AC gone) and A140–A7A0 (S9, ``恢Р``
    for 一支帶不, A7 8E gone). Row FA is not (S1's ``裆?、``: FA A1 gives
    ``?``); rows F8–FC are not attested and are read like FA.
    """
    if len(pair) != 2:
        return False
    lead, trail = pair
    return ((0xAA <= lead <= 0xAF or lead >= 0xFD) and trail >= 0xA1) \
        or (0xA1 <= lead <= 0xA7 and 0x40 <= trail <= 0xA0)


def _pair(pair: bytes) -> str | None:
    if len(pair) < 2 or pair[0] < 0x81 or pair[1] < 0x40:
        return None
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(ch) != 1 or 0xE000 <= ord(ch) <= 0xF8FF:
        return None  # the user-defined area holds no character
    return ch


def seams(text: str, pre_annotated: Iterable[int] = ()) -> list[int]:
    """Offsets where a seam can fall: right after a two-byte GBK character, before another."""
    skip = frozenset(pre_annotated)
    out = []
    for i in range(1, len(text)):
        a, b = _gbk(text[i - 1]), _gbk(text[i])
        if a is not None and b is not None and len(a) == 2 and len(b) == 2 and i - 1 not in skip:
            out.append(i)
    return out


def _straddle(text: str, k: int) -> str | None:
    """The character GBK bytes give across ``text[k-1]`` and ``text[k]`` (trail, then lead)."""
    a, b = _gbk(text[k - 1]), _gbk(text[k])
    if a is None or b is None or len(a) != 2 or len(b) != 2:
        return None
    return _pair(bytes([a[1], b[0]]))


def annotated_seams(text: str, pre_annotated: Iterable[int] = ()) -> list[int]:
    """The :func:`seams` whose straddling character the converter annotates (``?shù)``).

    Most seams of seed 001 and of the corpus pages this converter damaged are of
    this kind (當地 gives 數: ``當(dāng)?shù)孛裆``).
    """
    return [k for k in seams(text, pre_annotated) if annotatable(_straddle(text, k) or "")]


def fold_seams(text: str, pre_annotated: Iterable[int] = ()) -> list[int]:
    """Offsets ``k`` where the trail byte A3 of ``text[k]`` and the lead byte of the next
    character form full-width punctuation, which a folding converter turns into ASCII.

    The lead byte of ``text[k]`` is then left alone (``?``) and the reader goes on out of
    step: ``校”模式`` gives ``?!蹦J?`` (seed 001), ``繁榮。可以`` gives ``??梢`` (corpus).
    """
    skip = frozenset(pre_annotated)
    out = []
    for k in range(len(text) - 1):
        a, b = _gbk(text[k]), _gbk(text[k + 1])
        if k in skip or a is None or b is None or len(a) != 2 or len(b) != 2 or a[1] != 0xA3:
            continue
        form = _pair(bytes([0xA3, b[0]]))
        if form is not None and form in _FOLDED_PUNCTUATION:
            out.append(k)
    return out


#: Full-width forms a fold seam is seen to make: punctuation whose ASCII byte is no trail
#: byte (！ and ？ in seed 001 and the corpus). Letters and digits would leave garbled runs
#: without a ``?``, and the damaged pages show none.
_FOLDED_PUNCTUATION = frozenset("！＂＃＄％＆＇＊＋，－．／：；＜＝＞？")


def _converter_read(text: str, at: frozenset[int], pre: frozenset[int],
                    folds: frozenset[int] = frozenset()) -> list[_Token]:
    """Step 1: the converter reads the input's GBK bytes, stepping back one byte at each seam.

    At a fold seam ``k`` the full-width form made of the trail byte of ``text[k]`` and
    the lead byte of ``text[k + 1]`` has already been folded to its ASCII byte.
    """
    data = bytearray()
    owner: list[tuple[int, bool]] = []  # (input character, byte of its annotation)
    start_of: list[int] = []
    valid_folds = frozenset(folds) & frozenset(fold_seams(text, pre))
    for k, ch in enumerate(text):
        raw = _gbk(ch) or b"?"
        if k - 1 in valid_folds:  # the full-width form across the two characters, folded
            form = _pair(bytes([0xA3, raw[0]])) or "?"
            raw = bytes([ord(form) - 0xFEE0]) + raw[1:]
        if k in valid_folds:
            raw = raw[:1]
        start_of.append(len(data))
        data += raw
        owner += [(k, False)] * len(raw)
        if k in pre:
            anno = _annotation(ch).encode("gbk")
            data += anno
            owner += [(k, True)] * len(anno)
    seam_bytes = {start_of[k] for k in at if 0 < k < len(text)
                  and len(_gbk(text[k - 1]) or b"") == 2 and k - 1 not in pre}
    tokens: list[_Token] = []
    i, n = 0, len(data)
    anno_pos = 0
    while i < n:
        at_seam = i in seam_bytes and bool(tokens) and tokens[-1].faithful
        if at_seam:
            seam_bytes.discard(i)
            i -= 1  # the seam: the trail byte before it is read again, as a lead byte
        ch, _, b = next(iter(_read(bytes(data[i : i + 2]))))
        if not ch and at_seam:
            ch = "?"  # the pair read across the seam is written as '?' whatever it is
        elif not ch:  # a dropped pair: its bytes are gone, the reader stays out of step
            i += b
            continue
        k, is_anno = owner[i]
        same = all(owner[j] == (k, is_anno) for j in range(i, i + b))
        if is_anno:
            note = _annotation(text[k])
            expected = note[anno_pos] if anno_pos < len(note) else ""
            faithful = same and ch == expected and (i == 0 or owner[i - 1] != (k, True)
                                                    or tokens[-1].faithful)
            anno_pos = anno_pos + 1 if faithful else anno_pos
        else:
            anno_pos = 0
            faithful = same and i == start_of[k] and b == len(_gbk(text[k]) or b"?") and ch == text[k]
        tokens.append(_Token(ch, k, owner[i + b - 1][0], faithful, is_anno and faithful))
        i += b
    return tokens


@dataclass(frozen=True)
class Damaged:
    """What :func:`damage` made: the damaged text and its sites."""

    text: str
    sites: list[ConverterSite]


def damage(text: str, seams: Iterable[int] = (), losses: Iterable[int] = (), *,
           pre_annotated: Iterable[int] = (), fold: bool = False,
           folds: Iterable[int] = ()) -> Damaged:
    """Damage ``text`` as seed 001's converter site did.

    Args:
        text: Text in Traditional script (the converter's own output script).
        seams: Character offsets where the converter's reader steps back one
            byte (see :func:`seams` for where one can fall).
        losses: Offsets of annotated characters that lose their trail byte.
        pre_annotated: Offsets of Traditional-only characters that already
            carry an annotation when the converter reads the page.
        fold: Fold full-width forms to ASCII over the whole page.
        folds: :func:`fold_seams` where the folding also caught a full-width
            form read across two characters (with ``fold``).

    Returns:
        The damaged text and one site per stretch of destroyed characters.
    """
    pre = frozenset(k for k in pre_annotated if 0 <= k < len(text) and annotatable(text[k]))
    # folding works on the page's bytes before they are read (S3's 蝗?, is 融，: 冢 never forms)
    tokens = _converter_read(_fold(text) if fold else text, frozenset(seams), pre,
                             frozenset(folds) if fold else frozenset())
    lost = frozenset(losses)
    # steps 2 and 3: annotate and write GBK, remembering where each byte came from
    data = bytearray()
    source: list[tuple[int, bool]] = []  # (token, byte of an annotation written for it)
    for t, tok in enumerate(tokens):
        raw = _gbk(tok.char) or b"?"
        straddling = not tok.faithful and t > 0 and tokens[t - 1].faithful \
            and tokens[t - 1].last == tok.first
        # characters read out of step are not annotated (貙 and 蜆 in seed 001's runs are not);
        # the one read across the seam is (?shù))
        new = _annotation(tok.char) if straddling or (
            tok.faithful and not tok.annotation and tok.first not in pre) else ""
        anno = new.encode("gbk")
        if straddling:
            raw, anno = b"?", anno[1:]  # the character read across the seam, with its '('
        elif len(raw) == 2 and tok.faithful and tok.first in lost and anno:
            raw = raw[:1]  # a lost trail byte
        data += raw
        source += [(t, False)] * len(raw)
        data += anno
        source += [(t, True)] * len(anno)
    # step 4: the page read back
    read = [r for r in _read(bytes(data)) if r[0]]
    came_through = [tok.annotation for tok in tokens]  # read back as itself
    for ch, a, b in read:
        toks = {source[j][0] for j in range(a, b)}
        t = source[a][0]
        if len(toks) == 1 and not source[a][1] and not tokens[t].annotation:
            came_through[t] = tokens[t].faithful and ch == tokens[t].char
    owner_of = {}  # an annotation token -> the character token it belongs to
    last_char = -1
    for t, tok in enumerate(tokens):
        if tok.annotation:
            owner_of[t] = last_char
        else:
            last_char = t
    out: list[str] = []
    broken: list[bool] = []
    groups: list[set[int]] = []
    for ch, a, b in read:
        toks = {source[j][0] for j in range(a, b)}
        t = min(toks)
        if len(toks) == 1 and (source[a][1] or tokens[t].annotation):
            # an annotation: broken when the character it belongs to is
            base = owner_of.get(t, t)
            broken.append(base < 0 or not came_through[base])
        else:
            broken.append(not (len(toks) == 1 and came_through[t]))
        out.append(ch)
        groups.append(toks)
    damaged = _fold("".join(out)) if fold else "".join(out)
    intact = {tokens[t].first for t, ok in enumerate(came_through) if ok and not tokens[t].annotation}
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
        misread = [t for t in toks if not tokens[t].faithful and not tokens[t].char.isascii()]
        if not misread:
            shape = "lone-trail-byte" if any(not tokens[t].faithful for t in toks) else "lost-character"
        else:
            shape = "shifted-run"
        sites.append(ConverterSite(shape=shape, original=text[first : last + 1],
                                   damaged=damaged[i:j], span=Span(start=i, end=j),
                                   input_span=Span(start=first, end=last + 1)))
        i = j
    # a character whose bytes all went in dropped pairs shows nowhere: it belongs to the
    # site beside it (。如今 with 。's lead byte dropped: the site is 。如今, not 如今)
    covered = {k for s in sites for k in range(s.input_span.start, s.input_span.end)}
    for k in sorted(set(range(len(text))) - intact - covered):
        near = [m for m, s in enumerate(sites)
                if s.input_span.start - 2 <= k < s.input_span.end + 2]
        if near:
            s = sites[near[0]]
            a, b = min(s.input_span.start, k), max(s.input_span.end, k + 1)
            sites[near[0]] = s.model_copy(update={"original": text[a:b],
                                                  "input_span": Span(start=a, end=b)})
    return sites
