"""The docs: every public name in the API reference, search that indexes Chinese."""

from __future__ import annotations

import pathlib
import re

import pytest

import aidparse

ROOT = pathlib.Path(__file__).resolve().parents[1]
API = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
MKDOCS = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def _rendered_modules() -> set[str]:
    return set(re.findall(r"^::: (aidparse[\w.]*)", API, flags=re.MULTILINE))


@pytest.mark.parametrize("name", sorted(set(aidparse.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    rendered = _rendered_modules()
    module = aidparse._MODULE_OF[name]
    assert f"aidparse.{name}" in rendered or module in rendered or any(
        module.startswith(m + ".") for m in rendered if m != "aidparse"), name


@pytest.mark.parametrize("word", ["援疆", "人民网"])
def test_search_splits_han_text(word: str) -> None:
    """Material's search splits index and query with this separator: every Han character is a term."""
    separator = re.search(r"separator: '(.+)'", MKDOCS)
    assert separator is not None
    # The JavaScript pattern, read as Python: \\uXXXX escapes mean the same in both.
    pattern = re.compile(separator.group(1))
    tokens = [t for t in pattern.split(f"对口{word}工作,见 parse_many") if t]
    assert all(ch in tokens for ch in word)
    assert "parse_many" in tokens or "parse" in tokens
