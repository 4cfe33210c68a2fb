"""Sections of an article and the sectors their headings name."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from aidparse._lazy import lazy_regex, regex_escape
from aidparse._precompiled import compile_regex
from aidparse.article.prose import SENTENCE_MARK
from aidparse.models import Section, Span

if TYPE_CHECKING:
    import regex

__all__ = ["SECTORS", "find_sections", "section_index", "sector_of"]

#: Sector labels and the words in a heading that name them. The leftmost word
#: found in a heading decides (智力援疆惠民生 is 人才, not 民生).
SECTORS: Final[dict[str, tuple[str, ...]]] = {
    "民生": ("民生", "安居", "惠民"),
    "教育": ("教育", "学校", "教师", "助学"),
    "医疗": ("医疗", "卫生", "医院", "健康"),
    "产业": ("产业", "招商", "企业", "消费援疆"),
    "就业": ("就业", "岗位", "增收"),
    "文化": ("文化", "润疆"),
    "人才": ("智力", "人才", "干部培训"),
    "基础设施": ("基础设施", "道路", "水利", "电网", "住房"),
    "项目": ("项目",),
    "交流交融": ("交往交流", "交流融合", "交融", "民族团结", "融合"),
    "队伍建设": ("队伍建设", "党建", "作风"),
}

_HEADING_MAX = 40
_LINE = lazy_regex(r"[^\n]+")
_HAN = lazy_regex(r"\p{Han}")
#: A heading has at least this many Han characters (a number or a rule line is none).
_HEADING_HAN = 2


def sector_of(heading: str) -> str | None:
    """The sector a heading names, if any.

    >>> sector_of("智力援疆,用心推动“造血”转变"), sector_of("上下同欲 “干”字当头")
    ('人才', None)
    """
    pattern, sector_of_word = _sector_words()
    m = pattern.search(heading)
    return sector_of_word[m.group()] if m else None


@functools.cache
def _sector_words() -> tuple[regex.Pattern[str], dict[str, str]]:
    """One pattern of every sector word, and each word's sector (the first sector listing it).

    The words stand in the table's order: the leftmost match decides, and at one
    position the word listed first.
    """
    sector_of_word: dict[str, str] = {}
    for sector, words in SECTORS.items():
        for word in words:
            sector_of_word.setdefault(word, sector)
    return compile_regex("|".join(map(regex_escape, sector_of_word))), sector_of_word


def find_sections(text: str, skip_lines: int = 0) -> list[Section]:
    """Headings inside the article (after the first ``skip_lines`` title lines).

    >>> [s.title for s in find_sections("标题\\n正文。\\n民生援疆,用爱聚力\\n正文。", 1)]
    ['民生援疆,用爱聚力']
    """
    line_iter, sentence_end, han = _LINE.finditer, SENTENCE_MARK.search, _HAN.findall  # looked up once
    heads: list[tuple[str, int, int]] = []
    for i, m in enumerate(line_iter(text)):
        if i < skip_lines:
            continue
        line = m.group()
        if len(line) > _HEADING_MAX or sentence_end(line) or len(han(line)) < _HEADING_HAN:
            continue  # (a heading says something: two Han characters at least, not 2019 or ——)
        heads.append((line, m.start(), m.end()))
    sections = []
    for k, (line, start, end) in enumerate(heads):
        stop = max(heads[k + 1][1] - 1 if k + 1 < len(heads) else len(text), end)
        # offsets of a match in the text: 0 <= start <= end <= stop, a valid span by construction
        heading = Span._trusted(start, end)
        body = heading if stop == end else Span._trusted(start, stop)
        # every value is valid by construction: the fields in order, without validating again
        sections.append(Section._trusted({"title": line, "heading": heading, "span": body,
                                          "sector": sector_of(line)}))
    return sections


def section_index(starts: Sequence[int], position: int) -> int | None:
    """Index of the section that contains ``position``, given the sections' sorted starts.

    >>> section_index([10, 50], 5), section_index([10, 50], 10), section_index([10, 50], 70)
    (None, 0, 1)
    """
    i = bisect.bisect_right(starts, position) - 1
    return i if i >= 0 else None
