"""Many files: the cost of a tiny file, and whether worker processes pay, measured in one run.

Targets (issue "Inputs, links and stores that never hang, crash or lose a file"):

- 3,000 files of 40 bytes read with ``kit.read_corpus(folder)`` (workers=1) in under 1 s on
  one core: this process is pinned to one processor for it, where the system allows;
- ``workers=2`` on 2 cores at least as fast as ``workers=1`` on the 150 pages of the Kremlin
  archive (/work/shared/corpus/kremlin-archive/txt; skipped where it is absent), the two
  alternated so that both meet the same load. ``read_corpus`` starts one process per
  ``kit.workers.PER_PROCESS`` bytes at most (1 MB), and none while the processors are all busy
  (``kit.workers.busy``: a load average of at least one per processor), so on 2.6 MB it
  starts two on an idle machine and none on a busy one; the figure with the processes
  forced shows what they cost, and a corpus of 4 copies of the archive a larger job.

Times are the best of several runs (another program on the machine only ever slows a run
down); the load average is printed first, since the machine may be shared.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kit  # noqa: E402
import kit.workers  # noqa: E402

from timing import best, best_and_cpu  # noqa: E402

ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kremlin-archive" / "txt"
TINY = b"Question: Why?\nVladimir Putin: Because.\n"  # 40 bytes
MB = 1_000_000


def tiny_files(folder: Path, count: int = 3_000) -> None:
    for k in range(count):
        (folder / f"t{k:04d}.txt").write_bytes(TINY)
    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        allowed = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(allowed)})
    try:
        corpus = kit.read_corpus(folder, progress=False)
        assert len(corpus.documents) == count and not len(corpus.errors)
        took, cpu = best_and_cpu(lambda: kit.read_corpus(folder, progress=False), 7, children=True)
    finally:
        if pinned:
            os.sched_setaffinity(0, allowed)
    core = "on one core" if pinned else "(not pinned to one core here)"
    print(
        f"{count:,} files of {len(TINY)} bytes, read_corpus(folder), workers=1, {core}: {took:.3f} s, "
        f"{took / count * 1e3:.3f} ms a file   (target < 1 s); processor time {cpu:.3f} s, {cpu / count * 1e3:.3f} ms a file"
    )


def alternate(folder: Path, label: str, rounds: int = 5) -> None:
    """workers=1 and workers=2 on ``folder``, alternated; then workers=2 with the processes forced."""
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    kit.read_corpus(folder, progress=False)  # the vocabularies read once, before any timing
    ones, twos, forced, cpus = [], [], [], []
    for _ in range(rounds):
        ones.append(best(lambda: kit.read_corpus(folder, progress=False, workers=1), 1))
        twos.append(best(lambda: kit.read_corpus(folder, progress=False, workers=2), 1))
        used = 1 if kit.workers.busy() else kit.workers.processes_for(size, 2)  # what workers=2 just did
        saved = kit.workers.PER_PROCESS, kit.workers.busy
        kit.workers.PER_PROCESS, kit.workers.busy = 1, lambda: False
        try:
            wall, cpu = best_and_cpu(lambda: kit.read_corpus(folder, progress=False, workers=2), 1, children=True)
            forced.append(wall)
            cpus.append(cpu)
        finally:
            kit.workers.PER_PROCESS, kit.workers.busy = saved
    one, two, pool = min(ones), min(twos), min(forced)
    verdict = "faster" if two < one else "as fast" if two <= one * 1.02 else "SLOWER"
    if used == 1:  # read_corpus read it here, as with workers=1: any difference is the machine's
        verdict += ", the same work as workers=1"
    print(
        f"{label} ({size / MB:.1f} MB), best of {rounds}, alternated: workers=1 {one:.3f} s, "
        f"workers=2 {two:.3f} s ({used} process{'es' if used > 1 else ''} used: {verdict}: {one / two:.2f}x)   "
        f"(target: workers=2 at least as fast)"
    )
    _, one_cpu = best_and_cpu(lambda: kit.read_corpus(folder, progress=False, workers=1), 3, children=True)
    print(
        f"    with 2 processes forced: {pool:.3f} s ({one / pool:.2f}x of workers=1); processor time "
        f"{min(cpus):.3f} s in all, against {one_cpu:.3f} s in one process"
    )


def main() -> None:
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        print(
            f"load average {load:.1f} on {kit.workers.processors()} processors"
            + (" (a busy machine: wall-clock times run long)" if load > 1 else "")
        )
    folder = Path(tempfile.mkdtemp(prefix="bench-files-"))
    try:
        tiny_files(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if not ARCHIVE.is_dir():
        print(f"Kremlin archive: skipped ({ARCHIVE} is absent; it is only beside the team's checkout)")
        return
    alternate(ARCHIVE, "the 150 Kremlin archive pages")
    folder = Path(tempfile.mkdtemp(prefix="bench-files-"))
    try:
        for copy in range(4):
            for page in ARCHIVE.glob("*.txt"):
                shutil.copyfile(page, folder / f"{copy}_{page.name}")
        alternate(folder, "4 copies of the archive, 600 pages", rounds=3)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
