"""The load-fast JSON tables hold exactly their TSV sources, and the gazetteer's
two-step matcher finds exactly what one alternation of every name, longest first, finds."""

from __future__ import annotations

import importlib.util
import json
import math
import pathlib
import random
import re
from types import ModuleType

import pytest

from aidparse import _charmodel, _resources
from aidparse.places.gazetteer import Gazetteer, build_gazetteer, gazetteer, trie_pattern

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "aidparse" / "data"
CORPUS = ROOT.parent / "shared" / "corpus"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_fast_tables", ROOT / "scripts" / "build_fast_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["words.json", "charfreq.json", "pinyin.json", "gazetteer.json",
                                  "script_chars.json"])
def test_json_table_is_what_the_script_writes(name: str) -> None:
    script = _script()
    expected = script.fast_tables()[name]
    written = (DATA / name).read_text(encoding="utf-8")
    assert written == script.dumps(expected), f"{name} is stale: run scripts/build_fast_tables.py"
    assert json.loads(written)["source"], "the source lines are kept"


def _tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]


def test_word_counts_are_the_tsv_rows() -> None:
    rows = _tsv("words.tsv")
    assert list(_resources.word_counts().items()) == [(w, int(n)) for w, n in rows]


def test_word_counts_read_only_the_groups_looked_up() -> None:
    rows = {w: int(n) for w, n in _tsv("words.tsv")}
    data = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    counts = _resources.WordCounts(data["words"], data["counts"], data["total"], data["size"])
    assert (counts.get("援助"), counts["援助"], counts.get("援疆干部人才", 0), "援疆干部人才" in counts) \
        == (rows["援助"], rows["援助"], 0, False)
    assert set(counts._groups) == {"援"}  # one first character's words read, of thousands
    assert (counts.total, len(counts), dict(counts)) == (sum(rows.values()), len(rows), rows)
    assert "" not in counts and 3 not in counts and counts.get("") is None


def test_char_logfreq_is_computed_from_the_tsv_counts() -> None:
    counts = {ch: int(n) for ch, n in _tsv("charfreq.tsv")}
    total = sum(counts.values())
    assert _resources.char_logfreq() == {ch: math.log(n / total) for ch, n in counts.items()}


def test_readings_are_the_tsv_rows() -> None:
    assert _charmodel.readings() == {ch: frozenset(v.split(",")) for ch, v in _tsv("pinyin.tsv")}


def test_loaded_gazetteer_is_the_built_one() -> None:
    built, loaded = build_gazetteer(), gazetteer()
    assert (loaded.entries, loaded.aliases, loaded.pairs) == (built.entries, built.aliases, built.pairs)
    text = _texts()[0]
    assert built.find(text) == loaded.find(text) != []  # the built one compiles its matcher on demand


# ---------------------------------------------------------------- the matcher


def _reference(gz: Gazetteer, text: str) -> list[tuple[str, str, int, int]]:
    """What one alternation of every name, longest first, finds (the former matcher)."""
    names = sorted(gz.aliases, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return [(gz.aliases[m.group()][0], m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def _found(gz: Gazetteer, text: str) -> list[tuple[str, str, int, int]]:
    return [(m.entry_name, m.surface, m.start, m.end) for m in gz.find(text)]


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return seeds + corpus


@pytest.mark.parametrize(
    "text",
    [
        "一师四团和一师四",  # a regiment, then a division whose regiment is cut off
        "农一师阿拉尔市",  # a division with its city
        "兵团第十二师二二一团团部",
        "新疆生产建设兵团第四师六十二团",
        "第四师第四师第四",  # adjacent names, then a cut one
        "阿克苏阿克苏市阿克",
        "12师221团,12师",
        "喀什地区疏勒县",
        "塔县",
        "伊犁州直各县市",  # 伊犁 begins 伊犁州 and 伊犁州直: the longer wins
        "伊犁州党委",
        "师团",  # no name
        "",
    ],
)
def test_matcher_agrees_with_the_alternation(text: str) -> None:
    gz = gazetteer()
    assert _found(gz, text) == _reference(gz, text)


def test_matcher_agrees_on_the_seeds_and_corpus() -> None:
    gz = gazetteer()
    text = "\n".join(_texts())
    found = _found(gz, text)
    assert found == _reference(gz, text)
    # enough mentions for the agreement to mean something: the seeds alone give 280 (a user's
    # clone has no ../shared/corpus), with the corpus about 1,400
    assert len(found) > (1000 if CORPUS.is_dir() else 250)


@pytest.mark.parametrize("seed", range(5))
def test_matcher_agrees_on_generated_text(seed: int) -> None:
    """Names glued together, cut at either end, between filler characters."""
    gz = gazetteer()
    rng = random.Random(seed)
    pieces = [*gz.aliases, *"的和在师团市县区第一二三四五六十农兵", "新疆生产建设兵团", " "]
    parts = []
    for _ in range(3000):
        piece = rng.choice(pieces)
        cut = rng.random()
        if cut < 0.3:
            piece = piece[: rng.randint(0, len(piece))]
        elif cut < 0.4:
            piece = piece[rng.randint(0, len(piece)) :]
        parts.append(piece)
    text = "".join(parts)
    assert _found(gz, text) == _reference(gz, text)


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["援疆", "援疆干部", "援"], "援疆干援", ["援疆", "援"]),
        (["ab", "abcd"], "abcabcd", ["ab", "abcd"]),
        (["a.b", "a"], "a.b axb a", ["a.b", "a", "a"]),  # metacharacters are literal
        (["[", "]"], "[]", ["[", "]"]),
        ([], "anything", []),
    ],
)
def test_trie_pattern_matches_longest_first(words: list[str], text: str, expected: list[str]) -> None:
    assert re.findall(trie_pattern(words), text) == expected


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()
                                        if p.is_file() and p.suffix in {".tsv", ".json"}))
def test_read_text_reads_what_importlib_resources_reads(name: str) -> None:
    from importlib import resources

    expected = resources.files("aidparse.data").joinpath(name).read_text(encoding="utf-8")
    assert _resources.read_text(name) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (b"a\tb\r\nc\td\r\n", "a\tb\nc\td\n"),  # Windows line ends, as text mode reads them
    (b"a\rb\n", "a\nb\n"),                  # a lone carriage return
    ("援疆\n".encode(), "援疆\n"),
])
def test_read_text_reads_line_ends_as_text_mode(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                                                 raw: bytes, expected: str) -> None:
    import aidparse.data

    (tmp_path / "__init__.py").write_bytes(b"")
    (tmp_path / "table.tsv").write_bytes(raw)
    monkeypatch.setattr(aidparse.data, "__file__", str(tmp_path / "__init__.py"))
    assert _resources.read_text("table.tsv") == expected
    assert (tmp_path / "table.tsv").read_text(encoding="utf-8") == expected  # what text mode reads
