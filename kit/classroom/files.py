"""Writing files so that a failure leaves what was there, and nothing is replaced unless asked."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

__all__ = ["write_atomic", "write_all", "existing", "default_mode"]


def default_mode() -> int:
    """The mode a new file gets here (0o666 less the umask): temporary files are made 0o600.

    Returns:
        The permission bits, e.g. ``0o644`` under the usual umask ``0o022``.
    """
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
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
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, default_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


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
        modes: a file's mode (e.g. ``0o755`` for a script); others get :func:`default_mode`.

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
    staged: list[tuple[str, Path]] = []
    made: list[Path] = []
    mode = default_mode()
    try:
        for path, data in files.items():
            missing = [p for p in [path.parent, *path.parent.parents] if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            made.extend(reversed(missing))
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((temporary, path))
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.chmod(temporary, (modes or {}).get(path, mode))
    except BaseException:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    for temporary, path in staged:
        os.replace(temporary, path)
    return list(files)
