"""``python -m kit check NOTEBOOK``: run one notebook and the tests about it, and say how long it took.

One pytest run: nbval executes the notebook top to bottom (``--nbval-lax``: a cell must
not fail; in the instructor's copy every worked solution must pass its check, as the
repository's ``conftest.py`` sets ``KIT_STRICT_CHECKS=1`` for notebook cells), and of the
tests in ``tests/`` it keeps those parametrised by this notebook (its conventions, its
student copy, the figures its text gives) plus the notebook-wide checks of every
quotation, figure and answer key (``tests/test_lessons.py``, ``tests/test_exercises.py``).
The whole suite (``python3 tasks.py test``) takes minutes; this takes seconds.

This module is also the pytest plugin that does the selecting (``-p kit.classroom.runner``,
active only when ``KIT_CHECK_NOTEBOOK`` names a notebook).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

from kit._data import repository

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


def check_notebook(name: str, root: str | os.PathLike[str] | None = None, extra: list[str] | None = None) -> int:
    """Run one notebook under nbval and its tests in one pytest run; print the time; return pytest's status.

    Args:
        name: a notebook path, name or unique prefix.
        root: the repository (default: the folder above the kit package, or the current one).
        extra: more pytest arguments.

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
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "--nbval-lax",
        "-p",
        "kit.classroom.runner",
        str(notebook),
        *tests,
        *(extra or []),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=top, env={**os.environ, ENV: notebook.stem}, check=False)
    elapsed = time.perf_counter() - started
    verdict = "passed" if done.returncode == 0 else "FAILED"
    print(
        f"{notebook.name}: {verdict} in {elapsed:.1f} s (the notebook under nbval, and {len(tests)} test files' tests of it)"
    )
    return done.returncode


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
