"""Quantity and date extraction: speed, linearity, and recall/precision on the seeds.

Recall and precision are measured against the hand annotation in
``tests/data/seed_quantities.tsv``. JioNLP (money and time) and
Recognizers-Text (Chinese numbers with units) run on the same texts in the same
run when they are installed (benchmark only, never dependencies):

    pip install jionlp recognizers-text-suite "emoji<1.0"
    python benchmarks/bench_extract.py
"""

from __future__ import annotations

import collections
import contextlib
import io
import logging
import pathlib
from decimal import Decimal, InvalidOperation

from _common import median_seconds, optional, seed_texts, table

import aidparse

ANNOTATIONS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "seed_quantities.tsv"


def _annotations() -> dict[str, list[tuple[str, str, Decimal]]]:
    out: dict[str, list[tuple[str, str, Decimal]]] = collections.defaultdict(list)
    lines = [x for x in ANNOTATIONS.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    for line in lines[1:]:
        seed, text, kind, value, *_ = line.split("\t")
        out[seed].append((text, kind, Decimal(value)))
    return out


def _score(found: list[tuple[str, Decimal]], gold: list[tuple[str, str, Decimal]]) -> tuple[int, int, int]:
    """(true positives, found, gold): a find matches an unused gold item with the same value
    whose surface overlaps it."""
    used = [False] * len(gold)
    tp = 0
    for text, value in found:
        for i, (gtext, _kind, gvalue) in enumerate(gold):
            if not used[i] and gvalue == value and (gtext in text or text in gtext):
                used[i] = True
                tp += 1
                break
    return tp, len(found), len(gold)


def _ours(text: str) -> list[tuple[str, Decimal]]:
    return [(q.text, q.value) for q in aidparse.extract_quantities(text)]


def _jionlp(jio: object) -> object:
    def run(text: str) -> list[tuple[str, Decimal]]:
        out = []
        for item in jio.ner.extract_money(text):  # type: ignore[attr-defined]
            num = item["detail"]["num"]  # a string, or [low, high] for vague amounts
            with contextlib.suppress(InvalidOperation, KeyError, IndexError):
                out.append((item["text"], Decimal(num[0] if isinstance(num, list) else num)))
        return out
    return run


def _recognizers(mod: object, culture: str) -> object:
    def run(text: str) -> list[tuple[str, Decimal]]:
        out = []
        for fn in ("recognize_currency", "recognize_dimension"):
            for r in getattr(mod, fn)(text, culture):
                with contextlib.suppress(InvalidOperation, TypeError, KeyError):
                    out.append((r.text, Decimal(str(r.resolution["value"])).normalize()))
        return out
    return run


def main() -> None:
    logging.disable(logging.CRITICAL)  # jionlp logs every failed time parse at ERROR
    texts = {p: aidparse.to_simplified(aidparse.clean(t).text)
             for p, t in zip(["000", "001", "002", "003", "004"], seed_texts(), strict=True)}
    gold = _annotations()
    tools: dict[str, object] = {"aidparse": _ours}
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        jio = optional("jionlp")
    if jio:
        tools["jionlp (money)"] = _jionlp(jio)
    rt = optional("recognizers_number_with_unit")
    if rt:
        from recognizers_text import Culture
        tools["recognizers-text"] = _recognizers(rt, Culture.Chinese)

    rows = []
    for name, fn in tools.items():
        totals = [0, 0, 0]
        money = [0, 0]
        cells: list[object] = [name]
        for seed, text in texts.items():
            found = [(t, v.normalize()) for t, v in fn(text)]  # type: ignore[operator]
            g = [(t, k, v.normalize()) for t, k, v in gold[seed]]
            tp, nf, ng = _score(found, g)
            totals = [a + b for a, b in zip(totals, (tp, nf, ng), strict=True)]
            gm = [x for x in g if x[1] == "money"]
            mtp, _, mng = _score(found, gm)
            money = [money[0] + mtp, money[1] + mng]
            cells.append(f"{tp}/{ng} · {tp}/{nf}")
        tp, nf, ng = totals
        cells.append(f"{100 * tp / ng:.1f}%")
        cells.append(f"{100 * tp / nf:.1f}%" if nf else "-")
        cells.append(f"{100 * money[0] / money[1]:.1f}%")
        rows.append(cells)
    print("recall (found/annotated) · precision (right/found), per seed:")
    print(table(["tool", *texts, "recall", "precision", "money recall"], rows))

    chars = sum(map(len, texts.values()))
    items = list(texts.values())

    def run(batch: list[str]) -> None:
        for t in batch:
            aidparse.extract_quantities(t)
            aidparse.extract_dates(t)

    sec = median_seconds(lambda: run(items))
    print(f"\nextract_quantities + extract_dates: {chars / sec:,.0f} characters/second")
    if jio:
        jsec = median_seconds(lambda: [(jio.ner.extract_money(t), jio.ner.extract_time(t))
                                       for t in items], repeat=3)
        print(f"jionlp extract_money + extract_time: {chars / jsec:,.0f} characters/second")
    if rt:
        from recognizers_text import Culture
        rsec = median_seconds(lambda: [rt.recognize_currency(t, Culture.Chinese) for t in items],
                              repeat=1)
        print(f"recognizers-text recognize_currency: {chars / rsec:,.0f} characters/second")
    small = "\n".join(items)[:10_000]
    s_small = median_seconds(lambda: run([small]))
    s_big = median_seconds(lambda: run([small * 1000]), repeat=1)
    print(f"linearity: a 10 MB input costs {s_big / s_small:.0f}x a 10 KB one (1000x is linear)")


if __name__ == "__main__":
    main()
