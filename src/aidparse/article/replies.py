"""Readers' comments under an article, and the replies under a forum thread's first post.

A news page prints its readers' comments under the article, below a header (``网友评论``,
``最新评论``, ``精选留言``, ``已有12人参与 评论``); a forum thread prints the replies under its
first post, each below its floor (``沙发``, ``板凳``, ``2楼``, ``#2``) or a reply's header
(``作者：喀什人 回复日期：2012-05-12 11:00:00``), or after the first post's own footer
(``2012-05-12 10:30 回复``). Copied as text, a comment reads as prose, so no line's form tells it
from the article's; where they start does. A header (or a floor, or a first post's footer) starts
them only when a reader's marks follow within a few lines: a date or a time, how long ago
(``3小时前``), where the reader wrote from (``IP属地``), the widgets of a comment (``回复``, ``赞12``,
``顶(3)``, ``举报``), a count alone, ``作者`` alone (the author's answer on a WeChat post).

Lines are Simplified (the walk's ``simp``), stripped.

>>> lines = ["援疆干部辛苦了。", "网友评论", "网易新疆乌鲁木齐市网友 2024-05-12 11:00", "支持！"]
>>> sorted(reply_heads(lines))
[1]
>>> sorted(reply_heads(["援疆干部辛苦了。", "网友评论", "援疆是一项长期任务。"]))  # no reader's mark
[]
>>> sorted(poster_lines(["楼主", "天山游子", "发表于 2012-5-12 10:30:15 | 只看该作者"]))
[1]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from aidparse._lazy import VERBOSE, lazy_regex

if TYPE_CHECKING:
    import regex

__all__ = ["COMMENT_HEADERS", "FLOOR_WORDS", "poster_lines", "reply_heads"]

#: Headers of a page's comment section (网友评论, 精选留言), alone on their line.
COMMENT_HEADERS: Final = (
    "网友评论", "最新评论", "热门评论", "精彩评论", "全部评论", "最热评论", "评论区", "读者评论", "用户评论",
    "精选留言", "读者留言", "网友留言", "留言区", "全部留言", "热门留言", "精选评论", "评论列表", "网友跟帖",
    "热门跟帖", "最新跟帖", "全部跟帖", "网友回复", "全部回复", "最新回复", "热门回复",
)
#: The floors of a thread's first replies (沙发: the first; 板凳: the second; 地板: the third).
FLOOR_WORDS: Final = ("沙发", "板凳", "地板", "地下室")
#: How many lines under a header a reader's mark is looked for.
_REACH = 4


def _alt(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    headers, floors = _alt(COMMENT_HEADERS), _alt(FLOOR_WORDS)
    date = r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    clock = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    widget = r"回复|举报|引用"
    return {
        # a comment section's header, with its count (网友评论(12), 最新评论 12 条), or its count
        # alone (已有12人参与 评论, 12条评论, 共12条留言)
        "header": lazy_regex(rf"""
            [【\[]?(?:{headers})[】\]]?\s*(?:[(（]?\d{{1,6}}[)）]?\s*条?)?\s*[:：]?
          | (?:已有|共有|共)?\s*\d{{1,6}}\s*(?:人参与|条评论|条留言|条回复|人评论)
            (?:\s*(?:评论|留言|网友评论))?
            """, VERBOSE),
        # a thread's floor: 沙发, 2楼, 第2楼, #2, 2#, with the poster's name or the time after it
        "floor": lazy_regex(rf"""
            (?:{floors}|第?\d{{1,4}}\s*楼|[#＃]\d{{1,4}}|\d{{1,4}}\s*[#＃])
            (?:\s+\S.{{0,40}})?""", VERBOSE),
        # a reply's header on a board that prints no floor (作者：喀什人 回复日期：2012-05-12 11:00:00)
        "reply_header": lazy_regex(r"(?:作者|网友|用户)\s*[:：]\s*\S{1,20}\s+(?:回复日期|回复时间)\s*[:：]"),
        # the first post's footer: its time, then the post's widgets (2012-05-12 10:30 回复)
        "post_footer": lazy_regex(rf"""
            (?:第?\d{{1,4}}\s*楼\s*)?{date}\s*(?:{clock})?\s*(?:{widget})
            (?:\s*[|｜]?\s*(?:{widget}|分享))*""", VERBOSE),
        # what a reader's comment carries: its time, how long ago, the reader, its widgets, a count
        "mark": lazy_regex(rf"""
            {date}\s*{clock} | {date}\s+(?:回复|发表) | \d{{1,2}}\s*(?:秒|分钟|小时|天)前 | 刚刚
          | 昨天\s*{clock} | IP属地 | 发表于 | (?:^|\s)(?:{widget})(?:\s|$)
          | [赞顶踩]\s*[(（]?\d | ^\d{{1,6}}$ | ^作者$
            """, VERBOSE),
        # the line under a first post's poster: when it was posted (发表于 2012-5-12 10:30:15 | …)
        "posted": lazy_regex(r"(?:发表于|发表时间|发帖时间)\s*[:：]?\s*(?:19|20)\d{2}"),
    }


def _mark_follows(lines: Sequence[str], i: int) -> bool:
    mark = _patterns()["mark"]
    return any(mark.search(lines[k]) is not None for k in range(i + 1, min(i + 1 + _REACH, len(lines))))


def reply_heads(lines: Sequence[str]) -> frozenset[int]:
    """The lines where readers' comments or a thread's replies may start: a comment section's
    header, a floor, a reply's header or a first post's footer, with a reader's mark in the lines
    under it (a reply's header and a post's footer carry their own). The page walk takes the first
    of them that stands after the article's text has started.

    >>> sorted(reply_heads(["正文。", "2012-05-12 10:30 回复", "喀什人", "支持！", "2012-05-12 11:00 回复"]))
    [1, 4]
    >>> sorted(reply_heads(["正文。", "作者：喀什人 回复日期：2012-05-12 11:00:00", "支持楼主！"]))
    [1]
    """
    p = _patterns()
    heads = set()
    for i, line in enumerate(lines):
        if len(line) > _HEAD_MAX:
            continue
        own = p["reply_header"].match(line) is not None or p["post_footer"].fullmatch(line) is not None
        head = p["header"].fullmatch(line) is not None or p["floor"].fullmatch(line) is not None
        if own or (head and _mark_follows(lines, i)):
            heads.add(i)
    return frozenset(heads)


#: A header, a floor or a post's footer is at most this long.
_HEAD_MAX = 60
#: The first post's floor, over its poster's name.
_FIRST_FLOORS: Final = ("楼主", "1楼", "1#", "#1")
#: A poster's name alone is at most this long.
_POSTER_MAX = 20


def poster_lines(lines: Sequence[str]) -> frozenset[int]:
    """The lines that name a thread's poster alone: between the first post's floor (楼主, 1楼) and
    the line that says when it was posted (发表于 …).

    >>> sorted(poster_lines(["楼主", "天山游子", "援疆十年，喀什变化有多大？"]))
    []
    """
    p = _patterns()
    return frozenset(
        i for i in range(1, len(lines) - 1)
        if (lines[i - 1] in _FIRST_FLOORS or p["floor"].fullmatch(lines[i - 1]) is not None)
        and len(lines[i]) <= _POSTER_MAX and p["posted"].match(lines[i + 1]) is not None)
