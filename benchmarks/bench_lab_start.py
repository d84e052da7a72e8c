"""How long JupyterLab takes to answer: from starting ``jupyter lab --no-browser`` to its first HTTP 200.

Each run starts JupyterLab on a free port on 127.0.0.1 in an empty folder (its runtime
files in a temporary folder too), asks ``/api/status`` every 20 ms until it answers 200,
and stops it. Runs are alternated between the environment as it is and, where
``rfc3987_syntax`` is installed, the same environment with that module left out (a
shadow module that raises ImportError, as if it were not installed): jsonschema imports it
at JupyterLab's start for the "iri" format checks, which no Jupyter schema uses, and its
grammar takes over a second to build. ``tasks.py`` and ``binder/postBuild`` uninstall it
(issue 18); the second figure shows what that saves where it is still installed.

    python benchmarks/bench_lab_start.py [RUNS]     (default 3 runs of each)
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

RUNS = 3
LIMIT = 120.0  # seconds before a run counts as failed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_answer(extra_path: str | None) -> float:
    """Seconds from starting JupyterLab to its first 200 on /api/status."""
    port, token = free_port(), secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "JUPYTER_RUNTIME_DIR": folder}
        env.pop("JUPYTER_TOKEN", None)
        if extra_path:
            env["PYTHONPATH"] = os.pathsep.join(p for p in (extra_path, env.get("PYTHONPATH")) if p)
        command = [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={folder}",
            "--ServerApp.allow_root=True",
        ]
        url = f"http://127.0.0.1:{port}/api/status?token={token}"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # straight to loopback
        started = time.perf_counter()
        lab = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < LIMIT:
                if lab.poll() is not None:
                    raise RuntimeError(f"jupyter lab exited with status {lab.returncode}")
                try:
                    with opener.open(url, timeout=1) as answer:
                        if answer.status == 200:
                            return time.perf_counter() - started
                except (urllib.error.URLError, OSError):
                    pass
                time.sleep(0.02)
            raise RuntimeError(f"jupyter lab did not answer within {LIMIT:g} s")
        finally:
            lab.terminate()
            try:
                lab.wait(timeout=10)
            except subprocess.TimeoutExpired:
                lab.kill()
                lab.wait()


def main(runs: int = RUNS) -> None:
    installed = importlib.util.find_spec("rfc3987_syntax") is not None
    conditions = {"as installed": None}
    shadow = tempfile.TemporaryDirectory()
    if installed:
        Path(shadow.name, "rfc3987_syntax.py").write_text(
            'raise ImportError("left out by benchmarks/bench_lab_start.py")\n', encoding="utf-8"
        )
        conditions["without rfc3987_syntax"] = shadow.name
    print(f"rfc3987_syntax installed: {'yes' if installed else 'no'}")
    first_answer(None)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in conditions}
    for _ in range(runs):
        for name, extra in conditions.items():
            times[name].append(first_answer(extra))
    for name, found in times.items():
        shown = ", ".join(f"{t:.2f}" for t in found)
        print(f"first answer, {name:24} {statistics.median(found):5.2f} s median of {runs} ({shown} s)")
    shadow.cleanup()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
