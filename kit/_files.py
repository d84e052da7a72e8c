"""Files: the kit's editable data files read through one cache, and files written whole or not at all.

Every data file goes through :func:`read_data` (the exercises, the rhetoric cues, the
topics, the speaker vocabularies, the word lists): its value is cached per file and
reader until the file's modification time changes, and a file that is missing or
cannot be read raises :class:`kit.errors.DataFileError` naming it and, where known, the
line. Plain word lists (one item a line, ``#`` comments) are read with
:func:`read_list` and :func:`read_words`. Inside :func:`snapshot` (a parse) each file is
checked once, however often it is asked for.

Every file the kit writes in place of another (a cached web page, a progress record, a
submission, the student set, a saved corpus, an export) goes through a temporary file in
the same folder that is then renamed over it (:func:`write_temporary`, :func:`write_atomic`),
so a reader sees the old file or the whole new one; a folder or a set of files is put in
place with :func:`swap_in`, which can be undone.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from os import PathLike
from pathlib import Path
from typing import TypeVar

from kit._data import data_path
from kit.errors import DataFileError

__all__ = ["read_data", "read_list", "read_words", "list_items", "snapshot"]
__all__ += ["default_mode", "write_temporary", "write_atomic", "swap_in"]  # writing

T = TypeVar("T")
_CACHE: dict[tuple[str, object], tuple[int, object]] = {}
# Inside snapshot(): what each (name or path, default, reader) gave, checked once.
_SNAPSHOT: dict[tuple, object] = {}
_DEPTH = 0
# Where a reader's message gives the line: "line 2: ..." (the kit's readers), "... (at line
# 3, column 7)" (tomllib), "... fields in line 4, saw 5" (pandas' CSV parser).
_LEADING_LINE = re.compile(r"line (\d+): ")
_OTHER_LINE = re.compile(r"\(at line (\d+), column \d+\)$|fields in line (\d+),")


def read_data(name_or_path: str | PathLike[str] | None, default: str, reader: Callable[[Path], T]) -> T:
    """Read a data file with ``reader``, cached until the file changes.

    Args:
        name_or_path: a path of your own, or ``None`` for the file ``default`` of ``data/``.
        default: the name of the file in ``data/``.
        reader: turns the file's path into its value; it may raise ``ValueError``,
            ``KeyError``, ``TypeError``, ``OSError`` (a message holding ``line N`` gives
            the line) or :class:`~kit.errors.DataFileError`.

    Returns:
        What ``reader`` returned, the same object as long as the file is unchanged.

    Raises:
        DataFileError: the file is missing or ``reader`` failed on it.

    >>> read_data("no/such.toml", "topics.toml", Path.read_text)
    Traceback (most recent call last):
    kit.errors.DataFileError: no/such.toml: no such data file
    """
    token = None
    if _DEPTH:
        token = (None if name_or_path is None else os.fspath(name_or_path), default, reader)
        if token in _SNAPSHOT:
            return _SNAPSHOT[token]  # type: ignore[return-value]
    path = Path(name_or_path) if name_or_path is not None else data_path(default)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise DataFileError(path, "no such data file") from None
    key = (str(path), reader)
    cached = _CACHE.get(key)
    if cached and cached[0] == stamp:
        value = cached[1]
    else:
        value = _read(path, reader)
        _CACHE[key] = (stamp, value)
    if token is not None:
        _SNAPSHOT[token] = value
    return value  # type: ignore[return-value]


def _read(path: Path, reader: Callable[[Path], T]) -> T:
    try:
        return reader(path)
    except DataFileError:
        raise
    except (ValueError, KeyError, TypeError, OSError) as error:
        problem = str(error)
        line = None
        if found := _LEADING_LINE.match(problem):
            line, problem = int(found.group(1)), problem[found.end() :]  # the line goes up front
        elif found := _OTHER_LINE.search(problem):
            line = int(found.group(1) or found.group(2))
        raise DataFileError(path, f"cannot be read: {problem}", line) from None


@contextmanager
def snapshot() -> Iterator[None]:
    """Check each data file for changes once while the block runs (one parse, however many lines).

    Inside the block, :func:`read_data` gives the value it gave the first time for the
    same file and reader, without looking at the file again. Blocks may nest; what was
    read is forgotten when the outermost one ends.

    Yields:
        Nothing (``None``): use it as ``with snapshot():``.

    >>> from kit.words import stopwords
    >>> with snapshot():
    ...     stopwords() is stopwords()
    True
    """
    global _DEPTH
    _DEPTH += 1
    try:
        yield
    finally:
        _DEPTH -= 1
        if not _DEPTH:
            _SNAPSHOT.clear()


def list_items(path: Path) -> tuple[str, ...]:
    """Read a plain-text list now, uncached: one item a line, blank lines and ``#`` comments left out.

    The format of every word list in ``data/``; pass it to :func:`read_data`, or build a
    reader on it, to cache the result.

    Args:
        path: the list's path.

    Returns:
        The items in order, white space around them stripped.
    """
    with open(path, encoding="utf-8") as file:
        return tuple(item for item in (line.strip() for line in file) if item and not item.startswith("#"))


def _read_words(path: Path) -> frozenset[str]:
    return frozenset(item.casefold() for item in list_items(path))


def read_list(name_or_path: str | PathLike[str] | None, default: str) -> tuple[str, ...]:
    """The items of a plain-text list, in order: one a line, blank lines and ``#`` comments left out.

    Args:
        name_or_path: a path of your own, or ``None`` for ``data/<default>``.
        default: the name of the list in ``data/``.

    Returns:
        The items as written, white space around them stripped.

    >>> read_list(None, "abbreviations.txt")[:3]
    ('mr', 'mrs', 'ms')
    """
    return read_data(name_or_path, default, list_items)


def read_words(name_or_path: str | PathLike[str] | None, default: str) -> frozenset[str]:
    """The items of a plain-text list (see :func:`read_list`) as a set, case folded.

    Args:
        name_or_path: a path of your own, or ``None`` for ``data/<default>``.
        default: the name of the list in ``data/``.

    Returns:
        The items, case folded.

    >>> "the" in read_words(None, "stopwords.txt")
    True
    """
    return read_data(name_or_path, default, _read_words)


# --- writing ------------------------------------------------------------------------------------


def default_mode() -> int:
    """The mode a new file gets here (0o666 less the umask): temporary files are made 0o600.

    Returns:
        The permission bits, e.g. ``0o644`` under the usual umask ``0o022``.
    """
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_temporary(path: str | PathLike[str], data: bytes, mode: int | None = None, sync: bool = False) -> Path:
    """Write ``data`` to a new temporary file beside ``path``, for the caller to rename over it.

    The file is in ``path``'s folder (which must exist), so ``os.replace`` puts it in place
    at once; if writing fails, nothing is left behind.

    Args:
        path: the file it is meant to become.
        data: its whole content.
        mode: its permission bits (default: :func:`default_mode`, as for any new file).
        sync: flush it to the disk before returning (``os.fsync``).

    Returns:
        The temporary file's path (``.<name>.<random>.tmp``).
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            if sync:
                file.flush()
                os.fsync(file.fileno())
        os.chmod(temporary, default_mode() if mode is None else mode)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def write_atomic(path: str | PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it.

    A reader sees the old file or the new one, never half of one; a failed write leaves
    the old file (or no file) in place. The folder must exist.

    Args:
        path: the file to write.
        data: its whole content.

    Returns:
        The path written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = write_atomic(Path(folder) / "a.json", b"{}")
    ...     target.read_bytes()
    b'{}'
    """
    path = Path(path)
    temporary = write_temporary(path, data, sync=True)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def swap_in(new: Path, target: Path, aside: Path) -> bool:
    """Rename ``new`` (a file or a folder) to ``target``, first moving what ``target`` holds to ``aside``.

    If the rename fails, what was moved aside is put back. Afterwards the caller deletes
    ``aside`` or, to undo, renames it back to ``target``.

    Args:
        new: the complete new file or folder.
        target: where it goes, in the same file system.
        aside: a free name in that file system for what ``target`` holds now.

    Returns:
        Whether ``target`` held something (now at ``aside``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     new, target, aside = (Path(folder) / name for name in ("new", "target", "old"))
    ...     _ = new.write_text("new"), target.write_text("old")
    ...     swap_in(new, target, aside), target.read_text(), aside.read_text()
    (True, 'new', 'old')
    """
    there = target.exists() or target.is_symlink()
    if there:
        os.replace(target, aside)
    try:
        os.replace(new, target)
    except BaseException:
        if there:
            os.replace(aside, target)
        raise
    return there
