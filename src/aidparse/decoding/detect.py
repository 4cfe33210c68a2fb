"""Encoding detection that knows it is looking for Chinese, and knows when it is not.

The evidence, strongest first (each kind has its own module):

1. a byte-order mark (:mod:`~aidparse.decoding.bom`);
2. NUL bytes where UTF-16/32 put them (:mod:`~aidparse.decoding.wide`);
3. pure ASCII, and UTF-8 by structure — valid multi-byte sequences with at
   most one error per ten of them, whatever the language
   (:mod:`~aidparse.decoding.sniff`);
4. the Chinese character model (:mod:`~aidparse.decoding.chinese`): UTF-8,
   GB18030, Big5, Big5-HKSCS and BOM-less UTF-16 when it reads as Chinese
   decode a sample taken where the non-ASCII bytes are, and are ranked by
   log-likelihood per byte, errors penalised in proportion; a declared
   charset (:mod:`~aidparse.decoding.declared`) adds a prior to its codec;
5. when the best reading is not Chinese: a declared charset that decodes
   cleanly, else charset-normalizer (:mod:`~aidparse.decoding.fallback`).

The chosen codec then decodes the whole input
(:mod:`~aidparse.decoding.recording`); undecodable sequences, runs of another
encoding inside a GB or Big5 page (:mod:`~aidparse.decoding.foreign`) and a
stray byte in UTF-16 (:mod:`~aidparse.decoding.realign`) stand as U+FFFD with
their byte ranges recorded. Declared labels are checked against the web's
list (:mod:`~aidparse.decoding.labels`).
"""

from __future__ import annotations

import dataclasses
import logging
import math

from aidparse.decoding.bom import sniff_bom
from aidparse.decoding.chinese import (
    LOGP_ASCII,
    LOGP_BEST,
    LOGP_UNDECODABLE,
    decode_sample,
    explain,
    loglik,
    read,
    read_text,
    reads_as_chinese,
)
from aidparse.decoding.declared import Declaration, caller_declaration, page_declaration
from aidparse.decoding.fallback import declared_fit, normalizer_guess
from aidparse.decoding.foreign import foreign_runs
from aidparse.decoding.labels import codec_family
from aidparse.decoding.realign import out_of_step
from aidparse.decoding.recording import decode_around, decode_recording
from aidparse.decoding.sniff import (
    binary_signature,
    evidence_window,
    first_high_byte,
    looks_binary,
    utf8_structure,
)
from aidparse.decoding.wide import nul_pattern, plausible_wide
from aidparse.errors import BinaryInputError, check_size
from aidparse.models import DecodedText, Detector, EncodingCandidate, EncodingGuess, Span, UndecodableSpan

__all__ = ["decode", "detect_encoding"]

logger = logging.getLogger(__name__)

