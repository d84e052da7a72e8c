"""Gather what :func:`kit.read_corpus` is given into the sources to read, in corpus order.

A source list mixes files, folders (walked, in subfolders too), glob patterns and links;
:func:`gather` turns it into one :class:`Item` per file or link, in the order given and
each folder's or pattern's files in path order, a file given twice once. What cannot be
read before reading starts (an empty folder, a pattern that matches nothing) takes its
place in the list as a :class:`~kit.errors.TranscriptError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from kit.errors import TranscriptError
from kit.web import is_url, link_address

__all__ = ["Item", "gather", "SUFFIXES", "PAGE_SUFFIXES"]

#: The files :func:`gather` reads from a folder (in its subfolders too).
SUFFIXES = (".txt", ".md", ".vtt", ".srt", ".html", ".htm")
#: Saved web pages, read with :func:`kit.web.page_text`; every other file is read as text.
PAGE_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Item:
    """One source to read: ``kind`` is ``"text"``, ``"page"`` (a saved web page) or ``"link"``."""

    kind: str
    name: str


def gather(sources: str | PathLike[str] | Iterable[str | PathLike[str]]) -> list[Item | TranscriptError]:
    """The sources to read, in corpus order, with the problems found before reading in their places.

    Args:
        sources: a file, folder, glob pattern or ``http(s)://`` link, or a list of them
            in any mix (see :func:`kit.read_corpus`).

    Returns:
        One :class:`Item` per file or link to read, and a
        :class:`~kit.errors.TranscriptError` for a folder with no transcript files or a
        pattern that matches none.

    Raises:
        TypeError: a source is not a ``str`` or a path.

    >>> gather(["a.txt", "saved/b.html", "https://example.org/c", "./a.txt"])
    [Item(kind='text', name='a.txt'), Item(kind='page', name='saved/b.html'), Item(kind='link', name='https://example.org/c')]
    >>> gather("no/such/*.txt")
    [TranscriptError('no/such/*.txt: no file matches this pattern')]
    """
    if isinstance(sources, (str, PathLike)):
        sources = [sources]
    items: list[Item | TranscriptError] = []
    seen: set[tuple[bool, str]] = set()

    def add(kind: str, name: str, key: str) -> None:
        if (kind == "link", key) not in seen:
            seen.add((kind == "link", key))
            items.append(Item(kind, name))

    for given in sources:
        if not isinstance(given, (str, PathLike)):
            raise TypeError(
                f"read_corpus reads files, folders, patterns and links (str or Path), not {type(given).__name__}"
            )
        text = os.fspath(given)
        if not isinstance(text, str):
            raise TypeError(f"read_corpus reads paths given as str or Path, not {type(text).__name__}")
        if is_url(text):
            add("link", text.strip(), link_address(text))  # a #fragment is a place in the same page
            continue
        path = Path(text)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                problem = f"no transcript files in this folder (looked for {_suffixes()}, in subfolders too)"
                items.append(TranscriptError(text, problem))
        elif not path.exists() and any(c in text for c in "*?["):
            import glob

            matches = (Path(p) for p in glob.glob(text, recursive=True))
            found = sorted((p for p in matches if p.is_file()), key=lambda p: p.parts)
            if not found:
                items.append(TranscriptError(text, "no file matches this pattern"))
        else:  # a file, or a missing one (reading it says "no such file")
            add(_kind(path), text, _key(path))
            continue
        for file in found:
            add(_kind(file), str(file), _key(file))
    return items


def _suffixes() -> str:
    return ", ".join(SUFFIXES[:-1]) + " and " + SUFFIXES[-1]


def _folder_files(folder: Path) -> list[Path]:
    """The transcript files in ``folder`` and its subfolders, hidden ones left out, in path order."""
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _kind(path: Path) -> str:
    return "page" if path.suffix.lower() in PAGE_SUFFIXES else "text"


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))
