"""Encoding detection that knows it is looking for Chinese.

Every candidate encoding decodes the bytes; the candidates that decode are
ranked by how likely their text is under a Chinese character model
(log-probabilities from ``data/charfreq.tsv``), measured per byte so that
encodings spending different numbers of bytes per character compare fairly.
Byte-order marks decide outright; a declared charset (``<meta charset>``,
``http-equiv``, an XML declaration or the caller's ``encoding=``) is evidence
that wins only when the bytes agree with it.
"""

from __future__ import annotations

import codecs
import collections
import contextvars
import functools
import logging
import math

from aidparse._charmodel import char_logp
from aidparse._lazy import IGNORECASE, VERBOSE, lazy_regex_bytes
from aidparse.errors import BinaryInputError, UnknownEncodingError, check_size
from aidparse.models import DecodedText, EncodingCandidate, EncodingGuess, Span

__all__ = ["decode", "detect_encoding"]

logger = logging.getLogger(__name__)

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of common binary formats scrapers download by mistake.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
    b"\x1f\x8b", b"\x7fELF", b"BZh", b"\xd0\xcf\x11\xe0", b"MZ",
)

#: Candidate codecs in order of preference when two decode to the same text.
_CANDIDATES: tuple[str, ...] = (
    "utf-8", "gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
)

#: Declared names folded onto the candidate that decodes a superset.
_FAMILY = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz": "gb18030",
    "big5": "big5", "cp950": "big5", "big5hkscs": "big5hkscs",
    "utf-8": "utf-8", "utf-16": "utf-16-le", "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be",
}

_DECLARED = lazy_regex_bytes(
    rb"""
    <meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<name>[A-Za-z0-9_\-]+)   # <meta charset> / http-equiv
    | <\?xml[^>]{0,200}?encoding\s*=\s*["'](?P<name>[A-Za-z0-9_\-]+)   # XML declaration
    """,
    IGNORECASE | VERBOSE,
)

#: How many characters of each decoding are scored (enough to separate
#: candidates; keeps detection linear and fast on big inputs).
_SCORE_CHARS = 1500
#: Nats per byte a declared charset may trail the best candidate and still win.
_DECLARED_MARGIN = 0.35
#: Prior against encodings rarely met without a BOM, in nats per byte.
_PRIOR = {"utf-16-le": 0.25, "utf-16-be": 0.25, "utf-32-le": 1.0, "utf-32-be": 1.0}


@functools.cache
def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise UnknownEncodingError(f"unknown encoding {name!r}") from exc


def _score(text: str, nbytes: int) -> float:
    """Mean log-probability per byte of ``text`` (decoded from ``nbytes`` bytes)."""
    total = 0.0
    for ch, n in collections.Counter(text).items():
        total += n * char_logp(ch)
    return total / max(nbytes, 1)


_BAD_SPANS: contextvars.ContextVar[list[Span]] = contextvars.ContextVar("aidparse_bad_spans")


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _BAD_SPANS.get().append(Span(start=exc.start, end=exc.end))
    return "\ufffd", exc.end


@functools.cache
def _error_handler() -> str:
    """Register (once, on first use) the codec error handler that records spans."""
    codecs.register_error("aidparse.record", _record_error)
    return "aidparse.record"


def _decode_recording(data: bytes, encoding: str) -> tuple[str, list[Span]]:
    """Decode, replacing bad sequences with U+FFFD and recording their byte spans."""
    bad: list[Span] = []
    token = _BAD_SPANS.set(bad)
    try:
        text = data.decode(encoding, errors=_error_handler())
    finally:
        _BAD_SPANS.reset(token)
    return text, bad


def _narrowest_gb(text: str) -> str:
    """Report gb2312 or gbk when the text stays inside them."""
    for name in ("gb2312", "gbk"):
        try:
            text.encode(name)
        except UnicodeEncodeError:
            continue
        return name
    return "gb18030"


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None
    try:
        return _codec_name(m.group("name").decode("ascii").lower())
    except UnknownEncodingError:
        logger.debug("ignoring unknown declared charset %r", m.group("name"))
        return None


def _looks_binary(data: bytes) -> bool:
    """Binary signatures, or NUL bytes that no UTF-16/32 reading explains."""
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:4096]
    if 0 not in sample:
        return False
    for name in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        unit = 4 if "32" in name else 2
        chunk = sample[: len(sample) - len(sample) % unit]
        try:
            text = chunk.decode(name)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 0x20 and ch not in "\t\n\r")
        if controls * 20 <= len(text):
            return False
    return True


def _candidate_list(data: bytes) -> list[str]:
    out = ["utf-8", "gb18030", "big5", "big5hkscs"]
    if len(data) % 2 == 0:
        out += ["utf-16-le", "utf-16-be"]
    if len(data) % 4 == 0 and data.count(0) * 3 >= len(data):
        out += ["utf-32-le", "utf-32-be"]
    return out


def _evaluate(data: bytes, encoding: str) -> tuple[EncodingCandidate, str]:
    """Decode with one candidate and score the result (errors only counted)."""
    try:
        text = data.decode(encoding)
        errors = 0
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        errors = max(1, text.count("\ufffd"))
    head = text[:_SCORE_CHARS]
    nbytes = len(data) if len(head) == len(text) else len(head.encode(encoding, "replace"))
    rate = _score(head, nbytes) - _PRIOR.get(encoding, 0.0)
    cand = EncodingCandidate(encoding=encoding, score=round(rate * len(data), 3),
                             strict=errors == 0, errors=errors)
    return cand, text


