"""Where the headline stands, decided before the walk down the page.

Two kinds of evidence place it, each a mechanism rather than a phrase:

* **the markup** of an HTML page: an ``<h1>`` that the ``<title>`` (or
  ``og:title``) agrees with — a logo in an ``<h1>`` does not —, else the line
  the ``<title>`` starts with, up to a separator and the site's name;
* **the stamp** of a text page: the line above the first stamp or credit line
  (a date or a source; a byline alone may stand inside the article), across a
  deck, together with a headline line above it as long as titles;
* **the header** of a text page (no markup) without a stamp: the first line as long as
  headlines under a run of the site's furniture and links of a few characters,
  with the article's text right under it.

Everything above the headline is then the site's header. A page whose text
above the stamp reads as the article's prose starts inside the article: no
headline is placed, and the walk decides line by line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from aidparse._lazy import lazy_regex
from aidparse._record import record
from aidparse.article import captions as cap
from aidparse.article import furniture as fur
from aidparse.article.bylines import people_line
from aidparse.article.credits import Field, label_at_start, parse_credits
from aidparse.article.datelines import dateline_alone
from aidparse.article.labels import REGION_ENDINGS
from aidparse.article.names import valid_name
from aidparse.article.prose import NUMBERED, reads_as_menu, reads_as_prose
from aidparse.article.stamps import loose_stamp, split_stamp
from aidparse.article.title import HEADLINE_MAX, LONG_HEADLINE, headline_like, headline_parts, squeeze
from aidparse.article.tokens import token_patterns
from aidparse.article.trace import fired
from aidparse.article.words import org_line, org_name, place_outlet, place_word, publisher_name
from aidparse.models.vocab import EditReason, MetaField

if TYPE_CHECKING:
    from collections.abc import Sequence

    from aidparse.article.layout import Line
    from aidparse.models import MetadataLine

__all__ = ["Markup", "fragment_above", "header_name", "headline_anchor", "is_stamp", "markup_headlines",
           "name_shaped", "widget_residue"]

#: How far down a text page the first stamp may stand to show where the headline is.
ANCHOR_DEPTH = 16
#: How far down a whole page's text the first stamp may stand, under a long header of links.
DEEP_ANCHOR_DEPTH = 400
#: The share of the lines above a headline placed deep in a page that must read as its header.
_HEADER_SHARE = 0.8
#: Lines longer than this are never a stamp.
_STAMP_MAX = 160
#: Separators between the headline and the site's name in a ``<title>`` (…_新华网, … - 央视网).
_TITLE_SEPARATORS = frozenset("_|｜-—–:：·»>")
_DECK = lazy_regex(r"^(?:——|—|--|－－)")
_HAN = lazy_regex(r"\p{Han}")


@record
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


def _headline_shape(simp: str) -> bool:
    """A line the markup may name as the headline: short, and not a sentence run on."""
    return 2 <= len(simp) <= 2 * 64 and len(_HAN.findall(simp)) >= 2


def _markup_line(lines: Sequence[Line], markup: Markup) -> tuple[int, str] | None:
    """The line the markup names as the headline, and the rule that found it."""
    titles = markup.titles
    h1s = [h for h in markup.h1 if len(h) >= 4 and (not titles or any(
        h in t or (len(t) >= 4 and t in h) for t in titles))]
    if not titles and len(markup.h1) > 1:
        h1s = []  # several h1 and nothing to choose between them
    keys = [squeeze(line.simp) for line in lines]
    for h in h1s:
        for i, key in enumerate(keys):
            if key == h and _headline_shape(lines[i].simp):
                return i, "anchor.markup-h1"
    for t in titles:
        start, end = headline_parts(t)
        head = t[start:end]
        cut = t.rstrip(".…")  # a <title> cut short (地铁直达+无敌免...): the line starts with it
        if len(cut) < len(t) and len(cut) >= 8:
            for i, key in enumerate(keys):
                if len(key) > len(cut) and key.startswith(cut) and key[-1] not in ".…" \
                        and _headline_shape(lines[i].simp):
                    return i, "anchor.markup-title"
        for i, key in enumerate(keys):
            if len(key) < 4 or not _headline_shape(lines[i].simp):
                continue
            if key in (t, head) or (len(key) >= 6 and t.startswith(key) and t[len(key)] in _TITLE_SEPARATORS):
                return i, "anchor.markup-title"
    return None


def _not_headline(simp: str) -> bool:
    """Lines between a headline and its stamp: a deck, metadata, furniture, a bare publisher (a
    self-media outlet's too: 伽师零距离), a byline of names alone (苏辛, 王晓 李明), an outlet's name in
    Latin letters (BBC中文, DW), the headline in another language (Uyghur, English: no Han
    character)."""
    return bool(_DECK.match(simp)) or fur.furniture_kind(simp) is not None or place_outlet(simp.strip()) \
        or parse_credits(simp) is not None or org_line(simp) or widget_residue(simp) \
        or (len(simp) <= _NAME_MAX and valid_name(simp.strip())) \
        or is_masthead(simp) or (_HAN.search(simp) is None and fur.foreign_words(simp) >= 2) \
        or fur.is_site_names(simp) \
        or people_line(simp) \
        or label_at_start(simp)  # 澳门日报 MACAO DAILY NEWS, 伽师县人民政府 www.example.gov.cn; 王晓 李明;
    # 来源：… that the credit grammar could not read whole (a label's line is no headline)


def is_outlet_masthead(simp: str) -> bool:
    """An outlet's initials and the word of its kind (BBC中文, VOA中文网, DW中文), not a widget (PDF, VR)
    nor a headline's acronym (GDP增长); or a paper and its app or channel joined by a dot, each an
    outlet's name (新华日报·交汇点).

    >>> is_outlet_masthead("BBC中文"), is_outlet_masthead("PDF"), is_outlet_masthead("GDP增长")
    (True, False, False)
    >>> [is_outlet_masthead(s) for s in ["新华日报·交汇点", "王晓·李明", "喀什大学·上海大学"]]
    [True, False, False]
    """
    line = simp.strip()
    if token_patterns()["latin_outlet"].fullmatch(line) is not None:
        return True
    parts = _MASTHEAD_DOT.split(line)  # (an outlet among them: 喀什大学·上海大学 is a partnership)
    return len(parts) == _MASTHEAD_PARTS and all(org_line(p) for p in parts) \
        and any(publisher_name(p) for p in parts)


#: A paper and its app, joined by a dot or set apart by a spaced slash (新华日报·交汇点, 天山网 / 新疆日报):
#: two outlets' names.
_MASTHEAD_DOT = lazy_regex(r"\s*[·•]\s*|[ \u3000]+/[ \u3000]+")
_MASTHEAD_PARTS = 2


def is_masthead(simp: str) -> bool:
    """An outlet's name in Latin letters with a Han word or two (BBC中文, VOA 中文网, DW).

    >>> is_masthead("BBC中文"), is_masthead("5G来了！援疆医院开通远程会诊")
    (True, False)

    Or a site's name in both scripts (方格子 vocus, 痞客邦 PIXNET):

    >>> is_masthead("方格子 vocus"), is_masthead("援疆干部 扎根基层")
    (True, False)

    with a blog's or a column's name after it (痞客邦 PIXNET 阿凯的旅行日记):

    >>> is_masthead("痞客邦 PIXNET 阿凯的旅行日记"), is_masthead("新华网 Xinhua 记者探访和田：援疆十年")
    (True, False)

    Or an organisation's name and its name in English, as a government's or a university's site prints
    its banner:

    >>> is_masthead("疏附县人民政府 Shufu County People's Government")
    True
    >>> is_masthead("喀什大学 Kashi University")
    True
    >>> is_masthead("援疆干部走进喀什 Aid Cadres Visit Kashgar")
    False
    """
    if (len(simp) <= _MASTHEAD_MAX and _LATIN.search(simp) is not None and len(_HAN.findall(simp)) < 3) \
            or _BILINGUAL_NAME.fullmatch(simp.strip()) is not None:
        return True
    m = _ENGLISH_NAME.fullmatch(simp.strip())
    return m is not None and org_line(m["han"])


#: Bullets that mark a list's items (a headline or the article's text is never one).
BULLETS = frozenset("·•●■▪◆◇□○")
#: A name alone is at most this long (four characters are as often a word: 山东援疆).
_NAME_MAX = 3
#: An outlet's name in Latin letters with a Han word or two (BBC中文, VOA 中文网) is at most this long.
_MASTHEAD_MAX = 12
_LATIN = lazy_regex(r"[A-Za-z]")
#: A site's name in Han characters and its brand in Latin letters (方格子 vocus), and at most a blog's or
#: a column's short name after them, no mark of a clause (痞客邦 PIXNET 阿凯的旅行日记).
_BILINGUAL_NAME = lazy_regex(r"(?:\p{Han}{2,4}\s*[A-Za-z]{3,12}|[A-Za-z]{3,12}\s*\p{Han}{2,4})"
                             r"(?:\s+[^\s，。！？!?：:；;、]{1,12})?")

#: An organisation's name, then the same in English: capitalised words (and the small words between).
_ENGLISH_NAME = lazy_regex(r"(?P<han>\p{Han}{2,24})\s+[A-Z][A-Za-z'’.\-]*"
                           r"(?:\s+(?:[A-Z][A-Za-z'’.\-]*|of|and|the|for|&))+")


def _account_card(lines: Sequence[Line], k: int) -> bool:
    """Line ``k`` is part of an account's card above its post (爱否科技 / 微信号 / FViewXFG /
    功能介绍 / 聚焦…): a label, the value under a label, or the account's name above the card."""
    simp = lines[k].simp
    rule = fur.furniture_rule(simp)
    if rule is not None and rule[0] == "furniture.account-card":
        return True
    return (k > 0 and fur.account_label(lines[k - 1].simp)) or fur.account_name_at(lines, k)


