"""Site furniture, related-headline lists, captions, bylines and header lines.

Lines are classified on their Simplified form (conversion keeps offsets), so
``責任編輯`` is recognised like ``责任编辑``. Lines that carry facts — the date
and source line, editors, authors — are removed from the body and handed on
as metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

from aidparse._lazy import IGNORECASE, VERBOSE, lazy_regex
from aidparse.cleaning.edits import Change, Meta
from aidparse.models.vocab import EditReason
from aidparse.script import to_simplified

__all__ = ["find_boilerplate"]


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first character
    end: int  # offset just past the last character (before the newline)
    raw: str
    simp: str  # Simplified, stripped of surrounding space; same length as raw.strip()
    lead: int  # characters of leading whitespace in raw
    blank_before: int
    blank_after: int


def _lines(text: str) -> list[_Line]:
    spans = []
    pos = 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    out: list[_Line] = []
    blanks = 0
    content: list[int] = []
    for start, end, raw in spans:
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        lead = len(raw) - len(raw.lstrip())
        content.append(len(out))
        out.append(_Line(start, end, raw, to_simplified(stripped), lead, blanks, 0))
        blanks = 0
    # blank_after: blank lines until the next content line (or the end)
    fixed = []
    for i, line in enumerate(out):
        after = out[i + 1].blank_before if i + 1 < len(out) else blanks + 1
        fixed.append(_Line(line.start, line.end, line.raw, line.simp, line.lead,
                           line.blank_before, after))
    return fixed


# Editors and authors: "责任编辑：admin", "编辑: 加乘", "记者 张三 李四".
_ROLE_LINE = lazy_regex(
    r"""^[【\[(（]?\s*
    (?P<role>责任编辑|责编|编辑|值班编辑|实习编辑|审核|校对|初审|二审|三审|终审|监制
      |作者|记者|通讯员|采访人员|撰稿|文字|摄影|图片|文/图|文|图|来源)
    \s*[:：]\s*(?P<value>[^】\])）]{1,40}?)\s*[】\])）]?$""",
    VERBOSE,
)
_EDITOR_ROLES = frozenset(
    ["责任编辑", "责编", "编辑", "值班编辑", "实习编辑", "审核", "校对", "初审", "二审", "三审", "终审",
     "监制"]
)

# Site furniture that carries no fact: the whole line goes.
_FURNITURE = lazy_regex(
    r"""^(?:
        [【\[]?(?:打印|关闭|打印本页|关闭窗口|打印此文|关闭本页|返回顶部|返回|收藏|分享|点赞|纠错)[】\]]?
      | (?:[【\[]?(?:打印|关闭|收藏|分享|纠错)[】\]]?\s*){2,}
      | 分享到.{0,40}
      | 【?字[体号]\s*[:：].{0,20}
      | 扫一扫.{0,40} | 扫码.{0,40} | 手机看新闻.{0,20}
      | (?:上|下)一(?:篇|条|页)\s*[:：].{0,100}
      | 原标题\s*[:：].{0,100}
      | (?:免责声明|版权声明|声明)\s*[:：].{0,200}
      | 版权所有.{0,100} | Copyright.{0,100} | ©.{0,100} | copyright.{0,100}
      | .{0,20}(?:未经授权|不得转载|禁止转载).{0,100}
      | 推荐使用.{0,30}评论插件.{0,20} | .{0,30}社会化评论插件.{0,20}
      | 发表评论.{0,10} | 我要评论.{0,10} | 网友评论仅供.{0,60}
      | [|｜•·\-—_=*~#]+
      | (?:[^|｜>»/\s]{1,8}\s*[|｜>»/]\s*){2,}[^|｜>»/\s]{1,8}   # 首页 | 新闻 | 正文, 首页 > 新闻
    )$""",
    VERBOSE | IGNORECASE,
)

# Headers after which a list of unrelated headlines or ads follows.
_LIST_HEADER = lazy_regex(
    r"""^[【\[]?(?:推荐阅读|相关推荐|随便看看|网友评论|相关新闻|相关阅读|相关链接|热点推荐|热门推荐
      |猜你喜欢|延伸阅读|热门文章|最新文章|热点新闻|图片新闻|更多新闻|精彩推荐|今日推荐|为你推荐)
      [】\]]?\s*[:：]?$""",
    VERBOSE,
)
_LIST_ITEM = lazy_regex(r"^(?:[-·•●■▪*>◆◇□○]|\d{1,2}\s*[.、)）]|[\[【][^\]】]{1,8}[\]】])")

# The header's date/source line: "2018-10-29 11:27:00来源:人民网".
_DATE = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_HEADER_LINE = lazy_regex(
    rf"""^(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*)?
    (?P<date>{_DATE})?\s*(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*
    (?:(?:来源|稿源|出处)\s*[:：]\s*(?P<source>[^\s|｜]{{1,30}}))?\s*[|｜]?\s*
    (?:(?:作者|记者)\s*[:：]\s*(?P<author>[^\s|｜]{{1,20}}))?\s*[|｜]?\s*
    (?:(?:编辑|责任编辑)\s*[:：]\s*(?P<editor>[^\s|｜]{{1,20}}))?\s*$""",
    VERBOSE,
)

# A site name alone on the first line: 央广网, 天山网, 人民日报.
_SITE = lazy_regex(r"^[\p{Han}A-Za-z]{1,8}(?:网|报|台|在线|新闻|客户端|APP|频道)$")

# Bylines in the body.
_LEAD_BYLINE = lazy_regex(
    r"""^(?P<paper>[\p{Han}A-Za-z]{1,12}?(?:讯|电))\s*
    (?:[(（]\s*(?P<role>记者|通讯员|采访人员|特约记者|实习记者|见习记者)\s*(?P<names>[^)）]{1,40})[)）])?""",
    VERBOSE,
)
_TAIL_BYLINE = lazy_regex(
    r"""[(（]\s*(?:(?:记者|通讯员|采访人员|作者|撰稿|文|文/图|图/文|摄影)\s*[:：]?\s*[\p{Han}·]{2,5}
        (?:[\s、,，]+(?:(?:记者|通讯员|采访人员|作者|撰稿|摄影)\s*[:：]?\s*)?[\p{Han}·]{2,5})*)
    \s*[)）]\s*$""",
    VERBOSE,
)
_ROLE_WORD = lazy_regex(r"记者|通讯员|采访人员|特约记者|实习记者|见习记者|作者|撰稿|文/图|图/文|摄影|文")
_NAME_SEP = lazy_regex(r"[\s、,，/:：]+")
_NAME_LINE = lazy_regex(r"^\p{Han}{2,4}$")

# A running header of a print page glued to a section heading.
_RUNNING_HEADER = lazy_regex(
    r"(?<=[,，、]\S*)\s+(?P<header>\S+(?:\s+\S+)*(?:纪实|综述|特刊|专刊|专版|巡礼|侧记))$"
)
_SENTENCE_END = lazy_regex(r"[。！？!?；;]")
_CAPTION_MAX = 30
_FIELD_LINE = {"source": EditReason.SOURCE_LINE, "editors": EditReason.EDITORS_LINE,
               "authors": EditReason.AUTHORS_LINE}


def _names(value: str) -> list[str]:
    value = _ROLE_WORD.sub(" ", value)
    return [n for n in _NAME_SEP.split(value) if n]


def _is_heading(line: _Line) -> bool:
    return len(line.simp) <= 60 and not _SENTENCE_END.search(line.simp)


def _whole(line: _Line, reason: EditReason, meta: tuple[Meta, ...] = ()) -> Change:
    """Remove a whole line, with its newline."""
    return Change(line.start, line.end, reason=reason, meta=meta)


def _value_meta(line: _Line, field: str, value: str, at: int) -> Meta:
    start = line.start + line.lead + at
    return Meta(field, value, start, start + len(value))


def _classify_role(line: _Line) -> Change | None:
    m = _ROLE_LINE.match(line.simp)
    if m is None:
        return None
    role, value = m.group("role"), m.group("value").strip()
    if role == "来源":
        field = "source"
    elif role in _EDITOR_ROLES:
        field = "editors"
    else:
        field = "authors"
    if field == "authors":  # 记者：张三 李四 names two authors
        metas = tuple(_value_meta(line, field, name, m.start("value") + value.find(name))
                      for name in _names(value))
    else:
        metas = (_value_meta(line, field, value, m.start("value")),)
    return _whole(line, _FIELD_LINE[field], metas)


def _classify_header(line: _Line) -> Change | None:
    m = _HEADER_LINE.match(line.simp)
    if m is None or not (m.group("date") or m.group("source")):
        return None
    metas = []
    for group, field in (("date", "published"), ("source", "source"),
                         ("author", "authors"), ("editor", "editors")):
        if m.group(group):
            value = m.group(group)
            if group == "date" and m.group("time"):
                value = line.simp[m.start("date"):m.end("time")]
            metas.append(_value_meta(line, field, value, m.start(group)))
    return _whole(line, EditReason.HEADER_LINE, tuple(metas))


def find_boilerplate(text: str) -> list[Change]:
    """Find site furniture, lists, captions and header lines to remove.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "央广网\\n\\n标题\\n\\n2018-10-29 11:27:00来源:人民网\\n正文。\\n编辑: 加乘\\n关闭"
    >>> apply_changes(t, find_boilerplate(t))
    '\\n\\n标题\\n\\n\\n正文。\\n\\n'
    """
    lines = _lines(text)
    edits: list[Change] = []
    title: str | None = None
    in_list = False
    for i, line in enumerate(lines):
        simp = line.simp
        if i < 3 and _SITE.match(simp) and len(lines) > 1:
            start = line.start + line.lead
            edits.append(_whole(line, EditReason.SITE_NAME, (Meta("site", simp, start, start + len(simp)),)))
            continue
        if in_list:
            if _LIST_ITEM.match(simp) or _LIST_HEADER.match(simp) or _FURNITURE.match(simp) \
                    or (len(simp) < 40 and not _SENTENCE_END.search(simp[-1:])) \
                    or "|" in simp[:12] or "｜" in simp[:12]:
                edits.append(_whole(line, EditReason.RELATED_LIST))
                continue
            in_list = False
        if _LIST_HEADER.match(simp):
            in_list = True
            edits.append(_whole(line, EditReason.RELATED_LIST))
            continue
        if _FURNITURE.match(simp):
            edits.append(_whole(line, EditReason.NAVIGATION))
            continue
        if title is None and _is_heading(line) and not _HEADER_LINE.match(simp) \
                and not _ROLE_LINE.match(simp):
            title = simp
            continue
        role = _classify_role(line)
        if role is not None:
            edits.append(role)
            continue
        header = _classify_header(line)
        if header is not None:
            edits.append(header)
            continue
        if title is not None and simp == title and i > 0:
            edits.append(_whole(line, EditReason.REPEATED_TITLE))
            continue
        if line.blank_before >= 2 and line.blank_after >= 1 and len(simp) <= _CAPTION_MAX \
                and not _SENTENCE_END.search(simp) and not _NAME_LINE.match(simp) \
                and "," not in simp and "，" not in simp:
            edits.append(_whole(line, EditReason.CAPTION))
            continue
        edits.extend(_body_bylines(lines, i))
    return edits


def _body_bylines(lines: list[_Line], i: int) -> list[Change]:
    """Bylines inside body lines, running headers, and lone name lines."""
    line = lines[i]
    simp = line.simp
    base = line.start + line.lead
    out: list[Change] = []
    prev_heading = i > 0 and _is_heading(lines[i - 1])
    next_heading = i + 1 < len(lines) and _is_heading(lines[i + 1])
    if _NAME_LINE.match(simp) and prev_heading and next_heading and not _SITE.match(simp):
        return [_whole(line, EditReason.BYLINE, (Meta("authors", simp, base, base + len(simp)),))]
    if _is_heading(line):
        m = _RUNNING_HEADER.search(simp)
        if m:
            out.append(Change(base + m.start(), base + m.end(), reason=EditReason.RUNNING_HEADER,
                            meta=(Meta("series", m.group("header"), base + m.start("header"),
                                       base + m.end("header")),)))
        return out
    m = _LEAD_BYLINE.match(simp)
    if m and m.group("names"):
        metas = [Meta("authors", n, base, base + m.end()) for n in _names(m.group("names"))]
        paper = m.group("paper")
        if not paper.startswith("本报"):
            metas.append(Meta("source", paper[:-1], base, base + len(paper) - 1))
        out.append(Change(base, base + m.end(), reason=EditReason.BYLINE, meta=tuple(metas)))
    t = _TAIL_BYLINE.search(simp)
    if t:
        names = _names(t.group()[1:-1])
        tail = tuple(Meta("authors", n, base + t.start(), base + t.end()) for n in names)
        out.append(Change(base + t.start(), base + t.end(), reason=EditReason.BYLINE, meta=tail))
    return out
