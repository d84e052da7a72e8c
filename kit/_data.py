"""Where the kit's data files live, in an installed or an editable copy."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["data_path", "repository", "GENEVA", "EXERCISES_FILE", "KEY_FILES", "SEALED_FILE", "is_student_set"]

#: File name of the bundled Geneva source in ``data/``.
GENEVA = "geneva_2021-06-16_putin_news_conference_blog_copy.txt"
#: File name of the exercises, with their answer keys, in the instructor's ``data/``.
EXERCISES_FILE = "exercises.toml"
#: The instructor's plain key files in ``data/`` (the exercises, the evasion key): a student set holds neither.
KEY_FILES = (EXERCISES_FILE, "evasion_key.csv")
#: File name of the sealed exercise keys in a student set's ``data/`` (:mod:`kit.classroom.keys`).
SEALED_FILE = "exercises.sealed.json"


def data_path(name: str = "") -> Path:
    """Return the path of a file in the kit's ``data/`` folder (the folder itself for ``""``).

    A wheel carries the folder as ``kit/data``; an editable install (the usual case
    in this repository) reads the top-level ``data/`` beside the package, so an
    instructor's edits there take effect at once.

    Args:
        name: a file name in ``data/``; ``""`` for the folder.

    Returns:
        The path (the file need not exist).

    >>> data_path(GENEVA).name
    'geneva_2021-06-16_putin_news_conference_blog_copy.txt'
    """
    folder = _folder()
    return folder / name if name else folder


def repository() -> Path:
    """The folder the ``kit`` package sits in: the repository's root in an editable install.

    There, beside ``kit/``, are ``notebooks/``, ``binder/``, ``data/`` and ``tests/``; in an
    installed wheel it is ``site-packages``, which has none of them (callers check).

    Returns:
        The folder's absolute path.

    >>> (repository() / "kit" / "_data.py").is_file()
    True
    """
    return Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def _folder() -> Path:
    """The ``data/`` folder, looked up once (the lookup costs more than reading a cached file)."""
    packaged = Path(str(resources.files("kit"))) / "data"
    return packaged if packaged.is_dir() else repository() / "data"


def is_student_set() -> bool:
    """True where the kit's data holds sealed keys and no plain ones (a student set).

    Returns:
        Whether ``data/`` has :data:`SEALED_FILE` and no :data:`EXERCISES_FILE`.

    >>> is_student_set()
    False
    """
    folder = data_path()
    return not (folder / EXERCISES_FILE).exists() and (folder / SEALED_FILE).exists()
