"""Every vocabulary aidparse writes into its results, defined once.

Edit reasons say why cleaning removed or changed a piece of text; warning
codes say what a program reading a report should know; metadata fields name
the facts moved out of the body; year sources say where a date's year came
from. Each is a ``str`` enum, so it serialises as
its value (``"pinyin"``) and compares equal to it.

>>> EditReason.PINYIN == "pinyin", WarningCode("not-chinese").name
(True, 'NOT_CHINESE')
"""

from __future__ import annotations

from enum import Enum

__all__ = ["ByteDamage", "Detector", "EditReason", "MetaField", "WarningCode", "YearSource"]


class EditReason(str, Enum):
    """Why a piece of the input was removed or replaced.

    Removals leave nothing in its place; repairs and normalisations replace it;
    ``script-conversion`` is Traditional→Simplified, one character for one.
    """

    # input hygiene
    NEWLINE = "newline"
    """A carriage return (CRLF or lone CR) normalised to LF."""
    LONE_SURROGATE = "lone-surrogate"
    """A lone UTF-16 surrogate (from broken JSON or ``surrogateescape``) replaced by U+FFFD."""
    CONTROL = "control-character"
    """A C0/C1 control character that is not layout."""
    BIDI_CONTROL = "bidi-control"
    """An invisible bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E/F)."""
    ZERO_WIDTH = "zero-width"
    """Zero-width spaces and joiners, soft hyphens, a stray byte-order mark."""
    SPACE = "space"
    """An odd space (no-break, thin, ideographic figure ...) made an ordinary space."""
    # markup
    HTML_BLOCK = "html-block"
    """A ``<head>``, ``<script>``, ``<style>``, ``<noscript>`` or ``<template>`` element, or a
    script or comment left open by a truncated page (it runs to the end, as in a browser)."""
    HTML_FURNITURE = "html-furniture"
    """A ``<nav>``, ``<header>``, ``<footer>`` or ``<aside>`` element: site furniture by its markup."""
    HTML_LINE_BREAK = "html-line-break"
    """A block-level tag (``<p>``, ``<div>``, ``<br>``, ``<li>``, ``<h1>`` …) that ends a line,
    replaced by a newline (or removed where a newline already stands)."""
    HTML_TAG = "html-tag"
    """An inline tag, a comment, or a tag whose ``<`` was lost."""
    HTML_ENTITY = "html-entity"
    """A character reference turned into its character (or removed when it is only layout)."""
    # damage
    LATIN1_MOJIBAKE = "latin1-mojibake"
    """UTF-8 bytes that had been read as Latin-1 or cp1252, decoded again."""
    MISALIGNED_GBK = "misaligned-gbk"
    """GBK text read one byte out of step by a converter site, realigned."""
    LOST_CHARACTER = "lost-character"
    """A character lost with its pinyin annotation, restored from the reading."""
    PINYIN = "pinyin"
    """A pinyin annotation after a character (``營(yíng)``)."""
    WIDTH = "width"
    """Full-width Latin letters and digits made ASCII."""
    # furniture and metadata
    SITE_NAME = "site-name"
    """The site's name alone on a line."""
    NAVIGATION = "navigation"
    """Navigation links, share and font widgets, print/close links, e-paper page links."""
    BREADCRUMB = "breadcrumb"
    """A breadcrumb (``首页 > 新闻 > 正文``, ``当前位置:``), or site links above it."""
    BANNER = "banner"
    """A site banner or welcome line (``欢迎进入和静新闻网!``), a letter-spaced motto."""
    SPAM = "spam"
    """A spam or SEO line: keyword-stuffed headers, gambling and porn advertising, and the same
    text spliced into another line."""
    SCRIPT_RESIDUE = "script-residue"
    """Script and markup residue shown as text (``[object …]``, ``<!-- … -->`` fragments)."""
    IMAGE = "image"
    """An image file name or placeholder (``IMG_0012.jpg``, ``![](…)``, ``[图片]``)."""
    PAYWALL = "paywall"
    """A paywall or read-more marker (``阅读全文``, ``付费阅读``)."""
    QR_CODE = "qr-code"
    """A QR-code, app-download or report-window line (``扫一扫``, ``不良信息举报窗口``)."""
    ADVERTISEMENT = "advertisement"
    """A subscription or download advertisement above or below the article."""
    COPYRIGHT = "copyright"
    """A copyright, licence (ICP) or reprint-notice line, a disclaimer or a site footer."""
    EMPTY_ROLE = "empty-role"
    """A role or counter label with nothing after it (``作者:``, ``初审编辑:``, ``浏览次数:``)."""
    KEYWORDS = "keywords"
    """A keywords or tags line (``关键词:``)."""
    PAPER_RECORD = "paper-record"
    """A line of a journal paper's bibliographic record on a database's page (中图分类号：…,
    DOI：…, 作者单位：…, 【机构】…), on a page that shows two or more of them."""
    TRANSLATION = "translation"
    """A paragraph in another script (an English translation of an abstract) on a Chinese page."""
    SITE_SUFFIX = "site-suffix"
    """The site's name glued to a headline (``…_新华网``, ``-中国日报网``)."""
    COLUMN_TAG = "column-tag"
    """A column, campaign or media tag before or after a headline (``建党百年特别报道丨``,
    ``[视频]``, ``「项目」``, ``(组图)``)."""
    RELATED_LIST = "related-list"
    """A list of related headlines or ads, with its header."""
    COMMENTS = "comments"
    """Readers' comments under the article (``网友评论``, ``精选留言``) or the replies under a forum
    thread's first post (``沙发``, ``2楼``), with their header."""
    HEADER_LINE = "header-line"
    """The date / source / author stamp line of the page."""
    SOURCE_LINE = "source-line"
    """A line naming the source (``来源：``)."""
    AUTHORS_LINE = "authors-line"
    """A line naming authors (``记者：``, ``作者：``)."""
    EDITORS_LINE = "editors-line"
    """A line naming editors (``责任编辑：``)."""
    REPEATED_TITLE = "repeated-title"
    """The title printed again by the site."""
    CAPTION = "caption"
    """A photo caption standing apart from the body."""
    BYLINE = "byline"
    """A byline or wire dateline inside the body (``新华社乌鲁木齐7月12日电(记者 …)``)."""
    RUNNING_HEADER = "running-header"
    """A print page's running header glued to a heading."""
    # layout
    SPACING = "spacing"
    """Spaces around punctuation, indentation, trailing spaces."""
    BROKEN_LINE = "broken-line"
    """A line break inside a sentence, joined."""
    BLANK_LINES = "blank-lines"
    """Blank lines beyond one newline between paragraphs."""
    # script
    SCRIPT_CONVERSION = "script-conversion"
    """Traditional characters converted to Simplified (length-preserving)."""


