"""Charset labels: which names a page or a caller may give, and the codec each one means.

The whitelist is the WHATWG Encoding Standard's label table
(``data/encodings.tsv``, built by ``scripts/build_encodings.py``): the
encodings a web page can be in. Python knows many more codecs, some of which
are not text encodings at all (``hex``, ``rot13``, ``base64``) or are unsafe to
honour from untrusted input (``utf-7``, ``unicode_escape``, ``idna``); a
label outside the table names no web text encoding.
"""

from __future__ import annotations

import codecs
import functools

from aidparse._resources import read_tsv

__all__ = ["codec_family", "web_codec"]


@functools.cache
def _labels() -> dict[str, str]:
    """Label -> Python codec ('' for the encodings that decode no text)."""
    return {row["label"]: row["codec"] for row in read_tsv("encodings.tsv")}


@functools.cache
def _codecs() -> frozenset[str]:
    return frozenset(codec for codec in _labels().values() if codec)


def _python_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return None


@functools.cache
def web_codec(label: str) -> str | None:
    """The Python codec a charset label means, or ``None`` when it is no web text encoding.

    Labels match as the Encoding Standard says (ASCII case-insensitive, spaces
    trimmed); Python's own spellings of the same codecs (``utf_8``,
    ``latin-1``, ``cp936``) are accepted too.

    Examples:
        >>> web_codec("GB2312"), web_codec(" utf8 "), web_codec("euc_kr"), web_codec("latin-1")
        ('gb18030', 'utf-8', 'cp949', 'cp1252')
        >>> [web_codec(x) for x in ("rot13", "hex", "utf-7", "unicode_escape", "idna", "hz-gb-2312")]
        [None, None, None, None, None, None]
    """
    key = label.strip().lower()
    if not key.isascii():
        return None
    table = _labels()
    for name in (key, key.replace("_", "-")):
        if name in table:
            return table[name] or None
    canonical = _python_name(key)
    if canonical is None:
        return None
    for name in (canonical, canonical.replace("_", "-")):
        if name in table:
            return table[name] or None
    return canonical if canonical in _codecs() else None


#: Codecs that decode the same bytes alike except where one is wider; the
#: narrowest that reproduces a text names it.
_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("ascii", "utf-8"),
    ("gb2312", "gbk", "gb18030"),
    ("big5", "cp950", "big5hkscs"),
    ("shift_jis", "cp932"),
    ("euc_kr", "cp949"),
    ("ascii", "cp1252"),
)


@functools.cache
def codec_family(codec: str) -> tuple[str, ...]:
    """The codecs of ``codec``'s family, narrowest first (just ``codec`` when it has none).

    >>> codec_family("gbk"), codec_family("koi8-r")
    (('gb2312', 'gbk', 'gb18030'), ('koi8-r',))
    """
    name = _python_name(codec) or codec
    for family in _FAMILIES:
        if name in family and name != "ascii":
            return family
    return (name,)