#: The codecs the Chinese model ranks, in order of preference when two decode alike.
_CHINESE = ("utf-8", "gb18030", "big5", "big5hkscs")
_WIDE = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_HIGH = bytes(range(0x80, 0x100))
_GB2312_NEVER = bytes(range(0x80, 0xA1))
#: Declared codecs not honoured on a page that reads as no Chinese (the declaration is suspect).
_GB_BIG5 = ("gb18030", "big5", "big5hkscs")
#: Likelihood ratio, per multi-byte character, of a sample being valid UTF-8
#: when it is UTF-8 against when it is GB or Big5 text (about one GBK
#: character in five happens to form a valid UTF-8 sequence).
_UTF8_VALID_LOGLR = math.log(5.0)
#: Non-ASCII bytes in the evidence sample, and the most bytes it may span.
_SAMPLE_HIGH_BYTES = 256
_SAMPLE_MAX_SPAN = 64 * 1024
#: ASCII bytes kept before the first non-ASCII byte (the letters around an
#: accented letter tell Latin from Chinese).
_CONTEXT = 32
#: Inputs shorter than this are tried as BOM-less UTF-16 even without NULs or control bytes.
_SHORT = 1024
#: Bytes of the head a BOM-less UTF-16/32 reading is scored on.
_WIDE_SAMPLE = 4096
#: UTF-8 by structure: at least this many valid multi-byte characters, and at
#: most one error per ``_UTF8_ERRORS_PER`` of them.
_UTF8_MIN_SEQUENCES = 16
_UTF8_ERRORS_PER = 10
#: Prior, in nats per byte, for the codec a page or caller declares.
_DECLARED_PRIOR = 0.35
#: Prior against encodings rarely met without a byte-order mark, in nats per byte.
_WIDE_PRIOR = {"utf-16-le": -0.25, "utf-16-be": -0.25, "utf-32-le": -1.0, "utf-32-be": -1.0}
#: The alternative to every Chinese reading, for the confidence: the non-ASCII
#: bytes are text in an encoding the model does not know, each pair of them a
#: character out of some 7,000 (a CJK double-byte set), against a prior of
#: nine to one that aidparse's input is Chinese. Short samples ("東京" in
#: EUC-JP, one accented letter read as Big5) cannot beat it by much, so their
#: confidence stays low.
_BACKGROUND_PER_HIGH_BYTE = math.log(1 / 7000) / 2
_CHINESE_PRIOR_LOGODDS = math.log(9)
#: Nats behind the best reading beyond which a reading is not scored.
_HOPELESS = 60.0
#: Characters a reading's opening is compared on before it is scored in full.
_PREFIX = 96
#: Non-ASCII characters per halving of the doubt a short sample leaves.
_EVIDENCE_HALVING = 5.0
#: Highest confidence of a Chinese reading of a page that reads as no Chinese
#: when no other detector found an encoding either.
_UNSURE = 0.25


@dataclasses.dataclass
class _Decision:
    codec: str
    detector: Detector
    confidence: float
    chinese: bool
    bom: int = 0
    body_codec: str = ""
    evidence: Span | None = None
    candidates: list[EncodingCandidate] = dataclasses.field(default_factory=list)
    text: str | None = None  # the whole text, when deciding already decoded it strictly


def _consistent(decl: Declaration | None, codec: str, data: bytes, text: str) -> bool | None:
    """Whether the declared charset reads the bytes as this text (its family counts)."""
    if decl is None or decl.codec is None:
        return None
    if codec in codec_family(decl.codec) or decl.codec in codec_family(codec):
        return True
    try:
        return data.decode(decl.codec, errors="replace") == text
    except LookupError:  # pragma: no cover - the label table names real codecs
        return False


def _same_text(narrow: str, codec: str, data: bytes) -> bool:
    """Whether ``narrow`` is known to decode ``data`` as ``codec`` does, when it decodes it at all."""
    if narrow == "ascii" or (narrow, codec) == ("gbk", "gb18030"):
        return True
    # GB2312's own table maps two punctuation marks differently from GBK's.
    return narrow == "gb2312" and codec in ("gbk", "gb18030") and not (
        b"\xa1\xa4" in data or b"\xa1\xaa" in data
    )


def _decode_named(data: bytes, codec: str) -> tuple[str, str, list[UndecodableSpan]]:
    """Decode with ``codec``, named by the narrowest codec of its family that gives the same text."""
    family = codec_family(codec)
    for narrow in family[: family.index(codec)] if codec in family else ():
        if narrow == "gb2312" and len(data.translate(None, _GB2312_NEVER)) < len(data):
            continue  # a byte 0x80-0xA0 is part of no GB2312 character: skip a futile decode
        try:
            text = data.decode(narrow)
        except UnicodeDecodeError:
            continue
        if _same_text(narrow, codec, data) or text == data.decode(codec, errors="replace"):
            return narrow, text, []
    text, undecodable = decode_recording(data, codec)
    return codec, text, undecodable


