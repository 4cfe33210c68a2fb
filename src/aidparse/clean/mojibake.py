"""Mojibake repair: UTF-8 read as Latin-1, and GBK read one byte out of step.

Misaligned GBK (seed 001): when a GBK byte stream loses a byte, every
following pair of bytes straddles two characters until the decoder resyncs at
an ASCII byte or an invalid sequence, e.g. ``當(dāng)?shù)孛裆?、`` for
``當(dāng)地民生、``. Re-encoding the garbled run to GBK and shifting it by one
byte gives back every inner character; the first character needs the lost
lead byte and the last one its trail byte, both chosen by a character and word
frequency model (jieba-derived, see ``data/``). A choice the model is not sure
of becomes U+FFFD with its alternatives, never an invented character.
"""

from __future__ import annotations

import math

import regex

from aidparse._lazy import lazy_regex
from aidparse._resources import UNKNOWN_HAN_LOGP, char_logfreq, word_counts
from aidparse.clean.edits import Edit
from aidparse.script import to_simplified

__all__ = ["find_latin1_mojibake", "find_misaligned_gbk"]

_CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN1_RUN = lazy_regex(
    rf"(?:[\u00c0-\u00ff][\u0080-\u00bf{_CP1252_EXTRA}]+)+"  # lead byte, continuation bytes
)


def find_latin1_mojibake(text: str) -> list[Edit]:
    """UTF-8 bytes that were read as Latin-1 or cp1252 (``æ´ç–†`` for 援疆).

    >>> from aidparse.clean.edits import apply_edits
    >>> bad = "资金".encode("utf-8").decode("cp1252")
    >>> bad
    'èµ„é‡‘'
    >>> apply_edits("援疆" + bad, find_latin1_mojibake("援疆" + bad))
    '援疆资金'
    >>> bad = "援疆".encode("utf-8").decode("latin-1")
    >>> apply_edits(bad, find_latin1_mojibake(bad))
    '援疆'
    >>> find_latin1_mojibake("xiàng café")
    []
    """
    edits = []
    for m in _LATIN1_RUN.finditer(text):
        fixed = None
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = m.group().encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            break
        if fixed and not fixed.isascii() and len(fixed) < m.end() - m.start():
            edits.append(Edit(m.start(), m.end(), fixed, reason="latin1-mojibake", confidence=0.95))
    return edits


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_HAN = lazy_regex(r"\p{Han}")
_CJK_PUNCT = frozenset("，。、；：？！“”‘’（）《》")
_SITE = lazy_regex(
    rf"""
    \?[a-z{_TONED}]+\)                 # '?' and the residue of a pinyin annotation
    (?P<run>[^\x00-\x7f?\s]+)          # the run decoded out of step
    (?P<term>\?(?:[a-z{_TONED}]+\))?     # resync at a lost byte (with its pinyin residue)
      | [\x40-\x7e](?=[(\p{{Han}}]))?      # ... or at an ASCII trail byte
    """,
    regex.VERBOSE,
)
#: The Han character just before a site, skipping a pinyin annotation.
_LEFT_HAN = lazy_regex(rf"(\p{{Han}})(?:\([a-z{_TONED}]+\))?\Z")
#: The Han character just after a site, skipping a pinyin residue.
_RIGHT_HAN = lazy_regex(rf"(?:[a-z{_TONED}]+\))?(\p{{Han}})")
#: Mean log-probability per character the shifted reading must gain.
_GAIN = 2.0
#: Below this confidence an edge character becomes U+FFFD.
_MIN_CONFIDENCE = 0.6
#: Word bonus (nats) for a known two-character word with a neighbour.
_WORD_BONUS = 6.0


def _logp(ch: str) -> float:
    return char_logfreq().get(to_simplified(ch), UNKNOWN_HAN_LOGP)


def _word(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    count = word_counts().get(to_simplified(a + b))
    return _WORD_BONUS + math.log10(count) if count else 0.0


def _mean(text: str) -> float:
    return sum(map(_logp, text)) / max(len(text), 1)


def _gbk_char(pair: bytes) -> str | None:
    try:
        ch = pair.decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 and not ch.isascii() else None


def _choose(cands: dict[str, float]) -> tuple[str, float, list[str]]:
    """Best candidate, its softmax confidence, and the runners-up."""
    ranked = sorted(cands.items(), key=lambda kv: kv[1], reverse=True)
    top = ranked[0][1]
    total = sum(math.exp(s - top) for _, s in ranked)
    return ranked[0][0], 1.0 / total, [c for c, _ in ranked[1:4]]


def find_misaligned_gbk(text: str) -> list[Edit]:
    """Repair runs of GBK decoded one byte out of step.

    >>> from aidparse.clean.edits import apply_edits
    >>> t = "保障改善當(dāng)?shù)孛裆?、推"
    >>> apply_edits(t, find_misaligned_gbk(t))
    '保障改善當(dāng)地民生、推'
    """
    edits: list[Edit] = []
    for m in _SITE.finditer(text):
        run = m.group("run")
        try:
            raw = run.encode("gbk")
        except UnicodeEncodeError:
            continue
        inner_bytes = raw[1:-1]
        if len(inner_bytes) % 2:
            continue
        try:
            inner = inner_bytes.decode("gbk")
        except UnicodeDecodeError:
            continue
        if not all(_HAN.match(ch) or ch in _CJK_PUNCT for ch in inner):
            continue  # not a clean one-byte shift
        before = _LEFT_HAN.search(text, 0, m.start())
        left = before.group(1) if before else ""
        after = _RIGHT_HAN.match(text, m.end())
        right = after.group(1) if after else ""
        first_cands = {}
        for lead in range(0x81, 0xFF):
            ch = _gbk_char(bytes([lead, raw[0]]))
            if ch:
                first_cands[ch] = _logp(ch) + _word(left, ch) + _word(ch, inner[:1])
        term = m.group("term")
        last_cands = {}
        trails = [ord(term)] if term and not term.startswith("?") \
            else [*range(0x40, 0x7F), *range(0x80, 0xFF)]
        for trail in trails:
            ch = _gbk_char(bytes([raw[-1], trail]))
            if ch:
                last_cands[ch] = _logp(ch) + _word(inner[-1:] or left, ch) + _word(ch, right)
        if not first_cands or not last_cands:
            continue
        first, c1, alt1 = _choose(first_cands)
        last, c2, alt2 = _choose(last_cands)
        if _mean(first + inner + last) < _mean(run) + _GAIN:
            continue
        repaired = (first if c1 >= _MIN_CONFIDENCE else "\ufffd") + inner + (
            last if c2 >= _MIN_CONFIDENCE else "\ufffd")
        edits.append(Edit(
            m.start(), m.end(), repaired, reason="misaligned-gbk",
            confidence=round(min(c1, c2), 3),
            alternatives=tuple(a + inner + b for a in [first, *alt1[:1]] for b in [last, *alt2[:1]]
                               if a + inner + b != first + inner + last),
        ))
    return edits
