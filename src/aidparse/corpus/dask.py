"""Beyond one machine: a corpus as a Dask bag of reports and a Dask data frame of quantities.

Needs the ``dask`` extra (``pip install "aidparse[dask]"``). Paths are local
paths or any fsspec URL (``s3://bucket/crawl/*.html``, ``gcs://…``,
``file:///…``), with globs; a directory is searched recursively. Every worker
reads and parses its own files, so only results travel: compact reports for the
bag, and for the data frame only the table rows (reports never leave the
worker that parsed them).

The same call runs on a laptop or a cluster: the computation goes to whatever
``dask.distributed.Client`` is current::

    from dask.distributed import Client
    from aidparse.corpus.dask import read_quantities

    client = Client("tcp://scheduler:8786")        # or Client(LocalCluster(...))
    frame = read_quantities("s3://bucket/crawl/**/*.html",
                            storage_options={"anon": True})
    frame.groupby("donor").value.sum().compute()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from aidparse.corpus.results import Parsed, ParseFailure, failure

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

__all__ = ["list_files", "quantity_frame", "read_quantities", "read_reports"]


def _fsspec() -> Any:
    try:
        import dask.bag  # noqa: F401 - checked here for a clear message
        import fsspec
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError('the Dask path needs the extra: pip install "aidparse[dask]"') from exc
    return fsspec


def list_files(
    urlpath: str | Sequence[str], *, storage_options: dict[str, Any] | None = None
) -> tuple[Any, list[str]]:
    """The filesystem and the sorted files named by ``urlpath`` (globs expanded, directories searched).

    Returns:
        ``(fs, paths)``: an fsspec filesystem (picklable, sent to the workers)
        and the paths on it.

    Raises:
        FileNotFoundError: Nothing matches.
    """
    fsspec = _fsspec()
    urls = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    fs: Any = None
    paths: list[str] = []
    for url in urls:
        url_fs, _, found = fsspec.core.get_fs_token_paths(url, storage_options=storage_options or {})
        if fs is None:
            fs = url_fs
        elif type(url_fs) is not type(fs):
            raise ValueError("all paths must be on one filesystem")
        for path in found:
            if url_fs.isdir(path):
                paths.extend(sorted(p for p in url_fs.find(path)
                                    if not p.rsplit("/", 1)[-1].startswith(".")))
            else:
                paths.append(path)
    if not paths:
        raise FileNotFoundError(f"no file matches {urlpath!r}")
    return fs, paths


def _parse_path(item: tuple[int, str], fs: Any, encoding: str | None) -> Parsed | ParseFailure:
    from aidparse.corpus.sources import read_limited
    from aidparse.report import parse

    index, path = item
    try:
        with fs.open(path, "rb") as fh:
            data = read_limited(fh)
        return Parsed(file=path, index=index, report=parse(data, encoding=encoding))
    except Exception as exc:
        return failure(index, path, exc)


def read_reports(
    urlpath: str | Sequence[str],
    *,
    encoding: str | None = None,
    partition_size: int = 16,
    storage_options: dict[str, Any] | None = None,
) -> dask.bag.Bag:
    """A [`dask.bag`](https://docs.dask.org/en/stable/bag.html) with one result per file.

    Each item is a [`Parsed`][aidparse.Parsed] or a
    [`ParseFailure`][aidparse.ParseFailure], as from
    [`parse_many`][aidparse.parse_many]; `index` is the file's position in the
    sorted listing.

    Args:
        urlpath: A path or fsspec URL, a glob, a directory, or a list of them.
        encoding: Passed to [`parse`][aidparse.parse].
        partition_size: Files per partition (one task each).
        storage_options: Passed to fsspec (credentials, `anon`, ...).
    """
    import dask.bag as db

    fs, paths = list_files(urlpath, storage_options=storage_options)
    items = list(enumerate(paths))
    bag: dask.bag.Bag = db.from_sequence(  # type: ignore[no-untyped-call]
        items, partition_size=partition_size).map(_parse_path, fs=fs, encoding=encoding)
    return bag


def _quantity_partition(results: Iterable[Parsed | ParseFailure], decimal: bool) -> pd.DataFrame:
    from aidparse.corpus.export import to_dataframe

    items = list(results)
    return to_dataframe(items, names=[r.file for r in items], decimal=decimal)


def quantity_frame(bag: dask.bag.Bag, *, decimal: bool = False) -> dask.dataframe.DataFrame:
    """The quantity table of a bag from [`read_reports`][aidparse.corpus.dask.read_reports].

    Each partition's table is built where the partition's reports are, so
    computing the bag and the frame together parses every file once and moves
    no report for the frame.

    Args:
        bag: A bag of `Parsed`/`ParseFailure` results.
        decimal: Keep `value`/`low`/`high` as exact `Decimal` objects.
    """
    import dask.dataframe as dd

    from aidparse.corpus.export import to_dataframe

    meta = to_dataframe([], names=[], decimal=decimal)
    parts = bag.map_partitions(  # type: ignore[no-untyped-call]
        _quantity_partition, decimal=decimal).to_delayed()
    frame: dask.dataframe.DataFrame = dd.from_delayed(parts, meta=meta, verify_meta=False)
    return frame


def read_quantities(
    urlpath: str | Sequence[str],
    *,
    encoding: str | None = None,
    partition_size: int = 16,
    decimal: bool = False,
    storage_options: dict[str, Any] | None = None,
) -> dask.dataframe.DataFrame:
    """A [`dask.dataframe`](https://docs.dask.org/en/stable/dataframe.html) of the quantity table.

    The rows and columns of [`to_dataframe`][aidparse.to_dataframe] (one row
    per quantity, one for a report without any, with the `file` it came
    from), built on the workers that parse the files. Failed files give no
    row: use [`read_reports`][aidparse.corpus.dask.read_reports] to see them.

    Args:
        urlpath: A path or fsspec URL, a glob, a directory, or a list of them.
        encoding: Passed to [`parse`][aidparse.parse].
        partition_size: Files per partition.
        decimal: Keep `value`/`low`/`high` as exact `Decimal` objects.
        storage_options: Passed to fsspec.
    """
    bag = read_reports(urlpath, encoding=encoding, partition_size=partition_size,
                       storage_options=storage_options)
    return quantity_frame(bag, decimal=decimal)
