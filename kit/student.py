"""Student versions of the notebooks: solutions out, stubs in, checks kept, outputs cleared.

The notebooks in the repository are the instructor's versions. In them, the cell that
answers an exercise is tagged ``solution`` and carries, in its metadata, the stub a
student sees instead (``metadata.kit.stub``, by default ``answer = None``). A student
copy replaces each solution cell by its stub, keeps every other cell (the task, the hint
and the check stay), and clears all outputs, so it runs top to bottom and each check
says "not answered yet" until the student writes an answer.

``python -m kit student OUTDIR`` writes the set.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

__all__ = ["SOLUTION", "DEFAULT_STUB", "student_version", "write_student_set"]

#: The tag of a cell that holds a worked solution.
SOLUTION = "solution"
#: What a solution cell becomes when it names no stub of its own.
DEFAULT_STUB = "answer = None  # write your answer here, then run the check below"


def student_version(notebook: dict) -> dict:
    """A student copy of a notebook (as parsed JSON); the input is not changed.

    >>> nb = {"cells": [{"cell_type": "code", "source": ["answer = 2"], "outputs": [{"x": 1}],
    ...                  "execution_count": 3, "metadata": {"tags": ["solution"]}}],
    ...       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    >>> cell = student_version(nb)["cells"][0]
    >>> cell["source"], cell["outputs"], cell["metadata"]["tags"]
    ('answer = None  # write your answer here, then run the check below', [], ['exercise-answer'])
    """
    result = copy.deepcopy(notebook)
    for cell in result["cells"]:
        metadata = cell.setdefault("metadata", {})
        tags = metadata.get("tags", [])
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if SOLUTION in tags:
            cell["source"] = metadata.get("kit", {}).get("stub", DEFAULT_STUB)
            metadata["tags"] = [t for t in tags if t != SOLUTION] + ["exercise-answer"]
            metadata.pop("kit", None)
    return result


def write_student_set(source: str | Path, out: str | Path) -> list[Path]:
    """Write a student copy of every notebook in ``source`` into ``out``; return the paths.

    Raises ``ValueError`` if ``source`` holds no notebooks or ``out`` is ``source``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as out:
    ...     write_student_set(out, out)
    Traceback (most recent call last):
    ...
    ValueError: no notebooks in ...
    """
    source, out = Path(source), Path(out)
    notebooks = sorted(source.glob("*.ipynb"))
    if not notebooks:
        raise ValueError(f"no notebooks in {source}")
    if out.resolve() == source.resolve():
        raise ValueError("write the student set to another folder: it would overwrite the instructor's notebooks")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        target = out / path.name
        target.write_text(json.dumps(student_version(notebook), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(target)
    return written
