"""``python -m kit check NOTEBOOK``: run one notebook and the tests about it; say briefly what failed, and the time.

One pytest run: nbval executes the notebook top to bottom (``--nbval-lax``: a cell must
not fail; in the instructor's copy every worked solution must pass its check, as the
repository's ``conftest.py`` sets ``KIT_STRICT_CHECKS=1`` for notebook cells), and of the
tests in ``tests/`` it keeps those parametrised by this notebook (its conventions, its
student copy, the figures its text gives) plus the notebook-wide checks of every
quotation, figure and answer key (``tests/test_lessons.py``, ``tests/test_exercises.py``).
The whole suite (``python3 tasks.py test``) takes minutes; this takes seconds. pytest's
report is kept back: :mod:`kit.classroom.verdict` says what failed in a few plain lines
(``--full`` shows pytest's report instead).

This module is also the pytest plugin that does the selecting (``-p kit.classroom.runner``,
active only when ``KIT_CHECK_NOTEBOOK`` names a notebook).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from kit._data import repository
from kit.classroom import verdict

__all__ = ["ENV", "TEST_FILES", "find_notebook", "check_notebook", "pytest_collection_modifyitems"]

#: The environment variable through which the command tells the plugin which notebook it checks.
ENV = "KIT_CHECK_NOTEBOOK"
#: Test files with tests about one notebook (parametrised by its name) or about all of them.
TEST_FILES = ("tests/test_notebooks.py", "tests/test_lessons.py", "tests/test_exercises.py", "tests/test_classroom.py")
#: Of those, the files whose tests that are not parametrised are kept too (they read every notebook).
_WHOLE = ("test_lessons.py", "test_exercises.py")


def find_notebook(name: str, root: Path) -> Path:
    """The notebook ``name`` means: a path, a file in ``root/notebooks``, or a unique prefix ("02").

    Args:
        name: the path of an existing ``.ipynb`` file, or a notebook's name in
            ``root/notebooks`` (with or without ``.ipynb``) or the start of one.
        root: the repository, whose ``notebooks`` folder is searched.

    Returns:
        The notebook's path: ``name`` resolved when it is such a file, else in ``root/notebooks``
        (the exact name wins over names it begins).

    Raises:
        ValueError: no notebook matches, or several do.

    >>> find_notebook("02", repository()).name
    '02-rhetoric.ipynb'
    """
    given = Path(name)
    if given.suffix == ".ipynb" and given.is_file():
        return given.resolve()
    folder = root / "notebooks"
    stem = given.name.removesuffix(".ipynb")
    candidates = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    exact = [p for p in candidates if p.stem == stem]
    matches = exact or [p for p in candidates if p.stem.startswith(stem)]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(p.stem for p in candidates) or "none"
    if not matches:
        raise ValueError(f"no notebook {name!r} (notebooks in {folder}: {names})")
    raise ValueError(f"{name!r} could be {', '.join(p.stem for p in matches)}: say which")


def check_notebook(
    name: str,
    root: str | os.PathLike[str] | None = None,
    extra: list[str] | None = None,
    full: bool = False,
) -> int:
    """Run one notebook under nbval and its tests in one pytest run; print a short verdict; return pytest's status.

    The verdict names each failure in plain words (the exercise it concerns, and what to
    change: :mod:`kit.classroom.verdict`) and ends with one line: the notebook, passed or
    FAILED, the time, and pytest's counts.

    Args:
        name: a notebook path, name or unique prefix.
        root: the repository (default: the folder above the kit package, or the current one).
        extra: more pytest arguments.
        full: show pytest's own report as it runs, instead of the short verdict.

    Returns:
        pytest's exit status (0 when the notebook and all its tests passed).

    Raises:
        ValueError: pytest or nbval is not installed, or the notebook is not found
            (:func:`find_notebook`).
    """
    for module in ("pytest", "nbval"):
        if importlib.util.find_spec(module) is None:
            raise ValueError(f"python -m kit check needs {module}: pip install -r tests/requirements.txt")
    top = Path(root) if root is not None else _root()
    notebook = find_notebook(name, top)
    tests = [str(top / f) for f in TEST_FILES if (top / f).is_file()]
    command = [sys.executable, "-m", "pytest", "-q", "--nbval-lax", "-p", "kit.classroom.runner"]
    command += ["-p", "kit.classroom.verdict", str(notebook), *tests, *(extra or [])]
    with tempfile.TemporaryDirectory(prefix="kit-check-") as folder:
        report = Path(folder) / "failures.jsonl"
        env = {**os.environ, ENV: notebook.stem, verdict.ENV: str(report), "PYTHONPATH": _this_kit()}
        started = time.perf_counter()
        if full:
            done = subprocess.run(command, cwd=top, env=env, check=False)
            output = ""
        else:
            command.insert(command.index("-q") + 1, "--color=no")
            done = subprocess.run(command, cwd=top, env=env, check=False, capture_output=True, text=True)
            output = done.stdout + done.stderr
        elapsed = time.perf_counter() - started
        failures = verdict.read_failures(report)
    if not full:
        lines = verdict.verdict(notebook.name, failures, _exercise_ids(top))
        if done.returncode not in (0, 1) and not failures:  # pytest could not run: say what it said
            lines = [line for line in output.splitlines() if line.strip()][-12:]
        if lines and done.returncode != 0:
            lines.append(f"(python -m kit check {notebook.stem} --full shows pytest's whole report)")
        for line in lines:
            print(line)
    counts = re.findall(r"\d+ (?:passed|failed|errors?|skipped|deselected|xfailed|xpassed)", output)
    state = "passed" if done.returncode == 0 else "FAILED"
    said = f"{', '.join(counts)}: " if counts else ""
    print(
        f"{notebook.name}: {state} in {elapsed:.1f} s ({said}the notebook under nbval, and {len(tests)} test files' tests of it)"
    )
    return done.returncode


def _exercise_ids(top: Path) -> set[str]:
    """The exercise ids of ``top/data/exercises.toml`` (none when it is absent or unreadable)."""
    try:
        with open(top / "data" / "exercises.toml", "rb") as file:
            return {entry.get("id", "") for entry in tomllib.load(file).get("exercise", [])}
    except (OSError, tomllib.TOMLDecodeError, AttributeError):
        return set()


def _this_kit() -> str:
    """PYTHONPATH with this kit's folder first, so that pytest loads the plugins of the kit that runs it."""
    here = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join([here, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))])


def _root() -> Path:
    beside = repository()
    return beside if (beside / "notebooks").is_dir() else Path.cwd()


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001 - pytest's hook signature
    """Keep the notebook's cells, the tests parametrised by it, and the whole-course checks of lessons and keys.

    pytest's hook, active only when ``KIT_CHECK_NOTEBOOK`` names a notebook (its stem);
    otherwise it leaves the collection alone.

    Args:
        config: pytest's config, through which the dropped tests are reported as deselected.
        items: the collected tests; narrowed in place.
    """
    stem = os.environ.get(ENV)
    if not stem:
        return
    keep, drop = [], []
    for item in items:
        nodeid = item.nodeid
        parametrised = "[" in nodeid
        wanted = (
            item.path.suffix == ".ipynb"
            or (parametrised and stem in nodeid.split("[", 1)[1])
            or (not parametrised and item.path.name in _WHOLE)
        )
        (keep if wanted else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
