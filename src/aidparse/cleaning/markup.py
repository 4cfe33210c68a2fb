"""Invisible and control characters, and what no text can hold.

HTML is read by :mod:`aidparse.article.html`.
"""

from __future__ import annotations

from aidparse._lazy import lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_invisible", "replace_surrogates"]

#: Invisible controls: bidirectional embeddings, overrides and isolates, directional marks.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: C0 and C1 controls other than tab and newline (CR is normalised before cleaning).
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNWANTED = lazy_regex(f"[{_BIDI}{_CONTROL}]")


_INVISIBLE = lazy_regex(r"[\u200b-\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACE = lazy_regex(r"[\u00a0\u2002-\u200a\u202f\u205f]")


def find_invisible(text: str) -> list[Change]:
    """Zero-width characters, bidirectional and other controls go; odd spaces become spaces.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> text = "援\\u200b疆\\u00a0工作\\u202e\\x07"
    >>> apply_changes(text, find_invisible(text))
    '援疆 工作'
    """
    edits = [Change(m.start(), m.end(), reason=EditReason.ZERO_WIDTH)
             for m in _INVISIBLE.finditer(text)]
    edits += [Change(m.start(), m.end(), reason=EditReason.BIDI_CONTROL
                     if m.group() > "\x9f" else EditReason.CONTROL)
              for m in _UNWANTED.finditer(text)]
    edits += [
        Change(m.start(), m.end(), " ", reason=EditReason.SPACE)
        for m in _ODD_SPACE.finditer(text)
    ]
    return edits


_SURROGATE = lazy_regex("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """Lone surrogates (from ``surrogateescape`` decoding or broken JSON) become U+FFFD.

    No text can hold them and no JSON can carry them, so they are replaced at
    the door, before anything else reads the text; the count is returned so
    the caller can warn.

    >>> replace_surrogates("援\\ud800疆")
    ('援\\ufffd疆', 1)
    """
    count = 0

    def one(_: object) -> str:
        nonlocal count
        count += 1
        return "\ufffd"

    return _SURROGATE.sub(one, text), count
