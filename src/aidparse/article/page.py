"""The page as a reader sees it: the cleaning step that takes furniture and metadata out.

:func:`find_page_furniture` walks the lines of a page once, top to bottom, the
way a reader's eye does:

1. **Above the headline** (the header): navigation, banners, spam, QR and
   report-window lines, breadcrumbs and the site links above a breadcrumb, a
   site name, stamps. The first line that reads as a headline is the title;
   tags and a site name glued to it are cut off. A photo caption or a sentence
   before any headline means the excerpt starts inside the article: no title.
2. **Between the headline and the body**: stamps and credit lines (several
   fields on one line), a lone name under the stamp, the headline printed
   again, a wire dateline that repeats the headline (``…电 题:…``), ads.
3. **The body**: a wire dateline or byline opening a paragraph, a credit in
   brackets closing one, photo captions (by their credit, 图为, position
   markers, a line standing apart), related-news lists, repeated headings,
   galleries (the headline repeated before each photo), credit lines, and
   furniture lines anywhere.
4. **Below the body**: disclaimers and ads closing the page.

Every removal is a :class:`~aidparse.cleaning.edits.Change` with its
:class:`~aidparse.models.vocab.EditReason`; the facts of a metadata line ride
on the change that removes it as :class:`~aidparse.cleaning.edits.Meta`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from aidparse._lazy import lazy_regex
from aidparse.article import furniture as fur
from aidparse.article.layout import Line, page_lines
from aidparse.article.metalines import (
    Field,
    label_only,
    org_name,
    parse_credits,
    parse_lead,
    parse_tail,
    split_names,
    valid_name,
)
from aidparse.article.trace import fired
from aidparse.article.title import (
    LONG_HEADLINE,
    column_tag,
    genre_tag,
    headline_like,
    headline_parts,
    site_suffix,
    squeeze,
    title_site,
)
from aidparse.cleaning.edits import Change, Meta
from aidparse.models.vocab import EditReason, MetaField

if TYPE_CHECKING:
    from collections.abc import Sequence

    from aidparse.models import MetadataLine

__all__ = ["Markup", "find_page_furniture", "markup_headlines"]

#: Lines longer than this are never metadata or furniture by form.
_SHORT = 160
#: How far down a page a breadcrumb makes the lines above it navigation.
_CRUMB_DEPTH = 12
_SENTENCE_END = lazy_regex(r"[。！？!?；;]")
_HAN = lazy_regex(r"\p{Han}")
_NAME_LINE = lazy_regex(r"\p{Han}{2,3}|\p{Han}{1,6}·\p{Han}{1,6}")
_SPACED_BYLINE = lazy_regex(r"^(?P<desc>\p{Han}{2,12})[ \t\u3000]{2,}(?P<name>\p{Han}{2,3})$")
_RUNNING_HEADER = lazy_regex(
    r"(?<=[,，、]\S*)\s+(?P<header>\S+(?:\s+\S+)*(?:纪实|综述|特刊|专刊|专版|巡礼|侧记))$"
)
_CAPTION_MAX = 30
#: Section headings around a lone byline are at least this long (a poem's lines are shorter).
_HEADING_MIN = 8
_NUMERALS = frozenset("0123456789一二三四五六七八九十百千")
_GALLERY_CAPTION_MAX = 50


#: How far down a text page the first stamp may stand to show where the headline is.
_ANCHOR_DEPTH = 16
#: Separators between the headline and the site's name in a ``<title>`` (…_新华网, … - 央视网).
_TITLE_SEPARATORS = frozenset("_|｜-—–:：·»>")
_DECK = lazy_regex(r"^(?:——|—|--|－－)")
_SITE_SEPARATORS = lazy_regex(r"[\s|｜_\-—–·•]+")
_LATIN_WORD = lazy_regex(r"[A-Za-z][A-Za-z.]*")
#: Where a stamp glued after a headline may start: a year, or a stamp's label.
_STAMP_START = lazy_regex(r"(?<=\s)(?:(?:19|20)\d{2}\s*[-/.年]"
                          r"|(?:来源|来\s源|稿源|出处|发布时间|发布日期|时间|日期|作者)\s*[:：])")
#: A full date with a time of day (a stamp's, not a date the article mentions).
_DATETIME = lazy_regex(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                       r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


@dataclass(frozen=True)
class Markup:
    """What an HTML page's markup says its headline is (Simplified, spaces removed)."""

    h1: tuple[str, ...] = ()
    """The texts of its ``<h1>`` elements."""
    titles: tuple[str, ...] = ()
    """Its ``<title>``, ``og:title`` and CMS title fields (the site's name may follow)."""


