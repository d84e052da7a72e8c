"""The student set: solutions out, stubs in, checks kept, outputs cleared, answer keys sealed.

The notebooks in the repository are the instructor's versions. In them, the cell that
answers an exercise is tagged ``solution`` and carries, in its metadata, the stub a
student sees instead (``metadata.kit.stub``; by default the solution's answer variable
set to ``None``, e.g. ``answer_killer = None``). A student copy replaces each solution
cell by its stub, keeps every other cell (the task, the hint and the check stay), and
clears all outputs, so it runs top to bottom and each check says "not answered yet"
until the student writes an answer.

``python -m kit student OUTDIR`` writes a whole repository for students, ready to push
and to open on Binder or through nbgitpuller: ``notebooks/`` (the student copies),
``kit/``, ``binder/``, ``pyproject.toml``, a student ``README.md``, and ``data/`` with the
answer keys sealed: ``exercises.toml`` and ``evasion_key.csv`` are replaced by
``exercises.sealed.json`` (see :mod:`kit.classroom.keys`), so checks still give their
feedback offline and no answer can be read. What the notebooks link to (the glossary,
``docs/GLOSSARY.md``) comes along, at the same place; cells tagged ``instructor`` (how to
run the course) are left out. ``jupyter-settings/`` holds JupyterLab's settings for the
own-computer route (``jupyter lab --LabApp.app_settings_dir=jupyter-settings``): no news
pop-up, no update check. Tests, the other docs and the instructor's notebooks stay behind.

It does not replace a file already in ``OUTDIR`` with other content (a student's work,
perhaps) unless told to (``--force``); a notebook it cannot read is named in a one-line
error before anything is written, and the files are written all together or not at all.
"""

from __future__ import annotations

import copy
import json
import os
import re
import warnings
from pathlib import Path

from kit._data import KEY_FILES, SEALED_FILE, repository

__all__ = [
    "REPOSITORY",
    "SOLUTION",
    "DEFAULT_STUB",
    "INSTRUCTOR",
    "LAB_SETTINGS",
    "stub_for",
    "student_version",
    "linked_files",
    "student_files",
    "write_student_set",
]

#: The repository this kit is in (its ``kit/``, ``binder/``, ``notebooks/`` and ``data/``).
REPOSITORY = repository()
#: The tag of a cell that holds a worked solution.
SOLUTION = "solution"
#: The tag of a cell for instructors only (how to run the course): a student copy leaves it out.
INSTRUCTOR = "instructor"
#: What a link in a notebook's Markdown points at (the part before any ``#``).
_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)\s]*)?\)")
#: JupyterLab's default settings for the own-computer route, read with ``--LabApp.app_settings_dir``.
LAB_SETTINGS = "jupyter-settings"
#: The page config there: the announcements plugin (news pop-up, update check) is off.
_PAGE_CONFIG = {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}
#: What a solution cell becomes when it names no stub of its own ({} is its answer variable).
DEFAULT_STUB = "{} = None  # write your answer here, then run the check below"
_ASSIGNED = re.compile(r"^(answer\w*)\s*=", re.M)
#: What of the repository a student set takes as it is (besides data/ and the notebooks).
_COPIED = ("binder", "pyproject.toml", "LICENSE")
_STUDENT_README = """\
# Press-conference kit: your course notebooks

Open the notebooks with the link your instructor gave you (Binder, or your school's
JupyterHub) and work through `notebooks/` in order.

- A cell `kit.exercises.check("...", answer_...)` says right, close or wrong, and why, for
  a practice exercise. For an exercise that counts for your grade it says *recorded*
  (after checking that your answer is a number, a list... as asked): your instructor's
  grading says whether it is right, and your last answer is the one that counts (for a
  practice exercise, your best). Every check you run is recorded (in
  `notebooks/.kit-progress/`) for your submission.
- A written exercise: write your answer between the quotes and run the cell with
  `kit.exercises.respond(...)`; the last text you save counts.
- To hand in, save your notebooks (Ctrl+S) and run `kit.exercises.submit(name="Your Name")`.
  It writes one `.zip` file (your notebooks and your record) and shows a link to it.
  **On Binder, download it at once**: a Binder session is temporary, and its files are
  deleted when it ends (after about ten minutes without activity). On a JupyterHub the
  file stays in your folder.

The notebooks' links to words like *turn* and *exchange* open `docs/GLOSSARY.md`.

On your own computer (Python 3.11): `pip install -r binder/requirements.txt`, then
`pip install --no-deps -e .` and, from this folder,
`jupyter lab --LabApp.app_settings_dir=jupyter-settings notebooks/`
(`jupyter-settings/` turns off Jupyter's news pop-up and update check, as on Binder).
"""
_GITIGNORE = ".kit-progress/\nsubmission-*.zip\n.ipynb_checkpoints/\n__pycache__/\n*.egg-info/\n"


