"""A news post on a bulletin board (PTT, 批踢踢實業坊): its header, its news template, its footer.

PTT's boards ask a poster who reposts a news story to fill in a numbered template
(``1.媒體來源:`` the outlet, ``2.記者署名:`` the reporter, ``3.完整新聞標題:`` the headline,
``4.完整新聞內文:`` the text, ``5.完整新聞連結`` the link, ``6.備註:`` the poster's remark), under
the post's header (``作者``, ``標題``, ``時間``) and above its footer (``※ 發信站:``) and the
readers' replies (``推 user: …  03/27 13:46``). Copied as text, the post is read by that form:
the template's values are the outlet, the reporter and the headline; the header's time is when it
was posted; the rest is the board's furniture.

Lines are Simplified (the walk's ``simp``); the template is recognised by at least
:data:`_LABELS_MIN` of its numbered labels, so a page that quotes one label is no post.

>>> post = read_post(["作者 lulu (路路) 看板 Gossiping", "标题 [新闻] 援疆医生驻南疆",
...                   "时间 Wed Mar 27 13:45:12 2024", "1.媒体来源:", "中时新闻网", "2.记者署名:",
...                   "王晓", "3.完整新闻标题:", "援疆医生驻南疆县城", "4.完整新闻内文:",
...                   "大陆官媒报导，援疆医生已培养本地医师逾千名。", "5.完整新闻连结:",
...                   "https://example.com/a", "6.备注:", "有人要去吗", "推 qwer: 好 03/27 13:46"])
>>> post.title, sorted(post.furniture)
(8, [0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14, 15])
>>> [(f.field.value, f.value) for i in (2, 4, 6) for f in post.furniture[i]]
[('published', 'Mar 27 13:45:12 2024'), ('source', '中时新闻网'), ('authors', '王晓')]
>>> [f.value for f in read_post(["1.媒体来源:", "联合报", "2.记者署名:", "记者王晓／台北报导",
...                                "3.完整新闻标题:", "援疆医生驻南疆县城"]).furniture[3]]
['王晓']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from aidparse._lazy import VERBOSE, lazy_regex
from aidparse._record import record
from aidparse.article.credits import Field, parse_credits
from aidparse.models.vocab import MetaField

__all__ = ["Post", "read_post"]

#: The template's numbered labels, Simplified: what the value under each one is.
TEMPLATE_LABELS: Final = {
    "媒体来源": MetaField.SOURCE, "记者署名": MetaField.AUTHORS, "完整新闻标题": MetaField.TITLE,
    "完整新闻内文": None, "完整新闻连结": None, "完整新闻链接": None, "备注": None,
}
#: A post is a template's when this many of its labels stand on lines of their own.
_LABELS_MIN = 3

#: A numbered label of the template and its colon; the value after it on the line, or on the next
#: (1.媒体来源: 中时新闻网, 1.媒体来源: / 中时新闻网).
_LABEL = lazy_regex(r"\s*(?P<n>[1-9])\s*[.．、]\s*(?P<label>媒体来源|记者署名|完整新闻标题|完整新闻内文"
                    r"|完整新闻连结|完整新闻链接|备注)[^:：\n]{0,40}[:：]\s*(?P<value>.*)")
#: The board's hint the poster left in the template (※ 例如苹果日报、自由时报…): no value.
_HINT = lazy_regex(r"\s*※")
#: A ``ctime`` stamp alone on a line (the header copied one field per line).
_CTIME = lazy_regex(r"\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+"
                    r"(?P<date>[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+(?:19|20)\d{2})\s*")
#: The post's header lines: its poster and board, its subject, its time (a ``ctime`` stamp).
_HEADER = lazy_regex(r"""\s*(?:
      作者\s+\S+(?:\s+\([^()]{0,20}\))?(?:\s+看板\s+\S+)?      # 作者 lulu0917 (路路) 看板 Gossiping
    | 标题\s+(?:\[[^\]]{1,6}\]|Re:|Fw:).{0,80}                  # 标题 [新闻] …
    | 时间\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+                  # 时间 Wed Mar 27 13:45:12 2024
      (?P<date>[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+(?:19|20)\d{2})
    | .{0,20}看板\s+\S+ | 返回看板                                 # 批踢踢实业坊 › 看板 Gossiping
    )\s*""", VERBOSE)
#: The footer: the board's signature and the post's address, the separator before them.
_FOOTER = lazy_regex(r"\s*(?:※\s*(?:发信站|文章网址|编辑|转录者)\s*[:：].*|--)\s*")
#: A reader's reply: a push, a boo or an arrow, the reader's id, the words, the day and time.
_REPLY = lazy_regex(r"\s*(?:推|嘘|→)\s*[A-Za-z0-9_]{2,20}\s*[:：].{0,120}?\d{2}/\d{2}(?:\s+\d{2}:\d{2})?\s*")


@record
class Post:
    """What a bulletin board's news post says by its form.

    ``title``: the index of the headline's line, and where the headline starts on it (after its
    label when the poster wrote them on one line); ``furniture``: the board's lines (header, template
    labels and values, hints, footer, replies) with the fields each gives (offsets into its line);
    ``labels``: lines that open with a label before a value of the article (4.完整新闻内文: 大陆…), with
    where the value starts.
    """

    title: int | None
    title_start: int
    furniture: dict[int, list[Field]]
    labels: dict[int, int]


def read_post(lines: Sequence[str]) -> Post | None:
    """The post a page's (Simplified) lines make up, or ``None`` when they are no such post."""
    found = {i: m for i, line in enumerate(lines) if (m := _LABEL.fullmatch(line)) is not None}
    if len({m.group("label") for m in found.values()}) < _LABELS_MIN:
        return None
    furniture: dict[int, list[Field]] = {}
    labels: dict[int, int] = {}
    first = min(found)
    header = 0
    for i in range(first):  # the board's header above the template (other lines: the walk's)
        m = _HEADER.fullmatch(lines[i]) or _CTIME.fullmatch(lines[i])
        if m is None:
            continue
        header += 1
        date = m.group("date")
        furniture[i] = [] if date is None else [
            Field(MetaField.PUBLISHED, date, m.start("date"), m.end("date"), "forum.ptt-time")]
    if not header and any(line.strip() for line in lines[:first]):
        return None  # an article that quotes the template (a lesson on reading news): no board's post
    title, title_start = None, 0
    ordered = sorted(found)
    for k, i in enumerate(ordered):
        m = found[i]
        label, nxt = m.group("label"), ordered[k + 1] if k + 1 < len(ordered) else len(lines)
        if label == "备注":  # the poster's remark, the footer and the replies under it
            for j in range(i, len(lines)):
                furniture[j] = []
            break
        at, start = i, m.start("value")
        if not m.group("value").strip():  # the value on a line of its own, past the board's hints
            furniture[i] = []
            at, start = i + 1, 0
            while at < nxt and (_HINT.match(lines[at]) or not lines[at].strip()):
                furniture[at] = []
                at += 1
            if at >= nxt:
                continue
        value = lines[at][start:].strip()
        start = lines[at].index(value, start) if value else start
        field = TEMPLATE_LABELS[label]
        if label in ("完整新闻连结", "完整新闻链接"):
            for j in range(i, nxt):
                furniture[j] = []  # the link (and nothing else stands there)
        elif field is MetaField.TITLE:
            title, title_start = at, start
        elif field is MetaField.SOURCE:
            furniture[at] = [Field(field, value, start, start + len(value), "forum.ptt-template")]
        elif field is MetaField.AUTHORS:
            # the reporter's credit as the outlet printed it (记者王晓／台北报导), or names alone
            credit = parse_credits(value, names_only=True) or []
            furniture[at] = [f.shifted(start, "forum.ptt-template") for f in credit
                             if f.field is MetaField.AUTHORS]
        elif at == i:  # 4.完整新闻内文: 大陆官媒报导…: the label, then the article's first paragraph
            labels[i] = start
    if "备注" not in {m.group("label") for m in found.values()}:
        for j in range(ordered[-1] + 1, len(lines)):
            if _FOOTER.fullmatch(lines[j]) or _REPLY.fullmatch(lines[j]):
                furniture[j] = []
    return Post(title, title_start, furniture, labels)
