"""Byte-order marks: the one piece of evidence that decides outright."""

from __future__ import annotations

import codecs

__all__ = ["sniff_bom"]

#: (mark, codec of the bytes after it, Python codec that reads mark and text alike).
#: Longest first: a UTF-32 LE mark starts like a UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def sniff_bom(data: bytes) -> tuple[int, str, str] | None:
    """The byte-order mark ``data`` starts with: its length, the codec after it, the codec with it.

    The last name decodes the whole input, mark included, to the same text as
    the middle one decodes the bytes after the mark.

    Examples:
        >>> sniff_bom(b"\\xef\\xbb\\xbf\\xe6\\x8f\\xb4")
        (3, 'utf-8', 'utf-8-sig')
        >>> sniff_bom(b"\\xff\\xfe\\x00\\x00")
        (4, 'utf-32-le', 'utf-32')
        >>> sniff_bom(b"abc") is None
        True
    """
    for mark, body, whole in _BOMS:
        if data.startswith(mark):
            return len(mark), body, whole
    return None
