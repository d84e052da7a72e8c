"""Many transcripts at once: read_corpus speed, the workers' speed-up, kit.parse's fixed cost,
peak memory, and saving and reopening a corpus.

Targets (issue "Many transcripts at once, from files, folders, saved web pages and links,
fast"), one core unless stated:

- the 150 pages of the Kremlin archive (/work/shared/corpus/kremlin-archive/txt, 2.6 MB)
  read with read_corpus at 5 MB/s or more, end to end (skipped where it is absent);
  with workers=0 (one process per processor), the speed-up over one, measured in the
  same run;
- kit.parse of a two-line transcript: at most 3 ms;
- peak memory (live: Python objects and Arrow buffers, see memory.py) while building a
  corpus of 10 MB of files: at most 5x the
  input, with the sentences left for first use;
- a saved corpus reopens in well under a second.

Times are the best of several runs (another program on the machine only ever slows a
run down); ratios compare runs made here, one after the other.
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kit, not an installed one

import kit  # noqa: E402
from kit.parsing import parse_lines  # noqa: E402
from kit.source import read_text, split_lines  # noqa: E402
from kit.workers import processors as count_processors  # noqa: E402

from memory import live_peak  # noqa: E402
from synthetic import synthetic  # noqa: E402
from timing import best, best_and_cpu  # noqa: E402

MB = 1_000_000
ARCHIVE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kremlin-archive" / "txt"
TINY = "Question: Why?\nVladimir Putin: Because."


def archive() -> None:
    if not ARCHIVE.is_dir():
        print(f"Kremlin archive: skipped ({ARCHIVE} is absent; it is only beside the team's checkout)")
        return
    files = sorted(ARCHIVE.glob("*.txt"))
    size = sum(f.stat().st_size for f in files)
    corpus = kit.read_corpus(ARCHIVE, progress=False)
    print(
        f"Kremlin archive: {len(files)} files, {size / MB:.2f} MB -> {len(corpus.documents):,} documents, "
        f"{len(corpus.turns):,} turns, {len(corpus.exchanges):,} exchanges, {len(corpus.lines):,} lines"
    )
    del corpus
    one, one_cpu = best_and_cpu(lambda: kit.read_corpus(ARCHIVE, progress=False), 7)
    parser, parser_cpu = best_and_cpu(lambda: [parse_lines(split_lines(read_text(f)), str(f)) for f in files], 7)
    print(
        f"  read_corpus, 1 process      {one:6.3f} s  {size / MB / one:5.1f} MB/s   (target >= 5 MB/s); "
        f"CPU time {one_cpu:.3f} s, {size / MB / one_cpu:.1f} MB/s"
    )
    print(
        f"    of which reading files and kit.parsing.parse_lines {parser:.3f} s (CPU {parser_cpu:.3f} s); "
        f"the rest (words, copies, frames) {one - parser:.3f} s (CPU {one_cpu - parser_cpu:.3f} s)"
    )
    processors = count_processors()
    before = _children_cpu()
    many = best(lambda: kit.read_corpus(ARCHIVE, progress=False, workers=0), 5)
    workers_cpu = (_children_cpu() - before) / 5
    _, parent_cpu = best_and_cpu(lambda: kit.read_corpus(ARCHIVE, progress=False, workers=0), 3)
    from kit.workers import busy, processes_for

    used = 1 if busy() else processes_for(size, processors)  # a small or busy job stays in one process
    print(
        f"  read_corpus, workers=0      {many:6.3f} s  {size / MB / many:5.1f} MB/s   "
        f"speed-up {one / many:.2f}x with {used} of {processors} processes (bench_files.py compares them)"
    )
    if workers_cpu:
        print(
            f"    CPU time: {parent_cpu:.3f} s in this process (joining and building the frames), "
            f"{workers_cpu:.3f} s in the workers (mean of 5 runs)"
        )


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def fixed_cost() -> None:
    kit.parse(TINY)
    times = []
    for _ in range(2000):
        start = time.perf_counter()
        kit.parse(TINY)
        times.append(time.perf_counter() - start)
    lines = split_lines(TINY)
    parser = []
    for _ in range(2000):
        start = time.perf_counter()
        parse_lines(lines)
        parser.append(time.perf_counter() - start)
    median, low = statistics.median(times), min(times)
    print(
        f"kit.parse of a two-line transcript: median {median * 1e3:.2f} ms, best {low * 1e3:.2f} ms   (target <= 3 ms); "
        f"parse_lines alone {statistics.median(parser) * 1e3:.2f} ms"
    )


def write_files(folder: Path, n_bytes: int) -> int:
    """Copies of the Geneva source, each with its own names and dates, one a file; their total bytes."""
    size, k = 0, 0
    while size < n_bytes:
        text = synthetic(1, seed=k)  # one copy
        path = folder / f"{k // 100:02d}" / f"{k:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        size += path.stat().st_size
        k += 1
    return size


def memory(folder: Path, size: int) -> None:
    """Live memory while reading ``folder``, in one process (:func:`memory.live_peak`)."""
    gc.collect()
    held: list = []
    live, python = live_peak(lambda: held.append(kit.read_corpus(folder, progress=False, workers=1)))
    assert held[0]._sentences is None, "the sentences were built before their first use"
    print(
        f"  peak memory while building it: live {live / size:.1f}x the input   (target <= 5x; "
        f"Python objects and Arrow buffers; Python objects alone {python / size:.1f}x)"
    )


def large_corpus(folder: Path) -> None:
    size = write_files(folder / "in", 10 * MB)
    files = sum(1 for _ in (folder / "in").rglob("*.txt"))
    seconds = best(lambda: kit.read_corpus(folder / "in", progress=False), 3)
    print(
        f"10 MB corpus: {files} files, {size / MB:.1f} MB: read_corpus {seconds:.2f} s, {size / MB / seconds:.1f} MB/s"
    )
    subprocess.run([sys.executable, __file__, "--memory", str(folder / "in"), str(size)], check=True)
    corpus = kit.read_corpus(folder / "in", progress=False)
    print(
        f"  {len(corpus.turns):,} turns, {corpus.turns['duplicate_of'].notna().sum():,} marked as copies "
        f"(each copy of the source carries the blog's pasted exchange)"
    )
    start = time.perf_counter()
    sentences = corpus.sentences
    print(f"  sentences on first use: {len(sentences):,} in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    saved = corpus.save(folder / "saved")
    written = time.perf_counter() - start
    on_disk = sum(p.stat().st_size for p in saved.iterdir())
    opened = best(lambda: kit.open_corpus(saved), 5)
    print(
        f"  save {written:.2f} s ({on_disk / MB:.1f} MB of Parquet); open_corpus {opened:.3f} s   "
        "(target: well under 1 s)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--memory"]:
        memory(Path(sys.argv[2]), int(sys.argv[3]))
        return
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        print(
            f"load average {load:.1f} on {os.cpu_count()} processors"
            + (" (a busy machine: wall-clock times run long, CPU times less so)" if load > 1 else "")
        )
    archive()
    fixed_cost()
    folder = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        large_corpus(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
