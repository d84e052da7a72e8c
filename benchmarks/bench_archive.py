"""A whole archive as a dataset (issue 19): build, update with ten changed files, ask DuckDB; next to the in-memory path.

The 150 Kremlin archive pages are replicated to ``--size`` megabytes (``replicate.py``: ids,
titles and a name varied per copy), then each step runs in a child process of its own, so
that its time and its peak resident memory are its own:

- build: ``kit.archive.build_archive(folder, dataset)``;
- update: ten files changed (a line added), ``build_archive`` again (bar: under 5% of the build);
- kwic, totals, coverage: ``kit.archive.kwic``, ``speaker_totals`` and ``word_totals``,
  ``coverage`` over the dataset in DuckDB (bar: peak memory under 1 GB);
- memory: the in-memory path, ``kit.read_corpus`` then the same questions in pandas
  (skipped when the machine has not about 12 times the size free);
- cluster: ``kit.archive.build_on_cluster`` on a LocalCluster of 2 worker processes.

Peak memory is the child's peak resident set (``os.wait4``'s ``ru_maxrss``, which takes in
the processes it waited for) and the peak of the sum over the child and its children,
sampled every 0.1 s with psutil (the cluster's workers run side by side).

    python benchmarks/bench_archive.py --size 1000        # about 1 GB; leaves the files in --workdir
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kit, for the child processes

from replicate import replicate  # noqa: E402

TERM = "nuclear weapons"


def measure(args: list[str]) -> dict:
    """Run this script's ``args`` in a child process: its wall time, its peak RSS and its tree's, what it printed."""
    import psutil

    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    tree_peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                parent = psutil.Process(child.pid)
                rss = parent.memory_info().rss + sum(
                    p.memory_info().rss for p in parent.children(recursive=True) if p.is_running()
                )
                tree_peak[0] = max(tree_peak[0], rss)
            except psutil.Error:
                pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"step {args[0]} failed ({child.returncode})")
    report = json.loads(out.strip().splitlines()[-1])
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "tree_peak_mb": tree_peak[0] / 2**20, **report}


def step(name: str, work: Path) -> dict:
    """One step, in this (child) process; returns what it found, to print as JSON."""
    import kit
    import kit.archive as archive

    folder, dataset = work / "sources", work / "dataset"
    if name == "build":
        shutil.rmtree(dataset, ignore_errors=True)
        built = archive.build_archive(folder, dataset, progress=False)
        return {"sources": len(built), "repr": repr(built)}
    if name == "update":
        before = {p.source: p.key for p in archive.Archive(dataset)}
        updated = archive.build_archive(folder, dataset, progress=False)
        changed = sum(before.get(p.source) != p.key for p in updated)
        return {"sources": len(updated), "parts_rewritten": changed}
    if name == "kwic":
        return {"rows": len(archive.kwic(dataset, TERM))}
    if name == "totals":
        speakers = archive.speaker_totals(dataset)
        sources = archive.word_totals(dataset, "source")
        return {"speakers": len(speakers), "top": speakers.iloc[0, 0], "words": int(sources["words"].sum())}
    if name == "coverage":
        return {"rows": len(archive.coverage(dataset, by="doc_id"))}
    if name == "memory":
        times = {}
        start = time.perf_counter()
        corpus = kit.read_corpus(folder, progress=False)
        times["read_corpus_s"] = time.perf_counter() - start
        start = time.perf_counter()
        sentences = corpus.sentences
        times["sentences_s"] = time.perf_counter() - start
        start = time.perf_counter()
        rows = len(kit.kwic(sentences, TERM))
        times["kwic_s"] = time.perf_counter() - start
        start = time.perf_counter()
        speakers = kit.airtime.speaker_totals(corpus.turns)
        words = int(corpus.turns.groupby("source")["n_words"].sum().sum())
        times["totals_s"] = time.perf_counter() - start
        return {"rows": rows, "speakers": len(speakers), "words": words, **times}
    if name == "cluster":
        from dask.distributed import Client, LocalCluster

        target = work / "dataset-cluster"
        shutil.rmtree(target, ignore_errors=True)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                built = archive.build_on_cluster(folder, target, client)
        return {"sources": len(built)}
    raise SystemExit(f"no step {name}")


def change_ten(folder: Path) -> list[str]:
    """Add a line to ten files spread over the copies (their size and bytes change)."""
    files = sorted(folder.rglob("*.txt"))
    chosen = files[:: max(1, len(files) // 10)][:10]
    for path in chosen:
        with open(path, "a", encoding="utf-8") as file:
            file.write("Vladimir Putin: One more thing, added for the update benchmark.\n")
    return [str(p) for p in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=100, help="megabytes of text to replicate (1000: about 1 GB)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to write (default: a new temporary folder)")
    parser.add_argument("--skip", nargs="*", default=[], help="steps to leave out: memory, cluster")
    parser.add_argument("--coverage", action="store_true", help="also count topic coverage (slow: the kit's matcher)")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step:
        print(json.dumps(step(options.step, options.workdir), default=str))
        return
    work = options.workdir or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    folder = work / "sources"
    if not folder.exists():
        files = replicate(folder, options.size)
        print(f"replicated {len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.0f} MB, in {work}")
    size = sum(f.stat().st_size for f in folder.rglob("*.txt"))
    results = {}

    def run(name: str) -> None:
        results[name] = measure(["--step", name, "--workdir", str(work)])
        figures = results[name]
        extra = {
            k: (round(v, 2) if isinstance(v, float) else v)
            for k, v in figures.items()
            if k not in ("seconds", "peak_mb", "tree_peak_mb")
        }
        print(
            f"{name:<10} {figures['seconds']:8.1f} s   peak RSS {figures['peak_mb']:7.0f} MB   "
            f"tree {figures['tree_peak_mb']:7.0f} MB   {extra}",
            flush=True,
        )

    print(f"{size / 1e6:.0f} MB of text in {len(list(folder.rglob('*.txt')))} files")
    run("build")
    changed = change_ten(folder)
    print(f"changed {len(changed)} files")
    run("update")
    run("kwic")
    run("totals")
    if options.coverage:
        run("coverage")
    dataset_mb = sum(f.stat().st_size for f in (work / "dataset").rglob("*")) / 1e6
    print(f"dataset: {dataset_mb:.0f} MB on disk")
    print(f"update / build: {results['update']['seconds'] / results['build']['seconds']:.2%} (bar: under 5%)")
    if "memory" not in options.skip:
        import psutil

        if psutil.virtual_memory().available > 12 * size:
            run("memory")
        else:
            print("memory: skipped (the machine has not 12 times the size free)")
    if "cluster" not in options.skip:
        run("cluster")
    (work / "results.json").write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
