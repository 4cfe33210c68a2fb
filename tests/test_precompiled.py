"""The store of precompiled ``regex`` patterns: current with the code, equal to a fresh compile,
ignored by another ``regex`` release, and unable to run anything but ``regex``'s own restore."""

from __future__ import annotations

import base64
import io
import json
import os
import pathlib
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import regex

from aidparse import _precompiled

ROOT = pathlib.Path(__file__).resolve().parents[1]
STORE = ROOT / "src" / "aidparse" / "data" / _precompiled.REGEX_PROGRAMS_JSON


def _sample() -> str:
    """The texts the store's patterns were collected from: the seeds and the written pages."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("pages", "forms", "forms2"):
        rows = json.loads((ROOT / "tests" / "data" / "layouts" / f"{name}.json").read_text(encoding="utf-8"))
        texts += [row["text"] for row in rows]
    return "\n".join(texts)


def _stored_rows() -> list[tuple[str, int, str, str]]:
    return [(row[0], row[1], row[2], row[3]) for row in json.loads(STORE.read_text(encoding="utf-8"))["patterns"]]


def _header() -> dict[str, object]:
    data = json.loads(STORE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "patterns"}


@pytest.fixture
def fresh_store() -> Iterator[None]:
    """Load the store again inside the test, and forget what the test loaded after it."""
    _precompiled._store = None
    yield
    _precompiled._store = None


needs_this_release = pytest.mark.skipif(
    (_header()["regex"], _header()["default_version"]) != (regex.__version__, regex.DEFAULT_VERSION),
    reason=f"the store was written by regex {_header()['regex']}, not the installed {regex.__version__}: "
           "run scripts/build_pattern_store.py",
)


@pytest.mark.skipif(not (ROOT / "scripts" / "build_pattern_store.py").exists(), reason="no scripts/ here")
def test_store_holds_what_the_script_collects() -> None:
    # The script's --check compares the patterns only (not the programs, which belong to one regex
    # release): a pattern edited or added since the store was written fails here.
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_pattern_store.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert done.returncode == 0, done.stdout + done.stderr + "\nrun: python scripts/build_pattern_store.py"


@needs_this_release
def test_every_stored_program_is_the_pattern_a_fresh_compile_gives(fresh_store: None) -> None:
    # a match at the start of each line of the texts the patterns were collected from, every match in a
    # quarter of those lines and in the seeds as whole texts
    lines = sorted(set(_sample().splitlines()))
    chunks = ["\n".join(lines[i : i + 40]) for i in range(0, len(lines), 160)]  # a quarter of the lines: the
    # line patterns, which the article stage only matches at a line's start, are slow to run over text
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for pattern, flags, *_ in _stored_rows():
        stored = _precompiled.stored_program(pattern, flags)
        fresh = regex.compile(pattern, flags)
        assert stored is not None and stored is not fresh
        assert (stored.pattern, stored.flags, stored.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        for text in seeds:
            assert [m.regs for m in stored.finditer(text)] == [m.regs for m in fresh.finditer(text)], pattern[:80]
        assert [[m.regs for m in stored.finditer(chunk)] for chunk in chunks] \
            == [[m.regs for m in fresh.finditer(chunk)] for chunk in chunks], pattern[:80]
        assert [m and m.regs for m in map(stored.match, lines)] == [m and m.regs for m in map(fresh.match, lines)]


@needs_this_release
def test_a_stored_pattern_is_not_compiled(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags, *_ = _stored_rows()[0]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although stored")

    monkeypatch.setattr(regex, "compile", refuse)
    assert _precompiled.compile_regex(pattern, flags).pattern == pattern


def test_another_release_ignores_the_store(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags, *_ = _stored_rows()[0]
    monkeypatch.setattr(_precompiled, "_release", lambda: ("1999.1.1", 0))
    assert _precompiled.stored_program(pattern, flags) is None
    assert _precompiled._store == {}
    compiled = _precompiled.compile_regex(pattern, flags)
    assert compiled.pattern == pattern and compiled.flags == regex.compile(pattern, flags).flags


def test_a_pattern_not_stored_is_compiled(fresh_store: None) -> None:
    compiled = _precompiled.compile_regex(r"(?P<year>\d{4})年援疆", 0)
    assert compiled.search("2021年援疆").group("year") == "2021"
    assert _precompiled.compile_regex(rb"\d+").findall(b"a 12 b 3") == [b"12", b"3"]  # bytes: never stored


class _Runs:
    """Pickles as a call of ``os.getpid``: anything that is not a regex program."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (os.getpid, ())


