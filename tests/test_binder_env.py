"""Binder's environment, built for real: binder/requirements.txt plus postBuild, nothing else.

A fresh virtual environment gets exactly what repo2docker installs, in its order (the
pinned requirements, then postBuild on the copied repository), and every notebook runs in
it with ``jupyter nbconvert --execute``, solutions checked strictly. A dependency that only
the developers' environment has (pytest, say) fails here, not in a classroom. The size of
the environment and the time to build it are printed and written to
``build/artifacts/binder-env.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "build" / "artifacts"


def size_of(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.mark.skipif(os.name == "nt", reason="postBuild is a bash script, as on Binder")
def test_binder_environment_runs_every_notebook(tmp_path: Path, capsys) -> None:
    env_dir = tmp_path / "binder-env"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(ROOT / "binder" / "requirements.txt")], check=True)
    environ = {**os.environ, "PATH": f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(env_dir)}
    environ.pop("PYTHONPATH", None)
    subprocess.run(["bash", str(ROOT / "binder" / "postBuild")], check=True, env=environ)
    built = time.perf_counter() - started

    config = env_dir / "etc" / "jupyter" / "jupyter_server_config.d" / "press-conference-kit.json"
    assert json.loads(config.read_text())["LabApp"]["default_url"] == "/lab/tree/notebooks/00-start-here.ipynb"
    probe = (
        "import importlib.util as u, kit; print(kit.__file__); print(u.find_spec('pytest') is None); "
        "print(u.find_spec('rfc3987_syntax') is None)"
    )
    found = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=True, env=environ)
    kit_file, no_pytest, no_rfc3987 = found.stdout.split()
    assert Path(kit_file).parent == ROOT / "kit", "postBuild installs the repository's kit, editable"
    assert no_pytest == "True", "Binder's environment must not depend on the test tools"
    assert no_rfc3987 == "True", "postBuild uninstalls what slows JupyterLab's start (binder/uninstall.txt)"

    out = tmp_path / "executed"
    notebooks = sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
    started = time.perf_counter()
    done = subprocess.run(
        [
            str(env_dir / "bin" / "jupyter"),
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--output-dir",
            str(out),
            "--ExecutePreprocessor.timeout=120",
            *notebooks,
        ],
        capture_output=True,
        text=True,
        env={**environ, "KIT_STRICT_CHECKS": "1"},
        cwd=ROOT / "notebooks",
    )
    ran = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(list(out.glob("*.ipynb"))) == len(notebooks)

    figures = {
        "build_seconds": round(built, 1),
        "installed_mb": round(size_of(env_dir) / 1e6, 1),
        "packages": len(list((env_dir / "lib").glob("python*/site-packages/*.dist-info"))),
        "notebooks": len(notebooks),
        "notebooks_seconds": round(ran, 1),
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "binder-env.json").write_text(json.dumps(figures, indent=1) + "\n")
    with capsys.disabled():
        print(f"\nBinder environment: {figures}")
