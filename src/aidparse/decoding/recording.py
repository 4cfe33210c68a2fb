"""Decoding that records what it could not decode.

Each undecodable byte sequence becomes one U+FFFD, exactly as Python's
``errors="replace"`` does, and its byte range is recorded. Ranges already
known to be damage (bytes of another encoding, a byte out of step) are left
out of the decoding and stand as one U+FFFD each.
"""

from __future__ import annotations

import codecs
import contextvars
import functools

from aidparse.errors import BinaryInputError
from aidparse.models import UndecodableSpan

__all__ = ["decode_around", "decode_recording"]

#: More undecodable ranges than this in one input are not damage but binary data
#: (each range is a record; a page with damaged bytes has a handful).
MAX_RANGES = 100_000

_SPANS: contextvars.ContextVar[list[tuple[int, int]]] = contextvars.ContextVar("aidparse_bad_spans")


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):  # pragma: no cover - registered for decoding only
        raise exc
    _SPANS.get().append((exc.start, exc.end))
    return "\ufffd", exc.end


@functools.cache
def _error_handler() -> str:
    """Register (once, on first use) the codec error handler that records spans."""
    codecs.register_error("aidparse.record", _record_error)
    return "aidparse.record"


def decode_recording(data: bytes, codec: str, offset: int = 0) -> tuple[str, list[UndecodableSpan]]:
    """Decode like ``errors="replace"``, returning the byte ranges replaced (shifted by ``offset``).

    Examples:
        >>> decode_recording(b"ab\\xffc", "utf-8")
        ('ab\\ufffdc', [UndecodableSpan(start=2, end=3, kind=<ByteDamage.INVALID: 'invalid'>, reads_as=None)])
    """
    try:
        return data.decode(codec), []
    except UnicodeDecodeError:
        pass
    bad: list[tuple[int, int]] = []
    token = _SPANS.set(bad)
    try:
        text = data.decode(codec, errors=_error_handler())
    finally:
        _SPANS.reset(token)
    if len(bad) > MAX_RANGES:
        raise BinaryInputError(
            f"{len(bad)} byte sequences are undecodable as {codec}: the input is not text"
        )
    return text, [UndecodableSpan._trusted(s + offset, e + offset) for s, e in bad]


def decode_around(
    data: bytes, codec: str, damage: list[UndecodableSpan]
) -> tuple[str, list[UndecodableSpan]]:
    """Decode the bytes between the ``damage`` ranges (sorted, disjoint); each stands as one U+FFFD.

    Examples:
        >>> from aidparse.models import ByteDamage
        >>> span = UndecodableSpan(start=2, end=5, kind=ByteDamage.FOREIGN, reads_as="utf-8")
        >>> decode_around(b"ab\\xe6\\x8f\\xb4cd", "gb18030", [span])[0]
        'ab\\ufffdcd'
    """
    parts: list[str] = []
    spans: list[UndecodableSpan] = []
    pos = 0
    for span in damage:
        text, bad = decode_recording(data[pos:span.start], codec, pos)
        parts += [text, "\ufffd"]
        spans += [*bad, span]
        pos = span.end
    text, bad = decode_recording(data[pos:], codec, pos)
    parts.append(text)
    spans += bad
    return "".join(parts), spans
