"""HTML pages read with a real HTML parser, every change recorded against the raw markup.

:func:`find_html` feeds the text to the standard library's tolerant
:class:`html.parser.HTMLParser` and turns what it reports into changes of the
raw text, so the edit log maps the report back to the markup:

* the page's ``<head>``, and ``<script>``, ``<style>``, ``<noscript>``,
  ``<template>``, ``<iframe>``, ``<svg>`` … elements go whole
  (:attr:`~aidparse.models.vocab.EditReason.HTML_BLOCK`); the head's
  ``<title>`` and ``<meta>`` fields — ``og:title``, ``article:published_time``,
  ``author``, and the Chinese government CMS fields ``ArticleTitle``,
  ``PubDate``, ``ContentSource`` — ride on that removal as metadata, and so
  do the head's JSON-LD fields of an article (:mod:`aidparse.article.jsonld`);
* ``<nav>``, ``<aside>``, ``<footer>`` and ``<header>`` elements go whole
  (``html-furniture``), except a header inside ``<article>``/``<main>`` or one
  that holds the ``<h1>``;
* a photo's caption goes whole (:attr:`~aidparse.models.vocab.EditReason.CAPTION`)
  where the markup says so: a ``<figcaption>`` or a caption's class
  (``image_desc``, ``pic_text``), a block that opens with a photo
  (``<p><img …>图为…</p>``), or a centred block right after a photo (the CMS
  editors' layout); it must read as a caption (short, one sentence, no
  heading's numbering). Scraped text has no such evidence, so a page's
  captions may go from its HTML and stay in its text;
* block-level tags (``p``, ``div``, ``br``, ``li``, ``h1``–``h6`` …) end a line:
  replaced by a newline, or removed where the text already breaks there
  (``html-line-break``); other tags and comments are removed (``html-tag``);
* character references become their character (``html-entity``), layout
  spaces and invisible controls are removed.

Scraped *text* carries the same residue without a document around it
(``就业。</p>``, ``/p>`` whose ``<`` was lost, ``[object HTMLUListElement]``);
the same function handles it.

A page cut off in the middle (the stored openings of pages often are) stays
linear: the parser only reads up to the last ``>``, and a comment or script
left open runs to the end of the text, as in a browser.
"""

from __future__ import annotations

import html as _html
from dataclasses import field
from html.parser import HTMLParser

from aidparse._lazy import DOTALL, IGNORECASE, VERBOSE, lazy_regex
from aidparse._record import record
from aidparse.article.jsonld import jsonld_metas
from aidparse.article.prose import NUMBERED
from aidparse.article.trace import fired
from aidparse.cleaning.edits import Change, Meta
from aidparse.models.vocab import EditReason, MetaField

__all__ = ["find_html"]

#: Elements that end a line.
BLOCK_TAGS = frozenset([
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "tbody", "thead", "tfoot", "td", "th", "caption", "section", "article", "main", "blockquote", "pre",
    "hr", "figure", "figcaption", "address", "center", "fieldset", "legend", "details", "summary", "body",
    "html",
])
#: Elements never shown as text: removed with everything inside.
DROPPED_TAGS = frozenset([
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "button", "map", "audio", "video", "textarea",
])
#: Elements that are site furniture by their markup.
FURNITURE_TAGS = frozenset(["nav", "aside", "footer", "header"])
#: Elements that may hold a photo's caption as a block of their own (not ``td``: a table of
#: people's photos and names is the article's).
CAPTION_BLOCKS = frozenset(["p", "div", "center", "figcaption", "dd", "section"])
#: Elements whose text is never a caption.
_NEVER_CAPTION = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "img"])
#: The longest text (characters, blanks left out) a block may hold and still be a caption.
CAPTION_MAX = 80
#: Where the head's fields go (names of ``<meta name=…>`` / ``property=…``, lower case).
META_FIELDS: dict[str, MetaField] = {
    "og:title": MetaField.TITLE,
    "twitter:title": MetaField.TITLE,
    "articletitle": MetaField.TITLE,
    "title": MetaField.TITLE,
    "article:published_time": MetaField.PUBLISHED,
    "og:article:published_time": MetaField.PUBLISHED,
    "pubdate": MetaField.PUBLISHED,
    "publishdate": MetaField.PUBLISHED,
    "publish_date": MetaField.PUBLISHED,
    "firstpublishedtime": MetaField.PUBLISHED,
    "dc.date": MetaField.PUBLISHED,
    "datepublished": MetaField.PUBLISHED,  # (microdata: <meta itemprop="datePublished" …>)
    "publishtime": MetaField.PUBLISHED,
    "weibo:article:create_at": MetaField.PUBLISHED,  # (the card Chinese sites give Weibo)
    "author": MetaField.AUTHORS,
    "article:author": MetaField.AUTHORS,
    "dc.creator": MetaField.AUTHORS,
    "contentsource": MetaField.SOURCE,
    "source": MetaField.SOURCE,
    "og:site_name": MetaField.SITE,
    "sitename": MetaField.SITE,
}

