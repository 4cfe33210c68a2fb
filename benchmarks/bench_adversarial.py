"""Adversarial inputs (issue 9): per-character cost relative to normal text, at 10 KB, 100 KB, 1 MB.

    python benchmarks/bench_adversarial.py                  # every kind, 10 KB to 1 MB
    python benchmarks/bench_adversarial.py --timeout 30 --kinds spaces,amp
    python benchmarks/bench_adversarial.py --sizes 10000,100000,1000000,10000000
    python benchmarks/bench_adversarial.py --stages 20000   # which stage pays, per kind

Each case runs ``aidparse.parse(text)`` in a fresh subprocess (tables loaded
first, so start-up is not counted), with a CPU-time limit (``--timeout``) and
an address-space limit (``--memory-gb``). The cost per character of each kind
is divided by that of normal text of the same size (the seeds joined and
repeated). The bar (issue 9): every kind within 3× of normal text, and the same
ratio at every size (linear: "grows" when the largest size costs more than
twice the smallest's ratio, or 1×, per character). A case over the time limit prints ``>N``, a
lower bound; a crash prints the exception type (only ``AidparseError`` is
acceptable, and it is marked as refused).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import SEEDS, table

HERE = Path(__file__).resolve()


def _normal(n: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return (text * (n // max(len(text), 1) + 1))[:n]


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _misaligned(n: int) -> str:
    lines = [ln for ln in (SEEDS / "001_682004c81572a2c1.txt").read_text(encoding="utf-8").splitlines()
             if "?" in ln or "\ufffd" in ln]
    return _repeat("\n".join(lines) + "\n", n)


#: kind -> (what it is, text of about n characters)
KINDS: dict[str, tuple[str, Callable[[int], str]]] = {
    "normal": ("the seeds, joined and repeated", _normal),
    "spaces": ("援 + a run of spaces + 疆, one line", lambda n: "援" + " " * (n - 2) + "疆"),
    "ideographic-spaces": ("援 + a run of U+3000 + 疆, one line", lambda n: "援" + "\u3000" * (n - 2) + "疆"),
    "date-spaces": ("a date, then a run of spaces", lambda n: "2023年7月18日" + " " * (n - 12) + "援疆"),
    "date-line": ("dates and dashes in one line", lambda n: _repeat("2021-05-08 - ", n)),
    "stamps": ("a headline, then stamps and short lines", lambda n: "援疆干部深入基层开展调研\n" + _repeat(
        "2023-05-12 10:20 来源：天山网 作者：王晓\n援疆工作取得新进展各项目有序推进\n", n - 13)),
    "link-list": ("a page of link lines and no article", lambda n: "\n".join(
        f"医疗队进村开展义诊活动第{i}次" for i in range(n // 16 + 1))[:n]),
    "dated-links": ("a page of dated link lines with stamps", lambda n: "\n".join(
        f"医疗队进村开展义诊第{i}次 2021-05-08 来源：天山网" for i in range(n // 32 + 1))[:n]),
    "unclosed-comment": ("<!-- openings never closed", lambda n: _repeat("<!-- 援疆资金420万元 ", n)),
    "unclosed-script": ("<script> openings never closed", lambda n: _repeat("<script>援疆资金 ", n)),
    "misaligned-gbk": ("seed 001's damaged lines, repeated", _misaligned),
    "amp": ("&amp; repeated", lambda n: _repeat("&amp;", n)),
    "a-newline": ("a\\n repeated", lambda n: _repeat("a\n", n)),
    "digit-run": ("one run of digits, then 元", lambda n: "1" * (n - 1) + "元"),
    "digit-runs": ("runs of 40 digits + 元, repeated", lambda n: _repeat("1" * 40 + "元,", n)),
    "stacked-magnitudes": ("一 + 亿 repeated + 元", lambda n: "一" + "亿" * (n - 2) + "元"),
}


def child(kind: str, size: int, memory_gb: float) -> None:
    """In a fresh interpreter: parse one case, print {"seconds": ...} or {"error": ...}."""
    limit = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import aidparse

    aidparse.parse(_normal(5000))  # tables and patterns loaded before timing
    text = KINDS[kind][1](size)
    runs = []
    try:
        while True:
            start = time.process_time()
            aidparse.parse(text)
            runs.append(time.process_time() - start)
            if sum(runs) > 0.5 or len(runs) >= 5:
                break
    except aidparse.AidparseError as exc:
        print(json.dumps({"refused": type(exc).__name__, "chars": len(text)}))
        return
    except (Exception, RecursionError, MemoryError) as exc:  # reported, not hidden
        print(json.dumps({"error": type(exc).__name__, "chars": len(text)}))
        return
    print(json.dumps({"seconds": statistics.median(runs), "chars": len(text)}))


def run_case(kind: str, size: int, timeout: float, memory_gb: float) -> dict[str, object]:
    cmd = [sys.executable, str(HERE), "--child", kind, str(size), "--memory-gb", str(memory_gb)]

    def cpu_limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (int(timeout) + 5, int(timeout) + 6))

    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout + 30,
                             preexec_fn=cpu_limit, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if out.returncode == -24:  # SIGXCPU: over the CPU limit
        return {"timeout": timeout}
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or [f"exit {out.returncode}"])[-1][:60]}
    return dict(json.loads(out.stdout))


def stages(size: int, kinds: list[str]) -> None:
    """Each kind once at ``size`` characters, in this process: the stages that take its time."""
    import _stages

    import aidparse

    aidparse.parse(_normal(5000))
    times = _stages.instrument()
    rows = []
    for kind in kinds:
        _stages.reset()
        start = time.process_time()
        try:
            aidparse.parse(KINDS[kind][1](size))
        except Exception as exc:  # reported, not hidden
            rows.append([kind, "-", f"raises {type(exc).__name__}"])
            continue
        total = time.process_time() - start
        top = sorted(_stages.rest(times).items(), key=lambda kv: -kv[1])[:3]
        rows.append([kind, f"{total:.2f}", ", ".join(f"{k} ({_stages.owner(k)}) {100 * v / total:.0f}%"
                                                   for k, v in top)])
    print(f"where the time goes at {size:,} characters (CPU s; 'clean' includes its steps):")
    print(table(["kind", "seconds", "top stages"], rows))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--timeout", type=float, default=60.0, help="CPU seconds per case")
    parser.add_argument("--memory-gb", type=float, default=6.0)
    parser.add_argument("--stages", type=int, help="instead: stage shares of each kind at this size")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.memory_gb)
        return
    if not SEEDS.exists():
        print("no seeds found; nothing to measure")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = [k for k in args.kinds.split(",") if k != "normal"]
    if args.stages:
        stages(args.stages, ["normal", *kinds])
        return
    normal = {}
    for size in sizes:
        result = run_case("normal", size, args.timeout, args.memory_gb)
        normal[size] = float(result["seconds"]) / int(result["chars"])  # type: ignore[arg-type]
    rows = [["normal", KINDS["normal"][0],
             *(f"{1e6 * normal[s]:.1f} us/char" for s in sizes), ""]]
    for kind in kinds:
        cells: list[str] = []
        ratios = []
        for size in sizes:
            result = run_case(kind, size, args.timeout, args.memory_gb)
            if "seconds" in result:
                ratio = float(result["seconds"]) / int(result["chars"]) / normal[size]  # type: ignore[arg-type]
                ratios.append(ratio)
                cells.append(f"{ratio:.1f}x")
            elif "timeout" in result:
                bound = args.timeout / size / normal[size]
                ratios.append(bound)
                cells.append(f">{bound:.0f}x (>{args.timeout:.0f}s)")
            elif "refused" in result:
                cells.append(f"refused: {result['refused']}")
            else:
                ratios.append(float("inf"))
                error = str(result["error"])
                memory = error == "MemoryError"
                cells.append(f"memory > {args.memory_gb:g} GB" if memory else f"CRASH: {error}")
        within = bool(ratios) and max(ratios) <= 3.0
        linear = bool(ratios) and ratios[-1] <= 2 * max(ratios[0], 1.0)
        crashed = any(c.startswith(("CRASH", "memory")) for c in cells)
        verdict = ("FAILS: crashes" if crashed else "FAILS: > 3x" if not within
                   else "FAILS: grows" if not linear else "ok")
        rows.append([kind, KINDS[kind][0], *cells, verdict])
        print(f"  {kind}: {' | '.join(cells)}", file=sys.stderr, flush=True)
    print("per-character cost relative to normal text of the same size (bar: <= 3x, linear):")
    print(table(["kind", "input", *(f"{s:,} chars" for s in sizes), "verdict"], rows))


if __name__ == "__main__":
    main()
