"""What reads as the article's prose: the lines no rule may remove by its position alone.

A line of furniture is short and says nothing in sentences: a link, a label, a
counter, a headline of another article. A line of the article is a sentence
or a clause of one. :func:`reads_as_prose` tells them apart by shape only —
sentence punctuation, a clause of normal length, a line broken off inside a
sentence — so that the page walk can hold every rule that removes a whole line
to one principle:

* a rule that knows the *form* of a line of furniture (a copyright notice, a
  share widget, a credit line read whole, a photographer's credit closing a
  caption, a stamp) may remove it even when it reads as prose;
* a rule that goes by *position* or a loose shape (above the headline, after
  the article, a run of short lines, a line standing apart) removes only lines
  that do not read as prose.

A headline that reads as prose (``女儿出嫁，郑板桥画了几笔兰花当嫁妆``) is
protected too: that is the point.
"""

from __future__ import annotations

import functools

from aidparse._lazy import VERBOSE, lazy_re, lazy_regex

__all__ = ["NUMBERED", "PUNCTUATION_FORMS", "SENTENCE_MARK", "STOP", "fold_forms", "reads_as_menu",
           "reads_as_prose", "reads_as_salutation", "reads_as_terms"]

#: A heading's or an item's numbering opening a line (一、 （二） 3. 第四部分): a heading, never a
#: caption, a credit or a headline's run-on stamp.
NUMBERED = lazy_regex(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十0-9]+[)）]"
                      r"|[0-9]{1,2}\s*[、.．](?![0-9])|第[一二三四五六七八九十0-9]+(?:部分|部|章|节|篇))")

#: Punctuation pages print in other forms, read as the usual one (one character for one: offsets
#: hold): the colons of Hong Kong pages (文︰, 記者﹕) and of GB2312-era pages (来源∶, the ratio sign),
#: the small forms of commas, semicolons and brackets; the vertical bars set between a role and a name
#: or a headline and its site (文︱王曉: the vertical form of a dash, a box-drawing line, the sign of
#: divides), read as the full-width bar.
PUNCTUATION_FORMS = str.maketrans({"︰": "：", "﹕": "：", "∶": "：", "﹔": "；", "﹐": "，", "﹑": "、",
                                   "﹙": "（", "﹚": "）", "︱": "｜", "︳": "｜", "│": "｜", "┃": "｜",
                                   "∣": "｜", "❘": "｜", "￨": "｜"})
_FORM_CHARS = "".join(map(chr, PUNCTUATION_FORMS))
#: Any of those forms (one scan of the text in C, not a scan per form started from Python).
_FORM = lazy_re("[" + _FORM_CHARS + "]")


def fold_forms(s: str) -> str:
    """``s`` with its punctuation in the usual forms (:data:`PUNCTUATION_FORMS`); most text has none
    of the other forms, and is returned as it is without being copied.

    >>> fold_forms("来源∶天山网﹐记者︰王晓"), fold_forms("来源：天山网")
    ('来源：天山网，记者：王晓', '来源：天山网')
    """
    return s.translate(PUNCTUATION_FORMS) if _FORM.search(s) is not None else s

