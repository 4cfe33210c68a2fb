"""The store of precompiled ``regex`` patterns: current with the code, equal to a fresh compile,
ignored by another ``regex`` release, and unable to run anything but ``regex``'s own restore."""

from __future__ import annotations

import base64
import io
import json
import os
import pathlib
import pickle
import subprocess
import sys
from collections.abc import Iterator

import pytest
import regex

from aidparse import _precompiled

ROOT = pathlib.Path(__file__).resolve().parents[1]
STORE = ROOT / "src" / "aidparse" / "data" / _precompiled.REGEX_PROGRAMS_JSON
SAMPLE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))


def _stored_rows() -> list[tuple[str, int, str]]:
    return [tuple(row) for row in json.loads(STORE.read_text(encoding="utf-8"))["patterns"]]


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


def test_store_holds_what_the_script_collects() -> None:
    # The script's --check compares the patterns only (not the programs, which belong to one regex
    # release): a pattern edited or added since the store was written fails here.
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_pattern_store.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert done.returncode == 0, done.stdout + done.stderr + "\nrun: python scripts/build_pattern_store.py"


@needs_this_release
def test_every_stored_program_is_the_pattern_a_fresh_compile_gives(fresh_store: None) -> None:
    sample = SAMPLE[:20_000]
    for pattern, flags, _ in _stored_rows():
        stored = _precompiled.stored_program(pattern, flags)
        fresh = regex.compile(pattern, flags)
        assert stored is not None and stored is not fresh
        assert (stored.pattern, stored.flags, stored.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        assert [m.regs for m in stored.finditer(sample)] == [m.regs for m in fresh.finditer(sample)], pattern[:80]


@needs_this_release
def test_a_stored_pattern_is_not_compiled(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags, _ = _stored_rows()[0]

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although stored")

    monkeypatch.setattr(regex, "compile", refuse)
    assert _precompiled.compile_regex(pattern, flags).pattern == pattern


def test_another_release_ignores_the_store(fresh_store: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags, _ = _stored_rows()[0]
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
    _precompiled._store[("x", 0)] = base64.b64encode(pickle.dumps(_Runs())).decode("ascii")
    _precompiled._store[("y", 0)] = base64.b64encode(b"not a pickle").decode("ascii")
    assert _precompiled.stored_program("x", 0) is None
    assert _precompiled.stored_program("y", 0) is None
    assert _precompiled.compile_regex("x").pattern == "x"  # compiled instead
    with pytest.raises(pickle.UnpicklingError, match="not a regex program"):
        _precompiled._unpickler()(io.BytesIO(pickle.dumps(_Runs()))).load()


def test_recording_nests() -> None:
    with _precompiled.recording() as outer:
        _precompiled.compile_regex("援")
        with _precompiled.recording() as inner:
            _precompiled.compile_regex("疆")
    assert inner == {("疆", 0)}
    assert outer == {("援", 0), ("疆", 0)}
    assert _precompiled._recorded is None


def test_header_names_its_source_and_release() -> None:
    header = _header()
    assert "scripts/build_pattern_store.py" in " ".join(header["source"])  # type: ignore[arg-type]
    assert isinstance(header["regex"], str) and isinstance(header["default_version"], int)
