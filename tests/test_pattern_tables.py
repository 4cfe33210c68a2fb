"""Tables of patterns compiled on first look-up (``aidparse._lazy.regex_on_first_use``):
every pattern of every table compiles, and a look-up gives the compiled pattern itself."""

from __future__ import annotations

import importlib
import json
import pathlib

import pytest
import regex

from aidparse._lazy import _WhereSame, lazy_re_where_same, re_where_same

#: The functions that build a table of patterns with ``regex_on_first_use``, by module.
TABLES = {"aidparse.article.furniture": "_patterns", "aidparse.article.captions": "_patterns",
          "aidparse.article.tokens": "token_patterns"}


def _table(module: str) -> dict[str, object]:
    table: dict[str, object] = getattr(importlib.import_module(module), TABLES[module])()
    return table


def _names(module: str) -> list[str]:
    return list(_table(module))


@pytest.mark.parametrize(("module", "name"), [
    pytest.param(module, name, id=f"{module.rsplit('.', 1)[1]}.{name}")
    for module in TABLES for name in _names(module)
])
def test_every_pattern_compiles(module: str, name: str) -> None:
    table = _table(module)
    compiled = table[name]
    assert isinstance(compiled, (regex.Pattern, _WhereSame))
    assert table[name] is compiled
    assert dict.__contains__(table, name)  # held: later look-ups are plain dictionary look-ups


@pytest.mark.parametrize("module", TABLES)
def test_unknown_name_is_a_key_error(module: str) -> None:
    with pytest.raises(KeyError):
        _table(module)["no such pattern"]


@pytest.mark.parametrize(("pattern", "flags", "text", "expected"), [
    (r"\p{Han}+", 0, "援疆 aid 资金", ["援疆", "资金"]),
    (r"aid", 2, "AID aid", ["AID", "aid"]),                      # IGNORECASE
    (r"援 疆  # a comment", 64, "对口援疆", ["援疆"]),             # VERBOSE
])
def test_stand_in_matches_like_the_engine(pattern: str, flags: int, text: str, expected: list[str]) -> None:
    from aidparse._lazy import regex_on_first_use

    stand_in = regex_on_first_use.compile(pattern, flags)
    table = regex_on_first_use.table({"p": regex_on_first_use.compile(pattern, flags)})
    assert stand_in.findall(text) == table["p"].findall(text) == regex.compile(pattern, flags).findall(text) \
        == expected


def _fresh_table() -> dict[str, object]:
    from aidparse._lazy import regex_on_first_use as engine

    return engine.table({"han": engine.compile(r"\p{Han}+"), "aid": engine.compile("aid")})


@pytest.mark.parametrize(("read", "expected"), [
    (lambda t: t.get("aid").pattern, "aid"),               # get compiles, like []
    (lambda t: t.get("nothing"), None),
    (lambda t: t.get("nothing", "default"), "default"),
    (lambda t: sorted(t.keys()), ["aid", "han"]),          # every name, compiled or not
    (lambda t: sorted(p.pattern for p in t.values()), [r"\p{Han}+", "aid"]),
    (lambda t: sorted((k, p.pattern) for k, p in t.items()), [("aid", "aid"), ("han", r"\p{Han}+")]),
    (lambda t: (len(t), sorted(t), "han" in t, "nothing" in t), (2, ["aid", "han"], True, False)),
])
def test_table_reads_as_a_mapping_before_any_look_up(read: object, expected: object) -> None:
    assert read(_fresh_table()) == expected  # type: ignore[operator]


ROOT = pathlib.Path(__file__).resolve().parents[1]
#: Endings that make a line a caption's (a photographer's, a provider's, an archive's credit), put
#: after each line of the sample so that it is asked about lines that match and lines that do not.
_CREDIT_ENDINGS = ("", "。记者 王晓 摄", "（新华社记者 李明 摄）", "。图源：天山网", "（中央社档案照片）", "。视觉中国",
                   "（资料图）", "。小花母亲供图", "（图取自新华网）", "。图／王晓", " 图／王晓")


