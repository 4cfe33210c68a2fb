"""Simplified vs Traditional: detection with evidence, and fast conversion.

Evidence comes from OpenCC's own tables (shipped with
opencc-python-reimplemented), filtered by the two legacy character sets:

* a character is **Simplified-only** when OpenCC maps some Traditional form to
  it and Big5 (the Traditional standard) cannot encode it (这, 东, 团);
* a character is **Traditional-only** when OpenCC converts it to something
  else and GB2312 (the Simplified standard) cannot encode it (這, 東, 團).

So OpenCC's variant spellings (群→羣, 里→裏) never count: 群 and 里 are in
Big5 and GB2312 alike.

Conversion reproduces ``opencc.OpenCC("t2s").convert`` exactly — longest
phrase first within each run between separators, then character by character —
with a ``str.translate`` table and a phrase pass that only touches the runs
that contain a phrase. Every mapping in the tables keeps the length, so a
position in the converted text is the same position in the original.
"""

from __future__ import annotations

import functools
import pathlib
import re
from dataclasses import dataclass

import opencc

from aidparse._lazy import lazy_re
from aidparse.models import Script, ScriptProfile

__all__ = ["detect_script", "to_simplified"]

_DICT_DIR = pathlib.Path(opencc.__file__).parent / "dictionary"

# Same separators as opencc-python-reimplemented (from OpenCC PhraseExtract.cpp):
# phrases never span them.
_SEPARATORS = (
    r"\s+|-|,|\.|\?|!|\*|　|，|。|、|；|：|？|！|…|“|”|‘|’|『|』|「|」|﹁|﹂|—|－|（|）|《|》|〈|〉"
    r"|～|．|／|＼|︒|︑|︔|︓|︿|﹀|︹|︺|︙|︐|［|﹇|］|﹈|︕|︖|︰|︳|︴|︽|︾|︵|︶|｛|︷|｝|︸|﹃|﹄|【|︻|】|︼"
)

#: Minority share of script evidence needed before a text is called mixed.
MIXED_SHARE = 0.2
#: ... and the minimum number of minority characters (document / paragraph).
MIXED_MIN_DOC = 8
MIXED_MIN_PARAGRAPH = 3

_PINYIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")


def _read_pairs(name: str) -> list[tuple[str, str]]:
    pairs = []
    for line in (_DICT_DIR / name).read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        pairs.append((key, values.split(" ")[0]))
    return pairs


@dataclass(frozen=True)
class _Tables:
    chars: dict[int, str]
    phrases: dict[str, str]
    phrase_re: re.Pattern[str]
    max_phrase: int
    simplified_only: frozenset[str]
    traditional_only: frozenset[str]


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@functools.cache
def _tables() -> _Tables:
    ts_chars = _read_pairs("TSCharacters.txt")
    ts_phrases = dict(_read_pairs("TSPhrases.txt"))
    chars = {ord(k): v for k, v in ts_chars if k != v}
    keys = sorted(ts_phrases, key=len, reverse=True)
    phrase_re = re.compile("|".join(map(re.escape, keys)))  # re: 6x faster on literals
    targets = {v for k, v in ts_chars if k != v}
    converted = {k for k, v in ts_chars if k != v}
    simplified_only = frozenset(
        ch for ch in targets if ch not in converted and not _encodable(ch, "big5")
    )
    traditional_only = frozenset(
        k for k, v in ts_chars if k != v and not _encodable(k, "gb2312")
    )
    return _Tables(
        chars=chars,
        phrases=ts_phrases,
        phrase_re=phrase_re,
        max_phrase=max(map(len, keys)),
        simplified_only=simplified_only,
        traditional_only=traditional_only - simplified_only,
    )


@functools.cache
def _separator_re() -> re.Pattern[str]:
    return re.compile(_SEPARATORS)


def _convert_run(run: str, tables: _Tables) -> str:
    """OpenCC's algorithm on one run: the longest (then leftmost) phrase first."""
    for size in range(min(len(run), tables.max_phrase), 1, -1):
        for i in range(len(run) - size + 1):
            hit = tables.phrases.get(run[i : i + size])
            if hit is not None:
                return (
                    _convert_run(run[:i], tables)
                    + hit
                    + _convert_run(run[i + size :], tables)
                )
    return run.translate(tables.chars)


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified, exactly as OpenCC ``t2s`` does.

    The result always has the same length as the input, so offsets carry over.

    Args:
        text: Any text; non-Chinese characters pass through unchanged.

    Examples:
        >>> to_simplified("東營援疆工作綜述")
        '东营援疆工作综述'
        >>> to_simplified("一目瞭然")
        '一目了然'
        >>> to_simplified("already 简体")
        'already 简体'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    tables = _tables()
    if tables.phrase_re.search(text) is None:
        return text.translate(tables.chars)
    out: list[str] = []
    pos = 0
    sep = _separator_re()
    for m in tables.phrase_re.finditer(text):
        if m.start() < pos:
            continue
        # the run of non-separator text around the match
        start = m.start()
        while start > pos and not sep.fullmatch(text[start - 1]):
            start -= 1
        end_match = sep.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        out.append(text[pos:start].translate(tables.chars))
        out.append(_convert_run(text[start:end], tables))
        pos = end
    out.append(text[pos:].translate(tables.chars))
    return "".join(out)


