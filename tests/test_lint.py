"""The code passes ruff's lint and format check (settings in pyproject.toml, [tool.ruff]).

Part of the test command so the style cannot drift; .pre-commit-config.yaml runs the
same checks on each commit, and nbqa runs ruff on the notebooks there.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None,
    reason="ruff is not installed (it comes with tests/requirements.txt: python3 tasks.py test)",
)


@pytest.mark.parametrize(
    "command",
    [["check", "."], ["format", "--check", "."]],
    ids=["ruff check", "ruff format --check"],
)
def test_ruff_reports_nothing(command: list[str]) -> None:
    # --no-cache: the test writes nothing into the repository.
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = (result.stdout + result.stderr).strip()
    fix = "python -m ruff format ." if command[0] == "format" else "python -m ruff check --fix ."
    assert result.returncode == 0, f"ruff {' '.join(command)} reported (try `{fix}`):\n{output}"
