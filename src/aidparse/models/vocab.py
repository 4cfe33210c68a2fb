"""Every vocabulary aidparse writes into its results, defined once.

Edit reasons say why cleaning removed or changed a piece of text; warning
codes say what a program reading a report should know; metadata fields name
the facts moved out of the body. Each is a ``str`` enum, so it serialises as
its value (``"pinyin"``) and compares equal to it.

>>> EditReason.PINYIN == "pinyin", WarningCode("not-chinese").name
(True, 'NOT_CHINESE')
"""

from __future__ import annotations

from enum import Enum

__all__ = ["EditReason", "MetaField", "WarningCode"]


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
    """A ``<head>``, ``<script>``, ``<style>`` or ``<noscript>`` block."""
    HTML_TAG = "html-tag"
    """A tag, a comment, or a tag whose ``<`` was lost."""
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
    """Navigation, share widgets, print/close links, copyright lines."""
    RELATED_LIST = "related-list"
    """A list of related headlines or ads, with its header."""
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
    UNRESTORED_CHARACTERS = "unrestored-characters"
    """U+FFFD stands in the text where characters could not be restored."""
    UNREPAIRED_DAMAGE = "unrepaired-damage"
    """Converter-site damage (misaligned GBK: ``?shù)孛裆``, ``?!?``) stands in the text as it
    came: no repair was sure enough. The spans show the garbled text, which is not what the page said."""
    INPUT_REPAIRED = "input-repaired"
    """The input held lone surrogates or other code points no text can hold; they were replaced."""
    PUBLISHED_CONFLICT = "published-conflict"
    """The text states a date other than the one the caller gave."""
    RECIPIENT_NOT_PAIRED = "recipient-not-paired"
    """A recipient the text names is not paired with the donor in the gazetteer."""
    BATCH_OUT_OF_RANGE = "batch-out-of-range"
    """The batch number does not fit the donor's batch count in the gazetteer."""


class MetaField(str, Enum):
    """Facts cleaning moves out of the body into metadata."""

    PUBLISHED = "published"
    SOURCE = "source"
    SITE = "site"
    AUTHORS = "authors"
    EDITORS = "editors"
    SERIES = "series"