def widget_residue(simp: str) -> bool:
    """A line a widget left without words: a counter, a symbol (9, 23, A+)."""
    return len(simp) <= 6 and len(_HAN.findall(simp)) < 2


def is_stamp(simp: str) -> bool:
    """A line that states the page's date or source: a credit line read whole, a loose stamp
    (a full date among a few words, :func:`~aidparse.article.stamps.loose_stamp`), or a stamp
    that says only how long ago (昨天, 3小时前)."""
    if len(simp) > _STAMP_MAX:
        return False
    rule = fur.furniture_rule(simp)
    if rule is not None:
        return rule[0] == "furniture.relative-time" or stamp_after_trail(simp) is not None
    fields = parse_credits(simp)
    if fields is not None:
        return any(f.field in (MetaField.PUBLISHED, MetaField.SOURCE) for f in fields)
    return loose_stamp(simp) is not None


def stamp_after_trail(simp: str) -> tuple[int, list[Field]] | None:
    """A site's breadcrumb trail with the page's stamp run on after it on one line (首页 > 新闻
    2021-05-08 来源：天山网 作者：王晓): where the stamp starts and its fields, or ``None``.

    >>> at, fields = stamp_after_trail("首页 > 新闻 2021-05-08 来源：天山网")
    >>> at, [(f.field.value, f.value) for f in fields]
    (8, [('published', '2021-05-08'), ('source', '天山网')])
    >>> stamp_after_trail("首页 > 新闻 > 援疆动态") is None
    True
    >>> stamp_after_trail("首页 > 新闻 2021年5月8日 星期六") is None  # the site's clock
    True
    """
    if fur.trail_clock(simp) is not None:
        return None  # 首页 > 援疆动态 2021年5月8日 星期六: the site's clock, no stamp
    for m in STAMP_START.finditer(simp):
        fields = parse_credits(simp[m.start():])
        if fields and any(f.field in (MetaField.PUBLISHED, MetaField.SOURCE) for f in fields) \
                and fur.furniture_kind(simp[: m.start()]) is EditReason.BREADCRUMB:
            return m.start(), fields
    return None


