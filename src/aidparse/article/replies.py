"""Readers' comments under an article, and the replies under a forum thread's first post.

A news page prints its readers' comments under the article, below a header (``网友评论``,
``最新评论``, ``精选留言``, ``已有12人参与 评论``); a forum thread prints the replies under its
first post, each below its floor (``沙发``, ``板凳``, ``2楼``) or a reply's header
(``作者：喀什人 回复日期：2012-05-12 11:00:00``), or after the first post's own footer
(``2012-05-12 10:30 回复``). Copied as text, a comment reads as prose, so no line's form tells it
from the article's; where they start does, and what stands between them: a reader's line, a line
of a comment's own form — the reader and the time (``网易新疆乌鲁木齐市网友 2024-05-12 11:00``,
``喀什人 5月12日 11:00 新疆``), how long ago (``3小时前``), where the reader wrote from
(``IP属地：广东``), the comment's widgets alone (``顶(12) 踩(0) 回复``), ``发表于 …`` opening the line;
under a comment section's header, a count of likes under a reader's name (``天山游子`` / ``12``). A
header starts them only with a reader's line under it within a few lines; a floor only with the
post's header (``发表于 …``, a reader's line) right under it; and from there to the page's end, the
reader's lines must keep coming (an article that goes on under a heading named like a comment
section is no comment section).

Lines are Simplified (the walk's ``simp``), stripped.

>>> lines = ["援疆干部辛苦了。", "网友评论", "网易新疆乌鲁木齐市网友 2024-05-12 11:00", "支持！"]
>>> sorted(reply_heads(lines))
[1]
>>> sorted(reply_heads(["援疆干部辛苦了。", "网友评论", "援疆是一项长期任务。"]))  # no reader's line
[]
>>> sorted(poster_lines(["楼主", "天山游子", "发表于 2012-5-12 10:30:15 | 只看该作者"]))
[1]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from aidparse._lazy import VERBOSE, lazy_regex
from aidparse.article.furniture import THREAD_TOOLBAR_LINKS, is_thread_toolbar
from aidparse.article.labels import alternation

if TYPE_CHECKING:
    import regex

__all__ = ["COMMENT_HEADERS", "FLOOR_WORDS", "first_post_header", "poster_lines", "reply_heads"]

#: Headers of a page's comment section (网友评论, 精选留言), alone on their line.
COMMENT_HEADERS: Final = (
    "网友评论", "最新评论", "热门评论", "精彩评论", "全部评论", "最热评论", "评论区", "读者评论", "用户评论",
    "精选留言", "读者留言", "网友留言", "留言区", "全部留言", "热门留言", "精选评论", "评论列表", "网友跟帖",
    "热门跟帖", "最新跟帖", "全部跟帖", "网友回复", "全部回复", "最新回复", "热门回复",
)
#: The floors of a thread's first replies (沙发: the first; 板凳: the second; 地板: the third).
FLOOR_WORDS: Final = ("沙发", "板凳", "地板", "地下室")
#: How many lines under a header a reader's line is looked for (under a floor: the post's header).
_REACH = 3
_FLOOR_REACH = 2
#: A header, a floor or a post's footer is at most this long; so is a reader's line.
_HEAD_MAX = 40
#: Under the header, a line of the article's length with no reader's line near it (this many lines
#: around) says the article goes on.
_AROUND = 3
#: ... and a paragraph this long is the article's.
_PARAGRAPH = 60
#: A count of likes is at most this many figures; the reader's name over it at most this long.
_COUNT_MAX = 6
_NAME_MAX = 16


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    headers, floors = alternation(COMMENT_HEADERS), alternation(FLOOR_WORDS)
    date = r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    clock = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    widgets = r"(?:回复|举报|引用|分享|[赞顶踩]\s*[(（]?\d*[)）]?)"
    return {
        # a comment section's header, with its count (网友评论(12), 最新评论 12 条), or its count
        # alone (已有12人参与 评论, 12条评论, 共12条留言)
        "header": lazy_regex(rf"""
            [【\[]?(?:{headers})[】\]]?\s*(?:[(（]?\d{{1,6}}[)）]?\s*条?)?\s*[:：]?
          | (?:已有|共有|共)?\s*\d{{1,6}}\s*(?:人参与|条评论|条留言|条回复|人评论)
            (?:\s*(?:评论|留言|网友评论))?
            """, VERBOSE),
        # a thread's floor: 沙发, 2楼, 第2楼, alone or with the poster's name after it
        "floor": lazy_regex(rf"(?:{floors}|第?\d{{1,4}}\s*楼)(?:\s+[^\s，。！？；,.!?]{{1,16}})?"),
        # ... and with the time it was posted (1楼 路人甲 2012-05-18 20:25:11): a reply's own header
        "dated_floor": lazy_regex(rf"(?:{floors}|第?\d{{1,4}}\s*楼)(?:\s+[^\s，。！？；,.!?]{{1,16}})?"
                                  rf"\s+{date}\s*{clock}"),
        # a reply's header on a board that prints no floor (作者：喀什人 回复日期：2012-05-12 11:00:00)
        "reply_header": lazy_regex(r"(?:作者|网友|用户)\s*[:：]\s*\S{1,20}\s+(?:回复日期|回复时间)\s*[:：]"),
        # the first post's footer: its time, then the post's widgets (2012-05-12 10:30 回复)
        "post_footer": lazy_regex(rf"(?:第?\d{{1,4}}\s*楼\s*)?{date}\s*{clock}\s*{widgets}"
                                  rf"(?:\s*[|｜]?\s*{widgets})*"),
        # a reader's line: the reader and the time (…网友 2024-05-12 11:00, 喀什人 5月12日 11:00 新疆),
        # how long ago, where the reader wrote from, the widgets alone, 发表于 opening it
        "reader": lazy_regex(rf"""
            [^\s，。！？；,!?：:]{{1,20}}\s+{date}\s*{clock}(?:\s+[\p{{Han}}]{{2,4}})?(?:\s*{widgets})*
          | [^\s，。！？；,!?：:]{{0,20}}网友\s*{date}\s*{clock}(?:\s*{widgets})*
          | [^\s，。！？；,!?：:]{{0,20}}\s*(?:\d{{1,2}}\s*(?:秒|分钟|小时|天)前|刚刚|昨天\s*{clock})
            (?:\s*(?:IP属地[:：]?\s*)?\p{{Han}}{{2,4}})?(?:\s*{widgets})*
          | .{{0,30}}IP属地\s*[:：]?\s*\p{{Han}}{{2,8}}(?:\s*{widgets})*
          | (?:{date}\s*{clock}\s*)?{widgets}(?:\s*[|｜]?\s*{widgets})+
          | 发表于\s*{date}.{{0,30}}
            """, VERBOSE),
        # a reader's name: no punctuation, no space
        "name": lazy_regex(r"[^\s，。！？；,.!?：:、“”\"]+"),
        # the line under a first post's poster: when it was posted (发表于 2012-5-12 10:30:15 | …)
        "posted": lazy_regex(r"(?:发表于|发表时间|发帖时间)\s*[:：]?\s*(?:19|20)\d{2}"),
    }


def _reader_line(line: str) -> bool:
    return len(line) <= _HEAD_MAX and _patterns()["reader"].fullmatch(line) is not None


def _liked(lines: Sequence[str], k: int, i: int) -> bool:
    """Whether line ``k`` is a comment's count of likes under its reader's name (a WeChat post's
    精选留言: 天山游子 / 12): a count alone under a short line without punctuation. Asked only under
    a comment section's header (a table flattened one cell to a line has the same shape)."""
    return lines[k].isdigit() and len(lines[k]) <= _COUNT_MAX and k - 1 > i \
        and 0 < len(lines[k - 1]) <= _NAME_MAX and _patterns()["name"].fullmatch(lines[k - 1]) is not None


