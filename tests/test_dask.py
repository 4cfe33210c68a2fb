"""The Dask path on a real two-worker cluster (processes): seeds and the development corpus."""

from __future__ import annotations

import csv
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import SEEDS, seed_report

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from aidparse.corpus.dask import list_files, quantity_frame, read_reports  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SPLIT = ROOT / "tests" / "data" / "corpus" / "split.tsv"


def _inputs() -> list[str]:
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    if CORPUS.is_dir():  # the development half of ../shared/corpus, when it is here
        rows = csv.DictReader((line for line in SPLIT.open(encoding="utf-8") if not line.startswith("#")),
                              delimiter="\t")
        paths += [str(CORPUS / r["file"]) for r in rows if r["half"] == "dev"]
    return paths


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_bag_and_quantity_frame_on_a_local_cluster(client: Any, tmp_path: pathlib.Path) -> None:
    inputs = _inputs()
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    bag = read_reports([*inputs, str(png)], partition_size=8).persist()  # one parse per file
    results = bag.compute()
    frame = quantity_frame(bag).compute()
    assert len(client.scheduler_info()["workers"]) == 2
    assert [pathlib.Path(r.file).name for r in results] == [pathlib.Path(p).name for p in [*inputs, str(png)]]
    assert [r.error for r in results if not r.ok] == ["BinaryInputError"]
    seed = next(r for r in results if r.file.endswith("001_682004c81572a2c1.txt"))
    assert seed.report == seed_report("001")
    rows = frame[frame["file"].str.endswith("001_682004c81572a2c1.txt")]
    assert rows["value"].tolist() == [float(q.value) for q in seed_report("001").quantities]
    assert len({f for f in frame["file"]}) == len(inputs)
    assert str(frame["value"].dtype) == "Float64"


def test_list_files_expands_globs_and_folders(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.txt", "a/.hidden", "3.html"):
        (tmp_path / name).write_text("援疆", encoding="utf-8")
    _, folder = list_files(str(tmp_path / "a"))
    assert [pathlib.Path(p).name for p in folder] == ["1.txt", "2.txt"]
    _, glob = list_files(f"file://{tmp_path}/*.html")
    assert [pathlib.Path(p).name for p in glob] == ["3.html"]
    with pytest.raises(FileNotFoundError):
        list_files(str(tmp_path / "*.pdf"))
