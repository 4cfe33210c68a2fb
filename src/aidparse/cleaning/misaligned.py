"""Repair of GBK text that a converter site damaged (seed 001).

Such pages annotate characters with pinyin (``東營(yíng)``) and lose bytes on
the way; the damage takes three shapes, each starting at a ``?``:

* **a lost character with its annotation**: ``推?dòng)鄉`` — the ``?`` replaced
  動 and its ``(``; the reading ``dòng`` and the neighbours (推…鄉) pick it.
  Before such a site there may be the residue of another annotation
  (``要?jiǎng)?wù)`` is 要務: only the last reading names the lost character).
* **a run read one byte out of step**: ``當(dāng)?shù)孛裆?、`` — after the
  residue ``?shù)`` every byte pair straddles two characters until the decoder
  resyncs at a ``?`` or at an ASCII byte. Re-encoding the run to GBK and
  shifting it by one byte gives back every inner character; the first needs its
  lost lead byte, the last its trail byte (or, at ``?dòng)``-style ends, the
  annotation names one more lost character). Full-width punctuation inside the
  run may have been folded to ASCII (``一?!蹦J?`` is 一校”模式) and is unfolded.
* **a lone trail byte**: ``承接?xùn)|部`` — ``|`` is the trail byte of 東.

Every choice is scored by the character and word model of
:mod:`aidparse._charmodel`; a choice with confidence below
:data:`MIN_CONFIDENCE` becomes U+FFFD with its alternatives, never an invented
character. A run whose shifted reading is not clearly better than what is
there is left alone, so a real question mark followed by real text is safe.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aidparse._charmodel import CJK_PUNCT, by_reading, char_logp, readings, word_bonus
from aidparse._lazy import lazy_regex
from aidparse._resources import word_counts
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason
from aidparse.script.convert import read_pairs, to_simplified
from aidparse.script.detect import evidence

if TYPE_CHECKING:
    import regex

__all__ = ["MIN_CONFIDENCE", "find_misaligned_gbk"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = f"[a-zü{_TONED}]+"
_RESIDUE = lazy_regex(rf"\?({_READING})\)")
_HAN = lazy_regex(r"\p{Han}")
_HAN_RUN = lazy_regex(r"\p{Han}{2,}")
_LEFT_HAN = lazy_regex(rf"(\p{{Han}})(?:\({_READING}\))?\Z")
_ANNOTATION = lazy_regex(rf"\(({_READING})\)")
_RIGHT_HAN = lazy_regex(rf"(?:\(?{_READING}\))?(\p{{Han}})")
#: Mean log-probability per character a shifted reading must gain over the run.
GAIN = 2.0
#: Below this confidence a chosen character becomes U+FFFD.
MIN_CONFIDENCE = 0.6
#: An inner character must be at least this likely, or form a word with a neighbour.
_INNER_MIN_LOGP = -10.0
_FOLDABLE = frozenset(chr(c) for c in range(0x21, 0x7F)) - {"?", "(", ")"}
_TRAILS = bytes([*range(0x40, 0x7F), *range(0x80, 0xFF)])
#: Cost (nats) of assuming one more lost byte than the simplest reading needs.
_LOSS_PRIOR = -5.0
#: Bonus or cost (nats) when a character does or does not have the reading
#: that the surviving annotation after it gives.
_READING_MATCH = 4.0
#: At a paragraph's end: closing punctuation gains, opening or medial punctuation loses.
_PARAGRAPH_END = {**dict.fromkeys("。！？”」』…）", 3.0), **dict.fromkeys("，、；：“「『（《", -3.0)}
_DOUBLED_PUNCT = -6.0
#: Candidates kept on each side before pairing two lost characters.
_PRUNE = 10
#: Weight of the document's own character pairs (per log count).
_DOC_PAIR = 2.0
#: Cost of a character of the other script than the surrounding text.
_FOREIGN_SCRIPT = -4.0
_LEADS = bytes(range(0x81, 0xFF))


@functools.cache
def _gbk_table() -> dict[bytes, str]:
    """Every two-byte GBK sequence that decodes to one non-ASCII character."""
    table = {}
    for lead in _LEADS:
        for trail in _TRAILS:
            pair = bytes([lead, trail])
            try:
                ch = pair.decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and not ch.isascii():
                table[pair] = ch
    return table


def _gbk_char(pair: bytes) -> str | None:
    return _gbk_table().get(pair)


#: Candidates rarer than this can never outscore a common character with words.
_CANDIDATE_MIN_LOGP = -12.0


@functools.cache
def _with_lead(lead: int) -> tuple[str, ...]:
    """Plausible characters whose GBK lead byte is ``lead``."""
    return tuple(ch for pair, ch in _gbk_table().items()
                 if pair[0] == lead and _plausible(ch))


@functools.cache
def _with_trail(trail: int) -> tuple[str, ...]:
    """Plausible characters whose GBK trail byte is ``trail``."""
    return tuple(ch for pair, ch in _gbk_table().items()
                 if pair[1] == trail and _plausible(ch))


def _plausible(ch: str) -> bool:
    return char_logp(ch) >= _CANDIDATE_MIN_LOGP


@functools.lru_cache(maxsize=65536)
def _word(a: str, b: str) -> float:
    return word_bonus(a, b, to_simplified)


def _choose(cands: dict[str, float]) -> tuple[str, float, list[str]]:
    """Best candidate, its softmax confidence, and the runners-up."""
    ranked = sorted(cands.items(), key=lambda kv: kv[1], reverse=True)
    top = ranked[0][1]
    total = sum(math.exp(s - top) for _, s in ranked)
    return ranked[0][0], 1.0 / total, [c for c, _ in ranked[1:4]]


class _Document:
    """What sites of one document share, computed on first need (never for an undamaged page).

    The script of the text around a site is read from prefix counts, so each
    site costs the same however many sites the document holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._pairs: Counter[str] | None = None
        self._script: tuple[list[int], list[int]] | None = None

    @property
    def pairs(self) -> Counter[str]:
        """Two-character sequences of the document's Han runs."""
        if self._pairs is None:
            self._pairs = Counter()
            for run in _HAN_RUN.findall(self.text):
                self._pairs.update(run[i : i + 2] for i in range(len(run) - 1))
        return self._pairs

    def traditional(self, start: int, end: int) -> bool:
        """Whether the text within 200 characters of ``[start, end)`` is Traditional."""
        if self._script is None:
            simp, trad = [0], [0]
            block = 256
            for i in range(0, len(self.text), block):
                s, t = evidence(self.text[i : i + block])
                simp.append(simp[-1] + s)
                trad.append(trad[-1] + t)
            self._script = (simp, trad)
        simp, trad = self._script
        a = max(0, start - 200) // 256
        b = min(len(simp) - 1, (end + 200) // 256 + 1)
        return trad[b] - trad[a] > simp[b] - simp[a]


@dataclass(frozen=True)
class _Context:
    left: str  # Han character before the site
    right: str  # Han character after the site
    traditional: bool  # the surrounding text is Traditional
    pairs: Counter[str]  # two-character sequences of the whole document


_NO_WORDS: dict[str, float] = {}


@functools.cache
def _pair_words() -> dict[str, dict[str, float]]:
    """Two-character words indexed by their first character: {a: {b: bonus}}."""
    index: dict[str, dict[str, float]] = {}
    for word in word_counts():
        if len(word) == 2:
            index.setdefault(word[0], {})[word[1]] = word_bonus(word[0], word[1])
    return index


@functools.lru_cache(maxsize=65536)
def _simp(ch: str) -> str:
    return to_simplified(ch)


def _link(ctx: _Context, a: str, b: str) -> float:
    """Evidence that ``a`` and ``b`` stand together: a known word, or a pair the
    document itself uses elsewhere (專業 in a text that speaks of 專業隊伍)."""
    if not a or not b:
        return 0.0
    x, y = a[-1], b[0]
    bonus = _pair_words().get(_simp(x), _NO_WORDS).get(_simp(y), 0.0)
    seen = ctx.pairs.get(x + y)
    return bonus + _DOC_PAIR * math.log1p(seen) if seen else bonus


@functools.cache
def _script_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified forms with a distinct Traditional form, Traditional forms), from OpenCC."""
    pairs = [(k, v) for k, v in read_pairs("TSCharacters.txt") if k != v]
    sources = frozenset(k for k, _ in pairs)
    return frozenset(v for _, v in pairs) - sources, sources


def _script_penalty(ch: str, ctx: _Context) -> float:
    """Prefer characters of the surrounding script (動 in Traditional text, 动 in Simplified)."""
    return _penalty(ch, ctx.traditional)


@functools.lru_cache(maxsize=65536)
def _penalty(ch: str, traditional: bool) -> float:
    simplified_forms, traditional_forms = _script_forms()
    foreign = simplified_forms if traditional else traditional_forms
    return _FOREIGN_SCRIPT if ch in foreign else 0.0


def _lost_char(reading: str, left: str, right: str, ctx: _Context) -> dict[str, float]:
    """Candidates for a character lost together with its annotation ``(reading)``."""
    return {
        ch: char_logp(ch) + _link(ctx, left, ch) + _link(ctx, ch, right) + _script_penalty(ch, ctx)
        for ch in by_reading().get(reading, ())
    }


def _pick(cands: dict[str, float]) -> tuple[str, float, list[str]]:
    """The best candidate; where unsure, each position the candidates agree on is kept.

    With 學業 0.33 and 專業 0.32, 業 is sure (the candidates agree on it) while
    the first character is not: the result is U+FFFD followed by 業.
    """
    if not cands:
        return "\ufffd", 0.0, []
    best, conf, alts = _choose(cands)
    if conf >= MIN_CONFIDENCE:
        return best, conf, alts
    top = max(cands.values())
    weights = {c: math.exp(v - top) for c, v in cands.items()}
    total = sum(weights.values())
    out = []
    for i, ch in enumerate(best):
        agree = sum(w for c, w in weights.items() if len(c) == len(best) and c[i] == ch)
        out.append(ch if agree / total >= MIN_CONFIDENCE else "\ufffd")
    return "".join(out), conf, alts


def _context(text: str, start: int, end: int, doc: _Document) -> _Context:
    before = _LEFT_HAN.search(text, max(0, start - 12), start)
    after = _RIGHT_HAN.match(text, end)
    return _Context(
        left=before.group(1) if before else "",
        right=after.group(1) if after else "",
        traditional=doc.traditional(start, end),
        pairs=doc.pairs,
    )


@dataclass(frozen=True)
class _Run:
    chars: str  # the run as it stands (folded ASCII included)
    end: int  # offset just past the run
    term: str  # "?", an ASCII trail byte, or ""
    term_end: int  # offset just past the terminator (and its residue)
    term_reading: str | None  # reading of the residue after a "?" terminator


def _read_run(text: str, pos: int) -> _Run | None:
    """The garbled run starting at ``pos`` and how it ends."""
    i = pos
    while i < len(text):
        ch = text[i]
        if ch == "?" or ch.isspace():
            break
        if ch.isascii():
            nxt = text[i + 1] if i + 1 < len(text) else ""
            # folded full-width punctuation continues a run; an ASCII letter
            # before '(' or Han is a trail byte that ends it
            trail_byte = "\x40" <= ch <= "\x7e" and (nxt == "(" or bool(_HAN.match(nxt or " ")))
            if ch in _FOLDABLE and nxt and (not nxt.isascii() or nxt == "?") \
                    and (i == pos or not trail_byte):
                i += 1
                continue
            break
        i += 1
    if i == pos:
        return None
    chars, end = text[pos:i], i
    if end < len(text) and text[end] == "?":
        m = _residue(text, end)
        if m:
            return _Run(chars, end, "?", m.end(), m.group(1))
        return _Run(chars, end, "?", end + 1, None)
    if end < len(text) and "\x40" <= text[end] <= "\x7e" and end + 1 < len(text) \
            and (text[end + 1] == "(" or _HAN.match(text[end + 1])):
        return _Run(chars, end, text[end], end + 1, None)
    return _Run(chars, end, "", end, None)


def _unfold(chars: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c in _FOLDABLE else c for c in chars)


def _mean(text: str) -> float:
    """Mean log-probability per character, counting the words adjacent characters form."""
    total = sum(map(char_logp, text))
    total += sum(_word(a, b) for a, b in itertools.pairwise(text))
    return total / max(len(text), 1)


def _reads(inner: str, k: int) -> bool:
    """Whether inner character ``k`` reads as text beside its inner neighbours."""
    ch = inner[k]
    p = char_logp(ch)
    if not (_HAN.match(ch) or ch in CJK_PUNCT) or p < _INNER_MIN_LOGP:
        return False
    left = inner[k - 1] if k else ""
    right = inner[k + 1] if k + 1 < len(inner) else ""
    return p > -8.5 or bool(_word(left, ch)) or bool(_word(ch, right))


def _reading_fit(ch: str, reading: str | None) -> float:
    if reading is None or not ch:
        return 0.0
    return _READING_MATCH if reading in readings().get(ch, ()) else -_READING_MATCH


def _shifted(text: str, site: int, run: _Run, doc: _Document) -> Change | None:
    """Repair a run read one byte out of step."""
    try:
        raw = _unfold(run.chars).encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) % 2:
        return None
    try:
        inner = raw[1:-1].decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(inner) >= 3 and sum(not _reads(inner, k) for k in range(len(inner))) * 2 > len(inner):
        return None  # cheap early exit: most of the shifted run is not text (a real '?')
    ctx = _context(text, site, run.term_end, doc)
    first = _pick({
        ch: char_logp(ch) + _link(ctx, ctx.left, ch) + _link(ctx, ch, inner[:1])
        + (_word(ch, inner[:2]) if len(inner) >= 2 else 0.0) + _script_penalty(ch, ctx)
        for ch in _with_trail(raw[0])
    })
    fixed = run.term not in ("", "?")  # an ASCII trail byte pins the last character
    last = _pick(_last_options(text, raw, inner[-2:] or first[0], run, ctx)) if fixed else None
    kept = []
    for k, ch in enumerate(inner):  # inner characters are exact while the shift holds
        left = inner[k - 1] if k else first[0]
        right = inner[k + 1] if k + 1 < len(inner) else (last[0][:1] if last else "")
        p = char_logp(ch)
        text_like = bool(_HAN.match(ch)) or ch in CJK_PUNCT
        ok = text_like and p >= _INNER_MIN_LOGP and (
            p > -8.5 or bool(_word(left, ch)) or bool(_word(ch, right)))
        kept.append(ch if ok else "\ufffd")
    marked = "".join(kept)
    if inner and marked.count("\ufffd") * 2 > len(inner):
        return None  # not a one-byte shift: most of the run does not read as text
    if last is None:  # the last character's context is what the marking kept
        last = _pick(_last_options(text, raw, (first[0] + marked)[-2:], run, ctx))
    repaired = first[0] + marked + last[0]
    if run.term_reading and run.term_reading not in readings().get(last[0][-1:], ()):
        # the annotation after '?' belongs to one more lost character
        repaired += _pick(_lost_char(run.term_reading, last[0][-1:], ctx.right, ctx))[0]
    conf = min(first[1], last[1])
    alts = [a + marked + b for a in [first[0], *first[2][:1]] for b in [last[0], *last[2][:1]]]
    restored = repaired.replace("\ufffd", "")
    if all(c in _FOLDABLE for c in run.chars):
        # folded punctuation only (?!? for 。”): the score of ASCII says nothing;
        # accept a sure reading that is punctuation throughout
        if not restored or conf < MIN_CONFIDENCE or not all(c in CJK_PUNCT for c in restored):
            return None
    elif not restored or _mean(restored) < _mean(_unfold(run.chars)) + GAIN:
        return None
    return Change(site, run.term_end, repaired, reason=EditReason.MISALIGNED_GBK,
                confidence=round(conf, 3),
                alternatives=tuple(a for a in alts if a != repaired))


def _last_options(text: str, raw: bytes, before: str, run: _Run,
                  ctx: _Context) -> dict[str, float]:
    """Candidates for the end of a run: its last character, and any it swallowed.

    ``before`` is up to two characters before it (for two- and three-character words).
    """
    options: dict[str, float] = {}
    left = before[-1:]
    # at a paragraph's end, closing punctuation is likely and opening punctuation is not
    ends = text[run.term_end : run.term_end + 1] in ("", "\n")

    def words(ch: str) -> float:
        score = _link(ctx, left, ch) + (_word(before, ch) if len(before) == 2 else 0.0)
        if ends:
            score += _PARAGRAPH_END.get(ch[-1:], 0.0)
        if ch[:1] == left and ch[:1] in CJK_PUNCT:
            score += _DOUBLED_PUNCT  # 。。 and ，， do not occur
        return score

    if run.term in ("", "?"):
        for ch in _with_lead(raw[-1]):
            options[ch] = char_logp(ch) + words(ch) + _link(ctx, ch, ctx.right) \
                + _script_penalty(ch, ctx)
        return options
    # an ASCII trail byte; the annotation after it, if any, names its character
    anno = _ANNOTATION.match(text, run.term_end)
    reading = anno.group(1) if anno else None
    byte = ord(run.term)
    single = _gbk_char(bytes([raw[-1], byte]))
    if single:
        options[single] = char_logp(single) + words(single) + _link(ctx, single, ctx.right) \
            + _script_penalty(single, ctx) + _reading_fit(single, reading)
    # or: the last trail byte was lost too, and the ASCII byte is the trail of
    # one more character whose lead byte was lost (專業 in …的膶I(yè)); each side
    # is pruned to its best candidates on its own evidence before pairing
    firsts = sorted(
        ((char_logp(a) + words(a) + _script_penalty(a, ctx) + _LOSS_PRIOR, a)
         for a in _with_lead(raw[-1])),
        reverse=True)[:_PRUNE]
    seconds = sorted(
        ((char_logp(b) + _link(ctx, b, ctx.right) + _script_penalty(b, ctx)
          + _reading_fit(b, reading), b)
         for b in _with_trail(byte)),
        reverse=True)[:_PRUNE]
    for sa, a in firsts:
        for sb, b in seconds:
            score = sa + sb + _link(ctx, a, b)
            if score > options.get(a + b, -math.inf):
                options[a + b] = score
    return options


def find_misaligned_gbk(text: str) -> list[Change]:
    """Repair the three shapes of converter-site GBK damage.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "保障改善當(dāng)?shù)孛裆?、推?dòng)鄉(xiāng)村振興"
    >>> apply_changes(t, find_misaligned_gbk(t))
    '保障改善當(dāng)地民生、推動鄉(xiāng)村振興'
    >>> t = "主動(dòng)承接?xùn)|部產(chǎn)業(yè)轉(zhuǎn)移,第一要?jiǎng)?wù),百?gòu)?qiáng)企業(yè)"
    >>> apply_changes(t, find_misaligned_gbk(t))
    '主動(dòng)承接東部產(chǎn)業(yè)轉(zhuǎn)移,第一要務,百強企業(yè)'
    >>> find_misaligned_gbk("你的“领导”可能不是你领导?请注意。")
    []
    """
    edits: list[Change] = []
    pos = text.find("?")
    doc = _Document(text)  # shared facts, computed only when a site needs them
    while pos != -1:
        edit = _site(text, pos, doc)
        if edit is not None:
            edits.append(edit)
            pos = text.find("?", edit.end)
        else:
            pos = text.find("?", pos + 1)
    return edits


def _residue(text: str, pos: int) -> regex.Match[str] | None:
    """``?reading)`` at ``pos`` — only when the reading is real pinyin."""
    m = _RESIDUE.match(text, pos)
    return m if m is not None and m.group(1) in by_reading() else None


def _site(text: str, pos: int, doc: _Document) -> Change | None:
    residue = _residue(text, pos)
    after = residue.end() if residue else pos + 1
    if residue:
        second = _residue(text, after)
        if second:  # ?jiǎng)?wù): the last reading names the lost character
            return _lost(text, pos, second.end(), second.group(1), doc)
    run = _read_run(text, after)
    # damage shows on at least one side: a residue before the run or a resync after it
    if run is not None and (residue is not None or run.term):
        edit = _shifted(text, pos, run, doc)
        if edit is not None:
            return edit
    if residue is None:
        return None
    trail = text[after : after + 1]
    if "\x40" <= trail <= "\x7e" and _HAN.match(text[after + 1 : after + 2] or " "):
        # ?xùn)|部: a lone trail byte whose lead byte was lost
        ctx = _context(text, pos, after + 1, doc)
        ch, conf, alts = _pick({
            c: char_logp(c) + _link(ctx, ctx.left, c) + _link(ctx, c, ctx.right)
            + _script_penalty(c, ctx)
            for c in _with_trail(ord(trail))
        })
        return Change(pos, after + 1, ch, reason=EditReason.MISALIGNED_GBK, confidence=round(conf, 3),
                    alternatives=tuple(alts))
    if _HAN.match(text[pos - 1 : pos] or " ") or text[pos - 1 : pos] == ")":
        # 推?dòng)鄉: a character lost with the '(' of its annotation
        return _lost(text, pos, residue.end(), residue.group(1), doc)
    return None


def _lost(text: str, start: int, end: int, reading: str, doc: _Document) -> Change:
    ctx = _context(text, start, end, doc)
    ch, conf, alts = _pick(_lost_char(reading, ctx.left, ctx.right, ctx))
    return Change(start, end, ch, reason=EditReason.LOST_CHARACTER, confidence=round(conf, 3),
                alternatives=tuple(alts))
