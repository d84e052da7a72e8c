"""Read many sources side by side in worker processes, with a progress bar.

:func:`run` applies a function to each item, in order, in a pool of processes or in this
one, and shows a progress bar (:func:`progress_bar`) while it does; :func:`kit.read_corpus`
reads its sources with it. Worker processes start as a fork where that is safe, else as a
fresh interpreter (:func:`process_context`). Importing this module imports neither
multiprocessing nor tqdm: both are imported on first use.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["run", "processors", "process_context", "progress_bar", "PROGRESS_AFTER"]

#: With ``progress=None``, :func:`run` shows a progress bar for more items than this.
PROGRESS_AFTER = 10


def run(
    work: Callable[[Any], Any],
    items: Sequence[Any],
    *,
    workers: int = 1,
    progress: bool | None = None,
    here: Callable[[Any], Any] | None = None,
) -> Iterator[Any]:
    """``work(item)`` for each item, in order, in a pool of worker processes or in this one.

    If the pool cannot start its processes (a script run without an
    ``if __name__ == "__main__":`` guard where processes are spawned), the rest is done
    here, with a warning.

    Args:
        work: a function of one item, defined at the top of a module (or a
            ``functools.partial`` of one), so that worker processes can be sent it;
            its results are sent back, so they must pickle too.
        items: what to apply it to.
        workers: processes to use (``0``: one per processor); ``1`` does everything here.
        progress: ``True``, ``False`` or ``None``, as for :func:`progress_bar`.
        here: the function for the items done in this process (default ``work``), e.g.
            ``work`` with a cache that is not worth sending to the workers.

    Yields:
        Each item's result, in the order of ``items``.

    >>> list(run(abs, [-1, 2, -3]))
    [1, 2, 3]
    """
    here = here or work
    workers = min(workers or processors(), len(items))
    bar = progress_bar(len(items), progress)
    done = 0
    try:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            chunks = max(1, min(16, len(items) // (workers * 4)))
            try:
                with ProcessPoolExecutor(workers, mp_context=process_context()) as pool:
                    results = pool.map(work, items, chunksize=chunks)
                    try:
                        for result in results:
                            done += 1
                            bar.update(1)  # before the yield: the caller stops asking after the last one
                            yield result
                    except BaseException:
                        pool.shutdown(wait=True, cancel_futures=True)
                        raise
            except BrokenProcessPool as error:
                warnings.warn(
                    f"read_corpus: the worker processes stopped ({error}); reading the rest in this "
                    'process. In a script, call read_corpus(..., workers=...) under if __name__ == "__main__":',
                    stacklevel=3,
                )
        for item in items[done:]:
            result = here(item)
            bar.update(1)
            yield result
    finally:
        bar.close()


def processors() -> int:
    """The processors this process may run on.

    Returns:
        Their number (at least 1).

    >>> processors() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def process_context():
    """How worker processes start: a fork where that is safe and quick, else a fresh interpreter.

    A fork starts a worker in milliseconds with the kit already imported, but forking a
    process that runs other threads (a Jupyter kernel does) can deadlock; there, and
    where there is no fork (Windows, macOS by default), a fork server (or spawn)
    imports the kit once per pool.

    Returns:
        A ``multiprocessing`` context for ``ProcessPoolExecutor(mp_context=...)``.

    >>> process_context().get_start_method() in ("fork", "forkserver", "spawn")
    True
    """
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kit.reading"])
        return context
    return multiprocessing.get_context("spawn")


def progress_bar(total: int, progress: bool | None):
    """A progress bar for ``total`` sources, or one that shows nothing.

    Args:
        total: how many sources will be read.
        progress: ``True`` shows one (tqdm's, a widget in a notebook and a text bar in a
            terminal), ``False`` never does, ``None`` shows one for more than
            :data:`PROGRESS_AFTER` sources.

    Returns:
        An object with ``update(n)`` and ``close()``.

    >>> bar = progress_bar(3, None)
    >>> bar.update(3); bar.close()
    """
    if progress is False or (progress is None and total <= PROGRESS_AFTER):
        return _NoProgress()
    from tqdm.auto import tqdm  # a widget in a notebook, a text bar in a terminal (a dependency of the kit)

    return tqdm(total=total, desc="reading transcripts", unit="source", file=sys.stderr)


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass
