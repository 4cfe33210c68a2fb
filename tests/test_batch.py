"""parse_many and the pool under it: lazy, ordered or not, nothing lost; parse reads paths and files."""

from __future__ import annotations

import io
import multiprocessing
import os
import pathlib
from collections.abc import Iterator

import pytest
from conftest import SEEDS, seed_bytes, seed_report, sigint_default

import aidparse
from aidparse import errors
from aidparse.corpus.pool import run
from aidparse.corpus.sources import Document, as_document, documents, read_limited

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def test_parse_many_in_order_equals_parse_on_two_workers() -> None:
    results = list(aidparse.parse_many(SEED_PATHS, workers=2))
    assert [r.index for r in results] == list(range(len(SEED_PATHS)))
    assert [r.file for r in results] == [str(p) for p in SEED_PATHS]
    for result, path in zip(results, SEED_PATHS, strict=True):
        assert isinstance(result, aidparse.Parsed)
        assert result.report == seed_report(path.name[:3])


def test_parse_many_as_completed_gives_every_input_once() -> None:
    sources = [*SEED_PATHS, "no/such/file.txt", PNG]
    results = list(aidparse.parse_many(sources, workers=2, ordered=False, chunksize=2))
    assert sorted(r.index for r in results) == list(range(len(sources)))


@pytest.mark.parametrize(("source", "file", "error"), [
    pytest.param("no/such/file.txt", "no/such/file.txt", "FileNotFoundError", id="missing"),
    pytest.param(str(SEEDS), str(SEEDS), "IsADirectoryError", id="directory"),
    pytest.param(PNG, "<bytes #0>", "BinaryInputError", id="binary"),
    pytest.param(("page.html", PNG), "page.html", "BinaryInputError", id="named-binary"),
])
def test_a_bad_input_is_a_failure_record(source: object, file: str, error: str) -> None:
    (result,) = aidparse.parse_many([source], workers=1)  # type: ignore[list-item]
    assert isinstance(result, aidparse.ParseFailure)
    assert (result.file, result.error, result.ok) == (file, error, False)
    assert result.message


def test_an_unexpected_exception_is_recorded_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import aidparse.report

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(aidparse.report, "parse", broken)
    (result,) = aidparse.parse_many([b"x"], workers=1)
    assert isinstance(result, aidparse.ParseFailure) and result.error == "ZeroDivisionError"


@pytest.mark.parametrize(("source", "kind", "content"), [
    pytest.param("a/b.txt", "path", None, id="str-is-a-path"),
    pytest.param(pathlib.Path("a/b.txt"), "path", None, id="pathlike"),
    pytest.param(b"abc", "content", b"abc", id="bytes"),
    pytest.param(bytearray(b"abc"), "content", b"abc", id="bytearray"),
    pytest.param(("n", b"abc"), "content", b"abc", id="name-bytes"),
    pytest.param(("n", "援疆"), "content", "援疆", id="name-text"),
])
def test_source_kinds(source: object, kind: str, content: object) -> None:
    doc = as_document(0, source)  # type: ignore[arg-type]
    assert (doc.path is not None) == (kind == "path")
    assert doc.content == content


@pytest.mark.parametrize("source", [3, None, ("n",), (b"n", b"x"), ("n", 3)])
def test_other_sources_are_a_type_error(source: object) -> None:
    with pytest.raises(TypeError):
        as_document(0, source)  # type: ignore[arg-type]


@pytest.mark.parametrize(("chunksize", "bound"), [(1, 2 * 2 * 1 + 1), (None, 2 * 2 * 32 + 1)])
def test_parse_many_is_lazy(chunksize: int | None, bound: int) -> None:
    """A generator is consumed only a few chunks ahead of the results (workers x 2 chunks)."""
    pulled = 0

    def sources() -> Iterator[bytes]:
        nonlocal pulled
        for _ in range(1000):
            pulled += 1
            yield "援疆资金200万元".encode()

    results = aidparse.parse_many(sources(), workers=2, chunksize=chunksize)
    next(results)
    assert pulled <= bound
    results.close()


def _exit_on_poison(doc: Document) -> str:
    if doc.content == b"poison":
        os._exit(1)  # a worker that dies (killed, out of memory, a crash in C)
    return doc.name


def _lost(doc: Document, exc: BaseException) -> str:
    return f"lost {doc.name}"


@pytest.mark.parametrize("ordered", [True, False])
def test_a_dead_worker_loses_no_input(ordered: bool) -> None:
    docs = [as_document(i, ("ok", b"x") if i != 3 else ("bad", b"poison")) for i in range(8)]
    results = list(run(docs, _exit_on_poison, _lost, workers=2, ordered=ordered))
    expected = ["ok"] * 3 + ["lost bad"] + ["ok"] * 4  # the others in flight with it are run again
    assert results == expected if ordered else sorted(results) == sorted(expected)


def test_closing_early_stops_the_workers() -> None:
    results = aidparse.parse_many(SEED_PATHS * 20, workers=2)
    next(results)
    results.close()
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


@pytest.mark.parametrize(("workers", "chunksize"), [(0, 1), (2, 0)])
def test_bad_pool_settings(workers: int, chunksize: int) -> None:
    with pytest.raises(ValueError):
        list(run([], _exit_on_poison, _lost, workers=workers, chunksize=chunksize))


def test_parse_reads_a_path_and_a_binary_file() -> None:
    path = SEED_PATHS[1]
    with open(path, "rb") as fh:
        from_file = aidparse.parse(fh)
    assert aidparse.parse(path) == from_file == seed_report("001")


def test_parse_str_stays_text() -> None:
    assert aidparse.parse(str(SEED_PATHS[1])).text == str(SEED_PATHS[1])


def test_parse_refuses_a_text_mode_file() -> None:
    with open(SEED_PATHS[1], encoding="utf-8") as fh, pytest.raises(TypeError, match="'rb'"):
        aidparse.parse(fh)  # type: ignore[arg-type]


def test_reading_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "MAX_INPUT_SIZE", 100)
    stream = io.BytesIO(b"y\n" * 10_000)
    with pytest.raises(aidparse.InputTooLargeError, match="101 bytes"):
        read_limited(stream)
    assert stream.tell() == 101
    assert read_limited(io.BytesIO(seed_bytes("000")[:100])) == seed_bytes("000")[:100]


def test_folders_are_walked_in_order_with_globs(tmp_path: pathlib.Path) -> None:
    for name in ("b/2.html", "b/1.txt", "a.txt", ".git/x.txt", ".hidden.txt", "c/d/e.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("援疆", encoding="utf-8")
    every = [d.relative for d in documents([str(tmp_path)])]
    assert every == ["a.txt", "b/1.txt", "b/2.html", "c/d/e.html"]
    html = [d.relative for d in documents([str(tmp_path)], ["*.html"])]
    assert html == ["b/2.html", "c/d/e.html"]
    (none,) = documents([str(tmp_path)], ["*.pdf"])
    assert isinstance(none.error, FileNotFoundError)


def test_ctrl_c_in_parse_many_stops_cleanly(tmp_path: pathlib.Path) -> None:
    """KeyboardInterrupt reaches the caller; no hang, no worker left behind."""
    import signal
    import subprocess
    import sys

    script = (
        "import sys, aidparse\n"
        f"paths = {[str(p) for p in SEED_PATHS]!r} * 200\n"
        "for i, r in enumerate(aidparse.parse_many(paths, workers=2, chunksize=1)):\n"
        "    if i == 0:\n"
        "        print('started', flush=True)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=sigint_default)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"started\n"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert b"KeyboardInterrupt" in err and proc.returncode != 0