def _widen(
    data: bytes, codec: str, text: str, undecodable: list[UndecodableSpan]
) -> tuple[str, str, list[UndecodableSpan]]:
    """A wider codec of the family when it decodes the whole input with fewer errors.

    The sample may not hold the characters only the wider codec has (a
    Big5-HKSCS character far into a Big5 page).
    """
    family = codec_family(codec)
    for wider in family[family.index(codec) + 1 :] if codec in family else ():
        wider_text, wider_bad = decode_recording(data, wider)
        if len(wider_bad) < len(undecodable):
            codec, text, undecodable = wider, wider_text, wider_bad
    return codec, text, undecodable


def _softmax(values: list[float], index: int) -> float:
    top = max(values)
    return 1.0 / sum(math.exp(max(v - top, -700.0)) for v in values) * math.exp(values[index] - top)


def _not_chinese(
    data: bytes, decl: Declaration | None, fallback: _Decision
) -> _Decision:
    """The decision for bytes that read as no Chinese: a fitting declaration, else charset-normalizer."""
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


def _prior(codec: str, text: str, sample: bytes, declared: str | None) -> float:
    """Prior evidence for a reading, in nats per byte of its sample."""
    p = _WIDE_PRIOR.get(codec, 0.0)
    if codec == "utf-8" and "\ufffd" not in text:
        multibyte = len(text) - len(text.encode("ascii", errors="ignore"))
        p += multibyte * _UTF8_VALID_LOGLR / max(len(sample), 1)
    if declared is not None and (codec == declared or codec in codec_family(declared)):
        p += _DECLARED_PRIOR
    return p


def _chinese_model(data: bytes, start: int, wide: list[str], decl: Declaration | None) -> _Decision:
    """Rank the Chinese readings of the evidence sample."""
    if start < len(data):
        lo, hi = evidence_window(data, max(0, start - _CONTEXT), _SAMPLE_HIGH_BYTES, _SAMPLE_MAX_SPAN)
    else:
        lo, hi = 0, min(len(data), _WIDE_SAMPLE)
    sample = data[lo:hi]
    declared = decl.codec if decl is not None else None
    if declared in _WIDE and declared not in wide:
        wide = [*wide, declared]
    head = data[:_WIDE_SAMPLE]
    texts: dict[str, tuple[str, bytes]] = {}  # text -> (codec, sample); the first codec wins
    for name in _CHINESE:
        texts.setdefault(decode_sample(sample, name, final=hi == len(data)), (name, sample))
    for name in wide:
        texts.setdefault(decode_sample(head, name, final=len(data) <= _WIDE_SAMPLE), (name, head))
    # Score the readings with fewest errors first; skip those whose errors alone,
    # or whose first characters, put them hopelessly behind (they would add
    # nothing to the confidence).
    errors = {text: text.count("\ufffd") for text in texts}
    # (per byte with prior, codec, text, sample, loglik)
    scored: list[tuple[float, str, str, bytes, float]] = []
    lead = 0.0  # the best reading's log-likelihood over its first _PREFIX characters
    for text in sorted(texts, key=lambda t: errors[t] / max(len(t), 1)):
        name, part = texts[text]
        size = max(len(part), 1)
        prior = _prior(name, text, part, declared)
        if scored:
            bound = errors[text] * LOGP_UNDECODABLE + (len(text) - errors[text]) * LOGP_BEST
            if bound / size + prior < scored[0][0] - _HOPELESS / size:
                continue
            behind = lead - _HOPELESS - abs(prior) * size
            if not wide and len(text) > _PREFIX and loglik(text[:_PREFIX]) < behind:
                continue
        total = loglik(text)
        scored.append((total / size + prior, name, text, part, total))
        scored.sort(key=lambda x: x[0], reverse=True)
        if scored[0][1] == name:
            lead = loglik(text[:_PREFIX])
    scale = max(1, min(len(x[3]) for x in scored))
    totals = [x[0] * scale for x in scored]
    high = len(sample) - len(sample.translate(None, _HIGH))
    background = (len(sample) - high) * LOGP_ASCII + high * _BACKGROUND_PER_HIGH_BYTE
    totals.append(background / max(len(sample), 1) * scale - _CHINESE_PRIOR_LOGODDS)
    _, name, text, part, total = scored[0]
    best = read_text(text, part, name, total)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("best reading %s", explain(best))
    # Few characters are weak evidence whatever they are: any double-byte CJK
    # encoding reads as some characters. The cap halves the doubt every five.
    cap = 1.0 - 0.5 ** (best.nonascii / _EVIDENCE_HALVING)
    decision = _Decision(
        codec=best.codec,
        detector=Detector.CHINESE_MODEL,
        confidence=min(cap, _softmax(totals, 0)),
        chinese=reads_as_chinese(best),
        evidence=Span(start=lo, end=hi) if best.codec not in _WIDE else Span(start=0, end=len(head)),
        candidates=[
            EncodingCandidate(encoding=codec, score=round(t / max(len(p), 1), 4),
                              strict="\ufffd" not in x, errors=x.count("\ufffd"))
            for _, codec, x, p, t in scored
        ],
    )
    if decision.chinese or best.codec in _WIDE:
        return decision
    return _not_chinese(data, decl, decision)


