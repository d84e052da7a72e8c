"""Parsing speed and memory on a synthetic corpus (the Geneva source repeated, names and dates varied).

Targets: 10 MB at 10 MB/s or better on one core (the compass goal is 30 MB/s; the limit,
one splitlines and one regular-expression pass, is printed for comparison); twice the
input at most 2.2x the time; peak memory at most 5x the input. The synthetic text repeats
the Geneva source, so nearly every turn is a copy: a harder case for the copy search than
a real transcript.

Memory is measured three ways, in separate runs:

- **live**: the most the parse holds at once, Python objects (tracemalloc) plus Arrow
  buffers (pyarrow's memory pool), read while it runs (:mod:`memory`). This is the
  figure held to the target.
- **Python only**: tracemalloc's own peak, which does not see Arrow buffers.
- **process**: how far the process's resident memory rises (its high-water mark, in a
  fresh process). It is larger than live memory because Python's and C's allocators keep
  memory they are given back, to reuse it: a second parse in the same process barely
  raises it.
"""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kit  # noqa: E402

from memory import live_peak  # noqa: E402
from synthetic import synthetic  # noqa: E402

MB = 1_000_000
LIMIT = re.compile(r"[^\W\d_][^:\n]{0,80}:")  # a label-like prefix: one regex pass, the floor


def seconds(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        kit.parse(text, "synthetic")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    small, large = synthetic(10 * MB), synthetic(20 * MB, seed=1)
    size_small, size_large = len(small.encode()), len(large.encode())
    corpus = kit.parse(small, "synthetic")
    print(
        f"input: {size_small / MB:.1f} MB, {len(corpus.lines):,} lines, {len(corpus.turns):,} turns, "
        f"{len(corpus.sentences):,} sentences, {corpus.turns['duplicate_of'].notna().sum():,} turns marked as copies"
    )
    del corpus  # time each parse with nothing else alive (a live corpus makes every GC pass longer)
    gc.collect()
    t_small, t_large = seconds(small), seconds(large)
    start = time.perf_counter()
    for line in small.splitlines():
        LIMIT.match(line)
    t_limit = time.perf_counter() - start
    print(f"limit: splitlines + one regex a line  {t_limit:6.2f} s  {size_small / MB / t_limit:6.1f} MB/s")
    print(f"parse 10 MB  {t_small:6.2f} s  {size_small / MB / t_small:5.1f} MB/s   (target >= 10 MB/s)")
    print(f"parse 20 MB  {t_large:6.2f} s  {size_large / MB / t_large:5.1f} MB/s")
    ratio = (t_large / t_small) / (size_large / size_small)
    print(f"time ratio for twice the input: {t_large / t_small:.2f}x ({ratio:.2f}x per byte)   (target <= 2.2x)")
    live, python = live_peak(lambda: kit.parse(small, "synthetic"))
    print(f"peak memory while parsing 10 MB: live {live / size_small:.1f}x the input   (target <= 5x)")
    print(f"  Python objects only (tracemalloc) {python / size_small:.1f}x")
    rise = int(
        subprocess.run([sys.executable, __file__, "--process"], capture_output=True, text=True, check=True).stdout
    )
    print(f"  process resident memory rises by {rise / size_small:.1f}x (allocators keep freed memory for reuse)")


def process_rise() -> int:
    """How far resident memory rises (its high-water mark) while a fresh process parses 10 MB."""

    def status(key: str) -> int:
        with open("/proc/self/status") as file:
            return next(int(line.split()[1]) * 1024 for line in file if line.startswith(key))

    text = synthetic(10 * MB)
    kit.parse(text[: 200 * 1000], "warm-up")
    gc.collect()
    with open("/proc/self/clear_refs", "w") as file:  # resets the high-water mark (Linux)
        file.write("5")
    before = status("VmRSS:")
    kit.parse(text, "synthetic")
    return status("VmHWM:") - before


if __name__ == "__main__":
    if sys.argv[1:] == ["--process"]:
        print(process_rise())
    else:
        main()
