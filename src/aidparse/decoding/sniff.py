"""Cheap byte-level facts: binary signatures, where the non-ASCII evidence is, UTF-8 structure."""

from __future__ import annotations

import functools
import re

from aidparse._record import record

__all__ = [
    "Utf8Structure", "binary_signature", "evidence_window", "first_high_byte", "looks_binary",
    "utf8_structure",
]

#: Signatures of common binary formats scrapers download by mistake.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
    b"\x1f\x8b", b"\x7fELF", b"BZh", b"\xd0\xcf\x11\xe0", b"MZ",
)
#: C0 controls that text does not contain (NUL included; tab, newlines, form feed, and
#: the shift and escape codes of ISO-2022 excluded).
_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c\x0e\x0f\x1b")
_HIGH = bytes(range(0x80, 0x100))
#: Share of control bytes in the head above which bytes are binary, not text.
_MAX_CONTROL_SHARE = 0.05
_HEAD = 4096
#: Multi-byte characters beyond which valid UTF-8 is not counted exactly (a lower bound will do).
_ENOUGH = 64


def binary_signature(data: bytes) -> bool:
    """Whether ``data`` starts like a common binary format (PDF, zip, PNG, JPEG, gzip ...).

    >>> binary_signature(b"%PDF-1.7"), binary_signature(b"PK\\x03\\x04"), binary_signature(b"<html>")
    (True, True, False)
    """
    return data.startswith(_BINARY_MAGIC)


def looks_binary(data: bytes) -> bool:
    """More control bytes than any text has (NUL included).

    Meaningful only when no byte-order mark, no UTF-16/32 NUL pattern and no
    Chinese UTF-16 reading explains them (UTF-16 text has control bytes in
    the low bytes of its characters).

    Examples:
        >>> looks_binary(bytes(range(256))), looks_binary("援疆\\x00".encode())
        (True, False)
    """
    head = data[:_HEAD]
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > _MAX_CONTROL_SHARE * len(head) and controls > 1


def first_high_byte(data: bytes) -> int:
    """Offset of the first byte >= 0x80, or ``len(data)`` when there is none.

    >>> first_high_byte(b"<html>\\xe6\\x8f\\xb4"), first_high_byte(b"abc")
    (6, 3)
    """
    m = _high_pattern().search(data)
    return len(data) if m is None else m.start()


@functools.cache
def _high_pattern() -> re.Pattern[bytes]:
    return re.compile(rb"[\x80-\xff]")


def evidence_window(data: bytes, start: int, high_bytes: int, max_span: int) -> tuple[int, int]:
    """The byte range from ``start`` holding at least ``high_bytes`` non-ASCII bytes (at most ``max_span``).

    Skipping the ASCII before ``start`` (markup, scripts) puts the evidence
    where the text is: a Big5 body after any length of head is judged on its
    Chinese, not on the head. The range grows in steps of ``high_bytes``
    bytes, so it may hold up to twice as many.

    >>> evidence_window(b"<p>" + "援疆".encode("gbk") * 100, 3, 8, 1000)
    (3, 11)
    """
    end = min(len(data), start + max_span)
    pos, seen = start, 0
    while pos < end:
        chunk = data[pos : min(end, pos + high_bytes)]
        seen += len(chunk) - len(chunk.translate(None, _HIGH))
        pos += len(chunk)
        if seen >= high_bytes:
            break
    return start, pos


@record
class Utf8Structure:
    """How much of the non-ASCII content forms valid UTF-8."""

    sequences: int
    errors: int
    text: str

    @property
    def strict(self) -> bool:
        return self.errors == 0


def utf8_structure(data: bytes, head: int = 1024) -> Utf8Structure | None:
    """Decode as UTF-8 (bad sequences as U+FFFD), counting valid multi-byte characters and errors.

    Returns ``None`` without decoding the rest when the first ``head`` bytes
    already show more errors than valid multi-byte characters (a GBK or Big5
    page): UTF-8 by structure needs a large majority of valid sequences.

    >>> s = utf8_structure("援疆".encode() + b"\\xff")
    >>> s.sequences, s.errors
    (2, 1)
    >>> utf8_structure("援疆工作".encode("gbk")) is None
    True
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # each multi-byte character is 2-4 bytes and one character: a long
        # text need not be counted byte by byte
        extra = len(data) - len(text)
        sequences = extra // 3 if extra >= 3 * _ENOUGH else len(text) - len(data.translate(None, _HIGH))
        return Utf8Structure(sequences=sequences, errors=0, text=text)
    if len(data) > head:
        first = _count(data[:head], data[:head].decode("utf-8", errors="replace"))
        if first.errors > first.sequences:
            return None
    result = _count(data, data.decode("utf-8", errors="replace"))
    return result if result.errors <= result.sequences else None


def _count(data: bytes, text: str) -> Utf8Structure:
    errors = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    ascii_bytes = len(data.translate(None, _HIGH))
    return Utf8Structure(sequences=len(text) - ascii_bytes - errors, errors=errors, text=text)
