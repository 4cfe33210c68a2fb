"""Repair of GBK text that a converter site damaged (seed 001, and pages of the corpus).

Such a site annotates characters with pinyin (``東營(yíng)``) and, working on
GBK bytes, sometimes reads a byte pair that straddles two characters. The
damage starts at a ``?`` and the bytes say a great deal about what stood there
(:mod:`aidparse.strategies.converter` makes the same damage from bytes):

* **A seam.** The pair made of the trail byte of the character before the seam
  and the lead byte of the next one is read as a character; the site annotates
  it and writes it, with the ``(`` of its annotation, as ``?`` — ``當(dāng)?shù)`` is
  當 AE **94**, 地 **B5** D8: 數 is 94 B5. The residue ``shù`` names the straddling
  character, so the lead byte of the first lost character is known. After the
  seam every pair straddles two characters (``孛裆`` is D8 C3 F1 C9) until the
  reader gets back in step, which shows how the last one ends:

  * an ASCII byte is the trail byte of the last character (``楦鞣N``: N is the
    trail of 種);
  * ``?`` followed by a reading is its trail byte with the ``(`` of its
    annotation (``亟?jīng)``: the last character reads jīng);
  * a bare ``?`` is a trail byte that made no character with the next byte
    (``裆?、``: 生 is C9 FA, and FA A1 is no GBK character).

  Shifting the run by one byte gives back the characters inside it exactly —
  except where the site dropped a pair of GBK's user-defined area (``匚幕蝗``
  for 地文化交融: AF BD is gone): there the shifted reading shows one character
  for two, and the two are chosen among those the dropped pair allows.
* **A fold seam.** A site that folds full-width forms to ASCII also folds one
  that a trail byte A3 and the next lead byte form (``校”`` is D0 **A3 A1** B1:
  ！), leaving ``?!`` and a shifted run (``一?!蹦J?`` is 一校”模式).
* **A character lost with its annotation**: ``推?dòng)鄉`` — the reading and the
  neighbours (推…鄉) pick 動.

Every choice among candidates is scored by the character and word model of
:mod:`aidparse._charmodel` (and the document's own character pairs); a choice
with confidence below :data:`MIN_CONFIDENCE` becomes U+FFFD with its
alternatives, never an invented character. A run whose shifted reading is not
clearly better than what is there is left alone, so a real question mark
followed by real text is safe; :func:`scan_misaligned_gbk` also returns the
damaged sites it saw and did not repair, so they can be flagged.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from aidparse._charmodel import CJK_PUNCT, by_reading, char_logp, readings, word_bonus
from aidparse._lazy import lazy_regex
from aidparse._precompiled import compile_regex
from aidparse._record import record
from aidparse._resources import word_counts
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason
from aidparse.script.convert import read_pairs, to_simplified
from aidparse.script.detect import evidence

if TYPE_CHECKING:
    import regex

__all__ = ["MIN_CONFIDENCE", "find_misaligned_gbk", "scan_misaligned_gbk"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = f"[a-zü{_TONED}]+"
_RESIDUE = lazy_regex(rf"\?({_READING})\)")
_HAN = lazy_regex(r"\p{Han}")
_LEFT = lazy_regex(rf"([^\x00-\x7f])(?:\({_READING}\))?\Z")
_ANNOTATION = lazy_regex(rf"\(({_READING})\)")
_RIGHT_HAN = lazy_regex(rf"(?:\(?{_READING}\))?(\p{{Han}})")
_ANNOTATIONS = lazy_regex(rf"\({_READING}\)")
_HAN_RUN = lazy_regex(r"[\p{Han}。，、；：？！“”‘’《》（）「」『』…—]{2,}")

# ---- the tunable constants (tuned on synthetic sites of the seeds and the corpus's dev half) ----
#: Mean log-probability per character a shifted reading must gain over the run as it stands,
#: when nothing but the run says it is damage (a bare ``?``).
GAIN = 1.0
#: The same when a pinyin residue names the character read across the seam.
SEAM_GAIN = 0.0
#: Below this confidence a chosen character becomes U+FFFD.
MIN_CONFIDENCE = 0.95
#: Scores are divided by a temperature before the softmax that gives a choice's confidence —
#: the model is sharper than it is right, the more so the more candidates it chooses among:
#: 1 + TEMPERATURE_SLOPE * ln(candidates).
TEMPERATURE_SLOPE = 0.1
#: Weight of the association of two characters (their PMI as a known word, and the
#: document's own pairs) when choosing a character.
_WORD_WEIGHT = 1.5
#: An inner character must be at least this likely, or form a word with a neighbour.
_INNER_MIN_LOGP = -11.0
#: An inner character this likely reads as text even without a word.
_INNER_COMMON_LOGP = -8.5
#: Cost (nats) of assuming a dropped pair where one character would do.
_DROP_PRIOR = -5.0
#: Bonus or cost (nats) when a character does or does not have the reading
#: that the surviving annotation after it gives.
_READING_MATCH = 4.0
#: At a paragraph's end: closing punctuation gains, opening or medial punctuation loses.
_PARAGRAPH_END = 3.0
_DOUBLED_PUNCT = -6.0
#: Candidates kept on each side before pairing two lost characters.
_PRUNE = 10
#: Weight of the document's own character pairs (per log count).
_DOC_PAIR = 4.5
#: Cost of a character of the other script than the surrounding text.
_FOREIGN_SCRIPT = -4.0
#: Candidates rarer than this can never outscore a common character with words.
_CANDIDATE_MIN_LOGP = -12.0

_CLOSING = frozenset("。！？”」』…）")
_OPENING = frozenset("，、；：“「『（《")
_FOLDABLE = frozenset(chr(c) for c in range(0x21, 0x7F)) - {"?", "(", ")"}
_TRAILS = bytes([*range(0x40, 0x7F), *range(0x80, 0xFF)])
_LEADS = bytes(range(0x81, 0xFF))


# ---- GBK, as the converter site reads it ----

@functools.cache
def _gbk_table() -> dict[bytes, str]:
    """Every two-byte GBK sequence that decodes to one non-ASCII character.

    The pairs are decoded in one call, each followed by a NUL (ASCII: the decoder
    starts afresh there, whatever the pair before it did), bytes that do not decode
    escaped as lone surrogates: a pair's text is what decoding it alone gives, and a
    pair that does not decode leaves a surrogate (what :func:`_gbk_pair` reads one
    pair at a time; a test checks both agree on every pair).
    """
    pairs = [bytes([lead, trail]) for lead in _LEADS for trail in _TRAILS]
    texts = b"\0".join(pairs).decode("gbk", "surrogateescape").split("\0")
    return {pair: ch for pair, ch in zip(pairs, texts, strict=True)
            if len(ch) == 1 and not ch.isascii() and not "\ud800" <= ch <= "\udfff"}


def _gbk_pair(pair: bytes) -> str | None:
    """The one non-ASCII character ``pair`` decodes to alone, or ``None``."""
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 and not ch.isascii() else None


def _gbk_char(lead: int, trail: int) -> str | None:
    return _gbk_table().get(bytes([lead, trail]))


def _code(ch: str) -> bytes | None:
    """The two GBK bytes of ``ch`` (None for ASCII and what GBK cannot encode)."""
    try:
        raw = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return raw if len(raw) == 2 else None


def _dropped(trail: int, lead: int) -> bool:
    """Whether the site drops the pair (``trail``, ``lead``) whole: GBK's user-defined area
    (rows AA–AF and FD–FE; A140–A7A0), as seed 001 and the corpus show."""
    return ((0xAA <= trail <= 0xAF or trail >= 0xFD) and lead >= 0xA1) \
        or (0xA1 <= trail <= 0xA7 and 0x40 <= lead <= 0xA0)


def _unreadable(byte: int, nxt: int | None) -> bool:
    """Whether ``byte`` followed by ``nxt`` gives ``?`` (and the reader gets back in step)."""
    if byte < 0x80:
        return False  # an ASCII byte reads as itself
    if nxt is None or nxt < 0x40:
        return True
    return not _dropped(byte, nxt) and _gbk_char(byte, nxt) is None


@functools.cache
def _gbk_index() -> tuple[dict[int, tuple[tuple[int, str], ...]], dict[int, tuple[tuple[int, str], ...]]]:
    """The plausible characters of :func:`_gbk_table` by lead byte and by trail byte, in
    one pass over the table (each list in table order)."""
    by_lead: dict[int, list[tuple[int, str]]] = {}
    by_trail: dict[int, list[tuple[int, str]]] = {}
    for pair, ch in _gbk_table().items():
        if _plausible(ch):
            by_lead.setdefault(pair[0], []).append((pair[1], ch))
            by_trail.setdefault(pair[1], []).append((pair[0], ch))
    return ({k: tuple(v) for k, v in by_lead.items()}, {k: tuple(v) for k, v in by_trail.items()})


def _with_lead(lead: int) -> tuple[tuple[int, str], ...]:
    """(trail byte, character) of the plausible characters whose lead byte is ``lead``."""
    return _gbk_index()[0].get(lead, ())


def _with_trail(trail: int) -> tuple[tuple[int, str], ...]:
    """(lead byte, character) of the plausible characters whose trail byte is ``trail``."""
    return _gbk_index()[1].get(trail, ())


def _plausible(ch: str) -> bool:
    return char_logp(ch) >= _CANDIDATE_MIN_LOGP


@functools.cache
def _straddle_trails(lead: int, reading: str) -> frozenset[int]:
    """Trail bytes ``y`` of the characters (``lead``, ``y``) the site annotates with ``reading``.

    The site annotates Traditional-only characters; a seam's residue ``?shù)`` after 當
    (AE 94) says the pair read across the seam is 94 B5 (數): 地 starts with B5.
    """
    traditional = _script_forms()[1]
    return frozenset(
        y for y in _TRAILS
        if (ch := _gbk_char(lead, y)) is not None and ch in traditional and reading in readings().get(ch, ()))


# ---- the character and word model ----

@functools.lru_cache(maxsize=65536)
def _word(a: str, b: str) -> float:
    return word_bonus(a, b, to_simplified)


@functools.cache
def _log_word_total() -> float:
    """Log of the total count of the word table."""
    return math.log(word_counts().total)


@functools.cache
def _simp(ch: str) -> str:
    return to_simplified(ch)


@functools.cache
def _script_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified forms with a distinct Traditional form, Traditional forms), from OpenCC."""
    pairs = [(k, v) for k, v in read_pairs("TSCharacters.txt") if k != v]
    sources = frozenset(k for k, _ in pairs)
    return frozenset(v for _, v in pairs) - sources, sources


