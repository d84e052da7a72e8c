"""The same dataset built on a Dask cluster: each source parsed and written by a worker.

Parsing a source is a pure function of its bytes (:func:`kit.archive.dataset.read_part`),
so a cluster maps it over the sources; the parsed source stays on the worker that read it.
Only each source's row counts come back, in corpus order, to number the ids as
:func:`kit.read_corpus` does; the worker then writes the source's part
(:func:`kit.archive.dataset.write_part`), and this process writes ``archive.json``. The
result is the dataset :func:`kit.archive.build_archive` writes, byte for byte.

The workers must see the sources and the dataset's folder at the same paths (one machine,
or a shared file system). A few sources are parsed ahead of the one being numbered, so a
worker holds a few parsed sources at a time, never the archive. Dask is not a dependency of the kit: install the ``cluster``
extra (``pip install "press-conference-kit[cluster]"``, which brings ``dask[distributed]``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import chain
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
    ahead = max(8, 4 * len(client.scheduler_info().get("workers", {})))  # parsed sources waiting, at most
    waiting: deque = deque()
    written: dict = {}
    starts = dict(planned.next)
    queue = iter(items)
    for item in chain(queue, [None] * ahead):
        if item is not None:
            parsed = client.submit(read_part, item, planned.options, pure=False)
            waiting.append((item, parsed, client.submit(_rows_or_error, parsed, pure=False)))
        if len(waiting) < ahead and item is not None:
            continue
        if not waiting:
            break
        first, parsed, count = waiting.popleft()
        rows = count.result()  # in corpus order: each source's ids follow the one before
        if isinstance(rows, tuple):
            written[first] = rows
            continue
        part = planned.fresh[first]
        part.starts = {name: starts.get(name, 0) for name in planned.next}
        for name in planned.next:
            starts[name] = part.starts[name] + rows[name]
        # written before more sources are parsed: a worker holds a few parsed sources, never the archive
        write = client.submit(_write, parsed, part.starts, str(planned.path), part.key, pure=False, priority=1)
        written[first] = (part, write)
    done: dict = {}
    for item, result in written.items():
        if isinstance(result, tuple) and isinstance(result[0], Part):
            part, write = result
            part.rows, part.wrapped = write.result()
            done[item] = part
        else:
            done[item] = result
    return finish(planned, done)


def _rows_or_error(result):
    return rows_of(result) if isinstance(result, SourceTables) else result


def _write(parsed, starts: dict[str, int], path: str, key: str) -> tuple[dict[str, int], bool]:
    return write_part(parsed, starts, path, key), parsed.wrapped
