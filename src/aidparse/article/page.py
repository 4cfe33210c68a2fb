"""The page as a reader sees it: the cleaning step that takes furniture and metadata out.

:func:`find_page_furniture` walks the lines of a page once, top to bottom, the
way a reader's eye does, through four zones:

1. **The header**, above the headline (placed beforehand by
   :mod:`aidparse.article.anchor`, or by a line of header furniture near the top:
   a breadcrumb, a bar of links, a banner): removed as what it is, or as the
   site's navigation.
2. **The head** between the headline and the body: stamps and credit lines
   (several fields on one line), a name under the stamp, the headline printed
   again, a wire dateline that repeats the headline, a deck or subtitle.
3. **The body**: only lines whose *form* is furniture go — a credit line read
   whole, a caption by its photographer's credit, a related-news list under its
   header, the headline printed again, a widget, a copyright notice —; a wire
   dateline or byline opening a paragraph and a credit closing one are cut.
4. **The footer**, once the article has ended (an editors line, a share
   widget, a copyright or disclaimer notice after the text): what follows that
   is not prose.

One principle holds every removal of a whole line (:mod:`aidparse.article.prose`):
a rule that knows the form of its line (:data:`SPECIFIC_RULES`) may remove a
line that reads as prose; a rule that goes by position or a loose shape may
not, and the line stays (recorded as ``guard.<rule>`` when tracing). So a
sentence of the article is never lost to where it stands.

Every removal is a :class:`~aidparse.cleaning.edits.Change` with its
:class:`~aidparse.models.vocab.EditReason`; the facts of a metadata line ride
on the change that removes it as :class:`~aidparse.cleaning.edits.Meta`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.article import captions as cap
from aidparse.article import furniture as fur
from aidparse.article.anchor import (
    BULLETS,
    DEEP_ANCHOR_DEPTH,
    PARAGRAPH_MIN,
    Markup,
    fragment_above,
    glued_stamp,
    header_name,
    headline_anchor,
    is_listed_headline,
    is_outlet_masthead,
    is_stamp,
    markup_headlines,
    name_shaped,
    stamp_after_trail,
    widget_residue,
)
from aidparse.article.bylines import (
    NAME_LINE,
    authors_line,
    bracketed_byline,
    is_word,
    names_byline,
    names_only,
    people_alone,
    people_line,
)
from aidparse.article.credits import Field, label_at_start, label_only, parse_credits
from aidparse.article.datelines import author_note, dateline_alone, parse_lead, parse_tail, team_and_names
from aidparse.article.forum import read_post
from aidparse.article.labels import DOCUMENT_ENDINGS
from aidparse.article.layout import Line, page_lines
from aidparse.article.names import split_names, valid_name
from aidparse.article.prose import (
    NUMBERED,
    SENTENCE_MARK,
    STOP,
    reads_as_prose,
    reads_as_salutation,
    reads_as_terms,
)
from aidparse.article.replies import first_post_header, poster_lines, reply_heads
from aidparse.article.stamps import (
    SIGNED_DATE,
    account_header,
    loose_stamp,
    parse_stamp_date,
    split_stamp,
    stamp_account,
)
from aidparse.article.title import (
    LONG_HEADLINE,
    colon_half,
    column_tag,
    feature_deck,
    genre_tag,
    headline_like,
    site_suffix,
    squeeze,
    title_site,
)
from aidparse.article.trace import fired
from aidparse.article.words import (
    ORG_LINE_MAX,
    org_line,
    org_name,
    place_led_name,
    place_outlet,
)
from aidparse.cleaning.edits import Change, Meta
from aidparse.models.vocab import EditReason, MetaField
from aidparse.script.detect import evidence

__all__ = ["SPECIFIC_RULES", "Markup", "find_page_furniture", "markup_headlines", "placed_headline"]

#: Rules that know the form of the line they remove: they may remove a line that reads as prose.
SPECIFIC_RULES: Final = frozenset([
    # a credit or stamp line read whole (every part of it accounted for)
    "meta.credits", "meta.split-value", "meta.loose-stamp", "meta.account-header", "lead.title-repeat",
    "lead.over-headline",
    "tail.bracket-line", "tail.team-line", "tail.author-note", "meta.split-stamp", "furniture.paper-record",
    # furniture by a form only furniture has
    "furniture.script", "furniture.seo", "furniture.spam-words", "furniture.spam-welcome",
    "furniture.end-mark", "furniture.widget", "furniture.breadcrumb",
    "furniture.qr", "furniture.paywall", "furniture.copyright", "furniture.disclaimer",
    "furniture.call", "furniture.login", "furniture.contact", "furniture.link", "furniture.pages",
    "furniture.damage", "furniture.clock", "furniture.relative-time", "furniture.empty-role",
    "furniture.keywords", "furniture.image", "furniture.channels", "furniture.account-card",
    "furniture.footer-links", "furniture.link-label", "furniture.related-item", "furniture.site-footer",
    "furniture.image-credit", "furniture.translation", "furniture.url", "furniture.counters",
    "furniture.ad", "furniture.banner", "furniture.share", "furniture.spaced-menu",
    # captions by a photographer's or provider's credit, a picture label, a position marker
    "caption.credit", "caption.picture-label", "caption.gallery", "caption.agency", "caption.arrow",
    "caption.after-image-credited", "caption.over-credit",
    # a bulletin board's post around its news, read by the board's template
    "forum.ptt", "forum.ptt-label", "replies.after-article", "replies.poster",
    # the headline printed again; a list under its header, and its items marked as such
    "repeat.title", "list.header", "list.marked-item",
])
#: Specific rules whose phrase an article's sentence may also hold (下载…APP, 欢迎来到…, 短信):
#: they remove a line that reads as prose only when it is as short as the widget it is.
_SHORT_SPECIFIC: Final = frozenset([
    "furniture.banner", "furniture.share", "furniture.login", "furniture.paywall", "furniture.qr",
    "furniture.widget",
])
#: How short (in characters) such a line is.
_WIDGET_MAX = 40
#: Removals that, after the article's text, say it has ended (what follows is the footer). Share
#: widgets, QR codes and calls to follow stand under headlines too: they do not end an article.
_END_RULES: Final = frozenset(["furniture.copyright", "furniture.disclaimer", "furniture.end-mark"])
#: Removals of the site's header: above a line, they show it may be the headline.
_HEADER_REASONS: Final = frozenset([
    EditReason.NAVIGATION, EditReason.BREADCRUMB, EditReason.BANNER, EditReason.SPAM, EditReason.SITE_NAME,
    EditReason.QR_CODE, EditReason.ADVERTISEMENT, EditReason.SCRIPT_RESIDUE, EditReason.HTML_FURNITURE,
    EditReason.HEADER_LINE, EditReason.SOURCE_LINE,
])
_DECK = lazy_regex(r"^(?:——|—|--|－－)")
#: Lines longer than this are never metadata or furniture by form.
_SHORT = 160
#: Lines a name that is no sure spam site's name must start to be cut as one spliced in.
_SPLICED_LINES = 3
#: The fields of a notice's event other than its time (地点：喀什市人民广场, 参加对象：…, 主办单位：…).
_NOTICE_FIELD = lazy_regex(r"\s*\p{Han}{0,4}?(?:地\s*点|地\s*址|场\s*地|内\s*容|主\s*题|对\s*象|形\s*式"
                           r"|安\s*排|人\s*员|方\s*式|联系人|单\s*位)\s*[:：]")
#: A notice's event time: a bare date label (a page's stamp has 发布时间, 更新时间 …).
_EVENT_TIME = lazy_regex(r"\s*(?:活动|会议|报名)?(?:时\s*间|日\s*期)\s*[:：]")
#: How much of a cleaned text is read again for its headline.
_HEAD_CHARS = 20_000
#: How far down a page a line of header furniture makes the lines above it the header.
_HEADER_DEPTH = 12
_HAN = lazy_regex(r"\p{Han}")
#: A line this long is a paragraph (or a headline), not a link or a label.
#: The article's first paragraph is at most this many body lines down, after short lines only.
_LEAD_WINDOW = 3
#: A page's bibliographic record shows at least this many lines (one alone may be a body's line).
_PAPER_RECORDS = 2
#: A byline printed as a description and a name apart (援疆医疗专家  王晓).
#: A self-media platform's badges glued before a post's headline (原创最不愁…), read as such only
#: over the account's name.
_BADGES: Final = ("原创", "独家", "首发")
#: The markup's title names the headline without its badge when it starts with this many of the
#: characters after it.
_BADGE_CHECK = 8
#: Endings of the offices that sign a notice (喀什地区教育局, 和田地区第一人民医院).
_OFFICE_ENDINGS = ("局", "厅", "委", "办", "处", "科", "所", "站", "院", "学校", "小学", "中学", "政府")
#: A poem's line is at most this long.
_VERSE_MAX = 20
#: A line this short that reads as an outlet's name is its name, not a headline.
_ORG_NAME_MAX = 12
_OUTLET_ENDINGS = ("网", "报", "社", "台", "客户端", "在线", "频道", "APP", "App")
_SPACED_BYLINE = lazy_regex(r"^(?P<desc>\p{Han}{2,12})[ \t\u3000]{2,}(?P<name>\p{Han}{2,3})$")
_RUNNING_HEADER = lazy_regex(
    r"(?<=[,，、]\S*)\s+(?P<header>\S+(?:\s+\S+)*(?:纪实|综述|特刊|专刊|专版|巡礼|侧记))$"
)
_CAPTION_MAX = 30
#: A forum thread's title stands this many lines above its toolbar or its first post's time at most
#: (查看: 1234|回复: 56 / 楼主 / 天山游子 / 发表于 2012-5-12 10:30:15 | 只看该作者).
_THREAD = 5
#: A photographer's role in a credit line (摄影：, 图/, 摄 after the name, 供图).
_PHOTO_ROLE = lazy_regex(r"摄|图\s*[/／:：丨|]|图片\s*[:：]|供图")
#: A writer's role in a credit line (文/李明 图/王晓 credits the article's text and its pictures).
_TEXT_ROLE = lazy_regex(r"(?<!图)文\s*[/／:：丨|]|作者|撰稿|撰文|采写|执笔")
#: An amount, which a sentence of the text states and a caption rarely does (1.2亿元, 35%).
_AMOUNT = lazy_regex(r"\d(?:[\d.,]*\d)?\s*(?:[万亿]?元|[%％]|万|亿)")
#: An item of a list that counts its points (一是…，二是…).
_ENUMERATED = lazy_regex(r"^\s*[一二三四五六七八九十]+是")
#: A section heading's shape, which a caption does not have: two phrases set apart by a space (上下同欲
#: “干”字当头), or a speaker and what they said (王晓：援疆是我一生的财富; safety33).
_HEADING_SHAPE = lazy_regex(r"\S\s+\S|[:：]")
#: A caption over its credit line is at least this long (a section's heading is shorter).
_CAPTION_MIN = 10


def _one_phrase(simp: str) -> bool:
    """Whether a line is one phrase: no sentence's mark, or one full stop closing it (before a
    credit in brackets), and no comma.

    >>> _one_phrase("纺织工业园。（路透）"), _one_phrase("近日，援疆干部来到喀什。"), _one_phrase("刺绣成品")
    (True, False, True)
    """
    core = cap.without_closing_bracket(simp).rstrip("。.")
    return not SENTENCE_MARK.search(core) and "，" not in core and "," not in core


#: How many lines of the text under names alone are read for a name of them (a subject's).
_SUBJECT_WINDOW = 6


def _first_part(name: str) -> str:
    """A name as the text names its person again: a transliterated name by its first part
    (古丽米拉·吐尔逊 → 古丽米拉), a Han name whole."""
    return name.split("·")[0]


#: Pronouns that open a text about the people named above it (他是…, 我来自…): no byline.
_PRONOUNS: Final = ("他", "她", "我", "它", "他们", "她们", "我们",
                    "以上", "上述", "这些", "两人", "二人", "夫妻")  # (the people named above: a list)
#: A figure or a word of a rise or a fall (↑ 地区生产总值增长6.8%: a list of figures, not captions).
_FIGURE = lazy_regex(r"[\d０-９%％]|增长|提高|上升|下降|增加|减少")
#: A caption stands this many blank lines further apart than paragraphs from what is above it,
#: and is at most this long (a section heading set apart is longer, or two phrases).
_APART = 2
_APART_MAX = 14
#: A headline the page's shape alone shows is at least this long (spaces removed).
_HEADLINE_MIN = 5
#: Section headings around a lone byline are at least this long (a poem's lines are shorter).
_HEADING_MIN = 8
_GALLERY_CAPTION_MAX = 50
#: A byline of names alone under the article's last sentence names this many people (a list of
#: people names more).
_TAIL_NAMES_MIN = 2
_TAIL_NAMES_MAX = 3
#: Where a stamp glued after a headline may start: a year, or a stamp's label.
#: A full date with a time of day (a stamp's, not a date the article mentions).
_DATETIME = lazy_regex(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                       r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
#: Two prose lines in a row after the footer began: the article (or its next part) goes on.
_PROSE_RUN = 2


@functools.lru_cache(maxsize=4096)  # asked twice about most lines (a repeat, the article's line)
def _heading(simp: str) -> bool:
    return len(simp) <= 60 and not SENTENCE_MARK.search(simp)


def _reason_for(fields: list[Field]) -> EditReason:
    kinds = {f.field for f in fields}
    if MetaField.PUBLISHED in kinds:
        return EditReason.HEADER_LINE
    if kinds and kinds <= {MetaField.EDITORS}:
        return EditReason.EDITORS_LINE
    if MetaField.AUTHORS in kinds:
        return EditReason.AUTHORS_LINE
    if MetaField.SOURCE in kinds or MetaField.SITE in kinds:
        return EditReason.SOURCE_LINE
    return EditReason.EMPTY_ROLE


class _Page:
    """One walk over a page's lines."""

    def __init__(self, text: str, markup: Markup | None = None) -> None:
        self.text = text
        self.lines = page_lines(text)
        self.markup = markup or Markup()
        self.changes: list[Change] = []
        self.unsplice()
        self.split_glued()
        self.title: Line | None = None
        self.title_key = ""  # the headline, squeezed, for finding it repeated
        self.title_short = ""  # its first part (before a colon or a dash), squeezed
        self.body_started = False
        self.no_title = False
        self.spam: list[str] = []  # spam lines, to find them spliced into others
        self.previous: Line | None = None  # the last content line kept as article text
        self.previous_kind = ""  # what the last line was: title, body, stamp, repeat …
        self.in_list = False
        self.after_repeat = False
        self.title_repeats = 0
        self._body_lines = 0
        self.caption_at = -1  # the last line removed as a caption
        self._paragraphs = 0  # body lines as long as paragraphs (not a short caption's or a tag's)
        self.prose_seen = False  # a line of the article's prose was kept
        self.footer = False  # the article has ended: what follows is the page's footer
        self.prose_run = 0  # prose lines in a row kept since the footer began
        self.pending = ""  # a label alone on the previous line (来源：), whose value follows
        self.stamp_rest = 0  # lines of a stamp split over lines still to come (09/07, 19:02)
        self._split_stamps = -1  # places reading as such a stamp (-1: not counted yet)
        self.title_half = ""  # the headline's first half, on the line above it (喀什疏勒县：)
        self._paper_records = -1  # lines of a paper's bibliographic record (-1: not counted yet)
        self.follow_button: int | None = None  # the line of the follow button of an account removed
        self.leads = 0  # datelines cut from the body's paragraphs
        self._last_print: dict[str, int] | None = None  # squeezed line → its last index (last_print)
        self._header_seen = False  # a line of the site's header removed (header_removed)
        self._header_scanned = 0  # changes header_removed has looked at
        self.placed: Meta | None = None  # the headline the markup or a stamp placed, as metadata
        self.signed: list[tuple[int, Meta]] = []  # the dates notices on the page are signed with, by line
        simps = [ln.simp for ln in self.lines]
        self.reply_heads = reply_heads(simps)  # where readers' comments or a thread's replies may start
        self.poster_lines = poster_lines(simps)  # a thread's first post's poster's name alone
        self.in_replies = False  # the comments (or the replies) under the article have started
        # a page in Chinese: a paragraph without Han characters on it is a translation
        # (by its paragraphs, not by all its lines: a Uyghur article under a bar of short Chinese
        # links is no Chinese page, review16; a page of short lines alone, by its lines)
        han = _HAN.search  # bound once, not looked up through the lazy pattern per line
        long_lines = [ln for ln in self.lines if len(ln.simp) >= PARAGRAPH_MIN
                      and (han(ln.simp) is None or fur.furniture_rule(ln.simp) is None)]  # (not a footer's)
        counted = long_lines or self.lines
        self.chinese = 2 * sum(1 for ln in counted if han(ln.simp)) >= len(counted)
        # the blank lines a page usually puts between paragraphs (a picture's caption stands further apart)
        gaps = sorted(ln.blank_before for ln in self.lines[1:])
        self.gap = gaps[len(gaps) // 2] if gaps else 0

    def unsplice(self) -> None:
        """Cut a spam site's name that a mirror spliced into the start of a line
        (:func:`~aidparse.article.furniture.spliced_spam`), before anything reads the lines: the
        headline, a stamp or a byline under it is then read as the page printed it. A name that
        is no sure one alone (太阳城集团, 澳门金沙) goes only where it starts several lines of the
        page, as a mirror splices its name into every paragraph."""
        found = [(k, *fur.spliced_spam(line.simp)) for k, line in enumerate(self.lines)]
        found = [(k, cut, sure) for k, cut, sure in found if cut]
        if not found:
            return
        names = Counter(self.lines[k].simp[:cut].strip() for k, cut, _ in found)
        for k, cut, sure in found:
            line = self.lines[k]
            if sure or names[line.simp[:cut].strip()] >= _SPLICED_LINES:
                self.cut(line, 0, cut, EditReason.SPAM, rule="spam.spliced-name")
                self.lines[k] = line._replace(lead=line.lead + cut, simp=line.simp[cut:])

    def header_removed(self) -> bool:
        """Whether the walk has removed a line of the site's header so far (read on from where it
        last looked: a page of a few thousand link lines asks it of every line)."""
        if not self._header_seen:
            self._header_seen = any(c.reason in _HEADER_REASONS for c in self.changes[self._header_scanned:])
            self._header_scanned = len(self.changes)
        return self._header_seen

    def last_print(self, key: str) -> int:
        """The index of the last line that prints ``key`` (squeezed), or -1: one pass over the page,
        once (a page of a few thousand link lines asks it of every line)."""
        if self._last_print is None:
            self._last_print = {squeeze(ln.simp): ln.index for ln in self.lines}
        return self._last_print.get(key, -1)

    def split_glued(self) -> None:
        """The headline with its stamp or byline run on after it on one line (医疗队进村开展义诊
        2021-05-08 来源：天山网, …调研2023-10-24 …): read as two lines, the headline's and the
        stamp's (:func:`~aidparse.article.anchor.glued_stamp`). Only above the article: before its
        first sentence and on a page with no stamp line of its own (the stamp then places the
        headline), and not in a list of dated links (a line beside it of the same shape, or a
        list's header above it; review16)."""
        lines = self.lines
        for i, line in enumerate(lines[:DEEP_ANCHOR_DEPTH]):
            simp = line.simp
            if fur.furniture_kind(simp) is not None or fur.is_nav_bar(simp) or fur.is_banner(simp) \
                    or fur.is_site_names(simp) or fur.is_list_header(simp) \
                    or org_line(simp):
                continue
            at = glued_stamp(simp) if account_header(simp) is None else None  # (原创 王晓 2024年…: whole)
            if at is None:
                if is_stamp(simp) or reads_as_prose(simp):
                    return  # a stamp of its own, or the article has begun
                continue
            if any(glued_stamp(lines[j].simp) is not None for j in (i - 1, i + 1) if 0 <= j < len(lines)) \
                    or (i > 0 and fur.is_list_header(lines[i - 1].simp)):
                return  # dated links
            head = simp[:at].rstrip()
            fired("split.glued", simp, line.start, line.end)
            self.lines = [*lines[:i],
                          line._replace(simp=head, end=line.content_start + len(head), blank_after=0),
                          line._replace(index=i + 1, start=line.content_start + at, lead=0, simp=simp[at:],
                                        blank_before=0),
                          *(ln._replace(index=ln.index + 1) for ln in lines[i + 1:])]
            return

    # -- recording -------------------------------------------------------------------------

    def protected(self, line: Line) -> bool:
        """Whether a line reads as the article's prose, or is the last line of a page cut off
        inside a sentence (the text stops on it, without a line break, after prose)."""
        if reads_as_prose(line.simp):
            return True
        return line.index == len(self.lines) - 1 and line.index > 0 and line.blank_after == 1 \
            and reads_as_prose(self.lines[line.index - 1].simp) and line.simp[-1] not in ":：" \
            and fur.furniture_kind(line.simp) is None

    def remove(self, line: Line, reason: EditReason, fields: list[Field] | None = None,
               base: int | None = None, *, rule: str) -> bool:
        """Remove a whole line; ``fields`` are offsets into ``line.simp`` (or from ``base``).

        Returns ``False`` (and removes nothing) when the rule goes by position or a loose
        shape and the line reads as prose.
        """
        if (rule not in SPECIFIC_RULES or (rule in _SHORT_SPECIFIC and len(line.simp) > _WIDGET_MAX)) \
                and self.protected(line):
            fired(f"guard.{rule}", line.simp, line.start, line.end)
            return False
        at = line.content_start if base is None else base
        metas = tuple(Meta(f.field, f.value, at + f.start, at + f.end) for f in fields or ())
        self.changes.append(Change(line.start, line.end, reason=reason, meta=metas))
        fired(rule, line.simp, line.start, line.end,
              tuple((f.field.value, f.value, f.form) for f in fields or ()))
        if self.prose_seen and (rule in _END_RULES or reason is EditReason.EDITORS_LINE):
            self.footer, self.prose_run = True, 0
        return True

    def cut(self, line: Line, start: int, end: int, reason: EditReason,
            fields: list[Field] | tuple[Field, ...] = (), base: int = 0, *, rule: str) -> None:
        """Remove ``simp[start:end]`` of a line; field offsets are into ``simp`` from ``base``."""
        metas = tuple(Meta(f.field, f.value, line.at(base + f.start), line.at(base + f.end))
                      for f in fields)
        self.changes.append(Change(line.at(start), line.at(end), reason=reason, meta=metas))
        fired(rule, line.simp, line.at(start), line.at(end),
              tuple((f.field.value, f.value, f.form) for f in fields))

    # -- the walk --------------------------------------------------------------------------

    def board_line(self, line: Line, fields: list[Field], *, above: bool) -> None:
        """A line of a bulletin board's post around its news: its header, its template's labels and
        values (the outlet, the reporter), its footer, its readers' replies."""
        reason = EditReason.HEADER_LINE if above else EditReason.NAVIGATION
        if fields:
            reason = {MetaField.SOURCE: EditReason.SOURCE_LINE,
                      MetaField.AUTHORS: EditReason.AUTHORS_LINE}.get(fields[0].field, reason)
        self.remove(line, reason, fields, rule="forum.ptt")

    def header_top(self, head: int | None) -> int | None:
        """Without a placed headline: the last line of header furniture near the top (a
        breadcrumb, a bar of links, a banner, spam) with no prose above it, so that the
        lines above it are the site's header too."""
        if head is not None:
            return None
        top = None
        for i, line in enumerate(self.lines[:_HEADER_DEPTH]):
            if reads_as_prose(line.simp) and fur.furniture_kind(line.simp) is None:
                break
            kind = fur.furniture_kind(line.simp)
            if (kind in (EditReason.BREADCRUMB, EditReason.SPAM) or fur.is_nav_bar(line.simp)
                    or fur.is_banner(line.simp) or fur.is_link_list(line.simp)) \
                    and parse_credits(line.simp) is None:  # 记者 王晓 通讯员 李明 is a byline
                top = i
        return top

    def header_lines(self, line: Line, simp: str, base: int) -> None:
        """A line above the headline: furniture of its kind, metadata, else the site's links."""
        if self.furniture(line, simp) or self.metadata(line, simp, base):
            return
        if org_line(simp):
            self.remove(line, EditReason.SITE_NAME, [Field(MetaField.SITE, simp, 0, len(simp), "site-name")],
                        base=line.content_start + base, rule="header.site-name")
        elif fur.is_banner(simp):
            self.remove(line, EditReason.BANNER, rule="furniture.banner")
        else:
            self.remove(line, EditReason.NAVIGATION, rule="header.above-headline")

    def walk(self, *, until_body: bool = False) -> list[Change]:
        """Walk the page; ``until_body``: stop where the article's body starts (the headline is
        decided by then)."""
        lines = self.lines
        post = read_post([line.simp for line in lines])  # a bulletin board's news post (PTT)
        anchor = (post.title, "forum.ptt-title") if post is not None and post.title is not None \
            else headline_anchor(lines, self.markup)
        head, head_rule = anchor if anchor else (None, "")
        top = self.header_top(head)
        for i, line in enumerate(lines):
            if until_body and self.body_started:
                break
            if post is not None and i in post.furniture:
                self.board_line(line, post.furniture[i], above=head is not None and i < head)
                continue
            simp, base = self.unspliced(line)
            label_end = post.title_start if post is not None and i == head else (
                post.labels.get(i, 0) if post is not None else 0)
            if label_end:  # 3.完整新闻标题: 援疆医生…: the template's label, then the article's words
                self.cut(line, 0, label_end, EditReason.HEADER_LINE, rule="forum.ptt-label")
                simp, base = line.simp[label_end:], label_end
            pending, self.pending = self.pending, ""
            if pending and self.split_value(line, simp, base, pending):
                continue
            if head is not None and i < head:
                if i == head - 1 and head_rule == "anchor.stamp-under-kicker":
                    fired("title.kicker", line.simp, line.start, line.end)
                    continue  # the title's kicker (引题): a line of the article
                if i == head - 1 and colon_half(simp, lines[head].simp):
                    fired("title.first-half", line.simp, line.start, line.end)
                    self.title_half = simp.strip()
                    continue  # 喀什疏勒县： over “小庭院”里长出“大产业”: the headline's first half
                self.header_lines(line, simp, base)
                continue
            if i == head:
                self.set_title(line, simp, base, rule=head_rule)
                continue
            if top is not None and i < top:
                if not self.furniture(line, simp) and not self.metadata(line, simp, base):
                    self.remove(line, EditReason.NAVIGATION, rule="header.above-furniture")
                continue
            if self.in_replies or (self.prose_seen and i in self.reply_heads):
                self.in_replies = True  # readers' comments or a thread's replies, to the page's end
                self.remove(line, EditReason.COMMENTS, rule="replies.after-article")
                continue
            if i in self.poster_lines:  # 楼主 / 天山游子 / 发表于 2012-5-12 10:30:15: the poster's name
                self.remove(line, EditReason.HEADER_LINE, rule="replies.poster")
                continue
            if i == self.follow_button:  # 关注 under the account's name (or under the date under it)
                self.remove(line, EditReason.NAVIGATION, rule="furniture.follow-button")
                continue
            if self.stamp_rest:  # the month, day and time of a stamp split over lines
                self.stamp_rest -= 1
                self.remove(line, EditReason.HEADER_LINE, rule="meta.split-stamp")
                continue
            if not self.prose_seen and self.split_stamp(line, i):
                continue
            if self.in_list:
                if self.list_item(line, simp, i) \
                        and self.remove(line, EditReason.RELATED_LIST, rule=self.list_rule(simp)):
                    continue
                self.in_list = False
            if len(simp) <= 20 and fur.is_list_header(simp):
                self.in_list = True
                self.remove(line, EditReason.RELATED_LIST, rule="list.header")
                continue
            if self.furniture(line, simp):
                continue
            if not self.body_started and self.header_line(line, simp, base, i):
                continue
            if self.body_started and cap.caption_rule(simp) in ("caption.credit", "caption.picture-label") \
                    and self.caption(line, simp, i):
                continue  # a photo's credit among the paragraphs: a caption, not the article's byline
            if self.metadata(line, simp, base):
                continue
            if fur.is_dated_item(simp) and self.remove(line, EditReason.RELATED_LIST, rule="list.dated-item"):
                continue
            if self.repeated(line, simp):
                continue
            if self.caption(line, simp, i):
                continue
            if self.footer and not self.text_follows(i) and not self.signature(i) \
                    and self.remove(line, EditReason.NAVIGATION, rule="footer.after-article"):
                continue
            if self.prose_seen and i >= len(lines) - 3 and fur.is_footer_note(simp) \
                    and self.remove(line, EditReason.COPYRIGHT, rule="furniture.disclaimer"):
                continue  # 提示：… closing the page
            self.article_line(line, simp, base, i)
        if self._body_lines == 0:  # a photo story: the captions are the article
            self.changes = [c for c in self.changes if c.reason is not EditReason.CAPTION]
        if self.placed is not None and self.changes:  # it rides on a change (any: its span is its own)
            last = self.changes[-1]
            self.changes[-1] = dataclasses.replace(last, meta=(*last.meta, self.placed))
        signed = self.signed_notice()
        if signed is not None:  # the line stays: its date rides on a change that changes nothing
            self.changes.append(Change(signed.start, signed.start, meta=(signed,)))
        return self.changes

    def text_follows(self, i: int) -> bool:
        """Whether the next line reads as prose that is not furniture by its form: line ``i`` may
        then be a heading of the article going on, and the footer does not take it."""
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1].simp
        return reads_as_prose(nxt) and fur.furniture_kind(nxt) is None and parse_credits(nxt) is None

    def split_stamp(self, line: Line, i: int) -> bool:
        """A stamp printed over two or three lines (2019 / 09/07 / 19:02): the year's line
        carries the date; the lines after it go too."""
        if not line.simp[:1].isdigit():
            return False  # (the year's line: most lines are not)
        found = split_stamp([ln.simp for ln in self.lines[i : i + 3]])
        if found is None or self.split_stamps() > 1:
            return False  # (the form twice on a page: a timeline or a column of figures, not its stamp)
        count, value = found
        self.remove(line, EditReason.HEADER_LINE,
                    [Field(MetaField.PUBLISHED, value, 0, len(line.simp), "split.stamp")],
                    rule="meta.split-stamp")
        self.stamp_rest = count - 1
        self.previous, self.previous_kind = line, "stamp"
        return True

    def paper_records(self) -> int:
        """How many lines of the page read as a paper's bibliographic record, its keywords
        included (counted once)."""
        if self._paper_records < 0:
            self._paper_records = sum(1 for ln in self.lines if fur.is_paper_record(ln.simp)
                                      or fur.furniture_kind(ln.simp) is EditReason.KEYWORDS)
        return self._paper_records

    def split_stamps(self) -> int:
        """How many places of the page read as a stamp split over lines (counted once)."""
        if self._split_stamps < 0:
            simps = [ln.simp for ln in self.lines]
            self._split_stamps = sum(1 for k in range(len(simps)) if split_stamp(simps[k : k + 2]))
        return self._split_stamps

    def split_value(self, line: Line, simp: str, base: int, field: str) -> bool:
        """The value of a label printed alone on the line before (来源： / 新疆日报)."""
        at = line.content_start + base
        if field == "account" and len(simp) <= _SHORT:
            return self.remove(line, EditReason.BANNER, rule="furniture.account-card")
        if field == "source" and not SENTENCE_MARK.search(simp) \
                and (org_name(simp) or len(simp) <= 12):
            return self.remove(line, EditReason.SOURCE_LINE,
                               [Field(MetaField.SOURCE, simp, 0, len(simp), "split.source")], at,
                               rule="meta.split-value")
        if field in ("authors", "editors"):
            names = split_names(simp, latin=field == "editors")
            if names:
                kind = MetaField.AUTHORS if field == "authors" else MetaField.EDITORS
                return self.remove(line, EditReason.AUTHORS_LINE if field == "authors"
                                   else EditReason.EDITORS_LINE,
                                   [Field(kind, n, a, b, "split.names") for n, a, b in names], at,
                                   rule="meta.split-value")
        return False

    def unspliced(self, line: Line) -> tuple[str, int]:
        """The line without a spam line the page showed alone above spliced into its start (and
        that removal recorded); a spam site's name known by its form is cut before the walk
        (:meth:`unsplice`)."""
        simp = line.simp
        for spam in self.spam:
            if simp.startswith(spam) and len(simp) > len(spam):
                rest = len(spam) + len(simp[len(spam):]) - len(simp[len(spam):].lstrip())
                self.cut(line, 0, rest, EditReason.SPAM, rule="spam.spliced")
                return simp[rest:], rest
        return simp, 0

    def account_name(self, line: Line, simp: str) -> bool:
        """The name of the account whose card stands under it, before the article (爱否科技 /
        微信号 / FViewXFG), printed once or twice: the publisher of the post."""
        if self.body_started or self.title is None or self.previous_kind != "title" \
                or not fur.account_name_at(self.lines, line.index):
            return False  # (only right under the headline: 援疆干部 / 关注 / 民生冷暖 may open a text)
        self.follow_button = fur.follow_button_at(self.lines, line.index)  # its button goes too
        return self.remove(line, EditReason.SOURCE_LINE,
                           [Field(MetaField.SOURCE, simp, 0, len(simp), "account-name")],
                           base=line.content_start, rule="meta.account-name")

    def furniture(self, line: Line, simp: str) -> bool:
        """A line that is furniture by its own form."""
        if self.account_name(line, simp):
            return True
        found = fur.furniture_rule(simp)
        if found is not None and found[1] is EditReason.TRANSLATION and not self.chinese:
            found = None
        if found is None and fur.is_paper_record(simp) and self.paper_records() >= _PAPER_RECORDS:
            found = ("furniture.paper-record", EditReason.PAPER_RECORD)
        if found is None and not self.body_started and fur.is_ad(simp):
            found = ("furniture.ad", EditReason.ADVERTISEMENT)
        if found is None:
            return False
        rule, kind = found
        if rule == "furniture.ad-label" and not self.footer and self._verse(line.index):
            return False  # 广告 alone between a poem's short lines may be its word
        if rule == "furniture.breadcrumb" and simp == line.simp and self.trail_and_stamp(line, simp):
            return True
        fields = _platform_account(simp) if rule == "furniture.breadcrumb" else []
        journal = fur.citation_journal(simp) if rule == "furniture.paper-record" and not self.body_started \
            else None  # (a reference under the text names another paper's journal)
        if journal is not None:  # the journal a paper was published in is its source
            at = simp.index(journal)
            fields = [Field(MetaField.SOURCE, journal, at, at + len(journal), "citation")]
        if not self.remove(line, kind, fields, base=line.content_start, rule=rule):
            return False
        if kind is EditReason.SPAM and len(simp) >= 6:
            self.spam.append(simp)
        if kind is EditReason.EMPTY_ROLE:
            self.pending = label_only(simp) or ""
        if rule == "furniture.account-card" and fur.account_label(simp):
            self.pending = "account"  # its value is the next line
        self.after_repeat = False
        return True

    def trail_and_stamp(self, line: Line, simp: str) -> bool:
        """A breadcrumb trail with the page's stamp run on after it: the trail goes as furniture,
        the stamp as metadata (首页 > 新闻 2021-05-08 来源：天山网 作者：王晓)."""
        found = stamp_after_trail(simp)
        if found is None:  # the site's clock after the trail (首页 > 援疆动态 2021年5月8日 星期六): furniture
            return fur.trail_clock(simp) is not None and self.remove(line, EditReason.BREADCRUMB,
                                                                 rule="furniture.breadcrumb")
        at, fields = found
        self.cut(line, 0, at, EditReason.BREADCRUMB, rule="furniture.breadcrumb")
        self.cut(line, at, len(simp), _reason_for(fields), fields, base=at, rule="meta.stamp-after-trail")
        self.previous_kind = "stamp"
        return True

    def metadata(self, line: Line, simp: str, base: int) -> bool:
        """A line that is only metadata: a stamp, a credit line, a byline."""
        if len(simp) > _SHORT:
            return False
        if self.prose_seen and self.signed_date(line, simp, base):
            return False  # a notice's signature (its office, then the date it was signed): kept
        fields = parse_credits(simp)
        if fields is None:
            return False
        if self.prose_seen and all(f.field is MetaField.PUBLISHED for f in fields) \
                and (self.signature(line.index) or self.notice_fields(line.index)):
            return False  # a notice's office over its date, or its event's time among its other fields
            # (时间：2021年5月8日 / 地点：喀什市人民广场): the article's, kept
        header = account_header(simp) if not any(f.field is MetaField.SOURCE for f in fields) else None
        if header is not None:  # 原创 广东援疆 广东援疆 2024年5月12日 19:06 新疆 under the headline
            fields += self.account(line, simp, *header, form="credits-account")
        self.remove(line, _reason_for(fields), fields, base=line.content_start + base, rule="meta.credits")
        self.previous_kind = "stamp" if any(f.field is MetaField.PUBLISHED for f in fields) \
            and not any(f.field is MetaField.SOURCE for f in fields) else "meta"
        return True

    def signed_date(self, line: Line, simp: str, base: int) -> bool:
        """Whether the line is the date a notice is signed with under its office; it is then the
        page's date to fall back on (:attr:`MetaField.SIGNED`), and stays in the text."""
        date = simp.strip()
        if SIGNED_DATE.fullmatch(date) is None or not self.signature(line.index):
            return False
        at = line.content_start + base + simp.index(date)
        self.signed.append((line.index, Meta(MetaField.SIGNED, date, at, at + len(date))))
        return True

    def signed_notice(self) -> Meta | None:
        """The date the page's notice is signed with, when the page is one document signed once at its
        end: its title names a document's kind (…的通知, 倡议书, 一封信) or a salutation opens its text
        (各乡镇人民政府，县直各单位：), one signature only (a forwarded document signs again; a chronicle
        lists offices and dates), and no paragraph of prose after it (a letter quoted in a story)."""
        if len(self.signed) != 1:
            return None
        i, meta = self.signed[0]
        if any(reads_as_prose(ln.simp) and not ln.simp.startswith(("（", "(", "附件"))
               for ln in self.lines[i + 1 :]):
            return None
        title = self.title.simp.strip() if self.title is not None else ""
        if not title.endswith(DOCUMENT_ENDINGS) \
                and not any(reads_as_salutation(ln.simp) for ln in self.lines[: i]):
            return None
        fired("meta.signed", meta.value, meta.start, meta.end, (("signed", meta.value, "signature"),))
        return meta

    def notice_fields(self, i: int) -> bool:
        """Whether line ``i`` is a notice's event time (时间：, 日期：, 活动时间：) beside another of
        its fields (地点：, 内容：, 对象：), or under its label alone (会议时间： / 2024年6月1日): the
        date on it is the event's, not the page's."""
        if i > 0 and _EVENT_TIME.fullmatch(self.lines[i - 1].simp.strip()) is not None:
            return True
        return _EVENT_TIME.match(self.lines[i].simp) is not None and any(
            0 <= k < len(self.lines) and _NOTICE_FIELD.match(self.lines[k].simp) is not None
            for k in (i - 1, i + 1))

    def _verse(self, i: int) -> bool:
        """Whether the lines around line ``i`` are short lines of text (a poem's), not furniture."""
        around = [self.lines[k].simp for k in (i - 1, i + 1) if 0 <= k < len(self.lines)]
        return len(around) == 2 \
            and all(len(a) <= _VERSE_MAX and fur.furniture_kind(a) is None for a in around)

    def signature(self, i: int) -> bool:
        """Whether line ``i`` signs a notice: the office's name over the date in words, or that
        date under it (墨玉县发展和改革委员会 / 2021年4月2日)."""
        lines = self.lines

        def office(k: int) -> bool:
            simp = lines[k].simp.strip() if 0 <= k < len(lines) else ""
            return 0 < len(simp) <= 30 and not SENTENCE_MARK.search(simp) \
                and (org_name(simp) or simp.endswith(_OFFICE_ENDINGS))

        def signed(k: int) -> bool:
            return 0 <= k < len(lines) and SIGNED_DATE.fullmatch(lines[k].simp.strip()) is not None

        return (office(i) and signed(i + 1)) or (signed(i) and office(i - 1))

    # -- above and around the headline -----------------------------------------------------

    def header_line(self, line: Line, simp: str, base: int, i: int) -> bool:
        """Lines before the body starts. Returns whether the line was dealt with."""
        org, outlet = org_line(simp), len(simp) <= ORG_LINE_MAX and place_outlet(simp)
        if (org or outlet) and any(f.field is MetaField.SOURCE and f.start > 0
                                   for f in parse_credits(simp) or ()):
            org = outlet = False  # 本文转自新疆日报, 来源丨新疆日报: a label before the publisher (a credit)
        if org or outlet:  # (伽师零距离: a place's self-media outlet)
            nxt = self.lines[i + 1].simp if i + 1 < len(self.lines) else ""
            over_stamp = is_stamp(nxt) and not any(f.form == "label.source" for f in parse_credits(nxt) or ())
            if self.previous_kind == "stamp" or (self.previous_kind == "title" and over_stamp) \
                    or (self.previous_kind == "meta" and outlet and over_stamp):
                # 2023-09-26 20:43:55 / 阿克苏广播电视台; a headline / 新华社 / 2020-01-03 15:18; a post's
                # headline / 原创 王振宇 / 伽师零距离 / 2023-02-14 20:30
                self.remove(line, EditReason.SOURCE_LINE,
                            [Field(MetaField.SOURCE, simp, 0, len(simp), "publisher-under-stamp")],
                            base=line.content_start + base, rule="meta.publisher-under-stamp")
                self.previous_kind = "meta"
                return True
            if i < 3 and self.title is None and len(self.lines) > 1 and self.remove(
                    line, EditReason.SITE_NAME, [Field(MetaField.SITE, simp, 0, len(simp), "site-name")],
                    base=line.content_start + base, rule="header.site-name"):
                return True
            if self.title is not None and self.paper_records() >= _PAPER_RECORDS \
                    and self.remove(line, EditReason.PAPER_RECORD, rule="furniture.paper-institution"):
                return True  # on a journal's page, the authors' institution under the title (no publisher)
        if base == 0 and simp == line.simp and self.trail_and_stamp(line, simp):
            return True
        if self.metadata(line, simp, base):
            return True
        if self.title is None and reads_as_terms(simp) \
                and self.remove(line, EditReason.KEYWORDS, rule="header.keywords"):
            return True  # the page's keywords above its headline
        if self.title is None and (fur.is_banner(simp) or fur.is_nav_bar(simp) or fur.is_site_names(simp)):
            if fur.is_banner(simp):
                removed = self.remove(line, EditReason.BANNER, rule="furniture.banner")
            else:
                nav = fur.is_nav_bar(simp)
                removed = self.remove(line, EditReason.NAVIGATION if nav else EditReason.BANNER,
                                      rule="header.nav-bar" if nav else "header.site-names")
            if removed:
                return True
        lead = parse_lead(simp, first=True) if self.title is not None or dateline_alone(simp) else None
        if lead is not None and (lead.rest_is_title or lead.end >= len(simp)):  # 新华社伊宁9月23日电 题:…
            self.remove(line, EditReason.BYLINE, list(lead.fields), base=line.content_start + base,
                        rule="lead.title-repeat" if self.title is not None else "lead.over-headline")
            return True
        if self.title is not None and self.repeated(line, simp):
            return True
        if self.previous_kind == "title" and self.name_over_stamp(line, simp, i, base):
            return True  # 阿凯的旅行日记 / 广东援疆 between the headline and its stamp (the stamp is next)
        if (self.previous_kind == "title" or self.short_line_under_title(i)) \
                and self.loose_stamp(line, simp, base):
            return True  # right under the headline (or a short line under it: 援疆故事), a date among a few
            # words is its stamp, no list's item
        if self.title is None and self.account_header(line, simp, base):
            return True  # 原创 浙江援疆 浙江援疆 2024年11月28日 19:06 浙江: a WeChat post's header
        if fur.is_dated_item(simp):
            return False
        if cap.is_caption(simp):
            if self.title is None:
                self.no_title = True
            return False  # the caption rules below remove it
        nxt = self.lines[i + 1].simp if i + 1 < len(self.lines) else ""
        names = names_byline(simp) if self.title is None else []
        if names and self.names_over_text(i) and people_alone([f.value for f in names]) \
                and (self.previous_kind in ("stamp", "meta") or is_stamp(nxt)) \
                and self.remove(line, EditReason.BYLINE, names, base=line.content_start + base,
                                rule="byline.under-stamp"):
            return True  # no headline placed: 王晓 李明 by the stamp, over the text, is its byline
        if self.title is None and not self.no_title and headline_like(simp) and not _DECK.match(simp) \
                and not people_line(simp):  # (王晓 李明 张华: a list of people, or a byline; no headline)
            if self.shows_headline(line, simp, i):
                self.set_title(line, simp, base, rule="title.first-headline")
            else:  # a line of the header the forms do not know, or a heading: kept, no headline yet
                self.previous, self.previous_kind = line, "heading"
                nxt = self.lines[i + 1].simp if i + 1 < len(self.lines) else ""
                if reads_as_prose(simp) and (STOP.search(simp) or reads_as_prose(nxt)) \
                        and not is_listed_headline(simp):  # (· 喀什…，…: another headline, listed)
                    self.no_title = True  # sentences kept: the article has begun without a headline
            return True
        if self.title is not None and self.loose_stamp(line, simp, base):
            return True
        if self.title is not None and self.byline_under_stamp(line, simp, base):
            return True
        nxt = self.lines[i + 1].simp if i + 1 < len(self.lines) else ""
        if self.title is not None and is_outlet_masthead(simp) and is_stamp(nxt) \
                and not any(f.form == "label.source" for f in parse_credits(nxt) or ()) and self.remove(
                line, EditReason.SOURCE_LINE, [Field(MetaField.SOURCE, simp.strip(), 0, len(simp.strip()),
                                                     "masthead-over-stamp")],
                base=line.content_start + base, rule="meta.masthead-over-stamp"):
            return True  # 苏辛 / BBC中文 / 2020年10月1日: the outlet, over its date
        if self.title is not None and self.caption(line, simp, i):
            return True
        if self.title is not None and headline_like(simp):
            self.previous, self.previous_kind = line, "heading"
            return True  # a subtitle or a deck: article text
        self.body_started = True
        return False

    def shows_headline(self, line: Line, simp: str, i: int) -> bool:
        """Whether the page shows that the first line that reads as a headline is one, when
        neither its markup nor a stamp placed it.

        The article must start right under it — its text, a stamp or credit line, a
        dateline, a deck —: a link of the site's header is followed by more links. And
        one more sign must say it is the headline, not a section heading where the
        excerpt starts: a length section headings do not have, the site's header removed
        above it, a tag or the site's name glued to it, the page printing it again.
        Otherwise the page has no headline (a wrong headline is worse than none).
        """
        key = squeeze(simp)
        if len(key) < _HEADLINE_MIN or label_at_start(simp):
            return False  # a link (国际, 博客), or a label (发布时间：…) whose value the forms could not read
        if len(key) <= _ORG_NAME_MAX and key.endswith(_OUTLET_ENDINGS) and org_name(simp):
            return False  # a site's or an outlet's name (安卓客户端, 喀什日报), not 库尔勒建起物流中心
        if simp.lstrip()[:1] in BULLETS:
            return False  # · 售价来了！…: an item of a list of other headlines
        if self.previous is not None and self.previous.index == i - 1 and self.previous_kind == "heading" \
                and fragment_above(self.lines, i):
            fired("title.fragment-above", simp, line.start, line.end)
            return False  # the headline may be broken over this line and the one above
        below = i + 1  # the article's start: past widgets under the headline (分享到：, 字体：)
        while below < len(self.lines) and (fur.furniture_kind(self.lines[below].simp) is not None
                                           or widget_residue(self.lines[below].simp)):
            below += 1
        nxt = self.lines[below].simp if below < len(self.lines) else ""
        if headline_like(nxt) and len(key) >= LONG_HEADLINE and len(squeeze(nxt)) >= LONG_HEADLINE \
                and fur.furniture_kind(nxt) is None and parse_credits(nxt) is None:
            # a title and its subtitle, both as long as titles: the article starts under the pair
            nxt = self.lines[below + 1].simp if below + 1 < len(self.lines) else ""
        elif feature_deck(nxt) and simp.rstrip()[-1:] not in "！!" \
                and below + 1 < len(self.lines) and self.credits_people(below + 1):
            # a short title and a feature's deck over the reporters' byline (喀什的“上海姑娘” / 记上海援疆
            # 教师李雯 / 本报记者 郜阳): the article starts under the pair (a kicker over its headline
            # is a pair too, and a headline broken over two lines: the deck must name its genre)
            nxt = self.lines[below + 1].simp
        lead = parse_lead(nxt, first=True) if nxt else None
        under = bool(nxt) and (bool(parse_credits(nxt)) or bool(_DECK.match(nxt)) or is_stamp(nxt)
                               or (lead is not None and lead.end > 0)
                               or fur.account_name_at(self.lines, below)  # a self-media account's name
                               or bracketed_byline(nxt)  # （孙少雄、贾钊）
                               or reads_as_salutation(nxt)  # a letter's or a notice's: 亲爱的老师们：
                               or team_and_names(nxt) is not None)  # 上海援疆教师 陈红
        text = bool(nxt) and reads_as_prose(nxt) and fur.furniture_kind(nxt) is None
        # 王晓 李明 under it, then the article's text: a byline of names alone may open the gate, but
        # is no sign of its own that the line is the headline (a profile's heading over its subject's
        # name, a play's act over its speaker): the text must not open with a name of it or a pronoun
        names_under = self.names_over_text(below)
        if self.markup.h1 or self.markup.titles:
            named = any(key in t for t in (*self.markup.titles, *self.markup.h1))
            if len(key) < LONG_HEADLINE and not named:
                return False  # an HTML page whose markup does not name this short line: a link
        if any(fur.is_thread_toolbar(ln.simp) or first_post_header(ln.simp)
               for ln in self.lines[i + 1 : i + _THREAD]):
            under = True  # a thread's title over its toolbar (只看楼主 | 收藏 | 回复), its first post's time
        shown = {
            "long": len(key) >= LONG_HEADLINE,
            "above": self.header_removed(),
            "on": any(f(simp) is not None for f in (site_suffix, column_tag, genre_tag)),
            "repeat": self.last_print(key) > i,
            "under": under,
            # a byline of names alone under it that the text does not name again (a profile's
            # subject's name is named again: see names_over_text), then the text
            "byline": names_under,
        }
        # a paper's authors with their institutions' numbers under it: the text starts there (not a
        # sign of its own that the line is the headline)
        # (on a journal's page, its authors' names alone: 王晓峰 李娜娜)
        paper_authors = authors_line(nxt) or (self.paper_records() >= _PAPER_RECORDS and names_only(nxt))
        found = (under or text or paper_authors or names_under) and any(shown.values())
        fired("title.shown" if found else "title.not-shown", simp, line.start, line.end,
              tuple(("evidence", k, k) for k, v in shown.items() if v)
              + ((("evidence", "text-under", "text-under"),) if text else ()))
        return found

    def credits_people(self, i: int) -> bool:
        """Whether line ``i`` is a credit line that names the article's reporters (a date or a source
        is not enough: a site's header prints the day's date, a headline broken over two lines
        stands over its stamp too)."""
        return any(f.field is MetaField.AUTHORS for f in parse_credits(self.lines[i].simp) or ())

    def subjects(self, names: list[Field], i: int) -> bool:
        """Whether names alone on line ``i`` are what the article is about rather than who wrote it:
        a place or a word read as a name (夏塔 under …夏塔景区建设), a name the headline or the
        text under them names too (a profile's subjects), a slogan's phrases."""
        values = [f.value for f in names]
        if not people_alone(values):
            return True
        title = self.title.simp if self.title is not None else ""
        if any(_first_part(v) in title for v in values):
            return True
        text = self.text_under(i + 1)
        return any(_first_part(v) in text for v in values)

    def names_over_text(self, i: int) -> bool:
        """Whether line ``i`` is a byline of names alone (王晓 李明) over the article's text, or over
        a stamp or credit line and then the text: the text must not open with a name of it or a
        pronoun (a profile's heading over its subject's name, a play's act over its speaker)."""
        people = [f.value for f in names_byline(self.lines[i].simp)] if i < len(self.lines) else []
        if not people:
            return False
        k = i + 1
        if k < len(self.lines) and (is_stamp(self.lines[k].simp) or parse_credits(self.lines[k].simp)):
            k += 1  # 王晓 李明 / 2023-06-12 10:25 / the text
        after = self.lines[k].simp if k < len(self.lines) else ""
        if not reads_as_prose(after) or fur.furniture_kind(after) is not None \
                or after.lstrip(" \u3000“「\"").startswith((*people, *_PRONOUNS)):
            return False
        # the text's subjects, not its authors: a name of them in the text under them (an author's
        # is rarely there; a profile's, a list of honours', a quotation's speaker's nearly always)
        text = self.text_under(k)
        return not any(_first_part(name) in text for name in people)

    def text_under(self, k: int) -> str:
        """The text of the lines from ``k`` where a byline's names are looked for as the article's
        subjects: without the lead's credit, which names its authors again (本报讯（记者 王晓 通讯员
        李明）…)."""
        text = "".join(ln.simp for ln in self.lines[k : k + _SUBJECT_WINDOW])
        lead = parse_lead(self.lines[k].simp, first=True) if k < len(self.lines) else None
        return text[lead.end:] if lead is not None else text

    def short_line_under_title(self, i: int) -> bool:
        """Whether line ``i - 1`` is a short line the walk kept right under the headline (a column's
        or a kicker's name, 记者手记: name-shaped), so that line ``i`` stands where a stamp does."""
        return self.title is not None and self.previous_kind == "heading" and self.previous is not None \
            and self.previous.index == i - 1 == self.title.index + 1 and name_shaped(self.previous.simp)

    def name_over_stamp(self, line: Line, simp: str, i: int, base: int) -> bool:
        """A name right under the headline and over its stamp — a blog's or an account's
        (阿凯的旅行日记, 广东援疆: :func:`~aidparse.article.anchor.header_name`) —: part of the page's
        header, not the article's text. The headline stays the line before the stamp, so the stamp is
        read as the headline's."""
        if self.previous is None or self.previous.index != i - 1 or i + 1 >= len(self.lines) \
                or not header_name(simp) or names_byline(simp) or is_outlet_masthead(simp) \
                or not is_stamp(self.lines[i + 1].simp):
            return False  # (names and an outlet's masthead are read as the byline and the source)
        name = simp.strip()
        at = simp.index(name)
        return self.remove(line, EditReason.SITE_NAME, [Field(MetaField.SITE, name, at, at + len(name),
                                                              "name-over-stamp")],
                           base=line.content_start + base, rule="header.name-over-stamp")

    def loose_stamp(self, line: Line, simp: str, base: int) -> bool:
        """A short line under the headline that carries its date among words the stamp grammar
        does not read (华夏人文 2020-03-09 18:14:21): the date only is taken."""
        found = loose_stamp(simp)
        if found is None:
            return False
        start, end = found
        fields = [Field(MetaField.PUBLISHED, simp[start:end], start, end, "loose-stamp")]
        if account_header(simp) is not None:
            # (a post's marks beside the account's name: 原创, the place it was sent from, the name twice)
            fields += self.account(line, simp, start, end, form="loose-stamp")
        self.remove(line, EditReason.HEADER_LINE, fields, base=line.content_start + base,
                    rule="meta.loose-stamp")
        self.previous_kind = "stamp"
        return True

    def account(self, line: Line, simp: str, start: int, end: int, *, form: str) -> list[Field]:
        """The posting account a post's header names beside its date ``simp[start:end]``, as a field
        (none when no word there reads as an account's name); its 关注 button under it goes too."""
        account = stamp_account(simp, start, end)
        if account is None:
            return []
        self.follow_button = fur.follow_button_at(self.lines, line.index)
        return [Field(MetaField.ACCOUNT, simp[account[0]:account[1]], *account, form)]

    def account_header(self, line: Line, simp: str, base: int) -> bool:
        """A WeChat post's header line over its headline (its account's name and the date): the
        date is taken when it has its year."""
        found = account_header(simp)
        if found is None:
            return False
        start, end = found
        value = simp[start:end]
        fields = [Field(MetaField.PUBLISHED, value, start, end, "account-header")] \
            if parse_stamp_date(value) is not None else []
        fields += self.account(line, simp, start, end, form="account-header")
        self.remove(line, EditReason.HEADER_LINE, fields, base=line.content_start + base,
                    rule="meta.account-header")
        self.previous_kind = "stamp"
        return True

    def set_title(self, line: Line, simp: str, base: int, *, rule: str) -> None:
        fired(rule, line.simp, line.start, line.end)
        self.title = line
        end = len(simp.rstrip(" _-|｜–—"))  # …的决议_ : a separator left by a cut-off site name
        if end < len(simp):
            self.cut(line, base + end, base + len(simp), EditReason.SITE_SUFFIX, rule="title.site-suffix")
            simp = simp[:end]
        suffix = site_suffix(simp)
        if suffix is None and squeeze(simp) in self.markup.titles:
            suffix = title_site(simp)  # the whole <title>: the site's name after its last separator
        if suffix is not None:
            name = simp[suffix:].strip(" -_|｜–—")
            at = simp.index(name, suffix)
            self.cut(line, base + suffix, base + end, EditReason.SITE_SUFFIX,
                     [Field(MetaField.SITE, name, at, at + len(name), "site-suffix")], base=base,
                     rule="title.site-suffix")
            end = suffix
        genre = genre_tag(simp[:end])
        if genre is not None:
            self.cut(line, base + genre, base + end, EditReason.COLUMN_TAG, rule="title.genre-tag")
            end = genre
        start = column_tag(simp[:end], quotes=evidence(self.text[line.start : line.end])[1] > 0) or 0
        badge = next((b for b in _BADGES if simp.startswith(b)), None)
        if not start and badge is not None and line.index + 1 < len(self.lines) \
                and fur.account_name_at(self.lines, line.index + 1) and self._badge_apart(simp, len(badge)):
            start = len(badge)  # 原创 最不愁…, over its account's name
            self.cut(line, base, base + start, EditReason.COLUMN_TAG, rule="title.badge")
        elif start:
            tag = simp[:start].strip(" |｜丨[]【】「」〔〕")
            fields = []
            if tag and not tag.startswith(("[", "【")):
                at = simp.index(tag)
                site = org_name(tag)  # 天山网 和田县…: the site's name, not a column
                fields = [Field(MetaField.SITE if site else MetaField.SERIES, tag, at, at + len(tag),
                                "site-prefix" if site else "column-tag")]
            self.cut(line, base, base + start, EditReason.COLUMN_TAG, fields, base=base,
                     rule="title.column-tag")
        headline = simp[start:end]
        self.placed = Meta(MetaField.TITLE_LINE, self.title_half + headline.strip(), line.at(base + start),
                           line.at(base + end))
        self.title_key = squeeze(headline)
        for sep in ("：", ":", "——"):
            if sep in headline:
                first = squeeze(headline.split(sep, 1)[0])
                if len(first) >= 4:
                    self.title_short = first
                    break
        self.previous, self.previous_kind = line, "title"

    def _badge_apart(self, simp: str, n: int) -> bool:
        """Whether the badge at the start of a headline is apart from it: a space or a separator
        after it, or the page's markup naming the headline without it (首发式…, 独家记忆… are
        words of the headline)."""
        if simp[n : n + 1] in (" ", "\u3000", "|", "｜", "丨", ":", "：", "·"):
            return True
        rest = squeeze(simp[n:])
        return any(t.startswith(rest[:_BADGE_CHECK]) for t in self.markup.titles) if rest else False

    def byline_under_stamp(self, line: Line, simp: str, base: int) -> bool:
        """A byline under the stamp without a role: a lone name (楊建軍), a description and a
        name set apart (援疆医疗专家  王晓), or who they are and their names (上海援疆教师 陈红,
        霍城县融媒体中心 王晓 李明: see :func:`team_and_names`). Only right under a stamp or
        credit line — a short line under the headline alone may be a link or a section — or,
        on a text page, under the headline."""
        nxt = self.lines[line.index + 1].simp if line.index + 1 < len(self.lines) else ""
        # (or between the headline's deck and the stamp: 标题 / ——记… / 王晓 李明 / 2024-05-12 10:30)
        over_stamp = self.title is not None and line.index == self.title.index + 2 \
            and _DECK.match(self.lines[self.title.index + 1].simp) is not None and is_stamp(nxt)
        if self.previous_kind not in ("stamp", "meta") and (self.markup.h1 or self.markup.titles) \
                and not over_stamp:
            return False
        if self.previous_kind not in ("stamp", "meta", "title") and not over_stamp:
            return False
        if fur.is_platform_label(nxt):
            return False  # 扬眼 / 企鹅号: a self-media account's name, not a person's
        names = names_byline(simp)
        if names and self.subjects(names, line.index):
            return False  # 夏塔 under a headline that names it, a profile's subjects: not its authors
        if over_stamp and (not names or any(_first_part(f.value) in self.lines[line.index - 1].simp
                                            for f in names)):
            return False  # 王晓 under ——记上海援疆干部王晓: the profile's subject (names alone only)
        if not names:
            m = _SPACED_BYLINE.match(simp)
            if m and valid_name(m.group("name")) and not is_word(m.group("name")):
                names = [Field(MetaField.AUTHORS, m.group("name"), m.start("name"), m.end("name"),
                               "byline.under-stamp")]
            else:  # who they are, then their names (上海援疆教师 陈红, 霍城县融媒体中心 王晓 李明)
                team = team_and_names(simp) or []
                above = self.lines[line.index - 1].simp if line.index else ""
                if team and (team_and_names(nxt) is not None or team_and_names(above) is not None
                             or (self.title is not None and _LISTS_PEOPLE.search(self.title.simp))):
                    team = []  # a list of people under a headline that announces one (名单, 表彰): kept
                names = [dataclasses.replace(f, form="byline.under-stamp") for f in team]
        if not names:
            return False
        return self.remove(line, EditReason.BYLINE, names, base=line.content_start + base,
                           rule="byline.under-stamp")

    def is_title_repeat(self, i: int) -> bool:
        """Whether line ``i`` prints the headline again."""
        if i >= len(self.lines) or not self.title_key:
            return False
        simp = self.lines[i].simp
        suffix = site_suffix(simp)
        return self.title_key in (squeeze(simp), squeeze(simp[:suffix]) if suffix else "")

    def repeated(self, line: Line, simp: str) -> bool:
        """The headline printed again, or a heading printed again right under itself."""
        key = squeeze(simp)
        if self.title is not None and line is not self.title and _heading(simp):
            suffix = site_suffix(simp)
            bare = squeeze(simp[:suffix]) if suffix else key
            if self.title_key in (key, bare) or (self.title_short and key == self.title_short):
                self.remove(line, EditReason.REPEATED_TITLE, rule="repeat.title")
                self.title_repeats += 1
                self.after_repeat = True
                return True
        prev = self.previous
        if prev is not None and self.previous_kind == "heading" and _heading(simp) \
                and len(key) >= 6 and squeeze(prev.simp) == key:
            return self.remove(line, EditReason.REPEATED_TITLE, rule="repeat.heading")
        return False

    # -- the body ----------------------------------------------------------------------------

    def list_item(self, line: Line, simp: str, i: int) -> bool:
        """An item of a related-news list: marked as one, or a headline among headlines.

        A headline followed by a paragraph is a section heading: the list ended.
        """
        if (fur.is_list_item(simp) or fur.is_list_header(simp) or fur.is_dated_item(simp)
                or fur.furniture_kind(simp) is not None or "|" in simp[:12] or "｜" in simp[:12]):
            return True
        if not headline_like(simp):
            return False
        nxt = self.lines[i + 1].simp if i + 1 < len(self.lines) else ""
        if _DECK.match(nxt) or is_stamp(nxt) \
                or any(f.field is MetaField.AUTHORS for f in parse_credits(nxt) or ()):
            return False  # a headline over its deck (——记…), its stamp or its byline: the list ended
        return not nxt or headline_like(nxt) or fur.is_list_item(nxt) or fur.furniture_kind(nxt) is not None

    def apart(self, line: Line, simp: str) -> bool:
        """A caption by its place: a short line (no longer than a caption, one phrase, not a
        title in 《》) under a picture's space — two more blank lines above it than the page puts
        between paragraphs."""
        return len(simp) <= _APART_MAX \
            and line.blank_before >= self.gap + _APART and " " not in simp and not simp.startswith("《") \
            and not SENTENCE_MARK.search(simp) and not NAME_LINE.fullmatch(simp)

    @staticmethod
    def list_rule(simp: str) -> str:
        """An item marked as one (a bullet, a number) under a list's header is a form: it goes even
        when it reads as prose (- 兵王故事|又一中东大国战火升级,俄盟友发起全面总攻); a headline among
        headlines goes by its place only."""
        if fur.is_list_item(simp) and not simp.rstrip().endswith("。"):
            return "list.marked-item"
        return "list.item"

    def caption(self, line: Line, simp: str, i: int) -> bool:
        """A photo caption: by a credit, a picture label or a position marker, or a line under
        the headline printed again above a photo (a gallery)."""
        after_repeat, self.after_repeat = self.after_repeat, False
        rule = cap.caption_rule(simp)
        if rule is None and self.apart(line, simp):
            rule = "caption.apart"  # a short line under a picture's space (more than a paragraph's)
        if rule is None and i > 0 and len(simp) <= _CAPTION_MAX and not NUMBERED.match(simp) \
                and fur.is_picture(self.lines[i - 1].simp) \
                and not (simp.startswith(("↑", "↓")) and _FIGURE.search(simp)):  # (↑ 增长6.8%: a rise)
            # a phrase right under a picture's placeholder (![](…), [图片]); or one clause closed by a
            # full stop and a picture's credit (新疆阿克苏地区一处纺织工业园。（路透）: a wire, an agency)
            if not SENTENCE_MARK.search(simp):
                rule = "caption.after-image"
            elif _one_phrase(simp) and cap.picture_credit(simp):
                rule = "caption.after-image-credited"
        if rule is None and simp.startswith("↑") and len(simp) <= _CAPTION_MAX and i > 0 \
                and _one_phrase(simp) and not _FIGURE.search(simp) \
                and (fur.is_picture(self.lines[i - 1].simp) or self.caption_at == i - 1):
            rule = "caption.arrow"  # ↑ pointing at the photo above (↑ 增长6.8% is a rise)
        if rule is None and self.caption_over_credit(simp, i):
            rule = "caption.over-credit"  # 援疆医生为村民检查身体 / （摄影：王晓）: its credit under it
        if rule is None and after_repeat and self.title_repeats >= 2 and len(simp) <= _GALLERY_CAPTION_MAX:
            if self.is_title_repeat(i + 1):  # between two prints of the headline, above each photo
                rule = "caption.gallery"
            elif len(simp) <= _CAPTION_MAX and not SENTENCE_MARK.search(simp):
                rule = "caption.after-repeat"
        if rule is not None and self.remove(line, EditReason.CAPTION, rule=rule):
            self.caption_at = i
            return True
        return False

    def caption_over_credit(self, simp: str, i: int) -> bool:
        """Whether line ``i``, inside the article, is a photo's caption over its photographer's credit
        alone on the next line, the article going on under both: a phrase as long as captions are,
        after a paragraph that ended, not an item of a list (一是…, after 包括：) nor a heading. A credit
        that closes the article is the article's, and the line above it its last."""
        if not self.prose_seen or i == 0 or i + 2 >= len(self.lines) or len(simp) > _CAPTION_MAX \
                or len(squeeze(simp)) < _CAPTION_MIN or simp[-1] in _SENTENCE_END or NUMBERED.match(simp) \
                or _ENUMERATED.match(simp) or _AMOUNT.search(simp) or _HEADING_SHAPE.search(simp.strip()):
            return False  # (累计投入资金1.2亿元: a sentence's figure, whatever stands under it)
        above, below = self.lines[i - 1].simp.rstrip(), self.lines[i + 2].simp
        return (above[-1:] in _SENTENCE_END or fur.is_picture(above)) and reads_as_prose(below) \
            and self.photo_credit(i + 1)

    def photo_credit(self, i: int) -> bool:
        """Whether line ``i`` credits a photographer alone, as a photo's credit does (（摄影：王晓）,
        图/王晓, 新华社记者 丁磊 摄) — not a reporter's byline (记者 王晓), nor the article's credits of
        its text and pictures (文/李明 图/王晓)."""
        simp = self.lines[i].simp.strip()
        inner = simp[1:-1] if simp[:1] in "(（" and simp[-1:] in ")）" else simp
        return _PHOTO_ROLE.search(inner) is not None and _TEXT_ROLE.search(inner) is None \
            and cap.credits_photographer(inner)

    def lone_byline(self, line: Line, simp: str, base: int, i: int) -> bool:
        """A byline standing alone between two section headings of the article (a series'
        part and its author; not a line of a poem, not a user's name in the comments below)."""
        prev = self.previous if self.previous_kind in ("heading", "title") else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        text = self.lines[i + 2] if i + 2 < len(self.lines) else None  # the section's text follows
        if self.footer or not self.prose_seen or text is None or not reads_as_prose(text.simp) \
                or prev is None or nxt is None or not _heading(simp) or not _heading(nxt.simp) \
                or len(squeeze(prev.simp)) < _HEADING_MIN or len(squeeze(nxt.simp)) < _HEADING_MIN \
                or not NAME_LINE.fullmatch(simp) or not valid_name(simp) or is_word(simp) \
                or place_led_name(simp):
            return False
        return self.remove(line, EditReason.BYLINE,
                           [Field(MetaField.AUTHORS, simp, 0, len(simp), "between-headings")],
                           base=line.content_start + base, rule="byline.between-headings")

    def named_above(self, name: str, k: int) -> bool:
        """Whether a line of the article above line ``k`` names ``name``."""
        return any(name in ln.simp for ln in self.lines[:k])

    def bracket_credit(self, line: Line, simp: str, base: int) -> bool:
        """A credit alone on the line under the article's last sentence (no prose after it): the
        names of its authors in brackets (（孙少雄、贾钊）, （和田县委宣传部 王晓）), a team and its
        people's names (江苏援疆前方指挥部 王晓 李明), or their names alone (王晓 李明). Not under a
        sentence that announces a list (名单如下。), nor a line of such lines."""
        if self.previous_kind != "body" or self.previous is None \
                or self.previous.simp[-1] not in _SENTENCE_END or _LIST_FOLLOWS.search(self.previous.simp):
            return False
        if simp[0] in "(（" and simp[-1] in ")）":
            tail = parse_tail(simp, alone=True)
            fields = list(tail.fields) if tail and tail.start == 0 else None
            rule = "tail.bracket-line"
            if fields and any(f.form == "tail.name-note" and self.named_above(f.value, line.index)
                              for f in fields):
                return False  # （王晓系…援疆干部） after 王晓说: a note on someone the article quotes
        elif (note := author_note(simp)) is not None:
            fields, rule = list(note), "tail.author-note"  # 作者系…, after the text
        else:  # 江苏援疆前方指挥部 王晓 李明, without brackets; not a line of a list of such lines
            fields, rule = team_and_names(simp), "tail.team-line"
            nxt = self.lines[line.index + 1].simp if line.index + 1 < len(self.lines) else ""
            names = names_byline(simp) if fields is None else []
            if _TAIL_NAMES_MIN <= len(names) <= _TAIL_NAMES_MAX and self.previous.index == line.index - 1 \
                    and people_alone([f.value for f in names]):
                # 王晓 李明 right under the last sentence: the byline (not a list's line of names, which
                # names more or comes in lines; one name alone there may be a reader's or a menu's word)
                fields, rule = [dataclasses.replace(f, form="tail.names") for f in names], "tail.names-line"
                if names_byline(nxt):
                    return False
            if fields is not None and team_and_names(nxt) is not None:
                return False
        # (the credit's form first: whether the article has ended is asked of few lines)
        return fields is not None and self.prose_ended(line.index) \
            and self.remove(line, EditReason.BYLINE, fields, base=line.content_start + base, rule=rule)

    def source_read(self) -> bool:
        """Whether the walk has read where the page is from: a source or a wire's origin."""
        return any(m.field in (MetaField.SOURCE, MetaField.ORIGIN) for c in self.changes for m in c.meta)

    def prose_ended(self, i: int) -> bool:
        """Whether no line after line ``i`` is a sentence of the article's prose (furniture and
        the headlines of related news aside): the article has ended, and a credit on line ``i``
        closes it."""
        return not any(reads_as_prose(ln.simp) and not headline_like(ln.simp)
                       and fur.furniture_kind(ln.simp) is None for ln in self.lines[i + 1 :])

    def article_line(self, line: Line, simp: str, base: int, i: int) -> None:
        """A line of the article: cut a dateline or byline at its start or end."""
        if self.lone_byline(line, simp, base, i) or self.bracket_credit(line, simp, base):
            return
        # the first paragraph: the first body line, or one of the first few after short lines only (a
        # caption no form told, a tag) while no lead has been read
        first = self._body_lines == 0 or (self.leads == 0 and self._paragraphs == 0
                                          and self._body_lines < _LEAD_WINDOW)
        prose_before = self.prose_seen
        self.body_started = True
        if reads_as_prose(simp):
            self.prose_seen = True
            self.prose_run += 1
            if self.prose_run >= _PROSE_RUN:
                self.footer = False  # the article goes on after all
        else:
            self.prose_run = 0
        if _heading(simp):
            m = _RUNNING_HEADER.search(simp)
            if m:
                self.cut(line, base + m.start(), base + m.end(), EditReason.RUNNING_HEADER,
                         [Field(MetaField.SERIES, m.group("header"), m.start("header"), m.end("header"),
                                "running-header")], base=base, rule="heading.running-header")
            self.previous, self.previous_kind = line, "heading"
            return
        self.previous, self.previous_kind = line, "body"
        self._body_lines += 1
        self._paragraphs += len(simp) >= PARAGRAPH_MIN
        lead = parse_lead(simp, first=first)
        if lead is not None and self._body_lines > 1 \
                and any(f.form.startswith("lead.ju-baodao") for f in lead.fields):
            lead = None  # (据路透社报道，… after a short line: the sentence's attribution, no lead)
        lead_end = 0
        if lead is not None and lead.end > 0:
            if lead.rest_is_title:
                self.remove(line, EditReason.BYLINE, list(lead.fields), base=line.content_start + base,
                            rule="lead.title-repeat" if self.title is not None else "lead.over-headline")
                return
            fields = list(lead.fields)
            if not first and prose_before and (self.leads or self.source_read()):
                # a dateline of a later paragraph (a roundup's next item, a news list under the
                # article) on a page whose first paragraph or stamp has said where it is from: its
                # people are credited, but the article's origin, place and date stay the page's (after
                # an editor's note alone, the first dateline is the article's)
                fields = [f for f in fields if f.field in (MetaField.AUTHORS, MetaField.EDITORS)]
            self.cut(line, base, base + lead.end, EditReason.BYLINE, fields, base=base, rule="lead.cut")
            self.leads += 1
            lead_end = lead.end
        tail = parse_tail(simp, after=lead_end)
        if tail is not None and tail.fields and all(f.form == "tail.org" for f in tail.fields) \
                and not self.prose_ended(i):
            # an organisation in brackets after a sentence inside the article (…谢谢！(朗进科技)): a
            # paper credited so closes the article, its last paragraph
            tail = None
        if tail is not None:
            self.cut(line, base + tail.start, base + len(simp.rstrip()), EditReason.BYLINE, tail.fields,
                     base=base, rule="tail.cut")


