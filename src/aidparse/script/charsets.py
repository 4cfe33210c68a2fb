"""The character sets script detection and conversion need, in a form that loads fast.

Three facts about OpenCC's tables (see :mod:`aidparse.script.convert`) are
needed on every page, while the tables themselves are needed only on pages
with something to convert:

* the **Simplified-only** and **Traditional-only** characters of
  :func:`aidparse.script.convert.tables` (script detection's evidence);
* for each config (``t2s``, ``tw2s``, ``hk2s``), what it may **change**
  (:func:`aidparse.script.convert.changes`): the characters a table replaces,
  and the keys of the phrases that change something without holding one of
  those characters (反覆 → 反复). A text with none of them comes out of the
  config unchanged, and :func:`~aidparse.script.convert.to_simplified` then
  returns it without loading the tables.

``data/script_chars.json`` holds these sets; ``scripts/build_fast_tables.py``
writes it from the tables (:func:`build_script_chars`) and the tests check it
holds exactly what they give.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from aidparse._precompiled_re import compile_re
from aidparse._record import record
from aidparse._resources import read_json

__all__ = ["SCRIPT_CHARS_JSON", "ScriptChars", "build_script_chars", "may_change", "script_chars"]

SCRIPT_CHARS_JSON = "script_chars.json"


@record
class ScriptChars:
    """The sets of ``data/script_chars.json``.

    Attributes:
        simplified_only: Simplified forms Big5 cannot encode (这, 东), in code point order.
        traditional_only: Converted characters GB2312 cannot encode (這, 東), likewise.
        changeable: Per config name, the characters it may change, likewise.
        phrases: Per config name, the phrases it may change that hold none of those characters.
    """

    simplified_only: str
    traditional_only: str
    changeable: dict[str, str]
    phrases: dict[str, tuple[str, ...]]


def build_script_chars() -> dict[str, Any]:
    """The JSON form of the sets, computed from the OpenCC tables (for ``scripts/``)."""
    from aidparse.script.convert import VARIANTS, changes, tables

    tabs = tables()
    found = {name: changes(name) for name in VARIANTS}
    return {
        "source": [
            "Character sets drawn from the OpenCC tables aidparse converts with (the base package's",
            "tables plus data/opencc_delta.tsv; see aidparse.script.tables): the Simplified-only and",
            "Traditional-only characters (aidparse.script.convert.tables), and what each config may",
            "change: characters, and phrases without one of them (aidparse.script.convert.changes).",
            "Written by scripts/build_fast_tables.py.",
        ],
        "simplified_only": "".join(sorted(tabs.simplified_only)),
        "traditional_only": "".join(sorted(tabs.traditional_only)),
        "changeable": {name: "".join(sorted(chars)) for name, (chars, _) in found.items()},
        "phrases": {name: list(phrases) for name, (_, phrases) in found.items()},
    }


@functools.cache
def script_chars() -> ScriptChars:
    """The sets, loaded from ``data/script_chars.json`` on first use."""
    data = read_json(SCRIPT_CHARS_JSON)
    return ScriptChars(
        simplified_only=data["simplified_only"],
        traditional_only=data["traditional_only"],
        changeable=dict(data["changeable"]),
        phrases={name: tuple(phrases) for name, phrases in data["phrases"].items()},
    )


#: What :func:`_change_table` turns a changeable character, and a phrase's first character, into.
_CHANGE, _PHRASE = "c", "p"


@functools.cache
def _change_table(variant: str) -> list[str]:
    """A translate table over the BMP: changeable characters to ``c``, first characters of
    the phrases to ``p``, every other character to nothing (astral characters, past the
    table's end, stay as they are)."""
    chars = script_chars()
    table = [""] * 0x10000
    for phrase in chars.phrases[variant]:
        table[ord(phrase[0])] = _PHRASE  # never a changeable character (see changes())
    for ch in chars.changeable[variant]:
        if ord(ch) < 0x10000:
            table[ord(ch)] = _CHANGE
    return table


@functools.cache
def _phrase_pattern(variant: str) -> re.Pattern[str]:
    return compile_re("|".join(map(re.escape, script_chars().phrases[variant])))


#: Characters translated at a time: a text with something to convert usually shows it in
#: its first piece, and the rest is not looked at.
_PIECE = 4096


def may_change(text: str, variant: str) -> bool:
    """Whether config ``variant`` may change ``text`` (False: it certainly leaves it as it is).

    ``str.translate`` finds changeable characters (and, conservatively, any
    character outside the BMP), a piece of the text at a time; the phrases are
    searched only when one of their first characters is there.

    >>> may_change("东营援疆", "t2s"), may_change("東營援疆", "t2s")
    (False, True)
    >>> may_change("反复", "t2s"), may_change("反覆", "t2s")
    (False, True)
    """
    table = _change_table(variant)
    phrase_start = False
    for i in range(0, len(text), _PIECE):
        marks = text[i : i + _PIECE].translate(table)
        if marks.replace(_PHRASE, ""):
            return True  # a changeable character, or one outside the BMP
        phrase_start = phrase_start or bool(marks)
    return phrase_start and _phrase_pattern(variant).search(text) is not None
