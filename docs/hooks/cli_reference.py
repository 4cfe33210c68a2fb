"""MkDocs hook: the CLI reference is generated from the argument parser, never copied by hand.

A page that holds the placeholder line gets, in its place, ``aidparse --help``
as the installed parser prints it (at a fixed width, so the page does not
depend on the terminal that builds the docs).
"""

from __future__ import annotations

from typing import Any

PLACEHOLDER = "<!-- aidparse --help -->"
WIDTH = 88


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    from aidparse.corpus.cli import build_parser

    help_text = build_parser(width=WIDTH).format_help()
    return markdown.replace(PLACEHOLDER, f"```text\n{help_text}```")
