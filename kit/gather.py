"""Gather what :func:`kit.read_corpus` is given into the sources to read, in corpus order.

A source list mixes files, folders (walked, in subfolders too), glob patterns and links;
:func:`gather` turns it into one :class:`Item` per file or link, in the order given and
each folder's or pattern's files in path order, a file given twice once. What cannot be
read before reading starts (an empty source, an empty folder, a pattern that matches
nothing, a named pipe or a device) takes its place in the list as a
:class:`~kit.errors.TranscriptError`.

Links are not followed into a loop: a folder is walked without entering linked folders,
a ``**`` pattern does not descend through them either, and a file reached by two paths
(a link to it, a linked folder) is read once, where it first comes.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from kit.errors import TranscriptError
from kit.source import file_kind, file_path
from kit.web import is_url, link_address

__all__ = ["Item", "gather", "SUFFIXES", "PAGE_SUFFIXES"]

#: The files :func:`gather` reads from a folder (in its subfolders too).
SUFFIXES = (".txt", ".md", ".vtt", ".srt", ".html", ".htm")
#: Saved web pages, read with :func:`kit.web.page_text`; every other file is read as text.
PAGE_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Item:
    """One source to read: ``kind`` is ``"text"``, ``"page"`` (a saved web page) or ``"link"``; ``size`` in bytes (0: not known)."""

    kind: str
    name: str
    size: int = field(default=0, repr=False, compare=False)


def gather(sources: str | PathLike[str] | Iterable[str | PathLike[str]]) -> list[Item | TranscriptError]:
    """The sources to read, in corpus order, with the problems found before reading in their places.

    Args:
        sources: a file, folder, glob pattern or ``http(s)://`` link, or a list of them
            in any mix (see :func:`kit.read_corpus`).

    Returns:
        One :class:`Item` per file or link to read, and a
        :class:`~kit.errors.TranscriptError` for an empty source (``""``), a folder with
        no transcript files, a pattern that matches none, or what is not a regular file
        (a named pipe, a device, a socket: never opened).

    Raises:
        TypeError: a source is not a ``str`` or a path (``None``, bytes).

    >>> gather(["a.txt", "saved/b.html", "https://example.org/c", "./a.txt"])
    [Item(kind='text', name='a.txt'), Item(kind='page', name='saved/b.html'), Item(kind='link', name='https://example.org/c')]
    >>> gather("no/such/*.txt")
    [TranscriptError('no/such/*.txt: no file matches this pattern')]
    """
    if isinstance(sources, (str, PathLike)):
        sources = [sources]
    elif sources is None or isinstance(sources, (bytes, bytearray)):
        hint = " (decode it with os.fsdecode(path))" if sources is not None else ""
        kind = "None" if sources is None else type(sources).__name__
        raise TypeError(f"read_corpus reads files, folders, patterns and links (str or Path), not {kind}{hint}")
    items: list[Item | TranscriptError] = []
    seen: set[object] = set()

    def add(path: Path, name: str) -> None:
        size = 0
        try:
            status = os.stat(path)
        except (OSError, ValueError):  # missing, or a link to nothing: reading it says so
            key: object = os.path.normcase(os.path.abspath(path))
        else:
            size = status.st_size
            key = (status.st_dev, status.st_ino)  # the same file by any path or link
            kind = file_kind(status.st_mode)
            if kind and key not in seen:
                seen.add(key)
                items.append(TranscriptError(name, f"is {kind}, not a file: only regular files are read"))
        if key not in seen:
            seen.add(key)
            items.append(Item(_kind(path), name, size))

    for given in sources:
        if given is None or not isinstance(given, (str, PathLike)):
            raise TypeError(
                f"read_corpus reads files, folders, patterns and links (str or Path), not {type(given).__name__}"
            )
        try:
            text = file_path(given, "read_corpus")
        except TranscriptError as error:  # an empty path, or one with a NUL character
            items.append(error)
            continue
        if is_url(text):
            key = ("link", link_address(text))  # a #fragment is a place in the same page
            if key not in seen:
                seen.add(key)
                items.append(Item("link", text.strip()))
            continue
        path = Path(text)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                problem = f"no transcript files in this folder (looked for {_suffixes()}, in subfolders too)"
                items.append(TranscriptError(text, problem))
        elif not os.path.lexists(path) and any(c in text for c in "*?["):
            found = _matches(text)
            if not found:
                items.append(TranscriptError(text, "no file matches this pattern"))
        else:  # a file, or a missing one (reading it says "no such file")
            add(path, text)
            continue
        for file in found:
            add(file, str(file))
    return items


def _suffixes() -> str:
    return ", ".join(SUFFIXES[:-1]) + " and " + SUFFIXES[-1]


def _folder_files(folder: Path) -> list[Path]:
    """The transcript files in ``folder`` and its subfolders, hidden ones left out, in path order.

    Linked folders inside it are not entered (``os.walk`` does not follow them), so a
    link back to the folder cannot make a loop.
    """
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append((os.path.relpath(os.path.join(root, name), folder).split(os.sep), name, root))
    return [Path(root) / name for _, name, root in sorted(found)]


def _matches(pattern: str) -> list[Path]:
    """The files a glob pattern matches, in path order; ``**`` never descends through a linked folder.

    :func:`glob.glob` follows linked folders under ``**``: a link to ``.`` matches each
    file again at every depth, and two such links never end. :meth:`pathlib.Path.glob`
    does not follow them; it is given the pattern's part after its last fixed folder.
    As with :func:`glob.glob`, hidden files and folders are left out unless the pattern
    names them (a part starting with ``.``).
    """
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if any(c in part for c in "*?["))
    anchor = Path(*parts[:fixed]) if fixed else Path()
    hidden = any(part.startswith(".") and part not in (".", "..") for part in parts[fixed:])
    found = []
    try:
        for path in anchor.glob(str(Path(*parts[fixed:]))):
            under = path.parts[len(anchor.parts) :] if fixed else path.parts
            if not hidden and any(part.startswith(".") for part in under):
                continue
            try:
                if stat.S_ISDIR(os.stat(path).st_mode):
                    continue
            except OSError:
                continue  # a link to nothing
            found.append(path)
    except (OSError, ValueError):  # an unreadable folder, or a pattern pathlib cannot take
        return []
    return sorted(found, key=lambda p: p.parts)


def _kind(path: Path) -> str:
    return "page" if path.suffix.lower() in PAGE_SUFFIXES else "text"
