"""Speed work changes no output: every report's JSON before and after, byte for byte.

    python benchmarks/compare_outputs.py --save /tmp/before.json     # on the old code
    python benchmarks/compare_outputs.py --check /tmp/before.json    # on the new code
    python benchmarks/compare_outputs.py --save /tmp/before.json --generated 300   # quicker

Inputs: the seeds (as bytes, and encoded as GB18030, Big5 and UTF-16), every
page of ``../shared/corpus`` (as bytes; skipped when absent) and ``--generated``
inputs from each of ``fuzz_parse.py``'s generators (mutated bytes and text,
Hypothesis bytes, text and token soups). ``--repairs N`` adds N rounds of pages
with synthetic converter damage (``_gbk_sites.make_page`` on the seeds and the
corpus), whose output is what the misaligned-GBK repair alone finds on them
(``scan_misaligned_gbk``: each change with its confidence and alternatives, and
the sites it declined); these pages are saved like the generated inputs. The generated inputs are saved with
the outputs and ``--check`` parses the saved ones: Hypothesis draws string
constants from the code under test, so a change of code changes what it draws.
For each input the file keeps ``model_dump_json()`` of the report — in full for
the seeds and the corpus, as a SHA-256 for generated inputs — or the
exception's type and message. ``--check`` prints every input whose output
differs (with the first differing position of the JSON when it was kept in full)
and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import fuzz_parse

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def cases(generated: int, seed: int, saved: dict[str, list[str]] | None = None
          ) -> Iterator[tuple[str, bytes | str, bool]]:
    """(name, input, keep the JSON in full); generated inputs from ``saved`` when given."""
    for path in sorted(SEEDS.glob("*.txt")):
        data = path.read_bytes()
        yield f"seed/{path.name}", data, True
        text = data.decode("utf-8")
        yield f"seed-text/{path.name}", text, True
        for enc in ("gb18030", "big5", "utf-16"):
            yield f"seed-{enc}/{path.name}", text.encode(enc, errors="replace"), True
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.txt")):
            yield f"corpus/{path.name}", path.read_bytes(), True
    else:
        print(f"{CORPUS} is absent: corpus pages skipped", file=sys.stderr)
    if saved is not None:
        for name, (form, value) in saved.items():
            raw = base64.b64decode(value)
            yield name, raw if form == "b" else raw.decode("utf-32-le", "surrogatepass"), False
        return
    for n, kind in enumerate(fuzz_parse.GENERATORS):
        for i, data in enumerate(fuzz_parse.inputs(kind, generated, seed + n)):
            yield f"{kind}/{i}", data, False


def _stored(data: bytes | str) -> list[str]:
    """An input as JSON holds it exactly: ``["b", base64]`` or ``["s", base64 of UTF-32]``.

    (Text goes as UTF-32: JSON would join a lone high and low surrogate into one character.)
    """
    if isinstance(data, bytes):
        return ["b", base64.b64encode(data).decode()]
    return ["s", base64.b64encode(data.encode("utf-32-le", "surrogatepass")).decode()]


def repair_pages(rounds: int) -> Iterator[tuple[str, str]]:
    """(name, text) of pages with synthetic converter damage: ``rounds`` draws over the
    seeds and the corpus (both halves)."""
    import random

    import _gbk_sites

    pages = [*_gbk_sites.sources("seeds"), *_gbk_sites.sources("dev"), *_gbk_sites.sources("eval")]
    for r in range(rounds):
        rng = random.Random(r)
        for name, text in pages:
            yield f"repair/{r}/{name}", _gbk_sites.make_page(text, rng).text


def repair_output(text: str) -> str:
    """What the misaligned-GBK repair finds on ``text``: its changes and declined sites."""
    from aidparse.cleaning.misaligned import scan_misaligned_gbk

    return repr(scan_misaligned_gbk(text))


def output(data: bytes | str) -> str:
    import aidparse

    try:
        return aidparse.parse(data).model_dump_json()
    except Exception as exc:  # the same exception before and after is the same output
        return f"{type(exc).__name__}: {exc}"


def main() -> int:
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the outputs here")
    mode.add_argument("--check", type=Path, help="compare with the outputs saved here")
    parser.add_argument("--generated", type=int, default=1000,
                        help="inputs per fuzz generator (--save; --check parses the saved ones)")
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--repairs", type=int, default=0,
                        help="rounds of synthetically damaged pages for the misaligned-GBK repair"
                             " (--save; --check reads the saved pages)")
    args = parser.parse_args()
    if not SEEDS.exists():
        print("no seeds found; nothing to compare")
        return 0
    logging.disable(logging.CRITICAL)
    saved: dict[str, str] = {}
    inputs: dict[str, list[str]] | None = None
    if args.check:
        stored = json.loads(args.check.read_text(encoding="utf-8"))
        saved, inputs = stored["outputs"], stored["inputs"]
    results: dict[str, str] = {}
    generated: dict[str, list[str]] = {}
    differ = missing = 0
    if inputs is not None:
        repairs = [(k, base64.b64decode(v).decode("utf-32-le", "surrogatepass"))
                   for k, (_, v) in inputs.items() if k.startswith("repair/")]
        inputs = {k: v for k, v in inputs.items() if not k.startswith("repair/")}
    else:
        repairs = list(repair_pages(args.repairs))
    for name, data, full in [*cases(args.generated, args.seed, inputs),
                             *((k, text, False) for k, text in repairs)]:
        out = repair_output(str(data)) if name.startswith("repair/") else output(data)
        kept = out if full else hashlib.sha256(out.encode("utf-8", "surrogatepass")).hexdigest()
        results[name] = kept
        if not full:
            generated[name] = _stored(data)
        if not args.check:
            continue
        if name not in saved:
            missing += 1
            continue
        if saved[name] != kept:
            differ += 1
            where = ""
            if full:
                old = saved[name]
                i = next((k for k, (a, b) in enumerate(zip(old, kept, strict=False)) if a != b),
                         min(len(old), len(kept)))
                before, after = old[max(0, i - 60) : i + 60], kept[max(0, i - 60) : i + 60]
                where = f" at {i}: before {before!r} / after {after!r}"
            print(f"DIFFERS {name}{where}" if full else f"DIFFERS {name}: input {data!r:.300}")
    if args.save:
        args.save.write_text(json.dumps({"outputs": results, "inputs": generated}), encoding="utf-8")
        print(f"saved {len(results):,} outputs to {args.save}")
        return 0
    same = len(results) - differ - missing
    print(f"{len(results):,} inputs: {same:,} identical, {differ:,} differ,"
          f" {missing:,} not in the saved file")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
