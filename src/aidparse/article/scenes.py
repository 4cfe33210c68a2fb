"""Photo captions without a credit or a mark: a scene described between paragraphs.

A photo story prints a picture after a paragraph or two, and under each picture
a line that only describes it — no ``图为``, no photographer, no arrow::

    今年11月，援疆干部徐立帆在柯坪县的第三个冬天到来了。……
    徐立帆在羊圈里查看湖羊生长情况
    柯坪县是阿克苏地区最小的县，年降水量不到百毫米。……

Such a line has the shape of a section heading, and a heading is the article's. What tells them
apart is how the line is said and where it stands, never a word of its subject:

* **said as a scene**: someone somewhere doing something (``学生在实验室做实验``, ``专家为老人
  听诊``, ``艾合买提·尼亚孜（右）向徐立帆展示…``: a subject, then 在, 为, 给, 向, 与 … and what
  follows), or a noun phrase long enough to describe a picture (``柯坪县盖孜力克镇的肉羊养殖基地``)
  — not a heading's slogan (``民生改善暖民心``, ``冷链先行``), which is short and says no one
  somewhere; not a sentence of a narrative (a pronoun, ``了``, a verb of saying: ``他在喀什一干就是
  三年。``);
* **standing between paragraphs**: a paragraph of the article before it and after it (other
  captions of the same pictures, and a gallery's counters, between them), never opening or
  closing the text;
* **on a photo story**: the page has at least :data:`SCENES_MIN` such lines, two of them in a row
  somewhere (or beside a gallery's counter or a picture's placeholder). A single one may be a
  one-line paragraph; pictures come several to a story.

:func:`scene_lines` finds them on a page's lines (Simplified text); the page walk removes them as
captions — one said as a sentence (``心内科专家为老人听诊。``) only where at least
:data:`SCENES_MIN` of the story's captions do not read as prose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.article.prose import NUMBERED, reads_as_prose

__all__ = ["SCENES_MIN", "scene_lines", "scene_shape"]

#: A photo story prints at least this many scenes (one alone may be a one-line paragraph).
SCENES_MIN: Final = 2
#: A scene's description is this long (spaces and a position mark aside) …
_SHORTEST = 4
_LONGEST = 40
#: … and, said without a preposition, at least this long (a heading's slogan is shorter:
#: 民生改善暖民心, 就业是关键; a picture's noun phrase is longer: 柯坪县盖孜力克镇的肉羊养殖基地).
_NOUN_PHRASE_MIN = 12
#: Captions in a row that show a photo story (a heading is never followed by another).
_ROW = 2
#: Captions between two paragraphs come at most this many in a row (a gallery's counters aside).
_RUN_MAX = 4
#: A paragraph is at least this long.
_PARAGRAPH_MIN = 30

#: Where someone stands in the picture, in brackets after their name: （左）, （右二）, （中）, （左一）.
_POSITION = lazy_regex(r"[(（](?:[左右]起?第?[一二三四五六七八九十\d]?|中"
                       r"|前排[左右中]?[一二三四五六七八九十\d]?)[)）]")
#: Characters no scene's description holds: a heading's or a sentence's marks (colons, questions,
#: quotes, brackets, dashes, separators), a list's (、；), figures of a date or an address.
_NOT_IN_SCENE = lazy_regex(r"[：:？?！!『』《》【】\[\]—|｜/（）()…_#@、；;]|\d{3,}|https?:|www\.")
#: A subject, then a preposition of place, purpose, direction or company, then what follows:
#: 学生在实验室里…, 专家为老人…, 队员与医生合影 (two Han characters or a name before it).
_SCENE_GRAMMAR = lazy_regex(r"\p{Han}{2}[在为给向与和同跟把帮对]\p{Han}{2}")
#: A narrative's words, which no picture's description holds: personal pronouns, the perfective
#: 了, verbs of saying and thinking.
_NARRATIVE = lazy_regex(r"[他她我你咱它]|了|说|表示|认为|觉得|希望")
#: A heading's numbering in figures with a space (01 冷库建到田间地头).
_FIGURE_NUMBER = lazy_regex(r"\d{1,2}\s")
#: Two phrases of Han characters set apart by a space: a heading's two halves, as headings pair
#: them (狠抓队伍建设 增强援疆本领能力); a caption is one clause.
_HALVES = lazy_regex(r"\p{Han}{2}[ \u3000]+\p{Han}{2}")
#: A gallery's counter over its picture (2/6).
_COUNTER = lazy_regex(r"\s*\d{1,2}\s*/\s*\d{1,2}\s*")
#: The end of a scene's description: a Han character or one full stop.
_ENDS = lazy_regex(r"(?:\p{Han}|[A-Za-z])。?$")


def scene_shape(simp: str) -> bool:
    """Whether a line is said as a picture's description is, plainly: one clause (or a place and a
    clause) of someone somewhere doing something, or a long noun phrase; no heading's or
    sentence's marks (quotes only inside a clause of someone doing something).

    >>> [scene_shape(s) for s in ["徐立帆在羊圈里查看湖羊", "专家为老人听诊。",
    ...                           "柯坪县盖孜力克镇的肉羊养殖基地", "艾合买提（右）向徐立帆展示档案"]]
    [True, True, True, True]
    >>> [scene_shape(s) for s in ["民生改善暖民心", "冷链先行", "他在喀什一干就是三年。",
    ...                           "01 冷库建到田间地头", "“读一本好书”", "一、产业援疆结硕果"]]
    [False, False, False, False, False, False]
    """
    return _strength(simp) == _STRONG


#: How plainly a line is a picture's description: said as a scene (someone somewhere doing
#: something, or a noun phrase as long as a picture's), or only a short noun phrase (刚采下的新梅,
#: 乡村医生培训课堂), which a section heading may be too.
_STRONG, _WEAK, _NONE = 2, 1, 0
#: Quotes inside a line (学生在“双师课堂”上发言); a line they open or close is a heading's or a
#: quotation.
_QUOTES = str.maketrans("", "", "“”「」")


def _strength(simp: str) -> int:
    s = _POSITION.sub("", simp).strip()
    quoted = s[:1] in "“「" or s[-1:] in "”」"
    if _HALVES.search(s):
        return _NONE  # two phrases set apart by a space: a heading's halves (狠抓队伍建设 增强本领)
    bare = "".join(s.translate(_QUOTES).split())
    if quoted or not _SHORTEST <= len(bare) <= _LONGEST or _NOT_IN_SCENE.search(s.translate(_QUOTES)) \
            or not _ENDS.search(s):
        return _NONE
    if NUMBERED.match(s) or _FIGURE_NUMBER.match(s) or s.count("，") + s.count(",") > 1 \
            or _NARRATIVE.search(s):
        return _NONE
    if _SCENE_GRAMMAR.search(bare) is not None:
        return _STRONG
    if len(bare) != len("".join(s.split())):
        return _NONE  # quotes in a noun phrase: a heading's (从“一棵树”到“一条链”)
    if s.endswith("。"):
        return _NONE  # a sentence without someone doing something somewhere: the article's
    # a noun phrase as long as a picture's names what and where (柯坪县…的肉羊养殖基地); a heading as
    # long is a verb's phrase (深化产业援疆促进就业增收)
    return _STRONG if len(bare) >= _NOUN_PHRASE_MIN and "的" in bare else _WEAK


def _paragraph(simp: str) -> bool:
    return len(simp.strip()) >= _PARAGRAPH_MIN and reads_as_prose(simp)


def scene_lines(lines: Sequence[str], between: Callable[[int], bool] | None = None) -> frozenset[int]:
    """The lines of a photo story that describe its pictures; none if the page has fewer than
    :data:`SCENES_MIN`, or shows no pictures: two captions in a row somewhere, or a gallery's
    counter or a picture's placeholder beside one (section headings that read as scenes stand one
    at a time).

    A caption stands in a run of at most :data:`_RUN_MAX` captions between two paragraphs (a
    gallery's counters, ``2/6``, and lines ``between`` says may stand among them: a picture's
    placeholder). A line said as a scene (:func:`scene_shape`) is one; a short noun phrase (刚采下的
    新梅) only with a scene after it in its run — right above a paragraph, alone or after the
    captions, it may be the heading of the text under it.

    >>> p = "今年以来，援疆教师在学校开展了多项教学活动，受到师生欢迎，成效明显。"
    >>> a, b, c = "援疆教师为学生讲解错题", "孩子们在操场上跳起鹰舞", "学生在实验室做实验"
    >>> sorted(scene_lines([p, a, p, b, "3/6", c, p]))
    [1, 3, 5]
    >>> sorted(scene_lines([p, a, p, b, c, p]))
    [1, 3, 4]
    >>> sorted(scene_lines([p, a, p, b, p, c, p]))  # one at a time: maybe headings
    []
    >>> sorted(scene_lines([p, a, p]))  # one alone: maybe a paragraph
    []
    >>> sorted(scene_lines([a, p, b]))  # (never opening or closing the text)
    []
    >>> sorted(scene_lines([p, a, p, "刚采下的新梅", b, p, c, "冷链先行", p]))  # (the heading last)
    [1, 3, 4, 6]
    """
    n = len(lines)
    strength = [_NONE if _paragraph(s) else _strength(s) for s in lines]
    inside = [strength[k] != _NONE or _COUNTER.fullmatch(lines[k]) is not None
              or (between is not None and between(k)) for k in range(n)]
    found: set[int] = set()
    shown = False
    i = 0
    while i < n:
        if not inside[i]:
            i += 1
            continue
        j = i
        while j < n and inside[j]:
            j += 1  # lines i … j-1 stand between the paragraphs
        run = [k for k in range(i, j) if strength[k] != _NONE]
        if i > 0 and j < n and _paragraph(lines[i - 1]) and _paragraph(lines[j]) and len(run) <= _RUN_MAX:
            strong = [k for k in run if strength[k] == _STRONG]
            captions = [k for k in run if strength[k] == _STRONG or (strong and strong[-1] > k)]
            found.update(captions)
            # pictures shown: two captions in a row (two headings never are), or a counter or a
            # placeholder among them
            shown = shown or len(captions) >= _ROW or (bool(captions) and j - i > len(run))
        i = j
    if not shown or sum(strength[k] == _STRONG for k in found) < SCENES_MIN:
        return frozenset()
    return frozenset(found)
