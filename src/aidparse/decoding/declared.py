"""Declared charsets: what a page says about itself, and what a caller says about it.

A page declares its charset in ``<meta charset>``, in an ``http-equiv``
``Content-Type`` meta tag, or in an XML declaration; a caller passes
``encoding=``. Either way the label is checked against the web's encoding
labels (:mod:`aidparse.decoding.labels`). A page's unknown label is ignored
(and reported); a caller's unknown label is an error the caller can act on.
"""

from __future__ import annotations

import functools
import re

from aidparse._record import record
from aidparse.decoding.labels import web_codec
from aidparse.errors import UnknownEncodingError

__all__ = ["Declaration", "caller_declaration", "page_declaration"]

#: How far into the page a declaration is looked for.
_SCAN_BYTES = 4096


@functools.cache
def _declaration_pattern() -> re.Pattern[bytes]:
    return re.compile(
        rb"""
        <meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<meta>[A-Za-z0-9_.:\-]{1,40})   # <meta charset>, http-equiv
        | <\?xml[^>]{0,200}?encoding\s*=\s*["'](?P<xml>[A-Za-z0-9_.:\-]{1,40})    # XML declaration
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@record
class Declaration:
    """A declared charset: the label as written and the codec it means (``None``: no web encoding)."""

    label: str
    codec: str | None
    by_caller: bool = False


def page_declaration(data: bytes) -> Declaration | None:
    """The charset the page declares in its first bytes, if any.

    As the Encoding Standard's prescan says, a page that declares UTF-16 in
    ASCII bytes is not UTF-16 (a UTF-16 page's tags would be in UTF-16): the
    declaration is read as UTF-8; ``x-user-defined`` is read as windows-1252.

    Examples:
        >>> page_declaration(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
        Declaration(label='gb2312', codec='gb18030', by_caller=False)
        >>> page_declaration(b"<meta charset=rot13>").codec is None
        True
        >>> page_declaration(b"<html>") is None
        True
    """
    m = _declaration_pattern().search(data, 0, _SCAN_BYTES)
    if m is None:
        return None
    label = (m.group("meta") or m.group("xml")).decode("ascii").lower()
    codec = web_codec(label)
    if codec in ("utf-16-le", "utf-16-be"):
        codec = "utf-8"
    elif codec is None and label == "x-user-defined":
        codec = "cp1252"
    return Declaration(label=label, codec=codec)


def caller_declaration(encoding: str) -> Declaration:
    """The caller's ``encoding=`` argument, checked against the web's encoding labels.

    Raises:
        UnknownEncodingError: The name is no web text encoding (``rot13``,
            ``hex``, ``utf-7``, a typo ...).

    Examples:
        >>> caller_declaration("GBK").codec
        'gb18030'
        >>> caller_declaration("rot13")
        Traceback (most recent call last):
        ...
        aidparse.errors.UnknownEncodingError: 'rot13' is not a web text encoding (see the WHATWG ...
    """
    codec = web_codec(encoding)
    if codec is None:
        raise UnknownEncodingError(
            f"{encoding!r} is not a web text encoding (see the WHATWG Encoding Standard's labels)"
        )
    return Declaration(label=encoding.strip().lower(), codec=codec, by_caller=True)