#: Where a stamp may start inside a line: after a space, a full date (year first, or day first as
#: aggregators print it: 22.07.2016), a stamp's label or a reporter's role; glued to the words before
#: it (the text of a page whose headline and stamp stood in two inline elements), a whole date only
#: (…开展调研2023-10-24 来源：天山网; 喀什2023年援疆… reads on as no stamp does).
STAMP_START = lazy_regex(r"(?<=\s)(?:(?:19|20)\d{2}\s*[-/.年]|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}"
                          r"|(?:来源|来\s源|稿源|出处|发布时间|发布日期|时间|日期|作者)\s*[:：]"
                          r"|(?:本报|本台|本网)?(?:记者|通讯员)\s*\p{Han})"
                          r"|(?<=\p{Han})(?:19|20)\d{2}[-/.年](?:0?[1-9]|1[0-2])[-/.月](?:0?[1-9]|[12]\d|3[01])(?!\d)")


def glued_stamp(simp: str) -> int | None:
    """Where the stamp or byline run on after a headline on its line starts, or ``None``: the
    words before it read as a headline, and what follows is credits only — a date or a source,
    or people credited by their role (医疗队进村开展义诊 2021-05-08 来源：天山网, …开展调研2023-10-24,
    …工作纪实 记者 王晓 通讯员 李明).

    >>> s = "医疗队进村开展义诊 2021-05-08 来源：天山网"
    >>> s[: glued_stamp(s)], glued_stamp("医疗队进村开展义诊 记者王晓说")
    ('医疗队进村开展义诊 ', None)
    >>> s = "医疗队进村开展义诊 霍城县人民政府网 www.example.gov.cn 发布时间:2023-11-13 09:17"
    >>> s[glued_stamp(s):]  # the site's name and address, then its stamp
    '霍城县人民政府网 www.example.gov.cn 发布时间:2023-11-13 09:17'
    """
    if len(simp) > _GLUED_MAX or not STAMP_START.search(simp, _GLUED_HEAD_MIN) \
            or parse_credits(simp) is not None:
        return None  # (a credit line whole: 某县人民政府网 www… 发布时间:…, the site's name first)
    # where the credits may start: a stamp's start; else a site's name after a space (its name and
    # address before the stamp: …义诊 某县人民政府网 www.example.gov.cn 发布时间:…). The first that
    # leaves a headline before it and credits only after it
    stamps = [int(m.start()) for m in STAMP_START.finditer(simp, _GLUED_HEAD_MIN)]
    sites = [int(m.end()) for m in _SPACE_RUN.finditer(simp, _GLUED_HEAD_MIN)
             if org_name(simp[m.end():].split(maxsplit=1)[0])]
    for at in [*stamps, *sites]:
        head = simp[:at].rstrip()
        if len(_HAN.findall(head)) < _GLUED_HAN_MIN or not headline_like(head) or org_name(head) \
                or fur.furniture_kind(head) is not None or fur.is_breadcrumb(head) or _URL.search(head):
            continue
        tail = simp[at:]
        fields = parse_credits(tail)
        if not fields:
            continue
        if any(f.field in (MetaField.PUBLISHED, MetaField.SOURCE) for f in fields) \
                or (any(f.field is MetaField.AUTHORS for f in fields) and _SPACED_ROLE.match(tail)):
            return at  # (people alone only after a role and a space: 记者王晓说 is speech)
    return None