#: Entities whose character is itself just layout: removed, not replaced.
_BLANK_ENTITIES = frozenset("\u00a0\u3000\u200b\u2002\u2003\u2009")
#: Invisible controls: bidirectional embeddings, overrides and isolates, directional marks.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 and C1 controls other than tab and newline (CR is normalised before cleaning).
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNWANTED = lazy_regex(f"[{_BIDI}{_CONTROL}]")
_SURROGATE = lazy_regex("[\ud800-\udfff]")
_WORD_CHAR = lazy_regex(r"[\p{Han}A-Za-z0-9]")
#: Character references of blanks (no-break, en, em, thin and ideographic spaces).
_BLANK_REF = lazy_regex(r"&(?:nbsp|ensp|emsp|thinsp|\#160|\#x0*a0|\#12288|\#x3000|\#819[45]|\#8201);",
                        IGNORECASE)
_USER_NAME = lazy_regex("[A-Za-z][A-Za-z0-9_]{2,19}")
#: Residue in text: a tag whose ``<`` was lost, a script's object dump, and (outside a
#: parsed document) character references.
_RESIDUE = lazy_regex(
    r"""
      (?P<broken>(?<![<A-Za-z0-9_/])/(?:p|a|div|span|li|ul|ol|b|i|em|strong|font|td|tr)>)  # '<' lost
    | (?P<object>\[object\s+[A-Za-z]+\])                      # [object HTMLUListElement]
    | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});)  # &nbsp; &#12288;
    """,
    VERBOSE,
)
_ATTRIBUTE = lazy_regex(
    r"""\b(?P<name>[\w:.-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+))""")
#: A class or id that CMS templates give a photo's caption (figcaption's role):
#: ``image_desc``, ``pic_text``, ``img-desc``, ``photo-caption``, ``tuzhu`` (图注).
_CAPTION_NAME = lazy_regex(
    r"""
    (?:^|[\s_\-])                                   # at the start of a class word or a part of it
    (?:figcaption|caption|tuzhu|picintro
     | (?:img|image|pic|picture|photo|tu)[_\-]?(?:desc|text|txt|note|info|intro|caption))
    (?:$|[\s_\-0-9])
    """,
    IGNORECASE | VERBOSE,
)
#: Centred by its markup: ``align="center"`` or ``text-align: center`` in its style.
_CENTRED = lazy_regex(r"text-align\s*:\s*center", IGNORECASE)
#: An image that is page furniture, not a photo: icons, bullets, logos, buttons, QR codes.
_ICON_SRC = lazy_regex(r"icon|dot|arrow|logo|btn|button|spacer|blank|bullet|share|qrcode|erweima|ewm"
                       r"|loading|\.gif(?:$|\?)", IGNORECASE)
#: Not a caption, whatever the markup: a deck (——记援疆干部王晓), a work's title alone (《冬夜读书示子聿》).
_NOT_CAPTION = lazy_regex(r"[—–-]|《[^《》]*》$")
#: A paragraph of prose: a run of Han characters ending a sentence.
_PROSE = lazy_regex(r"\p{Han}{8}[^。！？!?\n<]{0,200}[。！？!?]")
#: The rest of a line after an element: blanks and one line end.
_LINE_END = lazy_regex(r"[ \t]*\r?\n")
#: Sentence ends: a caption is a phrase or one sentence.
_SENTENCE_ENDS = lazy_regex(r"[。！？!?；;](?!\s*$)")
_SCRIPT_OPEN = lazy_regex(r"<(?:script|style)\b", IGNORECASE)
_SCRIPT_CLOSE = lazy_regex(r"</(?:script|style)\s*>", IGNORECASE | DOTALL)