def _analyse(data: bytes, declared_arg: str | None) -> tuple[EncodingGuess, str]:
    check_size(len(data))
    if not data:
        return EncodingGuess(encoding="utf-8", confidence=1.0, declared=declared_arg), ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text, bom_bad = _decode_recording(data[len(bom):], name)
            return EncodingGuess(
                encoding=name, confidence=1.0, bom=True, declared=declared_arg,
                declared_consistent=None if declared_arg is None
                else _FAMILY.get(declared_arg, declared_arg) == name,
                undecodable=[Span(start=s.start + len(bom), end=s.end + len(bom))
                             for s in bom_bad],
            ), text
    if _looks_binary(data):
        raise BinaryInputError("input looks like binary data, not text")

    declared = declared_arg or _declared(data)
    names = _candidate_list(data)
    declared_family = _FAMILY.get(declared, declared) if declared else None
    if declared_family and declared_family not in names:
        names.append(declared_family)

    # Fast path: long valid UTF-8 with real multi-byte content is UTF-8.
    if declared_family in (None, "utf-8") and len(data) >= 256:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if sum(1 for b in data[:4096] if b >= 0xC0) >= 16 or text.isascii():
                cand = EncodingCandidate(encoding="utf-8", score=0.0, strict=True, errors=0)
                return EncodingGuess(
                    encoding="utf-8", confidence=1.0, declared=declared,
                    declared_consistent=None if declared is None else True,
                    candidates=[cand],
                ), text

    evaluated: dict[str, tuple[EncodingCandidate, str]] = {}
    seen_texts: set[str] = set()
    for name in names:
        cand, text = _evaluate(data, name)
        if text in seen_texts:  # identical decoding: keep the preferred codec
            continue
        seen_texts.add(text)
        evaluated[name] = (cand, text)

    def rank(name: str) -> tuple[int, float]:
        cand = evaluated[name][0]
        return (-cand.errors, cand.score)

    ranked = sorted(evaluated, key=rank, reverse=True)
    best = ranked[0]
    consistent: bool | None = None
    if declared_family is not None:
        if declared_family in evaluated:
            dcand = evaluated[declared_family][0]
            bcand = evaluated[best][0]
            margin = _DECLARED_MARGIN * len(data)
            consistent = dcand.errors <= bcand.errors and dcand.score >= bcand.score - margin
            if consistent:
                best = declared_family
        else:  # decoded to the same text as a preferred codec
            consistent = True
        if not consistent:
            logger.info("declared charset %s disagrees with the bytes; using %s", declared, best)

    # Confidence: softmax over per-candidate log-likelihoods (strict ones only,
    # unless none is strict).
    pool = [n for n in ranked if evaluated[n][0].strict] or ranked
    scores = [evaluated[n][0].score for n in pool]
    top = evaluated[best][0].score
    denom = sum(math.exp(max(s - top, -700.0)) for s in scores)
    confidence = 1.0 / denom if best in pool else 0.0
    cand, text = evaluated[best]
    bad: list[Span] = []
    if not cand.strict:
        text, bad = _decode_recording(data, best)
    encoding = _narrowest_gb(text) if best == "gb18030" else best
    return EncodingGuess(
        encoding=encoding,
        confidence=round(min(1.0, confidence), 6),
        declared=declared,
        declared_consistent=consistent,
        candidates=[evaluated[n][0] for n in ranked],
        undecodable=bad,
    ), text


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
        An :class:`~aidparse.models.EncodingGuess` with the chosen codec, a
        confidence, the byte-order mark and declared charset if any, and the
        ranked candidates with their scores.

    Raises:
        BinaryInputError: The bytes are clearly not text.
        InputTooLargeError: The input exceeds the size limit.

    Examples:
        >>> detect_encoding("对口援疆工作".encode("gbk")).encoding
        'gb2312'
        >>> detect_encoding("對口援疆工作".encode("big5")).encoding
        'big5'
        >>> detect_encoding(b"\\xef\\xbb\\xbf" + "援疆".encode("utf-8")).bom
        True
    """
    return _analyse(_check_bytes(data), None)[0]


def decode(data: bytes, *, encoding: str | None = None) -> DecodedText:
    """Decode raw bytes to text, detecting the encoding.

    Bytes that cannot be decoded become U+FFFD and their byte ranges are listed
    in ``result.encoding.undecodable``; nothing is dropped silently.

    Args:
        data: The raw bytes.
        encoding: A charset the caller believes in. It is checked against the
            bytes like a ``<meta charset>`` and overruled when they disagree.

    Raises:
        BinaryInputError: The bytes are clearly not text.
        UnknownEncodingError: ``encoding`` names no known codec.

    Examples:
        >>> decode("援疆资金420余万元".encode("gb18030")).text
        '援疆资金420余万元'
        >>> decode(b"").text
        ''
    """
    raw = _check_bytes(data)
    declared = None
    if encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError("encoding must be a codec name such as 'gbk', or None")
        declared = _codec_name(encoding.lower())
    guess, text = _analyse(raw, declared)
    return DecodedText(text=text, encoding=guess)
