"""The wheel carries the licence notice of every third-party source its data tables name."""

from __future__ import annotations

import pathlib
import sys

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "aidparse" / "data"
NOTICE = (ROOT / "LICENSES" / "NOTICE.md").read_text(encoding="utf-8")

#: Sources a table header may name, and the licence file that must travel with it.
LICENCES = {"jieba": "MIT-jieba.txt", "pypinyin": "MIT-pypinyin.txt", "opencc": "Apache-2.0.txt"}


def _header(path: pathlib.Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[:5] if line.startswith("#")).lower()


@pytest.mark.parametrize("table", sorted(p.name for p in DATA.glob("*.tsv")))
def test_every_derived_table_has_its_notice(table: str) -> None:
    header = _header(DATA / table)
    for source, licence in LICENCES.items():
        if source in header:
            row = next((line for line in NOTICE.splitlines() if f"`{table}`" in line), "")
            assert licence in row, f"{table} names {source}: NOTICE.md must list it with {licence}"
            assert (ROOT / "LICENSES" / licence).is_file()


def test_licence_files_go_into_the_wheel() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "LICENSES/*" in project["license-files"]
    assert any("3.10" in c for c in project["classifiers"])
