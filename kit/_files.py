"""Read the kit's editable data files, re-reading a file whenever it changes on disk."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import TypeVar

from kit._data import data_path
from kit.errors import TranscriptError

__all__ = ["read_data"]

T = TypeVar("T")
_CACHE: dict[tuple[str, str], tuple[float, object]] = {}


def read_data(name_or_path: str | PathLike[str] | None, default: str, reader: Callable[[Path], T]) -> T:
    """``reader(path)`` for a file of ``data/`` (``default``) or any path, cached until it changes.

    A file that cannot be read or parsed raises :class:`TranscriptError` naming it.
    """
    path = Path(name_or_path) if name_or_path is not None else data_path(default)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise TranscriptError(path, "no such data file") from None
    key = (str(path), getattr(reader, "__qualname__", repr(reader)))
    cached = _CACHE.get(key)
    if cached and cached[0] == stamp:
        return cached[1]  # type: ignore[return-value]
    try:
        value = reader(path)
    except TranscriptError:
        raise
    except (ValueError, KeyError, TypeError, OSError) as error:
        raise TranscriptError(path, f"cannot be read: {error}") from None
    _CACHE[key] = (stamp, value)
    return value