class WarningCode(str, Enum):
    """What a program reading a report should know about it."""

    UNDECODABLE_BYTES = "undecodable-bytes"
    """Some bytes could not be decoded; they stand as U+FFFD (see ``encoding.undecodable``)."""
    DECLARED_CHARSET_MISMATCH = "declared-charset-mismatch"
    """The page declares a charset its bytes are not in."""
    UNKNOWN_DECLARED_CHARSET = "unknown-declared-charset"
    """The page declares a charset that is not a web text encoding; it was ignored."""
    LOW_CONFIDENCE_ENCODING = "low-confidence-encoding"
    """The encoding could not be told with confidence."""
    NOT_CHINESE = "not-chinese"
    """The text is not Chinese; fields that need Chinese are empty."""
    NOTHING_LEFT = "nothing-left"
    """Cleaning removed every line of a Chinese page as furniture or metadata: the report has no
    article text (its fields may still hold what the metadata said)."""
    UNRESTORED_CHARACTERS = "unrestored-characters"
    """U+FFFD stands in the text where characters could not be restored."""
    UNREPAIRED_DAMAGE = "unrepaired-damage"
    """Converter-site damage (misaligned GBK: ``?shù)孛裆``, ``?!?``) stands in the text as it
    came: no repair was sure enough. The spans show the garbled text, which is not what the page said."""
    INPUT_IS_A_PATH = "input-is-a-path"
    """The text given is the name of an existing file: a ``str`` is always parsed as text, so
    the file was not read (pass ``pathlib.Path(name)`` to parse it)."""
    INPUT_REPAIRED = "input-repaired"
    """The input held lone surrogates or other code points no text can hold; they were replaced."""
    PUBLISHED_CONFLICT = "published-conflict"
    """The text states a date other than the one the caller gave."""
    DONOR_AMBIGUOUS = "donor-ambiguous"
    """Many donor provinces are named and none in half the mentions (an overview of the
    programme): no donor is given, and so no recipients; the spans show the names."""
    RECIPIENT_NOT_PAIRED = "recipient-not-paired"
    """A recipient the text names is not paired with the donor in the gazetteer."""
    BATCH_OUT_OF_RANGE = "batch-out-of-range"
    """The batch number does not fit the donor's batch count in the gazetteer."""