#: A sentence that announces a list (名单如下。): the names in brackets under it are the list's.
_LIST_FOLLOWS = lazy_regex(r"如下|名单|分别是|分别为|包括")
#: A headline that announces a list of people (名单公示, 关于表彰…的决定): the lines of who they are
#: and their names under it are the list, not its byline.
_LISTS_PEOPLE = lazy_regex(r"名单|名录|公示|表彰|表扬|评选|推荐|候选|先进|通报|如下|决定")
#: A line of the article that ends with one of these ends a sentence (a credit may follow alone).
_SENTENCE_END = frozenset("。！？!?”」』")


def _platform_account(simp: str) -> list[Field]:
    """The account a platform's breadcrumb names (澎湃号 > 中国广州发布: the post's publisher)."""
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(simp) if p.strip()]
    if len(parts) != 2 or parts[0] not in fur.PLATFORM_LABELS or not 3 <= len(parts[1]) <= _ACCOUNT_MAX \
            or is_word(parts[1]) or parts[1].endswith(_CHANNEL_ENDINGS):
        return []  # (澎湃号 > 政务, 百家号 > 财经频道: a channel of the platform, no account)
    at = simp.rindex(parts[1])
    return [Field(MetaField.SOURCE, parts[1], at, at + len(parts[1]), "platform-account")]