def _decide(data: bytes, decl: Declaration | None) -> _Decision:
    """Which codec reads ``data``, on what evidence."""
    bom = sniff_bom(data)
    if bom is not None:
        size, body, whole = bom
        chinese = reads_as_chinese(read(data[size : size + _WIDE_SAMPLE], body, final=False))
        return _Decision(codec=whole, detector=Detector.BOM, confidence=1.0, chinese=chinese, bom=size,
                         body_codec=body)
    if binary_signature(data):
        raise BinaryInputError("input starts like a binary file (PDF, zip, image ...), not text")
    pattern = nul_pattern(data)
    if pattern is not None:
        chinese = reads_as_chinese(read(data[:_WIDE_SAMPLE], pattern, final=False))
        return _Decision(codec=pattern, detector=Detector.NUL_PATTERN, confidence=1.0, chinese=chinese)
    # UTF-16 text without ASCII has no NULs; a long input without NULs or
    # control bytes is not UTF-16 (its newlines and spaces would show).
    suspect = looks_binary(data)
    head = data[:_WIDE_SAMPLE]
    wide = plausible_wide(data) if suspect or 0 in head or len(data) < _SHORT else []
    if suspect and not wide:
        raise BinaryInputError("input looks like binary data, not text")
    start = first_high_byte(data)
    if start == len(data) and not wide:
        ascii_only = _Decision(codec="ascii", detector=Detector.ASCII, confidence=1.0, chinese=False)
        if b"\x1b" in data:  # ISO-2022 escapes: Japanese or Korean in 7 bits
            return _not_chinese(data, decl, ascii_only)
        return ascii_only
    if not wide:
        structure = utf8_structure(data)
        if (
            structure is not None
            and structure.sequences >= _UTF8_MIN_SEQUENCES
            and structure.errors * _UTF8_ERRORS_PER <= structure.sequences
        ):
            lo, hi = evidence_window(data, max(0, start - _CONTEXT), _SAMPLE_HIGH_BYTES, _SAMPLE_MAX_SPAN)
            chinese = reads_as_chinese(read(data[lo:hi], "utf-8", final=hi == len(data)))
            return _Decision(codec="utf-8", detector=Detector.UTF8, confidence=1.0, chinese=chinese,
                             evidence=Span(start=lo, end=hi),
                             text=structure.text if structure.strict else None)
    return _chinese_model(data, start, wide, decl)


