"""HTML pages: aidparse's reading beside trafilatura's extraction, on the same pages.

Usage (from the repository root)::

    pip install trafilatura lxml_html_clean          # benchmark only, never a dependency
    pip download --no-deps --no-binary :all: trafilatura -d /tmp/traf
    tar xzf /tmp/traf/trafilatura-*.tar.gz -C /tmp/traf
    python benchmarks/bench_html.py --pages /tmp/traf/trafilatura-*/tests/resources

Two sets of pages:

* **seed pages** — each seed's text inside a full page (head, scripts, navigation,
  site header, related news, footer; ``tests/pages.py``). The truth is the
  report aidparse gives for the seed's *text*: the table shows how much of it
  each tool's output keeps (recall) and how much of each output is that text
  (precision), by characters in order (difflib), and whether aidparse's report
  from the page equals its report from the text.
* **trafilatura's own test pages** (its source distribution's
  ``tests/resources``, mostly English): no truth; the table shows how much of
  trafilatura's extraction aidparse's text contains, how much more aidparse
  keeps, and the time of each.

Times are CPU seconds per page, median of 5 rounds, the tools alternating.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import pathlib
import sys
from typing import Any

from _common import median_cpu, optional, table

import aidparse

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from pages import html_page  # noqa: E402


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _overlap(truth: str, got: str) -> tuple[float, float]:
    """(share of ``truth`` found in ``got``, share of ``got`` that is ``truth``), in order."""
    a, b = _squeeze(truth), _squeeze(got)
    if not a or not b:
        return (0.0 if a else 1.0), (0.0 if b else 1.0)
    matched = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / len(a), matched / len(b)



def _same_report(a: aidparse.AidReport, b: aidparse.AidReport) -> bool:
    fields = ("text", "title", "subtitle", "source", "authors", "editors", "published", "donor",
              "recipients", "batch", "sections")
    if any(getattr(a, f) != getattr(b, f) for f in fields):
        return False
    def spans_in_text(items: list[Any]) -> list[dict[str, Any]]:
        return [item.model_dump(exclude={"original_span"}) for item in items]

    return spans_in_text(a.quantities) == spans_in_text(b.quantities) and \
        spans_in_text(a.dates) == spans_in_text(b.dates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=pathlib.Path, help="trafilatura's tests/resources folder")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    traf = optional("trafilatura")
    if traf is None:
        print("trafilatura is not installed: only aidparse is measured")

    def extract(page: str) -> str:
        return (traf.extract(page) or "") if traf is not None else ""

    rows = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        truth_report = aidparse.parse(text)
        page = html_page(text, truth_report.title, truth_report.published)
        ours = aidparse.parse(page)
        theirs = extract(page)
        our_r, our_p = _overlap(truth_report.text, ours.text)
        their_r, their_p = _overlap(truth_report.text, theirs)
        t_ours = median_cpu(lambda page=page: aidparse.parse(page), args.rounds, warmup=False)
        t_theirs = (median_cpu(lambda page=page: extract(page), args.rounds, warmup=False)
                    if traf else float("nan"))
        rows.append([path.name[:3], len(page), f"{our_r:.0%} / {our_p:.0%}",
                     f"{their_r:.0%} / {their_p:.0%}" if traf else "—",
                     "yes" if _same_report(truth_report, ours) else "NO",
                     f"{t_ours * 1000:.1f}", f"{t_theirs * 1000:.1f}" if traf else "—"])
    print("Seed pages (truth: the report of the seed's text)\n")
    print(table(["seed", "bytes", "aidparse recall / precision", "trafilatura recall / precision",
                 "same report as text", "aidparse ms", "trafilatura ms"], rows))
    if args.pages is None or traf is None:
        print("\n(no --pages folder or no trafilatura: trafilatura's test pages skipped)")
        return 0
    rows = []
    for path in sorted(args.pages.iterdir()):
        if not path.name.endswith((".html", ".html.gz")):
            continue
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        try:
            ours_text = aidparse.parse(raw).text
        except aidparse.AidparseError as exc:
            rows.append([path.name, len(raw), f"error: {type(exc).__name__}", "", "", ""])
            continue
        page = raw.decode("utf-8", errors="replace")
        theirs = extract(page)
        contained, _ = _overlap(theirs, ours_text)
        extra = len(_squeeze(ours_text)) / max(1, len(_squeeze(theirs)))
        t_ours = median_cpu(lambda raw=raw: aidparse.parse(raw), args.rounds, warmup=False)
        t_theirs = median_cpu(lambda page=page: extract(page), args.rounds, warmup=False)
        rows.append([path.name, len(raw), f"{contained:.0%}", f"{extra:.1f}x",
                     f"{t_ours * 1000:.1f}", f"{t_theirs * 1000:.1f}"])
    print("\ntrafilatura's test pages (no truth)\n")
    print(table(["page", "bytes", "trafilatura's text in aidparse's", "aidparse length / trafilatura's",
                 "aidparse ms", "trafilatura ms"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
