"""Width, spacing and line layout.

Punctuation policy: aidparse keeps every punctuation mark as the source wrote
it (``，`` stays ``，``, ``,`` stays ``,``; quotes are never flattened). It only
removes the *spaces* that scrapers put around punctuation, turns full-width
Latin letters and digits into ASCII, drops line indentation and trailing
spaces, joins lines that layout broke inside a sentence, and leaves exactly
one newline between paragraphs.
"""

from __future__ import annotations

from aidparse._lazy import MULTILINE, VERBOSE, lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_blank_lines", "find_broken_lines", "find_spacing", "find_width"]

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


_PUNCT_CLOSE = r"，。、；：？！,;:?!）)》」』】”’…"
_PUNCT_OPEN = r"（(《「『【“‘"
_SPACING = lazy_regex(
    rf"""
      (?<=\S)[ \t\u3000]+(?=[{_PUNCT_CLOSE}])                   # before closing punctuation
    | (?<=[{_PUNCT_CLOSE}{_PUNCT_OPEN}])[ \t\u3000]+(?=[\p{{Han}}\d{_PUNCT_OPEN}])    # after punct
    | ^[ \t\u3000]+                                                                  # indentation
    | [ \t\u3000]+$                                                                  # trailing
    """,
    VERBOSE | MULTILINE,
)


def find_spacing(text: str) -> list[Change]:
    """Spaces around punctuation, indentation and trailing spaces.

    Spaces between words stay (headings use them: ``携手奋进 旧貌新颜``).

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("  举行 , 标志着 。 携手奋进 旧貌新颜 ",
    ...             find_spacing("  举行 , 标志着 。 携手奋进 旧貌新颜 "))
    '举行,标志着。携手奋进 旧貌新颜'
    """
    return [Change(m.start(), m.end(), reason=EditReason.SPACING)
            for m in _SPACING.finditer(text)]


#: A line that ends a sentence or a heading ends with one of these.
_TERMINAL = "。！？!?”’」』）)…：:；;"
_BROKEN = lazy_regex(
    rf"""
    (?<=^[^\n]{{30,}}[^\n{_TERMINAL}\s])   # a long body line cut before its end
    \n(?:[ \t\u3000]*\n)+                   # at least one blank line between
    (?=[ \t\u3000]*[\p{{Han}}\d])           # continued by text
    """,
    VERBOSE | MULTILINE,
)


def find_broken_lines(text: str) -> list[Change]:
    """Join a long line that stops mid-sentence with the next paragraph.

    Only breaks with a blank line between are joined (the mark of page or
    column layout); single newlines are left alone, and short lines (headings,
    captions) never join.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "以援疆教师为基点辐射引领全县教育人才,该做法得到省援疆指挥部和阿\\n\\n克苏地区的肯定。"
    >>> apply_changes(t, find_broken_lines(t))
    '以援疆教师为基点辐射引领全县教育人才,该做法得到省援疆指挥部和阿克苏地区的肯定。'
    """
    return [Change(m.start(), m.end(), reason=EditReason.BROKEN_LINE)
            for m in _BROKEN.finditer(text)]


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