def _analyse(data: bytes, caller: Declaration | None) -> tuple[EncodingGuess, str]:
    check_size(len(data))
    decl = caller if caller is not None else page_declaration(data)
    if not data:
        guess = EncodingGuess(
            encoding="utf-8", confidence=1.0, detector=Detector.EMPTY,
            declared=decl.label if decl else None, declared_codec=decl.codec if decl else None,
        )
        return guess, ""
    d = _decide(data, decl)
    undecodable: list[UndecodableSpan]
    if d.bom:
        text, undecodable = decode_recording(data[d.bom:], d.body_codec, d.bom)
        name, family_codec = d.codec, d.body_codec
    elif d.text is not None:
        name, text, undecodable, family_codec = d.codec, d.text, [], d.codec
    else:
        name, text, undecodable = _decode_named(data, d.codec)
        if undecodable:
            d.codec, text, undecodable = _widen(data, d.codec, text, undecodable)
            name = d.codec
        damage = foreign_runs(data, d.codec, bool(undecodable)) + out_of_step(data, d.codec)
        if damage:
            text, undecodable = decode_around(data, d.codec, damage)
            name = d.codec
        family_codec = d.codec
    guess = EncodingGuess(
        encoding=name,
        confidence=round(min(1.0, max(0.0, d.confidence)), 6),
        detector=d.detector,
        chinese=d.chinese,
        bom=bool(d.bom),
        declared=decl.label if decl else None,
        declared_codec=decl.codec if decl else None,
        declared_consistent=_consistent(decl, family_codec, data, text),
        evidence=d.evidence,
        candidates=d.candidates,
        undecodable=undecodable,
    )
    if guess.declared_consistent is False:
        logger.info("declared charset %s disagrees with the bytes; using %s",
                    decl.label if decl else "", name)
    return guess, text


def _check_bytes(data: object) -> bytes:
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError(f"expected bytes, got {type(data).__name__}; pass the raw file content")
    return data


def detect_encoding(data: bytes) -> EncodingGuess:
    """Detect the encoding of raw bytes, returning the evidence.

    Args:
        data: The raw bytes of a scraped page or text file.

    Returns:
        An :class:`~aidparse.models.EncodingGuess`: the codec, the detector
        that decided, a confidence, whether the text reads as Chinese, the
        declared charset if any, the ranked candidates and the undecodable
        byte ranges.

    Raises:
        BinaryInputError: The bytes are clearly not text.
        InputTooLargeError: The input exceeds the size limit.

    Examples:
        >>> detect_encoding("对口援疆工作".encode("gbk")).encoding
        'gb2312'
        >>> detect_encoding("對口援疆工作".encode("big5")).encoding
        'big5'
        >>> guess = detect_encoding(b"\\xef\\xbb\\xbf" + "援疆".encode("utf-8"))
        >>> guess.encoding, guess.detector.value
        ('utf-8-sig', 'bom')
    """
    return _analyse(_check_bytes(data), None)[0]


def decode(data: bytes, *, encoding: str | None = None) -> DecodedText:
    """Decode raw bytes to text, detecting the encoding.

    Bytes that cannot be decoded become U+FFFD and their byte ranges are listed
    in ``result.encoding.undecodable``; nothing is dropped silently.

    Args:
        data: The raw bytes.
        encoding: A charset the caller believes in, as a web encoding label
            (``"gbk"``, ``"big5"``, ``"utf-8"``, ``"windows-1252"`` ...). It
            is checked against the bytes like a ``<meta charset>`` and
            overruled when they disagree.

    Raises:
        BinaryInputError: The bytes are clearly not text.
        UnknownEncodingError: ``encoding`` names no web text encoding.

    Examples:
        >>> decode("援疆资金420余万元".encode("gb18030")).text
        '援疆资金420余万元'
        >>> decode(b"").text
        ''
    """
    raw = _check_bytes(data)
    caller = None
    if encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError("encoding must be a codec name such as 'gbk', or None")
        caller = caller_declaration(encoding)
    guess, text = _analyse(raw, caller)
    return DecodedText(text=text, encoding=guess)
