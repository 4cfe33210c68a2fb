"""The page's lines as a reader sees them, and joins of lines that layout broke.

:func:`page_lines` gives every non-blank line with its offsets, its Simplified
stripped form (conversion keeps lengths, so positions carry over) and the blank
lines around it; the furniture, metadata and title modules classify these.

:func:`find_broken_lines` joins two lines only on strong evidence that layout
cut a word or a number in two: a line that stops without punctuation, followed
by a line whose first characters complete a dictionary word or a number that
the first line's last characters began (``阿`` / ``克苏`` → 阿克苏,
``12`` / ``239万元``). A paragraph break between complete words is left alone,
even without a full stop (excerpts and headings end that way).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from aidparse._lazy import lazy_regex
from aidparse.article.prose import fold_forms
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason
from aidparse.script.document import simplified_document

__all__ = ["Line", "find_broken_lines", "page_lines"]


class Line(NamedTuple):
    """One non-blank line of the page (a named tuple: a page has a line per few characters, and
    a tuple is built several times faster than a frozen dataclass)."""

    index: int  # type: ignore[assignment]  # the field hides tuple.index, which no caller needs
    """Position among the non-blank lines (0 for the first)."""
    start: int
    """Offset of the line's first character (indentation included)."""
    end: int
    """Offset just past its last character (before the newline)."""
    lead: int
    """Characters of indentation before the content."""
    simp: str
    """The content, stripped and in Simplified (same length as the stripped raw content)."""
    blank_before: int
    """Blank lines between this line and the previous non-blank line (or the start)."""
    blank_after: int
    """Blank lines between this line and the next non-blank line (or the end, plus one)."""

    @property
    def content_start(self) -> int:
        """Offset of the first character of :attr:`simp` in the text."""
        return self.start + self.lead

    @property
    def content_end(self) -> int:
        """Offset just past the last character of :attr:`simp` in the text."""
        return self.start + self.lead + len(self.simp)

    def at(self, i: int) -> int:
        """Offset in the text of ``simp[i]``."""
        return self.start + self.lead + i

    @property
    def squeezed(self) -> str:
        """The content without any whitespace (for comparing lines spaced differently)."""
        return "".join(self.simp.split())


def page_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``.

    >>> [(ln.simp, ln.blank_before, ln.blank_after) for ln in page_lines("\\n標題\\n\\n  正文。 \\n")]
    [('标题', 1, 1), ('正文。', 1, 2)]
    >>> page_lines("a")
    [Line(index=0, start=0, end=1, lead=0, simp='a', blank_before=0, blank_after=1)]

    Lines are read with the usual form of punctuation pages print otherwise:

    >>> page_lines("文︰王曉")[0].simp
    '文：王晓'
    """
    simplified = fold_forms(simplified_document(text))  # (its Simplified lines as they are)
    new = tuple.__new__  # a Line from its fields, without the named tuple's keyword handling
    out: list[Line] = []
    last: tuple[int, int, int, int, str, int] | None = None  # the previous line's fields, but its blank_after
    blanks = 0
    pos = 0
    for length in map(len, text.split("\n")):  # the lines of the text, as in the text (not its conversion)
        end = pos + length
        raw = simplified[pos:end]
        stripped = raw.strip()
        if stripped:
            if last is not None:
                out.append(new(Line, (*last, blanks)))
            last = (len(out), pos, end, length - len(raw.lstrip()), stripped, blanks)
            blanks = 0
        else:
            blanks += 1
        pos = end + 1
    if last is not None:
        out.append(new(Line, (*last, blanks + 1)))
    return out


#: A line that ends a sentence, a heading or a clause ends with one of these.
_TERMINAL = frozenset("。！？!?”’」』）)…：:；;，,、》】]")
_NUMBER_TAIL = lazy_regex(r"[0-9]+(?:\.[0-9]*)?$")
_NUMBER_HEAD = lazy_regex(r"^(?:[0-9]|\.[0-9]|[万亿%％])")
#: A numbered item starts the line (2.石河子大学…, 3、…): no number broken by the layout.
_ITEM_HEAD = lazy_regex(r"^\d{1,2}\s*[.．、](?!\d)")
#: A numeral that ends a line, and the measure word or unit that starts the next (一师四 / 团).
_NUMERAL_TAIL = lazy_regex(r"[0-9一二三四五六七八九十百千万两]$")
_MEASURE_HEAD = lazy_regex(r"^[个名人位批次届期年月日天元万亿千百团师户所项座台辆亩吨米倍成%％]")
_HAN = lazy_regex(r"\p{Han}")
#: A broken line is a body line: long enough that it is not a heading or a caption.
_MIN_BROKEN = 20
#: How often a word must occur in the dictionary to count as evidence.
_MIN_WORD_COUNT = 30


def _word(s: str) -> bool:
    from aidparse._resources import word_counts

    return word_counts().get(s, 0) >= _MIN_WORD_COUNT


def _cut_inside_word(a: str, b: str) -> bool:
    """Whether a dictionary word spans the end of ``a`` and the start of ``b``.

    Only when neither side ends or starts with a word of its own, so that
    ``发展`` / ``中国`` (两 words that happen to make 发展中) is not joined.
    """
    if not (_HAN.match(a[-1]) and _HAN.match(b[0])):
        return False
    if _word(a[-2:]) or _word(b[:2]):
        return False
    for left in range(1, 4):
        for right in range(1, 5 - left):
            if left <= len(a) and right <= len(b) and _word(a[-left:] + b[:right]):
                return True
    return False


def broken_between(a: str, b: str) -> bool:
    """Whether layout cut the text between line ``a`` and the next line ``b``.

    >>> broken_between("以援疆教师为基点辐射引领全县教育人才,该做法得到省援疆指挥部和阿", "克苏地区的肯定。")
    True
    >>> broken_between("三年来,指挥部累计投入援疆资金共计人民币12", "239万元,实施项目16个。")
    True
    >>> broken_between("三年来,考察团、研学团等一批批乌什和一师四", "团干部、人才、学生赴衢考察进修。")
    True
    >>> broken_between("党的十八大以来,各地援疆工作取得了新的发展", "中国各族人民共同团结奋斗。")
    False
    """
    if len(a) < _MIN_BROKEN or not b or a[-1] in _TERMINAL or a[-1] == "\ufffd":
        return False
    if _NUMBER_TAIL.search(a) and _NUMBER_HEAD.match(b) and not _ITEM_HEAD.match(b):
        return True
    if _NUMERAL_TAIL.search(a) and _MEASURE_HEAD.match(b):
        return True
    return _cut_inside_word(a, b)


def find_broken_lines(text: str) -> list[Change]:
    """Join lines that layout broke inside a word or a number (with or without blank lines).

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "以援疆教师为基点辐射引领全县教育人才,该做法得到省援疆指挥部和阿\\n\\n克苏地区的肯定。"
    >>> apply_changes(t, find_broken_lines(t))
    '以援疆教师为基点辐射引领全县教育人才,该做法得到省援疆指挥部和阿克苏地区的肯定。'
    >>> t = "民生援疆,用爱聚力\\n民为邦本,本固邦宁。"
    >>> find_broken_lines(t)
    []
    """
    if "\n" not in text:
        return []
    lines = page_lines(text)
    out = []
    for a, b in itertools.pairwise(lines):
        if broken_between(a.simp, b.simp):
            out.append(Change(a.content_end, b.content_start, reason=EditReason.BROKEN_LINE))
    return out