#: The longest line read for a headline with its stamp run on, and the shortest headline before it
#: (a column's name, 金融市场棱镜, is shorter than most headlines).
_GLUED_MAX = 160
_GLUED_HEAD_MIN = 8
_GLUED_HAN_MIN = 6  # (原创 GameForce 2019-09-04: a badge and an account, no headline)
_SPACE_RUN = lazy_regex(r"[ \t\u3000]+(?=\S)")
_SPACED_ROLE = lazy_regex(r"(?:本报|本台|本网)?(?:记者|通讯员)\s+")
_URL = lazy_regex(r"(?:https?://|www\.)|[A-Za-z0-9\-]+\.(?:com|cn|net|org|gov)(?![A-Za-z])")


def _anchored_headline(simp: str) -> bool:
    """A line above a stamp reads as its headline: a headline, or one with a semicolon inside
    (午间公告：天奇股份中标…；运达股份中标…) but no full stop."""
    if headline_like(simp):
        return True
    return len(simp) <= 2 * HEADLINE_MAX and "。" not in simp and simp[-1] not in "；;" \
        and headline_like(simp.replace("；", " ").replace(";", " "))


def _stamp_line(lines: Sequence[Line]) -> tuple[int, str] | None:
    """The headline of a text page: the line above its first stamp (a date or a source).

    Near the top (:data:`ANCHOR_DEPTH` lines), any stamp. Further down — a whole
    page's text under a long header — only when what stands above the headline is
    the site's header (:func:`_header_like`) and the headline is as long as titles.
    """
    stamp = None
    for i, line in enumerate(lines[:DEEP_ANCHOR_DEPTH]):
        if i >= ANCHOR_DEPTH and reads_as_prose(line.simp) and fur.furniture_kind(line.simp) is None \
                and not _stamped_headline(lines, i):
            return None  # the article's text comes before any stamp
        if _stamp_at(lines, i):
            stamp = i
            break
    if stamp is None:
        return None
    j = stamp - 1
    relative = fur.furniture_kind(lines[stamp].simp) is not None  # 昨天: only right under its headline
    while j >= 0 and (_account_card(lines, j) or (not relative and _not_headline(lines[j].simp))):
        j -= 1
    if j < 0:
        return None
    if j > 0 and squeeze(lines[j - 1].simp) == squeeze(lines[j].simp):
        j -= 1  # the site repeats its headline: the first is the headline, the second furniture
    elif j > 0 and fur.is_nav_bar(lines[j].simp) and len(squeeze(lines[j - 1].simp)) >= LONG_HEADLINE \
            and headline_like(lines[j - 1].simp) and not fur.is_nav_bar(lines[j - 1].simp) \
            and fur.furniture_kind(lines[j - 1].simp) is None and not org_name(lines[j - 1].simp) \
            and not fur.is_breadcrumb(lines[j - 1].simp) and not fur.is_site_names(lines[j - 1].simp):
        j -= 1  # a headline, then a bar of the column's links over the stamp (not a site's name)
    if j > 0 and len(squeeze(lines[j].simp)) < _TITLE_MIN and not relative \
            and len(squeeze(lines[j - 1].simp)) >= LONG_HEADLINE and _own_headline(lines, j - 1) \
            and _anchored_headline(lines[j - 1].simp) and not _SENTENCE_MARK_IN.search(lines[j].simp):
        j -= 1  # an account's or a column's short name between the headline and its stamp (广东援疆)
    title = lines[j].simp
    if not _anchored_headline(title) or (cap.is_caption(title) and not _gallery_headline(lines, j)) \
            or fur.is_dated_item(title) \
            or fur.is_site_menu(title) or len(squeeze(title)) < (_HEADLINE_MIN if relative else _TITLE_MIN):
        return None
    rule = "anchor.stamp"
    k = j - 1  # a title as long as titles and a second line (a subtitle) above the stamp
    if j + 1 < stamp and _DECK.match(lines[j + 1].simp):
        # a deck (——…) under the line: it is the main title, and a headline above it its kicker
        # (引题), kept with the article, never the title
        if k >= 0 and _kicker_over(lines, k):
            rule = "anchor.stamp-under-kicker"
    elif k >= 0 and lines[k].simp != title:
        above = lines[k].simp
        if len(squeeze(above)) >= LONG_HEADLINE and _TOPIC.search(above) is None and _own_headline(lines, k):
            j, rule = k, "anchor.stamp-pair"  # a headline may have commas (王文：中美贸易“持久战”，…)
        elif _short_title_over_deck(lines, k, j):
            j, rule = k, "anchor.stamp-short-pair"
    # the page starts inside the article when prose stands above the headline; not above the
    # site's breadcrumb, which only the header holds (a ticker of other headlines runs there)
    crumb = max((k for k in range(j) if fur.furniture_kind(lines[k].simp) is EditReason.BREADCRUMB),
                default=-1)
    if any(reads_as_prose(line.simp) and fur.furniture_kind(line.simp) is None
           and fur.spam_score(line.simp) < 2 and not fur.is_banner(line.simp)
           and not is_listed_headline(line.simp)  # · 喀什…，…
           and (k > crumb or not _ticker(line.simp))
           for k, line in enumerate(lines[:j])):
        return None
    if rule == "anchor.stamp" and fragment_above(lines, j):
        fired("anchor.declined-fragment-above", lines[j].simp, lines[j].start, lines[j].end)
        return None  # a headline broken over two lines, or a kicker and its title: not one line of them
    if stamp >= ANCHOR_DEPTH and (len(squeeze(lines[j].simp)) < LONG_HEADLINE or not _header_like(lines[:j])):
        return None
    return j, rule


