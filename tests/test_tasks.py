"""tasks.py: the whole suite by default, and ``test --quick`` for a developer's loop."""

from __future__ import annotations

import importlib.util
import re
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


def test_rfc3987_syntax_and_lark_are_left_out_of_the_environments():
    # jsonschema imports rfc3987_syntax at JupyterLab's start (1.4 s) for "iri" checks no Jupyter schema makes
    assert tasks.left_out() == ["rfc3987-syntax", "lark"]
    for pins in ("binder/requirements.txt", "tests/requirements.txt"):
        names = {line.split("==")[0] for line in (ROOT / pins).read_text(encoding="utf-8").splitlines() if "==" in line}
        assert not names & set(tasks.left_out()), pins
    # pip installs them anyway (jupyter-events asks for jsonschema[format-nongpl]): Binder and .venv uninstall them
    assert (
        "pip uninstall --yes --quiet --requirement binder/uninstall.txt" in (ROOT / "binder" / "postBuild").read_text()
    )
    assert '"uninstall", "--yes", "--quiet", "-r", str(LEFT_OUT)' in (ROOT / "tasks.py").read_text(encoding="utf-8")


def test_no_jupyter_schema_uses_the_formats_rfc3987_syntax_checks():
    import sys
    import sysconfig

    places = [Path(sysconfig.get_paths()["purelib"]), Path(sys.prefix) / "share" / "jupyter"]
    iri = re.compile(r"""["']?format["']?\s*:\s*["']?iri""")
    using = []
    for place in places:
        for pattern in ("jupyter*/**/*.json", "jupyter*/**/*.yaml", "lab/schemas/**/*.json"):
            using += [p for p in place.glob(pattern) if iri.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert not using
