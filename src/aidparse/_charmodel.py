"""A character model of Chinese text, shared by encoding detection and repairs.

Han characters take their log-probability from ``data/charfreq.tsv``; common
Chinese punctuation, ASCII and other scripts get fixed log-probabilities chosen
so that what misdecoding produces (controls, private use, kana, Latin-1
letters) scores far below real text.
"""

from __future__ import annotations

import functools
import math

from aidparse._resources import UNKNOWN_HAN_LOGP, char_counts, pinyin_readings, word_counts

__all__ = ["CJK_PUNCT", "PINYIN_VOWELS", "char_logp", "readings", "table_logp", "word_bonus"]

#: Log-probabilities of the punctuation of Chinese text, most common first.
CJK_PUNCT: dict[str, float] = {
    "，": -3.5, "。": -4.0, "、": -4.5, "“": -5.0, "”": -5.0, "：": -6.0, "；": -7.0,
    "？": -7.0, "！": -7.0, "《": -7.0, "》": -7.0, "（": -7.0, "）": -7.0, "…": -7.5,
    "—": -7.5, "‘": -8.0, "’": -8.0, "·": -8.0, "「": -8.0, "」": -8.0, "『": -9.0,
    "』": -9.0, "〈": -9.0, "〉": -9.0, "【": -8.0, "】": -8.0, "–": -9.0, "〇": -8.0,
    "\u3000": -8.0,
}
PINYIN_VOWELS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ")

LOGP_ERROR = -25.0
LOGP_NUL = -60.0
LOGP_CONTROL = -40.0


#: Log-probabilities of the table's characters computed so far: a page needs a few
#: thousand of them, each ``math.log(count / total)`` as in ``_resources.char_logfreq``.
_TABLE_LOGP: dict[str, float] = {}


def table_logp(ch: str) -> float | None:
    """Log-probability of a character in the frequency table (``char_logfreq().get(ch)``, the
    same value), or ``None`` for one the table does not hold; computed for this one character.

    >>> from aidparse._resources import char_logfreq
    >>> table_logp("援") == char_logfreq()["援"], table_logp("a")
    (True, None)
    """
    p = _TABLE_LOGP.get(ch)
    if p is not None:
        return p
    counts, total = char_counts()
    n = counts.get(ch)
    if n is None:
        return None
    p = _TABLE_LOGP[ch] = math.log(n / total)
    return p


def char_logp(ch: str) -> float:
    """Log-probability of one character of Chinese text."""
    p = _TABLE_LOGP.get(ch)
    if p is not None:
        return p
    counts, total = char_counts()
    n = counts.get(ch)
    if n is not None:
        p = _TABLE_LOGP[ch] = math.log(n / total)
        return p
    cp = ord(ch)
    if cp == 0:
        return LOGP_NUL  # text never holds NUL: the bytes are UTF-16/32 or binary
    if ch in "\t\n\r" or 0x20 <= cp < 0x7F:
        return -4.5
    punct = CJK_PUNCT.get(ch)
    if punct is not None:
        return punct
    if 0xFF01 <= cp <= 0xFF5E:
        return -6.0
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return LOGP_CONTROL
    if 0xE000 <= cp <= 0xF8FF or cp == 0xFFFD or 0xD800 <= cp <= 0xDFFF or cp >= 0xF0000:
        return LOGP_ERROR
    if 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3134F:
        return UNKNOWN_HAN_LOGP
    if ch in PINYIN_VOWELS:
        return -8.0  # converter sites annotate characters with tone-marked pinyin
    if 0x0600 <= cp <= 0x06FF or 0x0400 <= cp <= 0x04FF:
        return -9.0  # Uyghur (Arabic script) and Cyrillic occur in Xinjiang reports
    return -14.0  # Hangul, kana, symbols, Latin-1 letters: what misdecoding produces


#: Bonus (nats) per extra character when characters form a known word: a
#: three-character word is stronger evidence than a two-character one.
WORD_BONUS = 6.0


def word_bonus(a: str, b: str, simplify: object = None) -> float:
    """Bonus for ``a + b`` being a known word (compared in Simplified)."""
    if not a or not b:
        return 0.0
    key = a + b
    if simplify is not None:
        key = simplify(key)  # type: ignore[operator]
    count = word_counts().get(key)
    return WORD_BONUS * (len(key) - 1) + math.log10(count) if count else 0.0


@functools.cache
def readings() -> dict[str, frozenset[str]]:
    """Character -> its tone-marked pinyin readings (pypinyin-derived)."""
    sets: dict[str, frozenset[str]] = {}  # characters with the same readings share one set
    return {ch: sets.get(values) or sets.setdefault(values, frozenset(values.split(",")))
            for ch, values in pinyin_readings().items()}


@functools.cache
def by_reading() -> dict[str, tuple[str, ...]]:
    """Tone-marked reading -> the characters that have it."""
    index: dict[str, list[str]] = {}
    for ch, values in readings().items():
        for value in values:
            index.setdefault(value, []).append(ch)
    return {k: tuple(v) for k, v in index.items()}
