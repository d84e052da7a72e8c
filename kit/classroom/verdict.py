"""``python -m kit check``'s verdict: what failed, in which exercise, and what to change, in a few plain lines.

pytest's own report of a failed notebook runs to eighty coloured lines of tracebacks. This
module is also a pytest plugin (``-p kit.classroom.verdict``, active only when
``KIT_CHECK_REPORT`` names a file): it writes each failure to that file as one JSON line
(the test, the notebook cell and its first line, the error's last line). :func:`verdict`
turns those lines into the short report the command prints; ``--full`` shows pytest's.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ENV", "Failure", "read_failures", "verdict", "pytest_runtest_makereport", "pytest_collectreport"]

#: The environment variable naming the file the plugin writes failures to (one JSON object a line).
ENV = "KIT_CHECK_REPORT"

#: What to change, by the test file a failure comes from (the notebook's cells: see :func:`_change`).
CHANGE = {
    "test_lessons.py": "the lesson's text, so that it says what the source and the kit say "
    "(docs/INSTRUCTORS.md, section 4: double quotes are for the source's words; a figure is held in tests/test_lessons.py)",
    "test_exercises.py": "the exercise in data/exercises.toml (its key, close, accept or likely mistakes), "
    "or the data file the key is computed from",
    "test_notebooks.py": "the notebook's layout (docs/INSTRUCTORS.md, section 3, What every lesson has)",
    "test_classroom.py": "the notebook's solution cells and stubs (docs/INSTRUCTORS.md, sections 3 and 7)",
}
#: Exceptions that end a test without failing it (pytest.skip, pytest.xfail, an expected failure).
_NOT_FAILED = ("Skipped", "XFailed", "Exit")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_STRICT = re.compile(r"KIT_STRICT_CHECKS: \S+ (?P<exercise>\S+): (?P<status>[\w ]+?)\. (?P<message>.*)", re.S)
#: An exercise's id: its notebook's number, a hyphen, lower-case words.
_EXERCISE = re.compile(r"\b\d\d-[a-z]+(?:-[a-z]+)*\b")


@dataclass(frozen=True)
class Failure:
    """One failed test or notebook cell, as the plugin recorded it."""

    test: str  # pytest's node id
    error: str  # the error's message, without pytest's introspection
    cell: int | None = None  # the notebook cell, for a cell that failed
    source: str = ""  # the cell's first line


def pytest_runtest_makereport(item, call):  # noqa: ANN001, ANN201 - pytest's hook signature
    """Write a failure of ``item`` to the file ``KIT_CHECK_REPORT`` names (pytest's hook).

    Args:
        item: the test or notebook cell.
        call: its setup, call or teardown, with the exception if one was raised.
    """
    path = os.environ.get(ENV)
    if not path or call.excinfo is None or call.excinfo.typename in _NOT_FAILED:
        return
    error = call.excinfo.value
    traceback = getattr(error, "inner_traceback", None)  # nbval's NbCellError: the kernel's traceback
    if traceback is not None or hasattr(error, "cell_num"):
        lines = [line for line in _ANSI.sub("", traceback or str(error)).splitlines() if line.strip()]
        message = lines[-1].strip() if lines else str(error)
        source = next((line for line in str(getattr(error, "source", "")).splitlines() if line.strip()), "")
        failure = Failure(item.nodeid, message, int(error.cell_num), source.strip())
    else:
        failure = Failure(item.nodeid, _message(error))
    _record(path, failure)


def pytest_collectreport(report) -> None:  # noqa: ANN001 - pytest's hook signature
    """Write a test file that could not be collected (an error on import) to ``KIT_CHECK_REPORT`` (pytest's hook).

    Args:
        report: pytest's report on collecting one file or folder.
    """
    path = os.environ.get(ENV)
    if path and report.failed:
        lines = [line for line in _ANSI.sub("", report.longreprtext).splitlines() if line.strip()]
        _record(path, Failure(report.nodeid, lines[-1].lstrip("E ").strip() if lines else "could not be read"))


def _record(path: str, failure: Failure) -> None:
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps(failure.__dict__) + "\n")


def _message(error: BaseException) -> str:
    """An exception's message without pytest's ``assert ...`` introspection; its type when it has none."""
    text = _ANSI.sub("", str(error))
    kept = []
    for line in text.splitlines():
        if re.match(r"\s*(?:assert |\+  where |\+ |- |At index |Full diff|Use -v)", line):
            break
        kept.append(line.rstrip())
    message = "\n".join(kept).strip()
    if message:
        return message
    first = text.splitlines()[0].strip() if text.strip() else ""
    if first.startswith("assert "):  # a bare assert: the condition that does not hold
        return f"this does not hold: {first.removeprefix('assert ')}"
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def read_failures(path: str | os.PathLike[str]) -> list[Failure]:
    """The failures the plugin wrote to ``path`` (none when it wrote nothing).

    Args:
        path: the file ``KIT_CHECK_REPORT`` named.

    Returns:
        The failures in the order they happened.

    >>> read_failures("no-such-file.jsonl")
    []
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [Failure(**json.loads(line)) for line in text.splitlines() if line.strip()]


def verdict(notebook: str, failures: list[Failure], exercises: set[str] = frozenset()) -> list[str]:
    """The lines of the short report: each failure in plain words, which exercise, what to change.

    A notebook cell that fails after another failed cell is counted, not described: it
    most often fails because the first one did.

    Args:
        notebook: the notebook's file name, as the report names it.
        failures: what the plugin recorded (:func:`read_failures`).
        exercises: the exercise ids of ``data/exercises.toml``, to name the exercise a failure concerns.

    Returns:
        One line per fact; empty when nothing failed.

    >>> failed = Failure("tests/test_exercises.py::test_keys", "02-killer: the key disagrees with the kit's 3")
    >>> for line in verdict("02-rhetoric.ipynb", [failed], {"02-killer"}):
    ...     print(line)
    1. Exercise 02-killer: the key disagrees with the kit's 3
       test: tests/test_exercises.py::test_keys
       change: the exercise in data/exercises.toml (its key, close, accept or likely mistakes), or the data file the key is computed from
    """
    lines: list[str] = []
    cells = [f for f in failures if f.cell is not None]
    shown = [f for f in failures if f.cell is None]
    if cells:
        shown.insert(0, cells[0])
    for number, failure in enumerate(shown, 1):
        strict = _STRICT.search(failure.error)
        if strict:
            exercise = strict["exercise"]
            what = f"the worked solution gets {strict['status']}: {strict['message'].strip()}"
        else:
            found = [e for e in _EXERCISE.findall(f"{failure.test} {failure.error}") if e in exercises]
            exercise = found[0] if found else None
            what = failure.error.removeprefix(f"{exercise}: ") if exercise else failure.error
        what = " ".join(what.split()) if failure.cell is not None else what.replace("\n", "\n   ")
        head = f"{number}. " + (f"Exercise {exercise}: " if exercise else "")
        lines.append(head + _short(what))
        if failure.cell is not None:
            lines.append(f"   where: {notebook}, cell {failure.cell}: {_short(failure.source, 100)}")
        else:
            lines.append(f"   test: {failure.test}")
        lines.append(f"   change: {_change(failure, exercise)}")
    if len(cells) > 1:
        lines.append(f"{len(cells) - 1} later cells failed too; most often because the first one did: fix it first.")
    return lines


def _change(failure: Failure, exercise: str | None) -> str:
    if failure.cell is not None and exercise and _STRICT.search(failure.error):
        return (
            f"the solution cell, or the key of {exercise} in data/exercises.toml (it no longer gives the key's answer)"
        )
    if failure.cell is not None:
        return "this cell (or a data file it reads): run the notebook in JupyterLab to see the error where it happens"
    file = failure.test.split("::", 1)[0].rsplit("/", 1)[-1]
    return CHANGE.get(file, f"what {file} tests; python -m kit check NOTEBOOK --full shows pytest's whole report")


def _short(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
