"""Run a function over documents on several processes, lazily and in bounded memory.

The engine behind :func:`aidparse.parse_many` and the command line. It takes
documents from an iterator only as workers become free (a few chunks ahead),
so a generator of a million paths is never materialised and memory stays flat
in the number of documents. Results come back in input order or as they
complete. With one worker everything runs in the calling process.

What travels between processes is whatever the function returns, so the
callers return compact data: the command line sends each document's finished
output bytes, :func:`~aidparse.parse_many` a report (whose edit log pickles as
arrays).
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from aidparse.corpus.sources import Document

__all__ = ["default_workers", "run"]

T = TypeVar("T")

#: Chunks kept in flight per worker: enough to keep workers busy, few enough to stay lazy.
_AHEAD = 2


def default_workers() -> int:
    """The number of cores this process may use (the default of ``workers``/``--jobs``)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _ignore_interrupts() -> None:
    """Worker initialiser: Ctrl-C is the parent's to handle (it stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(work: Callable[[Document], T], chunk: list[Document]) -> list[T]:
    return [work(doc) for doc in chunk]


def _stop(executor: ProcessPoolExecutor) -> None:
    """Cancel what has not started; wait for the chunks being parsed (small), then the workers exit.

    The workers are not terminated: a worker killed while it sends a result
    leaves half a message in the result pipe, and the pool's manager thread
    then waits for the rest forever (the interpreter cannot exit).
    """
    executor.shutdown(wait=True, cancel_futures=True)


#: Input bytes per chunk and documents per chunk when ``chunksize`` is not given.
_CHUNK_BYTES = 32 * 1024
_CHUNK_MAX = 32


def _chunks(documents: Iterator[Document], chunksize: int | None) -> Iterator[list[Document]]:
    """Lists of documents to send to a worker at a time (see ``run``)."""
    if chunksize is not None:
        yield from iter(lambda: list(itertools.islice(documents, chunksize)), [])
        return
    chunk: list[Document] = []
    size = 0
    for doc in documents:
        chunk.append(doc)
        size += doc.size if doc.size is not None else _CHUNK_BYTES
        if size >= _CHUNK_BYTES or len(chunk) >= _CHUNK_MAX:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _DeferredInterrupt:
    """While the pool's own code runs, Ctrl-C waits for a safe point; elsewhere it raises at once.

    ``KeyboardInterrupt`` raised inside ``concurrent.futures`` (in ``submit``
    or ``wait``) can leave one of its locks held, and then stopping the pool
    hangs. Installed only over Python's default handler, on the main thread.
    """

    def __init__(self) -> None:
        self.active = False
        self.pending = False
        self.previous: Any = None

    def install(self) -> None:
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self.previous = signal.signal(signal.SIGINT, self)

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None

    def __call__(self, signum: int, frame: Any) -> None:
        if self.active:
            self.pending = True
        else:
            raise KeyboardInterrupt


def _wait(futures: list[Future[Any]], stop: Callable[[], bool] | None) -> None:
    """Until one of ``futures`` is done; polls ``stop`` meanwhile."""
    if stop is None:
        wait(futures, return_when=FIRST_COMPLETED)
        return
    while not wait(futures, timeout=0.05, return_when=FIRST_COMPLETED).done:
        if stop():
            raise KeyboardInterrupt
    if stop():
        raise KeyboardInterrupt


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _alone(
    executor: ProcessPoolExecutor,
    work: Callable[[Document], T],
    lost: Callable[[Document, BaseException], T],
    doc: Document,
    workers: int,
) -> tuple[T, ProcessPoolExecutor]:
    """Run one document alone; if its worker dies, it is the one to blame."""
    try:
        return executor.submit(_run_chunk, work, [doc]).result()[0], executor
    except BrokenProcessPool as exc:
        executor.shutdown(wait=True)
        return lost(doc, exc), _new_pool(workers)


def run(
    documents: Iterable[Document],
    work: Callable[[Document], T],
    lost: Callable[[Document, BaseException], T],
    *,
    workers: int,
    ordered: bool = True,
    chunksize: int | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[T]:
    """``work(doc)`` for each document, on ``workers`` processes.

    Args:
        documents: Any iterable; consumed lazily.
        work: A picklable function (module level, or a ``functools.partial`` of
            one) that never raises for a bad document: it returns a failure value.
        lost: Makes the result of a document whose worker process died
            (killed, out of memory, a crash in C code) when it is run again
            alone; the run goes on in a fresh pool.
        workers: Processes to use; ``1`` runs in this process.
        ordered: Yield in input order (``True``) or as results complete.
        chunksize: Documents sent to a worker at a time; `None` groups
            documents up to about 32 KiB of input (at most 32 of them), so
            small files travel in batches and a large one alone.
        stop: Polled while waiting for workers; when it returns `True` the
            run stops with `KeyboardInterrupt`. A SIGINT handler that only sets
            a flag and this callback interrupt a run without ever raising
            inside `concurrent.futures` (which can leave its locks held).

    The generator stops the workers when it is closed early or interrupted
    (``KeyboardInterrupt``); it never leaves worker processes behind.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    it = iter(documents)
    if workers == 1:
        for doc in it:
            yield work(doc)
        return
    chunks = _chunks(it, chunksize)
    executor = _new_pool(workers)
    finished = False
    interrupts = _DeferredInterrupt()
    interrupts.install()
    user_stop = stop

    def stop_now() -> bool:
        return interrupts.pending or (user_stop is not None and user_stop())

    stop = stop_now
    try:
        interrupts.active = True
        pending: deque[tuple[Future[list[T]], list[Document]]] = deque()
        while True:
            while len(pending) < workers * _AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                try:
                    future: Future[list[T]] = executor.submit(_run_chunk, work, chunk)
                except BrokenProcessPool as exc:  # broke before we saw it: handled below
                    future = Future()
                    future.set_exception(exc)
                pending.append((future, chunk))
            if not pending:
                break
            if ordered:
                _wait([pending[0][0]], stop)
                done = [pending.popleft()]
            else:
                _wait([f for f, _ in pending], stop)
                done = [p for p in pending if p[0].done()]
                for p in done:
                    pending.remove(p)
            for i, (future, _) in enumerate(done):
                try:
                    results = future.result()
                except BrokenProcessPool:
                    # The pool died (a worker was killed or crashed) and took every chunk in
                    # flight with it. Keep what had finished; run the others again one at a
                    # time in a fresh pool, so only the input that kills a worker is lost.
                    rest = done[i:] + list(pending)
                    pending.clear()
                    executor.shutdown(wait=True)
                    executor = _new_pool(workers)
                    for other_future, other in rest:
                        try:
                            finished_results = other_future.result()
                        except BrokenProcessPool:
                            for doc in other:
                                result, executor = _alone(executor, work, lost, doc, workers)
                                interrupts.active = False
                                yield result
                                interrupts.active = True
                        else:
                            interrupts.active = False
                            yield from finished_results
                            interrupts.active = True
                    break
                interrupts.active = False
                yield from results
                interrupts.active = True
                if interrupts.pending:
                    raise KeyboardInterrupt
        finished = True
    finally:
        interrupts.active = False
        interrupts.restore()
        if finished:
            executor.shutdown(wait=True)
        else:
            _stop(executor)
