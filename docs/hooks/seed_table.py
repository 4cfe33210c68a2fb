"""MkDocs hook: the report page's table of the seeds is computed by ``parse`` when the docs are built.

Figures typed by hand go stale as the parser improves; this table cannot.
"""

from __future__ import annotations

import pathlib
from typing import Any

PLACEHOLDER = "<!-- seed table -->"
SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"
HEADER = ("seed", "title", "source", "published", "authors", "donor", "recipients", "batch (period)",
          "funding", "personnel", "projects", "quantities")


def rows() -> list[tuple[str, ...]]:
    import aidparse

    table = []
    for path in sorted(SEEDS.glob("*.txt")):
        r = aidparse.parse(path)
        batch = "—" if r.batch is None else f"{r.batch}" + (f" ({r.period.value})" if r.period else "")
        table.append((
            path.name[:3], r.title or "—", r.source or "—",
            r.published.isoformat() if r.published else "—", ", ".join(r.authors) or "—",
            r.donor.name if r.donor else "—", ", ".join(p.name for p in r.recipients) or "—", batch,
            r.funding.text if r.funding else "—", r.personnel.text if r.personnel else "—",
            r.projects.text if r.projects else "—", str(len(r.quantities)),
        ))
    return table


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    lines = ["| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in rows()]
    return markdown.replace(PLACEHOLDER, "\n".join(lines))
