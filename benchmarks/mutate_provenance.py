"""Break the span mapping on purpose and show that the provenance tests catch it.

    python benchmarks/mutate_provenance.py

Each mutant (see ``_provenance_mutants.py``) is a plausible bug: a repaired
character mapped to the start of its region, an edit dropped from the log, an
end that swallows a removal, a start before one, conversions mapped as
blocks. The script runs ``tests/test_provenance.py`` once per mutant and prints
how many tests fail; every mutant must be killed (exit status 1 otherwise).
"""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from _provenance_mutants import MUTANTS  # noqa: E402


def run(mutant: str | None) -> tuple[int, int]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT / "benchmarks"), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]))
    env.pop("AIDPARSE_MUTANT", None)
    if mutant:
        env["AIDPARSE_MUTANT"] = mutant
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "_provenance_mutants",
         "-p", "no:cacheprovider",
         "tests/test_provenance.py", "--hypothesis-seed=0"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False).stdout
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", out)) else 0
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", out)) else 0
    return failed, passed


def main() -> int:
    failed, passed = run(None)
    print(f"{'mutant':<22} {'failed':>7} {'passed':>7}")
    print(f"{'(none)':<22} {failed:>7} {passed:>7}")
    survivors = 1 if failed else 0
    for mutant in MUTANTS:
        f, p = run(mutant)
        print(f"{mutant:<22} {f:>7} {p:>7}{'' if f else '   <- survived'}")
        survivors += f == 0
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
