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

from _common import median_cpu, median_seconds, optional, seed_texts, table

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
    cpu = median_cpu(lambda: run(items))
    q_cpu = median_cpu(lambda: [aidparse.extract_quantities(t) for t in items])
    print(f"  in CPU time (less distorted by a busy machine): {chars / cpu:,.0f} characters/second"
          f" ({chars / q_cpu:,.0f} for extract_quantities alone)")
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
    adversarial("\n".join(items))


#: Inputs built to make a pattern backtrack or a context lookup rescan, each repeated to size.
#: The first group must cost no more than normal text; the last group is nothing but dates,
#: one mention every few characters, so its cost is that of building the results.
ADVERSARIAL = {
    "date + spaces": lambda n: "2023年5月24日" + " " * n,
    "year + spaces + 年": lambda n: "2023" + " " * n + "年",
    "date + U+3000 + 至": lambda n: "5月24日" + "\u3000" * n + "至",
    "years without 年": lambda n: ("2023 " * n)[:n],
    "digits": lambda n: "1" * n,
    "年年年": lambda n: "年" * n,
    "周周周": lambda n: "周" * n,
    "《 + 今日 (rejected)": lambda n: "《" + "今日" * (n // 2),
    "dense: open ranges": lambda n: ("2023年1—" * n)[:n],
    "dense: range chain": lambda n: ("5月24日至" * n)[:n],
    "dense: years, month-days": lambda n: ("2010年\n5月\n" * n)[:n],
    # quantities (issue 9): stacked magnitudes, bare ones, spaced numerals, long runs
    "亿亿亿": lambda n: "一" + "亿" * (n - 1),
    "万元万元": lambda n: ("万元" * n)[:n],
    "一 一 一 (spaced)": lambda n: ("一 " * n)[:n],
    "1,000,000,…": lambda n: ("1,000" * n)[:n],
    "百分之百分之": lambda n: ("百分之" * n)[:n],
    "digits + 多元": lambda n: "1" * (n - 2) + "多元",
    "dense: 420余万元": lambda n: ("420余万元," * n)[:n],
}


def adversarial(normal: str) -> None:
    """Per-character cost of each adversarial input relative to normal text, at three sizes
    (issue 9: within 3x of normal text and linear)."""
    def cost(text: str) -> float:
        def run() -> None:
            aidparse.extract_quantities(text)
            aidparse.extract_dates(text)
        return median_seconds(run, repeat=3) / len(text)

    sizes = [10_000, 100_000, 1_000_000]
    base = {n: cost((normal * (n // len(normal) + 1))[:n]) for n in sizes}
    rows = []
    for name, make in ADVERSARIAL.items():
        rows.append([name, *(f"{cost(make(n)) / base[n]:.2f}x" for n in sizes)])
    print("\nper-character cost relative to normal text (extract_quantities + extract_dates):")
    print(table(["input", "10 KB", "100 KB", "1 MB"], rows))


if __name__ == "__main__":
    main()
