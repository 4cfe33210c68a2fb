"""How a decoding reads under the Chinese character model, and whether it reads as Chinese.

A :class:`Reading` is one codec's decoding of the evidence sample, summarised:
its log-likelihood under the character model of :mod:`aidparse._charmodel`
(errors included: each U+FFFD costs as much as a very rare character, so
damage lowers a reading in proportion instead of disqualifying it), and the
counts that tell Chinese from what misdecoding or another language produces.

:func:`reads_as_chinese` is the verdict: Han characters that are common in
Chinese, few errors, no kana or Hangul to speak of. It was set on the seeds
and on chardet's test feeds: the mean log-probability of real Chinese runs
-7.5 per Han character (never below -8.8 over 40 characters), while Korean
read as GB2312 or Japanese read as Big5 gives random, rarer characters
(-10 to -11.5).
"""

from __future__ import annotations

import codecs
import functools
import math
import re

from aidparse._charmodel import CJK_PUNCT, char_logp
from aidparse._precompiled_re import compile_re
from aidparse._record import record

__all__ = [
    "LOGP_ASCII",
    "LOGP_BEST",
    "LOGP_UNDECODABLE",
    "Reading",
    "decode_sample",
    "explain",
    "loglik",
    "mostly_han",
    "read",
    "read_text",
    "reads_as_chinese",
    "text_reads_as_chinese",
]

#: Log-probability of printable ASCII and layout characters (as in the character model).
LOGP_ASCII = -4.5
#: The highest log-probability of any character (a bound for skipping hopeless readings).
LOGP_BEST = -3.0

# Character classes, as regular-expression ranges
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    punct = "".join(sorted(CJK_PUNCT)) + "\uff01-\uff5e"
    return (
        compile_re(f"[{_HAN}]+"),
        compile_re(f"[{_KANA}{_HANGUL}]+"),
        compile_re(f"[{punct}]+"),
        # letters of other scripts: word characters that are no digit, no ASCII, and none of the above
        compile_re(f"[^\\W\\d_\\x00-\\x7f{_HAN}{_KANA}{_HANGUL}]+"),
    )


#: Log-probability of a letter of a Latin, Greek, Cyrillic, Hebrew or Arabic
#: alphabet (two-byte UTF-8). The shared character model gives Latin-1 letters
#: the cost of mojibake; for choosing a codec they are letters of real words
#: ("Näyhä"), which no reading of GB or Big5 bytes produces without errors.
LOGP_ALPHABET = -10.0


#: Log-probability of an undecodable sequence (U+FFFD): that of a very rare
#: character, so damage costs a reading in proportion instead of ruling it out.
LOGP_UNDECODABLE = -15.0


def _logp(ch: str) -> float:
    if ch == "\ufffd":
        return LOGP_UNDECODABLE
    logp = char_logp(ch)
    if 0xC0 <= ord(ch) < 0x800 and ch.isalpha():
        return max(logp, LOGP_ALPHABET)
    return logp


class _LogpMemo(dict[str, float]):
    """Character -> log-probability, computed once per character."""

    def __missing__(self, ch: str) -> float:
        value = _logp(ch)
        if len(self) < _MEMO_LIMIT:
            self[ch] = value
        return value


#: Bound on the memo: random bytes can decode to any code point.
_MEMO_LIMIT = 200_000
_LOGP = _LogpMemo()


def loglik(text: str) -> float:
    """Log-likelihood of ``text`` under the character model (one C-level pass).

    >>> loglik("援疆") < loglik("的是")
    True
    """
    return sum(map(_LOGP.__getitem__, text))


@record
class Reading:
    """One codec's decoding of a byte sample, as the character model sees it."""

    codec: str
    text: str
    nbytes: int
    errors: int
    loglik: float
    nonascii: int
    han: int
    han_loglik: float
    kana_hangul: int
    letters: int
    punct: int
    punct_loglik: float

    @property
    def score(self) -> float:
        """Log-likelihood per byte of the sample."""
        return self.loglik / max(self.nbytes, 1)


def decode_sample(sample: bytes, codec: str, *, final: bool = True) -> str:
    """Decode with bad sequences as U+FFFD; with ``final=False`` a character cut at the end is left out."""
    return str(codecs.getincrementaldecoder(codec)(errors="replace").decode(sample, final))


def read(sample: bytes, codec: str, *, final: bool = True) -> Reading:
    """Decode ``sample`` with ``codec`` (bad sequences as U+FFFD) and summarise it.

    With ``final=False`` a character cut at the end of the sample is left out
    rather than counted as an error (the sample was cut from a longer input).

    Examples:
        >>> r = read("援疆资金四百万元".encode("gbk"), "gb18030")
        >>> r.han, r.errors, reads_as_chinese(r)
        (8, 0, True)
    """
    return read_text(decode_sample(sample, codec, final=final), sample, codec)