def markup_headlines(metadata: Sequence[MetadataLine]) -> Markup:
    """The headlines an earlier step found in the markup (``<h1>``, ``<title>``, ``og:title``).

    >>> from aidparse.models import MetadataLine, Span
    >>> line = MetadataLine(field="headline", value="援疆 幹部", span=Span(start=0, end=5))
    >>> markup_headlines([line])
    Markup(h1=('援疆干部',), titles=())
    """
    from aidparse.script import to_simplified

    h1 = tuple(squeeze(to_simplified(m.value)) for m in metadata if m.field is MetaField.HEADLINE)
    titles = tuple(squeeze(to_simplified(m.value)) for m in metadata if m.field is MetaField.TITLE)
    return Markup(tuple(h for h in h1 if h), tuple(t for t in titles if t))


def _prose(simp: str) -> bool:
    """A line that reads as a sentence of an article (never removed as the header's furniture)."""
    return len(simp) > 80 or (len(simp) >= 16 and bool(_SENTENCE_END.search(simp)))


#: Words that stand alone on a line as parts of a document, not as names.
_DOCUMENT_PARTS = frozenset(["导语", "前言", "摘要", "结语", "后记", "引言", "序言", "编者按", "附件", "图集",
                             "视频", "音频", "专题", "评论", "相关", "简介", "背景", "链接", "尾声", "序"])
#: A common word (this many occurrences in the dictionary) is not read as a lone name.
_COMMON_WORD = 30


def _is_word(s: str) -> bool:
    from aidparse._resources import word_counts

    return s in _DOCUMENT_PARTS or word_counts().get(s, 0) >= _COMMON_WORD


