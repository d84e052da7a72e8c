"""Timing shared by the benchmarks: the best of several runs, in wall-clock and processor time.

The shortest run is the one least disturbed by other programs on the machine (they can only
slow a run down), so each figure is the minimum over ``repeat`` runs.
"""

from __future__ import annotations

import gc
import os
import time

__all__ = ["best", "best_and_cpu"]


def best(run, repeat: int) -> float:
    """The shortest of ``repeat`` runs, in seconds, with nothing left over from the last."""
    return best_and_cpu(run, repeat)[0]


def best_and_cpu(run, repeat: int, children: bool = False) -> tuple[float, float]:
    """The shortest wall-clock time and the shortest processor time of ``repeat`` runs.

    ``children``: count the processor time of worker processes that finished during the run
    too (user and system), not only this process's.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        start, before = time.perf_counter(), os.times()
        run()
        walls.append(time.perf_counter() - start)
        after = os.times()
        used = 4 if children else 2  # os.times(): user, system, children's user, children's system
        cpus.append(sum(after[:used]) - sum(before[:used]))
    return min(walls), min(cpus)
