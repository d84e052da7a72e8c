"""Live memory of a piece of work: Python objects plus Arrow buffers, read while it runs.

tracemalloc sees Python objects and numpy arrays but not the buffers pyarrow allocates
from its memory pools (its default pool, and the C library's, in which :mod:`kit.columns`
makes its columns: :func:`kit.columns.arrow_pool`); a pool's peak alone says nothing about
when it came. So a second thread reads them all every half millisecond (numpy and pyarrow
let it run while they work) and keeps the largest sum: the most the work held at once.
"""

from __future__ import annotations

import sys
import threading
import time
import tracemalloc
from collections.abc import Callable

__all__ = ["live_peak"]


def live_peak(work: Callable[[], object]) -> tuple[int, int]:
    """Run ``work``; return the most it held at once (bytes, Python plus Arrow) and tracemalloc's peak."""
    import pyarrow as pa

    pools = [pa.default_memory_pool(), pa.system_memory_pool()]
    if pools[0].backend_name == pools[1].backend_name:
        pools = pools[:1]  # (where the default is the C library's, one pool)

    def arrow() -> int:
        return sum(pool.bytes_allocated() for pool in pools)

    arrow_before = arrow()
    highest, done = [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            held = tracemalloc.get_traced_memory()[0] + arrow() - arrow_before
            highest[0] = max(highest[0], held)
            time.sleep(0.0005)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    tracemalloc.start()
    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        work()
    finally:
        done.set()
        sampler.join()
        python = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        sys.setswitchinterval(interval)
    return max(highest[0], python), python