def reply_heads(lines: Sequence[str]) -> frozenset[int]:
    """The lines where readers' comments or a thread's replies may start: a comment section's
    header or a floor with a reader's line under it, a reply's header or a first post's footer
    (which carry their own); from there to the end the reader's lines keep coming. The page walk
    takes the first of them that stands after the article's text has started.

    >>> sorted(reply_heads(["正文。", "2012-05-12 10:30 回复", "喀什人", "支持！", "2012-05-12 11:00 回复"]))
    [1, 4]
    >>> sorted(reply_heads(["正文。", "作者：喀什人 回复日期：2012-05-12 11:00:00", "支持楼主！"]))
    [1]
    >>> sorted(reply_heads(["正文。", "1楼", "门诊大厅、药房，5月12日 8:30起开放。", "2楼", "内科。"]))
    []
    """
    p = _patterns()
    own, header, floor = set(), set(), set()
    for i, line in enumerate(lines):  # (the candidates by their own form: most pages have none)
        if len(line) > _HEAD_MAX:
            continue
        if p["reply_header"].match(line) or p["post_footer"].fullmatch(line) \
                or p["dated_floor"].fullmatch(line):
            own.add(i)
        elif p["header"].fullmatch(line):
            header.add(i)
        elif p["floor"].fullmatch(line):
            floor.add(i)
    if not (own or header or floor):
        return frozenset()
    n = len(lines)
    readers = [_reader_line(line) for line in lines]
    seen = [0]  # readers among the lines before k (prefix counts)
    for r in readers:
        seen.append(seen[-1] + r)

    def reader_in(a: int, b: int) -> bool:  # a reader's line among lines [a, b)
        a, b = max(a, 0), min(b, n)
        return a < b and seen[b] > seen[a]

    # a paragraph of the article's length with no reader's line near it; and whether one stands at
    # or after each line (counting readers on both sides: exact from _AROUND lines past a head on)
    unread = [len(lines[k]) >= _PARAGRAPH and not reader_in(k - _AROUND, k + _AROUND + 1) for k in range(n)]
    unread_after = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        unread_after[k] = unread[k] or unread_after[k + 1]

    def comments_to_the_end(i: int) -> bool:
        if unread_after[min(i + _AROUND, n)]:
            return False
        return not any(len(lines[k]) >= _PARAGRAPH and not reader_in(max(i, k - _AROUND), k + _AROUND + 1)
                       for k in range(i, min(i + _AROUND, n)))  # (readers above the head do not count)

    heads = set()
    for i in sorted(own | header | floor):
        if i in header:
            ok = reader_in(i + 1, i + 1 + _REACH) or any(_liked(lines, k, i)
                                                         for k in range(i + 1, min(i + 1 + _REACH, n)))
        elif i in floor:
            ok = reader_in(i + 1, i + 1 + _FLOOR_REACH) or any(
                p["posted"].match(lines[k]) for k in range(i + 1, min(i + 1 + _FLOOR_REACH, n)))
        else:
            ok = True
        if ok and comments_to_the_end(i):
            heads.add(i)
    return frozenset(heads)


