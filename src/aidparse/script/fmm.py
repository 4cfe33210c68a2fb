"""Maximum forward matching of a phrase table, and fast character tables.

OpenCC matches a table against a text by *maximum forward matching*: from the
left, the longest key that starts at the cursor is taken and the cursor jumps
past it; where no key starts, the cursor moves one character. A segmentation
step first cuts the text into segments, and no later match may cross one.

A compiled alternation of all keys does the same, but costs at every position
where *some* key starts — and OpenCC's phrases start with the commonest
characters (一, 不, 大, 年). :class:`PhraseTable` instead anchors each key on its
rarest character (乾坤一擲 on 擲), finds anchors with one character-class scan,
checks only the keys anchored there, and then runs the forward matching over
the few occurrences found. Everything is linear in the text (plus a sort of the
occurrences); nothing recurses.

:class:`CharTable` maps single characters with one ``str.translate`` through a
list indexed by code point, which CPython runs about twice as fast as a dict
lookup per character (the list holds one string per code point up to the
highest key, about 3 MB for OpenCC's characters).
"""

from __future__ import annotations

import array
import bisect
import re
import sys
from collections.abc import Callable, Iterable

from aidparse._precompiled_re import compile_re

__all__ = ["CharTable", "PhraseTable", "char_class"]

#: Texts with characters here take the general path (compatibility ideographs, astral planes).
SLOW_PATH = re.compile("[\uf900-\ufaff\U00010000-\U0010ffff]")


def char_class(chars: Iterable[str]) -> str:
    """A regex character class for ``chars``, consecutive code points merged into ranges.

    >>> char_class("abcx乾")
    '[a-cx乾]'
    """
    points = sorted({ord(c) for c in chars})
    parts = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = chr(points[i]), chr(points[j])
        parts.append(re.escape(lo) if i == j else f"{re.escape(lo)}-{re.escape(hi)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


class CharTable:
    """Single characters to their replacement (same length), as one ``str.translate``.

    >>> CharTable({"東": "东", "𡞋": "x"}).translate("東營𡞋")
    '东營x'
    >>> CharTable({"東": "东"}).translate("東營")
    '东營'

    Args:
        mapping: Character to replacement.
        fast: Build the code-point string for texts without astral or
            compatibility characters (not worth it for a table only used on them).
    """

    __slots__ = ("_bmp", "_full")

    def __init__(self, mapping: dict[str, str], fast: bool = True) -> None:
        self._full = {ord(k): v for k, v in mapping.items() if k != v}
        bmp = sorted(k for k in self._full if k < 0x10000)
        self._bmp: list[str] | None = None
        if fast and bmp and all(len(self._full[k]) == 1 for k in bmp):
            # indexed by code point: the identity with the table's characters
            # replaced; code points past its end raise IndexError, which
            # str.translate reads as "unchanged"
            identity = array.array("I", range(bmp[-1] + 1)).tobytes().decode(
                "utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass")
            pieces: list[str] = []
            pos = 0
            for k in bmp:
                pieces += (identity[pos:k], self._full[k])
                pos = k + 1
            # a list of one-character strings: str.translate then only fetches an
            # existing object per character (a str table would build one each time)
            self._bmp = list("".join(pieces))

    def __bool__(self) -> bool:
        return bool(self._full)

    def changed(self) -> frozenset[str]:
        """The characters the table replaces.

        >>> sorted(CharTable({"東": "东", "营": "营"}).changed())
        ['東']
        """
        return frozenset(map(chr, self._full))

    def translate(self, text: str, general: bool | None = None) -> str:
        """``text`` with every character of the table replaced.

        ``general`` says whether ``text`` has characters beyond the fast path
        (:data:`SLOW_PATH`); ``None`` checks.
        """
        if general is None:
            general = SLOW_PATH.search(text) is not None
        if general or self._bmp is None:
            return text.translate(self._full)
        return text.translate(self._bmp)


class PhraseTable:
    """Keys (any length) found by maximum forward matching, each anchored on its rarest character.

    Args:
        keys: The table's keys.
        rarity: A sort key for characters; the smallest is the anchor
            (e.g. the character's log frequency).

    >>> table = PhraseTable(["乾坤", "乾坤一擲", "一目瞭然"], rarity=lambda ch: 0.0)
    >>> table.matches("說乾坤一擲，一目瞭然")
    [(1, 5), (6, 10)]
    """

    __slots__ = ("_anchor_re", "_checks", "_single")

    def __init__(self, keys: Iterable[str], rarity: Callable[[str], float]) -> None:
        # anchor -> offset of the anchor in the key -> neighbour of the anchor in the key
        # (the character before it, or after it when the anchor starts the key)
        # -> [(key length, keys)]
        by_anchor: dict[str, dict[int, dict[str, dict[int, set[str]]]]] = {}
        single: set[str] = set()
        for key in keys:
            if len(key) == 1:
                single.add(key)
                by_anchor.setdefault(key, {})
                continue
            # the rarest character; the later one on ties (keys share prefixes more than suffixes)
            scores = [rarity(ch) for ch in reversed(key)]
            offset = len(key) - 1 - scores.index(min(scores))
            neighbour = key[offset - 1] if offset else key[1]
            (by_anchor.setdefault(key[offset], {}).setdefault(offset, {})
             .setdefault(neighbour, {}).setdefault(len(key), set()).add(key))
        self._single = frozenset(single)
        self._checks = {
            ch: tuple((offset, {n: tuple((length, frozenset(ks)) for length, ks in sorted(lengths.items()))
                                for n, lengths in neighbours.items()})
                      for offset, neighbours in sorted(offsets.items()))
            for ch, offsets in by_anchor.items()
        }
        self._anchor_re = compile_re(char_class(by_anchor)) if by_anchor else None

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Every ``(start, -end)`` of every key in ``text``, overlapping ones included, sorted."""
        out: list[tuple[int, int]] = []
        if self._anchor_re is None:
            return out
        n = len(text)
        checks = self._checks
        single = self._single
        for m in self._anchor_re.finditer(text):
            p = m.start()
            ch = text[p]
            if ch in single:
                out.append((p, -p - 1))
            for offset, neighbours in checks[ch]:
                q = p - 1 if offset else p + 1
                if q < 0 or q >= n:
                    continue
                candidates = neighbours.get(text[q])
                if candidates is None:
                    continue
                s = p - offset
                for length, keys in candidates:
                    e = s + length
                    if s >= 0 and e <= n and text[s:e] in keys:
                        out.append((s, -e))
        out.sort()  # by start, then longest first
        return out

    def matches(self, text: str, bounds: list[int] | None = None) -> list[tuple[int, int]]:
        """Maximum forward matching: the ``(start, end)`` of each key taken, left to right.

        Args:
            text: The text.
            bounds: Sorted segment boundaries; no match crosses one.
        """
        taken: list[tuple[int, int]] = []
        cursor = 0
        n = len(text)
        for s, neg_e in self.occurrences(text):
            if s < cursor:
                continue
            e = -neg_e
            if bounds:
                i = bisect.bisect_right(bounds, s)
                if e > (bounds[i] if i < len(bounds) else n):
                    continue  # crosses into the next segment: a shorter key at s may fit
            taken.append((s, e))
            cursor = e
        return taken
