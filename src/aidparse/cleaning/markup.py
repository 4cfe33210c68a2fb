"""HTML residue, invisible and control characters, and what no text can hold.

>>> from aidparse.cleaning.edits import apply_changes
>>> apply_changes("就业。</p>", find_html("就业。</p>"))
'就业。'
"""

from __future__ import annotations

import html

from aidparse._lazy import DOTALL, IGNORECASE, VERBOSE, lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_html", "find_invisible", "replace_surrogates"]

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
#: Invisible controls: bidirectional embeddings, overrides and isolates, directional marks.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 and C1 controls other than tab and newline (CR is normalised before cleaning).
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNWANTED = lazy_regex(f"[{_BIDI}{_CONTROL}]")


def _entity_change(start: int, end: int, char: str) -> Change:
    """What an entity becomes: its character, a newline, or nothing when it is invisible."""
    if char == "\r":
        return Change(start, end, "\n", reason=EditReason.HTML_ENTITY)
    if char in _BLANK_ENTITIES or _UNWANTED.fullmatch(char) or _SURROGATE.search(char):
        return Change(start, end, reason=EditReason.HTML_ENTITY)
    return Change(start, end, char, reason=EditReason.HTML_ENTITY)


def find_html(text: str) -> list[Change]:
    """Tags, comments, head/script/style blocks, stray ``/p>``, ``[object ...]``, entities.

    Entities become their character (a repair), except layout spaces and
    invisible controls, which are removed, and ``&#13;``, which is a newline.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("&quot;援疆&quot;&nbsp;<br/>[object HTMLUListElement]",
    ...             find_html("&quot;援疆&quot;&nbsp;<br/>[object HTMLUListElement]"))
    '"援疆"'
    >>> apply_changes("援疆&#13;&#x202E;资金", find_html("援疆&#13;&#x202E;资金"))
    '援疆\\n资金'
    """
    edits = []
    for m in _HTML.finditer(text):
        if m.group("block"):
            edits.append(Change(m.start(), m.end(), reason=EditReason.HTML_BLOCK))
        elif m.group("entity"):
            char = html.unescape(m.group())
            if char == m.group():  # unknown entity: leave it
                continue
            edits.append(_entity_change(m.start(), m.end(), char))
        else:
            edits.append(Change(m.start(), m.end(), reason=EditReason.HTML_TAG))
    return edits


_INVISIBLE = lazy_regex(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE = lazy_regex(r"[\u00a0\u2002-\u200a\u202f\u205f]")


def find_invisible(text: str) -> list[Change]:
    """Zero-width characters, bidirectional and other controls go; odd spaces become spaces.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> text = "援\\u200b疆\\u00a0工作\\u202e\\x07"
    >>> apply_changes(text, find_invisible(text))
    '援疆 工作'
    """
    edits = [Change(m.start(), m.end(), reason=EditReason.ZERO_WIDTH)
             for m in _INVISIBLE.finditer(text)]
    edits += [Change(m.start(), m.end(), reason=EditReason.BIDI_CONTROL
                     if m.group() > "\x9f" else EditReason.CONTROL)
              for m in _UNWANTED.finditer(text)]
    edits += [
        Change(m.start(), m.end(), " ", reason=EditReason.SPACE)
        for m in _ODD_SPACE.finditer(text)
    ]
    return edits


_SURROGATE = lazy_regex("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """Lone surrogates (from ``surrogateescape`` decoding or broken JSON) become U+FFFD.

    No text can hold them and no JSON can carry them, so they are replaced at
    the door, before anything else reads the text; the count is returned so
    the caller can warn.

    >>> replace_surrogates("援\\ud800疆")
    ('援\\ufffd疆', 1)
    """
    count = 0

    def one(_: object) -> str:
        nonlocal count
        count += 1
        return "\ufffd"

    return _SURROGATE.sub(one, text), count