def _entity_change(start: int, end: int, char: str, text: str = "") -> Change:
    """What a character reference becomes: its character, a newline, or nothing when invisible.

    A blank between two words (``2011-03-09&nbsp;13:22``, ``结硕果&nbsp;湖北省``)
    keeps them apart as one space, as the page shows them; elsewhere (``近日&nbsp;，``,
    an indentation) a blank is layout and goes.
    """
    if char == "\r":
        return Change(start, end, "\n", reason=EditReason.HTML_ENTITY)
    if char in _BLANK_ENTITIES and _blank_between_words(text, start, end):
        return Change(start, end, " ", reason=EditReason.HTML_ENTITY)
    if char in _BLANK_ENTITIES or _UNWANTED.fullmatch(char) or _SURROGATE.search(char):
        return Change(start, end, reason=EditReason.HTML_ENTITY)
    return Change(start, end, char, reason=EditReason.HTML_ENTITY)


def _blank_between_words(text: str, start: int, end: int) -> bool:
    """Whether the blank reference at ``[start, end)`` is the last of a run standing between two
    words (characters, letters or digits): the run then keeps them apart as one space."""
    after = end
    if _BLANK_REF.match(text, after):
        return False  # not the last of its run
    before = start
    while before > 0 and text[before - 1] == ";":
        amp = text.rfind("&", max(0, before - 10), before)
        if amp == -1 or not _BLANK_REF.fullmatch(text, amp, before):
            break
        before = amp
    return before > 0 and after < len(text) and bool(_WORD_CHAR.match(text[before - 1])) \
        and bool(_WORD_CHAR.match(text[after]))


def _residue(text: str, start: int, end: int, *, entities: bool) -> list[Change]:
    """Residue changes inside ``text[start:end]``."""
    out = []
    for m in _RESIDUE.finditer(text, start, end):
        if m.group("entity"):
            if not entities:
                continue
            char = _html.unescape(m.group())
            if char != m.group():
                out.append(_entity_change(m.start(), m.end(), char, text))
        else:
            out.append(Change(m.start(), m.end(), reason=EditReason.HTML_TAG))
    return out


# --------------------------------------------------------------------------- parsing


@record(frozen=False)
class _Event:
    kind: str  # start, end, startend, data, comment, entity, decl
    start: int
    tag: str = ""
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    raw: str = ""
    end: int = 0


