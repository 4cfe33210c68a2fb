"""The article's own facts, from the metadata lines cleaning moved out of the body.

Cleaning records each fact where it stood (:class:`~aidparse.models.MetadataLine`);
:func:`article_facts` decides what the report says:

* **source** — the originator a wire dateline names (``新华社伊宁…电``), else the
  first credited publisher (``来源:``, ``出处:``, a periodical, ``据…报道``, a
  site name on the stamp line), else the organisation of a byline
  (``新华社记者 …``);
* **published** — the page's stamp; the date of a wire dateline instead (its
  year taken from the stamp when it has none) when the stamp is not the day the
  report was published: an update's (更新时间：), or more than a day after the
  dateline (a mirror's, which reposted it); a dateline without a year on a page
  without a stamp gives no date; on a page with neither, the date a notice is
  signed with under its issuer;
* **authors**, **editors** — every name credited, once, in page order;
* **title** — a headline the markup states, for pages whose text shows none.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import field

from aidparse._lazy import lazy_regex
from aidparse._record import record
from aidparse.article.furniture import furniture_kind, is_banner
from aidparse.article.stamps import parse_stamp_date, signed_date
from aidparse.article.title import headline_like, headline_parts, title_site
from aidparse.article.words import org_name
from aidparse.models import MetadataLine, MetaField, Span
from aidparse.script.detect import evidence
from aidparse.script.document import simplified_line, traditional_document

__all__ = ["ArticleFacts", "article_facts", "dateline_date", "meta_spans", "meta_values",
           "published_date"]


def meta_values(lines: Sequence[MetadataLine], field: str, text: str | None = None) -> list[str]:
    """Distinct values of one field, in Simplified, in the order they stood. With ``text``, the input
    the lines' spans point into, a value on a line of the text that is Simplified already stays as
    it is (see :mod:`aidparse.script.document`).

    >>> line = MetadataLine(field="source", value="天山網", span=Span(start=0, end=3))
    >>> meta_values([line, line], "source")
    ['天山网']
    """
    seen: list[str] = []
    for line in lines:
        if line.field != field:
            continue
        value = _simplified(line, text)
        if value and value not in seen:
            seen.append(value)
    return seen


def _simplified(line: MetadataLine, text: str | None) -> str:
    """A metadata line's value in Simplified, as the page's text reads it: on a line of ``text``
    that is Simplified already, or in a page with no Traditional-only character, as it is."""
    value = line.value.strip()
    if text is None:
        return simplified_line(value, True)
    start, end = line.span.start, line.span.end
    if not (0 <= start <= end <= len(text)) or not traditional_document(text):
        return simplified_line(value, traditional_document(text))
    # the line the value stands on; in markup, the text between tags (a page given as HTML may
    # hold the whole page on one line)
    first = max(text.rfind("\n", 0, start), text.rfind(">", 0, start)) + 1
    ends = [k for k in (text.find("\n", end), text.find("<", end)) if k >= 0]
    return simplified_line(value, True, line=text[first : min(ends) if ends else len(text)])


def meta_spans(lines: Sequence[MetadataLine], field: str) -> list[Span]:
    """Where each value of one field stood in the cleaner's input."""
    return [line.span for line in lines if line.field == field]


def published_date(values: Sequence[str]) -> dt.date | None:
    """The first full date among stamp values.

    >>> published_date(["2018-10-29 11:27:00"]), published_date(["31.03.2020 17:03"])
    (datetime.date(2018, 10, 29), datetime.date(2020, 3, 31))
    """
    for value in values:
        date = parse_stamp_date(value)
        if date is not None:
            return date
    return None


