"""An HTML page's structured data (``<script type="application/ld+json">``), read as metadata.

News sites describe the article for search engines in JSON-LD (schema.org): its
``headline``, ``datePublished``, ``author`` and ``publisher``. A block in the page's
``<head>`` is read when it describes exactly one article (an object whose ``@type``
is one of :data:`ARTICLE_TYPES`, at the top, in a list or in an ``@graph``; a block
describing several, or one in the body — a list of related news carries its own —,
says nothing of which is the page's); a value becomes a field as a ``<meta>`` tag's would (the
headline the title the markup states, the date the page's, the authors when they
are people's names, the publisher the site's name). A block that is not valid JSON
states nothing: the page's other evidence decides, as it does without one.

Each value is located in the raw script where it is written literally, so the
edit log points at it; a value written with escapes points at the whole block.
"""

from __future__ import annotations

import json
from typing import Any, Final

from aidparse.cleaning.edits import Meta
from aidparse.models.vocab import MetaField

__all__ = ["ARTICLE_TYPES", "jsonld_metas"]

#: schema.org types of an article (and of a news site's page about one).
ARTICLE_TYPES: Final = frozenset([
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
    "SocialMediaPosting", "OpinionNewsArticle", "BackgroundNewsArticle", "Report",
])
#: schema.org types of an author that is no person.
_NOT_PEOPLE: Final = frozenset(["Organization", "NewsMediaOrganization", "Corporation", "WebSite"])
#: The longest block read (a page's structured data is a few kilobytes; a larger one is a store's).
_BLOCK_MAX = 200_000


def _types(item: dict[str, Any]) -> list[str]:
    """An object's ``@type``, as a list of names (a string, or a list of them)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _objects(data: Any) -> list[dict[str, Any]]:
    """The article objects of a parsed block: at the top, in a list, in an ``@graph``."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if any(k in ARTICLE_TYPES for k in _types(item)):
                found.append(item)
            elif "@graph" in item:
                stack.append(item["@graph"])
    return found


def _names(value: Any, *, people: bool = False) -> list[str]:
    """The names an ``author`` or ``publisher`` value gives: a string, an object's ``name``, a list
    (``people``: not an organisation's, as sites name themselves the author)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if people and isinstance(item, dict) and any(k in _NOT_PEOPLE for k in _types(item)):
            continue
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def _meta(field: MetaField, value: str, raw: str, base: int) -> Meta:
    """A field at the value's place in the raw block (or over the whole block)."""
    at = raw.find(value)
    if at < 0:
        return Meta(field, value, base, base + len(raw))
    return Meta(field, value, base + at, base + at + len(value))


def jsonld_metas(raw: str, base: int) -> tuple[Meta, ...]:
    """The fields an article's JSON-LD block states; ``raw`` is the script's content, at ``base``.

    >>> raw = '{"@type": "NewsArticle", "headline": "援疆干部在喀什", "datePublished": "2024-05-12",'
    >>> raw += ' "author": {"@type": "Person", "name": "王晓"}, "publisher": {"name": "天山网"}}'
    >>> [(m.field.value, m.value) for m in jsonld_metas(raw, 0)]
    [('title', '援疆干部在喀什'), ('published', '2024-05-12'), ('authors', '王晓'), ('site', '天山网')]
    >>> jsonld_metas('{"@type": "Organization", "name": "天山网"}', 0), jsonld_metas("{not json", 0)
    ((), ())
    >>> jsonld_metas('{"@type": "Article", "author": {"@type": ["Organization"], "name": "天山网"}}', 0)
    ()
    >>> jsonld_metas('[{"@type": "NewsArticle", "headline": "甲"}, {"@type": "Article", "name": "乙"}]', 0)
    ()
    """
    from aidparse.article.html import people_names  # (html reads this module: imported here)

    if len(raw) > _BLOCK_MAX:
        return ()
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return ()
    metas: list[Meta] = []
    articles = _objects(data)
    if len(articles) != 1:
        return ()  # none, or several (the page's and related ones): which is the page's is not said
    for obj in articles:
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and headline.strip():
            metas.append(_meta(MetaField.TITLE, headline.strip(), raw, base))
        published = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(published, str) and published.strip():
            metas.append(_meta(MetaField.PUBLISHED, published.strip(), raw, base))
        metas += [_meta(MetaField.AUTHORS, name, raw, base) for name in _names(obj.get("author"), people=True)
                  if people_names(name)]
        metas += [_meta(MetaField.SITE, name, raw, base) for name in _names(obj.get("publisher"))[:1]]
    return tuple(metas)