def stub_for(cell: dict) -> str:
    """The stub that replaces a solution cell: its own, or its answer variable set to None.

    Args:
        cell: a notebook cell (as parsed JSON).

    Returns:
        The stub's source: ``metadata.kit.stub``, or the last ``answer...`` variable the cell
        assigns set to None.

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

    Args:
        notebook: the instructor's notebook, as parsed JSON.

    Returns:
        The copy: solution cells replaced by their stubs (tagged ``exercise-answer``), cells
        tagged ``instructor`` left out, outputs and execution counts cleared.

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
    result["cells"] = [c for c in result["cells"] if INSTRUCTOR not in c.get("metadata", {}).get("tags", [])]
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


def linked_files(notebook: dict) -> list[str]:
    """The local files a notebook's Markdown links to (relative paths, as written, anchors left off).

    Args:
        notebook: a notebook, as parsed JSON.

    Returns:
        Each linked path once, in order of first use; web links (``http...``, ``mailto:``) are left out.

    >>> linked_files({"cells": [{"cell_type": "markdown", "source": "A [turn](../docs/GLOSSARY.md#turn), "
    ...                           "[web](https://x.org) and [one](../docs/GLOSSARY.md)."}]})
    ['../docs/GLOSSARY.md']
    """
    found: dict[str, None] = {}
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else str(cell["source"])
        for target in _LINK.findall(source):
            if ":" not in target:
                found.setdefault(target, None)
    return list(found)


def student_files(
    source: str | Path, data: str | Path | None = None, root: str | Path | None = None
) -> dict[Path, bytes]:
    """Every file of a student set, as paths relative to the set's folder -> content.

    Args:
        source: the folder of the instructor's notebooks.
        data: the data folder to take (default: the kit's ``data/``); its key files are sealed.
        root: the repository to take ``kit/``, ``binder/``, ``pyproject.toml`` from
            (default: the one this kit is in).

    Returns:
        ``{relative path: bytes}``; raises ``ValueError`` (one line, naming the file) for a
        notebook that cannot be read, or no notebooks at all.

    >>> files = student_files(REPOSITORY / "notebooks")
    >>> sorted(str(p) for p in files if p.parts[0] == "data" and p.suffix != ".txt")[:3]
    ['data/README.md', 'data/exercises.sealed.json', 'data/outlets.csv']
    >>> any(p.name in KEY_FILES for p in files)
    False
    """
    from kit._data import data_path

    source = Path(source)
    data = Path(data) if data is not None else data_path()
    root = Path(root) if root is not None else REPOSITORY
    notebooks = sorted(source.glob("*.ipynb"))
    if not notebooks:
        raise ValueError(f"no notebooks in {source}")
    files = {Path("notebooks") / path.name: _student_copy(path).encode("utf-8") for path in notebooks}
    files.update(_linked(notebooks, source))
    for path in sorted(source.iterdir()):
        if path.is_file() and path.suffix != ".ipynb" and not path.name.startswith((".", "submission-")):
            files[Path("notebooks") / path.name] = path.read_bytes()
    kit = root / "kit"
    if not (kit / "__init__.py").is_file() or not (root / "binder").is_dir():
        raise ValueError(f"{root} is not the kit's repository (no kit/ or binder/): build the student set from a clone")
    for path in sorted(kit.rglob("*")):
        relative = path.relative_to(root)
        skip = (
            "__pycache__" in relative.parts or relative.parts[:2] == ("kit", "data") or path.suffix in (".pyc", ".pyo")
        )
        if path.is_file() and not skip:
            files[relative] = path.read_bytes()
    for name in _COPIED:
        path = root / name
        for item in sorted(path.rglob("*")) if path.is_dir() else [path] if path.is_file() else []:
            if item.is_file():
                files[item.relative_to(root)] = item.read_bytes()
    for path in sorted(data.iterdir()):
        if path.is_file() and path.name not in KEY_FILES and not path.name.startswith("."):
            files[Path("data") / path.name] = path.read_bytes()
    files[Path("data") / SEALED_FILE] = _sealed(data)
    files[Path("README.md")] = _STUDENT_README.encode("utf-8")
    files[Path(LAB_SETTINGS) / "overrides.json"] = (root / "binder" / "overrides.json").read_bytes()
    files[Path(LAB_SETTINGS) / "page_config.json"] = (json.dumps(_PAGE_CONFIG, indent=2) + "\n").encode("utf-8")
    files[Path(".gitignore")] = _GITIGNORE.encode("utf-8")
    return files


def _linked(notebooks: list[Path], source: Path) -> dict[Path, bytes]:
    """The files the notebooks link to (the glossary...), at the same place relative to the set's notebooks."""
    files: dict[Path, bytes] = {}
    for path in notebooks:
        for link in linked_files(student_version(json.loads(path.read_text(encoding="utf-8")))):
            inside = Path(os.path.normpath(Path("notebooks") / link))
            target = source / link
            if inside.parts[0] == ".." or not target.is_file():
                raise ValueError(f"{path}: the link {link!r} leads to no file the student set can hold")
            if inside.suffix != ".ipynb":
                files[inside] = target.read_bytes()
    return files


def _sealed(data: Path) -> bytes:
    """The sealed keys of the exercise file (and evasion key) in ``data``."""
    from kit.classroom.keys import seal
    from kit.classroom.tasks import load_tasks
    from kit.rhetoric import load_evasion_key

    exercises, evasion = (data / name for name in KEY_FILES)
    table = load_tasks(exercises)
    key = load_evasion_key(evasion) if evasion.exists() else None
    source = exercises.read_bytes() + (evasion.read_bytes() if evasion.exists() else b"")
    return (json.dumps(seal(table, key, source), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_student_set(
    source: str | Path,
    out: str | Path,
    force: bool = False,
    data: str | Path | None = None,
    root: str | Path | None = None,
) -> list[Path]:
    """Write the student set (see :func:`student_files`) into ``out``; return the paths of its notebooks.

    Every notebook is read and converted before anything is written, so a malformed one
    leaves ``out`` as it was. Raises ``ValueError`` (one line, naming the file) if
    ``source`` holds no notebooks, ``out`` is the instructor's repository or any folder
    inside it (``docs/``, a new one, at any depth, through links too), a notebook cannot
    be read, or a file of the set is already in ``out`` with other content and ``force``
    is false.

    Args:
        source: the folder of the instructor's notebooks.
        out: the folder to write the set into (outside the instructor's repository).
        force: replace files already in ``out`` with other content.
        data: the data folder to take (default: the kit's ``data/``).
        root: the repository to take ``kit/``, ``binder/`` and ``pyproject.toml`` from.

    Returns:
        The paths of the student notebooks written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_student_set(folder, Path(folder) / "student-set")
    Traceback (most recent call last):
    ...
    ValueError: no notebooks in ...
    """
    from kit.classroom.files import existing, write_all

    source, out = Path(source), Path(out)
    repository = Path(root) if root is not None else REPOSITORY
    target, top = out.resolve(), repository.resolve()
    if target == source.resolve():
        raise ValueError("write the student set to another folder: it would overwrite the instructor's files")
    if target == top or top in target.parents:  # docs/, tests/, a new folder: any folder of the repository
        raise ValueError(
            f"write the student set to a folder outside the instructor's repository ({top}): {out} is inside it, "
            "so the set would overwrite the instructor's files or add its own among them"
        )
    files = {out / relative: content for relative, content in student_files(source, data, repository).items()}
    there = existing(files)
    if there and not force:
        names = [str(p.relative_to(out)) for p in there]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        raise ValueError(f"{out} already has {shown} (a student's work?): pass --force to replace them")
    executable = {path: 0o755 for path in files if _executable(repository / path.relative_to(out))}
    write_all(files, force=True, modes=executable)
    return [path for path in files if path.parent == out / "notebooks" and path.suffix == ".ipynb"]


def _executable(path: Path) -> bool:
    try:
        return path.is_file() and bool(path.stat().st_mode & 0o111)
    except OSError:
        return False


def _student_copy(path: Path) -> str:
    """The student copy of the notebook at ``path`` as text, or ``ValueError`` naming the file.

    nbformat reads the notebook, validates the copy against the notebook schema and
    writes it, as Jupyter itself writes notebooks.
    """
    import nbformat

    try:
        text = path.read_bytes().decode("utf-8")
        with warnings.catch_warnings():  # a cell without an id gets one, as Jupyter gives it, without a word
            warnings.simplefilter("ignore", nbformat.warnings.MissingIDFieldWarning)
            try:
                notebook = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
            except AttributeError:  # JSON that is not an object (a list, a number): nbformat cannot ask its version
                raise ValueError("not a Jupyter notebook: it has no list of cells") from None
            copied = student_version(notebook)
            if copied.get("nbformat") != 4:
                raise ValueError(
                    f"not a Jupyter notebook of format 4 (it says nbformat {copied.get('nbformat', 'nothing')}): "
                    "open it in JupyterLab and save it"
                )
            nbformat.validate(copied)
            return nbformat.writes(copied)
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a Jupyter notebook (not UTF-8 text)") from None
    except nbformat.reader.NotJSONError as error:
        cause = error.__context__
        where = f"{cause.msg}, line {cause.lineno}" if isinstance(cause, json.JSONDecodeError) else "unreadable"
        raise ValueError(f"{path}: not a Jupyter notebook (not JSON: {where})") from None
    except nbformat.ValidationError as error:
        problem = " ".join(str(error.message).split())
        raise ValueError(f"{path}: not a valid Jupyter notebook ({problem})") from None
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
