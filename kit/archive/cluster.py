"""The same dataset built on a Dask cluster: each source parsed and written by a worker.

Parsing a source is a pure function of its bytes (:func:`kit.archive.dataset.read_part`),
so a cluster maps it over the sources; the parsed source stays on the worker that read it.
Only each source's row counts come back, in corpus order, to number the ids as
:func:`kit.read_corpus` does; the worker then writes the source's part
(:func:`kit.archive.dataset.write_part`), and this process writes ``archive.json``. The
result is the dataset :func:`kit.archive.build_archive` writes, byte for byte.

The workers must see the sources and the dataset's folder at the same paths (one machine,
or a shared file system). Dask is not a dependency of the kit: install the ``cluster``
extra (``pip install "press-conference-kit[cluster]"``, which brings ``dask[distributed]``).
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike

from kit.archive.dataset import Archive, Part, SourceTables, finish, plan, read_part, rows_of, write_part

__all__ = ["build_on_cluster"]


def build_on_cluster(
    sources: str | PathLike[str] | Iterable[str | PathLike[str]],
    path: str | PathLike[str],
    client,
    *,
    encoding: str | None = None,
    event: str | None = None,
    askers: Iterable[str] = (),
) -> Archive:
    """:func:`kit.archive.build_archive` with the sources read and written by a Dask cluster's workers.

    Args:
        sources: files, folders, patterns or links, as for :func:`kit.read_corpus`.
        path: the dataset's folder (a new one, or a dataset to bring up to date).
        client: a ``dask.distributed.Client`` (e.g. of a ``LocalCluster``).
        encoding: the files' encoding when it is not UTF-8.
        event: the kind of event of every source (see :func:`kit.parse`).
        askers: the speakers who ask, in every source.

    Returns:
        The dataset, opened.

    Raises:
        TypeError: ``client`` is not a Dask client.
        FileExistsError: ``path`` holds something else than a dataset.

    >>> build_on_cluster("talks/", "dataset/", client=None)
    Traceback (most recent call last):
    ...
    TypeError: build_on_cluster needs a dask.distributed Client (pip install "press-conference-kit[cluster]"), not NoneType
    """
    if not (hasattr(client, "map") and hasattr(client, "gather") and hasattr(client, "submit")):
        raise TypeError(
            'build_on_cluster needs a dask.distributed Client (pip install "press-conference-kit[cluster]"), '
            f"not {type(client).__name__}"
        )
    planned = plan(sources, path, encoding=encoding, event=event, askers=askers)
    items = planned.items
    parsed = client.map(read_part, items, options=planned.options, pure=False)
    counts = client.map(_rows_or_error, parsed, pure=False)
    starts = dict(planned.next)
    writes = {}
    for item, future, count in zip(items, parsed, counts, strict=True):
        rows = count.result()  # in corpus order: each source's ids follow the one before
        if isinstance(rows, tuple):
            writes[item] = rows
            future.release()
            continue
        part = planned.fresh[item]
        part.starts = {name: starts.get(name, 0) for name in planned.next}
        for name in planned.next:
            starts[name] = part.starts[name] + rows[name]
        writes[item] = (part, client.submit(_write, future, part.starts, str(planned.path), part.key, pure=False))
    done: dict = {}
    for item, written in writes.items():
        if isinstance(written[0], Part):
            part, future = written
            part.rows = future.result()[0]
            part.wrapped = future.result()[1]
            future.release()
            done[item] = part
        else:
            done[item] = written
    return finish(planned, done)


def _rows_or_error(result):
    return rows_of(result) if isinstance(result, SourceTables) else result


def _write(parsed, starts: dict[str, int], path: str, key: str) -> tuple[dict[str, int], bool]:
    return write_part(parsed, starts, path, key), parsed.wrapped
