"""Traditional→Simplified speed beside the C++ OpenCC binding; first-call cost; linearity.

    python benchmarks/bench_script.py [--rounds 7]

The C++ binding (PyPI ``opencc``) installs a module named ``opencc`` like
opencc-python-reimplemented, aidparse's dependency, so it lives in a venv of its
own and runs in a subprocess that times itself::

    python3 -m venv /tmp/opencc-cpp-venv && /tmp/opencc-cpp-venv/bin/pip install opencc

(another location: set ``OPENCC_CPP_PYTHON`` to its python). Without it the
C++ column is skipped. Both sides convert the same texts, in alternating rounds,
timed in CPU seconds (``time.process_time``) by the process that converts;
the tables show medians. Outputs are compared too (the C++ binding's tables are
upstream's, so they must be equal). hanzidentifier, when installed, is timed
beside ``detect_script``.

Inputs: the repository's seeds written in each regional standard by
opencc-python-reimplemented (``s2t``, ``s2tw``, ``s2hk``), and, when
``../shared`` is present, the Traditional pages of the development corpus;
each repeated to about 10 kB and 1 MB of UTF-8.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import opencc
from _common import optional, seed_texts, table

from aidparse.script.convert import VARIANTS, to_simplified
from aidparse.script.detect import detect_script
from aidparse.script.variant import detect_variant

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CPP_PYTHON = pathlib.Path(os.environ.get("OPENCC_CPP_PYTHON", "/tmp/opencc-cpp-venv/bin/python"))
SIZES = {"10 kB": 10_000, "1 MB": 1_000_000}

WORKER = r"""
import hashlib, json, sys, time
import opencc
texts = {}
converters = {}
for line in sys.stdin:
    msg = json.loads(line)
    if msg["op"] == "text":
        texts[msg["id"]] = msg["text"]
        continue
    variant = msg["variant"]
    if variant not in converters:
        converters[variant] = opencc.OpenCC(variant)
    convert, text = converters[variant].convert, texts[msg["id"]]
    start = time.process_time()
    for _ in range(msg["repeat"]):
        out = convert(text)
    seconds = (time.process_time() - start) / msg["repeat"]
    print(json.dumps({"seconds": seconds,
                      "sha": hashlib.sha256(out.encode("utf-8")).hexdigest()}), flush=True)
