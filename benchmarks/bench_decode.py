"""Encoding detection: exact-decode rate by snippet length, and speed against charset-normalizer.

Snippets of 8 to 512 characters and whole documents are cut from the seeds and
encoded in every supported encoding (Traditional encodings after OpenCC s2t);
aidparse and, when installed, chardet, charset-normalizer and cchardet decode
them side by side in one run.

Speed: the whole seeds re-encoded in GBK, Big5 (after s2t) and UTF-8; each
round times every detector once over all documents, detectors alternating in
a rotating order; CPU time (``time.process_time``), median over the rounds.
``aidparse.detect_encoding`` is set against ``charset_normalizer.from_bytes(b).best()``
(each names an encoding), and ``aidparse.decode`` (text and damage ranges) against
``str(from_bytes(b).best())``; the ratio is charset-normalizer's time over aidparse's.

    python benchmarks/bench_decode.py
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable

import opencc
from _common import alternating_cpu, optional, seed_texts, table

import aidparse

ENCODINGS = ["utf-8", "gb18030", "gbk", "big5", "big5hkscs", "utf-16-le", "utf-16-be"]
LENGTHS = [8, 16, 32, 64, 128, 512, 0]  # 0 = whole document


def _samples(seed: int = 7, per_length: int = 150) -> dict[int, list[tuple[str, str, bytes]]]:
    rng = random.Random(seed)
    texts = seed_texts()
    s2t = opencc.OpenCC("s2t")
    out: dict[int, list[tuple[str, str, bytes]]] = {}
    for n in LENGTHS:
        rows = []
        pieces = texts if n == 0 else []
        for _ in range(0 if n == 0 else per_length):
            t = rng.choice(texts)
            start = rng.randrange(max(1, len(t) - n))
            pieces.append(t[start : start + n])
        for piece in pieces:
            for enc in ENCODINGS:
                text = s2t.convert(piece) if enc.startswith("big5") else piece
                try:
                    rows.append((enc, text, text.encode(enc)))
                except UnicodeEncodeError:
                    continue
        out[n] = rows
    return out


def _aidparse(data: bytes) -> str:
    return aidparse.decode(data).text


def _by_guess(module: object) -> object:
    """Adapter for detectors that return {'encoding': name} (chardet, cchardet)."""
    def run(data: bytes) -> str:
        enc = module.detect(data)["encoding"] or "utf-8"  # type: ignore[attr-defined]
        return data.decode(enc, errors="replace")
    return run


def _detectors() -> dict[str, object]:
    found: dict[str, object] = {"aidparse": _aidparse}
    for label, name in (("chardet", "chardet"), ("cchardet", "cchardet")):
        module = optional(name)
        if module:
            found[label] = _by_guess(module)
    cn = optional("charset_normalizer")
    if cn:
        def run_cn(data: bytes, m: object = cn) -> str:
            best = m.from_bytes(data).best()  # type: ignore[attr-defined]
            return str(best) if best is not None else ""
        found["charset-normalizer"] = run_cn
    return found


def main() -> None:
    samples = _samples()
    detectors = _detectors()
    rows = []
    for n in LENGTHS:
        row: list[object] = ["document" if n == 0 else n]
        for fn in detectors.values():
            ok = 0
            for _, text, data in samples[n]:
                # a reference tool that raises counts as a miss
                with contextlib.suppress(Exception):
                    ok += fn(data) == text  # type: ignore[operator]
            row.append(f"{100 * ok / len(samples[n]):.2f}%")
        rows.append(row)
    print(table(["characters", *detectors], rows))
    docs = [t * 20 for t in seed_texts()]
    for enc in ("gb18030", "big5", "utf-8"):
        conv = opencc.OpenCC("s2t").convert if enc == "big5" else str
        blobs = [conv(d).encode(enc, errors="replace") for d in docs]
        size = sum(map(len, blobs))
        sec = alternating_cpu({"decode": lambda b=blobs: [aidparse.decode(x) for x in b]}, rounds=5)["decode"]
        print(f"throughput {enc} (seeds repeated 20 times, CPU time): {size / sec / 1e6:.1f} MB/s")
    print()
    speed()



def speed() -> None:
    cn = optional("charset_normalizer")
    if cn is None:
        print("speed: charset-normalizer is not installed; skipped")
        return
    s2t = opencc.OpenCC("s2t")
    rows = []
    for label, enc, conv in (("GBK", "gbk", str), ("Big5", "big5", s2t.convert), ("UTF-8", "utf-8", str)):
        blobs = [conv(t).encode(enc, errors="ignore") for t in seed_texts()]
        size = sum(map(len, blobs))
        fns: dict[str, Callable[[], object]] = {
            "aidparse detect": lambda b=blobs: [aidparse.detect_encoding(x) for x in b],
            "cn best": lambda b=blobs: [cn.from_bytes(x).best() for x in b],
            "aidparse decode": lambda b=blobs: [aidparse.decode(x) for x in b],
            "cn text": lambda b=blobs: [str(cn.from_bytes(x).best()) for x in b],
        }
        med = alternating_cpu(fns)
        n = len(blobs)
        rows.append([label, n, f"{size / n / 1000:.1f} kB",
                     f"{1e3 * med['aidparse detect'] / n:.3f}", f"{1e3 * med['cn best'] / n:.3f}",
                     f"{med['cn best'] / med['aidparse detect']:.2f}x",
                     f"{1e3 * med['aidparse decode'] / n:.3f}", f"{1e3 * med['cn text'] / n:.3f}",
                     f"{med['cn text'] / med['aidparse decode']:.2f}x"])
    print(table(["documents", "n", "mean size", "aidparse detect ms",
                 f"charset-normalizer {cn.__version__} ms", "ratio", "aidparse decode ms", "cn text ms",
                 "ratio"], rows))


if __name__ == "__main__":
    main()
