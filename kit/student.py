"""Student versions of the notebooks: solutions out, stubs in, checks kept, outputs cleared.

The notebooks in the repository are the instructor's versions. In them, the cell that
answers an exercise is tagged ``solution`` and carries, in its metadata, the stub a
student sees instead (``metadata.kit.stub``; by default the solution's answer variable
set to ``None``, e.g. ``answer_killer = None``). A student copy replaces each solution
cell by its stub, keeps every other cell (the task, the hint and the check stay), and
clears all outputs, so it runs top to bottom and each check says "not answered yet"
until the student writes an answer.

``python -m kit student OUTDIR`` writes the set. It does not replace a notebook already
in ``OUTDIR`` (a student's work, perhaps) unless told to (``--force``), and a notebook it
cannot read is named in a one-line error before anything is written.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

__all__ = ["SOLUTION", "DEFAULT_STUB", "stub_for", "student_version", "write_student_set"]

#: The tag of a cell that holds a worked solution.
SOLUTION = "solution"
#: What a solution cell becomes when it names no stub of its own ({} is its answer variable).
DEFAULT_STUB = "{} = None  # write your answer here, then run the check below"
_ASSIGNED = re.compile(r"^(answer\w*)\s*=", re.M)


def stub_for(cell: dict) -> str:
    """The stub that replaces a solution cell: its own, or its answer variable set to None.

    >>> stub_for({"source": "words = 3\\nanswer_killer = words - 1", "metadata": {}})
    'answer_killer = None  # write your answer here, then run the check below'
    >>> stub_for({"source": ["x = 1"], "metadata": {"kit": {"stub": "x = None"}}})
    'x = None'
    """
    own = cell.get("metadata", {}).get("kit", {}).get("stub")
    if own is not None:
        return own
    assigned = _ASSIGNED.findall("".join(cell["source"]))
    return DEFAULT_STUB.format(assigned[-1] if assigned else "answer")


def student_version(notebook: dict) -> dict:
    """A student copy of a notebook (as parsed JSON); the input is not changed.

    >>> nb = {"cells": [{"cell_type": "code", "source": ["answer = 2"], "outputs": [{"x": 1}],
    ...                  "execution_count": 3, "metadata": {"tags": ["solution"]}}],
    ...       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    >>> cell = student_version(nb)["cells"][0]
    >>> cell["source"], cell["outputs"], cell["metadata"]["tags"]
    ('answer = None  # write your answer here, then run the check below', [], ['exercise-answer'])

    Raises ``ValueError`` for something that is not a notebook (no list of cells, a cell
    without a type or a source).
    """
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ValueError("not a Jupyter notebook: it has no list of cells")
    for number, cell in enumerate(notebook["cells"], start=1):
        if not isinstance(cell, dict) or "cell_type" not in cell or "source" not in cell:
            raise ValueError(f"not a Jupyter notebook: cell {number} has no cell_type or no source")
    result = copy.deepcopy(notebook)
    for cell in result["cells"]:
        metadata = cell.setdefault("metadata", {})
        tags = metadata.get("tags", [])
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if SOLUTION in tags:
            cell["source"] = stub_for(cell)
            metadata["tags"] = [t for t in tags if t != SOLUTION] + ["exercise-answer"]
            metadata.pop("kit", None)
    return result


def write_student_set(source: str | Path, out: str | Path, force: bool = False) -> list[Path]:
    """Write a student copy of every notebook in ``source`` into ``out``; return the paths.

    Every notebook is read and converted before anything is written, so a malformed one
    leaves ``out`` as it was. Raises ``ValueError`` (one line, naming the file) if
    ``source`` holds no notebooks, ``out`` is ``source``, a notebook cannot be read, or a
    notebook of the same name is already in ``out`` and ``force`` is false.

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
    copies = {out / path.name: _student_copy(path) for path in notebooks}
    there = [target for target in copies if target.exists()]
    if there and not force:
        names = ", ".join(target.name for target in there[:3]) + (f" and {len(there) - 3} more" if len(there) > 3 else "")
        raise ValueError(f"{out} already has {names} (a student's work?): pass --force to replace them")
    out.mkdir(parents=True, exist_ok=True)
    for target, text in copies.items():
        target.write_text(text, encoding="utf-8")
    return list(copies)


def _student_copy(path: Path) -> str:
    """The student copy of the notebook at ``path`` as JSON text, or ``ValueError`` naming the file."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        return json.dumps(student_version(notebook), indent=1, ensure_ascii=False) + "\n"
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a Jupyter notebook (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not a Jupyter notebook (not JSON: {error.msg}, line {error.lineno})") from None
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
