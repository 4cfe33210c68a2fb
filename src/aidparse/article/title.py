"""The headline of an article: its title and subtitle lines."""

from __future__ import annotations

from aidparse._lazy import lazy_regex

__all__ = ["find_title"]

_HEADING_MAX = 60
_SENTENCE_END = lazy_regex(r"[。！？!?；;]")
_COLUMN_TAG = lazy_regex(r"^[「【\[][^」】\]]{1,6}[」】\]]\s*")


def find_title(text: str) -> tuple[str | None, str | None]:
    """The title and subtitle of cleaned text: its first lines, when they read as headings.

    A column tag before the title (``「项目」``) is not part of it.

    >>> find_title("「项目」衢州援疆\\n第十批工作纪实\\n正文。")
    ('衢州援疆', '第十批工作纪实')
    >>> find_title("正文从这里开始。")
    (None, None)
    """
    lines = text.split("\n", 3)

    def heading(i: int) -> bool:
        return i < len(lines) and 0 < len(lines[i]) <= _HEADING_MAX \
            and not _SENTENCE_END.search(lines[i])

    if not heading(0):
        return None, None
    title = _COLUMN_TAG.sub("", lines[0]).strip() or lines[0]
    subtitle = lines[1] if heading(1) and not heading(2) else None
    return title, subtitle