_DATELINE = lazy_regex(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def dateline_date(value: str, stamp: dt.date | None) -> dt.date | None:
    """The date of a wire dateline; without a year, the stamp's year (or the year before).

    >>> dateline_date("7月12日", dt.date(2019, 7, 14)), dateline_date("12月30日", dt.date(2020, 1, 2))
    (datetime.date(2019, 7, 12), datetime.date(2019, 12, 30))
    >>> dateline_date("9月18日", None) is None
    True
    """
    m = _DATELINE.fullmatch(value.strip())
    if m is None:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    try:
        if m.group("y"):
            return dt.date(int(m.group("y")), month, day)
        if stamp is None:
            return None
        date = dt.date(stamp.year, month, day)
        if date > stamp:
            date = dt.date(stamp.year - 1, month, day)
        return date
    except ValueError:
        return None


#: A stamp this many days after a dateline's day is the day the report was published (a paper prints
#: the story filed the day before; a wire's site posts it after midnight); a stamp later than that is
#: a mirror's, which reposted it (更新时间:2019-07-14 over 新华社乌鲁木齐7月12日电).
_PUBLISHING_LAG = dt.timedelta(days=1)


def _published_after(filed: dt.date, stamp: dt.date) -> bool:
    """Whether a page's stamp, later than the day ``filed`` its dateline states, is the day the
    report was published: no later than :data:`_PUBLISHING_LAG` after it. (On the dateline's own
    day, the two agree; the dateline stays where the date was read.)

    >>> _published_after(dt.date(2016, 3, 9), dt.date(2016, 3, 10))
    True
    >>> _published_after(dt.date(2019, 7, 12), dt.date(2019, 7, 14))  # a mirror's stamp
    False
    """
    return dt.timedelta(0) < stamp - filed <= _PUBLISHING_LAG


@record
class ArticleFacts:
    """What the report says about the article itself, with where each fact stood."""

    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    title: str | None = None
    headline: str | None = None
    """The line the page walk placed as the headline (by the markup or a stamp), if it did."""
    spans: dict[str, list[Span]] = field(default_factory=dict)
    filed: dt.date | None = None
    """The day a wire dateline says the story was filed, when it gives one: the day its relative
    dates (昨天, 今天) count from, which may be the day before it was published."""


_SENTENCE_END = lazy_regex(r"[。！？!?]")
#: A credit this far after a date (in characters) is on the date's line.
_STAMP_LINE = 80
_WEEKDAY = lazy_regex(r"\s*(?:星期|周|礼拜)[一二三四五六日天]")


def _credit_within(starts: list[int], at: int) -> bool:
    """Whether a credit starts on the line of a date at ``at`` (within :data:`_STAMP_LINE`)."""
    k = bisect.bisect_left(starts, at)
    return k < len(starts) and starts[k] - at < _STAMP_LINE


def _first(lines: Sequence[MetadataLine], *fields: MetaField) -> MetadataLine | None:
    for wanted in fields:
        for line in lines:
            if line.field is wanted and line.value.strip():
                return line
    return None


def _stated_in_text(lines: Sequence[MetadataLine], name: str, text: str | None) -> bool:
    """Whether the page's text (not a tag of its markup) credits ``name`` as an author."""
    if text is None:
        return False
    return any(not _inside_tag(text, ln.span.start) for ln in lines
               if ln.field is MetaField.AUTHORS and ln.value == name)


def _inside_tag(text: str, at: int) -> bool:
    """Whether position ``at`` of the input stands inside a tag (``<meta content="…">``): after a
    ``<`` that opens one (a letter follows it; ``<‹返回列表`` on a text page opens none) and no
    ``>`` since.

    >>> _inside_tag('<meta name="author" content="王晓">', 30), _inside_tag("<‹返回 作者：王晓", 10)
    (True, False)
    """
    lt = text.rfind("<", 0, at)
    return lt > text.rfind(">", 0, at) and text[lt + 1 : lt + 2].isascii() and text[lt + 1 : lt + 2].isalpha()


#: A label, right before the date, of a date that is not the page's publication when the page states
#: another: its last update (更新时间：, 最后更新:, 修改日期：), or when a document it publishes was written
#: or issued (a disclosure page's 成文日期 above its 发布日期; 印发日期, 签发日期).
_UPDATE_LABEL = lazy_regex(r"(?:(?:最后)?(?:更新|修改|修订|修訂)(?:时间|時間|日期)?"
                           r"|(?:成文|印发|印發|签发|簽發)(?:日期|时间|時間))\s*[:：/]?\s*$")
#: How far before a date its label is looked for.
_LABEL_REACH = 8


#: Words with which a post says its text is another's (本文转载自新疆日报, 综合自…, 本报讯): its account is
#: then not its source, whether the credit's form is read or not. 来源 and 来自 only as a credit's words
#: (来源：, 本文来自, 来源于): a sentence says 收入来源 and 来自本地.
_REPRINT = lazy_regex(r"转载|转自|综合自|摘自|选自|来源\s*[:：]|(?:本文|文章|内容)来(?:源|自)|来源于"
                      r"|本报讯|本报记者|本报通讯员|[电讯][(（]记者")


def article_facts(lines: Sequence[MetadataLine], text: str | None = None) -> ArticleFacts:
    """Consolidate metadata lines into the article's facts.

    ``text`` is the input the lines' spans point into: with it, the stamp under the headline —
    before any sentence of the article — is the page's, not a date the site's header shows above
    the headline (今日 2021年10月7日 星期四) nor a date under the article's text.

    >>> def m(field, value):
    ...     return MetadataLine(field=field, value=value, span=Span(start=0, end=len(value)))
    >>> facts = article_facts([m("published", "2019-07-14 03:02"), m("origin", "新华社"),
    ...                        m("dateline", "7月12日"), m("source", "新华网"), m("authors", "王晓")])
    >>> facts.source, facts.published, facts.authors
    ('新华社', datetime.date(2019, 7, 12), ['王晓'])

    A stamp of the day after the dateline is the day the report was published; the dateline's day
    is when it was filed:

    >>> facts = article_facts([m("published", "2019-07-13 08:00"), m("dateline", "7月12日")])
    >>> facts.published, facts.filed
    (datetime.date(2019, 7, 13), datetime.date(2019, 7, 12))
    """
    spans: dict[str, list[Span]] = {}
    source_line = _first(lines, MetaField.ORIGIN, MetaField.SOURCE, MetaField.AFFILIATION)
    if source_line is None and (text is None or _REPRINT.search(text) is None):
        # a post's account when the page credits no publisher, in a form read or not (本文转载自…)
        source_line = _first(lines, MetaField.ACCOUNT)
    source = _simplified(source_line, text) if source_line else None
    if source_line:
        spans["source"] = [source_line.span]
    stamps = [ln for ln in lines
              if ln.field is MetaField.PUBLISHED and parse_stamp_date(ln.value) is not None]
    if text is not None:  # an update's date after the publication's (更新时间 above 发布时间)
        stamps.sort(key=lambda ln: _UPDATE_LABEL.search(text, max(0, ln.span.start - _LABEL_REACH),
                                                        ln.span.start) is not None)
    placed = _first(lines, MetaField.TITLE_LINE)
    stamp_line = stamps[0] if stamps else None
    if stamp_line is not None and placed is not None and text is not None:
        after = [ln for ln in stamps if ln.span.start >= placed.span.end]
        first_sentence = _SENTENCE_END.search(text, placed.span.end)  # the article's text starts
        under = [ln for ln in after if first_sentence is None or ln.span.start < first_sentence.start()]
        clock = stamp_line.span.end <= placed.span.start \
            and _WEEKDAY.match(text, stamp_line.span.end) is not None  # 今日 2021年10月7日 星期四
        if under:
            stamp_line = under[0]
        elif clock:  # under a clock, a stamp that credits someone on its line (2020-11-23 10:22 出处：…)
            credits = sorted(o.span.start for o in lines
                             if o.field in (MetaField.SOURCE, MetaField.AUTHORS, MetaField.EDITORS))
            stamp_line = next((ln for ln in after if _credit_within(credits, ln.span.start)), stamp_line)
    stamp = parse_stamp_date(stamp_line.value) if stamp_line else None
    published = stamp
    if stamp_line:
        spans["published"] = [stamp_line.span]
    dateline = next((ln for ln in lines if ln.field is MetaField.DATELINE), None)
    filed = None
    if dateline is not None:
        date = filed = dateline_date(dateline.value, stamp)
        updated = stamp_line is not None and text is not None and _UPDATE_LABEL.search(
            text, max(0, stamp_line.span.start - _LABEL_REACH), stamp_line.span.start) is not None
        if date is not None and not (stamp is not None and not updated and _published_after(date, stamp)):
            published = date
            spans["published"] = [dateline.span]
    signed = next((ln for ln in lines if ln.field is MetaField.SIGNED), None)
    if published is None and signed is not None:  # a notice the page gives no other date of
        published = signed_date(signed.value)
        if published is not None:
            spans["published"] = [signed.span]
    editors = meta_values(lines, MetaField.EDITORS, text)
    # a name the page credits as its editor is not its author when only a tag of the markup says
    # so (a CMS's <meta name="author"> is often the editor who posted the page); a credit in the
    # text stands (作者：宪瑞  编辑：宪瑞: the writer edited it too)
    authors = [a for a in meta_values(lines, MetaField.AUTHORS, text)
               if a not in editors or _stated_in_text(lines, a, text)]
    for name, values in (("authors", authors), ("editors", editors)):
        if values:
            spans[name] = meta_spans(lines, MetaField(name))
    title = None
    title_line = _first(lines, MetaField.TITLE)
    if title_line is not None:
        value = _simplified(title_line, text)
        start, end = headline_parts(value, quotes=evidence(title_line.value)[1] > 0)
        if end == len(value):
            end = title_site(value) or end  # the <title>: the site's name after its last separator
        value = value[start:end].strip(" _-|｜–—")
        if headline_like(value) and not org_name(value) and furniture_kind(value) is None \
                and not is_banner(value):
            title = value
            spans["title"] = [title_line.span]
    headline = _simplified(placed, text) if placed else None
    return ArticleFacts(source, authors, editors, published, title, headline, spans, filed)
