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


def test_seed_table_is_computed() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    try:
        import seed_table
    finally:
        sys.path.pop(0)
    page = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    assert seed_table.PLACEHOLDER in page
    rendered = seed_table.on_page_markdown(page)
    assert "| 001 | 鲁疆同心 齐美中华 山东省第十批东营援疆工作成果丰硕 |" in rendered
    assert rendered.count("\n| 00") == 5
