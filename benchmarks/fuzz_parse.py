"""Fuzz ``aidparse.parse`` (issue 9): mutated pages and Hypothesis inputs, invariants checked.

    python benchmarks/fuzz_parse.py                      # 100,000 inputs on 2 processes
    python benchmarks/fuzz_parse.py --inputs 5000 --jobs 1 --out /tmp/violations.json
    python benchmarks/fuzz_parse.py --hashseed 2000      # determinism across PYTHONHASHSEED only

Inputs, in equal shares (``--inputs`` in all):

* ``mutate-bytes`` — the seeds (and ``../shared/corpus`` when present) in
  UTF-8, GB18030, Big5, UTF-16 with and without BOM, bare or wrapped in HTML
  with a declared charset, then cut to a window and mutated: bytes flipped,
  deleted, inserted, duplicated, spliced from another page, truncated, and
  adversarial tokens inserted (unclosed comments, entities, bidi controls,
  digit runs, stacked magnitudes, overlapping bylines, odd charsets ...);
* ``mutate-text`` — the same on ``str`` input, lone surrogates included;
* ``hypothesis-bytes`` — ``st.binary()``;
* ``hypothesis-text`` — ``st.text()`` over every Unicode category, surrogates included;
* ``hypothesis-tokens`` — texts assembled from the tokens above and Han characters.

Invariants checked on every input (a violation is reported by kind, with the
shortest reproducer found, then shrunk by deleting chunks while the same
violation persists; ``--out`` saves them all as JSON):

* ``parse`` raises nothing but ``AidparseError``;
* spans are exact: ``report.text[q.span.start:q.span.end] == q.text`` for
  every quantity and date, and ``p.mention`` for every place;
* every character is accounted for: ``report.edits.apply(report.original_text) == report.text``;
* the JSON round trip gives an equal report, and so does ``pickle``;
* output is deterministic under any hash seed: two subprocesses with
  different ``PYTHONHASHSEED`` parse the same inputs to the same JSON
  (``--hashseed N`` inputs, 2,000 by default in the full run).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import multiprocessing
import os
import pickle
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"

#: Adversarial fragments inserted by the mutators and assembled by the token strategy.
TOKENS: tuple[str, ...] = (
    "<!--", "-->", "<script>", "</script>", "<style>", "<p>", "</p>", "<br>", "<div class=x>",
    "&amp;", "&nbsp;", "&#13;", "&#x202E;", "&#12288;", "&lt;", "&#99999999;", "&#xD800;",
    "\u202e", "\u2066", "\u200b", "\ufeff", "\x00", "\x1b", "\r\n", "\r", "\n\n\n", "\t",
    " " * 40, "\u3000" * 40, "?", "??", "\ufffd",
    "1" * 30, "9" * 12, "0", "0.5", "1,234.5", "一亿亿亿元", "亿" * 8, "万", "元", "万元", "亿元",
    "多", "余", "近", "约", "几", "0几万吨", "3-5万", "百分之", "%", "名", "个", "人次", "平方米", "亩",
    "2023年7月18日", "2020年3月", "年", "月", "日", "至", "—", "~",
    "第十批", "援疆", "衢州", "乌什县", "一师四团", "12师221团", "兵团", "指挥部",
    "本报讯", "新华社讯", "(记者 张三)", "(通讯员 李四)", "记者", "责任编辑:", "来源:", "编辑:",
    "(yíng)", "(xué)", "東營", "乾坤", "資金", "萬元", "發展",
    "<meta charset=hex>", "<meta charset=gbk>", "<meta charset=big5>", "<meta charset=utf-7>",
    '<?xml version="1.0" encoding="rot13"?>', "Ã¤Â¸Â­", "Ã©Â", "ÖÐ¹ú",
)
ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16", "utf-8-sig")


# ---------------------------------------------------------------- the invariants


def check(data: bytes | str) -> list[tuple[str, str]]:
    """The invariants violated by ``parse(data)``: (kind, detail) pairs."""
    import aidparse
    from aidparse.models import AidReport

    try:
        report = aidparse.parse(data)
    except aidparse.AidparseError:
        return []
    except RecursionError:
        return [("exception", "RecursionError")]
    except Exception as exc:
        return [("exception", _where(exc))]
    out: list[tuple[str, str]] = []
    text = report.text
    for q in report.quantities:
        if text[q.span.start : q.span.end] != q.text:
            out.append(("span", "quantity"))
            break
    for d in report.dates:
        if text[d.span.start : d.span.end] != d.text:
            out.append(("span", "date"))
            break
    for p in [report.donor, *report.recipients]:
        if p is not None and p.span is not None and text[p.span.start : p.span.end] != p.mention:
            out.append(("span", "place"))
            break
    try:
        if report.edits.apply(report.original_text) != text:
            out.append(("accounting", "edits.apply(original_text) != text"))
    except Exception as exc:
        out.append(("accounting", _where(exc)))
    try:
        if AidReport.model_validate_json(report.model_dump_json()) != report:
            out.append(("json-round-trip", "not equal"))
    except Exception as exc:
        out.append(("json-round-trip", _where(exc)))
    try:
        if pickle.loads(pickle.dumps(report)) != report:
            out.append(("pickle-round-trip", "not equal"))
    except Exception as exc:
        out.append(("pickle-round-trip", _where(exc)))
    return out


def _where(exc: BaseException) -> str:
    """The exception type and the innermost aidparse frame that raised it."""
    tb = exc.__traceback__
    where = ""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "aidparse" in name:
            where = f"{Path(name).parent.name}/{Path(name).name}:{tb.tb_frame.f_code.co_name}"
        tb = tb.tb_next
    return f"{type(exc).__name__} in {where or '?'}"


# ---------------------------------------------------------------- the inputs


def pages() -> list[str]:
    """Seeds, then the corpus when it is there (in file order: no set, no hash order)."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _encode(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(ENCODINGS)
    if rng.random() < 0.3:
        declared = rng.choice(["utf-8", "gbk", "big5", "gb2312", "utf-16", "hex", "rot13", "latin-1"])
        head = f'<html><head><meta charset="{declared}"><title>t</title></head>'
        text = f"{head}<body><p>{text}</p></body></html>"
    return text.encode(encoding, errors="replace")


