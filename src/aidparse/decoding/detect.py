"""Encoding detection that knows it is looking for Chinese, and knows when it is not.

The evidence, strongest first (each kind has its own module):

1. a byte-order mark (:mod:`~aidparse.decoding.bom`);
2. NUL bytes where UTF-16/32 put them (:mod:`~aidparse.decoding.wide`);
3. pure ASCII, and UTF-8 by structure — valid multi-byte sequences with at
   most one error per ten of them, whatever the language
   (:mod:`~aidparse.decoding.sniff`);
4. the Chinese character model (:mod:`~aidparse.decoding.chinese`,
   ranked in :mod:`~aidparse.decoding.rank`): UTF-8, GB18030, Big5,
   Big5-HKSCS and BOM-less UTF-16 when it reads as Chinese decode a sample
   taken where the non-ASCII bytes are, and are ranked by log-likelihood per
   byte, errors penalised in proportion; a declared charset
   (:mod:`~aidparse.decoding.declared`) adds a prior to its codec;
5. when the best reading is not Chinese: a declared charset that decodes
   cleanly, else charset-normalizer (:mod:`~aidparse.decoding.fallback`).

The chosen codec then decodes the whole input
(:mod:`~aidparse.decoding.recording`); undecodable sequences, runs of another
encoding inside a GB or Big5 page (:mod:`~aidparse.decoding.foreign`) and a
stray byte in UTF-16 (:mod:`~aidparse.decoding.realign`) stand as U+FFFD with
their byte ranges recorded; the codec is named by the narrowest of its
family that reads the bytes alike (:mod:`~aidparse.decoding.naming`).
Declared labels are checked against the web's list
(:mod:`~aidparse.decoding.labels`).
"""

from __future__ import annotations

import logging

from aidparse.decoding.bom import sniff_bom
from aidparse.decoding.chinese import read, reads_as_chinese
from aidparse.decoding.decision import Decision
from aidparse.decoding.declared import Declaration, caller_declaration, page_declaration
from aidparse.decoding.fallback import not_chinese
from aidparse.decoding.foreign import foreign_runs
from aidparse.decoding.labels import codec_family
from aidparse.decoding.naming import decode_named, widen
from aidparse.decoding.rank import CONTEXT, SAMPLE_HIGH_BYTES, SAMPLE_MAX_SPAN, WIDE_SAMPLE, rank_readings
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
from aidparse.models import DecodedText, Detector, EncodingGuess, Span, UndecodableSpan

__all__ = ["decode", "detect_encoding"]

logger = logging.getLogger(__name__)

#: Inputs shorter than this are tried as BOM-less UTF-16 even without NULs or control bytes.
_SHORT = 1024
#: UTF-8 by structure: at least this many valid multi-byte characters, and at
#: most one error per ``_UTF8_ERRORS_PER`` of them.
_UTF8_MIN_SEQUENCES = 16
_UTF8_ERRORS_PER = 10


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


def _decide(data: bytes, decl: Declaration | None) -> Decision:
    """Which codec reads ``data``, on what evidence."""
    bom = sniff_bom(data)
    if bom is not None:
        size, body, whole = bom
        chinese = reads_as_chinese(read(data[size : size + WIDE_SAMPLE], body, final=False))
        return Decision(codec=whole, detector=Detector.BOM, confidence=1.0, chinese=chinese, bom=size,
                         body_codec=body)
    if binary_signature(data):
        raise BinaryInputError("input starts like a binary file (PDF, zip, image ...), not text")
    pattern = nul_pattern(data)
    if pattern is not None:
        chinese = reads_as_chinese(read(data[:WIDE_SAMPLE], pattern, final=False))
        return Decision(codec=pattern, detector=Detector.NUL_PATTERN, confidence=1.0, chinese=chinese)
    # UTF-16 text without ASCII has no NULs; a long input without NULs or
    # control bytes is not UTF-16 (its newlines and spaces would show).
    suspect = looks_binary(data)
    head = data[:WIDE_SAMPLE]
    wide = plausible_wide(data) if suspect or 0 in head or len(data) < _SHORT else []
    if suspect and not wide:
        raise BinaryInputError("input looks like binary data, not text")
    start = first_high_byte(data)
    if start == len(data) and not wide:
        ascii_only = Decision(codec="ascii", detector=Detector.ASCII, confidence=1.0, chinese=False)
        if b"\x1b" in data:  # ISO-2022 escapes: Japanese or Korean in 7 bits
            return not_chinese(data, decl, ascii_only)
        return ascii_only
    if not wide:
        structure = utf8_structure(data)
        if (
            structure is not None
            and structure.sequences >= _UTF8_MIN_SEQUENCES
            and structure.errors * _UTF8_ERRORS_PER <= structure.sequences
        ):
            lo, hi = evidence_window(data, max(0, start - CONTEXT), SAMPLE_HIGH_BYTES, SAMPLE_MAX_SPAN)
            chinese = reads_as_chinese(read(data[lo:hi], "utf-8", final=hi == len(data)))
            return Decision(codec="utf-8", detector=Detector.UTF8, confidence=1.0, chinese=chinese,
                             evidence=Span._trusted(lo, hi),
                             text=structure.text if structure.strict else None)
    return rank_readings(data, start, wide, decl)


def _analyse(data: bytes, caller: Declaration | None) -> tuple[EncodingGuess, str]:
    check_size(len(data))
    decl = caller if caller is not None else page_declaration(data)
    if not data:
        guess = EncodingGuess.model_construct(
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
        name, text, undecodable = decode_named(data, d.codec)
        if undecodable:
            d.codec, text, undecodable = widen(data, d.codec, text, undecodable)
            name = d.codec
        damage = foreign_runs(data, d.codec, bool(undecodable)) + out_of_step(data, d.codec)
        if damage:
            text, undecodable = decode_around(data, d.codec, damage)
            name = d.codec
        family_codec = d.codec
    guess = EncodingGuess.model_construct(
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
    return DecodedText.model_construct(text=text, encoding=guess)
