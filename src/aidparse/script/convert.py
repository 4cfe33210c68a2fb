"""Traditional to Simplified exactly as upstream OpenCC does it, keeping every offset.

Three of upstream's configs are reproduced, each on its own tables (see
:mod:`aidparse.script.tables`):

* ``t2s`` — OpenCC's standard Traditional (the default);
* ``tw2s`` — Taiwan forms (著 for 着, 裡 for 裏, 群 for 羣) first brought back
  to OpenCC's standard, with phrase exceptions (著作 keeps its 著);
* ``hk2s`` — Hong Kong forms (衞, 説, 綫) likewise.

How upstream applies a config, and how it is done here:

1. **Normalization**: CJK compatibility ideographs become their unified
   characters (one ``str.translate``, only when one occurs).
2. **Segmentation** (``tw2s``, ``hk2s``): maximum forward matching over
   ``TSPhrases``: from left to right, the longest phrase starting at the
   cursor is a segment of its own; the text between phrases is one segment.
   No later match crosses a segment boundary.
3. **Conversion chain**: each conversion walks every segment from left to
   right; at the cursor the first table of its group with any match wins,
   with its longest match (maximum forward matching, short-circuit group).
   Its output is the next conversion's input, segment by segment.

Each group here is one phrase table and character tables. Large character
tables go through one ``str.translate``; phrases (and small character tables,
folded in) are found by :class:`~aidparse.script.fmm.PhraseTable`'s forward
matching, whose matches overwrite their span. Every entry of every table these
configs use keeps its length (``scripts/build_opencc.py`` checks it), so a
position in the converted text is the same position in the original. Work is
linear in the text: there is no recursion and no rescanning.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from aidparse._record import record
from aidparse._resources import UNKNOWN_HAN_LOGP, char_logfreq
from aidparse.script.charsets import may_change
from aidparse.script.fmm import SLOW_PATH, CharTable, PhraseTable
from aidparse.script.tables import base_pairs, config, table

if TYPE_CHECKING:
    from aidparse.models.script import Variant

__all__ = [
    "VARIANTS",
    "VariantName",
    "changes",
    "conversion_runs",
    "diff_runs",
    "read_pairs",
    "tables",
    "to_simplified",
]

#: The names of the configs :func:`to_simplified` reproduces.
VariantName = Literal["t2s", "tw2s", "hk2s"]
VARIANTS: tuple[VariantName, ...] = ("t2s", "tw2s", "hk2s")


def read_pairs(name: str) -> list[tuple[str, str]]:
    """``(key, default)`` pairs of the base package's table ``name`` (e.g. ``TSCharacters.txt``).

    These are opencc-python-reimplemented's own tables, without upstream's
    changes; conversion uses :func:`aidparse.script.tables.table`.
    """
    return base_pairs(name)


#: Character tables smaller than this are matched with the phrases (one scan, few hits)
#: rather than translated over the whole text.
_SMALL_CHAR_TABLE = 256


def _rarity() -> Callable[[str], float]:
    freq = char_logfreq()
    return lambda ch: freq.get(ch, UNKNOWN_HAN_LOGP)


def _merged(names: tuple[str, ...]) -> dict[str, str]:
    """Tables merged as a short-circuit group: the first table that has a key wins."""
    merged: dict[str, str] = {}
    for name in names:
        for key, value in table(name).items():
            merged.setdefault(key, value)
    return merged


@functools.cache
def _phrase_table(phrases: tuple[str, ...], chars: tuple[str, ...] = ()) -> tuple[dict[str, str],
                                                                                  PhraseTable]:
    """A phrase table, with the (non-identity) entries of character tables after it folded in."""
    merged = _merged(phrases)
    merged.update(_char_table(chars))  # one-character keys: never a phrase key
    return merged, PhraseTable(merged, _rarity())


@functools.cache
def _char_table(names: tuple[str, ...]) -> dict[str, str]:
    """Character tables merged as a short-circuit group; identities dropped after merging."""
    return {k: v for k, v in _merged(names).items() if k != v}


@functools.cache
def _translator(names: tuple[str, ...], fast: bool = True) -> CharTable:
    """:func:`_char_table` as a :class:`CharTable`, built once for every config that uses it."""
    return CharTable(_char_table(names), fast=fast)


@record
class _Group:
    """One conversion of the chain: phrases by forward matching, other characters translated."""

    phrases: dict[str, str]
    matcher: PhraseTable | None
    chars: CharTable

    def apply(self, text: str, bounds: list[int] | None, general: bool) -> str:
        out = self.chars.translate(text, general) if self.chars else text
        if self.matcher is None:
            return out
        pieces: list[str] = []
        pos = 0
        phrases = self.phrases
        for start, end in self.matcher.matches(text, bounds):
            pieces.append(out[pos:start])
            pieces.append(phrases[text[start:end]])
            pos = end
        if not pieces:
            return out
        pieces.append(out[pos:])
        return "".join(pieces)


@record
class _Converter:
    normalize: CharTable | None
    segment: PhraseTable | None
    groups: tuple[_Group, ...]


def _group(names: tuple[str, ...]) -> _Group:
    has_phrases = any(len(k) > 1 for k in table(names[0]))
    phrase_names = names[:1] if has_phrases else ()
    char_names = names[1:] if has_phrases else names
    chars = _char_table(char_names)
    if len(chars) < _SMALL_CHAR_TABLE:  # fold into the phrase scan: phrases first, then these
        return _Group(*_phrase_table(phrase_names, char_names), CharTable({}))
    if not phrase_names:
        return _Group({}, None, _translator(char_names))
    phrases, matcher = _phrase_table(phrase_names)
    return _Group(phrases, matcher, _translator(char_names))


@functools.cache
def _converter(variant: str) -> _Converter:
    normalize = None
    segment = None
    groups = []
    for step in config(variant):
        if step.kind == "normalize":
            normalize = _translator(step.tables, fast=False)
        elif step.kind == "segment":
            segment = _phrase_table(step.tables)[1]
        else:
            groups.append(_group(step.tables))
    return _Converter(normalize, segment, tuple(groups))


def changes(variant: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """What config ``variant`` may change, from its tables: characters, and phrases.

    The characters are those a character table replaces (identities are
    dropped) and the one-character keys of phrase tables that change; the
    phrases, the keys of the other entries that change something (反覆 → 反复),
    leaving out those with one of the characters in them (a text that holds
    the phrase holds the character). A text without any of the characters and
    phrases comes out unchanged: every match of every table rewrites it to
    itself, so each conversion of the chain hands the next the same text.
    ``data/script_chars.json`` holds them (:mod:`aidparse.script.charsets`),
    so that such a text is returned without loading the tables.

    >>> chars, phrases = changes("t2s")
    >>> "東" in chars, "东" in chars, "反覆" in phrases, "么" in chars
    (True, False, True, False)
    """
    conv = _converter(_check("", variant))
    chars: set[str] = set(conv.normalize.changed()) if conv.normalize is not None else set()
    keys: set[str] = set()
    for group in conv.groups:
        chars |= group.chars.changed()
        keys.update(k for k, v in group.phrases.items() if k != v)
    chars.update(k for k in keys if len(k) == 1)
    phrases = sorted((k for k in keys if not chars.intersection(k)), key=lambda k: (-len(k), k))
    return frozenset(chars), tuple(phrases)


def _check(text: object, variant: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    name = getattr(variant, "value", variant)
    if name not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    return str(name)


def to_simplified(text: str, variant: VariantName | Variant = "t2s") -> str:
    """Convert Traditional Chinese to Simplified exactly as upstream OpenCC's config ``variant``.

    The result always has the same length as the input, so offsets carry over.

    Args:
        text: Any text; non-Chinese characters pass through unchanged.
        variant: ``"t2s"`` (OpenCC's standard Traditional), ``"tw2s"``
            (Taiwan forms) or ``"hk2s"`` (Hong Kong forms); a
            :class:`~aidparse.models.Variant` works too.
            :func:`~aidparse.script.variant.detect_variant` picks one from the text.

    Raises:
        TypeError: ``text`` is not a str.
        ValueError: ``variant`` names no config.

    Examples:
        >>> to_simplified("東營援疆工作綜述")
        '东营援疆工作综述'
        >>> to_simplified("乾安縣")
        '乾安县'
        >>> to_simplified("標誌著"), to_simplified("標誌著", "tw2s")
        ('标志著', '标志着')
        >>> to_simplified("醫療衞生"), to_simplified("醫療衞生", variant="hk2s")
        ('医疗衞生', '医疗卫生')
        >>> to_simplified("already 简体")
        'already 简体'
    """
    name = _check(text, variant)
    if not may_change(text, name):
        return text  # nothing the config changes: no need for its tables
    return _convert(text, name)


def _convert(text: str, name: str) -> str:
    """:func:`to_simplified` through the tables, whatever the text holds."""
    conv = _converter(name)
    general = SLOW_PATH.search(text) is not None
    if general and conv.normalize is not None:
        text = conv.normalize.translate(text, general)
    bounds = None
    if conv.segment is not None:
        bounds = [i for span in conv.segment.matches(text) for i in span]
    for group in conv.groups:
        text = group.apply(text, bounds, general)
    return text


_BLOCK = 64


def diff_runs(before: str, after: str) -> list[tuple[int, int, str]]:
    """Maximal runs where two strings of equal length differ: ``(start, end, after[start:end])``.

    Blocks that are equal are skipped in C; only differing blocks are walked.

    >>> diff_runs("東營援疆工作", "东营援疆工作")
    [(0, 2, '东营')]
    >>> diff_runs("abc", "abc")
    []
    """
    if len(before) != len(after):
        raise ValueError("diff_runs needs strings of equal length")
    runs: list[tuple[int, int, str]] = []
    n = len(before)
    run_start = -1
    for block in range(0, n, _BLOCK):
        end = min(block + _BLOCK, n)
        if before[block:end] == after[block:end]:
            if run_start != -1:
                runs.append((run_start, block, after[run_start:block]))
                run_start = -1
            continue
        for i in range(block, end):
            if before[i] != after[i]:
                if run_start == -1:
                    run_start = i
            elif run_start != -1:
                runs.append((run_start, i, after[run_start:i]))
                run_start = -1
    if run_start != -1:
        runs.append((run_start, n, after[run_start:n]))
    return runs


def conversion_runs(text: str, variant: VariantName | Variant = "t2s") -> list[tuple[int, int, str]]:
    """Where :func:`to_simplified` changes ``text``: ``(start, end, replacement)`` runs.

    Conversion keeps lengths, so each replacement is as long as what it replaces.

    >>> conversion_runs("東營援疆,綜述")
    [(0, 2, '东营'), (5, 6, '综')]
    >>> conversion_runs("隨著援疆", variant="tw2s")
    [(0, 2, '随着')]
    """
    converted = to_simplified(text, variant)
    return [] if converted is text else diff_runs(text, converted)


@record
class Tables:
    """Script evidence drawn from the ``t2s`` character tables (see :mod:`aidparse.script.detect`).

    Attributes:
        chars: Every character ``t2s`` converts on its own, to its Simplified form.
        simplified_only: Simplified forms Big5 cannot encode (这, 东).
        traditional_only: Converted characters GB2312 cannot encode (這, 東).
    """

    chars: dict[int, str]
    simplified_only: frozenset[str]
    traditional_only: frozenset[str]


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def tables() -> Tables:
    """The ``t2s`` character table and the script evidence sets drawn from it."""
    (step,) = [s for s in config("t2s") if s.kind == "convert"]
    chars = {ord(k): v for k, v in _char_table(step.tables[1:]).items()}
    targets = set(chars.values())
    converted = {chr(k) for k in chars}
    simplified_only = frozenset(
        ch for ch in targets if ch not in converted and not _encodable(ch, "big5"))
    traditional_only = frozenset(ch for ch in converted if not _encodable(ch, "gb2312"))
    return Tables(chars=chars, simplified_only=simplified_only,
                  traditional_only=traditional_only - simplified_only)