"""


class Cpp:
    """The C++ binding in its own venv, converting and timing on request."""

    def __init__(self, python: pathlib.Path) -> None:
        self.proc = subprocess.Popen([str(python), "-c", WORKER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def send(self, msg: dict[str, object]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(msg, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def time(self, text_id: str, variant: str, repeat: int) -> tuple[float, str]:
        self.send({"op": "time", "id": text_id, "variant": variant, "repeat": repeat})
        assert self.proc.stdout is not None
        reply = json.loads(self.proc.stdout.readline())
        return float(reply["seconds"]), str(reply["sha"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def sized(base: str, size: int) -> str:
    """``base`` repeated and cut to about ``size`` bytes of UTF-8."""
    per_char = len(base.encode("utf-8")) / len(base)
    n = int(size / per_char)
    return (base * (n // len(base) + 1))[:n]


def inputs() -> dict[str, tuple[str, str]]:
    """name -> (variant the text is written for, text)."""
    seeds = "\n".join(seed_texts())
    out = {f"seeds s2{v[:-2]}": (v, opencc.OpenCC(f"s2{v[:-2]}").convert(seeds))
           for v in VARIANTS}
    index = CORPUS / "INDEX.tsv"
    if index.exists():
        rows = [ln.split("\t") for ln in index.read_text(encoding="utf-8").splitlines()[1:]]
        pages = [(CORPUS / r[0]).read_text(encoding="utf-8") for r in rows if r[3] == "traditional"]
        out["corpus Traditional"] = ("", "\n".join(pages))
    return out


def ours_seconds(text: str, variant: str, repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        to_simplified(text, variant)  # type: ignore[arg-type]
    return (time.process_time() - start) / repeat


def speed(rounds: int) -> None:
    cpp = Cpp(CPP_PYTHON) if CPP_PYTHON.exists() else None
    rows = []
    for name, (written_for, base) in inputs().items():
        for label, size in SIZES.items():
            text = sized(base, size)
            mb = len(text.encode("utf-8")) / 1e6
            text_id = f"{name} {label}"
            if cpp:
                cpp.send({"op": "text", "id": text_id, "text": text})
            repeat = max(1, int(0.05 / (mb / 30)))  # about 50 ms per timing
            for variant in VARIANTS if not written_for else (written_for,):
                to_simplified(text, variant)  # type: ignore[arg-type]  # tables loaded
                ours, theirs, same = [], [], True
                for _ in range(rounds):  # alternate: ours, then theirs
                    ours.append(ours_seconds(text, variant, repeat))
                    if cpp:
                        seconds, sha = cpp.time(text_id, variant, repeat)
                        theirs.append(seconds)
                        mine = to_simplified(text, variant)  # type: ignore[arg-type]
                        same &= sha == hashlib.sha256(mine.encode("utf-8")).hexdigest()
                o = statistics.median(ours)
                row = [name, label, variant, f"{mb / o:.1f}"]
                if cpp:
                    t = statistics.median(theirs)
                    row += [f"{mb / t:.1f}", f"{o / t:.2f}", "yes" if same else "NO"]
                rows.append(row)
    header = ["input", "size", "config", "aidparse MB/s"]
    if cpp:
        cpp.close()
        header += ["C++ OpenCC MB/s", "time ratio (aidparse / C++)", "same output"]
    else:
        print(f"(C++ OpenCC column skipped: no {CPP_PYTHON}; create it with\n"
              "  python3 -m venv /tmp/opencc-cpp-venv && /tmp/opencc-cpp-venv/bin/pip install opencc\n"
              " or set OPENCC_CPP_PYTHON)\n")
    print(table(header, rows))


FIRST_CALL = {
    "aidparse": "from aidparse.script.convert import to_simplified as f",
    "C++ OpenCC": "import opencc; f = opencc.OpenCC('t2s').convert",
}


def first_call(runs: int = 5) -> None:
    """Import and first conversion in a fresh process, CPU milliseconds (median of ``runs``)."""
    rows = []
    for name, setup in FIRST_CALL.items():
        python = sys.executable if name == "aidparse" else str(CPP_PYTHON)
        if not pathlib.Path(python).exists():
            continue
        code = ("import time; a = time.process_time(); " + setup + "; b = time.process_time(); "
                "f('東營援疆'); c = time.process_time(); print(b - a, c - b)")
        times = [tuple(map(float, subprocess.run([python, "-c", code], capture_output=True, text=True,
                                                check=True).stdout.split())) for _ in range(runs)]
        rows.append([name, f"{statistics.median(t[0] for t in times) * 1000:.0f}",
                     f"{statistics.median(t[1] for t in times) * 1000:.0f}"])
    print(table(["t2s", "import (C++: and OpenCC('t2s')) ms", "first conversion ms"], rows))


def linearity() -> None:
    """CPU µs per character by kind of input and size, against ordinary Traditional text."""
    normal = inputs()["seeds s2t"][1]
    kinds: dict[str, str] = {
        "ordinary Traditional": normal,
        "乾坤 repeated (a phrase per 2 characters)": "乾坤",
        "乾 repeated (every character starts phrases)": "乾",
        "一 repeated (commonest phrase start)": "一",
        "著作 repeated (Taiwan exception)": "著作",
        "no separators (punctuation removed)": "".join(ch for ch in normal if ch.isalnum()),
    }
    sizes = {"10 kB": 10_000, "100 kB": 100_000, "1 MB": 1_000_000}
    header = ["input", *(f"{v} {s}" for v in ("t2s", "tw2s") for s in sizes)]
    base: dict[str, float] = {}
    rows = []
    for kind, unit in kinds.items():
        row = [kind]
        for variant in ("t2s", "tw2s"):
            to_simplified(unit, variant)  # type: ignore[arg-type]  # tables loaded
            for label, size in sizes.items():
                text = sized(unit, size)
                runs = [ours_seconds(text, variant, 1) for _ in range(3)]
                per_char = statistics.median(runs) / len(text) * 1e6
                key = f"{variant} {label}"
                base.setdefault(key, per_char)
                row.append(f"{per_char:.3f} ({per_char / base[key]:.1f}×)")
        rows.append(row)
    print(table(header, rows))


def detection() -> None:
    simplified = sized("\n".join(t for t in seed_texts() if detect_script(t).script.value == "simplified"),
                       1_000_000)
    taiwan = sized(inputs()["seeds s2tw"][1], 1_000_000)
    rows = []
    cases: list[tuple[str, Callable[[str], object], str]] = [
        ("detect_script", detect_script, simplified),
        ("detect_script (Traditional: with the variant)", detect_script, taiwan),
        ("detect_variant", detect_variant, taiwan),
    ]
    hanzi = optional("hanzidentifier")
    if hanzi:
        cases.append(("hanzidentifier.identify (one verdict per document)", hanzi.identify, simplified))
    for name, fn, text in cases:
        fn(text)
        seconds = statistics.median(ours_cpu(fn, text) for _ in range(5))
        label = "Simplified seeds" if text is simplified else "seeds s2tw"
        rows.append([name, label, f"{len(text.encode('utf-8')) / 1e6 / seconds:.1f}"])
    print(table(["1 MB of", "text", "MB/s"], rows))


def ours_cpu(fn: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    fn(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print("## Conversion speed (CPU time, medians of alternating rounds)\n")
    speed(args.rounds)
    print("\n## First call in a fresh process (CPU, median of 5 processes)\n")
    first_call()
    print("\n## Cost per character (µs, × ordinary text of the same size)\n")
    linearity()
    print("\n## Detection\n")
    detection()


if __name__ == "__main__":
    main()
