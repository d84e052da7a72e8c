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

__all__ = [
    "run",
    "processes_for",
    "busy",
    "processors",
    "process_context",
    "progress_bar",
    "PROGRESS_AFTER",
    "PER_PROCESS",
]

#: With ``progress=None``, :func:`run` shows a progress bar for more items than this.
PROGRESS_AFTER = 10
#: The work (bytes of transcripts) a worker process needs to pay for itself: starting it,
#: sending its results back and the memory it copies cost about a quarter more processor
#: time than parsing in one process (measured on the Kremlin archive's 2.6 MB: 0.66 s
#: against 0.52 s), which a second process wins back only when there is enough to share,
#: and only on processors that nothing else keeps busy (:func:`busy`). On an idle 2-core
#: machine two processes read those 2.6 MB in 0.36 s against 0.53 s in one; under a
#: load of 4 and more they were slower, which :func:`busy` rules out. About 0.2 s of
#: parsing each.
PER_PROCESS = 1_000_000


def run(
    work: Callable[[Any], Any],
    items: Sequence[Any],
    *,
    workers: int = 1,
    progress: bool | None = None,
    here: Callable[[Any], Any] | None = None,
    sizes: Sequence[int] | None = None,
) -> Iterator[Any]:
    """``work(item)`` for each item, in order, in a pool of worker processes or in this one.

    With ``sizes``, no more processes start than the work pays for
    (:func:`processes_for`), and none while the machine's processors are all busy
    (:func:`busy`): there, processes would only slow the work down.
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
        sizes: each item's work, in bytes of input (default: processes as asked).

    Yields:
        Each item's result, in the order of ``items``.

    >>> list(run(abs, [-1, 2, -3]))
    [1, 2, 3]
    """
    here = here or work
    workers = min(workers or processors(), len(items))
    if sizes is not None and workers > 1:
        workers = 1 if busy() else processes_for(sum(sizes), workers)
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


def processes_for(size: int, workers: int) -> int:
    """How many of ``workers`` processes a job of ``size`` bytes pays for: one per :data:`PER_PROCESS`.

    Args:
        size: the job's input, in bytes.
        workers: the processes asked for.

    Returns:
        Between 1 (do it in this process) and ``workers``.

    >>> processes_for(600_000, 2), processes_for(2_600_000, 2), processes_for(40_000_000, 4)
    (1, 2, 4)
    """
    return max(1, min(workers, size // PER_PROCESS))


def busy() -> bool:
    """Whether the processors are all busy already: over the last minute, as many programs ran as there are processors.

    Worker processes then only take turns with the others, and the cost of starting
    them and sending their results back makes the work slower than in one process.

    Returns:
        ``True`` where the load average is at least :func:`processors`; ``False`` where it
        is lower or unknown (Windows).

    >>> busy() in (True, False)
    True
    """
    try:
        return os.getloadavg()[0] >= processors()
    except (AttributeError, OSError):  # no load average on this system
        return False


def processors() -> int:
    """The processors this process may run on, and may use: a container's processor quota counts.

    A Binder or JupyterHub container often sees all the machine's processors but may
    use only one or two (its cgroup's ``cpu.max``); worker processes beyond that only
    take turns.

    Returns:
        Their number (at least 1).

    >>> processors() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0)) or 1
    else:
        count = os.cpu_count() or 1
    quota = _cpu_quota()
    return max(1, min(count, quota)) if quota else count


def _cpu_quota() -> int | None:
    """The processors a Linux cgroup allows this process (its quota over its period, rounded up), if it sets one."""
    import math

    for quota_file, period_file in (
        ("/sys/fs/cgroup/cpu.max", None),  # cgroup v2: "QUOTA PERIOD" or "max PERIOD"
        ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu/cpu.cfs_period_us"),  # v1
    ):
        try:
            with open(quota_file, encoding="ascii") as file:
                fields = file.read().split()
            if period_file:
                with open(period_file, encoding="ascii") as file:
                    fields.append(file.read().strip())
            quota, period = int(fields[0]), int(fields[1])
        except (OSError, ValueError, IndexError):  # no such file, "max", or not Linux
            continue
        if quota > 0 and period > 0:
            return math.ceil(quota / period)
    return None


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