def _not_a_short_title(simp: str) -> bool:
    """Whether a short line over a headline is, by its words, no title of its own (a kicker or a
    short title over its deck): a place alone (新疆塔城地区托里县), a column's or a list's name
    (援疆工作动态栏目, 援疆干部人才风采展示). (A link that opens with its place, 和田：红枣丰收季…, is
    not told from a kicker that does, 北京：十年接力…, by its words.)"""
    bare = squeeze(simp)
    return _places_only(bare) or bare.endswith(COLUMN_ENDINGS)


def _places_only(s: str) -> bool:
    """Whether ``s`` is places alone, one after another, with their regions' endings (新疆塔城地区托里县,
    广西壮族自治区).

    >>> _places_only("新疆塔城地区托里县"), _places_only("广西壮族自治区"), _places_only("援疆干部抵达喀什")
    (True, True, False)
    """
    reach = [True] + [False] * len(s)
    for i in range(len(s)):
        if reach[i]:
            for j in range(i + 2, min(len(s), i + _PLACE_MAX) + 1):
                part = s[i:j]
                reach[j] = reach[j] or part in _REGION_WORDS or place_word(part)
    return reach[-1]


#: The longest place read as one, and the words of a region's name that are no place alone.
_PLACE_MAX = 9
_REGION_WORDS = frozenset([*REGION_ENDINGS, "地区", "自治州"])


#: How a column's, a list's or a channel's name ends (援疆工作动态, 风采展示, 昨日要闻回顾一览).
COLUMN_ENDINGS: Final = (
    "动态", "快递", "展示", "风采", "要闻", "新闻", "专栏", "栏目", "一览", "回顾", "资讯", "速递", "播报",
    "专题", "之窗", "在线", "频道", "集锦", "掠影", "快讯", "简讯", "信息", "公告", "通知",
)


def _kicker_over(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k``, over a main title that has its deck under it, is the title's kicker (引题:
    从“一棵树”到“一条链” / 十年接力，两地种出甜蜜产业 / ——北京援疆助力…): a headline of its own, no
    link, column, site or credit, and not the last of other headlines."""
    above = lines[k].simp
    return len(squeeze(above)) >= _HEADLINE_MIN and not _not_a_short_title(above) \
        and _TOPIC.search(above) is None and _own_headline(lines, k)


def _own_headline(lines: Sequence[Line], k: int) -> bool:
    """Whether line ``k``, above the line a stamp placed, reads as a headline of its own: no
    furniture, menu, banner, site's name, credit or organisation, and not the last of a run of other
    headlines (what the title over its subtitle, a short title over its deck and a kicker share)."""
    simp = lines[k].simp
    return headline_like(simp) and fur.furniture_kind(simp) is None and not fur.is_nav_bar(simp) \
        and not fur.is_banner(simp) and not fur.is_site_names(simp) and parse_credits(simp) is None \
        and not fur.opens_with_site_label(simp) and fur.spam_score(simp) < 2 and not org_name(simp) \
        and not dateline_alone(simp) and not is_masthead(simp) and not reads_as_menu(simp) \
        and not _headline_run(lines, k)


def _short_title_over_deck(lines: Sequence[Line], k: int, j: int) -> bool:
    """Whether line ``k``, shorter than most headlines, is the title over line ``j``, its deck over
    the stamp (塔城“辽宁村”里的幸福账本 / 沈阳援疆干部驻村三年，帮一个边境村建起奶产业): a headline
    of its own, no link, column, kicker or site name, under the page's furniture (or first), and
    the line under it reads as a deck: a comma inside, or twice as long.

    A short line over the stamp's headline is as often a link or a column's name: those are
    shorter than this, name a channel, end in ！ as a kicker does, or follow other headlines.
    """
    above, deck = lines[k].simp, lines[j].simp
    n, m = len(squeeze(above)), len(squeeze(deck))
    if not (_HEADLINE_MIN <= n < LONG_HEADLINE) or not ("，" in deck or "," in deck or m >= 2 * n):
        return False
    words = above.split()
    if above.rstrip()[-1:] in "！!？?" or _KICKER.search(above) or _TOPIC.search(above) \
            or len(words) > _TITLE_WORDS or org_name(words[0]) or _not_a_short_title(above):
        return False  # (央视新闻 打开 看精彩视频: an app's name and its prompt, no title)
    return not fur.is_channel_bar(above) and not fur.is_dated_item(above) \
        and not (k > 0 and _list_name(lines[k - 1].simp)) and _own_headline(lines, k)


def _list_name(simp: str) -> bool:
    """Whether a line names a list or a column (图片新闻, 相关阅读, 援疆动态): the short line under it
    is the list's first item, not a title over its deck."""
    bare = squeeze(simp)
    return bool(bare) and len(bare) <= _LIST_NAME_MAX \
        and (bare.endswith(COLUMN_ENDINGS) or fur.is_list_header(bare))