def read_text(text: str, sample: bytes, codec: str, total: float | None = None) -> Reading:
    """Summarise ``text``, the decoding of ``sample`` with ``codec`` (``total``: its known log-likelihood)."""
    han_runs, kana_runs, punct_runs, letter_runs = _patterns()
    han = "".join(han_runs.findall(text))
    punct = "".join(punct_runs.findall(text))
    kana_hangul = "".join(kana_runs.findall(text))
    return Reading(
        codec=codec, text=text, nbytes=len(sample), errors=text.count("\ufffd"),
        loglik=loglik(text) if total is None else total,
        nonascii=len(text) - len(text.encode("ascii", errors="ignore")),
        han=len(han), han_loglik=loglik(han),
        kana_hangul=len(kana_hangul),
        letters=sum(map(len, letter_runs.findall(text))),
        punct=len(punct), punct_loglik=loglik(punct),
    )


#: Mean log-probability per Han character below which a sample of ``n`` Han
#: characters does not read as Chinese: ``_HAN_FLOOR - _HAN_SLACK / sqrt(n)``.
_HAN_FLOOR = -8.5
_HAN_SLACK = 3.0
#: Fewer Han characters than this are too few to call a text not Chinese by their rarity.
_MIN_HAN_EVIDENCE = 20


def reads_as_chinese(r: Reading) -> bool:
    """Whether a reading is Chinese text rather than another language or a misdecoding.

    Short samples get the benefit of the doubt (aidparse reads Chinese pages):
    rarity counts only from 20 Han characters on.
    """
    if r.han == 0:
        return False
    if r.errors * 4 > r.nonascii:
        return False
    if r.kana_hangul * 5 > r.han or r.letters > 2 * r.han:
        return False
    if _isolated_in_latin(r.text) * 2 > r.han:
        return False
    if r.han >= _MIN_HAN_EVIDENCE:
        floor = _HAN_FLOOR - _HAN_SLACK / math.sqrt(r.han)
        if r.han_loglik / r.han < floor:
            return False
    return True


#: A text is not Chinese when its Han characters are fewer than its English words divided by this
#: (a Chinese page with its English translation beside it keeps about one Han character a word).
_WORDS_PER_HAN = 3
#: Characters of a text read to tell its language (the decoder reads a sample of this order).
_LANGUAGE_SAMPLE = 20_000
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def mostly_han(text: str) -> bool:
    """Whether the start of ``text`` has Han characters enough beside its ASCII words
    (:class:`Reading` leaves ASCII letters out: English with a few Han characters in it reads as
    Chinese there).

    >>> mostly_han("首页 > 新闻 > 正文")
    True
    >>> mostly_han("Xinhua 新华网 The Jiangsu aid team arrived in Yining on Monday. It stays three years.")
    False
    """
    sample = text[:_LANGUAGE_SAMPLE]
    han = sum(map(len, _patterns()[0].findall(sample)))
    return han > 0 and han * _WORDS_PER_HAN >= len(_ASCII_WORD.findall(sample))


def text_reads_as_chinese(text: str) -> bool:
    """The verdict of :func:`reads_as_chinese` for text given as text (no bytes to decode).

    >>> text_reads_as_chinese("援疆干部深入基层。"), text_reads_as_chinese("江蘇省の支援チームは到着した。")
    (True, False)
    """
    sample = text[:_LANGUAGE_SAMPLE]
    return mostly_han(sample) and reads_as_chinese(read_text(sample, b"", "text"))


def _isolated_in_latin(text: str) -> int:
    """Han characters standing alone between two Latin letters.

    That is what a Latin-1 or cp1252 accented letter becomes under GB or Big5
    (``gehört`` read as GBK: the ``ö`` byte takes the ``r`` as its second
    byte); Chinese text keeps its characters together.
    """
    count, last = 0, -1
    for m in _beside_latin_pattern().finditer(text):
        i = m.start() if m.group()[0] >= "\x80" else m.start() + 1  # the Han character's index
        if i == last:
            continue
        last = i
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
            count += 1
    return count


@functools.cache
def _beside_latin_pattern() -> re.Pattern[str]:
    han = "\u3400-\u9fff\uf900-\ufaff"
    return compile_re(f"[A-Za-z][{han}]|[{han}][A-Za-z]")


def explain(r: Reading) -> str:
    """One line of evidence, for logs."""
    mean = r.han_loglik / r.han if r.han else 0.0
    return (f"{r.codec}: {r.score:.2f} nats/byte, {r.errors} errors, {r.han} Han "
            f"(mean {mean:.2f}), {r.kana_hangul} kana or Hangul, {r.letters} other letters")