def first_post_header(line: str) -> bool:
    """Whether ``line`` says when a thread's first post was posted, with the thread's toolbar
    (发表于 2012-5-12 10:30:15 | 只看该作者): the thread's title stands a few lines above it.

    >>> first_post_header("发表于 2012-5-12 10:30:15 | 只看该作者"), first_post_header("发表于 2012年")
    (True, False)
    """
    return _patterns()["posted"].match(line) is not None \
        and any(link in line for link in THREAD_TOOLBAR_LINKS)


#: The first post's floor, over its poster's name.
_FIRST_FLOORS: Final = ("楼主", "1楼", "1#", "#1")
#: A poster's name alone is at most this long.
_POSTER_MAX = 20


def poster_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines that name a thread's poster alone: between the first post's floor (楼主, 1楼) and
    the line that says when it was posted (发表于 …), or right under the thread's toolbar (只看楼主
    收藏 回复 / 天山游子, as Tieba prints it).

    >>> sorted(poster_lines(["楼主", "天山游子", "援疆十年，喀什变化有多大？"]))
    []
    >>> sorted(poster_lines(["只看楼主 收藏 回复", "天山游子", "援疆十年，喀什变化有多大。"]))
    [1]
    """
    p = _patterns()
    return frozenset(
        i for i in range(1, len(lines) - 1)
        if len(lines[i]) <= _POSTER_MAX and (
            ((lines[i - 1] in _FIRST_FLOORS or p["floor"].fullmatch(lines[i - 1]) is not None)
             and p["posted"].match(lines[i + 1]) is not None)
            or (len(lines[i - 1]) <= _HEAD_MAX and is_thread_toolbar(lines[i - 1])
                and p["name"].fullmatch(lines[i]) is not None)))