#: A list's or a column's name alone on its line is at most this long.
_LIST_NAME_MAX = 8


def _names_masthead(simp: str) -> bool:
    """Whether a line is a masthead of words set apart by spaces, most of them organisations' names
    (北斗融媒 辽宁日报 辽宁省委机关报: the app, the paper, what the paper is), not a headline.

    >>> _names_masthead("北斗融媒 辽宁日报 辽宁省委机关报"), _names_masthead("援疆干部 扎根基层 服务群众")
    (True, False)
    """
    words = simp.split()
    return len(words) >= _MASTHEAD_WORDS and 2 * sum(org_name(w) for w in words) > len(words)


#: A masthead sets apart at least this many words.
_MASTHEAD_WORDS = 3


#: A short title sets apart at most this many words by spaces.
_TITLE_WORDS = 2


#: A photo story's tag before its headline (组图：援疆医生的一天).
_GALLERY_TAG = lazy_regex(r"\s*(?:组图|图集|多图)\s*[:：]\s*")


def _gallery_headline(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` over a stamp, a caption by its tag alone (组图：援疆医生的一天), is a photo
    story's headline: the words after the tag are no caption (图为…, a credit, （左）), and no headline
    stands right above it (援疆医生的一天 / 组图：… is the headline and a caption)."""
    simp = lines[j].simp
    tag = _GALLERY_TAG.match(simp)
    if tag is None or not simp[tag.end():].strip() or cap.is_caption(simp[tag.end():]):
        return False
    above = lines[j - 1].simp if j > 0 else ""
    return not (above and headline_like(above) and fur.furniture_kind(above) is None
                and not fur.is_nav_bar(above) and not fur.is_site_names(above))


#: A special topic's or column's banner over the headline (学习贯彻党的二十大精神专题报道, 两会专题 权威发布),
#: or a celebration's (热烈庆祝…): no title over a subtitle (as a headline of its own, it stays one).
_TOPIC = lazy_regex(r"(?:专题|专栏|特刊|专版)(?:报道)?(?=\s|$)|^热烈(?:庆祝|祝贺)")


def is_listed_headline(simp: str) -> bool:
    """Whether a line is an item of a list of other headlines: a bullet, then no sentence.

    >>> is_listed_headline("· 售价来了！12代酷睿提前上架")
    True
    >>> is_listed_headline("● 今年以来，援疆工作取得新进展。")
    False
    """
    return simp.lstrip()[:1] in BULLETS and _ticker(simp)


def _ticker(simp: str) -> bool:
    """Whether a line above the site's breadcrumb reads as other headlines run together (a ticker),
    not as the article's text: no sentence ends in it, and it numbers no part (二、, （一）)."""
    return not _SENTENCE_END.search(simp) and NUMBERED.match(simp) is None


_SENTENCE_END = lazy_regex(r"[。；;]")


def _headline_run(lines: Sequence[Line], k: int) -> bool:
    """Whether the line above line ``k`` reads as a headline too (not furniture, not a link of a
    few characters, not a column's kicker): ``k`` ends a list of other headlines (相关新闻 …), not a
    title over its subtitle."""
    if k == 0:
        return False
    simp = lines[k - 1].simp
    return len(squeeze(simp)) >= _HEADLINE_MIN and headline_like(simp) and fur.furniture_kind(simp) is None \
        and not fur.is_nav_bar(simp) and not fur.is_banner(simp) and parse_credits(simp) is None \
        and _KICKER.search(simp) is None and not _names_masthead(simp) and not is_masthead(simp) \
        and not reads_as_menu(simp)  # (Blog 首页 分类 标签 关于: a site's menu, no headline)


#: A column's kicker over a headline: its name and its series set apart by a dot or a bar
#: (援疆纪实·天山南北话振兴, 聚焦｜援疆一线), no colon (艾尔肯·吐尔逊：… is a headline with a name).
_KICKER = lazy_regex(r"^[^，。！？,!?·•｜|丨：:]{2,10}[·•｜|丨][^，。！？,!?：:]{2,16}$")


def _stamped_headline(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` reads as prose only as a headline may (它来了！, …啥来头?, a comma, a semicolon
    between two items), and a stamp stands right under it (or under its repeat or a byline): it is the
    headline, not the article's text, and the search for the stamp goes on."""
    simp = lines[i].simp
    if not _anchored_headline(simp):
        return False
    k = i + 1
    if k < len(lines) and squeeze(lines[k].simp) == squeeze(simp):
        k += 1  # the site repeats its headline
    for _ in range(_BYLINES_OVER_STAMP):  # 澎湃新闻记者 贺梨萍 between the headline and its stamp
        if k < len(lines) and not _stamp_at(lines, k) and parse_credits(lines[k].simp) is not None:
            k += 1
    return k < len(lines) and _stamp_at(lines, k)


#: A headline and its stamp may have this many byline lines between them.
_BYLINES_OVER_STAMP = 2


def _stamp_at(lines: Sequence[Line], k: int) -> bool:
    """Whether a stamp starts at line ``k``: on that line, or split over it and the next two
    (2019 / 09/07 / 19:02)."""
    return is_stamp(lines[k].simp) or (lines[k].simp[:1].isdigit()
                                       and split_stamp([ln.simp for ln in lines[k : k + 3]]) is not None)


def fragment_above(lines: Sequence[Line], j: int) -> bool:
    """Whether the short headline at ``j`` has a short line of a headline right above it that no
    form reads as the site's (莎车县教育援疆 / 再结硕果, 山东援疆 / 让受援地…): the headline may be
    broken over the two lines, or be a kicker and its title; either way not line ``j`` alone."""
    if j == 0 or len(squeeze(lines[j].simp)) >= LONG_HEADLINE:
        return False
    above = lines[j - 1].simp
    key = squeeze(above)
    return _HEADLINE_PART <= len(key) < LONG_HEADLINE and headline_like(above) and above[-1] not in "：:" \
        and not _not_headline(above) and not fur.is_nav_bar(above) and not fur.is_banner(above) \
        and not fur.is_link_list(above) and not is_stamp(above) and key != squeeze(lines[j].simp)


def _header_like(lines: Sequence[Line]) -> bool:
    """Whether lines read as a site's header: nearly all of them furniture by their form, site
    names or links of a few characters (the short lines of a poem are longer)."""
    header = sum(1 for k, line in enumerate(lines) if fur.furniture_kind(line.simp) is not None
                 or fur.is_nav_bar(line.simp) or fur.is_link_list(line.simp)
                 or len(squeeze(line.simp)) <= _LINK_MAX or org_line(line.simp))
    return header >= _HEADER_SHARE * len(lines)


#: A part of a headline broken over two lines is at least this long (a link or a label is shorter).
_HEADLINE_PART = 4
#: A line of the site's header this short (in characters, spaces removed) is a link or a label.
_LINK_MAX = 6
#: A headline placed under the header's links, or over a stamp that says only how long ago, is at
#: least this long; any headline placed by a stamp at least :data:`_TITLE_MIN` (功能介绍 is a label).
_HEADLINE_MIN = 8
_TITLE_MIN = 5
#: A sentence's or a clause's mark: a short line holding one is a phrase of the text, not a name.
_SENTENCE_MARK_IN = lazy_regex(r"[。！？!?，,；;：:]")
#: How a blog's name ends (阿凯的旅行日记, 小红的博客, 阿凱的部落格).
BLOG_ENDINGS: Final = ("日记", "博客", "部落格")
#: The longest name (spaces removed) of a blog or an account set between a headline and its
#: stamp (阿凯的旅行日记, 广东援疆); a headline's second line is longer (首批干部已到岗开展工作).
_HEADER_NAME_MAX = 8
#: What a name does not hold: a digit, a quotation mark or a bracket (一颗红枣的“东西部协作账”).
_NOT_IN_NAME = lazy_regex(r"[\d“”\"「」『』《》〈〉（）()【】\[\]]")


def name_shaped(simp: str) -> bool:
    """A short line that may be a name (a blog's, an account's, a column's, a kicker's): at most
    :data:`_HEADER_NAME_MAX` characters, with a Han one, without a sentence's or a clause's mark, a
    digit, a quotation mark or a bracket.

    >>> name_shaped("阿凯的旅行日记"), name_shaped("记者手记"), name_shaped("首批干部已到岗开展工作")
    (True, True, False)
    """
    key = squeeze(simp)
    return 2 <= len(key) <= _HEADER_NAME_MAX and _HAN.search(key) is not None \
        and not _SENTENCE_MARK_IN.search(key) and not _NOT_IN_NAME.search(key)


def header_name(simp: str) -> bool:
    """A line that reads as the name of a blog or a self-media account, as pages set it between a
    headline and its stamp: short, without a sentence's or a clause's mark, a digit, a quotation
    mark or a bracket, and named as blogs are (:data:`BLOG_ENDINGS`: 阿凯的旅行日记) or as a place's
    accounts are (伽师零距离, 广东援疆). A column's or a kicker's name there (记者手记, 新春走基层),
    a place, a prize, a notice's addressee are none of these. (Where it stands decides; this only
    says a name could be there.)

    >>> header_name("阿凯的旅行日记"), header_name("广东援疆"), header_name("伽师零距离")
    (True, True, True)
    >>> header_name("记者手记"), header_name("喀什"), header_name("一等奖"), header_name("各有关单位")
    (False, False, False, False)
    >>> header_name("一颗红枣的“东西部协作账”"), header_name("第3期日记")
    (False, False)
    """
    if not name_shaped(simp):
        return False
    key = squeeze(simp)
    return key.endswith(BLOG_ENDINGS) or place_outlet(key) \
        or (key.endswith("援疆") and place_word(key[: -len("援疆")]))


def _header_run_line(lines: Sequence[Line]) -> tuple[int, str] | None:
    """The headline of a page without a stamp: the first line as long as headlines under a run
    of the site's header (furniture, site names, links of a few characters), with the article's
    text (or a deck) right under it."""
    header = 0
    for i, line in enumerate(lines[:ANCHOR_DEPTH]):
        simp = line.simp
        if fur.furniture_kind(simp) is not None or fur.is_banner(simp) or fur.is_nav_bar(simp) \
                or org_line(simp):
            header += 1
            continue
        if reads_as_prose(simp) or parse_credits(simp) is not None or NUMBERED.match(simp):
            return None
        if len(squeeze(simp)) <= _LINK_MAX:
            header += 1
            continue
        if not header or len(squeeze(simp)) < _HEADLINE_MIN or not headline_like(simp) \
                or cap.is_caption(simp) or fur.is_dated_item(simp) or i + 1 >= len(lines):
            return None
        below = lines[i + 1].simp
        if fragment_above(lines, i):
            fired("anchor.declined-fragment-above", simp, line.start, line.end)
            return None
        if reads_as_prose(below) or _DECK.match(below):
            return i, "anchor.header-run"
        return None
    return None


def headline_anchor(lines: Sequence[Line], markup: Markup) -> tuple[int, str] | None:
    """The index of the line that is the headline, and the rule that placed it; ``None`` when
    neither the markup, nor a stamp, nor a run of the site's header places it (the walk then
    reads the page line by line)."""
    if markup.h1 or markup.titles:  # an HTML page: its markup, or a stamp, says where the headline is
        return _markup_line(lines, markup) or _stamp_line(lines)
    return _stamp_line(lines) or _header_run_line(lines) or _crumb_line(lines)


def _crumb_line(lines: Sequence[Line]) -> tuple[int, str] | None:
    """The headline between the site's breadcrumb and its stamp, however long the header above it
    (a portal's menu of columns and their taglines, some read as sentences): the breadcrumb ends the
    header, the stamp opens the article (首页 > 中南海 / 新年伊始，… / 新华社 / 2020-01-03 18:13)."""
    for b in range(min(len(lines), DEEP_ANCHOR_DEPTH)):
        if not _crumb_end(lines, b) or b + 2 >= len(lines):
            continue
        title = lines[b + 1].simp
        if not _anchored_headline(title) or len(squeeze(title)) < LONG_HEADLINE or fur.furniture_kind(title) \
                or parse_credits(title) is not None:
            continue
        k = b + 2
        while k < min(len(lines), b + 2 + _CREDITS_OVER_STAMP) and not _stamp_at(lines, k) \
                and (org_line(lines[k].simp) or parse_credits(lines[k].simp) is not None):
            k += 1  # 新华社, 记者 王晓: the outlet or the byline between the headline and its stamp
        if k < len(lines) and _stamp_at(lines, k):
            # (a paragraph above the breadcrumb: the page is an article's, the crumb a link inside it;
            # a menu's taglines are shorter than paragraphs)
            if any(len(ln.simp) >= PARAGRAPH_MIN and reads_as_prose(ln.simp)
                   and fur.furniture_kind(ln.simp) is None for ln in lines[:b]) \
                    or any(reads_as_prose(lines[k].simp) and reads_as_prose(lines[k + 1].simp)
                           for k in range(b - 1)):
                return None  # (two prose lines in a row: an article's hard-wrapped paragraph)
            return b + 1, "anchor.crumb-stamp"
    return None


def _crumb_end(lines: Sequence[Line], b: int) -> bool:
    """Whether line ``b`` ends the site's breadcrumb: a breadcrumb of the site's steps (not a route
    of places: 喀什 > 乌鲁木齐 > 上海), or its last step alone on its line under the root, another
    step or a breadcrumb (首页 / > 中南海; not › 相关新闻, a list's header)."""
    simp = lines[b].simp
    if fur.furniture_kind(simp) is EditReason.BREADCRUMB:
        steps = [s for s in _CRUMB_SEPARATORS.split(simp) if s.strip()]
        return not all(_places_only(squeeze(s)) for s in steps)
    if not _CRUMB_TAIL.fullmatch(simp) or fur.is_list_header(_CRUMB_SEPARATORS.sub("", simp)) or b == 0:
        return False
    above = lines[b - 1].simp.strip()
    return above in _CRUMB_ROOTS or _CRUMB_TAIL.fullmatch(above) is not None \
        or fur.furniture_kind(above) is EditReason.BREADCRUMB


#: The root of a site's breadcrumb, alone on its line.
_CRUMB_ROOTS = frozenset(["首页", "网站首页", "返回首页", "主页", "Home", "HOME"])
_CRUMB_SEPARATORS = lazy_regex(r"\s*[>»›＞]+\s*")


#: A paragraph of the article is at least this long (in characters).
PARAGRAPH_MIN = 30


#: The last step of a breadcrumb printed on a line of its own (首页 / > 中南海).
_CRUMB_TAIL = lazy_regex(r"\s*[>»›＞]\s*[^\s>»›＞]{1,12}\s*")
#: Lines of credits (the outlet, a byline) that may stand between a headline and its stamp.
_CREDITS_OVER_STAMP = 2