# One translate pass sends every character that counts to a private-use
# sentinel of its class; str.count then counts each class in C.
_CLASSES = ("simplified", "traditional", "shared", "latin", "pinyin", "arabic", "cyrillic")
_MARK = {name: chr(0xE000 + i) for i, name in enumerate(_CLASSES)}
_BMP_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_ASTRAL_HAN = lazy_re(r"[\U00020000-\U0003134f]")
_SENTINELS = lazy_re("[\ue000-\ue006]")


@functools.cache
def _marker_table() -> dict[int, str]:
    """Translate table from each counted character to the sentinel of its class."""
    tables = _tables()
    table: dict[int, str] = {}
    for lo, hi in _BMP_HAN:
        table.update(dict.fromkeys(range(lo, hi + 1), _MARK["shared"]))
    table.update((ord(c), _MARK["simplified"]) for c in tables.simplified_only)
    table.update((ord(c), _MARK["traditional"]) for c in tables.traditional_only)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    table.update((ord(c), _MARK["latin"]) for c in letters)
    table.update((ord(c), _MARK["pinyin"]) for c in _PINYIN)
    for lo, hi in ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        table.update(dict.fromkeys(range(lo, hi + 1), _MARK["arabic"]))
    table.update(dict.fromkeys(range(0x0400, 0x0500), _MARK["cyrillic"]))
    return table


def _count(marked: str, original: str, start: int, end: int, minimum: int, astral: bool,
           sentinels: bool) -> dict[str, object]:
    """The counts of one text as a plain dict (validated later, all at once)."""
    n = {name: marked.count(mark) for name, mark in _MARK.items()}
    if sentinels:  # the input itself held private-use sentinels: do not count them
        for name, mark in _MARK.items():
            n[name] -= original.count(mark)
    if astral:  # Han outside the BMP that is in neither evidence set is shared
        n["shared"] += len(_ASTRAL_HAN.findall(marked))
    han = n["simplified"] + n["traditional"] + n["shared"]
    n["han"] = han
    return {"script": _verdict(han, n["simplified"], n["traditional"], minimum),
            "span": {"start": start, "end": end}, **n}


def evidence(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) character counts, without building a profile."""
    marked = text.translate(_marker_table())
    return marked.count(_MARK["simplified"]), marked.count(_MARK["traditional"])


def _verdict(han: int, simp: int, trad: int, minimum: int) -> Script:
    if han == 0:
        return Script.NONE
    evidence = simp + trad
    if evidence == 0:
        return Script.SIMPLIFIED  # only shared characters: already valid Simplified
    minority = min(simp, trad)
    if minority >= minimum and minority / evidence >= MIXED_SHARE:
        return Script.MIXED
    return Script.TRADITIONAL if trad > simp else Script.SIMPLIFIED


def detect_script(text: str) -> ScriptProfile:
    """Profile the script of a text, as a whole and per paragraph.

    A verdict is ``mixed`` only when the minority script is both a real share
    (20 %) and a real count, so a few garbled or quoted characters never turn
    a Traditional document into a mixed one.

    Examples:
        >>> detect_script("東營援疆干部人才").script.value
        'traditional'
        >>> detect_script("东营援疆干部人才").script.value
        'simplified'
        >>> detect_script("Pairing aid").script.value
        'none'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    marked = text.translate(_marker_table())
    astral = _ASTRAL_HAN.search(marked) is not None
    sentinels = _SENTINELS.search(text) is not None
    doc = _count(marked, text, 0, len(text), MIXED_MIN_DOC, astral, sentinels)
    paragraphs = []
    pos = 0
    for line in marked.split("\n"):
        end = pos + len(line)
        if line.strip():
            paragraphs.append(_count(line, text[pos:end], pos, end, MIXED_MIN_PARAGRAPH,
                                     astral, sentinels))
        pos = end + 1
    # one validation call for the whole profile (fast, in pydantic-core)
    return ScriptProfile.model_validate({**doc, "paragraphs": paragraphs})
