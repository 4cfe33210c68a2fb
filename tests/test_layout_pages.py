"""No article line is lost on pages written in other sites' layouts (``tests/data/layouts``).

One test per page: every line its key marks as the article's (title, headings,
body) is in the report's text — all of it, or all but a dateline or credit it
opened with.
"""

from __future__ import annotations

import pytest
from layout_keys import kept, pages, report

PAGES = [pytest.param(p["id"], id=f"{p['id']}-{p['site'].split()[0]}") for p in pages("layouts")]


@pytest.mark.parametrize("page_id", PAGES)
def test_no_article_line_is_lost(page_id: str) -> None:
    page = next(p for p in pages() if p["id"] == page_id)
    ambiguous = set(page["key"].get("ambiguous") or [])
    text = report(page_id).text
    lost = [line for line in page["key"].get("keep") or [] if line not in ambiguous and not kept(line, text)]
    assert lost == []