@functools.lru_cache(maxsize=65536)
def _penalty(ch: str, traditional: bool) -> float:
    simplified_forms, traditional_forms = _script_forms()
    foreign = simplified_forms if traditional else traditional_forms
    return _FOREIGN_SCRIPT if ch in foreign else 0.0


@functools.lru_cache(maxsize=1 << 16)
def _simp_text(text: str) -> str:
    """The Simplified form of a candidate, character by character."""
    return _simp(text) if len(text) == 1 else "".join(map(_simp, text))


@functools.lru_cache(maxsize=65536)
def _char_score(ch: str, traditional: bool) -> float:
    """Score of one character alone: ``char_logp`` and the script penalty."""
    return char_logp(ch) + _penalty(ch, traditional)


def _choose(cands: dict[str, float]) -> tuple[str, float, list[str]]:
    """Best candidate, its softmax confidence, and the runners-up.

    Candidates that are one character in two scripts (動 and 动) are one choice: the
    confidence is that of the character, the script is the best candidate's.
    """
    ranked = sorted(cands.items(), key=operator.itemgetter(1), reverse=True)
    top = ranked[0][1]
    temperature = _temperature(len(ranked))
    weights = [math.exp((s - top) / temperature) for _, s in ranked]
    total = sum(weights)
    simple = list(map(_simp_text, map(operator.itemgetter(0), ranked)))  # each candidate's, once
    key = simple[0]
    same = sum(itertools.compress(weights, map(key.__eq__, simple)))  # those that are the best's
    return ranked[0][0], same / total, [c for (c, _), f in zip(ranked[1:], simple[1:], strict=True)
                                        if f != key][:3]


def _temperature(candidates: int) -> float:
    return 1.0 + TEMPERATURE_SLOPE * math.log(max(candidates, 1))


class _Choice(NamedTuple):
    text: str  # what is written: the best candidate, U+FFFD where unsure
    confidence: float
    alternatives: list[str]
    best: str  # the best candidate, unsure or not