def test_a_program_that_calls_anything_else_is_refused(fresh_store: None) -> None:
    _precompiled._load()
    assert _precompiled._store is not None
    for pattern, data in (("x", pickle.dumps(_Runs())), ("y", b"not a pickle")):  # rows whose checks hold
        program = base64.b64encode(data).decode("ascii")
        _precompiled._store[(pattern, 0)] = (program, _precompiled._digest(pattern, 0, program))
    assert _precompiled.stored_program("x", 0) is None
    assert _precompiled.stored_program("y", 0) is None
    assert _precompiled.compile_regex("x").pattern == "x"  # compiled instead
    with pytest.raises(pickle.UnpicklingError, match="not a regex program"):
        _precompiled._unpickler()(io.BytesIO(pickle.dumps(_Runs()))).load()


def test_a_damaged_row_is_never_restored(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # a program damaged on disk could crash the interpreter inside regex's restore: its row's check fails
    # and the pattern is compiled instead
    data = json.loads(STORE.read_text(encoding="utf-8"))
    pattern, flags, program, digest = data["patterns"][0]
    damaged = base64.b64encode(base64.b64decode(program)[:-9] + b"\xff\xff\xff" * 3).decode("ascii")
    data["patterns"][0] = [pattern, flags, damaged, digest]
    monkeypatch.setattr("aidparse._resources.read_text", lambda name: json.dumps(data))

    def refuse() -> None:
        raise AssertionError("a damaged program was handed to regex")

    monkeypatch.setattr(_precompiled, "_unpickler", refuse)
    assert _precompiled.stored_program(pattern, flags) is None  # (its row's check is verified on use)
    assert _precompiled.compile_regex(pattern, flags).pattern == pattern


_THIS_RELEASE = f'"regex": "{regex.__version__}", "default_version": {regex.DEFAULT_VERSION}'


@pytest.mark.parametrize("text", ["[]", "{}", '{"regex": 1}', "not json", f'{{{_THIS_RELEASE}, "patterns": 3}}',
                                  f'{{{_THIS_RELEASE}, "patterns": [["a", 0]]}}',
                                  f'{{{_THIS_RELEASE}, "patterns": [["a", 0, "YQ==", "0"]]}}'])
def test_a_store_of_another_shape_is_ignored(text: str, fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("aidparse._resources.read_text", lambda name: text)
    assert _precompiled._load() in ({}, {("a", 0): ("YQ==", "0")})  # (a row whose check fails: never restored)
    assert _precompiled.stored_program("a", 0) is None
    assert _precompiled.compile_regex("a+").findall("caab") == ["aa"]


def test_a_program_of_something_else_is_refused(fresh_store: None) -> None:
    _precompiled._load()
    assert _precompiled._store is not None
    for data in (pickle.dumps("援疆"), pickle.dumps(regex.compile("资金"))):  # a str; another pattern's program
        program = base64.b64encode(data).decode("ascii")
        _precompiled._store[("援疆", 0)] = (program, _precompiled._digest("援疆", 0, program))
        assert _precompiled.stored_program("援疆", 0) is None
    assert _precompiled.compile_regex("援疆").pattern == "援疆"


def test_recording_nests() -> None:
    with _precompiled.recording() as outer:
        _precompiled.compile_regex("援")
        with _precompiled.recording() as inner:
            _precompiled.compile_regex("疆")
    assert inner == {("疆", 0)}
    assert outer == {("援", 0), ("疆", 0)}
    assert _precompiled._recorder.seen is None


def test_the_development_tools_pin_the_stores_release() -> None:
    # the dev extra installs the regex release the store was written by, so that the tests above run in
    # CI; rebuilding the store under another release means moving the pin with it
    pins = re.findall(r'"regex==([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pins == [_header()["regex"]]


def test_header_names_its_source_and_release() -> None:
    header = _header()
    assert "scripts/build_pattern_store.py" in " ".join(header["source"])  # type: ignore[arg-type]
    assert isinstance(header["regex"], str) and isinstance(header["default_version"], int)
