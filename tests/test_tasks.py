"""tasks.py: the whole suite by default, and ``test --quick`` for a developer's loop."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
tasks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tasks)


def test_test_runs_the_whole_suite_by_default():
    assert tasks.pytest_args([]) == []
    assert tasks.pytest_args(["-x", "tests/test_kwic.py"]) == ["-x", "tests/test_kwic.py"]


def test_quick_leaves_out_the_binder_build_and_the_browser_tests():
    args = tasks.pytest_args(["--quick", "-x"])
    assert args == ["--ignore=tests/test_binder_env.py", "--ignore=tests/test_browser.py", "-x"]
    for path in tasks.SLOW_TESTS:
        assert (ROOT / path).is_file(), f"{path} is gone: update SLOW_TESTS in tasks.py"


def test_quick_is_documented_below_the_first_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("python3 tasks.py test --quick") > readme.index("python3 tasks.py test    #")
    assert "python3 tasks.py test --quick" in (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    assert "--quick" in tasks.__doc__
