"""A document converted to Simplified: the lines that are Simplified already stay as they are.

OpenCC's ``t2s`` reads every text as Traditional, and some Simplified text is also Traditional
written another way: its phrase table turns 沈思 into 沉思 and 沈吟 into 沉吟, so a Simplified
byline's surname 沈 became 沉 (``本报记者 沈吟`` read as a common word, and the reporter lost). So a
document without a Traditional-only character is not converted at all, and in any document a
line with Simplified-only characters and no Traditional-only one is left as it is. Every other
line is converted as OpenCC converts it: in a document with Traditional characters, a line of
characters both scripts share is read as Traditional.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from aidparse.script.convert import diff_runs, to_simplified
from aidparse.script.detect import evidence, line_evidence

if TYPE_CHECKING:
    from aidparse.models.script import Variant
    from aidparse.script.convert import VariantName

__all__ = ["document_runs", "simplified_document", "simplified_line", "traditional_document"]


@functools.lru_cache(maxsize=4)
def traditional_document(text: str) -> bool:
    """Whether a document has a Traditional-only character (without one it is not converted); asked
    of a page's input by the report and by the article stage's metadata alike.

    >>> traditional_document("本报记者 沈吟"), traditional_document("記者 沈吟")
    (False, True)
    """
    return evidence(text)[1] > 0


def _simplified_already(simplified: int, traditional: int) -> bool:
    return simplified > 0 and traditional == 0


def simplified_document(text: str, variant: VariantName | Variant = "t2s",
                        traditional_document: bool | None = None) -> str:
    """``text`` in Simplified, its Simplified lines as they are. ``traditional_document``: whether
    the document has a Traditional-only character, when ``text`` is only part of it (the report's
    text after the cleaner removed a line such as a link to the site's 繁體 version); by default,
    whether ``text`` has one.

    >>> simplified_document("本报记者 沈吟\\n喀什援疆项目")  # no Traditional character: as it is
    '本报记者 沈吟\\n喀什援疆项目'
    >>> simplified_document("本报记者 沈吟\\n他沈吟良久,說道")
    '本报记者 沈吟\\n他沉吟良久,说道'
    """
    counts = line_evidence(text)
    if traditional_document is None:
        traditional_document = counts is None or any(traditional for _, traditional in counts)
    if not traditional_document:
        return text
    converted = to_simplified(text, variant)
    if counts is None or converted == text or not any(_simplified_already(*c) for c in counts):
        return converted
    out = []
    pos = 0
    for line, c in zip(text.split("\n"), counts, strict=True):
        out.append(line if _simplified_already(*c) else converted[pos : pos + len(line)])
        pos += len(line) + 1
    return "\n".join(out)


def document_runs(text: str, variant: VariantName | Variant = "t2s",
                  traditional_document: bool | None = None) -> list[tuple[int, int, str]]:
    """Where :func:`simplified_document` changes ``text``: ``(start, end, replacement)`` runs.

    >>> document_runs("本报记者 沈吟\\n他沈吟良久,說道")
    [(9, 10, '沉'), (14, 15, '说')]
    """
    converted = simplified_document(text, variant, traditional_document)
    return [] if converted == text else diff_runs(text, converted)


def simplified_line(text: str, traditional_document: bool, line: str | None = None,
                    variant: VariantName | Variant = "t2s") -> str:
    """``text``, which stands on ``line`` of a document (by default ``text`` is the whole line), in
    Simplified as :func:`simplified_document` reads it, given whether the document has a
    Traditional-only character (``evidence(document)[1] > 0``).

    >>> simplified_line("沈吟", False), simplified_line("沈吟", True)
    ('沈吟', '沉吟')
    >>> simplified_line("记者 沈吟", True), simplified_line("記者 王曉", True)
    ('记者 沈吟', '记者 王晓')
    >>> simplified_line("沈吟", True, line="本报记者 沈吟")  # a name on a Simplified line
    '沈吟'
    """
    if not traditional_document:
        return text
    simplified, traditional = evidence(text if line is None else line)
    return text if _simplified_already(simplified, traditional) else to_simplified(text, variant)