class MetaField(str, Enum):
    """Facts cleaning moves out of the body into metadata."""

    PUBLISHED = "published"
    """The page's date (a stamp, ``发布时间:``, ``<meta name="PubDate">``)."""
    SOURCE = "source"
    """The publisher the page credits (``来源:``, ``出处:``, a periodical, ``据…报道``)."""
    SITE = "site"
    """The name of the site showing the page (a banner line, a site name in a credit)."""
    AUTHORS = "authors"
    """A person credited for the article (记者, 通讯员, 作者, 文/, 摄影 in the byline)."""
    EDITORS = "editors"
    """A person credited as editor (责任编辑, 编辑, 审核 …)."""
    SERIES = "series"
    """A column, campaign or series the headline belongs to (``建党百年特别报道``)."""
    TITLE = "title"
    """A headline the markup states (``<title>``, ``og:title``, ``ArticleTitle``)."""
    HEADLINE = "headline"
    """The text of an HTML page's ``<h1>``: where the page's headline stands in its body."""
    TITLE_LINE = "title-line"
    """The line the page walk placed as the article's headline — the markup or the stamp under
    it showed where it stands —, without the tags and site name cut from it: the report's title,
    wherever it stands in the cleaned text (prose kept above it included)."""
    ACCOUNT = "account"
    """The self-media account a post's header names beside its date (``援疆那些事儿 2024-09-10 20:15 ·
    新疆 · 原创``, ``原创 浙江援疆 浙江援疆 2024年11月28日``): the report's source when the page
    credits no other."""
    ORIGIN = "origin"
    """The paper or agency a wire dateline names (``新华社乌鲁木齐7月12日电`` → 新华社): the
    article's originator, ahead of a ``来源:`` line that names the site that carried it."""
    AFFILIATION = "affiliation"
    """The organisation a byline names for its reporters (``新华社记者 何军`` → 新华社)."""
    DATELINE = "dateline"
    """The date of a wire dateline as written, often without a year (``7月12日``)."""
    PLACE = "place"
    """The place of a wire dateline (``乌鲁木齐``)."""
    SIGNED = "signed"
    """The date a notice, a letter or a proposal is signed with under its issuer (``疏附县人民政府`` /
    ``2024年5月12日``): the line stays in the text; the report's published date when the page gives
    no stamp and no dateline."""


class Detector(str, Enum):
    """Which piece of evidence decided the encoding of a page (``EncodingGuess.detector``)."""

    EMPTY = "empty"
    """No bytes: the empty text."""
    BOM = "bom"
    """A byte-order mark."""
    ASCII = "ascii"
    """Every byte is ASCII and nothing points to UTF-16/32 or ISO-2022."""
    NUL_PATTERN = "nul-pattern"
    """NUL bytes where UTF-16 or UTF-32 puts them (the high bytes of ASCII characters)."""
    UTF8 = "utf-8"
    """The bytes are UTF-8 by structure: valid multi-byte sequences, whatever the language."""
    DECLARED = "declared"
    """A declared charset (page or caller) that decodes the bytes cleanly, on a page that is not Chinese."""
    CHINESE_MODEL = "chinese-model"
    """The Chinese character model, ranking UTF-8, GB18030, Big5 and evidenced UTF-16/32 readings."""
    CHARSET_NORMALIZER = "charset-normalizer"
    """charset-normalizer, for a page whose bytes read as no Chinese under any Chinese codec."""


class ByteDamage(str, Enum):
    """Why a byte range of the input stands as U+FFFD (``UndecodableSpan.kind``)."""

    INVALID = "invalid"
    """The chosen codec cannot decode these bytes (Python's ``errors="replace"`` replaces them too)."""
    FOREIGN = "foreign"
    """The bytes decode, but in another encoding (a UTF-8 footer on a GBK page); see ``reads_as``."""
    OUT_OF_STEP = "out-of-step"
    """A stray byte that shifted every UTF-16 unit after it; set aside, the rest reads in step."""


class YearSource(str, Enum):
    """Where a date's year came from (``DateMention.year_source``).

    A month-day date (``5月24日``), a bare month (``3月份``), a part of a year
    (``上半年``) or a holiday has no year of its own: the extractor takes it,
    in this order of preference, from the mention itself, the same sentence,
    a narrative date earlier in the same paragraph, the reference date (the
    article's published date) or the text's dateline, and finally the nearest
    year stated anywhere before it. A day-only date (``24日``) takes its month
    from the same place.
    """

    STATED = "stated"
    """The mention writes its year: ``2023年5月24日``, ``2010/01/29``, ``2020—2022年``, ``十四五``."""
    SENTENCE = "sentence"
    """A year written earlier in the same sentence: ``2019年，…，5月…``."""
    PRECEDING = "preceding"
    """The nearest year written before it: a dated event earlier in the same paragraph
    (``2018年3月14日…。3月16日，…``), or, when there is no reference date, anywhere before it;
    ``当年``, ``次年`` count from it."""
    PUBLISHED = "published"
    """The reference date the caller gave (the report passes its published date):
    ``今年5月``, ``去年年底``, ``上半年``, ``3月5日`` in a dated article."""
    DATELINE = "dateline"
    """The page's own date, when no reference date was given: its wire dateline
    (``新华网北京2010年7月5日电``) or its stamp (``发布时间:2022-01-06 11:34:49``)."""
    NONE = "none"
    """No year can be told; the value has none either: ``--05-24``."""
