"""Width, spacing and line layout.

Punctuation policy: aidparse keeps every punctuation mark as the source wrote
it (``，`` stays ``，``, ``,`` stays ``,``; quotes are never flattened). It only
removes the *spaces* that scrapers put around punctuation, turns full-width
Latin letters and digits into ASCII, drops line indentation and trailing
spaces, and leaves exactly one newline between paragraphs (lines that layout
broke inside a word are joined by :mod:`aidparse.article.layout`).
"""

from __future__ import annotations

from aidparse._lazy import lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_blank_lines", "find_spacing", "find_width"]

_FULLWIDTH_ALNUM = lazy_regex(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


def find_width(text: str) -> list[Change]:
    """Full-width digits and Latin letters become ASCII.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("资金１３.５６亿元，ＥＩＣＵ", find_width("资金１３.５６亿元，ＥＩＣＵ"))
    '资金13.56亿元，EICU'
    """
    return [
        Change(m.start(), m.end(), "".join(chr(ord(c) - 0xFEE0) for c in m.group()), reason=EditReason.WIDTH)
        for m in _FULLWIDTH_ALNUM.finditer(text)
    ]


_PUNCT_CLOSE = "，。、；：？！,;:?!）)》」』】”’…"
_PUNCT_OPEN = "（(《「『【“‘"
_RUN = lazy_regex(r"[ \t\u3000]+")
_HAN_OR_DIGIT = lazy_regex(r"[\p{Han}\d]")


def find_spacing(text: str) -> list[Change]:
    """Spaces around punctuation, indentation and trailing spaces.

    Spaces between words stay (headings use them: ``携手奋进 旧貌新颜``). Each run
    of spaces is looked at once, by its neighbours, so a long run costs what
    its length does (a pattern that backtracked through it was quadratic).

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("  举行 , 标志着 。 携手奋进 旧貌新颜 ",
    ...             find_spacing("  举行 , 标志着 。 携手奋进 旧貌新颜 "))
    '举行,标志着。携手奋进 旧貌新颜'
    """
    out = []
    n = len(text)
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < n else "\n"
        if (
            before == "\n"  # indentation
            or after == "\n"  # trailing
            or after in _PUNCT_CLOSE  # before closing punctuation
            or (before in _PUNCT_CLOSE + _PUNCT_OPEN
                and (after in _PUNCT_OPEN or _HAN_OR_DIGIT.match(after)))  # after punctuation
        ):
            out.append(Change(start, end, reason=EditReason.SPACING))
    return out


_NEWLINES = lazy_regex(r"\n+")


def find_blank_lines(text: str) -> list[Change]:
    """Exactly one newline between paragraphs; none at the start or end.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("\\n\\n标题\\n\\n\\n正文\\n", find_blank_lines("\\n\\n标题\\n\\n\\n正文\\n"))
    '标题\\n正文'
    """
    edits = []
    for m in _NEWLINES.finditer(text):
        start, end = m.start(), m.end()
        if start == 0 or end == len(text):  # none at the start or the end
            edits.append(Change(start, end, reason=EditReason.BLANK_LINES))
        elif end - start > 1:  # one newline between paragraphs
            edits.append(Change(start + 1, end, reason=EditReason.BLANK_LINES))
    return edits
