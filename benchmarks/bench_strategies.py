"""Recovery per damage kind on drawn pages, and the misaligned-GBK repair on synthetic sites.

    python benchmarks/bench_strategies.py [pages-per-kind] [sites]

Part 1 draws pages with aidparse.strategies and prints, per damage kind, the
share of pages whose facts the report recovers exactly. Part 2 damages clean
pages (the seeds, and ../shared/corpus when present; its dev half and its
eval half apart) with the byte-level converter model and scores the repair:
destroyed characters restored, and wrong characters (written by the repair and
not the original's; U+FFFD is not wrong) — see _gbk_sites.py and
bench_misaligned.py. The real sites of tests/data/converter_sites.tsv are
printed beside them.
"""

from __future__ import annotations

import sys

import _gbk_sites as gbk_sites
from _common import table
from hypothesis import HealthCheck, Phase, given, settings

import aidparse
from aidparse.strategies import (
    articles,
    converter_damaged,
    encoded,
    furnished,
    html_wrapped,
    pages,
    pinyin_annotated,
    traditional,
    truncated,
)

FIELDS = ("title", "donor", "recipients", "batch", "published", "authors", "quantities")


def _facts(page, report):  # type: ignore[no-untyped-def]
    t = page.truth
    got = {"title": report.title, "donor": report.donor.name if report.donor else None,
           "recipients": [p.name for p in report.recipients], "batch": report.batch,
           "published": report.published, "authors": report.authors,
           "quantities": sorted((aidparse.to_simplified(q.text), q.value, q.unit, q.approx.value)
                                for q in report.quantities)}
    want = {"title": t.title, "donor": t.donor, "recipients": t.recipients, "batch": t.batch,
            "published": t.published, "authors": t.authors,
            "quantities": sorted((q.text, q.value, q.unit, q.approx.value) for q in t.quantities)}
    return {k: got[k] == want[k] for k in FIELDS}


def recovery(n: int) -> None:
    kinds = [("none", None), ("traditional", traditional()), ("pinyin", pinyin_annotated()),
             ("furniture", furnished()), ("html", html_wrapped()), ("encoding", encoded()),
             ("truncation", truncated()), ("converter-site", converter_damaged())]
    rows = []
    for name, damage in kinds:
        hits, count = _tally(name, damage, n)
        rows.append([name, count, *(f"{hits[k] / count:.0%}" for k in FIELDS)])
    print("Recovery per damage kind (share of pages whose field is exactly right)")
    print(table(["damage", "pages", *FIELDS], rows))


def _tally(name: str, damage: object, n: int) -> tuple[dict[str, int], int]:
    hits = dict.fromkeys(FIELDS, 0)
    count = [0]
    if True:

        @settings(max_examples=n, database=None, deadline=None, phases=(Phase.generate,),
                  suppress_health_check=list(HealthCheck))
        @given(pages(damage) if damage else articles())  # type: ignore[arg-type]
        def run(page):  # type: ignore[no-untyped-def]
            count[0] += 1
            for k, ok in _facts(page, aidparse.parse(page.data)).items():
                hits[k] += ok

        run()
    return hits, count[0]


def gbk_repair(n_sites: int) -> None:
    """The repair on synthetic sites of each set, beside the real sites (details: bench_misaligned.py)."""
    rows = []
    for which, name in (("seeds", "seeds (synthetic)"), ("dev", "corpus dev (synthetic)"),
                        ("eval", "corpus eval (synthetic)")):
        docs = gbk_sites.sources(which)
        if docs:
            rows.append([name, *gbk_sites.run(docs, n_sites)["all"].row()])
        elif which == "dev":
            print("(../shared/corpus absent: synthetic sites from the seeds only)")
    for name, keep in (("seed 001 (real)", lambda r: r[0] == "seed:001"),
                       ("corpus (real)", lambda r: r[0] != "seed:001")):
        tally, _ = gbk_sites.score_real([r for r in gbk_sites.real_rows() if keep(r)])
        if tally.sites:
            rows.append([name, *tally.row()])
    print("\nMisaligned-GBK repair (converter-site model; restored: destroyed characters written back right)")
    print(table(["sites from", *gbk_sites.HEADER], rows))


if __name__ == "__main__":
    per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    n_sites = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    gbk_repair(n_sites)
    recovery(per_kind)
