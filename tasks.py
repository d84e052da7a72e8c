#!/usr/bin/env python3
"""Set up and run the kit with nothing but Python 3.11 installed.

    python3 tasks.py lab     open JupyterLab on the start notebook
    python3 tasks.py test    run the whole test suite (unit tests, doctests, notebooks)
    python3 tasks.py test --quick
                             the same without the Binder build and the browser tests
                             (tests/test_binder_env.py, tests/test_browser.py): minutes less
    python3 tasks.py bench   run the benchmarks and print their figures
    python3 tasks.py pin     re-compile the pinned requirements from pyproject.toml

Each command first makes sure ``.venv`` exists and matches the pinned requirements
(``binder/requirements.txt``, the same pins Binder uses, plus the test tools in
``tests/requirements.txt``); the first run takes a minute or two, later runs start at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PINS = [ROOT / "tests" / "requirements.txt"]  # binder/requirements.txt plus pytest, nbval, hypothesis
#: Packages the pins pull in that nothing uses, uninstalled as binder/postBuild does (the file says why).
LEFT_OUT = ROOT / "binder" / "uninstall.txt"
STAMP = VENV / ".kit-requirements.sha256"
#: JupyterLab's start page, shared with Binder (binder/postBuild installs the same file).
SERVER_CONFIG = ROOT / "binder" / "jupyter_server_config.json"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def base_python() -> str:
    """Python 3.11 if it is on the PATH, else the interpreter running this script."""
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    found = shutil.which("python3.11")
    if found:
        return found
    if sys.version_info < (3, 11):  # noqa: UP036 (tasks.py runs under any python3, to say which it needs)
        sys.exit(f"tasks.py needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    print(f"note: Python 3.11 not found; using {sys.version.split()[0]}", file=sys.stderr)
    return sys.executable


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in [*PINS, LEFT_OUT, ROOT / "pyproject.toml"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> Path:
    """Create or update .venv from the pins; return its Python."""
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text() == fingerprint():
        return python
    if not python.exists():
        print(f"creating {VENV} ...", flush=True)
        subprocess.run([base_python(), "-m", "venv", str(VENV)], check=True)
    print("installing pinned requirements (first run only) ...", flush=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for pins in PINS:
        subprocess.run([*pip, "-r", str(pins)], check=True)
    subprocess.run([*pip, "--no-deps", "--editable", str(ROOT)], check=True)
    subprocess.run([str(python), "-m", "pip", "uninstall", "--yes", "--quiet", "-r", str(LEFT_OUT)], check=True)
    STAMP.write_text(fingerprint())
    return python


def run(python: Path, *args: str) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT).returncode


def lab(args: list[str]) -> int:
    python = ensure_venv()
    if os.name != "nt" and os.geteuid() == 0 and "--allow-root" not in args:
        args = ["--allow-root", *args]  # containers and CI machines often run as root
    # The same lab as on Binder: nothing fetched from the internet, no "Jupyter news"
    # pop-up (binder/lab_settings.py installs the settings into .venv, as postBuild does).
    run(python, str(ROOT / "binder" / "lab_settings.py"))
    start = json.loads(SERVER_CONFIG.read_text(encoding="utf-8"))["LabApp"]["default_url"]
    return run(python, "-m", "jupyter", "lab", f"--LabApp.default_url={start}", *args)


#: The slow tests ``test --quick`` leaves out: a fresh Binder environment and JupyterLab in a browser.
SLOW_TESTS = ("tests/test_binder_env.py", "tests/test_browser.py")


def pytest_args(args: list[str]) -> list[str]:
    """pytest's arguments for ``test ARGS``: ``--quick`` becomes one ``--ignore`` per slow test file."""
    if "--quick" not in args:
        return list(args)
    rest = [a for a in args if a != "--quick"]
    return [*(f"--ignore={path}" for path in SLOW_TESTS), *rest]


def test(args: list[str]) -> int:
    python = ensure_venv()
    return run(python, "-m", "pytest", *pytest_args(args))


def bench(args: list[str]) -> int:
    python = ensure_venv()
    status = 0
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        print(f"\n== {script.name}", flush=True)
        status |= run(python, str(script), *args)
    return status


def left_out() -> list[str]:
    """The packages in binder/uninstall.txt: one a line, ``#`` comments."""
    lines = (line.split("#", 1)[0].strip() for line in LEFT_OUT.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def pin(args: list[str]) -> int:
    """Re-compile both pin files with uv (installed into .venv on demand)."""
    python = ensure_venv()
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "uv"], check=True)
    common = [
        "--python-version",
        "3.11",
        "--custom-compile-command",
        "python3 tasks.py pin",
        "--annotation-style",
        "line",
        *(f"--no-emit-package={name}" for name in left_out()),
    ]
    uv = [str(python), "-m", "uv", "pip", "compile", "pyproject.toml", *common]
    subprocess.run([*uv, "--extra", "lab", "-o", "binder/requirements.txt"], cwd=ROOT, check=True)
    extras = ["--extra", "lab", "--extra", "test", "--extra", "cluster"]  # cluster: the tests build on a Dask cluster
    subprocess.run(
        [*uv, *extras, "-c", "binder/requirements.txt", "-o", "tests/requirements.txt"],
        cwd=ROOT,
        check=True,
    )
    return 0


COMMANDS = {"lab": lab, "test": test, "bench": bench, "pin": pin}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