def _heading(simp: str) -> bool:
    return len(simp) <= 60 and not _SENTENCE_END.search(simp)


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
        self.lines = page_lines(text)
        self.markup = markup or Markup()
        self.changes: list[Change] = []
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
        self.last_body = -1  # index of the last paragraph of the article
        self.kept: list[int] = []  # lines left as article text (title, headings, body)
        self.pending = ""  # a label alone on the previous line (来源：), whose value follows
        # a page in Chinese: a paragraph without Han characters on it is a translation
        self.chinese = 2 * sum(1 for ln in self.lines if _HAN.search(ln.simp)) >= len(self.lines)
        # the blank lines a page usually puts between paragraphs (a caption stands further apart)
        gaps = sorted(ln.blank_before for ln in self.lines[1:])
        self.gap = gaps[len(gaps) // 2] if gaps else 0

    # -- recording -------------------------------------------------------------------------

    def remove(self, line: Line, reason: EditReason, fields: list[Field] | None = None,
               base: int | None = None, *, rule: str) -> None:
        """Remove a whole line; ``fields`` are offsets into ``line.simp`` (or from ``base``)."""
        at = line.content_start if base is None else base
        metas = tuple(Meta(f.field, f.value, at + f.start, at + f.end) for f in fields or ())
        self.changes.append(Change(line.start, line.end, reason=reason, meta=metas))
        fired(rule, line.simp, line.start, line.end,
              tuple((f.field.value, f.value, f.form) for f in fields or ()))

    def cut(self, line: Line, start: int, end: int, reason: EditReason,
            fields: list[Field] | tuple[Field, ...] = (), base: int = 0, *, rule: str) -> None:
        """Remove ``simp[start:end]`` of a line; field offsets are into ``simp`` from ``base``."""
        metas = tuple(Meta(f.field, f.value, line.at(base + f.start), line.at(base + f.end))
                      for f in fields)
        self.changes.append(Change(line.at(start), line.at(end), reason=reason, meta=metas))
        fired(rule, line.simp, line.at(start), line.at(end),
              tuple((f.field.value, f.value, f.form) for f in fields))

    # -- the walk --------------------------------------------------------------------------

    # -- where the headline stands, decided before the walk ------------------------------

    def markup_line(self) -> tuple[int, str] | None:
        """The line the markup names as the headline: an ``<h1>`` the ``<title>`` agrees with,
        or the ``<title>`` without the site's name after it."""
        titles = self.markup.titles
        h1s = [h for h in self.markup.h1 if len(h) >= 4 and (not titles or any(
            h in t or (len(t) >= 4 and t in h) for t in titles))]
        if not titles and len(self.markup.h1) > 1:
            h1s = []  # several h1 and nothing to choose between them
        keys = [squeeze(line.simp) for line in self.lines]
        for h in h1s:
            for i, key in enumerate(keys):
                if key == h and _headline_shape(self.lines[i].simp):
                    return i, "anchor.markup-h1"
        for t in titles:
            start, end = headline_parts(t)
            head = t[start:end]
            cut = t.rstrip(".…")  # a <title> cut short (地铁直达+无敌免...): the line starts with it
            truncated = len(cut) < len(t) and len(cut) >= 8
            if truncated:
                for i, key in enumerate(keys):
                    if len(key) > len(cut) and key.startswith(cut) and key[-1] not in ".…" \
                            and _headline_shape(self.lines[i].simp):
                        return i, "anchor.markup-title-cut"
            for i, key in enumerate(keys):
                if len(key) < 4 or not _headline_shape(self.lines[i].simp):
                    continue
                if key in (t, head) or (len(key) >= 6 and t.startswith(key)
                                        and t[len(key)] in _TITLE_SEPARATORS):
                    return i, "anchor.markup-title"
        return None

    def stamp_line(self) -> tuple[int, str] | None:
        """The headline of a text page: the line above its first stamp (a date or a source; a
        byline alone may stand inside the article).

        Only when nothing above it reads as the article's prose: a page that
        starts inside the article keeps its lines, and has no headline.
        """
        stamp = None
        for i, line in enumerate(self.lines[:_ANCHOR_DEPTH]):
            if len(line.simp) > _SHORT or fur.furniture_kind(line.simp) is not None:
                continue
            fields = parse_credits(line.simp)
            if fields and any(f.field in (MetaField.PUBLISHED, MetaField.SOURCE) for f in fields):
                stamp = i
                break
        if stamp is None:
            return None
        j = stamp - 1
        while j >= 0 and self._not_headline(self.lines[j].simp):
            j -= 1
        if j < 0:
            return None
        title = self.lines[j].simp
        if not headline_like(title) or fur.is_caption(title) or fur.is_dated_item(title):
            return None
        rule = "anchor.stamp"
        k = j - 1  # a title as long as titles and a second line (a subtitle) above the stamp
        if k >= 0 and self.lines[k].simp != title:
            above = self.lines[k].simp
            if headline_like(above) and len(squeeze(above)) >= LONG_HEADLINE \
                    and fur.furniture_kind(above) is None and not fur.is_nav_bar(above) \
                    and not fur.is_banner(above) and parse_credits(above) is None and not _prose(above):
                j, rule = k, "anchor.stamp-two-lines"
        if any(_prose(line.simp) and fur.furniture_kind(line.simp) is None and fur.spam_score(line.simp) < 2
               for line in self.lines[:j]):
            return None
        return j, rule

    @staticmethod
    def _not_headline(simp: str) -> bool:
        """Lines between a headline and its stamp: a deck, metadata, furniture."""
        return bool(_DECK.match(simp)) or fur.furniture_kind(simp) is not None \
            or parse_credits(simp) is not None

    def header_lines(self, line: Line, simp: str, base: int) -> None:
        """A line above the headline: furniture of its kind, metadata, else the site's links."""
        if self.furniture(line, simp) or self.metadata(line, simp, base):
            return
        if len(simp) <= 30 and org_name(simp):
            self.remove(line, EditReason.SITE_NAME, [Field(MetaField.SITE, simp, 0, len(simp))],
                        base=line.content_start + base, rule="header.site-name")
            return
        if fur.is_banner(simp):
            self.remove(line, EditReason.BANNER, rule="header.banner")
        else:
            self.remove(line, EditReason.NAVIGATION, rule="header.above-headline")

    def walk(self) -> list[Change]:
        lines = self.lines
        anchor = self.markup_line() or self.stamp_line()
        head, head_rule = anchor if anchor else (None, "")
        crumb = next((i for i, ln in enumerate(lines[:_CRUMB_DEPTH])
                      if len(ln.simp) <= 80 and fur.is_breadcrumb(ln.simp)), None)
        last = len(lines) - 1
        for i, line in enumerate(lines):
            simp, base = self.unspliced(line)
            pending, self.pending = self.pending, ""
            if pending and self.split_value(line, simp, base, pending):
                continue
            if head is not None and i <= head:
                if i < head:
                    self.header_lines(line, simp, base)
                else:
                    self.set_title(line, simp, base, rule=head_rule)
                continue
            if crumb is not None and i < crumb:
                if not self.furniture(line, simp) and not self.metadata(line, simp, base):
                    if len(simp) > 30 or _SENTENCE_END.search(simp) or "，" in simp or "," in simp:
                        crumb = None  # text above it: the page starts with the article after all
                    else:
                        self.remove(line, EditReason.BREADCRUMB, rule="crumb.links-above")
                        continue
                else:
                    continue
            if self.in_list:
                if self.list_item(line, simp, i):
                    self.remove(line, EditReason.RELATED_LIST, rule="list.item")
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
            if self.metadata(line, simp, base):
                continue
            if fur.is_dated_item(simp):
                self.remove(line, EditReason.RELATED_LIST, rule="list.dated-item")
                continue
            if self.repeated(line, simp):
                continue
            if self.caption(line, simp, i):
                continue
            if i >= last - 2 and len(simp) <= _SHORT and (fur.is_footer_note(simp) or fur.is_ad(simp)) \
                    and self.body_started:
                if fur.is_footer_note(simp):
                    self.remove(line, EditReason.COPYRIGHT, rule="footer.note")
                else:
                    self.remove(line, EditReason.ADVERTISEMENT, rule="footer.ad")
                continue
            self.article_line(line, simp, base, i)
        if self._body_lines == 0:  # a photo story: the captions are the article
            self.changes = [c for c in self.changes if c.reason is not EditReason.CAPTION]
        return self.changes

    def split_value(self, line: Line, simp: str, base: int, field: str) -> bool:
        """The value of a label printed alone on the line before (来源： / 新疆日报)."""
        at = line.content_start + base
        if field == "source" and not _SENTENCE_END.search(simp) \
                and (org_name(simp) or len(simp) <= 12):
            self.remove(line, EditReason.SOURCE_LINE, [Field(MetaField.SOURCE, simp, 0, len(simp), "split.source")], at,
                        rule="meta.split-value")
            return True
        if field in ("authors", "editors"):
            names = split_names(simp, latin=field == "editors")
            if names:
                kind = MetaField.AUTHORS if field == "authors" else MetaField.EDITORS
                self.remove(line, EditReason.AUTHORS_LINE if field == "authors" else EditReason.EDITORS_LINE,
                            [Field(kind, n, a, b, "split.names") for n, a, b in names], at, rule="meta.split-value")
                return True
        return False

    def unspliced(self, line: Line) -> tuple[str, int]:
        """The line without a spam line spliced into its start (and that removal recorded)."""
        simp = line.simp
        for spam in self.spam:
            if simp.startswith(spam) and len(simp) > len(spam):
                rest = len(spam) + len(simp[len(spam):]) - len(simp[len(spam):].lstrip())
                self.cut(line, 0, rest, EditReason.SPAM, rule="spam.spliced")
                return simp[rest:], rest
        return simp, 0

    def furniture(self, line: Line, simp: str) -> bool:
        found = fur.furniture_rule(simp)
        if found is not None and found[1] is EditReason.TRANSLATION and not self.chinese:
            found = None
        if found is None and not self.body_started and fur.is_ad(simp):
            found = ("furniture.ad-before-body", EditReason.ADVERTISEMENT)
        if found is None:
            return False
        rule, kind = found
        if kind is EditReason.SPAM and len(simp) >= 6:
            self.spam.append(simp)
        if kind is EditReason.EMPTY_ROLE:
            self.pending = label_only(simp) or ""
        self.remove(line, kind, rule=rule)
        self.after_repeat = False
        return True

    def metadata(self, line: Line, simp: str, base: int) -> bool:
        """A line that is only metadata: a stamp, a credit line, a byline."""
        if len(simp) > _SHORT:
            return False
        fields = parse_credits(simp)
        if fields is None:
            return False
        self.remove(line, _reason_for(fields), fields, base=line.content_start + base, rule="meta.credits")
        self.previous_kind = "stamp" if any(f.field is MetaField.PUBLISHED for f in fields) \
            and not any(f.field is MetaField.SOURCE for f in fields) else "meta"
        return True

    # -- above and around the headline -----------------------------------------------------

    def header_line(self, line: Line, simp: str, base: int, i: int) -> bool:
        """Lines before the body starts. Returns whether the line was dealt with."""
        if len(simp) <= 30 and org_name(simp):
            if self.previous_kind == "stamp":  # 2023-09-26 20:43:55 / 兵团广播电视台
                self.remove(line, EditReason.SOURCE_LINE,
                            [Field(MetaField.SOURCE, simp, 0, len(simp), "publisher-under-stamp")],
                            base=line.content_start + base, rule="meta.publisher-under-stamp")
                self.previous_kind = "meta"
                return True
            if i < 3 and self.title is None and len(self.lines) > 1:
                self.remove(line, EditReason.SITE_NAME,
                            [Field(MetaField.SITE, simp, 0, len(simp), "site-name-top")],
                            base=line.content_start + base, rule="header.site-name-top")
                return True
        if self.metadata(line, simp, base):
            return True
        if self.title is None and (fur.is_banner(simp) or fur.is_nav_bar(simp) or _site_names(simp)):
            self.remove(line, EditReason.NAVIGATION if fur.is_nav_bar(simp) else EditReason.BANNER,
                        rule="header.nav-bar" if fur.is_nav_bar(simp)
                        else "header.banner" if fur.is_banner(simp) else "header.site-names")
            return True
        lead = parse_lead(simp, first=True) if self.title is not None else None
        if lead is not None and (lead.rest_is_title or lead.end >= len(simp)):  # 新华社乌鲁木齐9月23日电 题:…
            self.remove(line, EditReason.BYLINE, list(lead.fields), base=line.content_start + base,
                        rule="lead.whole-line")
            return True
        if self.title is not None and self.repeated(line, simp):
            return True
        if fur.is_dated_item(simp):
            return False
        if fur.is_caption(simp):
            if self.title is None:
                self.no_title = True
            return False  # the caption rules below remove it
        if self.title is None and not self.no_title and self.glued_stamp(line, simp, base):
            return True
        if self.title is None and not self.no_title and headline_like(simp):
            self.set_title(line, simp, base, rule="title.first-headline")
            return True
        if self.title is not None and self.loose_stamp(line, simp, base):
            return True
        if self.title is not None and self.byline_under_title(line, simp, base):
            return True
        if self.title is not None and self.caption(line, simp, i):
            return True
        if self.title is not None and headline_like(simp):
            self.previous, self.previous_kind = line, "heading"
            self.kept.append(i)
            return True  # a subtitle or a deck: article text
        self.body_started = True
        return False

    def glued_stamp(self, line: Line, simp: str, base: int) -> bool:
        """A headline with its stamp on the same line (援疆干部抵达喀什 2021-05-08 来源：天山网)."""
        if len(simp) > _SHORT:
            return False
        for m in _STAMP_START.finditer(simp, 6):
            head = simp[: m.start()].rstrip()
            if len(squeeze(head)) < 6 or not headline_like(head) or fur.furniture_kind(head) is not None:
                continue
            fields = parse_credits(simp[m.start():])
            if fields and any(f.field in (MetaField.PUBLISHED, MetaField.SOURCE) for f in fields):
                self.set_title(line, head, base, rule="title.glued-stamp")
                self.cut(line, base + len(head), base + len(simp), _reason_for(fields), fields,
                         base=base + m.start(), rule="meta.glued-stamp")
                self.previous_kind = "stamp"
                return True
        return False

    def loose_stamp(self, line: Line, simp: str, base: int) -> bool:
        """A short line under the headline that carries its date and time among words the
        stamp grammar does not read (华夏人文 2020-03-09 18:14:21): the date only is taken."""
        if len(simp) > 50 or _SENTENCE_END.search(simp) or "，" in simp or "," in simp:
            return False
        m = _DATETIME.search(simp)
        if m is None:
            return False
        value = m.group().strip()
        self.remove(line, EditReason.HEADER_LINE,
                    [Field(MetaField.PUBLISHED, value, m.start(), m.start() + len(value), "loose-stamp")],
                    base=line.content_start + base, rule="meta.loose-stamp")
        self.previous_kind = "stamp"
        return True

    def set_title(self, line: Line, simp: str, base: int, *, rule: str) -> None:
        fired(rule, line.simp, line.start, line.end)
        self.title = line
        end = len(simp.rstrip(" _-|｜–—"))  # …的决议_ : a separator left by a cut-off site name
        if end < len(simp):
            self.cut(line, base + end, base + len(simp), EditReason.SITE_SUFFIX, rule="title.trailing-separator")
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
        start = column_tag(simp[:end]) or 0
        if start:
            tag = simp[:start].strip(" |｜丨[]【】「」〔〕")
            fields = []
            if tag and not tag.startswith(("[", "【")):
                at = simp.index(tag)
                fields = [Field(MetaField.SERIES, tag, at, at + len(tag), "column-tag")]
            self.cut(line, base, base + start, EditReason.COLUMN_TAG, fields, base=base, rule="title.column-tag")
        headline = simp[start:end]
        self.title_key = squeeze(headline)
        for sep in ("：", ":", "——"):
            if sep in headline:
                first = squeeze(headline.split(sep, 1)[0])
                if len(first) >= 4:
                    self.title_short = first
                    break
        self.previous, self.previous_kind = line, "title"
        self.kept.append(line.index)

    def byline_under_title(self, line: Line, simp: str, base: int) -> bool:
        """A lone name under the stamp (楊建軍), or a role and a name apart (援疆支教教师  王哲学)."""
        name = None
        if _NAME_LINE.fullmatch(simp) and valid_name(simp) and not _is_word(simp) \
                and (self.previous_kind in ("stamp", "meta") or not (self.markup.h1 or self.markup.titles)):
            # on an HTML page only under the stamp: a short link under the headline is no byline
            name = Field(MetaField.AUTHORS, simp, 0, len(simp), "lone-name")
        else:
            m = _SPACED_BYLINE.match(simp)
            if m and valid_name(m.group("name")) and not _is_word(m.group("name")):
                name = Field(MetaField.AUTHORS, m.group("name"), m.start("name"), m.end("name"), "spaced-byline")
        if name is None:
            return False
        self.remove(line, EditReason.BYLINE, [name], base=line.content_start + base,
                    rule="byline.lone-name" if name.form == "lone-name" else "byline.spaced")
        return True

    def is_title_repeat(self, i: int) -> bool:
        """Whether line ``i`` prints the headline again."""
        if i >= len(self.lines) or not self.title_key:
            return False
        simp = self.lines[i].simp
        suffix = site_suffix(simp)
        return self.title_key in (squeeze(simp), squeeze(simp[:suffix]) if suffix else "")

    def repeated(self, line: Line, simp: str) -> bool:
        """The headline printed again, or a heading repeated right under itself."""
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
                and len(key) >= 6 and _near(squeeze(prev.simp), key):
            self.remove(line, EditReason.REPEATED_TITLE, rule="repeat.heading")
            return True
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
        return not nxt or headline_like(nxt) or fur.is_list_item(nxt) or fur.furniture_kind(nxt) is not None

    def caption(self, line: Line, simp: str, i: int) -> bool:
        after_repeat, self.after_repeat = self.after_repeat, False
        caption = fur.is_caption(simp)
        rule = "caption.form"
        if not caption and after_repeat and self.title_repeats >= 2 and len(simp) <= _GALLERY_CAPTION_MAX \
                and (self.is_title_repeat(i + 1) or (len(simp) <= _CAPTION_MAX
                                                      and not _SENTENCE_END.search(simp))):
            caption, rule = True, "caption.gallery"  # the headline printed again above each photo
        if not caption and line.blank_before >= max(2, self.gap + 1) and line.blank_after >= 1 \
                and len(simp) <= _CAPTION_MAX and not _SENTENCE_END.search(simp) \
                and not _NAME_LINE.fullmatch(simp) and "," not in simp and "，" not in simp:
            caption, rule = True, "caption.apart"  # a short line standing apart, under a picture
        if caption:
            self.remove(line, EditReason.CAPTION, rule=rule)
        return caption

    def article_line(self, line: Line, simp: str, base: int, i: int) -> None:
        """A line of the article: cut a dateline or byline at its start or end."""
        heading = _heading(simp)
        prev = self.previous if self.previous_kind in ("heading", "title") else None
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if heading and prev is not None and nxt is not None and _heading(nxt.simp) \
                and len(squeeze(prev.simp)) >= _HEADING_MIN and len(squeeze(nxt.simp)) >= _HEADING_MIN \
                and _NAME_LINE.fullmatch(simp) and valid_name(simp) and not _is_word(simp):
            # a byline standing alone between two section headings (not a line of a poem)
            self.remove(line, EditReason.BYLINE, [Field(MetaField.AUTHORS, simp, 0, len(simp), "between-headings")],
                        base=line.content_start + base, rule="byline.between-headings")
            return
        first = self._body_lines == 0
        self.body_started = True
        self.kept.append(i)
        if heading:
            m = _RUNNING_HEADER.search(simp)
            if m:
                self.cut(line, base + m.start(), base + m.end(), EditReason.RUNNING_HEADER,
                         [Field(MetaField.SERIES, m.group("header"), m.start("header"), m.end("header"),
                                "running-header")], base=base, rule="heading.running-header")
            self.previous, self.previous_kind = line, "heading"
            return
        self.previous, self.previous_kind = line, "body"
        self._body_lines += 1
        self.last_body = i
        lead = parse_lead(simp, first=first)
        lead_end = 0
        if lead is not None and lead.end > 0:
            if lead.rest_is_title:
                self.remove(line, EditReason.BYLINE, list(lead.fields), base=line.content_start + base,
                            rule="lead.title-repeat")
                return
            self.cut(line, base, base + lead.end, EditReason.BYLINE, lead.fields, base=base, rule="lead.cut")
            lead_end = lead.end
        tail = parse_tail(simp, after=lead_end)
        if tail is not None:
            self.cut(line, base + tail.start, base + len(simp.rstrip()), EditReason.BYLINE, tail.fields,
                     base=base, rule="tail.cut")


def _near(a: str, b: str) -> bool:
    """Equal, or of one length and differing in one character (锡伯小区/锡伯小曲)."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and not any(c in _NUMERALS for c in diff[0])


def _site_names(simp: str) -> bool:
    """A line of site names (and their English names) only: a banner (中国日报网 China Daily,
    天山网 - 新疆日报, 央视网|中国网络电视台).

    >>> _site_names("中国日报网 China Daily"), _site_names("天山网 - 新疆日报")
    (True, True)
    >>> _site_names("天山网评：援疆十年")
    False
    """
    if len(simp) > 60:
        return False
    parts = [p for p in _SITE_SEPARATORS.split(simp) if p]
    han = [p for p in parts if _HAN.search(p)]
    return len(parts) >= 2 and bool(han) and all(org_name(p) for p in han) \
        and all(_LATIN_WORD.fullmatch(p) for p in parts if not _HAN.search(p))


def _headline_shape(simp: str) -> bool:
    """A line the markup may name as the headline: short, and not a sentence run on."""
    return 2 <= len(simp) <= 2 * 64 and len(_HAN.findall(simp)) >= 2


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
