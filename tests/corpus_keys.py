"""Reading the corpus answer keys and scoring reports against them (tests and benchmarks).

The keys live in ``tests/data/corpus/`` (see its README); the pages in
``../shared/corpus/``, which a user's clone does not have: :func:`corpus_dir`
returns ``None`` then, and callers skip.

Values are compared after the normalisation the annotators' note asks for:
pinyin annotations such as ``經(jīng)驗(yàn)`` are removed (one annotator kept them,
the other not), Traditional is converted to Simplified, and width and
whitespace are folded, on both sides.
"""

from __future__ import annotations

import dataclasses
import functools
import pathlib
import unicodedata
from collections.abc import Iterable, Mapping

import regex

import aidparse

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = ROOT / "tests" / "data" / "corpus"
SINGLE_FIELDS = ("title", "subtitle", "published", "source")
#: Lines a report should keep (article text) and lines it should remove.
KEPT_LABELS = frozenset(["title", "subtitle", "heading", "body"])

_PINYIN = regex.compile(
    r"[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}(?:\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8})*"
    r"\s*[)）]")
_LETTER = regex.compile(r"[\p{Han}\p{L}\p{N}]")


def corpus_dir() -> pathlib.Path | None:
    """``../shared/corpus`` beside the repository, or ``None`` when it is absent."""
    path = ROOT.parent / "shared" / "corpus"
    return path if (path / "INDEX.tsv").is_file() else None


def _rows(name: str) -> list[list[str]]:
    lines = (KEYS / name).read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@functools.cache
def split() -> dict[str, str]:
    """File name → ``dev`` or ``eval``."""
    return {row[0]: row[1] for row in _rows("split.tsv")}


def files(half: str) -> list[str]:
    """The files of one half, in order."""
    return sorted(f for f, h in split().items() if h == half)


@dataclasses.dataclass
class FileKey:
    """The answer key of one file."""

    fields: dict[str, str] = dataclasses.field(default_factory=dict)
    authors: list[str] = dataclasses.field(default_factory=list)
    editors: list[str] = dataclasses.field(default_factory=list)
    lines: list[tuple[int, str, str, bool]] = dataclasses.field(default_factory=list)
    """(line number, label, kind, continues the previous line)."""


@functools.cache
def keys(half: str) -> dict[str, FileKey]:
    """The keys of one half, by file name."""
    out: dict[str, FileKey] = {}
    for row in _rows(f"fields_{half}.tsv"):
        name, field, value = row[0], row[1], row[2] if len(row) > 2 else ""
        key = out.setdefault(name, FileKey())
        if field == "author":
            key.authors += [value] if value else []
        elif field == "editor":
            key.editors += [value] if value else []
        else:
            key.fields[field] = value
    for row in _rows(f"lines_{half}.tsv"):
        name, number, label = row[0], int(row[1]), row[2]
        kind = row[3] if len(row) > 3 else ""
        cont = len(row) > 4 and row[4] == "1"
        out.setdefault(name, FileKey()).lines.append((number, label, kind, cont))
    return out


def norm(value: str | None, variant: str = "t2s") -> str:
    """A value as compared: no pinyin annotations, Simplified, folded width, no whitespace.

    >>> norm("南疆脫貧中的北京援疆經(jīng)驗(yàn): 從輸血到造血")
    '南疆脱贫中的北京援疆经验:从输血到造血'
    """
    if not value:
        return ""
    value = _PINYIN.sub("", value)
    value = aidparse.to_simplified(unicodedata.normalize("NFKC", value), variant)
    return "".join(value.split()).lower()


#: The conversions a page in Traditional may have had: a key's value in Traditional is the report's
#: in Simplified under any of them (推著 is 推着 under Taiwan's, 推著 under the generic one).
VARIANTS = ("t2s", "tw2s", "hk2s")


def norms(value: str | None) -> set[str]:
    """``value`` as compared under each conversion a Traditional page may have had.

    >>> sorted(norms("推著"))
    ['推着', '推著']
    """
    return {norm(value, v) for v in VARIANTS}


@functools.cache
def report(name: str) -> aidparse.AidReport:
    """The report of one corpus page (cached)."""
    folder = corpus_dir()
    assert folder is not None
    return aidparse.parse((folder / name).read_bytes())


def report_fields(r: aidparse.AidReport) -> dict[str, str]:
    return {
        "title": r.title or "",
        "subtitle": r.subtitle or "",
        "published": r.published.isoformat() if r.published else "",
        "source": r.source or "",
    }


def removed_mask(r: aidparse.AidReport) -> bytearray:
    """1 for every character of ``original_text`` that a removal took out."""
    mask = bytearray(len(r.original_text))
    for e in r.edits:
        if e.kind == "removal":
            mask[e.start : e.end] = b"\x01" * (e.end - e.start)
    return mask