def _mutate(seq: Any, rng: random.Random, other: Any, token: Callable[[], Any]) -> Any:
    """One to four random mutations of a bytes or str sequence."""
    for _ in range(rng.randint(1, 4)):
        n = len(seq)
        i = rng.randint(0, n)
        j = min(n, i + rng.randint(0, 64))
        op = rng.randrange(7)
        if op == 0 and n:  # flip (replace) one element
            k = rng.randrange(n)
            seq = seq[:k] + _random_unit(seq, rng) + seq[k + 1 :]
        elif op == 1:  # delete a slice
            seq = seq[:i] + seq[j:]
        elif op == 2:  # insert random units
            units = [_random_unit(seq, rng) for _ in range(rng.randint(1, 8))]
            seq = seq[:i] + seq[:0].join(units) + seq[i:]
        elif op == 3:  # duplicate a slice
            seq = seq[:j] + seq[i:j] * rng.randint(1, 20) + seq[j:]
        elif op == 4 and other:  # splice another page in
            a = rng.randint(0, len(other))
            seq = seq[:i] + other[a : a + rng.randint(1, 400)] + seq[j:]
        elif op == 5:  # truncate
            seq = seq[:i]
        else:  # insert an adversarial token
            seq = seq[:i] + token() * rng.choice([1, 1, 1, 2, 5, 50]) + seq[i:]
    return seq


def _random_unit(seq: Any, rng: random.Random) -> Any:
    if isinstance(seq, bytes):
        return bytes([rng.randrange(256)])
    pools = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x80, 0x2FF),
             (0xD800, 0xDFFF), (0x0, 0x1F), (0x200B, 0x206F), (0x10000, 0x10FFFF)]
    lo, hi = rng.choice(pools)
    return chr(rng.randint(lo, hi))


def mutated(kind: str, count: int, seed: int) -> Iterator[bytes | str]:
    """``count`` mutated inputs, as bytes (``mutate-bytes``) or text (``mutate-text``)."""
    rng = random.Random(seed)
    docs = pages()
    for _ in range(count):
        doc = rng.choice(docs)
        start = rng.randint(0, max(0, len(doc) - 50))
        window = doc[start : start + rng.choice([50, 200, 800, 3000])]
        other = rng.choice(docs)
        if kind == "mutate-bytes":
            data = _encode(window, rng)
            yield _mutate(data, rng, other.encode("utf-8"),
                          lambda: _encode(rng.choice(TOKENS), random.Random(rng.random())))
        else:
            yield _mutate(window, rng, other, lambda: rng.choice(TOKENS))


