"""Traditional to Simplified, exactly as OpenCC ``t2s`` does, keeping every offset.

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

__all__ = ["conversion_runs", "diff_runs", "read_pairs", "tables", "to_simplified"]

_DICT_DIR = pathlib.Path(opencc.__file__).parent / "dictionary"

# Same separators as opencc-python-reimplemented (from OpenCC PhraseExtract.cpp):
# phrases never span them.
_SEPARATORS = (
    r"\s+|-|,|\.|\?|!|\*|　|，|。|、|；|：|？|！|…|“|”|‘|’|『|』|「|」|﹁|﹂|—|－|（|）|《|》|〈|〉"
    r"|～|．|／|＼|︒|︑|︔|︓|︿|﹀|︹|︺|︙|︐|［|﹇|］|﹈|︕|︖|︰|︳|︴|︽|︾|︵|︶|｛|︷|｝|︸|﹃|﹄|【|︻|】|︼"
)

def read_pairs(name: str) -> list[tuple[str, str]]:
    pairs = []
    for line in (_DICT_DIR / name).read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        pairs.append((key, values.split(" ")[0]))
    return pairs


@dataclass(frozen=True)
class Tables:
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
def tables() -> Tables:
    ts_chars = read_pairs("TSCharacters.txt")
    ts_phrases = dict(read_pairs("TSPhrases.txt"))
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
    return Tables(
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


def _convert_run(run: str, tabs: Tables) -> str:
    """OpenCC's algorithm on one run: the longest (then leftmost) phrase first."""
    for size in range(min(len(run), tabs.max_phrase), 1, -1):
        for i in range(len(run) - size + 1):
            hit = tabs.phrases.get(run[i : i + size])
            if hit is not None:
                return (
                    _convert_run(run[:i], tabs)
                    + hit
                    + _convert_run(run[i + size :], tabs)
                )
    return run.translate(tabs.chars)


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
    tabs = tables()
    if tabs.phrase_re.search(text) is None:
        return text.translate(tabs.chars)
    out: list[str] = []
    pos = 0
    sep = _separator_re()
    for m in tabs.phrase_re.finditer(text):
        if m.start() < pos:
            continue
        # the run of non-separator text around the match
        start = m.start()
        while start > pos and not sep.fullmatch(text[start - 1]):
            start -= 1
        end_match = sep.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        out.append(text[pos:start].translate(tabs.chars))
        out.append(_convert_run(text[start:end], tabs))
        pos = end
    out.append(text[pos:].translate(tabs.chars))
    return "".join(out)


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


def conversion_runs(text: str) -> list[tuple[int, int, str]]:
    """Where :func:`to_simplified` changes ``text``: ``(start, end, replacement)`` runs.

    Conversion keeps lengths, so each replacement is as long as what it replaces.

    >>> conversion_runs("東營援疆,綜述")
    [(0, 2, '东营'), (5, 6, '综')]
    """
    return diff_runs(text, to_simplified(text))
