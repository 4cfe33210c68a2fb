"""The store of precompiled ``re`` patterns: current with the code, equal to a fresh compile, ignored
by another Python, and never handing the engine a damaged program."""

from __future__ import annotations

import json
import pathlib
import re
import types
from collections.abc import Iterator

import pytest

from aidparse import _precompiled_re

ROOT = pathlib.Path(__file__).resolve().parents[1]
STORE = ROOT / "src" / "aidparse" / "data" / _precompiled_re.RE_PROGRAMS_JSON


def _sample() -> list[str]:
    """The texts the store's patterns were collected from: the seeds and the written pages."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("pages", "forms", "forms2"):
        rows = json.loads((ROOT / "tests" / "data" / "layouts" / f"{name}.json").read_text(encoding="utf-8"))
        texts += [row["text"] for row in rows]
    return texts


def _data() -> dict[str, object]:
    return json.loads(STORE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _rows() -> list[list[object]]:
    return _data()["patterns"]  # type: ignore[return-value]


@pytest.fixture
def fresh_store() -> Iterator[None]:
    """Load the store again inside the test, and forget what the test loaded after it."""
    _precompiled_re._store = None
    yield
    _precompiled_re._store = None


needs_this_python = pytest.mark.skipif(
    _data()["release"] != _precompiled_re._release(),
    reason=f"the store was written by {_data()['release']}, not this Python: run scripts/build_pattern_store.py",
)


@needs_this_python
def test_the_store_is_used(fresh_store: None) -> None:
    assert len(_precompiled_re._load()) == len(_rows()) > 0


@needs_this_python
@pytest.mark.parametrize("row", _rows(), ids=lambda row: str(row[0])[:30].strip().replace("\n", " "))
def test_each_stored_program_finds_what_a_fresh_compile_finds(row: list[object], fresh_store: None) -> None:
    pattern, flags = str(row[0]), int(row[1])  # type: ignore[call-overload]
    stored = _precompiled_re.stored_re(pattern, flags)
    fresh = re.compile(pattern, flags)
    assert stored is not None and stored is not fresh
    assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) \
        == (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    for text in _sample():
        assert [m.regs for m in stored.finditer(text)] == [m.regs for m in fresh.finditer(text)]


@needs_this_python
def test_a_stored_pattern_is_not_compiled(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = str(_rows()[0][0]), int(_rows()[0][1])  # type: ignore[call-overload]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although stored")

    monkeypatch.setattr(re, "compile", refuse)
    assert _precompiled_re.compile_re(pattern, flags).pattern == pattern


@pytest.mark.parametrize("other", [{"python": "2.7"}, {"sre_magic": 1}, {"implementation": "pypy"},
                                   {"byteorder": "big"}, {"codesize": 8}])
def test_another_python_ignores_the_store(other: dict[str, object], fresh_store: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = str(_rows()[0][0]), int(_rows()[0][1])  # type: ignore[call-overload]
    release = {**_precompiled_re._release(), **other}
    monkeypatch.setattr(_precompiled_re, "_release", lambda: release)
    assert _precompiled_re.stored_re(pattern, flags) is None
    assert _precompiled_re._store == {}
    assert _precompiled_re.compile_re(pattern, flags).pattern == pattern


def test_an_engine_whose_constructor_fails_compiles_instead(fresh_store: None,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # _sre.compile is CPython's internal function: if its signature changes, nothing breaks
    pattern, flags = str(_rows()[0][0]), int(_rows()[0][1])  # type: ignore[call-overload]
    real = _precompiled_re._engine()

    def changed(*args: object) -> None:
        raise TypeError("compile() takes 7 arguments")

    engine = types.SimpleNamespace(MAGIC=real.MAGIC, CODESIZE=real.CODESIZE, compile=changed)
    monkeypatch.setattr(_precompiled_re, "_engine", lambda: engine)
    assert _precompiled_re.stored_re(pattern, flags) is None
    assert _precompiled_re.compile_re(pattern, flags).pattern == pattern


def _restores(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The patterns whose programs reach the engine's constructor from now on (none may, from a row whose
    check fails: rows' checks are verified on use)."""
    real = _precompiled_re._engine()
    handed: list[object] = []

    def constructor(pattern: object, *args: object) -> object:
        handed.append(pattern)
        return real.compile(pattern, *args)

    engine = types.SimpleNamespace(MAGIC=real.MAGIC, CODESIZE=real.CODESIZE, compile=constructor)
    monkeypatch.setattr(_precompiled_re, "_engine", lambda: engine)
    return handed