class _Recorder(HTMLParser):
    """Records what the parser reports, with offsets into the text it was fed."""

    def __init__(self, line_starts: list[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[_Event] = []
        self._line_starts = line_starts

    def _at(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("start", self._at(), tag, attrs, self.get_starttag_text() or ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("startend", self._at(), tag, attrs, self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(_Event("end", self._at(), tag))

    def handle_data(self, data: str) -> None:
        self.events.append(_Event("data", self._at()))

    def handle_comment(self, data: str) -> None:
        self.events.append(_Event("comment", self._at()))

    def handle_entityref(self, name: str) -> None:
        self.events.append(_Event("entity", self._at()))

    def handle_charref(self, name: str) -> None:
        self.events.append(_Event("entity", self._at()))

    def handle_decl(self, decl: str) -> None:
        self.events.append(_Event("decl", self._at()))

    def unknown_decl(self, data: str) -> None:
        self.events.append(_Event("decl", self._at()))

    def handle_pi(self, data: str) -> None:
        self.events.append(_Event("decl", self._at()))


def _parseable_end(text: str) -> int:
    """How much of ``text`` the parser reads: up to the last ``>``, before an unclosed comment or script.

    Past that point no tag can be complete; an open comment or script runs to
    the end of the text (a browser hides it all). Cutting there keeps the
    parser from searching to the end again and again (the tolerant parser of
    older Pythons is quadratic on unclosed constructs).
    """
    end = text.rfind(">") + 1
    if end == 0:
        return 0
    closed = text.rfind("-->")
    comment = text.find("<!--", closed + 3 if closed != -1 else 0)
    if comment != -1:
        end = min(end, comment)
    last_close = None
    for m in _SCRIPT_CLOSE.finditer(text, 0, end):
        last_close = m
    opened = _SCRIPT_OPEN.search(text, last_close.end() if last_close else 0, end)
    if opened is not None:
        end = min(end, opened.start())
    return end


def _events(text: str, end: int) -> list[_Event]:
    """Parser events of ``text[:end]``, each with its ``[start, end)`` in the text."""
    prefix = text[:end]
    starts = [0]
    pos = prefix.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = prefix.find("\n", pos + 1)
    parser = _Recorder(starts)
    parser.feed(prefix)
    parser.close()
    events = parser.events
    for a, b in zip(events, [*events[1:], None], strict=True):
        a.end = b.start if b is not None else end
    return events


# --------------------------------------------------------------------------- changes


def _attribute_value(ev: _Event, wanted: str) -> tuple[str, int, int] | None:
    """The raw value of attribute ``wanted`` in a start tag, with its offsets in the text."""
    for m in _ATTRIBUTE.finditer(ev.raw):
        if m.group("name").lower() == wanted:
            group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
            return m.group(group), ev.start + m.start(group), ev.start + m.end(group)
    return None


def _meta_field(ev: _Event) -> Meta | None:
    """The metadata a ``<meta>`` tag states, if it is one aidparse reads."""
    attrs = {k.lower(): (v or "") for k, v in ev.attrs}
    key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
    field_name = META_FIELDS.get(key)
    if field_name is None:
        return None
    value = _attribute_value(ev, "content")
    if value is None or not value[0].strip():
        return None
    raw, start, end = value
    text = _html.unescape(raw).strip()
    if field_name is MetaField.AUTHORS and not people_names(text):
        return None  # <meta name="author" content="网易">: a site, not a person
    if field_name is MetaField.SOURCE:
        from aidparse.article.credits import source_name
        from aidparse.script import to_simplified

        name = source_name(to_simplified(text))
        if not name:
            return None
        text = text.strip()[to_simplified(text.strip()).index(name):][: len(name)]  # as written
    return Meta(field_name, text, start, end)


def people_names(value: str) -> bool:
    """Whether an author field holds people's names (or one user name), not a site or an address."""
    from aidparse.article.names import split_names
    from aidparse.script import to_simplified

    return split_names(to_simplified(value)) is not None or bool(_USER_NAME.fullmatch(value))


class _Builder:
    """Turns parser events into changes."""

    def __init__(self, text: str, events: list[_Event], *, captions: bool = True) -> None:
        self.text = text
        self.events = events
        self.changes: list[Change] = []
        self.captions = captions  # whether the markup's captions go (not on a page of photos alone)
        self.captions_dropped = 0
        self.prose_seen = False  # a paragraph of prose was kept before the event at hand
        # one pass: the end tag closing each start tag (the innermost open one of its name)
        self.ends: dict[int, int] = {}
        open_tags: dict[str, list[int]] = {}
        self.h1_before = [0]  # <h1> start tags before each event
        for k, ev in enumerate(events):
            if ev.kind == "start":
                open_tags.setdefault(ev.tag, []).append(k)
            elif ev.kind == "end" and open_tags.get(ev.tag):
                self.ends[open_tags[ev.tag].pop()] = k
            self.h1_before.append(self.h1_before[-1] + (ev.kind == "start" and ev.tag == "h1"))

    def element_end(self, i: int) -> int | None:
        """Index of the end tag closing the element opened at event ``i``."""
        return self.ends.get(i)

    def head_end(self, i: int) -> int:
        """Where the head ends: ``</head>``, or the first tag or text that belongs to the body."""
        allowed = {"title", "meta", "link", "script", "style", "base", "noscript", "template"}
        j = i + 1
        while j < len(self.events):
            ev = self.events[j]
            if ev.kind == "end" and ev.tag == "head":
                return j
            if ev.kind in ("start", "startend") and ev.tag not in allowed:
                return j - 1
            if ev.kind == "data" and self.text[ev.start : ev.end].strip():
                return j - 1
            if ev.kind == "start" and ev.tag in ("title", "script", "style", "noscript", "template"):
                close = self.element_end(j)
                j = close if close is not None else j
            j += 1
        return len(self.events) - 1

    def metas_between(self, i: int, j: int) -> tuple[Meta, ...]:
        """The title and meta fields of events ``i`` to ``j``."""
        metas = []
        k = i
        while k <= j:
            ev = self.events[k]
            if ev.kind in ("start", "startend") and ev.tag == "meta":
                meta = _meta_field(ev)
                if meta is not None:
                    metas.append(meta)
            elif ev.kind == "start" and ev.tag == "script":
                close = self.element_end(k)
                metas += self.structured_data(k, close if close is not None and close <= j else None)
                k = close if close is not None and close <= j else k
            elif ev.kind == "start" and ev.tag == "title":
                close = self.element_end(k)
                if close is not None and close <= j:
                    start, end = ev.end, self.events[close].start
                    value = _html.unescape(self.text[start:end]).strip()
                    if value:
                        metas.append(Meta(MetaField.TITLE, value, start, end))
                    k = close
            k += 1
        return tuple(metas)

    def structured_data(self, i: int, close: int | None) -> tuple[Meta, ...]:
        """The fields of a JSON-LD ``<script>`` opened at event ``i`` and closed at ``close``."""
        ev = self.events[i]
        kind = _attribute_value(ev, "type")
        if close is None or ev.tag != "script" or kind is None \
                or kind[0].strip().lower() != "application/ld+json":
            return ()
        start, end = ev.end, self.events[close].start
        return jsonld_metas(self.text[start:end], start)

    def holds_h1(self, i: int, j: int) -> bool:
        return self.h1_before[j] > self.h1_before[i]

    def build(self) -> list[Change]:
        events = self.events
        inside: list[str] = []  # open article/main elements
        i = 0
        while i < len(events):
            ev = events[i]
            if ev.kind == "start" and ev.tag == "head":
                j = self.head_end(i)
                self.drop(i, j, EditReason.HTML_BLOCK, self.metas_between(i, j))
                i = j + 1
                continue
            if ev.kind == "start" and ev.tag in DROPPED_TAGS:
                close = self.element_end(i)
                if close is None and ev.tag not in ("script", "style"):
                    self.changes.append(Change(ev.start, ev.end, reason=EditReason.HTML_TAG))
                    i += 1
                    continue
                j = close if close is not None else len(events) - 1
                self.drop(i, j, EditReason.HTML_BLOCK)  # (a body's JSON-LD may be a related item's)
                i = j + 1
                continue
            if ev.kind == "start" and ev.tag in FURNITURE_TAGS:
                close = self.element_end(i)
                if close is not None and not (ev.tag == "header" and (inside or self.holds_h1(i, close))):
                    self.drop(i, close, EditReason.HTML_FURNITURE)
                    i = close + 1
                    continue
            if ev.kind == "start" and ev.tag == "title":  # a title outside the head
                close = self.element_end(i)
                if close is not None:
                    self.drop(i, close, EditReason.HTML_BLOCK, self.metas_between(i, close))
                    i = close + 1
                    continue
            if self.captions and ev.kind == "start" and ev.tag in CAPTION_BLOCKS:
                close = self.caption_end(i)
                if close is not None:
                    self.drop(i, close, EditReason.CAPTION)
                    self.captions_dropped += 1
                    i = close + 1
                    continue
            if ev.kind in ("start", "end") and ev.tag in ("article", "main"):
                if ev.kind == "start":
                    inside.append(ev.tag)
                elif inside:
                    inside.pop()
            self.event(ev, i)
            i += 1
        return self.changes

    def caption_end(self, i: int) -> int | None:
        """Where the block opened at event ``i`` ends, if the markup makes it a photo's caption.

        The markup's evidence, one of: the block is a ``<figcaption>`` or has a
        caption's class or id (``image_desc``, ``pic_text``); it holds a photo
        before any of its text (``<p><img …>图为…</p>``); or it is centred and
        the nearest thing before it is a photo (``<p align="center"><img …></p>``
        then ``<p align="center">…</p>``, as CMS editors lay out pictures). Its
        text must read as a caption: at most :data:`CAPTION_MAX` characters, at
        most one sentence, no heading's numbering, no heading or list inside.
        """
        ev = self.events[i]
        close = self.element_end(i)
        if close is None or close - i > 60:
            return None
        parts: list[str] = []
        photo_first = False
        nested = linked = False  # a block inside; an image inside a link (a thumbnail, an avatar)
        for k in range(i + 1, close):
            inner = self.events[k]
            if inner.kind == "start" and inner.tag == "a":
                linked = True
            if inner.kind in ("start", "startend") and inner.tag in BLOCK_TAGS and inner.tag != "br":
                nested = True
            if inner.kind in ("start", "startend") and inner.tag in _NEVER_CAPTION:
                if inner.tag == "img" and not parts:
                    photo_first = _is_photo(inner) and not linked
                    continue
                return None
            if inner.kind in ("data", "entity"):
                raw = self.text[inner.start : inner.end]
                parts.append(_html.unescape(raw) if inner.kind == "entity" else raw)
        caption = "".join("".join(parts).split())
        if not caption or len(caption) > CAPTION_MAX or NUMBERED.match(caption) \
                or _SENTENCE_ENDS.search(caption) or not _WORD_CHAR.search(caption) \
                or _NOT_CAPTION.match(caption) or _credits_or_dateline(caption):
            return None  # (a deck ——记…, a work's title 《…》, a lead 新华社…电（记者 王晓）…)
        attrs = {k.lower(): (v or "") for k, v in ev.attrs}
        names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
        named = ev.tag == "figcaption" or bool(_CAPTION_NAME.search(names))
        centred = attrs.get("align", "").lower() == "center" or bool(_CENTRED.search(attrs.get("style", "")))
        # (centred after a photo: only once the article's prose has begun; above it, a centred line
        # under the lead photo is as often the deck)
        if named or (photo_first and not nested) or (centred and self.prose_seen and self.photo_before(i)):
            return close
        return None

    def photo_before(self, i: int) -> bool:
        """Whether the nearest image or text before event ``i`` is a photo (tags between are
        passed), and not one inside a link (a thumbnail, a link to the next page)."""
        for k in range(i - 1, max(-1, i - 40), -1):
            ev = self.events[k]
            if ev.kind in ("start", "startend") and ev.tag == "img":
                return _is_photo(ev) and not self.linked(k)
            if ev.kind in ("data", "entity") and self.text[ev.start : ev.end].strip():
                return False
        return False

    def linked(self, k: int) -> bool:
        """Whether event ``k`` stands inside an ``<a>`` element (opened a few events before it)."""
        for j in range(k - 1, max(-1, k - 6), -1):
            ev = self.events[j]
            if ev.kind == "start" and ev.tag == "a":
                end = self.element_end(j)
                return end is None or end > k
        return False

    def drop(self, i: int, j: int, reason: EditReason, metas: tuple[Meta, ...] = ()) -> None:
        start, end = self.events[i].start, self.events[j].end
        if reason is EditReason.CAPTION:  # its line goes with it: no blank line where it stood
            gap = _LINE_END.match(self.text, end)
            end = gap.end() if gap else end
            fired("html.caption", self.text[start:end], start, end)
        self.changes.append(Change(start, end, reason=reason, meta=metas))

    def headline(self, i: int) -> tuple[Meta, ...]:
        """The text of the ``<h1>`` opened at event ``i`` (tags left out, references read)."""
        close = self.element_end(i)
        if close is None:
            return ()
        parts = []
        for ev in self.events[i + 1 : close]:
            raw = self.text[ev.start : ev.end]
            if ev.kind == "data":
                parts.append(raw)
            elif ev.kind == "entity":
                parts.append(_html.unescape(raw))
        value = " ".join("".join(parts).split())
        if not value:
            return ()
        return (Meta(MetaField.HEADLINE, value, self.events[i].end, self.events[close].start),)

    def event(self, ev: _Event, index: int) -> None:
        kind = ev.kind
        if kind == "data":
            self.changes += _residue(self.text, ev.start, ev.end, entities=False)
            if not self.prose_seen and _PROSE.search(self.text, ev.start, ev.end):
                self.prose_seen = True
            return
        if kind == "entity":
            raw = self.text[ev.start : ev.end]
            if raw.endswith(";"):
                char = _html.unescape(raw)
                if char != raw:
                    self.changes.append(_entity_change(ev.start, ev.end, char, self.text))
            return
        if kind in ("start", "end", "startend") and ev.tag in BLOCK_TAGS:
            headline = self.headline(index) if kind == "start" and ev.tag == "h1" else ()
            self.changes.append(Change(ev.start, ev.end, "\n", EditReason.HTML_LINE_BREAK, meta=headline))
            return
        if kind == "start" and ev.tag == "meta":
            meta = _meta_field(ev)
            self.changes.append(Change(ev.start, ev.end, reason=EditReason.HTML_TAG,
                                       meta=(meta,) if meta else ()))
            return
        self.changes.append(Change(ev.start, ev.end, reason=EditReason.HTML_TAG))


def _credits_or_dateline(line: str) -> bool:
    """Whether a line is a credit line or opens with a wire's dateline (a paragraph, not a caption)."""
    from aidparse.article.credits import parse_credits
    from aidparse.article.datelines import parse_lead
    from aidparse.script import to_simplified

    simp = to_simplified(line)
    lead = parse_lead(simp, first=True)
    return (lead is not None and lead.end > 0) or parse_credits(simp) is not None


def _is_photo(ev: _Event) -> bool:
    """Whether an ``<img>`` is a photo: not an icon, a bullet, a logo or a button by its
    file name, and not drawn smaller than 60 pixels either way."""
    attrs = {k.lower(): (v or "") for k, v in ev.attrs}
    if _ICON_SRC.search(attrs.get("src", "")):
        return False
    for side in ("width", "height"):
        size = attrs.get(side, "").strip().removesuffix("px")
        if size.isdigit() and int(size) < 60:
            return False
    return True


_SPACES = " \t\u3000"


def _settle_line_breaks(text: str, changes: list[Change]) -> list[Change]:
    """Block tags give a newline only between two pieces of text on one line.

    Where the output already breaks (or starts, or ends) beside the tag, the
    tag is removed instead, so markup adds no blank lines of its own. Two
    passes over the output pieces: what follows each tag, then what precedes.
    """
    changes = sorted(changes, key=lambda c: (c.start, c.end))
    pieces: list[str | int] = []  # output text, or the index of a line-break change
    pos = 0
    for k, c in enumerate(changes):
        if c.start > pos:
            pieces.append(text[pos : c.start])
        if c.reason is EditReason.HTML_LINE_BREAK:
            pieces.append(k)
        elif c.replacement:
            pieces.append(c.replacement)
        pos = max(pos, c.end)
    pieces.append(text[pos:])
    following: dict[int, str] = {}
    nxt = ""
    for piece in reversed(pieces):
        if isinstance(piece, int):
            following[piece] = nxt
        else:
            stripped = piece.lstrip(_SPACES)
            if stripped:
                nxt = stripped[0]
    previous = ""
    for piece in pieces:
        if isinstance(piece, int):
            if previous in ("", "\n") or following[piece] in ("", "\n"):
                c = changes[piece]
                changes[piece] = Change(c.start, c.end, "", c.reason, meta=c.meta)
            else:
                previous = "\n"
        else:
            stripped = piece.rstrip(_SPACES)
            if stripped:
                previous = stripped[-1]
    return changes


def find_html(text: str) -> list[Change]:
    """Read HTML (a whole page or residue in text) into changes of the raw markup.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> page = ("<html><head><title>援疆_新华网</title><meta name='PubDate' content='2023-10-24'>"
    ...         "<script>var a = '<p>x</p>';</script></head><body><nav>首页 | 新闻</nav>"
    ...         "<h1>医疗队进村开展义诊</h1><p>近日&nbsp;，医疗队<b>进村</b>开展义诊。<br>为期三天。</p>"
    ...         "<footer>版权所有</footer></body></html>")
    >>> apply_changes(page, find_html(page))
    '医疗队进村开展义诊\\n近日，医疗队进村开展义诊。\\n为期三天。'
    >>> [(m.field.value, m.value) for c in find_html(page) for m in c.meta]
    [('title', '援疆_新华网'), ('published', '2023-10-24'), ('headline', '医疗队进村开展义诊')]
    >>> apply_changes("就业。</p>&quot;援疆&quot;[object HTMLUListElement]",
    ...               find_html("就业。</p>&quot;援疆&quot;[object HTMLUListElement]"))
    '就业。\\n"援疆"'
    >>> truncated = "<p>援疆资金</p><!-- 广告 <p>不是正文</p>"
    >>> apply_changes(truncated, find_html(truncated))
    '援疆资金'
    """
    if "<" not in text and "&" not in text:
        return _residue(text, 0, len(text), entities=False)
    end = _parseable_end(text)
    changes: list[Change] = []
    if end:
        events = _events(text, end)
        builder = _Builder(text, events)
        changes = builder.build()
        if builder.captions_dropped and not builder.prose_seen:  # a page of photos: they are its text
            changes = _Builder(text, events, captions=False).build()
    tail = text[end:]
    if tail.startswith("<!--") or _SCRIPT_OPEN.match(tail):
        changes.append(Change(end, len(text), reason=EditReason.HTML_BLOCK))
    else:
        changes += _residue(text, end, len(text), entities=True)
    return _settle_line_breaks(text, changes)
