"""The cleaning pipeline: small steps, one shared offset map, an audit trail."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict

from aidparse.article.html import find_html
from aidparse.article.layout import find_broken_lines
from aidparse.article.page import find_page_furniture, markup_headlines
from aidparse.cleaning.edits import Change, LogBuilder, resolve_overlaps
from aidparse.cleaning.layout import find_blank_lines, find_spacing, find_width
from aidparse.cleaning.markup import find_invisible
from aidparse.cleaning.misaligned import find_misaligned_gbk, scan_misaligned_gbk
from aidparse.cleaning.mojibake import find_latin1_mojibake
from aidparse.cleaning.pinyin import find_pinyin
from aidparse.errors import check_size
from aidparse.models import CleanedText, Span
from aidparse.models.vocab import EditReason

__all__ = ["CleanConfig", "clean", "clean_and_explain"]


class CleanConfig(BaseModel):
    """Which cleaning steps run. Every step is on by default.

    >>> CleanConfig(pinyin=False).pinyin
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    html: bool = True
    invisible: bool = True
    latin1_mojibake: bool = True
    misaligned_gbk: bool = True
    pinyin: bool = True
    width: bool = True
    boilerplate: bool = True
    spacing: bool = True
    broken_lines: bool = True
    blank_lines: bool = True


#: The steps in the order they run: (config field, function). Steps marked *article*
#: read the page as a reader sees it (:mod:`aidparse.article`); the others repair text.
STEPS: tuple[tuple[str, Callable[[str], list[Change]]], ...] = (
    ("html", find_html),                        # article: HTML parsed, changes on the raw markup
    ("invisible", find_invisible),
    ("latin1_mojibake", find_latin1_mojibake),
    ("misaligned_gbk", find_misaligned_gbk),
    ("pinyin", find_pinyin),
    ("width", find_width),
    ("boilerplate", find_page_furniture),       # article: furniture and metadata lines
    ("spacing", find_spacing),
    ("broken_lines", find_broken_lines),        # article: lines layout cut inside a word
    ("blank_lines", find_blank_lines),
)

#: The default: every step on (built without validation, so that no schema is built
#: until a caller passes a config of their own).
_DEFAULT = CleanConfig.model_construct()


def _run(text: str, config: CleanConfig) -> CleanedText:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}; decode bytes with aidparse.decode")
    if not isinstance(config, CleanConfig):
        raise TypeError("config must be an aidparse.CleanConfig")
    check_size(len(text))
    builder = LogBuilder(text)
    builder.apply("newlines", find_carriage_returns(text))
    unrepaired: list[tuple[int, int]] = []  # damaged sites left as they are, in the current text
    for name, step in STEPS:
        if getattr(config, name):
            if step is find_misaligned_gbk:
                changes, unrepaired = scan_misaligned_gbk(builder.text)
            elif step is find_page_furniture:  # the page walk reads the headline the markup named
                changes = find_page_furniture(builder.text,
                                              markup=markup_headlines(builder.metadata))
            else:
                changes = step(builder.text)
            if unrepaired and changes:
                unrepaired = carry(unrepaired, resolve_overlaps(changes))
            builder.apply(name, changes)
    return CleanedText.model_construct(
        text=builder.text,
        original=text,
        edits=builder.log(),
        metadata=builder.metadata,
        steps=builder.changed_steps,
        unrepaired=[Span._trusted(a, b) for a, b in unrepaired],
    )


def carry(spans: list[tuple[int, int]], changes: list[Change]) -> list[tuple[int, int]]:
    """Where ``spans`` of a text stand once sorted, non-overlapping ``changes`` are applied.

    A span keeps the characters of it that survive; one that is removed whole is dropped.

    >>> carry([(4, 8), (10, 12)], [Change(0, 2), Change(6, 7, "xy"), Change(9, 13)])
    [(2, 7)]
    """
    out = []
    i, shift = 0, 0  # changes wholly before the position, and what they shifted it by
    for start, end in spans:
        while i < len(changes) and changes[i].end <= start:
            shift += len(changes[i].replacement) - (changes[i].end - changes[i].start)
            i += 1
        new_start = start + shift
        if i < len(changes) and changes[i].start < start:  # the span starts inside a change
            new_start = changes[i].start + shift + len(changes[i].replacement)
        j, shift_end = i, shift
        while j < len(changes) and changes[j].end <= end:
            shift_end += len(changes[j].replacement) - (changes[j].end - changes[j].start)
            j += 1
        new_end = end + shift_end
        if j < len(changes) and changes[j].start < end:  # it ends inside a change
            new_end = changes[j].start + shift_end
        if new_end > new_start:
            out.append((new_start, new_end))
    return out


def find_carriage_returns(text: str) -> list[Change]:
    r"""CRLF and lone CR become LF.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("a\r\nb\rc", find_carriage_returns("a\r\nb\rc"))
    'a\nb\nc'
    """
    edits = []
    i = text.find("\r")
    while i != -1:
        if text.startswith("\r\n", i):
            edits.append(Change(i, i + 1, reason=EditReason.NEWLINE))
        else:
            edits.append(Change(i, i + 1, "\n", reason=EditReason.NEWLINE))
        i = text.find("\r", i + 1)
    return edits


def clean(text: str, *, config: CleanConfig = _DEFAULT) -> CleanedText:
    """Strip what scraping left around and inside a report, and say what went.

    Args:
        text: Decoded text of one scraped report.
        config: Which steps to run (all by default).

    Returns:
        The cleaned text with every removal and repair, the metadata lines
        moved out of the body, and :meth:`~aidparse.models.CleanedText.to_input`
        to map spans back to ``text``.

    Examples:
        >>> result = clean("央广网\\n\\n東營(yíng)援疆 , 成果丰硕\\n责任编辑:admin\\n关闭")
        >>> result.text
        '東營援疆,成果丰硕'
        >>> [r.reason.value for r in result.removed if r.reason not in ("blank-lines", "spacing")]
        ['site-name', 'pinyin', 'editors-line', 'navigation']
        >>> result.metadata[1].field.value, result.metadata[1].value
        ('editors', 'admin')
    """
    return _run(text, config)


def clean_and_explain(text: str, *, config: CleanConfig = _DEFAULT) -> tuple[str, list[str]]:
    """Like ftfy's ``fix_and_explain``: the cleaned text and the steps that changed it.

    >>> clean_and_explain("近日&nbsp;，援疆")
    ('近日，援疆', ['html'])
    """
    result = _run(text, config)
    return result.text, result.steps