def _sample_lines() -> list[str]:
    """Lines of the seeds and the written pages, each alone and with a credit after it."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("pages", "forms", "forms2"):
        rows = json.loads((ROOT / "tests" / "data" / "layouts" / f"{name}.json").read_text(encoding="utf-8"))
        texts += [row["text"] for row in rows]
    lines = sorted({line.strip() for text in texts for line in text.splitlines() if line.strip()})
    return [line + ending for line in lines for ending in _CREDIT_ENDINGS]


@pytest.mark.parametrize(("module", "name"), [
    pytest.param(module, name, id=f"{module.rsplit('.', 1)[1]}.{name}")
    for module in TABLES for name in _names(module)
    if _table(module)[name].flags & regex.REVERSE
])
def test_a_reversed_pattern_matches_where_it_would_forwards(module: str, name: str) -> None:
    # a pattern matched from the line's end (regex.REVERSE) is asked only whether it matches: it must
    # match the lines the same pattern matches from their start, and no other (a backreference, a
    # conditional or an atomic group added to it would match other lines from the end)
    reversed_ = _table(module)[name]
    forwards = regex.compile(reversed_.pattern, reversed_.flags & ~regex.REVERSE)
    lines = _sample_lines()
    differ = [line for line in lines if (reversed_.search(line) is None) != (forwards.search(line) is None)]
    assert not differ
    assert any(forwards.search(line) for line in lines) and not all(forwards.search(line) for line in lines)


#: Patterns the standard engine runs where it answers as ``regex`` (``aidparse._lazy.re_where_same``),
#: outside the tables.
_WHERE_SAME_ALONE = {"aidparse.article.datelines": ("_UNBRACKETED_TAIL",)}


def _where_same() -> list[object]:
    found = [pytest.param(_table(module)[name], id=f"{module.rsplit('.', 1)[1]}.{name}")
             for module in TABLES for name in _names(module) if isinstance(_table(module)[name], _WhereSame)]
    for module, names in _WHERE_SAME_ALONE.items():
        found += [pytest.param(getattr(importlib.import_module(module), name), id=f"{module.rsplit('.', 1)[1]}.{name}")
                  for name in names]
    return found


@pytest.mark.parametrize("pattern", _where_same())
def test_the_standard_engine_answers_as_regex_would(pattern: regex.Pattern[str]) -> None:
    # what re answers for a pattern of regex's (a match, its span and groups) on the lines of the seeds
    # and the written pages, alone and with a credit after them, and with an information separator
    # in them (which re's \s matches and regex's does not: such a line is given to regex)
    fresh = regex.compile(pattern.pattern, pattern.flags)
    lines = _sample_lines()
    lines += [line.replace(" ", "\x1c", 1) for line in lines if " " in line][:2000]

    def read(m: regex.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups())

    differ = [line for line in lines if read(pattern.search(line)) != read(fresh.search(line))
              or read(pattern.fullmatch(line)) != read(fresh.fullmatch(line))
              or pattern.findall(line) != fresh.findall(line)]
    assert not differ
    assert any(fresh.search(line) for line in lines)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\d{4}年", 0),                    # \d: other digits in another Unicode version
    (r"\w+网", 0),                      # \w: marks and letters read otherwise
    (r"\p{Han}+", 0),                   # regex's own
    (r"\bCOPYRIGHT\b", 0),
    (r"copyright", 2),                  # IGNORECASE: case folded otherwise
    (r"(?i)copyright", 0),
])
def test_a_pattern_the_engines_may_read_otherwise_is_refused(pattern: str, flags: int) -> None:
    with pytest.raises(ValueError, match="re_where_same"):
        re_where_same.compile(pattern, flags).search("援疆")


def test_a_text_with_an_information_separator_is_given_to_regex() -> None:
    # re's \s matches U+001C–U+001F, regex's does not: the answer on such a text is regex's
    pattern = lazy_re_where_same(r"来源\s*[:：]\s*\S+")
    assert pattern.fullmatch("来源 ：天山网") is not None
    assert pattern.fullmatch("来源\x1c：天山网") is None
    assert regex.fullmatch(r"来源\s*[:：]\s*\S+", "来源\x1c：天山网") is None
