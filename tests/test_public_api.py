"""The public surface: names, version, laziness, logging."""

from __future__ import annotations

import logging
import subprocess
import sys

import aidparse


def test_all_names_exist() -> None:
    for name in aidparse.__all__:
        assert hasattr(aidparse, name), name


def test_version_in_one_place() -> None:
    from importlib.metadata import version

    assert aidparse.__version__ == version("aidparse")


def test_errors_share_a_base() -> None:
    for cls in (aidparse.BinaryInputError, aidparse.InputTooLargeError,
                aidparse.UnknownEncodingError):
        assert issubclass(cls, aidparse.AidparseError)


def test_library_logger_has_a_null_handler() -> None:
    handlers = logging.getLogger("aidparse").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_import_loads_no_tables_and_no_regex_engine() -> None:
    code = (
        "import sys, aidparse, aidparse._resources as r, aidparse.script.convert as s,"
        " aidparse.places.gazetteer as g;"
        "print(r.char_logfreq.cache_info().currsize, s.tables.cache_info().currsize,"
        " g.gazetteer.cache_info().currsize, r.word_counts.cache_info().currsize,"
        " r.pinyin_readings.cache_info().currsize, 'regex' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "0", "0", "0", "False"]


def test_import_loads_no_pydantic() -> None:
    code = "import sys, aidparse; print('pydantic' in sys.modules, 'aidparse.models' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_dir_lists_public_names() -> None:
    assert set(aidparse.__all__) <= set(dir(aidparse))


def test_unknown_attribute() -> None:
    import pytest

    with pytest.raises(AttributeError):
        _ = aidparse.no_such_name  # type: ignore[attr-defined]


def test_lazy_flags_match_both_engines() -> None:
    import re

    import regex

    from aidparse import _lazy

    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE"):
        assert getattr(_lazy, name) == getattr(re, name) == getattr(regex, name), name
    assert _lazy.REVERSE == regex.REVERSE  # (regex only)


def test_lazy_escape_is_regex_escape() -> None:
    # every code point (but the surrogates), alone and in words, escaped as regex.escape escapes it
    import sys

    import regex

    from aidparse import _lazy

    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    assert [_lazy.regex_escape(c) for c in chars] == [regex.escape(c) for c in chars]
    for word in ["援疆", "援 疆", "(记者)", "a.b-c", "第十批", "C++", "1.5万", "", "\u3000来源", "¥100"]:
        assert _lazy.regex_escape(word) == regex.escape(word), word


def test_input_too_large(monkeypatch: object) -> None:
    import pytest

    from aidparse import errors

    mp = pytest.MonkeyPatch()
    mp.setattr(errors, "MAX_INPUT_SIZE", 10)
    try:
        with pytest.raises(aidparse.InputTooLargeError):
            aidparse.parse("援疆" * 20)
    finally:
        mp.undo()
