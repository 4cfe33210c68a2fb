"""Pages that are not Chinese: a declared charset, or charset-normalizer.

aidparse's own model knows Chinese. When the bytes read as no Chinese under
any Chinese codec (Japanese, Korean, Cyrillic, Greek, Latin pages ...), a
declared charset that decodes them cleanly is honoured, and otherwise the
decision is charset-normalizer's, a well-kept general detector, rather than a
hand-written one.
"""

from __future__ import annotations

import codecs
import dataclasses
import logging

from aidparse.decoding.chinese import read, reads_as_chinese
from aidparse.decoding.decision import Decision
from aidparse.decoding.declared import Declaration
from aidparse.models import Detector

__all__ = ["declared_fit", "normalizer_guess", "not_chinese"]

logger = logging.getLogger(__name__)

#: Declared codecs not honoured on a page that reads as no Chinese (the declaration is suspect).
_GB_BIG5 = ("gb18030", "big5", "big5hkscs")
#: Highest confidence of a Chinese reading of a page that reads as no Chinese
#: when no other detector found an encoding either.
_UNSURE = 0.25
#: charset-normalizer's default: a decoding messier than this is not text.
MAX_MESS = 0.2
#: Codecs charset-normalizer may not pick: UTF-7 can smuggle markup past a
#: reader, and UTF-16/32 without a byte-order mark need the evidence of
#: :mod:`aidparse.decoding.wide`.
_EXCLUDED = ["utf_7", "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
#: Readings charset-normalizer finds about as plausible as its best: chaos
#: within this much, coherence within ``_NEAR_COHERENCE``.
_NEAR_CHAOS = 0.02
_NEAR_COHERENCE = 0.2


def declared_fit(data: bytes, codec: str) -> float | None:
    """How well a declared codec fits: ``1 - mess ratio`` of its decoding, or ``None`` if it does not fit.

    It fits when it decodes every byte and charset-normalizer's mess detector
    finds the result to be text (mess ratio below 0.2).

    Examples:
        >>> declared_fit("Привет, как дела? Это тест.".encode("koi8-r"), "koi8-r")
        1.0
        >>> declared_fit(b"\\xff\\xfe", "utf-8") is None
        True
    """
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    from charset_normalizer.md import mess_ratio

    mess = float(mess_ratio(text, maximum_threshold=1.0))
    return None if mess >= MAX_MESS else 1.0 - mess


def normalizer_guess(data: bytes) -> tuple[str, float] | None:
    """charset-normalizer's codec for ``data`` and a confidence, or ``None`` when it finds none.

    The confidence is the share of charset-normalizer's near-best readings
    (about as little chaos and as much language coherence as its best) that
    give the same text as the best, times one minus the best's chaos: three
    Latin code pages that read a Portuguese page equally well but differently
    give about one third.

    Examples:
        >>> normalizer_guess("이것은 한국어 문장입니다. 인코딩을 알아봅시다.".encode("euc-kr"))[0]
        'cp949'
    """
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data, preemptive_behaviour=False, cp_exclusion=_EXCLUDED))
    except Exception:  # a fault in the helper must not become the caller's crash
        logger.debug("charset-normalizer failed", exc_info=True)
        return None
    if not matches:
        return None
    best = matches[0]
    text = str(best)
    near = [m for m in matches
            if m.chaos <= best.chaos + _NEAR_CHAOS and m.coherence >= best.coherence - _NEAR_COHERENCE]
    agree = sum(1 for m in near if str(m) == text)
    try:
        codec = codecs.lookup(best.encoding).name
    except LookupError:  # pragma: no cover - charset-normalizer names Python codecs
        return None
    return codec, agree / len(near) * (1.0 - float(best.chaos))


def not_chinese(
    data: bytes, decl: Declaration | None, fallback: Decision
) -> Decision:
    """The decision for bytes that read as no Chinese: a fitting declaration, else charset-normalizer.

    ``fallback`` is the Chinese model's decision, kept (with its confidence
    capped at 0.25) when neither finds an encoding.

    Examples:
        >>> from aidparse.decoding.declared import page_declaration
        >>> data = '<meta charset="koi8-r">Привет, как дела? Это тест.'.encode("koi8-r")
        >>> model = Decision(codec="gb18030", detector=Detector.CHINESE_MODEL, confidence=0.9, chinese=False)
        >>> d = not_chinese(data, page_declaration(data), model)
        >>> d.codec, d.detector.value
        ('koi8-r', 'declared')
    """
    if decl is not None and decl.codec is not None and decl.codec not in _GB_BIG5:
        fit = declared_fit(data, decl.codec)
        if fit is not None:
            return dataclasses.replace(
                fallback, codec=decl.codec, detector=Detector.DECLARED, confidence=fit, chinese=False
            )
    guess = normalizer_guess(data)
    if guess is not None:
        codec, confidence = guess
        sample = data[fallback.evidence.start:fallback.evidence.end] if fallback.evidence else data[:4096]
        return dataclasses.replace(
            fallback, codec=codec, detector=Detector.CHARSET_NORMALIZER, confidence=confidence,
            chinese=reads_as_chinese(read(sample, codec, final=False)),
        )
    return dataclasses.replace(fallback, confidence=min(fallback.confidence, _UNSURE))