def line_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every line (1-based numbering: index 0 is line 1)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@dataclasses.dataclass
class LineOutcome:
    number: int
    label: str
    kind: str
    cont: bool
    removed: float
    """Share of the line's letters and digits that the report removed."""
    joined: bool
    """Whether the break before the line was removed (the line joined to the previous one)."""


def line_outcomes(name: str, key: FileKey) -> list[LineOutcome]:
    """What the report did to each annotated line of one file."""
    r = report(name)
    mask = removed_mask(r)
    spans = line_spans(r.original_text)
    out = []
    previous_end = 0
    for number, label, kind, cont in key.lines:
        start, end = spans[number - 1]
        letters = [i for i in range(start, end) if _LETTER.match(r.original_text[i])] \
            or [i for i in range(start, end) if not r.original_text[i].isspace()]
        removed = sum(mask[i] for i in letters) / len(letters) if letters else 0.0
        gap = [i for i in range(previous_end, start) if r.original_text[i] == "\n"]
        joined = bool(gap) and all(mask[i] for i in gap) and any(
            e.reason == "broken-line" and e.start <= gap[0] < e.end for e in r.edits)
        out.append(LineOutcome(number, label, kind, cont, removed, joined))
        previous_end = end
    return out


@dataclasses.dataclass
class Score:
    """Counts for one half."""

    files: int = 0
    single: dict[str, list[int]] = dataclasses.field(default_factory=dict)
    """field → [correct on files with a value, files with a value, wrong values given, all correct]."""
    names: list[int] = dataclasses.field(default_factory=lambda: [0, 0, 0])
    """Authors: [true positives, false positives, false negatives]."""
    furniture: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    meta: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    kept: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    joins: list[int] = dataclasses.field(default_factory=lambda: [0, 0, 0])
    """[joined correctly, lines to join, lines joined that should not be]."""
    by_kind: dict[str, list[int]] = dataclasses.field(default_factory=dict)
    """Furniture and metadata lines by the key's kind (caption, stamp, nav …): [removed, lines]."""
    misses: list[str] = dataclasses.field(default_factory=list)


def names_of(values: Iterable[str]) -> set[str]:
    return {norm(v) for v in values if norm(v)}  # (names: no character a conversion varies on)


def score_fields(s: Score, name: str, r: aidparse.AidReport, want: Mapping[str, str],
                 authors: Iterable[str], *, record_misses: bool = False) -> None:
    """Add one report's single fields and author names, against the key's, to ``s``."""
    got = report_fields(r)
    for field in SINGLE_FIELDS:
        row = s.single.setdefault(field, [0, 0, 0, 0])
        wanted, have = norms(want.get(field, "")), norm(got[field])
        right = have in wanted
        row[3] += right
        if wanted != {""}:
            row[1] += 1
            row[0] += right
        if have and not right:
            row[2] += 1
        if record_misses and not right:
            s.misses.append(f"{name} {field}: want {want.get(field, '')!r} got {got[field]!r}")
    want_names, have_names = names_of(authors), names_of(r.authors)
    s.names[0] += len(want_names & have_names)
    s.names[1] += len(have_names - want_names)
    s.names[2] += len(want_names - have_names)
    if record_misses and want_names != have_names:
        s.misses.append(f"{name} authors: want {sorted(want_names)} got {sorted(have_names)}")


def score(half: str, *, record_misses: bool = False) -> Score:
    """Score every file of one half."""
    s = Score()
    for name in files(half):
        key = keys(half).get(name)
        if key is None:
            continue
        s.files += 1
        r = report(name)
        score_fields(s, name, r, key.fields, key.authors, record_misses=record_misses)
        for o in line_outcomes(name, key):
            if o.label in ("furniture", "meta"):
                counts = s.by_kind.setdefault(o.kind or "(none)", [0, 0])
                counts[0] += o.removed >= 0.95
                counts[1] += 1
            if o.label == "furniture":
                s.furniture[1] += 1
                s.furniture[0] += o.removed >= 0.95
                if record_misses and o.removed < 0.95:
                    s.misses.append(f"{name}:{o.number} furniture {o.kind} kept ({o.removed:.0%})")
            elif o.label == "meta":
                s.meta[1] += 1
                s.meta[0] += o.removed >= 0.95
                if record_misses and o.removed < 0.95:
                    s.misses.append(f"{name}:{o.number} meta {o.kind} kept ({o.removed:.0%})")
            elif o.label in KEPT_LABELS:
                s.kept[1] += 1
                s.kept[0] += o.removed < 0.95
                if record_misses and o.removed >= 0.95:
                    s.misses.append(f"{name}:{o.number} {o.label} LOST ({o.removed:.0%})")
            if o.cont:
                s.joins[1] += 1
                s.joins[0] += o.joined
            elif o.joined:
                s.joins[2] += 1
                if record_misses:
                    s.misses.append(f"{name}:{o.number} joined wrongly")
    return s
