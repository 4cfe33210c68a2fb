"""Corpus throughput: ``--jobs 2`` against ``--jobs 1`` on 2,000 documents, memory, bytes per report.

    python benchmarks/bench_corpus.py [--documents 2000] [--rounds 3]

The documents are the development corpus (``../shared/corpus``) and the seeds,
repeated to the count asked for and written to a temporary folder, so the runs
read files from disk as a user's run does. Each round runs the command line
(``aidparse DIR --format jsonl --out FILE``) and ``parse_many`` with one and
with two workers, alternating; the tables show medians of wall time (what a
user waits for), the peak resident memory of the main process and of the
largest worker, and what travels between processes per report.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import pickle
import statistics
import subprocess
import sys
import tempfile
import time

from _common import table

import aidparse
from aidparse.corpus.render import render
from aidparse.corpus.sources import as_document

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

#: Runs the CLI or parse_many in a fresh interpreter and prints wall seconds and peak RSS (KiB)
#: of the process itself and of its largest child (the workers are its children).
_RUNNER = """
import resource, sys, time
mode, folder, jobs, out = sys.argv[1:5]
start = time.perf_counter()
if mode == "cli":
    from aidparse.corpus.cli import main
    status = main([folder, "--jobs", jobs, "--quiet", "--format", "jsonl", "--out", out])
    assert status == 0, status
else:
    import glob, aidparse
    n = sum(1 for r in aidparse.parse_many(sorted(glob.glob(folder + "/*.txt")), workers=int(jobs))
            if r.ok)
elapsed = time.perf_counter() - start
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
print(elapsed, own.ru_maxrss, kids.ru_maxrss, cpu)
"""


def _sources() -> list[bytes]:
    paths = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not paths:
        print("../shared/corpus is not here: using the seeds only")
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    return [p.read_bytes() for p in paths]


def _write(folder: pathlib.Path, sources: list[bytes], count: int) -> None:
    for i in range(count):
        (folder / f"{i:05d}.txt").write_bytes(sources[i % len(sources)])


def _run(mode: str, folder: pathlib.Path, jobs: int, out: pathlib.Path) -> tuple[float, int, int, float]:
    done = subprocess.run([sys.executable, "-c", _RUNNER, mode, str(folder), str(jobs), str(out)],
                          capture_output=True, text=True, check=True)
    seconds, me, child, cpu = done.stdout.split()
    return float(seconds), int(me), int(child), float(cpu)


def _payloads(sources: list[bytes]) -> list[list[object]]:
    """Bytes per report that would travel between processes, each way of sending it."""
    sizes: dict[str, list[int]] = {"input": [], "jsonl": [], "compact": [], "pickle": []}
    parse_cpu = pickle_cpu = 0.0
    for i, data in enumerate(sources):
        doc = as_document(i, (f"{i}.txt", data))
        start = time.process_time()
        report = aidparse.parse(data)
        parse_cpu += time.process_time() - start
        start = time.process_time()
        result = pickle.loads(pickle.dumps(aidparse.Parsed(file=doc.name, index=i, report=report),
                                           protocol=pickle.HIGHEST_PROTOCOL))
        pickle_cpu += time.process_time() - start
        assert result.report == report
        sizes["input"].append(len(data))
        sizes["jsonl"].append(len(render(doc, "jsonl").payload))
        sizes["compact"].append(len(render(doc, "jsonl", exclude={"original_text", "edits"}).payload))
        sizes["pickle"].append(len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
    mean_input = statistics.mean(sizes["input"])
    rows: list[list[object]] = [
        ["input (bytes of the page)", f"{mean_input:,.0f}", "1.0x", "-"],
        ["CLI jsonl record (sent by a worker)", f"{statistics.mean(sizes['jsonl']):,.0f}",
         f"{statistics.mean(sizes['jsonl']) / mean_input:.1f}x", "-"],
        ["CLI --compact record", f"{statistics.mean(sizes['compact']):,.0f}",
         f"{statistics.mean(sizes['compact']) / mean_input:.1f}x", "-"],
        ["parse_many: pickled Parsed report", f"{statistics.mean(sizes['pickle']):,.0f}",
         f"{statistics.mean(sizes['pickle']) / mean_input:.1f}x",
         f"{100 * pickle_cpu / parse_cpu:.1f}% of parse CPU (dump + load)"],
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sources = _sources()
    load = os.getloadavg()[0]
    if load > 0.5:
        print(f"note: load average {load:.1f} before the run; other processes share the cores, so the "
              "wall-time ratios below are not those of two idle cores (see the CPU column)")
    print(f"{os.cpu_count()} cores; {args.documents} documents from {len(sources)} distinct pages "
          f"({statistics.mean(map(len, sources)):,.0f} bytes each on average)\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / "docs"
        folder.mkdir()
        _write(folder, sources, args.documents)
        small = pathlib.Path(tmp) / "small"
        small.mkdir()
        _write(small, sources, args.documents // 4)
        out = pathlib.Path(tmp) / "out.jsonl"
        runs: dict[tuple[str, int], list[tuple[float, int, int, float]]] = {}
        for _ in range(args.rounds):
            for mode in ("cli", "parse_many"):
                for jobs in (1, 2):
                    runs.setdefault((mode, jobs), []).append(_run(mode, folder, jobs, out))
        flat = _run("cli", small, 2, out)
        rows = []
        for mode in ("cli", "parse_many"):
            one = statistics.median(r[0] for r in runs[(mode, 1)])
            for jobs in (1, 2):
                seconds = statistics.median(r[0] for r in runs[(mode, jobs)])
                main_rss = max(r[1] for r in runs[(mode, jobs)]) / 1024
                child_rss = max(r[2] for r in runs[(mode, jobs)]) / 1024
                label = "aidparse DIR --format jsonl" if mode == "cli" else "parse_many(paths)"
                cpu = statistics.median(r[3] for r in runs[(mode, jobs)])
                rows.append([label, jobs, f"{seconds:.2f}", f"{args.documents / seconds:,.0f}",
                             f"{one / seconds:.2f}x", f"{cpu:.2f}", f"{main_rss:.0f}",
                             f"{child_rss:.0f}" if jobs > 1 else "-"])
        print(table(["run", "jobs", "seconds", "documents/s", "vs 1 job", "CPU s (all processes)",
                     "peak RSS main MiB", "peak RSS worker MiB"], rows))
        print(f"\nmemory is flat in the number of files: aidparse --jobs 2 on {args.documents // 4} "
              f"documents peaks at {flat[1] / 1024:.0f} MiB (main) / {flat[2] / 1024:.0f} MiB (worker), "
              f"on {args.documents}: {max(r[1] for r in runs[('cli', 2)]) / 1024:.0f} / "
              f"{max(r[2] for r in runs[('cli', 2)]) / 1024:.0f} MiB")
    print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
    print("\nbytes per report sent between processes (mean over the distinct pages):")
    print(table(["what travels", "bytes/report", "vs input", "cost"], _payloads(sources)))


if __name__ == "__main__":
    main()