def _pick(cands: dict[str, float]) -> _Choice:
    """The best candidate; where unsure, each position the candidates agree on is kept.

    With 學業 0.33 and 專業 0.32, 業 is sure (the candidates agree on it) while
    the first character is not: the result is U+FFFD followed by 業.
    """
    if not cands:
        return _Choice("\ufffd", 0.0, [], "")
    best, conf, alts = _choose(cands)
    if conf >= MIN_CONFIDENCE:
        return _Choice(best, conf, alts, best)
    top = max(cands.values())
    temperature = _temperature(len(cands))
    weights = {c: math.exp((v - top) / temperature) for c, v in cands.items()}
    total = sum(weights.values())
    out = []
    for i, ch in enumerate(best):
        agree = sum(w for c, w in weights.items() if len(c) == len(best) and _simp(c[i]) == _simp(ch))
        out.append(ch if agree / total >= MIN_CONFIDENCE else "\ufffd")
    return _Choice("".join(out), conf, alts, best)


class _Document:
    """What sites of one document share, computed on first need (never for an undamaged page).

    The script of the text around a site is read from counts per block of the text,
    each block read once when a site first needs it, so each site costs the same however
    many sites the document holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._pairs: Counter[str] | None = None
        self._starts: frozenset[str] | None = None
        self._blocks: dict[int, tuple[int, int]] = {}  # evidence() of each block read so far
        #: :func:`_pair_link` of the character pairs asked about so far, by pair
        self.links: dict[str, float] = {}

    @property
    def pairs(self) -> Counter[str]:
        """Two-character sequences of the document's runs of Han and Chinese punctuation
        (annotations left out): 當地 and 。” where the page has them intact."""
        if self._pairs is None:
            # the runs joined by a character none holds, counted in one pass; the pairs across
            # two runs hold the joiner, which no pair asked about does (it is left in)
            joined = "\x00".join(_HAN_RUN.findall(_ANNOTATIONS.sub("", self.text)))
            self._pairs = Counter(map(operator.add, joined, joined[1:]))
            self._starts = frozenset(joined)
        return self._pairs

    @property
    def starts(self) -> frozenset[str]:
        """The characters of the runs :attr:`pairs` counts: a pair whose first character is
        not among them is not the document's."""
        if self._starts is None:
            _ = self.pairs
        assert self._starts is not None
        return self._starts

    def traditional(self, start: int, end: int) -> bool:
        """Whether the text within 200 characters of ``[start, end)`` is Traditional (more
        Traditional-only than Simplified-only characters in the blocks of 256 it touches)."""
        block = 256
        simp = trad = 0
        blocks = -(-len(self.text) // block)
        for i in range(max(0, start - 200) // block, min(blocks, (end + 200) // block + 1)):
            counts = self._blocks.get(i)
            if counts is None:
                counts = self._blocks[i] = evidence(self.text[i * block : (i + 1) * block])
            simp += counts[0]
            trad += counts[1]
        return trad > simp


@record
class _Context:
    left: str  # Han character before the site
    right: str  # Han character after the site
    traditional: bool  # the surrounding text is Traditional
    pairs: Counter[str]  # two-character sequences of the whole document
    links: dict[str, float]  # the document's links computed so far (see _pair_link)
    starts: frozenset[str]  # the characters that begin one of the document's pairs


def _context(text: str, start: int, end: int, doc: _Document) -> _Context:
    before = _LEFT.search(text, max(0, start - 12), start)
    after = _RIGHT_HAN.match(text, end)
    left = before.group(1) if before and _HAN.match(before.group(1)) else ""
    return _Context(left=left, right=after.group(1) if after else "",
                    traditional=doc.traditional(start, end), pairs=doc.pairs, links=doc.links,
                    starts=doc.starts)


def _link(ctx: _Context, a: str, b: str) -> float:
    """Evidence that ``a`` and ``b`` stand together: a known word, or a pair the
    document itself uses elsewhere (專業 in a text that speaks of 專業隊伍)."""
    if not a or not b:
        return 0.0
    return _pair_link(ctx, a[-1], b[0])


@functools.lru_cache(maxsize=1 << 18)
def _word_link(x: str, y: str) -> float:
    """Association of two characters as a two-character word (in Simplified): the pointwise
    mutual information of the pair — jieba's word count against the characters' own
    frequencies — where it is positive, else 0. 元素 (5.6) says much more than 原地 (1.6),
    whose characters are common anyway. Computed for the pairs a repair asks about, not for
    the whole table."""
    word = _simp(x) + _simp(y)
    count = word_counts().get(word) if len(word) == 2 else None
    if count is None:
        return 0.0
    pmi = math.log(count) - _log_word_total() - char_logp(word[0]) - char_logp(word[1])
    return pmi if pmi > 0 else 0.0


def _fit1(ch: str, ctx: _Context, left: str, right: str) -> float:
    """:func:`_fit` of one character.

    ``char_logp(ch) + _penalty(ch, ctx.traditional) + _link(ctx, left, ch) + _link(ctx, ch,
    right)``, with the two links read inline (the same sum, in the same order).
    """
    return _linked(_char_score(ch, ctx.traditional), ch, ctx, left, right)


def _pair_link(ctx: _Context, x: str, y: str) -> float:
    """The link of two neighbouring characters: their word association, and the page's own pairs.

    Kept in the document's ``links`` once computed: a repair asks about the same pairs
    again and again (each candidate beside its neighbours, site after site).
    """
    key = x + y
    link = ctx.links.get(key)
    if link is None:
        bonus = _word_link(x, y)
        seen = ctx.pairs.get(key)
        link = ctx.links[key] = _WORD_WEIGHT * (bonus + _DOC_PAIR * math.log1p(seen) if seen else bonus)
    return link


def _linked(score: float, ch: str, ctx: _Context, left: str, right: str) -> float:
    """``score`` (of ``ch`` alone) plus ``_link(ctx, left, ch)`` plus ``_link(ctx, ch, right)``."""
    if left:
        score += _pair_link(ctx, left[-1], ch[0])
    if right:
        score += _pair_link(ctx, ch[-1], right[0])
    return score


def _fit(ch: str, ctx: _Context, left: str = "", right: str = "") -> float:
    """Score of ``ch`` (one or more characters) between ``left`` and ``right``."""
    if len(ch) == 1:  # the same sum, without the generators
        return _fit1(ch, ctx, left, right)
    return sum(char_logp(c) + _penalty(c, ctx.traditional) for c in ch) \
        + _link(ctx, left, ch) + _link(ctx, ch, right) \
        + sum(_link(ctx, a, b) for a, b in itertools.pairwise(ch))


def _reading_fit(ch: str, reading: str | None) -> float:
    if reading is None or not ch:
        return 0.0
    return _READING_MATCH if reading in readings().get(ch, ()) else -_READING_MATCH


def _lost_char(reading: str, ctx: _Context) -> dict[str, float]:
    """Candidates for a character lost together with its annotation ``(reading)``."""
    return {ch: _fit(ch, ctx, ctx.left, ctx.right) for ch in by_reading().get(reading, ())}


# ---- reading a site ----

@record
class _Run:
    chars: str  # the run as it stands (folded ASCII included)
    end: int  # offset just past the run
    term: str  # "?", an ASCII trail byte, or ""
    term_end: int  # offset just past the terminator (and its residue)
    term_reading: str | None  # reading of the residue after a "?" terminator
    next_byte: int | None  # first byte of what follows a bare "?" terminator


def _first_byte(ch: str) -> int | None:
    if not ch:
        return None
    if ch.isascii():
        return ord(ch)
    code = _code(ch)
    return code[0] if code else None


def _terminator(text: str, at: int, chars: str) -> _Run | None:
    """How a run (``chars``, ending at ``at``) ends: ``?`` with or without a residue, or an
    ASCII trail byte before Han or an annotation (None: none of these)."""
    if text[at : at + 1] == "?":
        m = _residue(text, at)
        if m:
            return _Run(chars, at, "?", m.end(), m.group(1), None)
        return _Run(chars, at, "?", at + 1, None, _first_byte(text[at + 1 : at + 2]))
    if "\x40" <= text[at : at + 1] <= "\x7e" and _ends_trail(text[at + 1 : at + 2]):
        return _Run(chars, at, text[at], at + 1, None, None)
    return None


def _ends_trail(nxt: str) -> bool:
    """Whether what follows an ASCII byte lets it be a lone trail byte: Han, the '(' of an
    annotation, punctuation, a space or the end — not a letter or digit going on."""
    return not nxt or nxt == "(" or (not (nxt.isalnum() and nxt.isascii()) and nxt not in "?)")


#: The longest garbled run the repair reads (seed 001's longest is 14 characters): what
#: follows a real question mark is text, and is not read to its end.
_MAX_RUN = 40


def _read_run(text: str, pos: int) -> _Run | None:
    """The garbled run starting at ``pos`` and how it ends.

    Folded full-width forms continue a run (``蹦J?``); an ASCII letter before Han,
    punctuation or an annotation is the trail byte that ends it (``楦鞣N原``).
    """
    m = _run_re().match(text, pos, min(len(text), pos + _MAX_RUN + 2))
    if m is None or m.end() - pos > _MAX_RUN:
        return None  # nothing, or longer than a garbled run gets: text
    i = m.end()
    return _terminator(text, i, text[pos:i]) or _Run(text[pos:i], i, "", i, None, None)


@functools.cache
def _run_re() -> regex.Pattern[str]:

    return compile_regex(_run_pattern())


def _run_pattern() -> str:
    """A garbled run: characters outside ASCII, and folded forms (ASCII punctuation and
    letters other than ``?()``) before one of them or a ``?`` — except that after the
    first character a letter before Han or Chinese punctuation is a trail byte, not a
    folded letter."""
    punct = "".join(sorted(CJK_PUNCT)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
    wide = r"[^\x00-\x7f\s?]"
    ahead = r"(?=[^\x00-\x7f]|\?)"
    symbol = rf"[\x21-\x27\x2a-\x3e]{ahead}"  # ASCII punctuation but ?()
    letter = rf"[\x40-\x7e]{ahead}"
    letter_on = rf"[\x40-\x7e](?=(?![\p{{Han}}{punct}])[^\x00-\x7f]|\?)"
    return rf"(?:{wide}|{symbol}|{letter})(?:{wide}+|{symbol}|{letter_on})*"


def _unfold(chars: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c in _FOLDABLE or c == "?" else c for c in chars)


def _mean(text: str) -> float:
    """Mean log-probability per character, counting the words adjacent characters form."""
    total = sum(map(char_logp, text))
    total += sum(_word(a, b) for a, b in itertools.pairwise(text))
    return total / max(len(text), 1)


def _reads(ch: str | None, left: str, right: str) -> bool:
    """Whether a character of the shifted run reads as text beside its neighbours."""
    if ch is None:
        return False
    p = char_logp(ch)
    if not (_HAN.match(ch) or ch in CJK_PUNCT) or p < _INNER_MIN_LOGP:
        return False
    return p > _INNER_COMMON_LOGP or bool(_word(left, ch)) or bool(_word(ch, right))


def _drop_options(lead: int, trail: int, left: str, right: str, ctx: _Context) -> dict[str, float]:
    """Two characters whose middle pair the site dropped: (``lead``, t) and (l, ``trail``)
    with (t, l) in GBK's user-defined area."""
    options: dict[str, float] = {}
    for a, sa, seconds, linked in _drop_rows(lead, trail, left, right, ctx):
        for sb, b in seconds:
            # _link(ctx, a, b), read only where it can be other than 0 (the same sum)
            options[a + b] = sa + sb + _pair_link(ctx, a, b) + _DROP_PRIOR if linked \
                else sa + sb + _DROP_PRIOR
    return options


def _best_drop(lead: int, trail: int, left: str, right: str, ctx: _Context) -> tuple[str, float] | None:
    """The best of :func:`_drop_options` and its score (None when there are none): the first
    of the highest, as ``max`` gives it.

    A first character linked to none of the seconds scores best with the first of them (the
    seconds come likeliest first, and the link of each is 0), so the others are not scored.
    """
    best, top = "", -math.inf
    for a, sa, seconds, linked in _drop_rows(lead, trail, left, right, ctx):
        for sb, b in seconds if linked else seconds[:1]:
            score = sa + sb + _pair_link(ctx, a, b) + _DROP_PRIOR if linked else sa + sb + _DROP_PRIOR
            if score > top or not best:
                best, top = a + b, score
    return (best, top) if best else None


def _drop_rows(lead: int, trail: int, left: str, right: str,
               ctx: _Context) -> Iterable[tuple[str, float, Sequence[tuple[float, str]], bool]]:
    """For each character (``lead``, t) before a dropped pair: the character, its :func:`_fit1`
    after ``left``, the characters (l, ``trail``) after the pair with theirs before ``right``
    (:func:`_seconds`), and whether the first can be linked to any of them (see
    :func:`_linkable`): where it cannot, each link between them is 0."""
    seconds: dict[bool, tuple[Sequence[tuple[float, str]], list[str], frozenset[str]]] = {}
    for t, a, alone_a in _drop_firsts(lead, ctx.traditional):
        high = not 0xA1 <= t <= 0xA7  # t in rows AA–AF, FD–FE: l from A1; t in A1–A7: l below A1
        if high not in seconds:
            chosen = _seconds(trail, right, ctx, high)
            seconds[high] = (chosen, [b for _, b in chosen], frozenset(_simp(b) for _, b in chosen))
        chosen, chars, simple = seconds[high]
        yield a, _linked(alone_a, a, ctx, left, ""), chosen, _linkable(ctx, a, chars, simple)


def _linkable(ctx: _Context, x: str, chars: Sequence[str], simple: Iterable[str]) -> bool:
    """Whether :func:`_pair_link` of ``x`` and one of ``chars`` (whose Simplified forms are
    ``simple``) can be other than 0: the page holds the pair, or the two make a word of the
    table (in Simplified). Where it cannot, the link is 0 and need not be read."""
    if x in ctx.starts and any(map(ctx.pairs.__contains__, map(x.__add__, chars))):
        return True
    return not _followers(_simp(x)).isdisjoint(simple)


@functools.lru_cache(maxsize=16384)
def _followers(head: str) -> frozenset[str]:
    """The second characters of the table's two-character words that begin with ``head``:
    :func:`_word_link` of two characters is 0 unless one of these follows the first's
    Simplified form (read from the table's group of ``head`` where they are asked about, not
    indexed for the whole table)."""
    if len(head) != 1:
        return frozenset()
    return frozenset(w[1] for w in word_counts().starting_with(head) if len(w) == 2)


def _seconds(trail: int, right: str, ctx: _Context, high: bool) -> Sequence[tuple[float, str]]:
    """The likeliest characters (l, ``trail``) after a dropped pair, each with its :func:`_fit1`
    before ``right``, the likeliest first (see :func:`_drop_seconds`)."""
    seconds = _drop_seconds(trail, ctx.traditional, high)
    if not right:
        return seconds.ranked  # each scored alone
    links, r = ctx.links, right[0]
    scored = [(alone + (_pair_link(ctx, b, r) if (link := links.get(b + r)) is None else link), b)
              for b, alone in seconds.cands]
    scored.sort(reverse=True)
    return scored[:_PRUNE]


@functools.lru_cache(maxsize=4096)
def _drop_firsts(lead: int, traditional: bool) -> tuple[tuple[int, str, float], ...]:
    """The likeliest characters (``lead``, t) before a pair the site can drop: (t, character,
    its score alone)."""
    cands = [(t, a, _char_score(a, traditional)) for t, a in _with_lead(lead) if _droppable_after(t)]
    cands.sort(key=operator.itemgetter(2), reverse=True)
    return tuple(cands[:_PRUNE])


@functools.lru_cache(maxsize=4096)
def _unreadable_after(nxt: int | None, traditional: bool, high: bool) -> _Seconds:
    """The likeliest characters whose trail byte makes no character with ``nxt``, whose lead
    byte is from A1 on (``high``) or below it, each with its score alone (``ranked`` unused)."""
    # by trail byte (whether it is unreadable before nxt is asked once per byte); sorted by
    # score, the likeliest first, and on equal scores in table order (lead, then trail byte)
    scored = [(-_char_score(ch, traditional), lead, trail, ch)
              for trail, chars in _gbk_index()[1].items() if _unreadable(trail, nxt)
              for lead, ch in chars if (lead >= 0xA1) == high]
    scored.sort()
    chars = tuple(ch for *_, ch in scored[:_PRUNE])
    return _Seconds(tuple((ch, _char_score(ch, traditional)) for ch in chars), chars,
                    tuple(map(_simp, chars)), ())


def _after_unreadable(nxt: int | None, high: bool, ctx: _Context) -> list[tuple[str, float]]:
    """:func:`_unreadable_after`'s characters, each with its score before ``ctx.right`` (its
    :func:`_fit1` when nothing links it to the character before it)."""
    return [(b, _linked(alone, b, ctx, "", ctx.right))
            for b, alone in _unreadable_after(nxt, ctx.traditional, high).cands]


class _Seconds(NamedTuple):
    """Characters after a dropped pair (see :func:`_drop_seconds`)."""

    cands: tuple[tuple[str, float], ...]  # each with its score alone, the likeliest first
    chars: tuple[str, ...]  # the characters
    simple: tuple[str, ...]  # their Simplified forms
    ranked: tuple[tuple[float, str], ...]  # the best (score, character), as _seconds ranks them


@functools.lru_cache(maxsize=4096)
def _drop_seconds(trail: int, traditional: bool, high: bool) -> _Seconds:
    """The likeliest characters (l, ``trail``) after a dropped pair whose second byte l is
    from A1 on (``high``) or below it, each with its score alone (``char_logp`` and the
    script penalty)."""
    cands = [(b, _char_score(b, traditional)) for lb, b in _with_trail(trail) if (lb >= 0xA1) == high]
    cands.sort(key=operator.itemgetter(1), reverse=True)
    cands = cands[: 2 * _PRUNE]
    ranked = sorted(((alone, b) for b, alone in cands), reverse=True)[:_PRUNE]
    return _Seconds(tuple(cands), tuple(b for b, _ in cands), tuple(_simp(b) for b, _ in cands),
                    tuple(ranked))


def _shifted(text: str, site: int, run: _Run, doc: _Document,
             leads: frozenset[int] | None) -> Change | None:
    """Repair a run read one byte out of step.

    ``leads`` are the lead bytes the first character can have, when a residue named
    the character read across the seam (None: any).
    """
    try:
        raw = _unfold(run.chars).encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) % 2:
        return None
    shifted = [_gbk_table().get(raw[i : i + 2]) for i in range(1, len(raw) - 1, 2)]
    padded = ["", *(c or "" for c in shifted), ""]
    if len(shifted) >= 3 and sum(not _reads(ch, padded[k], padded[k + 2])
                                 for k, ch in enumerate(shifted)) * 2 > len(shifted):
        return None  # cheap early exit: most of the shifted run is not text (a real '?')
    ctx = _context(text, site, run.term_end, doc)
    if leads is not None:
        singles = [ch for lead in leads if (ch := _gbk_char(lead, raw[0])) is not None]
        if not singles:
            return None  # the residue's character does not fit this run: not a seam
        firsts = [ch for ch in singles if _plausible(ch) and (_HAN.match(ch) or ch in CJK_PUNCT)]
        drops = [d[1] for lead in leads if (d := _best_drop(lead, raw[0], ctx.left, padded[1], ctx))]
        if drops and (not firsts or max(drops) > max(
                _fit(ch, ctx, ctx.left, padded[1]) for ch in firsts)):
            # the pair after the first character was dropped: two characters, which the
            # model cannot tell apart well enough to write (as inside a run)
            first = _Choice("\ufffd\ufffd", 1.0, [], "")
            firsts = []
        elif not firsts:
            firsts = singles
    else:
        firsts = [ch for _, ch in _with_trail(raw[0])]
    if sum(c is None for c in shifted) * 2 > len(shifted):
        return None  # not a one-byte shift: most of the run is no GBK character at all
    if firsts and not shifted:  # one garbled character: its two neighbours are chosen together
        first, last, extra = _pair_ends(text, firsts, raw[-1], run, ctx)
        inner: list[_Choice] = []
    else:
        if firsts:
            first = _pick({ch: _fit(ch, ctx, ctx.left, padded[1]) + _word(ch, "".join(padded[1:3]))
                           for ch in firsts})
        inner = _inner(raw, shifted, first.best[-1:], ctx)
        last, extra = _last(text, (raw[-1],), (first.best + "".join(c.best for c in inner))[-2:],
                            run, ctx)
        # once the last character is known, the one before it is read again beside it
        again = _inner(raw, shifted, first.best[-1:], ctx, last.best[:1], len(inner) - 1, inner)
        if again and again[-1] != inner[-1]:
            inner = again
            last, extra = _last(text, (raw[-1],), (first.best + "".join(c.best for c in inner))[-2:],
                                run, ctx)
    marked = "".join(c.text for c in inner)
    confidence = min([first.confidence, last.confidence])
    repaired = first.text + marked + last.text + extra
    # the reading the model likes best, unsure choices included, is what the run is tested
    # against: whether it is a shifted run at all does not depend on writing them
    best = (first.best + "".join(c.best for c in inner) + last.best + extra).replace("\ufffd", "")
    if not repaired.replace("\ufffd", ""):
        return None
    if all(c in _FOLDABLE for c in run.chars):
        # folded punctuation only (?!? for 。”): the score of ASCII says nothing;
        # accept a reading that is punctuation throughout
        if not best or not all(c in CJK_PUNCT for c in best):
            return None
    elif not best or _mean(best) < _mean(_unfold(run.chars)) + (GAIN if leads is None else SEAM_GAIN):
        return None
    alts = [a + marked + b for a in [first.text, *first.alternatives[:1]]
            for b in [last.text, *last.alternatives[:1]]]
    return Change(site, run.term_end, repaired, reason=EditReason.MISALIGNED_GBK,
                  confidence=round(confidence, 3), alternatives=tuple(a for a in alts if a != repaired))


def _pair_ends(text: str, firsts: list[str], lead: int, run: _Run,
               ctx: _Context) -> tuple[_Choice, _Choice, str]:
    """First and last character of a run of one garbled character, chosen together
    (``?!?`` at a paragraph's end: 。 and ” — a pair the document itself may use)."""
    heads = sorted(((_fit(ch, ctx, ctx.left), ch) for ch in firsts), reverse=True)[:_PRUNE]
    options, lost = _last_options(text, (lead,), "", run, ctx)
    tails = sorted(((s, ch) for ch, s in options.items()), reverse=True)[:_PRUNE]
    joint = {a + b: sa + sb + _link(ctx, a, b) + (_DOUBLED_PUNCT if a == b[:1] and a in CJK_PUNCT else 0.0)
             for sa, a in heads for sb, b in tails}
    both = _pick(joint)
    first = _Choice(both.text[:1], both.confidence, [], both.best[:1])
    last = _Choice(both.text[1:], both.confidence, [a[1:] for a in both.alternatives], both.best[1:])
    return first, last, lost.text if lost else ""


def _inner(raw: bytes, shifted: list[str | None], first: str, ctx: _Context,
           last: str = "", start: int = 0, before: list[_Choice] | None = None) -> list[_Choice]:
    """The characters inside a run.

    Shifted by one byte, each pair is a character — unless the site dropped the pair
    between two characters: then the shifted pair joins the lead byte of one to the
    trail byte of the next, and two characters stand for it. Which reading holds is
    decided by the bytes (a pair the site drops cannot have been read) and the model;
    which two characters stood there, the model cannot tell well enough to write
    (U+FFFD twice), but its best guess is kept as context for the neighbours.
    """
    out: list[_Choice] = list(before or [])[:start]
    for k, ch in enumerate(shifted):
        if k < start:
            continue
        left = out[-1].best[-1:] if out else first
        right = (shifted[k + 1] or "") if k + 1 < len(shifted) else last
        pair = raw[1 + 2 * k : 3 + 2 * k]
        nxt = raw[3 + 2 * k]  # the lead byte of the character after it
        drop = _best_drop(pair[0], pair[1], left, right, ctx)
        guess = drop[0] if drop else ""
        if ch is not None and not _dropped(pair[1], nxt) and _reads(ch, left, right) \
                and (not drop or _fit(ch, ctx, left, right) >= drop[1]):
            out.append(_Choice(ch, 1.0, [], ch))
        elif drop:  # two characters around a dropped pair
            out.append(_Choice("\ufffd\ufffd", 1.0, [], guess))
        else:
            out.append(_Choice("\ufffd", 1.0, [], ""))
    return out


def _droppable_after(trail: int) -> bool:
    """Whether the pair after a character with trail byte ``trail`` can have been dropped."""
    return 0xAA <= trail <= 0xAF or trail >= 0xFD or 0xA1 <= trail <= 0xA7


@functools.cache
def _droppable(lead: int, trail: int) -> bool:
    """Whether a dropped pair can lie between a character with lead byte ``lead`` and one
    with trail byte ``trail``."""
    return any(_dropped(t, lb) for t, _ in _with_lead(lead) for lb, _ in _with_trail(trail))


def _last(text: str, leads: Iterable[int], before: str, run: _Run,
          ctx: _Context) -> tuple[_Choice, str]:
    """The end of a run: its last character (or two, around a dropped pair), and a
    character the residue after it names when that one cannot be the last.

    ``leads`` are the lead bytes the last character can have (the last byte of the
    run, or those a seam's residue allows when the run is empty).
    """
    options, lost = _last_options(text, leads, before, run, ctx)
    last = _pick(options)
    if lost is None:
        return last, ""
    return _Choice(last.text, min(last.confidence, lost.confidence), last.alternatives,
                   last.best), lost.text


def _last_options(text: str, leads: Iterable[int], before: str, run: _Run,
                  ctx: _Context) -> tuple[dict[str, float], _Choice | None]:
    """Scored candidates for the end of a run (see :func:`_last`)."""
    options: dict[str, float] = {}
    left = before[-1:]
    leads = tuple(leads)
    # at a paragraph's end, closing punctuation is likely and opening or medial punctuation is not
    ends = text[run.term_end : run.term_end + 1] in ("", "\n")

    def score(ch: str, reading: str | None = None, alone: float | None = None) -> float:
        # alone: char_logp and script penalty of a one-character ch, when known (then the
        # same as _fit's)
        fit = _fit(ch, ctx, left, ctx.right) if alone is None else _linked(alone, ch, ctx, left, ctx.right)
        s = fit + (_word(before, ch[:1]) if len(before) == 2 else 0.0)
        if ends:
            s += _PARAGRAPH_END if ch[-1] in _CLOSING else -_PARAGRAPH_END if ch[-1] in _OPENING else 0.0
        if ch[:1] == left and left in CJK_PUNCT:
            s += _DOUBLED_PUNCT  # 。。 and ，， do not occur
        return s + _reading_fit(ch[-1], reading)

    if run.term == "?" and run.term_reading:
        # its trail byte with the '(' of its annotation: the last character has that reading
        for lead in leads:
            for _, ch, alone in _lead_scores(lead, ctx.traditional):
                if run.term_reading in readings().get(ch, ()):
                    options[ch] = score(ch, alone=alone)
        if options:
            return options, None
        # none has it: the annotation is of one more character, lost after the run
        options = {ch: score(ch, alone=alone)
                   for lead in leads for _, ch, alone in _lead_scores(lead, ctx.traditional)}
        last = _pick(options)
        return options, _pick({ch: s + _link(ctx, last.best[-1:], ch)
                               for ch, s in _lost_char(run.term_reading, ctx).items()})
    if run.term == "?":
        # a trail byte that made no character with the next byte
        for lead in leads:
            for trail, ch, alone in _lead_scores(lead, ctx.traditional):
                if _unreadable(trail, run.next_byte):
                    options[ch] = score(ch, alone=alone)
            # or the pair before it was dropped, and the '?' is the trail byte of one more
            afters: dict[bool, list[tuple[str, float]]] = {}
            for t, a, _ in _drop_firsts(lead, ctx.traditional):
                high = not 0xA1 <= t <= 0xA7
                if high not in afters:
                    afters[high] = _after_unreadable(run.next_byte, high, ctx)
                sa = score(a)
                after = _unreadable_after(run.next_byte, ctx.traditional, high)
                linked = _linkable(ctx, a, after.chars, after.simple)
                # _fit1(b, ctx, a, ctx.right): the link to a read only where it can be other than 0
                for b, fit in after.cands if linked else afters[high]:
                    fit = _linked(fit, b, ctx, a, ctx.right) if linked else fit
                    options[a + b] = sa + fit + _DROP_PRIOR
        return options, None
    if run.term:
        # an ASCII trail byte; the annotation after it, if any, names its character
        anno = _ANNOTATION.match(text, run.term_end)
        reading = anno.group(1) if anno else None
        byte = ord(run.term)
        for lead in leads:
            single = _gbk_char(lead, byte)
            if single:
                options[single] = score(single, reading)
            # or the pair before it was dropped: (lead, t) and (l, byte) with (t, l) dropped
            for pair, s in _drop_options(lead, byte, left, ctx.right, ctx).items():
                options[pair] = max(options.get(pair, -math.inf), s + _reading_fit(pair[-1], reading))
        return options, None
    return {ch: score(ch, alone=alone)
            for lead in leads for _, ch, alone in _lead_scores(lead, ctx.traditional)}, None


@functools.lru_cache(maxsize=1024)
def _lead_scores(lead: int, traditional: bool) -> tuple[tuple[int, str, float], ...]:
    """:func:`_with_lead`, each character with its score alone (``char_logp`` and the script
    penalty, as :func:`_fit1` adds them)."""
    return tuple((trail, ch, _char_score(ch, traditional)) for trail, ch in _with_lead(lead))


def _residue(text: str, pos: int) -> regex.Match[str] | None:
    """``?reading)`` at ``pos`` — only when the reading is real pinyin."""
    m = _RESIDUE.match(text, pos)
    return m if m is not None and m.group(1) in by_reading() else None


def _straddle(text: str, pos: int, reading: str) -> frozenset[int] | None:
    """Lead bytes of the character after a seam at ``pos`` whose residue reads ``reading``
    (None when the character before the seam is not a two-byte GBK character)."""
    before = _LEFT.search(text, max(0, pos - 12), pos)
    code = _code(before.group(1)) if before else None
    return _straddle_trails(code[1], reading) if code else None


@record
class _Seen:
    """A damaged site the repair saw: its change, or None when it declined it."""

    start: int
    end: int
    change: Change | None


def _site(text: str, pos: int, doc: _Document) -> _Seen | None:
    residue = _residue(text, pos)
    after = residue.end() if residue else pos + 1
    if residue is None:
        # a folded ？ right after the '?' (。總 is A1 A3 BF ..: ？ is A3 BF) belongs to the run
        folded = text[after : after + 1] == "?" and not text[after + 1 : after + 2].isascii()
        run = _read_run(text, after + 1) if folded else _read_run(text, after)
        if run is not None and folded:
            run = dataclasses.replace(run, chars="?" + run.chars)
        if run is None or not run.term:
            return None
        edit = _shifted(text, pos, run, doc, None)
        if edit is not None:
            return _Seen(pos, edit.end, edit)
        return _Seen(pos, run.term_end, None) if _garbled(text, run) else None
    leads = _straddle(text, pos, residue.group(1)) or None  # a seam: the first lead byte is known
    if leads:
        alone = _terminator(text, after, "")  # ?jiǎng)?wù), ?xùn)|部: the seam's character alone
        if alone is not None:
            return _Seen(pos, alone.term_end, _alone(text, pos, alone, leads, doc))
        run = _read_run(text, after)
        if run is not None:
            edit = _shifted(text, pos, run, doc, leads)
            if edit is not None:
                return _Seen(pos, edit.end, edit)
        if not _intact(text, after):  # a seam whose run no reading fits
            return _Seen(pos, run.term_end if run is not None else residue.end(), None)
    second = _residue(text, after)
    if second:  # two residues, no seam: the last names the lost character
        return _Seen(pos, second.end(), _lost(text, pos, second.end(), second.group(1), doc))
    trail = text[after : after + 1]
    if "\x40" <= trail <= "\x7e" and _HAN.match(text[after + 1 : after + 2] or " ") \
            and _HAN.match(text[pos - 1 : pos] or " "):
        # a lone trail byte whose lead byte was lost
        lone = {ch: 0.0 for _, ch in _with_trail(ord(trail))}
        return _Seen(pos, after + 1, _choice(text, pos, after + 1, lone, doc, EditReason.MISALIGNED_GBK))
    run = _read_run(text, after)
    if run is not None and run.term:
        edit = _shifted(text, pos, run, doc, None)
        if edit is not None:
            return _Seen(pos, edit.end, edit)
    if _HAN.match(text[pos - 1 : pos] or " ") or text[pos - 1 : pos] == ")":
        # 推?dòng)鄉: a character lost with the '(' of its annotation
        return _Seen(pos, residue.end(), _lost(text, pos, residue.end(), residue.group(1), doc))
    return _Seen(pos, residue.end(), None)


def _alone(text: str, pos: int, term: _Run, leads: frozenset[int], doc: _Document) -> Change:
    """The one character after a seam, when the reader got back in step at once."""
    ctx = _context(text, pos, term.term_end, doc)
    (ch, conf, alts, _), extra = _last(text, leads, ctx.left, term, ctx)
    return Change(pos, term.term_end, ch + extra, reason=EditReason.MISALIGNED_GBK,
                  confidence=round(conf, 3), alternatives=tuple(alts))


def _intact(text: str, at: int) -> bool:
    """Whether the text from ``at`` reads as text (annotations aside)."""
    window = _ANNOTATIONS.sub("", text[at : at + 24])[:4]
    return bool(window) and all(_HAN.match(c) or c in CJK_PUNCT for c in window) \
        and _mean(window) > _INNER_COMMON_LOGP


def _garbled(text: str, run: _Run) -> bool:
    """Whether a run after a bare ``?`` that no reading fits is damage all the same: it
    reads as no text, or it is folded punctuation between two ``?`` at a paragraph's
    end (``?!?`` is 。” read across a fold seam)."""
    if all(c in _FOLDABLE for c in run.chars):
        return run.term == "?" and text[run.term_end : run.term_end + 1] in ("", "\n")
    return _mean(_unfold(run.chars)) < _INNER_MIN_LOGP


def _choice(text: str, start: int, end: int, cands: dict[str, float], doc: _Document,
            reason: EditReason) -> Change:
    ctx = _context(text, start, end, doc)
    ch, conf, alts, _ = _pick({c: s + _fit(c, ctx, ctx.left, ctx.right) for c, s in cands.items()})
    return Change(start, end, ch, reason=reason, confidence=round(conf, 3), alternatives=tuple(alts))


def _lost(text: str, start: int, end: int, reading: str, doc: _Document) -> Change:
    ctx = _context(text, start, end, doc)
    ch, conf, alts, _ = _pick(_lost_char(reading, ctx))
    return Change(start, end, ch, reason=EditReason.LOST_CHARACTER, confidence=round(conf, 3),
                  alternatives=tuple(alts))


def _sites(text: str) -> Iterable[_Seen]:
    pos = text.find("?")
    doc = _Document(text)  # shared facts, computed only when a site needs them
    while pos != -1:
        seen = _site(text, pos, doc)
        if seen is not None:
            yield seen
            pos = text.find("?", max(seen.end, pos + 1))
        else:
            pos = text.find("?", pos + 1)


def scan_misaligned_gbk(text: str) -> tuple[list[Change], list[tuple[int, int]]]:
    """The repairs of :func:`find_misaligned_gbk`, and the damaged sites left as they are.

    A site is *seen* when a pinyin residue (``?shù)``) or a garbled run after a
    ``?`` shows damage; the ones no repair is sure enough for are returned as
    ``(start, end)`` so that they can be flagged.

    >>> changes, declined = scan_misaligned_gbk("在家門口就業(yè)?!?\\n例如")
    >>> changes, declined
    ([], [(10, 13)])
    """
    changes, declined = [], []
    for seen in _sites(text):
        if seen.change is not None:
            changes.append(seen.change)
        else:
            declined.append((seen.start, seen.end))
    return changes, declined


def find_misaligned_gbk(text: str) -> list[Change]:
    """Repair the shapes of converter-site GBK damage.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "保障改善當(dāng)?shù)孛裆?、推?dòng)鄉(xiāng)村振興"
    >>> apply_changes(t, find_misaligned_gbk(t))
    '保障改善當(dāng)地民生、推�鄉(xiāng)村振興'
    >>> lost = find_misaligned_gbk(t)[1]  # alone, 推?dòng)鄉 is not sure enough to be 動
    >>> lost.alternatives[:2], lost.confidence < MIN_CONFIDENCE
    (('衕', '桐'), True)
    >>> t = "主動(dòng)承接?xùn)|部產(chǎn)業(yè)轉(zhuǎn)移,第一要?jiǎng)?wù),百?gòu)?qiáng)企業(yè)"
    >>> apply_changes(t, find_misaligned_gbk(t))
    '主動(dòng)承接東部產(chǎn)業(yè)轉(zhuǎn)移,第一要務,百強企業(yè)'
    >>> find_misaligned_gbk("你的“领导”可能不是你领导?请注意。")
    []
    """
    return scan_misaligned_gbk(text)[0]