def test_a_damaged_row_is_never_restored(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data()
    rows: list[list[object]] = data["patterns"]  # type: ignore[assignment]
    row = list(rows[0])
    program = str(row[3])
    row[3] = program[:-8] + ("AAAAAAAA" if not program.endswith("AAAAAAAA") else "BBBBBBBB")
    rows[0] = row
    monkeypatch.setattr("aidparse._resources.read_text", lambda name: json.dumps(data))
    handed = _restores(monkeypatch)
    assert _precompiled_re.stored_re(str(row[0]), int(row[1])) is None  # type: ignore[call-overload]
    assert handed == []
    assert _precompiled_re.compile_re(str(row[0]), int(row[1])).pattern == row[0]  # type: ignore[call-overload]


_THIS = json.dumps(_precompiled_re._release())


@pytest.mark.parametrize("text", ["[]", "{}", '{"release": 1}', "not json", f'{{"release": {_THIS}, "patterns": 3}}',
                                  f'{{"release": {_THIS}, "patterns": [["a", 0]]}}',
                                  f'{{"release": {_THIS}, "patterns": [["a", 0, 32, "YQ==", 0, {{}}, [null], "0"]]}}'])
def test_a_store_of_another_shape_is_ignored(text: str, fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("aidparse._resources.read_text", lambda name: text)
    assert len(_precompiled_re._load()) <= 1  # (a row whose check fails is kept, and never restored:)
    assert _precompiled_re.stored_re("a", 0) is None
    assert _precompiled_re.compile_re("a+").findall("caab") == ["aa"]


def test_a_program_swapped_between_rows_is_never_restored(fresh_store: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # the engine would rebuild another pattern's program under this one's text: the row's check covers both
    data = _data()
    rows: list[list[object]] = data["patterns"]  # type: ignore[assignment]
    first, second = list(rows[0]), rows[1]
    first[2:7] = second[2:7]
    rows[0] = first
    monkeypatch.setattr("aidparse._resources.read_text", lambda name: json.dumps(data))
    handed = _restores(monkeypatch)
    assert _precompiled_re.stored_re(str(first[0]), int(first[1])) is None  # type: ignore[call-overload]
    assert handed == []


def test_recording_nests() -> None:
    with _precompiled_re.recording() as outer:
        _precompiled_re.compile_re("援")
        with _precompiled_re.recording() as inner:
            _precompiled_re.compile_re("疆")
    assert inner == {("疆", 0)}
    assert outer == {("援", 0), ("疆", 0)}
    assert _precompiled_re._recorder.seen is None


def test_header_names_its_source_and_release() -> None:
    data = _data()
    assert "scripts/build_pattern_store.py" in " ".join(data["source"])  # type: ignore[arg-type]
    assert set(data["release"]) == set(_precompiled_re._release())  # type: ignore[arg-type]


def test_the_date_and_place_patterns_are_stored() -> None:
    # the two patterns the store is for: each took a first parse 5-15 ms to compile
    from aidparse.places.gazetteer import gazetteer

    stored = {str(row[0]) for row in _rows()}
    assert gazetteer().pattern is not None and gazetteer().pattern.pattern in stored
    assert any("K_num" in pattern for pattern in stored)
