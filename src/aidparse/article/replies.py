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


def _alt(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    headers, floors = _alt(COMMENT_HEADERS), _alt(FLOOR_WORDS)
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


def _reader_within(lines: Sequence[str], i: int, reach: int, *, likes: bool = False) -> bool:
    return any(_reader_line(lines[k]) or (likes and _liked(lines, k, i))
               for k in range(i + 1, min(i + 1 + reach, len(lines))))


def _comments_to_the_end(lines: Sequence[str], i: int) -> bool:
    """Whether the lines from ``i`` to the end read as comments: no paragraph of the article's length
    without a reader's line near it."""
    readers = [k for k in range(i, len(lines)) if _reader_line(lines[k])]
    return all(len(lines[k]) < _PARAGRAPH or any(abs(k - r) <= _AROUND for r in readers)
               for k in range(i, len(lines)))


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
    heads = set()
    for i, line in enumerate(lines):
        if len(line) > _HEAD_MAX:
            continue
        own = p["reply_header"].match(line) is not None or p["post_footer"].fullmatch(line) is not None \
            or p["dated_floor"].fullmatch(line) is not None
        header = p["header"].fullmatch(line) is not None and _reader_within(lines, i, _REACH, likes=True)
        floor = p["floor"].fullmatch(line) is not None and (
            any(p["posted"].match(lines[k]) for k in range(i + 1, min(i + 1 + _FLOOR_REACH, len(lines))))
            or _reader_within(lines, i, _FLOOR_REACH))
        if (own or header or floor) and _comments_to_the_end(lines, i):
            heads.add(i)
    return frozenset(heads)


#: The first post's floor, over its poster's name.
_FIRST_FLOORS: Final = ("楼主", "1楼", "1#", "#1")
#: A thread's toolbar: a link to the original poster's posts (只看楼主 | 收藏 | 回复).
_TOOLBAR = lazy_regex(r"只看楼主|只看该作者")
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
            or (_TOOLBAR.search(lines[i - 1]) is not None and len(lines[i - 1]) <= _HEAD_MAX
                and p["name"].fullmatch(lines[i]) is not None)))
