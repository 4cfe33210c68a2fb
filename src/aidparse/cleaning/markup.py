"""HTML residue and invisible characters.

>>> from aidparse.cleaning.edits import apply_edits
>>> apply_edits("就业。</p>", find_html("就业。</p>"))
'就业。'
"""

from __future__ import annotations

import html

from aidparse._lazy import DOTALL, IGNORECASE, VERBOSE, lazy_regex
from aidparse.cleaning.edits import Edit

__all__ = ["find_html", "find_invisible"]

_HTML = lazy_regex(
    r"""
      (?P<comment><!--.*?-->)                                  # comments
    | (?P<block><(?P<name>head|script|style|noscript)\b[^>]*>.*?</(?P=name)\s*>)  # never article text
    | (?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)        # whole tags: </p> <a href=..> <br/>
    | (?P<broken>(?<![<\w])/(?:p|a|div|span|li|ul|ol|b|i|em|strong|font|td|tr)>)  # tag whose '<' was lost
    | (?P<object>\[object\s+[A-Za-z]+\])                      # [object HTMLUListElement]
    | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});)  # &nbsp; &#12288;
    """,
    VERBOSE | DOTALL | IGNORECASE,
)

#: Entities whose character is itself just layout: removed, not replaced.
_BLANK_ENTITIES = frozenset("\u00a0\u3000\u200b\u2002\u2003\u2009")


def find_html(text: str) -> list[Edit]:
    """Tags, comments, head/script/style blocks, stray ``/p>``, ``[object ...]``, entities.

    Entities become their character (a repair), except layout spaces, which
    are removed.

    >>> from aidparse.cleaning.edits import apply_edits
    >>> apply_edits("&quot;援疆&quot;&nbsp;<br/>[object HTMLUListElement]",
    ...             find_html("&quot;援疆&quot;&nbsp;<br/>[object HTMLUListElement]"))
    '"援疆"'
    """
    edits = []
    for m in _HTML.finditer(text):
        if m.group("block"):
            edits.append(Edit(m.start(), m.end(), reason="html-block"))
        elif m.group("entity"):
            char = html.unescape(m.group())
            if char == m.group():  # unknown entity: leave it
                continue
            if char in _BLANK_ENTITIES:
                edits.append(Edit(m.start(), m.end(), reason="html-entity"))
            else:
                edits.append(Edit(m.start(), m.end(), char, reason="html-entity"))
        else:
            edits.append(Edit(m.start(), m.end(), reason="html-tag"))
    return edits


_INVISIBLE = lazy_regex(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE = lazy_regex(r"[\u00a0\u2002-\u200a\u202f\u205f]")


def find_invisible(text: str) -> list[Edit]:
    """Zero-width characters go; odd spaces become ordinary spaces.

    >>> from aidparse.cleaning.edits import apply_edits
    >>> apply_edits("援\\u200b疆\\u00a0工作", find_invisible("援\\u200b疆\\u00a0工作"))
    '援疆 工作'
    """
    edits = [Edit(m.start(), m.end(), reason="zero-width") for m in _INVISIBLE.finditer(text)]
    edits += [
        Edit(m.start(), m.end(), " ", reason="space")
        for m in _ODD_SPACE.finditer(text)
    ]
    return edits