#: What is not a Han character: a line's Han characters are counted as what removing the rest leaves
#: (a list of every Han character, one string each, took four times as long).
_NOT_HAN = lazy_regex(r"\P{Han}+")
#: A full stop or a semicolon: a sentence ends or continues here (a headline has neither).
STOP = lazy_regex(r"[。；;]")
#: A mark that ends a sentence or a clause of one (。！？；): a line with one says something.
SENTENCE_MARK = lazy_regex(r"[。！？!?；;]")
#: Characters a sentence ends with (a headline may end with ！ or ？ too; it is protected alike).
_END = frozenset("。！？!?…")
#: Characters a line cannot end with unless layout broke a sentence there (a colon ends labels).
_OPEN = frozenset("，,、“‘（(《")
#: Five terms or more between ASCII commas without spaces, each a word or a name and nothing
#: else: a page's keywords printed as a line from its ``<meta name="keywords">``
#: (援疆,对口援疆,新疆新闻,喀什新闻,和田新闻), not a sentence; a slogan (团结，奋斗，…) is written
#: with full-width commas.
_KEYWORDS = lazy_regex(r"[\p{Han}A-Za-z0-9]{2,8}(?:,[\p{Han}A-Za-z0-9]{2,8}){4,},?")
#: Five or more short words set apart by spaces: a menu, not a headline (headlines set apart at
#: most a few phrases: 山海情 援疆路 同心梦 奋进歌).
_MENU = lazy_regex(r"[\p{Han}A-Za-z0-9]{1,6}(?:[ \u3000]+[\p{Han}A-Za-z0-9]{1,6}){4,}")
#: A letter's, a notice's or a proposal's salutation, alone on its line: whom it addresses, then a
#: colon, and no sentence before it.
_SALUTATION = lazy_regex(r"""
    ^(?:亲爱的|尊敬的|各位|全体|广大)[^。！？!?；;：:，,]{1,30}[：:]$   # 亲爱的老师们：, 广大志愿者：
    | ^[^。！？!?；;：:]{0,30}                                      # 各乡镇人民政府，县直各单位：,
      (?:们|同志|同仁|朋友|乡亲|各单位|各部门)[：:]$                 # 同志们：, 各位朋友：
    """, VERBOSE)
#: A clause this long (in Han characters) with a comma is a sentence's part, not a label.
_CLAUSE = 12
#: A line this long (in Han characters) is text, whatever its punctuation.
_LONG = 30


@functools.lru_cache(maxsize=4096)  # asked about a line several times: by the anchors, the walk, the guard
def reads_as_prose(line: str) -> bool:
    """Whether a (stripped) line reads as a sentence or a clause of the article.

    >>> [reads_as_prose(s) for s in ["也是益友。", "记者:你见过哪的人呢?",
    ...                              "援疆资金向民生领域倾斜,面向各街道开发岗位",
    ...                              "全县耕地面积12.6万亩,其中盐碱地过半,人口不足6万,说起"]]
    [True, True, True, True]
    >>> [reads_as_prose(s) for s in ["产业援疆富民生", "首页 > 新闻 > 正文", "分享到:", "责任编辑：李华",
    ...                              "5月8日游客在援建的景区乘坐观光车", "阅读 1234",
    ...                              "援疆,对口援疆,新疆新闻,喀什新闻,和田新闻"]]
    [False, False, False, False, False, False, False]
    """
    han = len(_NOT_HAN.sub("", line))
    if han < 4 or reads_as_terms(line):
        return False
    if STOP.search(line) or line[-1] in _END or line[-1] in _OPEN:
        return True
    if han >= _CLAUSE and ("，" in line or "," in line):
        return True
    return han >= _LONG


def reads_as_salutation(line: str) -> bool:
    """Whether a (stripped) line is a letter's or a notice's salutation: the line under its title.

    >>> [reads_as_salutation(s) for s in ["各乡镇人民政府，县直各单位：", "亲爱的志愿者朋友：", "同志们："]]
    [True, True, True]
    >>> [reads_as_salutation(s) for s in ["主要做法如下：", "来源：", "他说：", "各位好，我是王晓："]]
    [False, False, False, False]
    """
    return _SALUTATION.match(line) is not None


def reads_as_menu(line: str) -> bool:
    """Whether a (stripped) line is five or more short words set apart by spaces: a site's menu.

    >>> reads_as_menu("明报新闻网 每日明报 即时新闻 热点 副刊 财经 健康")
    True
    >>> reads_as_menu("山海情 援疆路 同心梦 奋进歌")  # four phrases: a headline's
    False
    """
    return _MENU.fullmatch(line) is not None


def reads_as_terms(line: str) -> bool:
    """Whether a (stripped) line is only terms between commas: a page's keywords printed as a
    line, neither a sentence nor a headline.

    >>> reads_as_terms("援疆,对口援疆,新疆新闻,喀什新闻,和田新闻"), reads_as_terms("一是产业，二是教育。")
    (True, False)
    """
    return _KEYWORDS.fullmatch(line) is not None
