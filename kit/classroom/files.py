"""Writing files so that a failure leaves what was there, and nothing is replaced unless asked."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from kit._files import default_mode, write_temporary

__all__ = ["write_all", "existing"]


def existing(files: Mapping[Path, bytes]) -> list[Path]:
    """The paths in ``files`` that exist already with other content (an identical file is no loss).

    Args:
        files: path -> the content that would be written there.

    Returns:
        The paths whose file holds other bytes, or that are folders, in the order given;
        paths with no file, or with this very content, are left out.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     same, other = Path(folder) / "same", Path(folder) / "other"
    ...     _ = same.write_bytes(b"x"), other.write_bytes(b"y")
    ...     [p.name for p in existing({same: b"x", other: b"z", Path(folder) / "new": b""})]
    ['other']
    """
    found = []
    for path, data in files.items():
        try:
            if path.read_bytes() != data:
                found.append(path)
        except FileNotFoundError:
            continue
        except IsADirectoryError:
            found.append(path)
    return found


def write_all(files: Mapping[Path, bytes], force: bool = False, modes: Mapping[Path, int] | None = None) -> list[Path]:
    """Write every file, or none: refuse (``FileExistsError``) to replace a different file unless ``force``.

    Each file goes to a temporary name first; the renames happen only when all are
    written, so a full disk or a read-only folder leaves everything as it was (bar a
    rename failing half way, which is as rare as a rename can be).

    Args:
        files: path -> content; folders are made as needed.
        force: replace files that exist with other content.
        modes: a file's mode (e.g. ``0o755`` for a script); others get :func:`kit._files.default_mode`.

    Returns:
        The paths written, in the order given.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = Path(folder) / "sub" / "a.txt"
    ...     _ = write_all({target: b"one"})
    ...     write_all({target: b"two"})
    Traceback (most recent call last):
    ...
    FileExistsError: ...a.txt exists already: pass --force (force=True) to replace it
    """
    there = existing(files)
    if there and not force:
        names = ", ".join(str(p) for p in there[:3]) + (f" and {len(there) - 3} more" if len(there) > 3 else "")
        verb = "exists" if len(there) == 1 else "exist"
        raise FileExistsError(
            f"{names} {verb} already: pass --force (force=True) to replace {'it' if len(there) == 1 else 'them'}"
        )
    staged: list[tuple[Path, Path]] = []
    made: list[Path] = []
    mode = default_mode()
    try:
        for path, data in files.items():
            missing = [p for p in [path.parent, *path.parent.parents] if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            made.extend(reversed(missing))
            staged.append((write_temporary(path, data, (modes or {}).get(path, mode)), path))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    for temporary, path in staged:
        os.replace(temporary, path)
    return list(files)