_CHANNEL_ENDINGS = ("频道", "新闻", "专栏", "资讯", "栏目")
_CRUMB_SEPARATOR = lazy_regex(r"\s*(?:>>|>|»|›|→)\s*")
#: An account's name is at most this long.
_ACCOUNT_MAX = 20


def placed_headline(text: str) -> str | None:
    """The headline the walk places in ``text`` (cleaned text whose walk had no change to carry
    it on), or ``None``.

    >>> placed_headline("援疆干部深入基层开展调研工作\\n近日，援疆干部深入基层开展调研。")
    '援疆干部深入基层开展调研工作'
    """
    if not text.strip():
        return None
    page = _Page(text[:_HEAD_CHARS])  # the headline stands near the top
    page.walk(until_body=True)
    return page.placed.value if page.placed is not None else None


def find_page_furniture(text: str, markup: Markup | None = None) -> list[Change]:
    """Furniture and metadata lines of a page, as changes (metadata as their ``meta``).

    ``markup`` is what an HTML page's markup said its headline is: the line it
    names is the title, and what stands above it is the site's header.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> t = "央广网\\n\\n标题\\n\\n2018-10-29 11:27:00来源:人民网\\n正文。\\n编辑: 加乘\\n关闭"
    >>> apply_changes(t, find_page_furniture(t))
    '\\n\\n标题\\n\\n\\n正文。\\n\\n'
    """
    if not text.strip():
        return []
    return _Page(text, markup).walk()