def hypothesis_inputs(kind: str, count: int, seed: int) -> Iterator[bytes | str]:
    """``count`` inputs drawn by Hypothesis (generation only, no database, seeded)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    strategy: Any
    if kind == "hypothesis-bytes":
        strategy = st.binary(max_size=2000)
    elif kind == "hypothesis-text":
        strategy = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)
    else:
        han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
        strategy = st.lists(st.one_of(st.sampled_from(TOKENS), han, st.sampled_from(" ,。\n")),
                            max_size=80).map("".join)
    drawn: list[bytes | str] = []

    @hseed(seed)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(value: bytes | str) -> None:
        drawn.append(value)

    collect()
    yield from drawn


GENERATORS = ("mutate-bytes", "mutate-text", "hypothesis-bytes", "hypothesis-text", "hypothesis-tokens")


def inputs(kind: str, count: int, seed: int) -> Iterator[bytes | str]:
    if kind.startswith("mutate"):
        return mutated(kind, count, seed)
    return hypothesis_inputs(kind, count, seed)


# ---------------------------------------------------------------- running


def run_chunk(task: tuple[str, int, int]) -> tuple[str, int, dict[str, list[Any]]]:
    """Check ``count`` inputs of one generator; violations by kind: [count, shortest input]."""
    kind, count, seed = task
    import logging

    logging.disable(logging.CRITICAL)
    found: dict[str, list[Any]] = {}
    n = 0
    for data in inputs(kind, count, seed):
        n += 1
        for violation in check(data):
            key = " | ".join(violation)
            entry = found.setdefault(key, [0, data])
            entry[0] += 1
            if len(data) < len(entry[1]):
                entry[1] = data
    return kind, n, found


def digests(count: int, seed: int) -> list[str]:
    """What each of the first ``count`` mutated inputs parses to (a hash of its JSON, or the error)."""
    import aidparse

    out = []
    per = count // 2
    for data in [*mutated("mutate-bytes", per, seed), *mutated("mutate-text", count - per, seed + 1)]:
        try:
            out.append(hashlib.sha256(aidparse.parse(data).model_dump_json().encode()).hexdigest()[:16])
        except Exception as exc:
            out.append(type(exc).__name__)
    return out


def hashseed_check(count: int, seed: int) -> tuple[int, int]:
    """(inputs, inputs whose output differs) between PYTHONHASHSEED=1 and =2."""
    results = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, __file__, "--emit-digests", str(count), "--seed", str(seed)],
                             capture_output=True, text=True, env=env, check=True)
        results.append(json.loads(out.stdout))
    a, b = results
    return len(a), sum(x != y for x, y in zip(a, b, strict=True))


def shrink(data: Any, key: str, budget: int = 400) -> Any:
    """A shorter input with the same violation: chunks deleted while it persists."""
    def keeps(candidate: Any) -> bool:
        return key in (" | ".join(v) for v in check(candidate))

    size = max(1, len(data) // 2)
    while size >= 1 and budget > 0:
        i = 0
        while i < len(data) and budget > 0:
            candidate = data[:i] + data[i + size :]
            budget -= 1
            if keeps(candidate):
                data = candidate
            else:
                i += size
        size //= 2
    return data


def _show(data: bytes | str, limit: int = 160) -> str:
    text = repr(data)
    unit = "bytes" if isinstance(data, bytes) else "chars"
    return text if len(text) <= limit else text[:limit] + f"... ({len(data)} {unit})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--chunk", type=int, default=500)
    parser.add_argument("--generators", default=",".join(GENERATORS))
    parser.add_argument("--hashseed", type=int, default=2000, help="inputs for the hash-seed check (0: skip)")
    parser.add_argument("--out", type=Path, help="save every violation's shortest reproducer here (JSON)")
    parser.add_argument("--emit-digests", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit_digests:
        print(json.dumps(digests(args.emit_digests, args.seed)))
        return
    if not SEEDS.exists():
        print("no seeds found; nothing to fuzz")
        return
    generators = args.generators.split(",")
    per = args.inputs // len(generators)
    tasks = [(kind, min(args.chunk, per - done), args.seed + 7919 * i + done)
             for i, kind in enumerate(generators) for done in range(0, per, args.chunk)]
    start = time.time()
    totals: collections.Counter[str] = collections.Counter()
    violations: dict[str, list[Any]] = {}
    where: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with multiprocessing.Pool(args.jobs) as pool:
        for kind, n, found in pool.imap_unordered(run_chunk, tasks):
            totals[kind] += n
            for key, (count, data) in found.items():
                where[key][kind] += count
                entry = violations.setdefault(key, [0, data])
                entry[0] += count
                if len(data) < len(entry[1]):
                    entry[1] = data
            done = sum(totals.values())
            if done % 10_000 < args.chunk:
                print(f"  {done:,} inputs, {len(violations)} kinds of violation, "
                      f"{time.time() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"inputs checked: {sum(totals.values()):,} in {time.time() - start:.0f} s "
          f"({', '.join(f'{k} {v:,}' for k, v in totals.items())})")
    if args.hashseed:
        n, differ = hashseed_check(args.hashseed, args.seed)
        print(f"hash-seed determinism: {n:,} inputs parsed under PYTHONHASHSEED=1 and =2, {differ} differ")
        if differ:
            violations["determinism | output depends on PYTHONHASHSEED"] = [differ, ""]
    import logging

    logging.disable(logging.CRITICAL)
    for key, entry in violations.items():
        if entry[1] != "":
            entry[1] = shrink(entry[1], key)
    if not violations:
        print("violations: none")
    else:
        print(f"violations by kind ({len(violations)}):")
        for key, (count, data) in sorted(violations.items(), key=lambda kv: -kv[1][0]):
            print(f"  {count:>6}  {key}   [{', '.join(f'{k} {v}' for k, v in where[key].items())}]")
            print(f"          reproducer (shrunk): {_show(data)}")
    if args.out:
        args.out.write_text(json.dumps(
            {k: {"count": c, "input": d if isinstance(d, str) else None,
                 "input_bytes_hex": d.hex() if isinstance(d, bytes) else None}
             for k, (c, d) in violations.items()}, ensure_ascii=True, indent=1))


if __name__ == "__main__":
    main()
